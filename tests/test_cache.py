"""The index cache: used when sound, rebuilt when stale or damaged, skipped on request."""

from __future__ import annotations

import importlib.resources
import json
import marshal
import os
import pickle
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fjquotes import cache
from fjquotes._cli import app

from .conftest import DATA

FORTUNES = "Sisu carries you through.\n%\nHydrogen is the future.\n\t-- Aino Virtanen\n%\n"


def corpus(tmp_path: Path, text: str = FORTUNES) -> Path:
    path = tmp_path / "mine"
    path.write_text(text, encoding="utf-8")
    return path


def search(runner: CliRunner, path: Path, *extra: str) -> list[dict[str, object]]:
    result = runner.invoke(app, ["--data", str(path), *extra, "search", "hydrogen", "--json"])
    assert result.exit_code in (0, 1), result.stderr
    found: list[dict[str, object]] = json.loads(result.stdout)
    return found


def cache_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.idx")) if folder.exists() else []


def test_a_warm_run_answers_like_a_cold_one(
    runner: CliRunner, tmp_path: Path, private_cache: Path
) -> None:
    path = corpus(tmp_path)
    cold = search(runner, path)
    assert len(cache_files(private_cache)) == 1
    assert search(runner, path) == cold
    assert cold[0]["speaker"]["name"] == "Aino Virtanen"  # type: ignore[index]


def test_an_edited_corpus_is_rebuilt_in_place_of_its_old_cache(
    runner: CliRunner, tmp_path: Path, private_cache: Path
) -> None:
    path = corpus(tmp_path)
    assert len(search(runner, path)) == 1
    for n in range(3):
        path.write_text(FORTUNES.replace("Sisu", f"Hydrogen {n}"), encoding="utf-8")
        assert len(search(runner, path)) == 2
    # One cache a corpus: a big corpus edited daily must not leave a copy behind each time.
    assert len(cache_files(private_cache)) == 1


def test_a_file_added_to_a_corpus_folder_is_found(
    runner: CliRunner, tmp_path: Path, private_cache: Path
) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    corpus(folder)
    assert len(search(runner, folder)) == 1
    (folder / "more").write_text("Hydrogen for the north.\n", encoding="utf-8")
    assert len(search(runner, folder)) == 2
    assert len(cache_files(private_cache)) == 1


def test_a_damaged_cache_is_rebuilt_not_trusted(
    runner: CliRunner, tmp_path: Path, private_cache: Path
) -> None:
    path = corpus(tmp_path)
    expected = search(runner, path)
    (entry,) = cache_files(private_cache)
    whole = entry.read_bytes()
    for damaged in (whole[: len(whole) // 2], whole[:-1] + b"x", b"", b"garbage"):
        entry.write_bytes(damaged)
        assert search(runner, path) == expected
        assert entry.read_bytes() == whole  # rewritten sound


def _forge(entry: Path, header: bytes) -> None:
    """Write a cache file with this header and a stamp that vouches for it."""
    import zlib

    entry.write_bytes(
        cache.MAGIC
        + len(header).to_bytes(8, "big")
        + zlib.crc32(header).to_bytes(4, "big")
        + header
    )
    entry.with_suffix(".stamp").write_bytes(cache.stamp_of(entry))


def test_a_cache_holding_foreign_objects_is_refused(
    runner: CliRunner, tmp_path: Path, private_cache: Path
) -> None:
    path = corpus(tmp_path)
    expected = search(runner, path)
    (entry,) = cache_files(private_cache)
    marker = tmp_path / "pwned"

    class Payload:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (os.mkdir, (str(marker),))

    # Stamped and checksummed, but unpickling the one would run code, and the other is code.
    code = compile(f"import os; os.mkdir({str(marker)!r})", "payload", "exec")
    for payload in (pickle.dumps(Payload()), marshal.dumps(code), marshal.dumps({"a": code})):
        _forge(entry, payload)
        assert search(runner, path) == expected
        assert not marker.exists()


def test_a_cache_of_another_layout_is_rebuilt_not_misread(
    runner: CliRunner, tmp_path: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = corpus(tmp_path)
    with monkeypatch.context() as patched:
        # A header that vouches for other buffers than this code decodes as it searches.
        patched.setattr(cache, "_DECODED", ("speakers", "speaker_ends"))
        search(runner, path)  # writes a sound cache, but of a layout this code does not read
    (entry,) = cache_files(private_cache)
    written = entry.read_bytes()
    result = runner.invoke(app, ["--data", str(path), "list", "--speaker", "virtanen", "--json"])
    assert result.exit_code == 0, result.stderr
    assert [r["speaker"]["name"] for r in json.loads(result.stdout)] == ["Aino Virtanen"]
    assert entry.read_bytes() != written  # rebuilt and written again


def test_a_damaged_header_is_caught_even_when_the_stamp_agrees(
    runner: CliRunner, tmp_path: Path, private_cache: Path
) -> None:
    path = corpus(tmp_path)
    expected = search(runner, path)
    (entry,) = cache_files(private_cache)
    data = bytearray(entry.read_bytes())
    data[len(cache.MAGIC) + 20] ^= 0xFF  # inside the header, after the length and CRC
    entry.write_bytes(bytes(data))
    entry.with_suffix(".stamp").write_bytes(cache.stamp_of(entry))
    assert search(runner, path) == expected


def test_no_cache_reads_and_writes_nothing(
    runner: CliRunner, tmp_path: Path, private_cache: Path
) -> None:
    search(runner, corpus(tmp_path), "--no-cache")
    assert cache_files(private_cache) == []


def test_the_bundled_corpus_is_cached_and_answers_alike(
    runner: CliRunner, private_cache: Path
) -> None:
    args = ["search", "japan", "--limit", "0", "--json"]
    cold = runner.invoke(app, args)
    assert len(cache_files(private_cache)) == 1
    warm = runner.invoke(app, args)
    fresh = runner.invoke(app, ["--no-cache", *args])
    assert cold.stdout == warm.stdout == fresh.stdout
    assert len(json.loads(warm.stdout)) > 10


@pytest.mark.parametrize(
    "command",
    [
        ["search", "hydrogn"],  # a typo
        ["search", "jyvaskyla"],  # a term beyond ASCII, folded
        ["search", "coop"],  # a prefix
        ["search", "japan", "--speaker", "Rautalinko"],
        ["search", "japan", "--topic", "energy"],
        ["by", "Okada"],
        ["show", "q-rautalinko-firstborn-baby", "f-diplomatic-ties-century"],  # wordings, values
        ["list", "--kind", "fact"],
        ["speakers"],
        ["topics"],
        ["stats"],
    ],
)
def test_the_bundled_corpus_answers_every_command_alike_from_its_cache(
    runner: CliRunner, private_cache: Path, command: list[str]
) -> None:
    # The cache decodes terms, speakers, facet names, topics, values and other wordings only
    # when asked: each path must agree.
    runner.invoke(app, ["search", "japan"])  # writes the cache
    assert len(cache_files(private_cache)) == 1
    args = [*command, "--format", "json"]
    warm = runner.invoke(app, args)
    fresh = runner.invoke(app, ["--no-cache", *args])
    assert (warm.exit_code, warm.stdout) == (fresh.exit_code, fresh.stdout)
    assert warm.exit_code == 0
    assert json.loads(warm.stdout)


def test_an_edited_bundled_corpus_is_rebuilt(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An editable install reads data/ in place: an edit there must not meet a stale index.
    package = tmp_path / "package"
    shutil.copytree(DATA, package / "data")
    monkeypatch.setattr(importlib.resources, "files", lambda _name: package)
    assert "f-iceye-54-satellites" not in search_ids(runner, "hydrogen")
    corpus_file = package / "data" / "quotes.json"
    raw = corpus_file.read_text(encoding="utf-8")
    edited = raw.replace("ICEYE has deployed 54 satellites.", "ICEYE has 54 hydrogen satellites.")
    assert edited != raw
    corpus_file.write_text(edited, encoding="utf-8")
    assert "f-iceye-54-satellites" in search_ids(runner, "hydrogen")


def search_ids(runner: CliRunner, query: str) -> list[str]:
    result = runner.invoke(app, ["search", query, "--json"])
    return [hit["id"] for hit in json.loads(result.stdout)]


def test_runs_at_once_leave_a_sound_cache(tmp_path: Path, private_cache: Path) -> None:
    records = "\n".join(json.dumps({"text": f"hydrogen note {i}"}) for i in range(3000))
    path = tmp_path / "many.jsonl"
    path.write_text(records, encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "fjquotes",
        "--data",
        str(path),
        "search",
        "hydrogen",
        "--json",
        "-n",
        "1",
    ]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE) for _ in range(4)]
    outputs = [r.communicate(timeout=120)[0] for r in runs]
    assert all(r.returncode == 0 for r in runs)
    assert len(set(outputs)) == 1
    (entry,) = cache_files(private_cache)
    key = cache.cache_key([str(path)])
    assert key is not None
    assert entry.stem == key.name
    assert cache.load(key) is not None
    assert not list(private_cache.glob(".tmp-*"))


def test_a_writer_finishing_between_anothers_steps_leaves_a_sound_cache(
    tmp_path: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The interleaving that two runs at once can meet: a second writer replaces the cache file
    # and stamps it after the first one has replaced it, but before the first one's stamp lands.
    from fjquotes.corpora import open_corpus
    from fjquotes.search import Searcher

    path = corpus(tmp_path)
    loaded = open_corpus([str(path)])
    index = Searcher(loaded).index
    key = cache.cache_key([str(path)])
    assert key is not None
    real_replace = os.replace
    second = threading.Thread(target=cache.store, args=(key, loaded, index))

    def let_another_write_then_replace(source: str, target: str) -> None:
        if str(target).endswith(".stamp") and second.ident is None:
            second.start()
            second.join(timeout=0.5)  # it may have to wait for this writer: that is the point
        real_replace(source, target)

    with monkeypatch.context() as patched:
        patched.setattr(os, "replace", let_another_write_then_replace)
        assert cache.store(key, loaded, index)
        second.join()
    assert cache.load(key) is not None


def test_cached_records_answer_every_command_as_a_fresh_load(
    runner: CliRunner, tmp_path: Path
) -> None:
    lines = ["First one.\n\t-- Aino Virtanen", "Second, with hydrogen.", "Third.\n— Aino Virtanen"]
    path = corpus(tmp_path, "\n%\n".join(lines) + "\n")
    search(runner, path)  # writes the cache
    for command in (
        ["show", "mine:3", "mine:1", "--json"],
        ["by", "virtanen", "--json"],
        ["list", "--format", "jsonl"],
        ["show", "mine:9"],
    ):
        warm = runner.invoke(app, ["--data", str(path), *command])
        cold = runner.invoke(app, ["--data", str(path), "--no-cache", *command])
        assert (warm.exit_code, warm.stdout) == (cold.exit_code, cold.stdout), command
    shown = json.loads(runner.invoke(app, ["--data", str(path), "show", "mine:3", "--json"]).stdout)
    assert shown[0]["text"] == "Third."


def test_stored_records_read_back_exactly_as_they_were() -> None:
    from fjquotes.lazy_records import LazyRecords, pack_records
    from fjquotes.model import Record, Span, Speaker, Value

    speaker = Speaker("aino", "Aino \udcff Virtanen", None, "VTT", "FI", ("Aino", "A. V."), None)
    records = [
        Record(
            id="q-1",
            kind="quote",
            text="Vety\u2019s \ud800 future",
            spans=(
                Span("s1", 3, 9, "own \U0001f600 words", pull_quote=True),
                Span("s2", 0, 4, "x"),
            ),
            speaker=speaker,
            partial=True,
            topics=("energy",),
            organizations=("VTT",),
            entities=("Japan",),
            values=(Value("number", 54), Value("number", 2.5, "GW"), Value("date", "2019-01-01")),
        ),
        Record(id="f-2", kind="fact", text="Plain.", spans=()),
    ]
    meta, buffers = pack_records(records, [speaker])
    stored = LazyRecords(meta, {name: memoryview(data) for name, data in buffers.items()})
    assert list(stored) == records
    assert [type(v.value) for v in stored[0].values] == [int, float, str]
