"""``robots.txt`` rules, fetched once per origin and asked before every request.

Decisions follow RFC 9309: a ``robots.txt`` that is missing (any 4xx) allows
everything; one that cannot be fetched (5xx, timeout, refused connection)
disallows everything for now, since the site may be down or shedding load.
A ``Crawl-delay`` for our agent lengthens the per-host interval.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

#: Largest robots.txt read (RFC 9309 asks crawlers to parse at least 500 KiB).
MAX_ROBOTS_BYTES = 512 * 1024


@dataclass(frozen=True)
class RobotsRules:
    """The rules of one origin: a parser, or a blanket answer with its reason."""

    parser: RobotFileParser | None
    allow_all: bool = False
    reason: str = ""

    def allows(self, agent: str, url: str) -> bool:
        if self.parser is None:
            return self.allow_all
        return self.parser.can_fetch(agent, url)

    def crawl_delay(self, agent: str) -> float | None:
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(agent)
        return float(delay) if delay is not None else None


def parse_rules(text: str) -> RobotsRules:
    """Rules from the text of a robots.txt file."""
    parser = RobotFileParser()
    parser.parse(text.splitlines())
    return RobotsRules(parser)


def origin(url: str) -> str:
    """``scheme://host[:port]`` of a URL: the scope of one robots.txt."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


#: Fetches an origin's robots.txt: returns ``(status, text)``; raises ``OSError``-like
#: :class:`~strikemap.web.client.FetchError` when the host cannot be reached.
RobotsFetcher = Callable[[str], tuple[int, str]]


class RobotsCache:
    """robots.txt rules per origin, fetched on first use and kept for the session."""

    def __init__(self, fetch: RobotsFetcher) -> None:
        self._fetch = fetch
        self._rules: dict[str, RobotsRules] = {}
        self._lock = threading.Lock()

    def rules(self, url: str) -> RobotsRules:
        key = origin(url)
        with self._lock:
            cached = self._rules.get(key)
        if cached is not None:
            return cached
        rules = self._load(key)
        with self._lock:
            self._rules[key] = rules
        return rules

    def _load(self, key: str) -> RobotsRules:
        try:
            status, text = self._fetch(key + "/robots.txt")
        except Exception as exc:  # any failure to reach the host: RFC 9309 "unreachable"
            return RobotsRules(None, allow_all=False, reason=f"robots.txt unreachable ({exc})")
        if 200 <= status < 300:
            return parse_rules(text)
        if 400 <= status < 500:
            return RobotsRules(None, allow_all=True, reason=f"no robots.txt (HTTP {status})")
        return RobotsRules(None, allow_all=False, reason=f"robots.txt unavailable (HTTP {status})")
