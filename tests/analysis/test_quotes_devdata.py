"""The dev-set floor: quote span F1 and attribution on PolNeAR (skipped without dev data)."""

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT


@pytest.mark.devdata
def test_polnear_floor(dev_data):
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "score_quotes.py"), "--json", "--no-mentions"],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout
    res = json.loads(next(line for line in out.splitlines() if line.startswith("{")))
    assert res["span_f1"] >= 0.94
    assert res["speaker_acc"] >= 0.83
    assert res["attributed_f1"] >= 0.78
