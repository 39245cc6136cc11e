"""A channel's watermark moves only past decided messages; a message id is taken once."""

from __future__ import annotations

from types import SimpleNamespace

from bot.services.moderation.resilience import Watermarks
from bot.services.moderation.types import IncomingMessage


def message(ident: int, channel: int = 7) -> IncomingMessage:
    return IncomingMessage(guild_id=1, channel_id=channel, message_id=ident, author_id=5, content="")


def test_the_watermark_waits_for_the_oldest_message_still_in_flight() -> None:
    marks = Watermarks(SimpleNamespace())  # type: ignore[arg-type]
    first, second, third = message(100), message(101), message(102)
    assert all(marks.begin(m) for m in (first, second, third))
    assert marks.mark(7) == 99  # a new channel: nothing before its first message is ours to decide
    marks.finish(third)
    marks.finish(second)
    assert marks.mark(7) == 99  # 100 is still undecided (e.g. waiting for the database)
    marks.finish(first)
    assert marks.mark(7) == 102
    assert marks.in_flight() == 0


def test_a_message_is_taken_once_and_channels_are_apart() -> None:
    marks = Watermarks(SimpleNamespace())  # type: ignore[arg-type]
    assert marks.begin(message(10))
    assert not marks.begin(message(10))  # the same id again (caught up and delivered live)
    assert marks.begin(message(11, channel=8))
    marks.finish(message(11, channel=8))
    assert marks.mark(8) == 11 and marks.mark(7) == 9
