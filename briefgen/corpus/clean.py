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
_DOC_KIND = re.compile(
    r"(?P<kind>THÔNG BÁO|CHỈ THỊ|CÔNG ĐIỆN|NGHỊ QUYẾT|NGHỊ ĐỊNH|QUYẾT ĐỊNH|THÔNG TƯ|KẾT LUẬN|KẾ HOẠCH|BÁO CÁO|"
    r"CÔNG VĂN|CHƯƠNG TRÌNH|TỜ TRÌNH)(?:\s+(?:HỎA TỐC|HOẢ TỐC|THƯỢNG KHẨN|KHẨN))?"
)
_DOC_NUMBER = re.compile(r"^Số\s*:?\s*(?P<no>\d+[\w.\-]*(?:\s?/\s?[\w.\-]+)*)")  # "Số: 5973 /UBND-KT" in PDF text
_MOTTO = re.compile(
    r"CỘNG H(?:OÀ|ÒA|ÕA|OÃ) XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc", re.IGNORECASE
)
_PLACE_DATE_IN = re.compile(r"[A-ZĐ][^\d,]{1,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}")
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


def _is_capitals(s: str) -> bool:
    return any(c.isalpha() for c in s) and s.upper() == s


def _sentence_case(subject: str) -> str:
    """The subject line continues the kind: "Về đẩy mạnh …" -> "về đẩy mạnh …", "V/v …" -> "về việc …"."""
    if re.match(r"^V/v\b", subject, re.IGNORECASE):
        return "về việc" + subject[3:]
    first = subject.split(" ", 1)[0]
    return subject[0].lower() + subject[1:] if len(first) > 1 and first[1:].islower() else subject


_TABLE_SEPARATOR = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")
_NOTE_LINE = re.compile(r"^\[[^\]]{10,}\]$")  # "[Bản trích chữ tự động bằng pdftotext từ … .pdf — 1 trang. …]"


def _heading_lines(lines: list[str]) -> list[tuple[int, str]]:
    """The first non-blank lines as the heading parser reads them. A crawl gives the heading's two columns as a
    markdown table ("| ỦY BAN NHÂN DÂN TỈNH SƠN LA ------- | CỘNG HÒA … |", "| Số: 254/QĐ-UBND | Sơn La, ngày … |"):
    each cell becomes a line of its own, without the rules under the issuer and the motto and without italics
    ("*Hà Nội, ngày 02 tháng* *5 năm 2024*")."""
    out: list[tuple[int, str]] = []
    for i, raw in enumerate(lines):
        s = raw.strip()
        if not s or _TABLE_SEPARATOR.match(s) or _GAZETTE_STAMP.match(s) or _PAGE_NUMBER.fullmatch(s):
            continue  # the Gazette's running header and a page number above the heading are not part of it
        cells = [c for c in s.strip("|").split("|")] if s.startswith("|") and s.count("|") >= 2 else [s]
        for cell in cells:
            c = re.sub(r"\s*-{3,}\s*", " ", cell.replace("*", ""))
            c = re.sub(r"\s+", " ", c).strip()
            if c:
                out.append((i, c))
        if len(out) >= 16:
            break
    return out[:16]


# Words an issuer's name is made of, for OCR that spaced its letters apart ("ỦY B AN NHÂN D Â N T HÀNH P HỐ").
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


def _respace(line: str) -> str:
    """An issuer line whose letters OCR spaced apart, written again with its words: when at least three of its
    tokens are single letters and the line without spaces is a run of known words."""
    tokens = line.split()
    if sum(len(t) == 1 for t in tokens) < 3:
        return line
    compact = "".join(tokens)
    words: list[str] = []
    while compact:
        word = next((w for w in _ISSUER_WORDS if compact.startswith(w.replace(" ", ""))), None)
        if word is None:
            return line
        words.append(word)
        compact = compact[len(word.replace(" ", "")) :]
    return " ".join(words)


def official_heading(lines: list[str]) -> OfficialHeading | None:
    """The heading block of an official text: issuer and motto (capitals), "Số: …", "Hà Nội, ngày …", the kind
    ("THÔNG BÁO") and its subject ("Kết luận của …", wrapped on lower-case lines). None for anything else: a news
    article has no kind line or number line among its first lines under nothing but capitals."""
    nonblank = _heading_lines(lines)
    note = None
    if nonblank and _NOTE_LINE.match(nonblank[0][1]):
        note, nonblank = nonblank[0][0], nonblank[1:]  # a converter's note above the heading
    kind = number = published = None
    title_at = -1
    consumed: set[int] = set()
    issuer: list[str] = []
    pos = 0
    for pos, (i, s) in enumerate(nonblank):  # the block above the kind line
        if m := _DOC_KIND.fullmatch(s):
            kind, title_at = m.group("kind").capitalize(), i
            consumed.add(i)
            pos += 1
            break
        if num := _DOC_NUMBER.match(s):
            number, title_at = num.group("no").replace(" ", ""), i
            published = s if _PLACE_DATE_IN.search(s) else published
        elif _PLACE_DATE_IN.match(s):
            published = published or s
        elif not (_MOTTO.search(s) or _is_capitals(s) or re.fullmatch(r"[-–_=.* ]{3,}", s)):
            if number is None:
                return None  # body text before any kind or number: not an official text
            kind = "Công văn"  # a công văn has no kind line: its subject ("V/v …") or its text follows the number
            break
        elif number is None:
            # the issuer's lines, beside the motto when the two columns were pasted onto one line
            part = _MOTTO.sub(" ", s).strip(" -–_=.*")
            if part and _is_capitals(part):
                issuer.append(part)
        consumed.add(i)
    else:
        return None
    subject: list[str] = []
    last = title_at
    for i, s in nonblank[pos:]:
        num = None if subject else _DOC_NUMBER.match(s)
        if not subject and (num or _PLACE_DATE_IN.match(s)):
            consumed.add(i)  # "Hà Nội, ngày …" or "Số: …" under the kind line
            number = number or (num.group("no").replace(" ", "") if num else None)
            published = published or (s if _PLACE_DATE_IN.search(s) else None)
            last = i
            continue
        if subject:  # a wrapped subject goes on, on the very next line, in lower case
            if i != last + 1 or not s[:1].islower() or subject[-1][-1:] in ".:;!?":
                break
        elif s[-1:] in ".:;!?" or len(s.split()) > 40 or (kind == "Công văn" and not re.match(r"V/v\b", s, re.I)):
            break
        subject.append(s)
        consumed.add(i)
        last = i
    issuer = [_respace(part) for part in issuer]
    title = kind + (f" số {number}" if number else "")
    if subject:
        title += " " + _sentence_case(" ".join(subject))
    if note is not None:
        consumed.add(note)
    return OfficialHeading(
        title, title_at, consumed, published, " ".join(issuer) or None, number, kind, " ".join(subject) or None
    )


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
            continue
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

    kept = _rejoin(kept)
    _mark_standalone_captions(kept)
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
    return res


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


def _rejoin(kept: list[CleanLine]) -> list[CleanLine]:
    """Join lines broken inside a sentence (text pasted from PDF): a line that does not end a sentence,
    followed directly by one that starts in lower case (or continues a number), is the same paragraph. In text
    broken at a fixed width, a full-width line that does not end a sentence continues on the next line even when
    that starts with a capital ('… Phó Thủ tướng' / 'Chính phủ kết luận …', '… Môi trường;' / 'Ủy ban …')."""
    width = _wrap_width(kept)
    out: list[CleanLine] = []
    line_len = 0  # length of the last physical line joined into out[-1]
    line_no = 0  # and its number: a line removed in between (a date stamp under a title) parts the two
    for k in kept:
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
                line_len, line_no = len(k.text), k.line
                continue
        out.append(k)
        line_len, line_no = len(k.text), k.line
    return out


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
