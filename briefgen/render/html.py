"""Briefing -> HTML (Jinja2, autoescaped) and PDF (WeasyPrint), with a URL fetcher that serves only the templates.

Article text is data, never template: "{{ 7*7 }}", "<script>" and "<img src=…>" in a source come out literally.
"""

from __future__ import annotations

import base64
import logging
from pathlib import Path
from urllib.parse import unquote, urlparse

from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateError, select_autoescape
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from markupsafe import Markup, escape

from ..briefing import Briefing
from ..paths import templates_dir
from ..sanitise import sanitise_tree
from .chart import bar_chart_png
from .common import (
    ROMAN,
    chart_data,
    cites,
    issue_place_date,
    letter,
    participation_line,
    refs,
    short_date,
    source_cell,
    source_line,
)
from .outline import first_page_marks, numbered_titles, report_outline

log = logging.getLogger("briefgen.render")


class FetchRefused(ValueError):
    pass


def make_url_fetcher(root: Path):
    """Serve file:// URLs inside root (the templates folder) and data: URLs; refuse everything else."""
    from weasyprint.urls import URLFetcher

    root = root.resolve()

    class TemplatesOnly(URLFetcher):
        def fetch(self, url, headers=None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            parsed = urlparse(url)
            if parsed.scheme == "file":
                path = Path(unquote(parsed.path)).resolve()
                if path.is_relative_to(root) and path.is_file():
                    return super().fetch(url, headers)
            log.warning("refused to fetch %s", url[:200])
            raise FetchRefused(f"briefgen không tải tài nguyên ngoài thư mục mẫu: {url[:80]}")

    return TemplatesOnly(allowed_protocols=("file", "data"), allow_redirects=False)


def _mime(path: Path) -> str:
    return {".css": "text/css", ".png": "image/png", ".svg": "image/svg+xml", ".ttf": "font/ttf"}.get(
        path.suffix.lower(), "application/octet-stream"
    )


class TemplateFailed(ValueError):
    """A template of the `templates:` folder could not be rendered (syntax, a missing variable, or an operation the
    sandbox refuses); the message is for the user (Vietnamese, file:line)."""


def _env(folder: Path) -> Environment:
    # A templates folder may come from any job file: its templates run in Jinja's sandbox, which refuses access to
    # Python internals ("cycler.__init__.__globals__.os.popen(…)") and to unsafe attributes; immutable, so a
    # template cannot change the briefing's lists either.
    env = ImmutableSandboxedEnvironment(
        loader=FileSystemLoader(str(folder)),
        autoescape=select_autoescape(["html", "j2", "xml"], default_for_string=True, default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        cites=cites,
        refs=refs,
        source_line=source_line,
        source_cell=source_cell,
        participation_line=participation_line,
        with_refs=with_refs,
        short_date=short_date,
        roman=ROMAN,
        letter=letter,
    )
    return env


def with_refs(text: str, refs_text: str) -> Markup:
    """text followed by its citation marks, the last word and the marks kept on one line. WeasyPrint otherwise
    mis-breaks a justified line whose small-type citation span does not fit (Kozea/WeasyPrint#1614): it wraps
    after the paragraph's first word and leaves that word alone on a line."""
    head, _, last = text.rpartition(" ")
    lead = escape(head) + Markup(" ") if head else Markup("")
    return lead + Markup('<span class="nw">{} <span class="cite">{}</span></span>').format(last, refs_text)


def issuer_lines(body: str, width: int = 22) -> list[str]:
    """A long issuing body is broken by hand (Phụ lục I): 'SỞ NGOẠI VỤ' / 'TỈNH LAI CHÂU'."""
    if "\n" in body:
        return [x.strip() for x in body.split("\n") if x.strip()]
    if len(body) <= width:
        return [body]
    for marker in (" TỈNH ", " THÀNH PHỐ "):
        i = body.upper().find(marker)
        if i > 0:
            return [body[:i].strip(), body[i:].strip()]
    words = body.split()
    best = min(range(1, len(words)), key=lambda k: abs(len(" ".join(words[:k])) - len(body) / 2))
    return [" ".join(words[:best]), " ".join(words[best:])]


def render_html(
    b: Briefing, folder: Path | None = None, chart_png: bytes | None = None, standalone: bool = False
) -> str:
    """The briefing as HTML. standalone: the stylesheet is inlined, so the page (the `html` output, opened on its
    own in a browser) looks like the PDF; for WeasyPrint the template links briefing.css from its folder."""
    folder = folder or templates_dir()
    b = sanitise_tree(b)  # no control character reaches the page (nor WeasyPrint's text layout)
    try:
        return _render_html(b, folder, chart_png, standalone)
    except TemplateError as e:
        raise _template_failed(folder, e) from e


def _template_failed(folder: Path, e: TemplateError) -> TemplateFailed:
    """One Vietnamese line: which template (file:line when Jinja knows it), what went wrong, what to do."""
    name = getattr(e, "filename", None) or str(folder / "briefing.html.j2")
    line = getattr(e, "lineno", None)
    where = f"{name}:{line}" if line else name
    if isinstance(e, SecurityError):
        what = "mẫu dùng thao tác không được phép (truy cập bên trong Python)"
    else:
        what = f"mẫu bị lỗi ({str(e)[:120]})"
    log.warning("template %s failed: %r", where, e)
    return TemplateFailed(f"{where}: {what} — sửa mẫu hoặc bỏ khóa 'templates' để dùng mẫu có sẵn")


def _render_html(b: Briefing, folder: Path, chart_png: bytes | None, standalone: bool) -> str:
    tpl = _env(folder).get_template("briefing.html.j2")
    inline_css = None
    if standalone:
        css = folder / "briefing.css"
        # "</style" inside the CSS would end the element early; CSS never needs it
        inline_css = Markup(css.read_text(encoding="utf-8").replace("</", "<\\/")) if css.is_file() else None
    sections = report_outline(b, has_chart=bool(chart_png))
    chart_uri = None
    if chart_png:
        chart_uri = "data:image/png;base64," + base64.b64encode(chart_png).decode("ascii")
    return tpl.render(
        b=b,
        issuer=b.issuer,
        issuer_lines=issuer_lines(b.issuer.body),
        parent_lines=issuer_lines(b.issuer.parent_body, 22),
        place_date=issue_place_date(b),
        marks=first_page_marks(b),
        chart_uri=chart_uri,
        inline_css=inline_css,
        sections=list(zip(numbered_titles(sections), sections, strict=True)),
    )


def chart_for(b: Briefing) -> bytes | None:
    data = chart_data(b)
    return bar_chart_png(data) if data else None


def render_pdf(b: Briefing, folder: Path | None = None, chart_png: bytes | None = None) -> bytes:
    folder = (folder or templates_dir()).resolve()
    return pdf_from_html(render_html(b, folder, chart_png), folder)


def pdf_from_html(html: str, folder: Path) -> bytes:
    """Lay out HTML made by render_html; only files inside folder (the templates) can be fetched."""
    from weasyprint import HTML

    doc = HTML(string=html, base_url=folder.as_uri() + "/", url_fetcher=make_url_fetcher(folder))
    return doc.write_pdf(pdf_identifier=b"briefgen", uncompressed_pdf=False)
