"""Issue 11 (heldout_real_3): lists of regions, areas drones were downed in, governors.

* "the regions of Tambov, Oryol and Smolensk": a plural region noun before a list
  makes every member a region, not its capital;
* "the drones were neutralised in areas such as Poltava, Chernihiv…": the places
  after such a phrase in a sentence of interceptions were not struck;
* "le gouverneur de Donetsk": a governor's place is his region; it is no city
  struck, and when his words report the strike, the region is the place struck;
* Portuguese verb-first figures ("matou duas pessoas… e feriu outras nove") and
  "others" between a verb and its number ("hirió a otras siete").
"""

from __future__ import annotations

import pytest
from phenomena import MONDAY, TUESDAY, by_place, places


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pt",
            "Drones atingem a Rússia\n\nPelo menos quatro pessoas ficaram feridas em ataques de "
            "drones durante a noite nas regiões russas de Tula, Kaluga e Lipetsk, informaram os "
            "governadores.",
            {"Tula Oblast", "Kaluga Oblast", "Lipetsk Oblast"},
        ),
        (
            "es",
            "Drones sobre Rusia\n\nAl menos cuatro personas resultaron heridas en ataques con "
            "drones durante la noche en las regiones rusas de Tula, Kaluga y Lípetsk, informaron "
            "sus gobernadores.",
            {"Tula Oblast", "Kaluga Oblast", "Lipetsk Oblast"},
        ),
        (
            "it",
            "Droni sulla Russia\n\nAlmeno quattro persone sono rimaste ferite negli attacchi di "
            "droni della notte nelle regioni russe di Tula, Kaluga e Lipetsk, secondo i "
            "governatori.",
            {"Tula Oblast", "Kaluga Oblast", "Lipetsk Oblast"},
        ),
        (
            "en",
            "Drones hit Russia\n\nAt least four people were injured in overnight drone attacks "
            "on the Russian regions of Tula, Kaluga and Lipetsk, their governors said.",
            {"Tula Oblast", "Kaluga Oblast", "Lipetsk Oblast"},
        ),
    ],
)
def test_a_plural_region_noun_makes_each_member_of_its_list_a_region(extract, lang, text, expected):
    assert places(extract(text, published=TUESDAY, language=lang)) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Ataque en Rilsk\n\nUn dron alcanzó un autobús en Rilsk el martes y dejó un muerto. "
            "El Ministerio de Defensa aseguró haber derribado 40 drones sobre las regiones de "
            "Bélgorod, Briansk y Oriol.",
        ),
        (
            "it",
            "Attacco a Rilsk\n\nUn drone ha colpito un autobus a Rilsk martedì, un morto. I droni "
            "distrutti sono stati intercettati nelle regioni di Belgorod, Bryansk e Oryol.",
        ),
        (
            "pt",
            "Ataque em Rilsk\n\nUm drone atingiu um ônibus em Rilsk na terça-feira e matou uma "
            "pessoa. Os drones foram abatidos nas regiões de Belgorod, Briansk e Oriol.",
        ),
    ],
)
def test_regions_of_a_list_drones_were_downed_over_are_neither_struck_nor_capitals(
    extract, lang, text
):
    assert places(extract(text, published=TUESDAY, language=lang)) == {"Rylsk"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "Ataque em Rilsk\n\nUm drone atingiu um ônibus em Rilsk na terça-feira e matou uma "
            "pessoa. O ministério afirmou que 33 drones foram abatidos sobre as regiões "
            "ocidentais de Briansk, Smolensk, Lipetsk e Tula.",
        ),
        (
            "es",
            "Ataque en Rilsk\n\nUn dron alcanzó un autobús en Rilsk el martes y dejó un muerto. "
            "El ministerio afirmó que 33 drones fueron derribados sobre las regiones "
            "occidentales de Briansk, Smolensk, Lípetsk y Tula.",
        ),
        (
            "fr",
            "Frappe à Rylsk\n\nMardi, un drone a frappé un bus à Rylsk, faisant un mort. Le "
            "ministère affirme que 33 drones ont été abattus au-dessus des régions occidentales "
            "de Briansk, Smolensk, Lipetsk et Toula.",
        ),
        (
            "de",
            "Angriff auf Rylsk\n\nEine Drohne traf am Dienstag einen Bus in Rylsk, ein Mensch "
            "starb. Das Ministerium meldete, 33 Drohnen seien über den westlichen Regionen "
            "Brjansk, Smolensk, Lipezk und Tula abgeschossen worden.",
        ),
        (
            "en",
            "Strike on Rylsk\n\nA drone hit a bus in Rylsk on Tuesday, killing one. The ministry "
            "said 33 drones were downed over the western regions of Bryansk, Smolensk, Lipetsk "
            "and Tula.",
        ),
    ],
)
def test_regions_named_with_a_direction_before_a_downing_list_are_not_struck(extract, lang, text):
    """ "sobre as regiões ocidentais de Briansk, Smolensk…": the adjective between the
    plural noun and the list still makes every member a region drones were downed over."""
    assert places(extract(text, published=TUESDAY, language=lang)) == {"Rylsk"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "it",
            "Raid notturno\n\nMartedì un drone ha colpito un magazzino a Odessa, due feriti. I "
            "droni sarebbero stati neutralizzati in zone come Poltava, Chernihiv, Cherkasy e "
            "Mykolaiv.",
        ),
        (
            "en",
            "Overnight raid\n\nOn Tuesday a drone hit a warehouse in Odesa, injuring two. The "
            "drones were reportedly intercepted in areas such as Poltava, Chernihiv, Cherkasy "
            "and Mykolaiv.",
        ),
        (
            "fr",
            "Raid nocturne\n\nMardi, un drone a frappé un entrepôt à Odessa, faisant deux "
            "blessés. Les drones auraient été interceptés dans des zones telles que Poltava, "
            "Tchernihiv, Tcherkassy et Mykolaïv.",
        ),
        (
            "es",
            "Ataque nocturno\n\nEl martes un dron alcanzó un almacén en Odesa y dejó dos heridos. "
            "Los drones fueron interceptados en zonas como Poltava, Chernígov, Cherkasy y "
            "Nikoláyev.",
        ),
    ],
)
def test_places_after_intercepted_in_areas_such_as_are_not_struck(extract, lang, text):
    events = extract(text, published=TUESDAY, language=lang)
    assert [(e.place, e.injured) for e in events] == [("Odesa", 2)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Frappes dans l'Est\n\nUn civil a été tué mardi à Kostiantynivka lors d'un "
            "bombardement, a indiqué le gouverneur de Donetsk, Vadym Filachkine.",
        ),
        (
            "es",
            "Ataques en el este\n\nUn civil murió el martes en Kostiantínivka en un bombardeo, "
            "informó el gobernador de Donetsk, Vadim Filashkin.",
        ),
        (
            "pt",
            "Ataques no leste\n\nUm civil morreu na terça-feira em Kostiantynivka num bombardeio, "
            "informou o governador de Donetsk, Vadym Filashkin.",
        ),
    ],
)
def test_a_governors_region_is_not_a_city_struck(extract, lang, text):
    events = extract(text, published=TUESDAY, language=lang)
    assert [(e.place, e.killed) for e in events] == [("Kostiantynivka", 1)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "it",
            "Bombardamenti nell'est\n\nIl governatore di Donetsk Vadym Filashkin ha detto che "
            "martedì due civili sono stati uccisi e sette feriti nei bombardamenti russi.",
        ),
        (
            "fr",
            "Bombardements dans l'Est\n\nLe gouverneur de Donetsk, Vadym Filachkine, a déclaré "
            "mardi que deux civils avaient été tués et sept blessés dans des bombardements russes.",
        ),
        (
            "es",
            "Bombardeos en el este\n\nEl gobernador de Donetsk, Vadim Filashkin, dijo el martes "
            "que dos civiles murieron y siete resultaron heridos en bombardeos rusos.",
        ),
    ],
)
def test_a_governors_words_of_a_strike_place_it_in_his_region(extract, lang, text):
    event = by_place(extract(text, published=TUESDAY, language=lang))["Donetsk Oblast"]
    assert (event.level, event.killed, event.injured) == ("region", 2, 7)


@pytest.mark.parametrize(
    ("lang", "text", "killed", "injured"),
    [
        (
            "pt",
            "Ataque em Kiev\n\nUm ataque russo com drones matou duas pessoas em Kiev na "
            "terça-feira e feriu outras nove, informou o prefeito.",
            2,
            9,
        ),
        (
            "pt",
            "Ataque em Kiev\n\nNa terça-feira, um drone russo atingiu um prédio em Kiev, "
            "matando três pessoas e ferindo outras cinco.",
            3,
            5,
        ),
        (
            "es",
            "Ataque en Kiev\n\nUn dron ruso mató a dos personas en Kiev el martes e hirió a "
            "otras siete, informó el alcalde.",
            2,
            7,
        ),
    ],
)
def test_verb_first_figures_with_others_before_the_number(extract, lang, text, killed, injured):
    event = by_place(extract(text, published=TUESDAY, language=lang))["Kyiv"]
    assert (event.killed, event.injured) == (killed, injured)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "Drones abatidos\n\nNa segunda-feira os drones foram abatidos nas regiões de Odessa "
            "e Nikolayev (sul), Kiev (norte), Kharkov (nordeste), Cherkasy e Kirovograd "
            "(centro).",
        ),
        (
            "en",
            "Drones downed\n\nOn Monday drones were shot down over the regions of Odesa and "
            "Mykolaiv (south), Kyiv (north), Kharkiv (northeast), Cherkasy and Kirovohrad "
            "(centre).",
        ),
        (
            "es",
            "Drones derribados\n\nEl lunes los drones fueron derribados en las regiones de "
            "Odesa y Mykolaiv (sur), Kiev (norte), Járkov (noreste), Cherkasy y Kirovogrado "
            "(centro).",
        ),
    ],
)
def test_a_list_of_regions_with_directions_in_brackets_is_one_list(extract, lang, text):
    """Read in real Portuguese wire copy: "(sul)", "(norte)" after the members cut
    the list, so every member after the first was a city struck."""
    assert places(extract(text, published=MONDAY, language=lang)) == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Frappe à Rylsk\n\nMardi, un drone a frappé un bus à Rylsk, faisant un mort. Le "
            "ministère affirme avoir abattu les autres drones au-dessus des régions de Rostov et "
            "de Voronej.",
        ),
        (
            "es",
            "Ataque en Rilsk\n\nUn dron alcanzó un autobús en Rilsk el martes y dejó un muerto. "
            "El ministerio afirmó haber derribado los demás drones sobre las regiones de Rostov y "
            "de Vorónezh.",
        ),
    ],
)
def test_a_region_list_with_a_repeated_preposition_stays_a_region_list(extract, lang, text):
    """ "au-dessus des régions de Rostov et de Voronej": the second member, after "et de",
    is a region drones were downed over too (before, Voronezh became a strike)."""
    assert places(extract(text, published=TUESDAY, language=lang)) == {"Rylsk"}
