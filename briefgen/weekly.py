"""briefgen weekly: every config with `schedule: weekly`, for the last complete ISO week, from cron or systemd.

- catches up missed weeks (at most `catch_up_weeks` per job), remembering the last week done in a state file;
- idempotent: unchanged inputs produce identical bytes, and identical files are not rewritten;
- one run at a time: an exclusive lock; a second run waits (--wait) or exits with code 4;
- logs to out/.briefgen/weekly.log (or the config's `log`).
"""

from __future__ import annotations

import fcntl
import json
import logging
import re
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from .api import build_briefing, default_store_path, load_corpus, resolve_target, write_briefing
from .config import jobs_dir, weekly_jobs
from .extract.themes import UnknownTheme
from .gazetteer import UnknownProvince
from .outputs import atomic_write, set_aside
from .paths import config_dir, default_out_dir
from .periods import Span, iso_week, last_complete_week
from .store import Loaded

log = logging.getLogger("briefgen.weekly")


class Locked(RuntimeError):
    pass


class RunLock:
    def __init__(self, path: Path, wait: float = 0):
        self.path = path
        self.wait = wait
        self.fd = None

    def __enter__(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fd = open(self.path, "a+")  # noqa: SIM115 - held for the whole run
        deadline = time.monotonic() + self.wait
        while True:
            try:
                fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return self
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    self.fd.close()
                    raise Locked(str(self.path)) from None
                time.sleep(0.2)

    def __exit__(self, *exc):
        fcntl.flock(self.fd, fcntl.LOCK_UN)
        self.fd.close()


def weeks_to_run(last_done: str | None, today: date, catch_up: int) -> list[Span]:
    """Weeks after last_done up to the last complete week, at most catch_up + 1 of them (oldest first)."""
    latest = last_complete_week(today)
    weeks = [latest]
    cur = latest
    for _ in range(catch_up):
        assert cur.start is not None  # an ISO week is bounded
        prev_monday = cur.start - timedelta(days=7)
        y, w, _ = prev_monday.isocalendar()
        prev = iso_week(y, w)
        if last_done is not None and prev.slug <= last_done:
            break
        if last_done is None:
            break  # first run: only the last complete week
        weeks.append(prev)
        cur = prev
    if last_done is not None and latest.slug <= last_done:
        return []
    return sorted(weeks, key=lambda s: s.slug)  # "2026-W03" < "2026-W04": ISO week slugs sort by date


def _setup_log(path: Path) -> logging.Handler:
    path.parent.mkdir(parents=True, exist_ok=True)
    h = logging.FileHandler(path, encoding="utf-8")
    h.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger("briefgen").addHandler(h)
    logging.getLogger("briefgen").setLevel(logging.INFO)
    return h


def run_weekly(
    folder: Path | None,
    today: date,
    force: bool = False,
    wait: float = 0,
    out: Path | None = None,
    corpus: Path | None = None,
) -> int:
    """Every weekly job of folder/jobs for the weeks it has not done yet. out and corpus, when given, replace every
    job's own (as --out and --corpus do for one briefing). Returns the exit code."""
    folder = folder or config_dir()
    jobs, errors = weekly_jobs(folder)
    for job in jobs:
        if out is not None:
            job.out = out
        if corpus is not None:
            job.corpus = corpus
    out_root = out or (jobs[0].out if jobs else default_out_dir())
    state_dir = out_root / ".briefgen"
    handler = _setup_log(jobs[0].log if jobs and jobs[0].log else state_dir / "weekly.log")
    try:
        for e in errors:
            print(f"Lỗi: {e} — bỏ qua công việc này, các công việc khác vẫn chạy.", file=sys.stderr, flush=True)
            log.error("job skipped: %s", e)
        if not jobs and not errors:
            print(f"Không có công việc nào có 'schedule: weekly' trong {jobs_dir(folder)}.", flush=True)
        with RunLock(state_dir / "weekly.lock", wait):
            status = _run(jobs, today, force, state_dir)
        return max(status, 2 if errors else 0)
    except Locked:
        print("Đang có một lần chạy 'briefgen weekly' khác; lần này dừng lại (mã 4).", flush=True)
        log.warning("another weekly run holds the lock; exiting")
        return 4
    finally:
        logging.getLogger("briefgen").removeHandler(handler)
        handler.close()


_WEEK_SLUG = re.compile(r"\d{4}-W\d{2}")


def read_state(path: Path) -> dict[str, str]:
    """The last week each job has done: {"lai-chau-weekly": "2026-W03", …}. A file of any other shape (edited by
    hand, truncated, another version's) is named on stderr, set aside and read as empty: the jobs run for their
    last complete week, as on a first run, instead of every run failing."""
    if not path.exists():
        return {}
    try:
        state = json.loads(path.read_bytes().decode("utf-8"))
        if not isinstance(state, dict):
            raise ValueError(f"a {type(state).__name__}, not a mapping")
        for name, week in state.items():
            if not isinstance(week, str) or not _WEEK_SLUG.fullmatch(week):
                raise ValueError(f"{name!r}: {week!r} is not a week")
        return state
    except (ValueError, OSError) as e:
        log.warning("weekly state %s unreadable (%s): set aside, starting afresh", path, e)
        try:
            where = f"đã chuyển sang {set_aside(path).name}"
        except OSError:
            where = "không chuyển được sang bên"
        print(
            f"Cảnh báo: tệp trạng thái {path} sai dạng ({where}); coi như chưa chạy tuần nào — các công việc chạy "
            "cho tuần gần nhất (tuần cũ hơn: chạy --today lùi ngày hoặc sửa tệp).",
            file=sys.stderr,
            flush=True,
        )
        return {}


def _run(jobs, today: date, force: bool, state_dir: Path) -> int:
    state_path = state_dir / "weekly-state.json"
    state = read_state(state_path)
    status = 0
    loaded_cache: dict[tuple[str, str], Loaded] = {}
    for job in jobs:
        weeks = weeks_to_run(state.get(job.name), today, job.catch_up_weeks)
        if not weeks:
            log.info("%s: up to date (last week done %s)", job.name, state.get(job.name))
            print(f"{job.name}: đã có báo cáo tuần {state.get(job.name)}, không có tuần mới.", flush=True)
            continue
        try:
            target = resolve_target(job.province, job.theme, job.keywords)
        except (UnknownProvince, UnknownTheme) as e:
            print(
                f"Lỗi: {job.where('province' if job.province else 'theme')}{e} — bỏ qua công việc {job.name}.",
                file=sys.stderr,
                flush=True,
            )
            log.error("%s: %s", job.name, e)
            status = 2
            continue
        key = (str(job.corpus), str(job.store))
        if key not in loaded_cache:
            loaded_cache[key] = load_corpus([job.corpus], job.store or default_store_path(job.out))
            for skipped in loaded_cache[key].errors:
                print(f"Bỏ qua {skipped}", file=sys.stderr, flush=True)
                log.warning("skipped %s", skipped)
        loaded = loaded_cache[key]
        if loaded.errors:
            status = max(status, 1)
        for span in weeks:
            assert span.end is not None  # an ISO week is bounded
            b = build_briefing(loaded, target, span, job, span.end + timedelta(days=1))
            rep = write_briefing(b, job.formats, job.out, target.slug, span, job.templates, force)
            log.info(
                "%s %s: written %d, unchanged %d, edits kept %d",
                job.name,
                span.slug,
                len(rep.written),
                len(rep.unchanged),
                len(rep.kept_edits),
            )
            for p in rep.written:
                print(f"Đã ghi {p}")
            if rep.unchanged and not rep.written:
                print(f"{job.name} tuần {span.slug}: không có gì thay đổi ({len(rep.unchanged)} tệp giữ nguyên).")
            for w in rep.warnings:
                print(f"Cảnh báo: {w}", file=sys.stderr, flush=True)
                log.warning("%s %s: %s", job.name, span.slug, w)
            for old, new in rep.kept_edits:
                print(f"Tệp {old} đã được sửa tay nên được giữ nguyên; bản mới ghi tại {new}")
            state[job.name] = span.slug
            atomic_write(state_path, json.dumps(state, indent=1).encode("utf-8"))
    return status
