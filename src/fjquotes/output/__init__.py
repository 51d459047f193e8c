"""Output formats: one small module each, all with the `Renderer` interface, imported on demand."""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from enum import Enum
from typing import TYPE_CHECKING, Protocol, TextIO, cast

if TYPE_CHECKING:
    from fjquotes.model import Corpus, SearchHit
    from fjquotes.verification import VerifyReport


class OutputFormat(str, Enum):
    """The formats every record-printing command offers."""

    TABLE = "table"
    JSON = "json"


class Renderer(Protocol):
    """What an output module provides; renderers only render, they decide nothing."""

    def render_hits(
        self, hits: Sequence[SearchHit], corpus: Corpus, out: TextIO, caption: str | None
    ) -> None:
        """Write records (search hits or a listing)."""

    def render_verify(self, report: VerifyReport, out: TextIO) -> None:
        """Write the result of `verify`."""


_MODULES = {
    OutputFormat.TABLE: "fjquotes.output.table_format",
    OutputFormat.JSON: "fjquotes.output.json_format",
}


def renderer_for(fmt: OutputFormat) -> Renderer:
    """The renderer module for a format; only that module (and what it needs) is imported."""
    return cast(Renderer, importlib.import_module(_MODULES[fmt]))
