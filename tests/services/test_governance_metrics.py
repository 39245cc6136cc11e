"""The trust report computed from a seeded database matches figures worked out by hand.

The data set (March 2026, worked out in the comments):

cases            c1 03-02 respect hide auto clear=yes      c2 03-05 respect timeout auto clear=no
                 c3 03-10 spam hide auto                   c4 03-12 respect warn human, overturned, clear=yes
                 c5 03-20 (no rule) ban human              c6 02-27 spam hide auto (before the period)
  -> 5 actions; respect 3, spam 1, none 1; hide 2, timeout/warn/ban 1; 3 automatic, 2 human;
     overturned: c4 (status) and c2 (appeal granted) = 2; CLARITY 2 yes of 3 votes
appeals          a1 on c2 opened 03-06 granted 03-07;  a2 on c5 opened 03-21 denied 03-22;
                 a3 on c4 opened 03-13 still open;     a4 on c6 opened 02-28 granted 03-01
  -> 3 opened (rate 3/5), 3 decided in March (a1, a2, a4), 2 granted (overturn 2/3)
tickets          t1 03-03 10:00 answered in 5 min (SLO 15), closed 11:00, solved, rated 5 with a comment
                 t2 03-04 10:00 SLO 5, answered in 10 min, closed 12:00, reopened 03-06, closed 03-07,
                    solved, rated 3, escalated twice (the row's level was reset on reopen)
                 t3 03-08 10:00 never answered, still open, escalated once          -> missed
                 t4 02-25 answered, first closed 03-02, not solved, rated 2         -> closed in March
                 t5 03-31 23:50: its 15-min deadline falls after the period          -> not judged
  -> opened 4; FRT samples 300 s and 600 s: median 450 s, p90 600 s; within SLO 1 of (2 + 1 missed);
     closed 3 (t1, t2, t4): FCR 1/3 (t1), reopen 1/3 (t2); CSAT (5+3+2)/3, distribution 0,1,1,0,1;
     escalations 3 over 2 tickets
kb opens         3 in March (article "fatigue" twice, "sleep" once), 1 in April
audit verdicts   appropriate 2, too harsh 1 in March; wrong 1 in April
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.db.models import AuditVerdict, KbOpen
from bot.governance.metrics import TrustReport
from bot.services.governance.period import Period
from tests.conftest import DatabaseFactory
from tests.governance.db_seed import GUILD, add_appeal, add_case, add_guild, add_ticket
from tests.services_support import make_context

COMMENT = "=1+1 merci pour l'écoute"


def d(month: int, day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


async def _seed(ctx) -> None:  # type: ignore[no-untyped-def]
    await add_guild(ctx)
    await add_case(ctx, d(3, 2), clarity=True)
    c2 = await add_case(ctx, d(3, 5), action="timeout", clarity=False)
    await add_case(ctx, d(3, 10), rule_id="spam")
    c4 = await add_case(ctx, d(3, 12), action="warn", automatic=False, status="overturned", clarity=True)
    c5 = await add_case(ctx, d(3, 20), rule_id=None, action="ban", automatic=False)
    c6 = await add_case(ctx, d(2, 27), rule_id="spam", clarity=True)
    await add_appeal(ctx, c2, d(3, 6), state="granted", decided=d(3, 7))
    await add_appeal(ctx, c5, d(3, 21), state="denied", decided=d(3, 22))
    await add_appeal(ctx, c4, d(3, 13))
    await add_appeal(ctx, c6, d(2, 28), state="granted", decided=d(3, 1))

    vault = ctx.governance.vault
    async with ctx.db.unit_of_work() as session:
        comment_ref = await vault.seal(session, GUILD, 1, "comment", COMMENT)
    await add_ticket(
        ctx, d(3, 3), first_response=timedelta(minutes=5), closes=(d(3, 3, 11),), solved=True, rating=5,
        comment_ref=comment_ref,
    )  # fmt: skip
    await add_ticket(
        ctx,
        d(3, 4),
        slo=5,
        first_response=timedelta(minutes=10),
        closes=(d(3, 4, 12), d(3, 7)),
        reopens=(d(3, 6, 9),),
        escalations=(d(3, 4, 10, 5), d(3, 6, 9, 20)),
        solved=True,
        rating=3,
    )
    await add_ticket(ctx, d(3, 8), escalations=(d(3, 8, 10, 16),))
    await add_ticket(
        ctx, d(2, 25), first_response=timedelta(minutes=3), closes=(d(3, 2),), solved=False, rating=2
    )
    await add_ticket(ctx, d(3, 31, 23, 50))
    async with ctx.db.unit_of_work() as session:
        for at, article in ((d(3, 1), "fatigue"), (d(3, 9), "fatigue"), (d(3, 9), "sleep"), (d(4, 1), "x")):
            session.add(KbOpen(guild_id=GUILD, article_id=article, language="fr", at=at))
        for at, verdict in (
            (d(3, 2), "appropriate"),
            (d(3, 3), "appropriate"),
            (d(3, 4), "too_harsh"),
            (d(4, 2), "wrong"),
        ):
            session.add(
                AuditVerdict(
                    guild_id=GUILD, entry_seq=1, reviewer="committee:m_00000000aa", verdict=verdict, at=at
                )
            )


@pytest.fixture
async def report(db_factory: DatabaseFactory, tmp_path: Path) -> TrustReport:
    db = await db_factory.make()
    ctx = await make_context(db, tmp_path)
    ctx.clock.set(d(5, 1))
    await _seed(ctx)
    bundle = await ctx.governance.reports.build(GUILD, Period.parse("2026-03"), "en")
    assert "Trust report" in bundle.summary and "attached" in bundle.summary
    assert "attached" not in bundle.summary_text and "**" not in bundle.summary_text
    assert {c.name for c in bundle.charts} == {
        "first_answers",
        "rules",
        "coverage",
        "trend",
    }  # no crisis alert
    assert all(c.png is not None and c.png.startswith(b"\x89PNG") for c in bundle.charts)
    assert "=1+1 merci" in bundle.html
    return bundle.report


def test_moderation_figures(report: TrustReport) -> None:
    assert report.actions_total == 5
    assert report.actions_by_rule == (("respect", 3), ("-", 1), ("spam", 1))
    assert dict(report.actions_by_kind) == {"hide": 2, "timeout": 1, "warn": 1, "ban": 1}
    assert (report.automatic_actions, report.human_actions, report.overturned_actions) == (3, 2, 2)
    assert (report.clarity_votes, report.clarity_yes) == (3, 2)
    assert report.clarity == pytest.approx(2 / 3)


def test_appeal_figures(report: TrustReport) -> None:
    assert (report.appeals_opened, report.appeals_decided, report.appeals_granted) == (3, 3, 2)
    assert report.appeal_rate == pytest.approx(3 / 5)
    assert report.overturn_rate == pytest.approx(2 / 3)


def test_help_figures(report: TrustReport) -> None:
    assert (report.tickets_opened, report.tickets_answered, report.tickets_missed) == (4, 2, 1)
    assert report.frt_median_seconds == pytest.approx(450)
    assert report.frt_p90_seconds == pytest.approx(600)
    assert report.frt_within_slo == pytest.approx(1 / 3)
    assert report.tickets_closed == 3
    assert report.fcr == pytest.approx(1 / 3)
    assert report.reopen_rate == pytest.approx(1 / 3)
    assert report.csat_mean == pytest.approx(10 / 3)
    assert report.csat_distribution == (0, 1, 1, 0, 1)
    assert report.comments == (COMMENT,)
    assert (report.escalations, report.escalated_tickets) == (3, 2)


def test_self_help_and_audit_figures(report: TrustReport) -> None:
    assert report.kb_opens == 3
    assert report.kb_top_articles == (("fatigue", 2), ("sleep", 1))
    assert dict(report.audit_verdicts) == {"appropriate": 2, "too_harsh": 1, "too_lenient": 0, "wrong": 0}
    assert report.audits_total == 3
