"""The corpus as plain, immutable data: sources, speakers and the quote and fact records."""

# No `from __future__ import annotations` where a NamedTuple is defined: typing compiles each
# string annotation of one when the class is made, which every run would pay at start-up
# (half a millisecond here); evaluated annotations cost next to nothing.

from collections.abc import Iterator, Mapping, Sequence
from typing import Literal, NamedTuple

RecordKind = Literal["quote", "fact"]


class Source(NamedTuple):
    """An article that records are taken from; `text` is None when a corpus ships no text."""

    id: str
    title: str
    publisher: str
    date: str
    address: str
    text: str | None = None
    date_note: str | None = None
    original_file: str | None = None
    sha256: str | None = None


class Speaker(NamedTuple):
    """A person quoted in the corpus, with the role and organization the articles give."""

    id: str
    name: str
    role: str | None
    organization: str | None
    country: str | None = None
    aliases: tuple[str, ...] = ()
    note: str | None = None


class Span(NamedTuple):
    """Where a record's words stand in a source: code-point offsets and the exact wording there."""

    source: str
    start: int
    end: int
    text: str
    pull_quote: bool = False
    unclosed: bool = False


class Value(NamedTuple):
    """A structured value stated by a fact: an ISO 8601 date or a number with its unit."""

    type: Literal["date", "number"]
    value: str | int | float
    unit: str | None = None
    qualifier: str | None = None
    note: str | None = None


class Record(NamedTuple):
    """One quotation (kind "quote") or one checkable statement (kind "fact")."""

    id: str
    kind: RecordKind
    text: str
    spans: tuple[Span, ...]
    speaker: Speaker | None = None
    partial: bool = False
    topics: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    values: tuple[Value, ...] = ()


class SearchHit(NamedTuple):
    """A record in a result list, with its score and matched spans of `record.text` if searched."""

    record: Record
    score: float | None = None
    matches: tuple[tuple[int, int], ...] = ()


class Corpus:
    """Records with the sources, speakers and topic vocabulary they refer to."""

    def __init__(
        self,
        origin: str,
        records: Sequence[Record],
        sources: dict[str, Source] | None = None,
        speakers: Mapping[str, Speaker] | None = None,
        topics: dict[str, str] | None = None,
    ) -> None:
        self.origin = origin
        self.records = records
        self.sources = sources or {}
        self.speakers: Mapping[str, Speaker] = speakers or {}
        self.topics = topics or {}
        self.inputs: tuple[str, ...] = ()
        self._by_id: dict[str, int] | None = None

    def get(self, record_id: str) -> Record | None:
        """The record with this id, or None."""
        find = getattr(self.records, "find", None)
        if find is not None:  # lazily stored records search their sorted ids
            at = find(record_id)
            return None if at is None else self.records[at]
        if self._by_id is None:
            self._by_id = {rid: i for i, rid in enumerate(self.ids())}
        at = self._by_id.get(record_id)
        return None if at is None else self.records[at]

    def ids(self) -> Iterator[str]:
        """Every record id, in corpus order."""
        # Lazily stored records can give ids without building whole records.
        record_id = getattr(self.records, "record_id", None)
        if record_id is not None:
            return (record_id(i) for i in range(len(self.records)))
        return (r.id for r in self.records)
