"""Issue 11, phenomenon 1: a place mentioned but not struck becomes no event."""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, places


def test_regions_drones_were_shot_down_over_are_not_struck(extract):
    events = extract(
        "Drone hits apartment block in Belgorod\n\n"
        "A Ukrainian drone hit an apartment block in Belgorod overnight, injuring two people, "
        "governor Vyacheslav Gladkov said. The Defence Ministry said 27 drones were shot down "
        "over the Bryansk and Kursk regions.",
        published=TUESDAY,
    )
    assert places(events) == {"Belgorod"}


def test_launch_directions_in_an_air_force_summary_are_not_struck(extract):
    events = extract(
        "Нічна атака: влучання у Кременчуці\n\n"
        "Противник атакував 86 ударними БпЛА типу Shahed з напрямків Курськ, Брянськ, "
        "Міллерово. У Кременчуці внаслідок удару пошкоджено підприємство, поранено двох "
        "працівників.",
        published=TUESDAY,
        language="uk",
    )
    assert places(events).isdisjoint({"Kursk", "Bryansk", "Millerovo"})


def test_polish_capitals_standing_for_governments_are_not_struck(extract):
    events = extract(
        "Drony uderzyły w Białą Cerkiew\n\n"
        "Kijów oskarżył Moskwę o kolejny atak na infrastrukturę cywilną. W nocy rosyjskie "
        "drony uderzyły w Białą Cerkiew, uszkodzony został obiekt przemysłowy. Moskwa nie "
        "skomentowała doniesień.",
        published=TUESDAY,
        language="pl",
    )
    assert places(events) == {"Bila Tserkva"}


def test_portuguese_moscow_as_the_annexing_state_is_not_struck(extract):
    events = extract(
        "Drones russos atingem Kharkiv\n\n"
        "Drones russos atingiram um prédio em Kharkiv durante a noite, ferindo seis pessoas. "
        "A defesa aérea russa disse ter abatido dois drones sobre a Crimeia, anexada por "
        "Moscou em 2014.",
        published=TUESDAY,
        language="pt",
    )
    assert "Moscow" not in places(events)


def test_italian_moscow_said_to_have_used_missiles_is_not_struck(extract):
    events = extract(
        "Missili su Kharkiv, 17 feriti\n\n"
        "Sono almeno 17 le persone rimaste ferite in un attacco missilistico notturno contro "
        "Kharkiv. Il governatore ha dichiarato che Mosca avrebbe utilizzato missili S-300.",
        published=TUESDAY,
        language="it",
    )
    assert places(events) == {"Kharkiv"}


def test_german_air_raid_alert_in_the_capital_is_no_strike(extract):
    events = extract(
        "Raketen treffen Uman\n\n"
        "In Uman schlugen zwei Raketen in ein Industrieobjekt ein, acht Menschen wurden "
        "verletzt. Auch in der ukrainischen Hauptstadt Kiew gab es in der Nacht Luftalarm.",
        published=TUESDAY,
        language="de",
    )
    assert places(events) == {"Uman"}


def test_russian_explosions_heard_without_damage_are_no_strike(extract):
    events = extract(
        "Беспилотник попал в здание администрации в Рыльске\n\n"
        "В Курске вечером были слышны взрывы, по словам губернатора, работала ПВО, "
        "повреждений нет. В Рыльске беспилотник попал в здание администрации, ранены двое.",
        published=TUESDAY,
        language="ru",
    )
    assert places(events) == {"Rylsk"}


def test_french_explosions_heard_without_damage_are_no_strike(extract):
    events = extract(
        "Bombes sur Kramatorsk\n\n"
        "L'armée russe a largué des bombes aériennes guidées sur Kramatorsk lundi, tuant deux "
        "personnes. Des explosions ont été entendues à Droujkivka, sans dégâts signalés.",
        published=TUESDAY,
        language="fr",
    )
    assert "Druzhkivka" not in places(events)


def test_spanish_agency_dateline_is_no_strike(extract):
    events = extract(
        "Un ataque con drones mata a cuatro personas en Járkov\n\n"
        "Kiev, 3 mar (EFE).- Un ataque ruso con drones contra la ciudad de Járkov ha matado a "
        "cuatro personas, según informó el gobernador.",
        published=TUESDAY,
        language="es",
    )
    assert places(events) == {"Kharkiv"}


def test_drone_heading_for_the_capital_and_shot_down_is_no_strike_on_it(extract):
    events = extract(
        "Drones hit Odesa port\n\n"
        "Russian drones hit port infrastructure in Odesa overnight, injuring four people. "
        "Kyiv was also targeted, but all drones heading for the capital were shot down.",
        published=TUESDAY,
    )
    assert places(events) == {"Odesa"}


def test_russian_negated_shelling_is_no_strike(extract):
    events = extract(
        "Синегубов: Харьков ночью не обстреливали\n\n"
        "Харьков ночью не обстреливали, сообщил глава ОВА. В Чугуеве в результате обстрела "
        "ранен мужчина.",
        published=TUESDAY,
        language="ru",
    )
    assert "Kharkiv" not in places(events)


def test_a_town_located_from_a_city_leaves_the_city_unstruck(extract):
    events = extract(
        "Strike near Dnipro kills one\n\n"
        "One person was killed in a missile strike on a town just outside the city of Dnipro, "
        "the interior minister said.",
        published=TUESDAY,
    )
    assert "Dnipro" not in places(events)


def test_flights_suspended_at_an_airport_are_no_strike(extract):
    events = extract(
        "Drone hits refinery in Tuapse\n\n"
        "Ukrainian drones set a refinery in Tuapse on fire overnight, regional authorities "
        "said. Flights were suspended at Kazan airport for three hours.",
        published=TUESDAY,
    )
    assert places(events) == {"Tuapse"}


def test_a_regional_branch_in_an_organisation_name_is_no_strike(extract):
    events = extract(
        "Drone hits Izmail port\n\n"
        "A Russian drone hit the port of Izmail overnight, injuring one worker. Volunteers of "
        "the Odesa region branch of the Red Cross helped the families.",
        published=TUESDAY,
    )
    assert places(events) == {"Izmail"}


# Explosions only heard, with no hit reported: no strike on that place.
@pytest.mark.parametrize(
    ("text", "language", "struck"),
    [
        (
            "Drone hits substation in Sumy\n\nA Russian drone hit an electrical substation in "
            "Sumy overnight, cutting power to 3,000 homes. Loud explosions were also heard in "
            "Poltava, where air defences were working.",
            "en",
            {"Sumy"},
        ),
        (
            "Удар по Одесі\n\nУночі російські дрони атакували Одесу, пошкоджено склад, поранено "
            "двох людей. У Миколаєві було чути вибухи, працювала ППО.",
            "uk",
            {"Odesa"},
        ),
        (
            "Atak na Lwów\n\nRosyjskie drony uderzyły w nocy we Lwów, uszkodzone zostały dwa "
            "budynki. W Łucku słychać było wybuchy, działała obrona przeciwlotnicza.",
            "pl",
            {"Lviv"},
        ),
        (
            "Drohnen treffen Saporischschja\n\nRussische Drohnen trafen in der Nacht ein Wohnhaus "
            "in Saporischschja, drei Menschen wurden verletzt. Auch in Dnipro waren Explosionen "
            "zu hören.",
            "de",
            {"Zaporizhzhia"},
        ),
    ],
)
def test_explosions_only_heard_are_no_strike(extract, text, language, struck):
    assert places(extract(text, published=TUESDAY, language=language)) == struck


# A negated strike verb: the place was not struck.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Overnight attack on Sumy\n\nRussian drones struck Sumy overnight, damaging a school. "
            "Kharkiv was not attacked, the mayor said.",
            "en",
        ),
        (
            "Атака на Суми\n\nВночі російські дрони вдарили по Сумах, пошкоджено школу. Харків "
            "цієї ночі не обстрілювали, повідомив мер.",
            "uk",
        ),
        (
            "Atak na Sumy\n\nRosyjskie drony zaatakowały w nocy Sumy, uszkodzona została szkoła. "
            "Charków nie został zaatakowany, przekazał mer.",
            "pl",
        ),
    ],
)
def test_a_place_said_not_to_be_struck_is_no_event(extract, text, language):
    assert places(extract(text, published=TUESDAY, language=language)) == {"Sumy"}


# Agency datelines name where the story was filed.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Drone kills two in Kherson\n\nKYIV, March 4 (Reuters) - A Russian drone killed two "
            "people in Kherson on Tuesday, the regional governor said.",
            "en",
        ),
        (
            "Un dron mata a dos personas en Jersón\n\nMoscú, 4 mar (EFE).- Un dron ruso mató a "
            "dos personas en Jersón este martes, según las autoridades ucranianas.",
            "es",
        ),
        (
            "Drone uccide due persone a Kherson\n\n(ANSA) - KIEV, 4 MAR - Un drone russo ha "
            "ucciso due persone a Kherson, ha detto il governatore.",
            "it",
        ),
    ],
)
def test_agency_datelines_are_no_strike(extract, text, language):
    assert places(extract(text, published=TUESDAY, language=language)) == {"Kherson"}


# A settlement located from a city: the city is a reference point.
@pytest.mark.parametrize(
    ("text", "language", "city"),
    [
        (
            "Удар по селу\n\nРосійська ракета влучила в будинок у селі поблизу Харкова, загинула "
            "одна людина.",
            "uk",
            "Kharkiv",
        ),
        (
            "Удар по поселку\n\nУкраинский беспилотник атаковал поселок недалеко от Белгорода, "
            "ранен мужчина.",
            "ru",
            "Belgorod",
        ),
        (
            "Angriff auf Dorf\n\nEine russische Rakete traf ein Dorf bei Charkiw, ein Mensch "
            "wurde getötet.",
            "de",
            "Kharkiv",
        ),
    ],
)
def test_a_city_that_locates_a_struck_village_is_not_struck(extract, text, language, city):
    assert city not in places(extract(text, published=TUESDAY, language=language))


# Weapons heading for a place and shot down, nothing hit there.
@pytest.mark.parametrize(
    ("text", "language", "struck"),
    [
        (
            "Беспилотники атаковали Брянск\n\nУкраинские беспилотники атаковали Брянск, "
            "повреждено здание, ранены двое. Москву тоже пытались атаковать, но все "
            "беспилотники, летевшие на Москву, были сбиты.",
            "ru",
            {"Bryansk"},
        ),
        (
            "Drony nad Kijowem\n\nRosyjskie drony uderzyły w Odessę, ranne zostały cztery osoby. "
            "Kijów również był celem ataku, ale wszystkie drony lecące na Kijów zostały "
            "zestrzelone.",
            "pl",
            {"Odesa"},
        ),
    ],
)
def test_a_target_whose_drones_were_all_shot_down_is_not_struck(extract, text, language, struck):
    assert places(extract(text, published=TUESDAY, language=language)) == struck


# Drones brought down over places, however far from the verb: no strike there.
@pytest.mark.parametrize(
    ("text", "language", "struck"),
    [
        (
            "Drone hits Taganrog plant\n\nA Ukrainian drone hit a factory in Taganrog, injuring "
            "two workers. The ministry said its forces had brought down six Ukrainian drones: "
            "three over Rostov, two over the Bryansk region and one over Kursk.",
            "en",
            {"Taganrog"},
        ),
        (
            "Dron uderzył w Tulę\n\nUkraiński dron uderzył w zakład w Tule, ranne zostały dwie "
            "osoby. Obrona powietrzna zniszczyła też cztery ukraińskie drony nad Kołomną i "
            "Riazaniem.",
            "pl",
            {"Tula"},
        ),
        (
            "Дрон атакував Таганрог\n\nУкраїнський дрон влучив у завод у Таганрозі, поранено двох "
            "працівників. Міноборони РФ заявило, що знищено шість дронів: три над Ростовом і "
            "три над Курськом.",
            "uk",
            {"Taganrog"},
        ),
    ],
)
def test_places_drones_were_brought_down_over_are_not_struck(extract, text, language, struck):
    assert places(extract(text, published=TUESDAY, language=language)) == struck


# A capital standing for its government: officials there, or the attacker.
@pytest.mark.parametrize(
    ("text", "language", "struck"),
    [
        (
            "Frappes sur Odessa\n\nMoscou « a lancé sur la région d'Odessa des drones et des "
            "missiles », a déclaré le gouverneur. Un drone a frappé le port d'Izmaïl, blessant "
            "deux personnes.",
            "fr",
            {"Izmail"},
        ),
        (
            "Drony nad Woroneżem\n\nUkraiński dron uderzył w zakład w Woroneżu, ranne zostały "
            "dwie osoby. Władze w Kijowie nie skomentowały tego ataku.",
            "pl",
            {"Voronezh"},
        ),
        (
            "Удар по Суммам\n\nРоссийский дрон атаковал Сумы, ранены три человека. Власти в "
            "Москве не прокомментировали этот удар.",
            "ru",
            {"Sumy"},
        ),
        (
            "Drohnen auf Sumy\n\nEine russische Drohne traf ein Wohnhaus in Sumy, drei Menschen "
            "wurden verletzt. Moskau hat in der Nacht mehr als 80 Drohnen gestartet.",
            "de",
            {"Sumy"},
        ),
    ],
)
def test_a_capital_standing_for_its_government_is_not_struck(extract, text, language, struck):
    assert places(extract(text, published=TUESDAY, language=language)) == struck


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Drones hit Chernihiv\n\nRussian drones hit a warehouse in Chernihiv overnight, "
            "injuring two guards. President Volodymyr Zelensky said in Kyiv that Russia had "
            "launched more than 100 drones in the attack.",
        ),
        (
            "de",
            "Drohnen treffen Tschernihiw\n\nRussische Drohnen trafen in der Nacht ein Lager in "
            "Tschernihiw, zwei Wachleute wurden verletzt. Präsident Selenskyj sagte in Kiew, "
            "Russland habe mehr als 100 Drohnen eingesetzt.",
        ),
        (
            "uk",
            "Дрони атакували Чернігів\n\nУночі російські дрони влучили у склад у Чернігові, "
            "поранено двох охоронців. Президент Зеленський заявив у Києві, що Росія запустила "
            "понад 100 дронів.",
        ),
        (
            "pl",
            "Drony uderzyły w Czernihów\n\nW nocy rosyjskie drony trafiły w magazyn w "
            "Czernihowie, ranni zostali dwaj strażnicy. Zełenski powiedział w Kijowie, że Rosja "
            "wystrzeliła ponad 100 dronów.",
        ),
        (
            "fr",
            "Des drones frappent Tchernihiv\n\nDes drones russes ont touché un entrepôt à "
            "Tchernihiv dans la nuit, blessant deux gardiens. Volodymyr Zelensky a déclaré à "
            "Kyiv que la Russie avait lancé plus de 100 drones.",
        ),
    ],
)
def test_the_city_where_someone_spoke_is_not_struck(extract, language, text):
    events = extract(text, published=TUESDAY, language=language)
    assert places(events) == {"Chernihiv"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Drones hit Lviv\n\nRussian drones hit a depot in Lviv overnight, killing a worker. "
            "Explosions were also heard in Lutsk, but the authorities did not report any damage.",
        ),
        (
            "uk",
            "Дрони атакували Львів\n\nУночі російські дрони влучили у склад у Львові, загинув "
            "працівник. У Луцьку також пролунали вибухи, про руйнування не повідомляється.",
        ),
        (
            "ru",
            "Дроны атаковали Львов\n\nНочью российские дроны попали в склад во Львове, погиб "
            "рабочий. В Луцке тоже прогремели взрывы, о разрушениях не сообщается.",
        ),
        (
            "pl",
            "Drony zaatakowały Lwów\n\nW nocy rosyjskie drony trafiły w magazyn we Lwowie, "
            "zginął pracownik. Wybuchy słychać było także w Łucku, jednak władze nie zgłosiły "
            "żadnych zniszczeń.",
        ),
        (
            "it",
            "Droni su Leopoli\n\nNella notte droni russi hanno colpito un deposito a Leopoli, "
            "uccidendo un operaio. Esplosioni sono state udite anche a Lutsk, ma non sono stati "
            "segnalati danni.",
        ),
    ],
)
def test_explosions_heard_with_damage_denied_are_no_strike(extract, language, text):
    events = extract(text, published=TUESDAY, language=language)
    assert places(events) == {"Lviv"}


def test_explosions_heard_with_a_fire_are_a_strike(extract):
    events = extract(
        "Drones hit Lviv\n\nRussian drones hit a depot in Lviv overnight, killing a worker. "
        "In Lutsk, two loud explosions were heard and a fire broke out at an industrial site.",
        published=TUESDAY,
    )
    assert places(events) == {"Lviv", "Lutsk"}


@pytest.mark.parametrize(
    ("language", "text", "struck"),
    [
        (
            "ru",
            "Дрон атаковал Грайворон\n\nВ Грайвороне дрон повредил два автомобиля. За ночь над "
            "территориями Брянской и Курской областей уничтожены 27 украинских беспилотников.",
            "Grayvoron",
        ),
        (
            "uk",
            "Дрон атакував Суми\n\nУ Сумах дрон влучив у гараж, поранено двох людей. Над "
            "територією Полтавської та Харківської областей збито 20 дронів.",
            "Sumy",
        ),
        (
            "en",
            "Drone hits Sumy\n\nA drone hit a garage in Sumy, injuring two people. Air defences "
            "destroyed 20 drones over the territory of the Poltava and Kharkiv regions.",
            "Sumy",
        ),
    ],
)
def test_regions_drones_were_downed_over_the_territory_of_are_not_struck(
    extract, language, text, struck
):
    events = extract(text, published=TUESDAY, language=language)
    assert places(events) == {struck}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Missile strike on Odesa\n\nTwo people were killed in a missile strike on Odesa "
            "overnight, as Moscow and Kyiv traded drone and missile attacks.",
        ),
        (
            "es",
            "Ataque contra Odesa\n\nDos personas murieron en un ataque con misiles contra Odesa, "
            "mientras Moscú y Kiev intercambiaban ataques con drones y misiles.",
        ),
        (
            "uk",
            "Удар по Одесі\n\nДвоє людей загинули внаслідок ракетного удару по Одесі, тоді як "
            "Москва і Київ обмінювалися ударами дронів.",
        ),
        (
            "de",
            "Angriff auf Odessa\n\nZwei Menschen starben bei einem Raketenangriff auf Odessa, "
            "während Moskau und Kiew sich gegenseitig mit Drohnen angriffen.",
        ),
    ],
)
def test_capitals_trading_strikes_stand_for_their_governments(extract, language, text):
    events = extract(text, published=TUESDAY, language=language)
    assert places(events) == {"Odesa"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Drone hits Kharkiv\n\nA drone hit a block of flats in Kharkiv, injuring 41 people. "
            "Russia's Defence Ministry said another drone was shot down on Sunday morning in the "
            "Ryazan region.",
        ),
        (
            "es",
            "Un dron impacta en Járkov\n\nUn dron impactó en un edificio de Járkov y dejó 41 "
            "heridos. Otro dron ucraniano fue derribado el domingo por la mañana en la región "
            "occidental de Riazán.",
        ),
        (
            "it",
            "Drone su Kharkiv\n\nUn drone ha colpito un palazzo a Kharkiv, 41 feriti. Un altro "
            "drone ucraino è stato abbattuto domenica mattina nella regione russa di Rjazan.",
        ),
    ],
)
def test_a_region_a_drone_was_downed_in_is_not_struck(extract, language, text):
    events = extract(text, published=TUESDAY, language=language)
    assert places(events) == {"Kharkiv"}


def test_a_region_struck_after_a_downing_clause_stays_struck(extract):
    events = extract(
        "Glide bombs on the Sumy region\n\nAir defences shot down 20 drones overnight, and the "
        "Sumy region was attacked with glide bombs, injuring three people.",
        published=TUESDAY,
    )
    assert places(events) == {"Sumy Oblast"}


def test_french_region_most_drones_were_intercepted_in_is_not_struck(extract):
    events = extract(
        "Frappe sur Dnipro\n\nUne personne a été tuée à Dnipro dans la nuit. Selon le ministère "
        "russe de la Défense, la défense antiaérienne a intercepté 54 drones dont 24 dans la "
        "région de Briansk, frontalière de l'Ukraine.",
        published=TUESDAY,
        language="fr",
    )
    assert places(events) == {"Dnipro"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Kramatorsk frappée\n\nUne bombe a frappé Kramatorsk, tuant une femme. La ville, "
            "située à 100 km au nord de Donetsk, est régulièrement visée.",
        ),
        (
            "de",
            "Kramatorsk getroffen\n\nEine Gleitbombe traf Kramatorsk, eine Frau starb. Die Stadt "
            "liegt nördlich von Donezk und wird regelmäßig angegriffen.",
        ),
        (
            "uk",
            "Удар по Краматорську\n\nБомба влучила у Краматорськ. Місто, розташоване на північ "
            "від Донецька, регулярно атакують.",
        ),
    ],
)
def test_a_city_north_of_which_the_struck_one_lies_is_a_reference_point(extract, language, text):
    events = extract(text, published=TUESDAY, language=language)
    assert places(events) == {"Kramatorsk"}
