import unicodedata

import pytest

from briefgen.gazetteer import UnknownProvince, load_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def test_34_units_and_63_earlier_names(gaz):
    assert len(gaz.provinces) == 34
    names = {p.name for p in gaz.provinces} | {m for p in gaz.provinces for m in p.merged}
    assert len(names - {"Thừa Thiên Huế"}) == 63
    assert gaz.source


@pytest.mark.parametrize(
    "given", ["Lai Châu", "Lai Chau", "lai châu", "Tỉnh Lai Châu", "LAI CHÂU", unicodedata.normalize("NFD", "Lai Châu")]
)
def test_resolve_forgives_case_diacritics_nfd_prefix(gaz, given):
    r = gaz.resolve(given)
    assert r.province.name == "Lai Châu" and r.notice is None


def test_earlier_name_maps_to_successor_with_notice(gaz):
    r = gaz.resolve("Vĩnh Phúc")
    assert r.province.name == "Phú Thọ"
    assert r.notice == "Vĩnh Phúc đã hợp nhất vào tỉnh Phú Thọ từ ngày 01/7/2025."
    assert gaz.resolve("hoa binh").province.name == "Phú Thọ"


def test_unknown_names_closest(gaz):
    with pytest.raises(UnknownProvince) as e:
        gaz.resolve("Lai Chuo")
    assert "Lai Châu" in e.value.suggestions


def test_mentions_are_case_sensitive_and_avoid_traps(gaz):
    text = "vì hòa bình; tỉnh Hoà Bình; Thái Bình Dương; tư tưởng Hồ Chí Minh; Thành phố Hồ Chí Minh; Bà Rịa-Vũng Tàu"
    found = [(m.surface, m.province.name) for m in gaz.find_mentions(text)]
    assert found == [("Hoà Bình", "Phú Thọ"), ("Hồ Chí Minh", "Hồ Chí Minh"), ("Bà Rịa-Vũng Tàu", "Hồ Chí Minh")]


@pytest.mark.parametrize(
    "host,want",
    [
        ("baobacgiang.vn", "Bắc Ninh"),  # Bắc Giang's paper: Bắc Giang is now part of Bắc Ninh
        ("hagiangtv.vn", "Tuyên Quang"),
        ("vuban.namdinh.gov.vn", "Ninh Bình"),
        ("dbndnghean.vn", "Nghệ An"),
        ("www.laichau.gov.vn", "Lai Châu"),
        ("vnexpress.net", None),
        ("baochinhphu.vn", None),
        ("thuvienphapluat.vn", None),
    ],
)
def test_province_of_a_portal_host(gaz, host, want):
    got = gaz.of_host(host)
    assert (got.name if got else None) == want
