"""Search a corpus: typo-tolerant, ranked, filtered, with the matched spans of every hit."""

# Annotations evaluated, not strings, for the NamedTuples (see fjquotes.model).

from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate
from typing import NamedTuple

from fjquotes.index import EXACT, SearchIndex, Variant, field_text
from fjquotes.model import Corpus, Record, SearchHit
from fjquotes.query import ParsedQuery, parse_query
from fjquotes.ranking import Filter, Ranked, Ranker, WordPlan, make_ranker
from fjquotes.textnorm import TEXT_SEPARATOR, fold, part_terms, phrase_pattern, tokens

DEFAULT_LIMIT = 10


class Filters(NamedTuple):
    """Restrictions shared by search and list: each given filter must hold (values are ORed)."""

    kind: str | None = None
    topics: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    def active(self) -> bool:
        """True when any filter is set."""
        return bool(self.kind or self.topics or self.speakers or self.organizations or self.sources)


class SearchResult(NamedTuple):
    """The hits, best first, and how many records matched before the limit cut them."""

    hits: tuple[SearchHit, ...]
    total: int


class Searcher:
    """A corpus with its index and ranker, built once and queried many times."""

    def __init__(
        self,
        corpus: Corpus,
        use_numpy: bool | None = None,
        index: SearchIndex | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> None:
        self.corpus = corpus
        self.source_titles = {s.id: s.title for s in corpus.sources.values()}
        self.index = index or SearchIndex(corpus.records, self.source_titles, progress)
        self.ranker: Ranker = make_ranker(self.index, use_numpy)

    def filter_docs(self, filters: Filters) -> Filter | None:
        """The filters as groups of document lists, or None when nothing is filtered."""
        if not filters.active():
            return None
        index = self.index
        groups: Filter = []
        if filters.kind:
            groups.append([index.facet("kind", filters.kind)])
        for name, values in (
            ("topic", filters.topics),
            ("speaker", filters.speakers),
            ("source", filters.sources),
        ):
            if values:
                groups.append([index.facet(name, v) for v in values])
        if filters.organizations:
            groups.append([self._organization_docs(org) for org in filters.organizations])
        return groups

    def _organization_docs(self, name: str) -> list[int]:
        # Every word of the name must be a word of one of the record's organizations.
        docs: set[int] | None = None
        for term in part_terms(name):
            post = self.index.postings["organization"].get(term)
            found = set(post.docs) if post else set()
            docs = found if docs is None else docs & found
        return sorted(docs or ())

    def _plans(self, query: ParsedQuery) -> tuple[list[WordPlan], list[str]]:
        index = self.index
        plans: list[WordPlan] = []
        variant_terms: list[str] = []
        last = len(query.words) - 1
        words = [(w, i == last and query.last_is_prefix, True) for i, w in enumerate(query.words)]
        words += [(t, False, False) for phrase in query.phrases for t in phrase]
        for word, prefix, fuzzy in words:
            if fuzzy:
                variants = index.expand(word, prefix)
            else:
                variants = [Variant(word, EXACT)] if word in index.vocabulary else []
            if not variants:
                continue
            # One document frequency for all variants: a rare misspelling never looks precious.
            idf = index.idf(max(index.vocabulary[v.term] for v in variants))
            plans.append(
                WordPlan(
                    tuple(
                        (
                            v,
                            tuple(
                                (f, index.postings[f][v.term])
                                for f in index.postings
                                if v.term in index.postings[f]
                            ),
                        )
                        for v in variants
                    ),
                    idf,
                )
            )
            variant_terms.extend(v.term for v in variants)
        return plans, variant_terms

    def _phrase_docs(self, phrase: tuple[str, ...]) -> list[int]:
        index = self.index
        pattern = phrase_pattern(phrase)
        found: set[int] = set()
        # A phrase stands within one field: intersect that field's postings, rarest term first,
        # then scan the candidates' texts at once, joined so that no match crosses two.
        for name, table in index.postings.items():
            posts = [table.get(term) for term in phrase]
            if any(p is None for p in posts):
                continue
            ordered = sorted((p for p in posts if p is not None), key=lambda p: len(p.docs))
            candidates = set(ordered[0].docs)
            for post in ordered[1:]:
                candidates.intersection_update(post.docs)
            docs = sorted(candidates - found)
            chunks = [
                fold(TEXT_SEPARATOR.join(field_text(index.records[d], name, self.source_titles)))
                for d in docs
            ]
            starts = list(accumulate((len(c) + len(TEXT_SEPARATOR) for c in chunks), initial=0))
            joined = TEXT_SEPARATOR.join(chunks)
            pos = 0
            while (match := pattern.search(joined, pos)) is not None:
                i = bisect_right(starts, match.start()) - 1
                found.add(docs[i])
                pos = starts[i + 1]
        return sorted(found)

    def ranked(
        self, text: str, filters: Filters | None = None, limit: int | None = DEFAULT_LIMIT
    ) -> tuple[int, list[Ranked], set[str]]:
        """The match count, the best documents with their rank values, and the matched terms."""
        query = parse_query(text)
        plans, variant_terms = self._plans(query)
        if not plans:
            return 0, [], set()
        allowed = self.filter_docs(filters or Filters())
        if query.phrases:
            phrase_groups: Filter = [[self._phrase_docs(p)] for p in query.phrases]
            allowed = [*(allowed or []), *phrase_groups]
        total, ranked = self.ranker.rank(plans, allowed, limit)
        return total, ranked, set(variant_terms)

    def search(
        self, text: str, filters: Filters | None = None, limit: int | None = DEFAULT_LIMIT
    ) -> SearchResult:
        """Records matching `text`, best first; nothing when no word matches within its budget."""
        total, ranked, wanted = self.ranked(text, filters, limit)
        records = self.index.records
        hits = tuple(
            SearchHit(records[r.doc], r.bm25, match_spans(records[r.doc], wanted)) for r in ranked
        )
        return SearchResult(hits, total)

    def list(self, filters: Filters | None = None) -> list[Record]:
        """Every record the filters allow, in corpus order."""
        allowed = self.filter_docs(filters or Filters())
        if allowed is None:
            return list(self.corpus.records)
        docs = set.intersection(*(set().union(*lists) for lists in allowed))
        return [self.index.records[d] for d in sorted(docs)]


def match_spans(record: Record, wanted: set[str]) -> tuple[tuple[int, int], ...]:
    """Character spans of `record.text` whose words are among the matched terms."""
    return tuple((t.start, t.end) for t in tokens(record.text) if wanted.intersection(t.terms))


def search(
    corpus: Corpus, text: str, filters: Filters | None = None, limit: int | None = DEFAULT_LIMIT
) -> SearchResult:
    """Search `corpus` once; build a `Searcher` to query the same corpus many times."""
    return Searcher(corpus).search(text, filters, limit)


def sorted_by_place(records: Sequence[Record], corpus: Corpus) -> list[Record]:
    """Records by source (in corpus order), then by where they first stand in it."""
    order = {sid: i for i, sid in enumerate(corpus.sources)}

    def key(record: Record) -> tuple[int, int, str]:
        if not record.spans:
            return (len(order), 0, record.id)
        first = min(record.spans, key=lambda s: (order.get(s.source, len(order)), s.start))
        return (order.get(first.source, len(order)), first.start, record.id)

    return sorted(records, key=key)
