"""The command line: parse arguments, ask the core, pick a renderer, set the exit status."""

# No `from __future__ import annotations` here: Typer would then compile every parameter's
# annotation from its string on each run; evaluated once at import they cost nothing later.

import atexit
import contextlib
import copy
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, Optional, TextIO

import typer

from fjquotes import __version__
from fjquotes.corpora import BUNDLED, DATA_ENV, data_paths, open_corpus
from fjquotes.errors import CorpusError
from fjquotes.exit_codes import ExitCode
from fjquotes.model import Corpus, SearchHit
from fjquotes.output import (
    OutputFormat,
    RenderOptions,
    context_renderer,
    hit_renderer,
    listing_renderer,
    verify_renderer,
)

if TYPE_CHECKING:
    from fjquotes.cache import CacheKey
    from fjquotes.catalog import Listing
    from fjquotes.search import Filters, Searcher

MAX_PROBLEM_LINES = 20
# Up to this many records an unknown id gets "did you mean" suggestions.
SUGGEST_UP_TO = 100_000
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


class ListingFormat(str, Enum):
    """Formats for tables of plain values (speakers, topics, sources, stats)."""

    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    MARKDOWN = "markdown"


class ContextFormat(str, Enum):
    """Formats for `show --context`."""

    TABLE = "table"
    JSON = "json"
    MARKDOWN = "markdown"


class VerifyFormat(str, Enum):
    """Formats for `verify`."""

    TABLE = "table"
    JSON = "json"


FormatOption = Annotated[
    OutputFormat,
    typer.Option("--format", "-f", help="Output format.", case_sensitive=False),
]
ListingFormatOption = Annotated[
    ListingFormat,
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


def _limit_option(default: int) -> Any:
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


def _error(message: str) -> None:
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
    _error(f"error: cannot write output: {getattr(exc, 'strerror', None) or exc}")
    return ExitCode.ERROR


@contextmanager
def _guard() -> Iterator[None]:
    """Turn a corpus that cannot be used into located messages and exit status 2."""
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
    if sys.stdout is None:  # started with stdout closed (`>&-`)
        _error("error: cannot write output: standard output is closed")
        raise typer.Exit(ExitCode.ERROR)
    try:
        write(sys.stdout)
        sys.stdout.flush()
    except OSError as exc:
        status = _stdout_failed(exc) or status
    raise typer.Exit(status)


def _usage_error(message: str) -> NoReturn:
    _error(f"error: {message}")
    raise typer.Exit(ExitCode.ERROR)


def _state(ctx: typer.Context) -> _State:
    state = ctx.find_root().obj
    return state if isinstance(state, _State) else _State([], None)


def _options(ctx: typer.Context, caption: str | None = None) -> RenderOptions:
    return RenderOptions(color=_state(ctx).color, caption=caption)


def _format(fmt: OutputFormat, as_json: bool) -> OutputFormat:
    return OutputFormat.JSON if as_json else fmt


def _cache_key(state: _State) -> "CacheKey | None":
    if not state.use_cache:
        return None
    from fjquotes.cache import cache_key

    return cache_key(state.paths or [BUNDLED])


def _corpus(ctx: typer.Context) -> Corpus:
    """The corpus, from the index cache when one is sound; nothing is built or written."""
    state = _state(ctx)
    key = _cache_key(state)
    if key is not None:
        from fjquotes import cache

        hit = cache.load(key)
        if hit is not None:
            return hit[0]
    with _guard():
        return open_corpus(state.paths)


def _full_corpus(ctx: typer.Context) -> Corpus:
    """The corpus read from its files, with its source texts (the index cache holds none)."""
    with _guard():
        return open_corpus(_state(ctx).paths)


def _searcher(ctx: typer.Context) -> "Searcher":
    """The corpus with its index: from the cache when sound, else built and cached."""
    from fjquotes.search import Searcher

    state = _state(ctx)
    key = _cache_key(state)
    if key is not None:
        from fjquotes import cache

        hit = cache.load(key)
        if hit is not None:
            return Searcher(hit[0], index=hit[1])
    with _guard():
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


def _filters(
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
            _usage_error(f"unknown topic {value!r}; topics: {', '.join(sorted(corpus.topics))}")
    for value in sources or []:
        if value not in corpus.sources:
            _usage_error(f"unknown source {value!r}; sources: {', '.join(corpus.sources)}")
    speaker_ids: list[str] = []
    if speakers:
        from fjquotes.speakers import find_speakers

        for name in speakers:
            found = find_speakers(name, corpus.speakers.values())
            if not found:
                _no_speaker(name, corpus)
            speaker_ids.extend(s.id for s in found)
    return Filters(
        kind=kind.value if kind else None,
        topics=tuple(topics or ()),
        speakers=tuple(speaker_ids),
        organizations=tuple(orgs or ()),
        sources=tuple(sources or ()),
    )


def _no_speaker(name: str, corpus: Corpus) -> NoReturn:
    from fjquotes.speakers import nearest_names

    near = nearest_names(name, corpus.speakers.values())
    hint = f"; nearest: {', '.join(near)}" if near else ""
    _error(f"no speaker matches {name!r}{hint}")
    raise typer.Exit(ExitCode.NOT_FOUND)


def _cut_caption(shown: int, total: int, noun: str, nouns: str) -> str:
    noun = noun if total == 1 else nouns
    if shown < total:
        return f"{shown} of {total} {noun} (--limit 0 shows all)"
    return f"{total} {noun}"


def _show_hits(
    ctx: typer.Context,
    hits: Sequence[SearchHit],
    corpus: Corpus,
    fmt: OutputFormat,
    caption: str | None,
    total: int | None = None,
) -> NoReturn:
    if total is not None and len(hits) < total and fmt is not OutputFormat.TABLE:
        _error(f"showing {len(hits)} of {total} (--limit 0 shows all)")
    renderer = hit_renderer(fmt)
    status = ExitCode.FOUND if hits else ExitCode.NOT_FOUND
    if not hits and fmt is OutputFormat.TABLE:
        _error("nothing found")
    options = _options(ctx, caption)
    _emit(lambda out: renderer.render_hits(hits, corpus, out, options), status)


def _show_listings(
    ctx: typer.Context, listings: Sequence["Listing"], fmt: ListingFormat
) -> NoReturn:
    renderer = listing_renderer(OutputFormat(fmt.value))
    status = ExitCode.FOUND if any(item.rows for item in listings) else ExitCode.NOT_FOUND
    options = _options(ctx)
    _emit(lambda out: renderer.render_listings(listings, out, options), status)


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[
        list[str],
        typer.Argument(metavar="QUERY...", help='Words to find; "quoted words" stand together.'),
    ],
    kind: KindOption = None,
    topic: TopicOption = None,
    speaker: SpeakerOption = None,
    org: OrgOption = None,
    source: SourceOption = None,
    limit: Annotated[int, _limit_option(10)] = 10,
    fmt: FormatOption = OutputFormat.TABLE,
    as_json: JsonFlag = False,
) -> None:
    """Search quotes and facts, forgiving typos; the best match comes first.

    Examples: fjquotes search hydrogen · fjquotes search jyvaskyla --json ·
    fjquotes search '"true alignment"' · fjquotes search japan --kind fact --topic defense
    """
    searcher = _searcher(ctx)
    corpus = searcher.corpus
    filters = _filters(corpus, kind=kind, topics=topic, speakers=speaker, orgs=org, sources=source)
    result = searcher.search(" ".join(query), filters, limit or None)
    caption = _cut_caption(len(result.hits), result.total, "match", "matches")
    _show_hits(ctx, result.hits, corpus, _format(fmt, as_json), caption, result.total)


@app.command()
def by(
    ctx: typer.Context,
    name: Annotated[
        list[str],
        typer.Argument(metavar="NAME...", help="A speaker's name, surname or title, any case."),
    ],
    limit: Annotated[int, _limit_option(0)] = 0,
    fmt: FormatOption = OutputFormat.TABLE,
    as_json: JsonFlag = False,
) -> None:
    """Every quotation by a speaker, in the order the sources give them.

    Examples: fjquotes by Rautalinko · fjquotes by ambassador okada --format cite ·
    fjquotes by harju jeanty --json
    """
    from fjquotes.search import Filters, sorted_by_place
    from fjquotes.speakers import find_speakers

    searcher = _searcher(ctx)
    corpus = searcher.corpus
    wanted = " ".join(name)
    speakers = find_speakers(wanted, corpus.speakers.values())
    if not speakers:
        _no_speaker(wanted, corpus)
    # The speaker facet names their records: no need to look at every record.
    quotes = searcher.list(Filters(kind="quote", speakers=tuple(s.id for s in speakers)))
    ordered = sorted_by_place(quotes, corpus)
    shown = ordered[:limit] if limit else ordered
    who = ", ".join(s.name for s in speakers)
    caption = _cut_caption(len(shown), len(ordered), f"quote by {who}", f"quotes by {who}")
    _show_hits(
        ctx, [SearchHit(r) for r in shown], corpus, _format(fmt, as_json), caption, len(ordered)
    )


@app.command("list")
def list_records(
    ctx: typer.Context,
    kind: KindOption = None,
    topic: TopicOption = None,
    speaker: SpeakerOption = None,
    org: OrgOption = None,
    source: SourceOption = None,
    limit: Annotated[int, _limit_option(0)] = 0,
    fmt: FormatOption = OutputFormat.TABLE,
    as_json: JsonFlag = False,
) -> None:
    """List the records of the corpus in corpus order, filtered as asked.

    Examples: fjquotes list --kind fact --topic space · fjquotes list --format csv > all.csv
    """
    searcher = _searcher(ctx)
    corpus = searcher.corpus
    filters = _filters(corpus, kind=kind, topics=topic, speakers=speaker, orgs=org, sources=source)
    records = searcher.list(filters)
    shown = records[:limit] if limit else records
    quotes = sum(1 for r in shown if r.kind == "quote")
    caption = _cut_caption(len(shown), len(records), "record", "records")
    caption += f": {quotes} quotes, {len(shown) - quotes} facts" if shown else ""
    _show_hits(
        ctx, [SearchHit(r) for r in shown], corpus, _format(fmt, as_json), caption, len(records)
    )


@app.command()
def show(
    ctx: typer.Context,
    ids: Annotated[list[str], typer.Argument(metavar="ID...", help="Record ids.")],
    context: Annotated[
        bool,
        typer.Option(
            "--context",
            "-c",
            help="Print each place the record stands: its whole "
            "paragraph, the words highlighted, with the source's details.",
        ),
    ] = False,
    fmt: FormatOption = OutputFormat.TABLE,
    as_json: JsonFlag = False,
) -> None:
    """Show records by id; an unknown id is named on stderr with the closest ids.

    Examples: fjquotes show q-okada-never-closer · fjquotes show q-okada-never-closer --context
    · fjquotes show f-iceye-54-satellites --format cite
    """
    corpus = _full_corpus(ctx) if context else _corpus(ctx)
    hits = []
    missing = False
    for record_id in ids:
        record = corpus.get(record_id)
        if record is None:
            import difflib

            missing = True
            # Comparing against every id of a huge corpus would take seconds: no hint there.
            small = len(corpus.records) <= SUGGEST_UP_TO
            near = (
                difflib.get_close_matches(record_id, list(corpus.ids()), n=3, cutoff=0.5)
                if small
                else []
            )
            hint = f"; did you mean {', '.join(near)}?" if near else ""
            _error(f"no record with id {record_id!r}{hint}")
        else:
            hits.append(SearchHit(record))
    status = ExitCode.NOT_FOUND if missing else ExitCode.FOUND
    fmt = _format(fmt, as_json)
    if context:
        from fjquotes.context import contexts

        if fmt.value not in {f.value for f in ContextFormat}:
            _usage_error("--context prints as table, json or markdown")
        found = [c for hit in hits for c in contexts(hit.record, corpus)]
        paragraphs = context_renderer(fmt)
        context_options = _options(ctx)
        _emit(lambda out: paragraphs.render_contexts(found, out, context_options), status)
    renderer = hit_renderer(fmt)
    options = _options(ctx)
    _emit(lambda out: renderer.render_hits(hits, corpus, out, options), status)


@app.command()
def random(
    ctx: typer.Context,
    kind: KindOption = None,
    topic: TopicOption = None,
    speaker: SpeakerOption = None,
    org: OrgOption = None,
    source: SourceOption = None,
    seed: Annotated[
        Optional[int], typer.Option("--seed", help="Pick the same record every time.")
    ] = None,
    fmt: FormatOption = OutputFormat.TABLE,
    as_json: JsonFlag = False,
) -> None:
    """One record at random, fortune-style, from those the filters allow.

    Examples: fjquotes random · fjquotes random --kind quote --topic energy --format cite ·
    fjquotes random --seed 7
    """
    import random as chance

    searcher = _searcher(ctx)
    corpus = searcher.corpus
    filters = _filters(corpus, kind=kind, topics=topic, speakers=speaker, orgs=org, sources=source)
    # Unfiltered, pick a record number: a cached corpus need not build every record.
    records = searcher.list(filters) if filters.active() else corpus.records
    picked = [records[chance.Random(seed).randrange(len(records))]] if records else []
    _show_hits(ctx, [SearchHit(r) for r in picked], corpus, _format(fmt, as_json), None)


@app.command()
def speakers(
    ctx: typer.Context, fmt: ListingFormatOption = ListingFormat.TABLE, as_json: JsonFlag = False
) -> None:
    """The people quoted: role, organization, country and number of quotes.

    Examples: fjquotes speakers · fjquotes speakers --format csv
    """
    from fjquotes.catalog import speakers as listing

    _show_listings(ctx, [listing(_corpus(ctx))], ListingFormat.JSON if as_json else fmt)


@app.command()
def topics(
    ctx: typer.Context, fmt: ListingFormatOption = ListingFormat.TABLE, as_json: JsonFlag = False
) -> None:
    """The topic vocabulary, with how many quotes and facts each topic has.

    Examples: fjquotes topics · fjquotes search japan --topic defense
    """
    from fjquotes.catalog import topics as listing

    _show_listings(ctx, [listing(_corpus(ctx))], ListingFormat.JSON if as_json else fmt)


@app.command()
def sources(
    ctx: typer.Context, fmt: ListingFormatOption = ListingFormat.TABLE, as_json: JsonFlag = False
) -> None:
    """The source articles: title, publisher, date, address and record counts.

    Examples: fjquotes sources · fjquotes sources --json
    """
    from fjquotes.catalog import sources as listing

    _show_listings(ctx, [listing(_corpus(ctx))], ListingFormat.JSON if as_json else fmt)


@app.command()
def stats(
    ctx: typer.Context, fmt: ListingFormatOption = ListingFormat.TABLE, as_json: JsonFlag = False
) -> None:
    """The corpus at a glance: records by kind, topic, speaker and source, drawn as bars.

    Examples: fjquotes stats · fjquotes stats --json
    """
    from fjquotes.catalog import stats as listings

    _show_listings(ctx, listings(_corpus(ctx)), ListingFormat.JSON if as_json else fmt)


@app.command()
def verify(
    ctx: typer.Context,
    fmt: Annotated[
        VerifyFormat, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)
    ] = VerifyFormat.TABLE,
    as_json: JsonFlag = False,
) -> None:
    """Check that every span holds exactly its wording in the source text; exit 2 if not.

    Examples: fjquotes verify · fjquotes --data my-quotes.json verify --json
    """
    from fjquotes.verification import verify as check

    report = check(_full_corpus(ctx))
    renderer = verify_renderer(OutputFormat.JSON if as_json else OutputFormat(fmt.value))
    options = _options(ctx)
    _emit(
        lambda out: renderer.render_verify(report, out, options),
        ExitCode.FOUND if report.ok else ExitCode.ERROR,
    )


class ExtractFormat(str, Enum):
    """Formats for `extract`."""

    TABLE = "table"
    JSON = "json"


@app.command()
def extract(
    ctx: typer.Context,
    article: Annotated[
        Path, typer.Argument(help="The article as plain UTF-8 text, one paragraph a line.")
    ],
    source_id: Annotated[
        Optional[str],
        typer.Option("--source-id", help="Id for the source entry (default: from the file name)."),
    ] = None,
    title: Annotated[Optional[str], typer.Option("--title", help="The article's title.")] = None,
    address: Annotated[Optional[str], typer.Option("--address", help="Its web address.")] = None,
    publisher: Annotated[
        Optional[str], typer.Option("--publisher", help="Who published it.")
    ] = None,
    date: Annotated[
        Optional[str], typer.Option("--date", help="ISO date, as far as known.")
    ] = None,
    fmt: Annotated[
        Optional[ExtractFormat],
        typer.Option(
            "--format",
            "-f",
            help="json (the default when piped) or table (the default on a terminal).",
            case_sensitive=False,
        ),
    ] = None,
) -> None:
    """Propose quote records from a news article, each with its speaker, rule and confidence.

    Examples: fjquotes extract article.txt --title "…" --address https://… > candidates.json ·
    fjquotes add candidates.json --to my-quotes.json
    """
    from fjquotes.candidates import candidate_document, slug
    from fjquotes.extract import extract as find
    from fjquotes.reading import read_text

    with _guard():
        text = read_text(article)
    corpus = _corpus(ctx)
    source = {
        "id": source_id or slug(article.stem, 8),
        "title": title or article.stem,
        "publisher": publisher or "unknown",
        "date": date or "unknown",
        "address": address or article.resolve().as_uri(),
        "file": str(article.resolve()),
    }
    found = find(text)
    document = candidate_document(found, source, corpus.speakers.values())
    chosen = fmt or (ExtractFormat.TABLE if sys.stdout.isatty() else ExtractFormat.JSON)
    status = ExitCode.FOUND if found else ExitCode.NOT_FOUND
    if chosen is ExtractFormat.JSON:
        from fjquotes.output.json_format import dump

        _emit(lambda out: dump(document, out), status)
    from fjquotes.catalog import Listing

    names = {s["id"]: s["name"] for s in document["speakers"]}
    # A surname nobody resolves is shown for the reviewer, marked as such: "Virtanen?".
    rows = tuple(
        (
            q["id"],
            q["text"],
            names.get(q["speaker"]) or (f"{q['named']}?" if q.get("named") else None),
            q["pattern"],
            q["confidence"],
        )
        for q in document["quotes"]
    )
    listing = Listing("Candidates", ("id", "words", "speaker", "pattern", "confidence"), rows)
    renderer = listing_renderer(OutputFormat.TABLE)
    options = _options(ctx)
    _emit(lambda out: renderer.render_listings([listing], out, options), status)


@app.command()
def add(
    candidates: Annotated[Path, typer.Argument(help="Reviewed candidates from `extract`.")],
    to: Annotated[
        Path, typer.Option("--to", help="The corpus file to add them to (created if missing).")
    ],
) -> None:
    """Merge reviewed candidates into a corpus file; the same quotation gains an occurrence.

    Examples: fjquotes add candidates.json --to my-quotes.json ·
    fjquotes --data my-quotes.json verify
    """
    import json

    from fjquotes.candidates import copy_source_texts, merge_documents, write_atomically
    from fjquotes.loading import build_corpus, parse_json
    from fjquotes.reading import read_text
    from fjquotes.verification import verify as check

    with _guard():
        incoming = parse_json(read_text(candidates), str(candidates))
        if not isinstance(incoming, dict) or not isinstance(incoming.get("quotes"), list):
            _usage_error(f"{candidates}: not a candidates file from `fjquotes extract`")
        target = parse_json(read_text(to), str(to)) if to.exists() else {"schema_version": 1}
        if not isinstance(target, dict):
            _usage_error(f"{to}: not a fjquotes corpus file")
        originals = {
            s["id"]: s.get("file") for s in incoming.get("sources", []) if isinstance(s, dict)
        }
        staged = json.loads(json.dumps(incoming))
        copy_source_texts(staged, to.parent, dry_run=True)
        merged = merge_documents(target, staged)

        def read_bytes(name: str) -> bytes:
            # Source texts not yet copied beside the corpus are read from where they are.
            path = to.parent / name
            original = originals.get(Path(name).stem)
            if not path.exists() and isinstance(original, str):
                return Path(original).read_bytes()
            return path.read_bytes()

        corpus = build_corpus(merged, str(to), read_bytes)
        report = check(corpus)
        if not report.ok:
            _usage_error(f"{to}: the merged corpus would not verify: {report.problems[0]}")
        copy_source_texts(incoming, to.parent)
        write_atomically(to, json.dumps(merged, ensure_ascii=False, indent=2) + "\n")
    added = len(merged["quotes"]) - len(target.get("quotes", []))
    sys.stderr.write(
        f"fjquotes: {to}: {added} {'quote' if added == 1 else 'quotes'} added, "
        f"{len(merged['quotes'])} in all; it verifies\n"
    )
    raise typer.Exit(ExitCode.FOUND)


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


def _app_for(args: Sequence[str]) -> typer.Typer:
    """The app with only the command being run, when one is named.

    Typer inspects every command's signature on each run, which costs more than a search of
    the bundled corpus does.
    """
    name = _invoked(args)
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
        _error(f"error: {message} (see '{where} --help')")
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
            _error(f"error: {exc.filename}: {exc.strerror or exc}")
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
