"""The wheel carries the corpus and the source texts, and finds them from any directory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHIPPED = [
    "fjquotes/data/quotes.json",
    "fjquotes/data/sources/bridges-partnership-2025.txt",
    "fjquotes/data/sources/bridges-patria-2025.txt",
]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("fjquotes-*.whl")
    return built


def test_wheel_holds_corpus_and_sources_byte_for_byte(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        for name in SHIPPED:
            assert name in names
            repo_file = REPO / "data" / name.removeprefix("fjquotes/data/")
            assert zf.read(name) == repo_file.read_bytes()


def _console_script(site: Path) -> tuple[str, str]:
    """The module and function the wheel's `fjquotes` command runs."""
    (entry_points,) = site.glob("fjquotes-*.dist-info/entry_points.txt")
    for line in entry_points.read_text(encoding="utf-8").splitlines():
        name, _, target = line.partition("=")
        if name.strip() == "fjquotes":
            module, _, function = target.strip().partition(":")
            return module, function
    raise AssertionError("the wheel declares no fjquotes command")


def test_installed_wheel_runs_from_another_directory(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(target)  # a wheel is installed by unpacking it
    module, function = _console_script(target)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            # What the `fjquotes` script pip writes does: import the entry point, call it.
            f"import fjquotes, sys; from {module} import {function}; "
            f"sys.stderr.write(fjquotes.__file__ + '\\n'); {function}()",
            "list",
            "--json",
        ],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().startswith(str(target))
    records = json.loads(result.stdout)
    assert {r["kind"] for r in records} == {"quote", "fact"}
