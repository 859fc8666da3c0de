"""The app on a shared PostgreSQL/PostGIS store, on a damaged store, and in public-link mode.

"Restarting the app" is a new AppTest session after clearing Streamlit's
resource cache, so the store is opened again and nothing is kept in memory.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest
import streamlit as st
from strikemap.models import Article, Event, Evidence
from strikemap.store import EventStore

from .conftest import APP, make_events, run
from .test_intake import ARTICLE, places, upload


@pytest.fixture
def restart():
    """Return a function that starts the app afresh (caches cleared) and runs it."""
    from streamlit.testing.v1 import AppTest

    def start() -> AppTest:
        st.cache_resource.clear()
        st.cache_data.clear()
        return run(AppTest.from_file(str(APP), default_timeout=90))

    yield start
    st.cache_resource.clear()


@pytest.fixture
def pg_store(postgres, monkeypatch) -> str:
    """A PostgreSQL store holding the app tests' five events; STRIKEMAP_DB points at it."""
    url = postgres.new_database()
    with EventStore(url) as store:
        for article, events in make_events():
            store.add(article, events)
    monkeypatch.setenv("STRIKEMAP_DB", url)
    return url


def _footer(at) -> str:
    return " ".join(c.value for c in at.caption)


@pytest.mark.slow
def test_app_reads_postgres_and_survives_a_server_restart(postgres, pg_store, restart):
    at = restart()
    assert places(at) == {
        "Kyiv",
        "Pecherskyi District",
        "Kharkiv",
        "Belgorod",
        "Zaporizhzhia Oblast",
    }
    assert "5 articles · 5 events" in _footer(at)
    # The footer names the database, never the server's host, user or password.
    database = pg_store.rsplit("/", 1)[1].replace("_", r"\_")  # as Markdown source
    assert f"Store: PostgreSQL database {database}" in _footer(at)
    assert "127.0.0.1" not in _footer(at)

    postgres.stop()
    postgres.start()
    # The session that outlived the server's restart reconnects on its next query.
    at.multiselect(key="weapon").set_value(["missile"])
    run(at)
    assert places(at) == {"Kyiv", "Belgorod"}
    # And the app started afresh shows every event.
    assert len(places(restart())) == 5


@pytest.mark.slow
def test_an_uploaded_article_is_there_after_the_app_restarts(pg_store, restart):
    at = upload(restart(), "chernihiv.txt", ARTICLE)
    at.button(key="intake_save").click()
    run(at)
    assert "Chernihiv" in places(at)
    at = restart()
    assert "Chernihiv" in places(at)
    with EventStore(pg_store) as store:
        assert store.count_articles() == 6


def test_a_damaged_store_is_one_error_line(tmp_path, monkeypatch, restart):
    from streamlit.testing.v1 import AppTest

    db = tmp_path / "broken.sqlite"
    db.write_bytes(b"this is not a database" * 100)
    monkeypatch.setenv("STRIKEMAP_DB", str(db))
    st.cache_resource.clear()
    at = AppTest.from_file(str(APP), default_timeout=90)
    at.run()
    assert not at.exception
    (error,) = at.error
    assert "cannot be opened" in error.value and "not a strikemap store" in error.value
    assert "\n" not in error.value


def test_a_read_only_store_is_shown_without_the_intake_form(store_path, monkeypatch, restart):
    with sqlite3.connect(store_path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    monkeypatch.setattr(
        "strikemap.store.core.check_sqlite_file", lambda path, create: False
    )  # as if the file's mode forbade writing (root ignores modes)
    at = restart()
    assert len(places(at)) == 5
    assert "The store is read-only." in _footer(at)
    assert any("read-only" in i.value for i in at.info)
    assert not [b for b in at.button if b.key == "intake_read_files"]


def _fresh_store(path, today: date) -> None:
    """A Kyiv district struck today, Kharkiv yesterday, Odesa ten days ago."""
    rows = [
        (
            "pecherskyi",
            "Pecherskyi",
            "district",
            "district:kyiv:pecherskyi",
            50.4266,
            30.5567,
            today,
        ),
        ("kharkiv", "Kharkiv", "city", "gn:706483", 49.9935, 36.2304, today - timedelta(days=1)),
        ("odesa", "Odesa", "city", "gn:698740", 46.4775, 30.7326, today - timedelta(days=10)),
        (
            "obolon",
            "Obolonskyi",
            "district",
            "district:kyiv:obolonskyi",
            50.5043,
            30.4989,
            today - timedelta(days=12),
        ),
    ]
    with EventStore(str(path)) as store:
        for key, place, level, place_id, lat, lon, day in rows:
            article = Article(
                id=f"a-{key}", text=f"Strike on {place}.", published=day, source="Wire"
            )
            store.add(
                article,
                [
                    Event(
                        event_id=key,
                        article_ids=[article.id],
                        place=place,
                        level=level,
                        country="UA",
                        lat=lat,
                        lon=lon,
                        date=day,
                        place_id=place_id,
                        parent="Kyiv" if level == "district" else None,
                        weapons=["missile"],
                        evidence=[Evidence(article.id, f"A missile hit {place}.")],
                        sources=[article.as_source()],
                    )
                ],
            )


def _on_km_grid(value: float) -> bool:
    """Whether a coordinate lies on the 1 km grid (multiples of 1/111.32 degree)."""
    steps = value * 111.32
    return abs(steps - round(steps)) < 1e-3


def test_public_link_mode_holds_back_and_coarsens_everywhere(tmp_path, monkeypatch, restart):
    from strikemap.ui.exports_panel import EXPORTS_KEY

    db = tmp_path / "public.sqlite"
    _fresh_store(db, datetime.now(UTC).date())
    monkeypatch.setenv("STRIKEMAP_DB", str(db))
    monkeypatch.setenv("STRIKEMAP_PUBLIC_DELAY_HOURS", "48")
    monkeypatch.setenv("STRIKEMAP_PUBLIC_PRECISION_KM", "1")
    at = restart()
    # Today's and yesterday's strikes are held back; the Obolon district is shown as Kyiv.
    assert places(at) == {"Odesa", "Kyiv"}
    footer = _footer(at)
    assert "Public link: events of the last 48 hours are held back" in footer
    assert "rounded to about 1 km" in footer

    specs = at.session_state[EXPORTS_KEY]
    rows = list(csv.DictReader(io.StringIO(specs["csv"].make().decode("utf-8"))))
    assert {r["place"] for r in rows} == {"Odesa", "Kyiv"}
    for row in rows:
        assert row["publication"].startswith("Public link: events of the last 48 hours")
        assert _on_km_grid(float(row["lat"])) and _on_km_grid(float(row["lon"]))
    kyiv = next(r for r in rows if r["place"] == "Kyiv")
    assert kyiv["level"] == "city"
    # Kyiv's centre (50.4547, 30.5238), not the Obolon district (50.5043, 30.4989).
    assert abs(float(kyiv["lat"]) - 50.4547) < 0.005 and abs(float(kyiv["lon"]) - 30.5238) < 0.005

    features = json.loads(specs["geojson"].make())["features"]
    for feature in features:
        lon, lat = feature["geometry"]["coordinates"]
        assert _on_km_grid(lat) and _on_km_grid(lon)
        assert feature["properties"]["publication"].startswith("Public link")
    assert "Public link: events of the last 48 hours" in specs["html"].make().decode("utf-8")


@pytest.mark.slow
def test_sidebar_says_when_each_feed_was_polled_on_a_shared_store(pg_store, restart):
    """The watcher's polls are kept in PostgreSQL, so the app on the shared store shows them."""
    from strikemap.web.state import WebState

    with WebState(pg_store) as state:
        state.record_poll(
            "https://wire.example/rss",
            "2 new, 0 updated, 5 already seen, 0 skipped, 0 failed",
            title="Wire",
            when=datetime.now(UTC) - timedelta(hours=3, minutes=5),
        )
    captions = [c.value for c in restart().sidebar.caption]
    assert any(c.replace("\\", "").startswith("Wire: polled 3 h ago (2 new") for c in captions)
