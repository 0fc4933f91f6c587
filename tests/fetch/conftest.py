"""A real HTTP server inside the test process (the standard library's, in a thread): the
fetch tests never reach the internet."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    #: answers given in turn before this one (status, headers, body), e.g. a 429 first
    before: list = field(default_factory=list)
    #: answer 304 to a request whose If-None-Match is this
    etag: str | None = None
    #: send the body a byte at a time, this many seconds apart
    drip: float = 0.0


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        server: TestServer = self.server.owner  # type: ignore[attr-defined]
        with server.lock:
            server.in_flight += 1
            server.most_in_flight = max(server.most_in_flight, server.in_flight)
        self._counted = True
        try:
            self._answer(server)
        finally:
            self._answered()

    def _answered(self) -> None:
        """A request stops counting as in flight before its answer goes out: once the
        client has the answer it may send its next request at once, and that one must not
        overlap this one's bookkeeping."""
        if getattr(self, "_counted", False):
            self._counted = False
            server: TestServer = self.server.owner  # type: ignore[attr-defined]
            with server.lock:
                server.in_flight -= 1

    def _answer(self, server) -> None:
        server.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
        route = server.routes.get(self.path)
        if route is None:
            self._send(404, {"Content-Type": "text/plain"}, b"not here")
            return
        if route.delay:
            time.sleep(route.delay)
        if route.before:
            self._send(*route.before.pop(0))
            return
        if route.etag and self.headers.get("If-None-Match") == route.etag:
            self._send(304, {"ETag": route.etag}, b"")
            return
        headers = dict(route.headers)
        if route.etag:
            headers["ETag"] = route.etag
        self._send(route.status, headers, route.body, route.drip)

    def _send(self, status: int, headers: dict[str, str], body: bytes, drip: float = 0) -> None:
        self._answered()
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        if "Content-Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            if not drip:
                self.wfile.write(body)
            for i in range(len(body) if drip else 0):
                self.wfile.write(body[i : i + 1])
                self.wfile.flush()
                time.sleep(drip)
        except (BrokenPipeError, ConnectionResetError):
            pass


class TestServer:
    __test__ = False

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.lock = threading.Lock()
        self.in_flight = self.most_in_flight = 0  # requests being answered at once
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.httpd.owner = self  # type: ignore[attr-defined]
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(
        self,
        path: str,
        body: bytes | str = b"",
        content_type: str | None = "text/html; charset=utf-8",
        **kw,
    ) -> str:
        """Serve ``body`` at ``path``; the address."""
        route = Route(body=body.encode() if isinstance(body, str) else body, **kw)
        if content_type and "Content-Type" not in route.headers:
            route.headers["Content-Type"] = content_type
        self.routes[path] = route
        return self.url(path)

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        self.routes[path] = Route(status=status, headers={"Location": to})
        return self.url(path)

    def hits(self, path: str) -> list[dict[str, str]]:
        """The headers of each request for ``path``."""
        return [h for p, h in self.requests if p == path]

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    s = TestServer()
    yield s
    s.close()


@pytest.fixture
def options():
    """Quick settings: no pause between requests, short timeouts, retries without waiting."""
    from tui.fetch import FetchOptions

    return FetchOptions(
        delay=0.0, connect_timeout=2.0, read_timeout=2.0, backoff=0.01, retries=2, max_wait=5.0
    )


def page(title: str, body: str = "", head: str = "", charset: str = "utf-8") -> str:
    """A small news page."""
    text = body or (
        "<p>Officials said on Tuesday that the talks would resume in Doha next week, "
        "according to a statement.</p>"
    )
    return (
        f'<!doctype html><html><head><meta charset="{charset}"><title>{title}</title>{head}'
        f"</head><body><article><h1>{title}</h1>{text}</article></body></html>"
    )
