"""``strikemap brief`` end to end: store in, PNG out, offline."""

from __future__ import annotations

import pytest
from strikemap.cli import main
from strikemap.models import Article
from strikemap.store import EventStore

from .images import as_image, assert_not_blank

pytestmark = [
    pytest.mark.browser,
    pytest.mark.usefixtures("local_assets"),
]


def test_cli_brief_from_the_store(sample_events, tmp_path, capsys):
    db = tmp_path / "events.sqlite"
    with EventStore(str(db)) as store:
        for event in sample_events:
            article = Article(id=event.article_ids[0], text=f"article {event.event_id}")
            store.add(article, [event])
    out = tmp_path / "out" / "brief.png"
    code = main(["brief", "--out", str(out), "--db", str(db), "--offline", "--weapon", "missile"])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "1 of 3 events" in err
    image = as_image(out.read_bytes())
    assert image.width == 2400
    assert_not_blank(image)


@pytest.mark.slow
@pytest.mark.docs
def test_seed_briefing_for_the_readme(seeds_dir, docs_dir, tmp_path, capsys):
    """Ingest the seed articles and render their briefing (docs/brief.png under make docs)."""
    db = str(tmp_path / "seeds.sqlite")
    assert main(["ingest", str(seeds_dir), "--db", db]) == 0
    with EventStore(db) as store:
        located = [e for e in store.events() if e.lat is not None]
    assert located, "the seed articles give located events"
    out = docs_dir / "brief.png"
    title = "Strike briefing: seed articles"
    code = main(["brief", "--out", str(out), "--db", db, "--offline", "--title", title])
    err = capsys.readouterr().err
    assert code == 0, err
    image = as_image(out.read_bytes())
    assert image.width == 2400
    assert_not_blank(image)
