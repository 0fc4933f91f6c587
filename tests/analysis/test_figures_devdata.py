"""Figures on the dev texts: dates are never taken for figures, numbers are found.

There is no gold set of figures; scripts/score_figures.py explains what is measured. On
TimeBank and AQUAINT we reach 0 date collisions and cover about 82% of the numbers outside
time expressions; the floors below leave a small margin.
"""

from __future__ import annotations

import json
import re

import pytest

from tui.analysis.figures import find_figures

MAX_COLLISION_RATE = 0.01  # figures overlapping a gold TIMEX3 span
MIN_NUMBERS_COVERED = 0.78  # numeric tokens outside time expressions that sit in a figure

_NUMERIC = re.compile(r"(?<![\w.,])\d[\d,.]*\d?(?![\w])")


@pytest.mark.devdata
def test_dates_are_not_figures_and_numbers_are_found(dev_data):
    n_figs = collide = numbers = covered = 0
    for name in ("timebank", "aquaint"):
        gold = dev_data / "timex" / f"{name}.jsonl"
        if not gold.exists():
            pytest.skip(f"{gold} is absent")
        for line in gold.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            d = json.loads(line)
            text = d["text"]
            spans = [(t["start"], t["end"]) for t in d.get("timexes", [])]
            figs = find_figures(text)
            n_figs += len(figs)
            for f in figs:
                assert text[f.start : f.end] == f.text
                if any(s < f.end and f.start < e for s, e in spans):
                    collide += 1
            for m in _NUMERIC.finditer(text):
                if any(s <= m.start() < e for s, e in spans):
                    continue
                numbers += 1
                covered += any(f.start <= m.start() < f.end for f in figs)
    assert n_figs > 500
    assert collide / n_figs <= MAX_COLLISION_RATE
    assert covered / numbers >= MIN_NUMBERS_COVERED
