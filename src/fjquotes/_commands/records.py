"""Commands that show records: `by`, `list`, `show` and `random`."""

# No `from __future__ import annotations`: Typer reads the parameters' annotations at each run.

from typing import Annotated, Optional

import typer

from fjquotes._cli import (
    FormatOption,
    JsonFlag,
    KindOption,
    OrgOption,
    SourceOption,
    SpeakerOption,
    TopicOption,
    app,
    chosen_format,
    corpus_of,
    cut_caption,
    diagnostic,
    emit,
    filters_of,
    full_corpus_of,
    limit_option,
    no_speaker,
    render_options,
    searcher_of,
    show_hits,
    usage_error,
)
from fjquotes._commands.formats import ContextFormat
from fjquotes.exit_codes import ExitCode
from fjquotes.model import SearchHit
from fjquotes.output import OutputFormat, context_renderer, hit_renderer

# Up to this many records an unknown id gets "did you mean" suggestions.
SUGGEST_UP_TO = 100_000


@app.command()
def by(
    ctx: typer.Context,
    name: Annotated[
        list[str],
        typer.Argument(metavar="NAME...", help="A speaker's name, surname or title, any case."),
    ],
    limit: Annotated[int, limit_option(0)] = 0,
    fmt: FormatOption = OutputFormat.TABLE,
    as_json: JsonFlag = False,
) -> None:
    """Every quotation by a speaker, in the order the sources give them.

    Examples: fjquotes by Rautalinko · fjquotes by ambassador okada --format cite ·
    fjquotes by harju jeanty --json
    """
    from fjquotes.search import Filters, sorted_by_place
    from fjquotes.speakers import find_speakers

    searcher = searcher_of(ctx)
    corpus = searcher.corpus
    wanted = " ".join(name)
    speakers = find_speakers(wanted, corpus.speakers.values())
    if not speakers:
        no_speaker(wanted, corpus)
    # The speaker facet names their records: no need to look at every record.
    quotes = searcher.list(Filters(kind="quote", speakers=tuple(s.id for s in speakers)))
    ordered = sorted_by_place(quotes, corpus)
    shown = ordered[:limit] if limit else ordered
    who = ", ".join(s.name for s in speakers)
    caption = cut_caption(len(shown), len(ordered), f"quote by {who}", f"quotes by {who}")
    show_hits(
        ctx,
        [SearchHit(r) for r in shown],
        corpus,
        chosen_format(fmt, as_json),
        caption,
        len(ordered),
    )


@app.command("list")
def list_records(
    ctx: typer.Context,
    kind: KindOption = None,
    topic: TopicOption = None,
    speaker: SpeakerOption = None,
    org: OrgOption = None,
    source: SourceOption = None,
    limit: Annotated[int, limit_option(0)] = 0,
    fmt: FormatOption = OutputFormat.TABLE,
    as_json: JsonFlag = False,
) -> None:
    """List the records of the corpus in corpus order, filtered as asked.

    Examples: fjquotes list --kind fact --topic space · fjquotes list --format csv > all.csv
    """
    searcher = searcher_of(ctx)
    corpus = searcher.corpus
    filters = filters_of(
        corpus, kind=kind, topics=topic, speakers=speaker, orgs=org, sources=source
    )
    records = searcher.list(filters)
    shown = records[:limit] if limit else records
    quotes = sum(1 for r in shown if r.kind == "quote")
    caption = cut_caption(len(shown), len(records), "record", "records")
    caption += f": {quotes} quotes, {len(shown) - quotes} facts" if shown else ""
    show_hits(
        ctx,
        [SearchHit(r) for r in shown],
        corpus,
        chosen_format(fmt, as_json),
        caption,
        len(records),
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
    corpus = full_corpus_of(ctx) if context else corpus_of(ctx)
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
            diagnostic(f"no record with id {record_id!r}{hint}")
        else:
            hits.append(SearchHit(record))
    status = ExitCode.NOT_FOUND if missing else ExitCode.FOUND
    fmt = chosen_format(fmt, as_json)
    if context:
        from fjquotes.context import contexts

        if fmt.value not in {f.value for f in ContextFormat}:
            usage_error("--context prints as table, json or markdown")
        found = [c for hit in hits for c in contexts(hit.record, corpus)]
        paragraphs = context_renderer(fmt)
        context_options = render_options(ctx)
        emit(lambda out: paragraphs.render_contexts(found, out, context_options), status)
    renderer = hit_renderer(fmt)
    options = render_options(ctx)
    emit(lambda out: renderer.render_hits(hits, corpus, out, options), status)


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

    searcher = searcher_of(ctx)
    corpus = searcher.corpus
    filters = filters_of(
        corpus, kind=kind, topics=topic, speakers=speaker, orgs=org, sources=source
    )
    # Unfiltered, pick a record number: a cached corpus need not build every record.
    records = searcher.list(filters) if filters.active() else corpus.records
    picked = [records[chance.Random(seed).randrange(len(records))]] if records else []
    show_hits(ctx, [SearchHit(r) for r in picked], corpus, chosen_format(fmt, as_json), None)
