"""Villages GeoNames lacks, and raions and hromadas whose centre it lacks (issue 12).

Two build-time mechanisms, from KATOTTG:

* a raion or hromada whose centre settlement has no coordinates is placed
  among its settlements that have (Myropillia hromada, Sumy's Krasnopilska
  hromada);
* a settlement GeoNames lacks is a place at its hromada's centre, with the
  hromada's radius as its uncertainty (Karpovychi, Halahanivka).

Reference coordinates are the villages' own, approximately, from general
knowledge of the map; a placed village must lie within 30 km of them.
"""

from __future__ import annotations

import pytest
from strikemap.gazetteer import Gazetteer
from strikemap.gazetteer.geometry import haversine_km
from strikemap.gazetteer.indexformat import CURRENT, FORMAT_VERSION, SHIFT
from strikemap.gazetteer.record import PlaceRecord
from strikemap.gazetteer.subdivisions import MEMBER_REACH_KM, Unit, settled_point, unit_names


def _near(place, lat: float, lon: float, km: float = 30.0) -> bool:
    return haversine_km(place.lat, place.lon, lat, lon) <= km


# ------------------------------------------------ units without a located centre
def _record(lat: float, lon: float, pid: str = "gn:1") -> PlaceRecord:
    return PlaceRecord(pid, "x", "city", "UA", lat, lon)


def test_settled_point_ignores_a_namesake_across_the_oblast() -> None:
    members = [_record(51.0 + d, 35.2 + d) for d in (0.0, 0.02, -0.02, 0.04, -0.03)]
    namesake = _record(50.0, 34.0)  # a village of the same name 140 km away
    lat, lon = settled_point([*members, namesake], "hromada")
    assert lat == pytest.approx(51.002, abs=0.001)
    assert lon == pytest.approx(35.202, abs=0.001)
    assert settled_point([], "hromada") is None
    assert MEMBER_REACH_KM["hromada"] < haversine_km(51.0, 35.2, 50.0, 34.0)


def test_unplaced_centre_is_named_from_its_cyrillic_name() -> None:
    unit = Unit(
        id="katottg:x",
        kind="hromada",
        name="Миропільська",
        adjective="миропільська",
        lat=51.0,
        lon=35.2,
        iso_region="UA-59",
        parent_key=None,
        centre=None,
        members=[],
        centre_name="Миропілля",
    )
    name, _adjectives, centres, polish = unit_names(unit)
    assert name == "Myropilska hromada"
    assert {"Myropillia", "Miropillya"} <= centres
    assert polish == {"Myropillja"}  # the existing Polish rule
    raion = Unit("katottg:y", "raion", "Путивльський", "путивльський", 51.3, 33.9, "UA-59",
                 None, None, [], centre_name="Путивль")  # fmt: skip
    assert unit_names(raion)[0] == "Putyvl Raion"


@pytest.mark.parametrize(
    ("query", "region", "lat", "lon"),
    [
        ("Myropillia hromada", None, 51.02, 35.26),  # Sumy oblast; Myropillia has no coordinates
        ("Миропільська громада", "Sumy region", 51.02, 35.26),
        ("Krasnopillia community", "Sumy region", 50.77, 35.27),
        ("Краснопільській громаді", "Сумська область", 50.77, 35.27),
        ("Semenivka hromada", "Chernihiv region", 52.18, 32.58),
    ],
)
def test_hromada_without_a_located_centre_resolves(
    gazetteer: Gazetteer, query: str, region: str | None, lat: float, lon: float
) -> None:
    resolution = gazetteer.resolve(query, region=region)
    place = resolution.place
    assert place is not None and place.unit == "hromada", resolution.reason
    assert _near(place, lat, lon), (place.lat, place.lon)
    assert 4.0 <= place.radius_km <= 30.0


def test_same_named_hromadas_of_several_oblasts_decline_without_context(
    gazetteer: Gazetteer,
) -> None:
    # Poltava, Chernihiv, Zaporizhzhia and Zhytomyr oblasts each have a
    # Semenivska hromada; population sums of partial data do not decide.
    resolution = gazetteer.resolve("Semenivka hromada")
    assert resolution.place is None
    assert resolution.reason.endswith("none clearly more likely")
    chernihiv = gazetteer.resolve("Semenivka hromada", region="Chernihiv region").place
    assert chernihiv.iso_region == "UA-74" and chernihiv.parent == "Novhorod-Siverskyi Raion"
    # About 1,470 km², a circle of 21.6 km; few of its 70 settlements are placed.
    assert 18.0 <= chernihiv.radius_km <= 25.0


@pytest.mark.parametrize(
    ("query", "name", "lat", "lon"),
    [
        ("Romny district", "Romny Raion", 50.75, 33.47),  # Ромни -> Роменський
        ("Білоцерківському районі", "Bila Tserkva Raion", 49.80, 30.11),
        ("Dubno raion", "Dubno Raion", 50.42, 25.74),
    ],
)
def test_raion_named_unlike_its_centre_is_placed_there(
    gazetteer: Gazetteer, query: str, name: str, lat: float, lon: float
) -> None:
    place = gazetteer.resolve(query).place
    assert place is not None and (place.unit, place.name) == ("raion", name)
    assert _near(place, lat, lon, km=15.0)


def test_almost_every_raion_and_hromada_is_present(gazetteer: Gazetteer) -> None:
    units = gazetteer.subdivisions()
    raions = [u for u in units if u.unit == "raion" and u.country == "UA"]
    hromadas = [u for u in units if u.unit == "hromada" and u.iso_region != "UA-43"]
    assert len(raions) == 136
    # Russia's are the curated districts and okrugs (test_russian_units.py).
    assert {u.country for u in units} == {"UA", "RU"}
    assert len(hromadas) >= 1450  # of the 1,469 outside Crimea (1,065 with Crimea before)


# --------------------------------------------- villages at their hromada's centre
@pytest.mark.parametrize(
    ("query", "lat", "lon"),
    [
        ("Karpovychi", 52.30, 32.55),  # Chernihiv oblast border villages
        ("Карповичі", 52.30, 32.55),
        ("Yeline", 52.05, 32.12),
    ],
)
def test_village_missing_from_geonames_is_placed_at_its_hromada(
    gazetteer: Gazetteer, query: str, lat: float, lon: float
) -> None:
    resolution = gazetteer.resolve(query)
    place = resolution.place
    assert place is not None and place.placed_at_hromada, resolution.reason
    assert place.iso_region == "UA-74" and place.population == 0 and place.level == "city"
    assert _near(place, lat, lon), (place.lat, place.lon)
    assert resolution.confidence <= 0.35
    assert "placed at its hromada's centre" in resolution.reason
    hromada = gazetteer.parent_of(place)
    assert hromada.unit == "hromada" and place.radius_km == hromada.radius_km
    assert gazetteer.region_of(place).name == "Chernihiv Oblast"


def test_village_context_picks_among_namesakes(gazetteer: Gazetteer) -> None:
    # Halahanivka: two in Kirovohrad oblast, one in Cherkasy, one in Chernihiv.
    assert gazetteer.resolve("Halahanivka").place is None
    chernihiv = gazetteer.resolve("Halahanivka", region="Chernihiv region")
    assert chernihiv.place is not None and _near(chernihiv.place, 52.13, 32.45)
    assert gazetteer.resolve("Halahanivka", region="Kirovohrad region").place is None
    # Khotiivka: two in Chernihiv oblast; its hromada decides.
    assert gazetteer.resolve("Khotiivka", region="Chernihiv region").place is None
    semenivka = gazetteer.resolve("Semenivka hromada", region="Chernihiv region").place
    khotiivka = gazetteer.resolve("Khotiivka", within=semenivka)
    assert khotiivka.place is not None and khotiivka.place.parent_id == semenivka.id
    assert _near(khotiivka.place, 52.25, 32.70)
    raion = gazetteer.resolve("Novhorod-Siverskyi district").place
    assert gazetteer.resolve("Khotiivka", within=raion).place == khotiivka.place


def test_unplaced_village_never_outranks_a_located_town(gazetteer: Gazetteer) -> None:
    # Semenivka: towns in Chernihiv and Poltava oblasts, villages elsewhere.
    place = gazetteer.resolve("Semenivka").place
    assert place is None or not place.placed_at_hromada
    # Murom in a Belgorod-region report: not the city in Vladimir oblast.
    murom = gazetteer.resolve("Murom", region="Belgorod region")
    assert murom.place is None and murom.reason == "no candidate in Belgorod Oblast"


UA = ["country:UA", "Ukraine", "country", "UA", 49.0, 32.0, 40_000_000, -1, None]
CHERNIHIV = ["region:UA-74", "Chernihiv Oblast", "region", "UA", 51.5, 32.0, 900_000, 0, "UA-74"]
SUMY = ["region:UA-59", "Sumy Oblast", "region", "UA", 50.9, 34.8, 1_000_000, 0, "UA-59"]
HROMADA_A = ["katottg:H1", "Ahromada", "region", "UA", 52.2, 32.6, 9_000, 1, "UA-74"]
HROMADA_A += ["hromada", 20.0]
HROMADA_B = ["katottg:H2", "Bhromada", "region", "UA", 51.0, 35.2, 4_000, 2, "UA-59"]
HROMADA_B += ["hromada", 12.0]


def _gazetteer(rows: list[list], names: dict[str, list[tuple[int, int]]], **extra) -> Gazetteer:
    index = {key: [(i << SHIFT) | flags for i, flags in entries] for key, entries in names.items()}
    return Gazetteer({"format": FORMAT_VERSION, "places": rows, "names": index, **extra})


def _village(pid: str, parent: int, hromada: list) -> list:
    return [pid, "Sela", "city", "UA", hromada[4], hromada[5], 0, parent, hromada[8], None,
            hromada[10]]  # fmt: skip


def test_placed_villages_in_several_oblasts_decline_unless_the_region_is_given() -> None:
    rows = [UA, CHERNIHIV, SUMY, HROMADA_A, HROMADA_B]
    rows += [_village("katottg:V1", 3, HROMADA_A), _village("katottg:V2", 4, HROMADA_B)]
    gazetteer = _gazetteer(rows, {"sela": [(5, CURRENT), (6, CURRENT)]})
    village = gazetteer.get("katottg:V1")
    assert village.placed_at_hromada and village.radius_km == 20.0 and village.unit is None
    bare = gazetteer.resolve("Sela")
    assert bare.place is None and "none clearly more likely" in bare.reason
    sumy = gazetteer.resolve("Sela", region=gazetteer.get("region:UA-59"))
    assert sumy.place.id == "katottg:V2" and sumy.confidence <= 0.35
    assert "placed at its hromada's centre (Bhromada, within 12 km)" in sumy.reason
    within = gazetteer.resolve("Sela", within=gazetteer.get("katottg:H1"))
    assert within.place.id == "katottg:V1"


def test_placed_village_gives_way_to_a_located_place() -> None:
    # A hamlet GeoNames locates (150 people) against one known by name only:
    # population alone would not decide (scores 2.18 and 2.0).
    town = ["gn:7", "Sela", "city", "UA", 50.5, 30.5, 150, 0, "UA-32"]
    rows = [UA, CHERNIHIV, SUMY, HROMADA_A, _village("katottg:V1", 3, HROMADA_A), town]
    gazetteer = _gazetteer(rows, {"sela": [(5, CURRENT), (4, CURRENT)]})
    assert gazetteer.resolve("Sela").place.id == "gn:7"
    kyiv = ["region:UA-32", "Kyiv Oblast", "region", "UA", 50.3, 30.5, 1_800_000, 0, "UA-32"]
    rows[1] = kyiv  # the town and a placed village both in the region given
    rows[4] = _village("katottg:V1", 3, [*HROMADA_A[:8], "UA-32", "hromada", 20.0])
    same_region = _gazetteer(rows, {"sela": [(5, CURRENT), (4, CURRENT)]})
    assert same_region.resolve("Sela", region=same_region.get("region:UA-32")).place.id == "gn:7"
    # Only in the region given is the placed village the answer.
    assert gazetteer.resolve("Sela", region=gazetteer.get("region:UA-74")).place.id == "katottg:V1"
    assert gazetteer.resolve("Sela", region=gazetteer.get("region:UA-59")).place is None


def test_placed_village_named_like_a_word_stays_out_of_text() -> None:
    rows = [UA, CHERNIHIV, HROMADA_A, _village("katottg:V1", 2, HROMADA_A)]
    rows += [["gn:8", "Nadiia", "city", "UA", 48.0, 35.0, 3_000, 0, "UA-74"]]
    names = {"nadiia": [(3, CURRENT), (4, CURRENT)], "sela": [(3, CURRENT)]}
    gazetteer = _gazetteer(rows, names, text_excluded=["nadiia"])
    forms = set(gazetteer.surface_forms())
    assert ("nadiia", "gn:8") in forms and ("nadiia", "katottg:V1") not in forms
    assert ("sela", "katottg:V1") in forms
    # The geocoder still knows it.
    assert "katottg:V1" in {p.id for p in gazetteer.candidates("Nadiia")}


def test_placed_villages_in_text_only_where_their_name_is_theirs(gazetteer: Gazetteer) -> None:
    from strikemap.extraction.placematch import PlaceMatcher

    matcher = PlaceMatcher(gazetteer.surface_forms(), lowercase=gazetteer.matches_lowercase)

    def placed(text: str, lang: str) -> dict[str, list[str]]:
        found = {}
        for mention in matcher.find(text, lang):
            places = [gazetteer.get(i) for i in mention.place_ids]
            found[mention.as_written] = [p.parent for p in places if p.placed_at_hromada]
        return found

    # A header date, a given name, towns whose namesakes are small villages.
    header = placed("06 ВЕРЕСНЯ 2024 · Олег Синєгубов: удар по Прилуках і Кривому Рогу", "uk")
    assert all(parents == [] for parents in header.values())
    english = placed("Oleh Syniehubov said Pryluky and Kyiv were hit; Pavlivka too.", "en")
    assert english.get("Oleh") is None or english["Oleh"] == []
    assert english["Pryluky"] == [] and english["Kyiv"] == [] and english["Pavlivka"] == []
    # Border villages named in a Chernihiv report are found, with their hromada.
    report = placed("Обстрілів зазнали Карповичі, Галаганівка та Єліне.", "uk")
    assert report["Карповичі"] == ["Semenivska hromada"]
    assert report["Єліне"] == ["Snovska hromada"]
    assert "Semenivska hromada" in report["Галаганівка"]
