"""Exports: Excel's cell limit, no bidi controls, safe links, and a said CDN fallback."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from strikemap import assets
from strikemap.exports import to_csv, to_geojson
from strikemap.exports.standalone import CDN_NOTE, to_standalone_html
from strikemap.exports.tabular import CUT_MARK
from strikemap.frames import events_to_frame
from strikemap.models import Event, Evidence, Source
from strikemap.safetext import isolate_bidi, link, safe_url, strip_bidi

RLO = "\u202e"


def _frame(sentence: str, title: str = "Strike"):
    event = Event(
        event_id="e1",
        article_ids=["a1"],
        place="Kyiv",
        level="city",
        country="UA",
        lat=50.45,
        lon=30.52,
        date=date(2024, 1, 2),
        evidence=[Evidence("a1", sentence)],
        sources=[Source("a1", title=title, url="https://example.org/a1")],
    )
    return events_to_frame([event])


def _csv_rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def test_csv_cells_fit_excel():
    (row,) = _csv_rows(to_csv(_frame("Kyiv was hit. " * 4_000)))
    assert max(len(cell) for cell in row.values()) == 32_767
    assert row["evidence"].endswith(CUT_MARK)


def test_exports_carry_no_bidi_override():
    frame = _frame(f"Kyiv was hit {RLO}exe.txt", title=f"{RLO}gnp.exe")
    (row,) = _csv_rows(to_csv(frame))
    assert RLO not in "".join(row.values())
    assert "Kyiv was hit exe.txt" in row["evidence"]
    geojson = to_geojson(frame).decode()
    assert RLO not in json.loads(geojson)["features"][0]["properties"]["sources"][0]["title"]


def test_bidi_helpers():
    assert strip_bidi(f"a{RLO}b\u2066c\u2069") == "abc"
    assert isolate_bidi("plain") == "plain"
    assert isolate_bidi(f"{RLO}cba") == f"\u2068{RLO}cba\u2069"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/" + "a" * 2_100, None),  # over 2,048 characters
        ("https://user:secret@example.org/", None),
        ("https://bank.example@evil.example/", None),
        ("https://аpple.com/login", "https://xn--pple-43d.com/login"),  # Cyrillic "а"
        ("https://пример.рф:8443/x", "https://xn--e1afmkfd.xn--p1ai:8443/x"),
        ("https://example.org/ok", "https://example.org/ok"),
    ],
)
def test_safe_url_limits(url, expected):
    assert safe_url(url) == expected


def test_look_alike_link_shows_punycode():
    assert ">https://xn--pple-43d.com/<" in link("https://аpple.com/")


def test_html_export_says_when_it_falls_back_to_the_cdn(tmp_path, monkeypatch, caplog):
    frame = _frame("Kyiv was hit.")
    assert CDN_NOTE not in to_standalone_html(frame)  # the local files are there (make assets)
    monkeypatch.setattr(assets, "VENDOR_DIR", tmp_path / "no-vendor")
    page = to_standalone_html(frame)
    assert "from the CDN" in page
    assert "unpkg.com" in page or "cdn.jsdelivr.net" in page
    assert CDN_NOTE in caplog.text


def test_bidi_override_in_stored_text_is_isolated_in_the_frame_and_stripped_in_exports():
    frame = _frame(f"Kyiv was hit {RLO}exe.txt")
    (sentence,) = [e["sentence"] for e in frame.iloc[0]["evidence"]]
    assert sentence == f"\u2068Kyiv was hit {RLO}exe.txt\u2069"  # shown isolated in the UI
    (row,) = _csv_rows(to_csv(frame))
    assert "\u2068" not in row["evidence"] and RLO not in row["evidence"]
