"""The lexicon files: schema, derived filters, and knowledge added as data alone."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
from strikemap.extraction import lexicon
from strikemap.extraction.weapons import find_weapons

LANGUAGES = ("en", "uk", "ru", "pl", "de", "fr", "es", "it", "pt")


@pytest.fixture
def extra_lexicons():
    """Add lexicon folders for one test; the bundled lexicons alone afterwards."""
    yield lexicon.use_folders
    lexicon.use_folders()


def test_the_nine_language_files_and_the_weapons_file_are_bundled():
    names = {p.name for p in lexicon.BUNDLED.glob("*.yaml")}
    assert {f"{code}.yaml" for code in LANGUAGES} | {"weapons.yaml"} <= names


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_file_has_every_slot(code):
    lex = lexicon.read_language(lexicon.BUNDLED / f"{code}.yaml")
    assert set(lex.slots) == set(lexicon.LANGUAGE_SLOTS)
    # Slots hold real knowledge, not placeholders.
    assert lex["weapon_words"], f"{code} has no weapon words"
    assert lex["interception"], f"{code} has no interception words"
    assert lex["strike_words"] or lex["strike_stems"], f"{code} has no strike words"
    assert lex["damage_words"], f"{code} has no damage words"


def _entries():
    for code in LANGUAGES:
        lex = lexicon.read_language(lexicon.BUNDLED / f"{code}.yaml")
        for slot, entries in lex.slots.items():
            if slot in lexicon.WORD_SLOTS:
                continue
            for entry in entries:
                yield pytest.param(entry, re.IGNORECASE, id=f"{code}.{slot}:{entry.pattern[:30]}")
    for entry in lexicon.read_weapons(lexicon.BUNDLED / "weapons.yaml"):
        yield pytest.param(entry, 0, id=f"weapons:{entry.get('model')}")


@pytest.mark.parametrize(("entry", "flags"), list(_entries()))
def test_every_derived_filter_accepts_every_example(entry, flags):
    own = lexicon.Filter([(entry.pattern, flags)])
    for example in entry.examples:
        assert re.search(entry.pattern, example, flags), f"{entry.pattern!r} misses {example!r}"
        assert own.accepts(example), f"the filter of {entry.pattern!r} rejects {example!r}"


def test_the_filters_the_extractor_uses_accept_every_example():
    from strikemap.extraction.weapons import _tables

    tables = _tables()
    for entry in tables.models:
        for example in entry.examples:
            assert tables.model_filter.accepts(f"It was a {example} here."), example
    for code, language in tables.languages.items():
        for entry in language.words:
            for example in entry.examples:
                assert language.word_filter.accepts(example), (code, example)
    from strikemap.extraction.roles import _vocabulary

    vocabulary = _vocabulary()
    for lex in lexicon.languages().values():
        for entry in lex["ground_words"]:
            assert all(vocabulary.ground_filter.accepts(e) for e in entry.examples), entry
        for entry in lex["reaction_words"]:
            assert all(vocabulary.reaction_filter.accepts(e) for e in entry.examples), entry


def test_a_filter_is_derived_from_the_pattern_not_typed():
    assert lexicon.literal_prefixes(r"(?:Kh|X|Х)[-–\s]?101") == {"kh101", "x101", "х101"}
    assert lexicon.literal_prefixes(r"(?:long\s+)?neptunes?|нептун\w*") == {"neptune", "нептун"}
    assert lexicon.literal_prefixes(r"\w+") is None
    # "Kh–101" (en dash), "Kh 101" and "Kh101" pass the same filter.
    kh = lexicon.Filter([(r"(?:Kh|X)[-–\s]?101", 0)])
    assert all(kh.accepts(t) for t in ("a Kh–101 hit", "a Kh 101", "X101s"))
    assert not kh.accepts("Kharkiv was hit at 10:01")


def test_filters_sharing_one_scan_answer_each_for_its_own_stems():
    text = "A Shahed drone hit a school in Sumy"
    drone = lexicon.Filter([(r"shahed\w*", re.IGNORECASE)])
    assert drone.accepts(text)
    # A filter made after the text was scanned has its own answer for it.
    school = lexicon.Filter([(r"schools?|школ\w*", re.IGNORECASE)])
    hospital = lexicon.Filter([(r"hospitals?|лікарн\w*", re.IGNORECASE)])
    assert school.accepts(text)
    assert not hospital.accepts(text)
    assert drone.accepts(text)
    assert hospital.accepts("Удар по лікарні") and not drone.accepts("Удар по лікарні")
    # A whole article is scanned for the filter's own stems.
    article = "Ukraine said. " * 60 + "Удар по лікарні"
    assert hospital.accepts(article) and not drone.accepts(article)
    assert not lexicon.Filter([]).accepts(article)
    # A filter with no stems accepts nothing; one open to anything accepts all.
    assert not lexicon.Filter([]).accepts(text)
    assert lexicon.Filter([(r"\w+", 0)]).accepts("")
    # A stem of one or two letters ("з", "of") rules nothing out: it is open.
    assert lexicon.Filter([(r"(?:of|з)\s+\w+", re.IGNORECASE)]).accepts("Kharkiv")


@pytest.mark.parametrize(
    "model",
    ["Oreshnik", "Kh-59", "Kh-69", "Kh-31P", "Zircon", "Lancet", "Gerbera", "FAB-{size}",
     "UMPB", "Lyutyi", "Bober", "Palianytsia"],
)  # fmt: skip
def test_weapons_file_has_the_models(model):
    assert model in {e.get("model") for e in lexicon.weapon_models()}


@pytest.mark.parametrize(
    ("sentence", "model", "category"),
    [
        ("Russia fired an Oreshnik at Dnipro overnight.", "Oreshnik", "missile"),
        ("Ракета «Орешник» упала в Днепре.", "Oreshnik", "missile"),
        ("A Kh-31P anti-radiation missile hit the radar.", "Kh-31P", "missile"),
        ("Two Kh-69 missiles struck the port.", "Kh-69", "missile"),
        ("A FAB-3000 bomb was dropped on the town.", "FAB-3000", "glide_bomb"),
        ("An UMPB guided munition hit a school.", "UMPB", "glide_bomb"),
        ("A Bober drone hit the refinery.", "Bober", "drone"),
        ("Palianytsia missile-drones struck the airfield.", "Palianytsia", "missile"),
        ("Liutyi drones struck a refinery.", "Lyutyi", "drone"),
        ("A Lancet drone struck a howitzer.", "Lancet", "drone"),
    ],
)
def test_new_models_are_found(sentence, model, category):
    lang = "ru" if "Орешник" in sentence else "en"
    found = [(m.category, m.model) for m in find_weapons(sentence, lang) if not m.air_defence]
    assert (category, model) in found


def test_oreshnik_at_dnipro(extract):
    events = extract("Russia fired an Oreshnik at Dnipro overnight.")
    assert len(events) == 1
    (event,) = events
    assert event.place == "Dnipro"
    assert event.weapons == ["missile"]
    assert event.models == ["Oreshnik"]


def _write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")


def test_a_made_up_model_is_extracted_from_a_data_file(tmp_path, extra_lexicons, extract):
    assert extract("Russia fired a Zmeyevik-9 at Odesa overnight.")[0].models == []
    _write(
        tmp_path,
        "weapons.yaml",
        """\
        models:
          - model: Zmeyevik-9
            category: drone
            pattern: 'Zmeyevik[-\\s]?9|Змеевик-9'
            examples: ['Zmeyevik-9', 'Змеевик-9']
        """,
    )
    extra_lexicons(tmp_path)
    (event,) = extract("Russia fired a Zmeyevik-9 at Odesa overnight.")
    assert event.place == "Odesa"
    assert event.models == ["Zmeyevik-9"]
    assert event.weapons == ["drone"]


def test_a_made_up_language_is_read_from_a_data_file(tmp_path, extra_lexicons, extract):
    """A language file alone (strike words, a weapon word) makes its reports readable."""
    english = (lexicon.BUNDLED / "en.yaml").read_text(encoding="utf-8")
    made_up = (
        english.replace("language: en", "language: xx")
        .replace(
            "weapon_words:",
            "weapon_words:\n"
            "  - {pattern: 'blorgat\\w*', category: glide_bomb, examples: [blorgatoj]}",
        )
        .replace("strike_stems:\n  [", "strike_stems:\n  ['zorgat', ")
    )
    _write(tmp_path, "xx.yaml", made_up)
    report = "Blorgatoj zorgatis Kharkiv nokte."
    assert extract(report, language="xx") == []
    extra_lexicons(tmp_path)
    (event,) = extract(report, language="xx")
    assert event.place == "Kharkiv"
    assert event.weapons == ["glide_bomb"]
    assert [(m.category, m.model) for m in find_weapons("Tri blorgatoj falis.", "xx")] == [
        ("glide_bomb", None)
    ]


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda t: t.replace("interception:", "intercepton:"), "unknown slot(s) intercepton"),
        (lambda t: t.replace("debris_cues:", "# gone:"), "missing slot(s) debris_cues"),
        (lambda t: t.replace("category: drone", "category: drones", 1), "unknown category"),
        (lambda t: t.replace("examples: ['drone']", "examples: []", 1), "'examples'"),
        (lambda t: t.replace("language: en", "language: fr"), "'language' must be 'en'"),
    ],
)
def test_a_broken_language_file_fails_loudly_naming_file_and_slot(tmp_path, edit, message):
    text = (lexicon.BUNDLED / "en.yaml").read_text(encoding="utf-8")
    broken = edit(text)
    assert broken != text
    _write(tmp_path, "en.yaml", broken)
    with pytest.raises(lexicon.LexiconError, match=re.escape(message)) as error:
        lexicon.read_language(tmp_path / "en.yaml")
    assert str(tmp_path / "en.yaml") in str(error.value)


def test_a_word_slot_takes_lower_case_words_only(tmp_path):
    text = (lexicon.BUNDLED / "en.yaml").read_text(encoding="utf-8")
    _write(tmp_path, "en.yaml", text.replace("strike_stems:\n  [", "strike_stems:\n  ['Big one', "))
    with pytest.raises(lexicon.LexiconError, match="slot 'strike_stems' word 1"):
        lexicon.read_language(tmp_path / "en.yaml")


def test_a_weapon_without_a_category_fails_loudly(tmp_path):
    _write(tmp_path, "weapons.yaml", "models:\n  - {model: X, pattern: 'X-1', examples: [X-1]}\n")
    with pytest.raises(lexicon.LexiconError, match="needs 'category'"):
        lexicon.read_weapons(tmp_path / "weapons.yaml")


def test_compiled_slots_put_every_languages_words_in_one_structure():
    ukraine = lexicon.compiled("capital_words", where=("country", "UA"))
    assert ukraine.search("Russia attacked the Ukrainian capital overnight")
    assert ukraine.search("дрони атакували столицю України")
    assert ukraine.search("ataque contra la capital ucraniana")
    assert not ukraine.search("the capital was hit")
    before = lexicon.compiled("report_time", tail=r")\s+(?:\w+\s+){0,2}$")
    assert before.search("the toll rose to nine by ")
    assert before.search("Станом на ранок ")
    assert not before.search("the strike on ")
    assert lexicon.slot_filter("report_time").accepts("по состоянию на")
