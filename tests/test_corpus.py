"""Corpus stage: formats, encodings, boilerplate, captions, layout, dates."""

import io
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from briefgen.corpus import build_document, load_document
from briefgen.corpus.dates import find_event_date, find_paragraph_date
from briefgen.corpus.encodings import DecodeError, decode_bytes

from .conftest import SEEDS, doc_from_text

SEED_DATES = {
    "000": date(2026, 1, 10),
    "001": date(2025, 7, 22),
    "002": date(2026, 1, 10),
    "003": date(2025, 7, 22),
    "004": date(2026, 1, 14),
}
BOILERPLATE = ["Thời gian đăng", "Lượt đọc", "Lượt xem", "anh tin bai", ".png)", "(Ảnh: VGP)", "Ảnh: VGP", "Họ tên",
               "Mã kiểm tra", "no image", "Tin khác", "1 2 3 4 5", "Thống kê truy cập", "Đang truy cập", "Kim Thoa",
               "Đăng Khoa"]  # fmt: skip


@pytest.mark.parametrize("stem,expected", sorted(SEED_DATES.items()))
def test_seed_event_dates(stem, expected):
    path = next(SEEDS.glob(f"{stem}_*.txt"))
    assert load_document(path).event_date == expected


def test_seed_boilerplate_gone_from_body_and_captions_flagged():
    for path in sorted(SEEDS.glob("*.txt")):
        doc = load_document(path)
        body = "\n".join(doc.para_text(p) for p in doc.body_paragraphs)
        for b in BOILERPLATE:
            assert b not in body, (path.name, b)
    d001 = load_document(next(SEEDS.glob("001_*.txt")))
    assert "Phó Chủ tịch UBND tỉnh Trịnh Trường Huy chủ trì tại điểm cầu tỉnh" in d001.captions
    assert d001.byline == "Kim Thoa"
    d000 = load_document(next(SEEDS.glob("000_*.txt")))
    assert d000.published == date(2026, 1, 11) and "Đại biểu dự tại điểm cầu tỉnh Điện Biên." in d000.captions
    d002 = load_document(next(SEEDS.glob("002_*.txt")))
    assert d002.title is None  # starts with its lead
    assert any(c.startswith("Thủ tướng yêu cầu đẩy mạnh quảng bá") for c in d002.captions)


def test_offsets_point_into_text():
    doc = load_document(next(SEEDS.glob("003_*.txt")))
    for p in doc.paragraphs:
        assert doc.text[p.start : p.end].strip() == doc.text[p.start : p.end]
        assert p.end <= len(doc.text)


SAMPLE = "Sáng 14/1, Thủ tướng Chính phủ chủ trì Hội nghị tổng kết công tác năm 2025 của Việt Nam và các bộ, ngành."


def test_utf8_bom_and_utf16():
    assert decode_bytes(b"\xef\xbb\xbf" + SAMPLE.encode()).text == SAMPLE
    assert decode_bytes(SAMPLE.encode("utf-16")).text == SAMPLE
    assert decode_bytes(SAMPLE.encode("utf-16-le")).text == SAMPLE


def _cp1258(text: str) -> bytes:
    """Windows-1258 keeps â, ê, ô, ơ, ư, ă, đ precomposed and writes tone marks as combining characters."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
        out.append(base + "".join(c for c in d if c in tones))
    return "".join(out).encode("cp1258")


def test_windows_1258():
    raw = _cp1258(SAMPLE)
    dec = decode_bytes(raw)
    assert dec.text == SAMPLE and dec.encoding == "windows-1258" and dec.warning


def test_tcvn3():
    from briefgen.corpus.encodings import _TCVN3

    back = {v: k for k, v in _TCVN3.items()}
    text = "thủ tướng chính phủ chủ trì hội nghị của việt nam và các bộ, ngành, địa phương."
    raw = bytes(back[c] if c in back else ord(c) for c in text)
    dec = decode_bytes(raw)
    assert dec.text == text and dec.encoding == "TCVN3"


def test_vni():
    # "Thủ tướng chủ trì hội nghị của Việt Nam và các bộ" typed in VNI-Windows
    raw = "Thuû töôùng chuû trì hoäi nghò cuûa Vieät Nam vaø caùc boä, ngaønh".encode("cp1252")
    dec = decode_bytes(raw)
    assert dec.encoding == "VNI-Windows"
    assert dec.text == "Thủ tướng chủ trì hội nghị của Việt Nam và các bộ, ngành"


def test_mojibake_repaired_or_rejected():
    broken = SAMPLE.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8")
    dec = decode_bytes(broken)
    assert "Việt Nam" in dec.text or dec.warning
    with pytest.raises(DecodeError):
        decode_bytes("Hội nghị Viá»‡t Nam Ã¡ Ã¡ á»\ufffd".encode())


@pytest.mark.parametrize("raw", [b"", b"   \n", bytes(range(256)) * 4])
def test_empty_and_binary_rejected(raw):
    with pytest.raises(DecodeError):
        decode_bytes(raw)


def test_nfd_input_normalised(tmp_path):
    doc = doc_from_text(tmp_path, unicodedata.normalize("NFD", SAMPLE))
    assert doc.text == SAMPLE


def test_html_main_content(tmp_path):
    html = f"""<html><head><meta charset="utf-8"><title>Tin</title></head><body>
    <nav><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a> <a>Liên hệ</a></nav>
    <article><h1>Hội nghị ngoại giao kinh tế</h1><p>{SAMPLE}</p>
    <p>Năm 2025, Việt Nam đã ký kết 350 thỏa thuận hợp tác với các đối tác nước ngoài trong nhiều lĩnh vực.</p>
    <p>Thủ tướng yêu cầu các bộ, ngành, địa phương tiếp tục đẩy mạnh ngoại giao kinh tế trong năm 2026.</p></article>
    <footer>Bản quyền thuộc Cổng thông tin điện tử. Địa chỉ: số 1 đường ABC.</footer></body></html>"""
    p = tmp_path / "a.html"
    p.write_text(html, encoding="utf-8")
    doc = load_document(p)
    assert doc.event_date == date(2026, 1, 14)
    assert "350 thỏa thuận" in doc.text and "Bản quyền" not in doc.text and "Liên hệ" not in doc.text


def test_docx_article(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("Lai Châu dự Hội nghị trực tuyến về ngoại giao kinh tế")
    d.add_paragraph("Chiều ngày 22/7/2025, Thủ tướng Chính phủ chủ trì Hội nghị trực tuyến với các địa phương.")
    d.add_paragraph("Dự điểm cầu tỉnh Lai Châu có đồng chí Hà Trọng Hải - Phó Chủ tịch UBND tỉnh.")
    buf = io.BytesIO()
    d.save(buf)
    doc = build_document(Path("a.docx"), buf.getvalue())
    assert doc.title.startswith("Lai Châu dự Hội nghị") and doc.event_date == date(2025, 7, 22)


def test_hard_wrapped_pdf_text_and_lists(tmp_path):
    text = (
        "THÔNG BÁO\nKết luận của Thủ tướng Chính phủ tại Hội nghị\n\n"
        "Ngày 05/3/2026, Thủ tướng Chính phủ chủ trì Hội nghị trực tuyến với các\n"
        "địa phương về thúc đẩy tăng trưởng.\n"
        "| Chỉ tiêu | Kết quả |\n|---|---|\n| Kim ngạch | 50 triệu USD |\n"
        "**Thủ tướng yêu cầu:**\n"
        "1. Bộ Công Thương chủ trì, phối hợp với các bộ, ngành liên quan rà soát\n"
        "các chương trình xúc tiến thương mại, báo cáo trước ngày 30/6/2026.\n"
        "a) Ủy ban nhân dân các tỉnh, thành phố khẩn trương hoàn thành trong quý II/2026.\n"
        "* * *\n"
    )
    doc = doc_from_text(tmp_path, text)
    items = [doc.para_text(p) for p in doc.paragraphs if p.kind == "list_item"]
    assert items[0].startswith("Bộ Công Thương chủ trì") and items[0].endswith("trước ngày 30/6/2026.")
    assert any(p.marker == "a)" for p in doc.paragraphs)
    assert "Ngày 05/3/2026, Thủ tướng Chính phủ chủ trì Hội nghị trực tuyến với các địa phương" in doc.text
    assert "|" not in doc.text and "**" not in doc.text and "* * *" not in doc.text


def test_other_portal_chrome(tmp_path):
    text = (
        "Tỉnh tổ chức hội nghị xúc tiến đầu tư\nCập nhật: 12/01/2026 08:30\nXem cỡ chữ\nGiọng nam\nGiọng nữ\n"
        "Sáng 10/1, UBND tỉnh tổ chức hội nghị xúc tiến đầu tư với hơn 200 doanh nghiệp.\n"
        "Các đại biểu tham quan gian trưng bày. (Ảnh: Minh Anh)\n"
        "Hội nghị đã trao 15 quyết định chủ trương đầu tư cho các dự án trên địa bàn tỉnh.\n"
        "Tin liên quan\nTỉnh đón đoàn công tác Hàn Quốc\nKhai mạc hội chợ thương mại\n"
    )
    doc = doc_from_text(tmp_path, text)
    body = "\n".join(doc.para_text(p) for p in doc.body_paragraphs)
    for chrome in ("Cập nhật", "Xem cỡ chữ", "Giọng nam", "Tin liên quan", "Khai mạc hội chợ", "Ảnh: Minh Anh"):
        assert chrome not in body
    assert doc.published == date(2026, 1, 12) and doc.event_date == date(2026, 1, 10)
    assert "Các đại biểu tham quan gian trưng bày." in doc.captions


def test_year_inference_never_after_publication():
    d, part, _ = find_event_date("Tối 31/12, Thủ tướng chủ trì hội nghị.", date(2026, 1, 2))
    assert d == date(2025, 12, 31) and part == "tối"
    d, part, _ = find_event_date("Chiều tối (22/7), Thủ tướng chủ trì hội nghị 6 tháng cuối năm 2025.", None)
    assert d == date(2025, 7, 22) and part == "chiều tối"


def test_folder_with_a_bad_file_is_partial(tmp_path):
    from briefgen.cli import main

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(SAMPLE, encoding="utf-8")
    (corpus / "bad.txt").write_bytes(bytes(range(256)) * 8)
    (corpus / "notes.pdf").write_bytes(b"%PDF-1.4")
    rc = main(["corpus", str(corpus), "--store", str(tmp_path / "s.sqlite")])
    assert rc == 1


def test_a_yearless_lead_date_is_not_replaced_by_a_later_paragraphs_date(tmp_path):
    # the lead gives 2/8 with no year and no publication stamp; the 14/1 of a quoted earlier event is not this one
    doc = doc_from_text(
        tmp_path,
        "Tỉnh dự hội nghị trực tuyến\n"
        "Sáng nay 2/8, Thủ tướng Chính phủ chủ trì Hội nghị trực tuyến toàn quốc về phòng, chống khai thác IUU.\n"
        "Sáng 14/1, Thủ tướng chủ trì Hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026.\n",
    )
    assert doc.event_date is None
    assert any("không rõ năm" in w and "2/8" in w for w in doc.warnings)


@pytest.mark.parametrize(
    "lead,expected,part",
    [
        ("Tối qua (11/1), Thủ tướng đã tiếp Đại sứ.", date(2026, 1, 11), "tối"),
        ("Sáng thứ Hai (12/1), Thủ tướng chủ trì phiên họp.", date(2026, 1, 12), "sáng"),
        ("Chiều 31/12, Thủ tướng dự lễ.", date(2025, 12, 31), "chiều"),  # never after the report of 12/01/2026
        ("Trong 2 ngày 10 và 11/1, Bộ Công Thương tổ chức hội nghị.", date(2026, 1, 10), None),  # starts on the 10th
        ("Từ ngày 8 đến 10/1, đoàn công tác thăm Lào.", date(2026, 1, 8), None),
    ],
)
def test_lead_dates_with_day_parts(lead, expected, part):
    assert find_event_date(lead, date(2026, 1, 12))[:2] == (expected, part)


@pytest.mark.parametrize("stamp", ["12-01-2026 08:30", "12.01.2026", "Thứ Hai, 12/01/2026 08:30"])
def test_publication_stamps(stamp):
    from briefgen.corpus.dates import parse_stamp

    assert parse_stamp(stamp) == date(2026, 1, 12)


def test_font_size_widget_comment_counter_and_byline_with_source_are_chrome():
    doc = load_document(Path(__file__).parent / "data" / "tin-tinh-lai-chau-chrome.txt")
    assert doc.para_text(doc.paragraphs[1]).startswith("Sáng 15/1, UBND tỉnh Lai Châu")  # the lead, not "Cỡ chữ"
    body = "\n".join(doc.para_text(p) for p in doc.paragraphs)
    for chrome in ("Cỡ chữ", "Bình luận", "Minh Anh", "Tin cùng chuyên mục", "Từ khóa"):
        assert chrome not in body, chrome
    assert (doc.byline, doc.portal) == ("Minh Anh", "Báo Lai Châu")


@pytest.mark.parametrize(
    "head,title",
    [
        ("VĂN PHÒNG CHÍNH PHỦ\nSố: 12/VPCP-QHQT\nV/v tổ chức Hội nghị ngoại giao kinh tế\nKính gửi: Bộ Ngoại giao.\n",
         "Công văn số 12/VPCP-QHQT về việc tổ chức Hội nghị ngoại giao kinh tế"),
        ("THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n-------\n"
         "Số: 05/CĐ-TTg\nHà Nội, ngày 02 tháng 02 năm 2026\nCÔNG ĐIỆN HỎA TỐC\nVề việc ứng phó với rét đậm, rét hại\n"
         "THỦ TƯỚNG CHÍNH PHỦ điện:\n",
         "Công điện số 05/CĐ-TTg về việc ứng phó với rét đậm, rét hại"),
        ("THỦ TƯỚNG CHỦ TRÌ HỘI NGHỊ VỚI CÁC ĐỊA PHƯƠNG\nSáng 10/1, Thủ tướng chủ trì hội nghị.\n", None),  # news
    ],
)  # fmt: skip
def test_official_heading(head, title):
    from briefgen.corpus.clean import official_heading

    h = official_heading(head.splitlines())
    assert (h.title if h else None) == title


@pytest.mark.parametrize(
    ("head", "issuer"),
    [
        ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
         "Số: 812/KH-UBND\nKẾ HOẠCH\nTriển khai thực hiện Nghị quyết", "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"),
        # two columns pasted onto one line each, from a PDF
        ("ỦY BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ HẢI PHÒNG Độc lập - Tự do - Hạnh phúc\n"
         "------- ---------------\nSố: 12/UBND-NV Hải Phòng, ngày 3 tháng 11 năm 2025\nV/v tổ chức đón đoàn",
         "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG"),
        ("THỦ TƯỚNG CHÍNH PHỦ\n-------\nSố: 112/CĐ-TTg\nCÔNG ĐIỆN\nVề việc tập trung khắc phục", "THỦ TƯỚNG CHÍNH PHỦ"),
    ],
)  # fmt: skip
def test_official_heading_issuer(head, issuer):
    from briefgen.corpus.clean import official_heading

    assert official_heading(head.splitlines()).issuer == issuer


@pytest.mark.parametrize(
    ("head", "fields"),
    [
        # a crawl's own title line above the heading, flattened onto few lines; the text goes on after the subject
        ("Chỉ thị 12/TTg\nPHỦ THỦ TƯỚNG ----- CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc -------\n"
         "Số:\n12/TTg Hà Nội, ngày 5 tháng 3 năm 1981 CHỈ THỊ VỀ CÔNG TÁC THỦY LỢI Ngày 2 tháng 1 Hội đồng đã bàn.",
         ("PHỦ THỦ TƯỚNG", "12/TTg", "Chỉ thị", "VỀ CÔNG TÁC THỦY LỢI", "ngày 5 tháng 3 năm 1981")),
        # OCR: a signature stamp above, words run together, debris before the kind, the number without its label
        ("Thời gian ký: 06.03.2020 11:23:02 +07:00\nFcONG THONG Ty\n\nTHỦ TƯỚNG CHÍNHPHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
         "VIỆT NAM\n—— Độc lập - Tự do - Hạnh phúc\n\n| CONG THONG TIN 41 /CT-TTg Ha Nội, ngàyháng 3 năm 2020\n\n"
         "DEN i: : _¬ CHỈ THỊ\n\nIg-Q6 -| Về các nhiệm vụ cấp bách tháo gỡ khó khăn cho\n\nsản xuất kinh doanh\n",
         ("THỦ TƯỚNG CHÍNH PHỦ", "41/CT-TTg", "Chỉ thị", "Về các nhiệm vụ cấp bách tháo gỡ khó khăn cho sản xuất "
          "kinh doanh", None)),
        # a PDF's two columns apart; an issuer of two bodies; "Số: …" of the issuer in capitals is not the number
        ("   SỞ CÔNG THƯƠNG                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n    ĐOÀN KIỂM TRA                  "
         "       Độc lập - Tự do - Hạnh Phúc\n  THEO QUYẾT ĐỊNH\n   SỐ 10/QĐ-SCT                      Lào Cai, ngày "
         "10 tháng 3 năm 2026\n\n     Số: 15/KH-ĐKT\n\n              KẾ HOẠCH\nKiểm tra việc sử dụng vật\n"
         "       liệu nổ công nghiệp\n\n      Thực hiện Quyết định số 10/QĐ-SCT",
         ("SỞ CÔNG THƯƠNG ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 10/QĐ-SCT", "15/KH-ĐKT", "Kế hoạch",
          "Kiểm tra việc sử dụng vật liệu nổ công nghiệp", "ngày 10 tháng 3 năm 2026")),
        # a công văn's "V/v" in the left column, wrapped also on capitals, till "Kính gửi"; the number spaced
        ("ỦY BAN NHÂN DÂN                       CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n    TỈNH LÀO CAI             "
         "                 Độc lập - Tự do - Hạnh phúc\n Số:   4390     /UBND-NLN                  Lào Cai, ngày 27 "
         "tháng 5 năm 2026\nV/v triển khai thực hiện\nNghị định số 180/2026/NĐ-CP\nngày 21/5/2026 của Chính phủ\n"
         "                   Kính gửi:\n                                   - Các sở, ban, ngành cấp tỉnh;",
         ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "4390/UBND-NLN", "Công văn",
          "V/v triển khai thực hiện Nghị định số 180/2026/NĐ-CP ngày 21/5/2026 của Chính phủ", "ngày 27 tháng 5 năm 2026")),
        # a crawl's table: the subject in the number's cell, letters spaced apart, a month written "0 6"
        ("| THỦ TƯỚNG CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------- |\n"
         "|---|---|\n| Số: 773 /QĐ - U B ND | Hà Nội, ngày 26 tháng 0 6 năm 2018 |\n\nQUYẾT ĐỊNH\n\nBAN HÀNH KẾ HOẠCH\n",
         ("THỦ TƯỚNG CHÍNH PHỦ", "773/QĐ-UBND", "Quyết định", "BAN HÀNH KẾ HOẠCH", "ngày 26 tháng 6 năm 2018")),
        ("| BỘ XÂY DỰNG ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------- |\n|---|---|\n"
         "| Số: 2428/BXD-QLN V/v: Hỗ trợ về nhà ở | Hà Nội , ngày 15 tháng 11 năm 2013 |\n\nKính gửi: Ủy ban nhân dân",
         ("BỘ XÂY DỰNG", "2428/BXD-QLN", "Công văn", "V/v: Hỗ trợ về nhà ở", "ngày 15 tháng 11 năm 2013")),
        # the day left blank on the printed page: the digital signature's day, in the same month
        ("Thời gian ký: 19/06/2026 14:18:57 +07:00\n\nBỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do "
         "- Hạnh phúc\nSố: 8388/BTC-QLCS Hà Nội, ngày / tháng 6 năm 2026\n\nV/v Triển khai Nghị định\n",
         ("BỘ TÀI CHÍNH", "8388/BTC-QLCS", "Công văn", "V/v Triển khai Nghị định", "ngày 19 tháng 6 năm 2026")),
        ("Thời gian ký: 19/07/2026 14:18:57 +07:00\nBỘ TÀI CHÍNH\nĐộc lập - Tự do - Hạnh phúc\nSố: 8388/BTC-QLCS Hà Nội, ngày / tháng 6 năm 2026\n"
         "V/v Triển khai Nghị định\n", ("BỘ TÀI CHÍNH", "8388/BTC-QLCS", "Công văn", "V/v Triển khai Nghị định", None)),
    ],
)  # fmt: skip
def test_official_heading_as_crawled(head, fields):
    """Headings as crawls, PDF text and OCR give them (issue #19): issuer, number, kind, subject, date of issue."""
    from briefgen.corpus.clean import official_heading

    h = official_heading(head.splitlines())
    assert (h.issuer, h.number, h.kind, h.subject, h.published_raw) == fields


def test_a_flattened_headings_line_keeps_its_text():
    from briefgen.corpus.clean import clean_lines

    head = "PHỦ THỦ TƯỚNG CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố:\n12/TTg Hà Nội, ngày 5 tháng 3 năm 1981 CHỈ THỊ VỀ "
    res = clean_lines((head + "THỦY LỢI Ngày 2 tháng 1 Hội đồng đã bàn việc này.").splitlines())
    assert [(p.kind, p.text) for p in res.paragraphs] == [
        ("title", "Chỉ thị số 12/TTg VỀ THỦY LỢI"),
        ("lead", "Ngày 2 tháng 1 Hội đồng đã bàn việc này."),
    ]


@pytest.mark.parametrize(
    "head",
    [
        # a news article's capitals title naming a kind, then its lead: no heading
        "CHỈ THỊ VỀ TĂNG CƯỜNG PHÒNG CHỐNG DỊCH\nSáng 10/3, Thủ tướng ký Chỉ thị số 41/CT-TTg ngày 10 tháng 3 năm 2020.",
        # prose above the motto: a report quoting a heading further down
        "Sáng 10/1, Văn phòng Chính phủ ban hành thông báo kết luận của Phó Thủ tướng về việc phòng chống thiên tai "
        "như sau\nVĂN PHÒNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1/TB-VPCP\nTHÔNG BÁO\nKết luận",
    ],
)  # fmt: skip
def test_no_official_heading_in_news(head):
    from briefgen.corpus.clean import official_heading

    assert official_heading(head.splitlines()) is None


def test_an_event_a_day_after_the_reports_stamp_is_the_same_year():
    """A live report stamped when first posted (17/9) tells of "sáng 18/9": the same year, not the year before; a
    date well after the stamp ("Tối 31/12" stamped 02/01) is still last year's."""
    assert find_event_date("Tại Quảng Trị, sáng 18/9, đơn vị đã huy động lực lượng.", date(2024, 9, 17))[0] == date(
        2024, 9, 18
    )
    assert find_event_date("Tối 31/12, Thủ tướng chủ trì hội nghị.", date(2026, 1, 2))[0] == date(2025, 12, 31)


def test_a_sentence_goes_on_across_a_pdf_page_number(tmp_path):
    """ "… quản lý và sử dụng VLNCN được" / "2" (the page's number, blank lines around it) / "tốt hơn, Sở Công Thương
    yêu cầu …" is one sentence; a capitalised line after a page number starts a new paragraph."""
    text = (
        "Thông báo kết quả kiểm tra\n\n"
        "Để việc chấp hành quy định của pháp luật về quản lý và sử dụng VLNCN được\n"
        "                                        2\n\n\n\n"
        "tốt hơn, Sở Công Thương yêu cầu đơn vị nêu trên thực hiện một số nội dung sau:\n"
        "Kết quả kiểm tra cho thấy các đơn vị chấp hành tốt.\n"
        "                                        3\n\n"
        "Sở Công Thương thông báo cho các đơn vị được biết.\n"
    )
    d = doc_from_text(tmp_path, text)
    paras = [d.para_text(p) for p in d.paragraphs]
    assert any(p.startswith("Để việc chấp hành") and p.endswith("thực hiện một số nội dung sau:") for p in paras), paras
    assert "Sở Công Thương thông báo cho các đơn vị được biết." in paras


@pytest.mark.parametrize(
    "para, expected",
    [
        # the date after the portal's tag, past the first 80 characters
        (
            "Khởi nghiệp - OCOP Bí thư Tỉnh ủy Nguyễn Văn A thăm mô hình hợp tác xã ở huyện B (QNO) - Ngày 23/7, nhân "
            "chuyến công tác tại huyện B, đồng chí …",
            date(2024, 7, 23),
        ),
        # the date closing the first sentence
        (
            "Đó là một trong những nội dung quan trọng trong thông cáo báo chí phiên họp thứ 8 của Ban Chỉ đạo phòng, "
            "chống tham nhũng, tiêu cực thành phố, sáng 14-10. Tại phiên họp, …",
            date(2024, 10, 14),
        ),
        (
            "Đồng chí Chủ tịch UBND tỉnh Nguyễn Văn A chủ trì cuộc họp về giải pháp nâng cao hiệu quả sử dụng dịch vụ công "
            "trực tuyến, ngày 24/9/2024.",
            date(2024, 9, 24),
        ),
        # a date inside the sentence is a step of the story; a document's date is not the event's
        (
            "Để hoàn thành quy trình thực hiện dự án xây dựng hạ tầng kỹ thuật khu tái định cư ở các địa phương, trong đó "
            "có huyện B, ngày 8/12/2023, HĐND thành phố ban hành nghị quyết số 41.",
            None,
        ),
        ("Theo đề nghị của Giám đốc Công an tỉnh tại Tờ trình số 02/TTr-CAT- ANCTNB ngày 03 tháng 02 năm 2023.", None),
    ],
)
def test_paragraph_date_opens_or_closes_the_first_sentence(para: str, expected: date | None) -> None:
    assert find_paragraph_date(para, date(2024, 12, 1))[0] == expected


def test_an_undated_articles_year_from_its_years_marked_when_they_disagree() -> None:
    from briefgen.corpus.dates import ESTIMATED

    agree = "Sáng 14/1, Thủ tướng chủ trì Hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026."
    d, _, basis = find_event_date(agree, None, agree)
    assert d == date(2026, 1, 14) and not basis.endswith(ESTIMATED)
    apart = "Chiều 5/6, tỉnh sơ kết chương trình giai đoạn năm 2019, năm 2021 và năm 2024."
    d, _, basis = find_event_date(apart, None, apart)
    assert d == date(2024, 6, 5) and basis.endswith(ESTIMATED)
    # with a publication stamp the year is the stamp's, never an estimate
    assert not find_event_date(apart, date(2024, 6, 6), apart)[2].endswith(ESTIMATED)


def test_an_effective_date_in_the_middle_of_a_lead_is_not_the_event():
    """A weekly digest's description "… áp dụng biểu thuế … mới từ 1/9/2016; …" says when a rule takes effect; a
    lead that opens with "Từ ngày 1/9, …" is the news itself."""
    assert (
        find_event_date(
            "Bảo đảm tăng trưởng; áp dụng biểu thuế ưu đãi mới từ 1/9/2016; tăng cường kỷ luật", date(2016, 9, 13)
        )[0]
        is None
    )
    assert find_event_date("Từ ngày 1/9, Hà Nội áp dụng quy định mới.", date(2016, 9, 13))[0] == date(2016, 9, 1)


def test_a_document_issued_along_the_way_does_not_date_the_story() -> None:
    """ "Ngày 21/5/2024, UBND huyện Gio Linh có quyết định số 2257/QĐ-UBND …" deep in a report on a site visit is a
    step of the story; the same words opening the story ("Ngày 26/3/2019, Bộ … đã ban hành Quyết định 988 …") are
    its event."""
    para = "Ngày 21/5/2024, UBND huyện Gio Linh có quyết định số 2257/QĐ-UBND phê duyệt giá đất cụ thể."
    assert find_paragraph_date(para, date(2024, 5, 30), later=True)[0] is None
    assert find_paragraph_date(para, date(2024, 5, 30))[0] == date(2024, 5, 21)
    visit = "Ngày 21/5/2024, Chủ tịch UBND tỉnh kiểm tra công tác giải phóng mặt bằng."
    assert find_paragraph_date(visit, date(2024, 5, 30), later=True)[0] == date(2024, 5, 21)


def test_a_news_subheading_is_a_heading_not_a_directive() -> None:
    """'Tích cực kết nối, đa dạng kênh tiêu thụ' between two paragraphs titles what follows (#21 review: it was a row
    'các DN: Tích cực kết nối, đa dạng kênh tiêu thụ')."""
    from briefgen.corpus.clean import clean_lines

    body = "Phát biểu tại hội nghị, đồng chí Trưởng ban cho biết tình hình tiêu thụ vải thiều năm nay rất khả quan nhờ nhiều giải pháp."
    lines = [
        "Đẩy mạnh xúc tiến tiêu thụ vải thiều",
        "BẮC GIANG - Ngày 27/5, tại huyện Tân Yên, UBND huyện tổ chức hội nghị xúc tiến tiêu thụ vải thiều sớm năm 2024.",
        body,
        "Tích cực kết nối, đa dạng kênh tiêu thụ",
        "Tại chương trình, các đại biểu đánh giá cao ưu điểm của vải thiều Tân Yên như thời gian thu hoạch sớm, quả ngọt.",
        "Các doanh nghiệp đề nghị địa phương tiếp tục hỗ trợ.",
    ]
    kinds = {k.text: k.kind for k in clean_lines(lines).paragraphs}
    assert kinds["Tích cực kết nối, đa dạng kênh tiêu thụ"] == "heading"
    assert kinds[body] == "body"


def test_a_longer_subheading_and_an_appended_reports_title_are_headings() -> None:
    """A portal's subheading may run to twenty words, and a second outlet's report appended to an article stacks its
    title and subtitle, unpunctuated, before its text (#21 review: 'Bộ Xây dựng: Khẩn trương điều tra nguyên nhân
    sự cố …' was a row). A short unpunctuated line that ends a paragraph run is not one."""
    from briefgen.corpus.clean import clean_lines

    closing = "Thứ ba, Bộ Xây dựng phối hợp với các cơ quan liên quan chỉ đạo doanh nghiệp rà soát kỹ các quy định, tiêu chuẩn."
    title = "Khẩn trương điều tra nguyên nhân sự cố để xử lý nghiêm minh theo quy định của pháp luật"
    subtitle = "Nguyên nhân ban đầu được xác định là do sự cố động cơ điện"
    text = "Theo đó, vào hồi 13 giờ 30 phút ngày 22/4/2024 đã xảy ra vụ tai nạn lao động đặc biệt nghiêm trọng tại công ty."
    lines = ["Thủ tướng chỉ đạo điều tra vụ tai nạn", "Thủ tướng vừa ký công điện về vụ tai nạn lao động.", closing]
    kinds = {
        k.text: k.kind
        for k in clean_lines([*lines, title, subtitle, text, "Cơ quan chức năng đang điều tra."]).paragraphs
    }
    assert kinds[title] == "heading" and kinds[subtitle] == "heading"
    assert kinds[text] == "body"
    tail = "Các lực lượng đang tiếp tục tìm kiếm người mất tích"
    kinds = {k.text: k.kind for k in clean_lines([*lines, tail, "Cơ quan chức năng đang điều tra."]).paragraphs}
    assert kinds[tail] == "body"  # no long closed paragraph after it: the article's last unpunctuated line


def test_a_paragraph_ending_in_a_comma_goes_on_after_one_blank_line() -> None:
    """'… Hội Phụ nữ, Hội Cựu chiến binh,' / '' / 'Đoàn Thanh niên … giúp đỡ …' is one sentence (#21 review: the
    task was cut at the comma); 'Xét đề nghị …,' / '' / 'QUYẾT ĐỊNH:' stays a preamble and its operative part."""
    from briefgen.corpus.clean import clean_lines

    first = (
        "Ủy ban nhân dân xã có trách nhiệm vận động các đoàn thể như Mặt trận Tổ quốc, Hội Phụ nữ, Hội Cựu chiến binh,"
    )
    rest = "Đoàn Thanh niên Cộng sản Hồ Chí Minh giúp đỡ các hộ gia đình xây dựng nhà ở."
    texts = [k.text for k in clean_lines(["Kế hoạch hỗ trợ nhà ở", "", first, "", rest]).paragraphs]
    assert f"{first} {rest}" in texts
    preamble = "Xét đề nghị của Sở Xây dựng tại Công văn số 4236/SXD-QLN&CS ngày 22 tháng 5 năm 2014,"
    texts = [k.text for k in clean_lines(["Quyết định ban hành kế hoạch", "", preamble, "", "QUYẾT ĐỊNH:"]).paragraphs]
    assert preamble in texts


def test_an_official_texts_footnote_marks_are_dropped_but_not_units(tmp_path):
    """ "… về địa chất, khoáng sản1." in an official text: the glued "1" is a footnote's number; "30m2", "CO2" stay;
    news keeps its words as written."""
    head = (
        "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 5973/UBND-KT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nLào Cai, ngày 11 tháng 6 năm 2026\nV/v khoáng sản\n"
    )
    body = (
        "- Lãnh đạo, chỉ đạo thực hiện nghiêm quy định về địa chất, khoáng sản1.\n"
        "- Nhà ở có diện tích tối thiểu 30m2; giảm phát thải CO2.\n"
    )
    text = doc_from_text(tmp_path, head + body, "cv.txt").text
    assert "khoáng sản." in text and "khoáng sản1" not in text, text
    assert "30m2;" in text and "CO2." in text, text
    news = doc_from_text(tmp_path, "Tin tức\n\nBài viết về địa chất, khoáng sản1.\n", "news.txt").text
    assert "khoáng sản1" in news, news


def test_gallery_captions_run_into_a_line_are_no_sentence() -> None:
    """#21: a photo's caption that repeats a body sentence's opening and runs on, with no stop, into the next
    caption ("… dài 1.500m Sân bay Gia Bình cách TP Hải Dương 25 km") is a caption; a subheading that repeats a
    sentence whole is not."""
    from briefgen.corpus.clean import clean_lines

    body = "Trong giai đoạn đầu tiên, sân bay Gia Bình sẽ được xây dựng với đường băng dài 1.500m, trên diện tích khoảng 125 ha."
    run_on = "Trong giai đoạn đầu tiên, sân bay Gia Bình sẽ được xây dựng với đường băng dài 1.500m Sân bay Gia Bình cách TP Hải Dương 25 km"
    echo = "Trong giai đoạn đầu tiên, sân bay Gia Bình sẽ được xây dựng với đường băng dài 1.500m"
    lines = [
        "Khởi công sân bay Gia Bình",
        "Sáng 10/12, tại huyện Gia Bình, Thủ tướng dự lễ khởi công dự án xây dựng sân bay Gia Bình.",
        "Thủ tướng yêu cầu Bộ Công an triển khai dự án với yêu cầu thời gian nhanh nhất, chất lượng tốt nhất.",
        run_on,
        "Thủ tướng đề nghị nhà thầu tập trung triển khai thi công dự án, bảo đảm đúng tiến độ và chất lượng.",
        echo,
        "Thủ tướng yêu cầu xã Xuân Lai tiếp tục quan tâm, chăm lo ổn định nơi ăn, ở của các hộ dân nhường đất.",
        body,
    ]
    kinds = {k.text: k.kind for k in clean_lines(lines).paragraphs}
    assert kinds[run_on] == "caption"
    assert kinds[echo] != "caption"
    assert kinds[body] == "body"


def test_soft_wraps_of_a_converter_that_ends_paragraphs_with_lf(tmp_path):
    """A converter wrapped lines inside paragraphs with CRLF and ended paragraphs with LF: "… kè bờ tây Sông\\r\\nLô
    đoạn …" is one sentence (a capital after the break would otherwise start a new paragraph); a file of CRLF only
    keeps its lines."""
    body = "".join(
        f"Đoạn {i} nói về công trình kè bờ tây Sông\r\nLô đoạn từ cầu Yên Biên II tới trường.\n" for i in range(6)
    )
    p = tmp_path / "nq.txt"
    p.write_bytes(body.encode("utf-8"))
    d = load_document(p)
    texts = [d.text[x.start : x.end] for x in d.paragraphs]
    assert any("kè bờ tây Sông Lô đoạn từ cầu" in t for t in texts), texts
    q = tmp_path / "win.txt"
    q.write_bytes(body.replace("\n", "\r\n").replace("\r\r\n", "\r\n").encode("utf-8"))
    assert not any("Sông Lô" in q_t for q_t in (load_document(q).text.split("\n"))), load_document(q).text[:200]
