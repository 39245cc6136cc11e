"""Exports from the database: pseudonymised unless a second admin approved, formula-safe, logged."""

from __future__ import annotations

import csv
import gzip
import io
import json
from pathlib import Path

import pytest

from bot.governance.chain import EntryKind
from bot.governance.export import ExportFormat
from bot.governance.pseudonym import ActorRole
from bot.governance.spreadsheet import FORMULA_TRIGGERS
from bot.services.governance.errors import RequestNotFound, RequestNotPending, SecondAdminRequired
from bot.services.governance.export import ExportQuery
from bot.services.recorder import GovEvent
from tests.conftest import DatabaseFactory
from tests.governance.db_seed import (
    ADA,
    ALICE,
    BOB,
    GUILD,
    MOD,
    ZED,
    add_case,
    add_guild,
    entries_of_kind,
    record,
)
from tests.services_support import make_context

MESSAGE_ID = 1_234_567_890_123_456_789
FORMULA_RULE = '=HYPERLINK("http://evil","x")'


@pytest.fixture
async def ctx(db_factory: DatabaseFactory, tmp_path: Path):  # type: ignore[no-untyped-def]
    db = await db_factory.make()
    context = await make_context(db, tmp_path)
    await add_guild(context)
    await add_case(context, context.clock.now(), user_id=ALICE)  # so the id resolver knows Alice
    for i, (subject, note) in enumerate(
        [(ALICE, "+SUM(A1:A9)"), (BOB, f"see message {MESSAGE_ID}"), (ALICE, "@cmd"), (BOB, "\tx")]
    ):
        await record(
            context,
            GovEvent(
                GUILD,
                EntryKind.MODERATION_ACTION,
                actor_id=MOD if i % 2 else None,
                subject_id=subject,
                rule_id=FORMULA_RULE if i == 0 else "respect",
                action="-hide" if i == 3 else "hide",
                signals={"toxicity": 0.9},
                data={"note": note, "message_id": MESSAGE_ID, "channel": f"<#{MESSAGE_ID}>"},
            ),
        )
    return context


def _raw_ids() -> list[str]:
    return [str(x) for x in (GUILD, ALICE, BOB, MOD, ADA, MESSAGE_ID)]


async def test_a_pseudonymised_csv_holds_no_discord_id_and_no_live_formula(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    exports = ctx.governance.exports
    out = tmp_path / "log.csv"
    seen: list[int] = []
    outcome = await exports.export_file(ExportQuery(GUILD), out, requested_by=ADA, progress=seen.append)
    text = out.read_text(encoding="utf-8")
    assert outcome.rows == 4 and not outcome.real_ids
    assert seen and seen[-1] == 4
    for raw in _raw_ids():
        assert raw not in text
    pseudonym = ctx.governance.recorder.subject(GUILD, ALICE)
    assert pseudonym in text
    cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    assert len(cells) == 5 * 14
    assert all(not cell or cell[0] not in FORMULA_TRIGGERS for cell in cells)
    assert "'" + FORMULA_RULE in cells
    assert "'-hide" in cells
    # the export itself is logged, with the admin as a pseudonymous actor
    (logged,) = await entries_of_kind(ctx.db, EntryKind.EXPORT)
    assert logged.actor == ctx.governance.recorder.actor(GUILD, ADA, ActorRole.ADMIN)
    assert (logged.data["rows"], logged.data["real_ids"], logged.data["format"]) == (4, False, "csv")


async def test_a_jsonl_export_filters_by_kind_and_time(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    exports = ctx.governance.exports
    await record(ctx, GovEvent(GUILD, EntryKind.CONFIG_CHANGE, actor_id=ADA, data={"x": 1}))
    query = ExportQuery(GUILD, ExportFormat.JSONL, kinds=("config_change",))
    assert await exports.count(query) == 1
    outcome = await exports.export_file(query, tmp_path / "log.jsonl.gz", requested_by=ADA)
    lines = gzip.decompress((tmp_path / "log.jsonl.gz").read_bytes()).decode().splitlines()
    assert outcome.rows == 1 and [json.loads(line)["kind"] for line in lines] == ["config_change"]
    later = ExportQuery(GUILD, since=ctx.clock.now().replace(year=2030))
    assert await exports.count(later) == 0


async def test_real_ids_need_a_second_admin_and_are_logged(ctx) -> None:  # type: ignore[no-untyped-def]
    exports = ctx.governance.exports
    query = ExportQuery(GUILD, ExportFormat.CSV)
    request = await exports.request_real_ids(query, ADA, "police request 2026-114")
    with pytest.raises(RequestNotPending):  # not approved yet
        await exports.export_parts(query, requested_by=ADA, approved_request=request)
    with pytest.raises(SecondAdminRequired):
        await exports.approve_real_ids(GUILD, request, ADA)
    await exports.approve_real_ids(GUILD, request, ZED)
    with pytest.raises(RequestNotFound):  # only the requester receives it
        await exports.export_parts(query, requested_by=ZED, approved_request=request)
    outcome = await exports.export_parts(query, requested_by=ADA, approved_request=request)
    text = b"".join(part.content for part in outcome.parts).decode()
    assert outcome.real_ids and outcome.rows == 5  # the four actions and the logged approval
    assert str(ALICE) in text and str(GUILD) in text
    with pytest.raises(RequestNotPending):  # delivered once
        await exports.export_parts(query, requested_by=ADA, approved_request=request)
    logged = await entries_of_kind(ctx.db, EntryKind.EXPORT)
    assert [e.data["event"] for e in logged] == ["real_ids_approved", "export"]
    recorder = ctx.governance.recorder
    assert logged[0].actor == recorder.actor(GUILD, ZED, ActorRole.ADMIN)
    assert logged[0].data["reason"] == "police request 2026-114"
    assert logged[1].data["real_ids"] is True


async def test_a_refused_request_cannot_be_used(ctx) -> None:  # type: ignore[no-untyped-def]
    exports = ctx.governance.exports
    query = ExportQuery(GUILD)
    request = await exports.request_real_ids(query, ADA, "audit")
    await exports.refuse_real_ids(GUILD, request, ZED)
    with pytest.raises(RequestNotPending):
        await exports.approve_real_ids(GUILD, request, ZED)
    with pytest.raises(RequestNotPending):
        await exports.export_parts(query, requested_by=ADA, approved_request=request)


async def test_a_large_export_is_split_into_gzip_parts(ctx) -> None:  # type: ignore[no-untyped-def]
    exports = ctx.governance.exports
    for i in range(60):
        await record(ctx, GovEvent(GUILD, EntryKind.RATING, data={"filler": f"{i:04d}" * 60}))
    outcome = await exports.export_parts(ExportQuery(GUILD), requested_by=ADA, max_bytes=4096)
    assert len(outcome.parts) > 1 and all(part.compressed for part in outcome.parts)
    assert all(len(part.content) <= 4096 for part in outcome.parts)
    body = [gzip.decompress(part.content).decode().splitlines()[1:] for part in outcome.parts]
    assert sum(len(lines) for lines in body) == outcome.rows == 64
