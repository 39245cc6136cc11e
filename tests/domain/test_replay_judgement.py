"""Replay passes a record's reply flag to the signals and asks the message's language only when
something is said back."""

from __future__ import annotations

import json

import pytest

from bot.domain.moderation.replay import ReplayError, read_jsonl, replay
from bot.domain.policy import load_policy
from bot.domain.signals import MessageSignals
from tests.domain.moderation_support import signals_for


def _line(i: int, content: str, **extra: object) -> str:
    record = {"id": i, "author_id": 100 + i, "channel_id": 5, "content": content,
              "timestamp": f"2026-01-05T09:0{i}:00+00:00", **extra}  # fmt: skip
    return json.dumps(record)


def test_reply_flag_and_language_of_what_is_said_back() -> None:
    policy = load_policy("patient")
    seen: list[tuple[str, bool]] = []
    asked: list[str] = []

    def signals(content: str, lang: str, reply: bool = False) -> MessageSignals:
        seen.append((content, reply))
        return signals_for(content, lang, policy)

    def language_for(content: str, fallback: str) -> str:
        asked.append(content)
        return "en"

    lines = [_line(1, "bonjour à tous", reply=True), _line(2, "ta gueule, connard"), _line(3, "merci")]
    results = list(replay(read_jsonl(lines), signals, policy, language_for=language_for))
    assert seen == [("bonjour à tous", True), ("ta gueule, connard", False), ("merci", False)]
    assert asked == ["ta gueule, connard"]  # only the message something is said back about
    assert [r.language for r in results] == [policy.default_language, "en", policy.default_language]
    assert "Rule" in results[1].explanation  # the explanation follows the message's language


def test_reply_must_be_a_boolean() -> None:
    with pytest.raises(ReplayError, match="reply must be true or false"):
        list(read_jsonl([_line(1, "hi", reply="yes")]))
