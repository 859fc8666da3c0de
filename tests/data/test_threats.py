"""A threatened or announced strike is not a strike event."""

from __future__ import annotations

import sqlite3

import pytest
from strikemap.cli import main
from strikemap.threats import load_cues, threatens


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia threatened to strike Kyiv with missiles next Tuesday, a Kremlin spokesman said.",
        "Medvedev warned that Russian missiles will hit Lviv next week.",
        "An air raid alert was declared in Kharkiv over the threat of ballistic missiles.",
        "Росія погрожує вдарити по Києву наступного вівторка.",
        "В Кремле пригрозили ударить по Одессе в следующий вторник.",
    ],
)
def test_threats(sentence):
    assert threatens(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian missiles hit the centre of Kyiv overnight, killing two people.",
        "Missiles struck Kharkiv, and officials warned more attacks will follow.",
        "Ракета влучила в будинок у Києві.",
        "Kyiv was hit by drones on Tuesday.",
    ],
)
def test_reports_of_strikes_are_not_threats(sentence):
    assert not threatens(sentence)


def test_cue_file_follows_its_schema(tmp_path):
    bad = tmp_path / "cues.json"
    bad.write_text('{"en": {"threat": ["x"]}}')
    with pytest.raises(ValueError, match="exactly 'threat' and 'done'"):
        load_cues.__wrapped__(bad)


def test_threatened_strike_is_not_stored_but_the_real_one_is(tmp_path):
    article = tmp_path / "threat.md"
    article.write_text(
        "---\npublished: 2024-01-02\n---\n"
        "Russian drones struck Sumy overnight on 2 January 2024, injuring three people.\n\n"
        "Separately, Moscow threatened to strike Kyiv and Lviv with missiles next Tuesday.\n"
    )
    db = tmp_path / "t.sqlite"
    assert main(["ingest", str(article), "--db", str(db)]) == 0
    with sqlite3.connect(db) as conn:
        places = sorted(row[0] for row in conn.execute("SELECT place FROM events"))
    assert places == ["Sumy"]
