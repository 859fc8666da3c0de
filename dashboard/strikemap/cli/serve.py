"""``strikemap serve [--db URL] [STREAMLIT ARGS...]``: start the dashboard.

Runs ``streamlit run dashboard/app.py`` with ``STRIKEMAP_DB`` set to the chosen
store, so the app reads what ``strikemap ingest`` wrote. Arguments after the
options (or after ``--``) go to Streamlit, e.g. ``strikemap serve --
--server.port 8502``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import strikemap
from strikemap.store import ENV_VAR, resolve_path


def app_path() -> Path:
    """Return the Streamlit entry point that sits beside the package (``dashboard/app.py``)."""
    return Path(strikemap.__file__).resolve().parents[1] / "app.py"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        default=None,
        help="store path or sqlite:///path (default: $STRIKEMAP_DB or the user data directory)",
    )
    parser.add_argument(
        "streamlit_args",
        nargs=argparse.REMAINDER,
        metavar="STREAMLIT ARGS",
        help="passed on to `streamlit run` (put them after --)",
    )


def run(args: argparse.Namespace) -> int:
    app = app_path()
    if not app.is_file():
        print(
            f"strikemap serve: the dashboard entry point {app} does not exist; strikemap must be "
            "installed from a checkout (pip install -e .) or run `streamlit run dashboard/app.py` "
            "from the repository",
            file=sys.stderr,
        )
        return 2
    extra = list(args.streamlit_args)
    if extra[:1] == ["--"]:
        extra = extra[1:]
    env = {**os.environ, ENV_VAR: resolve_path(args.db)}
    command = [sys.executable, "-m", "streamlit", "run", str(app), *extra]
    try:
        return subprocess.call(command, env=env)
    except KeyboardInterrupt:
        # Ctrl-C reaches Streamlit too and stops it; no traceback for the user.
        return 130
