"""Speed figures, printed as one table beside their floors and targets (never asserted in tests).

Rows:
- parse + extract of the seed articles themselves (seed-sized), per core, beside reading the same bytes;
- for each corpus size N (synthetic, benchmarks/corpus_gen.py): cold ingest into the store, an unchanged re-run,
  the weekly province and theme queries, peak RSS — each N in its own process so its RSS is its own;
- cold `briefgen --province "Lai Châu"` (PDF + DOCX) beside a cold one-page WeasyPrint render (the floor);
- warm PDF and DOCX renders of that briefing;
- `briefgen --all-provinces` for one week of the largest corpus (34 briefings, PDF + DOCX).

Usage: .venv/bin/python benchmarks/bench.py [--sizes 1000,10000,100000] [--work DIR]
A generated corpus is kept in --work (default /tmp/briefgen-bench) and reused by later runs.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

WEEK = "2026-W03"  # the last complete week of the generated corpora (corpus_gen.END is its Sunday)


def timed(fn, *a, **k):
    t = time.perf_counter()
    r = fn(*a, **k)
    return time.perf_counter() - t, r


def bench_extract(min_seconds: float = 3.0) -> dict:
    """Parse + extract the seeds, repeated until min_seconds have passed, in this one process (one core)."""
    from briefgen.corpus import build_document
    from briefgen.extract import extract

    files = sorted((ROOT / "seeds").glob("*.txt"))
    raw = [f.read_bytes() for f in files]
    for f, b in zip(files, raw, strict=True):  # warm lexicons and caches once
        extract(build_document(f, b))
    n = size = 0
    t0 = time.perf_counter()
    t_parse = 0.0
    while time.perf_counter() - t0 < min_seconds:
        for f, b in zip(files, raw, strict=True):
            t = time.perf_counter()
            doc = build_document(f, b)
            t_parse += time.perf_counter() - t
            extract(doc)
            n += 1
            size += len(b)
    elapsed = time.perf_counter() - t0
    t_read, _ = timed(lambda: [f.read_bytes() for f in files])
    return {
        "n": n,
        "per_s": n / elapsed,
        "mb_s": size / elapsed / 1e6,
        "parse_share": t_parse / elapsed,
        "avg_kb": size / n / 1000,
        "read_ms_per_article": t_read / len(files) * 1000,
    }


def store_for(work: Path, n: int) -> Path:
    return work / f"store-{n}.sqlite"


def child_size(corpus: Path, n: int, store: Path) -> dict:
    """Ingest (into a new store, kept for the batch), re-run and query one corpus in this (fresh) process."""
    from briefgen.api import build_briefing, load_corpus, resolve_target
    from briefgen.config import make_job
    from briefgen.periods import parse_week

    files = sorted(corpus.rglob("*.txt"))
    mb = sum(f.stat().st_size for f in files) / 1e6
    t_read, _ = timed(lambda: sum(len(f.read_bytes()) for f in files))
    for old in store.parent.glob(store.name + "*"):
        old.unlink()
    t_cold, cold = timed(load_corpus, [corpus], store)
    cold._store.close()
    t_warm, warm = timed(load_corpus, [corpus], store)
    job = make_job({}, "<bench>")
    span = parse_week(WEEK)
    today = date(2026, 1, 19)
    build_briefing(warm, resolve_target("Phú Thọ", None), span, job, today)  # first query warms the page cache
    t_q, b = timed(build_briefing, warm, resolve_target("Lai Châu", None), span, job, today)
    t_t, bt = timed(build_briefing, warm, resolve_target(None, "KHCN"), span, job, today)
    warm._store.close()  # checkpoints the WAL into the file the batch row copies
    store_mb = store.stat().st_size / 1e6
    return {
        "n": n,
        "mb": mb,
        "read_s": t_read,
        "cold_s": t_cold,
        "parsed": cold.parsed,
        "errors": len(cold.errors),
        "warm_s": t_warm,
        "reused": warm.reused,
        "query_ms": t_q * 1000,
        "query_sources": len(b.sources),
        "theme_ms": t_t * 1000,
        "theme_sources": len(bt.sources),
        "store_mb": store_mb,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def corpus_for(work: Path, n: int) -> Path:
    from corpus_gen import VERSION, generate

    folder = work / f"corpus-{n}"
    done = folder / ".complete"  # holds the generator's version: a corpus of an older generator is made again
    if not done.exists() or done.read_text() != VERSION:
        shutil.rmtree(folder, ignore_errors=True)
        generate(folder, n)
        done.write_text(VERSION)
    return folder


def cold_cli(py: str) -> tuple[float, float]:
    floor_script = (
        "from weasyprint import HTML; HTML(string='<html><body><p>Báo cáo</p></body></html>').write_pdf('/tmp/f.pdf')"
    )
    floors, clis = [], []
    for _ in range(3):  # best of three: the VM's noise is one-sided
        t_floor, _ = timed(subprocess.run, [py, "-c", floor_script], check=True)
        with tempfile.TemporaryDirectory() as out:
            cli = [str(Path(py).parent / "briefgen"), "--province", "Lai Châu", "--out", out]
            t_cli, _ = timed(subprocess.run, [*cli, "--format", "pdf,docx", "--quiet"], check=True)
        floors.append(t_floor)
        clis.append(t_cli)
    return min(clis), min(floors)


def pdf_pages(pdf: bytes) -> int:
    """Pages of a PDF whose objects may sit in compressed object streams (WeasyPrint writes PDF 1.7 that way)."""
    count = 0
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.DOTALL):
        try:
            body = zlib.decompress(m.group(1))
        except zlib.error:
            continue
        count += len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", body))
    return count + len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def warm_renders() -> tuple[float, float, int]:
    from briefgen.api import build_briefing, load_corpus, resolve_target
    from briefgen.config import make_job
    from briefgen.periods import ALL
    from briefgen.render import render_all

    loaded = load_corpus([ROOT / "seeds"], None)
    b = build_briefing(loaded, resolve_target("Lai Châu", None), ALL, make_job({}, "<bench>"), date(2026, 1, 20))
    views = render_all(b, ["pdf", "docx"])
    t_pdf = min(timed(render_all, b, ["pdf"])[0] for _ in range(3))
    t_docx = min(timed(render_all, b, ["docx"])[0] for _ in range(3))
    pages = pdf_pages(views["pdf"])
    return t_pdf, t_docx, pages


def batch(py: str, corpus: Path, store: Path) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as out:
        # the Monday run finds the week's articles ingested: the store the ingest row filled, then one warm-up run
        (Path(out) / ".briefgen").mkdir()
        shutil.copyfile(store, Path(out) / ".briefgen" / "store.sqlite")
        cmd = [str(Path(py).parent / "briefgen"), "--all-provinces", "--week", WEEK, "--corpus", str(corpus)]
        cmd += ["--out", out, "--format", "pdf,docx", "--quiet", "--today", "2026-01-19"]
        subprocess.run(cmd, check=True)
        for f in Path(out).rglob("bao-cao-*"):
            f.unlink()
        for f in Path(out).rglob(".manifest*"):
            f.unlink()
        t, _ = timed(subprocess.run, cmd, check=False)
        files = len([f for f in Path(out).rglob("bao-cao-*") if f.suffix in (".pdf", ".docx")])
    return t, files


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000", help="corpus sizes, comma-separated (100000 takes minutes)")
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "briefgen-bench")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    a = ap.parse_args()
    a.work.mkdir(parents=True, exist_ok=True)
    if a.child:
        print(json.dumps(child_size(corpus_for(a.work, a.child), a.child, store_for(a.work, a.child))))
        return 0

    py = sys.executable
    rows = []
    x = bench_extract()
    rows.append(
        (
            "parse+extract, seed articles (1 core)",
            f"{x['per_s']:,.0f} articles/s, {x['mb_s']:.2f} MB/s",
            f"read: {x['read_ms_per_article']:.2f} ms/article; {x['avg_kb']:.1f} kB avg; parse {x['parse_share']:.0%}",
            "≥ 1,000 articles/s",
        )
    )
    sizes = [int(s) for s in a.sizes.split(",") if s]
    results = []
    for n in sizes:
        corpus_for(a.work, n)
        out = subprocess.run([py, __file__, "--child", str(n), "--work", str(a.work)], capture_output=True, text=True)
        if out.returncode:
            print(out.stderr, file=sys.stderr)
            return 1
        r = json.loads(out.stdout.strip().splitlines()[-1])
        results.append(r)
        k = f"{n:,}"
        rows.append(
            (
                f"ingest {k} (cold, 1 core)",
                f"{r['cold_s']:.1f} s: {n / r['cold_s']:,.0f} articles/s, {r['mb'] / r['cold_s']:.2f} MB/s",
                f"reading the bytes {r['read_s']:.2f} s; store {r['store_mb']:.0f} MB",
                "≥ 1,000 articles/s",
            )
        )
        rows.append(
            (
                f"unchanged re-run {k}",
                f"{r['warm_s']:.2f} s ({100 * r['warm_s'] / r['cold_s']:.1f} % of cold)",
                f"{r['reused']:,} reused by stat()",
                "≤ 5 % of cold",
            )
        )
        rows.append(
            (
                f"province query {k} (week)",
                f"{r['query_ms']:.0f} ms",
                f"{r['query_sources']} sources; theme KHCN {r['theme_ms']:.0f} ms ({r['theme_sources']} sources)",
                "≤ 200 ms",
            )
        )
        rows.append((f"peak RSS {k}", f"{r['rss_mb']:.0f} MB", "ingest + queries, own process", "≤ 300 MB"))

    t_cli, t_floor = cold_cli(py)
    rows.append(
        (
            "cold briefgen --province (PDF+DOCX)",
            f"{t_cli:.2f} s ({t_cli / t_floor:.2f}× floor)",
            f"floor: cold one-page WeasyPrint {t_floor:.2f} s",
            f"≤ 1.3× floor = {1.3 * t_floor:.2f} s",
        )
    )
    t_pdf, t_docx, pages = warm_renders()
    rows.append(("PDF render (warm)", f"{t_pdf:.2f} s", f"{pages} pages, seeds' Lai Châu briefing", ""))
    rows.append(("DOCX render (warm)", f"{t_docx:.2f} s", "same briefing", ""))
    if sizes:
        t_b, n_files = batch(py, corpus_for(a.work, max(sizes)), store_for(a.work, max(sizes)))
        rows.append(
            (
                f"34-province batch, {WEEK} of {max(sizes):,}",
                f"{t_b:.1f} s",
                f"{n_files} PDF+DOCX files, {os.cpu_count()} cores",
                "≤ 10 s",
            )
        )
    w = [max(len(r[i]) for r in rows) for i in range(4)]
    for r in [("what", "measured", "beside", "target"), *rows]:
        print("  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
