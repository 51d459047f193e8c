"""An in-memory inverted index over records, and the expansion of query words into its terms."""

from __future__ import annotations

import bisect
import heapq
import math
import sys
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import NamedTuple, TypeAlias, overload

from fjquotes.model import Record
from fjquotes.textnorm import terms, typo_budget

# Field weights: a hit on who spoke or what an organization is outranks a passing mention.
FIELD_WEIGHTS: dict[str, float] = {
    "speaker": 3.0,
    "organization": 2.5,
    "topic": 2.0,
    "role": 1.5,
    "text": 1.0,
    "source": 0.5,
}
FIELDS = tuple(FIELD_WEIGHTS)
K1, B = 1.2, 0.75

# A build reports its progress every this many records.
PROGRESS_STEP = 5_000

# Up to this many terms the fuzzy expansion runs in plain Python, unless rapidfuzz is loaded
# already: on the Debian fortunes' 32,645 terms it takes 0.1-2.5 ms a word (1.8 for
# "hydrogen"), less than importing rapidfuzz (8-10 ms) and asking it (1-3 ms) costs a command.
SMALL_VOCABULARY = 50_000

# Typo penalties, in ranking order: exact, then prefix, then each edit.
EXACT, PREFIX, PER_EDIT = 0, 1, 2
MAX_PREFIX_EXPANSIONS = 50
MIN_PREFIX_LENGTH = 2


def field_text(record: Record, field: str, source_titles: dict[str, str]) -> list[str]:
    """The searchable texts of one field of a record."""
    speaker = record.speaker
    if field == "text":
        # Other wordings of the same quotation ("firstborn" beside "first born") count too.
        return list(dict.fromkeys([record.text, *(s.text for s in record.spans)]))
    if field == "speaker":
        return [speaker.name, *speaker.aliases] if speaker else []
    if field == "role":
        return [speaker.role] if speaker and speaker.role else []
    if field == "organization":
        own = [speaker.organization] if speaker and speaker.organization else []
        return [*own, *record.organizations, *record.entities]
    if field == "topic":
        return list(record.topics)
    return [
        source_titles[s]
        for s in dict.fromkeys(x.source for x in record.spans)
        if s in source_titles
    ]


def osa_distances(word: str, limit: int) -> Callable[[str], int | None]:
    """A function giving a term's optimal string alignment distance from `word`, if <= `limit`."""
    # Hyyrö's bit-parallel algorithm (2003), which rapidfuzz runs too: a column of the
    # alignment table is a dozen integer operations instead of a loop over the word's letters,
    # several times faster in Python on the few hundred terms a typo is checked against.
    size = len(word)
    full, last = (1 << size) - 1, 1 << max(size - 1, 0)
    letters: dict[str, int] = {}
    for at, char in enumerate(word):
        letters[char] = letters.get(char, 0) | 1 << at

    def distance(term: str) -> int | None:
        if abs(len(term) - size) > limit:
            return None
        if not size:
            return len(term)
        vp, vn, d0, before, edits = full, 0, 0, 0, size
        for char in term:
            here = letters.get(char, 0)
            swapped = ((~d0 & here) << 1) & before
            d0 = ((((here & vp) + vp) ^ vp) | here | vn | swapped) & full
            hp = (vn | ~(d0 | vp)) & full
            hn = d0 & vp
            if hp & last:
                edits += 1
            elif hn & last:
                edits -= 1
            hp = ((hp << 1) | 1) & full
            hn = (hn << 1) & full
            vp = (hn | ~(d0 | hp)) & full
            vn = hp & d0
            before = here
        return edits if edits <= limit else None

    return distance


def _after_one_letter(tail: str, terms: list[str]) -> list[str]:
    """The terms that are one letter and then `tail`, found by a search of their joined text."""
    text = "\n" + "\n".join(terms) + "\n"
    needle = tail + "\n"
    found, at = [], text.find(needle, 2)
    while at != -1:
        if text[at - 2] == "\n":
            found.append(text[at - 1 : at + len(tail)])
        at = text.find(needle, at + 1)
    return found


class Variant(NamedTuple):
    """An index term a query word stands for, and its typo penalty."""

    term: str
    penalty: int


Ints: TypeAlias = "array[int] | memoryview"
"""Unsigned integers: an `array` while building, a view of a mapped cache file after."""


class Postings(NamedTuple):
    """The documents holding one term in one field, with the term's frequency in each."""

    docs: Ints
    tfs: Ints


class PackedTerms(Sequence[str]):
    """Terms in one UTF-8 blob, separated by newlines, each decoded only when looked at.

    A cached vocabulary of tens of thousands of terms opens without splitting them all: a
    query's binary searches decode a few dozen, and a bucket of one length is one slice.
    """

    def __init__(self, blob: bytes | memoryview, ends: Ints) -> None:
        self.blob = blob
        self.ends = ends

    @staticmethod
    def pack(terms: Iterable[str]) -> tuple[bytes, bytes]:
        """The blob and the end offsets (native 64-bit) that `PackedTerms` reads back."""
        blob = bytearray()
        ends = array("Q")
        for term in terms:
            if ends:
                blob += b"\n"
            blob += term.encode("utf-8", "surrogatepass")
            ends.append(len(blob))
        return bytes(blob), ends.tobytes()

    def _text(self, first: int, last: int) -> str:
        start = self.ends[first - 1] + 1 if first else 0
        return bytes(self.blob[start : self.ends[last]]).decode("utf-8", "surrogatepass")

    def __len__(self) -> int:
        return len(self.ends)

    @overload
    def __getitem__(self, i: int) -> str: ...

    @overload
    def __getitem__(self, i: slice) -> list[str]: ...

    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            first, stop, step = i.indices(len(self))
            if step != 1:
                return [self[j] for j in range(first, stop, step)]
            return self._text(first, stop - 1).split("\n") if first < stop else []
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self._text(i, i)


class Vocabulary(Mapping[str, int]):
    """Every term of an index with its document frequency, ordered by length, then by letter.

    The terms of one length lie together, so fuzzy matching reads only the lengths a typo
    budget allows, and in order, so a term or a prefix is found by binary search. A cached
    index keeps the terms and the frequencies as views of the cache file.
    """

    def __init__(
        self, terms: Sequence[str], freqs: Ints, in_letter_order: Ints | None = None
    ) -> None:
        self.terms = terms
        self.freqs = freqs
        self._spans: dict[int, tuple[int, int]] = {}
        self._in_letter_order = in_letter_order

    @classmethod
    def build(cls, doc_freq: Mapping[str, int]) -> Vocabulary:
        """The vocabulary of these terms and document frequencies."""
        terms = sorted(doc_freq, key=lambda t: (len(t), t))
        return cls(terms, array("I", [doc_freq[t] for t in terms]))

    def span(self, length: int) -> tuple[int, int]:
        """Where the terms of this many characters lie in `terms`."""
        found = self._spans.get(length)
        if found is None:
            found = self._spans[length] = (
                bisect.bisect_left(self.terms, length, key=len),
                bisect.bisect_right(self.terms, length, key=len),
            )
        return found

    def position(self, term: str) -> int | None:
        """Where `term` stands in `terms`, or None when the index does not hold it."""
        lo, hi = self.span(len(term))
        at = bisect.bisect_left(self.terms, term, lo, hi)
        return at if at < hi and self.terms[at] == term else None

    def of_length(self, length: int) -> list[str]:
        """The terms of this many characters, in order."""
        lo, hi = self.span(length)
        return list(self.terms[lo:hi])

    def starting(self, prefix: str, length: int) -> list[str]:
        """The terms of this many characters that start with `prefix`."""
        lo, hi = self.span(length)
        start = bisect.bisect_left(self.terms, prefix, lo, hi)
        end = bisect.bisect_left(self.terms, prefix + "\U0010ffff", start, hi)
        return list(self.terms[start:end])

    def in_letter_order(self) -> Ints:
        """The terms' positions in letter order, so completions of every length lie together."""
        if self._in_letter_order is None:
            by_letter = sorted(range(len(self.terms)), key=self.terms.__getitem__)
            self._in_letter_order = array("I", by_letter)
        return self._in_letter_order

    def completions(self, prefix: str, limit: int) -> list[str]:
        """Up to `limit` longer terms that start with `prefix`, the most frequent first."""
        order = self.in_letter_order()
        term = self.terms.__getitem__
        start = bisect.bisect_right(order, prefix, key=term)  # past `prefix` itself
        end = bisect.bisect_left(order, prefix + "\U0010ffff", start, key=term)
        # Ranked by position, not by the words: a cached vocabulary decodes only the winners.
        found = heapq.nlargest(limit, order[start:end], key=lambda at: (self.freqs[at], at))
        return [term(at) for at in found]

    def longest(self) -> int:
        """The length of the longest term, 0 when there is none."""
        return len(self.terms[-1]) if self.terms else 0

    def __getitem__(self, term: str) -> int:
        at = self.position(term)
        if at is None:
            raise KeyError(term)
        return int(self.freqs[at])

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and self.position(term) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)


class PackedPostings(Mapping[str, Postings]):
    """One field's postings in three flat arrays, laid out by the term's place in the vocabulary.

    A cached index maps these few large arrays instead of decoding one pair of arrays (and a
    dictionary entry) per term; a term's postings are sliced out when a query asks for them.
    """

    def __init__(self, vocabulary: Vocabulary, starts: Ints, docs: Ints, tfs: Ints) -> None:
        self.vocabulary = vocabulary
        self.starts = starts
        self.docs = docs
        self.tfs = tfs

    @classmethod
    def pack(cls, table: Mapping[str, Postings], vocabulary: Vocabulary) -> PackedPostings:
        """The postings of `table`, one range per vocabulary term (empty where it has none)."""
        starts, docs, tfs = array("Q", [0]), array("I"), array("I")
        for term in vocabulary.terms:
            post = table.get(term)
            if post is not None:
                docs.extend(post.docs)
                tfs.extend(post.tfs)
            starts.append(len(docs))
        return cls(vocabulary, starts, docs, tfs)

    def _range(self, term: object) -> tuple[int, int] | None:
        at = self.vocabulary.position(term) if isinstance(term, str) else None
        if at is None or self.starts[at] == self.starts[at + 1]:
            return None
        return self.starts[at], self.starts[at + 1]

    def __getitem__(self, term: str) -> Postings:
        found = self._range(term)
        if found is None:
            raise KeyError(term)
        start, end = found
        return Postings(self.docs[start:end], self.tfs[start:end])

    def __contains__(self, term: object) -> bool:
        return self._range(term) is not None

    def __iter__(self) -> Iterator[str]:
        starts = self.starts
        return (t for i, t in enumerate(self.vocabulary.terms) if starts[i] != starts[i + 1])

    def __len__(self) -> int:
        return sum(1 for _ in self)


class PackedFacets(Mapping[tuple[str, str], Ints]):
    """Facets (documents per kind, topic, source and speaker) in two flat arrays.

    A cached index of many speakers holds thousands of facets; a filter slices out the one it
    names, and nothing is built for the others.
    """

    def __init__(
        self,
        slots: dict[tuple[str, str], int] | Callable[[], dict[tuple[str, str], int]],
        ends: Ints,
        docs: Ints,
    ) -> None:
        # A cache passes a function: the keys are read when a filter first asks for one.
        self._slots = slots
        self.ends = ends
        self.docs = docs

    @property
    def slots(self) -> dict[tuple[str, str], int]:
        """Each facet's place in the arrays."""
        if callable(self._slots):
            self._slots = self._slots()
        return self._slots

    @classmethod
    def pack(cls, facets: Mapping[tuple[str, str], Ints]) -> PackedFacets:
        """The same facets, laid out in two arrays."""
        slots: dict[tuple[str, str], int] = {}
        ends, docs = array("Q"), array("I")
        for slot, (key, members) in enumerate(facets.items()):
            slots[key] = slot
            docs.extend(members)
            ends.append(len(docs))
        return cls(slots, ends, docs)

    def __getitem__(self, key: tuple[str, str]) -> Ints:
        slot = self.slots[key]
        return self.docs[(self.ends[slot - 1] if slot else 0) : self.ends[slot]]

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self.slots)

    def __len__(self) -> int:
        return len(self.slots)


class SearchIndex:
    """Postings per field and term, document lengths for BM25, and facets for filters."""

    def __init__(
        self,
        records: Iterable[Record],
        source_titles: dict[str, str],
        progress: Callable[[int], None] | None = None,
    ) -> None:
        self.records: Sequence[Record] = []
        building: list[Record] = []
        # While building, a term's postings are one growable array of (doc, tf) pairs: one
        # call per posting instead of two, split in two when the build is done.
        self._building: dict[str, dict[str, array[int]]] = {f: {} for f in FIELDS}
        self._lengths: dict[str, array[int]] = {f: array("I") for f in FIELDS}
        self._facets: dict[tuple[str, str], array[int]] = {}
        self._field_counts: dict[tuple[str, object], tuple[int, tuple[tuple[str, int], ...]]] = {}
        for doc, record in enumerate(records):
            building.append(record)
            self._add(doc, record, source_titles)
            if progress is not None and doc % PROGRESS_STEP == 0:
                progress(doc)
        del self._field_counts
        self.records = building
        self.postings: dict[str, Mapping[str, Postings]] = {}
        for field, table in self._building.items():
            split: dict[str, Postings] = {}
            while table:  # popped as it is split, so the two copies never all coexist
                term, pairs = table.popitem()
                split[term] = Postings(pairs[0::2], pairs[1::2])
            self.postings[field] = split
        self.lengths: dict[str, Ints] = dict(self._lengths)
        self.facets: Mapping[tuple[str, str], Ints] = dict(self._facets)
        del self._building, self._lengths, self._facets
        self.size = len(self.records)
        self.vocabulary = Vocabulary.build(self._document_frequencies())
        self.avg_length = {
            f: (sum(self.lengths[f]) / self.size if self.size else 0.0) or 1.0 for f in FIELDS
        }
        self.id_rank = array("I", [0] * self.size)
        for rank, doc in enumerate(sorted(range(self.size), key=lambda d: self.records[d].id)):
            self.id_rank[doc] = rank

    def _add(self, doc: int, record: Record, source_titles: dict[str, str]) -> None:
        text_terms = terms(record.text)
        # Other wordings of the same quotation ("firstborn" beside "first born") count too.
        others = [s.text for s in record.spans if s.text != record.text]
        for other in dict.fromkeys(others):
            text_terms += terms(other)
        self._post("text", doc, len(text_terms), Counter(text_terms).items())
        speaker = record.speaker
        # The other fields repeat across records: their terms are counted once per value, keyed
        # by what the field is made of.
        for field, key in (
            ("speaker", speaker),
            ("role", speaker.role if speaker else None),
            (
                "organization",
                (speaker.organization if speaker else None, record.organizations, record.entities),
            ),
            ("topic", record.topics),
            ("source", tuple(s.source for s in record.spans)),
        ):
            known = self._field_counts.get((field, key))
            if known is None:
                field_terms = [
                    t for text in field_text(record, field, source_titles) for t in terms(text)
                ]
                known = (len(field_terms), tuple(Counter(field_terms).items()))
                self._field_counts[(field, key)] = known
            self._post(field, doc, *known)
        facets = [
            ("kind", record.kind),
            *(("topic", t) for t in record.topics),
            *(("source", s) for s in dict.fromkeys(x.source for x in record.spans)),
        ]
        if record.speaker is not None:
            facets.append(("speaker", record.speaker.id))
        for key in facets:
            self._facets.setdefault(key, array("I")).append(doc)

    def _post(self, field: str, doc: int, length: int, items: Iterable[tuple[str, int]]) -> None:
        self._lengths[field].append(length)
        table = self._building[field]
        for term, tf in items:
            pairs = table.get(term)
            if pairs is None:
                pairs = table[term] = array("I")
            pairs.extend((doc, tf))

    def _document_frequencies(self) -> dict[str, int]:
        """Documents holding each term in any field."""
        freq: dict[str, int] = {}
        spread: dict[str, list[Postings]] = {}
        for table in self.postings.values():
            for term, post in table.items():
                if term in freq:
                    spread.setdefault(term, []).append(post)
                freq[term] = max(freq.get(term, 0), len(post.docs))
        for term, posts in spread.items():
            first = next(t[term] for t in self.postings.values() if term in t)
            freq[term] = len(set(first.docs).union(*(p.docs for p in posts)))
        return freq

    def idf(self, doc_freq: int) -> float:
        """BM25's inverse document frequency."""
        return math.log(1.0 + (self.size - doc_freq + 0.5) / (doc_freq + 0.5))

    def expand(self, word: str, prefix: bool) -> list[Variant]:
        """The index terms `word` may stand for within its typo budget, best first."""
        found: dict[str, int] = {}
        if word in self.vocabulary:
            found[word] = EXACT
        if prefix and len(word) >= MIN_PREFIX_LENGTH:
            for term in self.vocabulary.completions(word, MAX_PREFIX_EXPANSIONS):
                found.setdefault(term, PREFIX)
        budget = typo_budget(word)
        if budget:
            for term, edits in self._fuzzy(word, budget):
                penalty = PER_EDIT * edits
                if penalty < found.get(term, penalty + 1):
                    found[term] = penalty
        return sorted((Variant(t, p) for t, p in found.items()), key=lambda v: (v.penalty, v.term))

    def _fuzzy(self, word: str, budget: int) -> list[tuple[str, int]]:
        """Vocabulary terms within `budget` of `word`, with their typo cost."""
        if len(self.vocabulary) <= SMALL_VOCABULARY and "rapidfuzz" not in sys.modules:
            return self._fuzzy_small(word, budget)
        return self._fuzzy_rapidfuzz(word, budget)

    def _fuzzy_small(self, word: str, budget: int) -> list[tuple[str, int]]:
        """The fuzzy expansion in plain Python, looking only where a match can be."""
        vocabulary = self.vocabulary
        first = word[0]
        letters, most_apart = set(word), 2 * budget
        distance = osa_distances(word, budget)
        out = {}
        for length in range(len(word) - budget, len(word) + budget + 1):
            for term in vocabulary.starting(first, length):
                # Each edit adds or removes at most two letters from the set of letters used,
                # so a term whose letters differ by more cannot be within budget.
                if term == word or len(letters.symmetric_difference(term)) > most_apart:
                    continue
                edits = distance(term)
                if edits is not None:
                    out[term] = edits
        if budget >= 2:
            # A changed first letter costs two, leaving one edit, and that edit must touch the
            # first letter: a substitution, an insertion or deletion in front, or a swap.
            near = [t for t in (word[1:], word[1] + word[0] + word[2:]) if t in vocabulary]
            near += _after_one_letter(word[1:], vocabulary.of_length(len(word)))
            near += _after_one_letter(word, vocabulary.of_length(len(word) + 1))
            for term in near:
                if term[0] != first:
                    out[term] = 2
        return list(out.items())

    def _fuzzy_rapidfuzz(self, word: str, budget: int) -> list[tuple[str, int]]:
        """The fuzzy expansion with rapidfuzz, for vocabularies too large to walk in Python."""
        from rapidfuzz.distance import OSA
        from rapidfuzz.process import extract

        out = []
        for length in range(len(word) - budget, len(word) + budget + 1):
            bucket = self.vocabulary.of_length(length)
            if not bucket:
                continue
            for term, edits, _ in extract(
                word, bucket, scorer=OSA.distance, score_cutoff=budget, limit=None
            ):
                if term == word:
                    continue
                # A typo in the first letter counts twice: people rarely get that one wrong.
                cost = int(edits) + (term[0] != word[0])
                if cost <= budget:
                    out.append((term, cost))
        return out

    def facet(self, name: str, value: str) -> Ints:
        """The documents with this facet value (kind, topic, source or speaker id)."""
        return self.facets.get((name, value), array("I"))
