"""What every view of a Briefing shares: Decree-30 date strings, section numbering, the chart's data."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from babel.dates import format_date

from ..briefing import Briefing, Cited, FigureRow, Participation, SourceRef

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
# Điểm letters follow the Vietnamese alphabet: no f, j, w, z; đ after d.
LETTERS = [
    "a",
    "b",
    "c",
    "d",
    "đ",
    "e",
    "g",
    "h",
    "i",
    "k",
    "l",
    "m",
    "n",
    "o",
    "p",
    "q",
    "r",
    "s",
    "t",
    "u",
    "v",
    "x",
    "y",
]


def decree_date(d: date) -> str:
    """'ngày 05 tháng 01 năm 2026', 'ngày 22 tháng 7 năm 2025': day < 10 and months 1–2 take a leading zero."""
    month = "MM" if d.month <= 2 else "M"
    return format_date(d, f"'ngày' dd 'tháng' {month} 'năm' y", locale="vi_VN")


def place_date(place: str, d: date) -> str:
    return f"{place}, {decree_date(d)}" if place else decree_date(d)[0].upper() + decree_date(d)[1:]


def issue_place_date(b: Briefing) -> str:
    """The header's 'Lai Châu, ngày 20 tháng 01 năm 2026': the issuer's place, else the province reported on; a theme
    briefing with no place configured gives the date alone (never the theme's name as a place)."""
    place = b.issuer.place or (b.target if b.target_kind == "province" else "")
    return place_date(place, date.fromisoformat(b.issue_date))


def refs(numbers) -> str:
    """'[1], [3]': the sources, each once, in order."""
    return ", ".join(f"[{n}]" for n in sorted(set(numbers)))


def cites(citations: list[Cited]) -> str:
    return refs(c.source for c in citations)


def source_cell(row: FigureRow) -> str:
    """The Nguồn column of a figure row. When sources disagree each value carries its own citations beside it, so
    the column would only repeat them all: it says so instead."""
    return "theo từng số liệu" if row.conflict else cites(row.all_citations())


def short_date(iso: str | None) -> str:
    if not iso:
        return "không rõ ngày"
    d = date.fromisoformat(iso[:10])
    return format_date(d, "dd/MM/y", locale="vi_VN")


def source_line(s: SourceRef) -> str:
    """One line per source, as a report cites it: '[3] Title – Portal, 12/01/2026'; an official text by its
    issuer: '[2] Công văn số 5973/UBND-KT về việc … – Ủy ban nhân dân tỉnh Lào Cai, 12/5/2026'. The publication
    date identifies the article; the event date is added only when it differs. Never a file path: the reader
    has the portal, not this machine."""
    when = short_date(s.published or s.event_date)
    if s.published and s.event_date and s.event_date != s.published[:10]:
        when += f", sự kiện {short_date(s.event_date)}"
    by = s.issuer or s.portal
    return f"[{s.number}] {s.title}" + (f" – {by}" if by else "") + f", {when}"


def participation_line(p: Participation) -> str:
    """'Đồng chí Hà Trọng Hải, Phó Chủ tịch UBND tỉnh chủ trì tại điểm cầu Lai Châu – Hội nghị … (12/01/2026)';
    a meeting of the province's own has no bridge point: 'Đồng chí …, Chủ tịch UBND tỉnh chủ trì – Lai Châu: …'."""
    title = f", {p.title}" if p.title else ""
    line = f"Đồng chí {p.name}{title} {p.verb}" + (f" tại điểm cầu {p.province}" if p.at_bridge else "")
    if p.event_name:
        line += f" – {p.event_name}" + (f" ({short_date(p.event_date)})" if p.event_date else "")
    return line


def letter(i: int) -> str:
    """a, b, …, y, then aa, bb, …: a long list never runs out of points."""
    return LETTERS[i % len(LETTERS)] * (i // len(LETTERS) + 1)


@dataclass
class ChartData:
    title: str
    unit: str
    labels: list[str]
    values: list[float]
    displays: list[str]


def chart_data(b: Briefing) -> ChartData | None:
    """A trend if there is one; else the largest group of the target's own figures that a bar chart may compare,
    else of the other figures. Bars compare only figures of one scope, one unit, one kind (results or targets)
    and one measure (levels, or the same change): never a province beside the nation, nor a growth rate beside a
    level. The numbers drawn are the ones the figures carry, never read back from their display."""
    if b.trends:
        t = b.trends[0]
        return ChartData(
            f"{t.subject} ({t.scope})",
            t.unit,
            [p.period for p in t.points],
            [p.value if _charted(p.value) else 0.0 for p in t.points],
            [p.display for p in t.points],
        )
    for rows in ([r for r in b.figures if r.own], [r for r in b.figures if not r.own]):
        groups: dict[tuple[str, str, str, str], list[FigureRow]] = {}
        for r in rows:
            if not r.conflict and _charted(r.values[0].value):
                groups.setdefault((r.scope, r.unit, r.kind, r.measure), []).append(r)
        best = max(groups.values(), key=len, default=[])
        if len(best) >= 2:
            best = best[:8]
            first = best[0]
            what = "Mục tiêu" if first.kind == "target" else "Số liệu chính"
            return ChartData(
                f"{what} – {first.scope} ({first.unit})",
                first.unit,
                [_short(r.subject) for r in best],
                [r.values[0].value for r in best],
                [r.values[0].display for r in best],
            )
    return None


def _short(s: str, n: int = 38) -> str:
    return s if len(s) <= n else s[: n - 1].rsplit(" ", 1)[0] + "…"


def _charted(value: float) -> bool:
    """A value a bar can show: an absurd one (shown as written in the table) would flatten every other bar."""
    return math.isfinite(value) and 0 <= value < 1e18
