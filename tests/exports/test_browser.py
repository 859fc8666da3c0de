"""The Chromium launcher: configuration errors and an offline page."""

from __future__ import annotations

import asyncio
import threading

import pytest
from strikemap.exports import browser


def test_missing_chromium_names_the_install_command(monkeypatch, tmp_path):
    monkeypatch.setenv(browser.CHROMIUM_ENV, str(tmp_path / "no-such-chromium"))
    with pytest.raises(browser.ChromiumMissingError, match="apt-get install chromium"):
        browser.chromium_path()


def test_env_override_is_used(monkeypatch, tmp_path):
    fake = tmp_path / "chromium"
    fake.write_text("#!/bin/sh\n")
    monkeypatch.setenv(browser.CHROMIUM_ENV, str(fake))
    assert browser.chromium_path() == fake


@pytest.mark.browser
def test_chromium_renders_and_blocks_the_network():
    with browser.chromium() as chrome:
        page = chrome.new_page()
        blocked = browser.block_network(page)
        page.set_content('<p id="t">offline</p><img src="https://tile.example.org/1/1/1.png">')
        page.wait_for_load_state("load")
        assert page.inner_text("#t") == "offline"
    assert blocked == ["https://tile.example.org/1/1/1.png"]


def test_work_moves_off_a_thread_running_an_event_loop():
    def thread_name() -> str:
        return threading.current_thread().name

    async def inside_a_loop() -> str:
        return browser.run_outside_event_loop(thread_name)

    results: dict[str, str] = {}

    def scenario() -> None:
        # A fresh thread: no playwright of another test is open in it.
        results["in_loop"] = asyncio.run(inside_a_loop())
        results["plain"] = browser.run_outside_event_loop(thread_name)

    worker = threading.Thread(target=scenario, name="no-loop-yet")
    worker.start()
    worker.join()
    assert results["in_loop"].startswith("strikemap-chromium")
    assert results["plain"] == "no-loop-yet"


@pytest.mark.browser
def test_chromium_calls_nest_in_one_thread():
    with browser.chromium() as outer, browser.chromium() as inner:
        assert inner is not outer
        assert inner.new_page().evaluate("1 + 1") == 2
        # A render started while both are open runs in this thread, reusing the driver.
        assert (
            browser.run_outside_event_loop(threading.current_thread) is threading.current_thread()
        )
    assert outer.is_connected() is False
