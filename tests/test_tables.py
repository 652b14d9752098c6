"""Tables read as tables (corpus: markdown pipe, HTML, DOCX, one cell per line) and task tables read as directives
(extract/tables.py: columns by the header's words, section rows, deadlines carried and read to their last day)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from briefgen.corpus import build_document
from briefgen.corpus.model import Document
from briefgen.corpus.readers import _html_to_text
from briefgen.extract import extract
from briefgen.extract.tables import column_role, period_end
from briefgen.lexicon import load_lexicon

from .conftest import doc_from_text


@pytest.fixture(scope="module")
def lex():
    return load_lexicon()


HEAD = """ỦY BAN NHÂN DÂN TỈNH LAI CHÂU
Số: 12/KH-UBND
Lai Châu, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Triển khai chuyển đổi số năm 2026

I. MỤC ĐÍCH
Bảo đảm triển khai đồng bộ các nhiệm vụ chuyển đổi số trên địa bàn tỉnh.
II. NHIỆM VỤ CỤ THỂ
"""

PIPE = """| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn hoàn thành |
| --- | --- | --- | --- | --- |
| I | Hạ tầng số |  |  |  |
| 1. | Nâng cấp mạng truyền số liệu chuyên dùng đến cấp xã. | Sở Khoa học và Công nghệ | Sở Tài chính; UBND các xã | Tháng 6/2026 |
| 2. | Rà soát hệ thống camera giám sát giao thông. | Công an tỉnh | Sở Xây dựng |  |
| II | Dữ liệu số |  |  |  |
| 1. | Xây dựng cơ sở dữ liệu đất đai của tỉnh. | Sở Nông nghiệp và Môi trường | Sở Tư pháp | Quý III, IV/2026 |
| 2. | Tuyên truyền về chuyển đổi số. | Sở Văn hóa, Thể thao và Du lịch | Báo Lai Châu | Thường xuyên |
"""


def _cells(doc: Document, row) -> dict[int, str]:
    return {c.col: doc.cell_text(c) for c in row.cells}


# --- corpus: the readers ----------------------------------------------------------------------------------------


def test_markdown_pipe_table_keeps_rows_cells_and_offsets(tmp_path):
    doc = doc_from_text(tmp_path, HEAD + PIPE)
    [table] = doc.tables
    assert table.columns == 5 and len(table.rows) == 7
    assert table.rows[0].header and not table.rows[1].header
    row = table.rows[2]
    assert _cells(doc, row) == {
        0: "1.",
        1: "Nâng cấp mạng truyền số liệu chuyên dùng đến cấp xã.",
        2: "Sở Khoa học và Công nghệ",
        3: "Sở Tài chính; UBND các xã",
        4: "Tháng 6/2026",
    }
    # the flattened text stays readable: one paragraph per row, its cells joined by "; "
    para = doc.paragraphs[row.para]
    assert doc.para_text(para).startswith("1.; Nâng cấp mạng") and doc.para_text(para).endswith("; Tháng 6/2026")
    assert _cells(doc, table.rows[3])[2] == "Công an tỉnh" and 4 not in _cells(doc, table.rows[3])  # empty cell


def test_document_with_tables_survives_the_store(tmp_path):
    doc = doc_from_text(tmp_path, HEAD + PIPE)
    again = Document.from_dict(doc.to_dict())
    assert again.tables == doc.tables
    assert Document.from_dict({k: v for k, v in doc.to_dict().items() if k != "tables"}).tables == []


def test_two_columns_are_layout_not_a_table(tmp_path):
    text = HEAD + "Nội dung.\n| Nơi nhận: - Như trên; - Lưu: VT. | KT. CHỦ TỊCH PHÓ CHỦ TỊCH |\n| --- | --- |\n"
    assert doc_from_text(tmp_path, text).tables == []


def test_table_without_outer_pipes_and_two_header_rows(tmp_path):
    table_text = (
        "Thời gian | Nội dung công việc | Cơ quan quản lý | Thực hiện\n"
        " |  |  | Đơn vị chủ trì | Đơn vị phối hợp\n"
        "I | GIAI ĐOẠN 1: CHUẨN BỊ\n"
        "01-02/2026 | Xây dựng đề cương chi tiết. | Bộ | Vụ Kế hoạch | Văn phòng Bộ\n"
        " | Lấy ý kiến các đơn vị. | Bộ | Vụ Pháp chế | Văn phòng Bộ\n"
    )
    doc = doc_from_text(tmp_path, HEAD + table_text)
    [table] = doc.tables
    assert table.columns == 5
    assert _cells(doc, table.rows[1]) == {3: "Đơn vị chủ trì", 4: "Đơn vị phối hợp"}
    assert _cells(doc, table.rows[4]) == {1: "Lấy ý kiến các đơn vị.", 2: "Bộ", 3: "Vụ Pháp chế", 4: "Văn phòng Bộ"}


def test_table_written_one_cell_per_line(tmp_path):
    table_text = (
        "| TT | Nội dung hoạt động | Cơ quan chủ trì | Cơ quan phối hợp |\n| --- | --- | --- | --- |\n"
        "Thời gian thực hiện\n1\nTuyên truyền, phổ biến Nghị định\na)\nTổ chức hội nghị phổ biến Nghị định đến\n"
        "Cục Lâm nghiệp\nVụ Pháp chế\nQuý III/2026\ncác cơ quan ở trung ương.\nvà Kiểm lâm\n"
        "b)\nBiên soạn tài liệu hướng dẫn.\nCục Lâm nghiệp và Kiểm lâm\nCác đơn vị có liên quan\nThường xuyên\n"
    )
    doc = doc_from_text(tmp_path, HEAD + table_text)
    [table] = doc.tables
    assert _cells(doc, table.rows[0])[4] == "Thời gian thực hiện"
    assert _cells(doc, table.rows[1]) == {0: "1", 1: "Tuyên truyền, phổ biến Nghị định"}
    # a row wrapped by a page break: its further lines continue the cells in column order
    assert _cells(doc, table.rows[2]) == {
        0: "a)",
        1: "Tổ chức hội nghị phổ biến Nghị định đến các cơ quan ở trung ương.",
        2: "Cục Lâm nghiệp và Kiểm lâm",
        3: "Vụ Pháp chế",
        4: "Quý III/2026",
    }
    assert _cells(doc, table.rows[3])[4] == "Thường xuyên"


def test_html_table_with_th_as_pipe_rows(tmp_path):
    html = (
        "<table><tr><th>TT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Thời hạn</th></tr>"
        "<tr><td>1</td><td><p>Rà soát</p><p>thủ tục</p></td><td colspan='2'>Sở Nội vụ</td></tr></table>"
    )
    lines = [x for x in _html_to_text(html).split("\n") if x.strip()]
    assert lines == [
        "| TT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn |",
        "| --- | --- | --- | --- |",
        "| 1 | Rà soát thủ tục | Sở Nội vụ |  |",
    ]
    page = (
        f"<html><head><meta charset='utf-8'></head><body><article><h1>Kế hoạch</h1><p>{'Nội dung kế hoạch. ' * 20}</p>"
    )
    page += (
        html.replace("colspan='2'>Sở Nội vụ</td>", ">Sở Nội vụ</td><td>Tháng 5/2026</td>") + "</article></body></html>"
    )
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    doc = build_document(tmp_path / "a.html", page.encode("utf-8"))
    [table] = doc.tables
    assert _cells(doc, table.rows[1])[2] == "Sở Nội vụ" and _cells(doc, table.rows[1])[3] == "Tháng 5/2026"


def test_docx_table_with_a_header_row_and_a_merged_cell():
    import docx
    from docx.oxml import OxmlElement

    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH triển khai nhiệm vụ năm 2026 của Sở")
    d.add_paragraph("Các đơn vị thực hiện các nhiệm vụ sau đây theo đúng tiến độ.")
    t = d.add_table(rows=3, cols=4)
    for i, text in enumerate(["TT", "Nội dung", "Đơn vị chủ trì", "Thời gian"]):
        t.rows[0].cells[i].text = text
    t.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for i, text in enumerate(["1", "Rà soát quy hoạch", "Phòng Quản lý", "Quý II/2026"]):
        t.rows[1].cells[i].text = text
    t.rows[2].cells[0].text = "2"
    t.rows[2].cells[1].merge(t.rows[2].cells[3]).text = "Tổng kết (ba cột gộp)"
    buf = io.BytesIO()
    d.save(buf)
    doc = build_document(Path("a.docx"), buf.getvalue())
    [table] = doc.tables
    assert table.rows[0].header and _cells(doc, table.rows[1]) == {
        0: "1",
        1: "Rà soát quy hoạch",
        2: "Phòng Quản lý",
        3: "Quý II/2026",
    }
    assert _cells(doc, table.rows[2]) == {0: "2", 1: "Tổng kết (ba cột gộp)"}


def test_a_plan_issued_after_the_decisions_recipients_is_read(tmp_path):
    text = (
        "BỘ XÂY DỰNG\nSố: 836/QĐ-BXD\nHà Nội, ngày 14 tháng 10 năm 2019\nQUYẾT ĐỊNH\nBan hành Kế hoạch lập quy hoạch\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch lập quy hoạch.\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n"
        "BỘ TRƯỞNG\n\nKẾ HOẠCH\nLập quy hoạch khoáng sản\n(Ban hành kèm theo Quyết định số 836/QĐ-BXD)\n"
        "Vụ Vật liệu xây dựng chủ trì lập quy hoạch trong năm 2020.\n"
    )
    doc = doc_from_text(tmp_path, text)
    assert "Vụ Vật liệu xây dựng chủ trì" in doc.text and "Như Điều 2" not in doc.text


# --- extraction: which column is which ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("TT", "number"),
        ("STT", "number"),
        ("Nội dung công việc", "task"),
        ("Nhiệm vụ", "task"),
        ("Cơ quan chủ trì", "lead"),
        ("Đơn vị chủ trì", "lead"),
        ("Cơ quan phối hợp", "partner"),
        ("Cơ quan chủ trì, phối hợp", "partner"),  # both in one cell: no addressee column
        ("Thời gian thực hiện/ hoàn thành", "deadline"),
        ("Thời hạn", "deadline"),
        ("Sản phẩm", "product"),
        ("Cơ quan chịu trách nhiệm quản lý nhà nước theo quy định", None),
        ("", None),
    ],
)
def test_column_role_from_the_headers_words(lex, header, role):
    assert column_role(header, lex) == role


@pytest.mark.parametrize(
    ("cell", "day"),
    [
        ("Tháng 8/2024", date(2024, 8, 31)),
        ("2024 - 2025", date(2025, 12, 31)),
        ("10-11/2019", date(2019, 11, 30)),
        ("01-4/2021", date(2021, 4, 30)),
        ("Quý III, IV/2026", date(2026, 12, 31)),
        ("Quý II, III/2026", date(2026, 9, 30)),
        ("Quý III, IV/2026, 2027", date(2027, 12, 31)),
        ("Trước 30/6/2025", date(2025, 6, 30)),
        ("Năm 2026", date(2026, 12, 31)),
        ("Thường xuyên", None),
    ],
)
def test_period_end_of_a_deadline_cell(lex, cell, day):
    assert period_end(cell, lex) == day


def _table_tasks(doc):
    return [a for a in extract(doc).assignments if a.cue == "(bảng)"]


def test_task_table_rows_are_directives(tmp_path):
    doc = doc_from_text(tmp_path, HEAD + PIPE)
    tasks = _table_tasks(doc)
    assert [a.assignee for a in tasks] == [
        "Sở Khoa học và Công nghệ",
        "Công an tỉnh",
        "Sở Nông nghiệp và Môi trường",
        "Sở Văn hóa, Thể thao và Du lịch",
    ]
    first = tasks[0]
    assert first.task == "Nâng cấp mạng truyền số liệu chuyên dùng đến cấp xã."
    assert doc.text[first.start : first.end] == first.task
    assert (first.deadline, first.deadline_date) == ("Tháng 6/2026", "2026-06-30")
    assert "Sở Tài chính" not in first.assignee  # the partners' column is no addressee
    assert first.sentence == "Hạ tầng số — " + "; ".join(
        [first.task, first.assignee, "Tháng 6/2026"]
    )  # a section row gives its title
    assert tasks[1].deadline == "Tháng 6/2026"  # an empty deadline cell shares the row above's, within its section
    assert tasks[2].deadline_date == "2026-12-31"
    assert (tasks[3].deadline, tasks[3].deadline_date) == (None, None)  # "Thường xuyên" names no day
    assert all(a.assigner == tasks[0].assigner and a.assigner for a in tasks)
    # the rows' flattened lines give no directive of their own besides the table's
    assert not [a for a in extract(doc).assignments if a.cue != "(bảng)" and "Nâng cấp mạng" in a.task]


def test_columns_are_found_by_their_words_not_their_places(tmp_path):
    shuffled = (
        "| Thời hạn | Cơ quan phối hợp | Nhiệm vụ | Cơ quan chủ trì |\n| --- | --- | --- | --- |\n"
        "| Tháng 9/2026 | Sở Tài chính | Sửa đổi quy chế quản lý dữ liệu. | Sở Nội vụ |\n"
    )
    [a] = _table_tasks(doc_from_text(tmp_path, HEAD + shuffled))
    assert (a.assignee, a.task, a.deadline_date) == ("Sở Nội vụ", "Sửa đổi quy chế quản lý dữ liệu.", "2026-09-30")


def test_a_table_without_a_lead_column_gives_no_directive(tmp_path):
    figures = (
        "| TT | Nội dung | Năm 2025 | Năm 2026 |\n| --- | --- | --- | --- |\n| 1 | Số xã có cáp quang | 90 | 96 |\n"
    )
    assert _table_tasks(doc_from_text(tmp_path, HEAD + figures)) == []


def test_a_body_task_restated_by_the_annex_table_is_the_rows_lead(tmp_path):
    body = "1. Xây dựng cơ sở dữ liệu đất đai của tỉnh, bảo đảm kết nối với cơ sở dữ liệu quốc gia.\n\n"
    doc = doc_from_text(tmp_path, HEAD + body + "PHỤ LỤC\n\n" + PIPE)
    bare = [a for a in extract(doc).assignments if a.cue != "(bảng)" and a.task.startswith("Xây dựng cơ sở dữ liệu")]
    assert bare and bare[0].assignee == "Sở Nông nghiệp và Môi trường"
    assert bare[0].deadline is None  # the body gives no date: the row's stays the row's
