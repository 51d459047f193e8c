"""The README's examples are real: each `$ fjquotes ...` line is run and its output compared."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fjquotes._cli import app

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCK = re.compile(r"```console\n(.*?)```", re.S)


def examples() -> list[tuple[str, str]]:
    """(command line, expected output) for every example in the README's console blocks."""
    found = []
    for block in BLOCK.findall(README.read_text(encoding="utf-8")):
        command: str | None = None
        output: list[str] = []
        for line in block.splitlines():
            if line.startswith("$ "):
                if command is not None:
                    found.append((command, "\n".join(output)))
                command, output = line[2:], []
            else:
                output.append(line)
        if command is not None:
            found.append((command, "\n".join(output)))
    return found


def test_the_readme_has_examples() -> None:
    assert len(examples()) >= 8


@pytest.mark.parametrize(("command", "expected"), examples(), ids=[c for c, _ in examples()])
def test_readme_example_output_is_what_fjquotes_prints(command: str, expected: str) -> None:
    args = shlex.split(command)
    assert args[0] == "fjquotes"
    result = CliRunner().invoke(app, args[1:], env={"COLUMNS": "100"})
    printed = "\n".join(line.rstrip() for line in result.stdout.rstrip("\n").splitlines())
    assert printed == expected


def test_readme_opens_with_the_two_newcomer_commands() -> None:
    text = README.read_text(encoding="utf-8")
    first, second = re.findall(r"```sh\n(.*?)\n```", text, re.S)[:2]
    assert first.endswith("pip install . && fjquotes search hydrogen")
    assert second.endswith("pip install -e '.[test]' && pytest")
    ci = (README.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install -e '.[test]' && pytest" in ci


def test_readme_sections_are_not_repeated() -> None:
    headings = re.findall(r"^#+ .*$", README.read_text(encoding="utf-8"), re.M)
    repeated = sorted({h for h in headings if headings.count(h) > 1})
    assert repeated == []


def test_readme_documents_every_command_format_and_exit_status() -> None:
    import typer

    from fjquotes.exit_codes import ExitCode
    from fjquotes.output import OutputFormat

    text = README.read_text(encoding="utf-8")
    group = typer.main.get_command(app)
    assert isinstance(group, typer.core.TyperGroup)
    undocumented = [name for name in group.commands if f"`fjquotes {name}" not in text]
    assert undocumented == []
    assert [f.value for f in OutputFormat if f"| `{f.value}` |" not in text] == []
    assert [int(c) for c in ExitCode if f"| {int(c)} |" not in text] == []
