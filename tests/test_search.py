"""Search finds what people mean, ranks the best answer first, and returns nothing over junk."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from fjquotes._cli import app
from fjquotes.model import Corpus
from fjquotes.search import Filters, Searcher, search
from tests.factories import fact, make_corpus, person, quote


@pytest.fixture(scope="module")
def searcher(corpus: Corpus) -> Searcher:
    return Searcher(corpus)


def ids(searcher: Searcher, query: str, **filters: object) -> list[str]:
    result = searcher.search(query, Filters(**filters) if filters else None, limit=None)  # type: ignore[arg-type]
    return [h.record.id for h in result.hits]


def highlighted(searcher: Searcher, query: str) -> list[str]:
    hit = searcher.search(query).hits[0]
    return [hit.record.text[a:b] for a, b in hit.matches]


# --- the real corpus -----------------------------------------------------------------------


def test_hydrogen_finds_the_toyota_quote(searcher: Searcher) -> None:
    assert ids(searcher, "hydrogen")[0] == "q-okada-hydrogen-mobility"


def test_diacritics_are_folded_and_highlighted_in_the_original(searcher: Searcher) -> None:
    assert ids(searcher, "jyvaskyla") == ["q-okada-hydrogen-mobility"]
    assert highlighted(searcher, "jyvaskyla") == ["Jyväskylä"]


def test_multiplication_sign_is_x(searcher: Searcher) -> None:
    assert ids(searcher, "8x8")[0] == "f-amv-xp-8x8-latest-generation"
    assert highlighted(searcher, "8x8") == ["8×8"]


@pytest.mark.parametrize("query", ["Harju-Jeanty", "harju jeanty", "jeanty", "HARJU"])
def test_hyphenated_names_whole_and_by_part(searcher: Searcher, query: str) -> None:
    found = ids(searcher, query)
    assert found[:2] == ["q-harju-jeanty-fossil-future", "q-harju-jeanty-true-alignment"]


def test_one_typo_in_a_middle_length_word(searcher: Searcher) -> None:
    assert "q-okada-nearest-capital" in ids(searcher, "helsinky")


def test_two_typos_in_a_long_word(searcher: Searcher) -> None:
    assert ids(searcher, "hidrogan")[0] == "q-okada-hydrogen-mobility"


def test_transposition_is_one_edit(searcher: Searcher) -> None:
    # "oakda" is two Levenshtein edits from "okada" but one swap: within a 5-letter budget.
    assert "q-okada-never-closer" in ids(searcher, "oakda")


def test_second_word_of_other_article_wording_is_found(searcher: Searcher) -> None:
    assert ids(searcher, "firstborn") == ["q-rautalinko-firstborn-baby"]


def test_prefix_of_the_last_word(searcher: Searcher) -> None:
    assert ids(searcher, "hydro")[0] == "q-okada-hydrogen-mobility"
    assert ids(searcher, "sustainable mobi")[0] == "q-okada-hydrogen-mobility"


def test_phrase_must_stand_together(searcher: Searcher) -> None:
    assert ids(searcher, '"true alignment"') == ["q-harju-jeanty-true-alignment"]
    assert ids(searcher, "“true alignment”") == ["q-harju-jeanty-true-alignment"]
    assert ids(searcher, '"alignment true"') == []


def test_no_junk(searcher: Searcher) -> None:
    assert ids(searcher, "xyzzy qwrtp") == []
    assert searcher.search("").total == 0
    assert searcher.search("  ,.;!  ").total == 0


def test_filters(searcher: Searcher, corpus: Corpus) -> None:
    assert set(ids(searcher, "japan", kind="fact")) <= {
        r.id for r in corpus.records if r.kind == "fact"
    }
    energy = ids(searcher, "japan", topics=("energy",))
    assert energy
    assert all("energy" in corpus.get(i).topics for i in energy)  # type: ignore[union-attr]
    by_okada = ids(searcher, "japan", speakers=("takashi-okada",))
    assert by_okada
    assert all(i.startswith("q-okada") for i in by_okada)
    patria = ids(searcher, "japan", organizations=("patria",))
    assert patria
    assert "q-okada-nearest-capital" not in patria
    second = ids(searcher, "japan", sources=("bridges-patria-2025",))
    assert "q-okada-nearest-capital" not in second
    assert second


def test_limit_reports_the_total(searcher: Searcher) -> None:
    result = searcher.search("the", limit=3)
    assert len(result.hits) == 3
    assert result.total > 3
    assert [h.record.id for h in result.hits] == ids(searcher, "the")[:3]


# --- ranking rules on made-up corpora ------------------------------------------------------


def order(corpus: Corpus, query: str) -> list[str]:
    return [h.record.id for h in search(corpus, query, limit=None).hits]


def test_more_query_words_matched_ranks_first() -> None:
    corpus = make_corpus(fact("a", "alpha alpha alpha alpha."), fact("b", "alpha beta."))
    assert order(corpus, "alpha beta") == ["b", "a"]


def test_exact_before_prefix_before_fuzzy() -> None:
    corpus = make_corpus(fact("fuzzy", "pert"), fact("prefix", "portal"), fact("exact", "port"))
    assert order(corpus, "port") == ["exact", "prefix", "fuzzy"]


def test_first_letter_typo_costs_more() -> None:
    corpus = make_corpus(fact("first", "fountain"), fact("middle", "mountein"))
    assert order(corpus, "mountain") == ["middle", "first"]
    # In a 5-letter word a first-letter typo is over the one-typo budget.
    corpus = make_corpus(fact("first", "bkada"), fact("last", "okadb"))
    assert order(corpus, "okada") == ["last"]


def test_no_typos_in_short_words() -> None:
    corpus = make_corpus(fact("nec", "NEC"), fact("neo", "neo"))
    assert order(corpus, "nex") == []
    assert order(corpus, "nec") == ["nec"]


def test_speaker_name_outranks_a_passing_mention() -> None:
    okada = person("Takashi Okada")
    corpus = make_corpus(
        quote("mention", "I met Okada today.", person("Someone Else")),
        quote("spoken", "We deliver.", okada),
    )
    assert order(corpus, "okada") == ["spoken", "mention"]


def test_bm25_prefers_the_shorter_document() -> None:
    corpus = make_corpus(
        fact("long", "quantum and many other words in a long sentence here"),
        fact("short", "quantum words"),
    )
    assert order(corpus, "quantum") == ["short", "long"]


def test_ties_break_by_id_and_repeat_exactly() -> None:
    corpus = make_corpus(fact("b", "same words"), fact("a", "same words"), fact("c", "same words"))
    assert order(corpus, "same") == ["a", "b", "c"]
    assert [order(corpus, "words") for _ in range(3)] == [["a", "b", "c"]] * 3


def test_rare_misspelling_does_not_outrank_the_word_meant() -> None:
    common = [fact(f"h{i}", "hydrogen plant") for i in range(6)]
    corpus = make_corpus(*common, fact("rare", "hydrogem plant"))
    hits = search(corpus, "hydrogex", limit=None).hits
    scores = {h.record.id: h.score for h in hits}
    # Both variants are one edit away and share one document frequency: equal footing.
    assert scores["rare"] == scores["h0"]
    assert hits[0].record.id == "h0"


# --- the command line ----------------------------------------------------------------------


def test_cli_search_json_adds_score_and_matches(runner: CliRunner) -> None:
    result = runner.invoke(app, ["search", "hydrogen", "--json"])
    assert result.exit_code == 0
    (hit,) = json.loads(result.stdout)
    assert hit["id"] == "q-okada-hydrogen-mobility"
    assert hit["score"] > 0
    spans = [hit["text"][a:b] for a, b in hit["matches"]]
    assert "hydrogen" in spans


def test_cli_nothing_found_exits_1(runner: CliRunner) -> None:
    result = runner.invoke(app, ["search", "xyzzy", "--json"])
    assert result.exit_code == 1
    assert json.loads(result.stdout) == []
    table = runner.invoke(app, ["search", "xyzzy"])
    assert table.exit_code == 1
    assert table.stdout == ""


def test_cli_cut_results_are_counted(runner: CliRunner) -> None:
    result = runner.invoke(app, ["search", "the", "--limit", "2", "--json"])
    assert len(json.loads(result.stdout)) == 2
    assert "showing 2 of" in result.stderr
    table = runner.invoke(app, ["search", "the", "-n", "2"])
    assert "2 of" in table.stdout


def test_cli_unknown_topic_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["search", "japan", "--topic", "gossip"])
    assert result.exit_code == 2
    assert "unknown topic 'gossip'" in result.stderr
    assert "defense" in result.stderr


def test_cli_list_filters(runner: CliRunner) -> None:
    result = runner.invoke(app, ["list", "--topic", "space", "--kind", "fact", "--json"])
    records = json.loads(result.stdout)
    assert records
    assert all(r["kind"] == "fact" and "space" in r["topics"] for r in records)


def test_a_large_index_ranks_light_queries_in_python_and_heavy_ones_with_numpy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from fjquotes import ranking

    # Thresholds scaled down: an index of 40 records counts as large, 20 postings as much.
    monkeypatch.setattr(ranking, "NUMPY_MIN_DOCS", 40)
    monkeypatch.setattr(ranking, "NUMPY_MIN_WORK", 20)
    corpus = make_corpus(
        *(
            fact(f"f{i:02d}", f"Common words here {'rare' if i == 7 else 'plain'}.")
            for i in range(40)
        )
    )
    adaptive = Searcher(corpus)
    plain = Searcher(corpus, use_numpy=False)
    ranker = adaptive.ranker
    assert isinstance(ranker, ranking.AdaptiveRanker)

    def same(query: str, filters: Filters | None = None) -> None:
        got = adaptive.search(query, filters, limit=5)
        want = plain.search(query, filters, limit=5)
        assert (got.total, [(h.record.id, h.score) for h in got.hits]) == (
            want.total,
            [(h.record.id, h.score) for h in want.hits],
        )

    same("rare")  # one posting: numpy is not loaded for it
    assert ranker.numpy is None
    same("rare", Filters(kind="fact"))  # a filter of 40 entries is work too
    assert ranker.numpy is not None
    same("common words")  # and from then on numpy ranks, alike
