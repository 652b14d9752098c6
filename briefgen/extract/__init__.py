"""Extract stage: Document -> DocumentFacts (figures, assignments, participation, results, proposals, themes)."""

from __future__ import annotations

import bisect
import re

from ..corpus.model import Document
from ..gazetteer import load_gazetteer
from ..lexicon import Lexicon, load_lexicon
from ..text import sentence_spans
from . import directives as D
from . import official
from .deadlines import deadline_date
from .facts import Assignment, Chair, DocumentFacts, Figure, Sentence, Statement
from .figures import find_figures, is_realis, subject_of
from .participation import (
    find_central_chair,
    find_chairs,
    find_home_leader,
    find_people,
    find_titled_people,
    participating,
)
from .periods import Period, find_periods, resolve_asof, usable
from .themes import themes_of

__all__ = ["extract", "sentences_of", "issuer_office", "DocumentFacts"]

EXTRACTOR_VERSION = "26"  # bump when rules change: stored facts of older versions are recomputed


def sentences_of(doc: Document) -> list[Sentence]:
    out = []
    for i, p in enumerate(doc.paragraphs):
        if p.kind == "title":
            continue
        for j, s in enumerate(sentence_spans(doc.text, p.start, p.end)):
            out.append(Sentence(s.start, s.end, i, p.kind, j == 0))
    return out


_LOCAL_SCOPE = re.compile(r"^(?:Tại|Ở|Riêng|Đối với)\s+(?:tỉnh|thành phố)\s+")
# "tỉnh" on its own refers back to the province the article is about; "các tỉnh", "điểm cầu tỉnh X" do not.
_ANAPHOR = re.compile(
    r"(?<!các )(?<!cầu )(?<!những )(?<!\w)(tỉnh|toàn tỉnh|của tỉnh|trên địa bàn tỉnh|thành phố)(?!\s+[A-ZĐ])(?![\w,])"
)
_HOME_LEAD = re.compile(
    r"^(?:[^,]{0,40},\s*)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Tỉnh ủy|Tỉnh uỷ|HĐND|Sở [^,]{1,40}?)\s+(?:tỉnh|thành phố)\s+"
)
_CONT_PARA = re.compile(r"^(Cùng với đó|Đồng thời|Bên cạnh đó|Ngoài ra|Trong đó|Mặt khác|Riêng)\b")
# a figure right after another one's clause, as its change: ", tăng 30,9%", ", giảm 2,1%" (from the end of the
# figure before to the end of this one)
_CHANGE_AFTER_FIGURE = re.compile(r"[^,;.]{0,25},\s*(?P<verb>tăng|giảm)\s.{1,30}")
_TERM_LINE = re.compile(r"^\s*Thời hạn(?:\s+(?:hoàn thành|thực hiện|báo cáo))?\s*:\s*(?P<when>[^.;]{2,60})[.;]?\s*$")
_NAMED_ABOVE = re.compile(r"(?<!\w)(?:nêu trên|nói trên|có tên trên|kể trên)(?!\w)")
# A section of targets in a plan or a resolution ("II. CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030"), and a clause that sets one
# ("phấn đấu đạt …", "mục tiêu … đạt", "chỉ tiêu …"): their figures are aims, not results.
_TARGET_HEADING = re.compile(r"CHỈ TIÊU|MỤC TIÊU|PHẤN ĐẤU", re.IGNORECASE)
_TARGET_CLAUSE = re.compile(
    r"(?<!\w)(?:phấn đấu|(?<!các )(?<!những )(?<!hiện )(?<!thành )(?:mục tiêu|chỉ tiêu)|dự kiến|kế hoạch đề ra)(?!\w)[^;.]*$"
)
_DONE = re.compile(r"(?<!\w)(?:đã|hoàn thành|vượt)(?!\w)")
_HORIZON = re.compile(r"(?<!\w)(?:đến|tới)\s+năm\s+\d{4}", re.IGNORECASE)
# "Hàn Quốc hiện là nhà đầu tư …", "đến nay đã có …": a stock as of now (not the "hiện" of "thực hiện")
_AS_OF_NOW = re.compile(
    r"(?<!\w)(?:(?<![Tt]hực )(?<![Tt]hể )(?<![Xx]uất )(?<![Pp]hát )hiện(?:\s+nay|\s+(?:là|có|đang|đạt|chiếm)(?!\w))"
    r"|(?<![Tt]ừ đầu năm )(?:đến|tới) nay|lũy kế|luỹ kế)(?!\w)"
)
_REGIONAL = re.compile(r"(?<!\w)GRDP(?!\w)")
_NATIONAL_SUBJECT = re.compile(r"(?<!\w)(Việt Nam|cả nước|nước ta|toàn quốc|Chính phủ)(?!\w)")


def extract(doc: Document, lex: Lexicon | None = None) -> DocumentFacts:
    """The facts of one document. lex: the lexicon (config/'s, read once, when not given)."""
    lex = lex or load_lexicon()
    gaz = lex.gazetteer
    text = doc.text
    sents = sentences_of(doc)
    pm_name = D.find_pm_name(text)

    chairs_raw = find_chairs(text, gaz)
    provinces, mentioned = participating(
        "\n".join(doc.para_text(p) for p in doc.paragraphs if p.kind != "title"), doc.title, gaz, chairs_raw
    )
    facts = DocumentFacts(
        doc_id=doc.id,
        path=doc.path,
        title=doc.title,
        event_name=doc.event_name,
        event_date=doc.event_date.isoformat() if doc.event_date else None,
        published=doc.published.isoformat() if doc.published else None,
        provinces=provinces,
        mentioned_provinces=mentioned,
        central_chair=find_central_chair(doc.lead),
        warnings=list(doc.warnings),
    )
    for c in chairs_raw:
        facts.chairs.append(
            Chair(c.province, c.name, c.title, c.verb, _sentence_at(text, sents, c.start), c.start, c.end)
        )

    # --- directives, sentence by sentence, with the passage state carried along
    state = D.DirectiveState(
        text=text, people_source=lambda: find_people(text) | {c.name: c.title for c in chairs_raw if c.title}
    )
    recognised: list[tuple[Sentence, list[D.RawAssignment]]] = []
    for s in sents:
        sent = text[s.start : s.end]
        if _TERM_LINE.match(sent):
            recognised.append((s, []))  # dates the tasks before it (below)
            continue
        para = doc.paragraphs[s.para]
        if para.kind == "heading":
            state.active = state.list_header = False  # "IV. TỔ CHỨC THỰC HIỆN" closes the section's list
            continue
        opens_item = para.marker if para.kind == "list_item" and s.first_in_para else None
        found, proposal = D.recognise(
            sent, s.start, state, pm_name, is_list_item=para.kind == "list_item", opens_item=opens_item
        )
        if proposal:
            facts.proposals.append(
                Statement(proposal.text, "quốc gia", sent, proposal.start, proposal.end, proposal.by)
            )
        recognised.append((s, found))
    if official.is_official(doc):
        recognised = official.revisit(doc, sents, recognised, state.doc_leader or issuer_office(doc, gaz))
    directive_spans = _add_assignments(facts, recognised, text, gaz)
    ref = doc.event_date or doc.published
    for a in facts.assignments:
        when = deadline_date(a.deadline, ref, lex)
        a.deadline_date = when.isoformat() if when else None

    # --- the province an article is about: "Lai Châu dự Hội nghị …", "Lào Cai: …", "UBND tỉnh X tổ chức …"
    home = _home_province(doc, gaz)
    if home and home not in facts.provinces:
        facts.provinces.insert(0, home)
    if not facts.provinces and len(facts.mentioned_provinces) == 1 and not doc.issuer and _names_in_lead(doc, gaz):
        # a text that names one province and takes part in nothing else is about that province ("Ngày 18/2 tại An
        # Giang, Bộ NN&PTNT …", "Chủ tịch UBND tỉnh Phú Yên đã ký ban hành Chỉ thị …")
        facts.provinces = list(facts.mentioned_provinces)
        facts.mentioned_provinces = []
    if not any(c.province == home for c in facts.chairs) or home is None:
        _add_home_leader(doc, facts, home, sents, gaz, chairs_raw)

    # "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên" are those a dispatch named (its recipients), not every
    # locality: the task goes to those provinces' briefings only.
    if facts.provinces:
        for a in facts.assignments:
            if "localities" in a.addressee_kinds and _NAMED_ABOVE.search(a.assignee or ""):
                _bind_to(a, facts.provinces)

    # A provincial leader's directives ("các sở, ban, ngành, UBND các xã, phường …") bind that province only, and
    # so do all tasks of a province's own official text (its UBND's công văn, its department's kế hoạch).
    facts.home = home
    own_text = bool(home and doc.issuer)
    if home:
        for a in facts.assignments:
            if D.is_provincial(a.assigner) or (own_text and not {"ministry", "embassy"} & set(a.addressee_kinds)):
                _bind_to(a, [home])

    # --- the scope each paragraph speaks of (a province, or the nation), carried from one paragraph to the next
    # A province's own news (its title or lead names it, no central leader chairs) speaks of that province unless a
    # paragraph names the nation; a report of a national conference speaks of the nation unless it names the province.
    chair = facts.central_chair or ""
    central = chair and not D.is_provincial(chair)
    own_news = home if home and not central else None
    para_scopes: list[str] = []
    scope = own_news or "quốc gia"
    for p in doc.paragraphs:
        scope = _paragraph_scope(doc.para_text(p), scope, gaz, home, own_news)
        para_scopes.append(scope)

    # --- figures, with the period and scope the discourse gives them
    tasks = _Spans(directive_spans)  # asked once per figure and per sentence: a search, not a scan (linear work)
    current_period = None
    sentence_owner: tuple[int, str] = (-1, "")  # (sentence start, province) once a figure's subject names one
    section_targets: Period | bool = False  # under a targets heading: True, or the horizon it names
    target_sentences: set[int] = set()
    for s in sents:
        sent = text[s.start : s.end]
        scope = para_scopes[s.para]
        first_of_sentence = len(facts.figures)  # the figures before it in its sentence are those after this index
        if s.kind == "caption":
            continue
        if s.kind == "heading":
            # a section heading starts the discourse afresh; a targets heading sets the horizon of what follows
            current_period = None
            section_targets = False
            if _TARGET_HEADING.search(sent):
                section_targets = _horizon(sent) or True
            continue
        periods = usable(find_periods(sent, lex))
        if s.kind == "lead":
            # the lead names the meeting ("tổng kết năm 2025 và nhiệm vụ năm 2026"): only a review sets the period
            periods_for_discourse = [
                p for p in periods if re.search(r"(tổng kết|sơ kết|kết quả)[^.;]{0,40}$", sent[: p.start])
            ]
        else:
            periods_for_discourse = periods
        for raw in find_figures(sent, lex):
            abs_start, abs_end = s.start + raw.start, s.start + raw.end
            clause_start = max(sent.rfind(c, 0, raw.start) for c in ";.") + 1
            if section_targets is not False or (
                _TARGET_CLAUSE.search(sent, clause_start, raw.start) and not _DONE.search(sent, clause_start, raw.start)
            ):
                raw.kind = "target"
            in_directive = tasks.covers(abs_start)
            if in_directive and raw.kind != "target" and raw.unit != "%" and "USD" not in raw.unit:
                clause = sent[raw.end : raw.end + 40]
                if not is_realis(clause.split(",")[0], lex) and raw.value < 10:
                    continue
            period = _period_for(periods, raw.start, raw.end)
            if period is None and raw.kind == "target":
                # an aim's period is its horizon: "phấn đấu đến năm 2030 đạt …", or the heading's "ĐẾN NĂM 2030"
                period = _horizon(sent) or (section_targets if isinstance(section_targets, Period) else None)
            now = _AS_OF_NOW.search(sent, clause_start, raw.start)
            if period is None and current_period is not None and s.kind != "lead" and not now:
                period = current_period  # not for "hiện là …", "đến nay …": a stock as of now, not the period's
            if period is not None and period.year is None:
                period = resolve_asof(period, _asof_year(period, current_period, doc))
            fig_scope = _sentence_scope(sent, scope, gaz)
            subject = subject_of(sent, raw, lex)
            prior = [f for f in facts.figures[first_of_sentence:] if f.end <= abs_start]  # not all figures: linear
            if raw.unit == "lần" and prior:
                subject = f"{prior[-1].subject} ({raw.text} {sent[raw.end :].split(')')[0].split(';')[0].strip(' .')})"
            elif prior and (change := _CHANGE_AFTER_FIGURE.fullmatch(sent[prior[-1].end - s.start : raw.end])):
                # "… đạt 5.044 triệu USD, tăng 30,9% so với năm 2024": the change of what the figure before counts
                compared = sent[raw.end :].split(",")[0].split(";")[0].strip(" .")
                subject = f"{prior[-1].subject} ({change.group('verb')} {compared})" if compared else prior[-1].subject
            named = {m.province.name for m in gaz.find_mentions(subject)}
            if len(named) == 1:
                fig_scope = named.pop()  # "kim ngạch xuất khẩu của tỉnh Hà Tĩnh": the figure says whose it is
                sentence_owner = (s.start, fig_scope)
            elif not named and _NATIONAL_SUBJECT.search(subject):
                fig_scope = "quốc gia"  # "Hàn Quốc là nhà đầu tư lớn nhất tại Việt Nam với …" in a province's news
            elif not named and sentence_owner[0] == s.start:
                fig_scope = sentence_owner[1]  # "…của tỉnh Quảng Trị đạt 1,12 tỷ USD; thu ngân sách đạt …": still hers
            elif home and fig_scope == "quốc gia" and (_REGIONAL.search(subject) or _provincial_at(facts, abs_start)):
                # GRDP is a province's product; a provincial leader's "phấn đấu … đạt 11%" is the province's aim
                fig_scope = home
            if raw.kind == "target":
                target_sentences.add(s.start)
            facts.figures.append(
                Figure(
                    text=raw.text,
                    value=raw.value,
                    unit=raw.unit,
                    subject=subject,
                    period=period.text if period else None,
                    period_key=period.key if period else None,
                    scope=fig_scope,
                    qualifier=raw.qualifier,
                    sentence=sent,
                    start=abs_start,
                    end=abs_end,
                    kind=raw.kind,
                    scale=raw.scale,
                )
            )
        if periods_for_discourse:
            latest = periods_for_discourse[-1]
            if latest.year is None:
                latest = resolve_asof(latest, _asof_year(latest, current_period, doc))
            current_period = latest

    # --- results: reported achievements (not directives, not proposals), with their scope
    fig_sentences = {f.sentence for f in facts.figures}
    proposal_sentences = {p.sentence for p in facts.proposals}
    for s in sents:
        sent = text[s.start : s.end]
        scope = para_scopes[s.para]
        if s.kind in ("caption", "lead") or tasks.covers(s.start) or tasks.starts_within(s.start, s.end):
            continue
        if s.start in target_sentences and not _DONE.search(sent):
            continue  # "Phấn đấu đến năm 2030, kim ngạch xuất khẩu đạt 5 tỷ USD": an aim, not a result
        if s.kind == "heading":
            continue
        if sent in fig_sentences or re.search(r"(?<!\w)(đã|đạt|được ký kết|hoàn thành|tăng)(?!\w)", sent):
            if sent in proposal_sentences:
                continue
            facts.results.append(Statement(sent, _sentence_scope(sent, scope, gaz), sent, s.start, s.end))

    facts.themes = themes_of(text)
    return facts


def _add_home_leader(doc: Document, facts: DocumentFacts, home: str | None, sents, gaz, chairs_raw) -> None:
    """The province's lead person at its own meeting, visit or inspection (not a bridge point of a national
    conference): looked for in the first paragraphs, then in the whole text. With no home province, only a title
    that names its province, or the one province the article names, says whose leader it is."""
    text = doc.text
    if home is None and any(not c.at_bridge or c.province for c in facts.chairs):
        return
    people = find_titled_people(text, gaz) | find_people(text) | {c.name: c.title for c in chairs_raw if c.title}
    named = set(facts.provinces) | set(facts.mentioned_provinces)
    sole = named.pop() if len(named) == 1 else None
    top_end = doc.paragraphs[min(7, len(doc.paragraphs) - 1)].end if doc.paragraphs else 0
    leader = find_home_leader(text[:top_end], home, gaz, people, sole) or find_home_leader(
        text, home, gaz, people, sole
    )
    if leader is None or any(c.province == leader.province for c in facts.chairs):
        return
    facts.chairs.append(
        Chair(
            leader.province,
            leader.name,
            leader.title,
            leader.verb,
            _sentence_at(text, sents, leader.start),
            leader.start,
            leader.end,
            at_bridge=False,
        )
    )
    if leader.province not in facts.provinces:
        facts.provinces.append(leader.province)


def _add_assignments(facts: DocumentFacts, recognised, text: str, gaz) -> list[tuple[int, int]]:
    """The directives found, sentence by sentence, as facts; returns their tasks' spans."""
    spans: list[tuple[int, int]] = []
    last_found: list[Assignment] = []  # the assignments of the last sentence that gave some
    for s, found in recognised:
        sent = text[s.start : s.end]
        term = _TERM_LINE.match(sent)
        if term:
            # "Thời hạn hoàn thành: tháng 6/2026." on its own line dates the task(s) just before it
            for a in last_found:
                a.deadline = a.deadline or term.group("when").strip()
            continue
        if found:
            last_found = []
        for directive in found:
            prov = [m.province.name for m in gaz.find_mentions(directive.assignee or "")]
            deadline, urgency = _deadline_or_urgency(directive.deadline, directive.task)
            facts.assignments.append(
                Assignment(
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
                    from_caption=s.kind == "caption",
                    urgency=urgency,
                )
            )
            spans.append((directive.task_start, directive.task_end))
            last_found.append(facts.assignments[-1])
    return spans


def _deadline_or_urgency(deadline: str | None, task: str) -> tuple[str | None, str | None]:
    """A date or period is a deadline; "khẩn trương", "ngay", "kịp thời", "sớm" say how soon, and are urgency."""
    urgency = official.urgency_of(task)
    if deadline and not any(c.isdigit() for c in deadline) and official.urgency_of(deadline) == deadline.lower():
        return None, urgency or deadline.lower()
    return deadline, urgency


def _title_cased(capitals: str) -> str:
    """A heading in capitals with its names written as names ("TỈNH LÀO CAI" -> "Tỉnh Lào Cai"), so that names in it
    are found as in running text."""
    return " ".join(w.capitalize() for w in capitals.split()).replace("Thành Phố", "Thành phố")


def issuer_office(doc: Document, gaz=None) -> str | None:
    """An official text's issuer as an office that gives tasks, in sentence case: "THỦ TƯỚNG CHÍNH PHỦ" -> "Thủ
    tướng Chính phủ", "ỦY BAN NHÂN DÂN / TỈNH LÀO CAI" -> "Ủy ban nhân dân tỉnh Lào Cai"."""
    if not doc.issuer:
        return None
    gaz = gaz or load_gazetteer()
    words = doc.issuer.split()
    office = re.sub(r"\s*-\s*", " - ", " ".join(words).lower())
    office = office[:1].upper() + office[1:]
    for name in D.agency_names(provincial=True):  # "bộ xây dựng" -> "Bộ Xây dựng", "sở công thương" -> "Sở Công Thương"
        office = re.sub(r"(?<!\w)" + re.escape(name.lower()) + r"(?!\w)", name, office, flags=re.IGNORECASE)
    named = gaz.find_mentions(_title_cased(doc.issuer))
    if named:
        name = named[0].province.name
        office = re.sub(re.escape(name.lower()), name, office)
    return office


class _Spans:
    """Character spans (the directives' tasks), asked whether they cover a position or start inside a range in
    O(log n): scanning them all for each figure and each sentence made extraction quadratic in the article's
    length (16,000 lines: 8.4 s)."""

    def __init__(self, spans: list[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach: list[int] = []  # the furthest end among the spans starting at or before each one
        for _, b in ordered:
            self.reach.append(max(b, self.reach[-1]) if self.reach else b)

    def covers(self, pos: int) -> bool:
        """Whether some span has a <= pos < b."""
        i = bisect.bisect_right(self.starts, pos)
        return i > 0 and self.reach[i - 1] > pos

    def starts_within(self, lo: int, hi: int) -> bool:
        """Whether some span starts at lo <= a < hi."""
        i = bisect.bisect_left(self.starts, lo)
        return i < len(self.starts) and self.starts[i] < hi


def _horizon(text: str) -> Period | None:
    """'đến năm 2030' (as written, in lower case) as the period of an aim."""
    h = _HORIZON.search(text)
    return Period(h.start(), h.end(), h.group(0).lower(), h.group(0)[-4:], int(h.group(0)[-4:])) if h else None


def _provincial_at(facts: DocumentFacts, pos: int) -> bool:
    """Whether pos is inside the task of a provincial leader's directive."""
    return any(a.start <= pos < a.end and D.is_provincial(a.assigner) for a in facts.assignments)


def _bind_to(a: Assignment, provinces: list[str]) -> None:
    """The task goes to these provinces' briefings only, not to every locality's."""
    a.addressee_kinds = ["province"] + [k for k in a.addressee_kinds if k not in ("localities", "province")]
    a.provinces = list(dict.fromkeys(a.provinces + provinces))


def _asof_year(period, current, doc: Document) -> int | None:
    """'tính đến 15/12' in a report of 10/01/2026 about 2025 is 15/12/2025: the year the text speaks of, and
    never a date after the event."""
    if current is not None and current.year:
        return current.year
    ref = doc.event_date or doc.published
    if ref is None:
        return None
    mm, dd = (int(x) for x in period.key[5:].split("-"))
    return ref.year if (mm, dd) <= (ref.month, ref.day) else ref.year - 1


def _sentence_at(text: str, sents: list[Sentence], pos: int) -> str:
    for s in sents:
        if s.start <= pos < s.end:
            return text[s.start : s.end]
    return ""


def _period_for(periods, start: int, end: int):
    """The period closest before the figure in its sentence, else the first one right after it."""
    before = [p for p in periods if p.end <= start]
    if before:
        return before[-1]
    after = [p for p in periods if p.start >= end]
    return after[0] if after else None


def _paragraph_scope(para: str, previous: str, gaz, home: str | None = None, own_news: str | None = None) -> str:
    m = _LOCAL_SCOPE.match(para)
    if m:
        mentions = gaz.find_mentions(para[m.end() : m.end() + 40])
        if mentions:
            return mentions[0].province.name
    if previous != "quốc gia" and (_CONT_PARA.match(para) or _ANAPHOR.search(para[:60])):
        return previous
    if home and _ANAPHOR.search(para[:80]):
        return home
    if own_news and not _NATIONAL_SUBJECT.search(para[:60]):
        return own_news
    return "quốc gia"


_LOCAL_CHAIR = re.compile(
    r"(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à)\s+(?P<name>(?:[A-ZĐ][^\s,.;:()\-–]*\s+){1,3}[A-ZĐ][^\s,.;:()\-–]*)\s*[,\-–]\s*"
    r"(?P<title>[^.;]{3,90}?)\s+(?P<verb>chủ trì|dự|tham dự)\s+(?:hội nghị|Hội nghị|buổi làm việc|cuộc họp|phiên họp)"
)


# A title whose subject is a province or one of its offices: "Tỉnh Lai Châu …", "Chủ tịch UBND tỉnh Quảng Ninh tiếp
# …", "Bí thư Tỉnh ủy Lào Cai làm việc …", "Đoàn công tác tỉnh Gia Lai …".
_HOME_TITLE = re.compile(
    r"(?:(?:Phó\s+)?(?:Chủ tịch|Bí thư|Trưởng đoàn)\s+)?"
    r"(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|Lãnh đạo|Đoàn công tác|Đoàn đại biểu)\s+)?"
    r"(?:[Tt]ỉnh|[Tt]hành phố|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ)\s+"
)


# A province's own paper speaks of "tỉnh ta", "toàn tỉnh", "UBND tỉnh" without naming it: references that only the
# home province can fill (a name right after them, "UBND tỉnh Quảng Ninh", is another province's).
_UNNAMED_HOME = re.compile(
    r"(?<!\w)(?:tỉnh ta|thành phố ta|toàn tỉnh|toàn thành phố|trên địa bàn tỉnh|trên địa bàn thành phố|"
    r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân) (?:tỉnh|thành phố)|Tỉnh ủy|Tỉnh uỷ|Thành ủy|"
    r"Thành uỷ)(?!\s+[A-ZĐ])"
)


# A district, town or commune ("huyện Phú Xuyên", "UBND huyện", "xã Lục Hồn"), or a title that opens with a place
# ("Bình Liêu: Sớm hoàn thành …"): local news, below the province.
_LOCAL_UNIT = re.compile(
    r"(?<!\w)(?:(?:huyện|quận|thị xã|thị trấn|xã|phường)\s+[A-ZĐ]|UBND (?:huyện|xã|phường|thị xã)(?!\w)|"
    r"^[A-ZĐ][\w]*(?:\s+[A-ZĐ][\w]*){0,2}:\s)"
)


def _names_in_lead(doc: Document, gaz) -> bool:
    """Whether the title or the lead names a province: the text is about it, not only mentioning it in passing."""
    return bool(gaz.find_mentions(" ".join([doc.title or "", doc.lead])))


def _portal_home(doc: Document, gaz) -> str | None:
    """The province whose paper or portal published the article (its address or name), when the article is about
    that province: it names it near the top, or speaks of "tỉnh ta", "UBND tỉnh" without another name. A provincial
    paper's report of a national event elsewhere is not the province's own news."""
    if not doc.portal:
        return None
    province = gaz.of_host(doc.portal) if "." in doc.portal else None
    if province is None and "." not in doc.portal:
        named = gaz.find_mentions(doc.portal)
        province = named[0].province if named else None
    if province is None:
        return None
    top = " ".join([doc.title or "", *(doc.para_text(p) for p in doc.paragraphs[:4])])
    named = {m.province.name for m in gaz.find_mentions(top)}
    if province.name in named or _UNNAMED_HOME.search(top) or (not named and _LOCAL_UNIT.search(top)):
        # a provincial paper's own news names the province, "UBND tỉnh", or one of its districts or communes
        return province.name
    return None


def _home_province(doc: Document, gaz) -> str | None:
    """The province an article is about, from its issuer, its paper or portal, its title or the subject of its
    lead."""
    if doc.issuer:
        # an official text issued by a province's body ("ỦY BAN NHÂN DÂN / TỈNH NGHỆ AN") is about that province;
        # the heading is in capitals, names in it are matched once written as names
        mentions = gaz.find_mentions(_title_cased(doc.issuer))
        if mentions:
            return mentions[0].province.name
    portal = _portal_home(doc, gaz)
    if portal:
        return portal
    if doc.title:
        mentions = gaz.find_mentions(doc.title)
        if mentions and mentions[0].start == 0:
            return mentions[0].province.name
        m = _HOME_TITLE.match(doc.title)
        if m and mentions and mentions[0].start == m.end():
            return mentions[0].province.name
    lead = doc.lead
    m = _HOME_LEAD.match(lead)
    if m:
        mentions = gaz.find_mentions(lead[m.end() : m.end() + 40])
        if mentions and mentions[0].start == 0:
            return mentions[0].province.name
    return None


def _sentence_scope(sent: str, para_scope: str, gaz) -> str:
    m = _LOCAL_SCOPE.match(sent)
    if m:
        mentions = gaz.find_mentions(sent[m.end() : m.end() + 40])
        if mentions:
            return mentions[0].province.name
    if para_scope != "quốc gia" and _NATIONAL_SUBJECT.search(sent[:40]):
        return "quốc gia"
    return para_scope
