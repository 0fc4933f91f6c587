"""Quote grouping in a helper process while this one builds the timeline (big corpora)."""

from __future__ import annotations

import dataclasses
import pickle
import threading

from tui.env import default_jobs
from tui.load.cancel import LoadCancelled, checkpoint
from tui.load.gc_pause import gc_paused
from tui.merge.quotes import actor_kinds, credit_actors, group_credited, statement_dates
from tui.model import Article, Quote

#: From this many articles, quote grouping runs in a worker process while this one builds
#: the timeline (each is a large part of the merge); below it, starting the process and
#: shipping the quotes cost more than they save.
GROUP_BESIDE_FROM = 2000


class Beside:
    """Quote grouping started in a helper process by :func:`group_quotes_beside`."""

    def __init__(self, snapshot: bytes, pool, future) -> None:
        self.snapshot, self.pool, self.future = snapshot, pool, future

    def result(self) -> list:
        """The groups: the helper's, or the snapshot grouped here if the helper failed.
        While it waits for the helper, a cancel of the merge is still heard."""
        from concurrent.futures import TimeoutError as Pending  # (see group_quotes_beside)

        try:
            if self.future is not None:
                while True:
                    try:
                        data = self.future.result(timeout=0.1)
                        break
                    except Pending:
                        checkpoint()
                return pickle.loads(data)
        except LoadCancelled:
            self.stop()
            raise
        except Exception:  # the process died or could not run: group the snapshot here
            pass
        finally:
            self._let_go()
        return pickle.loads(_group_snapshot(self.snapshot))

    def stop(self) -> None:
        """Stop the helper now (the merge was cancelled or failed): its work is dropped."""
        if self.pool is not None:
            # ProcessPoolExecutor (3.11) has no public way to stop a running task, and
            # its exit hook would wait for it: end the helper's process
            for proc in list(getattr(self.pool, "_processes", {}).values()):
                try:
                    proc.terminate()
                except Exception:
                    pass
        self._let_go()

    def _let_go(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None


def group_quotes_beside(articles: list[Article], actors, jobs: int | None = None) -> Beside | None:
    """Start grouping the quotes in a worker process (None when one process does it all:
    a small corpus, one CPU, ``jobs`` 1; None: as many as the environment allows).

    What grouping reads is taken now (the timeline is built meanwhile): the quotes
    (credited to actors here), the articles' ids and dates (the merge's first pass dated
    the undated ones), and each quote's statement date (worked out here: it needs the
    bodies, which are not shipped). If the process cannot be started or fails, the same
    snapshot is grouped here, so the result never depends on which happened."""
    if len(articles) < GROUP_BESIDE_FROM or (default_jobs() if jobs is None else jobs) < 2:
        return None
    credit_actors(articles, actors)
    # quotes as tuples of their fields: they pickle and unpickle much faster than the
    # dataclasses, and this is on the merge's path (docs/performance.md)
    fields = _quote_fields()
    snapshot = pickle.dumps(
        (
            [
                (
                    a.id,
                    a.format,
                    a.published,
                    [tuple(getattr(q, f) for f in fields) for q in a.quotes],
                )
                for a in articles
            ],
            [statement_dates(a) if a.quotes else [] for a in articles],
            actor_kinds(actors),
        ),
        protocol=pickle.HIGHEST_PROTOCOL,
    )
    pool = future = None
    try:
        # the process machinery is imported only now: a small corpus never starts a helper
        import os
        from concurrent.futures import ProcessPoolExecutor

        from tui.load.pool import (
            BACKGROUND_NICE,
            init_helper,
            mp_context,
            real_stderr,
            start_tracker,
        )

        background = threading.current_thread() is not threading.main_thread()
        start_tracker()
        pool = ProcessPoolExecutor(
            1,
            mp_context=mp_context(),
            initializer=init_helper,
            initargs=(BACKGROUND_NICE if background else 0, not real_stderr(), os.getpid()),
        )
        future = pool.submit(_group_snapshot, snapshot)
    except Exception:  # no processes here: grouped in this one when asked
        future = None
    return Beside(snapshot, pool, future)


def _group_snapshot(snapshot: bytes) -> bytes:
    """Quote groups of a snapshot taken by :func:`group_quotes_beside`, pickled."""
    with gc_paused():  # as in the merge: nothing here makes reference cycles
        rows, dates, kinds = pickle.loads(snapshot)
        articles = [
            Article(id=i, path="", format=fmt, published=pub, quotes=[Quote(*q) for q in quotes])
            for i, fmt, pub, quotes in rows
        ]
        return pickle.dumps(
            group_credited(articles, dates, kinds), protocol=pickle.HIGHEST_PROTOCOL
        )


def _quote_fields() -> tuple[str, ...]:
    """The fields of a Quote in the order its constructor takes them."""
    return tuple(f.name for f in dataclasses.fields(Quote))
