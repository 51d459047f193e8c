"""Loading rejects broken corpus files with one line naming the file, the record and the field."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from fjquotes._cli import app
from fjquotes.corpora import load_path as load_file
from fjquotes.errors import CorpusError

Mutation = Callable[[dict[str, Any]], None]


def _set(section: str, index: int, field: str, value: Any) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        data[section][index][field] = value

    return mutate


def _drop(section: str, index: int, field: str) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        del data[section][index][field]

    return mutate


def _duplicate_id(data: dict[str, Any]) -> None:
    data["facts"][1]["id"] = data["quotes"][0]["id"]


def _span_past_end(data: dict[str, Any]) -> None:
    data["quotes"][2]["occurrences"][1]["end"] = 10**6


def _unknown_version(data: dict[str, Any]) -> None:
    data["schema_version"] = 99


def _bool_offset(data: dict[str, Any]) -> None:
    data["quotes"][0]["occurrences"][0]["start"] = True


# (mutation, what the message must name)
CASES: dict[str, tuple[Mutation, list[str]]] = {
    "missing text": (_drop("quotes", 3, "text"), ["quotes[3]", "(id 'q-", "'text'", "missing"]),
    "wrong type": (_set("facts", 0, "topics", "diplomacy"), ["facts[0]", "'topics'", "array"]),
    "true is not a number": (_bool_offset, ["quotes[0]", "occurrences[0]", "'start'"]),
    "extra field": (_set("speakers", 1, "shoe_size", 44), ["speakers[1]", "'shoe_size'"]),
    "dangling speaker": (_set("quotes", 5, "speaker", "nobody"), ["quotes[5]", "'nobody'"]),
    "unknown topic": (_set("quotes", 0, "topics", ["gossip"]), ["quotes[0]", "'gossip'"]),
    "duplicate id": (_duplicate_id, ["facts[1]", "duplicate"]),
    "span outside source": (_span_past_end, ["quotes[2]", "occurrences[1]", "outside"]),
    "unknown schema_version": (_unknown_version, ["schema_version", "99"]),
}


def _write(corpus_dir: Path, data: Any) -> Path:
    path = corpus_dir / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_an_untouched_copy_loads(raw_corpus: dict[str, Any], corpus_dir: Path) -> None:
    corpus = load_file(_write(corpus_dir, raw_corpus))
    assert len(corpus.records) == len(raw_corpus["quotes"]) + len(raw_corpus["facts"])


@pytest.mark.parametrize("case", sorted(CASES))
def test_broken_field_is_named(case: str, raw_corpus: dict[str, Any], corpus_dir: Path) -> None:
    mutate, expected = CASES[case]
    mutate(raw_corpus)
    path = _write(corpus_dir, raw_corpus)
    with pytest.raises(CorpusError) as caught:
        load_file(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(str(path))
    for part in expected:
        assert part in message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("", "is empty"),
        ("  \n\t ", "is empty"),
        ('{"schema_version": 1,', "not valid JSON"),
        ("[]", "holds no records"),
        ("42", "expected a corpus object or an array of records, got number"),
        ("null", "got null"),
        ('{"schema_version": 1, "schema_version": 1}', "duplicate key"),
        ('{"schema_version": NaN}', "NaN"),
    ],
)
def test_unparseable_files_are_refused(corpus_dir: Path, content: str, expected: str) -> None:
    path = corpus_dir / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError, match=expected):
        load_file(path)


def test_every_bad_record_is_reported(raw_corpus: dict[str, Any], corpus_dir: Path) -> None:
    for quote in raw_corpus["quotes"][:3]:
        quote["speaker"] = "nobody"
    with pytest.raises(CorpusError) as caught:
        load_file(_write(corpus_dir, raw_corpus))
    assert len(caught.value.problems) == 3
    assert "and 2 more problems" in str(caught.value)


def test_cli_prints_one_located_line_and_exits_2(
    raw_corpus: dict[str, Any], corpus_dir: Path, runner: CliRunner
) -> None:
    raw_corpus["quotes"][5]["speaker"] = "nobody"
    path = _write(corpus_dir, raw_corpus)
    before = path.read_bytes()
    result = runner.invoke(app, ["--data", str(path), "list"])
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"fjquotes: error: {path}: quotes[5] (id ")
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == before


def test_missing_file_is_named(runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "nope.json"
    result = runner.invoke(app, ["--data", str(missing), "list"])
    assert result.exit_code == 2
    assert f"{missing}: cannot read" in result.stderr
