"""``storyline fetch``: the addresses from the command line, a list file and a feed,
checked before anything is fetched (a bad one is a bad argument: exit status 2), then
fetched into the folder with a progress line and a summary (0: every address saved or
already there; 1: some failed)."""

from __future__ import annotations

import sys
from pathlib import Path

from tui.fetch.urls import BadURL, check_url, read_url_list

__all__ = ["run_fetch"]


class ArgumentError(Exception):
    """A bad argument, said for a person (exit status 2)."""


def _addresses(args) -> list[str]:
    urls = []
    for raw in args.urls:
        try:
            urls.append(check_url(raw))
        except BadURL as e:
            raise ArgumentError(f"{_shown(raw)}: {e}") from None
    for listing in args.from_files or []:
        try:
            lines = read_url_list(listing)
        except (OSError, ValueError) as e:
            raise ArgumentError(f"{_shown(listing)}: {getattr(e, 'strerror', None) or e}") from None
        for number, raw in lines:
            try:
                urls.append(check_url(raw))
            except BadURL as e:
                raise ArgumentError(f"{_shown(listing)}:{number}: {_shown(raw)}: {e}") from None
    return urls


def _shown(text) -> str:
    from tui.fetch.progress import shown

    return shown(str(text), 200)


def _feed_addresses(fetcher, args, err) -> tuple[list[str], list]:
    """The addresses of the feed's items that pass --match and --since, and the outcomes
    of the items that cannot be fetched (no link, a field against the spec)."""
    from tui.fetch.feeds import Matcher
    from tui.fetch.run import SKIPPED, Outcome

    feed = fetcher.read_feed(args.feed)  # FetchError, FeedError: the caller says so
    match = Matcher(args.match or [])
    urls, bad, undated, kept = [], [], 0, 0
    for item in feed.items:
        if not match(item):
            continue
        if args.since is not None and item.date is not None and item.date.date() < args.since:
            continue
        kept += 1
        undated += item.date is None
        where = f"{args.feed} (item {item.number})"
        if item.problem:
            bad.append(Outcome(where, SKIPPED, f"the feed item {item.problem}"))
            continue
        try:
            urls.append(check_url(item.url))
        except BadURL as e:
            bad.append(Outcome(where, SKIPPED, f"the item's link {e}"))
    note = f" ({undated} without a date, kept)" if undated and args.since else ""
    print(
        f"storyline: {feed.kind} feed {_shown(feed.title or args.feed)}: "
        f"{len(feed.items)} items, {kept} chosen{note}",
        file=err,
    )
    return urls, bad


def _options(args, config):
    from tui.fetch.client import FetchOptions

    opts = FetchOptions(max_bytes=max(1, int(config.extraction.limits.max_file_bytes)))
    if args.delay is not None:
        opts.delay = args.delay
    if args.timeout is not None:
        opts.connect_timeout = opts.read_timeout = args.timeout
    if args.parallel is not None:
        opts.parallel_hosts = args.parallel
    return opts


def run_fetch(args, config, out=None, err=None) -> int:
    """The command; its exit status."""
    out, err = out or sys.stdout, err or sys.stderr
    if (args.match or args.since) and not args.feed:
        return _fail(err, "--match and --since choose among a feed's items: give --feed")
    if not (args.urls or args.from_files or args.feed):
        return _fail(err, "give addresses, --from FILE or --feed ADDRESS")
    try:
        urls = _addresses(args)
        feed = check_url(args.feed) if args.feed else None
    except BadURL as e:
        return _fail(err, f"--feed {_shown(args.feed)}: {e}")
    except ArgumentError as e:
        return _fail(err, str(e))
    into = Path(args.into)
    if into.exists() and not into.is_dir():
        return _fail(err, f"--into {_shown(into)} is a file, not a folder")
    from tui.fetch.client import FetchError
    from tui.fetch.feeds import FeedError
    from tui.fetch.run import Fetcher

    try:
        fetcher = Fetcher(into, _options(args, config))
    except OSError as e:
        return _fail(err, f"cannot make the folder {_shown(into)}: {e.strerror or e}", 1)
    bad: list = []
    if feed:
        args.feed = feed
        try:
            more, bad = _feed_addresses(fetcher, args, err)
        except (FetchError, FeedError) as e:
            print(f"storyline: the feed {_shown(feed)} {_reason(e)}", file=err)
            if not urls:
                return 1
            more, bad = [], [_feed_failed(feed, e)]
        urls += more
    return _run(fetcher, urls, bad, into, out, err)


def _reason(e: Exception) -> str:
    text = str(e)
    return text if text.startswith("is ") else f"could not be read: {text}"


def _feed_failed(feed: str, e: Exception):
    from tui.fetch.run import SKIPPED, Outcome

    return Outcome(feed, SKIPPED, str(e))


def _run(fetcher, urls: list[str], bad: list, into: Path, out, err) -> int:
    from tui.fetch.progress import Progress, summary_lines
    from tui.fetch.run import SAVED

    progress = Progress(len(bad) + len(urls), err)
    progress.draw()
    for o in bad:
        progress(o)
    try:
        outcomes = bad + fetcher.fetch(urls, on_outcome=progress)
    except KeyboardInterrupt:
        fetcher.stop.set()
        progress.close()
        print("storyline: interrupted; the pages saved so far stay", file=err)
        return 130
    progress.close()
    for line in summary_lines(outcomes, str(into), listed=progress.live):
        print(line, file=err)
    if not (getattr(out, "isatty", None) and out.isatty()):
        for o in outcomes:  # the files saved, one a line, for a script to use
            if o.result == SAVED and o.path is not None:
                print(o.path, file=out)
    return 0 if all(o.ok for o in outcomes) else 1


def _fail(err, message: str, code: int = 2) -> int:
    print(f"storyline: {message}", file=err)
    return code
