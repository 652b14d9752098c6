"""Key figures: a Vietnamese numeral with its scale, unit, qualifier, subject, period and scope.

Not figures: dates and times, years, durations ("6 tháng", "5 năm"), document numbers ("Nghị quyết số 21/NQ-CP",
"59-NQ/TW"), ordinals ("lần thứ 3", "Đại hội XIV"), codes ("D1"), list numbering, and small numbers inside a
task ("làm mới 3 thị trường") unless they state something already achieved ("17 hiệp định đã ký kết").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from babel.numbers import NumberFormatError, parse_decimal

if TYPE_CHECKING:
    import re

    from ..lexicon import Lexicon


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
    if s.isdecimal():  # all decimal digits, as re's "\d+" (Unicode category Nd)
        return float(int(s))
    try:
        return float(parse_decimal(s, locale="vi_VN", strict=True))
    except (NumberFormatError, ValueError, ArithmeticError):
        return None


def _unit_after(rest: str, lex: Lexicon) -> tuple[str, int]:
    """The count noun right after a number (in `rest`), and its end offset in `rest`."""
    pos = len(rest) - len(rest.lstrip())  # str's whitespace is re's "\s"
    if lex.re("figures.not_unit").match(rest, pos):
        return "__time__", pos
    u = lex.re("figures.unit").match(rest, pos) or lex.re("figures.acronym").match(rest, pos)
    if u:
        return u.group("unit"), u.end()
    return "", pos


def find_figures(sentence: str, lex: Lexicon) -> list[RawFigure]:
    """Candidate figures in one sentence, with identifiers, dates, years and durations already left out.
    Patterns: config/rules/figures.yaml."""
    out: list[RawFigure] = []
    for m in lex.re("figures.figure").finditer(sentence):
        fig = _figure(sentence, m, lex)
        if fig is not None:
            out.append(fig)
    if "con số" in sentence.lower():
        out.extend(_con_so_figures(sentence, lex))
    ranges = _percent_ranges(sentence, lex)
    if ranges:  # "1% - 1,5%/năm" is one figure: its ends are not figures of their own
        out = [f for f in out if not any(r.start <= f.num_start < r.end for r in ranges)] + ranges
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
    return _drop_thresholds(sentence, unique, lex)


def _percent_ranges(sentence: str, lex: Lexicon) -> list[RawFigure]:
    """Ranges of percentages ("bình quân 1% - 1,5%/năm"): one figure each, its value the lower end, its text as
    written."""
    if "%" not in sentence:
        return []
    out = []
    for m in lex.re("figures.percent_range").finditer(sentence):
        lo = parse_number(m.group("lo"))
        if lo is not None:
            out.append(RawFigure(m.start(), m.end(), m.start(), m.group(0), lo, "%", None, None))
    return out


def _figure(sentence: str, m: re.Match[str], lex: Lexicon) -> RawFigure | None:
    """The figure of one numeral match, or None when the number is an identifier, a date, a year, a time or a
    bare number with no unit."""
    num = m.group("num")
    ns = m.start("num")
    before = sentence[max(0, ns - 30) : ns]
    # A list number at the start of an item, a date ("15/12"), a time, a year.
    if lex.re("figures.id_before").search(before):
        return None
    if lex.re("figures.copies").match(sentence, ns):
        return None  # "(01 bản)": the copies of a paper to file
    if lex.re("figures.date_before").search(before) or lex.re("figures.date_after").match(sentence[m.end("num") :]):
        return None
    value = parse_number(num)
    if value is None:
        return None
    if lex.re("figures.year_number").fullmatch(num) and not (m.group("pct") or m.group("scale") or m.group("cur")):
        return None
    if lex.re("figures.year_before").search(before):
        return None
    unit_end = _unit_of(sentence, m, lex)
    if unit_end is None:
        return None
    unit, end = unit_end
    if unit in ("con",) and lex.re("figures.con_so_after").match(sentence[end:]):
        return None  # handled by the "con số" rule
    qm = lex.re("figures.qualifier_before").search(sentence, max(0, ns - 24), ns)
    qual = qm.group("qual") if qm else None
    start = qm.start("qual") if qm else ns
    text = sentence[start:end]
    if qual and qual.lower() in lex.wordset("figures.at_least"):
        qual = "tối thiểu"  # "không thấp hơn 24m2" is at least 24 m2, not more than it
    return RawFigure(start, end, ns, text, value, unit, qual.lower() if qual else None, m.group("scale"))


def _unit_of(sentence: str, m: re.Match[str], lex: Lexicon) -> tuple[str, int] | None:
    """The unit of a numeral match ("%", "triệu USD", "doanh nghiệp", "tỷ") and where the figure ends; None for a
    time ("6 tháng") or a bare number with no unit, which is not a reportable figure."""
    scale = m.group("scale")
    if m.group("pct"):
        return "%", m.end()
    if m.group("cur"):
        return ((scale + " ") if scale else "") + m.group("cur"), m.end()
    tail_unit, tail_end = _unit_after(sentence[m.end() :], lex)
    if tail_unit == "__time__":
        return None
    if tail_unit:
        return ((scale + " ") if scale else "") + tail_unit, m.end() + tail_end
    if scale:
        return scale, m.end()
    return None


def _con_so_figures(sentence: str, lex: Lexicon) -> list[RawFigure]:
    """The aims stated by a number of digits: "mục tiêu tăng trưởng 2 con số"."""
    out = []
    for m in lex.re("figures.con_so").finditer(sentence):
        clause = _clause_around(sentence, m.start())
        # "mục tiêu tăng trưởng 2 con số" states a target; "tạo đà tăng trưởng hai con số" only a direction
        if not lex.re("figures.con_so_aim").search(clause):
            continue
        raw = m.group("num").lower()
        value = float(int(raw)) if raw.isdigit() else float(lex.words("figures.numerals").index(raw) + 1)
        out.append(RawFigure(m.start(), m.end(), m.start(), m.group(0), value, "con số", None, None, kind="target"))
    return out


def _drop_thresholds(sentence: str, figs: list[RawFigure], lex: Lexicon) -> list[RawFigure]:
    """'6 thị trường ... đạt kim ngạch trên 10 tỷ USD': the second is the bar the counted items pass."""
    currency = lex.re("figures.currency")
    out = []
    for i, f in enumerate(figs):
        if f.qualifier in ("trên", "từ", "dưới") and any(
            g.unit and g.unit not in ("%",) and not currency.search(g.unit) for g in figs[:i]
        ):
            between = sentence[figs[i - 1].end : f.start] if i else ""
            if lex.re("figures.threshold_link").search(between):
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


def clause_start(sentence: str, end: int) -> int:
    """Where the clause before end starts: after the last ',', ';', ':' or an unclosed '(' ('tốc độ tăng trưởng
    (GRDP) quý I' keeps its closed parenthesis); a comma between digits ("135,56 ha") is a decimal one."""
    a = -1
    for c in ",;:":
        at = sentence.rfind(c, 0, end)
        while c == "," and at > 0 and sentence[at - 1 : at].isdigit() and sentence[at + 1 : at + 2].isdigit():
            at = sentence.rfind(c, 0, at)
        a = max(a, at)
    p = sentence.rfind("(", 0, end)
    if p > a and sentence.find(")", p, end) == -1:
        a = p
    return a + 1


def subject_of(sentence: str, fig: RawFigure, lex: Lexicon, bounds: tuple[int, int, int] = (0, 0, -1)) -> str:
    """What the figure counts: the verb/noun phrase before it in its clause, the unit, and what follows the unit.
    bounds: where the figures before and after it in the sentence end and start ("khiến 07 người tử vong và 03 người
    bị thương": each counts its own words). A figure in brackets after another ("hơn 409 ha (350 hộ) nuôi tôm STC")
    counts what follows the bracket."""
    subj = _subject(sentence, fig, lex, bounds)
    opened = sentence.rfind("(", 0, fig.start)
    if not subj and opened > 0 and not sentence[opened + 1 : fig.start].strip():
        # "kiểm tra được 325/350 hộ (hơn 382 ha).": a bracket that only restates, in another unit, what is before it
        subj = balanced(_subject_left(sentence, RawFigure(opened, opened, opened, "", 0.0, "", None, None), lex))
    if len(subj.split()) < 2 and bounds != (0, 0, -1):
        # its own words alone say too little ("còn 206 tàu" → "tàu"): the clause's, its neighbours' included
        wider = _subject(sentence, fig, lex, (0, 0, -1))
        subj = wider if len(wider.split()) > len(subj.split()) else subj
    return subj


def _subject(sentence: str, fig: RawFigure, lex: Lexicon, bounds: tuple[int, int, int]) -> str:
    prev_start, before, after = bounds[0], bounds[1], bounds[2] if bounds[2] >= 0 else len(sentence)
    aside = _bracketed(sentence, fig)
    tail = lex.re("figures.clause_stop").search(sentence, aside) if aside is not None else None
    if aside is not None and not sentence[aside : tail.start() if tail else len(sentence)].strip(" ."):
        aside = None  # "kiểm tra được 325/350 hộ (hơn 382 ha).": nothing after the bracket, the clause says it
    if aside is not None:
        fig_end = aside
        after = len(sentence) if after <= aside else after
    else:
        fig_end = fig.end
    left = "" if aside is not None else _subject_left(sentence, fig, lex, (prev_start, before))
    restated = _aside_after(sentence, fig_end)  # "156 hộ (hơn 206 ha) đạt các điều kiện": read past the bracket
    stop = lex.re("figures.clause_stop").search(sentence, restated or fig_end)  # not the "." of "1.850"
    b = stop.start() if stop else len(sentence)
    joined = after < b and lex.re("figures.next_figure_join").search(sentence[fig_end:after])
    if joined:  # "07 người tử vong và 03 người …": its words end where the next figure's begin
        b = after
    elif after < b:
        coordinated = lex.re("figures.coordinated_next").search(sentence, restated or fig_end, after)
        b = coordinated.start() if coordinated else b  # "632.000 ha và tôm thẻ chân trắng là 104.000 ha"
    right_text = sentence[restated:b] if restated and restated <= b else sentence[fig_end:b]
    right = lex.re("figures.next_figure_join").sub("", right_text).strip()
    if lex.re("figures.joined_after").match(right):
        right = ""  # "60 m2 cùng nhiều công trình phụ trợ": another thing joined to it
    if fig.unit in lex.words("figures.counters"):
        right = lex.re("figures.shared_predicate").sub("", right)  # "… người tử vong đều trú tại …": said of them
        if left and right and lex.re("figures.reported_count").search(left):
            left = ""  # "đã xác định được danh tính 7 người tử vong": the count is of "người tử vong", not of a finding
    right = _right_phrase(right, lex)
    unit = _subject_unit(fig, lex)
    if left and unit in lex.words("figures.counters"):
        unit = ""  # "lượng khách quốc tế đạt 2,1 triệu lượt": the clause names what "lượt" counts
    cause = _short_cause(sentence, fig, lex) if not left else ""
    parts = [p for p in (left, unit, right, f"do {cause}" if cause else "") if p]
    subj = balanced(" ".join(parts))
    subj = lex.re("figures.function_tail").sub("", subj).strip(" ,;-")
    subj = lex.re("figures.function_head").sub("", subj)
    # The period at either end of a subject is said by the figure's period: "năm 2024 tăng trưởng kinh tế" and "đón
    # lượt khách quốc tế vào năm 2030" count "tăng trưởng kinh tế" and "đón lượt khách quốc tế".
    cut = lex.re("figures.period_tail").sub("", lex.re("figures.period_head").sub("", subj))
    if lex.re("figures.period_tail").fullmatch(" " + subj):
        return ""  # "… 353,905 triệu USD trong 11 tháng đầu năm": only its period, which the period says
    subj = cut if len(cut.split()) >= 2 else subj
    return sentence_case(subj)


def _right_phrase(right: str, lex: Lexicon) -> str:
    """The words after a figure that say what it counts, up to the phrase that qualifies them ("… theo chuẩn nghèo
    tiếp cận đa chiều áp dụng cho …", "… của cộng đồng dân cư nơi cư trú"): a syllable is not a word, so a long tail is
    cut where a phrase opens, never at a count of syllables; a long tail that opens on such a phrase is dropped whole.
    With no phrase to cut at, eight syllables (and the rest of a name they end in) and "…" say that words were left
    out."""
    words = right.split()
    if len(words) <= 12:
        return right
    cuts = phrase_cuts(words, lex, 21)
    if cuts and cuts[0] == 0 and words[0].lower() in lex.wordset("figures.owner_openers"):
        cuts = cuts[1:]  # "… 4,2 tỷ USD của ngành tôm trong năm 2019 theo tôi …": whose it is, then a qualifier
    if cuts and cuts[0] > 0:
        return " ".join(words[: cuts[0]])
    if cuts:
        return ""
    end = 8  # a name is never cut: "… trên địa bàn huyện Tân Thành" goes on to the name's last syllable
    heads = lex.wordset("directives.place_heads")
    while end < len(words) and words[end][:1].isupper() and (words[end - 1][:1].isupper() or words[end - 1] in heads):
        end += 1
    return " ".join(words[:end]) + (" …" if end < len(words) else "")


def phrase_cuts(words: list[str], lex: Lexicon, limit: int) -> list[int]:
    """Where, among the first `limit` words, a phrase that qualifies what comes before opens ("theo", "nhờ", "tại")."""
    openers, named = lex.wordset("figures.phrase_openers"), lex.re("figures.named_standard")
    cuts = []
    for i in range(min(limit, len(words))):
        if {words[i].lower(), " ".join(words[i : i + 2]).lower()} & openers:
            standard = named.match(" ".join(words[i : i + 10]))
            # "… theo tiêu chuẩn VietGAP bảo đảm …": the standard says what kind is counted; the phrase ends after it
            at = i + len(standard.group(0).split()) if standard else i
            cuts += [at] if at < len(words) and at not in cuts else []
    return cuts


def numeral_at(sentence: str, fig: RawFigure, lex: Lexicon) -> str:
    """The numeral of a figure as written ("135,56" of "135,56 ha")."""
    m = lex.re("figures.figure").match(sentence, fig.num_start)
    return m.group("num") if m else fig.text


def sentence_case(subj: str) -> str:
    """A subject as the middle of a sentence writes it: its first letter in lower case, unless an acronym or a name
    opens it ("FDI …", "Hàn Quốc hiện là …") and keeps its capitals."""
    first_two = subj.split(None, 2)[:2]
    name = len(first_two) == 2 and first_two[0][:1].isupper() and first_two[1].istitle()
    if not subj or subj[:2].isupper() or name:
        return subj
    return subj[:1].lower() + subj[1:]


def balanced(subject: str) -> str:
    """The subject without a bracket its words do not close or open ("hộ đồng bào dân tộc thiểu số)", "bản )")."""
    if subject.count("(") == subject.count(")"):
        return subject
    return " ".join(subject.replace("(", " ").replace(")", " ").split())


def _aside_after(sentence: str, end: int) -> int | None:
    """Where a bracket right after a figure closes ("156 hộ (hơn 206 ha) đạt …"), or None."""
    rest = sentence[end:]
    if not rest.lstrip().startswith("("):
        return None
    close = sentence.find(")", end)
    return close + 1 if close != -1 and "(" not in sentence[end:close].lstrip()[1:] else None


def _bracketed(sentence: str, fig: RawFigure) -> int | None:
    """Where the bracket that holds the figure alone closes ("(350 hộ)"), or None when it is not bracketed."""
    if sentence[: fig.start].rstrip().endswith("(") and sentence[fig.end :].lstrip().startswith(")"):
        return sentence.index(")", fig.end) + 1
    return None


def _subject_left(sentence: str, fig: RawFigure, lex: Lexicon, prev: tuple[int, int] = (0, 0)) -> str:
    """The words of the figure's clause before it, without its time or place opening and its closing verb; not
    reaching back past the figure before it (prev: its start and end) — "… 07 người tử vong và 03 người bị
    thương" — unless the two are joined with nothing of their own between ("có 6 thị trường và 2 khu vực …"): then
    both take what comes before the first."""
    before = prev[1]
    a = clause_start(sentence, fig.start)
    if before and a <= before:  # "07 người tử vong và 03 người bị thương": after the joiner, if one comes between
        joins = list(lex.re("figures.figure_joiner").finditer(sentence, before, fig.start))
        if joins and not sentence[before : joins[-1].start()].strip():
            # "có 6 thị trường và 2 khu vực …": nothing of its own between the two, so they share what comes before
            a = clause_start(sentence, prev[0])
            shared = lex.re("figures.subject_lead").sub("", sentence[a : prev[0]].strip())
            return lex.re("figures.subject_verb_tail").sub("", shared).strip()
        if joins:
            a = joins[-1].end()
    left = sentence[a : fig.start].strip()
    statement = sentence.rfind(";", 0, a) + 1
    if lex.re("figures.second_conjunct").search(left) and lex.re("figure_context.digit").search(sentence, statement, a):
        return ""  # "197 lăng, mộ tại xã Gio Mai và 100 ha rừng …": the words before "và" are the other count's
    if lex.re("figures.causative").search(left):
        return ""  # "… khiến 7 người tử vong": the unit and the words after it say what is counted
    left = lex.re("figures.conjunction_lead").sub("", lex.re("figures.subject_lead").sub("", left))
    left = lex.re("figures.subject_verb_tail").sub("", left).strip()
    aim = [m.start() for m in lex.re("figures.aim").finditer(left)]
    if aim:
        left = left[aim[-1] :]  # "các bộ, ngành, địa phương bám sát mục tiêu tăng trưởng … từ 10%": the aim is counted
    return left


def _short_cause(sentence: str, fig: RawFigure, lex: Lexicon) -> str:
    """The cause a count of victims names in a few words before it ("bão" of "Năm 1997, bão làm 1.164 người mất
    tích"), said after what is counted ("người mất tích do bão"); none when the cause is a whole clause."""
    a = clause_start(sentence, fig.start)
    left = sentence[a : fig.start]
    m = lex.re("figures.causative").search(left)
    if not m:
        return ""
    cause = lex.re("figures.cause_lead").sub("", lex.re("figures.subject_lead").sub("", left[: m.start()].strip()))
    if ")" in left or lex.re("figures.not_a_cause").search(cause):
        return ""
    return cause if 1 <= len(cause.split()) <= 3 else ""


def _subject_unit(fig: RawFigure, lex: Lexicon) -> str:
    """The figure's unit as part of its subject: none for a percentage, money or a unit of measure, and without its
    scale words ("triệu lượt" -> "lượt")."""
    if fig.unit in ("%",) or lex.re("figures.currency").search(fig.unit):
        return ""
    if fig.unit and fig.unit.split()[-1] in lex.words("figures.measures"):
        return ""
    return lex.re("figures.scale_words").sub("", fig.unit).strip()


def is_realis(clause: str, lex: Lexicon) -> bool:
    """Whether a clause states something already achieved ("17 hiệp định đã ký kết")."""
    return bool(lex.re("figures.realis").search(clause))
