"""Body extraction on the real pages in ../shared/dev-data/extract (skipped when absent)."""

from __future__ import annotations

import importlib.util
import json

import pytest

pytestmark = pytest.mark.devdata

#: a little below what the extractor reaches (0.984 when this was written)
F1_FLOOR = 0.97


def test_extract_f1_floor(dev_data):
    from tui.read.decode import decode_bytes
    from tui.read.html import extract_html

    base = dev_data / "extract"
    spec = importlib.util.spec_from_file_location("extract_score", base / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    gold = scorer.load_gold(base / "gold.jsonl")
    pred = {}
    for pid in gold:
        text, _, _ = decode_bytes((base / "html" / f"{pid}.html").read_bytes(), html=True)
        pred[pid] = "\n\n".join(extract_html(text).paragraphs)
    m, _ = scorer.score(gold, pred, n_boot=10)
    assert m["f1"] >= F1_FLOOR, json.dumps(m)
    assert m["empty"] == 0
