"""Extraction results as a corpus document for review, and merging reviewed ones into a corpus."""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from fjquotes.errors import CorpusError
from fjquotes.extract import Candidate
from fjquotes.model import Speaker
from fjquotes.people import Person
from fjquotes.textnorm import fold

_SLUG = re.compile(r"[^a-z0-9]+")
# Keys a candidate carries for review that a corpus file does not hold.
REVIEW_KEYS = ("pattern", "confidence", "named")
SAME_WORDING = 90.0


def slug(text: str, words: int = 6) -> str:
    """A short readable id part: the first words, lower case, joined by hyphens."""
    return "-".join(_SLUG.sub(" ", fold(text)).split()[:words]) or "x"


def _wording_key(text: str) -> str:
    return " ".join(_SLUG.sub(" ", fold(text)).split())


def _speaker_entry(person: Person, known: Iterable[Speaker]) -> dict[str, Any]:
    from fjquotes.speakers import find_speakers

    matches = find_speakers(person.name, known)
    if len(matches) == 1 and matches[0].name == person.name:
        found = matches[0]
        return {
            "id": found.id,
            "name": found.name,
            "role": found.role,
            "organization": found.organization,
            "aliases": list(found.aliases),
        }
    return {
        "id": slug(person.name),
        "name": person.name,
        "role": person.role,
        "organization": person.organization,
        "aliases": [_surname(person.name)],
    }


def _named_by_corpus(cand: Candidate, known: list[Speaker]) -> Candidate:
    """The candidate, credited to the one known speaker its unresolved surname names.

    "“…,” Okada said" in an article that never gives Takashi Okada's full name: the corpus's
    name index names him, at a confidence of 0.6; any other candidate is unchanged.
    """
    found = _known_by_surname(cand.named, known) if cand.named else None
    if found is None:
        return cand
    return cand._replace(
        speaker=Person(found.name, found.role, found.organization),
        pattern="surname in the corpus",
        confidence=0.6,
        named=None,
    )


def _known_by_surname(surname: str, known: Iterable[Speaker]) -> Speaker | None:
    """The one known speaker whose surname (or an alias) is `surname`, or None."""
    wanted = fold(surname)
    found = [
        s
        for s in known
        if fold(_surname(s.name)) == wanted or any(fold(a) == wanted for a in s.aliases)
    ]
    return found[0] if len(found) == 1 else None


def _surname(name: str) -> str:
    """The surname a person is named by alone: "von der Leyen" of "Ursula von der Leyen"."""
    words = name.split()
    particle = next((at for at, word in enumerate(words[1:], 1) if word[:1].islower()), None)
    return " ".join(words[particle:]) if particle is not None else words[-1]


def candidate_document(
    candidates: list[Candidate], source: dict[str, Any], known: Iterable[Speaker] = ()
) -> dict[str, Any]:
    """A corpus-schema document of the candidates, each quote with `pattern` and `confidence`.

    A pull quote joins the quotation it repeats as another occurrence; known speakers keep
    their ids.
    """
    known = list(known)
    speakers: dict[str, dict[str, Any]] = {}
    quotes: list[dict[str, Any]] = []
    by_wording: dict[tuple[str, str | None], dict[str, Any]] = {}
    used: set[str] = set()
    for cand in (_named_by_corpus(c, known) for c in candidates):
        speaker_id = None
        if cand.speaker is not None:
            entry = _speaker_entry(cand.speaker, known)
            speaker_id = entry["id"]
            speakers.setdefault(speaker_id, entry)
        occurrence = {
            "source": source["id"],
            "start": cand.start,
            "end": cand.end,
            "text": cand.text,
            "pull_quote": cand.pull_quote,
            "unclosed": cand.unclosed,
        }
        key = (_wording_key(cand.text), speaker_id)
        existing = by_wording.get(key) or next(
            (
                q
                for (w, s), q in by_wording.items()
                if s == speaker_id and cand.pull_quote and (w in key[0] or key[0] in w)
            ),
            None,
        )
        if existing is not None:
            existing["occurrences"].append(occurrence)
            continue
        base = (
            f"q-{slug(speakers[speaker_id]['name'].split()[-1], 1) if speaker_id else 'x'}"
            f"-{slug(cand.text, 4)}"
        )
        ident, n = base, 2
        while ident in used:
            ident, n = f"{base}-{n}", n + 1
        used.add(ident)
        quote = {
            "id": ident,
            "text": cand.text,
            "speaker": speaker_id,
            "partial": cand.partial,
            "topics": [],
            "organizations": [],
            "occurrences": [occurrence],
            "pattern": cand.pattern,
            "confidence": round(cand.confidence, 2),
        }
        if cand.named:
            quote["named"] = cand.named  # for the reviewer: whom the article names, unresolved
        by_wording[key] = quote
        quotes.append(quote)
    return {
        "schema_version": 1,
        "sources": [source],
        "speakers": list(speakers.values()),
        "quotes": quotes,
    }


def _strip_review(document: dict[str, Any]) -> dict[str, Any]:
    quotes = [
        {k: v for k, v in q.items() if k not in REVIEW_KEYS} for q in document.get("quotes", [])
    ]
    return {**document, "quotes": quotes}


def _similar(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    return fuzz.ratio(_wording_key(a), _wording_key(b)) >= SAME_WORDING


def merge_documents(target: dict[str, Any], incoming: dict[str, Any]) -> dict[str, Any]:
    """`target` with the incoming sources, speakers and quotes added.

    A quotation already there (same speaker, wording at least 90% alike) gains the new
    occurrences instead of a duplicate; new ids are made unique.
    """
    merged: dict[str, Any] = json.loads(json.dumps(target))
    incoming = _strip_review(incoming)
    for section in ("sources", "topics", "speakers", "quotes", "facts"):
        merged.setdefault(section, [])
    merged.setdefault("schema_version", 1)
    ids = {item["id"] for section in ("quotes", "facts") for item in merged[section]}
    source_ids = {s["id"] for s in merged["sources"]}
    for source in incoming.get("sources", []):
        if source["id"] not in source_ids:
            merged["sources"].append(source)
            source_ids.add(source["id"])
    speaker_ids = {s["id"]: s for s in merged["speakers"]}
    for speaker in incoming.get("speakers", []):
        speaker_ids.setdefault(speaker["id"], speaker)
        if speaker not in merged["speakers"] and speaker["id"] not in {
            s["id"] for s in merged["speakers"]
        }:
            merged["speakers"].append(speaker)
    for quote in incoming.get("quotes", []):
        same = next(
            (
                q
                for q in merged["quotes"]
                if q.get("speaker") == quote.get("speaker") and _similar(q["text"], quote["text"])
            ),
            None,
        )
        if same is not None:
            have = {(o["source"], o["start"], o["end"]) for o in same.get("occurrences", [])}
            for occ in quote.get("occurrences", []):
                if (occ["source"], occ["start"], occ["end"]) not in have:
                    same.setdefault("occurrences", []).append(occ)
            if len(quote["text"]) > len(same["text"]):
                same["text"] = quote["text"]  # the record keeps its fullest wording
            continue
        ident, n = quote["id"], 2
        while ident in ids:
            ident, n = f"{quote['id']}-{n}", n + 1
        ids.add(ident)
        merged["quotes"].append({**quote, "id": ident})
    return merged


def copy_source_texts(document: dict[str, Any], corpus_dir: Path, dry_run: bool = False) -> None:
    """Copy each source's text beside the corpus (sources/ID.txt) and point `file` at it.

    With `dry_run` only the `file` entries change, so the merge can be checked first.
    """
    for source in document.get("sources", []):
        file = source.get("file")
        if not file:
            continue
        origin = Path(file)
        if not origin.is_absolute():
            continue
        target = corpus_dir / "sources" / f"{source['id']}.txt"
        if not dry_run:
            target.parent.mkdir(parents=True, exist_ok=True)
            if not target.exists():
                shutil.copyfile(origin, target)
        source["file"] = f"sources/{source['id']}.txt"


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file, fsync and rename: all or nothing."""
    tmp = None
    try:
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", delete=False
        ) as handle:
            tmp = handle.name
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise CorpusError(f"{path}: cannot write: {exc.strerror or exc}") from None
