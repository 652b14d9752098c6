"""briefgen doctor: is this machine able to render? Says exactly what to install when it is not."""

from __future__ import annotations

import ctypes.util
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from .paths import default_out_dir
from .sanitise import os_reason

_VIETNAMESE = [chr(c) for c in range(0x1EA0, 0x1EFA)] + list("ĂăÂâĐđÊêÔôƠơƯư")


def _font_file(family: str) -> str | None:
    if not shutil.which("fc-match"):
        return None
    try:
        out = subprocess.run(["fc-match", "-f", "%{file}", family], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


def _covers_vietnamese(path: str) -> bool:
    from fontTools.ttLib import TTFont

    try:
        cmap = TTFont(path, lazy=True).getBestCmap()
    except Exception:
        return False
    return all(ord(c) in cmap for c in _VIETNAMESE)


def run_doctor(out: Path | None = None) -> int:
    problems: list[str] = []

    def ok(msg: str) -> None:
        print(f"✓ {msg}")

    def bad(msg: str, fix: str) -> None:
        print(f"✗ {msg} — {fix}")
        problems.append(fix)

    try:
        import weasyprint  # noqa: F401  (loads Pango through cffi)

        ok(f"WeasyPrint {weasyprint.__version__} và Pango")
    except OSError as e:
        bad(f"thiếu thư viện Pango ({e})", "cài: apt-get install libpango-1.0-0 libpangoft2-1.0-0")
    if ctypes.util.find_library("harfbuzz-subset"):
        ok("libharfbuzz-subset (tạo PDF nhanh)")
    else:
        bad("thiếu libharfbuzz-subset (PDF chậm gấp ~7 lần)", "cài: apt-get install libharfbuzz-subset0")
    font = _font_file("Times New Roman")
    if font and _covers_vietnamese(font):
        ok(f"phông Times New Roman → {Path(font).name} (đủ chữ tiếng Việt)")
    else:
        shown = Path(font).name if font else "không có"
        bad(
            f"phông Times New Roman → {shown} không đủ chữ tiếng Việt",
            "cài: apt-get install fonts-liberation2 fonts-croscore",
        )
    folder = out or default_out_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".doctor-"):
            pass
        ok(f"ghi được vào {folder}")
    except OSError as e:
        bad(f"không ghi được vào {folder} ({os_reason(e)})", f"cấp quyền ghi: chown {os.getuid()} {folder}")
    if shutil.which("soffice") or shutil.which("libreoffice"):
        ok("LibreOffice (để kiểm tra DOCX; không bắt buộc)")
    else:
        print("• chưa có LibreOffice (chỉ cần cho bộ kiểm thử): apt-get install libreoffice-writer-nogui")
    if problems:
        print("Cần cài thêm: " + "; ".join(problems))
        return 2
    print("Máy sẵn sàng tạo báo cáo.")
    return 0
