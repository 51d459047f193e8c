"""Find speakers by full name, surname, given name or alias, forgiving typos as search does."""

from __future__ import annotations

from collections.abc import Iterable

from fjquotes.model import Speaker
from fjquotes.textnorm import part_terms, typo_budget

NO_MATCH = 1 << 30


def _term_cost(query: str, candidates: Iterable[str], prefix: bool) -> int:
    from rapidfuzz.distance import OSA

    best = NO_MATCH
    budget = typo_budget(query)
    for term in candidates:
        if term == query:
            return 0
        if prefix and len(query) >= 2 and term.startswith(query):
            best = min(best, 1)
            continue
        if budget:
            edits = OSA.distance(query, term, score_cutoff=budget)
            # A typo in the first letter counts twice, as in search.
            cost = edits + (term[0] != query[0])
            if cost <= budget:
                best = min(best, 2 * cost)
    return best


def name_cost(query_terms: list[str], speaker: Speaker) -> int:
    """How far the query is from the speaker's closest name; NO_MATCH when a word has no match."""
    best = NO_MATCH
    for name in (speaker.name, *speaker.aliases):
        terms = part_terms(name)
        total = 0
        for i, term in enumerate(query_terms):
            cost = _term_cost(term, terms, prefix=i == len(query_terms) - 1)
            if cost == NO_MATCH:
                total = NO_MATCH
                break
            total += cost
        best = min(best, total)
    return best


def find_speakers(name: str, speakers: Iterable[Speaker]) -> list[Speaker]:
    """The speakers whose name matches best; several when they match equally well."""
    query_terms = part_terms(name)
    if not query_terms:
        return []
    scored = [(name_cost(query_terms, s), s) for s in speakers]
    matched = [(c, s) for c, s in scored if c != NO_MATCH]
    if not matched:
        return []
    best = min(c for c, _ in matched)
    return sorted((s for c, s in matched if c == best), key=lambda s: (s.name, s.id))


def nearest_names(name: str, speakers: Iterable[Speaker], limit: int = 3) -> list[str]:
    """The speaker names closest to `name`, for a "did you mean" hint."""
    from rapidfuzz import fuzz, process

    names = {s.name: s for s in speakers}
    found = process.extract(name, list(names), scorer=fuzz.WRatio, limit=limit, score_cutoff=60)
    return [n for n, _, _ in found]
