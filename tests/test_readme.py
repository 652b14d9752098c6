"""Every command of README.md's Usage section, and the crontab and systemd ExecStart lines, run as a user would:
in a scratch copy of the checkout with the shipped config/ and seeds/, each checked for its exit code and for the
outputs the README names after "under". A shipped file that breaks a documented command fails here."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
DEFAULT_FORMATS = ["pdf", "docx", "json"]


def _usage_lines() -> list[tuple[str, str]]:
    """(command, comment) for each line of the first code block under '## Usage'."""
    section = README.split("## Usage", 1)[1]
    block = section.split("```", 2)[1]
    out = []
    for line in block.strip().splitlines():
        cmd, _, comment = line.partition("  #")
        out.append((cmd.strip(), comment.strip()))
    return out


def _crontab_command() -> str:
    line = next(
        ln for ln in README.splitlines() if re.match(r"^[\d*/,-]+ [\d*/,-]+ [\d*/,-]+ [\d*/,-]+ [\d*/,-]+ ", ln)
    )
    return line.split(None, 5)[5]


def _exec_start() -> str:
    return next(ln for ln in README.splitlines() if ln.startswith("ExecStart=")).split("=", 1)[1]


def _tracked_files() -> list[str]:
    try:
        got = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
        return [f for f in got.splitlines() if (ROOT / f).is_file()]
    except (OSError, subprocess.CalledProcessError):  # not a git checkout: everything but generated folders
        skip = {".venv", "out", ".git", ".pytest_cache", ".ruff_cache", ".hypothesis"}
        return [
            str(p.relative_to(ROOT))
            for p in ROOT.rglob("*")
            if p.is_file() and not set(p.relative_to(ROOT).parts) & skip and "__pycache__" not in p.parts
        ]


@pytest.fixture(scope="module")
def checkout(tmp_path_factory):
    """A copy of the checkout's tracked files, with .venv/bin/briefgen running this copy's code."""
    dest = tmp_path_factory.mktemp("checkout")
    for f in _tracked_files():
        (dest / f).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / f, dest / f)
    launcher = dest / ".venv" / "bin" / "briefgen"
    launcher.parent.mkdir(parents=True)
    launcher.write_text(
        f'#!/bin/sh\nPYTHONPATH={shlex.quote(str(dest))} exec {shlex.quote(sys.executable)} -m briefgen.cli "$@"\n'
    )
    launcher.chmod(0o755)
    return dest


def _run(checkout: Path, shell_command: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFGEN")}
    env["XDG_CACHE_HOME"] = str(checkout / ".cache")
    return subprocess.run(
        ["bash", "-c", shell_command], cwd=cwd or checkout, env=env, capture_output=True, text=True, timeout=600
    )


def _expected_folders(checkout: Path, cmd: str, comment: str) -> list[Path]:
    m = re.search(r"under (out/\S+?)/?$", comment)
    if not m:
        return []
    where = m.group(1)
    if "<province>" in where:
        gaz = yaml.safe_load((checkout / "config" / "provinces.yaml").read_text(encoding="utf-8"))
        from briefgen.text import loose_key

        return [
            checkout / where.replace("<province>", loose_key(p["name"]).replace(" ", "-")) for p in gaz["provinces"]
        ]
    if "<target>/<week>" in where:
        week = re.search(r"--today (\S+)", cmd)
        assert week, "a weekly example names its --today"
        from datetime import date

        from briefgen.api import resolve_target
        from briefgen.periods import last_complete_week

        span = last_complete_week(date.fromisoformat(week.group(1)))
        folders = []
        for job in sorted((checkout / "config" / "jobs").glob("*.yaml")):
            data = yaml.safe_load(job.read_text(encoding="utf-8"))
            if data.get("schedule") == "weekly":
                t = resolve_target(data.get("province"), data.get("theme"), data.get("keywords"))
                folders.append(checkout / "out" / t.slug / span.slug.lower())
        return folders
    return [checkout / where]


USAGE = _usage_lines()


def test_readme_lists_the_commands():
    assert len(USAGE) >= 10
    assert all(cmd.startswith("briefgen") for cmd, _ in USAGE)


@pytest.mark.parametrize("cmd,comment", USAGE, ids=[c for c, _ in USAGE])
def test_usage_command(checkout, cmd, comment):
    r = _run(checkout, ".venv/bin/" + cmd)
    assert r.returncode == 0, f"{cmd}: exit {r.returncode}\n{r.stderr[-2000:]}"
    assert "Traceback" not in r.stderr
    formats = DEFAULT_FORMATS
    m = re.search(r"--format (\S+)", cmd)
    if m and not cmd.startswith(("briefgen corpus", "briefgen extract")):
        formats = m.group(1).split(",")
    for folder in _expected_folders(checkout, cmd, comment):
        assert folder.is_dir(), f"{cmd}: no {folder.relative_to(checkout)}"
        for fmt in formats:
            assert list(folder.glob(f"bao-cao-*.{fmt}")), f"{cmd}: no .{fmt} in {folder.relative_to(checkout)}"
    if cmd.startswith("briefgen extract"):
        assert json.loads(r.stdout)["documents"]
    elif cmd.startswith(("briefgen corpus", "briefgen provinces", "briefgen doctor")):
        assert r.stdout.strip()


def test_weekly_second_run_rewrites_nothing(checkout):
    first = _run(checkout, ".venv/bin/briefgen weekly --today 2026-01-19 --out out-weekly")
    assert first.returncode == 0, first.stderr
    assert "Đã ghi" in first.stdout
    again = _run(checkout, ".venv/bin/briefgen weekly --today 2026-01-19 --out out-weekly")
    assert again.returncode == 0 and "Đã ghi" not in again.stdout, again.stdout


def test_crontab_line(checkout):
    command = _crontab_command().replace("/opt/briefgen", str(checkout))
    r = _run(checkout, command, cwd=Path("/"))
    assert r.returncode == 0, r.stderr
    assert (checkout / "out" / ".briefgen" / "cron.log").exists()


def test_systemd_exec_start(checkout):
    command = _exec_start().replace("/opt/briefgen", str(checkout))
    r = _run(checkout, command)
    assert r.returncode == 0, r.stderr + r.stdout


def test_help_and_errors_are_vietnamese(checkout):
    english = ("usage:", "options:", "show this help", "error:", "unrecognized arguments", "INFO ", "WARNING ")
    for command in (
        ".venv/bin/briefgen --help",
        ".venv/bin/briefgen weekly --help",
        ".venv/bin/briefgen corpus --help",
        ".venv/bin/briefgen extract --help",
        ".venv/bin/briefgen --bogus",
        ".venv/bin/briefgen weekly --wait soon",
        ".venv/bin/briefgen --theme xyzabc",
        ".venv/bin/briefgen weekly --today 2026-01-19 --out out-lang",
    ):
        r = _run(checkout, command)
        text = r.stdout + r.stderr
        assert not [w for w in english if w in text], f"{command}: {text[:600]}"
