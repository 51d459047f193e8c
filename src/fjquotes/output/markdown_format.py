"""Markdown output: a blockquote per quotation with its attribution and a link to the source."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from fjquotes.output.inert import inert

if TYPE_CHECKING:
    from fjquotes.catalog import Cell, Listing
    from fjquotes.context import Context
    from fjquotes.model import Corpus, Record, SearchHit
    from fjquotes.output import RenderOptions

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#])")


def md(text: str) -> str:
    """`text` as literal Markdown: formatting characters escaped, controls made visible."""
    return _SPECIAL.sub(r"\\\1", inert(text)).replace("\n", " ")


def _cell(value: Cell) -> str:
    return "" if value is None else md(str(value))


def _source_link(record: Record, corpus: Corpus) -> str:
    links = []
    for source_id in dict.fromkeys(s.source for s in record.spans):
        source = corpus.sources.get(source_id)
        if source is not None:
            links.append(
                f"[{md(source.title)}](<{inert(source.address)}>) "
                f"({md(source.publisher)}, {md(source.date)})"
            )
    return "; ".join(links)


def render_hits(
    hits: Sequence[SearchHit], corpus: Corpus, out: TextIO, options: RenderOptions
) -> None:
    """Write a blockquote per quotation and a bullet per fact, each with its sources."""
    for hit in hits:
        record = hit.record
        link = _source_link(record, corpus)
        if record.kind == "quote":
            out.write(f"> {md(record.text)}\n>\n")
            speaker = record.speaker
            who = (
                ", ".join(md(x) for x in (speaker.name, speaker.role, speaker.organization) if x)
                if speaker
                else "unknown speaker"
            )
            out.write(f"> — {who}" + (f", in {link}" if link else "") + "\n\n")
        else:
            out.write(f"- {md(record.text)}" + (f" ({link})" if link else "") + "\n\n")


def render_listings(listings: Sequence[Listing], out: TextIO, options: RenderOptions) -> None:
    """Write each table as a Markdown table under a heading."""
    for listing in listings:
        out.write(f"### {md(listing.title)}\n\n")
        out.write("| " + " | ".join(md(c) for c in listing.columns) + " |\n")
        out.write("|" + "---|" * len(listing.columns) + "\n")
        for row in listing.rows:
            out.write("| " + " | ".join(_cell(c) for c in row) + " |\n")
        out.write("\n")


def render_contexts(contexts: Sequence[Context], out: TextIO, options: RenderOptions) -> None:
    """Write each paragraph as a blockquote with the record's words in bold."""
    for c in contexts:
        para = c.paragraph
        out.write(f"> {md(para[: c.start])}**{md(para[c.start : c.end])}**{md(para[c.end :])}\n")
        out.write(
            f">\n> — [{md(c.title)}](<{inert(c.address)}>), {md(c.publisher)}, {md(c.date)}\n\n"
        )
