"""Districts: the huyện, quận, thị xã and thành phố thuộc tỉnh of the 63 provinces before 01/7/2025
(config/districts.yaml), each with the province it belonged to and so the unit that holds it now.

A name is looked up only once running text has put a unit word before it ("huyện Phú Xuyên", "thị xã Điện Bàn"):
briefgen/extract/districts.py does that with the rules of config/rules/districts.yaml. A name that districts of
several provinces share ("Châu Thành", "Phú Tân") never decides a province: `province_of` gives None for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .text import fold_tone_placement

KINDS = ("huyện", "quận", "thị xã", "thành phố")


@dataclass(frozen=True)
class District:
    name: str  # as written: "Phú Xuyên"
    kind: str  # one of KINDS
    former: str  # the province it belonged to before 01/7/2025, one of the 63: "Hải Dương"
    province: str  # the unit that holds it now (config/provinces.yaml): "Hải Phòng"
    where: str  # "config/districts.yaml:12", for messages


@dataclass
class Districts:
    rows: tuple[District, ...] = ()
    source: str = ""
    _by_key: dict[str, tuple[District, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        by_key: dict[str, list[District]] = {}
        for d in self.rows:
            by_key.setdefault(fold_tone_placement(d.name), []).append(d)
        self._by_key = {k: tuple(v) for k, v in by_key.items()}

    @property
    def names(self) -> tuple[str, ...]:
        """Every name, once, longest first (for the rules' alternation)."""
        return tuple(sorted({d.name for d in self.rows}, key=lambda n: (-len(n), n)))

    def named(self, name: str) -> tuple[District, ...]:
        """The districts of that name (tone placement folded), several when provinces share it."""
        return self._by_key.get(fold_tone_placement(name), ())

    def province_of(self, name: str) -> str | None:
        """The province (as it is now) of the district of that name, None when none or several provinces have one."""
        provinces = {d.province for d in self.named(name)}
        return provinces.pop() if len(provinces) == 1 else None

    def ambiguous(self, name: str) -> bool:
        return len({d.province for d in self.named(name)}) > 1
