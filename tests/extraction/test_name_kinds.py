"""What each name of an article is: person, organisation, road, reference, government, place.

The spans passed to :func:`classify_names` are found here by plain string
search, so these tests need no gazetteer: they state what a reader makes of a
name from the words around it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from strikemap.extraction import name_kinds
from strikemap.extraction.name_kinds import NameKindsError, classify_names, read_lexicon


def kinds(text: str, *names: str, lang: str = "en") -> list[str]:
    """The kind of each listed name, found in ``text`` in order (repeats allowed)."""
    spans, at = [], 0
    for name in names:
        start = text.index(name, at)
        spans.append((start, start + len(name)))
        at = start + len(name)
    return [k.kind for k in classify_names(text, spans, lang)]


# ---------------------------------------------------------------- people
def test_romanov_added_is_a_person_not_murmansk():
    text = "Debris damaged two houses in Kursk. Romanov added that crews worked until dawn."
    assert kinds(text, "Kursk", "Romanov") == ["place", "person"]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("uk", "Разом із ними в Харкові загинув їхній батько, 39-річний Андрій.", "Андрій"),
        ("en", "Their father, 39-year-old Andriy, was also killed in Kharkiv.", "Andriy"),
        ("ru", "В Белгороде погиб 54-летний Андрей, водитель троллейбуса.", "Андрей"),
        ("pl", "W Charkowie zginął też ich ojciec, 39-letni Andrij.", "Andrij"),
        ("de", "In Charkiw starb auch ihr Vater, der 39-jährige Andrij.", "Andrij"),
    ],
)
def test_a_name_right_after_an_age_is_a_person(lang, text, name):
    assert kinds(text, name, lang=lang) == ["person"]


def test_a_place_after_an_age_and_a_preposition_stays_a_place():
    # The age qualifies a victim; the town after "in" is where it happened.
    text = "A 39-year-old man was killed in Kharkiv."
    assert kinds(text, "Kharkiv") == ["place"]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("pt", "Segundo o administrador instalado por Moscovo, morreu uma mulher.", "Moscovo"),
        ("es", "Según el administrador instalado por Moscú, murió una mujer.", "Moscú"),
        ("fr", "Selon l'administrateur installé par Moscou, une femme est morte.", "Moscou"),
        ("pt", "Após um ataque que Moscovo atribuiu à Ucrânia, 28 pessoas morreram.", "Moscovo"),
        ("es", "Tras un ataque que Moscú atribuyó a Ucrania, murieron 28 personas.", "Moscú"),
        ("it", "Dopo un attacco che Mosca ha attribuito a Kiev, sono morte 28 persone.", "Mosca"),
        ("fr", "Après une attaque que Moscou a attribuée à Kiev, 28 morts.", "Moscou"),
    ],
)
def test_a_capital_that_installs_or_blames_is_its_government(lang, text, name):
    assert kinds(text, name, lang=lang) == ["government"]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("es", "Moscú calificó el ataque de terrorismo marítimo.", "Moscú"),
        ("fr", "Moscou a qualifié l'attaque de terroriste.", "Moscou"),
        ("it", "Mosca ha definito l'attacco un atto terroristico.", "Mosca"),
        ("pt", "Moscovo qualificou o ataque de terrorismo.", "Moscovo"),
        ("de", "Moskau forderte eine Sitzung des Sicherheitsrats.", "Moskau"),
        ("pl", "Moskwa nazwała atak aktem terroru.", "Moskwa"),
        ("uk", "Москва назвала атаку терористичною.", "Москва"),
        ("ru", "Киев призвал партнеров ускорить поставки ПВО.", "Киев"),
        ("ru", "«Москва бьет по маршруту украинского зерна», — заявил дипломат.", "Москва"),
        ("uk", "Москва б'є по енергетиці щодня, нагадав міністр.", "Москва"),
    ],
)
def test_a_capital_that_calls_demands_or_rejects_is_its_government(lang, text, name):
    assert kinds(text, name, lang=lang) == ["government"]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "uk",
            "Росіяни б'ють по Нікополю з лівого берега, де розташовані Енергодар і ЗАЕС.",
            "Енергодар",
        ),
        ("ru", "Обстрелы идут с левого берега, где расположен Энергодар.", "Энергодар"),
        ("it", "I colpi partono dalla riva sinistra, dove si trova Enerhodar.", "Enerhodar"),
    ],
)
def test_a_place_where_something_is_located_only_locates(lang, text, name):
    assert kinds(text, name, lang=lang) == ["reference"]


def test_a_strike_attributed_to_someone_keeps_its_place():
    # A participle after the place struck names who did it, not what the town did.
    text = "Un attacco su Kherson attribuito alle forze russe ha ucciso due persone."
    assert kinds(text, "Kherson", lang="it") == ["place"]


def test_a_surname_after_a_title_stays_a_person_for_the_whole_article():
    text = (
        "Two people were hurt in Sumy, said spokesman Oleksandr Romanov. Later that day "
        "Romanov's team counted the damage."
    )
    assert kinds(text, "Sumy", "Romanov", "Romanov") == ["place", "person", "person"]


def test_a_surname_with_a_role_in_apposition_is_a_person():
    text = "Danilov, a pensioner who lives nearby, described the blast."
    assert kinds(text, "Danilov") == ["person"]


def test_ukrainian_commander_and_spokeswoman_are_people():
    text = (
        "Головнокомандувач ЗСУ Олександр Сирський заявив про загрозу. Як зазначив Сирський, "
        "удари тривають. Шевченко додала, що пожежу ліквідували."
    )
    assert kinds(text, "Сирський", "Сирський", "Шевченко", lang="uk") == ["person"] * 3


def test_russian_and_polish_romanov_added_are_people():
    assert kinds("Романов добавил, что жильцов отселили.", "Романов", lang="ru") == ["person"]
    assert kinds("Romanow dodał, że mieszkańców ewakuowano.", "Romanow", lang="pl") == ["person"]


def test_a_place_in_a_regional_title_is_no_person():
    text = "мэр Харькова Игорь Терехов сообщил о попадании."
    assert kinds(text, "Харькова", lang="ru") == ["place"]


def test_a_place_after_in_before_said_is_a_location():
    text = "Officials in Kharkiv said two people were injured."
    assert kinds(text, "Kharkiv") == ["place"]


def test_a_village_before_its_hromada_adjective_is_a_place():
    text = "У с. Безруки Дергачівської громади постраждала жінка."
    assert kinds(text, "Безруки", lang="uk") == ["place"]


def test_a_region_named_in_a_governors_title_is_a_place():
    text = "Губернатор Белгородской области Вячеслав Гладков сообщил об атаке."
    assert kinds(text, "Белгородской области", lang="ru") == ["place"]


def test_a_city_in_an_inverted_report_is_no_government():
    text = "У повітряному просторі навколо Києва, повідомив начальник КМВА, збито всі цілі."
    assert kinds(text, "Києва", lang="uk") == ["place"]


# ---------------------------------------------------------------- governments
def test_moscow_has_made_no_comment_is_the_government():
    text = "A drone hit Sumy. Moscow has made no comment on the attack."
    assert kinds(text, "Sumy", "Moscow") == ["place", "government"]


def test_an_attempt_by_kyiv_is_the_government():
    text = "Russia said it had foiled an attempt by Kyiv to hit the bridge."
    assert kinds(text, "Kyiv") == ["government"]


def test_polish_kyiv_accused_moscow_and_moscow_did_not_comment():
    text = "Kijów oskarżył Moskwę o atak. Moskwa nie skomentowała doniesień."
    assert kinds(text, "Kijów", "Moskwę", "Moskwa", lang="pl") == ["government"] * 3


def test_german_capitals_calling_attacks_something_are_governments():
    text = (
        "Drohnen trafen Sewastopol. Moskau bezeichnet die Angriffe als Terrorismus. Kiew "
        "betrachtet die Halbinsel als besetztes Gebiet."
    )
    assert kinds(text, "Sewastopol", "Moskau", "Kiew", lang="de") == [
        "place",
        "government",
        "government",
    ]


def test_a_capital_heading_a_quotation_is_the_speaker_not_a_place():
    # Live-blog headings give the words of a capital's government after its name.
    text = "Kiev, “Massiccio attacco russo con droni su Kharkiv”\nDroni hanno colpito Kharkiv."
    assert kinds(text, "Kiev", "Kharkiv", "Kharkiv", lang="it") == ["government", "place", "place"]
    text = "11:20 Москва: «Сбиты 30 беспилотников над Белгородской областью»"
    assert kinds(text, "Москва", lang="ru") == ["government"]
    text = "Kyiv: 'Russia fired 20 drones overnight'"
    assert kinds(text, "Kyiv") == ["government"]


def test_a_capital_not_opening_its_line_or_without_a_quotation_stays_a_place():
    # The heading of a report from the capital itself, and a quotation in mid-line.
    assert kinds("Kyiv: a drone hit a house overnight.", "Kyiv") == ["place"]
    text = "Drones struck Kyiv: “It was a terrible night,” a resident said."
    assert kinds(text, "Kyiv") == ["place"]


def test_italian_moscow_would_have_used_missiles_and_kyivs_drones():
    text = "Mosca avrebbe utilizzato missili S-300; abbattuti 4 droni di Kiev su Belgorod."
    assert kinds(text, "Mosca", "Kiev", "Belgorod", lang="it") == [
        "government",
        "government",
        "place",
    ]


def test_portuguese_annexed_by_moscow_is_the_government():
    text = "dois sobre a Crimeia, anexada por Moscou em 2014."
    assert kinds(text, "Crimeia", "Moscou", lang="pt") == ["place", "government"]


@pytest.mark.parametrize(
    ("lang", "text", "capital"),
    [
        ("en", "Kiev has been launching drone raids on Russian regions for months.", "Kiev"),
        ("en", "Moscow continues to pound Ukrainian cities.", "Moscow"),
        ("ru", "Москва продолжает атаковать украинские города.", "Москва"),
        ("uk", "Москва продовжує атакувати українські міста.", "Москва"),
        ("pl", "Moskwa nadal atakuje ukraińskie miasta dronami.", "Moskwa"),
        ("fr", "Moscou continue de frapper les villes ukrainiennes.", "Moscou"),
        ("es", "Moscú sigue atacando ciudades ucranianas con drones.", "Moscú"),
        ("it", "Mosca continua a colpire le città ucraine.", "Mosca"),
        ("de", "Moskau setzt seine Angriffe auf ukrainische Städte fort.", "Moskau"),
        ("pt", "Moscovo continua a atacar cidades ucranianas.", "Moscovo"),
    ],
)
def test_a_capital_that_keeps_attacking_is_the_government(lang, text, capital):
    assert kinds(text, capital, lang=lang) == ["government"]


@pytest.mark.parametrize(
    ("lang", "text", "capital"),
    [
        ("en", "According to Kyiv, 16 of 21 drones were destroyed.", "Kyiv"),
        ("de", "Nach Angaben aus Kiew wurden 16 von 21 Drohnen zerstört.", "Kiew"),
        ("ru", "По данным Киева, уничтожены 16 из 21 беспилотника.", "Киева"),
        ("fr", "Selon Moscou, 40 drones ont été détruits.", "Moscou"),
        ("es", "Según Moscú, 40 drones fueron derribados.", "Moscú"),
    ],
)
def test_a_capital_a_figure_is_credited_to_is_the_government(lang, text, capital):
    """Read in real German wire copy: "Nach Angaben aus Kiew" made Kyiv a strike."""
    assert kinds(text, capital, lang=lang) == ["government"]


def test_a_capital_that_keeps_being_attacked_stays_a_place():
    text = "Kyiv has been shelled for months; Москву продолжают атаковать дроны."
    assert kinds(text, "Kyiv", "Москву", lang="ru") == ["place", "place"]


def test_a_capital_that_was_hit_stays_a_place():
    text = "Kyiv was hit by ballistic missiles overnight; Moscow was attacked by drones."
    assert kinds(text, "Kyiv", "Moscow") == ["place", "place"]


# ---------------------------------------------------------------- references
def test_near_and_km_from_make_reference_points():
    text = "A village near Moscow was hit, and a town 20 km from Odesa lost power."
    assert kinds(text, "Moscow", "Odesa") == ["reference", "reference"]


def test_a_list_of_launch_directions_are_all_references():
    text = "Drones were launched from the directions of Kursk, Oryol and Primorsko-Akhtarsk."
    assert kinds(text, "Kursk", "Oryol", "Primorsko-Akhtarsk") == ["reference"] * 3


def test_ukrainian_launch_directions_are_references():
    text = "Противник атакував 86 БпЛА з напрямків Курськ, Брянськ, Міллерово."
    assert kinds(text, "Курськ", "Брянськ", "Міллерово", lang="uk") == ["reference"] * 3


def test_polish_kilometres_from_kyiv_is_a_reference():
    text = "Drony uderzyły w Białą Cerkiew, około 80 km od Kijowa."
    assert kinds(text, "Białą Cerkiew", "Kijowa", lang="pl") == ["place", "reference"]


# ---------------------------------------------------------------- names inside names
def test_a_road_between_two_towns_is_no_place():
    text = "A drone hit a bus on the Nikopol–Pokrov road, injuring four."
    assert kinds(text, "Nikopol", "Pokrov") == ["road", "road"]


def test_spanish_road_word_before_the_pair():
    text = "Un dron alcanzó un autobús en la carretera Nikopol-Pokrov."
    assert kinds(text, "Nikopol", "Pokrov", lang="es") == ["road", "road"]


def test_newspaper_and_red_cross_branch_are_organisations():
    text = "Ukrainska Pravda reported that the Odesa region branch of the Red Cross helped."
    assert kinds(text, "Ukrainska", "Odesa") == ["organisation", "organisation"]


def test_polish_newspaper_name():
    text = "Jak podał portal Ukraińska Prawda, zginęła jedna osoba."
    assert kinds(text, "Ukraińska", lang="pl") == ["organisation"]


# ---------------------------------------------------------------- lexicons
def test_languages_without_a_lexicon_read_with_english():
    text = "Romanov added that the fire was out."
    assert kinds(text, "Romanov", lang="xx") == ["person"]


def test_every_bundled_lexicon_loads_with_every_slot():
    loaded = name_kinds.lexicons()
    assert {"en", "uk", "ru", "pl", "de", "fr", "es", "it", "pt"} <= set(loaded)
    assert all(set(lexicon) == set(name_kinds.SLOTS) for lexicon in loaded.values())


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "xx.yaml"
    path.write_text("language: xx\n" + body, encoding="utf-8")
    return path


def _full_body(**override: str) -> str:
    lines = []
    for slot in name_kinds.SLOTS:
        extra = "singular: ['fooa'], names: before, " if slot == "unit_lists" else ""
        default = f"{slot}:\n  - {{pattern: 'foo', {extra}examples: ['foo']}}"
        lines.append(override.get(slot, default))
    return "\n".join(lines) + "\n"


def test_a_complete_made_up_lexicon_loads(tmp_path):
    lexicon = read_lexicon(_write(tmp_path, _full_body()))
    assert lexicon["unit_lists"] == (name_kinds.UnitList("foo", ("fooa",), True),)


def test_a_unit_list_without_its_singular_forms_is_refused(tmp_path):
    body = _full_body(
        unit_lists="unit_lists:\n  - {pattern: 'foos', names: before, examples: ['foos']}"
    )
    with pytest.raises(NameKindsError, match=r"xx\.yaml.*unit_lists.*singular"):
        read_lexicon(_write(tmp_path, body))


def test_a_unit_list_names_where_its_names_stand(tmp_path):
    entry = "{pattern: 'foos', singular: ['foo'], names: left, examples: ['foos']}"
    body = _full_body(unit_lists=f"unit_lists:\n  - {entry}")
    with pytest.raises(NameKindsError, match=r"unit_lists.*before or after"):
        read_lexicon(_write(tmp_path, body))


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        (
            "uk",
            "у Марганецькій, Мирівській і Покровській громадах",
            "Марганецькій, Мирівській і Покровській",
        ),
        ("ru", "в Чугуевском, Изюмском и Купянском районах", "Чугуевском, Изюмском и Купянском"),
        ("pl", "w rejonach czuhujiwskim i kupiańskim", "czuhujiwskim i kupiańskim"),
    ],
)
def test_a_plural_unit_noun_finds_its_list_of_names(lang, text, names):
    found = [
        match.group("names")
        for pattern, _unit in name_kinds.unit_list_rules(lang)
        for match in pattern.finditer(text)
    ]
    assert found == [names]


def test_a_missing_slot_is_named_with_its_file(tmp_path):
    body = _full_body(road_words="")
    with pytest.raises(NameKindsError, match=r"xx\.yaml.*road_words"):
        read_lexicon(_write(tmp_path, body))


def test_a_pattern_that_misses_its_example_is_refused(tmp_path):
    body = _full_body(road_words="road_words:\n  - {pattern: 'road', examples: ['highway']}")
    with pytest.raises(NameKindsError, match=r"road_words.*highway"):
        read_lexicon(_write(tmp_path, body))


def test_a_pattern_that_does_not_compile_is_refused(tmp_path):
    body = _full_body(road_words="road_words:\n  - {pattern: '(road', examples: ['road']}")
    with pytest.raises(NameKindsError, match=r"road_words' entry 1 pattern does not compile"):
        read_lexicon(_write(tmp_path, body))


def test_a_facility_near_a_town_is_a_strike_on_the_town_not_a_reference():
    text = "A drone struck a power substation near Stryi, cutting power to 20,000 homes."
    assert kinds(text, "Stryi") == ["place"]


def test_a_village_near_a_city_makes_the_city_a_reference():
    text = "A missile hit a village near Moscow; Kyinka, near Chernihiv, was shelled too."
    assert kinds(text, "Moscow", "Kyinka", "Chernihiv") == ["reference", "place", "reference"]


def test_polish_mayor_of_mykolaiv_is_no_person():
    text = "Ołeksandr Senkiewicz, mer Mikołajowa, opublikował film. Mikołajów zbudził huk."
    assert kinds(text, "Mikołajowa", "Mikołajów", lang="pl") == ["place", "place"]


def test_matches_of_several_sentences_are_classified_in_article_order():
    from types import SimpleNamespace as Ns

    text = "Spokesman Pavel Romanov spoke. Later Romanov's team left Kursk."
    second = text.index("Later")
    sentences = [Ns(index=0, start=0), Ns(index=1, start=second)]
    found = {
        0: [Ns(start=16, end=23)],
        1: [
            Ns(start=6, end=13),
            Ns(start=text.index("Kursk") - second, end=len(text) - 1 - second),
        ],
    }
    result = name_kinds.by_mention(sentences, found, text, "en")
    assert {key: k.kind for key, k in result.items()} == {
        (0, 16): "person",
        (1, 6): "person",
        (1, text.index("Kursk") - second): "place",
    }
    assert name_kinds.ROLE_OF["person"] == "none"
    assert name_kinds.ROLE_OF["reference"] == "reference"
    assert "place" not in name_kinds.ROLE_OF


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("ru", "Снаряд попал в автобус на площади Дзержинского в Донецке.", "Дзержинского"),
        ("uk", "Уламки впали на вулиці Шевченка в Харкові.", "Шевченка"),
        ("pl", "Pocisk spadł na plac Kijowski w centrum Charkowa.", "Kijowski"),
        ("es", "El misil cayó en la calle de Sumy, en el centro de Járkov.", "Sumy"),
    ],
)
def test_a_name_after_a_street_or_square_word_is_the_streets(lang, text, name):
    assert kinds(text, name, lang=lang) == ["street"]
    assert name_kinds.ROLE_OF["street"] == "none"


_CORPUS = Path(__file__).parent / "corpus"


def _windows_before_capitals() -> list[str]:
    """The 60 characters before every capitalised word of the held-out articles."""
    windows = []
    for path in sorted(_CORPUS.glob("heldout*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            windows += [
                text[max(0, m.start() - 60) : m.start()]
                for m in re.finditer(r"\b[A-ZА-ЯІЇЄ]", text)
            ]
    return windows


@pytest.mark.parametrize("lang", ["en", "uk", "ru", "pl", "de", "fr", "es", "it", "pt"])
def test_gated_cues_find_what_their_patterns_find(lang):
    # A cue behind its literals' test ("в селі", "near", "said") answers as
    # its pattern does, in every window before a name.
    rules = name_kinds.rules(lang)
    gated = [getattr(rules, f) for f in rules.__dataclass_fields__]
    gated = [cue for cue in gated if isinstance(cue, name_kinds._Gated)]
    assert len(gated) >= 5
    windows = _windows_before_capitals()
    assert len(windows) > 1000
    for cue in gated:
        for window in windows:
            expected = cue.pattern.search(window)
            found = cue.search(window)
            assert (found and found.span()) == (expected and expected.span()), (cue.pattern, window)
