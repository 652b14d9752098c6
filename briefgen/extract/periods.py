"""Reporting periods: "6 tháng đầu năm 2025", "năm 2025", "tính đến 15/12", "quý I/2026", "từ năm 2026 trở đi".

A period that only compares ("gấp 2,5 lần năm 2024", "so với cùng kỳ năm 2024", "gần bằng cả năm 2024") or looks
ahead ("đến năm 2030", "tầm nhìn đến năm 2045") is not the period a figure belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass
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
    key: str  # "2025", "2025-H1", "2025-H2", "2025-Q1", "2025-M03", "2025-9M", "asof:MM-DD", "2026+", "2022..2026"
    year: int | None
    comparison: bool = False  # "so với năm 2024"
    horizon: bool = False  # "đến năm 2030"


def find_periods(text: str, lex: Lexicon) -> list[Period]:
    """The periods a text names, in order, each marked when it only compares or looks ahead.
    Patterns: config/rules/periods.yaml."""
    if not lex.re("periods.has_yearish").search(text):  # every period names a year or a day/month
        return []
    out = []
    for m in lex.re("periods.period").finditer(text):
        g = m.groupdict()
        kind = next(k for k in _KEYS if g[k])
        key, year = _KEYS[kind](g, lex)
        comparison, horizon = _flags(kind, text, m, lex)
        out.append(Period(m.start(), m.end(), m.group(0), key, year, comparison, horizon))
    return out


def _flags(kind: str, text: str, m: re.Match[str], lex: Lexicon) -> tuple[bool, bool]:
    """(comparison, horizon) of a period: "so với năm 2024" compares, "đến năm 2030" looks ahead, and a range
    after anything but "trong" names a document's span ("chương trình hành động giai đoạn 2022 - 2026")."""
    before = text[max(0, m.start() - 25) : m.start()]
    if kind == "range":
        return False, not lex.re("periods.range_reported").search(before.lower())
    if kind != "year":
        return False, False
    comparison = horizon = False
    compare = lex.re("periods.compare_before").search(before.lower())
    if compare:
        if compare.group(1) in lex.words("periods.horizon_words"):
            horizon = True
        else:
            comparison = True
    if lex.re("periods.horizon_year").search(text[max(0, m.start() - 20) : m.end()].lower()):
        horizon = True
    return comparison, horizon


def _from_year(g: dict, lex: Lexicon) -> tuple[str, int | None]:
    return f"{g['fy']}+", int(g["fy"])


def _as_of_day(g: dict, lex: Lexicon) -> tuple[str, int | None]:
    """'tính đến 15/12' -> 'asof:12-15' (its year resolved later), 'tính đến 15/12/2025' -> '2025-12-15'."""
    year = int(g["ay"]) if g["ay"] else None
    if year:
        return f"{year}-{int(g['am']):02d}-{int(g['ad']):02d}", year
    return f"asof:{int(g['am']):02d}-{int(g['ad']):02d}", year


def _as_of_month(g: dict, lex: Lexicon) -> tuple[str, int | None]:
    year = int(g["amy"])
    return f"{year}-{int(g['amo'])}M", year  # cumulative from January to the end of that month


def _months(g: dict, lex: Lexicon) -> tuple[str, int | None]:
    """'6 tháng đầu năm 2025' -> '2025-H1', '9 tháng năm 2025' -> '2025-9M' (from January), '3 tháng cuối năm
    2025' -> '2025-last3M'; a count in words has its value in figures.numerals ('chín tháng' is 9)."""
    mn = g["mn"].lower()
    n = int(mn) if mn.isdigit() else lex.words("figures.numerals").index(mn) + 1
    year = int(g["my"])
    side = (g["mside"] or "đầu").lower()
    if n == 6:
        return _half(year, side), year
    if side == "đầu":
        return f"{year}-{n}M", year
    return f"{year}-last{n}M", year


def _half(year: int, side: str) -> str:
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


def _range(g: dict, lex: Lexicon) -> tuple[str, int | None]:
    return f"{g['r1']}..{g['r2']}", int(g["r2"])


def _year(g: dict, lex: Lexicon) -> tuple[str, int | None]:
    year = int(g["y"])
    return str(year), year


# The key and year of a period by the group of periods.period it matched, in the pattern's order.
_KEYS = {
    "from": _from_year,
    "asof": _as_of_day,
    "asofm": _as_of_month,
    "months": _months,
    "half": _half_year,
    "early": _early,
    "quarter": _quarter,
    "month": _month,
    "range": _range,
    "year": _year,
}


def usable(periods: list[Period]) -> list[Period]:
    return [p for p in periods if not p.comparison and not p.horizon]


def resolve_asof(p: Period, year: int | None) -> Period:
    """'tính đến 15/12' in a text about 2025 -> key '2025-12-15'."""
    if p.key.startswith("asof:") and year:
        mm, dd = p.key[5:].split("-")
        return Period(p.start, p.end, p.text, f"{year}-{mm}-{dd}", year, p.comparison, p.horizon)
    return p
