"""Read the work mode a list question asks for: "fully remote", "100% remote", "wfh", "remote-friendly"."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from bot.answers.normalize import Word

# Words making "remote" strict: remote mode only.
_FULLY = frozenset(
    {"fully", "completely", "totally", "entirely", "purely", "100", "strictly", "exclusively", "only", "full"}
)
# Words after "remote" that let hybrid in: "remote-friendly", "remote ok".
_FRIENDLY = frozenset({"friendly", "ok", "okay", "flexible", "possible", "allowed", "option", "options"})


@dataclass(frozen=True, slots=True)
class WorkModeAsk:
    """The remote modes a question accepts and how to name them in the answer."""

    modes: frozenset[str]
    label: str


def asked(words: Sequence[Word]) -> WorkModeAsk | None:
    """The remote work a question asks for, or None when it asks for none."""
    texts = [word.text for word in words]
    remote_at = [i for i, text in enumerate(texts) if text == "remote"]
    from_home = any(a == "from" and b == "home" for a, b in itertools.pairwise(texts))
    if not remote_at and not from_home:
        return None
    friendly = any(i + 1 < len(texts) and texts[i + 1] in _FRIENDLY for i in remote_at)
    if friendly:
        return WorkModeAsk(frozenset({"remote", "hybrid"}), "remote-friendly: remote or hybrid")
    if any(text in _FULLY for text in texts):
        return WorkModeAsk(frozenset({"remote"}), "fully remote")
    return WorkModeAsk(frozenset({"remote"}), "remote")
