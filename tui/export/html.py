"""The report as one self-contained HTML page (no scripts, no external resources).

Every string from an article goes through :func:`h`: control characters made visible,
then ``& < > " '`` escaped, so it is safe in text and in quoted attributes alike. The only
link the page makes is an article's own address, and only when it is an ``http``/``https``
URL (:func:`safe_href`), with ``rel="noopener noreferrer"``. A Content-Security-Policy
forbids scripts and remote loads even if something slipped through.
"""

from __future__ import annotations

import html as _html
import re
from urllib.parse import urlsplit

from tui.export.common import (
    DISCREPANCY_HEADINGS,
    MATRIX_MAX_SOURCES,
    MAX_CITES,
    Change,
    Cite,
    GroupBlock,
    Report,
    Segment,
    Version,
)
from tui.visible import visible

_SPACES = re.compile(r"\s+")

CSS = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2em auto; max-width: 75em; padding: 0 1em; color: #1b1b1b; }
h1 { margin-bottom: .2em; } h2 { border-bottom: 1px solid #ccc; margin-top: 2em; } h3, h4 { margin-bottom: .3em; }
.note { color: #555; font-style: italic; }
table { border-collapse: collapse; margin: .5em 0 1em; width: 100%; }
th, td { border: 1px solid #ccc; padding: .3em .5em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
td.num { text-align: right; } td.yes { text-align: center; color: #1a7f37; } td.no { text-align: center; color: #bbb; }
mark { background: #ffe58a; } ins { background: #d7f5dd; text-decoration: none; } del { background: #fbdcdc; }
.warn { color: #9a6700; font-weight: bold; } .muted { color: #666; } code { font-size: 90%; overflow-wrap: anywhere; }
.versions td { width: auto; } .date-expr { font-weight: bold; }
ul.sub { margin-top: .1em; } .scroll { overflow-x: auto; }
"""


def h(s: object) -> str:
    """Untrusted text, visible and HTML-escaped (safe in text and quoted attributes)."""
    if s is None:
        return ""
    return _html.escape(visible(str(s)), quote=True)


def h1(s: object) -> str:
    """As :func:`h`, on one line."""
    return _html.escape(_SPACES.sub(" ", visible("" if s is None else str(s))).strip(), quote=True)


def safe_href(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL with a host and nothing odd in it."""
    if not url or len(url) > 2048:
        return None
    if url != url.strip() or any(
        c.isspace() or ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in url
    ):
        return None
    if visible(url) != url or any(c in url for c in "\"'<>`\\"):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def cite(c: Cite) -> str:
    if c.name != c.article:
        return f'{h1(c.name)} <span class="muted">({h1(c.article)})</span>'
    return h1(c.article)


def cites(cs: list[Cite], limit: int = MAX_CITES, *, name_only: bool = False) -> str:
    """Sources named one after the other, a long list cut with a count of the rest."""
    out = ", ".join(h1(c.name) if name_only else cite(c) for c in cs[:limit])
    return out + (f" \u2026 and {len(cs) - limit} more" if len(cs) > limit else "")


def segments_html(segs: list[Segment], tag: str = "mark", cls: str | None = None) -> str:
    """Runs of text on one line, the changed ones wrapped in ``<tag>``."""
    attr = f' class="{cls}"' if cls else ""
    out = []
    for s in segs:
        t = _SPACES.sub(" ", visible(s.text))
        core = t.strip()
        if s.changed and core:
            lead = " " if t[:1] == " " else ""
            trail = " " if t[-1:] == " " else ""
            out.append(f"{lead}<{tag}{attr}>{_html.escape(core, quote=True)}</{tag}>{trail}")
        else:
            out.append(_html.escape(t, quote=True))
    return "".join(out).strip()


def _version_meta(v: Version) -> str:
    bits = [h1(v.cite.date), h1(v.kind)]
    if v.cue:
        bits.append(f"cue \u201c{h1(v.cue)}\u201d")
    return ", ".join(bits)


def _changes(ch: Change) -> str:
    parts = []
    for op in ch.ops:
        texts = [h1(t) for t in op[1:] if t and t.strip()]
        if not texts:
            continue
        if op[0] == "equal":
            parts.append(texts[0])
        elif op[0] == "delete":
            parts.append(f"<del>{texts[0]}</del>")
        elif op[0] == "insert":
            parts.append(f"<ins>{texts[0]}</ins>")
        elif op[0] == "replace":
            parts.append(
                f"<del>{texts[0]}</del>" + (f" <ins>{texts[1]}</ins>" if len(texts) > 1 else "")
            )
    sim = f", similarity {ch.similarity:.2f}" if ch.similarity is not None else ""
    return f"<li>From {cite(ch.source)} to {cite(ch.target)} ({h1(ch.relation)}{sim}): {' '.join(parts)}</li>"


def _group(g: GroupBlock) -> list[str]:
    L = [
        f'<section class="group" id="group-{h1(g.id)}">',
        f'<h4>{h1(g.speaker)}: {h1(g.relation)} <span class="muted">({len(g.versions)} sources, group {h1(g.id)})</span></h4>',
        f"<p>Relation: {h1(g.relation_text)}.</p>",
    ]
    if g.speakers_disagree:
        L.append(
            f'<p class="warn">\u26a0 The sources credit different speakers: {h1(", ".join(g.speakers))}.</p>'
        )
    L.append(
        '<div class="scroll"><table class="versions"><thead><tr><th></th>'
        + "".join(f"<th>{cite(v.cite)}</th>" for v in g.versions)
        + "</tr></thead><tbody>"
    )
    L.append(
        "<tr><th>Date</th>" + "".join(f"<td>{h1(v.cite.date)}</td>" for v in g.versions) + "</tr>"
    )
    L.append(
        "<tr><th>Speaker</th>" + "".join(f"<td>{h1(v.speaker)}</td>" for v in g.versions) + "</tr>"
    )
    L.append(
        "<tr><th>Kind</th>"
        + "".join(
            f"<td>{h1(v.kind)}{(', cue “' + h1(v.cue) + '”') if v.cue else ''}</td>"
            for v in g.versions
        )
        + "</tr>"
    )
    L.append(
        "<tr><th>Text</th>"
        + "".join(f"<td>{segments_html(v.segments)}</td>" for v in g.versions)
        + "</tr>"
    )
    L.append("</tbody></table></div>")
    if g.changes:
        L.append("<p>Changes:</p><ul>")
        L += [_changes(ch) for ch in g.changes]
        L.append("</ul>")
    L.append("</section>")
    return L


def render(report: Report) -> str:
    L = _head(report)
    for part in (_sources, _actors, _timeline, _quotes, _disagreements, _discrepancies, _skipped):
        L += part(report)
    L += ["</body>", "</html>", ""]
    return "\n".join(L)


def _head(r: Report) -> list[str]:
    """The document's head, title and note, and the contents."""
    return [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "base-uri 'none'; form-action 'none'\">",
        '<meta name="referrer" content="no-referrer">',
        '<meta name="generator" content="Storyline">',
        f"<title>{h1(r.title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>{h1(r.title)}</h1>",
        f'<p class="note">{h1(r.note)}</p>',
        '<nav><p>Contents: <a href="#sources">Sources</a> \u00b7 <a href="#actors">Actors</a> \u00b7 '
        '<a href="#timeline">Timeline</a> \u00b7 <a href="#quotes">Quotes</a> \u00b7 '
        '<a href="#disagreements">Disagreements</a>'
        + (
            ' \u00b7 <a href="#discrepancies">Discrepancies</a>'
            if r.discrepancies is not None
            else ""
        )
        + ' \u00b7 <a href="#skipped">Skipped files and warnings</a></p></nav>',
    ]


def _sources(r: Report) -> list[str]:
    """The sources table, with a note on inferred dates and the addresses given."""
    L: list[str] = []
    L.append(f'<h2 id="sources">Sources ({len(r.sources)})</h2>')
    if r.sources:
        L.append(
            "<table><thead><tr><th>#</th><th>Label</th><th>Outlet</th><th>Date</th><th>Title</th><th>Author</th>"
            "<th>Words</th><th>Quotes</th><th>Actors</th><th>Article</th><th>File</th></tr></thead><tbody>"
        )
        for n, s in enumerate(r.sources, 1):
            href = safe_href(s.url)
            title = h1(s.title)
            if href:
                title = f'<a href="{h(href)}" rel="noopener noreferrer" target="_blank">{title or h1(href)}</a>'
            L.append(
                f'<tr><td class="num">{n}</td><td>{h1(s.cite.name)}</td>'
                f"<td>{h1(s.cite.outlet_text)}</td>"
                f"<td>{h1(s.cite.date)}</td><td>{title}</td><td>{h1(s.author)}</td>"
                f'<td class="num">{s.words}</td><td class="num">{s.quotes}</td><td class="num">{s.actors}</td>'
                f"<td><code>{h1(s.cite.article)}</code></td><td><code>{h1(s.path)}</code></td></tr>"
            )
        L.append("</tbody></table>")
        if any(s.cite.inferred for s in r.sources):
            L.append(
                '<p class="muted">Dates marked (inferred) were not printed in the article; Storyline inferred them from its text.</p>'
            )
        odd = [s for s in r.sources if s.url and not safe_href(s.url)]
        if odd:
            L.append("<p>Addresses that are not web links (shown, not linked):</p><ul>")
            L += [f"<li>{cite(s.cite)}: <code>{h1(s.url)}</code></li>" for s in odd]
            L.append("</ul>")
    else:
        L.append("<p>No articles were read.</p>")
    return L


def _actors(r: Report) -> list[str]:
    """The actors: which sources mention each, their names and roles."""
    L: list[str] = []
    L.append(f'<h2 id="actors">Actors ({len(r.actors)})</h2>')
    if r.actors:
        matrix = len(r.sources) <= MATRIX_MAX_SOURCES
        L.append("<p>Which sources mention each actor, and the roles each source gives them.</p>")
        L.append(
            "<table><thead><tr><th>Actor</th><th>Kind</th><th>Also called</th>"
            + (
                "".join(f'<th title="{h1(s.cite.label)}">{h1(s.cite.name)}</th>' for s in r.sources)
                if matrix
                else "<th>Mentioned by</th>"
            )
            + "<th>Roles</th></tr></thead><tbody>"
        )
        for a in r.actors:
            if matrix:
                ids = {c.article for c in a.mentioned_by}
                cells = "".join(
                    '<td class="yes">\u2713</td>'
                    if s.cite.article in ids
                    else '<td class="no">\u00b7</td>'
                    for s in r.sources
                )
            else:
                cells = (
                    f"<td>{len(a.mentioned_by)} of {len(r.sources)}: {cites(a.mentioned_by)}</td>"
                )
            roles = "; ".join(
                f"\u201c{h1(role.text)}\u201d in {cites(role.sources, name_only=True) or 'no source named'}"
                for role in a.roles
            )
            L.append(
                f'<tr><td><strong>{h1(a.name)}</strong> <span class="muted">({a.mentions})</span></td><td>{h1(a.kind)}</td>'
                f"<td>{h1('; '.join(a.aliases))}</td>{cells}<td>{roles}</td></tr>"
            )
        L.append("</tbody></table>")
        missing = [a for a in r.actors if a.missing_from and a.mentioned_by]
        if missing:
            L.append("<p>Not mentioned by:</p><ul>")
            for a in missing:
                L.append(f"<li><strong>{h1(a.name)}</strong>: {cites(a.missing_from)}</li>")
            L.append("</ul>")
    return L


def _timeline(r: Report) -> list[str]:
    """The timeline: each date with the sentences that mention it."""
    L: list[str] = []
    L.append(f'<h2 id="timeline">Timeline ({len(r.timeline)} dates)</h2>')
    if r.timeline:
        L.append(
            "<p>Each date with the sentences that mention it; the date expression is in bold.</p>"
        )
    for t in r.timeline:
        flag = ' <span class="warn">\u26a0 sources disagree</span>' if t.conflicts else ""
        L.append(f'<h3 title="{h1(t.value)}">{h1(t.label)}{flag}</h3>')
        L.append(f"<p>Sources: {cites(t.sources)}</p><ul>")
        for it in t.items:
            note = ' <span class="muted">(date inferred)</span>' if it.inferred else ""
            warn = ' <span class="warn">\u26a0</span>' if it.conflict else ""
            L.append(
                f"<li>{cite(it.cite)}{note}{warn}: {segments_html(it.sentence, 'span', 'date-expr')}</li>"
            )
        for line in t.conflicts:
            L.append(f'<li class="warn">\u26a0 {h1(line)}</li>')
        L.append("</ul>")
    return L


def _quotes(r: Report) -> list[str]:
    """The quotes: groups quoted by several sources side by side, then the singles."""
    L: list[str] = []
    L.append('<h2 id="quotes">Quotes</h2>')
    L.append(
        "<p>In each version, <mark>highlighted</mark> words differ from the first version (in the first "
        "version: words that another version lacks). In the changes, <del>struck</del> words were dropped and "
        "<ins>underlaid</ins> words added.</p>"
    )
    L.append(f"<h3>Quoted by several sources ({len(r.groups)})</h3>")
    if not r.groups:
        L.append("<p>No statement was found in more than one source.</p>")
    for g in r.groups:
        L += _group(g)
    L.append(f"<h3>Quoted by one source only ({len(r.singles)})</h3>")
    if r.singles:
        L.append(
            "<table><thead><tr><th>Speaker</th><th>Source</th><th>Date, kind, cue</th><th>Statement</th></tr></thead><tbody>"
        )
        for v in r.singles:
            L.append(
                f"<tr><td>{h1(v.speaker)}</td><td>{cite(v.cite)}</td><td>{_version_meta(v)}</td>"
                f"<td>{segments_html(v.segments)}</td></tr>"
            )
        L.append("</tbody></table>")
    else:
        L.append("<p>None.</p>")
    return L


def _disagreements(r: Report) -> list[str]:
    """Date conflicts and speaker disagreements."""
    L: list[str] = []
    L.append('<h2 id="disagreements">Disagreements</h2>')
    if not r.disagreements:
        L.append("<p>No date conflicts or speaker disagreements were found.</p>")
    for kind, heading in (("date", "Dates"), ("speaker", "Speakers")):
        items = [d for d in r.disagreements if d.kind == kind]
        if not items:
            continue
        L.append(f"<h3>{heading} ({len(items)})</h3><ul>")
        for d in items:
            L.append(f'<li>{h1(d.summary)}<ul class="sub">')
            L += [f"<li>{cite(c)}: {h1(text)}</li>" for c, text in d.items]
            L.append("</ul></li>")
        L.append("</ul>")
    return L


def _discrepancies(r: Report) -> list[str]:
    """The discrepancies by kind (only when the corpus carries them)."""
    L: list[str] = []
    if r.discrepancies is not None:
        L.append(f'<h2 id="discrepancies">Discrepancies ({len(r.discrepancies)})</h2>')
        if not r.discrepancies:
            L.append("<p>None found.</p>")
        heading_kind: str | None = None
        for disc in r.discrepancies:
            if disc.kind != heading_kind:
                if heading_kind is not None:
                    L.append("</ul>")
                heading_kind = disc.kind
                L.append(f"<h3>{h1(DISCREPANCY_HEADINGS.get(heading_kind, heading_kind))}</h3><ul>")
            cls = ' class="warn"' if disc.status == "conflict" else ""
            conf = f" (confidence {disc.confidence:.2f})" if disc.confidence is not None else ""
            L.append(
                f'<li><strong{cls}>{h1(disc.status or disc.kind)}</strong>{conf}: {h1(disc.summary)}<ul class="sub">'
            )
            L += [
                f"<li>{cite(where) if where else 'source unknown'}: {h1(text)}</li>"
                for where, text in disc.items
            ]
            if disc.missing_from:
                L.append(f"<li>Not in: {cites(disc.missing_from)}</li>")
            L.append("</ul></li>")
        if heading_kind is not None:
            L.append("</ul>")
    return L


def _skipped(r: Report) -> list[str]:
    """The files skipped and the articles' warnings."""
    L: list[str] = []
    L.append('<h2 id="skipped">Skipped files and warnings</h2>')
    if not r.skipped and not r.warnings:
        L.append("<p>Every file was read without a warning.</p>")
    else:
        L.append("<ul>")
        L += [f"<li>Skipped <code>{h1(p)}</code>: {h1(reason)}</li>" for p, reason in r.skipped]
        L += [f"<li>{cite(c)}: {h1(w)}</li>" for c, w in r.warnings]
        L.append("</ul>")
    return L
