#!/usr/bin/env python3
"""Score quote extraction and attribution on the PolNeAR dev set.

Runs ``tui.analysis.quotes.find_quotes`` over ../shared/dev-data/quotes/polnear-train-dev.jsonl
(with the actor extractor's mentions, as the app does), writes the predictions to a
temporary file, runs the official scorer and prints its table plus the speed.

PolNeAR marks the words between quotation marks (direct and mixed quotes); it does not
mark indirect speech. So only our ``direct`` and ``partial`` quotes are submitted by
default (``--kinds`` changes that, e.g. ``--kinds direct,partial,term,indirect``).

The gold's quote spans come only from double-quote characters (“ ” and "): the NYT
articles' quotations written with two apostrophes (''like this'', the NYT archive style,
about 3,800 marks) are not marked in the gold at all, although they are real quotations
and find_quotes reports them. They are left out of the submission by default so that the
score measures what the gold annotates; ``--apostrophe-marks`` submits them too. For the
same reason quotations in single marks (a quote within a quote, a headline's ‘quote’),
which the gold never marks either, are left out unless ``--single-marks`` is given.

Speakers: a quote's ``speaker`` is the speaker as the text words it at the cue ("he",
"the envoy", "Khalilzad"), which is what the gold annotates; who a pronoun or role noun
refers to is in ``resolved`` (and the quote's actor). The gold accepts a name for a
pronoun only where CoreNLP's coreference found one ("speaker_canonical"), so every
correct resolution it missed would count as an error. ``--resolved`` submits the
resolved name instead, to measure that.

Usage: .venv/bin/python scripts/score_quotes.py [--kinds K,K] [--errors N] [--json] [--resolved]
Prints a message and exits 0 when the dev-data folder is absent.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEV = ROOT.parent / "shared" / "dev-data" / "quotes"
GOLD = DEV / "polnear-train-dev.jsonl"
SCORER = DEV / "score.py"


def _in_apostrophe_marks(text, q):
    """Is this quote delimited by two apostrophes (''like this'', NYT archive style)?"""
    return q.kind in ("direct", "partial", "term") and text[
        max(0, q.start - 3) : q.start
    ].rstrip().endswith(("''", "``"))


def _in_single_marks(text, q):
    """Is this quote delimited by single marks (‘like this’, a quote within a quote)?"""
    return text[max(0, q.start - 2) : q.start].rstrip().endswith(("‘", "'", "‚"))


def predict(
    docs, kinds, with_mentions=True, apostrophe_marks=False, resolved=False, single_marks=False
):
    from tui.analysis.quotes import find_quotes

    if with_mentions:
        from tui.analysis.actors import find_mentions
    out = []
    t0 = time.perf_counter()
    for d in docs:
        mentions = find_mentions(d["text"]) if with_mentions else []
        qs = find_quotes(d["text"], mentions)
        if not apostrophe_marks:
            qs = [q for q in qs if not _in_apostrophe_marks(d["text"], q)]
        if not single_marks:
            qs = [q for q in qs if not _in_single_marks(d["text"], q)]
        out.append(
            {
                "id": d["id"],
                "quotes": [
                    {
                        "start": q.start,
                        "end": q.end,
                        "speaker": q.who() if resolved else q.speaker,
                        "kind": q.kind,
                    }
                    for q in qs
                    if q.kind in kinds
                ],
            }
        )
    return out, time.perf_counter() - t0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--kinds", default="direct,partial", help="quote kinds to submit (comma-separated)"
    )
    ap.add_argument("--errors", type=int, default=0, help="show up to N speaker errors and misses")
    ap.add_argument("--json", action="store_true", help="print the scorer's JSON line")
    ap.add_argument("--no-mentions", action="store_true", help="do not run the actor extractor")
    ap.add_argument(
        "--apostrophe-marks",
        action="store_true",
        help="also submit quotes delimited by '' (the gold never marks them; see the docstring)",
    )
    ap.add_argument(
        "--single-marks",
        action="store_true",
        help="also submit quotes in single marks (quotes within quotes; the gold never marks them)",
    )
    ap.add_argument(
        "--resolved",
        action="store_true",
        help="submit the name a pronoun or role noun resolves to instead of the words at the cue",
    )
    a = ap.parse_args(argv)
    if not GOLD.is_file() or not SCORER.is_file():
        print(f"dev data not found at {DEV}; nothing to score")
        return 0
    docs = [json.loads(line) for line in GOLD.open(encoding="utf-8") if line.strip()]
    kinds = set(a.kinds.split(","))
    preds, secs = predict(
        docs, kinds, not a.no_mentions, a.apostrophe_marks, a.resolved, a.single_marks
    )
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for p in preds:
            f.write(json.dumps(p) + "\n")
        pred_path = f.name
    cmd = [sys.executable, str(SCORER), str(GOLD), pred_path]
    if a.json:
        cmd.append("--json")
    if a.errors:
        cmd += ["--errors", str(a.errors)]
    subprocess.run(cmd, check=False)
    chars = sum(len(d["text"]) for d in docs)
    print(
        f"speed: {len(docs)} articles in {secs:.2f} s = {len(docs) / secs:.0f} articles/s "
        f"({chars / secs / 1e6:.2f} M chars/s; kinds submitted: {','.join(sorted(kinds))}; "
        f"mentions: {'actor extractor' if not a.no_mentions else 'none'})"
    )
    Path(pred_path).unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
