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
    top, gap, left = 90, 26, 620
    height = top + n * (bar_h + gap) + 30
    img = Image.new("RGB", (width, height), "white")
    d = ImageDraw.Draw(img)
    d.text((20, 20), data.title, fill="black", font=_font(40))
    vmax = max(data.values) or 1.0
    span = width - left - 260
    for i, (label, value, shown) in enumerate(zip(data.labels, data.values, data.displays, strict=True)):
        y = top + i * (bar_h + gap)
        d.text((20, y + bar_h // 2), label, fill="black", font=_font(32), anchor="lm")
        w = max(4, int(span * value / vmax))
        d.rectangle([left, y, left + w, y + bar_h], fill=(31, 73, 125))
        d.text((left + w + 14, y + bar_h // 2), shown, fill="black", font=_font(32), anchor="lm")
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()
