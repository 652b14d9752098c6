"""Writing outputs: collision-free paths, atomic writes, and never overwriting what staff edited.

A manifest in each output folder (.briefgen-manifest.json) records the hash of every file briefgen wrote. If a file on disk no longer
has that hash, someone edited it: the new version is written beside it (name.v2.docx, …) and the user is told.
`force=True` overwrites anyway. Every write goes to a temporary file in the same folder and is renamed into place,
so a crash or a full disk leaves the previous file intact.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from .text import loose_key

log = logging.getLogger("briefgen.outputs")
MANIFEST = ".briefgen-manifest.json"
_UMASK = os.umask(0)
os.umask(_UMASK)


def slug(text: str, limit: int = 60) -> str:
    """A safe path segment: no separators, no dots at the start, no NUL, bounded length."""
    s = loose_key(text.replace("\x00", " "))
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return (s[:limit].strip("-")) or "khong-ten"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs are for colleagues to open
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def set_aside(path: Path, label: str = "broken") -> Path:
    """Move path to '<name>.<label>-<time>' beside it, never over an existing file (a second run in the same second
    gets '-2', '-3' …): a hard link is made under the new name, which fails rather than replace, then the old name
    is removed. Returns where the file went."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(time.time()))
    for n in range(1, 1000):
        aside = path.with_name(f"{path.name}.{label}-{stamp}" + (f"-{n}" if n > 1 else ""))
        try:
            os.link(path, aside)
        except FileExistsError:
            continue
        except OSError:  # a file system without hard links: rename, after checking the name is free
            if aside.exists() or aside.is_symlink():
                continue
            os.rename(path, aside)
            return aside
        os.unlink(path)
        return aside
    raise FileExistsError(f"{path}: quá nhiều bản đã đặt sang bên")


@dataclass
class WriteReport:
    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    kept_edits: list[tuple[Path, Path]] = field(default_factory=list)  # (edited file, where the new one went)


class Manifest:
    def __init__(self, root: Path):
        self.root = root
        self.path = root / MANIFEST
        self.entries: dict[str, str] = {}
        self.warning: str | None = None
        if self.path.exists():
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
                self.entries = {str(k): str(v) for k, v in data.get("files", {}).items()}
            except (ValueError, OSError, AttributeError):
                self.warning = f"tệp {self.path} hỏng; đã tạo lại (các tệp hiện có được coi là đã sửa tay)"
                log.warning(self.warning)
                self.entries = {}

    def save(self) -> None:
        atomic_write(self.path, json.dumps({"files": self.entries}, ensure_ascii=False, indent=1).encode("utf-8"))

    def write(self, path: Path, data: bytes, force: bool, report: WriteReport) -> Path:
        """Write data at path unless staff edited the file there; returns where it went."""
        rel = str(path.resolve().relative_to(self.root.resolve()))
        digest = sha256(data)
        if path.exists():
            current = sha256(path.read_bytes())
            recorded = self.entries.get(rel)
            if current == digest:
                self.entries[rel] = digest
                report.unchanged.append(path)
                return path
            if not force and recorded != current:
                target = self._free_version(path)
                atomic_write(target, data)
                self.entries[str(target.resolve().relative_to(self.root.resolve()))] = digest
                report.kept_edits.append((path, target))
                return target
        atomic_write(path, data)
        self.entries[rel] = digest
        report.written.append(path)
        return path

    def _free_version(self, path: Path) -> Path:
        n = 2
        while True:
            cand = path.with_name(f"{path.stem}.v{n}{path.suffix}")
            if not cand.exists():
                return cand
            rel = str(cand.resolve().relative_to(self.root.resolve()))
            if self.entries.get(rel) == sha256(cand.read_bytes()):
                return cand  # an earlier unedited version we wrote: reuse it
            n += 1
