"""Robustness: generated inputs never crash the reader, extractor, config loader or province resolver, and faults
never leave a partial file. Profile: HYPOTHESIS_PROFILE=ci (default, ~10,000 cases) or =long (make it longer)."""

import errno
import os
import string
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.config import ConfigError, _validate
from briefgen.corpus import build_document
from briefgen.corpus.encodings import DecodeError
from briefgen.extract import extract
from briefgen.gazetteer import UnknownProvince, load_gazetteer
from briefgen.outputs import Manifest, WriteReport, atomic_write, slug

settings.register_profile("ci", max_examples=2500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=50000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

VI_WORDS = [
    "Thủ",
    "tướng",
    "Chính",
    "phủ",
    "yêu",
    "cầu",
    "các",
    "bộ,",
    "ngành,",
    "địa",
    "phương",
    "đẩy",
    "mạnh",
    "hợp",
    "tác",
    "năm",
    "2025",
    "đạt",
    "30,39",
    "triệu",
    "USD",
    "gần",
    "500",
    "hoạt",
    "động",
    "Lai",
    "Châu",
    "hòa",
    "bình",
    "Hoà",
    "Bình",
    "Tối",
    "10/1",
    "tính",
    "đến",
    "15/12",
    "Nghị",
    "quyết",
    "số",
    "21/NQ-CP",
    "Đồng",
    "thời",
    "Cùng",
    "với",
    "đó",
    "Đại",
    "sứ",
    "Việt",
    "Nam",
    "tại",
    "Mỹ",
    "phải",
    "cần",
    ";",
    ":",
    ".",
    ",",
    "(",
    ")",
    "6",
    "tháng",
    "đầu",
    "năm",
    "1.500",
    "03",
    "2",
    "con",
    "số",
    "điểm",
    "cầu",
    "tỉnh",
    "do",
    "đồng",
    "chí",
    "chủ",
    "trì",
]
vi_text = st.lists(
    st.sampled_from(VI_WORDS) | st.text(alphabet=string.digits + "/.,;:-", max_size=6), max_size=120
).map(" ".join)


@given(st.binary(max_size=3000))
def test_reader_never_crashes_on_bytes(raw):
    try:
        doc = build_document(Path("x.txt"), raw)
    except DecodeError:
        return
    for p in doc.paragraphs:
        assert 0 <= p.start <= p.end <= len(doc.text)


@given(st.text(max_size=2000), st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]))
def test_reader_never_crashes_on_unicode(text, enc):
    try:
        doc = build_document(Path("x.txt"), text.encode(enc, errors="surrogatepass"))
    except (DecodeError, UnicodeEncodeError):
        return
    assert "\x00" not in doc.text


@given(st.lists(vi_text, min_size=1, max_size=8))
def test_extractor_offsets_inside_text(paras):
    try:
        doc = build_document(Path("x.txt"), "\n".join(paras).encode())
    except DecodeError:
        return
    f = extract(doc)
    for x in f.figures:
        assert 0 <= x.start < x.end <= len(doc.text) and doc.text[x.start : x.end] == x.text
    for a in f.assignments:
        assert 0 <= a.start <= a.end <= len(doc.text)


yaml_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20), lambda c: st.lists(c, max_size=3), max_leaves=6
)


@given(
    st.dictionaries(st.sampled_from(["province", "theme", "formats", "issuer", "provnce", "period", "x"]), yaml_values)
)
def test_config_validation_raises_only_config_error(data):
    text = yaml.safe_dump(data, allow_unicode=True)
    try:
        from briefgen.config import _load_yaml

        p = Path("/tmp/briefgen-hyp.yaml")
        p.write_text(text, encoding="utf-8")
        d, lines = _load_yaml(p)
        _validate(d, lines, p)
    except ConfigError as e:
        assert str(e).startswith("/tmp/briefgen-hyp.yaml")


@given(st.text(max_size=60))
def test_province_resolver_never_crashes(name):
    try:
        assert load_gazetteer().resolve(name).province.name
    except UnknownProvince as e:
        assert "Không tìm thấy" in str(e)


@given(st.text(max_size=400))
def test_slugs_are_safe(name):
    s = slug(name)
    assert s and "/" not in s and "\x00" not in s and not s.startswith(".") and len(s) <= 60


def test_failing_write_leaves_no_partial_file(tmp_path, monkeypatch):
    target = tmp_path / "a.docx"
    target.write_bytes(b"old")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError):
        atomic_write(target, b"new" * 1000)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.docx"]


def test_corrupt_manifest_is_rebuilt_and_edits_kept(tmp_path):
    f = tmp_path / "b.json"
    f.write_bytes(b"staff")
    (tmp_path / ".briefgen-manifest.json").write_text("{not json", encoding="utf-8")
    m = Manifest(tmp_path)
    assert m.warning
    rep = WriteReport()
    where = m.write(f, b"new", False, rep)
    assert f.read_bytes() == b"staff" and where.name == "b.v2.json"


def test_hostile_names_stay_inside_the_output_folder(tmp_path):
    from briefgen.api import output_dir
    from briefgen.periods import ALL

    for name in ("../../etc", "/etc/passwd", "a\x00b", "x" * 500, "..", "."):
        d = output_dir(tmp_path, name, ALL).resolve()
        assert d.is_relative_to(tmp_path.resolve())
