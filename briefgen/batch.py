"""--all-provinces: 34 briefings rendered in parallel worker processes, bounded by the machine's cores."""

from __future__ import annotations

import os
import sys
from concurrent.futures import as_completed
from datetime import date

from .api import build_briefing, default_store_path, load_corpus, resolve_target, write_briefing
from .config import JobConfig
from .gazetteer import load_gazetteer
from .periods import Span
from .store import Loaded
from .workers import forked_pool

_LOADED: Loaded | None = None  # set in each worker (inherited by fork): the corpus is read once, in the parent


def _work(name: str, job: JobConfig, span: Span, today: date, force: bool) -> tuple[str, list[str], list[str]]:
    target = resolve_target(name, None)
    assert _LOADED is not None  # set by run_all_provinces before the pool forks
    b = build_briefing(_LOADED, target, span, job, today)
    rep = write_briefing(b, job.formats, job.out, target.slug, span, job.templates, force)
    kept = [f"Giữ bản đã sửa tay: {old} → {new}" for old, new in rep.kept_edits]
    return name, [str(p) for p in rep.written + rep.unchanged], [f"Cảnh báo: {w}" for w in rep.warnings] + kept


def run_all_provinces(job: JobConfig, span: Span, today: date, force: bool, quiet: bool) -> int:
    global _LOADED
    corpora = [job.corpus] + list(job.extra_corpus)
    loaded = _LOADED = load_corpus(corpora, job.store or default_store_path(job.out))
    import weasyprint  # noqa: F401  imported once here, inherited by every forked worker (0.7 s each otherwise)

    from .render import docx  # noqa: F401

    names = [p.name for p in load_gazetteer().provinces]
    workers = max(1, min(len(names), os.cpu_count() or 1))
    failed = []
    # Each province writes its own folder with its own manifest: workers share no file.
    with forked_pool(workers) as pool:
        futs = {pool.submit(_work, n, job, span, today, force): n for n in names}
        for fut in as_completed(futs):
            n = futs[fut]
            try:
                name, paths, kept = fut.result()
            except Exception as e:  # one province failing must not stop the other 33
                failed.append(f"{n}: {type(e).__name__}: {e}")
                continue
            if not quiet:
                print(f"{name}: {len(paths)} tệp")
            for k in kept:
                print(k, file=sys.stderr)
    for f in failed:
        print(f"Lỗi khi tạo báo cáo {f}", file=sys.stderr)
    for skipped in loaded.errors:
        print(f"Bỏ qua {skipped}", file=sys.stderr)
    if failed:
        return 3
    return 1 if loaded.errors else 0
