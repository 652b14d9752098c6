from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def own_store_cache(tmp_path_factory, monkeypatch):
    """Each test gets its own per-user cache (the default store's home), as a fresh machine would."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.delenv("BRIEFGEN_STORE", raising=False)


@pytest.fixture(scope="session")
def seeds_loaded():
    from briefgen.api import load_corpus

    return load_corpus([SEEDS], None)


@pytest.fixture(scope="session")
def lai_chau(seeds_loaded):
    from briefgen.api import build_briefing, resolve_target
    from briefgen.config import make_job
    from briefgen.periods import ALL

    job = make_job({}, "<test>")
    return build_briefing(seeds_loaded, resolve_target("Lai Châu", None), ALL, job, date(2026, 1, 20))


@pytest.fixture
def config(tmp_path) -> Path:
    """A copy of the project's config/ to edit: a lexicon or a rules file changed for one test only."""
    folder = tmp_path / "config"
    shutil.copytree(ROOT / "config", folder)
    return folder


def doc_from_text(tmp_path: Path, text: str, name: str = "a.txt"):
    from briefgen.corpus import build_document

    p = tmp_path / name
    data = text.encode("utf-8")
    p.write_bytes(data)
    return build_document(p, data)
