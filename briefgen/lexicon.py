"""The lexicons of config/ that extraction reads (provinces, themes, agencies, countries), and their fingerprint.

The store keys cached facts by this fingerprint beside the code's versions: a user who adds an agency or a country
gets every stored article extracted again on the next run, not only the new ones.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from .paths import config_dir

LEXICON_FILES = ("provinces.yaml", "themes.yaml", "agencies.yaml", "countries.yaml")


def fingerprint(folder: Path | None = None) -> str:
    """A short hash of the lexicon files' names and bytes (a missing file counts as empty). The files are hashed
    again only when one's size or modification time changed."""
    folder = folder or config_dir()
    stamps = []
    for name in LEXICON_FILES:
        try:
            st = (folder / name).stat()
            stamps.append((name, st.st_size, st.st_mtime_ns))
        except OSError:
            stamps.append((name, -1, -1))
    return _hash(folder, tuple(stamps))


@lru_cache(maxsize=8)
def _hash(folder: Path, stamps: tuple) -> str:
    h = hashlib.sha256()
    for name, size, _ in stamps:
        h.update(name.encode("utf-8") + b"\0")
        if size >= 0:
            with open(folder / name, "rb") as f:
                h.update(f.read())
        h.update(b"\0")
    return h.hexdigest()[:12]
