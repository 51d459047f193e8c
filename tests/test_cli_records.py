"""`list` and `show` print the corpus in the stable record shape."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from fjquotes import __version__
from fjquotes._cli import app
from fjquotes.model import Corpus

RECORD_KEYS = {"id", "kind", "text", "speaker", "topics", "organizations", "sources"}
SOURCE_KEYS = {"source", "start", "end", "text"}


def test_list_json_has_every_record_in_the_stable_shape(runner: CliRunner, corpus: Corpus) -> None:
    result = runner.invoke(app, ["list", "--json"])
    assert result.exit_code == 0
    records = json.loads(result.stdout)
    assert [r["id"] for r in records] == list(corpus.ids())
    for record in records:
        assert set(record) >= RECORD_KEYS
        assert record["sources"]
        for source in record["sources"]:
            assert set(source) >= SOURCE_KEYS
        if record["kind"] == "quote":
            assert set(record["speaker"]) == {"id", "name", "role", "organization"}
        else:
            assert record["speaker"] is None


def test_list_kind_filters(runner: CliRunner) -> None:
    facts = json.loads(runner.invoke(app, ["list", "--kind", "fact", "--json"]).stdout)
    quotes = json.loads(runner.invoke(app, ["list", "--kind", "quote", "--json"]).stdout)
    assert facts
    assert quotes
    assert {r["kind"] for r in facts} == {"fact"}
    assert {r["kind"] for r in quotes} == {"quote"}


def test_json_is_utf8_not_escaped(runner: CliRunner) -> None:
    result = runner.invoke(app, ["show", "q-okada-hydrogen-mobility", "--json"])
    assert "Jyväskylä" in result.stdout
    assert "\\u00e4" not in result.stdout


def test_show_gives_the_exact_words_speaker_and_place(runner: CliRunner) -> None:
    result = runner.invoke(app, ["show", "q-rautalinko-firstborn-baby", "--json"])
    assert result.exit_code == 0
    (record,) = json.loads(result.stdout)
    assert record["speaker"]["name"] == "Esa Rautalinko"
    wordings = {s["text"] for s in record["sources"]}
    assert any("first born" in w for w in wordings)
    assert any("firstborn" in w for w in wordings)


def test_show_unknown_id_exits_1_and_suggests(runner: CliRunner) -> None:
    result = runner.invoke(app, ["show", "q-okada-never-closr"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "no record with id 'q-okada-never-closr'" in result.stderr
    assert "q-okada-never-closer" in result.stderr


def test_show_table_names_the_speaker(runner: CliRunner) -> None:
    result = runner.invoke(app, ["show", "q-takayama-online-fraud"])
    assert result.exit_code == 0
    assert "Yoshimoto Takayama" in result.stdout
    assert "online fraud" in result.stdout


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"fjquotes {__version__}"
