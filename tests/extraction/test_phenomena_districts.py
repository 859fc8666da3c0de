"""Issue 11, phenomenon 7: several city districts in one list."""

from __future__ import annotations

from phenomena import TUESDAY, places


def test_a_bulleted_list_of_kyiv_districts_gives_each_district(extract):
    events = extract(
        "Kyiv: hits in four districts\n\n"
        "Russian drones attacked Kyiv overnight. Consequences were recorded in the following "
        "districts:\n- Sviatoshynskyi: a drone hit a 16-storey building;\n- Solomianskyi: "
        "debris fell on a private house;\n- Darnytskyi: a warehouse was damaged;\n"
        "- Obolonskyi: windows were blown out in a school.",
        published=TUESDAY,
    )
    districts = {e.place for e in events if e.level == "district"}
    assert districts == {"Sviatoshynskyi", "Solomianskyi", "Darnytskyi", "Obolonskyi"}


def test_polish_district_adjectives_name_kyiv_districts(extract):
    events = extract(
        "Nocny atak na Kijów\n\n"
        "W nocy Rosjanie zaatakowali Kijów. W dzielnicy desniańskiej odłamki spadły na blok "
        "mieszkalny, a w dzielnicy dniprowskiej uszkodzony został dom.",
        published=TUESDAY,
        language="pl",
    )
    districts = {e.place for e in events if e.level == "district"}
    assert districts == {"Desnianskyi", "Dniprovskyi"}


def test_spanish_kyiv_district_of_kharkiv_is_no_capital(extract):
    events = extract(
        "Bombas guiadas sobre Járkov\n\n"
        "Un ataque ruso con bombas guiadas alcanzó el distrito de Kyiv de Járkov el martes, "
        "dejando un muerto y nueve heridos.",
        published=TUESDAY,
        language="es",
    )
    assert "Kyiv" not in places(events)
    assert {(e.place, e.parent) for e in events if e.level == "district"} == {
        ("Kyivskyi", "Kharkiv")
    }


def test_spanish_list_of_kharkiv_districts_names_no_capital(extract):
    events = extract(
        "Ataque masivo en Járkov\n\n"
        "La ciudad de Járkov fue blanco de un ataque masivo con drones. Las zonas más "
        "afectadas fueron los distritos de Kyiv y Osnoviansky.",
        published=TUESDAY,
        language="es",
    )
    assert "Kyiv" not in places(events)


def test_ukrainian_two_districts_coordinated_in_the_locative(extract):
    events = extract(
        "Нічна атака на Харків\n\n"
        "Уночі ворог атакував Харків ударними БпЛА. Влучання зафіксовано у Салтівському та "
        "Немишлянському районах.",
        published=TUESDAY,
        language="uk",
    )
    districts = {e.place for e in events if e.level == "district"}
    assert districts == {"Saltivskyi", "Nemyshlianskyi"}


def test_a_ukrainian_bulleted_list_after_a_colon_gives_each_district(extract):
    events = extract(
        "Наслідки нічної атаки на Київ\n\n"
        "Вночі росіяни атакували Київ дронами. Наслідки зафіксовано в таких районах:\n"
        "• Голосіївський район: уламки впали на дорогу;\n"
        "• Оболонський район: вибиті вікна у школі.",
        published=TUESDAY,
        language="uk",
    )
    districts = {e.place for e in events if e.level == "district"}
    assert districts == {"Holosiivskyi", "Obolonskyi"}


def test_a_polish_bulleted_list_of_kyiv_districts(extract):
    events = extract(
        "Atak dronów na Kijów\n\n"
        "W nocy rosyjskie drony zaatakowały Kijów. Skutki ataku odnotowano w dzielnicach:\n"
        "- dzielnica Darnycka: spłonął magazyn;\n"
        "- dzielnica Podilska: odłamki spadły na podwórze.",
        published=TUESDAY,
        language="pl",
    )
    districts = {e.place for e in events if e.level == "district"}
    assert districts == {"Darnytskyi", "Podilskyi"}


def test_an_english_list_item_without_strike_words_follows_its_list(extract):
    events = extract(
        "Overnight attack on Kharkiv\n\n"
        "Russian drones struck Kharkiv overnight, the mayor said. Damage by district:\n"
        "- Saltivskyi district: a drone hit a high-rise;\n"
        "- Kyivskyi district: windows were blown out in a school.",
        published=TUESDAY,
    )
    districts = {(e.place, e.parent) for e in events if e.level == "district"}
    assert districts == {("Saltivskyi", "Kharkiv"), ("Kyivskyi", "Kharkiv")}


def test_polish_neighbourhoods_in_the_locative_name_kyiv_districts(extract):
    events = extract(
        "Nocny atak na Kijów\n\n"
        "Rosjanie w nocy zaatakowali Kijów rakietami. Na Swiatoszynie odłamki spadły na "
        "przedszkole, a z Padołu zgłoszono dwa pożary.",
        published=TUESDAY,
        language="pl",
    )
    districts = {e.place for e in events if e.level == "district"}
    assert districts == {"Sviatoshynskyi", "Podilskyi"}


def test_german_neighbourhood_spelling_names_a_kyiv_district(extract):
    events = extract(
        "Drohnen über Kiew\n\n"
        "Russland griff Kiew in der Nacht mit Drohnen an. In Swjatoschyn wurde ein Wohnhaus "
        "von Trümmern getroffen.",
        published=TUESDAY,
        language="de",
    )
    assert {e.place for e in events if e.level == "district"} == {"Sviatoshynskyi"}
