"""The ``storyline`` command.

storyline [PATH...] [--config FILE]             launch the dashboard
storyline extract [PATH...] [--config FILE] [--published YYYY-MM-DD] --json
storyline extract [PATH...] --jsonl             one article per line, as extracted
storyline cache info|clear                       the per-article cache
storyline report [PATH...] --format md|html|json|csv [--output FILE] [--csv-table TABLE]
storyline fetch [URL...] [--from FILE] [--feed URL [--match WORDS] [--since DATE]] --into DIR
"""

from __future__ import annotations

import argparse
import datetime as _dt
import sys
from pathlib import Path

from tui.visible import visible

COMMANDS = ("run", "extract", "cache", "report", "fetch")

DESCRIPTION = """\
Storyline reads a folder of news articles about one story and shows who reported
what: the sources, the actors, a timeline of the dates they mention and what each
speaker was quoted as saying in each outlet.

commands:
  storyline [run] [PATH...]        launch the dashboard (the default)
  storyline extract [PATH...]      print the extracted model as JSON (--jsonl: per article)
  storyline cache info|clear       where the per-article cache is and how big; empty it
  storyline report [PATH...]       write a report: --format md|html|json|csv [--output FILE]
  storyline fetch URL... --into DIR   save web pages into a story folder (also --from FILE,
                                   --feed URL [--match WORDS] [--since DATE]); the only
                                   command that goes on the network

Run 'storyline COMMAND --help' for a command's options."""


def _date(s: str) -> _dt.date:
    try:
        return _dt.date.fromisoformat(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {s!r}") from None


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="article files or folders (default: the config's sources)",
    )
    p.add_argument(
        "--config", "-c", metavar="FILE", help="a config.yaml (default: ./config.yaml when present)"
    )
    p.add_argument(
        "--published",
        type=_date,
        metavar="YYYY-MM-DD",
        help="the date of articles that show none of their own",
    )
    _loading_options(p)


def _jobs(s: str) -> int:
    try:
        n = int(s)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a number of processes of 1 or more, got {s!r}")
    return n


def _loading_options(p: argparse.ArgumentParser) -> None:
    """--jobs and --no-cache (run and extract)."""
    p.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        metavar="N",
        help="extract with N worker processes (default: the number of CPUs)",
    )
    p.add_argument(
        "--no-cache",
        action="store_true",
        help="neither read nor write the per-article cache (see 'storyline cache info')",
    )


def build_parser(
    only: str | None = None,
) -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    """The top parser and the commands' parsers; with ``only``, just that command's (the
    others would import what it does not need: ``report``'s lists the export formats)."""
    from tui import __version__

    top = argparse.ArgumentParser(
        prog="storyline",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    top.add_argument("--version", action="version", version=f"storyline {__version__}")
    makers = {
        "run": _run_parser,
        "extract": _extract_parser,
        "cache": _cache_parser,
        "report": _report_parser,
        "fetch": _fetch_parser,
    }
    subs = {name: make() for name, make in makers.items() if only in (None, name)}
    return top, subs


def _run_parser() -> argparse.ArgumentParser:
    run = argparse.ArgumentParser(prog="storyline [run]", description="Launch the dashboard.")
    _common(run)
    run.add_argument(
        "--watch",
        action="store_true",
        default=None,
        help="follow the folders: pick up new, changed and removed files while the app runs",
    )
    return run


def _extract_parser() -> argparse.ArgumentParser:
    ext = argparse.ArgumentParser(
        prog="storyline extract", description="Print the extracted model as JSON."
    )
    _common(ext)
    ext.add_argument("--json", action="store_true", help="print one JSON document (the default)")
    ext.add_argument(
        "--indent", type=int, default=None, metavar="N", help="indent the JSON by N spaces"
    )
    ext.add_argument(
        "--jsonl",
        action="store_true",
        help="stream one JSON object per article, in order, as each is extracted (no corpus merge; "
        "'storyline FILE.jsonl' opens the result)",
    )
    return ext


def _fail(message: str, code: int = 2) -> int:
    """Say what is wrong on stderr; a message quotes names and values from outside (a
    path, a config value), so it is made visible as everything else that is printed."""
    print(f"storyline: {visible(message)}", file=sys.stderr)
    return code


def _load_config(args, check_paths: bool | None = None):
    from tui.config import ConfigError, load_config
    from tui.env import default_cache

    path = args.config
    if path is None and Path("config.yaml").is_file():
        path = "config.yaml"
    if check_paths is None:
        # paths named on the command line replace the config's sources.paths: those are
        # checked only when they are the ones read
        check_paths = not getattr(args, "paths", None)
    try:
        return load_config(
            path,
            cache=default_cache() and not getattr(args, "no_cache", False),
            check_paths=check_paths,
        ), None
    except ConfigError as e:
        return None, str(e)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in ("-h", "--help", "--version"):
        build_parser(only="")[0].parse_args(argv[:1])  # the top parser alone
        return 0
    command = "run"
    if argv and argv[0] in COMMANDS:
        command = argv.pop(0)
    args = build_parser(only=command)[1][command].parse_args(argv)
    if command == "fetch":
        args.paths = None
    if command == "cache":
        return _cache(args)
    config, error = _load_config(args, check_paths=False if command == "fetch" else None)
    if error:
        return _fail(error)
    paths = args.paths or None
    if command == "extract":
        return _extract(args, config, paths)
    if command == "report":
        return _report(args, config, paths)
    if command == "fetch":
        from tui.fetch.command import run_fetch

        return run_fetch(args, config)
    return _run(args, config, paths)


def _extract(args, config, paths) -> int:
    import json

    from tui.corpus import load_corpus

    if args.jsonl:
        return _extract_jsonl(args, config, paths)
    from tui.export.json import escape_controls

    corpus = load_corpus(paths, config, published=args.published, **_load_options(args))
    try:
        # C1 and bidi controls and lone surrogates (from file names) written as \uXXXX escapes
        sys.stdout.write(
            escape_controls(
                json.dumps(
                    corpus.to_dict(), ensure_ascii=False, indent=args.indent, allow_nan=False
                )
            )
        )
        sys.stdout.write("\n")
        sys.stdout.flush()
    except BrokenPipeError:  # `storyline extract | head` is fine
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    _print_skipped(corpus.skipped)
    return 0


def _print_skipped(skipped) -> None:
    """One line per skipped file on stderr; control characters in a file name are shown, not
    sent."""
    for s in skipped:
        print(f"storyline: skipped {visible(s.path)}: {visible(s.reason)}", file=sys.stderr)


def _run(args, config, paths) -> int:
    app = _make_app(args, config, paths)
    if isinstance(app, int):
        return app
    app.run()
    return app.return_code or 0


def build_app(argv: list[str]):
    """The app ``storyline ARGV`` would run, built the way the command builds it, not
    started (the benchmark times its first frame from here). Raises SystemExit with the
    message the command would print when the arguments or the config are wrong."""
    args = _run_parser().parse_args(list(argv))
    config, error = _load_config(args)
    if error:
        raise SystemExit(f"storyline: {error}")
    app = _make_app(args, config, args.paths or None, need_terminal=False)
    if isinstance(app, int):
        raise SystemExit(app)
    return app


def _make_app(args, config, paths, *, need_terminal: bool = True):
    """The app, or the exit code after saying what is wrong. Python's cycle collector is
    paused from here to the app's first frame (see tui.app.app.resume_gc)."""
    import gc

    resume, handed_over = gc.isenabled(), False
    gc.disable()
    try:
        from tui.app.app import StorylineApp, theme_names
        from tui.app.keys import binding_contexts
        from tui.config import ConfigError, check_keymap

        try:
            check_keymap(config, binding_contexts())
        except ConfigError as e:
            return _fail(str(e))
        themes = theme_names()
        if config.theme not in themes:
            import difflib

            close = difflib.get_close_matches(config.theme, sorted(themes), n=1)
            hint = (
                f"; did you mean {close[0]!r}?"
                if close
                else f"; one of: {', '.join(sorted(themes))}"
            )
            return _fail(str(config.error(f"unknown theme {config.theme!r}{hint}", "theme")))
        if need_terminal and (not sys.stdout.isatty() or not sys.stdin.isatty()):
            return _fail(
                "the dashboard needs a terminal; use 'storyline extract --json' for machine output"
            )

        app = StorylineApp(
            paths=paths,
            config=config,
            published=args.published,
            watch=args.watch,
            resume_gc=resume,
            **_load_options(args),
        )
        handed_over = True
        return app
    finally:
        if resume and not handed_over:
            gc.enable()


# -------------------------------------------------------------------------- loading, cache, --jsonl


def _load_options(args) -> dict:
    """load_corpus's (and the app's) jobs/cache from --jobs and --no-cache (None: the
    library's default, from the environment)."""
    return {"jobs": args.jobs, "cache": False if args.no_cache else None}


def _extract_jsonl(args, config, paths) -> int:
    """One line per article or skipped file, in corpus order, flushed as each is ready."""
    import os

    from tui.export.json import escape_controls
    from tui.load.articles import iter_articles
    from tui.load.jsonl import article_line, header_line, skipped_line
    from tui.model import Skipped

    skipped = []
    out = sys.stdout
    try:
        out.write(header_line() + "\n")
        for item in iter_articles(paths, config, published=args.published, **_load_options(args)):
            if isinstance(item, Skipped):
                skipped.append(item)
                out.write(escape_controls(skipped_line(item)) + "\n")
            else:
                out.write(escape_controls(article_line(item)) + "\n")
            out.flush()
    except BrokenPipeError:  # `storyline extract --jsonl | head` is fine
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    _print_skipped(skipped)
    return 0


def _cache_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="storyline cache",
        description="The per-article cache: extraction results keyed by file content, extractor version and "
        "settings. Its folder is $STORYLINE_CACHE_DIR when set, else the user cache folder.",
    )
    p.add_argument(
        "action",
        nargs="?",
        choices=("info", "clear"),
        default="info",
        help="info: the folder, entries and size (the default); clear: remove every entry "
        "(and the cached corpus merges, file indexes and parsed config files)",
    )
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    return p


def _size(n: int) -> str:
    size: float = n
    for unit in ("bytes", "kB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size:,} {unit}" if unit == "bytes" else f"{size:,.1f} {unit}"
        size /= 1000
    return str(size)  # pragma: no cover


def _cache(args) -> int:
    import json

    from tui.env import worker_log
    from tui.load.cache import ArticleCache, file_indexes_clear, file_indexes_info
    from tui.load.merge_cache import MergeCache

    store, merges = ArticleCache(), MergeCache()
    if args.action == "clear":
        from tui.config import clear_config_cache

        r, m, x, c = store.clear(), merges.clear(), file_indexes_clear(), clear_config_cache()
        if args.json:
            print(
                json.dumps(
                    {
                        "cleared": True,
                        **r,
                        "merge_entries": m["entries"],
                        "merge_bytes": m["bytes"],
                        "index_entries": x["entries"],
                        "index_bytes": x["bytes"],
                        "config_bytes": c,
                    }
                )
            )
        else:
            print(f"Removed {r['entries']:,} entries ({_size(r['bytes'])}) from {r['path']}")
            print(f"Removed {m['entries']:,} corpus merges ({_size(m['bytes'])}) from {m['path']}")
            print(f"Removed {x['entries']:,} file indexes ({_size(x['bytes'])}) from {x['path']}")
            if c:
                print(f"Removed the parsed config files ({_size(c)})")
        return 0
    r, m, x = store.info(), merges.info(), file_indexes_info()
    if args.json:
        print(
            json.dumps(
                {
                    **r,
                    "merge_entries": m["entries"],
                    "merge_bytes": m["bytes"],
                    "index_entries": x["entries"],
                    "index_bytes": x["bytes"],
                }
            )
        )
    else:
        print(f"path     {r['path']}\nentries  {r['entries']:,}\nsize     {_size(r['bytes'])}")
        print(f"merges   {m['entries']:,} ({_size(m['bytes'])}) in {m['path']}")
        print(f"indexes  {x['entries']:,} ({_size(x['bytes'])}) in {x['path']}")
        log = worker_log()
        if log.is_file():
            print(
                f"log      {_size(log.stat().st_size)} in {log} (what the dashboard's worker processes printed)"
            )
    return 0


# -- storyline fetch -----------------------------------------------------------------------


def _seconds(s: str) -> float:
    try:
        v = float(s)
    except ValueError:
        v = -1.0
    if not 0 <= v <= 3600:
        raise argparse.ArgumentTypeError(f"expected a number of seconds (0 to 3600), got {s!r}")
    return v


def _fetch_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="storyline fetch",
        description="Save web pages into a story folder, as the bytes received, each named "
        "from its host and title with a hidden sidecar of where and when it came from. "
        "Fetching an address again asks the server whether it changed; nothing is "
        "rewritten. robots.txt is obeyed; one request at a time per host.",
        epilog="Exit status: 0 when every address was saved or was there already, 1 when "
        "some failed, 2 for bad arguments.",
    )
    p.add_argument("urls", nargs="*", metavar="URL", help="http or https addresses of pages")
    p.add_argument(
        "--into", "-o", required=True, metavar="DIR", help="the story folder (made when missing)"
    )
    p.add_argument(
        "--from",
        dest="from_files",
        action="append",
        metavar="FILE",
        help="a list of addresses, one a line ('#' starts a comment)",
    )
    p.add_argument("--feed", metavar="URL", help="an RSS, Atom or JSON feed: fetch its items")
    p.add_argument(
        "--match",
        action="append",
        metavar="WORDS",
        help="only the feed items whose title or summary holds all these words "
        "(whole words, any case; 'negotiat*' for any ending); repeat for alternatives",
    )
    p.add_argument(
        "--since", type=_date, metavar="YYYY-MM-DD", help="only the feed items of this day or later"
    )
    p.add_argument(
        "--delay",
        type=_seconds,
        metavar="SECONDS",
        help="pause between requests to one host (default 1)",
    )
    p.add_argument(
        "--timeout",
        type=_seconds,
        metavar="SECONDS",
        help="give up on a silent server (default 10 to connect, 30 to read)",
    )
    p.add_argument(
        "--parallel", type=_jobs, metavar="N", help="hosts fetched from at once (default 4)"
    )
    p.add_argument(
        "--config",
        "-c",
        metavar="FILE",
        help="a config.yaml (its extraction.limits.max_file_bytes caps a page)",
    )
    return p


# -- storyline report ----------------------------------------------------------------------


def _report_parser() -> argparse.ArgumentParser:
    from tui.export import CSV_TABLES, FORMATS

    rep = argparse.ArgumentParser(
        prog="storyline report",
        description="Write a report of the story: Markdown or HTML to read and paste into a memo, "
        "JSON (as 'storyline extract --json'), or one CSV table for a spreadsheet.",
    )
    _common(rep)
    rep.add_argument(
        "--format",
        "-f",
        choices=FORMATS,
        default=None,
        help="md, html, json or csv (default: from the --output file's extension, else md)",
    )
    rep.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        help="write to FILE (default: standard output); never inside a source folder",
    )
    rep.add_argument(
        "--csv-table",
        choices=CSV_TABLES,
        default="quotes",
        help="which table --format csv writes (default: quotes)",
    )
    rep.add_argument("--title", metavar="TEXT", help="the report's heading (Markdown and HTML)")
    return rep


def _report(args, config, paths) -> int:
    from tui.corpus import load_corpus
    from tui.export import ExportError, check_output_path, format_for_path, render_report

    to_stdout = args.output in (None, "-")
    fmt = args.format
    if fmt is None:
        fmt = "md" if to_stdout else format_for_path(args.output)
    sources = list(paths) if paths else [config.resolve(p) for p in config.sources.paths]
    if not to_stdout:
        try:
            check_output_path(args.output, sources)
        except ExportError as e:
            return _fail(str(e))
        if Path(args.output).is_dir():
            return _fail(f"{args.output} is a folder; give a file name for --output")
    corpus = load_corpus(paths, config, published=args.published, **_load_options(args))
    text = render_report(
        corpus, fmt, title=args.title, inputs=[str(p) for p in sources], csv_table=args.csv_table
    )
    if to_stdout:
        data = text.encode("utf-8", "replace")
        try:
            out = getattr(sys.stdout, "buffer", None)
            if out is not None:
                sys.stdout.flush()
                out.write(data)
                out.flush()
            else:
                sys.stdout.write(text)
                sys.stdout.flush()
        except BrokenPipeError:  # `storyline report | head` is fine
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    from tui.export import save_text

    try:
        written = save_text(args.output, text, source_paths=sources)
    except ExportError as e:
        return _fail(str(e))
    except OSError as e:
        return _fail(f"cannot write {args.output}: {e.strerror or e}", 1)
    n = len(corpus.articles)
    print(
        f"storyline: wrote {visible(str(written))} ({fmt}, {n} article{'s' if n != 1 else ''}"
        f"{f', {len(corpus.skipped)} skipped' if corpus.skipped else ''})",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
