"""An on-disk cache of built indexes for users' corpora, never trusted without checking.

A cache file is named by a key made of the fjquotes version and, for every corpus file, its
identity (device, inode, size, modification and change times) and a fingerprint of its content
(its first and last 64 KiB). The file holds a magic line, the payload's length and SHA-256, and
the payload; a file that is truncated, corrupted or of another version is rebuilt, never used.
It is unpickled through an allow-list of fjquotes' own types, and written to a temporary file
that replaces the old one atomically, so two fjquotes running at once cannot corrupt it.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any

from fjquotes import __version__
from fjquotes.index import SearchIndex
from fjquotes.model import Corpus

MAGIC = b"fjquotes-index-cache 1\n"
_SAMPLE = 64 * 1024
_ALLOWED = {
    ("fjquotes.model", name) for name in ("Corpus", "Record", "Span", "Speaker", "Source", "Value")
} | {
    ("fjquotes.index", "SearchIndex"),
    ("fjquotes.index", "Postings"),
    ("fjquotes.index", "PackedPostings"),
    ("array", "array"),
    ("array", "_array_reconstructor"),
    ("builtins", "set"),
    ("builtins", "frozenset"),
    ("copyreg", "_reconstructor"),
    ("builtins", "object"),
    ("builtins", "list"),
}


def cache_dir() -> Path:
    """Where caches live: $XDG_CACHE_HOME/fjquotes, else the platform's user cache folder."""
    base = os.environ.get("XDG_CACHE_HOME")
    if base:
        return Path(base) / "fjquotes"
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", Path.home())) / "fjquotes" / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "fjquotes"
    return Path.home() / ".cache" / "fjquotes"


def _identity(path: str) -> list[Any]:
    info = os.stat(path)
    return [
        str(Path(path).resolve()),
        info.st_dev,
        info.st_ino,
        info.st_size,
        info.st_mtime_ns,
        info.st_ctime_ns,
    ]


def _fingerprint(path: Path) -> list[Any]:
    info = path.stat()
    with open(path, "rb") as handle:
        head = handle.read(_SAMPLE)
        if info.st_size > 2 * _SAMPLE:
            handle.seek(-_SAMPLE, os.SEEK_END)
        tail = handle.read(_SAMPLE)
    digest = hashlib.sha256(head + tail).hexdigest()
    return [
        str(path.resolve()),
        info.st_dev,
        info.st_ino,
        info.st_size,
        info.st_mtime_ns,
        info.st_ctime_ns,
        digest,
    ]


def cache_key(paths: list[str]) -> str | None:
    """The key of the corpus paths as they are now; None when one cannot be looked at.

    A folder's times change as files come and go, so a new fortune file makes a new key.
    """
    try:
        # "@bundled" names no file: the version in the key stands for it.
        identity = [__version__, paths, [_identity(p) for p in paths if not p.startswith("@")]]
    except OSError:
        return None
    return hashlib.sha256(json.dumps(identity).encode()).hexdigest()[:40]


def _dependencies(files: tuple[str, ...]) -> list[list[Any]] | None:
    try:
        return [_fingerprint(Path(f)) for f in files]
    except OSError:
        return None


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a cache")
        return super().find_class(module, name)


def load(key: str) -> tuple[Corpus, SearchIndex] | None:
    """The cached corpus and index for `key`, or None when absent or not sound."""
    path = cache_dir() / f"{key}.idx"
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head = len(MAGIC) + 8 + 32
    if len(data) < head or not data.startswith(MAGIC):
        return None
    size = int.from_bytes(data[len(MAGIC) : len(MAGIC) + 8], "big")
    digest = data[len(MAGIC) + 8 : head]
    payload = data[head:]
    if len(payload) != size or hashlib.sha256(payload).digest() != digest:
        return None
    try:
        dependencies, corpus, index = _Unpickler(io.BytesIO(payload)).load()
    except Exception:  # a cache that does not unpickle is rebuilt, whatever went wrong
        return None
    if not isinstance(corpus, Corpus) or not isinstance(index, SearchIndex):
        return None
    # Every file the corpus was read from must still be as it was.
    if dependencies != _dependencies(corpus.inputs):
        return None
    return corpus, index


def store(key: str, corpus: Corpus, index: SearchIndex) -> bool:
    """Write the cache atomically; False (and nothing left behind) when it cannot be written."""
    folder = cache_dir()
    dependencies = _dependencies(corpus.inputs)
    if dependencies is None:
        return False
    payload = pickle.dumps((dependencies, corpus, index), protocol=pickle.HIGHEST_PROTOCOL)
    blob = MAGIC + len(payload).to_bytes(8, "big") + hashlib.sha256(payload).digest() + payload
    tmp = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".tmp-", delete=False) as handle:
            tmp = handle.name
            handle.write(blob)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, folder / f"{key}.idx")
        return True
    except OSError:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        return False
