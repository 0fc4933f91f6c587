"""Citations for copying: the words, who said them, where, and how to find them again."""

from __future__ import annotations

import os
from pathlib import Path

from tui.analysis.timex.human import human_date
from tui.model import Article, Quote


def _source(a: Article, label: str | None) -> str:
    """``NYT 06-08 (The New York Times, 8 Jun 2016, “Title”)``: the source's label in
    the corpus, then who published it and when."""
    bits = [a.outlet_text]
    bits.append(
        human_date(a.published) + (" (inferred)" if a.published_from == "inferred" else "")
        if a.published
        else "undated"
    )
    s = ", ".join(bits)
    if a.title:
        s += f", “{a.title}”"
    return f"{label} ({s})" if label and label != a.id else s


def _where(a: Article, start: int, end: int) -> str:
    loc = a.url or a.path
    return f"[{a.id}, characters {start}–{end}; {loc}]"


def cite_quote(
    a: Article, q: Quote, speaker_name: str | None = None, label: str | None = None
) -> str:
    """The quote as a citation that says what it is: "“…” — Khalilzad (direct quote),
    quoted by …", "(partial quote), quoted in part by …", or, for reported speech,
    "… — Khalilzad (paraphrase, as reported by …)". A speaker the text does not settle
    is written as such: "he (unresolved)"."""
    who = speaker_name or q.who() or "unattributed"
    if q.unresolved and not speaker_name:
        who += " (unresolved)"
    source, where = _source(a, label), _where(a, q.start, q.end)
    text = q.text.strip()
    if q.kind == "indirect":
        return f"{text} — {who} (paraphrase, as reported by {source}) {where}"
    # the comma or colon that hands a quotation on to "he said" is the sentence's, not
    # the speaker's: “We are ready,” he said -> “We are ready”
    text = "“" + text.strip('“”"').rstrip(",;: ") + "”"
    what, how = {
        "partial": ("partial quote", "quoted in part by"),
        "term": ("quoted term", "in"),
    }.get(q.kind, ("direct quote", "quoted by"))
    return f"{text} — {who} ({what}), {how} {source} {where}"


def cite_sentence(a: Article, start: int, end: int, label: str | None = None) -> str:
    return f"“{a.body[start:end].strip()}” — {_source(a, label)} {_where(a, start, end)}"


def cite_article(a: Article, label: str | None = None) -> str:
    return f"{_source(a, label)} {_where(a, 0, len(a.body))}"


def fallback_file() -> Path:
    override = os.environ.get("STORYLINE_STATE_DIR")
    if override:
        return Path(override) / "clipboard.txt"
    from platformdirs import user_state_dir

    return Path(user_state_dir("storyline")) / "clipboard.txt"


def terminal_can_copy() -> bool:
    """OSC 52 works in most modern terminals; a few are known not to pass it on."""
    if os.environ.get("STORYLINE_NO_OSC52"):
        return False
    term = os.environ.get("TERM", "")
    prog = os.environ.get("TERM_PROGRAM", "")
    return bool(term) and term not in ("dumb", "linux") and prog not in ("Apple_Terminal",)


def write_fallback(text: str) -> Path:
    f = fallback_file()
    f.parent.mkdir(parents=True, exist_ok=True)
    f.write_text(text + "\n", encoding="utf-8")
    return f
