"""Score briefgen's extraction on the seed articles against the gold keys in tests/gold.

Prints precision/recall per kind (figures, periods, directives, assignees, deadlines, event dates, provinces,
chairs), matched as the gold README says (eval/scoring.py). The real-text development set has its own command,
./bin/eval (eval/devset.py).
Usage: python eval/score.py [--seeds DIR] [--gold DIR] [-v]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scoring import KINDS, ROOT, Tally, score_document  # noqa: E402

from briefgen.corpus import load_document  # noqa: E402
from briefgen.extract import extract  # noqa: E402


def score(seeds: Path, gold_dir: Path, verbose: bool = False) -> dict[str, Tally]:
    total = {k: Tally() for k in KINDS}
    for gf in sorted(gold_dir.glob("*.gold.yaml")):
        g = yaml.safe_load(gf.read_text(encoding="utf-8"))
        s = score_document(g["file"], g, extract(load_document(seeds / g["file"])))
        for k in KINDS:
            total[k].add(s.tallies[k])
        if verbose and s.misses:
            print(g["file"])
            print("\n".join(s.misses))
    return total


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "gold")
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    for k, t in score(a.seeds, a.gold, a.v).items():
        print(f"{k:12} P {t.precision:.2f}  R {t.recall:.2f}  F1 {t.f1:.2f}  ({t.tp}/{t.gold}, predicted {t.pred})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
