#!/usr/bin/env python3
"""Measure HTML body extraction on ../shared/dev-data/extract/ (real news pages with gold bodies).

Runs ``tui.read.html.extract_html`` over every page in ``dev-data/extract/html``, writes the
predictions to a temporary JSONL file, scores them with the official scorer
(``python3 dev-data/extract/score.py gold.jsonl PRED``) and prints its table plus pages per
second. When trafilatura happens to be installed, its F1 and speed on the same pages are
printed as well, as a ratio (it is not a dependency of Storyline).

Usage: .venv/bin/python scripts/score_extract.py [--dev-data DIR] [--per-page OUT.jsonl] [--repeat N]
Exits 0 with a message when the dev-data folder is absent.
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


def _pages(html_dir: Path) -> list[tuple[str, bytes]]:
    return [(p.stem, p.read_bytes()) for p in sorted(html_dir.glob("*.html"))]


def _ours(pages) -> tuple[dict[str, str], float]:
    from tui.read.decode import decode_bytes
    from tui.read.html import extract_html

    out = {}
    t0 = time.perf_counter()
    for pid, data in pages:
        text, _, _ = decode_bytes(data, html=True)
        ex = extract_html(text)
        out[pid] = "\n\n".join(ex.paragraphs)
    return out, time.perf_counter() - t0


def _trafilatura(pages):
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        return None
    out = {}
    t0 = time.perf_counter()
    for pid, data in pages:
        out[pid] = trafilatura.extract(data.decode("utf-8", "replace")) or ""
    return out, time.perf_counter() - t0


def _score(scorer: Path, gold: Path, pred: dict[str, str], name: str, per_page: str | None = None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{name}.jsonl"
        with open(path, "w", encoding="utf-8") as f:
            for pid, body in pred.items():
                f.write(json.dumps({"id": pid, "body": body}) + "\n")
        cmd = [sys.executable, str(scorer), str(gold), str(path)]
        table = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
        js = subprocess.run(cmd + ["--json"], capture_output=True, text=True, check=True).stdout
        if per_page:
            subprocess.run(cmd + ["--per-page", per_page], capture_output=True, text=True, check=True)
    print(table.rstrip())
    return json.loads(js.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dev-data", default=str(ROOT.parent / "shared" / "dev-data"))
    ap.add_argument("--per-page", help="write per-page scores to this JSONL file")
    ap.add_argument("--repeat", type=int, default=3, help="timing runs (the best is reported)")
    a = ap.parse_args()
    base = Path(a.dev_data) / "extract"
    gold, scorer, html_dir = base / "gold.jsonl", base / "score.py", base / "html"
    if not (gold.is_file() and scorer.is_file() and html_dir.is_dir()):
        print(f"dev data not found at {base}; nothing to score")
        return 0
    pages = _pages(html_dir)
    best = None
    pred = {}
    for _ in range(max(1, a.repeat)):
        pred, secs = _ours(pages)
        best = secs if best is None else min(best, secs)
    m = _score(scorer, gold, pred, "storyline", a.per_page)
    ours_rate = len(pages) / best
    print(f"\nstoryline: F1 {m['f1']:.3f}  precision {m['precision']:.3f}  recall {m['recall']:.3f}  "
          f"{ours_rate:,.0f} pages/s ({len(pages)} pages, best of {a.repeat})")
    tr = _trafilatura(pages)
    if tr is not None:
        tpred, tsecs = tr
        tm = _score(scorer, gold, tpred, "trafilatura")
        trate = len(pages) / tsecs
        print(f"trafilatura: F1 {tm['f1']:.3f}  {trate:,.1f} pages/s; "
              f"storyline/trafilatura: F1 ×{m['f1'] / tm['f1']:.3f}, speed ×{ours_rate / trate:.1f}")
    else:
        print("(trafilatura is not installed; no comparison)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
