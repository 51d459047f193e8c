"""`search`: the ranked, typo-tolerant search, the command most runs are."""

# No `from __future__ import annotations`: Typer reads the parameters' annotations at each run.

from typing import Annotated

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
    cut_caption,
    filters_of,
    limit_option,
    searcher_of,
    show_hits,
)
from fjquotes.output import OutputFormat


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
    limit: Annotated[int, limit_option(10)] = 10,
    fmt: FormatOption = OutputFormat.TABLE,
    as_json: JsonFlag = False,
) -> None:
    """Search quotes and facts, forgiving typos; the best match comes first.

    Examples: fjquotes search hydrogen · fjquotes search jyvaskyla --json ·
    fjquotes search '"true alignment"' · fjquotes search japan --kind fact --topic defense
    """
    searcher = searcher_of(ctx)
    corpus = searcher.corpus
    filters = filters_of(
        corpus, kind=kind, topics=topic, speakers=speaker, orgs=org, sources=source
    )
    result = searcher.search(" ".join(query), filters, limit or None)
    caption = cut_caption(len(result.hits), result.total, "match", "matches")
    show_hits(ctx, result.hits, corpus, chosen_format(fmt, as_json), caption, result.total)
