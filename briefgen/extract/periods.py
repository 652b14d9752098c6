"""Reporting periods: "6 tháng đầu năm 2025", "năm 2025", "tính đến 15/12", "quý I/2026", "từ năm 2026 trở đi".

A period that only compares ("gấp 2,5 lần năm 2024", "so với cùng kỳ năm 2024", "gần bằng cả năm 2024") or looks
ahead ("đến năm 2030", "tầm nhìn đến năm 2045") is not the period a figure belongs to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_MONTHS_WORD = {"sáu": 6, "chín": 9, "ba": 3, "mười": 10, "mười một": 11}


@dataclass(frozen=True)
class Period:
    start: int  # offsets in the string searched
    end: int
    text: str
    key: str  # "2025", "2025-H1", "2025-H2", "2025-Q1", "2025-M03", "2025-9M", "asof:MM-DD", "2026+", "2022..2026"
    year: int | None
    comparison: bool = False  # "so với năm 2024"
    horizon: bool = False  # "đến năm 2030"


_P = re.compile(
    r"(?<!\w)(?=[tlnsbcqgTLNSBCQG\d])(?:(?P<from>từ\s+năm\s+(?P<fy>\d{4})\s+trở\s+đi)"
    r"|(?P<asof>(?:tính|lũy kế|luỹ kế)\s+(?:đến|tới|từ đầu năm đến)\s+(?:hết\s+)?(?:ngày\s+)?(?P<ad>\d{1,2})/(?P<am>\d{1,2})"
    r"(?:/(?P<ay>\d{4}))?)"
    r"|(?P<asofm>(?:tính|lũy kế|luỹ kế)\s+(?:đến|tới)\s+(?:hết\s+)?tháng\s+(?P<amo>\d{1,2})\s*/\s*(?P<amy>\d{4}))"
    r"|(?P<months>(?P<mn>\d{1,2}|sáu|chín|ba|mười một)\s+tháng(?:\s+(?P<mside>đầu|cuối))?\s+(?:của\s+)?năm\s+(?P<my>\d{4}))"
    r"|(?P<half>nửa\s+(?P<hside>đầu|cuối)\s+năm\s+(?P<hy>\d{4}))"
    r"|(?P<early>những\s+tháng\s+(?P<eside>đầu|cuối)\s+năm\s+(?P<ey>\d{4}))"
    r"|(?P<quarter>quý\s+(?P<q>IV|III|II|I|[1-4])(?:\s*/\s*|\s+năm\s+)(?P<qy>\d{4}))"
    r"|(?P<month>tháng\s+(?P<mo>\d{1,2})(?:\s*/\s*|\s+năm\s+)(?P<moy>\d{4}))"
    r"|(?P<range>giai\s+đoạn\s+(?P<r1>\d{4})\s*[-–]\s*(?P<r2>\d{4}))"
    r"|(?P<year>năm\s+(?P<y>\d{4})))",
    re.IGNORECASE,
)
_HAS_YEARISH = re.compile(r"\d{4}|/\d")
_COMPARE_BEFORE = re.compile(
    r"(so với|so|gấp|bằng(?:\s+cả)?|cùng kỳ|hơn|lần|kém|trước|đến|tới|nhìn|sau)\s*(cùng kỳ\s*)?(của\s*)?$",
    re.IGNORECASE,
)


def find_periods(text: str) -> list[Period]:
    out: list[Period] = []
    if not _HAS_YEARISH.search(text):  # every period names a year or a day/month
        return out
    for m in _P.finditer(text):
        before = text[max(0, m.start() - 25) : m.start()]
        g = m.groupdict()
        comparison = horizon = False
        year: int | None
        if g["from"]:
            key, year = f"{g['fy']}+", int(g["fy"])
        elif g["asof"]:
            year = int(g["ay"]) if g["ay"] else None
            key = f"asof:{int(g['am']):02d}-{int(g['ad']):02d}"
            if year:
                key = f"{year}-{int(g['am']):02d}-{int(g['ad']):02d}"
        elif g["asofm"]:
            year = int(g["amy"])
            key = f"{year}-{int(g['amo'])}M"  # cumulative from January to the end of that month
        elif g["months"]:
            n = int(g["mn"]) if g["mn"].isdigit() else _MONTHS_WORD[g["mn"].lower()]
            year = int(g["my"])
            side = (g["mside"] or "đầu").lower()  # "9 tháng năm 2025" counts from January
            if n == 6:
                key = f"{year}-H1" if side == "đầu" else f"{year}-H2"
            elif side == "đầu":
                key = f"{year}-{n}M"
            else:
                key = f"{year}-last{n}M"
        elif g["half"]:
            year = int(g["hy"])
            key = f"{year}-H1" if g["hside"].lower() == "đầu" else f"{year}-H2"
        elif g["early"]:
            year = int(g["ey"])
            key = f"{year}-H1" if g["eside"].lower() == "đầu" else f"{year}-H2"
        elif g["quarter"]:
            year = int(g["qy"])
            key = f"{year}-Q{_ROMAN[g['q'].upper()]}"
        elif g["month"]:
            year = int(g["moy"])
            key = f"{year}-M{int(g['mo']):02d}"
        elif g["range"]:
            year = int(g["r2"])
            key = f"{g['r1']}..{g['r2']}"
            # "chương trình hành động giai đoạn 2022 - 2026" names a document's span, not a reporting period
            horizon = not re.search(r"(trong|^)\s*$", before.lower())
        else:
            year = int(g["y"])
            key = str(year)
            b = before.lower()
            compare = _COMPARE_BEFORE.search(b)
            if compare:
                word = compare.group(1)
                if word in ("đến", "tới", "nhìn", "sau", "trước"):
                    horizon = True
                else:
                    comparison = True
            if re.search(r"(đến|tới)\s+năm\s+\d{4}\s*$", text[max(0, m.start() - 20) : m.end()].lower()):
                horizon = True
        out.append(Period(m.start(), m.end(), m.group(0), key, year, comparison, horizon))
    return out


def usable(periods: list[Period]) -> list[Period]:
    return [p for p in periods if not p.comparison and not p.horizon]


def resolve_asof(p: Period, year: int | None) -> Period:
    """'tính đến 15/12' in a text about 2025 -> key '2025-12-15'."""
    if p.key.startswith("asof:") and year:
        mm, dd = p.key[5:].split("-")
        return Period(p.start, p.end, p.text, f"{year}-{mm}-{dd}", year, p.comparison, p.horizon)
    return p
