"""Check a corpus against its source texts: every span must hold exactly its wording."""

from __future__ import annotations

import hashlib
from typing import NamedTuple

from fjquotes.model import Corpus


class VerifyReport(NamedTuple):
    """What `verify` found: problems, spans it could not check, and how many it checked."""

    checked: int
    problems: tuple[str, ...]
    unchecked: tuple[str, ...]

    @property
    def ok(self) -> bool:
        """True when every checkable span holds its wording."""
        return not self.problems


def verify(corpus: Corpus) -> VerifyReport:
    """Compare each record span with the source text it points into."""
    checked = 0
    problems: list[str] = []
    unchecked: list[str] = []
    for source in corpus.sources.values():
        if source.text is not None and source.sha256 is not None:
            digest = hashlib.sha256(source.text.encode("utf-8")).hexdigest()
            if digest != source.sha256:
                problems.append(
                    f"source {source.id!r}: text has sha256 {digest}, the registry "
                    f"records {source.sha256}"
                )
    for record in corpus.records:
        for i, span in enumerate(record.spans):
            where = f"{record.id} span {i} ({span.source} {span.start}..{span.end})"
            spanned = corpus.sources.get(span.source)
            if spanned is None:
                problems.append(f"{where}: unknown source {span.source!r}")
                continue
            if spanned.text is None:
                unchecked.append(f"{where}: source {span.source!r} ships no text")
                continue
            checked += 1
            found = spanned.text[span.start : span.end]
            if found != span.text:
                problems.append(f"{where}: source has {found!r}, record says {span.text!r}")
    return VerifyReport(checked=checked, problems=tuple(problems), unchecked=tuple(unchecked))
