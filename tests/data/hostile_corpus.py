"""A hostile-input corpus, written by hand, with each case's expected outcome.

:func:`write_corpus` puts the files into a folder (links, pipes and binary files
are made there, never committed). Every case says what ingest must do with it:

- ``accept``: stored (``stored`` articles), perhaps with a warning line;
- ``reject``: nothing stored, exactly one ``rejected`` line naming the file;
- ``partial``: the valid records stored, one ``rejected`` line per bad record
  naming the file and its line or index.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

GOOD = "Russian missiles struck Kharkiv on 2 January 2024, killing two people and injuring five."
#: Text of a file outside the ingested folder that links point at; must never be stored.
CANARY = "CANARY-SECRET-never-read-through-a-link"


@dataclass(frozen=True)
class Case:
    name: str
    outcome: str  # "accept", "reject", "partial"
    stored: int = 0
    #: Substring of the reason on each rejected line (per bad record for "partial").
    reasons: tuple[str, ...] = ()
    #: Names (file, or file:line / file[index]) of the rejected records of a "partial" case.
    rejected_records: tuple[str, ...] = ()
    #: Substring of a warning line the case must give.
    warning: str | None = None


def _jsonl(*records: object) -> bytes:
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records).encode()


NESTED = "[" * 100_000 + "]" * 100_000
# json.dumps writes a lone surrogate as the escape \ud800, as other tools do.
SURROGATE_RECORD = json.dumps({"id": "s1", "text": "Kyiv was hit \ud800 overnight."})

CONTENT: dict[str, bytes] = {
    "good.txt": GOOD.encode(),
    "feb30.md": f"---\ntitle: Leap\npublished: 2023-02-30\n---\n{GOOD} Lviv too.".encode(),
    "surrogate.json": SURROGATE_RECORD.encode(),
    "nested.json": NESTED.encode(),
    "mixed.jsonl": _jsonl(
        {"id": "m1", "text": GOOD + " Odesa was hit as well."},
        SURROGATE_RECORD,
        NESTED,
        {"id": "m2", "text": "Drones struck Sumy on 3 January 2024."},
        {"id": "m1", "text": "Another text reusing the id m1."},
        "{broken",
    ),
    "list.json": json.dumps(
        [
            {"id": "l1", "text": "Shelling hit Kherson on 4 January 2024."},
            {"id": "l2"},
            {"id": "l1", "text": "Same id again."},
        ]
    ).encode(),
    "zero_width_only.txt": "\u200b\u200b\u2060\ufeff\u200d \n".encode(),
    "renamed_pdf.txt": b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\nstream\nKyiv\nendstream",
    "nul_bytes.txt": GOOD.encode().replace(b"Kharkiv", b"Khar\x00kiv") + b"\x00\x00 Dnipro too.",
    "utf16_without_bom.txt": GOOD.encode("utf-16-le"),
    "kyiv_split.txt": "Russian drones struck Ky\u200biv on 5 January 2024.".encode(),
    "future.md": f"---\npublished: 2099-01-01\n---\n{GOOD} And Poltava.".encode(),
    "rtl_title.md": f"---\ntitle: \u202etxt.exe\n---\n{GOOD} Rivne.".encode(),
    "deep_front.md": ("---\ntitle: " + "[" * 5000 + "]" * 5000 + f"\n---\n{GOOD}").encode(),
    "alias_bomb.md": f"---\na: &a [x, x]\nb: [*a, *a]\n---\n{GOOD}".encode(),
    "empty.txt": b" \n\t\n",
    "huge_number.json": b'{"id": "n", "text": "Kyiv.", "count": ' + b"9" * 5000 + b"}",
    "page.html": (
        "<html><head><title>Strike on Kharkiv</title><script>alert(1)</script></head>"
        f"<body><nav>Home</nav><article><p>{GOOD}</p><p>Rescuers worked all night in "
        "the city centre.</p></article></body></html>"
    ).encode(),
    "image.html": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "notes.csv": b"not,an,article\n",
    ".hidden.txt": b"Hidden files are not read.",
    "sub/nested_good.md": b"Artillery hit Nikopol on 6 January 2024.",
}

CASES: tuple[Case, ...] = (
    Case("good.txt", "accept", 1),
    Case("feb30.md", "accept", 1, warning="malformed published date"),
    Case("surrogate.json", "reject", reasons=("lone surrogate",)),
    Case("nested.json", "reject", reasons=("nested too deeply",)),
    Case(
        "mixed.jsonl",
        "partial",
        2,
        reasons=("lone surrogate", "nested too deeply", "duplicate id 'm1'", "malformed JSON"),
        rejected_records=("mixed.jsonl:2", "mixed.jsonl:3", "mixed.jsonl:5", "mixed.jsonl:6"),
    ),
    Case(
        "list.json",
        "partial",
        1,
        reasons=("missing 'text'", "duplicate id 'l1'"),
        rejected_records=("list.json[1]", "list.json[2]"),
    ),
    Case("zero_width_only.txt", "reject", reasons=("empty article",)),
    Case("renamed_pdf.txt", "reject", reasons=("a PDF document",)),
    Case("nul_bytes.txt", "accept", 1, warning="3 NUL bytes removed"),
    Case("utf16_without_bom.txt", "reject", reasons=("binary data (NUL bytes)",)),
    Case("kyiv_split.txt", "accept", 1),
    Case("future.md", "accept", 1, warning="2099-01-01 is in the future"),
    Case("rtl_title.md", "accept", 1),
    Case("deep_front.md", "reject", reasons=("malformed YAML front matter",)),
    Case("alias_bomb.md", "reject", reasons=("anchors/aliases",)),
    Case("empty.txt", "reject", reasons=("empty file",)),
    Case("huge_number.json", "reject", reasons=("malformed JSON",)),
    Case("page.html", "accept", 1),
    Case("image.html", "reject", reasons=("a PNG image",)),
    Case("link_to_secret.txt", "reject", reasons=("symbolic link",)),
    Case("link_to_folder", "reject", reasons=("symbolic link",)),
    Case("broken_link.md", "reject", reasons=("symbolic link",)),
    Case("pipe.txt", "reject", reasons=("not a regular file",)),
    Case("sub/nested_good.md", "accept", 1),
)


def write_corpus(root: Path) -> Path:
    """Write the corpus into ``root / "corpus"`` and the link targets beside it."""
    folder = root / "corpus"
    (folder / "sub").mkdir(parents=True)
    for name, data in CONTENT.items():
        (folder / name).write_bytes(data)
    outside = root / "outside"
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text(f"{CANARY} Missiles struck Kyiv on 1 January 2024.")
    (outside / "more.txt").write_text(f"{CANARY} Drones struck Odesa on 1 January 2024.")
    (folder / "link_to_secret.txt").symlink_to(secret)
    (folder / "link_to_folder").symlink_to(outside, target_is_directory=True)
    (folder / "broken_link.md").symlink_to(root / "nowhere.md")
    os.mkfifo(folder / "pipe.txt")
    return folder


def expected_articles() -> int:
    return sum(case.stored for case in CASES)
