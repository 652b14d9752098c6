"""The outline of a document: its paragraphs as a tree of sections, numbered items, lead-ins and plain text.

Official texts (chỉ thị, kế hoạch, công văn, thông báo kết luận) give their tasks as a tree: "II. NHIỆM VỤ, GIẢI
PHÁP" > "1. Bộ Kế hoạch và Đầu tư:" > "a) Chủ trì, phối hợp …" > "- Xây dựng …". Who a task is for is written once,
high in that tree, and holds for everything below it. This module only builds the tree; what an item means is read
by the components that use it (extract/scope.py).

How the tree is built, as writers of official texts build it:
- a marker style seen for the first time (1., a), -, +) opens a deeper level; the same style again is a sibling of
  the item that used it, closing everything opened below that item;
- a section heading (capitals: "II. TỔ CHỨC THỰC HIỆN", "NHIỆM VỤ CỤ THỂ") closes every item, and nests only
  under headings of another style;
- a lead-in ("Thủ tướng Chính phủ yêu cầu … thực hiện các nhiệm vụ sau:") is an unmarked paragraph ending in ":";
  the items that follow are its children;
- "Nơi nhận:" under the signature closes everything: an annex after it starts afresh;
- any other unmarked paragraph belongs to the innermost open item (a task's further paragraphs, a hard-wrapped
  item), and opens nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..corpus.model import Document, Paragraph

if TYPE_CHECKING:
    from ..lexicon import Lexicon


@dataclass
class Node:
    """One paragraph in the outline. Offsets are those of the paragraph in Document.text (marker excluded)."""

    para: int  # index into Document.paragraphs
    start: int
    end: int
    kind: str  # "heading" | "item" | "leadin" | "text"
    marker: str  # as written: "II.", "1.", "a)", "-"; "" for unmarked paragraphs
    style: str  # "roman", "num", "num.num", "alpha", "dash", "plus", "bullet", "caps", "leadin", "recipients", "sent_to", "text"
    parent: int | None  # index into Outline.nodes
    depth: int
    children: list[int] = field(default_factory=list)


@dataclass
class Outline:
    nodes: list[Node]
    by_para: dict[int, int]  # paragraph index -> node index

    def ancestors(self, i: int) -> list[int]:
        """Node indices from the parent of node i up to the root."""
        out = []
        p = self.nodes[i].parent
        while p is not None:
            out.append(p)
            p = self.nodes[p].parent
        return out


def marker_style(marker: str, lex: Lexicon) -> str:
    """'1.' -> 'num', '1.2.' -> 'num.num', '2)' -> 'num)', 'a)' -> 'alpha', 'I.' -> 'roman', '-' -> 'dash',
    '+' -> 'plus', '•' -> 'bullet'. A style is what a writer repeats for the items of one level.
    Patterns: config/rules/outline.yaml."""
    m = marker.strip()
    if not m:
        return "text"
    if m[0] in "-–":
        return "dash"
    if m[0] == "+":
        return "plus"
    if m[0] in "•*":
        return "bullet"
    core = m.rstrip(".)")
    if lex.re("outline.number_marker").fullmatch(core):
        depth = core.count(".") + 1
        return ".".join(["num"] * depth) + (")" if m.endswith(")") else "")
    if lex.re("outline.part_marker").fullmatch(core):
        return "part"
    if lex.re("outline.roman_marker").fullmatch(core):
        return "roman"
    if len(core) == 1 and core.isalpha():
        return "alpha"
    return "other"


class _Builder:
    """The tree as it grows: the nodes so far and the stack of open ones (outermost first)."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.nodes: list[Node] = []
        self.by_para: dict[int, int] = {}
        self.stack: list[int] = []

    def push(self, n: Node, opens: bool) -> None:
        """Add a node under the innermost open one; opens: later nodes may nest under it."""
        n.parent = self.stack[-1] if self.stack else None
        n.depth = len(self.stack)
        self.nodes.append(n)
        idx = len(self.nodes) - 1
        self.by_para[n.para] = idx
        if n.parent is not None:
            self.nodes[n.parent].children.append(idx)
        if opens:
            self.stack.append(idx)

    def heads_sections(self, idx: int) -> bool:
        """A lead-in right above the first section heading ("… Thủ tướng Chính phủ chỉ thị:" / "I. NGUYÊN TẮC …")
        heads the sections that follow."""
        n = self.nodes[idx]
        return (
            n.kind == "leadin"
            and n.style == "leadin"
            and n.depth == 0
            and all(self.nodes[c].kind == "heading" for c in n.children)
        )

    def close_to_style(self, style: str, among: set[str]) -> None:
        """Close every node down to (and including) the open node of this style, if one is open."""
        stack, nodes = self.stack, self.nodes
        for depth in range(len(stack) - 1, -1, -1):
            if nodes[stack[depth]].style == style and nodes[stack[depth]].kind in among:
                del stack[depth:]
                return

    def heading(self, i: int, p: Paragraph) -> None:
        """A section heading closes every item, and nests only under headings of another style."""
        style = marker_style(p.marker, self.lex) if p.marker else "caps"
        while self.stack and self.nodes[self.stack[-1]].kind != "heading" and not self.heads_sections(self.stack[-1]):
            self.stack.pop()
        self.close_to_style(style, {"heading"})
        self.push(Node(i, p.start, p.end, "heading", p.marker, style, None, 0), opens=True)

    def item(self, i: int, p: Paragraph) -> None:
        """A numbered or dashed item: a sibling of the open item of its style, else one level deeper."""
        style = marker_style(p.marker, self.lex)
        self.close_to_style(style, {"item"})
        self.push(Node(i, p.start, p.end, "item", p.marker, style, None, 0), opens=True)

    def unmarked(self, i: int, p: Paragraph, text: str) -> None:
        """An unmarked paragraph: the recipients' "Kính gửi:", a lead-in ending in ":", or plain text."""
        if self.lex.re("outline.sent_to").match(text):
            # "Nơi nhận: - Như trên; …" closes the body under the signature: an annex after it ("THUYẾT MINH DỰ
            # TOÁN …", "Phụ lục") is no part of the lead-in or section above
            self.stack.clear()
            self.push(Node(i, p.start, p.end, "text", "", "sent_to", None, 0), opens=False)
        elif self.lex.re("outline.recipients").match(text):
            # "Kính gửi:" heads the recipients; they are not headings of the text that follows them
            self.close_to_style("leadin", {"leadin"})
            self.push(Node(i, p.start, p.end, "leadin", "", "recipients", None, 0), opens=True)
        elif self.lex.re("outline.leadin_end").search(text):
            # a lead-in follows the one before it at its level; inside an item ("c) … / Phương án … theo hướng:"
            # over dashes) it opens that item's sub-list, and leaves the document's own lead-in open
            if any(self.nodes[j].style == "recipients" for j in self.stack):
                self.close_to_style("recipients", {"leadin"})  # a lead-in after the recipients starts the body
            if self.stack and self.nodes[self.stack[-1]].kind == "leadin":
                self.stack.pop()
            self.push(Node(i, p.start, p.end, "leadin", "", "leadin", None, 0), opens=True)
        else:
            if any(self.nodes[j].style == "recipients" for j in self.stack):
                self.close_to_style("recipients", {"leadin"})  # the text after the recipients starts the body
            self.push(Node(i, p.start, p.end, "text", "", "text", None, 0), opens=False)


def build_outline(doc: Document, lex: Lexicon) -> Outline:
    """The document's paragraphs (its title excepted) as a tree. Patterns: config/rules/outline.yaml."""
    b = _Builder(lex)
    for i, p in enumerate(doc.paragraphs):
        if p.kind == "title":
            continue
        if p.kind == "heading":
            b.heading(i, p)
        elif p.kind == "list_item" and p.marker:
            b.item(i, p)
        else:
            b.unmarked(i, p, doc.para_text(p))
    return Outline(b.nodes, b.by_para)
