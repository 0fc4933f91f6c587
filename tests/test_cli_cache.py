"""The command line's loading options: --no-cache, --jobs, cache info/clear, extract --jsonl."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import ROOT, SEEDS


def run(*args, cache, **kw):
    env = {**os.environ, "STORYLINE_CACHE_DIR": str(cache)}
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        **kw,
    )


def entries(cache):
    from tui.load.cache import SUFFIX

    return list((cache / "articles").rglob("*" + SUFFIX))


def test_no_cache_and_cache_commands(tmp_path):
    cache = tmp_path / "cache"
    r = run("extract", str(SEEDS), "--no-cache", "--jobs", "1", cache=cache)
    assert r.returncode == 0 and entries(cache) == []
    assert run("extract", str(SEEDS), cache=cache).returncode == 0
    assert len(entries(cache)) == 5
    info = run("cache", "info", cache=cache)
    assert info.returncode == 0 and str(cache / "articles") in info.stdout and "5" in info.stdout
    data = json.loads(run("cache", "info", "--json", cache=cache).stdout)
    assert data["entries"] == 5 and data["bytes"] > 0
    assert "workers.log" not in info.stdout  # no worker of the dashboard has written one yet
    (cache / "workers.log").write_text("a warning\n")
    assert str(cache / "workers.log") in run("cache", "info", cache=cache).stdout
    cleared = run("cache", "clear", cache=cache)
    assert cleared.returncode == 0 and "Removed 5 entries" in cleared.stdout
    assert entries(cache) == []


def test_bad_jobs_is_a_usage_error(tmp_path):
    r = run("extract", str(SEEDS), "--jobs", "none", cache=tmp_path)
    assert r.returncode == 2 and "--jobs" in r.stderr


def test_extract_jsonl_streams_articles_that_load_back(tmp_path):
    cache = tmp_path / "cache"
    r = run("extract", str(SEEDS), "--config", "config.yaml", "--jsonl", cache=cache)
    assert r.returncode == 0, r.stderr
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert lines[0]["type"] == "header" and lines[0]["format"] == "storyline-articles"
    assert [x["type"] for x in lines[1:]] == ["article"] * 5
    assert [x["article"]["id"] for x in lines[1:]] == sorted(p.stem for p in SEEDS.iterdir())
    out = tmp_path / "seeds.jsonl"
    out.write_text(r.stdout, encoding="utf-8")
    full = json.loads(
        run("extract", str(SEEDS), "--config", "config.yaml", "--no-cache", cache=cache).stdout
    )
    again = json.loads(run("extract", str(out), "--config", "config.yaml", cache=cache).stdout)
    assert again == full


def test_extract_jsonl_reports_skipped_files(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "ok.txt").write_text("The Taliban said on Sunday that talks would resume.\n")
    r = run("extract", str(tmp_path), "--jsonl", cache=tmp_path / "cache")
    kinds = [json.loads(x)["type"] for x in r.stdout.splitlines()]
    assert kinds == ["header", "skipped", "article"] and "empty.txt" in r.stderr


def test_run_hands_jobs_and_no_cache_to_the_app(monkeypatch):
    """The dashboard's loads get --jobs and --no-cache as the app's own settings; the
    environment is left as it was."""
    import gc

    from tui import cli

    monkeypatch.delenv("STORYLINE_JOBS", raising=False)
    monkeypatch.delenv("STORYLINE_CACHE", raising=False)
    try:
        app = cli.build_app(["--jobs", "3", "--no-cache", str(SEEDS)])
        default = cli.build_app([str(SEEDS)])
    finally:
        gc.enable()  # build_app pauses it for the app's first frame
    assert (app.jobs, app.cache) == (3, False)
    assert (default.jobs, default.cache) == (None, None)
    assert "STORYLINE_JOBS" not in os.environ and "STORYLINE_CACHE" not in os.environ


async def test_the_app_loads_with_its_jobs_and_cache(monkeypatch):
    """What the app was given (--jobs, --no-cache) is what its load asks the library for."""
    import tui.corpus
    from tui.app.app import StorylineApp
    from tui.model import Corpus

    asked = []

    def load_corpus(*args, **kwargs):
        asked.append((kwargs["jobs"], kwargs["cache"]))
        return Corpus()

    monkeypatch.setattr(tui.corpus, "load_corpus", load_corpus)
    app = StorylineApp(paths=[SEEDS], jobs=2, cache=False, remember=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert asked == [(2, False)]
