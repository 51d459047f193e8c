"""Surnames that open with a particle, read as one word: "Casper von Koskull", "von der Leyen".

The rules that find people read a name as capitalised words. A particle written in lower case
("von", "van", "af") would end the name before its surname, so the extractor reads the
article with each particle and the words after it joined into one capitalised word
("Von_Koskull"), the same length so that every offset holds, and writes the names it found
back as the article wrote them.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# Particles of Dutch, German and Swedish surnames; "der" and "den" may follow them ("von der
# Leyen", "van den Berg"). Not "de", "da" or "la": "Rio de Janeiro" and "Palais de Tokyo"
# name places. Capitalised at a sentence's start, "Von Koskull says"; not "Van", a given name.
_PARTICLE = re.compile(
    r"(?<![\w’'-])(?:[Vv]on|van|[Aa]f|[Zz]u|zur|vom|ter|ten)(?:[^\S\n]+(?:der|den))?"
    r"[^\S\n]+(?=[A-Z][a-z])"
)


_SURNAME = re.compile(r"\w[\w-]*")
_SPACE = re.compile(r"\s")
_JOINED = re.compile(r"\b[A-Z][a-z]*_[\w_’'-]+")
_JOINED_WHOLE = re.compile(r"(?:Von|Van|Af|Zu|Zur|Vom|Ter|Ten)(?:_der|_den)?_[A-Z][\w-]*")


class Joined(NamedTuple):
    """An article's text with each particle joined to its surname, and the way back."""

    text: str
    # Each joined surname ("Von_Koskull") and the words it stands for, as first written.
    written: dict[str, str]


def join_particles(text: str) -> Joined:
    """`text` with each surname particle joined to the surname after it, offsets kept."""
    parts: list[str] = []
    written: dict[str, str] = {}
    end = 0
    for match in _PARTICLE.finditer(text):
        particle = match.group(0)
        surname = _SURNAME.match(text, match.end())
        assert surname is not None  # the lookahead saw its capital
        parts += [text[end : match.start()], particle[0].upper(), _SPACE.sub("_", particle[1:])]
        end = match.end()
        joined = "".join(parts[-2:]) + surname.group(0)
        # "von Koskull" as written mid-sentence, rather than a sentence's "Von Koskull".
        if joined not in written or particle[:1].islower():
            written[joined] = text[match.start() : surname.end()]
    if not written:
        return Joined(text, {})
    return Joined("".join([*parts, text[end:]]), written)


def as_written(words: str | None, written: dict[str, str]) -> str | None:
    """`words` with each joined surname as the article wrote it: "Casper von Koskull"."""
    if words is None or not written:
        return words
    return _JOINED.sub(lambda m: written.get(m.group(0), m.group(0)), words)


def is_joined(word: str) -> bool:
    """Whether `word` is a surname joined to its particle here: "Von_Koskull"."""
    return _JOINED_WHOLE.fullmatch(word) is not None


def surname_after_particle(word: str) -> str:
    """The surname a joined word ends in: "Koskull" of "Von_Koskull"."""
    return word.rpartition("_")[2]
