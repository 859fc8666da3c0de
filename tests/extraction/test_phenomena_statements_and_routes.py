"""Issue 11, read in reports of strikes on energy, rail and front-line towns
(``heldout_real_22`` to ``_24``):

- a date opens a sentence whose subject, an official named with his title,
  then speaks ("W piątek rano szef administracji Andrij Rajkowicz przekazał,
  że..."): the day of the statement, so "the same day" after it still means
  the strike's day; a date closing a clause before "X said" stays the
  strike's ("killed 12 people on Friday, officials said");
- a train or a flight from a city ("pociągi z Kijowa do Odessy", "trains from
  Kyiv", "поїзди з Києва") is a route, not a city struck.
"""

from __future__ import annotations

from datetime import date

import pytest
from phenomena import by_place, places
from strikemap.extraction import casualties, roles
from strikemap.extraction.name_kinds import classify_names


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "pl",
            "W czwartek po południu rosyjskie drony uderzyły w stację kolejową w "
            "Krzemieńczuku. Zginęła jedna osoba. W piątek rano szef obwodowej "
            "administracji wojskowej Andrij Rajkowicz przekazał, że jedna z rannych "
            "kobiet zmarła w nocy. Tego samego dnia w Kropywnyckim szczątki "
            "zestrzelonego drona spadły na boisko. Nikt nie został ranny.",
        ),
        (
            "en",
            "On Thursday afternoon Russian drones struck the railway station in "
            "Kremenchuk. One person was killed. On Friday morning the head of the "
            "regional administration Andriy Raikovych said one of the injured women "
            "had died overnight. The same day debris of a downed drone fell on a "
            "school sports ground in Kropyvnytskyi. Nobody was hurt.",
        ),
        (
            "uk",
            "У четвер по обіді російські дрони атакували залізничну станцію у "
            "Кременчуці. Загинула одна людина. У п'ятницю вранці голова обласної "
            "військової адміністрації Андрій Райкович повідомив, що одна з поранених "
            "жінок померла вночі. Того ж дня у Кропивницькому уламки збитого дрона "
            "впали на шкільний стадіон. Ніхто не постраждав.",
        ),
        (
            "es",
            "El jueves por la tarde drones rusos atacaron la estación de tren de "
            "Kremenchuk. Murió una persona. El viernes por la mañana el jefe de la "
            "administración regional Andrí Raikóvich informó de que una de las heridas "
            "había muerto. Ese mismo día restos de un dron derribado cayeron sobre "
            "una escuela en Kropivnitski. No hubo heridos.",
        ),
    ],
)
def test_the_same_day_after_an_officials_statement_day_is_the_strikes(extract, language, text):
    # Thursday 11 June 2026; the official spoke on Friday the 12th.
    events = by_place(extract(text, published=date(2026, 6, 12), language=language))
    assert events["Kropyvnytskyi"].date == date(2026, 6, 11)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Russian attacks killed 12 people across Ukraine on Friday, regional "
            "officials said on Saturday. A missile strike on Synelnykove killed eight.",
        ),
        (
            "ru",
            "Мирная жительница погибла при обстреле Горловки во вторник вечером, "
            "сообщил глава ДНР. Еще трое получили ранения.",
        ),
        (
            "pt",
            "Uma mulher morreu em ataques russos com drones contra a cidade de "
            "Kherson, na sexta-feira, informou hoje o governador regional.",
        ),
    ],
)
def test_a_date_closing_a_clause_before_said_is_the_strikes(extract, language, text):
    events = extract(text, published=date(2024, 4, 20), language=language)
    # Friday the 19th / Tuesday the 16th / Friday the 19th, not the day of publication.
    assert events
    assert all(e.date in (date(2024, 4, 19), date(2024, 4, 16)) for e in events)


@pytest.mark.parametrize(
    ("language", "text", "struck", "route"),
    [
        (
            "pl",
            "Rosyjskie drony uderzyły w stację w Krzemieńczuku. Z powodu ataku pociągi z "
            "Kijowa do Odessy kursowały z opóźnieniem.",
            "Kremenchuk",
            "Kyiv",
        ),
        (
            "en",
            "A Russian drone hit the railway station in Kremenchuk. Passenger trains "
            "from Kyiv ran up to three hours late.",
            "Kremenchuk",
            "Kyiv",
        ),
        (
            "uk",
            "Російський дрон влучив у залізничну станцію у Кременчуці. Через атаку "
            "поїзди з Києва курсували із запізненням.",
            "Kremenchuk",
            "Kyiv",
        ),
        (
            "de",
            "Eine russische Drohne traf den Bahnhof von Krementschuk. Züge von Kiew "
            "hatten deshalb bis zu drei Stunden Verspätung.",
            "Kremenchuk",
            "Kyiv",
        ),
        (
            "fr",
            "Un drone russe a frappé la gare de Krementchouk. Les trains en provenance "
            "de Kiev ont circulé avec trois heures de retard.",
            "Kremenchuk",
            "Kyiv",
        ),
    ],
)
def test_a_train_from_a_city_names_a_route_not_a_city_struck(
    extract, language, text, struck, route
):
    found = places(extract(text, published=date(2026, 6, 12), language=language))
    assert struck in found
    assert route not in found


def test_a_bus_depot_in_a_town_is_no_route(extract):
    text = (
        "Lundi soir, deux drones d'attaque ont frappé un immeuble et un dépôt de bus "
        "du centre de Lebedyn. Une femme a été tuée."
    )
    events = by_place(extract(text, published=date(2026, 10, 8), language="fr"))
    assert events["Lebedyn"].date == date(2026, 10, 5)


@pytest.mark.parametrize(
    ("language", "text", "given", "place"),
    [
        (
            "uk",
            "Уламки впали у Кропивницькому, голова адміністрації Андрій Райкович повідомив.",
            "Андрій",
            "Кропивницькому",
        ),
        ("ru", "В Белгороде, по словам начальника Андрей Райкович сообщил.", "Андрей", "Белгороде"),
        (
            "pl",
            "W Kropywnyckim szef administracji Andrij Rajkowicz przekazał.",
            "Andrij",
            "Kropywnyckim",
        ),
        (
            "en",
            "In Kropyvnytskyi the head of administration Andriy Raikovych said.",
            "Andriy",
            "Kropyvnytskyi",
        ),
    ],
)
def test_a_given_name_before_a_surname_is_a_person(language, text, given, place):
    # The spans are found by plain search, as a gazetteer would match "Андрій"
    # (a village Andra) or "Andriy": the surname after it makes it a given name.
    spans = [(text.index(n), text.index(n) + len(n)) for n in (place, given)]
    found = [k.kind for k in classify_names(text, spans, language)]
    assert found == ["place", "person"]


def test_a_place_before_another_place_is_no_given_name():
    text = "Drones hit Kharkiv Kupiansk and Izium overnight."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Kharkiv", "Kupiansk")]
    assert [k.kind for k in classify_names(text, spans, "en")] == ["place", "place"]


def test_a_ukrainian_locative_in_ci_of_a_town_in_k(extract):
    text = "Російський дрон влучив у залізничну станцію у Кременчуці. Загинула одна людина."
    events = by_place(extract(text, published=date(2026, 6, 12), language="uk"))
    assert events["Kremenchuk"].killed == 1


# ---------------------------------------------------------------- consequences
@pytest.mark.parametrize(
    ("language", "text", "struck", "outages"),
    [
        (
            "en",
            "Drones hit a power plant in Ukrainka overnight. After the attack, emergency "
            "power outages are in effect in Kyiv, Odesa and Dnipro regions, Ukrenergo said.",
            "Ukrainka",
            {"Odesa", "Dnipro"},
        ),
        (
            "pt",
            "Drones russos atingiram uma subestação em Hrebinka durante a noite. Após o ataque, a "
            "Ukrenergo anunciou cortes programados em sete regiões, entre as quais "
            "Kharkiv, Sumy e Chernihiv.",
            "Hrebinka",
            {"Kharkiv", "Sumy", "Chernihiv"},
        ),
        (
            "de",
            "Russische Drohnen trafen in der Nacht ein Umspannwerk in Hrebinka. "
            "Nach dem Angriff gelten Notabschaltungen in den Gebieten Charkiw, Sumy und "
            "Tschernihiw.",
            "Hrebinka",
            {"Kharkiv", "Sumy", "Chernihiv"},
        ),
        (
            "uk",
            "Вночі російські дрони атакували підстанцію у Гребінці. Через атаку аварійні "
            "відключення у Харкові, Сумах і Чернігові тривали до ранку.",
            "Hrebinka",
            {"Kharkiv", "Sumy", "Chernihiv"},
        ),
    ],
)
def test_places_under_outage_schedules_are_not_struck(extract, language, text, struck, outages):
    found = places(extract(text, published=date(2025, 11, 29), language=language))
    # Neither the cities nor their regions ("Odesa Oblast").
    assert found == {struck}, outages


@pytest.mark.parametrize(
    ("language", "text", "struck", "denied"),
    [
        (
            "uk",
            "Вночі дрони атакували залізницю у Гребінці. Перевізник зазначив, що в самих "
            "Харкові, Сумах і Дніпрі ударів по залізниці цієї ночі не було: затримки "
            "спричинені лише пошкодженням у Гребінці.",
            "Hrebinka",
            {"Kharkiv", "Sumy", "Dnipro"},
        ),
        (
            "uk",
            "Вночі дрони атакували енергетику Одеси. У Миколаєві та Херсоні світла немає, "
            "але це спричинила не атака на ці міста, а пошкодження мережі в Одесі.",
            "Odesa",
            {"Mykolaiv", "Kherson"},
        ),
        (
            "ru",
            "Ночью дроны атаковали железную дорогу в Гребенке. В самих Харькове и Сумах "
            "ударов по железной дороге этой ночью не было: задержки вызваны повреждением в "
            "Гребенке.",
            "Hrebinka",
            {"Kharkiv", "Sumy"},
        ),
        (
            "en",
            "A missile struck a power plant in Ukrainka. The Kyiv city administration said "
            "280,000 homes in Kyiv lost power, although no strikes on the city itself were "
            "reported, and blamed the damage at the plant.",
            "Ukrainka",
            {"Kyiv"},
        ),
    ],
)
def test_a_place_its_clause_says_was_not_struck_is_not(extract, language, text, struck, denied):
    found = places(extract(text, published=date(2025, 12, 18), language=language))
    assert struck in found
    assert not found & denied


@pytest.mark.parametrize(
    "sentence",
    [
        "Kharkiv, which had not been attacked since May, was struck by two missiles.",
        "Charkiw, das seit Mai nicht beschossen worden war, wurde von zwei Raketen getroffen.",
        "Харків, який не обстрілювали з травня, вночі атакували дві ракети.",
    ],
)
def test_a_denial_of_a_time_before_leaves_the_place_struck(sentence):
    name = sentence.split(",")[0]
    assert roles.classify(sentence, 0, len(name)) == "struck"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Gas, Mosca torna a colpire gli impianti di Naftogaz: danni a Hadiach."),
        (
            "es",
            "Moscú lleva tres inviernos atacando la red eléctrica ucraniana; un dron "
            "dañó una subestación en Hadiach.",
        ),
        (
            "pt",
            "Os ataques ucranianos obrigam Moscovo a dispersar a defesa antiaérea; um "
            "drone russo atingiu uma subestação em Hadiach.",
        ),
        (
            "en",
            "Moscow keeps attacking Ukraine's grid: a drone damaged a substation in Hadiach.",
        ),
    ],
)
def test_a_capital_that_strikes_or_is_forced_is_its_government(extract, language, text):
    assert places(extract(text, published=date(2026, 1, 29), language=language)) == {"Hadiach"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A shell hit a school in Kherson, at the mouth of the Dnipro."),
        ("pl", "W Chersoniu, nad ujściem Dniepru, pocisk uszkodził budynek szkoły."),
        ("de", "In Cherson, an der Mündung des Dnipro, traf eine Granate eine Schule."),
        ("fr", "À Kherson, près de l'embouchure du Dniepr, un obus a touché une école."),
    ],
)
def test_a_river_named_at_its_mouth_is_no_city_struck(extract, language, text):
    assert places(extract(text, published=date(2026, 8, 14), language=language)) == {"Kherson"}


def test_a_german_compound_drone_word_tells_a_strike(extract):
    text = "Die Nachbarstadt Druschkiwka war in der Nacht Ziel russischer Kampfdrohnen."
    assert places(extract(text, published=date(2026, 5, 6), language="de")) == {"Druzhkivka"}


def test_a_governor_in_the_genitive_names_his_region_not_a_city_struck(extract):
    text = (
        "Eine Gleitbombe traf Kramatorsk. Die Bombe schlug nach Angaben des Gouverneurs von "
        "Donezk, Wadym Filaschkin, zwischen zwei Wohnblocks ein."
    )
    assert places(extract(text, published=date(2026, 5, 6), language="de")) == {"Kramatorsk"}


# ---------------------------------------------------------------- figures
@pytest.mark.parametrize(
    ("language", "sentence", "injured"),
    [
        ("en", "One worker suffered a concussion and was taken to hospital.", 1),
        ("en", "Two people suffered concussions.", 2),
        ("pl", "Jeden pracownik doznał wstrząśnienia mózgu.", 1),
        ("es", "Un trabajador sufrió una conmoción cerebral.", 1),
        ("pt", "Um trabalhador sofreu uma concussão.", 1),
        ("it", "Un operaio ha riportato una commozione cerebrale.", 1),
        ("de", "Ein Arbeiter erlitt eine Gehirnerschütterung.", 1),
        ("fr", "Deux employés ont été commotionnés.", 2),
    ],
)
def test_a_concussion_is_an_injury(language, sentence, injured):
    found = [(f.kind, f.value) for f in casualties.find_figures(sentence, language)]
    assert found == [("injured", injured)]


def test_the_region_of_an_apposition_leaves_the_toll_to_its_town(extract):
    text = (
        "On Friday a Russian missile hit a supermarket in Kostiantynivka, a front-line town "
        "in Ukraine's Donetsk region, killing at least ten people and injuring 35 others. "
        "The postal company said its office in the building was damaged and that one "
        "employee was injured."
    )
    (event,) = extract(text, published=date(2024, 8, 10), language="en")
    assert (event.place, event.killed, event.injured) == ("Kostiantynivka", 10, 35)


@pytest.mark.parametrize(
    ("language", "text", "struck"),
    [
        (
            "uk",
            "Артилерія обстріляла Білопілля. Юнаківська громада цієї доби обстрілів не "
            "зазнала, однак евакуйованих звідти розмістили в Ромнах.",
            "Bilopillia",
        ),
        (
            "ru",
            "Артиллерия обстреляла Белополье. Юнаковская громада за сутки обстрелам не "
            "подвергалась, эвакуированных разместили в Ромнах.",
            "Bilopillia",
        ),
        (
            "pl",
            "Artyleria ostrzelała Sumy. Hromada Junakiwka nie była ostrzeliwana, a "
            "ewakuowanych umieszczono w Romnach.",
            "Sumy",
        ),
    ],
)
def test_a_community_that_suffered_no_shelling_is_not_struck(extract, language, text, struck):
    found = places(extract(text, published=date(2026, 3, 11), language=language))
    assert found == {struck}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Due to constant shelling, the authorities ordered the mandatory evacuation of "
            "Krasnopillia and Velyka Pysarivka.",
        ),
        (
            "de",
            "Für die Gemeinden Krasnopillja und Welyka Pyssariwka ordnete die "
            "Gebietsverwaltung wegen des anhaltenden Beschusses die Zwangsevakuierung an.",
        ),
        (
            "uk",
            "Через постійні обстріли влада оголосила обов'язкову евакуацію з Краснопілля.",
        ),
        (
            "fr",
            "En raison des bombardements incessants, les autorités ont ordonné l'évacuation "
            "de Krasnopillia.",
        ),
    ],
)
def test_an_evacuation_for_constant_shelling_is_no_strike(extract, language, text):
    assert extract(text, published=date(2025, 9, 17), language=language) == []
