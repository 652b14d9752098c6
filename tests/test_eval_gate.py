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
    kinds = ("directives", "deadlines", "figures", "foreign")
    report = devset.Report(docs=[], users={"X": {k: devset.Tally() for k in kinds}})
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


def _briefing(task: str, path: str):
    from briefgen.briefing import ActionItem, Cited, SourceRef

    class B:
        sources = [SourceRef("d", "/x/" + path, "t", None, None, None, number=1)]

        def all_actions(self):
            return [ActionItem(task, None, None, None, None, None, [Cited(1, task)], "giao")]

    return B()


def test_a_row_addressed_by_its_key_to_another_province_is_counted():
    key = {
        "file": "a.txt",
        "kind": "news",
        "home_province": "Quảng Ngãi",
        "assignments": [{"task": "hướng dẫn người dân gia cố nhà ở trước bão", "to_provinces": ["Quảng Ngãi"]}],
    }
    b = _briefing("Hướng dẫn người dân gia cố nhà ở trước bão", "a.txt")
    assert len(devset.foreign_rows(b, {"a.txt": key}, "Quảng Trị")) == 1
    assert devset.foreign_rows(b, {"a.txt": key}, "Quảng Ngãi") == []
    # the same task addressed to all localities, or to no province, is not another province's
    key["assignments"][0]["to_provinces"] = ["*"]
    assert devset.foreign_rows(b, {"a.txt": key}, "Quảng Trị") == []
    key["assignments"][0]["to_provinces"] = []
    assert devset.foreign_rows(b, {"a.txt": key}, "Quảng Trị") == []


def test_an_unkeyed_row_of_another_provinces_official_text_is_counted():
    key = {"file": "b.txt", "kind": "kh", "home_province": "Lào Cai", "assignments": []}
    b = _briefing("Tổ chức kiểm tra các kho vật liệu nổ công nghiệp", "b.txt")
    assert len(devset.foreign_rows(b, {"b.txt": key}, "Sơn La")) == 1
    # merged provinces: Yên Bái's text is Lào Cai's own
    key["home_province"] = "Yên Bái"
    assert devset.foreign_rows(b, {"b.txt": key}, "Lào Cai") == []
    key["kind"] = "news"
    key["home_province"] = "Lào Cai"
    assert devset.foreign_rows(b, {"b.txt": key}, "Sơn La") == []
