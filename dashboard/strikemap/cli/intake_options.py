"""Options and reporting shared by ``strikemap ingest`` and ``strikemap extract``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator

from strikemap.articles import MAX_ARTICLE_ENV, ArticleResult, configured_max_bytes
from strikemap.budget import ARTICLE_SECONDS_ENV, configured_seconds
from strikemap.intake_report import IntakeReport, ReadError


def add_budget_arguments(parser: argparse.ArgumentParser) -> None:
    """``--max-article-mb`` and ``--article-seconds``, defaulting to their environment variables."""
    parser.add_argument(
        "--max-article-mb",
        type=float,
        default=None,
        metavar="MB",
        help=f"largest article accepted, in megabytes (default: ${MAX_ARTICLE_ENV} or 10)",
    )
    parser.add_argument(
        "--article-seconds",
        type=float,
        default=None,
        metavar="S",
        help=f"time budget for extracting one article (default: ${ARTICLE_SECONDS_ENV}, or 60 "
        "or 120 per megabyte of text)",
    )


def budgets(args: argparse.Namespace) -> tuple[int, float | None]:
    """Return ``(max article bytes, seconds per article)``; ``None`` seconds: the default.

    Raises
    ------
    ValueError
        When an option or environment variable is not a positive number.
    """
    if args.max_article_mb is not None and not args.max_article_mb > 0:
        raise ValueError("--max-article-mb must be a positive number")
    if args.article_seconds is not None and not args.article_seconds > 0:
        raise ValueError("--article-seconds must be a positive number")
    max_bytes = (
        int(args.max_article_mb * 1_000_000)
        if args.max_article_mb is not None
        else configured_max_bytes()
    )
    seconds = args.article_seconds if args.article_seconds is not None else configured_seconds()
    return max_bytes, seconds


def noting_warnings(results: Iterable[ArticleResult], report: IntakeReport) -> Iterator:
    """Pass read results through, collecting each article's warnings into ``report``."""
    for result in results:
        if not isinstance(result, ReadError):
            for warning in result.warnings:
                report.warn(result.path or result.id, warning)
        yield result


def print_report(command: str, report: IntakeReport, summary: str) -> None:
    """One line per rejected input and per warning, then the summary line, on stderr."""
    for line in report.lines():
        print(line, file=sys.stderr)
    print(f"strikemap {command}: {summary}", file=sys.stderr)


def progress(items: Iterable, command: str) -> Iterable:
    """A progress bar on a terminal for inputs that take more than a second."""
    from tqdm import tqdm

    return tqdm(
        items,
        desc=command,
        unit=" articles",
        file=sys.stderr,
        disable=not sys.stderr.isatty(),
        delay=1.0,
        leave=False,
    )
