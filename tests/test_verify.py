"""`fjquotes verify` holds every span to the exact wording of its source."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from fjquotes._cli import app


def test_bundled_corpus_verifies(runner: CliRunner) -> None:
    result = runner.invoke(app, ["verify", "--json"])
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["ok"] is True
    assert report["problems"] == []
    assert report["checked"] >= 48


def test_a_shifted_span_is_reported(
    raw_corpus: dict[str, Any], corpus_dir: Path, runner: CliRunner
) -> None:
    occurrence = raw_corpus["quotes"][0]["occurrences"][0]
    occurrence["start"] += 1
    occurrence["end"] += 1
    path = corpus_dir / "shifted.json"
    path.write_text(json.dumps(raw_corpus, ensure_ascii=False), encoding="utf-8")
    # A misquote is refused when the corpus loads, by every command, not only by verify.
    for command in (["verify"], ["search", "closer"]):
        result = runner.invoke(app, ["--data", str(path), *command])
        assert result.exit_code == 2
        assert result.stdout == ""
        assert (
            "quotes[0] (id 'q-okada-never-closer'): occurrences[0]: field 'text': does not "
            "match source 'bridges-partnership-2025'" in result.stderr
        )


def test_an_edited_source_text_is_reported(corpus_dir: Path, runner: CliRunner) -> None:
    data = json.loads((Path(__file__).parents[1] / "data/quotes.json").read_text("utf-8"))
    source = corpus_dir / "sources/bridges-patria-2025.txt"
    # Same length, outside every span: only the recorded digest can notice.
    source.write_text(source.read_text("utf-8").replace("Looking ahead", "Looking AHEAD"), "utf-8")
    path = corpus_dir / "edited.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["--data", str(path), "verify", "--json"])
    assert result.exit_code == 2
    problems = json.loads(result.stdout)["problems"]
    assert any("sha256" in p for p in problems)


def test_a_corpus_without_texts_says_what_it_could_not_check(
    raw_corpus: dict[str, Any], tmp_path: Path, runner: CliRunner
) -> None:
    for source in raw_corpus["sources"]:
        del source["file"]
    path = tmp_path / "textless.json"
    path.write_text(json.dumps(raw_corpus, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["--data", str(path), "verify", "--json"])
    report = json.loads(result.stdout)
    assert result.exit_code == 0
    assert report["checked"] == 0
    assert len(report["unchecked"]) >= 48
