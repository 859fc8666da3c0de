"""Inspect generated HTML the way a browser would: elements, attributes and text."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Markup:
    """Tags, attributes and text content of an HTML document."""

    tags: list[str] = field(default_factory=list)
    attributes: list[tuple[str, str, str | None]] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    scripts: list[str] = field(default_factory=list)

    @property
    def joined_text(self) -> str:
        return "\n".join(self.text)

    def event_handlers(self) -> list[tuple[str, str, str | None]]:
        return [a for a in self.attributes if a[1].startswith("on")]

    def hrefs(self) -> list[str]:
        return [value or "" for tag, name, value in self.attributes if name in ("href", "src")]


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.markup = Markup()
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.markup.tags.append(tag)
        self.markup.attributes.extend((tag, name, value) for name, value in attrs)
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.markup.scripts.append(data)
        else:
            self.markup.text.append(data)


def parse(html: str) -> Markup:
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return collector.markup


def title_of(html: str) -> str:
    """Return the text of the page's ``<h1>`` heading, as a browser shows it."""
    collector = _Collector()
    collector.feed(html[html.index("<h1") : html.index("</h1>") + 5])
    return "".join(collector.markup.text)
