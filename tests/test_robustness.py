"""Robustness: generated inputs never crash the reader, extractor, config loader or province resolver; hostile
articles go through the whole pipeline (read, extract, store, assemble, every renderer) without a crash or a case
slower than 5 s; faults never leave a partial file; each defect of issue #22 has its test.

Profiles: HYPOTHESIS_PROFILE=ci (default: 2,500 cases per cheap property, 25 whole-pipeline cases, 2 with a PDF)
or =long (HYPOTHESIS_MAX_EXAMPLES per cheap property, default 50,000; a tenth of it through the pipeline; 1/200 with
a PDF). Per-case timings of the pipeline are asserted (< 5 s) in the long profile and reported in both; with
BRIEFGEN_FUZZ_REPORT=FILE each property appends one JSON line (cases, slowest) to FILE."""

import errno
import json
import os
import re
import shutil
import sqlite3
import string
import time
import unicodedata
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.config import ConfigError, _validate
from briefgen.corpus import build_document
from briefgen.corpus.encodings import DecodeError
from briefgen.extract import extract
from briefgen.gazetteer import UnknownProvince, load_gazetteer
from briefgen.outputs import Manifest, WriteReport, atomic_write, slug

PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
LONG_EXAMPLES = int(os.environ.get("HYPOTHESIS_MAX_EXAMPLES", "50000"))  # bounds a long run (hours at 50,000)
settings.register_profile("ci", max_examples=2500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "long", max_examples=LONG_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(PROFILE)
# The whole pipeline costs ~0.1-0.3 s a case (a DOCX, a chart, an HTML page; a PDF ~1 s): fewer cases than the
# cheap properties, so that the ci profile stays within a minute.
PIPELINE_EXAMPLES = 25 if PROFILE != "long" else max(100, LONG_EXAMPLES // 10)
PDF_EXAMPLES = 2 if PROFILE != "long" else max(10, LONG_EXAMPLES // 200)
CASE_SECONDS = 5.0  # no case may take longer (asserted in the long profile)

VI_WORDS = [
    "Thủ",
    "tướng",
    "Chính",
    "phủ",
    "yêu",
    "cầu",
    "các",
    "bộ,",
    "ngành,",
    "địa",
    "phương",
    "đẩy",
    "mạnh",
    "hợp",
    "tác",
    "năm",
    "2025",
    "đạt",
    "30,39",
    "triệu",
    "USD",
    "gần",
    "500",
    "hoạt",
    "động",
    "Lai",
    "Châu",
    "hòa",
    "bình",
    "Hoà",
    "Bình",
    "Tối",
    "10/1",
    "tính",
    "đến",
    "15/12",
    "Nghị",
    "quyết",
    "số",
    "21/NQ-CP",
    "Đồng",
    "thời",
    "Cùng",
    "với",
    "đó",
    "Đại",
    "sứ",
    "Việt",
    "Nam",
    "tại",
    "Mỹ",
    "phải",
    "cần",
    ";",
    ":",
    ".",
    ",",
    "(",
    ")",
    "6",
    "tháng",
    "đầu",
    "năm",
    "1.500",
    "03",
    "2",
    "con",
    "số",
    "điểm",
    "cầu",
    "tỉnh",
    "do",
    "đồng",
    "chí",
    "chủ",
    "trì",
]
vi_text = st.lists(
    st.sampled_from(VI_WORDS) | st.text(alphabet=string.digits + "/.,;:-", max_size=6), max_size=120
).map(" ".join)


@given(st.binary(max_size=3000))
def test_reader_never_crashes_on_bytes(raw):
    try:
        doc = build_document(Path("x.txt"), raw)
    except DecodeError:
        return
    for p in doc.paragraphs:
        assert 0 <= p.start <= p.end <= len(doc.text)


@given(st.text(max_size=2000), st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]))
def test_reader_never_crashes_on_unicode(text, enc):
    try:
        doc = build_document(Path("x.txt"), text.encode(enc, errors="surrogatepass"))
    except (DecodeError, UnicodeEncodeError):
        return
    assert "\x00" not in doc.text


@given(st.lists(vi_text, min_size=1, max_size=8))
def test_extractor_offsets_inside_text(paras):
    try:
        doc = build_document(Path("x.txt"), "\n".join(paras).encode())
    except DecodeError:
        return
    f = extract(doc)
    for x in f.figures:
        assert 0 <= x.start < x.end <= len(doc.text) and doc.text[x.start : x.end] == x.text
    for a in f.assignments:
        assert 0 <= a.start <= a.end <= len(doc.text)


yaml_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20), lambda c: st.lists(c, max_size=3), max_leaves=6
)


@given(
    st.dictionaries(st.sampled_from(["province", "theme", "formats", "issuer", "provnce", "period", "x"]), yaml_values)
)
def test_config_validation_raises_only_config_error(data):
    text = yaml.safe_dump(data, allow_unicode=True)
    try:
        from briefgen.config import _load_yaml

        p = Path("/tmp/briefgen-hyp.yaml")
        p.write_text(text, encoding="utf-8")
        d, lines = _load_yaml(p)
        _validate(d, lines, p)
    except ConfigError as e:
        assert str(e).startswith("/tmp/briefgen-hyp.yaml")


@given(st.text(max_size=60))
def test_province_resolver_never_crashes(name):
    try:
        assert load_gazetteer().resolve(name).province.name
    except UnknownProvince as e:
        assert "Không tìm thấy" in str(e)


@given(st.text(max_size=400))
def test_slugs_are_safe(name):
    s = slug(name)
    assert s and "/" not in s and "\x00" not in s and not s.startswith(".") and len(s) <= 60


def test_failing_write_leaves_no_partial_file(tmp_path, monkeypatch):
    target = tmp_path / "a.docx"
    target.write_bytes(b"old")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError):
        atomic_write(target, b"new" * 1000)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.docx"]


def test_corrupt_manifest_is_rebuilt_and_edits_kept(tmp_path):
    f = tmp_path / "b.json"
    f.write_bytes(b"staff")
    (tmp_path / ".briefgen-manifest.json").write_text("{not json", encoding="utf-8")
    m = Manifest(tmp_path)
    assert m.warning
    rep = WriteReport()
    where = m.write(f, b"new", False, rep)
    assert f.read_bytes() == b"staff" and where.name == "b.v2.json"


def test_hostile_names_stay_inside_the_output_folder(tmp_path):
    from briefgen.api import output_dir
    from briefgen.periods import ALL

    for name in ("../../etc", "/etc/passwd", "a\x00b", "x" * 500, "..", "."):
        d = output_dir(tmp_path, name, ALL).resolve()
        assert d.is_relative_to(tmp_path.resolve())


def test_hostile_article_end_to_end(tmp_path):
    """An article full of template syntax, script and local-file references goes through the whole pipeline."""
    import subprocess
    import sys

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "evil.txt").write_text(
        "Lai Châu dự Hội nghị {{ 7*7 }} <script>alert(1)</script>\n"
        "Sáng 14/1/2026, Thủ tướng Chính phủ chủ trì Hội nghị {% raw %}x{% endraw %}.\n"
        'Dự điểm cầu tỉnh Lai Châu có đồng chí Hà Văn A - Phó Chủ tịch UBND tỉnh <img src="file:///etc/passwd">.\n'
        "Tại tỉnh Lai Châu, năm 2025 kim ngạch ước đạt 30,39 triệu USD url(http://127.0.0.1:9/x).\n"
        "Thủ tướng yêu cầu các địa phương {{ config }} đẩy mạnh <b>xuất khẩu</b>.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "briefgen.cli",
            "--province",
            "Lai Châu",
            "--corpus",
            str(corpus),
            "--out",
            str(out),
            "--format",
            "pdf,docx,html,json,md",
            "--today",
            "2026-01-20",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    folder = out / "lai-chau" / "all"
    html = (folder / "bao-cao-lai-chau-all.html").read_text(encoding="utf-8")
    assert "{{ 7*7 }}" in html and "<script>" not in html and "&lt;script&gt;" in html
    assert '<img src="file:///etc/passwd">' not in html
    pdf_text = subprocess.run(
        ["pdftotext", str(folder / "bao-cao-lai-chau-all.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "{{ 7*7 }}" in pdf_text and "49" not in pdf_text.replace("2026", "")


def test_killed_render_leaves_previous_output_intact(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    out = tmp_path / "out"
    args = ["--province", "Cao Bằng", "--out", str(out), "--format", "json,pdf", "--today", "2026-01-20"]
    from briefgen.cli import main

    assert main(args) == 0
    folder = out / "cao-bang" / "all"
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    # a second run that is killed while the PDF is being rendered
    code = (
        "import sys, time, briefgen.render.html as h\n"
        "orig = h.render_pdf\n"
        "def slow(*a, **k):\n"
        "    open(sys.argv[1], 'w').close(); time.sleep(60)\n"
        "h.render_pdf = h.pdf_from_html = slow\n"
        "import briefgen.render as r; r.render_pdf = r.pdf_from_html = slow\n"
        "from briefgen.cli import main\n"
        f"main({args!r} + ['--today', '2026-02-20'])\n"
    )
    marker = tmp_path / "rendering"
    proc = subprocess.Popen([sys.executable, "-c", code, str(marker)])
    for _ in range(600):
        if marker.exists():
            break
        time.sleep(0.1)
    children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
    workers = [int(x) for x in children.read_text().split()] if children.exists() else []
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    after = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert after == before
    # the forked PDF worker does not outlive the killed run
    for _ in range(50):
        if not any(Path(f"/proc/{w}").exists() and "zombie" not in _state(w) for w in workers):
            break
        time.sleep(0.1)
    assert not any(Path(f"/proc/{w}").exists() and "zombie" not in _state(w) for w in workers)


def _state(pid: int) -> str:
    try:
        return next(ln for ln in Path(f"/proc/{pid}/status").read_text().splitlines() if ln.startswith("State:"))
    except (OSError, StopIteration):
        return "zombie"  # gone while we looked


# --- issue #22: hostile inputs found by the red team ---------------------------------------------------------------
# Each test below reproduces one defect of the report; the helpers run the whole pipeline in-process.

LEAD = "Lai Châu dự Hội nghị trực tuyến\n\nSáng 14/1/2026, tại tỉnh Lai Châu, năm 2025 kim ngạch xuất khẩu đạt 12 tỷ USD.\n"


def _write_corpus(folder: Path, files: dict[str, str | bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, body in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(body.encode("utf-8") if isinstance(body, str) else body)
    return folder


def _pipeline(corpus: Path, formats=("json", "docx", "html"), store: Path | None = None):
    """Read, extract, store, assemble the Lai Châu briefing and render it: (loaded, briefing, views)."""
    from datetime import date

    from briefgen.api import build_briefing, load_corpus, resolve_target
    from briefgen.config import make_job
    from briefgen.periods import ALL
    from briefgen.render import render_all

    loaded = load_corpus([corpus], store)
    b = build_briefing(loaded, resolve_target("Lai Châu", None), ALL, make_job({}, "<test>"), date(2026, 1, 20))
    return loaded, b, render_all(b, list(formats))


def test_huge_figure_does_not_break_the_briefing(tmp_path):
    """#22.1: a 30-digit figure made every briefing citing it fail (decimal.InvalidOperation in Babel)."""
    huge = "1" + "0" * 29
    body = LEAD + f"\nTại tỉnh Lai Châu, năm 2025 doanh thu đạt {huge} USD, lợi nhuận đạt {'9' * 400} USD.\n"
    body += f"\nTại tỉnh Lai Châu, năm 2024 vốn đạt 1.000.000.000.000.000.000.000.000.000,5 USD và {'7' * 5000} USD.\n"
    loaded, b, views = _pipeline(_write_corpus(tmp_path / "c", {"a.txt": body}))
    assert not loaded.errors and b.sources
    assert all(len(v.display) < 200 for r in b.figures for v in r.values)
    assert views["docx"] and views["json"] and views["html"]


def test_huge_stored_figure_is_shown_as_written():
    """#22.1, facts stored by an earlier version (1e29 as a float): shown as written, never passed to Babel."""
    from briefgen.assemble import _display
    from briefgen.briefing import Briefing, Cited, Issuer, Trend, TrendPoint
    from briefgen.extract.facts import Figure
    from briefgen.render.common import chart_data

    f = Figure("đạt 1" + "0" * 29 + " USD", 1e29, "USD", "doanh thu", None, None, "Lai Châu", "đạt", "", 0, 1)
    assert _display(f) == f.text
    assert _display(Figure("x", float("inf"), "USD", "d", None, None, "q", None, "", 0, 1)) == "x"
    # nor drawn: a bar of 1e29 would flatten every other one
    b = Briefing("theme", "x", "p", "all", "2026-01-20", "t", Issuer())
    points = [TrendPoint("2024", "2024", f.text, [Cited(1, "")], 1e29), TrendPoint("2025", "2025", "5", [], 5.0)]
    b.trends = [Trend("doanh thu", "USD", "Lai Châu", points)]
    assert chart_data(b).values == [0.0, 5.0]


CONTROLS = ["\x0b", "\x0c", "\x01", "\x1b", "\x7f", "\x85", "\x9b", "\u2028", "\u2029"]


@pytest.mark.parametrize("ch", CONTROLS, ids=[f"U+{ord(c):04X}" for c in CONTROLS])
def test_control_characters_in_text_and_file_names(tmp_path, ch):
    """#22.2, #22.3: a control character in an article or its name aborted the DOCX ("All strings must be XML
    compatible"); U+2029/U+0085 in a figure broke the chart (raqm_layout failed)."""
    body = (
        f"Lai Châu dự Hội nghị{ch}trực tuyến\n\nSáng 14/1/2026, tại tỉnh Lai Châu, năm 2025 kim ngạch{ch}xuất khẩu "
        f"đạt 12{ch}tỷ USD.\n\nTại tỉnh Lai Châu, năm 2025 doanh thu{ch}du lịch đạt 15 tỷ USD. Thủ tướng yêu cầu các "
        f"địa phương đẩy{ch}mạnh xuất khẩu.\n"
    )
    loaded, b, views = _pipeline(_write_corpus(tmp_path / "c", {f"a{ch}b.txt": body}))
    assert not loaded.errors and b.sources and b.figures
    for d in loaded.docs:
        assert not any(unicodedata.category(c) == "Cc" and c != "\n" for c in d.text)
        assert "\u2028" not in d.text and "\u2029" not in d.text
    assert views["docx"][:2] == b"PK"


def test_sanitise_text_at_entry():
    from briefgen.sanitise import sanitise_text

    assert sanitise_text("a\x0bb\u2028c\u2029d\x85e\r\nf\rg") == "a\nb\nc\nd\ne\nf\ng"
    assert sanitise_text("tỷ lệ che\n\x0c   2\nphủ") == "tỷ lệ che\n    2\nphủ"  # pdftotext's page break: a space
    assert sanitise_text("a\x01b\x1bc\x7fd\x9be\x00f\tg") == "abcdef\tg"
    assert sanitise_text("Hoa\u0300 Bi\u0300nh") == "Hoà Bình"  # NFC
    assert sanitise_text("x\ud800y\ufffez") == "xyz"  # lone surrogates and non-characters: not XML


def test_docx_writer_sanitises_every_string(lai_chau):
    """Strings that do not come through the reader (config, file names, stored facts of an earlier version) are made
    XML-safe by the DOCX writer itself."""
    import copy

    from briefgen.render.chart import bar_chart_png
    from briefgen.render.common import ChartData
    from briefgen.render.docx import render_docx

    b = copy.deepcopy(lai_chau)
    b.issuer.body = "SỞ\x01 NGOẠI VỤ\x0b"
    b.issuer.recipients = ["Như trên\x1b", "Lưu\x00: VT"]
    b.title = "Báo cáo\x0c tuần"
    b.sources[0].path = "/tmp/a\x0bb\udcff.txt"
    if b.figures:
        b.figures[0].subject += "\x01\u2029"
    assert render_docx(b)[:2] == b"PK"
    png = bar_chart_png(ChartData("t\u2029x\x85", "USD", ["a\u2029b", "c\nd\x01"], [1.0, 2.0], ["1\u20292", "2"]))
    assert png[:4] == b"\x89PNG"


def _cli(args: list[str], timeout: float = 90):
    """briefgen in a child process, so that a hang fails the test (TimeoutExpired) instead of stalling the run."""
    import subprocess
    import sys

    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    return subprocess.run(
        [sys.executable, "-m", "briefgen.cli", *args], capture_output=True, text=True, timeout=timeout, env=env
    )


def test_hostile_files_in_the_corpus_are_named_and_skipped(tmp_path):
    """#22.3, #22.4, #22.11: a file name that is not UTF-8 stopped the run; a FIFO named x.txt and a link to
    /dev/zero hung it (or ran out of memory); a link loop was walked 40 levels deep; a link to /etc/passwd was read
    as an article. Each is now named on stderr (one Vietnamese line) and the other files are processed."""
    corpus = _write_corpus(tmp_path / "c", {"ok.txt": LEAD, "sub/inner.txt": LEAD.replace("12 tỷ", "13 tỷ")})
    (corpus / os.fsdecode(b"t\xean-h\xf4ng-utf8.txt")).write_bytes(LEAD.encode())
    os.mkfifo(corpus / "x.txt")
    os.symlink("/dev/zero", corpus / "zero.txt")
    os.symlink("/etc/passwd", corpus / "passwd.txt")
    os.symlink(corpus, corpus / "loop")  # a loop back to the corpus itself
    os.symlink(corpus / "sub", corpus / "again")  # a folder inside the corpus: listed once, where it is
    os.symlink(corpus / "nowhere.txt", corpus / "broken.txt")
    outside = _write_corpus(tmp_path / "elsewhere", {"e.txt": LEAD})
    os.symlink(outside, corpus / "out-dir")
    r = _cli(["corpus", str(corpus), "--format", "json", "--store", str(tmp_path / "s.sqlite")], timeout=60)
    assert r.returncode == 1, r.stderr
    data = json.loads(r.stdout)
    assert sorted(Path(d["path"]).name for d in data["documents"]) == ["inner.txt", "ok.txt"]
    lines = r.stderr.strip().splitlines()
    assert "Traceback" not in r.stderr and all(ln.startswith(("Bỏ qua", "Cảnh báo")) for ln in lines), r.stderr
    named = {name: [ln for ln in lines if name in ln] for name in ("x.txt", "zero.txt", "passwd.txt", "out-dir")}
    named["utf8"] = [ln for ln in lines if "t\ufffdn-h\ufffdng-utf8.txt" in ln]
    named["broken"] = [ln for ln in lines if "broken.txt" in ln]
    assert all(len(v) == 1 for v in named.values()), (named, r.stderr)
    assert "UTF-8" in named["utf8"][0] and "ngoài thư mục" in named["passwd.txt"][0]
    assert "ngoài thư mục" in named["out-dir"][0] and "không phải tệp thông thường" in named["x.txt"][0]
    assert not any("loop" in ln or "again" in ln for ln in lines)


def test_over_large_file_is_skipped_by_name(tmp_path, monkeypatch):
    """#22.3: files are read up to a size cap; a larger one is named and skipped, the others processed."""
    import briefgen.corpus as corpus_mod
    from briefgen.api import load_corpus

    monkeypatch.setattr(corpus_mod, "MAX_FILE_BYTES", 4096)
    corpus = _write_corpus(tmp_path / "c", {"ok.txt": LEAD, "big.txt": LEAD + "Doanh thu đạt 12 tỷ đồng.\n" * 400})
    loaded = load_corpus([corpus], None)
    assert len(loaded) == 1 and len(loaded.errors) == 1
    assert "big.txt" in str(loaded.errors[0]) and "quá lớn" in str(loaded.errors[0])


def _extract_seconds(text: str) -> float:
    import time

    from briefgen.corpus import build_document

    best = float("inf")
    for _ in range(2):  # the better of two: the machine is shared
        t = time.perf_counter()
        extract(build_document(Path("x.txt"), text.encode("utf-8")))
        best = min(best, time.perf_counter() - t)
    return best


@pytest.mark.parametrize(
    "line,lines",
    [
        ("Doanh thu đạt 12 tỷ đồng.", 500),
        ("Tại tỉnh Lai Châu, năm 2025 kim ngạch đạt 12 tỷ USD; Bộ Công Thương đề nghị tăng 5%.", 250),
        ("Thủ tướng yêu cầu các địa phương đẩy mạnh xuất khẩu đạt 12 tỷ đồng.", 250),
    ],
    ids=["figures", "figures-and-proposals", "directives"],
)
def test_extraction_time_grows_linearly(line, lines):
    """#22.4: 16,000 short figure lines took 8.4 s (each figure looked through every figure before it, each
    sentence through every directive, each province named back to the text's start): 16 times the lines must cost
    about 16 times the time, not 50."""
    small = _extract_seconds("Tin Lai Châu\n\n" + (line + "\n") * lines)
    large = _extract_seconds("Tin Lai Châu\n\n" + (line + "\n") * lines * 16)
    assert large < 30 * max(small, 0.01), (small, large)


def test_work_per_article_is_bounded(tmp_path, monkeypatch):
    """#22.4: an 8.8 MB file of 200,000 figure lines is read up to MAX_ARTICLE_CHARS (500,000; 20,000 here to keep
    the test short), with a warning."""
    import briefgen.corpus as corpus_mod

    monkeypatch.setattr(corpus_mod, "MAX_ARTICLE_CHARS", 20_000)
    body = LEAD + "Doanh thu đạt 12 tỷ đồng.\n" * 2000
    loaded, b, views = _pipeline(_write_corpus(tmp_path / "c", {"big.txt": body}), formats=("json",))
    (doc,) = loaded.docs
    assert len(doc.text) <= 20_000 and any("ký tự đầu" in w for w in doc.warnings)
    assert not loaded.errors and b.sources


class _FullDisk:
    """A connection whose writes fail as on a full disk (SQLite's SQLITE_FULL); reads go to the real database."""

    _WRITES = ("CREATE", "INSERT", "DELETE", "UPDATE", "PRAGMA USER_VERSION =", "PRAGMA JOURNAL_MODE", "BEGIN")

    def __init__(self, real):
        self._real = real

    def _check(self, sql: str) -> None:
        if sql.lstrip().upper().startswith(self._WRITES):
            raise sqlite3.OperationalError("database or disk is full")

    def execute(self, sql, *args):
        self._check(sql)
        return self._real.execute(sql, *args)

    def executescript(self, sql):
        self._check(sql)
        return self._real.executescript(sql)

    def cursor(self):
        return self

    def __getattr__(self, name):
        return getattr(self._real, name)


def _seed_store(path: Path) -> bytes:
    from briefgen.store import Store

    s = Store(path)
    s.load([ROOT_SEEDS])
    s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    s.close()
    return path.read_bytes()


ROOT_SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_full_disk_leaves_the_store_intact(tmp_path, monkeypatch, capsys):
    """#22.5: a full disk made an intact store 'corrupt': it was renamed *.broken-<time> and rebuilt. Only a real
    corruption sets a store aside; a write error is reported (exit 3) and the store is left as it was."""
    import briefgen.store as store_mod
    from briefgen.cli import main

    db = tmp_path / "s.sqlite"
    before = _seed_store(db)
    real_connect = sqlite3.connect
    monkeypatch.setattr(store_mod.sqlite3, "connect", lambda *a, **k: _FullDisk(real_connect(*a, **k)))
    extra = _write_corpus(tmp_path / "c", {"new.txt": LEAD})
    for args in (["corpus", str(ROOT_SEEDS)], ["corpus", str(extra)]):
        rc = main([*args, "--store", str(db)])
        err = capsys.readouterr().err
        assert rc == 3 and "đầy" in err and "Traceback" not in err, err
        assert len(err.strip().splitlines()) == 1
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c", "s.sqlite"]


def test_corrupt_store_copies_never_overwrite_each_other(tmp_path, monkeypatch):
    """#22.5: a second run in the same second overwrote the first broken copy (with 0 bytes)."""
    import time

    from briefgen.store import Store

    monkeypatch.setattr(time, "time", lambda: 1_700_000_000.0)
    db = tmp_path / "s.sqlite"
    copies = []
    for n in range(3):
        garbage = b"SQLite format 3\x00" + bytes([n]) * 8192  # a header, then nothing a database can read
        db.write_bytes(garbage)
        s = Store(db)
        assert any("tạo lại" in w for w in s.warnings)
        s.close()
        copies.append(garbage)
    kept = sorted(p for p in tmp_path.iterdir() if ".broken-" in p.name)
    assert len(kept) == 3 and sorted(p.read_bytes() for p in kept) == sorted(copies)


def test_store_path_that_is_not_a_store_is_refused(tmp_path):
    """#22.6: --store PATH renamed a folder or any file out of the way and put a database in its place."""
    from briefgen.cli import main

    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "keep.txt").write_text("x", encoding="utf-8")
    notes = tmp_path / "notes.txt"
    notes.write_text("ghi chú quan trọng\n", encoding="utf-8")
    other_app = tmp_path / "places.sqlite"
    conn = sqlite3.connect(other_app)
    conn.execute("CREATE TABLE bookmarks (url TEXT)")
    conn.commit()
    conn.close()
    app_bytes = other_app.read_bytes()
    for target in (folder, notes, other_app):
        rc = main(["corpus", str(ROOT_SEEDS), "--store", str(target)])
        assert rc == 2, target
    assert (folder / "keep.txt").exists() and notes.read_text(encoding="utf-8") == "ghi chú quan trọng\n"
    assert other_app.read_bytes() == app_bytes
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder", "notes.txt", "places.sqlite"]
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    assert main(["corpus", str(ROOT_SEEDS), "--store", str(empty)]) == 0


def test_store_refusal_message_is_one_vietnamese_line(tmp_path, capsys):
    from briefgen.cli import main

    notes = tmp_path / "notes.txt"
    notes.write_text("x" * 100, encoding="utf-8")
    assert main(["corpus", str(ROOT_SEEDS), "--store", str(notes)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and str(notes) in err and "không phải kho dữ liệu" in err, err


class _Killed(BaseException):
    """A kill at some instant: nothing after it runs (not an Exception: no handler of briefgen's catches it)."""


def _views(tag: str) -> dict[str, bytes]:
    """Outputs of a run: small JSON and Markdown, and a real DOCX (made by the two_docx fixture)."""
    return {"json": f'{{"tag": "{tag}"}}\n'.encode(), "md": f"# {tag}\n".encode(), "docx": _DOCX[tag]}


_DOCX: dict[str, bytes] = {}


@pytest.fixture(scope="module")
def two_docx(lai_chau):
    """Two real DOCX outputs of briefgen (different titles), for the manifest tests."""
    import copy

    from briefgen.render.docx import render_docx

    for tag in ("old", "new", "newer"):
        b = copy.deepcopy(lai_chau)
        b.title += f" ({tag})"
        _DOCX[tag] = render_docx(b)
    return _DOCX


@pytest.mark.parametrize("kill_at", range(7))
def test_no_false_staff_edit_after_a_kill_at_any_point(tmp_path, monkeypatch, two_docx, kill_at):
    """#22.7: a SIGKILL just after the first output was renamed (or a failure writing the second) left the manifest
    without its hash: every later run called briefgen's own file 'đã được sửa tay' and wrote .v2 copies forever.
    Here the run is killed at each file system commit in turn (every os.replace: outputs and manifest), then run
    again with newer content: nothing is 'edited', everything is replaced."""
    import briefgen.outputs as outputs_mod
    from briefgen.outputs import write_views

    fmts = ["json", "md", "docx"]
    write_views(_views("old"), fmts, tmp_path, "bao-cao", False)
    calls = []
    real_replace = os.replace

    def replace(src, dst):
        calls.append(dst)
        if len(calls) == kill_at + 1:
            raise _Killed()
        return real_replace(src, dst)

    monkeypatch.setattr(outputs_mod.os, "replace", replace)
    with pytest.raises(_Killed):
        write_views(_views("new"), fmts, tmp_path, "bao-cao", False)
    monkeypatch.setattr(outputs_mod.os, "replace", real_replace)
    rep = write_views(_views("newer"), fmts, tmp_path, "bao-cao", False)
    assert not rep.kept_edits and not rep.warnings, (kill_at, rep)
    assert {p.name: p.read_bytes() for p in tmp_path.glob("bao-cao*")} == {
        f"bao-cao.{f}": _views("newer")[f] for f in fmts
    }


def test_deleted_or_corrupt_manifest_is_reported_and_safe(tmp_path, two_docx):
    """#22.7: a deleted or corrupt manifest made every existing output 'edited', silently. Now briefgen's own DOCX
    is recognised by its untouched properties; a file it cannot vouch for is kept (new version beside it) with a
    warning that names the manifest; a corrupt manifest is set aside, not overwritten."""
    from briefgen.outputs import MANIFEST, write_views

    fmts = ["json", "docx"]
    write_views(_views("old"), fmts, tmp_path, "bao-cao", False)
    (tmp_path / MANIFEST).unlink()
    rep = write_views(_views("new"), fmts, tmp_path, "bao-cao", False)
    assert (tmp_path / "bao-cao.docx").read_bytes() == _views("new")["docx"]
    assert [(a.name, b.name) for a, b in rep.kept_edits] == [("bao-cao.json", "bao-cao.v2.json")]
    assert len(rep.warnings) == 1 and MANIFEST in rep.warnings[0] and "--force" in rep.warnings[0]
    # a corrupt manifest: reported, set aside; staff's edit of the DOCX (Word changes its properties) is kept
    (tmp_path / MANIFEST).write_text("{not json", encoding="utf-8")
    edited = _views("old")["docx"].replace(b"<cp:lastModifiedBy>briefgen<", b"<cp:lastModifiedBy>Lan<")
    (tmp_path / "bao-cao.docx").write_bytes(edited)
    rep = write_views(_views("old"), fmts, tmp_path, "bao-cao", False)
    assert (tmp_path / "bao-cao.docx").read_bytes() == edited
    assert any(MANIFEST in w and "hỏng" in w for w in rep.warnings)
    assert [p.read_text(encoding="utf-8") for p in tmp_path.glob(MANIFEST + ".broken-*")] == ["{not json"]


@pytest.mark.parametrize(
    "state",
    [b"[]", b'{"lai-chau-weekly": 5}', b'"2026-W02"', b'{"lai-chau-weekly": {"week": "2026-W02"}}', b"\xff\xfe{", b"{"],
    ids=["list", "number", "string", "nested", "not-utf8", "truncated"],
)
def test_weekly_state_of_the_wrong_shape_is_reported_and_jobs_run(tmp_path, capsys, state):
    """#22.8: a state file of the wrong shape failed every weekly run (exit 3). It is now named on stderr, set
    aside, and read as empty: the jobs run."""
    from briefgen.cli import main

    jobs = tmp_path / "config" / "jobs"
    jobs.mkdir(parents=True)
    out = tmp_path / "out"
    (jobs / "lai-chau-weekly.yaml").write_text(
        f"name: lai-chau-weekly\nprovince: Lai Châu\nschedule: weekly\nformats: [json]\ncorpus: {ROOT_SEEDS}\n"
        f"out: {out}\n",
        encoding="utf-8",
    )
    state_path = out / ".briefgen" / "weekly-state.json"
    state_path.parent.mkdir(parents=True)
    state_path.write_bytes(state)
    rc = main(["weekly", "--config-dir", str(tmp_path / "config"), "--today", "2026-01-19"])
    err = capsys.readouterr().err
    assert rc == 0, err
    assert (out / "lai-chau" / "2026-w03" / "bao-cao-lai-chau-2026-w03.json").exists()
    assert "weekly-state.json" in err and "Traceback" not in err
    assert [p.read_bytes() for p in state_path.parent.glob("weekly-state.json.broken-*")] == [state]
    assert json.loads(state_path.read_text(encoding="utf-8")) == {"lai-chau-weekly": "2026-W03"}


def _job_file(tmp_path: Path, body: str) -> Path:
    p = tmp_path / "job.yaml"
    p.write_text(
        f"name: t\nprovince: Lai Châu\nformats: [json]\ncorpus: {ROOT_SEEDS}\nout: {tmp_path / 'out'}\n" + body
    )
    return p


@pytest.mark.parametrize(
    "issuer,line",
    [
        ('  body: "SỞ {provnce}"\n', 7),
        ('  body: "SỞ {0}"\n', 7),
        ('  place: "{province:>300000000}"\n', 7),
        ('  body: "{PROVINCE_FULL.__class__}"\n', 7),
        ('  body: "SỞ"\n  recipients: ["Như trên", "UBND {tinh}"]\n', 8),
    ],
    ids=["typo", "positional", "format-spec", "attribute", "recipient"],
)
def test_issuer_placeholders_are_substituted_safely(tmp_path, capsys, issuer, line):
    """#22.9: issuer strings went through str.format: '{provnce}' or '{0}' crashed, '{province:>300000000}' wrote
    a 300 MB JSON. Only {province} and {PROVINCE_FULL} are substituted; anything else is a ConfigError with
    file:line, before any article is read."""
    from briefgen.cli import main

    job = _job_file(tmp_path, "issuer:\n" + issuer)
    rc = main(["--config", str(job), "--format", "json"])
    err = capsys.readouterr().err
    assert rc == 2 and f"{job}:{line}:" in err and "{province}" in err and len(err.strip().splitlines()) == 1, err
    assert not (tmp_path / "out").exists()


def test_known_placeholders_and_literal_braces(tmp_path):
    from briefgen.config import load_job

    job = load_job(_job_file(tmp_path, 'issuer:\n  body: "SỞ {{X}} {province}"\n  place: "{PROVINCE_FULL}"\n'))
    issuer = job.make_issuer("Lai Châu", "Tỉnh Lai Châu")
    assert issuer.body == "SỞ {X} Lai Châu" and issuer.place == "TỈNH LAI CHÂU"


def test_yaml_aliases_are_refused(tmp_path, capsys):
    """#22.9: a YAML alias bomb ran out of memory. Anchors and aliases have no use in a job file: refused with
    file:line, in no time and memory."""
    import time

    from briefgen.cli import main

    job = _job_file(tmp_path, "keywords: &k [a]\nissuer:\n  recipients: *k\n")
    rc = main(["--config", str(job), "--format", "json"])
    err = capsys.readouterr().err
    assert rc == 2 and f"{job}:6:" in err and "YAML" in err, err
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n"
    for name, prev in zip("bcdefghi", "abcdefgh", strict=True):
        bomb += f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]\n"
    (tmp_path / "bomb.yaml").write_text(bomb + "issuer:\n  recipients: *i\n", encoding="utf-8")
    t = time.perf_counter()
    rc = main(["--config", str(tmp_path / "bomb.yaml"), "--format", "json"])
    err = capsys.readouterr().err
    assert rc == 2 and f"{tmp_path / 'bomb.yaml'}:1:" in err and time.perf_counter() - t < 5, err


@pytest.mark.parametrize(
    "period",
    ["2026-W99", "2026-13", "{from: 2026-02-30}", "{from: 2026-02-01, to: 2026-01-01}", "{form: 2026-01-01}", "[1]"],
)
def test_period_errors_carry_file_and_line(tmp_path, capsys, period):
    """#22.9: an error in 'period:' had no file:line."""
    from briefgen.cli import main

    job = _job_file(tmp_path, f"period: {period}\n")
    rc = main(["--config", str(job), "--format", "json"])
    err = capsys.readouterr().err
    assert rc == 2 and f"{job}:6:" in err and len(err.strip().splitlines()) == 1, err


def test_templates_run_sandboxed(tmp_path, capsys):
    """#22.10: a `templates:` folder from anywhere ran Jinja unsandboxed (os.popen executed). Templates are now
    rendered in Jinja's sandbox: reaching Python internals is an error (exit 2, one line), nothing is run."""
    from briefgen.cli import main

    marker = tmp_path / "pwned"
    tpl = tmp_path / "tpl"
    shutil.copytree(ROOT_SEEDS.parent / "templates", tpl)
    page = (tpl / "briefing.html.j2").read_text(encoding="utf-8")
    attack = "{{ cycler.__init__.__globals__.os.popen('touch " + str(marker) + "').read() }}"
    (tpl / "briefing.html.j2").write_text(attack + page, encoding="utf-8")
    job = _job_file(tmp_path, f"templates: {tpl}\n")
    rc = main(["--config", str(job), "--format", "html"])
    err = capsys.readouterr().err
    assert rc == 2 and not marker.exists() and "briefing.html.j2" in err and len(err.strip().splitlines()) == 1, err
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").rglob("*.html"))


def test_existing_files_briefgen_did_not_write_are_never_replaced(tmp_path, two_docx):
    """#22.10: `out:` may point anywhere; whatever stands where an output goes and is not briefgen's (a document
    of the same name, a folder, a FIFO) is kept, never read as a whole nor replaced; the output goes beside it."""
    import zipfile

    from briefgen.outputs import write_views

    foreign = tmp_path / "bao-cao.docx"
    with zipfile.ZipFile(foreign, "w") as z:
        z.writestr("docProps/core.xml", "<cp:lastModifiedBy>Lan</cp:lastModifiedBy>")
    (tmp_path / "bao-cao.md").mkdir()
    os.mkfifo(tmp_path / "bao-cao.json")
    before = foreign.read_bytes()
    rep = write_views(_views("new"), ["json", "md", "docx"], tmp_path, "bao-cao", False)
    assert foreign.read_bytes() == before and (tmp_path / "bao-cao.md").is_dir()
    assert sorted(new.name for _, new in rep.kept_edits) == ["bao-cao.v2.docx", "bao-cao.v2.json", "bao-cao.v2.md"]
    assert (tmp_path / "bao-cao.v2.docx").read_bytes() == _views("new")["docx"]


VI_BODY = (
    "Sáng 14/1/2026, tại tỉnh Lai Châu, Thủ tướng Chính phủ chủ trì Hội nghị trực tuyến với các địa phương. "
    "Năm 2025 kim ngạch xuất khẩu của tỉnh Lai Châu đạt 12 tỷ USD, tăng 30% so với năm 2024.\n"
)


def test_utf8_page_declaring_latin1_is_read_as_utf8(tmp_path):
    """#22.12: a UTF-8 page declaring charset=iso-8859-1 was stored as mojibake ('Lai ChÃ¢u') without a word.
    Strict UTF-8 is tried first, whatever the page declares."""
    from briefgen.corpus import build_document

    html = (
        '<html><head><meta charset="iso-8859-1"><title>Lai Châu dự Hội nghị</title></head><body>'
        f"<h1>Lai Châu dự Hội nghị</h1><p>{VI_BODY}</p><p>{VI_BODY}</p></body></html>"
    )
    doc = build_document(tmp_path / "a.html", html.encode("utf-8"))
    assert "Lai Châu" in doc.text and "Ã" not in doc.text
    latin = "<html><head><meta charset='iso-8859-1'></head><body><p>Caf\xe9 cr\xe8me, d\xe9j\xe0 vu.</p></body></html>"
    assert "Café crème" in build_document(tmp_path / "b.html", latin.encode("latin-1")).text


@pytest.mark.parametrize("bad", [b"\xff", b"\xc3", b"\xe1\xba", b"\x80\x80\x80"])
def test_a_few_bad_bytes_in_utf8_are_replaced_with_a_warning(tmp_path, bad):
    """#22.12: one bad byte rejected a whole article with the misleading guess 'có thể là TCVN3'."""
    from briefgen.corpus import build_document

    raw = ("Lai Châu dự Hội nghị\n\n" + VI_BODY * 3).encode("utf-8")
    raw = raw[:60] + bad + raw[60:]
    doc = build_document(tmp_path / "a.txt", raw)
    assert "Lai Châu" in doc.text and "\ufffd" in doc.text
    assert any("byte" in w and "UTF-8" in w for w in doc.warnings), doc.warnings


def test_docx_with_comments_and_processing_instructions_is_read(tmp_path):
    """#22.13: a .docx whose XML holds a comment was rejected with AttributeError (a comment's tag is no string)."""
    import docx
    from lxml import etree

    from briefgen.corpus import build_document

    d = docx.Document()
    d.add_paragraph("Lai Châu dự Hội nghị trực tuyến")
    p = d.add_paragraph(VI_BODY.strip())
    body = d.element.body
    body.insert(0, etree.Comment(" a comment "))
    body.insert(1, etree.ProcessingInstruction("mso-application", 'progid="Word.Document"'))
    p._p.insert(0, etree.Comment(" inside a paragraph "))
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Doanh thu"
    table.cell(0, 0)._tc.append(etree.Comment(" in a cell "))
    d.save(tmp_path / "a.docx")
    doc = build_document(tmp_path / "a.docx", (tmp_path / "a.docx").read_bytes())
    assert "Lai Châu dự Hội nghị" in doc.text and "12 tỷ USD" in doc.text and "comment" not in doc.text


_BOOM = (
    "import sys, briefgen.store as s\n"
    "real = s.extract\n"
    "def extract(doc, lex=None):\n"
    "    if doc.path.endswith('boom.txt'): raise RuntimeError('internal bug')\n"
    "    return real(doc, lex)\n"
    "s.extract = extract\n"
)


def test_skipped_articles_are_one_vietnamese_line_each(tmp_path):
    """#22.13: skipped articles printed Python tracebacks by default. One line each; the traceback only with
    BRIEFGEN_DEBUG=1; a program using the API (no logging set up) gets no traceback on stderr either."""
    import subprocess
    import sys

    corpus = _write_corpus(
        tmp_path / "c",
        {"ok.txt": LEAD, "boom.txt": LEAD + "BOOM\n", "binary.txt": b"\x00\x01\x02" * 100, "bad.docx": b"PK garbage"},
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT_SEEDS.parent))
    env.pop("BRIEFGEN_DEBUG", None)
    cli = _BOOM + f"from briefgen.cli import main\nsys.exit(main(['corpus', {str(corpus)!r}]))\n"
    r = subprocess.run([sys.executable, "-c", cli], capture_output=True, text=True, env=env, timeout=120)
    lines = r.stderr.strip().splitlines()
    assert r.returncode == 1 and len(lines) == 3 and all(ln.startswith("Bỏ qua ") for ln in lines), r.stderr
    assert "Traceback" not in r.stderr and "boom.txt" in r.stderr and "BRIEFGEN_DEBUG" in r.stderr
    r = subprocess.run(
        [sys.executable, "-c", cli], capture_output=True, text=True, env=dict(env, BRIEFGEN_DEBUG="1"), timeout=120
    )
    assert "Traceback" in r.stderr and "internal bug" in r.stderr
    api = _BOOM + "from pathlib import Path\nfrom briefgen.api import load_corpus\n"
    api += f"print(len(load_corpus([Path({str(corpus)!r})], None).errors))\n"
    r = subprocess.run([sys.executable, "-c", api], capture_output=True, text=True, env=env, timeout=120)
    assert r.stdout.strip() == "3" and r.stderr == "", r.stderr


# --- the whole pipeline on hostile articles -------------------------------------------------------------------------
# Each case writes one to three hostile files (text, markdown with front matter, HTML with a declared charset, DOCX)
# with hostile names into a fresh folder, and runs what a briefing runs, in-process: list and read the files,
# decode, clean, extract, store them in an SQLite file, assemble the Lai Châu briefing and render it as JSON, DOCX,
# HTML and Markdown (and PDF in a few cases). A case passes when nothing raises, every skipped file is named with a
# Vietnamese message, each output is well-formed (JSON parses, the DOCX's XML parses, no markup of an article is
# live in the HTML), and it took less than CASE_SECONDS.

HOSTILE = [
    "\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b[31m", "\x7f", "\x85", "\x9b", "\u2028", "\u2029", "\ufeff",
    "\u202e", "\u200b", "\ufffd", "\U0001f525", "e\u0301\u0301\u0301", "\r", "\r\n", "\t",
    "100000000000000000000000000000", "9" * 400, "1.000.000.000.000.000.000.000.000.000,5", "0,000000001", "1e309",
    "<script>alert(1)</script>", "</style>", '<img src="file:///etc/passwd">', "]]>", "<!--", "&amp;", "&#0;",
    "{{ 7*7 }}", "{% raw %}", "{# x", "{province}", "{0}", "%s%n", "\\", "url(http://127.0.0.1:9/x)",
    "x" * 3000, "Lai Châu " * 40, "đạt", "tỷ USD", "%", ";", "\n", "\n\n", "- ", "1. ", "a) ", "Thủ tướng yêu cầu",
]  # fmt: skip
LIVE_MARKUP = ("<script>alert(1)", '<img src="file:', "<!--{{", "</style><")

hostile = st.sampled_from(HOSTILE) | st.text(max_size=12)
frag = st.lists(hostile, max_size=3).map("".join)
number = st.sampled_from(["12", "30,39", "1.500", "883,7", "100000000000000000000000000000", "9" * 40, "0"])
templated = st.one_of(
    st.builds("Tại tỉnh Lai Châu, năm 2025 {} kim ngạch xuất khẩu đạt {} tỷ USD{}.".format, frag, number, frag),
    st.builds("Thủ tướng yêu cầu các địa phương {} đẩy mạnh {} trước ngày 30/6/2026.".format, frag, frag),
    st.builds("Dự tại điểm cầu tỉnh Lai Châu có đồng chí Hà Văn {}, Phó Chủ tịch UBND tỉnh.".format, frag),
    st.builds("Doanh thu du lịch {} đạt {} {}.".format, frag, number, st.sampled_from(["tỷ đồng", "%", "lượt"])),
)
paragraph = templated | vi_text | st.text(max_size=200) | frag


@st.composite
def hostile_file(draw) -> tuple[str, bytes]:
    """(file name, bytes) of one hostile article."""
    title = "Lai Châu dự Hội nghị " + draw(frag)
    lead = f"Sáng 14/1/2026, tại tỉnh Lai Châu, Thủ tướng Chính phủ chủ trì Hội nghị trực tuyến {draw(frag)}."
    paras = [lead] + draw(st.lists(paragraph, min_size=1, max_size=6))
    fmt = draw(st.sampled_from(["txt", "txt", "md", "html", "docx"]))
    name = draw(st.text(st.characters(blacklist_characters="/\x00", blacklist_categories=["Cs"]), max_size=40))
    name = (name.encode("utf-8")[:150].decode("utf-8", "ignore") or "x") + "." + fmt
    if fmt == "docx":
        return name, _docx_bytes(title, paras)
    if fmt == "html":
        charset = draw(st.sampled_from(["utf-8", "iso-8859-1", "windows-1258", "x-none"]))
        body = "".join(f"<p>{p}</p>" for p in paras)
        text = f'<html><head><meta charset="{charset}"><title>{title}</title></head><body><h1>{title}</h1>{body}'
    elif fmt == "md":
        text = f"---\ntitle: {title}\ndate: 2026-01-14\n---\n# {title}\n\n" + "\n\n".join(paras)
    else:
        text = title + "\n\n" + "\n\n".join(paras)
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16", "cp1258"]))
    raw = text.encode(encoding, errors="replace")
    flips = draw(st.lists(st.tuples(st.integers(0, max(0, len(raw) - 1)), st.integers(0, 255)), max_size=2))
    data = bytearray(raw)
    for at, byte in flips:
        data[at] = byte
    return name, bytes(data)


def _docx_bytes(title: str, paras: list[str]) -> bytes:
    """A Word file of the article (python-docx itself refuses what XML does not allow: that is left out)."""
    import io

    import docx

    def xml_ok(s: str) -> str:
        return "".join(
            c for c in s if c in "\t\n\r" or (" " <= c <= "\ud7ff") or ("\ue000" <= c <= "\ufffd") or c > "\uffff"
        )

    d = docx.Document()
    d.core_properties.title = xml_ok(title)[:200]
    for p in [title, *paras]:
        d.add_paragraph(xml_ok(p))
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


_VIETNAMESE = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]")


def _pipeline_case(files: list[tuple[str, bytes]], pdf: bool = False) -> None:
    """One whole run over files; raises AssertionError (or the crash itself) when a promise is broken."""
    import tempfile
    import zipfile
    from datetime import date

    from lxml import etree

    from briefgen.api import build_briefing, load_corpus, resolve_target
    from briefgen.config import make_job
    from briefgen.periods import ALL
    from briefgen.render import render_json, render_markdown
    from briefgen.render.docx import render_docx
    from briefgen.render.html import chart_for, render_html, render_pdf

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "c"
        corpus.mkdir()
        for name, data in files:
            (corpus / name).write_bytes(data)
        loaded = load_corpus([corpus], Path(tmp) / "store.sqlite")
        try:
            for e in loaded.errors:
                assert _VIETNAMESE.search(e.message) and "Traceback" not in e.message, e
            b = build_briefing(loaded, resolve_target("Lai Châu", None), ALL, make_job({}, "<fuzz>"), date(2026, 1, 20))
            chart = chart_for(b)
            json.loads(render_json(b))
            with zipfile.ZipFile(io_bytes(render_docx(b, chart))) as z:
                etree.fromstring(z.read("word/document.xml"))
            html = render_html(b, None, chart, standalone=True)
            assert not any(m in html for m in LIVE_MARKUP), [m for m in LIVE_MARKUP if m in html]
            render_markdown(b).decode("utf-8")
            if pdf:
                assert render_pdf(b, None, chart).startswith(b"%PDF-")
        finally:
            loaded._store.close()


def io_bytes(data: bytes):
    import io

    return io.BytesIO(data)


def _timed(timings: list[float], case, *args) -> None:
    t = time.perf_counter()
    try:
        case(*args)
    finally:
        timings.append(time.perf_counter() - t)


def _report(name: str, timings: list[float]) -> None:
    """Print (and with BRIEFGEN_FUZZ_REPORT append as JSON) the cases run and the slowest; in the long profile no
    case may exceed CASE_SECONDS."""
    ordered = sorted(timings)
    line = {
        "property": name,
        "profile": PROFILE,
        "cases": len(ordered),
        "median_s": round(ordered[len(ordered) // 2], 3) if ordered else 0,
        "slowest_s": round(ordered[-1], 3) if ordered else 0,
        "over_limit": sum(t > CASE_SECONDS for t in ordered),
    }
    print(f"\n{name}: {json.dumps(line)}")
    if os.environ.get("BRIEFGEN_FUZZ_REPORT"):
        with open(os.environ["BRIEFGEN_FUZZ_REPORT"], "a", encoding="utf-8") as f:
            f.write(json.dumps(line) + "\n")
    if PROFILE == "long":
        assert line["over_limit"] == 0, (
            f"{line['over_limit']} cases over {CASE_SECONDS} s (slowest {ordered[-1]:.1f} s)"
        )


_PIPELINE_SETTINGS = dict(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)


def test_pipeline_survives_hostile_articles():
    """Read, extract, store, assemble and render JSON, DOCX, HTML and Markdown for 1-3 hostile files a case."""
    timings: list[float] = []

    @settings(max_examples=PIPELINE_EXAMPLES, **_PIPELINE_SETTINGS)
    @given(st.lists(hostile_file(), min_size=1, max_size=3, unique_by=lambda f: f[0]))
    def case(files):
        _timed(timings, _pipeline_case, files)

    case()
    _report("pipeline", timings)


def test_pipeline_with_pdf_survives_hostile_articles():
    """The same with the PDF as well (a second a case: a few cases in ci)."""
    timings: list[float] = []

    @settings(max_examples=PDF_EXAMPLES, **_PIPELINE_SETTINGS)
    @given(st.lists(hostile_file(), min_size=1, max_size=2, unique_by=lambda f: f[0]))
    def case(files):
        _timed(timings, _pipeline_case, files, True)

    case()
    _report("pipeline+pdf", timings)


def test_system_errors_are_said_in_vietnamese(tmp_path):
    """A file that cannot be read is named with the system's reason in Vietnamese, not strerror's English."""
    import errno as errno_mod

    from briefgen.corpus import UnreadableSource, read_source
    from briefgen.sanitise import os_reason

    assert os_reason(OSError(errno_mod.ENOSPC, "No space left on device")) == "ổ đĩa đầy"
    with pytest.raises(UnreadableSource, match="không tìm thấy"):
        read_source(tmp_path / "nowhere.txt")
