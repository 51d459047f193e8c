"""Precision, recall and speaker accuracy of `fjquotes extract` against a corpus's quotations.

Usage: python benchmarks/extract_eval.py [CORPUS.json]      (default: the bundled corpus)

Every source of the corpus that ships its text is extracted, and the candidates are compared
with the corpus's quote occurrences: recall counts occurrences found with the exact span and
with at least 80% overlap, precision counts candidates that overlap a real occurrence by 80%,
speaker accuracy counts occurrences found exactly with the right speaker.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fjquotes.corpora import load_path
from fjquotes.evaluation import evaluate
from fjquotes.loading import load_bundled


def main() -> None:
    """Print the four figures."""
    corpus = load_path(Path(sys.argv[1])) if len(sys.argv) > 1 else load_bundled()
    scores = evaluate(corpus)
    recall, precision = scores["recall_80"], scores["precision"]
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"{corpus.origin}")
    for name, value in scores.items():
        print(f"  {name:18} {value:.3f}")
    print(f"  {'f1 (80% overlap)':18} {f1:.3f}")


if __name__ == "__main__":
    main()
