"""CLI and operations: messages, exit codes, configs, weekly runs, staff edits, batch."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen.cli import main

from .conftest import ROOT, SEEDS


def run(args, capsys):
    rc = main(args)
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_unknown_province_one_vietnamese_line(capsys, tmp_path):
    rc, out, err = run(["--province", "Không Có", "--out", str(tmp_path)], capsys)
    assert rc == 2
    assert err.strip().count("\n") == 0 and "Không tìm thấy tỉnh" in err and "Traceback" not in err


def test_help_lists_every_option_in_vietnamese(capsys):
    rc, out, _ = run(["--help"], capsys)
    assert rc == 0
    for opt in (
        "--province",
        "--theme",
        "--config",
        "--week",
        "--from",
        "--to",
        "--all-provinces",
        "--format",
        "--out",
        "--corpus",
        "--force",
        "--du-thao",
        "--version",
    ):
        assert opt in out
    assert "tỉnh, thành phố" in out
    rc, out, _ = run(["--version"], capsys)
    assert rc == 0 and out.startswith("briefgen ")


def test_json_format_writes_the_briefing(capsys, tmp_path):
    rc, out, err = run(
        ["--province", "lai chau", "--format", "json", "--out", str(tmp_path), "--today", "2026-01-20"], capsys
    )
    assert rc == 0, err
    data = json.loads((tmp_path / "lai-chau" / "all" / "bao-cao-lai-chau-all.json").read_text(encoding="utf-8"))
    assert data["target"] == "Lai Châu"


def test_draft_from_the_flag_or_the_job_file(capsys, tmp_path):
    """--du-thao, or `draft: true` in a job file, makes the briefing a draft (JSON and Markdown say so); without
    either it is not one."""

    def brief(extra, out):
        rc, _, err = run(["--format", "json,md", "--out", str(out), "--today", "2026-01-20", *extra], capsys)
        assert rc == 0, err
        folder = out / "lai-chau" / "all"
        data = json.loads((folder / "bao-cao-lai-chau-all.json").read_text(encoding="utf-8"))
        return data["draft"], (folder / "bao-cao-lai-chau-all.md").read_text(encoding="utf-8")

    draft, md = brief(["--province", "Lai Châu"], tmp_path / "a")
    assert draft is False and "DỰ THẢO" not in md
    draft, md = brief(["--province", "Lai Châu", "--du-thao"], tmp_path / "b")
    assert draft is True and md.lstrip().startswith("**[DỰ THẢO]**")
    cfg = tmp_path / "job.yaml"
    cfg.write_text("province: Lai Châu\ndraft: true\n", encoding="utf-8")
    draft, md = brief(["--config", str(cfg)], tmp_path / "c")
    assert draft is True and "DỰ THẢO" in md.split("# BÁO CÁO", 1)[0]


@pytest.mark.parametrize(
    "content,needle",
    [
        ("province: [1, 2]\n", "phải là chuỗi"),
        ("provnce: Lai Châu\n", "có phải 'province'"),
        ("province: Lai Châu\n  bad: [\n", "lỗi cú pháp YAML"),
        ("province: Không Có\n", "Không tìm thấy tỉnh"),
        ("province: Lai Châu\ncorpus: /khong/co/thu/muc\n", "không tìm thấy thư mục bài viết"),
        ("province: Lai Châu\nformats: [pdf, xls]\n", "định dạng 'xls'"),
        ("province: Lai Châu\nissuer:\n  signer_nme: A\n", "có phải 'signer_name'"),
        ("province: Lai Châu\nlimits:\n  context_action: 3\n", "có phải 'context_actions'"),
        ("province: Lai Châu\nlimits:\n  actions: -1\n", "số nguyên không âm"),
        ("province: Lai Châu\ndraft: có\n", "'draft' phải là true hoặc false"),
        ("province: Lai Châu\ndraft: 1\n", "'draft' phải là true hoặc false"),
    ],
)
def test_bad_configs_give_file_line_and_exit_2(capsys, tmp_path, content, needle):
    cfg = tmp_path / "job.yaml"
    cfg.write_text(content, encoding="utf-8")
    rc, out, err = run(["--config", str(cfg), "--out", str(tmp_path / "o")], capsys)
    assert rc == 2
    assert needle in err and err.count("\n") == 1 and "Traceback" not in err
    assert re.search(rf"{re.escape(str(cfg))}:\d+:", err), err


import re  # noqa: E402


def _weekly_setup(tmp_path: Path) -> Path:
    cfg = tmp_path / "config"
    cfg.mkdir()
    (cfg / "phu-tho-weekly.yaml").write_text(
        f"name: phu-tho-weekly\nprovince: Phú Thọ\nschedule: weekly\nformats: [docx, json]\ncatch_up_weeks: 3\n"
        f"corpus: {SEEDS}\nout: {tmp_path / 'out'}\n",
        encoding="utf-8",
    )
    return cfg


def test_weekly_catch_up_idempotence_and_staff_edits(capsys, tmp_path):
    cfg = _weekly_setup(tmp_path)
    out = tmp_path / "out" / "phu-tho"  # out/<target>/<week>/, as for one briefing
    # first run on Monday 19/01/2026: the last complete week is 2026-W03 (the 14/1 event)
    rc, o, e = run(["weekly", "--config-dir", str(cfg), "--today", "2026-01-19"], capsys)
    assert rc == 0, e
    assert sorted(p.name for p in out.iterdir()) == ["2026-w03"]
    docx_path = out / "2026-w03" / "bao-cao-phu-tho-2026-w03.docx"
    first = docx_path.read_bytes()
    # same day again: nothing to do, nothing rewritten
    mtime = docx_path.stat().st_mtime_ns
    rc, o, e = run(["weekly", "--config-dir", str(cfg), "--today", "2026-01-19"], capsys)
    assert rc == 0 and docx_path.stat().st_mtime_ns == mtime and "Đã ghi" not in o
    # three weeks later, two runs missed: W04, W05, W06 are caught up
    rc, o, e = run(["weekly", "--config-dir", str(cfg), "--today", "2026-02-09"], capsys)
    assert sorted(p.name for p in out.iterdir()) == ["2026-w03", "2026-w04", "2026-w05", "2026-w06"]
    # a colleague edits W03's DOCX; a forced re-run of that week keeps the edit and writes beside it
    docx_path.write_bytes(first + b"edited")
    state = tmp_path / "out" / ".briefgen" / "weekly-state.json"
    state.write_text(json.dumps({"phu-tho-weekly": "2026-W02"}), encoding="utf-8")
    rc, o, e = run(["weekly", "--config-dir", str(cfg), "--today", "2026-01-19"], capsys)
    assert docx_path.read_bytes() == first + b"edited"
    assert (out / "2026-w03" / "bao-cao-phu-tho-2026-w03.v2.docx").read_bytes() == first
    assert "sửa tay" in o


def test_weekly_lock_second_run_exits_4(tmp_path):
    cfg = _weekly_setup(tmp_path)
    lock = tmp_path / "out" / ".briefgen" / "weekly.lock"
    lock.parent.mkdir(parents=True)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import fcntl,time; f=open({str(lock)!r},'a'); fcntl.flock(f, fcntl.LOCK_EX); "
            "print('held', flush=True); time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        r = subprocess.run(
            [sys.executable, "-m", "briefgen.cli", "weekly", "--config-dir", str(cfg), "--today", "2026-01-19"],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
        assert r.returncode == 4 and "lần chạy" in r.stdout
    finally:
        holder.kill()


def test_all_provinces_34_paths_no_collision(capsys, tmp_path):
    rc, out, err = run(["--all-provinces", "--format", "json", "--out", str(tmp_path), "--today", "2026-01-20"], capsys)
    assert rc == 0, err
    files = sorted(tmp_path.glob("*/all/bao-cao-*.json"))
    assert len(files) == 34 and len({f.parent.parent.name for f in files}) == 34


def test_force_overwrites_edits(capsys, tmp_path):
    args = ["--province", "Cao Bằng", "--format", "json", "--out", str(tmp_path), "--today", "2026-01-20"]
    run(args, capsys)
    f = tmp_path / "cao-bang" / "all" / "bao-cao-cao-bang-all.json"
    original = f.read_bytes()
    f.write_bytes(b"{}")
    run(args, capsys)
    assert f.read_bytes() == b"{}" and (f.parent / "bao-cao-cao-bang-all.v2.json").exists()
    run(args + ["--force"], capsys)
    assert f.read_bytes() == original


def test_doctor(capsys, tmp_path):
    rc, out, _ = run(["doctor", "--out", str(tmp_path)], capsys)
    assert "Times New Roman" in out and rc in (0, 2)


def test_extract_contract(capsys):
    rc, out, _ = run(["extract", str(SEEDS), "--format", "json"], capsys)
    data = json.loads(out)
    doc = data["documents"][0]
    for key in (
        "path",
        "title",
        "event_date",
        "published",
        "provinces",
        "chairs",
        "figures",
        "assignments",
        "results",
        "proposals",
        "themes",
    ):
        assert key in doc
    f = doc["figures"][0]
    assert {"text", "value", "unit", "subject", "period", "scope", "qualifier", "sentence", "start", "end"} <= set(f)


def test_store_reuses_unchanged_files(tmp_path):
    from briefgen.store import Store

    corpus = tmp_path / "c"
    corpus.mkdir()
    for p in SEEDS.glob("*.txt"):
        (corpus / p.name).write_bytes(p.read_bytes())
    s = Store(tmp_path / "s.sqlite")
    first = s.load([corpus])
    s.close()
    s = Store(tmp_path / "s.sqlite")
    second = s.load([corpus])
    s.close()
    assert first.parsed == 5 and second.parsed == 0 and second.reused == 5


def test_corrupt_store_is_rebuilt(tmp_path):
    from briefgen.store import Store

    db = tmp_path / "s.sqlite"
    db.write_bytes(b"not a database" * 100)
    s = Store(db)
    loaded = s.load([SEEDS])
    assert len(loaded.docs) == 5 and any("tạo lại" in w for w in loaded.warnings)
    s.close()


def test_weekly_bad_or_duplicate_job_is_named_and_others_still_run(capsys, tmp_path):
    cfg = _weekly_setup(tmp_path)
    jobs = cfg / "jobs"
    jobs.mkdir()
    (cfg / "phu-tho-weekly.yaml").rename(jobs / "phu-tho-weekly.yaml")
    (cfg / "countries.yaml").write_text("countries:\n  - Nhật Bản\n", encoding="utf-8")  # a lexicon: not a job
    (jobs / "typo.yaml").write_text("name: typo\nprovnce: Lai Châu\nschedule: weekly\n", encoding="utf-8")
    (jobs / "zz-same-name.yaml").write_text(
        (jobs / "phu-tho-weekly.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    rc, o, e = run(["weekly", "--config-dir", str(cfg), "--today", "2026-01-19"], capsys)
    assert rc == 2
    assert "typo.yaml:2" in e and "provnce" in e and "zz-same-name.yaml" in e and "trùng" in e
    assert "countries" not in e
    assert (tmp_path / "out" / "phu-tho" / "2026-w03" / "bao-cao-phu-tho-2026-w03.docx").exists()


def test_weekly_missing_config_dir_exits_2(capsys, tmp_path):
    rc, o, e = run(["weekly", "--config-dir", str(tmp_path / "nope"), "--today", "2026-01-19"], capsys)
    assert rc == 2 and "không tìm thấy thư mục cấu hình" in e


def test_weekly_out_and_corpus_options(capsys, tmp_path):
    cfg = _weekly_setup(tmp_path)
    rc, o, e = run(["weekly", "--config-dir", str(cfg), "--today", "2026-01-19", "--out", str(tmp_path / "o2")], capsys)
    assert rc == 0, e
    assert (tmp_path / "o2" / "phu-tho" / "2026-w03" / "bao-cao-phu-tho-2026-w03.json").exists()
    assert not (tmp_path / "out").exists()
    empty = tmp_path / "empty-corpus"
    empty.mkdir()
    rc, o, e = run(
        [
            "weekly",
            "--config-dir",
            str(cfg),
            "--today",
            "2026-01-26",
            "--out",
            str(tmp_path / "o3"),
            "--corpus",
            str(empty),
        ],
        capsys,
    )
    data = json.loads((tmp_path / "o3" / "phu-tho" / "2026-w04" / "bao-cao-phu-tho-2026-w04.json").read_text("utf-8"))
    assert rc == 0 and not data["sources"]


def test_unknown_theme_exits_2_with_closest(capsys, tmp_path):
    rc, out, err = run(["--theme", "khoa hoc", "--out", str(tmp_path)], capsys)
    assert rc == 2 and "khoa học công nghệ" in err and "Traceback" not in err
    assert not any(tmp_path.iterdir())
    # free keywords found in the corpus are a theme of their own
    rc, out, err = run(["--theme", "điện hạt nhân", "--out", str(tmp_path), "--format", "json"], capsys)
    assert rc == 0, err


def test_theme_within_a_province(capsys, tmp_path):
    rc, out, err = run(
        ["--province", "Lai Châu", "--theme", "khoa học công nghệ", "--out", str(tmp_path), "--format", "json"],
        capsys,
    )
    assert rc == 0, err
    data = json.loads(
        next((tmp_path / "lai-chau-chu-de-khoa-hoc-cong-nghe" / "all").glob("bao-cao-*.json")).read_text()
    )
    assert "khoa học công nghệ" in data["title"] and "Lai Châu" in data["title"]
    whole = tmp_path / "whole"
    run(["--province", "Lai Châu", "--out", str(whole), "--format", "json"], capsys)
    full = json.loads(next((whole / "lai-chau" / "all").glob("bao-cao-*.json")).read_text())
    assert 0 < len(data["figures"]) < len(full["figures"])


def test_html_output_is_self_contained(capsys, tmp_path):
    rc, out, err = run(["--province", "Lai Châu", "--out", str(tmp_path), "--format", "html"], capsys)
    assert rc == 0, err
    page = next((tmp_path / "lai-chau" / "all").glob("*.html")).read_text(encoding="utf-8")
    assert "<style>" in page and 'href="briefing.css"' not in page and "@page" in page
