"""Killed and injured figures, with at-least, update and scope."""

from __future__ import annotations

import pytest
from strikemap.extraction.casualties import find_figures


def _figures(sentence: str, lang: str = "en", scope: str | None = "event"):
    return [
        (f.kind, f.value, f.at_least)
        for f in find_figures(sentence, lang)
        if scope is None or f.scope == scope
    ]


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # English, number first
        ("Five people were killed in the strike.", "en", [("killed", 5, False)]),
        ("At least 10 people had been injured.", "en", [("injured", 10, True)]),
        (
            "The attack left 14 killed, 108 injured.",
            "en",
            [("killed", 14, False), ("injured", 108, False)],
        ),
        ("We have 25 dead and 31 wounded.", "en", [("killed", 25, False), ("injured", 31, False)]),
        ("Three people are known to have died.", "en", [("killed", 3, False)]),
        ("49 people are already known to have been killed.", "en", [("killed", 49, False)]),
        ("More than 20 confirmed deaths were reported.", "en", [("killed", 20, True)]),
        ("Eight others were hurt.", "en", [("injured", 8, False)]),
        ("Twelve people sought medical help.", "en", [("injured", 12, False)]),
        ("Thirty people were taken to hospital.", "en", [("injured", 30, False)]),
        # French, the place as a pronoun between the victims and their verb
        ("Une femme y a été blessée mardi.", "fr", [("injured", 1, False)]),
        ("Deux personnes y ont été tuées.", "fr", [("killed", 2, False)]),
        # English, verb first
        ("The missile killed nine people.", "en", [("killed", 9, False)]),
        (
            "A drone hit a bus, killing two and injuring at least 15 others.",
            "en",
            [("killed", 2, False), ("injured", 15, True)],
        ),
        (
            "The strike killed 14 people and injured 108 more.",
            "en",
            [("killed", 14, False), ("injured", 108, False)],
        ),
        ("Shelling kills more than a dozen.", "en", [("killed", 12, True)]),
        # one victim
        ("A man was killed when a shell hit his car.", "en", [("killed", 1, False)]),
        ("A 70-year-old woman was wounded.", "en", [("injured", 1, False)]),
        ("The blast killed a teenager.", "en", [("killed", 1, False)]),
        ("A married couple was killed in the village.", "en", [("killed", 2, False)]),
        # Ukrainian
        (
            "Загинули п’ятеро людей, ще 12 поранені.",
            "uk",
            [("killed", 5, False), ("injured", 12, False)],
        ),
        ("Внаслідок удару загинула одна людина.", "uk", [("killed", 1, False)]),
        ("Щонайменше 20 людей постраждали.", "uk", [("injured", 20, True)]),
        # Russian
        ("Погибли семь человек, ранены 20.", "ru", [("killed", 7, False), ("injured", 20, False)]),
        ("Не менее трех человек пострадали.", "ru", [("injured", 3, True)]),
        # Polish
        ("Uderzenie rakiety zabiło siedem osób.", "pl", [("killed", 7, False)]),
        (
            "Zginęło co najmniej pięć osób, a 18 zostało rannych.",
            "pl",
            [("killed", 5, True), ("injured", 18, False)],
        ),
        ("Pomocy medycznej udzielono 90 osobom.", "pl", [("injured", 90, False)]),
        # Italian
        ("Si contano già 16 morti.", "it", [("killed", 16, False)]),
        (
            "Due persone sono morte e altre tre sono rimaste ferite.",
            "it",
            [("killed", 2, False), ("injured", 3, False)],
        ),
        ("I feriti sono stati più di 40.", "it", [("injured", 40, True)]),
        # Spanish
        (
            "Murieron tres personas y 12 resultaron heridas.",
            "es",
            [("killed", 3, False), ("injured", 12, False)],
        ),
        (
            "El ataque dejó al menos 5 muertos y 20 heridos.",
            "es",
            [("killed", 5, True), ("injured", 20, False)],
        ),
        ("Four others are being treated for their injuries.", "en", [("injured", 4, False)]),
        # "bilan" alone is the dead; "le bilan des blessés" the injured
        ("Le bilan des blessés est passé à huit.", "fr", [("injured", 8, False)]),
        (
            "He now puts the number of injured in the Kyivskyi district at five.",
            "en",
            [("injured", 5, False)],
        ),
        # One victim described between commas before the verb: an age is no count.
        ("The driver, a 60-year-old man, died at the scene.", "en", [("killed", 1, False)]),
        ("Водитель, мужчина 60 лет, погиб на месте.", "ru", [("killed", 1, False)]),
        (
            "Погибла женщина 61 года, ранены 5 человек.",
            "ru",
            [("killed", 1, False), ("injured", 5, False)],
        ),
        (
            "Загинув чоловік 45 років, ще 3 людини поранені.",
            "uk",
            [("killed", 1, False), ("injured", 3, False)],
        ),
    ],
)
def test_figures(sentence, lang, expected):
    assert _figures(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "value"),
    [
        ("The death toll rose to four.", "en", 4),
        ("The president raised the death toll to four.", "en", 4),
        ("The toll reached 14 on Friday.", "en", 14),
        ("The death toll from the strike on the station had risen overnight to 25.", "en", 25),
        ("The number of people killed has risen to seven.", "en", 7),
        ("Кількість загиблих зросла до 14.", "uk", 14),
        ("Число погибших возросло до девяти.", "ru", 9),
        ("Liczba ofiar wzrosła do 11.", "pl", 11),
        ("È salito a 21 il numero delle vittime.", "it", 21),
        ("Il bilancio dei morti è salito a 12.", "it", 12),
        ("El número de muertos ascendió a 15.", "es", 15),
        # where, between the toll and its value
        ("The death toll in Dnipro is 4.", "en", 4),
    ],
)
def test_toll_updates(sentence, lang, value):
    (figure,) = find_figures(sentence, lang)
    assert (figure.kind, figure.value, figure.update) == ("killed", value, True)


def test_injury_toll_update():
    (figure,) = find_figures("The number of injured has risen to 37.", "en")
    assert (figure.kind, figure.value, figure.update) == ("injured", 37, True)


def test_toll_never_reads_the_old_value():
    # "climbed from the 22" is the old figure; the town's population is no toll.
    assert (
        _figures(
            "The toll in the town of roughly 3,500 residents climbed from the 22 first reported."
        )
        == []
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Seven killed, three of them children.", [("killed", 7, False)]),
        (
            "Seven people, among them children aged 4 and 7, were killed.",
            [("killed", 7, False)],
        ),
        (
            "25 dead, two children among them, and 31 injured, two of them children.",
            [("killed", 25, False), ("injured", 31, False)],
        ),
        ("20 people were injured, including 4 children.", [("injured", 20, False)]),
        ("Three of the 11 wounded are in serious condition.", [("injured", 11, False)]),
        ("So far 29 of the 49 people killed have been identified.", [("killed", 49, False)]),
        ("Two girls aged 12 and 13 are among those injured.", []),
        ("A 61-year-old pensioner was among the dead.", []),
        ("З них троє дітей загинули.", []),
        ("15 spośród nich trzeba było operować.", []),
    ],
)
def test_subsets_and_ages_are_not_totals(sentence, expected):
    assert (
        _figures(sentence, "pl" if "spośród" in sentence else "uk" if "З них" in sentence else "en")
        == expected
    )


@pytest.mark.parametrize(
    ("sentence", "lang", "kinds"),
    [
        ("Nobody was hurt.", "en", {"killed", "injured"}),
        ("There were no casualties, officials said.", "en", {"killed", "injured"}),
        ("No one was killed.", "en", {"killed"}),
        ("No one was injured in the blast.", "en", {"killed", "injured"}),
        ("Ніхто не постраждав.", "uk", {"killed", "injured"}),
        ("Никто не пострадал.", "ru", {"killed", "injured"}),
        ("Обошлось без жертв.", "ru", {"killed", "injured"}),
        ("Nikt nie ucierpiał.", "pl", {"killed", "injured"}),
        ("Non ci sono vittime.", "it", {"killed", "injured"}),
        ("No hubo víctimas.", "es", {"killed", "injured"}),
        ("Ofiar tam nie było.", "pl", {"killed", "injured"}),
        ("Людей не травмовано, повідомили в ОВА.", "uk", {"injured"}),
        ("Na central elétrica ninguém ficou ferido.", "pt", {"injured"}),
        ("Verletzt wurde niemand, Todesopfer gab es keine.", "de", {"killed", "injured"}),
        ('"There are no dead or wounded," the administration said.', "en", {"killed", "injured"}),
        ("Es gab keine Todesopfer.", "de", {"killed"}),
    ],
)
def test_nobody_hurt_gives_zero(sentence, lang, kinds):
    figures = find_figures(sentence, lang)
    assert {f.kind for f in figures} == kinds
    assert all(f.value == 0 for f in figures)


@pytest.mark.parametrize(
    "sentence",
    [
        "No children were reported among the killed.",
        "There was no immediate information about casualties.",
        "Dozens were killed and many more wounded.",
        "About 60 people were in the store.",
        "Air defence destroyed 37 drones and three missiles.",
        "The strike damaged 10 buildings and 30 cars.",
    ],
)
def test_no_figure(sentence):
    assert find_figures(sentence, "en") == []


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("Up to 350,000 Russians have been wounded or killed in the conflict.", "war"),
        ("Since the start of the full-scale invasion, 12,000 civilians have been killed.", "war"),
        ("So far this year 300 people have been killed in the region.", "campaign"),
        ("A barrage across Ukraine killed at least 39 civilians.", "campaign"),
        ("Russia claimed to have killed over 200 reservists.", "other"),
    ],
)
def test_scope_beyond_one_strike(sentence, scope):
    figures = find_figures(sentence, "en")
    assert figures and all(f.scope == scope for f in figures)


def test_scope_cue_in_another_clause_does_not_apply():
    sentence = (
        "Russia has stepped up strikes in recent weeks, particularly on the capital, "
        "where 28 people were killed on June 17."
    )
    assert _figures(sentence) == [("killed", 28, False)]


def test_sum_over_several_strikes_is_campaign():
    sentence = (
        "At least four more were killed in Sumy, raising the total number of deaths to eight."
    )
    figures = {f.value: f.scope for f in find_figures(sentence, "en")}
    assert figures == {4: "event", 8: "campaign"}


def test_earlier_report_is_superseded():
    figures = find_figures("Earlier, the president reported ten dead and 20 injured.", "en")
    assert figures and all(f.superseded for f in figures)
    assert not any(f.superseded for f in find_figures("Ten people were killed.", "en"))


def test_dates_are_not_figures():
    assert _figures("On 17 August 2 people were killed.") == [("killed", 2, False)]


def test_spans_point_at_the_phrase():
    sentence = "Officials said the strike killed at least three people."
    (figure,) = find_figures(sentence, "en")
    assert sentence[figure.start : figure.end] == figure.text
    assert "three" in figure.text


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        (
            "Bei dem Angriff wurden mindestens drei Menschen getötet und 20 verletzt.",
            "de",
            [("killed", 3, True), ("injured", 20, False)],
        ),
        ("Die Zahl der Toten stieg auf 12.", "de", [("killed", 12, False)]),
        (
            "La frappe a fait au moins trois morts et 20 blessés.",
            "fr",
            [("killed", 3, True), ("injured", 20, False)],
        ),
        ("Le bilan est passé à 9 morts.", "fr", [("killed", 9, False)]),
    ],
)
def test_german_and_french(sentence, lang, expected):
    assert _figures(sentence, lang) == expected


def test_headline_without_articles():
    figures = _figures("Missiles kill infant, injure three women in overnight attack")
    assert figures == [("killed", 1, False), ("injured", 3, False)]


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("A 57-year-old man and a 54-year-old woman were killed.", "en", [("killed", 2, False)]),
        ("The strike killed a man and a woman.", "en", [("killed", 2, False)]),
        ("Внаслідок удару загинула 62-річна жінка.", "uk", [("killed", 1, False)]),
        ("Загинули чоловік і жінка.", "uk", [("killed", 2, False)]),
        ("Погиб мужчина, еще двое ранены.", "ru", [("killed", 1, False), ("injured", 2, False)]),
        (
            "Zginął mężczyzna, a kobieta została ranna.",
            "pl",
            [("killed", 1, False), ("injured", 1, False)],
        ),
    ],
)
def test_named_victims_are_counted(sentence, lang, expected):
    assert _figures(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Погибших — 5, раненых — 12.", "ru"), ("Загиблих — 5, поранених — 12.", "uk")],
)
def test_dash_separated_tallies(sentence, lang):
    assert _figures(sentence, lang) == [("killed", 5, False), ("injured", 12, False)]


def test_war_sized_figure_is_never_one_strike():
    (figure,) = find_figures("The UN says 12,500 civilians have been killed.", "en")
    assert figure.scope == "war"


@pytest.mark.parametrize(
    ("sentence", "lang", "value"),
    [
        ("Una decina di persone sono rimaste ferite.", "it", 10),
        ("Une vingtaine de personnes ont été blessées.", "fr", 20),
        ("Una veintena de personas resultaron heridas.", "es", 20),
    ],
)
def test_round_collective_figures(sentence, lang, value):
    assert _figures(sentence, lang) == [("injured", value, False)]


@pytest.mark.parametrize(
    "sentence", ["On 2024-08-17 5 people were killed.", "On 17.08.2024 5 people were killed."]
)
def test_numeric_dates_are_not_figures(sentence):
    assert _figures(sentence) == [("killed", 5, False)]


def test_a_word_ending_in_aged_is_no_age():
    figures = find_figures("A missile damaged a house and injured one person.", "en")
    assert [(f.kind, f.value) for f in figures] == [("injured", 1)]
