"""Dates in Vietnamese news: the publication stamp and the event date of the lead ("Tối 10/1", "Chiều tối (22/7)").

A lead often gives only day/month. The year comes from the publication date (an event is never after its
report) or, failing that, from the years the title and lead speak of ("tổng kết năm 2025 và nhiệm vụ năm 2026").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_DAY_PARTS = ("chiều tối", "sáng sớm", "sáng", "trưa", "chiều", "tối", "đêm")
_EVENT = re.compile(
    r"(?:^|[\s,.;(])(?P<part>sáng sớm|sáng|trưa|chiều tối|chiều|tối|đêm)?\s*(?:nay\s*|qua\s*)?(?:ngày\s*|hôm\s*)?"
    r"(?:thứ\s+\w+\s*,?\s*)?\(?\s*(?:thứ\s+\w+\s*,?\s*)?(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>\d{4}))?\s*\)?"
    r"|(?:^|[\s,(])(?P<part2>sáng|trưa|chiều tối|chiều|tối|đêm)?\s*ngày\s+(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})"
    r"(?:\s+năm\s+(?P<y2>\d{4}))?",
    re.IGNORECASE,
)
# "Thực hiện Văn bản số 4250/BNNMT-ĐCKS ngày 29/4/2026", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6
# năm 2015": the date of a document the text refers to, not of the event
_DOCUMENT_WORDS = (
    r"Hiến pháp|Bộ luật|Luật|Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|Công văn|Văn bản|Kế hoạch|Thông báo|"
    r"Kết luận|Công điện|Pháp lệnh|Tờ trình"
)
_DOCUMENT_BEFORE = re.compile(
    rf"(?:(?<!\w)số\s+\d+[^\s,;]*|(?<!\w)(?:{_DOCUMENT_WORDS})(?!\w)[^,;.]{{0,70}}?)\s*(?:ban hành\s*)?[,(]?\s*$"
)
# "Ngày 21/5/2024, UBND huyện Gio Linh có quyết định số 2257/QĐ-UBND …" below the lead: the date of a document some
# body issued along the way, not of the event the article reports
_ISSUED_AFTER = re.compile(
    rf"\s*,?\s*[^,.;]{{0,60}}?(?<!\w)(?:có|ban hành|ký|đã ký|phê duyệt)\s+(?:{_DOCUMENT_WORDS})(?:\s+số|\s+\d)",
    re.IGNORECASE,
)
_DEADLINE_BEFORE = re.compile(r"(?<!\w)(?:trước|chậm nhất(?:\s+là)?|hạn chót|thời hạn|đến hết|không muộn hơn)\s*[,(]?$")
# "… áp dụng biểu thuế xuất nhập khẩu ưu đãi mới từ 1/9/2016; …" in the middle of a lead: when a rule takes effect,
# not when the event took place ("Từ ngày 1/9, …" opening the lead is the news itself)
_EFFECTIVE_BEFORE = re.compile(r"\w[\w\s]*\s(?:kể\s+)?từ(?:\s+ngày)?\s*$")
_DAY_SPAN = re.compile(r"(?<![\d/])(?P<first>\d{1,2})\s*(?:và|-|–|đến)\s*(?P<last>\d{1,2})\s*/\s*\d{1,2}")
# the portal's tag before a news lead: "Phước Sơn (QNO) - Ngày 23/7, …", "(Chinhphu.vn) - Chiều 21/10, …"
_PORTAL_TAG = re.compile(r"\((?:[A-ZĐ]{2,8}|[\w.-]+\.(?:vn|com|net|org))\)\s*[-–]\s*", re.IGNORECASE)
# the end of a paragraph's first sentence: a full stop before a space or the end ("TP.HCM", "Bộ NN&PTNT" end none)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_STAMP = re.compile(r"(?<!\d)(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d)")
_YEAR_MENTION = re.compile(r"(?<![\w/-])(?P<pre>\w+\s+)?năm\s+(?P<y>(?:19|20)\d{2})(?![\w/])", re.IGNORECASE)


# the mark of an event date whose year the text does not settle (no stamp, years that disagree)
ESTIMATED = " (ước tính: bài nêu nhiều năm khác nhau)"

# how many days an event may follow the stamp of the report that tells it
_STAMP_LAG_DAYS = 2


def parse_stamp(text: str | None) -> date | None:
    """'Thời gian đăng: 11/01/2026 11:44:29 AM' -> 2026-01-11."""
    if not text:
        return None
    m = _STAMP.search(text)
    if not m:
        w = re.search(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", text)
        if w:
            return _safe_date(int(w.group(3)), int(w.group(2)), int(w.group(1)))
        m2 = re.search(r"(\d{4})-(\d{2})-(\d{2})", text)
        if m2:
            return _safe_date(int(m2.group(1)), int(m2.group(2)), int(m2.group(3)))
        return None
    return _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def years_spoken_of(text: str) -> list[int]:
    """Years the text speaks of as periods ('năm 2025'), leaving out horizons ('đến năm 2030', 'tầm nhìn')."""
    out = []
    for m in _YEAR_MENTION.finditer(text):
        pre = (m.group("pre") or "").strip().lower()
        if pre in ("đến", "tới", "nhìn", "giai", "sau"):
            continue
        out.append(int(m.group("y")))
    return out


def find_paragraph_date(
    para: str, published: date | None, context: str = "", *, later: bool = False
) -> tuple[date | None, str | None, str]:
    """Event date of a paragraph below the lead (the lead an aggregator cut short, a heading's follower, a caption):
    where a lead gives it, at the head of its first sentence, after the portal's tag ("Phước Sơn (QNO) - Ngày 23/7,
    …"), or closing that sentence ("… phiên họp thứ 8 của Ban Chỉ đạo …, sáng 14-10.", a caption's "…, ngày
    24/9/2024."). A date inside the sentence ("…, trong đó có huyện Thường Tín, ngày 8/12/2023, HĐND …") is a step
    of the story, not its event; so is the date of a document issued by a body along the way, in a paragraph past
    the story's opening (later): "Ngày 21/5/2024, UBND huyện Gio Linh có quyết định số 2257/QĐ-UBND …"."""
    found = find_event_date(para[:80], published, context)
    if found[0] is not None:
        written = found[2].split("'")[1] if "'" in found[2] else ""
        at = para.find(written) if written else -1
        if later and at >= 0 and _ISSUED_AFTER.match(para, at + len(written)):
            return None, None, ""  # a later paragraph's "Ngày 21/5/2024, UBND huyện … có quyết định số …": a step
        return found
    end = _SENTENCE_END.search(para)
    sentence = para[: end.start() if end else len(para)][:250]
    tag = _PORTAL_TAG.search(sentence, 0, 150)
    if tag and (found := find_event_date(sentence[tag.end() : tag.end() + 80], published, context))[0] is not None:
        return found
    return find_event_date(sentence, published, context, closing=True)


def find_event_date(
    lead: str, published: date | None, context: str = "", *, closing: bool = False
) -> tuple[date | None, str | None, str]:
    """Event date in the first sentence of the lead: (date, day part, basis); with closing, only a date that ends
    the text given."""
    head = lead if closing else lead[:200]
    # "… hoàn thành trước ngày 20/11/2025", "hạn chót 30/11": a deadline is not when the event took place
    m = next(
        (
            m
            for m in _EVENT.finditer(head)
            if not _DEADLINE_BEFORE.search(head, 0, m.start() + 1)
            and not _DOCUMENT_BEFORE.search(head, max(0, m.start() - 90), m.start() + 1)
            and not _EFFECTIVE_BEFORE.search(head, max(0, m.start() - 60), m.start() + 1)
            and not (closing and head[m.end() :].strip(" .)"))
        ),
        None,
    )
    if not m:
        return None, None, ""
    part = (m.group("part") or m.group("part2") or "").lower() or None
    d = int(m.group("d") or m.group("d2"))
    mo = int(m.group("m") or m.group("m2"))
    days = _DAY_SPAN.search(head, 0, m.end())
    if days and int(days.group("last")) == d:
        d = int(days.group("first"))  # "Trong 2 ngày 10 và 11/1": the event starts on the 10th
    y = m.group("y") or m.group("y2")
    written = m.group(0).strip(" ,.;(")
    if not (1 <= d <= 31 and 1 <= mo <= 12):
        return None, None, ""
    if y:
        return _safe_date(int(y), mo, d), part, f"văn bản: '{written}'"
    if published:
        year = published.year
        cand = _safe_date(year, mo, d)
        # never well after the report: "Tối 31/12" published 02/01 is last year's; a day or two after the stamp is the
        # same year (a live report stamped when first posted: "sáng 18/9" under a stamp of 17/9)
        if cand and cand > published + timedelta(days=_STAMP_LAG_DAYS):
            cand = _safe_date(year - 1, mo, d)
        return cand, part, f"văn bản: '{written}' + năm đăng {published.year}"
    years = years_spoken_of(context or lead)
    if years:
        year = max(years)
        # the text's years agree (one year, or a year and the one before: "tổng kết năm 2025 và triển khai nhiệm vụ
        # năm 2026"): its year; they do not ("năm 2019 … năm 2021 … năm 2024"): the latest, an estimate the user is
        # told of (ESTIMATED in the basis)
        guess = "" if set(years) <= {year - 1, year} else ESTIMATED
        # "Sáng 14/1, … Hội nghị tổng kết công tác năm 2025": a year is reviewed early the next year
        if mo <= 3 and re.search(
            rf"(tổng kết|nhìn lại)(?:(?!năm\s+\d{{4}})[^.]){{0,60}}năm\s+{year}(?!\d)", context or lead, re.IGNORECASE
        ):
            return _safe_date(year + 1, mo, d), part, f"văn bản: '{written}' + tổng kết năm {year}{guess}"
        return _safe_date(year, mo, d), part, f"văn bản: '{written}' + 'năm {year}' trong bài{guess}"
    return None, part, f"văn bản: '{written}' (không rõ năm)"
