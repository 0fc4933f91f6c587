"""Being a good citizen of the web: one request at a time per host with a pause between
them, and robots.txt obeyed (RFC 9309)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

__all__ = ["MAX_CRAWL_DELAY", "ROBOTS_MAX_BYTES", "HostGate", "Robots"]

#: robots.txt files are read up to this size (RFC 9309 asks for at least 500 KiB)
ROBOTS_MAX_BYTES = 512 * 1024
#: a site's Crawl-delay is honoured up to this many seconds
MAX_CRAWL_DELAY = 30.0


class HostGate:
    """Takes turns per host: one request at a time, each at least ``delay`` seconds after
    the end of the one before (longer when the site asks for it: Crawl-delay, or a
    Retry-After given with a 429 or 503)."""

    def __init__(
        self,
        delay: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.delay = max(0.0, delay)
        self._clock, self._sleep = clock, sleep
        self._lock = threading.Lock()
        self._hosts: dict[str, list] = {}  # host -> [lock, next start, own delay]

    def _state(self, host: str) -> list:
        with self._lock:
            return self._hosts.setdefault(host, [threading.Lock(), 0.0, self.delay])

    @contextmanager
    def turn(self, host: str) -> Iterator[None]:
        """Hold the host for one request (and the reading of its answer)."""
        state = self._state(host)
        with state[0]:
            wait = state[1] - self._clock()
            if wait > 0:
                self._sleep(wait)
            try:
                yield
            finally:
                state[1] = max(state[1], self._clock() + state[2])

    def hold(self, host: str, seconds: float) -> None:
        """No request to ``host`` for ``seconds`` from now (the site asked to wait)."""
        state = self._state(host)
        state[1] = max(state[1], self._clock() + seconds)

    def slow_down(self, host: str, seconds: float) -> None:
        """At least ``seconds`` between requests to ``host`` (its Crawl-delay)."""
        state = self._state(host)
        state[2] = max(state[2], min(seconds, MAX_CRAWL_DELAY))


class Robots:
    """Each site's robots.txt, read once (through ``get``) and then asked per address.

    ``get(url)`` returns ``(status, body)`` or raises the fetcher's error. As RFC 9309
    says: a robots.txt that does not exist (any 4xx answer) allows everything; one that
    cannot be read (a 5xx answer, a 429, no answer at all) forbids everything."""

    def __init__(self, agent: str, get: Callable[[str], tuple[int, bytes]], gate: HostGate):
        self.agent = agent
        self._get, self._gate = get, gate
        self._lock = threading.Lock()
        self._sites: dict[str, tuple[threading.Lock, list]] = {}

    def check(self, url: str) -> str | None:
        """None when ``url`` may be fetched, else the reason it may not."""
        parts = urlsplit(url)
        site = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        with self._lock:
            lock, slot = self._sites.setdefault(site, (threading.Lock(), []))
        with lock:
            if not slot:
                slot.append(self._read(site, parts.hostname or ""))
        rules = slot[0]
        if isinstance(rules, str):
            return rules
        if rules is None or rules.can_fetch(self.agent, url):
            return None
        return f"the site's robots.txt does not allow it ({site}/robots.txt)"

    def _read(self, site: str, host: str):
        """The parsed rules, None (everything allowed) or the reason nothing is."""
        from urllib.robotparser import RobotFileParser

        from tui.fetch.client import FetchError

        try:
            status, body = self._get(site + "/robots.txt")
        except FetchError as e:  # the site does not answer: the page would not either
            return str(e)
        if 400 <= status < 500 and status != 429:
            return None
        if status != 200:
            return f"its robots.txt answered HTTP {status}, so nothing is fetched from {host}"
        rules = RobotFileParser()
        rules.parse(body.decode("utf-8", errors="replace").splitlines())
        delay = rules.crawl_delay(self.agent)
        if delay:
            try:
                self._gate.slow_down(host, float(delay))
            except (TypeError, ValueError):
                pass
        return rules
