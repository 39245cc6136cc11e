"""OpenAPI request-body validation for the Discord emulator (pure: no server, no network).

Valid bodies are produced by discord.py itself (a recording HTTP client and discord.py's own payload
builders), so the tests follow the shapes the installed discord.py really sends.
"""

from __future__ import annotations

import asyncio
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import discord
import pytest
from discord import app_commands
from discord.http import HTTPClient, Route, handle_message_parameters
from discord.webhook.async_ import interaction_message_response_params, interaction_response_params

from emulator import openapi
from emulator.openapi import DEFAULT_SPEC, OpenAPIValidator

pytestmark = pytest.mark.skipif(
    DEFAULT_SPEC is None or not DEFAULT_SPEC.is_file(), reason="Discord OpenAPI spec not found"
)

CALLBACK = "/api/v10/interactions/111/tok-en/callback"
Call = tuple[str, str, Any, str]


class RecordingHTTP(HTTPClient):
    """discord.py's HTTP client with the network replaced by a list of (method, url, body, type)."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        super().__init__(loop)
        self.calls: list[Call] = []

    async def request(self, route: Route, *, files: Any = None, form: Any = None, **kwargs: Any) -> Any:
        body, content_type = kwargs.get("json"), "application/json"
        for part in form or ():
            content_type = "multipart/form-data"
            if part["name"] == "payload_json":
                body = json.loads(part["value"])
        self.calls.append((route.method, route.url, body, content_type))
        return {}


@pytest.fixture(scope="module")
def validator() -> OpenAPIValidator:
    return OpenAPIValidator()


@pytest.fixture
async def http() -> RecordingHTTP:
    return RecordingHTTP(asyncio.get_running_loop())


def assert_all_valid(validator: OpenAPIValidator, calls: list[Call]) -> None:
    assert calls, "discord.py made no request"
    for method, url, body, content_type in calls:
        assert validator.validate(method, url, body, content_type) is None, (method, url, body)


def errors_at(answer: dict[str, Any] | None, *path: str) -> list[dict[str, str]]:
    assert answer is not None, "the body was accepted"
    assert answer["code"] == 50035
    assert answer["message"] == "Invalid Form Body"
    node = answer["errors"]
    for key in path:
        assert key in node, f"no error under {path}: {json.dumps(answer['errors'])}"
        node = node[key]
    return node["_errors"]


def codes_at(answer: dict[str, Any] | None, *path: str) -> list[str]:
    return [error["code"] for error in errors_at(answer, *path)]


def rich_embed() -> discord.Embed:
    embed = discord.Embed(
        title="Rappel", description="Bienvenue", colour=0x5865F2, url="https://example.org/rules"
    )
    embed.timestamp = datetime.now(UTC)
    embed.add_field(name="Règle", value="Soyez gentils", inline=False)
    embed.set_footer(text="Havre").set_author(name="Modération")
    return embed


def button_view() -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(discord.ui.Button(label="OK", custom_id="support:ack:1", style=discord.ButtonStyle.primary))
    select: discord.ui.Select[discord.ui.View] = discord.ui.Select(
        custom_id="support:topic:1",
        placeholder="Sujet",
        options=[discord.SelectOption(label="Aide", value="help", description="Besoin d'aide")],
    )
    view.add_item(select)
    view.add_item(discord.ui.Button(label="Docs", url="https://example.org/docs"))
    return view


# ------------------------------------------------------------------------------------ valid bodies


async def test_send_message_as_discord_py_sends_it(validator: OpenAPIValidator, http: RecordingHTTP) -> None:
    params = handle_message_parameters(
        content="Bonjour",
        embed=rich_embed(),
        view=button_view(),
        allowed_mentions=discord.AllowedMentions(users=[discord.Object(id=81234567890123456)], roles=False),
        flags=discord.MessageFlags(suppress_notifications=True),
        nonce=123456,
        message_reference=discord.MessageReference(message_id=9, channel_id=8).to_message_reference_dict(),
        mention_author=False,
    )
    await http.send_message(1, params=params)
    params = handle_message_parameters(content="silence", allowed_mentions=discord.AllowedMentions.none())
    await http.send_message(1, params=params)
    assert http.calls[0][2]["allowed_mentions"]["users"] == [81234567890123456]  # an int snowflake
    assert_all_valid(validator, http.calls)


async def test_send_message_with_file_validates_payload_json(
    validator: OpenAPIValidator, http: RecordingHTTP
) -> None:
    file = discord.File(io.BytesIO(b"report"), filename="report.txt")
    params = handle_message_parameters(content="Rapport", file=file, embed=rich_embed())
    await http.send_message(1, params=params)
    method, url, body, content_type = http.calls[0]
    assert content_type == "multipart/form-data"
    assert validator.validate(method, url, body, content_type) is None
    body["content"] = "x" * 2001
    assert codes_at(
        validator.validate(method, url, body, "multipart/form-data; boundary=abc"), "content"
    ) == ["BASE_TYPE_MAX_LENGTH"]


async def test_edit_message_and_components_v2(validator: OpenAPIValidator, http: RecordingHTTP) -> None:
    layout = discord.ui.LayoutView()
    layout.add_item(discord.ui.Container(discord.ui.TextDisplay("Ticket ouvert"), accent_colour=0x00FF00))
    await http.edit_message(1, 2, params=handle_message_parameters(content="édité", embed=None, view=None))
    await http.send_message(1, params=handle_message_parameters(view=layout))
    assert http.calls[1][2]["flags"] & discord.MessageFlags(components_v2=True).value
    assert_all_valid(validator, http.calls)


async def test_member_timeout_set_and_cleared(validator: OpenAPIValidator, http: RecordingHTTP) -> None:
    until = datetime.now(UTC) + timedelta(minutes=10)
    await http.edit_member(1, 2, communication_disabled_until=until.isoformat(), reason="calme")
    await http.edit_member(1, 2, communication_disabled_until=None)
    await http.edit_member(1, 2, nick="Nouveau", roles=[3, "4"])
    assert_all_valid(validator, http.calls)


async def test_private_thread_creation(validator: OpenAPIValidator, http: RecordingHTTP) -> None:
    await http.start_thread_without_message(
        1, name="ticket-42", auto_archive_duration=1440, type=12, invitable=False
    )
    await http.start_thread_with_message(1, 2, name="fil", auto_archive_duration=60)
    assert http.calls[0][2]["rate_limit_per_user"] is None
    assert_all_valid(validator, http.calls)


async def test_edit_channel_permission_overwrites(validator: OpenAPIValidator, http: RecordingHTTP) -> None:
    allow, deny = discord.PermissionOverwrite(view_channel=True, send_messages=False).pair()
    overwrites = [
        {"id": 5, "type": 0, "allow": str(allow.value), "deny": str(deny.value)},
        {"id": 6, "type": 1, "allow": allow.value, "deny": deny.value},
    ]
    await http.edit_channel(1, permission_overwrites=overwrites, topic="Entraide", rate_limit_per_user=30)
    await http.edit_channel_permissions(1, 5, str(allow.value), str(deny.value), 1)
    await http.edit_channel(1, archived=True, locked=True, auto_archive_duration=4320)  # a thread
    assert_all_valid(validator, http.calls)


async def test_moderation_calls(validator: OpenAPIValidator, http: RecordingHTTP) -> None:
    await http.ban(5, 1, delete_message_seconds=3600, reason="spam")
    await http.kick(5, 1, reason="spam")
    await http.add_role(1, 5, 7)
    await http.start_private_message(5)
    await http.delete_messages(1, [10, 11])
    assert [call[2] for call in http.calls[:3]] == [None, None, None]  # no body at all
    assert_all_valid(validator, http.calls)
    # a JSON ban body is checked too; kick has no request body in the spec, so nothing to check
    assert validator.validate("PUT", "/api/v10/guilds/1/bans/5", {"delete_message_seconds": 86400}) is None
    assert validator.validate("DELETE", "/api/v10/guilds/1/members/5", {"anything": 1}) is None


async def test_interaction_callbacks(validator: OpenAPIValidator) -> None:
    modal = discord.ui.Modal(title="Signaler", custom_id="report:form:1")
    modal.add_item(discord.ui.TextInput(label="Raison", custom_id="reason", max_length=500))
    modal.add_item(
        discord.ui.Label(
            text="Détails",
            component=discord.ui.TextInput(custom_id="details", style=discord.TextStyle.paragraph),
        )
    )
    bodies = [
        interaction_message_response_params(
            type=4,
            content="Merci",
            embed=rich_embed(),
            view=button_view(),
            flags=discord.MessageFlags(ephemeral=True),
            allowed_mentions=discord.AllowedMentions.none(),
        ).payload,
        interaction_response_params(type=5, data={"flags": 64}).payload,
        interaction_response_params(type=6).payload,
        interaction_message_response_params(type=7, content="Mis à jour", view=None).payload,
        interaction_response_params(9, modal.to_dict()).payload,
        interaction_response_params(8, {"choices": [{"name": "Aide", "value": "help"}]}).payload,
    ]
    modal_body = bodies[4]
    assert modal_body is not None and modal_body["data"]["components"][1]["type"] == 18  # a Label
    for body in bodies:
        assert validator.validate("POST", CALLBACK, body) is None, body


async def test_command_sync_with_localisations(validator: OpenAPIValidator) -> None:
    class French(app_commands.Translator):
        async def translate(
            self, string: app_commands.locale_str, locale: discord.Locale, context: Any
        ) -> str | None:
            return f"fr-{string.message}"[:32] if locale is discord.Locale.french else None

    client = discord.Client(intents=discord.Intents.default())
    recorder = RecordingHTTP(asyncio.get_running_loop())
    client.http = recorder
    client._connection.application_id = 4242
    tree = app_commands.CommandTree(client)

    @tree.command(name="signaler", description="Signaler un message")
    @app_commands.describe(raison="Pourquoi", gravite="De 1 à 5")
    @app_commands.choices(raison=[app_commands.Choice(name="Spam", value="spam")])
    @app_commands.default_permissions(moderate_members=True)
    @app_commands.guild_only()
    async def report(
        interaction: discord.Interaction,
        raison: app_commands.Choice[str],
        gravite: app_commands.Range[int, 1, 5],
        membre: discord.Member | None = None,
    ) -> None: ...

    group = app_commands.Group(name="ticket", description="Tickets")
    group.command(name="ouvrir", description="Ouvrir un ticket")(report.callback)
    tree.add_command(group)

    @tree.context_menu(name="Signaler ce message")
    async def report_message(interaction: discord.Interaction, message: discord.Message) -> None: ...

    await tree.set_translator(French())
    await tree.sync()
    await tree.sync(guild=discord.Object(id=99))
    method, url, body, _ = recorder.calls[0]
    assert body[0]["name_localizations"]["fr"].startswith("fr-")
    assert any(cmd["default_member_permissions"] for cmd in body)
    assert_all_valid(validator, recorder.calls)
    assert codes_at(
        validator.validate(method, url, [*body, {"description": "x"}]), str(len(body)), "name"
    ) == ["BASE_TYPE_REQUIRED"]


async def test_webhook_followups(validator: OpenAPIValidator) -> None:
    followup = handle_message_parameters(
        content="Suivi",
        embeds=[rich_embed()],
        view=button_view(),
        flags=discord.MessageFlags(ephemeral=True),
        allowed_mentions=discord.AllowedMentions.none(),
    ).payload
    edit = handle_message_parameters(content="Corrigé", embeds=[], view=None).payload
    assert validator.validate("POST", "/api/v10/webhooks/4242/tok?wait=1", followup) is None
    assert validator.validate("PATCH", "/api/v10/webhooks/4242/tok/messages/@original", edit) is None
    assert validator.validate("PATCH", "/api/v10/webhooks/4242/tok/messages/77", edit) is None


# ------------------------------------------------------------------------------------ rejections


def test_bot_message_content_is_limited_to_2000(validator: OpenAPIValidator) -> None:
    url = "/api/v10/channels/123/messages"
    assert validator.validate("POST", url, {"content": "x" * 2000}) is None
    answer = validator.validate("POST", url, {"content": "x" * 2001})
    assert errors_at(answer, "content") == [
        {"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 2000 or fewer in length."}
    ]
    reply = {"type": 4, "data": {"content": "é" * 2001}}
    assert codes_at(validator.validate("POST", CALLBACK, reply), "data", "content") == [
        "BASE_TYPE_MAX_LENGTH"
    ]


def test_embed_with_wrong_types(validator: OpenAPIValidator) -> None:
    url = "/api/v10/channels/123/messages"
    answer = validator.validate("POST", url, {"embeds": [{"title": "ok"}, "not an embed"]})
    assert codes_at(answer, "embeds", "1") == ["DICT_TYPE_CONVERT"]
    assert "0" not in answer["errors"]["embeds"]  # type: ignore[index]
    answer = validator.validate("POST", url, {"embeds": [{"color": "red", "fields": [{"name": "n"}]}]})
    assert codes_at(answer, "embeds", "0", "color") == ["NUMBER_TYPE_COERCE"]
    assert codes_at(answer, "embeds", "0", "fields", "0", "value") == ["BASE_TYPE_REQUIRED"]


def test_command_option_without_name(validator: OpenAPIValidator) -> None:
    command = {"name": "signaler", "description": "d", "options": [{"type": 3, "description": "why"}]}
    answer = validator.validate("PUT", "/api/v10/applications/1/guilds/2/commands", [command])
    assert codes_at(answer, "0", "options", "0", "name") == ["BASE_TYPE_REQUIRED"]
    answer = validator.validate("POST", "/api/v10/applications/1/commands", {"description": "no name"})
    assert errors_at(answer, "name") == [{"code": "BASE_TYPE_REQUIRED", "message": "This field is required"}]


def test_timeout_with_wrong_type(validator: OpenAPIValidator) -> None:
    url = "/api/v10/guilds/1/members/2"
    answer = validator.validate("PATCH", url, {"communication_disabled_until": 1_700_000_000})
    assert codes_at(answer, "communication_disabled_until") == ["STRING_TYPE_CONVERT"]
    answer = validator.validate("PATCH", url, {"communication_disabled_until": "tomorrow"})
    assert codes_at(answer, "communication_disabled_until") == ["DATE_TIME_TYPE_PARSE"]


def test_modal_without_components(validator: OpenAPIValidator) -> None:
    modal = {"type": 9, "data": {"custom_id": "report:form:1", "title": "Signaler"}}
    assert codes_at(validator.validate("POST", CALLBACK, modal), "data", "components") == [
        "BASE_TYPE_REQUIRED"
    ]
    modal["data"]["components"] = []  # type: ignore[index]
    assert codes_at(validator.validate("POST", CALLBACK, modal), "data", "components") == [
        "BASE_TYPE_MIN_LENGTH"
    ]


def test_unknown_interaction_callback_type(validator: OpenAPIValidator) -> None:
    answer = validator.validate("POST", CALLBACK, {"type": 3, "data": {"content": "hi"}})
    [error] = errors_at(answer, "type")
    assert error["code"] == "UNION_TYPE_CHOICES"
    assert "4" in error["message"] and "9" in error["message"] and "3," not in error["message"]


def test_nested_errors_use_array_indexes(validator: OpenAPIValidator) -> None:
    body = {
        "components": [
            {"type": 1, "components": [{"type": 2, "style": 1, "label": "ok", "custom_id": "a:b:1"}]},
            {"type": 1, "components": [{"type": 2, "style": 42, "label": "x", "custom_id": "a:b:2"}]},
        ],
        "allowed_mentions": {"users": ["not-a-snowflake"]},
    }
    answer = validator.validate("POST", "/api/v10/channels/1/messages", body)
    assert codes_at(answer, "components", "1", "components", "0", "style") == ["BASE_TYPE_CHOICES"]
    assert codes_at(answer, "allowed_mentions", "users", "0") == ["NUMBER_TYPE_COERCE"]
    assert set(answer["errors"]["components"]) == {"1"}  # type: ignore[index]


def test_thread_and_channel_rejections(validator: OpenAPIValidator) -> None:
    answer = validator.validate(
        "POST", "/api/v10/channels/1/threads", {"name": "t", "type": 12, "auto_archive_duration": 30}
    )
    assert codes_at(answer, "auto_archive_duration") == ["BASE_TYPE_CHOICES"]
    overwrite = {"permission_overwrites": [{"id": "abc", "type": 0, "allow": "lots"}]}
    answer = validator.validate("PATCH", "/api/v10/channels/1", overwrite)
    assert codes_at(answer, "permission_overwrites", "0", "id") == ["NUMBER_TYPE_COERCE"]
    assert codes_at(answer, "permission_overwrites", "0", "allow") == ["NUMBER_TYPE_COERCE"]
    # a guild-channel field and a thread-only field cannot go together
    answer = validator.validate("PATCH", "/api/v10/channels/1", {"topic": "t", "archived": True})
    assert codes_at(answer, "archived") == ["BASE_TYPE_BAD_FIELD"]
    answer = validator.validate("PUT", "/api/v10/guilds/1/bans/2", {"delete_message_seconds": 10**7})
    assert codes_at(answer, "delete_message_seconds") == ["NUMBER_TYPE_MAX"]


# ------------------------------------------------------------------------------------ paths and setup


def test_path_matching(validator: OpenAPIValidator) -> None:
    assert validator.match("POST", "/api/v10/channels/123/messages") == (
        "/channels/{channel_id}/messages",
        {"channel_id": "123"},
    )
    assert validator.match("GET", "/api/v10/users/@me") == ("/users/@me", {})
    assert validator.match("GET", "/api/v10/users/42") == ("/users/{user_id}", {"user_id": "42"})
    assert validator.match("patch", "https://discord.com/api/v10/webhooks/1/t/messages/@original?x=1") == (
        "/webhooks/{webhook_id}/{webhook_token}/messages/@original",
        {"webhook_id": "1", "webhook_token": "t"},
    )
    assert validator.match("GET", "/api/channels/9") == ("/channels/{channel_id}", {"channel_id": "9"})
    assert validator.match("GET", "/channels/9/") == ("/channels/{channel_id}", {"channel_id": "9"})
    assert validator.match("GET", "/api/v10/no/such/route") is None
    assert validator.match("TRACE", "/api/v10/channels/9") is None  # the path exists, not the method
    assert validator.validate("POST", "/api/v10/no/such/route", {"x": 1}) is None


def test_missing_spec_gives_a_skip_note(tmp_path: Path) -> None:
    missing = OpenAPIValidator(tmp_path / "openapi.json")
    assert missing.skip_note is not None
    assert "NOT validated" in missing.skip_note and "HAVRE_DISCORD_OPENAPI" in missing.skip_note
    assert str(tmp_path) in missing.skip_note
    assert missing.validate("POST", "/api/v10/channels/1/messages", {"content": "x" * 5000}) is None
    assert missing.match("GET", "/api/v10/users/@me") is None
    assert OpenAPIValidator(None).skip_note is not None
    assert OpenAPIValidator().skip_note is None


def test_default_spec_honours_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HAVRE_DISCORD_OPENAPI", str(tmp_path / "custom.json"))
    assert openapi._default_spec() == tmp_path / "custom.json"
    monkeypatch.delenv("HAVRE_DISCORD_OPENAPI")
    found = openapi._default_spec()
    assert found is not None and found.parts[-3:] == ("shared", "discord-api", "openapi.json")
