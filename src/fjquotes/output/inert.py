"""Make untrusted text inert: control, bidi and zero-width characters shown as escapes."""

from __future__ import annotations

import re
from functools import cache


@cache
def _unsafe() -> re.Pattern[str]:
    # C0 and C1 controls (but tab and newline), DEL, bidi embeddings/overrides/isolates and
    # marks, zero-width characters and the BOM: each can rewrite or hide what a terminal shows.
    # Compiled on first need: a class of Unicode ranges takes half a millisecond to compile,
    # and most texts never need it (see `inert`).
    return re.compile(
        "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]"
    )


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def inert(text: str) -> str:
    """`text` with every character that could steer a terminal replaced by a visible escape."""
    # Every character the pattern names is one Python counts unprintable (a test checks all
    # of Unicode), so printable text holds none of them.
    if text.isprintable():
        return text
    return _unsafe().sub(_escape, text)
