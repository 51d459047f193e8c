"""Citations to paste: “words” — Name, Role, Organization, in *Title*, Publisher, Date, address."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from fjquotes.output.inert import inert

_LINE_BREAK = re.compile(r"[ \t]*(?:\r\n|[\n\r\v\f\x85\u2028\u2029])\s*")

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
    """One line citing the record's words with who said them and where.

    A quotation is quoted, with its speaker; a fact is our statement, so it is not, and names
    its source after "Source:". Line breaks in the words become spaces: one citation a line.
    """
    span = _cited_span(record)
    source = corpus.sources.get(span.source) if span is not None else None
    where = [f"*{source.title}*", source.publisher, source.date, source.address] if source else []
    if record.kind == "fact":
        place = ", ".join(part for part in where if part)
        line = f"{record.text} Source: {place}" if place else record.text
    else:
        words = span.text if span is not None else record.text
        speaker = record.speaker
        who = (
            [x for x in (speaker.name, speaker.role, speaker.organization) if x] if speaker else []
        )
        if where:
            where[0] = f"in {where[0]}"
        tail = ", ".join(part for part in (*who, *where) if part)
        line = f"“{words}”" + ((" — " if who else " ") + tail if tail else "")
    return inert(_LINE_BREAK.sub(" ", line))


def render_hits(
    hits: Sequence[SearchHit], corpus: Corpus, out: TextIO, options: RenderOptions
) -> None:
    """Write one citation a line."""
    for hit in hits:
        out.write(citation(hit.record, corpus) + "\n")
