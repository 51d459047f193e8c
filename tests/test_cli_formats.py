"""Every command in every format: exit codes, stdout/stderr, shapes, widths, colour, safety."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from fjquotes._cli import app
from fjquotes.output.csv_format import RECORD_COLUMNS

COLOUR = re.compile(r"\x1b\[(?:[0-9;]*;)?(?:3[0-7]|9[0-7]|38;[0-9;]+)m")


def run(runner: CliRunner, *args: str, **env: str) -> Any:
    return runner.invoke(app, list(args), env={"COLUMNS": "100", **env})


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv", "markdown", "cite"])
@pytest.mark.parametrize(
    "command",
    [
        ["search", "hydrogen"],
        ["by", "okada"],
        ["list", "--kind", "quote"],
        ["show", "q-okada-never-closer"],
        ["random", "--seed", "1"],
    ],
)
def test_record_commands_in_every_format(runner: CliRunner, command: list[str], fmt: str) -> None:
    result = run(runner, *command, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip()
    assert "Traceback" not in result.stderr


def test_json_and_jsonl_hold_the_same_records(runner: CliRunner) -> None:
    array = json.loads(run(runner, "list", "--json").stdout)
    lines = run(runner, "list", "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line) for line in lines] == array
    assert json.loads(run(runner, "search", "xyzzy", "--json").stdout) == []
    assert run(runner, "search", "xyzzy", "--format", "jsonl").stdout == ""


def test_csv_has_a_header_and_the_exact_words(runner: CliRunner) -> None:
    rows = list(csv.reader(io.StringIO(run(runner, "by", "okada", "--format", "csv").stdout)))
    assert tuple(rows[0]) == RECORD_COLUMNS
    shown = json.loads(run(runner, "by", "okada", "--json").stdout)
    assert [r[2] for r in rows[1:]] == [r["text"] for r in shown]
    assert {r[3] for r in rows[1:]} == {"Takashi Okada"}


def test_markdown_is_a_blockquote_with_attribution_and_link(runner: CliRunner) -> None:
    out = run(runner, "show", "q-okada-nearest-capital", "--format", "markdown").stdout
    assert out.startswith("> Helsinki is the nearest European capital")
    assert "> — Takashi Okada, Japanese Ambassador to Finland, in [Finland and Japan" in out
    assert "](<https://sms-bridges.com/finland-and-japan-deepen-" in out


_BRIDGES_2025 = (
    "*Finland and Japan deepen strategic partnership across innovation and security*, "
    "Bridges (SMS Bridges), 2025, https://sms-bridges.com/finland-and-japan-deepen-strategic-"
    "partnership-across-innovation-and-security\n"
)


@pytest.mark.parametrize(
    ("record_id", "citation"),
    [
        (  # a quotation: its words in marks, then who said them and where
            "q-rautalinko-firstborn-baby",
            "“This is our first born baby that actually shows what this is all about,” — "
            "Esa Rautalinko, President and CEO, Patria Group, in " + _BRIDGES_2025,
        ),
        (  # a fact: unquoted, with its source
            "f-iceye-54-satellites",
            "ICEYE has deployed 54 satellites. Source: " + _BRIDGES_2025,
        ),
    ],
)
def test_cite_is_one_ready_to_paste_line(runner: CliRunner, record_id: str, citation: str) -> None:
    assert run(runner, "show", record_id, "--format", "cite").stdout == citation


def test_cited_words_are_the_cited_sources_words(runner: CliRunner) -> None:
    # The record's fullest wording comes from the first article; the citation names that one.
    out = run(runner, "show", "q-rautalinko-higher-praise", "--format", "cite").stdout
    assert "Japan Self-Defense Forces.”" in out
    assert "in *Finland and Japan deepen" in out


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv", "markdown"])
@pytest.mark.parametrize("command", ["speakers", "topics", "sources", "stats"])
def test_listing_commands_in_every_format(runner: CliRunner, command: str, fmt: str) -> None:
    result = run(runner, command, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip()


def test_speakers_count_their_quotes(runner: CliRunner) -> None:
    people = json.loads(run(runner, "speakers", "--json").stdout)
    counts = {p["name"]: p["quotes"] for p in people}
    by = json.loads(run(runner, "by", "rautalinko", "--json").stdout)
    assert counts["Esa Rautalinko"] == len(by)
    assert people[0]["name"] == "Esa Rautalinko"


def test_topics_and_sources_count_records(runner: CliRunner) -> None:
    topics = {t["topic"]: t for t in json.loads(run(runner, "topics", "--json").stdout)}
    space = json.loads(run(runner, "list", "--topic", "space", "--json").stdout)
    assert topics["space"]["records"] == len(space)
    sources = json.loads(run(runner, "sources", "--json").stdout)
    assert {s["id"] for s in sources} == {"bridges-partnership-2025", "bridges-patria-2025"}
    assert all(s["date"] == "2025" and s["address"].startswith("https://") for s in sources)


def test_stats_draws_bars(runner: CliRunner) -> None:
    out = run(runner, "stats").stdout
    assert "Records by topic" in out
    assert "█" in out
    data = json.loads(run(runner, "stats", "--json").stdout)
    assert {r["kind"]: r["records"] for r in data["Records by kind"]} == {"quote": 20, "fact": 28}


def test_random_is_repeatable_with_a_seed_and_honours_filters(runner: CliRunner) -> None:
    first = json.loads(run(runner, "random", "--seed", "7", "--json").stdout)
    again = json.loads(run(runner, "random", "--seed", "7", "--json").stdout)
    assert first == again
    picks = {
        json.loads(run(runner, "random", "--seed", str(s), "--json").stdout)[0]["id"]
        for s in range(8)
    }
    assert len(picks) > 1
    for seed in range(5):
        (fact,) = json.loads(
            run(runner, "random", "--kind", "fact", "--seed", str(seed), "--json").stdout
        )
        assert fact["kind"] == "fact"


def test_show_context_prints_the_paragraph_and_the_source(runner: CliRunner) -> None:
    out = run(runner, "show", "q-harju-jeanty-true-alignment", "--context").stdout
    assert "Finnish energy technology company Sumitomo SHI FW" in out
    assert "Bridges (SMS Bridges), 2025" in out
    assert "https://sms-bridges.com/finland-and-japan" in out
    (place,) = json.loads(
        run(runner, "show", "q-harju-jeanty-true-alignment", "--context", "--json").stdout
    )
    assert place["paragraph"][place["start"] : place["end"]] == "in true alignment"


def test_show_context_refuses_formats_it_cannot_draw(runner: CliRunner) -> None:
    result = run(runner, "show", "q-okada-never-closer", "--context", "--format", "csv")
    assert result.exit_code == 2
    assert "--context" in result.stderr


@pytest.mark.parametrize("width", [60, 80])
def test_narrow_sources_table_still_names_each_article(runner: CliRunner, width: int) -> None:
    out = run(runner, "sources", COLUMNS=str(width)).stdout
    shown = iter(out.split())
    for title in (
        "Finland and Japan deepen strategic partnership across innovation and security",
        "Patria strengthens strategic cooperation with Japan through local production",
    ):
        # Every word of the title, in order (counts may stand between its folded lines).
        assert all(word in shown for word in title.split()), title
    assert max(len(line) for line in out.splitlines()) <= width


@pytest.mark.parametrize("width", [60, 200])
def test_tables_fit_the_terminal(runner: CliRunner, width: int) -> None:
    out = run(runner, "search", "japan", "-n", "5", COLUMNS=str(width)).stdout
    assert max(len(line) for line in out.splitlines()) <= width
    assert "q-okada" in out or "q-rautalinko" in out
    ids = json.loads(run(runner, "search", "japan", "-n", "5", "--json").stdout)
    for record in ids:
        assert record["id"] in out  # ids are never broken across lines


def test_no_colour_when_piped_and_colour_only_when_allowed(runner: CliRunner) -> None:
    assert "\x1b[" not in run(runner, "search", "hydrogen").stdout
    forced = run(runner, "search", "hydrogen", FORCE_COLOR="1").stdout
    assert COLOUR.search(forced)
    assert not COLOUR.search(
        run(runner, "search", "hydrogen", FORCE_COLOR="1", NO_COLOR="1").stdout
    )
    assert not COLOUR.search(
        run(runner, "--no-color", "search", "hydrogen", FORCE_COLOR="1").stdout
    )
    assert "\x1b[" not in run(runner, "search", "hydrogen", FORCE_COLOR="1", TERM="dumb").stdout


HOSTILE = "[bold]loud[/] :fire: \x1b[31mred\x1b]8;;http://x\x07link \u202eevil"


@pytest.fixture
def hostile_corpus(tmp_path: Path) -> Path:
    data = {
        "schema_version": 1,
        "speakers": [{"id": "mal", "name": "[red]Mal[/red] \x1b[2J"}],
        "quotes": [{"id": "q-hostile", "text": HOSTILE, "speaker": "mal"}],
    }
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["table", "markdown", "cite", "csv"])
def test_data_is_printed_as_inert_text(runner: CliRunner, hostile_corpus: Path, fmt: str) -> None:
    result = run(
        runner,
        "--data",
        str(hostile_corpus),
        "show",
        "q-hostile",
        "--format",
        fmt,
        FORCE_COLOR="1" if fmt == "table" else "0",
    )
    out = result.stdout
    assert result.exit_code == 0, result.stderr
    assert "\x1b[31m" not in out
    assert "\x1b[2J" not in out
    assert "\x1b]8" not in out
    assert "\u202e" not in out
    assert ":fire:" in out
    assert "🔥" not in out
    if fmt != "markdown":  # markdown escapes the brackets instead
        assert "[bold]loud[/]" in out


def test_json_escapes_control_characters(runner: CliRunner, hostile_corpus: Path) -> None:
    out = run(runner, "--data", str(hostile_corpus), "show", "q-hostile", "--json").stdout
    assert "\x1b" not in out
    assert json.loads(out)[0]["text"] == HOSTILE


def test_every_command_has_help_with_an_example(runner: CliRunner) -> None:
    commands = [
        "search",
        "by",
        "list",
        "show",
        "random",
        "speakers",
        "topics",
        "sources",
        "stats",
        "verify",
    ]
    for command in commands:
        result = run(runner, command, "--help")
        assert result.exit_code == 0
        assert f"fjquotes {command}" in result.stdout or "fjquotes --data" in result.stdout


def test_usage_errors_exit_2(runner: CliRunner) -> None:
    assert run(runner, "search").exit_code == 2
    assert run(runner, "search", "x", "--format", "yaml").exit_code == 2
    assert run(runner, "search", "x", "--limit", "-1").exit_code == 2
    assert run(runner, "frobnicate").exit_code == 2


def test_ctrl_c_exits_130_without_a_traceback(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fjquotes import search

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(search.Searcher, "search", interrupted)
    result = run(runner, "search", "hydrogen")
    assert result.exit_code == 130
    assert "Traceback" not in result.stderr


def test_fortunes_cite_and_context_without_publisher_or_date(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "wisdom"
    path.write_text(
        'Long words\nwrap.\n\t\t-- Douglas Coupland, "Generation X: Tales for an\n'
        '\t\tAccelerated Culture"\n%\n',
        encoding="utf-8",
    )
    cite = run(runner, "--data", str(path), "show", "wisdom:1", "--format", "cite").stdout
    assert cite == f"“Long words wrap.” — Douglas Coupland, in *wisdom*, {path}\n"
    context = run(runner, "--data", str(path), "show", "wisdom:1", "--context").stdout
    assert ", ;" not in context
    assert "wisdom characters 0–16" in context
