"""Build small made-up corpora for tests."""

from __future__ import annotations

from fjquotes.model import Corpus, Record, Speaker


def make_corpus(*records: Record, speakers: tuple[Speaker, ...] = ()) -> Corpus:
    """A corpus of the given records with no sources."""
    known = {s.id: s for s in speakers}
    for record in records:
        if record.speaker is not None:
            known.setdefault(record.speaker.id, record.speaker)
    topics = {t: t for r in records for t in r.topics}
    return Corpus(origin="test", records=records, speakers=known, topics=topics)


def quote(record_id: str, text: str, speaker: Speaker | None = None, **extra: object) -> Record:
    """A quote record with no spans."""
    return Record(id=record_id, kind="quote", text=text, spans=(), speaker=speaker, **extra)  # type: ignore[arg-type]


def fact(record_id: str, text: str, **extra: object) -> Record:
    """A fact record with no spans."""
    return Record(id=record_id, kind="fact", text=text, spans=(), **extra)  # type: ignore[arg-type]


def person(
    name: str, *aliases: str, role: str | None = None, organization: str | None = None
) -> Speaker:
    """A speaker whose id is the name in lower case with hyphens."""
    return Speaker(
        id=name.lower().replace(" ", "-"),
        name=name,
        role=role,
        organization=organization,
        aliases=aliases,
    )
