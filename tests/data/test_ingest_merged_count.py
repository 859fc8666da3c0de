"""Loading the seeds says both counts: events found, and events on the map after merging.

The five seed articles hold 16 reports of strikes; two of them tell of a strike
another report already told of (Kyiv on 2 January 2024 from two publishers), so
the map shows 14 events. Saying only "16 events found" would leave an analyst
looking for two missing markers (issue 14, item 16).
"""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest
from strikemap.cli import main
from strikemap.store import EventStore
from strikemap.ui.first_run import STARTED_KEY

APP = Path(__file__).resolve().parents[2] / "dashboard" / "app.py"
SEEDS_SAID = "16 events found, 14 new on the map (2 merged with reports of the same strike)"


def test_ingest_and_the_page_say_found_and_merged(seeds_dir, tmp_path, capsys, monkeypatch):
    db = tmp_path / "seeds.sqlite"
    assert main(["ingest", str(seeds_dir), "--db", str(db)]) == 0
    assert SEEDS_SAID in capsys.readouterr().err
    with EventStore(str(db)) as store:
        assert (store.count_article_events(), store.count_events()) == (16, 14)
    # Again: nothing new, and the line says what the map holds.
    assert main(["ingest", str(seeds_dir), "--db", str(db)]) == 0
    assert "0 events found; the map now holds 14" in capsys.readouterr().err

    monkeypatch.setenv("STRIKEMAP_DB", str(db))
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.session_state[STARTED_KEY] = True
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    footer = at.caption[-1].value
    assert "14 events from 16 reports (2 merged with a report of the same strike)" in footer
    # The page names the store by its file only, never the server's folders.
    assert "Store: seeds.sqlite" in footer
    assert str(tmp_path) not in footer
