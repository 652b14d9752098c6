"""Provinces: the 34 units in force since 01/7/2025, the 63 earlier names, and finding them in text.

Two very different jobs live here and must not be mixed:
- `resolve()` reads what a user typed ("lai chau", "Tỉnh Lai Châu", "Vĩnh Phúc") and is forgiving;
- `find_mentions()` reads running text and is strict: case-sensitive ("hòa bình" is "peace"), whole words,
  tone placement folded ("Khánh Hoà" = "Khánh Hòa"), with known traps ("Thái Bình Dương", "tư tưởng Hồ Chí Minh").
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import yamlfile
from .paths import config_dir
from .text import fold_tone_placement, loose_key


@dataclass(frozen=True)
class Province:
    name: str
    kind: str  # "tỉnh" | "thành phố"
    code: str
    merged: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    merged_on: str = "01/7/2025"
    # how an earlier name became this unit, when it was not a merger: Thừa Thiên Huế, the same territory, became a
    # centrally-run city ("trở thành thành phố trực thuộc Trung ương")
    change: str = ""

    @property
    def full_name(self) -> str:
        kind = "Thành phố" if self.kind == "thành phố" else "Tỉnh"
        return f"{kind} {self.name}"

    @property
    def slug(self) -> str:
        return loose_key(self.name).replace(" ", "-")


@dataclass(frozen=True)
class Resolution:
    province: Province
    notice: str | None = None  # set when an earlier name was given


class UnknownProvince(ValueError):
    def __init__(self, given: str, suggestions: list[str]):
        self.given = given
        self.suggestions = suggestions
        hint = f" Có phải: {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"Không tìm thấy tỉnh, thành phố '{given}'.{hint} Xem danh sách: briefgen provinces")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    surface: str
    province: Province
    legacy: str | None = None  # the earlier name, when the text uses one


# Prefixes and suffixes of provincial newspapers' and portals' host names around the province's name: "baolaocai",
# "hagiangtv", "dbndnghean", "vpubnd…", "…online".
_HOST_AFFIXES = re.compile(r"^(?:bao|dbnd|dbqh|vpubnd|ubnd|tinhuy|dangbo|congan|truyenhinh)|(?:tv|online|news|dientu)$")


@dataclass
class Gazetteer:
    provinces: list[Province]
    source: str
    effective: str
    _by_key: dict[str, tuple[Province, str | None]] = field(default_factory=dict)
    _pattern: re.Pattern[str] | None = None
    _surface: dict[str, tuple[Province, str | None]] = field(default_factory=dict)
    _by_host: dict[str, Province] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for p in self.provinces:
            for name in (p.name, *p.aliases, *p.merged):
                key = loose_key(name).replace(" ", "")
                if len(key) >= 4:  # "hue" alone would be found inside other words
                    self._by_host.setdefault(key, p)
        for p in self.provinces:
            self._by_key[_user_key(p.name)] = (p, None)
            for a in p.aliases:
                self._by_key[_user_key(a)] = (p, None)
        for p in self.provinces:
            for old in p.merged:
                self._by_key.setdefault(_user_key(old), (p, old))
        surfaces: dict[str, tuple[Province, str | None]] = {}
        for p in self.provinces:
            surfaces[fold_tone_placement(p.name)] = (p, None)
            for a in p.aliases:
                surfaces[fold_tone_placement(a)] = (p, None)
            for old in p.merged:
                surfaces[fold_tone_placement(old)] = (p, old)
        self._surface = surfaces
        alts = []
        for s in sorted(surfaces, key=len, reverse=True):
            alts.append(re.escape(s).replace(r"\ \-\ ", r"\s*[-–]\s*"))
        # every name starts with a capital: positions that do not are rejected before the long alternation
        self._pattern = re.compile(r"(?<![\w])(?=[A-ZĐÀ-ỸẠ-Ỹ])(" + "|".join(alts) + r")(?![\w])")

    def by_name(self, name: str) -> Province:
        return self.resolve(name).province

    def of_host(self, host: str | None) -> Province | None:
        """The province whose newspaper or portal a host name is: "baobacgiang.vn", "hagiangtv.vn",
        "vuban.namdinh.gov.vn", "dbndnghean.vn", "www.laichau.gov.vn" (a province's name without spaces or diacritics,
        alone or with the usual prefixes and suffixes of provincial media). Earlier names count: a 2024 page of
        baohagiang.vn is Hà Giang's, now Tuyên Quang."""
        if not host:
            return None
        labels = host.lower().removeprefix("www.").split(".")
        for label in labels[:-1] if len(labels) > 1 else labels:
            core = _HOST_AFFIXES.sub("", label)
            hit = self._by_host.get(core) or self._by_host.get(label)
            if hit:
                return hit
        return None

    def resolve(self, given: str) -> Resolution:
        key = _user_key(given)
        hit = self._by_key.get(key)
        if hit is None:
            choices = {_user_key(p.name): p.name for p in self.provinces}
            close = difflib.get_close_matches(key, list(choices), n=3, cutoff=0.5)
            raise UnknownProvince(given, [choices[c] for c in close])
        province, legacy = hit
        notice = None
        if legacy:
            if province.change:
                change = province.change.replace("{kind}", province.kind).replace("{name}", province.name)
                notice = f"{legacy} {change} từ ngày {province.merged_on}."
            else:
                notice = f"{legacy} đã hợp nhất vào {province.kind} {province.name} từ ngày {province.merged_on}."
        return Resolution(province, notice)

    def find_mentions(self, text: str) -> list[Mention]:
        """Province names in running text, case-sensitive. Offsets are into `text` (NFC)."""
        folded = fold_tone_placement(text)  # same length as text: NFC tone moves keep code-point counts
        out: list[Mention] = []
        assert self._pattern is not None
        for m in self._pattern.finditer(folded):
            surface_key = re.sub(r"\s*[-–]\s*", " - ", m.group(1))
            province, legacy = self._surface.get(surface_key, (None, None))
            if province is None:
                continue
            before = folded[max(0, m.start() - 12) : m.start()]
            after = folded[m.end() : m.end() + 8]
            # "Hồ Chí Minh" alone is usually the President (tư tưởng Hồ Chí Minh): require the city prefix.
            if province.name == "Hồ Chí Minh" and legacy is None and m.group(1) == "Hồ Chí Minh":
                if not re.search(r"(Thành phố|thành phố|TP\.?)\s*$", before):
                    continue
            if m.group(1) == "Thái Bình" and after.startswith(" Dương"):
                continue
            out.append(Mention(m.start(), m.end(), text[m.start() : m.end()], province, legacy))
        return out


def _user_key(name: str) -> str:
    """'Tỉnh Lai Châu', 'lai chau', 'TP. HCM' -> 'lai chau', 'hcm': no diacritics, no administrative prefix."""
    key = loose_key(name)
    return re.sub(r"^(tinh|thanh pho|tp)\s*", "", key).replace(" ", "")


@lru_cache(maxsize=4)
def load_gazetteer(path: str | None = None) -> Gazetteer:
    p = Path(path) if path else config_dir() / "provinces.yaml"
    data = yamlfile.load(p.read_text(encoding="utf-8"))
    provinces = [
        Province(
            name=row["name"],
            kind=row["kind"],
            code=str(row["code"]),
            merged=tuple(row.get("merged") or ()),
            aliases=tuple(row.get("aliases") or ()),
            merged_on=str(row.get("merged_on") or "01/7/2025"),
            change=str(row.get("change") or ""),
        )
        for row in data["provinces"]
    ]
    return Gazetteer(provinces, data.get("source", ""), str(data.get("effective", "")))
