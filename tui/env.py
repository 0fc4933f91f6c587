"""What the environment decides: where the caches live, whether they are used, and how
many worker processes extract. A light module of its own: the app reads its config
through it before the first frame, long before the extraction library is imported."""

from __future__ import annotations

import os
from pathlib import Path

#: The cache folder, when set (tests use it); else the platform's user cache folder.
ENV_DIR = "STORYLINE_CACHE_DIR"
#: Off switch for every cache (0, no, off, false); ``--no-cache`` overrides it (a parameter).
ENV_CACHE = "STORYLINE_CACHE"
#: Worker processes for loading; ``--jobs`` overrides it (a parameter).
ENV_JOBS = "STORYLINE_JOBS"


def cache_dir() -> Path:
    """The cache's root folder (it may not exist yet)."""
    env = os.environ.get(ENV_DIR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("storyline", appauthor=False))


def worker_log() -> Path:
    """Where the app's worker processes write what they would print (warnings, a crash's
    traceback): the terminal is the interface's, so their output comes here instead."""
    return cache_dir() / "workers.log"


def default_cache() -> bool:
    """False when ``$STORYLINE_CACHE`` says off (0, no, off, false)."""
    return os.environ.get(ENV_CACHE, "").strip().lower() not in ("0", "no", "off", "false")


def default_jobs() -> int:
    """``$STORYLINE_JOBS`` when set, else the number of CPUs this process may use."""
    env = os.environ.get(ENV_JOBS, "").strip()
    if env.isdigit() and int(env) > 0:
        return int(env)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)
