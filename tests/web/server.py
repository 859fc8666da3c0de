"""A real HTTP server on 127.0.0.1 for the web intake tests: pages, feeds, robots.txt,
slow and broken routes. Nothing here touches the internet.

Routes are set per test (``server.route(path, body, ...)``) and can be changed
while the server runs (an updated page, a new feed entry). Every request is
logged with its headers and time, so tests can assert what was (not) fetched.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    etag: bool = True
    last_modified: str | None = None
    broken: bool = False
    chunked: bool = False


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    at: float


class FixtureServer:
    """A threaded HTTP server with mutable routes and a request log."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[Hit] = []
        self._lock = threading.Lock()
        handler = _make_handler(self)
        self.httpd = _QuietServer((host, 0), handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.host = host
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def start(self) -> FixtureServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, path: str, host: str | None = None) -> str:
        return f"http://{host or self.host}:{self.port}{path}"

    def route(self, path: str, body: bytes | str = b"", **options) -> Route:
        data = body.encode("utf-8") if isinstance(body, str) else body
        route = Route(body=data, **options)
        with self._lock:
            self.routes[path] = route
        return route

    def paths(self) -> list[str]:
        """Paths requested so far, in order."""
        with self._lock:
            return [h.path for h in self.hits]

    def log(self, hit: Hit) -> None:
        with self._lock:
            self.hits.append(hit)


class _QuietServer(ThreadingHTTPServer):
    """A threaded server that does not print the tracebacks of the broken route."""

    def handle_error(self, request, client_address) -> None:
        pass


def _etag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:16] + '"'


def _unchanged(request_headers, route, headers: dict) -> bool:
    """Add the route's validators to ``headers``; True when the request's match them."""
    unchanged = False
    if route.etag and route.status == 200:
        headers["ETag"] = _etag(route.body)
        unchanged = request_headers.get("If-None-Match") == headers["ETag"]
    if route.last_modified and not unchanged:
        headers["Last-Modified"] = route.last_modified
        unchanged = request_headers.get("If-Modified-Since") == route.last_modified
    return unchanged


def _make_handler(server: FixtureServer):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:  # keep the test output quiet
            pass

        def do_GET(self) -> None:
            server.log(Hit(self.path, {k.lower(): v for k, v in self.headers.items()}, time.time()))
            route = server.routes.get(self.path) or server.routes.get(self.path.split("?")[0])
            if route is None:
                self._send(404, b"<html><body>Not found</body></html>", "text/html")
                return
            if route.delay:
                time.sleep(route.delay)
            if route.broken:
                self.close_connection = True
                self.connection.shutdown(2)
                return
            headers = dict(route.headers)
            if _unchanged(self.headers, route, headers):
                self._send(304, b"", None, headers)
                return
            self._send(route.status, route.body, route.content_type, headers, route.chunked)

        def _send(self, status, body, content_type, headers=None, chunked=False) -> None:
            self.send_response(status)
            if content_type:
                self.send_header("Content-Type", content_type)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            if chunked:
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                for start in range(0, len(body), 4096):
                    piece = body[start : start + 4096]
                    self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
                self.wfile.write(b"0\r\n\r\n")
                return
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if status != 304:
                self.wfile.write(body)

    return Handler
