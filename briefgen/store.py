"""The corpus store: an embedded SQLite database of documents and their facts, keyed by content hash.

An unchanged file (same path, size and mtime) is answered from the store without reading its bytes; a changed or
moved file is hashed, and parsed only when its content is new. A store that is corrupt or of another schema
version is set aside and rebuilt with a warning, never a crash.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from .corpus import CorpusError, build_document, content_id, list_sources
from .corpus.encodings import DecodeError
from .corpus.model import Document
from .corpus.readers import UnsupportedFormat
from .extract import EXTRACTOR_VERSION, extract
from .extract.facts import DocumentFacts

log = logging.getLogger("briefgen.store")

SCHEMA_VERSION = 2

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    doc_json TEXT NOT NULL,
    facts_json TEXT NOT NULL,
    extractor TEXT NOT NULL,
    event_date TEXT,
    published TEXT,
    title TEXT
);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    doc_id TEXT NOT NULL REFERENCES documents(id)
);
CREATE TABLE IF NOT EXISTS doc_provinces (
    doc_id TEXT NOT NULL,
    province TEXT NOT NULL,
    PRIMARY KEY (doc_id, province)
);
CREATE INDEX IF NOT EXISTS documents_event_date ON documents(event_date);
CREATE INDEX IF NOT EXISTS doc_provinces_province ON doc_provinces(province);
CREATE INDEX IF NOT EXISTS files_doc ON files(doc_id);
"""


@dataclass
class Loaded:
    docs: list[Document] = field(default_factory=list)
    facts: list[DocumentFacts] = field(default_factory=list)
    errors: list[CorpusError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    parsed: int = 0  # documents parsed and extracted in this run
    reused: int = 0  # answered from the store


class Store:
    def __init__(self, path: Path | None):
        """path None: an in-memory store (nothing kept between runs)."""
        self.path = path
        self.warnings: list[str] = []
        self.db = self._open()

    def _open(self) -> sqlite3.Connection:
        if self.path is None:
            db = sqlite3.connect(":memory:")
            db.executescript(_SCHEMA)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            return db
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            db = sqlite3.connect(self.path, timeout=30)
            version = db.execute("PRAGMA user_version").fetchone()[0]
            ok = db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            if version not in (0, SCHEMA_VERSION) or not ok:
                db.close()
                raise sqlite3.DatabaseError(f"schema {version}, check {'ok' if ok else 'failed'}")
            db.executescript(_SCHEMA)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            return db
        except sqlite3.DatabaseError as e:
            aside = self.path.with_name(self.path.name + f".broken-{int(time.time())}")
            try:
                self.path.rename(aside)
            except OSError:
                self.path.unlink(missing_ok=True)
            for suffix in ("-wal", "-shm"):
                Path(str(self.path) + suffix).unlink(missing_ok=True)
            msg = f"kho dữ liệu {self.path} hỏng hoặc khác phiên bản ({e}); đã tạo lại"
            self.warnings.append(msg)
            log.warning(msg)
            db = sqlite3.connect(self.path, timeout=30)
            db.executescript(_SCHEMA)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            return db

    def close(self) -> None:
        self.db.close()

    # --- loading ----------------------------------------------------------------------------------------------

    def load(self, paths: list[Path], progress=None) -> Loaded:
        """Documents and facts for every supported file under paths; bad files are named in .errors."""
        files, skipped = list_sources(paths)
        out = Loaded(errors=list(skipped), warnings=list(self.warnings))
        cur = self.db.cursor()
        cur.execute("BEGIN")
        try:
            for i, f in enumerate(files):
                if progress:
                    progress(i, len(files), f)
                got = self._load_one(cur, f, out)
                if isinstance(got, CorpusError):
                    out.errors.append(got)
                    continue
                doc, facts = got
                out.docs.append(doc)
                out.facts.append(facts)
            cur.execute("COMMIT")
        except BaseException:
            cur.execute("ROLLBACK")
            raise
        return out

    def _load_one(self, cur: sqlite3.Cursor, f: Path, out: Loaded):
        try:
            st = f.stat()
        except OSError as e:
            return CorpusError(str(f), f"không đọc được tệp ({e.strerror})")
        key = str(f.resolve())
        row = cur.execute("SELECT size, mtime_ns, doc_id FROM files WHERE path = ?", (key,)).fetchone()
        if row and row[0] == st.st_size and row[1] == st.st_mtime_ns:
            got = self._get(cur, row[2])
            if got:
                out.reused += 1
                return got
        try:
            raw = f.read_bytes()
        except OSError as e:
            return CorpusError(str(f), f"không đọc được tệp ({e.strerror})")
        doc_id = content_id(raw)
        got = self._get(cur, doc_id)
        if got is None:
            try:
                doc = build_document(f, raw)
            except (DecodeError, UnsupportedFormat) as e:
                return CorpusError(str(f), str(e))
            except Exception as e:  # a bug must cost one article, not the run
                log.exception("failed on %s", f)
                return CorpusError(str(f), f"lỗi khi đọc bài ({type(e).__name__}); đã bỏ qua")
            try:
                facts = extract(doc)
            except Exception as e:
                log.exception("extraction failed on %s", f)
                return CorpusError(str(f), f"lỗi khi trích xuất ({type(e).__name__}); đã bỏ qua")
            self._put(cur, doc, facts)
            out.parsed += 1
            got = (doc, facts)
        else:
            out.reused += 1
        doc, facts = got
        doc.path = facts.path = str(f)
        cur.execute(
            "INSERT OR REPLACE INTO files(path, size, mtime_ns, doc_id) VALUES (?, ?, ?, ?)",
            (key, st.st_size, st.st_mtime_ns, doc_id),
        )
        return got

    def _get(self, cur: sqlite3.Cursor, doc_id: str):
        row = cur.execute("SELECT doc_json, facts_json, extractor FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if not row:
            return None
        try:
            doc = Document.from_dict(json.loads(row[0]))
            if row[2] != EXTRACTOR_VERSION:
                facts = extract(doc)
                self._put(cur, doc, facts)
            else:
                facts = DocumentFacts.from_dict(json.loads(row[1]))
        except (ValueError, TypeError, KeyError):
            return None  # an unreadable row is rebuilt from the file
        return doc, facts

    def _put(self, cur: sqlite3.Cursor, doc: Document, facts: DocumentFacts) -> None:
        cur.execute(
            "INSERT OR REPLACE INTO documents(id, doc_json, facts_json, extractor, event_date, published, title) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                doc.id,
                json.dumps(doc.to_dict(), ensure_ascii=False),
                json.dumps(facts.to_dict(), ensure_ascii=False),
                EXTRACTOR_VERSION,
                facts.event_date,
                facts.published,
                doc.display_title,
            ),
        )
        cur.execute("DELETE FROM doc_provinces WHERE doc_id = ?", (doc.id,))
        cur.executemany(
            "INSERT OR IGNORE INTO doc_provinces(doc_id, province) VALUES (?, ?)",
            [(doc.id, p) for p in facts.provinces],
        )
