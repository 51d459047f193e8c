"""What reaches a terminal from the data: steering characters become visible escapes."""

from __future__ import annotations

import sys

import pytest

from fjquotes.output.inert import inert

STEERING = [
    "\x00",  # NUL
    "\x1b",  # ESC, which opens colour and cursor sequences
    "\x7f",  # DEL
    "\x85",  # NEL, a C1 control
    "\x9b",  # CSI, the one-byte form of ESC [
    "\u061c",  # Arabic letter mark
    "\u200b",  # zero-width space
    "\u200f",  # right-to-left mark
    "\u202e",  # right-to-left override
    "\u2066",  # left-to-right isolate
    "\ufeff",  # byte order mark
]


@pytest.mark.parametrize("char", STEERING, ids=[f"U+{ord(c):04X}" for c in STEERING])
def test_a_steering_character_is_shown_as_its_escape(char: str) -> None:
    code = ord(char)
    escape = f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    assert inert(f"Okada{char} said") == f"Okada{escape} said"


def test_tab_newline_and_printable_text_pass_unchanged() -> None:
    text = "“Hydrogen,” said Ambassador Okada.\n\tJyväskylä — 8×8 水素"
    assert inert(text) == text


def test_only_steering_characters_change_in_all_of_unicode() -> None:
    # Printable text skips the pattern; this holds only if no character it names is printable.
    changed = [code for code in range(sys.maxunicode + 1) if inert(chr(code)) != chr(code)]
    expected = [
        *range(0x00, 0x09),
        *range(0x0B, 0x20),
        *range(0x7F, 0xA0),
        0x061C,
        *range(0x200B, 0x2010),
        *range(0x202A, 0x202F),
        *range(0x2060, 0x206A),
        0xFEFF,
    ]
    assert changed == expected
