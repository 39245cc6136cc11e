"""Directed insults, hate, threats and exposure threats; reported speech and self-talk (to be built)."""

from __future__ import annotations

from bot.classify.judge.chat import Chat
from bot.domain.signals import AbuseReading


def assess_abuse(chat: Chat) -> AbuseReading:
    return AbuseReading()
