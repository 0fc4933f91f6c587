"""The report as Markdown (CommonMark with GitHub tables), safe to paste into a memo.

Article text is hostile. Every string from an article goes through :func:`md_text`:

- control characters are made visible (:func:`tui.export.common.visible`), and whitespace
  runs (newlines included) become one space, so no text can open a block of its own;
- the characters that act anywhere inline are backslash-escaped: ``\\ ` * _ [ ] < > | ~ #``
  (``[``/``]`` escaped means ``(``/``)``/``!`` can never form a link or image; ``<``/``>``
  escaped means no raw HTML and no ``<autolink>``; ``|`` escaped keeps table cells whole);
- an ``&`` that would start an entity (``&lt;``, ``&#60;``) is escaped, so the text shows
  as written;
- at the start of a string, the characters that open a block (``- + = >`` and ``1.``/``1)``)
  are escaped, since a string may follow a list marker;
- URLs, host names (in any script: "日本.jp") and e-mail addresses become code spans,
  each with the whole word it is in, which no Markdown renderer or linkifier (GitHub's
  autolinks, markdown-it's linkify) turns into a link: nothing from an article is
  clickable.
"""

from __future__ import annotations

import re
from functools import lru_cache

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
_ALWAYS = re.compile(r"([\\`*\[\]<>|~#])")
# "_" opens or closes emphasis only at a word's edge: inside a word ("file_name") it is inert.
_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]{1,32};)")
# What a linkifier would turn into a link: a URL with a scheme or a www. host, an e-mail
# address, or a bare host name ending in a common or two-letter country TLD (or a
# punycode one), with its path ("pic.twitter.com/3K3q", "example.org", "日本.jp"), as
# markdown-it's fuzzy linkify finds them. A host label is made of what linkify-it calls
# letters: every character but spaces, controls and punctuation (so "café", "¢" and "日本"
# too); here also never a backtick, "|" or "\\", which a code span cannot hold in a table.
# Repetitions are bounded, and each host label ends at a dot, so matching stays linear.
_URLISH_TEMPLATE = (
    r"(?i)(?:[a-z][a-z0-9+.\-]{0,20}://|www\.)[^\s`|<>\\]{0,2000}"
    r"|(?<![\w.+\-])[\w.+\-]{1,64}@{L}(?:{L}|-){0,62}(?:\.(?:{L}|-){1,63}){1,8}"
    r"|(?<![\w.@])(?<!{L})(?:{L}(?:{L}|-){0,62}\.){1,10}"
    r"(?:com|net|org|edu|gov|mil|int|biz|info|pro|web|xxx|aero|asia|coop|museum|name|shop|рф"
    r"|xn--[a-z0-9\-]{1,59}|[a-z]{2})"
    r"(?!{L}|[\w\-])(?:[/?#:][^\s`|<>\\]{0,2000})?"
)


def _label_class() -> str:
    """A host label's character as a regex class: not a space, a control, punctuation
    (every Unicode P category of the Basic Multilingual Plane; beyond it everything
    counts as a letter, erring towards quoting more), "<", ">", "｜", "`", "|" or "\\"."""
    import unicodedata

    out = ["\\s\\x00-\\x1f\\x7f-\\x9f<>`|\\\\\\uff5c"]
    start: int | None = None
    prev = -1
    for c in range(0x80, 0x10000):
        if unicodedata.category(chr(c))[0] == "P":
            if c == prev + 1:
                prev = c
                continue
            if start is not None:
                out.append(_range(start, prev))
            start = prev = c
    if start is not None:
        out.append(_range(start, prev))
    # ASCII punctuation (the symbols $ + = ^ ~ are letters to linkify-it)
    out.append(re.escape("!\"#%&'()*,-./:;?@[]_{}"))
    return "[^" + "".join(out) + "]"


def _range(a: int, b: int) -> str:
    return f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}"


#: what every match of :func:`_urlish` holds: a scheme's "://", "www.", an "@", or a dot
#: before a top-level domain's first two letters (a quick test that passes most prose by)
_MAYBE_URL = re.compile(r"(?i)://|www\.|@|\.(?:[a-z]{2}|рф)").search


@lru_cache(maxsize=1)
def _urlish() -> re.Pattern:
    return re.compile(_URLISH_TEMPLATE.replace("{L}", _label_class()))


_BLANK_RUNS = re.compile(r"\n{3,}")
_BLOCK_START = re.compile(r"^([-+=>])|^(\d{1,9})([.)])")

#: a group is shown as a table (one column per source) up to this many versions and
#: this many characters in its longest version; beyond, one version after the other
TABLE_MAX_VERSIONS = 4
TABLE_MAX_CHARS = 700


_ANY_SPECIAL = re.compile(r"[\\`*\[\]<>|~#_&@$]")
# "@name" notifies a user when the report is pasted into GitHub, GitLab or Slack
_MENTION = re.compile(r"(?<!\w)@(?=\w)")


def _escape_plain(s: str) -> str:
    if not _ANY_SPECIAL.search(s):
        return s
    s = _ALWAYS.sub(r"\\\1", s)
    s = _UNDERSCORE.sub(r"\\_", s)
    s = _MENTION.sub(r"\\@", s)
    if s.count("$") > 1:  # two dollar signs can open and close inline math (GitHub, Obsidian)
        s = s.replace("$", "\\$")
    return _ENTITY.sub(r"\\&", s)


#: what a code span here never holds (a backtick would end it; "|" would split a table
#: cell; "\\" and "<>" are escaped outside), and punctuation left out of one at its edges
_CODE_STOP = frozenset(" \t\n\r\f\v`|\\<>")
_OPENING = frozenset("([{'\"‘“«‹")
_CLOSING = frozenset(".,;:!?)]}'\"’”»›")


def _escape_run(s: str) -> str:
    """Escape a run of one-line text (no block-start handling)."""
    if _MAYBE_URL(s) is None:
        return _escape_plain(s)
    out = []
    pos = 0
    for m in _urlish().finditer(s):
        start, end = m.span()
        if end <= pos:
            continue  # inside the word already quoted
        # the code span takes the whole word the match is in, but for opening and closing
        # punctuation around it: what is left beside it could otherwise be linked on its
        # own ("a.com" before "www.x" in "a.comwww.x")
        while start > pos and s[start - 1] not in _CODE_STOP:
            start -= 1
        while end < len(s) and s[end] not in _CODE_STOP:
            end += 1
        while start < m.start() and s[start] in _OPENING:
            start += 1
        while end > m.end() and s[end - 1] in _CLOSING:
            end -= 1
        out.append(_escape_plain(s[pos:start]))
        out.append(f"`{s[start:end]}`")
        pos = end
    out.append(_escape_plain(s[pos:]))
    return "".join(out)


def _block_safe(s: str) -> str:
    """Escape a block-opening character at the very start of ``s`` (already escaped)."""
    m = _BLOCK_START.match(s)
    if m is None:
        return s
    if m.group(1):
        return "\\" + s
    return s[: m.end(2)] + "\\" + s[m.end(2) :]


def md_text(s: str | None) -> str:
    """Untrusted text as inert one-line Markdown (see the module docstring)."""
    if s and len(s) <= 200:  # names, outlets, ids and dates repeat: remember them
        return _md_short(s)
    return _md_text(s)


def _md_text(s: str | None) -> str:
    s = _SPACES.sub(" ", visible(s)).strip()
    return _block_safe(_escape_run(s))


_md_short = lru_cache(maxsize=8192)(_md_text)


def md_code(s: str | None) -> str:
    """A file path or id, shown literally; falls back to escaped text when it holds a backtick."""
    s = _SPACES.sub(" ", visible(s)).strip()
    if not s:
        return ""
    if "`" in s or "|" in s:
        return md_text(s)
    return f"`{s}`"


def md_segments(segs: list[Segment], mark: str = "**") -> str:
    """Runs of text with the changed ones wrapped in ``mark`` (bold by default)."""
    out = []
    for seg in segs:
        t = _SPACES.sub(" ", visible(seg.text))
        if seg.changed:
            core = t.strip()
            if not core:
                out.append(t)
                continue
            lead = " " if t[:1] == " " else ""
            trail = " " if t[-1:] == " " else ""
            out.append(f"{lead}{mark}{_escape_run(core)}{mark}{trail}")
        else:
            out.append(_escape_run(t))
    return _block_safe("".join(out).strip())


def cite(c: Cite) -> str:
    return md_text(c.label)


def cites(cs: list[Cite], limit: int = MAX_CITES) -> str:
    """Sources named one after the other, a long list cut with a count of the rest."""
    out = ", ".join(cite(c) for c in cs[:limit])
    return out + (f" \u2026 and {len(cs) - limit} more" if len(cs) > limit else "")


def _cell(s: str) -> str:
    return s if s else " "


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = [
        "| " + " | ".join(_cell(h) for h in header) + " |",
        "|" + "|".join("---" for _ in header) + "|",
    ]
    for r in rows:
        lines.append("| " + " | ".join(_cell(x) for x in r) + " |")
    return lines + [""]


def _changes(ch: Change) -> str:
    parts = []
    for op in ch.ops:
        tag = op[0]
        texts = [md_text(t) for t in op[1:] if t and t.strip()]
        if not texts:
            continue
        if tag == "equal":
            parts.append(texts[0])
        elif tag == "delete":
            parts.append(f"~~{texts[0]}~~")
        elif tag == "insert":
            parts.append(f"**{texts[0]}**")
        elif tag == "replace":
            parts.append(f"~~{texts[0]}~~" + (f" **{texts[1]}**" if len(texts) > 1 else ""))
    sim = f", similarity {ch.similarity:.2f}" if ch.similarity is not None else ""
    return (
        f"- From {cite(ch.source)} to {cite(ch.target)} ({md_text(ch.relation)}{sim}): "
        + " ".join(parts)
    )


def _version_meta(v: Version) -> str:
    bits = [md_text(v.cite.date), md_text(v.kind)]
    if v.cue:
        bits.append(f"cue \u201c{md_text(v.cue)}\u201d")
    return ", ".join(bits)


def _group(g: GroupBlock) -> list[str]:
    lines = [
        f"#### {md_text(g.speaker)}: {md_text(g.relation)} ({len(g.versions)} sources, group {md_text(g.id)})",
        "",
    ]
    lines.append(f"Relation: {md_text(g.relation_text)}.")
    if g.speakers_disagree:
        lines.append("")
        lines.append(
            f"\u26a0 **The sources credit different speakers:** {md_text(', '.join(g.speakers))}."
        )
    lines.append("")
    longest = max((len(v.text) for v in g.versions), default=0)
    if len(g.versions) <= TABLE_MAX_VERSIONS and longest <= TABLE_MAX_CHARS:
        header = [" "] + [cite(v.cite) for v in g.versions]
        rows = [
            ["Date"] + [md_text(v.cite.date) for v in g.versions],
            ["Speaker"] + [md_text(v.speaker) for v in g.versions],
            ["Kind"]
            + [
                md_text(v.kind) + (f", cue \u201c{md_text(v.cue)}\u201d" if v.cue else "")
                for v in g.versions
            ],
            ["Text"] + [md_segments(v.segments) for v in g.versions],
        ]
        lines += _table(header, rows)
    else:
        for v in g.versions:
            lines.append(f"- **{cite(v.cite)}**, {_version_meta(v)}, speaker {md_text(v.speaker)}:")
            lines.append(f"  {md_segments(v.segments)}")
        lines.append("")
    if g.changes:
        lines.append("Changes:")
        lines.append("")
        lines += [_changes(ch) for ch in g.changes]
        lines.append("")
    return lines


def render(report: Report) -> str:
    L = _head(report)
    for part in (_sources, _actors, _timeline, _quotes, _disagreements, _discrepancies, _skipped):
        L += part(report)
    # every string from an article is on one line, so blank-line runs are only ours
    return _BLANK_RUNS.sub("\n\n", "\n".join(L)).rstrip("\n") + "\n"


def _head(r: Report) -> list[str]:
    """The title and the note."""
    return [f"# {md_text(r.title)}", "", f"*{md_text(r.note)}*", ""]


def _sources(r: Report) -> list[str]:
    """The sources table, with a note on inferred dates and the addresses given."""
    L: list[str] = []
    L += [f"## Sources ({len(r.sources)})", ""]
    if r.sources:
        header = [
            "#",
            "Label",
            "Outlet",
            "Date",
            "Title",
            "Author",
            "Words",
            "Quotes",
            "Actors",
            "Article",
            "File",
        ]
        rows = []
        for n, s in enumerate(r.sources, 1):
            rows.append(
                [
                    str(n),
                    md_text(s.cite.name),
                    md_text(s.cite.outlet_text),
                    md_text(s.cite.date),
                    md_text(s.title),
                    md_text(s.author),
                    str(s.words),
                    str(s.quotes),
                    str(s.actors),
                    md_code(s.cite.article),
                    md_code(s.path),
                ]
            )
        L += _table(header, rows)
        if any(s.cite.inferred for s in r.sources):
            L += [
                "Dates marked *(inferred)* were not printed in the article; Storyline inferred them from its text.",
                "",
            ]
        urls = [s for s in r.sources if s.url]
        if urls:
            L += ["Addresses (as the articles give them):", ""]
            L += [f"- {cite(s.cite)}: {md_code(s.url)}" for s in urls]
            L.append("")
    else:
        L += ["No articles were read.", ""]
    return L


def _actors(r: Report) -> list[str]:
    """The actors: which sources mention each, their names and roles."""
    L: list[str] = []
    L += [f"## Actors ({len(r.actors)})", ""]
    if r.actors and len(r.sources) <= MATRIX_MAX_SOURCES:
        header = ["Actor", "Kind"] + [md_text(s.cite.name) for s in r.sources]
        rows = []
        for a in r.actors:
            ids = {c.article for c in a.mentioned_by}
            rows.append(
                [md_text(a.name), md_text(a.kind)]
                + ["\u2713" if s.cite.article in ids else "\u00b7" for s in r.sources]
            )
        L += ["Which sources mention each actor (columns are the sources above, by label):", ""]
        L += _table(header, rows)
    matrix = bool(r.actors) and len(r.sources) <= MATRIX_MAX_SOURCES
    if matrix and any(a.aliases or a.roles for a in r.actors):
        L += ["Names and roles:", ""]
    for a in r.actors:
        if matrix and not (a.aliases or a.roles):
            continue  # the table above already says where it appears
        L.append(
            f"- **{md_text(a.name)}** ({md_text(a.kind)}, {a.mentions} mention{'s' if a.mentions != 1 else ''})"
        )
        if a.aliases:
            L.append(f"  - Also called: {md_text('; '.join(a.aliases))}")
        for role in a.roles:
            L.append(
                f"  - Role \u201c{md_text(role.text)}\u201d in: {cites(role.sources) or 'no source named'}"
            )
        if matrix:
            continue
        L.append(
            f"  - Mentioned by {len(a.mentioned_by)} of {len(r.sources)} sources: {cites(a.mentioned_by) or 'none'}"
        )
        if a.missing_from:
            L.append(f"  - Not mentioned by: {cites(a.missing_from)}")
    L.append("")
    return L


def _timeline(r: Report) -> list[str]:
    """The timeline: each date with the sentences that mention it."""
    L: list[str] = []
    L += [f"## Timeline ({len(r.timeline)} dates)", ""]
    if r.timeline:
        L += ["Each date with the sentences that mention it; the date expression is in bold.", ""]
    for t in r.timeline:
        flag = " \u26a0 sources disagree" if t.conflicts else ""
        L += [f"### {md_text(t.label)}{flag}", ""]
        L.append(f"Sources: {cites(t.sources)}")
        L.append("")
        for it in t.items:
            note = " *(date inferred)*" if it.inferred else ""
            warn = " \u26a0" if it.conflict else ""
            L.append(f"- {cite(it.cite)}{note}{warn}: {md_segments(it.sentence)}")
        for line in t.conflicts:
            L.append(f"- \u26a0 {md_text(line)}")
        L.append("")
    return L


def _quotes(r: Report) -> list[str]:
    """The quotes: groups quoted by several sources side by side, then the singles."""
    L: list[str] = []
    L += ["## Quotes", ""]
    L += [
        "In each version, **bold** words differ from the first version (in the first version: words that "
        "another version lacks). In the changes, ~~struck~~ words were dropped and **bold** words added.",
        "",
        f"### Quoted by several sources ({len(r.groups)})",
        "",
    ]
    if not r.groups:
        L += ["No statement was found in more than one source.", ""]
    for g in r.groups:
        L += _group(g)
    L += [f"### Quoted by one source only ({len(r.singles)})", ""]
    for v in r.singles:
        L.append(
            f"- **{md_text(v.speaker)}**, {cite(v.cite)}, {_version_meta(v)}: {md_segments(v.segments)}"
        )
    if not r.singles:
        L.append("None.")
    L.append("")
    return L


def _disagreements(r: Report) -> list[str]:
    """Date conflicts and speaker disagreements."""
    L: list[str] = []
    L += ["## Disagreements", ""]
    if not r.disagreements:
        L += ["No date conflicts or speaker disagreements were found.", ""]
    for kind, heading in (("date", "Dates"), ("speaker", "Speakers")):
        items = [d for d in r.disagreements if d.kind == kind]
        if not items:
            continue
        L += [f"### {heading} ({len(items)})", ""]
        for d in items:
            L.append(f"- {md_text(d.summary)}")
            for c, text in d.items:
                L.append(f"  - {cite(c)}: {md_text(text)}")
        L.append("")
    return L


def _discrepancies(r: Report) -> list[str]:
    """The discrepancies by kind (only when the corpus carries them)."""
    L: list[str] = []
    if r.discrepancies is not None:
        L += [f"## Discrepancies ({len(r.discrepancies)})", ""]
        if not r.discrepancies:
            L += ["None found.", ""]
        heading_kind: str | None = None
        for disc in r.discrepancies:
            if disc.kind != heading_kind:
                heading_kind = disc.kind
                if L[-1]:
                    L.append("")
                L += [f"### {md_text(DISCREPANCY_HEADINGS.get(heading_kind, heading_kind))}", ""]
            status = f"**{md_text(disc.status)}**" if disc.status else f"**{md_text(disc.kind)}**"
            conf = f" (confidence {disc.confidence:.2f})" if disc.confidence is not None else ""
            L.append(f"- {status}{conf}: {md_text(disc.summary)}")
            for where, text in disc.items:
                L.append(f"  - {cite(where) if where else 'source unknown'}: {md_text(text)}")
            if disc.missing_from:
                L.append(f"  - Not in: {cites(disc.missing_from)}")
        L.append("")
    return L


def _skipped(r: Report) -> list[str]:
    """The files skipped and the articles' warnings."""
    L: list[str] = []
    L += ["## Skipped files and warnings", ""]
    if not r.skipped and not r.warnings:
        L += ["Every file was read without a warning.", ""]
    for path, reason in r.skipped:
        L.append(f"- Skipped {md_code(path)}: {md_text(reason)}")
    for c, w in r.warnings:
        L.append(f"- {cite(c)}: {md_text(w)}")
    L.append("")
    return L
