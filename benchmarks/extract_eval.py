"""Precision, recall and speaker accuracy of `fjquotes extract` against known quotations.

Usage: python benchmarks/extract_eval.py [CORPUS.json]       (default: the bundled corpus)
       python benchmarks/extract_eval.py --articles DIR      (articles labelled by DIR/gold.json)

With a corpus, every source that ships its text is extracted and compared with the corpus's
quote occurrences. With --articles, every file that DIR/gold.json names is extracted and
compared with the quotations it lists (the format is in fjquotes/evaluation.py). A quotation
counts as found at 80% overlap; recall_exact counts exact spans; "speakers" is the share of
known quotations found with a speaker the labels allow.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fjquotes.corpora import load_path
from fjquotes.errors import CorpusError
from fjquotes.evaluation import evaluate, evaluate_articles
from fjquotes.exit_codes import ExitCode
from fjquotes.loading import load_bundled


def main() -> None:
    """Print the figures."""
    args = sys.argv[1:]
    try:
        if args[:1] == ["--articles"] and len(args) == 2:
            folder = Path(args[1])
            scores = evaluate_articles(folder)
            print(folder)
        else:
            corpus = load_path(Path(args[0])) if args else load_bundled()
            scores = evaluate(corpus)
            print(corpus.origin)
    except CorpusError as exc:
        # Bad labels or a bad corpus: say which and where, as the CLI does.
        print(f"extract_eval: {exc}", file=sys.stderr)
        sys.exit(ExitCode.ERROR)
    for name, value in scores.items():
        print(f"  {name:14} {value:.3f}")


if __name__ == "__main__":
    main()
