"""The report's outline: its sections, in the order staff act on them, as blocks every view renders the same way.

PDF (via HTML), DOCX and Markdown walk this one outline; none of them decides what goes where. The order:
I. Tóm tắt; II. the province's own tasks (every one: past the main table, in the appendix), tasks to all
localities, and directives to other bodies about the province (để biết); III. figures; IV. participation and
results; V. events; VI. sources; then the appendix (Phụ lục).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import ClassVar

from ..briefing import ActionItem, Briefing, Cited, FigureRow
from .common import ROMAN, cites, letter, participation_line, refs, short_date, source_cell, source_line


@dataclass
class Para:
    block: ClassVar[str] = "para"  # what a template asks to tell blocks apart
    text: str
    citations: list[Cited] | None = None  # the sources it quotes, rendered as [1], [2]
    style: str = "normal"  # "normal" | "point" (a lettered điểm) | "note" (italic remark) | "source"


@dataclass
class Sub:
    """A sub-heading inside a section."""

    block: ClassVar[str] = "sub"
    title: str


@dataclass
class Table:
    block: ClassVar[str] = "table"
    kind: str  # "figures" | "actions": the views style them
    headers: list[str]
    widths: list[float]  # share of the text width, in millimetres of an A4 text block (they sum to about 165)
    rows: list[list[str]]  # cell text; "\n" breaks a line inside a cell


@dataclass
class Chart:
    """Where the figures chart goes (the views draw it from the briefing's figures)."""

    block: ClassVar[str] = "chart"


Block = Para | Sub | Table | Chart


@dataclass
class Section:
    title: str  # numbered by the views: "I. Tóm tắt"; the appendix is not numbered
    blocks: list[Block] = field(default_factory=list)
    numbered: bool = True


ACTION_HEADERS = ["TT", "Nhiệm vụ", "Cơ quan giao", "Cơ quan thực hiện", "Thời hạn", "Nguồn"]
ACTION_WIDTHS = [9.0, 66.0, 27.0, 28.0, 19.0, 16.0]


def action_rows(actions: list[ActionItem], start: int = 1) -> list[list[str]]:
    """One row per task: who gives it and who carries it out in their own columns; the deadline, else its
    urgency ("khẩn trương"), else a dash."""
    return [
        [
            str(i),
            a.task,
            a.assigner or "—",
            a.assignee or "không nêu",
            _deadline_cell(a),
            cites(a.citations),
        ]
        for i, a in enumerate(actions, start)
    ]


def _deadline_cell(a: ActionItem) -> str:
    """The deadline as written, with the day it falls on when the text leaves out the year ("trước ngày 05/7" in a
    công văn of 2026: "trước ngày 05/7 (năm 2026)"); else that none is given, with the urgency ("Không nêu hạn
    (khẩn trương)"); else a dash."""
    if not a.deadline:
        # urgency is how soon, not a day: said as such, so that no reader takes "ngay" or "sớm" for a date
        return f"Không nêu hạn ({a.urgency})" if a.urgency else "—"
    if a.deadline_date and not any(len(w) == 4 for w in re.split(r"\D+", a.deadline)):
        return f"{a.deadline} (năm {a.deadline_date[:4]})"
    return a.deadline


FIGURE_HEADERS = ["TT", "Chỉ tiêu", "Số liệu", "Kỳ", "Phạm vi", "Nguồn"]
FIGURE_WIDTHS = [10.0, 56.0, 36.0, 24.0, 20.0, 19.0]


def figure_rows(figures: list[FigureRow], start: int = 1, home: str = "") -> list[list[str]]:
    """One row per figure; values on which sources disagree each with their citations, and the note. home: the
    province as the report names it ("tỉnh Bắc Ninh"), for its districts' figures."""
    rows = []
    for i, r in enumerate(figures, start):
        vals = [v.display + (f" {cites(v.citations)}" if r.conflict else "") for v in r.values]
        if r.conflict:
            vals.append(r.note or "")
        subject, scope = _district_scope(r, home)
        rows.append([str(i), subject, "\n".join(vals), r.period or "—", scope, source_cell(r)])
    return rows


# a district or a commune (its district after it: "xã Nguyễn Việt Khái, huyện Phú Tân")
DISTRICT_UNITS = ("huyện ", "thị xã ", "quận ", "thành phố ", "TP ", "xã ", "phường ", "thị trấn ")
# a district the label's own words say the figure is of: "… trên địa bàn huyện Tân Yên", "… tại thị xã Việt Yên"
_DISTRICT_IN_LABEL = re.compile(
    r"(?<!\w)(?:trên địa bàn|tại|ở|của) (?P<place>(?:huyện|thị xã|quận) [A-ZĐ]\w*(?: [A-ZĐ]\w*){0,2})"
)


def _district_scope(r: FigureRow, home: str) -> tuple[str, str]:
    """A district's figure of the province ("sản lượng vải thiều (huyện Tân Yên)"): the district said in the Phạm vi
    column with its province ("huyện Tân Yên, tỉnh Bắc Ninh"), where a reader looks for whose figure it is, and
    the label without it."""
    if not (r.own and home):
        return r.subject, r.scope
    label, _, place = r.subject[:-1].rpartition(" (") if r.subject.endswith(")") else ("", "", "")
    if not label or not place.startswith(DISTRICT_UNITS) or "(" in place:
        # "tổng diện tích sản xuất vải thiều trên địa bàn huyện Tân Yên": the label names its district in its words
        said = _DISTRICT_IN_LABEL.search(r.subject)
        return (r.subject, f"{said.group('place')}, {home}") if said else (r.subject, r.scope)
    return label, f"{place}, {home}"


DRAFT_MARK = "DỰ THẢO"


def first_page_marks(b: Briefing) -> list[str]:
    """The framed marks at the top of page 1, under the number (Phụ lục I, III.2c and ô số 11: upper case, bold,
    13–14 pt, in a single-line frame): "DỰ THẢO" on a draft, so that nobody takes it for the issued report. Every
    view prints these and nothing else there."""
    return [DRAFT_MARK] if b.draft else []


def report_outline(b: Briefing, has_chart: bool = False) -> list[Section]:
    """The report's sections and their blocks."""
    sections = [
        Section("Tóm tắt", [Para(s.text, s.citations) for s in b.summary])
        if b.summary
        else Section("Tóm tắt", [Para("Không có thông tin để tóm tắt trong kỳ báo cáo.")]),
        _tasks(b),
        _figures(b, has_chart),
        _results(b),
    ]
    if b.events:
        sections.append(
            Section("Các hội nghị, sự kiện trong kỳ", [Para(_event_line(i, e)) for i, e in enumerate(b.events, 1)])
        )
    sections.append(_sources(b))
    appendices = []
    if b.appendix_actions:
        rows = action_rows(b.appendix_actions, len(b.actions) + 1)
        table = Table("actions", ACTION_HEADERS, ACTION_WIDTHS, rows)
        appendices.append((f"Các nhiệm vụ khác giao cho {_whom(b)}", table))
    if b.appendix_figures:
        table = Table(
            "figures", FIGURE_HEADERS, FIGURE_WIDTHS, figure_rows(b.appendix_figures, len(b.figures) + 1, _home(b))
        )
        appendices.append((f"Các số liệu khác của {_whom(b)}", table))
    for n, (title, table) in enumerate(appendices, 1):
        number = f" {ROMAN[n - 1]}" if len(appendices) > 1 else ""
        sections.append(Section(f"Phụ lục{number}: {title}", [table], numbered=False))
    return sections


def _home(b: Briefing) -> str:
    """The province as the report names it ("tỉnh Bắc Ninh"), or "" for a topic's report."""
    return (b.target_label or f"tỉnh {b.target}") if b.target_kind == "province" else ""


def _whom(b: Briefing) -> str:
    if b.target_kind != "province":
        return f"chủ đề {b.target}"
    return b.target_label or b.target


def _tasks(b: Briefing) -> Section:
    if b.target_kind != "province":
        sec = Section("Nhiệm vụ, việc cần làm")
    else:
        sec = Section(f"Nhiệm vụ giao cho {_whom(b)}")
    if b.actions:
        sec.blocks.append(Table("actions", ACTION_HEADERS, ACTION_WIDTHS, action_rows(b.actions)))
        if b.appendix_actions:
            more = len(b.appendix_actions)
            sec.blocks.append(Para(f"Còn {more} nhiệm vụ khác, liệt kê tại Phụ lục cuối báo cáo.", style="note"))
    else:
        sec.blocks.append(Para("Không có nhiệm vụ giao trực tiếp trong kỳ báo cáo."))
    if b.locality_actions:
        sec.blocks.append(Sub("Nhiệm vụ chung cho các địa phương"))
        sec.blocks.append(Table("actions", ACTION_HEADERS, ACTION_WIDTHS, action_rows(b.locality_actions)))
    if b.context_actions:
        sec.blocks.append(Sub("Chỉ đạo đối với các bộ, ngành, cơ quan khác (để biết)"))
        for i, a in enumerate(b.context_actions):
            who = f"{a.assignee}: " if a.assignee else ""
            sec.blocks.append(Para(f"{letter(i)}) {who}{a.task}", a.citations, "point"))
    return sec


def _figures(b: Briefing, has_chart: bool) -> Section:
    sec = Section("Số liệu chính")
    if not b.figures:
        sec.blocks.append(Para("Không có số liệu trong kỳ báo cáo."))
        return sec
    sec.blocks.append(Table("figures", FIGURE_HEADERS, FIGURE_WIDTHS, figure_rows(b.figures, home=_home(b))))
    if b.trends:
        sec.blocks.append(Sub("Diễn biến qua các kỳ"))
        for tr in b.trends:
            pts = " → ".join(f"{p.display} ({p.period}) {cites(p.citations)}" for p in tr.points)
            sec.blocks.append(Para(f"{tr.subject}: {pts}."))
    if has_chart:
        sec.blocks.append(Chart())
    return sec


def _results(b: Briefing) -> Section:
    sec = Section("Kết quả nổi bật")
    if b.participation:
        sec.blocks.append(Sub("1. Tham dự hội nghị"))
        for i, p in enumerate(b.participation):
            sec.blocks.append(Para(f"{letter(i)}) {participation_line(p)}.", p.citations, "point"))
        sec.blocks.append(Sub("2. Kết quả"))
    if b.results:
        for i, r in enumerate(b.results):
            sec.blocks.append(Para(f"{letter(i)}) {r.text}", r.citations, "point"))
    else:
        sec.blocks.append(Para("Không có kết quả được nêu trong kỳ báo cáo."))
    return sec


def _event_line(i: int, e) -> str:
    part = f", buổi {e.day_part}" if e.day_part else ""
    more = f" – {e.reports} bài đưa tin" if e.reports > len(e.sources) else ""
    return f"{i}. {e.name} ({short_date(e.date)}{part}) {refs(e.sources)}{more}"


def _sources(b: Briefing) -> Section:
    sec = Section("Nguồn", [Para(source_line(s), style="source") for s in b.sources])
    if not b.sources:
        sec.blocks.append(Para("Không có bài viết nào trong kỳ báo cáo."))
    if b.omitted:
        sec.blocks.append(Para(f"Để báo cáo ngắn gọn, chưa liệt kê: {'; '.join(b.omitted)}.", style="note"))
    return sec


def numbered_titles(sections: list[Section]) -> list[str]:
    """'I. Tóm tắt', 'II. …'; the appendix keeps its own title."""
    out, n = [], 0
    for s in sections:
        if s.numbered:
            out.append(f"{ROMAN[n]}. {s.title}")
            n += 1
        else:
            out.append(s.title)
    return out
