"""The lexicon: everything extraction knows of the language and the state, read once from config/ and passed down.

It holds the provinces (provinces.yaml), the districts of the 63 former provinces (districts.yaml), themes
(themes.yaml), central agencies and leaders' titles (agencies.yaml), foreign countries (countries.yaml) and the rules
of config/rules/*.yaml (patterns and word lists: cue verbs, titles, deadline and urgency words, units …), and a
fingerprint of all of them. The store keys cached facts by this fingerprint beside the code's versions: a user who
adds an agency, a country or a cue verb gets every stored article extracted again on the next run, not only the new
ones.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from yaml import MappingNode, Node, ScalarNode, SequenceNode

from . import yamlfile
from .districts import KINDS, District, Districts
from .gazetteer import Gazetteer, load_gazetteer
from .paths import config_dir
from .rules import RuleError, Rules, load_rules

if TYPE_CHECKING:
    from .extract.themes import Theme

LEXICON_FILES = ("provinces.yaml", "districts.yaml", "themes.yaml", "agencies.yaml", "countries.yaml")
RULES_FOLDER = "rules"


class LexiconError(RuleError):
    """A lexicon file that cannot be used (file:line, what to do)."""


@dataclass(frozen=True)
class Leader:
    form: str  # as written: "Phó Thủ tướng", "Chủ tịch UBND tỉnh"
    canonical: str  # "Phó Thủ tướng Chính phủ"
    provincial: bool  # an office of a province, whose directives bind that province


@dataclass(frozen=True)
class Lexicon:
    folder: Path
    gazetteer: Gazetteer
    districts: Districts
    themes: tuple[Theme, ...]
    ministries: tuple[str, ...]  # longest first
    leaders: tuple[Leader, ...]  # longest form first
    countries: tuple[str, ...]  # longest first
    rules: Rules
    fingerprint: str

    def re(self, rule_id: str) -> re.Pattern[str]:
        """The compiled pattern of a rule ("directives.cue")."""
        return self.rules.patterns[rule_id].regex

    def words(self, list_id: str) -> tuple[str, ...]:
        """A word list of the rules ("directives.task_verbs"), as written."""
        return self.rules.words[list_id]

    def wordset(self, list_id: str) -> frozenset[str]:
        """A word list as a set, each word in both tone placements."""
        return self.rules.wordset(list_id)

    @cached_property
    def provincial_leaders(self) -> tuple[str, ...]:
        """A province's offices as named and as written ("Chủ tịch UBND tỉnh", "Chủ tịch UBND TP"), longest first."""
        names = {x.canonical for x in self.leaders if x.provincial} | {x.form for x in self.leaders if x.provincial}
        return tuple(sorted(names, key=len, reverse=True))

    @cached_property
    def leader_canonical(self) -> dict[str, str]:
        """A title as written -> its office's canonical name ("Thủ tướng" -> "Thủ tướng Chính phủ")."""
        return {x.form: x.canonical for x in self.leaders}


def fingerprint(folder: Path | None = None) -> str:
    """A short hash of the lexicon files' and rules files' names and bytes (a missing file counts as empty). The files
    are hashed again only when one's size or modification time changed."""
    folder = folder or config_dir()
    stamps = []
    for path in _files(folder):
        try:
            st = path.stat()
            stamps.append((str(path.relative_to(folder)), st.st_size, st.st_mtime_ns))
        except OSError:
            stamps.append((str(path.relative_to(folder)), -1, -1))
    return _hash(folder, tuple(stamps))


def _files(folder: Path) -> list[Path]:
    return [folder / n for n in LEXICON_FILES] + sorted((folder / RULES_FOLDER).glob("*.yaml"))


@lru_cache(maxsize=8)
def _hash(folder: Path, stamps: tuple) -> str:
    h = hashlib.sha256()
    for name, size, _ in stamps:
        h.update(name.encode("utf-8") + b"\0")
        if size >= 0:
            with open(folder / name, "rb") as f:
                h.update(f.read())
        h.update(b"\0")
    return h.hexdigest()[:12]


def load_lexicon(folder: Path | None = None) -> Lexicon:
    """The lexicon of a config folder (config/ by default), built once per content: an edited file gives a new one."""
    folder = folder or config_dir()
    return _build(folder, fingerprint(folder))


@lru_cache(maxsize=4)
def _build(folder: Path, print_: str) -> Lexicon:
    from .extract.themes import load_themes

    agencies = _yaml(folder / "agencies.yaml")
    ministries = tuple(sorted({str(n) for n in agencies.get("ministries") or ()}, key=len, reverse=True))
    leaders = _leaders(folder / "agencies.yaml", agencies)
    countries = tuple(sorted({str(n) for n in _yaml(folder / "countries.yaml").get("countries") or ()}, key=len))[::-1]
    gaz = load_gazetteer(str(folder / "provinces.yaml"))
    places = [n for p in gaz.provinces for n in (p.name, *p.aliases, *p.merged)]
    districts = _districts(folder / "districts.yaml", gaz)
    # what follows a country's name inside a province's ("Lào" + " Cai"): the country rule stops there
    rests = {pl[len(c) :] for c in countries for pl in places if pl.startswith(c + " ")}
    external = {
        "country_place_rests": sorted(rests),
        "ministries": ministries,
        "leader_forms": [x.form for x in leaders],
        "countries": countries,
        "provinces": places,
        "districts": districts.names,
    }
    rules = load_rules(folder / RULES_FOLDER, external, shown=f"{folder.name}/{RULES_FOLDER}")
    return Lexicon(
        folder=folder,
        gazetteer=gaz,
        districts=districts,
        themes=load_themes(str(folder / "themes.yaml")),
        ministries=ministries,
        leaders=tuple(leaders),
        countries=countries,
        rules=rules,
        fingerprint=print_,
    )


def _leaders(path: Path, agencies: dict) -> list[Leader]:
    """The leaders of agencies.yaml, longest form first; a row without its canonical name or forms is refused with
    its line."""
    leaders = []
    for i, row in enumerate(agencies.get("leaders") or ()):
        forms = row.get("forms") if isinstance(row, dict) else None
        if not isinstance(forms, list) or not forms or not isinstance(row.get("canonical"), str):
            line = _item_line(path, "leaders", i)
            raise LexiconError(
                f"{path}:{line}: mỗi mục 'leaders' cần 'canonical' (tên chức danh) và 'forms' (danh sách cách viết)."
            )
        for form in forms:
            leaders.append(Leader(str(form), str(row["canonical"]), bool(row.get("provincial"))))
    leaders.sort(key=lambda x: len(x.form), reverse=True)
    return leaders


def _districts(path: Path, gaz: Gazetteer) -> Districts:
    """The districts of districts.yaml under their former provinces; a province the gazetteer does not know, a kind
    that is not one of KINDS or a name that is not a capitalised string is refused with its line."""
    data = _yaml(path)  # a missing file or a YAML error, with its line
    root = yamlfile.compose(path.read_text(encoding="utf-8"))
    known = {n: p.name for p in gaz.provinces for n in (p.name, *p.merged)}
    rows: list[District] = []
    items = _mapping(root).get("districts")
    if items is None or not isinstance(items[1], SequenceNode):
        raise LexiconError(f"{path}:{_line(items[0] if items else root)}: cần khóa 'districts' là một danh sách tỉnh.")
    for item in items[1].value:
        fields = _mapping(item)
        province = fields.get("province")
        former = province[1].value if province and isinstance(province[1], ScalarNode) else None
        if former not in known:
            raise LexiconError(
                f"{path}:{_line(province[1] if province else item)}: mỗi mục cần 'province' là một trong 63 tỉnh, "
                f"thành phố trước ngày 01/7/2025 (config/provinces.yaml), không phải '{former}'."
            )
        for key, (knode, vnode) in fields.items():
            if key == "province":
                continue
            if key not in KINDS or not isinstance(vnode, SequenceNode):
                raise LexiconError(
                    f"{path}:{_line(knode)}: '{key}' không hợp lệ; dùng {', '.join(KINDS)} (danh sách tên)."
                )
            for n in vnode.value:
                name = n.value if isinstance(n, ScalarNode) else ""
                if not (name.strip() and name[:1].isupper() and name == " ".join(name.split())):
                    raise LexiconError(f"{path}:{_line(n)}: tên huyện phải viết hoa chữ đầu, không để trống: '{name}'.")
                rows.append(District(name, key, former, known[former], f"{path}:{_line(n)}"))
    return Districts(tuple(rows), str(data.get("source") or ""))


def _mapping(node: Node | None) -> dict[str, tuple[Node, Node]]:
    """A YAML mapping node's keys -> (key node, value node); {} for anything else."""
    if not isinstance(node, MappingNode):
        return {}
    return {str(k.value): (k, v) for k, v in node.value}


def _line(node: Node) -> int:
    return node.start_mark.line + 1


def _item_line(path: Path, key: str, index: int) -> int | str:
    """The line of the index-th item of a top-level list (for messages), "?" when it cannot be told."""
    try:
        root = yamlfile.compose(path.read_text(encoding="utf-8"))
        for k, v in root.value:
            if k.value == key:
                return v.value[index].start_mark.line + 1
    except Exception:  # the message is still useful without its line
        pass
    return "?"


def _yaml(path: Path) -> dict:
    try:
        data = yamlfile.load(path.read_text(encoding="utf-8")) or {}
    except OSError as e:
        raise LexiconError(f"{path}: không đọc được từ điển ({e.strerror}). Kiểm tra tệp.") from e
    except Exception as e:  # a YAML error: its mark gives the line
        mark = getattr(e, "problem_mark", None)
        at = f":{mark.line + 1}" if mark else ""
        raise LexiconError(f"{path}{at}: YAML không hợp lệ. Sửa cú pháp tệp.") from e
    if not isinstance(data, dict):
        raise LexiconError(f"{path}:1: tệp từ điển phải là một ánh xạ (khóa: giá trị).")
    return data
