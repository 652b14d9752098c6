"""The lexicon: built once from config/, passed to extraction, extended by editing data (no Python), fingerprinted,
and refused with file:line when a file is wrong."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefgen.cli import main
from briefgen.extract import directives as D
from briefgen.extract import extract
from briefgen.lexicon import fingerprint, load_lexicon
from briefgen.rules import check_example

from .conftest import ROOT, doc_from_text


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_cue_verb_is_added_by_editing_data(config, tmp_path):
    sentence = "Thủ tướng đôn đốc các bộ, ngành hoàn thành giải ngân vốn đầu tư công trong tháng 12/2026."
    doc = doc_from_text(tmp_path, sentence + "\n", "a.txt")
    assert not extract(doc, load_lexicon()).assignments
    rules = config / "rules" / "directives.yaml"
    _edit(rules, "cue_words: [yêu cầu,", "cue_words: [đôn đốc, yêu cầu,")
    _edit(rules, "'Thủ tướng [[yêu cầu ]]các bộ',", "'Thủ tướng [[yêu cầu ]]các bộ', 'Thủ tướng [[đôn đốc ]]các bộ',")
    lex = load_lexicon(config)
    assert lex.fingerprint != load_lexicon().fingerprint
    cue = lex.rules.patterns["directives.cue"]
    assert all(check_example(cue, ex, True) is None for ex in cue.match)
    got = extract(doc, lex).assignments
    assert [(a.assignee, a.deadline) for a in got] == [("các bộ, ngành", "trong tháng 12/2026")]


def test_an_agency_is_added_by_editing_data(config):
    assert "ministry" not in D.addressee_kinds("Ban Cơ yếu Chính phủ", load_lexicon())
    _edit(config / "agencies.yaml", "ministries:\n", "ministries:\n  - Ban Cơ yếu Chính phủ\n")
    assert "ministry" in D.addressee_kinds("Ban Cơ yếu Chính phủ", load_lexicon(config))


def test_a_leader_title_is_added_by_editing_data(config):
    sentence = "Trưởng ban Tuyên giáo Trung ương Nguyễn Văn A yêu cầu các địa phương rà soát ngay."
    assert not D.recognise(sentence, 0, D.DirectiveState(), None, load_lexicon())[0]  # no leader known to speak
    _edit(
        config / "agencies.yaml",
        "leaders:\n",
        "leaders:\n  - canonical: Trưởng ban Tuyên giáo Trung ương\n    forms: [Trưởng ban Tuyên giáo Trung ương]\n",
    )
    found, _ = D.recognise(sentence, 0, D.DirectiveState(), None, load_lexicon(config))
    assert found[0].assigner == "Trưởng ban Tuyên giáo Trung ương Nguyễn Văn A"


def test_the_fingerprint_follows_every_lexicon_and_rules_file(config):
    before = fingerprint(config)
    _edit(config / "rules" / "common.yaml", "fragments:", "# a comment\nfragments:")
    assert fingerprint(config) != before


def test_a_broken_rule_stops_the_run_with_one_line_naming_file_and_line(config, tmp_path, capsys, monkeypatch):
    _edit(config / "rules" / "directives.yaml", "regex: '(?<!\\w)(?:{=lexicon.ministries})(?!\\w)'", "regex: '(?:'")
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    monkeypatch.setenv("BRIEFGEN_HOME", str(tmp_path))
    rc = main(["--province", "Lai Châu", "--corpus", str(ROOT / "tests" / "data"), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err.strip()
    assert rc == 2 and err.count("\n") == 0 and "Traceback" not in err, err
    assert "config/rules/directives.yaml:" in err and "directives.ministry" not in err and "ministry" in err
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").rglob("*.pdf"))


def test_a_leader_row_without_forms_is_refused_with_its_line(config):
    from briefgen.lexicon import LexiconError

    _edit(config / "agencies.yaml", "leaders:\n", "leaders:\n  - canonical: Trưởng ban\n")
    line = (config / "agencies.yaml").read_text(encoding="utf-8").splitlines().index("  - canonical: Trưởng ban") + 1
    with pytest.raises(LexiconError, match=f"agencies.yaml:{line}: "):
        load_lexicon(config)
