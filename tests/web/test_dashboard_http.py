"""The dashboard's security and access, over HTTP against the real server (no browser needed): the
emulator refuses what Discord refuses, cookies, CSRF, the content security policy, the login's rate
limit, no traceback, who sees what, a review answered on the web, an override previewed then saved."""

from __future__ import annotations

import base64
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import aiohttp
import pytest
from sqlalchemy import select

from bot.db.models import Case, GovernanceEntry, GuildSettings
from bot.web.access import Page
from tests.e2e.moderation_helpers import case_settled
from tests.web.conftest import CLIENT_SECRET, Dashboard
from tests.web.http_support import authorize, client, csrf_of, log_in


async def _token(
    http: aiohttp.ClientSession, dashboard: Dashboard, form: dict[str, str], secret: str = CLIENT_SECRET
):
    emu = dashboard.havre.emu
    basic = base64.b64encode(f"{emu.application_id}:{secret}".encode()).decode()
    async with http.post(
        f"{emu.api_base}/oauth2/token", data=form, headers={"Authorization": f"Basic {basic}"}
    ) as answer:
        return answer.status, await answer.json()


async def test_the_emulator_refuses_what_discord_refuses(dashboard: Dashboard) -> None:
    redirect = dashboard.url("/auth/callback")
    async with client() as http:
        callback = await authorize(http, dashboard, "max")
        code = parse_qs(urlsplit(callback).query)["code"][0]
        good = {"grant_type": "authorization_code", "code": code, "redirect_uri": redirect}
        assert (await _token(http, dashboard, good, secret="wrong"))[0] == 401  # wrong client secret
        status, body = await _token(http, dashboard, {**good, "redirect_uri": redirect + "x"})
        assert (status, body["error"]) == (400, "invalid_grant")  # not the redirect the code was issued for
        status, body = await _token(http, dashboard, {**good, "code_verifier": "x" * 43})
        assert (status, body["error"]) == (400, "invalid_grant")  # PKCE: the verifier does not match
        status, body = await _token(http, dashboard, {**good, "code": "made-up"})
        assert (status, body["error"]) == (400, "invalid_grant")
        status, body = await _token(http, dashboard, {**good, "grant_type": "password"})
        assert (status, body["error"]) == (400, "unsupported_grant_type")
        # the dashboard's own exchange (with the verifier) works once; the same code again is refused
        async with http.get(callback) as answer:
            assert answer.status == 200 and str(answer.url).endswith("/overview")
        callback2 = await authorize(http, dashboard, "max")
        async with http.get(callback2) as answer:
            assert answer.status == 200
        async with http.get(callback2) as answer:  # replayed: the state was used, the code too
            assert answer.status == 400
        # an unregistered redirect never gets a code
        emu = dashboard.havre.emu
        page = f"{emu.base_url}/oauth2/authorize?response_type=code&client_id={emu.application_id}"
        async with http.get(page + "&scope=identify&redirect_uri=https%3A%2F%2Fevil.example%2Fcb") as answer:
            assert answer.status == 400
        async with http.get(f"{emu.api_base}/users/@me", headers={"Authorization": "Bearer nope"}) as answer:
            assert answer.status == 401


async def test_sessions_cookies_headers_and_csrf(dashboard: Dashboard) -> None:
    async with client() as http:
        async with http.get(dashboard.url("/login")) as answer:
            csp = answer.headers["Content-Security-Policy"]
            assert (
                "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
            )
            assert answer.headers["X-Frame-Options"] == "DENY"
            assert answer.headers["X-Content-Type-Options"] == "nosniff"
        callback = await authorize(http, dashboard, "max")
        async with http.get(callback, allow_redirects=False) as answer:
            cookie = answer.headers["Set-Cookie"]
        assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Path=/" in cookie
        assert "Secure" not in cookie  # plain http on the local port; https sets Secure and __Host-
        async with http.get(dashboard.url("/servers")) as answer:
            assert str(answer.url).endswith("/overview")
        token = await csrf_of(http, dashboard, "/overview")
        async with http.post(dashboard.url("/log/verify"), data={"csrf": "forged"}) as answer:
            assert answer.status == 403
        async with http.post(dashboard.url("/log/verify"), data={}) as answer:
            assert answer.status == 403
        async with http.post(
            dashboard.url("/language"),
            data={"csrf": token, "lang": "fr"},
            headers={"Origin": "https://evil.example"},
        ) as answer:
            assert answer.status == 403
        async with http.post(dashboard.url("/language"), data={"csrf": token, "lang": "fr"}) as answer:
            assert answer.status == 200 and '<html lang="fr">' in await answer.text()
    async with client() as stranger, stranger.get(dashboard.url("/cases"), allow_redirects=False) as answer:
        assert answer.status == 302 and answer.headers["Location"] == "/login"


async def test_the_login_is_rate_limited_and_its_state_checked(dashboard: Dashboard) -> None:
    async with client() as http:
        token = await csrf_of(http, dashboard, "/login")  # before logging in: the language switch works
        async with http.post(
            dashboard.url("/language"), data={"csrf": token, "lang": "fr", "back": "/login"}
        ) as answer:
            assert answer.status == 200 and "Se connecter avec Discord" in await answer.text()
        async with http.get(dashboard.url("/auth/callback?code=x&state=forged")) as answer:
            assert answer.status == 400 and "recommencer" in await answer.text()  # French, as chosen
        statuses = []
        for _ in range(12):
            async with http.get(dashboard.url("/auth/login"), allow_redirects=False) as answer:
                statuses.append(answer.status)
        assert statuses[:9] == [302] * 9 and statuses[-1] == 429


async def test_no_traceback_reaches_the_person(dashboard: Dashboard, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.web.reads import Reads

    async def broken(*_: object, **__: object) -> None:
        raise RuntimeError("secret internals: /etc/passwd")

    async with client() as http:
        await log_in(http, dashboard, "max")
        monkeypatch.setattr(Reads, "tickets", broken)
        async with http.get(dashboard.url("/help")) as answer:
            text = await answer.text()
        assert answer.status == 500 and "Traceback" not in text and "secret internals" not in text
        assert "Nothing was changed" in text


async def test_each_role_sees_its_pages_only(dashboard: Dashboard) -> None:
    havre = dashboard.havre
    committee = havre.guild.add_role("Committee")
    havre.members["cleo"] = havre.guild.add_member("cleo", locale="fr", roles=[committee])
    await havre.configure(committee_role_id=committee.id)  # /setup roles
    await (await havre.max.slash("warn", member=havre.alice, rule="respect")).reply()
    [case] = await case_settled(havre)
    expected = {
        "cleo": {Page.LOG, Page.AUDITS, Page.REPORT, Page.POLICY, Page.STANDING},  # the committee
        "alice": {Page.POLICY, Page.STANDING},  # a member: their own standing and the rules
        "pia": {Page.POLICY, Page.STANDING},  # a peer: their tickets only (by number)
        "max": {Page.OVERVIEW, Page.CASES, Page.APPEALS, Page.REVIEWS, Page.HELP, Page.POLICY, Page.STANDING},
        "ada": {Page.OVERVIEW, Page.CASES, Page.APPEALS, Page.REVIEWS, Page.HELP, Page.LOG, Page.AUDITS}
        | {Page.REPORT, Page.POLICY, Page.STANDING},
    }
    for who, pages in expected.items():
        async with client() as http:
            await log_in(http, dashboard, who)
            for item in Page:
                if item in (Page.EXPORTS, Page.POLICY_EDIT):
                    continue
                async with http.get(dashboard.url(f"/{item.value}")) as answer:
                    assert (answer.status == 200) is (item in pages), (who, item, answer.status)
            async with http.get(dashboard.url(f"/cases/{case.id}")) as answer:
                assert (answer.status == 200) is (Page.CASES in pages), (who, answer.status)
            if who == "alice":
                async with http.get(dashboard.url("/standing")) as answer:
                    text = await answer.text()
                assert "warning" in text or "avertissement" in text  # her own case
                assert str(havre.alice.id) not in text
    async with havre.bot.services.db.reading() as session:  # type: ignore[union-attr]
        viewed = (
            await session.scalars(select(GovernanceEntry).where(GovernanceEntry.kind == "case_viewed"))
        ).all()
    assert len(viewed) == 2  # max and ada opened the case: logged as /case is


async def test_a_review_answered_on_the_web_is_carried_out_by_the_bot(dashboard: Dashboard) -> None:
    havre = dashboard.havre
    services = havre.bot.services  # type: ignore[union-attr]
    now = services.clock.now()
    async with services.db.unit_of_work() as session:  # a proposal, as the pipeline writes one
        policy = services.policies.for_settings(await session.get(GuildSettings, havre.guild.id))
        proposal = Case(
            guild_id=havre.guild.id, user_id=havre.bob.id, channel_id=havre.general.id, rule_id="respect",
            action="review", proposed_action="warn", automatic=True, reason_code="human_required",
            signals={}, policy_version=policy.version, language="en", status="proposed",
            created_at=now - timedelta(minutes=5), updated_at=now,
        )  # fmt: skip
        session.add(proposal)
        await session.flush()
        case_id = proposal.id
    async with client() as http:
        await log_in(http, dashboard, "max")
        token = await csrf_of(http, dashboard, f"/reviews/{case_id}")
        async with http.post(
            dashboard.url(f"/reviews/{case_id}"), data={"csrf": token, "decision": "dismiss"}
        ) as answer:
            assert answer.status == 200 and "Please write the reason" in await answer.text()
        form = {"csrf": token, "decision": "dismiss", "reason": "Banter between friends"}
        async with http.post(dashboard.url(f"/reviews/{case_id}"), data=form) as answer:
            assert str(answer.url).endswith("/reviews?done=1")
    await services.deadlines.run_due()
    async with services.db.reading() as session:
        row = await session.get(Case, case_id)
        assert row is not None and (row.status, row.actor_id) == ("dismissed", havre.max.id)
        assert await services.vault.open(session, row.note_ref) == "Banter between friends"


async def test_an_override_is_checked_previewed_and_saved(dashboard: Dashboard) -> None:
    havre = dashboard.havre
    services = havre.bot.services  # type: ignore[union-attr]
    await havre.alice.says(havre.general, "ta gueule, connard")
    await havre.alice.next_dm()  # the reminder
    [case] = await case_settled(havre)
    assert case.rule_id == "respect"
    async with client() as http:
        await log_in(http, dashboard, "ada")
        token = await csrf_of(http, dashboard, "/policy")
        bad = {"csrf": token, "do": "preview", "overrides": "[rules.respect]\nenabled = 3\n"}
        async with http.post(dashboard.url("/policy/edit"), data=bad) as answer:
            text = await answer.text()
        assert answer.status == 200 and "enabled" in text and 'value="save"' not in text
        good = {"csrf": token, "do": "preview", "overrides": "[rules.respect]\nenabled = false\n"}
        async with http.post(dashboard.url("/policy/edit"), data=good) as answer:
            text = await answer.text()
        assert f'href="/cases/{case.id}"' in text and 'value="save"' in text  # it would have changed
        async with http.post(dashboard.url("/policy/edit"), data={**good, "do": "save"}) as answer:
            assert str(answer.url).endswith("/policy?saved=1")
    settings = await services.guilds.load(havre.guild.id)
    assert settings.policy_overrides == "[rules.respect]\nenabled = false"
    async with services.db.reading() as session:
        kinds = (await session.scalars(select(GovernanceEntry.kind))).all()
    assert "policy_change" in kinds


async def test_a_code_is_single_use_and_a_replay_revokes_its_token(dashboard: Dashboard) -> None:
    emu = dashboard.havre.emu
    redirect = dashboard.url("/auth/callback")
    consent = f"{emu.base_url}/oauth2/authorize"
    form = {"response_type": "code", "client_id": str(emu.application_id), "scope": "identify"}
    form |= {"redirect_uri": redirect, "state": "s1", "user_id": str(dashboard.havre.bob.id)}
    async with client() as http:
        async with http.post(consent, data=form, allow_redirects=False) as answer:
            back = parse_qs(urlsplit(answer.headers["Location"]).query)
        assert back["state"] == ["s1"]
        grant = {"grant_type": "authorization_code", "code": back["code"][0], "redirect_uri": redirect}
        status, body = await _token(http, dashboard, grant)
        assert status == 200 and body["token_type"] == "Bearer" and body["scope"] == "identify"
        bearer = {"Authorization": f"Bearer {body['access_token']}"}
        async with http.get(f"{emu.api_base}/users/@me", headers=bearer) as answer:
            assert answer.status == 200 and (await answer.json())["username"] == "bob"
        status, again = await _token(http, dashboard, grant)
        assert (status, again["error"]) == (400, "invalid_grant")
        async with http.get(f"{emu.api_base}/users/@me", headers=bearer) as answer:
            assert answer.status == 401  # the replay revoked what the code gave


async def test_real_ids_need_a_second_admin_and_are_delivered_once(dashboard: Dashboard) -> None:
    havre = dashboard.havre
    havre.guild.add_member("abe", locale="en-US", roles=[havre.roles["admin"]])
    havre.members["abe"] = havre.guild.member("abe")
    await (await havre.max.slash("warn", member=havre.bob, rule="respect")).reply()
    await case_settled(havre)
    async with client() as ada, client() as abe:
        await log_in(ada, dashboard, "ada")
        token = await csrf_of(ada, dashboard, "/log")
        ask = {"csrf": token, "format": "csv", "reason": "A court order about a member"}
        async with ada.post(dashboard.url("/exports/request"), data=ask) as answer:
            page = await answer.text()
        assert "waiting for another admin" in page or "en attente d&#39;un autre admin" in page
        services = havre.bot.services  # type: ignore[union-attr]
        from bot.web.reads import real_id_requests

        [(request_id, *_rest)] = await real_id_requests(services, havre.guild.id)
        decide = {"csrf": token, "decision": "approve"}
        async with ada.post(dashboard.url(f"/exports/{request_id}/decide"), data=decide) as answer:
            assert answer.status == 400  # the one who asked cannot approve
        await log_in(abe, dashboard, "abe")
        other = await csrf_of(abe, dashboard, "/log")
        async with abe.post(
            dashboard.url(f"/exports/{request_id}/decide"), data={"csrf": other, "decision": "approve"}
        ) as answer:
            assert answer.status == 200
        async with abe.post(
            dashboard.url("/exports/download"), data={"csrf": other, "request": str(request_id)}
        ) as answer:
            assert answer.status == 400  # only who asked downloads it
        download = {"csrf": token, "request": str(request_id)}
        async with ada.post(dashboard.url("/exports/download"), data=download) as answer:
            body = await answer.text()
            assert answer.status == 200 and "real-ids" in answer.headers["Content-Disposition"]
        assert str(havre.bob.id) in body  # real Discord ids, as approved
        async with ada.post(dashboard.url("/exports/download"), data=download) as answer:
            assert answer.status == 400  # delivered once
    async with services.db.reading() as session:
        exports = (
            await session.scalars(select(GovernanceEntry).where(GovernanceEntry.kind == "export"))
        ).all()
    assert len(exports) == 2  # the approval and the delivery


async def test_an_appeal_is_decided_once(dashboard: Dashboard) -> None:
    from tests.web.test_dashboard_browser import _appeal

    havre = dashboard.havre
    appeal = await _appeal(dashboard)
    async with client() as max_, client() as ada:
        await log_in(max_, dashboard, "max")
        await log_in(ada, dashboard, "ada")
        token_max = await csrf_of(max_, dashboard, f"/appeals/{appeal.id}")
        token_ada = await csrf_of(ada, dashboard, f"/appeals/{appeal.id}")
        grant = {"csrf": token_max, "decision": "grant", "reason": "Context misread, sorry."}
        async with max_.post(dashboard.url(f"/appeals/{appeal.id}"), data=grant) as answer:
            assert str(answer.url).endswith("/appeals?done=1")
        deny = {"csrf": token_ada, "decision": "deny", "reason": "Kept."}  # at the same time, elsewhere
        async with ada.post(dashboard.url(f"/appeals/{appeal.id}"), data=deny) as answer:
            assert answer.status == 400 and "déjà reçu une réponse" in await answer.text()  # ada reads French
        await havre.bot.services.deadlines.run_due()  # type: ignore[union-attr]
        async with ada.get(dashboard.url(f"/appeals/{appeal.id}")) as answer:
            assert 'name="decision"' not in await answer.text()  # decided: no form any more
    async with havre.bot.services.db.reading() as session:  # type: ignore[union-attr]
        decided = (
            await session.scalars(select(GovernanceEntry).where(GovernanceEntry.kind == "appeal_decided"))
        ).all()
    assert len(decided) == 1


async def test_an_appeal_form_without_a_choice_or_a_reason_is_refused_and_keeps_what_was_written(
    dashboard: Dashboard,
) -> None:
    """The decision form says what is missing, in the moderator's language, keeps the choice and the
    reason they wrote, and decides nothing (``_decision_form``: a choice first, then a reason)."""
    from tests.web.test_dashboard_browser import _appeal

    havre = dashboard.havre
    appeal = await _appeal(dashboard)
    async with client() as ada:  # ada reads French
        await log_in(ada, dashboard, "ada")
        token = await csrf_of(ada, dashboard, f"/appeals/{appeal.id}")
        url = dashboard.url(f"/appeals/{appeal.id}")
        no_choice = {"csrf": token, "decision": "", "reason": "Contexte mal lu."}
        async with ada.post(url, data=no_choice) as answer:
            page = await answer.text()
            assert answer.status == 200 and "Merci de choisir : accepter la contestation" in page
            assert 'name="decision"' in page  # the form is still there to answer
            assert ">Contexte mal lu.</textarea>" in page  # with the reason they wrote
        odd_choice = {"csrf": token, "decision": "ban", "reason": "Contexte mal lu."}
        async with ada.post(url, data=odd_choice) as answer:
            assert "Merci de choisir" in await answer.text()
        no_reason = {"csrf": token, "decision": "grant", "reason": "   "}
        async with ada.post(url, data=no_reason) as answer:
            page = await answer.text()
            assert "crire la raison" in page and 'value="grant" required checked' in page  # the choice kept
    await havre.bot.services.deadlines.run_due()  # type: ignore[union-attr]
    async with havre.bot.services.db.reading() as session:  # type: ignore[union-attr]
        decided = (
            await session.scalars(select(GovernanceEntry).where(GovernanceEntry.kind == "appeal_decided"))
        ).all()
    assert decided == []  # nothing decided by a refused form
    assert appeal.id not in await havre.bot.services.moderation.appeals.pending_decisions(havre.guild.id)  # type: ignore[union-attr]
