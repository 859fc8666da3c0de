"""One error model for every input: each one goes in, or gets one line saying why not.

Every command and form that takes inputs (files, records of a collection,
uploads, pasted text, URLs) reports through this module:

- :class:`ReadError` is an input that did not go in (*rejected*): it names the
  input, with its line (``file.jsonl:7``) or index (``file.json[3]``) where
  there is one, and the reason, in one line.
- :class:`InputWarning` is an input that went in with something worth saying
  (NUL bytes removed, a publication date in the future, a malformed date ignored).
- :class:`IntakeReport` counts what a run did (*stored*, *skipped* because it
  was stored already, *rejected*), collects the lines above and gives the
  summary line that ends every run and the exit status.

Exit status
-----------
``EXIT_OK`` (0) when every input went in (or was stored already),
``EXIT_REJECTED`` (1) when some inputs were rejected, ``EXIT_USAGE`` (2) for
usage errors (bad options, a store that cannot be opened). A run never stops
at a bad input, and no traceback reaches the user: unexpected exceptions become
a rejection line naming the input, the traceback goes to the debug log.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

__all__ = [
    "EXIT_OK",
    "EXIT_REJECTED",
    "EXIT_USAGE",
    "InputWarning",
    "IntakeReport",
    "ReadError",
    "display_name",
    "unexpected",
]

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_USAGE = 2

log = logging.getLogger(__name__)


# Control characters (terminal escapes) and bidi controls have no place in a report line.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _one_line(text: str, limit: int = 300) -> str:
    """Fold whitespace so a line never breaks, show control characters as escapes, cut it."""
    folded = " ".join(str(text).split())
    folded = _UNPRINTABLE.sub(lambda m: ascii(m.group())[1:-1], folded)
    folded = folded.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return folded if len(folded) <= limit else folded[: limit - 1] + "…"


def display_name(path: object) -> str:
    """Return a file name as storable, printable UTF-8 text.

    Names that are not valid UTF-8 reach Python with lone surrogates, which can
    be neither stored nor printed; their undecodable bytes become U+FFFD.
    """
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return text


@dataclass(frozen=True, slots=True)
class ReadError:
    """An input that was rejected: ``path`` names it (with ``:line`` or ``[index]``)."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{_one_line(self.path, 500)}: {_one_line(self.reason)}"


@dataclass(frozen=True, slots=True)
class InputWarning:
    """An input that went in, with a remark the user should see."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{_one_line(self.path, 500)}: {_one_line(self.reason)}"


def unexpected(path: str, exc: BaseException, doing: str = "reading") -> ReadError:
    """Turn an unexpected exception about one input into its rejection line.

    The traceback is logged at debug level (``strikemap --debug``), never shown.
    """
    log.debug("unexpected error %s %s", doing, path, exc_info=exc)
    detail = str(exc) or type(exc).__name__
    return ReadError(path, f"could not be {_PAST.get(doing, doing)}: {detail}")


_PAST = {"reading": "read", "extracting": "extracted", "storing": "stored"}


@dataclass
class IntakeReport:
    """What one run did with its inputs.

    Attributes
    ----------
    stored
        Articles stored (or, for ``extract``, read and extracted).
    skipped
        Articles not stored because they were stored already.
    rejected
        One :class:`ReadError` per input that did not go in.
    warnings
        Remarks about inputs that went in.
    """

    stored: int = 0
    skipped: int = 0
    rejected: list[ReadError] = field(default_factory=list)
    warnings: list[InputWarning] = field(default_factory=list)

    def reject(self, path: str, reason: str) -> ReadError:
        error = ReadError(path, reason)
        self.rejected.append(error)
        return error

    def warn(self, path: str, reason: str) -> InputWarning:
        warning = InputWarning(path, reason)
        self.warnings.append(warning)
        return warning

    @property
    def exit_status(self) -> int:
        """``EXIT_REJECTED`` when any input was rejected, else ``EXIT_OK``."""
        return EXIT_REJECTED if self.rejected else EXIT_OK

    def lines(self) -> list[str]:
        """One line per rejected input and per warning, in that order."""
        return [f"rejected {e}" for e in self.rejected] + [f"warning {w}" for w in self.warnings]

    def summary(self) -> str:
        """The line that ends every run: ``N stored, N skipped (already stored), N rejected``."""
        line = (
            f"{self.stored} stored, {self.skipped} skipped (already stored), "
            f"{len(self.rejected)} rejected"
        )
        return line + self._warning_count()

    def _warning_count(self) -> str:
        if not self.warnings:
            return ""
        return f", {len(self.warnings)} warning" + ("s" if len(self.warnings) != 1 else "")

    def read_summary(self) -> str:
        """The summary of a run that reads without storing: ``N articles read, N rejected``."""
        return f"{self.stored} articles read, {len(self.rejected)} rejected" + self._warning_count()
