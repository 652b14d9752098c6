"""Key figures: a Vietnamese numeral with its scale, unit, qualifier, subject, period and scope.

Not figures: dates and times, years, durations ("6 tháng", "5 năm"), document numbers ("Nghị quyết số 21/NQ-CP",
"59-NQ/TW"), ordinals ("lần thứ 3", "Đại hội XIV"), codes ("D1"), list numbering, and small numbers inside a
task ("làm mới 3 thị trường") unless they state something already achieved ("17 hiệp định đã ký kết").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from babel.numbers import NumberFormatError, parse_decimal

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_SCALE = r"triệu tỷ|triệu tỉ|nghìn tỷ|ngàn tỷ|nghìn tỉ|ngàn tỉ|nghìn|ngàn|triệu|tỷ|tỉ"
_CURRENCY = r"USD|đô la Mỹ|đô la|đồng|VNĐ|VND|EUR|Euro|euro|yên|NDT|nhân dân tệ"
_QUAL = (
    r"ước đạt|ước tính|ước|lên tới|lên đến|xấp xỉ|khoảng|gần|hơn|trên|dưới|vượt|đạt|gấp|tăng|giảm|tới|top|nhóm|"
    r"tổng cộng|tổng số|chỉ|còn|từ"
)
# The look-behind sits after the first digit so that `re` can scan for a digit quickly (a leading look-behind makes it
# try every position of the sentence): "no word character, slash, dot, comma, colon or hyphen before the number".
_NUM_AFTER_FIRST_DIGIT = r"\d{0,2}(?:\.\d{3})+(?:,\d+)?|\d*(?:,\d+)?"
_FIG = re.compile(
    r"(?P<num>\d(?<![\w/.,:-]\d)(?:" + _NUM_AFTER_FIRST_DIGIT + r"))(?![\w/]|[.,:]\d|-[A-ZĐa-z])"
    r"(?:\s*(?P<pct>%|phần trăm))?"
    r"(?:\s+(?P<scale>" + _SCALE + r")(?!\w))?"
    r"(?:\s+(?P<cur>" + _CURRENCY + r")(?!\w))?",
)
# The qualifier is looked for right before the number ("ước đạt 30,39", "tăng gần 1,5"): anchored at the end.
_QUAL_BEFORE = re.compile(r"(?<!\w)(?P<qual>(?:" + _QUAL + r")(?:\s+(?:" + _QUAL + r"))?)\s+$")
_WORD_NUM = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_CON_SO = re.compile(r"(?<!\w)(?P<num>\d{1,2}|một|hai|ba|bốn|năm)\s+con\s+số(?!\w)", re.IGNORECASE)

# Multi-syllable count nouns, longest first: "thỏa thuận hợp tác" is counted in "thỏa thuận".
_COMPOUND_UNITS = """
hoạt động|thỏa thuận|thoả thuận|cam kết|dự án|hiệp định|doanh nghiệp|quốc gia|đối tác|thị trường|khu vực|thành phố|
lao động|sản phẩm|mặt hàng|chương trình|văn bản|nhiệm vụ|học sinh|sinh viên|bệnh viện|trường học|công trình|hộ dân|
người dân|lượt khách|du khách|khách quốc tế|cơ sở|hợp tác xã|tập đoàn|nhà đầu tư|đại biểu|điểm cầu|đơn vị|sự kiện|
cuộc họp|ngành hàng|nhà máy|tỉnh thành|thủ tục|hồ sơ|giấy phép|sáng kiến|bằng sáng chế|công ty|chuyến bay|
đoàn công tác|đoàn|cuộc|lượt|hộ|xã|phường|huyện|tỉnh|nước|lần|người|ha|km|tấn|con|cây|chiếc|tàu|căn nhà|ngôi nhà|căn|ngôi|nhà|trường|
điểm|mục tiêu|giải pháp|chỉ tiêu|tiêu chí|đề án|lĩnh vực|khu công nghiệp|cụm công nghiệp|cửa khẩu|làng nghề|
thôn|bản|tuyến|quyết định chủ trương|quyết định|giấy chứng nhận|biên bản ghi nhớ|biên bản|bản ghi nhớ|tổ công tác|
FTA|ODA|MoU|MOU|DN|km2|m2|MW|kWh|GW
""".replace("\n", "")
_UNIT = re.compile(r"(?P<unit>" + _COMPOUND_UNITS + r")(?!\w)")
_ACRONYM = re.compile(r"(?P<unit>[A-ZĐ]{2,6})(?![\w])")
_NOT_UNIT = re.compile(r"(tháng|năm|ngày|tuần|quý|giờ|phút|giây|tuổi|thế kỷ|lần thứ|thứ|h\d|giai đoạn)(?!\w)")
# What stands right before a number that is an identifier, not a quantity.
_ID_BEFORE = re.compile(
    r"(?<!\w)(?:số|Nghị quyết|Nghị định|Chỉ thị|Quyết định|Thông tư|Thông báo|Công điện|Kết luận|Luật|Điều|điều|Khoản|khoản|"
    r"điểm|Chương|chương|Mục|Phần|Khóa|khóa|Khoá|khoá|Đại hội|lần thứ|thứ|Quốc lộ|quốc lộ|QL|Tỉnh lộ|tỉnh lộ|tầng|"
    r"Tầng|phòng|Phòng|Kỳ họp|kỳ họp|Trung ương|Tổ|tổ|Ấp|ấp|Khu|khu|Phường|phường|Quận|quận|Hội nghị lần|"
    r"Hội nghị|Văn bản|Công văn|Tờ trình|Kế hoạch|Báo cáo)\s*$"
)
_REALIS = re.compile(r"\b(đã|đạt|được|hiện có|có)\b")
# The period at either end of a subject is said by the figure's period: "năm 2024 tăng trưởng kinh tế" and "đón lượt
# khách quốc tế vào năm 2030" count "tăng trưởng kinh tế" and "đón lượt khách quốc tế".
_PERIOD_HEAD = re.compile(
    r"^(?:trong\s+|tính đến\s+)?(?:\d{1,2}\s+tháng\s+(?:đầu\s+|cuối\s+)?)?(?:quý\s+[IV]+\s*/\s*\d{4}|năm\s+\d{4})\s+",
    re.IGNORECASE,
)
_PERIOD_TAIL = re.compile(
    r"\s+(?:vào|trong|đến|tới)?\s*(?:\d{1,2}\s+tháng\s+(?:đầu\s+|cuối\s+)?)?(?:năm|quý\s+[IV]+\s*/)\s*\d{4}$",
    re.IGNORECASE,
)
_AIM = re.compile(r"(?<!\w)(?<!các )(?<!những )(?:mục tiêu|chỉ tiêu)(?!\w)")
_CLAUSE_STOP = re.compile(r"[;:(]|[.,](?!\d)")
_FUNCTION_TAIL = re.compile(r"\b(của|với|và|là|các|những|cho|trong|tại|ở|về|để|đến|từ|nhằm|theo|thì|mà)$")


@dataclass
class RawFigure:
    start: int  # offsets within the sentence
    end: int
    num_start: int
    text: str
    value: float
    unit: str
    qualifier: str | None
    scale: str | None
    kind: str = "result"


# No figure of a report has more digits than this (a quadrillion đồng is 16); a longer numeral is not a quantity
# and parsing it would overflow a float or Babel's decimal context.
MAX_DIGITS = 18


@lru_cache(maxsize=4096)
def parse_number(s: str) -> float | None:
    """'883,7' -> 883.7, '1.500' -> 1500, '03' -> 3 (Babel, vi_VN, strict); None for more than MAX_DIGITS digits."""
    if sum(c.isdigit() for c in s) > MAX_DIGITS:
        return None
    if re.fullmatch(r"\d+", s):
        return float(int(s))
    try:
        return float(parse_decimal(s, locale="vi_VN", strict=True))
    except (NumberFormatError, ValueError, ArithmeticError):
        return None


def _unit_after(rest: str) -> tuple[str, int]:
    """The count noun right after a number (in `rest`), and its end offset in `rest`."""
    m = re.match(r"\s*", rest)
    pos = m.end() if m else 0
    if _NOT_UNIT.match(rest, pos):
        return "__time__", pos
    u = _UNIT.match(rest, pos) or _ACRONYM.match(rest, pos)
    if u:
        return u.group("unit"), u.end()
    return "", pos


def find_figures(sentence: str) -> list[RawFigure]:
    """Candidate figures in one sentence, with identifiers, dates, years and durations already left out."""
    out: list[RawFigure] = []
    for m in _FIG.finditer(sentence):
        num = m.group("num")
        ns = m.start("num")
        before = sentence[max(0, ns - 30) : ns]
        # A list number at the start of an item, a date ("15/12"), a time, a year.
        if _ID_BEFORE.search(before):
            continue
        if re.search(r"[/-]\s*$", before) or re.match(r"\s*[/-]\s*\d", sentence[m.end("num") :]):
            continue
        value = parse_number(num)
        if value is None:
            continue
        if re.fullmatch(r"(19|20)\d{2}", num) and not (m.group("pct") or m.group("scale") or m.group("cur")):
            continue
        if re.search(r"(?:năm|Năm)\s*$", before):
            continue
        unit = ""
        end = m.end()
        scale = m.group("scale")
        if m.group("pct"):
            unit = "%"
        elif m.group("cur"):
            unit = ((scale + " ") if scale else "") + m.group("cur")
        else:
            tail_unit, tail_end = _unit_after(sentence[m.end() :])
            if tail_unit == "__time__":
                continue
            if tail_unit:
                unit = ((scale + " ") if scale else "") + tail_unit
                end = m.end() + tail_end
            elif scale:
                unit = scale
            else:
                continue  # a bare number with no unit is not a reportable figure
        if unit in ("con",) and re.match(r"\s*số", sentence[end:]):
            continue  # handled by the "con số" rule
        qm = _QUAL_BEFORE.search(sentence, max(0, ns - 24), ns)
        qual = qm.group("qual") if qm else None
        start = qm.start("qual") if qm else ns
        text = sentence[start:end]
        out.append(RawFigure(start, end, ns, text, value, unit, qual.lower() if qual else None, scale))
    for m in _CON_SO.finditer(sentence) if "con số" in sentence.lower() else ():
        clause = _clause_around(sentence, m.start())
        # "mục tiêu tăng trưởng 2 con số" states a target; "tạo đà tăng trưởng hai con số" only a direction
        if not re.search(r"\b(mục tiêu|đạt|phải|chỉ tiêu)\b", clause, re.IGNORECASE):
            continue
        raw = m.group("num").lower()
        value = float(int(raw)) if raw.isdigit() else float(_WORD_NUM[raw])
        out.append(RawFigure(m.start(), m.end(), m.start(), m.group(0), value, "con số", None, None, kind="target"))
    out.sort(key=lambda f: f.start)
    # The same value and unit twice in one sentence is one figure said twice.
    seen: set[tuple[float, str]] = set()
    unique = []
    for f in out:
        k = (f.value, f.unit)
        if k in seen:
            continue
        seen.add(k)
        unique.append(f)
    return _drop_thresholds(sentence, unique)


def _drop_thresholds(sentence: str, figs: list[RawFigure]) -> list[RawFigure]:
    """'6 thị trường ... đạt kim ngạch trên 10 tỷ USD': the second is the bar the counted items pass."""
    out = []
    for i, f in enumerate(figs):
        if f.qualifier in ("trên", "từ", "dưới") and any(
            g.unit and g.unit not in ("%",) and not re.search(_CURRENCY, g.unit) for g in figs[:i]
        ):
            between = sentence[figs[i - 1].end : f.start] if i else ""
            if re.search(r"\b(đạt|có|với)\b", between):
                continue
        out.append(f)
    return out


def _clause_around(sentence: str, pos: int) -> str:
    a = max(sentence.rfind(c, 0, pos) for c in ",;:") + 1
    ends = [i for i in (sentence.find(c, pos) for c in ",;:") if i != -1]
    b = min(ends) if ends else len(sentence)
    return sentence[a:b]


def clause_bounds(sentence: str, pos: int) -> tuple[int, int]:
    a = max(sentence.rfind(c, 0, pos) for c in ";:(") + 1
    ends = [i for i in (sentence.find(c, pos) for c in ";") if i != -1]
    b = min(ends) if ends else len(sentence)
    return a, b


def _subject_start(sentence: str, end: int) -> int:
    """Where the clause before end starts: after the last ',', ';', ':' or an unclosed '(' ('tốc độ tăng trưởng
    (GRDP) quý I' keeps its closed parenthesis)."""
    a = max(sentence.rfind(c, 0, end) for c in ",;:")
    p = sentence.rfind("(", 0, end)
    if p > a and sentence.find(")", p, end) == -1:
        a = p
    return a + 1


_SCALE_WORDS = re.compile(r"^(?:(?:nghìn|ngàn|triệu|tỷ|tỉ)\s+)+")
# Counters that only say how a thing is counted (visits, times), not what.
_COUNTERS = {"lượt", "lượt người", "lần", "người"}
# Units of measure name no thing counted: "diện tích … đạt 85.000 ha" is not "diện tích … ha".
_MEASURES = {"ha", "km", "km2", "m2", "tấn", "MW", "kWh", "GW"}


def subject_of(sentence: str, fig: RawFigure) -> str:
    """What the figure counts: the verb/noun phrase before it in its clause, the unit, and what follows the unit."""
    a = _subject_start(sentence, fig.start)
    left = sentence[a : fig.start].strip()
    left = re.sub(
        r"^(?:(?:tính đến|trong|năm|tại|riêng)\b[^,]*?,\s*)?(?:việt nam|nước ta|tỉnh|chúng ta)?\s*(?:đã|đang|sẽ)?\s*",
        "",
        left,
        flags=re.IGNORECASE,
    )
    left = re.sub(r"\b(đạt|là|có|ước đạt|ước|gần|hơn|trên|vượt|khoảng)\s*$", "", left).strip()
    aim = [m.start() for m in _AIM.finditer(left)]
    if aim:
        left = left[aim[-1] :]  # "các bộ, ngành, địa phương bám sát mục tiêu tăng trưởng … từ 10%": the aim is counted
    stop = _CLAUSE_STOP.search(sentence, fig.end)  # not the "." of "1.850" or the "," of "30,39"
    b = stop.start() if stop else len(sentence)
    right = sentence[fig.end : b].strip()
    right_words = right.split()
    if len(right_words) > 8:
        right = " ".join(right_words[:8])
    unit = (
        ""
        if fig.unit in ("%",) or re.search(_CURRENCY, fig.unit) or (fig.unit and fig.unit.split()[-1] in _MEASURES)
        else _SCALE_WORDS.sub("", fig.unit).strip()
    )
    if left and unit in _COUNTERS:
        unit = ""  # "lượng khách quốc tế đạt 2,1 triệu lượt": the clause names what "lượt" counts
    parts = [p for p in (left, unit, right) if p]
    subj = " ".join(parts)
    subj = _FUNCTION_TAIL.sub("", subj).strip(" ,;-")
    cut = _PERIOD_TAIL.sub("", _PERIOD_HEAD.sub("", subj))
    subj = cut if len(cut.split()) >= 2 else subj
    first_two = subj.split(None, 2)[:2]
    name = len(first_two) == 2 and first_two[0][:1].isupper() and first_two[1].istitle()
    if not subj or subj[:2].isupper() or name:
        return subj  # "FDI …", "Hàn Quốc hiện là …": an acronym or a name opens the subject and keeps its capitals
    return subj[:1].lower() + subj[1:]


def is_realis(clause: str) -> bool:
    return bool(_REALIS.search(clause))
