"""Read a user's corpus file as text, refusing anything that is not a modest, regular UTF-8 file.

Nothing is opened before `os.stat` has said what the path is, so a FIFO, a device such as
/dev/zero or a symlink loop is refused at once instead of blocking or reading forever.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from fjquotes.errors import CorpusError

# Larger files are refused with a message rather than parsed into gigabytes of objects.
MAX_FILE_BYTES = 64 * 2**20
MAX_FILES_IN_FOLDER = 10_000

_KINDS = {
    stat.S_ISFIFO: "a FIFO",
    stat.S_ISCHR: "a character device",
    stat.S_ISBLK: "a block device",
    stat.S_ISSOCK: "a socket",
}


def _describe(mode: int) -> str:
    for test, name in _KINDS.items():
        if test(mode):
            return name
    return "not a regular file"


def check_path(path: Path) -> os.stat_result:
    """The path's status, or a `CorpusError` saying why it cannot be a corpus."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if not (stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode)):
        raise CorpusError(f"{path}: cannot read: it is {_describe(info.st_mode)}, not a file")
    return info


def read_text(path: Path) -> str:
    """The file's text: UTF-8 (a byte-order mark is allowed), within the size limit."""
    info = check_path(path)
    if stat.S_ISDIR(info.st_mode):
        raise CorpusError(f"{path}: is a folder; give a corpus file, or a folder of fortune files")
    if info.st_size > MAX_FILE_BYTES:
        raise CorpusError(
            f"{path}: is {info.st_size / 2**20:.0f} MiB; fjquotes reads corpus "
            f"files of up to {MAX_FILE_BYTES // 2**20} MiB (split it into several)"
        )
    return decode(read_limited(path), str(path))


def read_limited(path: Path) -> bytes:
    """At most one byte more than the size limit, so a file that grew is caught, not read whole."""
    try:
        with open(path, "rb") as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read: {exc.strerror or exc}") from None


def decode(data: bytes, origin: str) -> str:
    """UTF-8 text from bytes, naming what is wrong when it is something else."""
    if len(data) > MAX_FILE_BYTES:
        raise CorpusError(f"{origin}: is larger than {MAX_FILE_BYTES // 2**20} MiB")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise CorpusError(f"{origin}: is UTF-16 text; fjquotes reads UTF-8 (save it as UTF-8)")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise CorpusError(f"{origin}: holds binary data (a NUL byte at offset {nul}), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(
            f"{origin}: is not UTF-8 text (invalid byte at offset {exc.start})"
        ) from None
    if not text.strip():
        raise CorpusError(f"{origin}: is empty")
    return text


def folder_files(path: Path) -> list[Path]:
    """The data files of a fortune folder, sorted by name.

    Hidden files, `.dat` indexes, links to files already listed (Debian's `.u8`), anything that
    is not a regular file and files over the size limit are left out.
    """
    try:
        names = sorted(os.listdir(path))
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read the folder: {exc.strerror or exc}") from None
    seen: set[tuple[int, int]] = set()
    files = []
    for name in names[:MAX_FILES_IN_FOLDER]:
        if name.startswith(".") or name.endswith(".dat"):
            continue
        try:
            info = os.stat(path / name)
        except OSError:
            continue
        key = (info.st_dev, info.st_ino)
        if not stat.S_ISREG(info.st_mode) or key in seen or info.st_size > MAX_FILE_BYTES:
            continue
        seen.add(key)
        files.append(path / name)
    return files
