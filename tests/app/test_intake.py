"""AppTest tests of article intake: upload and paste, preview, confirm, duplicates, bad files,
and hostile article text in the events table."""

from __future__ import annotations

from datetime import date

import pytest
from strikemap.models import Article, Event, Evidence
from strikemap.store import EventStore
from strikemap.ui.map_view import TABLE_KEY_PREFIX
from strikemap.ui.text import md_literal

from .conftest import run

ARTICLE = (
    b"---\ntitle: Drone strike on Chernihiv\npublished: 2024-02-10\nsource: Test Wire\n---\n"
    b"A Russian drone struck an apartment building in Chernihiv overnight, injuring 5 people, "
    b"the regional governor said on Saturday.\n"
)


def submit(at):
    """Press the paste form's submit button."""
    (button,) = [b for b in at.button if b.label == "Find events in the text"]
    button.click()
    return run(at)


def preview_table(at):
    """Return the preview of the events found (the table with an "article" column)."""
    return next(d.value for d in at.dataframe if "article" in d.value.columns)


def places(at) -> set[str]:
    (table,) = [d for d in at.dataframe if (d.key or "").startswith(TABLE_KEY_PREFIX)]
    return set(table.value["place"])


def upload(at, name: str, data: bytes):
    at.get("file_uploader")[0].set_value((name, data, "text/plain"))
    run(at)
    at.button(key="intake_read_files").click()
    return run(at)


def test_upload_previews_then_stores_once(app, store_path):
    at = upload(run(app()), "chernihiv.txt", ARTICLE)
    preview = preview_table(at)
    assert "Chernihiv" in set(preview["place"])
    # Nothing is stored before the confirmation.
    with EventStore(str(store_path)) as store:
        assert store.count_articles() == 5
    assert "Chernihiv" not in places(at)

    at.button(key="intake_save").click()
    run(at)
    assert "Chernihiv" in places(at)
    assert any("Stored 1 new article(s)" in s.value for s in at.success)
    with EventStore(str(store_path)) as store:
        assert store.count_articles() == 6

    # The same article again: previewed as already stored, nothing added.
    at = upload(at, "again.txt", ARTICLE)
    assert at.button(key="intake_save").disabled
    with EventStore(str(store_path)) as store:
        assert store.count_articles() == 6


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"  \n\n", "empty"),
        ("binary.txt", b"\x00\x01\x02binary\x00\xff", "binary"),
        ("broken.jsonl", b'{"id": \n', "line 1"),
    ],
)
def test_bad_upload_names_file_and_reason_and_stores_nothing(app, store_path, name, data, reason):
    at = upload(run(app()), name, data)
    messages = [e.value for e in at.error]
    assert any(name in m and reason in m.lower() for m in messages), messages
    assert "intake_save" not in [b.key for b in at.button]
    with EventStore(str(store_path)) as store:
        assert store.count_articles() == 5


def test_paste_text_with_date(app, store_path):
    at = run(app())
    at.text_area(key="intake_text").input(ARTICLE.decode().split("---\n", 2)[2])
    at.date_input(key="intake_date").set_value(date(2024, 2, 10))
    at.text_input(key="intake_source").input("Pasted Wire")
    submit(at)
    preview = preview_table(at)
    assert set(preview["date"]) == {"2024-02-10"}
    at.button(key="intake_save").click()
    run(at)
    assert "Chernihiv" in places(at)


def test_empty_paste_is_refused(app, store_path):
    at = run(app())
    at.text_area(key="intake_text").input("   ")
    submit(at)
    assert any("empty" in e.value.lower() for e in at.error)


HOSTILE = "{{ 7*7 }} ${alert(1)} </script><img src=x onerror=alert(1)> `tick`"


def test_hostile_article_text_is_shown_as_literal_data(app, store_path):
    article = Article(
        id="hostile",
        text=f"Evidence {HOSTILE}",
        title=HOSTILE,
        source=HOSTILE,
        url="javascript:alert(1)",
        published=date(2024, 1, 3),
    )
    event = Event(
        event_id="hostile",
        article_ids=["hostile"],
        place="Sumy",
        level="city",
        country="UA",
        lat=50.9,
        lon=34.8,
        date=date(2024, 1, 3),
        weapons=["drone"],
        evidence=[Evidence("hostile", f"Evidence {HOSTILE}")],
        sources=[article.as_source()],
    )
    with EventStore(str(store_path)) as store:
        store.add(article, [event])
    at = run(app(q="sumy"))
    (element,) = [d for d in at.dataframe if (d.key or "").startswith(TABLE_KEY_PREFIX)]
    table = element.value
    assert table["sources"].tolist() == [HOSTILE]
    assert not any("49" in m.value for m in at.markdown)
    # The filter list of sources offers the literal publisher name as an option, and the
    # filter summary shows it as literal text, not Markdown.
    assert HOSTILE in at.multiselect(key="source").options
    at.multiselect(key="source").set_value([HOSTILE])
    run(at)
    assert md_literal(HOSTILE) in at.caption[0].value
    assert "${" not in at.caption[0].value
