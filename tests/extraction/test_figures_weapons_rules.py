"""Issue 11, phenomena 5 and 6, rule by rule and language by language.

Sentences written for these tests.  Each rule has cases in at least three
languages; the expected values are what a reader of the sentence counts.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place
from strikemap.extraction.casualties import find_figures
from strikemap.extraction.weapons import find_weapons


def figures(sentence: str, lang: str) -> list[tuple[str, int]]:
    return [(f.kind, f.value) for f in find_figures(sentence, lang)]


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        # "the deaths of N", "causing the death of N"
        ("en", "Shelling caused the deaths of three civilians in the village.", ("killed", 3)),
        ("uk", "Росіяни обстріляли село, спричинивши загибель двох людей.", ("killed", 2)),
        ("ru", "Удар, повлекший гибель трех человек, пришелся по рынку.", ("killed", 3)),
        ("fr", "La frappe a touché un marché, causant la mort de deux personnes.", ("killed", 2)),
        # "N lost their lives"
        ("en", "Four people lost their lives in the strike.", ("killed", 4)),
        ("pl", "W wyniku ataku życie straciły dwie osoby.", ("killed", 2)),
        ("es", "Tres personas perdieron la vida en el ataque.", ("killed", 3)),
        ("de", "Zwei Menschen haben ihr Leben verloren.", ("killed", 2)),
        # sought / needed medical help
        ("uk", "Ще троє людей звернулися по медичну допомогу.", ("injured", 3)),
        ("pl", "Trzy osoby potrzebowały pomocy medycznej.", ("injured", 3)),
        ("ru", "Двое жителей обратились за медицинской помощью.", ("injured", 2)),
        ("en", "Six residents needed medical attention after the blast.", ("injured", 6)),
    ],
)
def test_casualty_phrasings_are_counted(lang, sentence, expected):
    assert figures(sentence, lang) == [expected]


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("en", "The owner of the shop was injured.", ("injured", 1)),
        ("uk", "Внаслідок удару загинув рибалка.", ("killed", 1)),
        ("ru", "В результате обстрела ранен охранник предприятия.", ("injured", 1)),
        ("pl", "Ranny został właściciel domu.", ("injured", 1)),
        ("fr", "Un pêcheur a été tué sur la rive.", ("killed", 1)),
        ("es", "Un pescador murió en el ataque.", ("killed", 1)),
        ("de", "Ein Landwirt wurde verletzt.", ("injured", 1)),
        ("it", "Un pescatore è stato ucciso.", ("killed", 1)),
    ],
)
def test_one_victim_named_by_role_or_trade_is_one(lang, sentence, expected):
    assert figures(sentence, lang) == [expected]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Another wounded person died in hospital."),
        ("uk", "Ще один поранений помер у лікарні."),
        ("pl", "Kolejna ranna osoba zmarła w szpitalu dziś rano."),
        ("en", "The victims were a man, 54, and a woman, 50."),
    ],
)
def test_a_wounded_person_dying_or_a_victims_description_is_no_injured_count(lang, sentence):
    assert not [f for f in figures(sentence, lang) if f[0] == "injured"]


def test_a_death_after_other_injuries_still_counts_both():
    assert figures("Five people were injured and one died later.", "en") == [
        ("injured", 5),
        ("killed", 1),
    ]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "The casualty toll rose to nine, officials said."),
        ("en", "The injury toll rose to twelve."),
    ],
)
def test_a_casualty_toll_is_not_a_death_toll(lang, sentence):
    assert ("killed", 9) not in figures(sentence, lang)
    assert ("killed", 12) not in figures(sentence, lang)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "There were no casualties."),
        ("uk", "Обійшлося без жертв."),
        ("fr", "L'attaque n'a fait ni mort ni blessé."),
        ("es", "No hubo víctimas."),
    ],
)
def test_no_casualties_is_zero_of_both(lang, sentence):
    assert sorted(figures(sentence, lang)) == [("injured", 0), ("killed", 0)]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("uk", "Унаслідок атак по Україні загинули п'ятеро людей."),
        ("ru", "В результате ударов по Украине погибли пять человек."),
        ("de", "Bei russischen Angriffen auf die Ukraine wurden fünf Menschen getötet."),
        ("en", "Russian strikes on Ukraine killed five people overnight."),
    ],
)
def test_a_toll_of_attacks_on_the_whole_country_is_no_events(lang, sentence):
    (figure,) = find_figures(sentence, lang)
    assert (figure.value, figure.scope) == (5, "campaign")


@pytest.mark.parametrize(
    ("lang", "sentence", "value"),
    [
        ("uk", "Кількість загиблих уточнили до трьох.", 3),
        ("ru", "Число погибших скорректировано до двух.", 2),
        ("fr", "Le bilan a été révisé à trois morts.", 3),
        ("en", "The death toll was revised down to four.", 4),
    ],
)
def test_a_corrected_toll_is_marked_corrected(lang, sentence, value):
    (figure,) = find_figures(sentence, lang)
    assert (figure.kind, figure.value, figure.corrected) == ("killed", value, True)


def test_a_lower_corrected_toll_replaces_the_first_report_of_its_kind_only(extract):
    events = extract(
        "Удар по Сумах\n\n"
        "У вівторок російська ракета влучила в центр Сум. Спочатку повідомляли про "
        "12 загиблих і 40 поранених. Згодом кількість загиблих уточнили до восьми.",
        published=TUESDAY,
        language="uk",
    )
    city = by_place(events)["Sumy"]
    assert (city.killed, city.injured) == (8, 40)


def test_a_title_toll_that_the_body_gives_for_the_whole_country_is_no_towns(extract):
    events = extract(
        "Загинули п'ятеро людей\n\n"
        "Унаслідок нічних атак по Україні загинули п'ятеро людей. У Полтаві "
        "пошкоджено будинок, поранено двох людей.",
        published=TUESDAY,
        language="uk",
    )
    city = by_place(events)["Poltava"]
    assert (city.killed, city.injured) == (None, 2)


# ------------------------------------------------------------------ weapons
@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("uk", "Оголошено ракетну небезпеку в області."),
        ("ru", "В области объявлена ракетная опасность."),
        ("de", "In Kiew gab es Raketenalarm."),
        ("pl", "W obwodzie ogłoszono zagrożenie rakietowe."),
        ("en", "A ballistic missile threat was announced for the region."),
    ],
)
def test_a_missile_alert_names_no_weapon(lang, sentence):
    assert find_weapons(sentence, lang) == []


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("fr", "Une bombe aérienne est tombée sur Kramatorsk."),
        ("es", "Una bomba aérea guiada cayó sobre Kramatorsk."),
        ("it", "Una bomba aerea guidata ha colpito Kramatorsk."),
        ("de", "Eine gelenkte Fliegerbombe traf Kramatorsk."),
        ("pl", "Kierowana bomba lotnicza spadła na Kramatorsk."),
    ],
)
def test_guided_aerial_bombs_are_glide_bombs(lang, sentence):
    assert [w.category for w in find_weapons(sentence, lang)] == ["glide_bomb"]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("uk", "Вночі місто атакували шахеди."),
        ("ru", "Город атаковали «Герани»."),
        ("pl", "W nocy nad miastem pojawiły się szahedy."),
    ],
)
def test_shahed_and_geran_in_any_case_are_the_shahed_model(lang, sentence):
    assert [(w.category, w.model) for w in find_weapons(sentence, lang)] == [
        ("drone", "Shahed-136")
    ]


def test_a_missile_alert_adds_no_missile_in_ukrainian(extract):
    events = extract(
        "Обстріл Нікополя\n\n"
        "Російські війська обстріляли Нікополь з артилерії, пошкоджено три будинки. "
        "Водночас в області оголосили ракетну небезпеку.",
        published=TUESDAY,
        language="uk",
    )
    assert by_place(events)["Nikopol"].weapons == ["artillery"]


def test_a_shahed_list_after_a_colon_is_the_weapon_of_the_place_before_it(extract):
    events = extract(
        "Attack on Zaporizhzhia\n\n"
        "Zaporizhzhia came under shelling overnight. The city was attacked with:\n"
        "- six Shahed drones;\n"
        "- two guided bombs.",
        published=TUESDAY,
    )
    assert by_place(events)["Zaporizhzhia"].weapons == ["drone", "glide_bomb"]


def test_the_drone_of_a_lead_sentence_is_the_weapon_of_the_one_place_in_the_title(extract):
    events = extract(
        "Ataque aéreo contra Dnipró\n\n"
        "Un dron impactó contra un edificio de viviendas y dejó cinco heridos.",
        published=TUESDAY,
        language="es",
    )
    assert by_place(events)["Dnipro"].weapons == ["drone"]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Thirteen people were wounded as Russia struck nine oblasts over the past day."),
        ("uk", "Росіяни атакували дев'ять областей: загинули троє людей."),
        ("pl", "W wyniku ataków na dziewięć obwodów zginęły trzy osoby."),
        ("es", "Rusia atacó nueve regiones y murieron tres personas."),
    ],
)
def test_a_toll_over_several_counted_regions_is_no_ones(lang, sentence):
    assert {f.scope for f in find_figures(sentence, lang)} == {"campaign"}


@pytest.mark.parametrize(
    ("lang", "sentence", "kind"),
    [
        ("en", "Chasiv Yar and Ocheretyne each had one person wounded.", "injured"),
        ("uk", "У кожному з двох сіл загинули двоє людей.", "killed"),
        ("fr", "Orikhiv et Houliaïpole ont chacune eu un blessé.", "injured"),
    ],
)
def test_a_figure_of_each_place_is_marked_each(lang, sentence, kind):
    (figure,) = [f for f in find_figures(sentence, lang) if f.kind == kind]
    assert figure.each


def test_each_and_zero_figures_go_to_every_place_of_a_list(extract):
    events = extract(
        "Overnight attacks in the east\n\n"
        "Russian shelling hit Chasiv Yar and Ocheretyne overnight. Chasiv Yar and "
        "Ocheretyne each had one person wounded. Attacks were also reported in Sumy, "
        "Chernihiv and Poltava, where nobody was killed or hurt.",
        published=TUESDAY,
    )
    got = by_place(events)
    assert (got["Chasiv Yar"].injured, got["Ocheretyne"].injured) == (1, 1)
    assert all((got[p].killed, got[p].injured) == (0, 0) for p in ("Sumy", "Chernihiv", "Poltava"))


@pytest.mark.parametrize(
    ("lang", "text", "place", "injured"),
    [
        (
            "pl",
            "Rakieta uderzyła w Czernihów\n\nRosyjska rakieta uderzyła w teatr w Czernihowie. "
            "Pomocy medycznej udzielono 148 osobom.",
            "Chernihiv",
            148,
        ),
        (
            "de",
            "Drohnen über Kiew\n\nRussische Drohnen griffen Kiew in der Nacht an. Laut dem "
            "Bürgermeister mussten zwei Personen vor Ort behandelt werden.",
            "Kyiv",
            2,
        ),
        (
            "en",
            "Missile hits Poltava\n\nA Russian missile hit an apartment block in Poltava. "
            "Twelve residents sought medical help.",
            "Poltava",
            12,
        ),
    ],
)
def test_a_placeless_toll_without_a_strike_word_is_the_current_places(
    extract, lang, text, place, injured
):
    events = extract(text, published=TUESDAY, language=lang)
    assert by_place(events)[place].injured == injured


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Klitschko schrieb, ein Mensch sei ums Leben gekommen.", [("killed", 1)]),
        ("Dort kamen zwei Personen ins Krankenhaus.", [("injured", 2)]),
        ("Governor Filashkin reported one death in Rodynske.", [("killed", 1)]),
    ],
)
def test_reported_speech_and_single_deaths_are_counted(sentence, expected):
    lang = "en" if sentence.startswith("Governor") else "de"
    assert figures(sentence, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Вночі по Одещині запустили 24 шахеди. Пошкоджено склад у порту Ізмаїла."),
        ("ru", "Ночью по Одесской области запустили 24 шахеда. В Измаиле поврежден склад."),
        (
            "en",
            "Overnight Russia sent 30 Shahed drones towards Odesa region. Air defence destroyed "
            "most of them. A warehouse in Izmail was damaged.",
        ),
    ],
)
def test_the_drones_launched_at_a_region_are_the_weapon_of_its_damaged_town(extract, lang, text):
    (event,) = extract(text, published=TUESDAY, language=lang)
    assert (event.place, event.weapons) == ("Izmail", ["drone"])


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        (
            "uk",
            "Адмінбудівлю пошкоджено, загиблих і поранених немає.",
            [("injured", 0), ("killed", 0)],
        ),
        ("ru", "Погибших и раненых нет.", [("injured", 0), ("killed", 0)]),
        ("pl", "Rannych nie ma – przekazał gubernator.", [("injured", 0)]),
        ("de", "Verletzt wurde niemand.", [("injured", 0)]),
        ("pt", "Os destroços caíram sobre um parque, sem feridos.", [("injured", 0)]),
    ],
)
def test_nobody_hurt_in_inverted_word_order_is_zero_of_its_kind(lang, sentence, expected):
    assert sorted(figures(sentence, lang)) == expected


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "One person died in Rodynske, and five more were wounded elsewhere in the region."),
        ("uk", "Ще двоє людей поранені в інших населених пунктах громади."),
        ("fr", "Deux autres personnes ont été blessées ailleurs dans la région."),
    ],
)
def test_a_toll_of_places_not_named_is_no_named_places(lang, sentence):
    wounded = [f for f in find_figures(sentence, lang) if f.kind == "injured"]
    assert [(f.value, f.scope) for f in wounded] == [(5 if lang == "en" else 2, "other")]
