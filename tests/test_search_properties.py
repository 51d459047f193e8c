"""Properties of search that must hold for any query and any corpus."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fjquotes.model import Corpus
from fjquotes.query import parse_query
from fjquotes.search import Searcher
from fjquotes.textnorm import terms, typo_budget
from tests.factories import fact, make_corpus, person, quote

SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def osa(a: str, b: str) -> int:
    """Optimal string alignment distance, written out independently of rapidfuzz."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


def within_budget(word: str, term: str, prefix: bool) -> bool:
    if term == word or (prefix and len(word) >= 2 and term.startswith(word)):
        return True
    return osa(word, term) + (term[:1] != word[:1]) <= typo_budget(word)


def record_terms(searcher: Searcher, doc: int) -> set[str]:
    from fjquotes.index import FIELDS, field_text

    record = searcher.index.records[doc]
    texts = [field_text(record, f, searcher.source_titles) for f in FIELDS]
    return {t for values in texts for v in values for t in terms(v)}


def rank_key(r: object) -> tuple[float, ...]:
    return (-r.matched, r.penalty, -r.field, -r.bm25)  # type: ignore[attr-defined]


WORDS = [
    "hydrogen",
    "hydrogel",
    "japan",
    "japon",
    "finland",
    "quantum",
    "okada",
    "okuda",
    "port",
    "portal",
    "pert",
    "the",
    "of",
    "nordic",
    "nordics",
    "8x8",
    "jyväskylä",
]
query_text = st.lists(
    st.sampled_from(WORDS) | st.text(min_size=1, max_size=10), min_size=1, max_size=4
).map(" ".join)


@given(st.text(max_size=300))
@SETTINGS
def test_any_unicode_query_never_raises(corpus: Corpus, text: str) -> None:
    result = Searcher(corpus).search(text)
    assert len(result.hits) <= result.total


@given(query_text)
@SETTINGS
def test_results_are_sorted_and_match_within_budget(corpus: Corpus, text: str) -> None:
    searcher = Searcher(corpus)
    _, ranked, _ = searcher.ranked(text, limit=None)
    keys = [(*rank_key(r), searcher.index.id_rank[r.doc]) for r in ranked]
    assert keys == sorted(keys)
    query = parse_query(text)
    for r in ranked:
        held = record_terms(searcher, r.doc)
        last = len(query.words) - 1
        assert any(
            within_budget(w, t, i == last and query.last_is_prefix)
            for i, w in enumerate(query.words)
            for t in held
        ) or any(all(t in held for t in p) for p in query.phrases)


corpus_texts = st.lists(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(" ".join),
    min_size=1,
    max_size=25,
)


def build(texts: list[str]) -> Corpus:
    speakers = [person("Takashi Okada"), person("Esa Rautalinko"), None]
    return make_corpus(
        *(
            quote(f"r{i:03d}", t, speakers[i % 3]) if i % 2 else fact(f"r{i:03d}", t)
            for i, t in enumerate(texts)
        )
    )


@given(corpus_texts, query_text, st.sampled_from([None, 1, 3]))
@SETTINGS
def test_numpy_and_python_rankers_agree(texts: list[str], text: str, limit: int | None) -> None:
    corpus = build(texts)
    plain = Searcher(corpus, use_numpy=False).search(text, limit=limit)
    fast = Searcher(corpus, use_numpy=True).search(text, limit=limit)
    assert plain.total == fast.total
    assert [h.record.id for h in plain.hits] == [h.record.id for h in fast.hits]
    assert [h.score for h in plain.hits] == [h.score for h in fast.hits]


@given(
    st.lists(st.text(alphabet="abcde", min_size=1, max_size=9), min_size=1, max_size=60),
    st.text(alphabet="abcdef", min_size=4, max_size=10),
)
@settings(max_examples=600, deadline=None)
def test_fuzzy_expansion_is_the_same_with_and_without_rapidfuzz(
    vocab: list[str], word: str
) -> None:
    from fjquotes.index import SearchIndex
    from fjquotes.textnorm import typo_budget

    index = SearchIndex([fact(f"f{i}", w) for i, w in enumerate(vocab)], {})
    budget = typo_budget(word)
    assert sorted(index._fuzzy_small(word, budget)) == sorted(index._fuzzy_rapidfuzz(word, budget))


@given(
    st.lists(st.text(alphabet="aäbc\u00e9\U0001f600", max_size=6), unique=True, max_size=40),
    st.text(alphabet="aäbc", max_size=4),
)
@settings(max_examples=300, deadline=None)
def test_a_cached_vocabulary_answers_like_a_built_one(words: list[str], probe: str) -> None:
    from fjquotes.index import PackedTerms, Vocabulary

    built = Vocabulary.build({w: i % 3 + 1 for i, w in enumerate(words)})
    blob, ends = PackedTerms.pack(built.terms)
    order = memoryview(bytes(built.in_letter_order())).cast("I")
    cached = Vocabulary(
        PackedTerms(memoryview(blob), memoryview(ends).cast("Q")), built.freqs, order
    )
    assert list(cached) == list(built)
    assert cached.longest() == built.longest()
    assert (probe in cached, cached.get(probe)) == (probe in built, built.get(probe))
    for length in range(built.longest() + 2):
        assert cached.of_length(length) == built.of_length(length)
        assert cached.starting(probe, length) == built.starting(probe, length)
    longer = [w for w in words if w.startswith(probe) and w != probe]
    for limit in (1, 3, 50):
        found = cached.completions(probe, limit)
        assert found == built.completions(probe, limit)
        assert len(found) == min(limit, len(longer))
        assert set(found) <= set(longer)
        # The most frequent first: none left out is more frequent than one kept.
        left_out = set(longer) - set(found)
        assert all(built[w] <= built[k] for w in left_out for k in found)


@given(
    st.text(alphabet="abcdefg", min_size=4, max_size=9),
    st.lists(
        st.tuples(st.integers(0, 9), st.sampled_from("abcxyz"), st.sampled_from("sidt")),
        min_size=1,
        max_size=2,
    ),
    st.lists(st.text(alphabet="abcdefgxyz", min_size=2, max_size=11), max_size=30),
)
@settings(max_examples=600, deadline=None)
def test_fuzzy_expansion_finds_every_term_within_budget(
    word: str, edits: list[tuple[int, str, str]], others: list[str]
) -> None:
    from fjquotes.index import SearchIndex

    # Terms made by editing the word, with letters it does not have, beside unrelated ones.
    edited = word
    for place, letter, kind in edits:
        at = place % len(edited)
        if kind == "s":
            edited = edited[:at] + letter + edited[at + 1 :]
        elif kind == "i":
            edited = edited[:at] + letter + edited[at:]
        elif kind == "d" and len(edited) > 2:
            edited = edited[:at] + edited[at + 1 :]
        elif at + 1 < len(edited):
            edited = edited[:at] + edited[at + 1] + edited[at] + edited[at + 2 :]
    vocab = [word, edited, *others]
    index = SearchIndex([fact(f"f{i}", w) for i, w in enumerate(vocab)], {})
    budget = typo_budget(word)
    expected = {
        t: osa(word, t) + (t[0] != word[0])
        for t in index.vocabulary
        if t != word and osa(word, t) + (t[0] != word[0]) <= budget
    }
    assert dict(index._fuzzy_small(word, budget)) == expected
