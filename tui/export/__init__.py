"""Reports for people and spreadsheets: Markdown, HTML, JSON and CSV.

The API the app and the CLI share::

    render_report(corpus, fmt, **opts) -> str
    write_report(corpus, fmt, out, *, source_paths=(), **opts) -> Path | None
    save_text(path, text, *, source_paths=()) -> Path   # an already rendered report
    default_report_path(fmt, *, source_paths=(), directory=None) -> Path
    check_output_path(path, source_paths) -> None      # raises ExportError
    format_for_path(path, default="md") -> str          # from the extension

``fmt`` is ``md``, ``html``, ``json`` or ``csv`` (``markdown`` and ``htm`` are accepted).
Options: ``title`` (the report's heading), ``inputs`` (the paths read, named in the
generation note), ``generated`` (a datetime, for reproducible output) and, for CSV,
``csv_table`` (``quotes``, ``timeline``, ``actors`` or ``sources``).

A report is never written into a folder Storyline reads articles from: it would be read
back as an article on the next load. Nothing here imports Textual or Rich.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from tui.files import write_atomic
from tui.model import Corpus

__all__ = [
    "FORMATS",
    "CSV_TABLES",
    "ExportError",
    "render_report",
    "write_report",
    "default_report_path",
    "check_output_path",
    "save_text",
    "normalize_format",
    "format_for_path",
]

FORMATS = ("md", "html", "json", "csv")
CSV_TABLES = ("quotes", "timeline", "actors", "sources")
_ALIASES = {"markdown": "md", "htm": "html"}


class ExportError(ValueError):
    """A report cannot be written where asked (the message says why)."""


_SUFFIXES = {
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".csv": "csv",
}


def format_for_path(path: str | os.PathLike, default: str = "md") -> str:
    """The format a file name asks for by its extension (``report.html`` -> ``html``)."""
    return _SUFFIXES.get(Path(path).suffix.lower(), default)


def normalize_format(fmt: str) -> str:
    f = (fmt or "").strip().lower().lstrip(".")
    f = _ALIASES.get(f, f)
    if f not in FORMATS:
        raise ExportError(f"unknown report format {fmt!r}: choose one of {', '.join(FORMATS)}")
    return f


def render_report(
    corpus: Corpus,
    fmt: str = "md",
    *,
    title: str | None = None,
    inputs: Iterable[str | os.PathLike] | None = None,
    generated: _dt.datetime | None = None,
    csv_table: str = "quotes",
) -> str:
    """The whole report as one string in ``fmt``."""
    fmt = normalize_format(fmt)
    if fmt == "json":
        from tui.export import json as _json

        return _json.render(corpus)
    if fmt == "csv":
        from tui.export import csv as _csv

        if csv_table not in CSV_TABLES:
            raise ExportError(
                f"unknown CSV table {csv_table!r}: choose one of {', '.join(CSV_TABLES)}"
            )
        return _csv.render(corpus, csv_table)
    from tui.export.common import build_report

    report = build_report(
        corpus, title=title, inputs=[str(p) for p in inputs or ()], generated=generated
    )
    if fmt == "html":
        from tui.export import html as _html

        return _html.render(report)
    from tui.export import markdown as _md

    return _md.render(report)


def _resolved(p: str | os.PathLike) -> Path:
    try:
        return Path(p).expanduser().resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(os.fspath(p)))


def check_output_path(path: str | os.PathLike, source_paths: Iterable[str | os.PathLike]) -> None:
    """Raise :class:`ExportError` when ``path`` is inside a source folder or is a source file.

    Symbolic links are resolved on both sides, so a link cannot smuggle the report in.
    """
    out = _resolved(path)
    for src in source_paths:
        s = _resolved(src)
        if s.is_dir():
            if out == s or s in out.parents:
                raise ExportError(
                    f"will not write the report into the source folder {os.fspath(src)}: "
                    "it would be read as an article next time; choose a path outside it"
                )
        elif out == s:
            raise ExportError(f"will not overwrite the source file {os.fspath(src)}")


def write_report(
    corpus: Corpus,
    fmt: str,
    out: str | os.PathLike | IO[str],
    *,
    source_paths: Iterable[str | os.PathLike] = (),
    **opts: Any,
) -> Path | None:
    """Render the report and write it to ``out``: a path (written atomically: a temporary
    file in the same folder, then renamed; returns the path) or an open text stream
    (returns None). Raises :class:`ExportError` for a path inside ``source_paths`` and
    ``OSError`` when the file cannot be written."""
    if not isinstance(out, (str, os.PathLike)):
        out.write(render_report(corpus, fmt, **opts))
        return None
    check_output_path(out, source_paths)  # before the work
    return save_text(out, render_report(corpus, fmt, **opts), source_paths=source_paths)


def save_text(
    out: str | os.PathLike, text: str, *, source_paths: Iterable[str | os.PathLike] = ()
) -> Path:
    """Write a rendered report to the file ``out`` atomically (a temporary file in the
    same folder, then renamed), UTF-8, line ends as rendered. Raises :class:`ExportError`
    for a path inside ``source_paths`` or naming a folder, ``OSError`` when it cannot write."""
    path = Path(out).expanduser()
    check_output_path(path, source_paths)
    if path.is_dir():
        raise ExportError(f"{os.fspath(path)} is a folder; give a file name")
    path.parent.mkdir(parents=True, exist_ok=True)
    # a temporary file of a name no one can plant a link at (O_EXCL), renamed into place;
    # the text as rendered (CSV's CRLF rows as they are)
    write_atomic(path, (text.encode("utf-8"),))
    return path


def _writable_dir(d: Path) -> bool:
    return d.is_dir() and os.access(d, os.W_OK | os.X_OK)


def default_report_path(
    fmt: str,
    *,
    source_paths: Iterable[str | os.PathLike] = (),
    directory: str | os.PathLike | None = None,
    now: _dt.datetime | None = None,
) -> Path:
    """A new file name for a report: ``storyline-report-YYYYMMDD-HHMMSS.<ext>``.

    In ``directory`` when given; else the current folder when it is writable and not a
    source folder; else the user's documents folder; else the user data folder. A name
    already taken gets ``-2``, ``-3`` ...
    """
    fmt = normalize_format(fmt)
    sources = list(source_paths)
    candidates: list[Path] = []
    if directory is not None:
        candidates.append(Path(directory).expanduser())
    else:
        candidates.append(Path.cwd())
        try:
            import platformdirs

            candidates.append(Path(platformdirs.user_documents_dir()))
            candidates.append(
                Path(platformdirs.user_data_dir("storyline", appauthor=False)) / "reports"
            )
        except (
            Exception
        ):  # platformdirs is a dependency; a broken home folder must not crash an export
            candidates.append(Path.home())
    stamp = (now or _dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    base = f"storyline-report-{stamp}"
    for d in candidates:
        probe = d / f"{base}.{fmt}"
        try:
            check_output_path(probe, sources)
        except ExportError:
            continue
        if directory is None and not _writable_dir(d) and d != candidates[-1]:
            continue
        n = 1
        while probe.exists():
            n += 1
            probe = d / f"{base}-{n}.{fmt}"
        return probe
    raise ExportError("no folder outside the sources to write the report to; pass a path")
