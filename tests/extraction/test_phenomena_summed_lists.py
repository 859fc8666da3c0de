"""Issue 11 (heldout_real_3): a sum after a list of places is no one place's toll.

Daily tallies list the settlements under fire, then sum the day: "Загалом через
російську агресію 1 людина загинула, ще 6 дістали поранення", "In total, one
person was killed and six were injured".  The sum belongs to none of the
places, least of all to the last one named; a victim named in a place of the
list ("вбили жителя Тягинки") stays that place's.
"""

from __future__ import annotations

import pytest
from phenomena import MONDAY, TUESDAY, by_place


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "uk",
            "Обстріли за добу\n\nУ понеділок під ворожими обстрілами перебували Білозерка, "
            "Чорнобаївка та Станіслав. Загалом через російську агресію 1 людина загинула, ще 6 "
            "дістали поранення.",
        ),
        (
            "en",
            "Shelling over the day\n\nOn Monday Russian forces shelled Beryslav, Kherson and "
            "Nikopol. In total, one person was killed and six were injured.",
        ),
        (
            "de",
            "Beschuss am Montag\n\nAm Montag beschossen russische Truppen Berislaw, Cherson "
            "und Nikopol. Insgesamt wurden ein Mensch getötet und sechs verletzt.",
        ),
    ],
)
def test_a_sum_after_a_list_of_places_is_no_places_toll(extract, lang, text):
    events = extract(text, published=TUESDAY, language=lang)
    assert len(events) == 3
    assert [(e.place, e.killed, e.injured) for e in events if e.killed or e.injured] == []


def test_a_resident_of_a_village_killed_is_that_villages_toll(extract):
    text = (
        "Обстріли за добу\n\nУ понеділок під ворожими обстрілами перебували Білозерка та "
        "Станіслав. У понеділок увечері росіяни вбили жителя Тягинки: чоловік потрапив під "
        "удар дрона. Загалом 1 людина "
        "загинула, ще 6 дістали поранення."
    )
    event = by_place(extract(text, published=TUESDAY, language="uk"))["Tiahynka"]
    assert (event.date, event.killed, event.injured) == (MONDAY, 1, None)
