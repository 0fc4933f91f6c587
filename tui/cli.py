"""The ``storyline`` command.

    storyline [PATH...] [--config FILE]             launch the dashboard
    storyline extract [PATH...] [--config FILE] [--published YYYY-MM-DD] --json
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import sys
from pathlib import Path

COMMANDS = ("run", "extract")

DESCRIPTION = """\
Storyline reads a folder of news articles about one story and shows who reported
what: the sources, the actors, a timeline of the dates they mention and what each
speaker was quoted as saying in each outlet.

commands:
  storyline [run] [PATH...]        launch the dashboard (the default)
  storyline extract [PATH...]      print the extracted model as JSON

Run 'storyline COMMAND --help' for a command's options."""


def _date(s: str) -> _dt.date:
    try:
        return _dt.date.fromisoformat(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {s!r}") from None


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders (default: the config's sources)")
    p.add_argument("--config", "-c", metavar="FILE", help="a config.yaml (default: ./config.yaml when present)")
    p.add_argument(
        "--published", type=_date, metavar="YYYY-MM-DD", help="the date of articles that show none of their own"
    )


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    from tui import __version__

    top = argparse.ArgumentParser(
        prog="storyline", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    top.add_argument("--version", action="version", version=f"storyline {__version__}")
    subs: dict[str, argparse.ArgumentParser] = {}
    run = argparse.ArgumentParser(prog="storyline [run]", description="Launch the dashboard.")
    _common(run)
    run.add_argument("--watch", action="store_true", default=None,
                     help="follow the folders: pick up new, changed and removed files while the app runs")
    subs["run"] = run
    ext = argparse.ArgumentParser(prog="storyline extract", description="Print the extracted model as JSON.")
    _common(ext)
    ext.add_argument("--json", action="store_true", help="print one JSON document (the default)")
    ext.add_argument("--indent", type=int, default=None, metavar="N", help="indent the JSON by N spaces")
    subs["extract"] = ext
    return top, subs


def _fail(message: str, code: int = 2) -> int:
    print(f"storyline: {message}", file=sys.stderr)
    return code


def _load_config(args):
    from tui.config import ConfigError, load_config

    path = args.config
    if path is None and Path("config.yaml").is_file():
        path = "config.yaml"
    try:
        return load_config(path), None
    except ConfigError as e:
        return None, str(e)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    top, subs = build_parser()
    if argv and argv[0] in ("-h", "--help", "--version"):
        top.parse_args(argv[:1])
        return 0
    command = "run"
    if argv and argv[0] in COMMANDS:
        command = argv.pop(0)
    args = subs[command].parse_args(argv)
    config, error = _load_config(args)
    if error:
        return _fail(error)
    paths = args.paths or None
    if command == "extract":
        return _extract(args, config, paths)
    return _run(args, config, paths)


def _extract(args, config, paths) -> int:
    from tui.corpus import load_corpus

    corpus = load_corpus(paths, config, published=args.published)
    try:
        json.dump(corpus.to_dict(), sys.stdout, ensure_ascii=False, indent=args.indent)
        sys.stdout.write("\n")
        sys.stdout.flush()
    except BrokenPipeError:  # `storyline extract | head` is fine
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    for s in corpus.skipped:
        print(f"storyline: skipped {s.path}: {s.reason}", file=sys.stderr)
    return 0


def _run(args, config, paths) -> int:
    if not sys.stdout.isatty() or not sys.stdin.isatty():
        return _fail("the dashboard needs a terminal; use 'storyline extract --json' for machine output")
    from tui.app.app import StorylineApp

    app = StorylineApp(paths=paths, config=config, published=args.published, watch=args.watch)
    app.run()
    return app.return_code or 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
