"""Component "place_scope": the scope each paragraph speaks of — a province, or the nation — carried from one
paragraph to the next; and a sentence's own scope within its paragraph's."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from . import directives as D
from .assignments import bind_to
from .districts import find_districts
from .pipeline import Work

if TYPE_CHECKING:
    from ..lexicon import Lexicon

NATION = "quốc gia"


def read(work: Work) -> None:
    """A text about one province (its own news, or a report on that province alone) speaks of it unless a paragraph
    names the nation or another province; a report of a national conference, or on several provinces, speaks of the
    nation unless a paragraph names a province."""
    topic = topic_province(work)
    scope, passage = topic or NATION, None
    starts = [p.start for p in work.doc.paragraphs]
    tasked = {bisect_right(starts, a.start) - 1 for a in work.facts.assignments}
    for i, p in enumerate(work.doc.paragraphs):
        text = work.doc.para_text(p)
        scope = paragraph_scope(text, scope, work.lex, work.home or topic, topic)
        scope, passage = _in_passage(text, p.kind, i in tasked, scope, passage, work.lex)
        work.para_scopes.append(scope)
    _bind_unaddressed(work)
    _bind_leaders(work)


def _in_passage(
    text: str, kind: str, gives_tasks: bool, scope: str, passage: str | None, lex: Lexicon
) -> tuple[str, str | None]:
    """A report on several provinces gives each a passage: "Với Bắc Giang, Thủ tướng …" or "Tại Quảng Ngãi, Chủ tịch
    UBND tỉnh …" and the paragraphs after it ("Thủ tướng lưu ý …", "Ông Giang yêu cầu …") speak of that province,
    until a sub-heading, a paragraph on another province, or one on the nation or on all localities. Returns the
    paragraph's scope and the passage still open."""
    if kind in ("title", "lead"):
        return scope, None
    if _named_local(text, lex):
        # a leader's passage opens on a paragraph that gives tasks; one that reports a province's figures ("Tại tỉnh
        # Lai Châu, 6 tháng đầu năm …") speaks of it alone
        return scope, scope if gives_tasks else None
    if kind == "caption":
        return scope, passage  # a photo's caption neither ends a passage nor takes its scope
    if passage is None or kind == "heading" or lex.re("place_scope.subheading").fullmatch(text.strip()):
        return scope, None
    if lex.re("place_scope.passage_end").search(text[:60]):
        return scope, None
    if scope in (NATION, passage):
        return passage, passage
    return scope, None


def _bind_unaddressed(work: Work) -> None:
    """A directive that names no province goes to the province its paragraph speaks of, when it is addressed to no
    one, or to that province's own bodies: "Thủ tướng yêu cầu tỉnh Bắc Giang … / Rà soát lại thiệt hại …" in a
    report of his visit, "Tại Quảng Ngãi, Chủ tịch UBND tỉnh … yêu cầu các cơ quan, đơn vị …" in a roundup. A task
    for a ministry, an embassy or a company stays theirs."""
    doc = work.doc
    starts = [p.start for p in doc.paragraphs]
    for a in work.facts.assignments:
        if a.provinces or {"ministry", "embassy", "enterprise", "localities"} & set(a.addressee_kinds):
            continue
        if work.lex.re("place_scope.central_body").search(a.assignee or ""):
            continue  # "Tổng cục Thủy sản", "Cục Cảnh sát": the nation's departments
        i = bisect_right(starts, a.start) - 1
        scope = work.para_scopes[i] if 0 <= i < len(work.para_scopes) else NATION
        if scope == NATION and work.lex.re("place_scope.anaphor").fullmatch(a.assignee or ""):
            # "… yêu cầu tỉnh thực hiện tốt …": the bare "tỉnh" is the province the paragraph before spoke of
            scope = work.para_scopes[i - 1] if i > 0 else NATION
        if scope != NATION:
            bind_to(a, [scope])


def _bind_leaders(work: Work) -> None:
    """A provincial leader named without his province ("Chủ tịch UBND tỉnh Phạm Anh Tuấn", "Ông Giang yêu cầu …") in
    a report on several provinces gives the tasks of the province the text introduced him in ("Tại Bình Định, Chủ
    tịch UBND tỉnh Phạm Anh Tuấn yêu cầu …"), else of the one province the title names ("Sạt lở ở Hà Giang: …"),
    whoever he addresses: a province's leader directs its own bodies and localities ("các Sở ngành, địa phương trên
    địa bàn")."""
    doc, lex = work.doc, work.lex
    starts = [p.start for p in doc.paragraphs]
    in_title = {m.province.name for m in lex.gazetteer.find_mentions(doc.title or "")}
    for a in work.facts.assignments:
        if a.provinces or not D.is_provincial(a.assigner, lex) or lex.gazetteer.find_mentions(a.assigner or ""):
            continue
        first = work.text.find(a.assigner or "")
        scopes = [work.para_scopes[bisect_right(starts, at) - 1] for at in (first, a.start) if at >= 0]
        whose = next((s for s in scopes if s != NATION), None)
        if whose is None and len(in_title) == 1:
            whose = next(iter(in_title))
        if whose:
            bind_to(a, [whose])


def topic_province(work: Work) -> str | None:
    """The one province the text is about: the province of its own news (not a national conference it joins at a
    bridge point), the only province it reports on, or the only one its title names among those; none for a central
    leader's meeting with several."""
    doc, facts, lex = work.doc, work.facts, work.lex
    if lex.re("place_scope.national_event").search(" ".join([doc.title or "", doc.lead])):
        return None  # "Bộ Nội vụ tổ chức hội nghị trực tuyến toàn quốc …": the province only joins it
    chair = facts.central_chair or ""
    if chair and not D.is_provincial(chair, lex):
        # a central leader chairs: a national meeting the provinces join, unless he meets one province ("Thủ tướng
        # làm việc với tỉnh Lào Cai")
        return _met_province(doc.lead, lex)
    if work.home:
        return work.home
    if len(facts.provinces) == 1:
        return facts.provinces[0]  # "Thủ tướng dự Lễ khánh thành … tại Lào Cai": the text is about Lào Cai
    in_title = {m.province.name for m in lex.gazetteer.find_mentions(doc.title or "")} & set(facts.provinces)
    if len(in_title) == 1:
        return in_title.pop()  # "Sạt lở ở Hà Giang: …" sent to the region's provinces
    return _local_dateline(doc.lead, facts.provinces, lex)


def _local_dateline(lead: str, provinces: list[str], lex: Lexicon) -> str | None:
    """The province of a local event the lead's dateline places below the province ("Sáng 10/12, tại huyện Gia Bình
    (tỉnh Bắc Ninh), Thủ tướng dự lễ khởi công …"); a dateline in a city ("tại Hà Nội") may be a national event's."""
    m = lex.re("home.dateline_place").match(lead)
    if not m or not lex.re("home.local_unit").search(m.group("place")):
        return None
    place = m.group("place")
    named = {x.province.name for x in lex.gazetteer.find_mentions(place)}
    named |= {d.province for d in find_districts(place, lex) if d.province}
    named &= set(provinces)
    return named.pop() if len(named) == 1 else None


def _met_province(lead: str, lex: Lexicon) -> str | None:
    """The province a central leader meets: "Thủ tướng … làm việc với Ban Thường vụ Tỉnh ủy Lào Cai"."""
    m = lex.re("place_scope.meeting_with").search(lead)
    if not m:
        return None
    mentions = lex.gazetteer.find_mentions(lead[: m.end() + 40])
    return mentions[-1].province.name if mentions and mentions[-1].start == m.end() else None


def paragraph_scope(
    para: str, previous: str, lex: Lexicon, home: str | None = None, own_news: str | None = None
) -> str:
    """ "Tại tỉnh Lào Cai, …" speaks of Lào Cai; "Bên cạnh đó, …" or "toàn tỉnh" carries the scope before it."""
    named = _named_local(para, lex)
    if named:
        return named
    anaphor = lex.re("place_scope.anaphor")
    if previous != NATION and (lex.re("place_scope.continued_paragraph").match(para) or anaphor.search(para[:60])):
        return previous
    if home and anaphor.search(para[:80]):
        return home
    if own_news and not lex.re("place_scope.national_subject").search(para[:60]):
        return own_news
    if not own_news:
        return _sole_named(para, lex) or NATION
    return NATION


def sentence_scope(sent: str, para_scope: str, lex: Lexicon) -> str:
    """A sentence that opens on a province speaks of it; one whose subject is the nation, of the nation."""
    named = _named_local(sent, lex)
    if named:
        return named
    if para_scope != NATION and lex.re("place_scope.national_subject").search(sent[:40]):
        return NATION
    return para_scope


def _named_local(text: str, lex: Lexicon) -> str | None:
    """The province a text opens on: "Tại tỉnh Lào Cai, …", "Riêng thành phố Hà Nội …", "Với Bắc Giang, …",
    "Trong khi đó, tại tỉnh Quảng Nam, …"."""
    m = lex.re("place_scope.local_scope").match(text)
    if m:
        # the whole head is searched: "Hồ Chí Minh" is the city only after "thành phố"
        mentions = lex.gazetteer.find_mentions(text[: m.end() + 40])
        if mentions and mentions[0].start == m.end():
            return mentions[0].province.name
    return None


def _sole_named(para: str, lex: Lexicon) -> str | None:
    """The province a paragraph of a report on several provinces speaks of: the only one its first sentence names as
    a province ("tỉnh X", "địa bàn X"), not in the name of a facility or a body named after it, and not beside the
    nation ("Theo báo nhanh của Bộ Chỉ
    huy Bộ đội Biên phòng tỉnh Quảng Nam, … địa phương này có 206 tàu cá")."""
    first = para.split(". ")[0]
    if lex.re("place_scope.national_subject").search(first) or lex.re("place_scope.national_event").search(first):
        return None  # "Bộ NN&PTNT kết hợp với UBND tỉnh An Giang tổ chức Hội nghị …": the host of a national event
    facility, head = lex.re("participation.facility_before"), lex.re("place_scope.province_named")
    mentions = [
        m for m in lex.gazetteer.find_mentions(first) if not facility.search(first[max(0, m.start - 60) : m.start])
    ]
    named = {m.province.name for m in mentions}
    if len(named) == 1 and any(head.search(first[: m.start]) for m in mentions):
        return named.pop()
    return None
