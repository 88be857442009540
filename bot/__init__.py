"""jobbot: answers questions about job postings, on Discord and in a terminal."""

__version__ = "0.1.0"
