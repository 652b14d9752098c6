"""Directives of an official text read from its outline: each task under the addressee its heading or lead-in names.

The sentence-by-sentence recogniser (extract/directives.py) reads prose: a leader, a cue, an addressee, a task. In a
chỉ thị, kế hoạch or công văn most tasks are list items with no subject at all ("b) Chủ trì, phối hợp với …"): their
addressee is the heading above them ("1. Bộ Kế hoạch và Đầu tư:"). This component revisits the sentences of such
items: where the recogniser found the item's own subject it is kept; a bare task under a scope becomes a directive of
the scope's addressee (or of no one named, in a section of tasks); headings and lead-ins are never tasks.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..corpus.model import Document
from . import directives as D
from .facts import Sentence
from .outline import Node, Outline, build_outline
from .scope import inherited_scopes, is_title, letter_recipients, own_scopes

if TYPE_CHECKING:
    from ..lexicon import Lexicon


# how far a body's full name may run at an item's start ("Trung tâm Truyền thông tài nguyên và môi trường, Báo Tài
# nguyên và Môi trường, Tạp chí Tài nguyên và Môi trường có trách nhiệm …")
_NAME_CHARS = 200
# lower-case syllables in a row that a body's name may hold ("Trung tâm Truyền thông tài nguyên và môi trường")
_NAME_LOWER = 7


def is_official(doc: Document) -> bool:
    """An official text: the parser found its heading (issuer, number, kind)."""
    return bool(doc.issuer)


def task_start(sent: str, lex: Lexicon) -> int | None:
    """Where the task verb of a bare task starts in sent (after an opener), or None when sent opens no task.
    A guidance item may carry a letter the parser left in the text ("a/ Báo cáo …") and a topic before a colon
    ("Kinh phí điều trị: căn cứ …", "Đối với kinh phí công tác mộ, nghĩa trang liệt sỹ: Xây dựng …"), and gives its
    task as what to base a step on ("căn cứ … để xây dựng dự toán …"). Patterns: config/rules/official.yaml."""
    if lex.re("directives.conditional_task").match(sent):
        return 0  # "Đối với các trường hợp … thì tiếp tục thực hiện hỗ trợ …": the case is part of the task
    at = _past_openers(sent, lex)
    label = lex.re("official.topic_label").match(sent[at:])
    if label and _names_addressee(sent[at : at + label.end()], lex):
        label = None  # "Các bộ, ban, ngành khác: Căn cứ …": an addressee before the colon, no topic
    letter = lex.re("official.letter_marker").match(sent)
    # past the openers, past a topic, or the whole item ("Căn cứ vào nội dung, nhiệm vụ của Kế hoạch này xây dựng …")
    for begin in (at, at + label.end() if label else at, letter.end() if letter else 0):
        rest = sent[begin:]
        if any(
            lex.re(r).match(rest) for r in ("directives.task_start", "official.item_task", "official.guidance_task")
        ):
            return begin
    return None


def _past_openers(sent: str, lex: Lexicon) -> int:
    """Where an item's words start past what may stand before its subject or task: a letter the parser left ("a/ "),
    an opener ("Trước mắt, ", "Căn cứ ý kiến chỉ đạo trên, ") and the duties it is done by ("theo chức năng,
    nhiệm vụ, ")."""
    at = 0
    # the patterns are anchored with "^", which a match from a position never satisfies: match the rest itself
    for rule in ("official.letter_marker", "official.duty_opener", "official.opener", "official.duty_opener"):
        m = lex.re(rule).match(sent[at:])
        at += m.end() if m else 0
    return at


def _names_addressee(label: str, lex: Lexicon) -> bool:
    np = D.parse_np(label, 0, lex)
    return bool(np and set(D.addressee_kinds(np[0], lex)) - {"other"})


def own_subject(sent: str, lex: Lexicon, bodies: list[str] | None = None) -> tuple[str, int] | None:
    """The sentence's own addressee and the end of it, when it opens with one that a task or an obligation follows;
    bodies: those the text sets up, whose whole name is one subject ("Ban Chỉ đạo thực hiện hỗ trợ nhà ở …")."""
    at = _past_openers(sent, lex)
    body = D.body_subject(sent, at, bodies or [])
    np = body or D.parse_np(sent, at, lex)
    # a body of a known kind ("Sở Tài chính"), bodies named as a group ("các cơ quan, đơn vị liên quan"), or one the
    # text has set up
    if np and (body or set(D.addressee_kinds(np[0], lex)) - {"other"} or lex.re("official.group").match(np[0])):
        stray = lex.re("directives.subject_comma").match(sent, np[1])  # "Trưởng thôn ấp, …, hướng dẫn …"
        rest = sent[stray.end() if stray else np[1] :].lstrip()
        duties = lex.re("official.duty_opener").match(rest)  # "Các Bộ, ngành liên quan khác trong phạm vi chức năng, …"
        rest = rest[duties.end() :] if duties else rest
        if lex.re("official.after_subject").match(sent, np[1]) or _opens_task(rest, lex):
            return np  # "Ủy ban nhân dân xã, phường, thị trấn thành lập Ban Chỉ đạo …": a verb of administrative work
    return _named_body(sent, at, lex)


def _named_body(sent: str, at: int, lex: Lexicon) -> tuple[str, int] | None:
    """A body named in full at an item's start, its name holding words the phrase parser stops at ("Cục Viễn thám quốc
    gia chủ trì, …", "Viện Chiến lược, Chính sách tài nguyên và môi trường nghiên cứu …"): the name runs from a body's
    head and a capitalised word to the first lower-case word that opens a task or an obligation. A name holds no
    clause: no ";", ":" or ".", no word that says what the body does besides ("thông báo", "căn cứ", "về"), and not
    more than a few lower-case syllables in a row ("… tài nguyên và môi trường")."""
    head = lex.re("official.named_body").match(sent[at:])
    if not head or not sent[at + head.end() - 1].isupper():
        return None
    stop = lex.re("official.name_stop")
    lower = 0  # lower-case syllables in a row
    for p in range(at + head.end(), min(len(sent), at + _NAME_CHARS)):
        if sent[p] in ";:.":
            return None
        if sent[p - 1] != " ":
            continue
        lower = lower + 1 if sent[p].islower() else 0
        if not lower:
            continue
        if stop.match(sent[p:]) or lower > _NAME_LOWER:
            return None  # "Văn phòng Chính phủ thông báo …", "Bộ Tài chính căn cứ quy định …": the body speaks or acts
        if _opens_task(sent[p:], lex) or lex.re("official.after_subject").match(sent, p - 1):
            return sent[at:p].strip(" ,"), p - 1
    return None


def _opens_task(rest: str, lex: Lexicon) -> bool:
    """Whether rest opens with a task verb that a task follows ("chủ trì, phối hợp …"; not "phòng;" of "Bộ Quốc phòng;")."""
    for rule in ("directives.task_start", "official.item_task"):
        m = lex.re(rule).match(rest)
        if m and rest[m.end() : m.end() + 1] not in (";", ":", ".", ")", ""):
            return True
    return False


def revisit(
    doc: Document,
    sents: list[Sentence],
    found: list[tuple[Sentence, list[D.RawAssignment]]],
    default_assigner: str | None,
    lex: Lexicon,
) -> list[tuple[Sentence, list[D.RawAssignment]]]:
    """The recogniser's directives per sentence, revised by the outline: bare tasks under a scope are added with the
    scope's addressee; a task the recogniser gave an inherited or a wrong addressee gets the scope's."""
    outline = build_outline(doc, lex)
    own = own_scopes(doc, outline, lex)
    inherited = inherited_scopes(outline, own, letter_recipients(doc, outline, lex))
    bodies = D.bodies_set_up(doc.text, lex)
    out = []
    for s, raws in found:
        idx = outline.by_para.get(s.para)
        if idx is None:
            out.append((s, raws))
            continue
        node, scope, me = outline.nodes[idx], inherited[idx], own[idx]
        if _section_title(doc.text, node):
            out.append((s, []))  # "1. Xác định đối tượng được hỗ trợ về nhà ở" over "1.1. …", "1.2. …": a title
            continue
        if scope.aims and node.kind != "heading":
            # "I. MỤC ĐÍCH, YÊU CẦU / - Bảo đảm sự phối hợp thường xuyên …": aims, not tasks; a body named with its
            # own obligation there ("Các đơn vị chủ trì … có trách nhiệm …") is still given one
            out.append((s, [r for r in raws if r.assignee_explicit]))
            continue
        if node.kind == "heading" or not scope.tasks or me.header_only:
            out.append((s, raws))
            continue
        addressees = (me.addressee, scope.addressee, default_assigner)
        out.append((s, _revise(doc.text, s, raws, node.kind, addressees, bodies, lex)))
    out = [(s, [part for r in raws for part in split_by_deadline(r, lex)]) for s, raws in out]
    _date_by_items(doc, outline, out, lex)
    _date_sections(doc, outline, out, lex)
    _date_by_leadins(doc, outline, out, lex)
    return out


def split_by_deadline(raw: D.RawAssignment, lex: Lexicon) -> list[D.RawAssignment]:
    """An item that sets two deadlines for two tasks joined by ";" is two tasks ("Định kỳ báo cáo … vào thứ Sáu hàng
    tuần …; báo cáo tổng thể kết quả thực hiện trước ngày 05 tháng 7 năm 2026"): each keeps its own, and a part that
    names its own subject is that subject's ("…; Sở Tài chính tổng hợp …"). Parts with no deadline stay with the part
    before them."""
    task = raw.task
    if ";" not in task:
        return [raw]
    cuts = [0] + [i + 1 for i, c in enumerate(task) if c == ";"] + [len(task) + 1]
    groups: list[list] = []  # [start, end, deadline]
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = task[a : b - 1]
        due = D.find_deadline(piece, lex)
        if groups and not (due and groups[-1][2] and due != groups[-1][2]):
            groups[-1][1] = b - 1
            groups[-1][2] = groups[-1][2] or due
        else:
            groups.append([a, b - 1, due])
    if len(groups) < 2:
        return [raw]
    out: list[D.RawAssignment] = []
    for a, b, due in groups:
        lead = len(task[a:b]) - len(task[a:b].lstrip())
        text = task[a:b].strip(" ;.")
        start = raw.task_start + a + lead
        part = replace(raw, task=text, task_start=start, task_end=start + len(text), deadline=due)
        subject = own_subject(text, lex) if out else None
        if subject:  # "…; Sở Tài chính tổng hợp báo cáo … trước ngày 20/12": the part names whose it is
            part = replace(part, assignee=subject[0], assignee_explicit=True, kinds=D.addressee_kinds(subject[0], lex))
        out.append(part)
    return out


def _section_title(text: str, node: Node) -> bool:
    """A numbered item that only names the section its sub-items make up: its words are a title, never a task."""
    return is_title(text[node.start : node.end], node)


def _date_by_items(
    doc: Document, outline: Outline, found: list[tuple[Sentence, list[D.RawAssignment]]], lex: Lexicon
) -> None:
    """A plan's item that closes on a time in brackets ("2. Tổ chức quán triệt …. Phát huy sức mạnh … (Quý IV/2013,
    Quý I/2014 và thường xuyên).") gives it to each task of the item, in whichever of its sentences: the item's time
    is nearer than its section's or its heading's, which then do not replace it."""
    for i, node in enumerate(outline.nodes):
        if node.kind != "item":
            continue
        m = lex.re("official.item_time").search(doc.text[node.start : node.end])
        if not m or not lex.re("official.is_due").search(m.group("when")):
            continue
        end = _subtree_end(outline, i)
        for _, raws in found:
            for r in raws:
                if node.start <= r.task_start < end and not _dated_own(r.deadline, lex):
                    r.deadline = m.group("when").strip()


def _date_sections(
    doc: Document, outline: Outline, found: list[tuple[Sentence, list[D.RawAssignment]]], lex: Lexicon
) -> None:
    """A kế hoạch states once per section who leads its tasks and when they are due ("2. Cơ quan chủ trì, phối hợp
    / a) Cơ quan chủ trì / - Ban Chỉ đạo quốc gia.", "3. Thời gian thực hiện: Tháng 12/2013 và thường xuyên."):
    each task of the section without an addressee or a date of its own takes them."""
    timed: list[tuple[int, int]] = []  # sections that state their own time, due or not
    for i, node in enumerate(outline.nodes):
        text = doc.text[node.start : node.end]
        time, lead = lex.re("official.section_time").match(text), lex.re("official.lead_agency").match(text)
        if time:
            timed.append(_section_span(doc, outline, i, lex))
        if time and not lex.re("official.is_due").search(time.group("when")):
            time = None  # "Từ tháng 11/2013 trở đi" starts the work, "6 tháng, hằng năm" repeats it: neither is due
        if not (time or lead):
            continue
        start, end = _section_span(doc, outline, i, lex)
        if lead:
            agencies = _lead_agencies(doc, outline, i, node.start + lead.end())
        for _, raws in found:
            for r in raws:
                if not start <= r.task_start < end:
                    continue
                if time and not _dated_own(r.deadline, lex):
                    r.deadline = time.group("when").strip()
                if lead and agencies and not r.assignee:
                    r.assignee, r.kinds = agencies, D.addressee_kinds(agencies, lex)
    _date_by_headings(doc, outline, found, timed, lex)


def _date_by_headings(
    doc: Document,
    outline: Outline,
    found: list[tuple[Sentence, list[D.RawAssignment]]],
    timed: list[tuple[int, int]],
    lex: Lexicon,
) -> None:
    """A section heading that sets a horizon ("C. MỘT SỐ NỘI DUNG, GIẢI PHÁP TRỌNG TÂM TỪ NAY ĐẾN NĂM 2015") dates
    every task of its section that has no date of its own, unless a section below states its own time ("Thời gian
    thực hiện: Từ tháng 11/2013 trở đi" is no deadline, and the heading's horizon does not make it one)."""
    for i, node in enumerate(outline.nodes):
        if node.kind != "heading":
            continue
        horizon = lex.re("official.heading_horizon").search(doc.text[node.start : node.end])
        if not horizon:
            continue
        end = _subtree_end(outline, i)
        for _, raws in found:
            for r in raws:
                if not node.end <= r.task_start < end or any(a <= r.task_start < b for a, b in timed):
                    continue
                if not _dated_own(r.deadline, lex):
                    r.deadline = horizon.group(0).strip()


def _date_by_leadins(
    doc: Document, outline: Outline, found: list[tuple[Sentence, list[D.RawAssignment]]], lex: Lexicon
) -> None:
    """A lead-in that gives a date ("…, báo cáo Thủ tướng Chính phủ trong tháng 3 năm 2020 các vấn đề sau:") dates
    the items it introduces, those without a date of their own. Only its last clause counts: the time of what
    happened ("Từ ngày 25 đến 27/10/2025, … mưa lớn …") or of an aim ("Để đảm bảo hỗ trợ … trong năm 2013, Bộ Xây
    dựng đề nghị …") is no deadline."""
    for i, node in enumerate(outline.nodes):
        if node.kind != "leadin" or not node.children:
            continue
        text = doc.text[node.start : node.end]
        when = D.find_deadline(text[max(text.rfind(","), text.rfind(". ")) + 1 :], lex)
        if not _dated_own(when, lex):
            continue
        end = _subtree_end(outline, i)
        for _, raws in found:
            for r in raws:
                if node.end <= r.task_start < end and not _dated_own(r.deadline, lex):
                    r.deadline = when


def date_by_close(raws: list[D.RawAssignment], sent: str, lex: Lexicon) -> None:
    """A report or submission that closes the sentence with a date ("…; đề xuất …; trình Thủ tướng Chính phủ trước
    ngày 20 tháng 3 năm 2020.", "…, báo cáo Chính phủ trước ngày 15/3/2020 để báo cáo cấp có thẩm quyền.") ends the
    work the sentence gives: its date is when the tasks before it are due;
    a date inside a task ("không tổ chức kiểm tra định kỳ trong năm 2020 đối với …") is not, nor a report's
    recurring date, nor one of lettered items ("a) khẩn trương hoàn thiện …; b) báo cáo … trước ngày 25 hằng tháng")."""
    if len(raws) < 2 or lex.re("directives.item_letter").search(sent):
        return
    last = None
    for m in lex.re("directives.deadline").finditer(sent):
        last = m
    if not last or not any(c.isdigit() for c in last.group(0)) or lex.re("directives.recurring").search(last.group(0)):
        return
    before = sent[: last.start()]
    clause = before[max(before.rfind(","), before.rfind(";")) + 1 :]
    if not lex.re("official.closing_tail").fullmatch(sent[last.end() :]) or not lex.re("official.report").match(clause):
        return  # "…; phân bổ chi tiết kế hoạch vốn trước ngày 31/01/2026": the allocation's own date
    for r in raws:
        if not _dated_own(r.deadline, lex) and not lex.re("official.standing_task").match(r.task):
            r.deadline = last.group(0)  # not "thực hiện nghiêm các ý kiến chỉ đạo …": a standing duty


def _subtree_end(outline: Outline, i: int) -> int:
    """Where the node's section ends: the end of its last descendant."""
    while outline.nodes[i].children:
        i = outline.nodes[i].children[-1]
    return outline.nodes[i].end


def _section_span(doc: Document, outline: Outline, i: int, lex: Lexicon) -> tuple[int, int]:
    """The span of the section a node states something for: its parent ("I. CÔNG TÁC TUYÊN TRUYỀN" above "3. Thời
    gian thực hiện"), or its grandparent under a "2. Cơ quan chủ trì, phối hợp" item; with all below it."""
    top = outline.nodes[i].parent
    while outline.nodes[i].kind == "text" and top is not None and outline.nodes[top].kind not in ("item", "heading"):
        top = outline.nodes[top].parent  # "Thời gian hoàn tất: …" under "2.1.b. …:" closes the step "2.1. Bước 1:"
    if top is None:
        return 0, 0
    if lex.re("official.agencies_item").match(doc.text[outline.nodes[top].start : outline.nodes[top].end]):
        top = outline.nodes[top].parent
        if top is None:
            return 0, 0
    below = [n.end for j, n in enumerate(outline.nodes) if top in outline.ancestors(j)]
    return outline.nodes[top].start, max(below, default=outline.nodes[top].end)


def _lead_agencies(doc: Document, outline: Outline, i: int, after: int) -> str | None:
    """The lead agencies a "Cơ quan chủ trì" item names: after its colon, else in the items below it."""
    node = outline.nodes[i]
    inline = doc.text[after : node.end].strip(" .;")
    if inline:
        return inline
    names = [doc.text[outline.nodes[c].start : outline.nodes[c].end].strip(" .;") for c in node.children]
    return "; ".join(n for n in names if n) or None


def _revise(
    text: str,
    s: Sentence,
    raws: list[D.RawAssignment],
    kind: str,
    addressees: tuple[str | None, str | None, str | None],
    bodies: list[str],
    lex: Lexicon,
) -> list[D.RawAssignment]:
    """addressees: the item's own, the scope's, and the default assigner; bodies: those the text sets up."""
    own_addressee, scoped, default_assigner = addressees
    sent = text[s.start : s.end]
    if lex.re("official.article").match(sent):
        return raws  # "Điều 1. Ban hành kèm theo Quyết định này …": a decision's article, read as prose
    if kind == "leadin" or (sent.rstrip().endswith(":") and s.first_in_para):
        return (
            raws  # a lead-in ("Thực hiện Nghị định số 180/2026/NĐ-CP …. Ủy ban nhân dân tỉnh yêu cầu:"): tasks follow
        )
    subject = own_subject(sent, lex, bodies)
    if subject and raws:
        return _dated(raws, sent, lex)  # "Bộ Tài chính chủ trì …": the recogniser read a subject of its own
    # the item's own addressee before a colon, also when the sentence splitter cut the item after "Ông." ("4.1. Ông. /
    # Hoàng Văn Thuân - Trưởng đoàn: Phụ trách chung; …")
    colon = sent.find(":")
    names_own = own_addressee is not None and colon > 0 and own_addressee in sent[: colon + 1]
    heading = own_addressee if (s.first_in_para or names_own) else None
    addressee, task_from = _addressee_and_task(sent, subject, heading, scoped, lex)
    at = task_start(sent[task_from:].lstrip(), lex)
    # an item, or a further sentence of one, that obliges ("Dự toán kinh phí mộ, nghĩa trang liệt sĩ năm 2020 phải
    # thuyết minh cụ thể, …") gives a task even without a task verb, unless the recogniser read it ("Vì vậy, đề nghị
    # các địa phương ưu tiên … bị hư hỏng nặng phải …": whom it asks is said)
    if at is None and raws and addressee and all(r.assignee is None and not r.assignee_explicit for r in raws):
        # "1. Trách nhiệm chung của các cơ quan, đơn vị / - Lãnh đạo, chỉ đạo tập trung …": a task the recogniser
        # carried on from a lead-in that named no one is the section's
        return [replace(r, assignee=addressee, kinds=D.addressee_kinds(addressee, lex)) for r in raws]
    if at is None and (raws or not (kind in ("item", "text") and lex.re("official.item_obligation").search(sent))):
        return raws  # neither a task verb nor an obligation ("Việc sắp xếp … phải bảo đảm …")
    assigner = next((r.assigner for r in raws if r.assigner), default_assigner)
    lead = len(sent[task_from:]) - len(sent[task_from:].lstrip())
    begin = task_from + lead
    letter = lex.re("official.letter_marker").match(sent[begin:])
    begin += letter.end() if letter else 0  # "a/ Báo cáo …": the letter is no word of the task
    task = sent[begin:].rstrip(" .;")
    if raws and all(r.assignee and r.assignee == addressee for r in raws):
        return _dated(raws, sent, lex)
    return [
        D.RawAssignment(
            assigner,
            addressee,
            task,
            s.start + begin,
            s.start + begin + len(task),
            D.find_deadline(task, lex),
            "(đề mục)",
            bool(subject or (own_addressee and s.first_in_para)),
            D.addressee_kinds(addressee, lex),
        )
    ]


def _addressee_and_task(
    sent: str, subject: tuple[str, int] | None, heading: str | None, scoped: str | None, lex: Lexicon
) -> tuple[str | None, int]:
    """Whose task the sentence gives, and where the task starts: its own subject ("Các địa phương cần …"), the
    addressee its item opens with ("12. Đài Truyền hình Việt Nam: Chủ trì …"), else the scope's."""
    if subject:
        colon = lex.re("official.colon").match(sent[subject[1] :])
        if colon:
            return subject[0], subject[1] + colon.end()
        stray = lex.re("directives.subject_comma").match(sent, subject[1])  # "Trưởng thôn ấp, …, hướng dẫn …"
        return subject[0], stray.end() if stray else subject[1]
    if heading:
        at = sent.find(":")
        return heading, at + 1 if at != -1 else 0
    return scoped, 0


def _dated_own(deadline: str | None, lex: Lexicon) -> bool:
    """Whether a task's own deadline names a date or recurs ("thứ Sáu hàng tuần"): then no date of its item or
    section replaces it; "sớm", "ngay" do not count."""
    if not deadline:
        return False
    return any(c.isdigit() for c in deadline) or bool(lex.re("directives.recurring").search(deadline))


def _dated(raws: list[D.RawAssignment], sent: str, lex: Lexicon) -> list[D.RawAssignment]:
    """An item's date holds for each of its tasks: "Chủ trì … rà soát …; báo cáo Thủ tướng Chính phủ trong quý III
    năm 2012" gives the review its deadline too. A recurring date ("…; định kỳ hằng tháng báo cáo … trước ngày 20
    hằng tháng") is the report's own: the other tasks of the item are not due every month; nor is a standing duty
    ("thực hiện nghiêm các ý kiến chỉ đạo …; chủ trì … trình Thủ tướng Chính phủ … trước ngày 20 tháng 10 năm 2024")."""
    when = D.find_deadline(sent, lex)
    if when and any(c.isdigit() for c in when) and not lex.re("directives.recurring").search(when):
        for r in raws:
            if not _dated_own(r.deadline, lex) and not lex.re("official.standing_task").match(r.task):
                r.deadline = when
    return raws


def listing_paragraphs(doc: Document, lex: Lexicon) -> set[int]:
    """The paragraphs of an official text that list bodies and give no task: its recipients ("Kính gửi:" and the
    dashed lines after it: "- Các doanh nghiệp nhà nước thuộc UBND tỉnh quản lý;") and the items that only name a
    body and what it answers for ("- Sở Công Thương (đối với tài sản kết cấu hạ tầng …);")."""
    out: set[int] = set()
    recipients, scope = lex.re("home.recipients"), lex.re("official.scope_of_body")
    in_recipients = False
    for i, p in enumerate(doc.paragraphs):
        text = doc.para_text(p)
        dashed = p.kind == "list_item" and p.marker.startswith(("-", "–", "+"))
        in_recipients = (i < 12 and bool(recipients.match(text))) or (in_recipients and dashed)
        if (in_recipients and dashed) or (p.kind == "list_item" and scope.fullmatch(text)):
            out.add(i)
    return out


def urgency_of(task: str, lex: Lexicon) -> str | None:
    """How soon the task is due when it says so in words ("khẩn trương", "ngay", "sớm"), lower-cased."""
    m = lex.re("official.urgency").search(task)
    return m.group(1).lower() if m else None
