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
MAX_REPORTED_PROBLEMS = 20

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]*\Z")
_ISO_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?\Z")

ReadBytes = Callable[[str], bytes]


class _FieldError(Exception):
    """A problem inside one record; the caller adds the record's place."""


def _fail(field: str, message: str) -> NoReturn:
    raise _FieldError(f"field {field!r}: {message}")


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


class _Fields:
    """Typed access to one JSON object's fields; any surprise raises `_FieldError`."""

    def __init__(self, obj: Any, allowed: frozenset[str]) -> None:
        if not isinstance(obj, dict):
            raise _FieldError(f"expected an object, got {_type_name(obj)}")
        extra = sorted(set(obj) - allowed)
        if extra:
            _fail(extra[0], "unknown field")
        self.obj: dict[str, Any] = obj

    def _get(self, name: str, required: bool) -> Any:
        if name not in self.obj:
            if required:
                _fail(name, "missing")
            return None
        return self.obj[name]

    def text(self, name: str) -> str:
        value = self._get(name, True)
        if not isinstance(value, str) or not value.strip():
            _fail(name, f"expected a non-empty string, got {_type_name(value)}")
        return value

    def optional_text(self, name: str) -> str | None:
        value = self._get(name, False)
        if value is None:
            return None
        if not isinstance(value, str):
            _fail(name, f"expected a string or null, got {_type_name(value)}")
        return value

    def identifier(self, name: str = "id") -> str:
        value = self.text(name)
        if not _ID.match(value):
            _fail(name, f"{value!r} is not an id (letters, digits and . _ : -)")
        return value

    def flag(self, name: str) -> bool:
        value = self._get(name, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            _fail(name, f"expected true or false, got {_type_name(value)}")
        return value

    def whole_number(self, name: str) -> int:
        value = self._get(name, True)
        if isinstance(value, bool) or not isinstance(value, int):
            _fail(name, f"expected a whole number, got {_type_name(value)}")
        return value

    def items(self, name: str, required: bool = False) -> list[Any]:
        value = self._get(name, required)
        if value is None:
            return []
        if not isinstance(value, list):
            _fail(name, f"expected an array, got {_type_name(value)}")
        return value

    def texts(self, name: str) -> tuple[str, ...]:
        values = self.items(name)
        for i, value in enumerate(values):
            if not isinstance(value, str) or not value.strip():
                _fail(f"{name}[{i}]", f"expected a non-empty string, got {_type_name(value)}")
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
        build: Callable[[_Fields], None],
        allowed: frozenset[str],
    ) -> None:
        """Build every item of a section, recording a located problem for each bad one."""
        for index, item in enumerate(items):
            rid = item.get("id") if isinstance(item, dict) else None
            place = f"{section}[{index}]" + (f" (id {rid!r})" if isinstance(rid, str) else "")
            try:
                build(_Fields(item, allowed))
            except _FieldError as exc:
                self.problems.append(f"{self.origin}: {place}: {exc}")

    def unique(self, kind: str, ident: str, seen: set[str] | dict[str, Any]) -> str:
        if ident in seen:
            _fail("id", f"duplicate {kind} id {ident!r}")
        return ident

    def source(self, f: _Fields) -> None:
        ident = self.unique("source", f.identifier(), self.sources)
        file = f.optional_text("file")
        text = None
        if file is not None:
            try:
                # Decoded without newline translation, so offsets count what the file holds.
                text = self.read_bytes(file).decode("utf-8")
            except UnicodeDecodeError as exc:
                _fail("file", f"source text {file!r} is not UTF-8 (byte {exc.start})")
            except OSError as exc:
                _fail("file", f"cannot read source text {file!r}: {exc.strerror or exc}")
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

    def topic(self, f: _Fields) -> None:
        ident = self.unique("topic", f.identifier(), self.topics)
        self.topics[ident] = f.text("description")

    def speaker(self, f: _Fields) -> None:
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

    def spans(self, f: _Fields, name: str) -> tuple[Span, ...]:
        spans = []
        for i, item in enumerate(f.items(name)):
            try:
                s = _Fields(item, _SPAN_FIELDS)
                spans.append(self.span(s))
            except _FieldError as exc:
                raise _FieldError(f"{name}[{i}]: {exc}") from None
        return tuple(spans)

    def span(self, f: _Fields) -> Span:
        source_id = f.text("source")
        source = self.sources.get(source_id)
        if source is None:
            _fail("source", f"unknown source {source_id!r}")
        start, end = f.whole_number("start"), f.whole_number("end")
        text = f.text("text")
        if not 0 <= start < end:
            _fail("end", f"span {start}..{end} is empty or negative")
        if source.text is not None and end > len(source.text):
            _fail(
                "end",
                f"span {start}..{end} lies outside source {source_id!r} "
                f"({len(source.text)} characters)",
            )
        return Span(
            source=source_id,
            start=start,
            end=end,
            text=text,
            pull_quote=f.flag("pull_quote"),
            unclosed=f.flag("unclosed"),
        )

    def topic_refs(self, f: _Fields) -> tuple[str, ...]:
        topics = f.texts("topics")
        for i, topic in enumerate(topics):
            if topic not in self.topics:
                _fail(f"topics[{i}]", f"unknown topic {topic!r}")
        return topics

    def record_id(self, f: _Fields) -> str:
        ident = self.unique("record", f.identifier(), self.seen_ids)
        self.seen_ids.add(ident)
        return ident

    def quote(self, f: _Fields) -> None:
        ident = self.record_id(f)
        speaker_id = f.optional_text("speaker")
        speaker = None
        if speaker_id is not None:
            speaker = self.speakers.get(speaker_id)
            if speaker is None:
                _fail("speaker", f"unknown speaker {speaker_id!r}")
        self.add(
            "quote",
            ident,
            f,
            self.spans(f, "occurrences"),
            speaker=speaker,
            partial=f.flag("partial"),
        )

    def fact(self, f: _Fields) -> None:
        ident = self.record_id(f)
        values = []
        for i, item in enumerate(f.items("values")):
            try:
                values.append(_value(_Fields(item, _VALUE_FIELDS)))
            except _FieldError as exc:
                raise _FieldError(f"values[{i}]: {exc}") from None
        self.add(
            "fact",
            ident,
            f,
            self.spans(f, "evidence"),
            entities=f.texts("entities"),
            values=tuple(values),
        )

    def add(
        self, kind: RecordKind, ident: str, f: _Fields, spans: tuple[Span, ...], **extra: Any
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


def _value(f: _Fields) -> Value:
    kind = f.text("type")
    raw = f._get("value", True)
    if kind == "date":
        if not isinstance(raw, str) or not _ISO_DATE.match(raw):
            _fail("value", "a date is an ISO 8601 string: YYYY, YYYY-MM or YYYY-MM-DD")
        return Value(type="date", value=raw, note=f.optional_text("note"))
    if kind == "number":
        if isinstance(raw, bool) or not isinstance(raw, (int, float)) or not math.isfinite(raw):
            _fail("value", f"expected a finite number, got {_type_name(raw)}")
        return Value(
            type="number",
            value=raw,
            unit=f.text("unit"),
            qualifier=f.optional_text("qualifier"),
            note=f.optional_text("note"),
        )
    _fail("type", f"expected 'date' or 'number', got {kind!r}")


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
        top = _Fields(data, _TOP_FIELDS)
        version = top.whole_number("schema_version")
        if version not in SCHEMA_VERSIONS:
            _fail(
                "schema_version",
                f"unsupported version {version} (this fjquotes reads "
                f"{', '.join(map(str, SCHEMA_VERSIONS))})",
            )
        sections = {
            name: top.items(name) for name in ("sources", "topics", "speakers", "quotes", "facts")
        }
    except _FieldError as exc:
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


def load_file(path: Path) -> Corpus:
    """Load a corpus JSON file; source texts are read relative to its folder."""
    origin = str(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{origin}: not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise CorpusError(f"{origin}: cannot read: {exc.strerror or exc}") from None

    def read_bytes(name: str) -> bytes:
        return (path.parent / name).read_bytes()

    return build_corpus(parse_json(raw, origin), origin, read_bytes)


def load_bundled() -> Corpus:
    """Load the corpus shipped inside the fjquotes package."""
    data = resources.files("fjquotes") / "data"
    corpus_file = data / "quotes.json"

    def read_bytes(name: str) -> bytes:
        return (data / name).read_bytes()

    origin = str(corpus_file)
    return build_corpus(
        parse_json(corpus_file.read_text(encoding="utf-8"), origin), origin, read_bytes
    )
