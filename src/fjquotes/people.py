"""The people an article names, and who a reporting clause's words stand for.

Speakers met by full name are remembered, so later surnames, titles ("the chairman"),
descriptions ("the 55-year-old Finnish leader") and a given name alone resolve to them, and
"he" or "she" to the person a sentence of its paragraph opened with since the last
quotation, else to the speaker of its paragraph or the one before, else to the person named
last (names inside quotations are not mentions); "they" stands for no one speaker. Where
nothing resolves the answer is None.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import chain
from typing import NamedTuple

from rapidfuzz.distance import Levenshtein

from fjquotes.name_particles import joined_surnames, surname_after_particle
from fjquotes.quotation_marks import DOUBLE_MARKS, first_sentence, is_title, sentence_starts
from fjquotes.speaker_words import (
    COURTESY_TITLES,
    head_noun,
    is_a_bodys_post,
    is_clause,
    may_be_given_name,
    name_after_comma,
    name_before_place,
    role_and_organization,
    role_then_name,
    split_who,
    without_asides,
    without_circumstance,
)
from fjquotes.speech import (
    AGED,
    AN_AGE,
    APPOSITION,
    CAPITALS,
    DEMONYMS,
    GAP,
    LAY_NOUNS,
    LINK_TO_ANOTHER,
    LINKING_ADVERB_OPENING,
    NAME_WORD,
    NICKNAMED,
    NOBODY_ALONE,
    NOT_NAMES,
    NOT_PERSON_ENDINGS,
    NOUN_THEN_NAME,
    ONE_NAME,
    ONE_NAME_AFTER_CAPITAL,
    ONE_NAME_SET_OFF,
    ONE_NAME_WHO,
    ONE_NAMES_LISTED,
    PERSON,
    POSSESSIVES,
    PRONOUNS,
    RANKED,
    REGNAL_TITLES,
    SENTENCE_SUBJECT,
    SPEECH_VERBS,
    THREE_NAMES,
    TITLE_THEN_NAME,
    TITLE_WORDS,
    TRAILING_VERB,
    WORK_TITLE,
    is_full_name,
    is_name_word,
    is_person_noun,
    is_title_word,
    names_a_post,
    whole_word,
)
from fjquotes.textnorm import fold

# "Boston Globe’s ", "New York Times’ ": a body's capitalised name in the possessive.
_OWNER_OPENS = re.compile(
    rf"(?:[{CAPITALS}][\w&.-]*\s+){{0,3}}[{CAPITALS}][\w&.-]*(?:[’']s|s[’'])\s+[{CAPITALS}]"
)

# Short words between double marks, or curly single ones: Robert ‘The Nordic Nightmare’
# Helenius. (A closing single mark is also an apostrophe, so the words must open after a
# space.)
_IN_MARKS = re.compile(r"[“\"]([^“”\"\n]{1,60}?)[”\"]|(?<![\w’])‘([^‘’\n]{1,60}?)’(?!\w)")
# "a spokesperson for Nokia, Aino Salo, said", "a TUI spokesperson Aino Salo": a name given.
_NAMED_AFTER = re.compile(rf"(?:\s+(?:for|at|of)\s+[^,.]{{1,40}})?,?\s+{NAME_WORD}{GAP}{NAME_WORD}")
# "The leader of the National Coalition Party is Petteri Orpo, who …": a description, a verb
# of being, then the full name the sentence is about; or the name in apposition ("The
# commission’s chair, Hannele Pokka, said …"); or a participle's phrase, inverted: "Leading
# its charge against the new cabinet was parliamentary group leader Antti Lindtman, who …".
# (Also one of several: "One of the new Japanese employees is 18-year-old Tsukamoto Yurika.")
_DESCRIBED_IS_NAME = re.compile(
    rf"(?:(?:One\s+of\s+)?[Tt]he\s+(?:[^.!?;“”\"]{{1,80}}?\s+(?:is|was)\s+(?:{AN_AGE})?"
    rf"|[^.!?;,“”\"]{{1,60}}?,\s+)"
    rf"|[{CAPITALS}][a-z]+ing\s+[^.!?;,“”\"]{{1,80}}?\s+(?:is|was)\s+(?:[a-z][\w-]*\s+){{0,3}})"
    rf"(?P<name>{NAME_WORD}{GAP}{NAME_WORD})\b"
)


# One name and an age: "Niko is a 25-year-old …", "Niko, 25, …".
_ONE_NAME_AGED = re.compile(rf"\s*{NAME_WORD}(?:,\s+\d{{1,3}},|\s+(?:is|was)\s+an?\s+{AN_AGE})")
# "One of the new Japanese employees is …": a sentence about one of several, whose name
# `_DESCRIBED_IS_NAME` may find after the verb.
_ONE_OF = re.compile(r"\s*(?P<who>One\s+of\s+the\s+[^.!?;“”\"]{1,80}?)\s+(?:is|was)\s")


class Person(NamedTuple):
    """A speaker as the article names them: full name, and role and organization if stated."""

    name: str
    role: str | None
    organization: str | None


_PRONOUN_WORD = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")


class People:
    """Everyone the article names in full, to resolve surnames, titles and pronouns later."""

    def __init__(
        self, text: str, quoted: list[tuple[int, int]], paragraph_starts: list[int]
    ) -> None:
        self.text = text
        # The text as reporting clauses are read: "Riikka Purra (PS) declared" opens with her.
        self._plain = without_asides(text)
        self._lower: dict[str, bool] = {}
        # Words inside quotation marks are what someone said, not a mention of anybody.
        self._quoted = quoted
        # Where each full name stands, in text order, for a pronoun nobody else can take.
        self._full_at: list[tuple[int, int, str]] = []
        # "returned to Finland": a word standing alone after a preposition of place names a
        # place, and "Finland Käärijä finished second" is no one's full name.
        places = _places(text)
        # "Kaurismäki's film Fallen Leaves" names a film, wherever the article writes it.
        self._works = {" ".join(m.group("name").split()) for m in WORK_TITLE.finditer(text)}
        # Capitalised words in marks are a title or a nickname, no one's name: Kareel "Your
        # Daddy" Blumenkrants, embracing his inner "Little Angus."
        titled = [
            m.span(m.lastindex or 1)
            for m in _IN_MARKS.finditer(text)
            if is_title((m.group(1) or m.group(2)).strip(" .,"))
        ]
        # A line the page repeats whole, its words nowhere else, is its furniture, no one's
        # name: "Hide Ad" twice over each advertisement (not "Tiina Jalonen" over her
        # interview, whom the article goes on to name).
        lines = Counter(line.strip() for line in text.split("\n") if line.strip())
        self.furniture = {line for line, n in lines.items() if n > 1 and text.count(line) == n}
        self._glued = _glued_words(text)
        for match in PERSON.finditer(text):
            first, word = match.groups()
            # "the Lions Jukka Jalonenwhen France fell": a lost space glued the name to the
            # word after it, which ends the name.
            if first in self._glued or any(start <= match.start() < end for start, end in titled):
                continue
            if (
                self._on_furniture(match.start()) and not self._written_beside(word)
            ) or self._on_link(match.start()):
                continue
            # "Elina Valtonen's term as minister" names Elina Valtonen, and "It was by Oliver
            # Helander26, made …" (a translation that lost the commas around his age) names
            # Oliver Helander.
            last = (
                self._glued.get(word, word)
                .removesuffix("’s")
                .removesuffix("'s")
                .rstrip("0123456789")
            )
            # "a scene out of Jerry MaguireTuukka Rask was surrounded": a page that lost the
            # space after a link joined the name's first word to the word before it.
            joined = _JOINED.match(first)
            start = match.start()
            if joined is not None:
                first, start = joined.group("second"), start + joined.start("second")
            if self._names_a_thing(start, match.end(2)):
                continue
            if (
                is_name_word(first)
                and is_name_word(last)
                and first not in places
                and not is_person_noun(first)  # "Countryman Latvala, who …": what he is
                and f"{first} {last}" not in self._works
                # "A Calculated Ambush in a Quiet Neighborhood": an article makes it a thing
                and not _ARTICLE_BEFORE.search(text, max(0, start - 4), start)
            ):
                self._full_at.append((start, match.end(2), f"{first} {last}"))
        for named in _names_in_capitals(text):
            bisect.insort(self._full_at, named)
        self._nicknames = self._know_nicknamed()
        self._drop_surnames_read_as_given_names()
        self._drop_openers_before_surnames()
        self._drop_sides()
        # Every full name the article holds, in text order, once for each place.
        self.full = [name for _, _, name in self._full_at]
        # "Lockheed Martin’s vice president": a pair that owns a post is a body, whose first
        # word alone ("Lockheed said") is no given name.
        self._bodies = set(_owners_of_posts(text))
        # "Dairy Firms Arla And Valio Halt Operations In Russia": a pair a headline alone
        # holds may be a name and a verb, so its first word is no given name.
        self._headline_only = self._headline_pairs()
        self.known: dict[str, Person] = {}
        # "Director General Rafael Mariano Grossi": three names after a title, a word saying
        # what a person is or a possessive ("The committee's Ole Danbolt Mjoes"), right after a
        # quotation's closing mark, or opening a paragraph or a sentence, are one person's, who
        # is then never "Mariano Grossi".
        self._longer = {
            f"{middle} {last}": f"{first} {middle} {last}"
            for match in THREE_NAMES.finditer(text)
            for before, first, middle, last in [match.groups()]
            if _leads_to_three_names(before, first, text[match.end(4) : match.end(4) + 1])
            and all(map(is_name_word, (first, middle, last)))
            and not _JOINED.match(middle)
            and may_be_given_name(first)
            and may_be_given_name(middle)
            and first.lower() not in SPEECH_VERBS  # “…” Tweeted Aino Virtanen.
        }
        self._as_written_most = _as_written_most(self.full, text)
        self.last: Person | None = None
        self._last_at = -1
        self._starts = paragraph_starts
        # Where each known person is named (in full or by surname), in text order: a pronoun
        # may stand for the person named last before it.
        self._mentions: list[tuple[int, str]] = []
        self._pronouns_of: dict[str, set[str]] = {}
        self._know_appositions()
        # "the Foreign Minister of Finland, Pekka Haavisto met …" gives "Finland’s Foreign
        # Minister stated" later.
        for match in TITLE_THEN_NAME.finditer(text):
            # Not "Vice President, Wärtsilä Marine Solutions": a post, then the firm's name.
            if is_full_name(match.group("name")) and not self._names_a_thing(*match.span("name")):
                role, organization = role_and_organization(match.group("title"))
                self._know(Person(match.group("name"), role, organization), replace=False)
        self._know_those_named_by_surname()
        # ("a new guide, Suoma, briefed us": read once, for both uses.)
        self._one_names = self._going_by_one_name(
            places, set_off := list(ONE_NAME_SET_OFF.finditer(text))
        )
        # "Team Japan coach Yujiro Kasahara was also disappointed." gives the "he said" of the
        # paragraph after it, though he said nothing yet; so does "Grand champion Hoshoryu has
        # just been speaking", of a person going by one name.
        # ("a new guide, Suoma, briefed us. … She continued her instructions, ‘…’")
        for match in chain(NOUN_THEN_NAME.finditer(text), set_off):
            name = match.group("name").rstrip(".,;:")
            if (
                is_person_noun(match.group("noun"))
                and (is_full_name(name) or name in self._one_names)
                and not self.inside_quotation(match.start("name"))
            ):
                self._know(Person(name, None, None), replace=False)

    def _know_nicknamed(self) -> dict[str, str]:
        """Know each full name written around a nickname; each one-word nickname's full name.

        "Serral admitted" stands for Joona “Serral” Sotala, named so before.
        """
        nicknames: dict[str, str] = {}
        for match in NICKNAMED.finditer(self.text):
            first, last, nickname = match.group("first", "last", "nickname")
            if is_name_word(first) and is_name_word(last) and may_be_given_name(first):
                bisect.insort(self._full_at, (match.start(), match.end(), f"{first} {last}"))
                if nickname and is_name_word(nickname):
                    nicknames.setdefault(nickname, f"{first} {last}")
        return nicknames

    def _drop_surnames_read_as_given_names(self) -> None:
        """Forget the pairs that open with another full name's surname: no one's names.

        A caption "Rantanen Finland setup" over "Mikko Rantanen’s life …" names nobody. Pairs
        that share a word in the text are one name of three ("Rafael Mariano Grossi"), and a
        name the article writes both ways round ("Abe Shinzo", "Shinzo Abe") stays.
        """
        pairs = self._full_at
        # Sorted by where they start, two-word pairs can only share a word with a neighbour.
        alone = [
            (start, name)
            for i, (start, end, name) in enumerate(pairs)
            if not (i > 0 and pairs[i - 1][1] > start)
            and not (i + 1 < len(pairs) and pairs[i + 1][0] < end)
        ]
        lone_names = {name for _, name in alone}
        full = {name for _, _, name in pairs}
        # Not "Obviously Valtteri" inside someone's words, before "Valtteri Bottas was …", nor
        # "Tuukka's Still Tuukka" over "Tuukka Rask stood …": a headline's words need not be
        # a name.
        surnames = {
            name.split()[1]
            for start, name in alone
            if not self.inside_quotation(start)
            and not self._written_lower(name.split()[0])
            and not self._on_headline(start)
        }

        def kept(name: str) -> bool:
            first, last = name.split()
            return name not in lone_names or first not in surnames or f"{last} {first}" in full

        self._full_at = [pair for pair in pairs if kept(pair[2])]

    def _headline_pairs(self) -> set[str]:
        """The pairs only a headline holds; those whose surname the prose gives are forgotten.

        "Comely Korpi Captivates Crowds" over "Finland’s Kiira Korpi has captivated …": the
        headline describes her, and names no second person.
        """
        in_prose = {name for start, _, name in self._full_at if not self._on_headline(start)}
        headline_only = set(self.full) - in_prose
        surnames = {name.split()[-1] for name in in_prose}
        shadowed = {name for name in headline_only if name.split()[-1] in surnames}
        if shadowed:
            self._full_at = [pair for pair in self._full_at if pair[2] not in shadowed]
            self.full = [name for _, _, name in self._full_at]
        return headline_only

    def _drop_openers_before_surnames(self) -> None:
        """Forget the pairs a gerund or a demonym opens before a surname another given name takes.

        "Getting Litmanen has been an obsession." beside "Jari Litmanen" names nobody new: the
        sentence opens with a gerund; nor does "skiing-Finn Niskanen flying high" beside "Iivo
        Niskanen": the Finn is what he is.
        """
        given = _given_names_by_surname(name for _, _, name in self._full_at)

        def opened(name: str) -> bool:
            first, last = name.split()
            if first in DEMONYMS:
                return any(other not in DEMONYMS for other in given[last])
            return (
                len(first) > 5
                and first.endswith("ing")
                and any(not other.endswith("ing") for other in given[last])
            )

        self._full_at = [pair for pair in self._full_at if not opened(pair[2])]

    def _know_those_named_by_surname(self) -> None:
        """Know each full name whose surname the article goes on to use alone.

        "Valtteri Bottas … because Bottas had been …" names a person, for "the Finn said" later;
        not a place ("Central Finland … in Finland"), nor a word after other capitalised ones.
        """
        given = _given_names_by_surname(self.full)
        for last, firsts in given.items():
            if len(firsts) != 1:
                continue
            (first,) = firsts
            # The word tests first: each search below compiles a pattern of its own.
            if not may_be_given_name(first) or self._written_lower(first):  # "central Finland"
                continue
            # "the New Year Grand Sumo Tournament … the Japan Sumo Association": a word the
            # article also writes in lower case ("sumo wrestler") is no surname of anybody's.
            if self._written_lower(last):
                continue
            if len(first) > 5 and first.endswith("ing"):  # "talks Selling Cities: Skylines"
                continue
            word = re.escape(last)
            alone = any(
                not self.inside_quotation(m.start()) and not self._among_capitals(m)
                for m in re.finditer(rf"(?<!\b{re.escape(first)} )\b{word}\b", self.text)
            )
            if (
                alone
                and not re.search(rf"\b(?i:in|at|across|around)\s+{word}\b", self.text)
                and self._described([first, last]) is None  # "Spaniard Alonso"
            ):
                self._know(Person(f"{first} {last}", None, None), replace=False)

    def _drop_sides(self) -> None:
        """Forget the pairs the article writes only after "the": sides and firms, no people.

        "the Winnipeg Jets", "the Florida Panthers"; not "the Sanna Marin government" of a
        Sanna Marin the article also names without it.
        """
        after_the: dict[str, bool] = {}
        for start, _, name in self._full_at:
            after = self.text[max(0, start - 4) : start].lower() == "the "
            after_the[name] = after_the.get(name, True) and after
        self._full_at = [pair for pair in self._full_at if not after_the[pair[2]]]

    def _know_appositions(self) -> None:
        """Know each person named in full with an apposition, its role theirs.

        "Kenji Sato, the company’s chairman, …" gives a role for "the chairman said" later.
        """
        for match in APPOSITION.finditer(self.text):
            # Not '"At Supercell, one of our …, ' inside a quotation, nor "the Prime Minister,
            # celebrities, everybody …" (two titles are no name).
            if self.inside_quotation(match.start()) or not is_full_name(match.group("name")):
                continue
            # "Metso, Meyer Turku, Nokian Tyres, …, SSAB, Stora Enso, Terrafame": firms listed.
            if self._names_a_thing(*match.span("name")):
                continue
            # "NAME, General Manager of X explains, “…”": the verb is not part of the role.
            words = TRAILING_VERB.sub("", match.group("role"))
            # "Nokia Oyj, commenting on …, said", "Patrik Laine, jokingly emphasizes …, saying":
            # a clause, no role.
            # (Nor "This month's expedition through the Northwest Passage, with an AP team and
            # researchers aboard, is …": what goes with a thing.)
            if re.match(r"(?:[a-z]+ing|[a-z]+ly\s+[a-z]+[^s\W]s|with)\b", words):
                continue
            # "…, Joachim Specht, said, referring to …": the verb of speech, set off by a
            # comma, is no role.
            if words.strip() in SPEECH_VERBS:
                continue
            # "Paul Kariya, Mark Recchi and Dave Andreychuk, along with …": a list of people.
            listed = re.split(r",\s*|\s+and\s+", words)
            if len(listed) > 1 and all(map(is_full_name, listed)):
                continue
            # "President Sauli Niinistö, Deputy Speaker of the Parliament Tuula Haatainen,
            # Minister of …": a list of titled people, the next one's title no role of this
            # one (but "NAME, CEO of Nornickel Harjavalta, believes" is a role).
            going_on = self.text[match.end() :].lstrip()
            listing = going_on[:1].isupper() or going_on.startswith("and ")
            if listing and " ".join(words.split()[-2:]) in self.full:
                continue
            # "In an interview with Arab News, Finland’s Foreign Minister Elina Valtonen
            # discussed …": the comma closed an opening phrase, and the words after it are the
            # sentence, a person and their verb, not what the name before the comma is.
            if _NAME_AND_PAST_VERB.search(words):
                continue
            # "Spaniard Alonso, who started …": Fernando Alonso, met already, described.
            if self._described(match.group("name").split()) is not None:
                continue
            role, organization = (None, None) if is_clause(words) else role_and_organization(words)
            self._know(Person(match.group("name"), role, organization), replace=False)

    def _going_by_one_name(self, places: set[str], set_off: list[re.Match[str]]) -> set[str]:
        """The names of people the article names by one name only: a stage name, a mononym.

        "Swedish Eurovision winner Loreen" or "Loreen, 39, became": one name after what a
        person is, or before an age or an apposition saying what a person is, that is no word
        of a full name, no place, and never written in lower case.
        """
        words = {word for full in self.full for word in full.split()}
        # "Von Koskull says": a surname with a particle is a person's, named alone or not.
        found = joined_surnames(self.text) - words
        for listed in ONE_NAMES_LISTED.finditer(self.text):
            if is_person_noun(listed.group("nouns")[:-1]):
                names = re.split(r",\s*|\s+and\s+", listed.group("names"))
                found |= {
                    name
                    for name in names
                    if self._alone_a_name(name, words, places, listed.start("names"))
                }
        for match in chain(
            ONE_NAME.finditer(self.text),
            ONE_NAME_AFTER_CAPITAL.finditer(self.text),
            ONE_NAME_WHO.finditer(self.text),
            set_off,
        ):
            groups = match.groupdict()
            name = (
                groups.get("name")
                or groups.get("aged")
                or groups.get("described")
                or groups.get("who_is")
                or ""
            )
            name = name.removesuffix("’s").removesuffix("'s").rstrip(".,;:")
            if groups.get("noun") is not None:
                evidence = is_person_noun(groups["noun"])
            else:
                before = self._word_before(match.start())
                evidence = not (before and is_name_word(before))
                if groups.get("apposition") is not None:
                    # A noun in lower case: not "Fans, the Prime Minister, celebrities, …".
                    noun = head_noun(groups["apposition"].split())
                    evidence &= noun.islower() and is_person_noun(noun)
            if evidence and self._alone_a_name(name, words, places, match.start()):
                found.add(name)
        return found

    def _alone_a_name(self, name: str, words: set[str], places: set[str], at: int) -> bool:
        """Whether `name`, said at `at` to be a person's, is one name a person goes by alone.

        A name word, not a title, no word of a full name, no place, outside quotations and
        never written in lower case.
        """
        return (
            is_name_word(name)
            and not is_person_noun(name)  # "Head Investigator, …": two titles
            and name not in DEMONYMS  # "The 41-year-old Finn, who won …"
            and name not in words
            and name not in places
            and not self.inside_quotation(at)
            and not self._written_lower(name)
        )

    def _among_capitals(self, word: re.Match[str]) -> bool:
        """Whether capitalised words other than a title stand right around `word`.

        "ISU Grand Prix" and "second Grand Prix" use no "Grand" alone, as "Mr Grand said" would.
        """
        before, after = self._word_before(word.start()), self._word_after(word.end())
        return bool(
            (after and after[:1].isupper())
            or (
                before
                and before[:1].isupper()
                and not is_title_word(before)
                and before not in COURTESY_TITLES
            )
        )

    def _word_before(self, at: int) -> str | None:
        """The word right before offset `at` on its line, no punctuation between, or None."""
        match = _WORD_BEFORE.search(self.text, max(0, at - 80), at)
        return match.group(1) if match else None

    def _names_a_thing(self, start: int, end: int) -> bool:
        """Whether the two names from `start` to `end` begin a thing's name, not a person's."""
        # A firm among firms named by one word each: "Metso, SSAB, Stora Enso, Terrafame".
        if _ONE_WORD_ITEM_BEFORE.search(
            self.text, max(0, start - 40), start
        ) and _ONE_WORD_ITEM_AFTER.match(self.text, end):
            return True
        after = self._word_after(end)
        if not after:
            return False
        # "the Eurovision Song Contest" names an event, and no "Eurovision Song"; "the border
        # guard service of North Karelia region" a place; "their Max Payne property" a game;
        # "the annual Helsinki Pride parade" an event.
        if after.rstrip(".,;:") in _THING_AFTER:
            return True
        # "says CEO of Neste Matti Lehmus": after a post's "of", the first of three names is the
        # body, and "Neste Matti" nobody.
        return is_name_word(after) and _after_a_post_of(self.text, start)

    def _ends_a_name(self, full: str) -> bool:
        """Whether the article writes the full name once with no name word right after it.

        A caption's "Kyro Distillery's founders Miika Miko Mikko Kalle and Jouni" lists given
        names, and holds no "Miika Miko" for "Miika laughs" to stand for beside Miika
        Lipiäinen.
        """
        places = [(start, end) for start, end, name in self._full_at if name == full]
        return not places or any(not is_name_word(self._word_after(end) or "") for _, end in places)

    def _word_after(self, at: int) -> str | None:
        """The word right after offset `at` on its line, no punctuation between, or None."""
        match = _WORD_AFTER.match(self.text, at)
        return match.group(1) if match else None

    def _written_beside(self, word: str) -> bool:
        """Whether the article writes `word` outside the lines the page repeats whole.

        "Candidates for the presidency of Finland: Alexander Stubb and Pekka Haavisto", a
        caption printed twice, still names them when the story goes on: "said Stubb".
        """
        written = whole_word(word)
        repeated = sum(
            len(written.findall(line)) * self.text.count(line) for line in self.furniture
        )
        return len(written.findall(self.text)) > repeated

    def _line_at(self, at: int) -> tuple[int, int]:
        """Where the line holding offset `at` starts and ends."""
        end = self.text.find("\n", at)
        return self.text.rfind("\n", 0, at) + 1, end if end >= 0 else len(self.text)

    def _on_furniture(self, at: int) -> bool:
        """Whether offset `at` lies on a line the page repeats whole."""
        start, end = self._line_at(at)
        return self.text[start:end].strip() in self.furniture

    def _on_link(self, at: int) -> bool:
        """Whether offset `at` lies on a line linking to another article.

        "READ MORE: … Sec. of State Pompeo Says" names somebody of another article, whom "the
        mayor said" further on stands for no more than the link does.
        """
        return LINK_TO_ANOTHER.match(self.text, *self._line_at(at)) is not None

    def names_one(self, line: str) -> bool:
        """Whether a line of capitalised words alone is a person's name, a title allowed.

        "Toni Rajala" or "Coach Jukka Jalonen" over the words they said, not a heading of the
        article's own ("About KONE", "Moominvalley Park", "Results Are Coming"): two or three
        name words, the first of them possibly a given name, none written in lower case too.
        """
        if line.strip() in self.furniture:
            return False
        words = line.split()
        while words and (is_title_word(words[0]) or is_person_noun(words[0])):
            words = words[1:]
        return (
            is_full_name(" ".join(words))
            and may_be_given_name(words[0])
            and not any(self._written_lower(word) for word in words)
        )

    def _written_lower(self, word: str) -> bool:
        """Whether the article writes `word` in lower case too: a common word, not a name."""
        # Asked of the same few names over and over, each a search of the whole text.
        lower = word.lower()
        if lower not in self._lower:
            self._lower[lower] = whole_word(lower).search(self.text) is not None
        return self._lower[lower]

    def inside_quotation(self, at: int) -> bool:
        """Whether offset `at` stands inside the words of a quotation."""
        i = bisect.bisect_right(self._quoted, (at, len(self.text))) - 1
        return i >= 0 and self._quoted[i][0] <= at < self._quoted[i][1]

    def _know(self, person: Person, replace: bool = True) -> Person:
        usual = self._as_written_most.get(person.name)
        if usual is not None:
            person = person._replace(name=usual)
        longer = self._longer.get(person.name)
        if longer is not None:
            # The first name, read as the end of a title, is no part of the role.
            first = longer.split()[0]
            role = (person.role or "").removesuffix(first).strip() or None
            person = Person(longer, role, person.organization)
        if person.name not in self.known:
            for word in self._mentioned_by(person.name):
                for mention in whole_word(word).finditer(self.text):
                    if not self.inside_quotation(mention.start()):
                        bisect.insort(self._mentions, (mention.start(), person.name))
        if replace or person.name not in self.known:
            self.known[person.name] = person
        return self.known[person.name]

    def _mentioned_by(self, name: str) -> list[str]:
        """The words that name the person alone: the surname, and a given name only theirs.

        "Marcus was always seen as something of a grump" names Marcus Grönholm, for the "he"
        of the paragraphs after it, when no other full name begins with Marcus.
        """
        words = name.split()
        first, surname = words[0], words[-1]
        others = [full for full in self.full if full != name]
        only_theirs = (
            len(words) > 1
            and may_be_given_name(first)
            and first not in TITLE_WORDS | NOT_NAMES
            and not any(first in full.split() for full in others)
        )
        return [surname, first] if only_theirs else [surname]

    def _last_mention(self, at: int) -> tuple[int, str] | None:
        """Where the known person named last before offset `at` is named, and who; or None."""
        i = bisect.bisect_left(self._mentions, (at, ""))
        return self._mentions[i - 1] if i else None

    def named_before(self, at: int) -> Person | None:
        """The known person named last before offset `at`."""
        mention = self._last_mention(at)
        return self.known[mention[1]] if mention else None

    def _subject_of_mention(self, at: int) -> Person | None:
        """The known person named last before `at`, or the one their sentence is about.

        "Pukki had a period to savour after surpassing legendary striker Jari Litmanen …":
        named in passing, as an object, Litmanen is not whom a later "he" stands for.
        """
        mention = self._last_mention(at)
        if mention is None:
            return None
        where, name = mention
        named = self.known[name]
        # A subject itself: a verb follows the name ("… and Aaltola was third"), or "and"
        # joins it to another ("Mikko Laine, the mayor, and Aino Virtanen, the founder, met").
        verb_next = _VERB_NEXT.match(self.text, where)
        if verb_next or _JOINED_SUBJECT.search(self.text, max(0, where - 40), where):
            return named
        paragraph = self._starts[self._paragraph(where)]
        sentence = paragraph + sentence_starts(self._plain[paragraph:where])[-1]
        subject = self._subject(sentence, where)
        return subject if subject is not None and subject.name != name else named

    def _paragraph(self, at: int) -> int:
        return bisect.bisect_right(self._starts, at) - 1

    def _narrative_start(self, at: int) -> int:
        """Where the writer's own words leading to offset `at` begin.

        Its paragraph, or the one before it when that holds no quotation ("Kojima is a TV
        personality …" then "“…,” she tweeted").
        """
        i = self._paragraph(at)
        here = self._starts[i]
        before = i - 1
        while before >= 0 and not self.text[self._starts[before] : here].strip():
            before -= 1
        if before < 0:
            return here
        start = self._starts[before]
        quoted = bisect.bisect_left(self._quoted, (start, start))
        if quoted < len(self._quoted) and self._quoted[quoted][0] < here:
            return here
        return start

    def _spoke(self, person: Person, at: int) -> Person:
        self.last, self._last_at = person, at
        return person

    def _pronoun(self, at: int, word: str) -> Person | None:
        # The person a sentence of this paragraph (or of the one before, when that holds no
        # quotation) opened with since the last speaker's words ("Moon recalled that …. He
        # also noted that his country was the “first to …”"), else the speaker of this
        # paragraph or the one before, else whoever was named last.
        start = max(self._narrative_start(at), self._last_at + 1)
        # "In messages seen by Yle, an eyewitness said that he saw …" then "“…,” he wrote": a
        # person the writer leaves unnamed, whom no name stands for.
        if self._unnamed_subject(start, at):
            return None
        subject = self._subject(start, at)
        if subject is not None:
            return subject
        # "Scored the only goal Teemu Hartikainen on the other hand, he said that …": a full
        # name earlier in the pronoun's own sentence, though not its subject.
        in_sentence = self._named_in_sentence(at)
        if in_sentence is not None:
            return in_sentence
        # "Awarded his second Michelin star in 2003 …, Välimäki does concede that …. “…,” he
        # explains": the one known person the pronoun's paragraph names before it, not the
        # speaker of a paragraph before (Jacques Chirac, who "says" the standfirst's words).
        here = self._known_named_in_paragraph(at)
        if here is not None and here != self.last:
            return here
        if self.last is not None and (
            self._paragraph(at) - self._paragraph(self._last_at) <= 1
            or self._named_near(self.last.name, at)
        ):
            return self.last
        # (Not past the person the writer last left unnamed: "Niko is a 25-year-old …" after
        # "reporter Hans von der Brelie", whom the pronoun then never stands for.)
        if self._unnamed_subject(0, at):
            return None
        # Before anybody is quoted or known, the person a sentence before it opened with:
        # "Kobayashi Ryoyo can't answer all the messages. …" then "“…,” he said".
        found = (
            self._subject_of_mention(at)
            or self.last
            or self._subject(0, at)
            or self._named_in_passing(at)
            or (None if self._pronoun_before(word, at) else self._named_next(at))
        )
        return self._unless_a_relation(found, at, word)

    def _gendered(self, person: Person | None, pronoun: str) -> Person | None:
        """The person a pronoun stands for, unless the article said the other one of them."""
        if person is None or pronoun not in ("he", "she"):
            return person
        said = self._pronouns_of.setdefault(person.name, set())
        if ({"he", "she"} - {pronoun}) & said:
            return None
        said.add(pronoun)
        return person

    def _known_named_in_paragraph(self, at: int) -> Person | None:
        """The one known person named in the paragraph of offset `at`, before it; else None.

        Only in the writer's words, not inside quotations.
        """
        start = self._starts[self._paragraph(at)]
        named = {
            name
            for where, name in self._mentions
            if start <= where < at
            and not self.inside_quotation(where)
            and not self._named_as_object(where)
        }
        return self.known[named.pop()] if len(named) == 1 else None

    def _named_as_object(self, where: int) -> bool:
        """Whether the name at offset `where` is what a verb or a preposition acts on.

        "He also expressed willingness to travel for talks with Trump. “…,” he said" and
        "Regarding efforts to ask U.S. President Donald Trump to reconsider, he stated, “…”":
        Trump is whom the sentence is about, not who speaks.
        """
        before = _WORDS_BEFORE_NAME.search(self.text, max(0, where - 80), where)
        return before is not None and before.group("word") in _TAKING_AN_OBJECT

    def _pronoun_before(self, word: str, at: int) -> bool:
        """Whether the writer's words before offset `at` already use the pronoun, or its kin.

        "At just 10 years old, a young boy was captivated …. He would mimic …" then "“…,” he
        recalled": the pronoun stood for someone before any name, who is not the person named
        after it ("a tie with Japan's Yuta Sudo").
        """
        forms = _PRONOUN_FORMS.get(_POSSESSIVE_OF.get(word, ""))
        return forms is not None and any(
            not self.inside_quotation(m.start()) for m in forms.finditer(self.text, 0, at)
        )

    def _named_next(self, at: int) -> Person | None:
        """The person named in full first after offset `at`, in the next two paragraphs.

        "“Alko’s monopoly won’t be torn down …,” she retorts." opening an article, then "…,
        declares Annika Saarikko (Centre), the Minister …": with nobody named before it, a
        pronoun stands for the person the lines after it name.
        """
        last = self._paragraph(at) + 2
        limit = self._starts[last + 1] if last + 1 < len(self._starts) else len(self.text)
        i = bisect.bisect_right(self._full_at, (at,))
        for start, end, name in self._full_at[i:]:
            if start >= limit:
                return None
            if self._a_person_named(start, end, name):
                return self._know(Person(name, None, None), replace=False)
        return None

    def _named_near(self, name: str, at: int) -> bool:
        """Whether `name` is mentioned in the paragraph of `at`, or the one before, before it.

        "“…,” Utah coach NAME said." then "What really opened Hardy's eyes to Markkanen was
        Markkanen's ability …" then "“…,” he said": the speaker named again since their
        words is still the one the story follows, though another person was named last.
        """
        start = self._starts[max(self._paragraph(at) - 1, 0)]
        return any(start <= where < at and n == name for where, n in self._mentions)

    def _unless_a_relation(self, person: Person | None, at: int, pronoun: str) -> Person | None:
        """The person found for a pronoun at `at`, unless named only as its person's relation.

        "Walking over to her coach, Jarno Koivunen, she exchanged a few words" names the coach
        as the relation of the person "she" and "her" stand for, so a later "she laughed and
        responded" is not the coach's: the person the article names most often before it, in
        full or by surname, is taken instead. (A later "he said" may well be the coach's.)
        """
        possessive = _POSSESSIVE_OF.get(pronoun)
        if (
            person is None
            or possessive is None
            or not self._only_as_relation(person.name, at, possessive)
        ):
            return person
        counts: dict[str, int] = {}
        for begin, _, name in self._full_at:
            if begin >= at or name == person.name or name in counts:
                continue
            counts[name] = sum(
                1
                for m in whole_word(name.split()[-1]).finditer(self.text, 0, at)
                if not self.inside_quotation(m.start())
                and not self._as_relation(m.start(), possessive)
            )
        if not any(counts.values()):
            return person
        # The most often named; among equals, the one the article names in full last.
        most = max(counts.values())
        name = [name for name, n in counts.items() if n == most][-1]
        return self._know(Person(name, None, None), replace=False)

    def _only_as_relation(self, name: str, at: int, possessive: str) -> bool:
        """Whether each mention of `name` before `at` follows the possessive: "her coach,"."""
        places = [where for where, n in self._mentions if n == name and where < at]
        return bool(places) and all(self._as_relation(where, possessive) for where in places)

    def _as_relation(self, where: int, possessive: str) -> bool:
        """Whether the name at `where` follows "her coach," (or "his wife"): a relation's."""
        before = _RELATION_BEFORE.search(self.text, max(0, where - 80), where)
        return before is not None and before.group("possessive").lower() == possessive

    def _named_in_sentence(self, at: int) -> Person | None:
        """The person named in full last in the sentence before offset `at`, else None."""
        start = self._starts[self._paragraph(at)]
        start += sentence_starts(self.text[start:at])[-1]
        i = bisect.bisect_left(self._full_at, (at,))
        for begin, end, name in reversed(self._full_at[:i]):
            # The name stands before the pronoun, not after it: "he said with enthusiasm for
            # next year's Beijing Olympics, “…”".
            if begin < start or not _PRONOUN_WORD.search(self.text, end, at):
                return None
            if self._named_as_object(begin):
                continue
            if name in self.known and not self.inside_quotation(begin):
                return self.known[name]
            if self._a_person_named(begin, end, name):
                return self._know(Person(name, None, None), replace=False)
        return None

    def _named_in_passing(self, at: int) -> Person | None:
        """The person named in full last before offset `at`, wherever in a sentence.

        "… the appearance that Kimi Raikkonen could barely contain his indifference …" then
        "“…!” he said": he or she stands for the one person named so far, though not as the
        subject. No name of a firm or a place is taken: its first word may be a given name,
        the article writes no word of it in lower case, and no other name word stands right
        before or after it ("Tokyo Stock Exchange").
        """
        i = bisect.bisect_left(self._full_at, (at,))
        for start, end, name in reversed(self._full_at[:i]):
            if self._a_person_named(start, end, name):
                return self._know(Person(name, None, None), replace=False)
        return None

    def _a_person_named(self, start: int, end: int, name: str) -> bool:
        """Whether the full name at `start`…`end` is a person's, not a firm's or a place's."""
        before, after = self._word_before(start), self._word_after(end)
        return (
            not self.inside_quotation(start)
            and may_be_given_name(name.split(maxsplit=1)[0])
            and not any(map(self._written_lower, name.split()))
            and not (before and is_name_word(before) and not self._titled_at(start))
            # "she still has her Amy Winehouse look": a name a possessive owns describes
            and not (before and before.lower() in POSSESSIVES)
            and not (after and is_name_word(after))
            and not _BYLINE.fullmatch(self.text, self._line_at(start)[0], start)
            # A picture's credit, the agency after a slash: "(Peter Byrne/PA)".
            and not self.text.startswith("/", end)
        )

    def _titled_at(self, start: int) -> bool:
        """Whether a title ends right before offset `start`: "Minister of the Interior NAME"."""
        return _TITLE_ENDING.search(self.text, max(0, start - 80), start) is not None

    def _sentence_subjects(self, start: int, at: int) -> Iterator[tuple[int, str]]:
        """Where each sentence between the offsets starts and who opens it, the last first."""
        region = self._plain[start:at]
        # A headline ends with no full stop: a paragraph starts a sentence too.
        lines = {m.end() for m in re.finditer(r"\n", region)}
        for sentence in sorted(lines.union(sentence_starts(region)), reverse=True):
            match = SENTENCE_SUBJECT.match(region[sentence:]) or _ONE_OF.match(region[sentence:])
            if match is not None and not self.inside_quotation(
                start + sentence + match.start("who")
            ):
                yield start + sentence, match.group("who")

    def _unnamed_subject(self, start: int, at: int) -> bool:
        """Whether the last sentence between the offsets with a subject opens with "a witness".

        Or with a surname the article never gives in full, which the sentence goes on to call
        "he" or "she": "Despite running first on the road, Rovanpera produced another
        masterclass …; he was only 21 seconds off the lead." then "“…,” he reflected".
        """
        for sentence, who in self._sentence_subjects(start, at):
            if who.lower() in PRONOUNS or _FRONTED_APPOSITION.match(self._plain, sentence):
                continue
            if re.match(r"[Aa]n?\s", who):
                return True
            # (The pronoun of "According to her, Moscow mobilizes people …" is the source's,
            # and tells nothing of the subject; "During his tenure, Ishiba …" is Ishiba's.)
            words = _ACCORDING_TO_PRONOUN.sub("", first_sentence(self._plain[sentence:at]))
            return (
                " " not in who
                and is_name_word(who)
                and self._one_name(who, who) is None
                and (
                    # "Niko is a 25-year-old with substance use disorder": a person by age.
                    _ONE_NAME_AGED.match(self._plain, sentence) is not None
                    or (
                        self._mid_sentence(who)
                        and _PERSONAL.search(_REPORTING_PRONOUN.sub("", words)) is not None
                    )
                )
            )
        return False

    def _on_headline(self, at: int) -> bool:
        """Whether offset `at` stands on a line written in title case, as a headline is."""
        start, end = self._line_at(at)
        # (A headline is short: a paragraph's whole length need not be read.)
        return end - start <= _HEADLINE_MOST and is_title(self.text[start:end].strip())

    def _mid_sentence(self, word: str) -> bool:
        """Whether the article writes `word` capitalised inside a sentence too: a name's."""
        at = self.text.find(f" {word}")
        while at > 0:
            after = self.text[at + 1 + len(word) : at + 2 + len(word)]
            if (self.text[at - 1].isalnum() or self.text[at - 1] in ",;’'") and not (
                after.isalnum() or after == "_"
            ):
                return True
            at = self.text.find(f" {word}", at + 1)
        return False

    def _post_then_name(self, who: str) -> bool:
        """Whether `who` ends in a full name the article writes, a post before it."""
        name = split_who(who, opens_clause=True)[0]
        return name is not None and len(name.split()) >= 2 and name in self.full

    def _subject(self, start: int, at: int) -> Person | None:
        """The person named at the start of the last sentence between the offsets naming one."""
        for sentence, opener in self._sentence_subjects(start, at):
            # "The Metalworkers' Union shop steward Janne Rummakko at the … factory was at a
            # loss": a post before a full name, which the sentence is about.
            post_first = opener.lower().startswith("the ") and self._post_then_name(opener[4:])
            who = opener[4:] if post_first else opener
            # A description that names its person after it: "The leader of … is NAME".
            named = _DESCRIBED_IS_NAME.match(self._plain, sentence)
            if named is not None and named.group("name") in self.full:
                return self._know(Person(named.group("name"), None, None), replace=False)
            if who.lower() == "the" or who.startswith("One "):
                # "The commission’s chair, …": an owner's description the subject stops short
                # of, naming no one in apposition; "One of the …" naming no one after it.
                continue
            if who.lower().startswith("the "):
                # "The Finn expressed …": a sentence about someone the writer describes instead
                # of naming is about the person an earlier sentence opened with, not about the
                # last name in passing ("… and team mate Hamilton. The Finn expressed …").
                # "Tytti Tuppurainen, Finland’s Minister of …, has now told …" then "The
                # Minister also added …": the title of a person met before.
                wanted = who[4:].strip().lower()
                holding = self._holding_title(wanted)
                if holding is not None and is_person_noun(head_noun(wanted.split())):
                    return holding
                described = self._subject(0, sentence)
                if described is not None:
                    return described
                continue
            name, role, organization = split_who(who, opens_clause=True)
            if name is None or name.lower() in PRONOUNS:
                continue
            if len(name.split()) >= 2:
                # "Camilo Delgado Díaz, a Colombian tenor, plays …": three names opening the
                # sentence before an apposition, the last two a full name met elsewhere.
                words = name.split()
                three = len(words) == 3 and " ".join(words[1:]) in self.full
                if name in self.known or name in self.full or three:
                    # "NATO Secretary-General NAME said …, and that he hopes …": the title
                    # before the name is the role of whom the pronoun stands for.
                    known = self.known.get(name)
                    titled = role is not None and who.startswith(role)
                    if titled and known is not None and known.role is None:
                        return self._know(Person(name, role, organization))
                    return self._know(Person(name, None, None), replace=False)
                continue
            found = self._one_name(name, name)
            if found is not None:
                return found[0]
        return None

    def _met_unnamed(self, noun: str, at: int) -> bool:
        """Whether "a … NOUN" the article names nobody as came last before offset `at`.

        "“…,” a TUI spokesperson said" then "“…,” the spokesperson added": the same person,
        whom the article does not name. Not "a spokesperson for Nokia, Aino Salo, said".
        """
        unnamed = rf"\b[Aa]n?\s+(?:[\w’'-]+\s+){{0,3}}?{re.escape(noun)}\b"
        found = list(re.finditer(unnamed, self.text[:at]))
        return bool(found) and _NAMED_AFTER.match(self.text, found[-1].end()) is None

    def _holding_title(self, wanted: str, at: int | None = None) -> Person | None:
        """The person known last whose role holds `wanted` (in lower case): "minister".

        Not as part of another office: "the minister" is not the "Prime Minister", nor "the
        president" a "vice president". Before offset `at`, of several holders the one named
        last: "Minister … Liisa-Ly Pakosta said …. … Finnish Justice Minister Leena Meri asked
        …. Pakosta told Postimees …" then "“…,” the minister said" is Pakosta.
        """
        other_offices = [f"{office}{gap}{wanted}" for office in _OTHER_OFFICE for gap in " -"]

        def holds(person: Person) -> bool:
            role = (person.role or "").lower()
            return wanted in role and not any(other in role for other in other_offices)

        holders = [person for person in self.known.values() if holds(person)]
        if len(holders) < 2 or at is None:
            return holders[-1] if holders else None
        named_at = {name: where for where, name in self._mentions if where < at}
        return max(reversed(holders), key=lambda person: named_at.get(person.name, -1))

    def _post_met(self, post: str, at: int) -> bool:
        """Whether someone met before offset `at` holds the post, as a role or a title."""
        if self._holding_title(post.lower()) is not None:
            return True
        titled = re.compile(rf"\b{re.escape(post)}{GAP}[{CAPITALS}]")
        return titled.search(self.text, 0, at) is not None

    def _handle(self, handle: str) -> Person | None:
        """The one person the article names whose name the handle spells: @MarinSanna."""
        wanted = handle.lower().replace("_", "")
        matching = {
            full for full in [*self.known, *self.full] if wanted in _handles(full.lower().split())
        }
        if len(matching) != 1:
            return None
        return self._know(Person(matching.pop(), None, None), replace=False)

    def _titled_before(self, title: str, at: int) -> Person | None:
        """The person written last before offset `at` right after the title word `title`.

        "the governor" (also "the meeting the governor", as a reporting clause may reach back)
        stands for whoever "Tokyo Governor NAME" or "Governor of Tokyo NAME" named, "the
        Emperor" for the monarch "Emperor NAME" named (a monarch's title and one name).
        """
        regnal = title.capitalize() in REGNAL_TITLES
        one_named = False
        if regnal:
            pattern = rf"\b{title.capitalize()}{GAP}(?P<name>{NAME_WORD})\b"
        elif is_title_word(title.capitalize()) or is_title_word(title.upper()):
            # (Or a surname alone that one full name has: "Archbishop Luoma’s inaugural
            # sermon" after "Archbishop Tapio Luoma", nearer than "Archbishop Michael Jackson".)
            pattern = (
                rf"\b(?i:{re.escape(title)})(?:\s+of\s+[{CAPITALS}][\w’'-]*)?"
                rf"{GAP}(?P<name>{NAME_WORD}(?:{GAP}{NAME_WORD})?)\b"
            )
        elif is_person_noun(title) and self._one_names:
            # "Finnish DJ Darude" then "the DJ noted": one who goes by one name.
            pattern = rf"\b(?i:{re.escape(title)}){GAP}(?P<name>{NAME_WORD})\b(?!{GAP}[{CAPITALS}])"
            one_named = True
        else:
            return None
        for match in reversed(list(re.finditer(pattern, self.text[:at]))):
            name = match.group("name")
            if one_named:
                named = name in self._one_names
            elif regnal:
                named = is_name_word(name)
            else:
                name = self._full_by_surname(name) or name
                named = is_full_name(name)
            office = (self._word_before(match.start()) or "").lower()
            if office in _OTHER_OFFICE:  # "Prime Minister NAME" is no "the minister"
                continue
            if named and not self.inside_quotation(match.start()):
                full = f"{title.capitalize()} {name}" if regnal else name
                return self._know(Person(full, None, None), replace=False)
        return None

    def _titled_next(self, wanted: str, head: str, at: int) -> Person | None:
        """The person the next two paragraphs name after the post that `wanted` describes.

        "… preparing to “take action” …, the Finnish interior minister said" then "“…,”
        Minister of Interior Mari Rantanen told reporters": a wire story's lede describes whom
        it names below. The words describing the post must stand in the title (not a
        nationality's or an owner's: "Finnish", "the country's").
        """
        if not is_title_word(head.capitalize()):
            return None
        paragraph = self._paragraph(at)
        stop = paragraph + 3
        end = self._starts[stop] if stop < len(self._starts) else len(self.text)
        qualifiers = [
            word
            for word in wanted.split()[:-1]
            if not word.endswith(("ish", "ese", "ian", "’s", "'s"))
            and word.capitalize() not in DEMONYMS
        ]
        titled = re.compile(
            rf"\b(?i:{re.escape(head)})(?:\s+(?:of|for)(?:\s+the)?\s+[{CAPITALS}][\w’'-]*)?"
            rf"{GAP}(?P<name>{NAME_WORD}{GAP}{NAME_WORD})\b"
        )
        for match in titled.finditer(self.text, at, end):
            phrase = self.text[max(0, match.start() - 40) : match.start("name")].lower()
            name = match.group("name")
            if (
                all(word in phrase for word in qualifiers)
                and is_full_name(name)
                and not self.inside_quotation(match.start())
            ):
                return self._know(Person(name, None, None), replace=False)
        return None

    def _full_by_surname(self, word: str) -> str | None:
        """The one full name the article holds whose surname `word` (perhaps possessive) is."""
        surname = word.removesuffix("’s").removesuffix("'s")
        if " " in surname:
            return None
        owners = {full for full in self.full if _surname_is(full, surname)}
        return owners.pop() if len(owners) == 1 else None

    def _titled(self, who: str) -> Person | None:
        """The known person a title alone stands for: "Finland’s Foreign Minister"."""
        role, organization = role_and_organization(who)
        words = (role or "").split()
        if role is None or not (set(words) & TITLE_WORDS or is_person_noun(words[-1])):
            return None
        for person in reversed(list(self.known.values())):
            held = f"{person.role or ''} {person.organization or ''}".lower()
            if role.lower() in held and (organization or "").lower() in held:
                return person
        return None

    def resolve(
        self, who: str, at: int, *, opens_clause: bool = False
    ) -> tuple[Person | None, str]:
        """A person from the words naming them at offset `at`: full, surname, title, pronoun.

        `opens_clause`: nothing but punctuation or a speech verb stands before `who`, so its
        first word cannot end a longer title, and three names may all be the person's.
        """
        who = without_circumstance(who)
        # "President&Chief Executive Officer": an ampersand typed without its spaces.
        who = _GLUED_AMPERSAND.sub(" & ", who)
        who = " ".join(_up_to_glued(who.split(" "), self._glued))
        # "Windows95man, real name Teemu Keisteri,": a stage name and the name behind it.
        who = _REAL_NAME.sub(" aka ", who).rstrip(", ")
        # "IQM Quantum Computers Jan Goetz CEO said:": a post's letters after the name, as if
        # set off by a comma.
        who = _POST_LETTERS_AFTER.sub(r"\g<name>, \g<post>", who)
        person, how = self._resolve(who, at, opens_clause=opens_clause)
        # "said the coach of the Finnish team Karri Suominen": a description that ends in the
        # person's full name is theirs, not the person named last's.
        ending = _FULL_NAME_ENDING.search(who)
        if how == "description" and ending is not None and is_full_name(ending.group("name")):
            description = who[: ending.start()].strip().removeprefix("the ").removeprefix("The ")
            named, named_how = self._resolve(
                f"{ending.group('name')}, {description}", at, opens_clause=True
            )
            if named is not None:
                return named, named_how
        # "President of JAL, Yoshiharu Ueki": a title or a firm, then the name after a comma;
        # the title is the person's role ("Outokumpu's head of ferrochrome, Martti Sassi").
        split = name_after_comma(who)
        if person is None and split is not None:
            title, name = split
            if names_a_post(role_and_organization(title)[0] or ""):
                return self._resolve(f"{name}, {title}", at, opens_clause=True)
            return self._resolve(name, at, opens_clause=True)
        # "Helsingin Sanomat, Jorma Ollila, former CEO of Nokia, says": a body, then the name
        # and its apposition.
        parts = who.split(",")
        if person is None and len(parts) > 2 and is_full_name(parts[1]):
            return self._resolve(",".join(parts[1:]), at, opens_clause=True)
        # "said one of the judges, Finnish guitar player Juha Torvinen", "relates Head
        # Investigator, Senior Detective Superintendent Petri Rainiala from the Helsinki Police
        # Department": a description, then what the person is and their name.
        last = parts[-1].strip()
        # "explains businessman, TV star and politician NAME (Liike), who says he hopes …": a
        # relative clause after the name tells what the person does, and is no part of them.
        if len(parts) >= 3 and _RELATIVE_CLAUSE.match(last):
            parts, last = parts[:-1], parts[-2].strip()
        if person is None and len(parts) >= 2 and self._holds_full_name(last):
            return self._resolve(last, at, opens_clause=True)
        # "According to the coach, Pukki’s rehabilitation has “gone very well”": a
        # description, then the writer's own words after the comma.
        if person is None and len(parts) >= 2 and re.match(r"[Tt]he\s", parts[0]):
            described, how = self._resolve(parts[0], at, opens_clause=opens_clause)
            if described is not None:
                return described, how
        # "said Raikkonen on Instagram", "said Okada in Tokyo": a surname alone, then where or
        # when. Read whole, the capitalised word last is taken for the name, as it must be in
        # a title ("Invest in Finland Executive Director Antti Aumo"), so the one name word
        # counts only where it stands for a person the article names.
        alone = name_before_place(who) if person is None else None
        if alone is not None:
            found = self._one_name(alone, alone)
            if found is not None:
                return self._spoke(found[0], at), found[1]
        return person, how

    @staticmethod
    def _holds_full_name(words: str) -> bool:
        """Whether two of the words in a row may be a person's full name."""
        return any(is_full_name(f"{first} {last}") for first, last in PERSON.findall(words))

    def _whom_described(self, at: int) -> Person | None:
        """Whom "the microbiologist" or "the 33-year-old" before offset `at` stands for."""
        # "David McNeill" (a byline), then "Yuki Morono goes to work …. “…,” says the
        # microbiologist": the person the writer's paragraph opens with, when nobody known
        # is named in it.
        start = self._narrative_start(at)
        mention = self._last_mention(at)
        # The opening sentence is asked first when no known person is named in the paragraph,
        # else only when nothing else answers; either way once.
        early = mention is None or mention[0] < start
        return (
            (self._subject(start, at) if early else None)
            or self.named_before(at)
            or self.last
            or self._named_in_passing(at)
            or (None if early else self._subject(start, at))
        )

    def _unless_someone_else(self, person: Person | None, noun: str) -> Person | None:
        """The person described, unless met with a post while the noun is anybody's: "student"."""
        if person is None or noun not in LAY_NOUNS:
            return person
        role = (self.known.get(person.name) or person).role
        return person if role is None or noun in role.lower() else None

    def _resolve(self, who: str, at: int, *, opens_clause: bool) -> tuple[Person | None, str]:
        # ("“…,” this police expert said": the one just described, as "the police expert".)
        who = _THIS.sub("the ", LINKING_ADVERB_OPENING.sub("", who.strip().rstrip(",")))
        if not who:
            return None, "unresolved"
        if who.lower() == "they":
            # Several people or a firm ("Aino and Alvar Aalto …, they declared that “…”"):
            # no one speaker to credit.
            return None, "pronoun"
        if who.lower() in PRONOUNS or who.lower() in POSSESSIVES or who.lower() == "him":
            return self._gendered(self._pronoun(at, who.lower()), who.lower()), "pronoun"
        if who.startswith("@"):
            return self._handle(who[1:]), "handle"
        if who.lower().startswith("the "):
            # "the visibly satisfied CEO of Slush Tokyo, Antti Sonninen": the name follows.
            split = name_after_comma(who)
            if split is not None:
                described, named = split
                return self._resolve(f"{named}, {described[4:]}", at, opens_clause=True)
            # "said the head coach Jukka Jalonen": what the person is, then their name, and
            # perhaps where or when ("estimates the meteorologist Paavo Korpela in the bulletin",
            # "says the chief of police Koskimäki at a press conference": a surname, whose
            # full name the article gives elsewhere).
            if role_then_name(who[4:].split()):
                person, how = self._resolve(who[4:], at, opens_clause=True)
                if person is not None:
                    return person, how
            named_within = self._named_within(who[4:])
            if named_within is not None:
                return self._spoke(named_within, at), "name"
            # "the smiling Barkov said": how the person was, then the surname of one the
            # article names in full, or the name of one who goes by it alone ("the
            # 30-year-old Kisenosato told reporters").
            how_they_were = _HOW_THEY_WERE_THEN_SURNAME.fullmatch(who, 4)
            if how_they_were is not None:
                person, how = self._resolve(how_they_were.group("surname"), at, opens_clause=True)
                if how in ("surname", "one name"):
                    return person, how
            # "The Boston Globe’s Jeremy Eichler noted": "The" opens the owner's name, not a
            # description of the person.
            if _OWNER_OPENS.match(who, 4):
                person, how = self._resolve(who[4:], at, opens_clause=True)
                if person is not None:
                    return person, how
            wanted = who[4:].strip().lower()
            # (A post's holder, not a body's: "“…,” the ministry said" of "Koh Yun-ju, the
            # ministry's director general" is the ministry's statement.)
            head = head_noun(wanted.split())
            holding = (
                self._holding_title(_SPELT_OUT.get(wanted, wanted), at)
                if is_person_noun(head)
                or is_title_word(head.capitalize())
                or is_title_word(head.upper())
                else None
            )
            if holding is not None:
                return holding, "title"
            # "Tokyo Governor Yoichi Masuzoe met …. At the meeting the governor said": the
            # title stood before a full name earlier, though that person had not spoken yet.
            last = head_noun(wanted.split())
            titled = self._titled_before(last, at)
            if titled is not None:
                return titled, "title"
            # "the 55-year-old Finnish leader", "the 42-year-old Finn": only a person has an age.
            nobody = last in NOBODY_ALONE  # "the wife to be carried", "according to the guide"
            if is_person_noun(last) and self._met_unnamed(last, at):
                return None, "description"
            # "The Secretary General of NATO stated": a post in capitals that nobody named
            # before holds is its own holder's, not the last person named (Petteri Orpo).
            post = _post_in_capitals(who[4:], last)
            # ("Finnish Prime Minister" is the "Prime Minister" met before: the post's last two
            # words or more count.)
            posts = [" ".join(post[i:]) for i in range(max(len(post) - 1, 1))]
            if post and not any(self._post_met(p, at) for p in posts):
                return None, "title"
            if (
                (is_person_noun(last) and not nobody)
                or last.capitalize() in DEMONYMS
                or AGED.search(wanted)
                or RANKED.search(wanted)
            ):
                # (With nobody before it, a lede's post is whom the story names below.)
                return (
                    self._unless_someone_else(self._whom_described(at), last)
                    or self._titled_next(wanted, last, at)
                ), "description"
            return None, "title"
        # "said an emotional Latvala": how the person was, then the name.
        moved = re.match(rf"[Aa]n?\s+(?:[a-z]+\s+){{1,3}}(?=[{CAPITALS}])", who)
        if moved is not None:
            return self._resolve(who[moved.end() :], at, opens_clause=True)
        if (employed := self._surname_then_employer(who, at)) is not None:
            return employed
        name, role, organization = split_who(who, opens_clause=opens_clause)
        if name is None:
            return self._titled(who), "title"
        if role is not None and _SHORT_FORM.fullmatch(role):
            # "Teollisuuden Voima, or TVO, tweeted": a body, known by its letters too.
            return None, "unresolved"
        if name in self._works:  # "Stars of Kaurismäki's Fallen Leaves: “…”"
            return None, "unresolved"
        parts = name.split()
        describing = self._described(parts)
        if describing is not None:
            return self._spoke(describing, at), "surname"
        if len(parts) >= 2 and parts[0] not in TITLE_WORDS and not is_person_noun(parts[0]):
            person = self.known.get(name) or Person(name, role, organization)
            if person.role is None and (role is not None or organization is not None):
                person = Person(name, role, organization)
            return self._spoke(self._know(person), at), "name"
        found = self._one_name(parts[-1], name)
        if found is None:
            return None, "unresolved"
        return self._spoke(found[0], at), found[1]

    def _surname_then_employer(self, who: str, at: int) -> tuple[Person, str] | None:
        """The person a surname stands for before "of" or "from" and where they work, or None.

        "“…,” Lintala of the Kauhajoki police in southwestern Finland said": the article gives
        Urpo Lintala in full elsewhere.
        """
        of_body = _SURNAME_OF_BODY.match(who)
        found = of_body and self._one_name(of_body.group("surname"), of_body.group("surname"))
        return (self._spoke(found[0], at), found[1]) if found else None

    def _named_within(self, description: str) -> Person | None:
        """The known person whose full name stands last inside a description, else None.

        "head coach of the Lions Jukka Jalonen C More": words of a translation may trail the
        name, and capitalised words stand before it, so only a name met elsewhere is taken.
        """
        for match in reversed(list(PERSON.finditer(description))):
            if _NUMBERED.match(description, match.end(2)):
                continue  # "the official Twitter account for Alan Wake 2": a sequel's title
            person = self.known.get(f"{match.group(1)} {match.group(2)}")
            if person is not None:
                return person
        return None

    def _described(self, parts: list[str]) -> Person | None:
        """The known person that a word describing them and their name stand for, else None.

        "Photographer Forsgren" of photographer Joona Forsgren (a noun of what people are, or
        a word the article writes in lower case elsewhere), "Beijinger Zhang" of Zhang Yu (no
        given name stands before a family name written first).
        """
        if len(parts) != 2 or " ".join(parts) in self.known:
            return None
        word, name = parts
        # The people met by name so far, else every full name the article holds.
        for names in (list(self.known), self.full):
            owners = {full for full in names if name in full.split() and word not in full.split()}
            if owners:
                break
        if len(owners) != 1:
            return None
        owner = owners.pop()
        common = word in DEMONYMS or is_person_noun(word) or self._written_lower(word)
        family_first = owner in self.known and owner.split()[0] == name
        if not (common or family_first):
            return None
        return self._know(Person(owner, None, None), replace=False)

    def _owners(self, surname: str, name: str) -> tuple[list[str], list[str]]:
        """Other full names with the surname, in order; and those not written in lower case.

        The second list leaves out a pair whose first word the article also writes in lower
        case: "First Kobayashi" of a headline is no name before Ryoyu Kobayashi.
        """
        owners = [f for f in self.full if _surname_is(f, surname) and f != name]
        return owners, [f for f in owners if not self._written_lower(f.split()[0])]

    def _one_name(self, word: str, name: str) -> tuple[Person, str] | None:
        """The person one name stands for, a surname or a given name, and which it is."""
        if word in self._nicknames:
            return self._know(Person(self._nicknames[word], None, None), replace=False), "nickname"
        bearers = [p for p in self.known.values() if _surname_is(p.name, word)]
        # "President Sauli Niinisto on Tuesday said …" then "“…,” Niinisto told", though only
        # "defence minister Jussi Niinisto", named later, is known: the surname is the one
        # named in full first.
        named = self._owners(word, name)[1] if bearers else []
        if named and named[0] not in self.known:
            return self._know(Person(named[0], None, None), replace=False), "surname"
        # "Tuomas Aslak Juuso" is the "Aslak Juuso" his last two names make: one person, the
        # longer name whole.
        bearers = [p for p in bearers if not any(o.name.endswith(f" {p.name}") for o in bearers)]
        if len(bearers) > 1:
            # Kin who share the surname: the one the article names first is the one it goes
            # on to call by it ("Matti Nykanen has died" … "his wife Pia Nykanen told" …
            # "Nykanen once said").
            first = next((n for n in self.full if any(p.name == n for p in bearers)), None)
            bearers = [p for p in bearers if p.name == first] or bearers[-1:]
        if bearers:
            return bearers[0], "surname"
        # "Antti told Beacon Reports": a given name, when one person in the article has it.
        not_people = self._bodies | self._headline_only
        given = {
            full
            for full in [*self.known, *self.full]
            if full.split()[0] == word and full not in not_people and self._ends_a_name(full)
        }
        one_given = (
            len(given) == 1 and word not in TITLE_WORDS | NOT_NAMES and may_be_given_name(word)
        )
        # Before other names that end with it when that person is met already: "said Zhang"
        # of Zhang Yu (a family name written first), not of "Like Zhang, more …" later.
        if one_given and given <= self.known.keys():
            return self.known[given.pop()], "given name"
        # Not "First Kobayashi" of a headline before Ryoyu Kobayashi: a word the article
        # writes in lower case too is no given name, when another full name has the surname.
        owners, named = self._owners(word, name)
        if owners:
            return self._know(Person((named or owners)[0], None, None), replace=False), "surname"
        if one_given:
            return self._know(Person(given.pop(), None, None), replace=False), "given name"
        if word in self._one_names:
            return self._know(Person(word, None, None), replace=False), "one name"
        # "Niinisto said" of Jussi Niinistö, "Raja said" of Toomas Rajaa: a surname spelt
        # without its accents or a letter off, when it can be only one person's.
        near = {
            full
            for full in [*self.known, *self.full]
            if full != name and _spelt_alike(full.split()[-1], word)
        }
        if len(near) == 1:
            return self._know(Person(near.pop(), None, None), replace=False), "surname spelt"
        return None


# Two capitalised words that lost the space between them: "MaguireTuukka". (Not a name's own
# capital after a short prefix: McDonald, MacKenzie, DeShawn, LeBron, DiCaprio, FitzGerald.)
_JOINED = re.compile(r"[A-Z][a-z]{4,}(?P<second>[A-Z][a-z]{2,})$")
# A name and the small word after it that lost the space between them: "Jalonenwhen".
_GLUED = re.compile(
    r"\b(?P<name>[A-Z][a-zäöåéü]{3,}?)"
    r"(?:when|while|after|before|who|which|said|says|told|added|announced|wrote|stated)\b"
)


def _glued_words(text: str) -> dict[str, str]:
    """Each word that is a name glued to a small word after it, and that name.

    Only a name the text writes alone too: "Jalonenwhen" where "Jukka Jalonen" stands.
    """
    return {
        match.group(): match.group("name")
        for match in _GLUED.finditer(text)
        if whole_word(match.group("name")).search(text)
    }


def _up_to_glued(words: list[str], glued: dict[str, str]) -> list[str]:
    """The words up to a glued one, which ends them as its name: "Jukka Jalonenwhen France"."""
    for index, word in enumerate(words):
        if word in glued:
            return [*words[:index], glued[word]]
    return words


# A title and what it is of, ending where a name begins: "Minister of the Interior ",
# "Interior Minister ", a lede's "MINISTER of the Interior ".
_TITLE_ENDING = re.compile(
    rf"\b(?i:{'|'.join(sorted(TITLE_WORDS))})(?:\s+(?:of|for|to)(?:\s+the)?(?:\s+[A-Z][\w’'-]*)+)?\s+$"
)
# Words that make a title another office: "Prime Minister", "vice president".
_OTHER_OFFICE = ("prime", "vice", "deputy", "assistant")
# "“…,” the PM added" of "Prime Minister Antti Rinne": a post by its initials, as a role is
# seldom written.
_SPELT_OUT = {
    "pm": "prime minister",
    "mp": "member of parliament",
    "mep": "member of the european parliament",
}
# A pronoun or a possessive for a person, as a sentence goes on about its subject.
_PERSONAL = re.compile(r"\b(?:he|she|his|her|him)\b")
# The pronoun of the clause reporting the words that follow, the one being resolved: it
# tells nothing of whom the sentence's subject is ("Finnair is …, and he said, “…”").
_REPORTING_PRONOUN = re.compile(r"\b(?:he|she)\s+[a-z]+\s*[,:]?\s*$")
_ACCORDING_TO_PRONOUN = re.compile(r"\b[Aa]ccording to (?:him|her)\b")


# A paragraph opening with a name in capitals, then a comma or the sentence in lower case.
_CAPITALS_LEAD = re.compile(
    rf"(?m)^[^\S\n]*([{CAPITALS}][{CAPITALS}’'-]+)[^\S\n]+([{CAPITALS}][{CAPITALS}’'-]+)"
    rf"(?=,|[^\S\n]+[a-z])"
)


# A number right after a name: "Alan Wake 2", "Max Payne 3" name works, not people.
_NUMBERED = re.compile(rf"{GAP}\d")
# How a person was, in lower case, then one name: "smiling Barkov" (after "the").
_HOW_THEY_WERE_THEN_SURNAME = re.compile(rf"(?:[a-z0-9-]+\s+){{1,3}}(?P<surname>{NAME_WORD})")


def _post_in_capitals(description: str, head: str) -> list[str]:
    """The words of the post a description names in capitals, ending at its head noun.

    "Secretary General" of "Secretary General of NATO", "Finnish Prime Minister"; nothing of
    "the 55-year-old Finnish leader" nor of "the Finn".
    """
    words = [w.strip(",.") for w in description.split()]
    ends = [i for i, w in enumerate(words) if w.lower() == head]
    # (An acronym is in capitals wherever it stands: "The Nordvik CEO claims".)
    written = words[ends[-1]] if ends else ""
    if not written.istitle() or written in DEMONYMS:
        return []
    run: list[str] = []
    for word in reversed(words[: ends[-1] + 1]):
        if not word[:1].isupper():
            break
        run.insert(0, word)
    return run


def _names_in_capitals(text: str) -> Iterator[tuple[int, int, str]]:
    """Where a lead-in in capitals names a person whose surname the article writes too.

    "JYRI HÄKÄMIES, the director general at …" then "Häkämies commented …".
    """
    for match in _CAPITALS_LEAD.finditer(text):
        first, last = (word.title() for word in match.groups())
        written = whole_word(last).search(text)
        if is_name_word(first) and is_name_word(last) and written:
            yield match.start(1), match.end(2), f"{first} {last}"


# A full name ending a description, after a word in lower case: "the coach of the Finnish
# team Karri Suominen", perhaps before where: "… Karri Suominen in the bulletin".
_FULL_NAME_ENDING = re.compile(
    rf"(?<=[a-z])\s+(?P<name>{NAME_WORD}{GAP}{NAME_WORD})"
    r"(?:\s+(?:in|on|at|to|during|after|before)\s+[a-z][^,]*)?$"
)
# "by Richard West-Soley 634 views": the writer's name opening a line, whom a pronoun in the
# story never stands for. (Also as a translation renders Italian "di": "from Paolo Valentino".)
_BYLINE = re.compile(r"[^\S\n]*(?:[Bb]y|BY|from|(?:Written|Words|Text)\s+by)[^\S\n]+")
# A possessive then up to three words in lower case: "Lockheed Martin’s vice president" (the
# pair of names owning them is read back from the possessive, which is quicker to find).
_POST_OWNED = re.compile(rf"[’']s{GAP}(?P<post>(?:[a-z][\w-]*{GAP}){{0,2}}[a-z][\w-]*)")
_OWNER = re.compile(rf"\b(?P<name>{NAME_WORD}{GAP}{NAME_WORD})$")
# A name, then a verb: "Aaltola was third", "Hyypiä believes", "Salo said".
_VERB_NEXT = re.compile(
    r"[\w’'-]+\s+(?:also\s+)?(?:is|was|has|had|will|would|can|could|[a-z]{2,}(?:s|ed))\b"
)
# A surname alone, then "of" or "from" and where the person works.
_SURNAME_OF_BODY = re.compile(rf"(?P<surname>{NAME_WORD}){GAP}(?:of|from){GAP}")
# An indefinite article right before a name: "in a Quiet Neighborhood".
_ARTICLE_BEFORE = re.compile(r"(?:^|[^\w’'-])[Aa]n?[^\S\n]+$")
# "and", perhaps a given name, then the name: one of subjects joined.
_JOINED_SUBJECT = re.compile(r"\band\s+(?:[A-Z][\w’'-]*\s+)?$")
# The longest line read as a headline: twenty words of title case at most.
_HEADLINE_MOST = 200


def _owners_of_posts(text: str) -> Iterator[str]:
    """The pairs of names that own a post at a body: "Lockheed Martin’s vice president"."""
    for post in _POST_OWNED.finditer(text):
        owner = _OWNER.search(text, max(0, post.start() - 80), post.start())
        if owner is not None and is_a_bodys_post(post.group("post")):
            yield " ".join(owner.group("name").split())


# "her coach, Jarno Koivunen", "his wife Pia": a possessive, what the person is to its owner,
# then the given names before the surname a mention stands at.
_RELATION_BEFORE = re.compile(
    r"\b(?P<possessive>[Hh]er|[Hh]is)\s+(?:[a-z-]+\s+){0,2}[a-z-]+,?\s+"
    rf"(?:[{CAPITALS}][\w’'-]*\s+){{0,2}}$"
)
# A full name and a verb in the past tense after it: "Elina Valtonen discussed".
_NAME_AND_PAST_VERB = re.compile(rf"\b{NAME_WORD}{GAP}{NAME_WORD}{GAP}[a-z]+ed\b")
_POSSESSIVE_OF = {"she": "her", "her": "her", "he": "his", "him": "his", "his": "his"}
# Every form of the pronoun a possessive belongs to, in any case: "He", "his", "him".
_PRONOUN_FORMS = {
    "his": re.compile(r"\b(?i:he|his|him)\b"),
    "her": re.compile(r"\b(?i:she|her)\b"),
}
# "Windows95man, real name Teemu Keisteri": the name behind a stage name, as after "aka".
_REAL_NAME = re.compile(r",\s+real\s+name\s+")
# A list's item of one capitalised word, before or after a name, set off by commas.
# (The item before stands after another item or a lower-case word, as in "including ABB,
# Kone, …", not after a given name: "Tero Seppälä, Heikki Laitinen, …" lists people.)
_ONE_WORD_ITEM_BEFORE = re.compile(rf"(?:^|[(,]\s*|\b[a-z]+\s+)[{CAPITALS}][\w&-]*,\s+$")
_ONE_WORD_ITEM_AFTER = re.compile(
    rf",\s+(?:and\s+)?[{CAPITALS}][\w&-]*(?:\s+[{CAPITALS}][\w&-]*)?(?:,|\s+and\b|\.|$)"
)
_POST_LETTERS_AFTER = re.compile(
    rf"(?:^|(?<=\s))(?P<name>{NAME_WORD}\s+{NAME_WORD})(?<![’']s)\s+(?P<post>CEO|CFO|CTO|COO)$"
)


def _after_a_post_of(text: str, at: int) -> bool:
    """Whether a post and "of" stand right before offset `at`: "CEO of …", "head of …"."""
    before = text[max(0, at - 60) : at].split()
    return (
        len(before) >= 2
        and before[-1] == "of"
        and (is_title_word(before[-2]) or is_person_noun(before[-2]))
    )


# What a place is, after its name: "North Karelia region", "Uusimaa province"; or a game
# named after its hero: "their Max Payne property", "the Alan Wake franchise"; or an event:
# "the annual Helsinki Pride parade".
_PLACE_NOUNS = {"region", "province", "county", "municipality", "district"}
# ("Rovio of Angry Birds fame": what one is famous for is a work, no "Angry Birds".)
_WORK_NOUNS = {"fame", "franchise", "property", "series", "sequel", "remake", "studio"}
_EVENT_NOUNS = {"parade", "festival"}
# "this police expert": a description, as "the police expert" is.
_THIS = re.compile(r"^this\s+(?=[a-z])")
# The word before a name and the titles and places written before it ("ask U.S. President
# Donald Trump"), and the words that make the name their object.
_WORDS_BEFORE_NAME = re.compile(rf"\b(?P<word>[a-z]+)\s+(?:[{CAPITALS}][\w.’'-]*\s+)*$")
_TAKING_AN_OBJECT = {"with", "ask", "asked", "asking", "urge", "urged", "urging", "meet", "met"}
# Every word after two names that makes them a thing's, not a person's.
_THING_AFTER = NOT_PERSON_ENDINGS | _PLACE_NOUNS | _WORK_NOUNS | _EVENT_NOUNS
# "An Industrial Engineering graduate, he has no background in game design": what the
# sentence's "he" is, set before it, and no one else.
_FRONTED_APPOSITION = re.compile(r"\s*[Aa]n?\s[^,.!?;:“”\"]{1,80},\s+(?:he|she)\b")
_GLUED_AMPERSAND = re.compile(r"(?<=[a-z])&(?=[A-Z])")
# A relative clause about a person: "…, who says he hopes to win".
_RELATIVE_CLAUSE = re.compile(r"(?:who|whose|whom)\b")
# What a body's name has after it and a person's never does: ", or TVO,".
_SHORT_FORM = re.compile(rf"or\s+[{CAPITALS}][{CAPITALS}0-9&-]+")


def _given_names_by_surname(full_names: Iterable[str]) -> dict[str, set[str]]:
    """Each surname of the two-word full names, with the given names written before it."""
    given: dict[str, set[str]] = {}
    for full in full_names:
        first, last = full.split()
        given.setdefault(last, set()).add(first)
    return given


# Capitalised only because they open a sentence, so what follows starts it as a full stop would.
_OPENING_CONJUNCTIONS = {"But", "And", "Yet", "So"}


def _leads_to_three_names(before: str | None, first: str, after: str) -> bool:
    """Whether what stands before three capitalised words makes them one person's names."""
    # "But Sia Siliopoulou Åkermark doesn’t see …": a conjunction opening the sentence.
    if before is None or before.endswith((".", "!", "?")) or before in _OPENING_CONJUNCTIONS:
        # "Inka Saara Arttijeff and her family …", not "On Tuesday Aino Salo said" nor
        # "Eighteen-year-old Eero Salo" (a given name's parts are capitalised: "Anna-Liisa").
        return first not in NOT_NAMES and all(part[:1].isupper() for part in first.split("-"))
    return (
        is_title_word(before)
        or is_person_noun(before)
        or before.endswith(("'s", "’s"))
        or before[-1:] in DOUBLE_MARKS
        # "The director of the federation, Clas Brede Brathen, called him …": an apposition's
        # three names, set off by commas.
        or (before.endswith(",") and after == ",")
        # "According to Sia Siliopoulou Åkermark, director of …": the source and their post.
        or (before == "to" and after == ",")
        # "… should be directed by Gabriela Styf Sjöman, formerly of …": the agent, set off.
        or (before == "by" and after == ",")
    )


def _surname_is(full: str, word: str) -> bool:
    """Whether `word` is the surname of the full name, its particle perhaps left out."""
    last = full.rsplit(maxsplit=1)[-1]
    return word in {last, surname_after_particle(last)}


def _as_written_most(full_names: list[str], text: str) -> dict[str, str]:
    """Each full name whose surname is cut short from another's with the same given name.

    A translation from Finnish leaves a surname's inflected stem: "The mayor of Helsinki,
    Juhana Vartiai, …" and "Juhana Vartiainen announced" are one person, named as the
    article names them most often.
    """
    by_given: dict[str, set[str]] = {}
    for full in full_names:
        given, surname = full.split()
        by_given.setdefault(given, set()).add(surname)
    usual = {}
    for given, surnames in by_given.items():
        for short in surnames:
            longer = [s for s in surnames if s != short and s.startswith(short) and len(short) >= 4]
            if len(longer) != 1:
                continue
            counts = {s: len(whole_word(s).findall(text)) for s in (short, longer[0])}
            most, least = sorted(counts, key=lambda s: (counts[s], len(s)), reverse=True)
            usual[f"{given} {least}"] = f"{given} {most}"
    return usual


def _spelt_alike(surname: str, word: str) -> bool:
    """Whether `word` is `surname` without accents, or a letter off (two from nine letters)."""
    a, b = fold(surname), fold(word)
    # Not a word the surname only extends by an ending: "Supercell" is no slip for the Finnish
    # genitive "Supercellin" that a caption glued to a name.
    short, long_ = sorted((a, b), key=len)
    if len(long_) - len(short) >= 2 and long_.startswith(short):
        return False
    # A letter stricter than a search query's budget (`textnorm.typo_budget`): four-letter
    # surnames a letter apart (Salo, Sala) are two names more often than one misspelt.
    longer = max(len(a), len(b))
    budget = 0 if longer <= 4 else 1 if longer <= 8 else 2
    return Levenshtein.distance(a, b, score_cutoff=budget) <= budget


def _handles(names: list[str]) -> set[str]:
    """Handles spelt from a name: sanna marin gives sannamarin, marinsanna and marin."""
    return {"".join(names), "".join(reversed(names)), names[-1]}


# A capitalised word standing alone after a preposition of place: "returned to Finland".
_PLACE = re.compile(
    rf"\b(in|to|from|across|around|throughout){GAP}([{CAPITALS}][\w’'-]*)\b(?!{GAP}[{CAPITALS}])"
)
# "According to Antti", "spoke to Aino", "Listen to Jari in the Ajax Podcast": after these,
# "to" is followed by a person.
_TO_A_PERSON = {
    "according",
    "belonged",
    "belongs",
    "congratulations",
    "dedicated",
    "listen",
    "listened",
    "listening",
    "listens",
    "married",
    "replied",
    "said",
    "says",
    "speak",
    "speaking",
    "speaks",
    "spoke",
    "talk",
    "talked",
    "talking",
    "talks",
    "thanks",
    "wrote",
    "writing",
}


def _places(text: str) -> set[str]:
    """The capitalised words that stand alone after a preposition of place: "to Finland"."""
    places = set()
    for match in _PLACE.finditer(text):
        before = text[max(0, match.start() - 12) : match.start()].split()
        if match.group(1) == "to" and before and before[-1].lower() in _TO_A_PERSON:
            continue
        places.add(match.group(2))
    return places


# The word right before an offset, and the one right after, on the same line, no punctuation
# between: "Tokyo" of "Tokyo Stock Exchange", not "Yesterday," of "Yesterday, Aino Salo".
_WORD_BEFORE = re.compile(rf"([\w’'-]+){GAP}$")
_WORD_AFTER = re.compile(rf"{GAP}([\w’'-]+)")
