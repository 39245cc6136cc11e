"""``havre export``, ``havre verify`` and ``havre report``: the governance log from the command line.

They run against the configured database (by default the embedded SQLite file under ``HAVRE_DATA_DIR``,
migrated on first use) and the signing key in the configuration, without connecting to Discord.

Long work shows progress on stderr (a bar for ``export`` and ``verify``, numbered steps for ``report``), so
stdout keeps only the result. Exit codes: 0 done; 1 ``verify`` found a broken log; 2 bad input (a period,
a date, an option); 3 ``report`` for a server the bot knows nothing about.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

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


class _Progress:
    """Progress on stderr: click's bar on a terminal; otherwise (a pipe, a log file, CI) one line per tenth
    of the work, so a long run is never silent. ``update(done)`` takes the running total."""

    def __init__(self, label: str, total: int) -> None:
        self.label = label
        self.total = max(0, total)
        self.done = 0
        self.next_tenth = 1
        self.bar: Any = None

    def __enter__(self) -> _Progress:
        if sys.stderr.isatty():
            self.bar = click.progressbar(length=self.total, label=self.label, file=sys.stderr).__enter__()
        else:
            click.echo(f"{self.label}: {self.total} to go", err=True)
        return self

    def update(self, done: int) -> None:
        step, self.done = done - self.done, done
        if self.bar is not None:
            self.bar.update(step)
            return
        while self.total and self.next_tenth <= 10 and done * 10 >= self.next_tenth * self.total:
            click.echo(f"{self.label}: {self.next_tenth * 10}% ({done}/{self.total})", err=True)
            self.next_tenth += 1

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)


def _split_kinds(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(kind.strip() for value in values for kind in value.split(",") if kind.strip())


def register(main: click.Group) -> None:
    main.add_command(export_command)
    main.add_command(verify_command)
    main.add_command(report_command)


@click.command("export")
@click.option("--guild", "guild_id", type=int, required=True, help="the server (guild) id")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "jsonl", "dsa-jsonl"]),
    default="csv",
    show_default=True,
    help="csv/jsonl: the governance log; dsa-jsonl: a statement of reasons per decision (EU DSA fields)",
)
@click.option("--since", help="first day (2026-10-01) or ISO time, inclusive")
@click.option("--until", help="last day (2026-10-31, included) or ISO time (excluded)")
@click.option("--kinds", multiple=True, help="entry kinds, comma-separated or repeated (default: all)")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True, help="file to write")
@click.option("--real-ids", is_flag=True, help="Discord ids instead of pseudonyms (needs --approved-by)")
@click.option("--approved-by", type=int, help="Discord id of the second admin who approved real ids")
@click.option("--requested-by", type=int, help="Discord id of the admin asking (default: the operator)")
@click.option("--reason", default="", help="why real ids are needed (logged)")
@click.option(
    "--lang", type=click.Choice(["en", "fr"]), default="en", show_default=True, help="dsa-jsonl texts"
)
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
    lang: str,
) -> None:
    """Export a server's governance log (pseudonymised unless a second admin approved real ids), or its
    decisions as statements of reasons in the DSA transparency database's fields (``dsa-jsonl``)."""
    if fmt == "dsa-jsonl" and (real_ids or kinds):
        raise click.UsageError("--format dsa-jsonl has no member ids and no kinds: drop --real-ids/--kinds")
    if real_ids and (approved_by is None or not reason.strip()):
        raise click.UsageError("--real-ids needs --approved-by <admin id> and --reason <why>")
    if not real_ids and approved_by is not None:
        raise click.UsageError("--approved-by only makes sense with --real-ids")
    from bot.governance.export import ExportFormat
    from bot.services.errors import HavreError
    from bot.services.governance.export import HOST_OPERATOR, ExportQuery

    requester = requested_by if requested_by is not None else HOST_OPERATOR
    start, stop = _parse_moment(since, end=False), _parse_moment(until, end=True)

    async def statements(ctx: Services) -> None:
        service = ctx.governance.statements
        total, _ = await service.count(guild_id, start, stop)
        with _Progress("writing statements", total) as bar:
            outcome = await service.export_file(
                guild_id, out, since=start, until=stop, lang=lang, requested_by=requester, progress=bar.update
            )
        click.echo(
            f"exported {outcome.rows} statements of reasons to {out} ({outcome.skipped} decisions that"
            " restrict nothing, or did not take effect, left out); the export is logged"
        )

    async def work(ctx: Services) -> None:
        if fmt == "dsa-jsonl":
            await statements(ctx)
            return
        exports = ctx.governance.exports
        query = ExportQuery(guild_id, ExportFormat(fmt), start, stop, _split_kinds(kinds))
        request_id = None
        if real_ids:
            assert approved_by is not None
            request_id = await exports.approve_directly(
                query, requested_by=requester, approved_by=approved_by, reason=reason
            )
        total = await exports.count(query)
        with _Progress("exporting", total) as bar:
            outcome = await exports.export_file(
                query, out, requested_by=requester, approved_request=request_id, progress=bar.update
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
        guilds = [guild_id] if guild_id is not None else await verifier.guilds()
        results = []
        for guild in guilds:
            total = await verifier.entry_count(guild)
            with _Progress(f"checking server {guild}", total) as bar:
                results.append(GuildVerification(guild, await verifier.verify(guild, progress=bar.update)))
        return results

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


REPORT_STEPS = {
    "load": "reading the server's records",
    "compute": "computing the figures (this period, last month, six months)",
    "draw": "drawing the charts and the page",
    "done": "writing the files",
}
EXIT_NO_DATA = 3


@click.command("report")
@click.option("--guild", "guild_id", type=int, required=True, help="the server (guild) id")
@click.option("--period", required=True, help="a month (2026-10) or days (2026-10-01..2026-10-15)")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True, help="folder")
@click.option("--lang", type=click.Choice(["en", "fr"]), help="default: the server's language")
def report_command(guild_id: int, period: str, out: Path, lang: str | None) -> None:
    """Write the trust report: summary.txt, charts (PNG) and report.html. Exit 3 for an unknown server."""
    from bot.domain.i18n import t
    from bot.services.errors import HavreError
    from bot.services.governance.period import Period
    from bot.services.governance.report import NoDataForServer, ReportBundle

    steps = list(REPORT_STEPS)

    def progress(step: str) -> None:
        number = steps.index(step) + 1 if step in steps else 0
        click.echo(f"[{number}/{len(steps)}] {REPORT_STEPS.get(step, step)}", err=True)

    async def work(ctx: Services) -> tuple[ReportBundle, list[Path]]:
        bundle = await ctx.governance.reports.build(
            guild_id, Period.parse(period), lang, progress=progress, require_data=True
        )
        return bundle, bundle.write(out)

    try:
        bundle, written = _with_context(work)
    except NoDataForServer as exc:
        click.echo(t(exc.key, lang or "en", **exc.fields), err=True)
        sys.exit(EXIT_NO_DATA)
    except HavreError as exc:
        click.echo(t(exc.key, lang or "en", **exc.fields), err=True)
        sys.exit(2)
    if bundle.empty:
        click.echo(t("report.cli_empty_period", bundle.lang, period=bundle.period.label), err=True)
    for path in written:
        click.echo(str(path))
