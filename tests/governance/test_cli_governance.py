"""``havre export``, ``verify`` and ``report`` on a fresh embedded database (HAVRE_DATA_DIR in tmp_path)."""

from __future__ import annotations

import asyncio
import csv
import io
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import main
from bot.config import load_settings
from bot.governance.chain import EntryKind
from bot.runtime import build_services
from bot.services.recorder import GovEvent
from tests.governance.db_seed import ADA, ALICE, GUILD, MOD, ZED, add_case, add_guild, record

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("HAVRE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("HAVRE_POLICIES_DIR", str(REPO / "bot" / "policies"))
    for name in (
        "HAVRE_DATABASE_URL",
        "HAVRE_SIGNING_KEY_PATH",
        "HAVRE_PSEUDONYM_SECRET",
        "HAVRE_MASTER_KEY",
    ):
        monkeypatch.delenv(name, raising=False)
    return tmp_path / "data"


def _seed(count: int) -> None:
    async def work() -> None:
        ctx = await build_services(load_settings())
        try:
            await add_guild(ctx)
            await add_case(ctx, ctx.clock.now(), user_id=ALICE)
            for i in range(count):
                await record(
                    ctx,
                    GovEvent(
                        GUILD,
                        EntryKind.MODERATION_ACTION,
                        actor_id=MOD,
                        subject_id=ALICE,
                        rule_id="=cmd|' /C calc'!A0" if i == 0 else "respect",
                        action="hide",
                        data={"i": i},
                    ),
                )
        finally:
            await ctx.db.dispose()

    asyncio.run(work())


def test_commands_work_on_a_fresh_database(data_dir: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["verify"])
    assert result.exit_code == 0, result.output
    assert "nothing to verify" in result.output
    assert (data_dir / "havre.sqlite3").exists()  # created and migrated on first use
    out = tmp_path / "reports"
    result = runner.invoke(main, ["report", "--guild", str(GUILD), "--period", "2026-01", "--out", str(out)])
    assert result.exit_code == 3, result.output  # a server the bot knows nothing about: said, non-zero
    assert f"I know nothing about the server {GUILD}" in result.stderr
    assert not out.exists() and result.stdout == ""


def test_report_on_a_quiet_month_writes_empty_states_and_shows_progress(
    data_dir: Path, tmp_path: Path
) -> None:
    _seed(0)  # the server exists (settings, one case today), but January 2026 was quiet
    out = tmp_path / "reports"
    result = CliRunner().invoke(
        main, ["report", "--guild", str(GUILD), "--period", "2026-01", "--out", str(out), "--lang", "fr"]
    )
    assert result.exit_code == 0, result.output
    assert [line[:5] for line in result.stderr.splitlines()[:4]] == ["[1/4]", "[2/4]", "[3/4]", "[4/4]"]
    assert "Rien ne s'est passé sur ce serveur en 2026-01" in result.stderr
    assert {p.name for p in out.iterdir()} == {"summary.txt", "report.html"}  # no empty chart drawn
    summary = (out / "summary.txt").read_text()
    assert summary.startswith("Rapport de confiance — Janvier 2026")
    assert "**" not in summary and "pièce jointe" not in summary
    page = (out / "report.html").read_text()
    assert "Aucune alerte de crise dans cette période" in page and "<img" not in page


def test_export_verify_and_report_on_a_seeded_log(data_dir: Path, tmp_path: Path) -> None:
    _seed(12)
    runner = CliRunner()
    out = tmp_path / "log.csv"
    result = runner.invoke(
        main, ["export", "--guild", str(GUILD), "--out", str(out), "--kinds", "moderation_action"]
    )
    assert result.exit_code == 0, result.output
    assert "exported 12 entries (pseudonymised)" in result.output
    text = out.read_text()
    assert str(ALICE) not in text and str(GUILD) not in text and str(MOD) not in text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 12 and rows[0]["rule_id"] == "'=cmd|' /C calc'!A0"

    refused = runner.invoke(main, ["export", "--guild", str(GUILD), "--out", str(out), "--real-ids"])
    assert refused.exit_code != 0 and "--approved-by" in refused.output
    same = runner.invoke(
        main,
        ["export", "--guild", str(GUILD), "--out", str(out), "--real-ids", "--approved-by", str(ADA),
         "--requested-by", str(ADA), "--reason", "court order"],
    )  # fmt: skip
    assert same.exit_code == 2 and "second" in same.output.lower()
    approved = runner.invoke(
        main,
        ["export", "--guild", str(GUILD), "--format", "jsonl", "--out", str(tmp_path / "ids.jsonl"),
         "--real-ids", "--approved-by", str(ZED), "--reason", "court order"],
    )  # fmt: skip
    assert approved.exit_code == 0, approved.output
    assert str(ALICE) in (tmp_path / "ids.jsonl").read_text()

    result = runner.invoke(main, ["verify", "--guild", str(GUILD)])
    assert result.exit_code == 0, result.output
    assert "OK" in result.stdout
    assert f"checking server {GUILD}: 100% (" in result.stderr  # progress on stderr, even without a terminal

    report_dir = tmp_path / "march"
    result = runner.invoke(
        main, ["report", "--guild", str(GUILD), "--period", "2026-13", "--out", str(report_dir)]
    )
    assert result.exit_code == 2 and "2026-13" in result.output

    with sqlite3.connect(data_dir / "havre.sqlite3") as conn:  # tamper with one byte of one entry
        conn.execute("UPDATE governance_entries SET data = replace(data, '\"i\":5', '\"i\":6') WHERE seq = 6")
    result = runner.invoke(main, ["verify"])
    assert result.exit_code == 1
    assert f"server {GUILD}: FAILED" in result.output and "entry 6" in result.output
