"""Parse a search query into words and "quoted phrases"."""

# Annotations evaluated, not strings, for the NamedTuples (see fjquotes.model).

import re
from typing import NamedTuple

from fjquotes.textnorm import fold, part_terms, word_terms

# A phrase runs from a double quote (straight or curly) to the next one, or to the end.
_PHRASE = re.compile(r'"([^"]*)"?')
# Query terms are capped so a pasted essay cannot make one search take long.
MAX_QUERY_TERMS = 32


class ParsedQuery(NamedTuple):
    """The query's free words (the last one may be a prefix) and its phrases."""

    words: tuple[str, ...]
    phrases: tuple[tuple[str, ...], ...]
    last_is_prefix: bool

    @property
    def empty(self) -> bool:
        """True when the query holds nothing to search for."""
        return not self.words and not self.phrases


def parse_query(text: str) -> ParsedQuery:
    """Split `text` into free words and phrases; a free hyphenated word stays one compound term."""
    folded = fold(text)
    phrases = []
    for match in _PHRASE.finditer(folded):
        phrase = tuple(part_terms(match.group(1)))
        if phrase:
            phrases.append(phrase)
    rest = _PHRASE.sub(" ", folded)
    # "Harju-Jeanty" searches the compound term; "harju jeanty" searches both parts.
    words = list(dict.fromkeys(word_terms(rest)))[:MAX_QUERY_TERMS]
    last_is_prefix = bool(words) and not rest.endswith((" ", "\t")) and not folded.endswith('"')
    return ParsedQuery(tuple(words), tuple(phrases[:MAX_QUERY_TERMS]), last_is_prefix)
