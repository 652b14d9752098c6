"""Component "directives": the directives of every sentence (the recogniser, then an official text's outline), as
Assignment facts with their deadline, its last day, and their urgency."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import directives as D
from . import official
from .deadlines import deadline_date
from .facts import Assignment, Sentence, Statement
from .pipeline import Spans, Work

if TYPE_CHECKING:
    from ..lexicon import Lexicon


def read(work: Work) -> None:
    """Directives and proposals of the document; leaves each sentence's raw directives and the tasks' spans."""
    from .home import authority_office, issuer_office

    # "BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG / … QUYẾT ĐỊNH:": who decides speaks the text, not the first leader its
    # recipients or bases name
    authority = authority_office(work.doc, work.lex) if work.doc.issuer else None
    office = issuer_office(work.doc, work.lex) if official.is_official(work.doc) else None
    council = not authority and office and work.lex.re("home.council_issuer").match(office)
    if council:
        authority = office  # a People's Council speaks its resolution, not the committee its preamble names first
    _recognise(work, authority)
    if council:
        # every provision of a council's resolution is the council's, also where it asks the committee to direct
        # others ("Đề nghị UBND tỉnh chỉ đạo các ngành chức năng …", "Ủy ban nhân dân tỉnh tìm giải pháp …")
        for _, raws in work.recognised:
            for r in raws:
                r.assigner = authority
    if official.is_official(work.doc):
        # the issuer speaks when it is a leader's office ("THỦ TƯỚNG CHÍNH PHỦ"): a preamble's "Chính phủ, Thủ tướng
        # Chính phủ đã kịp thời chỉ đạo …" names no new speaker; an office that conveys a leader's conclusions
        # ("VĂN PHÒNG CHÍNH PHỦ") gives way to the leader the text names
        own = office if office and office in work.lex.leader_canonical else None
        leader = authority or own or work.recognised_leader or office
        work.recognised = official.revisit(work.doc, work.sents, work.recognised, leader, work.lex)
        for _, raws in work.recognised:
            for r in raws:
                r.assigner = r.assigner or leader  # the issuer gives every task the text attributes to no one
    for s, raws in work.recognised:
        official.date_by_close(raws, work.sentence(s), work.lex)
    work.task_spans = Spans(_add_assignments(work))
    ref = work.doc.event_date or work.doc.published
    for a in work.facts.assignments:
        when = deadline_date(a.deadline, ref, work.lex)
        a.deadline_date = when.isoformat() if when else None


def _recognise(work: Work, authority: str | None) -> None:
    """Sentence by sentence, with the passage state carried along; a heading closes any passage. authority: the
    office an official text's heading says decides, its speaker until another is named."""
    text, lex = work.text, work.lex
    recogniser = D.Recogniser(lex, D.find_pm_name(text, lex))
    chairs = work.chairs_raw
    state = D.DirectiveState(
        text=text,
        people_source=lambda: _people(text, chairs, lex),
        official=bool(work.doc.issuer),
        issuer=work.doc.issuer or "",
    )
    state.doc_leader = state.last_leader = authority
    term_line = lex.re("assignments.term_line")
    listing = official.listing_paragraphs(work.doc, lex) if work.doc.issuer else set()
    for s in work.sents:
        sent = work.sentence(s)
        if s.para in listing:
            work.recognised.append((s, []))  # recipients, or bodies and their scopes: no task of their own
            continue
        if term_line.match(sent):
            work.recognised.append((s, []))  # dates the tasks before it (_add_assignments)
            continue
        para = work.doc.paragraphs[s.para]
        if para.kind == "heading":
            state.heading()  # "IV. TỔ CHỨC THỰC HIỆN" closes the section's list
            continue
        opens_item = para.marker if para.kind == "list_item" and s.first_in_para else None
        found, proposal = recogniser.recognise(
            sent,
            s.start,
            state,
            is_list_item=para.kind == "list_item",
            opens_item=opens_item,
            caption=s.kind == "caption",
        )
        if proposal:
            work.facts.proposals.append(
                Statement(proposal.text, "quốc gia", sent, proposal.start, proposal.end, proposal.by)
            )
        if found and para.kind == "body":
            found = _unless_proposed(work, text[para.start : para.end], sent, found)
        work.recognised.append((s, found))
        if s.kind == "lead" and s.first_in_para and not state.official:
            _headline(work, recogniser, sent, state)
    work.recognised_leader = state.doc_leader


def _headline(work: Work, recogniser: D.Recogniser, lead: str, state: D.DirectiveState) -> None:
    """The headline's directive, when the lead calls it a leader's ("Đó là chỉ đạo của …"): titles are not read
    as sentences, so it is recognised here, with the headline as its sentence."""
    title = next((i for i, p in enumerate(work.doc.paragraphs) if p.kind == "title"), None)
    if title is None:
        return
    p = work.doc.paragraphs[title]
    head = Sentence(p.start, p.end, title, "title", True)
    found = recogniser.headline_tasks(lead, work.sentence(head), p.start, state)
    if found:
        work.recognised.insert(0, (head, found))


def _unless_proposed(work: Work, para: str, sent: str, found: list[D.RawAssignment]) -> list[D.RawAssignment]:
    """A paragraph that ends by naming its speaker with a proposal verb ("… - ông Sử đề xuất.") is that speaker's
    proposal: what it says someone "cần" do goes to the proposals, and no task is left."""
    m = work.lex.re("assignments.quoted_proposal").search(para)
    if not m:
        return found
    for d in found:
        text = f"{d.assignee} {d.task}" if d.assignee else d.task
        work.facts.proposals.append(Statement(text, "quốc gia", sent, d.task_start, d.task_end, m.group("by").strip()))
    return []


def _people(text: str, chairs, lex: Lexicon) -> dict[str, str]:
    from .participation import find_people, find_titled_people

    # "Nguyễn Văn A, Chủ tịch …", and "Bí thư Tỉnh ủy Cà Mau Dương Thanh Bình": the office after or before the name
    titled = find_titled_people(text, lex.gazetteer, lex)
    return titled | find_people(text, lex) | {c.name: c.title for c in chairs if c.title}


def _add_assignments(work: Work) -> list[tuple[int, int]]:
    """The directives found, sentence by sentence, as facts; returns their tasks' spans."""
    spans: list[tuple[int, int]] = []
    last_found: list[Assignment] = []  # the assignments of the last sentence that gave some
    term_line = work.lex.re("assignments.term_line")
    for s, found in work.recognised:
        sent = work.sentence(s)
        term = term_line.match(sent)
        if term:
            # "Thời hạn hoàn thành: tháng 6/2026." on its own line dates the task(s) just before it
            for a in last_found:
                a.deadline = a.deadline or term.group("when").strip()
            continue
        last_found = []  # a term line dates the tasks of the sentence right before it, not older ones
        for directive in found:
            if _lead_in_only(directive.task, work.lex):
                continue  # "… cần thực hiện tốt những việc cụ thể sau đây:", "về kỹ thuật và chất lượng:": a lead-in
            work.facts.assignments.append(_assignment(work, directive, sent, s.kind == "caption"))
            # the addressee right before its task is the directive's too: "các đơn vị trên 2 tuyến biên giới" has no
            # count of its own to report
            named = work.text.rfind(directive.assignee, s.start, directive.task_start) if directive.assignee else -1
            spans.append((named if named >= 0 else directive.task_start, directive.task_end))
            last_found.append(work.facts.assignments[-1])
    return spans


def _lead_in_only(task: str, lex: Lexicon) -> bool:
    """A "task" that only announces the items after it: "cần thực hiện tốt những việc cụ thể sau đây:", a topic
    ("về kỹ thuật và chất lượng:"), or a duty with nothing after it ("Có trách nhiệm:"); or one that only says a
    leader directed "many points" ("… chỉ đạo nhiều nội dung tại buổi làm việc.")."""
    t = task.strip()
    if lex.re("assignments.topic_only").fullmatch(t):
        return True  # also "nhiều nội dung tại buổi làm việc": what was directed is not given
    return t.endswith(":") and bool(
        lex.re("directives.list_intro").search(t) or lex.re("assignments.members_intro").search(t)
    )


def _named_back(work: Work, assignee: str | None, before: int) -> str | None:
    """The body a bare head noun refers back to ("công ty" after "Thăm Công ty Cổ phần Nước sạch Quảng Trị"): the
    last one of that head the text named before; the noun as written when there is none."""
    lex = work.lex
    if not assignee or not lex.re("assignments.generic_head").fullmatch(assignee):
        return assignee
    named = {m.group(0) for m in lex.re("assignments.named_body").finditer(work.text, 0, before)}
    named = {n for n in named if n.lower().startswith(assignee.lower() + " ")}
    return named.pop() if len(named) == 1 else assignee  # several ("Công ty …; Công ty …"): which is not said


def _assignment(work: Work, directive: D.RawAssignment, sent: str, caption: bool) -> Assignment:
    directive.assignee = _named_back(work, directive.assignee, directive.task_start)
    # "…, Thành Đoàn... phát động …": the dots close the list of addressees, the task starts after them
    task = directive.task.lstrip(" .…")
    directive.task_start += len(directive.task) - len(task)
    parts = work.lex.re("assignments.parts_follow").search(task)
    if parts and parts.start() > 0:  # "…, đồng thời chủ động triển khai công tác ứng phó …, trong đó:"
        directive.task_end -= len(task) - parts.start()
        task = task[: parts.start()]
    directive.task = _quote_closed(task)
    # "UBND 2 tỉnh Bắc Ninh và Bắc Giang" names one province since their merger: once
    prov = list(dict.fromkeys(m.province.name for m in work.lex.gazetteer.find_mentions(directive.assignee or "")))
    deadline, urgency = _deadline_or_urgency(directive.deadline, directive.task, work.lex)
    return Assignment(
        assigner=directive.assigner,
        assignee=directive.assignee,
        task=directive.task,
        deadline=deadline,
        sentence=sent,
        start=directive.task_start,
        end=directive.task_end,
        cue=directive.cue,
        assignee_explicit=directive.assignee_explicit,
        addressee_kinds=directive.kinds + (["province"] if prov else []),
        provinces=prov,
        from_caption=caption,
        urgency=urgency,
    )


def _quote_closed(task: str) -> str:
    """A task that quotes words going on past its sentence ('phải "coi khách hàng là bạn đồng hành, là người nuôi mình.
    Một người …"') ends inside the quotation: it is closed as cut ('… người nuôi mình…"'), never left open."""
    marks = [c for c in task if c in '"“”']  # '"bốn tại chỗ”' is closed: a pair, whichever marks it uses
    if len(marks) % 2 == 0 or marks[-1] == "”":
        return task  # a lone closing mark ends a quotation opened before the task: nothing to close
    return task.rstrip(" .,;") + ("…”" if marks[-1] == "“" else '…"')


def _deadline_or_urgency(deadline: str | None, task: str, lex: Lexicon) -> tuple[str | None, str | None]:
    """A date or period is a deadline; "khẩn trương", "ngay", "kịp thời", "sớm" say how soon, and are urgency."""
    urgency = official.urgency_of(task, lex)
    if deadline and not any(c.isdigit() for c in deadline) and official.urgency_of(deadline, lex) == deadline.lower():
        if not urgency and deadline.lower() in task.lower():
            return None, None  # the task's word says why ("để kịp thời phát hiện"), not how soon
        return None, urgency or deadline.lower()
    return deadline, urgency


def bind_to(a: Assignment, provinces: list[str]) -> None:
    """The task goes to these provinces' briefings only, not to every locality's."""
    a.addressee_kinds = ["province"] + [k for k in a.addressee_kinds if k not in ("localities", "province")]
    a.provinces = list(dict.fromkeys(a.provinces + provinces))
