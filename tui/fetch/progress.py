"""What ``storyline fetch`` prints: a progress line with each address's outcome while it
runs (on a terminal only), and a summary at the end. Plain text on standard error (the
command line has no Textual or Rich); addresses and titles came from the network, so
every control character in them is shown as a symbol, never sent to the terminal."""

from __future__ import annotations

import sys
from typing import TextIO

from tui.fetch.run import DUPLICATE, SAVED, SKIPPED, UNCHANGED, Outcome
from tui.visible import visible

__all__ = ["Progress", "outcome_line", "summary_lines"]

_MARK = {SAVED: "saved    ", UNCHANGED: "unchanged", DUPLICATE: "duplicate", SKIPPED: "skipped  "}
BAR = 24


def shown(text: str, longest: int = 160) -> str:
    """One line of untrusted text, safe to print."""
    text = visible(" ".join(str(text).split()))
    return text if len(text) <= longest else text[: longest - 1] + "…"


def outcome_line(o: Outcome) -> str:
    line = f"{_MARK[o.result]}  {shown(o.url)}"
    if o.result == SKIPPED:
        return f"{line}: {shown(o.reason, 300)}"
    if o.path is not None:
        line += f"\n           → {shown(o.path.name, 220)}"
    if o.reason:
        line += f" ({shown(o.reason)})"
    return line


class Progress:
    """The live view: each outcome on its own line above a bar that is drawn again; only
    when ``stream`` is a terminal (otherwise nothing until the summary)."""

    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.total, self.done = total, 0
        isatty = getattr(self.stream, "isatty", None)
        self.live = bool(isatty and isatty())

    def __call__(self, o: Outcome) -> None:
        self.done += 1
        if not self.live:
            return
        self.stream.write("\r\x1b[2K" + outcome_line(o) + "\n")
        self.draw()

    def draw(self) -> None:
        if not self.live or self.total < 2:
            return
        filled = BAR * self.done // max(1, self.total)
        bar = "█" * filled + "·" * (BAR - filled)
        self.stream.write(f"\r\x1b[2K[{bar}] {self.done}/{self.total}")
        self.stream.flush()

    def close(self) -> None:
        if self.live and self.total >= 2:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()


def summary_lines(outcomes: list[Outcome], folder: str, listed: bool) -> list[str]:
    """The end of a run: every address that failed with its reason (and, when the live
    view did not list them, the others too), then the counts."""
    lines = []
    for o in outcomes:
        if o.result == SKIPPED or not listed:
            lines.append(outcome_line(o))
    counts = {k: sum(1 for o in outcomes if o.result == k) for k in _MARK}
    parts = [f"{counts[k]} {k}" for k in (SAVED, UNCHANGED, DUPLICATE, SKIPPED) if counts[k]]
    n = len(outcomes)
    lines.append(
        f"storyline: {n} address{'es' if n != 1 else ''} into {shown(folder)}: "
        + (", ".join(parts) or "nothing to do")
    )
    return lines
