"""Render stage: one Briefing, several faithful views (PDF, DOCX, HTML, JSON, Markdown). Nothing here re-parses text."""

from __future__ import annotations

import json
from pathlib import Path

from ..briefing import Briefing
from ..paths import templates_dir
from .common import cites
from .html import chart_for, pdf_from_html, render_html, render_pdf
from .outline import Block, Chart, Sub, Table, first_page_marks, numbered_titles, report_outline

FORMATS = ("pdf", "docx", "json", "html", "md")


def render_json(b: Briefing) -> bytes:
    return (json.dumps(b.to_dict(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def render_markdown(b: Briefing) -> bytes:
    """The report as Markdown, section by section as the outline gives it."""
    out = [f"**[{m}]**" for m in first_page_marks(b)] + (["", ""] if first_page_marks(b) else [])
    out += [f"# BÁO CÁO: {b.title}", "", f"*{b.issuer.body} – {b.period_label}*", ""]
    out += [f"> {n}" for n in b.notices]
    sections = report_outline(b)
    for title, section in zip(numbered_titles(sections), sections, strict=True):
        out += ["", f"## {title}", ""]
        for block in section.blocks:
            out += _md_block(block)
    return ("\n".join(out) + "\n").encode("utf-8")


def _md_block(block: Block) -> list[str]:
    if isinstance(block, Sub):
        return ["", f"### {block.title}", ""]
    if isinstance(block, Table):
        lines = ["| " + " | ".join(block.headers) + " |", "|" + "---|" * len(block.headers)]
        lines += ["| " + " | ".join(_md(c.replace("\n", "; ")) for c in row) + " |" for row in block.rows]
        return lines + [""]
    if isinstance(block, Chart):
        return []
    text = f"{block.text} {cites(block.citations)}" if block.citations else block.text
    if block.style == "note":
        return [f"*{text}*"]
    return [f"- {text}"]


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
