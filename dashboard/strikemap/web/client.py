"""The polite HTTP client every web fetch goes through (urllib3 underneath).

- a User-Agent naming strikemap and where to read about it;
- connect and read timeouts, and a deadline for the whole body;
- a per-host rate limit (:mod:`~strikemap.web.ratelimit`), lengthened by a
  ``Crawl-delay``;
- ``robots.txt`` asked before every request, redirects included
  (:mod:`~strikemap.web.robots`);
- conditional GET: ``If-None-Match`` / ``If-Modified-Since`` from the validators
  of the last fetch, and a ``304`` reported as *not modified*;
- redirects followed by hand (at most :data:`MAX_REDIRECTS`, loops named);
- a size limit checked against ``Content-Length`` and while reading;
- an optional list of accepted content types.

Every failure is a :class:`FetchError` whose message names the URL and the reason.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.message import Message
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import urllib3

from strikemap import __version__
from strikemap.web.ratelimit import DEFAULT_RATE, HostRateLimiter
from strikemap.web.robots import MAX_ROBOTS_BYTES, RobotsCache

#: The robots.txt product token: rules for "User-agent: strikemap" apply to us.
AGENT_TOKEN = "strikemap"
USER_AGENT = (
    f"{AGENT_TOKEN}/{__version__} (+https://github.com/strikemap/strikemap; "
    "strike-map research bot; respects robots.txt)"
)
#: Seconds to connect, and to wait for each read; the whole response gets twice this.
DEFAULT_TIMEOUT = 15.0
#: Largest response body read, in bytes.
DEFAULT_MAX_BYTES = 10_000_000
MAX_REDIRECTS = 5
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024


class FetchError(Exception):
    """A URL that could not be fetched; ``str()`` is ``"URL: reason"``.

    ``transient`` marks failures worth retrying later (timeouts, 429, 5xx);
    ``retry_after`` is the server's ``Retry-After`` in seconds when it sent one.
    """

    def __init__(
        self,
        url: str,
        reason: str,
        *,
        transient: bool = False,
        retry_after: float | None = None,
        status: int | None = None,
    ) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.transient = transient
        self.retry_after = retry_after
        self.status = status


class RobotsDisallowed(FetchError):
    """robots.txt does not allow strikemap to fetch the URL."""


@dataclass(frozen=True)
class Validators:
    """What a server said about a response's version, for the next conditional GET."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        out = {}
        if self.etag:
            out["If-None-Match"] = self.etag
        if self.last_modified:
            out["If-Modified-Since"] = self.last_modified
        return out


@dataclass(frozen=True)
class Response:
    """A fetched URL: the final URL after redirects, status, type and body."""

    requested: str
    url: str
    status: int
    media_type: str
    charset: str | None
    body: bytes
    validators: Validators
    redirects: tuple[str, ...] = field(default_factory=tuple)

    @property
    def not_modified(self) -> bool:
        """The server answered ``304``: the copy fetched last time is still current."""
        return self.status == 304


def host_key(url: str) -> str:
    """The host a rate limit applies to (ports of one machine share it)."""
    return (urlsplit(url).hostname or "").lower()


def _check_scheme(url: str) -> None:
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(url, f"unsupported URL scheme {scheme or '(none)'!r} (use http or https)")
    if not urlsplit(url).hostname:
        raise FetchError(url, "no host name in the URL")


def _content_type(headers: Mapping[str, str]) -> tuple[str, str | None]:
    message = Message()
    message["content-type"] = headers.get("content-type", "")
    media = message.get_content_type() if headers.get("content-type") else ""
    return media.lower(), message.get_param("charset")


def _retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError, IndexError):
        return None


def _status_error(url: str, status: int, reason: str, headers: Mapping[str, str]) -> FetchError:
    transient = status == 429 or status >= 500
    text = f"HTTP {status} {reason}".strip()
    return FetchError(
        url,
        text,
        transient=transient,
        retry_after=_retry_after(headers.get("retry-after")),
        status=status,
    )


def _network_reason(exc: Exception, timeout: float) -> str:
    if isinstance(exc, (urllib3.exceptions.TimeoutError,)):
        return f"timed out (no answer within {timeout:g} s)"
    if isinstance(exc, urllib3.exceptions.NewConnectionError):
        return "cannot connect (connection refused or host unreachable)"
    if isinstance(exc, urllib3.exceptions.NameResolutionError):
        return "cannot resolve the host name"
    if isinstance(exc, urllib3.exceptions.SSLError):
        return "TLS error"
    return f"connection failed ({type(exc).__name__})"


class PoliteClient:
    """Fetch URLs politely (see the module docstring).

    Parameters
    ----------
    timeout
        Seconds to connect and for each read; the whole body must arrive
        within twice this.
    max_bytes
        Largest body accepted.
    rate
        Requests per second to one host.
    respect_robots
        Ask robots.txt first (only tests of the client itself turn this off).
    """

    def __init__(
        self,
        *,
        user_agent: str = USER_AGENT,
        timeout: float = DEFAULT_TIMEOUT,
        max_bytes: int = DEFAULT_MAX_BYTES,
        rate: float = DEFAULT_RATE,
        respect_robots: bool = True,
        limiter: HostRateLimiter | None = None,
    ) -> None:
        self.user_agent = user_agent
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.limiter = limiter or HostRateLimiter(rate)
        self.respect_robots = respect_robots
        self._headers = {"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"}
        self._pool = urllib3.PoolManager(
            timeout=urllib3.Timeout(connect=timeout, read=timeout),
            retries=False,
        )
        self.robots = RobotsCache(self._fetch_robots)

    def close(self) -> None:
        self._pool.clear()

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ------------------------------------------------------------------ public

    def get(
        self,
        url: str,
        *,
        validators: Validators | None = None,
        accept: tuple[str, ...] | None = None,
        max_bytes: int | None = None,
    ) -> Response:
        """Fetch ``url`` following redirects; raise :class:`FetchError` saying why not.

        Parameters
        ----------
        validators
            ETag / Last-Modified of the copy held; a ``304`` then gives a
            response with :attr:`Response.not_modified` and an empty body.
        accept
            Media types accepted (``"text/html"``...); another type is refused
            before its body is read. ``None`` accepts any.
        """
        limit = self.max_bytes if max_bytes is None else max_bytes
        chain = [url]
        current = url
        while True:
            _check_scheme(current)
            self._check_robots(url, current)
            status, headers, reason, raw = self._request(current, validators, limit)
            if status in _REDIRECTS and headers.get("location"):
                current = self._next_hop(url, chain, current, headers["location"])
                continue
            return self._finish(url, chain, current, status, reason, headers, raw, accept, limit)

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets strikemap fetch ``url``."""
        return not self.respect_robots or self.robots.rules(url).allows(AGENT_TOKEN, url)

    # ---------------------------------------------------------------- helpers

    def _next_hop(self, url: str, chain: list[str], current: str, location: str) -> str:
        target = urljoin(current, location.strip())
        if target in chain:
            loop = " → ".join([*chain[chain.index(target) :], target])
            raise FetchError(url, f"redirect loop ({loop})")
        if len(chain) > MAX_REDIRECTS:
            raise FetchError(url, f"too many redirects (more than {MAX_REDIRECTS})")
        chain.append(target)
        return target

    def _check_robots(self, requested: str, url: str) -> None:
        if not self.respect_robots:
            return
        rules = self.robots.rules(url)
        if not rules.allows(AGENT_TOKEN, url):
            why = rules.reason or "robots.txt disallows strikemap"
            where = "" if url == requested else f" (redirected to {url})"
            raise RobotsDisallowed(requested, f"not fetched: {why}{where}")
        delay = rules.crawl_delay(AGENT_TOKEN)
        if delay:
            self.limiter.set_min_interval(host_key(url), delay)

    def _finish(self, url, chain, current, status, reason, headers, raw, accept, limit):
        if status == 304:
            return self._response(url, chain, current, status, headers, b"")
        if status in _REDIRECTS:
            raise FetchError(url, f"HTTP {status} redirect without a Location header")
        if not 200 <= status < 300:
            raise _status_error(url, status, reason, headers)
        media, _ = _content_type(headers)
        if accept is not None and media and media not in accept:
            raise FetchError(
                url, f"not an HTML page (content type {media}; expected {', '.join(accept)})"
            )
        if raw is None:
            raw = b""
        return self._response(url, chain, current, status, headers, raw)

    def _response(self, url, chain, current, status, headers, body) -> Response:
        media, charset = _content_type(headers)
        return Response(
            requested=url,
            url=current,
            status=status,
            media_type=media,
            charset=charset,
            body=body,
            validators=Validators(headers.get("etag"), headers.get("last-modified")),
            redirects=tuple(chain[1:]),
        )

    def _request(
        self, url: str, validators: Validators | None, limit: int
    ) -> tuple[int, dict[str, str], str, bytes | None]:
        """One GET without redirects: ``(status, lower-cased headers, reason, body)``.

        The body is read only for a 2xx answer; it is ``None`` otherwise.
        """
        self.limiter.wait(host_key(url))
        extra = {**self._headers, **(validators.headers() if validators else {})}
        try:
            response = self._pool.request(
                "GET", url, headers=extra, redirect=False, preload_content=False
            )
        except urllib3.exceptions.HTTPError as exc:
            raise FetchError(url, _network_reason(exc, self.timeout), transient=True) from exc
        try:
            headers = {k.lower(): v for k, v in response.headers.items()}
            if not 200 <= response.status < 300:
                # An error page or a redirect's body is not read: drop the connection
                # rather than leave unread bytes on it for the next request.
                response.close()
                return response.status, headers, response.reason or "", None
            body = self._read(url, response, headers, limit)
            return response.status, headers, response.reason or "", body
        finally:
            response.release_conn()

    def _read(self, url: str, response, headers: dict[str, str], limit: int) -> bytes:
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(
                url, f"too large ({int(declared):,} bytes; the limit is {limit:,} bytes)"
            )
        deadline = time.monotonic() + 2 * self.timeout
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.stream(_CHUNK, decode_content=True):
                size += len(chunk)
                if size > limit:
                    raise FetchError(url, f"too large (over the limit of {limit:,} bytes)")
                if time.monotonic() > deadline:
                    raise FetchError(
                        url,
                        f"timed out (body not complete within {2 * self.timeout:g} s)",
                        transient=True,
                    )
                chunks.append(chunk)
        except urllib3.exceptions.HTTPError as exc:
            raise FetchError(url, _network_reason(exc, self.timeout), transient=True) from exc
        return b"".join(chunks)

    def _fetch_robots(self, robots_url: str) -> tuple[int, str]:
        """Fetch a robots.txt (rate-limited, redirects followed, never itself robots-checked)."""
        current = robots_url
        for _ in range(MAX_REDIRECTS + 1):
            _check_scheme(current)
            status, headers, _, body = self._request(current, None, MAX_ROBOTS_BYTES)
            if status in _REDIRECTS and headers.get("location"):
                current = urljoin(current, headers["location"])
                continue
            return status, (body or b"").decode("utf-8", errors="replace")
        return 404, ""
