"""Rich tables for people: matched words highlighted, long text folded, plain when piped."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from fjquotes.model import Corpus, Record, SearchHit
from fjquotes.output.inert import inert

if TYPE_CHECKING:
    from fjquotes.verification import VerifyReport

MATCH_STYLE = "bold yellow"


def make_console(out: TextIO) -> Console:
    """A console that never interprets data as markup, emoji codes or highlights."""
    return Console(file=out, markup=False, emoji=False, highlight=False)


def highlighted(text: str, matches: Sequence[tuple[int, int]]) -> Text:
    """`text` as inert Rich Text with the matched character ranges styled."""
    out = Text()
    pos = 0
    for match_start, end in sorted(matches):
        start = max(match_start, pos)
        if start >= end:
            continue
        out.append(inert(text[pos:start]))
        out.append(inert(text[start:end]), style=MATCH_STYLE)
        pos = end
    out.append(inert(text[pos:]))
    return out


def _record_text(hit: SearchHit) -> Text:
    record = hit.record
    body = highlighted(record.text, hit.matches)
    if record.kind == "quote":
        body = Text("“") + body + Text("”")
    return body


def _attribution(record: Record, corpus: Corpus) -> Text:
    lines = []
    if record.speaker is not None:
        lines.append(Text(inert(record.speaker.name), style="bold"))
        role = ", ".join(x for x in (record.speaker.role, record.speaker.organization) if x)
        if role:
            lines.append(Text(inert(role)))
    elif record.kind == "fact":
        lines.append(Text("fact", style="italic"))
    sources = dict.fromkeys(span.source for span in record.spans)
    for source_id in sources:
        lines.append(Text(inert(source_id), style="dim"))
    return Text("\n").join(lines)


def render_hits(
    hits: Sequence[SearchHit], corpus: Corpus, out: TextIO, caption: str | None
) -> None:
    """Draw the records as one table: id, words, and who said them where."""
    if not hits:
        return
    console = make_console(out)
    fancy = console.is_terminal
    table = Table(
        box=box.ROUNDED if fancy else None,
        show_lines=fancy,
        expand=False,
        caption=Text(inert(caption)) if caption else None,
        pad_edge=fancy,
        show_edge=fancy,
        header_style="bold" if fancy else "",
    )
    table.add_column("id", style="cyan", overflow="fold", min_width=8, ratio=1)
    table.add_column("words", overflow="fold", ratio=4, min_width=20)
    table.add_column("said by · source", overflow="fold", ratio=2, min_width=12)
    for hit in hits:
        table.add_row(
            Text(inert(hit.record.id)), _record_text(hit), _attribution(hit.record, corpus)
        )
    console.print(table)


def render_verify(report: VerifyReport, out: TextIO) -> None:
    """Print the verify result as lines a person can act on."""
    console = make_console(out)
    for problem in report.problems:
        console.print(Text("problem: ", style="bold red") + Text(inert(problem)))
    for item in report.unchecked:
        console.print(Text("not checked: ", style="yellow") + Text(inert(item)))
    verdict = "all spans hold their wording" if report.ok else f"{len(report.problems)} problems"
    console.print(
        Text(
            f"{report.checked} spans checked: {verdict}", style="green" if report.ok else "bold red"
        )
    )
