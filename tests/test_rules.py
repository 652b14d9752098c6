"""Every rule of config/rules/*.yaml against its own examples, and the rules machinery itself."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefgen.lexicon import load_lexicon
from briefgen.rules import RuleError, alternation, check_example, load_rules

LEX = load_lexicon()
CASES = [
    pytest.param(rule, ex, should, id=f"{rule.id}:{'+' if should else '-'}{i}")
    for rule in LEX.rules.patterns.values()
    for should, examples in ((True, rule.match), (False, rule.no_match))
    for i, ex in enumerate(examples)
]


@pytest.mark.parametrize(("rule", "example", "should_match"), CASES)
def test_rule_example(rule, example, should_match):
    why = check_example(rule, example, should_match)
    assert why is None, f"{rule.where} {rule.id}: '{example.text}' {why}"


def test_every_rule_has_examples_both_ways():
    lacking = [r.id for r in LEX.rules.patterns.values() if not r.match or not r.no_match]
    assert not lacking, f"rules without a matching and a non-matching example: {lacking}"


def test_every_rule_is_used_by_the_code():
    """A rule nobody reads is dead weight: each id appears in briefgen/ (as "file.name")."""
    code = "\n".join(p.read_text(encoding="utf-8") for p in Path("briefgen").rglob("*.py"))
    unused = [rid for rid in LEX.rules.patterns if f'"{rid}"' not in code]
    assert not unused, unused


def test_tone_variants_come_from_one_place():
    assert re.fullmatch(alternation(["Ủy ban"]), "Uỷ ban")
    assert re.fullmatch(alternation(["Ủy ban"]), "Ủy ban")
    assert not re.fullmatch(alternation(["hòa"]), "hoàn")


def _write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_references_words_and_fragments_across_files(tmp_path):
    _write(tmp_path, "common.yaml", "fragments:\n  hon: 'ông|bà'\n")
    _write(
        tmp_path,
        "x.yaml",
        "words:\n  cues: [yêu cầu, giao]\npatterns:\n  cue:\n    regex: '{=common.hon} \\w+ {=cues} {=lexicon.m}'\n",
    )
    rules = load_rules(tmp_path, {"m": ["Bộ Y tế"]})
    assert rules["x.cue"].search("bà Lan giao Bộ Y tế")
    assert not rules["x.cue"].search("bà Lan nói Bộ Y tế")


def test_pattern_words_match_both_tone_placements(tmp_path):
    _write(tmp_path, "x.yaml", "patterns:\n  p:\n    regex: 'Ủy ban [Hh]òa'\n")
    p = load_rules(tmp_path)["x.p"]
    assert p.fullmatch("Uỷ ban hoà") and p.fullmatch("Ủy ban Hòa") and not p.fullmatch("Ủy ban hoàn")


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("patterns:\n  p:\n    regex: '(unclosed'\n", "x.yaml:2"),
        ("patterns:\n  p:\n    regex: '{=nope}'\n", "x.yaml:2"),
        ("patterns:\n  p:\n    why: no regex\n", "x.yaml:2"),
        ("patterns:\n  p:\n    regex: 'a'\n    flags: [LOUD]\n", "x.yaml:2"),
        ("fragments:\n  a: '{=b}'\n  b: '{=a}'\npatterns:\n  p:\n    regex: '{=a}'\n", "tham chiếu vòng"),
        ("patterns: [\n", "x.yaml:"),
        ("words:\n  w: [1, '']\n", "x.yaml:2"),
    ],
)
def test_bad_rules_name_file_and_line(tmp_path, text, expect):
    _write(tmp_path, "x.yaml", text)
    with pytest.raises(RuleError) as e:
        load_rules(tmp_path)
    assert expect in str(e.value)
