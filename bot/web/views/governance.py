"""The committee's and admins' pages: the governance log (verify with progress, checkpoints, exports with
a second admin's approval), audits (draw a sample, record verdicts), the trust report."""

from __future__ import annotations

import asyncio
import logging
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp_jinja2
from aiohttp import web

from bot.domain.i18n import t
from bot.governance.export import ExportFormat
from bot.governance.metrics import AuditVerdict as Verdict
from bot.governance.report import render_verify_result
from bot.services.errors import HavreError, InvalidInput
from bot.services.governance.export import ExportQuery
from bot.services.governance.period import Period
from bot.web.access import Access, Page
from bot.web.app import access_of, lang_of, page, session_of, web_of
from bot.web.reads import Reads, real_id_requests
from bot.web.security import token_hash
from bot.web.views.common import day, label, number, policy_of, rule_title, when

log = logging.getLogger(__name__)
Page_ = tuple[str, dict[str, Any]]
REPORT_CACHE = 8
REPORT_FRESH = 120.0  # seconds a built report is shown before it is built again


@dataclass
class VerifyJob:
    guild_id: int
    total: int
    read: int = 0
    finished: bool = False
    ok: bool = False
    text: str = ""
    task: asyncio.Task[None] | None = field(default=None, repr=False)


def _job_key(request: web.Request) -> str:
    return "verify:" + token_hash(session_of(request).token)


@page(Page.LOG)
async def log_page(request: web.Request, access: Access) -> Page_:
    services = web_of(request).services
    await policy_of(request, access.guild_id)
    head, checkpoints, total = await Reads(services).checkpoints(access.guild_id)
    job = web_of(request).jobs.get(_job_key(request))
    requests = await real_id_requests(services, access.guild_id) if access.can(Page.EXPORTS) else []
    reads = Reads(services)
    return "log.html", {
        "total": total,
        "head": head.seq if head is not None else 0,
        "checkpoints": [
            {"seq": c.seq, "when": when(c.at), "count": c.entry_count, "key": c.key_id} for c in checkpoints
        ],
        "job": job if isinstance(job, VerifyJob) and job.guild_id == access.guild_id else None,
        "exports": access.can(Page.EXPORTS),
        "kinds": [],
        "requests": [
            {
                "id": rid,
                "by": reads.member(access.guild_id, by),
                "mine": by == access.user_id,
                "approver": reads.member(access.guild_id, approver) if approver else None,
                "state": state,
                "reason": reason,
            }
            for rid, by, approver, state, reason in requests
        ],
        "problem": request.query.get("problem"),
    }


@page(Page.LOG)
async def verify_start(request: web.Request, access: Access) -> web.StreamResponse:
    app = web_of(request)
    key = _job_key(request)
    running = app.jobs.get(key)
    if isinstance(running, VerifyJob) and not running.finished:
        raise web.HTTPFound("/log")
    verifier = app.services.governance.verifier
    job = VerifyJob(access.guild_id, await verifier.entry_count(access.guild_id))
    lang = lang_of(request)

    def progress(count: int) -> None:
        job.read = count

    async def run() -> None:
        try:
            result = await verifier.verify(access.guild_id, progress=progress)
            job.ok = result.ok
            job.text = render_verify_result(result, lang)
        except Exception:
            log.exception("dashboard: verify failed")
            job.text = t("web.error.internal", lang)
        finally:
            job.finished = True

    job.task = asyncio.create_task(run())
    app.jobs[key] = job
    raise web.HTTPFound("/log")


@page(Page.LOG)
async def verify_status(request: web.Request, access: Access) -> web.StreamResponse:
    job = web_of(request).jobs.get(_job_key(request))
    if not isinstance(job, VerifyJob) or job.guild_id != access.guild_id:
        return web.json_response({"running": False})
    return web.json_response(
        {"running": not job.finished, "read": job.read, "total": job.total, "ok": job.ok, "text": job.text}
    )


def _query(guild_id: int, form: Any) -> ExportQuery:
    fmt = str(form.get("format", "csv"))
    if fmt not in ("csv", "jsonl"):
        raise InvalidInput("web.error.format")
    return ExportQuery(
        guild_id,
        ExportFormat(fmt),
        day(str(form.get("since", ""))),
        day(str(form.get("until", "")), end=True),
    )


@page(Page.EXPORTS)
async def export_download(request: web.Request, access: Access) -> web.StreamResponse:
    """A pseudonymised export, or an approved request for real ids (delivered once, to who asked)."""
    services = web_of(request).services
    form = await request.post()
    approved = str(form.get("request", ""))
    exports = services.governance.exports
    if approved:
        if not approved.isdigit():
            raise web.HTTPNotFound()
        held = await exports.request(access.guild_id, int(approved))
        query = ExportQuery.from_params(access.guild_id, dict(held.params))
        request_id: int | None = held.id
    else:
        query, request_id = _query(access.guild_id, form), None
    with tempfile.TemporaryDirectory(prefix="havre-export-") as folder:
        suffix = "csv" if ExportFormat(query.fmt) is ExportFormat.CSV else "jsonl"
        path = Path(folder) / f"export.{suffix}"
        outcome = await exports.export_file(
            query, path, requested_by=access.user_id, approved_request=request_id
        )
        body = path.read_bytes()
    kind = "real-ids" if outcome.real_ids else "pseudonymised"
    name = f"havre-log-{kind}-{when(services.clock.now())[:10]}.{suffix}"
    return web.Response(
        body=body,
        headers={
            "Content-Type": "text/csv; charset=utf-8" if suffix == "csv" else "application/x-ndjson",
            "Content-Disposition": f'attachment; filename="{name}"',
        },
    )


@page(Page.EXPORTS)
async def export_request(request: web.Request, access: Access) -> web.StreamResponse:
    form = await request.post()
    exports = web_of(request).services.governance.exports
    reason = str(form.get("reason", "")).strip()
    if not reason:
        raise web.HTTPFound("/log?problem=reason")
    await exports.request_real_ids(_query(access.guild_id, form), access.user_id, reason)
    raise web.HTTPFound("/log")


@page(Page.EXPORTS)
async def export_decide(request: web.Request, access: Access) -> web.StreamResponse:
    """A second admin approves or refuses (the service refuses the requester approving their own)."""
    form = await request.post()
    exports = web_of(request).services.governance.exports
    request_id = number(request, "request_id")
    if form.get("decision") == "approve":
        await exports.approve_real_ids(access.guild_id, request_id, access.user_id)
    else:
        await exports.refuse_real_ids(access.guild_id, request_id, access.user_id)
    raise web.HTTPFound("/log")


# -- audits -------------------------------------------------------------------------------------------


def _period(text: str, services: Any) -> Period:
    try:
        return Period.parse(text) if text else Period.month_of(services.clock.now())
    except (ValueError, HavreError):
        raise InvalidInput("web.error.period") from None


@page(Page.AUDITS)
async def audits(request: web.Request, access: Access) -> Page_:
    services = web_of(request).services
    lang = lang_of(request)
    await policy_of(request, access.guild_id)
    sample = session_of(request).data.get("sample")
    items: list[dict[str, Any]] = []
    if isinstance(sample, dict) and sample.get("guild") == access.guild_id:
        for seq in sample.get("seqs", []):
            item = await _rated(services, access.guild_id, int(seq))
            items.append({"seq": seq, "rated": item})
    counts = await services.governance.audit.counts(access.guild_id)
    return "audits.html", {
        "sample": sample if items else None,
        "items": items,
        "counts": [(label(f"governance.verdict_{v}", lang), n) for v, n in counts],
        "default_period": Period.month_of(services.clock.now()).label,
        "problem": request.query.get("problem"),
    }


async def _rated(services: Any, guild_id: int, seq: int) -> int:
    from sqlalchemy import func, select

    from bot.db.models import AuditVerdict

    async with services.db.reading() as session:
        return int(
            await session.scalar(
                select(func.count())
                .select_from(AuditVerdict)
                .where(AuditVerdict.guild_id == guild_id, AuditVerdict.entry_seq == seq)
            )
            or 0
        )


@page(Page.AUDITS)
async def audit_draw(request: web.Request, access: Access) -> web.StreamResponse:
    services = web_of(request).services
    form = await request.post()
    period = _period(str(form.get("period", "")), services)
    size = str(form.get("n", "10"))
    if not size.isdigit():
        raise InvalidInput("web.error.number")
    kind = str(form.get("kind", "all"))
    drawn = await services.governance.audit.sample(access.guild_id, period, int(size), kind, access.user_id)
    item = session_of(request)
    item.data["sample"] = {
        "guild": access.guild_id,
        "period": period.label,
        "seed": drawn.seed,
        "population": drawn.population,
        "seqs": list(drawn.seqs),
    }
    item.dirty = True
    raise web.HTTPFound("/audits")


@page(Page.AUDITS)
async def audit_item(request: web.Request, access: Access) -> web.StreamResponse | Page_:
    services = web_of(request).services
    lang = lang_of(request)
    policy = await policy_of(request, access.guild_id)
    seq = number(request, "seq")
    sample = session_of(request).data.get("sample")
    seed = sample.get("seed") if isinstance(sample, dict) and seq in sample.get("seqs", []) else None
    problem = None
    if request.method == "POST":
        form = await request.post()
        verdict = str(form.get("verdict", ""))
        if verdict not in {v.value for v in Verdict}:
            problem = "web.audits.choose"
        else:
            await services.governance.audit.record_verdict(
                access.guild_id, seq, access.user_id, verdict, str(form.get("comment", "")), seed
            )
            raise web.HTTPFound("/audits")
    item = await services.governance.audit.item(access.guild_id, seq)
    entry = item.entry
    return "audit_item.html", {
        "seq": seq,
        "when": when(entry.at),
        "rule": rule_title(policy, entry.rule_id, lang),
        "action": label(f"moderation.action.{entry.action}", lang) if entry.action else "—",
        "automatic": entry.actor == "auto",
        "excerpt": item.evidence.excerpt,
        "excerpt_state": item.evidence.excerpt_state.value,
        "case_status": label(f"moderation.status.{item.evidence.case_status}", lang)
        if item.evidence.case_status
        else None,
        "rated": item.verdicts_so_far,
        "verdicts": [(v.value, label(f"governance.verdict_{v.value}", lang)) for v in Verdict],
        "problem": problem,
    }


# -- the trust report --------------------------------------------------------------------------------


async def _bundle(request: web.Request, access: Access) -> tuple[Any, str]:
    app = web_of(request)
    services = app.services
    lang = lang_of(request)
    text = request.query.get("period", "")[:30]
    period = _period(text, services)
    key = f"report:{access.guild_id}:{period.label}:{lang}"
    now = services.clock.now().timestamp()
    cached = app.jobs.get(key)
    if cached is None or now - cached[0] > REPORT_FRESH:  # the page and its files read one build
        cached = (now, await services.governance.reports.build(access.guild_id, period, lang))
        reports = [k for k in app.jobs if k.startswith("report:")]
        for old in reports[: max(0, len(reports) - REPORT_CACHE)]:
            app.jobs.pop(old, None)
        app.jobs[key] = cached
    return cached[1], period.label


@page(Page.REPORT)
async def report(request: web.Request, access: Access) -> Page_:
    await policy_of(request, access.guild_id)
    services = web_of(request).services
    problem = None
    bundle, label_ = None, request.query.get("period", "") or Period.month_of(services.clock.now()).label
    try:
        bundle, label_ = await _bundle(request, access)
    except HavreError as exc:
        problem = t(exc.key, lang_of(request), **exc.fields)
    return "report.html", {
        "period": label_,
        "summary": (getattr(bundle, "summary_text", "") or bundle.summary) if bundle else None,
        "files": [name for name, _ in bundle.files()] if bundle else [],
        "charts": [
            {"name": c.name, "title": c.title, "alt": c.alt, "drawn": c.png is not None, "empty": c.empty}
            for c in (bundle.charts if bundle else ())
        ],
        "problem": problem,
    }


@page(Page.REPORT)
async def report_file(request: web.Request, access: Access) -> web.StreamResponse:
    bundle, _ = await _bundle(request, access)
    name = request.match_info.get("name", "")
    for file_name, content in bundle.files():
        if file_name == name:
            if name.endswith(".html"):  # the report's own page: inline styles and data: images, no script
                return web.Response(
                    body=content,
                    content_type="text/html",
                    charset="utf-8",
                    headers={
                        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
                        "img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
                    },
                )
            kind = "image/png" if name.endswith(".png") else "text/plain"
            disposition = "inline" if kind == "image/png" else "attachment"
            return web.Response(
                body=content,
                content_type=kind,
                headers={"Content-Disposition": f'{disposition}; filename="{file_name}"'},
            )
    raise web.HTTPNotFound()


def install(app: web.Application) -> None:
    app.router.add_get("/log", log_page)
    app.router.add_post("/log/verify", verify_start)
    app.router.add_get("/log/verify/status", verify_status)
    app.router.add_post("/exports/download", export_download)
    app.router.add_post("/exports/request", export_request)
    app.router.add_post("/exports/{request_id}/decide", export_decide)
    app.router.add_get("/audits", audits)
    app.router.add_post("/audits/draw", audit_draw)
    app.router.add_get("/audits/{seq}", audit_item)
    app.router.add_post("/audits/{seq}", audit_item)
    app.router.add_get("/report", report)
    app.router.add_get("/report/files/{name}", report_file)
    _ = access_of, aiohttp_jinja2
