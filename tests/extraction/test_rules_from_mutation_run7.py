"""Behaviour pinned after mutation run 7 (docs/mutation.md): each test states a
rule in the domain's terms and failed against the mutant that survived it."""

from __future__ import annotations

import re
from datetime import date

import pytest
from strikemap.extraction import lexicon


def test_an_s300_that_hit_the_ground_beside_downed_drones_is_a_strike(extract):
    # An S-300 is an air-defence missile that Russia also fires at ground
    # targets: in a sentence of interceptions, one that hit a house struck.
    text = (
        "News\n\nAir defence shot down two drones over the region, but an S-300 missile "
        "hit a house in Kharkiv."
    )
    (event,) = extract(text, published=date(2025, 6, 1), language="en")
    assert (event.place, event.models) == ("Kharkiv", ["S-300"])
    assert "missile" in event.weapons


def _write(folder, name: str, text: str):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_language_file_that_is_not_a_mapping_of_slots_says_so(tmp_path):
    path = _write(tmp_path, "en.yaml", "- drone\n- missile\n")
    with pytest.raises(lexicon.LexiconError) as error:
        lexicon.read_language(path)
    assert str(error.value) == f"{path}: is not a mapping of slots"


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        # A misspelled attribute of an entry is named, not ignored.
        (
            lambda t: t.replace(
                "examples: ['cruise missile']}", "examples: ['cruise missile'], catgory: drone}", 1
            ),
            "has unknown key(s) catgory",
        ),
        # An entry written as a bare string is no entry.
        (
            lambda t: t.replace(
                "  - {pattern: '(?:cruise|ballistic",
                "  - 'cruise missile'\n  - {pattern: '(?:cruise|ballistic",
                1,
            ),
            "must be a mapping with 'pattern' and 'examples'",
        ),
    ],
    ids=["unknown-key", "bare-string"],
)
def test_a_broken_entry_is_named_with_its_file(tmp_path, edit, message):
    text = (lexicon.BUNDLED / "en.yaml").read_text(encoding="utf-8")
    broken = edit(text)
    assert broken != text
    path = _write(tmp_path, "en.yaml", broken)
    with pytest.raises(lexicon.LexiconError, match=re.escape(message)) as error:
        lexicon.read_language(path)
    assert str(path) in str(error.value)
