"""Rich tables for people: matched words highlighted, long text folded, plain when piped."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from fjquotes.output.inert import inert

if TYPE_CHECKING:
    from fjquotes.catalog import Listing
    from fjquotes.context import Context
    from fjquotes.model import Corpus, Record, SearchHit
    from fjquotes.output import RenderOptions
    from fjquotes.verification import VerifyReport

MATCH_STYLE = "bold yellow"
# Below this width the id and attribution move under the words instead of beside them.
WIDE = 90
BAR_WIDTH = 24


class _Console(Console):
    """A Rich console that leaves a reader's hang-up to the command line."""

    def on_broken_pipe(self) -> None:
        """Raise the error again: Rich's own answer is `SystemExit(1)`, a wrong status."""
        raise BrokenPipeError


def make_console(out: TextIO, options: RenderOptions) -> Console:
    """A console that never reads data as markup, emoji codes or highlights."""
    return _Console(
        file=out,
        markup=False,
        emoji=False,
        highlight=False,
        no_color=True if options.color is False else None,
    )


def _table(
    console: Console,
    caption: str | None,
    *,
    show_lines: bool = False,
    show_header: bool = True,
    title: Text | None = None,
) -> Table:
    fancy = console.is_terminal
    return Table(
        box=box.ROUNDED if fancy else None,
        show_edge=fancy,
        pad_edge=fancy,
        header_style="bold" if fancy else "",
        show_lines=show_lines,
        show_header=show_header,
        title=title,
        caption=Text(inert(caption)) if caption else None,
    )


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


def _words(hit: SearchHit) -> Text:
    body = highlighted(hit.record.text, hit.matches)
    return Text("“") + body + Text("”") if hit.record.kind == "quote" else body


def _who(record: Record) -> list[Text]:
    speaker = record.speaker
    if speaker is None:
        return [Text("fact" if record.kind == "fact" else "unknown speaker", style="italic")]
    lines = [Text(inert(speaker.name), style="bold")]
    role = ", ".join(x for x in (speaker.role, speaker.organization) if x)
    if role:
        lines.append(Text(inert(role)))
    return lines


def _sources(record: Record) -> list[Text]:
    return [Text(inert(s), style="dim") for s in dict.fromkeys(x.source for x in record.spans)]


def render_hits(
    hits: Sequence[SearchHit], corpus: Corpus, out: TextIO, options: RenderOptions
) -> None:
    """Draw the records: id, words, and who said them where; stacked on narrow terminals."""
    if not hits:
        return
    console = make_console(out, options)
    fancy = console.is_terminal
    if console.width >= WIDE:
        table = _table(console, options.caption, show_lines=fancy)
        table.add_column("id", style="cyan", no_wrap=True)
        table.add_column("words", overflow="fold", ratio=3)
        table.add_column("said by · source", overflow="fold", ratio=1, min_width=18)
        for hit in hits:
            record = hit.record
            table.add_row(
                Text(inert(record.id)),
                _words(hit),
                Text("\n").join([*_who(record), *_sources(record)]),
            )
    else:
        table = _table(console, options.caption, show_lines=True, show_header=False)
        table.add_column("record", overflow="fold")
        for hit in hits:
            record = hit.record
            meta = Text(" · ").join(
                [Text(inert(record.id), style="cyan"), *_who(record), *_sources(record)]
            )
            table.add_row(_words(hit) + Text("\n— ") + meta)
    console.print(table)


def _cell(value: object) -> Text:
    return Text("" if value is None else inert(str(value)))


def render_listings(listings: Sequence[Listing], out: TextIO, options: RenderOptions) -> None:
    """Draw each table; a count column named by `bar` is drawn as bars beside its numbers."""
    console = make_console(out, options)
    bar_width = max(6, min(BAR_WIDTH, console.width // 6))
    for listing in listings:
        table = _table(console, None, title=Text(inert(listing.title), style="bold"))
        shown = [
            i
            for i, c in enumerate(listing.columns)
            if console.width >= WIDE or not listing.narrow or c in listing.narrow
        ]
        bar_at = listing.columns.index(listing.bar) if listing.bar else -1
        most = max((int(r[bar_at] or 0) for r in listing.rows), default=0) if bar_at >= 0 else 0
        for i in shown:
            numeric = i == bar_at or all(isinstance(r[i], int) for r in listing.rows)
            # Keys and numbers stay whole; descriptive columns fold.
            table.add_column(
                listing.columns[i],
                justify="right" if numeric else "left",
                overflow="fold",
                no_wrap=numeric or i == shown[0],
            )
        if bar_at >= 0:
            table.add_column("", no_wrap=True, style="green")
        for row in listing.rows:
            cells = [_cell(row[i]) for i in shown]
            if bar_at >= 0:
                cells.append(Text(_bar(int(row[bar_at] or 0), most, bar_width)))
            table.add_row(*cells)
        console.print(table)


def _bar(value: int, most: int, width: int) -> str:
    if most <= 0 or value <= 0:
        return ""
    eighths = round(value / most * width * 8)
    full, part = divmod(max(eighths, 1), 8)
    return "█" * full + ("", "▏", "▎", "▍", "▌", "▋", "▊", "▉")[part]


def render_contexts(contexts: Sequence[Context], out: TextIO, options: RenderOptions) -> None:
    """Print each paragraph with the record's words highlighted, under the source's details."""
    console = make_console(out, options)
    for i, c in enumerate(contexts):
        if i:
            console.print()
        console.print(Text(inert(c.title), style="bold"))
        place = c.paragraph_start + c.start, c.paragraph_start + c.end
        kind = ", a pull quote" if c.pull_quote else ""
        published = ", ".join(x for x in (c.publisher, c.date) if x)
        where = f"{c.source} characters {place[0]}–{place[1]}{kind}"
        line = f"{published}; {where}" if published else where
        console.print(Text(inert(line), style="dim"))
        # An address broken over two lines cannot be clicked or copied whole.
        console.print(Text(inert(c.address), style="dim"), soft_wrap=True)
        console.print(highlighted(c.paragraph, [(c.start, c.end)]))


def render_verify(report: VerifyReport, out: TextIO, options: RenderOptions) -> None:
    """Print the verify result as lines a person can act on."""
    console = make_console(out, options)
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
