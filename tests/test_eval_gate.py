"""The development set's gate (./bin/eval --gate, run by .ci/run): it fails when a score falls below its floor."""

from __future__ import annotations

import sys

import pytest
import yaml

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "eval"))

import devset  # noqa: E402


def floors() -> dict[str, float]:
    return yaml.safe_load((ROOT / "eval" / "floors.yaml").read_text(encoding="utf-8"))["floors"]


def test_gate_names_each_score_below_its_floor():
    assert devset.gate({"a": 0.5, "b": 0.9}, {"a": 0.6, "b": 0.9}) == ["a: 0.500 < floor 0.600"]
    assert devset.gate({"a": 0.6}, {"a": 0.6}) == []


def test_every_floor_names_a_score():
    report = devset.Report(docs=[], users={"X": {k: devset.Tally() for k in ("directives", "deadlines", "figures")}})
    assert set(floors()) <= set(report.scores())


@pytest.fixture(scope="module")
def dev_scores():
    return devset.build_report(users=False).scores()


def test_today_the_gate_passes(dev_scores):
    wanted = {k: v for k, v in floors().items() if not k.startswith("user_")}
    assert devset.gate(dev_scores, wanted) == []


def test_a_broken_rule_fails_the_gate(monkeypatch):
    """Deadlines no longer found: the deadline score falls below its floor and the gate names it."""
    import briefgen.extract.directives as directives

    monkeypatch.setattr(directives, "find_deadline", lambda task, lex: None)
    broken = devset.build_report(users=False).scores()
    below = devset.gate(broken, {k: v for k, v in floors().items() if not k.startswith("user_")})
    assert any(line.startswith("deadlines:") for line in below), below
