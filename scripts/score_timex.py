#!/usr/bin/env python3
"""Run the TIMEX3 tagger over the dev sets and print the official scorer's table and speed.

    .venv/bin/python scripts/score_timex.py [--errors N] [--set timebank|aquaint]

Reads ../shared/dev-data/timex/{timebank,aquaint}.jsonl (each document with its ``dct``);
exits 0 with a message when that folder is absent.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEV = ROOT.parent / "shared" / "dev-data" / "timex"
SETS = ("timebank", "aquaint")


def predict(docs: list[dict]) -> tuple[list[dict], float]:
    from tui.analysis.timex import tag_timexes

    t0 = time.perf_counter()
    preds = []
    for d in docs:
        dct = None
        try:
            dct = dt.date.fromisoformat(d.get("dct") or "")
        except ValueError:
            pass
        ts = tag_timexes(d["text"], dct)
        preds.append({"doc_id": d["doc_id"], "timexes": [
            {"start": t.start, "end": t.end, "text": t.text, "value": t.value, "type": t.type} for t in ts]})
    return preds, time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--errors", type=int, default=0, help="show up to N errors of each kind")
    ap.add_argument("--set", choices=SETS, action="append", help="only this set (repeatable)")
    args = ap.parse_args()
    if not DEV.is_dir():
        print(f"dev data not found at {DEV}; nothing to score")
        return 0
    t0 = time.perf_counter()
    import tui.analysis.timex  # noqa: F401  (import time is part of what we report)

    t_import = time.perf_counter() - t0
    for name in args.set or SETS:
        gold = DEV / f"{name}.jsonl"
        docs = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
        preds, secs = predict(docs)
        # second pass: steady-state speed (the first includes compiling the patterns)
        _, secs2 = predict(docs)
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
            for p in preds:
                f.write(json.dumps(p) + "\n")
            pred_path = f.name
        print(f"== {name}: {len(docs)} documents")
        cmd = [sys.executable, str(DEV / "score.py"), str(gold), pred_path]
        if args.errors:
            cmd += ["--errors", str(args.errors)]
        subprocess.run(cmd, check=False)
        chars = sum(len(d["text"]) for d in docs)
        print(f"speed: {len(docs) / secs2:.0f} docs/s, {chars / secs2 / 1e6:.2f} MB/s "
              f"(first pass {len(docs) / secs:.0f} docs/s); import {t_import * 1000:.0f} ms\n")
        Path(pred_path).unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
