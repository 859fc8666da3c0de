"""A running dashboard (``streamlit run``) and headless Chromium without internet access.

The app starts on a free port with ``STRIKEMAP_DB`` pointing at an empty
temporary store, so it seeds itself from ``seeds/`` as it does on Streamlit
Community Cloud. Every browser request to a host other than the app's is
aborted: the map must draw from the app's own assets.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest

REPO = Path(__file__).resolve().parents[2]
STARTUP_TIMEOUT_S = 120
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


@dataclass
class Dashboard:
    url: str
    db: Path
    log: Path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_healthy(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited with {process.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(
        f"streamlit did not become healthy in {STARTUP_TIMEOUT_S} s:\n{log.read_text()}"
    )


@contextmanager
def running_dashboard(workdir: Path) -> Iterator[Dashboard]:
    """Run ``streamlit run dashboard/app.py`` on a free port over ``workdir/strikemap.sqlite``."""
    db = workdir / "strikemap.sqlite"
    log = workdir / "streamlit.log"
    port = free_port()
    env = {
        **os.environ,
        "STRIKEMAP_DB": str(db),
        "PYTHONPATH": os.pathsep.join(
            filter(None, [str(REPO / "dashboard"), os.environ.get("PYTHONPATH")])
        ),
    }
    command = [
        sys.executable, "-m", "streamlit", "run", str(REPO / "dashboard" / "app.py"),
        "--server.port", str(port), "--server.headless", "true",
        "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
        # Other files changing during the run must not prompt for or trigger reruns.
        "--server.fileWatcherType", "none", "--server.runOnSave", "false",
    ]  # fmt: skip
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, process, log)
        yield Dashboard(url=url, db=db, log=log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def dashboard(tmp_path_factory) -> Iterator[Dashboard]:
    """The app with an empty store, which it seeds from ``seeds/`` on the first page view."""
    with running_dashboard(tmp_path_factory.mktemp("dashboard")) as running:
        yield running


@pytest.fixture
def own_dashboard(tmp_path_factory) -> Iterator[Dashboard]:
    """A dashboard of its own, seeded like ``dashboard``, for a test that adds to its store
    (the session's ``dashboard`` must keep the seeds' 14 events for every other test)."""
    with running_dashboard(tmp_path_factory.mktemp("own-dashboard")) as running:
        yield running


@pytest.fixture(scope="session")
def fixture_dashboard(tmp_path_factory) -> Iterator[Dashboard]:
    """The app over a store holding the hand-written events of ``fixture_events.TABLE``."""
    from strikemap.store import EventStore

    from .fixture_events import ARTICLE, fixture_events

    workdir = tmp_path_factory.mktemp("fixture-dashboard")
    with EventStore(str(workdir / "strikemap.sqlite")) as store:
        assert store.add(ARTICLE, fixture_events())
    with running_dashboard(workdir) as running:
        yield running


@pytest.fixture(scope="session")
def browser():
    from strikemap.exports.browser import ChromiumMissingError, chromium

    try:
        with chromium() as launched:
            yield launched
    except ChromiumMissingError as exc:
        pytest.fail(str(exc))


@pytest.fixture
def page(browser):
    """A fresh page whose requests to any host but the local app are aborted."""
    context = browser.new_context(viewport={"width": 1440, "height": 1000}, accept_downloads=True)
    blocked: list[str] = []

    def only_local(route) -> None:
        url = route.request.url
        scheme = url.split(":", 1)[0]
        if scheme in {"data", "blob", "about"} or urlsplit(url).hostname in LOCAL_HOSTS:
            route.continue_()
        else:
            blocked.append(url)
            route.abort("internetdisconnected")

    context.route("**/*", only_local)
    page = context.new_page()
    page.blocked = blocked
    yield page
    context.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """On a failed browser test, keep a screenshot of each open page and say where it is."""
    report = yield
    if report.when == "call" and report.failed:
        for name in ("page", "screen"):
            shown = item.funcargs.get(name)
            if shown is None or shown.is_closed():
                continue
            out = Path(item.config._tmp_path_factory.mktemp("failed")) / f"{item.name}.png"
            try:
                shown.screenshot(path=str(out), full_page=True)
            except Exception as exc:
                report.sections.append(("screenshot", f"none taken: {exc}"))
            else:
                report.sections.append(("screenshot", str(out)))
            try:
                shown_text = shown.inner_text("body", timeout=5_000)
            except Exception as exc:
                shown_text = f"not read: {exc}"
            report.sections.append(("page text (end)", shown_text[-4000:]))
        for name in ("dashboard", "own_dashboard", "fixture_dashboard"):
            running = item.funcargs.get(name)
            if running is not None and running.log.exists():
                tail = running.log.read_text(errors="replace")[-3000:]
                report.sections.append((f"{name} log (end)", tail))
    return report
