"""Districts (config/districts.yaml through the lexicon): loaded once with the provinces they belonged to, found only
after a unit word, never deciding a province when several share the name; a text about a province only through a
district is that province's; a broken file stops with its line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefgen.extract import extract
from briefgen.extract.districts import find_districts
from briefgen.extract.home import home_province
from briefgen.extract.participation import participating
from briefgen.lexicon import LexiconError, fingerprint, load_lexicon

from .conftest import ROOT, doc_from_text

LEX = load_lexicon()


def _provinces(text: str, title: str | None = None) -> tuple[list[str], list[str]]:
    return participating(text, title, LEX.gazetteer, [], LEX)


def test_the_districts_are_loaded_under_the_province_that_holds_them_now():
    d = LEX.districts
    assert len(d.rows) > 650 and "vietnamadminunits" in d.source
    assert d.province_of("Phú Xuyên") == "Hà Nội"
    assert d.province_of("Điện Bàn") == "Đà Nẵng"  # Quảng Nam's, merged into Đà Nẵng
    assert d.province_of("Hoà Vang") == "Đà Nẵng"  # old tone placement
    assert {x.former for x in d.named("Bình Liêu")} == {"Quảng Ninh"}


def test_a_name_several_provinces_share_decides_nothing():
    assert LEX.districts.ambiguous("Châu Thành") and LEX.districts.province_of("Châu Thành") is None
    assert [x.province for x in find_districts("người dân huyện Châu Thành thu hoạch lúa", LEX)] == [None]
    assert _provinces("UBND huyện Châu Thành tổ chức hội nghị.") == ([], [])
    assert _provinces("UBND huyện Phú Tân tổ chức hội nghị.") == ([], [])  # An Giang's and Cà Mau's


def test_a_name_is_a_district_only_after_a_unit_word():
    assert not find_districts("Châu Thành và Phú Xuyên là tên đất.", LEX)
    assert not find_districts("huyện Phú Xuyênn", LEX)
    assert [x.name for x in find_districts("Huyện ủy Phú Xuyên, thị xã Điện Bàn, TP.Vinh", LEX)] == [
        "Phú Xuyên",
        "Điện Bàn",
        "Vinh",
    ]


def test_a_district_that_its_sentence_speaks_of_makes_its_province_taken_part():
    assert _provinces("Sáng 5/1, UBND huyện Phú Xuyên tổ chức hội nghị.")[0] == ["Hà Nội"]
    assert _provinces("Sáng 10/12, tại huyện Gia Bình, Thủ tướng dự lễ khởi công.")[0] == ["Bắc Ninh"]


def test_a_district_inside_a_sentence_is_only_mentioned():
    assert _provinces("Đoàn công tác đã đến thăm mô hình ở huyện Gia Bình.") == ([], ["Bắc Ninh"])


def test_a_province_the_text_names_with_its_districts_is_reported_on():
    text = "Thủ tướng tới Lào Cai thị sát tình hình.\nLễ khánh thành tổ chức tại thôn Làng Nủ ở huyện Bảo Yên."
    assert _provinces(text)[0] == ["Lào Cai"]


def test_the_province_the_text_gives_after_a_district_stands():
    # the text places "huyện Tân Yên" (Bắc Giang's) in Lai Châu: its word is kept, Bắc Giang is not added
    strong, mentioned = _provinces("Lò Hoàng Châu, thường trú xã Pắc Ta, huyện Tân Yên, tỉnh Lai Châu.")
    assert "Bắc Ninh" not in strong + mentioned and "Lai Châu" in strong + mentioned


def test_a_district_named_like_a_province_is_the_district():
    # huyện Hòa Bình is Bạc Liêu's (and a name two provinces share): not the province of Hòa Bình
    assert _provinces("Người dân huyện Hòa Bình thu hoạch tôm.") == ([], [])
    # a city named after its province still names the province
    assert "Tuyên Quang" in sum(_provinces("Người dân thành phố Hà Giang đón Tết."), [])


def test_a_list_after_a_plural_unit_word():
    text = "Chủ tịch UBND các huyện Phù Cát, Phù Mỹ, thị xã Hoài Nhơn và thành phố Quy Nhơn chủ động sơ tán dân."
    assert [x.name for x in find_districts(text, LEX)] == ["Phù Cát", "Phù Mỹ", "Hoài Nhơn", "Quy Nhơn"]
    assert _provinces(text)[0] == ["Gia Lai"]


def test_a_title_that_opens_with_a_district():
    assert _provinces("Nội dung.", "Huyện Phú Xuyên gấp rút hoàn thành hồ sơ")[0] == ["Hà Nội"]
    assert _provinces("Nội dung.", "Bình Liêu: Sớm hoàn thành hỗ trợ trồng rừng")[0] == ["Quảng Ninh"]
    # without a unit word a province's name is the province (Quảng Bình has a huyện Quảng Ninh)
    assert _provinces("Nội dung.", "Quảng Ninh: Tổ chức hội nghị")[0] == ["Quảng Ninh"]


def test_a_text_about_a_province_only_through_its_district(tmp_path):
    text = (
        '---\ntitle: "Huyện Phú Xuyên gấp rút hoàn thành hồ sơ thi công các khu tái định cư"\n---\n'
        "Hiện UBND huyện Phú Xuyên đang tiến hành giải phóng mặt bằng các dự án trên địa bàn.\n"
    )
    assert extract(doc_from_text(tmp_path, text, "px.txt"), LEX).provinces == ["Hà Nội"]


def test_a_provincial_paper_reporting_on_another_province_district_is_not_home(tmp_path):
    text = '---\ntitle: "Khởi công dự án"\nurl: https://baolaichau.vn/b-2.html\n---\n' + (
        "Sáng 10/12, người dân huyện Gia Bình dự lễ khởi công dự án.\n"
    )
    assert home_province(doc_from_text(tmp_path, text, "gb.txt"), LEX) is None


def _break(config: Path, old: str, new: str) -> int:
    """Replace old by new in districts.yaml; the line (1-based) of the change."""
    path = config / "districts.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    at = text.index(old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text.count("\n", 0, at) + 1


@pytest.mark.parametrize(
    "old, new",
    [
        ("province: 'Hà Giang'", "province: 'Hà Tây'"),  # not one of the 63
        ("'thị xã': ['Sơn Tây']", "'phường': ['Sơn Tây']"),  # not a district's kind
        ("'Mèo Vạc'", "'mèo vạc'"),  # a name not written as a name
        ("province: 'Hà Giang'", "province: 'Hà Giang': x"),  # YAML broken
    ],
)
def test_a_broken_districts_file_stops_with_its_line(config, old, new):
    line = _break(config, old, new)
    with pytest.raises(LexiconError, match=rf"districts\.yaml:{line}: "):
        load_lexicon(config)


def test_the_fingerprint_follows_the_districts_file(config):
    before = fingerprint(config)
    _break(config, "districts:", "# a comment\ndistricts:")
    assert fingerprint(config) != before


def test_a_broken_districts_file_stops_the_run_with_one_line(config, tmp_path, capsys, monkeypatch):
    from briefgen.cli import main

    line = _break(config, "province: 'Hà Giang'", "province: 'Hà Tây'")
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    monkeypatch.setenv("BRIEFGEN_HOME", str(tmp_path))
    rc = main(["--province", "Lai Châu", "--corpus", str(ROOT / "tests" / "data"), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err.strip()
    assert rc == 2 and err.count("\n") == 0 and "Traceback" not in err, err
    assert f"config/districts.yaml:{line}:" in err
