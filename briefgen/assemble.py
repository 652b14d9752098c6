"""Assemble stage: stored facts + a target (province or theme) + a period -> Briefing.

- Documents with the same event date and a similar event name are one event with several sources.
- The same figure in several sources is one row with several citations; the same metric and period with
  different values is one row flagged "số liệu khác nhau giữa các nguồn", listing each value and its source.
- The same metric over successive periods is a trend.
- Directives addressed to localities in general apply to every province; those to a named ministry, embassy or
  enterprise are context, not the province's action items.
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from babel.numbers import format_decimal

from .briefing import (
    ActionItem,
    Briefing,
    Cited,
    Event,
    FigureRow,
    FigureValue,
    Issuer,
    Participation,
    ResultItem,
    SourceRef,
    SummarySentence,
    Trend,
    TrendPoint,
)
from .corpus.model import Document
from .extract import issuer_office
from .extract.districts import find_districts
from .extract.facts import Assignment, DocumentFacts, Figure, Statement
from .extract.home import sentence_cased
from .extract.themes import Theme, matches
from .gazetteer import Province
from .lexicon import Lexicon, load_lexicon
from .periods import Span
from .text import fold_key

_STOP = set(
    [
        "các",
        "những",
        "của",
        "và",
        "với",
        "cho",
        "trong",
        "tại",
        "ở",
        "về",
        "để",
        "đến",
        "từ",
        "theo",
        "là",
        "có",
        "được",
        "đã",
        "đang",
        "sẽ",
        "này",
        "đó",
        "một",
        "việc",
        "hoạt",
        "động",
        "nước",
        "việt",
        "nam",
        "thế",
        "giới",
    ]
)


# --- small helpers -----------------------------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def _tokens(s: str) -> frozenset[str]:
    # cached: the same subjects and event names recur across a period's reports
    return frozenset(t for t in re.findall(r"\w+", fold_key(s)) if t not in _STOP and not t.isdigit())


@lru_cache(maxsize=65536)
def _words(s: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", fold_key(s)))


def _jaccard(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


@lru_cache(maxsize=65536)
def format_figure(value: float, unit: str, qualifier: str | None = None) -> str:
    """883.7, 'tỷ USD' -> '883,7 tỷ USD' (Babel, vi_VN)."""
    num = format_decimal(value, format="#,##0.##", locale="vi_VN")
    if unit == "%":
        body = f"{num}%"
    else:
        body = f"{num} {unit}".strip()
    qual = qualifier if qualifier and qualifier not in ("đạt", "top", "nhóm", "ước") else None
    return f"{qual} {body}" if qual else body


# Babel formats through a decimal context of 28 digits; a value beyond this (none in a real report) is shown as
# written instead of crashing the briefing that cites it.
_MAX_SHOWN = 1e18


# "Chỉ thị số 07/CT-TTg VỀ VIỆC …", "Nghị quyết VỀ CHẤT VẤN …": the kind (and number), then the subject as the heading wrote it
_NUMBERED_TITLE = re.compile(
    r"^(?P<head>(?:Thông báo|Chỉ thị|Công điện|Nghị quyết|Nghị định|Quyết định|Thông tư|Kết luận|Kế hoạch|Báo cáo|"
    r"Công văn|Chương trình|Tờ trình)(?:\s+số\s+\S+)?\s+)(?P<subject>\S.*)$"
)

# a range as the extractor keeps it ("1% - 1,5%", "12 - 77%"): shown as written, never as its lower end
_RANGE = re.compile(r"\d\s*%?\s*(?:-|–|đến|tới)\s*\d")


def _display(f: Figure) -> str:
    """How a figure's value is shown: formatted through Babel, or as written when it is not a sensible quantity or
    is a range ("1% - 1,5%")."""
    if _RANGE.search(f.text):
        return f.text
    if math.isfinite(f.value) and abs(f.value) < _MAX_SHOWN:
        return format_figure(f.value, f.unit, f.qualifier)
    return f.text if len(f.text) <= 80 else f.text[:79] + "…"


@lru_cache(maxsize=4096)
def _unit_head(unit: str) -> str:
    u = unit.split()
    if len(u) >= 2 and u[0] in ("nghìn", "ngàn", "triệu", "tỷ", "tỉ"):
        return " ".join(u[:2])
    return fold_key(unit.split(",")[0])


_PERIOD_END = {"H1": (6, 30), "H2": (12, 31), "Q1": (3, 31), "Q2": (6, 30), "Q3": (9, 30), "Q4": (12, 31)}


def period_end(key: str | None) -> tuple[int, int, int] | None:
    """Order periods by where they end: '2025-H1' -> (2025, 6, 30), '2025' -> (2025, 12, 31)."""
    if not key:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(H[12]|Q[1-4]|M(\d{2})|(\d{1,2})M|(\d{2})-(\d{2})))?", key)
    if not m:
        return None
    y = int(m.group(1))
    part = m.group(2)
    if not part:
        return (y, 12, 31)
    if part in _PERIOD_END:
        return (y, *_PERIOD_END[part])
    if m.group(3):
        return (y, int(m.group(3)), 28)
    if m.group(4):
        return (y, int(m.group(4)), 28)
    return (y, int(m.group(5)), int(m.group(6)))


# --- events and sources ------------------------------------------------------------------------------------------


@dataclass
class _Item:
    doc: Document
    facts: DocumentFacts
    source: SourceRef
    event: Event | None = None


def _group_events(items: list[_Item]) -> list[Event]:
    events: list[Event] = []
    by_date: dict[str | None, list[tuple[Event, set[str]]]] = {}  # only events of the same date can match
    for it in sorted(items, key=lambda x: (x.facts.event_date or "", x.doc.path)):
        name = it.facts.event_name or it.doc.display_title
        toks = _tokens(name)
        match = None
        if it.facts.event_date:
            for ev, k in by_date.get(it.facts.event_date, ()):
                if _jaccard(k, toks) >= 0.3:
                    match = ev
                    k |= toks
                    break
        if match is None:
            eid = f"{it.facts.event_date or 'undated'}-{hashlib.sha1(fold_key(name).encode()).hexdigest()[:6]}"
            match = Event(eid, name, it.facts.event_date, it.doc.day_part, [], [], it.facts.central_chair)
            events.append(match)
            by_date.setdefault(it.facts.event_date, []).append((match, set(toks)))
        match.sources.append(it.source.number)
        match.reports += 1
        for p in it.facts.provinces:
            if p not in match.provinces:
                match.provinces.append(p)
        it.event = match
    return events


# --- figures: merge, conflicts, trends ------------------------------------------------------------------------------


def _merge_figures(pairs: list[tuple[Figure, _Item]], target: str | None) -> list[FigureRow]:
    """One row per metric, period and scope; several citations for the same value; a flagged row when sources
    give different values. Rows are compared only within their (unit, period, scope) bucket."""
    rows: list[FigureRow] = []
    buckets: dict[tuple, list[tuple[FigureRow, frozenset[str]]]] = {}
    for f, it in pairs:
        cite = Cited(it.source.number, f.sentence)
        toks, _ = _metric(f.subject, f.scope)
        toks = toks | {_unit_head(f.unit)}
        measure = _measure(f)
        key = (_unit_head(f.unit), f.period_key, f.scope, f.kind, measure)
        # without a period, only the same value of the same thing is one row ("khiến 07 người tử vong" in a công
        # điện's opening and again in its body); two values are never set against each other as a conflict
        bucket = buckets.setdefault(key, [])
        placed = False
        for row, k in bucket:
            sim = _jaccard(k, toks)
            same = next((v for v in row.values if abs(v.value - f.value) < 1e-9), None)
            near = _measured_from(row.subject) == _measured_from(f.subject)  # 25 km from two towns: two facts
            if same is not None and sim >= (0.3 if f.period_key else 0.6) and near:
                if all(c.source != cite.source for c in same.citations):
                    same.citations.append(cite)
                placed = True
                break
            sources = {c.source for v in row.values for c in v.citations}
            if same is None and f.period_key and sim >= 0.5 and cite.source not in sources:
                row.values.append(FigureValue(f.text, f.value, _display(f), [cite]))
                row.conflict = True
                row.note = "số liệu khác nhau giữa các nguồn"
                placed = True
                break
        if not placed:
            row = FigureRow(
                subject=f.subject,
                unit=f.unit,
                period=f.period,
                period_key=f.period_key,
                scope=f.scope,
                event_id=it.event.id if it.event else None,
                values=[FigureValue(f.text, f.value, _display(f), [cite])],
                own=target is not None and f.scope == target,
                kind=f.kind,
                measure=measure,
            )
            rows.append(row)
            bucket.append((row, toks))
    return _told_once(rows)


def _told_once(rows: list[FigureRow]) -> list[FigureRow]:
    """One fact once: a count told again in another part of a text or in another source (a công điện's "khiến 07
    người tử vong" of "ngày 22 tháng 4 năm 2024" and the news report's "Hiện nay … 7 người tử vong") is one row with
    both citations, when label, value, unit, place and kind are the same and neither period lies outside the other
    (a day of the month, the month of the year, or no period at all)."""
    out: list[FigureRow] = []
    for r in rows:
        kept = next((o for o in out if _retold(o, r)), None)
        if kept is None:
            out.append(r)
            continue
        for c in r.values[0].citations:  # both sentences, also when one text holds both reports
            if all((k.source, k.sentence) != (c.source, c.sentence) for k in kept.values[0].citations):
                kept.values[0].citations.append(c)
    return out


def _retold(a: FigureRow, b: FigureRow) -> bool:
    """Whether row b tells the fact of row a again (see _told_once)."""
    if a.conflict or b.conflict or len(a.values) != 1 or len(b.values) != 1:
        return False
    if abs(a.values[0].value - b.values[0].value) > 1e-9 or not _same_metric(a, b):
        return False
    if _metric(a.subject, a.scope)[0] != _metric(b.subject, b.scope)[0]:
        return False  # the same label: "người tử vong" twice, not two labels of mostly the same words
    return _within(a.period_key, b.period_key) or _within(b.period_key, a.period_key)


def _within(inner: str | None, outer: str | None) -> bool:
    """Whether a period key lies inside another ("2024-04-22" in "2024-M04" or "2024"; any in none at all)."""
    if not inner or not outer or inner == outer:
        return True
    day = re.fullmatch(r"(\d{4})-(\d{2})-\d{2}", inner)
    if day and outer == f"{day.group(1)}-M{day.group(2)}":
        return True
    return outer.isdigit() and inner.startswith(f"{outer}-")


def _measured_from(subject: str) -> str:
    """The place a distance is measured from ("sân bay Gia Bình cách TP Bắc Ninh" → "tp bắc ninh"), "" for none:
    its scope's name is no word of its metric, so "cách TP Bắc Ninh" and "cách TP Hải Dương" would read alike."""
    _, said, rest = f" {subject.lower()}".partition(" cách ")
    return rest.split("(")[0].strip() if said else ""


_PLACE_WORDS = frozenset({"tỉnh", "thành", "phố", "của", "trên", "địa", "bàn"})


@lru_cache(maxsize=65536)
def _metric(subject: str, scope: str | None) -> tuple[frozenset[str], str]:
    """What a figure measures, for comparing two figures: the subject's words without the place it names (every
    figure of a province names it, which says nothing of the metric), and the change it reports, if any
    ("(tăng so với năm 2024)"): a growth rate is never the same metric as the level it qualifies."""
    core, _, change = subject.partition("(")
    return _tokens(core) - _tokens(scope or "") - _PLACE_WORDS, fold_key(change.rstrip(") "))


_CHANGE_VERBS = ("tăng", "giảm", "gấp")


def _measure(f: Figure) -> str:
    """What a figure's value measures: '' for a level or a stock; else the change it reports — the comparison the
    subject carries ("tăng so với năm 2024"), or the verb before the number ("tăng 8,2%": a growth rate, not a
    share; "gấp 2 lần"). Only figures of the same measure are compared, merged, charted or put in a series."""
    _, change = _metric(f.subject, f.scope)
    if change:
        return change
    verbs = [w for w in (f.qualifier or "").split() if w in _CHANGE_VERBS]
    if verbs:
        return verbs[0]
    return "gấp" if f.unit == "lần" else ""


def _same_metric(a: FigureRow, b: FigureRow) -> bool:
    """Whether two rows count the same thing: same scope, unit, kind (result or target) and measure (a level or
    the same change), and subjects of mostly the same words once the place is left out."""
    if (a.scope, _unit_head(a.unit), a.kind, a.measure) != (b.scope, _unit_head(b.unit), b.kind, b.measure):
        return False
    return _jaccard(_metric(a.subject, a.scope)[0], _metric(b.subject, b.scope)[0]) >= 0.6


def _trends(rows: list[FigureRow]) -> list[Trend]:
    """The same metric (see _same_metric) over two or more periods, when its value moved: a series of equal values
    says nothing a single row does not."""
    out: list[Trend] = []
    used: set[int] = set()
    for i, a in enumerate(rows):
        if i in used or a.conflict or not period_end(a.period_key):
            continue
        series, taken = [a], [i]
        for j, b in enumerate(rows[i + 1 :], start=i + 1):
            if j in used or b.conflict or not _same_metric(a, b):
                continue
            if not period_end(b.period_key) or any(
                period_end(b.period_key) == period_end(s.period_key) for s in series
            ):
                continue
            series.append(b)
            taken.append(j)
        if len(series) >= 2 and len({r.values[0].value for r in series}) >= 2:
            used.update(taken)
            series.sort(
                key=lambda r: period_end(r.period_key) or (0, 0, 0)
            )  # an undated value first, never a TypeError
            out.append(
                Trend(
                    subject=a.subject,
                    unit=a.unit,
                    scope=a.scope,
                    points=[
                        TrendPoint(
                            r.period or r.period_key or "",
                            r.period_key or "",
                            r.values[0].display,
                            r.values[0].citations,
                            r.values[0].value,
                        )
                        for r in series
                    ],
                )
            )
    return out


# --- actions ----------------------------------------------------------------------------------------------------


def _own_names(province: Province) -> set[str]:
    """The province and those merged into it in 2025: a 2024 text on Hà Nam is Ninh Bình's now."""
    return {province.name, *province.merged}


def _why_action(a: Assignment, facts: DocumentFacts, province: Province) -> str | None:
    """Why a directive is in this province's briefing: addressed to it ("giao tỉnh X"), to all localities ("giao các
    địa phương"), or about it for information ("để biết"); None when it is not this province's concern: another
    province's own text, or a task bound to other provinces."""
    names = _own_names(province)
    if names & set(a.provinces):
        # named as the addressee, also in another province's paper ("Báo Hải Dương" on the Prime Minister's
        # directives to Bắc Ninh)
        return f"giao {province.kind} {province.name}"
    if facts.home and facts.home not in names:
        return None  # one province's own chỉ thị binds its own agencies, never another province's
    if names & set(a.partner_provinces):
        return "để biết"  # another's task that names the province ("phối hợp với Ủy ban nhân dân tỉnh Cao Bằng")
    if a.provinces:
        return None
    if "localities" in a.addressee_kinds:
        return "giao các địa phương"
    if names & set(facts.provinces):
        return "để biết"  # to a ministry or another body, in a text about the province
    return None


def _action_order(a: ActionItem) -> tuple:
    """Dated tasks first, soonest first; then undated ones, the newest document first (unknown dates last)."""
    if a.deadline_date:
        return (0, a.deadline_date, "")
    return (1, "", _negated(a.event_date))


def _negated(iso: str | None) -> str:
    """A key that sorts ISO dates newest first and a missing date last."""
    if not iso:
        return "~"
    return "".join(chr(ord("9") - int(c) + ord("0")) if c.isdigit() else c for c in iso)


def _join_sentence_pieces(items: list[tuple[Assignment, _Item, str]]) -> list[tuple[Assignment, _Item, str]]:
    """The tasks one sentence gives one addressee ("Tăng cường tuyên truyền …; không đóng mới …; phối hợp …") are
    one row, as the document states them: a report lists the document's items, not their clauses. Their deadlines
    are kept side by side; the earliest orders the row."""
    groups: dict[tuple, list[tuple[Assignment, _Item, str]]] = {}
    for a, it, why in items:
        key = (it.source.number, a.sentence, a.assignee, a.assigner, why)
        groups.setdefault(key, []).append((a, it, why))
    out = []
    for group in groups.values():
        first, it, why = group[0]
        if len(group) > 1:
            pieces = [a for a, _, _ in group]
            deadlines = list(dict.fromkeys(a.deadline for a in pieces if a.deadline))
            dates = sorted(a.deadline_date for a in pieces if a.deadline_date)
            first = replace(
                first,
                task="; ".join(a.task.strip(" ;.") for a in pieces),
                deadline="; ".join(deadlines) or None,
                deadline_date=dates[0] if dates else None,
                urgency=next((a.urgency for a in pieces if a.urgency), None),
            )
        out.append((first, it, why))
    return out


def _drop_restated(items: list[tuple[Assignment, _Item, str]]) -> list[tuple[Assignment, _Item, str]]:
    """A plan states a task in its prose and again as a row of its table ("Tổ chức Hội nghị phổ biến, triển khai nội
    dung của Nghị định …" / the row "Tổ chức Hội nghị phổ biến, triển khai Nghị định … | Cục Lâm nghiệp … | Quý III,
    IV/2026"): the report lists it once, as the row gives it, with its lead agency and deadline. The prose may also
    state it at length around the row's words ("5. Thường xuyên tổ chức theo dõi thi hành pháp luật; sơ kết, tổng
    kết, đánh giá … để kịp thời phát hiện …" / "Tổ chức theo dõi thi hành pháp luật; tổng hợp, đánh giá …"): for the
    same body, a prose task that opens with the row's first words and holds most of its words is the row's."""
    rows: dict[int, list[tuple[frozenset[str], list[str], str]]] = {}
    for a, it, _ in items:
        if a.cue == "(bảng)":
            rows.setdefault(it.source.number, []).append((_words(a.task), _opening(a.task), a.assignee or ""))
    if not rows:
        return items

    def restated(a: Assignment, it: _Item) -> bool:
        mine = _words(a.task)
        if a.cue == "(bảng)" or not mine:
            return False
        lead = " ".join(_opening(a.task, 8))
        for row, opening, assignee in rows.get(it.source.number, []):
            shared = len(mine & row)
            if shared >= 0.75 * min(len(mine), len(row)) and shared >= 0.5 * max(len(mine), len(row)):
                return True
            if assignee == (a.assignee or "") and len(opening) == 5 and shared >= 0.75 * len(row):
                if f" {' '.join(opening)} " in f" {lead} ":
                    return True
        return False

    return [(a, it, why) for a, it, why in items if not restated(a, it)]


def _opening(task: str, n: int = 5) -> list[str]:
    """The first n words of a task, folded: "Thường xuyên tổ chức theo dõi thi hành …" -> "thuong xuyen to chuc …"."""
    return re.findall(r"\w+", fold_key(task))[:n]


def _drop_closing(items: list[tuple[Assignment, _Item, str]], lex: Lexicon) -> list[tuple[Assignment, _Item, str]]:
    """A decision's or plan's closing formula ("Có trách nhiệm thi hành Quyết định này", "Thực hiện các nội dung và
    thời gian theo đúng Kế hoạch đề ra") asks that the text be carried out: where the report lists the text's own
    tasks it adds none. A text that gives no other task keeps it (shown with what is to be carried out)."""
    closing = lex.re("official.closing_formula")
    # "Triển khai thực hiện" alone is shown as what it carries out ("Triển khai thực hiện Công văn số 8129/UBND-KT về
    # …", _task_shown): a row that names the text's subject
    formula = [
        closing.fullmatch(a.task.strip()) is not None and fold_key(a.task.strip(" ./;")) not in _CARRY_OUT
        for a, _, _ in items
    ]
    with_tasks = {it.source.number for (_, it, _), f in zip(items, formula, strict=True) if not f}
    return [x for x, f in zip(items, formula, strict=True) if not (f and x[1].source.number in with_tasks)]


def _restep(a: Assignment, x: ActionItem, wset: frozenset[str], xset: frozenset[str]) -> bool:
    """Whether an official plan states again, for the same body, a task it gave before: its steps ("2.1. … Ủy ban nhân dân xã,
    phường, thị trấn thành lập Ban Chỉ đạo …, gồm …") and its assignments by body (§III "Thành lập Ban Chỉ đạo … để
    tổ chức thực hiện …") open alike and share most of their words."""
    if (x.assignee or "") != (a.assignee or "") or not wset or not xset:
        return False
    if a.deadline and x.deadline and a.deadline != x.deadline:
        return False  # the six-monthly report and the annual one: two tasks
    return _opening(a.task) == _opening(x.task) and len(wset & xset) >= 0.7 * min(len(wset), len(xset))


def _merge_actions(items: list[tuple[Assignment, _Item, str]], lex: Lexicon) -> list[ActionItem]:
    """The same directive reported by several portals is one item with several citations."""
    out: list[ActionItem] = []
    keyed: list[tuple[ActionItem, frozenset[str]]] = []
    for a, it, why in _join_sentence_pieces(_drop_restated(_drop_closing(items, lex))):
        cite = Cited(it.source.number, a.sentence)
        wset = _words(a.task)
        event_id = it.event.id if it.event else None
        dup = None
        for x, xset in keyed:
            if (x.assignee or "") != (a.assignee or "") and x.event_id != event_id:
                continue
            if any(c.source == cite.source for c in x.citations):
                if it.doc.issuer and _restep(a, x, wset, xset):
                    dup = x
                    break
                continue  # one document gives each task once: two of its tasks are two tasks, however alike
            # one task's words mostly found in the other's: the same directive, told shorter or longer
            shared = len(wset & xset)
            if wset and xset and (shared >= 0.7 * len(wset) or shared >= 0.7 * len(xset)):
                dup = x
                break
        if dup:
            if any(c.source == cite.source for c in dup.citations) and len(a.task) > len(dup.task):
                dup.task = _sentence_case(_task_shown(a.task, it.doc))  # a plan's step and its §III: the fuller
            if not dup.deadline and a.deadline:
                dup.deadline, dup.deadline_date = a.deadline, a.deadline_date
            if all(c.source != cite.source for c in dup.citations):
                dup.citations.append(cite)
            continue
        item = ActionItem(
            task=_sentence_case(_task_shown(a.task, it.doc)),
            assignee=a.assignee,
            assigner=_assigner_shown(a.assigner, it.source.issuer),
            deadline=a.deadline,
            event_id=event_id,
            event_date=it.facts.event_date,
            citations=[cite],
            why=why,
            urgency=a.urgency,
            deadline_date=a.deadline_date,
        )
        out.append(item)
        keyed.append((item, wset))
    return out


# What a document's closing asks when it names no task of its own ("Căn cứ ý kiến chỉ đạo, yêu cầu các Sở, ngành, địa
# phương triển khai thực hiện./."): to carry out the document itself.
_CARRY_OUT = frozenset(
    fold_key(t)
    for t in (
        "triển khai thực hiện",
        "tổ chức thực hiện",
        "triển khai, thực hiện",
        "thực hiện",
        "triển khai",
        "nghiêm túc thực hiện",
        "thực hiện nghiêm túc",
        "triển khai thực hiện nghiêm túc",
        "biết và thực hiện",
        "biết, thực hiện",
    )
)
_ABOUT = (" về việc ", " V/v ", " v/v ")


def _assigner_shown(assigner: str | None, issuer: str | None) -> str | None:
    """A city's People's Committee is "UBND Thành phố", not the canonical "UBND tỉnh" (QĐ 3210/QĐ-UBND of Hồ Chí
    Minh City read "Cơ quan giao: UBND tỉnh")."""
    if not assigner or not issuer or "thành phố" not in issuer.lower():
        return assigner
    for office in ("UBND tỉnh", "Ủy ban nhân dân tỉnh"):
        if assigner.endswith(office):
            return assigner[: -len("tỉnh")] + "Thành phố"
    return assigner


def _task_shown(task: str, doc: Document) -> str:
    """A task that only says "carry it out" shown with what is to be carried out: the document's subject ("Triển
    khai thực hiện Chương trình hành động số 104-CTr/TU …" from "Công văn số 9387/UBND-KT về việc triển khai thực hiện
    Chương trình hành động số 104-CTr/TU …"), else the document ("Thực hiện Công văn số 2428/BXD-QLN …")."""
    if fold_key(task.strip(" ./;")) not in _CARRY_OUT or not doc.title:
        return task
    title = doc.title.strip()
    cut = min((i for i in (title.find(a) for a in _ABOUT) if i > 0), default=-1)
    if cut < 0:
        return f"{task.strip(' ./;')} {title}"
    subject = title[cut:].split(None, 2)[-1].strip()  # past "về việc" / "V/v"
    verb = task.strip(" ./;")
    if fold_key(verb) in fold_key(subject)[:40]:
        return subject  # "(tổ chức) triển khai thực hiện Chương trình …": the subject says it already
    return f"{verb} {title[:cut]} về {subject}"


def _merge_results(results: list[ResultItem]) -> list[ResultItem]:
    """The same achievement reported by several portals (the same sentence, folded) is one item with their
    citations, in first-reported order; a sentence that only retells the numbers an earlier one of the same source
    gave is left out (see _restates)."""
    merged: dict[str, ResultItem] = {}
    for r in results:
        key = fold_key(r.text)
        if key in merged:
            have = merged[key].citations
            have += [c for c in r.citations if all(c.source != x.source for x in have)]
        elif not any(_restates(r, kept) for kept in merged.values()):
            merged[key] = r
    return list(merged.values())


def _numbers(text: str) -> frozenset[str]:
    # "07 người" and "7 người" are one count; digits compared as written, never converted (a 5,000-digit "figure")
    return frozenset(n.lstrip("0") or "0" for n in re.findall(r"\d+", text))


def _restates(r: ResultItem, earlier: ResultItem) -> bool:
    """News retell their lead in the body ("… ngày 22 tháng 4 năm 2024, … khiến 07 người tử vong và 03 người bị
    thương." then "Theo đó, vào hồi 13 giờ 30 phút, ngày 22/4/2024 đã xảy ra …", "Hậu quả làm cho 07 công nhân …
    tử vong và 03 …"): a sentence of the same source whose numbers, two at least, the earlier one all gave says
    nothing new to a reader of the section."""
    same_source = {c.source for c in r.citations} <= {c.source for c in earlier.citations}
    numbers = _numbers(r.text)
    return same_source and len(numbers) >= 2 and numbers <= _numbers(earlier.text)


def _sentence_case(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


# --- summary -----------------------------------------------------------------------------------------------------


def _summary(
    items: list[_Item], events: list[Event], participation, figures, actions, results, province: str | None = None
) -> list[SummarySentence]:
    """3–6 sentences quoted from the sources: the events (the target's own first), its participation, its most
    telling figure (money and percentages first), a result and the first directives."""
    out: list[SummarySentence] = []
    seen: set[str] = set()

    def add(text: str | None, source: int) -> None:
        if text and text not in seen and len(out) < 6:
            seen.add(text)
            out.append(SummarySentence(text, [Cited(source, text)]))

    by_source = {it.source.number: it for it in items}
    ordered = sorted(events, key=lambda e: (province in e.provinces, e.date or ""), reverse=True)
    for ev in ordered[:2]:
        first = by_source[ev.sources[0]]
        add(first.facts.lead_sentence, first.source.number)
    for p in participation[:1]:
        add(p.citations[0].sentence, p.citations[0].source)
    own = [r for r in figures if r.own] or figures
    own = sorted(own, key=lambda r: not re.search(r"USD|đồng|%", r.unit))
    for r in own[:1]:
        c = r.values[0].citations[0]
        add(c.sentence, c.source)
    for r in results[:1]:
        add(r.citations[0].sentence, r.citations[0].source)
    for a in actions[:2]:
        add(a.citations[0].sentence, a.citations[0].source)
    return out


# a photo's caption kept as a sentence: someone spoke, chaired or attended, and nothing else ("Đồng chí Lâm Thị
# Hương Thành phát biểu chỉ đạo tại hội nghị.")
_ONLY_PRESENT = re.compile(
    r"(?:phát biểu|chủ trì|dự|tham dự|chụp ảnh|trao)(?:\s+\w+){0,3}\s+(?:tại|với)\s+[^.;,\d]{0,70}\.?$"
)


def _quotable(sentence: str) -> bool:
    """Whether a source's sentence stands alone in a summary: not a basis line, a list item, a cut lead, or a
    caption that only says who spoke or attended."""
    s = sentence.strip()
    return not (
        s.startswith(("Căn cứ ", "Xét ", "Theo đề nghị "))
        or s.endswith((";", ",", ":", "...", "…"))
        or s.startswith(("Trong đó", "- ", "+ "))
        or (len(s.split()) <= 20 and _ONLY_PRESENT.search(s) is not None)
    )


def _province_summary(
    b: Briefing, items: list[_Item], events: list[Event], province: Province, lex: Lexicon
) -> list[SummarySentence]:
    """A few sentences written from the facts, each with its citations: the tasks given to the province (how many,
    in how many texts, the soonest deadline), then what the province's sources say (its participation, its own most
    telling figure, a result) and its own events. Every number is a count or as a source gives it."""
    out: list[SummarySentence] = []
    own = b.actions + b.appendix_actions
    who = f"{province.kind} {province.name}"
    if own:
        docs = sorted({a.citations[0].source for a in own})
        line = f"Trong kỳ, {who} được giao {len(own)} nhiệm vụ tại {len(docs)} văn bản"
        dated = sorted((a for a in own if a.deadline_date), key=_action_order)
        if dated:
            line += f"; {len(dated)} nhiệm vụ có thời hạn, sớm nhất: {_short_task(dated[0].task)} ({dated[0].deadline})"
        # each document cited by one of its tasks; the soonest deadline's document by that task, the claim it backs
        soonest = dated[0].citations[0] if dated else None
        cites = [
            soonest
            if soonest and soonest.source == n
            else next(a.citations[0] for a in own if a.citations[0].source == n)
            for n in docs
        ]
        out.append(SummarySentence(line + ".", cites, generated=True))
    elif b.locality_actions:
        docs = sorted({a.citations[0].source for a in b.locality_actions})
        cites = [next(a.citations[0] for a in b.locality_actions if a.citations[0].source == n) for n in docs]
        out.append(
            SummarySentence(
                f"Trong kỳ, không có nhiệm vụ giao riêng cho {who}; có {len(b.locality_actions)} nhiệm vụ giao "
                f"chung cho các địa phương tại {len(docs)} văn bản.",
                cites,
                generated=True,
            )
        )
    quoted: set[str] = set()

    def quote(c: Cited | None) -> None:
        # a summary quotes sentences a reader takes in at once, not a paragraph-long list of packages and companies,
        # nor what reads only in its place: a basis ("Căn cứ Luật …;"), a list item ("… (01 bản);"), a portal's cut
        # lead ("… Chủ tịch Ủy ban nhân dân tỉnh Yên ...")
        if c and _quotable(c.sentence) and c.sentence not in quoted and len(out) < 5 and len(c.sentence.split()) <= 60:
            quoted.add(c.sentence)
            out.append(SummarySentence(c.sentence, [c]))

    for p in b.participation[:1]:
        quote(p.citations[0])
    mine = sorted((r for r in b.figures if r.own), key=lambda r: not re.search(r"USD|đồng|%", r.unit))
    # a figure whose sentence says where it was counted: a district's article's "dự kiến khoảng 7,8 nghìn tấn …" read
    # alone passes for the province's
    by_source = {it.source.number: it for it in items}
    placed = [r for r in mine if _placed(r.values[0].citations[0], by_source, province.name, lex)]
    for r in placed[:1]:
        quote(r.values[0].citations[0])
    for res in b.results[:1]:
        if res.scope == province.name:
            quote(res.citations[0])
    for ev in [e for e in events if province.name in e.provinces][:1]:
        first = by_source.get(ev.sources[0])
        lead = first.facts.lead_sentence if first else None
        if first and lead and (_names_place_of(lead, province.name, lex) or lex.re("home.report_lead").match(lead)):
            quote(Cited(first.source.number, lead))
    return out


def _placed(c: Cited, by_source: dict[int, _Item], province: str, lex: Lexicon) -> bool:
    """Whether a figure's sentence, quoted alone, is the province's: it names the province or one of its districts,
    or its text is not a district's news (a title on "vải thiều sớm Tân Yên": "dự kiến khoảng 7,8 nghìn tấn …" is
    the district's, read alone it passes for the province's)."""
    if _names_place_of(c.sentence, province, lex):
        return True
    it = by_source.get(c.source)
    top = (
        " ".join([it.doc.title or "", it.doc.lead, *(it.doc.para_text(p) for p in it.doc.paragraphs[:4])]) if it else ""
    )
    return not any(d.province == province for d in find_districts(top, lex))


def _names_place_of(sentence: str, province: str, lex: Lexicon) -> bool:
    """Whether a sentence says where it happens, in the province or one of its districts: a report's lead ("Chiều 25/7,
    Bí thư Tỉnh ủy Cà Mau … làm việc với huyện Phú Tân"), not a journalist's opening ("Mục tiêu xuất khẩu tôm trị giá
    10 tỉ USD chưa thấy, chỉ biết rằng giá tôm tại "thủ phủ" Miền Tây đang giảm mạnh …")."""
    named = {m.province.name for m in lex.gazetteer.find_mentions(sentence)}
    return province in named or any(d.province == province for d in find_districts(sentence, lex))


def _short_task(task: str, words: int = 14) -> str:
    parts = task.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


# --- length: a weekly báo cáo is read in minutes ----------------------------------------------------------------


@dataclass(frozen=True)
class Limits:
    """How many rows each section lists: a weekly báo cáo of a few pages, as staff would write one by hand. What is
    left out is counted in Briefing.omitted and said in the report; the most reported items (cited by the most
    sources) and conflicts are kept first."""

    own_figures: int = 10  # the target's own figures
    context_figures: int = 5  # national figures, as context
    trends: int = 3
    results: int = 5
    actions: int = 10  # the province's tasks in the main table; the rest go to the appendix, none is dropped
    locality_actions: int = 5  # tasks to all localities, the newest first
    context_actions: int = 4  # directives to ministries, embassies … ("để biết")
    participation: int = 5  # who chaired or attended, one per person and event
    events: int = 6
    citations: int = 2  # sources quoted per item (the first ones, in source order)


DEFAULT_LIMITS = Limits()
_MAX_VALUES = 5  # values shown for one figure on which sources disagree


def _n_sources(citations) -> int:
    return len({c.source for c in citations})


def _keep(rows: list, n: int, weight) -> tuple[list, int]:
    """The n heaviest rows, in their original order, and how many were left out."""
    if len(rows) <= n:
        return rows, 0
    ranked = sorted(range(len(rows)), key=lambda i: (-weight(rows[i]), i))[:n]
    return [rows[i] for i in sorted(ranked)], len(rows) - n


def _by_document(actions: list[ActionItem]) -> list[ActionItem]:
    """The appendix lists a document's tasks together, in the order of the sources."""
    return sorted(actions, key=lambda a: (a.citations[0].source, _action_order(a)))


def _result_weights(results: list[ResultItem]) -> dict[int, float]:
    """Results reported by more sources first; among equals, each source's first result before any source's second:
    one article retelling its story sentence by sentence ("Nguyên nhân ban đầu …", "Cụ thể, …", "Ngay sau khi nhận
    được tin báo …") filled the whole section of a province with twenty results from seven sources. Keyed by id()."""
    rank: dict[int, int] = {}
    weights = {}
    for r in results:
        first = r.citations[0].source
        rank[first] = rank.get(first, -1) + 1
        weights[id(r)] = _n_sources(r.citations) - rank[first] / 1000
    return weights


def _figure_weight(r: FigureRow) -> float:
    return (1000 if r.conflict else 0) + _n_sources(r.all_citations())


def _shorten(b: Briefing, limits: Limits, province: str | None) -> None:
    """Cap each section (see Limits) and say what was left out."""
    own = [r for r in b.figures if r.own or province is None]
    context = [r for r in b.figures if not (r.own or province is None)]
    own_kept, own_cut = _keep(own, limits.own_figures, _figure_weight)
    ctx_kept, ctx_cut = _keep(context, limits.context_figures, _figure_weight)
    kept_ids = {id(r) for r in own_kept + ctx_kept}
    if province is not None:
        # the province's own figures are never dropped: past the main table, in the appendix
        b.appendix_figures = [r for r in own if id(r) not in kept_ids]
        own_cut = 0
    b.figures = [r for r in b.figures if id(r) in kept_ids]
    b.trends, _ = _keep(b.trends, limits.trends, lambda t: len(t.points))
    result_weight = _result_weights(b.results)
    b.results, res_cut = _keep(b.results, limits.results, lambda r: result_weight[id(r)])
    if province is None:
        b.actions, act_cut = _keep(b.actions, limits.actions, lambda a: _n_sources(a.citations))
    else:
        # every task addressed to the province is shown: past the main table, in the appendix (Phụ lục)
        b.actions, b.appendix_actions = b.actions[: limits.actions], _by_document(b.actions[limits.actions :])
        act_cut = 0
    b.locality_actions, loc_cut = (
        b.locality_actions[: limits.locality_actions],
        max(0, len(b.locality_actions) - limits.locality_actions),
    )
    b.context_actions, cact_cut = _keep(b.context_actions, limits.context_actions, lambda a: _n_sources(a.citations))
    b.participation, part_cut = _keep(_merge_participation(b.participation), limits.participation, lambda p: 0)
    for group in (b.summary, b.participation, b.results, b.all_actions()):
        for x in group:
            x.citations = x.citations[: limits.citations]
    for r in b.figures:
        if len(r.values) > _MAX_VALUES:  # many sources disagreeing: the most cited values, and how many there are
            ranked = sorted(r.values, key=lambda v: -_n_sources(v.citations))[:_MAX_VALUES]
            r.note = f"{r.note} ({len(r.values)} giá trị khác nhau, nêu {_MAX_VALUES} giá trị được dẫn nhiều nhất)"
            r.values = [v for v in r.values if v in ranked]
        # disagreeing values: one source each is enough to say who gives which number
        per_value = 1 if r.conflict else limits.citations
        for v in r.values:
            v.citations = v.citations[:per_value]
    for t in b.trends:
        for p in t.points:
            p.citations = p.citations[: limits.citations]
    for n, what in (
        (part_cut, "lượt tham dự khác"),
        (own_cut, "số liệu khác" if province is None else f"số liệu khác của {province}"),
        (ctx_cut, "số liệu chung khác"),
        (res_cut, "kết quả khác"),
        (act_cut, "nhiệm vụ khác"),
        (loc_cut, "nhiệm vụ chung khác cho các địa phương"),
        (cact_cut, "chỉ đạo khác đối với các bộ, ngành, cơ quan"),
    ):
        if n:
            b.omitted.append(f"{n} {what}")


def _merge_participation(rows: list[Participation]) -> list[Participation]:
    """One row per person and event (several portals report the same bridge point)."""
    out: dict[tuple, Participation] = {}
    for p in rows:
        key = (p.name, p.event_id)
        if key in out:
            out[key].citations += [c for c in p.citations if c.source not in {x.source for x in out[key].citations}]
        else:
            out[key] = p
    return list(out.values())


def _keep_cited_sources(b: Briefing, limits: Limits) -> None:
    """List only the sources something in the briefing cites (and one per event), numbered again from [1]."""
    citations = list(b.citations())
    cited = {c.source for c in citations}
    # events: those something cites or the target attended, the most reported first
    attended = {p.event_id for p in b.participation}
    events = [e for e in b.events if cited.intersection(e.sources) or e.id in attended]
    b.events, events_cut = _keep(events, limits.events, lambda e: e.reports)
    if events_cut:
        b.omitted.append(f"{events_cut} sự kiện khác")
    for e in b.events:
        if not cited.intersection(e.sources):
            cited.add(e.sources[0])
    if len(cited) == len(b.sources):
        return
    renumber = {}
    kept: list[SourceRef] = []
    for s in b.sources:
        if s.number in cited:
            renumber[s.number] = len(kept) + 1
            s.number = len(kept) + 1
            kept.append(s)
    uncited = len(b.sources) - len(kept)
    b.sources = kept
    for c in citations:
        c.source = renumber[c.source]
    for e in b.events:
        e.sources = [renumber[n] for n in e.sources if n in renumber]
    b.omitted.append(f"{uncited} bài viết khác cùng nội dung (không được trích dẫn)")


# --- entry points ------------------------------------------------------------------------------------------------


def cited_title(doc: Document, lex: Lexicon) -> str:
    """An official text's title as a report cites it: its subject, when the heading wrote it in capitals ("Chỉ thị
    số 07/CT-TTg VỀ VIỆC CHẤN CHỈNH …"), in sentence case with its bodies, place and documents named as written
    ("Chỉ thị số 07/CT-TTg về việc chấn chỉnh …")."""
    title = doc.display_title
    m = _NUMBERED_TITLE.match(title) if doc.issuer else None
    if not m or m.group("subject").upper() != m.group("subject"):
        return title
    subject = sentence_cased(m.group("subject"), lex)
    return m.group("head") + subject[:1].lower() + subject[1:]


def _items(docs: list[Document], facts: list[DocumentFacts], span: Span, lex: Lexicon) -> list[_Item]:
    chosen = []
    for d, f in zip(docs, facts, strict=True):
        when = d.event_date or d.published
        if span.start is None and span.end is None or when is not None and span.contains(when):
            chosen.append((d, f))
    chosen.sort(key=lambda x: (x[1].event_date or "", x[0].path))
    items = []
    for n, (d, f) in enumerate(chosen, start=1):
        src = SourceRef(
            d.id, d.path, cited_title(d, lex), d.portal, f.published, f.event_date, number=n, issuer=issuer_office(d)
        )
        items.append(_Item(d, f, src))
    return items


def _issue_title(kind: str, target: str, label: str, theme: str | None = None) -> str:
    if kind == "province" and theme:
        return f"Tổng hợp thông tin về chủ đề {theme} liên quan đến {target} – {label}"
    if kind == "province":
        return f"Tổng hợp chỉ đạo, nhiệm vụ và thông tin liên quan đến {target} – {label}"
    return f"Tổng hợp thông tin theo chủ đề {target} – {label}"


def _period_label(span: Span, items: list[_Item]) -> str:
    """The period as the report states it. With no period asked for, the dates the sources actually cover ("từ
    ngày 10/01/2026 đến ngày 14/01/2026"), never "toàn bộ thời gian"."""
    if span.start is not None or span.end is not None:
        return span.label
    dates = sorted(d for it in items if (d := it.facts.event_date or it.facts.published))
    if not dates:
        return "các văn bản không rõ ngày"
    first, last = (date.fromisoformat(d[:10]).strftime("%d/%m/%Y") for d in (dates[0], dates[-1]))
    return f"ngày {first}" if first == last else f"từ ngày {first} đến ngày {last}"


def _new_briefing(
    kind: str,
    target: str,
    title_target: str,
    span: Span,
    issuer: Issuer,
    issue_date: date,
    items: list[_Item],
    events: list[Event],
    theme: str | None = None,
) -> Briefing:
    """The parts every briefing shares: header fields, sources and events."""
    label = _period_label(span, items)
    b = Briefing(
        target_kind=kind,
        target=target,
        period_label=label,
        period_slug=span.slug,
        issue_date=issue_date.isoformat(),
        title=_issue_title(kind, title_target, label, theme),
        issuer=issuer,
        target_label=title_target,
    )
    b.sources = [it.source for it in items]
    b.events = events
    undated = sum(1 for it in items if not (it.facts.event_date or it.facts.published))
    if undated:
        b.notices.append(f"{undated} văn bản không rõ ngày: nhiệm vụ của chúng được xếp sau cùng.")
    return b


def assemble_province(
    docs: list[Document],
    facts: list[DocumentFacts],
    province: Province,
    span: Span,
    issuer: Issuer,
    issue_date: date,
    notices: list[str] | None = None,
    limits: Limits = DEFAULT_LIMITS,
    theme: Theme | None = None,
    lex: Lexicon | None = None,
) -> Briefing:
    """The province's briefing; with theme, only its facts on that theme (and the documents holding them). The
    lexicon is read once here and handed to what needs it (rules, places)."""
    lex = lex or load_lexicon()
    if theme is not None:
        docs, facts = _on_theme(docs, facts, theme)
    items = _items(docs, facts, span, lex)
    events = _group_events(items)
    b = _new_briefing(
        "province",
        province.name,
        f"{province.kind} {province.name}",
        span,
        issuer,
        issue_date,
        items,
        events,
        theme.name if theme else None,
    )
    b.notices = list(notices or []) + b.notices  # the caller's, then the period's own ("… không rõ ngày …")
    b.province_code = province.code
    fig_pairs: list[tuple[Figure, _Item]] = []
    own_pairs: list[tuple[Figure, _Item]] = []
    national_pairs: list[tuple[Figure, _Item]] = []
    actions: list[tuple[Assignment, _Item, str]] = []
    localities: list[tuple[Assignment, _Item, str]] = []
    context: list[tuple[Assignment, _Item, str]] = []
    for it in items:
        for c in it.facts.chairs:
            if c.province == province.name:
                b.participation.append(
                    Participation(
                        c.province,
                        c.name,
                        c.title,
                        c.verb,
                        it.event.id if it.event else None,
                        [Cited(it.source.number, c.sentence)],
                        it.event.name if it.event else None,
                        it.event.date if it.event else None,
                        c.at_bridge,
                    )
                )
        for f in it.facts.figures:
            if f.scope == province.name:
                own_pairs.append((f, it))
            elif f.scope == "quốc gia":
                national_pairs.append((f, it))
        for r in it.facts.results:
            if r.scope == province.name:
                b.results.append(ResultItem(r.text, r.scope, [Cited(it.source.number, r.sentence)]))
        for a in it.facts.assignments:
            why = _why_action(a, it.facts, province)
            if why == "giao các địa phương":
                localities.append((a, it, why))
            elif why == "để biết":
                context.append((a, it, why))
            elif why:
                actions.append((a, it, why))
    fig_pairs = own_pairs + national_pairs
    b.figures = _merge_figures(fig_pairs, province.name)
    b.trends = _trends(b.figures)
    b.actions = sorted(_merge_actions(actions, lex), key=_action_order)
    b.locality_actions = sorted(_merge_actions(localities, lex), key=lambda a: _negated(a.event_date))
    b.context_actions = _merge_actions(context, lex)
    if not b.results:
        # national results of the events, as context
        for it in items:
            for r in it.facts.results[:2]:
                if r.scope == "quốc gia":
                    b.results.append(ResultItem(r.text, r.scope, [Cited(it.source.number, r.sentence)]))
    b.results = _merge_results(b.results)
    _shorten(b, limits, province.name)
    b.summary = _province_summary(b, items, events, province, lex)
    _keep_cited_sources(b, limits)
    if not items:
        b.notices.append(f"Không có bài viết nào trong kỳ báo cáo ({span.label}).")
    elif b.empty:
        b.notices.append(f"Trong kỳ báo cáo không có thông tin liên quan đến {province.kind} {province.name}.")
    return b


def _on_theme_fact(theme: Theme, fact: Figure | Assignment | Statement) -> bool:
    """Whether a fact is on the theme: by the themes extraction gave its sentence; free keywords a user typed (not a
    theme of themes.yaml) are looked for in its sentence."""
    return theme.name in fact.themes if theme.known else matches(theme, fact.sentence)


def _on_theme(
    docs: list[Document], facts: list[DocumentFacts], theme: Theme
) -> tuple[list[Document], list[DocumentFacts]]:
    """Each document's figures, directives and results on the theme; documents with none are left out (their
    bridge points with them)."""
    out_docs, out_facts = [], []
    for d, f in zip(docs, facts, strict=True):
        kept = replace(
            f,
            figures=[x for x in f.figures if _on_theme_fact(theme, x)],
            assignments=[a for a in f.assignments if _on_theme_fact(theme, a)],
            results=[r for r in f.results if _on_theme_fact(theme, r)],
        )
        if kept.figures or kept.assignments or kept.results:
            out_docs.append(d)
            out_facts.append(kept)
    return out_docs, out_facts


def assemble_theme(
    docs: list[Document],
    facts: list[DocumentFacts],
    theme: Theme,
    span: Span,
    issuer: Issuer,
    issue_date: date,
    limits: Limits = DEFAULT_LIMITS,
    lex: Lexicon | None = None,
) -> Briefing:
    lex = lex or load_lexicon()
    items = _items(docs, facts, span, lex)
    events = _group_events(items)
    b = _new_briefing("theme", theme.name, theme.name, span, issuer, issue_date, items, events)
    used_items = []
    fig_pairs, actions = [], []
    for it in items:
        hit = False
        for f in it.facts.figures:
            if _on_theme_fact(theme, f):
                fig_pairs.append((f, it))
                hit = True
        for a in it.facts.assignments:
            if _on_theme_fact(theme, a):
                actions.append((a, it, f"chủ đề: {theme.name}"))
                hit = True
        for r in it.facts.results:
            if _on_theme_fact(theme, r):
                b.results.append(ResultItem(r.text, r.scope, [Cited(it.source.number, r.sentence)]))
                hit = True
        if hit:
            used_items.append(it)
    b.figures = _merge_figures(fig_pairs, None)
    b.trends = _trends(b.figures)
    b.actions = _merge_actions(actions, lex)
    b.results = _merge_results(b.results)
    _shorten(b, limits, None)
    used_events = {id(it.event) for it in used_items}
    b.events = [e for e in events if id(e) in used_events]
    b.summary = _summary(used_items, b.events, [], b.figures, b.actions, b.results)
    _keep_cited_sources(b, limits)
    if b.empty:
        b.notices.append(f"Trong kỳ báo cáo không có thông tin về chủ đề '{theme.name}'.")
    return b
