"""Component "figures": each figure of the text with what its sentence and the discourse give it — its period (the
sentence's, else the one the discourse is in), whether it is an aim or a result, what it counts, and whose it is
(a province's or the nation's)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..corpus.model import Document
from . import directives as D
from .districts import find_districts
from .facts import Figure, Sentence
from .figures import (
    RawFigure,
    balanced,
    clause_start,
    find_figures,
    is_realis,
    numeral_at,
    phrase_cuts,
    sentence_case,
    subject_of,
)
from .official import is_official
from .periods import Period, find_periods, open_year, resolve_year, usable
from .pipeline import Work
from .place_scope import NATION, sentence_scope

if TYPE_CHECKING:
    from ..lexicon import Lexicon


def read(work: Work) -> None:
    """The figures of every sentence, in order, with the discourse carried from one sentence to the next."""
    discourse = _Discourse(work)
    for s in work.sents:
        discourse.read_sentence(s)


@dataclass
class _Figure:
    """A figure being read: its sentence, and where in it."""

    s: Sentence
    sent: str
    raw: RawFigure
    clause_start: int  # after the ";" or "." before it
    first_of_sentence: int  # facts.figures index of the sentence's first figure
    # the start and end of the figure before it in the sentence, and the start of the one after it
    bounds: tuple[int, int, int] = (0, 0, -1)
    numerals: tuple[str, ...] = ()  # the numerals of the sentence's figures, as written ("43", "287")
    following: tuple[RawFigure, ...] = ()  # the sentence's figures after it


class _Discourse:
    def __init__(self, work: Work):
        self.work = work
        self.lex = work.lex
        self.period: Period | None = None  # the period the discourse is in (the last one a sentence gave)
        self.owner: tuple[int, str] = (-1, "")  # (sentence start, province) once a figure's subject names one
        self.section_targets: Period | bool = False  # under a targets heading: True, or the horizon it names
        self._district: str | None = None  # the one district the article's title and lead name ("" for none)
        self._titled: str | None = None  # the one district the article's title names ("" for none)

    def read_sentence(self, s: Sentence) -> None:
        sent = self.work.sentence(s)
        if s.kind == "caption":
            return
        if s.kind == "heading":
            # a section heading starts the discourse afresh; a targets heading sets the horizon of what follows
            self.period = None
            self.section_targets = False
            if self.lex.re("figure_context.target_heading").search(sent):
                self.section_targets = _horizon(sent, self.lex) or True
            return
        periods = usable(find_periods(sent, self.lex))
        if s.kind == "lead" and self._teaser(s, sent):
            return  # a teaser repeats a sentence of the body, whose figures are read there, in their discourse
        first = len(self.work.facts.figures)  # the figures before it in its sentence are those after this index
        raws = find_figures(sent, self.lex)
        numerals = tuple(numeral_at(sent, r, self.lex) for r in raws)
        for i, raw in enumerate(raws):
            statement = max(sent.rfind(c, 0, raw.start) for c in ";.") + 1
            prev = (raws[i - 1].start, raws[i - 1].end) if i else (0, 0)
            bounds = (*prev, raws[i + 1].start if i + 1 < len(raws) else len(sent))
            fig = self._figure(_Figure(s, sent, raw, statement, first, bounds, numerals, tuple(raws[i + 1 :])), periods)
            if fig is not None:
                self.work.facts.figures.append(fig)
        self._move_on(s, sent, periods)

    def _teaser(self, s: Sentence, sent: str) -> bool:
        """Whether a lead sentence is a teaser: the start of a sentence the body gives again ("… 4,3 tỷ USD, ...")."""
        head = sent.rstrip(" .…")
        return len(head) >= 30 and head in self.work.text[s.end :]

    def _move_on(self, s: Sentence, sent: str, periods: list[Period]) -> None:
        """The discourse's period after the sentence: its last period (in the lead, only a review's; never a rate,
        "hằng năm")."""
        if s.kind == "lead":
            # the lead names the meeting ("tổng kết năm 2025 và nhiệm vụ năm 2026"): only a review sets the period
            review = self.lex.re("figure_context.review_before")
            periods = [p for p in periods if review.search(sent[: p.start])]
        deadline = self.lex.re("figure_context.deadline_before")
        # a rate ("hằng năm") is no period; nor is a deadline ("chậm nhất trong tháng 6/2025 phải …"): what follows it
        # is not of that month
        periods = [p for p in periods if p.kind != "every" and not deadline.search(sent, max(0, p.start - 30), p.start)]
        if periods and self.lex.re("figure_context.schedule_before").search(sent, 0, periods[-1].start):
            # "Tỉnh sẽ bàn giao … trong tháng 6/2024", "Dự kiến hoàn thành trong năm 2024": a schedule; what follows
            # (the decisions of the meeting) is of neither that time nor the one reported before it
            self.period = None
            return
        if periods and not _keeps(self.period, periods[-1]) and not _past(self.period, periods[-1], self.work.doc):
            self.period = self._resolved(periods[-1])

    def _resolved(self, p: Period) -> Period:
        """A period with the year the text leaves to its reader: the discourse's, else that of the text's date."""
        if p.key == "now":
            ref = self.work.doc.event_date or self.work.doc.published
            return replace(p, key=ref.isoformat() if ref else "now")
        return resolve_year(p, _asof_year(p, self.period, self.work.doc)) if open_year(p) else p

    def _figure(self, f: _Figure, periods: list[Period]) -> Figure | None:
        raw, s, sent = f.raw, f.s, f.sent
        abs_start, abs_end = s.start + raw.start, s.start + raw.end
        if self._is_target(f):
            raw.kind = "target"
        if self.work.task_spans.covers(abs_start) and raw.kind != "target" and raw.unit != "%":
            # a small count inside a task ("xây dựng 3 khu công nghiệp") is the task's, not a result
            clause = sent[raw.end : raw.end + 40]
            if "USD" not in raw.unit and not is_realis(clause.split(",")[0], self.lex) and raw.value < 10:
                return None
        period = self._period_of(f, periods)
        subject = self._subject(f)
        scope = self._scope(f, subject, abs_start)
        if raw.kind == "target":
            self.work.target_sentences.add(s.start)
        return Figure(
            text=raw.text,
            value=raw.value,
            unit=raw.unit,
            subject=subject,
            period=period.text if period else None,
            period_key=period.key if period and period.key and not open_year(period) else None,
            scope=scope,
            qualifier=raw.qualifier,
            sentence=sent,
            start=abs_start,
            end=abs_end,
            kind=raw.kind,
            scale=raw.scale,
        )

    def _is_target(self, f: _Figure) -> bool:
        """Under a targets heading, or in a clause that sets a target and says nothing of it being met."""
        if self.section_targets is not False:
            return True
        at = f.raw.start
        sets = self.lex.re("figure_context.target_clause").search(f.sent, f.clause_start, at)
        return bool(sets) and not self.lex.re("figure_context.done").search(f.sent, f.clause_start, at)

    def _period_of(self, f: _Figure, periods: list[Period]) -> Period | None:
        """The sentence's period nearest the figure; an aim's horizon; else the discourse's (not for a stock as of
        now: "hiện là …", "đến nay …")."""
        raw = f.raw
        period = _period_for(periods, raw.start, raw.end, f.sent)
        if raw.kind == "target" or self._is_target(f):
            # an aim's period is its horizon: "phấn đấu đến năm 2030 đạt …", or the heading's "ĐẾN NĂM 2030"; one
            # between the sentence's period and the aim is the aim's ("giai đoạn 2023- 2025 …, phấn đấu đến năm 2025")
            heading = self.section_targets if isinstance(self.section_targets, Period) else None
            ahead = _horizon(f.sent[: raw.start], self.lex)
            if ahead is not None and (period is None or period.end <= ahead.start):
                period = ahead
            period = period or _horizon(f.sent, self.lex) or heading or _span(f.sent[: raw.start], self.lex)
        now = self.lex.re("figure_context.as_of_now").search(f.sent, f.clause_start, raw.start)
        # the size of a place or its distance from another ("cách TP Bắc Ninh 25 km") holds at any time
        timeless = self.lex.re("figure_context.timeless_measure").search(
            f.sent, clause_start(f.sent, raw.start), raw.start
        )
        # what a speaker proposes or the meeting decides ("đề xuất … 1 tàu …", "thống nhất mức hỗ trợ 80 %") is of
        # no period reported before it
        asked = self.lex.re("figure_context.proposal_before").search(f.sent, 0, raw.start)
        if period is None and self.period is not None and f.s.kind != "lead" and not (now or timeless or asked):
            period = self.period
        current = self.period
        if period is not None and period.kind == "now" and current is not None and current.kind == "asof":
            period = current  # "hiện còn 206 tàu" after "tính đến 5 giờ sáng nay 18/9": that is the "now"
        return self._resolved(period) if period is not None else None

    def _subject(self, f: _Figure) -> str:
        """What the figure counts; a ratio or a change right after another figure is that figure's; a district's
        figure says so ("sản lượng vải thiều sớm (huyện Tân Yên)"), lest it read as the province's."""
        subject = self._own_subject(f)
        if not self._names_a_thing(subject) or self._holds_a_figure(f, subject):
            # "xã nghèo /năm", "thì nguồn kinh phí …", "vùng biển … tàu với 287 lao động": say it as the text does
            subject = self._quoted(f)
        elif len(subject.split()) < 2:
            # "bản", "DN", "globalGAP": its clause, unless that only lists other counts ("gồm 12 HCV, 29 HCB")
            quoted = self._quoted(f)
            others = quoted.replace(numeral_at(f.sent, f.raw, self.lex), "", 1)
            says_more = len(quoted.split()) >= len(subject.split()) + 3  # not "gồm 2 HCV" for "HCV"
            subject = quoted if says_more and not self.lex.re("figure_context.digit").search(others) else subject
        subject = self._listed(f) or self._equivalent(f, subject) or subject
        subject = self._decided_for(f, self._with_stated_subject(f, subject))
        subject = self._measured_thing(f, subject)
        place = self._district_of(f)
        if not place or place.lower() in subject.lower():
            return subject
        own = self.lex.re("figure_context.anaphor_head").sub("", subject)  # "toàn xã hiện hộ nghèo": "hộ nghèo"
        return f"{own if len(own.split()) >= 2 else subject} ({place})"

    def _listed(self, f: _Figure) -> str:
        """A count in a list of counts of things joined by "," and "và", the list closed by what happened to them
        all ("20 ngôi nhà, 1 nhà thờ, 2 trường học và 262 lăng mộ bị ảnh hưởng trực tiếp"): its counted noun and
        that predicate ("nhà thờ bị ảnh hưởng trực tiếp"); "" when it is in no such list."""
        lex, sent = self.lex, f.sent
        if not f.following or not _counts_a_thing(f.raw, lex):
            return ""
        last = f.raw
        for nxt in f.following:
            if not lex.re("figures.figure_joiner").fullmatch(sent, last.end, nxt.start) or not _counts_a_thing(
                nxt, lex
            ):
                break
            last = nxt
        said = lex.re("figure_context.list_predicate").match(sent, last.end) if last is not f.raw else None
        return f"{f.raw.unit} {said.group('predicate').strip()}" if said else ""

    def _equivalent(self, f: _Figure, subject: str) -> str:
        """A figure said as what something equals in another measure ("diện tích nuôi tôm … chỉ tăng 1.000ha, nhưng
        sản lượng tương đương 10.000ha nhờ …"): not an area of output but output equal to that much of the measure
        the sentence gave in the same unit before it ("sản lượng tương đương diện tích"); "" when it is not one."""
        said = self.lex.re("figure_context.equivalence").match(subject)
        if not said:
            return ""
        prior = [x for x in self.work.facts.figures[f.first_of_sentence :] if x.end <= f.s.start + f.raw.start]
        for x in reversed(prior):
            measured = self.lex.re("figure_context.bare_measure").match(_own_words(x.subject))
            if x.unit == f.raw.unit and measured:
                return f"{said.group('what')} {measured.group(0)}"
        return ""

    def _with_stated_subject(self, f: _Figure, subject: str) -> str:
        """A label that opens on "có" with the subject its statement names after "thì" ("… thì nhà ở mới phải bảo
        đảm tiêu chuẩn 3 cứng (…), có diện tích sử dụng tối thiểu là 30m2" → "nhà ở mới có diện tích …")."""
        if not self.lex.re("figure_context.possession_label").match(subject):
            return subject
        statement = f.sent.rfind(";", 0, f.raw.start) + 1
        said = list(
            self.lex.re("figure_context.stated_subject").finditer(f.sent, statement, clause_start(f.sent, f.raw.start))
        )
        return f"{said[-1].group('subject')} {subject}" if said else subject

    def _decided_for(self, f: _Figure, subject: str) -> str:
        """A label in a statement that opens on the matter it decides ("Đối với …, thống nhất …"): a figure of the
        matter is counted by the matter's words ("đối với hỗ trợ tạm cư cho 20 hộ gia đình thống nhất hỗ trợ …" →
        "hỗ trợ tạm cư cho hộ gia đình"); a figure of the decision by its own, said for the matter's last "đối với"
        ("mức hỗ trợ đối với các hộ không có giấy chứng nhận quyền sử dụng đất, làm nhà trên đất nông nghiệp")."""
        lex = self.lex
        decided = lex.re("figure_context.decision_verb").search(subject)
        statement = f.sent.rfind(";", 0, f.raw.start) + 1
        topics = list(lex.re("figure_context.topic_opener").finditer(f.sent, statement, f.raw.start))
        if not decided or not topics:
            return subject
        if decided.start():
            matter = subject[: decided.start()].strip(" ,")
            opener = lex.re("figure_context.topic_opener").match(matter)
            return matter[opener.end() :] if opener else matter
        words = subject[decided.end() :].split()
        cuts = phrase_cuts(words, lex, len(words))
        own = " ".join(words[: cuts[0]] if cuts and cuts[0] else words)
        matter = f.sent[topics[-1].start() : clause_start(f.sent, f.raw.start)].strip(" ,")
        matter = matter[:1].lower() + matter[1:]  # "Đối với …" opening the sentence
        return f"{own} {matter}" if own and len(matter.split()) <= 20 else subject

    def _measured_thing(self, f: _Figure, subject: str) -> str:
        """A distance or a size with no thing of its own ("cách TP Hải Dương", "tỉnh Bắc Ninh với diện tích quy
        hoạch") with the work or site its sentence named before it: "sân bay Gia Bình cách TP Hải Dương", "diện tích
        quy hoạch của sân bay Gia Bình" (a "sân bay này" is the one the text named last)."""
        lex = self.lex
        measure = lex.re("figure_context.unowned_measure").search(subject)
        if not measure or lex.re("figure_context.sited_thing").search(subject, 0, measure.start()):
            return subject
        sited = list(lex.re("figure_context.sited_thing").finditer(f.sent, 0, clause_start(f.sent, f.raw.start)))
        if not sited:
            return subject
        thing = sited[-1].group(0)
        if thing.lower().endswith(" này"):
            head = thing[: -len(" này")].lower()
            named = [
                m.group(0)
                for m in lex.re("figure_context.sited_thing").finditer(self.work.text, 0, f.s.start)
                if m.group(0).lower().startswith(head + " ") and not m.group(0).lower().endswith(" này")
            ]
            thing = named[-1] if named else thing
        thing = sentence_case(thing)
        if measure.group("away"):
            return f"{thing} {subject[measure.start('away') :]}"
        return f"{subject[measure.start('size') :]} của {thing}"

    def _names_a_thing(self, subject: str) -> bool:
        """Whether a label reads as the name of what is counted: not opening on a joining word or a unit's
        remainder ("thì …", "để …", "với …", "/năm")."""
        return not self.lex.re("figure_context.torn_label").search(subject)

    def _holds_a_figure(self, f: _Figure, subject: str) -> bool:
        """Whether a label still holds a numeral of its sentence's figures, its own or another's ("vùng biển Nam
        Vịnh Bắc Bộ tàu với 287 lao động", "… ít nhất 56 lượt nhưng mới tiến hành được với 13 người"): words torn
        around a number read as garbled; the clause as written reads as the text does."""
        if subject.endswith(")"):
            subject = subject.rsplit("(", 1)[0]  # "… (gấp 2,5 lần năm 2024)": its own change, said after what it counts
        if not any(c.isdigit() for c in subject):
            return False
        words = [t.strip("(),;:") for t in subject.split()]
        rest = self.lex.re("figure_context.numeral_rest")
        if any(t.startswith(n) and rest.fullmatch(t[len(n) :]) for t in words for n in f.numerals):
            return True
        # any other count it states ("có 7.313 phương tiện tàu thuyền với … lao động"), not a time ("tháng 1", "9
        # tháng", "2 giai đoạn")
        count, times = self.lex.re("figure_context.count_token"), self.lex.wordset("figures.time_words")
        before = self.lex.wordset("figure_context.time_before_number")
        return any(
            count.fullmatch(t)
            and not {" ".join(words[i + 1 : i + 2]).lower(), " ".join(words[i + 1 : i + 3]).lower()} & times
            and not (i and words[i - 1].lower() in before)
            for i, t in enumerate(words)
        )

    def _quoted(self, f: _Figure) -> str:
        """The figure's clause as written, from the comma, semicolon or bracket before it to the one after it, one
        clause further back when its own says too little or opens on a joining word: "xã nghèo giảm 4%/năm",
        "sức gió tối đa 60 km/h", "Để đảm bảo hỗ trợ về nhà ở cho khoảng 71.000 hộ … trong năm 2013"."""
        sent, raw = f.sent, f.raw
        a = clause_start(sent, raw.start)
        head = sent[a : raw.start]
        # "sức gió tối đa 60 km/h": a bound before the number is part of what the clause says; a change ("giảm") is not
        said = raw.num_start if raw.qualifier in self.lex.wordset("figure_context.bounds") else raw.start
        main = self.lex.re("figure_context.main_clause_mark").match(head)
        if main and len(head[main.end() :].split()) >= 3:
            a, head = a + main.end(), head[main.end() :]  # "…, thì nguồn kinh phí … mới được tạm ứng 50%": its own
        back = clause_start(sent, a - 1) if a > 1 else a
        if (
            a > 1
            and sent[a - 1] != ";"
            and (not sent[a:said].strip() or not self.lex.re("figure_context.digit").search(sent, back, a))
            and (len(sent[a:said].split()) < 3 or self.lex.re("figure_context.torn_label").match(head.strip()))
        ):
            # not past a ";", nor, when its own clause has words, into one with a count of its own ("tổ chức 125
            # đoàn ra, đón 210 đoàn vào"): another statement
            a = back
        stops = self.lex.re("figures.clause_stop")
        stop = stops.search(sent, raw.end)
        b = stop.start() if stop else len(sent)
        closing = sent.find(")", raw.end, b) if a and sent[a - 1] == "(" else -1
        b = closing if closing != -1 else b  # "(nếu là những hộ độc thân … không thấp hơn 24m2)": the bracket's words
        if stop and sent[b] == "," and len(sent[raw.end : b].split()) < 2:
            nxt = stops.search(sent, b + 1)
            if not self.lex.re("figure_context.digit").search(sent, b, nxt.start() if nxt else len(sent)):
                stop = nxt  # "90% con, cháu người bị ảnh hưởng …": the noun goes on (not "…, 1 nhà thờ": another)
                b = stop.start() if stop else len(sent)
        joined = self.lex.re("figure_context.joined_in_clause").search(sent, raw.end, b)
        b = joined.start() if joined else b  # "khoảng 110 m2/1 căn cùng một số công trình phụ trợ": another thing
        words = sent[a:b].split()
        if len(words) <= 25:
            return balanced(" ".join(words).strip(" ,.;"))
        at = len(sent[a : raw.start].split())  # keep the words nearest the figure, and say where words were left out
        lo = 0 if at <= 25 else at - 15  # the clause's subject, when not too far: "nếu là những hộ độc thân …"
        hi = at + 10 if len(words) - at > 25 else len(words)
        cuts = [at + 1 + i for i in phrase_cuts(words[at + 1 :], self.lex, 10)]
        hi = cuts[0] if cuts else hi  # at a phrase that qualifies it, never inside a word: no "…" needed
        kept = " ".join(words[lo:hi]).strip(" ,.;")
        return balanced(("… " if lo else "") + kept + (" …" if hi < len(words) and not cuts else ""))

    def _district_of(self, f: _Figure) -> str | None:
        """The one district the figure's sentence names before it ("trên địa bàn huyện Tân Yên … ước đạt …"), or,
        when it speaks of "toàn huyện", "trên địa bàn huyện", "toàn xã" without a name, the one district the
        article's title and lead name ("… làm việc với Ban Chấp hành Đảng bộ huyện Phú Tân")."""
        if "huyện" not in f.sent and "xã" not in f.sent and not self._title_district():
            return None  # cheap: most sentences name no district, in articles about no one district
        found = [m for m in find_districts(f.sent[: f.raw.start], self.lex) if not m.city]
        names = {f.sent[m.start : m.end] for m in found}
        if len(names) == 1:
            return names.pop()
        if names:
            return None
        anaphor = self.lex.re("figure_context.local_anaphor").search(f.sent, 0, f.raw.start)
        if anaphor and anaphor.group("commune"):
            # "Toàn xã hiện còn khoảng 10% hộ nghèo" after "… làm việc với Đảng bộ xã Nguyễn Việt Khái": the commune
            # the text named last, in the article's district, not the district itself
            named = list(
                self.lex.re("figure_context.named_commune").finditer(self.work.text, 0, f.s.start + f.raw.start)
            )
            district = self._article_district()
            if named:
                return f"{named[-1].group(0)}, {district}" if district else named[-1].group(0)
        if anaphor:
            return self._article_district()
        if not is_official(self.work.doc) and not self._wider_than_district(f):
            # in a news article whose title is about one district, what its sentences say of no other place is that
            # district's ("Phú Tân cần kiểm soát tốt …": "Và trong số đó, chỉ có 156 hộ …")
            return self._title_district()
        return None

    def _title_district(self) -> str | None:
        """The district the article's title names, as the text names it with its unit ("Đẩy mạnh xúc tiến tiêu thụ
        vải thiều sớm Tân Yên" and "huyện Tân Yên" in its body), when it names one."""
        if self._titled is None:
            title, text = self.work.doc.title or "", self.work.text
            named = {(m.name, text[m.start : m.end]) for m in find_districts(text, self.lex) if not m.city}
            titled = {full for name, full in named if name and name in title}
            self._titled = titled.pop() if len({n for n, _ in named if n and n in title}) == 1 and titled else ""
        return self._titled or None

    def _wider_than_district(self, f: _Figure) -> bool:
        """Whether the figure's statement (to the ";" after it) speaks of a province or the nation ("toàn tỉnh",
        "tỉnh Bắc Giang", "cả nước"); not the markets a later statement lists ("…; chủ yếu ở … Hà Nội, TP Hồ Chí
        Minh")."""
        end = f.sent.find(";", f.raw.end)
        said = f.sent[: end if end != -1 else len(f.sent)]
        return bool(self.lex.re("figure_context.wider_place").search(said) or self.lex.gazetteer.find_mentions(said))

    def _article_district(self) -> str | None:
        """The one district the article's title and lead name, if any (read once)."""
        if self._district is None:
            doc = self.work.doc
            text = " ".join([doc.title or "", doc.lead])
            named = {text[m.start : m.end] for m in find_districts(text, self.lex) if not m.city}
            self._district = named.pop() if len(named) == 1 else ""
        return self._district or None

    def _own_subject(self, f: _Figure) -> str:
        raw, sent = f.raw, f.sent
        subject = subject_of(sent, raw, self.lex, f.bounds)
        abs_start = f.s.start + raw.start
        prior = [x for x in self.work.facts.figures[f.first_of_sentence :] if x.end <= abs_start]  # not all: linear
        if raw.unit == "lần" and prior:
            rest = sent[raw.end :].split(")")[0].split(";")[0].strip(" .")
            return f"{prior[-1].subject} ({raw.text} {rest})"
        if prior:
            between = sent[prior[-1].end - f.s.start : raw.end]
            change = self.lex.re("figure_context.change_after_figure").fullmatch(between)
            if change:
                # "… đạt 5.044 triệu USD, tăng 30,9% so với năm 2024": the change of what the figure before counts
                compared = sent[raw.end :].split(",")[0].split(";")[0].strip(" .")
                return f"{prior[-1].subject} ({change.group('verb')} {compared})" if compared else prior[-1].subject
            related = self._related_to_prior(f, prior, subject)
            if related:
                return related
        if self._says_nothing(f, subject):
            # "…, đạt 90% kế hoạch", "…, đạt gần 292 triệu USD", "(329 hộ, …)": its clause names no subject of its own
            owner = self._owner_before(f, prior) or self._sentence_subject(sent, raw.start)
            if not owner:
                return subject
            if not self.lex.re("figure_context.comparison_base").match(subject):
                return owner
            compared = sent[raw.end :].split(",")[0].split(";")[0].split(")")[0].strip(" .")
            compared = compared if compared.startswith("so") else f"so với {compared}"
            return f"{owner} ({compared})"
        return subject

    def _related_to_prior(self, f: _Figure, prior: list[Figure], subject: str) -> str:
        """A label said through the figure before it in the sentence: its share ("7,8 nghìn tấn (chiếm 50,3% tổng
        sản lượng)" → "tỷ trọng … trong tổng sản lượng"), a part of it ("329 hộ, trong đó có 51 hộ đồng bào dân tộc
        thiểu số": poor households), its area in brackets ("156 hộ (hơn 206 ha) đạt …": the households') or another measure of the same thing ("diện tích vải thiều sớm là 1.250 ha, sản
        lượng ước đạt …" → "sản lượng vải thiều sớm"); "" when it is not."""
        lex, sent, raw, last = self.lex, f.sent, f.raw, prior[-1]
        aside = lex.re("figure_context.restated_aside").fullmatch(sent, last.end - f.s.start, raw.start)
        measure = raw.unit.split()[-1:] and raw.unit.split()[-1] in lex.words("figures.measures")
        if aside and measure and sent[raw.end :].lstrip().startswith(")") and last.unit != raw.unit:
            return _own_words(last.subject)  # "156 hộ (hơn 206 ha) đạt …": the area of the households that …
        between = sent[last.end - f.s.start : raw.num_start]  # "chiếm" may be read as the share's qualifier
        whole = lex.re("figure_context.share_aside").fullmatch(between) and lex.re("figure_context.share_whole").match(
            sent, raw.end
        )
        if whole and raw.unit == "%":
            return f"tỷ trọng {_own_words(last.subject)} trong {whole.group('whole')}"
        unit = raw.unit.split()[-1] if raw.unit else ""
        if lex.re("figure_context.part_of_before").fullmatch(between) and unit and last.unit.endswith(unit):
            words, own = _own_words(last.subject).split(), subject.split()
            if own[:1] == [unit] and unit in words[:-1]:
                head = words[words.index(unit) :]  # "hộ nghèo" of "toàn xã hiện hộ nghèo"
                return " ".join(head + own[1:]) if len(head) > 1 else ""
        if lex.re("figure_context.bare_measure").fullmatch(subject):
            for x in reversed(prior):
                m = lex.re("figure_context.measured_thing").match(_own_words(x.subject))
                if m and not lex.re("figure_context.digit").search(m.group("thing")):
                    return f"{subject} {m.group('thing')}"
        return ""

    def _owner_before(self, f: _Figure, prior: list[Figure]) -> str:
        """The subject of the last figure before it in the sentence whose clause names its own ("Trị giá … đạt
        494,3 triệu USD, chiếm 24,2% …, tăng 54,6%": the rise is the 494,3 million's, not the share's)."""
        bare = self.lex.re("figure_context.bare_predicate")
        clause = f.s.start + f.sent.rfind(";", 0, f.raw.start) + 1  # not across a ";": another statement
        for x in reversed(prior):
            at = x.start - f.s.start
            if x.start >= clause and not bare.match(f.sent[clause_start(f.sent, at) : at]):
                return x.subject
        return ""

    def _says_nothing(self, f: _Figure, subject: str) -> bool:
        """Whether a figure's own words name nothing it counts: none at all, only what it is compared with ("kế
        hoạch", "so với năm 2017"), or only its unit in a bracket that restates the figure before it ("hộ" of "10% hộ
        nghèo (329 hộ, …)"); not a count its unit names ("25 HCV, 29 HCB")."""
        words = subject.split()
        if not words or self.lex.re("figure_context.comparison_base").match(subject):
            return True
        clause = f.sent[clause_start(f.sent, f.raw.start) : f.raw.start]
        bare = bool(self.lex.re("figure_context.bare_predicate").match(clause))
        unit = f.raw.unit.split()
        restating = f.sent[: f.raw.start].rstrip().endswith("(")  # "10% hộ nghèo (329 hộ, …)"
        return len(words) == 1 and (bare or (restating and bool(unit) and words[0] == unit[-1]))

    def _sentence_subject(self, sent: str, before: int) -> str:
        """What a statistical sentence speaks of: the words before its first verb, past its opening time, source
        or place ("Theo Hải quan Việt Nam, [xuất khẩu mực, bạch tuộc của Việt Nam sang Nga] đạt …")."""
        lex = self.lex
        seg = sent.rfind(";", 0, before) + 1  # "…; chiếu phim màn ảnh rộng được 150 buổi, đạt 100% kế hoạch"
        seg += len(sent[seg:before]) - len(sent[seg:before].lstrip())
        opener = lex.re("figure_context.sentence_opener").match(sent[seg:before])
        start = seg + (opener.end() if opener else 0)
        end = clause_start(sent, before) - 1  # not the figure's own clause
        verb = lex.re("figure_context.subject_predicate").search(sent, start, max(start, end))
        number = lex.re("figure_context.digit").search(sent, start, max(start, end))
        stops = [m.start() for m in (verb, number) if m] + [end]
        head = lex.re("figures.subject_verb_tail").sub("", sent[start : min(stops)].strip(" ,"))
        words = lex.re("figure_context.passive_tail").sub("", head).split()
        return sentence_case(" ".join(words)) if 2 <= len(words) <= 12 else ""

    def _scope(self, f: _Figure, subject: str, abs_start: int) -> str:
        """Whose figure: the province its subject names, the nation, the sentence's owner, the home province for a
        GRDP or a provincial leader's aim, else the sentence's scope."""
        work, lex = self.work, self.lex
        scope = sentence_scope(f.sent, work.para_scopes[f.s.para], lex)
        # "cách TP Hải Dương 25 km" measures from a place: the distance is the subject's, not that place's
        away = lex.re("figure_context.distance_from")
        named = {m.province.name for m in lex.gazetteer.find_mentions(subject) if not away.search(subject[: m.start])}
        if len(named) == 1:
            scope = named.pop()  # "kim ngạch xuất khẩu của tỉnh Hà Tĩnh": the figure says whose it is
            self.owner = (f.s.start, scope)
        elif not named and lex.re("place_scope.national_owner").search(subject):
            # "Hàn Quốc là nhà đầu tư lớn nhất tại Việt Nam với …" in a province's news; not "… kế hoạch Thủ tướng
            # Chính phủ giao", the province's own plan
            scope = NATION
        elif not named and self.owner[0] == f.s.start:
            scope = self.owner[1]  # "…của tỉnh Quảng Trị đạt 1,12 tỷ USD; thu ngân sách đạt …": still hers
        elif (
            work.home
            and scope == NATION
            and (lex.re("figure_context.regional").search(subject) or self._provincial_at(abs_start))
        ):
            # GRDP is a province's product; a provincial leader's "phấn đấu … đạt 11%" is the province's aim
            scope = work.home
        return scope

    def _provincial_at(self, pos: int) -> bool:
        """Whether pos is inside the task of a provincial leader's directive."""
        return any(
            a.start <= pos < a.end and D.is_provincial(a.assigner, self.lex) for a in self.work.facts.assignments
        )


def _counts_a_thing(raw: RawFigure, lex: Lexicon) -> bool:
    """Whether a figure counts things its unit names ("20 ngôi nhà", "1 nhà thờ"), not a measure, a share or money."""
    unit = raw.unit.split()
    return (
        bool(unit)
        and raw.unit != "%"
        and unit[-1] not in lex.words("figures.measures")
        and not lex.re("figures.currency").search(raw.unit)
    )


def _own_words(subject: str) -> str:
    """A label without the bracket closing it ("… (huyện Tân Yên)", "… (so với năm trước)"): what it counts."""
    return subject.rsplit(" (", 1)[0] if subject.endswith(")") else subject


def _horizon(text: str, lex: Lexicon) -> Period | None:
    """'đến năm 2030' (as written, in lower case) as the period of an aim."""
    h = lex.re("figure_context.horizon").search(text)
    return Period(h.start(), h.end(), h.group(0).lower(), h.group(0)[-4:], int(h.group(0)[-4:])) if h else None


def _span(text: str, lex: Lexicon) -> Period | None:
    """The span a plan's aims are set for, named before them ("Mục tiêu giai đoạn 2016 – 2020: Giảm …"): the last
    range the text names as a plan's span."""
    spans = [p for p in find_periods(text, lex) if p.kind == "range" and p.horizon]
    return spans[-1] if spans else None


def _keeps(current: Period | None, new: Period) -> bool:
    """Whether the discourse keeps its period over a vaguer one: "Năm 2024, …" over a later "trong năm", "năm qua";
    "nửa đầu năm 2025 …" or "tính đến 5 giờ sáng nay 18/9" over a later "Hiện nay, …" (what goes on now, not a
    new reporting period)."""
    if current is None:
        return False
    return (new.kind == "rel" and current.year is not None) or (new.kind == "now" and current.kind != "now")


def _past(current: Period | None, new: Period, doc: Document) -> bool:
    """Whether the discourse is in a past long gone ("Bão Linda … năm 1997" in a text of 2017), where a yearless
    time ("hội thảo … cuối tháng 10") is the writer's present, not a time of that past."""
    ref = doc.event_date or doc.published
    return bool(current and current.year and ref and open_year(new) and current.year < ref.year - 1)


def _asof_year(period: Period, current: Period | None, doc: Document) -> int | None:
    """'tính đến 15/12' in a report of 10/01/2026 about 2025 is 15/12/2025: the year the text speaks of, and
    never a date after the event."""
    if current is not None and current.year:
        return current.year
    ref = doc.event_date or doc.published
    if ref is None:
        return None
    return ref.year if (period.month, period.day) <= (ref.month, ref.day) else ref.year - 1


def _period_for(periods, start: int, end: int, sent: str = ""):
    """The period closest before the figure in its sentence, else the first one after it (not a rate's; not one
    that opens the next clause: "… đạt 100% …, năm 2018 đạt 99%")."""
    before = [p for p in periods if p.end <= start]
    if before:
        return before[-1]
    after = [
        p for p in periods if p.start >= end and p.kind != "every" and not sent[: p.start].rstrip().endswith((",", ";"))
    ]  # "1,5 tỷ USD mỗi năm" is a rate; "…, năm 2018 đạt 99%" opens the next figure's clause
    return after[0] if after else None
