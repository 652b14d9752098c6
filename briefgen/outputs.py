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
import stat
import tempfile
import time
import zipfile
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
    warnings: list[str] = field(default_factory=list)  # Vietnamese, one line each


class Manifest:
    """What briefgen wrote in one folder: for each file, the hashes of the versions it wrote (the last few).

    A file whose hash is among them is briefgen's own and may be replaced; any other was edited by someone and is
    kept, the new version written beside it. The hash of a version is recorded (and the manifest saved) before the
    file is renamed into place, so that whatever instant a run is killed at, the file on disk is one the manifest
    knows: no false 'edited' afterwards. Without a record (the manifest deleted or damaged) a DOCX or PDF that still
    carries briefgen's own untouched properties is recognised as briefgen's; other files are kept, with a warning."""

    KEEP = 20  # versions remembered per file: enough for every kill point of a run and a few runs before

    def __init__(self, root: Path):
        self.root = root
        self.path = root / MANIFEST
        self.entries: dict[str, list[str]] = {}
        self.warning: str | None = None
        self.lost = False  # no record of files that exist here: the manifest was deleted or was damaged
        self._kept_unknown: list[str] = []
        if self.path.exists() or self.path.is_symlink():
            try:
                self.entries = _parse_manifest(self.path.read_bytes())
            except (ValueError, OSError, AttributeError, TypeError) as e:
                aside = set_aside(self.path) if self.path.is_file() else None
                where = f" (bản cũ: {aside.name})" if aside else ""
                self.warning = (
                    f"sổ ghi {self.path} hỏng{where}; đã tạo lại — các tệp briefgen không nhận ra được giữ nguyên, "
                    "bản mới ghi bên cạnh (dùng --force nếu không ai sửa tay)"
                )
                log.warning("manifest %s unreadable (%s): set aside", self.path, e)
                self.lost = True
        else:
            self.lost = True  # a first run, or a manifest deleted: told apart when an output is found (write)

    def save(self) -> None:
        data = {"version": 2, "files": self.entries}
        atomic_write(self.path, json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8"))

    def _rel(self, path: Path) -> str:
        return str(path.resolve().relative_to(self.root.resolve()))

    def _record(self, path: Path, digest: str) -> None:
        """Remember digest as a version of path that briefgen wrote (before it is written: see the class)."""
        hashes = [h for h in self.entries.get(self._rel(path), []) if h != digest] + [digest]
        self.entries[self._rel(path)] = hashes[-self.KEEP :]

    def owns(self, path: Path, current: str) -> bool:
        """Whether the file at path (whose hash is current) is a version briefgen wrote, unedited."""
        if current in self.entries.get(self._rel(path), []):
            return True
        return self.lost and _untouched_output(path)

    def write(self, path: Path, data: bytes, force: bool, report: WriteReport) -> Path:
        """Write data at path unless staff edited the file there (or it is not briefgen's); returns where it went."""
        digest = sha256(data)
        if path.exists() or path.is_symlink():
            current = _hash_of(path)
            if current == digest:
                self._record(path, digest)
                report.unchanged.append(path)
                return path
            if not force and (current is None or not self.owns(path, current)):
                target = self._free_version(path, digest)
                if target.exists() and _hash_of(target) == digest:
                    report.unchanged.append(target)
                else:
                    self._commit(target, data, digest)
                report.kept_edits.append((path, target))
                if self.lost and self.warning is None:
                    self._kept_unknown.append(path.name)
                return target
        self._commit(path, data, digest)
        report.written.append(path)
        return path

    def _commit(self, path: Path, data: bytes, digest: str) -> None:
        self._record(path, digest)
        self.save()  # the new hash is known before the file has it: a kill between the two leaves no stranger
        atomic_write(path, data)

    def lost_warning(self) -> str | None:
        """The warning for files kept only because no manifest vouched for them (None when there were none)."""
        if not self._kept_unknown:
            return None
        return (
            f"không có sổ ghi {self.path} (đã bị xóa?): không biết {', '.join(self._kept_unknown)} có phải do briefgen "
            "ghi hay đã được sửa tay — đã giữ nguyên, bản mới ghi bên cạnh; nếu không ai sửa tay, chạy lại với --force"
        )

    def _free_version(self, path: Path, digest: str) -> Path:
        """name.v2.ext, name.v3.ext …: the first that is free, briefgen's own, or already holds these bytes."""
        n = 2
        while True:
            cand = path.with_name(f"{path.stem}.v{n}{path.suffix}")
            if not (cand.exists() or cand.is_symlink()):
                return cand
            current = _hash_of(cand)
            if current is not None and (current == digest or current in self.entries.get(self._rel(cand), [])):
                return cand  # an earlier unedited version we wrote: reuse it
            n += 1


def _parse_manifest(raw: bytes) -> dict[str, list[str]]:
    """{"files": {name: [hashes]}} (version 2) or {"files": {name: hash}} (version 1); ValueError otherwise."""
    data = json.loads(raw.decode("utf-8"))
    files = data["files"] if isinstance(data, dict) else None
    if not isinstance(files, dict):
        raise ValueError("no 'files' mapping")
    out: dict[str, list[str]] = {}
    for k, v in files.items():
        hashes = [v] if isinstance(v, str) else v
        if not isinstance(hashes, list) or not all(isinstance(h, str) for h in hashes):
            raise ValueError(f"bad entry for {k!r}")
        out[str(k)] = hashes
    return out


def _hash_of(path: Path) -> str | None:
    """The hash of a regular file's bytes; None for anything else (a folder, a FIFO, a dangling link): never
    briefgen's, never read."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        h = hashlib.sha256()
        while chunk := os.read(fd, 1 << 20):
            h.update(chunk)
        return h.hexdigest()
    finally:
        os.close(fd)


_DOCX_MARKS = (b"<cp:lastModifiedBy>briefgen</cp:lastModifiedBy>", b">2020-01-01T00:00:00Z</dcterms:modified>")


def _untouched_output(path: Path) -> bool:
    """Whether a file carries the marks of a briefgen output no one has saved since: a DOCX whose core properties
    still say 'last modified by briefgen' on the fixed date (Word and LibreOffice rewrite both on saving), a PDF
    with briefgen's document identifier and no incremental update. Other formats carry no such mark."""
    try:
        if path.suffix == ".docx":
            with zipfile.ZipFile(path) as z:
                core = z.read("docProps/core.xml")
            return all(m in core for m in _DOCX_MARKS)
        if path.suffix == ".pdf":
            data = path.read_bytes()
            return b"/ID [(briefgen) " in data and data.count(b"%%EOF") == 1
    except (OSError, KeyError, zipfile.BadZipFile):
        return False
    return False


def write_views(views: dict[str, bytes], formats: list[str], folder: Path, base: str, force: bool) -> WriteReport:
    """Write each format's bytes as folder/base.<format> through the folder's manifest."""
    manifest = Manifest(folder)  # one per folder: parallel batch workers never share one
    report = WriteReport()
    for fmt in formats:
        manifest.write(folder / f"{base}.{fmt}", views[fmt], force, report)
    manifest.save()
    for warning in (manifest.warning, manifest.lost_warning()):
        if warning:
            report.warnings.append(warning)
    return report
