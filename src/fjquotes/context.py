"""Where a record stands in its source: the whole paragraph, with the record's words marked."""

from __future__ import annotations

from typing import NamedTuple

from fjquotes.model import Corpus, Record


class Context(NamedTuple):
    """One span of a record inside its paragraph, with the source's bibliographic details."""

    record_id: str
    source: str
    title: str
    publisher: str
    date: str
    address: str
    paragraph: str
    paragraph_start: int
    start: int
    end: int
    pull_quote: bool


def contexts(record: Record, corpus: Corpus) -> list[Context]:
    """Each place the record stands, as its paragraph; `start`/`end` are within the paragraph."""
    out = []
    for span in record.spans:
        source = corpus.sources.get(span.source)
        if source is None or source.text is None:
            continue
        text = source.text
        first = text.rfind("\n", 0, span.start) + 1
        last = text.find("\n", span.end)
        last = len(text) if last < 0 else last
        out.append(
            Context(
                record.id,
                source.id,
                source.title,
                source.publisher,
                source.date,
                source.address,
                text[first:last],
                first,
                span.start - first,
                span.end - first,
                span.pull_quote,
            )
        )
    return out
