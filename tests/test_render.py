"""Rendering: Decree-30 layout, fonts, DOCX validity, determinism, safety, parity between views."""

import io
import json
import re
import shutil
import subprocess
import threading
import zipfile
from dataclasses import replace
from datetime import date
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from briefgen.briefing import Cited, ResultItem
from briefgen.render import render_all, render_json
from briefgen.render.common import decree_date
from briefgen.render.html import make_url_fetcher, render_html

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def views(lai_chau):
    return render_all(lai_chau, ["pdf", "docx", "json", "html", "md"])


def _pdf_text(data: bytes, tmp_path) -> str:
    p = tmp_path / "b.pdf"
    p.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, text=True, check=True).stdout


def _docx_text(data: bytes) -> str:
    import docx

    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def test_decree_dates():
    assert decree_date(date(2026, 1, 5)) == "ngày 05 tháng 01 năm 2026"
    assert decree_date(date(2025, 7, 22)) == "ngày 22 tháng 7 năm 2025"


def test_pdf_text_and_fonts(views, tmp_path):
    text = _pdf_text(views["pdf"], tmp_path)
    for needle in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "BÁO CÁO",
        "Lai Châu",
        "30,39",
        "Nơi nhận:",
        "số liệu khác nhau",  # the note on a conflict (it wraps inside its cell)
    ):
        assert needle in text, needle
    p = tmp_path / "f.pdf"
    p.write_bytes(views["pdf"])
    fonts = subprocess.run(["pdffonts", str(p)], capture_output=True, text=True, check=True).stdout
    names = [ln.split()[0] for ln in fonts.splitlines()[2:] if ln.strip()]
    assert names and all(re.search(r"Tinos|LiberationSerif|TimesNewRoman", n) for n in names), names


def test_docx_structure_and_page_field(views):
    import docx

    d = docx.Document(io.BytesIO(views["docx"]))
    sec = d.sections[0]
    assert sec.different_first_page_header_footer
    assert round(sec.left_margin.mm) == 30 and round(sec.right_margin.mm) == 15 and round(sec.top_margin.mm) == 20
    header_xml = sec.header._element.xml
    assert "PAGE" in header_xml and "fldChar" in header_xml
    assert d.styles["Normal"].font.name == "Times New Roman"
    heads = [p.text for p in d.paragraphs if p.style.name == "Heading 1"]
    # the sections in the order staff act on them: the province's own tasks right after the summary
    assert heads[:3] == ["I. Tóm tắt", "II. Nhiệm vụ giao cho tỉnh Lai Châu", "III. Số liệu chính"]
    assert any(t.style is not None and t.style.name == "Table Grid" for t in d.tables)
    with zipfile.ZipFile(io.BytesIO(views["docx"])) as z:
        assert any(n.startswith("word/media/") for n in z.namelist())  # the chart
        from xml.dom import minidom

        for n in z.namelist():
            if n.endswith(".xml") or n.endswith(".rels"):
                minidom.parseString(z.read(n))  # every part is well-formed XML


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is installed by ./bin/test")
def test_docx_converts_with_libreoffice(views, tmp_path):
    src = tmp_path / "b.docx"
    src.write_bytes(views["docx"])
    r = subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(src),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert r.returncode == 0, r.stderr
    out = tmp_path / "b.pdf"
    assert out.exists() and "Lai Châu" in _pdf_text(out.read_bytes(), tmp_path)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    names = [ln.split()[0] for ln in fonts.splitlines()[2:] if ln.strip()]
    assert names and all("Serif" in n or "Tinos" in n or "Times" in n for n in names), names  # headings too


def test_deterministic_bytes(lai_chau):
    a = render_all(lai_chau, ["pdf", "docx"])
    b = render_all(lai_chau, ["pdf", "docx"])
    assert a["pdf"] == b["pdf"] and a["docx"] == b["docx"]


def test_parity_every_figure_action_source_in_pdf_and_docx(lai_chau, views, tmp_path):
    pdf = re.sub(r"\s+", " ", _pdf_text(views["pdf"], tmp_path))
    dx = re.sub(r"\s+", " ", _docx_text(views["docx"]))
    data = json.loads(views["json"])
    for row in data["figures"]:
        for v in row["values"]:
            assert v["display"] in dx
            assert v["display"] in pdf, v["display"]
    for a in data["actions"]:
        head = " ".join(a["task"].split()[:6])
        assert head in dx and head in pdf, head
    for s in data["sources"]:
        assert f"[{s['number']}]" in dx and f"[{s['number']}]" in pdf


HOSTILE = 'Tỉnh {{ 7*7 }} {% if 1 %}x{% endif %} <script>alert(1)</script> <img src="file:///etc/passwd">'


class _Counter(BaseHTTPRequestHandler):
    hits = 0

    def do_GET(self):  # noqa: N802
        type(self).hits += 1
        self.send_response(200)
        self.end_headers()

    def log_message(self, *a):
        pass


def test_hostile_text_renders_literally_and_fetches_nothing(lai_chau, tmp_path):
    srv = HTTPServer(("127.0.0.1", 0), _Counter)
    port = srv.server_address[1]
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        evil = HOSTILE + f' <link rel=stylesheet href="http://127.0.0.1:{port}/x.css"> url(http://127.0.0.1:{port}/)'
        b = replace(lai_chau, results=[ResultItem(evil, "Lai Châu", [Cited(1, evil)])], summary=[])
        html = render_html(b)
        assert "{{ 7*7 }}" in html and "&lt;script&gt;" in html and "<script>" not in html
        views = render_all(b, ["pdf", "docx"])
        assert "{{ 7*7 }}" in _pdf_text(views["pdf"], tmp_path)
        assert "<script>alert(1)</script>" in _docx_text(views["docx"])
    finally:
        srv.shutdown()
    assert _Counter.hits == 0


def test_url_fetcher_serves_only_templates(tmp_path):
    from briefgen.paths import templates_dir

    fetch = make_url_fetcher(templates_dir())
    assert fetch.fetch((templates_dir() / "briefing.css").as_uri())
    for url in ("file:///etc/passwd", "http://127.0.0.1:9/", (templates_dir().parent / "README.md").as_uri()):
        with pytest.raises(ValueError):
            fetch.fetch(url)


def test_json_is_the_briefing(lai_chau):
    d = json.loads(render_json(lai_chau))
    assert d["target"] == "Lai Châu" and d["figures"] and d["locality_actions"] and d["sources"]


def test_participation_line_names_the_event():
    from briefgen.briefing import Participation
    from briefgen.render.common import participation_line

    p = Participation(
        "Lai Châu", "Hà Trọng Hải", "Phó Chủ tịch UBND tỉnh", "chủ trì", "e1", [], "Hội nghị X", "2026-01-14"
    )
    assert participation_line(p) == (
        "Đồng chí Hà Trọng Hải, Phó Chủ tịch UBND tỉnh chủ trì tại điểm cầu Lai Châu – Hội nghị X (14/01/2026)"
    )


def test_participation_line_of_a_provinces_own_meeting_has_no_bridge_point():
    from briefgen.briefing import Participation
    from briefgen.render.common import participation_line

    p = Participation("Sơn La", "Lê Văn Hùng", "Chủ tịch UBND tỉnh", "chủ trì", "e1", [], "Sơn La: Hội nghị xúc tiến",
                      "2026-01-13", at_bridge=False)  # fmt: skip
    assert participation_line(p) == (
        "Đồng chí Lê Văn Hùng, Chủ tịch UBND tỉnh chủ trì – Sơn La: Hội nghị xúc tiến (13/01/2026)"
    )


def test_theme_briefing_without_a_place_dates_the_header_without_one(seeds_loaded):
    from briefgen.api import build_briefing, resolve_target
    from briefgen.config import make_job
    from briefgen.periods import ALL
    from briefgen.render.common import issue_place_date

    b = build_briefing(seeds_loaded, resolve_target(None, "KHCN"), ALL, make_job({}, "<test>"), date(2026, 1, 20))
    assert issue_place_date(b) == "Ngày 20 tháng 01 năm 2026"


def test_a_draft_says_du_thao_framed_at_the_top_of_page_1_in_every_view(lai_chau, tmp_path):
    """A draft shows "DỰ THẢO" once, in a frame, under the number and before the title, in the PDF, the DOCX and
    the Markdown; the issued report shows it nowhere."""
    draft = replace(lai_chau, draft=True)
    views = render_all(draft, ["pdf", "docx", "md"])
    plain = render_all(lai_chau, ["pdf", "docx", "md"])
    # PDF: on page 1, after "Số:" and before "BÁO CÁO"
    first = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-", "-"], input=views["pdf"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    assert first.count("DỰ THẢO") == 1
    assert first.index("Số:") < first.index("DỰ THẢO") < first.index("BÁO CÁO")
    assert "DỰ THẢO" not in _pdf_text(plain["pdf"], tmp_path)
    # DOCX: in the header table (its left column, under the number), in a paragraph framed on four sides, bold
    import docx

    d = docx.Document(io.BytesIO(views["docx"]))
    header = d.tables[0]
    cells = [c for row in header.rows for c in row.cells if "DỰ THẢO" in c.text]
    assert len(cells) == 1 and cells[0]._tc is header.rows[-1].cells[0]._tc
    p = next(p for p in cells[0].paragraphs if "DỰ THẢO" in p.text)
    edges = {e.tag.split("}")[1] for e in p._p.pPr.find(docx.oxml.ns.qn("w:pBdr"))}
    assert edges == {"top", "left", "bottom", "right"}
    assert all(r.bold for r in p.runs if r.text.strip())
    assert "DỰ THẢO" not in _docx_text(plain["docx"])
    # Markdown: the first line
    md = views["md"].decode("utf-8")
    assert md.splitlines()[0] == "**[DỰ THẢO]**" and md.count("DỰ THẢO") == 1
    assert "DỰ THẢO" not in plain["md"].decode("utf-8")
    assert json.loads(render_json(draft))["draft"] is True


def test_no_task_or_figure_row_is_split_across_pages(lai_chau):
    """A row starting at the foot of a page and ending on the next parts a task from its number and assigner
    (seen on Lai Châu's page 1): the PDF moves the whole row; the DOCX tells Word to (w:cantSplit)."""
    from weasyprint import HTML
    from weasyprint.formatting_structure import boxes

    from briefgen.paths import templates_dir

    folder = templates_dir()
    html = render_html(lai_chau, folder)
    doc = HTML(string=html, base_url=folder.as_uri() + "/", url_fetcher=make_url_fetcher(folder)).render()
    pages_of: dict[object, set[int]] = {}
    for n, page in enumerate(doc.pages):
        for group in page._page_box.descendants():
            if isinstance(group, boxes.TableRowGroupBox) and not group.is_header:
                for row in group.children:
                    pages_of.setdefault(row.element, set()).add(n)
    assert len(doc.pages) > 1 and len(pages_of) > 10
    assert [e for e, pages in pages_of.items() if len(pages) > 1] == []
    import docx
    from docx.oxml.ns import qn

    d = docx.Document(io.BytesIO(render_all(lai_chau, ["docx"])["docx"]))
    data_rows = [r for t in d.tables[1:-1] for r in t.rows[1:]]  # not the header and signature tables
    assert data_rows and all(
        r._tr.trPr is not None and r._tr.trPr.find(qn("w:cantSplit")) is not None for r in data_rows
    )


def test_a_deadline_written_without_its_year_is_shown_with_it():
    """#21 review: "trước ngày 05/7" in a row left staff to guess the year."""
    from briefgen.briefing import ActionItem
    from briefgen.render.outline import action_rows

    a = ActionItem(
        task="Gửi báo cáo",
        assignee=None,
        assigner=None,
        deadline="trước ngày 05/7",
        event_id=None,
        event_date=None,
        citations=[],
        why=None,
        urgency=None,
        deadline_date="2026-07-05",
    )
    assert action_rows([a])[0][4] == "trước ngày 05/7 (năm 2026)"
    a.deadline, a.deadline_date = "trong Quý I năm 2026", "2026-03-31"
    assert action_rows([a])[0][4] == "trong Quý I năm 2026"
    a.deadline, a.deadline_date, a.urgency = None, None, "khẩn trương"
    # #21 review: urgency words filled the Thời hạn column as if they were dates
    assert action_rows([a])[0][4] == "Không nêu hạn (khẩn trương)"


def test_a_citys_closing_recipients_are_the_citys():
    """#21 review: Hồ Chí Minh's briefing closed with "Thường trực Tỉnh ủy (b/c)", "Chủ tịch, các PCT UBND tỉnh";
    a centrally run city has a Thành ủy and a UBND Thành phố."""
    from briefgen.config import make_job

    job = make_job({}, "<test>")
    city = job.make_issuer("Hồ Chí Minh", "Thành phố Hồ Chí Minh").recipients
    assert city[:3] == [
        "Thường trực Thành ủy (b/c)",
        "Chủ tịch, các PCT UBND Thành phố (b/c)",
        "Các sở, ban, ngành Thành phố",
    ]
    province = job.make_issuer("Lào Cai", "Tỉnh Lào Cai").recipients
    assert province[:3] == ["Thường trực Tỉnh ủy (b/c)", "Chủ tịch, các PCT UBND tỉnh (b/c)", "Các sở, ban, ngành tỉnh"]


def test_a_districts_figure_names_its_district_in_the_scope_column():
    """ "sản lượng vải thiều (huyện Tân Yên)" of Bắc Ninh: the Phạm vi column says "huyện Tân Yên, tỉnh Bắc Ninh" and the
    label what is counted; a national figure keeps its label and scope."""
    from briefgen.briefing import FigureRow
    from briefgen.render.outline import figure_rows

    own = FigureRow("sản lượng vải thiều (huyện Tân Yên)", "tấn", "Năm 2024", "2024", "Bắc Ninh", None, [], own=True)
    other = FigureRow("người tử vong (so với năm trước)", "người", None, None, "quốc gia", None, [])
    rows = figure_rows([own, other], home="tỉnh Bắc Ninh")
    assert rows[0][1] == "sản lượng vải thiều" and rows[0][4] == "huyện Tân Yên, tỉnh Bắc Ninh"
    assert rows[1][1] == "người tử vong (so với năm trước)" and rows[1][4] == "quốc gia"
    commune = FigureRow("hộ nghèo (xã Nguyễn Việt Khái, huyện Phú Tân)", "hộ", None, None, "Cà Mau", None, [], own=True)
    row = figure_rows([commune], home="tỉnh Cà Mau")[0]
    assert row[1] == "hộ nghèo" and row[4] == "xã Nguyễn Việt Khái, huyện Phú Tân, tỉnh Cà Mau"


def test_a_long_chart_title_wraps_inside_the_image_instead_of_running_off_it():
    """The trend chart's title is the subject as written ("phấn đấu gia đình người có công … trung bình"): drawn on
    one line it ran past the image's right edge and lost its end."""
    import io

    from PIL import Image

    from briefgen.render.chart import _font, _wrap, bar_chart_png
    from briefgen.render.common import ChartData

    title = "phấn đấu gia đình người có công với cách mạng có mức sống bằng hoặc cao hơn mức trung bình (%)"
    lines = _wrap(title, _font(40), 600, 3)
    assert len(lines) > 1 and all(_font(40).getlength(x) <= 600 for x in lines)
    assert " ".join(lines) == title  # nothing dropped when it fits in three lines
    short = _wrap("một hai ba " * 40, _font(40), 600, 2)
    assert len(short) == 2 and short[-1].endswith("…")
    one = Image.open(io.BytesIO(bar_chart_png(ChartData("Ngắn", "%", ["a"], [1.0], ["1"]))))
    long = Image.open(io.BytesIO(bar_chart_png(ChartData(title * 2, "%", ["a"], [1.0], ["1"]))))
    assert long.size[1] > one.size[1]


def test_a_label_naming_its_district_says_it_in_the_scope_column():
    """ "tổng diện tích sản xuất vải thiều trên địa bàn huyện Tân Yên" of Bắc Ninh: the district in the label's words
    is the Phạm vi's, the label kept whole; a distance from a city ("nằm cách TP Bắc Ninh") names no district."""
    from briefgen.briefing import FigureRow
    from briefgen.render.outline import figure_rows

    said = "tổng diện tích sản xuất vải thiều trên địa bàn huyện Tân Yên (so với năm trước)"
    own = FigureRow(said, "ha", "Năm 2024", "2024", "Bắc Ninh", None, [], own=True)
    away = FigureRow("sân bay Gia Bình nằm cách TP Bắc Ninh", "km", None, None, "Bắc Ninh", None, [], own=True)
    rows = figure_rows([own, away], home="tỉnh Bắc Ninh")
    assert rows[0][1] == said and rows[0][4] == "huyện Tân Yên, tỉnh Bắc Ninh"
    assert rows[1][4] == "Bắc Ninh"
