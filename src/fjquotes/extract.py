"""Find attributed quotations in the plain text of a news article, rule by rule, with offsets.

Quotation marks are paired per paragraph (curly or straight, mismatched pairs and a backwards
closing mark allowed); a quotation left open ends with its paragraph and is flagged `unclosed`,
unless the next paragraph opens with a mark (the multi-paragraph convention). Attribution is
looked for in the same sentence after the quotation ("…,” says NAME, ROLE / “…,” NAME said /
“…,” according to NAME) and before it ("NAME said: “…”"); a quotation straight after an
attributed one takes its speaker, and a paragraph that is only a quotation takes the speaker of
the paragraph before. A pull quote (quoted words as a paragraph of their own, followed by a
"Name, Title" line) becomes another occurrence of the quotation it repeats. Speakers met by
full name are remembered, so later surnames, titles and pronouns resolve to them; where nothing
resolves the speaker is None, never a guess.
"""

from __future__ import annotations

import re
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
)
_VERB = "|".join(sorted((re.escape(v) for v in SPEECH_VERBS), key=len, reverse=True))
_NAME_WORD = r"[A-Z][\w’'.-]*"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
_PRONOUNS = {"he", "she", "they"}

# “…,” says WHO.   “…,” said WHO, ROLE.
_AFTER_VERB_WHO = re.compile(rf"^[\s,]*(?:{_VERB})\s+(?P<who>[^.!?“”\"]+)")
# “…,” WHO said.   “…,” the ROLE said.   “…,” he said.
_AFTER_WHO_VERB = re.compile(
    rf"^[\s,]*(?P<who>{_NAME}|[Hh]e|[Ss]he|[Tt]hey|the\s+[a-z][\w\s-]*?)\s+(?:{_VERB})\b"
)
_ACCORDING = re.compile(r"^[\s,]*according to\s+(?P<who>[^.!?“”\"]+)")
# WHO said: “…”   In a statement, WHO said: “…”   As WHO summed up: “…”
_BEFORE = re.compile(rf"(?P<who>{_NAME})(?:,[^,:]*,)?\s+(?:{_VERB})\b[^“”\":.]*[:,]\s*$")
_NAME_LINE = re.compile(
    rf"^(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}),\s+(?P<title>[^.“”\"]+)$"
)
# Overlapping pairs of capitalised words: "CEO Tomas Harju-Jeanty" holds "Tomas Harju-Jeanty".
_PERSON = re.compile(rf"(?=\b({_NAME_WORD})\s+({_NAME_WORD})\b)")
_APPOSITION = re.compile(
    rf"\b(?P<name>{_NAME_WORD}\s+{_NAME_WORD}),\s+(?:the\s+|a\s+|an\s+)?(?P<role>[^,.“”\"]+?),"
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
        while j < n and not (_closes(line, j) and line[j] != "“"):
            if line[j] == "“":  # a new opening before any close: the first never closed
                break
            j += 1
        closed = j < n and line[j] != "“"
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


def _is_title(words: str) -> bool:
    tokens = words.split()
    return (
        0 < len(tokens) <= 8
        and all(t[:1].isupper() for t in tokens if t.isalpha())
        and words.rstrip()[-1:] not in ".,!?;:"
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


def _sentence_before(line: str, at: int) -> str:
    head = line[:at]
    cut = max(head.rfind(". "), head.rfind("” "), head.rfind("? "), head.rfind("! "))
    return head[cut + 1 :] if cut >= 0 else head


class _People:
    """Everyone the article names in full, to resolve surnames, titles and pronouns later."""

    def __init__(self, text: str) -> None:
        self.full: list[str] = []
        for first, last in _PERSON.findall(text):
            if first not in _TITLE_WORDS and last not in _TITLE_WORDS:
                self.full.append(f"{first} {last}")
        self.known: dict[str, Person] = {}
        self.last: Person | None = None
        # "Kenji Sato, the company’s chairman, …" gives a role for "the chairman said" later.
        for match in _APPOSITION.finditer(text):
            role, organization = _role_and_organization(match.group("role"))
            self.known.setdefault(
                match.group("name"), Person(match.group("name"), role, organization)
            )

    def resolve(self, who: str) -> tuple[Person | None, str]:
        """A person from the words naming them, and how: full, surname, title, pronoun."""
        who = who.strip().rstrip(",")
        if who.lower() in _PRONOUNS:
            return self.last, "pronoun"
        if who.lower().startswith("the "):
            wanted = who[4:].strip().lower()
            for person in reversed(list(self.known.values())):
                if person.role and wanted in person.role.lower():
                    return person, "title"
            return None, "title"
        name, role, organization = _split_who(who)
        if name is None:
            return None, "unresolved"
        parts = name.split()
        if len(parts) >= 2 and parts[0] not in _TITLE_WORDS:
            person = self.known.get(name) or Person(name, role, organization)
            if person.role is None and role is not None:
                person = Person(name, role, organization)
            self.known[name] = person
            self.last = person
            return person, "name"
        surname = parts[-1]
        for person in reversed(list(self.known.values())):
            if person.name.split()[-1] == surname:
                self.last = person
                return person, "surname"
        for full in self.full:
            if full.split()[-1] == surname and full != name:
                person = self.known.setdefault(full, Person(full, None, None))
                self.last = person
                return person, "surname"
        return None, "unresolved"


def _split_who(who: str) -> tuple[str | None, str | None, str | None]:
    """(name, role, organization) from "NAME, ROLE" or "TITLE NAME" or "ORG's ROLE NAME"."""
    head, _, apposition = who.partition(",")
    head = head.strip()
    words = head.split()
    capital = [w for w in words if w[:1].isupper()]
    if not capital:
        return None, None, None
    # The name is the last run of capitalised words (a title may stand before it).
    run: list[str] = []
    for word in reversed(words):
        if (
            word[:1].isupper()
            and word not in _TITLE_WORDS
            and word not in _NOT_NAMES
            and not word.endswith(("’s", "'s"))
        ):
            run.insert(0, word)
        else:
            break
    if not run:
        return None, None, None
    # Given name and family name; capitalised words before them belong to the title
    # ("Japanese Ambassador to Finland Takashi Okada").
    run = run[-2:]
    name = " ".join(run)
    kept = [w for w in words[: len(words) - len(run)] if w not in _NOT_NAMES]
    title = " ".join(kept).strip() or None
    role, organization = title, None
    apposition = apposition.strip()
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
    if of and organization[:1].isupper() and role:
        return role, organization
    return text or None, None


def extract(text: str) -> list[Candidate]:
    """Every quotation found in the article, with speaker, rule and confidence, in text order."""
    people = _People(text)
    paragraphs = _paragraphs(text)
    found: list[Candidate] = []
    previous_speaker: Person | None = None
    for number, (offset, line) in enumerate(paragraphs):
        next_line = paragraphs[number + 1][1] if number + 1 < len(paragraphs) else ""
        quotes = [
            q for q in quotation_spans(line, next_line) if not _is_title(line[q.start : q.end])
        ]
        pull = _pull_quote(line, next_line, found, offset)
        if pull:
            found.extend(pull)
            continue
        speaker_here: Person | None = None
        for index, quote in enumerate(quotes):
            speaker, pattern, confidence = _attribute(line, quote, people)
            if speaker is None and index and speaker_here is not None:
                speaker, pattern, confidence = speaker_here, "continuation", 0.8
            if (
                speaker is None
                and not line[: quote.open_at].strip()
                and quote.close_at >= len(line.rstrip()) - 1
                and previous_speaker is not None
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
    return found


def _attribute(line: str, quote: _Quote, people: _People) -> tuple[Person | None, str, float]:
    after = _sentence_after(line, quote.close_at) if quote.close_at < len(line) else ""
    for pattern, rule, sure in (
        (_AFTER_VERB_WHO, "“Q,” says NAME", 0.95),
        (_ACCORDING, "according to NAME", 0.9),
        (_AFTER_WHO_VERB, "“Q,” NAME said", 0.9),
    ):
        match = pattern.match(after)
        if match:
            person, how = people.resolve(match.group("who"))
            if person is not None:
                return person, f"{rule} ({how})", sure if how == "name" else sure - 0.1
    before = _BEFORE.search(_sentence_before(line, quote.open_at))
    if before:
        person, how = people.resolve(before.group("who"))
        if person is not None:
            return person, f"NAME said: “Q” ({how})", 0.9 if how == "name" else 0.8
    return None, "none", 0.0


def _pull_quote(line: str, next_line: str, found: list[Candidate], offset: int) -> list[Candidate]:
    """Occurrences for a pull quote: an unmarked paragraph followed by a "Name, Title" line."""
    if not line.strip() or any(m in line for m in '“”"') or not _NAME_LINE.match(next_line):
        return []
    name = _NAME_LINE.match(next_line).group("name")  # type: ignore[union-attr]
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
    return out
