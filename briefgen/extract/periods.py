"""Reporting periods: "6 tháng đầu năm 2025", "năm 2025", "tính đến 15/12", "quý I/2026", "từ năm 2026 trở đi",
and those that name no year ("CPI tháng 1", "9 tháng đầu năm", "trong năm qua") or speak of the day of the text
("hiện có", "đến nay", "từ đầu năm đến nay").

A period that only compares ("gấp 2,5 lần năm 2024", "so với cùng kỳ năm 2024", "so với tháng 11/2017") or looks
ahead ("đến năm 2030", "tầm nhìn đến năm 2045") is not the period a figure belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import re

    from ..lexicon import Lexicon

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}  # a quarter's numeral


@dataclass(frozen=True)
class Period:
    start: int  # offsets in the string searched
    end: int
    text: str
    # "2025", "2025-H1", "2025-H2", "2025-Q1", "2025-M03", "2025-9M", "2025-12-15", "2026+", "2022..2026"; "{y}" in
    # place of a year the text leaves to its reader ("{y}-M01", "{y}-12-15"); "now" for the day of the text; "" when
    # none fits ("trong năm qua", "hằng năm")
    key: str
    year: int | None
    comparison: bool = False  # "so với năm 2024"
    horizon: bool = False  # "đến năm 2030"
    kind: str = ""  # the group of periods.period it matched
    month: int = 1  # where a yearless period ends (month, day): "tháng 12" in a text of 5/1 is last year's
    day: int = 1


def find_periods(text: str, lex: Lexicon) -> list[Period]:
    """The periods a text names, in order, each marked when it only compares or looks ahead.
    Patterns: config/rules/periods.yaml."""
    if not lex.re("periods.has_yearish").search(text):  # every period names a year or a day/month
        return []
    out = []
    for m in lex.re("periods.period").finditer(text):
        g = m.groupdict()
        kind = next(k for k in _KEYS if g[k])
        if kind in ("rel", "now") and lex.re("periods.idiom_before").search(text[max(0, m.start() - 12) : m.start()]):
            continue  # "cả trăm năm nay", "từ trước đến nay"
        key, year = _KEYS[kind](g, lex)
        comparison, horizon = _flags(kind, text, m, lex)
        month, day = _ends(g)
        out.append(Period(m.start(), m.end(), m.group(0), key, year, comparison, horizon, kind, month, day))
    return out


def _ends(g: dict) -> tuple[int, int]:
    """(month, day) a yearless period ends at, as far as the match says: to choose its year by the text's date."""
    month = g.get("am") or g.get("amo") or g.get("ymo") or g.get("ymn")
    return (int(month) if month and month.isdigit() else 1), int(g.get("ad") or 1)


def _flags(kind: str, text: str, m: re.Match[str], lex: Lexicon) -> tuple[bool, bool]:
    """(comparison, horizon) of a period: "so với năm 2024" compares, "đến năm 2030" looks ahead, and a range
    after a plan's name names its span ("chương trình hành động giai đoạn 2022 - 2026")."""
    before = text[max(0, m.start() - 25) : m.start()]
    if kind == "range":
        return False, bool(lex.re("periods.range_named").search(text[max(0, m.start() - 80) : m.start()].lower()))
    if kind in ("now", "ytd", "since", "every"):
        return False, False
    if kind == "rel":
        return bool(lex.re("periods.superlative_before").search(before)), False
    if kind == "month" and lex.re("periods.document_date_before").search(text[max(0, m.start() - 120) : m.start()]):
        return True, False  # "Nghị quyết số 102/NQ-CP ngày 29 tháng 6 năm 2024": a document's date, no period
    compare = lex.re("periods.compare_before").search(before.lower())
    ahead = compare is not None and compare.group(1) in lex.words("periods.horizon_words")
    comparison = compare is not None and not ahead  # "so với tháng 11/2017" as much as "so với năm 2024"
    if kind != "year":
        return comparison, False  # "đến tháng 11 còn …" is a point reached, not a horizon
    horizon = ahead or bool(lex.re("periods.horizon_year").search(text[max(0, m.start() - 20) : m.end()].lower()))
    return comparison, horizon


def _from_year(g: dict, lex: Lexicon) -> tuple[str, int | None]:
    return f"{g['fy']}+", int(g["fy"])


def _year_or_open(y: str | None) -> tuple[str, int | None]:
    """A year as written, or "{y}" for the one the text leaves to its reader."""
    return (y, int(y)) if y else ("{y}", None)


def _as_of_day(g: dict, lex: Lexicon) -> tuple[str, int | None]:
    """'tính đến 15/12' -> '{y}-12-15' (its year resolved later), 'tính đến 15/12/2025' -> '2025-12-15'."""
    y, year = _year_or_open(g["ay"])
    return f"{y}-{int(g['am']):02d}-{int(g['ad']):02d}", year


def _as_of_month(g: dict, lex: Lexicon) -> tuple[str, int | None]:
    y, year = _year_or_open(g["amy"])
    return f"{y}-{int(g['amo'])}M", year  # cumulative from January to the end of that month


def _months(g: dict, lex: Lexicon) -> tuple[str, int | None]:
    """'6 tháng đầu năm 2025' -> '2025-H1', '9 tháng năm 2025' -> '2025-9M' (from January), '3 tháng cuối năm
    2025' -> '2025-last3M'; a count in words has its value in figures.numerals ('chín tháng' is 9)."""
    return _count_of_months(g["mn"], g["mside"], g["my"], lex)


def _year_months(g: dict, lex: Lexicon) -> tuple[str, int | None]:
    """'9 tháng đầu năm' -> '{y}-9M'."""
    return _count_of_months(g["ymn"], g["ymside"], None, lex)


def _count_of_months(count: str, side: str | None, y: str | None, lex: Lexicon) -> tuple[str, int | None]:
    mn = count.lower()
    n = int(mn) if mn.isdigit() else lex.words("figures.numerals").index(mn) + 1
    yy, year = _year_or_open(y)
    side = (side or "đầu").lower()
    if n == 6:
        return _half(yy, side), year
    if side == "đầu":
        return f"{yy}-{n}M", year
    return f"{yy}-last{n}M", year


def _half(year: int | str, side: str) -> str:
    return f"{year}-H1" if side.lower() == "đầu" else f"{year}-H2"


def _half_year(g: dict, lex: Lexicon) -> tuple[str, int | None]:
    year = int(g["hy"])
    return _half(year, g["hside"]), year


def _early(g: dict, lex: Lexicon) -> tuple[str, int | None]:
    year = int(g["ey"])
    return _half(year, g["eside"]), year


def _quarter(g: dict, lex: Lexicon) -> tuple[str, int | None]:
    year = int(g["qy"])
    return f"{year}-Q{_ROMAN[g['q'].upper()]}", year


def _month(g: dict, lex: Lexicon) -> tuple[str, int | None]:
    year = int(g["moy"])
    return f"{year}-M{int(g['mo']):02d}", year


def _year_month(g: dict, lex: Lexicon) -> tuple[str, int | None]:
    return f"{{y}}-M{int(g['ymo']):02d}", None


def _relative_year(g: dict, lex: Lexicon) -> tuple[str, int | None]:
    """'năm nay', 'trong năm' -> the year the text speaks of; 'năm qua', '20 năm qua': no key (the past twelve
    months, or years)."""
    if g["relc"] or (g["relw"] or "").lower() not in ("", "nay"):
        return "", None
    return "{y}", None


def _now(g: dict, lex: Lexicon) -> tuple[str, int | None]:
    return "now", None  # the day of the text, resolved with its date


def _year_so_far(g: dict, lex: Lexicon) -> tuple[str, int | None]:
    return "{y}", None  # "từ đầu năm đến nay": the year the text speaks of, so far ("Năm 2025 … Từ đầu năm đến nay")


def _none(g: dict, lex: Lexicon) -> tuple[str, int | None]:
    return "", None  # "từ năm 2011 đến nay", "hằng năm": a span or a rate, no period of one key


def _range(g: dict, lex: Lexicon) -> tuple[str, int | None]:
    return f"{g['r1']}..{g['r2']}", int(g["r2"])


def _year(g: dict, lex: Lexicon) -> tuple[str, int | None]:
    year = int(g["y"])
    return str(year), year


# The key and year of a period by the group of periods.period it matched, in the pattern's order.
_KEYS = {
    "since": _none,
    "ytd": _year_so_far,
    "from": _from_year,
    "asof": _as_of_day,
    "asofm": _as_of_month,
    "months": _months,
    "ymonths": _year_months,
    "half": _half_year,
    "early": _early,
    "quarter": _quarter,
    "month": _month,
    "ymonth": _year_month,
    "range": _range,
    "rel": _relative_year,
    "every": _none,
    "now": _now,
    "year": _year,
}


def usable(periods: list[Period]) -> list[Period]:
    return [p for p in periods if not p.comparison and not p.horizon]


def resolve_year(p: Period, year: int | None) -> Period:
    """'tính đến 15/12' in a text about 2025 -> key '2025-12-15'; 'tháng 1' -> '2025-M01'."""
    if "{y}" in p.key and year:
        return replace(p, key=p.key.replace("{y}", str(year)), year=year)
    return p


def open_year(p: Period) -> bool:
    """Whether the period's year is the text's to give: 'tháng 1', 'trong năm', 'hiện có'."""
    return "{y}" in p.key or p.key == "now"
