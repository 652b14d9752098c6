"""Directives (assignments) in Vietnamese administrative prose, and the proposals that are not directives.

A directive has three shapes in conference reports and official texts:

A. a leader, a cue verb, an addressee and a task:
   "Thủ tướng yêu cầu các bộ, ngành, địa phương tổ chức thực hiện …", "Người đứng đầu Chính phủ chỉ đạo
   Bộ Công Thương sớm hoàn thiện …", "Giao Bộ Tài chính chủ trì …", "… nhấn mạnh: Năm 2026, cần …";
B. an addressee as subject with an obligation, or inside a directive passage or a numbered list:
   "Các bộ, ngành, địa phương … phải thúc đẩy …", "Cụ thể, Đại sứ Việt Nam tại Mỹ làm việc với …",
   "2. Ủy ban nhân dân các tỉnh, thành phố khẩn trương …";
C. a bare imperative that continues the previous directive, with its addressee inherited:
   "Tập trung phát triển …; tạo điều kiện …", "Cùng với đó, tích cực …", "Trong đó, tập trung ưu tiên …".

A passage stops being a directive at the first sentence with a subject of its own that is not an addressee
("Thủ tướng nêu rõ, chúng ta …", "Tại Hội nghị, các đại biểu …"). What delegates propose (đề xuất, kiến nghị) is
a proposal, never a directive. Results ("đã triển khai", "được ký kết") are never directives.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..lexicon import Lexicon

# Patterns and word lists: config/rules/directives.yaml ("directives.cue" …).


@dataclass
class RawAssignment:
    assigner: str | None
    assignee: str | None
    task: str
    task_start: int  # offsets within the document text
    task_end: int
    deadline: str | None
    cue: str
    assignee_explicit: bool
    kinds: list[str] = field(default_factory=list)


@dataclass
class RawProposal:
    by: str | None
    text: str
    start: int
    end: int


class Phase(Enum):
    """Where a directive passage stands between two sentences."""

    CLOSED = "closed"  # no directive in force: a bare imperative is no task
    OPEN = "open"  # a directive was given: a continuing imperative ("Đồng thời, tăng cường …") is its task
    LIST = "list"  # a directive heads a list ("… các nhiệm vụ sau:", "2. Bộ Ngoại giao:"): its items are tasks


@dataclass
class DirectiveState:
    """What a directive passage carries from one sentence to the next. The phase changes only through the
    transitions below (open_passage, end_list, close)."""

    phase: Phase = Phase.CLOSED
    assigner: str | None = None
    assignee: str | None = None
    last_leader: str | None = None  # the last leader named as a sentence subject
    doc_leader: str | None = None  # the first leader the document names (default assigner for official texts)
    weak: bool = False  # the passage opened with an emphasis ("nhấn mạnh"): continuations need an obligation
    # the marker style of the list item that heads the tasks ("num" for "2. Bộ Tài chính:"), "" for a header that is
    # not a list item ("Thủ tướng Chính phủ chỉ thị:"): items of another style below it are its tasks, whatever
    # verb they start with ("a) Thành lập tổ công tác …")
    header_style: str | None = None
    # people the text names with their office ("Lê Hồng Vinh" -> "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"), so that
    # "đồng chí Lê Hồng Vinh yêu cầu …" is a leader's directive; read only when such a sentence comes (most texts have
    # none, and the scan of the whole text costs ~0.2 ms)
    people_source: Callable[[], dict[str, str]] | None = None
    _people: dict[str, str] | None = None
    text: str = ""  # the whole document, for facts read once and only when a sentence needs them
    _foreign_envoy: bool | None = None
    _places: list[str] | None = None
    _bodies: list[str] | None = None
    # the addressee of the list item being read, when the item names its own ("1. Chủ tịch UBND tỉnh Hà Giang phối
    # hợp …"): the item's further paragraphs ("Chỉ đạo các cơ quan chức năng …") are that addressee's tasks
    item_assignee: str | None = None
    official: bool = False  # an official text: its issuer speaks every sentence that names no one else
    issuer: str = ""  # an official text's issuer as its heading gives it ("UBND TỈNH LÀO CAI SỞ CÔNG THƯƠNG")
    sentences: int = 0  # sentences read so far
    noted_at: int = -9  # the sentence that last named who speaks

    @property
    def active(self) -> bool:
        return self.phase is not Phase.CLOSED

    @property
    def list_header(self) -> bool:
        return self.phase is Phase.LIST

    def open_passage(
        self, assigner: str | None, assignee: str | None, *, weak: bool, header: bool, header_style: str
    ) -> None:
        """A directive was given: by assigner to assignee; header: it heads a list of tasks."""
        self.phase = Phase.LIST if header else Phase.OPEN
        self.assigner, self.assignee, self.weak, self.header_style = assigner, assignee, weak, header_style
        self.item_assignee = None

    def end_list(self) -> None:
        """A task that is not an item of the list: the passage goes on, the list is over."""
        if self.phase is Phase.LIST:
            self.phase = Phase.OPEN

    def heading(self) -> None:
        """A section heading: it ends an item's list ("2. Bộ Tài chính:" … "IV. TỔ CHỨC THỰC HIỆN"), but not the
        document's own lead-in ("Thủ tướng Chính phủ yêu cầu các Bộ trưởng, …:"), which heads every section."""
        if not (self.phase is Phase.LIST and self.header_style == ""):
            self.close()
        else:
            self.item_assignee = None

    def close(self) -> None:
        """A sentence with a subject of its own, a proposal, a heading: no directive is in force."""
        self.phase = Phase.CLOSED
        self.item_assignee = None

    def foreign_envoy(self, lex: Lexicon) -> bool:
        """Whether the text names a foreign envoy ("tiếp Đại sứ Australia tại Việt Nam"): then a bare "Đại sứ" or
        "Ngài" after "đề nghị" is that envoy, asked, not directed."""
        if self._foreign_envoy is None:
            country = lex.re("directives.country")
            envoys = lex.re("directives.envoy_title").finditer(self.text)
            self._foreign_envoy = any(country.match(self.text, m.end()) for m in envoys)
        return self._foreign_envoy

    def places(self, lex: Lexicon) -> list[str]:
        """The districts the text names with their unit word ("huyện Phú Tân"), longest first: the text may then
        name one alone as a subject ("Phú Tân cần kiểm soát …")."""
        if self._places is None:
            from .districts import find_districts

            names = {m.name for m in find_districts(self.text, lex)}
            self._places = sorted(names, key=len, reverse=True)
        return self._places

    def bodies(self, lex: Lexicon) -> list[str]:
        """The bodies the text sets up, named whole ("Thành lập Ban Chỉ đạo thực hiện hỗ trợ nhà ở cho người có công
        với cách mạng"), longest first: the text may then make that whole name a subject, whose words after "Ban Chỉ
        đạo" are no task."""
        if self._bodies is None:
            self._bodies = bodies_set_up(self.text, lex)
        return self._bodies

    def people(self) -> dict[str, str]:
        if self._people is None:
            self._people = self.people_source() if self.people_source else {}
        return self._people


def marker_style(marker: str) -> str:
    """'1.', '2)' -> 'num'; 'a)', 'đ.' -> 'alpha'; 'I.', 'IV.' -> 'roman'; '-', '+', '•' -> 'dash'."""
    m = marker.strip().rstrip(".)")
    if m.isdigit():
        return "num"
    if m and all(c in "IVXLC" for c in m):
        return "roman"
    if len(m) == 1 and m.isalpha():
        return "alpha"
    return "dash"


# --- offices --------------------------------------------------------------------------------------------------------


def agency_names(lex: Lexicon, provincial: bool = False) -> list[str]:
    """Ministries and central offices as they are written, longest first ("Bộ Xây dựng", "Thủ tướng Chính phủ");
    with provincial, also the departments a province has for them ("Sở Xây dựng", "Sở Công Thương")."""
    names = set(lex.ministries) | {x.canonical for x in lex.leaders}
    if provincial:
        names |= {"Sở " + n[3:] for n in lex.ministries if n.startswith("Bộ ")}
    return sorted(names, key=len, reverse=True)


def is_provincial(leader: str | None, lex: Lexicon) -> bool:
    """'Chủ tịch UBND tỉnh Lê Hồng Vinh', 'Chủ tịch UBND TP Hải Phòng', 'UBND tỉnh': an office of a province, not of
    the centre."""
    if leader is None:
        return False
    first, _, rest = leader.partition(" ")
    office = rest if first in lex.wordset("directives.acting_titles") else leader  # "Quyền Chủ tịch UBND tỉnh …"
    return any(office.startswith(p) for p in lex.provincial_leaders)


def canonical_leader(form: str, name: str | None, pm_name: str | None, lex: Lexicon) -> str:
    canon = lex.leader_canonical.get(form, form)
    if canon == "Thủ tướng Chính phủ":
        return f"Thủ tướng Chính phủ {pm_name}" if pm_name else "Thủ tướng Chính phủ"
    return f"{form} {name.strip()}" if name else canon


def find_pm_name(text: str, lex: Lexicon) -> str | None:
    """The Prime Minister's name where the text gives it after his title."""
    m = lex.re("directives.pm_name").search(text)
    if not m:
        return None
    name = m.group(1).strip()
    return None if name.split()[0] in lex.words("directives.pm_not_name") else name


def _named(leader: str, state: DirectiveState) -> str:
    """'Phó Thủ tướng Chính phủ' after 'Phó Thủ tướng Chính phủ Trần Hồng Hà' in the same text is that person."""
    for known in (state.last_leader, state.doc_leader):
        if known and known.startswith(leader + " "):
            return known
    return leader


# --- requests to partners, which are not directives ----------------------------------------------------------------


def _by_given_name(given: str, state: DirectiveState) -> str | None:
    """The one leader or person the text has named in full whose name ends with the given name, with the office."""
    named = [f"{office.split(',')[-1].strip()} {name}" for name, office in state.people().items()]
    found = {who for who in [state.last_leader or "", *named] if who.endswith(" " + given)}
    return found.pop() if len(found) == 1 else None


def _asks_partner(sent: str, at: int, leader: str | None, cue: str, state: DirectiveState, lex: Lexicon) -> bool:
    """A request to a foreign partner ("đề nghị Hàn Quốc …", "đề nghị hai bên …", "đề nghị Đại sứ …" when the text
    receives a foreign envoy), or a province's request to the centre ("Chủ tịch UBND tỉnh đề nghị Bộ Công Thương
    …"): asked, not directed, so a proposal and no one's action item."""
    title = lex.re("directives.partner_title").match(sent, at)  # all its parts are optional: it matches
    if (title and lex.re("directives.country").match(sent, title.end())) or lex.re("directives.partner_words").match(
        sent, at
    ):
        return True
    if lex.re("directives.envoy_addressee").match(sent, at) and state.foreign_envoy(lex):
        return True
    return is_provincial(leader, lex) and bool(
        lex.re("directives.central_addressee").match(sent, at)
        or (cue == "đề nghị" and lex.re("directives.corporation").match(sent, at))
    )


# --- addressees -----------------------------------------------------------------------------------------------------


def parse_np(text: str, pos: int, lex: Lexicon) -> tuple[str, int] | None:
    """An addressee noun phrase starting at text[pos]: ('các bộ, ngành, địa phương', end) or None."""
    last_good = _np_end(text, pos, lex)
    tail = lex.re("directives.np_tail").match(text, last_good) or lex.re("directives.np_tail_line").match(
        text, last_good
    )
    if tail:
        last_good = tail.end()
    part = lex.re("directives.np_in_particular").match(text, last_good)
    if part and last_good > pos:  # "tỉnh Bắc Giang, Yên Bái nói riêng và các địa phương đang có mưa lũ …"
        last_good = _in_general_end(text, part.end(), lex)
    np = text[pos:last_good].strip(" ,-")
    np = lex.re("directives.np_trailing").sub("", np)
    if not np or not lex.re("directives.addressee_head").search(np):
        return None
    end = pos + len(text[pos:last_good].rstrip(" ,-"))
    np_end = text.index(np, pos) + len(np)
    if text[np_end:end].strip().lower() in lex.wordset("directives.predicate_lead"):
        end = np_end  # "… thành phố ven biển cùng vào cuộc": "cùng" starts the task
    return np, end


def bodies_set_up(text: str, lex: Lexicon) -> list[str]:
    """The bodies a text sets up, named whole ("Thành lập Ban Chỉ đạo thực hiện hỗ trợ nhà ở cho người có công với
    cách mạng"), longest first."""
    names = {m.group("name") for m in lex.re("directives.body_set_up").finditer(text)}
    return sorted(names, key=len, reverse=True)


def body_subject(sent: str, at: int, bodies: list[str]) -> tuple[str, int] | None:
    """One of the bodies the text has set up, named whole at sent[at] as a subject: (name, end) or None."""
    at += len(sent[at:]) - len(sent[at:].lstrip(" ,:"))
    if not sent[at : at + 1].isupper():
        return None
    for name in bodies:
        if sent.startswith(name, at) and sent[at + len(name) : at + len(name) + 1] in (" ", ""):
            return name, at + len(name)
    return None


def _in_general_end(text: str, pos: int, lex: Lexicon) -> int:
    """Where "B" of "A nói riêng và B" ends: past "nói chung", else before the first task verb within a few words
    (B may carry a clause: "các địa phương đang có mưa lũ, thiên tai thực hiện …"), else where its words end."""
    end = _np_end(text, pos, lex)
    general = lex.re("directives.np_in_general").match(text, end)
    if general:
        return general.end()
    task_start = lex.re("directives.task_start")
    for w in list(lex.re("directives.word").finditer(text, end))[:10]:
        if task_start.match(text[w.start() : w.start() + 40]):
            return len(text[: w.start()].rstrip(" ,"))
    return end


def _np_end(text: str, pos: int, lex: Lexicon) -> int:
    """Where the words an addressee may be made of, from text[pos], end."""
    i, n, last_good = pos, len(text), pos
    np_word, np_words = lex.re("directives.np_word"), lex.re("directives.np_words")
    stop, ambiguous, place_heads, inside_verbs = (
        lex.wordset("directives.np_stop"),
        lex.wordset("directives.np_ambiguous_first"),
        lex.wordset("directives.place_heads"),
        lex.wordset("directives.np_verb_inside"),
    )
    after_head = False  # the word before was a head noun ("Sở", "Tập đoàn", "và"): a name may start here
    while i < n:
        while i < n and text[i] == " ":
            i += 1
        whole = _np_whole_at(text, pos, i, lex)
        if whole is not None:
            if whole == i:
                break
            i = last_good = whole
            continue
        if i < n and text[i] in ",/-":
            # "Sở Văn hóa, Thể thao và Du lịch"; "Hà Trọng Hải - Phó Chủ tịch": a dash joins titles; "Bà Rịa - Vũng
            # Tàu", "Sở Lao động - Thương binh và Xã hội" join a name, whose next word may have a lower-case second
            # syllable
            i += 1
            after_head = True
            continue
        semi = lex.re("directives.np_semicolon").match(text, i) if i < n and text[i] == ";" else None
        if semi and text[semi.end()].isupper():  # "Thủ trưởng các sở …; Chủ tịch UBND các huyện …": one subject
            i = semi.end()
            after_head = True
            continue
        count = lex.re("directives.np_count").match(text, i) if i > pos else None
        if count:  # "UBND 2 tỉnh Bắc Ninh và Bắc Giang": the count and the noun after it go on
            i = count.end()
            continue
        wm = np_word.match(text, i)  # match at i: slicing text[i:] for every word copies the rest of the sentence
        if not wm:
            break
        w = wm.group(0)
        lw = w.lower()
        if lw in stop and not (w[0].isupper() and i > pos):
            break  # "cần", "đã" end the phrase; "Cần Thơ" inside it is a name
        pm = np_words.match(text, i)
        if lw in inside_verbs and i > pos and not lex.re("directives.plural_before").search(text, pos, i):
            break  # "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam lãnh đạo, chỉ đạo …": the verb after a name
        if lw in ambiguous and not lex.re("directives.plural_before").search(text, pos, i):
            if not (pm and pm.group(0).lower() in lex.wordset("directives.np_fixed")):
                break  # "địa phương tổ chức thực hiện": here "tổ chức" is the verb ("Mặt trận Tổ quốc": a name)
        if pm:
            i = last_good = pm.end()
            after_head = pm.group(0).lower() not in place_heads
            continue
        if not w[0].isupper():
            break
        i = last_good = i + len(w)
        if after_head:
            i = last_good = _second_syllable(text, i, lex)
        after_head = False
    return last_good


def _np_whole_at(text: str, pos: int, i: int, lex: Lexicon) -> int | None:
    """The end of what at text[i] belongs to the phrase whole: a ministry's name, a short parenthesis ("(EC)",
    "(VCCI)"), the short names listed after "các Bộ:"; i where a parenthesis or a colon ends the phrase; None when
    none of them is at i."""
    m = lex.re("directives.ministry").match(text, i)
    if m:
        return m.end()
    if text[i : i + 1] == ":":
        return _short_names_end(text, pos, i, lex)  # "Bộ trưởng các Bộ: Nông nghiệp và …, Công an"
    if text[i : i + 1] == "(":
        close = text.find(")", i)
        return close + 1 if close != -1 and close - i <= 20 else i
    return None


def _short_names_end(text: str, pos: int, colon: int, lex: Lexicon) -> int:
    """Where the short names listed after "các Bộ:" ("Nông nghiệp và Phát triển nông thôn, …, Công an") end: before
    the first task verb, a stop word or the clause's end; colon itself when no such list follows."""
    if not lex.re("directives.np_colon_list").search(text[pos:colon]) or not text[colon + 1 :].lstrip()[:1].isupper():
        return colon
    task_start, stop = lex.re("directives.task_start"), lex.wordset("directives.np_stop")
    end = colon + 1
    for w in lex.re("directives.word").finditer(text, end):
        gap = text[end : w.start()]
        if any(c in gap for c in ".;:") or w.group(0) in stop:
            break
        if w.group(0).islower() and task_start.match(text[w.start() : w.start() + 40]):
            break  # a name's capitalised words ("Phát triển nông thôn") are no task verb
        end = w.end()
    return end if end > colon + 1 else colon


def _second_syllable(text: str, i: int, lex: Lexicon) -> int:
    """Past the lower-case second syllable of a name's first word, if one follows at text[i]: an agency's or a
    company's name capitalises only the first syllable of its words ("Sở Tài chính", "Tập đoàn Điện lực Việt Nam").
    A syllable that starts a task ("Cục Thuế chủ trì") or ends the phrase ("cần", "và") is not taken."""
    if text[i : i + 1] != " ":
        return i
    before = text[text.rfind(" ", 0, i) + 1 : i]
    if len(before) > 1 and before.isupper():
        return i  # an acronym is a whole name ("Sở GD&ĐT rút kinh nghiệm …": "rút" is the verb)
    wm = lex.re("directives.np_word").match(text, i + 1)
    if not wm or not wm.group(0).islower() or wm.group(0) in lex.wordset("directives.np_stop"):
        return i
    if lex.re("directives.np_words").match(text, i + 1) or lex.re("directives.task_start").match(text[i : i + 40]):
        return i
    return wm.end()


def addressee_kinds(np: str | None, lex: Lexicon) -> list[str]:
    """What kind of body an addressee is: localities, ministry, embassy, enterprise, provincial_agency, or other."""
    if not np:
        return []
    low = np.lower()
    kinds = []
    if lex.re("directives.kind_localities").search(low) and not lex.re("directives.kind_counted_localities").search(
        low
    ):
        kinds.append("localities")  # "2 địa phương": the two the text speaks of
    # "ngành" is a ministry's sector beside "bộ" ("các bộ, ngành"), a province's beside "sở" ("các sở, ban, ngành")
    sector = "ngành" in low and not lex.re("directives.kind_province_sector").search(low)
    if lex.re("directives.kind_ministry").search(low) or sector or lex.re("directives.ministry").search(np):
        kinds.append("ministry")
    if lex.re("directives.kind_embassy").search(low):
        kinds.append("embassy")
    if lex.re("directives.kind_enterprise").search(low):
        kinds.append("enterprise")
    if lex.re("directives.kind_provincial_agency").search(low):
        kinds.append("provincial_agency")  # "Sở Tài chính", "UBND tỉnh": a province's own bodies
    return kinds or ["other"]


# --- tasks and deadlines --------------------------------------------------------------------------------------------


def find_deadline(task: str, lex: Lexicon) -> str | None:
    """The task's deadline; a dated or recurring one over a bare "ngay"/"sớm" ("khắc phục ngay …, chậm nhất trong
    ngày 30/10"), the first of them ("báo cáo vào thứ Sáu hàng tuần …; báo cáo tổng thể trước ngày 05/7": weekly).
    A date in the clause of an aim ("với mục tiêu tăng trưởng … trong năm 2025, …") is the aim's, not the task's."""
    aim = lex.re("directives.deadline_of_aim")
    found = [
        m.group(0)
        for m in lex.re("directives.deadline").finditer(task)
        if not aim.search(task[max(task.rfind(",", 0, m.start()), task.rfind(";", 0, m.start())) + 1 : m.start()])
    ]
    recurring = lex.re("directives.recurring")
    dated = (d for d in found if any(c.isdigit() for c in d) or recurring.search(d))
    return next(dated, found[0] if found else None)


def fronted_deadline(before: str, lex: Lexicon) -> str | None:
    """A dated deadline set before the subject, as the clause that leads to it ("Trong thời hạn 06 tháng, kể từ ngày
    … có hiệu lực thi hành, các bộ … thực hiện …", "Trường hợp … thì trong thời hạn 06 tháng, kể từ …, Bộ … có trách
    nhiệm …"): the deadline of the tasks after the subject. A date inside the condition ("Trường hợp luật được ban hành
    trước ngày …, Bộ …") is the condition's."""
    last = None
    for m in lex.re("directives.deadline").finditer(before):
        last = m
    if not last or not any(c.isdigit() for c in last.group(0)) or before[last.end() :].strip(" ,"):
        return None
    return last.group(0) if lex.re("directives.deadline_lead").search(before[: last.start()]) else None


def fronted_window(before: str, lex: Lexicon) -> str | None:
    """The span of a visit or an event set before the subject ("Trong thời gian này, tỉnh cần …"): when the tasks
    after the subject are due, unless a task names its own deadline."""
    m = lex.re("directives.fronted_window").search(before)
    return m.group("window") if m else None


def _tasks_of(text: str, base: int, assignee: str | None, lex: Lexicon) -> list[tuple[str | None, str, int, int]]:
    """split_tasks, each task with its addressee: a later piece that opens with an agency of its own ("…; Bộ Ngoại
    giao hỗ trợ kết nối đối tác; các địa phương cải thiện …") is that agency's task, and so are the pieces after it."""
    out: list[tuple[str | None, str, int, int]] = []
    for i, (t, s, e) in enumerate(split_tasks(text, base, lex)):
        part = _part_given(t, lex) if i else None
        if part:  # "…; phần trên địa bàn Hà Nội sẽ giao Hà Nội làm": that body's task, and the pieces after it
            assignee = part
            out.append((assignee, t, s, e))
            continue
        given = _given_for(t, lex)
        if given:  # "giao việc quản lý chợ cho UBND huyện Khánh Vĩnh": the task, then whose it is
            who, (cut, length) = given
            out.append((who, t[cut : cut + length], s + cut, s + cut + length))
            assignee = who
            continue
        cue = lex.re("directives.cue").match(t) if i else None
        np = parse_np(t, cue.end() if cue else 0, lex) if i else None  # "…; yêu cầu huyện xây dựng …": its own
        if np and set(addressee_kinds(np[0], lex)) - {"other"} and len(t) - np[1] > 3:
            assignee = np[0]
            cut = np[1] + len(t[np[1] :]) - len(t[np[1] :].lstrip(" ,:"))
            t, s = t[cut:], s + cut
        out.append((assignee, t, s, e))
    return [clause for piece in out for clause in _subject_clauses(piece, lex)]


def _subject_clauses(piece: tuple[str | None, str, int, int], lex: Lexicon) -> list[tuple[str | None, str, int, int]]:
    """A piece whose clauses each name their own subject and verb ("2 địa phương triển khai, Văn phòng Chính phủ kiểm
    tra, đôn đốc, 2 tỉnh báo cáo lại Thủ tướng khi hoàn thành") is one task per subject, save a bare "triển khai". The
    piece itself unless its first clause and a later one name their own subjects."""
    who, t, s, _ = piece
    first = _clause_subject(t, 0, lex)
    if first is None:  # "chủ trì, phối hợp với các sở, ngành liên quan tham mưu …": one subject's verbs and partners
        return [piece]
    cuts = [m.end() for m in lex.re("directives.clause_comma").finditer(t)]
    # a subject of its own is named in full: a capital, a count or a plural ("Văn phòng Chính phủ", "2 tỉnh", "các
    # tỉnh"); a bare noun after a comma ("…, ngành liên quan") goes on a list of partners
    named = [at for at in cuts if t[at].isupper() or lex.re("directives.own_subject_start").match(t, at)]
    heads = [(at, head) for at in named if (head := _clause_subject(t, at, lex))]
    if not heads:
        return [piece]
    starts = [(0, first), *heads]
    out: list[tuple[str | None, str, int, int]] = []
    carried: dict[str, tuple[str, int]] = {}  # count → the bare verb of a counted subject ("2 địa phương triển khai")
    for k, (_, (subject, task_at)) in enumerate(starts):
        end = heads[k][0] if k < len(heads) else len(t)
        text = t[task_at:end].rstrip(" ,")
        if not text:
            return [piece]
        count = lex.re("directives.np_count").match(subject)
        if lex.re("directives.bare_carry_out").fullmatch(text):
            if count:
                carried[count.group(0).strip()] = (text, task_at)
            continue  # "2 địa phương triển khai": carries out what was given before, no task to show of its own
        if count and count.group(0).strip() in carried:
            # the same count names the same bodies ("2 địa phương triển khai, …, 2 tỉnh báo cáo lại …"): they carry
            # the work out and report, one task
            verb, at = carried.pop(count.group(0).strip())
            out.append((subject, f"{verb}, {text}", s + at, s + task_at + len(text)))
            continue
        out.append((subject, text, s + task_at, s + task_at + len(text)))
    return out


def _clause_subject(t: str, at: int, lex: Lexicon) -> tuple[str, int] | None:
    """The subject that opens the clause at t[at] and where its verb starts, when a body ("Văn phòng Chính phủ", "các
    tỉnh", a count of them: "2 tỉnh") is followed by a task verb."""
    count = lex.re("directives.np_count").match(t, at)
    np = parse_np(t, count.end() if count else at, lex)
    if not np or not (count or set(addressee_kinds(np[0], lex)) - {"other"}):
        return None
    if not lex.re("directives.task_start").match(t[np[1] :]):  # anchored with "^": matched on the rest itself
        return None
    verb = np[1] + len(t[np[1] :]) - len(t[np[1] :].lstrip())
    return (t[at : np[1]].strip() if count else np[0]), verb


def _part_given(piece: str, lex: Lexicon) -> str | None:
    """The body a piece hands its part of the work to ("phần trên địa bàn Hà Nội sẽ giao Hà Nội làm"): an addressee
    or a province named alone; None when the piece hands nothing on."""
    m = lex.re("directives.part_given").fullmatch(piece)
    if not m:
        return None
    who = m.group("who").strip()
    np = parse_np(who, 0, lex)
    if np and np[0] == who and set(addressee_kinds(who, lex)) - {"other"}:
        return who
    named = lex.gazetteer.find_mentions(who)
    return who if len(named) == 1 and named[0].surface == who else None


def _given_for(task: str, lex: Lexicon) -> tuple[str, tuple[int, int]] | None:
    """ "việc quản lý chợ thị trấn cho UBND huyện Khánh Vĩnh" (after "giao"): the addressee after "cho", and the
    task's start and length, when the addressee ends the piece."""
    m = lex.re("directives.task_for").match(task)
    if not m:
        return None
    np = parse_np(task, m.end(), lex)
    if not np or task[np[1] :].strip(" .,;"):
        return None
    return np[0], (m.start("task"), len(m.group("task")))


def _opens_task(piece: str, lex: Lexicon) -> bool:
    return bool(lex.re("directives.task_start").match(piece) or lex.re("official.item_task").match(piece))


def split_tasks(text: str, base: int, lex: Lexicon) -> list[tuple[str, int, int]]:
    """'a; b; c' -> three tasks with offsets (base = offset of text in the document). A deadline alone ("…; hoàn thành
    trong tháng 9/2026") and, after a list's colon ("trọng tâm là: Luật …; Nghị định …"), a piece with no task verb
    stay with the task before them."""
    out: list[tuple[str, int, int]] = []
    pos = 0
    separator = lex.re("directives.task_separator")
    for piece in separator.split(text):
        if separator.fullmatch(piece or ""):
            pos += len(piece)
            continue
        start = pos
        pos += len(piece)
        lead = lex.re("directives.task_lead").match(piece)
        kept = lex.re("directives.item_letter").sub("", lead.group(0)).strip(" ,:.…") if lead else ""
        cut = lead.end() if lead and kept in ("", "cũng như") else 0
        t2 = piece[cut:].rstrip(" .;,…/")
        if len(lex.re("directives.word").findall(t2)) < 2:
            continue
        s = start + cut
        listed = out and (
            lex.re("directives.document_more").match(t2)  # "…; số 328/TB-VPCP ngày …": the list of documents goes on
            or (lex.re("directives.enumeration").search(text, 0, start) and not _opens_task(t2, lex))
        )
        listed = listed and not lex.re("directives.part_given").fullmatch(t2)  # a part handed to another body
        if out and (listed or lex.re("directives.deadline_only").match(t2)):
            prev_t, prev_s, _ = out[-1]
            out[-1] = (text[prev_s - base : s + len(t2)].rstrip(" .;,…"), prev_s, base + s + len(t2))
            continue
        out.append((t2, base + s, base + s + len(t2)))
    return out


# --- the per-sentence recogniser --------------------------------------------------------------------------------

Found = tuple[list[RawAssignment], RawProposal | None]


@dataclass
class _Sentence:
    """One sentence as the recogniser reads it."""

    text: str
    base: int  # its offset in the document
    is_list_item: bool
    opens_item: str | None  # the marker of the list item it opens ("a)"), None when it opens none
    body_start: int = 0  # past a continuation word ("Đồng thời, ") and a list item's topic ("Về …, ")


class Recogniser:
    """Directives sentence by sentence (shapes A, B and C of the module's docstring), the passage state carried in a
    DirectiveState. Built once per document from the lexicon."""

    def __init__(self, lex: Lexicon, pm_name: str | None):
        self.lex = lex
        self.pm_name = pm_name
        self.leader_re = lex.re("directives.leader")
        self.bare_task_cues = lex.wordset("directives.bare_task_cues")
        self.inside_name = lex.re("directives.inside_name")

    def recognise(
        self,
        sent: str,
        base: int,
        state: DirectiveState,
        is_list_item: bool = False,
        opens_item: str | None = None,
        caption: bool = False,
    ) -> Found:
        """Directives in one sentence (offsets via base); moves the passage state on. A photo's caption that gives
        no directive leaves the passage in force: portals set photos between the paragraphs of one directive."""
        if self.lex.re("directives.page_debris").fullmatch(sent):
            return [], None  # "--- PAGE BREAK ---" between two paragraphs of one directive leaves it in force
        if not is_list_item and self.lex.re("directives.ordinal_item").match(sent):
            is_list_item, opens_item = True, "Thứ"  # "Thứ hai, Bộ Công an chỉ đạo …": an item, as "2." would be
        s = _Sentence(sent, base, is_list_item, opens_item)
        state.sentences += 1
        # Remember who speaks: "Thủ tướng Chính phủ Phạm Minh Chính biểu dương …" makes a later "Đồng thời đề nghị" his.
        speaker_before = state.last_leader or state.doc_leader  # whom "Đồng chí đề nghị …" refers to
        self._note_speaker(s, state)
        found = self._delegates_propose(s, state)
        if found is None and not state.official:
            found = self._duties_allotted(s, state)
        if found is None:
            found = self._leader_directs(s, state, speaker_before)
        if found is None:
            found = self._addressee_obliged(s, state)
        if found is None and state.official:
            # "…, nếu phát sinh khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương kịp thời có văn bản gửi sở …":
            # those it names report, not the addressee of the passage it closes
            found = self._difficulty_report(s, state)
        if found is None:
            found = self._passage_continues(s, state)
        if found is None and not state.official:
            found = self._units_report_up(s, state, speaker_before)
        if found is None and state.active and self.lex.re("directives.bare_list_intro").fullmatch(sent):
            # "UBND tỉnh yêu cầu … cùng vào cuộc. Cụ thể:" — the paragraphs that follow are the directive's items
            state.open_passage(state.assigner, state.assignee, weak=state.weak, header=True, header_style="")
            found = ([], None)
        if found is None:
            if not (state.list_header and is_list_item) and not caption:
                # a further sentence of a list item (an explanation), or an item that is no task ("1. Năm 2025, công
                # suất … đạt …" before "2. Bộ Công Thương:"), leaves the list in force; anything else ends it
                state.close()
            found = ([], None)
        return found

    def headline_tasks(self, lead: str, title: str, title_base: int, state: DirectiveState) -> list[RawAssignment]:
        """A news lead that calls the headline a leader's directive ("Đó là một trong những chỉ đạo quan trọng của Bí
        thư Tỉnh uỷ Cà Mau …" under "Phú Tân cần kiểm soát tốt …"): the headline's obligation is his task for the
        body it names; the paragraph after the lead gives it in his words, so his passage stays open for sentences
        that oblige (weak). Call after the lead is read; [] when the lead attributes nothing."""
        m = self.lex.re("directives.headline_attributed").match(lead)
        lm = next(self.leader_re.finditer(lead, m.end()), None) if m else None
        if lm is None:
            return []
        leader = _named(canonical_leader(lm.group("title"), lm.group("name"), self.pm_name, self.lex), state)
        state.open_passage(leader, None, weak=True, header=False, header_style="")
        found = self._addressee_obliged(_Sentence(title, title_base, False, None), state)
        state.open_passage(leader, state.assignee, weak=True, header=False, header_style="")
        return found[0] if found else []

    def _note_speaker(self, s: _Sentence, state: DirectiveState) -> None:
        """A leader opening the sentence (within 80 characters) is who speaks next, read on far enough to take a
        whole name: a cut at 80 made "Phó Thủ tướng Chính phủ Trần Hồ" of "… Trần Hồng Hà"."""
        attending = self.lex.re("directives.attending")
        for m in self.leader_re.finditer(s.text[:160]):
            if m.start() < 80 and not self.inside_name.search(s.text[: m.start()]):
                advised = not state.official and self.lex.re("directives.advised_office").search(s.text[: m.start()])
                awards = self.lex.re("directives.awarding").match(s.text, m.end())  # not there, not speaking
                if not attending.search(s.text[: m.start()]) and not advised and not awards:
                    if not m.group("name") and self._note_named_speaker(s, state):
                        return  # "Phó Bí thư Thường trực Tỉnh ủy - Nguyễn Thanh Hải cho rằng": the person, named
                    leader = canonical_leader(m.group("title"), m.group("name"), self.pm_name, self.lex)
                    state.last_leader = _named(leader, state)
                    state.doc_leader = state.doc_leader or state.last_leader
                    state.noted_at = state.sentences
                    return
        self._note_named_speaker(s, state)

    def _note_named_speaker(self, s: _Sentence, state: DirectiveState) -> bool:
        """ "Phát biểu tại hội nghị, đồng chí Lâm Thị Hương Thành cho biết, …": a person named as the speaker is whom
        a later "Đồng chí đề nghị …" refers to, with the office the text gives that person. Whether one was named."""
        if s.text.rstrip()[-1:] not in '.!?…"”:':
            return False  # a photo's caption ("Giám đốc Sở … - Nguyễn Hồng Mai thông tin …") names no speaker
        m = self.lex.re("directives.named_speaker").search(s.text[:200])
        if not m:
            role = self.lex.re("directives.role_speaker").search(s.text[:200])
            if role:  # "Phát biểu tại đây, lãnh đạo UBND huyện Tân Yên mong muốn …"
                state.last_leader = role.group("role")[:1].upper() + role.group("role")[1:]
                state.noted_at = state.sentences
            return False
        name = m.group("name") or m.group("name2")
        office = state.people().get(name) or (m.group("office") or m.group("office2") or "").strip(" ,-–")
        state.last_leader = f"{office.split(',')[-1].strip()} {name}" if office else name
        state.noted_at = state.sentences
        return True

    def _delegates_propose(self, s: _Sentence, state: DirectiveState) -> Found | None:
        """Proposals by delegates ("Các đại biểu đề xuất …") are never directives."""
        pm = self.lex.re("directives.proposal_cue").search(s.text)
        if not pm or self._leader_subject(s.text, pm.start())[0]:
            return None
        subj = s.text[: pm.start()]
        delegate = self.lex.re("directives.delegate").search(subj)
        if not (delegate or not subj.strip()):
            return None
        cue = self.lex.re("directives.cue").search(subj)
        if cue and delegate and cue.start() < delegate.start():
            return None  # "Thủ tướng đề nghị các đại biểu … đề xuất …", "Giao Bộ trưởng … phối hợp với địa phương … đề
            # xuất …": those named after the cue are directed, and what they propose is their task
        state.close()
        by = self.lex.re("directives.proposal_setting").sub("", subj).strip(" ,") or None
        return [], RawProposal(by, s.text[pm.end() :].strip(" :,."), s.base + pm.end(), s.base + len(s.text))

    def _leader_subject(self, sent: str, before_pos: int) -> tuple[str | None, int]:
        """The leader named right before a cue (within the same clause): canonical form and its start, or None."""
        best = None
        gap_ok, gap_stop = self.lex.re("directives.gap_ok"), self.lex.re("directives.gap_stop")
        for m in self.leader_re.finditer(sent, 0, before_pos):
            if self.inside_name.search(sent[: m.start()]):
                continue
            gap = sent[m.end() : before_pos]
            if len(gap) > 120 or gap_stop.search(gap):
                continue
            if not (gap_ok.match(gap) or self.lex.re("directives.gap_issued").fullmatch(gap)):
                continue
            best = m
        if not best:
            return None, -1
        return canonical_leader(best.group("title"), best.group("name"), self.pm_name, self.lex), best.start()

    # --- A. a leader, a cue, an addressee and a task

    def _leader_directs(self, s: _Sentence, state: DirectiveState, speaker_before: str | None) -> Found | None:
        """Shape A: "Thủ tướng yêu cầu các bộ … tổ chức thực hiện …", "Giao Bộ Tài chính chủ trì …"."""
        lead = self.lex.re("directives.continuation").match(s.text)
        lead_end = lead.end() if lead else 0
        basis = self.lex.re("directives.basis_lead").match(s.text, lead_end) if state.official else None
        if basis:  # "Căn cứ ý kiến chỉ đạo trên, yêu cầu …": the issuer's closing
            lead_end = basis.end()
        for cm in self.lex.re("directives.cue").finditer(s.text, lead_end if basis else 0):
            cue = cm.group("cue").strip()
            if cue[0].isupper() and cm.start() > lead_end:
                continue  # "Ban Chỉ đạo", "Chỉ thị số 15": a capitalised cue mid-sentence is part of a name
            cue = cue[0].lower() + cue[1:]
            cue_key = cue.split()[0] if cue.startswith("giao") else cue
            before = s.text[: cm.start()]
            if self.lex.re("directives.noun_use_before").search(before):
                continue
            if self.lex.re("directives.on_site_cue").search(before):
                continue  # "… trực tiếp đến hiện trường chỉ đạo công tác tìm kiếm …": reported, not given
            if self.lex.re("directives.assisted_cue").search(before):
                continue  # "… giúp Ủy ban nhân dân Thành phố chỉ đạo, đôn đốc …": the subject's task
            if not state.official and self._advised(before):
                continue  # "… có việc tham mưu Chính phủ chỉ đạo, hướng dẫn …": the adviser's task
            if self.lex.re("directives.noun_use_after").match(s.text, cm.end()):
                continue
            if cue_key == "giao" and self.lex.re("directives.allotted_after").match(s.text, cm.end()):
                continue  # "… kế hoạch Thủ tướng Chính phủ giao;": an allotment, nobody is given work
            if not s.text[cm.end() :].strip(" ./") and self.lex.re("directives.cited_cue").search(before):
                continue  # "… đạt được các mục tiêu đề ra như Tổng Bí thư Tô Lâm đã chỉ đạo.": an earlier directive
            who = self._cue_speaker(s, state, cm, lead_end, speaker_before)
            if who is _STOP:
                break
            if isinstance(who, tuple):
                return who  # a delegate speaking for a ministry: a proposal
            if who is None:
                continue
            found = self._cue_directive(s, state, who, cue_key, cm.end())
            if found is not None:
                return found
        return None

    def _advised(self, before: str) -> bool:
        """Whether the cue after before follows a leader someone is to advise ("… việc tham mưu Chính phủ chỉ đạo …"),
        not advice reported as given ("sở đã tham mưu UBND thành phố yêu cầu …": the body's own order)."""
        advised = self.lex.re("directives.advised_cue").search(before)
        if advised is None:
            return False
        return not self.lex.re("directives.advised_done").search(before, 0, advised.start())

    def _cue_speaker(self, s: _Sentence, state: DirectiveState, cm, lead_end: int, speaker_before: str | None):
        """Who says the cue cm: a leader (str), None (not a directive's cue), _STOP (the sentence is a list item
        whose subject is its addressee: read it as shape B), or a proposal (Found)."""
        at = cm.start()
        sent, before = s.text, s.text[:at]
        leader, leader_at = self._leader_subject(sent, at)
        if leader is not None:
            leader = _named(leader, state)
            return _STOP if self._item_addressee(s, state, leader, leader_at) else leader
        ministry = self._ministry_speaks(s, state, at, cm.end())
        if isinstance(ministry, str) and self._item_addressee(s, state, ministry, sent.rfind(ministry, 0, at)):
            return _STOP  # "Thứ hai, Bộ Công an chỉ đạo Công an tỉnh …" under "Thủ tướng Chính phủ yêu cầu:"
        if ministry is not None:
            return ministry
        # "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực TP.HCM cũng yêu cầu …" in a report; in an official text or a
        # list item the body is the item's addressee ("Ban Thường vụ Tỉnh ủy, Thành ủy lãnh đạo, chỉ đạo …")
        body = (
            None
            if state.official or s.is_list_item
            else self.lex.re("directives.body_subject").fullmatch(before, lead_end)
        )
        if body:
            return body.group("head")
        if not state.official and self.lex.re("directives.document_subject").fullmatch(before, lead_end):
            return self._document_issuer(before, state)
        titled = (
            None if state.official or s.is_list_item else self.lex.re("directives.titled_subject").fullmatch(before)
        )
        if titled and cm.group("cue").strip().lower() in self.lex.wordset("directives.agency_cues"):
            return titled.group("who")  # "Chủ tịch UBND huyện Phú Xuyên yêu cầu …": an office holder the lexicon lacks
        agency = None if s.is_list_item else self._agency_speaks(s, cm, lead_end)
        if agency and (not state.official or agency.lower() in state.issuer.lower()):
            # an official text's own issuer directs ("…, Sở Công Thương yêu cầu đơn vị nêu trên …"); another body
            # named there is an addressee given a task ("Ủy ban nhân dân quận, huyện chỉ đạo Phòng …")
            return agency
        at_start = not before.strip() or (lead_end and lead_end >= len(before.rstrip()))
        if self.lex.re("directives.agreed_gap").fullmatch(before[lead_end:].lower()):
            return state.last_leader or state.doc_leader  # "Thống nhất chỉ đạo Sở, ngành …": the agreement's parties
        hm = self.lex.re("directives.honorific_name").search(before)
        office = state.people().get(hm.group("name")) if hm else None
        if hm and office:  # "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh": the office last named is the one that directs
            state.last_leader = f"{office.split(',')[-1].strip()} {hm.group('name')}"
            return state.last_leader
        given = self.lex.re("directives.honorific_given_name").search(before)
        if given:  # "Ông Giang yêu cầu …" after "Chủ tịch UBND tỉnh Nguyễn Hoàng Giang": the person named in full
            return _by_given_name(given.group("given"), state)
        if self.lex.re("directives.pronoun_subject").fullmatch(before, lead_end):
            return speaker_before
        if state.noted_at == state.sentences and self.lex.re("directives.joined_predicate").search(before):
            return state.last_leader  # "Phó Thủ tướng … biểu dương …, đồng thời đề nghị …": the subject's next act
        passage_leader = state.assigner if state.active else None
        cue_word = cm.group("cue").strip().lower()
        if at_start and passage_leader and (state.item_assignee or state.assignee) and cue_word in self.bare_task_cues:
            return None  # "Chỉ đạo các cơ quan chức năng …" inside a directive: the addressee's own task (shape C)
        recent = state.official or state.sentences - state.noted_at <= 1
        if at_start and not passage_leader and cue_word in self.bare_task_cues and not recent:
            return (
                None  # "Thời gian qua, UBND huyện … Chỉ đạo cơ quan chuyên môn …": the last subject's doing, reported
            )
        if at_start and (passage_leader or state.last_leader or state.doc_leader):
            return passage_leader or state.last_leader or state.doc_leader
        return None

    def _document_issuer(self, before: str, state: DirectiveState) -> str | None:
        """Who directs through the document a news sentence opens with ("Nghị quyết số 188/NQ-CP … của Chính phủ
        giao …", "Kế hoạch 222 đặt ra yêu cầu …"): the leader named in it, else the leader the text named last."""
        m = next(self.leader_re.finditer(before), None)
        if m:
            return canonical_leader(m.group("title"), m.group("name"), self.pm_name, self.lex)
        return state.last_leader or state.doc_leader

    def _item_addressee(self, s: _Sentence, state: DirectiveState, who: str, at: int) -> bool:
        """Whether the office opening a list item is the item's addressee: "2. Bộ trưởng Bộ Xây dựng chỉ đạo …" under
        "Thủ tướng Chính phủ yêu cầu:" — "chỉ đạo …" is the minister's task (read as an addressee subject)."""
        if not (s.is_list_item and state.active and state.assigner and who != state.assigner):
            return False
        return bool(self.lex.re("directives.item_subject").fullmatch(s.text, 0, at))

    def _ministry_speaks(self, s: _Sentence, state: DirectiveState, at: int, end: int):
        """ "Bộ Ngoại giao đề nghị các địa phương …": a ministry asks too (its name, a str); "Đại diện Bộ Công Thương
        đề nghị …": a delegate speaking for a ministry proposes (a Found); None when no ministry says the cue."""
        gap_ok = self.lex.re("directives.gap_ok")
        mm = [
            m for m in self.lex.re("directives.ministry").finditer(s.text, 0, at) if gap_ok.match(s.text[m.end() : at])
        ]
        if not mm or self.inside_name.search(s.text[: mm[-1].start()]):
            return None
        if self.lex.re("directives.delegate_of").search(s.text, 0, mm[-1].start()):
            state.close()
            by = s.text[:at].strip(" ,")
            return [], RawProposal(by, s.text[end:].strip(" :,."), s.base + end, s.base + len(s.text))
        return mm[-1].group(0)

    def _agency_speaks(self, s: _Sentence, cm, lead_end: int) -> str | None:
        """ "Tại Quảng Ngãi, Bộ Chỉ huy BĐBP tỉnh cũng yêu cầu các đồn …": a province's agency, the subject of a news
        sentence (after its place or time), directs its units: its name, or None."""
        lex, sent, at = self.lex, s.text, cm.start()
        if cm.group("cue").strip().lower() not in lex.wordset("directives.agency_cues"):
            return None
        setting = lex.re("directives.report_setting").match(sent, lead_end)
        starts = [setting.end(), lead_end] if setting else [lead_end]
        purpose = lex.re("directives.purpose_lead").match(sent, lead_end)
        if purpose:  # "Để việc chấp hành … được tốt hơn, Sở Công Thương yêu cầu …": the subject after the purpose
            starts.append(purpose.end())
        for start in starts:
            np = parse_np(sent, start, lex)
            if not np or np[1] > at:
                continue
            kinds, gap = addressee_kinds(np[0], lex), sent[np[1] : at]
            if "provincial_agency" in kinds and lex.re("directives.gap_ok").match(gap):
                return np[0]
            if "localities" in kinds and lex.re("directives.agreed_gap").fullmatch(gap):
                return np[0]  # "Các tỉnh thống nhất chỉ đạo Bộ đội Biên phòng …": provinces agreed to direct
        return None

    def _topic_addressee(self, sent: str) -> str | None:
        """The addressee a sentence puts first as its topic: a province ("Với Bắc Giang, …") or a body ("Đối với
        các sở, ngành, …"); None when the topic is something else ("Với sự vào cuộc quyết liệt …, …")."""
        m = self.lex.re("directives.topic_addressee").match(sent)
        if not m:
            return None
        who = m.group("who").strip()
        np = parse_np(who, 0, self.lex)
        if np and np[1] >= len(who.rstrip()):
            return np[0]
        if np and set(addressee_kinds(np[0], self.lex)) - {"other"} and np[0].lower().startswith(("các ", "những ")):
            return who  # "Với các doanh nghiệp chế biến tôm, …": the topic up to its comma names them whole
        mentions = self.lex.gazetteer.find_mentions(who)
        return who if mentions and mentions[0].start <= 6 and mentions[-1].end >= len(who) - 1 else None

    def _says_to_addressee(self, sent: str, at: int) -> bool:
        """ "nhấn mạnh: Thời gian tới, Trung tâm Phục vụ hành chính công tỉnh tiếp tục đẩy mạnh …": after the
        colon of an emphasis, an addressee and, within a few words (its name may go on in lower case), a task verb
        make it a directive."""
        if not sent[:at].rstrip().endswith(":"):
            return False
        when = self.lex.re("directives.said_time").match(sent, at)
        np = parse_np(sent, when.end() if when else at, self.lex)
        if not np:
            return False
        task_start, word = self.lex.re("directives.task_start"), self.lex.re("directives.word")
        words = [m.start() for m in word.finditer(sent, np[1])][:8]
        return any(task_start.match(sent[w:]) for w in words)

    def _addressee_after_cue(self, sent: str, at: int, state: DirectiveState) -> tuple[str, int] | None:
        """Whom a cue ending at sent[at] addresses: the noun phrase right after it, after a time ("đề nghị sau hội
        nghị, các Huyện, Thị, Thành ủy … khẩn trương …"), or — after an emphasis's reasons — the subject of the first
        clause that obliges ("nhấn mạnh: Năm 2025 là năm bứt phá, …, ngành Văn hóa, Thể thao và Du lịch cần nỗ lực
        …"); None when it names no one."""
        lex = self.lex
        np = parse_np(sent, at, lex) or self._place_subject(sent, at, state)
        if np and lex.re("directives.state_predicate").match(sent, np[1]):
            np = None  # "nêu rõ, xã Vân Hà (thị xã Việt Yên) bị chia cắt do nước lũ, phải bảo đảm …": what suffers
        if np:
            return np
        when = lex.re("directives.time_before_addressee").match(sent, at) or lex.re("directives.said_time").match(
            sent, at
        )
        if when:
            return parse_np(sent, when.end(), lex)
        for start in _clause_starts(sent, at, lex)[1:]:
            np = self._obliged_subject(sent, start)
            if np:
                return np
            place = self._place_subject(sent, start, state)  # "Chính vì vậy, Phước Sơn cần …"
            if place:
                return place
        return None

    def _obliged_subject(self, sent: str, start: int) -> tuple[str, int] | None:
        """An addressee opening the clause at sent[start] with an obligation right after it ("…, ngành Văn hóa, Thể
        thao và Du lịch cần …", "…, các đồng chí lãnh đạo huyện nên xem xét lại"), else None."""
        np = parse_np(sent, start, self.lex)
        if np and self.lex.re("directives.subject_obligation").match(sent, np[1]):
            return np if set(addressee_kinds(np[0], self.lex)) - {"other"} else None
        return None

    def _emphasis_directs(self, sent: str, at: int, cue_key: str, continuing: bool) -> bool:
        """Whether a cue ending at sent[at] directs: a command always; an emphasis ("nhấn mạnh", "kết luận") only
        with an obligation or a list after it, or a body told its tasks; a reminder ("lưu ý việc tham mưu …") also
        when the same leader's directive passage is in force."""
        lex = self.lex
        if cue_key not in lex.wordset("directives.weak_cues") and cue_key != "kết luận":
            return True
        if cue_key in lex.wordset("directives.wish_cues"):
            np = parse_np(sent, at, lex)  # "mong muốn công an xã tích cực học ngoại ngữ …": whom, then what
            return bool(np and lex.re("directives.task_start").match(sent[np[1] :]))
        rest = sent[at:]
        if lex.re("directives.strict_obligation").search(rest) or rest.rstrip().endswith(":"):
            return True
        if lex.re("directives.term_set").match(rest):
            return True  # "chỉ rõ thời điểm trả lời, giải quyết …": a term set is an order
        if any(self._obliged_subject(sent, i) for i in _clause_starts(sent, at, lex)[1:]):
            return True  # "“Con số này là quá ít, các đồng chí lãnh đạo huyện nên xem xét lại”, … nhấn mạnh."
        return self._says_to_addressee(sent, at) or (continuing and cue_key in lex.wordset("directives.heed_cues"))

    def _cue_directive(self, s: _Sentence, state: DirectiveState, leader: str, cue_key: str, rest_start: int):
        """The directive a leader gives with a cue ending at rest_start: its addressee and tasks; a proposal when
        it asks a partner; None when an emphasis has no obligation after it."""
        sent, lex = s.text, self.lex
        quote = None if sent[rest_start:].strip(" ./") else lex.re("directives.quote_said").search(sent, 0, rest_start)
        if quote:  # "Địa phương … sớm triển khai …” - ông Lê Hữu Hoàng yêu cầu.": what he says is the quote before
            sent, rest_start = sent[: quote.start()], len(sent) - len(sent.lstrip(' “"'))
        rest = sent[rest_start:]
        weak_cues = lex.wordset("directives.weak_cues")
        # the same leader goes on inside his directive passage ("Bộ trưởng yêu cầu … Bộ trưởng lưu ý …"); a sentence
        # that opens with the reminder ("Đặc biệt lưu ý các khu dân cư …") is the passage's next task (shape C)
        lead = lex.re("directives.continuation").match(sent)
        opens = lex.re("directives.heed_task").match(sent[lead.end() if lead else 0 :])
        continuing = state.active and not state.weak and state.assigner == leader and not opens
        if not self._emphasis_directs(sent, rest_start, cue_key, continuing):
            return None
        if _asks_partner(sent, rest_start, leader, cue_key, state, lex):
            state.close()
            return [], RawProposal(leader, rest.strip(" :,."), s.base + rest_start, s.base + len(sent))
        np = self._addressee_after_cue(sent, rest_start, state)
        assignee, np_end = np if np else (None, rest_start)
        if assignee is None:
            assignee = self._topic_addressee(sent)  # "Với Bắc Giang, Thủ tướng cho rằng … cần …"
        if assignee is None and lex.re("directives.term_set").match(rest):
            assignee = self._term_for(sent, rest_start)  # "… thời điểm trả lời …, đặc biệt là đối với UBND huyện …"
        if assignee is None and (why := lex.re("directives.reason_before_obligation").match(sent, np_end)):
            np_end = why.end()  # "lưu ý sẽ xuất hiện …, do đó phải huy động …": the task is the obligation
        task_text = sent[np_end:]
        np_start = sent.find(np[0], rest_start) if np else -1
        if np_start > rest_start and len(task_text.split()) <= _SHORT_TASK_WORDS and "," in sent[rest_start:np_start]:
            # "“Con số này là quá ít, các đồng chí lãnh đạo huyện nên xem xét lại”": a short task says what it is
            # about in the clause before its addressee
            np_end, task_text = rest_start, sent[rest_start:]
        if lex.re("directives.empty_task").fullmatch(task_text):
            task_text = ""
        header = (
            task_text.strip().endswith(":")
            or not task_text.strip(" .:")
            or bool(lex.re("directives.list_intro").search(task_text))
        )
        if assignee is None and cue_key in weak_cues and lex.re("directives.principle_stated").match(rest):
            return [], None  # "nhấn mạnh, tinh thần là …": a principle stated, no one ordered; the passage goes on
        if assignee is None and not header and self._no_task_after(sent, rest_start, cue_key):
            state.close()
            return [], None
        style = marker_style(s.opens_item) if s.opens_item else ""
        # an emphasis that obliges someone ("lưu ý … công ty cần …") or tells a body its tasks ("nhấn mạnh: Thời gian
        # tới, Trung tâm … tiếp tục đẩy mạnh …") is a directive: the imperatives after it are its tasks; one that
        # obliges no one ("nhấn mạnh: Năm 2026, cần chuyển đổi trạng thái …") states principles
        obliges = assignee and (
            lex.re("directives.strict_obligation").search(rest) or self._says_to_addressee(sent, rest_start)
        )
        weak = cue_key in weak_cues and not obliges and not continuing
        state.open_passage(leader, assignee, weak=weak, header=header, header_style=style)
        if assignee is None and lex.re("directives.spoken_topic").match(task_text):
            return [], None  # "chỉ đạo nhiều nội dung …": the topics; "Trong đó đặc biệt lưu ý …" gives the tasks
        if not task_text.strip(" .:") or lex.re("directives.list_intro").search(task_text):
            return [], None  # "Thủ tướng giao nhiệm vụ cụ thể cho một số Đại sứ." — the tasks follow
        out = [
            RawAssignment(leader, who, t, ts, te, find_deadline(t, lex), cue_key, True, addressee_kinds(who, lex))
            for who, t, ts, te in _tasks_of(task_text, s.base + np_end, assignee, lex)
        ]
        return out, None

    def _term_for(self, sent: str, at: int) -> str | None:
        """Whom a term set after sent[at] is for: the addressee after "đối với" when a body is named there."""
        m = self.lex.re("directives.term_for").search(sent, at)
        np = parse_np(sent, m.end(), self.lex) if m else None
        return np[0] if np and set(addressee_kinds(np[0], self.lex)) - {"other"} else None

    def _no_task_after(self, sent: str, at: int, cue_key: str) -> bool:
        """Whether a cue ending at sent[at] that names no addressee gives no task: it reports an act done ("Thủ
        tướng Chính phủ đã chỉ đạo gửi lời thăm hỏi …") with nothing obliging after it, or gives a view of what a
        place needs ("cho rằng khu vực này cần …")."""
        lex, rest = self.lex, sent[at:]
        if lex.re("directives.reported_cue").search(sent[:at].rstrip(" :")):
            return not lex.re("directives.report_obliges").search(rest)
        return cue_key in lex.wordset("directives.opinion_cues") and bool(lex.re("directives.view_subject").match(rest))

    # --- B. an addressee as subject

    def _addressee_obliged(self, s: _Sentence, state: DirectiveState) -> Found | None:
        """Shape B: an addressee as subject, with an obligation anywhere, or inside a directive passage or list:
        "Các bộ, ngành … phải …", "2. Ủy ban nhân dân các tỉnh, thành phố khẩn trương …"."""
        lex, sent = self.lex, s.text
        head = lex.re("directives.item_for_addressee").match(sent) if s.opens_item is not None else None
        if head and self._plan_addressee(head.group("who")):
            # "6.2 Đối với đơn vị được kiểm tra: Chuẩn bị báo cáo …": the item names whom its tasks are for (at the
            # item's start; "…, trong đó: … Đối với các cơ sở điều dưỡng: Báo cáo về …" inside an item is a topic)
            return self._subject_tasks(s, state, head.group("who"), head.end(), True, False, False)
        reported = lex.re("directives.topic_reported").match(sent)
        if reported and self._plan_addressee(reported.group("who")):
            found = self._reported_for(s, state, reported)
            if found is not None:
                return found
        cont = lex.re("directives.continuation").match(sent)
        s.body_start = cont.end() if cont else 0
        topic = lex.re("directives.topic").match(sent, s.body_start) if (state.active or s.is_list_item) else None
        if topic:
            s.body_start = topic.end()
        may = state.active or s.is_list_item or lex.re("directives.obligation").search(sent) or "được giao" in sent
        for clause_start in _clause_starts(sent, s.body_start, lex) if may else ():
            found = self._subject_clause(s, state, clause_start)
            if found is not None:
                return found
        return None

    def _subject_clause(self, s: _Sentence, state: DirectiveState, clause_start: int) -> Found | None:
        """The clause at clause_start, when its subject is an addressee given a task."""
        lex, sent = self.lex, s.text
        np = (
            self._body_subject(sent, clause_start, state)
            or parse_np(sent, clause_start, lex)
            or self._place_subject(sent, clause_start, state)
        )
        if not np:
            return None
        assignee, np_end = np
        scope = lex.re("directives.duty_scope").match(sent, np_end)
        if scope:  # "Các sở, ban, ngành … trên cơ sở chức năng, nhiệm vụ được giao vào cuộc …": the task follows
            np_end = scope.end()
        after = sent[np_end:]
        stray = lex.re("directives.subject_comma").match(after) if state.active or state.official else None
        if stray:  # "Trưởng thôn ấp, Tổ Trưởng các Tổ dân phố, hướng dẫn …": a comma between the subjects and the verb
            np_end += stray.end()
            after = sent[np_end:]
        after_colon = lex.re("directives.colon").match(after)
        passive = lex.re("directives.passive_assigned").match(after)
        if passive:
            np_end += passive.end()  # "Bộ Tài chính được giao chủ trì …": the task follows
            after = sent[np_end:]
        elif lex.re("directives.realis_start").match(after):
            return None
        obligation = passive or lex.re("directives.subject_obligation").match(after)
        task_start = lex.re("directives.task_start")
        # "- Bộ trưởng các Bộ: Quốc phòng, …" heads a dispatch's list of recipients: a colon needs a passage; an
        # agency as the subject of a list item inside a directive: its task, whatever the verb
        agency_item = state.active and s.is_list_item and set(addressee_kinds(assignee, lex)) - {"other"}
        if not (
            obligation
            or (state.active and (after_colon or task_start.match(after)))
            or (s.is_list_item and task_start.match(after))
            or agency_item
        ):
            return None
        if clause_start > s.body_start and not obligation:
            return None
        task_from = np_end + (after_colon.end() if after_colon else 0)
        if obligation and not passive and not sent[np_end + obligation.end() :].strip(" .;:"):
            # "Giám đốc Sở Lao động - Thương binh và Xã hội có trách nhiệm:" heads the tasks that follow
            task_from, after_colon = len(sent), obligation
        found = self._subject_tasks(s, state, assignee, task_from, bool(after_colon), bool(passive), bool(obligation))
        before = sent[s.body_start : clause_start]
        fronted = fronted_deadline(before, lex) if found else None
        for r in found[0] if fronted and found else []:
            r.deadline = r.deadline if r.deadline and any(c.isdigit() for c in r.deadline) else fronted
        window = fronted_window(before, lex) if found and not fronted else None
        for r in found[0] if window and found else []:
            r.deadline = r.deadline or window
        return found

    def _reported_for(self, s: _Sentence, state: DirectiveState, m) -> Found | None:
        """ "Với 6 tỉnh … (Cà Mau, …), theo ông Cường, \"… cũng phải bàn\" khâu liên kết …": the source's obligation for
        the topic; None when the rest obliges no one."""
        lex, task = self.lex, m.group("task").rstrip(" .")
        if not lex.re("directives.strict_obligation").search(task):
            return None
        # the source: a leader named with his office, else a person named back by honorific and given name ("ông Cường")
        given = lex.re("directives.honorific_given_name").search(m.group("by") + " ")
        leader = next(self.leader_re.finditer(m.group("by")), None)
        by: str | None = state.last_leader
        if leader:
            by = canonical_leader(leader.group("title"), leader.group("name"), self.pm_name, lex)
        elif given:
            by = _by_given_name(given.group("given"), state) or by
        who = m.group("who").strip()
        state.open_passage(by, who, weak=True, header=False, header_style="")
        reason = lex.re("directives.reason_tail").search(task)
        if reason:  # "… theo chuỗi bởi nếu làm được điều này …": why it is asked, no part of the task
            task = task[: reason.start()]
        span = len(task)  # in the text, with the quotation marks
        said = lex.re("directives.quoted_saying").match(task)
        if said:  # '"khó đến mấy cũng phải bàn" khâu liên kết …': the words as said, in order, without the marks
            task = said.group("said").strip() + " " + task[said.end() :]
        raw = RawAssignment(
            by,
            who,
            task,
            s.base + m.start("task"),
            s.base + m.start("task") + span,
            find_deadline(task, lex),
            "theo",
            True,
            addressee_kinds(who, lex),
        )
        return [raw], None

    def _plan_addressee(self, who: str) -> bool:
        """Whether a plan's item head names an addressee: a body ("đơn vị được kiểm tra") or a group the plan sets up
        ("Đoàn kiểm tra"), not a case it rules on ("Đối với hộ nghèo: hỗ trợ …")."""
        lex = self.lex
        return bool(lex.re("directives.addressee_head").search(who)) or who.startswith(
            tuple(lex.words("directives.plan_groups"))
        )

    def _place_subject(self, sent: str, at: int, state: DirectiveState) -> tuple[str, int] | None:
        """A district the text has named ("huyện Phú Tân") or a province as a clause's subject with an obligation: "Phú
        Tân cần kiểm soát tốt …" — alone, such a name is a subject only when an obligation follows."""
        at += len(sent[at:]) - len(sent[at:].lstrip(" ,:"))
        if not sent[at : at + 1].isupper() or not self.lex.re("directives.obligation").search(sent, at):
            return None  # most clauses: no capital to start a name, or nothing obliges (reads no district list)
        for name in state.places(self.lex):
            end = at + len(name)
            if sent.startswith(name, at) and self.lex.re("directives.subject_obligation").match(sent, end):
                return name, end
        # a province named alone as the subject: "… cho rằng Cao Bằng cần chú trọng giảm nhanh tỷ lệ hộ nghèo …"
        mention = next(iter(self.lex.gazetteer.find_mentions(sent[at : at + 40])), None)
        if (
            mention
            and mention.start == 0
            and self.lex.re("directives.subject_obligation").match(sent, at + mention.end)
        ):
            return mention.surface, at + mention.end
        return None

    def _body_subject(self, sent: str, at: int, state: DirectiveState) -> tuple[str, int] | None:
        """A body the text has set up, named whole as the clause's subject ("Ban Chỉ đạo thực hiện hỗ trợ nhà ở cho
        người có công với cách mạng tổ chức kiểm tra …"): its name is one addressee."""
        return body_subject(sent, at, state.bodies(self.lex))

    def _subject_tasks(
        self,
        s: _Sentence,
        state: DirectiveState,
        assignee: str,
        task_from: int,
        colon: bool,
        passive: bool,
        obliged: bool,
    ) -> Found | None:
        """The tasks after an addressee subject, or the list it heads ("2. Bộ Ngoại giao:")."""
        lex, sent = self.lex, s.text
        leader = state.assigner or state.last_leader or state.doc_leader
        style = marker_style(s.opens_item) if s.opens_item else ""
        if (colon or (s.is_list_item and s.opens_item)) and not sent[task_from:].strip(" .;:"):
            # "2. Bộ Ngoại giao:" (or "2. Sở Ngoại vụ" alone on its line) heads the lettered tasks that follow
            state.open_passage(leader, assignee, weak=False, header=True, header_style=style)
            return [], None
        if self._under_header(s, state):
            state.weak = False  # an item with its own subject under a list's header: the header stays in force
            state.item_assignee = assignee
        else:
            header = sent.rstrip().endswith(":")
            state.open_passage(leader, assignee, weak=False, header=header, header_style=style)
        cue = "được giao" if passive else ("phải" if obliged else "(chủ ngữ)")
        out = [
            RawAssignment(leader, who, t, ts, te, find_deadline(t, lex), cue, True, addressee_kinds(who, lex))
            for who, t, ts, te in _tasks_of(sent[task_from:], s.base + task_from, assignee, lex)
        ]
        return (out, None) if out else None

    @staticmethod
    def _under_header(s: _Sentence, state: DirectiveState) -> bool:
        """An item below the list's header: another marker style than the header's own (or a header that is no
        list item)."""
        return (
            state.list_header
            and s.opens_item is not None
            and (state.header_style == "" or marker_style(s.opens_item) != state.header_style)
        )

    # --- C. a bare imperative continuing the passage

    def _passage_continues(self, s: _Sentence, state: DirectiveState) -> Found | None:
        """Shape C: "Tập trung phát triển …; tạo điều kiện …", "Cùng với đó, tích cực …" — the passage's addressee
        inherited."""
        lex = self.lex
        if not state.active or lex.re("directives.not_continuation").match(s.text):
            return None
        body = s.text[s.body_start :]
        # after an emphasis ("nhấn mạnh: …"), only sentences that still oblige continue the directive
        # "Phải thống nhất cao về nhận thức …": an obligation that opens the sentence is capitalised
        if state.weak:
            if not lex.re("directives.obligation").search(body[:1].lower() + body[1:]):
                return None
            state.weak = False  # the view has turned into commands: the imperatives after it are tasks too
        sub_item = self._under_header(s, state)
        if lex.re("directives.conditional_task").match(s.text):
            # "- Đối với các trường hợp … thì tiếp tục thực hiện hỗ trợ …": the case is part of the task
            s.body_start, body = 0, s.text
            return self._inherited_tasks(s, state, body, sub_item)
        opens_task = (
            lex.re("directives.task_start").match(body)
            or lex.re("directives.heed_task").match(body)
            or lex.re("directives.nominal_task").match(body)
        )
        why_first = None if opens_task else lex.re("directives.obligation_after_clause").match(body)
        if why_first and lex.re("directives.condition_opener").match(body):
            opens_task = why_first  # "Trong trường hợp không đủ cơ sở pháp lý …, phải ban hành ngay …": all of it
        elif why_first:  # "Muốn vậy, phải tăng cường kiểm tra …": the obligation after the reason is the task
            s.body_start += why_first.end()
            body, opens_task = body[why_first.end() :], why_first
        if not (opens_task or sub_item or (state.list_header and s.opens_item is not None)):
            return None
        if opens_task and lex.re("directives.list_intro").search(body):
            # "Trong đó chú ý một số nội dung sau:" heads the items that follow; it is no task itself
            style = marker_style(s.opens_item) if s.opens_item else ""
            state.open_passage(state.assigner, state.assignee, weak=False, header=True, header_style=style)
            return [], None
        return self._inherited_tasks(s, state, body, sub_item)

    def _inherited_tasks(self, s: _Sentence, state: DirectiveState, body: str, sub_item: bool) -> Found:
        """The tasks of a continuing sentence, for the passage's (or the list item's) addressee."""
        lex = self.lex
        if not sub_item:
            state.end_list()
        if s.opens_item is not None:
            state.item_assignee = None  # a new item of the list: the header's addressee again
        who = state.item_assignee or state.assignee
        kinds = addressee_kinds(who, lex)
        out = [
            RawAssignment(state.assigner, who, t, ts, te, find_deadline(t, lex), "(tiếp nối)", False, kinds)
            for t, ts, te in split_tasks(body, s.base + s.body_start, lex)
        ]
        return out, None

    def _units_report_up(self, s: _Sentence, state: DirectiveState, leader: str | None) -> Found | None:
        """ "Tổ chức trực ban nghiêm túc 24/24 giờ, thường xuyên báo cáo về Ủy ban nhân dân tỉnh …" in a report, no
        directive in force: a bare imperative binding its doer to report to the province's committee is the order
        of the province's leader the text named before it (the committee it names is whom to report to) to the units
        under it, its addressee unnamed."""
        lex, sent = self.lex, s.text
        if state.active or not lex.re("directives.task_start").match(sent):
            return None
        if not is_provincial(leader, lex) or not lex.re("directives.report_up").search(sent):
            return None
        out = [
            RawAssignment(leader, None, t, ts, te, find_deadline(t, lex), "(báo cáo về)", False, [])
            for t, ts, te in split_tasks(sent, s.base, lex)
        ]
        return out, None

    def _duties_allotted(self, s: _Sentence, state: DirectiveState) -> Found | None:
        """ "Theo văn bản này, Chủ tịch UBND thành phố … đã phân công cụ thể nhiệm vụ của Chủ tịch, các Phó Chủ tịch
        UBND thành phố trong việc kiểm tra, chỉ đạo …": the duties a document just issued allots are tasks of those
        it names, given by its signer."""
        lex = self.lex
        m = lex.re("directives.duties_allotted").match(s.text)
        if not m:
            return None
        by = next(self.leader_re.finditer(m.group("by")), None)
        who = m.group("who").strip()
        if not by or not lex.re("directives.addressee_head").search(who):
            return None
        leader = _named(canonical_leader(by.group("title"), by.group("name"), self.pm_name, lex), state)
        state.open_passage(leader, who, weak=False, header=False, header_style="")
        kinds = addressee_kinds(who, lex)
        out = [
            RawAssignment(leader, who, t, ts, te, find_deadline(t, lex), "phân công", True, kinds)
            for t, ts, te in split_tasks(m.group("task"), s.base + m.start("task"), lex)
        ]
        return (out, None) if out else None

    def _difficulty_report(self, s: _Sentence, state: DirectiveState) -> Found | None:
        """An official text's closing: "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, (đề nghị) các cơ quan,
        đơn vị … báo cáo về …" — theirs when it names them, else the text's addressees'."""
        lex, sent = self.lex, s.text
        m = lex.re("directives.difficulty_report").search(sent)
        if not m:
            return None
        np = parse_np(sent, m.end(), lex)
        who, at = np if np else (state.assignee, m.end())
        at += len(sent[at:]) - len(sent[at:].lstrip())
        if not lex.re("directives.report_back").match(sent, at):
            return None
        task = sent[at:].rstrip(" .;/")
        assigner = state.assigner or state.doc_leader
        kinds = addressee_kinds(who, lex)
        raw = RawAssignment(
            assigner, who, task, s.base + at, s.base + at + len(task), None, "(vướng mắc)", bool(np), kinds
        )
        return [raw], None


_STOP = object()  # a cue's sentence read as shape B instead
_SHORT_TASK_WORDS = 4  # "nên xem xét lại": a task this short needs the clause it refers back to


def _clause_starts(sent: str, first: int, lex: Lexicon) -> list[int]:
    """Where an addressee subject may start: the sentence start and after 'do đó,', 'vì vậy,' or a comma."""
    starts = [first]
    for m in lex.re("directives.clause_start").finditer(sent):
        if m.end() > first:
            starts.append(m.end())
    return starts


def recognise(
    sent: str,
    base: int,
    state: DirectiveState,
    pm_name: str | None,
    lex: Lexicon,
    is_list_item: bool = False,
    opens_item: str | None = None,
) -> Found:
    """Directives in one sentence (see Recogniser.recognise); for tests and single sentences."""
    return Recogniser(lex, pm_name).recognise(sent, base, state, is_list_item, opens_item)
