"""Loading from inside the app uses worker processes too.

While a Textual app runs, ``sys.stderr`` is a capture object whose ``fileno()`` is -1.
multiprocessing starts its resource tracker with that descriptor, so creating the first
pool failed and every load in the app quietly ran in one thread. Each case runs in a
fresh interpreter: the tracker is started once per process, and an earlier test would
have started it with a real stderr.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import ROOT, SEEDS

CODE = r"""
import json, os, sys
from pathlib import Path


class Capture:  # what Textual puts in sys.stderr while an app runs
    def write(self, s):
        return len(s)

    def flush(self):
        pass

    def fileno(self):
        return -1


sys.stderr = Capture()
import tui.load.pool as C
from tui.config import Config

here = []
Extractor = C.Extractor


class Spy(Extractor):  # only this process's extraction is counted: workers import their own
    def __init__(self, *a, **k):
        here.append(os.getpid())
        super().__init__(*a, **k)


C.Extractor = Spy
files = sorted(Path(sys.argv[1]).iterdir())
out = list(C.parallel([(i, p) for i, p in enumerate(files)], 2, Config(), None, None))
print(json.dumps({"here": len(here), "results": len(out), "files": len(files),
                  "articles": sum(type(r).__name__ == "Article" for _, r in out)}), file=sys.__stdout__)
"""


def _run(code: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", code, str(SEEDS)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_workers_start_when_stderr_is_captured():
    got = _run(CODE)
    assert got["here"] == 0  # no fallback to extracting in this process
    assert got["results"] == got["files"] == 5 and got["articles"] == 5


_WORKER_CODE = (
    CODE
    + r"""
from concurrent.futures import ProcessPoolExecutor

stray = ("import sys, warnings; warnings.warn('a stray warning from a worker'); "
         "print('a stray print from a worker'); sys.stdout.flush(); sys.stderr.flush()")
ctx = C.mp_context()
with ProcessPoolExecutor(1, mp_context=ctx, initializer=C._init_worker,
                         initargs=(Config(), None, None, 0, True)) as ex:
    ex.submit(exec, stray).result()  # (a builtin: what the worker runs must be importable there)
    targets = ex.submit(os.readlink, "/proc/self/fd/2").result(), ex.submit(os.readlink, "/proc/self/fd/1").result()
print(json.dumps({"targets": targets}), file=sys.__stdout__)
"""
)


def test_workers_of_the_app_write_to_the_worker_log_not_its_terminal(tmp_path, monkeypatch):
    """A worker started under the app has its stdout and stderr on the worker log."""
    if not os.path.isdir("/proc/self/fd"):
        return  # (the check reads /proc)
    monkeypatch.setenv("STORYLINE_CACHE_DIR", str(tmp_path / "cache"))
    log = tmp_path / "cache" / "workers.log"
    log.parent.mkdir()
    log.write_text("x" * (2 << 20))  # past the limit: emptied when the worker starts
    got = _run(_WORKER_CODE)
    assert got["targets"] == [str(log), str(log)]
    text = log.read_text()
    assert "a stray warning from a worker" in text and "a stray print from a worker" in text
    assert "x" * 100 not in text


def test_worker_output_goes_nowhere_when_the_log_cannot_be_written(tmp_path, monkeypatch):
    if not os.path.isdir("/proc/self/fd"):
        return
    (tmp_path / "not-a-folder").write_text("")
    monkeypatch.setenv("STORYLINE_CACHE_DIR", str(tmp_path / "not-a-folder"))
    got = _run(_WORKER_CODE)
    assert got["targets"] == [os.devnull, os.devnull]
