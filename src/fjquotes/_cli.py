"""The command line: parse arguments, ask the core, pick a renderer, set the exit status.

The app, its global options and what the commands share live here; the commands themselves in
`fjquotes._commands`, a module for each family, and a run imports only the module of the
command it runs.
"""

# No `from __future__ import annotations` here: Typer would then compile every parameter's
# annotation from its string on each run; evaluated once at import they cost nothing later.

import atexit
import contextlib
import copy
import importlib
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, Optional, TextIO

import typer

from fjquotes import __version__
from fjquotes.corpora import BUNDLED, DATA_ENV, data_paths, open_corpus
from fjquotes.errors import CorpusError
from fjquotes.exit_codes import ExitCode
from fjquotes.model import Corpus, SearchHit
from fjquotes.output import OutputFormat, RenderOptions, hit_renderer

if TYPE_CHECKING:
    from fjquotes.cache import CacheKey
    from fjquotes.search import Filters, Searcher

MAX_PROBLEM_LINES = 20
# Typer's shell completion answers when this is set (from the program's name).
COMPLETION_VAR = "_FJQUOTES_COMPLETE"
# Corpora this large take a noticeable moment to index: show a progress bar on a terminal.
PROGRESS_FROM = 20_000

app = typer.Typer(
    name="fjquotes",
    help="Look up attributed quotations and checkable facts on Finland–Japan cooperation, "
    "each traced to the exact words of its source.\n\n"
    "Examples:  fjquotes search hydrogen  ·  fjquotes by Rautalinko  ·  "
    "fjquotes search quantum --json",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class KindChoice(str, Enum):
    """Which records a command shows."""

    QUOTE = "quote"
    FACT = "fact"


FormatOption = Annotated[
    OutputFormat,
    typer.Option("--format", "-f", help="Output format.", case_sensitive=False),
]
JsonFlag = Annotated[bool, typer.Option("--json", help="Short for --format json.")]
KindOption = Annotated[
    Optional[KindChoice], typer.Option("--kind", help="Only quotes or only facts.")
]
TopicOption = Annotated[
    Optional[list[str]],
    typer.Option("--topic", metavar="TOPIC", help="Only this topic (repeat for any of several)."),
]
SpeakerOption = Annotated[
    Optional[list[str]],
    typer.Option("--speaker", metavar="NAME", help="Only quotes by this speaker; typos forgiven."),
]
OrgOption = Annotated[
    Optional[list[str]],
    typer.Option("--org", metavar="NAME", help="Only records naming this organization."),
]
SourceOption = Annotated[
    Optional[list[str]],
    typer.Option("--source", metavar="ID", help="Only records from this source id."),
]


def limit_option(default: int) -> Any:
    """The --limit option, showing `default` in its help (0 meaning all)."""
    return typer.Option(
        "--limit",
        "-n",
        min=0,
        metavar="N",
        help=f"Show at most N records; 0 shows all. Default: {default or 'all'}.",
    )


class _State:
    """What the global options decided, for every command."""

    def __init__(self, paths: list[str], color: bool | None, use_cache: bool = True) -> None:
        self.paths = paths
        self.color = color
        self.use_cache = use_cache


def diagnostic(message: str) -> None:
    """Write one line to stderr, after the program's name."""
    sys.stderr.write(f"fjquotes: {message}\n")


def _detach_stdout() -> None:
    # Point fd 1 at /dev/null so the interpreter's final flush cannot fail a second time.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _stdout_failed(exc: Exception) -> ExitCode | None:
    """Stop writing after `exc`: None when the reader left, else the error is reported."""
    _detach_stdout()
    if isinstance(exc, BrokenPipeError):
        return None
    diagnostic(f"error: cannot write output: {getattr(exc, 'strerror', None) or exc}")
    return ExitCode.ERROR


@contextmanager
def corpus_guard() -> Iterator[None]:
    """Turn a corpus that cannot be used into located messages and exit status 2."""
    try:
        yield
    except CorpusError as exc:
        problems = exc.problems or (str(exc),)
        for line in problems[:MAX_PROBLEM_LINES]:
            diagnostic(f"error: {line}")
        if len(problems) > MAX_PROBLEM_LINES:
            diagnostic(
                f"error: … and {len(problems) - MAX_PROBLEM_LINES} more problems "
                f"({len(problems)} in all)"
            )
        raise typer.Exit(ExitCode.ERROR) from None


def emit(write: Callable[[TextIO], None], status: ExitCode) -> NoReturn:
    """Write the results; a reader that hung up ends us quietly, a failing stdout is an error."""
    if sys.stdout is None:  # started with stdout closed (`>&-`)
        diagnostic("error: cannot write output: standard output is closed")
        raise typer.Exit(ExitCode.ERROR)
    try:
        write(sys.stdout)
        sys.stdout.flush()
    except OSError as exc:
        status = _stdout_failed(exc) or status
    raise typer.Exit(status)


def usage_error(message: str) -> NoReturn:
    """Report a usage error in one line and end with status 2."""
    diagnostic(f"error: {message}")
    raise typer.Exit(ExitCode.ERROR)


def _state(ctx: typer.Context) -> _State:
    state = ctx.find_root().obj
    return state if isinstance(state, _State) else _State([], None)


def render_options(ctx: typer.Context, caption: str | None = None) -> RenderOptions:
    """How the global options say to render, with `caption` under a table."""
    return RenderOptions(color=_state(ctx).color, caption=caption)


def chosen_format(fmt: OutputFormat, as_json: bool) -> OutputFormat:
    """`fmt`, unless --json asked for JSON."""
    return OutputFormat.JSON if as_json else fmt


def _cache_key(state: _State) -> "CacheKey | None":
    if not state.use_cache:
        return None
    from fjquotes.cache import cache_key

    return cache_key(state.paths or [BUNDLED])


def corpus_of(ctx: typer.Context) -> Corpus:
    """The corpus, from the index cache when one is sound; nothing is built or written."""
    state = _state(ctx)
    key = _cache_key(state)
    if key is not None:
        from fjquotes import cache

        hit = cache.load(key)
        if hit is not None:
            return hit[0]
    with corpus_guard():
        return open_corpus(state.paths)


def full_corpus_of(ctx: typer.Context) -> Corpus:
    """The corpus read from its files, with its source texts (the index cache holds none)."""
    with corpus_guard():
        return open_corpus(_state(ctx).paths)


def searcher_of(ctx: typer.Context) -> "Searcher":
    """The corpus with its index: from the cache when sound, else built and cached."""
    from fjquotes.search import Searcher

    state = _state(ctx)
    key = _cache_key(state)
    if key is not None:
        from fjquotes import cache

        hit = cache.load(key)
        if hit is not None:
            return Searcher(hit[0], index=hit[1])
    with corpus_guard():
        corpus = open_corpus(state.paths)
    searcher = _build(corpus)
    if key is not None:
        from fjquotes import cache

        cache.store(key, corpus, searcher.index)
    return searcher


def _build(corpus: Corpus) -> "Searcher":
    """Build the index, with a progress bar on a terminal when that takes a while."""
    from fjquotes.search import Searcher

    if len(corpus.records) < PROGRESS_FROM or not sys.stderr.isatty():
        return Searcher(corpus)
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("indexing", total=len(corpus.records))
        return Searcher(corpus, progress=lambda done: bar.update(task, completed=done))


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
    no_color: Annotated[
        bool, typer.Option("--no-color", help="No colour, whatever the terminal says.")
    ] = False,
    no_cache: Annotated[
        bool,
        typer.Option("--no-cache", help="Neither read nor write the index cache."),
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Look up attributed quotations and checkable facts on Finland–Japan cooperation."""
    ctx.obj = _State(
        data_paths(data or [], os.environ), False if no_color else None, use_cache=not no_cache
    )


def filters_of(
    corpus: Corpus,
    *,
    kind: KindChoice | None,
    topics: list[str] | None,
    speakers: list[str] | None,
    orgs: list[str] | None,
    sources: list[str] | None,
) -> "Filters":
    """Check the filter values against the corpus; an unknown topic or source is a usage error."""
    from fjquotes.search import Filters

    for value in topics or []:
        if value not in corpus.topics:
            usage_error(f"unknown topic {value!r}; topics: {', '.join(sorted(corpus.topics))}")
    for value in sources or []:
        if value not in corpus.sources:
            usage_error(f"unknown source {value!r}; sources: {', '.join(corpus.sources)}")
    speaker_ids: list[str] = []
    if speakers:
        from fjquotes.speakers import find_speakers

        for name in speakers:
            found = find_speakers(name, corpus.speakers.values())
            if not found:
                no_speaker(name, corpus)
            speaker_ids.extend(s.id for s in found)
    return Filters(
        kind=kind.value if kind else None,
        topics=tuple(topics or ()),
        speakers=tuple(speaker_ids),
        organizations=tuple(orgs or ()),
        sources=tuple(sources or ()),
    )


def no_speaker(name: str, corpus: Corpus) -> NoReturn:
    """Say that no speaker matches `name`, with the nearest names, and end with status 1."""
    from fjquotes.speakers import nearest_names

    near = nearest_names(name, corpus.speakers.values())
    hint = f"; nearest: {', '.join(near)}" if near else ""
    diagnostic(f"no speaker matches {name!r}{hint}")
    raise typer.Exit(ExitCode.NOT_FOUND)


def cut_caption(shown: int, total: int, noun: str, nouns: str) -> str:
    """A caption counting what is shown, and saying so when --limit left some out."""
    noun = noun if total == 1 else nouns
    if shown < total:
        return f"{shown} of {total} {noun} (--limit 0 shows all)"
    return f"{total} {noun}"


def show_hits(
    ctx: typer.Context,
    hits: Sequence[SearchHit],
    corpus: Corpus,
    fmt: OutputFormat,
    caption: str | None,
    total: int | None = None,
) -> NoReturn:
    """Write the hits in `fmt` and end: status 0 with hits, 1 without."""
    if total is not None and len(hits) < total and fmt is not OutputFormat.TABLE:
        diagnostic(f"showing {len(hits)} of {total} (--limit 0 shows all)")
    renderer = hit_renderer(fmt)
    status = ExitCode.FOUND if hits else ExitCode.NOT_FOUND
    if not hits and fmt is OutputFormat.TABLE:
        diagnostic("nothing found")
    options = render_options(ctx, caption)
    emit(lambda out: renderer.render_hits(hits, corpus, out, options), status)


def _tolerant_streams() -> None:
    # An ASCII-only terminal (PYTHONIOENCODING=ascii, LANG=C) gets escapes, not a crash.
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "utf-8").lower()
        if not encoding.replace("_", "-").startswith("utf"):
            with contextlib.suppress(AttributeError, ValueError):
                stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]


# Global options that take a value: what follows them is not the command's name.
_VALUED_GLOBALS = frozenset({"--data"})


def _invoked(args: Sequence[str]) -> str | None:
    """The command named on the command line, past the global options; None if none is."""
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in _VALUED_GLOBALS:
            skip = True
        elif arg == "--" or not arg.startswith("-"):
            return None if arg == "--" else arg
    return None


# The module of `fjquotes._commands` that defines each command, in the order help lists them.
COMMAND_MODULES = {
    "search": "searching",
    "by": "records",
    "list": "records",
    "show": "records",
    "random": "records",
    "speakers": "listings",
    "topics": "listings",
    "sources": "listings",
    "stats": "listings",
    "verify": "checking",
    "extract": "growing",
    "add": "growing",
}


def load_commands(names: Sequence[str] = tuple(COMMAND_MODULES)) -> None:
    """Add the named commands (by default all, in help's order) to `app`."""
    for module in dict.fromkeys(COMMAND_MODULES[name] for name in names):
        importlib.import_module(f"fjquotes._commands.{module}")


def _app_for(args: Sequence[str]) -> typer.Typer:
    """The app with only the command being run, when one is named.

    Defining every command costs a search a millisecond, and Typer inspects the signature of
    each one the app holds on every run, which costs more than a search of the bundled corpus.
    """
    name = _invoked(args)
    load_commands([name] if name in COMMAND_MODULES else list(COMMAND_MODULES))
    chosen = [
        c
        for c in app.registered_commands
        if c.callback is not None
        and (c.name or typer.main.get_command_name(c.callback.__name__)) == name
    ]
    if not chosen:
        return app  # no command, or an unknown one: help and "no such command" list them all
    lean = copy.copy(app)
    lean.registered_commands = chosen
    return lean


def run(args: Sequence[str]) -> ExitCode:
    """Run the command line `args` and return its exit status; errors are one line on stderr."""
    try:
        status = _app_for(args)(args=list(args), prog_name="fjquotes", standalone_mode=False)
    except typer.TyperException as exc:  # click's usage errors: a bad option, value or command
        # By name: the class lives in Typer's private copy of click.
        if type(exc).__name__ == "NoArgsIsHelpError":
            # Rich has printed the help already; without Rich, the message is the help.
            if exc.format_message().strip():
                sys.stderr.write(exc.format_message().rstrip("\n") + "\n")
            return ExitCode.ERROR
        message = " ".join(exc.format_message().split())
        where = getattr(getattr(exc, "ctx", None), "command_path", None) or "fjquotes"
        diagnostic(f"error: {message} (see '{where} --help')")
        return ExitCode.ERROR
    except typer.Abort:  # end of input at a prompt, which click treats as the user giving up
        return ExitCode.INTERRUPTED
    except KeyboardInterrupt:
        return ExitCode.INTERRUPTED
    except SystemExit as exc:
        # Click (for --version) and Rich (for help) end with status 1 when the reader of their
        # text has left: as for our results, nothing went wrong. Shell completion, the one other
        # way out, keeps its own status.
        if exc.code != 1 or COMPLETION_VAR in os.environ:
            raise
        _detach_stdout()
        return ExitCode.FOUND
    except OSError as exc:  # help or version text to a full disk; files are read elsewhere
        if exc.filename:
            diagnostic(f"error: {exc.filename}: {exc.strerror or exc}")
            return ExitCode.ERROR
        return _stdout_failed(exc) or ExitCode.FOUND
    try:
        return ExitCode(status or 0)
    except ValueError:  # a status no fjquotes command sets
        return ExitCode.ERROR


def _threads_working() -> bool:
    """Whether a thread the interpreter would wait for at exit is still running."""
    threading = sys.modules.get("threading")
    if threading is None:
        return False
    main_thread = threading.main_thread()
    return any(t is not main_thread and not t.daemon for t in threading.enumerate())


def _exit_now(status: ExitCode) -> NoReturn:
    """End the process with `status` once the exit handlers have run and output is flushed.

    The interpreter's own teardown frees every module and object one at a time: on a search
    that is a sixth of the run, for memory the system reclaims at once anyway.
    """
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError) as exc:
            if stream is sys.stdout:
                status = _stdout_failed(exc) or status
    os._exit(status)


def main() -> None:
    """Console-script entry point."""
    _tolerant_streams()
    status = run(sys.argv[1:])
    if _threads_working():
        sys.exit(status)  # the interpreter waits for them; os._exit would cut them off
    _exit_now(status)
