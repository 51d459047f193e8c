"""Find attributed quotations in the plain text of a news article, rule by rule, with offsets.

`quotation_marks` finds the quoted passages and `people` the persons an article names; this
module decides who said each passage. Attribution is looked for in the same sentence: after the
quotation ("…,” says NAME, ROLE / “…,” TITLE NAME[, ROLE,] said / “…,” according to NAME /
“…” …, NAME said), before it ("NAME said: “…” / As NAME, ROLE explains, “…” / According to
NAME, “…” / NAME …: “…”), or in the sentence's reporting clause ("NAME, ROLE, said that the
firm “…”", "NAME, ROLE, voiced his alarm, saying “…”"), or, for a quotation opening a sentence,
in the sentence before. A quotation straight after an attributed one takes its speaker, so does
a fragment listed with one ("“like-minded” and “trustful,” says NAME"), and a paragraph that is
only a quotation takes the speaker of the paragraph before (quoted there, or introduced by
"NAME reiterated …" / "…, write NAME" / "…, according to NAME"). A pull quote (quoted words as
a paragraph of their own over a "Name, Title" line) becomes another occurrence of the quotation
it repeats; unmarked words over a "— Name, title" line are a block quotation. Where nothing
resolves, the speaker is None, never a guess.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import NamedTuple

from fjquotes.name_particles import as_written, join_particles
from fjquotes.people import People, Person
from fjquotes.quotation_marks import (
    DOUBLE_MARKS,
    Quote,
    clause_closing_later,
    credited,
    dash_led,
    dash_quotation,
    ends_opening,
    first_sentence,
    hyphens_as_dashes,
    inner_dash_quotations,
    is_heading,
    is_mention,
    is_partial,
    is_title,
    leaves_open,
    marked_heading,
    marked_quotations,
    name_line,
    paragraph_lines,
    plain_marks,
    sentence_after,
    sentence_before,
    sentence_starts,
    set_apart,
    unopened,
)
from fjquotes.speaker_words import (
    head_noun,
    may_be_given_name,
    role_and_organization,
    split_who,
    without_asides,
)
from fjquotes.speech import (
    ACCORDING,
    ACCORDING_BEFORE,
    ACCORDING_LATER,
    ADDRESSED,
    ADDRESSED_SAYING,
    AFTER_ANY_VERB_WHO,
    AFTER_CRY_ANY_VERB_WHO,
    AFTER_CRY_WHO_ANY_VERB,
    AFTER_DASH_DEGREE,
    AFTER_DASH_SURNAME,
    AFTER_DASH_WHO,
    AFTER_DESCRIBED_NAME_VERB,
    AFTER_NAME_ALONE,
    AFTER_NAME_CREDIT,
    AFTER_POSSESSOR_STATEMENT,
    AFTER_PRONOUN_THEN_NAME,
    AFTER_PRONOUN_VERB_NAME,
    AFTER_VERB_DESCRIPTION_NAME,
    AFTER_VERB_WHO,
    AFTER_WHO_ANY_VERB,
    AFTER_WHO_VERB,
    AND_THEN_SAID,
    BEFORE,
    BEFORE_ROLE,
    CALLED_BEFORE,
    CAPITALS,
    CLAUSE_SUBJECT,
    COLON_SUBJECT,
    EXCERPTS_OF,
    FELT,
    GAP,
    HANDLE_BEFORE,
    HEADLINE_WHO,
    IN_OWN_WORDS,
    IN_WORDS_OF,
    INSERTED,
    INSERTED_BEFORE,
    INSERTED_DESCRIBED,
    INSERTED_NAME,
    INTERVIEW_INTRO,
    INTERVIEW_WITH,
    INTERVIEWED,
    INTERVIEWEE_IS,
    INTRODUCED_NAME,
    INVERTED_BEFORE,
    LATER_SAID,
    LATER_SAID_INVERTED,
    LINK_TO_ANOTHER,
    NAME_DASH_POST,
    NAME_ENDING,
    NAME_HEADING,
    NAME_LABEL,
    NAME_ON_TOPIC,
    NAME_ROLE_COLON,
    NAME_THEN_WORDS,
    NAME_WORD,
    NAMING,
    NOT_DESCRIBING,
    PARTICIPLE,
    PERSON,
    POSSESSOR_BEFORE,
    POSSESSOR_COLON,
    PROFILED,
    PRONOUNS,
    QUOTE_HIM,
    QUOTED_AS,
    RESULTS_NAME,
    ROLE_NAME_COLON,
    SENTENCE_SUBJECT,
    SPEECH_VERBS,
    STATED_BY,
    SUBJECT,
    TALKED_TO,
    TERM_EXPLAINED,
    TITLE_WORDS,
    USED_THESE_WORDS,
    VERB,
    VERB_SUBJECT,
    VERB_WHO_COLON,
    VERB_WHO_ENDING,
    WAS_ASKED,
    WITH_SAYING,
    WORK_KIND_AFTER,
    WORK_KIND_BEFORE,
    YOU_SAID,
    is_full_name,
    is_name_word,
    is_person_noun,
    is_title_word,
    names_a_post,
    whole_word,
)


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
    # The name a reporting clause gives when it resolves to nobody the article names in full:
    # "“…,” Okada said" with no "Takashi Okada" in it. A corpus that knows one Okada names them.
    named: str | None = None


def extract(text: str) -> list[Candidate]:
    """Every quotation found in the article, with speaker, rule and confidence, in text order."""
    # Guillemets and doubled apostrophes are read as the marks they stand for, offsets kept;
    # the words proposed are then the article's own, any guillemets inside them as written.
    # So are surnames with a particle, "Casper von Koskull", as one word: `name_particles`.
    marked = plain_marks(text)
    joined = join_particles(marked)
    if joined.text is text:
        return _extract(text)
    return [
        c._replace(
            text=(
                text[c.start : c.end]
                if c.text == joined.text[c.start : c.end]
                else as_written(c.text, joined.written) or c.text
            ),
            speaker=c.speaker and _as_written(c.speaker, joined.written),
        )
        for c in _extract(joined.text)
    ]


def _as_written(person: Person, written: dict[str, str]) -> Person:
    """The person with any surname particle as the article wrote it."""
    name, role, organization = (as_written(part, written) for part in person)
    return Person(name or person.name, role, organization)


def _extract(text: str) -> list[Candidate]:
    """The candidates of an article whose quotation marks are all curly, straight or low."""
    # Lines a newswire wrapped by hand are one paragraph, its line ends only spaces: "said
    # in a statement, Chief Executive\nBjorn Rosengren". (Same length, so offsets hold.)
    paragraphs = [(at, line.replace("\n", " ")) for at, line in paragraph_lines(text)]
    lines = [line for _, line in paragraphs]
    written, text = text, "\n".join(lines)
    next_lines = [*lines[1:], ""]
    # A quotation may go on past a blank line, which only separates paragraphs.
    next_paragraphs = _next_paragraphs(lines)
    quoted, going_on = _quoted_paragraphs(lines, next_paragraphs)
    people = People(
        text,
        [
            (offset + q.start, offset + q.end)
            for (offset, _), qs in zip(paragraphs, quoted, strict=True)
            for q in qs
        ],
        # Blank lines only part paragraphs: "the paragraph before" is one with words in it.
        [offset for offset, line in paragraphs if line.strip()],
    )
    found: list[Candidate] = []
    paragraph_before: list[Candidate] = []
    previous_speaker: Person | None = None
    # Unattributed quotations that go on into the next paragraph: its speaker is theirs.
    waiting: list[int] = []
    credits = _credit_lines(lines, people.furniture)
    for (offset, line), next_line, following, quotes, opened_before, credit in zip(
        paragraphs, next_lines, next_paragraphs, quoted, going_on, credits, strict=True
    ):
        pull = _pull_quote(line, next_line, found, offset)
        if pull:
            found.extend(pull)
            continue
        # The last quotation here given a speaker, and that speaker.
        credited: tuple[Quote, Person] | None = None
        here: list[Candidate] = []
        for index, quote in enumerate(quotes):
            partial = is_partial(line, quote)
            speaker, pattern, confidence, named = _attribute(
                line, quote, people, offset, partial=partial
            )
            if speaker is not None and _follows_nobodys_words(
                line, quotes, index, here, pattern, partial=partial
            ):
                speaker, pattern = None, "none"
            if speaker is None:
                speaker, pattern, confidence = _quoted_back_to_you(line, quote, people, offset) or (
                    speaker,
                    pattern,
                    confidence,
                )
            if speaker is None and credited is not None:
                before, speaker_before = credited
                if _goes_on(line, before, quote, partial=partial):
                    speaker, pattern, confidence = speaker_before, "continuation", 0.8
            # The rest of a quotation opened in the paragraph before, whatever follows it here
            # ('…more than ever." pic.twitter.com/…').
            if (
                speaker is None
                and opened_before
                and not index
                and not line[: quote.open_at].strip()
                and previous_speaker is not None
                and credit is None  # a credit line under the words names their speaker
            ):
                speaker, pattern, confidence = previous_speaker, "quotation going on", 0.7
            if speaker is None:
                speaker, pattern, confidence = _paragraph_of_words(
                    line, quote, people, offset, credit=credit, previous_speaker=previous_speaker
                ) or (speaker, pattern, confidence)
            if speaker is not None and _greets(line[quote.start : quote.end], speaker):
                speaker = None
            if speaker is not None:
                credited = quote, speaker
            here.append(
                Candidate(
                    offset + quote.start,
                    offset + quote.end,
                    line[quote.start : quote.end],
                    speaker,
                    pattern,
                    confidence if speaker else 0.3,
                    partial,
                    quote.unclosed,
                    named=None if speaker else named,
                )
            )
        here = _share_with_joined(here, quotes, line)
        if line.strip():
            here = _amid_one_speakers_words(here, paragraph_before)
            paragraph_before = here
            waiting = _credit_back(found, waiting, here, quotes, line)
        found.extend(here)
        previous_speaker = _speaker_for_next(
            line,
            following,
            here,
            people,
            offset,
            speaker_here=credited[1] if credited else None,
            previous_speaker=previous_speaker,
            quoted=bool(quotes),
        )
    found = _said_paragraphs_later(paragraphs, found, people)
    found = _across_unmarked_paragraphs(paragraphs, found, credits, people)
    found = _over_standfirst(paragraphs, _repeating(found), people)
    found = _going_on_from_repeats(paragraphs, quoted, found)
    found = [*found, *_echoes(paragraphs, found, people)]
    # The words proposed are the article's own, its line ends as written.
    return sorted(
        (c._replace(text=written[c.start : c.end]) for c in found if not _a_term(c)),
        key=lambda c: c.start,
    )


def _quoted_paragraphs(
    lines: list[str], next_paragraphs: list[str]
) -> tuple[list[list[Quote]], list[bool]]:
    """Each paragraph's quotations, and whether it begins inside one the one before left open."""
    quoted: list[list[Quote]] = []
    going_on: list[bool] = []
    left_open = after_quotation = introduced = False
    hyphen = hyphens_as_dashes(lines)
    surnames = _surnames(lines) if any(map(dash_led, lines)) else frozenset()
    for line, next_paragraph in zip(lines, next_paragraphs, strict=True):
        # A paragraph whose one mark closes it, after a paragraph of quotations or one that
        # ends with a verb of speech and a colon ("… conductor Hannu Lintu, has stated:"): its
        # opening mark was dropped, and the words go on from there.
        # So does one a credit line follows ("– Heikki Palomäki, Head of Unit …").
        continued = left_open or (
            _closed_only_at_end(line)
            and (after_quotation or introduced or _credits_only(next_paragraph))
        )
        going_on.append(continued)
        marked = marked_quotations(line, next_paragraph)
        quotes = _quotations(line, marked, hyphen=hyphen, continued=continued, surnames=surnames)
        quoted.append(quotes)
        # A quotation still open at the paragraph's end, not flagged: the next one goes on.
        if line.strip():
            left_open = leaves_open(marked, line) or ends_opening(line)
            after_quotation = bool(quotes)
            # (The verb is looked for only before a colon that ends the paragraph: the
            # pattern is slow to search a whole paragraph with.)
            introduced = line.rstrip().endswith(":") and _SPEECH_THEN_COLON.search(line) is not None
    return quoted, going_on


def _across_unmarked_paragraphs(
    paragraphs: list[tuple[int, str]],
    found: list[Candidate],
    credits: list[Credit | None],
    people: People,
) -> list[Candidate]:
    """The candidates, a quotation left open going on to the mark that closes it paragraphs later.

    `“To me, Helsinki Airport is …` / `During the COVID-19 crisis, …` / `… in the future.”`:
    the writer opened the words once and closed them once, the paragraphs between in no
    marks, so each of those paragraphs goes on with the quotation, as a paragraph does that
    opens with a mark. Their speaker is the one the closing paragraph credits, by a reporting
    clause after the mark (`…”, Mäkärinen said.`) or a credit line under it ("Ulla
    Lettijeff," over her title), else the one its opening paragraph gave.
    """
    filled = [(i, at, line) for i, (at, line) in enumerate(paragraphs) if line.strip()]
    starts = [at for _, at, _ in filled]
    out = list(found)
    for opened in [c for c in found if c.unclosed]:
        k = bisect.bisect_right(starts, opened.start) - 1
        after = k + 1
        while after < len(filled) and not any(m in filled[after][2] for m in DOUBLE_MARKS):
            after += 1
        if after == k + 1 or after == len(filled):
            continue
        index, closing_at, closing = filled[after]
        closed = unopened(closing, continued=True)
        if closed is None:
            continue
        end = closing_at + len(closing[: closed.close_at].rstrip())
        rest = next((c for c in out if closing_at <= c.start and c.end <= end + 1), None)
        credit = credits[index]
        person = (
            people.resolve(credit.name, closing_at + len(closing), opens_clause=True)[0]
            if credit is not None and (rest is None or rest.speaker is None)
            else None
        )
        speaker = (rest.speaker if rest is not None else None) or person or opened.speaker
        if opened.speaker is not None and speaker != opened.speaker:
            continue
        if speaker is None:
            pattern, confidence = "none", 0.3
        elif rest is not None and rest.speaker is not None:
            pattern, confidence = rest.pattern, rest.confidence
        elif person is not None and credit is not None:
            pattern, confidence = credit.pattern, 0.8
        else:
            pattern, confidence = opened.pattern, opened.confidence
        spans = [_words_of(at, text) for _, at, text in filled[k + 1 : after]]
        spans.append((closing_at + closed.start, end))
        going_on = [
            Candidate(start, stop, "", speaker, pattern, confidence, partial=False, unclosed=False)
            for start, stop in spans
        ]
        first = opened._replace(
            speaker=speaker, pattern=pattern, confidence=confidence, unclosed=False
        )
        out = [first if c is opened else c for c in out if c is not rest] + going_on
    return sorted(out, key=lambda c: c.start)


def _said_paragraphs_later(
    paragraphs: list[tuple[int, str]], found: list[Candidate], people: People
) -> list[Candidate]:
    """The candidates, dash-led words with no clause credited by the one closing them later.

    "- In the 90s, I know that it was two million." / "Then I wrote a book …" / "It is
    difficult …, says Arja Saijonmaa.": the paragraphs between go on with her words, and so
    do the clause paragraph's own; they are proposed too, as hers.
    """
    filled = [(at, line) for at, line in paragraphs if line.strip()]
    starts = [at for at, _ in filled]
    out = list(found)
    for index, candidate in enumerate(found):
        k = bisect.bisect_right(starts, candidate.start) - 1
        at, line = filled[k]
        if (
            candidate.speaker is not None
            or candidate.partial
            or not dash_led(line)
            or candidate.end != at + len(line.rstrip())
            or not line.rstrip().endswith((".", "!", "?"))
        ):
            continue
        later = clause_closing_later([text for _, text in filled[k + 1 :]])
        if later is None:
            continue
        closing_at, closing = filled[k + 1 + later[0]]
        speaker, _, _, _ = _attribute(closing, later[1], people, closing_at, partial=False)
        if speaker is not None:
            out[index] = candidate._replace(
                speaker=speaker, pattern="dash, clause paragraphs later", confidence=0.6
            )
            # The paragraphs between, and the clause's own words, go on with the quotation.
            spans = [_words_of(at, between) for at, between in filled[k + 1 : k + 1 + later[0]]]
            spans.append((closing_at + later[1].start, closing_at + later[1].end))
            pattern = "dash, going on to the clause"
            out += [
                Candidate(start, end, "", speaker, pattern, 0.5, partial=False, unclosed=False)
                for start, end in spans
            ]
    return out


def _words_of(at: int, paragraph: str) -> tuple[int, int]:
    """Where the words of the paragraph at offset `at` begin and end, spaces around left out."""
    return at + len(paragraph) - len(paragraph.lstrip()), at + len(paragraph.rstrip())


# "“Hey Joonas – thanks for making time to chat.”": words that open by greeting someone.
_GREETING = re.compile(
    rf"^\W*(?:Hey|Hi|Hello|Dear|Thanks|Thank you|Welcome)[,!]?\s+(?P<name>[{CAPITALS}][\w’'-]+)"
)


def _greets(words: str, person: Person) -> bool:
    """Whether the words open by greeting the person by name: then they are not theirs."""
    greeting = _GREETING.match(words)
    return greeting is not None and greeting.group("name") in person.name.split()


# The rules that guess at the speaker from whom the sentence or paragraph before is about.
_GUESSES = ("NAME …. “Q”", "NAME …. …. “Q”")


def _follows_nobodys_words(
    line: str,
    quotes: list[Quote],
    index: int,
    here: list[Candidate],
    pattern: str,
    *,
    partial: bool,
) -> bool:
    """Whether a guess gave words a speaker that go on from words a clause gave to nobody.

    "“…,” the ministers said. “…”": the second words are nobody's too, not those of whom the
    paragraph is about.
    """
    if not (index and pattern.startswith(_GUESSES)) or here[index - 1].speaker is not None:
        return False
    before = quotes[index - 1]
    return _reported_after(line, before) and _goes_on(line, before, quotes[index], partial=partial)


def _reported_after(line: str, quote: Quote) -> bool:
    """Whether a reporting clause follows the words in their sentence (“…,” they said.)."""
    after = (
        first_sentence(sentence_after(line, quote.close_at)) if quote.close_at < len(line) else ""
    )
    return _REPORTED_AFTER.search(after) is not None


def _goes_on(line: str, before: Quote, quote: Quote, *, partial: bool) -> bool:
    """Whether words with no speaker of their own go on from the credited words `before`.

    Not others' words put to the speaker, not a fragment in a sentence of the writer's own,
    and not words a body reports after them.
    """
    return (
        not _others_words(line, quote)
        and not (partial and _new_sentence_between(line, before, quote))
        and not _reported_by_a_body(line, quote)
    )


def _speaker_for_next(
    line: str,
    following: str,
    here: list[Candidate],
    people: People,
    offset: int,
    *,
    speaker_here: Person | None,
    previous_speaker: Person | None,
    quoted: bool,
) -> Person | None:
    """Whose words a paragraph of words alone after this one is, as far as this one tells.

    `following` is the next paragraph with words in it.
    """
    if speaker_here is not None:
        return speaker_here
    if any(not c.partial for c in here):
        # Words credited to nobody (“…,” the BBC wrote): the next paragraph of words alone is
        # not the speaker's before them.
        return None
    if quoted:
        return previous_speaker
    if NAME_HEADING.match(line) and _writers_prose(following):
        # "Jussi Eskola" over a paragraph of the writer's: a byline, heading no words.
        return None
    introduced = _introduced(line, people, offset)
    # An interview's label ("Question:", "Halonen:") hands the words under it to whom it
    # names, or to nobody.
    if introduced is not None or NAME_LABEL.match(line):
        return introduced
    return (
        _told_of(line, following, people, offset)
        or _profiled(line, following, people, offset)
        or _opened_with(line, following, people, offset)
        or previous_speaker
    )


_THIRD_PERSON = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]er|[Hh]is)\b")
# The same opening a sentence: "She is the best", not the speaker's own "my brother … his farm".
_OPENING_THIRD_PERSON = re.compile(r"\b(?:He|She|His|Her)\b")


def _told_of(line: str, following: str, people: People, offset: int) -> Person | None:
    """Whom "he" or "she" opening a paragraph's last sentence stands for, else None.

    "Johan Juujärvi is the manager …." then "He's expecting the usual busy Christmas." over a
    paragraph of words alone: the writer is still telling of him, who speaks next; not when
    those words speak of "he" or "she" themselves ("He’s like Tom Brady.", another's).
    """
    # (Most paragraphs hold neither word: they are not split into sentences.)
    if ("He" not in line and "She" not in line) or _THIRD_PERSON.search(following):
        return None
    starts = sentence_starts(line)
    last = SENTENCE_SUBJECT.match(line[starts[-1] :])
    if last is None or (last.group("pronoun") or "").lower() not in ("he", "she"):
        return None
    return people.resolve(last.group("pronoun"), offset + starts[-1] + last.start("who"))[0]


def _profiled(line: str, following: str, people: People, offset: int) -> Person | None:
    """Whom a paragraph opening on their name and age profiles, naming nobody after, or None.

    "Lauri Hantula, 45, raises livestock …. The farm has …" over a paragraph of words alone:
    the writer has presented the one who speaks next (not when those words speak of "he").
    """
    profile = PROFILED.match(line)
    if profile is None or _OPENING_THIRD_PERSON.search(following):
        return None
    person = people.named_before(offset + len(line))
    if person is None or person.name.split()[-1] not in profile.group("who").split():
        return None
    rest = line[profile.end("who") :]
    if any(name in rest for name in people.full if name != person.name):
        return None
    return person


def _opened_with(line: str, following: str, people: People, offset: int) -> Person | None:
    """The person a paragraph opens with, by full name alone, and goes on telling of.

    "Masao Takahagi is one of them. Fishing communities like his in Iwaki …" over a paragraph
    that is only words in quotation marks, naming nobody else in full: the writer has
    presented the one who speaks next (not when those words speak of "he" or "she", nor
    after a line that only names, "Sasu Laukkonen cooks.", over a guide's words).
    """
    opening = SENTENCE_SUBJECT.match(line)
    if (
        opening is None
        or not _only_words(following)
        or _OPENING_THIRD_PERSON.search(following)
        or not _THIRD_PERSON.search(line, opening.end("who"))
    ):
        return None
    who = opening.group("who")
    first = who.split()[0]
    # (The name alone, nothing before it that a title or "Twelve-year-old" would make a role.)
    if not (
        is_full_name(who)
        and people.names_one(who)
        and may_be_given_name(first)
        and not is_title_word(first)
        and not re.search(r"-[a-z]", first)
    ) or any(name != who and is_full_name(name) for name in _FULL_NAMES.findall(line)):
        return None
    return people.resolve(who, offset + opening.start("who"), opens_clause=True)[0]


_FULL_NAMES = re.compile(rf"{NAME_WORD}(?:{GAP}{NAME_WORD})+")


def _only_words(paragraph: str) -> bool:
    """Whether the paragraph is one quotation and nothing else: no clause, nobody named."""
    words = paragraph.strip().removesuffix(".")
    return (
        words[:1] in DOUBLE_MARKS
        and words[-1:] in DOUBLE_MARKS
        and sum(char in DOUBLE_MARKS for char in words) == 2
    )


def _writers_prose(paragraph: str) -> bool:
    """Whether a paragraph is the writer's sentences: no quoted words, no dash, a full stop.

    Not a title under a name ("Senior Vice President of Development at Posiva") nor a page's
    furniture ("Hide Ad"), which a heading's words may stand under.
    """
    words = paragraph.split()
    return (
        len(words) >= 8
        and paragraph.rstrip()[-1:] in (".", "!", "?")
        and paragraph.lstrip()[:1] not in ("–", "—", "-")
        and not any(mark in paragraph for mark in (*DOUBLE_MARKS, "‘"))
    )


# "… conductor Hannu Lintu, has stated:": a verb of speech and the colon ending a paragraph
# (not "Persons:" over a list of names).
_SPEECH_THEN_COLON = re.compile(rf"\b(?:{VERB})\s*:\s*$")


def _credits_only(line: str) -> bool:
    """Whether the line only credits words: "– NAME, ROLE", or a name and a title."""
    return credited(line) is not None or name_line(line) is not None


def _closed_only_at_end(line: str) -> bool:
    """Whether the paragraph's one double mark is its last character, closing it."""
    marks = [char for char in line if char in DOUBLE_MARKS]
    # (A full stop the writer set outside the mark: `… want to use it”.`)
    return len(marks) == 1 and line.rstrip().removesuffix(".")[-1:] in ("”", '"')


def _a_term(candidate: Candidate) -> bool:
    """Whether the candidate is one word in marks credited to nobody, or to a "he" alone.

    “kirmu,” a Finnish word; the “echorb,”; small "nano" satellites: a term or a scare quote.
    A quotation of one word is only worth proposing as somebody's: `“severe” state of global
    affairs` in a sentence about Shigeru Ishiba.
    """
    if len(re.findall(r"[\w’'-]+", candidate.text)) != 1:
        return False
    # Nor as the words of a sentence's "he" or "she" with no verb of speech: "where he has
    # also lived, as his “own” city".
    return candidate.speaker is None or (
        candidate.pattern.startswith(_NO_VERB_RULES) and candidate.pattern.endswith("(pronoun)")
    )


# The rules that credit a fragment to whom its sentence is about, with no verb of speech.
_NO_VERB_RULES = ("NAME … “partial”", "NAME “partial”", "his … “partial”")


# A headline's topic before its quotation: "First nuclear repository in Finland: “…”".
_TOPIC = re.compile(r"[^“”\"«»:]+:\s*\W?")


def _over_standfirst(
    paragraphs: list[tuple[int, str]], found: list[Candidate], people: People
) -> list[Candidate]:
    """The candidates, a headline of words alone (or after a topic) credited by the one under it.

    "«They go across the globe …»" over "VIDEO STORY: The Arctic is trendy and hot, tourism
    representative NAME says.": a standfirst telling what someone says names whose words the
    headline quotes, when it quotes nobody itself.
    """
    lines = [(offset, line) for offset, line in paragraphs if line.strip()]
    if len(lines) < 2 or not found:
        return found
    (offset, line), (under, standfirst) = lines[:2]
    headline = found[0]
    before, after = line[: headline.start - offset], line[headline.end - offset :]
    alone = (
        headline.end <= offset + len(line)
        and not re.search(r"\w", after)
        and (not re.search(r"\w", before) or _TOPIC.fullmatch(before) is not None)
        and not any(under <= c.start < under + len(standfirst) for c in found)
    )
    if headline.speaker is not None or headline.partial or not alone:
        return found
    # Not a name merely ending the standfirst or heading a colon, as `_introduced` allows.
    at = under + len(standfirst)
    person = _reporting(without_asides(standfirst), people, at, colon_subjects=False)
    if person is None:
        return found
    return [
        headline._replace(speaker=person, pattern="“Q” over NAME says", confidence=0.6),
        *found[1:],
    ]


_REPEATING = "“Q” repeating “…Q…”"


def _going_on_from_repeats(
    paragraphs: list[tuple[int, str]], quoted: list[list[Quote]], found: list[Candidate]
) -> list[Candidate]:
    """The candidates, words going on from ones credited for what they repeat taking that speaker.

    "“Since I was a child, …” Never one to shy away from hard work, Salmela took on various
    jobs …. “At one point, I worked as a microwave oven salesman. …”": the first words are
    Heikki Salmela's by the pull quote under the article that repeats them, and the words
    after them in the paragraph go on from them, as they would from a reporting clause.
    """
    at = {c.start: i for i, c in enumerate(found)}
    out = list(found)
    for (offset, line), quotes in zip(paragraphs, quoted, strict=True):
        credited: tuple[Quote, Person] | None = None
        for quote in quotes:
            i = at.get(offset + quote.start)
            if i is None:
                continue
            candidate = out[i]
            # (Whole sentences only: a fragment echoing words credited elsewhere, "“Everything
            # new” and “more” has often meant …", hands nothing on.)
            if candidate.speaker is not None:
                repeats = candidate.pattern == _REPEATING and not candidate.partial
                credited = (quote, candidate.speaker) if repeats else None
            elif (
                credited is not None
                and not candidate.partial
                and _goes_on(line, credited[0], quote, partial=False)
            ):
                out[i] = candidate._replace(
                    speaker=credited[1], pattern="continuation", confidence=0.6
                )
    return out


def _repeating(found: list[Candidate]) -> list[Candidate]:
    """The candidates, those nobody is credited with taking the speaker of words they repeat.

    No “friends or enemies” among other parties: a heading quoting two words or more that
    stand in a quotation credited elsewhere ("… would not have any “friends or enemies”,
    she said"). One word repeats too easily to tell. A heading that holds a fragment of three
    words or more credited elsewhere is that speaker's too, when it holds only one person's:
    “I try to create a healthy sense of uncertainty” over "Philippe Delorme wants to create a
    “healthy sense of uncertainty”".
    """
    spoken = _spoken(found)
    out = []
    for candidate in found:
        several = " " in _bare_words(candidate.text)
        if candidate.speaker is not None or not several:
            out.append(candidate)
            continue
        source = _first_holding(candidate.text, spoken)
        if source is not None:
            out.append(
                candidate._replace(speaker=source.speaker, pattern=_REPEATING, confidence=0.6)
            )
            continue
        held = _fragments_held(candidate.text, spoken)
        out.append(
            candidate
            if len(held) != 1
            else candidate._replace(speaker=held.pop(), pattern="“…Q…” holding “Q”", confidence=0.5)
        )
    return out


def _fragments_held(words: str, quotations: list[tuple[Candidate, str]]) -> set[Person]:
    """The speakers of the credited fragments, three words or more, that `words` hold whole."""
    text = _bare_words(words)
    return {
        c.speaker
        for c, bare in quotations
        if c.speaker is not None
        and c.partial
        and bare.count(" ") >= 2
        and whole_word(bare).search(text)
    }


def _echoes(
    paragraphs: list[tuple[int, str]], found: list[Candidate], people: People
) -> list[Candidate]:
    """Words set apart in marks that a dash credits, that repeat a quotation found, or reported.

    "'Proving some people wrong, it’s enough fun for me' - Raikkonen": a headline crediting
    its quotation. Bottas toasts 'perfect day' … over “Just really a perfect day, with a
    perfect start,” he said: a headline quoting the article's words (punctuation aside), its
    speaker's and partial. A scare quote ('runs' to Trump) or a name ('Angry Birds' maker)
    repeats nobody's. A heading of its own in double marks, dropped as a title for its capitals,
    is a speaker's when it repeats them: "VICTORY FOR OPEN-MINDEDNESS" over “Our victory is also
    a victory for open-mindedness. …”. Words set apart after a reporting clause are what its
    person says: "Wolt CEO Miki Kuusi says that the … sale … was a 'small surprise'".
    """
    spoken = _spoken(found)
    echoes = []
    for offset, line in paragraphs:
        # A link's headline repeats nobody's words in this article.
        if LINK_TO_ANOTHER.match(line):
            continue
        heading = marked_heading(line)
        for quote in [*set_apart(line), *([heading] if heading else [])]:
            start, end = offset + quote.start, offset + quote.end
            if any(c.start < end and start < c.end for c in found):
                continue  # already a quotation: 'Finland and Japan share …,' states NAME
            words = line[quote.start : quote.end]
            dashed = _dash_credited(line[quote.close_at + 1 :], people, offset + quote.open_at)
            source = None if dashed else _first_holding(words, spoken)
            # A name set apart is nobody's words, a reporting clause before it or not: "Orpo
            # said … the underwater ‘Baltic Connector’ leading to Estonia".
            named = is_title(words, inside_sentence=True)
            reported = (
                None if dashed or source or named else _reported_by(line, quote, people, offset)
            )
            speaker = dashed or (source.speaker if source else None) or reported
            if speaker is not None:
                if dashed:
                    rule, confidence = "'Q' – NAME", 0.7
                elif source:
                    rule, confidence = "'Q' repeating “…Q…”", 0.6
                else:
                    rule, confidence = "NAME said … 'Q'", 0.5
                echoes.append(
                    Candidate(
                        start,
                        end,
                        words,
                        speaker,
                        rule,
                        confidence,
                        partial=dashed is None,
                        unclosed=False,
                    )
                )
    return echoes


def _reported_by(line: str, quote: Quote, people: People, offset: int) -> Person | None:
    """Who a reporting clause before words set apart says them: "NAME says that … 'Q'"."""
    sentence = without_asides(sentence_before(line, quote.open_at))
    for clause in _reporting_clauses(sentence):
        who, opens_clause = _speaker_words(clause)
        person, _ = people.resolve(who, offset + quote.open_at, opens_clause=opens_clause)
        if person is not None:
            return person
    return None


def _cites(quotation: str, words: str) -> bool:
    """Whether the quotation holds `words` in single marks of their own: a title or a name."""
    return re.search(rf"[‘’'`]{re.escape(words)}[‘’'`]", quotation) is not None


def _spoken(found: list[Candidate]) -> list[tuple[Candidate, str]]:
    """The quotations credited to somebody, each with its bare words."""
    return [(c, _bare_words(c.text)) for c in found if c.speaker is not None]


def _first_holding(words: str, quotations: list[tuple[Candidate, str]]) -> Candidate | None:
    """The first quotation whose bare words hold `words` whole, not as a title or a name.

    'Dark Side' is no repeat of “That’s how ‘Dark Side’ came into life”: the speaker names it.
    Nor is ‘Cultural Climate Change’ of “Cultural Climate Change will change things a lot”.
    """
    pattern = whole_word(_bare_words(words))
    return next(
        (
            c
            for c, text in quotations
            if pattern.search(text) and not _cites(c.text, words) and not _names(c.text, words)
        ),
        None,
    )


def _names(quotation: str, words: str) -> bool:
    """Whether the quotation holds the title `words` with its capitals: a name it uses."""
    name = words.strip().rstrip(",.")
    return (
        " " in name
        and is_title(name, inside_sentence=True)
        and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", quotation) is not None
    )


def _dash_credited(after: str, people: People, at: int) -> Person | None:
    """The person a dash credit after a quotation names, if it is all there is and resolves."""
    matches = _dash_credit(after)
    if not matches:
        return None
    return people.resolve(_speaker_words(matches[0])[0], at, opens_clause=True)[0]


def _bare_words(text: str) -> str:
    """The words of `text` in lower case, one space apart, without punctuation between them."""
    return " ".join(re.findall(r"[\w’'-]+", text.lower()))


def _surnames(lines: list[str]) -> frozenset[str]:
    """The last words of the full names the paragraphs write, for dash-led words' clauses."""
    return frozenset(
        match.group(2)
        for line in lines
        for match in PERSON.finditer(line)
        if may_be_given_name(match.group(1))
    )


def _quotations(
    line: str,
    marked: list[Quote],
    *,
    hyphen: bool,
    continued: bool,
    surnames: frozenset[str] = frozenset(),
) -> list[Quote]:
    """The paragraph's quotations: its marked passages that are somebody's words, and more.

    `continued`: the paragraph begins inside a quotation the one before left open.
    `surnames`: those of the full names the article writes.
    """
    # Words quoted inside a dash-led paragraph are the speaker's, quoting: the paragraph is
    # the quotation.
    dashed = dash_quotation(line, hyphen=hyphen, surnames=surnames)
    if dashed is not None:
        return [dashed]
    inner = inner_dash_quotations(line)
    if inner:
        return inner
    quotes = [
        q
        for q in (part for whole in marked for part in _parted_by_a_clause(line, whole))
        if (
            not is_title(line[q.start : q.end], inside_sentence=is_partial(line, q))
            or _headline_of_a_person_s_words(line, q)
            or _CLAUSE_AFTER_COMMA.match(line, q.close_at + 1) is not None
        )
        and not is_mention(line[q.start : q.end])
        and not NAMING.search(line[: q.open_at])
        and not _an_epithet(line, q)
        and not _a_term_explained(line, q)
        and not _a_work_named(line, q)
        and not _a_headline_cited(line, q)
    ]
    # Words before the paragraph's first mark, which closes them: their opening mark was
    # dropped, or stands in the paragraph before.
    unmarked = unopened(line, continued=continued)
    if unmarked is not None and (not quotes or unmarked.close_at < quotes[0].open_at):
        return [unmarked, *quotes]
    return quotes


def _parted_by_a_clause(line: str, quote: Quote) -> list[Quote]:
    """The words on either side of a reporting clause set inside them between dashes.

    The first part closes where the clause's dash stands, the second opens at its last dash.
    """
    clause = INSERTED.search(line, quote.start, quote.end)
    if clause is None or clause.start() <= quote.start:
        return [quote]
    return [
        Quote(quote.start, clause.start(), quote.open_at, clause.start(), unclosed=False),
        Quote(clause.end(), quote.end, clause.start("closing"), quote.close_at, quote.unclosed),
    ]


# A reporting clause right after the comma that follows the closing mark, as Finnish and
# British copy sets it: '”Itadakimasu”, said Reiko Karvonen' is somebody's word, no title.
_CLAUSE_AFTER_COMMA = re.compile(rf"\s*,\s*(?:(?:[{CAPITALS}][\w’'-]*\s+){{0,4}})(?:{VERB})\b")


def _headline_of_a_person_s_words(line: str, quote: Quote) -> bool:
    """Whether the quotation ends a headline after a full name and a colon.

    "NAME: “I Have Not Been to a Place in the World Where There Are No Liverpool Fans”": a
    headline writes the words in capitals, and a title is no one's to introduce so.
    """
    label = HEADLINE_WHO.match(line, 0, quote.open_at)
    return (
        label is not None
        and is_full_name(label.group("who"))
        and not line[quote.close_at + 1 :].strip()
    )


# (Compiled once: a long pattern that the `re` module's cache of patterns built on the fly,
# such as `_first_holding`'s, would otherwise push out and compile again.)
_FULL_NAME_AND_COMMA = re.compile(rf"\b{NAME_WORD}\s+{NAME_WORD},\s*$")
_VERB_AFTER_COMMA = re.compile(r",\s+(?:was|is|were|are|has|had|who|[a-z]+ed)\b")


_COMMA_FULL_NAME_VERB = re.compile(
    rf"\s*,\s+(?P<name>{NAME_WORD}\s+{NAME_WORD}),\s+(?P<verb>was|is|has|had|[a-z]+(?:ed|s))\b"
)


def _a_term_explained(line: str, quote: Quote) -> bool:
    """Whether the words are a term of a few words that an apposition or a dash explains.

    The term stands after "the" or opens a sentence: "the “control room”, a dimly lit space",
    '"Phone parking" - asking the pupils to …'.
    """
    before = line[: quote.open_at].rstrip()
    words = line[quote.start : quote.end]
    # The apposition's comma may stand inside the marks: the "bright time," the five weeks.
    after = ("," if words.endswith(",") else "") + line[quote.close_at + 1 :]
    return (
        (re.search(r"\bthe$", before) is not None or before[-1:] in ("", ".", "!", "?"))
        and len(words.split()) <= 3
        and TERM_EXPLAINED.match(after) is not None
    )


# The sentence's own verb right after the closing mark: ', "Into Eternity," has gained'.
_OWN_VERB_AFTER = re.compile(r",?\s+(?P<verb>has|have|had|is|was|were|are|[a-z]+ed)\b")


def _a_work_named(line: str, quote: Quote) -> bool:
    """Whether the words, inside a sentence, name a work whose kind stands beside them.

    The “Nemo” video; a documentary about the repository, "Into Eternity," has gained ….
    """
    words = line[quote.start : quote.end]
    if (
        is_partial(line, quote)
        and words[-1:].isalnum()
        and WORK_KIND_AFTER.match(line, quote.close_at + 1) is not None
    ):
        return True
    verb = _OWN_VERB_AFTER.match(line, quote.close_at + 1)
    return (
        verb is not None
        and verb.group("verb") not in SPEECH_VERBS
        and is_title(words, inside_sentence=True)
        and WORK_KIND_BEFORE.search(sentence_before(line, quote.open_at)) is not None
    )


# "“‘It’s a miracle’: Helsinki’s radical solution to homelessness”, The Guardian": after the
# words that make up their line, the paper that printed them as a headline (perhaps a date).
_PAPER_AFTER = re.compile(
    rf"\s*,\s*(?:The\s+)?(?:[{CAPITALS}][\w&’'.-]*\s+){{0,3}}"
    r"(?:Guardian|Times|Post|Journal|Herald|News|Tribune|Gazette|Economist|Independent"
    r"|Telegraph|Observer|Sanomat|Shimbun|Uutiset|Nyheter|Yle|BBC|Reuters|Bloomberg)"
    r"(?:\s*,[\w ,.]*)?\s*$"
)


def _a_headline_cited(line: str, quote: Quote) -> bool:
    """Whether the words, alone on their line, are a headline the paper after them printed."""
    return (
        not line[: quote.open_at].strip()
        and _PAPER_AFTER.match(line, quote.close_at + 1) is not None
    )


def _an_epithet(line: str, quote: Quote) -> bool:
    """Whether the quoted words are set off by commas beside a full name, as what they call them.

    'when Saara Aalto, "the eternal second", was selected', and inside a sentence before the
    name: 'Finland’s most well-known “green chef”, Sasu Laukkonen, runs his tiny restaurant':
    the sentence goes on with a verb of its own, not a speech verb.
    """
    after_words = line[quote.close_at + 1 :]
    before = _FULL_NAME_AND_COMMA.search(line[: quote.open_at])
    after = _VERB_AFTER_COMMA.match(after_words)
    if (
        before is not None
        and after is not None
        and is_full_name(before.group().rstrip(", "))
        and after.group().split()[-1] not in SPEECH_VERBS
    ):
        return True
    named = _COMMA_FULL_NAME_VERB.match(after_words)
    return (
        named is not None
        and is_partial(line, quote)
        and is_full_name(named.group("name"))
        and named.group("verb") not in SPEECH_VERBS
    )


def _credit_back(
    found: list[Candidate],
    waiting: list[int],
    here: list[Candidate],
    quotes: list[Quote],
    line: str,
) -> list[int]:
    """Credit the waiting quotations with the speaker of the one they go on into; the new wait.

    '"The revamped store … Asia-Pacific.' and, in the next paragraph, '"We believe …," says
    NAME': a quotation running over paragraphs is attributed at its end.
    """
    goes_on = bool(quotes) and not line[: quotes[0].open_at].strip()
    if goes_on and here[0].speaker is not None:
        for at in waiting:
            found[at] = found[at]._replace(
                speaker=here[0].speaker,
                pattern="quotation going on, attributed later",
                confidence=0.6,
            )
    still = waiting if goes_on and here[0].speaker is None else []
    if leaves_open(quotes, line) and here[-1].speaker is None:
        return [*still, len(found) + len(here) - 1]
    return []


def _next_paragraphs(lines: list[str]) -> list[str]:
    """For each line, the next one that is not blank ("" for the last)."""
    following, out = "", []
    for line in reversed(lines):
        out.append(following)
        if line.strip():
            following = line
    return out[::-1]


# "The first promise:", "Another promise:": a few words naming nobody, then a colon; or an
# interviewer's question before the answer: "What´s going on with you personally? “…”".
# Or a clause of the writer's about no one, opening with "it", "this", "that" or "there": "It
# was hard to find sponsors: “I do not know how many emails my mother sent …”".
_LABEL = re.compile(
    rf"^\s*(?:[{CAPITALS}][\w’'-]*(?:\s+[a-z][\w’'-]*){{0,3}}:|[^“”\"]{{1,120}}\?"
    r"|(?:It|This|That|There)(?:\s+[a-z][\w’'-]*){1,7}:)\s*$"
)


def _paragraph_of_words(
    line: str,
    quote: Quote,
    people: People,
    offset: int,
    *,
    credit: Credit | None,
    previous_speaker: Person | None,
) -> tuple[Person, str, float] | None:
    """The speaker of a paragraph that is only the quotation: its credit line, or the last one.

    A short label and a colon may stand before the words: "The first promise: “…”". The
    writer's own sentences may follow words that end a sentence, when they report and quote
    nobody: '“First of all, congratulations …” The number is a popular cipher …' (confidence
    0.5).
    """
    before = line[: quote.open_at]
    if before.strip() and not _LABEL.match(before):
        if previous_speaker is None or not _writers_sentences_before(
            line, quote, people, previous_speaker
        ):
            return None
        return previous_speaker, "previous paragraph, after the writer's", 0.4
    # (A full stop the writer set outside the marks ends the paragraph still: “…”.)
    if line[quote.close_at + 1 :].strip() not in ("", ".", ","):
        if previous_speaker is None or not _writers_sentences_after(line, quote, people, offset):
            return None
        return previous_speaker, "previous paragraph, then the writer's", 0.5
    if credit is not None:
        person = people.resolve(credit.name, offset + len(line), opens_clause=True)[0]
        if person is not None:
            return person, credit.pattern, 0.8
    if previous_speaker is not None and not is_heading(line[quote.start : quote.end]):
        return previous_speaker, "previous paragraph", 0.6
    return None


def _writers_sentences_before(line: str, quote: Quote, people: People, speaker: Person) -> bool:
    """Whether whole sentences of the writer's, quoting nobody, open the paragraph.

    "Already quarter-finalists in 2022 against Spain, Finland has gained maturity since then.
    « We learned …»" over a paragraph of the coach's words: they go on being his. So they do
    when the sentences name the speaker and nobody else ("As a youth, Välimäki read about
    human anatomy. ‘I challenged myself …’"); then a "he" or "his" is the speaker too.
    """
    before = line[: quote.open_at]
    named = {name for name in people.known if name.split()[-1] in before}
    return (
        before.rstrip()[-1:] in (".", "!", "?")
        and line[quote.close_at + 1 :].strip() in ("", ".", ",")
        and not any(mark in before for mark in DOUBLE_MARKS)
        and named <= {speaker.name}
        and (bool(named) or not _THIRD_PERSON.search(before))
    )


def _writers_sentences_after(line: str, quote: Quote, people: People, offset: int) -> bool:
    """Whether a whole sentence quoted is followed by the writer's, reporting and quoting nobody."""
    rest = line[quote.close_at + 1 :]
    return (
        line[quote.start : quote.end].rstrip()[-1:] in (".", "!", "?")
        and rest[:1].isspace()
        and not any(mark in rest for mark in DOUBLE_MARKS)
        and _reporting(rest, people, offset + len(line), colon_subjects=False) is None
    )


class Credit(NamedTuple):
    """Whom a line beside a paragraph of words credits them to, and by which rule."""

    name: str
    pattern: str


_UNDER = "credit line under the words"


def _credit_lines(lines: list[str], furniture: set[str]) -> list[Credit | None]:
    """For each line, the person the next one credits the words to, when it does.

    A pull quote over "Heini Kaihu", then the article going on: the name is the credit. Over
    another quotation the name is a heading for the words under it instead. A dash, a full
    name and a title ("– Harri Koskinen, Design Director of Iittala.") credit them always.
    A line the page repeats (`furniture`: "Hide Ad") credits nobody.
    """
    filled = [i for i, line in enumerate(lines) if line.strip()]
    credits: list[Credit | None] = [None] * len(lines)
    afters: list[int | None] = [*filled[2:], None] if len(filled) > 1 else []
    # "Tiia Joensuu, 33, Helsinki" over the words: a vox pop's label heads them, and the name
    # under them is the next one's ("Tuomas Palonen." over his own label).
    labelled = {
        here: label
        for above, here in pairwise(filled)
        if lines[here].lstrip()[:1] in DOUBLE_MARKS
        and (label := _label_over_words(lines[above])) is not None
    }
    for here, label in labelled.items():
        credits[here] = Credit(label, "label over the words")
    for here, below, after in zip(filled[:-1], filled[1:], afters, strict=True):
        if here in labelled:
            continue
        # (A signature's name may end in a comma, its title on the line under it.)
        name = lines[below].strip().removesuffix(",")
        opens = lines[after].lstrip()[:1] if after is not None else ""
        # (Nothing after it, at the article's end, is no quotation: "" is in every string.)
        over_quotation = bool(opens) and opens in DOUBLE_MARKS
        dashed = credited(name)
        # "– A very tough game. …" over "That was announced by the head coach of the Lions
        # Jukka Jalonen when …": a translation's passive names whose words the paragraph holds.
        stated = STATED_BY.match(name)
        # "Jasper Pääkkönen – owner, Löly Spa, …" or "Havu Järvelä, student of architecture":
        # a full name and a post, after a dash or a comma, under the words.
        posted = NAME_DASH_POST.match(name) or name_line(name)
        if dashed is not None:
            credits[here] = Credit(dashed, _UNDER)
        elif (
            posted is not None
            and is_full_name(posted["name"])
            and names_a_post(posted["title"].split(",")[0])
        ):
            credits[here] = Credit(posted["name"], _UNDER)
        elif stated is not None:
            credits[here] = Credit(stated.group("who"), _UNDER)
        elif _titled_full_name(name) and not over_quotation and name not in furniture:
            credits[here] = Credit(name, _UNDER)
    return credits


def _label_over_words(line: str) -> str | None:
    """The full name of a line of a name and details in commas: "Tiia Joensuu, 33, Helsinki"."""
    label = _NAME_AND_DETAILS.fullmatch(line.strip())
    return label.group("name") if label is not None and is_full_name(label.group("name")) else None


_NAME_AND_DETAILS = re.compile(
    rf"(?P<name>{NAME_WORD}{GAP}{NAME_WORD})(?:,\s*[\w’'-]+(?:\s+[\w’'-]+){{0,2}}){{1,3}}"
)


# What a page credits a name with under its last paragraph, the writer's or photographer's
# part: "Text Tim Bird", "Photos Tim Bird, Mika Korhonen" credit nobody's words.
_CREDIT_WORDS = {"By", "Text", "Texts", "Words", "Photo", "Photos", "Pictures", "Illustration"}


def _titled_full_name(line: str) -> bool:
    """Whether the line is a full name, perhaps after a title: "Archbishop Tapio Luoma"."""
    first, _, rest = line.partition(" ")
    if first in _CREDIT_WORDS:
        return False
    return is_full_name(line) or (first in TITLE_WORDS and is_full_name(rest))


def _attribute(
    line: str, quote: Quote, people: People, offset: int, *, partial: bool
) -> tuple[Person | None, str, float, str | None]:
    """The quotation's speaker, the rule that found them and its confidence; None if none does.

    Last, the surname a reporting clause gives that resolves to nobody (`Candidate.named`).
    `partial`: the quotation is a fragment inside a sentence of the writer's (`is_partial`).
    """
    after = sentence_after(line, quote.close_at) if quote.close_at < len(line) else ""
    # The sentence after the reporting clause may be the speaker's name alone.
    named_next = _described_then_name_alone(after)
    # Or the clause said twice, the second time with the name.
    said_twice = AFTER_PRONOUN_THEN_NAME.match(after)
    # A fragment whose full stop ends the writer's sentence has no reporting clause after it:
    # in "… people there “have had a hard time.” Stubb agreed with the view." Stubb did not.
    if partial and line[quote.start : quote.end].rstrip().endswith((".", "!", "?")):
        after = ""
    # The sentence after the words runs on to the next quotation, no full stop between.
    runs_on = (
        quote.close_at + 1 + len(after) < len(line) and first_sentence(after) == after.rstrip()
    )
    after = without_asides(first_sentence(after))
    sentence = without_asides(sentence_before(line, quote.open_at))
    # “Q” opens a sentence: the sentence before, in the same paragraph, may name the speaker
    # ("Ambassador Julin concluded his talk by inviting them. “It takes nine hours…”").
    at = offset + quote.open_at
    previous, previous_at = "", at
    if not sentence.strip():
        starts = sentence_starts(line[: quote.open_at])
        if len(starts) > 1:
            previous, previous_at = line[starts[-2] : starts[-1]], offset + starts[-2]
    # Whatever the verb, a person next to a comma-ended quotation reports it ("“Q,” NAME verbed");
    # the rules for that read `after_comma`, blank when no comma ends the quotation.
    after_comma = after if _ends_with_comma(line, quote) else ""
    # Any verb reports only words that open their sentence: not `In seeking “the very best”,
    # Karl adopted …`.
    any_verb_after = "" if sentence.strip() else after_comma
    words = line[quote.start : quote.end]
    after_cry = after if words.endswith(("!", "?")) else ""
    # A whole sentence quoted, then only a name ending the paragraph: its credit.
    after_sentence = line[quote.close_at + 1 :] if words.rstrip()[-1:] in (".", "!", "?") else ""
    # A fragment inside a sentence may belong to whom the sentence is about, with no verb;
    # not when that "sentence" opens inside words quoted before ('… tweeted, "…. Virtue and
    # Moir should be leading …" and "…"': Virtue is no subject of the writer's).
    quoted_before = people.inside_quotation(offset + quote.open_at - len(sentence))
    partial_in = sentence if partial and not quoted_before else ""
    # Words opening a line with no full stop at its end: a headline's.
    heading = not line[: quote.open_at].strip() and not line.rstrip().endswith(".")
    heading_after = after if heading else ""
    by_body = _reported_by_a_body(line, quote)
    # The rules in order: the matches each offers, its name, and how sure it is when the words
    # name the person in full and when they name them otherwise (surname, title, pronoun).
    inserted = line[quote.close_at :]
    rules: tuple[tuple[Iterable[re.Match[str] | None], str, float, float], ...] = (
        (
            [
                INSERTED_NAME.match(inserted)
                or INSERTED_DESCRIBED.match(inserted)
                or INSERTED_BEFORE.match(inserted)
            ],
            "“Q – NAME said – Q”",
            0.8,
            0.7,
        ),
        ([QUOTED_AS.search(after)], "“Q,” … quoted NAME as saying", 0.9, 0.8),
        ([QUOTED_AS.search(sentence)], "… quoted NAME as saying, “Q”", 0.9, 0.8),
        ([QUOTE_HIM.match(after)], "“Q,” others quote him", 0.6, 0.6),
        ([USED_THESE_WORDS.match(after)], "“Q.” NAME used these words", 0.8, 0.7),
        # (A name alone after the clause's description is the one it describes, before the
        # description is read for someone met earlier: "“…,” says the head of the
        # investigation, the crime commissioner, in the police press release. Mari Päivärinta.")
        (named_next, "“Q,” says the ROLE. NAME.", 0.7, 0.6),
        ([AFTER_VERB_WHO.match(after)], "“Q,” says NAME", 0.95, 0.85),
        ([AFTER_PRONOUN_VERB_NAME.match(after)], "“Q,” he says NAME", 0.8, 0.7),
        ([said_twice], "“Q,” he said. said NAME", 0.7, 0.6),
        (_dash_credit(after), "“Q” – NAME, ROLE", 0.8, 0.7),
        ([AFTER_NAME_ALONE.match(after)], "“Q” NAME", 0.7, 0.6),
        ([NAME_ON_TOPIC.match(heading_after)], "“Q” NAME on TOPIC", 0.7, 0.6),
        (_name_credit(after_sentence), "“Q.” NAME", 0.6, 0.5),
        ([ACCORDING.match(after)], "according to NAME", 0.9, 0.8),
        (
            [_reports_these(AFTER_WHO_VERB.match(after), words, runs_on, line, quote)],
            "“Q,” NAME said",
            0.9,
            0.8,
        ),
        ([AFTER_POSSESSOR_STATEMENT.match(after)], "“Q,” NAME's statement read", 0.9, 0.8),
        ([STATED_BY.match(after)], "“Q.” This was stated by NAME", 0.8, 0.7),
        ([ACCORDING_LATER.search(after)], "… “Q” …, according to NAME", 0.8, 0.8),
        ([LATER_SAID.search(after)], "… “Q” …, NAME said", 0.7, 0.7),
        ([LATER_SAID_INVERTED.search(after)], "… “Q” …, said NAME", 0.7, 0.7),
        ([ACCORDING_BEFORE.search(sentence)], "according to NAME, “Q”", 0.9, 0.8),
        ([IN_WORDS_OF.search(sentence)], "in the words of NAME, … “Q”", 0.8, 0.7),
        ([IN_OWN_WORDS.search(sentence)], "in NAME's words, “Q”", 0.8, 0.7),
        # … an imperialist Russia – “colonialist”, in her words.
        ([IN_OWN_WORDS.match(after.lstrip(" ,"))], "“Q”, in NAME's words", 0.8, 0.7),
        ([BEFORE_ROLE.match(sentence)], "As NAME, ROLE explains, “Q”", 0.9, 0.8),
        ([BEFORE.search(sentence)], "NAME said: “Q”", 0.9, 0.8),
        ([AND_THEN_SAID.search(sentence)], "NAME … and said: “Q”", 0.8, 0.7),
        ([INVERTED_BEFORE.match(sentence)], "Said NAME: “Q”", 0.9, 0.8),
        (
            [VERB_WHO_COLON.search(sentence)] if sentence.rstrip().endswith(":") else [],
            "…, says NAME: “Q”",
            0.9,
            0.8,
        ),
        ([NAME_ROLE_COLON.match(sentence)], "NAME, ROLE: “Q”", 0.8, 0.7),
        (_titled_colon(sentence), "ROLE, NAME: “Q”", 0.8, 0.7),
        ([HANDLE_BEFORE.search(sentence)], "@handle: “Q”", 0.7, 0.7),
        ([WITH_SAYING.search(sentence)], "with NAME saying … “Q”", 0.8, 0.7),
        ([CALLED_BEFORE.search(sentence)], "NAME calls him “Q”", 0.7, 0.6),
        # The reporting clause closest to the quotation in its sentence: "Soini said North
        # Korea’s “actions cannot be accepted”", "NAME, ROLE, said that the company “…”".
        (_reporting_clauses(sentence), "NAME said … “Q”", 0.8, 0.7),
        # (Not when a clause after the words gives them to a body: "Stora Enso said …. “…,”
        # the company said in a statement": the firm's words, no person's.)
        (
            [] if by_body else _reporting_clauses(previous),
            "NAME said …. “Q”",
            0.6,
            0.6,
        ),
        ([] if by_body else [VERB_WHO_ENDING.search(previous)], "…, said NAME. “Q”", 0.6, 0.6),
        ([ACCORDING_LATER.search(previous)], "according to NAME, …. “Q”", 0.6, 0.6),
        ([INTERVIEWED.search(previous)], "We spoke with NAME. “Q”", 0.6, 0.6),
        # "In the podcast, the Finn looks back …. He names … his best moment. “But I was so
        # very tired …”": with no verb of speech about, the person the sentence before is about.
        # (Not when a clause after the words reports them, naming someone it cannot resolve:
        # “…,” a spokesperson for Nokia, NAME, said.)
        (
            [] if _REPORTED_AFTER.search(after) else [SENTENCE_SUBJECT.match(previous)],
            "NAME …. “Q”",
            0.5,
            0.5,
        ),
        (
            []
            if _REPORTED_AFTER.search(after) or sentence.strip()
            else _paragraph_subject(line, quote),
            "NAME …. …. “Q”",
            0.4,
            0.4,
        ),
        (_colon_subjects(sentence), "NAME …: “Q”", 0.6, 0.6),
        ([POSSESSOR_COLON.match(sentence)], "NAME’s …: “Q”", 0.6, 0.6),
        ([HEADLINE_WHO.match(sentence)], "NAME: “Q”", 0.6, 0.5),
        (_subjects_saying(sentence, last=True), "NAME …, saying “Q”", 0.6, 0.5),
        ([AFTER_WHO_ANY_VERB.match(any_verb_after)], "“Q,” NAME verbed", 0.6, 0.5),
        ([AFTER_ANY_VERB_WHO.match(any_verb_after)], "“Q,” verbs NAME", 0.6, 0.5),
        ([AFTER_CRY_WHO_ANY_VERB.match(after_cry)], "“Q!” NAME verbed.", 0.5, 0.5),
        ([AFTER_CRY_ANY_VERB_WHO.match(after_cry)], "“Q!” verbed NAME.", 0.5, 0.5),
        (_described_then_named(after_comma), "“Q,” ROLE NAME said", 0.6, 0.5),
        ([_not_hearsay(SENTENCE_SUBJECT.match(partial_in))], "NAME … “partial”", 0.5, 0.5),
        ([NAME_THEN_WORDS.match(partial_in)], "NAME “partial”", 0.5, 0.5),
        (
            [] if _ARGUING_THAT.search(partial_in) else [POSSESSOR_BEFORE.search(partial_in)],
            "his … “partial”",
            0.5,
            0.5,
        ),
    )
    if _others_words(line, quote):
        return None, "none", 0.0, None
    # "Mr. Kaurismaki said: “… picked up smoking”, said the director.": a clause before the
    # words that names their speaker outweighs a description after them, which may fit another
    # (the festival director).
    introduced_by_name = sentence.rstrip().endswith(":") and BEFORE.search(sentence) is not None
    named = None
    for matches, rule, by_name, otherwise in rules:
        for match in matches:
            if match is None:
                continue
            who, opens_clause = _speaker_words(match)
            # A pronoun in the sentence before the words stands for someone named before it,
            # not for a name later in its own sentence: "He came back to the team with
            # Fernando Alonso. “I'll try to beat him …”".
            where = at
            if previous and match.string is previous and who.lower() in PRONOUNS:
                where = previous_at + match.start("who")
            person, how = people.resolve(who, where, opens_clause=opens_clause)
            if (
                person is not None
                and how == "title"
                and introduced_by_name
                and match.string is after
            ):
                continue
            if (person is not None and how == "pronoun" and _told_to(match, person)) or (
                _two_people(match)
            ):
                return None, "none", 0.0, None
            if person is not None:
                return person, f"{rule} ({how})", by_name if how == "name" else otherwise, None
            if named is None and how == "unresolved" and otherwise >= 0.7:
                named = _surname_alone(who, opens_clause=opens_clause)
    return None, "none", 0.0, named


def _two_people(match: re.Match[str]) -> bool:
    """Whether a reporting clause names two people: "write Robert Koski and Jarmo Kantonen".

    Their words are neither one's ("Koski and Kantonen emphasise" too); "Minister of
    Agriculture and Forestry NAME" is one.
    """
    who = match.group("who")
    return (
        _TWO_NAMES.match(who.strip()) is not None
        or _NAME_AND.search(match.string, 0, match.start("who")) is not None
        or _AND_NAME.match(match.string, match.end("who")) is not None
    )


_TWO_NAMES = re.compile(
    rf"{NAME_WORD}(?:{GAP}{NAME_WORD})?\s+and\s+{NAME_WORD}(?:{GAP}{NAME_WORD})?(?=\s*(?:,|$))"
)
_NAME_AND = re.compile(rf"(?<![\w-]){NAME_WORD}{GAP}{NAME_WORD}\s+and\s+$")
_AND_NAME = re.compile(rf"\s+and\s+{NAME_WORD}\b")
# Whom a reporting clause says the words were told to: "“…”, he tells Hans."
_TOLD_TO = re.compile(
    rf"\s+(?:tells?|told|asks?|asked)\s+(?P<listener>{NAME_WORD}(?:{GAP}{NAME_WORD})*)"
)


def _told_to(match: re.Match[str], person: Person) -> bool:
    """Whether the clause tells the words to the person its pronoun was taken to stand for.

    "Reporter Hans von der Brelie …. Niko is a 25-year-old …. “…”, he tells Hans.": the
    listener is not the speaker, whom the pronoun leaves unnamed.
    """
    told = _TOLD_TO.match(match.string, match.end("who"))
    return told is not None and bool(set(told.group("listener").split()) & set(person.name.split()))


def _name_credit(after: str) -> list[re.Match[str]]:
    """The full name alone crediting a quoted sentence: not a source, "VIA Al Jazeera"."""
    match = AFTER_NAME_CREDIT.match(after)
    return [match] if match is not None and is_full_name(match.group("who")) else []


def _reported_by_a_body(line: str, quote: Quote) -> bool:
    """Whether the clause after the words gives them to a body: “…,” the government said.

    "“This is … organised action,” Orpo said. … “The situation also involves international
    crime,” the government said in a statement": the words are no continuation of Orpo's.
    """
    if quote.close_at >= len(line):
        return False
    after = without_asides(first_sentence(sentence_after(line, quote.close_at)))
    match = AFTER_WHO_VERB.match(after)
    if match is None:
        return False
    who = match.group("who").split()
    return who[0].lower() == "the" and not is_person_noun(head_noun(who[1:]))


def _new_sentence_between(line: str, before: Quote, quote: Quote) -> bool:
    """Whether a sentence of the writer's opens between two quotations of a paragraph.

    "“…,” said Tomas Vare. Finland announced its “historic” NATO candidacy": a fragment
    inside a sentence of its own is no continuation of the words before it.
    """
    between = line[before.close_at + 1 : quote.open_at]
    return any(start > 0 for start in sentence_starts(between))


def _surname_alone(who: str, *, opens_clause: bool) -> str | None:
    """The one name word of a reporting clause's person ("Okada", "Dr. Okada"), or None."""
    name = split_who(who, opens_clause=opens_clause)[0]
    return name if name is not None and " " not in name and is_name_word(name) else None


# Words the sentence puts in others' mouths right before the opening mark: a question put to
# the subject, or what the subject imagines or hears others say.
_OTHERS_WORDS = re.compile(
    r"(?:\bquestion:|\b(?:them|him|her|people|someone|somebody)\s+(?:saying|say)\b[^“”\".!?]*)"
    r"\s*$"
)


def _others_words(line: str, quote: Quote) -> bool:
    """Whether the quotation is others' words, not those of the sentence's subject.

    '“…,” Darude said to the media … while pondering on the question: “How do you feel?”',
    'He could imagine them saying: “One day, they will be performing opera here”', and a
    prize's citation: 'received the Nobel Prize “for his important efforts …”'.
    """
    before = line[: quote.open_at]
    if _CITATION.search(before) and line[quote.start : quote.end].startswith("for "):
        return True
    return _OTHERS_WORDS.search(before) is not None and not ADDRESSED_SAYING.search(before)


# "Ahtisaari had received the Nobel Prize “for his important efforts …”": a prize's citation
# is the committee's words, not the laureate's.
_CITATION = re.compile(r"\b(?:[Pp]rize|[Aa]ward|[Mm]edal|cited\s+\w+)\s*$")
# "The Prosecutor General charged Ms Räsänen …, arguing that her statements were “likely to
# cause …”": the sentence's subject argues, and the words the possessive is close to are
# what the subject calls them, not the possessor's own.
_ARGUING_THAT = re.compile(
    r",\s+(?:arguing|claiming|contending|alleging|insisting|stating|saying)\s+that\b"
)


# "Kekkonen is said to have “left his guests to steam until a deal had been hammered out”
# (Torstila 2010)": others say it of the subject, whose words the fragment is not.
_HEARSAY = re.compile(
    r"\s+(?:is|was|are|were)\s+(?:said|reported|believed|rumou?red|alleged|thought)\s+to\b"
)


# "Alan Wake is Remedy’s “masterpiece”", "He was a “true gentleman”": a fragment naming what
# the subject is, after "is" and a determiner or someone's possessive, describes them in
# others' words. (Not "Manner is “optimistic”": how they say they are.)
_DESCRIBED_AS = re.compile(
    r"\s+(?:is|was|are|were)\s+(?:a|an|the|its|their|his|her|[A-Z][\w-]*[’']s?)\s+"
    r"(?:[a-z][\w’'-]*\s+){0,2}$"
)


def _not_hearsay(subject: re.Match[str] | None) -> re.Match[str] | None:
    """The sentence's subject, unless others say it of them or it is one of two joined."""
    if subject is None:
        return None
    after = subject.end("who")
    if (
        _HEARSAY.match(subject.string, after)
        or _TWO_NAMED.match(subject.string, after)
        or _DESCRIBED_AS.match(subject.string, after)
    ):
        return None
    return subject


# "Second officer Arvo Kovanen and captain Teemu Alstela plan their next “assist”": a subject
# of two named people is neither one's words. (Not "He and his wife …": his, as he tells it.)
_TWO_NAMED = re.compile(rf"\s+and\s+(?:[a-z]+\s+)?[{CAPITALS}]")


def _next_opens(line: str, quote: Quote) -> bool:
    """Whether the next quotation in the line opens a sentence: its first letter a capital."""
    following = _NEXT_WORDS.search(line, quote.close_at + 1)
    return following is not None and following.group(1).isupper()


_NEXT_WORDS = re.compile(r"[“\"«]\s*([^\W\d_])")


def _reports_these(
    said: re.Match[str] | None, words: str, runs_on: bool, line: str, quote: Quote
) -> re.Match[str] | None:
    """`said`, unless it opens a sentence of its own that leads to the next quotation.

    "“… building everything new.” Henri Haimakainen, game designer, says Colossal Order is
    “like fighting …”": after words that end their sentence, a clause going on past its verb
    to another quotation introduces that one.
    """
    if said is None or not runs_on or not words.rstrip().endswith((".", "!", "?")):
        return said
    rest = said.string[said.end() :]
    # "“I was shocked.” Another resident Teemu Itkonen stressed, “It is …”": a comma or a
    # colon right before the next quotation, a sentence of its own, hands the clause on to it,
    # when it names someone ("“I am patient.” He added, “…”" goes on with the speaker the
    # pronoun stands for, and "“…” Eero Virta says, “and so do we.”" splits one speaker's).
    named = said.group("who").split()[-1].lower() not in PRONOUNS
    leads_on = named and rest.rstrip().endswith((",", ":")) and _next_opens(line, quote)
    return None if leads_on or re.search(r"[^\W\d_]", rest) else said


def _dash_credit(after: str) -> list[re.Match[str]]:
    """The name (and role) a dash after a quotation credits it to, if that is all there is.

    A full name, or a surname alone ("“…” - Raikkonen"), which counts only where it stands for
    somebody the article names in full.
    """
    for pattern in (AFTER_DASH_DEGREE, AFTER_DASH_WHO):
        match = pattern.match(after)
        if match is not None and is_full_name(match.group("name")):
            return [match]
    match = AFTER_DASH_SURNAME.match(after)
    return [match] if match is not None and is_name_word(match.group("who")) else []


def _colon_subjects(sentence: str) -> list[re.Match[str]]:
    """The people a sentence ending in a colon opens with, nearest first, if it names no other.

    "President NAME presents the prize to Professor NAME: “…”" does not say whose the words
    are, as a headline may not: a full name right before the colon leaves them to nobody.
    """
    words = sentence.rstrip().removesuffix(":").removesuffix(";").split()
    if any(is_full_name(" ".join(words[-n:])) for n in (2, 3)):
        return []
    # Not a source the sentence opens with: "According to reports from Travel Gossip, TUI has
    # issued an upsetting alert …, stating:".
    # Nor the object of a preposition: "NAME sent greetings to Sanna Marin on Friday: “…”".
    found = [
        m
        for m in COLON_SUBJECT.finditer(sentence)
        if not _AFTER_ACCORDING.search(sentence, 0, m.start())
        and not _AFTER_PREPOSITION.search(sentence, 0, m.start())
    ]
    # A short clause of its own right before the colon says whose the words are: "NAME will
    # remain a legend, Ilta-Sanomat is convinced: “…”" is the paper's, not NAME's (but in "NAME
    # did not mourn the decision of the World Cup final, nor the actions of the judges:" the
    # nearest capitals say nothing, nor do they inside an aside: "He reminisced about 1970, the
    # year Habitare was founded, incidentally:" is his).
    clause = sentence[found[-1].end() :] if found else ""
    if len(clause.split()) <= 3 and "," not in clause and _OPENS_WITH_VERB.match(clause):
        return found[-1:]
    return found[::-1]


# "to ", "with ", "for " right before a name: the name is what the verb reaches, no subject.
_AFTER_PREPOSITION = re.compile(r"\b(?:to|with|for|from|against|towards?|about)\s+$")
# "According to reports from " right before a name, no comma between: the name is a source's.
_AFTER_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\b[^,]*$")
# A clause's verb right after its subject: "Ilta-Sanomat is convinced", "Dagens Nyheter writes".
_OPENS_WITH_VERB = re.compile(r"\s+(?:is|are|was|were|ha[sd]|have|[a-z]+(?:s|ed))\b")


def _described_then_named(after: str) -> list[re.Match[str]]:
    """The reporting clause "…, a long description NAME said" after a quotation, if it is one."""
    match = AFTER_DESCRIBED_NAME_VERB.match(after)
    if match is None:
        return []
    before = match.group("before")
    if before in NOT_DESCRIBING or before.endswith(("ing", "ed")):
        return []
    return [match]


def _described_then_name_alone(after: str) -> list[re.Match[str]]:
    """The clause "“…,” says the ROLE. NAME." after a quotation, if the description is a post."""
    match = AFTER_VERB_DESCRIPTION_NAME.match(after)
    if match is None or not names_a_post(match.group("description")):
        return []
    return [match] if is_full_name(match.group("who")) else []


def _ends_with_comma(line: str, quote: Quote) -> bool:
    """Whether a comma ends the quotation, inside its closing mark or right after it.

    Inside a quotation it quotes in turn too: "“… he's going to be one of the best,'” Artosis
    remembered."
    """
    words = line[quote.start : quote.end].rstrip("'’")
    return words.endswith(",") or line[quote.close_at + 1 :][:1] == ","


# "At the Tokyo Game Show, NAME, ROLE, said": capitalised words after a preposition name a
# place or an event, and the person is the apposition after them; so do those ending a title
# ("President of Lakeside Air, NAME, said").
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:[Aa]t|[Oo]n|[Ii]n|[Dd]uring|[Aa]fter|[Bb]efore|[Ss]ince|[Ff]rom|[Uu]nder|of)"
    rf"(?:\s+(?:the|a|an))?(?:\s+[{CAPITALS}][\w’'.-]*)*\s+$"
)


# A verb of speech anywhere in a clause: the words are reported there.
_REPORTED_AFTER = re.compile(rf"\b(?:{VERB})\b")


# Words that may name a person in a sentence of the writer's: two capitalised words together, or
# a pronoun.
_NAMES_SOMEONE = re.compile(
    rf"{NAME_WORD}{GAP}{NAME_WORD}|\b(?:[Hh]e|[Ss]he|[Tt]hey|[Hh]is|[Hh]er)\b"
)


_YOU = re.compile(r"\b[Yy]ou(?:r)?\b")


def _put_to_you(words: str) -> bool:
    """Whether the words are a question put to "you": the interviewer's, not the speaker's."""
    return words.rstrip().endswith("?") and _YOU.search(words) is not None


def _paragraph_subject(line: str, quote: Quote) -> Iterator[re.Match[str]]:
    """The person an earlier sentence of the paragraph is about, when nobody is named since.

    "Sankamo expects the Court to decide …. After that, the case itself will start. “We would
    be lucky …”": the writer's sentences between name nobody, and quotations between are the
    same person's ("… the Court is free how to deal with the trial. “They might …”"). A
    generator, so that the sentences are read only when the rules before it found nobody.
    """
    words = line[quote.start : quote.end]
    if _put_to_you(words):
        return  # a question put to the person, not their words
    for start, end in reversed(list(pairwise(sentence_starts(line[: quote.open_at])))):
        earlier = line[start:end]
        subject = SENTENCE_SUBJECT.match(earlier)
        if subject is not None and subject.group("pronoun") is None:
            yield subject  # (the first that resolves to a person counts)
        if earlier.lstrip()[:1] not in DOUBLE_MARKS and _NAMES_SOMEONE.search(earlier, 1):
            return


def _titled_colon(sentence: str) -> list[re.Match[str]]:
    """A title, a comma and the name before a colon: "Fiskars President and CEO, NAME:"."""
    match = ROLE_NAME_COLON.match(sentence)
    return [match] if match is not None and names_a_post(match.group("description")) else []


def _speaker_words(match: re.Match[str]) -> tuple[str, bool]:
    """The words naming the speaker, and whether only punctuation or a verb stands before them.

    A place or an event that opens the sentence is left out ("At the Tokyo Game Show, NAME").
    """
    who = match.group("who")
    # "Sega’s chief operating officer … Shuji Utsumi": the description is an apposition's role.
    if "description" in match.re.groupindex:
        description = match.group("description")
        # "having coached his third match at the helm of …": what the person did, no role.
        if description.split()[0].endswith("ing"):
            return who, True
        return f"{who}, {description}", True
    rest = who.partition(",")[2]
    # Only when a name follows: in "in Finland Aino Virtanen, CEO of X" the person comes first.
    if is_full_name(rest.split(",")[0]) and _PREPOSITION_BEFORE.search(
        match.string, 0, match.start("who")
    ):
        return rest, True
    before = match.string[: match.start("who")].split()
    return who, not before or not before[-1][-1:].isalnum() or before[-1] in SPEECH_VERBS


# Between two quoted fragments of one list: “like-minded” and “trustful,” says NAME; or of one
# sentence, a verb between them in lower case: is beginning to see “…” and aims to “…”,
# said NAME; or what the writer puts in to say what the words are about: “…” with the war in
# Ukraine, “…,” said NAME.
_JOINED = re.compile(
    r"\s*(?:,|,?\s*(?:and|or|nor|as well as))\s*"
    r"|,?\s*(?:and|while)(?:\s+[a-z][\w’'-]*){1,5}\s*"
    r"|\s+(?:with|about|on|over|of|regarding)(?:\s+[\w’'-]+){1,6},\s*"
)


def _amid_one_speakers_words(here: list[Candidate], before: list[Candidate]) -> list[Candidate]:
    """The paragraph's candidates, a fragment credited to nobody amid one speaker's words theirs.

    "… “Q,” NAME said. "Q"" then "…, is “a very serious matter,” particularly for Finland.
    “…,” he said.": the paragraph before ends in NAME's words and the one after the fragment
    is NAME's, so the writer is still reporting NAME.
    """
    if not before or before[-1].speaker is None:
        return here
    speaker = before[-1].speaker.name
    for i, candidate in enumerate(here):
        if (
            candidate.speaker is None
            and candidate.partial
            and any(
                not c.partial and c.speaker is not None and c.speaker.name == speaker
                for c in here[i + 1 :]
            )
        ):
            here[i] = candidate._replace(
                speaker=before[-1].speaker, pattern="“partial” amid NAME's words", confidence=0.5
            )
    return here


# The writer's words between two fragments of one sentence: no sentence's end, no clause of
# speech of its own.
_WITHIN_A_SENTENCE = re.compile(r"[^.!?;:“”\"\n]{1,150}")


def _one_sentence_of_fragments(first: Candidate, second: Candidate, between: str) -> bool:
    """Whether two fragments stand in one sentence whose reporting clause follows the second.

    "The investment provides “a massive selection of strategic resources” which will help
    Supercell with the distribution of its games to “hundreds of millions of new consumers,”
    he added": both fragments are his.
    """
    return (
        first.partial
        and second.partial
        and second.pattern.startswith("“Q,”")  # "“…,” he added": the clause ends the sentence
        and _WITHIN_A_SENTENCE.fullmatch(between) is not None
        and not any(word in SPEECH_VERBS for word in between.split())
    )


def _share_with_joined(here: list[Candidate], quotes: list[Quote], line: str) -> list[Candidate]:
    """A paragraph's candidates, a fragment with no speaker taking the one it is listed with."""
    for i in range(len(quotes) - 2, -1, -1):
        between = line[quotes[i].close_at + 1 : quotes[i + 1].open_at]
        if (
            here[i].speaker is None
            and here[i + 1].speaker
            and (
                _JOINED.fullmatch(between)
                or _one_sentence_of_fragments(here[i], here[i + 1], between)
            )
        ):
            here[i] = here[i]._replace(
                speaker=here[i + 1].speaker,
                pattern=f"“Q” and {here[i + 1].pattern}",
                confidence=here[i + 1].confidence,
            )
    return here


# "… she and her Finnish counterpart": a name after this shares its verb with the person the
# pronoun stands for, who is the one reporting.
_SECOND_OF_TWO = re.compile(
    r"(?:\b(?:she|he|they|we|I)\s+and\s+|\band\s+(?:his|her|their)\s+)[^,.;:!?“”\"]{0,40}$"
)


def _reporting_clauses(sentence: str) -> list[re.Match[str]]:
    """The clauses "NAME said" of a sentence, nearest the quotation first.

    Not a name sharing its verb with a pronoun's person: in "Yoko Kamikawa said she and her
    Finnish counterpart Elina Valtonen shared Tokyo's “…”" the words are Kamikawa's report.
    """
    return [
        m
        for m in reversed(list(SUBJECT.finditer(sentence)))
        if not _SECOND_OF_TWO.search(sentence, 0, m.start())
    ]


def _subjects_saying(sentence: str, *, last: bool = False) -> list[re.Match[str]]:
    """Who may be the subject of a sentence going on ", saying …", in the order they stand.

    With `last`, the participle must introduce what ends the sentence (the quotation).
    """
    participle = PARTICIPLE.search(sentence)
    if participle is not None:
        start, end = participle.span()
    elif (addressed := ADDRESSED_SAYING.search(sentence)) is not None:
        start, end = addressed.span("participle")
    else:
        return []
    # (A colon or comma may stand between the participle and the quotation: "saying: “…”".)
    rest = sentence[end:].rstrip().removesuffix(":").removesuffix(",")
    if last and re.search(r"[“”\":.]", rest):
        return []
    # Not a name inside words quoted earlier in the sentence: in '"Fennovoima has terminated
    # …," the company said in a statement, adding that …' no Fennovoima is the subject.
    quoted = [m.span() for m in _QUOTED_WORDS.finditer(sentence, 0, start)]
    return [
        m
        for m in CLAUSE_SUBJECT.finditer(sentence, 0, start)
        if not any(q_start <= m.start() < q_end for q_start, q_end in quoted)
    ]


_QUOTED_WORDS = re.compile(r"[“\"][^“”\"]*[”\"]")


def _reporting(line: str, people: People, at: int, *, colon_subjects: bool) -> Person | None:
    """The person a reporting clause of the line names, its last sentence first, or None.

    `colon_subjects`: a person before a closing colon counts too ("NAME, ROLE, has lifted the
    veil for The LuxPad:" over the quoted paragraph).
    """
    starts = sentence_starts(line)
    for start, end in reversed(list(zip(starts, [*starts[1:], len(line)], strict=True))):
        sentence = line[start:end]
        clauses = [
            _reporting_clauses(sentence),
            *(
                reversed(list(p.finditer(sentence)))
                for p in (VERB_SUBJECT, ACCORDING_LATER, INTERVIEWED, TALKED_TO)
            ),
            _subjects_saying(sentence),
            _colon_subjects(sentence) if colon_subjects else [],
        ]
        for clause in (c for found in clauses for c in found):
            who = clause.group("who")
            person, _ = people.resolve(who, at)
            if person is None and clause.re is ACCORDING_LATER:
                # "According to the Archbishop, the message Jesus sent …": the source ends at
                # its comma when what follows is the writer's sentence, not an apposition.
                person, _ = people.resolve(who.split(",")[0], at)
            if person is not None:
                return person
    return None


def _quoted_back_to_you(
    line: str, quote: Quote, people: People, offset: int
) -> tuple[Person, str, float] | None:
    """The interviewee, when a question put to "you" quotes their words back to them.

    "Last week, you wrote on Twitter: “…” Could you explain your position?" in an interview the
    article says is with NAME.
    """
    if not (_put_to_you(line) and YOU_SAID.search(line, 0, quote.open_at)):
        return None
    interviewee = _interviewee(people, offset + quote.open_at)
    return (interviewee, "you said: “Q” (interview)", 0.6) if interviewee is not None else None


def _interviewee(people: People, at: int) -> Person | None:
    """The person the article says its interview is with, before offset `at`, or None."""
    for match in reversed(list(INTERVIEW_WITH.finditer(people.text, 0, at))):
        who = match.group("who") or match.group("subject") or match.group("giver")
        person = people.resolve(who, match.end(), opens_clause=True)[0]
        if person is not None:
            return person
    return None


def _answering(line: str, people: People, at: int) -> Person | None:
    """Who answers after the line: the one it says was asked, was interviewed, or talked to."""
    # (Each pattern only where its word stands: most paragraphs hold neither.)
    asking = WAS_ASKED.finditer(line) if " asked" in line else iter(())
    for asked in reversed(list(asking)):
        person = people.resolve(asked.group("who"), at)[0]
        if person is not None:
            return person
    if "interview" in line:
        interviewee = INTERVIEWEE_IS.search(line)
        if interviewee is not None:
            person = people.resolve(interviewee.group("who"), at, opens_clause=True)[0]
            if person is not None:
                return person
    talking = INTERVIEW_INTRO.finditer(line) if " with" in line or " to" in line else iter(())
    for intro in talking:
        for name in INTRODUCED_NAME.finditer(intro.group("rest")):
            if is_full_name(name.group()):
                person = people.resolve(name.group(), at, opens_clause=True)[0]
                if person is not None:
                    return person
    return None


# An agency or a site, a slash, then a photographer's name (one word of it may come before
# the two that end the line).
_CREDIT_SLASH = re.compile(r"/\s*(?:\S+\s+)?$")


# A word in lower case or a number, then a full stop (not an initial's: "A.").
_WORD_AND_STOP = re.compile(r"[\w’'-]*[a-z0-9]\.")


def _ends_a_sentence(word: str) -> bool:
    """Whether `word` and its full stop end a sentence: not a title's ("Dr."), nor a post's."""
    return (
        _WORD_AND_STOP.fullmatch(word) is not None
        and not is_title_word(word)
        and not is_person_noun(word[:-1])
    )


def _introduced(line: str, people: People, offset: int) -> Person | None:
    """The speaker that a paragraph without quotations introduces for the one after it.

    "Boze reiterated the importance of 5G.", "…, says Airaksinen. The competition is tough.",
    "…, write Helena Sarén and Matti Malkamäki.", "…, according to Ambassador Eero
    Salovaara." or "NAME broke the news, saying that …" followed by a paragraph that is only a
    quotation or one with "he said". The clause nearest the end counts. A question put to
    someone by name ("Sami Rintala, when do you work with wood?") introduces the one answering,
    a line that is only a name ("Toni Rajala") or a results sheet's ("Gold Medallist -
    PARVIAINEN, Aki (FIN)") the one whose words stand under it, and so
    do a person before a closing colon ("NAME, ROLE, has lifted the veil for The LuxPad:")
    and a paragraph ending in a titled name ("… a commentator for Asahi TV Yohei Onishi.").
    """
    at = offset + len(line)
    line = without_asides(line)  # "Minister Riikka Purra (PS) declared": she is the subject
    addressed = ADDRESSED.match(line)
    if addressed is not None:
        return people.resolve(addressed.group("who"), at, opens_clause=True)[0]
    excerpts = EXCERPTS_OF.search(line)
    if excerpts is not None:
        return people.resolve(excerpts.group("who"), at, opens_clause=True)[0]
    if _put_to_you(line):
        interviewee = _interviewee(people, offset)
        if interviewee is not None:
            return interviewee
    result = RESULTS_NAME.search(line)
    if result is not None:
        name = f"{result.group('given')} {result.group('family').title()}"
        return people.resolve(name, at, opens_clause=True)[0]
    heading = NAME_HEADING.match(line)
    if heading is not None:
        if people.names_one(heading.group("who")):
            return people.resolve(heading.group("who"), at, opens_clause=True)[0]
        return None
    label = NAME_LABEL.match(line)
    if label is not None:
        # A full name whose surname the article writes elsewhere too, or a surname it gives in
        # full elsewhere ("Halonen:"); not "Question:", "Photo:" or a site's "Now Reading:".
        # A name with a side in brackets needs no other mention: "Marcus Gronholm [BP Ford WRT]:",
        # nor one with a post after a comma: "Mikael Kuitunen, chief physician of …:".
        who = label.group("who")
        surname = whole_word(who.split()[-1])
        post = label.group("post")
        sided = (
            label.group("side") is not None or (post is not None and names_a_post(post))
        ) and people.names_one(who)
        if sided or (
            (people.names_one(who) or " " not in who) and len(surname.findall(people.text)) > 1
        ):
            return people.resolve(who, at, opens_clause=True)[0]
        return None
    person = _reporting(line, people, at, colon_subjects=True) or _answering(line, people, at)
    if person is not None:
        return person
    felt = [*FELT.finditer(line)]
    if felt:
        who = felt[-1]
        return people.resolve(who.group("who"), offset + who.start("who"), opens_clause=True)[0]
    ending = NAME_ENDING.search(line)
    if (
        ending is not None
        and is_full_name(ending.group("who"))
        and (ending.group("before")[:1].isupper() or is_person_noun(ending.group("before")))
        # "Photo: Dev Dhunsi.", "FSC / Bablu Virinder Singh": a credit under a picture
        # presents nobody, nor does a byline, "- By Dan Crane": the writer's.
        and not ending.group("before").endswith(":")
        and ending.group("before").lower() != "by"
        and not _CREDIT_SLASH.search(line, 0, ending.start("who"))
        # "… on Friday. Jussi Eskola": a name alone after a full stop credits the picture
        # (not after a post: "says Ski Saariselkä’s CEO. Jarmo Katajamaa.").
        and not _ends_a_sentence(ending.group("before"))
    ):
        return people.resolve(ending.group("who"), at, opens_clause=True)[0]
    return None


# Words enough for a sentence set apart as a pull quote, not a caption's few.
_PULL_QUOTE_WORDS = 8


def _unended_prose(line: str) -> bool:
    """Whether the line is a sentence set apart with no full stop, mostly in lower case.

    "Eighty or 100 years ago it was even normal … such healthy places" over "Riku Jaro,
    competition organiser"; not a caption naming someone over its credit.
    """
    tokens = line.split()
    return (
        len(tokens) >= _PULL_QUOTE_WORDS
        and line.rstrip()[-1:].isalnum()
        and 3 * sum(t[:1].islower() for t in tokens) >= 2 * len(tokens)
    )


def _pull_quote(line: str, next_line: str, found: list[Candidate], offset: int) -> list[Candidate]:
    """A pull quote's occurrences, or a block quotation: unmarked words over a Name line."""
    attribution = name_line(next_line)
    if attribution is None or not line.strip() or any(m in line for m in DOUBLE_MARKS):
        return []
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
    # "— Name, title" under a paragraph: a block quotation that repeats nothing; so is a
    # sentence with no full stop over "Name, title", as the BBC sets its pull quotes.
    if not out and (attribution.group("dash") or _unended_prose(line)):
        role, organization = role_and_organization(attribution.group("title").strip())
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
