"""Lines -> paragraphs: drop portal chrome, mark captions, title, byline and list items, rejoin hard-wrapped lines.

The rules describe *kinds* of chrome that Vietnamese government portals carry (view counters, publishing
metadata, image placeholders and credits, comment forms, related-news blocks with pagination, visitor
statistics, audio players, share buttons, bylines), not the wording of any one portal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .tables import RawTable, find_tables

_W = r"[^\W\d_]"  # a letter

# "Label: value" metadata that portals print around an article.
_META_LABEL = re.compile(
    r"^(?:[•·*\-]\s*)?(thời gian đăng|ngày đăng|đăng ngày|đăng lúc|ngày cập nhật|cập nhật|ngày xuất bản|xuất bản|"
    r"lượt xem|lượt đọc|số lượt xem|lượt truy cập|lượt thích|lượt chia sẻ|"
    r"đang truy cập|đang online|hôm nay|hôm qua|trong tuần|tuần này|tháng này|trong tháng|tổng lượt truy cập|"
    r"tổng truy cập|tổng số lượt truy cập|"
    r"tác giả|nguồn|nguồn tin|từ khóa|từ khoá|tags?|chuyên mục|danh mục)(?:\s+(?:lúc|vào|ngày|vào lúc))?\s*[:：]",
    re.IGNORECASE,
)
# Chrome that stands alone on its line (buttons, players, widgets).
_WIDGET = re.compile(
    r"^(?:[•·*\-]\s*)?((?:xem\s+)?cỡ\s+chữ\s*:?(?:\s*A\s*[+-]?)*|in bài( viết)?|in trang|bản in|gửi bài|gửi email|gửi cho bạn bè|chia sẻ|"
    r"chia sẻ bài viết|chia sẻ:|share|tweet|facebook|zalo|twitter|email|lưu bài|lưu tin|quay lại|về đầu trang|"
    r"lên đầu trang|trở về|trang chủ|nghe đọc( bài( viết)?)?|nghe bài viết|đọc bài viết|giọng nam|giọng nữ|"
    r"giọng nam\s*/\s*giọng nữ|tốc độ( đọc)?|tải về|tải xuống|đính kèm|tệp đính kèm|"
    r"video|xem thêm|đọc tiếp|"
    r"A\s*[+-]?\s*A\s*[+-]?|[aA][-+]|\d{1,2}:\d{2}(\s*/\s*\d{1,2}:\d{2})?)[.:]?$",
    re.IGNORECASE,
)
# A heading after which the rest of the page is navigation: related news, comments, statistics.
_TAIL = re.compile(
    r"^(?:[•·*\-]\s*)?(tin khác|các tin khác|tin liên quan|bài liên quan|bài viết liên quan|tin cùng chuyên mục|"
    r"tin bài liên quan|tin bài khác|tin mới|tin mới nhất|tin mới hơn|tin cũ hơn|tin đọc nhiều|đọc nhiều( nhất)?|"
    r"xem nhiều( nhất)?|có thể bạn quan tâm|ý kiến bạn đọc|bình luận(?:\s*\(\d+\))?|gửi bình luận|gửi ý kiến|"
    r"ý kiến của bạn|thống kê truy cập|liên kết website|liên kết web|các tin đã đưa)[.:]?$",
    re.IGNORECASE,
)
# Comment-form fields: a label, maybe followed by a placeholder.
_FORM = re.compile(
    r"^(họ tên|họ và tên|tên của bạn|email|e-mail|điện thoại|số điện thoại|địa chỉ|tiêu đề|nội dung|"
    r"mã kiểm tra|mã xác nhận|mã bảo mật|gửi|gửi đi|nhập lại|làm lại|hủy|huỷ)\s*[:*]?\s*(no image|\*)?$",
    re.IGNORECASE,
)
_IMAGE_DEBRIS = re.compile(
    r"^(no image|\[?image\]?|ảnh minh họa|ảnh minh hoạ|anh tin bai|ảnh tin bài|ảnh|!\[[^\]]*\]\([^)]*\)|\S*\.(png|jpe?g|gif|webp|bmp)\)?|\.?(png|jpe?g|gif|webp)\)|https?://\S+)$",
    re.IGNORECASE,
)
_PAGINATION = re.compile(r"^(?:[«‹<]+\s*)?(?:\d{1,3}\s+){1,}(?:\d{1,3}|\.{2,}|…|[»›>]+)?\s*(?:\.{2,}|…|[»›>]+)?$")
_MD_RULE = re.compile(r"^\s*([-*_=]\s*){3,}$|^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")
_CREDIT = re.compile(r"\s*[(\[]?\s*(?:ảnh|Ảnh|ẢNH|nguồn ảnh|Nguồn ảnh|Photo)\s*:\s*[^()\[\]]{1,40}[)\]]?\s*\.?$")
_CREDIT_INLINE = re.compile(r"\((?:ảnh|Ảnh)\b[^()]{0,40}\)")
_DATE_IN_LINE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
# Công báo (the Official Gazette) prints "CÔNG BÁO/Số 302/Ngày 02-06-2026" atop each page and stamps its digital
# signature ("Ký bởi: CÔNG BÁO …", "Cơ quan: VĂN PHÒNG CHÍNH PHỦ", "Ngày ký: 2026-06-02 08:06:58 +07:00").
_GAZETTE_STAMP = re.compile(
    r"^(?:CÔNG BÁO\s*/\s*Số\s*\d+\s*/\s*Ngày\s*[\d-]+\s*$|Ký bởi\s*:|Cơ quan\s*:\s*[A-ZĐÀ-Ỹ ]+$|"
    r"Ngày ký\s*:\s*\d{4}-\d{2}-\d{2})"
)
_PAGE_NUMBER = re.compile(r"(?:[-–]\s*)?(?:Trang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?(?:\s*[-–])?")
# The parts above the Roman sections of a kế hoạch or a chương trình: "A. MỤC ĐÍCH, YÊU CẦU", "B. NỘI DUNG …",
# "C. …", "D. TỔ CHỨC THỰC HIỆN" (a capital letter, a dot, a heading in capitals).
_PART_MARKER = re.compile(r"^([A-HK]\.)\s+(?=\S)")
_LIST_MARKER = re.compile(r"^((?:\d{1,2}(?:\.\d{1,2})*[.)])|(?:[a-zđ]\))|(?:[IVXLC]{1,5}\.)|[-–•+*])\s+(?=\S)")
# "6.2 Đối với đơn vị …": a sub-item's number written without its last dot, before a capital (a decimal is not)
_BARE_SUBNUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2})+)\s+(?=\S)")
_CAPTION_SUBJECT = re.compile(
    r"^(các đại biểu|đại biểu|quang cảnh|toàn cảnh|điểm cầu|ảnh|hình|lãnh đạo|đồng chí|các đồng chí|"
    r"ông|bà|phóng viên)\b",
    re.IGNORECASE,
)
_DATE_LEAD = re.compile(
    r"^(sáng|trưa|chiều tối|chiều|tối|đêm|ngày|hôm nay|hôm qua|chiều nay|sáng nay|tối nay)\s*(ngày\s*)?\(?\d{1,2}/\d{1,2}",
    re.IGNORECASE,
)
_PLACE_DATE = re.compile(r"^[A-ZĐ][^\d,]{1,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*\.?$")
_BYLINE_AND_SOURCE = re.compile(r"^(?P<by>[^()]{2,40}?)\s*\(\s*(?P<src>(?:[Tt]heo|[Nn]guồn)\s+[^()]{2,60})\)\s*$")
_TERMINAL = '.!?…:;"”)»'


# --- official texts (thông báo, chỉ thị, công điện, công văn): the heading block and the signature -------------
_KINDS = (
    r"THÔNG BÁO|CHỈ THỊ|CÔNG ĐIỆN|NGHỊ QUYẾT|NGHỊ ĐỊNH|QUYẾT ĐỊNH|THÔNG TƯ|KẾT LUẬN|KẾ HOẠCH|BÁO CÁO|CÔNG VĂN|"
    r"CHƯƠNG TRÌNH|TỜ TRÌNH"
)
_DOC_KIND = re.compile(rf"(?P<kind>{_KINDS})(?:\s+(?:HỎA TỐC|HOẢ TỐC|THƯỢNG KHẨN|KHẨN))?")
# The kind at the end of a line, after OCR debris of the stamp or of the columns ("DEN i: : _¬ CHỈ THỊ").
_KIND_AT_END = re.compile(rf"\s(?P<kind>{_KINDS})$")
# "Số: 5973 /UBND-KT", "Số: 773 /QĐ-TTg", "Số:   4390     /UBND-NLN" (PDF text), "Số: 3210/QĐ - U B ND" (a crawl
# that spaced letters apart), "Số: Z32Ø/BTC-QLCS" (OCR of 8388): after the label, a symbol with a slash.
_DOC_NUMBER = re.compile(r"^Số\s*:?\s*(?P<no>[\w.\-]*\d[\w.\-]*(?:\s*/\s*[\w.\-]+(?:\s+-\s+[A-ZĐ](?:\s?[A-ZĐ\d])*)?)*)")
# A number without its label, as OCR leaves it between the motto and the kind ("… PHÙ 41 /CT-TTs Ha Nội, …").
_BARE_NUMBER = re.compile(r"(?<!\S)(?P<no>\d{1,5}\s?/\s?[A-ZĐ][\w.\-]*)")
_MOTTO = re.compile(
    r"CỘNG H(?:OÀ|ÒA|ÕA|OÃ) XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc", re.IGNORECASE
)
# The date of a heading, also as crawls and OCR write it: "ngày 26 tháng 0 6 năm 2018", "ngày 25 / tháng 11 năm
# 2025", "ngày / tháng 6 năm 2026" (the day left blank on the printed page, to be written in when signed).
_HEADING_DATE = re.compile(
    r"ngày\s*(?P<d>\d(?:\s?\d)?)?\s*[/.…_]*\s*tháng\s*(?P<m>\d(?:\s?\d)?)\s*[/.]?\s*năm\s*(?P<y>\d{4})"
)
_PLACE_DATE_IN = re.compile(r"[A-ZĐ][^\d,]{1,40}\s?,\s*" + _HEADING_DATE.pattern)
# The date of a digital signature, stamped above the heading of a signed PDF ("Thời gian ký: 19/06/2026 14:18:57").
_SIGNED_AT = re.compile(
    r"^(?:Thời gian ký|Ngày ký)\s*:\s*(?:(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})|"
    r"(?P<y2>\d{4})-(?P<m2>\d{2})-(?P<d2>\d{2}))"
)
_SUBJECT_LABEL = re.compile(r"^V/v\b", re.IGNORECASE)  # "V/v …", "V/v: …": a công văn's subject
_SIGNATURE = re.compile(
    r"^(?:(?:KT|TM|TL|TUQ|Q)\.\s*)?(?:PHÓ\s+)?(?:THỦ TƯỚNG|BỘ TRƯỞNG|CHỦ NHIỆM|CHỦ TỊCH|BÍ THƯ|GIÁM ĐỐC|TRƯỞNG BAN|"
    r"CHÁNH VĂN PHÒNG|CHÍNH PHỦ|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|VĂN PHÒNG|BỘ\s)[A-ZĐÀ-Ỹ ,\-]*$|^\(?Đã ký\)?$"
)
_RECIPIENTS = re.compile(r"^Nơi nhận\s*:", re.IGNORECASE)
# After "Nơi nhận" and the signature, a quyết định may carry the text it issues ("KẾ HOẠCH" / "(Ban hành kèm theo
# Quyết định số …)") or an appendix ("PHỤ LỤC"): the document goes on there.
_ATTACHED = re.compile(
    r"^(?:PHỤ LỤC\b|(?:KẾ HOẠCH|CHƯƠNG TRÌNH|QUY CHẾ|QUY ĐỊNH|ĐỀ ÁN|DANH MỤC)$|\(\s*(?:[Bb]an hành\s+)?[Kk]èm theo\b)"
)


@dataclass
class OfficialHeading:
    title: str  # "Thông báo kết luận của Thủ tướng Chính phủ …", "Công văn số 123/VPCP-KTTH về …"
    title_at: int  # index of the line the title stands for (the kind line, or the number line of a công văn)
    consumed: set[int]  # indices of the heading's lines (issuer, motto, number, place and date, kind, subject)
    published_raw: str | None
    issuer: str | None = None  # as written, in capitals: "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"
    number: str | None = None  # "641/TB-VPCP"
    kind: str | None = None  # "Thông báo", "Công văn"
    subject: str | None = None  # the trích yếu as written: "Kết luận của …", "V/v …"
    rest: dict[int, str] = field(default_factory=dict)  # a consumed line's body text after a flattened heading


def _is_capitals(s: str) -> bool:
    return any(c.isalpha() for c in s) and s.upper() == s


def _has_word_in_lower_case(s: str) -> bool:
    """Whether s holds a word of two letters or more written in lower case: prose, not a heading's capitals nor the
    one-letter debris OCR leaves ("DEN i: : _¬")."""
    return any(sum(c.islower() for c in w) >= 2 for w in s.split())


def _sentence_case(subject: str) -> str:
    """The subject line continues the kind: "Về đẩy mạnh …" -> "về đẩy mạnh …", "V/v …" -> "về việc …"."""
    if _SUBJECT_LABEL.match(subject):
        return "về việc" + subject[3:].lstrip(":")
    first = subject.split(" ", 1)[0]
    return subject[0].lower() + subject[1:] if len(first) > 1 and first[1:].islower() else subject


# A footnote's marker glued to the last word of a clause in an official text ("… về địa chất, khoáng sản1."): the
# digit is the note's number, no part of the word. Only a lower-case word of letters, and never a unit's square or
# cube ("m2", "km2", "m3"); "CO2", "PM2.5" are in capitals.
_FOOTNOTE_MARK = re.compile(r"(?<![\w.])(?P<word>[^\W\d_]+)(?P<mark>[1-9])(?=[.,;:]|$)")
_UNITS = frozenset({"m", "km", "cm", "mm", "dm", "hm", "dam"})

_TABLE_SEPARATOR = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")
# A converter's note above the heading: "[Bản trích chữ tự động bằng pdftotext từ … .pdf — 1 trang. …]", also
# after a tag ("[OCR] [Bản trích chữ …]").
_NOTE_LINE = re.compile(r"^(?:\[[^\]]{1,12}\]\s*)?\[[^\]]{10,}\]$")
_PAGE_MARK = re.compile(r"^=+\s*Trang\s+\d+\s*=+$")  # "===== Trang 1 =====": a converter's page marker
# A converter's placeholder where it lost a table: '<jsontable name="bang_0"> </jsontable>' (the heading's two
# columns, a signature block): debris, never text.
_TABLE_PLACEHOLDER = re.compile(r"^<(\w*table)\b[^>]*>\s*(?:</\1>)?$", re.IGNORECASE)
# The enacting authority a resolution or decision names under its subject ("HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG",
# "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …"), before "Căn cứ …": its issuer when the heading's columns were lost.
# A resolution's closing formula: "Nghị quyết này đã được Hội đồng nhân dân tỉnh … kỳ họp thứ năm thông qua ngày 13
# tháng 7 năm 2017": the date it was passed, its issuing date when the heading's date was lost.
_PASSED_ON = re.compile(r"\bthông qua\s+(?P<date>ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})")
_TERM = re.compile(r"\s+(?:KHÓA|KHOÁ)\s+[IVXLC]+\b.*$")  # "… VŨNG TÀU KHÓA VI, KỲ HỌP THỨ NĂM": the council's term
_AUTHORITY = re.compile(
    r"^(?:CHỦ TỊCH\s+)?(?:HỘI ĐỒNG NHÂN DÂN|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|THỦ TƯỚNG CHÍNH PHỦ|BỘ TRƯỞNG)\b"
)
# Between the two columns of a heading in text extracted with its layout ("SỞ CÔNG THƯƠNG      CỘNG HÒA …"); a
# number's own spacing ("Số:   4390     /UBND-NLN") is narrower.
_COLUMN_GAP = re.compile(r"\s{8,}")


def _heading_lines(lines: list[str]) -> list[tuple[int, str]]:
    """The first non-blank lines as the heading parser reads them, one entry a cell. A crawl gives the heading's two
    columns as a markdown table ("| ỦY BAN NHÂN DÂN TỈNH SƠN LA ------- | CỘNG HÒA … |", "| Số: 254/QĐ-UBND | Sơn
    La, ngày … |"), a PDF's text as two columns apart: each cell becomes an entry of its own, without the rules under
    the issuer and the motto and without italics ("*Hà Nội, ngày 02 tháng* *5 năm 2024*")."""
    out: list[tuple[int, str]] = []
    label = None  # "Số:" alone on its line: the number follows on the next
    for i, raw in enumerate(lines):
        s = raw.strip()
        if not s or _TABLE_SEPARATOR.match(s) or _GAZETTE_STAMP.match(s) or _PAGE_NUMBER.fullmatch(s):
            continue  # the Gazette's running header and a page number above the heading are not part of it
        cells = (
            s.strip("|").split("|") if s.startswith("|") and s.count("|") >= 2 else _COLUMN_GAP.split(s.lstrip("| "))
        )
        for cell in cells:
            c = cell.replace("*", "")
            if "---" in c:  # the rule under the issuer or the motto
                c = re.sub(r"\s*-{3,}\s*", " ", c)
            c = " ".join(c.split())
            if re.fullmatch(r"Số\s*:", c):
                label = c
                continue
            if label:
                c, label = f"{label} {c}", None
            out.extend((i, part) for part in _split_flattened(c) if part)
        if len(out) >= 16:
            break
    return out[:16]


def _split_flattened(cell: str) -> list[str]:
    """A cell holding several parts of the heading, as crawls flatten them: the number and the subject of a công
    văn ("Số: 1040/LĐTBXH-NCC V/v hướng dẫn …"); the place and date, then the kind, its subject in capitals and the
    text ("299/TTg Hà Nội, ngày 10 tháng 11 năm 1980 CHỈ THỊ VỀ CÔNG TÁC … CẢ NƯỚC Ngày 24 tháng 6 …")."""
    if "ngày" not in cell and not cell.startswith("Số"):
        return [cell]  # neither a number nor a date: nothing flattened (most lines of a news article; cheap)
    num = _DOC_NUMBER.match(cell)
    if num and _SUBJECT_LABEL.match(cell[num.end() :].strip()):
        return [cell[: num.end()], cell[num.end() :].strip()]
    date = _PLACE_DATE_IN.search(cell)
    tail = cell[date.end() :].strip() if date else ""
    kind = _DOC_KIND.match(tail)
    if not (date and kind and tail[kind.end() : kind.end() + 1] == " "):
        return [cell]
    words = tail[kind.end() :].split()
    cut = next((k for k, w in enumerate(words) if _has_word_in_lower_case(w)), len(words))
    return [cell[: date.end()], kind.group(0), " ".join(words[:cut]), " ".join(words[cut:])]


# Words an issuer's name is made of, for OCR that spaced its letters apart ("ỦY B AN NHÂN D Â N T HÀNH P HỐ") or
# ran two words together ("THỦ TƯỚNG CHÍNHPHỦ").
_ISSUER_WORDS = [
    "ỦY BAN NHÂN DÂN",
    "UỶ BAN NHÂN DÂN",
    "THÀNH PHỐ",
    "TỈNH",
    "BỘ",
    "SỞ",
    "VĂN PHÒNG",
    "CHÍNH PHỦ",
    "THỦ TƯỚNG",
    "BAN CHỈ ĐẠO",
    "HỒ CHÍ MINH",
    "HÀ NỘI",
    "ĐÀ NẴNG",
    "HẢI PHÒNG",
    "CẦN THƠ",
    "HUẾ",
    "QUẬN",
    "HUYỆN",
    "XÃ",
    "PHƯỜNG",
    "CÔNG THƯƠNG",
    "TÀI CHÍNH",
    "XÂY DỰNG",
]


def _words_of(compact: str) -> list[str] | None:
    """A run of letters without spaces read as known issuer words, or None."""
    words: list[str] = []
    while compact:
        word = next((w for w in _ISSUER_WORDS if compact.startswith(w.replace(" ", ""))), None)
        if word is None:
            return None
        words.append(word)
        compact = compact[len(word.replace(" ", "")) :]
    return words


def _respace(line: str) -> str:
    """An issuer line whose letters OCR spaced apart, written again with its words: when at least three of its
    tokens are single letters and the line without spaces is a run of known words. A token that runs two known
    words together is split."""
    tokens = line.split()
    if sum(len(t) == 1 for t in tokens) >= 3:
        words = _words_of("".join(tokens))
        return " ".join(words) if words else line
    return " ".join(" ".join(w) if len(t) > 5 and (w := _words_of(t)) else t for t in tokens)


def _issue_date(line: str, lines: list[str]) -> str | None:
    """The heading's date as "ngày D tháng M năm Y" (what parse_stamp reads). A date without its day ("ngày / tháng
    6 năm 2026": left blank on the printed page, written in by hand when signed) is the day of the digital signature
    stamped above the heading, when that falls in the same month."""
    m = _HEADING_DATE.search(line)
    if not m:
        return None
    month, year = int(m.group("m").replace(" ", "")), int(m.group("y"))
    if m.group("d"):
        return f"ngày {int(m.group('d').replace(' ', ''))} tháng {month} năm {year}"
    for raw in lines[:40]:
        if s := _SIGNED_AT.match(raw.strip()):
            d, mo, y = (s.group("d"), s.group("m"), s.group("y")) if s.group("y") else s.group("d2", "m2", "y2")
            if (int(mo), int(y)) == (month, year):
                return f"ngày {int(d)} tháng {month} năm {year}"
    return None


_RULE = re.compile(r"[-–_=.* ]{3,}")  # the rule under the issuer or the motto


def _in_heading(s: str) -> bool:
    """A line of the heading's block above the motto: the issuer's capitals, its rule, the number, place and date."""
    return bool(_is_capitals(s) or _RULE.fullmatch(s) or _DOC_NUMBER.match(s) or _PLACE_DATE_IN.match(s))


def _heading_start(entries: list[tuple[int, str]]) -> int | None:
    """Where the heading begins: its first entry, after what a crawl or a scan puts above it (a converter's note, a
    page marker, the crawl's own title "Chỉ thị 299/TTg", the digital signature's stamp, OCR debris) — short lines
    above the issuer's capitals and the motto. None when prose stands there: not an official text's heading."""
    motto = next((k for k, (_, s) in enumerate(entries[:10]) if _MOTTO.search(s)), None)
    if motto is None:
        return 1 if entries and (_NOTE_LINE.match(entries[0][1]) or _TABLE_PLACEHOLDER.match(entries[0][1])) else 0
    start = motto
    while start > 0 and _in_heading(entries[start - 1][1]):
        start -= 1
    above = entries[:start]
    if any(len(s) > 60 and not _NOTE_LINE.match(s) for _, s in above):
        return None
    return start


_ADDRESS = re.compile(r"^Kính gửi\b", re.IGNORECASE)  # "Kính gửi:": the addressees, after the heading


def _kind_line(s: str, scanned: bool) -> str | None:
    """The kind a heading's line gives ("THÔNG BÁO", "CÔNG ĐIỆN HỎA TỐC"); in a scanned heading (the motto seen) also
    at the end of a line of OCR debris ("DEN i: : _¬ CHỈ THỊ")."""
    if m := _DOC_KIND.fullmatch(s):
        return m.group("kind")
    debris = (m := _KIND_AT_END.search(s)) and s[: m.start()]
    if scanned and m and debris and len(debris) <= 24 and not _has_word_in_lower_case(debris):
        if re.search(r"[^\w\s]", debris):  # OCR's marks, not a heading's words ("THEO QUYẾT ĐỊNH")
            return m.group("kind")
    return None


def _continues(subject: list[str], s: str, i: int, last: int, kind: str) -> bool:
    """Whether line i goes on with the subject ending on line last: wrapped in lower case (or on a number: "178/2026/
    NĐ-CP ngày …"), after at most one blank line OCR put between; a công văn's "V/v" block, the narrow left column
    of its heading, also on a capital ("Xây dựng ban hành …", "Đại Đồng Tiến") till a blank line or "Kính gửi"."""
    if subject[-1][-1:] in ".:;!?" or s.endswith(":") or _ADDRESS.match(s) or i == last:
        return False
    if _is_capitals(subject[-1]) and _is_capitals(s) and not _AUTHORITY.match(s) and i == last + 1:
        return (
            True  # "VỀ CHẤT VẤN VÀ" / "TRẢ LỜI CHẤT VẤN TẠI KỲ HỌP …": a capitals subject wrapped, till the authority
        )
    if s[:1].islower() or (s[:1].isdigit() and not _LIST_MARKER.match(s)):
        return i <= last + 2
    return kind == "Công văn" and i == last + 1 and len(s) <= 60


def _leftover(entries: list[tuple[int, str]], used: set[int]) -> dict[int, str]:
    """The text a flattened heading's last line holds after the heading's parts: the text's first paragraph."""
    rest: dict[int, str] = {}
    last_used = {entries[k][0]: k for k in sorted(used)}
    for line, k in last_used.items():
        tail = [s for k2, (i, s) in enumerate(entries) if i == line and k2 > k]
        if tail:
            rest[line] = " ".join(tail)
    return rest


def _subject(
    entries: list[tuple[int, str]],
    first: int,
    last: int,
    kind: str,
    number: str | None,
    published: str | None,
    used: set[int],
    lines: list[str],
) -> tuple[list[str], str | None, str | None]:
    """The subject under the kind line (or a công văn's "V/v …" block) and what stands beside it: "Hà Nội, ngày …"
    or "Số: …" under the kind line, the date beside a công văn's subject. Marks the entries it reads used."""
    subject: list[str] = []
    for k in range(first, len(entries)):
        i, s = entries[k]
        num = None if subject else _DOC_NUMBER.match(s)
        if num or (_PLACE_DATE_IN.match(s) and not published and (not subject or i == last)):
            used.add(k)
            number = number or (num.group("no") if num else None)
            published = published or _issue_date(s, lines)
            last = i if not subject else last
            continue
        if subject:
            if not _continues(subject, s, i, last, kind):
                break
        else:
            s = s.rsplit("|", 1)[-1].strip()  # OCR debris of the left column before the subject ("… -| Về …")
            long = len(s.split()) > (80 if _is_capitals(s) else 40)
            if not s or s[-1:] in ".:;!?" or long or (kind == "Công văn" and not _SUBJECT_LABEL.match(s)):
                break
        subject.append(s)
        used.add(k)
        last = i
    return subject, number, published


def official_heading(lines: list[str]) -> OfficialHeading | None:
    """The heading block of an official text: issuer and motto (capitals), "Số: …", "Hà Nội, ngày …", the kind
    ("THÔNG BÁO") and its subject ("Kết luận của …", wrapped on lower-case lines). None for anything else: a news
    article has no kind line or number line among its first lines under nothing but capitals."""
    entries = _heading_lines(lines)
    start = _heading_start(entries)
    if start is None:
        return None
    scanned = any(_MOTTO.search(s) for _, s in entries[start : start + 10])
    kind = number = published = None
    title_at, used, issuer = -1, set(range(start)), []
    for k in range(start, len(entries)):  # the block above the kind line
        i, s = entries[k]
        if found := _kind_line(s, scanned):
            kind, title_at = found.capitalize(), i
            used.add(k)
            break
        if num := _DOC_NUMBER.match(s):
            number, title_at = num.group("no"), i
            published = _issue_date(s, lines) or published
        elif _PLACE_DATE_IN.match(s):
            published = published or _issue_date(s, lines)
        elif not (_MOTTO.search(s) or _is_capitals(s) or _RULE.fullmatch(s)):
            if scanned and any(_kind_line(x, scanned) for _, x in entries[k + 1 : k + 4]):
                # OCR debris between the motto and the kind: the number and the date may stand in it
                bare = _BARE_NUMBER.search(s)
                number = number or (bare.group("no") if bare else None)
                published = published or _issue_date(s, lines)
            elif number is None:
                return None  # body text before any kind or number: not an official text
            else:
                kind = "Công văn"  # a công văn has no kind line: its subject ("V/v …") or its text follows the number
                break
        elif number is None:
            # the issuer's lines, beside the motto when the two columns were pasted onto one line
            part = _MOTTO.sub(" ", s).strip(" -–_=.*")
            if part and _is_capitals(part):
                issuer.append(part)
        used.add(k)
    else:
        return None
    assert kind is not None
    first = max(used) + 1 if kind != "Công văn" else k  # a công văn's subject is the entry that ended the block
    subject, number, published = _subject(entries, first, title_at, kind, number, published, used, lines)
    if not issuer:
        issuer = _enacting_authority(entries, used)
    number = re.sub(r"\s+", "", number) if number else None
    issuer = [_respace(part) for part in issuer]
    title = kind + (f" số {number}" if number else "")
    if subject:
        title += " " + _sentence_case(" ".join(subject))
    consumed = {entries[k][0] for k in used}
    consumed |= {i - 1 for i in consumed if i > 0 and re.fullmatch(r"Số\s*:", lines[i - 1].strip())}  # its label
    return OfficialHeading(
        title,
        title_at,
        consumed,
        published,
        " ".join(issuer) or None,
        number,
        kind,
        " ".join(subject) or None,
        _leftover(entries, used),
    )


def _enacting_authority(entries: list[tuple[int, str]], used: set[int]) -> list[str]:
    """A heading without the issuer's column (a converter lost it): the authority line(s) right under the subject
    ("HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG" / "KHÓA XVII - KỲ HỌP THỨ NĂM") name the issuer; they are marked used."""
    k = max(used) + 1 if used else 0
    if k >= len(entries) or not (_is_capitals(entries[k][1]) and _AUTHORITY.match(entries[k][1])):
        return []
    used.add(k)
    if k + 1 < len(entries) and _is_capitals(entries[k + 1][1]) and not _kind_line(entries[k + 1][1], False):
        used.add(k + 1)  # the council's term and session: part of the enacting line, not the issuer's name
    return [_TERM.sub("", entries[k][1])]  # the same, on the authority's own line when a converter joined the two


@dataclass
class CleanLine:
    text: str
    line: int
    kind: str = "body"
    marker: str = ""
    table: int = -1  # a table row: the table's index, its cells (column, start, end in text) and header flag
    cells: list[tuple[int, int, int]] = field(default_factory=list)
    header: bool = False


@dataclass
class CleanResult:
    paragraphs: list[CleanLine]
    removed: list[tuple[int, str, str]] = field(default_factory=list)  # (line, text, reason)
    byline: str | None = None
    published_raw: str | None = None
    issuer: str | None = None
    source_line: str | None = None


def _word_count(s: str) -> int:
    return len(re.findall(r"\w+", s))


def _strip_markdown(s: str) -> str:
    s = re.sub(r"\*\*(.+?)\*\*|__(.+?)__", lambda m: m.group(1) or m.group(2), s)
    s = re.sub(r"^#{1,6}\s+", "", s)
    if s.count("|") >= 2:  # a table row: keep the cells' text
        cells = [c.strip() for c in s.strip().strip("|").split("|")]
        s = "; ".join(c for c in cells if c)
    return s.replace("* *", "").strip()


def _table_row(table: RawTable, no: int, index: int) -> CleanLine | None:
    """A table's row as one paragraph: its non-empty cells joined by "; " (what the rest of the pipeline reads),
    each cell's column and offsets kept (what a table's reader reads)."""
    row = table.row_at(no - 1)
    if row is None or not any(row.cells):
        return None
    parts: list[str] = []
    cells: list[tuple[int, int, int]] = []
    pos = 0
    for col, cell in enumerate(row.cells):
        if not cell:
            continue
        if parts:
            pos += 2
        cells.append((col, pos, pos + len(cell)))
        parts.append(cell)
        pos += len(cell)
    return CleanLine("; ".join(parts), no, "body", table=index, cells=cells, header=row.header)


def _is_byline(s: str) -> bool:
    """A short run of capitalised words with no sentence punctuation: 'Kim Thoa', 'Đăng Khoa', 'Nhóm PV'."""
    s = s.strip()
    if not s or s[-1] in ".,;:!?" or len(s) > 40:
        return False
    toks = s.replace("(", " ").replace(")", " ").split()
    if not 1 <= len(toks) <= 5:
        return False
    return all(t[:1].isupper() or t in ("-", "–", "và") for t in toks)


def clean_lines(lines: list[str], title_hint: str | None = None) -> CleanResult:
    """Classify raw lines; returns kept paragraphs (with kinds) and removed lines (with reasons)."""
    res = CleanResult(paragraphs=[])
    kept: list[CleanLine] = []
    after_image = False
    in_tail = ""  # the reason every line from here on is dropped ("related-news", "recipients")
    attached_title = False  # on the capitals title of a text attached after the signature ("KẾ HOẠCH" / "TỔ CHỨC …")
    heading = official_heading(lines)
    if heading:
        res.published_raw = heading.published_raw
        res.issuer = heading.issuer
    tables = find_tables(lines, heading.consumed if heading else set())
    in_table = {i: t for t, table in enumerate(tables) for i in range(table.first, table.last + 1)}
    for no, raw in enumerate(lines, start=1):
        if heading and no - 1 in heading.consumed:
            if no - 1 == heading.title_at:
                kept.append(CleanLine(heading.title, no, "title"))
            else:
                res.removed.append((no, raw.strip(), "official-heading"))
            if no - 1 not in heading.rest:
                continue
            raw = heading.rest[no - 1]  # a flattened heading's line goes on with the text
        if no - 1 in in_table and not in_tail:  # (a table after "Nơi nhận" follows an attached text's title)
            t = in_table[no - 1]
            row = _table_row(tables[t], no, t)
            if row is None:  # a cell read into the row above it, a rule under the header, an empty row
                within = any(r.line < no - 1 <= r.last for r in tables[t].rows)
                res.removed.append((no, raw.strip(), "table-cell" if within else "layout"))
            else:
                kept.append(row)
            continue
        s = raw.strip().replace("\u00a0", " ")
        if "  " in s or "\t" in s:
            s = re.sub(r"[ \t]+", " ", s)
        if " | " in s and not s.startswith("|"):
            s = s.replace(" | ", " ")  # an OCR's stray rule between two words of a sentence ("góp phan | tháo gỡ")
        if not s:
            kept.append(CleanLine("", no, "blank"))
            continue
        low = s.lower()
        reason = None
        if in_tail == "recipients" and _ATTACHED.match(s):
            in_tail = ""
            attached_title = True
        if in_tail:
            reason = in_tail
        elif _TAIL.match(s) and any(k.kind == "body" for k in kept):
            in_tail = reason = "related-news"
        elif _RECIPIENTS.match(s) and kept:
            in_tail = reason = "recipients"  # "Nơi nhận:" and its list close an official text
        elif heading and _SIGNATURE.match(s):
            reason = "signature"
        elif _META_LABEL.match(s):
            reason = "metadata"
            if _DATE_IN_LINE.search(s) and res.published_raw is None:
                res.published_raw = s
            if re.match(r"^(nguồn|nguồn tin)\s*[:：]", low):
                res.source_line = s
            # "Thời gian đăng: … - Lượt đọc: 653" and similar
        elif len(s) <= 48 and re.fullmatch(
            r"(thứ\s+\w+,?\s*)?\d{1,2}/\d{1,2}/\d{4}(\s*[-|,]?\s*\d{1,2}:\d{2}(:\d{2})?(\s*(am|pm|sa|ch))?)?", low
        ):
            reason = "metadata"
            res.published_raw = res.published_raw or s
        elif _PLACE_DATE.match(s) and _word_count(s) <= 14:
            reason = "metadata"  # "Hà Nội, ngày 10 tháng 01 năm 2026": the issuing date of an official text
            res.published_raw = res.published_raw or s
        elif _WIDGET.match(s):
            reason = "widget"
        elif _IMAGE_DEBRIS.match(s):
            reason = "image"
        elif _FORM.match(s):
            reason = "comment-form"
        elif _PAGINATION.match(s) and len(re.findall(r"\d+", s)) >= 2:
            reason = "pagination"
        elif _GAZETTE_STAMP.match(s):
            reason = "page-header"  # the Official Gazette's running header and digital-signature stamp
        elif _PAGE_NUMBER.fullmatch(s):
            reason = "page-number"  # "2", "- 3 -", "Trang 4/7": a printed page's number, from a PDF's text
        elif _MD_RULE.match(s) or (len(s) < 20 and re.fullmatch(r"[\W_]+", s)):
            reason = "layout"
        elif _TABLE_PLACEHOLDER.match(s):
            reason = "layout"  # '<jsontable name="bang_1"> </jsontable>': a table the converter lost (the signature)
        if reason:
            res.removed.append((no, s, reason))
            if reason == "image":
                after_image = True
            continue
        if any(c in s for c in "*_#|"):  # guard: most lines carry no markdown
            s = _strip_markdown(s)
        if not s:
            res.removed.append((no, raw.strip(), "layout"))
            continue
        kind = "body"
        marker = ""
        credit = _CREDIT.search(s) if ("ảnh" in s or "Ảnh" in s or "ẢNH" in s or "Photo" in s) else None
        if credit and _word_count(s[: credit.start()]) >= 2:
            s = s[: credit.start()].rstrip()
            if s and s[-1] not in _TERMINAL:
                s += "."
            kind = "caption"
        elif "(" in s and _CREDIT_INLINE.search(s) and _word_count(s) <= 40:
            s = _CREDIT_INLINE.sub("", s).replace(" .", ".").strip()
            kind = "caption"
        elif after_image and s[-1] not in ".!?…" and _word_count(s) <= 40:
            kind = "caption"
        else:
            m = _LIST_MARKER.match(s) or _PART_MARKER.match(s)
            if m is None and (bare := _BARE_SUBNUMBER.match(s)) and s[bare.end()].isupper():
                m = bare
            if m and m.re is _PART_MARKER and not _is_capitals(s[m.end() :]):
                m = None  # "A. Nguyễn …": a lettered part is a heading in capitals, nothing else
            if m:
                marker = m.group(1)
                s = s[m.end() :]
                # "I. MỤC ĐÍCH, YÊU CẦU", "2. TỔ CHỨC THỰC HIỆN": a section heading in capitals, not an item
                kind = "heading" if _is_capitals(s) and len(s) <= 120 and marker[0] not in "-–•+*" else "list_item"
            elif re.match(r"^(?:[IVX]{1,5}|PHẦN [IVX]+)\.\s+\S", s) and s.upper() == s:
                kind = "heading"
        after_image = False
        if attached_title and kind == "body" and _is_capitals(s):
            kind = "title"  # an attached text's title: read as neither a task nor a section heading
        else:
            attached_title = False
        kept.append(CleanLine(s, no, kind, marker))

    kept = _rejoin(kept, {no for no, _, why in res.removed if why in ("page-number", "page-header")})
    if heading:
        _drop_footnote_marks(kept)
    _strip_title_echo(kept, title_hint)
    _mark_standalone_captions(kept)
    _mark_repeated_captions(kept)
    _mark_echo_captions(kept)
    if not heading:
        _mark_subheadings(kept)
    _mark_title_and_lead(kept, title_hint)
    # Byline: the last content line, short and capitalised ("Kim Thoa"), or "Theo X" / "(Theo X)".
    content = [k for k in kept if k.kind != "blank"]
    if content:
        last = content[-1]
        both = _BYLINE_AND_SOURCE.match(last.text)
        if both and _is_byline(both.group("by")):  # "Minh Anh (Theo Báo Lai Châu)"
            res.byline, res.source_line = both.group("by").strip(), both.group("src").strip()
            res.removed.append((last.line, last.text, "byline"))
            kept.remove(last)
        elif (
            re.match(r"^\(?\s*(theo|nguồn)\s+[^.]{1,60}\)?$", last.text, re.IGNORECASE) and _word_count(last.text) <= 10
        ):
            res.source_line = last.text
            res.removed.append((last.line, last.text, "source"))
            kept.remove(last)
        elif _is_byline(last.text) and len(content) > 1:
            res.byline = last.text
            res.removed.append((last.line, last.text, "byline"))
            kept.remove(last)
    res.paragraphs = [k for k in kept if k.kind != "blank"]
    if heading and res.published_raw is None:
        # a heading whose date was lost: the resolution's closing formula dates it ("… thông qua ngày 13 tháng 7 …")
        passed = _PASSED_ON.search(" ".join(" ".join(k.text.split()) for k in res.paragraphs[-12:]))
        res.published_raw = passed.group("date") if passed else None
    return res


def _drop_footnote_marks(kept: list[CleanLine]) -> None:
    """An official text's footnote markers glued to a clause's last word ("khoáng sản1.") are dropped from its prose:
    the word stays as written ("khoáng sản."); the note itself is a paragraph of its own."""
    for k in kept:
        if k.kind in ("body", "list_item") and k.table < 0 and any(c.isdigit() for c in k.text):
            k.text = _FOOTNOTE_MARK.sub(_unmarked, k.text)


def _unmarked(m: re.Match[str]) -> str:
    word = m.group("word")
    return word if word.islower() and word not in _UNITS else m.group(0)


def _wrap_width(kept: list[CleanLine]) -> int | None:
    """The width text pasted from a PDF was broken at, when it was: several long lines that end inside a sentence.
    None for text with one paragraph per line (news portals), whose lines end a sentence."""
    lengths = [len(k.text) for k in kept if k.kind in ("body", "list_item", "lead") and k.text]
    if len(lengths) < 3:
        return None
    # the width most lines reach, not the longest line: a two-column header line or a table row of a PDF's layout
    # is longer than the text's own lines
    width = sorted(lengths)[int(0.9 * (len(lengths) - 1))]
    broken = [k for k in kept if k.text and len(k.text) >= 0.8 * width and k.text[-1] not in ".!?…:"]
    return width if width >= 50 and len(broken) >= 2 else None


def _comma_then_blank(out: list[CleanLine], k: CleanLine) -> bool:
    """Whether k follows one blank line after a paragraph of running text that ends in a comma; not a line in
    capitals ("Xét đề nghị của Sở Xây dựng …," / "QUYẾT ĐỊNH:": a decision's preamble, then its operative part)."""
    if k.kind != "body" or len(out) < 2 or out[-1].kind != "blank" or out[-1].line != k.line - 1:
        return False
    if _is_capitals(k.text):
        return False
    prev = out[-2]
    return prev.kind in ("body", "list_item") and prev.table < 0 and prev.text.endswith(",") and prev.line < k.line


def _rejoin(kept: list[CleanLine], page_breaks: set[int] | None = None) -> list[CleanLine]:
    """Join lines broken inside a sentence (text pasted from PDF): a line that does not end a sentence,
    followed directly by one that starts in lower case (or continues a number), is the same paragraph. In text
    broken at a fixed width, a full-width line that does not end a sentence continues on the next line even when
    that starts with a capital ('… Phó Thủ tướng' / 'Chính phủ kết luận …', '… Môi trường;' / 'Ủy ban …').
    A sentence goes on across a page's end too: its page number or running header (page_breaks, lines removed)
    between "… về quản lý và sử dụng VLNCN được" and "tốt hơn, Sở Công Thương yêu cầu …" parts nothing. No paragraph
    ends in a comma: one blank line after "… Hội Phụ nữ, Hội Cựu chiến binh," parts nothing either."""
    width = _wrap_width(kept)
    out: list[CleanLine] = []
    line_len = 0  # length of the last physical line joined into out[-1]
    line_no = 0  # and its number: a line removed in between (a date stamp under a title) parts the two
    text_line = -1  # the number of the last line with text
    for k in kept:
        if _over_page_break(out, k, text_line, page_breaks or set()):
            while out and out[-1].kind == "blank":
                out.pop()  # the blank lines around the page's number belong to no paragraph
            line_no = k.line - 1  # and the line before goes on here
        elif _comma_then_blank(out, k):
            out.pop()  # "… Hội Phụ nữ, Hội Cựu chiến binh," / "" / "Đoàn Thanh niên … giúp đỡ …": no paragraph ends so
            line_no = k.line - 1
        if (
            out
            and k.kind in ("body",)
            and k.table < 0
            and out[-1].table < 0
            and out[-1].kind in ("body", "list_item", "lead")
            and out[-1].text
            and (k.line == line_no + 1 or (k.line == line_no + 2 and k.text[:1].islower()))
        ):
            prev = out[-1].text
            first = k.text[:1]
            wrapped = first.islower() or first in "(," or (first.isdigit() and len(prev) > 40)
            ends_open = prev[-1] not in ".!?…:;"
            if prev[-1] in ",-" and not first.isdigit():
                wrapped = True  # "… Sở Nông nghiệp và Môi trường," / "Sở Công Thương, …": a list goes on
            if width and line_len >= 0.8 * width and prev[-1] not in ".!?…:":
                wrapped = ends_open = True
            if ends_open and wrapped and not _is_byline(k.text):
                out[-1] = CleanLine(prev + " " + k.text, out[-1].line, out[-1].kind, out[-1].marker)
                line_len, line_no, text_line = len(k.text), k.line, k.line
                continue
        out.append(k)
        line_len, line_no = len(k.text), k.line
        text_line = k.line if k.kind != "blank" else text_line
    return out


def _over_page_break(out: list[CleanLine], k: CleanLine, line_no: int, page_breaks: set[int]) -> bool:
    """Whether k, in lower case, goes on with the text before a page's end: only blank lines and the page's number
    or running header lie between it and the last text line (line_no)."""
    if not (out and k.kind == "body" and k.text[:1].islower() and out[-1].kind == "blank"):
        return False
    if line_no < 0:
        return False  # no text above to go on from
    return any(line_no < b < k.line for b in page_breaks)


def _mark_standalone_captions(kept: list[CleanLine]) -> None:
    """Short one-sentence lines describing who is in a photo ('Đại biểu dự tại điểm cầu tỉnh X.')."""
    content_idx = [i for i, k in enumerate(kept) if k.kind != "blank"]
    for pos, i in enumerate(content_idx):
        k = kept[i]
        if k.kind != "body" or pos < 2:
            continue
        s = k.text
        if len(s) > 200 or not _CAPTION_SUBJECT.match(s):  # cheap tests first: most lines are body text
            continue
        n_sent = len(re.findall(r"[.!?…](\s|$)", s))
        if _word_count(s) <= 22 and n_sent <= 1 and not re.search(r"\d", s):
            nxt = kept[content_idx[pos + 1]] if pos + 1 < len(content_idx) else None
            if nxt is not None and _word_count(nxt.text) > _word_count(s):
                k.kind = "caption"


def _mark_subheadings(kept: list[CleanLine]) -> None:
    """A news article's subheading: a short line in sentence case with no closing punctuation, between two
    paragraphs of running text ('Tích cực kết nối, đa dạng kênh tiêu thụ', 'Sản lượng vải thiều sớm ước đạt 15
    nghìn tấn'). It titles what follows: neither a directive nor a figure of its own, nor a summary's sentence.
    Portals write subheadings of up to about twenty words ('Khẩn trương điều tra, làm rõ nguyên nhân vụ tai nạn, xử
    lý nghiêm các trường hợp vi phạm'), and an article with a second outlet's report appended stacks that report's
    title, subtitle and sapo, all unpunctuated, before its text: the short lines of such a run are headings."""
    content = [k for k in kept if k.kind != "blank"]
    pos = 2
    while pos < len(content) - 1:
        run = _subheading_run(content, pos)
        for k in run:
            if _word_count(k.text) <= 20:
                k.kind = "heading"
        pos += max(1, len(run))


def _subheading_run(content: list[CleanLine], pos: int) -> list[CleanLine]:
    """The unpunctuated lines from pos (at most three) that stand between a closed paragraph and a long closed one;
    [] when there are none. The run's first line is the subheading itself; a sapo after it may be longer."""
    if content[pos - 1].kind != "body" or content[pos - 1].text[-1:] not in _TERMINAL:
        return []
    run: list[CleanLine] = []
    for k in content[pos : pos + 4]:
        s = k.text
        if k.kind == "caption":
            continue  # a photo's words between a subheading and its text
        if k.kind == "body" and s and s[-1] not in _TERMINAL:
            limit = 30 if run else 20
            if len(run) == 3 or not s[0].isupper() or _word_count(s) > limit or ". " in s:
                return []
            run.append(k)
            continue
        closes = k.kind == "body" and s[-1:] in _TERMINAL and _word_count(s) > 15
        return run if closes else []
    return []


def _strip_title_echo(kept: list[CleanLine], title_hint: str | None) -> None:
    """A portal's rubric and the article's title run into the paragraph of its lead ("Sự kiện qua ảnh Khởi công sân
    bay Gia Bình, cách TP Hải Dương 25 km Sáng 10/12, tại huyện Gia Bình …"): the paragraph is the lead from where
    the title ends; the rubric and the title said again are none of its sentences."""
    title = (title_hint or "").strip()
    if _word_count(title) < 4:
        return
    for k in [k for k in kept if k.kind == "body"][:4]:
        at = k.text.find(title)
        rest = k.text[at + len(title) :].strip() if at != -1 else ""
        if at != -1 and _word_count(k.text[:at]) <= 5 and _word_count(rest) >= 8 and rest[:1].isupper():
            k.text = rest


def _mark_repeated_captions(kept: list[CleanLine]) -> None:
    """A short one-sentence line the article gives twice is a photo's caption: portals repeat their gallery's
    captions below the text ('Phương tiện xuất hành vải thiều sớm Tân Yên sang Thái Lan …' between two paragraphs of
    a leader's directive, and again under the photos). Lines with a colon or a semicolon are a document's, not a
    photo's ('Thời hạn: …'); a line first given among the article's first three is its teaser lead repeated."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    content = [k for k in kept if k.kind != "blank"]
    for i, k in enumerate(content):
        if k.kind == "body":
            counts[k.text.strip()] = counts.get(k.text.strip(), 0) + 1
            first.setdefault(k.text.strip(), i)
    for k in content:
        t = k.text.strip()
        if k.kind != "body" or counts[t] < 2 or first[t] < 3 or ":" in t or ";" in t or not 5 <= _word_count(t) <= 30:
            continue
        if len(re.findall(r"[.!?…](\s|$)", t)) <= 1:
            k.kind = "caption"


def _mark_echo_captions(kept: list[CleanLine]) -> None:
    """An unpunctuated line that opens with a sentence the article gives elsewhere and runs, with no stop, into a
    new capitalised sentence is a gallery's captions run together ("Trong giai đoạn đầu tiên, sân bay Gia Bình sẽ
    được xây dựng với đường băng dài 1.500m Sân bay Gia Bình cách TP Hải Dương 25 km", the body saying "… dài
    1.500m, trên diện tích …"): a photo's words, no sentence of the text. Not a subheading that repeats a sentence
    whole, nor the article's first three lines (a teaser lead)."""
    content = [k for k in kept if k.kind != "blank"]
    for k in content[3:]:
        words = k.text.split()
        if k.kind != "body" or k.text[-1:] in _TERMINAL or len(words) < 10:
            continue
        opening = " ".join(words[:8])
        for o in content:
            at = o.text.find(opening) if o is not k and o.kind in ("body", "lead") else -1
            if at == -1 or (at and o.text[at - 2 : at] != ". "):
                continue  # not where a sentence of it opens
            said = [w.strip(",.;:") for w in o.text[at:].split()]
            same = next((i for i, (a, b) in enumerate(zip(words, said, strict=False)) if a.strip(",.;:") != b), None)
            if same is not None and same >= 8 and words[same][:1].isupper():
                k.kind = "caption"
                break


def _mark_title_and_lead(kept: list[CleanLine], title_hint: str | None) -> None:
    content = [k for k in kept if k.kind not in ("blank",)]
    if not content:
        return
    first = content[0]
    is_title = first.kind == "title"  # an official text's heading, composed by official_heading
    if not is_title and (
        title_hint
        and first.text.strip() == title_hint.strip()
        or (
            first.kind in ("body", "caption")
            and len(content) > 1
            and _word_count(first.text) <= 40
            and first.text[-1] not in ".!?…;:"
            and not _DATE_LEAD.match(first.text)
        )
    ):
        is_title = True
    if is_title:
        first.kind = "title"
        rest = content[1:]
    else:
        rest = content
    for k in rest:
        if k.kind == "body":
            k.kind = "lead"
            break
        if k.kind in ("list_item", "heading"):
            break
