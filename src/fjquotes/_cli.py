"""The command line: parse arguments, ask the core, pick a renderer, set the exit status."""

from __future__ import annotations

import difflib
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from enum import Enum
from typing import Annotated, NoReturn, Optional, TextIO

import typer

from fjquotes import __version__
from fjquotes.corpora import BUNDLED, DATA_ENV, data_paths, open_corpus
from fjquotes.errors import CorpusError
from fjquotes.exit_codes import ExitCode
from fjquotes.model import Corpus, SearchHit
from fjquotes.output import OutputFormat, renderer_for

MAX_PROBLEM_LINES = 20

app = typer.Typer(
    name="fjquotes",
    help="Look up attributed quotations and checkable facts on Finland–Japan cooperation.\n\n"
    "Example: fjquotes list --kind quote",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class KindChoice(str, Enum):
    """Which records a command shows."""

    QUOTE = "quote"
    FACT = "fact"


FormatOption = Annotated[
    OutputFormat, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)
]
JsonFlag = Annotated[bool, typer.Option("--json", help="Short for --format json.")]
KindOption = Annotated[
    Optional[KindChoice], typer.Option("--kind", help="Only quotes or only facts.")
]


def _error(message: str) -> None:
    sys.stderr.write(f"fjquotes: {message}\n")


def _detach_stdout() -> None:
    # Point fd 1 at /dev/null so the interpreter's final flush cannot fail a second time.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


@contextmanager
def _guard() -> Iterator[None]:
    """Turn a corpus that cannot be used into a located message and exit status 2."""
    try:
        yield
    except CorpusError as exc:
        problems = exc.problems or (str(exc),)
        for line in problems[:MAX_PROBLEM_LINES]:
            _error(f"error: {line}")
        if len(problems) > MAX_PROBLEM_LINES:
            _error(
                f"error: … and {len(problems) - MAX_PROBLEM_LINES} more problems "
                f"({len(problems)} in all)"
            )
        raise typer.Exit(ExitCode.ERROR) from None


def _emit(write: Callable[[TextIO], None], status: ExitCode) -> NoReturn:
    """Write the results; a reader that hung up ends us quietly, a failing stdout is an error."""
    try:
        write(sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:
        _detach_stdout()
    except OSError as exc:
        _detach_stdout()
        _error(f"error: cannot write output: {exc.strerror or exc}")
        status = ExitCode.ERROR
    raise typer.Exit(status)


def _format(fmt: OutputFormat, as_json: bool) -> OutputFormat:
    return OutputFormat.JSON if as_json else fmt


def _corpus(ctx: typer.Context) -> Corpus:
    paths: list[str] = ctx.obj or []
    with _guard():
        return open_corpus(paths)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"fjquotes {__version__}\n")
        raise typer.Exit(ExitCode.FOUND)


@app.callback()
def _root(
    ctx: typer.Context,
    data: Annotated[
        Optional[list[str]],
        typer.Option(
            "--data",
            metavar="PATH",
            help=f"Corpus file to use instead of the bundled one; repeat for several, "
            f"'{BUNDLED}' names the bundled corpus. Default: ${DATA_ENV} "
            f"(paths joined by '{os.pathsep}'), else the bundled corpus.",
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Look up attributed quotations and checkable facts on Finland–Japan cooperation."""
    ctx.obj = data_paths(data or [], os.environ)


def _show_hits(
    hits: Sequence[SearchHit], corpus: Corpus, fmt: OutputFormat, caption: str | None
) -> NoReturn:
    renderer = renderer_for(fmt)
    status = ExitCode.FOUND if hits else ExitCode.NOT_FOUND
    _emit(lambda out: renderer.render_hits(hits, corpus, out, caption), status)


@app.command("list")
def list_records(
    ctx: typer.Context,
    kind: KindOption = None,
    fmt: FormatOption = OutputFormat.TABLE,
    as_json: JsonFlag = False,
) -> None:
    """List every record of the corpus, in corpus order.

    Example: fjquotes list --kind fact --json
    """
    corpus = _corpus(ctx)
    hits = [SearchHit(r) for r in corpus.records if kind is None or r.kind == kind.value]
    quotes = sum(1 for h in hits if h.record.kind == "quote")
    caption = f"{len(hits)} records: {quotes} quotes, {len(hits) - quotes} facts"
    _show_hits(hits, corpus, _format(fmt, as_json), caption)


@app.command()
def show(
    ctx: typer.Context,
    ids: Annotated[list[str], typer.Argument(metavar="ID...", help="Record ids.")],
    fmt: FormatOption = OutputFormat.TABLE,
    as_json: JsonFlag = False,
) -> None:
    """Show records by id; an unknown id is named on stderr with the closest ids.

    Example: fjquotes show q-okada-never-closer
    """
    corpus = _corpus(ctx)
    hits = []
    missing = False
    for record_id in ids:
        record = corpus.get(record_id)
        if record is None:
            missing = True
            near = difflib.get_close_matches(record_id, list(corpus.ids()), n=3, cutoff=0.5)
            hint = f"; did you mean {', '.join(near)}?" if near else ""
            _error(f"no record with id {record_id!r}{hint}")
        else:
            hits.append(SearchHit(record))
    renderer = renderer_for(_format(fmt, as_json))
    status = ExitCode.NOT_FOUND if missing else ExitCode.FOUND
    _emit(lambda out: renderer.render_hits(hits, corpus, out, None), status)


@app.command()
def verify(
    ctx: typer.Context,
    fmt: FormatOption = OutputFormat.TABLE,
    as_json: JsonFlag = False,
) -> None:
    """Check that every span holds exactly its wording in the source text; exit 2 if not.

    Example: fjquotes verify --data my-quotes.json
    """
    from fjquotes.verification import verify as check

    report = check(_corpus(ctx))
    renderer = renderer_for(_format(fmt, as_json))
    _emit(
        lambda out: renderer.render_verify(report, out),
        ExitCode.FOUND if report.ok else ExitCode.ERROR,
    )


def main() -> None:
    """Console-script entry point."""
    app(prog_name="fjquotes")
