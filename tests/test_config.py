from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings


def test_defaults_use_an_embedded_sqlite_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    settings = load_settings(data_dir=tmp_path / "data")
    assert (
        settings.effective_database_url
        == f"sqlite+aiosqlite:///{(tmp_path / 'data' / 'havre.sqlite3').as_posix()}"
    )
    assert settings.discord_api_base == "https://discord.com/api/v10"
    assert settings.token is None
    assert settings.uses_dev_secrets


def test_environment_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HAVRE_DATABASE_URL", "postgresql://postgres@db:5432/havre")
    monkeypatch.setenv("HAVRE_SHARD_IDS", "0, 2")
    monkeypatch.setenv("HAVRE_SHARD_COUNT", "4")
    monkeypatch.setenv("HAVRE_DISCORD_API_BASE", "http://127.0.0.1:9999/api/v10/")
    settings = load_settings()
    assert settings.effective_database_url == "postgresql+asyncpg://postgres@db:5432/havre"
    assert settings.shard_ids == (0, 2)
    assert settings.discord_api_base == "http://127.0.0.1:9999/api/v10"


@pytest.mark.parametrize(
    ("env", "value", "expected"),
    [
        ("HAVRE_SHARD_IDS", "0,x", "HAVRE_SHARD_IDS"),
        ("HAVRE_LOG_LEVEL", "LOUD", "HAVRE_LOG_LEVEL"),
        ("HAVRE_DATABASE_URL", "mysql://x", "HAVRE_DATABASE_URL"),
        ("HAVRE_DISCORD_GATEWAY_URL", "gateway.local", "HAVRE_DISCORD_GATEWAY_URL"),
        ("HAVRE_DB_POOL_SIZE", "0", "HAVRE_DB_POOL_SIZE"),
    ],
)
def test_invalid_settings_name_the_setting(
    monkeypatch: pytest.MonkeyPatch, env: str, value: str, expected: str
) -> None:
    monkeypatch.setenv(env, value)
    with pytest.raises(ConfigError) as info:
        load_settings()
    assert expected in str(info.value)
    assert "Traceback" not in str(info.value)


def test_shard_ids_need_a_shard_count(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HAVRE_SHARD_IDS", "3")
    monkeypatch.setenv("HAVRE_SHARD_COUNT", "2")
    with pytest.raises(ConfigError, match="smaller than HAVRE_SHARD_COUNT"):
        load_settings()
