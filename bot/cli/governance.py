"""``havre export``, ``havre verify`` and ``havre report``: the governance log from the command line.

They run against the configured database (by default the embedded SQLite file under ``HAVRE_DATA_DIR``,
migrated on first use) and the signing key in the configuration, without connecting to Discord.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import click

if TYPE_CHECKING:
    from bot.services.wiring import Services

T = TypeVar("T")


def _parse_moment(value: str | None, *, end: bool) -> datetime | None:
    """``2026-10-01`` (a whole UTC day; as ``--until`` the day is included) or an ISO 8601 time."""
    if value is None:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        pass
    else:
        return datetime.combine(day + timedelta(days=1 if end else 0), time(0), tzinfo=UTC)
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date (2026-10-01) or ISO time") from exc
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _with_context(work: Callable[[Services], Awaitable[T]]) -> T:
    from bot.cli.common import secrets_of, settings_or_exit
    from bot.logs import setup_logging
    from bot.runtime import build_services

    settings = settings_or_exit()
    setup_logging("WARNING", settings.log_format, secrets_of(settings))

    async def _main() -> T:
        ctx = await build_services(settings)
        try:
            return await work(ctx)
        finally:
            await ctx.db.dispose()

    return asyncio.run(_main())


def _split_kinds(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(kind.strip() for value in values for kind in value.split(",") if kind.strip())


def register(main: click.Group) -> None:
    main.add_command(export_command)
    main.add_command(verify_command)
    main.add_command(report_command)


@click.command("export")
@click.option("--guild", "guild_id", type=int, required=True, help="the server (guild) id")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="csv", show_default=True)
@click.option("--since", help="first day (2026-10-01) or ISO time, inclusive")
@click.option("--until", help="last day (2026-10-31, included) or ISO time (excluded)")
@click.option("--kinds", multiple=True, help="entry kinds, comma-separated or repeated (default: all)")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True, help="file to write")
@click.option("--real-ids", is_flag=True, help="Discord ids instead of pseudonyms (needs --approved-by)")
@click.option("--approved-by", type=int, help="Discord id of the second admin who approved real ids")
@click.option("--requested-by", type=int, help="Discord id of the admin asking (default: the operator)")
@click.option("--reason", default="", help="why real ids are needed (logged)")
def export_command(
    guild_id: int,
    fmt: str,
    since: str | None,
    until: str | None,
    kinds: tuple[str, ...],
    out: Path,
    real_ids: bool,
    approved_by: int | None,
    requested_by: int | None,
    reason: str,
) -> None:
    """Export a server's governance log (pseudonymised unless a second admin approved real ids)."""
    if real_ids and (approved_by is None or not reason.strip()):
        raise click.UsageError("--real-ids needs --approved-by <admin id> and --reason <why>")
    if not real_ids and approved_by is not None:
        raise click.UsageError("--approved-by only makes sense with --real-ids")
    from bot.governance.export import ExportFormat
    from bot.services.errors import HavreError
    from bot.services.governance.export import HOST_OPERATOR, ExportQuery

    requester = requested_by if requested_by is not None else HOST_OPERATOR
    start, stop = _parse_moment(since, end=False), _parse_moment(until, end=True)

    async def work(ctx: Services) -> None:
        exports = ctx.governance.exports
        query = ExportQuery(guild_id, ExportFormat(fmt), start, stop, _split_kinds(kinds))
        request_id = None
        if real_ids:
            assert approved_by is not None
            request_id = await exports.approve_directly(
                query, requested_by=requester, approved_by=approved_by, reason=reason
            )
        total = await exports.count(query)
        with click.progressbar(length=total, label="exporting", file=sys.stderr) as bar:
            seen = 0

            def progress(count: int) -> None:
                nonlocal seen
                bar.update(count - seen)
                seen = count

            outcome = await exports.export_file(
                query, out, requested_by=requester, approved_request=request_id, progress=progress
            )
        kind = "with real Discord ids" if outcome.real_ids else "pseudonymised"
        click.echo(f"exported {outcome.rows} entries ({kind}) to {out}; the export is logged")

    try:
        _with_context(work)
    except HavreError as exc:
        from bot.domain.i18n import t

        click.echo(t(exc.key, "en", **exc.fields), err=True)
        sys.exit(2)


@click.command("verify")
@click.option("--guild", "guild_id", type=int, help="one server (default: every server with a log)")
def verify_command(guild_id: int | None) -> None:
    """Check the governance log: the hash chain, the signed checkpoints and the head. Exit 1 if broken."""
    from bot.governance.report import render_verify_result
    from bot.services.governance.verify import GuildVerification

    async def work(ctx: Services) -> list[GuildVerification]:
        verifier = ctx.governance.verifier
        if guild_id is not None:
            return [GuildVerification(guild_id, await verifier.verify(guild_id))]
        return await verifier.verify_all()

    results = _with_context(work)
    if not results:
        click.echo("no governance log yet: nothing to verify")
        return
    bad = False
    for item in results:
        result = item.result
        if result.ok:
            click.echo(f"server {item.guild_id}: OK — {render_verify_result(result, 'en')}")
        else:
            bad = True
            click.echo(
                f"server {item.guild_id}: FAILED — {render_verify_result(result, 'en')} ({result.reason})"
            )
    if bad:
        sys.exit(1)


@click.command("report")
@click.option("--guild", "guild_id", type=int, required=True, help="the server (guild) id")
@click.option("--period", required=True, help="a month (2026-10) or days (2026-10-01..2026-10-15)")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True, help="folder")
@click.option("--lang", type=click.Choice(["en", "fr"]), help="default: the server's language")
def report_command(guild_id: int, period: str, out: Path, lang: str | None) -> None:
    """Write the trust report: summary.txt, charts (PNG) and report.html."""
    from bot.services.errors import HavreError
    from bot.services.governance.period import Period

    async def work(ctx: Services) -> list[Path]:
        bundle = await ctx.governance.reports.build(guild_id, Period.parse(period), lang)
        return bundle.write(out)

    try:
        written = _with_context(work)
    except HavreError as exc:
        from bot.domain.i18n import t

        click.echo(t(exc.key, "en", **exc.fields), err=True)
        sys.exit(2)
    for path in written:
        click.echo(str(path))
