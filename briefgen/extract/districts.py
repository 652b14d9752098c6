"""The districts a text names ("huyện Phú Xuyên", "các huyện Phù Cát, Phù Mỹ", "thị xã Điện Bàn") and the province
each belonged to: how a local news item names its province when it never writes the province's own name.

A district counts for its province only when its name is one province's (a name several provinces share, "Châu
Thành", decides nothing) and the text does not place it in another province itself ("huyện Tân Yên, tỉnh Lai
Châu": the text's word stands, the district adds nothing). Patterns: config/rules/districts.yaml; the names:
config/districts.yaml through the lexicon.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..lexicon import Lexicon


@dataclass(frozen=True)
class DistrictMention:
    start: int  # the unit word's start ("huyện"), or the name's in a list
    end: int
    name: str
    province: str | None  # the province it names now; None when shared by several or placed elsewhere by the text
    city: bool  # named as a city ("thành phố Hà Giang", "TP. Vinh"): a province's own name there is still the province


def find_districts(text: str, lex: Lexicon) -> list[DistrictMention]:
    """Every district the text names after a unit word, and the names listed after a plural one."""
    out: list[DistrictMention] = []
    nxt = lex.re("districts.list_next")
    pos = 0
    for m in lex.re("districts.named").finditer(text):
        if m.start() < pos:
            continue  # already read as part of a list
        out.append(_mention(text, m.start(), m.end(), m.group("name"), _city(m.group("unit")), lex))
        pos = m.end()
        while m.group("plural") and (more := nxt.match(text, pos)):
            unit = text[more.start() : more.start("name")].strip(" ,;")
            out.append(_mention(text, more.start("name"), more.end(), more.group("name"), _city(unit), lex))
            pos = more.end()
    return out


def _city(unit: str) -> bool:
    low = unit.lower()
    return "thành phố" in low or "tp" in low


def _mention(text: str, start: int, end: int, name: str, city: bool, lex: Lexicon) -> DistrictMention:
    province = lex.districts.province_of(name)
    after = lex.re("districts.province_after").match(text, end)
    if province and after:
        # "huyện Bảo Lâm, tỉnh Cao Bằng": the province the text gives right after is the district's
        named = lex.gazetteer.find_mentions(text[after.end() : after.end() + 40])
        if named and named[0].start == 0 and named[0].province.name != province:
            province = None
    return DistrictMention(start, end, name, province, city)
