"""Scan the source texts independently: every quotation and pull quote must be in the corpus."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

import pytest

from fjquotes.model import Corpus, Span

OPEN, CLOSE = "“", "”"
# A name-and-title line under a pull quote: "Given Family, Title words" with no final period.
NAME_LINE = re.compile(r"[A-Z][\w-]+ [A-Z][\w-]+, [^.“”\"]+\Z")


@dataclass(frozen=True)
class Passage:
    source: str
    start: int
    end: int
    unclosed: bool


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each line of a source."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def quoted_passages(source: str, text: str) -> list[Passage]:
    """Every passage between curly or straight quotation marks; an unclosed one ends its line."""
    found = []
    for offset, line in paragraphs(text):
        i = 0
        while True:
            opening = min(
                (p for p in (line.find(OPEN, i), line.find('"', i)) if p >= 0), default=-1
            )
            if opening < 0:
                break
            closer = CLOSE if line[opening] == OPEN else '"'
            end = line.find(closer, opening + 1)
            reopen = line.find(line[opening], opening + 1)
            unclosed = end < 0 or (closer == CLOSE and 0 <= reopen < end)
            stop = len(line) if end < 0 or unclosed else end
            if unclosed and reopen >= 0:
                stop = reopen
            body = line[opening + 1 : stop].rstrip()
            found.append(
                Passage(source, offset + opening + 1, offset + opening + 1 + len(body), unclosed)
            )
            i = stop + (0 if unclosed else 1)
    return found


def pull_quotes(text: str) -> list[tuple[int, str, str]]:
    """(offset, paragraph, name line) for each unmarked paragraph followed by a name line."""
    paras = paragraphs(text)
    out = []
    for (offset, para), (_, after) in itertools.pairwise(paras):
        if OPEN in para or '"' in para or not para or len(para) < 40:
            continue
        if NAME_LINE.match(after) and len(after.split()) <= 12:
            out.append((offset, para, after))
    return out


def occurrences(corpus: Corpus, source: str) -> list[tuple[str, Span]]:
    return [
        (r.id, s)
        for r in corpus.records
        if r.kind == "quote"
        for s in r.spans
        if s.source == source
    ]


def test_the_scanner_finds_what_the_articles_hold(corpus: Corpus) -> None:
    # Guards the scanner itself: the README of the seeds says each article has one pull quote
    # and the first article one quotation that is never closed.
    texts = {sid: s.text or "" for sid, s in corpus.sources.items()}
    assert all(len(pull_quotes(t)) == 1 for t in texts.values())
    unclosed = [p for sid, t in texts.items() for p in quoted_passages(sid, t) if p.unclosed]
    assert len(unclosed) == 1


@pytest.mark.parametrize("source_id", ["bridges-partnership-2025", "bridges-patria-2025"])
def test_every_quoted_passage_is_a_quote_occurrence(corpus: Corpus, source_id: str) -> None:
    text = corpus.sources[source_id].text or ""
    spans = {(s.start, s.end): (rid, s) for rid, s in occurrences(corpus, source_id)}
    passages = quoted_passages(source_id, text)
    assert passages
    for passage in passages:
        hit = spans.get((passage.start, passage.end))
        assert hit is not None, f"not in the corpus: {text[passage.start : passage.end]!r}"
        assert hit[1].unclosed == passage.unclosed


@pytest.mark.parametrize("source_id", ["bridges-partnership-2025", "bridges-patria-2025"])
def test_every_pull_quote_is_covered_and_attributed(corpus: Corpus, source_id: str) -> None:
    text = corpus.sources[source_id].text or ""
    occ = occurrences(corpus, source_id)
    for offset, para, name_line in pull_quotes(text):
        inside = [(rid, s) for rid, s in occ if offset <= s.start and s.end <= offset + len(para)]
        covered: set[int] = set()
        for _, span in inside:
            assert span.pull_quote
            covered.update(range(span.start, span.end))
        missing = [
            text[i]
            for i in range(offset, offset + len(para))
            if i not in covered and not text[i].isspace()
        ]
        assert not missing, f"pull quote not covered: {para!r}"
        name = name_line.split(",")[0]
        for rid, _ in inside:
            record = corpus.get(rid)
            assert record is not None
            assert record.speaker is not None
            assert record.speaker.name == name


def test_each_body_quotation_names_its_speaker_in_its_paragraph(corpus: Corpus) -> None:
    for record in corpus.records:
        if record.kind != "quote" or record.speaker is None:
            continue
        names = {record.speaker.name, *record.speaker.aliases}
        for span in record.spans:
            if span.pull_quote:
                continue
            text = corpus.sources[span.source].text or ""
            start = text.rfind("\n", 0, span.start) + 1
            end = text.find("\n", span.end)
            paragraph = text[start : end if end >= 0 else len(text)]
            assert any(n in paragraph for n in names), (record.id, span.source)


def test_partial_quotations_are_marked(corpus: Corpus) -> None:
    # A partial quotation sits inside the author's sentence: lower-case start or no final stop.
    for record in corpus.records:
        if record.kind != "quote":
            continue
        inside_sentence = record.text[0].islower()
        if inside_sentence:
            assert record.partial, record.id
    assert any(r.partial for r in corpus.records)
