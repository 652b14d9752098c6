"""Write eval/floors.yaml from today's ./bin/eval scores, each rounded down to two decimals. Floors move up only:
a score below its current floor is kept at the floor (and the gate will say so), never lowered here.

Usage: python eval/pin_floors.py [--lower]   (--lower: allow lowering, e.g. when a key is corrected; say why in the
commit)"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import devset  # noqa: E402

HEADER = """# Floors of the development set's scores (./bin/eval --gate, run by .ci/run): CI fails when a score falls below
# its floor. Floors move up only, in the commit that earns the gain (python eval/pin_floors.py); a floor is lowered
# only when the set itself changes (a text added, a key corrected), and that commit says why.
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lower", action="store_true")
    a = ap.parse_args()
    scores = devset.build_report().scores()
    old = {}
    if devset.FLOORS.exists():
        old = (yaml.safe_load(devset.FLOORS.read_text(encoding="utf-8")) or {}).get("floors") or {}
    floors = {}
    for k, v in scores.items():
        new = math.floor(v * 100 + 1e-9) / 100
        floors[k] = new if a.lower or k not in old else max(new, old[k])
    devset.FLOORS.write_text(HEADER + yaml.safe_dump({"floors": floors}, sort_keys=False), encoding="utf-8")
    print(yaml.safe_dump({"floors": floors}, sort_keys=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
