"""Where a store lives: parse its URL, find the default file, fall back safely.

A store is named by a URL: ``sqlite:///path`` (or a plain path) for the
embedded SQLite file, ``postgresql://user:password@host:port/database`` for a
shared PostgreSQL/PostGIS server. Without one, ``$STRIKEMAP_DB`` is used, then
``<platformdirs user data dir>/strikemap.sqlite``.

When the folder of the *default or configured* SQLite file cannot be written
(a read-only checkout on Streamlit Community Cloud), the store moves to a
per-user private temporary folder ``<tempdir>/strikemap-<user>/`` (mode 0700,
owned by the user), never to a folder shared with other users, and
:func:`resolve` says so in its ``note``. A path given explicitly (``--db``) is
used as given or refused with a one-line error.
"""

from __future__ import annotations

import getpass
import os
import re
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

DB_FILENAME = "strikemap.sqlite"
ENV_VAR = "STRIKEMAP_DB"
MEMORY = ":memory:"

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://")
_POSTGRES_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


class StoreError(Exception):
    """The store cannot be opened, read or written; the message is one line for the user."""


@dataclass(frozen=True)
class Location:
    """A resolved store location.

    Attributes
    ----------
    backend
        ``"sqlite"`` or ``"postgresql"``.
    target
        The SQLite file path (or ``":memory:"``), or the PostgreSQL URL.
    note
        Set when the store was moved from where it was configured (why, and where to).
    """

    backend: str
    target: str
    note: str | None = None

    @property
    def sqlalchemy_url(self) -> str:
        """Return the URL SQLAlchemy connects with (psycopg 3 for PostgreSQL)."""
        if self.backend == "sqlite":
            return "sqlite://" if self.target == MEMORY else f"sqlite:///{self.target}"
        return "postgresql+psycopg://" + self.target.split("://", 1)[1]

    @property
    def display(self) -> str:
        """Return the location for messages, with any password hidden."""
        if self.backend == "sqlite":
            return self.target
        return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", self.target)

    @property
    def public_name(self) -> str:
        """Return the store as a page may name it to anyone: a file name, never its folder.

        A public dashboard must not show the server's paths, hosts or user names.
        """
        if self.backend == "sqlite":
            return "in memory" if self.target == MEMORY else Path(self.target).name
        database = urlsplit(self.target).path.lstrip("/")
        return f"PostgreSQL database {database}" if database else "PostgreSQL"


def _sqlite_path(url: str) -> str | None:
    """Return the SQLite path a URL or plain path names, or ``None`` when it is no SQLite URL."""
    if url in ("sqlite://", "sqlite:///:memory:", MEMORY):
        return MEMORY
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///") :] or MEMORY
    if _SCHEME.match(url) or url.startswith("sqlite:"):
        return None
    return url


def parse(url: str) -> Location:
    """Return the location a store URL or path names (no fallback, nothing created).

    Raises
    ------
    StoreError
        For a scheme strikemap does not support.
    """
    path = _sqlite_path(url)
    if path is not None:
        return Location("sqlite", path if path == MEMORY else str(Path(path).expanduser()))
    scheme = _SCHEME.match(url)
    if scheme and scheme.group(1).lower() in _POSTGRES_SCHEMES:
        return Location("postgresql", "postgresql://" + url.split("://", 1)[1])
    raise StoreError(
        f"unsupported store URL {url!r} (use a path, sqlite:///path or postgresql://host/db)"
    )


def _writable_dir(directory: Path) -> bool:
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(directory, os.W_OK)


def private_temp_dir() -> Path:
    """Return ``<tempdir>/strikemap-<user>``, created 0700 and checked to be the user's own.

    Raises
    ------
    StoreError
        When the folder exists but belongs to someone else or others may write to it.
    """
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid())
    folder = Path(tempfile.gettempdir()) / f"strikemap-{re.sub(r'[^A-Za-z0-9_.-]', '_', user)}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        info = folder.lstat()
    except OSError as exc:
        raise StoreError(f"cannot create the private store folder {folder}: {exc}") from None
    if (
        not stat.S_ISDIR(info.st_mode)
        or info.st_uid != os.getuid()
        or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    ):
        raise StoreError(
            f"{folder} is not a private folder of this user; remove it or set {ENV_VAR}"
        )
    return folder


def default_location() -> Location:
    """Return the configured default store ($STRIKEMAP_DB or the user data dir), with fallback."""
    from platformdirs import user_data_dir

    configured = os.environ.get(ENV_VAR)
    location = (
        parse(configured)
        if configured
        else Location("sqlite", str(Path(user_data_dir("strikemap")) / DB_FILENAME))
    )
    if location.backend != "sqlite" or location.target == MEMORY:
        return location
    preferred = Path(location.target)
    if _writable_dir(preferred.parent):
        return location
    fallback = private_temp_dir() / preferred.name
    return Location(
        "sqlite",
        str(fallback),
        note=f"{preferred.parent} is not writable; using the private store {fallback} instead",
    )


def resolve(url: str | None = None) -> Location:
    """Return the location ``url`` names, or the default location when ``url`` is ``None``."""
    return default_location() if url is None else parse(url)


def resolve_path(url: str | None = None) -> str:
    """Return the SQLite file path (or ``":memory:"``), or the PostgreSQL URL, ``url`` names."""
    return resolve(url).target
