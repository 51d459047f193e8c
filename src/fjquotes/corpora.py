"""Choose and combine corpora: the bundled one, the user's files, or both."""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TypeVar

from fjquotes.errors import CorpusError
from fjquotes.model import Corpus, Source, Speaker

BUNDLED = "@bundled"
# Files with these names are JSON whatever they hold, so a broken one is reported as JSON.
JSON_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson"})
DATA_ENV = "FJQUOTES_DATA"

T = TypeVar("T")


def data_paths(cli_paths: Sequence[str], environ: dict[str, str] | os._Environ[str]) -> list[str]:
    """The corpus paths to load: --data first, else FJQUOTES_DATA split on the OS path separator."""
    if cli_paths:
        return list(cli_paths)
    raw = environ.get(DATA_ENV, "")
    return [p for p in raw.split(os.pathsep) if p]


def _union(kind: str, merged: dict[str, T], extra: Mapping[str, T], origin: str) -> None:
    for key, value in extra.items():
        if key in merged and merged[key] != value:
            raise CorpusError(
                f"{origin}: {kind} id {key!r} is defined differently in an earlier corpus"
            )
        merged[key] = value


def merge(corpora: Sequence[Corpus]) -> Corpus:
    """One corpus holding all records; a record id may appear in only one of them."""
    if len(corpora) == 1:
        return corpora[0]
    records = []
    seen: dict[str, str] = {}
    sources: dict[str, Source] = {}
    speakers: dict[str, Speaker] = {}
    topics: dict[str, str] = {}
    for corpus in corpora:
        _union("source", sources, corpus.sources, corpus.origin)
        _union("speaker", speakers, corpus.speakers, corpus.origin)
        _union("topic", topics, corpus.topics, corpus.origin)
        for record in corpus.records:
            if record.id in seen:
                raise CorpusError(
                    f"{corpus.origin}: record id {record.id!r} is already used by {seen[record.id]}"
                )
            seen[record.id] = corpus.origin
            records.append(record)
    merged = Corpus(
        origin=" + ".join(c.origin for c in corpora),
        records=tuple(records),
        sources=sources,
        speakers=speakers,
        topics=topics,
    )
    merged.inputs = tuple(i for c in corpora for i in c.inputs)
    return merged


def load_path(path: Path) -> Corpus:
    """A user's corpus, its format recognised by content: schema JSON, records, or fortunes."""
    from fjquotes.loading import build_corpus, json_type, parse_json
    from fjquotes.reading import check_path, read_text

    if stat.S_ISDIR(check_path(path).st_mode):
        return load_folder(path)
    text = read_text(path)
    head = text.lstrip()[:1]
    if head in {"{", "["} or path.suffix.lower() in JSON_SUFFIXES:
        from fjquotes.records_file import looks_like_json_lines, read_records

        if head == "[" or looks_like_json_lines(text):
            return _read_from(read_records(text, path), path)
        data = parse_json(text, str(path))
        if isinstance(data, dict) and "schema_version" not in data and "text" in data:
            return _read_from(read_records(text, path), path)  # one record on one line
        if not isinstance(data, dict):
            raise CorpusError(
                f"{path}: expected a corpus object or an array of records, got {json_type(data)}"
            )
        texts: list[Path] = []

        def read_bytes(name: str) -> bytes:
            texts.append(path.parent / name)
            return (path.parent / name).read_bytes()

        return _read_from(build_corpus(data, str(path), read_bytes), path, *texts)
    from fjquotes.fortune import parse_fortunes

    return _read_from(parse_fortunes(text, path.name, path), path)


def _read_from(corpus: Corpus, *paths: Path) -> Corpus:
    """The corpus, noting the files it was read from (what a cached index depends on)."""
    corpus.inputs = tuple(str(p) for p in paths)
    return corpus


def load_folder(path: Path) -> Corpus:
    """Every fortune file in a folder; binary and non-UTF-8 files are left out."""
    from fjquotes.fortune import parse_fortunes
    from fjquotes.reading import decode, folder_files, read_limited

    parts = []
    files = folder_files(path)
    for file in files:
        try:
            text = decode(read_limited(file), str(file))
        except CorpusError:
            continue  # not a data file: an index, an image, another encoding
        parts.append(parse_fortunes(text, file.name, file))
    if not parts:
        raise CorpusError(f"{path}: holds no readable fortune or corpus files")
    speakers: dict[str, Speaker] = {}
    for part in parts:
        for key, speaker in part.speakers.items():
            speakers.setdefault(key, speaker)
    corpus = Corpus(
        origin=str(path),
        records=tuple(r for p in parts for r in p.records),
        sources={k: v for p in parts for k, v in p.sources.items()},
        speakers=speakers,
    )
    return _read_from(corpus, *files)


def open_corpus(paths: Sequence[str]) -> Corpus:
    """The bundled corpus when no path is given, else the named files (``@bundled`` for ours)."""
    # Imported here: a run answered from the index cache never reads a corpus file.
    from fjquotes.loading import load_bundled

    if not paths:
        return load_bundled()
    return merge([load_bundled() if p == BUNDLED else load_path(Path(p)) for p in paths])
