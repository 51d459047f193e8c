"""Input that tries to break fjquotes: each case gets one located line, exit 2, nothing changed."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from fjquotes._cli import app
from fjquotes.corpora import load_path
from fjquotes.errors import CorpusError

Deliver = Callable[[str], tuple[list[str], dict[str, str]]]
DELIVERIES: dict[str, Deliver] = {
    "--data": lambda path: (["--data", path], {}),
    "FJQUOTES_DATA": lambda path: ([], {"FJQUOTES_DATA": path}),
}
SMALL = {
    "schema_version": 1,
    "speakers": [{"id": "a", "name": "Aino Virtanen"}],
    "quotes": [
        {"id": "q1", "text": "Sisu is a way of life.", "speaker": "a"},
        {"id": "q2", "text": "Talk less, do more.", "speaker": "a"},
    ],
}


@pytest.fixture(params=sorted(DELIVERIES))
def deliver(request: pytest.FixtureRequest) -> Deliver:
    return DELIVERIES[request.param]


def refused(runner: CliRunner, deliver: Deliver, path: Path | str, *expected: str) -> str:
    """Run a search on `path`; assert one located error line and exit 2; return the line."""
    before = Path(path).read_bytes() if Path(path).is_file() else None
    args, env = deliver(str(path))
    result = runner.invoke(app, [*args, "search", "sisu"], env=env)
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"fjquotes: error: {path}")
    assert "Traceback" not in result.stderr
    for part in expected:
        assert part in lines[0]
    if before is not None:
        assert Path(path).read_bytes() == before
    return lines[0]


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def test_missing(runner: CliRunner, deliver: Deliver, tmp_path: Path) -> None:
    refused(runner, deliver, tmp_path / "nope.json", "No such file")


def test_empty_folder(runner: CliRunner, deliver: Deliver, tmp_path: Path) -> None:
    refused(runner, deliver, tmp_path, "holds no readable")


def test_unreadable(
    runner: CliRunner, deliver: Deliver, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "locked.json", json.dumps(SMALL))

    def denied(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied")

    # Root reads any file, so the refusal is simulated where fjquotes opens it.
    monkeypatch.setattr("fjquotes.reading.open", denied, raising=False)
    refused(runner, deliver, path, "Permission denied")


def test_symlink_loop(runner: CliRunner, deliver: Deliver, tmp_path: Path) -> None:
    loop = tmp_path / "loop.json"
    loop.symlink_to(tmp_path / "loop.json")
    refused(runner, deliver, loop, "symbolic links")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("", "is empty"),
        ("   \n\t\n", "is empty"),
        ("not json at all {", None),
        ("[1]", "record 0: expected an object, got number"),
        ('"a string"', "got string"),
        ("true", "got boolean"),
        ('{"schema_version": 7}', "unsupported version 7"),
        ('{"schema_version": 1, "quotes": [{"id": "q", "text": 5}]}', "field 'text'"),
        ('{"schema_version": 1, "quotes": [{"id": "q", "text": "x", "extra": 1}]}', "'extra'"),
        ('{"schema_version": 1, "quotes": [{"id": "q", "text": "x", "partial": 1}]}', "'partial'"),
        (
            '{"schema_version": 1, "quotes": [{"id": "q", "text": "x", "speaker": "ghost"}]}',
            "ghost",
        ),
        ('{"schema_version": 1, "schema_version": 1}', "duplicate key"),
        (
            '{"schema_version": 1, "quotes": [{"id": "q", "text": "x"}, {"id": "q", "text": "y"}]}',
            "duplicate record id",
        ),
        ('{"schema_version": NaN}', "NaN"),
        ('{"schema_version": Infinity}', "Infinity"),
        ('{"schema_version": 1, "quotes": [{"id": "q", "text": "\\ud800"}]}', "lone surrogate"),
        ('{"schema_version": ' + "9" * 5000 + "}", "not valid JSON"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ],
)
def test_broken_json(
    runner: CliRunner, deliver: Deliver, tmp_path: Path, content: str, expected: str | None
) -> None:
    path = write(tmp_path, "broken.json", content)
    refused(runner, deliver, path, *([expected] if expected else []))


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\xff\xfe{\x00}\x00", "UTF-16"),
        (b'{"schema_version": 1}\x00', "NUL byte at offset 21"),
        (b"Caf\xe9 au lait\n%\n", "not UTF-8 text (invalid byte at offset 3)"),
    ],
)
def test_bad_bytes(
    runner: CliRunner, deliver: Deliver, tmp_path: Path, content: bytes, expected: str
) -> None:
    refused(runner, deliver, write(tmp_path, "bytes.txt", content), expected)


def test_utf8_byte_order_mark_is_accepted(runner: CliRunner, tmp_path: Path) -> None:
    path = write(tmp_path, "bom.json", b"\xef\xbb\xbf" + json.dumps(SMALL).encode())
    result = runner.invoke(app, ["--data", str(path), "search", "sisu", "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)[0]["id"] == "q1"


def test_a_span_that_misquotes_its_source(
    runner: CliRunner, deliver: Deliver, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text("Sisu is a way of life.", encoding="utf-8")
    data = {
        **SMALL,
        "sources": [
            {
                "id": "s",
                "title": "T",
                "publisher": "P",
                "date": "2025",
                "address": "https://example.org",
                "file": "a.txt",
            }
        ],
    }
    data["quotes"] = [
        {
            "id": "q1",
            "text": "Sisu is a way of life.",
            "speaker": "a",
            "occurrences": [{"source": "s", "start": 0, "end": 4, "text": "Sisx"}],
        }
    ]
    refused(runner, deliver, write(tmp_path, "c.json", json.dumps(data)), "does not match")


@pytest.mark.parametrize("size", [200 * 2**20, 2 * 2**30])
def test_huge_files_are_refused_by_size(
    runner: CliRunner, deliver: Deliver, tmp_path: Path, size: int
) -> None:
    path = tmp_path / "huge.json"
    with open(path, "wb") as handle:
        handle.truncate(size)  # sparse: no disk is spent
    refused(runner, deliver, path, "MiB")


def test_device_and_fifo_are_refused_without_blocking(
    runner: CliRunner, deliver: Deliver, tmp_path: Path
) -> None:
    refused(runner, deliver, "/dev/zero", "character device")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    refused(runner, deliver, fifo, "a FIFO")


def test_a_fortune_folder_leaves_out_huge_files_and_fifos(tmp_path: Path) -> None:
    write(tmp_path, "wisdom", "Sisu carries you through.\n\t-- Aino Virtanen\n%\n")
    with open(tmp_path / "huge", "wb") as handle:
        # A fortune, then sparse zeros to 2 GiB: a file that must be left out, not read.
        handle.write(b"Sisu hides in huge files.\n\t-- Eero Salo\n%\n")
        handle.truncate(2 * 2**30)
    os.mkfifo(tmp_path / "pipe")
    result = subprocess.run(
        [sys.executable, "-m", "fjquotes", "--data", str(tmp_path), "--no-cache", "search", "sisu"],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert b"Aino Virtanen" in result.stdout
    assert b"Eero Salo" not in result.stdout


def test_every_truncated_prefix_is_refused(tmp_path: Path) -> None:
    text = json.dumps(SMALL)
    path = tmp_path / "cut.json"
    for end in range(len(text)):
        path.write_text(text[:end], encoding="utf-8")
        with pytest.raises(CorpusError) as caught:
            load_path(path)
        assert str(caught.value).startswith(str(path))
        assert "\n" not in str(caught.value)


def test_every_bad_record_is_listed_up_to_20(runner: CliRunner, tmp_path: Path) -> None:
    quotes = [{"id": f"q{i}", "text": "x", "speaker": "ghost"} for i in range(25)]
    path = write(tmp_path, "many.json", json.dumps({"schema_version": 1, "quotes": quotes}))
    result = runner.invoke(app, ["--data", str(path), "list"])
    lines = result.stderr.splitlines()
    assert result.exit_code == 2
    assert len(lines) == 21
    assert all("speaker 'ghost'" in line for line in lines[:20])
    assert lines[-1] == "fjquotes: error: … and 5 more problems (25 in all)"


def test_bad_records_in_json_lines_name_their_line(runner: CliRunner, tmp_path: Path) -> None:
    lines = ['{"text": "fine"}', '{"text": ""}', "{not json", '{"text": "ok", "kind": "joke"}']
    path = write(tmp_path, "records.jsonl", "\n".join(lines[:2] + lines[3:]))
    result = runner.invoke(app, ["--data", str(path), "list"])
    assert result.exit_code == 2
    assert "line 2: field 'text'" in result.stderr
    assert "line 3: field 'kind'" in result.stderr
    broken = write(tmp_path, "broken.jsonl", "\n".join(lines))
    line = refused(runner, DELIVERIES["--data"], broken)
    assert "line 3" in line


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
        lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
        max_leaves=30,
    )
)
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_json_value_gives_a_corpus_or_our_error(value: Any) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "any.json"
        path.write_text(json.dumps(value), encoding="utf-8")
        with contextlib.suppress(CorpusError):
            load_path(path)


@given(st.binary(max_size=400))
@settings(max_examples=200, deadline=None)
def test_any_bytes_give_a_corpus_or_our_error(data: bytes) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        for name in ("any.json", "any.txt"):
            path = Path(folder) / name
            path.write_bytes(data)
            with contextlib.suppress(CorpusError):
                load_path(path)


# --- queries and arguments --------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        ",.;!?",
        "\x00\x07\x1b[2J",
        "😀🇫🇮",
        "שלום עולם",
        "e\u0301\u0301\u0301",
        "x" * 100_000,
        "hydrogen " * 5000,
    ],
)
def test_odd_queries_answer_found_or_not_found(runner: CliRunner, query: str) -> None:
    result = runner.invoke(app, ["search", query, "--json"])
    assert result.exit_code in (0, 1)
    assert isinstance(json.loads(result.stdout), list)


@pytest.mark.parametrize(
    "args",
    [
        ["search", "x", "--limit", "-1"],
        ["search", "x", "--limit", "abc"],
        ["search", "x", "--limit", "1e30"],
        ["search", "x", "--frobnicate"],
    ],
)
def test_bad_arguments_are_usage_errors(runner: CliRunner, args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr


def _run(args: list[str | bytes], **env: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "fjquotes", *args],
        capture_output=True,
        env={**os.environ, **env},
        timeout=60,
        check=False,
    )


def test_an_invalid_utf8_byte_in_the_query() -> None:
    result = _run([b"search", b"hydro\xffgen"])
    assert result.returncode in (0, 1)
    assert b"Traceback" not in result.stderr


def test_ascii_only_output_degrades_instead_of_crashing() -> None:
    table = _run(["search", "jyvaskyla"], PYTHONIOENCODING="ascii")
    assert table.returncode == 0, table.stderr
    assert b"Jyv" in table.stdout
    as_json = _run(["search", "jyvaskyla", "--json"], PYTHONIOENCODING="ascii")
    assert as_json.returncode == 0, as_json.stderr
    assert json.loads(as_json.stdout)[0]["text"].count("Jyväskylä") == 1


def test_a_tiny_dumb_terminal() -> None:
    result = _run(["search", "japan"], NO_COLOR="1", COLUMNS="20", TERM="dumb")
    assert result.returncode == 0, result.stderr
    assert b"\x1b" not in result.stdout
    assert max(len(line) for line in result.stdout.decode().splitlines()) <= 20


def test_ctrl_c_mid_search_exits_130(tmp_path: Path) -> None:
    records = [{"text": f"record {i} about hydrogen and japan"} for i in range(60_000)]
    path = tmp_path / "slow.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "fjquotes", "--data", str(path), "--no-cache", "search", "hydrogen"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    time.sleep(1.0)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert b"Traceback" not in stderr
