"""Telegram Desktop chat exports (``result.json``) read as articles, one per message.

Telegram Desktop's "Export chat history" (JSON) writes one object per chat:
``{"name", "type", "id", "messages": [...]}``; a whole-account export nests
them under ``{"chats": {"list": [...]}}``. Both are read.

Decisions
---------
- Each message with text is an article: the channel name is the source, the
  message date the publication date, the message link the URL, and its id
  ``tg-<chat id>-<message id>`` is stable, so ingesting the export again adds
  nothing, and a re-export with an edited message stores its new text as the
  new version of the same article.
- Text entities (bold, links, hashtags, mentions...) are flattened to their
  visible text. Link targets are dropped: they are not part of the report.
- A forwarded post names its origin in the title (``Forwarded from X: ...``).
- Service messages (pins, joins, title changes) and messages with no text
  (a photo without a caption) are skipped silently; a message of any other
  type is an error naming the file, the message and the type.
- An export names no channel username, so the public ``t.me/<channel>/<id>``
  link needs it from the export's ``username`` field (add it by hand) or from
  the channel's own sign-off link (``t.me/<channel>``) found in most of its
  posts; otherwise channels and supergroups get the ``t.me/c/<id>/<message>``
  form, which opens the message for anyone who can see the chat.
- When one export lists a message id twice, the latest edit wins.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from strikemap.models import Article

MESSAGE = "message"
SERVICE = "service"
#: Chat types whose messages have t.me links.
LINKED_TYPES = frozenset(
    {"public_channel", "private_channel", "public_supergroup", "private_supergroup"}
)
#: Longest title taken from a post's first line, in characters.
MAX_TITLE_CHARS = 120
_SELF_LINK = re.compile(r"(?:https?://)?t\.me/(?!c/|joinchat|\+)([A-Za-z][A-Za-z0-9_]{3,31})\b")


class NotAnExport(Exception):
    """A JSON document that is not a Telegram Desktop export; ``str()`` says why."""


@dataclass(frozen=True, slots=True)
class MessageProblem:
    """A message that cannot be read: where (file and message) and why."""

    where: str
    reason: str


def is_telegram_export(payload: Any) -> bool:
    """Whether decoded JSON looks like a Telegram Desktop export (one chat or a whole account)."""
    return isinstance(payload, dict) and ("messages" in payload or "chats" in payload)


def flatten_text(value: Any) -> str:
    """A message's ``text``: a string, or a list of strings and ``{"type", "text"}`` entities.

    Raises
    ------
    ValueError
        When ``value`` is neither.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        raise ValueError(f"'text' is a {type(value).__name__}, not text or text entities")
    parts = []
    for part in value:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict) and isinstance(part.get("text", ""), str):
            parts.append(part.get("text", ""))
        else:
            raise ValueError(f"text entity {part!r:.60} is neither text nor an entity object")
    return "".join(parts)


def latest_versions(messages: list[Any]) -> list[Any]:
    """One message per id, the latest edit winning; first-seen order kept."""
    chosen: dict[Any, Any] = {}
    order: list[Any] = []
    for message in messages:
        key = message.get("id") if isinstance(message, dict) else None
        if key is None:
            order.append(message)
            continue
        if key not in chosen:
            order.append(key)
            chosen[key] = message
        elif _edited(message) >= _edited(chosen[key]):
            chosen[key] = message
    return [chosen[k] if not isinstance(k, dict) and k in chosen else k for k in order]


def _edited(message: dict) -> str:
    return str(message.get("edited") or message.get("date") or "")


def signature_username(messages: list[Any]) -> str | None:
    """The channel's own username, from the ``t.me/<name>`` sign-off most of its posts carry.

    Counted over the channel's own (not forwarded) text posts; the name must
    appear in at least half of them.
    """
    counts: Counter[str] = Counter()
    own = 0
    for message in messages:
        if not isinstance(message, dict) or message.get("type") != MESSAGE:
            continue
        if message.get("forwarded_from"):
            continue
        try:
            text = flatten_text(message.get("text"))
        except ValueError:
            continue
        hrefs = " ".join(
            str(p.get("href", "")) for p in message.get("text") or [] if isinstance(p, dict)
        )
        names = {m.lower() for m in _SELF_LINK.findall(f"{text} {hrefs}")}
        if text.strip():
            own += 1
            counts.update(names)
    if not counts or own == 0:
        return None
    name, count = counts.most_common(1)[0]
    return name if count * 2 >= own else None


def message_link(chat: dict, username: str | None, message_id: Any) -> str | None:
    """``https://t.me/<username>/<id>``, else ``https://t.me/c/<chat id>/<id>``, else ``None``."""
    if username:
        return f"https://t.me/{username}/{message_id}"
    chat_id = chat.get("id")
    if chat.get("type") in LINKED_TYPES and isinstance(chat_id, int):
        return f"https://t.me/c/{abs(chat_id)}/{message_id}"
    return None


def _title(text: str, forwarded: str | None) -> str:
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if len(first) > MAX_TITLE_CHARS:
        sentence_end = first.find(". ", 0, MAX_TITLE_CHARS)
        if sentence_end > 0:
            first = first[: sentence_end + 1]
        else:
            first = first[: MAX_TITLE_CHARS - 1].rstrip() + "…"
    return f"Forwarded from {forwarded}: {first}" if forwarded else first


def _message_date(value: Any) -> date:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise ValueError(f"'date' {value!r:.40} is not a date") from exc


def _chats(path: str, payload: dict) -> list[dict]:
    """The chats an export holds; raises :class:`NotAnExport` when it is no export."""
    if "messages" in payload:
        if not isinstance(payload["messages"], list):
            raise NotAnExport("not a Telegram Desktop export: 'messages' is not a list")
        return [payload]
    chats = payload.get("chats")
    listed = chats.get("list") if isinstance(chats, dict) else None
    if not isinstance(listed, list):
        raise NotAnExport("not a Telegram Desktop export: 'chats' has no 'list' of chats")
    return [c for c in listed if isinstance(c, dict) and isinstance(c.get("messages"), list)]


def _message_article(path: str, chat: dict, username: str | None, message: dict) -> Article | None:
    """One message's article; ``None`` for a message without text. Raises ValueError."""
    text = flatten_text(message.get("text")).strip()
    if not text:
        return None
    message_id = message.get("id")
    forwarded = message.get("forwarded_from") or message.get("saved_from")
    chat_key = abs(chat["id"]) if isinstance(chat.get("id"), int) else chat.get("name")
    return Article(
        id=f"tg-{chat_key}-{message_id}",
        text=text,
        title=_title(text, str(forwarded) if forwarded else None),
        published=_message_date(message.get("date")),
        source=str(chat.get("name") or "Telegram"),
        url=message_link(chat, username, message_id),
        path=f"{path} message {message_id}",
        published_from="metadata",
    )


def _chat_articles(path: str, chat: dict) -> Iterator[Article | MessageProblem]:
    username = chat.get("username") or None
    if username is None and chat.get("type") == "public_channel":
        username = signature_username(chat["messages"])
    for message in latest_versions(chat["messages"]):
        if not isinstance(message, dict) or "id" not in message:
            yield MessageProblem(
                path, f"a message that is not an object with an id: {message!r:.60}"
            )
            continue
        where = f"{path}: message {message['id']}"
        kind = message.get("type")
        if kind == SERVICE:
            continue
        if kind != MESSAGE:
            yield MessageProblem(
                where, f"unknown message type {kind!r} (expected 'message' or 'service')"
            )
            continue
        try:
            article = _message_article(path, chat, username, message)
        except ValueError as exc:
            yield MessageProblem(where, str(exc))
            continue
        if article is not None:
            yield article


def iter_export(path: str, payload: dict) -> Iterator[Article | MessageProblem]:
    """Yield an article (or a :class:`MessageProblem`) per message of a decoded export.

    Raises
    ------
    NotAnExport
        When ``payload`` is not a Telegram Desktop export.
    """
    for chat in _chats(path, payload):
        yield from _chat_articles(path, chat)
