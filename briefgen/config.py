"""YAML configuration: config/default.yaml plus one file per job (a province or a theme), validated on load.

Every error names file:line, the key, and what is allowed; an unknown key gets a suggestion ("provnce" ->
"province?"). Strings may use {province} (e.g. "Lai Châu"), {PROVINCE_FULL} (e.g. "TỈNH LAI CHÂU"), {level} ("tỉnh", or
"Thành phố" for a centrally run city) and {party_committee} ("Tỉnh ủy" / "Thành ủy"), substituted
by name only (never str.format); YAML anchors and aliases are refused.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import yamlfile
from .briefing import Issuer
from .paths import config_dir, default_corpus_dir, default_out_dir, project_root, templates_dir


class ConfigError(ValueError):
    """One line for the user: file:line: what is wrong — what to do."""


_ISSUER_KEYS = {
    "parent_body": str,
    "body": str,
    "symbol": str,
    "place": str,
    "signer_authority": str,
    "signer_title": str,
    "signer_name": str,
    "recipients": list,
    "number": str,
}
_TOP_KEYS: dict[str, tuple[Any, str]] = {
    "name": (str, "tên công việc (chữ thường, không dấu)"),
    "province": (str, "tên tỉnh, thành phố, ví dụ 'Lai Châu'"),
    "theme": (str, "chủ đề, ví dụ 'khoa học công nghệ' hoặc 'KHCN'"),
    "keywords": (list, "danh sách từ khóa bổ sung cho chủ đề"),
    "schedule": (str, "'weekly' hoặc 'manual'"),
    "period": ((str, dict), "'last-week', 'all', '2026-W03', '2026-01' hoặc {from: 2026-01-01, to: 2026-01-31}"),
    "catch_up_weeks": (int, "số tuần bù tối đa khi lỡ lịch (0–52)"),
    "formats": (list, "danh sách trong: pdf, docx, json, html, md"),
    "corpus": (str, "thư mục bài viết"),
    "out": (str, "thư mục kết quả"),
    "templates": (str, "thư mục mẫu"),
    "store": (str, "tệp cơ sở dữ liệu SQLite"),
    "log": (str, "tệp nhật ký cho chế độ chạy theo lịch"),
    "issuer": (dict, "thông tin cơ quan ban hành"),
    "limits": (dict, "số dòng tối đa mỗi mục, ví dụ {context_actions: 20}"),
    "draft": (bool, "true nếu báo cáo là dự thảo (trang đầu có dấu DỰ THẢO), false nếu là bản chính thức"),
}
# How many rows each section of a briefing lists (see assemble.Limits); 0 lists none.
_LIMIT_KEYS = (
    "own_figures",
    "context_figures",
    "trends",
    "results",
    "actions",
    "locality_actions",
    "context_actions",
    "participation",
    "events",
    "citations",
)
_FORMATS = ("pdf", "docx", "json", "html", "md")


@dataclass
class JobConfig:
    source: str  # file the job came from ("<dòng lệnh>" for CLI-only)
    name: str
    province: str | None = None
    theme: str | None = None
    keywords: list[str] = field(default_factory=list)
    schedule: str = "manual"
    period: Any = "all"
    catch_up_weeks: int = 4
    formats: list[str] = field(default_factory=lambda: ["pdf", "docx", "json"])
    corpus: Path = field(default_factory=default_corpus_dir)
    out: Path = field(default_factory=default_out_dir)
    templates: Path = field(default_factory=templates_dir)
    store: Path | None = None
    log: Path | None = None
    issuer: dict[str, Any] = field(default_factory=dict)
    extra_corpus: list[Path] = field(default_factory=list)
    limits: dict[str, int] = field(default_factory=dict)
    draft: bool = False  # the briefing is a draft: "DỰ THẢO" on its first page, "draft": true in its JSON
    lines: dict[str, int] = field(default_factory=dict)  # where each key stands in `source`, for messages

    def where(self, key: str) -> str:
        """'config/x.yaml:3' for a key read from a file, '' for command-line values."""
        return f"{self.source}:{self.lines[key]}: " if key in self.lines else ""

    def make_limits(self):
        from .assemble import Limits

        return Limits(**self.limits)

    def make_issuer(self, province_name: str | None, province_full: str | None) -> Issuer:
        # a centrally run city ("Thành phố Hồ Chí Minh") has a Thành ủy and a UBND Thành phố, not a Tỉnh ủy
        city = (province_full or "").lower().startswith("thành phố")
        subs = {
            "province": province_name or "",
            "PROVINCE_FULL": (province_full or "").upper(),
            "level": "Thành phố" if city else "tỉnh",
            "party_committee": "Thành ủy" if city else "Tỉnh ủy",
        }
        vals: dict[str, Any] = {}
        for k, v in self.issuer.items():
            where = self.where(f"issuer.{k}") or self.where("issuer") or f"{self.source}: "
            if isinstance(v, str):
                vals[k] = substitute(v, subs, where)
            elif isinstance(v, list):
                vals[k] = [substitute(str(x), subs, where) for x in v]
        return Issuer(**vals)


# Placeholders of config strings. Substituted by name only, never through str.format: a format spec
# ("{province:>300000000}") or an attribute ("{province.__class__}") is not a placeholder but an error.
PLACEHOLDERS = ("province", "PROVINCE_FULL", "level", "party_committee")
_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")


def check_placeholders(text: str, where: str) -> None:
    """ConfigError (where = 'file:line: ') for a {…} that is not one of PLACEHOLDERS; {{ and }} are braces."""
    for m in _PLACEHOLDER.finditer(text):
        name = m.group(1)
        if name is not None and name not in PLACEHOLDERS:
            close = difflib.get_close_matches(name, PLACEHOLDERS, n=1, cutoff=0.6)
            hint = f" — có phải {{{close[0]}}}?" if close else ""
            raise ConfigError(
                f"{where}chỗ điền '{{{name[:40]}}}' không hợp lệ{hint} — chỉ dùng {{province}}, {{PROVINCE_FULL}}, "
                "{level} hoặc {party_committee} (viết {{ và }} cho dấu ngoặc nhọn)"
            )


def substitute(text: str, subs: dict[str, str], where: str = "") -> str:
    """text with {province} and {PROVINCE_FULL} replaced, {{ and }} as braces; ConfigError for anything else."""
    check_placeholders(text, where)
    return _PLACEHOLDER.sub(
        lambda m: "{" if m.group(0) == "{{" else "}" if m.group(0) == "}}" else subs[m.group(1)], text
    )


def _load_yaml(path: Path) -> tuple[dict, dict[str, int]]:
    """Mapping and the line of each top-level and issuer key."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as e:
        raise ConfigError(f"{path}: không tìm thấy tệp cấu hình") from e
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: không đọc được tệp cấu hình ({e})") from e
    if len(text) > _MAX_CONFIG_CHARS:
        raise ConfigError(f"{path}:1: tệp cấu hình quá lớn ({len(text):,} ký tự) — một công việc chỉ cần vài chục dòng")
    try:
        anchor = yamlfile.first_anchor(text)
        if anchor is not None:
            raise ConfigError(
                f"{path}:{anchor}: tệp cấu hình không được dùng neo/bí danh YAML (&tên, *tên) — viết đầy đủ giá trị"
            )
        node = yamlfile.compose(text, yamlfile.ConfigLoader)
        data = yamlfile.load(text, yamlfile.ConfigLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        problem = getattr(e, "problem", None) or "cú pháp YAML sai"
        raise ConfigError(f"{path}:{line}: lỗi cú pháp YAML ({problem}) — kiểm tra thụt lề và dấu ':'") from e
    except RecursionError as e:  # thousands of nested brackets
        raise ConfigError(f"{path}:1: tệp cấu hình lồng quá sâu — viết các giá trị phẳng") from e
    if data is None:
        return {}, {}
    if not isinstance(data, dict) or node is None or not isinstance(node, yaml.MappingNode):
        raise ConfigError(f"{path}:1: tệp cấu hình phải là các cặp 'khóa: giá trị'")
    lines: dict[str, int] = {}
    for k, v in node.value:
        lines[str(k.value)] = k.start_mark.line + 1
        if k.value in ("issuer", "limits") and isinstance(v, yaml.MappingNode):
            for ik, _ in v.value:
                lines[f"{k.value}.{ik.value}"] = ik.start_mark.line + 1
    return data, lines


_MAX_CONFIG_CHARS = 1_000_000


def _type_name(t) -> str:
    names = {str: "chuỗi", int: "số nguyên", list: "danh sách", dict: "nhóm khóa", bool: "true hoặc false"}
    if isinstance(t, tuple):
        return " hoặc ".join(names[x] for x in t)
    return names[t]


def _validate(data: dict, lines: dict[str, int], path: Path) -> None:
    for key, value in data.items():
        line = lines.get(str(key), 1)
        if key not in _TOP_KEYS:
            close = difflib.get_close_matches(str(key), list(_TOP_KEYS), n=1, cutoff=0.6)
            hint = f" — có phải '{close[0]}'?" if close else f" — các khóa hợp lệ: {', '.join(_TOP_KEYS)}"
            raise ConfigError(f"{path}:{line}: khóa '{key}' không hợp lệ{hint}")
        typ, what = _TOP_KEYS[key]
        if not isinstance(value, typ) or (typ is int and isinstance(value, bool)):
            raise ConfigError(f"{path}:{line}: '{key}' phải là {_type_name(typ)} ({what}), không phải '{value}'")
    if "formats" in data:
        for f in data["formats"]:
            if f not in _FORMATS:
                raise ConfigError(
                    f"{path}:{lines.get('formats', 1)}: định dạng '{f}' không hỗ trợ — chọn trong: {', '.join(_FORMATS)}"
                )
    if "schedule" in data and data["schedule"] not in ("weekly", "manual"):
        raise ConfigError(f"{path}:{lines['schedule']}: 'schedule' chỉ nhận 'weekly' hoặc 'manual'")
    if "catch_up_weeks" in data and not 0 <= data["catch_up_weeks"] <= 52:
        raise ConfigError(f"{path}:{lines['catch_up_weeks']}: 'catch_up_weeks' phải từ 0 đến 52")
    if "province" in data and "theme" in data:
        raise ConfigError(f"{path}:{lines['theme']}: chỉ chọn một trong 'province' hoặc 'theme'")
    for ik, iv in (data.get("issuer") or {}).items():
        line = lines.get(f"issuer.{ik}", lines.get("issuer", 1))
        if ik not in _ISSUER_KEYS:
            raise _unknown_key(path, line, "issuer", ik, _ISSUER_KEYS)
        if not isinstance(iv, _ISSUER_KEYS[ik]):
            raise ConfigError(f"{path}:{line}: 'issuer.{ik}' phải là {_type_name(_ISSUER_KEYS[ik])}")
        for text in iv if isinstance(iv, list) else [iv]:
            check_placeholders(str(text), f"{path}:{line}: 'issuer.{ik}': ")
    if "period" in data:
        _validate_period(data["period"], f"{path}:{lines.get('period', 1)}: ")
    _validate_limits(data, lines, path)


def _validate_period(value: Any, where: str) -> None:
    """'period' read as briefgen will read it, so that its error names file:line."""
    from datetime import date

    from .api import span_from

    if isinstance(value, dict) and not set(value) <= {"from", "to"}:
        bad = next(k for k in value if k not in ("from", "to"))
        raise ConfigError(f"{where}'period' chỉ nhận các khóa 'from' và 'to', không phải '{bad}'")
    try:
        span_from(value, date.today())
    except (ValueError, TypeError, OverflowError) as e:
        raise ConfigError(f"{where}'period' không hợp lệ: {_vi_period_error(e)}") from e


def _vi_period_error(e: Exception) -> str:
    """The periods module's messages are Vietnamese; Python's own date errors are not."""
    text = str(e)
    if any(c in text for c in "ăâđêôơư"):
        return text
    return "ngày không tồn tại (dùng 2026-01-31 hoặc 31/01/2026)"


def _unknown_key(path: Path, line: int, group: str, key, valid) -> ConfigError:
    """'khóa issuer.signer_nme không hợp lệ — có phải signer_name?', or the list of valid keys."""
    close = difflib.get_close_matches(str(key), list(valid), n=1, cutoff=0.6)
    hint = f" — có phải '{close[0]}'?" if close else f" — các khóa hợp lệ: {', '.join(valid)}"
    return ConfigError(f"{path}:{line}: khóa '{group}.{key}' không hợp lệ{hint}")


def _validate_limits(data: dict, lines: dict[str, int], path: Path) -> None:
    for lk, lv in (data.get("limits") or {}).items():
        line = lines.get(f"limits.{lk}", lines.get("limits", 1))
        if lk not in _LIMIT_KEYS:
            raise _unknown_key(path, line, "limits", lk, _LIMIT_KEYS)
        if not isinstance(lv, int) or isinstance(lv, bool) or lv < 0:
            raise ConfigError(f"{path}:{line}: 'limits.{lk}' phải là số nguyên không âm, không phải '{lv}'")


def load_defaults(path: Path | None = None) -> dict:
    p = path or config_dir() / "default.yaml"
    if not p.exists():
        return {}
    data, lines = _load_yaml(p)
    _validate(data, lines, p)
    return data


def _resolve_path(value: str | None, base: Path, default: Path) -> Path:
    if not value:
        return default
    p = Path(value)
    return p if p.is_absolute() else (base / p)


def make_job(data: dict, source: str, defaults: dict | None = None, base: Path | None = None) -> JobConfig:
    """Merge a job's keys over the defaults (issuer merged key by key)."""
    defaults = defaults if defaults is not None else load_defaults()
    base = base or project_root()
    merged = {**defaults, **data}
    merged["issuer"] = {**(defaults.get("issuer") or {}), **(data.get("issuer") or {})}
    merged["limits"] = {**(defaults.get("limits") or {}), **(data.get("limits") or {})}
    name = merged.get("name") or Path(source).stem
    return JobConfig(
        source=source,
        name=str(name),
        province=merged.get("province"),
        theme=merged.get("theme"),
        keywords=[str(k) for k in merged.get("keywords") or []],
        schedule=merged.get("schedule", "manual"),
        period=merged.get("period", "all"),
        catch_up_weeks=int(merged.get("catch_up_weeks", 4)),
        formats=list(merged.get("formats") or ["pdf", "docx", "json"]),
        corpus=_resolve_path(merged.get("corpus"), base, default_corpus_dir()),
        out=_resolve_path(merged.get("out"), base, default_out_dir()),
        templates=_resolve_path(merged.get("templates"), base, templates_dir()),
        store=_resolve_path(merged.get("store"), base, Path()) if merged.get("store") else None,
        log=_resolve_path(merged.get("log"), base, Path()) if merged.get("log") else None,
        issuer=merged["issuer"],
        limits=merged["limits"],
        draft=merged.get("draft", False),
    )


def load_job(path: Path) -> JobConfig:
    data, lines = _load_yaml(path)
    _validate(data, lines, path)
    job = make_job(data, str(path))
    job.lines = lines
    return job


def jobs_dir(folder: Path) -> Path:
    """Where job files live: config/jobs/. Lexicons (provinces, themes, agencies, countries …) and default.yaml stay
    in config/ itself, so a new lexicon is never read as a job. A folder without jobs/ is itself a jobs folder
    (`--config-dir config/jobs`)."""
    if not folder.is_dir():
        raise ConfigError(f"{folder}: không tìm thấy thư mục cấu hình — kiểm tra --config-dir")
    sub = folder / "jobs"
    return sub if sub.is_dir() else folder


def job_files(folder: Path) -> list[Path]:
    return sorted(p for p in jobs_dir(folder).glob("*.yaml") if p.name != "default.yaml")


def weekly_jobs(folder: Path) -> tuple[list[JobConfig], list[ConfigError]]:
    """Jobs with `schedule: weekly`, each validated on its own: a bad file or a second job of the same name is
    reported and left out, the others still run."""
    jobs: list[JobConfig] = []
    errors: list[ConfigError] = []
    names: dict[str, str] = {}
    for p in job_files(folder):
        try:
            job = load_job(p)
        except ConfigError as e:
            errors.append(e)
            continue
        if job.schedule != "weekly":
            continue
        if job.name in names:
            line = job.lines.get("name", 1)
            errors.append(
                ConfigError(f"{p}:{line}: tên công việc '{job.name}' trùng với {names[job.name]} — đặt tên khác")
            )
            continue
        names[job.name] = str(p)
        jobs.append(job)
    return jobs, errors
