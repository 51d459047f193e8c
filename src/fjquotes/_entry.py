"""The console script and `python -m fjquotes`: the collector off, then the command line."""

import gc


def main() -> None:
    """Run the command line in a process that skips Python's cycle collection."""
    # Before the first import: starting up builds some hundred thousand objects (Typer's,
    # Rich's, ours) and frees next to none in cycles, so the collector's passes over them are
    # pure cost, about a tenth of a search's wall time (benchmarks/startup_bench.py shows it).
    # A process lives for one command; building the index of a million records peaks at the
    # same memory and takes as long without the collector (measured), so it stays off.
    gc.disable()
    from fjquotes._cli import main as run_command_line

    run_command_line()
