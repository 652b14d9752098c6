"""config/themes.yaml against sentences as real texts write them (eval/dev): the genre words each theme needs, and
the look-alikes it must not take."""

import pytest

from briefgen.extract.themes import themes_of
from briefgen.lexicon import load_lexicon

MATCH = [
    ("hạ tầng, đường sắt", "Quảng Trị đang nỗ lực tháo gỡ vướng mắc trong công tác giải phóng mặt bằng dự án."),
    ("hạ tầng, đường sắt", "Đang xây dựng Cảng hàng không Long Thành với tiến độ rất khẩn trương."),
    (
        "hạ tầng, đường sắt",
        "Giai đoạn 1 gồm đài không lưu, đường cất, hạ cánh kích thước 2.400x65 m và nhà ga hành khách.",
    ),
    ("hạ tầng, đường sắt", "Sân bay Gia Bình sẽ được xây dựng với đường băng dài 1.500 m."),
    ("chuyển đổi xanh", "Phối hợp với Bộ Tài chính xây dựng, thành lập sàn giao dịch các-bon."),
    ("chuyển đổi xanh", "Tổ chức kiểm kê khí nhà kính cấp cơ sở trước ngày 31 tháng 3 hằng năm."),
    ("khoa học công nghệ", "Đẩy mạnh ứng dụng công nghệ thông tin trong hoạt động chỉ đạo, điều hành."),
    ("khoa học công nghệ", "Ban hành các văn bản triển khai số hóa hồ sơ, kết quả giải quyết thủ tục hành chính."),
    ("thủy sản, IUU", "Bổ sung nhiều nghề bị cấm trong lĩnh vực khai thác hải sản theo hình thức tận diệt."),
]
NO_MATCH = [
    # "Chính phủ số 142/2008" is a decision's number, not e-government: "chính phủ số" is not a keyword
    ("khoa học công nghệ", "Căn cứ các Quyết định của Thủ tướng Chính phủ số 142/2008/QĐ-TTg ngày 27/10/2008."),
    # fishers as storm victims are not fisheries policy: "ngư dân" is not a keyword
    ("thủy sản, IUU", "Toàn khu vực có hơn 770 người chết, 2.120 người mất tích, chủ yếu là ngư dân."),
    # a national road named as where a landslide happened is not infrastructure: "quốc lộ" is not a keyword
    ("hạ tầng, đường sắt", "Sạt lở đất vào xe khách lưu thông trên tuyến Quốc lộ 34 thuộc địa phận thôn Tả Mò."),
    # a department's name in a list of recipients is not climate policy: "biến đổi khí hậu" is not a keyword
    ("chuyển đổi xanh", "Cục trưởng Cục Biến đổi khí hậu, Vụ trưởng Vụ Pháp chế."),
]


@pytest.mark.parametrize("theme,sentence", MATCH)
def test_a_genre_word_finds_its_theme(theme, sentence):
    assert theme in themes_of(sentence, load_lexicon())


@pytest.mark.parametrize("theme,sentence", NO_MATCH)
def test_a_look_alike_does_not(theme, sentence):
    assert theme not in themes_of(sentence, load_lexicon())
