"""Commands that show the corpus as tables of plain values: speakers, topics, sources, stats."""

# No `from __future__ import annotations`: Typer reads the parameters' annotations at each run.

from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from fjquotes._cli import JsonFlag, app, corpus_of, emit, render_options
from fjquotes._commands.formats import ListingFormat
from fjquotes.exit_codes import ExitCode
from fjquotes.output import OutputFormat, listing_renderer

if TYPE_CHECKING:
    from fjquotes.catalog import Listing


ListingFormatOption = Annotated[
    ListingFormat,
    typer.Option("--format", "-f", help="Output format.", case_sensitive=False),
]


def _show_listings(
    ctx: typer.Context, listings: Sequence["Listing"], fmt: ListingFormat, as_json: bool
) -> NoReturn:
    renderer = listing_renderer(OutputFormat.JSON if as_json else OutputFormat(fmt.value))
    status = ExitCode.FOUND if any(item.rows for item in listings) else ExitCode.NOT_FOUND
    options = render_options(ctx)
    emit(lambda out: renderer.render_listings(listings, out, options), status)


@app.command()
def speakers(
    ctx: typer.Context, fmt: ListingFormatOption = ListingFormat.TABLE, as_json: JsonFlag = False
) -> None:
    """The people quoted: role, organization, country and number of quotes.

    Examples: fjquotes speakers · fjquotes speakers --format csv
    """
    from fjquotes.catalog import speakers as listing

    _show_listings(ctx, [listing(corpus_of(ctx))], fmt, as_json)


@app.command()
def topics(
    ctx: typer.Context, fmt: ListingFormatOption = ListingFormat.TABLE, as_json: JsonFlag = False
) -> None:
    """The topic vocabulary, with how many quotes and facts each topic has.

    Examples: fjquotes topics · fjquotes search japan --topic defense
    """
    from fjquotes.catalog import topics as listing

    _show_listings(ctx, [listing(corpus_of(ctx))], fmt, as_json)


@app.command()
def sources(
    ctx: typer.Context, fmt: ListingFormatOption = ListingFormat.TABLE, as_json: JsonFlag = False
) -> None:
    """The source articles: title, publisher, date, address and record counts.

    Examples: fjquotes sources · fjquotes sources --json
    """
    from fjquotes.catalog import sources as listing

    _show_listings(ctx, [listing(corpus_of(ctx))], fmt, as_json)


@app.command()
def stats(
    ctx: typer.Context, fmt: ListingFormatOption = ListingFormat.TABLE, as_json: JsonFlag = False
) -> None:
    """The corpus at a glance: records by kind, topic, speaker and source, drawn as bars.

    Examples: fjquotes stats · fjquotes stats --json
    """
    from fjquotes.catalog import stats as listings

    _show_listings(ctx, listings(corpus_of(ctx)), fmt, as_json)
