"""The feed list file: which feeds to watch, in TOML.

::

    # feeds.toml
    [[feed]]
    url = "https://news.example/rss"
    source = "Example News"      # optional: the source label stored with each article
    language = "uk"              # optional: ISO 639 code of the feed's articles

Every ``[[feed]]`` needs an http(s) ``url``; unknown keys are refused, so a typo
does not pass silently.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from strikemap.web.urls import is_http_url

_KEYS = frozenset({"url", "source", "language"})


class FeedListError(Exception):
    """A feed list that cannot be used; the message names the file and the entry."""


@dataclass(frozen=True)
class FeedSpec:
    """One feed to watch, with its optional source label and language."""

    url: str
    source: str | None = None
    language: str | None = None


def _optional(path: str, index: int, item: dict, key: str) -> str | None:
    value = item.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise FeedListError(f"{path}: feed {index}: {key!r} must be a non-empty string")
    return value.strip()


def _language(path: str, index: int, item: dict) -> str | None:
    value = _optional(path, index, item, "language")
    if value is not None and not (2 <= len(value) <= 3 and value.isascii() and value.isalpha()):
        raise FeedListError(
            f"{path}: feed {index}: language {value!r} is not an ISO 639 code such as 'uk'"
        )
    return value.lower() if value else None


def _spec(path: str, index: int, item: object) -> FeedSpec:
    if not isinstance(item, dict):
        raise FeedListError(f"{path}: feed {index} is not a table")
    unknown = sorted(set(item) - _KEYS)
    if unknown:
        raise FeedListError(f"{path}: feed {index}: unknown key(s) {', '.join(unknown)}")
    url = item.get("url")
    if not isinstance(url, str) or not is_http_url(url):
        raise FeedListError(f"{path}: feed {index}: 'url' must be an http(s) URL, got {url!r}")
    return FeedSpec(
        url.strip(), _optional(path, index, item, "source"), _language(path, index, item)
    )


def load_feed_list(path: str | Path) -> list[FeedSpec]:
    """Read a feed list file.

    Raises
    ------
    FeedListError
        Naming the file (and the feed) and the reason.
    """
    name = str(path)
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise FeedListError(f"{name}: {exc.strerror or exc}") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise FeedListError(f"{name}: not valid TOML ({exc})") from exc
    feeds = data.get("feed")
    if not isinstance(feeds, list) or not feeds:
        raise FeedListError(f"{name}: no [[feed]] entries")
    return [_spec(name, i, item) for i, item in enumerate(feeds, start=1)]


def feed_specs(arguments: list[str]) -> list[FeedSpec]:
    """Feeds from the command line: URLs, and ``.toml`` feed list files; duplicates dropped."""
    specs: list[FeedSpec] = []
    for argument in arguments:
        if is_http_url(argument):
            specs.append(FeedSpec(argument))
        elif argument.lower().endswith(".toml") or Path(argument).is_file():
            specs.extend(load_feed_list(argument))
        else:
            raise FeedListError(f"{argument}: neither an http(s) feed URL nor a .toml feed list")
    seen: set[str] = set()
    return [s for s in specs if not (s.url in seen or seen.add(s.url))]
