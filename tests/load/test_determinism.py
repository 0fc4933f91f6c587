"""The same corpus gives the same JSON whatever Python's string-hash seed: set iteration
order varies with it, so nothing the model holds may depend on that order."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _extract(seed: str, cache: Path) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed, "STORYLINE_CACHE_DIR": str(cache)}
    out = subprocess.run(
        [sys.executable, "-m", "tui.cli", "extract", "--json", "--no-cache", str(ROOT / "seeds")],
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=300,
        check=True,
    )
    return out.stdout


def test_extract_json_does_not_depend_on_the_hash_seed(tmp_path):
    a = _extract("1", tmp_path)
    b = _extract("2", tmp_path)
    assert a and a == b
