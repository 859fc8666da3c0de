"""What ``EventStore.ingest`` reports: articles and events counted as a user reads them."""

from __future__ import annotations

from datetime import date

from datafactories import KHARKIV, KYIV, article, event
from strikemap.store import EventStore

MAY2 = date(2024, 5, 2)


def two_strikes(art):
    """An article that reports strikes on Kyiv and Kharkiv."""
    return [event(art, KYIV, MAY2), event(art, KHARKIV, MAY2)]


def test_one_article_with_two_strikes_adds_one_article_and_two_events(tmp_path):
    with EventStore(str(tmp_path / "s.sqlite")) as store:
        report = store.ingest([article("a1", MAY2)], extractor=two_strikes)
        assert (report.articles_read, report.articles_added, report.events_added) == (1, 1, 2)
        assert report.duplicates == 0
        assert store.count_articles() == 1 and store.count_article_events() == 2


def test_three_articles_count_their_events_and_a_repeat_is_a_duplicate(tmp_path):
    def one_or_two(art):
        return two_strikes(art) if art.id != "a2" else [event(art, KYIV, MAY2)]

    with EventStore(str(tmp_path / "s.sqlite")) as store:
        arts = [article("a1", MAY2), article("a2", MAY2), article("a3", MAY2)]
        report = store.ingest(arts, extractor=one_or_two)
        assert (report.articles_added, report.events_added) == (3, 5)
        again = store.ingest([article("a1", MAY2)], extractor=one_or_two)
        assert (again.articles_read, again.articles_added, again.events_added) == (1, 0, 0)
        assert again.duplicates == 1
        # Kyiv is reported by three articles, Kharkiv by two: two strikes.
        assert store.count_events() == 2
