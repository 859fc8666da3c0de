"""Cut an article archive into partitions that workers read independently.

An archive is any mix of folders (read recursively, as ``strikemap ingest``
reads them), JSONL files (also gzip-compressed ``.jsonl.gz``) and glob
patterns. A JSONL file is cut into runs of lines; a folder into runs of
files. Each partition has a stable id derived from what it covers, so a
re-run of the same command finds the partitions it already wrote.

Reading a partition never raises for bad input: a corrupt line, a bad
encoding or an oversized article becomes a :class:`Reject` naming the file,
its line and the reason.
"""

from __future__ import annotations

import glob
import gzip
import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from strikemap.articles import (
    MAX_ARTICLE_BYTES,
    SUPPORTED_SUFFIXES,
    ArticleError,
    ReadError,
    article_from_record,
    read_articles,
)
from strikemap.models import Article

#: Articles per partition unless the command says otherwise.
DEFAULT_PARTITION_SIZE = 1000
_JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")


class ArchiveError(Exception):
    """An archive argument that names nothing readable."""


@dataclass(frozen=True, slots=True)
class Partition:
    """One unit of work: lines ``start..stop`` of a JSONL file, or a run of files.

    Attributes
    ----------
    number
        Position in the archive's plan; output parts are named and ordered by it.
    kind
        ``"jsonl"`` (``path`` with 1-based lines ``start`` to ``stop``, inclusive,
        beginning at byte ``offset`` of the uncompressed stream) or ``"files"``.
    """

    number: int
    kind: str
    path: str
    start: int = 0
    stop: int = 0
    offset: int = 0
    files: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        """Stable id: a hash of what the partition covers."""
        covered = "|".join((self.kind, self.path, str(self.start), str(self.stop), *self.files))
        return hashlib.sha256(covered.encode("utf-8")).hexdigest()[:16]

    @property
    def name(self) -> str:
        """File name stem of the partition's output parts."""
        return f"part-{self.number:05d}-{self.id}"

    def fingerprint(self) -> str:
        """Sizes and modification times of the inputs: a changed input is read again."""
        paths = self.files or (self.path,)
        stats = []
        for path in paths:
            try:
                st = os.stat(path)
                stats.append(f"{st.st_size}:{st.st_mtime_ns}")
            except OSError:
                stats.append("missing")
        return hashlib.sha256("|".join(stats).encode()).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Reject:
    """An input that could not become an article: where it is and why."""

    path: str
    line: int | None
    reason: str

    def to_record(self) -> dict[str, object]:
        return {"path": self.path, "line": self.line, "reason": self.reason}


def is_jsonl(path: str | Path) -> bool:
    """Whether ``path`` names a JSONL file (plain or gzip-compressed)."""
    return str(path).lower().endswith(_JSONL_SUFFIXES)


def expand(inputs: Iterable[str]) -> list[Path]:
    """Expand glob patterns; keep folders and files in the order given.

    Raises
    ------
    ArchiveError
        When an argument matches nothing.
    """
    found: list[Path] = []
    for raw in inputs:
        if glob.has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                raise ArchiveError(f"{raw}: the pattern matches no file")
            found.extend(Path(m) for m in matches)
        elif Path(raw).exists():
            found.append(Path(raw))
        else:
            raise ArchiveError(f"{raw}: no such file or directory")
    return found


def _open(path: str):
    """Open a JSONL file as binary, decompressing ``.gz`` transparently."""
    return gzip.open(path, "rb") if path.lower().endswith(".gz") else open(path, "rb")


def _jsonl_partitions(path: str, size: int, first: int) -> list[Partition]:
    """Cut a JSONL file into runs of ``size`` lines, remembering each run's byte offset."""
    parts: list[Partition] = []
    start, offset, position, line = 1, 0, 0, 0
    with _open(path) as stream:
        for line, raw in enumerate(stream, start=1):
            position += len(raw)
            if line - start + 1 == size:
                parts.append(Partition(first + len(parts), "jsonl", path, start, line, offset))
                start, offset = line + 1, position
    if line >= start:
        parts.append(Partition(first + len(parts), "jsonl", path, start, line, offset))
    return parts


def _folder_files(folder: Path) -> list[str]:
    """Article files under ``folder`` (recursive, sorted, hidden ones left out)."""
    files = []
    for child in sorted(folder.rglob("*")):
        hidden = any(part.startswith(".") for part in child.relative_to(folder).parts)
        if hidden or child.is_symlink() or not child.is_file():
            continue
        if child.suffix.lower() in SUPPORTED_SUFFIXES or is_jsonl(child):
            files.append(str(child))
    return files


def plan(inputs: Iterable[str], size: int = DEFAULT_PARTITION_SIZE) -> list[Partition]:
    """Return the partitions covering an archive, in a stable order.

    JSONL files (given directly or found in a folder) are cut into runs of
    ``size`` lines; the other article files are grouped ``size`` at a time.
    """
    if size < 1:
        raise ArchiveError(f"partition size must be at least 1, got {size}")
    parts: list[Partition] = []
    loose: list[str] = []
    for path in expand(inputs):
        files = _folder_files(path) if path.is_dir() else [str(path)]
        for name in files:
            if is_jsonl(name):
                parts.extend(_jsonl_partitions(name, size, len(parts)))
            else:
                loose.append(name)
    for index in range(0, len(loose), size):
        chunk = tuple(loose[index : index + size])
        parts.append(Partition(len(parts), "files", chunk[0], files=chunk))
    return parts


def _jsonl_line(path: str, line: int, raw: bytes, max_bytes: int) -> Article | Reject:
    """Read one JSONL line as an article, or say why it is not one."""
    name = f"{path}:{line}"
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Reject(path, line, f"not UTF-8 (byte {exc.start}): {exc.reason}")
    try:
        record = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
        return Reject(path, line, f"malformed JSON: {reason}")
    try:
        return article_from_record(name, record, max_bytes=max_bytes)
    except ArticleError as exc:
        return Reject(path, line, exc.reason)
    except (ValueError, UnicodeError, RecursionError) as exc:
        return Reject(path, line, f"unreadable record: {exc}")


def _read_jsonl(part: Partition, max_bytes: int) -> Iterator[Article | Reject]:
    with _open(part.path) as stream:
        stream.seek(part.offset)
        for line in range(part.start, part.stop + 1):
            raw = stream.readline()
            if not raw:
                return
            if raw.strip():
                yield _jsonl_line(part.path, line, raw, max_bytes)


def _split_location(path: str) -> tuple[str, int | None]:
    """``file.jsonl:12`` -> (``file.jsonl``, 12); other paths have no line."""
    head, _, tail = path.rpartition(":")
    return (head, int(tail)) if head and tail.isdigit() else (path, None)


def _read_files(part: Partition, max_bytes: int) -> Iterator[Article | Reject]:
    for result in read_articles(part.files, max_bytes=max_bytes):
        if isinstance(result, ReadError):
            path, line = _split_location(result.path)
            yield Reject(path, line, result.reason)
        else:
            yield result


def read_partition(
    part: Partition, max_bytes: int = MAX_ARTICLE_BYTES
) -> Iterator[Article | Reject]:
    """Yield the partition's articles, and a :class:`Reject` for each bad input."""
    reader = _read_jsonl if part.kind == "jsonl" else _read_files
    try:
        yield from reader(part, max_bytes)
    except OSError as exc:
        yield Reject(part.path, None, f"cannot read: {exc.strerror or exc}")
    except EOFError as exc:
        yield Reject(part.path, None, f"truncated compressed file: {exc}")
