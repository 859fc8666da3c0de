"""A gazetteer file that is missing or not a gazetteer is one clear error naming the file."""

from __future__ import annotations

import pytest
from strikemap.gazetteer import Gazetteer, GazetteerError


def test_a_file_that_is_not_json_names_the_file(tmp_path):
    bad = tmp_path / "places.json"
    bad.write_bytes(b"not json at all")
    with pytest.raises(GazetteerError, match=r"cannot read gazetteer file .*places\.json"):
        Gazetteer.load(bad)


def test_json_that_is_no_gazetteer_names_the_file(tmp_path):
    bad = tmp_path / "places.json"
    bad.write_bytes(b'{"format": 1}')
    with pytest.raises(GazetteerError, match="is not a strikemap gazetteer file"):
        Gazetteer.load(bad)


def test_a_missing_file_says_how_to_build_one(tmp_path):
    with pytest.raises(GazetteerError, match=r"run `strikemap geodata build`"):
        Gazetteer.load(tmp_path / "nowhere" / "places.json")
