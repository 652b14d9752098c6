"""Corpus stage: files -> Documents (read, decoded, cleaned, NFC-normalised and dated)."""

from __future__ import annotations

import hashlib
import logging
import os
import re
import stat
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

from ..sanitise import os_reason, sanitise_text, shown_name
from .clean import clean_lines
from .dates import ESTIMATED, find_event_date, find_paragraph_date, parse_stamp
from .encodings import DecodeError
from .model import Cell, Document, Paragraph, RemovedLine, Table, TableRow
from .readers import SUPPORTED, RawArticle, UnsupportedFormat, read_article

__all__ = [
    "PARSER_VERSION",
    "Document",
    "Paragraph",
    "RemovedLine",
    "CorpusError",
    "build_document",
    "content_id",
    "list_sources",
    "Source",
    "SUPPORTED",
    "MAX_FILE_BYTES",
    "UnreadableSource",
    "read_source",
]

log = logging.getLogger("briefgen.corpus")

PARSER_VERSION = "37"  # bump when cleaning or dating changes: stored documents of older versions are read again


@dataclass
class CorpusError:
    path: str
    message: str  # Vietnamese, for the user

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def content_id(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()[:20]


_EVENT_NAME = re.compile(
    r"\b(?:chủ trì|dự|tham dự|tổ chức|khai mạc|diễn ra)\s+(?P<name>(?:Hội nghị|Phiên họp|Hội thảo|Diễn đàn|Lễ|Cuộc họp|"
    r"buổi làm việc|Tọa đàm|Toạ đàm)\b[^.]*)"
)


def event_name_from(text: str) -> str | None:
    m = _EVENT_NAME.search(text)
    if not m:
        m2 = re.search(r"\b((?:Hội nghị|Phiên họp|Hội thảo|Diễn đàn)\b[^.]*)", text)
        return m2.group(1).strip() if m2 else None
    return m.group("name").strip()


# The work of cleaning and extraction grows with an article's length; a text longer than this (15 times the longest
# official text of eval/dev) is read up to it, with a warning, so that no file can hold a run for minutes.
MAX_ARTICLE_CHARS = 500_000


def _sanitised(art: RawArticle) -> RawArticle:
    """The article's text as briefgen keeps it (see briefgen.sanitise): a break inside a line ("\x0b", U+2029)
    splits it, so later stages see only "\n"-separated lines without control characters; at most
    MAX_ARTICLE_CHARS characters of it."""
    lines: list[str] = []
    size = 0
    warning = art.warning
    for line in art.lines:
        for part in sanitise_text(line).split("\n"):
            size += len(part) + 1
            if size > MAX_ARTICLE_CHARS:
                cut = f"bài quá dài: chỉ đọc {MAX_ARTICLE_CHARS:,} ký tự đầu".replace(",", ".")
                log.warning("article longer than %d characters: the rest is not read", MAX_ARTICLE_CHARS)
                warning = f"{warning}; {cut}" if warning else cut
                break
            lines.append(part)
        if size > MAX_ARTICLE_CHARS:
            break
    clean = lambda s: sanitise_text(s) if s else s  # noqa: E731
    return replace(
        art,
        lines=lines,
        title=clean(art.title),
        published=clean(art.published),
        portal=clean(art.portal),
        warning=warning,
    )


def build_document(path: Path, raw: bytes) -> Document:
    """Bytes of one article -> Document. Raises DecodeError / UnsupportedFormat with a Vietnamese message."""
    art = _sanitised(read_article(path, raw))
    cleaned = clean_lines(art.lines, title_hint=art.title)
    if not cleaned.paragraphs:
        raise DecodeError("không còn nội dung sau khi bỏ phần trang trí của cổng tin")
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    tables: dict[int, Table] = {}
    pos = 0
    for cl in cleaned.paragraphs:
        if parts:
            pos += 1  # the "\n" between paragraphs
        if cl.table >= 0:
            cells = [Cell(col, pos + a, pos + b) for col, a, b in cl.cells]
            table = tables.setdefault(cl.table, Table(0, []))
            table.rows.append(TableRow(len(paragraphs), cells, cl.header))
            table.columns = max([table.columns] + [c.col + 1 for c in cells])
        paragraphs.append(Paragraph(pos, pos + len(cl.text), cl.kind, cl.line, cl.marker))
        parts.append(cl.text)
        pos += len(cl.text)
    text = "\n".join(parts)
    doc = Document(
        id=content_id(raw),
        path=str(path),
        text=text,
        paragraphs=paragraphs,
        format=art.format,
        encoding=art.encoding,
        removed=[RemovedLine(n, t, r) for n, t, r in cleaned.removed],
        tables=[tables[k] for k in sorted(tables)],
        byline=cleaned.byline,
        issuer=cleaned.issuer,
    )
    if art.warning:
        doc.warnings.append(art.warning)
    titles = [p for p in paragraphs if p.kind == "title"]
    doc.title = text[titles[0].start : titles[0].end] if titles else None
    doc.published = parse_stamp(art.published) or parse_stamp(cleaned.published_raw)
    doc.portal = art.portal or _portal_from_source(cleaned.source_line)
    lead_source = re.match(r"^\(([\w.-]+\.(?:vn|com|net|org))\)\s*[-–]", doc.lead, re.IGNORECASE)
    if lead_source and not doc.portal:
        doc.portal = lead_source.group(1)  # "(Chinhphu.vn) - Chiều 21/10, …"
    lead = doc.lead
    context = " ".join(filter(None, [doc.title, lead]))
    doc.event_date, doc.day_part, doc.event_date_basis = find_event_date(lead, doc.published, context)
    if doc.event_date is None and not doc.event_date_basis:
        # official texts: the lead may follow a multi-line heading ("THÔNG BÁO" / "Kết luận của …"). Not when the
        # lead gave a day without a year: a later paragraph's date is then another event, not this one.
        # A news lead an aggregator cut short ("… bàn ...") leaves the date to the paragraphs below, captions too
        for i, p in enumerate([p for p in paragraphs if p.kind in ("body", "lead", "list_item", "caption")][:8]):
            para = text[p.start : p.end]
            d, part, basis = find_paragraph_date(para, doc.published, context + " " + para, later=i > 1)
            if d is not None:
                doc.event_date, doc.day_part, doc.event_date_basis = d, part, basis
                break
    if doc.event_date is None and doc.published is not None:
        # an official text or an undated report: its date of issue is the date it belongs to
        doc.event_date, doc.event_date_basis = doc.published, "ngày đăng/ban hành (bài không nêu ngày sự kiện)"
    if doc.event_date is not None and doc.event_date_basis.endswith(ESTIMATED):
        doc.warnings.append(
            f"ngày sự kiện {doc.event_date:%d/%m/%Y} là ước tính: không có ngày đăng, bài nêu nhiều năm khác nhau"
        )
    if doc.event_date is None:
        if "không rõ năm" in doc.event_date_basis:
            doc.warnings.append(f"không rõ năm của ngày sự kiện ({doc.event_date_basis.removeprefix('văn bản: ')})")
        else:
            doc.warnings.append("không xác định được ngày diễn ra sự kiện")
    doc.event_name = event_name_from(lead) or (doc.title if doc.title else None)
    return doc


def _portal_from_source(line: str | None) -> str | None:
    if not line:
        return None
    m = re.search(r"(?:nguồn|theo)\s*:?\s*(.+?)\)?\.?$", line, re.IGNORECASE)
    return m.group(1).strip() if m else None


class Source(NamedTuple):
    """A file of the corpus: its path as the user gave it (shown in reports) and its canonical absolute path (the
    store's key, the same whichever way the folder was named)."""

    path: str
    key: str


def _unsupported(path: Path) -> CorpusError:
    return CorpusError(str(path), f"bỏ qua: định dạng '{path.suffix or '(không đuôi)'}' chưa hỗ trợ")


# A file larger than this is not an article (the largest official text of eval/dev is 33 KB; a .docx with photos
# a few MB): it is named and skipped instead of read into memory (a link to /dev/zero has no end).
MAX_FILE_BYTES = 32 * 1024 * 1024


class UnreadableSource(ValueError):
    """A file of the corpus that is not read; the message is for the user (Vietnamese)."""


def list_sources(paths: list[Path]) -> tuple[list[Source], list[CorpusError]]:
    """Every file under paths, in path order; hidden files and folders (.git, .briefgen) are left out, files of
    other formats are named and skipped. A folder is resolved once and walked with os.scandir, so listing 100,000
    files costs no stat() and no resolve() per file (the kind of each entry comes with its name).

    Only regular files are listed: a FIFO or a device is named and skipped (reading it would hang). Symbolic links
    are not followed into folders (no loop, and a folder inside the corpus is listed once, where it is); a link to
    a file is read when it stays inside the corpus, and named and skipped when it leads out of it (/etc/passwd is
    no article). A name that is not UTF-8 is named and skipped."""
    files: list[Source] = []
    skipped: list[CorpusError] = []
    for p in paths:
        if p.is_dir():
            for shown, key, error in _walk(p):
                if error:
                    skipped.append(CorpusError(shown, error))
                elif os.path.splitext(shown)[1].lower() in SUPPORTED:
                    files.append(Source(shown, key))
                else:
                    skipped.append(_unsupported(Path(shown)))
        elif p.is_file():
            if p.suffix.lower() in SUPPORTED:
                files.append(Source(str(p), str(p.resolve())))
            else:
                skipped.append(_unsupported(p))
        elif p.exists():
            skipped.append(CorpusError(str(p), _NOT_REGULAR))
        else:
            skipped.append(CorpusError(str(p), "không tìm thấy tệp hoặc thư mục"))
    return files, skipped


_NOT_REGULAR = "không phải tệp thông thường (FIFO, socket hoặc thiết bị) — briefgen chỉ đọc tệp văn bản, đã bỏ qua"
_NOT_UTF8 = "tên tệp không phải UTF-8 — đổi tên (chữ Unicode) rồi chạy lại; đã bỏ qua"


def _walk(top: Path) -> list[tuple[str, str, str | None]]:
    """(shown path, key, error or None) of every entry under top that is a file or a problem, in path order."""
    root = top.resolve()
    root_prefix = str(root) + os.sep
    found: list[tuple[tuple[str, ...], str, str, str | None]] = []  # (sort key, shown, key, error)
    stack: list[tuple[str, tuple[str, ...]]] = [(str(root), ())]
    while stack:
        folder, rel = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError as e:
            found.append((rel, str(top.joinpath(*rel)), folder, f"không đọc được thư mục ({os_reason(e)})"))
            continue
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            parts = rel + (name,)
            shown = str(top.joinpath(*parts))
            if not _utf8(name):
                found.append((parts, shown_name(shown), entry.path, _NOT_UTF8))
                continue
            try:
                if entry.is_symlink():
                    error = _link_error(entry.path, root_prefix)
                    if error == "":
                        continue  # a folder inside the corpus, listed where it is
                    found.append((parts, shown, entry.path, error))
                elif entry.is_dir(follow_symlinks=False):
                    stack.append((entry.path, parts))
                elif entry.is_file(follow_symlinks=False):
                    found.append((parts, shown, entry.path, None))
                else:
                    found.append((parts, shown, entry.path, _NOT_REGULAR))
            except OSError as e:
                found.append((parts, shown, entry.path, f"không đọc được tệp ({os_reason(e)})"))
    found.sort(key=lambda x: x[0])
    return [(shown, key, error) for _, shown, key, error in found]


def _link_error(path: str, root_prefix: str) -> str | None:
    """None for a link to a regular file inside the corpus; "" for a link to a folder inside it (not followed: no
    loop, no file listed twice); else why the link is skipped."""
    target = os.path.realpath(path)
    if not (target + os.sep).startswith(root_prefix):
        return f"là liên kết tới {shown_name(target)}, nằm ngoài thư mục bài viết — chép tệp vào thư mục nếu cần; đã bỏ qua"
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return "là liên kết hỏng (không trỏ tới tệp nào); đã bỏ qua"
    if stat.S_ISDIR(mode):
        return ""
    return None if stat.S_ISREG(mode) else _NOT_REGULAR


def _utf8(name: str) -> bool:
    """Whether a name os.scandir gave is valid UTF-8 (an undecodable byte comes as a lone surrogate)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def read_source(path: str | Path, limit: int | None = None) -> bytes:
    """The bytes of a regular file, at most limit (MAX_FILE_BYTES) of them; UnreadableSource otherwise. Opened
    without blocking and checked after opening: a FIFO or a device put in a file's place is never read."""
    limit = MAX_FILE_BYTES if limit is None else limit
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as e:
        raise UnreadableSource(f"không đọc được tệp ({os_reason(e)})") from e
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise UnreadableSource(_NOT_REGULAR)
        if st.st_size > limit:
            raise UnreadableSource(_too_large(st.st_size, limit))
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = f.read(limit + 1)
    except OSError as e:
        raise UnreadableSource(f"không đọc được tệp ({os_reason(e)})") from e
    finally:
        os.close(fd)
    if len(data) > limit:  # grew while read
        raise UnreadableSource(_too_large(len(data), limit))
    return data


def _too_large(size: int, limit: int) -> str:
    mb = lambda n: f"{n / 1048576:.1f}".replace(".", ",")  # noqa: E731
    return f"tệp quá lớn ({mb(size)} MB, tối đa {mb(limit)} MB) — không phải một bài viết? tách nhỏ rồi chạy lại; đã bỏ qua"


def load_document(path: Path) -> Document | CorpusError:
    try:
        raw = read_source(path)
    except UnreadableSource as e:
        return CorpusError(str(path), str(e))
    try:
        return build_document(path, raw)
    except (DecodeError, UnsupportedFormat) as e:
        return CorpusError(str(path), str(e))
