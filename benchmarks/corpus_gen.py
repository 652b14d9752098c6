"""Synthetic corpora at national scale, for benchmarks: seed-like articles recombined, at a fixed daily rate.

A national corpus grows by about 275 articles a day (100,000 a year), so N articles cover N / 275 days ending on
`END` (a Sunday): a weekly query always sees about one week of articles, whatever N is. Each day has a few central
conferences, each reported by several provincial portals (lead with the date, the province's bridge point, seed
paragraphs with figures and directives to "các bộ, ngành, địa phương"), and many provincial news items (a province's
own figures and results, no central directive). Portal chrome is varied: metadata lines, counters, share widgets,
photo captions, related-news tails with pagination.

Usage: python benchmarks/corpus_gen.py OUT_DIR N
"""

from __future__ import annotations

import random
import re
import sys
import zlib
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
END = date(2026, 1, 18)
PER_DAY = 275
CONFERENCE_SHARE = 0.15  # conference reports among all articles

TOPICS = [
    "ngoại giao kinh tế",
    "chuyển đổi số quốc gia",
    "phát triển khoa học, công nghệ, đổi mới sáng tạo",
    "thúc đẩy xuất khẩu",
    "giải ngân vốn đầu tư công",
    "phòng, chống khai thác IUU",
    "phát triển du lịch",
    "chuyển đổi xanh",
]
LEADERS = ["Thủ tướng Chính phủ Phạm Minh Chính", "Phó Thủ tướng Chính phủ", "Thủ tướng"]
TITLES = ["Phó Chủ tịch UBND tỉnh", "Chủ tịch UBND tỉnh", "Phó Chủ tịch Thường trực UBND tỉnh"]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Lò", "Giàng", "Hà"]
GIVEN = ["Văn Hùng", "Thị Lan", "Đức Minh", "Quốc Tuấn", "Thanh Hà", "Văn Sơn", "Minh Đức", "Thị Hương"]
METRICS = [
    ("kim ngạch xuất khẩu", "triệu USD"),
    ("vốn đầu tư trực tiếp nước ngoài", "triệu USD"),
    ("tổng thu ngân sách nhà nước trên địa bàn", "tỷ đồng"),
    ("lượng khách du lịch", "nghìn lượt"),
    ("giá trị sản xuất nông nghiệp", "tỷ đồng"),
    ("tốc độ tăng trưởng kinh tế", "%"),
]
NEWS_VERBS = [
    "tổ chức hội nghị sơ kết",
    "làm việc với các doanh nghiệp",
    "kiểm tra tiến độ các dự án trọng điểm",
    "triển khai kế hoạch",
    "tổ chức hội nghị xúc tiến đầu tư",
]
VERSION = "3"  # bump when the articles change: a corpus of another version is generated again
STAMP = "Thời gian đăng: {d:02d}/{m:02d}/{y} 09:{mi:02d}"
STAMPED_SHARE = 0.85  # portals that print a publication stamp; the others' leads give the year 2 times in 3
CHROME_TOP = ["Lượt xem: {n}", "Cỡ chữ", "Chia sẻ", "In bài viết"]
CHROME_TAIL = ["Tin khác", "1 2 3 4 5 ...", "Thống kê truy cập", "Đang truy cập: {n}"]


def _seed_paragraphs() -> tuple[list[str], list[str]]:
    """Seed body paragraphs split into directive passages and the rest (results, figures, context)."""
    directive, other = [], []
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        for line in p.read_text(encoding="utf-8").splitlines():
            if len(line) < 120:
                continue
            # directive passages: cue verbs, obligations, addressees; what is left is context and results,
            # which is what a province's own news item carries
            if re.search(r"yêu cầu|đề nghị|chỉ đạo|giao |nhấn mạnh|cần|phải|bộ, ngành|địa phương|Đồng thời", line):
                directive.append(line)
            else:
                other.append(line)
    return directive, other


MISREPORT_SHARE = 0.03  # reports that give another value than the other portals (typo, old figure): a conflict


def _fact(rnd: random.Random, key: str, lo: int, hi: int) -> int:
    """The value every portal reports for one fact (a province's metric of a year, the national trade of a year), so
    reports of the same fact agree, as they do in life; now and then one portal gives another value."""
    value = random.Random(zlib.crc32(key.encode())).randint(lo, hi)
    if rnd.random() < MISREPORT_SHARE:
        return rnd.randint(lo, hi)
    return value


def _decimal(tenths: int) -> str:
    """317 -> '31,7' (Vietnamese decimal comma)."""
    return f"{tenths // 10},{tenths % 10}"


def _name(rnd: random.Random) -> str:
    return f"{rnd.choice(SURNAMES)} {rnd.choice(GIVEN)}"


def _top_and_date(rnd, day: date) -> tuple[str, str]:
    """Portal chrome above the article (a publication stamp or not), and the lead's date as that portal writes it:
    day/month when the stamp gives the year, else often day/month/year, sometimes no year at all."""
    chrome = rnd.choice(CHROME_TOP).format(n=rnd.randint(9, 999))
    if rnd.random() < STAMPED_SHARE:
        stamp = STAMP.format(d=day.day, m=day.month, y=day.year, mi=rnd.randint(0, 59))
        return f"{stamp}\n{chrome}", f"{day.day}/{day.month}"
    with_year = rnd.random() < 2 / 3
    return chrome, f"{day.day}/{day.month}/{day.year}" if with_year else f"{day.day}/{day.month}"


def conference_article(rnd, day: date, topic: str, province: str, directive, other) -> str:
    top, when = _top_and_date(rnd, day)
    trade = f"trade {day.year - 1}"
    part = rnd.choice(["Sáng", "Chiều", "Sáng nay", "Chiều nay"])
    lines = [
        f"{province} dự Hội nghị trực tuyến toàn quốc về {topic}",
        top,
        f"{part} {when}, {rnd.choice(LEADERS)} chủ trì Hội nghị trực tuyến toàn quốc về {topic}. "
        f"Dự tại điểm cầu tỉnh {province} có đồng chí {_name(rnd)}, {rnd.choice(TITLES)}.",
        *rnd.sample(other, 3),
        "Ảnh: Quang cảnh hội nghị tại điểm cầu tỉnh.",
        *rnd.sample(directive, 2),
        f"Năm {day.year - 1}, kim ngạch xuất nhập khẩu cả nước ước đạt {_decimal(_fact(rnd, trade, 7001, 9509))} tỷ USD.",
        rnd.choice(CHROME_TAIL).format(n=rnd.randint(10, 500)),
        "1 2 3 ...",
    ]
    return "\n".join(lines) + "\n"


def news_article(rnd, day: date, province: str, other) -> str:
    metric, unit = rnd.choice(METRICS)
    key = f"{province} {metric} {day.year - 1}"
    value = _decimal(_fact(rnd, key, 11, 999)) if unit == "%" else f"{_fact(rnd, key, 10, 9999):,}".replace(",", ".")
    growth = _decimal(_fact(rnd, key + " growth", 21, 309))
    month = f"{province} {day.year}-{day.month}"
    verb = rnd.choice(NEWS_VERBS)
    top, when = _top_and_date(rnd, day)
    lines = [
        f"{province}: {verb[0].upper() + verb[1:]} năm {day.year}",
        top,
        f"Ngày {when}, UBND tỉnh {province} {verb}. Đồng chí {_name(rnd)}, {rnd.choice(TITLES)} chủ trì hội nghị.",
        f"Năm {day.year - 1}, {metric} của tỉnh {province} đạt {value} {unit}, tăng {growth}% so với năm "
        f"{day.year - 2}.",
        f"Toàn tỉnh đã hoàn thành {_fact(rnd, month + ' disbursed', 60, 100)}% kế hoạch giải ngân vốn đầu tư công, "
        f"thu hút {_fact(rnd, month + ' projects', 2, 40)} dự án đầu tư mới.",
        *rnd.sample(other, 2),
        "Theo " + rnd.choice(["Báo", "Cổng TTĐT tỉnh", "Đài PT-TH tỉnh"]) + f" {province}",
    ]
    return "\n".join(lines) + "\n"


def generate(folder: Path, n: int, seed: int = 7, provinces: list[str] | None = None) -> list[Path]:
    """Write n articles to folder (one file each) and return their paths."""
    if provinces is None:
        sys.path.insert(0, str(ROOT))
        from briefgen.gazetteer import load_gazetteer

        provinces = [p.name for p in load_gazetteer().provinces]
    rnd = random.Random(seed)
    directive, other = _seed_paragraphs()
    folder.mkdir(parents=True, exist_ok=True)
    days = max(1, -(-n // PER_DAY))
    paths = []
    for i in range(n):
        day = END - timedelta(days=i * days // n)
        if rnd.random() < CONFERENCE_SHARE:
            # a few conferences a day: articles of the same day and topic are reports of one event
            topic = TOPICS[(day.toordinal() * 3 + rnd.randint(0, 2)) % len(TOPICS)]
            text = conference_article(rnd, day, topic, rnd.choice(provinces), directive, other)
        else:
            text = news_article(rnd, day, rnd.choice(provinces), other)
        p = folder / f"{i // 1000:03d}" / f"a{i:06d}.txt"
        p.parent.mkdir(exist_ok=True)
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


if __name__ == "__main__":
    generate(Path(sys.argv[1]), int(sys.argv[2]))
