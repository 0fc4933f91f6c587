"""Fetching a list of addresses into a folder: each page saved once, with its sidecar,
a few hosts at a time, every address ending with an :class:`Outcome`."""

from __future__ import annotations

import datetime as _dt
import hashlib
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tui.fetch.client import Client, FetchError, FetchOptions, Response
from tui.fetch.page import Page, file_stem, read_page, refuse_type
from tui.fetch.store import FolderIndex, Saved, save_page
from tui.fetch.urls import host_of, same_page_key

__all__ = ["PAGE_ACCEPT", "Fetcher", "Outcome"]

PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.8, text/markdown;q=0.8"

SAVED, UNCHANGED, DUPLICATE, SKIPPED = "saved", "unchanged", "duplicate", "skipped"


@dataclass
class Outcome:
    """What became of one address."""

    url: str
    result: str
    """``saved``, ``unchanged`` (the folder has it already), ``duplicate`` (another
    address of this run or of the folder is the same page) or ``skipped`` (failed)."""
    reason: str = ""
    path: Path | None = None
    """The page saved, or the one already there."""
    title: str | None = None

    @property
    def ok(self) -> bool:
        return self.result != SKIPPED


class Fetcher:
    """One run into one folder (made when missing)."""

    def __init__(self, folder: str | Path, options: FetchOptions | None = None) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.options = options or FetchOptions()
        self.client = Client(self.options)
        self.index = FolderIndex(self.folder)
        self.stop = threading.Event()
        self._this_run: dict[str, Path] = {}  # final and canonical addresses -> page saved

    def fetch(
        self, urls: list[str], on_outcome: Callable[[Outcome], None] | None = None
    ) -> list[Outcome]:
        """Every address fetched (one host at a time each, a few hosts at once); the
        outcomes in the order of ``urls``. ``on_outcome`` hears each as it comes (from
        worker threads, one at a time)."""
        outcomes: list[Outcome | None] = [None] * len(urls)
        report = threading.Lock()
        first: dict[str, int] = {}
        hosts: dict[str, list[int]] = {}
        for i, url in enumerate(urls):
            key = same_page_key(url)
            if key in first:
                twice = Outcome(url, DUPLICATE, f"listed twice (as {urls[first[key]]})")
                outcomes[i] = twice
                if on_outcome:
                    on_outcome(twice)
                continue
            first[key] = i
            hosts.setdefault(host_of(url), []).append(i)

        def work(indexes: list[int]) -> None:
            for i in indexes:
                if self.stop.is_set():
                    return
                outcome = self.fetch_one(urls[i])
                with report:
                    outcomes[i] = outcome
                    if on_outcome:
                        on_outcome(outcome)

        if hosts:
            workers = max(1, min(self.options.parallel_hosts, len(hosts)))
            with ThreadPoolExecutor(workers, thread_name_prefix="fetch") as pool:
                futures = [pool.submit(work, ix) for ix in hosts.values()]
                try:
                    for f in futures:
                        f.result()
                except BaseException:  # ctrl+c: the requests under way end, no new ones
                    self.stop.set()
                    raise
        return [o or Outcome(urls[i], SKIPPED, "interrupted") for i, o in enumerate(outcomes)]

    def read_feed(self, url: str):
        """The feed at ``url`` (:class:`tui.fetch.feeds.Feed`); raises FetchError or FeedError."""
        from tui.fetch.feeds import FEED_ACCEPT, parse_feed

        r = self.client.get(url, headers={"Accept": FEED_ACCEPT}, accept=_refuse_feed_type)
        return parse_feed(r.body, r.headers.get("content-type", ""), r.final_url)

    def fetch_one(self, url: str) -> Outcome:
        """One address; never raises on what the network or the server does."""
        with self.index.lock:
            before = self.index.latest(url)
        try:
            r = self.client.get(url, headers=_conditional(before), accept=refuse_type)
        except FetchError as e:
            return Outcome(url, SKIPPED, str(e))
        if r.status == 304:
            if before is None:
                return Outcome(url, SKIPPED, "HTTP 304 to a request that was not conditional")
            when = before.meta.get("fetched_at", "")
            return Outcome(url, UNCHANGED, f"not modified since {when}", before.path)
        if not r.body.strip():
            return Outcome(url, SKIPPED, f"the page is empty (HTTP {r.status})")
        try:
            page = read_page(r.body, r.headers, r.final_url)
        except ValueError as e:
            return Outcome(url, SKIPPED, str(e))
        try:
            with self.index.lock:
                return self._keep(r, page, before)
        except OSError as e:
            return Outcome(url, SKIPPED, f"could not be saved: {e.strerror or e}")

    def _keep(self, r: Response, page: Page, before: Saved | None) -> Outcome:
        """Save the page unless the folder or this run has it already."""
        url, sha = r.url, hashlib.sha256(r.body).hexdigest()
        keys = [same_page_key(r.final_url)] + (
            [same_page_key(page.canonical)] if page.canonical else []
        )
        for key in keys:
            if key in self._this_run:
                return Outcome(
                    url,
                    DUPLICATE,
                    "the same page as another address",
                    self._this_run[key],
                    page.title,
                )
        earlier = self.index.latest(r.final_url) or before
        if earlier is not None and _same_article(earlier, sha, page):
            return Outcome(
                url,
                UNCHANGED,
                "the article is the same as when it was fetched",
                earlier.path,
                page.title,
            )
        for address in (page.canonical, r.final_url):
            other = self.index.same_page(address)
            if other and same_page_key(other.meta.get("final_url", "")) != keys[0]:
                return Outcome(
                    url,
                    DUPLICATE,
                    "the same page (canonical address) as one saved before",
                    other.path,
                    page.title,
                )
        meta = _sidecar_meta(r, page, sha)
        path = save_page(self.folder, file_stem(r.final_url, page.title), page.ext, r.body, meta)
        self.index.add(path, meta)
        for key in keys:
            self._this_run.setdefault(key, path)
        notes = ["a newer version of " + earlier.path.name] if earlier is not None else []
        if page.article is None:
            notes.append("Storyline finds no article text in it (a page built by JavaScript?)")
        return Outcome(url, SAVED, "; ".join(notes), path, page.title)


def _refuse_feed_type(status: int, headers: dict[str, str]) -> str | None:
    """Feeds come as XML, JSON or text under many names; media and documents do not."""
    reason = refuse_type(status, headers)
    if reason and any(
        w in reason for w in ("PDF", "image", "video", "audio", "font", "ZIP", "binary")
    ):
        return reason.replace("not a web page or text", "not a feed")
    return None


def _conditional(before: Saved | None) -> dict[str, str]:
    """The request headers: what is accepted, and the validators of the last fetch."""
    headers = {"Accept": PAGE_ACCEPT}
    if before is None:
        return headers
    for field, header in (("etag", "If-None-Match"), ("last_modified", "If-Modified-Since")):
        v = before.meta.get(field)
        if v and v.isascii() and v.isprintable():
            headers[header] = v
    return headers


def _same_article(earlier: Saved, sha: str, page: Page) -> bool:
    """The bytes are those saved before, or the article read from them is (title and
    text): a page whose surroundings change at every request (dates, adverts) is not
    saved again for that."""
    if earlier.meta.get("sha256") == sha:
        return True
    if page.article is None:
        return False
    from tui.read import Unreadable, read_article

    try:
        old = read_article(earlier.path)
    except (Unreadable, RecursionError, MemoryError):
        return False
    return (old.title, old.body) == page.article


def _header(value: str | None, longest: int) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value if value.isprintable() and 0 < len(value) <= longest else None


def _sidecar_meta(r: Response, page: Page, sha: str) -> dict[str, Any]:
    from tui.fetch.page import clean_title, content_type

    now = _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0)
    return {
        "url": r.url,
        "final_url": r.final_url,
        "redirects": r.redirects,
        "fetched_at": now.isoformat().replace("+00:00", "Z"),
        "status": r.status,
        "content_type": _header(r.headers.get("content-type"), 200),
        "charset": content_type(r.headers)[1],
        "encoding": page.encoding,
        "last_modified": _header(r.headers.get("last-modified"), 100),
        "etag": _header(r.headers.get("etag"), 300),
        "content_encoding": _header(r.headers.get("content-encoding"), 100),
        "bytes": len(r.body),
        "sha256": sha,
        "title": clean_title(page.title)[:1000] if page.title else None,
        "canonical_url": page.canonical,
    }
