"""What the heading parser reads in each official text of eval/dev, beside its key: issuer, number, kind, subject,
issue date and the title it composes. A line per field that differs ("≠"), so a change to the parser can be read
text by text (issue #19).

Usage: PYTHONPATH=. python eval/headings.py [-a] [NAME ...]   (-a: every field, also those that agree)
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from devset import load_keys  # noqa: E402
from scoring import OFFICIAL_KINDS  # noqa: E402

MARKUP = set("*|#_`[]")


def _norm(s: object) -> str:
    """A field as compared: NFC, case and spacing ignored, "Số:" and the trailing dot left out."""
    t = unicodedata.normalize("NFC", str(s or "")).casefold()
    return " ".join(t.replace("–", "-").split()).strip(" .")


def read(path: Path) -> dict[str, str | None]:
    from briefgen.corpus import _sanitised, build_document
    from briefgen.corpus.clean import official_heading
    from briefgen.corpus.readers import read_article

    raw = path.read_bytes()
    doc = build_document(path, raw)
    h = official_heading(_sanitised(read_article(path, raw)).lines)
    return {
        "issuer": doc.issuer,
        "number": h.number if h else None,
        "doc_type": h.kind.upper() if h and h.kind else None,
        "subject": h.subject if h else None,
        "issue_date": doc.published.isoformat() if doc.published else None,
        "title": doc.title,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-a", "--all", action="store_true", help="print every field, also those that agree")
    ap.add_argument("names", nargs="*", help="only texts whose file name holds one of these")
    args = ap.parse_args(argv)
    right = {k: 0 for k in ("issuer", "number", "doc_type", "subject", "issue_date")}
    n = markup = 0
    for path, g in load_keys():
        if not (g.get("issue_date") or g.get("kind") in OFFICIAL_KINDS):
            continue
        if args.names and not any(x in path.name for x in args.names):
            continue
        n += 1
        got = read(path)
        lines = []
        for k in right:
            ok = _norm(got[k]) == _norm(g.get(k))
            ok = ok or (k == "number" and _norm(got[k]).replace(" ", "") == _norm(g.get(k)).replace(" ", ""))
            right[k] += ok
            if args.all or not ok:
                lines.append(f"  {'=' if ok else '≠'} {k}: {got[k]!r}" + ("" if ok else f"  (key {g.get(k)!r})"))
        dirty = [k for k, v in got.items() if v and MARKUP & set(v)]
        markup += bool(dirty)
        if dirty:
            lines.append(f"  ≠ markup in {', '.join(dirty)}")
        if lines or args.all:
            print(f"{path.name}  [{g.get('kind')}]  title: {got['title']!r}")
            print("\n".join(lines))
    print(f"\n{n} texts: " + ", ".join(f"{k} {v}/{n}" for k, v in right.items()) + f"; markup in {markup}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
