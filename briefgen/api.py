"""The Python API; the CLI is a thin layer over these functions."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .assemble import assemble_province, assemble_theme, cited_title
from .briefing import Briefing
from .config import JobConfig
from .corpus.model import Document
from .extract.themes import Theme, UnknownTheme, closest_themes, resolve_theme
from .gazetteer import load_gazetteer
from .lexicon import load_lexicon
from .outputs import WriteReport, slug, write_views
from .paths import default_out_dir
from .periods import ALL, Span, date_range, last_complete_week, parse_date, parse_month, parse_week
from .render import render_all
from .store import Loaded, Store

log = logging.getLogger("briefgen")


def default_store_path(out: Path | None = None) -> Path:
    """The store every run shares, whatever its output folder: one per user, in ~/.cache/briefgen (XDG_CACHE_HOME
    honoured), so a new --out does not read and extract the whole corpus again. BRIEFGEN_STORE names another file;
    where the cache folder cannot be written, the output folder's .briefgen/ holds it."""
    env = os.environ.get("BRIEFGEN_STORE")
    if env:
        return Path(env)
    folder = _cache_store().parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if os.access(folder, os.W_OK):
            return folder / "store.sqlite"
    except OSError:
        pass
    return (out or default_out_dir()) / ".briefgen" / "store.sqlite"


def _cache_store() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "briefgen" / "store.sqlite"


def is_own_store(path: Path) -> bool:
    """Whether path is one of briefgen's own store locations (the per-user cache, or an output folder's .briefgen/):
    such a store is rebuilt when unreadable. Any other path was named by the user (--store, 'store:',
    BRIEFGEN_STORE) and is never replaced unless it is an SQLite database (see store.check_store_path)."""
    p = path.absolute()
    return p == _cache_store().absolute() or (p.name == "store.sqlite" and p.parent.name == ".briefgen")


def load_corpus(paths: list[Path], store_path: Path | None, progress=None) -> Loaded:
    """Read, clean, date and extract every article under paths (answered from the store when unchanged).

    The store stays open behind the result: briefings query it for the documents they need."""
    own = store_path is None or is_own_store(store_path)
    return Store(store_path, own=own).load(paths, progress=progress)


def span_from(period, today: date) -> Span:
    """A config/CLI period value -> Span."""
    if period in (None, "all"):
        return ALL
    if isinstance(period, dict):
        start = parse_date(str(period["from"])) if period.get("from") else None
        end = parse_date(str(period["to"])) if period.get("to") else None
        return date_range(start, end)
    text = str(period)
    if text == "last-week":
        return last_complete_week(today)
    if "W" in text.upper():
        return parse_week(text)
    if len(text) <= 7:
        return parse_month(text)
    return date_range(parse_date(text), parse_date(text))


@dataclass
class Target:
    kind: str  # "province" | "theme"
    name: str
    slug: str
    notices: list[str] = field(default_factory=list)
    theme: Theme | None = None


def resolve_target(province: str | None, theme: str | None, keywords: list[str] | None = None) -> Target:
    """A province, a theme, or a theme within a province (both given): that province's briefing restricted to the
    facts on the theme."""
    t = None
    if theme:
        t = resolve_theme(theme)
        if keywords:
            t = Theme(t.name, t.abbr, t.keywords + tuple(keywords), t.known)
    if province:
        res = load_gazetteer().resolve(province)
        notices = [res.notice] if res.notice else []
        target_slug = res.province.slug + ("-chu-de-" + slug(t.name, 40) if t else "")
        return Target("province", res.province.name, target_slug, notices, theme=t)
    if t:
        return Target("theme", t.name, "chu-de-" + slug(t.name, 40), theme=t)
    raise ValueError("cần chọn --province hoặc --theme (hoặc --config)")


def check_theme_found(loaded: Loaded, target: Target) -> None:
    """Free keywords (not a theme of themes.yaml) that no article of the corpus contains are most likely a mistyped
    theme: UnknownTheme names the closest themes, instead of an empty report."""
    t = target.theme
    if t is None or t.known:
        return
    if not loaded.mentions(t.keywords):
        raise UnknownTheme(t.name, closest_themes(t.name))


def undated_notice(undated: list[Document], target: str) -> list[str]:
    """What the staff are told of the target's documents that give no date (a resolution whose heading and closing
    lost it): a bounded period cannot hold them, and they are named rather than silently left out."""
    if not undated:
        return []
    lex = load_lexicon()
    titles = [cited_title(d, lex) for d in undated]
    shown = "; ".join(f"«{t}»" for t in titles[:3]) + ("; …" if len(titles) > 3 else "")
    return [
        f"{len(titles)} văn bản liên quan đến {target} không rõ ngày nên không được đưa vào kỳ báo cáo này: {shown}. "
        "Chọn kỳ toàn bộ thời gian (không ghi --from, --to, --week hay --month) để xem các văn bản đó."
    ]


def build_briefing(loaded: Loaded, target: Target, span: Span, job: JobConfig, today: date) -> Briefing:
    """The briefing for a target and period, from the documents of the store that concern them."""
    start = span.start.isoformat() if span.start else None
    end = span.end.isoformat() if span.end else None
    if target.kind == "province":
        gaz = load_gazetteer()
        province = gaz.by_name(target.name)
        issuer = job.make_issuer(province.name, province.full_name)
        docs, facts = loaded.select(start, end, province=province.name)
        notices = list(target.notices)
        if start or end:
            notices += undated_notice(loaded.undated(province.name), f"{province.kind} {province.name}")
        b = assemble_province(
            docs, facts, province, span, issuer, today, notices, job.make_limits(), theme=target.theme
        )
    else:
        assert target.theme is not None
        issuer = job.make_issuer(None, None)
        docs, facts = loaded.select(start, end, keywords=target.theme.keywords + target.theme.abbr)
        b = assemble_theme(docs, facts, target.theme, span, issuer, today, job.make_limits())
    b.draft = job.draft
    return b


def output_dir(out_root: Path, target_slug: str, span: Span) -> Path:
    return out_root / slug(target_slug, 80) / slug(span.slug, 40)


def write_briefing(
    b: Briefing, formats: list[str], out_root: Path, target_slug: str, span: Span, templates: Path, force: bool = False
) -> WriteReport:
    """Render every format first (nothing is written if one fails), then write each atomically."""
    views = render_all(b, formats, templates)
    folder = output_dir(out_root, target_slug, span)
    folder.mkdir(parents=True, exist_ok=True)
    base = f"bao-cao-{slug(target_slug, 60)}-{slug(span.slug, 40)}"
    return write_views(views, formats, folder, base, force)
