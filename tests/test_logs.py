from __future__ import annotations

import logging

import pytest

from bot.logs import JsonFormatter, RedactSecrets

FAKE_TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB"


def _render(record: logging.LogRecord, secrets: list[str]) -> str:
    RedactSecrets(secrets).filter(record)
    return JsonFormatter().format(record)


@pytest.mark.parametrize("secret", [FAKE_TOKEN, "a-master-key-of-some-length"])
def test_secrets_never_reach_a_log_line(secret: str) -> None:
    record = logging.LogRecord("discord.http", logging.INFO, __file__, 1, "sending %s", (secret,), None)
    line = _render(record, [secret])
    assert secret not in line
    assert "[redacted]" in line


def test_token_shapes_are_redacted_even_when_not_configured() -> None:
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, f"Authorization: Bot {FAKE_TOKEN}", (), None)
    assert FAKE_TOKEN not in _render(record, [])


def test_exception_text_is_redacted() -> None:
    try:
        raise RuntimeError(f"bad token {FAKE_TOKEN}")
    except RuntimeError as exc:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", (), (type(exc), exc, None))
    line = _render(record, [FAKE_TOKEN])
    assert "RuntimeError" in line
    assert FAKE_TOKEN not in line
