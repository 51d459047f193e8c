"""Shared fixtures: the bundled corpus, its raw JSON, and a CLI runner."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from fjquotes._cli import load_commands
from fjquotes.loading import load_bundled
from fjquotes.model import Corpus

# A run adds only the command it runs to the app; the tests invoke the app with any of them.
load_commands()

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data"


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    return load_bundled()


@pytest.fixture
def raw_corpus() -> dict[str, Any]:
    """A fresh, mutable copy of data/quotes.json."""
    data: dict[str, Any] = json.loads((DATA / "quotes.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A folder with the source texts, where a test can write a corpus file beside them."""
    shutil.copytree(DATA / "sources", tmp_path / "sources")
    return tmp_path


@pytest.fixture(autouse=True)
def private_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test caches indexes in a folder of its own, never in the user's."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder / "fjquotes"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()
