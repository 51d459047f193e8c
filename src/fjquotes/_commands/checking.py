"""`verify`: every span against its source text."""

# No `from __future__ import annotations`: Typer reads the parameters' annotations at each run.

from typing import Annotated

import typer

from fjquotes._cli import JsonFlag, app, emit, full_corpus_of, render_options
from fjquotes._commands.formats import TableOrJson
from fjquotes.exit_codes import ExitCode
from fjquotes.output import OutputFormat, verify_renderer


@app.command()
def verify(
    ctx: typer.Context,
    fmt: Annotated[
        TableOrJson, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)
    ] = TableOrJson.TABLE,
    as_json: JsonFlag = False,
) -> None:
    """Check that every span holds exactly its wording in the source text; exit 2 if not.

    Examples: fjquotes verify · fjquotes --data my-quotes.json verify --json
    """
    from fjquotes.verification import verify as check

    report = check(full_corpus_of(ctx))
    renderer = verify_renderer(OutputFormat.JSON if as_json else OutputFormat(fmt.value))
    options = render_options(ctx)
    emit(
        lambda out: renderer.render_verify(report, out, options),
        ExitCode.FOUND if report.ok else ExitCode.ERROR,
    )
