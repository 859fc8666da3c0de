"""Each disambiguation rule choosing where population alone would choose wrongly."""

from __future__ import annotations

from strikemap.gazetteer import Gazetteer, Place


def most_populous(gazetteer: Gazetteer, name: str) -> Place:
    return max(gazetteer.candidates(name), key=lambda p: p.population)


def test_country_rule_beats_population(gazetteer: Gazetteer) -> None:
    # Engels (Saratov Oblast) was once called Pokrovsk and is the largest namesake.
    assert most_populous(gazetteer, "Pokrovsk").name == "Engels"
    place = gazetteer.resolve("Pokrovsk", country="UA").place
    assert place is not None
    assert (place.name, place.iso_region) == ("Pokrovsk", "UA-14")


def test_canonical_name_beats_a_larger_place_once_so_called(gazetteer: Gazetteer) -> None:
    resolution = gazetteer.resolve("Pokrovsk")
    assert resolution.place is not None and resolution.place.iso_region == "UA-14"
    engels = next(r for r in resolution.rejected if r.place.name == "Engels")
    assert "less likely" in engels.reason


def test_region_rule_beats_population(gazetteer: Gazetteer) -> None:
    largest = most_populous(gazetteer, "Novoselivka")
    assert largest.iso_region != "UA-23"
    resolution = gazetteer.resolve("Novoselivka", region="Zaporizhzhia region")
    assert resolution.place is not None
    assert resolution.place.iso_region == "UA-23"
    assert resolution.place.population < largest.population
    assert any(r.reason == "not in Zaporizhzhia Oblast" for r in resolution.rejected)


def test_region_given_as_iso_code_or_place(gazetteer: Gazetteer) -> None:
    by_code = gazetteer.resolve("Novoselivka", region="UA-23").place
    kherson = gazetteer.resolve("Zaporizhzhia Oblast").place
    by_place = gazetteer.resolve("Novoselivka", region=kherson).place
    assert by_code is not None and by_code == by_place


def test_village_in_named_region(gazetteer: Gazetteer, geocoder) -> None:
    # "in the Kherson region, the village of Mykhailivka"
    assert most_populous(gazetteer, "Mykhailivka").iso_region != "UA-65"
    place = gazetteer.resolve("Mykhailivka", region="Kherson region").place
    assert place is not None and place.iso_region == "UA-65"
    location = geocoder.geocode("the village of Mykhailivka, Kherson region")
    assert location is not None and location.raw["iso_region"] == "UA-65"


def test_city_named_nearby_selects_its_district(gazetteer: Gazetteer) -> None:
    assert most_populous(gazetteer, "Shevchenkivskyi").parent == "Kyiv"
    place = gazetteer.resolve("Shevchenkivskyi", near="Kharkiv").place
    assert place is not None
    assert (place.level, place.parent) == ("district", "Kharkiv")


def test_nearby_point_selects_the_close_namesake(gazetteer: Gazetteer) -> None:
    namesakes = [p for p in gazetteer.candidates("Kostiantynivka") if p.iso_region == "UA-65"]
    target = namesakes[0]
    assert most_populous(gazetteer, "Kostiantynivka") != target
    place = gazetteer.resolve("Kostiantynivka", near=(target.lat + 0.1, target.lon)).place
    assert place == target


def test_declines_when_evidence_is_weak(gazetteer: Gazetteer) -> None:
    resolution = gazetteer.resolve("Novoselivka")
    assert resolution.place is None
    assert resolution.confidence < 0.3
    # The villages GeoNames places are weighed and found alike; those known
    # by name only (placed at their hromada) gave way to them first.
    located = [p for p in gazetteer.candidates("Novoselivka") if not p.placed_at_hromada]
    assert {s.place for s in resolution.scores} == set(located)
    assert all(
        r.reason.startswith("ambiguous") or r.place.placed_at_hromada for r in resolution.rejected
    )


def test_declines_when_country_excludes_every_candidate(gazetteer: Gazetteer) -> None:
    resolution = gazetteer.resolve("Belgorod", country="UA")
    assert resolution.place is None
    assert resolution.rejected and "not in UA" in resolution.rejected[0].reason


def test_unknown_name(gazetteer: Gazetteer) -> None:
    resolution = gazetteer.resolve("Atlantis")
    assert resolution.place is None and resolution.confidence == 0.0


def test_contradicting_region_declines_with_the_reason(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("Kramatorsk").place is not None
    contradicted = gazetteer.resolve("Kramatorsk", region="Lviv region")
    assert contradicted.place is None
    assert contradicted.reason == "no candidate in Lviv Oblast"
    assert contradicted.rejected[0].reason == "not in Lviv Oblast"


def test_nothing_near_the_named_place_lowers_confidence(gazetteer: Gazetteer) -> None:
    plain = gazetteer.resolve("Kramatorsk")
    far = gazetteer.resolve("Kramatorsk", near="Lviv")
    assert far.place == plain.place
    assert far.confidence < plain.confidence
    close = gazetteer.resolve("Kramatorsk", near="Sloviansk")
    assert close.confidence == plain.confidence


def test_region_of_and_hierarchy(gazetteer: Gazetteer) -> None:
    kharkiv = gazetteer.resolve("Kharkiv").place
    saltivskyi = gazetteer.resolve("Saltivskyi district").place
    assert kharkiv is not None and saltivskyi is not None
    region = gazetteer.region_of(saltivskyi)
    assert region is not None and region.name == "Kharkiv Oblast"
    assert gazetteer.region_of(kharkiv) == region
    assert gazetteer.parent_of(saltivskyi) == kharkiv
    assert kharkiv.parent == "Kharkiv Oblast"
    assert region.parent == "Ukraine"
    assert gazetteer.get(kharkiv.id) is kharkiv


def test_regions_list(gazetteer: Gazetteer) -> None:
    regions = {p.name: p for p in gazetteer.regions()}
    ukrainian = [p for p in regions.values() if p.country == "UA"]
    assert len(ukrainian) == 27  # 24 oblasts, Crimea, Kyiv and Sevastopol cities
    for name in ("Belgorod Oblast", "Kursk Oblast", "Bryansk Oblast", "Krasnodar Krai"):
        assert regions[name].iso_region.startswith("RU-")


def test_nearest(gazetteer: Gazetteer) -> None:
    place = gazetteer.nearest(49.589, 34.551)
    assert place is not None and place.name == "Poltava"
    assert gazetteer.nearest(10.0, 10.0) is None  # far from every place


def test_surface_forms_pairs(gazetteer: Gazetteer) -> None:
    kyiv = gazetteer.resolve("Kyiv").place
    forms = {key for key, pid in gazetteer.surface_forms() if pid == kyiv.id}
    assert {"kyiv", "kiev", "киів", "kijow"} <= forms
