"""Read a corpus file, validate every field, build a `Corpus`; errors name file, record, field."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any, NoReturn

from fjquotes.errors import CorpusError
from fjquotes.model import Corpus, Record, RecordKind, Source, Span, Speaker, Value

SCHEMA_VERSIONS = (1,)

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]*\Z")
_ISO_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?\Z")

ReadBytes = Callable[[str], bytes]


class FieldError(Exception):
    """A problem inside one record; the caller adds the record's place."""


def fail(field: str, message: str) -> NoReturn:
    """Raise a `FieldError` naming the field."""
    raise FieldError(f"field {field!r}: {message}")


_SURROGATE = re.compile("[\ud800-\udfff]")


def _unicode(name: str, value: str) -> str:
    # JSON may spell a lone surrogate ("\ud800"), which no output could encode.
    if _SURROGATE.search(value):
        fail(name, "holds a lone surrogate (\\ud800-\\udfff), which is not text")
    return value


def json_type(value: Any) -> str:
    """The JSON name of a parsed value's type: null, boolean, number, string, array, object."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


class Fields:
    """Typed access to one JSON object's fields; any surprise raises `FieldError`."""

    def __init__(self, obj: Any, allowed: frozenset[str]) -> None:
        if not isinstance(obj, dict):
            raise FieldError(f"expected an object, got {json_type(obj)}")
        extra = sorted(set(obj) - allowed)
        if extra:
            fail(extra[0], "unknown field")
        self.obj: dict[str, Any] = obj

    def _get(self, name: str, required: bool) -> Any:
        if name not in self.obj:
            if required:
                fail(name, "missing")
            return None
        return self.obj[name]

    def text(self, name: str) -> str:
        """A required non-empty string."""
        value = self._get(name, True)
        if not isinstance(value, str) or not value.strip():
            fail(name, f"expected a non-empty string, got {json_type(value)}")
        return _unicode(name, value)

    def optional_text(self, name: str) -> str | None:
        """A string, or None when absent or null."""
        value = self._get(name, False)
        if value is None:
            return None
        if not isinstance(value, str):
            fail(name, f"expected a string or null, got {json_type(value)}")
        return _unicode(name, value)

    def identifier(self, name: str = "id") -> str:
        """A required id: letters, digits and . _ : -."""
        value = self.text(name)
        if not _ID.match(value):
            fail(name, f"{value!r} is not an id (letters, digits and . _ : -)")
        return value

    def flag(self, name: str) -> bool:
        """A boolean, False when absent."""
        value = self._get(name, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            fail(name, f"expected true or false, got {json_type(value)}")
        return value

    def whole_number(self, name: str) -> int:
        """A required integer (not a boolean)."""
        value = self._get(name, True)
        if isinstance(value, bool) or not isinstance(value, int):
            fail(name, f"expected a whole number, got {json_type(value)}")
        return value

    def items(self, name: str, required: bool = False) -> list[Any]:
        """An array, empty when absent."""
        value = self._get(name, required)
        if value is None:
            return []
        if not isinstance(value, list):
            fail(name, f"expected an array, got {json_type(value)}")
        return value

    def texts(self, name: str) -> tuple[str, ...]:
        """An array of non-empty strings, empty when absent."""
        values = self.items(name)
        for i, value in enumerate(values):
            if not isinstance(value, str) or not value.strip():
                fail(f"{name}[{i}]", f"expected a non-empty string, got {json_type(value)}")
            _unicode(f"{name}[{i}]", value)
        return tuple(values)


_SOURCE_FIELDS = frozenset(
    {"id", "title", "publisher", "date", "address", "file", "date_note", "original_file", "sha256"}
)
_SPEAKER_FIELDS = frozenset({"id", "name", "role", "organization", "country", "aliases", "note"})
_SPAN_FIELDS = frozenset({"source", "start", "end", "text", "pull_quote", "unclosed"})
_QUOTE_FIELDS = frozenset(
    {"id", "text", "speaker", "partial", "topics", "organizations", "occurrences"}
)
_FACT_FIELDS = frozenset(
    {"id", "text", "topics", "organizations", "entities", "values", "evidence"}
)
_VALUE_FIELDS = frozenset({"type", "value", "unit", "qualifier", "note"})
_TOP_FIELDS = frozenset({"schema_version", "sources", "topics", "speakers", "quotes", "facts"})


class _Builder:
    """Turns the parsed JSON of one corpus file into a `Corpus`, collecting every problem."""

    def __init__(self, origin: str, read_bytes: ReadBytes) -> None:
        self.origin = origin
        self.read_bytes = read_bytes
        self.problems: list[str] = []
        self.sources: dict[str, Source] = {}
        self.speakers: dict[str, Speaker] = {}
        self.topics: dict[str, str] = {}
        self.records: list[Record] = []
        self.seen_ids: set[str] = set()

    def each(
        self,
        section: str,
        items: list[Any],
        build: Callable[[Fields], None],
        allowed: frozenset[str],
    ) -> None:
        """Build every item of a section, recording a located problem for each bad one."""
        for index, item in enumerate(items):
            rid = item.get("id") if isinstance(item, dict) else None
            place = f"{section}[{index}]" + (f" (id {rid!r})" if isinstance(rid, str) else "")
            try:
                build(Fields(item, allowed))
            except FieldError as exc:
                self.problems.append(f"{self.origin}: {place}: {exc}")

    def unique(self, kind: str, ident: str, seen: set[str] | dict[str, Any]) -> str:
        if ident in seen:
            fail("id", f"duplicate {kind} id {ident!r}")
        return ident

    def source(self, f: Fields) -> None:
        ident = self.unique("source", f.identifier(), self.sources)
        file = f.optional_text("file")
        text = None
        if file is not None:
            try:
                # Decoded without newline translation, so offsets count what the file holds.
                text = self.read_bytes(file).decode("utf-8")
            except UnicodeDecodeError as exc:
                fail("file", f"source text {file!r} is not UTF-8 (byte {exc.start})")
            except OSError as exc:
                fail("file", f"cannot read source text {file!r}: {exc.strerror or exc}")
        self.sources[ident] = Source(
            id=ident,
            title=f.text("title"),
            publisher=f.text("publisher"),
            date=f.text("date"),
            address=f.text("address"),
            text=text,
            date_note=f.optional_text("date_note"),
            original_file=f.optional_text("original_file"),
            sha256=f.optional_text("sha256"),
        )

    def topic(self, f: Fields) -> None:
        ident = self.unique("topic", f.identifier(), self.topics)
        self.topics[ident] = f.text("description")

    def speaker(self, f: Fields) -> None:
        ident = self.unique("speaker", f.identifier(), self.speakers)
        self.speakers[ident] = Speaker(
            id=ident,
            name=f.text("name"),
            role=f.optional_text("role"),
            organization=f.optional_text("organization"),
            country=f.optional_text("country"),
            aliases=f.texts("aliases"),
            note=f.optional_text("note"),
        )

    def spans(self, f: Fields, name: str) -> tuple[Span, ...]:
        spans = []
        for i, item in enumerate(f.items(name)):
            try:
                s = Fields(item, _SPAN_FIELDS)
                spans.append(self.span(s))
            except FieldError as exc:
                raise FieldError(f"{name}[{i}]: {exc}") from None
        return tuple(spans)

    def span(self, f: Fields) -> Span:
        source_id = f.text("source")
        source = self.sources.get(source_id)
        if source is None:
            fail("source", f"unknown source {source_id!r}")
        start, end = f.whole_number("start"), f.whole_number("end")
        text = f.text("text")
        if not 0 <= start < end:
            fail("end", f"span {start}..{end} is empty or negative")
        if source.text is not None:
            if end > len(source.text):
                fail(
                    "end",
                    f"span {start}..{end} lies outside source {source_id!r} "
                    f"({len(source.text)} characters)",
                )
            found = source.text[start:end]
            if found != text:
                # A quote tool that misquotes is worse than none: refuse it, never show it.
                fail(
                    "text",
                    f"does not match source {source_id!r} at {start}..{end}, "
                    f"which reads {found[:60]!r}",
                )
        return Span(
            source=source_id,
            start=start,
            end=end,
            text=text,
            pull_quote=f.flag("pull_quote"),
            unclosed=f.flag("unclosed"),
        )

    def topic_refs(self, f: Fields) -> tuple[str, ...]:
        topics = f.texts("topics")
        for i, topic in enumerate(topics):
            if topic not in self.topics:
                fail(f"topics[{i}]", f"unknown topic {topic!r}")
        return topics

    def record_id(self, f: Fields) -> str:
        ident = self.unique("record", f.identifier(), self.seen_ids)
        self.seen_ids.add(ident)
        return ident

    def quote(self, f: Fields) -> None:
        ident = self.record_id(f)
        speaker_id = f.optional_text("speaker")
        speaker = None
        if speaker_id is not None:
            speaker = self.speakers.get(speaker_id)
            if speaker is None:
                fail("speaker", f"unknown speaker {speaker_id!r}")
        self.add(
            "quote",
            ident,
            f,
            self.spans(f, "occurrences"),
            speaker=speaker,
            partial=f.flag("partial"),
        )

    def fact(self, f: Fields) -> None:
        ident = self.record_id(f)
        values = []
        for i, item in enumerate(f.items("values")):
            try:
                values.append(_value(Fields(item, _VALUE_FIELDS)))
            except FieldError as exc:
                raise FieldError(f"values[{i}]: {exc}") from None
        self.add(
            "fact",
            ident,
            f,
            self.spans(f, "evidence"),
            entities=f.texts("entities"),
            values=tuple(values),
        )

    def add(
        self, kind: RecordKind, ident: str, f: Fields, spans: tuple[Span, ...], **extra: Any
    ) -> None:
        self.records.append(
            Record(
                id=ident,
                kind=kind,
                text=f.text("text"),
                spans=spans,
                topics=self.topic_refs(f),
                organizations=f.texts("organizations"),
                **extra,
            )
        )


def _value(f: Fields) -> Value:
    kind = f.text("type")
    raw = f._get("value", True)
    if kind == "date":
        if not isinstance(raw, str) or not _ISO_DATE.match(raw):
            fail("value", "a date is an ISO 8601 string: YYYY, YYYY-MM or YYYY-MM-DD")
        return Value(type="date", value=raw, note=f.optional_text("note"))
    if kind == "number":
        if isinstance(raw, bool) or not isinstance(raw, (int, float)) or not math.isfinite(raw):
            fail("value", f"expected a finite number, got {json_type(raw)}")
        return Value(
            type="number",
            value=raw,
            unit=f.text("unit"),
            qualifier=f.optional_text("qualifier"),
            note=f.optional_text("note"),
        )
    fail("type", f"expected 'date' or 'number', got {kind!r}")


def value_of(obj: Any) -> Value:
    """A fact's structured value from its JSON object."""
    return _value(Fields(obj, _VALUE_FIELDS))


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj: dict[str, Any] = {}
    for key, value in pairs:
        if key in obj:
            raise ValueError(f"duplicate key {key!r}")
        obj[key] = value
    return obj


def _reject_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a number JSON allows")


def parse_json(raw: str, origin: str) -> Any:
    """Parse JSON text strictly: no duplicate keys, no NaN or Infinity."""
    try:
        return json.loads(
            raw, object_pairs_hook=_reject_duplicate_keys, parse_constant=_reject_constant
        )
    except json.JSONDecodeError as exc:
        raise CorpusError(
            f"{origin}: not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None
    except (ValueError, RecursionError) as exc:
        message = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
        raise CorpusError(f"{origin}: not valid JSON: {message}") from None


def build_corpus(data: Any, origin: str, read_bytes: ReadBytes) -> Corpus:
    """Validate parsed corpus JSON and build a `Corpus`; raise `CorpusError` with every problem."""
    try:
        top = Fields(data, _TOP_FIELDS)
        version = top.whole_number("schema_version")
        if version not in SCHEMA_VERSIONS:
            fail(
                "schema_version",
                f"unsupported version {version} (this fjquotes reads "
                f"{', '.join(map(str, SCHEMA_VERSIONS))})",
            )
        sections = {
            name: top.items(name) for name in ("sources", "topics", "speakers", "quotes", "facts")
        }
    except FieldError as exc:
        raise CorpusError(f"{origin}: {exc}") from None
    builder = _Builder(origin, read_bytes)
    builder.each("sources", sections["sources"], builder.source, _SOURCE_FIELDS)
    builder.each("topics", sections["topics"], builder.topic, frozenset({"id", "description"}))
    builder.each("speakers", sections["speakers"], builder.speaker, _SPEAKER_FIELDS)
    builder.each("quotes", sections["quotes"], builder.quote, _QUOTE_FIELDS)
    builder.each("facts", sections["facts"], builder.fact, _FACT_FIELDS)
    if builder.problems:
        first, count = builder.problems[0], len(builder.problems)
        more = f" (and {count - 1} more problems)" if count > 1 else ""
        raise CorpusError(first + more, tuple(builder.problems))
    return Corpus(
        origin=origin,
        records=tuple(builder.records),
        sources=builder.sources,
        speakers=builder.speakers,
        topics=builder.topics,
    )


def load_bundled() -> Corpus:
    """Load the corpus shipped inside the fjquotes package."""
    data = resources.files("fjquotes") / "data"
    corpus_file = data / "quotes.json"
    read: list[str] = []

    def read_bytes(name: str) -> bytes:
        read.append(str(data / name))
        return (data / name).read_bytes()

    origin = str(corpus_file)
    corpus = build_corpus(
        parse_json(corpus_file.read_text(encoding="utf-8"), origin), origin, read_bytes
    )
    # Files on disk are what a cached index of this corpus is checked against; package data
    # inside an archive has none, and is then never cached.
    if isinstance(corpus_file, Path):
        corpus.inputs = (origin, *read)
    return corpus
