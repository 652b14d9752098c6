import pytest

from briefgen.text import fold_key, fold_tone_placement, loose_key, nfc, sentence_spans


@pytest.mark.parametrize(
    "old,new",
    [
        ("hoà", "hòa"),
        ("Hoà Bình", "Hòa Bình"),
        ("HOÀ BÌNH", "HÒA BÌNH"),
        ("thuỷ sản", "thủy sản"),
        ("Uỷ ban châu Âu", "Ủy ban châu Âu"),
        ("Tỉnh uỷ viên", "Tỉnh ủy viên"),
        ("thể chế hoá", "thể chế hóa"),
        ("thoả thuận", "thỏa thuận"),
        ("toà án", "tòa án"),
        ("xoá bỏ", "xóa bỏ"),
        ("khoẻ mạnh", "khỏe mạnh"),
    ],
)
def test_old_tone_placement_folds_in_open_syllables(old, new):
    assert fold_tone_placement(old) == new


@pytest.mark.parametrize("word", ["hoàn thành", "khuỷu tay", "quý vị", "Quỳnh", "quỷ", "khoảng", "hoạt động"])
def test_closed_syllables_and_qu_are_untouched(word):
    assert fold_tone_placement(word) == word


def test_fold_key_equates_spellings_and_nfd():
    import unicodedata

    assert fold_key("Khánh Hoà") == fold_key("khánh hòa")
    assert fold_key(unicodedata.normalize("NFD", "Thủy sản")) == fold_key("thuỷ sản")
    assert nfc(unicodedata.normalize("NFD", "Việt")) == "Việt"


def test_loose_key_strips_diacritics_for_user_input():
    assert loose_key("Lai Châu") == loose_key("lai chau") == "lai chau"
    assert loose_key("Đắk Lắk") == "dak lak"


def test_sentences_keep_offsets_and_skip_abbreviations():
    t = "Tối 10/1, Thủ tướng chủ trì. Tính đến 15/12, kim ngạch đạt 883,7 tỷ USD. TP. Hồ Chí Minh có 3 dự án."
    spans = sentence_spans(t)
    got = [t[s.start : s.end] for s in spans]
    assert got == [
        "Tối 10/1, Thủ tướng chủ trì.",
        "Tính đến 15/12, kim ngạch đạt 883,7 tỷ USD.",
        "TP. Hồ Chí Minh có 3 dự án.",
    ]
