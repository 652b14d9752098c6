"""Facts extracted from one Document. Every fact keeps its sentence and character offsets into Document.text."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Sentence:
    start: int
    end: int
    para: int  # index into Document.paragraphs
    kind: str  # the paragraph's kind
    first_in_para: bool


@dataclass
class Figure:
    text: str  # as written: "ước đạt 30,39 triệu USD"
    value: float
    unit: str  # "triệu USD", "nước", "thỏa thuận hợp tác", "%"
    subject: str  # what is counted or measured
    period: str | None  # as written: "6 tháng đầu năm 2025", "tính đến 15/12"
    period_key: str | None  # normalised: "2025", "2025-H1", "2025-12-15", "2026+"
    scope: str  # "quốc gia" | a province name | a ministry
    qualifier: str | None  # "gần", "hơn", "ước đạt", "vượt", ...
    sentence: str
    start: int
    end: int
    kind: str = "result"  # "result" | "target"
    scale: str | None = None  # "tỷ", "triệu", "nghìn"
    themes: list[str] = field(default_factory=list)  # the themes (config/themes.yaml) its sentence speaks of


@dataclass
class Assignment:
    assigner: str | None  # canonical: "Thủ tướng Chính phủ Phạm Minh Chính"
    assignee: str | None  # as written; None where the text names nobody
    task: str
    deadline: str | None
    sentence: str
    start: int  # offsets of the task
    end: int
    cue: str = ""  # "yêu cầu", "chỉ đạo", "đề nghị", "giao", "phải", "(tiếp nối)"
    assignee_explicit: bool = True
    # "localities", "ministry", "embassy", "enterprise", "provincial_agency", "province", "other"
    addressee_kinds: list[str] = field(default_factory=list)
    provinces: list[str] = field(default_factory=list)  # provinces named as addressees
    # provinces the task names beside its addressee's ("phối hợp với Ủy ban nhân dân các tỉnh Cao Bằng, Lai Châu"):
    # the task concerns them, though it is not theirs
    partner_provinces: list[str] = field(default_factory=list)
    from_caption: bool = False
    urgency: str | None = None  # "khẩn trương", "ngay", "kịp thời", "sớm": how soon, when no date is given
    deadline_date: str | None = None  # ISO: the last day the deadline allows ("trong quý III năm 2012" -> 2012-09-30)
    themes: list[str] = field(default_factory=list)  # the themes its sentence speaks of


@dataclass
class Chair:
    province: str
    name: str
    title: str
    verb: str  # "chủ trì" | "dự" | "tham dự"
    sentence: str
    start: int
    end: int
    at_bridge: bool = True  # at the province's bridge point of a national conference; False: a meeting of its own


@dataclass
class Statement:
    """A result, proposal or province activity: not a directive, but worth reporting."""

    text: str
    scope: str
    sentence: str
    start: int
    end: int
    by: str | None = None
    themes: list[str] = field(default_factory=list)  # the themes its sentence speaks of


@dataclass
class DocumentFacts:
    doc_id: str
    path: str
    title: str | None
    event_name: str | None
    event_date: str | None
    published: str | None
    provinces: list[str]
    mentioned_provinces: list[str]
    central_chair: str | None
    chairs: list[Chair] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    results: list[Statement] = field(default_factory=list)
    proposals: list[Statement] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # the province whose own document or news this is (its UBND's công văn, its paper's article), if any: its
    # directives concern that province only
    home: str | None = None
    lead_sentence: str | None = None  # the first sentence of the lead (sapo), which a summary may quote

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> DocumentFacts:
        d = dict(d)
        d["chairs"] = [Chair(**x) for x in d.get("chairs", [])]
        d["figures"] = [Figure(**x) for x in d.get("figures", [])]
        d["assignments"] = [Assignment(**x) for x in d.get("assignments", [])]
        d["results"] = [Statement(**x) for x in d.get("results", [])]
        d["proposals"] = [Statement(**x) for x in d.get("proposals", [])]
        return cls(**d)
