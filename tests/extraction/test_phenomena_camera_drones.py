"""A camera drone is no weapon: "Drone footage shows the devastation…".

Video captions and ledes open with what a drone filmed ("Un drone mostra la
devastazione", "Drohnenaufnahmen zeigen", "images prises par un drone"). The
drone there carried a camera; the strike's weapon is the one the report names
for the attack, here two missiles.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place

CASES = [
    (
        "it",
        "Un drone mostra la devastazione causata lunedì dall'attacco missilistico russo sulla "
        "città di Kharkiv. La Russia ha colpito una zona residenziale con due missili, ferendo "
        "almeno 19 persone.",
    ),
    (
        "en",
        "Drone footage shows the devastation caused by Monday's Russian missile strike on "
        "Kharkiv. Russia hit a residential area with two missiles, injuring at least 19 people.",
    ),
    (
        "fr",
        "Des images prises par un drone montrent les dégâts de la frappe de missiles russes de "
        "lundi sur Kharkiv. La Russie a frappé un quartier résidentiel avec deux missiles, "
        "blessant au moins 19 personnes.",
    ),
    (
        "de",
        "Drohnenaufnahmen zeigen die Zerstörung nach dem russischen Raketenangriff auf Charkiw "
        "am Montag. Russland traf ein Wohngebiet mit zwei Raketen, mindestens 19 Menschen "
        "wurden verletzt.",
    ),
    (
        "es",
        "Imágenes tomadas por un dron muestran la devastación del ataque ruso con misiles del "
        "lunes contra Járkov. Rusia alcanzó una zona residencial con dos misiles e hirió a al "
        "menos 19 personas.",
    ),
]


@pytest.mark.parametrize(("language", "text"), CASES, ids=[c[0] for c in CASES])
def test_a_camera_drone_is_no_weapon(extract, language, text):
    events = by_place(extract(text, published=TUESDAY, language=language))
    assert set(events) == {"Kharkiv"}
    assert events["Kharkiv"].weapons == ["missile"]


def test_a_drone_that_hit_is_still_the_weapon(extract):
    events = by_place(
        extract(
            "Drone hits Kharkiv\n\nA Russian drone hit Kharkiv on Monday night, injuring two "
            "people.",
            published=TUESDAY,
            language="en",
        )
    )
    assert events["Kharkiv"].weapons == ["drone"]
