"""How the theme lexicon (config/themes.yaml) meets real texts: per theme, the development-set texts and sentences
its keywords match, and a reproducible sample of matched sentences to read for false matches.

Usage: python eval/themes.py [--sample N] [--theme NAME] [--seed S]
Run it before and after a lexicon change (on a checkout of each) and compare.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from devset import DEV, load_keys  # noqa: E402


def theme_sentences(dev: Path = DEV) -> dict[str, list[tuple[str, str]]]:
    """Theme name -> (text file, sentence) for every sentence of the set that the theme's keywords match."""
    from briefgen.corpus import build_document
    from briefgen.extract import sentences_of
    from briefgen.extract.themes import load_themes, themes_of
    from briefgen.lexicon import load_lexicon

    lex = load_lexicon()
    out: dict[str, list[tuple[str, str]]] = {t.name: [] for t in load_themes()}
    for path, _ in load_keys(dev):
        doc = build_document(path, path.read_bytes())
        for s in sentences_of(doc):
            text = doc.text[s.start : s.end]
            for name in themes_of(text, lex):
                out[name].append((path.name, " ".join(text.split())))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=0, help="sentences to print per theme")
    ap.add_argument("--theme", help="only this theme")
    ap.add_argument("--seed", type=int, default=21)
    args = ap.parse_args(argv)
    found = theme_sentences()
    print(f"{'theme':28} texts  sentences")
    for name, rows in found.items():
        if args.theme and name != args.theme:
            continue
        print(f"{name[:28]:28} {len({f for f, _ in rows}):5}  {len(rows):9}")
        if args.sample:
            for f, s in random.Random(args.seed).sample(rows, min(args.sample, len(rows))):
                print(f"    {f}: {s[:220]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
