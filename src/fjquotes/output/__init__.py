"""Output formats: one small module each, behind one interface, imported only when used.

Each format module offers some of: `render_hits` (records), `render_listings` (tables of plain
values), `render_contexts` (records in their paragraphs) and `render_verify`. The command line
offers a command only the formats whose module has what it needs.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from enum import Enum
from typing import TYPE_CHECKING, NamedTuple, Protocol, TextIO, cast

if TYPE_CHECKING:
    from fjquotes.catalog import Listing
    from fjquotes.context import Context
    from fjquotes.model import Corpus, SearchHit
    from fjquotes.verification import VerifyReport

    # The interface, for the type checker: at run time a format module is used as it is, and
    # defining these four classes would cost every run a quarter of a millisecond.
    class HitRenderer(Protocol):
        """Writes records: search hits or a listing of records."""

        def render_hits(
            self, hits: Sequence[SearchHit], corpus: Corpus, out: TextIO, options: RenderOptions
        ) -> None:
            """Write the records."""

    class ListingRenderer(Protocol):
        """Writes tables of plain values."""

        def render_listings(
            self, listings: Sequence[Listing], out: TextIO, options: RenderOptions
        ) -> None:
            """Write the tables."""

    class ContextRenderer(Protocol):
        """Writes records inside their paragraphs."""

        def render_contexts(
            self, contexts: Sequence[Context], out: TextIO, options: RenderOptions
        ) -> None:
            """Write the paragraphs with the record's words marked."""

    class VerifyRenderer(Protocol):
        """Writes the result of `verify`."""

        def render_verify(self, report: VerifyReport, out: TextIO, options: RenderOptions) -> None:
            """Write the verify result."""


class OutputFormat(str, Enum):
    """Every output format."""

    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    MARKDOWN = "markdown"
    CITE = "cite"


class RenderOptions(NamedTuple):
    """How to render: colour (None decides from the terminal and NO_COLOR) and a caption."""

    color: bool | None = None
    caption: str | None = None


def _module(fmt: OutputFormat) -> object:
    return importlib.import_module(f"fjquotes.output.{fmt.value}_format")


def hit_renderer(fmt: OutputFormat) -> HitRenderer:
    """The renderer of records for a format."""
    return cast("HitRenderer", _module(fmt))


def listing_renderer(fmt: OutputFormat) -> ListingRenderer:
    """The renderer of tables for a format."""
    return cast("ListingRenderer", _module(fmt))


def context_renderer(fmt: OutputFormat) -> ContextRenderer:
    """The renderer of paragraphs for a format."""
    return cast("ContextRenderer", _module(fmt))


def verify_renderer(fmt: OutputFormat) -> VerifyRenderer:
    """The renderer of verify results for a format."""
    return cast("VerifyRenderer", _module(fmt))


def supports(fmt: OutputFormat, what: str) -> bool:
    """True when the format's module has `render_<what>`."""
    return hasattr(_module(fmt), f"render_{what}")
