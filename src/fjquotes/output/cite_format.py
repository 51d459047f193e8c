"""Citations to paste: “words” — Name, Role, Organization, in *Title*, Publisher, Date, address."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from fjquotes.output.inert import inert

if TYPE_CHECKING:
    from fjquotes.model import Corpus, Record, SearchHit, Span
    from fjquotes.output import RenderOptions


def _cited_span(record: Record) -> Span | None:
    # Cite the source whose wording the record gives, so words and source always agree.
    for span in record.spans:
        if span.text == record.text:
            return span
    return record.spans[0] if record.spans else None


def citation(record: Record, corpus: Corpus) -> str:
    """One line citing the record's words with who said them and where."""
    span = _cited_span(record)
    words = span.text if span is not None and record.kind == "quote" else record.text
    parts = [f"“{words}”" if record.kind == "quote" else words]
    speaker = record.speaker
    who = [x for x in (speaker.name, speaker.role, speaker.organization) if x] if speaker else []
    source = corpus.sources.get(span.source) if span is not None else None
    where = []
    if source is not None:
        where = [f"in *{source.title}*", source.publisher, source.date, source.address]
    line = parts[0]
    tail = ", ".join(part for part in (*who, *where) if part)
    if tail:
        line += (" — " if who else " ") + tail
    return inert(line)


def render_hits(
    hits: Sequence[SearchHit], corpus: Corpus, out: TextIO, options: RenderOptions
) -> None:
    """Write one citation a line."""
    for hit in hits:
        out.write(citation(hit.record, corpus) + "\n")
