"""Crisis, distress and help requests (to be built: see the package docstring)."""

from __future__ import annotations

from bot.classify.judge.chat import Chat
from bot.domain.signals import SupportReading


def assess_support(chat: Chat) -> SupportReading:
    return SupportReading()
