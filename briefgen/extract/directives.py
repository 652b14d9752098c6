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

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from .. import yamlfile
from ..gazetteer import load_gazetteer
from ..paths import config_dir

# --- lexicons -----------------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _agencies() -> dict:
    return yamlfile.load((config_dir() / "agencies.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _leader_forms() -> list[tuple[str, str]]:
    out = []
    for row in _agencies()["leaders"]:
        for f in row["forms"]:
            out.append((f, row["canonical"]))
    return sorted(out, key=lambda x: len(x[0]), reverse=True)


@lru_cache(maxsize=1)
def _leader_re() -> re.Pattern[str]:
    alts = "|".join(re.escape(f) for f, _ in _leader_forms())
    firsts = re.escape("".join(sorted({f[0] for f, _ in _leader_forms()})))  # rejects most positions at once
    ministries = "|".join(re.escape(n) for n in sorted(_agencies()["ministries"], key=len, reverse=True))
    # The title may name its ministry ("Bộ trưởng Bộ Ngoại giao") and a name may follow: "Thủ tướng Chính phủ Phạm
    # Minh Chính". A name never starts with an agency word ("Bộ trưởng Bộ Ngoại giao" is not Mr "Bộ Ngoại").
    return re.compile(
        r"(?<!\w)(?=[" + firsts + r"])(?P<title>(?:" + alts + r")(?:\s+(?:" + ministries + r"))?)"
        r"(?P<name>(?!\s+(?:Bộ|Ban|Văn phòng|Ủy ban|Uỷ ban|Sở|Cục|Tổng cục|Ngân hàng)\s)(?:\s+[A-ZĐ][^\s,.;:]*){2,4})?(?!\w)"
    )


@lru_cache(maxsize=2)
def agency_names(provincial: bool = False) -> list[str]:
    """Ministries and central offices as they are written, longest first ("Bộ Xây dựng", "Thủ tướng Chính phủ");
    with provincial, also the departments a province has for them ("Sở Xây dựng", "Sở Công Thương")."""
    names = set(_agencies()["ministries"]) | {r["canonical"] for r in _agencies()["leaders"]}
    if provincial:
        names |= {"Sở " + n[3:] for n in _agencies()["ministries"] if n.startswith("Bộ ")}
    return sorted(names, key=len, reverse=True)


@lru_cache(maxsize=1)
def _ministry_re() -> re.Pattern[str]:
    names = sorted(_agencies()["ministries"], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


_CUE = re.compile(
    r"(?<!\w)(?=[yYđĐcCgGnNlLkKqQ])(?P<cue>yêu cầu|đề nghị|chỉ đạo|giao nhiệm vụ(?:\s+cụ thể)?(?:\s+cho)?|"
    r"(?<!ngoại )(?<!Ngoại )(?<!xã )(?<!Xã )(?<!bàn )(?<!chuyển )(?<!giao )giao(?!\s+(?:lưu|thông|dịch|thương|nhận|hàng|đất|kết|tiếp|ban|hảo|diện|tranh|ước|lộ|thoa|dục))(?:\s+cho)?|"
    r"nhấn mạnh|lưu ý|kết luận|căn dặn|chỉ thị|quán triệt|nêu rõ|chỉ rõ|cho rằng|khẳng định|"
    r"có ý kiến(?:\s+chỉ đạo)?)(?!\w)\s*:?",
    re.IGNORECASE,
)
# Cue words that are directives only when an obligation follows ("nhấn mạnh: … cần …").
_WEAK_CUES = {
    "nhấn mạnh", "lưu ý", "kết luận", "căn dặn", "quán triệt", "nêu rõ", "chỉ rõ", "cho rằng", "khẳng định",
    "có ý kiến", "có ý kiến chỉ đạo",
}  # fmt: skip
_OBLIGATION = re.compile(r"(?<!\w)(cần phải|cần|phải|có trách nhiệm|chịu trách nhiệm|không được|tuyệt đối không)(?!\w)")
# After an emphasis ("nêu rõ", "nhấn mạnh"), only "cần"/"phải" make it a directive: "thành viên có trách nhiệm"
# describes, it does not oblige.
_STRICT_OBLIGATION = re.compile(r"(?<!\w)(cần phải|cần|phải)(?!\w)")
_NOUN_USE_BEFORE = re.compile(r"(?<!\w)(được|sự|theo|văn bản|các|những|của|là|với|có|nhận|thực hiện)\s*$")
# "Kết luận hội nghị, Thủ tướng yêu cầu …", "Chỉ thị số 15 …", "chỉ đạo của Thủ tướng": the cue word is a noun here
_NOUN_USE_AFTER = re.compile(r"\s*(?:hội nghị|buổi làm việc|cuộc họp|phiên họp|buổi|của|số)(?!\w)", re.IGNORECASE)
_DELEGATE_OF = re.compile(r"(?<!\w)(?:[Đđ]ại diện|[Ll]ãnh đạo|[Đđ]ại biểu)(?:\s+(?:của|cho))?\s*$")
# a list item's topic before its subject: "Về điều hành kinh tế vĩ mô, Ngân hàng Nhà nước điều hành …"
_TOPIC = re.compile(r"(?:Về|Đối với|Riêng|Trong lĩnh vực)\s[^,;:]{1,80},\s*")
# what introduces a list rather than being a task: "(tập trung thực hiện) các nhiệm vụ sau:"
_LIST_INTRO = re.compile(
    r"(?:nhiệm vụ|nội dung|giải pháp|công việc|việc|yêu cầu|vấn đề|điểm)(?:\s+\w+){0,3}\s+(?:sau đây|sau|như sau)\s*:\s*$"
)
_REALIS_START = re.compile(r"^\s*(đã|đang|vừa|được|đều đã|cũng đã|đã và đang|từng)(?!\w)")
_CONTINUATION = re.compile(
    r"^\s*(?P<m>Đồng thời|Cùng với đó|Bên cạnh đó|Trong đó|Ngoài ra|Mặt khác|Đặc biệt|Nhất là|Cụ thể|Theo đó|"
    r"Song song với đó|Đồng thời với đó|Tiếp đó|Sau đó)\s*,?\s*",
)
_HONORIFIC = r"(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à)"
# A person by name after an honorific, right before a cue: "đồng chí Lê Hồng Vinh yêu cầu …"
_HONORIFIC_NAME = re.compile(
    _HONORIFIC + r"\s+(?P<name>(?:[A-ZĐ][^\s,.;:()]*\s+){1,3}[A-ZĐ][^\s,.;:()]*)"
    r"(?:\s+(?:cũng|còn|đồng thời|tiếp tục))?\s*$"
)
# An office named as someone's apposition or among those attending is not who speaks next: "Dự tại điểm cầu tỉnh X có
# đồng chí Hà Minh Đức, Phó Chủ tịch …", "… đồng chí Trịnh Trường Huy - Phó Chủ tịch UBND tỉnh chủ trì".
_ATTENDING = re.compile(
    r"điểm cầu|" + _HONORIFIC + r"\s+(?:[A-ZĐ][^\s,]*\s+){1,3}[A-ZĐ][^\s,]*\s*[,\-–]\s*(?:[^,;.]*,\s*)?$"
)
# What may stand before the last office heading a list item: other offices, joined by commas or "và".
_ITEM_SUBJECT = re.compile(r"(?:[^,;.:]{3,60}?(?:,\s*|\s+và\s+))*")
# The speaker named before, referred to again: "Đồng chí đề nghị …", "Ông cũng yêu cầu …" (after a continuation).
_PRONOUN_SUBJECT = re.compile(_HONORIFIC + r"(?:\s+(?:cũng|còn|đồng thời|tiếp tục))?\s*")
_NOT_CONTINUATION = re.compile(r"^\s*(Qua đó|Nhờ đó|Từ đó|Do đó|Vì vậy|Để|Với|Theo|Tại|Trong năm|Năm \d|Đây|Điều này)")
_PROPOSAL_CUE = re.compile(r"(?<!\w)(đề xuất|kiến nghị|đề đạt|góp ý|hiến kế)(?!\w)")
_DELEGATE = re.compile(
    r"(?<!\w)(đại biểu|các đại biểu|trưởng các cơ quan|đại diện|doanh nghiệp|hiệp hội|chuyên gia|địa phương|các bộ)",
    re.IGNORECASE,
)

# Verbs that open a task. The list is long on purpose: a bare imperative starts with one of them.
_TASK_VERBS = """
tập trung|tiếp tục|đẩy mạnh|tăng cường|triển khai|thực hiện|nâng cao|quyết liệt|tích cực|chủ động|khẩn trương|rà soát|
hoàn thiện|xây dựng|phát triển|thúc đẩy|tạo|làm|mở rộng|đa dạng hóa|đa dạng hoá|ưu tiên|chú trọng|bảo đảm|đảm bảo|
nghiên cứu|kịp thời|sớm|phối hợp|hỗ trợ|khai thác|phát huy|quán triệt|đổi mới|kiên quyết|nghiêm túc|huy động|thu hút|
cải thiện|cải cách|giải quyết|tháo gỡ|xử lý|kiểm tra|giám sát|theo dõi|tổ chức|chỉ đạo|quan tâm|không ngừng|hướng dẫn|
tuyên truyền|vận động|đôn đốc|hoàn thành|khuyến khích|chuẩn bị|bố trí|ban hành|báo cáo|cập nhật|kết nối|quảng bá|
xúc tiến|giữ vững|duy trì|củng cố|nắm chắc|phấn đấu|đặt|coi|lấy|giảm|tăng|cắt giảm|đơn giản hóa|số hóa|chuyển đổi|
chống|phòng|ngăn chặn|khắc phục|tuyệt đối|cần|phải|đưa|góp phần|làm việc|làm tốt|chuyển|không|nắm bắt|tận dụng|
vận hành|hợp tác|liên kết|đề xuất|tham mưu|trình|chủ trì|lựa chọn|thiết lập|gắn|kết hợp|tranh thủ|bám sát|rút ngắn|
quản lý|sắp xếp|phân bổ|giải ngân|hoàn tất|đầu tư|thẩm định|phê duyệt|công bố|mạnh dạn|linh hoạt|sáng tạo|
thường xuyên|định kỳ|nâng tầm|dẫn dắt|đột phá|đều phải|cần phải|có trách nhiệm|chịu trách nhiệm|cùng|nhanh chóng
""".replace("\n", "")
_TASK_START = re.compile(r"^\s*(?:" + _TASK_VERBS + r")(?!\w)", re.IGNORECASE)

# What an addressee noun phrase is made of (lower-case words and phrases; capitalised words are always allowed).
_NP_PHRASES = sorted(
    """các|những|mọi|tất cả|toàn bộ|từng|một số|cùng|và|tại|ở|của|thuộc|trực thuộc|nhất là|đặc biệt là|trong đó có|
    cũng như|bộ|ngành|địa phương|cơ quan|đơn vị|cấp|doanh nghiệp|hiệp hội|ngành nghề|trưởng|bộ trưởng|thủ trưởng|
    đại diện|đại sứ|nước ngoài|nước|tỉnh|thành phố|sở|ban|ban ngành|lĩnh vực|kinh tế|tập đoàn|tổng công ty|ngân hàng|
    nhà nước|chính quyền|tổ chức|cá nhân|hệ thống chính trị|người đứng đầu|chủ tịch|ủy ban|uỷ ban|nhân dân|hội đồng|
    cơ quan ngang bộ|trung ương|văn phòng|lực lượng|đoàn thể|mặt trận|tổ quốc|xã hội|nghề nghiệp|hợp tác xã|nhà đầu tư|
    nhà khoa học|viện|trường|đại học|cục|vụ|phòng|huyện|xã|phường|cơ sở|chi nhánh|lãnh sự|tổng lãnh sự|phái đoàn|
    thường trực|chuyên trách|kiều bào|cộng đồng|người việt nam|lãnh đạo|chức năng|liên quan|có liên quan|ngang bộ|
    hiệp hội ngành nghề|đơn vị sự nghiệp|công lập|chính trị|đoàn|hội|chính phủ|quốc hội|thủ tướng|cơ quan thuộc chính phủ|
    ủy ban nhân dân các cấp|ủy ban nhân dân|cấp ủy|cấp uỷ|cấp ủy đảng|tổ chức đảng|tổ chức cơ sở đảng|công ty|
    đảng ủy|đảng uỷ|ban thường vụ|tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|giám đốc|công an|bộ đội|bộ chỉ huy|quân sự|
    biên phòng|miền""".replace("\n", "").split("|"),
    key=lambda w: -len(w),
)
_NP_RE = re.compile(r"(?:" + "|".join(re.escape(w.strip()) for w in _NP_PHRASES) + r")(?![\w])", re.IGNORECASE)
# First syllables of words that are nouns in an addressee ("các tổ chức") but verbs right after one.
_AMBIGUOUS_FIRST = {"tổ", "hợp", "đầu", "quản"}
_NP_STOP_LOWER = {"đều", "cần", "phải", "sớm", "cũng", "tiếp", "đã", "đang", "sẽ"}
_ADDRESSEE_HEAD = re.compile(
    r"(?<!\w)(bộ|Bộ|ngành|địa phương|cơ quan|đơn vị|cấp|doanh nghiệp|hiệp hội|Đại sứ|đại sứ|Tổng Lãnh sự|tỉnh|thành phố|"
    r"Sở|sở|UBND|Ủy ban|Uỷ ban|ủy ban|Ban|ban|tập đoàn|Tập đoàn|tổng công ty|ngân hàng|Ngân hàng|chính quyền|tổ chức|"
    r"Văn phòng|Thanh tra|Cục|Tổng cục|Viện|lực lượng|Chủ tịch|Bộ trưởng|bộ trưởng|Thủ trưởng|người đứng đầu|Người đứng đầu|"
    r"Trưởng|trưởng|lãnh đạo|Đài|Thông tấn xã|Hội|hội|Tổng công ty|Công ty|công ty|cấp ủy|cấp uỷ|Đảng ủy|đảng ủy|"
    r"Tỉnh ủy|Thành ủy|Phó Thủ tướng|Giám đốc|giám đốc|Công an|Bộ Chỉ huy|Bộ đội)(?!\w)"
)
_DEADLINE = re.compile(
    r"(?<!\w)(?:(?:trước|chậm nhất(?:\s+(?:là|trong))?|hạn chót|không muộn hơn|(?<!tính )đến(?:\s+hết)?)\s+"
    r"(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2})?\s+)?(?:ngày\s+)?"
    r"\d{1,2}(?:/|\s+tháng\s+)\d{1,2}(?:(?:/|\s+năm\s+)\d{4})?"
    r"|trong\s+(?:quý\s+(?:IV|III|II|I|[1-4])|tháng\s+\d{1,2})(?:(?:/|\s+năm\s+)\d{4})?"
    r"|trong\s+năm\s+\d{4}|trước\s+(?:quý\s+(?:IV|III|II|I)|tháng\s+\d{1,2})(?:(?:/|\s+năm\s+)\d{4})?"
    r"|(?:trước|chậm nhất)\s+ngày\s+\d{1,2}\s+(?:hằng|hàng)\s+(?:tháng|quý)"
    r"|trong(?:\s+thời hạn|\s+vòng)?\s+\d{1,3}\s+ngày(?:\s+làm việc)?(?:\s+kể từ(?:\s+ngày)?(?:\s+\w+){1,4})?"
    r"|sớm|ngay|ngay trong\s+\w+(?:\s+\w+)?|kịp thời)(?!\w)"
)


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


@dataclass
class DirectiveState:
    """What a directive passage carries from one sentence to the next."""

    active: bool = False
    assigner: str | None = None
    assignee: str | None = None
    last_leader: str | None = None  # the last leader named as a sentence subject
    doc_leader: str | None = None  # the first leader the document names (default assigner for official texts)
    list_header: bool = False  # the previous sentence ended with ":" after a cue
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

    def foreign_envoy(self) -> bool:
        """Whether the text names a foreign envoy ("tiếp Đại sứ Australia tại Việt Nam"): then a bare "Đại sứ" or
        "Ngài" after "đề nghị" is that envoy, asked, not directed."""
        if self._foreign_envoy is None:
            self._foreign_envoy = any(_country_re().match(self.text, m.end()) for m in _ENVOY_TITLE.finditer(self.text))
        return self._foreign_envoy

    def people(self) -> dict[str, str]:
        if self._people is None:
            self._people = self.people_source() if self.people_source else {}
        return self._people


# --- requests to partners, which are not directives ----------------------------------------------------------------

_ENVOY_TITLE = re.compile(r"(?<!\w)(?:Đại sứ|Tổng Lãnh sự|Lãnh sự)(?:\s+Đặc mệnh toàn quyền)?(?:\s+nước)?\s+")
# Words that may stand before a country in an addressee: "Chính phủ Australia", "các doanh nghiệp Hàn Quốc".
_PARTNER_TITLE = re.compile(
    r"\s*(?:các\s+|những\s+)?(?:(?:Chính phủ|Nhà nước|Quốc hội|chính quyền|phía|nước|doanh nghiệp|nhà đầu tư|"
    r"Đại sứ quán|Đại sứ|Tổng Lãnh sự quán|Tổng Lãnh sự|Lãnh sự quán|Đặc mệnh toàn quyền|Ngài)\s+)*"
)
_PARTNER_WORDS = re.compile(
    r"\s*(?:hai bên|hai nước|hai phía|phía bạn|nước bạn|bạn|các nước|các quốc gia|các đối tác|đối tác|"
    r"(?:các\s+)?(?:nhà đầu tư|doanh nghiệp|tổ chức) nước ngoài|cộng đồng quốc tế|các tổ chức quốc tế)(?!\w)"
)
_ENVOY_ADDRESSEE = re.compile(r"\s*(?:Ngài\s+)?(?:Đại sứ|Tổng Lãnh sự|Lãnh sự|Ngài)(?!\s+Việt Nam)(?!\w)")
# What a province asks of the centre: ministries, the Government, state corporations, missions abroad.
_CENTRAL_ADDRESSEE = re.compile(
    r"\s*(?:các\s+)?(?:Bộ\s|bộ,|Chính phủ|Thủ tướng|Phó Thủ tướng|Văn phòng Chính phủ|Trung ương|Quốc hội|"
    r"Ngân hàng Nhà nước|Đại sứ|cơ quan đại diện|Cơ quan đại diện)"
)
# A province asks ("đề nghị") a state corporation, but may require ("yêu cầu") an investor on its land to act.
_CORPORATION = re.compile(r"\s*(?:các\s+)?(?:Tập đoàn|Tổng công ty)(?!\w)")


@lru_cache(maxsize=1)
def _country_re() -> re.Pattern[str]:
    """A foreign country or international organisation (config/countries.yaml), case-sensitive, never the first
    syllables of a Vietnamese province ("Lào" of "Lào Cai")."""
    data = yamlfile.load((config_dir() / "countries.yaml").read_text(encoding="utf-8")) or {}
    names = sorted({str(n) for n in data.get("countries") or ()}, key=len, reverse=True)
    places = [n for p in load_gazetteer().provinces for n in (p.name, *p.aliases, *p.merged)]
    rests = {pl[len(c) :] for c in names for pl in places if pl.startswith(c + " ")}
    not_place = "".join(f"(?!{re.escape(r)}(?!\\w))" for r in sorted(rests))
    return re.compile(r"(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])" + not_place)


def _asks_partner(sent: str, at: int, leader: str | None, cue: str, state: DirectiveState) -> bool:
    """A request to a foreign partner ("đề nghị Hàn Quốc …", "đề nghị hai bên …", "đề nghị Đại sứ …" when the text
    receives a foreign envoy), or a province's request to the centre ("Chủ tịch UBND tỉnh đề nghị Bộ Công Thương
    …"): asked, not directed, so a proposal and no one's action item."""
    title = _PARTNER_TITLE.match(sent, at)  # all its parts are optional: it matches, perhaps empty
    if (title and _country_re().match(sent, title.end())) or _PARTNER_WORDS.match(sent, at):
        return True
    if _ENVOY_ADDRESSEE.match(sent, at) and state.foreign_envoy():
        return True
    return is_provincial(leader) and bool(
        _CENTRAL_ADDRESSEE.match(sent, at) or (cue == "đề nghị" and _CORPORATION.match(sent, at))
    )


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


# --- helpers ------------------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def provincial_leaders() -> frozenset[str]:
    """Offices of a province: their directives bind that province's own agencies, not every locality."""
    return frozenset(r["canonical"] for r in _agencies()["leaders"] if r.get("provincial"))


def is_provincial(leader: str | None) -> bool:
    """'Chủ tịch UBND tỉnh Lê Hồng Vinh', 'UBND tỉnh': an office of a province, not of the centre."""
    return leader is not None and any(leader.startswith(p) for p in provincial_leaders())


def _named(leader: str, state: DirectiveState) -> str:
    """'Phó Thủ tướng Chính phủ' after 'Phó Thủ tướng Chính phủ Trần Hồng Hà' in the same text is that person."""
    for known in (state.last_leader, state.doc_leader):
        if known and known.startswith(leader + " "):
            return known
    return leader


def canonical_leader(form: str, name: str | None, pm_name: str | None) -> str:
    canon = dict(_leader_forms()).get(form, form)
    if canon == "Thủ tướng Chính phủ":
        return f"Thủ tướng Chính phủ {pm_name}" if pm_name else "Thủ tướng Chính phủ"
    return f"{form} {name.strip()}" if name else canon


def find_pm_name(text: str) -> str | None:
    # not a Deputy's name: "Phó Thủ tướng Chính phủ Bùi Thanh Sơn" is not the Prime Minister
    m = re.search(
        r"(?<!Phó )(?<!phó )Thủ tướng(?: Chính phủ)?\s+((?:[A-ZĐ][^\s,.;:()]*\s+){1,3}[A-ZĐ][^\s,.;:()-]*)", text
    )
    if not m:
        return None
    name = m.group(1).strip()
    if name.split()[0] in ("Chính", "Thường", "Việt", "Nhà"):
        return None
    return name


_NP_WORD = re.compile(r"[^\s,.;:()\"“”/]+")
_PLURAL_BEFORE = re.compile(r"(?:các|những|mọi|,|và)\s*$")
_NP_TAIL = re.compile(
    r"\s+(?:nêu trên|nói trên|có liên quan|liên quan|trực thuộc Trung ương|trong tỉnh|trong toàn tỉnh|trên địa bàn(?: tỉnh)?)(?!\w)"
)


def parse_np(text: str, pos: int) -> tuple[str, int] | None:
    """An addressee noun phrase starting at text[pos]: ('các bộ, ngành, địa phương', end) or None."""
    i = pos
    n = len(text)
    last_good = pos
    mre = _ministry_re()
    after_head = False  # the word before was a head noun ("Sở", "Tập đoàn", "và"): a name may start here
    while i < n:
        while i < n and text[i] == " ":
            i += 1
        m = mre.match(text, i)
        if m:
            i = last_good = m.end()
            continue
        if i < n and text[i] in ",/":
            i += 1
            after_head = True  # "Sở Văn hóa, Thể thao và Du lịch"
            continue
        if i < n and text[i] in "(":  # "(EC)", "(VCCI)"
            close = text.find(")", i)
            if close != -1 and close - i <= 20:
                i = last_good = close + 1
                continue
            break
        if i < n and text[i] == "-":
            # "Hà Trọng Hải - Phó Chủ tịch": a dash joins titles; "Bà Rịa - Vũng Tàu" joins a name
            i += 1
            continue
        wm = _NP_WORD.match(text, i)  # match at i: slicing text[i:] for every word copies the rest of the sentence
        if not wm:
            break
        w = wm.group(0)
        lw = w.lower()
        if lw in _NP_STOP_LOWER:
            break
        if lw in _AMBIGUOUS_FIRST and not _PLURAL_BEFORE.search(text, pos, i):
            break  # "địa phương tổ chức thực hiện": here "tổ chức" is the verb
        pm = _NP_RE.match(text, i)
        if pm:
            i = last_good = pm.end()
            after_head = pm.group(0).lower() not in _PLACE_HEADS
            continue
        if w[0].isupper():
            i += len(w)
            last_good = i
            if after_head:
                i = last_good = _second_syllable(text, i)
            after_head = False
            continue
        break
    tail = _NP_TAIL.match(text, last_good)
    if tail:
        last_good = tail.end()
    np = text[pos:last_good].strip(" ,-")
    np = re.sub(r"(?:\s+(?:và|cùng|của|tại|ở|các|những|với|có|trong đó|nhất là))+$", "", np)
    if not np or not _ADDRESSEE_HEAD.search(np):
        return None
    return np, pos + len(text[pos:last_good].rstrip(" ,-"))


# Heads whose names are written with every syllable capitalised ("tỉnh Khánh Hòa", "tại Hoa Kỳ").
_PLACE_HEADS = {"tỉnh", "thành phố", "huyện", "xã", "phường", "tại", "ở", "của", "thuộc", "nước", "miền"}


def _second_syllable(text: str, i: int) -> int:
    """Past the lower-case second syllable of a name's first word, if one follows at text[i]: an agency's or a
    company's name capitalises only the first syllable of its words ("Sở Tài chính", "Tập đoàn Điện lực Việt Nam").
    A syllable that starts a task ("Cục Thuế chủ trì") or ends the phrase ("cần", "và") is not taken."""
    if text[i : i + 1] != " ":
        return i
    wm = _NP_WORD.match(text, i + 1)
    if not wm or not wm.group(0).islower() or wm.group(0) in _NP_STOP_LOWER:
        return i
    if _NP_RE.match(text, i + 1) or _TASK_START.match(text[i : i + 40]):
        return i
    return wm.end()


def addressee_kinds(np: str | None) -> list[str]:
    if not np:
        return []
    low = np.lower()
    kinds = []
    if re.search(
        r"địa phương|các tỉnh|tỉnh, thành phố|các cấp|chính quyền|ủy ban nhân dân các|ubnd các|đơn vị, địa phương", low
    ):
        kinds.append("localities")
    # "ngành" is a ministry's sector beside "bộ" ("các bộ, ngành"), a province's beside "sở" ("các sở, ban, ngành")
    sector = "ngành" in low and not re.search(r"(?<!\w)sở,\s*(?:ban,\s*)?ngành", low)
    if re.search(r"(?<!\w)(các bộ|bộ trưởng|bộ,|cơ quan ngang bộ)", low) or sector or _ministry_re().search(np):
        kinds.append("ministry")
    if re.search(r"đại sứ|cơ quan đại diện|lãnh sự|trưởng cơ quan đại diện", low):
        kinds.append("embassy")
    if re.search(r"doanh nghiệp|hiệp hội|tập đoàn|tổng công ty|công ty", low):
        kinds.append("enterprise")
    if re.search(
        r"(?<!\w)(?:sở|(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân|công an) (?:tỉnh|thành phố)(?! trực)|ban quản lý|"
        r"bộ chỉ huy)(?!\w)",
        low,
    ):
        kinds.append("provincial_agency")  # "Sở Tài chính", "UBND tỉnh": a province's own bodies
    if not kinds:
        kinds.append("other")
    return kinds


def find_deadline(task: str) -> str | None:
    """The task's deadline; a dated one over a bare "ngay"/"sớm" ("khắc phục ngay …, chậm nhất trong ngày 30/10")."""
    found = [m.group(0) for m in _DEADLINE.finditer(task)]
    return next((d for d in found if any(c.isdigit() for c in d)), found[0] if found else None)


def _tasks_of(text: str, base: int, assignee: str | None) -> list[tuple[str | None, str, int, int]]:
    """split_tasks, each task with its addressee: a later piece that opens with an agency of its own ("…; Bộ Ngoại
    giao hỗ trợ kết nối đối tác; các địa phương cải thiện …") is that agency's task, and so are the pieces after it."""
    out = []
    for i, (t, s, e) in enumerate(split_tasks(text, base)):
        np = parse_np(t, 0) if i else None
        if np and set(addressee_kinds(np[0])) - {"other"} and len(t) - np[1] > 3:
            assignee = np[0]
            cut = np[1] + len(t[np[1] :]) - len(t[np[1] :].lstrip(" ,:"))
            t, s = t[cut:], s + cut
        out.append((assignee, t, s, e))
    return out


def split_tasks(text: str, base: int) -> list[tuple[str, int, int]]:
    """'a; b; c' -> three tasks with offsets (base = offset of text in the document)."""
    out: list[tuple[str, int, int]] = []
    pos = 0
    pieces = re.split(r"(;\s*|,\s*cùng với đó,\s*)", text)
    for piece in pieces:
        if re.fullmatch(r";\s*|,\s*cùng với đó,\s*", piece or ""):
            pos += len(piece)
            continue
        start = pos
        pos += len(piece)
        t = piece
        lead = re.match(r"^[\s:,]*(?:[a-zđ]\)\s+)?(?:(?:cũng như|đồng thời|và)\s+)?", t)
        kept = re.sub(r"[a-zđ]\)", "", lead.group(0)).strip(" ,:") if lead else ""
        cut = lead.end() if lead and kept in ("", "cũng như") else 0
        t2 = t[cut:].rstrip(" .;,…/")
        if len(re.findall(r"\w+", t2)) < 2:
            continue
        s = start + cut
        if out and _DEADLINE_ONLY.match(t2):
            prev_t, prev_s, _ = out[-1]
            out[-1] = (text[prev_s - base : s + len(t2)].rstrip(" .;,…"), prev_s, base + s + len(t2))
            continue
        out.append((t2, base + s, base + s + len(t2)))
    return out


# "…; hoàn thành trong tháng 9/2026" or "…; thời gian hoàn thành: trong tháng 12/2025" is the deadline of the task
# before it, not a task of its own
_DEADLINE_ONLY = re.compile(
    r"^(?:(?:hoàn thành|xong|báo cáo kết quả|báo cáo)?\s*(?:trước|trong|chậm nhất|không muộn hơn)\s+"
    r"(?:ngày|tháng|quý|năm|\d)[^,;]{0,30}"
    r"|(?:thời gian|thời hạn)(?:\s+(?:hoàn thành|thực hiện|báo cáo|trình))?\s*:\s*[^,;:]{1,40})$",
    re.IGNORECASE,
)


# --- the per-sentence recogniser --------------------------------------------------------------------------------


# Between a leader and the cue: a title after a dash, adverbs, nothing else ("Thủ tướng Chính phủ Phạm Minh Chính -
# Trưởng Ban Chỉ đạo … cũng đề nghị"). Another verb there means the cue belongs to some other clause.
_GAP_OK = re.compile(
    r"^(?:\s*[-–,]\s*[^,;:]*?(?=\s*,|\s+(?:cũng|đã|tiếp tục|đồng thời|còn|thì|lại|luôn|đặc biệt)\s|\s*$))?\s*,?"
    r"(?:\s*(?:cũng|đã|tiếp tục|đồng thời|còn|thì|lại|luôn|đặc biệt|và|nhiều lần)(?!\w))*\s*$"
)


# "Văn phòng Chính phủ", "trụ sở Chính phủ", "Cổng thông tin Chính phủ": the office is part of another name.
_INSIDE_NAME = re.compile(
    r"(Văn phòng|văn phòng|Thanh tra|trụ sở|Trụ sở|của|Cổng thông tin|cổng thông tin|Cổng TTĐT|Báo|báo|Đài|đài|"
    r"Nghị quyết|Nghị định|Quyết định|Chỉ thị|Thông báo|Công điện)\s*$"
)


def _leader_subject(sent: str, before_pos: int, pm_name: str | None) -> tuple[str | None, int]:
    """The leader named right before a cue (within the same clause): canonical form and its start, or None."""
    best = None
    for m in _leader_re().finditer(sent, 0, before_pos):
        if _INSIDE_NAME.search(sent[: m.start()]):
            continue
        gap = sent[m.end() : before_pos]
        if len(gap) > 120 or re.search(r"[.;]", gap):
            continue
        if not _GAP_OK.match(gap):
            continue
        best = m
    if not best:
        return None, -1
    return canonical_leader(best.group("title"), best.group("name"), pm_name), best.start()


def recognise(
    sent: str,
    base: int,
    state: DirectiveState,
    pm_name: str | None,
    is_list_item: bool = False,
    opens_item: str | None = None,
) -> tuple[list[RawAssignment], RawProposal | None]:
    """Directives in one sentence (offsets via base); updates the passage state. opens_item: the marker of the list
    item this sentence opens ("a)"), None when it opens none."""
    out: list[RawAssignment] = []
    # Remember who speaks: "Thủ tướng Chính phủ Phạm Minh Chính biểu dương …" makes a later "Đồng thời đề nghị" his.
    speaker_before = state.last_leader or state.doc_leader  # whom "Đồng chí đề nghị …" refers to
    # A leader opening the sentence (within 80 characters), read on far enough to take a whole name: a cut at 80 made
    # "Phó Thủ tướng Chính phủ Trần Hồ" of "… Trần Hồng Hà".
    lead_m = next(
        (
            m
            for m in _leader_re().finditer(sent[:160])
            if m.start() < 80
            and not _INSIDE_NAME.search(sent[: m.start()])
            and not _ATTENDING.search(sent[: m.start()])
        ),
        None,
    )
    if lead_m:
        state.last_leader = _named(canonical_leader(lead_m.group("title"), lead_m.group("name"), pm_name), state)
        state.doc_leader = state.doc_leader or state.last_leader

    # Proposals by delegates are never directives.
    pm = _PROPOSAL_CUE.search(sent)
    if pm and not _leader_subject(sent, pm.start(), pm_name)[0]:
        subj = sent[: pm.start()]
        if _DELEGATE.search(subj) or not subj.strip():
            state.active = False
            state.list_header = False
            by = re.sub(r"^(Tại Hội nghị|Tại hội nghị|Tại buổi làm việc)\s*,\s*", "", subj).strip(" ,") or None
            return [], RawProposal(by, sent[pm.end() :].strip(" :,."), base + pm.end(), base + len(sent))

    # A. leader + cue
    for cm in _CUE.finditer(sent):
        cue = cm.group("cue").strip()
        lead = _CONTINUATION.match(sent)
        lead_end = lead.end() if lead else 0
        if cue[0].isupper() and cm.start() > lead_end:
            continue  # "Ban Chỉ đạo", "Chỉ thị số 15": a capitalised cue mid-sentence is part of a name
        cue = cue[0].lower() + cue[1:]
        cue_key = cue.split()[0] if cue.startswith("giao") else cue
        before = sent[: cm.start()]
        if _NOUN_USE_BEFORE.search(before) or _NOUN_USE_AFTER.match(sent, cm.end()):
            continue
        leader, leader_at = _leader_subject(sent, cm.start(), pm_name)
        if leader is not None:
            leader = _named(leader, state)
            in_passage = state.list_header or state.active
            if (
                is_list_item
                and in_passage
                and state.assigner
                and leader != state.assigner
                and _ITEM_SUBJECT.fullmatch(sent, 0, leader_at)
            ):
                # "2. Bộ trưởng Bộ Xây dựng chỉ đạo …" under "Thủ tướng Chính phủ yêu cầu:": the minister is the
                # item's addressee and "chỉ đạo …" his task (read below as an addressee subject)
                break
        if leader is None:
            # "Bộ Ngoại giao đề nghị các địa phương …": a ministry asks too
            mm = [m for m in _ministry_re().finditer(sent, 0, cm.start()) if _GAP_OK.match(sent[m.end() : cm.start()])]
            if mm and not _INSIDE_NAME.search(sent[: mm[-1].start()]):
                if _DELEGATE_OF.search(sent, 0, mm[-1].start()):
                    # "Đại diện Bộ Công Thương đề nghị …": a delegate speaking for a ministry proposes
                    state.active = state.list_header = False
                    by = sent[: cm.start()].strip(" ,")
                    return [], RawProposal(by, sent[cm.end() :].strip(" :,."), base + cm.end(), base + len(sent))
                leader = mm[-1].group(0)
        cont = _CONTINUATION.match(sent)
        at_start = not before.strip() or (cont and cont.end() >= len(before.rstrip()))
        if leader is None and (hm := _HONORIFIC_NAME.search(before)):
            office = state.people().get(hm.group("name"))
            if office:  # "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh": the office last named is the one that directs
                leader = f"{office.split(',')[-1].strip()} {hm.group('name')}"
                state.last_leader = leader
        if leader is None and _PRONOUN_SUBJECT.fullmatch(before, cont.end() if cont else 0):
            leader = speaker_before
            if leader is None:
                continue
        if leader is None:
            passage_leader = state.assigner if (state.active or state.list_header) else None
            if at_start and (passage_leader or state.last_leader or state.doc_leader):
                leader = passage_leader or state.last_leader or state.doc_leader
            else:
                continue
        rest_start = cm.end()
        rest = sent[rest_start:]
        if cue_key in _WEAK_CUES or cue_key == "kết luận":
            if not _STRICT_OBLIGATION.search(rest) and not rest.rstrip().endswith(":"):
                continue
        if _asks_partner(sent, rest_start, leader, cue_key, state):
            state.active = state.list_header = False
            return [], RawProposal(leader, rest.strip(" :,."), base + rest_start, base + len(sent))
        np = parse_np(sent, rest_start)
        if np:
            assignee, np_end = np
            explicit = True
        else:
            assignee, np_end, explicit = None, rest_start, True
        task_text = sent[np_end:]
        if re.fullmatch(r"\s*(?:như sau|sau đây|các nội dung sau|một số nội dung sau)?\s*:?\s*\.?\s*", task_text):
            task_text = ""
        state.active = True
        state.weak = cue_key in _WEAK_CUES
        state.assigner = leader
        state.assignee = assignee
        state.list_header = task_text.strip().endswith(":") or not task_text.strip(" .:")
        state.header_style = marker_style(opens_item) if opens_item else ""
        if not task_text.strip(" .:") or _LIST_INTRO.search(task_text):
            state.list_header = True
            return out, None  # "Thủ tướng giao nhiệm vụ cụ thể cho một số Đại sứ." — the tasks follow
        for who, t, s, e in _tasks_of(task_text, base + np_end, assignee):
            out.append(RawAssignment(leader, who, t, s, e, find_deadline(t), cue_key, explicit, addressee_kinds(who)))
        return out, None

    # B. an addressee as subject: with an obligation anywhere, or inside a directive passage / list
    cont = _CONTINUATION.match(sent)
    body_start = cont.end() if cont else 0
    topic = _TOPIC.match(sent, body_start) if (state.active or state.list_header or is_list_item) else None
    if topic:
        body_start = topic.end()
    may_b = state.active or state.list_header or is_list_item or _OBLIGATION.search(sent) or "được giao" in sent
    for clause_start in _clause_starts(sent, body_start) if may_b else ():
        np = parse_np(sent, clause_start)
        if not np:
            continue
        assignee, np_end = np
        after = sent[np_end:]
        after_colon = re.match(r"\s*:\s*", after)
        passive = re.match(r"\s*(?:được|đã được)\s+giao(?:\s+nhiệm vụ)?\s*", after)
        if passive:
            np_end += passive.end()  # "Bộ Tài chính được giao chủ trì …": the task follows
            after = sent[np_end:]
        elif _REALIS_START.match(after):
            continue
        obligation = passive or re.match(
            r"\s*(?:đều\s+|cũng\s+)?(?:cần phải|cần|phải|có trách nhiệm|chịu trách nhiệm)(?!\w)", after
        )
        in_passage = state.active or state.list_header
        # "- Bộ trưởng các Bộ: Quốc phòng, …" heads a dispatch's list of recipients: a colon needs a passage
        # an agency as the subject of a list item inside a directive: its task, whatever the verb
        agency_item = in_passage and is_list_item and set(addressee_kinds(assignee)) - {"other"}
        if not (
            obligation
            or (in_passage and (after_colon or _TASK_START.match(after)))
            or (is_list_item and _TASK_START.match(after))
            or agency_item
        ):
            continue
        if clause_start > body_start and not obligation:
            continue
        leader = state.assigner or state.last_leader or state.doc_leader
        task_from = np_end + (after_colon.end() if after_colon else 0)
        if (after_colon or (is_list_item and opens_item)) and not sent[task_from:].strip(" .;:"):
            # "2. Bộ Ngoại giao:" (or "2. Sở Ngoại vụ" alone on its line) heads the lettered tasks that follow
            state.active, state.weak, state.list_header = True, False, True
            state.assigner, state.assignee = leader, assignee
            state.header_style = marker_style(opens_item) if opens_item else ""
            return [], None
        # an item with its own subject under a list's header leaves the header in force for the next items
        under_header = (
            state.list_header
            and opens_item is not None
            and (state.header_style == "" or marker_style(opens_item) != state.header_style)
        )
        state.active = True
        state.weak = False
        if not under_header:
            state.assigner = leader
            state.assignee = assignee
            state.list_header = sent.rstrip().endswith(":")
            if state.list_header:
                state.header_style = marker_style(opens_item) if opens_item else ""
        for who, t, s, e in _tasks_of(sent[task_from:], base + task_from, assignee):
            out.append(
                RawAssignment(
                    leader,
                    who,
                    t,
                    s,
                    e,
                    find_deadline(t),
                    "được giao" if passive else ("phải" if obligation else "(chủ ngữ)"),
                    True,
                    addressee_kinds(who),
                )
            )
        if out:
            return out, None

    # C. a bare imperative continuing the passage
    if (state.active or state.list_header) and not _NOT_CONTINUATION.match(sent):
        body = sent[body_start:]
        # after an emphasis ("nhấn mạnh: …"), only sentences that still oblige continue the directive
        emphasis_only = state.weak and not _OBLIGATION.search(body)
        # an item below the list's header (another marker style than the header's own): one of its tasks
        sub_item = (
            state.list_header
            and opens_item is not None
            and (state.header_style == "" or marker_style(opens_item) != state.header_style)
        )
        if not emphasis_only and (
            _TASK_START.match(body) or sub_item or (state.list_header and opens_item is not None)
        ):
            if not sub_item:
                state.list_header = False
            for t, s, e in split_tasks(body, base + body_start):
                out.append(
                    RawAssignment(
                        state.assigner,
                        state.assignee,
                        t,
                        s,
                        e,
                        find_deadline(t),
                        "(tiếp nối)",
                        False,
                        addressee_kinds(state.assignee),
                    )
                )
            return out, None

    if state.list_header and is_list_item:
        # a further sentence of a list item (an explanation), or an item that is no task ("1. Năm 2025, công suất
        # … đạt …" before "2. Bộ Công Thương:" in a notice of conclusions): the list goes on
        return out, None
    state.active = False
    state.list_header = False
    return out, None


def _clause_starts(sent: str, first: int) -> list[int]:
    """Where an addressee subject may start: the sentence start and after 'do đó,', 'vì vậy,' or a comma."""
    starts = [first]
    for m in re.finditer(r"(?:,\s*(?:do đó|vì vậy|vì thế|theo đó|trong đó)?\s*)", sent):
        if m.end() > first:
            starts.append(m.end())
    return starts
