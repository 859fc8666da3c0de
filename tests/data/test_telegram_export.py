"""Telegram Desktop exports (result.json) ingested as articles: one per message with text."""

from __future__ import annotations

import json
from datetime import date

import pytest
from strikemap.articles import ArticleError, ReadError, parse_article_bytes, read_articles
from strikemap.cli import main
from strikemap.store import EventStore
from strikemap.telegram_export import flatten_text, latest_versions, signature_username
from telegram_fixture import ARTICLES_IN_EXPORT, CHANNEL, USERNAME, export


def write(tmp_path, payload, name="result.json"):
    path = tmp_path / name
    path.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    return path


def articles_of(path):
    return [r for r in read_articles([path]) if not isinstance(r, ReadError)]


def test_fifty_message_export_ingests_38_articles_then_none(tmp_path, capsys):
    path = write(tmp_path, export())
    db = tmp_path / "s.sqlite"
    assert main(["ingest", str(path), "--db", str(db)]) == 0
    assert "38 stored, 0 skipped (already stored), 0 rejected" in capsys.readouterr().err
    assert main(["ingest", str(path), "--db", str(db)]) == 0
    assert "0 stored, 38 skipped (already stored), 0 rejected" in capsys.readouterr().err
    with EventStore(str(db)) as store:
        assert store.count_articles() == ARTICLES_IN_EXPORT == 38


def test_message_fields(tmp_path):
    found = articles_of(write(tmp_path, export()))
    first = next(a for a in found if a.text.startswith("Over the night, 24 Shaheds"))
    assert first.source == CHANNEL
    assert first.published_from == "metadata"
    message_id = int(first.id.rsplit("-", 1)[1])
    assert first.url == f"https://t.me/{USERNAME}/{message_id}"
    assert first.id == f"tg-1500000001-{message_id}"
    assert first.title == "Over the night, 24 Shaheds were launched at Odesa region."
    # Entities are flattened to their visible text: bold, hashtag, the link's words.
    assert first.text.endswith("no one was hurt.\n\n#south | Subscribe")
    assert "href" not in first.text and "https://" not in first.text


def test_publication_date_is_the_message_date(tmp_path):
    payload = {
        "name": "Test",
        "type": "public_channel",
        "id": 7,
        "messages": [
            {"id": 3, "type": "message", "date": "2024-02-29T23:50:00", "text": "Drones hit Sumy."}
        ],
    }
    (article,) = articles_of(write(tmp_path, payload))
    assert article.published == date(2024, 2, 29)
    assert article.url == "https://t.me/c/7/3"  # no username known: the t.me/c/ form


def test_forwarded_posts_name_their_origin(tmp_path):
    found = articles_of(write(tmp_path, export()))
    forwarded = [a for a in found if a.title.startswith("Forwarded from ")]
    assert len(forwarded) == 6
    assert {a.title.split(":", 1)[0] for a in forwarded} == {
        "Forwarded from Air Force of Ukraine (test)",
        "Forwarded from Mykolaiv Test Administration",
    }


def test_edited_message_keeps_latest_text_and_reexport_updates_it(tmp_path, capsys):
    payload = export()
    db = tmp_path / "s.sqlite"
    main(["ingest", str(write(tmp_path, payload)), "--db", str(db)])
    (edited,) = [m for m in payload["messages"] if m.get("text") == "All clear in Odesa region."]
    edited["text"] = "All clear in Odesa region. Power returned to Izmail."
    edited["edited"] = "2024-03-09T10:00:00"
    assert main(["ingest", str(write(tmp_path, payload, "result2.json")), "--db", str(db)]) == 0
    err = capsys.readouterr().err
    assert "1 stored, 37 skipped (already stored), 0 rejected; 1 stored as new versions" in err
    with EventStore(str(db)) as store:
        assert store.count_articles() == 38
        texts = {a.text for a in store.articles()}
    assert "All clear in Odesa region. Power returned to Izmail." in texts
    assert "All clear in Odesa region." not in texts


def test_latest_edit_wins_within_one_file():
    messages = [
        {"id": 5, "type": "message", "date": "2024-03-01T06:00:00", "text": "first"},
        {"id": 6, "type": "message", "date": "2024-03-01T07:00:00", "text": "other"},
        {
            "id": 5,
            "type": "message",
            "date": "2024-03-01T06:00:00",
            "text": "second",
            "edited": "2024-03-01T06:30:00",
        },
    ]
    assert [m["text"] for m in latest_versions(messages)] == ["second", "other"]


def test_entities_flatten_to_plain_text():
    assert (
        flatten_text(
            [
                "Air raid ",
                {"type": "bold", "text": "alert"},
                " in ",
                {"type": "hashtag", "text": "#Kharkiv"},
                {"type": "text_link", "text": "!", "href": "x"},
            ]
        )
        == "Air raid alert in #Kharkiv!"
    )
    with pytest.raises(ValueError, match="not text or text entities"):
        flatten_text({"type": "bold"})


def test_channel_username_from_sign_off_links():
    own = [{"type": "message", "text": f"Post {n}\n\nt.me/{USERNAME}"} for n in range(3)] + [
        {"type": "message", "text": "Quoting t.me/other_channel/5"}
    ]
    assert signature_username(own) == USERNAME
    assert (
        signature_username(
            [{"type": "message", "text": "see t.me/other_channel/5"}] * 1
            + [{"type": "message", "text": "plain"}] * 3
        )
        is None
    )


def test_unknown_message_type_is_named_and_others_kept(tmp_path):
    payload = export()
    payload["messages"][10]["type"] = "poll_result"
    bad_id = payload["messages"][10]["id"]
    path = write(tmp_path, payload)
    results = list(read_articles([path]))
    errors = [r for r in results if isinstance(r, ReadError)]
    assert [str(e) for e in errors] == [
        f"{path}: message {bad_id}: unknown message type 'poll_result' "
        "(expected 'message' or 'service')"
    ]
    # Message 11 is a post (about Izmail): 37 articles remain.
    assert len(results) - len(errors) == 37
    with pytest.raises(ArticleError, match=f"message {bad_id}: unknown message type"):
        parse_article_bytes("result.json", path.read_bytes())


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (
            {"name": "x", "messages": "none"},
            "not a Telegram Desktop export: 'messages' is not a list",
        ),
        ({"chats": {"about": "x"}}, "not a Telegram Desktop export: 'chats' has no 'list'"),
        (
            {"about": "an unrelated JSON file"},
            "neither an article record nor a Telegram Desktop export",
        ),
    ],
)
def test_result_json_that_is_not_an_export(tmp_path, capsys, payload, reason):
    db = tmp_path / "s.sqlite"
    good = tmp_path / "good.txt"
    good.write_text("Drones struck Sumy overnight, injuring two people.", encoding="utf-8")
    main(["ingest", str(good), "--db", str(db)])
    path = write(tmp_path, payload)
    assert main(["ingest", str(path), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert f"rejected {path}: " in err and reason in err
    with EventStore(str(db)) as store:
        assert store.count_articles() == 1


def test_whole_account_export_reads_every_chat(tmp_path):
    chat = export()
    other = {
        "name": "Other",
        "type": "private_channel",
        "id": 99,
        "messages": [
            {
                "id": 1,
                "type": "message",
                "date": "2024-03-02T10:00:00",
                "text": "A drone hit Kharkiv.",
            }
        ],
    }
    found = articles_of(write(tmp_path, {"chats": {"about": "", "list": [chat, other]}}))
    assert len(found) == 39
    assert found[-1].url == "https://t.me/c/99/1"
