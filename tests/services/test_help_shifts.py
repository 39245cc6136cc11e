"""Shifts and the weekly rota: who is on duty, only trained peers, scheduled changes as deadlines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.db.engine import Database
from bot.db.models import Shift
from bot.domain.help.rota import RotaError
from bot.domain.help.rota_parse import parse_rota_text
from bot.domain.help.ticket_types import Origin
from bot.services.help import ROTA_CHANGE
from tests.services.help_support import ALICE, BOB, GUILD, PAUL, PIA, HelpEnv, make_help_env

MONDAY_9 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)  # the movable clock's start (a Monday, winter)


@pytest.fixture
async def env(db: Database, tmp_path: Path) -> HelpEnv:
    return await make_help_env(db, tmp_path)


async def test_only_trained_peers_go_on_duty(env: HelpEnv) -> None:
    with pytest.raises(RotaError) as refused:
        await env.help.shifts.start(GUILD, BOB, trained=False)
    assert refused.value.key == "help.error_not_trained"
    assert await env.help.shifts.who(GUILD) == ()
    assert await env.rows(Shift) == []


async def test_start_who_end(env: HelpEnv) -> None:
    assert env.clock.now() == MONDAY_9
    waiting = await env.help.tickets.open(GUILD, ALICE, origin=Origin.SLASH, language="fr")
    await env.help.tickets.attach_space(waiting.ticket.id, 4242)
    threads = await env.help.shifts.start(GUILD, PIA, trained=True)
    assert threads == (4242,)  # she joins the spaces of tickets waiting for someone
    await env.help.shifts.start(GUILD, PAUL, trained=True)
    assert await env.help.shifts.who(GUILD) == (PIA, PAUL)
    with pytest.raises(RotaError) as twice:
        await env.help.shifts.start(GUILD, PIA, trained=True)
    assert twice.value.key == "help.shift_already_on"
    env.clock.advance(timedelta(hours=1))
    await env.help.shifts.end(GUILD, PIA)
    assert await env.help.shifts.who(GUILD) == (PAUL,)
    with pytest.raises(RotaError) as off:
        await env.help.shifts.end(GUILD, PIA)
    assert off.value.key == "help.shift_not_on"
    [pia_shift] = await env.rows(Shift, Shift.user_id == PIA)
    assert pia_shift.ended_at == env.clock.now() and pia_shift.source == "manual"


async def test_the_rota_puts_people_on_and_off_duty_in_their_time_zone(env: HelpEnv) -> None:
    # Monday 10:00-12:00 in Paris is 09:00-11:00 UTC in winter; Paul in Montreal 09:00-17:00 local.
    rota = parse_rota_text(f"{PIA} mon 10:00-12:00 Europe/Paris\n{PAUL} mon 09:00-17:00 America/Montreal")
    stored = await env.help.shifts.set_rota(GUILD, rota, actor_id=1)
    assert len(stored.entries) == 2
    assert await env.help.shifts.who(GUILD) == (PIA,)  # 09:00 UTC = 10:00 Paris, 04:00 Montreal
    [deadline] = await env.pending(ROTA_CHANGE)
    assert deadline.due_at == datetime(2026, 1, 5, 11, 0, tzinfo=UTC)  # Pia's shift ends

    env.clock.set(deadline.due_at)
    tick = await env.help.shifts.rota_tick(GUILD, MONDAY_9)
    assert (tick.started, tick.ended) == ((), (PIA,))
    assert await env.help.shifts.who(GUILD) == ()
    [following] = await env.pending(ROTA_CHANGE)
    assert following.due_at == datetime(2026, 1, 5, 14, 0, tzinfo=UTC)  # 09:00 in Montreal

    env.clock.set(following.due_at)
    tick = await env.help.shifts.rota_tick(GUILD, deadline.due_at)
    assert tick.started == (PAUL,) and await env.help.shifts.who(GUILD) == (PAUL,)
    log = await env.log("config_change")
    assert log and log[0].action == "rota"


async def test_ending_a_scheduled_shift_early(env: HelpEnv) -> None:
    await env.help.shifts.set_rota(GUILD, parse_rota_text(f"{PIA} daily 08:00-20:00 UTC"), actor_id=1)
    assert await env.help.shifts.who(GUILD) == (PIA,)
    await env.help.shifts.end(GUILD, PIA)
    assert await env.help.shifts.who(GUILD) == ()
    env.clock.advance(timedelta(hours=11))  # 20:00: the scheduled shift is over anyway
    env.clock.advance(timedelta(hours=13))  # the next day at 09:00: back on the rota
    assert await env.help.shifts.who(GUILD) == (PIA,)


async def test_replacing_one_moderator_keeps_the_others(env: HelpEnv) -> None:
    await env.help.shifts.set_rota(
        GUILD, parse_rota_text(f"{PIA} mon 08:00-10:00 UTC\n{PAUL} tue 08:00-10:00 UTC"), actor_id=1
    )
    full = await env.help.shifts.set_rota(
        GUILD, parse_rota_text(f"{PIA} wed 08:00-10:00 UTC"), actor_id=1, replace_for=[PIA]
    )
    assert sorted((e.moderator_id, e.weekday) for e in full.entries) == [(PIA, 2), (PAUL, 1)]
    cleared = await env.help.shifts.set_rota(GUILD, parse_rota_text(""), actor_id=1)
    assert cleared.entries == () and await env.pending(ROTA_CHANGE) == []
