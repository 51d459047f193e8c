"""CSV output: a header row, then one row a record; lists joined with "; ".

Control characters in cells are written as visible escapes, so a CSV shown in a terminal
cannot steer it.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from fjquotes.output.inert import inert

if TYPE_CHECKING:
    from fjquotes.catalog import Listing
    from fjquotes.model import Corpus, SearchHit
    from fjquotes.output import RenderOptions

RECORD_COLUMNS = (
    "id",
    "kind",
    "text",
    "speaker",
    "role",
    "organization",
    "topics",
    "organizations",
    "sources",
    "address",
    "score",
)


def render_hits(
    hits: Sequence[SearchHit], corpus: Corpus, out: TextIO, options: RenderOptions
) -> None:
    """Write a header and a row per record; `address` is the first source's."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(RECORD_COLUMNS)
    for hit in hits:
        record, speaker = hit.record, hit.record.speaker
        source_ids = list(dict.fromkeys(s.source for s in record.spans))
        first = corpus.sources.get(source_ids[0]) if source_ids else None
        row = (
            record.id,
            record.kind,
            record.text,
            speaker.name if speaker else "",
            speaker.role or "" if speaker else "",
            speaker.organization or "" if speaker else "",
            "; ".join(record.topics),
            "; ".join(record.organizations),
            "; ".join(source_ids),
            first.address if first else "",
            "" if hit.score is None else f"{hit.score:.4f}",
        )
        writer.writerow(inert(cell) for cell in row)


def render_listings(listings: Sequence[Listing], out: TextIO, options: RenderOptions) -> None:
    """Write each table as a header and rows; several tables get a leading `table` column."""
    writer = csv.writer(out, lineterminator="\n")
    several = len(listings) > 1
    for i, listing in enumerate(listings):
        if not several:
            writer.writerow(listing.columns)
        elif i == 0:
            # Several tables share one header: the first column holds each table's own key.
            writer.writerow(("table", "name", *listing.columns[1:]))
        for row in listing.rows:
            cells = ["" if c is None else inert(str(c)) for c in row]
            writer.writerow(([listing.title] if several else []) + cells)
