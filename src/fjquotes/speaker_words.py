"""The words that name a speaker: the name, the role and organization, and what is no role.

A reporting clause hands over "Finnish Minister of Trade Ville Tavio", "Aino Virtanen, a credit
analyst at Danske Bank" or "Nokia's CEO, Pekka Lundmark, in a statement"; these functions part
such words into a name, a role and an organization, and tell a role from a clause, a
circumstance or an aside. They know nothing of the article around the words.
"""

from __future__ import annotations

import re
from itertools import pairwise, takewhile

from fjquotes.speech import (
    CAPITALS,
    DEMONYMS,
    JOINERS,
    KIN_NOUNS,
    NOT_NAMES,
    VERB,
    is_full_name,
    is_name_word,
    is_person_noun,
    is_title_word,
    names_a_post,
)


def name_before_place(who: str) -> str | None:
    """The one name word opening `who` before where or when: "Raikkonen on Instagram"."""
    words = who.split()
    if words and words[0].rstrip(".") in COURTESY_TITLES:  # "Mr Okada in Tokyo"
        words = words[1:]
    if len(words) < 3 or words[1] not in _AFTER_NAME or not words[2][:1].isupper():
        return None
    return words[0] if is_name_word(words[0]) else None


def name_after_comma(who: str) -> tuple[str, str] | None:
    """(the words before, the name) when `who` ends in a comma and a full name, else None."""
    head, _, named = who.strip().rstrip(",").rpartition(",")
    return (head, named.strip()) if head.strip() and is_full_name(named) else None


def without_circumstance(who: str) -> str:
    """`who` without a circumstance set off after it by a comma: "NAME, in a statement"."""
    return _LAST_CIRCUMSTANCE.sub("", who)


# "…, who was in Berlin to open a store": a clause about the person after the name, not a role.
CLAUSE_ABOUT = re.compile(r"(?:who|whom|whose|which|where|when|while)\b")
# "According to NAME from X, it could snow for 18 hours": after the comma the sentence goes on
# with a subject of its own, which is no role; nor is a clause a conjunction opens: "added
# NAME proudly, although said that …".
_CLAUSE_GOES_ON = re.compile(
    r"(?:it|there|he|she|they|we|I|this|these|those|although|though|but|because|whereas)\b"
)
# "According to NAME, the handling of the crisis will require …": a verb a modal opens, or a
# semicolon, says the words after the comma are a sentence, not a role; so does a perfect
# tense ("… Martti Ahtisaari, the Nobel Foundation has announced in Norway's capital, Oslo").
_CLAUSE_WITH_ITS_VERB = re.compile(
    r";|\b(?:will|would|can|could|may|might|must|should|shall)\s+[a-z]"
    r"|\b(?:has|have|had)\s+(?:not\s+)?[a-z]+(?:ed|en|wn)\b"
)

# Words that follow a name and begin something else: a place, a time, a circumstance.
_EMPLOYER = {"of", "from"}
_ALIAS = {"ie", "i.e.", "aka", "a.k.a.", "alias"}
_AFTER_NAME = {"to", "in", "on", "at", "during", "after", "before", "last", "this", "when", "while"}
# "said NAME, in a statement", "…, speaking on Monday", "NAME, with a spiky haircut, …": such
# words set off by a comma after the person begin a circumstance, which is no role of theirs
# (an apposition opening so is none; the last part of a clause opening so is dropped).
_CIRCUMSTANCE = re.compile(
    rf"(?:{'|'.join(sorted(_AFTER_NAME | {'speaking', 'writing', 'with'}))})\b"
)
_LAST_CIRCUMSTANCE = re.compile(rf",\s+{_CIRCUMSTANCE.pattern}[^,]*$")


def split_who(who: str, *, opens_clause: bool) -> tuple[str | None, str | None, str | None]:
    """(name, role, organization) from "NAME, ROLE" or "TITLE NAME" or "ORG's ROLE NAME"."""
    head, _, apposition = who.partition(",")
    # "Rafał Modrzewski in an interview with WNP": the name ends where prose begins, at two
    # lower-case words in a row ("Invest in Finland Executive Director Antti Aumo" is a title).
    # Before any capitalised word, lower-case words opening the clause describe the person
    # named after them: "said study author and Associate Professor Aino Virtanen".
    # A role in lower case between a firm and a name is one title: "Wärtsilä vice president
    # Roger Holm", "Marimekko chief executive officer Mika Ihamuotila".
    # So are lower-case words naming a field, up to a full name, after a title's letters or
    # holding what a person is: "SVP sales and route development Petri Vuori", "head of
    # sales NAME".
    words: list[str] = []
    described = False
    in_role = False
    split = head.split()
    following_words = [*split[1:], ""] if split else []  # "said ,a": no head at all
    for at, (word, following) in enumerate(zip(split, following_words, strict=True)):
        prose = word[:1].islower() and word not in JOINERS and following[:1].islower()
        in_role = (in_role and word[:1].islower()) or (
            prose and _field_then_name(split[at:], after_title=any(map(_a_title, words)))
        )
        if (
            prose
            and not in_role
            and not _role_before_name(split[at + 1 :])
            and not _role_of_body(split[at:])
        ):
            if not opens_clause or any(w[:1].isupper() for w in words):
                break
            described = True
        words.append(word)
    # "said Aino Virtanen in Tokyo", "on Monday", "in 1889 – so long ago": the name ends where
    # a place, a time or an aside begins.
    # ("Invest in Finland Executive Director Antti Aumo" is one title: "in" after one
    # capitalised word, before another, is kept.)
    # "CEO Yrjänä Ahto of Fujitsu", "Mirja Kaarlela from Business Finland": after a full name,
    # "of" or "from" begins the organization.
    employer = None
    # "said Damjan and added: …": after a name, "and" before a word in lower case joins a verb;
    # "added Bernard Meyer proudly": an adverb says how.
    for at, word in enumerate(words):
        next_word = words[at + 1] if at + 1 < len(words) else ""
        and_verb = word == "and" and next_word[:1].islower()
        adverb = word[:1].islower() and word.rstrip(".,;:").endswith("ly")
        if not at or not (
            word in _AFTER_NAME or word in _EMPLOYER or not word[:1].isalnum() or and_verb or adverb
        ):
            continue
        full_name = at > 1 and is_name_word(words[at - 1]) and is_name_word(words[at - 2])
        # "said Selanne of the ceremony": "of" or "from" naming no body after the name says
        # what the words were about or where they were said, after a surname alone too.
        about = word in _EMPLOYER and not _names_body(words[at + 1 :])
        if word in _EMPLOYER and not full_name and not (about and at == 1):
            continue
        if is_name_word(words[at - 1]) and (full_name or not next_word[:1].isupper()):
            if word in _EMPLOYER and not about:
                employer = " ".join(words[at + 1 :]).rstrip(".,;:").removeprefix("the ") or None
            words = words[:at]
            break
    while words and words[-1] in JOINERS:
        words.pop()
    capital = [w for w in words if w[:1].isupper()]
    if not capital:
        return None, None, None
    # The name is the last run of capitalised words (a title may stand before it).
    run: list[str] = []
    for word in reversed(words):
        if is_name_word(word):
            run.insert(0, word)
        else:
            break
    if not run:
        return None, None, None
    if described and not _ends_in_what_a_person_is(words, len(run)):
        return None, None, None
    # Given name and family name; capitalised words before them belong to the title
    # ("Japanese Ambassador to Finland Takashi Okada"), unless three such words open the
    # clause, an apposition follows and the first could be a given name: "Lena Abrahamsson
    # Lund, chief project director", not "Mayor Anna Lund, …" or "in Finland Aino Virtanen, …".
    three = (
        opens_clause
        and len(run) == len(words) == 3
        and bool(apposition.strip())
        and may_be_given_name(run[0])
    )
    run = run[-3:] if three else run[-2:]
    name = " ".join(run).rstrip(".,;:")
    role, organization = _title(words[: len(words) - len(run)]), employer
    owned = _owner_and_role(role or "")
    if owned is not None and organization is None:
        role, organization = owned
    # An apposition ends at its comma: "NAME, CEO of X, and NAME2, …" gives "CEO of X".
    apposition = apposition.split(",")[0].strip()
    if apposition and not is_clause(apposition):
        role, organization = role_and_organization(apposition)
    return name, role, organization


# "Windows95man, a character invented by … artist Teemu Keisteri, won the public vote …": the
# sentence's own verb after the comma, in the past tense and followed by its object, begins
# no role ("NAME, retired colonel, said" keeps one).
_PAST_VERB = re.compile(
    r"(?:[a-z]+ed|won|was|were|had|made|took|got|gave|came|went|led|left|met|saw|told|wrote"
    r"|became|began|held|kept|lost|paid|ran|sold|sent|spent|stood|found|brought|bought)"
    r"\s+(?:the|a|an|his|her|their|its|to|in|on|at|for|with|by)\b"
)


def is_clause(words: str) -> bool:
    """Whether the words after a name's comma go on with a clause or a sentence, not a role."""
    return bool(
        CLAUSE_ABOUT.match(words)
        or _CIRCUMSTANCE.match(words)
        or _CLAUSE_GOES_ON.match(words)
        or _CLAUSE_WITH_ITS_VERB.search(words)
        or _PAST_VERB.match(words)
        or _SPEECH_VERB_FIRST.match(words)
    )


# "Tehy chair, Millariikka Rytkönen, tweeted (…) on Tuesday that because the Minister of …":
# a verb of speech right after the name's comma is the sentence's own, however the words go on.
_SPEECH_VERB_FIRST = re.compile(rf"(?:{VERB})\b")


def _ends_in_what_a_person_is(words: list[str], name_words: int) -> bool:
    """Whether the description before the last `name_words` words says what a person is.

    "said analysts at Nomura Securities" names a firm, "said company spokesman Taro Yamada" a
    person.
    """
    before = words[-name_words - 1] if len(words) > name_words else ""
    # "chief of police NAME": the noun before "of" says what the person is (not in
    # "president of the Miyake design team, NAME", where a firm's name follows "the").
    of_what = (
        words[-name_words - 3]
        if words[-name_words - 2 : -name_words - 1] == ["of"] and before not in {"the", "a", "an"}
        else ""
    )
    # "head of Business Finland NAME": what the person is, "of" and the body's name, which
    # stands before the last `name_words` or, if more than two, among them.
    body = len(words) - name_words
    while body > 0 and words[body - 1][:1].isupper():
        body -= 1
    body_named = body < len(words) - name_words or name_words > 2
    if body_named and body >= 2 and words[body - 1] == "of":
        of_what = words[body - 2]
    # "one of the band’s two vocalists NAME": one of several, named in the plural.
    if words[:2] == ["one", "of"]:
        before = before.removesuffix("s")
    return any(is_title_word(w) or is_person_noun(w) for w in (before, of_what) if w)


# A title's letters beyond CEO (a person noun already): "SVP sales and route development".
_TITLE_LETTERS = {"CFO", "COO", "CTO", "CMO", "CIO", "VP", "SVP", "EVP"}


def _a_title(word: str) -> bool:
    """Whether `word` is a title, its letters or what a person is: "Director", "SVP"."""
    return word in _TITLE_LETTERS or is_title_word(word) or is_person_noun(word)


def _field_then_name(words: list[str], *, after_title: bool) -> bool:
    """Whether `words` open with a role in lower case, six words at most, then a full name.

    The role follows a title or says what a person is, and ends in no joiner: "sales and
    route development Petri Vuori" after "SVP", "head of sales Petri Vuori".
    """
    role = list(takewhile(lambda w: w[:1].islower(), words))
    name = [w.rstrip(".,;:") for w in words[len(role) : len(role) + 2]]
    return (
        1 <= len(role) <= 6
        and role[-1] not in JOINERS
        and len(name) == 2
        and is_full_name(" ".join(name))
        and (after_title or any(map(is_person_noun, role)))
    )


def _names_body(words: list[str]) -> bool:
    """Whether `words` open with a body's name: "Fujitsu", "the University of Helsinki"."""
    first = words[1:2] if words[:1] == ["the"] else words[:1]
    return bool(first) and first[0][:1].isupper()


def _title(words: list[str]) -> str | None:
    """The title in the words before a name, without a sentence opener or "Mr"."""
    kept = [w for w in words if w not in NOT_NAMES and w.removesuffix(".") not in COURTESY_TITLES]
    # "says Käärijä ie Jere Pöyhönen": a stage name and the name behind it; no title.
    if kept and kept[-1].lower() in _ALIAS:
        return None
    return " ".join(kept).strip() or None


def role_then_name(words: list[str]) -> bool:
    """Whether `words` are a role ("coach", "chief of police"), a name, then perhaps a place."""
    for at, word in enumerate(words):
        if not is_person_noun(word):
            continue
        start = at + 1
        if words[start : start + 1] == ["of"]:
            # "chief of police NAME", "principal investigator of the project NAME"
            start += 3 if words[start + 1 : start + 2] == ["the"] else 2
        if words[start : start + 1] and is_title_word(words[start]):
            start += 1  # "… of the project PhD NAME": a title before the name
        for length in (2, 1):
            name = [w.rstrip(".,;:") for w in words[start : start + length]]
            rest = words[start + length :]
            if (
                len(name) == length
                and all(map(is_name_word, name))
                and (not rest or rest[0] in _AFTER_NAME | _EMPLOYER)
            ):
                return True
    return False


def head_noun(words: list[str]) -> str:
    """The word saying what a described person is: "man" of "man in his 20s", else the last."""
    for word, following in pairwise(words):
        if is_person_noun(word) and following in _AFTER_NAME | _EMPLOYER | {"with"}:
            return word
    return words[-1]


def _role_before_name(words: list[str]) -> bool:
    """Whether `words` open with a role in lower case ("chief executive officer"), then a name.

    "and" may join a second role, in capitals too: "Wolt co-founder and CEO Miki Kuusi".
    """
    if words[:1] == ["and"] and len(words) > 2 and is_person_noun(words[1]):
        return words[2][:1].isupper() or _role_before_name(words[1:])
    # "and former NHL goaltender Jamie McLennan": a word and a firm may open the second role.
    if words[:1] == ["and"]:
        for at, word in enumerate(words[1:5], start=1):
            if is_person_noun(word):
                return at + 1 < len(words) and words[at + 1][:1].isupper()
            if not word.isalpha():
                return False
    for at, word in enumerate(words[:3]):
        if not word[:1].islower():
            return False
        if is_person_noun(word) and words[at + 1 : at + 2] and words[at + 1][:1].isupper():
            return True
    return False


def _role_of_body(words: list[str]) -> bool:
    """Whether `words` open with a role of a named body, then a name.

    "chairman of the Board of Directors Björn Wahlroos", not "president of the Miyake design
    team, NAME".
    """
    if not (is_person_noun(words[0]) and words[1:3] == ["of", "the"]):
        return False
    body = list(takewhile(lambda w: w[:1].isupper() or w in _BODY_JOINERS, words[3:]))
    return len(body) >= 3 and is_full_name(" ".join(body[-2:]))


_BODY_JOINERS = {"of", "and", "&"}


# Forms of address, not roles: "said Mr. Arto Korhonen" tells nothing of what he does.
COURTESY_TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Hon"}


# Titles that are no given name, beyond the nouns of `PERSON_NOUNS` (a word of `TITLE_WORDS`
# never reaches this test: it ends a name's run of words).
_HONORIFICS = {
    "admiral",
    "captain",
    "chancellor",
    "colonel",
    "commissioner",
    "deputy",
    "emeritus",
    "emperor",
    "general",
    "judge",
    "king",
    "lady",
    "lord",
    "prince",
    "princess",
    "queen",
    "sir",
    "vice",
}


def may_be_given_name(word: str) -> bool:
    """Whether a capitalised word before two more may be a given name, not a title or a firm."""
    lower = word.lower()
    return (
        not word.isupper()  # an acronym: NEC, ICEYE
        and not word.endswith(".")  # Mr., Prof.
        and not is_person_noun(word)
        and word not in DEMONYMS
        and lower not in _HONORIFICS
        # Japanese, Finnish: a nationality (no nation's ends in -rese, as Therese does)
        and (lower.endswith("rese") or not lower.endswith(("ese", "ish")))
        # Muoniolainen, helsinkiläinen: where a person is from, as Finnish writes it; and
        # Hallikainen, Vepsäläinen: a surname. No given name ends in -nen.
        and not lower.endswith("nen")
    )


_PARTICIPLE_CLAUSE = re.compile(
    r"[a-z]+ing\s+(?:the|a|an|his|her|their|its|them|him|it|that|to|on|about|with)\b"
)
_MORE_THAN_THE_ROLE = re.compile(
    r",\s+(?:highlighting|noting|adding|describing)\b|\s+(?:who|which|whose)\b"
)


# "ICEYE’s Head of Sales", "Fingrid’s network operations manager", and "Nightwish’s" alone
# before a name: the owner is the organization, what follows the role. Not "the company’s
# chairman" (no name) nor "Jansson’s niece", "Murto’s coach": a person's relations.
_POSSESSIVE = re.compile(
    rf"^(?P<org>[{CAPITALS}][\w&.-]*(?:\s[\w&.-]+)?)[’']s(?:\s+(?P<role>.+))?$"
)
_RELATIONS = KIN_NOUNS | {
    "aunt",
    "boyfriend",
    "coach",
    "cousin",
    "fiancé",
    "fiancée",
    "friend",
    "girlfriend",
    "granddaughter",
    "grandfather",
    "grandmother",
    "grandson",
    "lawyer",
    "nephew",
    "niece",
    "partner",
    "teammate",
    "uncle",
    "widower",
}


def is_a_bodys_post(words: str) -> bool:
    """Whether words after a possessive name a post at a body ("vice president"), not kin."""
    nouns = [w for w in words.split() if is_person_noun(w)]
    return bool(nouns) and nouns[-1].lower() not in _RELATIONS


def _owner_and_role(title: str) -> tuple[str | None, str] | None:
    """(role, organization) when `title` is a named body's role, "Fingrid’s CEO", else None."""
    owner = _POSSESSIVE.match(title)
    if owner is None:
        return None
    role = owner.group("role")
    if role is not None and role.split()[-1].lower() in _RELATIONS:
        return None
    return role, owner.group("org")


def role_and_organization(text: str) -> tuple[str | None, str | None]:
    """(role, organization) from an apposition: "ICEYE’s Head of Sales", "CEO of Nokia"."""
    # A participle after a comma, or a relative clause ("a 37-year-old builder who makes
    # around …"), tells more than the role.
    text = _MORE_THAN_THE_ROLE.split(text)[0]
    text = " ".join(text.split()).rstrip(",")  # a line wrapped by hand inside: one space
    text = re.sub(r"^the\s+", "", text)  # "the Minister of Economic Affairs", "the coach"
    # "a credit analyst at …", as `APPOSITION` reads it (capitalised by mistake: "A
    # meteorologist from …")
    text = re.sub(r"^[Aa]n?\s+", "", text)
    if text.isdigit():  # an age: "Liisa Salo, 33, said"
        return None, None
    # "said Reiko Karvonen, explaining the meaning of the tradition": a participle taking its
    # object is what the person did, no role (a role may open on one: "managing director").
    if _PARTICIPLE_CLAUSE.match(text):
        return None, None
    owned = _owner_and_role(text)
    if owned is not None:
        return owned
    # "professor of philosophy at the University of Helsinki": where the person works follows
    # "at", whatever "of" stands on either side, up to what else they are ("… at Aalto
    # University and author of A Wonderful Life"; not "Economic Affairs and Employment").
    role, at, organization = text.partition(" at ")
    organization = re.split(r"\s+and\s+(?=[a-z])", organization.removeprefix("the "))[0]
    if at and role and organization[:1].isupper():
        return role, organization
    role, of, organization = text.rpartition(" of ")
    organization = organization.removeprefix("the ")  # "Manager of the Japan Sauna Association"
    # "Ambassador of Japan to Finland" names a post, not an organization.
    if of and organization[:1].isupper() and role and " to " not in organization:
        return role, organization
    return text or None, None


# "Project Director (PD) Hiroyuki Enomoto, …", "Olli Rehn (Centre), the Minister …", "Riikka
# Purra (PS) declared": an abbreviation or a party in brackets, inside a title or after a
# name, is no part of either; nor is a party as Finnish papers write it, in lower case, or
# its translation ("Mayor Juhana Vartiainen (kok) refused", "(cook)", "Paavo Arhinmäki (left)"),
# nor a party's longer name in one word ("Petri Sarvamaa (Coalition) also considers …") or in
# a few ending in Party, Alliance or League ("Jan Vapaavuori (Coalition Party) sent …").
_PARTY_WORDS = (
    "Coalition|Conservatives|Democrats|Liberals|Republicans|Socialists"
    rf"|(?:[{CAPITALS}][\w’'-]+\s){{1,3}}(?:Party|Alliance|League)"
)
_ABBREVIATION_ASIDE = re.compile(
    rf"\s\((?:[{CAPITALS}][A-Za-z&.]{{1,7}}|[a-z]{{2,6}}\.?|{_PARTY_WORDS})\)(?P<comma>,?)(?=\s)"
)
# "As Mr Yuki Katsuta (Senior Vice President) told us, …": a role in brackets after a name.
_ROLE_ASIDE = re.compile(
    rf"(?<=[a-z]) \((?P<role>[{CAPITALS}][\w’'.&-]*(?: [\w’'.&-]+){{0,6}})\)(?P<comma>,?)(?=\s)"
)


def _blanked(aside: re.Match[str]) -> str:
    """The bracketed abbreviation as blanks, a comma after it moved up to the name."""
    return aside.group("comma").ljust(len(aside.group()))


def _as_apposition(aside: re.Match[str]) -> str:
    """The bracketed role as an apposition between commas, of the same length."""
    role = aside.group("role")
    if not names_a_post(role):
        return aside.group()
    return f", {role},".ljust(len(aside.group()))


def without_asides(text: str) -> str:
    """`text` with bracketed abbreviations and parties blanked out, roles set between commas.

    Offsets in it still hold: every aside is replaced by as many characters.
    """
    return _ROLE_ASIDE.sub(_as_apposition, _ABBREVIATION_ASIDE.sub(_blanked, text))
