"""City districts of Sumy, Kryvyi Rih, Lviv, Donetsk and Russian cities, and the raions
that share a district's name (Kryvyi Rih's Pokrovskyi district, the Pokrovsk raion)."""

from __future__ import annotations

from phenomena import TUESDAY


def _districts(events) -> set[tuple[str, str]]:
    return {(e.place, e.parent) for e in events if e.level == "district"}


def test_a_district_of_sumy(extract):
    events = extract(
        "Суми\n\nУвечері дрони атакували Ковпаківський район Сум. Поранено трьох людей.",
        published=TUESDAY,
        language="uk",
    )
    assert _districts(events) == {("Kovpakivskyi", "Sumy")}


def test_pokrovskyi_district_of_kryvyi_rih(extract):
    events = extract(
        "Кривий Ріг\n\nРосійська ракета влучила в Покровський район Кривого Рогу, загинули "
        "двоє людей, повідомив Олександр Вілкул.",
        published=TUESDAY,
        language="uk",
    )
    assert _districts(events) == {("Pokrovskyi", "Kryvyi Rih")}
    assert [e.killed for e in events] == [2]


def test_the_pokrovsk_raion_in_a_report_on_donetsk_oblast_is_no_kryvyi_rih_district(extract):
    events = extract(
        "Обстріли Донеччини\n\nУ Покровському районі внаслідок обстрілу поранено двох людей, "
        "повідомив начальник Донецької ОВА Вадим Філашкін.",
        published=TUESDAY,
        language="uk",
    )
    assert [(e.place, e.level, e.injured) for e in events] == [("Pokrovsk Raion", "region", 2)]


def test_the_bohodukhiv_raion_of_kharkiv_oblast_is_no_donetsk_district(extract):
    events = extract(
        "Атака на Харківщину\n\nУ Богодухівському районі внаслідок удару дрона поранено "
        "чоловіка, повідомив Олег Синєгубов.",
        published=TUESDAY,
        language="uk",
    )
    assert [(e.place, e.parent) for e in events] == [("Bohodukhiv Raion", "Kharkiv Oblast")]


def test_a_donetsk_district_by_its_old_russian_name(extract):
    events = extract(
        "Донецк\n\nВСУ обстреляли Петровский район Донецка, погиб мужчина, сообщил Денис Пушилин.",
        published=TUESDAY,
        language="ru",
    )
    assert _districts(events) == {("Voznesenskyi", "Donetsk")}


def test_sykhiv_is_lvivs_sykhivskyi_district(extract):
    events = extract(
        "Lviv\n\nA Russian missile hit an apartment block in Lviv's Sykhiv district, killing two "
        "people, mayor Andriy Sadovyi said.",
        published=TUESDAY,
    )
    assert _districts(events) == {("Sykhivskyi", "Lviv")}


def test_a_district_of_kursk(extract):
    events = extract(
        "Kursk\n\nA Ukrainian drone hit a residential building in the Seymsky district of "
        "Kursk, injuring two people, the governor said.",
        published=TUESDAY,
    )
    assert {(e.place, e.parent, e.country) for e in events} == {("Seimskyi", "Kursk", "RU")}
