"""Score the extractor against known quotations: precision, recall and speaker accuracy.

Known quotations come from a corpus (its quote occurrences in the source texts it ships) or
from a folder of articles with a `gold.json` that lists, for each article file, the quoted
words and who may be credited with them:

    {"article.txt": [["the quoted words, as they stand", ["Full Name"]],
                     ["words of a company statement", [null]]]}

Words that stand in several places (a pull quote and the body) are labelled once for each
place, in text order; where they also stand inside a longer labelled quotation, that place
belongs to the longer one.

A quotation is found when a candidate covers at least 80% of it (and it of the candidate);
recall_exact counts exact spans; speaker accuracy counts quotations found with a speaker the
gold allows (null: nobody, as for "the company said").
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from fjquotes.errors import CorpusError
from fjquotes.extract import extract
from fjquotes.model import Corpus


class Known(NamedTuple):
    """A quotation known to be in a text, and the speakers it may be credited to."""

    text_id: str
    start: int
    end: int
    speakers: frozenset[str | None]


class Found(NamedTuple):
    """A quotation the extractor proposed."""

    text_id: str
    start: int
    end: int
    speaker: str | None


def _overlap(a: Known | Found, b: Known | Found) -> float:
    if a.text_id != b.text_id:
        return 0.0
    shared = max(0, min(a.end, b.end) - max(a.start, b.start))
    return shared / max(a.end - a.start, b.end - b.start)


def _extracted(text_id: str, text: str) -> list[Found]:
    return [
        Found(text_id, c.start, c.end, c.speaker.name if c.speaker else None) for c in extract(text)
    ]


def score(known: Sequence[Known], found: Sequence[Found]) -> dict[str, float]:
    """Recall (exact span, >=80% overlap), precision, F1 and speaker accuracy."""
    if not known or not found:
        return dict.fromkeys(("recall_exact", "recall_80", "precision", "f1", "speakers"), 0.0)
    exact = sum(any(f[:3] == k[:3] for f in found) for k in known)
    near = [k for k in known if any(_overlap(f, k) >= 0.8 for f in found)]
    right = sum(
        any(_overlap(f, k) >= 0.8 and f.speaker in k.speakers for f in found) for k in known
    )
    correct = sum(any(_overlap(f, k) >= 0.8 for k in known) for f in found)
    recall, precision = len(near) / len(known), correct / len(found)
    return {
        "recall_exact": exact / len(known),
        "recall_80": recall,
        "precision": precision,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "speakers": right / len(known),
    }


def evaluate(corpus: Corpus) -> dict[str, float]:
    """The scores on every source of `corpus` that ships its text."""
    known: list[Known] = []
    found: list[Found] = []
    for source_id, source in corpus.sources.items():
        if source.text is None:
            continue
        known += [
            Known(source_id, s.start, s.end, frozenset({r.speaker.name if r.speaker else None}))
            for r in corpus.records
            if r.kind == "quote"
            for s in r.spans
            if s.source == source_id
        ]
        found += _extracted(source_id, source.text)
    return score(known, found)


def evaluate_articles(folder: Path) -> dict[str, float]:
    """The scores on a folder of articles labelled by its `gold.json`."""
    gold_path = folder / "gold.json"
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CorpusError(f"{gold_path}: cannot read the labels: {exc}") from None
    known: list[Known] = []
    found: list[Found] = []
    for name, quotes in gold.items():
        try:
            text = (folder / name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CorpusError(f"{gold_path}: cannot read the article {name!r}: {exc}") from None
        known += _located(name, text, quotes)
        found += _extracted(name, text)
    return score(known, found)


def _occurrences(text: str, words: str) -> list[int]:
    places, at = [], text.find(words)
    while at >= 0:
        places.append(at)
        at = text.find(words, at + len(words))
    return places


def _located(name: str, text: str, quotes: object) -> list[Known]:
    if not isinstance(quotes, list):
        raise CorpusError(f"{name}: the labels must be a list of [words, [speakers]]")
    labels: list[tuple[str, frozenset[str | None]]] = []
    for item in quotes:
        words, speakers = item if isinstance(item, list) and len(item) == 2 else (None, None)
        if not isinstance(words, str) or not words or words not in text:
            raise CorpusError(f"{name}: the labelled words {words!r} are not in the text")
        if not isinstance(speakers, list) or not all(
            s is None or isinstance(s, str) for s in speakers
        ):
            raise CorpusError(f"{name}: the speakers of {words!r} must be a list of names or null")
        labels.append((words, frozenset(speakers)))
    # A place inside a longer labelled quotation ("show that we stand together") is that one's.
    standing = {w: _occurrences(text, w) for w, _ in labels}
    spans = {(at, at + len(w)) for w, ats in standing.items() for at in ats}
    places = {
        w: [
            a
            for a in ats
            if not any(s <= a and a + len(w) <= e and e - s > len(w) for s, e in spans)
        ]
        for w, ats in standing.items()
    }
    stands = {w: len(p) for w, p in places.items()}
    out = []
    for words, speakers in labels:
        if not places[words]:
            raise CorpusError(
                f"{name}: the words {words!r} are labelled more times than they stand there"
            )
        at = places[words].pop(0)
        out.append(Known(name, at, at + len(words), speakers))
    for words, left in places.items():
        if left:
            raise CorpusError(
                f"{name}: the words {words!r} stand {stands[words]} times; label each place"
            )
    return out
