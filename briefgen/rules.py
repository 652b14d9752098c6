"""Extraction rules as data: the regular patterns and word lists of config/rules/*.yaml, each with an id, a reason
and examples that must and must not match.

A rules file holds three mappings:

    words:       # word lists, joined longest first into one alternation wherever a pattern names them
      task_verbs: [tập trung, tiếp tục, …]
    fragments:   # pieces of patterns shared by several (an honorific, a person's name)
      honorific: '(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à)'
    patterns:
      cue:
        why: what the pattern finds and why it is built so
        regex: '(?<!\\w)(?:{=cue_words})(?!\\w)'
        flags: [IGNORECASE]
        match: ['Thủ tướng [[yêu cầu]] các bộ']   # [[…]]: the exact span one match must cover
        no_match: ['Ban Chỉ đạo']

`{=name}` inside a regex is a fragment or a word list of the same file, `{=file.name}` one of another file, and
`{=lexicon.name}` a list the lexicon gives (ministries, leader titles, countries…); `{=^list}` is a character class
of a list's first letters (a fast look-ahead). Every letters-only word of a
regex, and every word of a list, is matched in both tone placements ("Ủy"/"Uỷ", "hóa"/"hoá"): a rule never spells
them twice. Ids are "file.name" ("directives.cue"). Errors name the file and line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from yaml import MappingNode, Node, ScalarNode, SequenceNode, YAMLError

from . import yamlfile
from .text import tone_variants

_REF = re.compile(r"\{=(\^?[\w.]+)\}")
# a letters-only word of a regex's source, not an escape's letter ("\w", "\s") nor a group's name ("(?P<name>")
_WORD = re.compile(r"(?<![\\\w<])[^\W\d_]+")
_CLASS = re.compile(r"\[\^?\]?(?:\\.|[^\]\\])*\]")
_KEYS = {"why", "regex", "flags", "match", "no_match", "match_mode"}
_MODES = ("search", "match", "fullmatch")
_FLAGS = {"IGNORECASE": re.IGNORECASE, "MULTILINE": re.MULTILINE, "DOTALL": re.DOTALL, "VERBOSE": re.VERBOSE}


class RuleError(ValueError):
    """A rules file that cannot be used; the message names the file and line and says what to do (Vietnamese)."""


@dataclass(frozen=True)
class Example:
    text: str  # with the [[ ]] marks removed
    span: tuple[int, int] | None  # what one match must cover exactly, when marked


@dataclass(frozen=True)
class Rule:
    id: str
    regex: re.Pattern[str]
    why: str
    where: str  # "config/rules/directives.yaml:12"
    match: tuple[Example, ...] = ()
    no_match: tuple[Example, ...] = ()
    # how the code applies the rule, so that examples are checked the same way: "search" anywhere (the default),
    # "match" at the start, "fullmatch" the whole example
    mode: str = "search"


@dataclass
class Rules:
    """Every rule and word list of a folder, compiled once."""

    patterns: dict[str, Rule] = field(default_factory=dict)
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def __getitem__(self, rule_id: str) -> re.Pattern[str]:
        return self.patterns[rule_id].regex

    _sets: dict[str, frozenset[str]] = field(default_factory=dict)

    def wordset(self, list_id: str) -> frozenset[str]:
        """A word list as a set, each word in both tone placements; built once (the addressee parser asks for its
        stop words at every phrase)."""
        got = self._sets.get(list_id)
        if got is None:
            got = self._sets[list_id] = frozenset(v for w in self.words[list_id] for v in tone_variants(w))
        return got


def alternation(words: Iterable[str]) -> str:
    """'(?:a|b c)' of the words, escaped, longest first, each syllable in both tone placements."""
    alts = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(_syllables(w) for w in alts) + ")"


def first_letters(words: Iterable[str]) -> str:
    """'[…]' of the first letters of the words, in both cases and tone placements: a look-ahead that lets the regex
    engine skip most positions at once."""
    chars = {v[0] for w in words if w for v in tone_variants(w)}
    chars |= {c.swapcase() for c in chars}
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


def _syllables(word: str) -> str:
    parts = []
    for syl in word.split(" "):
        vs = tone_variants(syl)
        parts.append(re.escape(vs[0]) if len(vs) == 1 else "(?:" + "|".join(re.escape(v) for v in vs) + ")")
    return r"\ ".join(parts)


def _tone_expand(source: str) -> str:
    """The letters-only words of a regex's source in both tone placements; character classes are left as written."""

    def one(m: re.Match[str]) -> str:
        vs = tone_variants(m.group(0))
        return vs[0] if len(vs) == 1 else "(?:" + "|".join(vs) + ")"

    out = []
    i = 0
    for m in _CLASS.finditer(source):
        out.append(_WORD.sub(one, source[i : m.start()]))
        out.append(m.group(0))
        i = m.end()
    out.append(_WORD.sub(one, source[i:]))
    return "".join(out)


def _example(raw: str) -> Example:
    if "[[" not in raw:
        return Example(raw, None)
    a = raw.index("[[")
    b = raw.index("]]", a)
    text = raw[:a] + raw[a + 2 : b] + raw[b + 2 :]
    return Example(text, (a, b - 2))


def _line(node: Node) -> int:
    return node.start_mark.line + 1


def _entries(node: Node, key: str) -> list[tuple[str, Node, int]]:
    """The (name, value, line of the name) entries of a top-level mapping."""
    if not isinstance(node, MappingNode):
        return []
    for k, v in node.value:
        if k.value == key and isinstance(v, MappingNode):
            return [(kk.value, vv, _line(kk)) for kk, vv in v.value]
    return []


def _plain(node: Node):
    if isinstance(node, ScalarNode):
        return node.value
    if isinstance(node, SequenceNode):
        return [_plain(n) for n in node.value]
    if isinstance(node, MappingNode):
        return {k.value: _plain(v) for k, v in node.value}
    return None


@dataclass
class _Source:
    """One rules file read but not compiled: its raw words, fragments and patterns, with their lines."""

    name: str
    where: str
    words: dict[str, tuple[list[str], int]]
    fragments: dict[str, tuple[str, int]]
    patterns: dict[str, tuple[dict, int]]


def _read(path: Path, shown: str) -> _Source:
    try:
        root = yamlfile.compose(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise RuleError(f"{shown}: không đọc được tệp quy tắc ({e}). Kiểm tra tệp.") from e
    except YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        at = f":{mark.line + 1}" if mark else ""
        raise RuleError(f"{shown}{at}: YAML không hợp lệ. Sửa cú pháp tệp quy tắc.") from e
    src = _Source(path.stem, shown, {}, {}, {})
    for name, node, line in _entries(root, "words"):
        value = _plain(node)
        if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
            raise RuleError(f"{shown}:{line}: danh sách từ '{name}' phải là danh sách chuỗi không rỗng.")
        src.words[name] = ([" ".join(w.split()) for w in value], line)
    for name, node, line in _entries(root, "fragments"):
        if not isinstance(node, ScalarNode):
            raise RuleError(f"{shown}:{line}: mảnh mẫu '{name}' phải là một chuỗi biểu thức chính quy.")
        src.fragments[name] = (node.value, line)
    for name, node, line in _entries(root, "patterns"):
        value = _plain(node)
        if not isinstance(value, dict) or not isinstance(value.get("regex"), str):
            raise RuleError(f"{shown}:{line}: mẫu '{name}' cần khóa 'regex' (một chuỗi).")
        src.patterns[name] = (value, line)
    return src


class _Compiler:
    """Resolves {=name} references across files, detects cycles, compiles and checks every pattern."""

    def __init__(self, sources: dict[str, _Source], external: Mapping[str, Iterable[str]]):
        self.sources = sources
        self.external = {k: tuple(v) for k, v in external.items()}
        self._done: dict[tuple[str, str], str] = {}

    def words(self, file: str, name: str) -> tuple[str, ...] | None:
        if file == "lexicon":
            return self.external.get(name)
        src = self.sources.get(file)
        if src and name in src.words:
            return tuple(src.words[name][0])
        return None

    def expand(self, file: str, text: str, where: str, stack: tuple = ()) -> str:
        """text with its own words in both tone placements and each {=ref} replaced by what it names."""
        out = []
        i = 0
        for m in _REF.finditer(text):
            out.append(_tone_expand(text[i : m.start()]))
            out.append(self._resolve(file, m.group(1), where, stack))
            i = m.end()
        out.append(_tone_expand(text[i:]))
        return "".join(out)

    def _resolve(self, file: str, ref: str, where: str, stack: tuple) -> str:
        firsts = ref.startswith("^")  # {=^list}: a class of the list's first letters, for a quick look-ahead
        ref = ref.lstrip("^")
        f, _, n = ref.rpartition(".")
        f = f or file
        words = self.words(f, n)
        if words is not None:
            return first_letters(words) if firsts else alternation(words)
        if firsts:
            raise RuleError(f"{where}: '{{=^{ref}}}' chỉ dùng với danh sách từ. Kiểm tra tên.")
        src = self.sources.get(f)
        if src is None or n not in src.fragments:
            raise RuleError(f"{where}: không có mảnh mẫu hay danh sách từ '{ref}'. Kiểm tra tên sau '{{='.")
        key = (f, n)
        if key in stack:
            raise RuleError(f"{where}: mảnh mẫu '{ref}' tham chiếu vòng. Bỏ vòng tham chiếu.")
        if key not in self._done:
            frag, line = src.fragments[n]
            self._done[key] = "(?:" + self.expand(f, frag, f"{src.where}:{line}", (*stack, key)) + ")"
        return self._done[key]

    def rule(self, src: _Source, name: str) -> Rule:
        value, line = src.patterns[name]
        where = f"{src.where}:{line}"
        flags = 0
        for f in value.get("flags") or ():
            if f not in _FLAGS:
                raise RuleError(f"{where}: cờ '{f}' không hợp lệ; dùng một trong {', '.join(_FLAGS)}.")
            flags |= _FLAGS[f]
        source = self.expand(src.name, value["regex"], where)
        try:
            regex = re.compile(source, flags)
        except re.error as e:
            raise RuleError(f"{where}: mẫu '{name}' không biên dịch được ({e}). Sửa biểu thức.") from e
        unknown = set(value) - _KEYS
        if unknown:
            raise RuleError(f"{where}: khóa không hợp lệ {sorted(unknown)}; chỉ dùng {', '.join(sorted(_KEYS))}.")
        mode = str(value.get("match_mode") or "search")
        if mode not in _MODES:
            raise RuleError(f"{where}: match_mode '{mode}' không hợp lệ; dùng search, match hoặc fullmatch.")
        match = tuple(_example(str(x)) for x in value.get("match") or ())
        no_match = tuple(_example(str(x)) for x in value.get("no_match") or ())
        return Rule(f"{src.name}.{name}", regex, str(value.get("why") or ""), where, match, no_match, mode)


def load_rules(folder: Path, external: Mapping[str, Iterable[str]] | None = None, shown: str = "") -> Rules:
    """Every config/rules/*.yaml, compiled; external: word lists other lexicons give ("lexicon.ministries")."""
    sources = {}
    for path in sorted(folder.glob("*.yaml")):
        src = _read(path, f"{shown or folder}/{path.name}")
        sources[src.name] = src
    comp = _Compiler(sources, external or {})
    rules = Rules()
    for src in sources.values():
        for name, (words, _) in src.words.items():
            rules.words[f"{src.name}.{name}"] = tuple(words)
        for name in src.patterns:
            r = comp.rule(src, name)
            rules.patterns[r.id] = r
    return rules


def check_example(rule: Rule, ex: Example, should_match: bool) -> str | None:
    """Why an example fails its rule, None when it holds."""
    if rule.mode == "search":
        found = list(rule.regex.finditer(ex.text))
    else:
        one = getattr(rule.regex, rule.mode)(ex.text)
        found = [one] if one else []
    if not should_match:
        return f"khớp '{found[0].group(0)}'" if found else None
    if not found:
        return "không khớp"
    if ex.span and not any(m.span() == ex.span for m in found):
        return f"khớp {[m.group(0) for m in found]}, không đúng '{ex.text[ex.span[0] : ex.span[1]]}'"
    return None
