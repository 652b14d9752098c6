"""Every fact that changed between two versions of briefgen, on the seeds, tests/data, eval/dev and a synthetic
sample. Run before a rule lands: the diff should hold only the changes the rule means to make.

Usage:
  python eval/factsdiff.py                 # HEAD against the working tree
  python eval/factsdiff.py --base REV      # REV against the working tree
  python eval/factsdiff.py --synthetic 0   # without the synthetic sample (faster)
Exit 0 whether or not facts changed; the last line counts the changes.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ("seeds", "tests/data", "eval/dev/texts")

# Run inside a checkout (cwd) with its own package on sys.path: prints {relative path: facts summary} as JSON.
_DUMP = r"""
import json, sys
from pathlib import Path
sys.path.insert(0, ".")
from briefgen.corpus import load_document
from briefgen.extract import extract
out = {}
for arg in sys.argv[1:]:
    root = Path(arg)
    files = sorted(p for p in root.rglob("*") if p.suffix.lower() in (".txt", ".html", ".htm", ".docx"))
    for p in files:
        try:
            f = extract(load_document(p))
        except Exception as e:  # a crash is a change worth seeing
            out[str(p.relative_to(root.parent) if root.is_absolute() else p)] = {"error": repr(e)}
            continue
        key = p.name if root.is_absolute() else str(p)
        out[key] = {
            "event_date": f.event_date, "published": f.published, "provinces": f.provinces,
            "central_chair": f.central_chair,
            "chairs": [f"{c.province} | {c.name} | {c.title} | {c.verb}" for c in f.chairs],
            "figures": [f"{x.text} | {x.subject} | {x.period} | {x.scope} | {x.kind}" for x in f.figures],
            "assignments": [f"{a.assigner} -> {a.assignee} | {a.task} | {a.deadline} | {','.join(a.provinces)}"
                            for a in f.assignments],
            "results": [r.text for r in f.results], "proposals": [r.text for r in f.proposals],
            "themes": f.themes,
        }
print(json.dumps(out, ensure_ascii=False))
"""


def dump(checkout: Path, corpora: list[str]) -> dict:
    r = subprocess.run(
        [sys.executable, "-c", _DUMP, *corpora], cwd=checkout, capture_output=True, text=True, check=False
    )
    if r.returncode:
        raise SystemExit(f"facts dump failed in {checkout}:\n{r.stderr[-2000:]}")
    return json.loads(r.stdout)


def diff(old: dict, new: dict) -> list[str]:
    lines = []
    for doc in sorted(set(old) | set(new)):
        a, b = old.get(doc), new.get(doc)
        if a == b:
            continue
        if a is None or b is None:
            lines.append(f"{doc}: {'new document' if a is None else 'document gone'}")
            continue
        lines.append(f"{doc}:")
        for field in sorted(set(a) | set(b)):
            x, y = a.get(field), b.get(field)
            if x == y:
                continue
            if isinstance(x, list) and isinstance(y, list):
                for item in x:
                    if item not in y:
                        lines.append(f"  - {field}: {item}")
                for item in y:
                    if item not in x:
                        lines.append(f"  + {field}: {item}")
            else:
                lines.append(f"  {field}: {x!r} -> {y!r}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default="HEAD", help="the version to compare with (a git revision)")
    ap.add_argument("--synthetic", type=int, default=300, help="synthetic articles to add (0: none)")
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        base = tmp_path / "base"
        subprocess.run(["git", "worktree", "add", "--detach", "-q", str(base), a.base], cwd=ROOT, check=True)
        try:
            corpora = [c for c in CORPORA if (ROOT / c).is_dir()]
            if a.synthetic:
                sys.path.insert(0, str(ROOT / "benchmarks"))
                from corpus_gen import generate

                synth = tmp_path / "synthetic"
                generate(synth, a.synthetic)
                corpora.append(str(synth))
            # the same texts for both sides: the working tree's corpora (a new dev text is not a change of rules)
            absolute = [str(ROOT / c) if not Path(c).is_absolute() else c for c in corpora]
            old = dump(base, absolute)
            new = dump(ROOT, absolute)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(base)], cwd=ROOT, check=False)
    lines = diff(old, new)
    print("\n".join(lines))
    changed = sum(1 for ln in lines if ln.startswith(("  -", "  +", "  ")) and not ln.endswith(":"))
    print(f"{changed} fact lines changed in {sum(1 for ln in lines if not ln.startswith(' '))} of {len(new)} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
