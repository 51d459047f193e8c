"""Indexing and querying fold text the same way, and keep offsets into the original."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fjquotes.textnorm import (
    fold,
    part_terms,
    phrase_pattern,
    terms,
    tokens,
    typo_budget,
    word_terms,
)


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Jyväskylä", "jyvaskyla"),
        (
            "ØRESUND Æble Œuvre Łódź Đakovo Þór Straße",
            "oresund aeble oeuvre lodz dakovo thor strasse",
        ),
        ("8×8", "8x8"),
        ("Finland’s “Nordic”", 'finland\'s "nordic"'),
        ("ｆｕｌｌｗｉｄｔｈ", "fullwidth"),
    ],
)
def test_fold(raw: str, folded: str) -> None:
    assert fold(raw) == folded


def test_hyphenated_words_index_whole_and_by_part() -> None:
    assert terms("Tomas Harju-Jeanty") == ["tomas", "harju", "jeanty", "harjujeanty"]
    assert word_terms("Harju-Jeanty") == ["harjujeanty"]
    assert part_terms("Harju-Jeanty") == ["harju", "jeanty"]


def test_possessives_and_apostrophes() -> None:
    assert terms("Finland’s excess wind") == ["finland", "excess", "wind"]
    assert terms("You can’t") == ["you", "cant"]


def test_dashes_between_clauses_split_words() -> None:
    assert terms("cooperating—they are") == ["cooperating", "they", "are"]


def test_token_spans_point_into_the_original_text() -> None:
    text = "In Jyväskylä’s 8×8 Harju-Jeanty"
    spans = [text[t.start : t.end] for t in tokens(text)]
    assert spans == ["In", "Jyväskylä’s", "8×8", "Harju-Jeanty"]
    assert tokens(text)[1].terms == ("jyvaskyla",)


def test_terms_and_tokens_agree() -> None:
    text = "ÅLAND’s Øre-sund × İstanbul ﬁnance ½"
    assert [t for tok in tokens(text) for t in tok.terms] == terms(text)


@pytest.mark.parametrize(
    ("word", "budget"),
    [("nec", 0), ("iqm", 0), ("okada", 1), ("finland", 1), ("hydrogen", 2), ("rautalinko", 2)],
)
def test_typo_budget_by_length(word: str, budget: int) -> None:
    assert typo_budget(word) == budget


PIECES = [
    "Finland",
    "’s",
    "can't",
    "Harju-Jeanty",
    "8×8",
    "Jyväskylä",
    " ",
    " ",
    "—",
    "-",
    "'",
    "“",
    "”",
    ",",
    "ØRE",
    "İ",
    "ﬁ",
    "_",
    "x",
]


@given(st.text() | st.lists(st.sampled_from(PIECES)).map("".join))
@settings(max_examples=300, deadline=None)
def test_index_terms_equal_the_terms_of_tokens(text: str) -> None:
    # The fast tokenizer used to build the index and the offset-keeping one used to highlight
    # must agree on every text, or highlights would drift from what matched.
    assert [t for tok in tokens(text) for t in tok.terms] == terms(text)


TRICKY = [
    "a's",
    "as",
    "can't",
    "cant's",
    "can'ts",
    "o'japan",
    "'japan",
    "japan'",
    "japan's",
    "japan-and",
    "and'sx",
    "rock'n's",
    "s's",
    "japan",
    "and",
    "x",
    " ",
    "-",
    "'",
    "_",
    "—",
    "’",
    "2",
]


def _has_run(seq: list[str], phrase: list[str]) -> bool:
    n = len(phrase)
    return any(seq[i : i + n] == phrase for i in range(len(seq) - n + 1))


@given(
    st.lists(st.sampled_from(TRICKY), min_size=1, max_size=8).map("".join),
    st.lists(
        st.sampled_from(["japan", "and", "cant", "cants", "ojapan", "x", "s", "as", "rockn", "2"]),
        min_size=1,
        max_size=3,
    ),
)
@settings(max_examples=1500, deadline=None)
def test_phrase_pattern_is_exactly_the_tokenizer(text: str, phrase: list[str]) -> None:
    found = bool(phrase_pattern(phrase).search(fold(text)))
    assert found == _has_run(part_terms(text), phrase), (text, phrase)


@given(st.text(), st.lists(st.text(min_size=1), min_size=1, max_size=3))
@settings(max_examples=500, deadline=None)
def test_phrase_pattern_exact_on_any_text(text: str, words: list[str]) -> None:
    phrase = [t for w in words for t in part_terms(w)]
    if phrase:
        found = bool(phrase_pattern(phrase).search(fold(text)))
        assert found == _has_run(part_terms(text), phrase), (text, phrase)
