"""The message pipeline on both databases: decide, write in one unit of work, call Discord, record."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from bot.db.engine import Database
from bot.db.models import Case, Deadline, GovernanceEntry, Strike
from bot.services.moderation.types import CaseStatus, DmStatus
from tests.services.moderation_fakes import ALICE, BOB, CHANNEL, HELP, MOD_ROLE, QUEUE, message, moderation


async def _rows(db: Database, model: type) -> list:  # type: ignore[type-arg]
    async with db.sessions() as session:
        return list((await session.execute(select(model))).scalars())


async def test_repeated_insults_climb_the_ladder_in_one_unit_of_work_each(
    db: Database, tmp_path: Path
) -> None:
    service, port, ctx = await moderation(db, tmp_path)
    outcomes = [
        await service.pipeline.handle(message(ALICE, text)) for text in ("connard", "ta gueule", "connard")
    ]
    assert [o.action.value for o in outcomes] == ["nudge", "warn", "timeout"]
    nudge, warn, timeout = (o.case for o in outcomes)
    assert nudge is not None and warn is not None and timeout is not None
    assert port.named("delete") == [(CHANNEL, warn.case.message_id), (CHANNEL, timeout.case.message_id)]
    [(user, until)] = port.named("timeout")
    assert user == ALICE and until == timeout.case.ends_at == ctx.clock.now() + timedelta(minutes=10)
    firsts = [m.content.splitlines()[0] for m in port.dms(ALICE)]  # what happened, first
    assert [line.split(" :")[0] for line in firsts] == [
        "**Petit rappel, sans sanction",
        "**Un avertissement, et nous avons retiré un de vos messages",
        "**Vos messages sont en pause pour 10 minutes",
    ]
    assert all(
        o.case.status is CaseStatus.APPLIED and o.dm_status is DmStatus.DELIVERED
        for o in (nudge, warn, timeout)
    )

    strikes = await _rows(db, Strike)
    assert [(s.rule_id, s.is_strike) for s in strikes] == [
        ("respect", False),
        ("respect", True),
        ("respect", True),
    ]
    deadlines = await _rows(db, Deadline)
    kinds = sorted(d.kind for d in deadlines)
    assert kinds == ["probation_end", "probation_end", "timeout_end"]  # no probation after a nudge
    cases = await _rows(db, Case)
    assert all(c.excerpt_ref is not None and "connard" not in (c.explanation_sent or "") for c in cases)
    async with db.sessions() as session:
        assert await ctx.vault.open(session, cases[0].excerpt_ref) == "connard"
    kinds = [e.kind for e in await _rows(db, GovernanceEntry)]
    assert kinds.count("moderation_action") == 3 and kinds.count("action_outcome") == 3
    assert service.pipeline.stats.decided == {"nudge": 1, "warn": 1, "timeout": 1}


async def test_help_and_crisis_are_never_sanctioned_and_ticket_threads_are_left_alone(
    db: Database, tmp_path: Path
) -> None:
    service, port, _ = await moderation(db, tmp_path)
    crisis = await service.pipeline.handle(message(ALICE, "je veux mourir, connard"))
    helped = await service.pipeline.handle(message(BOB, "j'ai besoin d'aide, t'es con"))
    thread = await service.pipeline.handle(message(BOB, "connard", thread_parent_id=HELP))
    illness = await service.pipeline.handle(message(BOB, "la chimio me tue, je n'en peux plus de ma maladie"))
    assert (crisis.action.value, helped.action.value, illness.action.value) == ("crisis", "help", "none")
    assert thread.skipped == "help_thread"
    assert port.calls == [] and await _rows(db, Case) == []


async def test_staff_are_never_actioned_automatically_but_reviewed(db: Database, tmp_path: Path) -> None:
    service, port, _ = await moderation(db, tmp_path)
    by_role = await service.pipeline.handle(message(BOB, "connard", role_ids=frozenset({MOD_ROLE})))
    above = await service.pipeline.handle(message(ALICE, "connard", above_bot=True))
    assert by_role.action.value == "review" and above.action.value == "review"
    assert port.named("delete") == [] and port.named("dm") == []
    cards = port.named("post")
    assert [channel for channel, _ in cards] == [QUEUE, QUEUE]
    assert all("mod:review:" in b.custom_id for _, card in cards for b in card.buttons)
    assert [c.status for c in await _rows(db, Case)] == ["proposed", "proposed"]


async def test_closed_dms_fall_back_to_a_notice_pinging_only_the_member(db: Database, tmp_path: Path) -> None:
    service, port, _ = await moderation(db, tmp_path)
    port.closed.add(ALICE)
    outcome = await service.pipeline.handle(message(ALICE, "rejoins discord.gg/abcdef"))
    assert outcome.action.value == "hide" and outcome.case is not None
    assert outcome.case.dm_status is DmStatus.DM_CLOSED_NOTICE
    [(channel, notice)] = port.named("post")
    assert channel == CHANNEL and notice.mention_user == ALICE and f"<@{ALICE}>" in notice.content
    assert "discord.gg" not in notice.content
    assert notice.buttons[0].custom_id == f"mod:why:{outcome.case.case.id}"  # to read it privately

    port.refuse.add("post")  # the notice cannot be posted either
    again = await service.pipeline.handle(message(ALICE, "discord.gg/other"))
    assert again.case is not None and again.case.dm_status is DmStatus.DM_CLOSED


async def test_a_flood_burst_is_one_incident(db: Database, tmp_path: Path) -> None:
    service, port, _ = await moderation(db, tmp_path)
    outcomes = [await service.pipeline.handle(message(BOB, f"spam {i}")) for i in range(9)]
    actions = [o.action.value for o in outcomes]
    assert actions == ["none"] * 5 + ["hide"] * 4
    first = outcomes[5].case
    assert first is not None and [o.folded_into for o in outcomes[6:]] == [first.case.id] * 3
    assert len(await _rows(db, Case)) == 1 and len(port.named("delete")) == 4 and len(port.dms(BOB)) == 1
    assert service.pipeline.stats.folded == 3 and service.pipeline.stats.decided_total == 9


async def test_when_discord_refuses_the_case_fails_and_nothing_false_is_told(
    db: Database, tmp_path: Path
) -> None:
    service, port, _ = await moderation(db, tmp_path)
    port.refuse.add("timeout")
    outcome = await service.pipeline.handle(message(ALICE, "je vais te tuer"))  # threats: timeout 24h
    assert outcome.case is not None and outcome.case.case.status is CaseStatus.FAILED
    assert outcome.case.dm_status is DmStatus.WITHHELD and port.dms(ALICE) == []
    [case] = await _rows(db, Case)
    assert case.apply_error and "50013" in case.apply_error
    assert await _rows(db, Strike) == []  # a failed action leaves no strike (issue #14)
    [alert] = [text for channel, text in port.named("post") if channel == QUEUE]
    assert f"Cas n° {case.id}" in alert.content and "50013" in alert.content and alert.mention_user is None
