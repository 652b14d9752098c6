"""A deadline as written ("trước ngày 15/12/2025", "trong quý III năm 2012", "trong tháng 12/2025") as the last day it
allows, so that briefings can order tasks by it. A period ends on its last day; a date without a year takes the
year of the document that gives it."""

from __future__ import annotations

import calendar
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..lexicon import Lexicon

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


def deadline_date(text: str | None, ref: date | None, lex: Lexicon) -> date | None:
    """The last day the deadline allows, or None when it names no date ("trong 15 ngày kể từ …" without its
    anchor, "theo đúng tiến độ"). Patterns: config/rules/deadlines.yaml."""
    if not text:
        return None
    ends = [m.end() for m in lex.re("deadlines.range_end").finditer(text)]
    text = text[ends[-1] :] if ends else text  # "từ tháng 01 năm 1981 đến tháng 12 năm 1982": when the span ends
    m = lex.re("deadlines.month").search(text)
    if m and not lex.re("deadlines.day_before").search(text[: m.start()]):  # not "ngày 01 tháng 12 năm 2025"
        return _end_of_month(int(m.group(2)), int(m.group(1)))
    m = lex.re("deadlines.day").search(text)
    if m:
        year = int(m.group(3)) if m.group(3) else (ref.year if ref else None)
        return _safe_date(year, int(m.group(2)), int(m.group(1)))
    m = lex.re("deadlines.quarter").search(text)
    if m:
        q = _ROMAN.get(m.group(1).upper()) or int(m.group(1))
        year = int(m.group(2)) if m.group(2) else (ref.year if ref else None)
        return _end_of_month(year, 3 * q) if year else None
    m = lex.re("deadlines.year").search(text)
    if m:
        return date(int(m.group(1)), 12, 31)
    return None


def _end_of_month(year: int | None, month: int) -> date | None:
    if year is None or not 1 <= month <= 12:
        return None
    return date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int | None, month: int, day: int) -> date | None:
    try:
        return date(year, month, day) if year else None
    except ValueError:
        return None
