"""Records stored column by column in flat buffers, each made a `Record` only when asked for.

A cached index of a million records opens in milliseconds because nothing is decoded until a
search needs its hits: texts and ids are UTF-8 blobs with offset arrays, the rest small columns.
"""

from __future__ import annotations

import marshal
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, overload

from fjquotes.model import Record, Span, Speaker, Value

# Span flags, one byte a span.
PULL_QUOTE, UNCLOSED, OWN_TEXT = 1, 2, 4


def pack_records(
    records: Sequence[Record], named: Iterable[Speaker] = ()
) -> tuple[dict[str, Any], dict[str, bytes]]:
    """(small metadata, named buffers) that `LazyRecords` reads back.

    `named` are the corpus's speakers by id; they take the first slots, and records' speakers
    are stored once each, a marshalled row a speaker, made a `Speaker` only when asked for: a
    corpus of thousands of speakers opens without reading them.
    """
    speakers: list[Speaker] = []
    # By value: each fortune file has its own copy of "Mark Twain", one slot serves them all.
    speaker_slot: dict[Speaker, int] = {}

    def slot_of(speaker: Speaker) -> int:
        slot = speaker_slot.setdefault(speaker, len(speakers))
        if slot == len(speakers):
            speakers.append(speaker)
        return slot

    for speaker in named:
        slot_of(speaker)
    named_count = len(speakers)
    sources: list[str] = []
    source_slot: dict[str, int] = {}
    ids, texts = bytearray(), bytearray()
    id_ends, text_ends = array("Q"), array("Q")
    kinds, partial = bytearray(), bytearray()
    who = array("i")
    span_ends, span_source = array("Q"), array("i")
    span_start, span_end = array("Q"), array("Q")
    span_flags = bytearray()
    # A span's own wording, where it differs from the record's, and a record's topics,
    # organizations, entities and values: marshalled, empty when there is none.
    own_texts, extras = _Packed(), _Packed()
    for record in records:
        ids += record.id.encode("utf-8", "surrogatepass")
        id_ends.append(len(ids))
        texts += record.text.encode("utf-8", "surrogatepass")
        text_ends.append(len(texts))
        kinds.append(record.kind == "fact")
        partial.append(record.partial)
        if record.speaker is None:
            who.append(-1)
        else:
            who.append(slot_of(record.speaker))
        for span in record.spans:
            slot = source_slot.setdefault(span.source, len(sources))
            if slot == len(sources):
                sources.append(span.source)
            span_source.append(slot)
            span_start.append(span.start)
            span_end.append(span.end)
            flags = (PULL_QUOTE * span.pull_quote) | (UNCLOSED * span.unclosed)
            if span.text != record.text:
                flags |= OWN_TEXT
            own_texts.add(span.text if flags & OWN_TEXT else None)
            span_flags.append(flags)
        span_ends.append(len(span_flags))
        values = tuple(tuple(v) for v in record.values)
        extra = (record.topics, record.organizations, record.entities, values)
        extras.add(extra if any(extra) else None)
    # Record numbers in id order, so one id is found by binary search, not a full scan.
    by_id = array("Q", sorted(range(len(records)), key=lambda i: records[i].id))
    meta = {
        "count": len(records),
        "named": named_count,
        "sources": sources,
    }
    buffers = {
        "ids": bytes(ids),
        "id_ends": id_ends.tobytes(),
        "texts": bytes(texts),
        "text_ends": text_ends.tobytes(),
        "kinds": bytes(kinds),
        "partial": bytes(partial),
        "who": who.tobytes(),
        "span_ends": span_ends.tobytes(),
        "span_source": span_source.tobytes(),
        "span_start": span_start.tobytes(),
        "span_end": span_end.tobytes(),
        "span_flags": bytes(span_flags),
        "by_id": by_id.tobytes(),
    }
    buffers["own_texts"], buffers["own_text_ends"] = own_texts.packed()
    buffers["extras"], buffers["extra_ends"] = extras.packed()
    buffers["speakers"], buffers["speaker_ends"] = _Packed(map(tuple, speakers)).packed()
    return meta, buffers


class _Packed:
    """Marshalled values one after another in a blob, with where each ends; None adds an empty one.

    `marshal`, not JSON: Python has it loaded at start, so reading needs no import (see cache).
    """

    def __init__(self, values: Iterable[tuple[Any, ...]] = ()) -> None:
        self.blob = bytearray()
        self.ends = array("Q")
        for value in values:
            self.add(value)

    def add(self, value: tuple[Any, ...] | str | None) -> None:
        # marshal keeps lone surrogates (written as surrogatepass does) and int from float.
        if value is not None:
            self.blob += marshal.dumps(value)
        self.ends.append(len(self.blob))

    def packed(self) -> tuple[bytes, bytes]:
        return bytes(self.blob), self.ends.tobytes()


class LazyRecords(Sequence[Record]):
    """The records of `pack_records`, read from buffers (such as views of a mapped file)."""

    def __init__(self, meta: dict[str, Any], buffers: dict[str, memoryview]) -> None:
        self.size: int = meta["count"]
        self.named: int = meta["named"]
        self.sources: list[str] = meta["sources"]
        self.b = buffers
        self.id_ends = buffers["id_ends"].cast("Q")
        self.text_ends = buffers["text_ends"].cast("Q")
        self.who = buffers["who"].cast("i")
        self.span_ends = buffers["span_ends"].cast("Q")
        self.span_source = buffers["span_source"].cast("i")
        self.span_start = buffers["span_start"].cast("Q")
        self.span_end = buffers["span_end"].cast("Q")
        self.by_id = buffers["by_id"].cast("Q")
        self.speaker_ends = buffers["speaker_ends"].cast("Q")
        self.own_text_ends = buffers["own_text_ends"].cast("Q")
        self.extra_ends = buffers["extra_ends"].cast("Q")

    def __len__(self) -> int:
        return self.size

    @overload
    def __getitem__(self, i: int) -> Record: ...

    @overload
    def __getitem__(self, i: slice) -> list[Record]: ...

    def __getitem__(self, i: int | slice) -> Record | list[Record]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.size))]
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError(i)
        return self._record(i)

    def __iter__(self) -> Iterator[Record]:
        return (self._record(i) for i in range(self.size))

    def _slice(self, name: str, ends: memoryview, i: int) -> str:
        start = ends[i - 1] if i else 0
        return bytes(self.b[name][start : ends[i]]).decode("utf-8", "surrogatepass")

    def speaker(self, slot: int) -> Speaker:
        """The speaker stored in `slot`."""
        return Speaker._make(self._value("speakers", self.speaker_ends, slot))

    def _value(self, name: str, ends: memoryview, i: int) -> Any:
        start = ends[i - 1] if i else 0
        return marshal.loads(self.b[name][start : ends[i]]) if ends[i] > start else None

    def named_speakers(self) -> Mapping[str, Speaker]:
        """The corpus's speakers by id, made `Speaker`s when first looked at."""
        return SpeakerTable(self, self.named)

    def find(self, record_id: str) -> int | None:
        """The number of the record with this id, found by binary search, or None."""
        lo, hi = 0, self.size
        while lo < hi:
            mid = (lo + hi) // 2
            found = self.record_id(self.by_id[mid])
            if found == record_id:
                return int(self.by_id[mid])
            if found < record_id:
                lo = mid + 1
            else:
                hi = mid
        return None

    def record_id(self, i: int) -> str:
        """The id of record `i`, without building the record."""
        return self._slice("ids", self.id_ends, i)

    def _record(self, i: int) -> Record:
        text = self._slice("texts", self.text_ends, i)
        spans = []
        first = self.span_ends[i - 1] if i else 0
        for s in range(first, self.span_ends[i]):
            flags = self.b["span_flags"][s]
            spans.append(
                Span(
                    self.sources[self.span_source[s]],
                    self.span_start[s],
                    self.span_end[s],
                    self._value("own_texts", self.own_text_ends, s) if flags & OWN_TEXT else text,
                    bool(flags & PULL_QUOTE),
                    bool(flags & UNCLOSED),
                )
            )
        slot = self.who[i]
        extra = self._value("extras", self.extra_ends, i)
        topics, organizations, entities, values = extra or ((), (), (), ())
        return Record(
            id=self.record_id(i),
            kind="fact" if self.b["kinds"][i] else "quote",
            text=text,
            spans=tuple(spans),
            speaker=self.speaker(slot) if slot >= 0 else None,
            partial=bool(self.b["partial"][i]),
            topics=tuple(topics),
            organizations=tuple(organizations),
            entities=tuple(entities),
            values=tuple(Value(*v) for v in values),
        )


class SpeakerTable(Mapping[str, Speaker]):
    """Speakers by id from stored rows; a search that never looks at them never builds them."""

    def __init__(self, records: LazyRecords, count: int) -> None:
        self._records = records
        self._count = count
        self._by_id: dict[str, Speaker] | None = None

    def _table(self) -> dict[str, Speaker]:
        if self._by_id is None:
            speakers = map(self._records.speaker, range(self._count))
            self._by_id = {s.id: s for s in speakers}
        return self._by_id

    def __getitem__(self, key: str) -> Speaker:
        return self._table()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._table())

    def __len__(self) -> int:
        return self._count
