"""The tagger on TimeBank and AQUAINT: value F1 must not regress below the floor."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json

import pytest

from tui.analysis.timex import tag_timexes

#: what we reach (see scripts/score_timex.py: TimeBank strict 90.4 / relaxed 94.4 / value 84.6,
#: AQUAINT 84.8 / 94.6 / 78.4) minus a small margin: value, strict and relaxed F1
FLOORS = {"timebank": 83.0, "aquaint": 76.8}
STRICT = {"timebank": 89.0, "aquaint": 83.3}
RELAXED = {"timebank": 93.0, "aquaint": 93.0}


@pytest.mark.devdata
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_value_f1_floor(dev_data, name, tmp_path):
    folder = dev_data / "timex"
    gold = folder / f"{name}.jsonl"
    if not gold.exists():
        pytest.skip(f"{gold} is absent")
    preds = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        ts = tag_timexes(d["text"], dt.date.fromisoformat(d["dct"]))
        preds.append(
            {
                "doc_id": d["doc_id"],
                "timexes": [
                    {"start": t.start, "end": t.end, "text": t.text, "value": t.value} for t in ts
                ],
            }
        )
    pred = tmp_path / "pred.jsonl"
    pred.write_text("\n".join(json.dumps(p) for p in preds) + "\n", encoding="utf-8")
    # call the official scorer in-process
    spec = importlib.util.spec_from_file_location("timex_score", folder / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    import contextlib
    import io
    import sys

    out = io.StringIO()
    argv = sys.argv
    sys.argv = ["score.py", str(gold), str(pred), "--json"]
    try:
        with contextlib.redirect_stdout(out):
            scorer.main()
    finally:
        sys.argv = argv
    res = json.loads(out.getvalue())
    assert 100 * res["value"]["F1"] >= FLOORS[name], res
    assert 100 * res["strict"]["F1"] >= STRICT[name], res
    assert 100 * res["relaxed"]["F1"] >= RELAXED[name], res
