"""Fixture web pages and feeds for the web intake tests, written for these tests.

The reports are invented: places are real so the extractor can find them, the
events, officials and figures are not.
"""

from __future__ import annotations

from html import escape

SITE = "Test Wire"

#: slug -> (title, published, paragraphs)
REPORTS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "sumy-drones": (
        "Drones hit an energy site in Sumy",
        "2024-03-05",
        (
            "Russian drones struck an energy facility in Sumy overnight, the regional "
            "administration said on Tuesday morning. Two workers were injured.",
            "Firefighters worked through the night to put out the blaze, and power was "
            "restored to most homes by noon, the administration added.",
        ),
    ),
    "odesa-port": (
        "Missile strike on the port of Odesa",
        "2024-03-06",
        (
            "A Russian ballistic missile hit port infrastructure in Odesa on Wednesday, "
            "killing one person and injuring four, the regional governor said.",
            "A warehouse and two trucks were destroyed. Rescuers searched the site until the "
            "evening for anyone trapped under the rubble.",
        ),
    ),
    "kharkiv-bombs": (
        "Glide bombs fall on Kharkiv suburbs",
        "2024-03-07",
        (
            "Russian aircraft dropped two glide bombs on the outskirts of Kharkiv on "
            "Thursday afternoon, damaging a school and several houses, the mayor said.",
            "No one was hurt because the pupils had been sent home after the air raid alert "
            "sounded, according to the city council.",
        ),
    ),
    "zaporizhzhia-shelling": (
        "Shelling in Zaporizhzhia region",
        "2024-03-08",
        (
            "Russian artillery shelled the town of Orikhiv in Zaporizhzhia region on Friday, "
            "wounding an elderly man, the regional military administration reported.",
            "Over the day the army struck eight settlements of the region with artillery "
            "and drones, the administration said in its evening summary.",
        ),
    ),
    "kherson-drone": (
        "Drone attack on a bus in Kherson",
        "2024-03-09",
        (
            "A Russian drone dropped explosives on a city bus in Kherson on Saturday "
            "morning, injuring the driver and three passengers, the city administration said.",
            "The bus was travelling through the Dniprovskyi district when it was hit. The "
            "injured were taken to hospital in a stable condition.",
        ),
    ),
    "dnipro-missiles": (
        "Missiles strike Dnipro overnight",
        "2024-03-10",
        (
            "Russian missiles hit an industrial enterprise in Dnipro overnight on Sunday, "
            "the regional governor said, adding that five people were injured.",
            "Air defence forces shot down several of the missiles over the region, the air "
            "force said in its morning update.",
        ),
    ),
}


def article_html(
    slug: str,
    *,
    canonical: str | None = None,
    extra: str = "",
    paragraphs: tuple[str, ...] | None = None,
) -> str:
    """A news page with navigation, an article element and the report's metadata."""
    title, published, body = REPORTS[slug]
    paras = "".join(f"<p>{escape(p)}</p>" for p in (paragraphs or body))
    link = f'<link rel="canonical" href="{escape(canonical)}">' if canonical else ""
    return (
        "<!doctype html><html><head>"
        f"<title>{escape(title)} | {SITE}</title>{link}"
        f'<meta property="og:site_name" content="{SITE}">'
        f'<meta property="article:published_time" content="{published}T08:00:00Z">'
        "</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>{escape(title)}</h1>{paras}{extra}</article>"
        "<footer>© Test Wire</footer></body></html>"
    )


def rss(title: str, items: list[dict[str, str]]) -> str:
    """An RSS 2.0 document; each item dict may hold title, link, guid, description, pubDate."""
    parts = []
    for item in items:
        fields = "".join(
            f"<{name}>{escape(value)}</{name}>" for name, value in item.items() if value is not None
        )
        parts.append(f"<item>{fields}</item>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>http://example.invalid/</link>"
        f"<description>Test feed</description>{''.join(parts)}</channel></rss>"
    )


def atom(title: str, entries: list[dict[str, str]]) -> str:
    """An Atom document; each entry dict holds id, title, link, updated, summary."""
    parts = []
    for entry in entries:
        parts.append(
            f"<entry><id>{escape(entry['id'])}</id><title>{escape(entry['title'])}</title>"
            f'<link href="{escape(entry["link"])}"/><updated>{entry["updated"]}</updated>'
            f"<summary>{escape(entry.get('summary', ''))}</summary></entry>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{escape(title)}</title><id>urn:test:{escape(title)}</id>"
        f"<updated>2024-03-10T09:00:00Z</updated>{''.join(parts)}</feed>"
    )
