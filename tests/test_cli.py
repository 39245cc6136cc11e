from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import main


def test_run_without_a_token_explains_how_to_get_one(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("HAVRE_TOKEN", raising=False)
    result = CliRunner().invoke(main, ["run"])
    assert result.exit_code == 2
    assert "discord.com/developers/applications" in result.output
    assert "sandbox" in result.output


def test_invalid_configuration_stops_with_the_setting_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HAVRE_TOKEN", "x")
    monkeypatch.setenv("HAVRE_LOG_LEVEL", "SHOUTY")
    result = CliRunner().invoke(main, ["run"])
    assert result.exit_code == 2
    assert "HAVRE_LOG_LEVEL" in result.output


def test_migrate_creates_the_embedded_database(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HAVRE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("HAVRE_DATABASE_URL", raising=False)
    result = CliRunner().invoke(main, ["migrate"])
    assert result.exit_code == 0, result.output
    assert "database at revision" in result.output
    assert (tmp_path / "data" / "havre.sqlite3").exists()
