"""Which files to read: the article files under the paths a user names, in a stable order."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from tui.config import Config
from tui.model import Skipped


def iter_source_files(paths: Iterable[str | Path], config: Config) -> Iterator[Path | Skipped]:
    """Every file to read under ``paths``, in a stable order (sorted per folder).

    Folders are walked without following symbolic links to folders (so a link loop
    cannot trap the walk); a named path that does not exist is yielded as Skipped.
    """
    include = config.sources.include
    exclude = config.sources.exclude
    seen: set[str] = set()

    def wanted(name: str) -> bool:
        return any(fnmatch.fnmatch(name.lower(), pat.lower()) for pat in include) and not any(
            fnmatch.fnmatch(name.lower(), pat.lower()) for pat in exclude
        )

    for raw in paths:
        p = Path(raw)
        if not p.exists() and not p.is_symlink():
            yield Skipped(str(p), "no such file or folder")
            continue
        if p.is_dir():
            for root, dirs, files in os.walk(p, followlinks=False):
                dirs[:] = (
                    sorted(d for d in dirs if not d.startswith("."))
                    if config.sources.recursive
                    else []
                )
                for name in sorted(files):
                    if name.startswith(".") or not wanted(name):
                        continue
                    fp = Path(root) / name
                    key = str(fp)
                    if key not in seen:
                        seen.add(key)
                        yield fp
        else:
            key = str(p)
            if key not in seen:
                seen.add(key)
                yield p
