"""The strike layer: one marker (or oblast outline) per event, built client-side.

A folium ``Marker`` + ``Popup`` per event would cost kilobytes each and pass
article text through Jinja. Instead the frame becomes one compact array payload
(rounded coordinates, category codes, a deduplicated string table) that
``strikemap.js`` turns into Leaflet markers, with popups and tooltips built from
DOM text nodes when first opened.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from typing import Any

import folium
import pandas as pd

from strikemap.mapping.elements import LayerCall
from strikemap.mapping.payload import (
    StringTable,
    day_numbers,
    int_or_none,
    js_literal,
    packed_literal,
)
from strikemap.mapping.regions import RegionIndex, default_regions
from strikemap.mapping.styles import category_of, size_class
from strikemap.safetext import safe_url

__all__ = ["EVIDENCE_CHARS", "build_strike_layer", "strike_payload"]

#: Characters of the first evidence sentence shown in a popup; the full evidence
#: is in the app's events table.
EVIDENCE_CHARS = 160
# Flag bits of a row besides "at least" killed (1) and injured (2): a date known
# only to the month or year is shown as such, not as the first of the month.
_PRECISION_FLAGS = {"month": 4, "year": 8}
#: Zoom level from which markers are no longer clustered.
CLUSTER_UNTIL_ZOOM = 10


def _clip(sentence: str, limit: int) -> str:
    sentence = " ".join(sentence.split())
    if len(sentence) <= limit:
        return sentence
    return sentence[: limit - 1].rstrip() + "…"


def _published(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, (date, pd.Timestamp)):
        return value.isoformat()[:10]
    return str(value)[:10]


def _weapon_text(weapons: Sequence[str]) -> str:
    return ", ".join(str(w).replace("_", " ") for w in weapons)


def strike_payload(
    frame: pd.DataFrame,
    *,
    regions: RegionIndex | None = None,
    evidence_chars: int = EVIDENCE_CHARS,
) -> list:
    """Return the compact payload ``StrikeMap.strikes`` draws (see ``strikemap.js``).

    Parameters
    ----------
    frame
        Events frame from :func:`strikemap.frames.events_to_frame` (filtered or not).
    regions
        Oblast outlines for region-level events; events whose region is unknown
        fall back to a marker at their coordinates.
    evidence_chars
        Length cap of the evidence sentence carried for the popup.

    Returns
    -------
    list
        ``[version, first day, strings, sources, regions, events]``. Events without
        coordinates or a region outline are left out. The layout of an event row
        is documented in ``strikemap.js`` (``Strikes``).
    """
    strings = StringTable()
    source_index: dict[tuple, int] = {}
    sources: list[list] = []
    used_regions: dict[int, int] = {}
    region_rows: list[list] = []
    rows: list[list] = []
    # Few distinct weapon lists occur; their category and label are worked out once.
    weapon_cache: dict[tuple, tuple[int, int]] = {}

    days = day_numbers(frame["date"])
    known_days = [d for d in days if d is not None]
    first_day = min(known_days) if known_days else 0

    columns = zip(
        frame["lat"].tolist(),
        frame["lon"].tolist(),
        frame["level"].tolist(),
        frame["iso_region"].tolist(),
        frame["place"].tolist(),
        frame["parent"].tolist(),
        frame["weapons"].tolist(),
        frame["models"].tolist(),
        frame["killed"].tolist(),
        frame["injured"].tolist(),
        frame["killed_at_least"].tolist(),
        frame["injured_at_least"].tolist(),
        frame["confidence"].tolist(),
        frame["evidence"].tolist(),
        frame["sources"].tolist(),
        frame["date_precision"].tolist(),
        frame["disputed"].tolist(),
        days,
        strict=True,
    )
    for (
        lat,
        lon,
        level,
        iso_region,
        place,
        parent,
        weapons,
        models,
        killed,
        injured,
        killed_at_least,
        injured_at_least,
        confidence,
        evidence,
        event_sources,
        date_precision,
        disputed,
        day,
    ) in columns:
        region = -1
        if level == "region" and regions is not None:
            found = regions.find(iso_region, place)
            if found is not None:
                if found not in used_regions:
                    used_regions[found] = len(region_rows)
                    region_rows.append(
                        [strings.add(regions.names[found]), regions.geometries[found]]
                    )
                region = used_regions[found]
        located = not (lat is None or lon is None or math.isnan(lat) or math.isnan(lon))
        if region < 0 and not located:
            continue
        killed_n = int_or_none(killed)
        injured_n = int_or_none(injured)
        casualties = (
            None if killed_n is None and injured_n is None else (killed_n or 0) + (injured_n or 0)
        )
        weapon_key = tuple(weapons) if weapons is not None else ()
        weapon_refs = weapon_cache.get(weapon_key)
        if weapon_refs is None:
            weapon_refs = (
                strings.add(category_of(weapon_key)),
                strings.add(_weapon_text(weapon_key)),
            )
            weapon_cache[weapon_key] = weapon_refs
        first_evidence = evidence[0]["sentence"] if evidence else ""
        source_refs: list[int] = []
        for source in event_sources or []:
            publisher = source.get("publisher")
            url = source.get("url")
            key = (
                publisher,
                None if publisher else source.get("title"),
                url,
                _published(source.get("published")),
            )
            if key not in source_index:
                source_index[key] = len(sources)
                # Only URLs safe_url accepts become links; others are shown as text.
                link = safe_url(url)
                sources.append(
                    [strings.add(part) for part in key[:2]]
                    + [strings.add(link if link else url), strings.add(key[3]), int(bool(link))]
                )
            source_refs.append(source_index[key])
        rows.append(
            [
                round(float(lat), 4) if located else None,
                round(float(lon), 4) if located else None,
                weapon_refs[0],
                size_class(casualties),
                None if day is None else day - first_day,
                strings.add(place),
                strings.add(parent),
                weapon_refs[1],
                strings.add(", ".join(models) if models is not None else ""),
                killed_n,
                injured_n,
                (1 if killed_at_least else 0)
                | (2 if injured_at_least else 0)
                | _PRECISION_FLAGS.get(date_precision, 0),
                0 if confidence is None or math.isnan(confidence) else round(confidence * 100),
                strings.add(_clip(str(first_evidence), evidence_chars)),
                source_refs,
                region,
                len(evidence) if evidence else 0,
                strings.add(", ".join(disputed) if disputed else ""),
            ]
        )
    return [1, first_day, strings.strings, sources, region_rows, rows]


def build_strike_layer(
    frame: pd.DataFrame,
    *,
    regions: RegionIndex | None = None,
    cluster: bool = True,
    cluster_until_zoom: int = CLUSTER_UNTIL_ZOOM,
    evidence_chars: int = EVIDENCE_CHARS,
    name: str = "Strikes",
    compress: bool | None = None,
) -> folium.FeatureGroup:
    """Return the strike markers as a feature group for ``st_folium(feature_group_to_add=...)``.

    Parameters
    ----------
    frame
        Events frame (:func:`strikemap.frames.events_to_frame`).
    regions
        Oblast outlines (default: the gazetteer's); region-level events are drawn
        as their oblast's outline instead of a pin.
    cluster
        Cluster markers (Leaflet.markercluster) below ``cluster_until_zoom``.
    cluster_until_zoom
        Zoom level from which every marker is shown on its own.
    evidence_chars
        Length cap of the evidence sentence in popups.
    name
        Layer name shown in the layer control.
    compress
        Deflate the payload (default: when large; see
        :func:`strikemap.mapping.payload.packed_literal`).

    Returns
    -------
    folium.FeatureGroup
        Marker icons are ``div.leaflet-marker-icon.sm-icon.sm-<category>``; region
        outlines are ``path.leaflet-interactive.sm-region``.
    """
    index = default_regions() if regions is None else regions
    payload = strike_payload(frame, regions=index, evidence_chars=evidence_chars)
    group = folium.FeatureGroup(name=name)
    group.add_child(
        LayerCall(
            "strikes",
            packed_literal(payload, compress=compress),
            js_literal([cluster, cluster_until_zoom]),
        )
    )
    return group
