"""The bundled corpus is true to its sources, word for word and place for place."""

from __future__ import annotations

import hashlib
import re

from fjquotes.model import Corpus

ID = re.compile(r"[a-z][a-z0-9-]*\Z")


def test_every_span_holds_exactly_its_wording(corpus: Corpus) -> None:
    for record in corpus.records:
        for span in record.spans:
            text = corpus.sources[span.source].text
            assert text is not None
            assert text[span.start : span.end] == span.text, (record.id, span)


def test_source_texts_are_the_published_bytes(corpus: Corpus) -> None:
    # The digests in the registry were taken from ../shared/seeds when the corpus was built.
    for source in corpus.sources.values():
        assert source.text is not None
        assert source.sha256 == hashlib.sha256(source.text.encode("utf-8")).hexdigest()


def test_every_quote_has_a_speaker_and_a_place(corpus: Corpus) -> None:
    quotes = [r for r in corpus.records if r.kind == "quote"]
    assert quotes
    for quote in quotes:
        assert quote.speaker is not None, quote.id
        assert quote.spans, quote.id


def test_record_text_is_the_fullest_wording(corpus: Corpus) -> None:
    for record in corpus.records:
        if record.kind == "quote":
            longest = max(len(s.text) for s in record.spans)
            assert len(record.text) == longest, record.id
            assert record.text in {s.text for s in record.spans}, record.id


def test_facts_have_evidence_topics_and_a_plain_statement(corpus: Corpus) -> None:
    facts = [r for r in corpus.records if r.kind == "fact"]
    assert 25 <= len(facts) <= 40
    for fact in facts:
        assert fact.spans, fact.id
        assert fact.topics, fact.id
        assert fact.speaker is None
        assert fact.text.endswith("."), fact.id


def test_fact_values_are_iso_dates_or_numbers_with_units(corpus: Corpus) -> None:
    values = [v for r in corpus.records for v in r.values]
    assert any(v.type == "date" for v in values)
    assert any(v.type == "number" for v in values)
    for value in values:
        if value.type == "date":
            assert isinstance(value.value, str)
            assert re.fullmatch(r"\d{4}(-\d{2}){0,2}", value.value)
        else:
            assert value.unit


def test_ids_are_unique_and_readable(corpus: Corpus) -> None:
    ids = list(corpus.ids())
    assert len(ids) == len(set(ids))
    for record in corpus.records:
        assert ID.match(record.id), record.id
        assert record.id.startswith("q-" if record.kind == "quote" else "f-")


def test_one_spoken_quotation_is_one_record_across_articles(corpus: Corpus) -> None:
    # "first born" in one article, "firstborn" in the other: the same words, one record.
    holders = [
        r
        for r in corpus.records
        if any("first born" in s.text or "firstborn" in s.text for s in r.spans)
    ]
    assert len(holders) == 1
    wordings = {s.text for s in holders[0].spans}
    assert len({s.source for s in holders[0].spans}) == 2
    assert len(wordings) == 2


def test_every_topic_is_from_the_vocabulary(corpus: Corpus) -> None:
    used = {t for r in corpus.records for t in r.topics}
    assert used <= set(corpus.topics)
    assert {
        "defense",
        "quantum",
        "space",
        "energy",
        "tourism",
        "cybersecurity",
        "diplomacy",
    } <= used
