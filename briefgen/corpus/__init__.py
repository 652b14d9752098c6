"""Corpus stage: files -> Documents (read, decoded, cleaned, NFC-normalised and dated)."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

from ..sanitise import sanitise_text
from .clean import clean_lines
from .dates import find_event_date, parse_stamp
from .encodings import DecodeError
from .model import Document, Paragraph, RemovedLine
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
]

PARSER_VERSION = "11"  # bump when cleaning or dating changes: stored documents of older versions are read again


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


def _sanitised(art: RawArticle) -> RawArticle:
    """The article's text as briefgen keeps it (see briefgen.sanitise): a break inside a line ("\x0b", U+2029)
    splits it, so later stages see only "\n"-separated lines without control characters."""
    lines = [part for line in art.lines for part in sanitise_text(line).split("\n")]
    clean = lambda s: sanitise_text(s) if s else s  # noqa: E731
    return replace(art, lines=lines, title=clean(art.title), published=clean(art.published), portal=clean(art.portal))


def build_document(path: Path, raw: bytes) -> Document:
    """Bytes of one article -> Document. Raises DecodeError / UnsupportedFormat with a Vietnamese message."""
    art = _sanitised(read_article(path, raw))
    cleaned = clean_lines(art.lines, title_hint=art.title)
    if not cleaned.paragraphs:
        raise DecodeError("không còn nội dung sau khi bỏ phần trang trí của cổng tin")
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    pos = 0
    for cl in cleaned.paragraphs:
        if parts:
            pos += 1  # the "\n" between paragraphs
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
        for p in [p for p in paragraphs if p.kind in ("body", "lead", "list_item")][:8]:
            para = text[p.start : p.end]
            d, part, basis = find_event_date(para[:80], doc.published, context + " " + para)
            if d is not None:
                doc.event_date, doc.day_part, doc.event_date_basis = d, part, basis
                break
    if doc.event_date is None and doc.published is not None:
        # an official text or an undated report: its date of issue is the date it belongs to
        doc.event_date, doc.event_date_basis = doc.published, "ngày đăng/ban hành (bài không nêu ngày sự kiện)"
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


def list_sources(paths: list[Path]) -> tuple[list[Source], list[CorpusError]]:
    """Every file under paths, in path order; hidden files and folders (.git, .briefgen) are left out, files of
    other formats are named and skipped. A folder is resolved once and walked with os.scandir, so listing 100,000
    files costs no stat() and no resolve() per file."""
    files: list[Source] = []
    skipped: list[CorpusError] = []
    for p in paths:
        if p.is_dir():
            root = p.resolve()
            found: list[tuple[tuple[str, ...], str, str]] = []  # (sort key, shown path, key)
            for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
                dirnames[:] = [d for d in dirnames if not d.startswith(".")]
                rel = os.path.relpath(dirpath, root)
                rel_parts = () if rel == "." else tuple(rel.split(os.sep))
                shown_dir = str(p.joinpath(*rel_parts))
                for name in filenames:
                    if not name.startswith("."):
                        found.append((rel_parts + (name,), os.path.join(shown_dir, name), os.path.join(dirpath, name)))
            for _, shown, key in sorted(found):
                if os.path.splitext(shown)[1].lower() in SUPPORTED:
                    files.append(Source(shown, key))
                else:
                    skipped.append(_unsupported(Path(shown)))
        elif p.is_file():
            if p.suffix.lower() in SUPPORTED:
                files.append(Source(str(p), str(p.resolve())))
            else:
                skipped.append(_unsupported(p))
        else:
            skipped.append(CorpusError(str(p), "không tìm thấy tệp hoặc thư mục"))
    return files, skipped


def load_document(path: Path) -> Document | CorpusError:
    try:
        raw = path.read_bytes()
    except OSError as e:
        return CorpusError(str(path), f"không đọc được tệp ({e.strerror})")
    try:
        return build_document(path, raw)
    except (DecodeError, UnsupportedFormat) as e:
        return CorpusError(str(path), str(e))
