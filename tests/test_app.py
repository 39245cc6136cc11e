"""The bot asks only for what it needs and pings nobody by default."""

from __future__ import annotations

from pathlib import Path

import discord

from bot.app import HavreBot, intents_for
from bot.config import Settings
from bot.db.engine import Database
from bot.domain.clock import MovableClock
from bot.services.context import AppContext
from bot.services.wiring import wire_services


def _bot(tmp_path: Path, **settings: object) -> HavreBot:
    conf = Settings(data_dir=tmp_path, **settings)  # type: ignore[arg-type]
    db = Database(conf.effective_database_url)
    clock = MovableClock()
    return HavreBot(wire_services(AppContext.create(conf, db, clock)), message_content=False)


def test_intents_are_least_privilege() -> None:
    without = intents_for(message_content=False)
    assert not without.message_content and not without.presences and not without.voice_states
    assert without.guilds and without.guild_messages and without.dm_messages and without.members
    assert intents_for(message_content=True).message_content
    assert without.value | discord.Intents.message_content.flag == intents_for(True).value


def test_no_one_is_pinged_by_default_and_shards_come_from_settings(tmp_path: Path) -> None:
    bot = _bot(tmp_path, shard_ids="1", shard_count=2)
    mentions = bot.allowed_mentions
    assert mentions is not None
    assert (mentions.everyone, mentions.users, mentions.roles, mentions.replied_user) == (
        False,
        False,
        False,
        False,
    )
    assert bot.shard_ids == [1] and bot.shard_count == 2
    assert not bot.intents.message_content
