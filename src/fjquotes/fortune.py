"""Fortune files, the Unix quote format: records between lines holding only "%"."""

from __future__ import annotations

import re
from pathlib import Path

from fjquotes.model import Corpus, Record, Source, Span, Speaker

# A closing attribution line: "-- Name", "— Name" or "―Name", often indented.
_ATTRIBUTION = re.compile(r"^[ \t]*(?:--|—|―|~~)[ \t]*(\S.*?)[ \t]*$")
_SEPARATOR = re.compile(r"^%[ \t]*\r?$", re.M)
_SLUG = re.compile(r"[^a-z0-9]+")


def _slug(text: str) -> str:
    return _SLUG.sub("-", text.casefold()).strip("-") or "x"


def speaker_named(attribution: str) -> Speaker:
    """A speaker from an attribution: the name is what stands before the first comma."""
    name = attribution.split(",", 1)[0].strip() or attribution
    return Speaker(id=_slug(name), name=name, role=None, organization=None)


def parse_fortunes(text: str, source_id: str, path: Path) -> Corpus:
    """The records of one fortune file; each span points at its words in the file."""
    source = Source(
        id=source_id, title=path.name, publisher="", date="", address=str(path), text=text
    )
    records: list[Record] = []
    speakers: dict[str, Speaker] = {}
    start = 0
    bounds = [(m.start(), m.end()) for m in _SEPARATOR.finditer(text)]
    for sep_start, sep_end in [*bounds, (len(text), len(text))]:
        chunk_start, chunk = start, text[start:sep_start]
        start = sep_end + 1 if sep_end < len(text) and text[sep_end] == "\n" else sep_end
        lines = chunk.rstrip().split("\n")
        speaker = None
        # The attribution may wrap onto a further line or two (a long book title after it).
        for back in range(1, min(3, len(lines) - 1) + 1):
            found = _ATTRIBUTION.match(lines[-back])
            if found:
                speaker = speakers.setdefault(
                    _slug(found.group(1).split(",", 1)[0]), speaker_named(found.group(1))
                )
                lines = lines[:-back]
                break
        body = "\n".join(lines).rstrip()
        lead = len(body) - len(body.lstrip())
        body = body.strip()
        if not body:
            continue
        begin = chunk_start + lead
        span = Span(source=source_id, start=begin, end=begin + len(body), text=body)
        records.append(
            Record(
                id=f"{source_id}:{len(records) + 1}",
                kind="quote",
                text=body,
                spans=(span,),
                speaker=speaker,
            )
        )
    return Corpus(
        origin=str(path), records=tuple(records), sources={source_id: source}, speakers=speakers
    )
