"""An on-disk cache of built indexes, opened in milliseconds, checked before every use.

The cache file holds a small header (metadata, and where each buffer lies) and then the
large buffers (the vocabulary, postings, document lengths, records column by column, speakers
and facet names), which are memory-mapped and read in place: a search touches only the pages
and decodes only the terms and speakers it needs. So that opening a million records does not
mean hashing a gigabyte, trust rests on three checks:

- the key: the fjquotes and Python versions, the installation and the corpus paths name the
  file, so an edited corpus is rebuilt in place of its old cache, not beside it;
- the header: its CRC-32, and in it the identity (device, inode, size, modification and change
  times) of every corpus path given, a folder's times changing as files come and go, and a
  fingerprint (identity and a checksum of the first and last 64 KiB) of every file the corpus
  was read from, the bundled corpus's included, all rechecked before use;
- the cache file itself: its own identity is stamped beside it when written, so a file that was
  truncated, rewritten or damaged by anything but this code is rebuilt, never used.

Writes go to temporary files that replace the old ones atomically, the file and its stamp
under a lock, so several fjquotes running at once cannot corrupt a cache or leave it unsound.
The header, the stamps and the few buffers of structured values are written with `marshal`,
which Python has loaded before any import, so a search drawn as a table never imports `json`
(about 1.3 ms of its start-up). Nothing is pickled: `marshal` builds only plain values (and
nothing here calls what it builds), so a cache file, whoever wrote it, can never make fjquotes
run code. As with the checksums, the threat is damage, not forgery (the cache is the user's
own): Python does not promise that marshal withstands a file crafted to crash it. Its format
may change between Python versions, which the key therefore names. The source texts are not
cached: `verify` and `show --context` read the corpus itself.
"""

from __future__ import annotations

import marshal
import mmap
import os
import sys
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fjquotes import __version__
from fjquotes.index import (
    FIELDS,
    PackedFacets,
    PackedPostings,
    PackedTerms,
    SearchIndex,
    Vocabulary,
)
from fjquotes.lazy_records import LazyRecords, pack_records
from fjquotes.model import Corpus, Source

# Bump the number whenever the layout changes: a file of another layout is rebuilt, not read.
MAGIC = b"fjquotes-index-cache 9\n"
_FIXED = len(MAGIC) + 8 + 4
_SAMPLE = 64 * 1024
_ALIGN = 8


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


def _identity(path: str, info: os.stat_result | None = None) -> list[Any]:
    # The absolute path, not the resolved one: device and inode already say which file it is,
    # and resolving costs a system call per folder of the path.
    info = info or os.stat(path)
    return [
        os.path.abspath(path),
        info.st_dev,
        info.st_ino,
        info.st_size,
        info.st_mtime_ns,
        info.st_ctime_ns,
    ]


def _fingerprint(path: str) -> list[Any]:
    with open(path, "rb") as handle:
        info = os.fstat(handle.fileno())
        head = handle.read(_SAMPLE)
        if info.st_size > 2 * _SAMPLE:
            handle.seek(-_SAMPLE, os.SEEK_END)
        tail = handle.read(_SAMPLE)
    # A checksum of what the file holds now, beside its identity; it guards against edits,
    # not forgery (the cache is the user's own), so CRC-32 serves where SHA-256 took longer.
    return [*_identity(path, info), zlib.crc32(tail, zlib.crc32(head))]


class CacheKey:
    """The cache file a selection of corpus paths uses, and what those paths are now."""

    # A plain class: a NamedTuple costs every run a fifth of a millisecond to define.
    __slots__ = ("given", "name")

    def __init__(self, name: str, given: list[list[Any]]) -> None:
        self.name = name
        self.given = given


def cache_key(paths: list[str]) -> CacheKey | None:
    """The key of the corpus paths as they are now; None when one cannot be looked at."""
    try:
        # "@bundled" names no file: this installation's package folder stands for it (its
        # files are fingerprinted in the header like any other corpus's).
        place = os.path.dirname(os.path.abspath(__file__))
        named = [p if p.startswith("@") else os.path.abspath(p) for p in paths]
        given = [_identity(p) for p in paths if not p.startswith("@")]
    except OSError:
        return None
    # Only a file name: a key that named another corpus would fail the header's checks. CRC-32
    # and Adler-32 make 64 bits without importing hashlib (and OpenSSL), which costs more.
    raw = repr([__version__, sys.version_info[:2], marshal.version, place, named]).encode(
        "utf-8", "surrogatepass"
    )
    return CacheKey(f"{zlib.crc32(raw):08x}{zlib.adler32(raw):08x}", given)


def _dependencies(files: tuple[str, ...]) -> list[list[Any]] | None:
    try:
        return [_fingerprint(f) for f in files]
    except OSError:
        return None


def _stamp_path(path: Path) -> Path:
    return path.with_suffix(".stamp")


def stamp_of(path: Path) -> bytes:
    """The stamp that vouches for the cache file at `path` as it is now."""
    return marshal.dumps(_identity(str(path)))


def load(key: CacheKey) -> tuple[Corpus, SearchIndex] | None:
    """The cached corpus and index for `key`, or None when absent or not sound."""
    path = cache_dir() / f"{key.name}.idx"
    try:
        stamp = marshal.loads(_stamp_path(path).read_bytes())
        if stamp != _identity(str(path)):
            return None
        with open(path, "rb") as handle:
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError, EOFError, TypeError):
        return None
    try:
        return _open(mapped, key.given)
    except Exception:  # a cache that does not read back is rebuilt, whatever went wrong
        return None


# Buffers of structured values decoded when first needed, in the middle of a search: checked
# when opened, so that a damaged one is rebuilt rather than failing then. (The rest are plain
# numbers.)
_DECODED = ("facet_keys", "speakers", "speaker_ends")

# The header's parts and their types, checked before any is used.
_HEADER_SHAPE: dict[str, type] = {
    "given": list,
    "dependencies": list,
    "decoded": dict,
    "records": dict,
    "index": dict,
    "corpus": dict,
    "buffers": dict,
}


def _well_formed(header: Any) -> bool:
    return isinstance(header, dict) and all(
        isinstance(header.get(name), kind) for name, kind in _HEADER_SHAPE.items()
    )


def _open(mapped: mmap.mmap, given: list[list[Any]]) -> tuple[Corpus, SearchIndex] | None:
    if len(mapped) < _FIXED or mapped[: len(MAGIC)] != MAGIC:
        return None
    size = int.from_bytes(mapped[len(MAGIC) : len(MAGIC) + 8], "big")
    crc = int.from_bytes(mapped[len(MAGIC) + 8 : _FIXED], "big")
    header_bytes = mapped[_FIXED : _FIXED + size]
    if len(header_bytes) != size or zlib.crc32(header_bytes) != crc:
        return None
    header = marshal.loads(header_bytes)
    if not _well_formed(header) or header["given"] != given:
        return None
    corpus_meta = header["corpus"]
    if header["dependencies"] != _dependencies(tuple(corpus_meta["inputs"])):
        return None
    view = memoryview(mapped)
    buffers = {}
    for name, (offset, length) in header["buffers"].items():
        if offset + length > len(mapped):
            return None
        buffers[name] = view[offset : offset + length]
    decoded = header["decoded"]
    if set(decoded) != set(_DECODED) or any(
        zlib.crc32(buffers[name]) != crc for name, crc in decoded.items()
    ):
        return None
    records = LazyRecords(header["records"], buffers)
    corpus = Corpus(
        origin=corpus_meta["origin"],
        records=records,
        sources={k: Source(*row) for k, row in corpus_meta["sources"].items()},
        speakers=records.named_speakers(),
        topics=corpus_meta["topics"],
    )
    corpus.inputs = tuple(corpus_meta["inputs"])
    index = SearchIndex.__new__(SearchIndex)
    vocabulary = Vocabulary(
        PackedTerms(buffers["vocabulary"], buffers["vocabulary_ends"].cast("Q")),
        _ints(buffers, "doc_freq"),
        _ints(buffers, "vocabulary_order"),
    )
    state = header["index"]
    state["records"] = records
    state["vocabulary"] = vocabulary
    state["postings"] = {
        field: PackedPostings(
            vocabulary,
            buffers[f"{field}.starts"].cast("Q"),
            _ints(buffers, f"{field}.docs"),
            _ints(buffers, f"{field}.tfs"),
        )
        for field in FIELDS
    }
    state["lengths"] = {f: _ints(buffers, f"{f}.lengths") for f in FIELDS}
    state["id_rank"] = _ints(buffers, "id_rank")
    state["facets"] = PackedFacets(
        lambda: _facet_slots(buffers["facet_keys"]),
        buffers["facet_ends"].cast("Q"),
        _ints(buffers, "facet_docs"),
    )
    index.__dict__.update(state)
    return corpus, index


def _facet_slots(keys: memoryview) -> dict[tuple[str, str], int]:
    return {(name, value): slot for slot, (name, value) in enumerate(marshal.loads(keys))}


def _ints(buffers: dict[str, memoryview], name: str) -> memoryview:
    return buffers[name].cast("I")


def store(key: CacheKey, corpus: Corpus, index: SearchIndex) -> bool:
    """Write the cache atomically; False (and nothing left behind) when it cannot be written."""
    dependencies = _dependencies(corpus.inputs)
    if not dependencies:
        return False  # a corpus read from no file that can be checked again is not cached
    record_meta, buffers = pack_records(corpus.records, corpus.speakers.values())
    vocabulary = index.vocabulary
    buffers["vocabulary"], buffers["vocabulary_ends"] = PackedTerms.pack(vocabulary.terms)
    buffers["doc_freq"] = bytes(vocabulary.freqs)
    buffers["vocabulary_order"] = bytes(vocabulary.in_letter_order())
    for field in FIELDS:
        table = index.postings[field]
        packed = (
            table if isinstance(table, PackedPostings) else PackedPostings.pack(table, vocabulary)
        )
        buffers[f"{field}.starts"] = bytes(packed.starts)
        buffers[f"{field}.docs"] = bytes(packed.docs)
        buffers[f"{field}.tfs"] = bytes(packed.tfs)
        buffers[f"{field}.lengths"] = bytes(index.lengths[field])
    buffers["id_rank"] = bytes(index.id_rank)
    facets = PackedFacets.pack(index.facets)
    buffers["facet_ends"], buffers["facet_docs"] = bytes(facets.ends), bytes(facets.docs)
    # A buffer, not the header: thousands of speakers' facets would slow every opening.
    buffers["facet_keys"] = marshal.dumps(list(facets.slots))
    # Plain tuples: marshal writes no tuple subclass.
    sources = {k: tuple(s._replace(text=None)) for k, s in corpus.sources.items()}
    header: dict[str, Any] = {
        "given": key.given,
        "dependencies": dependencies,
        "decoded": {name: zlib.crc32(buffers[name]) for name in _DECODED},
        "records": record_meta,
        "index": {"size": index.size, "avg_length": index.avg_length},
        "corpus": {
            "origin": corpus.origin,
            "sources": sources,
            "topics": corpus.topics,
            "inputs": list(corpus.inputs),
        },
    }
    # Buffers follow the header at offsets known before it is written: lay them out twice.
    layout: dict[str, tuple[int, int]] = {name: (0, len(b)) for name, b in buffers.items()}
    for _ in range(2):
        header["buffers"] = layout
        header_bytes = marshal.dumps(header)
        offset = _FIXED + len(header_bytes)
        layout = {}
        for name, data in buffers.items():
            offset += -offset % _ALIGN
            layout[name] = (offset, len(data))
            offset += len(data)
    header["buffers"] = layout
    header_bytes = marshal.dumps(header)
    if _FIXED + len(header_bytes) > min(o for o, _ in layout.values()):
        return False  # the layout moved under the header; try again next run
    return _write(cache_dir() / f"{key.name}.idx", header_bytes, buffers, layout)


@contextmanager
def _exclusive(lock: Path) -> Iterator[None]:
    """Hold an advisory lock on `lock` (created if need be) for the length of the block."""
    with open(lock, "a+b") as handle:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
            try:
                yield
            finally:
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            yield  # closing the file releases the lock


def _write(
    path: Path, header: bytes, buffers: dict[str, bytes], layout: dict[str, tuple[int, int]]
) -> bool:
    import tempfile

    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".tmp-", delete=False) as out:
            tmp = out.name
            out.write(
                MAGIC
                + len(header).to_bytes(8, "big")
                + zlib.crc32(header).to_bytes(4, "big")
                + header
            )
            for name, data in buffers.items():
                offset, _ = layout[name]
                out.write(b"\0" * (offset - out.tell()))
                out.write(data)
            out.flush()
            os.fsync(out.fileno())
        with _exclusive(path.with_suffix(".lock")):
            # The file and its stamp are replaced one after the other: without the lock, a run
            # writing at the same time could slip its file between them, leaving a stamp that
            # vouches for neither and a cache that is rebuilt on every run until one is alone.
            os.replace(tmp, path)
            tmp = None
            stamp = stamp_of(path)
            with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".tmp-", delete=False) as out:
                tmp = out.name
                out.write(stamp)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, _stamp_path(path))
        return True
    except OSError:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        return False
