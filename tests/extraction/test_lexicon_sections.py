"""Sections of the language files: casualty words, attacker cues, weapon context."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
from strikemap.extraction import lexicon
from strikemap.extraction.casualties import find_figures


def _entries():
    for lex in lexicon.languages().values():
        for name, section in lex.sections.items():
            for part, entries in section.items():
                for entry in entries:
                    yield pytest.param(entry, id=f"{lex.code}.{name}.{part}:{entry.pattern[:30]}")


@pytest.mark.parametrize("entry", list(_entries()))
def test_every_section_pattern_matches_its_examples(entry):
    own = lexicon.Filter([(entry.pattern, re.IGNORECASE)])
    for example in entry.examples:
        assert re.search(entry.pattern, example, re.IGNORECASE), (entry.pattern, example)
        assert own.accepts(example), (entry.pattern, example)


@pytest.mark.parametrize("code", ["en", "uk", "ru", "pl", "de", "fr", "es", "it"])
def test_the_languages_have_casualty_words(code):
    section = lexicon.languages()[code].sections["casualties"]
    assert set(section) == set(lexicon.SECTIONS["casualties"])
    for part in ("killed", "injured", "killed_first", "zero_both", "people"):
        assert section[part], f"{code} has no '{part}' words"


def _write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda t: t.replace("  died:", "  dyed:"), "unknown part(s) dyed"),
        (lambda t: t.replace("  toll_correct:", "  # gone:"), "lacks part(s) toll_correct"),
        (lambda t: t.replace("casualties:", "casualties: 3\nnothing:"), "unknown slot(s) nothing"),
    ],
)
def test_a_broken_casualty_section_fails_loudly(tmp_path, edit, message):
    text = (lexicon.BUNDLED / "en.yaml").read_text(encoding="utf-8")
    broken = edit(text)
    assert broken != text
    _write(tmp_path, "en.yaml", broken)
    with pytest.raises(lexicon.LexiconError, match=re.escape(message)) as error:
        lexicon.read_language(tmp_path / "en.yaml")
    assert str(tmp_path / "en.yaml") in str(error.value)


def test_a_made_up_languages_casualty_words_are_read_from_its_file(tmp_path):
    english = (lexicon.BUNDLED / "en.yaml").read_text(encoding="utf-8")
    made_up = english.replace("language: en", "language: xx").replace(
        "casualties:\n  killed:\n",
        "casualties:\n  killed:\n    - {pattern: 'mortigitaj', examples: ['mortigitaj']}\n",
    )
    assert made_up.count("mortigitaj") == 2
    _write(tmp_path, "xx.yaml", made_up)
    assert find_figures("7 people mortigitaj.", "xx") == []
    try:
        lexicon.use_folders(tmp_path)
        (figure,) = find_figures("7 people mortigitaj.", "xx")
        assert (figure.kind, figure.value) == ("killed", 7)
    finally:
        lexicon.use_folders()


@pytest.mark.parametrize("code", ["en", "uk", "ru", "pl", "de", "fr", "es", "it"])
def test_the_languages_have_attacker_cues_for_both_sides(code):
    section = lexicon.languages()[code].sections["attacker"]
    assert section["russia"] and section["ukraine"]


def test_a_made_up_languages_attacker_cues_are_read_from_its_file(tmp_path):
    from strikemap.extraction.attacker import find_attacker

    english = (lexicon.BUNDLED / "en.yaml").read_text(encoding="utf-8")
    made_up = english.replace("language: en", "language: xx").replace(
        "attacker:\n  russia:\n",
        "attacker:\n  russia:\n    - {pattern: 'rusaj\\s+dronoj', examples: ['rusaj dronoj']}\n",
    )
    assert "rusaj" in made_up
    _write(tmp_path, "xx.yaml", made_up)
    assert find_attacker("Rusaj dronoj atakis Kharkiv.", "xx") is None
    try:
        lexicon.use_folders(tmp_path)
        assert find_attacker("Rusaj dronoj atakis Kharkiv.", "xx") == "RU"
    finally:
        lexicon.use_folders()
