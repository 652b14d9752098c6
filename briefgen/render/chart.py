"""A bar chart as PNG bytes (Pillow, which WeasyPrint already brings), identical for the PDF and the DOCX.

Deterministic: same data, same bytes (no timestamps in the PNG).
"""

from __future__ import annotations

import io
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from ..sanitise import one_line
from .common import ChartData

_FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/croscore/Tinos-Regular.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
]


@lru_cache(maxsize=8)
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for p in _FONT_CANDIDATES:
        try:
            return ImageFont.truetype(p, size)
        except OSError:
            continue
    return ImageFont.load_default()


def _wrap(text: str, font, width: int, max_lines: int) -> list[str]:
    """The text in lines no wider than width (pixels), broken between words; past max_lines the last line ends in
    "…". A title or a label is a subject as written ("phấn đấu gia đình người có công … trung bình"): cutting it at
    the image's edge dropped its end."""
    lines: list[str] = []
    for word in text.split():
        if lines and font.getlength(lines[-1] + " " + word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    if len(lines) > max_lines:
        last = lines[max_lines - 1]
        while last and font.getlength(last + " …") > width:
            last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
        lines = lines[: max_lines - 1] + [last + " …"]
    return lines or [""]


def bar_chart_png(data: ChartData, width: int = 1600, bar_h: int = 64) -> bytes:
    # one line each, no control character: Pillow's layout (raqm) fails on U+2029 or U+0085
    data = ChartData(
        one_line(data.title),
        one_line(data.unit),
        [one_line(x) for x in data.labels],
        data.values,
        [one_line(x) for x in data.displays],
    )
    n = len(data.values)
    gap, left = 26, 620
    title_font, label_font = _font(40), _font(32)
    title = _wrap(data.title, title_font, width - 40, 3)
    top = 40 + 48 * len(title) + 10
    height = top + n * (bar_h + gap) + 30
    img = Image.new("RGB", (width, height), "white")
    d = ImageDraw.Draw(img)
    for i, line in enumerate(title):
        d.text((20, 20 + 48 * i), line, fill="black", font=title_font)
    vmax = max(data.values) or 1.0
    span = width - left - 260
    for i, (label, value, shown) in enumerate(zip(data.labels, data.values, data.displays, strict=True)):
        y = top + i * (bar_h + gap)
        rows = _wrap(label, label_font, left - 40, 2)
        for j, row in enumerate(rows):  # one or two lines, centred on the bar
            d.text((20, y + bar_h // 2 + (j * 2 - len(rows) + 1) * 18), row, fill="black", font=label_font, anchor="lm")
        w = max(4, int(span * value / vmax))
        d.rectangle([left, y, left + w, y + bar_h], fill=(31, 73, 125))
        d.text((left + w + 14, y + bar_h // 2), shown, fill="black", font=label_font, anchor="lm")
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()
