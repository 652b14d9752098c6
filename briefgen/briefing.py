"""The Briefing: what a report shows, as plain dataclasses. Renderers read this and nothing else."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class SourceRef:
    doc_id: str
    path: str
    title: str
    portal: str | None
    published: str | None
    event_date: str | None
    number: int = 0  # [1], [2] … in the report
    issuer: str | None = None  # an official text's issuer, in sentence case ("Ủy ban nhân dân tỉnh Lào Cai")


@dataclass
class Cited:
    """A sentence quoted from a source: provenance for every item."""

    source: int  # SourceRef.number
    sentence: str


@dataclass
class Event:
    id: str
    name: str
    date: str | None
    day_part: str | None
    sources: list[int]
    provinces: list[str]
    central_chair: str | None = None
    reports: int = 0  # articles about it in the period (only those cited are listed as sources)


@dataclass
class FigureValue:
    text: str  # as written in the source ("hơn 330 thỏa thuận")
    value: float
    display: str  # formatted through Babel ("883,7 tỷ USD")
    citations: list[Cited]


@dataclass
class FigureRow:
    subject: str
    unit: str
    period: str | None
    period_key: str | None
    scope: str
    event_id: str | None
    values: list[FigureValue]  # one value; several when sources disagree
    conflict: bool = False
    note: str | None = None  # "số liệu khác nhau giữa các nguồn"
    own: bool = False  # about the target province itself
    kind: str = "result"  # "result" | "target": an aim is never compared with what was achieved
    # what the value measures: "" a level or a stock ("đạt 30,39 triệu USD"); else the change it reports ("tăng",
    # "giảm", "gấp", or the comparison written in the subject: "tăng so với năm 2024"). A growth rate is never
    # compared, charted or put in a series with a level.
    measure: str = ""

    def all_citations(self) -> list[Cited]:
        """Every value's citations, in order."""
        return [c for v in self.values for c in v.citations]


@dataclass
class TrendPoint:
    period: str
    period_key: str
    display: str
    citations: list[Cited]
    value: float = 0.0  # the number shown in display, as the figure carries it (the chart draws this)


@dataclass
class Trend:
    subject: str
    unit: str
    scope: str
    points: list[TrendPoint]


@dataclass
class ActionItem:
    task: str
    assignee: str | None
    assigner: str | None
    deadline: str | None
    event_id: str | None
    event_date: str | None
    citations: list[Cited]
    why: str  # why it is on this list: "giao các địa phương", "giao tỉnh Lai Châu", "chủ đề: …"
    urgency: str | None = None  # "khẩn trương", "ngay" … when the text gives no date
    deadline_date: str | None = None  # ISO, the last day the deadline allows: the order of the province's tasks


@dataclass
class ResultItem:
    text: str
    scope: str
    citations: list[Cited]


@dataclass
class Participation:
    province: str
    name: str
    title: str
    verb: str
    event_id: str | None
    citations: list[Cited]
    event_name: str | None = None  # which conference: one person may chair the bridge point of several
    event_date: str | None = None
    at_bridge: bool = True  # at the province's bridge point of a national conference; False: its own meeting


@dataclass
class SummarySentence:
    text: str
    citations: list[Cited]
    generated: bool = False  # written by briefgen from the facts (its counts are briefgen's); else quoted


@dataclass
class Issuer:
    parent_body: str = "ỦY BAN NHÂN DÂN TỈNH"
    body: str = "SỞ NGOẠI VỤ"
    symbol: str = "BC-SNgV"
    place: str = ""
    signer_authority: str = "KT. GIÁM ĐỐC"
    signer_title: str = "PHÓ GIÁM ĐỐC"
    signer_name: str = ""
    recipients: list[str] = field(default_factory=lambda: ["Như trên", "Lưu: VT"])
    number: str = "…"  # the document number, filled in by the office


@dataclass
class Briefing:
    target_kind: str  # "province" | "theme"
    target: str  # "Lai Châu", "khoa học công nghệ"
    period_label: str
    period_slug: str
    issue_date: str  # ISO date printed in the header
    title: str  # trích yếu
    issuer: Issuer
    notices: list[str] = field(default_factory=list)
    summary: list[SummarySentence] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    participation: list[Participation] = field(default_factory=list)
    figures: list[FigureRow] = field(default_factory=list)
    trends: list[Trend] = field(default_factory=list)
    results: list[ResultItem] = field(default_factory=list)
    actions: list[ActionItem] = field(default_factory=list)  # addressed to the province (or on the theme)
    locality_actions: list[ActionItem] = field(default_factory=list)  # to all localities, the province among them
    context_actions: list[ActionItem] = field(default_factory=list)  # to ministries, embassies, unnamed
    appendix_actions: list[ActionItem] = field(default_factory=list)  # the province's tasks past the main table
    appendix_figures: list[FigureRow] = field(default_factory=list)  # the province's own figures past the main table
    sources: list[SourceRef] = field(default_factory=list)
    province_code: str | None = None
    omitted: list[str] = field(default_factory=list)  # what a shortened briefing leaves out, in Vietnamese
    target_label: str = ""  # the target as a report names it: "tỉnh Lai Châu", "thành phố Huế"
    draft: bool = False  # a draft (dự thảo) for review, not the issued report: the first page says "DỰ THẢO"

    @property
    def empty(self) -> bool:
        return not (
            self.figures
            or self.actions
            or self.locality_actions
            or self.results
            or self.participation
            or self.context_actions
        )

    @property
    def conflicts(self) -> list[FigureRow]:
        return [f for f in self.figures if f.conflict]

    def citations(self):
        """Every Cited object of the briefing once (one object may sit in a figure and in a trend)."""
        seen: set[int] = set()
        lists = [x.citations for g in (self.summary, self.participation, self.results) for x in g]
        lists += [a.citations for a in self.all_actions()]
        lists += [v.citations for r in self.figures + self.appendix_figures for v in r.values]
        lists += [p.citations for t in self.trends for p in t.points]
        for cs in lists:
            for c in cs:
                if id(c) not in seen:
                    seen.add(id(c))
                    yield c

    def all_actions(self) -> list[ActionItem]:
        return self.actions + self.appendix_actions + self.locality_actions + self.context_actions

    def to_dict(self) -> dict:
        d = asdict(self)
        d["empty"] = self.empty
        return d
