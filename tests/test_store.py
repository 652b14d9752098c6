"""The store answers briefings with only the documents they need: by period, province and theme keywords."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from briefgen.store import Store, _fts_query, provinces_concerned

ROOT = Path(__file__).resolve().parent.parent

GENERAL = (
    "Hội nghị trực tuyến toàn quốc về xuất khẩu\n"
    "Sáng 12/01/2026, Thủ tướng Chính phủ chủ trì Hội nghị trực tuyến toàn quốc về xuất khẩu.\n"
    "Thủ tướng yêu cầu các bộ, ngành, địa phương đẩy mạnh chuyển đổi số trong quản lý xuất khẩu.\n"
)
LOCAL = (
    "Sơn La đẩy mạnh tiêu thụ nông sản\n"
    "Sáng 13/01/2026, UBND tỉnh Sơn La tổ chức hội nghị xúc tiến tiêu thụ nông sản.\n"
    "Năm 2025, kim ngạch xuất khẩu nông sản của tỉnh Sơn La đạt 300 triệu USD.\n"
)
OTHER_WEEK = (
    "Cà Mau phát triển thủy sản\n"
    "Sáng 20/02/2026, UBND tỉnh Cà Mau tổ chức hội nghị về thủy sản.\n"
    "Năm 2025, sản lượng thủy sản của tỉnh Cà Mau đạt 650 nghìn tấn.\n"
)


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in (("general.txt", GENERAL), ("local.txt", LOCAL), ("other.txt", OTHER_WEEK)):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _names(docs) -> set[str]:
    return {Path(d.path).name for d in docs}


def test_select_by_period_province_and_keywords(tmp_path):
    folder = _corpus(tmp_path)
    store = Store(tmp_path / "s.sqlite")
    loaded = store.load([folder])
    assert len(loaded) == 3 and loaded.parsed == 3

    docs, facts = loaded.select("2026-01-12", "2026-01-18")
    assert _names(docs) == {"general.txt", "local.txt"}
    assert [f.path for f in facts] == [d.path for d in docs]

    # a province gets what names it and what binds all localities; not another province's news
    assert _names(loaded.select("2026-01-12", "2026-01-18", province="Sơn La")[0]) == {"general.txt", "local.txt"}
    assert _names(loaded.select("2026-01-12", "2026-01-18", province="Lai Châu")[0]) == {"general.txt"}
    assert _names(loaded.select(None, None, province="Cà Mau")[0]) == {"general.txt", "other.txt"}

    # keywords are matched on the facts' text, folded (case, old-style tone marks)
    assert _names(loaded.select(None, None, keywords=("Chuyển đổi số",))[0]) == {"general.txt"}
    assert _names(loaded.select(None, None, keywords=("thuỷ sản", "nông sản"))[0]) == {"local.txt", "other.txt"}
    assert loaded.select(None, None, keywords=("điện hạt nhân",))[0] == []
    store.close()


def test_only_this_runs_files_are_selected(tmp_path):
    """One store serves several corpora: a query answers from the corpus of this run only."""
    folder = _corpus(tmp_path)
    store = Store(tmp_path / "s.sqlite")
    store.load([folder])
    only_local = store.load([folder / "local.txt"])
    assert _names(only_local.select(None, None)[0]) == {"local.txt"}
    store.close()


def test_unchanged_rerun_reads_no_document(tmp_path, monkeypatch):
    folder = _corpus(tmp_path)
    Store(tmp_path / "s.sqlite").load([folder]).docs  # noqa: B018 - first run fills the store

    def no_parse(*a, **k):
        raise AssertionError("an unchanged file was parsed")

    monkeypatch.setattr("briefgen.store.build_document", no_parse)
    monkeypatch.setattr(Path, "read_bytes", no_parse)
    again = Store(tmp_path / "s.sqlite").load([folder])
    assert again.reused == 3 and again.parsed == 0 and again._all is None


def test_changed_file_is_reparsed_and_moved_file_reused(tmp_path):
    folder = _corpus(tmp_path)
    store = Store(tmp_path / "s.sqlite")
    store.load([folder])
    (folder / "local.txt").write_text(LOCAL.replace("300 triệu USD", "310 triệu USD"), encoding="utf-8")
    os.rename(folder / "other.txt", folder / "moved.txt")
    again = store.load([folder])
    assert again.parsed == 1 and again.reused == 2
    values = [f.value for fs in again.facts for f in fs.figures]
    assert 310 in values and 300 not in values
    assert "moved.txt" in _names(again.docs)
    store.close()


def test_new_extractor_reextracts_from_the_store_new_parser_reads_the_file(tmp_path, monkeypatch):
    import briefgen.store as store_mod

    folder = _corpus(tmp_path)
    Store(tmp_path / "s.sqlite").load([folder])

    # a new extractor: facts recomputed from the stored documents, files not read again
    monkeypatch.setattr(store_mod, "current_version", lambda *a: store_mod.PARSER_VERSION + "/new-extractor")
    monkeypatch.setattr(store_mod, "build_document", lambda *a, **k: pytest.fail("file parsed again"))
    again = Store(tmp_path / "s.sqlite").load([folder])
    assert again.reused == 3 and again.parsed == 0
    monkeypatch.undo()

    # a new parser: every file is read and parsed again
    monkeypatch.setattr(store_mod, "PARSER_VERSION", "new-parser")
    monkeypatch.setattr(store_mod, "current_version", lambda *a: "new-parser/" + store_mod.EXTRACTOR_VERSION)
    third = Store(tmp_path / "s.sqlite").load([folder])
    assert third.parsed == 3 and third.reused == 0


def test_edited_lexicon_reextracts_stored_articles(tmp_path, monkeypatch):
    """A user who adds an agency or a country gets every stored article extracted again, without reading it."""
    import briefgen.store as store_mod

    config = tmp_path / "config"
    shutil.copytree(ROOT / "config", config)
    monkeypatch.setenv("BRIEFGEN_HOME", str(tmp_path))
    folder = _corpus(tmp_path)
    Store(tmp_path / "s.sqlite").load([folder])
    again = Store(tmp_path / "s.sqlite").load([folder])
    assert again.reused == 3
    reextracted = []
    real = store_mod.Store._reextract
    monkeypatch.setattr(store_mod.Store, "_reextract", lambda self, *a: reextracted.append(a[1]) or real(self, *a))
    with open(config / "countries.yaml", "a", encoding="utf-8") as f:
        f.write("\n# a user's note\n")
    monkeypatch.setattr(store_mod, "build_document", lambda *a, **k: pytest.fail("file parsed again"))
    third = Store(tmp_path / "s.sqlite").load([folder])
    assert third.reused == 3 and third.parsed == 0 and len(reextracted) == 3


def test_store_forgets_deleted_files_and_replaced_content(tmp_path):
    folder = _corpus(tmp_path)
    (folder / "copy.txt").write_text(GENERAL, encoding="utf-8")  # the same content at two paths
    store = Store(tmp_path / "s.sqlite")
    store.load([folder])
    count = lambda table: store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: E731
    assert (count("documents"), count("files")) == (3, 4)

    (folder / "other.txt").unlink()
    (folder / "copy.txt").unlink()  # general.txt still holds that content
    (folder / "local.txt").write_text(LOCAL.replace("300 triệu USD", "310 triệu USD"), encoding="utf-8")
    again = store.load([folder])
    assert (count("documents"), count("files"), len(again)) == (2, 2, 2)
    assert _names(again.select(None, None, province="Cà Mau")[0]) == {"general.txt"}
    assert count("doc_provinces WHERE doc_id NOT IN (SELECT id FROM documents)") == 0
    if store.fts:
        assert count("fact_text") == 2
    store.close()


def test_select_works_in_a_forked_worker(tmp_path):
    folder = _corpus(tmp_path)
    loaded = Store(tmp_path / "s.sqlite").load([folder])
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: the connection is reopened, not shared
        ok = _names(loaded.select(None, None, province="Sơn La")[0]) == {"general.txt", "local.txt"}
        os.write(w, b"1" if ok else b"0")
        os._exit(0)
    os.waitpid(pid, 0)
    assert os.read(r, 1) == b"1"


def test_fts_query_and_provinces_concerned(tmp_path):
    assert _fts_query(["Khoa học công nghệ", "KHCN", '"x"', "…"]) == '"khoa học công nghệ" OR "khcn" OR "x"'
    folder = _corpus(tmp_path)
    loaded = Store(None).load([folder])
    by_name = {Path(f.path).name: f for f in loaded.facts}
    assert "Sơn La" in provinces_concerned(by_name["local.txt"])
    assert "quốc gia" not in provinces_concerned(by_name["general.txt"])
