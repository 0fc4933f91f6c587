"""Shared pieces of the hostile suite: the generated corpus, and the two cases that a file
on disk cannot make on its own (unreadable as root, deleted between listing and reading)."""

from __future__ import annotations

import errno
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.hostile.make_corpus import UNSAFE_CHARS, make_hostile_corpus

#: Any character that must not reach a terminal or an export raw.
UNSAFE = re.compile("[" + re.escape(UNSAFE_CHARS) + "]")


def pytest_configure(config):
    config.addinivalue_line("markers", "hostile_big: uses the 50 MB article (a few seconds each)")


@pytest.fixture(scope="session")
def hostile_dir(tmp_path_factory) -> Path:
    """The hostile corpus without the 50 MB article; tests must not change it."""
    folder = tmp_path_factory.mktemp("hostile") / "articles"
    make_hostile_corpus(folder, big=False)
    return folder


@pytest.fixture(scope="session")
def cli_cache(tmp_path_factory) -> Path:
    """A per-article cache folder for the CLI runs (outside every corpus folder)."""
    return tmp_path_factory.mktemp("cache")


def deny_open(mp: pytest.MonkeyPatch, target: Path) -> None:
    """Make ``os.open`` refuse ``target`` as the kernel would for a chmod 000 file (root
    reads anything, and CI runs as root)."""
    real_open = os.open

    def guarded(path, flags, *a, **k):
        if os.fspath(path) == os.fspath(target):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_open(path, flags, *a, **k)

    mp.setattr(os, "open", guarded)


def vanish_after_listing(mp: pytest.MonkeyPatch, target: Path) -> None:
    """Delete ``target`` right after the corpus has listed its folder, before reading."""
    import tui.load.articles as articles_mod

    real = articles_mod.iter_source_files

    def listing(paths, config, roots=None):
        yield from real(paths, config, roots)
        if target.exists():
            target.unlink()

    mp.setattr(articles_mod, "iter_source_files", listing)


def run_cli(*args: str, cache: Path | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """``python -m tui ARGS`` with no terminal on stdin; output as bytes."""
    env = dict(os.environ)
    if cache is not None:
        env["STORYLINE_CACHE_DIR"] = str(cache)
    env.pop("STORYLINE_JOBS", None)
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=300,
    )


def model_strings(obj, key=None):
    """(key, text) of every string in a ``to_dict()`` form, keyed by the field it is in."""
    if isinstance(obj, str):
        yield key, obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield from model_strings(v, k)
    elif isinstance(obj, list):
        for v in obj:
            yield from model_strings(v, key)


async def wait_loaded(app, pilot) -> None:
    """Until the app's load (started after the first frame, in a worker) has ended."""
    for _ in range(1200):
        await app.workers.wait_for_complete()
        if app.corpus is not None:
            break
        await pilot.pause(0.05)
    await pilot.pause()
