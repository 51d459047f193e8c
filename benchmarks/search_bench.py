"""Index build time, peak memory and query latency on synthetic corpora of 10k, 100k and 1M records.

Usage: python benchmarks/search_bench.py [SIZE ...]      (default: 10000 100000 1000000)

Each size runs in its own process. "peak MB" is the whole process's peak (synthetic records
included); "index MB" is what building the index added. Records are sized like real quotes
(20-45 words), drawn from a Zipf-distributed vocabulary: the bundled corpus's words first, then
made-up words. The query mix: a rare word, a common word, three words, a typo, a prefix, a
phrase and a speaker. The baseline, measured in the same process, is a plain case-insensitive
substring scan over every record's text: what a grep of the corpus does.
"""

from __future__ import annotations

import gc
import json
import random
import resource
import statistics
import string
import subprocess
import sys
import time
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fjquotes.model import Corpus

QUERY_REPEATS = 15


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_mb() -> float:
    """Resident memory now (Linux), for the index's own share; the peak elsewhere."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * resource.getpagesize() / 2**20
    except OSError:
        return _peak_rss_mb()


def make_corpus(size: int, seed: int = 7) -> Corpus:
    """A synthetic corpus of `size` records with a realistic word distribution."""
    from fjquotes.loading import load_bundled
    from fjquotes.model import Corpus, Record, Speaker
    from fjquotes.textnorm import terms

    rng = random.Random(seed)
    real = load_bundled()
    # The bundled corpus's words, most frequent first, head the Zipf ranking; made-up words of
    # 3-11 letters form the long tail.
    counts = Counter(t for r in real.records for t in terms(r.text) if t.isalpha())
    words = [w for w, _ in counts.most_common()]
    tail: set[str] = set()
    while len(words) + len(tail) < 60_000:
        n = rng.randint(3, 11)
        tail.add("".join(rng.choice(string.ascii_lowercase) for _ in range(n)))
    words += sorted(tail - set(words))
    rng.shuffle(words_tail := words[len(counts) :])
    words[len(counts) :] = words_tail
    weights = [1 / (rank + 1) ** 1.07 for rank in range(len(words))]
    cum = list(_accumulate(weights))
    given = ["Aino", "Kenji", "Mikko", "Yuki", "Laura", "Hiroshi", "Sanna", "Takeshi"]
    family = [w.capitalize() for w in words[5000:7000]]
    speakers = [
        Speaker(
            id=f"s{i}",
            name=f"{rng.choice(given)} {family[i]}",
            role="Director",
            organization=f"{words[i + 9000].capitalize()} Oy",
        )
        for i in range(2000)
    ]
    topics = ("defense", "energy", "space", "quantum", "tourism", "diplomacy")
    records = []
    sample = rng.choices(words, cum_weights=cum, k=size * 33)
    pos = 0
    for i in range(size):
        n = rng.randint(20, 45)
        text = " ".join(sample[pos : pos + n]).capitalize() + "."
        pos = (pos + n) % (len(sample) - 50)
        is_quote = i % 4 != 0
        records.append(
            Record(
                id=f"r{i:07d}",
                kind="quote" if is_quote else "fact",
                text=text,
                spans=(),
                speaker=speakers[rng.randrange(len(speakers))] if is_quote else None,
                topics=(topics[i % len(topics)],),
            )
        )
    return Corpus(
        origin="synthetic",
        records=tuple(records),
        speakers={s.id: s for s in speakers},
        topics={t: t for t in topics},
    )


def _accumulate(values: list[float]) -> list[float]:
    out, total = [], 0.0
    for v in values:
        total += v
        out.append(total)
    return out


def query_mix(searcher: object) -> dict[str, str]:
    """One query of each kind, chosen from the corpus's own vocabulary."""
    index = searcher.index  # type: ignore[attr-defined]
    by_df = sorted(index.vocabulary.items(), key=lambda kv: (kv[1], kv[0]))
    alpha = [(t, df) for t, df in by_df if t.isalpha()]
    rare = next(t for t, df in alpha if df >= 5 and len(t) >= 6)
    common = alpha[-1][0]
    middle = [t for t, df in alpha if index.size // 2000 <= df <= index.size // 200 and len(t) >= 8]
    typo_word = middle[0]
    typo = typo_word[:3] + typo_word[4] + typo_word[3] + typo_word[5:]
    text = index.records[len(index.records) // 2].text.lower().split()
    speaker = index.records[1].speaker.name.split()[-1]
    return {
        "rare word": rare,
        "common word": common,
        "three words": " ".join(middle[1:4]),
        "typo": typo,
        "prefix": middle[5][:4],
        "phrase": f'"{text[3]} {text[4]}"',
        "speaker": speaker,
    }


def run_size(size: int) -> dict[str, object]:
    """Build and query one synthetic corpus; returns the figures."""
    from fjquotes.search import Searcher

    corpus = make_corpus(size)
    gc.collect()
    rss_before = _rss_mb()
    start = time.perf_counter()
    searcher = Searcher(corpus)
    build = time.perf_counter() - start
    index_mb = _rss_mb() - rss_before
    queries = query_mix(searcher)
    latencies: dict[str, list[float]] = {k: [] for k in queries}
    baseline: list[float] = []
    for _ in range(QUERY_REPEATS):
        for kind, query in queries.items():
            t0 = time.perf_counter()
            searcher.search(query)
            latencies[kind].append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        needle = queries["rare word"]
        _ = [r for r in corpus.records if needle in r.text.casefold()]
        baseline.append((time.perf_counter() - t0) * 1000)
    everything = sorted(x for xs in latencies.values() for x in xs)
    return {
        "size": size,
        "build_s": round(build, 2),
        "peak_rss_mb": round(_peak_rss_mb()),
        "index_rss_mb": round(index_mb),
        "p50_ms": round(statistics.median(everything), 2),
        "p95_ms": round(everything[int(len(everything) * 0.95) - 1], 2),
        "scan_baseline_p50_ms": round(statistics.median(baseline), 2),
        "per_query_p50_ms": {k: round(statistics.median(v), 2) for k, v in latencies.items()},
        "queries": queries,
    }


def main() -> None:
    """Run every size in a fresh process and print a table of figures."""
    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        print(json.dumps(run_size(int(sys.argv[2]))))
        return
    sizes = [int(a) for a in sys.argv[1:]] or [10_000, 100_000, 1_000_000]
    print(
        f"{'records':>9} {'build s':>8} {'peak MB':>8} {'index MB':>9} {'p50 ms':>7} "
        f"{'p95 ms':>7} {'scan p50':>9} {'p50/scan':>9}"
    )
    for size in sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(size)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        r = json.loads(out)
        ratio = r["p50_ms"] / r["scan_baseline_p50_ms"]
        print(
            f"{r['size']:>9} {r['build_s']:>8} {r['peak_rss_mb']:>8} {r['index_rss_mb']:>9} "
            f"{r['p50_ms']:>7} {r['p95_ms']:>7} {r['scan_baseline_p50_ms']:>9} {ratio:>9.3f}"
        )
        print("          per query p50 ms:", json.dumps(r["per_query_p50_ms"]))
        print("          queries:", json.dumps(r["queries"], ensure_ascii=False))


if __name__ == "__main__":
    main()
