"""`fjquotes by NAME` finds a speaker however the name is typed."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from fjquotes._cli import app
from fjquotes.model import Corpus
from fjquotes.speakers import find_speakers
from tests.factories import person


@pytest.mark.parametrize(
    ("typed", "speaker_id"),
    [
        ("Rautalinko", "esa-rautalinko"),
        ("Rautlinko", "esa-rautalinko"),
        ("esa", "esa-rautalinko"),
        ("okada", "takashi-okada"),
        ("Ambassador Okada", "takashi-okada"),
        ("TAKASHI OKADA", "takashi-okada"),
        ("harju jeanty", "tomas-harju-jeanty"),
        ("Harju-Jeanty", "tomas-harju-jeanty"),
        ("Monagan", "dylan-monaghan"),
    ],
)
def test_names_surnames_aliases_and_typos(corpus: Corpus, typed: str, speaker_id: str) -> None:
    assert [s.id for s in find_speakers(typed, corpus.speakers.values())] == [speaker_id]


def test_a_shared_surname_lists_every_speaker() -> None:
    speakers = [person("Anna Virtanen"), person("Mikko Virtanen"), person("Anna Korhonen")]
    assert [s.name for s in find_speakers("virtanen", speakers)] == [
        "Anna Virtanen",
        "Mikko Virtanen",
    ]
    assert [s.name for s in find_speakers("anna virtanen", speakers)] == ["Anna Virtanen"]


def test_an_exact_name_beats_a_near_one() -> None:
    speakers = [person("Kenji Okada"), person("Kenji Okuda")]
    assert [s.name for s in find_speakers("okada", speakers)] == ["Kenji Okada"]


def test_by_lists_quotes_in_source_order(runner: CliRunner) -> None:
    result = runner.invoke(app, ["by", "rautalinko", "--json"])
    assert result.exit_code == 0
    records = json.loads(result.stdout)
    assert {r["speaker"]["id"] for r in records} == {"esa-rautalinko"}
    assert len(records) == len({r["id"] for r in records})
    places = [
        (r["sources"][0]["source"] != "bridges-partnership-2025", r["sources"][0]["start"])
        for r in records
    ]
    assert places == sorted(places)


def test_by_unknown_name_exits_1_with_nearest_names(runner: CliRunner) -> None:
    result = runner.invoke(app, ["by", "Dillon", "Monahgan"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "no speaker matches 'Dillon Monahgan'" in result.stderr
    assert "Dylan Monaghan" in result.stderr
