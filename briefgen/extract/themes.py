"""Themes from a user-extendable lexicon (config/themes.yaml), matched on folded sentence text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .. import yamlfile
from ..paths import config_dir
from ..text import fold_key, loose_key

if TYPE_CHECKING:
    from ..lexicon import Lexicon


@dataclass(frozen=True)
class Theme:
    name: str
    abbr: tuple[str, ...]
    keywords: tuple[str, ...]
    known: bool = True  # False: free keywords the user typed, not a theme of config/themes.yaml

    @property
    def pattern(self) -> re.Pattern[str]:
        return _compile(self.keywords + self.abbr)


class UnknownTheme(ValueError):
    """A theme that is neither in themes.yaml nor found as keywords in the corpus; names the closest themes."""

    def __init__(self, given: str, suggestions: list[str]):
        self.given, self.suggestions = given, suggestions
        hint = f" Có phải: {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(
            f"không có chủ đề '{given}' trong config/themes.yaml và không bài viết nào chứa từ khóa này.{hint}"
            " Xem danh sách chủ đề trong config/themes.yaml."
        )


def closest_themes(given: str, n: int = 3) -> list[str]:
    """Themes whose name or abbreviation is closest to given, then those with a keyword sharing one of its words."""
    import difflib

    themes = load_themes()
    names = {loose_key(t.name): t.name for t in themes}
    names.update({loose_key(a): t.name for t in themes for a in t.abbr})
    out = [names[k] for k in difflib.get_close_matches(loose_key(given), list(names), n=n, cutoff=0.5)]
    words = set(loose_key(given).split())
    for t in themes:
        if any(words & set(loose_key(k).split()) for k in t.keywords):
            out.append(t.name)
    return list(dict.fromkeys(out))[:n]


@lru_cache(maxsize=256)
def _compile(words: tuple[str, ...]) -> re.Pattern[str]:
    alts = sorted({fold_key(w) for w in words if w}, key=len, reverse=True)
    # stays in code: built at run time from a theme's keywords, folded (config/themes.yaml or what a user typed)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in alts) + r")(?!\w)")


@lru_cache(maxsize=4)
def load_themes(path: str | None = None) -> tuple[Theme, ...]:
    p = Path(path) if path else config_dir() / "themes.yaml"
    data = yamlfile.load(p.read_text(encoding="utf-8")) or {}
    out = []
    for name, row in (data.get("themes") or {}).items():
        row = row or {}
        out.append(Theme(str(name), tuple(map(str, row.get("abbr") or ())), tuple(map(str, row.get("keywords") or ()))))
    return tuple(out)


def resolve_theme(given: str) -> Theme:
    """A theme by name or abbreviation ('KHCN', 'khoa hoc cong nghe'); else free keywords, comma-separated."""
    key = loose_key(given)
    for t in load_themes():
        if loose_key(t.name) == key or any(loose_key(a) == key for a in t.abbr):
            return t
    words = tuple(w.strip() for w in given.split(",") if w.strip())
    return Theme(given.strip(), (), words, known=False)


# Punctuation that may cling to a word in running text ("(FDI),", "“xanh”"). Splitting on spaces and stripping these
# is several times faster than re.findall(r"\w+") over a whole article, and keywords are tokenised the same way.
_CLINGING = "".join(chr(c) for c in range(0x2000, 0x2070)) + "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~«»…"


def _word_tokens(folded: str) -> list[str]:
    out = []
    for tok in folded.split():
        if not (tok[0].isalnum() and tok[-1].isalnum()):
            tok = tok.strip(_CLINGING)
            if not tok:
                continue
        out.append(tok)
    return out


@lru_cache(maxsize=4)
def _by_first_word(themes: tuple[Theme, ...]) -> dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]:
    """First word of a folded keyword -> (the keyword's other words, the themes that list it)."""
    owners: dict[str, list[str]] = {}
    for t in themes:
        for w in t.keywords + t.abbr:
            owners.setdefault(" ".join(_word_tokens(fold_key(w))), []).append(t.name)
    table: dict[str, list] = {}
    for kw, names in owners.items():
        first, *rest = kw.split(" ")
        table.setdefault(first, []).append((tuple(rest), tuple(names)))
    return {k: tuple(v) for k, v in table.items()}


def themes_of(text: str, lex: Lexicon) -> list[str]:
    """Themes of the lexicon whose keywords occur in text: one pass over its words (no per-theme regex scans)."""
    table = _by_first_word(lex.themes)
    toks = _word_tokens(fold_key(text))
    found: set[str] = set()
    for i, tok in enumerate(toks):
        entries = table.get(tok)
        if entries is None:
            continue
        for rest, names in entries:
            if not rest or tuple(toks[i + 1 : i + 1 + len(rest)]) == rest:
                found.update(names)
    return [t.name for t in lex.themes if t.name in found]


@lru_cache(maxsize=16384)
def _folded(text: str) -> str:
    return fold_key(text)  # cached: a theme briefing tests each figure's sentence, and sentences repeat across reports


def matches(theme: Theme, text: str) -> bool:
    return bool(theme.pattern.search(_folded(text)))
