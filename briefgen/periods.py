"""Selection periods given by users: ISO week, month, date range, or everything."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Span:
    start: date | None  # None: unbounded
    end: date | None
    label: str  # Vietnamese, for the report: "Tuần 03/2026 (12/01/2026 – 18/01/2026)"
    slug: str  # for paths: "2026-W03", "2026-01", "2025-07-01_2025-07-31", "all"

    def contains(self, d: date | None) -> bool:
        if d is None:
            return self.start is None and self.end is None
        return (self.start is None or d >= self.start) and (self.end is None or d <= self.end)


ALL = Span(None, None, "Toàn bộ thời gian", "all")


def _fmt(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def iso_week(year: int, week: int) -> Span:
    start = date.fromisocalendar(year, week, 1)
    end = start + timedelta(days=6)
    return Span(start, end, f"Tuần {week:02d}/{year} ({_fmt(start)} – {_fmt(end)})", f"{year}-W{week:02d}")


def month(year: int, mo: int) -> Span:
    start = date(year, mo, 1)
    end = (date(year + (mo == 12), mo % 12 + 1, 1)) - timedelta(days=1)
    return Span(start, end, f"Tháng {mo:02d}/{year}", f"{year}-{mo:02d}")


def date_range(start: date | None, end: date | None) -> Span:
    if start and end and end < start:
        raise ValueError("ngày kết thúc (--to) trước ngày bắt đầu (--from)")
    a = _fmt(start) if start else "…"
    b = _fmt(end) if end else "…"
    slug = f"{start.isoformat() if start else 'start'}_{end.isoformat() if end else 'end'}"
    return Span(start, end, f"Từ {a} đến {b}", slug)


def parse_week(text: str) -> Span:
    m = re.fullmatch(r"\s*(\d{4})-?W(\d{1,2})\s*", text, re.IGNORECASE)
    if not m:
        raise ValueError(f"tuần '{text}' không đúng dạng NĂM-Wsố, ví dụ 2026-W03")
    y, w = int(m.group(1)), int(m.group(2))
    try:
        return iso_week(y, w)
    except ValueError as e:
        raise ValueError(f"tuần '{text}' không tồn tại trong năm {y}") from e


def parse_month(text: str) -> Span:
    m = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", text)
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise ValueError(f"tháng '{text}' không đúng dạng NĂM-THÁNG, ví dụ 2026-01")
    return month(int(m.group(1)), int(m.group(2)))


def parse_date(text: str) -> date:
    text = text.strip()
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
    try:
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        return date.fromisoformat(text)
    except ValueError as e:
        raise ValueError(f"ngày '{text}' không hợp lệ (dùng 2026-01-14 hoặc 14/01/2026)") from e


def last_complete_week(today: date) -> Span:
    monday = today - timedelta(days=today.weekday())
    prev = monday - timedelta(days=7)
    y, w, _ = prev.isocalendar()
    return iso_week(y, w)
