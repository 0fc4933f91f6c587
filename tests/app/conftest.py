from __future__ import annotations

import pytest

from tests.conftest import ROOT, SEEDS


def no_cursor_blink(pilot) -> None:
    from textual.widgets import Input

    for box in pilot.app.query(Input):
        box.cursor_blink = False


def make_app(corpus=None, config_text: str | None = None, tmp_path=None, paths=None):
    """A StorylineApp on the seeds (or ``paths``), with the shipped config or ``config_text``."""
    from tui.app.app import StorylineApp
    from tui.config import load_config, parse_config

    if config_text is not None:
        cfg = parse_config(config_text, "test-config.yaml", base_dir=str(ROOT))
    else:
        cfg = load_config(ROOT / "config.yaml")
    return StorylineApp(paths=paths or [SEEDS], config=cfg, corpus=corpus)


@pytest.fixture
def app(seed_corpus):
    return make_app(seed_corpus)


#: two short articles naming Hillary and Bill Clinton, one bare "Clinton" left undecided
NAMESAKES = ROOT / "tests" / "app" / "namesakes"


@pytest.fixture(scope="session")
def namesakes_corpus():
    """The namesakes folder, loaded once with the shipped config."""
    from tui.config import load_config
    from tui.corpus import load_corpus

    return load_corpus([NAMESAKES], load_config(ROOT / "config.yaml"))


#: seven short reports of one event: two NYT articles, WaPo, Reuters, AP, Al Jazeera and
#: one of an unknown outlet, all quoting one spokesman and giving a number
SEVEN = ROOT / "tests" / "app" / "seven"


@pytest.fixture(scope="session")
def seven_corpus():
    from tui.config import Config
    from tui.corpus import load_corpus

    return load_corpus([SEVEN], Config())
