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
- any other unmarked paragraph belongs to the innermost open item (a task's further paragraphs, a hard-wrapped
  item), and opens nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..corpus.model import Document


@dataclass
class Node:
    """One paragraph in the outline. Offsets are those of the paragraph in Document.text (marker excluded)."""

    para: int  # index into Document.paragraphs
    start: int
    end: int
    kind: str  # "heading" | "item" | "leadin" | "text"
    marker: str  # as written: "II.", "1.", "a)", "-"; "" for unmarked paragraphs
    style: str  # "roman", "num", "num.num", "alpha", "dash", "plus", "bullet", "caps", "leadin", "recipients", "text"
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


def marker_style(marker: str) -> str:
    """'1.' -> 'num', '1.2.' -> 'num.num', '2)' -> 'num)', 'a)' -> 'alpha', 'I.' -> 'roman', '-' -> 'dash',
    '+' -> 'plus', '•' -> 'bullet'. A style is what a writer repeats for the items of one level."""
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
    if re.fullmatch(r"\d{1,2}(?:\.\d{1,2})*", core):
        depth = core.count(".") + 1
        return ".".join(["num"] * depth) + (")" if m.endswith(")") else "")
    if re.fullmatch(r"[IVXLC]{1,5}", core):
        return "roman"
    if len(core) == 1 and core.isalpha():
        return "alpha"
    return "other"


_LEADIN_END = re.compile(r":\s*$")
_RECIPIENTS = re.compile(r"^\s*Kính gửi\s*:", re.IGNORECASE)


def build_outline(doc: Document) -> Outline:
    """The document's paragraphs (its title excepted) as a tree."""
    nodes: list[Node] = []
    by_para: dict[int, int] = {}
    stack: list[int] = []  # open nodes, outermost first

    def push(n: Node, opens: bool) -> None:
        n.parent = stack[-1] if stack else None
        n.depth = len(stack)
        nodes.append(n)
        idx = len(nodes) - 1
        by_para[n.para] = idx
        if n.parent is not None:
            nodes[n.parent].children.append(idx)
        if opens:
            stack.append(idx)

    def _heads_sections(idx: int) -> bool:
        """A lead-in right above the first section heading ("… Thủ tướng Chính phủ chỉ thị:" / "I. NGUYÊN TẮC …")
        heads the sections that follow."""
        n = nodes[idx]
        return (
            n.kind == "leadin"
            and n.style == "leadin"
            and n.depth == 0
            and all(nodes[c].kind == "heading" for c in n.children)
        )

    def close_to_style(style: str, among: set[str]) -> None:
        """Close every node down to (and including) the open node of this style, if one is open."""
        for depth in range(len(stack) - 1, -1, -1):
            if nodes[stack[depth]].style == style and nodes[stack[depth]].kind in among:
                del stack[depth:]
                return

    for i, p in enumerate(doc.paragraphs):
        if p.kind == "title":
            continue
        text = doc.para_text(p)
        if p.kind == "heading":
            style = marker_style(p.marker) if p.marker else "caps"
            while stack and nodes[stack[-1]].kind != "heading" and not _heads_sections(stack[-1]):
                stack.pop()
            close_to_style(style, {"heading"})
            push(Node(i, p.start, p.end, "heading", p.marker, style, None, 0), opens=True)
        elif p.kind == "list_item" and p.marker:
            style = marker_style(p.marker)
            close_to_style(style, {"item"})
            push(Node(i, p.start, p.end, "item", p.marker, style, None, 0), opens=True)
        elif _RECIPIENTS.match(text):
            # "Kính gửi:" heads the recipients; they are not headings of the text that follows them
            close_to_style("leadin", {"leadin"})
            push(Node(i, p.start, p.end, "leadin", "", "recipients", None, 0), opens=True)
        elif _LEADIN_END.search(text):
            close_to_style("leadin", {"leadin"})
            push(Node(i, p.start, p.end, "leadin", "", "leadin", None, 0), opens=True)
        else:
            if any(nodes[j].style == "recipients" for j in stack):
                close_to_style("recipients", {"leadin"})  # the text after the recipients starts the body
            push(Node(i, p.start, p.end, "text", "", "text", None, 0), opens=False)
    return Outline(nodes, by_para)
