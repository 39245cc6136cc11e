"""The committee's report and the DSA statements of reasons, built from a real database (SQLite, and
PostgreSQL when ``HAVRE_TEST_POSTGRES_URL`` is set): crisis tickets, notices, shifts and appeals as stored
by the bot; rule titles from the server's policy; last month and six months of trend; an unknown server."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import jsonschema
import pytest

from bot.db.models import Case, Shift
from bot.governance.dsa import STATEMENT_SCHEMA
from bot.services.governance.period import Period
from bot.services.governance.report import NoDataForServer
from tests.conftest import DatabaseFactory
from tests.governance.db_seed import (
    ALICE,
    BOB,
    GUILD,
    MOD,
    add_appeal,
    add_case,
    add_guild,
    add_ticket,
    entries_of_kind,
)
from tests.services_support import make_context

OTHER_GUILD = 899_999_999_999_999_999


def d(month: int, day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


async def _seed(ctx) -> None:  # type: ignore[no-untyped-def]
    await add_guild(ctx)
    # February: three crisis alerts (in time, late, never answered), one ordinary request
    await add_ticket(ctx, d(2, 3, 2), slo=5, first_response=timedelta(minutes=3), closes=(d(2, 3, 3),),
                     escalations=(d(2, 3, 2, 1),), priority="crisis", responder=MOD)  # fmt: skip
    await add_ticket(ctx, d(2, 10, 14), slo=5, first_response=timedelta(minutes=12), closes=(d(2, 10, 16),),
                     priority="crisis", responder=MOD)  # fmt: skip
    await add_ticket(ctx, d(2, 20, 3), slo=5, priority="crisis")
    await add_ticket(ctx, d(2, 4), first_response=timedelta(seconds=30), closes=(d(2, 4, 11),), responder=BOB)
    # January: one crisis alert answered in 2 minutes
    await add_ticket(ctx, d(1, 12, 9), slo=5, first_response=timedelta(minutes=2), closes=(d(1, 12, 10),),
                     priority="crisis", responder=MOD)  # fmt: skip
    timeout = await add_case(ctx, d(2, 4), action="timeout")
    ban = await add_case(ctx, d(2, 7), rule_id="scam", action="ban", automatic=False)
    await add_case(ctx, d(2, 8), rule_id="flood", action="nudge")  # restricts nothing: no statement
    await add_case(ctx, d(1, 5))
    await add_appeal(ctx, timeout, d(2, 5), state="granted", decided=d(2, 6))
    await add_appeal(ctx, ban, d(2, 8), state="denied", decided=d(2, 9))
    async with ctx.db.unit_of_work() as session:
        for case_id, (status, dm) in {
            timeout: ("overturned", "failed"),
            ban: ("applied", "dm_closed"),
        }.items():
            case = await session.get(Case, case_id)
            assert case is not None
            case.status, case.dm_status = status, dm
            case.message_id = 1_300_000_000_000_000_000 if case_id == timeout else None
            case.ends_at = d(2, 5) if case_id == timeout else None
            case.signals = {"terms": ["[redacted]"]}
            case.updated_at = d(2, 6)  # the appeal was granted, or the ban confirmed
        for day in range(1, 29):
            session.add(Shift(guild_id=GUILD, user_id=MOD, started_at=d(2, day, 8), ended_at=d(2, day, 20)))


@pytest.fixture
async def ctx(db_factory: DatabaseFactory, tmp_path: Path):  # type: ignore[no-untyped-def]
    db = await db_factory.make()
    services = await make_context(db, tmp_path)
    services.clock.set(d(3, 15))
    await _seed(services)
    return services


async def test_the_report_from_the_database(ctx) -> None:  # type: ignore[no-untyped-def]
    steps: list[str] = []
    bundle = await ctx.governance.reports.build(GUILD, Period.parse("2026-02"), "en", progress=steps.append)
    assert steps == ["load", "compute", "draw", "done"]
    report = bundle.report
    assert (report.crisis.alerts, report.crisis.answered_in_time, report.crisis.unanswered) == (3, 1, 1)
    assert report.open_at_end.crisis == 1
    notices = report.notices  # the nudge's notice is still pending (the seed never sent it)
    assert (notices.needed, notices.undelivered, notices.pending) == (3, 2, 1)
    assert len(report.peer_workload) == 2 and report.peer_workload[0][1] == 2
    assert all(str(MOD) not in peer and str(BOB) not in peer for peer, _ in report.peer_workload)
    assert {h.hour: h.on_duty_share for h in report.coverage}[9] == 1.0
    assert bundle.previous is not None and bundle.previous.crisis.alerts == 1
    assert [p.label for p in bundle.trend] == [
        "2025-09",
        "2025-10",
        "2025-11",
        "2025-12",
        "2026-01",
        "2026-02",
    ]
    document = bundle.document
    assert document is not None and document.headline[0] == "Crisis alerts: 3."
    rules = document.section("moderation").tables[0]
    assert [row[0] for row in rules.rows] == [  # the policy's titles, not the rule ids
        "Respect between members",
        "No scams or suspicious links",
        "No flooding",
    ]
    assert "crisis_answers" in {c.name for c in bundle.charts}
    assert "attached" not in bundle.summary_text and "attached" in bundle.summary


async def test_an_unknown_server_is_an_error_not_an_empty_report(ctx) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NoDataForServer):
        await ctx.governance.reports.build(OTHER_GUILD, Period.parse("2026-02"), "en", require_data=True)
    quiet = await ctx.governance.reports.build(GUILD, Period.parse("2025-06"), "en", require_data=True)
    assert quiet.empty and quiet.charts == ()


async def test_dsa_statements_validate_and_hold_no_member_data(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "sor.jsonl"
    seen: list[int] = []
    outcome = await ctx.governance.statements.export_file(
        GUILD, out, since=d(2, 1), until=d(3, 1), progress=seen.append
    )
    lines = out.read_text().splitlines()
    assert outcome.rows == len(lines) == 2 and outcome.skipped == 1 and seen[-1] == 2
    validator = jsonschema.Draft202012Validator(STATEMENT_SCHEMA)
    statements = [json.loads(line) for line in lines]
    for statement in statements:
        validator.validate(statement)
    timeout, ban = statements
    assert timeout["decision_visibility"] == ["DECISION_VISIBILITY_CONTENT_REMOVED"]
    assert timeout["decision_provision"] == "DECISION_PROVISION_PARTIAL_SUSPENSION"
    assert timeout["end_date_service_restriction"] == "2026-02-06"  # overturned: ended when reversed
    assert (
        timeout["automated_decision"] == "AUTOMATED_DECISION_FULLY"
        and timeout["automated_detection"] == "Yes"
    )
    assert timeout["content_type"] == ["CONTENT_TYPE_TEXT"] and timeout["category"].startswith(
        "STATEMENT_CATEGORY_"
    )
    assert "granted" in timeout["decision_facts"] and "/appeal" in timeout["decision_facts"]
    assert ban["decision_account"] == "DECISION_ACCOUNT_TERMINATED" and ban["category"] == (
        "STATEMENT_CATEGORY_SCAMS_AND_FRAUD"
    )
    assert ban["automated_decision"] == "AUTOMATED_DECISION_NOT_AUTOMATED"
    assert ban["content_type"] == ["CONTENT_TYPE_OTHER"] and ban["content_type_other"]
    assert ban["decision_ground"] == "DECISION_GROUND_INCOMPATIBLE_CONTENT"
    assert (
        ban["decision_ground_reference_url"].startswith("http")
        and ban["incompatible_content_ground"] != "scam"
    )
    text = out.read_text()
    for secret in (str(ALICE), str(MOD), str(GUILD), "m_", "redacted", "Your message was hidden"):
        assert secret not in text
    logged = await entries_of_kind(ctx.db, "export")
    assert logged[-1].data["format"] == "dsa-jsonl" and logged[-1].data["rows"] == 2
