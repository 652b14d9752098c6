"""Vietnamese text primitives: NFC at the door, folded keys for matching, sentences with offsets.

Display text is always the NFC original. Matching uses `fold_key`, which also folds old-style tone placement
("hoà" -> "hòa", "thuỷ" -> "thủy") but only in open syllables, so "hoàn" and "quý" are never touched.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Combining tone marks (Vietnamese has five besides level tone).
_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}

# Old style puts the tone on the second vowel of open "oa", "oe", "uy": "hoà", "khoẻ", "thuỷ".
# New style (the one the scorer and most modern texts use) puts it on the first: "hòa", "khỏe", "thủy".
# Only when the syllable ends there (no final consonant or vowel) and "uy" is not preceded by "q" ("quý" is right).
# Only a toned a/e after o, or a toned y after u, at the end of a syllable can be old-style placement.
# One character class then a look-ahead: `re` scans for that quickly (a look-behind or a grouped alternation makes
# it try every position). Which pairs really are old-style, and the "q" of "quý", is decided in _move_tone.
_OLD_TONE_RE = re.compile(r"[oOuU][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ](?!\w)")
_TONED_AE = set("àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _move_tone(m: re.Match[str]) -> str:
    first, second = m.group(0)[0], m.group(0)[1]
    at = m.start()
    if (first in "oO") != (second in _TONED_AE) or at and m.string[at - 1] in "qQ":
        return m.group(0)  # "uà", "oỳ" are not old-style pairs; "quý" is right as written
    d = unicodedata.normalize("NFD", second)
    base = "".join(c for c in d if c not in _TONE_MARKS)
    tone = "".join(c for c in d if c in _TONE_MARKS)
    return unicodedata.normalize("NFC", first + tone) + base


def fold_tone_placement(text: str) -> str:
    """Rewrite old-style tone placement to new style in open syllables; NFC in, NFC out, same length."""
    return _OLD_TONE_RE.sub(_move_tone, text)


# New-style open syllables whose tone can also be written old style: "hòa" ~ "hoà", "thủy" ~ "thuỷ".
_NEW_TONE_RE = re.compile(r"(?<![qQ])[òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ][aeAEyY](?!\w)")


def _move_tone_back(m: re.Match[str]) -> str:
    first, second = m.group(0)[0], m.group(0)[1]
    d = unicodedata.normalize("NFD", first)
    base = "".join(c for c in d if c not in _TONE_MARKS)
    if (base in "oO") != (second in "aeAE"):
        return m.group(0)  # "ùa", "òy" are not pairs that move
    tone = "".join(c for c in d if c in _TONE_MARKS)
    return base + unicodedata.normalize("NFC", second + tone)


def tone_variants(word: str) -> tuple[str, ...]:
    """Both tone placements of a word's open syllables, new style first: "Ủy" -> ("Ủy", "Uỷ"), "hoá" -> ("hóa",
    "hoá"), "quý" -> ("quý",). The one place where rules get both spellings: a pattern never spells them twice."""
    new = fold_tone_placement(word)
    old = _NEW_TONE_RE.sub(_move_tone_back, new)
    return (new,) if old == new else (new, old)


def fold_key(text: str) -> str:
    """Matching key: NFC, tone placement folded, lower case, single spaces."""
    text = fold_tone_placement(nfc(text))
    return " ".join(text.lower().split())  # str.split() is re's \s+ and several times faster


def strip_diacritics(text: str) -> str:
    """'Lai Châu' -> 'Lai Chau', 'Đắk Lắk' -> 'Dak Lak'. For user input only, never for running text."""
    d = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return unicodedata.normalize("NFC", "".join(c for c in d if not unicodedata.combining(c)))


def loose_key(text: str) -> str:
    """Key for what a user types: no diacritics, lower case, no punctuation."""
    s = strip_diacritics(fold_key(text))
    return re.sub(r"[^\w]+", " ", s).strip()


# --- sentences -------------------------------------------------------------------------------------------------

# Abbreviations that end with a dot but do not end a sentence.
_ABBREV = ("TP.", "Tp.", "GS.", "TS.", "PGS.", "ThS.", "BS.", "KS.", "CN.", "TT.", "St.", "v.v.", "Th.S.")
_UPPER = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_SENT_END = re.compile(r"(?<=[.!?…])[\"”’)]?\s+(?=[\"“(]?[" + _UPPER + r"0-9])")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans inside text[start:end] (one paragraph). Offsets are into `text`."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    spans: list[Span] = []
    pos = 0
    for m in _SENT_END.finditer(chunk):
        before = chunk[pos : m.start()]
        if any(before.endswith(a) for a in _ABBREV):
            continue
        # "... 15/12. Tổng" is a sentence end; "1. Bộ" right after a line start is a list number, not an end.
        if re.search(r"(?:^|\s)\d{1,2}\.$", before) and len(before.strip()) <= 3:
            continue
        spans.append(_trim(chunk, pos, m.start(), start))
        pos = m.end()
    spans.append(_trim(chunk, pos, len(chunk), start))
    return [s for s in spans if s.end > s.start]


def _trim(chunk: str, a: int, b: int, base: int) -> Span:
    while a < b and chunk[a].isspace():
        a += 1
    while b > a and chunk[b - 1].isspace():
        b -= 1
    return Span(base + a, base + b)


WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    return WORD.findall(text)
