"""The corpus store: an embedded SQLite database of documents and their facts, keyed by content hash.

An unchanged file (same path, size and mtime) is answered from the store without reading its bytes; a changed or
moved file is hashed, and parsed only when its content is new. A store that is corrupt or of another schema
version is set aside and rebuilt with a warning, never a crash.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import re
import sqlite3
from pathlib import Path

from . import lexicon
from .corpus import (
    PARSER_VERSION,
    CorpusError,
    UnreadableSource,
    build_document,
    content_id,
    list_sources,
    read_source,
)
from .corpus.encodings import DecodeError
from .corpus.model import Document
from .corpus.readers import UnsupportedFormat
from .extract import EXTRACTOR_VERSION, extract
from .extract.facts import DocumentFacts
from .outputs import set_aside
from .sanitise import os_reason
from .text import fold_key

log = logging.getLogger("briefgen.store")

SCHEMA_VERSION = 4
# What produced a stored row: the parser (cleaning, dating), then the extractor and the lexicons it read
# ("9/19+3fa2…"). A new extractor or an edited lexicon recomputes facts from the stored document; a new parser
# re-reads the file.


def current_version(lex: lexicon.Lexicon | None = None) -> str:
    return f"{PARSER_VERSION}/{EXTRACTOR_VERSION}+{lex.fingerprint if lex else lexicon.fingerprint()}"


# documents.day is the date a document is filed under (event date, else publication date): periods select on it.
# documents.general is 1 when a directive binds every locality ("các bộ, ngành, địa phương"): such a document
# belongs in every province's briefing. doc_provinces lists the provinces a document is about, names as a
# participant, assigns to, or scopes a figure or result to. fact_text holds the folded text of the facts (figures'
# and results' sentences, directives' tasks) for theme keyword search.
_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    day TEXT,
    general INTEGER NOT NULL DEFAULT 0,
    event_date TEXT,
    published TEXT,
    extractor TEXT NOT NULL,
    title TEXT,
    doc_json TEXT NOT NULL,
    facts_json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    doc_id TEXT NOT NULL REFERENCES documents(id)
);
CREATE TABLE IF NOT EXISTS doc_provinces (
    province TEXT NOT NULL,
    day TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    PRIMARY KEY (province, day, doc_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS documents_day ON documents(day);
CREATE INDEX IF NOT EXISTS documents_general_day ON documents(general, day);
CREATE INDEX IF NOT EXISTS doc_provinces_doc ON doc_provinces(doc_id);
CREATE INDEX IF NOT EXISTS files_doc ON files(doc_id);
-- every run reads (id, extractor) of all documents: from this index, not from the table (a scan of all its pages)
CREATE INDEX IF NOT EXISTS documents_version ON documents(id, extractor);
"""
# Small columns come before the JSON: SQLite reads a row's columns in order, so `day` and `general` are found on the
# row's first page instead of after the overflow pages of the JSON. doc_provinces carries the day too, so a
# province's documents of a week are one range of its primary key.
_FTS_SCHEMA = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS fact_text USING fts5(body, tokenize = 'unicode61 remove_diacritics 0')"
)


class Loaded:
    """One run's corpus: which stored documents it holds (by content id), and what went wrong reading it.

    Documents are not held in memory: `select` reads from the store only those a briefing needs, so a query costs
    what its period and target hold, not what the whole corpus holds. `docs`/`facts` read them all (the `corpus`
    and `extract` commands)."""

    def __init__(self, store: Store, ids: dict[str, str]):
        self._store = store
        self.ids = ids  # content id -> path, in corpus order
        self.errors: list[CorpusError] = []
        self.warnings: list[str] = []
        self.parsed = 0  # documents parsed and extracted in this run
        self.reused = 0  # answered from the store
        self._all: tuple[list[Document], list[DocumentFacts]] | None = None

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def docs(self) -> list[Document]:
        return self._everything()[0]

    @property
    def facts(self) -> list[DocumentFacts]:
        return self._everything()[1]

    def _everything(self):
        if self._all is None:
            self._all = self._store.read(list(self.ids), self.ids)
        return self._all

    def mentions(self, keywords) -> bool:
        """Whether any document of this corpus (any period) has facts containing one of keywords."""
        return any(i in self.ids for i in self._store.select_ids(None, None, None, keywords))

    def select(self, start: str | None, end: str | None, province: str | None = None, keywords=None):
        """Documents (and facts) filed between start and end (ISO dates, inclusive; None: unbounded) that concern
        province (named in it, or bound by a directive to all localities), or whose facts contain one of keywords.
        With neither, every document of the period."""
        ids = self._store.select_ids(start, end, province, keywords)
        wanted = [i for i in ids if i in self.ids]
        return self._store.read(wanted, self.ids)

    def undated(self, province: str) -> list[Document]:
        """The province's documents of this corpus that give no date (a bounded period leaves them out)."""
        wanted = [i for i in self._store.undated_ids(province) if i in self.ids]
        return self._store.read(wanted, self.ids)[0]


class StoreError(RuntimeError):
    """The store could not be written (a full disk, a lock, a permission) or is damaged inside; the store file is
    left as it was. The message is for the user (Vietnamese, one line)."""

    def __init__(self, path: Path | None, error: BaseException):
        self.path = path
        text = str(error)
        if is_corrupt(error):
            what = f"kho dữ liệu {path} bị hỏng ({text}) — xóa tệp này rồi chạy lại (các bài sẽ được đọc lại)"
        elif "full" in text or getattr(error, "errno", None) == errno.ENOSPC:
            what = f"không ghi được vào kho dữ liệu {path}: ổ đĩa đầy — giải phóng dung lượng rồi chạy lại; kho vẫn nguyên vẹn"
        elif "locked" in text or "busy" in text:
            what = (
                f"kho dữ liệu {path} đang bị một lần chạy khác khóa — chờ lần đó xong rồi chạy lại; kho vẫn nguyên vẹn"
            )
        else:
            what = f"không ghi được vào kho dữ liệu {path} ({text}) — kiểm tra quyền ghi và dung lượng đĩa; kho vẫn nguyên vẹn"
        super().__init__(what)


class StoreRefused(ValueError):
    """The store path names something that is not a briefgen store: never renamed, never written (exit 2)."""


class _OtherVersion(Exception):
    """A store of another schema version: set aside and rebuilt."""


_FOREIGN_DB = (
    "không phải kho dữ liệu của briefgen (là cơ sở dữ liệu SQLite của chương trình khác) — chọn tệp khác cho --store"
)
_SQLITE_MAGIC = b"SQLite format 3\x00"


def is_corrupt(error: BaseException) -> bool:
    """Whether SQLite says the file is damaged or no database ("file is not a database", "database disk image is
    malformed"), as opposed to an error of writing it (a full disk, a lock) that leaves it intact."""
    if not isinstance(error, sqlite3.DatabaseError):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
    text = str(error).lower()
    return "not a database" in text or "malformed" in text


def check_store_path(path: Path, own: bool) -> None:
    """Refuse (StoreRefused, exit 2) a store path that is a folder, or a file that is not an SQLite database and is
    not briefgen's own store (a user's --store, config 'store:' or BRIEFGEN_STORE naming a document by mistake).
    An empty file is a new database; briefgen's own store in the cache is rebuilt whatever it holds."""
    if path.is_dir():
        raise StoreRefused(
            f"{path}: là một thư mục, không phải kho dữ liệu — cho --store một tên tệp, ví dụ {path / 'store.sqlite'}"
        )
    if own or not path.exists():
        return
    try:
        with open(path, "rb") as f:
            head = f.read(len(_SQLITE_MAGIC))
    except OSError as e:
        raise StoreRefused(f"{path}: không đọc được kho dữ liệu ({os_reason(e)}) — kiểm tra quyền đọc") from e
    if head and head != _SQLITE_MAGIC:
        raise StoreRefused(
            f"{path}: không phải kho dữ liệu SQLite — briefgen không ghi đè tệp này; chọn tệp khác cho --store"
        )


class Store:
    def __init__(self, path: Path | None, own: bool = True):
        """path None: an in-memory store (nothing kept between runs). own: path is briefgen's own store (the
        cache's), rebuilt when unreadable; a path the user named (own=False) is refused unless it is an SQLite
        database or empty (check_store_path)."""
        self.path = path
        self.own = own
        self.warnings: list[str] = []
        self._pid = os.getpid()
        self.lexicon = lexicon.load_lexicon()  # read once; every article of the run is extracted with it
        self.version = current_version(self.lexicon)
        self.db = self._open()
        self.fts = self._fts_available()

    @property
    def conn(self) -> sqlite3.Connection:
        """The connection, reopened in a forked worker (SQLite connections must not cross a fork)."""
        if self._pid != os.getpid() and self.path is not None:
            self._pid = os.getpid()
            self.db = sqlite3.connect(self.path, timeout=30)
        return self.db

    def _fts_available(self) -> bool:
        try:
            self.db.execute(_FTS_SCHEMA)
            return True
        except sqlite3.OperationalError as e:
            if "fts5" not in str(e).lower():  # not a missing module: a full disk, a lock
                self.db.close()
                raise StoreError(self.path, e) from e
            log.info("SQLite has no FTS5; theme queries scan the period")  # themes are then filtered in Python
            return False

    def _open(self) -> sqlite3.Connection:
        if self.path is None:
            db = sqlite3.connect(":memory:")
            db.executescript(_SCHEMA)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            return db
        check_store_path(self.path, self.own)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return self._connect()
        except (sqlite3.DatabaseError, _OtherVersion) as e:
            if not (isinstance(e, _OtherVersion) or is_corrupt(e)):
                # a full disk, a lock, a permission: the store is intact, only this run cannot write it
                raise StoreError(self.path, e) from e
            reason = str(e)
        aside = set_aside(self.path)
        for suffix in ("-wal", "-shm"):
            Path(str(self.path) + suffix).unlink(missing_ok=True)
        msg = f"kho dữ liệu {self.path} hỏng hoặc khác phiên bản ({reason}); đã chuyển sang {aside.name} và tạo lại"
        self.warnings.append(msg)
        log.warning("store %s unreadable (%s): set aside as %s, rebuilt", self.path, reason, aside)
        try:
            return self._connect()
        except sqlite3.DatabaseError as e:
            raise StoreError(self.path, e) from e

    def _connect(self) -> sqlite3.Connection:
        """The store, its schema created or checked. Raises sqlite3.DatabaseError (unreadable, or unwritable) or
        _OtherVersion."""
        assert self.path is not None
        db = sqlite3.connect(self.path, timeout=30)
        try:
            # Reading the header and the schema catches a file that is not a database or of another version;
            # no full integrity check: on a store of 100,000 articles it would cost seconds on every run.
            version = db.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if tables and "documents" not in tables:
                raise StoreRefused(f"{self.path}: {_FOREIGN_DB}")
            if version not in (0, SCHEMA_VERSION):
                raise _OtherVersion(f"phiên bản {version}")
            db.executescript(_SCHEMA)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            return db
        except BaseException:
            db.close()
            raise

    def close(self) -> None:
        self.db.close()

    # --- loading ----------------------------------------------------------------------------------------------

    def load(self, paths: list[Path], progress=None) -> Loaded:
        """Ids of every supported file under paths, parsing and extracting only new content; bad files are named
        in .errors. An unchanged file (same path, size, mtime) costs one stat()."""
        files, skipped = list_sources(paths)
        out = Loaded(self, {})
        out.errors.extend(skipped)
        out.warnings.extend(self.warnings)
        db = self.conn
        cur = db.cursor()
        try:
            known_files = {
                r[0]: (r[1], r[2], r[3]) for r in db.execute("SELECT path, size, mtime_ns, doc_id FROM files")
            }
            extractor_of = dict(db.execute("SELECT id, extractor FROM documents"))
            cur.execute("BEGIN")
            seen: set[str] = set()  # paths read this run
            replaced: set[str] = set()  # documents a path held before its content changed
            for i, (f, key) in enumerate(files):
                if progress:
                    progress(i, len(files), f)
                got = self._load_one(cur, f, key, out, known_files, extractor_of, seen, replaced)
                if isinstance(got, CorpusError):
                    out.errors.append(got)
                else:
                    out.ids.pop(got, None)  # the same content twice: listed once, at its last path
                    out.ids[got] = f
            self._forget_removed(cur, paths, seen, replaced, known_files)
            cur.execute("COMMIT")
        except BaseException as e:
            if db.in_transaction:
                try:
                    cur.execute("ROLLBACK")
                except sqlite3.Error:  # the error that brought us here is the one to report
                    log.warning("rollback failed", exc_info=True)
            if isinstance(e, sqlite3.DatabaseError):
                raise StoreError(self.path, e) from e  # nothing of this run was kept; the store is as it was
            raise
        return out

    def _forget_removed(self, cur: sqlite3.Cursor, paths: list[Path], seen: set[str], replaced: set[str], known_files):
        """Files gone from a folder this run read, and documents no file holds any more (a file deleted, or its
        content replaced), leave the store: it stays the size of the corpora it serves."""
        roots = tuple(str(p.resolve()) + os.sep for p in paths if p.is_dir())
        gone = [k for k in known_files if k not in seen and k.startswith(roots)] if roots else []
        cur.executemany("DELETE FROM files WHERE path = ?", [(k,) for k in gone])
        candidates = {known_files[k][2] for k in gone} | replaced
        for doc_id in candidates:
            if cur.execute("SELECT 1 FROM files WHERE doc_id = ? LIMIT 1", (doc_id,)).fetchone():
                continue
            row = cur.execute("SELECT rowid FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if row is None:
                continue
            cur.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
            cur.execute("DELETE FROM doc_provinces WHERE doc_id = ?", (doc_id,))
            if self.fts:
                cur.execute("DELETE FROM fact_text WHERE rowid = ?", (row[0],))
        if gone or candidates:
            log.info("store: %d files gone, %d documents checked for removal", len(gone), len(candidates))

    def _load_one(
        self,
        cur: sqlite3.Cursor,
        f: str,
        key: str,
        out: Loaded,
        known_files,
        extractor_of,
        seen: set[str],
        replaced: set[str],
    ) -> str | CorpusError:
        try:
            st = os.stat(key)
        except OSError as e:
            return CorpusError(f, f"không đọc được tệp ({os_reason(e)})")
        seen.add(key)
        row = known_files.get(key)
        if row and row[0] == st.st_size and row[1] == st.st_mtime_ns and row[2] in extractor_of:
            doc_id = row[2]
            if extractor_of[doc_id] == self.version or self._reextract(cur, doc_id, extractor_of[doc_id]):
                out.reused += 1
                return doc_id
        try:
            raw = read_source(key)  # a regular file, at most MAX_FILE_BYTES
        except UnreadableSource as e:
            return CorpusError(f, str(e))
        doc_id = content_id(raw)
        if doc_id in extractor_of and (
            extractor_of[doc_id] == self.version or self._reextract(cur, doc_id, extractor_of[doc_id])
        ):
            out.reused += 1
        else:
            try:
                doc = build_document(Path(f), raw)
            except (DecodeError, UnsupportedFormat) as e:
                return CorpusError(f, str(e))
            except Exception as e:  # a bug must cost one article, not the run
                log.exception("failed on %s", f)
                return CorpusError(f, _internal("đọc", e))
            try:
                facts = extract(doc, self.lexicon)
            except Exception as e:
                log.exception("extraction failed on %s", f)
                return CorpusError(f, _internal("trích xuất", e))
            self._put(cur, doc, facts)
            out.parsed += 1
        extractor_of[doc_id] = self.version
        cur.execute(
            "INSERT OR REPLACE INTO files(path, size, mtime_ns, doc_id) VALUES (?, ?, ?, ?)",
            (key, st.st_size, st.st_mtime_ns, doc_id),
        )
        if row and row[2] != doc_id:
            replaced.add(row[2])
        return doc_id

    def _reextract(self, cur: sqlite3.Cursor, doc_id: str, stored_version: str) -> bool:
        """Facts of an older extractor are recomputed from the stored document; False if the row is unreadable or
        was parsed by another parser (the file is then read again)."""
        if stored_version.partition("/")[0] != PARSER_VERSION or "/" not in stored_version:
            return False
        row = cur.execute("SELECT doc_json FROM documents WHERE id = ?", (doc_id,)).fetchone()
        try:
            doc = Document.from_dict(json.loads(row[0]))
            self._put(cur, doc, extract(doc, self.lexicon))
        except (ValueError, TypeError, KeyError):
            return False
        return True

    # --- queries ----------------------------------------------------------------------------------------------

    def select_ids(self, start: str | None, end: str | None, province: str | None, keywords) -> list[str]:
        lo, hi = start or "", end or "9999-99-99"
        bounded = start is not None or end is not None
        db = self.conn
        if province is not None:
            # two index ranges: directives to all localities of the period, and the province's own documents
            if bounded:
                general = db.execute("SELECT id FROM documents WHERE general = 1 AND day BETWEEN ? AND ?", (lo, hi))
                own = db.execute(
                    "SELECT doc_id FROM doc_provinces WHERE province = ? AND day BETWEEN ? AND ?", (province, lo, hi)
                )
            else:
                general = db.execute("SELECT id FROM documents WHERE general = 1")
                own = db.execute("SELECT doc_id FROM doc_provinces WHERE province = ?", (province,))
            return list(dict.fromkeys([r[0] for r in general] + [r[0] for r in own]))
        where, args = [], []
        if bounded:
            where.append("day BETWEEN ? AND ?")
            args += [lo, hi]
        if keywords and self.fts:
            query = _fts_query(keywords)
            if not query:
                return []
            # "+rowid": the period's index range drives; the keyword match is one set it is checked against
            where.append("+rowid IN (SELECT rowid FROM fact_text WHERE fact_text MATCH ?)")
            args.append(query)
        sql = "SELECT id FROM documents" + (" WHERE " + " AND ".join(where) if where else "")
        return [r[0] for r in db.execute(sql, args)]

    def undated_ids(self, province: str) -> list[str]:
        """The province's documents that give no date: no bounded period holds them."""
        rows = self.conn.execute(
            "SELECT doc_id FROM doc_provinces WHERE province = ? AND (day IS NULL OR day = '')", (province,)
        )
        return [r[0] for r in rows]

    def read(self, ids: list[str], paths: dict[str, str]) -> tuple[list[Document], list[DocumentFacts]]:
        """Documents and facts for ids (in that order), with the paths this run found them at."""
        docs, facts = [], []
        db = self.conn
        for chunk in range(0, len(ids), 500):
            part = ids[chunk : chunk + 500]
            marks = ",".join("?" * len(part))
            rows = {
                r[0]: r
                for r in db.execute(f"SELECT id, doc_json, facts_json FROM documents WHERE id IN ({marks})", part)
            }
            for i in part:
                r = rows.get(i)
                if r is None:
                    continue
                d = Document.from_dict(json.loads(r[1]))
                f = DocumentFacts.from_dict(json.loads(r[2]))
                d.path = f.path = paths.get(i, d.path)
                docs.append(d)
                facts.append(f)
        return docs, facts

    def _put(self, cur: sqlite3.Cursor, doc: Document, facts: DocumentFacts) -> None:
        general = any("localities" in a.addressee_kinds for a in facts.assignments)
        day = facts.event_date or facts.published
        cur.execute(
            "INSERT OR REPLACE INTO documents(id, day, general, event_date, published, extractor, title, doc_json, "
            "facts_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc.id,
                day,
                int(general),
                facts.event_date,
                facts.published,
                self.version,
                doc.display_title,
                json.dumps(doc.to_dict(), ensure_ascii=False),
                json.dumps(facts.to_dict(), ensure_ascii=False),
            ),
        )
        rowid = cur.execute("SELECT rowid FROM documents WHERE id = ?", (doc.id,)).fetchone()[0]
        cur.execute("DELETE FROM doc_provinces WHERE doc_id = ?", (doc.id,))
        cur.executemany(
            "INSERT OR IGNORE INTO doc_provinces(province, day, doc_id) VALUES (?, ?, ?)",
            [(p, day or "", doc.id) for p in sorted(provinces_concerned(facts))],
        )
        if self.fts:
            cur.execute("DELETE FROM fact_text WHERE rowid = ?", (rowid,))
            cur.execute("INSERT INTO fact_text(rowid, body) VALUES (?, ?)", (rowid, fact_text(facts)))


def _internal(stage: str, e: Exception) -> str:
    """One line for an article lost to a bug of briefgen (the traceback is in the log, on stderr with
    BRIEFGEN_DEBUG=1)."""
    return (
        f"lỗi nội bộ khi {stage} bài ({type(e).__name__}); đã bỏ qua bài này — chạy lại với BRIEFGEN_DEBUG=1 để xem "
        "chi tiết và báo cho người bảo trì"
    )


def provinces_concerned(facts: DocumentFacts) -> set[str]:
    """Every province a document speaks of: participants, chairs, addressees, scopes of figures and results."""
    out = set(facts.provinces) | set(facts.mentioned_provinces) | {c.province for c in facts.chairs}
    for a in facts.assignments:
        out.update(a.provinces)
    out.update(f.scope for f in facts.figures)
    out.update(r.scope for r in facts.results)
    out.discard("quốc gia")
    out.discard(None)
    return out


def fact_text(facts: DocumentFacts) -> str:
    """What theme keywords are matched against, folded like the keywords."""
    parts = [f.sentence for f in facts.figures] + [r.sentence for r in facts.results]
    parts += [a.task + " " + a.sentence for a in facts.assignments]
    return fold_key("\n".join(dict.fromkeys(parts)))


def _fts_query(keywords) -> str:
    """FTS5 query: any keyword as a phrase ("khoa học công nghệ" OR "khcn")."""
    phrases = []
    for k in keywords:
        words = re.findall(r"\w+", fold_key(str(k)))
        if words:
            phrases.append('"' + " ".join(words) + '"')
    return " OR ".join(dict.fromkeys(phrases))
