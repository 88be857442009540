"""Which files are postings: discovery in folders, and the key a file is stored under."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

POSTING_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".json"})


def source_key(path: Path) -> str:
    """Return the absolute path that identifies a file in the store.

    Symbolic links are kept, not resolved, so a linked file still counts as inside the folder it was
    found in and is removed from the store when the link goes.
    """
    return os.path.normpath(path.absolute())


def is_posting_file(path: Path) -> bool:
    """Tell whether a file found in a folder is a posting: a known suffix and not hidden."""
    return not path.name.startswith(".") and path.suffix.lower() in POSTING_SUFFIXES


def discover(directory: Path) -> list[Path]:
    """List the posting files under a folder, recursively, skipping hidden entries, sorted."""
    if not directory.is_dir():
        raise NotADirectoryError(f"not a folder of postings: {directory}")
    found: list[Path] = []
    for root, dirs, files in os.walk(directory):
        # Pruning in place stops the walk from entering hidden folders (.git, .cache, ...).
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        base = Path(root)
        found.extend(path for path in (base / name for name in files) if is_posting_file(path))
    return sorted(found, key=lambda path: path.relative_to(directory).parts)


def expand(paths: Iterable[Path]) -> list[Path]:
    """Expand folders into their posting files and keep named files as given, once each, in order."""
    seen: set[str] = set()
    expanded: list[Path] = []
    for path in paths:
        candidates = discover(path) if path.is_dir() else [path]
        for candidate in candidates:
            key = source_key(candidate)
            if key not in seen:
                seen.add(key)
                expanded.append(candidate)
    return expanded


def is_under(key: str, directory_key: str) -> bool:
    """Tell whether a stored source key lies inside a folder (given as its own source key)."""
    return key.startswith(directory_key.rstrip(os.sep) + os.sep)
