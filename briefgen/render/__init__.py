"""Render stage: one Briefing, several faithful views (PDF, DOCX, HTML, JSON, Markdown). Nothing here re-parses text."""

from __future__ import annotations

import json
from pathlib import Path

from ..briefing import Briefing
from ..paths import templates_dir
from .common import participation_line, short_date
from .html import chart_for, cites, pdf_from_html, render_html, render_pdf, source_cell

FORMATS = ("pdf", "docx", "json", "html", "md")


def render_json(b: Briefing) -> bytes:
    return (json.dumps(b.to_dict(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def render_markdown(b: Briefing) -> bytes:
    out = [f"# BÁO CÁO: {b.title}", "", f"*{b.issuer.body} – {b.period_label}*", ""]
    out += [f"> {n}" for n in b.notices]
    out += ["", "## I. Tóm tắt", ""]
    out += [f"- {s.text} {cites(s.citations)}" for s in b.summary] or ["Không có thông tin."]
    out += ["", "## II. Số liệu chính", ""]
    if b.figures:
        out += ["| TT | Chỉ tiêu | Số liệu | Kỳ | Phạm vi | Nguồn |", "|---|---|---|---|---|---|"]
        for i, r in enumerate(b.figures, 1):
            vals = "; ".join(v.display + (f" {cites(v.citations)}" if r.conflict else "") for v in r.values)
            if r.conflict:
                vals += f" ({r.note})"
            out.append(
                f"| {i} | {_md(r.subject)} | {_md(vals)} | {_md(r.period or '—')} | {r.scope} | {source_cell(r)} |"
            )
        for t in b.trends:
            out.append("")
            out.append(f"- Diễn biến – {t.subject}: " + " → ".join(f"{p.display} ({p.period})" for p in t.points))
    out += ["", "## III. Kết quả nổi bật", ""]
    out += [f"- {participation_line(p)} {cites(p.citations)}" for p in b.participation]
    out += [f"- {r.text} {cites(r.citations)}" for r in b.results]
    out += ["", "## IV. Nhiệm vụ, việc cần làm", ""]
    if b.actions:
        out += ["| TT | Nhiệm vụ | Cơ quan giao / thực hiện | Thời hạn | Nguồn |", "|---|---|---|---|---|"]
        for i, a in enumerate(b.actions, 1):
            who = f"{a.assigner or '—'} / {a.assignee or 'không nêu'}"
            out.append(f"| {i} | {_md(a.task)} | {_md(who)} | {a.deadline or '—'} | {cites(a.citations)} |")
    for a in b.context_actions:
        out.append(f"- (để biết) {(a.assignee + ': ') if a.assignee else ''}{a.task} {cites(a.citations)}")
    out += ["", "## V. Nguồn", ""]
    out += [f"{s.number}. {s.title} – sự kiện {short_date(s.event_date)} – {s.path}" for s in b.sources]
    return ("\n".join(out) + "\n").encode("utf-8")


def _can_fork() -> bool:
    """Only the main process of a run forks: batch workers already use every core."""
    import multiprocessing as mp
    import os

    return (os.cpu_count() or 1) > 1 and mp.current_process().name == "MainProcess" and hasattr(os, "fork")


_pdf_worker = None  # a forked process that has imported WeasyPrint, when the machine has a core to spare


def _load_pdf_stack() -> None:
    import weasyprint  # noqa: F401  (0.7 s of imports: fonts, Pango bindings, CSS)


def start_pdf_worker() -> None:
    """Fork the process that will lay out the PDF now, so that importing WeasyPrint (most of a cold run) happens
    while this process reads the corpus, assembles the briefing and fills the template. Call it first thing,
    before the store is opened."""
    global _pdf_worker
    if _pdf_worker is not None or not _can_fork():
        return
    from ..workers import forked_pool

    _pdf_worker = forked_pool(1)
    _pdf_worker.submit(_load_pdf_stack)


def _take_pdf_worker():
    global _pdf_worker
    worker, _pdf_worker = _pdf_worker, None
    return worker


def _md(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def render_all(b: Briefing, formats: list[str], templates: Path | None = None) -> dict[str, bytes]:
    """Every requested view of one Briefing, as bytes (written by the caller, atomically)."""
    from .docx import render_docx

    chart = chart_for(b) if ("pdf" in formats or "docx" in formats or "html" in formats) else None
    out: dict[str, bytes] = {}
    docx_future = pdf_future = None
    worker = _take_pdf_worker()
    if worker is not None and "pdf" in formats:
        # the PDF is laid out in the worker started earlier; the DOCX is built here meanwhile
        folder = (templates or templates_dir()).resolve()
        pdf_future = worker.submit(pdf_from_html, render_html(b, folder, chart), folder)
        worker.shutdown(wait=False)
    elif worker is not None:
        worker.shutdown(wait=False)
    elif "pdf" in formats and "docx" in formats and _can_fork():
        # two cores, two documents: the DOCX is built in a forked child while WeasyPrint lays out the PDF
        from ..workers import forked_pool

        pool = forked_pool(1)
        docx_future = pool.submit(render_docx, b, chart)
        pool.shutdown(wait=False)
    for fmt in formats:
        if fmt == "pdf":
            out["pdf"] = pdf_future.result() if pdf_future else render_pdf(b, templates, chart)
        elif fmt == "docx":
            out["docx"] = docx_future.result() if docx_future else render_docx(b, chart)
        elif fmt == "json":
            out["json"] = render_json(b)
        elif fmt == "html":
            out["html"] = render_html(b, templates, chart, standalone=True).encode("utf-8")
        elif fmt == "md":
            out["md"] = render_markdown(b)
        else:
            raise ValueError(f"định dạng '{fmt}' không hỗ trợ (chọn trong: {', '.join(FORMATS)})")
    return out
