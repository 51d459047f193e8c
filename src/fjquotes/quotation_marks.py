"""Quotation marks in a paragraph: which passages they enclose, and the sentences around them.

Marks are paired per paragraph (curly, straight, „low“ or guillemets, mismatched pairs and a
backwards closing mark allowed); a quotation left open ends with its paragraph and is flagged
`unclosed`, unless the next paragraph opens with a mark (the multi-paragraph convention) or
closes it. In a paragraph
without double marks, single ones enclose a quotation when the closing one follows the
quotation's own punctuation ('…,' states NAME), or open after a verb and a colon and run to the
paragraph's end (NAME said: ‘… with the next paragraph opening ‘ again). A paragraph opened by a
dash is a quotation
too, and so are words before a closing mark whose opening one was dropped.
"""

from __future__ import annotations

import bisect
import re
from itertools import pairwise
from typing import NamedTuple

from fjquotes.speaker_words import without_asides
from fjquotes.speech import (
    ABBREVIATED_TITLES,
    AFTER_DESCRIBED_NAME_VERB,
    AFTER_VERB_WHO,
    AFTER_WHO_VERB,
    CAPITALS,
    CREDIT_LINE,
    GAP,
    JOINERS,
    NAME_LINE,
    NAME_WORD,
    PRONOUN,
    SPEECH_VERBS,
    TITLE_NOUN,
    VERB,
    is_full_name,
)

# Double quotation marks, the low opening one of German and Nordic typography („…“) included.
DOUBLE_MARKS = '“”"„'

# Guillemets as the curly marks they stand for: «…» (French, Norwegian, Russian), »…«
# (German, Danish), and »…» (Finnish, Swedish) as straight marks, whose place tells opening
# from closing; one character for one, so every offset into the text holds. Beside double
# marks they are the inner ones, as single marks are: “He called it «a new era»,” says NAME.
_GUILLEMETS = str.maketrans("«»‹›", "“”‘’")
_GUILLEMETS_REVERSED = str.maketrans("»«›‹", "“”‘’")
_GUILLEMETS_INNER = str.maketrans("«»‹›", "‘’‘’")


# A minus sign typed for a dash leads a quotation as the dash does: "− I suppose, it's not easy
# …, he joked." (A score's "3−0" reads the same with either.)
_MINUS_AS_DASH = str.maketrans("−", "–")


def plain_marks(text: str) -> str:
    """`text` with guillemets, doubled apostrophes and minus signs as the marks they stand for.

    Offsets are kept: each stands for one character.
    """
    return _closed_by_two_singles(_straight_doubled(curly_guillemets(text))).translate(
        _MINUS_AS_DASH
    )


def _closed_by_two_singles(text: str) -> str:
    """`text` with "’’" closing a curly double mark as the closing double mark and a space.

    "… called his hometown of Tampere the “hockey capital of Finland.’’ On Wednesday, …": two
    right single marks, where no closing double one came first, close the opening double one.
    """
    if "’’" not in text:
        return text
    return "\n".join(map(_closed_by_two_singles_line, text.split("\n")))


def _closed_by_two_singles_line(line: str) -> str:
    at = line.find("“")
    while at >= 0:
        doubled, closing = line.find("’’", at), line.find("”", at)
        if doubled < 0:
            break
        if closing < 0 or doubled < closing:
            line = f"{line[:doubled]}” {line[doubled + 2 :]}"
        at = line.find("“", at + 1)
    return line


def curly_guillemets(text: str) -> str:
    """`text` with each paragraph's guillemets as curly (or straight) marks, offsets kept."""
    if "«" not in text and "»" not in text:
        return text
    return "\n".join(map(_curly_guillemets_line, text.split("\n")))


# Two apostrophes (or backticks) for a double mark, as typewriter copy and wire archives write
# it: ''Olli's comeback is possible,'' the FSA said. The pair becomes a straight mark and a
# space, the space on the side away from the words, so offsets hold and the words are whole.
# Only in a paragraph that opens a quotation so: elsewhere two apostrophes close a single
# quotation and one inside it ('For them it's 'OK.'' he says). The AP's archive closes such
# a quotation with a double prime: ``I’m pink but happy,″ beamed Trifanova.
_DOUBLED_OPENING = re.compile(r"(?:^|(?<=[\s(\[]))(?:''|``)(?=[^\s'`])")
_DOUBLED_CLOSING = re.compile(r"(?<=[^\s'`])''(?=[\s)\],.;:!?]|$)")
_PRIME_CLOSING = re.compile(r"(?<=\S)″")


def _straight_doubled(text: str) -> str:
    if "''" not in text and "``" not in text:
        return text
    return "\n".join(map(_straight_doubled_line, text.split("\n")))


def _straight_doubled_line(line: str) -> str:
    first = _DOUBLED_OPENING.search(line)
    if first is None:
        return line
    head, tail = line[: first.start()], _DOUBLED_OPENING.sub(' "', line[first.start() :])
    return head + _PRIME_CLOSING.sub('"', _DOUBLED_CLOSING.sub('" ', tail))


def _curly_guillemets_line(line: str) -> str:
    if any(mark in line for mark in DOUBLE_MARKS) and not _paired_across_fonts(line):
        return line.translate(_GUILLEMETS_INNER)
    first = next((char for char in line if char in "«»"), "")
    if first == "»":
        return line.translate(_GUILLEMETS_REVERSED) if "«" in line else line.replace("»", '"')
    return line.translate(_GUILLEMETS)


def _paired_across_fonts(line: str) -> bool:
    """Whether a guillemet and the line's one double mark are the two ends of one quotation.

    A translation's "The first minister of Finland: «We are ready … with discussion “": with
    no other guillemet to pair with, the double mark closes it rather than both being words
    quoted inside a quotation.
    """
    doubles = [i for i, char in enumerate(line) if char in DOUBLE_MARKS]
    if len(doubles) != 1:
        return False
    if "«" in line and "»" not in line:
        return doubles[0] > line.rindex("«")
    if "»" in line and "«" not in line:
        return doubles[0] < line.index("»")
    return False


class Quote(NamedTuple):
    """Where a quotation's words and marks stand in its paragraph."""

    start: int
    end: int
    open_at: int
    close_at: int
    unclosed: bool


def leaves_open(quotes: list[Quote], line: str) -> bool:
    """Whether the paragraph's last quotation goes on into the next paragraph (not flagged)."""
    return bool(quotes) and quotes[-1].close_at == len(line) and not quotes[-1].unclosed


def ends_opening(line: str) -> bool:
    """Whether an opening mark ends the paragraph, the words it opens all in the next one.

    '“…,” Dr. Matti Pöyry said. “' then 'This is because … the bacteria.”'.
    """
    stripped = line.rstrip()
    return len(stripped) > 1 and stripped[-1] in '“„"' and stripped[-2].isspace()


# A line this short that breaks off mid-sentence, before a lower-case word, was wrapped by
# hand ("“Demand for printing and writing\npaper has been decreasing", "a bigger movement;\n
# that’s the journey"): it and the next line are one paragraph. An article written a paragraph
# a line never meets this.
_WRAPPED_BELOW = 100


def paragraph_lines(text: str) -> list[tuple[int, str]]:
    """Each paragraph of `text` (a line, or lines wrapped by hand) with its offset."""
    lines = text.split("\n")
    next_lines = [*lines[1:], ""]
    soft = [_wraps(line, after) for line, after in zip(lines, next_lines, strict=True)]
    hard = _hard_wrapped(soft, lines)
    out: list[tuple[int, str]] = []
    pos, wrapped = 0, False
    for line, next_line, wraps in zip(lines, next_lines, soft, strict=True):
        if wrapped:
            start, before = out.pop()
            out.append((start, f"{before}\n{line}"))
        else:
            out.append((pos, line))
        pos += len(line) + 1
        wrapped = wraps or (hard and _wraps_hard(out[-1][1], next_line))
    return out


def _wraps(line: str, next_line: str) -> bool:
    stripped = line.rstrip()
    # (A longer line too when a word in lower case ends it: "… Italians are\nthe opposite, …",
    # a break the page put inside a sentence.)
    return (
        stripped != ""
        and (len(stripped) < _WRAPPED_BELOW or stripped[-1].islower())
        and stripped[-1] not in ".!?:”\"’'"
        # (Or a comma before an indented line: "says Elina Bonelius,\n Chief Curator of …")
        and (
            next_line[:1].islower()
            or (stripped[-1] == "," and _INDENTED.match(next_line) is not None)
        )
    )


_INDENTED = re.compile(r"[^\S\n]+\S")


# An article wrapped by hand throughout, as newswires send it ("said Jari\nUschanov from
# trade union Pro."): a third of its lines or more go on in lower case on the next line.
# There a line goes on also before a capital when no sentence ends it, and a paragraph whose
# quotation is still open goes on into a line that opens no other.
def _hard_wrapped(soft: list[bool], lines: list[str]) -> bool:
    written = sum(1 for line in lines if line.strip())
    return sum(soft) >= 3 and 3 * sum(soft) >= written


def _wraps_hard(paragraph: str, next_line: str) -> bool:
    last = paragraph.rsplit("\n", 1)[-1].rstrip()
    if not last or len(last) >= _WRAPPED_BELOW or not next_line.strip():
        return False
    if next_line.lstrip()[:1] in '“„"':
        return False
    still_open = paragraph.count('"') % 2 == 1 or paragraph.count("“") > paragraph.count("”")
    return still_open or (last[-1] not in ".!?:”\"’')" and next_line[:1].isalnum())


def _opens(line: str, i: int) -> bool:
    char = line[i]
    if char == "“" and i and line[i - 1].isalnum():
        # Glued to the word before, it opens nothing: German type closes with it, „Sisu“ (a
        # translation that lost the low mark: 'Sisu“will be shown in German cinemas …').
        return False
    if char in "“„":
        return True
    if char in '"”':
        # A straight or backwards mark opens where a word is about to start.
        before = line[i - 1] if i else " "
        after = line[i + 1] if i + 1 < len(line) else " "
        return (
            ((before.isspace() or before in "([—–-") and not after.isspace())
            or _glued_opening(line, i)
            or _spaced_opening(line, i)
        )
    return False


def _spaced_opening(line: str, i: int) -> bool:
    """Whether a straight or backwards mark between spaces opens the words after it.

    'they have been ” wanting to do this for so long” and': every mark before it is paired,
    and the next one closes where words end, so a stray space follows the opening mark.
    """
    if not (0 < i < len(line) - 1 and line[i - 1].isspace() and line[i + 1].isspace()):
        return False
    if sum(line.count(mark, 0, i) for mark in DOUBLE_MARKS) % 2:
        return False
    j = next((k for k in range(i + 1, len(line)) if line[k] in DOUBLE_MARKS), -1)
    return j > i + 2 and line[j] in '”"' and not line[j - 1].isspace() and _closes(line, j)


def _glued_opening(line: str, i: int) -> bool:
    """Whether a straight mark glued between a sentence's end and a capital opens a quotation.

    'the track was very demanding."This is so hard a track. …," said Miettinen.': the spaces
    were lost, and the marks before it are paired, so it opens rather than closes.
    """
    return (
        line[i] == '"'
        and 0 < i < len(line) - 1
        and line[i - 1] in ".!?"
        and line[i + 1].isupper()
        and line.count('"', 0, i) % 2 == 0
    )


def _closes(line: str, i: int) -> bool:
    if line[i] not in '”"' or _glued_opening(line, i):
        return False
    if i + 1 == len(line) or not line[i + 1].isalnum():
        return True
    # Glued to the words on both sides: 'but "rely on the political process"which refers to
    # …' closes, as a mark opens only after a space or a bracket.
    return i > 0 and (line[i - 1].isalnum() or line[i - 1] in ".,!?")


def _nested_close(line: str, inner: int) -> int | None:
    """Where the outer quotation closes when another opens inside it at `inner`, else None.

    Several pairs may stand inside it, one after another: “… the word “pöhinä” [~ “buzz” in
    English] has been used …,” says NAME.
    """
    # The marks after the inner opening one that close a quotation or open another.
    marks = (k for k in range(inner + 1, len(line)) if _closes(line, k) or line[k] == "“")
    while True:
        inner_close = next(marks, None)
        if inner_close is None or line[inner_close] == "“":
            return None
        after = next(marks, None)
        if after is None:
            return None
        if line[after] != "“":
            return after


def _open_around_pairs(line: str, inner: int) -> bool:
    """Whether a quotation left open holds the pairs of curly marks from `inner` on, and more.

    '"Neste does not import biofuels (i.e. “biobased diesel” in the USDA report) nor …
    elsewhere.' with the next paragraph opening a mark: the words the speaker quotes stand in
    the other marks, and the speaker's go on after them to the paragraph's end.
    """
    marks = [k for k in range(inner, len(line)) if line[k] in DOUBLE_MARKS]
    pairs = len(marks) % 2 == 0 and all(
        line[opening] == "“" and line[closing] == "”" and _closes(line, closing)
        for opening, closing in zip(marks[::2], marks[1::2], strict=True)
    )
    return pairs and len(line[marks[-1] + 1 :].split()) >= _WORDS_AFTER_PAIRS


# Enough words after the last pair that the outer quotation goes on past it, rather than
# ending before a quotation of its own ('"I think so, he said. “Another.”').
_WORDS_AFTER_PAIRS = 3


def _opens_next(line: str, j: int) -> bool:
    """Whether a straight mark after a sentence opens the next quotation, one never closed.

    '"I think … the conflict. "In a dignified way … reality." VIA Al Jazeera': a mark closes
    the words after it later in the paragraph, so the quotation before it was left open.
    """
    return (
        line[j] == '"'
        and line[:j].rstrip()[-1:] in (".", "!", "?")
        and _opens(line, j)
        and line.count('"', j + 1) % 2 == 1
    )


def _straight_outer_close(line: str, i: int, j: int) -> int:
    """Where a straight quotation closing at `j` really closes, a title nested inside it.

    '"Last night at the "Dark Horse" when I won … so amazing."': straight marks cannot show
    nesting, but a mark opening a title inside the words, and one more mark left to close
    them, can.
    """
    inner = [k for k in range(i + 1, j) if line[k] == '"']
    if line[i] != '"' or line[j] != '"' or len(inner) != 1 or line.count('"', j + 1) % 2 != 1:
        return j
    k = inner[0]
    if not (_opens(line, k) and is_title(line[k + 1 : j])):
        return j
    return next((m for m in range(j + 1, len(line)) if line[m] == '"' and _closes(line, m)), j)


def _moved_close(line: str, i: int, j: int) -> bool:
    # A straight mark that ends a sentence but stands before the next word, not after the last:
    # "… investment coming. "Europe, however, lags, he added. Straight marks do not nest.
    # And a closing mark set apart from the words, touching the reporting clause: 'on us,
    # ”says Viljanen', 'happened now, ”Pukki said', even written the wrong way round: 'by my
    # side, “Kamara said', or before what the person is, their name and a translation's verb:
    # 'enough, ”HIFK’s coach Saara Niemi annoyed.'
    if not line[j - 1].isspace():
        return False
    ended = line[:j].rstrip()[-1:]
    if line[j] in "”“":
        after = line[j + 1 :]
        return ended in ",.!?" and bool(
            AFTER_VERB_WHO.match(after)
            or AFTER_WHO_VERB.match(after)
            or AFTER_DESCRIBED_NAME_VERB.match(after)
        )
    return line[i] == line[j] == '"' and ended in ".!?"


# One to three capitalised words: the name in a reporting clause ("says Ota", "Aino Salo said");
# two or three: a full name.
_NAME_RUN = rf"{NAME_WORD}(?:{GAP}{NAME_WORD}){{0,2}}"
_FULL_NAME_RUN = rf"{NAME_WORD}(?:{GAP}{NAME_WORD}){{1,2}}"
# A reporting clause that ends its sentence after a comma: ", says NAME." or ", NAME said."
# "says NAME" or "NAME says" (or "he says"): a reporting clause, either way round.
_SAYS_WHO = rf"(?:(?:{VERB})\s+{_NAME_RUN}|(?:{_NAME_RUN}|{PRONOUN})\s+(?:{VERB}))"
# Or "“My film is not bad? he asks me as if …": a pronoun in lower case after the words' own
# question mark, exclamation or comma is the writer's clause, wherever its sentence goes on.
# (The name may take an apposition to the sentence's end: "…, explains Rami Ruuska, Senior
# Officer for Rescue Services."; not words going on in lower case, the speaker's again.)
_UNCLOSED_SAID = re.compile(
    rf",(?=\s+{_SAYS_WHO}(?:,\s+(?:[{CAPITALS}]|the\s|an?\s)[^“”\"]*?)?[.!?](?:\s|$))"
    rf"|[,?!](?=\s+(?:he|she|they)\s+(?:{VERB})\b)"
)


def quotation_spans(line: str, next_line: str) -> list[Quote]:
    """The passages between quotation marks in one paragraph; an open one ends the paragraph."""
    found: list[Quote] = []
    n = len(line)
    # Only a mark opens or closes: step from one to the next.
    marks = [at for at, char in enumerate(line) if char in DOUBLE_MARKS]

    def mark_from(at: int) -> int:
        index = bisect.bisect_left(marks, at)
        return marks[index] if index < len(marks) else n

    i = mark_from(0)
    while i < n:
        if not _opens(line, i):
            i = mark_from(i + 1)
            continue
        j = mark_from(i + 1)
        low = line[i] == "„"  # closed by “ („The role of the Welfare State“)
        while (
            j < n
            and not _closes(line, j)
            and line[j] != "“"
            and not _opens_next(line, j)
            and not _moved_close(line, i, j)
        ):
            j = mark_from(j + 1)
        # A left mark before a space or the end closes, written the wrong way round (“Well,
        # it’s a choice, “ Hale explains); before a word it opens the next quotation, and
        # this one never closed.
        closed = j < n and (
            low
            or (line[j] != "“" and not _opens_next(line, j))
            or j + 1 == n
            or line[j + 1].isspace()
            or (line[j] == "“" and _moved_close(line, i, j))
        )
        if not closed and j < n and not _opens_next(line, j):
            # “… question widely accepted “truths” is phenomenal. …”: the same marks nested,
            # the inner pair closed and then the outer one, with no quotation opened between.
            # (Not a straight mark opening the next quotation after a sentence: '"I went to
            # see …. "I looked …," he said, adding, "Thank God …."' holds no nesting.)
            outer = _nested_close(line, j)
            if outer is not None:
                j, closed = outer, True
            elif _open_around_pairs(line, j):
                j = n
        elif closed:
            j = _straight_outer_close(line, i, j)
        body_start, body_end = i + 1, j
        while body_start < body_end and line[body_start].isspace():
            body_start += 1
        while body_end > body_start and line[body_end - 1].isspace():
            body_end -= 1
        continues = not closed and (
            next_line.lstrip()[:1] in ("“", '"') or _first_closing(next_line) >= 0
        )
        close_at = j if closed else n
        # “We didn’t have anything like this in Finland, says Björkell. …: the closing mark
        # left out, the reporting clause still ends the words (they stay flagged `unclosed`).
        said = None if closed else _UNCLOSED_SAID.search(line, body_start, body_end)
        if said is not None:
            body_end, close_at = said.start() + 1, said.start() + 1
        if body_end > body_start:
            found.append(
                Quote(body_start, body_end, i, close_at, unclosed=not closed and not continues)
            )
        i = mark_from(j + 1 if closed else j)
    return found


# British style: 'Finland and Japan share …,' states Professor Lindblom. An opening single mark
# where a word starts; the closing one after the quotation's own , . ! or ? and before a space
# or the end, or before the comma of a reporting clause ('… regional levels', says NAME), so
# apostrophes (doesn't, the firms' ties, rock 'n' roll) and scare quotes ('new era') never pair.
# (The reporting clause may name the person before its verb: "'…', VR Group CEO Elisa Markula
# said".)
_CLOSE_BEFORE_CLAUSE = rf"['’],\s+(?:[{CAPITALS}][\w’'&.-]*\s+){{0,6}}(?:{VERB})\b"
# (The words hold no other opening curly mark after a space: in "less of a ‘scene’ than Löyly.
# One man …: ‘I think it’s quite OK.’" the first pair is a scare quote, the second the words.)
_SINGLE = re.compile(
    r"(?:^|(?<=[\s(\[—–-]))['‘](?=\S)"
    rf"(?P<words>(?:(?!\s‘).)+?(?:[,.!?](?=['’](?:\s|$))|(?={_CLOSE_BEFORE_CLAUSE})))['’]"
)
# Markula said ‘properly targeted …’. She added that ’telecoms operators …’: right after a
# speech verb (and "that"), single marks enclose the words, the opening one perhaps turned.
_SINGLE_AFTER_VERB = re.compile(
    rf"\b(?:{VERB})\s+(?:that\s+)?['‘’](?P<words>\w.*?)['’](?=[.,;:!?]?(?:\s|$))"
)


# A headline wholly in single marks, or after who said it and a colon: 'Gathering of Russian
# military along border concerning', Raikkonen: ‘It’s one of my best wins’.
_SINGLE_LINE = re.compile(
    rf"^\s*(?:[{CAPITALS}][\w’'.-]*(?:\s+[\w’'.-]+){{0,4}}:\s+)?['‘](?P<words>\S(?:.*\S)?)['’]\s*$"
)


# ‘… manage it,’ said NAME. ‘Investment … reasons.’: a paragraph that opens and ends with
# single marks but closes one inside, at punctuation before a space or before the comma of a
# reporting clause (‘… to act’, said Mayor NAME. ‘…’), holds two quotations.
_CLOSED_INSIDE = re.compile(rf"[,.!?]['’]\s|{_CLOSE_BEFORE_CLAUSE}")

# Words set apart in single marks that make a quotation whatever stands around them.
_LONG_SET_APART = 4


def marked_quotations(line: str, next_line: str = "") -> list[Quote]:
    """The paragraph's quotations in double marks, else in single ones.

    Single marks are the outer ones where every double-marked passage stands inside one
    (British style): "‘Then we said: “Why isn't anyone doing anything about it?” We had
    Guitar Hero, …,’ Chris says." is one quotation of Chris Thür's, quoting his own words.
    """
    doubles = quotation_spans(line, next_line)
    if not doubles:
        return single_quotations(line, next_line)
    if "‘" not in line:
        return doubles
    singles = _single_quotations(line, next_line)
    if singles and all(
        any(s.open_at < d.open_at and d.close_at < s.close_at for s in singles) for d in doubles
    ):
        return singles
    # Single-marked words clear of every double-marked passage, with a reporting clause of their
    # own, are a quotation too: "‘We leave nothing to chance here,’ explains the manager. …
    # "We see who …". (Not words a speaker quotes after their own lost their marks: "…,” NAME
    # said. ‘Barky’ told me, ‘You take care of Helsinki,’ and I was like, ‘All right.’")
    apart = [
        s
        for s in singles
        if all(s.close_at < d.open_at or d.close_at < s.open_at for d in doubles)
        and _OWN_CLAUSE.match(line, s.close_at + 1)
    ]
    return sorted([*doubles, *apart], key=lambda q: q.start) if apart else doubles


# A reporting clause right after a closing mark: a verb, perhaps after a few words naming who.
_OWN_CLAUSE = re.compile(rf",?\s+(?:[\w’'&.-]+\s+){{0,6}}?(?:{VERB})\b")


def single_quotations(line: str, next_line: str = "") -> list[Quote]:
    """The quotations single marks enclose, in a paragraph that holds no double marks."""
    if any(mark in line for mark in DOUBLE_MARKS):
        return []
    return _single_quotations(line, next_line)


def _single_quotations(line: str, next_line: str) -> list[Quote]:
    """The quotations single marks enclose, whatever double marks stand inside them."""
    whole = _SINGLE_LINE.match(line)
    if whole and not _CLOSED_INSIDE.search(line, whole.start("words"), whole.end("words")):
        return [
            Quote(
                whole.start("words"),
                whole.end("words"),
                whole.start("words") - 1,
                whole.end("words"),
                unclosed=False,
            )
        ]
    found = _enclosed(_SINGLE, line)
    found += [
        Quote(m.start("words"), m.end("words"), m.start("words") - 1, m.end() - 1, unclosed=False)
        for m in _SINGLE_AFTER_VERB.finditer(line)
        if not any(m.start("words") <= e.close_at and e.open_at < m.end() for e in found)
    ]
    # British style quotes a fragment in single marks, its punctuation outside: "more
    # important than ‘income, unemployment, and major health risks’." Four words or more set
    # apart so are a quotation; fewer may be a scare quote or a name ('new era', 'Angry Birds').
    found += [
        q
        for q in _enclosed(_SET_APART, line)
        if len(line[q.start : q.end].split()) >= _LONG_SET_APART
        and not any(q.open_at <= e.close_at and e.open_at <= q.close_at for e in found)
    ]
    opened = _SINGLE_OPENED_AFTER_COLON.search(line)
    if opened is not None and not any(e.close_at >= opened.start() for e in found):
        left_open = _single_left_open(line, opened.end(), next_line)
        if left_open is not None:
            found.append(left_open)
    return sorted(found, key=lambda q: q.start)


# NAME, ROLE, said: ‘The purchase is part of …   (single marks opening the words after a verb
# and a colon, never closed in the paragraph: they go on in the next, which opens a mark again)
_SINGLE_OPENED_AFTER_COLON = re.compile(rf"\b(?:{VERB}):\s+['‘](?=\w)")
# A single mark that closes, not an apostrophe inside a word (Patria’s, don't).
_SINGLE_CLOSING = re.compile(r"['’](?=[\s,.;:!?)]|$)")


def _single_left_open(line: str, start: int, next_line: str) -> Quote | None:
    """The words from `start` to the paragraph's end, if no single mark closes them there."""
    end = len(line.rstrip())
    if _SINGLE_CLOSING.search(line, start) or line[end - 1 : end] not in (".", "!", "?"):
        return None
    continues = next_line.lstrip()[:1] in ("‘", "'")
    return Quote(start, end, start - 1, len(line), unclosed=not continues)


def _enclosed(pattern: re.Pattern[str], line: str) -> list[Quote]:
    """The `words` that each match of a pattern of marks and words encloses in the line."""
    return [
        Quote(m.start("words"), m.end("words"), m.start(), m.end() - 1, unclosed=False)
        for m in pattern.finditer(line)
    ]


# Bottas toasts 'perfect day' after …: words of two or more set apart in single marks inside
# a line, a mark where a word starts and one where a word ends. Scare quotes, names and
# quotations all look so; `extract` keeps those that repeat words somebody is quoted saying.
_SET_APART = re.compile(
    r"(?:^|(?<=[\s(\[]))['‘](?P<words>[A-Za-z][\w-]*[,;]?(?:[^\S\n]+[\w’-]+[,;]?)+)['’](?=[\s:;,.!?)]|$)"
)


def set_apart(line: str) -> list[Quote]:
    """Words of two or more in single marks, in a paragraph that holds no double marks."""
    if any(mark in line for mark in DOUBLE_MARKS):
        return []
    return _enclosed(_SET_APART, line)


# A paragraph of nothing but words in double marks: a heading, `"VICTORY FOR OPEN-MINDEDNESS"`.
_MARKED_HEADING = re.compile(r"^\s*[“\"](?P<words>[^“”\"]+?)[”\"]\s*$")


def marked_heading(line: str) -> Quote | None:
    """The words of a paragraph that is only two or more words in double marks, or None."""
    match = _MARKED_HEADING.match(line)
    if match is None or " " not in match["words"].strip():
        return None
    start, end = match.span("words")
    return Quote(start, end, start - 1, end, unclosed=False)


# "– All Japanese people know …, says Ota.": a paragraph opened by a dash, with no quotation
# marks, is a quotation (the convention of Finnish and much European news), up to a closing
# "…, says NAME." or "…, NAME says." clause.
# (Also a dash set against the first word, as press releases leave it: "-Japan is a major …";
# a list item leaves a space.)
_SET_AGAINST_WORD = rf"[–—-](?=[{CAPITALS}])"
_DASH_LEAD = re.compile(rf"^\s*(?:[–—]\s+(?=\S)|{_SET_AGAINST_WORD})")
# A dash, or a hyphen as one, may stand where the opening mark was dropped: '- For Finnish
# companies …," said NAME'. (A hyphen alone leads list items too: `dash_quotation`, where no
# closing mark confirms the words are somebody's, takes it only in an article that credits one
# hyphen-led paragraph, `hyphens_as_dashes`.)
_DASH_OR_HYPHEN_LEAD = re.compile(rf"^\s*(?:[–—-]\s+(?=\S)|{_SET_AGAINST_WORD})")
# A name or pronoun, its verb and whatever follows them to the end: "Kojonkoski beamed and
# also described …", "Aino Salo said Saturday night.", and the wire the writer had it from
# ("… said in Ähtäri on Tuesday, according to Reuters news agency.").
_WHO_SAID_TO_END = rf"\s+(?:{VERB})\b[^,.!?]*(?:,\s+according\s+to\s[^,.!?]+)?\.?\s*$"
# "…, says Tapio Kuula, responsible for …": the verb and a full name, then an apposition;
# a few words may describe the person first ("says Finnish journalist NAME, who …").
_SAYS_NAME_THEN_MORE = rf"(?:{VERB})\s+(?:[\w’'-]+\s+){{0,3}}?{_FULL_NAME_RUN},"
# (After the words' own "!" or "?" no comma stands: "… Let’s make 6G together! says NAME".)
# (A role with commas of its own may stand between the verb and the name: "…, says Head of
# Investigation, Detective Chief Inspector Marko Leponen of the NBI.")
_SAYS_ROLE_THEN_NAME = rf"(?:{VERB})\s+[^.!?“”\"]{{0,80}}?{_FULL_NAME_RUN}[^.!?]*\.?\s*$"
# "…, Valtonen says, also because of the ongoing struggle …": the writer's aside after the
# clause, a comma and words in lower case running to the end.
_SAID_THEN_ASIDE = rf"{_SAYS_WHO},\s+[a-z][^“”\"]*$"
# "…, the topper Paulus Arajuuri glowed with a smile.": what the person is, in a word or two
# of lower case, before their full name.
_DESCRIBED_FULL_NAME = rf"(?:[Tt]he\s+)?(?:[a-z][\w-]*\s+){{1,2}}{_FULL_NAME_RUN}"
# "…, the Stars pilot Rick Bowness incense.": a description (an owner's word allowed) and a
# full name, then one word in lower case ending the paragraph, whatever verb a translation
# made of it; the description may be a title of what a person is ("…, Fullback Emma Koivisto
# acknowledge.").
_DESCRIBED_NAME_ANY_VERB = (
    rf"(?:(?:[Tt]he\s+)?(?:[\w’'-]+\s+){{0,2}}?[a-z][\w-]*|(?:{TITLE_NOUN}))"
    rf"\s+{_FULL_NAME_RUN}\s+[a-z]+\.?\s*$"
)
# "…, the police said in a press conference.": a description alone, no name.
_DESCRIBED = r"[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*"
_DASH_SAID = re.compile(
    rf"(?:,|(?<=[!?]))\s+(?:(?:{VERB})\s+[^,.!?]+\.?\s*$|[^,.!?]+?\s+(?:{VERB})\.?\s*$"
    rf"|{_SAYS_NAME_THEN_MORE}|{_SAYS_ROLE_THEN_NAME}|{_SAID_THEN_ASIDE}|{_DESCRIBED_NAME_ANY_VERB}"
    rf"|(?:{_DESCRIBED_FULL_NAME}|{_DESCRIBED}|{_NAME_RUN}|{PRONOUN}){_WHO_SAID_TO_END})"
)
# "… we are on the right track Mika Kojonkoski said Saturday night.": the comma dropped, as
# machine translation does; a full name before the verb is then needed to tell where the
# words end.
_DASH_NAME_SAID = re.compile(rf"(?<=[a-z])\s+{_FULL_NAME_RUN}{_WHO_SAID_TO_END}")
# "– … they were able to finish strongly and accurately, Ruohomaa times.": the surname of
# somebody the article names in full, then one word in lower case ending the paragraph,
# whatever verb a translation made of it.
_DASH_SURNAME_ANY_VERB = re.compile(rf",\s+(?P<surname>{NAME_WORD})\s+[a-z]+\.?\s*$")


def dash_led(line: str) -> bool:
    """Whether a dash, or a hyphen as one, leads the paragraph as it leads a quotation."""
    return _DASH_OR_HYPHEN_LEAD.match(line) is not None


# "— Finnish Government (@FinGovernment) May 11, 2022": the credit line under an embedded post.
_POST_CREDIT = re.compile(rf"\(@\w+\)|\b[{CAPITALS}][a-z]+ \d{{1,2}}, \d{{4}}\s*$")


def hyphens_as_dashes(paragraphs: list[str]) -> bool:
    """Whether the article leads quotations with a hyphen: one hyphen-led paragraph is credited.

    "- We need a Nordic framework …, says Tapio Kuula, …": the reporting clause shows the
    hyphen stands for a dash, so the article's other hyphen-led paragraphs are quotations too,
    not list items. So does "- I never thought …" answering "How did your journey … begin?",
    and one whose clause closes the paragraphs after it (`clause_closing_later`).
    """
    written = [line for line in paragraphs if line.strip()]
    for index, (before, line) in enumerate(pairwise(["", *written])):
        lead = _DASH_OR_HYPHEN_LEAD.match(line)
        if lead is None or line.lstrip()[0] != "-":
            continue
        # Or one answers the question in the paragraph before it, as an interview runs.
        if _DASH_SAID.search(line, lead.end()) or before.rstrip().endswith("?"):
            return True
        # (Not an item of a list a colon introduces, nor a link's words: "- Next Article …".)
        if (
            not before.rstrip().endswith(":")
            and line.rstrip().endswith((".", "!", "?"))
            and clause_closing_later(written[index + 1 :])
        ):
            return True
    return False


# Paragraphs a translation split off dash-led words before their clause came.
_SPLIT_OFF_AT_MOST = 3
# The clause closing them names its speaker: "…, says Arja Saijonmaa.", "…, Kivisaari
# emphasizes." (not the writer's "…, warning that delaying action would …").
_CLAUSE_NAMING = re.compile(
    rf"^\W*(?:{VERB})\s+(?:[\w’'-]+\s+){{0,3}}?[{CAPITALS}]|\s(?:{VERB})\.?\s*$"
)


def clause_closing_later(paragraphs: list[str]) -> tuple[int, Quote] | None:
    """Which of the paragraphs after clauseless dash-led words ends them, and its words; or None.

    "- In the 90s, I know …" / "Then I wrote a book …" / "It is difficult …, says Arja
    Saijonmaa.": a translation broke the dash quotation into paragraphs, its reporting clause
    in the last. Only sentences may stand between: no marks, no dash, each ending in a stop.
    """
    for index, line in enumerate(paragraphs[:_SPLIT_OFF_AT_MOST]):
        if (
            _DASH_OR_HYPHEN_LEAD.match(line)
            or any(mark in line for mark in (*DOUBLE_MARKS, "‘"))
            or not line.rstrip().endswith((".", "!", "?"))
        ):
            return None
        said = _DASH_SAID.search(line)
        if said is not None and _CLAUSE_NAMING.search(said.group()):
            end, close_at = _before_clause(line, said)
            start = len(line) - len(line.lstrip())
            return index, Quote(start, end, start, close_at, unclosed=False)
    return None


def dash_quotation(
    line: str, *, hyphen: bool = False, surnames: frozenset[str] = frozenset()
) -> Quote | None:
    """The quotation a dash-led paragraph holds, or None; a hyphen leads one when `hyphen`.

    `surnames`: those of the full names the article writes, which may end the paragraph before
    one word whatever the verb ("…, Ruohomaa times.").
    """
    lead = (_DASH_OR_HYPHEN_LEAD if hyphen else _DASH_LEAD).match(line)
    if lead is None or not _marks_nested(line, lead.end()) or name_line(line.strip()):
        return None
    if _POST_CREDIT.search(line) or credited(line) is not None or _names_only(line[lead.end() :]):
        return None
    # A list item or a dateline, not somebody's words; but a cry is ("– More substance!").
    # (Not a short question: in a dash-led interview it is the interviewer's.)
    if len(line.split()) < 5 and not line.rstrip().endswith("!"):
        return None
    # The dash stands where an opening mark would, the comma (or the space before the name)
    # where a closing one would; the comma belongs to the words, as inside marks.
    if said := _DASH_SAID.search(line, lead.end()):
        end, close_at = _before_clause(line, said)
    elif no_comma := _DASH_NAME_SAID.search(line, lead.end()):
        close_at = end = no_comma.start()
    elif surname := _surname_clause(line, lead.end(), surnames):
        end, close_at = surname.start() + 1, surname.start() + 1
    else:
        close_at, end = len(line), len(line.rstrip())
    return Quote(lead.end(), end, len(line) - len(line.lstrip()), close_at, unclosed=False)


def _surname_clause(line: str, start: int, surnames: frozenset[str]) -> re.Match[str] | None:
    """The closing ", SURNAME word." clause after `start`, if the surname is one of `surnames`."""
    clause = _DASH_SURNAME_ANY_VERB.search(line, start)
    return clause if clause is not None and clause["surname"] in surnames else None


# Small words a credit line may hold between names and a date: "—Sibelius to Jussi Jalas, 18th
# June 1940".
_CREDIT_JOINERS = {*JOINERS, "in", "at", "on", "by", "from", "with"}


def _names_only(words: str) -> bool:
    """Whether the words are names, numbers and joiners only: a credit, nobody's sentence."""
    if words.rstrip().endswith(("!", "?")):  # a cry or a question: "– Thank You Finland!"
        return False
    tokens = re.findall(r"[\w’'-]+", words)
    return all(t[:1].isupper() or t[:1].isdigit() or t in _CREDIT_JOINERS for t in tokens)


# "… continued the gold fight. – I dare not say …, comments Wilma Murto.": a dash after a
# sentence, as translations that join paragraphs leave it, leads the words to the end.
_DASH_AFTER_SENTENCE = re.compile(rf"(?<=[.!?])\s+[–—]\s+(?=[{CAPITALS}])")


# "… during the last leg. – On some level I knew …" with no clause after: the speaker's own
# words, which speak of themselves ("I", "we", "my", …), not the writer's aside.
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Mm]e|[Uu]s)\b")


def inner_dash_quotations(line: str) -> list[Quote]:
    """The quotations dashes lead after sentences, each up to the next or to its clause.

    Only in a paragraph without quotation marks, and only where a reporting clause ends the
    paragraph ("… – I dare not say …, comments NAME."), or where the words run to its end
    in the first person ("… the next leg. – I liked the terrain …."): otherwise the dash
    sets off an aside. A second dash after a sentence starts the next quotation: "…. – On
    some level I knew …. – If I had had to sprint …, says NAME.".
    """
    if any(mark in line for mark in DOUBLE_MARKS):
        return []
    dashes = list(_DASH_AFTER_SENTENCE.finditer(line))
    for first, dash in enumerate(dashes):
        said = _DASH_SAID.search(line, dash.end())
        if said is not None:
            end, close_at = _before_clause(line, said)
        elif _FIRST_PERSON.search(line, dash.end()):
            close_at, end = len(line), len(line.rstrip())
        else:
            continue
        if len(line[dash.end() : end].split()) < 5:
            continue
        quotes: list[Quote] = []
        starts = [d for d in dashes[first:] if d.start() < end]
        for here, after in zip(starts, [*starts[1:], None], strict=True):
            stop = after.start() if after is not None else end
            closing = after.start() if after is not None else close_at
            # (The dash stands where the opening mark would.)
            mark = here.start() + len(here.group()) - len(here.group().lstrip())
            quotes.append(Quote(here.end(), stop, mark, closing, unclosed=False))
        return quotes
    return []


def _before_clause(line: str, said: re.Match[str]) -> tuple[int, int]:
    """Where dash-led words end before their reporting clause, and where the clause begins.

    The comma belongs to the words, as inside marks.
    """
    close_at = said.start()
    return (close_at + 1 if line[close_at] == "," else close_at), close_at


def name_line(line: str) -> re.Match[str] | None:
    """The line as a full name and a title ("– Harri Koskinen, Design Director"), or None.

    Not "- For Finland, it is about …, says NAME, who …": two capitalised words opening
    somebody's words, where no full stop ends the line, are no name.
    """
    match = NAME_LINE.match(line)
    return match if match is not None and is_full_name(match.group("name")) else None


def credited(line: str) -> str | None:
    """Whom a dash-led line only credits words to (a dash, a full name, a title), or None."""
    credit = CREDIT_LINE.match(line)
    return credit.group("who") if credit and is_full_name(credit.group("name")) else None


def _marks_nested(line: str, start: int) -> bool:
    """Whether the paragraph's quotation marks, if any, pair up within its words.

    '– You could not name "the best player" for long.': words quoted inside the speaker's
    own; a mark right after the dash, or one left unpaired, makes the paragraph another kind.
    """
    marks = [at for at, char in enumerate(line) if char in DOUBLE_MARKS]
    return not marks or (len(marks) % 2 == 0 and marks[0] > start)


# Small words a title leaves in lower case: "Joint Statement on a Strategic Partnership".
_TITLE_SMALL_WORDS = {"a", "an", "the", "of", "on", "in", "and", "as", "at", "by", "for", "to"}
_TITLE_SMALL_WORDS |= {"from", "with", "between", "or", "over", "under", "into", "about"}


def is_heading(words: str) -> bool:
    """Quoted words standing as a heading: short, without a sentence's final mark."""
    return len(words.split()) <= 5 and words.rstrip()[-1:] not in ".!?,;:"


def _first_closing(line: str) -> int:
    """Where the paragraph's first mark stands if it closes a quotation opened before; else -1."""
    at = next((i for i, char in enumerate(line) if char in DOUBLE_MARKS), -1)
    if at < 0 or not line[:at].strip():
        return -1
    if line[at] == "”":
        return at
    # A straight mark closes when it ends a word and no word follows it: 'ever." pic…'.
    ends_word = line[at] == '"' and not line[at - 1].isspace()
    return at if ends_word and not line[at + 1 : at + 2].isalnum() else -1


def unopened(line: str, *, continued: bool = False) -> Quote | None:
    """A quotation whose opening mark stands elsewhere: its words from the paragraph's start.

    "East is East …, and never the twain shall meet,” wrote Rudyard Kipling": a closing mark
    before any other, followed by a reporting clause; or, when the quotation before was left
    open (`continued`), a closing mark alone ends it here.
    """
    at = _first_closing(line)
    if at < 0:
        return None
    # (A party in brackets after the name is an aside: "…,” Mari Rantanen (Finns), the
    # minister of the interior, said".)
    after = without_asides(line[at + 1 :])
    if not (continued or AFTER_VERB_WHO.match(after) or AFTER_WHO_VERB.match(after)):
        return None
    lead = _DASH_OR_HYPHEN_LEAD.match(line)
    start = lead.end() if lead else len(line) - len(line.lstrip())
    return Quote(start, at, start, at, unclosed=False)


def is_title(words: str, *, inside_sentence: bool = False) -> bool:
    """Whether quoted words are a title or a name rather than somebody's words.

    `inside_sentence`: the words stand inside a sentence of the writer's (`is_partial`).
    """
    # A comma or a full stop inside the closing mark is punctuation of the sentence, not of
    # the title; but “Ask Laine,” a visitor said and “Thank You.” are short quotations, so
    # opening a sentence such a title needs four words, and no full stop. Inside one, the
    # sentence's own punctuation may close any: hits such as “Hay Day,” and “Boom Beach.”
    end = words.rstrip()[-1:]
    sentence_mark = end == "," or (inside_sentence and end == ".")
    # (Brackets aside: “Japan’s Nordic Diplomacy Initiative (PDF),”.)
    tokens = [t.strip("()[]") for t in (words.rstrip()[:-1] if sentence_mark else words).split()]
    tokens = [t for t in tokens if t]
    return (
        (4 if end == "," and not inside_sentence else 1) <= len(tokens) <= 20
        and tokens[0][:1].isupper()
        # (A title may end in a number: “Artificial Intelligence 4.0” program.)
        and (tokens[-1][:1].isupper() or tokens[-1][:1].isdigit())
        and all(t[:1].isupper() or t in _TITLE_SMALL_WORDS for t in tokens if t.isalpha())
        and (sentence_mark or end not in ".!?;:")
    )


# Words nobody is quoted as saying alone: prepositions, articles and conjunctions.
_FUNCTION_WORDS = _TITLE_SMALL_WORDS | {"out", "off", "up", "down", "but", "if", "so"}


def is_mention(words: str) -> bool:
    """Whether the quoted words are a word set apart as a word: Sauna is “in” in Japan."""
    return words.strip().strip(",.").lower() in _FUNCTION_WORDS


def is_partial(line: str, quote: Quote) -> bool:
    """Whether the quotation is a fragment inside a sentence of the writer's."""
    text = line[quote.start : quote.end]
    if text[:1].islower():
        return True
    before = line[: quote.open_at].rstrip()
    if not before or before[-1] in ".:;!?,—–-":
        return False
    last_word = before.split()[-1].lower()
    return last_word.isalpha() and last_word not in SPEECH_VERBS


def sentence_after(line: str, at: int) -> str:
    """The text after offset `at`, up to the next opening mark."""
    tail = line[at + 1 :]
    stop = min([p for p in (tail.find("“"),) if p >= 0] + [len(tail)])
    return tail[:stop]


# Words whose full stop ends no sentence: an abbreviated title ("Mr. Nagahara", "Prof.
# Virtanen"), Saint and Junior.
_NO_SENTENCE_END = (*ABBREVIATED_TITLES, "St", "Jr")
# Where a sentence ends: . ! ? (or a closing mark) and a space, but not after an initial or an
# abbreviation ("H.E. Takashi Murata", "Mr. Nagahara"), nor in a ranking ("the world No. 1
# said"), nor after "6:30 a.m. at a station". A look-behind has one length, so one for each
# length of abbreviation.
_SENTENCE_END = re.compile(
    r"(?!(?<=\bNo)\.\s\d)"
    # nor after a clock's "a.m." or "p.m." that the sentence goes on from in lower case
    r"(?!(?<=\b[ap]\.m)\.\s[a-z0-9])"
    rf"(?<!\b[{CAPITALS}])"
    + "".join(
        rf"(?<!\b(?:{'|'.join(w for w in _NO_SENTENCE_END if len(w) == n)}))"
        for n in sorted({len(w) for w in _NO_SENTENCE_END})
    )
    # (a straight closing mark after the stop ends it too: 'Seko briefly." With a laugh …')
    + r"(?:[.!?”]|(?<=[.!?])\")\s"
)


def sentence_starts(text: str) -> list[int]:
    """Where each sentence of `text` starts (0 first)."""
    return [0, *(m.end() for m in _SENTENCE_END.finditer(text))]


def sentence_before(line: str, at: int) -> str:
    """The sentence that `line` holds up to offset `at`."""
    start = sentence_starts(line[:at])[-1]
    return line[max(start - 1, 0) : at]


# Abbreviations whose full stop is not a sentence's: "Nordic Koivu Ltd." at a line's end.
_ABBREVIATION = re.compile(
    rf"\b(?:[{CAPITALS}]|{'|'.join(_NO_SENTENCE_END)}|Ltd|Inc|Co|Corp|Oy|Oyj)\.$"
)


def first_sentence(text: str) -> str:
    """`text` up to its first sentence end, without the mark that ends the sentence."""
    end = _SENTENCE_END.search(text)
    if end:
        return text[: end.start()]
    text = text.rstrip()
    ends_sentence = text.endswith((".", "!", "?")) and not _ABBREVIATION.search(text)
    return text[:-1] if ends_sentence else text
