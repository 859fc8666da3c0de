"""Rules are language-neutral structures: a language file alone teaches them its words."""

from __future__ import annotations

import re

import pytest
from strikemap.extraction import lexicon
from strikemap.extraction.roles import classify
from strikemap.extraction.segment import split_sentences


@pytest.fixture
def extra_lexicons():
    yield lexicon.use_folders
    lexicon.use_folders()


def _role(sentence: str, place: str) -> str:
    start = sentence.index(place)
    return classify(sentence, start, start + len(place))


def _made_up_language(folder, slots: dict[str, str]) -> None:
    """An 'xx' language: the English file with some slots' patterns replaced."""
    text = (lexicon.BUNDLED / "en.yaml").read_text(encoding="utf-8")
    text = text.replace("language: en", "language: xx")
    for slot, pattern in slots.items():
        text = re.sub(
            rf"^{slot}:\n(?:  - .*\n)+",
            f"{slot}:\n  - {{pattern: '{pattern}', examples: ['{pattern}']}}\n",
            text,
            flags=re.MULTILINE,
        )
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "xx.yaml").write_text(text, encoding="utf-8")


def test_a_launch_verb_of_a_new_language_makes_a_launch_area(tmp_path, extra_lexicons):
    sentence = "Drones zorglaunched from Kursk hit Sumy."
    assert _role(sentence, "Kursk") == "launch"  # "from" alone, in English
    sentence = "Drones zorglaunched blip Kursk hit Sumy."
    assert _role(sentence, "Kursk") == "struck"
    _made_up_language(tmp_path, {"launch_verbs": "zorglaunched", "launch_from": "blip"})
    extra_lexicons(tmp_path)
    assert _role(sentence, "Kursk") == "launch"
    assert _role(sentence, "Sumy") == "struck"


def test_a_title_of_a_new_language_makes_an_official(tmp_path, extra_lexicons):
    sentence = "The burgomeister of Kharkiv said a missile hit the city."
    assert _role(sentence, "Kharkiv") != "official"
    _made_up_language(tmp_path, {"titles_before": "burgomeister"})
    extra_lexicons(tmp_path)
    assert _role(sentence, "Kharkiv") == "official"


def test_a_link_line_of_a_new_language_is_no_report(tmp_path, extra_lexicons):
    text = "Missiles hit Odesa.\nGlorp leesen: Drones hit Kyiv.\nTwo people were killed."
    assert [s.kind for s in split_sentences(text)] == ["title", "body", "body"]
    _made_up_language(tmp_path, {"link_markers": "glorp leesen"})
    extra_lexicons(tmp_path)
    assert [s.kind for s in split_sentences(text)] == ["title", "link", "body"]


def test_a_template_puts_every_languages_words_in_one_structure():
    launch = lexicon.template(r"\b(?:{launch_verbs})\b[^.;]{{0,60}}?\b(?:{launch_from})\s+$")
    assert launch.search("drones launched from ")
    assert launch.search("дроны, запущенные из ")
    assert launch.search("droni lanciati da ")
    assert not launch.search("drones hit ")
