"""JSON Lines output: one record (or table row) a line, for streaming into other tools."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from fjquotes.output.json_format import hit_dict, listing_dicts, unicode_ok

if TYPE_CHECKING:
    from fjquotes.catalog import Listing
    from fjquotes.model import Corpus, SearchHit
    from fjquotes.output import RenderOptions


def render_hits(
    hits: Sequence[SearchHit], corpus: Corpus, out: TextIO, options: RenderOptions
) -> None:
    """Write one JSON object a line."""
    for hit in hits:
        out.write(json.dumps(hit_dict(hit, corpus), ensure_ascii=not unicode_ok(out)))
        out.write("\n")


def render_listings(listings: Sequence[Listing], out: TextIO, options: RenderOptions) -> None:
    """Write one object a row; with several tables each row names its table."""
    for listing in listings:
        for row in listing_dicts(listing):
            line = {"table": listing.title, **row} if len(listings) > 1 else row
            out.write(json.dumps(line, ensure_ascii=not unicode_ok(out)))
            out.write("\n")
