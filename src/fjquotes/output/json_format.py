"""JSON output: one array of records (``[]`` when empty), UTF-8, keys in a stable order."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from fjquotes.model import Corpus, SearchHit
from fjquotes.serialize import record_dict

if TYPE_CHECKING:
    from fjquotes.verification import VerifyReport


def hit_dict(hit: SearchHit, corpus: Corpus) -> dict[str, Any]:
    """A record's JSON object, with `score` and `matches` when it came from a search."""
    data = record_dict(hit.record, corpus)
    if hit.score is not None:
        data["score"] = round(hit.score, 4)
        data["matches"] = [list(m) for m in hit.matches]
    return data


def dump(value: Any, out: TextIO) -> None:
    """Write one JSON document and a newline."""
    out.write(json.dumps(value, ensure_ascii=False, indent=2))
    out.write("\n")


def render_hits(
    hits: Sequence[SearchHit], corpus: Corpus, out: TextIO, caption: str | None
) -> None:
    """Write the records as one JSON array."""
    dump([hit_dict(h, corpus) for h in hits], out)


def render_verify(report: VerifyReport, out: TextIO) -> None:
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
