"""Extraction in worker processes that survive a crash: :func:`parallel`.

Also what every worker process of a load needs (the merge's helper process too): a lower
priority for a load in the background, and its output kept off the app's terminal.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import multiprocessing as mp
import os
import select
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import resource_tracker
from pathlib import Path
from typing import Any

from tui.config import Config
from tui.env import worker_log
from tui.load.extract import Extractor
from tui.model import Article, Skipped

#: How much lower the priority of worker processes is when the load runs in a background thread.
BACKGROUND_NICE = 10

#: the extraction of a worker process, made when it starts
_WORKER: Extractor | None = None


def _init_worker(
    config: Config,
    published: _dt.date | None,
    cache_root: str | None,
    nice: int = 0,
    quiet: bool = False,
    parent: int | None = None,
) -> None:
    global _WORKER
    init_helper(nice, quiet, parent)
    _WORKER = Extractor(config, published, cache_root)


def real_stderr() -> bool:
    """Whether ``sys.stderr`` is a real file descriptor. Under a Textual app it is not: the
    app captures it with an object whose ``fileno()`` is -1."""
    try:
        return sys.stderr is not None and sys.stderr.fileno() >= 0
    except Exception:  # io.UnsupportedOperation, ValueError (closed), AttributeError
        return False


#: The worker log is emptied when a worker starts and finds it bigger than this.
WORKER_LOG_MAX = 1 << 20


def _silence_output() -> None:
    """Point this process's stdout and stderr away from the terminal: a worker of the app
    shares the terminal the interface draws on, and a stray warning would scribble over
    it. They go to the worker log (:func:`tui.env.worker_log`, appended to, emptied past
    :data:`WORKER_LOG_MAX`), or to /dev/null when it cannot be written."""
    try:
        path = worker_log()
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            if os.fstat(fd).st_size > WORKER_LOG_MAX:
                os.ftruncate(fd, 0)
        except OSError:
            pass
    except OSError:
        try:
            fd = os.open(os.devnull, os.O_WRONLY)
        except OSError:
            return
    try:
        os.dup2(fd, 1)
        os.dup2(fd, 2)
    except OSError:
        pass
    finally:
        os.close(fd)


def start_tracker() -> None:
    """Start multiprocessing's resource tracker with a usable stderr when ours is not one.

    The tracker is started with ``sys.stderr``'s descriptor; under the app that is -1, so
    creating the first pool failed ("bad value(s) in fds_to_keep") and every load in the
    app fell back to extracting in one thread. It is given /dev/null instead (its only
    output is warnings about leaked semaphores, which must not reach the interface)."""
    if real_stderr():
        return
    with open(os.devnull, "w") as null, contextlib.redirect_stderr(null):
        try:
            resource_tracker.ensure_running()
        except (OSError, ValueError):
            pass  # then the pool fails as before and the load runs here


def _work_chunk(paths: list[str]) -> list[Article | Skipped]:
    """In a worker process: extract each file of one chunk."""
    assert _WORKER is not None, "the worker was not initialised"
    return [_WORKER(p) for p in paths]


def _ping() -> str:
    return "ok"


def mp_context():
    """Forkserver where there is one (workers fork from a clean server that has imported
    the extractors once), else spawn. Never plain fork: the app loads from a thread, and
    forking a process with threads can deadlock the child."""
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["tui.load.pool", "tui.read", "tui.analysis"])
        return ctx
    return mp.get_context("spawn")


CRASHED = "the extraction process crashed on this file (tried again alone, it crashed again)"


Result = tuple[int, Article | Skipped]
Work = Callable[[list[str]], list[Article | Skipped]]


def parallel(
    todo: list[tuple[int, Path]],
    jobs: int,
    config: Config,
    published: _dt.date | None,
    cache_root: str | None,
    work: Work | None = None,
    chunk: int | None = None,
) -> Iterator[Result]:
    """(index, result) for every file of ``todo``, extracted in worker processes, as they come.

    Files go out in chunks with a bounded number in flight (memory stays flat, progress
    flows). When a worker dies (killed, out of memory, a crash in C code), the pool breaks
    and every chunk in flight is lost: those files are suspects. Suspects go round again
    one file per task with at most ``jobs`` in flight, then the remaining suspects each
    alone; a file that still kills its worker when alone is skipped with a reason. Files
    not yet sent continue in a fresh pool. If processes cannot be started at all, the rest
    is done in this process.
    """
    # A load from a background thread (the app's) is background work: its workers yield
    # the CPU to the interface so that keys are answered at once. A load in the main
    # thread (the command line, a script) runs at full priority.
    nice = 0 if threading.current_thread() is threading.main_thread() else BACKGROUND_NICE
    quiet = not real_stderr()  # under the app: workers must not write to its terminal
    start_tracker()
    workers = _Workers(
        mp_context(), (config, published, cache_root, nice, quiet, os.getpid()), work or _work_chunk
    )
    size0 = chunk or max(1, min(16, len(todo) // (jobs * 8)))
    queue = list(todo)
    for size, window in [(size0, 2 * jobs), (1, jobs), (1, 1)]:
        if not queue:
            return
        pending = deque(queue[k : k + size] for k in range(0, len(queue), size))
        suspects: list[tuple[int, Path]] = []
        if not (yield from _round(workers, pending, jobs, window, suspects)):
            # no worker processes on this machine: the rest here
            extract = Extractor(config, published, cache_root)
            for i, p in sorted(suspects + [x for b in pending for x in b]):
                yield i, extract(p)
            return
        queue = suspects
    for i, p in queue:
        yield i, Skipped(str(p), CRASHED)


@dataclass
class _Workers:
    """How the worker processes of one load are started, and what each one runs."""

    ctx: Any
    initargs: tuple
    work: Work


def _round(
    workers: _Workers,
    pending: deque[list[tuple[int, Path]]],
    jobs: int,
    window: int,
    suspects: list[tuple[int, Path]],
) -> Generator[Result, None, bool]:
    """Every chunk of ``pending`` through pools of at most ``jobs`` (and ``window``)
    processes with at most ``window`` chunks in flight, a fresh pool after one breaks; the
    files of chunks lost with a pool go to ``suspects``. False (the chunks not sent still
    in ``pending``) when worker processes cannot be started."""
    while pending:
        try:
            pool = ProcessPoolExecutor(
                max_workers=max(1, min(jobs, window, len(pending))),
                mp_context=workers.ctx,
                initializer=_init_worker,
                initargs=workers.initargs,
            )
        except (OSError, ValueError, NotImplementedError, ImportError):
            return False
        try:
            broken, completed = yield from _run_pool(pool, workers.work, pending, window, suspects)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        # a pool that broke before it finished anything may be no pool at all
        if broken and completed == 0 and window > 1 and not _pool_works(workers):
            return False
    return True


def _run_pool(
    pool: ProcessPoolExecutor,
    work: Work,
    pending: deque[list[tuple[int, Path]]],
    window: int,
    suspects: list[tuple[int, Path]],
) -> Generator[Result, None, tuple[bool, int]]:
    """Chunks of ``pending`` through ``pool``, at most ``window`` in flight, until none is
    left or the pool breaks; (whether it broke, how many chunks it completed)."""
    inflight: dict[Future, list[tuple[int, Path]]] = {}
    completed = 0
    broken = False
    while pending or inflight:
        broken = _submit(pool, work, pending, window, inflight)
        if broken or not inflight:
            break
        done, _ = wait(list(inflight), return_when=FIRST_COMPLETED)
        for fut in done:
            batch = inflight.pop(fut)
            try:
                out = fut.result()
            except BrokenProcessPool:
                suspects.extend(batch)
                broken = True
                continue
            except Exception:  # a result that could not be sent back, say
                suspects.extend(batch)
                continue
            completed += 1
            yield from _paired(batch, out)
        if broken:
            break
    # a broken pool fails everything it still held: those are suspects too
    for fut, batch in inflight.items():
        try:
            out = fut.result()
        except Exception:
            suspects.extend(batch)
            continue
        yield from _paired(batch, out)
    inflight.clear()
    return broken, completed


def _submit(
    pool: ProcessPoolExecutor,
    work: Work,
    pending: deque[list[tuple[int, Path]]],
    window: int,
    inflight: dict[Future, list[tuple[int, Path]]],
) -> bool:
    """Send chunks of ``pending`` until ``window`` are in flight; True if the pool is broken
    (the chunk it refused back in ``pending``)."""
    while pending and len(inflight) < window:
        batch = pending.popleft()
        try:
            fut = pool.submit(work, [str(p) for _, p in batch])
        except BrokenProcessPool:
            pending.appendleft(batch)
            return True
        # (a RuntimeError here means the interpreter is shutting down: it propagates)
        inflight[fut] = batch
    return False


def _paired(batch: list[tuple[int, Path]], out: list[Article | Skipped]) -> Iterator[Result]:
    """(index, result) for each file of a chunk, from the chunk's results."""
    for (i, _), r in zip(batch, out):
        yield i, r


def _pool_works(workers: _Workers) -> bool:
    """Can this machine run a worker process at all? (Tells a crash on a file from no processes.)"""
    try:
        with ProcessPoolExecutor(
            1, mp_context=workers.ctx, initializer=_init_worker, initargs=workers.initargs
        ) as ex:
            return ex.submit(_ping).result(timeout=120) == "ok"
    except Exception:
        return False


def init_helper(nice: int, quiet: bool, parent: int | None = None) -> None:
    """A worker process (extraction or the merge's helper): lower its priority by
    ``nice``; with ``quiet``, send its output nowhere; end it when the process ``parent``
    (the one that made the pool) ends."""
    if parent is not None:
        end_with(parent)
    if nice:
        try:
            os.nice(nice)
        except (AttributeError, OSError):
            pass
    if quiet:
        _silence_output()


def end_with(parent: int) -> None:
    """End this process as soon as the process ``parent`` has ended.

    A pool's workers wait for work on a queue that they hold open themselves, so when
    the process that made the pool dies without closing it (``kill -9``, a crash) they
    would wait for ever, and keep the fork server alive with them (it ends once no
    process holds its pipe). A thread here waits on the parent (a pidfd: woken by the
    kernel the moment it ends; where there is none, a check every second) and ends the
    process; what it was extracting is lost with the parent that asked for it.
    """

    def wait_for_parent() -> None:
        try:
            fd = os.pidfd_open(parent)
        except ProcessLookupError:  # gone already
            os._exit(1)
        except (AttributeError, OSError):  # no pidfds here (macOS, an old kernel)
            while _alive(parent):
                time.sleep(1.0)
            os._exit(1)
        select.select([fd], [], [])  # readable once the parent has ended
        os._exit(1)

    threading.Thread(target=wait_for_parent, name="end-with-parent", daemon=True).start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists, owned by someone else
        return True
    return True
