"""Score briefgen on the real-text development set (eval/dev): extraction per kind, split by text kind and source,
and what a provincial staff member finds in the province's DOCX briefing. `./bin/eval` runs it; `--gate` fails
(exit 1) when a score falls below its floor in eval/floors.yaml.

Usage: ./bin/eval [-v] [--gate] [--json FILE] [--no-users]
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from scoring import (  # noqa: E402
    KINDS,
    OFFICIAL_KINDS,
    DocScore,
    Tally,
    cover,
    current_province,
    score_document,
    toks,
)

DEV = HERE / "dev"
FLOORS = HERE / "floors.yaml"


def load_keys(dev: Path = DEV) -> list[tuple[Path, dict]]:
    """(text path, key) for every key in dev/gold whose text is in dev/texts."""
    out = []
    for gf in sorted((dev / "gold").glob("*.gold.yaml")):
        g = yaml.safe_load(gf.read_text(encoding="utf-8")) or {}
        text = dev / "texts" / str(g.get("file") or "")
        if not text.is_file():
            raise SystemExit(f"{gf}: its text {text} is missing")
        out.append((text, g))
    return out


def source_of(g: dict) -> str:
    """The repository (owner/name) or portal host a text came from."""
    src = str(g.get("source") or "?")
    m = re.match(r"https?://([^/]+)", src)
    if m:
        return m.group(1)
    return src.split(":", 1)[0].split("@", 1)[0]


@dataclass
class Report:
    docs: list[tuple[dict, DocScore]]
    users: dict[str, dict[str, Tally]]
    foreign: list[str] = field(default_factory=list)  # task rows from another province's own documents

    def total(self, pick=lambda g: True) -> dict[str, Tally]:
        t = {k: Tally() for k in KINDS}
        for g, s in self.docs:
            if pick(g):
                for k in KINDS:
                    t[k].add(s.tallies[k])
        return t

    def scores(self) -> dict[str, float]:
        """The figures the gate compares with its floors."""
        t = self.total()
        out = {
            "figures_f1": t["figures"].f1,
            "periods": t["periods"].recall,
            "scope": t["scope"].recall,
            "figure_labels": t["labels"].recall,
            "directives_precision": t["directives"].precision,
            "directives_recall": t["directives"].recall,
            "assignees": t["assignees"].recall,
            "deadlines": t["deadlines"].recall,
            "deadline_precision": t["deadlines"].precision,
            "event_dates": t["event_dates"].recall,
            "issue_dates": t["issue_dates"].recall,
            "provinces_f1": t["provinces"].f1,
            "chairs": t["chairs"].recall,
            "clean_fields": t["clean_fields"].recall,
        }
        if self.users:
            d, dl, fig = Tally(), Tally(), Tally()
            for u in self.users.values():
                d.add(u["directives"])
                dl.add(u["deadlines"])
                fig.add(u["figures"])
            out["user_directives"] = d.recall
            out["user_deadlines"] = dl.recall
            out["user_figures"] = fig.recall
            rows = sum(u["foreign"].gold for u in self.users.values())
            # the share of task rows that are NOT another province's: 1.00 is the target of issue #21
            out["user_not_foreign"] = 1 - len(self.foreign) / rows if rows else 1.0
        return out


def extract_all(keys: list[tuple[Path, dict]]):
    from briefgen.api import load_corpus

    loaded = load_corpus([p for p, _ in keys], None)
    by_path = {Path(f.path).name: f for f in loaded.facts}
    return loaded, by_path


# --- user level: the province's DOCX briefing --------------------------------------------------------------------


def user_keys(keys: list[tuple[Path, dict]], min_directives: int = 2) -> dict[str, dict[str, list]]:
    """Per province: the directives addressed to it (by name, leaders, UBND, agencies, or in a named group) and its
    own key figures, from the per-text keys. Provinces with fewer than min_directives addressed are left out."""
    users: dict[str, dict[str, list]] = defaultdict(lambda: {"directives": [], "figures": []})
    for _, g in keys:
        for a in g.get("assignments") or []:
            # once per province of today: "Bắc Ninh, Bắc Giang" is one directive to today's Bắc Ninh, not two
            for p in dict.fromkeys(current_province(p) for p in a.get("to_provinces") or [] if p != "*"):
                users[p]["directives"].append(a)
        for fg in g.get("key_figures") or []:
            scope = str(fg.get("scope") or "")
            if scope.startswith("province:"):
                users[current_province(scope.split(":", 1)[1].strip())]["figures"].append(fg)
    return {p: u for p, u in sorted(users.items()) if len(u["directives"]) >= min_directives}


def docx_rows(data: bytes) -> list[str]:
    """Each paragraph and each table row of a DOCX, as text (a row's cells joined)."""
    from docx import Document as Docx

    d = Docx(io.BytesIO(data))
    rows = [p.text for p in d.paragraphs if p.text.strip()]
    for t in d.tables:
        for r in t.rows:
            cells = list(dict.fromkeys(c.text for c in r.cells))
            rows.append(" | ".join(cells))
    return rows


def foreign_rows(b, keys_by_name: dict[str, dict], province: str) -> list[str]:
    """Task rows of a province's briefing that are another province's: the key directive matching the row is
    addressed to named provinces, this one not among them (nor all localities); or, with no key directive matching,
    the row comes from an official text another province issued. A national order reported on another province's
    portal, naming this one or no province, is not counted."""
    paths = {s.number: Path(s.path).name for s in b.sources}
    out = []
    for a in b.all_actions():
        for c in a.citations:
            g = keys_by_name.get(paths.get(c.source, ""))
            if g is None:
                continue
            # the key directive closest to the row (several may share its words: a storm dispatch's items)
            best = max(
                g.get("assignments") or [],
                key=lambda k: (cover(k.get("task"), a.task), cover(a.task, k.get("task"))),
                default=None,
            )
            named = [best] if best is not None and cover(best.get("task"), a.task) >= 0.6 else []
            to = [str(p) for k in named for p in k.get("to_provinces") or []]
            home = g.get("home_province")
            if named:
                foreign = bool(to) and not any(p == "*" or current_province(p) == province for p in to)
            else:
                foreign = g.get("kind") in OFFICIAL_KINDS and bool(home) and current_province(str(home)) != province
            if foreign:
                out.append(f"{province}: [{g.get('file')}] {a.task[:90]}")
            break
    return out


def _no_leading_zeros(text: str) -> str:
    """A count written "08 người" in the source is shown "8 người": the same number (the figure table formats
    values; "08" is how official texts pad them)."""
    return re.sub(r"(?<![\d,.])0+(?=\d)", "", text)


def score_users(
    loaded,
    users: dict[str, dict[str, list]],
    keys_by_name: dict[str, dict] | None = None,
    foreign_out: list[str] | None = None,
) -> dict[str, dict[str, Tally]]:
    from briefgen.api import build_briefing, resolve_target
    from briefgen.config import make_job
    from briefgen.gazetteer import UnknownProvince
    from briefgen.periods import ALL
    from briefgen.render import render_all

    job = make_job({}, "<eval>")
    out: dict[str, dict[str, Tally]] = {}
    for province, want in users.items():
        try:
            target = resolve_target(province, None)
        except UnknownProvince:
            continue
        b = build_briefing(loaded, target, ALL, job, date(2026, 11, 27))
        rows = docx_rows(render_all(b, ["docx"], job.templates)["docx"])
        t = {"directives": Tally(), "deadlines": Tally(), "figures": Tally(), "foreign": Tally()}
        foreign = foreign_rows(b, keys_by_name or {}, province)
        t["foreign"].gold = len(b.all_actions())
        t["foreign"].tp = len(foreign)
        if foreign_out is not None:
            foreign_out.extend(foreign)
        for a in want["directives"]:
            t["directives"].gold += 1
            # the row that holds the key task best, and of those the one closest to it alone: not the first row that
            # passes (a source's title row, or the six-monthly report row above the annual one)
            best = max(rows, key=lambda r: (cover(a["task"], r), cover(r, a["task"])), default=None)
            hit = best if best is not None and cover(a["task"], best) >= 0.6 else None
            t["directives"].tp += hit is not None
            if a.get("deadline"):
                t["deadlines"].gold += 1
                # a citation's number ("[15]") is no day of a deadline ("trước ngày 15/12")
                cell = re.sub(r"\[\d+(?:\s*,\s*\d+)*\]", " ", hit) if hit is not None else None
                t["deadlines"].tp += cell is not None and cover(a["deadline"], cell) >= 0.6
        shown = [_no_leading_zeros(r) for r in rows]
        for fg in want["figures"]:
            t["figures"].gold += 1
            value = _no_leading_zeros(str(fg.get("value") or ""))
            unit = toks(fg.get("unit"))[:1]
            t["figures"].tp += any(value in r and all(u in toks(r) for u in unit) for r in shown)
        out[province] = t
    return out


# --- report ------------------------------------------------------------------------------------------------------


def build_report(dev: Path = DEV, users: bool = True) -> Report:
    keys = load_keys(dev)
    loaded, by_path = extract_all(keys)
    from briefgen.extract.facts import DocumentFacts

    docs = []
    for path, g in keys:
        f = by_path.get(path.name) or DocumentFacts("", str(path), None, None, None, None, [], [], None)
        docs.append((g, score_document(path.name, g, f)))
    by_name = {p.name: g for p, g in keys}
    foreign: list[str] = []
    scored = score_users(loaded, user_keys(keys), by_name, foreign) if users else {}
    return Report(docs, scored, foreign)


def _line(name: str, t: dict[str, Tally], n: int) -> str:
    d = t["directives"]
    cells = [
        f"{name[:28]:28} {n:3}",
        f"{t['figures'].precision:.2f}/{t['figures'].recall:.2f}",
        f"{t['periods'].recall:.2f}",
        f"{t['scope'].recall:.2f}",
        f"{d.precision:.2f}/{d.recall:.2f} ({d.tp}/{d.gold})",
        f"{t['assignees'].recall:.2f}",
        f"{t['deadlines'].precision:.2f}/{t['deadlines'].recall:.2f}",
        f"{t['event_dates'].tp}/{t['event_dates'].gold}",
        f"{t['issue_dates'].tp}/{t['issue_dates'].gold}",
        f"{t['provinces'].precision:.2f}/{t['provinces'].recall:.2f}",
        f"{t['chairs'].tp}/{t['chairs'].gold}",
    ]
    return "  ".join(cells)


HEADER = f"{'':28} {'n':>3}  fig P/R    per   scope directives P/R (found)  asgn  dl P/R       ev.date issue  prov P/R   chairs"


def print_report(r: Report, verbose: bool = False) -> None:
    print(
        "Extraction on eval/dev (P/R = precision/recall; per, scope, asgn: right among matched items; dl: deadlines "
        "of matched directives)"
    )
    print(HEADER)
    print(_line("ALL", r.total(), len(r.docs)))
    print("by kind of text:")
    for kind in sorted({str(g.get("kind")) for g, _ in r.docs}):
        n = sum(1 for g, _ in r.docs if str(g.get("kind")) == kind)
        print(_line("  " + kind, r.total(lambda g, k=kind: str(g.get("kind")) == k), n))
    print("by source:")
    for src in sorted({source_of(g) for g, _ in r.docs}):
        n = sum(1 for g, _ in r.docs if source_of(g) == src)
        print(_line("  " + src, r.total(lambda g, s=src: source_of(g) == s), n))
    if r.users:
        print(
            "\nUser level: the province's DOCX briefing (directive found in one paragraph/row; its deadline there too)"
        )
        for p, t in r.users.items():
            d, dl, fg, fo = t["directives"], t["deadlines"], t["figures"], t["foreign"]
            print(
                f"  {p:22} directives {d.tp:3}/{d.gold:<3} ({d.recall:.2f})  with deadline {dl.tp}/{dl.gold}"
                f"  own figures {fg.tp}/{fg.gold}  another province's {fo.tp}/{fo.gold}"
            )
        if verbose and r.foreign:
            print("\nTask rows from another province's own documents:")
            print("\n".join("  " + f for f in r.foreign))
    if verbose:
        for _, s in r.docs:
            if s.misses:
                print(f"\n{s.name}")
                print("\n".join(s.misses))
    print("\nscores: " + "  ".join(f"{k}={v:.2f}" for k, v in r.scores().items()))


def sources_markdown(keys: list[tuple[Path, dict]]) -> str:
    """eval/dev/SOURCES.md: each text with its kind, where its bytes came from, its portal address when known, and
    who annotated and reviewed its key."""
    lines = [
        "# Sources of the development set",
        "",
        "Generated by `./bin/eval --sources` from the keys. Every text is kept byte for byte as found in the",
        "repository named (the stored copy of public repositories reachable from this workplace); none is in",
        "../shared/reserved.txt.",
        "",
        "| text | kind | source (repository:path@commit) | original address | key by | second read |",
        "|---|---|---|---|---|---|",
    ]
    for path, g in keys:
        lines.append(
            f"| {path.name} | {g.get('kind')} | {g.get('source')} | {g.get('original_url') or '—'} | "
            f"{g.get('annotator') or '—'} | {g.get('reviewed_by') or '—'} |"
        )
    return "\n".join(lines)


def gate(scores: dict[str, float], floors: dict[str, float]) -> list[str]:
    """Scores below their floor, as readable lines (empty: the gate passes)."""
    return [
        f"{k}: {scores.get(k, 0.0):.3f} < floor {v:.3f}" for k, v in floors.items() if scores.get(k, 0.0) < v - 1e-9
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", action="store_true", help="list every miss per text")
    ap.add_argument("--gate", action="store_true", help="exit 1 when a score is below its floor (eval/floors.yaml)")
    ap.add_argument("--json", type=Path, help="write the scores to this file")
    ap.add_argument("--no-users", action="store_true", help="skip the user-level (DOCX) scores")
    ap.add_argument("--sources", action="store_true", help="print the set's sources as Markdown (SOURCES.md) and stop")
    a = ap.parse_args(argv)
    if a.sources:
        print(sources_markdown(load_keys()))
        return 0
    r = build_report(users=not a.no_users)
    print_report(r, a.v)
    scores = r.scores()
    if a.json:
        a.json.write_text(json.dumps(scores, indent=1), encoding="utf-8")
    if a.gate:
        floors = (yaml.safe_load(FLOORS.read_text(encoding="utf-8")) or {}).get("floors") or {}
        if a.no_users:
            floors = {k: v for k, v in floors.items() if not k.startswith("user_")}
        below = gate(scores, floors)
        if below:
            print("GATE FAILS — scores below their floors (eval/floors.yaml):")
            print("\n".join("  " + b for b in below))
            return 1
        print(f"gate passes: {len(floors)} scores at or above their floors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
