"""Reading articles: every input format, every error class, published-date inference."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from strikemap import articles
from strikemap.articles import (
    ArticleError,
    ReadError,
    article_from_text,
    infer_published,
    parse_article_bytes,
    read_articles,
)
from strikemap.models import Article, content_hash

BODY = "Russian missiles struck Kharkiv on Tuesday, killing two people and injuring five.\n"


def _one(name: str, data: bytes):
    result = parse_article_bytes(name, data)
    assert len(result) == 1
    return result[0]


# ----------------------------------------------------------------- formats


def test_txt_with_front_matter():
    data = (
        "---\ntitle: Strike on Kharkiv\npublished: '2024-01-02'\nsource: Example News\n"
        "url: https://example.org/a\n---\n" + BODY
    ).encode()
    article = _one("a.txt", data)
    assert article.title == "Strike on Kharkiv"
    assert article.published == date(2024, 1, 2)
    assert article.published_from == "metadata"
    assert article.source == "Example News"
    assert article.url == "https://example.org/a"
    assert article.text == BODY.strip()
    assert article.id == content_hash(BODY)
    assert article.language is None


def test_unquoted_yaml_date_is_read():
    article = _one("a.md", b"---\npublished: 2023-10-05\n---\n" + BODY.encode())
    assert article.published == date(2023, 10, 5)


def test_markdown_heading_is_the_title_without_front_matter():
    article = _one("a.md", b"# Kharkiv under fire\n\n" + BODY.encode())
    assert article.title == "Kharkiv under fire"


def test_plain_txt_without_metadata():
    article = _one("a.txt", BODY.encode())
    assert article.title is None
    assert article.published is None
    assert article.published_from == "unknown"


def test_html_main_text_and_metadata():
    paragraph = "<p>" + BODY * 4 + "</p>"
    html = (
        "<html><head><title>Kharkiv strike</title>"
        '<meta property="og:site_name" content="Example News">'
        '<meta property="article:published_time" content="2024-01-02T08:00:00Z">'
        '<link rel="canonical" href="https://example.org/kharkiv"></head>'
        "<body><nav>Home | World | Sport</nav><article><h1>Kharkiv strike</h1>"
        f"{paragraph}<p>Rescuers searched the rubble through the night.</p></article>"
        "</body></html>"
    )
    article = _one("page.html", html.encode())
    assert "struck Kharkiv" in article.text
    assert "Home | World" not in article.text
    assert article.title == "Kharkiv strike"
    assert article.published == date(2024, 1, 2)
    assert article.source == "Example News"
    assert article.url == "https://example.org/kharkiv"


def test_html_without_text_is_an_error():
    with pytest.raises(ArticleError, match="no article text"):
        parse_article_bytes("empty.htm", b"<html><body><script>x=1</script></body></html>")


def test_json_object_and_list():
    record = {"id": "x1", "title": "T", "text": BODY, "published": "2024-01-02", "extra": 1}
    one = _one("a.json", json.dumps(record).encode())
    assert one.id == "x1"
    assert one.published == date(2024, 1, 2)
    many = parse_article_bytes("b.json", json.dumps([record, {**record, "id": "x2"}]).encode())
    assert [a.id for a in many] == ["x1", "x2"]


def test_jsonl_keeps_text_as_is_and_ignores_extra_fields():
    text = " date 2024-01-02 Something happened.\n\nMore."
    lines = [
        {
            "id": "d1",
            "text": text,
            "published": None,
            "source": "S",
            "events": [],
            "language": "en",
        },
        {"id": "d2", "text": BODY, "published": "2022-10-10", "url": "https://e.org"},
    ]
    data = "\n".join(json.dumps(line) for line in lines).encode()
    first, second = parse_article_bytes("c.jsonl", data)
    assert first.text == text
    assert first.published == date(2024, 1, 2)
    assert first.published_from == "text"
    assert first.language == "en"
    assert second.language is None
    assert second.url == "https://e.org"


@pytest.mark.parametrize(
    ("stated", "expected"), [("uk", "uk"), (" PL ", "pl"), ("Ukrainian text", None), (7, None)]
)
def test_stated_language_is_kept_only_as_a_language_code(stated, expected):
    record = {"id": "x", "text": BODY, "language": stated}
    assert _one("a.json", json.dumps(record).encode()).language == expected


@pytest.mark.shared_corpus
def test_shared_corpus_dev_set_reads_as_is(shared_dir):
    corpus = shared_dir / "corpus" / "dev.jsonl"
    assert corpus.is_file(), f"{shared_dir} exists but has no corpus/dev.jsonl"
    results = list(read_articles([corpus]))
    assert results and all(not isinstance(r, ReadError) for r in results)
    assert len({r.id for r in results}) == len(results)


def test_pasted_text():
    article = article_from_text(BODY, title="T", published="2024-01-02", source="S")
    assert article.published == date(2024, 1, 2)
    assert article.path is None
    with pytest.raises(ArticleError, match="empty"):
        article_from_text("   \n ")


# --------------------------------------------------------------- encodings


def test_utf8_bom():
    article = _one("a.txt", b"\xef\xbb\xbf" + "Удар по Харкову.".encode())
    assert article.text == "Удар по Харкову."


def test_utf16_with_bom():
    article = _one("a.txt", "Удар по Харкову, 2 січня.".encode("utf-16"))
    assert article.text == "Удар по Харкову, 2 січня."


def test_cp1251_is_detected():
    text = "Ракетний удар по Харкову: загинули двоє людей, п'ятеро поранені."
    article = _one("a.txt", text.encode("cp1251"))
    assert article.text == text


def test_latin1_is_detected():
    text = "Attacco missilistico su Charkiv: due morti, città sotto shock, però resiste."
    article = _one("a.txt", text.encode("latin-1"))
    assert article.text == text


def test_binary_data_is_refused():
    with pytest.raises(ArticleError, match=r"bin\.txt: a PNG image, not a text file"):
        parse_article_bytes("bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ArticleError, match=r"bin\.txt: binary data \(NUL bytes\)"):
        parse_article_bytes("bin.txt", b"\x01\x00\x02\x00\x03\x00" * 20)


def test_binary_without_nul_bytes_is_refused():
    noise = bytes(range(1, 32)) * 20 + bytes(range(0x80, 0xA0)) * 20
    with pytest.raises(ArticleError, match="binary data"):
        parse_article_bytes("noise.txt", noise)


def test_empty_file_is_refused():
    with pytest.raises(ArticleError, match=r"e\.txt: empty"):
        parse_article_bytes("e.txt", b"  \n\n")


def test_front_matter_only_is_empty():
    with pytest.raises(ArticleError, match="empty article"):
        parse_article_bytes("e.md", b"---\ntitle: x\n---\n\n")


def test_huge_file_is_refused(monkeypatch):
    with pytest.raises(ArticleError, match="too large"):
        parse_article_bytes("big.txt", b"a" * 101, max_bytes=100)
    monkeypatch.setattr(articles, "MAX_ARTICLE_BYTES", 50)
    with pytest.raises(ArticleError, match="too large"):
        article_from_text("b" * 51)


def test_unsupported_type_is_refused():
    with pytest.raises(ArticleError, match="unsupported file type"):
        parse_article_bytes("a.pdf", b"%PDF-1.4")


# ------------------------------------------------------------------- JSON


def test_malformed_json_names_the_line():
    with pytest.raises(ArticleError, match=r"a\.json: malformed JSON at line 3"):
        parse_article_bytes("a.json", b'{\n "text": "x",\n "title": oops\n}')


def test_malformed_jsonl_line_is_reported_and_others_read(tmp_path):
    path = tmp_path / "c.jsonl"
    good = json.dumps({"id": "ok", "text": BODY})
    path.write_text(f"{good}\n{{broken\n{json.dumps({'id': 'ok2', 'text': BODY + '!'})}\n")
    results = list(read_articles([path]))
    assert [r.id for r in results if not isinstance(r, ReadError)] == ["ok", "ok2"]
    (error,) = [r for r in results if isinstance(r, ReadError)]
    assert error.path == f"{path}:2" and error.reason.startswith("malformed JSON at line 2: ")
    with pytest.raises(ArticleError, match=r"c\.jsonl:2: malformed JSON"):
        parse_article_bytes("c.jsonl", path.read_bytes())


def test_json_record_without_text():
    with pytest.raises(ArticleError, match="missing 'text'"):
        parse_article_bytes("a.json", b'{"id": "x", "title": "no body"}')


# ---------------------------------------------------------------- YAML


def test_malformed_front_matter():
    with pytest.raises(ArticleError, match=r"a\.md: malformed YAML front matter"):
        parse_article_bytes("a.md", b"---\ntitle: [unclosed\n---\n" + BODY.encode())


def test_unclosed_front_matter():
    with pytest.raises(ArticleError, match="no closing"):
        parse_article_bytes("a.md", b"---\ntitle: x\n" + BODY.encode())


def test_front_matter_must_be_a_mapping():
    with pytest.raises(ArticleError, match="key: value"):
        parse_article_bytes("a.md", b"---\n- a\n- b\n---\n" + BODY.encode())


def test_yaml_alias_bomb_is_refused():
    bomb = "\n".join(
        ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
        + [f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)]
    )
    data = f"---\n{bomb}\ntitle: x\n---\n{BODY}".encode()
    with pytest.raises(ArticleError, match="anchors/aliases"):
        parse_article_bytes("bomb.md", data)


def test_yaml_python_tag_is_refused(tmp_path):
    marker = tmp_path / "pwned"
    data = (f"---\ntitle: !!python/object/apply:os.system ['touch {marker}']\n---\n{BODY}").encode()
    with pytest.raises(ArticleError, match="Python tag"):
        parse_article_bytes("evil.md", data)
    assert not marker.exists()


def test_non_scalar_field_is_refused():
    with pytest.raises(ArticleError, match="'title' must be a single value"):
        parse_article_bytes("a.md", b"---\ntitle: {a: 1}\n---\n" + BODY.encode())


# ------------------------------------------------------- published dates


def test_leading_date_line():
    assert infer_published(" date 2024-01-02 Russia claimed on Tuesday ...") == date(2024, 1, 2)


def test_tweet_sign_off_latest_wins():
    text = (
        "Strikes hit Kyiv.\nLook at this pic.twitter.com/x — Jay (@JayinKyiv) January 2, 2024\n"
        "Earlier: — Someone (@someone) December 29, 2023\n"
    )
    assert infer_published(text) == date(2024, 1, 2)


def test_date_only_line():
    assert infer_published("Headline\nPublished: 5 October 2023\nBody") == date(2023, 10, 5)


def test_dates_in_prose_are_not_publication_dates():
    text = "The war began on February 24, 2022. Kyiv was struck on Oct. 17 again."
    assert infer_published(text) is None


def test_no_date_means_unknown_never_today():
    article = article_from_text("Missiles hit Odesa overnight.")
    assert article.published is None
    assert article.published_from == "unknown"


def test_malformed_metadata_date_warns_and_falls_back_to_text():
    data = f"---\npublished: 'last Tuesday'\n---\ndate 2024-03-04 {BODY}".encode()
    article = _one("a.md", data)
    assert article.published == date(2024, 3, 4)
    assert article.published_from == "text"
    (warning,) = article.warnings
    assert warning.startswith("ignoring malformed published date")


def test_impossible_date_is_malformed():
    article = _one("a.json", json.dumps({"text": BODY, "published": "2024-02-30"}).encode())
    assert article.published is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-01-02T08:00:00Z", date(2024, 1, 2)),
        ("Tue, 02 Jan 2024 08:00:00 +0000", date(2024, 1, 2)),
        ("January 2, 2024", date(2024, 1, 2)),
        ("2 Jan 2024", date(2024, 1, 2)),
    ],
)
def test_metadata_date_forms(value, expected):
    assert articles.parse_date(value) == expected


# ------------------------------------------------------------ walking


def test_read_articles_walks_sorted_and_never_raises(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("Second article about Odesa.")
    (tmp_path / "a.txt").write_text("First article about Kyiv.")
    (tmp_path / "sub" / "c.md").write_text("Third article about Lviv.")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "notes.csv").write_text("a,b\n")
    (tmp_path / ".hidden.txt").write_text("hidden")
    results = list(read_articles([tmp_path, tmp_path / "missing.txt"]))
    names = [Path(r.path).name for r in results]
    assert names == ["a.txt", "b.txt", "bad.txt", "c.md", "missing.txt"]
    assert isinstance(results[2], ReadError) and "binary" in results[2].reason
    assert isinstance(results[4], ReadError) and "no such file" in results[4].reason


def test_seeds_read_with_metadata(seeds_dir):
    results = list(read_articles([seeds_dir]))
    assert len(results) == 5
    assert all(not isinstance(r, ReadError) for r in results)
    assert all(r.published is not None and r.title for r in results)
    assert results[1].source == "WION"


def test_windows_line_endings_in_front_matter():
    data = b"---\r\ntitle: Strike\r\npublished: '2024-01-02'\r\n---\r\nLine one.\r\nLine two.\r\n"
    article = _one("a.txt", data)
    assert article.title == "Strike"
    assert article.text == "Line one.\nLine two."


def test_huge_file_on_disk_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 300)
    (error,) = read_articles([path], max_bytes=200)
    assert isinstance(error, ReadError) and "file too large" in error.reason
    page = tmp_path / "page.html"
    words = "Missiles hit Kyiv again overnight. " * 14
    page.write_text(f"<html><body><article><p>{words}</p></article></body></html>")
    (result,) = read_articles([page], max_bytes=200)
    assert "article too large" in result.reason  # markup allowed, text over the limit


def test_a_six_megabyte_article_is_accepted_and_the_limit_is_configurable(tmp_path, monkeypatch):
    path = tmp_path / "liveblog.txt"
    path.write_text("Live updates: drones struck Kharkiv again overnight. " * 115_000)
    assert path.stat().st_size > 6_000_000
    (article,) = read_articles([path])
    assert isinstance(article, Article) and len(article.text) > 6_000_000
    monkeypatch.setenv(articles.MAX_ARTICLE_ENV, "5")
    (error,) = read_articles([path])
    assert isinstance(error, ReadError) and "file too large" in error.reason
    assert "the limit is 5,000,000 bytes" in error.reason
    monkeypatch.setenv(articles.MAX_ARTICLE_ENV, "many")
    with pytest.raises(ValueError, match="not a positive number"):
        articles.configured_max_bytes()


def test_zero_width_only_text_is_empty_and_split_words_are_joined():
    with pytest.raises(ArticleError, match="empty article"):
        parse_article_bytes("zw.txt", "\u200b\u2060\ufeff\u200d".encode())
    article = _one("k.txt", "Drones hit Ky\u200biv and Kha\u00adrkiv.".encode())
    assert article.text == "Drones hit Kyiv and Kharkiv."


def test_nfc_normalisation():
    decomposed = "Киі\u0308в"  # i + combining diaeresis
    assert _one("n.txt", decomposed.encode()).text == "Київ"


def test_a_few_nul_bytes_are_removed_with_a_warning():
    article = _one("nul.txt", b"Drones hit \x00Kyiv.")
    assert article.text == "Drones hit Kyiv."
    assert article.warnings == ("1 NUL byte removed",)


def test_future_publication_date_is_kept_with_a_warning():
    article = _one("f.md", b"---\npublished: 2999-01-01\n---\nDrones hit Kyiv.")
    assert article.published == date(2999, 1, 1)
    assert article.warnings == ("publication date 2999-01-01 is in the future",)


def test_deeply_nested_folders_are_walked_without_recursion(tmp_path):
    chain = [tmp_path]
    for _ in range(1_200):  # deeper than Python's recursion limit
        chain.append(chain[-1] / "d")
        chain[-1].mkdir()
    try:
        (chain[-1] / "deep.txt").write_text("Drones struck Sumy.")
        (tmp_path / "top.txt").write_text("Drones struck Lviv.")
        results = list(read_articles([tmp_path]))
        texts = sorted(r.text for r in results if isinstance(r, Article))
        assert texts == ["Drones struck Lviv.", "Drones struck Sumy."]
    finally:
        # Removed bottom-up here: pytest's own (recursive) clean-up could not.
        (chain[-1] / "deep.txt").unlink(missing_ok=True)
        for folder in reversed(chain[1:]):
            folder.rmdir()


def test_one_path_not_in_a_list_is_read_as_that_path(tmp_path):
    """``read_articles("dir/article.txt")`` reads that article, not its characters
    (whose first, "/", would walk the whole filesystem)."""
    article = tmp_path / "kharkiv.txt"
    article.write_text("Strike on Kharkiv\n\nA missile hit Kharkiv on Monday.", encoding="utf-8")
    for given in (str(article), article):
        found = list(read_articles(given))
        assert [a.text for a in found] == ["Strike on Kharkiv\n\nA missile hit Kharkiv on Monday."]
