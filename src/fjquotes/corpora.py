"""Choose and combine corpora: the bundled one, the user's files, or both."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

from fjquotes.errors import CorpusError
from fjquotes.loading import load_bundled, load_file
from fjquotes.model import Corpus, Source, Speaker

BUNDLED = "@bundled"
DATA_ENV = "FJQUOTES_DATA"

T = TypeVar("T")


def data_paths(cli_paths: Sequence[str], environ: dict[str, str] | os._Environ[str]) -> list[str]:
    """The corpus paths to load: --data first, else FJQUOTES_DATA split on the OS path separator."""
    if cli_paths:
        return list(cli_paths)
    raw = environ.get(DATA_ENV, "")
    return [p for p in raw.split(os.pathsep) if p]


def _union(kind: str, merged: dict[str, T], extra: dict[str, T], origin: str) -> None:
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
    return Corpus(
        origin=" + ".join(c.origin for c in corpora),
        records=tuple(records),
        sources=sources,
        speakers=speakers,
        topics=topics,
    )


def open_corpus(paths: Sequence[str]) -> Corpus:
    """The bundled corpus when no path is given, else the named files (``@bundled`` for ours)."""
    if not paths:
        return load_bundled()
    return merge([load_bundled() if p == BUNDLED else load_file(Path(p)) for p in paths])
