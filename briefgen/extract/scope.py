"""Who the items of an official text are for: the addressee each outline node names, and what it inherits.

An official text names its addressee once and lists the tasks below it:
- a heading item that is only an addressee: "1. Bộ Kế hoạch và Đầu tư:", "8. Ủy ban nhân dân các tỉnh, thành phố
  trực thuộc Trung ương", "a) Đối với các sở, ban, ngành:";
- an addressee and its first task: "12. Đài Truyền hình Việt Nam, …: Chủ trì xây dựng …", "7. Các Bộ, ngành liên
  quan khác … tăng cường …";
- a lead-in with a cue: "Thủ tướng Chính phủ yêu cầu các Bộ trưởng, … thực hiện các nhiệm vụ sau đây:";
- a section whose heading says it gives tasks: "II. NHIỆM VỤ VÀ GIẢI PHÁP", "III. TỔ CHỨC THỰC HIỆN", "1. Nhiệm
  vụ" (its items are tasks even where no addressee is named).
Everything below such a node inherits it until a node names another.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..corpus.model import Document
from . import directives as D
from .outline import Node, Outline

if TYPE_CHECKING:
    from ..lexicon import Lexicon

# A heading line that is a noun phrase, not a sentence: at most this many words.
_SHORT_HEADING_WORDS = 12
# A section title may be long ("1. Căn cứ đánh giá tình hình thực hiện nhiệm vụ ngân sách nhà nước năm 2019 và giai
# đoạn 2016-2019": 17 words); one without a sentence end and with items below it is a title up to this many words.
_TITLE_WORDS = 24


@dataclass
class NodeScope:
    """What a node says about the items below it (and about itself)."""

    addressee: str | None = None  # named by this node
    header_only: bool = False  # the node names an addressee or a section and gives no task of its own
    tasks: bool = False  # the node opens a section or list of tasks
    aims: bool = False  # the node opens a section of aims or assessments: its items are not tasks


@dataclass
class Inherited:
    addressee: str | None
    tasks: bool  # some ancestor opens a list of tasks (or names an addressee)
    aims: bool  # the nearest section is one of aims or assessments


def read_node(text: str, kind: str, lex: Lexicon) -> NodeScope:
    """What one outline node names: its addressee, and whether it opens a list of tasks.
    Patterns: config/rules/scope.yaml."""
    body = text.strip().rstrip(".")
    words = len(body.split())
    if lex.re("scope.conditions_leadin").search(body):
        return NodeScope(aims=True)  # "… có một trong các điều kiện sau:": what must hold, not tasks
    if kind in ("heading", "item") and words <= _SHORT_HEADING_WORDS and lex.re("scope.subject_matter").match(body):
        return NodeScope()  # "1. Về lĩnh vực Tài nguyên Môi trường:": a field; its items are the addressee's above
    if kind in ("heading", "item") and words <= _SHORT_HEADING_WORDS:
        section = lex.re("scope.task_section").match(body)
        if section:
            # "Trách nhiệm chung của các cơ quan, đơn vị", "Nhiệm vụ của Sở Y tế": the section names whose tasks
            of = lex.re("scope.of").match(body, section.end())
            np = D.parse_np(_as_written(body[of.end() :], lex), 0, lex) if of else None
            return NodeScope(addressee=np[0] if np else None, header_only=True, tasks=True)
        if lex.re("scope.aims_section").match(body):
            return NodeScope(header_only=True, aims=True)
    person = lex.re("scope.person_duty").match(text.strip()) if kind == "item" else None
    if person:  # "4.1. Ông. Hoàng Văn Thuân - Trưởng đoàn: Phụ trách chung; …"
        return NodeScope(addressee=person.group("who").strip(), tasks=True)
    duty = lex.re("scope.duty_header").match(text.strip()) if kind in ("heading", "item", "leadin") else None
    if duty:  # "b) Bộ Nông nghiệp có trách nhiệm:"
        return NodeScope(addressee=duty.group("who").strip(), header_only=True, tasks=True)
    directed = lex.re("scope.directed_body").match(body) if kind in ("heading", "item", "leadin") else None
    if directed and (np := D.parse_np(body, directed.end(), lex)) and body[np[1] :].lstrip().startswith(":"):
        # "- Chỉ đạo Sở Nông nghiệp và PTNT:" (heads the items below) or "- Chỉ đạo Sở …: Thường xuyên kiểm tra …"
        heads = not body[np[1] :].strip(" :")
        return NodeScope(addressee=np[0], header_only=heads, tasks=True)
    topic = lex.re("scope.topic_head").match(body)
    at = topic.end() if topic else 0
    note = lex.re("scope.note_only").search(body, at) if topic else None
    head = body[at : note.start()] if note else ""
    if note and kind in ("heading", "item") and not lex.re("scope.clause_punct").search(head):
        # "3. Đối với các Bộ quản lý chuyên ngành (theo quy định tại khoản 5 Điều 3 Nghị định …)": all of it names whom
        return NodeScope(addressee=head.strip(), header_only=True, tasks=True)
    np = D.parse_np(body, at, lex)
    if np and kind in ("heading", "item", "leadin"):
        addressee, end = np
        rest = body[end:].strip()
        if not rest.strip(" :;,.") or (topic and rest.startswith(":") and not rest[1:].strip()):
            return NodeScope(addressee=addressee, header_only=True, tasks=True)
        if rest.startswith(":"):
            return NodeScope(addressee=addressee, tasks=True)  # "Đài Truyền hình Việt Nam: Chủ trì …"
        if topic and rest.startswith(","):
            return NodeScope(addressee=addressee, tasks=True)  # "Đối với các sở, ngành, …"
        if text.strip().endswith(":") and lex.re("official.after_subject").match(rest):
            # "6. Các Bộ, cơ quan trung ương, Ủy ban nhân dân cấp tỉnh có trách nhiệm chỉ đạo … thực hiện việc:" gives
            # its own task and heads the items below it
            return NodeScope(addressee=addressee, tasks=True)
    if kind in ("heading", "item") and lex.re("scope.organisation").match(body) and words <= _SHORT_HEADING_WORDS:
        if not lex.re("scope.clause_punct").search(body.rstrip(":")) and not lex.re("directives.task_start").match(
            body
        ):
            return NodeScope(addressee=body.rstrip(" :"), header_only=True, tasks=True)  # "2. Thanh tra tỉnh"
    if kind == "leadin":
        cue = _lead_cue(body, lex)
        if cue is None:
            cue = _lead_guidance(text.strip(), lex)
        subject = None if cue else _lead_subject(text.strip(), lex)
        if subject:
            return NodeScope(addressee=subject, tasks=True)
        if cue is not None:
            return NodeScope(addressee=cue, tasks=True)
    return NodeScope()


def _as_written(name: str, lex: Lexicon) -> str:
    """A body named in a heading's capitals as running text names it ("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG" -> "Bộ Tài nguyên
    và Môi trường")."""
    if not name.isupper():
        return name
    from .home import _recase

    low = name.lower()
    out = low[:1].upper() + low[1:]
    for agency in D.agency_names(lex, provincial=True):
        out = _recase(out, out.lower(), agency)
    return out


def _lead_subject(text: str, lex: Lexicon) -> str | None:
    """The addressee of a lead-in that obliges its own subject ("Để …, các ngành, các cấp cần thực hiện tốt những
    việc cụ thể sau đây:"): the noun phrase right before the obligation, at the start or after a comma."""
    m = lex.re("scope.lead_subject").search(text)
    if not m:
        return None
    for start in D._clause_starts(text, 0, lex):
        np = D.parse_np(text, start, lex)
        if np and np[1] <= m.start() and not text[np[1] : m.start()].strip():
            return np[0]
    return None


def _lead_cue(body: str, lex: Lexicon) -> str | None:
    """The addressee of a lead-in that gives tasks ("… yêu cầu các Bộ trưởng, … thực hiện các nhiệm vụ sau:"), or ""
    when it gives tasks to no one named; None when it gives none."""
    for cm in lex.re("directives.cue").finditer(body):
        cue = cm.group("cue").strip()
        if cue[0].isupper() and cm.start() > 0:
            continue  # "Thực hiện Kết luận số 34-KL/TW …": a capitalised cue mid-sentence names a text
        if lex.re("directives.noun_use_before").search(body, 0, cm.start()):
            continue  # "theo kết luận", "sự chỉ đạo": a noun
        cue = cue.lower()
        if cue.split()[0] not in lex.wordset("scope.lead_cue_first_words"):
            continue
        np = D.parse_np(body, cm.end(), lex)
        return np[0] if np else ""
    return None


def _lead_guidance(text: str, lex: Lexicon) -> str | None:
    """The addressee of a công văn's guidance lead-in ("…, Bộ hướng dẫn Sở Lao động - Thương binh và Xã hội các tỉnh,
    thành phố xây dựng dự toán … như sau:"): what follows is guidance to it, item by item. The lead-in's own clause
    comes last: "Thông tư … của Bộ trưởng Bộ Tài chính hướng dẫn xây dựng dự toán …" before it names a text."""
    for m in reversed(list(lex.re("scope.guidance_lead").finditer(text))):
        np = D.parse_np(text, m.end(), lex)
        if np and set(D.addressee_kinds(np[0], lex)) - {"other"}:
            return np[0]
    return None


def inherited_scopes(outline: Outline, own: list[NodeScope], letter: tuple[int, str] | None = None) -> list[Inherited]:
    """For each outline node, what it inherits from itself and its ancestors (own: each node's own_scopes). In a
    letter (letter: its recipients' node and who they are), the recipients are whom the body's tasks are for where
    nothing above a task names anyone."""
    out: list[Inherited] = []
    # the letter's body ends at its distribution list ("Nơi nhận:"): an annex after it asks nothing of the recipients
    end = next((i for i, n in enumerate(outline.nodes) if n.style == "sent_to"), len(outline.nodes))
    for i in range(len(outline.nodes)):
        chain = [i, *outline.ancestors(i)]
        addressee = next((own[j].addressee for j in chain if own[j].addressee), None)
        in_letter = bool(letter and letter[0] < i < end and letter[0] not in chain)
        if addressee is None and in_letter and letter:
            addressee = letter[1]
        # a letter's numbered or dashed body items are what it asks of its recipients
        tasks = any(own[j].tasks for j in chain) or (in_letter and any(outline.nodes[j].kind == "item" for j in chain))
        section = next((own[j] for j in chain if own[j].tasks or own[j].aims), None)
        out.append(Inherited(addressee, tasks, bool(section and section.aims and not section.tasks)))
    return out


def letter_recipients(doc: Document, outline: Outline, lex: Lexicon) -> tuple[int, str] | None:
    """A letter's recipients ("Kính gửi: Giám đốc Sở …", or "Kính gửi:" over "- Các sở, ban, ngành;" "- Ủy ban nhân dân
    các xã, phường."): the node that names them, and who they are, or None when the text names none."""
    for i, node in enumerate(outline.nodes):
        if node.style != "recipients":
            continue
        items = [outline.nodes[c] for c in node.children if outline.nodes[c].kind == "item"]
        names = [doc.text[n.start : n.end].strip(" ;.,") for n in items]
        if not items:
            text = doc.text[node.start : node.end]
            m = lex.re("outline.recipients").match(text)
            names = [text[m.end() :].strip(" ;.,")] if m else []
        names = [n for n in names if (np := D.parse_np(n, 0, lex)) and set(D.addressee_kinds(np[0], lex)) - {"other"}]
        return (i, ", ".join(names)) if names else None
    return None


def own_scopes(doc: Document, outline: Outline, lex: Lexicon) -> list[NodeScope]:
    """What each outline node names by itself; a section's title that opens with a body names whose tasks its items
    are ("4. Các cơ quan, tổ chức, đơn vị, doanh nghiệp được giao quản lý, sử dụng hoặc khai thác tài sản …")."""
    out = []
    for n in outline.nodes:
        text = doc.text[n.start : n.end]
        scope = read_node(text, n.kind, lex)
        if not scope.addressee and not scope.aims and is_title(text, n):
            np = D.parse_np(text.strip(), 0, lex)
            if np and set(D.addressee_kinds(np[0], lex)) - {"other"}:
                scope = NodeScope(addressee=np[0], header_only=True, tasks=True)
        out.append(scope)
    return out


def is_title(text: str, node: Node) -> bool:
    """A numbered item that only names the section its sub-items make up: short, no sentence end of its own, and
    items below it."""
    body = text.strip()
    return (
        bool(node.children) and node.kind == "item" and len(body.split()) <= _TITLE_WORDS and body[-1:] not in ".;:!?…"
    )
