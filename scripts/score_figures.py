#!/usr/bin/env python3
"""Measure quantity extraction (figures) and the discrepancy pass on the dev texts.

    .venv/bin/python scripts/score_figures.py [--show N] [--json OUT]

There is no gold set of figures, so this measures what can be measured honestly:

- **date collisions** on TimeBank and AQUAINT: a figure that overlaps a gold TIMEX3 span
  (a year, a date, a clock time, a duration, "twelve months") is a false figure, because
  those are exactly the numbers the extractor must leave to the timeline. Reported as a
  rate over all figures (lower is better) and as the share of gold time expressions that
  contain a digit or number word and were wrongly taken for a figure;
- **numbers covered**: of the numeric tokens outside gold time expressions, how many sit
  inside a figure (not every number is a count, so 100% is not the aim; a drop shows a
  regression);
- what the figures look like: share with a head noun, a hedge, an event, units;
- speed: documents and characters a second for ``find_figures``, and the discrepancy pass
  over all dev documents as one corpus (figures only), to show it grows linearly.

The predictions are written to a temporary JSON Lines file (``{"doc_id", "figures": [...]}``).
Exits 0 with a message when ../shared/dev-data is absent.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEV = ROOT.parent / "shared" / "dev-data"

_NUMERIC = re.compile(
    r"(?<![\w.,])\d[\d,.]*\d?(?![\w])|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|hundred|thousand|million|billion|dozen)\b",
    re.IGNORECASE,
)


def load() -> list[dict]:
    docs = []
    for name in ("timebank", "aquaint"):
        for line in (DEV / "timex" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                docs.append(
                    {
                        "id": d["doc_id"],
                        "set": name,
                        "text": d["text"],
                        "timexes": d.get("timexes", []),
                    }
                )
    q = DEV / "quotes" / "polnear-train-dev.jsonl"
    if q.exists():
        for line in q.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                docs.append({"id": d["id"], "set": "polnear", "text": d["text"], "timexes": None})
    return docs


def measure(docs: list[dict]) -> dict:
    from tui.analysis.figures import find_figures

    t0 = time.perf_counter()
    results = [find_figures(d["text"]) for d in docs]
    secs = time.perf_counter() - t0
    chars = sum(len(d["text"]) for d in docs)
    figs = [f for r in results for f in r]
    stats: dict = {
        "docs": len(docs),
        "chars": chars,
        "figures": len(figs),
        "seconds": secs,
        "docs_per_s": len(docs) / secs if secs else 0.0,
        "chars_per_s": chars / secs if secs else 0.0,
        "with_head": sum(1 for f in figs if f.head) / max(1, len(figs)),
        "with_hedge": sum(1 for f in figs if f.hedge) / max(1, len(figs)),
        "with_event": sum(1 for f in figs if f.event) / max(1, len(figs)),
        "units": Counter(f.unit for f in figs).most_common(12),
    }
    timed = [(d, r) for d, r in zip(docs, results) if d["timexes"] is not None]
    if timed:
        n_figs = collide = 0
        gold_numeric = gold_hit = 0
        numbers = covered = 0
        examples = []
        for d, r in timed:
            spans = [(t["start"], t["end"]) for t in d["timexes"]]
            n_figs += len(r)
            for f in r:
                if any(s < f.end and f.start < e for s, e in spans):
                    collide += 1
                    examples.append((d["id"], f.text))
            for s, e in spans:
                if _NUMERIC.search(d["text"][s:e]):
                    gold_numeric += 1
                    if any(s < f.end and f.start < e for f in r):
                        gold_hit += 1
            for m in _NUMERIC.finditer(d["text"]):
                if any(s <= m.start() < e for s, e in spans):
                    continue
                numbers += 1
                if any(f.start <= m.start() < f.end for f in r):
                    covered += 1
        stats.update(
            {
                "timeml_figures": n_figs,
                "date_collisions": collide,
                "collision_rate": collide / max(1, n_figs),
                "numeric_timexes": gold_numeric,
                "numeric_timexes_taken": gold_hit / max(1, gold_numeric),
                "numbers_outside_timexes": numbers,
                "numbers_covered": covered / max(1, numbers),
                "collision_examples": examples[:20],
            }
        )
    stats["_results"] = results
    return stats


def discrepancy_speed(docs: list[dict], results) -> tuple[float, int, int]:
    """The discrepancy pass over every dev document as one corpus (figures only)."""
    from tui.merge.discrepancies import find_discrepancies
    from tui.model import Article, Corpus

    arts = []
    for d, r in zip(docs, results):
        a = Article(id=d["id"], path=d["id"], format="text", body=d["text"], outlet=d["set"])
        a.figures = r
        arts.append(a)
    corpus = Corpus(articles=arts)
    t0 = time.perf_counter()
    out = find_discrepancies(corpus)
    return time.perf_counter() - t0, sum(len(r) for r in results), len(out)


def embassy_story():
    """The AQUAINT reports on the 1998 U.S. embassy bombings, loaded as one corpus (full
    extraction, each report with its document date)."""
    from tui.config import Config
    from tui.corpus import load_corpus

    gold = DEV / "timex" / "aquaint.jsonl"
    if not gold.exists():
        return None
    with tempfile.TemporaryDirectory(prefix="storyline-story-") as tmp:
        folder = Path(tmp)
        for line in gold.read_text(encoding="utf-8").splitlines():
            d = json.loads(line) if line.strip() else None
            if d and "embass" in d["text"] and ("Kenya" in d["text"] or "Nairobi" in d["text"]):
                (folder / f"{d['doc_id']}.txt").write_text(
                    f" date {d['dct']}\n{d['text']}", encoding="utf-8"
                )
        return load_corpus([folder], Config(), cache=False, jobs=1)


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--show", type=int, default=0, help="print N random figures to read by eye")
    ap.add_argument("--json", help="also write the numbers here")
    args = ap.parse_args()
    if not DEV.is_dir():
        print(f"dev data not found at {DEV}; nothing to measure")
        return 0
    t0 = time.perf_counter()
    import tui.analysis.figures  # noqa: F401

    t_import = time.perf_counter() - t0
    docs = load()
    stats = measure(docs)
    results = stats.pop("_results")
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for d, r in zip(docs, results):
            fh.write(
                json.dumps(
                    {
                        "doc_id": d["id"],
                        "figures": [
                            {
                                "start": f.start,
                                "end": f.end,
                                "text": f.text,
                                "value": f.value,
                                "unit": f.unit,
                                "head": f.head,
                                "hedge": f.hedge,
                                "event": f.event,
                            }
                            for f in r
                        ],
                    }
                )
                + "\n"
            )
        pred_path = fh.name
    d_secs, n_figs, n_disc = discrepancy_speed(docs, results)
    print(
        "Figures on the dev texts (no gold figures exist: see the docstring for what is measured)"
    )
    print(
        f"  documents {stats['docs']}, characters {stats['chars']:,}, figures {stats['figures']:,}"
    )
    if "collision_rate" in stats:
        print(
            f"  TimeML date collisions: {stats['date_collisions']} of {stats['timeml_figures']} figures "
            f"({stats['collision_rate']:.1%}; lower is better)"
        )
        print(
            f"  numeric gold time expressions taken for figures: {stats['numeric_timexes_taken']:.1%} "
            f"of {stats['numeric_timexes']}"
        )
        print(
            f"  numbers outside time expressions inside a figure: {stats['numbers_covered']:.1%} "
            f"of {stats['numbers_outside_timexes']}"
        )
    print(
        f"  with head {stats['with_head']:.0%}, hedge {stats['with_hedge']:.0%}, event {stats['with_event']:.0%}"
    )
    print(f"  units: {', '.join(f'{u} {n}' for u, n in stats['units'])}")
    print(
        f"  speed: {stats['docs_per_s']:,.0f} documents/s, {stats['chars_per_s'] / 1e6:.2f} M characters/s "
        f"(import {t_import * 1000:.0f} ms)"
    )
    print(
        f"  discrepancy pass over all {stats['docs']} documents as one corpus: {d_secs:.2f} s for {n_figs:,} "
        f"figures ({n_disc} discrepancies)"
    )
    print(f"  predictions: {pred_path}")
    story = embassy_story()
    if story is not None:
        print(
            f"Discrepancies in one real multi-source story (AQUAINT: the 1998 embassy bombings, "
            f"{len(story.articles)} reports):"
        )
        for d in story.discrepancies:
            if d.kind == "figure":
                print(f"    {d.status:8} {d.confidence:.2f}  {d.topic[:100]}")
    for doc_id, text in stats.get("collision_examples", [])[: max(args.show, 0)]:
        print(f"    collision {doc_id}: {text!r}")
    if args.show:
        rng = random.Random(7)
        pool = [(d["id"], f) for d, r in zip(docs, results) for f in r]
        for _doc_id, f in rng.sample(pool, min(args.show, len(pool))):
            print(
                f"    {f.text!r:45} value={f.value} unit={f.unit} head={f.head} hedge={f.hedge} event={f.event}"
            )
    if args.json:
        stats.pop("collision_examples", None)
        Path(args.json).write_text(json.dumps(stats, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
