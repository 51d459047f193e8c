"""The stable JSON shape of a record: keys may be added, never removed or renamed."""

from __future__ import annotations

from typing import Any

from fjquotes.model import Corpus, Record, Speaker


def speaker_dict(speaker: Speaker | None) -> dict[str, Any] | None:
    """A speaker as it appears inside a record."""
    if speaker is None:
        return None
    return {
        "id": speaker.id,
        "name": speaker.name,
        "role": speaker.role,
        "organization": speaker.organization,
    }


def record_dict(record: Record, corpus: Corpus) -> dict[str, Any]:
    """A record as plain JSON-ready data, with its source spans and their titles and addresses."""
    sources = []
    for span in record.spans:
        source = corpus.sources.get(span.source)
        sources.append(
            {
                "source": span.source,
                "start": span.start,
                "end": span.end,
                "text": span.text,
                "pull_quote": span.pull_quote,
                "unclosed": span.unclosed,
                "title": source.title if source else None,
                "address": source.address if source else None,
            }
        )
    out: dict[str, Any] = {
        "id": record.id,
        "kind": record.kind,
        "text": record.text,
        "speaker": speaker_dict(record.speaker),
        "topics": list(record.topics),
        "organizations": list(record.organizations),
        "sources": sources,
        "partial": record.partial,
        "entities": list(record.entities),
        "values": [
            {
                k: v
                for k, v in (
                    ("type", x.type),
                    ("value", x.value),
                    ("unit", x.unit),
                    ("qualifier", x.qualifier),
                    ("note", x.note),
                )
                if v is not None
            }
            for x in record.values
        ],
    }
    return out
