"""Which provinces took part in or are reported on, and who chaired or attended each provincial bridge point.

Forms: "Dự điểm cầu tỉnh Lai Châu có đồng chí Hà Trọng Hải - Phó Chủ tịch UBND tỉnh", "Điểm cầu tỉnh Cao Bằng
do đồng chí Trịnh Trường Huy, Tỉnh uỷ viên, Phó Chủ tịch UBND tỉnh chủ trì", "Chủ trì tại điểm cầu tỉnh Phú Thọ có
đồng chí …", "Tại điểm cầu tỉnh X, đồng chí … chủ trì". A province named inside another name ("Nhà máy điện hạt
nhân Ninh Thuận") or in a list of guests at the central bridge point is mentioned, not taking part.

Patterns, titles and offices: config/rules/participation.yaml (names and honorifics: common.yaml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..gazetteer import Gazetteer, Mention
from .districts import DistrictMention, find_districts

if TYPE_CHECKING:
    from ..lexicon import Lexicon

# the forms of a bridge point's chair or guest, tried in this order (a person found by an earlier one is kept)
_CHAIR_FORMS = (
    "participation.chair_at",  # Dự (tại) điểm cầu (tỉnh) X có (các) (đồng chí)(:) NAME, TITLE
    "participation.chaired_by",  # (Tại) Điểm cầu (tỉnh) X do (đồng chí) NAME, TITLE chủ trì
    "participation.at_bridge",  # Tại (Ở) điểm cầu (tỉnh) X, (đồng chí) NAME, TITLE chủ trì / dự
    "participation.chairs_at",  # đồng chí NAME, TITLE chủ trì tại điểm cầu (tỉnh) X
    "participation.title_in_office",  # đồng chí NAME, TITLE (UBND) tỉnh X dự tại điểm cầu (tỉnh)
    "participation.title_first",  # Tại điểm cầu (tỉnh) X, TITLE NAME chủ trì
)


@dataclass
class RawChair:
    province: str
    name: str
    title: str
    verb: str
    start: int
    end: int


def _clean_title(rest: str, lex: Lexicon) -> str:
    """The offices at the head of what follows a name, up to the first part that is not one."""
    tail, word = lex.re("participation.title_tail"), lex.re("participation.title_word")
    keep = []
    for part in lex.re("participation.title_split").split(rest.strip(" ,-–")):
        p = tail.sub("", part).strip()
        if p and word.search(p) and len(p) < 80:
            keep.append(p)
        if not (p and word.search(p) and len(p) < 80) or p != part.strip():
            break  # what follows "cùng đại diện …", "cùng đồng chí B" is theirs
    return ", ".join(keep)


def _bridge_windows(text: str, bridge: re.Pattern[str], reach: int = 300) -> list[tuple[int, int]]:
    """Stretches of text around each 'điểm cầu': every form below names one, so the patterns run only there."""
    spans: list[tuple[int, int]] = []
    for m in bridge.finditer(text):
        lo, hi = max(0, m.start() - reach), min(len(text), m.end() + reach)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans


def find_chairs(text: str, gaz: Gazetteer, lex: Lexicon, home: str | None = None) -> list[RawChair]:
    """Who chaired or attended each provincial bridge point, once per province and name, in the order of the forms;
    with home, also at the bridge point the text leaves unnamed ("Tại điểm cầu tỉnh, …": the article's province)."""
    out: list[RawChair] = []
    seen: set[tuple[str, str]] = set()
    windows = _bridge_windows(text, lex.re("participation.bridge"))
    for rule_id in _CHAIR_FORMS:
        pat = lex.re(rule_id)
        for m in (m for lo, hi in windows for m in pat.finditer(text, lo, hi)):
            province = home if m.group("prov") is None else _named_province(text, m, gaz)
            if province is None:
                continue
            name = m.group("name").strip()
            if (province, name) in seen:
                continue
            seen.add((province, name))
            verb = m.group("verb").lower()
            out.append(RawChair(province, name, _clean_title(m.group("rest") or "", lex), verb, m.start(), m.end()))
            out.extend(_listed_after(text, m, province, verb, seen, lex))
    return out


def _named_province(text: str, m: re.Match[str], gaz: Gazetteer) -> str | None:
    """The province a form's "prov" names; looked for a little before the name too: "Thành phố Hồ Chí Minh" needs its
    prefix to be the city."""
    a = max(0, m.start("prov") - 12)
    mentions = [x for x in gaz.find_mentions(text[a : m.end("prov")]) if x.end > m.start("prov") - a]
    return mentions[0].province.name if mentions else None


def _listed_after(
    text: str, first: re.Match[str], province: str, verb: str, seen: set[tuple[str, str]], lex: Lexicon
) -> list[RawChair]:
    """ "có các đồng chí: A, Bí thư Tỉnh ủy; B, Chủ tịch UBND tỉnh; C, …", "A, Phó Chủ tịch UBND tỉnh cùng đồng chí B,
    Giám đốc Sở …", "A, … chủ trì cùng đồng chí B, … dự", "…; cùng dự có đồng chí B, …": each person named after the
    first is at the bridge too, while each has a title; in the role written before or after them, else the first's."""
    out = []
    next_person, role_after = lex.re("participation.next_person"), lex.re("participation.role_after")
    # the next person may start inside what the first form took for the first person's titles ("… cùng đồng chí B")
    joined = next_person.search(text, first.start("rest") if first.group("rest") else first.end(), first.end() + 1)
    pos = joined.start() if joined else first.end()
    while (more := next_person.match(text, pos)) and (t := _clean_title(more.group("rest"), lex)):
        rest, own = more.group("rest"), more.group("own")
        after = role_after.search(rest)
        if after:
            t = _clean_title(rest[: after.start()], lex)
        if t and (province, more.group("name")) not in seen:
            seen.add((province, more.group("name")))
            role = (own or (after.group("verb") if after else verb)).lower()
            out.append(RawChair(province, more.group("name"), t, role, more.start("name"), more.end()))
        pos = more.end()
    return out


def participating(
    text: str, title: str | None, gaz: Gazetteer, chairs: list[RawChair], lex: Lexicon
) -> tuple[list[str], list[str]]:
    """(provinces taking part or reported on, provinces only mentioned). Order of first appearance."""
    strong: list[str] = [c.province for c in chairs]
    mentioned: list[str] = []
    districts = find_districts(text, lex)
    for mn in _province_mentions(gaz.find_mentions(text), districts):
        if _is_strong(text, mn, lex):
            strong.append(mn.province.name)
        else:
            mentioned.append(mn.province.name)
    local = _by_district(text, districts, lex)
    strong += [p for p, is_strong in local if is_strong]
    if title:
        heads = lex.wordset("participation.title_heads")
        facility = lex.re("participation.facility_before")
        for mn in gaz.find_mentions(title):
            before = title[: mn.start].strip().lower()
            if (not before or before in heads) and not facility.search(title[: mn.start]):
                strong.append(mn.province.name)
        strong += title_districts(title, lex)
    # a province the text names and whose districts it names too is reported on, not named in passing
    strong += [p for p in mentioned if any(p == q for q, _ in local)]
    mentioned += [p for p, _ in local]
    strong = list(dict.fromkeys(strong))
    mentioned = [p for p in dict.fromkeys(mentioned) if p not in strong]
    return strong, mentioned


def _province_mentions(mentions: list[Mention], districts: list[DistrictMention]) -> list[Mention]:
    """The province mentions that are not a district's name: "huyện Hòa Bình" (Bạc Liêu) is not the province of
    Hòa Bình; "thành phố Hà Giang", a city named after its province, still names that province."""
    spans = [(d.start, d.end) for d in districts if not d.city]
    return [m for m in mentions if not any(a <= m.start < b for a, b in spans)]


def _by_district(text: str, districts: list[DistrictMention], lex: Lexicon) -> list[tuple[str, bool]]:
    """(province, whether the text is about it) for each district that names one province, in order: about it when
    the district is what its sentence speaks of ("UBND huyện Phú Xuyên đang …", "Sáng 10/12, tại huyện Gia Bình")."""
    head = lex.re("districts.head")
    out = []
    for d in districts:
        if d.province is None or d.city and lex.gazetteer.find_mentions(d.name):
            continue  # shared by several provinces, placed elsewhere by the text, or the province's own name
        out.append((d.province, bool(head.fullmatch(_sentence_head(text, d.start, lex)))))
    return out


def title_districts(title: str, lex: Lexicon) -> list[str]:
    """The province of a title that opens with one of its districts ("Huyện Phú Xuyên gấp rút …", "Bình Liêu: Sớm
    hoàn thành …")."""
    m = lex.re("districts.title_place").match(title)
    if m and not lex.gazetteer.find_mentions(m.group("name")):
        # without a unit word a province's name is the province: "Quảng Ninh: …" is not huyện Quảng Ninh
        province = lex.districts.province_of(m.group("name"))
        return [province] if province else []
    found = find_districts(title, lex)
    return [found[0].province] if found and found[0].start == 0 and found[0].province else []


def _is_strong(text: str, mn: Mention, lex: Lexicon) -> bool:
    before = text[max(0, mn.start - 60) : mn.start]
    if lex.re("participation.facility_before").search(before):
        return False
    if lex.re("participation.bridge_before").search(before) or lex.re("participation.leader_before").search(before):
        return True
    # a province named in a list of the provinces concerned ("quy chế phối hợp giữa 8 tỉnh gồm: Bến Tre, Tiền
    # Giang, …", "kết nối với các điểm cầu tại các tỉnh, thành phố Yên Bái, Tuyên Quang, …"), or as the area of the
    # action ("… trên địa bàn tỉnh Lào Cai"); a list may be long, so its head is looked for further back
    if lex.re("participation.listed_before").search(text[max(0, mn.start - 200) : mn.start]):
        return True
    head = _sentence_head(text, mn.start, lex)
    # "Tại tỉnh Lai Châu, …" / "Lai Châu dự Hội nghị" / "UBND tỉnh X đã …" / "Ủy ban nhân dân các tỉnh Khánh Hòa, Lâm
    # Đồng khẩn trương …" at the start of a sentence or list item (the subject, often a directive's addressee); a name
    # inside a sentence ("… có đại diện UBND thành phố Hà Nội") is only mentioned
    return bool(lex.re("participation.strong_head").fullmatch(head))


def _sentence_head(text: str, pos: int, lex: Lexicon) -> str:
    """What the sentence (or line) holding pos says before it; the full stop of an abbreviation ("TP. Huế") ends
    no sentence."""
    # the ". " is looked for after the line's start only: searching back to the text's start made every mention
    # cost the length of the text before it (quadratic on a long article)
    newline = text.rfind("\n", 0, pos)
    floor, end = max(newline, 0), pos
    abbreviations = lex.wordset("participation.abbreviations")
    while (dot := text.rfind(". ", floor, end)) != -1:
        word = text[floor:dot].rsplit(None, 1)[-1:] or [""]
        if word[0] not in abbreviations:
            return text[dot + 1 : pos].strip()
        end = dot
    return text[newline + 1 : pos].strip()


def find_central_chair(lead: str, lex: Lexicon) -> str | None:
    """Who chaired the national conference, with their title, as the lead names them ("Thủ tướng Phạm Minh Chính")."""
    m = lex.re("participation.central_chair").search(lead)
    return m.group(1).strip() if m else None


def find_people(text: str, lex: Lexicon) -> dict[str, str]:
    """Names the text gives with their offices, the first office given for each name."""
    out: dict[str, str] = {}
    for m in lex.re("participation.person_office").finditer(text):
        out.setdefault(m.group("name").strip(), m.group("office").strip(" ,"))
    return out


# --- who led a province's own meeting, visit or inspection -------------------------------------------------------
# A province's own news names its leader with the title before or after the name ("đồng chí Đinh Quang Tuyên, Phó
# Chủ tịch Thường trực UBND tỉnh dự, phát biểu chỉ đạo", "Chủ tịch UBND tỉnh Thái Nguyên Nguyễn Huy Dũng chủ trì",
# "với sự đồng chủ trì của Bộ trưởng …, Thứ trưởng … và Bí thư Tỉnh ủy Sóc Trăng Phan Văn Sáu") and what they did
# there: chaired, attended, directed, inspected, visited.
_LEADER_FORMS = (
    "participation.leader_titled_after",  # đồng chí NAME, TITLE … VERB
    "participation.leader_title_first",  # TITLE (tỉnh X)(,) (đồng chí) NAME VERB
    "participation.leader_attended_with",  # Dự / Cùng dự (hội nghị) có …; TITLE (tỉnh X) NAME; …
    "participation.leader_listed_attending",  # (Về) dự (hội nghị) có (các) đồng chí NAME, TITLE; …
    "participation.leader_titles_dash",  # Dự và chủ trì hội nghị … có TITLE, TITLE - NAME; …
    "participation.leader_co_chaired",  # với sự (đồng) chủ trì của …, TITLE (tỉnh X) NAME
)


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
    text: str,
    home: str | None,
    gaz: Gazetteer,
    people: dict[str, str] | None = None,
    sole: str | None = None,
    *,
    lex: Lexicon,
) -> RawChair | None:
    """The first leader of a province's People's Committee, Council or Party committee whom the text shows chairing,
    attending, directing, inspecting, visiting or speaking. Whose leader: the province the title names ("Bí thư
    Tỉnh ủy Sóc Trăng"), else the article's home province, else the only province the article names (sole); titles
    naming another province than the home's are not the home's. A person named without a title ("Đồng chí Lâm Thị
    Hương Thành phát biểu chỉ đạo") is a leader when the text gives their office elsewhere (people)."""
    best: RawChair | None = None
    for rule_id in _LEADER_FORMS:
        for m in lex.re(rule_id).finditer(text):
            found = _leader_at(m, _clean_title(m.group("rest"), lex), home or sole, gaz, lex)
            if found and (best is None or found.start < best.start):
                best = found
                break
    for m in lex.re("participation.named_leader").finditer(text) if people else ():
        office = (people or {}).get(m.group("name").strip(), "")
        found = _leader_at(m, _clean_title(office, lex), home or sole, gaz, lex) if office else None
        if found and (best is None or found.start < best.start):
            best = found
            break
    return best


def find_titled_people(text: str, gaz: Gazetteer, lex: Lexicon) -> dict[str, str]:
    """Names the text gives after a province's office ("Bí thư Tỉnh ủy Cà Mau Dương Thanh Bình"), with that office
    and its province: so that "Đồng chí Dương Thanh Bình chỉ đạo …" later is known as that leader."""
    out: dict[str, str] = {}
    for m in lex.re("participation.office_then_name").finditer(text):
        name = _split_place(m, gaz)
        if name and len(name.split()) >= 2 and not gaz.find_mentions(name):
            place = m.group(0)[len(m.group("rest")) : m.group(0).rfind(name)].strip()
            out.setdefault(name, f"{m.group('rest')} {place}".strip())
    return out


def _leader_at(m: re.Match[str], title: str, home: str | None, gaz: Gazetteer, lex: Lexicon) -> RawChair | None:
    """The leader a form matched, when the title is a province's office and whose province is known."""
    # a district's leader who took part leads the district's own meeting, which the province's portal reports ("Về
    # dự hội nghị có đồng chí …, Bí thư Huyện ủy")
    local = m.group("verb").lower() in lex.wordset("participation.attending_roles") and lex.re(
        "participation.local_office"
    ).search(title)
    if not lex.re("participation.provincial_office").search(title) and not local:
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
