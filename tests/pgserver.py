"""A throwaway PostgreSQL/PostGIS server on 127.0.0.1 for the tests (Debian's binaries).

``make test`` installs ``postgresql`` and ``postgresql-15-postgis-3``; the
cluster is made with ``initdb`` in a temporary folder and run with ``pg_ctl``
on a free port, with trust authentication on loopback only. initdb refuses to
run as root, so as root (CI) the server runs as the ``postgres`` system user
the Debian package creates.

``$STRIKEMAP_TEST_POSTGRES`` (``FOLDER:PORT``) names a server already running
from a cluster folder this module made (``make mutation`` starts one for its
whole run, so that each mutant's test session does not make and start its own):
the tests then create their databases there and drop them when they end.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import psycopg

SUPERUSER = "strikemap"
TEMPLATE = "strikemap_template"


def postgres_bin() -> Path:
    """Return the folder of Debian's PostgreSQL server binaries (the newest installed)."""
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not candidates:
        raise RuntimeError(
            "PostgreSQL server binaries not found in /usr/lib/postgresql; run `make test` "
            "(it installs Debian's postgresql and postgresql-15-postgis-3)"
        )
    return candidates[-1].parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PostgresServer:
    """One cluster: start, stop, and fresh databases with PostGIS available.

    Parameters
    ----------
    root
        A folder to keep the cluster in (made on the first use, reused after,
        never removed: benchmarks reuse a filled database); by default a
        temporary folder removed by :meth:`cleanup`.
    """

    def __init__(self, root: Path | None = None) -> None:
        self.bin = postgres_bin()
        self.as_root = os.geteuid() == 0
        self.keep = root is not None
        if root is None:
            self.root = Path(tempfile.mkdtemp(prefix="strikemap-pg-"))
        else:
            self.root = Path(root).resolve()
            self.root.mkdir(parents=True, exist_ok=True)
        self.data = self.root / "data"
        self.port = free_port()
        self.attached = False
        self.created: list[str] = []
        if self.as_root:
            shutil.chown(self.root, "postgres", "postgres")
        if (self.data / "PG_VERSION").exists():
            return
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
        )

    @classmethod
    def attach(cls, spec: str) -> PostgresServer:
        """The running server ``spec`` (``FOLDER:PORT``) names, to make databases in."""
        folder, _, port = spec.rpartition(":")
        if not folder or not port.isdigit() or not (Path(folder) / "data" / "PG_VERSION").exists():
            raise RuntimeError(
                f"STRIKEMAP_TEST_POSTGRES={spec!r}: expected FOLDER:PORT of a cluster "
                "made by tests/pgserver.py"
            )
        server = cls(Path(folder))
        server.port = int(port)
        server.attached = True
        return server

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bin / tool), *args]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode:
            raise RuntimeError(f"{tool} failed: {result.stderr.strip() or result.stdout.strip()}")

    def start(self) -> None:
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 "
            f"-c unix_socket_directories={self.data} -c fsync=off -c synchronous_commit=off "
            "-c max_connections=200"
        )
        log = str(self.data / "log")
        self._run("pg_ctl", "-D", str(self.data), "-l", log, "-o", options, "-w", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def _admin(self, statement: str, database: str = "postgres") -> None:
        with psycopg.connect(self.url(database), autocommit=True) as conn:
            conn.execute(statement)

    def _exists(self, database: str) -> bool:
        with psycopg.connect(self.url(), autocommit=True) as conn:
            found = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (database,))
            return found.fetchone() is not None

    def prepare_template(self) -> None:
        """Create the template database with the PostGIS extension installed (once)."""
        if self._exists(TEMPLATE):
            return
        self._admin(f"CREATE DATABASE {TEMPLATE}")
        self._admin("CREATE EXTENSION postgis", TEMPLATE)

    def new_database(self, name: str | None = None) -> str:
        """Create an empty database (PostGIS installed) and return its URL.

        A ``name`` that exists already is returned as it is (a kept cluster's database).
        """
        if name is not None and self._exists(name):
            return self.url(name)
        name = name or "t_" + uuid.uuid4().hex[:12]
        self._admin(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
        self.created.append(name)
        return self.url(name)

    def release(self) -> None:
        """Drop the databases made through this handle (an attached server runs on)."""
        while self.created:
            self._admin(f"DROP DATABASE IF EXISTS {self.created.pop()} WITH (FORCE)")

    def cleanup(self) -> None:
        """Stop the server; remove its folder unless it was given to be kept."""
        try:
            self.stop()
        finally:
            if not self.keep:
                shutil.rmtree(self.root, ignore_errors=True)
