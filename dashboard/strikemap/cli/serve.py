"""``strikemap serve [--db URL] [STREAMLIT ARGS...]``: start the dashboard.

Runs ``streamlit run dashboard/app.py`` with ``STRIKEMAP_DB`` set to the chosen
store, so the app reads what ``strikemap ingest`` wrote. Arguments after the
options (or after ``--``) go to Streamlit, e.g. ``strikemap serve --
--server.port 8502``.

Streamlit reads ``.streamlit/config.toml`` only from the folder it is started
in, so ``serve`` passes the repository's settings itself, as command-line
flags (static serving of the local map assets, the upload limit, the theme):
the app is the same whichever folder it is started from. Flags given after
``--`` come last and win.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tomllib
from pathlib import Path

import strikemap
from strikemap.store import ENV_VAR, resolve_path


def app_path() -> Path:
    """Return the Streamlit entry point that sits beside the package (``dashboard/app.py``)."""
    return Path(strikemap.__file__).resolve().parents[1] / "app.py"


def config_path() -> Path:
    """Return the repository's Streamlit settings (``.streamlit/config.toml``)."""
    return app_path().parents[1] / ".streamlit" / "config.toml"


def _flag_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def config_flags(path: Path) -> list[str]:
    """Turn a Streamlit ``config.toml`` into ``--section.key=value`` flags.

    Raises
    ------
    ValueError
        When the file is not valid TOML.
    """
    try:
        settings = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{path}: not valid TOML ({exc})") from None
    return [
        f"--{section}.{key}={_flag_value(value)}"
        for section, options in settings.items()
        if isinstance(options, dict)
        for key, value in options.items()
        if not isinstance(value, (dict, list))
    ]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        default=None,
        help="store path, sqlite:///path or postgresql://user@host/db "
        "(default: $STRIKEMAP_DB or the user data directory)",
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
    settings = config_path()
    try:
        flags = config_flags(settings) if settings.is_file() else []
    except (OSError, ValueError) as exc:
        print(f"strikemap serve: cannot read the app settings: {exc}", file=sys.stderr)
        return 2
    if not flags:
        print(
            f"strikemap serve: warning: no settings at {settings}; the map falls back to the CDN",
            file=sys.stderr,
        )
    store = resolve_path(args.db)
    if store != ":memory:":
        store = os.path.abspath(store)  # the same file whatever folder Streamlit runs in
    env = {**os.environ, ENV_VAR: store}
    command = [sys.executable, "-m", "streamlit", "run", str(app), *flags, *extra]
    return run_app(command, env)


#: Signals a service manager or a terminal stops ``serve`` with; each is passed on.
FORWARDED_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


def run_app(command: list[str], env: dict[str, str]) -> int:
    """Run Streamlit as a child and return its exit code.

    A ``SIGTERM`` or ``SIGHUP`` sent to ``serve`` (a service manager stopping
    it, a closed terminal) is passed on to Streamlit, so stopping ``serve``
    stops the app instead of leaving it running without its parent.
    """
    child = subprocess.Popen(command, env=env)

    def forward(signum: int, _frame: object) -> None:
        child.send_signal(signum)

    previous = {sig: signal.signal(sig, forward) for sig in FORWARDED_SIGNALS}
    try:
        return child.wait()
    except KeyboardInterrupt:
        # Ctrl-C reaches Streamlit too and stops it; no traceback for the user.
        child.wait()
        return 130
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
