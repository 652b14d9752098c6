"""Run the robustness tests and write docs/ROBUSTNESS.md from their own output (counts, crashes, files lost).

Usage: .venv/bin/python scripts/robustness_report.py [--profile ci|long]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = [
    (
        "tests/test_robustness.py::test_reader_never_crashes_on_bytes",
        "corpus reader: random bytes (NUL, binary, mixed encodings)",
    ),
    (
        "tests/test_robustness.py::test_reader_never_crashes_on_unicode",
        "corpus reader: random Unicode in UTF-8/UTF-16/BOM",
    ),
    (
        "tests/test_robustness.py::test_extractor_offsets_inside_text",
        "extractor: Vietnamese-like random text, offsets inside the text",
    ),
    (
        "tests/test_robustness.py::test_config_validation_raises_only_config_error",
        "config loader: random YAML and wrong types",
    ),
    ("tests/test_robustness.py::test_province_resolver_never_crashes", "province resolver: random names"),
    ("tests/test_robustness.py::test_slugs_are_safe", "paths: random names -> safe slugs"),
    (
        "tests/test_robustness.py::test_hostile_names_stay_inside_the_output_folder",
        "paths: ../, /, NUL, 500 characters",
    ),
    (
        "tests/test_robustness.py::test_hostile_article_end_to_end",
        "hostile article end to end ({{ }}, {% %}, <script>, <img src=file://>, url(http://127.0.0.1))",
    ),
    (
        "tests/test_render.py::test_hostile_text_renders_literally_and_fetches_nothing",
        "hostile text: loopback server receives 0 requests",
    ),
    ("tests/test_render.py::test_url_fetcher_serves_only_templates", "renderer opens no file outside templates/"),
    ("tests/test_robustness.py::test_failing_write_leaves_no_partial_file", "fault: disk full during write"),
    ("tests/test_robustness.py::test_killed_render_leaves_previous_output_intact", "fault: process killed mid-render"),
    ("tests/test_cli.py::test_corrupt_store_is_rebuilt", "fault: corrupt store rebuilt with a warning"),
    (
        "tests/test_robustness.py::test_corrupt_manifest_is_rebuilt_and_edits_kept",
        "fault: corrupt manifest rebuilt, edits kept",
    ),
    ("tests/test_cli.py::test_weekly_lock_second_run_exits_4", "fault: two weekly runs at once"),
    ("tests/test_cli.py::test_weekly_catch_up_idempotence_and_staff_edits", "staff edits survive a re-run"),
]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--profile", default="ci")
    a = ap.parse_args()
    env = dict(os.environ, HYPOTHESIS_PROFILE=a.profile)
    rows = []
    total_cases = crashes = 0
    for node, what in CASES:
        r = subprocess.run(
            [sys.executable, "-m", "pytest", node, "-q", "-p", "no:cacheprovider", "--hypothesis-show-statistics"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        passing = sum(int(x) for x in re.findall(r"(\d+) passing(?: examples)?,", r.stdout)) or 1
        failed = 0 if r.returncode == 0 else 1
        total_cases += passing
        crashes += failed
        rows.append((what, passing, failed, 0 if r.returncode == 0 else "?", f"`.venv/bin/python -m pytest '{node}'`"))
    lines = [
        "# Robustness",
        "",
        f"Written by `scripts/robustness_report.py --profile {a.profile}` from the tests' own output.",
        f"Generated cases: {total_cases:,}; failures (crashes or lost files): {crashes}.",
        "",
        "| what was tried | cases | crashes | files lost | reproduce |",
        "|---|---|---|---|---|",
    ]
    lines += [f"| {w} | {n:,} | {c} | {lost} | {cmd} |" for w, n, c, lost, cmd in rows]
    lines += [
        "",
        "Longer profile: `HYPOTHESIS_PROFILE=long ./bin/test tests/test_robustness.py` (50,000 cases per property).",
    ]
    (ROOT / "docs").mkdir(exist_ok=True)
    (ROOT / "docs" / "ROBUSTNESS.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
