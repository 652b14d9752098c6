"""What crawlers and converters wrap around an article's text: front matter (YAML between "---" lines, or JSON after
"---json"), a markdown title ("# …") and source line ("*Source: https://…*"), an aggregator's link and image lines
("[title](https://…)", "![…](…)"), and an HTML body saved in a .txt or .md file. They give the title, the
publication date and the page's address; none of them is the article's text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

_VN = timezone(timedelta(hours=7))  # a stamp in UTC is dated in Vietnam's time zone
_FRONT_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w -]{0,40}):\s*(?P<value>.*)$")
_TITLE_KEYS = ("title", "tieude", "headline")
_DATE_KEYS = ("date", "published", "pubdate", "publish_date", "created", "created_at")
# where a CMS keeps the article's lead (sapo): it is part of the article, often not repeated in the body
_LEAD_KEYS = ("description", "summary", "sapo", "excerpt", "doangioithieu", "gioithieu", "tomtat", "mota")
_URL_KEYS = ("url", "link", "source", "source_url", "original_url", "canonical", "trichdan")
_URL = re.compile(r"https?://[^\s)\]>*\"']+")
_LINK_LINE = re.compile(r"^\[(?P<text>[^\]]+)\]\((?P<url>https?://[^)\s]+)\)\s*$")
_IMAGE_LINE = re.compile(r"^!\[[^\]]*\]\([^)]*\)\s*$")
_SOURCE_LINE = re.compile(r"^\*?\s*(?:Source|Nguồn|Link gốc|URL)\s*:\s*(?P<url>https?://\S+?)\s*\*?$", re.IGNORECASE)
_MD_TITLE = re.compile(r"^#\s+(?P<title>\S.*)$")
_TAG_PREFIX = re.compile(r"^[^\w\[]*\[[^\]]{1,60}\]\s*")  # an aggregator's "🔥 [Tin Bão số 4] " before the title
_HTML_BODY = re.compile(r"^\s*<(?:p|div|span|h[1-6]|table|article|section|br|strong|em|ul|ol)\b", re.IGNORECASE)


@dataclass
class Unwrapped:
    lines: list[str]
    title: str | None = None
    published: str | None = None  # ISO date, Vietnam time
    url: str | None = None
    removed: list[tuple[int, str, str]] = field(default_factory=list)  # (line, text, reason)
    html: bool = False  # the body is HTML markup
    lead: str | None = None  # the sapo a CMS keeps in its front matter ("description", "doangioithieu")


def unwrap(text: str) -> Unwrapped:
    """Split a text file into its wrapper's facts and the article's lines. A file with no wrapper comes back as
    its lines, unchanged."""
    lines = text.split("\n")
    out = Unwrapped(lines)
    start = _front_matter(lines, out)
    i = start
    # the first lines after the front matter: link, image, source and title lines of a markdown crawl
    seen = 0
    while i < len(lines) and seen < 6:
        s = lines[i].strip()
        if not s:
            i += 1
            continue
        seen += 1
        if m := _LINK_LINE.match(s):
            out.url = out.url or m.group("url")
            out.title = out.title or m.group("text").strip()
        elif _IMAGE_LINE.match(s):
            pass
        elif m := _SOURCE_LINE.match(s):
            out.url = out.url or m.group("url")
        elif (m := _MD_TITLE.match(s)) and out.title is None:
            out.title = m.group("title").strip()
        else:
            break
        out.removed.append((i + 1, s, "wrapper"))
        i += 1
    out.lines = lines[i:]
    if out.title:
        out.title = _TAG_PREFIX.sub("", out.title).strip() or out.title
    body = "\n".join(out.lines)
    out.html = bool(_HTML_BODY.match(body)) and body.count("<") >= 2
    return out


def _front_matter(lines: list[str], out: Unwrapped) -> int:
    """Read a front matter block at the top; returns the index of the first line after it (0: none)."""
    if not lines:
        return 0
    first = lines[0].strip()
    if first not in ("---", "---json", "+++"):
        return 0
    close = "+++" if first == "+++" else "---"
    end = next((k for k in range(1, min(len(lines), 80)) if lines[k].strip() == close), None)
    if end is None:
        return 0
    block = "\n".join(lines[1:end])
    meta: dict = {}
    if first == "---json" or block.lstrip().startswith("{"):
        try:
            data = json.loads(block)
            meta = data if isinstance(data, dict) else {}
        except ValueError:
            meta = {}
    else:
        # key: value lines only (no YAML parser: a crawled file must not be able to make one build objects or
        # expand aliases)
        for ln in lines[1:end]:
            m = _FRONT_KEY.match(ln)
            if m:
                meta[m.group("key").strip().lower()] = m.group("value").strip().strip("\"'")
    meta = {str(k).lower(): v for k, v in meta.items()}
    title = next((meta[k] for k in _TITLE_KEYS if isinstance(meta.get(k), str) and meta[k].strip()), None)
    out.title = title.strip() if title else None
    stamp = next((meta[k] for k in _DATE_KEYS if isinstance(meta.get(k), str) and meta[k].strip()), None)
    d = parse_front_date(stamp) if stamp else None
    out.published = d.isoformat() if d else None
    lead = next((meta[k] for k in _LEAD_KEYS if isinstance(meta.get(k), str) and len(meta[k].split()) >= 8), None)
    out.lead = " ".join(lead.split()) if lead else None
    for k in _URL_KEYS:
        v = meta.get(k)
        if isinstance(v, str) and (m := _URL.search(v)) and len(m.group(0)) > len("https://x.vn/"):
            out.url = m.group(0)
            break
    for n in range(end + 1):
        out.removed.append((n + 1, lines[n].strip(), "front-matter"))
    return end + 1


def parse_front_date(text: str) -> date | None:
    """'Wed, 11 Sep 2024 13:00:00 +0700', '2017-11-01T17:00:00.000Z', '2024-09-11', '13-09-2016 15:22:19'."""
    s = text.strip()
    try:
        if re.match(r"^[A-Z][a-z]{2}, \d", s):
            return _local(parsedate_to_datetime(s))
        m = re.match(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?", s)
        if m:
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if m.group(4) and m.group(7):
                zone = UTC if m.group(7) == "Z" else _zone(m.group(7))
                when = datetime(y, mo, d, int(m.group(4)), int(m.group(5)), tzinfo=zone)
                return _local(when)
            return date(y, mo, d)
        m = re.match(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", s)
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except (ValueError, TypeError, OverflowError):
        return None
    return None


def _zone(text: str) -> timezone:
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)))


def _local(when: datetime) -> date:
    if when.tzinfo is None:
        return when.date()
    return when.astimezone(_VN).date()
