"""fjquotes on Debian's fortunes against `fortune -m` and `grep -ri`, in one interleaved run.

Usage: python benchmarks/fortune_bench.py [--runs N] [--million]

Needs Debian's fortunes (`apt-get install fortune-mod fortunes`). Each round runs, in turn:
`fortune -m hydrogen` (regex, unranked), `grep -ri hydrogen` over the same files, fjquotes cold
(its index cache removed first, so it parses, indexes and writes the cache) and fjquotes warm
(cache present), each a fresh process. Prints medians and ratios to `fortune -m`.

With --million it then builds a folder of 1,000,000 fortunes (the corpus repeated with
variations) and times fjquotes cold once and warm several times against it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FORTUNES = Path("/usr/share/games/fortunes")
FORTUNE = shutil.which("fortune") or "/usr/games/fortune"


def _fjquotes() -> list[str]:
    exe = shutil.which("fjquotes", path=os.path.dirname(sys.executable))
    return [exe] if exe else [sys.executable, "-m", "fjquotes"]


def _time(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    return (time.perf_counter() - start) * 1000


def _vary(text: str, copy: int) -> str:
    first, _, rest = text.partition("\n")
    return f"{first} (variation {copy})" + (f"\n{rest}" if rest else "")


def _million(folder: Path) -> int:
    """Write 1,000,000 fortunes: the Debian corpus repeated, each copy's lines numbered."""
    texts: list[str] = []
    for path in sorted(FORTUNES.iterdir()):
        if path.is_file() and not path.name.endswith((".dat", ".u8")):
            try:
                texts.extend(t.strip() for t in path.read_text("utf-8").split("\n%\n"))
            except UnicodeDecodeError:
                continue
    texts = [t for t in texts if t]
    written, copy = 0, 0
    while written < 1_000_000:
        chunk = texts[: 1_000_000 - written]
        # Vary the first line, not the attribution: the same people are quoted again.
        body = "\n%\n".join(_vary(t, copy) for t in chunk)
        (folder / f"part{copy:03d}").write_text(body + "\n", encoding="utf-8")
        written += len(chunk)
        copy += 1
    return written


def main() -> None:
    """Run the comparison and print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--million", action="store_true")
    args = parser.parse_args()
    cache = Path(tempfile.mkdtemp(prefix="fjq-bench-cache-"))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["XDG_CACHE_HOME"] = str(cache)
    fjq = [*_fjquotes(), "--data", str(FORTUNES), "search", "hydrogen", "--json"]
    commands = {
        "fortune -m hydrogen": [FORTUNE, "-m", "hydrogen"],
        "grep -ri hydrogen": ["grep", "-ri", "hydrogen", str(FORTUNES)],
        # What any Typer command costs before it does anything: the part no search can save.
        "python -c 'import typer'": [sys.executable, "-c", "import typer"],
        "fjquotes cold (no cache)": fjq,
        "fjquotes warm (cached)": fjq,
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, cmd in commands.items():
            if "cold" in name:
                shutil.rmtree(cache / "fjquotes", ignore_errors=True)
            times[name].append(_time(cmd, env))
    floors = times["fortune -m hydrogen"]
    floor = statistics.median(floors)
    print(
        f"Debian fortunes ({FORTUNES}), {args.runs} interleaved runs; median, its ratio to"
        " fortune's median, and the median of each round's ratio to that round's fortune"
    )
    for name, values in times.items():
        median = statistics.median(values)
        paired = statistics.median(v / f for v, f in zip(values, floors, strict=True))
        print(f"  {name:28} {median:8.1f} ms  {median / floor:6.2f}x  paired {paired:6.2f}x")
    if args.million:
        with tempfile.TemporaryDirectory(prefix="fjq-million-") as folder:
            count = _million(Path(folder))
            big = [*_fjquotes(), "--data", folder, "search", "hydrogen", "--json"]
            shutil.rmtree(cache / "fjquotes", ignore_errors=True)
            cold = _time(big, env)
            warm = [_time(big, env) for _ in range(5)]
            print(
                f"{count:,} fortunes: cold {cold / 1000:.1f} s, warm median "
                f"{statistics.median(warm):.0f} ms (target: under 300 ms)"
            )
    shutil.rmtree(cache, ignore_errors=True)


if __name__ == "__main__":
    main()
