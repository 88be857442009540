"""The one error the posting parser raises, so callers can report a bad file and move on."""

from __future__ import annotations


class ParseError(Exception):
    """A posting file could not be turned into a Posting; ``reason`` says why in plain words."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self) -> tuple[type[ParseError], tuple[str, str]]:
        """Keep the two fields when the error crosses a process boundary."""
        return (type(self), (self.source, self.reason))
