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
# (Dutch "van’t", of the: "Hilligje van’t Land".)
_PARTICLES = ("von", "van", "van’t", "van't", "af", "zu", "zur", "vom", "ter", "ten")
_ALSO_CAPITALISED = ("Von", "Af", "Zu")
_PARTICLE = re.compile(
    rf"(?<![\w’'-])(?:{'|'.join((*_PARTICLES, *_ALSO_CAPITALISED))})(?:[^\S\n]+(?:der|den))?"
    r"[^\S\n]+(?=(?P<surname>[A-Z][a-z][\w-]*))"
)
# A surname joined to its particle, as `join_particles` writes it: "Von_der_Leyen".
_JOINED_WHOLE = re.compile(
    rf"\b(?:{'|'.join(p.capitalize() for p in _PARTICLES)})(?:_der|_den)?_[A-Z][\w-]*"
)
_JOINED = re.compile(r"\b[A-Z][a-z]*(?:[’'][a-z])?_[\w’'-]+")
_SPACE = re.compile(r"\s")


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
        particle, surname = match.group(0), match.group("surname")
        parts += [text[end : match.start()], particle[0].upper(), _SPACE.sub("_", particle[1:])]
        end = match.end()
        joined = "".join(parts[-2:]) + surname
        # "von Koskull" as written mid-sentence, rather than a sentence's "Von Koskull".
        if joined not in written or particle[:1].islower():
            written[joined] = text[match.start() : match.end() + len(surname)]
    if not written:
        return Joined(text, {})
    return Joined("".join([*parts, text[end:]]), written)


def as_written(words: str | None, written: dict[str, str]) -> str | None:
    """`words` with each joined surname as the article wrote it: "Casper von Koskull"."""
    if words is None or not written:
        return words
    return _JOINED.sub(lambda m: written.get(m.group(0), m.group(0)), words)


def joined_surnames(text: str) -> set[str]:
    """The surnames `join_particles` joined to their particles in `text`: "Von_Koskull"."""
    return set(_JOINED_WHOLE.findall(text)) if "_" in text else set()


def surname_after_particle(word: str) -> str:
    """The surname a joined word ends in: "Koskull" of "Von_Koskull"."""
    return word.rpartition("_")[2]
