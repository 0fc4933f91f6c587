#!/usr/bin/env python3
"""Measure HTML body extraction on ../shared/dev-data/extract/ (real news pages with gold bodies).

Runs ``tui.read.html.extract_html`` over every page in ``dev-data/extract/html``, writes the
predictions to a temporary JSONL file, scores them with the official scorer
(``python3 dev-data/extract/score.py gold.jsonl PRED``) and prints its table plus pages per
second. When trafilatura happens to be installed, its F1 and speed on the same pages are
printed as well, as a ratio (it is not a dependency of Storyline).

Usage: .venv/bin/python scripts/score_extract.py [--dev-data DIR] [--per-page OUT.jsonl]
                                                  [--repeat N]
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


def _timed(fn, pages, repeat: int) -> tuple[dict[str, str], float, float]:
    """Predictions, best wall-clock seconds and best CPU seconds over ``repeat`` runs.

    CPU time is reported as well because this machine is shared: other processes slow
    the wall clock down, but not the CPU time this process spends."""
    best_wall = best_cpu = float("inf")
    out: dict[str, str] = {}
    for _ in range(max(1, repeat)):
        w0, c0 = time.perf_counter(), time.process_time()
        out = {pid: fn(data) for pid, data in pages}
        wall, cpu = time.perf_counter() - w0, time.process_time() - c0
        best_wall, best_cpu = min(best_wall, wall), min(best_cpu, cpu)
    return out, best_wall, best_cpu


def _ours_one(data: bytes) -> str:
    from tui.read.decode import decode_bytes
    from tui.read.html import extract_html

    text, _, _ = decode_bytes(data, html=True)
    return "\n\n".join(extract_html(text).paragraphs)


def _trafilatura_one(data: bytes) -> str:
    import trafilatura

    return trafilatura.extract(data.decode("utf-8", "replace")) or ""


def _has_trafilatura() -> bool:
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        return False
    return True


def _score(
    scorer: Path, gold: Path, pred: dict[str, str], name: str, per_page: str | None = None
) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{name}.jsonl"
        with open(path, "w", encoding="utf-8") as f:
            for pid, body in pred.items():
                f.write(json.dumps({"id": pid, "body": body}) + "\n")
        cmd = [sys.executable, str(scorer), str(gold), str(path)]
        table = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
        js = subprocess.run(cmd + ["--json"], capture_output=True, text=True, check=True).stdout
        if per_page:
            subprocess.run(
                cmd + ["--per-page", per_page], capture_output=True, text=True, check=True
            )
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
    _ours_one(pages[0][1])  # import and warm up outside the timing
    pred, wall, cpu = _timed(_ours_one, pages, a.repeat)
    m = _score(scorer, gold, pred, "storyline", a.per_page)
    n = len(pages)
    print(
        f"\nstoryline: F1 {m['f1']:.3f}  precision {m['precision']:.3f}  recall {m['recall']:.3f}  "
        f"{n / wall:,.0f} pages/s wall, {n / cpu:,.0f} pages/s CPU ({n} pages, best of {a.repeat})"
    )
    if _has_trafilatura():
        _trafilatura_one(pages[0][1])
        tpred, twall, tcpu = _timed(_trafilatura_one, pages, a.repeat)
        tm = _score(scorer, gold, tpred, "trafilatura")
        print(
            f"trafilatura: F1 {tm['f1']:.3f}  {n / twall:,.1f} pages/s wall, {n / tcpu:,.1f} pages/s CPU; "
            f"storyline/trafilatura: F1 ×{m['f1'] / tm['f1']:.3f}, speed ×{twall / wall:.1f} wall, ×{tcpu / cpu:.1f} CPU"
        )
    else:
        print("(trafilatura is not installed; no comparison)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
