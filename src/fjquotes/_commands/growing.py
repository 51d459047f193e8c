"""Growing a corpus: `extract` proposes quotations from an article, `add` merges them."""

# No `from __future__ import annotations`: Typer reads the parameters' annotations at each run.

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from fjquotes._cli import app, corpus_guard, corpus_of, emit, render_options, usage_error
from fjquotes._commands.formats import TableOrJson
from fjquotes.exit_codes import ExitCode
from fjquotes.output import OutputFormat, listing_renderer


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
        Optional[TableOrJson],
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

    with corpus_guard():
        text = read_text(article)
    corpus = corpus_of(ctx)
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
    chosen = fmt or (TableOrJson.TABLE if sys.stdout.isatty() else TableOrJson.JSON)
    status = ExitCode.FOUND if found else ExitCode.NOT_FOUND
    if chosen is TableOrJson.JSON:
        from fjquotes.output.json_format import dump

        emit(lambda out: dump(document, out), status)
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
    options = render_options(ctx)
    emit(lambda out: renderer.render_listings([listing], out, options), status)


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

    with corpus_guard():
        incoming = parse_json(read_text(candidates), str(candidates))
        if not isinstance(incoming, dict) or not isinstance(incoming.get("quotes"), list):
            usage_error(f"{candidates}: not a candidates file from `fjquotes extract`")
        target = parse_json(read_text(to), str(to)) if to.exists() else {"schema_version": 1}
        if not isinstance(target, dict):
            usage_error(f"{to}: not a fjquotes corpus file")
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
            usage_error(f"{to}: the merged corpus would not verify: {report.problems[0]}")
        copy_source_texts(incoming, to.parent)
        write_atomically(to, json.dumps(merged, ensure_ascii=False, indent=2) + "\n")
    added = len(merged["quotes"]) - len(target.get("quotes", []))
    sys.stderr.write(
        f"fjquotes: {to}: {added} {'quote' if added == 1 else 'quotes'} added, "
        f"{len(merged['quotes'])} in all; it verifies\n"
    )
    raise typer.Exit(ExitCode.FOUND)
