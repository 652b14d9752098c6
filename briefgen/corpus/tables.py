"""Tables in a text, read as rows of column-aligned cells: a crawl's markdown pipe table ("| TT | Nhiệm vụ | … |"
with its "| --- |" rule under the header), the same table written without its outer pipes ("Thời gian | Nội dung
… | Thực hiện", an empty first cell then opening a row with " | "), and the rows the readers write for an HTML
<table> (trafilatura renders it so; the fallback parser too) or a DOCX table (readers.py).

A table of two columns is a page's layout (the heading's issuer beside the motto, "Nơi nhận" beside the
signature), which the heading parser reads; only tables of three columns or more are kept as tables."""

from __future__ import annotations

import re
from dataclasses import dataclass

MIN_COLUMNS = 3

_SEPARATOR = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")
_EMPHASIS = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
# A row's number alone on its line ("1", "a)", "II."): where a row begins in a table written one cell per line.
_ROW_NUMBER = re.compile(r"^(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]?$")


@dataclass
class RawRow:
    line: int  # index into the lines (0-based) of its first line
    cells: list[str]  # one per column, "" for an empty cell
    header: bool = False
    last: int = -1  # its last line when it spans several (a table written one cell per line)


@dataclass
class RawTable:
    first: int  # index of its first and last line (the rules included)
    last: int
    columns: int
    rows: list[RawRow]

    def row_at(self, line: int) -> RawRow | None:
        return next((r for r in self.rows if r.line == line), None)


def is_separator(s: str) -> bool:
    return bool(_SEPARATOR.match(s.strip()))


def clean_cell(cell: str) -> str:
    """A cell's text without markdown emphasis ("*Hà Nội*", "**1.**") and with single spaces."""
    c = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), cell).replace("* *", " ")
    c = re.sub(r"\s+", " ", c).strip()
    if len(c) > 2 and c[0] == "*" and c[-1] == "*":
        c = c[1:-1].strip()
    return c


def split_row(line: str, bordered: bool) -> list[str]:
    """The cells of one row. A bordered row ("| a | b |") loses its outer pipes; in a table without them a leading
    " | " is an empty first cell (the row continues the cell above: a merged cell of the layout)."""
    s = line.strip() if bordered else line.rstrip()
    if bordered:
        s = s[1:] if s.startswith("|") else s
        s = s[:-1] if s.endswith("|") else s
    return [clean_cell(c) for c in s.split("|")]


def find_tables(lines: list[str], skip: set[int] | None = None) -> list[RawTable]:
    """The tables among the lines (skip: lines already read, the official heading's): a run of lines that begins
    with a row of two pipes or more and goes on while lines hold a pipe or are rules; a blank line ends it."""
    skip = skip or set()
    tables: list[RawTable] = []
    i = 0
    while i < len(lines):
        s = lines[i].strip()
        if i in skip or s.count("|") < 2 or is_separator(s):
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and j + 1 not in skip and "|" in lines[j + 1] and lines[j + 1].strip():
            j += 1
        table = _read_run(lines, i, j)
        if table is None and j + 1 < len(lines) and lines[j + 1].strip():
            table = _read_cell_lines(lines, i, j)
        if table is not None:
            tables.append(table)
            j = table.last
        i = j + 1
    return tables


def _read_run(lines: list[str], first: int, last: int) -> RawTable | None:
    bordered = lines[first].strip().startswith("|")
    rows: list[RawRow] = []
    for k in range(first, last + 1):
        if is_separator(lines[k]):
            if rows and len(rows) <= 3 and not any(r.header for r in rows):
                for r in rows:  # a markdown rule under the first rows: they are the header
                    r.header = True
            continue
        rows.append(RawRow(k, split_row(lines[k], bordered)))
    columns = max((len(r.cells) for r in rows), default=0)
    if columns < MIN_COLUMNS or len(rows) < 2:
        return None
    for r in rows:
        r.cells += [""] * (columns - len(r.cells))
    return RawTable(first, last, columns, rows)


def _read_cell_lines(lines: list[str], first: int, last: int) -> RawTable | None:
    """A header row with its rule, then the cells one per line (a PDF's table as a crawl wrote it): short lines
    right under the rule end the header ("Thời gian thực hiện"), a row's number alone on its line opens a row, and
    the lines up to the next number are its cells in column order. A row with more lines than cells was wrapped
    (a page break): its further lines continue the cells in the same order. A row of one line is a section's title.
    The table ends at a blank line, or where a row runs past twice its cells (the text goes on)."""
    head = [r for r in range(first, last + 1) if not is_separator(lines[r])]
    if len(head) != 1 or not is_separator(lines[last]):
        return None
    header = split_row(lines[head[0]], True)
    k = last + 1
    while k < len(lines) and len(header) < 8 and _is_header_line(lines[k]):
        header.append(clean_cell(lines[k]))
        k += 1
    n = len(header) - 1  # the cells after the number
    if n + 1 < MIN_COLUMNS or k >= len(lines) or not _ROW_NUMBER.match(lines[k].strip()):
        return None
    rows = [RawRow(head[0], header, True, k - 1)]
    while k < len(lines) and _ROW_NUMBER.match(lines[k].strip()):
        end = k + 1
        while end < len(lines) and lines[end].strip() and not _ROW_NUMBER.match(lines[end].strip()):
            end += 1
        parts = [clean_cell(x) for x in lines[k + 1 : end]]
        if len(parts) > 2 * n:
            break
        cells = [lines[k].strip()] + [""] * n
        for m, part in enumerate(parts):
            col = 1 + m % n
            cells[col] = f"{cells[col]} {part}".strip()
        rows.append(RawRow(k, cells, False, end - 1))
        k = end
    if len(rows) < 2:
        return None
    return RawTable(first, rows[-1].last, n + 1, rows)


def _is_header_line(line: str) -> bool:
    s = line.strip()
    return bool(s) and "|" not in s and not _ROW_NUMBER.match(s) and len(s.split()) <= 6 and s[-1:] not in ".;:"
