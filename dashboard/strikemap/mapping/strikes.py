"""The strike layer: one marker (or oblast outline) per event, built client-side.

A folium ``Marker`` + ``Popup`` per event would cost kilobytes each and pass
article text through Jinja. Instead the frame becomes one compact array payload
(rounded coordinates, category codes, a deduplicated string table) that
``strikemap.js`` turns into Leaflet markers, with popups and tooltips built from
DOM text nodes when first opened.
"""

from __future__ import annotations

import contextlib
import functools
import json
import math
from collections.abc import Sequence
from datetime import date
from typing import Any, NamedTuple

import folium
import numpy as np
import pandas as pd

from strikemap.labels import confidence_label, weapons_label
from strikemap.mapping.elements import LayerCall
from strikemap.mapping.payload import (
    StringTable,
    day_numbers,
    js_literal,
    packed_text,
)
from strikemap.mapping.regions import RegionIndex, default_regions
from strikemap.mapping.styles import SIZE_BREAKS, categories_of, category_of
from strikemap.safetext import safe_url

__all__ = [
    "EVENT_FIELDS",
    "EVIDENCE_CHARS",
    "PAYLOAD_VERSION",
    "SOURCE_TITLE_CHARS",
    "StrikeEncoding",
    "build_strike_layer",
    "encode_strikes",
    "strike_payload",
]

#: Characters of the first evidence sentence shown in a popup; the full evidence
#: is in the app's events table.
EVIDENCE_CHARS = 160
# Flag bits of a row besides "at least" killed (1) and injured (2): a date known
# only to the month or year is shown as such, not as the first of the month.
_PRECISION_FLAGS = {"month": 4, "year": 8}
#: Payload layout version (3: the field names travel with the rows; 4: confidence as its label).
PAYLOAD_VERSION = 4
#: Characters of a source title in a popup (one line; the table has the rest).
SOURCE_TITLE_CHARS = 70


class StrikeRow(NamedTuple):
    """One event of the strike layer, as ``strikemap.js`` reads it.

    The wire format is this field list and nothing else: rows are written in
    this order, and the names travel in every payload (:data:`EVENT_FIELDS`),
    from which ``strikemap.js`` looks up each field's position. String fields
    are indexes into the payload's string table (0 is ""), except the evidence
    sentence (unique to its event) and the event id.
    """

    lat: float | None
    lon: float | None
    #: The category the marker's glyph shows (the first of ``CATEGORY_PRIORITY``).
    category: int
    #: Marker size class, 0-4 (:func:`strikemap.mapping.styles.size_class`).
    size: int
    #: Days since 1970-01-01 (plus the payload's day offset), or ``None``.
    day: int | None
    place: int
    parent: int
    weapons: int
    models: int
    killed: int | None
    injured: int | None
    #: 1 killed "at least", 2 injured "at least", 4 date to the month, 8 to the year.
    flags: int
    #: Confidence as its label ("84%", "unknown": :func:`strikemap.labels.confidence_label`).
    confidence: int
    evidence: str
    #: Positions in the payload's source table.
    sources: list[int]
    #: Position in the payload's region table, -1 for a point marker.
    region: int
    evidence_count: int
    disputed: int
    event_id: str
    #: Every weapon category of the event, comma-separated, in priority order.
    categories: int
    #: Position in ``sources`` of the article the evidence sentence is quoted from.
    evidence_source: int


#: The names of a strike row's fields, in order (the wire format; see :class:`StrikeRow`).
EVENT_FIELDS: tuple[str, ...] = StrikeRow._fields

#: Zoom level from which markers are no longer clustered.
CLUSTER_UNTIL_ZOOM = 10
#: Up to this many events every marker shows on its own, in its weapon colour: a
#: few hundred markers stay legible and quick to draw, and a briefing image cannot
#: be zoomed into clusters. Beyond it markers cluster at low zoom.
CLUSTER_ABOVE = 300


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
    return weapons_label(weapons)


def _evidence_source(evidence: Sequence[dict], sources: Sequence[dict]) -> int:
    """Return the position in ``sources`` of the article the first evidence sentence quotes."""
    if not evidence:
        return -1
    article = evidence[0].get("article_id")
    for position, source in enumerate(sources):
        if source.get("article_id") == article:
            return position
    return -1


class StrikeEncoding:
    """The strike rows of a whole events frame, encoded once, for drawing any subset of it.

    A filter change selects a subset of the same events, and an event's row does
    not depend on which others are shown: encoding every event once (per store
    revision, say) turns the layer of a view into a join of ready-made rows. The
    shared tables (strings, sources, region outlines) cover the whole frame;
    they are small next to the rows (a few thousand places and articles), and
    the evidence, the one long text per event, sits in its row.

    Build with :func:`encode_strikes`.
    """

    def __init__(self, index: pd.Index, rows: list[StrikeRow | None], tables: str) -> None:
        self.index = index
        self._rows = rows
        self._tables = tables

    def positions(self, index: pd.Index) -> np.ndarray:
        """Return the positions of the events labelled ``index`` (labels of the encoded frame).

        Raises
        ------
        ValueError
            When a label is not in the encoded frame (the view is not a subset of it).
        """
        positions = self.index.get_indexer(index)
        if (positions < 0).any():
            raise ValueError("the frame holds events that were not encoded")
        return positions

    def literal(self, index: pd.Index | None = None) -> str:
        """Return the payload of the events labelled ``index`` (default all) as a JS literal.

        The rows are written by one :func:`strikemap.safetext.script_data` call
        (a JSON array of arrays, inert), joined with the tables by commas and brackets.
        """
        rows = self._rows
        if index is not None:
            rows = [rows[p] for p in self.positions(index).tolist()]
        drawn = js_literal([row for row in rows if row is not None])
        fields = js_literal(list(EVENT_FIELDS))
        return f"[{PAYLOAD_VERSION},0,{self._tables},{drawn},{fields}]"

    def payload(self, index: pd.Index | None = None) -> list:
        """Return the payload of the events labelled ``index`` (default all) as a list."""
        return json.loads(self.literal(index))


_safe_url = functools.lru_cache(maxsize=65_536)(safe_url)


def _safe_link(url: object) -> str | None:
    """:func:`strikemap.safetext.safe_url`, remembered (a view's articles recur in the next)."""
    return _safe_url(url) if isinstance(url, str) else None


class _Tables:
    """The payload's shared tables while a frame is encoded, with what was looked up already.

    Every value is added to the string table the first time it occurs, in the
    order the rows are encoded, exactly as without the caches: they only skip
    the work for a value seen before (a place, a source, a confidence).
    """

    def __init__(self, regions: RegionIndex) -> None:
        self.regions = regions
        self.strings = StringTable()
        self.sources: list[list] = []
        self.region_rows: list[list] = []
        self._texts: dict[object, int] = {}
        self._source_keys: dict[tuple, int] = {}
        self._source_values: dict[tuple, int] = {}
        self._regions: dict[int, int] = {}
        self._region_keys: dict[tuple, int] = {}
        # Few distinct weapon lists occur; their category and label are worked out once.
        self._weapons: dict[tuple, tuple[int, int, int]] = {}
        self._confidences: dict[float, int] = {}

    def text(self, value: object) -> int:
        """Return the string table position of ``value`` (:meth:`StringTable.add`)."""
        found = self._texts.get(value)
        if found is None:
            found = self._texts[value] = self.strings.add(value)
        return found

    def confidence(self, value: float) -> int:
        found = self._confidences.get(value)
        if found is None:
            found = self._confidences[value] = self.strings.add(confidence_label(value))
        return found

    def outline(
        self, level: str | None, iso_region: str | None, place: str | None, parent: str | None
    ) -> int:
        """Return the position of an event's outline in the region table, or -1.

        A region-level event is drawn as its region; a village placed at its
        hromada's centre (its parent is the hromada) as the hromada's circle,
        where it lies.
        """
        if level == "region":
            return self._outline(
                ("region", iso_region, place), self.regions.find, iso_region, place
            )
        if level == "city" and self.regions.by_unit:
            return self._outline(
                ("unit", iso_region, parent), self.regions.unit_circle, iso_region, parent
            )
        return -1

    def _outline(self, key: tuple, find, iso_region: str | None, name: str | None) -> int:
        position = self._region_keys.get(key)
        if position is None:
            found = find(iso_region, name)
            position = -1
            if found is not None:
                if found not in self._regions:
                    self._regions[found] = len(self.region_rows)
                    self.region_rows.append(
                        [self.text(self.regions.names[found]), self.regions.geometries[found]]
                    )
                position = self._regions[found]
            self._region_keys[key] = position
        return position

    def weapons(self, weapons: Sequence[str] | None) -> tuple[int, int, int]:
        """Return the string positions of the marker category, the label and the categories."""
        key = tuple(weapons) if weapons is not None else ()
        refs = self._weapons.get(key)
        if refs is None:
            refs = self._weapons[key] = (
                self.strings.add(category_of(key)),
                self.strings.add(_weapon_text(key)),
                self.strings.add(",".join(categories_of(key))),
            )
        return refs

    def source(self, source: dict) -> int:
        """Return the position of a source in the source table (added when new)."""
        publisher = source.get("publisher")
        title = source.get("title")
        url = source.get("url")
        published = source.get("published")
        values = (publisher, title, url, published)
        try:
            return self._source_values[values]
        except (KeyError, TypeError):  # TypeError: an unhashable value, looked up by its key
            pass
        key = (
            publisher,
            None if publisher else _clip(str(title or ""), SOURCE_TITLE_CHARS),
            url,
            _published(published),
        )
        if key not in self._source_keys:
            self._source_keys[key] = len(self.sources)
            # Only URLs safe_url accepts become links; others are shown as text.
            link = _safe_link(url)
            add = self.strings.add
            self.sources.append(
                [add(part) for part in key[:2]]
                + [add(link if link else url), add(key[3]), int(bool(link))]
            )
        position = self._source_keys[key]
        with contextlib.suppress(TypeError):
            self._source_values[values] = position
        return position

    def literal(self) -> str:
        return ",".join(
            js_literal(t) for t in (self.strings.strings, self.sources, self.region_rows)
        )


def encode_strikes(
    frame: pd.DataFrame,
    *,
    regions: RegionIndex | None = None,
    evidence_chars: int = EVIDENCE_CHARS,
) -> StrikeEncoding:
    """Encode every event of ``frame`` for the strike layer (see :class:`StrikeEncoding`).

    Parameters
    ----------
    frame
        Events frame from :func:`strikemap.frames.events_to_frame`; its index
        labels must be unique (a view keeps the labels of the frame it came from).
    regions
        Oblast outlines for region-level events (default: the gazetteer's);
        events whose region is unknown fall back to a marker at their coordinates.
    evidence_chars
        Length cap of the evidence sentence carried for the popup.
    """
    if not frame.index.is_unique:
        raise ValueError("the events frame needs unique index labels")
    tables = _Tables(default_regions() if regions is None else regions)
    rows: list[StrikeRow | None] = []
    columns = _row_columns(frame)
    for (
        lat,
        lon,
        has_point,
        level,
        iso_region,
        place,
        parent,
        weapons,
        models,
        killed_n,
        injured_n,
        size,
        flags,
        confidence_value,
        evidence,
        event_sources,
        disputed,
        day,
        event_id,
    ) in columns:
        region = tables.outline(level, iso_region, place, parent)
        if region < 0 and not has_point:
            rows.append(None)
            continue
        weapon_refs = tables.weapons(weapons)
        source_refs = [tables.source(source) for source in event_sources or ()]
        rows.append(
            StrikeRow(
                lat=lat if has_point else None,
                lon=lon if has_point else None,
                category=weapon_refs[0],
                size=size,
                day=day,
                place=tables.text(place),
                parent=tables.text(parent),
                weapons=weapon_refs[1],
                models=tables.text(", ".join(models) if models is not None else ""),
                killed=killed_n,
                injured=injured_n,
                flags=flags,
                confidence=tables.confidence(confidence_value),
                evidence=_clip(str(evidence[0]["sentence"]), evidence_chars) if evidence else "",
                sources=source_refs,
                region=region,
                evidence_count=len(evidence) if evidence else 0,
                disputed=tables.text(", ".join(disputed) if disputed else ""),
                event_id=str(event_id),
                categories=weapon_refs[2],
                evidence_source=_evidence_source(evidence or (), event_sources or ()),
            )
        )
    return StrikeEncoding(frame.index, rows, tables.literal())


def _row_columns(frame: pd.DataFrame):
    """Yield each event's values for its row, worked out column by column where possible."""
    lats = frame["lat"].to_numpy(dtype=float, na_value=np.nan)
    lons = frame["lon"].to_numpy(dtype=float, na_value=np.nan)
    located = ~(np.isnan(lats) | np.isnan(lons))
    killed = frame["killed"].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    injured = frame["injured"].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    casualties = np.where(np.isnan(killed), 0, killed) + np.where(np.isnan(injured), 0, injured)
    sizes = np.searchsorted(np.asarray(SIZE_BREAKS), casualties, side="right")
    sizes[np.isnan(killed) & np.isnan(injured)] = 0
    precision = frame["date_precision"].map(_PRECISION_FLAGS).fillna(0).to_numpy(dtype=int)
    flags = (
        np.where(frame["killed_at_least"].to_numpy(dtype=bool), 1, 0)
        | np.where(frame["injured_at_least"].to_numpy(dtype=bool), 2, 0)
        | precision
    )
    return zip(
        np.round(lats, 4).tolist(),
        np.round(lons, 4).tolist(),
        located.tolist(),
        frame["level"].tolist(),
        frame["iso_region"].tolist(),
        frame["place"].tolist(),
        frame["parent"].tolist(),
        frame["weapons"].tolist(),
        frame["models"].tolist(),
        [None if math.isnan(v) else int(v) for v in killed.tolist()],
        [None if math.isnan(v) else int(v) for v in injured.tolist()],
        sizes.tolist(),
        flags.tolist(),
        frame["confidence"].to_numpy(dtype=float, na_value=np.nan).tolist(),
        frame["evidence"].tolist(),
        frame["sources"].tolist(),
        frame["disputed"].tolist(),
        day_numbers(frame["date"]),
        frame["event_id"].tolist(),
        strict=True,
    )


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
        Oblast outlines for region-level events (default: the gazetteer's).
    evidence_chars
        Length cap of the evidence sentence carried for the popup.

    Returns
    -------
    list
        ``[version, 0, strings, sources, regions, events, field names]``.
        Events without coordinates or a region outline are left out. An event
        row holds the fields of :class:`StrikeRow`, named by the last element.
    """
    return encode_strikes(frame, regions=regions, evidence_chars=evidence_chars).payload()


def build_strike_layer(
    frame: pd.DataFrame,
    *,
    regions: RegionIndex | None = None,
    cluster: bool | None = None,
    cluster_until_zoom: int = CLUSTER_UNTIL_ZOOM,
    evidence_chars: int = EVIDENCE_CHARS,
    name: str = "Strikes",
    compress: bool | None = None,
    encoding: StrikeEncoding | None = None,
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
        Cluster markers (Leaflet.markercluster) below ``cluster_until_zoom``;
        default: when ``frame`` holds more than :data:`CLUSTER_ABOVE` events.
    cluster_until_zoom
        Zoom level from which every marker is shown on its own.
    evidence_chars
        Length cap of the evidence sentence in popups.
    name
        Layer name shown in the layer control.
    compress
        Deflate the payload (default: when large; see
        :func:`strikemap.mapping.payload.packed_text`).
    encoding
        The events encoded beforehand (:func:`encode_strikes` of a frame that
        ``frame`` is a subset of, e.g. all stored events), so that only the rows
        of ``frame`` are picked out; ``regions`` and ``evidence_chars`` are then
        those of the encoding.

    Returns
    -------
    folium.FeatureGroup
        Marker icons are ``div.leaflet-marker-icon.sm-icon.sm-<category>``; region
        outlines are ``path.leaflet-interactive.sm-region``.
    """
    if encoding is None:
        encoding = encode_strikes(frame, regions=regions, evidence_chars=evidence_chars)
    if cluster is None:
        cluster = len(frame) > CLUSTER_ABOVE
    group = folium.FeatureGroup(name=name)
    group.add_child(
        LayerCall(
            "strikes",
            packed_text(encoding.literal(frame.index), compress=compress),
            js_literal([cluster, cluster_until_zoom]),
        )
    )
    return group
