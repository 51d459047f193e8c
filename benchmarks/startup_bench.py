"""Start-up cost of fjquotes against the floor of importing Typer, measured in one interleaved run.

Usage: python benchmarks/startup_bench.py [RUNS]      (default 30)
       python benchmarks/startup_bench.py --instructions   (needs valgrind)

Each round runs, in turn, `python -c "import typer"` (the floor), `fjquotes search hydrogen
--json` and `fjquotes search hydrogen` (the table), and the import of Typer and Rich's table
modules alone, exiting as fjquotes does (what a table costs before anything is drawn), each
as a fresh process with stdout to a pipe, so noise on the machine falls on all alike; the
floor again with Python's cycle collector off, as fjquotes runs, to show which part of the
margin that is, and once more leaving as fjquotes does (no teardown: the base that Rich's
imports and the drawn table add to); and the same search drawn as a table with no command
line around it (the bound a table could reach if parsing and dispatch were free). Every
process runs on one CPU where the system allows pinning. Prints the median wall time of each,
its ratio to the floor, and the median and quartiles of each round's ratio to its own floor.
Targets: JSON within 1.15x of the floor, table within 1.4x.

On a machine too noisy for wall times to tell a change of a few milliseconds, --instructions
counts each command's instructions once under valgrind (callgrind) instead: the counts repeat
to a fraction of a percent, so their ratios to the floor's show what a change saved, though
not the time (files, memory and teardown cost time without costing instructions alike).
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import time

_NO_COMMAND_LINE = """
import gc; gc.disable()
import os, sys, typer
from fjquotes import cache
from fjquotes.corpora import BUNDLED, open_corpus
from fjquotes.output import RenderOptions, hit_renderer, OutputFormat
from fjquotes.search import Searcher
hit = cache.load(cache.cache_key([BUNDLED]))
searcher = Searcher(hit[0], index=hit[1]) if hit else Searcher(open_corpus([]))
result = searcher.search("hydrogen")
hit_renderer(OutputFormat.TABLE).render_hits(
    result.hits, searcher.corpus, sys.stdout, RenderOptions(caption=f"{result.total} found")
)
sys.stdout.flush()
os._exit(0)
"""


def _command() -> list[str]:
    exe = shutil.which("fjquotes", path=os.path.dirname(sys.executable))
    return [exe] if exe else [sys.executable, "-m", "fjquotes"]


def main() -> None:
    """Time the commands interleaved, or count their instructions, and print the ratios."""
    instructions = "--instructions" in sys.argv[1:]
    numbers = [a for a in sys.argv[1:] if a != "--instructions"]
    runs = int(numbers[0]) if numbers else 30
    fjq = _command()
    commands = {
        "python -c 'import typer' (floor)": [sys.executable, "-c", "import typer"],
        "fjquotes search hydrogen --json": [*fjq, "search", "hydrogen", "--json"],
        "fjquotes search hydrogen (table)": [*fjq, "search", "hydrogen"],
        # fjquotes runs with the cycle collector off (fjquotes/_entry.py); the same floor so
        # run shows how much of the margin that is, and what remains of our own.
        "import typer, collector off": [
            sys.executable,
            "-c",
            "import gc; gc.disable(); import typer",
        ],
        # Typer alone, leaving as fjquotes does (os._exit, no teardown, collector off): the
        # base the next two lines add to, so their differences are Rich's share and ours.
        "import typer, as fjquotes leaves": [
            sys.executable,
            "-c",
            "import gc; gc.disable(); import os, typer; os._exit(0)",
        ],
        # The table's own floor: importing Typer and the Rich modules a table needs, then
        # leaving as fjquotes does (os._exit, no teardown, collector off); nothing is drawn.
        "imports of typer + rich.table only": [
            sys.executable,
            "-c",
            "import gc; gc.disable(); "
            "import os, typer, rich.console, rich.table, rich.text; os._exit(0)",
        ],
        # The same search and table with no command line at all: Typer imported, the index
        # read from the cache, the hits drawn by the table renderer, nothing parsed or
        # dispatched. What the table would cost if the command line were free.
        "search + table, no command line": [sys.executable, "-c", _NO_COMMAND_LINE],
    }
    # Every process on one CPU (children inherit it): a process moved between CPUs halfway
    # costs it milliseconds, which on a two-CPU machine made medians swing by a tenth.
    pinned = _pin_to_one_cpu()
    # A pip-installed fjquotes runs from compiled bytecode; without it every run would time a
    # compile of the sources (PYTHONDONTWRITEBYTECODE stops the warm-up runs writing it).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["COLUMNS"] = "100"
    for _ in range(3):  # warm the file cache; the index cache and bytecode are written
        for cmd in commands.values():
            subprocess.run(cmd, stdout=subprocess.PIPE, env=env, check=True)
    if instructions:
        _count_instructions(commands, env)
        return
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            start = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.PIPE, env=env, check=True)
            times[name].append((time.perf_counter() - start) * 1000)
    floors = next(iter(times.values()))
    floor = statistics.median(floors)
    print(
        f"{runs} interleaved runs each{pinned}; median wall time, its ratio to the floor's median,"
        " and the median of each round's ratio to that round's floor (steadier on a noisy"
        " machine) with its quartiles"
    )
    for name, values in times.items():
        median = statistics.median(values)
        ratios = [v / f for v, f in zip(values, floors, strict=True)]
        low, paired, high = statistics.quantiles(ratios, n=4)
        print(
            f"  {name:36} {median:7.1f} ms   {median / floor:5.2f}x"
            f"   paired {paired:5.2f}x ({low:.2f}-{high:.2f})"
        )


def _count_instructions(commands: dict[str, list[str]], env: dict[str, str]) -> None:
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        sys.exit("startup_bench: --instructions needs valgrind (apt-get install valgrind)")
    # A fixed hash seed: with a random one, hashing and dict order vary the counts by 0.1%.
    env = {**env, "PYTHONHASHSEED": "0"}
    counted = {}
    for name, cmd in commands.items():
        done = subprocess.run(
            [valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        found = re.search(r"Collected : (\d+)", done.stderr)
        if found is None:
            sys.exit(f"startup_bench: no count in valgrind's output for {name}")
        counted[name] = int(found.group(1))
    floor = next(iter(counted.values()))
    print("instructions of one run each (valgrind), and their ratio to the floor's")
    for name, count in counted.items():
        print(f"  {name:36} {count / 1e6:8.1f} M   {count / floor:5.3f}x")


def _pin_to_one_cpu() -> str:
    if not hasattr(os, "sched_setaffinity"):
        return ""
    cpu = max(os.sched_getaffinity(0))  # the last: the first takes more of the interrupts
    os.sched_setaffinity(0, {cpu})
    return f", on CPU {cpu}"


if __name__ == "__main__":
    main()
