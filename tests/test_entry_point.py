"""The console entry point: every command reachable, usage errors in one line, exit statuses."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
import typer

from fjquotes._cli import COMMAND_MODULES, app, run
from fjquotes.exit_codes import ExitCode

COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_answers_help_through_the_entry_point(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run([command, "--help"]) == ExitCode.FOUND
    printed = capsys.readouterr().out
    assert f"fjquotes {command}" in printed
    assert "Examples:" in printed


def test_the_top_level_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--help"]) == ExitCode.FOUND
    printed = capsys.readouterr().out
    assert [c for c in COMMANDS if c not in printed] == []


def test_every_command_is_defined_where_a_run_looks_for_it() -> None:
    # A run imports only the module COMMAND_MODULES names for its command: a command defined
    # in another would be "no such command" there, though these tests, which load every
    # module, would still find it.
    where = {
        info.name or typer.main.get_command_name(info.callback.__name__): info.callback.__module__
        for info in app.registered_commands
        if info.callback is not None
    }
    assert where == {
        name: f"fjquotes._commands.{module}" for name, module in COMMAND_MODULES.items()
    }


def test_a_fresh_process_lists_every_command_in_help_order() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "fjquotes", "--help"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "COLUMNS": "100", "NO_COLOR": "1"},
        check=False,
    )
    assert result.returncode == ExitCode.FOUND, result.stderr
    listed = re.findall(r"^│ (\w+) ", result.stdout.split("Commands")[1], flags=re.MULTILINE)
    assert listed == list(COMMAND_MODULES)


def test_global_options_before_the_command_are_passed_on(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(["--no-color", "--data", "@bundled", "search", "hydrogen", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["id"] == "q-okada-hydrogen-mobility"


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["search", "x", "--limit", "-1"], "'--limit'"),
        (["search", "x", "--limit", "1e30"], "'--limit'"),
        (["search", "x", "--format", "yaml"], "'yaml'"),
        (["search", "x", "--bogus"], "--bogus"),
        (["search"], "QUERY"),
        (["frobnicate"], "'frobnicate'"),
        (["--data"], "--data"),
    ],
)
def test_a_usage_error_is_one_line_naming_the_problem(
    args: list[str], named: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(args) == ExitCode.ERROR
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("fjquotes: error: ")
    assert named in lines[0]
    assert "--help" in lines[0]


def test_nothing_found_and_found_statuses(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["search", "qqqqzzzz", "--json"]) == ExitCode.NOT_FOUND
    assert json.loads(capsys.readouterr().out) == []
    assert run(["show", "q-okada-never-closer", "--json"]) == ExitCode.FOUND


def test_ctrl_c_is_status_130(monkeypatch: pytest.MonkeyPatch) -> None:
    from fjquotes import search

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(search.Searcher, "search", interrupted)
    assert run(["search", "hydrogen"]) == ExitCode.INTERRUPTED
