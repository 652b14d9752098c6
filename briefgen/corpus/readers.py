"""File formats -> lines of text (plus what the format itself tells: title, date, site)."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

from .encodings import DecodeError, decode_bytes, is_utf8
from .wrappers import unwrap

SUPPORTED = (".txt", ".md", ".html", ".htm", ".docx")


@dataclass
class RawArticle:
    lines: list[str]
    format: str
    encoding: str
    title: str | None = None
    published: str | None = None
    portal: str | None = None
    warning: str | None = None


class UnsupportedFormat(ValueError):
    pass


def read_article(path: Path, raw: bytes) -> RawArticle:
    ext = path.suffix.lower()
    if ext in (".txt", ".md", ""):
        return _read_text(raw)
    if ext in (".html", ".htm"):
        return _read_html(raw)
    if ext == ".docx":
        return _read_docx(raw)
    raise UnsupportedFormat(f"định dạng '{ext}' chưa hỗ trợ (chỉ đọc .txt, .html, .docx)")


# --- text: plain, or a crawl's markdown with its wrapper --------------------------------------------------------


def _read_text(raw: bytes) -> RawArticle:
    from .clean import official_heading

    dec = decode_bytes(raw)
    w = unwrap(dec.text)
    lines = _html_to_text("\n".join(w.lines)).split("\n") if w.html else w.lines
    if w.lead and w.lead[:60] not in "\n".join(lines[:40]):
        lines = [w.lead, ""] + lines  # the article's lead (sapo), kept in the front matter and not in the body
    if w.title and official_heading(lines) is None:
        # the wrapper's title heads the text (an official text's own heading makes a better one)
        lines = [w.title, ""] + lines
    portal = urlparse(w.url).hostname if w.url else None
    return RawArticle(
        lines, "txt", dec.encoding, title=w.title, published=w.published, portal=portal, warning=dec.warning
    )


# --- HTML -------------------------------------------------------------------------------------------------------


def _read_html(raw: bytes) -> RawArticle:
    m = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", raw[:4096], re.IGNORECASE)
    declared = m.group(1).decode("ascii", "ignore").lower() if m else None
    # strict UTF-8 first, whatever the page declares: many pages say iso-8859-1 and are UTF-8 ("Lai ChÃ¢u")
    if declared and declared not in ("utf-8", "utf8") and not is_utf8(raw):
        try:
            html = raw.decode(declared)
            encoding = declared
            warning = None
        except (LookupError, UnicodeDecodeError):
            dec = decode_bytes(raw)
            html, encoding, warning = dec.text, dec.encoding, dec.warning
    else:
        dec = decode_bytes(raw)
        html, encoding, warning = dec.text, dec.encoding, dec.warning
    title = published = portal = None
    text = None
    try:
        import trafilatura  # imported here: only HTML input pays for it

        doc = trafilatura.bare_extraction(
            html,
            include_comments=False,
            include_tables=True,
            include_images=False,
            with_metadata=True,
            # only dates the page states in its metadata: the extensive search turns "năm 2025" into 01/01/2025
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
        if doc is not None:
            get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
            text = get("text")
            title = get("title")
            published = get("date")
            portal = get("sitename") or get("hostname")
    except Exception:  # trafilatura failing on odd markup must not lose the article: fall back below
        text = None
    if not text:
        text = _html_to_text(html)
        title = title or _html_title(html)
    lines = text.split("\n")
    if title:
        # the title stands alone: the extracted text puts the sapo on the very next line, and a title has no final
        # stop, so the cleaner would take the two for one hard-wrapped paragraph
        if lines and lines[0].strip() == title.strip():
            lines = lines[1:]
        lines = [title, ""] + lines
    return RawArticle(lines, "html", encoding, title=title, published=published, portal=portal, warning=warning)


class _TextParser(HTMLParser):
    """Block elements as lines; a table's rows as markdown pipe rows ("| a | b |", a rule under a row of <th>), as
    trafilatura writes them, so that corpus/tables.py reads both alike."""

    _SKIP = {"script", "style", "nav", "footer", "header", "aside", "form", "noscript", "iframe", "svg", "button"}
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "figcaption"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.cell = 0  # inside a <td>/<th>: its blocks are one line
        self.row_cells: list[str] = []  # the cells of the row being read, and whether they are <th>
        self.row_th = False
        self.rows = 0  # rows written of the current table
        self.at = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self.skip += 1
        elif tag == "table":
            self.rows = 0
            self.parts.append("\n")
        elif tag == "tr":
            self.row_cells, self.row_th = [], False
        elif tag in ("td", "th"):
            self.cell += 1
            self.row_th = self.row_th or tag == "th"
            self.at = len(self.row_cells)  # its text's cell: a colspan's empty cells follow it
            self.row_cells.append("")
            span = dict(attrs).get("colspan") or "1"
            self.row_cells += [""] * (min(int(span), 20) - 1 if span.isdigit() and int(span) > 1 else 0)
        elif tag in self._BLOCK:
            self._newline()

    def handle_endtag(self, tag):
        if tag in self._SKIP and self.skip:
            self.skip -= 1
        elif tag in ("td", "th") and self.cell:
            self.cell -= 1
        elif tag == "tr" and self.row_cells:
            cells = [" ".join(c.replace("|", "/").split()) for c in self.row_cells]
            self.parts.append("\n| " + " | ".join(cells) + " |\n")
            if self.rows == 0 and self.row_th:
                self.parts.append("|" + " --- |" * len(cells) + "\n")
            self.rows += 1
            self.row_cells = []
        elif tag == "table":
            self.parts.append("\n\n")
        elif tag in self._BLOCK:
            self._newline()

    def _newline(self) -> None:
        if self.cell and self.row_cells:
            self.row_cells[self.at] += " "
        else:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.skip:
            return
        if self.cell and self.row_cells:
            self.row_cells[self.at] += data
        else:
            self.parts.append(data)


def _html_to_text(html: str) -> str:
    p = _TextParser()
    p.feed(html)
    text = "".join(p.parts)
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()


def _html_title(html: str) -> str | None:
    m = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.IGNORECASE | re.DOTALL) or re.search(
        r"<title[^>]*>(.*?)</title>", html, re.IGNORECASE | re.DOTALL
    )
    if not m:
        return None
    return re.sub(r"<[^>]+>", "", m.group(1)).strip() or None


# --- DOCX -------------------------------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _read_docx(raw: bytes) -> RawArticle:
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        d = docx.Document(io.BytesIO(raw))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as e:
        raise DecodeError("tệp .docx bị hỏng hoặc không phải Word") from e
    except Exception as e:  # zipfile.BadZipFile and friends
        raise DecodeError("tệp .docx bị hỏng hoặc không phải Word") from e
    lines: list[str] = []
    body = d.element.body
    # iter(tag)/iterchildren(tag) yield elements only: comments and processing instructions (whose .tag is a
    # function, not a string) are never looked at
    for child in body.iterchildren(f"{_W}p", f"{_W}tbl"):
        if child.tag == f"{_W}p":
            text = "".join(t.text or "" for t in child.iter(f"{_W}t"))
            numbered = child.find(f".//{_W}numPr") is not None
            if numbered and text.strip():
                text = "- " + text.strip()
            lines.append(text)
            lines.append("")
        else:
            lines += _docx_table(child)
            lines.append("")
    title = d.core_properties.title or None
    return RawArticle(lines, "docx", "docx", title=title)


def _docx_table(tbl) -> list[str]:
    """A Word table's rows. Three columns or more: markdown pipe rows, a cell spanning columns followed by empty
    ones, a rule under the rows marked as repeated headers (corpus/tables.py reads them as a table). Two columns
    are the page's layout (the heading's issuer beside the motto): their cells joined by "; ", as before."""
    rows: list[list[str]] = []
    header = 0
    for row in tbl.iter(f"{_W}tr"):
        cells: list[str] = []
        for cell in row.iterchildren(f"{_W}tc"):
            paras = ["".join(t.text or "" for t in p.iter(f"{_W}t")) for p in cell.iter(f"{_W}p")]
            cells.append(" ".join(" ".join(paras).replace("|", "/").split()))
            span = cell.find(f"{_W}tcPr/{_W}gridSpan")
            n = span.get(f"{_W}val") if span is not None else None
            cells += [""] * (min(int(n), 20) - 1 if n and n.isdigit() and int(n) > 1 else 0)
        if len(rows) == header and row.find(f"{_W}trPr/{_W}tblHeader") is not None:
            header += 1
        rows.append(cells)
    if max((len(r) for r in rows), default=0) < 3:
        return ["; ".join(c for c in r if c) for r in rows]
    out = []
    for i, r in enumerate(rows):
        out.append("| " + " | ".join(r) + " |")
        if header and i == header - 1:
            out.append("|" + " --- |" * len(r))
    return out
