"""JSON output: one document, UTF-8, keys in a stable order; records as one array."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from fjquotes.serialize import record_dict

if TYPE_CHECKING:
    from fjquotes.catalog import Listing
    from fjquotes.context import Context
    from fjquotes.model import Corpus, SearchHit
    from fjquotes.output import RenderOptions
    from fjquotes.verification import VerifyReport


def hit_dict(hit: SearchHit, corpus: Corpus) -> dict[str, Any]:
    """A record's JSON object, with `score` and `matches` when it came from a search."""
    data = record_dict(hit.record, corpus)
    if hit.score is not None:
        data["score"] = round(hit.score, 4)
        data["matches"] = [list(m) for m in hit.matches]
    return data


def listing_dicts(listing: Listing) -> list[dict[str, Any]]:
    """A table's rows as objects keyed by column."""
    return [dict(zip(listing.columns, row, strict=True)) for row in listing.rows]


def unicode_ok(out: TextIO) -> bool:
    """True when the stream can take any text; else JSON is written in ASCII with escapes."""
    encoding = (getattr(out, "encoding", None) or "utf-8").lower().replace("_", "-")
    return encoding.startswith("utf")


def dump(value: Any, out: TextIO) -> None:
    """Write one JSON document and a newline; control characters stay escaped."""
    out.write(json.dumps(value, ensure_ascii=not unicode_ok(out), indent=2))
    out.write("\n")


def render_hits(
    hits: Sequence[SearchHit], corpus: Corpus, out: TextIO, options: RenderOptions
) -> None:
    """Write the records as one JSON array."""
    dump([hit_dict(h, corpus) for h in hits], out)


def render_listings(listings: Sequence[Listing], out: TextIO, options: RenderOptions) -> None:
    """Write one table as an array of objects, several as an object of arrays by title."""
    if len(listings) == 1:
        dump(listing_dicts(listings[0]), out)
    else:
        dump({item.title: listing_dicts(item) for item in listings}, out)


def render_contexts(contexts: Sequence[Context], out: TextIO, options: RenderOptions) -> None:
    """Write each paragraph with its details and the record's span inside it."""
    dump([c._asdict() for c in contexts], out)


def render_verify(report: VerifyReport, out: TextIO, options: RenderOptions) -> None:
    """Write the verify result as one JSON object."""
    dump(
        {
            "ok": report.ok,
            "checked": report.checked,
            "problems": list(report.problems),
            "unchecked": list(report.unchecked),
        },
        out,
    )
