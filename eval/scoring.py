"""How a document's extracted facts are matched against its hand-made key; shared by the seeds' score
(eval/score.py) and the development set's (eval/devset.py).

Matching follows the gold README (../shared/gold/README.md): figures by numeric value and unit head, directives by
task-word coverage (≥ 60 % of a key task's words found in one extracted task or its sentence), assignees and
deadlines by word coverage, provinces as the unit that holds them now (a 2024 text on Vĩnh Phúc is right as Vĩnh
Phúc or Phú Thọ).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from briefgen.extract.facts import DocumentFacts  # noqa: E402
from briefgen.extract.figures import parse_number  # noqa: E402
from briefgen.gazetteer import UnknownProvince, load_gazetteer  # noqa: E402
from briefgen.text import fold_key  # noqa: E402

_QUAL = re.compile(r"^(?:(?:gần|hơn|trên|vượt|khoảng|dưới|đạt|ước đạt|ước|tới|gấp|xấp xỉ|chỉ|còn)\s+)+")
_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
# What a text says that a directive may be mistaken for, and that is no error to extract as one: a request upward or to a
# partner, what a province did or focuses on. Views, aims without an addressee ("orientations") and what a document
# decides or sets as a condition ("decisions") are not: a briefing that lists them as tasks is wrong (#21 reviews).
_MARKUP = re.compile(r"\*\*|\||(?<!\w)#{1,6}\s|\[\[|\]\(|---|__")
NEUTRAL_KEYS = ("proposals", "province_activities", "province_focus")
OFFICIAL_KINDS = ("tbkl", "cd", "ct", "kh", "cv", "nq")


def toks(s: str | None) -> list[str]:
    return re.findall(r"\w+", fold_key(s or ""))


def cover(a: str | None, b: str | None) -> float:
    """Share of a's words found in b."""
    ta, tb = toks(a), set(toks(b))
    return sum(t in tb for t in ta) / len(ta) if ta else 0.0


def label_right(label: str, what: str) -> bool:
    """Whether a figure's label names what the key says it counts: most of its words are the key's (no torn clause,
    no neighbour's words) and it holds a quarter of the key's (not a bare unit, "kế hoạch", "so với"). A proxy: keys
    describe in their own words, so a right label can fail it; read the "label:" lines, don't tune to them."""
    return cover(label, what) >= 0.5 and cover(what, label) >= 0.25


def gold_value(v) -> float | None:
    s = _QUAL.sub("", fold_key(str(v)))
    m = re.match(r"\d[\d.,]*", s)
    if m:
        try:
            return parse_number(m.group(0).rstrip(".,"))
        except (ValueError, ArithmeticError):
            return None
    w = s.split(" ")[0] if s else ""
    return float(_WORDS[w]) if w in _WORDS else None


def unit_ok(gold_unit: str | None, unit: str, text: str) -> bool:
    if not gold_unit:
        return True
    g = toks(gold_unit)
    if not g:
        return gold_unit.strip() in unit + text
    head = " ".join(g[:2]) if g[0] in ("tỷ", "triệu", "nghìn", "ngàn") and len(g) > 1 else g[0]
    return head in " ".join(toks(unit) + toks(text))


def current_province(name: str) -> str:
    """The unit that holds a province now; names the gazetteer does not know are kept as written."""
    try:
        return load_gazetteer().resolve(unicodedata.normalize("NFC", str(name))).province.name
    except UnknownProvince:
        return str(name).strip()


def chair_name(s: str | None) -> str | None:
    return re.split(r"\s+-\s+|,", str(s))[0].strip() if s else None


@dataclass
class Tally:
    """tp: key items found; gold: key items; pred: predictions that count; ptp: predictions matching a key item
    when that differs from tp (one prediction may cover several key items, or the reverse)."""

    tp: int = 0
    gold: int = 0
    pred: int = 0
    ptp: int | None = None

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.gold += other.gold
        self.pred += other.pred
        if other.ptp is not None:
            self.ptp = (self.ptp or 0) + other.ptp

    @property
    def precision(self) -> float:
        good = self.tp if self.ptp is None else self.ptp
        return good / self.pred if self.pred else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


KINDS = (
    "figures",
    "periods",
    "scope",
    "labels",
    "directives",
    "assignees",
    "deadlines",
    "event_dates",
    "issue_dates",
    "provinces",
    "chairs",
    "clean_fields",
)


@dataclass
class DocScore:
    name: str
    tallies: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in KINDS})
    misses: list[str] = field(default_factory=list)  # readable lines for -v


def _scope_right(want: str, got: str) -> bool | None:
    """None where the key's scope is neither a province nor the nation (a ministry, a region: not scored)."""
    w = str(want).strip()
    if w.startswith("province:"):
        return current_province(got) == current_province(w.split(":", 1)[1].strip()) if got else False
    if w == "national":
        return got == "quốc gia"
    return None


def _same_day(s: DocScore, kind: str, want: str, got: str | None) -> None:
    t = s.tallies[kind]
    t.gold += 1
    t.pred += 1
    ok = str(got or "")[:10] == want
    t.tp += ok
    if not ok:
        s.misses.append(f"  {kind.replace('_', ' ')[:-1]}: want {want} got {got}")


def score_document(name: str, g: dict, f: DocumentFacts) -> DocScore:
    s = DocScore(name)
    T = s.tallies
    # figures: value and unit head; a prediction matching a context figure is not a false positive
    used: set[int] = set()
    for gk in g.get("key_figures") or []:
        gv = gold_value(gk.get("value"))
        hit = None
        for i, p in enumerate(f.figures):
            if i not in used and gv is not None and abs(gv - p.value) <= 1e-6 * max(1.0, abs(gv)):
                if unit_ok(gk.get("unit"), p.unit, p.text):
                    hit = i
                    break
        T["figures"].gold += 1
        if hit is None:
            s.misses.append(f"  figure missed: {gk.get('value')} {gk.get('unit') or ''} — {gk.get('what', '')}")
            continue
        used.add(hit)
        p = f.figures[hit]
        T["figures"].tp += 1
        if gk.get("period"):
            T["periods"].gold += 1
            T["periods"].pred += 1
            ok = cover(re.sub(r"\(.*?\)", "", str(gk["period"])), p.period or "") >= 0.6
            T["periods"].tp += ok
            if not ok:
                s.misses.append(f"  period: {gk.get('value')} want '{gk['period']}' got '{p.period}'")
        if gk.get("what"):
            T["labels"].gold += 1
            T["labels"].pred += 1
            named = label_right(p.subject, str(gk["what"]))
            T["labels"].tp += named
            if not named:
                s.misses.append(f"  label: {gk.get('value')} want '{gk['what']}' got '{p.subject}'")
        right = _scope_right(gk.get("scope") or "", p.scope) if gk.get("scope") else None
        if right is not None:
            T["scope"].gold += 1
            T["scope"].pred += 1
            T["scope"].tp += right
            if not right:
                s.misses.append(f"  scope: {gk.get('value')} want '{gk['scope']}' got '{p.scope}'")
    ctx = g.get("context_figures") or []
    extra = [p for i, p in enumerate(f.figures) if i not in used]
    ctx_hits = sum(
        any(abs((gold_value(c.get("value")) or -1) - p.value) < 1e-6 for c in ctx if isinstance(c, dict)) for p in extra
    )
    T["figures"].pred += len(f.figures) - ctx_hits

    # directives
    neutral = []
    for key in NEUTRAL_KEYS:
        for x in g.get(key) or []:
            if isinstance(x, dict):
                neutral.append(str(x.get("content") or x.get("task") or x.get("text") or x.get("activity") or ""))
            else:
                neutral.append(str(x))
    gas = [a for a in g.get("assignments") or [] if isinstance(a, dict) and a.get("task")]
    T["directives"].gold += len(gas)
    T["directives"].ptp = 0
    texts = [a.task + " " + a.sentence for a in f.assignments]
    for ga in gas:
        # ties (a plan's task in its body and in its annex table; two tasks of one sentence) go to the extracted task
        # whose own words are closest to the key's, not to the first
        best = max(
            range(len(texts)),
            key=lambda i: (
                cover(ga["task"], texts[i]),
                cover(ga["task"], f.assignments[i].task),
                cover(f.assignments[i].task, ga["task"]),
            ),
            default=None,
        )
        if best is None or cover(ga["task"], texts[best]) < 0.6:
            s.misses.append(f"  directive missed: [{ga.get('assignee')}] {str(ga['task'])[:100]}")
            continue
        T["directives"].tp += 1
        a = f.assignments[best]
        if ga.get("assignee"):
            T["assignees"].gold += 1
            T["assignees"].pred += 1
            ok = bool(a.assignee) and (
                cover(a.assignee, ga["assignee"]) >= 0.5 or cover(ga["assignee"], a.assignee) >= 0.5
            )
            T["assignees"].tp += ok
            if not ok:
                s.misses.append(f"  assignee: want '{ga['assignee']}' got '{a.assignee}' — {str(ga['task'])[:60]}")
        if "deadline" not in ga:  # keys that do not annotate deadlines (the seeds')
            continue
        # deadlines: recall over matched key directives that have one; precision over matched extracted
        # directives that give one ("khẩn trương", "ngay" are urgency: a deadline where the key has none is wrong)
        want = ga.get("deadline")
        ok = bool(want) and cover(want, a.deadline or "") >= 0.6
        if want:
            T["deadlines"].gold += 1
            T["deadlines"].tp += ok
        if a.deadline:
            T["deadlines"].pred += 1
            T["deadlines"].ptp = (T["deadlines"].ptp or 0) + ok
        if (want or a.deadline) and not ok:
            s.misses.append(f"  deadline: want '{want}' got '{a.deadline}' — {str(ga['task'])[:60]}")
    for a in f.assignments:
        hit = any(cover(ga["task"], a.task) >= 0.5 or cover(a.task, ga["task"]) >= 0.5 for ga in gas)
        neu = any(cover(a.task, n) >= 0.5 or cover(n, a.task) >= 0.5 for n in neutral)
        T["directives"].pred += hit or not neu
        T["directives"].ptp += hit
        if not hit and not neu:
            s.misses.append(f"  directive extra: [{a.assignee}] {a.task[:100]}")

    # no markup in what a user reads (#19): crawl debris ("**", "|", "---", "[[", "](") in a task, an addressee, an
    # assigner, a deadline or a figure's label
    for written in [x for a in f.assignments for x in (a.task, a.assignee, a.assigner, a.deadline)] + [
        p.subject for p in f.figures
    ]:
        T["clean_fields"].gold += 1
        T["clean_fields"].pred += 1
        if written and _MARKUP.search(written):
            s.misses.append(f"  markup: {written[:100]}")
        else:
            T["clean_fields"].tp += 1

    # dates: only those the text itself gives; issue dates of official texts
    basis = str(g.get("event_date_basis") or "text")
    if g.get("event_date") and basis.startswith("text"):
        _same_day(s, "event_dates", str(g["event_date"]), f.event_date)
    if g.get("issue_date") and g.get("kind") in OFFICIAL_KINDS:
        _same_day(s, "issue_dates", str(g["issue_date"]), f.published)

    # provinces, chairs
    gp = {current_province(x) for x in g.get("provinces") or []}
    pp = {current_province(x) for x in f.provinces}
    T["provinces"].gold += len(gp)
    T["provinces"].pred += len(pp)
    T["provinces"].tp += len(gp & pp)
    if gp != pp:
        s.misses.append(f"  provinces: want {sorted(gp)} got {sorted(pp)}")
    cn = chair_name(g.get("chair_at_province"))
    if cn:
        T["chairs"].gold += 1
        T["chairs"].pred += 1
        names = " | ".join(fold_key(c.name) for c in f.chairs)
        ok = fold_key(cn) in names
        T["chairs"].tp += ok
        if not ok:
            s.misses.append(f"  chair: want '{cn}' got {[c.name for c in f.chairs]}")
    return s
