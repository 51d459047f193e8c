"""Tabular views of a corpus as plain data: speakers, topics, sources and statistics."""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

from fjquotes.model import Corpus

Cell = str | int | None


class Listing(NamedTuple):
    """A titled table of plain values.

    `bar` names a count column that tables draw as bars; `narrow` names the columns a narrow
    terminal shows (all of them when empty).
    """

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    bar: str | None = None
    narrow: tuple[str, ...] = ()


def speakers(corpus: Corpus) -> Listing:
    """Every speaker with role, organization, country and number of quotes, most quoted first."""
    counts = Counter(r.speaker.id for r in corpus.records if r.speaker is not None)
    people = sorted(corpus.speakers.values(), key=lambda s: (-counts[s.id], s.name))
    rows = tuple((s.id, s.name, s.role, s.organization, s.country, counts[s.id]) for s in people)
    return Listing(
        "Speakers",
        ("id", "name", "role", "organization", "country", "quotes"),
        rows,
        bar="quotes",
        narrow=("name", "organization", "quotes"),
    )


def topics(corpus: Corpus) -> Listing:
    """Every topic of the vocabulary with its description and record counts."""
    quotes = Counter(t for r in corpus.records if r.kind == "quote" for t in r.topics)
    facts = Counter(t for r in corpus.records if r.kind == "fact" for t in r.topics)
    rows = tuple(
        (t, d, quotes[t], facts[t], quotes[t] + facts[t]) for t, d in sorted(corpus.topics.items())
    )
    return Listing(
        "Topics",
        ("topic", "description", "quotes", "facts", "records"),
        rows,
        bar="records",
        narrow=("topic", "quotes", "facts", "records"),
    )


def sources(corpus: Corpus) -> Listing:
    """Every source with its bibliographic details and record counts."""
    rows = []
    for source in corpus.sources.values():
        held = [r for r in corpus.records if any(s.source == source.id for s in r.spans)]
        quotes = sum(1 for r in held if r.kind == "quote")
        rows.append(
            (
                source.id,
                source.title,
                source.publisher,
                source.date,
                source.address,
                quotes,
                len(held) - quotes,
            )
        )
    return Listing(
        "Sources",
        ("id", "title", "publisher", "date", "address", "quotes", "facts"),
        tuple(rows),
        narrow=("id", "title", "quotes", "facts"),
    )


def _counted(title: str, key: str, counts: Counter[str]) -> Listing:
    rows = tuple((k, n) for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return Listing(title, (key, "records"), rows, bar="records")


def stats(corpus: Corpus) -> list[Listing]:
    """The corpus at a glance: records by kind, topic, speaker and source."""
    records = corpus.records
    names = {s.id: s.name for s in corpus.speakers.values()}
    return [
        _counted("Records by kind", "kind", Counter(r.kind for r in records)),
        _counted("Records by topic", "topic", Counter(t for r in records for t in r.topics)),
        _counted(
            "Quotes by speaker",
            "speaker",
            Counter(
                names.get(r.speaker.id, r.speaker.name) for r in records if r.speaker is not None
            ),
        ),
        _counted(
            "Records by source",
            "source",
            Counter(s for r in records for s in dict.fromkeys(x.source for x in r.spans)),
        ),
    ]
