"""HTTP for ``storyline fetch``, through urllib3 (imported here only).

Every request: only http and https; connect and read timeouts and a deadline for the
whole answer; the host's turn (:class:`~tui.fetch.polite.HostGate`); robots.txt asked
first; redirects followed by hand, at most :attr:`FetchOptions.max_redirects`, each
target checked again (scheme, robots.txt, a loop); 429 and 5xx answers retried a bounded
number of times after a growing pause or the server's Retry-After; the content type
checked before the body is read, and the body read in pieces and given up past the
size limit (decompressed: gzip, deflate and brotli are asked for, and urllib3 bounds the
output of each piece, so a small compressed answer cannot blow up in memory).
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin

from tui.fetch.polite import ROBOTS_MAX_BYTES, HostGate, Robots
from tui.fetch.urls import BadURL, check_url, host_of

__all__ = ["Client", "FetchError", "FetchOptions", "Response", "user_agent"]

REDIRECTS = (301, 302, 303, 307, 308)
#: answers worth asking again after a pause (the server is busy or failing for now)
RETRY = (429, 500, 502, 503, 504)
#: the size of each read of a body
CHUNK = 64 * 1024


class FetchError(Exception):
    """The address could not be fetched; ``str(e)`` is the reason for a person, and
    ``status`` the HTTP status that said no, if one did."""

    def __init__(self, reason: str, status: int | None = None) -> None:
        super().__init__(reason)
        self.status = status


@dataclass
class FetchOptions:
    """How ``storyline fetch`` behaves on the network (the tests make it quick)."""

    max_bytes: int = 20_000_000
    """The largest body accepted (``extraction.limits.max_file_bytes``)."""
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    """Seconds without a byte from the server before it is given up."""
    deadline: float = 120.0
    """Seconds for one whole answer (a server that drips bytes is given up too)."""
    max_redirects: int = 5
    delay: float = 1.0
    """Seconds between two requests to one host."""
    parallel_hosts: int = 4
    """How many hosts are fetched from at once."""
    retries: int = 3
    """How many times a 429 or 5xx answer is asked again."""
    backoff: float = 2.0
    """The first pause before asking again (doubled each time) when the server gives none."""
    max_wait: float = 120.0
    """The longest Retry-After honoured; a server asking for more is given up."""
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)


def user_agent() -> str:
    from tui import __version__

    return f"Storyline/{__version__} (news story reader; fetches only the pages its user names)"


@dataclass
class Response:
    url: str
    """The address asked."""
    final_url: str
    """Where the answer came from, after redirects."""
    status: int
    headers: dict[str, str]
    """Header names in lowercase (repeated headers joined with ", ")."""
    body: bytes = b""
    redirects: list[str] = field(default_factory=list)


#: A check of an answer's status and headers before its body is read: None to read it,
#: else the reason it is refused.
Accept = Callable[[int, dict[str, str]], "str | None"]


class Client:
    """One per run: the connection pools, the hosts' turns and the robots.txt rules."""

    def __init__(self, options: FetchOptions) -> None:
        import urllib3

        self.options = options
        self.agent = user_agent()
        self.gate = HostGate(options.delay, sleep=options.sleep)
        self.robots = Robots(self.agent, self._robots_txt, self.gate)
        headers = urllib3.util.make_headers(accept_encoding=True, user_agent=self.agent)
        self.pool = urllib3.PoolManager(
            num_pools=32,
            headers=headers,
            retries=False,
            timeout=urllib3.Timeout(connect=options.connect_timeout, read=options.read_timeout),
        )

    def get(
        self,
        url: str,
        *,
        headers: dict[str, str] | None = None,
        accept: Accept | None = None,
        max_bytes: int | None = None,
        robots: bool = True,
    ) -> Response:
        """The answer to a GET of ``url`` after redirects: a 2xx or a 304 (with
        conditional ``headers``); any other answer, a refusal or a failure raises
        :class:`FetchError`."""
        chain = [url]
        current = url
        for _ in range(self.options.max_redirects + 1):
            if robots:
                refused = self.robots.check(current)
                if refused:
                    raise FetchError(refused)
            r = self._request(current, headers or {}, accept, max_bytes)
            if r.status not in REDIRECTS:
                r.url, r.redirects = url, chain[1:]
                return r
            current = self._next(current, r, chain)
            chain.append(current)
        raise FetchError(f"more than {self.options.max_redirects} redirects")

    @staticmethod
    def _next(current: str, r: Response, chain: list[str]) -> str:
        location = r.headers.get("location", "").strip()
        if not location:
            raise FetchError(f"HTTP {r.status} redirect without a Location")
        try:
            target = check_url(urljoin(current, location))
        except BadURL as e:
            raise FetchError(f"redirected to an address that {e}") from None
        if target in chain:
            raise FetchError(
                "redirect loop: " + " → ".join([*chain[chain.index(target) :], target])
            )
        return target

    def _robots_txt(self, url: str) -> tuple[int, bytes]:
        """(status, body) of a robots.txt; 4xx and 5xx are answers here, not failures."""
        try:
            r = self.get(url, max_bytes=ROBOTS_MAX_BYTES, robots=False)
        except FetchError as e:
            if e.status is not None:
                return e.status, b""
            raise
        return r.status, r.body

    def _request(
        self, url: str, headers: dict[str, str], accept: Accept | None, max_bytes: int | None
    ) -> Response:
        """One address, asked again (bounded) while the server answers 429 or 5xx."""
        host = host_of(url)
        tries = self.options.retries + 1
        for attempt in range(tries):
            with self.gate.turn(host):
                r = self._once(url, headers, accept, max_bytes, last=attempt == tries - 1)
            if isinstance(r, Response):
                return r
            self.gate.hold(host, r if r is not None else self.options.backoff * 2**attempt)
        raise AssertionError("unreachable")  # pragma: no cover

    def _once(
        self,
        url: str,
        headers: dict[str, str],
        accept: Accept | None,
        max_bytes: int | None,
        last: bool,
    ) -> Response | float | None:
        """One request: the answer, or the pause the server asked for before asking again
        (None: it gave none)."""
        r = self._send(url, headers)
        try:
            status = r.status
            hdrs = {k.lower(): v for k, v in r.headers.items()}
            if status in RETRY and not last:
                wait = retry_after(hdrs.get("retry-after"))
                if wait is not None and wait > self.options.max_wait:
                    raise FetchError(f"HTTP {status}: the server asks to wait {wait:.0f} s", status)
                return wait
            if status in REDIRECTS or status == 304:
                return Response(url, url, status, hdrs)
            if not 200 <= status < 300:
                tried = f" (asked {self.options.retries + 1} times)" if status in RETRY else ""
                raise FetchError(f"HTTP {status} {_reason(r)}".rstrip() + tried, status)
            refused = accept(status, hdrs) if accept else None
            if refused:
                raise FetchError(refused)
            body = self._body(r, hdrs, max_bytes or self.options.max_bytes)
            return Response(url, url, status, hdrs, body)
        finally:
            _finish(r)

    def _send(self, url: str, headers: dict[str, str]):
        import urllib3

        try:
            return self.pool.request(
                "GET",
                url,
                headers={**self.pool.headers, **headers},
                redirect=False,
                preload_content=False,
                decode_content=True,
            )
        except urllib3.exceptions.HTTPError as e:
            raise FetchError(network_reason(e, self.options)) from None

    def _body(self, r, headers: dict[str, str], max_bytes: int) -> bytes:
        import urllib3

        length = headers.get("content-length", "").strip()
        if length.isdigit() and int(length) > max_bytes and "content-encoding" not in headers:
            raise FetchError(f"the page is larger than {max_bytes:,} bytes ({int(length):,})")
        start, parts, size = time.monotonic(), [], 0
        try:
            while True:
                chunk = r.read1(CHUNK)  # what has come: a drip-feeding server meets the deadline
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"the page is larger than {max_bytes:,} bytes")
                parts.append(chunk)
                if time.monotonic() - start > self.options.deadline:
                    raise FetchError(f"the answer took longer than {self.options.deadline:g} s")
        except urllib3.exceptions.HTTPError as e:
            raise FetchError(network_reason(e, self.options)) from None
        return b"".join(parts)


def _finish(r) -> None:
    """Give the connection back for the next request when its answer was read to the
    end; otherwise close it (reading the rest of an answer not wanted, an error page or
    a redirect's, could take as long as the server likes)."""
    try:
        done = r.length_remaining == 0 or r.isclosed()
    except Exception:
        done = False
    if not done:
        r.close()
    r.release_conn()


def _reason(r) -> str:
    reason = getattr(r, "reason", "") or ""
    return reason if reason.isprintable() and len(reason) < 60 else ""


def retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header: a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():  # "¹" and "٣" are digits to isdigit, not to float
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None or when.tzinfo is None:
        return None
    import datetime as _dt

    return max(0.0, (when - _dt.datetime.now(_dt.timezone.utc)).total_seconds())


def network_reason(e: Exception, options: FetchOptions) -> str:
    """What went wrong on the network, for a person."""
    import urllib3.exceptions as x

    if isinstance(e, x.MaxRetryError) and e.reason is not None:
        e = e.reason
    if isinstance(e, x.ConnectTimeoutError):
        return f"no connection within {options.connect_timeout:g} s"
    if isinstance(e, x.ReadTimeoutError):
        return f"no answer within {options.read_timeout:g} s"
    if isinstance(e, x.NameResolutionError):
        return "the host name is not known (no DNS answer)"
    if isinstance(e, x.SSLError):
        return "the secure connection failed (TLS certificate or protocol)"
    if isinstance(e, x.NewConnectionError):
        cause = e.__cause__ or e.__context__
        text = getattr(cause, "strerror", None) or "connection failed"
        return f"cannot connect: {text}"
    if isinstance(e, x.DecodeError):
        return "the compressed answer is damaged"
    if isinstance(e, x.ProtocolError):
        return "the connection broke off"
    return f"the request failed ({type(e).__name__})"
