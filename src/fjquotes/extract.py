"""Find attributed quotations in the plain text of a news article, rule by rule, with offsets.

Quotation marks are paired per paragraph (curly or straight, mismatched pairs and a backwards
closing mark allowed); a quotation left open ends with its paragraph and is flagged `unclosed`,
unless the next paragraph opens with a mark (the multi-paragraph convention). Quoted titles
(all Title Case) and names ("a seminar called “…”") are not quotations.

Attribution is looked for in the same sentence: after the quotation ("…,” says NAME, ROLE /
“…,” TITLE NAME[, ROLE,] said / “…,” according to NAME / “…” …, according to NAME), before it
("NAME said: “…” / According to NAME, “…” / and he said, “…”), or in the sentence's reporting
clause ("NAME, ROLE, said that the firm “…”"), or, for a quotation opening a sentence, in the
sentence before. A quotation straight after an attributed one takes its speaker, and a
paragraph that is only a quotation takes the speaker of the paragraph before (quoted there, or
introduced by "NAME reiterated …" / "…, write NAME" / "…, according to NAME"). A pull quote
(quoted words as a paragraph of their own over a "Name, Title" line) becomes another occurrence
of the quotation it repeats; unmarked words over a "— Name, title" line are a block quotation.

Speakers met by full name are remembered, so later surnames, titles ("the chairman") and
descriptions ("the 55-year-old Finnish leader") resolve to them, and a pronoun to the speaker of
its paragraph or the one before, else to the person named last (names inside quotations are
not mentions). Where nothing resolves the speaker is None, never a guess.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import NamedTuple

SPEECH_VERBS = (
    "says",
    "said",
    "say",
    "explains",
    "explained",
    "notes",
    "noted",
    "describes",
    "described",
    "states",
    "stated",
    "observes",
    "observed",
    "adds",
    "added",
    "told",
    "tells",
    "emphasizes",
    "emphasised",
    "emphasized",
    "emphasises",
    "stresses",
    "stressed",
    "continues",
    "continued",
    "recalls",
    "recalled",
    "argues",
    "argued",
    "comments",
    "commented",
    "remarks",
    "remarked",
    "insists",
    "insisted",
    "concludes",
    "concluded",
    "writes",
    "wrote",
    "asks",
    "asked",
    "summed up",
    "sums up",
    "points out",
    "pointed out",
    "warns",
    "warned",
    "admits",
    "admitted",
    "acknowledges",
    "acknowledged",
    "replies",
    "replied",
    "announces",
    "announced",
    "advises",
    "advised",
    "write",
    "reiterates",
    "reiterated",
    "declares",
    "declared",
    "urges",
    "urged",
    "confirms",
    "confirmed",
    "predicts",
    "predicted",
    "suggests",
    "suggested",
    "shares",
    "shared",
)
_VERB = "|".join(sorted((re.escape(v) for v in SPEECH_VERBS), key=len, reverse=True))
# A capitalised word; a full stop belongs to it only inside ("U.S") or as an initial ("J."),
# so "agree with Marin. Japan and Finland" holds no name "Marin. Japan".
_NAME_WORD = r"[A-Z](?:[\w’'.-]*[\w’'-]|\.)?"
# Words of one name stand on one line: a heading above a paragraph is not a first name.
_GAP = r"[^\S\n]+"
_NAME = rf"{_NAME_WORD}(?:{_GAP}{_NAME_WORD}){{0,3}}"
# A name after a title that may hold joining words: "Japanese Foreign Minister Taro Kono",
# "Minister of Trade Ville Tavio". `_split_who` tells the title from the name. Not "and":
# "Eero Salo and Maija Salo" are two people.
_TITLED_NAME = rf"{_NAME_WORD}(?:{_GAP}(?:(?:of|for|to|the){_GAP})?{_NAME_WORD}){{0,6}}"
_PRONOUN = r"\b(?:[Hh]e|[Ss]he|[Tt]hey)"
_PRONOUNS = {"he", "she", "they"}
# An apposition after a name, commas and all: ", President of IHI’s Aero Engine, Space &
# Defense Business Area,". Lazy, so it stops at the comma before the verb.
_APPOS = r"(?:,[^:“”\"]*?,)?"
# Lower-case words that may stand inside a title before a name ("Ambassador to Finland").
_JOINERS = {"of", "to", "for", "the", "and"}
# "the 55-year-old Finnish leader said": a description ending in one of these is a person.
_PERSON_NOUNS = {
    "ambassador",
    "analyst",
    "chairman",
    "chairwoman",
    "chief",
    "diplomat",
    "director",
    "envoy",
    "executive",
    "expert",
    "founder",
    "governor",
    "head",
    "leader",
    "manager",
    "mayor",
    "minister",
    "officer",
    "official",
    "premier",
    "president",
    "professor",
    "secretary",
    "spokesman",
    "spokesperson",
    "spokeswoman",
}

_TRAILING_VERB = re.compile(rf"\s+(?:{_VERB})$")
_AGED = re.compile(r"\b\d{1,3}-year-old\b")
# “…,” says WHO.   “…,” said WHO, ROLE.
_AFTER_VERB_WHO = re.compile(rf"^[\s,]*(?:{_VERB})\s+(?P<who>[^!?“”\"]+)")
# “…,” WHO said.   “…,” TITLE NAME said.   “…,” the ROLE said.   “…,” he said.
_AFTER_WHO_VERB = re.compile(
    rf"^[\s,]*(?P<who>{_TITLED_NAME}{_APPOS}|{_PRONOUN}|the\s+[a-z0-9][\w\s-]*?)\s+(?:{_VERB})\b"
)
_ACCORDING = re.compile(r"^[\s,]*according to\s+(?P<who>[^!?“”\"]+)")
# “significantly higher” than $1 billion, according to NAME.
_ACCORDING_LATER = re.compile(r"\b[Aa]ccording to\s+(?P<who>[^!?“”\"]+)")
# According to NAME, ROLE, “…”
_ACCORDING_BEFORE = re.compile(r"\b[Aa]ccording to\s+(?P<who>[^!?“”\"]+?),?\s*$")
# A seminar called “Finland in Japanese trade”: a name, not a quotation.
_NAMING = re.compile(r"\b(?:called|named|titled|entitled|dubbed|known as)\s*$")
# WHO said: “…”   In a statement, WHO said: “…”   As WHO summed up: “…”   and he said, “…”
_DESCRIPTION = r"\bthe\s+[a-z0-9][\w -]*?"
_BEFORE = re.compile(
    rf"(?P<who>{_NAME}{_APPOS}|{_PRONOUN}|{_DESCRIPTION})\s+(?:{_VERB})\b[^“”\":.]*[:,]\s*$"
)
# Hale aims to make Oura a “health company”: a fragment quoted in a sentence about a person,
# with no reporting verb, is that person's words (asked of partial quotations only).
_SENTENCE_SUBJECT = re.compile(rf"^\s*(?P<who>{_TITLED_NAME}|{_PRONOUN})\s+[a-z]")
# CMO Sami Pienimäki makes no secret of the focus: “…”   (a person, then a colon; no verb)
_COLON_SUBJECT = re.compile(rf"(?P<who>{_TITLED_NAME}{_APPOS})(?=\s+[a-z][^“”\":.!?]*:\s*$)")
# The Finnish company reached a “landmark” deal with Telefonica, Suri said.
_LATER_SAID = re.compile(rf",\s+(?P<who>{_TITLED_NAME}|{_PRONOUN})\s+(?:{_VERB})\b")
# The sentence's reporting clause: NAME[, ROLE,] said that the company “…”.
_SUBJECT = re.compile(rf"(?P<who>{_TITLED_NAME}{_APPOS}|{_PRONOUN})\s+(?:{_VERB})\b")
# …, write NAME and NAME in their opinion piece.   (a paragraph without quotation marks)
_VERB_SUBJECT = re.compile(rf"\b(?:{_VERB})\s+(?P<who>{_TITLED_NAME})")
_NAME_LINE = re.compile(
    rf"^(?P<dash>[—–-]\s*)?(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}),\s+(?P<title>[^.“”\"]+)$"
)
# Overlapping pairs of capitalised words: "CEO Tomas Harju-Jeanty" holds "Tomas Harju-Jeanty".
_PERSON = re.compile(rf"(?=\b({_NAME_WORD}){_GAP}({_NAME_WORD})\b)")
_APPOSITION = re.compile(
    rf"\b(?P<name>{_NAME_WORD}{_GAP}{_NAME_WORD}),\s+(?:the\s+|a\s+|an\s+)?(?P<role>[^,.“”\"\n]+?),"
)
# Capitalised at a sentence's start, never part of a name: "As Okada summed up".
_NOT_NAMES = {
    "As",
    "In",
    "On",
    "At",
    "But",
    "And",
    "When",
    "While",
    "The",
    "A",
    "An",
    "Then",
    "So",
    "Yet",
    "If",
    "For",
    "With",
    "According",
    "After",
    "Before",
    "Since",
}
# As NAME, ROLE explains, “…”   (the role runs on to the verb, no comma closing it)
_BEFORE_ROLE = re.compile(
    rf"^\s*(?:[Aa]s\s+)?(?!(?:{'|'.join(sorted(_NOT_NAMES))})\b)"
    rf"(?P<who>{_NAME},\s+[A-Z][^:;“”\"]*?)\s+(?:{_VERB})\b[^“”\":.]*[:,]\s*$"
)
_TITLE_WORDS = {
    "Ambassador",
    "President",
    "Minister",
    "Prime",
    "CEO",
    "Chairman",
    "Director",
    "Professor",
    "Dr",
    "Mr",
    "Ms",
    "Mrs",
    "Chief",
    "Head",
    "Manager",
    "Secretary",
}


class Person(NamedTuple):
    """A speaker as the article names them: full name, and role and organization if stated."""

    name: str
    role: str | None
    organization: str | None


class Candidate(NamedTuple):
    """A proposed quotation: its words and place, who said it, by which rule, how sure."""

    start: int
    end: int
    text: str
    speaker: Person | None
    pattern: str
    confidence: float
    partial: bool
    unclosed: bool
    pull_quote: bool = False


class _Quote(NamedTuple):
    start: int
    end: int
    open_at: int
    close_at: int
    unclosed: bool


def _paragraphs(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _opens(line: str, i: int) -> bool:
    char = line[i]
    if char == "“":
        return True
    if char in '"”':
        # A straight or backwards mark opens where a word is about to start.
        before = line[i - 1] if i else " "
        after = line[i + 1] if i + 1 < len(line) else " "
        return (before.isspace() or before in "([—–-") and not after.isspace()
    return False


def _closes(line: str, i: int) -> bool:
    return line[i] in '”"' and (i + 1 == len(line) or not line[i + 1].isalnum())


def quotation_spans(line: str, next_line: str) -> list[_Quote]:
    """The passages between quotation marks in one paragraph; an open one ends the paragraph."""
    found: list[_Quote] = []
    i, n = 0, len(line)
    while i < n:
        if not _opens(line, i):
            i += 1
            continue
        j = i + 1
        while j < n and not _closes(line, j) and line[j] != "“":
            j += 1
        # A left mark before a space or the end closes, written the wrong way round (“Well,
        # it’s a choice, “ Hale explains); before a word it opens the next quotation, and
        # this one never closed.
        closed = j < n and (line[j] != "“" or j + 1 == n or line[j + 1].isspace())
        body_start, body_end = i + 1, j
        while body_start < body_end and line[body_start].isspace():
            body_start += 1
        while body_end > body_start and line[body_end - 1].isspace():
            body_end -= 1
        continues = not closed and next_line.lstrip()[:1] in ("“", '"')
        if body_end > body_start:
            found.append(
                _Quote(
                    body_start,
                    body_end,
                    i,
                    j if closed else n,
                    unclosed=not closed and not continues,
                )
            )
        i = j + 1 if closed else j
    return found


# "– All Japanese people know …, says Ota.": a paragraph opened by a dash, with no quotation
# marks, is a quotation (the convention of Finnish and much European news), up to a closing
# "…, says NAME." or "…, NAME says." clause.
_DASH_LEAD = re.compile(r"^\s*[–—]\s+(?=\S)")
_DASH_SAID = re.compile(rf",\s+(?:(?:{_VERB})\s+[^,.!?]+|[^,.!?]+?\s+(?:{_VERB}))\.?\s*$")


def _dash_quotation(line: str) -> _Quote | None:
    """The quotation a dash-led paragraph holds, or None."""
    lead = _DASH_LEAD.match(line)
    if lead is None or any(mark in line for mark in '“”"') or _NAME_LINE.match(line.strip()):
        return None
    if len(line.split()) < 5:  # a list item or a dateline, not somebody's words
        return None
    end = len(line.rstrip())
    said = _DASH_SAID.search(line, lead.end())
    if said is not None:
        end = said.start() + 1  # the comma belongs to the words, as inside marks
    # The dash stands where an opening mark would, the comma where a closing one would.
    close_at = end - 1 if said is not None else len(line)
    return _Quote(lead.end(), end, len(line) - len(line.lstrip()), close_at, unclosed=False)


# Small words a title leaves in lower case: "Joint Statement on a Strategic Partnership".
_TITLE_SMALL_WORDS = {"a", "an", "the", "of", "on", "in", "and", "as", "at", "by", "for", "to"}
_TITLE_SMALL_WORDS |= {"from", "with", "between", "or", "over", "under", "into", "about"}


def _is_heading(words: str) -> bool:
    """Quoted words standing as a heading: short, without a sentence's final mark."""
    return len(words.split()) <= 5 and words.rstrip()[-1:] not in ".!?,;:"


def _unopened(line: str) -> _Quote | None:
    """A quotation whose opening mark the article dropped: its words from the paragraph's start.

    "East is East …, and never the twain shall meet,” wrote Rudyard Kipling": a closing mark
    before any other, followed by a reporting clause.
    """
    marks = [i for i, char in enumerate(line) if char in '“”"']
    if not marks or line[marks[0]] != "”" or not marks[0]:
        return None
    after = line[marks[0] + 1 :]
    if not (_AFTER_VERB_WHO.match(after) or _AFTER_WHO_VERB.match(after)):
        return None
    start = len(line) - len(line.lstrip())
    return _Quote(start, marks[0], start, marks[0], unclosed=False)


def _is_title(words: str) -> bool:
    # A comma inside the closing mark is punctuation of the sentence, not of the title; but
    # “Ask Laine,” a visitor said is a short quotation, so such a title needs four words.
    tokens = words.removesuffix(",").split()
    return (
        (4 if words.endswith(",") else 1) <= len(tokens) <= 20
        and tokens[0][:1].isupper()
        and tokens[-1][:1].isupper()
        and all(t[:1].isupper() or t in _TITLE_SMALL_WORDS for t in tokens if t.isalpha())
        and words.rstrip()[-1:] not in ".!?;:"
    )


def _is_partial(line: str, quote: _Quote) -> bool:
    text = line[quote.start : quote.end]
    if text[:1].islower():
        return True
    before = line[: quote.open_at].rstrip()
    if not before or before[-1] in ".:;!?,—–-":
        return False
    last_word = before.split()[-1].lower()
    return last_word.isalpha() and last_word not in SPEECH_VERBS


def _sentence_after(line: str, at: int) -> str:
    tail = line[at + 1 :]
    stop = min([p for p in (tail.find("“"),) if p >= 0] + [len(tail)])
    return tail[:stop]


# Where a sentence ends: . ! ? (or a closing mark) and a space, but not after an initial or an
# honorific ("H.E. Takashi Murata", "Mr. Nagahara").
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\bMrs)(?<!\bMr|\bMs|\bDr|\bSt|\bJr)[.!?”]\s")


def _sentence_starts(text: str) -> list[int]:
    """Where each sentence of `text` starts (0 first)."""
    return [0, *(m.end() for m in _SENTENCE_END.finditer(text))]


def _sentence_before(line: str, at: int) -> str:
    start = _sentence_starts(line[:at])[-1]
    return line[max(start - 1, 0) : at]


# Abbreviations whose full stop is not a sentence's: "Nordic Koivu Ltd." at a line's end.
_ABBREVIATION = re.compile(r"\b(?:[A-Z]|Mrs?|Ms|Dr|St|Jr|Ltd|Inc|Co|Corp|Oy|Oyj)\.$")


def _first_sentence(text: str) -> str:
    """`text` up to its first sentence end, without the mark that ends the sentence."""
    end = _SENTENCE_END.search(text)
    if end:
        return text[: end.start()]
    text = text.rstrip()
    ends_sentence = text.endswith((".", "!", "?")) and not _ABBREVIATION.search(text)
    return text[:-1] if ends_sentence else text


class _People:
    """Everyone the article names in full, to resolve surnames, titles and pronouns later."""

    def __init__(
        self, text: str, quoted: list[tuple[int, int]], paragraph_starts: list[int]
    ) -> None:
        self.text = text
        self.full: list[str] = []
        for first, last in _PERSON.findall(text):
            if first not in _TITLE_WORDS and last not in _TITLE_WORDS:
                self.full.append(f"{first} {last}")
        self.known: dict[str, Person] = {}
        self.last: Person | None = None
        self._last_at = -1
        # Words inside quotation marks are what someone said, not a mention of anybody.
        self._quoted = quoted
        self._starts = paragraph_starts
        # Where each known person is named (in full or by surname), in text order: a pronoun
        # may stand for the person named last before it.
        self._mentions: list[tuple[int, str]] = []
        # "Kenji Sato, the company’s chairman, …" gives a role for "the chairman said" later.
        for match in _APPOSITION.finditer(text):
            # "NAME, General Manager of X explains, “…”": the verb is not part of the role.
            words = _TRAILING_VERB.sub("", match.group("role"))
            role, organization = _role_and_organization(words)
            self._know(Person(match.group("name"), role, organization), replace=False)

    def _inside_quotation(self, at: int) -> bool:
        i = bisect.bisect_right(self._quoted, (at, len(self.text))) - 1
        return i >= 0 and self._quoted[i][0] <= at < self._quoted[i][1]

    def _know(self, person: Person, replace: bool = True) -> Person:
        if person.name not in self.known:
            surname = person.name.split()[-1]
            for mention in re.finditer(rf"\b{re.escape(surname)}\b", self.text):
                if not self._inside_quotation(mention.start()):
                    bisect.insort(self._mentions, (mention.start(), person.name))
        if replace or person.name not in self.known:
            self.known[person.name] = person
        return self.known[person.name]

    def named_before(self, at: int) -> Person | None:
        """The known person named last before offset `at`."""
        i = bisect.bisect_left(self._mentions, (at, ""))
        return self.known[self._mentions[i - 1][1]] if i else None

    def _paragraph(self, at: int) -> int:
        return bisect.bisect_right(self._starts, at) - 1

    def _spoke(self, person: Person, at: int) -> Person:
        self.last, self._last_at = person, at
        return person

    def _pronoun(self, at: int) -> Person | None:
        # The speaker of this paragraph or the one before, else whoever was named last.
        if self.last is not None and self._paragraph(at) - self._paragraph(self._last_at) <= 1:
            return self.last
        return self.named_before(at) or self.last

    def resolve(self, who: str, at: int) -> tuple[Person | None, str]:
        """A person from the words naming them at offset `at`: full, surname, title, pronoun."""
        who = who.strip().rstrip(",")
        if who.lower() in _PRONOUNS:
            return self._pronoun(at), "pronoun"
        if who.lower().startswith("the "):
            wanted = who[4:].strip().lower()
            for person in reversed(list(self.known.values())):
                if person.role and wanted in person.role.lower():
                    return person, "title"
            # "the 55-year-old Finnish leader", "the 42-year-old Finn": only a person has an age.
            if wanted.split()[-1] in _PERSON_NOUNS or _AGED.search(wanted):
                return self.named_before(at) or self.last, "description"
            return None, "title"
        name, role, organization = _split_who(who)
        if name is None:
            return None, "unresolved"
        parts = name.split()
        if len(parts) >= 2 and parts[0] not in _TITLE_WORDS:
            person = self.known.get(name) or Person(name, role, organization)
            if person.role is None and role is not None:
                person = Person(name, role, organization)
            return self._spoke(self._know(person), at), "name"
        surname = parts[-1]
        for person in reversed(list(self.known.values())):
            if person.name.split()[-1] == surname:
                return self._spoke(person, at), "surname"
        for full in self.full:
            if full.split()[-1] == surname and full != name:
                found = self._know(Person(full, None, None), replace=False)
                return self._spoke(found, at), "surname"
        # "Antti told Beacon Reports": a given name, when one person in the article has it.
        given = {full for full in self.full if full.split()[0] == surname}
        if len(given) == 1 and surname not in _TITLE_WORDS | _NOT_NAMES:
            found = self._know(Person(given.pop(), None, None), replace=False)
            return self._spoke(found, at), "given name"
        return None, "unresolved"


# Words that follow a name and begin something else: a place, a time, a circumstance.
_AFTER_NAME = {"in", "on", "at", "during", "after", "before", "last", "this", "when", "while"}


def _is_name_word(word: str) -> bool:
    return (
        word[:1].isupper()
        and word not in _TITLE_WORDS
        and word not in _NOT_NAMES
        and not word.endswith(("’s", "'s"))
    )


def _split_who(who: str) -> tuple[str | None, str | None, str | None]:
    """(name, role, organization) from "NAME, ROLE" or "TITLE NAME" or "ORG's ROLE NAME"."""
    head, _, apposition = who.partition(",")
    # "Rafał Modrzewski in an interview with WNP": the name ends where prose begins, at two
    # lower-case words in a row ("Invest in Finland Executive Director Antti Aumo" is a title).
    words: list[str] = []
    for word, following in zip(head.split(), [*head.split()[1:], ""], strict=True):
        if word[:1].islower() and word not in _JOINERS and following[:1].islower():
            break
        words.append(word)
    # "said Aino Virtanen in Tokyo", "on Monday", "in 1889 – so long ago": the name ends where
    # a place, a time or an aside begins.
    # ("Invest in Finland Executive Director Antti Aumo" is one title: "in" after one
    # capitalised word, before another, is kept.)
    # "CEO Yrjänä Ahto of Fujitsu": after a full name, "of" begins the organization.
    employer = None
    for at, word in enumerate(words):
        if not at or not (word in _AFTER_NAME or word == "of" or not word[:1].isalnum()):
            continue
        full_name = at > 1 and _is_name_word(words[at - 1]) and _is_name_word(words[at - 2])
        next_word = words[at + 1] if at + 1 < len(words) else ""
        if word == "of" and not full_name:
            continue
        if _is_name_word(words[at - 1]) and (full_name or not next_word[:1].isupper()):
            if word == "of":
                employer = " ".join(words[at + 1 :]).rstrip(".,;:") or None
            words = words[:at]
            break
    while words and words[-1] in _JOINERS:
        words.pop()
    capital = [w for w in words if w[:1].isupper()]
    if not capital:
        return None, None, None
    # The name is the last run of capitalised words (a title may stand before it).
    run: list[str] = []
    for word in reversed(words):
        if _is_name_word(word):
            run.insert(0, word)
        else:
            break
    if not run:
        return None, None, None
    # Given name and family name; capitalised words before them belong to the title
    # ("Japanese Ambassador to Finland Takashi Okada").
    run = run[-2:]
    name = " ".join(run).rstrip(".,;:")
    kept = [w for w in words[: len(words) - len(run)] if w not in _NOT_NAMES]
    title = " ".join(kept).strip() or None
    role, organization = title, employer
    # An apposition ends at its comma: "NAME, CEO of X, and NAME2, …" gives "CEO of X".
    apposition = apposition.split(",")[0].strip()
    if apposition:
        role, organization = _role_and_organization(apposition)
    return name, role, organization


def _role_and_organization(text: str) -> tuple[str | None, str | None]:
    text = re.split(r",\s+(?:highlighting|noting|adding|describing|who|which)\b", text)[0]
    text = text.strip().rstrip(",")
    possessive = re.match(r"^(?P<org>[\w&.-]+(?:\s[\w&.-]+)?)[’']s\s+(?P<role>.+)$", text)
    if possessive:
        return possessive.group("role"), possessive.group("org")
    role, of, organization = text.rpartition(" of ")
    organization = organization.removeprefix("the ")  # "Manager of the Japan Sauna Association"
    # "Ambassador of Japan to Finland" names a post, not an organization.
    if of and organization[:1].isupper() and role and " to " not in organization:
        return role, organization
    return text or None, None


def extract(text: str) -> list[Candidate]:
    """Every quotation found in the article, with speaker, rule and confidence, in text order."""
    paragraphs = _paragraphs(text)
    quoted = []
    for number, (_, line) in enumerate(paragraphs):
        next_line = paragraphs[number + 1][1] if number + 1 < len(paragraphs) else ""
        quotes = [
            q
            for q in quotation_spans(line, next_line)
            if not _is_title(line[q.start : q.end]) and not _NAMING.search(line[: q.open_at])
        ]
        if not quotes:
            unmarked = _dash_quotation(line) or _unopened(line)
            quotes = [unmarked] if unmarked else []
        quoted.append(quotes)
    people = _People(
        text,
        [
            (offset + q.start, offset + q.end)
            for (offset, _), qs in zip(paragraphs, quoted, strict=True)
            for q in qs
        ],
        [offset for offset, _ in paragraphs],
    )
    found: list[Candidate] = []
    previous_speaker: Person | None = None
    for number, (offset, line) in enumerate(paragraphs):
        next_line = paragraphs[number + 1][1] if number + 1 < len(paragraphs) else ""
        quotes = quoted[number]
        pull = _pull_quote(line, next_line, found, offset)
        if pull:
            found.extend(pull)
            continue
        speaker_here: Person | None = None
        for index, quote in enumerate(quotes):
            speaker, pattern, confidence = _attribute(line, quote, people, offset)
            if speaker is None and index and speaker_here is not None:
                speaker, pattern, confidence = speaker_here, "continuation", 0.8
            if (
                speaker is None
                and not line[: quote.open_at].strip()
                and quote.close_at >= len(line.rstrip()) - 1
                and previous_speaker is not None
                and not _is_heading(line[quote.start : quote.end])
            ):
                speaker, pattern, confidence = previous_speaker, "previous paragraph", 0.6
            if speaker is not None:
                speaker_here = speaker
            found.append(
                Candidate(
                    offset + quote.start,
                    offset + quote.end,
                    line[quote.start : quote.end],
                    speaker,
                    pattern,
                    confidence if speaker else 0.3,
                    _is_partial(line, quote),
                    quote.unclosed,
                )
            )
        if speaker_here is not None:
            previous_speaker = speaker_here
        elif not quotes:
            previous_speaker = _introduced(line, people, offset) or previous_speaker
    return found


def _attribute(
    line: str, quote: _Quote, people: _People, offset: int
) -> tuple[Person | None, str, float]:
    after = _sentence_after(line, quote.close_at) if quote.close_at < len(line) else ""
    after = _first_sentence(after)
    sentence = _sentence_before(line, quote.open_at)
    # “Q” opens a sentence: the sentence before, in the same paragraph, may name the speaker
    # ("Ambassador Julin concluded his talk by inviting them. “It takes nine hours…”").
    previous = ""
    if not sentence.strip():
        starts = _sentence_starts(line[: quote.open_at])
        previous = line[starts[-2] : starts[-1]] if len(starts) > 1 else ""
    # The rules in order: the matches each offers, its name, and how sure it is when the words
    # name the person in full and when they name them otherwise (surname, title, pronoun).
    rules: tuple[tuple[Iterable[re.Match[str] | None], str, float, float], ...] = (
        ([_AFTER_VERB_WHO.match(after)], "“Q,” says NAME", 0.95, 0.85),
        ([_ACCORDING.match(after)], "according to NAME", 0.9, 0.8),
        ([_AFTER_WHO_VERB.match(after)], "“Q,” NAME said", 0.9, 0.8),
        ([_ACCORDING_LATER.search(after)], "… “Q” …, according to NAME", 0.8, 0.8),
        ([_LATER_SAID.search(after)], "… “Q” …, NAME said", 0.7, 0.7),
        ([_ACCORDING_BEFORE.search(sentence)], "according to NAME, “Q”", 0.9, 0.8),
        ([_BEFORE_ROLE.match(sentence)], "As NAME, ROLE explains, “Q”", 0.9, 0.8),
        ([_BEFORE.search(sentence)], "NAME said: “Q”", 0.9, 0.8),
        # The reporting clause closest to the quotation in its sentence: "Soini said North
        # Korea’s “actions cannot be accepted”", "NAME, ROLE, said that the company “…”".
        (reversed(list(_SUBJECT.finditer(sentence))), "NAME said … “Q”", 0.8, 0.7),
        (reversed(list(_SUBJECT.finditer(previous))), "NAME said …. “Q”", 0.6, 0.6),
        (reversed(list(_COLON_SUBJECT.finditer(sentence))), "NAME …: “Q”", 0.6, 0.6),
        (
            [_SENTENCE_SUBJECT.match(sentence)] if _is_partial(line, quote) else [],
            "NAME … “partial”",
            0.5,
            0.5,
        ),
    )
    at = offset + quote.open_at
    for matches, rule, by_name, otherwise in rules:
        for match in matches:
            if match is None:
                continue
            person, how = people.resolve(match.group("who"), at)
            if person is not None:
                return person, f"{rule} ({how})", by_name if how == "name" else otherwise
    return None, "none", 0.0


def _introduced(line: str, people: _People, offset: int) -> Person | None:
    """The speaker that a paragraph without quotations introduces for the one after it.

    "Boze reiterated the importance of 5G.", "…, says Airaksinen. The competition is tough.",
    "…, write Helena Sarén and Matti Malkamäki." or "…, according to Ambassador Eero
    Salovaara." followed by a paragraph that is only a quotation. The clause nearest the end
    counts.
    """
    at = offset + len(line)
    starts = _sentence_starts(line)
    for start, end in reversed(list(zip(starts, [*starts[1:], len(line)], strict=True))):
        sentence = line[start:end]
        for pattern in (_SUBJECT, _VERB_SUBJECT, _ACCORDING_LATER):
            for clause in reversed(list(pattern.finditer(sentence))):
                person, _ = people.resolve(clause.group("who"), at)
                if person is not None:
                    return person
    return None


def _pull_quote(line: str, next_line: str, found: list[Candidate], offset: int) -> list[Candidate]:
    """A pull quote's occurrences, or a block quotation: unmarked words over a Name line."""
    if not line.strip() or any(m in line for m in '“”"') or not _NAME_LINE.match(next_line):
        return []
    attribution = _NAME_LINE.match(next_line)
    assert attribution is not None
    name = attribution.group("name")
    out = []
    for candidate in found:
        words = candidate.text.rstrip(",;")
        at = line.find(words)
        if at < 0 or (candidate.speaker is not None and candidate.speaker.name != name):
            continue
        end = at + len(words)
        if end < len(line) and line[end] in ".!?" and words[-1:] not in ".!?":
            end += 1
        out.append(
            candidate._replace(
                start=offset + at,
                end=offset + end,
                text=line[at:end],
                pattern="pull quote",
                confidence=0.9,
                pull_quote=True,
                unclosed=False,
            )
        )
    if not out and attribution.group("dash"):
        # "— Name, title" under a paragraph: a block quotation that repeats nothing.
        role, organization = _role_and_organization(
            re.sub(r"^(?:a|an|the)\s+", "", attribution.group("title").strip())
        )
        start = len(line) - len(line.lstrip())
        end = len(line.rstrip())
        out.append(
            Candidate(
                offset + start,
                offset + end,
                line[start:end],
                Person(name, role, organization),
                "block quote — NAME, ROLE",
                0.8,
                partial=False,
                unclosed=False,
            )
        )
    return out
