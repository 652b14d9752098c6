"""Score briefgen's extraction on the seed articles against the gold keys in tests/gold.

Prints precision/recall per kind (figures, periods, assignments, assignees, event dates, provinces, chairs).
Matching follows the gold README: figures by value and unit head, assignments by task-word coverage (≥ 60 %).
Usage: python eval/score.py [--seeds DIR] [--gold DIR] [-v]
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefgen.corpus import load_document  # noqa: E402
from briefgen.extract import extract  # noqa: E402
from briefgen.extract.figures import parse_number  # noqa: E402
from briefgen.text import fold_key  # noqa: E402

_QUAL = re.compile(r"^(?:(?:gần|hơn|trên|vượt|khoảng|dưới|đạt|ước đạt|ước|tới|gấp)\s+)+")
_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5}


def toks(s: str | None) -> list[str]:
    return re.findall(r"\w+", fold_key(s or ""))


def cover(a: str | None, b: str | None) -> float:
    ta, tb = toks(a), set(toks(b))
    return sum(t in tb for t in ta) / len(ta) if ta else 0.0


def gold_value(v) -> float | None:
    s = _QUAL.sub("", fold_key(str(v)))
    m = re.match(r"\d[\d.,]*", s)
    if m:
        return parse_number(m.group(0).rstrip(".,"))
    w = s.split(" ")[0]
    return float(_WORDS[w]) if w in _WORDS else None


def unit_ok(gold_unit: str | None, unit: str, text: str) -> bool:
    if not gold_unit:
        return True
    g = toks(gold_unit)
    if not g:
        return gold_unit.strip() in unit + text
    head = " ".join(g[:2]) if g[0] in ("tỷ", "triệu", "nghìn") and len(g) > 1 else g[0]
    return head in " ".join(toks(unit) + toks(text))


@dataclass
class Tally:
    tp: int = 0  # gold items found (recall side)
    pred: int = 0  # predictions that count
    gold: int = 0
    ptp: int | None = None  # predictions that match a gold item, when that differs from tp (one-to-many)

    def _p(self) -> float:
        good = self.tp if self.ptp is None else self.ptp
        return good / self.pred if self.pred else 1.0

    def line(self, name: str) -> str:
        p = self._p()
        r = self.tp / self.gold if self.gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"{name:12} P {p:.2f}  R {r:.2f}  F1 {f:.2f}  ({self.tp}/{self.gold}, predicted {self.pred})"

    @property
    def f1(self) -> float:
        p = self._p()
        r = self.tp / self.gold if self.gold else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0


def score(seeds: Path, gold_dir: Path, verbose: bool = False) -> dict[str, Tally]:
    T = {k: Tally() for k in ("figures", "periods", "assignments", "assignees", "dates", "provinces", "chairs")}
    T["assignments"].ptp = 0
    for gf in sorted(gold_dir.glob("*.gold.yaml")):
        g = yaml.safe_load(gf.read_text(encoding="utf-8"))
        doc = load_document(seeds / g["file"])
        f = extract(doc)
        # figures
        used: set[int] = set()
        ctx = g.get("context_figures") or []
        for gk in g.get("key_figures") or []:
            gv = gold_value(gk["value"])
            for i, p in enumerate(f.figures):
                if (
                    i not in used
                    and gv is not None
                    and abs(gv - p.value) < 1e-6
                    and unit_ok(gk.get("unit"), p.unit, p.text)
                ):
                    used.add(i)
                    T["figures"].tp += 1
                    if gk.get("period"):
                        T["periods"].gold += 1
                        T["periods"].pred += 1
                        want = re.sub(r"\(.*?\)", "", str(gk["period"]))
                        T["periods"].tp += cover(want, p.period) >= 0.6
                    break
        extra = [p for i, p in enumerate(f.figures) if i not in used]
        ctx_hits = sum(any(abs((gold_value(c["value"]) or -1) - p.value) < 1e-6 for c in ctx) for p in extra)
        T["figures"].gold += len(g.get("key_figures") or [])
        T["figures"].pred += len(f.figures) - ctx_hits
        # assignments
        neutral = []
        for key in ("orientations", "proposals", "decisions", "province_activities"):
            for x in g.get(key) or []:
                neutral.append(x.get("content", "") if isinstance(x, dict) else str(x))
        gas = g.get("assignments") or []
        T["assignments"].gold += len(gas)
        for ga in gas:
            best = max(f.assignments, key=lambda a: cover(ga["task"], a.task + " " + a.sentence), default=None)
            if best and cover(ga["task"], best.task + " " + best.sentence) >= 0.6:
                T["assignments"].tp += 1
                if ga.get("assignee"):
                    T["assignees"].gold += 1
                    T["assignees"].pred += 1
                    ok = best.assignee and (
                        cover(best.assignee, ga["assignee"]) >= 0.5 or cover(ga["assignee"], best.assignee) >= 0.5
                    )
                    T["assignees"].tp += bool(ok)
        for a in f.assignments:
            hit = any(cover(ga["task"], a.task) >= 0.5 or cover(a.task, ga["task"]) >= 0.5 for ga in gas)
            neu = any(cover(a.task, n) >= 0.5 or cover(n, a.task) >= 0.5 for n in neutral)
            T["assignments"].pred += hit or not neu
            T["assignments"].ptp += hit
            if verbose and not hit and not neu:
                print(f"  FP {gf.name[:3]}: {a.task[:90]}")
        # dates, provinces, chairs
        T["dates"].gold += 1
        T["dates"].pred += 1
        T["dates"].tp += f.event_date == str(g["event_date"])
        gp = set(g.get("provinces") or [])
        T["provinces"].gold += len(gp)
        T["provinces"].pred += len(f.provinces)
        T["provinces"].tp += len(gp & set(f.provinces))
        if g.get("chair_at_province"):
            name = re.split(r"\s+-\s+|,", g["chair_at_province"])[0].strip()
            T["chairs"].gold += 1
            T["chairs"].pred += 1
            T["chairs"].tp += any(fold_key(c.name) == fold_key(name) for c in f.chairs)
    return T


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "gold")
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    T = score(a.seeds, a.gold, a.v)
    for k, t in T.items():
        print(t.line(k))
    return 0


if __name__ == "__main__":
    sys.exit(main())
