"""Run the robustness tests and write docs/ROBUSTNESS.md from their own output: each promise, the tests that hold
it, how many generated cases they ran, how many failed, and the slowest case of the whole pipeline.

Usage: .venv/bin/python scripts/robustness_report.py [--profile ci|long] [--max-examples N]
(--max-examples bounds the long profile: N cases per cheap property, N/10 through the pipeline, N/200 with a PDF.)
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
R = "tests/test_robustness.py::"

# (promise, tests that hold it). A test named without parameters stands for all its parameters.
PROMISES: list[tuple[str, list[str]]] = [
    (
        "Any bytes, any Unicode: the reader returns a Document (offsets inside its text) or a DecodeError, never a crash",
        [R + "test_reader_never_crashes_on_bytes", R + "test_reader_never_crashes_on_unicode"],
    ),
    (
        "Every fact the extractor returns points inside the document's text",
        [R + "test_extractor_offsets_inside_text"],
    ),
    (
        "Hostile articles (control characters, U+2028/U+2029/U+0085, 30- and 400-digit figures, markup, `{{ 7*7 }}`, "
        "broken bytes, declared charsets that lie, hostile file names; .txt/.md/.html/.docx) go through the whole "
        "pipeline — read, extract, SQLite store, assemble, JSON/DOCX/HTML/Markdown (and PDF) — without a crash; every "
        "skipped file is named in Vietnamese; outputs are well-formed; no article markup is live in the HTML; no case "
        "takes 5 s (asserted in the long profile)",
        [R + "test_pipeline_survives_hostile_articles", R + "test_pipeline_with_pdf_survives_hostile_articles"],
    ),
    (
        "#22.1 A figure too large to be a quantity is dropped at extraction (more than 18 digits) or shown as written "
        "(a stored value beyond 1e18); the briefing renders",
        [R + "test_huge_figure_does_not_break_the_briefing", R + "test_huge_stored_figure_is_shown_as_written"],
    ),
    (
        "#22.2/#22.3 Text is sanitised where it enters (NFC; \\x0b, \\x0c, U+0085, U+2028, U+2029 → newline; other "
        "C0/C1 controls removed) and the DOCX writer sanitises every string (file names, config); chart labels are one "
        "line",
        [
            R + "test_control_characters_in_text_and_file_names",
            R + "test_sanitise_text_at_entry",
            R + "test_docx_writer_sanitises_every_string",
        ],
    ),
    (
        "#22.3/#22.4/#22.11 Only regular files are read, at most 32 MB; FIFOs, devices, links out of the corpus, broken "
        "links and names that are not UTF-8 are named and skipped; links to folders are not followed (no loop)",
        [R + "test_hostile_files_in_the_corpus_are_named_and_skipped", R + "test_over_large_file_is_skipped_by_name"],
    ),
    (
        "#22.4 Extraction time grows linearly with an article's length; an article is read up to 500,000 characters",
        [R + "test_extraction_time_grows_linearly", R + "test_work_per_article_is_bounded"],
    ),
    (
        "#22.5 Only a real corruption sets a store aside; a full disk leaves it intact (exit 3, one line); set-aside "
        "copies never overwrite each other",
        [
            R + "test_full_disk_leaves_the_store_intact",
            R + "test_corrupt_store_copies_never_overwrite_each_other",
            "tests/test_cli.py::test_corrupt_store_is_rebuilt",
        ],
    ),
    (
        "#22.6 --store naming a folder, a non-SQLite file or another program's database is refused (exit 2, one line)",
        [R + "test_store_path_that_is_not_a_store_is_refused", R + "test_store_refusal_message_is_one_vietnamese_line"],
    ),
    (
        "#22.7 Killed at any point of writing, a run leaves no file that a later run calls 'sửa tay'; a deleted or "
        "corrupt manifest is reported, briefgen's own DOCX/PDF recognised, other files kept",
        [
            R + "test_no_false_staff_edit_after_a_kill_at_any_point",
            R + "test_deleted_or_corrupt_manifest_is_reported_and_safe",
            R + "test_corrupt_manifest_is_rebuilt_and_edits_kept",
            R + "test_killed_render_leaves_previous_output_intact",
            R + "test_failing_write_leaves_no_partial_file",
            "tests/test_cli.py::test_weekly_catch_up_idempotence_and_staff_edits",
        ],
    ),
    (
        "#22.8 Weekly: a state file of the wrong shape is reported, set aside and read as empty; a bad or duplicate job "
        "is named and the others run; two runs never overlap",
        [
            R + "test_weekly_state_of_the_wrong_shape_is_reported_and_jobs_run",
            "tests/test_cli.py::test_weekly_bad_or_duplicate_job_is_named_and_others_still_run",
            "tests/test_cli.py::test_weekly_missing_config_dir_exits_2",
            "tests/test_cli.py::test_weekly_lock_second_run_exits_4",
        ],
    ),
    (
        "#22.9 Config: only {province} and {PROVINCE_FULL} are substituted (anything else: file:line); YAML anchors "
        "and aliases refused; period errors carry file:line; random YAML raises only ConfigError",
        [
            R + "test_issuer_placeholders_are_substituted_safely",
            R + "test_known_placeholders_and_literal_braces",
            R + "test_yaml_aliases_are_refused",
            R + "test_period_errors_carry_file_and_line",
            R + "test_config_validation_raises_only_config_error",
        ],
    ),
    (
        "#22.10 Templates run in Jinja's sandbox; a file briefgen did not write is never replaced; article text is data, "
        "never template; the renderer fetches nothing outside templates/; output paths stay inside the output folder",
        [
            R + "test_templates_run_sandboxed",
            R + "test_existing_files_briefgen_did_not_write_are_never_replaced",
            R + "test_hostile_article_end_to_end",
            "tests/test_render.py::test_hostile_text_renders_literally_and_fetches_nothing",
            "tests/test_render.py::test_url_fetcher_serves_only_templates",
            R + "test_hostile_names_stay_inside_the_output_folder",
            R + "test_slugs_are_safe",
        ],
    ),
    (
        "#22.12 Strict UTF-8 first whatever a page declares; a few bad bytes are replaced with a warning",
        [
            R + "test_utf8_page_declaring_latin1_is_read_as_utf8",
            R + "test_a_few_bad_bytes_in_utf8_are_replaced_with_a_warning",
        ],
    ),
    (
        "#22.13 One Vietnamese line per skipped article (traceback only with BRIEFGEN_DEBUG=1); DOCX comments ignored",
        [
            R + "test_skipped_articles_are_one_vietnamese_line_each",
            R + "test_docx_with_comments_and_processing_instructions_is_read",
            R + "test_system_errors_are_said_in_vietnamese",
        ],
    ),
    ("Any province name: resolved or UnknownProvince, never a crash", [R + "test_province_resolver_never_crashes"]),
]


def _run(nodes: list[str], env: dict[str, str]) -> tuple[dict[str, tuple[int, int]], dict[str, int], str]:
    """pytest over nodes: {test: (passed, failed)} (parameters merged), {test: generated cases}, stdout."""
    with tempfile.TemporaryDirectory() as tmp:
        xml = Path(tmp) / "junit.xml"
        r = subprocess.run(
            [sys.executable, "-m", "pytest", *nodes, "-q", "-s", "-p", "no:cacheprovider",
             "--hypothesis-show-statistics", f"--junitxml={xml}"],
            cwd=ROOT, env=env, capture_output=True, text=True,
        )  # fmt: skip
        outcome: dict[str, tuple[int, int]] = {}
        for case in ET.parse(xml).getroot().iter("testcase"):
            name = case.get("name", "").split("[")[0]
            failed = any(child.tag in ("failure", "error") for child in case)
            p, f = outcome.get(name, (0, 0))
            outcome[name] = (p + (not failed), f + failed)
    cases: dict[str, int] = {}
    for block in re.split(r"\n(?=\S+::\S+:\n)", r.stdout):
        head = re.match(r"\S+::(\w+)", block)
        if head:
            n = sum(int(x) for x in re.findall(r"(\d+) passing(?: examples)?,", block))
            cases[head.group(1)] = cases.get(head.group(1), 0) + n
    return outcome, cases, r.stdout + r.stderr


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--profile", default="ci")
    ap.add_argument("--max-examples", type=int, help="long profile: cases per cheap property (default 50,000)")
    a = ap.parse_args()
    report = Path(tempfile.mkstemp(suffix=".jsonl")[1])
    env = dict(os.environ, HYPOTHESIS_PROFILE=a.profile, BRIEFGEN_FUZZ_REPORT=str(report))
    if a.max_examples:
        env["HYPOTHESIS_MAX_EXAMPLES"] = str(a.max_examples)
    nodes = list(dict.fromkeys(n for _, tests in PROMISES for n in tests))
    started = time.monotonic()
    outcome, cases, log = _run(nodes, env)
    minutes = (time.monotonic() - started) / 60
    pipeline = {}
    for line in report.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        pipeline[row["property"]] = row
    report.unlink()
    cases["test_pipeline_survives_hostile_articles"] = pipeline.get("pipeline", {}).get("cases", 0)
    cases["test_pipeline_with_pdf_survives_hostile_articles"] = pipeline.get("pipeline+pdf", {}).get("cases", 0)
    total = sum(cases.values())
    failures = sum(f for _, f in outcome.values())
    missing = [n for n in nodes if n.split("::")[1] not in outcome]
    command = f"HYPOTHESIS_PROFILE={a.profile}" + (
        f" HYPOTHESIS_MAX_EXAMPLES={a.max_examples}" if a.max_examples else ""
    )
    slowest = max((row["slowest_s"] for row in pipeline.values()), default=0.0)
    lines = [
        "# Robustness",
        "",
        "What briefgen promises about hostile input and faults, and the tests that hold each promise. Written by",
        f"`scripts/robustness_report.py --profile {a.profile}"
        + (f" --max-examples {a.max_examples}`" if a.max_examples else "`")
        + " from the tests' own output; messages users see are Vietnamese, one line: what, where, what to do.",
        "",
        f"Last run: profile `{a.profile}` ({command}), {minutes:.1f} min: {total:,} generated cases, "
        f"{sum(p for p, _ in outcome.values())} test cases passed, {failures} failed"
        + (f", {len(missing)} not run ({', '.join(missing)})" if missing else "")
        + f"; slowest whole-pipeline case {slowest:.2f} s (limit 5 s).",
        "",
        "| # | promise | tests | test cases passed | generated cases | failed |",
        "|---|---|---|---|---|---|",
    ]
    for i, (promise, tests) in enumerate(PROMISES, 1):
        names = [t.split("::")[1] for t in tests]
        shown = "<br>".join(f"`{t}`" for t in tests)
        n = sum(cases.get(x, 0) for x in names)
        passed = sum(outcome.get(x, (0, 0))[0] for x in names)
        failed = sum(outcome.get(x, (0, 0))[1] for x in names)
        lines.append(f"| {i} | {promise} | {shown} | {passed} | {f'{n:,}' if n else '—'} | {failed} |")
    lines += ["", "Whole-pipeline properties (per-case timings measured in the harness):", ""]
    for row in pipeline.values():
        lines.append(
            f"- {row['property']}: {row['cases']:,} cases, median {row['median_s']:.2f} s, slowest "
            f"{row['slowest_s']:.2f} s, over 5 s: {row['over_limit']}"
        )
    lines += [
        "",
        "Reproduce one promise: `.venv/bin/python -m pytest 'tests/test_robustness.py::TEST'`. CI runs the `ci` profile",
        "(2,500 cases per cheap property, 25 whole-pipeline cases, 2 with a PDF; under a minute of fuzzing). A longer run:",
        "`HYPOTHESIS_PROFILE=long HYPOTHESIS_MAX_EXAMPLES=5000 .venv/bin/python -m pytest tests/test_robustness.py`",
        "(50,000 per property without HYPOTHESIS_MAX_EXAMPLES: hours), or this script with `--profile long`.",
        "",
        "Limits that are choices, not accidents: a file over 32 MB is skipped (`corpus.MAX_FILE_BYTES`); an article is",
        "read up to 500,000 characters (`corpus.MAX_ARTICLE_CHARS`); a numeral of more than 18 digits is no figure",
        "(`extract.figures.MAX_DIGITS`). Without its manifest, briefgen recognises its own DOCX (core properties untouched)",
        "and PDF (its identifier, no incremental update); a JSON, HTML or Markdown file it cannot vouch for is kept and",
        "the new version written beside it, with a warning that names the manifest and `--force`.",
    ]
    (ROOT / "docs").mkdir(exist_ok=True)
    (ROOT / "docs" / "ROBUSTNESS.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    if failures or missing:
        print(log[-5000:], file=sys.stderr)
    return 1 if failures or missing else 0


if __name__ == "__main__":
    sys.exit(main())
