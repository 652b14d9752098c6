"""Which provinces took part in or are reported on, and who chaired or attended each provincial bridge point.

Forms: "Dự điểm cầu tỉnh Lai Châu có đồng chí Hà Trọng Hải - Phó Chủ tịch UBND tỉnh", "Điểm cầu tỉnh Cao Bằng
do đồng chí Trịnh Trường Huy, Tỉnh uỷ viên, Phó Chủ tịch UBND tỉnh chủ trì", "Chủ trì tại điểm cầu tỉnh Phú Thọ có
đồng chí …", "Tại điểm cầu tỉnh X, đồng chí … chủ trì". A province named inside another name ("Nhà máy điện hạt
nhân Ninh Thuận") or in a list of guests at the central bridge point is mentioned, not taking part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..gazetteer import Gazetteer, Mention

_NAME = r"(?P<name>(?:[A-ZĐ][^\s,.;:()\-–]*\s+){1,3}[A-ZĐ][^\s,.;:()\-–]*)"
_TITLE_WORDS = re.compile(
    r"(Chủ tịch|Phó|Bí thư|Ủy viên|Uỷ viên|ủy viên|uỷ viên|Giám đốc|Trưởng|Thứ trưởng|Bộ trưởng|UBND|HĐND|Tỉnh ủy|"
    r"Tỉnh uỷ|Thành ủy|Thành uỷ|Thường trực|Thường vụ|Đại biểu Quốc hội|Chánh|Tổng|Ban)"
)
_PROV = r"(?:tỉnh|thành phố|Tỉnh|Thành phố|TP\.?)?\s*(?P<prov>[A-ZĐ][^\s,.;:()]*(?:\s+[A-ZĐ][^\s,.;:()]*){0,3})"
_PATTERNS = [
    # Dự (tại) điểm cầu (tỉnh) X có (các) (đồng chí)(:) NAME, TITLE; "Chủ trì tại điểm cầu X là đồng chí …"
    re.compile(
        r"(?P<verb>[Dd]ự|[Tt]ham dự|[Cc]hủ trì)\s+(?:[Hh]ội nghị\s+)?(?:tại\s+)?(?:điểm|đầu)\s+cầu\s+"
        + _PROV
        + r"\s*,?\s*(?:có|là)\s+(?:các\s+)?(?:đồng chí|ông|bà)\s*:?\s+"
        + _NAME
        + r"(?P<rest>[^.;]*)"
    ),
    # (Tại) Điểm cầu (tỉnh) X do (đồng chí) NAME, TITLE chủ trì
    re.compile(
        r"(?:[Đđ]iểm|[Đđ]ầu)\s+cầu\s+"
        + _PROV
        + r"\s+do\s+(?:đồng chí|ông|bà)\s+"
        + _NAME
        + r"(?P<rest>[^.;]*?)\s+(?P<verb>chủ trì|dự|tham dự)"
    ),
    # Tại (Ở) điểm cầu (tỉnh) X, (đồng chí) NAME, TITLE chủ trì / dự
    re.compile(
        r"(?:[Tt]ại|Ở|ở)\s+(?:điểm|đầu)\s+cầu\s+"
        + _PROV
        + r"\s*,\s*(?:đồng chí|ông|bà)\s+"
        + _NAME
        + r"(?P<rest>[^.;]*?)\s+(?P<verb>chủ trì|dự|tham dự)"
    ),
    # đồng chí NAME, TITLE chủ trì tại điểm cầu (tỉnh) X
    re.compile(
        r"(?:đồng chí|Đồng chí)\s+" + _NAME + r"(?P<rest>[^.;]*?)\s+(?P<verb>chủ trì|dự|tham dự)\s+(?:[Hh]ội nghị\s+)?"
        r"tại\s+(?:điểm|đầu)\s+cầu\s+" + _PROV
    ),
    # đồng chí NAME, TITLE (UBND) tỉnh X dự tại điểm cầu (tỉnh): the province is in the title
    re.compile(
        r"(?:đồng chí|Đồng chí)\s+" + _NAME + r"(?P<rest>[^.;]*?(?:UBND|HĐND|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ)\s+"
        r"(?:tỉnh|thành phố))\s+(?P<prov>[A-ZĐ][^\s,.;:()]*(?:\s+[A-ZĐ][^\s,.;:()]*){0,3})\s+(?P<verb>chủ trì|dự|tham dự)"
        r"\s+(?:[Hh]ội nghị\s+)?tại\s+(?:điểm|đầu)\s+cầu"
    ),
    # Tại điểm cầu (tỉnh) X, TITLE NAME chủ trì: the title before the name
    re.compile(
        r"[Tt]ại\s+(?:điểm|đầu)\s+cầu\s+" + _PROV + r"\s*,\s*(?P<rest>(?:Phó\s+)?(?:Chủ tịch|Bí thư|Giám đốc|Trưởng|"
        r"Ủy viên|Uỷ viên|Thường trực)[^,.;]*?)\s+" + _NAME + r"\s+(?P<verb>chủ trì|dự|tham dự)"
    ),
]
_FACILITY_BEFORE = re.compile(
    r"(Nhà máy|nhà máy|điện hạt nhân|Cảng|cảng|Sân bay|sân bay|Khu kinh tế|khu kinh tế|Khu công nghiệp|Trường|Bệnh viện|"
    r"Đại học|Công ty|Ngân hàng|đường|Đường|cầu|Cầu|quốc lộ|Quốc lộ|cao tốc|Cao tốc|Báo|báo|Đài|đài|Vịnh|vịnh|sông|"
    r"Sông|hồ|Hồ|núi|Núi|Thủy điện|thủy điện|Tập đoàn|Tổng công ty|Hội|Câu lạc bộ|CLB)\s+(?:[A-ZĐ]\S*\s+){0,4}$"
)


@dataclass
class RawChair:
    province: str
    name: str
    title: str
    verb: str
    start: int
    end: int


def _clean_title(rest: str) -> str:
    rest = rest.strip(" ,-–")
    parts = re.split(r"\s*[,;]\s*|\s+[-–]\s+", rest)
    keep = []
    for p in parts:
        p = re.sub(r"\s+(cùng|và)\s+(đại diện|lãnh đạo|các)\b.*$", "", p).strip()
        if p and _TITLE_WORDS.search(p) and len(p) < 80:
            keep.append(p)
        else:
            break
    return ", ".join(keep)


_BRIDGE = re.compile(r"(?:điểm|đầu)\s+cầu", re.IGNORECASE)


def _bridge_windows(text: str, reach: int = 300) -> list[tuple[int, int]]:
    """Stretches of text around each 'điểm cầu': every form below names one, so the patterns run only there."""
    spans: list[tuple[int, int]] = []
    for m in _BRIDGE.finditer(text):
        lo, hi = max(0, m.start() - reach), min(len(text), m.end() + reach)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans


def find_chairs(text: str, gaz: Gazetteer) -> list[RawChair]:
    out: list[RawChair] = []
    seen: set[tuple[str, str]] = set()
    windows = _bridge_windows(text)
    for pat in _PATTERNS:
        for m in (m for lo, hi in windows for m in pat.finditer(text, lo, hi)):
            # look a little before the name too: "Thành phố Hồ Chí Minh" needs its prefix to be the city
            a = max(0, m.start("prov") - 12)
            mentions = [x for x in gaz.find_mentions(text[a : m.end("prov")]) if x.end > m.start("prov") - a]
            if not mentions:
                continue
            province = mentions[0].province.name
            name = m.group("name").strip()
            title = _clean_title(m.group("rest") or "")
            verb = m.group("verb").lower()
            key = (province, name)
            if key in seen:
                continue
            seen.add(key)
            out.append(RawChair(province, name, title, verb, m.start(), m.end()))
            # "có các đồng chí: A, Bí thư Tỉnh ủy; B, Chủ tịch UBND tỉnh; C, …": each named leader is at the bridge
            pos = m.end()
            while (more := _NEXT_PERSON.match(text, pos)) and (t := _clean_title(more.group("rest"))):
                if (province, more.group("name")) not in seen:
                    seen.add((province, more.group("name")))
                    out.append(RawChair(province, more.group("name"), t, verb, more.start("name"), more.end()))
                pos = more.end()
    return out


_NEXT_PERSON = re.compile(r"\s*;\s*(?:và\s+)?(?:(?:đồng chí|ông|bà)\s+)?" + _NAME + r"(?P<rest>\s*,[^;.]*)")


def participating(text: str, title: str | None, gaz: Gazetteer, chairs: list[RawChair]) -> tuple[list[str], list[str]]:
    """(provinces taking part or reported on, provinces only mentioned). Order of first appearance."""
    strong: list[str] = [c.province for c in chairs]
    mentioned: list[str] = []
    for mn in gaz.find_mentions(text):
        if _is_strong(text, mn):
            strong.append(mn.province.name)
        else:
            mentioned.append(mn.province.name)
    if title:
        for mn in gaz.find_mentions(title):
            before = title[: mn.start].strip().lower()
            if before in ("", "tỉnh", "thành phố", "ubnd tỉnh", "ủy ban nhân dân tỉnh") and not _FACILITY_BEFORE.search(
                title[: mn.start]
            ):
                strong.append(mn.province.name)
    strong = list(dict.fromkeys(strong))
    mentioned = [p for p in dict.fromkeys(mentioned) if p not in strong]
    return strong, mentioned


_STRONG_HEAD = re.compile(
    r"(?:(?:Tại|Ở|Riêng|Đối với)\s+)?(?:(?:Chủ tịch\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:các\s+)?)?"
    r"(?:tỉnh, thành phố|tỉnh|thành phố|Tỉnh|Thành phố)?\s*:?\s*"
    r"(?:[A-ZĐ][^\s,;:.]*(?:\s+[A-ZĐ][^\s,;:.]*)*(?:\s*,\s*|\s+và\s+))*"  # the provinces listed before this one
)


def _is_strong(text: str, mn: Mention) -> bool:
    before = text[max(0, mn.start - 60) : mn.start]
    if _FACILITY_BEFORE.search(before):
        return False
    if re.search(r"(điểm|đầu)\s+cầu\s+(?:tỉnh\s+|thành phố\s+|TP\.?\s*)?$", before):
        return True
    # the ". " is looked for after the line's start only: searching back to the text's start made every mention
    # cost the length of the text before it (quadratic on a long article)
    newline = text.rfind("\n", 0, mn.start)
    line_start = max(newline, text.rfind(". ", max(newline, 0), mn.start)) + 1
    head = text[line_start : mn.start].strip()
    # "Tại tỉnh Lai Châu, …" / "Lai Châu dự Hội nghị" / "UBND tỉnh X đã …" / "Ủy ban nhân dân các tỉnh Khánh Hòa, Lâm
    # Đồng khẩn trương …" at the start of a sentence or list item (the subject, often a directive's addressee); a name
    # inside a sentence ("… có đại diện UBND thành phố Hà Nội") is only mentioned
    return bool(_STRONG_HEAD.fullmatch(head))


def find_central_chair(lead: str) -> str | None:
    m = re.search(
        r"((?:Thủ tướng|Phó Thủ tướng|Chủ tịch|Tổng Bí thư|Bộ trưởng)[^,.;]*?)\s+(?:-\s+[^,.;]*?\s+)?chủ trì", lead
    )
    return m.group(1).strip() if m else None


# "Lê Hồng Vinh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh" / "Nguyễn Văn A - Giám đốc Sở Ngoại vụ": a name, then offices.
_PERSON_OFFICE = re.compile(
    r"(?<![\w])(?P<name>(?:[A-ZĐ][^\s,.;:()\-–]*\s+){1,3}[A-ZĐ][^\s,.;:()\-–]*)\s*[,\-–]\s*"
    r"(?P<office>(?:Ủy viên|Uỷ viên|Bí thư|Phó Bí thư|Chủ tịch|Phó Chủ tịch|Giám đốc|Phó Giám đốc|Bộ trưởng|Thứ trưởng|"
    r"Trưởng ban|Phó Trưởng ban|Chánh Văn phòng|Chủ nhiệm|Tổng Giám đốc|Đại sứ)\s[^;.()]{2,90}?)"
    r"(?=\s*[;.)]|\s+(?:chủ trì|dự|tham dự|phát biểu|cho biết)(?!\w)|\s*$)"
)


def find_people(text: str) -> dict[str, str]:
    """Names the text gives with their offices, the first office given for each name."""
    out: dict[str, str] = {}
    for m in _PERSON_OFFICE.finditer(text):
        out.setdefault(m.group("name").strip(), m.group("office").strip(" ,"))
    return out


# --- who led a province's own meeting, visit or inspection -------------------------------------------------------
# A province's own news names its leader with the title before or after the name ("đồng chí Đinh Quang Tuyên, Phó
# Chủ tịch Thường trực UBND tỉnh dự, phát biểu chỉ đạo", "Chủ tịch UBND tỉnh Thái Nguyên Nguyễn Huy Dũng chủ trì",
# "với sự đồng chủ trì của Bộ trưởng …, Thứ trưởng … và Bí thư Tỉnh ủy Sóc Trăng Phan Văn Sáu") and what they did
# there: chaired, attended, directed, inspected, visited.
_PROVINCIAL_OFFICE = (
    r"(?:Quyền\s+)?(?:Phó\s+)?(?:Chủ tịch|Bí thư|Trưởng đoàn|Trưởng ban)(?:\s+Thường trực)?\s+"
    r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ)"
    r"(?:\s+(?:tỉnh|thành phố|TP\.?))?"
)
_PLACE_NAME = r"(?:\s+(?P<prov>[A-ZĐ][^\s,.;:()]*(?:\s+[A-ZĐ][^\s,.;:()]*){0,2}?))?"
_ROLE = (
    r"(?P<verb>đồng chủ trì|chủ trì|điều hành|cùng dự|tham dự|dự(?!\s+(?:án|kiến|báo|thảo|toán|trữ|thi|phòng))|"
    r"phát biểu chỉ đạo|chỉ đạo|kiểm tra|làm việc|(?:đã\s+)?(?:đến\s+)?(?:đi\s+)?thăm|yêu cầu|đề nghị|giao|kết luận|"
    r"tiếp xúc cử tri|tiếp xúc|khảo sát|trao tặng|trao|tặng|tiếp|phát biểu|cho biết|khẳng định|nhấn mạnh|trao đổi)(?!\w)"
)
_LEADER_FORMS = [
    # đồng chí NAME, TITLE … VERB
    re.compile(r"(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à)\s+" + _NAME + r"\s*[,\-–]\s*(?P<rest>[^.;]{3,160}?)\s*,?\s+" + _ROLE),
    # TITLE (tỉnh X)(,) (đồng chí) NAME VERB
    re.compile(
        r"(?P<rest>"
        + _PROVINCIAL_OFFICE
        + r")"
        + _PLACE_NAME
        + r"\s*,?\s*(?:(?:đồng chí|ông|bà)\s+)?"
        + _NAME
        + r"\s*,?\s+"
        + _ROLE
    ),
    # Dự / Cùng dự (hội nghị) có …; TITLE (tỉnh X) NAME; …
    re.compile(
        r"(?P<verb>[Cc]ùng dự|[Tt]ham dự|[Dd]ự)(?:\s+[^.;:]{0,60}?)?\s+có\s+[^.]{0,200}?(?P<rest>"
        + _PROVINCIAL_OFFICE
        + r")"
        + _PLACE_NAME
        + r"\s+"
        + _NAME
    ),
    # Dự và chủ trì hội nghị … có TITLE, TITLE - NAME; …
    re.compile(
        r"(?P<verb>[Cc]hủ trì|[Dd]ự)[^.;]{0,80}?\s+có\s+(?P<rest>[^.;]{0,120}?"
        + _PROVINCIAL_OFFICE
        + r"[^.;\-–]{0,60}?)\s+[-–]\s+"
        + _NAME
    ),
    # với sự (đồng) chủ trì của …, TITLE (tỉnh X) NAME
    re.compile(
        r"sự\s+(?P<verb>đồng chủ trì|chủ trì)\s+của\s+[^.;]{0,160}?(?P<rest>"
        + _PROVINCIAL_OFFICE
        + r")"
        + _PLACE_NAME
        + r"\s+"
        + _NAME
    ),
]


def _split_place(m: re.Match[str], gaz: Gazetteer) -> str | None:
    """The person's name from "TITLE tỉnh X NAME", where the regex cannot tell where the province's name ends and
    the person's begins ("UBND tỉnh Trần Đức Quý", "UBND thành phố Đà | Nẵng Lê Trung Chinh"): the province is the
    longest name the gazetteer knows at the start, the rest is the person."""
    place = m.groupdict().get("prov")
    name = m.group("name").strip()
    if not place:
        return name
    both = f"{place} {name}"
    mentions = gaz.find_mentions(both)
    if mentions and mentions[0].start == 0:
        rest = both[mentions[0].end :].strip()
        return rest or None
    return both if len(both.split()) <= 4 else None


def find_home_leader(
    text: str, home: str | None, gaz: Gazetteer, people: dict[str, str] | None = None, sole: str | None = None
) -> RawChair | None:
    """The first leader of a province's People's Committee, Council or Party committee whom the text shows chairing,
    attending, directing, inspecting, visiting or speaking. Whose leader: the province the title names ("Bí thư
    Tỉnh ủy Sóc Trăng"), else the article's home province, else the only province the article names (sole); titles
    naming another province than the home's are not the home's. A person named without a title ("Đồng chí Lâm Thị
    Hương Thành phát biểu chỉ đạo") is a leader when the text gives their office elsewhere (people)."""
    best: RawChair | None = None
    for form in _LEADER_FORMS:
        for m in form.finditer(text):
            found = _leader_at(m, _clean_title(m.group("rest")), home or sole, gaz)
            if found and (best is None or found.start < best.start):
                best = found
                break
    for m in _NAMED_LEADER.finditer(text) if people else ():
        office = (people or {}).get(m.group("name").strip(), "")
        found = _leader_at(m, _clean_title(office), home or sole, gaz) if office else None
        if found and (best is None or found.start < best.start):
            best = found
            break
    return best


# "Bí thư Tỉnh uỷ Cà Mau Dương Thanh Bình": an office, its province, then the name
_OFFICE_THEN_NAME = re.compile(r"(?P<rest>" + _PROVINCIAL_OFFICE + r")" + _PLACE_NAME + r"\s+" + _NAME + r"(?![\w])")


def find_titled_people(text: str, gaz: Gazetteer) -> dict[str, str]:
    """Names the text gives after a province's office ("Bí thư Tỉnh ủy Cà Mau Dương Thanh Bình"), with that office
    and its province: so that "Đồng chí Dương Thanh Bình chỉ đạo …" later is known as that leader."""
    out: dict[str, str] = {}
    for m in _OFFICE_THEN_NAME.finditer(text):
        name = _split_place(m, gaz)
        if name and len(name.split()) >= 2 and not gaz.find_mentions(name):
            place = m.group(0)[len(m.group("rest")) : m.group(0).rfind(name)].strip()
            out.setdefault(name, f"{m.group('rest')} {place}".strip())
    return out


# "Đồng chí Lâm Thị Hương Thành phát biểu chỉ đạo": a person the text names with their office somewhere else
_NAMED_LEADER = re.compile(r"(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à)\s+" + _NAME + r"\s+" + _ROLE)


def _leader_at(m: re.Match[str], title: str, home: str | None, gaz: Gazetteer) -> RawChair | None:
    """The leader a form matched, when the title is a province's office and whose province is known."""
    if not re.search(_PROVINCIAL_OFFICE, title):
        return None
    named = {mn.province.name for mn in gaz.find_mentions(title + " " + m.group(0))}
    if home and named - {home}:
        return None
    province = home or (named.pop() if len(named) == 1 else None)
    if province is None:
        return None
    name = _split_place(m, gaz)
    if name is None or gaz.find_mentions(name) or len(name.split()) < 2:
        return None  # "Tỉnh Lai Châu" read as a name
    return RawChair(province, name, title, m.group("verb").lower(), m.start(), m.end())
