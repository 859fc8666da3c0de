"""Two ``strikemap ingest`` processes writing into one store at once (both backends).

Each ingests 500 different generated articles; the articles of the two runs
report strikes on the same cities and days, so both processes merge into the
same units at the same time.
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from strikemap.merge import merge_events
from strikemap.store import EventStore

CITIES = (
    "Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Sumy", "Chernihiv", "Poltava", "Mykolaiv",
    "Kherson", "Kryvyi Rih", "Lviv", "Vinnytsia", "Zhytomyr", "Cherkasy", "Kropyvnytskyi",
    "Rivne", "Lutsk", "Ternopil", "Uzhhorod", "Chernivtsi",
)  # fmt: skip
PER_RUN = 500


def _write_articles(folder: Path, first: int) -> None:
    folder.mkdir()
    for n in range(first, first + PER_RUN):
        city = CITIES[n % len(CITIES)]
        day = 1 + (n // len(CITIES)) % 10
        (folder / f"report-{n:04d}.txt").write_text(
            f"---\ntitle: Report {n}\npublished: 2024-03-{day + 1:02d}\nsource: Wire {n % 7}\n---\n"
            f"Russian missiles struck {city} on {day} March 2024, killing {n % 5 + 1} people "
            f"and injuring {n % 9 + 2}, officials said in update number {n}.\n"
        )


@pytest.mark.slow
def test_two_concurrent_ingests_lose_and_duplicate_nothing(store_url, tmp_path):
    _write_articles(tmp_path / "a", 0)
    _write_articles(tmp_path / "b", PER_RUN)
    EventStore(store_url).close()  # both runs find the schema in place
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "strikemap", "ingest", str(tmp_path / name), "--db", store_url],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("a", "b")
    ]
    for run in runs:
        _, err = run.communicate(timeout=1800)
        assert run.returncode == 0, err
        assert f"{PER_RUN} stored, 0 skipped (already stored), 0 rejected" in err
    with EventStore(store_url) as store:
        assert store.count_articles() == 2 * PER_RUN
        reports = store.article_events()
        merged = store.events()
    assert len({e.article_ids[0] for e in reports}) == 2 * PER_RUN
    # 20 cities x 10 days, each reported by five articles of either run.
    units = Counter((e.place, e.date) for e in merged)
    assert len(units) == len(CITIES) * 10
    assert set(units.values()) == {1}
    assert {len(e.article_ids) for e in merged} == {5}
    # The merged rows are exactly what merging every stored report at once gives.
    assert sorted(e.to_record()["event_id"] for e in merged) == sorted(
        e.event_id for e in merge_events(reports)
    )
