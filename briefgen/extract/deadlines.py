"""A deadline as written ("trước ngày 15/12/2025", "trong quý III năm 2012", "trong tháng 12/2025") as the last day it
allows, so that briefings can order tasks by it. A period ends on its last day; a date without a year takes the
year of the document that gives it."""

from __future__ import annotations

import calendar
import re
from datetime import date

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_DAY = re.compile(r"(?<!\d)(\d{1,2})\s*(?:/|-|\s+tháng\s+)\s*(\d{1,2})(?:\s*(?:/|-|\s+năm\s+)\s*(\d{4}))?(?!\d)")
_MONTH = re.compile(r"(?<!\w)tháng\s+(\d{1,2})\s*(?:/|\s+năm\s+)\s*(\d{4})", re.IGNORECASE)
_QUARTER = re.compile(r"(?<!\w)quý\s+(IV|III|II|I|[1-4])(?!\w)(?:(?:\s*/\s*|\s+năm\s+)(\d{4}))?", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\w)năm\s+(\d{4})", re.IGNORECASE)


def deadline_date(text: str | None, ref: date | None) -> date | None:
    """The last day the deadline allows, or None when it names no date ("trong 15 ngày kể từ …" without its
    anchor, "theo đúng tiến độ")."""
    if not text:
        return None
    m = _MONTH.search(text)
    if m and not re.search(r"\d\s*$", text[: m.start()]):  # "tháng 12/2025", not "ngày 01 tháng 12 năm 2025"
        return _end_of_month(int(m.group(2)), int(m.group(1)))
    m = _DAY.search(text)
    if m:
        year = int(m.group(3)) if m.group(3) else (ref.year if ref else None)
        return _safe_date(year, int(m.group(2)), int(m.group(1)))
    m = _QUARTER.search(text)
    if m:
        q = _ROMAN.get(m.group(1).upper()) or int(m.group(1))
        year = int(m.group(2)) if m.group(2) else (ref.year if ref else None)
        return _end_of_month(year, 3 * q) if year else None
    m = _YEAR.search(text)
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
