"""Component "home": the province a document is about (its issuer, its paper or portal, its title or lead), its
leader, and the tasks that bind that province only. Also the issuer as an office that gives tasks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..corpus.model import Document
from . import directives as D
from .assignments import bind_to
from .chairs import add_home_leader
from .districts import find_districts
from .pipeline import Work

if TYPE_CHECKING:
    from ..gazetteer import Gazetteer
    from ..lexicon import Lexicon


def read(work: Work) -> None:
    """The home province, then what it changes: the provinces taken part, its leader, the tasks bound to it."""
    doc, facts, lex = work.doc, work.facts, work.lex
    home = home_province(doc, lex)
    if home and home not in facts.provinces:
        facts.provinces.insert(0, home)
    if not facts.provinces and len(facts.mentioned_provinces) == 1 and not doc.issuer and _names_in_lead(doc, lex):
        # a text that names one province and takes part in nothing else is about that province ("Ngày 18/2 tại An
        # Giang, Bộ NN&PTNT …", "Chủ tịch UBND tỉnh Phú Yên đã ký ban hành Chỉ thị …")
        facts.provinces = list(facts.mentioned_provinces)
        facts.mentioned_provinces = []
    work.home = facts.home = home
    if not any(c.province == home for c in facts.chairs) or home is None:
        add_home_leader(work)
    _bind_tasks(work)
    _bind_agreed(work)
    _add_partners(work)
    _add_addressed(work)


def _add_addressed(work: Work) -> None:
    """The provinces the text gives tasks to (named as addressees, or the recipients of a dispatch) take part in it,
    not only appear in it."""
    facts = work.facts
    for a in facts.assignments:
        for p in a.provinces:
            if p not in facts.provinces:
                facts.provinces.append(p)
    facts.mentioned_provinces = [p for p in facts.mentioned_provinces if p not in facts.provinces]


def _recipient_provinces(work: Work) -> list[str]:
    """The provinces a dispatch is sent to ("Kính gửi: - Sở Lao động - Thương binh và Xã hội thành phố Cần Thơ; - …"),
    read from its recipients block: the "Kính gửi" paragraph and the dashed lines right after it."""
    doc, lex = work.doc, work.lex
    for i, p in enumerate(doc.paragraphs[:12]):
        if lex.re("home.recipients").match(doc.para_text(p)):
            block = [doc.para_text(p)]
            for q in doc.paragraphs[i + 1 : i + 40]:
                if q.kind != "list_item" or not q.marker.startswith(("-", "–", "+")):
                    break
                block.append(doc.para_text(q))
            return list(dict.fromkeys(m.province.name for m in lex.gazetteer.find_mentions(" ".join(block))))
    return []


def _bind_tasks(work: Work) -> None:
    """Tasks that go to named provinces only, not to every locality."""
    facts, home, lex = work.facts, work.home, work.lex
    recipients = _recipient_provinces(work) if not home else []
    generic = lex.re("home.generic_localities")
    for a in facts.assignments if recipients else ():
        if not a.provinces and {"localities", "provincial_agency"} & set(a.addressee_kinds):
            bind_to(a, recipients)  # a dispatch to named provinces' departments: theirs, not every province's
        elif a.provinces and "localities" in a.addressee_kinds and generic.search(a.assignee or ""):
            bind_to(a, recipients)  # "Chủ tịch UBND tỉnh Hà Giang và các địa phương": the dispatch's recipients too
    # "Các tỉnh thống nhất chỉ đạo Bộ đội Biên phòng …": the provinces a cooperation agreement binds direct their own
    # units, each in its briefing
    for a in facts.assignments if len(facts.provinces) > 1 else ():
        if not a.provinces and "localities" in D.addressee_kinds(a.assigner, lex):
            bind_to(a, facts.provinces)
    # "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên" are those a dispatch named (its recipients), not every
    # locality: the task goes to those provinces' briefings only.
    if facts.provinces:
        named_above = lex.re("assignments.named_above")
        for a in facts.assignments:
            if "localities" in a.addressee_kinds and named_above.search(a.assignee or ""):
                bind_to(a, facts.provinces)
    # A provincial leader's directives ("các sở, ban, ngành, UBND các xã, phường …") bind that province only, and
    # so do all tasks of a province's own official text (its UBND's công văn, its department's kế hoạch).
    own_text = bool(home and work.doc.issuer)
    # a provincial leader named without a province speaks for the text's own province, or for the only province
    # the text names ("Phó Chủ tịch UBND tỉnh Trần Châu" in a report on Bình Định alone)
    all_named = set(facts.provinces) | set(facts.mentioned_provinces)
    sole = all_named.pop() if len(all_named) == 1 else None
    for a in facts.assignments:
        if not D.is_provincial(a.assigner, lex):
            if home and own_text and not {"ministry", "embassy"} & set(a.addressee_kinds):
                bind_to(a, [home])
            elif home and not a.provinces and "provincial_agency" in a.addressee_kinds:
                bind_to(a, [home])  # "… đề nghị UBND huyện Tân Yên …" in the province's own news: its own bodies
            continue
        # "Chủ tịch UBND TP Hải Phòng yêu cầu Chủ tịch UBND các huyện …" in a report on several provinces: the
        # leader's own province, named in the title, else the text's
        named = [m.province.name for m in lex.gazetteer.find_mentions(a.assigner or "")]
        whose = named[0] if named else (home or sole)
        if whose:
            bind_to(a, [whose])


def _bind_agreed(work: Work) -> None:
    """The terms of a cooperation agreement, retold ("Theo quy chế phối hợp được ký kết, các tỉnh sẽ …" and the
    paragraphs that go on from it: "Ngoài ra, các tỉnh phối hợp …; Thống nhất chỉ đạo Sở, ngành …"), bind every
    province that signed it, whoever hosted the signing. The parties give those tasks, not the host that chaired the
    signing; what the parties commit themselves to ("các tỉnh phối hợp …") is a term agreed, no task given."""
    doc, facts, lex = work.doc, work.facts, work.lex
    if len(facts.provinces) < 2:
        return
    terms, goes_on = lex.re("home.agreement_terms"), lex.re("place_scope.continued_paragraph")
    spans, inside, parties, signers = [], False, "các bên", ""
    for p in doc.paragraphs:
        text = doc.para_text(p)
        if m := terms.match(text):
            parties = (m.group("parties") or parties).lower()
            signers = f"{parties[:1].upper()}{parties[1:]} ký {m.group('deal').lower()}"
        inside = bool(m) or (inside and bool(goes_on.match(text)))
        if inside:
            spans.append((p.start, p.end))
    kept = []
    for a in facts.assignments:
        if any(s <= a.start < e for s, e in spans) and not {"ministry", "embassy", "enterprise"} & set(
            a.addressee_kinds
        ):
            if (a.assignee or "").lower() == parties:
                continue  # the parties' own commitment: a term of the agreement
            a.assigner = signers
            bind_to(a, facts.provinces)
        kept.append(a)
    facts.assignments = kept


def _add_partners(work: Work) -> None:
    """The provinces a task names besides its own addressee's ("… phối hợp với Ủy ban nhân dân các tỉnh Cao Bằng,
    Lai Châu …"): the task concerns them."""
    gaz = work.lex.gazetteer
    for a in work.facts.assignments:
        named = dict.fromkeys(m.province.name for m in gaz.find_mentions(a.task))
        a.partner_provinces = [p for p in named if p not in a.provinces]


def title_cased(capitals: str) -> str:
    """A heading in capitals with its names written as names ("TỈNH LÀO CAI" -> "Tỉnh Lào Cai"), so that names in it
    are found as in running text."""
    return " ".join(w.capitalize() for w in capitals.split()).replace("Thành Phố", "Thành phố")


def issuer_office(doc: Document, lex: Lexicon | None = None) -> str | None:
    """An official text's issuer as an office that gives tasks, in sentence case: "THỦ TƯỚNG CHÍNH PHỦ" -> "Thủ
    tướng Chính phủ", "ỦY BAN NHÂN DÂN / TỈNH LÀO CAI" -> "Ủy ban nhân dân tỉnh Lào Cai"."""
    if not doc.issuer:
        return None
    if lex is None:
        from ..lexicon import load_lexicon

        lex = load_lexicon()
    issuer = lex.re("home.split_syllable").sub(r"\1", " ".join(doc.issuer.split()))  # OCR's "B Ộ" is "BỘ"
    dash = lex.re("home.issuer_dash")
    # "LAO ĐỘNG-THƯƠNG BINH" is spaced as a name's dash; a number's ("1050/QĐ-SCT") is not
    issuer = " ".join(" ".join(w if "/" in w else dash.sub(" - ", w) for w in issuer.split()).split())
    if m := lex.re("home.parent_over_body").fullmatch(issuer):
        issuer = f"{m.group('body')} {m.group('place')}"  # "UBND TỈNH LÀO CAI / SỞ CÔNG THƯƠNG": the Sở's, of Lào Cai
    elif m := lex.re("home.team_of_body").fullmatch(issuer):
        team, body = (_office_case(x, lex) for x in m.group("team", "body"))
        return f"{team} ({body})"  # "Đoàn kiểm tra theo Quyết định số 1050/QĐ-SCT (Sở Công Thương)"
    return _office_case(issuer, lex)


def authority_office(doc: Document, lex: Lexicon) -> str | None:
    """The office a decision is made by, as its heading states it above the formula "QUYẾT ĐỊNH:" ("BỘ TRƯỞNG BỘ
    NÔNG NGHIỆP VÀ MÔI TRƯỜNG" -> "Bộ trưởng Bộ Nông nghiệp và Môi trường", "THỦ TƯỚNG CHÍNH PHỦ"): the text's
    speaker, whoever signs on its behalf ("KT. BỘ TRƯỞNG / THỨ TRƯỞNG") and whoever its recipients name."""
    line = lex.re("home.authority_line")
    # the cleaner sets the heading's lines apart from the body (as "signature" lines: the same words close a text)
    for r in doc.removed:
        text = r.text.strip(" *|")
        if r.reason == "signature" and line.fullmatch(text):
            return _office_case(" ".join(text.split()), lex)
    return None


def sentence_cased(capitals: str, lex: Lexicon) -> str:
    """A heading's words written in capitals, as running text writes them: bodies, the first place and numbered
    documents named as written, a Roman numeral kept ("KHÓA XVII" -> "khóa XVII"); the first letter as it stands in
    the sentence it continues is the caller's to choose."""
    out = _office_case(capitals, lex)
    titled = title_cased(capitals)
    # every place, not only the first ("… tỉnh Bà Rịa-Vũng Tàu …"), the countries, and the names a heading's
    # capitals hide ("Ban Bí thư Trung ương Đảng")
    names = [titled[m.start : m.end] for m in lex.gazetteer.find_mentions(titled)]
    places = [n for p in lex.gazetteer.provinces for n in (p.name, *p.merged, *p.aliases)]
    names += [v for n in places for v in {n, n.replace(" - ", "-")} if v.lower() in out.lower()]  # "BÀ RỊA-VŨNG TÀU"
    names += [c for c in lex.countries if c.lower() in out.lower()] + list(lex.words("home.proper_names"))
    for name in names:
        out = _recase(out, out.lower(), name)
    return lex.re("home.roman_numeral").sub(lambda m: m.group(0).upper(), out)


def _office_case(capitals: str, lex: Lexicon) -> str:
    """An office written in capitals, in sentence case with its agencies' and province's names as written ("BỘ
    TRƯỞNG BỘ XÂY DỰNG" -> "Bộ trưởng Bộ Xây dựng", "ỦY BAN NHÂN DÂN TỈNH LÀO CAI" -> "Ủy ban nhân dân tỉnh Lào Cai")."""
    # a document's number stays as written ("1050/QĐ-SCT"), and so does the type of the document it numbers
    words = [w if any(c.isdigit() for c in w) else w.lower() for w in capitals.split(" ")]
    low = lex.re("home.numbered_document").sub(lambda m: m.group(0).capitalize(), " ".join(words))
    office = low[:1].upper() + low[1:]
    low = low.lower()
    for name in D.agency_names(lex, provincial=True):  # "bộ xây dựng" -> "Bộ Xây dựng", "sở công thương" -> …
        office = _recase(office, low, name)
    named = lex.gazetteer.find_mentions(title_cased(capitals))
    if not named:
        return office
    # the place as written ("HÀ GIANG" -> "Hà Giang"), not the province it is part of today (Tuyên Quang)
    written = title_cased(capitals)[named[0].start : named[0].end]
    return _recase(office, office.lower(), written, whole_words=False)


def _recase(office: str, low: str, name: str, whole_words: bool = True) -> str:
    """Every occurrence of name (in any case) in office written as name is written."""
    key, out, i = name.lower(), [], 0
    while (at := low.find(key, i)) != -1:
        end = at + len(key)
        bounded = (at == 0 or not low[at - 1].isalnum()) and (end == len(low) or not low[end].isalnum())
        if bounded or not whole_words:
            out.append(office[i:at] + name)
        else:
            out.append(office[i:end])
        i = end
    return "".join(out) + office[i:]


def _names_in_lead(doc: Document, lex: Lexicon) -> bool:
    """Whether the title or the lead names a province, or one of its districts: the text is about it, not only
    mentioning it in passing."""
    top = " ".join([doc.title or "", doc.lead])
    return bool(lex.gazetteer.find_mentions(top)) or any(d.province for d in find_districts(top, lex))


def _portal_home(doc: Document, lex: Lexicon) -> str | None:
    """The province whose paper or portal published the article (its address or name), when the article is about
    that province: it names it near the top, or speaks of "tỉnh ta", "UBND tỉnh" without another name. A provincial
    paper's report of a national event elsewhere is not the province's own news."""
    gaz = lex.gazetteer
    if not doc.portal:
        return None
    province = gaz.of_host(doc.portal) if "." in doc.portal else None
    if province is None and "." not in doc.portal:
        named = gaz.find_mentions(doc.portal)
        province = named[0].province if named else None
    if province is None:
        return None
    top = " ".join([doc.title or "", *(doc.para_text(p) for p in doc.paragraphs[:4])])
    named_here = {m.province.name for m in gaz.find_mentions(top)}
    unnamed, local = lex.re("home.unnamed_home"), lex.re("home.local_unit")
    # the districts named at the top that are known to be another province's ("huyện Gia Bình" in a paper of Hải
    # Dương): that local news is not the paper's own
    elsewhere = {d.province for d in find_districts(top, lex) if d.province} - {province.name}
    if _held_elsewhere(doc.lead, province.name, lex):
        return None  # "Sáng 10/12, tại huyện Gia Bình (tỉnh Bắc Ninh), …" in a paper of Hải Dương
    if province.name in named_here or unnamed.search(top) or (not named_here and not elsewhere and local.search(top)):
        # a provincial paper's own news names the province, "UBND tỉnh", or one of its districts or communes
        return province.name
    return None


def _held_elsewhere(lead: str, province: str, lex: Lexicon) -> bool:
    """Whether the lead's dateline places the event in another province ("Sáng 10/12, tại huyện Gia Bình (tỉnh Bắc
    Ninh), Thủ tướng …"): a provincial paper's report of it is not its own news, whatever else the lead names."""
    m = lex.re("home.dateline_place").match(lead)
    if not m or lex.re("home.online").search(lead):
        return False  # an online conference held in Hà Nội is joined from the province's own bridge point
    place = m.group("place")
    named = {x.province.name for x in lex.gazetteer.find_mentions(place)}
    named |= {d.province for d in find_districts(place, lex) if d.province}
    return bool(named) and province not in named


def home_province(doc: Document, lex: Lexicon) -> str | None:
    """The province an article is about, from its issuer, its paper or portal, its title or the subject of its
    lead."""
    gaz = lex.gazetteer
    if doc.issuer:
        # an official text issued by a province's body ("ỦY BAN NHÂN DÂN / TỈNH NGHỆ AN") is about that province;
        # the heading is in capitals, names in it are matched once written as names
        mentions = gaz.find_mentions(title_cased(doc.issuer))
        if mentions:
            return mentions[0].province.name
    portal = _portal_home(doc, lex)
    if portal:
        return portal
    return _title_home(doc.title, lex) or _lead_home(doc.lead, gaz, lex) or _city_of_district(doc, lex)


def _city_of_district(doc: Document, lex: Lexicon) -> str | None:
    """A report that names no province, only a district that several provinces have ("huyện An Lão": Hải Phòng's and
    Bình Định's), and calls its own government a city's ("CATP", "UBND thành phố"), never a province's: the one
    centrally-run city among those provinces."""
    top = " ".join([doc.title or "", *(doc.para_text(p) for p in doc.paragraphs[:8])])
    if not lex.re("home.city_government").search(top) or lex.re("home.province_government").search(top):
        return None
    cities = {
        d.province
        for m in find_districts(top, lex)
        if m.province is None
        for d in lex.districts.named(m.name)
        if lex.gazetteer.by_name(d.province).kind == "thành phố"
    }
    return cities.pop() if len(cities) == 1 else None


def _title_home(title: str | None, lex: Lexicon) -> str | None:
    """ "Lai Châu dự Hội nghị …", "Chủ tịch UBND tỉnh Quảng Ninh tiếp …": a title whose subject is a province."""
    if not title:
        return None
    mentions = lex.gazetteer.find_mentions(title)
    if mentions and mentions[0].start == 0:
        return mentions[0].province.name
    m = lex.re("home.title_subject").match(title)
    if m and mentions and mentions[0].start == m.end():
        return mentions[0].province.name
    return None


def _lead_home(lead: str, gaz: Gazetteer, lex: Lexicon) -> str | None:
    """ "UBND tỉnh X tổ chức …": a lead whose subject is a province's body."""
    m = lex.re("home.lead_subject").match(lead)
    if m:
        mentions = gaz.find_mentions(lead[m.end() : m.end() + 40])
        if mentions and mentions[0].start == 0:
            return mentions[0].province.name
    return None
