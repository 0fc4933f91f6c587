from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
DEV_DATA = SHARED / "dev-data"


def seed(prefix: str) -> Path:
    """The seed file whose name starts with ``prefix`` (e.g. "000")."""
    (match,) = sorted(SEEDS.glob(f"{prefix}*"))
    return match


@pytest.fixture(scope="session", autouse=True)
def _private_cache_and_state(tmp_path_factory):
    """No test touches the user's real cache or state directory."""
    import os

    os.environ["STORYLINE_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    os.environ.setdefault("STORYLINE_STATE_DIR", str(tmp_path_factory.mktemp("state")))
    yield


@pytest.fixture(autouse=True)
def _no_leaked_load_defaults(monkeypatch):
    """`storyline --no-cache/--jobs` hand their choice to the app through the environment
    (STORYLINE_CACHE, STORYLINE_JOBS): a test that runs the command line in-process must
    not change the defaults of the tests after it."""
    monkeypatch.delenv("STORYLINE_CACHE", raising=False)
    monkeypatch.delenv("STORYLINE_JOBS", raising=False)
    yield


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def dev_data() -> Path:
    if not DEV_DATA.is_dir():
        pytest.skip("../shared/dev-data is absent")
    return DEV_DATA


@pytest.fixture(scope="session")
def seed_corpus():
    """The five seeds, loaded once with the shipped config."""
    from tui.config import load_config
    from tui.corpus import load_corpus

    return load_corpus([SEEDS], load_config(ROOT / "config.yaml"))
