"""Rank documents by the search rules; a plain-Python ranker for corpora of ordinary size.

The rules, in order: more distinct query words matched; fewer typos (exact, then prefix, then
each edit); a better field; BM25 (k1 1.2, b 0.75); then the record id. A document scores each
query word by its best variant, judged by those same rules.
"""

# Annotations evaluated, not strings, for the NamedTuples (see fjquotes.model).

import heapq
from collections.abc import Sequence
from typing import NamedTuple, Protocol

from fjquotes.index import FIELD_WEIGHTS, K1, B, Postings, SearchIndex, Variant

NO_MATCH = 1 << 30


class WordPlan(NamedTuple):
    """One query word: its variants with their postings per field, and its shared IDF."""

    variants: tuple[tuple[Variant, tuple[tuple[str, Postings], ...]], ...]
    idf: float


class Ranked(NamedTuple):
    """A matched document and the values the rules compare, best first."""

    doc: int
    matched: int
    penalty: int
    field: float
    bm25: float


def bm25_part(tf: float, length: float, avg_length: float) -> float:
    """BM25's term-frequency part; both rankers compute exactly this, in this order."""
    return tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * length / avg_length))


# Indexes of this many documents may rank with numpy; smaller ones never need it.
NUMPY_MIN_DOCS = 20_000
# A query touching this many postings and filter entries ranks faster with numpy even after
# paying for its import (about 60 ms); below it, plain Python answers first.
NUMPY_MIN_WORK = 30_000

Filter = list[list[Sequence[int]]]
"""Allowed documents: every group must hold the document, and a group holds it if any list does."""


class Ranker(Protocol):
    """Ranks documents of one index for a query's word plans."""

    def rank(
        self, plans: Sequence[WordPlan], allowed: Filter | None, limit: int | None
    ) -> tuple[int, list[Ranked]]:
        """The number of matching documents and the best `limit` of them, in rank order."""


def make_ranker(index: SearchIndex, use_numpy: bool | None = None) -> Ranker:
    """The ranker for this index: plain Python, numpy, or for large ones whichever fits a query."""
    if use_numpy is None:
        return AdaptiveRanker(index) if index.size >= NUMPY_MIN_DOCS else PythonRanker(index)
    if use_numpy:
        from fjquotes.ranking_numpy import NumpyRanker

        return NumpyRanker(index)
    return PythonRanker(index)


def query_work(plans: Sequence[WordPlan], allowed: Filter | None) -> int:
    """How many postings and filter entries a query touches."""
    work = sum(
        len(post.docs) for plan in plans for _, fields in plan.variants for _, post in fields
    )
    if allowed is not None:
        work += sum(len(docs) for lists in allowed for docs in lists)
    return work


class AdaptiveRanker:
    """Plain Python for queries that touch little, numpy from the first query that touches much.

    Both rank alike; a command that runs one rare-word query on a large corpus then never
    imports numpy, and once numpy is loaded, every later query uses it.
    """

    def __init__(self, index: SearchIndex) -> None:
        self.index = index
        self.python = PythonRanker(index)
        self.numpy: Ranker | None = None

    def rank(
        self, plans: Sequence[WordPlan], allowed: Filter | None, limit: int | None
    ) -> tuple[int, list[Ranked]]:
        """The number of matching documents and the best `limit` of them, in rank order."""
        if self.numpy is None and query_work(plans, allowed) >= NUMPY_MIN_WORK:
            from fjquotes.ranking_numpy import NumpyRanker

            self.numpy = NumpyRanker(self.index)
        return (self.numpy or self.python).rank(plans, allowed, limit)


class PythonRanker:
    """The rules in plain Python: no import cost, fast enough for tens of thousands of records."""

    def __init__(self, index: SearchIndex) -> None:
        self.index = index

    def _best_per_doc(
        self, plan: WordPlan, allowed: set[int] | None
    ) -> dict[int, tuple[int, float, float]]:
        index = self.index
        best: dict[int, tuple[int, float, float]] = {}
        for variant, fields in plan.variants:
            scores: dict[int, float] = {}
            weights: dict[int, float] = {}
            for field, post in fields:
                weight = FIELD_WEIGHTS[field]
                lengths, avg = index.lengths[field], index.avg_length[field]
                for doc, tf in zip(post.docs, post.tfs, strict=True):
                    if allowed is not None and doc not in allowed:
                        continue
                    score = plan.idf * (weight * bm25_part(tf, lengths[doc], avg))
                    scores[doc] = scores.get(doc, 0.0) + score
                    weights[doc] = max(weights.get(doc, 0.0), weight)
            for doc, score in scores.items():
                cand = (variant.penalty, weights[doc], score)
                cur = best.get(doc)
                if cur is None or (cand[0], -cand[1], -cand[2]) < (cur[0], -cur[1], -cur[2]):
                    best[doc] = cand
        return best

    def rank(
        self, plans: Sequence[WordPlan], allowed: Filter | None, limit: int | None
    ) -> tuple[int, list[Ranked]]:
        """The number of matching documents and the best `limit` of them, in rank order."""
        permitted = None
        if allowed is not None:
            groups = [set().union(*lists) for lists in allowed]
            permitted = set.intersection(*groups) if groups else None
        totals: dict[int, list[float]] = {}
        for plan in plans:
            for doc, (penalty, weight, score) in self._best_per_doc(plan, permitted).items():
                acc = totals.get(doc)
                if acc is None:
                    totals[doc] = [1, penalty, weight, score]
                else:
                    acc[0] += 1
                    acc[1] += penalty
                    acc[2] += weight
                    acc[3] += score
        id_rank = self.index.id_rank

        def key(item: tuple[int, list[float]]) -> tuple[float, float, float, float, int]:
            doc, (matched, penalty, weight, score) = item
            return (-matched, penalty, -weight, -score, id_rank[doc])

        items = totals.items()
        top = sorted(items, key=key) if limit is None else heapq.nsmallest(limit, items, key=key)
        return len(totals), [Ranked(doc, int(a[0]), int(a[1]), a[2], a[3]) for doc, a in top]
