"""Map size and build time for 10,000 and 100,000 synthetic events.

Prints the bytes per event of what ``st_folium`` sends to the browser for the base
map plus the strike layer (the budget is 250 bytes per event at 10,000 events),
the same for the optional layers, and the time to build and render them.

The synthetic events look like real merged reports: a few hundred places, about
two events per article, one to three sources each with its own URL, and a unique
evidence sentence per event.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date, timedelta

import folium
from streamlit_folium import (
    _get_feature_group_string,
    _get_header,
    _get_html,
    _get_map_string,
)
from strikemap.frames import events_to_frame
from strikemap.mapping import (
    build_base_map,
    build_choropleth_layer,
    build_heatmap_layer,
    build_strike_layer,
    build_timeline_layer,
)
from strikemap.models import WEAPON_CATEGORIES, Event, Evidence, Source

PUBLISHERS = ("Ukrinform", "Kyiv Independent", "Reuters", "Suspilne", "RBC-Ukraine", "TASS")
VERBS = ("struck", "hit", "attacked", "targeted", "shelled")
WHAT = (
    "an apartment block",
    "energy infrastructure",
    "a grain warehouse",
    "a school",
    "private houses",
    "a railway station",
)


def synthetic_events(count: int, seed: int = 7) -> list[Event]:
    """Return ``count`` plausible merged events (deterministic for a seed)."""
    rng = random.Random(seed)
    places = [
        (f"Place {i}", f"Oblast {i % 24}", 45.5 + rng.random() * 7, 22.5 + rng.random() * 17)
        for i in range(600)
    ]
    start = date(2023, 1, 1)
    events = []
    for number in range(count):
        name, oblast, lat, lon = rng.choice(places)
        day = start + timedelta(days=rng.randrange(700))
        article = f"art{number // 2:06d}"
        weapons = rng.sample(WEAPON_CATEGORIES, k=rng.choice((1, 1, 2)))
        killed = rng.choice((None, 0, 1, 2, 5, 12))
        injured = rng.choice((None, 0, 3, 8, 25))
        sentence = (
            f"Russian forces {rng.choice(VERBS)} {rng.choice(WHAT)} in {name} on "
            f"{day:%B %d}, killing {killed or 0} people and injuring {injured or 0}, "
            f"the head of the {oblast} military administration said (report {number})."
        )
        sources = [
            Source(
                article_id=f"{article}-{k}",
                title=f"Strike on {name}",
                publisher=rng.choice(PUBLISHERS),
                url=f"https://www.{rng.choice(PUBLISHERS).lower().replace(' ', '')}.example/"
                f"news/{day:%Y/%m/%d}/strike-{name.lower().replace(' ', '-')}-{number}-{k}",
                published=day,
            )
            for k in range(rng.choice((1, 1, 2, 3)))
        ]
        events.append(
            Event(
                event_id=f"ev{number}",
                article_ids=[s.article_id for s in sources],
                place=name,
                level="city",
                country="UA",
                lat=lat + rng.random() * 0.01,
                lon=lon + rng.random() * 0.01,
                date=day,
                parent=oblast,
                weapons=weapons,
                models=["Shahed-136"] if "drone" in weapons else [],
                killed=killed,
                injured=injured,
                confidence=round(rng.random(), 2),
                evidence=[Evidence(sources[0].article_id, sentence)],
                sources=sources,
            )
        )
    return events


def st_folium_bytes(fmap: folium.Map, groups: list[folium.FeatureGroup]) -> tuple[int, int]:
    """Return (base map bytes, feature group bytes) as st_folium would send them."""
    fmap.get_root().render()
    base = len(_get_html(fmap)) + len(_get_header(fmap)) + len(_get_map_string(fmap))
    extra = sum(
        len(_get_feature_group_string(group, fmap, idx)) for idx, group in enumerate(groups)
    )
    return base, extra


def measure(count: int) -> None:
    frame = events_to_frame(synthetic_events(count))
    # The outlines are loaded and encoded once per process; time a rerun, not that.
    build_base_map()
    started = time.perf_counter()
    fmap = build_base_map()
    strikes = build_strike_layer(frame)
    built = time.perf_counter() - started
    base, layer = st_folium_bytes(fmap, [strikes])
    rendered = time.perf_counter() - started
    print(f"{count} events: base map {base / 1000:.1f} kB, strike layer {layer / 1000:.1f} kB")
    print(f"{count} events: base map + strike layer = {(base + layer) / count:.1f} bytes/event")
    print(f"{count} events: rerun build {built:.2f} s, build + render {rendered:.2f} s")
    _, plain = st_folium_bytes(build_base_map(), [build_strike_layer(frame, compress=False)])
    print(f"{count} events: strike layer uncompressed {plain / count:.1f} bytes/event")
    extras = {
        "heatmap": build_heatmap_layer(frame),
        "choropleth": build_choropleth_layer(frame),
        "timeline": build_timeline_layer(frame),
    }
    for name, group in extras.items():
        _, size = st_folium_bytes(build_base_map(), [group])
        print(f"{count} events: {name} layer {size / count:.1f} bytes/event")


def main() -> int:
    started = time.perf_counter()
    build_base_map()
    print(f"first base map in a process (outlines loaded): {time.perf_counter() - started:.2f} s")
    for count in (10_000, 100_000):
        measure(count)
    return 0


if __name__ == "__main__":
    sys.exit(main())
