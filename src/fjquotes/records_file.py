"""Records one by one, as fjquotes prints them: a JSON array or JSON Lines of record objects.

`fjquotes list --format jsonl > mine.jsonl` makes such a file, and `--data mine.jsonl` reads it
back. Only `text` is required; `id` defaults to the file's name and the line or index, `kind`
to "quote", and `speaker` may be a name or an object. The keys a search adds (`score`,
`matches`) are accepted and ignored.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fjquotes.errors import CorpusError
from fjquotes.fortune import speaker_named
from fjquotes.loading import FieldError, Fields, fail, parse_json, value_of
from fjquotes.model import Corpus, Record, Source, Span, Speaker

_RECORD_FIELDS = frozenset(
    {
        "id",
        "kind",
        "text",
        "speaker",
        "topics",
        "organizations",
        "sources",
        "partial",
        "entities",
        "values",
        "score",
        "matches",
    }
)
_SPAN_FIELDS = frozenset(
    {"source", "start", "end", "text", "pull_quote", "unclosed", "title", "address"}
)
_SPEAKER_FIELDS = frozenset({"id", "name", "role", "organization"})


def looks_like_json_lines(text: str) -> bool:
    """True when the first line alone is a JSON object and more lines follow."""
    first, _, rest = text.lstrip().partition("\n")
    if not rest.strip():
        return False
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False


class _Reader:
    """Builds records from objects, collecting a located problem for each bad one."""

    def __init__(self, origin: str, stem: str) -> None:
        self.origin, self.stem = origin, stem
        self.records: list[Record] = []
        self.sources: dict[str, Source] = {}
        self.speakers: dict[str, Speaker] = {}
        self.ids: set[str] = set()
        self.problems: list[str] = []

    def add(self, obj: Any, place: str, default_id: str) -> None:
        rid = obj.get("id") if isinstance(obj, dict) else None
        where = place + (f" (id {rid!r})" if isinstance(rid, str) else "")
        try:
            self.records.append(self.record(Fields(obj, _RECORD_FIELDS), default_id))
        except FieldError as exc:
            self.problems.append(f"{self.origin}: {where}: {exc}")

    def record(self, f: Fields, default_id: str) -> Record:
        ident = f.identifier() if "id" in f.obj else default_id
        if ident in self.ids:
            fail("id", f"duplicate record id {ident!r}")
        self.ids.add(ident)
        kind = f.obj.get("kind", "quote")
        if kind not in ("quote", "fact"):
            fail("kind", f"expected 'quote' or 'fact', got {kind!r}")
        spans = []
        for i, item in enumerate(f.items("sources")):
            try:
                spans.append(self.span(Fields(item, _SPAN_FIELDS)))
            except FieldError as exc:
                raise FieldError(f"sources[{i}]: {exc}") from None
        values = []
        for i, item in enumerate(f.items("values")):
            try:
                values.append(value_of(item))
            except FieldError as exc:
                raise FieldError(f"values[{i}]: {exc}") from None
        return Record(
            id=ident,
            kind=kind,
            text=f.text("text"),
            spans=tuple(spans),
            speaker=self.speaker(f.obj.get("speaker")),
            partial=f.flag("partial"),
            topics=f.texts("topics"),
            organizations=f.texts("organizations"),
            entities=f.texts("entities"),
            values=tuple(values),
        )

    def speaker(self, value: Any) -> Speaker | None:
        if value is None:
            return None
        if isinstance(value, str):
            found = speaker_named(Fields({"name": value}, frozenset({"name"})).text("name"))
        else:
            try:
                f = Fields(value, _SPEAKER_FIELDS)
                name = f.text("name")
                found = Speaker(
                    id=f.identifier() if "id" in f.obj else speaker_named(name).id,
                    name=name,
                    role=f.optional_text("role"),
                    organization=f.optional_text("organization"),
                )
            except FieldError as exc:
                raise FieldError(f"speaker: {exc}") from None
        return self.speakers.setdefault(found.id, found)

    def span(self, f: Fields) -> Span:
        source_id = f.identifier("source")
        start, end = f.whole_number("start"), f.whole_number("end")
        if not 0 <= start < end:
            fail("end", f"span {start}..{end} is empty or negative")
        title = f.optional_text("title") or source_id
        self.sources.setdefault(
            source_id,
            Source(
                id=source_id,
                title=title,
                publisher="",
                date="",
                address=f.optional_text("address") or "",
            ),
        )
        return Span(
            source=source_id,
            start=start,
            end=end,
            text=f.text("text"),
            pull_quote=f.flag("pull_quote"),
            unclosed=f.flag("unclosed"),
        )

    def corpus(self) -> Corpus:
        if self.problems:
            count = len(self.problems)
            more = f" (and {count - 1} more problems)" if count > 1 else ""
            raise CorpusError(self.problems[0] + more, tuple(self.problems))
        if not self.records:
            raise CorpusError(f"{self.origin}: holds no records")
        topics = {t: "" for r in self.records for t in r.topics}
        return Corpus(
            origin=self.origin,
            records=tuple(self.records),
            sources=self.sources,
            speakers=self.speakers,
            topics=topics,
        )


def read_records(text: str, path: Path) -> Corpus:
    """Records from a JSON array, or from JSON Lines when `text` is not one JSON document."""
    origin, stem = str(path), path.stem or "records"
    reader = _Reader(origin, stem)
    if text.lstrip().startswith("["):
        items = parse_json(text, origin)
        if not isinstance(items, list):
            raise CorpusError(f"{origin}: expected an array of records")
        for i, item in enumerate(items):
            reader.add(item, f"record {i}", f"{stem}:{i + 1}")
        return reader.corpus()
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            item = parse_json(line, f"{origin}: line {number}")
            reader.add(item, f"line {number}", f"{stem}:{number}")
    return reader.corpus()
