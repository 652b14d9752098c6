"""Where briefgen finds its project folders (config/, templates/, seeds/) and writes by default (out/).

A checkout is the normal install (pip install -e .): the folders sit beside the package. BRIEFGEN_HOME points
elsewhere, e.g. a provincial server's /etc/briefgen layout.
"""

from __future__ import annotations

import os
from pathlib import Path


def project_root() -> Path:
    env = os.environ.get("BRIEFGEN_HOME")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent.parent
    if (here / "config").is_dir():
        return here
    return Path.cwd()


def config_dir() -> Path:
    return project_root() / "config"


def templates_dir() -> Path:
    return project_root() / "templates"


def default_corpus_dir() -> Path:
    return project_root() / "seeds"


def default_out_dir() -> Path:
    return project_root() / "out"
