"""Rich renderables for the terminal summary. Returns them; never prints.

Article text always goes in as ``Text(...)``, never as markup, so a "[" in an article survives.
"""

from __future__ import annotations

from collections import Counter

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from newsparse.models import Article

# Block types set aside from the body, in the order the summary counts them.
SET_ASIDE = ("boilerplate", "embed", "timestamp", "credit", "caption", "unclassified")
QUOTE_STYLE = "bold green"
PARTIAL_STYLE = "green"
SPEAKER_STYLE = "bold cyan"
CUE_STYLE = "italic cyan"


def summary(article: Article, *, max_paragraphs: int | None = None) -> RenderableType:
    """The article as a person wants to skim it: headline, byline, body with quotes
    highlighted, speakers, captions and credits, and what was set aside."""
    parts: list[RenderableType] = []
    head = Text(article.headline or "(no headline found)", style="bold")
    meta = Text()
    if article.byline is not None:
        meta.append("By ", style="dim")
        meta.append(", ".join(article.byline.authors) or article.byline.text)
    if article.dateline is not None:
        if meta:
            meta.append("  ·  ", style="dim")
        meta.append(article.dateline.text, style="dim")
    if article.standfirst:
        parts.append(Text(article.standfirst, style="italic"))
    if meta:
        parts.append(meta)
    parts.append(Rule(style="dim"))

    body = _body(article, max_paragraphs)
    parts.append(body)

    if article.speakers:
        t = Table(title="Speakers", title_justify="left", show_edge=False, pad_edge=False)
        t.add_column("speaker", style=SPEAKER_STYLE)
        t.add_column("role")
        t.add_column("quotes", justify="right")
        for sp in article.speakers:
            t.add_row(Text(sp.name), Text(sp.role or ""), str(len(sp.quotes)))
        parts.append(t)

    if article.captions:
        t = Table(
            title="Captions and credits", title_justify="left", show_edge=False, pad_edge=False
        )
        t.add_column("line")
        t.add_column("credit", style="magenta")
        for c in article.captions:
            t.add_row(Text(c.text), Text(c.credit or ""))
        parts.append(t)

    counts: Counter[str] = Counter(b.type for b in article.blocks)
    aside = [f"{counts[k]} {k}" for k in SET_ASIDE if counts.get(k)]
    foot = Text(
        f"{len(article.paragraphs)} paragraphs, {len(article.quotes)} quotes "
        f"({sum(1 for q in article.quotes if q.kind == 'direct')} direct)",
        style="dim",
    )
    if aside:
        foot.append("; set aside: " + ", ".join(aside), style="dim")
    for w in article.warnings:
        foot.append(f"\nwarning: {w}", style="yellow")
    parts.append(foot)
    title = Text(article.source or "article", style="dim")
    return Panel(Group(head, *parts), title=title, title_align="left")


def _body(article: Article, max_paragraphs: int | None) -> RenderableType:
    """Paragraphs and crossheads in reading order, quotes highlighted, a note per quote."""
    by_para: dict[int, list[int]] = {}
    for qi, q in enumerate(article.quotes):
        if q.paragraph is not None:
            by_para.setdefault(q.paragraph, []).append(qi)
    para_at = {p.start: p for p in article.paragraphs}
    out: list[RenderableType] = []
    shown = 0
    for block in article.blocks:
        if block.type == "subheading":
            out.append(Text(block.text, style="bold underline"))
            continue
        p = para_at.get(block.start) if block.type == "paragraph" else None
        if p is None:
            continue
        if max_paragraphs is not None and shown >= max_paragraphs:
            break
        shown += 1
        t = Text(p.text)
        notes: list[str] = []
        for qi in by_para.get(p.index, ()):
            q = article.quotes[qi]
            t.stylize(
                QUOTE_STYLE if q.kind == "direct" else PARTIAL_STYLE,
                q.start - p.start,
                q.end - p.start,
            )
            if q.speaker is not None and p.start <= q.speaker.start < p.end:
                t.stylize(SPEAKER_STYLE, q.speaker.start - p.start, q.speaker.end - p.start)
            if q.cue is not None and p.start <= q.cue.start < p.end:
                t.stylize(CUE_STYLE, q.cue.start - p.start, q.cue.end - p.start)
            if q.kind == "direct":
                who = (q.speaker.name or q.speaker.text) if q.speaker else "unattributed"
                note = f"{who} ({q.cue.text})" if q.cue else who
                if not notes or notes[-1] != note:
                    notes.append(note)
        out.append(t)
        if notes:
            out.append(Text("  ↳ quoted: " + "; ".join(notes), style="dim"))
        out.append(Text(""))
    rest = len(article.paragraphs) - shown
    if max_paragraphs is not None and rest > 0:
        out.append(Text(f"… {rest} more paragraphs", style="dim"))
    if not article.paragraphs:
        out.append(Text("(no body paragraphs found)", style="dim"))
    return Group(*out)


def tally(ok: int, failed: int, skipped: int) -> Text:
    """The one-line tally printed on stderr at the end of a run."""
    total = ok + failed + skipped
    t = Text(f"{total} input{'s' if total != 1 else ''}: {ok} parsed")
    if skipped:
        t.append(f", {skipped} up to date (skipped)")
    if failed:
        t.append(f", {failed} failed", style="bold red")
    return t
