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
    # Joins the working folder and normalises like Path.absolute() + normpath, without pathlib's parsing.
    return os.path.abspath(path)  # noqa: PTH100 - resolve() would follow the links kept on purpose


def is_posting_file(path: Path) -> bool:
    """Tell whether a file found in a folder is a posting: a known suffix and not hidden."""
    return _is_posting_name(path.name)


def _is_posting_name(name: str) -> bool:
    return not name.startswith(".") and os.path.splitext(name)[1].lower() in POSTING_SUFFIXES  # noqa: PTH122


def discover(directory: Path) -> list[Path]:
    """List the posting files under a folder, recursively, skipping hidden entries, sorted."""
    if not directory.is_dir():
        raise NotADirectoryError(f"not a folder of postings: {directory}")
    found: list[tuple[tuple[str, ...], Path]] = []
    top = os.fspath(directory)
    for root, dirs, files in os.walk(top):
        # Pruning in place stops the walk from entering hidden folders (.git, .cache, ...).
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        relative = os.path.relpath(root, top)
        parts = () if relative == os.curdir else tuple(relative.split(os.sep))  # noqa: PTH206
        base = Path(root)
        found.extend(((*parts, name), base) for name in files if _is_posting_name(name))
    # Sorted by the parts of the path below the folder, as strings, and each Path is built once from
    # its folder's: pathlib's parsing costs more than the walk.
    found.sort(key=lambda entry: entry[0])
    return [base / parts[-1] for parts, base in found]


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
