"""``strikemap brief``: argument validation and the filters it builds."""

from __future__ import annotations

from datetime import date

import pytest
from strikemap.cli import build_parser, main
from strikemap.cli.brief import filter_state
from strikemap.filters import FilterState


def _args(*argv: str):
    return build_parser("brief").parse_args(["brief", "--out", "x.png", *argv])


def test_from_after_to_is_refused(tmp_path, capsys):
    out = tmp_path / "brief.png"
    code = main(["brief", "--out", str(out), "--from", "2024-05-03", "--to", "2024-05-01"])
    assert code == 2
    assert "--from 2024-05-03 is after --to 2024-05-01" in capsys.readouterr().err
    assert not out.exists()


def test_range_and_dates_together_are_refused(tmp_path, capsys):
    code = main(["brief", "--out", str(tmp_path / "b.png"), "--range", "7d", "--to", "2024-05-01"])
    assert code == 2
    assert "either --range or --from/--to" in capsys.readouterr().err


def test_bad_date_names_the_value(capsys):
    with pytest.raises(SystemExit) as exit_info:
        _args("--from", "2024-13-01")
    assert exit_info.value.code == 2
    assert "not a date: '2024-13-01'" in capsys.readouterr().err


def test_unknown_weapon_is_refused(capsys):
    with pytest.raises(SystemExit):
        _args("--weapon", "laser")
    assert "invalid choice: 'laser'" in capsys.readouterr().err


def test_zoom_needs_center(tmp_path, capsys):
    assert main(["brief", "--out", str(tmp_path / "b.png"), "--zoom", "7"]) == 2
    assert "--zoom needs --center" in capsys.readouterr().err


def test_options_become_the_dashboard_filters():
    args = _args(
        "--from",
        "2024-05-01",
        "--to",
        "2024-05-31",
        "--weapon",
        "missile",
        "drone",
        "--weapon",
        "glide_bomb",
        "--attacker",
        "RU",
        "--country",
        "ua",
        "--killed",
        "1+",
        "--exclude-unknown-casualties",
        "--text",
        "Kyiv",
    )
    assert filter_state(args) == FilterState(
        quick=None,
        date_from=date(2024, 5, 1),
        date_to=date(2024, 5, 31),
        weapons=("missile", "drone", "glide_bomb"),
        attackers=("RU",),
        countries=("UA",),
        killed=(1, None),
        include_unknown_casualties=False,
        text="Kyiv",
    )


def test_no_options_select_everything():
    assert filter_state(_args()) == FilterState()
    assert filter_state(_args("--range", "7d")) == FilterState(quick="7d")


def test_view_options_are_parsed():
    args = _args("--bounds", "44.0,22.0,52.5,40.3", "--center", "50.4,30.5", "--zoom", "9")
    assert args.bounds == (44.0, 22.0, 52.5, 40.3)
    assert args.center == (50.4, 30.5) and args.zoom == 9
