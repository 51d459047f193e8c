"""The format choices of commands that offer fewer formats than the records' full set."""

from enum import Enum


class ListingFormat(str, Enum):
    """Formats for tables of plain values (speakers, topics, sources, stats)."""

    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    MARKDOWN = "markdown"


class ContextFormat(str, Enum):
    """Formats for `show --context`."""

    TABLE = "table"
    JSON = "json"
    MARKDOWN = "markdown"


class TableOrJson(str, Enum):
    """Formats for `verify` and `extract`."""

    TABLE = "table"
    JSON = "json"
