"""Helpers for the moderation end-to-end tests: buttons of a message, cases, log kinds, ping checks."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select

from bot.db.models import Appeal, Case, GovernanceEntry, Strike
from emulator.models import MessageState
from tests.e2e.conftest import Havre


def walk(components: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for component in components:
        yield component
        yield from walk(component.get("components") or [])


def button_ids(message: MessageState) -> list[str]:
    return [
        str(c["custom_id"]) for c in walk(message.components) if c.get("type") == 2 and c.get("custom_id")
    ]


def button_labels(message: MessageState) -> list[str]:
    return [str(c.get("label")) for c in walk(message.components) if c.get("type") == 2]


async def cases(havre: Havre) -> list[Case]:
    assert havre.bot is not None
    async with havre.bot.services.db.sessions() as session:
        return list((await session.execute(select(Case).order_by(Case.id))).scalars())


async def strikes(havre: Havre) -> list[Strike]:
    assert havre.bot is not None
    async with havre.bot.services.db.sessions() as session:
        return list((await session.execute(select(Strike).order_by(Strike.id))).scalars())


async def appeals(havre: Havre) -> list[Appeal]:
    assert havre.bot is not None
    async with havre.bot.services.db.sessions() as session:
        return list((await session.execute(select(Appeal).order_by(Appeal.id))).scalars())


async def log_kinds(havre: Havre) -> list[str]:
    assert havre.bot is not None
    async with havre.bot.services.db.sessions() as session:
        rows = await session.execute(select(GovernanceEntry.kind).order_by(GovernanceEntry.seq))
        return list(rows.scalars())


async def entries_of(havre: Havre, kind: str) -> list[GovernanceEntry]:
    """The governance log's entries of one kind, oldest first."""
    assert havre.bot is not None
    async with havre.bot.services.db.reading() as session:
        query = select(GovernanceEntry).where(GovernanceEntry.kind == kind).order_by(GovernanceEntry.seq)
        return list((await session.execute(query)).scalars())


async def case_settled(havre: Havre, count: int = 1) -> list[Case]:
    """Wait until ``count`` cases exist and none is still pending (the outcome was recorded)."""
    found: list[Case] = []

    async def ready() -> bool:
        nonlocal found
        found = await cases(havre)
        return len(found) >= count and all(c.status != "pending" for c in found)

    deadline = time.monotonic() + 5
    while not await ready():
        if time.monotonic() > deadline:
            raise TimeoutError(f"expected {count} settled case(s), found {[(c.id, c.status) for c in found]}")
        await asyncio.sleep(0.02)
    return found


def bot_messages(havre: Havre) -> list[MessageState]:
    bot_id = havre.emu.bot_user_id
    return [m for m in havre.emu.world.messages.values() if m.author_id == bot_id]


def assert_no_pings(havre: Havre, allowed_user: int | None = None) -> None:
    """No bot message pinged @everyone/@here or a role, and users only ``allowed_user``; and every
    message the bot sent or edited asked for no pings (``allowed_mentions.parse`` empty)."""
    for message in bot_messages(havre):
        assert not message.mention_everyone, message.content
        assert message.mention_roles == [], message.content
        assert set(message.mentions) <= ({allowed_user} if allowed_user else set()), message.content
        allowed = message.allowed_mentions
        assert allowed is not None, f"no allowed_mentions on {message.content[:80]!r}"
        assert allowed.get("parse") == [], allowed
        assert not allowed.get("roles"), allowed
        users = [int(u) for u in allowed.get("users") or []]
        assert users in ([], [allowed_user]), allowed


async def dm_number(havre: Havre, member: object, n: int) -> MessageState:
    """The member's ``n``-th DM from the bot (1-based), waiting for it if needed."""
    return await havre.emu.wait_for(
        lambda: member.dms()[n - 1] if len(member.dms()) >= n else None,  # type: ignore[attr-defined]
        5,
        f"DM #{n}",
    )
