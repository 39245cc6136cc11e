"""Moderators' pages: the overview, cases, the appeal and review queues, help requests."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from bot.domain.policy.models import Action
from bot.services.errors import NotFound
from bot.services.help.transcripts import TranscriptNotAllowed, Viewer
from bot.services.moderation.snapshot import to_record
from bot.web.access import Access, Page
from bot.web.app import PAGE, Forbidden, lang_of, page, render, session_of, web_of
from bot.web.reads import CaseFilter, Reads
from bot.web.views.common import ago, day, label, number, plain_signals, policy_of, rule_title, when

Page_ = tuple[str, dict[str, Any]]


@page(Page.OVERVIEW)
async def overview(request: web.Request, access: Access) -> Page_:
    services = web_of(request).services
    reads = Reads(services)
    lang = lang_of(request)
    await policy_of(request, access.guild_id)
    tickets = await reads.tickets(access.guild_id, open_only=True)
    waiting = [row for row in tickets if row.waited is not None]
    return "overview.html", {
        "open_requests": len(tickets),
        "waiting": [
            {"id": r.id, "priority": r.priority, "waited": ago(r.waited, lang), "missed": r.missed}
            for r in sorted(waiting, key=lambda r: (r.priority != "crisis", r.opened_at))
        ],
        "crisis": sum(1 for r in tickets if r.priority == "crisis"),
        "missed": sum(1 for r in tickets if r.missed),
        "reviews": len(await reads.reviews(access.guild_id)),
        "appeals": len(await reads.open_appeals(access.guild_id)),
    }


@page(Page.CASES)
async def cases(request: web.Request, access: Access) -> Page_:
    services = web_of(request).services
    lang = lang_of(request)
    policy = await policy_of(request, access.guild_id)
    q = request.query
    where = CaseFilter(
        rule=q.get("rule", "")[:64],
        action=q.get("action", "")[:16],
        since=day(q.get("since", "")),
        until=day(q.get("until", ""), end=True),
        member=q.get("member", "")[:40],
    )
    reads = Reads(services)
    rows = await reads.cases(access.guild_id, where)
    return "cases.html", {
        "filter": {k: q.get(k, "") for k in ("rule", "action", "since", "until", "member")},
        "rules": [(r.id, policy.text(r.title, lang)) for r in policy.rules],
        "actions": [(a.value, label(f"moderation.action.{a.value}", lang)) for a in Action],
        "rows": [
            {
                "id": row.id,
                "when": when(row.created_at),
                "member": reads.member(access.guild_id, row.user_id),
                "rule": rule_title(policy, row.rule_id, lang),
                "action": label(f"moderation.action.{row.action}", lang),
                "status": label(f"moderation.status.{row.status}", lang),
                "automatic": row.automatic,
            }
            for row in rows
        ],
    }


@page(Page.CASES)
async def case(request: web.Request, access: Access) -> Page_:
    services = web_of(request).services
    lang = lang_of(request)
    policy = await policy_of(request, access.guild_id)
    case_id = number(request, "case_id")
    # The slash command's path: opening the sealed excerpt and note is itself logged (case_viewed).
    view = await services.moderation.moderators.view_case(access.guild_id, access.user_id, case_id)
    record = view.record
    reads = Reads(services)
    return "case.html", {
        "case": {
            "id": record.id,
            "when": when(record.created_at),
            "member": reads.member(access.guild_id, record.user_id),
            "rule": rule_title(policy, record.rule_id, lang),
            "action": label(f"moderation.action.{record.action.value}", lang),
            "status": label(f"moderation.status.{record.status.value}", lang),
            "automatic": record.automatic,
            "reason": label(f"moderation.reason.{record.reason_code}", lang),
            "signals": await _signals_of(services, record.id, lang),
            "explanation": record.explanation_sent,
            "excerpt": view.excerpt,
            "note": view.note,
            "dm": label(f"web.dm_status.{record.dm_status.value}", lang),
            "version": record.policy_version,
        },
        "appeals": [
            {
                "id": a.id,
                "state": label(f"moderation.appeal_state.{a.state.value}", lang),
                "open": a.state.value == "open",
                "when": when(a.created_at),
            }
            for a in view.appeals
        ],
    }


@page(Page.APPEALS)
async def appeals(request: web.Request, access: Access) -> Page_:
    services = web_of(request).services
    lang = lang_of(request)
    policy = await policy_of(request, access.guild_id)
    reads = Reads(services)
    queued = await services.moderation.appeals.pending_decisions(access.guild_id)
    rows = []
    for appeal, case_row in await reads.open_appeals(access.guild_id):
        rows.append(
            {
                "id": appeal.id,
                "case": case_row.id,
                "when": when(appeal.created_at),
                "waited": ago(services.clock.now() - appeal.created_at, lang),
                "member": reads.member(access.guild_id, case_row.user_id),
                "rule": rule_title(policy, case_row.rule_id, lang),
                "action": label(f"moderation.action.{case_row.action}", lang),
                "queued": appeal.id in queued,
            }
        )
    return "appeals.html", {"rows": rows, "done": request.query.get("done") == "1"}


async def _decision_form(
    request: web.Request, choices: tuple[str, str], choose_key: str
) -> tuple[str, str, str | None]:
    """A posted decision form: (decision, reason, the text key of what is missing, or None)."""
    form = await request.post()
    decision = str(form.get("decision", ""))
    reason = str(form.get("reason", "")).strip()
    if decision not in choices:
        return decision, reason, choose_key
    if not reason:
        return decision, reason, "web.appeals.reason_required"
    return decision, reason, None


@page(Page.APPEALS)
async def appeal(request: web.Request, access: Access) -> web.StreamResponse | Page_:
    services = web_of(request).services
    lang = lang_of(request)
    policy = await policy_of(request, access.guild_id)
    appeal_id = number(request, "appeal_id")
    reads = Reads(services)
    found = await reads.appeal(access.guild_id, appeal_id)
    if found is None:
        raise web.HTTPNotFound()
    row, case_row, text = found
    problem, form = None, {"decision": "", "reason": ""}
    if request.method == "POST":
        decision, reason, problem = await _decision_form(request, ("grant", "deny"), "web.appeals.choose")
        form = {"decision": decision, "reason": reason}  # a refused form keeps what was written
        if problem is None:
            await services.moderation.appeals.queue_decision(
                appeal_id, access.guild_id, access.user_id, granted=decision == "grant", reply=reason
            )
            raise web.HTTPFound("/appeals?done=1")
    record = to_record(case_row)
    queued = appeal_id in await services.moderation.appeals.pending_decisions(access.guild_id)
    return "appeal.html", {
        "appeal": {
            "id": row.id,
            "state": label(f"moderation.appeal_state.{row.state}", lang),
            "open": row.state == "open" and not queued,
            "queued": queued,
            "text": text,
            "when": when(row.created_at),
        },
        "case": {
            "id": case_row.id,
            "member": reads.member(access.guild_id, case_row.user_id),
            "rule": rule_title(policy, case_row.rule_id, lang),
            "action": label(f"moderation.action.{case_row.action}", lang),
            "reason": label(f"moderation.reason.{record.reason_code}", lang),
            "signals": plain_signals(case_row.signals, lang),
            "explanation": record.explanation_sent,
        },
        "problem": problem,
        "form": form,
    }


@page(Page.REVIEWS)
async def reviews(request: web.Request, access: Access) -> Page_:
    services = web_of(request).services
    lang = lang_of(request)
    policy = await policy_of(request, access.guild_id)
    reads = Reads(services)
    rows = []
    queued = await services.moderation.moderators.pending_reviews(access.guild_id)
    for row in await reads.reviews(access.guild_id):
        record = to_record(row)
        rows.append(
            {
                "id": row.id,
                "queued": row.id in queued,
                "when": when(row.created_at),
                "member": reads.member(access.guild_id, row.user_id),
                "rule": rule_title(policy, row.rule_id, lang),
                "proposed": label(f"moderation.action.{row.proposed_action or 'hide'}", lang),
                "reason": label(f"moderation.reason.{record.reason_code}", lang),
                "signals": plain_signals(row.signals, lang),
            }
        )
    return "reviews.html", {"rows": rows, "done": request.query.get("done") == "1"}


@page(Page.REVIEWS)
async def review(request: web.Request, access: Access) -> web.StreamResponse | Page_:
    """One review: what fired, the message, and the decision (apply or no action, a reason required)."""
    services = web_of(request).services
    lang = lang_of(request)
    policy = await policy_of(request, access.guild_id)
    case_id = number(request, "case_id")
    problem, form = None, {"decision": "", "reason": ""}
    if request.method == "POST":
        decision, reason, problem = await _decision_form(request, ("apply", "dismiss"), "web.reviews.choose")
        form = {"decision": decision, "reason": reason}  # a refused form keeps what was written
        if problem is None:
            await services.moderation.moderators.queue_review(
                case_id, access.guild_id, access.user_id, apply=decision == "apply", reason=reason
            )
            raise web.HTTPFound("/reviews?done=1")
    view = await services.moderation.moderators.view_case(access.guild_id, access.user_id, case_id)
    record = view.record
    queued = case_id in await services.moderation.moderators.pending_reviews(access.guild_id)
    return "review.html", {
        "case": {
            "id": record.id,
            "when": when(record.created_at),
            "member": Reads(services).member(access.guild_id, record.user_id),
            "rule": rule_title(policy, record.rule_id, lang),
            "proposed": label(f"moderation.action.{(record.proposed_action or Action.HIDE).value}", lang),
            "reason": label(f"moderation.reason.{record.reason_code}", lang),
            "signals": await _signals_of(services, record.id, lang),
            "excerpt": view.excerpt,
            "open": record.status.value == "proposed" and not queued,
            "queued": queued,
            "status": label(f"moderation.status.{record.status.value}", lang),
        },
        "problem": problem,
        "form": form,
    }


@page(Page.HELP)
async def help_queue(request: web.Request, access: Access) -> Page_:
    services = web_of(request).services
    lang = lang_of(request)
    await policy_of(request, access.guild_id)
    rows = await Reads(services).tickets(access.guild_id)
    return "help.html", {
        "rows": [
            {
                "id": r.id,
                "member": r.member,
                "state": label(f"web.ticket_state.{r.state}", lang),
                "priority": label(f"web.priority.{r.priority}", lang),
                "opened": when(r.opened_at),
                "waited": ago(r.waited, lang) if r.waited is not None else None,
                "first": ago(r.first_answer, lang) if r.first_answer is not None else None,
                "target": r.target_minutes,
                "missed": r.missed,
                "mine": access.may_read_ticket(set(r.handled_by)),
            }
            for r in rows
        ]
    }


async def ticket(request: web.Request) -> web.StreamResponse:
    """A ticket and its transcript: only the staff who handled it, and admins (the list shows every
    request to the help team, not what was said). The help service decides who may read it and logs each
    reading (``TicketTranscripts.read``, the same check as /ticket transcript)."""
    from bot.web.app import access_of

    access = await access_of(request)
    services = web_of(request).services
    lang = lang_of(request)
    await policy_of(request, access.guild_id)
    ticket_id = number(request, "ticket_id")
    found = await Reads(services).ticket(access.guild_id, ticket_id)
    if found is None:
        raise web.HTTPNotFound()
    row, events, _ = found
    allowed, transcript = await _transcript(request, access, ticket_id)
    if not allowed:
        raise Forbidden()
    request[PAGE] = Page.HELP
    reads = Reads(services)
    return await render(
        request,
        "ticket.html",
        {
            "ticket": {
                "id": row.id,
                "member": row.member,
                "state": label(f"web.ticket_state.{row.state}", lang),
                "priority": label(f"web.priority.{row.priority}", lang),
                "opened": when(row.opened_at),
                "first": ago(row.first_answer, lang) if row.first_answer is not None else None,
                "target": row.target_minutes,
                "missed": row.missed,
            },
            "events": [
                {
                    "when": when(e.at),
                    "what": label(f"web.ticket_event.{e.kind}", lang),
                    "who": reads.member(access.guild_id, e.actor_id) if e.actor_id else "Havre",
                }
                for e in events
            ],
            "transcript": transcript,
        },
    )


async def _transcript(
    request: web.Request, access: Access, ticket_id: int
) -> tuple[bool, list[dict[str, str]] | None]:
    """(may read, lines) from the help service's ``transcripts.read``: it decides who may read (the
    helpers who handled the request, admins) and logs the reading (``transcript_viewed``)."""
    lang = lang_of(request)
    role_ids = frozenset(int(r) for r in session_of(request).data.get("role_ids", []))
    viewer = Viewer(access.user_id, access.guild_id, role_ids, access.admin)
    try:
        kept = await web_of(request).services.help.transcripts.read(ticket_id, viewer)
    except TranscriptNotAllowed:
        return False, None
    except NotFound:  # allowed, nothing kept (not closed yet, nothing said, erased, expired)
        return True, None
    lines = []
    for line in kept.lines:
        who = label(f"help.transcript_role_{line.role}", lang)
        lines.append(
            {
                "who": who if line.person in (0, 1) else f"{who} {line.person}",
                "when": when(line.at),
                "text": line.text,
            }
        )
    return True, lines


async def _signals_of(services: Any, case_id: int, lang: str) -> list[str]:
    return plain_signals(await services.moderation.store.case_signals(case_id), lang)


def install(app: web.Application) -> None:
    app.router.add_get("/overview", overview)
    app.router.add_get("/cases", cases)
    app.router.add_get("/cases/{case_id}", case)
    app.router.add_get("/appeals", appeals)
    app.router.add_get("/appeals/{appeal_id}", appeal)
    app.router.add_post("/appeals/{appeal_id}", appeal)
    app.router.add_get("/reviews", reviews)
    app.router.add_get("/reviews/{case_id}", review)
    app.router.add_post("/reviews/{case_id}", review)
    app.router.add_get("/help", help_queue)
    app.router.add_get("/help/{ticket_id}", ticket)
    _ = session_of
