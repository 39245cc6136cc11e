"""A recording stand-in for the Discord side of moderation, and a ready service on a test database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.db.engine import Database
from bot.domain.clock import MovableClock
from bot.services.moderation import IncomingMessage, ModerationService
from bot.services.moderation.checks import Ranks
from bot.services.moderation.types import Delivery, DmResult, EffectResult, MemberState, OutMessage
from bot.services.wiring import Services
from tests.services_support import make_context

GUILD = 900_000_000_000_000_001
CHANNEL = 900_000_000_000_000_002
QUEUE = 900_000_000_000_000_003
HELP = 900_000_000_000_000_004
MOD_ROLE = 900_000_000_000_000_005
ALICE = 900_000_000_000_000_010
BOB = 900_000_000_000_000_011
MAX = 900_000_000_000_000_012


@dataclass
class FakePort:
    """Records every call; ``closed`` users refuse DMs (50007), ``refuse`` names calls that fail (50013)."""

    calls: list[tuple[str, Any]] = field(default_factory=list)
    closed: set[int] = field(default_factory=set)
    refuse: set[str] = field(default_factory=set)
    members: dict[int, MemberState] = field(default_factory=dict)
    ranked: dict[int, Ranks] = field(default_factory=dict)  # what ``ranks`` answers per target
    down: bool = False  # Discord answers every DM and post with a 503
    next_id: int = 1000

    def _result(self, name: str, payload: Any) -> EffectResult:
        self.calls.append((name, payload))
        if self.down and name == "post":
            return EffectResult(False, "503 0 Service Unavailable", 0, status=503)
        if name in self.refuse:
            return EffectResult(False, "403 50013 Missing Permissions", 50013)
        self.next_id += 1
        return EffectResult.success(self.next_id)

    def named(self, name: str) -> list[Any]:
        return [payload for call, payload in self.calls if call == name]

    async def delete_message(self, channel_id: int, message_id: int, reason: str) -> EffectResult:
        return self._result("delete", (channel_id, message_id))

    async def set_timeout(
        self, guild_id: int, user_id: int, until: datetime | None, reason: str
    ) -> EffectResult:
        result = self._result("timeout", (user_id, until))
        if result.ok:
            self.members[user_id] = MemberState(True, until)
        return result

    async def kick(self, guild_id: int, user_id: int, reason: str) -> EffectResult:
        return self._result("kick", user_id)

    async def ban(self, guild_id: int, user_id: int, reason: str) -> EffectResult:
        return self._result("ban", user_id)

    async def unban(self, guild_id: int, user_id: int, reason: str) -> EffectResult:
        return self._result("unban", user_id)

    async def send_dm(self, user_id: int, message: OutMessage) -> DmResult:
        self.calls.append(("dm", (user_id, message)))
        if self.down:
            return DmResult(Delivery.FAILED, "503 0 Service Unavailable", status=503)
        if user_id in self.closed:
            return DmResult(Delivery.CLOSED, "403 50007")
        self.next_id += 1
        return DmResult(Delivery.DELIVERED, message_id=self.next_id)

    async def post(self, channel_id: int, message: OutMessage) -> EffectResult:
        return self._result("post", (channel_id, message))

    async def edit(self, channel_id: int, message_id: int, message: OutMessage) -> EffectResult:
        return self._result("edit", (channel_id, message_id, message))

    async def member_state(self, guild_id: int, user_id: int) -> MemberState:
        return self.members.get(user_id, MemberState(True, None))

    async def ranks(self, guild_id: int, moderator_id: int, target_id: int) -> Ranks | None:
        return self.ranked.get(target_id)

    def dms(self, user_id: int) -> list[OutMessage]:
        return [message for uid, message in self.named("dm") if uid == user_id]


async def moderation(db: Database, tmp_path: Path) -> tuple[ModerationService, FakePort, Services]:
    clock = MovableClock()
    ctx = await make_context(db, tmp_path, clock, model_enabled=False)
    async with db.unit_of_work() as session:
        await ctx.guilds.update(
            session, GUILD, preset="patient", language="fr", mod_queue_channel_id=QUEUE,
            help_channel_id=HELP, moderator_role_id=MOD_ROLE,
        )  # fmt: skip
    service: ModerationService = ctx.moderation
    port = FakePort()
    service.attach(port)
    return service, port, ctx


_next_message = [5000]


def message(author: int, content: str, **extra: Any) -> IncomingMessage:
    _next_message[0] += 1
    return IncomingMessage(
        guild_id=GUILD,
        channel_id=CHANNEL,
        message_id=_next_message[0],
        author_id=author,
        content=content,
        **extra,
    )


def moving(ctx: Services) -> MovableClock:
    """The test clock, to move time."""
    assert isinstance(ctx.clock, MovableClock)
    return ctx.clock
