"""``strikemap serve`` started from another folder serves the map with its local assets."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

STARTUP_TIMEOUT_S = 120


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> tuple[int, str, bytes]:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.status, response.headers.get("Content-Type", ""), response.read()


def _wait_healthy(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"serve exited with {process.returncode}:\n{log.read_text()}")
        try:
            if _get(f"{url}/_stcore/health")[0] == 200:
                return
        except OSError:
            time.sleep(0.5)
    raise AssertionError(f"serve did not become healthy:\n{log.read_text()}")


@pytest.mark.slow
def test_serve_from_another_folder_serves_local_leaflet(tmp_path, repo_root):
    leaflet = repo_root / "dashboard" / "static" / "vendor" / "leaflet" / "dist" / "leaflet.js"
    assert leaflet.is_file(), "run `make assets` first (make test does)"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    port = _free_port()
    log = tmp_path / "serve.log"
    strikemap = Path(sys.executable).with_name("strikemap")
    command = [
        str(strikemap), "serve", "--db", "here.sqlite", "--",
        "--server.port", str(port), "--server.address", "127.0.0.1",
        "--server.fileWatcherType", "none",
    ]  # fmt: skip
    with log.open("wb") as out:
        process = subprocess.Popen(
            command, cwd=elsewhere, env=dict(os.environ), stdout=out, stderr=subprocess.STDOUT
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, process, log)
        status, content_type, body = _get(f"{url}/app/static/vendor/leaflet/dist/leaflet.js")
        assert status == 200
        assert "javascript" in content_type
        assert body == leaflet.read_bytes()
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _port_open(port: int) -> bool:
    import socket

    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.slow
def test_stopping_serve_stops_the_app(tmp_path):
    """A service manager stops ``serve`` with SIGTERM: the Streamlit server it started
    stops too, and its port is free again (no app left running without its parent)."""
    port = _free_port()
    log = tmp_path / "serve.log"
    strikemap = Path(sys.executable).with_name("strikemap")
    command = [
        str(strikemap), "serve", "--db", str(tmp_path / "s.sqlite"), "--",
        "--server.port", str(port), "--server.address", "127.0.0.1",
        "--server.fileWatcherType", "none",
    ]  # fmt: skip
    with log.open("wb") as out:
        process = subprocess.Popen(
            command, cwd=tmp_path, env=dict(os.environ), stdout=out, stderr=subprocess.STDOUT
        )
    try:
        _wait_healthy(f"http://127.0.0.1:{port}", process, log)
        process.terminate()
        process.wait(timeout=30)
        deadline = time.monotonic() + 30
        while _port_open(port) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not _port_open(port), "the app still answers after serve was stopped"
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
