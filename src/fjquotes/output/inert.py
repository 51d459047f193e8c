"""Make untrusted text inert: control, bidi and zero-width characters shown as escapes."""

from __future__ import annotations

import re

# C0 and C1 controls (but tab and newline), DEL, bidi embeddings/overrides/isolates and marks,
# zero-width characters and the BOM: each can rewrite or hide what a terminal shows.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]"
)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def inert(text: str) -> str:
    """`text` with every character that could steer a terminal replaced by a visible escape."""
    return _UNSAFE.sub(_escape, text)
