"""The Document: one article, cleaned and normalised, carrying its own text so every span keeps its offsets."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date


@dataclass
class Paragraph:
    start: int  # offsets into Document.text
    end: int
    kind: str  # "title" | "lead" | "body" | "caption" | "list_item" | "heading"
    line: int  # 1-based line in the source text, for messages
    marker: str = ""  # list marker as written ("1.", "a)", "-") for list items


@dataclass
class Cell:
    """One non-empty cell of a table row: its column (from 0) and its text's offsets into Document.text."""

    col: int
    start: int
    end: int


@dataclass
class TableRow:
    """A row of a table, kept in Document.text as one paragraph (its cells' text joined by "; ")."""

    para: int  # index into Document.paragraphs
    cells: list[Cell]
    header: bool = False  # the markup marks it a header row (a markdown rule under it, <th> cells)


@dataclass
class Table:
    """A table as rows of cells, so that a column keeps its meaning (who leads a task, by when) after the text
    was flattened; every cell points into Document.text."""

    columns: int
    rows: list[TableRow]


@dataclass
class RemovedLine:
    line: int
    text: str
    reason: str  # "metadata" | "counter" | "image" | "comment-form" | "related-news" | "pagination" | ...


@dataclass
class Document:
    id: str  # content hash of the source bytes
    path: str
    text: str  # NFC; kept paragraphs joined by "\n"
    paragraphs: list[Paragraph]
    format: str = "txt"
    encoding: str = "utf-8"
    title: str | None = None
    published: date | None = None
    event_date: date | None = None
    event_date_basis: str = ""
    day_part: str | None = None  # "sáng" | "trưa" | "chiều" | "chiều tối" | "tối" | "đêm"
    portal: str | None = None
    byline: str | None = None
    event_name: str | None = None  # "Hội nghị ..." as named in the lead
    issuer: str | None = None  # an official text's issuer as its heading writes it ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN")
    removed: list[RemovedLine] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)  # tables of three columns or more (parser 17)
    warnings: list[str] = field(default_factory=list)

    def para_text(self, p: Paragraph) -> str:
        return self.text[p.start : p.end]

    def cell_text(self, c: Cell) -> str:
        return self.text[c.start : c.end]

    @property
    def lead(self) -> str:
        for p in self.paragraphs:
            if p.kind == "lead":
                return self.para_text(p)
        return ""

    @property
    def body_paragraphs(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kind in ("lead", "body", "list_item", "heading")]

    @property
    def captions(self) -> list[str]:
        return [self.para_text(p) for p in self.paragraphs if p.kind == "caption"]

    @property
    def display_title(self) -> str:
        return self.title or self.event_name or (self.lead[:120] if self.lead else self.path)

    def to_dict(self) -> dict:
        d = asdict(self)
        for k in ("published", "event_date"):
            d[k] = d[k].isoformat() if d[k] else None
        return d

    @classmethod
    def from_dict(cls, d: dict) -> Document:
        d = dict(d)
        d["paragraphs"] = [Paragraph(**p) for p in d["paragraphs"]]
        d["removed"] = [RemovedLine(**r) for r in d["removed"]]
        d["tables"] = [
            Table(t["columns"], [TableRow(r["para"], [Cell(**c) for c in r["cells"]], r["header"]) for r in t["rows"]])
            for t in d.get("tables", [])
        ]
        for k in ("published", "event_date"):
            d[k] = date.fromisoformat(d[k]) if d.get(k) else None
        return cls(**d)
