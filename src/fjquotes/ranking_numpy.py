"""The search rules vectorised with numpy, for indexes of tens of thousands of records and more.

It views the index's `array` postings without copying and ranks exactly as the plain-Python
ranker does: the same formula with the same rounding, the same order of additions, the same
tie-breaks. Fresh large arrays are costly (every page is a fault), so arithmetic is done in
place and per-query arrays are kept to the postings a query touches.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby
from typing import Any

import numpy as np
import numpy.typing as npt

from fjquotes.index import FIELD_WEIGHTS, K1, B, Postings, SearchIndex
from fjquotes.ranking import Filter, Ranked, WordPlan

Floats = npt.NDArray[np.float64]
Docs = npt.NDArray[np.uint32]
Ints = npt.NDArray[np.int64]
Mask = npt.NDArray[np.bool_]


class _Matches:
    """Documents with, per document, matched-word count, penalty, field weight and score."""

    def __init__(
        self, docs: Docs, matched: Ints, penalty: Ints, weight: Floats, score: Floats
    ) -> None:
        self.docs, self.matched, self.penalty = docs, matched, penalty
        self.weight, self.score = weight, score

    def take(self, where: npt.NDArray[np.intp] | Mask) -> _Matches:
        """The matches at these positions."""
        return _Matches(
            self.docs[where],
            self.matched[where],
            self.penalty[where],
            self.weight[where],
            self.score[where],
        )


class NumpyRanker:
    """The rules over numpy views of the postings; cost follows the postings a query touches."""

    def __init__(self, index: SearchIndex) -> None:
        self.index = index
        self.size = index.size
        self._lengths: dict[str, Floats] = {}
        self.id_rank = np.frombuffer(index.id_rank, dtype=np.uint32)

    def _field_lengths(self, field: str) -> Floats:
        # Converted on first use: a query usually touches one or two of the six fields.
        found = self._lengths.get(field)
        if found is None:
            raw = np.frombuffer(self.index.lengths[field], dtype=np.uint32)
            found = self._lengths[field] = raw.astype(np.float64)
        return found

    def _mask(self, allowed: Filter | None) -> Mask | None:
        if allowed is None:
            return None
        mask = np.ones(self.size, dtype=bool)
        for lists in allowed:
            group = np.zeros(self.size, dtype=bool)
            for docs in lists:
                group[np.asarray(docs, dtype=np.intp)] = True
            mask &= group
        return mask

    def _field(
        self, idf: float, field: str, post: Postings, mask: Mask | None
    ) -> tuple[Docs, Floats]:
        """Documents holding a term in one field, and their BM25 scores for it."""
        docs: Docs = np.frombuffer(post.docs, dtype=np.uint32)
        score = np.frombuffer(post.tfs, dtype=np.uint32).astype(np.float64)
        if mask is not None:
            keep = mask[docs]
            docs, score = docs[keep], score[keep]
        # The Python ranker computes idf * (w * (tf * (k1 + 1) / (tf + k1 * (1 - b + b * dl /
        # avgdl)))); IEEE addition and multiplication commute, so this in-place order rounds
        # exactly as it does.
        denom = self._field_lengths(field)[docs]
        denom *= B
        denom /= self.index.avg_length[field]
        denom += 1.0 - B
        denom *= K1
        denom += score
        score *= K1 + 1.0
        score /= denom
        score *= FIELD_WEIGHTS[field]
        score *= idf
        return docs, score

    def _variant(
        self, idf: float, fields: Sequence[tuple[str, Postings]], mask: Mask | None
    ) -> tuple[Docs, Floats, Floats]:
        """One variant's documents with their score summed over fields and best field weight."""
        found = [self._field(idf, field, post, mask) for field, post in fields]
        if len(found) == 1:
            docs, score = found[0]
            return docs, score, np.full(len(docs), FIELD_WEIGHTS[fields[0][0]])
        all_docs = np.concatenate([d for d, _ in found])
        unique, inverse = np.unique(all_docs, return_inverse=True)
        # bincount adds in input order, field by field, as the Python ranker does.
        scores = np.bincount(
            inverse, weights=np.concatenate([s for _, s in found]), minlength=len(unique)
        ).astype(np.float64, copy=False)
        weights = np.zeros(len(unique))
        field_weights = np.concatenate(
            [
                np.full(len(d), FIELD_WEIGHTS[f])
                for (d, _), (f, _) in zip(found, fields, strict=True)
            ]
        )
        np.maximum.at(weights, inverse, field_weights)
        return unique.astype(np.uint32, copy=False), scores, weights

    def _word(self, plan: WordPlan, mask: Mask | None) -> _Matches:
        """Each document's best variant of one query word."""
        groups = [list(g) for _, g in groupby(plan.variants, key=lambda v: v[0].penalty)]
        covered = np.zeros(self.size, dtype=bool) if len(groups) > 1 else None
        parts: list[tuple[Docs, int, Floats, Floats]] = []
        # Fewer typos always win, so a penalty group only fills documents no better one holds.
        for group in groups:
            found = [self._variant(plan.idf, fields, mask) for _, fields in group]
            docs, score, weight = found[0] if len(found) == 1 else _best_of(found)
            if covered is not None:
                if parts:
                    new = ~covered[docs]
                    docs, score, weight = docs[new], score[new], weight[new]
                covered[docs] = True
            parts.append((docs, group[0][0].penalty, weight, score))
        docs = np.concatenate([p[0] for p in parts]) if len(parts) > 1 else parts[0][0]
        penalty = np.repeat(
            np.array([p[1] for p in parts], dtype=np.int64), [len(p[0]) for p in parts]
        )
        weight = np.concatenate([p[2] for p in parts]) if len(parts) > 1 else parts[0][2]
        score = np.concatenate([p[3] for p in parts]) if len(parts) > 1 else parts[0][3]
        return _Matches(docs, np.ones(len(docs), dtype=np.int64), penalty, weight, score)

    def _combine(self, words: Sequence[_Matches]) -> _Matches:
        """Sum the words' matches per document, word by word, as the Python ranker adds them."""
        n = self.size
        matched = np.zeros(n, dtype=np.int64)
        penalty = np.zeros(n, dtype=np.int64)
        weight = np.zeros(n)
        score = np.zeros(n)
        for word in words:
            # Each word holds a document once, so fancy-index addition is exact.
            matched[word.docs] += 1
            penalty[word.docs] += word.penalty
            weight[word.docs] += word.weight
            score[word.docs] += word.score
        docs = np.flatnonzero(matched).astype(np.uint32)
        return _Matches(docs, matched[docs], penalty[docs], weight[docs], score[docs])

    def rank(
        self, plans: Sequence[WordPlan], allowed: Filter | None, limit: int | None
    ) -> tuple[int, list[Ranked]]:
        """The number of matching documents and the best `limit` of them, in rank order."""
        mask = self._mask(allowed)
        words = [self._word(plan, mask) for plan in plans]
        found = words[0] if len(words) == 1 else self._combine(words)
        total = len(found.docs)
        if limit is not None:
            found = found.take(_contenders(found, limit))
        order = np.lexsort(
            (self.id_rank[found.docs], -found.score, -found.weight, found.penalty, -found.matched)
        )
        if limit is not None:
            order = order[:limit]
        return total, [
            Ranked(
                int(found.docs[i]),
                int(found.matched[i]),
                int(found.penalty[i]),
                float(found.weight[i]),
                float(found.score[i]),
            )
            for i in order
        ]


def _best_of(found: Sequence[tuple[Docs, Floats, Floats]]) -> tuple[Docs, Floats, Floats]:
    """Per document, the variant (of equal penalty) with the better field, then higher score."""
    docs = np.concatenate([f[0] for f in found])
    scores = np.concatenate([f[1] for f in found])
    weights = np.concatenate([f[2] for f in found])
    # lexsort is stable: on a full tie the earlier variant stays first, as in the Python ranker.
    order = np.lexsort((-scores, -weights, docs))
    sorted_docs = docs[order]
    first = np.ones(len(order), dtype=bool)
    first[1:] = sorted_docs[1:] != sorted_docs[:-1]
    chosen = order[first]
    return docs[chosen], scores[chosen], weights[chosen]


# Up to this many places the k-th value is found by stepping through distinct values, which
# allocates only boolean masks; rank keys have few distinct values, so few steps are taken.
_STEP_LIMIT = 32


def _kth(values: npt.NDArray[Any], k: int, largest: bool) -> Any:
    """The k-th smallest value (k-th largest if `largest`), counting duplicates."""
    if k > _STEP_LIMIT:
        ordered = np.partition(values, len(values) - k if largest else k - 1)
        return ordered[len(values) - k if largest else k - 1]
    value = values.max() if largest else values.min()
    count = np.count_nonzero(values == value)
    while count < k:
        if largest:
            value = values.max(where=values < value, initial=values.min())
        else:
            value = values.min(where=values > value, initial=values.max())
        count += np.count_nonzero(values == value)
    return value


def _contenders(found: _Matches, limit: int) -> npt.NDArray[np.intp]:
    """Positions of a small superset of the best `limit` matches, the rule keys taken in order.

    Matches ahead of the limit-th value of a key are in; those equal to it compete for the
    places left, decided by the next key. Nothing that belongs in the top is dropped.
    """
    keys = (
        (found.matched, True),
        (found.penalty, False),
        (found.weight, True),
        (found.score, True),
    )
    chosen: list[npt.NDArray[np.intp]] = []
    positions = np.arange(len(found.docs))
    for key, largest in keys:
        if len(positions) <= limit:
            break
        values = key[positions]
        if values.min() == values.max():
            continue
        kth = _kth(values, limit, largest)
        ahead = positions[values > kth] if largest else positions[values < kth]
        chosen.append(ahead)
        limit -= len(ahead)
        positions = positions[values == kth]
    return np.concatenate([*chosen, positions])
