"""Headless Chromium for exports and browser tests.

Playwright's own browser downloads need internet access, so strikemap drives the
system Chromium that Debian packages (``apt-get install chromium``; listed in
``packages.txt`` for Streamlit Community Cloud). The launch flags below are the
ones this kind of container needs: no sandbox (we may run as root), no GPU, and
none of Chromium's background traffic (updates, sync, QUIC probes) that would
otherwise stall or leak requests when offline.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from playwright.sync_api import (
    Browser,
    BrowserContext,
    Page,
    Playwright,
    Route,
    sync_playwright,
)

DEFAULT_CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ENV = "STRIKEMAP_CHROMIUM"
CHROMIUM_ARGS: tuple[str, ...] = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
T = TypeVar("T")
INSTALL_HINT = "install Debian's chromium: apt-get install chromium"
#: Upper bound for launching the browser; a hung launch must not hang a CLI run.
LAUNCH_TIMEOUT_MS = 30_000


class ChromiumMissingError(RuntimeError):
    """Raised when no Chromium executable can be found."""


def chromium_path() -> Path:
    """Return the Chromium executable to launch.

    ``$STRIKEMAP_CHROMIUM`` (a path or a command name on ``PATH``) overrides the
    default ``/usr/bin/chromium``.

    Raises
    ------
    ChromiumMissingError
        When the executable does not exist, with the command that installs it.
    """
    configured = os.environ.get(CHROMIUM_ENV) or DEFAULT_CHROMIUM
    candidate = Path(configured)
    if not candidate.is_file():
        found = shutil.which(configured)
        if found is None:
            origin = f"${CHROMIUM_ENV}" if os.environ.get(CHROMIUM_ENV) else "the default path"
            raise ChromiumMissingError(
                f"Chromium not found at {configured} ({origin}); {INSTALL_HINT}"
                f" or set ${CHROMIUM_ENV} to a Chromium executable"
            )
        candidate = Path(found)
    return candidate


# The playwright driver started by the outermost chromium() of each thread. Sync
# playwright cannot be started twice in one thread (the first one's event loop is
# running), so nested chromium() calls launch their browser from this driver.
_active = threading.local()


def _launch(playwright: Playwright, executable: Path) -> Browser:
    return playwright.chromium.launch(
        executable_path=str(executable),
        headless=True,
        args=list(CHROMIUM_ARGS),
        timeout=LAUNCH_TIMEOUT_MS,
    )


@contextmanager
def chromium() -> Iterator[Browser]:
    """Launch the system Chromium headless and yield the playwright ``Browser``.

    The browser (and the playwright driver, when this call started it) is closed
    on exit, also on errors. Calls may nest in one thread: an inner call reuses
    the outer call's driver and launches a browser of its own.

    Raises
    ------
    ChromiumMissingError
        When Chromium is not installed.
    """
    executable = chromium_path()
    running = getattr(_active, "playwright", None)
    if running is not None:
        browser = _launch(running, executable)
        try:
            yield browser
        finally:
            browser.close()
        return
    with sync_playwright() as playwright:
        _active.playwright = playwright
        try:
            browser = _launch(playwright, executable)
            try:
                yield browser
            finally:
                browser.close()
        finally:
            _active.playwright = None


def block_network(target: Page | BrowserContext) -> list[str]:
    """Abort every request that is not ``file:``, ``data:``, ``blob:`` or ``about:``.

    This simulates a machine with no internet (an e-mail attachment opened
    offline). Returns the list that collects the blocked URLs, so that callers
    can assert which requests were attempted.
    """
    blocked: list[str] = []

    def handle(route: Route) -> None:
        url = route.request.url
        if url.split(":", 1)[0] in {"file", "data", "blob", "about"}:
            route.continue_()
        else:
            blocked.append(url)
            route.abort("internetdisconnected")

    target.route("**/*", handle)
    return blocked


def run_outside_event_loop(func: Callable[[], T]) -> T:
    """Call ``func`` here, or in a worker thread when this thread runs an asyncio loop.

    Playwright's sync API refuses to start inside a running event loop (Jupyter,
    an async web handler such as a download callback), so rendering moves to a
    short-lived thread in that case; a loop that belongs to a :func:`chromium`
    already open in this thread is no obstacle, since ``chromium()`` nests.
    """
    if getattr(_active, "playwright", None) is not None:
        return func()
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return func()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="strikemap-chromium") as pool:
        return pool.submit(func).result()
