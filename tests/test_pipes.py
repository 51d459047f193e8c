"""The installed entry point in real pipes: a reader that leaves early, a full disk, -m."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

FJQUOTES = [sys.executable, "-m", "fjquotes"]
FORMATS = ("table", "json", "csv", "markdown", "cite")


def shell(pipeline: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run a shell pipeline in which `fjquotes` is this Python's."""
    command = pipeline.replace("fjquotes", f"{sys.executable} -m fjquotes", 1)
    return subprocess.run(command, shell=True, capture_output=True, text=True, check=False, cwd=cwd)


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A corpus whose listing is far larger than a pipe's buffer."""
    quotes = [
        {"id": f"q{i}", "text": f"Quote number {i} about Finland and Japan. " * 5}
        for i in range(3000)
    ]
    path = tmp_path_factory.mktemp("big") / "big.json"
    path.write_text(json.dumps({"schema_version": 1, "quotes": quotes}), encoding="utf-8")
    return path


def test_reader_that_leaves_early_ends_us_quietly(big_corpus: Path) -> None:
    proc = subprocess.Popen(
        [*FJQUOTES, "--data", str(big_corpus), "list", "--format", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    assert proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # what `| head -1` does
    stderr = proc.stderr.read().decode()
    status = proc.wait(timeout=30)
    assert json.loads(first)["id"] == "q0"
    assert stderr == ""
    assert status == 0


@pytest.mark.parametrize(
    "args",
    [
        *(["search", "hydrogen", "--format", fmt] for fmt in FORMATS),
        ["--help"],
        ["search", "--help"],
        ["--version"],
    ],
)
def test_a_reader_gone_before_we_write_keeps_the_status(args: list[str]) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has already left
    try:
        result = subprocess.run(
            [*FJQUOTES, *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            check=False,
            timeout=60,
        )
    finally:
        os.close(write_end)
    assert (result.returncode, result.stderr) == (0, b"")


def test_search_the_head_1(tmp_path: Path) -> None:
    result = shell("fjquotes search the | head -1", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip()
    assert result.stderr == ""


@pytest.mark.parametrize(
    "args", [["list", "--json"], ["--help"], ["--version"], ["search", "--help"]]
)
def test_a_full_disk_is_a_one_line_error_not_a_silent_success(args: list[str]) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [*FJQUOTES, *args], stdout=full, stderr=subprocess.PIPE, text=True, check=False
        )
    assert result.returncode == 2
    assert result.stderr == "fjquotes: error: cannot write output: No space left on device\n"


def test_every_record_reaches_a_slow_reader(big_corpus: Path) -> None:
    # The process ends without the interpreter's teardown: what is buffered must still arrive.
    result = shell(f"fjquotes --data {big_corpus} list --format jsonl | (sleep 1; cat)")
    lines = result.stdout.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [f"q{i}" for i in range(3000)]
    assert result.stderr == ""


def test_shell_completion_answers_with_its_own_status() -> None:
    env = {**os.environ, "_FJQUOTES_COMPLETE": "complete_bash", "COMP_WORDS": "fjquotes se"}
    done = subprocess.run(
        FJQUOTES, env={**env, "COMP_CWORD": "1"}, capture_output=True, text=True, check=False
    )
    assert (done.returncode, done.stdout.split()) == (0, ["search"])
    bogus = {**env, "_FJQUOTES_COMPLETE": "bogus"}
    refused = subprocess.run(FJQUOTES, env=bogus, capture_output=True, text=True, check=False)
    assert refused.returncode == 1


def test_python_m_fjquotes_and_version() -> None:
    result = subprocess.run([*FJQUOTES, "--version"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert result.stdout.startswith("fjquotes ")


def test_closed_stdout_is_an_error() -> None:
    result = shell("fjquotes list --json >&-")
    assert result.returncode == 2
    assert "standard output is closed" in result.stderr
    assert "Traceback" not in result.stderr
