"""A per-host request rate limit: requests to one host start at least ``1/rate`` seconds apart.

Hosts are independent: waiting for one never delays another. The limiter is
thread-safe; a caller reserves its slot under the lock and sleeps outside it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

#: Default requests per second to one host.
DEFAULT_RATE = 1.0


class HostRateLimiter:
    """Space out requests to each host.

    Parameters
    ----------
    rate
        Requests per second allowed to one host (``> 0``).
    clock, sleep
        Monotonic clock and sleep function (replaceable in tests).
    """

    def __init__(
        self,
        rate: float = DEFAULT_RATE,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if rate <= 0:
            raise ValueError(f"rate must be positive, got {rate}")
        self.rate = rate
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._next: dict[str, float] = {}
        self._intervals: dict[str, float] = {}

    def interval(self, host: str) -> float:
        """Seconds between two requests to ``host`` (a crawl delay may lengthen it)."""
        return max(1.0 / self.rate, self._intervals.get(host, 0.0))

    def set_min_interval(self, host: str, seconds: float) -> None:
        """Lengthen the interval for one host (a ``Crawl-delay`` from its robots.txt)."""
        with self._lock:
            self._intervals[host] = max(0.0, float(seconds))

    def wait(self, host: str) -> float:
        """Block until a request to ``host`` may start; return the seconds waited."""
        with self._lock:
            now = self._clock()
            start = max(now, self._next.get(host, now))
            self._next[host] = start + self.interval(host)
        delay = start - now
        if delay > 0:
            self._sleep(delay)
        return max(delay, 0.0)
