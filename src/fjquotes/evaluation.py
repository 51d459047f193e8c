"""Score the extractor against a corpus whose quotations are known: precision, recall, speakers."""

from __future__ import annotations

from fjquotes.extract import extract
from fjquotes.model import Corpus

Place = tuple[str, int, int, str | None]


def _overlap(a: Place, b: Place) -> float:
    if a[0] != b[0]:
        return 0.0
    shared = max(0, min(a[2], b[2]) - max(a[1], b[1]))
    return shared / max(a[2] - a[1], b[2] - b[1])


def evaluate(corpus: Corpus) -> dict[str, float]:
    """Recall (exact span, >=80% overlap), precision and speaker accuracy over every source."""
    gold: list[Place] = []
    found: list[Place] = []
    for source_id, source in corpus.sources.items():
        if source.text is None:
            continue
        gold += [
            (source_id, s.start, s.end, r.speaker.name if r.speaker else None)
            for r in corpus.records
            if r.kind == "quote"
            for s in r.spans
            if s.source == source_id
        ]
        found += [
            (source_id, c.start, c.end, c.speaker.name if c.speaker else None)
            for c in extract(source.text)
        ]
    if not gold or not found:
        return {"recall_exact": 0.0, "recall_80": 0.0, "precision": 0.0, "speaker_accuracy": 0.0}
    exact = [g for g in gold if any(f[:3] == g[:3] for f in found)]
    near = [g for g in gold if any(_overlap(f, g) >= 0.8 for f in found)]
    right = [g for g in gold if any(f[:3] == g[:3] and f[3] == g[3] for f in found)]
    correct = [f for f in found if any(_overlap(f, g) >= 0.8 for g in gold)]
    return {
        "recall_exact": len(exact) / len(gold),
        "recall_80": len(near) / len(gold),
        "precision": len(correct) / len(found),
        "speaker_accuracy": len(right) / len(gold),
    }
