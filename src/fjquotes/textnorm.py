"""Text normalization shared by indexing and querying: one folding, one tokenizer, with offsets."""

# Annotations evaluated, not strings, for the NamedTuples (see fjquotes.model).

import re
import unicodedata
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import NamedTuple

# Letters that NFKD does not decompose, typographic quotes and the multiplication sign.
_LETTERS = str.maketrans(
    {
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ß": "ss",
        "ı": "i",
        "×": "x",
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "′": "'",
        "`": "'",
        "´": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "″": '"',
        "‐": "-",
        "‑": "-",
        # Dashes join clauses, not words: "cooperating—they" is two words.
        "–": " ",
        "—": " ",
    }
)
# A word: letters and digits, with inner apostrophes and hyphens ("can't", "harju-jeanty").
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*(?:-[^\W_]+(?:'[^\W_]+)*)*")
_POSSESSIVE = re.compile(r"'s\Z")


@cache
def _marks() -> re.Pattern[str]:
    # Combining marks of Latin, Greek and Cyrillic letters (what NFKD splits off accents).
    # Compiled on first need, as only accented text needs it and the class of Unicode ranges
    # costs half a millisecond to compile, a tenth of a search of the bundled corpus.
    return re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def fold(text: str) -> str:
    """Casefold, strip accents and map look-alike characters, so "Jyväskylä" reads "jyvaskyla"."""
    if text.isascii():
        # The common case, kept fast: the backtick is the only ASCII look-alike.
        text = text.lower()
        return text.replace("`", "'") if "`" in text else text
    text = text.casefold().translate(_LETTERS)
    if text.isascii():
        return text
    text = _marks().sub("", unicodedata.normalize("NFKD", text))
    # Compatibility forms can decompose to capitals (ℍ -> H) and bring back special letters.
    return text.casefold().translate(_LETTERS)


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    return fold(char)


def _parts(word: str) -> list[str]:
    """The terms of one matched word: its hyphen parts (possessive 's dropped) and the compound."""
    parts = [_POSSESSIVE.sub("", p).replace("'", "") for p in word.split("-")]
    parts = [p for p in parts if p]
    if len(parts) > 1:
        parts.append("".join(parts))
    return parts


def terms(text: str) -> list[str]:
    """Every index term of `text`, in order; a hyphenated word gives its parts and the whole."""
    folded = fold(text)
    words: list[str] = _WORD.findall(folded)
    if "'" not in folded and "-" not in folded:
        return words
    out: list[str] = []
    for word in words:
        if "-" in word or "'" in word:
            out.extend(_parts(word))
        else:
            out.append(word)
    return out


def word_terms(text: str) -> list[str]:
    """One term per word: a hyphenated word as its compound ("harju-jeanty" -> "harjujeanty")."""
    out = []
    for word in _WORD.findall(fold(text)):
        parts = _parts(word)
        if parts:
            out.append(parts[-1])
    return out


def part_terms(text: str) -> list[str]:
    """The terms of each word without compounds, as a phrase is matched ("harju", "jeanty")."""
    folded = fold(text)
    words: list[str] = _WORD.findall(folded)
    if "'" not in folded and "-" not in folded:
        return words
    out: list[str] = []
    for word in words:
        parts = _parts(word)
        out.extend(parts[:-1] if len(parts) > 1 else parts)
    return out


def _term_pattern(term: str) -> str:
    # The pattern opens with the term's first letter and checks what stands before it with
    # lookbehinds that include that letter, so the regex engine can skip ahead to the letter.
    first = re.escape(term[0])
    out = first + rf"(?<![^\W_]{first})(?<![^\W_]'{first})"
    # Letters may be split by single inner apostrophes ("can't" is "cant"). Only the last "'s"
    # of a word is a possessive the tokenizer drops: "cant's" is "cant", "jeanty's's" is
    # "jeantys", so an apostrophe before a final "s" needs another "'s" after it.
    rest = term[1:]
    for letter in rest[:-1]:
        out += "'?" + re.escape(letter)
    if not rest:
        out += "(?:'s)?"
    elif rest[-1] == "s":
        out += "(?:'s's|s(?:'s)?)"
    else:
        out += "'?" + re.escape(rest[-1]) + "(?:'s)?"
    # A term ends where no letter, and no apostrophe with a letter after it, follows.
    return out + r"(?![^\W_])(?!'[^\W_])"


def phrase_pattern(phrase: Sequence[str]) -> re.Pattern[str]:
    """A pattern over folded text matching exactly where the phrase's terms stand in a row.

    It mirrors the tokenizer: a term starts where no letter (or letter and apostrophe) stands
    before it and ends where none follows; the gap between terms holds no letter or digit.
    """
    return re.compile(r"[\W_]+".join(_term_pattern(t) for t in phrase))


# Joins folded texts so that no phrase pattern can match across two of them: a capital letter
# never occurs in folded text, and the spaces keep term boundaries on both sides.
TEXT_SEPARATOR = " Q "


class Token(NamedTuple):
    """A word of a text: its terms and its character span in the original text."""

    terms: tuple[str, ...]
    start: int
    end: int


def tokens(text: str) -> list[Token]:
    """The words of `text` with their spans in the original, for highlighting and phrases."""
    folded: list[str] = []
    origin: list[int] = []
    for i, char in enumerate(text):
        piece = _fold_char(char)
        folded.append(piece)
        origin.extend([i] * len(piece))
    norm = "".join(folded)
    return [
        Token(tuple(_parts(m.group())), origin[m.start()], origin[m.end() - 1] + 1)
        for m in _WORD.finditer(norm)
    ]


def typo_budget(term: str) -> int:
    """Edits a query word may be off by: none up to 3 letters, 1 for 4-7, 2 from 8."""
    if len(term) <= 3:
        return 0
    return 1 if len(term) <= 7 else 2
