"""Crawl wrappers: front matter, markdown link/source/title lines, HTML bodies in text files, and an official
heading given as a markdown table. Each rule's own example; the development set (eval/dev) is the evidence."""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.corpus.wrappers import parse_front_date, unwrap

from .conftest import doc_from_text

JEKYLL = """---
layout: post
title: " [Sân bay] Khởi công sân bay Gia Bình"
date: Tue, 10 Dec 2024 23:30:00 +0700
---
[Khởi công sân bay Gia Bình](https://baohaiduong.vn/khoi-cong-san-bay-gia-binh-399999.html)

![Khởi công](https://cdn.example/anh.jpg)

Sáng 10/12, Thủ tướng dự lễ khởi công.
"""

JSON_HTML = """---json
{
    "title": "Lại bàn cách giải cứu tôm",
    "date": "2018-06-04T17:30:00.000Z",
    "trichdan": "https://tuoitre.vn/"
}
---
<p>Ng&agrave;y 3/6, tại Cà Mau, Bộ trưởng chủ trì hội nghị.</p><p>Đoạn hai.</p>
"""


def test_jekyll_front_matter_and_link_line():
    w = unwrap(JEKYLL)
    assert w.title == "Khởi công sân bay Gia Bình"  # the aggregator's "[Sân bay]" tag dropped
    assert w.published == "2024-12-10"
    assert w.url == "https://baohaiduong.vn/khoi-cong-san-bay-gia-binh-399999.html"
    assert w.lines[0] == "Sáng 10/12, Thủ tướng dự lễ khởi công."


def test_json_front_matter_html_body_and_utc_stamp(tmp_path):
    w = unwrap(JSON_HTML)
    assert w.html and w.title == "Lại bàn cách giải cứu tôm"
    assert w.published == "2018-06-05"  # 17:30 UTC is the next morning in Vietnam
    doc = doc_from_text(tmp_path, JSON_HTML)
    assert "Ngày 3/6, tại Cà Mau" in doc.text and "&agrave;" not in doc.text and "trichdan" not in doc.text
    assert doc.published == date(2018, 6, 5) and doc.event_date == date(2018, 6, 3)


@pytest.mark.parametrize(
    "stamp,want",
    [
        ("Wed, 11 Sep 2024 13:00:00 +0700", date(2024, 9, 11)),
        ("2017-11-01T17:00:00.000Z", date(2017, 11, 2)),
        ("2024-09-11", date(2024, 9, 11)),
        ("13-09-2016 15:22:19", date(2016, 9, 13)),
        ("không phải ngày", None),
    ],
)
def test_front_dates(stamp, want):
    assert parse_front_date(stamp) == want


def test_a_plain_text_is_left_alone():
    text = "---\nkhông có dòng đóng\nSáng 10/12, hội nghị."
    assert unwrap(text).lines == text.split("\n")
    assert unwrap("Tiêu đề\n\nSáng 10/12.").title is None


def test_official_heading_as_markdown_table(tmp_path):
    text = (
        "*Source: https://thuvienphapluat.vn/van-ban/chi-thi-13.aspx*\n\n# Một tiêu đề do trình thu thập đặt\n\n"
        "| THỦ TƯỚNG CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc  ------- |\n"
        "| --- | --- |\n| Số: 13/CT-TTg | *Hà Nội, ngày 02 tháng* *5 năm 2024* |\n"
        "CHỈ THỊ\nVỀ TĂNG CƯỜNG CÔNG TÁC QUẢN LÝ TÍN CHỈ CÁC-BON\n"
        "Các bộ, ngành, địa phương tập trung thực hiện các nhiệm vụ sau.\n"
    )
    doc = doc_from_text(tmp_path, text)
    assert doc.display_title.startswith("Chỉ thị số 13/CT-TTg")
    assert doc.published == date(2024, 5, 2) and doc.issuer == "THỦ TƯỚNG CHÍNH PHỦ"
    assert doc.portal == "thuvienphapluat.vn"
    assert "|" not in doc.text and "-------" not in doc.text


def test_pdf_text_heading_after_a_converter_note(tmp_path):
    text = (
        "[Bản trích chữ tự động bằng pdftotext từ CV-8129.pdf — 1 trang.]\n\n"
        "ỦY BAN NHÂN DÂN                          CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "      TỈNH LÀO CAI                                 Độc lập - Tự do - Hạnh phúc\n\n"
        "      Số: 8129 /UBND-KT                        Lào Cai, ngày 10 tháng 8 năm 2026\n"
        "V/v kiểm tra, xác minh các nội dung\n\n"
        "Ủy ban nhân dân tỉnh giao Sở Nông nghiệp và Môi trường kiểm tra, báo cáo trước ngày 30/8/2026.\n"
    )
    doc = doc_from_text(tmp_path, text)
    assert doc.display_title.startswith("Công văn số 8129/UBND-KT về việc kiểm tra")
    assert doc.published == date(2026, 8, 10) and doc.issuer == "ỦY BAN NHÂN DÂN TỈNH LÀO CAI"
    assert "pdftotext" not in doc.text


def test_a_referenced_documents_date_is_not_the_event(tmp_path):
    text = (
        "ỦY BAN NHÂN DÂN                          CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "      TỈNH LÀO CAI                                 Độc lập - Tự do - Hạnh phúc\n\n"
        "      Số: 5973 /UBND-KT                        Lào Cai, ngày 11 tháng 6 năm 2026\n"
        "V/v tăng cường công tác quản lý khoáng sản\n\n"
        "Thực hiện Văn bản số 4250/BNNMT-ĐCKS ngày 29/4/2026 của Bộ Nông nghiệp và Môi trường về việc tăng cường"
        " công tác thanh tra, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở kiểm tra.\n"
    )
    doc = doc_from_text(tmp_path, text)
    assert doc.event_date == date(2026, 6, 11)  # the letter's own date, not the referenced one's
