"""Command line: a thin layer over briefgen.api. Messages users see are Vietnamese; logs may be English.

Exit codes (also in README):
  0  thành công
  1  xong một phần: có bài viết bị bỏ qua (được nêu tên)
  2  đầu vào sai: tham số, cấu hình, tỉnh, thư mục
  3  lỗi khi tạo hoặc ghi báo cáo (không có tệp nào bị ghi dở)
  4  đang có một lần chạy khác (briefgen weekly)
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sqlite3
import sys
from datetime import date
from pathlib import Path
from typing import Any

from . import __version__

EXIT_OK, EXIT_PARTIAL, EXIT_INPUT, EXIT_FAILED, EXIT_LOCKED = 0, 1, 2, 3, 4
SUBCOMMANDS = ("corpus", "extract", "provinces", "weekly", "doctor", "brief")

log = logging.getLogger("briefgen")


# argparse writes its own words (usage, option headings, errors) through its module's gettext functions `_` and
# `ngettext`; Python ships no Vietnamese catalogue for them, so they are answered from this table. Users read only
# Vietnamese; a message missing here falls back to English rather than failing.
_ARGPARSE_VI = {
    "usage: ": "Cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "show this help message and exit": "in hướng dẫn này rồi thoát",
    "show program's version number and exit": "in phiên bản rồi thoát",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "không hiểu tham số: %s — xem 'briefgen --help'",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "chỉ nhận nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "expected %s argument": "cần %s giá trị",
    "expected %s arguments": "cần %s giá trị",
    "not allowed with argument %s": "không dùng cùng với %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "ignored explicit argument %r": "tùy chọn này không nhận giá trị %r",
    "ambiguous option: %(option)s could match %(matches)s": "tùy chọn %(option)s chưa rõ, có thể là: %(matches)s",
    "unexpected option string: %s": "tùy chọn không mong đợi: %s",
    "invalid %(type)s value: %(value)r": "giá trị %(value)r không hợp lệ (cần %(type)s)",
    "invalid choice: %(value)r (choose from %(choices)s)": "giá trị %(value)r không hợp lệ (chọn trong: %(choices)s)",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "can't open '%(filename)s': %(error)s": "không mở được '%(filename)s': %(error)s",
}


def _vi_gettext(message: str) -> str:
    return _ARGPARSE_VI.get(message, message)


def _vi_ngettext(singular: str, plural: str, n: int) -> str:
    return _vi_gettext(singular if n == 1 else plural)


argparse._ = _vi_gettext  # type: ignore[attr-defined]
argparse.ngettext = _vi_ngettext  # type: ignore[attr-defined]


def _seconds(text: str) -> float:
    value = float(text)
    if value < 0:
        raise ValueError(text)
    return value


_seconds.__name__ = "số giây không âm"  # argparse names the type in its error: "cần số giây không âm"


class UserError(Exception):
    """Bad input: printed as one line, exit 2."""


def _say(msg: str) -> None:
    print(msg, file=sys.stderr)


class _Progress:
    """A progress line on a terminal only; silent under cron."""

    def __init__(self, label: str):
        self.label = label
        self.tty = sys.stderr.isatty()

    def __call__(self, i: int, n: int, path: Path) -> None:
        if self.tty and n >= 20:
            sys.stderr.write(f"\r{self.label}: {i + 1}/{n}")
            if i + 1 == n:
                sys.stderr.write("\n")
            sys.stderr.flush()


# --- parsers -----------------------------------------------------------------------------------------------------


def _brief_parser(prog: str = "briefgen") -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=prog,
        description="briefgen – soạn báo cáo tổng hợp (PDF, DOCX) về hội nghị của Chính phủ cho tỉnh, thành phố "
        "hoặc theo chủ đề, theo thể thức Nghị định 30/2020/NĐ-CP.",
        epilog="Lệnh con: briefgen corpus | extract | provinces | weekly | doctor (xem 'briefgen LỆNH --help'). "
        "Mã thoát: 0 thành công, 1 một phần, 2 đầu vào sai, 3 lỗi tạo/ghi, 4 đang có lần chạy khác.",
    )
    p.add_argument("--version", action="version", version=f"briefgen {__version__}", help="in phiên bản rồi thoát")
    tgt = p.add_argument_group("đối tượng báo cáo")
    tgt.add_argument("--province", metavar="TỈNH", help='tỉnh, thành phố (ví dụ "Lai Châu", "lai chau")')
    tgt.add_argument(
        "--theme", metavar="CHỦ_ĐỀ", help="chủ đề trong config/themes.yaml hoặc từ khóa, cách nhau dấu phẩy"
    )
    tgt.add_argument("--all-provinces", action="store_true", help="báo cáo cho cả 34 tỉnh, thành phố (chạy song song)")
    tgt.add_argument("--config", metavar="TỆP", type=Path, help="tệp cấu hình YAML của một công việc")
    per = p.add_argument_group("kỳ báo cáo (mặc định: toàn bộ)")
    per.add_argument("--week", metavar="NĂM-Wsố", help="tuần ISO, ví dụ 2026-W03")
    per.add_argument("--month", metavar="NĂM-THÁNG", help="tháng, ví dụ 2026-01")
    per.add_argument("--from", dest="date_from", metavar="NGÀY", help="từ ngày (2026-01-01 hoặc 01/01/2026)")
    per.add_argument("--to", dest="date_to", metavar="NGÀY", help="đến ngày (2026-01-31 hoặc 31/01/2026)")
    out = p.add_argument_group("đầu ra")
    out.add_argument("--format", metavar="DS", help="các định dạng, cách nhau dấu phẩy: pdf,docx,json,html,md")
    out.add_argument("--out", metavar="THƯ_MỤC", type=Path, help="thư mục kết quả (mặc định out/)")
    out.add_argument(
        "--corpus", metavar="THƯ_MỤC", type=Path, action="append", help="thư mục bài viết (mặc định seeds/)"
    )
    out.add_argument("--force", action="store_true", help="ghi đè cả tệp đã được sửa tay")
    out.add_argument(
        "--du-thao",
        action="store_true",
        help="báo cáo là dự thảo: in dấu DỰ THẢO ở đầu trang 1 (như khóa 'draft: true' trong tệp cấu hình)",
    )
    out.add_argument("--today", metavar="NGÀY", help="ngày ghi trên báo cáo (mặc định hôm nay)")
    out.add_argument("--quiet", action="store_true", help="chỉ in lỗi")
    return p


_STORE_HELP = "tệp cơ sở dữ liệu (mặc định: bộ nhớ đệm của người dùng, ~/.cache/briefgen/store.sqlite)"


def _sub_parser(cmd: str) -> argparse.ArgumentParser:
    if cmd == "corpus":
        p = argparse.ArgumentParser(prog="briefgen corpus", description="Liệt kê bài viết đã đọc: tiêu đề, ngày, tỉnh.")
        p.add_argument("paths", nargs="*", type=Path, metavar="ĐƯỜNG_DẪN", help="thư mục hoặc tệp (mặc định seeds/)")
        p.add_argument("--format", choices=("table", "json"), default="table", help="dạng bảng hoặc JSON")
        p.add_argument("--store", type=Path, metavar="TỆP", help=_STORE_HELP)
    elif cmd == "extract":
        p = argparse.ArgumentParser(prog="briefgen extract", description="Trích xuất số liệu, nhiệm vụ, điểm cầu.")
        p.add_argument("paths", nargs="+", type=Path, metavar="ĐƯỜNG_DẪN", help="tệp hoặc thư mục bài viết")
        p.add_argument("--format", choices=("json", "table"), default="json", help="JSON (mặc định) hoặc bảng")
        p.add_argument("--store", type=Path, metavar="TỆP", help="tệp cơ sở dữ liệu (mặc định: không lưu)")
    elif cmd == "provinces":
        p = argparse.ArgumentParser(prog="briefgen provinces", description="34 tỉnh, thành phố và tên cũ đã hợp nhất.")
        p.add_argument("--format", choices=("table", "json"), default="table", help="dạng bảng hoặc JSON")
    elif cmd == "weekly":
        p = argparse.ArgumentParser(prog="briefgen weekly", description="Chạy các cấu hình có 'schedule: weekly'.")
        p.add_argument("--today", metavar="NGÀY", help="coi hôm nay là ngày này (để chạy bù hoặc thử)")
        p.add_argument(
            "--config-dir",
            type=Path,
            metavar="THƯ_MỤC",
            help="thư mục cấu hình (mặc định config/; các công việc nằm trong thư mục con jobs/)",
        )
        p.add_argument("--out", type=Path, metavar="THƯ_MỤC", help="thư mục kết quả cho mọi công việc (thay 'out')")
        p.add_argument(
            "--corpus", type=Path, metavar="THƯ_MỤC", help="thư mục bài viết cho mọi công việc (thay 'corpus')"
        )
        p.add_argument("--force", action="store_true", help="ghi đè cả tệp đã được sửa tay")
        p.add_argument(
            "--wait", type=_seconds, default=0, metavar="GIÂY", help="chờ tối đa bấy nhiêu giây nếu có lần chạy khác"
        )
    elif cmd == "doctor":
        p = argparse.ArgumentParser(
            prog="briefgen doctor", description="Kiểm tra máy: Pango, HarfBuzz, phông, quyền ghi."
        )
        p.add_argument("--out", type=Path, metavar="THƯ_MỤC", help="thư mục kết quả cần quyền ghi")
    else:  # "brief"
        p = _brief_parser("briefgen brief")
    return p


# --- commands ----------------------------------------------------------------------------------------------------


def _today(text: str | None) -> date:
    from .periods import parse_date

    return parse_date(text) if text else date.today()


def cmd_provinces(args) -> int:
    """The 34 provincial units and the earlier names merged into them."""
    from .gazetteer import load_gazetteer

    gaz = load_gazetteer()
    if args.format == "json":
        rows = [{"name": p.name, "kind": p.kind, "code": p.code, "merged": list(p.merged)} for p in gaz.provinces]
        print(json.dumps({"source": gaz.source, "provinces": rows}, ensure_ascii=False, indent=1))
        return EXIT_OK
    for p in gaz.provinces:
        merged = f"  (hợp nhất: {', '.join(p.merged)})" if p.merged else ""
        print(f"{p.code}  {p.full_name}{merged}")
    print(f"Nguồn: {gaz.source}")
    return EXIT_OK


def cmd_corpus(args) -> int:
    """List documents: title, event date, published date, provinces, boilerplate lines removed, warnings."""
    from .api import default_store_path, load_corpus
    from .paths import default_corpus_dir

    paths = args.paths or [default_corpus_dir()]
    _check_paths(paths)
    store = args.store or default_store_path()
    loaded = load_corpus(paths, store, _Progress("Đang đọc"))
    rows: list[dict[str, Any]] = []
    for d, f in zip(loaded.docs, loaded.facts, strict=True):
        rows.append(
            {
                "path": d.path,
                "title": d.display_title,
                "event_date": f.event_date,
                "published": f.published,
                "provinces": f.provinces,
                "removed_lines": len(d.removed),
                "captions": len(d.captions),
                "warnings": d.warnings,
            }
        )
    if args.format == "json":
        print(json.dumps({"documents": rows, "errors": [str(e) for e in loaded.errors]}, ensure_ascii=False, indent=1))
    else:
        for r in rows:
            warn = f"  ⚠ {'; '.join(r['warnings'])}" if r["warnings"] else ""
            print(
                f"{r['event_date'] or '?':10}  đăng {r['published'] or '?':10}  {', '.join(r['provinces']) or '—':14}  "
                f"bỏ {r['removed_lines']:2} dòng  {Path(r['path']).name}: {r['title'][:70]}{warn}"
            )
    return _report_errors(loaded)


def cmd_extract(args) -> int:
    """Facts of each article as JSON (the scorer's contract) or a readable table."""
    from .api import load_corpus

    _check_paths(args.paths)
    loaded = load_corpus(args.paths, args.store, _Progress("Đang trích xuất"))
    if args.format == "json":
        docs = []
        for f in loaded.facts:
            d = f.to_dict()
            docs.append(d)
        print(json.dumps({"documents": docs, "errors": [str(e) for e in loaded.errors]}, ensure_ascii=False, indent=1))
    else:
        for f in loaded.facts:
            print(f"== {f.path} ({f.event_date}) tỉnh: {', '.join(f.provinces) or '—'}")
            for c in f.chairs:
                print(f"   điểm cầu {c.province}: {c.name}, {c.title} ({c.verb})")
            for x in f.figures:
                print(f"   số liệu: {x.text} | {x.subject} | {x.period or '—'} | {x.scope}")
            for a in f.assignments:
                print(f"   nhiệm vụ: [{a.assignee or 'không nêu'}] {a.task[:100]}")
    return _report_errors(loaded)


def _check_paths(paths: list[Path]) -> None:
    for p in paths:
        if not p.exists():
            raise UserError(f"{p}: không tìm thấy tệp hoặc thư mục bài viết — kiểm tra đường dẫn (--corpus)")


def _report_errors(loaded) -> int:
    for e in loaded.errors:
        _say(f"Bỏ qua {e}")
    for w in loaded.warnings:
        _say(f"Cảnh báo: {w}")
    return EXIT_PARTIAL if loaded.errors else EXIT_OK


def _job_from_args(args):
    from .config import load_job, make_job

    if args.config:
        job = load_job(args.config)
    else:
        job = make_job({}, "<dòng lệnh>")
    if args.province and args.theme:  # a theme within a province
        job.province, job.theme = args.province, args.theme
    elif args.province:
        job.province, job.theme = args.province, None
    elif args.theme:
        job.theme, job.province = args.theme, None
    if args.format:
        fmts = [f.strip().lower() for f in args.format.split(",") if f.strip()]
        from .render import FORMATS

        bad = [f for f in fmts if f not in FORMATS]
        if bad:
            raise UserError(f"--format: định dạng '{bad[0]}' không hỗ trợ — chọn trong: {', '.join(FORMATS)}")
        job.formats = fmts
    if args.out:
        job.out = args.out
    if args.du_thao:
        job.draft = True
    if args.corpus:
        job.corpus = args.corpus[0]
        job.extra_corpus = args.corpus[1:]
    return job


def _span_from_args(args, job, today):
    from .api import span_from
    from .periods import date_range, parse_date, parse_month, parse_week

    if args.week:
        return parse_week(args.week)
    if args.month:
        return parse_month(args.month)
    if args.date_from or args.date_to:
        return date_range(
            parse_date(args.date_from) if args.date_from else None, parse_date(args.date_to) if args.date_to else None
        )
    return span_from(job.period, today)


def cmd_brief(args) -> int:
    """Build and write one briefing (or 34 with --all-provinces)."""
    from .api import (
        build_briefing,
        check_theme_found,
        default_store_path,
        load_corpus,
        resolve_target,
        write_briefing,
    )

    today = _today(args.today)
    job = _job_from_args(args)
    span = _span_from_args(args, job, today)
    corpora = [job.corpus] + list(job.extra_corpus)
    for c in corpora:
        if not c.exists():
            where = "" if args.corpus else job.where("corpus")
            raise UserError(f"{where}{c}: không tìm thấy thư mục bài viết — kiểm tra 'corpus' hoặc --corpus")
    if args.all_provinces:
        from .batch import run_all_provinces

        return run_all_provinces(job, span, today, args.force, args.quiet)
    if not job.province and not job.theme:
        raise UserError('cần chọn --province "Tên tỉnh", --theme "chủ đề", --all-provinces hoặc --config TỆP')
    from .gazetteer import UnknownProvince

    try:
        target = resolve_target(job.province, job.theme, job.keywords)
    except UnknownProvince as e:
        raise UserError(f"{'' if args.province else job.where('province')}{e}") from e
    store = job.store or default_store_path(job.out)
    loaded = load_corpus(corpora, store, _Progress("Đang đọc bài viết"))
    check_theme_found(loaded, target)
    b = build_briefing(loaded, target, span, job, today)
    for n in b.notices:
        _say(f"Lưu ý: {n}")
    report = write_briefing(b, job.formats, job.out, target.slug, span, job.templates, args.force)
    if not args.quiet:
        for p in report.written:
            print(f"Đã ghi {p}")
        for p in report.unchanged:
            print(f"Không đổi {p}")
    for w in report.warnings:
        _say(f"Cảnh báo: {w}")
    for old, new in report.kept_edits:
        _say(f"Tệp {old} đã được sửa tay nên được giữ nguyên; bản mới ghi tại {new} (dùng --force để ghi đè)")
    return _report_errors(loaded)


def cmd_weekly(args) -> int:
    """Run every config with schedule: weekly for the last complete ISO week, catching up missed weeks."""
    from .weekly import run_weekly

    return run_weekly(args.config_dir, _today(args.today), args.force, args.wait, args.out, args.corpus)


def cmd_doctor(args) -> int:
    """Check Pango, libharfbuzz-subset, a Vietnamese-capable Times-metric font and write access."""
    from .doctor import run_doctor

    return run_doctor(args.out)


def _stderr_logging(debug: bool) -> None:
    """The terminal shows the Vietnamese messages the commands print; English log records (and tracebacks) reach
    stderr only with BRIEFGEN_DEBUG=1. The weekly log file keeps INFO records whatever this handler lets through."""
    root = logging.getLogger()
    if not any(getattr(h, "briefgen_stderr", False) for h in root.handlers):
        stream = logging.StreamHandler()
        stream.briefgen_stderr = True  # type: ignore[attr-defined]
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(stream)
    for handler in root.handlers:
        if getattr(handler, "briefgen_stderr", False):
            handler.setLevel(logging.DEBUG if debug else logging.CRITICAL + 1)
    root.setLevel(logging.DEBUG if debug else logging.ERROR)


# --- entry point -------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _stderr_logging(bool(os.environ.get("BRIEFGEN_DEBUG")))
    # WeasyPrint and fontTools are chatty at WARNING; the user sees our own messages instead.
    for noisy in ("weasyprint", "fontTools", "trafilatura", "htmldate", "courlan"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    cmd = argv[0] if argv and argv[0] in SUBCOMMANDS else "brief"
    rest = argv[1:] if argv and argv[0] in SUBCOMMANDS else argv
    parser = _sub_parser(cmd) if cmd != "brief" else _brief_parser()
    try:
        args = parser.parse_args(rest)
    except SystemExit as e:  # argparse already printed its message
        return EXIT_INPUT if e.code else EXIT_OK
    if cmd == "brief" and not args.all_provinces and "pdf" in (args.format or "pdf"):
        from .render import start_pdf_worker

        start_pdf_worker()  # WeasyPrint loads on the second core while the corpus is read
    handler = {
        "brief": cmd_brief,
        "corpus": cmd_corpus,
        "extract": cmd_extract,
        "provinces": cmd_provinces,
        "weekly": cmd_weekly,
        "doctor": cmd_doctor,
    }[cmd]
    from .config import ConfigError
    from .extract.themes import UnknownTheme
    from .gazetteer import UnknownProvince
    from .store import StoreError

    try:
        return handler(args)
    except StoreError as e:  # before OSError/DatabaseError: its message names the store and says what to do
        _say(f"Lỗi: {e}")
        log.debug("store error", exc_info=True)
        return EXIT_FAILED
    except (UserError, ConfigError, UnknownProvince, UnknownTheme) as e:
        _say(f"Lỗi: {e}")
        return EXIT_INPUT
    except ValueError as e:
        _say(f"Lỗi: {e}")
        return EXIT_INPUT
    except OSError as e:
        from .sanitise import os_reason

        _say(f"Lỗi khi ghi tệp: {os_reason(e)} ({getattr(e, 'filename', '') or ''}) — không có tệp nào bị ghi dở")
        log.debug("OSError", exc_info=True)
        return EXIT_FAILED
    except sqlite3.DatabaseError as e:
        _say(f"Lỗi: kho dữ liệu không dùng được ({e}) — xóa tệp kho (xem BRIEFGEN_STORE, --store) rồi chạy lại")
        log.debug("DatabaseError", exc_info=True)
        return EXIT_FAILED
    except KeyboardInterrupt:
        _say("Đã dừng theo yêu cầu.")
        return 130
    except Exception as e:  # last resort: one line for the user, the traceback only with BRIEFGEN_DEBUG=1
        _say(f"Lỗi không mong đợi ({type(e).__name__}: {e}). Chạy lại với BRIEFGEN_DEBUG=1 để xem chi tiết.")
        log.debug("unexpected", exc_info=True)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
