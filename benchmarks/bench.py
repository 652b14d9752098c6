"""Speed figures, printed as one table (never asserted in tests).

Rows: extraction of seed-sized articles (articles/s per core), unchanged re-run (stat only), province briefing
query, cold CLI run (PDF+DOCX) against a cold minimal WeasyPrint render (the floor), warm PDF and DOCX renders.
Usage: .venv/bin/python benchmarks/bench.py [--n 1000]
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefgen.corpus import build_document  # noqa: E402
from briefgen.extract import extract  # noqa: E402

PROVINCES = ["Lai Châu", "Điện Biên", "Cao Bằng", "Phú Thọ", "Sơn La", "Nghệ An", "Gia Lai", "Cà Mau"]


def synthetic_corpus(folder: Path, n: int, seed: int = 7) -> None:
    """Seed-like articles: seed paragraphs recombined, provinces, dates, figures and portal chrome varied."""
    rnd = random.Random(seed)
    paras = []
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        paras += [ln for ln in p.read_text(encoding="utf-8").splitlines() if len(ln) > 80]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        prov = rnd.choice(PROVINCES)
        d, m = rnd.randint(1, 28), rnd.randint(1, 12)
        body = rnd.sample(paras, 6)
        text = [
            f"{prov} dự Hội nghị trực tuyến về ngoại giao kinh tế số {i}",
            f"Lượt xem: {rnd.randint(1, 999)}",
            f"Sáng {d}/{m}, Thủ tướng Chính phủ chủ trì Hội nghị trực tuyến về ngoại giao kinh tế năm 2025.",
            f"Dự điểm cầu tỉnh {prov} có đồng chí Nguyễn Văn A{i % 10} - Phó Chủ tịch UBND tỉnh.",
            f"Năm 2025, kim ngạch xuất nhập khẩu của tỉnh ước đạt {rnd.randint(10, 999)},{rnd.randint(1, 99)} triệu USD.",
            *body,
            "Tin khác",
            "1 2 3 4 5 ...",
        ]
        (folder / f"a{i:06d}.txt").write_text("\n".join(text), encoding="utf-8")


def timed(fn, *a, **k):
    t = time.perf_counter()
    r = fn(*a, **k)
    return time.perf_counter() - t, r


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    a = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = tmp / "corpus"
        synthetic_corpus(corpus, a.n)
        files = sorted(corpus.glob("*.txt"))
        raw = [f.read_bytes() for f in files]
        mb = sum(map(len, raw)) / 1e6
        t_read, _ = timed(lambda: [f.read_bytes() for f in files])
        t_x, _ = timed(lambda: [extract(build_document(f, b)) for f, b in zip(files, raw, strict=True)])
        rows.append(
            (
                "parse+extract (1 core)",
                f"{a.n / t_x:,.0f} articles/s, {mb / t_x:.2f} MB/s",
                f"reading the bytes: {t_read * 1000:.0f} ms",
                "≥ 1,000 articles/s",
            )
        )
        from briefgen.api import build_briefing, load_corpus, resolve_target
        from briefgen.config import make_job
        from briefgen.periods import ALL

        store = tmp / "store.sqlite"
        t_cold, loaded = timed(load_corpus, [corpus], store)
        t_warm, loaded2 = timed(load_corpus, [corpus], store)
        rows.append(("ingest into store (cold)", f"{t_cold:.2f} s ({a.n / t_cold:,.0f} articles/s)", "", ""))
        rows.append(
            (
                "unchanged re-run",
                f"{t_warm:.2f} s ({100 * t_warm / t_cold:.1f} % of cold)",
                f"{loaded2.parsed} parsed, {loaded2.reused} reused",
                "≤ 5 % of cold",
            )
        )
        job = make_job({}, "<bench>")
        t_q, b = timed(build_briefing, loaded2, resolve_target("Lai Châu", None), ALL, job, date(2026, 1, 20))
        rows.append(("province briefing query", f"{t_q * 1000:.0f} ms", f"{len(b.figures)} figures", "≤ 200 ms"))

        from briefgen.render import render_all

        render_all(b, ["pdf", "docx"])
        t_pdf, _ = timed(render_all, b, ["pdf"])
        t_docx, _ = timed(render_all, b, ["docx"])
        rows.append(("PDF render (warm)", f"{t_pdf:.2f} s", "", ""))
        rows.append(("DOCX render (warm)", f"{t_docx:.2f} s", "", ""))

    floor_script = (
        "from weasyprint import HTML; HTML(string='<html><body><p>Báo cáo</p></body></html>').write_pdf('/tmp/f.pdf')"
    )
    py = sys.executable
    t_floor, _ = timed(subprocess.run, [py, "-c", floor_script], check=True)
    with tempfile.TemporaryDirectory() as out:
        cli = [
            str(Path(py).parent / "briefgen"),
            "--province",
            "Lai Châu",
            "--out",
            out,
            "--format",
            "pdf,docx",
            "--quiet",
        ]
        t_cli, _ = timed(subprocess.run, cli, check=True)
    rows.append(
        (
            "cold briefgen --province (PDF+DOCX)",
            f"{t_cli:.2f} s",
            f"floor (cold minimal WeasyPrint) {t_floor:.2f} s",
            f"≤ 1.3× floor = {1.3 * t_floor:.2f} s ({t_cli / t_floor:.2f}×)",
        )
    )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows.append(("peak RSS (this process)", f"{rss:.0f} MB", "", "≤ 300 MB"))
    w = [max(len(r[i]) for r in rows) for i in range(4)]
    for r in [("what", "measured", "beside", "target"), *rows]:
        print("  ".join(c.ljust(w[i]) for i, c in enumerate(r)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
