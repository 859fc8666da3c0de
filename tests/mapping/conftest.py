"""Fixtures for the mapping tests: events, synthetic oblast outlines, a local web server."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import geopandas as gpd
import pytest
from hostile import HOSTILE_TEXTS, HOSTILE_URL
from shapely.geometry import box
from strikemap.assets import VENDOR_DIR
from strikemap.frames import events_to_frame
from strikemap.mapping import RegionIndex
from strikemap.models import Event, Evidence, Source


def make_event(
    number: int,
    *,
    place: str = "Testville",
    level: str = "city",
    lat: float | None = 50.0,
    lon: float | None = 30.0,
    weapons: list[str] | None = None,
    killed: int | None = None,
    injured: int | None = None,
    iso_region: str | None = None,
    evidence: str = "A strike hit the town.",
    publisher: str | None = "Test Wire",
    title: str | None = "Strike report",
    url: str | None = "https://news.example.org/report",
) -> Event:
    """Return one event as the extraction stage would (one article, one source)."""
    article_id = f"a{number}"
    return Event(
        event_id=f"e{number}",
        article_ids=[article_id],
        place=place,
        level=level,
        country="UA",
        lat=lat,
        lon=lon,
        date=date(2024, 1, 1 + number % 28),
        parent="Test Oblast",
        iso_region=iso_region,
        weapons=weapons or ["missile"],
        models=["Kh-101"],
        killed=killed,
        killed_at_least=True,
        injured=injured,
        confidence=0.75,
        evidence=[Evidence(article_id, evidence)],
        sources=[Source(article_id, title, publisher, url, date(2024, 1, 2))],
    )


def hostile_events() -> list[Event]:
    """One event per hostile value, in place name, evidence, publisher and title.

    The publisher is left out of every second event so that the title is what the
    popup shows for its source; the URL is ``javascript:alert(1)`` throughout.
    """
    events = []
    for number, value in enumerate(HOSTILE_TEXTS):
        events.append(
            make_event(
                number,
                place=f"Place {number} {value}",
                lat=46.0 + number,
                lon=24.0 + 2.5 * number,
                evidence=f"Evidence {value} end.",
                publisher=value if number % 2 == 0 else None,
                title=value,
                url=HOSTILE_URL,
            )
        )
    return events


@pytest.fixture
def hostile_frame() -> gpd.GeoDataFrame:
    return events_to_frame(hostile_events())


@pytest.fixture
def regions_frame() -> gpd.GeoDataFrame:
    """Two square stand-in oblasts (real outlines come from the gazetteer)."""
    return gpd.GeoDataFrame(
        {
            "iso_region": ["UA-63", "UA-32"],
            "name": ["Kharkiv Oblast", "Kyiv Oblast"],
            "country": ["UA", "UA"],
        },
        geometry=[box(35.0, 49.0, 38.0, 50.5), box(29.0, 49.5, 32.0, 51.5)],
        crs="EPSG:4326",
    )


@pytest.fixture
def region_index(regions_frame) -> RegionIndex:
    return RegionIndex.from_frame(regions_frame)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Keep test output clean."""


@pytest.fixture
def static_site(tmp_path, local_assets) -> Iterator[tuple[str, Path]]:
    """Serve ``tmp_path`` on 127.0.0.1 with ``/app/static/vendor`` as the app serves it.

    Yields the base URL and the directory to write pages into.
    """
    static = tmp_path / "app" / "static"
    static.mkdir(parents=True)
    (static / "vendor").symlink_to(VENDOR_DIR, target_is_directory=True)
    handler = functools.partial(_QuietHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", tmp_path
    finally:
        server.shutdown()
        server.server_close()
