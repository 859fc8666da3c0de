"""Issue 11: official posts pasted into whole pages (phenomena 4 and 7).

Oblast heads post a bulleted list with an emoji for each item and the kind of
settlement before its name ("🔴 с. Петропавлівка Куп'янського району — …"); each
item is a strike on the place it opens with.  A page's navigation, captions and
footer do not count when deciding that a strike told at the end of the report is
an aside; a date in the clause of another place after a comma dates that place
only; and a place struck on the day its paragraph tells keeps that day when the
next paragraph gives its toll.
"""

from __future__ import annotations

from datetime import date

from phenomena import TUESDAY, by_place, places


def test_ukrainian_emoji_bullets_with_settlement_words_are_strikes(extract):
    events = extract(
        "Синєгубов про наслідки обстрілів\n\n"
        "Протягом 3 березня ворог завдав ударів по населених пунктах Куп'янського та "
        "Ізюмського районів.\n\n"
        "🔴 с. Петропавлівка Куп'янського району — артилерійський обстріл, поранено двох "
        "жінок.\n\n"
        "🔴 смт Борова Ізюмського району — внаслідок мінометного обстрілу загинула 71-річна "
        "жінка.\n\n"
        "❗️ м. Балаклія — удар БпЛА, поранено трьох людей.",
        published=TUESDAY,
        language="uk",
    )
    found = by_place(events)
    assert found["Petropavlivka"].injured == 2
    assert found["Borova"].killed == 1
    assert found["Balakliia"].injured == 3
    assert "Izium Raion" not in found and "Kupiansk Raion" not in found


def test_russian_emoji_bullets_with_settlement_words_are_strikes(extract):
    events = extract(
        "Гладков о последствиях обстрелов\n\n"
        "За сутки ВСУ атаковали населённые пункты Белгородской области.\n\n"
        "📍 г. Грайворон — удар FPV-дрона по автомобилю, ранен мужчина.\n\n"
        "📍 с. Головчино — в результате обстрела погибла женщина.",
        published=TUESDAY,
        language="ru",
    )
    found = by_place(events)
    assert found["Grayvoron"].injured == 1
    assert found["Golovchino"].killed == 1


def test_english_emoji_bullets_are_strikes(extract):
    events = extract(
        "Sumy region: the day's shelling\n\n"
        "Russian forces shelled border communities of the Sumy region on Tuesday, the "
        "regional administration said.\n\n"
        "🔴 Bilopillia — a drone hit a private house, one woman was wounded.\n\n"
        "🔴 Krasnopillia — mortar fire killed a man.",
        published=TUESDAY,
    )
    found = by_place(events)
    assert found["Bilopillia"].injured == 1
    assert found["Krasnopillia"].killed == 1


FOOTER = (
    "\n\nRead also: How to apply for compensation for a damaged home\n\n"
    "Tags: Ukraine, war, drones\n\nShare: Facebook | Telegram | X\n\n"
    "Most read\n- Weather: frost returns on Friday\n- Metro changes its timetable\n"
    "- Football: Shakhtar win again\n- Prices of bread rise\n\n"
    "We use cookies to improve the site.\n\n© 2025 All rights reserved.\n"
)
HEADER = (
    "News | War | Politics | Business | Culture | Sport | Search\n\nHome > World > War\n\n"
    "By our correspondent\n\n4 March 2025, 08:47 | Updated 10:05\n\n"
    "Listen to this article\n\n3 min read\n\n"
    "Firefighters at the port. Photo: State Emergency Service\n\n"
)


def test_a_pages_footer_does_not_make_a_strike_told_in_its_body_an_aside(extract):
    events = extract(
        HEADER + "Drones hit Izmail port; Reni shelled the evening before\n\n"
        "Russian drones struck the port of Izmail overnight, and on Monday evening "
        "artillery hit Reni.\n\n"
        "Grain silos in Izmail were damaged and a fire broke out.\n\n"
        "Reni\n\n"
        "On Monday evening shells hit a warehouse in Reni. Two workers were injured." + FOOTER,
        published=TUESDAY,
    )
    reni = by_place(events)["Reni"]
    assert reni.primary and reni.date == date(2025, 3, 3)


def test_ukrainian_date_in_the_next_clause_dates_the_place_of_that_clause(extract):
    events = extract(
        "Удари по Дніпропетровщині\n\n"
        "У ніч на 4 березня росія атакувала Дніпро. Удару зазнав також Павлоград, а "
        "напередодні ввечері окупанти били по Нікополю.",
        published=TUESDAY,
        language="uk",
    )
    days = {(e.place, e.date) for e in events}
    assert ("Pavlohrad", TUESDAY) in days
    assert ("Pavlohrad", date(2025, 3, 3)) not in days
    assert ("Nikopol", date(2025, 3, 3)) in days


def test_english_date_in_the_next_clause_dates_the_place_of_that_clause(extract):
    events = extract(
        "Strikes on Dnipropetrovsk region\n\n"
        "Russia attacked Dnipro overnight into Tuesday. Pavlohrad was also hit, while on "
        "Monday evening Russian artillery shelled Nikopol.",
        published=TUESDAY,
    )
    days = {(e.place, e.date) for e in events}
    assert ("Pavlohrad", TUESDAY) in days
    assert ("Pavlohrad", date(2025, 3, 3)) not in days
    assert ("Nikopol", date(2025, 3, 3)) in days


def test_ukrainian_toll_in_the_next_paragraph_keeps_the_paragraph_day(extract):
    events = extract(
        "Балістика по Дніпру\n\n"
        "У ніч на 4 березня ракета влучила в будинок у Дніпрі, загинули двоє людей.\n\n"
        "Напередодні ввечері росіяни атакували Нікопольщину FPV-дронами та артилерією. Під "
        "ударом опинилися Нікополь та Марганецька громада.\n\n"
        "У Нікополі поранено двох людей. Пошкоджено п'ять приватних будинків.",
        published=TUESDAY,
        language="uk",
    )
    nikopol = [e for e in events if e.place == "Nikopol"]
    assert [(e.date, e.injured) for e in nikopol] == [(date(2025, 3, 3), 2)]


def test_english_toll_in_the_next_paragraph_keeps_the_paragraph_day(extract):
    events = extract(
        "Missile hits Dnipro\n\n"
        "A Russian missile hit an apartment block in Dnipro overnight into Tuesday, killing "
        "two people.\n\n"
        "On Monday evening Russian troops attacked the Nikopol district with drones and "
        "artillery. Nikopol and the Marhanets community came under fire.\n\n"
        "In Nikopol, two people were injured. Five private houses were damaged.",
        published=TUESDAY,
    )
    nikopol = [e for e in events if e.place == "Nikopol"]
    assert [(e.date, e.injured) for e in nikopol] == [(date(2025, 3, 3), 2)]


def test_german_toll_in_the_next_paragraph_keeps_the_paragraph_day(extract):
    events = extract(
        "Rakete trifft Dnipro\n\n"
        "Eine russische Rakete traf in der Nacht zum Dienstag ein Wohnhaus in Dnipro, zwei "
        "Menschen wurden getötet.\n\n"
        "Am Montagabend griffen russische Truppen Nikopol mit Drohnen und Artillerie an. "
        "Auch Marhanez geriet unter Beschuss.\n\n"
        "In Nikopol wurden zwei Menschen verletzt. Fünf Wohnhäuser wurden beschädigt.",
        published=TUESDAY,
        language="de",
    )
    nikopol = [e for e in events if e.place == "Nikopol"]
    assert [(e.date, e.injured) for e in nikopol] == [(date(2025, 3, 3), 2)]
    assert "Dnipro" in places(events)


def test_russian_date_in_the_next_clause_dates_the_place_of_that_clause(extract):
    events = extract(
        "Удары по Днепропетровской области\n\n"
        "В ночь на 4 марта Россия атаковала Днепр. Удару подвергся также Павлоград, а "
        "накануне вечером оккупанты обстреляли Никополь.",
        published=TUESDAY,
        language="ru",
    )
    days = {(e.place, e.date) for e in events}
    assert ("Pavlohrad", TUESDAY) in days
    assert ("Pavlohrad", date(2025, 3, 3)) not in days
    assert ("Nikopol", date(2025, 3, 3)) in days


def test_russian_toll_in_the_next_paragraph_keeps_the_paragraph_day(extract):
    events = extract(
        "Ракета попала в Днепр\n\n"
        "В ночь на 4 марта ракета попала в жилой дом в Днепре, погибли два человека.\n\n"
        "Накануне вечером российские войска атаковали Никополь дронами и артиллерией. Под "
        "обстрелом оказались также Марганец и Покров.\n\n"
        "В Никополе ранены два человека. Повреждены пять частных домов.",
        published=TUESDAY,
        language="ru",
    )
    nikopol = [e for e in events if e.place == "Nikopol"]
    assert [(e.date, e.injured) for e in nikopol] == [(date(2025, 3, 3), 2)]
