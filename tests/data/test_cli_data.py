"""``strikemap ingest`` and ``strikemap serve``, run in-process."""

from __future__ import annotations

import io
import json
import sys
from datetime import date

import pytest
import strikemap.cli.serve as serve
from datafactories import KYIV, event
from strikemap import store as store_module
from strikemap.cli import main
from strikemap.store import EventStore


def fake_extractor():
    return lambda article: [event(article, KYIV, article.published or date(2024, 1, 2))]


@pytest.fixture
def articles_dir(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("---\ntitle: A\npublished: '2024-01-02'\n---\nKyiv hit.\n")
    (folder / "b.md").write_text("Missiles hit Kyiv again.\n")
    (folder / "c.jsonl").write_text(json.dumps({"id": "c1", "text": "Kyiv struck."}) + "\n")
    return folder


def test_ingest_stores_and_is_idempotent(articles_dir, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(store_module, "default_extractor", fake_extractor)
    db = tmp_path / "cli.sqlite"
    assert main(["ingest", str(articles_dir), "--db", f"sqlite:///{db}"]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "3 stored, 0 skipped (already stored), 0 rejected; 3 events found" in err
    assert main(["ingest", str(articles_dir), "--db", str(db)]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "0 stored, 3 skipped (already stored), 0 rejected" in err
    with EventStore(str(db)) as s:
        assert s.count_articles() == 3
        assert s.has_article("c1")


def test_bad_file_is_named_others_ingested(articles_dir, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(store_module, "default_extractor", fake_extractor)
    (articles_dir / "bad.txt").write_bytes(b"\x00\x01binary")
    db = tmp_path / "cli.sqlite"
    assert main(["ingest", str(articles_dir), "--db", str(db)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert f"rejected {articles_dir / 'bad.txt'}: binary data" in err
    assert "1 rejected" in err
    with EventStore(str(db)) as s:
        assert s.count_articles() == 3


def test_ingest_uses_strikemap_db_by_default(articles_dir, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(store_module, "default_extractor", fake_extractor)
    db = tmp_path / "env.sqlite"
    monkeypatch.setenv("STRIKEMAP_DB", str(db))
    assert main(["ingest", str(articles_dir / "a.txt")]) == 0
    capsys.readouterr()
    with EventStore(str(db)) as s:
        assert s.count_articles() == 1


def test_ingest_reports_unopenable_store(articles_dir, capsys):
    assert main(["ingest", str(articles_dir), "--db", "mysql://nope"]) == 2
    assert "unsupported store URL" in capsys.readouterr().err


def test_terminal_stderr_gets_the_summary_stdout_stays_clean(
    articles_dir, tmp_path, capsys, monkeypatch
):
    monkeypatch.setattr(store_module, "default_extractor", fake_extractor)

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["ingest", str(articles_dir), "--db", str(tmp_path / "p.sqlite")]) == 0
    assert "3 stored, 0 skipped (already stored), 0 rejected" in terminal.getvalue()
    assert capsys.readouterr().out == ""


def test_serve_runs_streamlit_on_the_app_with_the_store(tmp_path, monkeypatch, repo_root):
    monkeypatch.setattr(serve, "config_path", lambda: repo_root / ".streamlit" / "config.toml")
    calls = []
    monkeypatch.setattr(serve, "run_app", lambda cmd, env: calls.append((cmd, env)) or 0)
    app = tmp_path / "app.py"
    app.write_text("")
    monkeypatch.setattr(serve, "app_path", lambda: app)
    db = tmp_path / "served.sqlite"
    assert main(["serve", "--db", f"sqlite:///{db}", "--", "--server.port", "8599"]) == 0
    ((cmd, env),) = calls
    assert cmd[1:5] == ["-m", "streamlit", "run", str(app)]
    # The repository's settings are passed as flags; the user's own come last and win.
    assert "--server.enableStaticServing=true" in cmd
    assert any(c.startswith("--server.maxUploadSize=") for c in cmd)
    assert cmd[-2:] == ["--server.port", "8599"]
    assert env["STRIKEMAP_DB"] == str(db)


def test_serve_flags_come_from_the_settings_file(tmp_path, monkeypatch):
    settings = tmp_path / "config.toml"
    settings.write_text(
        '[server]\nenableStaticServing = true\nmaxUploadSize = 20\n[theme]\nfont = "sans serif"\n'
    )
    assert serve.config_flags(settings) == [
        "--server.enableStaticServing=true",
        "--server.maxUploadSize=20",
        "--theme.font=sans serif",
    ]


def test_serve_passes_an_absolute_store_path(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(serve, "run_app", lambda cmd, env: calls.append((cmd, env)) or 0)
    monkeypatch.chdir(tmp_path)
    assert main(["serve", "--db", "relative.sqlite"]) == 0
    ((_, env),) = calls
    assert env["STRIKEMAP_DB"] == str(tmp_path / "relative.sqlite")


def test_serve_explains_a_missing_app(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(serve, "app_path", lambda: tmp_path / "nowhere" / "app.py")
    assert main(["serve"]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_app_path_points_at_the_dashboard_entry_point(repo_root):
    assert serve.app_path() == repo_root / "dashboard" / "app.py"


def test_run_app_returns_the_apps_exit_code_and_restores_the_signal_handlers():
    import os
    import signal

    before = signal.getsignal(signal.SIGTERM)
    code = serve.run_app([sys.executable, "-c", "raise SystemExit(3)"], dict(os.environ))
    assert code == 3
    assert signal.getsignal(signal.SIGTERM) is before
