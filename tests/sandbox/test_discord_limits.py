"""Limits Discord enforces beyond the OpenAPI schema: the emulator refuses what Discord refuses.

Embeds over 6,000 characters in total, more than 5 action rows (message or modal), invalid command
names, localisation keys that are not Discord locales, commands over 4,000 characters, and adding a
member to a non-invitable private thread without Manage Threads, overwrites on a new channel granting or
denying a permission the bot lacks.
"""

from __future__ import annotations

from typing import Any

import discord
import pytest
from discord.http import Route

from emulator import Emulator, Permission, ScenarioError
from emulator.flags import DEFAULT_BOT_PERMISSIONS

from .conftest import StartBot, make_bot

Json = dict[str, Any]


def _form_error(code: str, message: str) -> Json:
    return {"_errors": [{"code": code, "message": message}]}


async def _refused(emu: Emulator, call: Any, status: int = 400, code: int = 50035) -> Json:
    """Run a discord.py HTTP call that must fail; the emulator's whole JSON answer."""
    with pytest.raises(discord.HTTPException) as raised:
        await call
    assert (raised.value.status, raised.value.code) == (status, code)
    answer = emu.recorder.rest[-1].response
    assert isinstance(answer, dict)
    return answer


# ------------------------------------------------------------------------------------------ embeds


def _embed(title: int = 0, description: int = 0, footer: int = 0, author: int = 0, fields: int = 0) -> Json:
    embed: Json = {"description": "d" * description} if description else {}
    if title:
        embed["title"] = "t" * title
    if footer:
        embed["footer"] = {"text": "f" * footer}
    if author:
        embed["author"] = {"name": "a" * author}
    if fields:
        embed["fields"] = [{"name": "n" * 100, "value": "v" * (fields - 100)}]
    return embed


async def test_embeds_over_6000_characters_in_total_are_refused(emu: Emulator, start_bot: StartBot) -> None:
    guild = emu.add_guild("Havre test")
    general = guild.add_channel("general")
    bot = await start_bot()
    send = Route("POST", "/channels/{channel_id}/messages", channel_id=general.id)
    too_big = _form_error("MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000")

    # 256 + 4000 + 1000 + 244 + 500 = 6000 in one embed: accepted, one more character is not
    exactly = [_embed(title=256, description=4000, footer=1000, author=244, fields=500)]
    await bot.http.request(send, json={"embeds": exactly})
    over = [_embed(title=256, description=4000, footer=1000, author=245, fields=500)]
    answer = await _refused(emu, bot.http.request(send, json={"embeds": over}))
    assert answer == {"message": "Invalid Form Body", "code": 50035, "errors": {"embeds": too_big}}

    # summed over all the embeds of the message, each well under its own limits
    three = [_embed(description=2000), _embed(description=2000), _embed(title=1, description=2000)]
    answer = await _refused(emu, bot.http.request(send, json={"embeds": three}))
    assert answer["errors"] == {"embeds": too_big}

    # an edit is held to the same total
    posted = general.bot_messages()[-1]
    edit = Route(
        "PATCH", "/channels/{channel_id}/messages/{message_id}", channel_id=general.id, message_id=posted.id
    )
    answer = await _refused(emu, bot.http.request(edit, json={"embeds": three}))
    assert answer["errors"] == {"embeds": too_big}
    assert len(general.bot_messages()) == 1 and posted.embeds == exactly


# ------------------------------------------------------------------------------------------ action rows


def _rows(count: int) -> list[Json]:
    return [
        {"type": 1, "components": [{"type": 2, "style": 1, "label": f"B{i}", "custom_id": f"b:{i}"}]}
        for i in range(count)
    ]


async def test_more_than_five_action_rows_in_a_message_are_refused(
    emu: Emulator, start_bot: StartBot
) -> None:
    guild = emu.add_guild("Havre test")
    general = guild.add_channel("general")
    bot = await start_bot()
    send = Route("POST", "/channels/{channel_id}/messages", channel_id=general.id)

    await bot.http.request(send, json={"content": "five rows", "components": _rows(5)})
    answer = await _refused(emu, bot.http.request(send, json={"content": "six rows", "components": _rows(6)}))
    assert answer["errors"] == {
        "components": _form_error("BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.")
    }
    posted = general.bot_messages()[-1]
    edit = Route(
        "PATCH", "/channels/{channel_id}/messages/{message_id}", channel_id=general.id, message_id=posted.id
    )
    await _refused(emu, bot.http.request(edit, json={"components": _rows(6)}))
    assert [m.content for m in general.bot_messages()] == ["five rows"] and len(posted.components) == 5

    # a components v2 message (flag 1 << 15) is counted differently: up to 40 components
    await bot.http.request(send, json={"flags": 1 << 15, "components": _rows(6)})
    assert len(general.bot_messages()[-1].components) == 6


async def test_more_than_five_rows_in_a_modal_are_refused(emu: Emulator, start_bot: StartBot) -> None:
    bot = make_bot()
    failures: list[discord.HTTPException] = []

    def modal(rows: int) -> Json:
        components = [
            {
                "type": 1,
                "components": [{"type": 4, "custom_id": f"f{i}", "label": f"Field {i}", "style": 1}],
            }
            for i in range(rows)
        ]
        return {"type": 9, "data": {"custom_id": "form", "title": "Form", "components": components}}

    @bot.tree.command(name="form", description="Opens a form")
    async def form(interaction: discord.Interaction, rows: int) -> None:
        callback = Route(
            "POST",
            "/interactions/{interaction_id}/{interaction_token}/callback",
            interaction_id=interaction.id,
            interaction_token=interaction.token,
        )
        try:
            await bot.http.request(callback, json=modal(rows))
        except discord.HTTPException as error:
            failures.append(error)
            await interaction.response.send_message("no form", ephemeral=True)

    guild = emu.add_guild("Havre test")
    general = guild.add_channel("general")
    alice = guild.add_member("alice")
    await start_bot(bot)
    await bot.tree.sync()

    refused = await alice.slash("form", in_channel=general, rows=6)
    assert (await refused.reply()).content == "no form"
    [failure] = failures
    assert (failure.status, failure.code) == (400, 50035)
    answer = emu.recorder.requests(route="POST /interactions/{interaction_id}/{interaction_token}/callback")[
        0
    ]
    assert answer.response["errors"] == {
        "data": {"components": _form_error("BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.")}
    }
    shown = await (await alice.slash("form", in_channel=general, rows=5)).modal_shown()
    assert len(shown["components"]) == 5 and len(failures) == 1


# ------------------------------------------------------------------------------------------ commands


def _command(name: str = "warn", **extra: Any) -> Json:
    return {"name": name, "description": "Warn a member", "type": 1, **extra}


def _option(name: str = "member", **extra: Any) -> Json:
    return {"type": 3, "name": name, "description": "Who", **extra}


INVALID_NAME = _form_error("APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid")


def _bad_locale(key: str) -> Json:
    return {key: _form_error("ENUM_TYPE_COERCE", f'Value "{key}" is not a valid enum value.')}


async def test_chat_input_command_names_are_lowercase_words(emu: Emulator, start_bot: StartBot) -> None:
    bot = await start_bot()
    app_id = emu.application_id

    for name in ("Warn", "warn member", "warn!", "WARN"):
        answer = await _refused(emu, bot.http.bulk_upsert_global_commands(app_id, [_command(name)]))
        assert answer["errors"] == {"0": {"name": INVALID_NAME}}, name
    commands = [_command("ok"), _command("warn", options=[_option("Member")])]
    answer = await _refused(emu, bot.http.bulk_upsert_global_commands(app_id, commands))
    assert answer["errors"] == {"1": {"options": {"0": {"name": INVALID_NAME}}}}
    localised = _command(name_localizations={"fr": "Avertir"})
    answer = await _refused(emu, bot.http.bulk_upsert_global_commands(app_id, [localised]))
    assert answer["errors"] == {"0": {"name_localizations": INVALID_NAME}}
    option = _option(name_localizations={"de": "Mitglied", "fr": "membre"})
    answer = await _refused(emu, bot.http.bulk_upsert_global_commands(app_id, [_command(options=[option])]))
    assert answer["errors"] == {"0": {"options": {"0": {"name_localizations": {"de": INVALID_NAME}}}}}
    answer = await _refused(emu, bot.http.upsert_global_command(app_id, _command("Warn")))
    assert answer["errors"] == {"name": INVALID_NAME}
    assert emu.registered_commands() == []

    # what Discord accepts: letters of any script, digits, - _ ', Devanagari and Thai; context menus
    # keep their capitals and spaces
    accepted = [
        _command("warn-2_it's", name_localizations={"fr": "avertir", "ru": "предупредить", "hi": "चेतावनी"}),
        _command("ถาม"),
        {"name": "Moderate this message", "type": 3},
        {"name": "Member history", "type": 2},
    ]
    stored = await bot.http.bulk_upsert_global_commands(app_id, accepted)
    assert [c["name"] for c in stored] == [c["name"] for c in accepted]
    edit = await _refused(emu, bot.http.edit_global_command(app_id, int(stored[0]["id"]), {"name": "Warn"}))
    assert edit["errors"] == {"name": INVALID_NAME}


async def test_localisation_keys_must_be_discord_locales(emu: Emulator, start_bot: StartBot) -> None:
    bot = await start_bot()
    app_id = emu.application_id

    command = _command(description_localizations={"fr": "Avertir", "fr-FR": "Avertir"})
    answer = await _refused(emu, bot.http.bulk_upsert_global_commands(app_id, [command]))
    assert answer["errors"] == {"0": {"description_localizations": _bad_locale("fr-FR")}}
    choice = {"name": "spam", "value": "spam", "name_localizations": {"en": "spam"}}
    option = _option(name_localizations={"pt": "membro"}, choices=[choice])
    answer = await _refused(emu, bot.http.bulk_upsert_global_commands(app_id, [_command(options=[option])]))
    assert answer["errors"] == {
        "0": {
            "options": {
                "0": {
                    "name_localizations": _bad_locale("pt"),
                    "choices": {"0": {"name_localizations": _bad_locale("en")}},
                }
            }
        }
    }
    menu = {"name": "Report", "type": 3, "name_localizations": {"fr_FR": "Signaler"}}
    answer = await _refused(emu, bot.http.upsert_global_command(app_id, menu))
    assert answer["errors"] == {"name_localizations": _bad_locale("fr_FR")}
    assert emu.registered_commands() == []

    every_locale = (
        "id da de en-GB en-US es-ES es-419 fr hr it lt hu nl no pl pt-BR ro fi sv-SE vi tr cs el bg ru uk "
        "hi th zh-CN ja zh-TW ko"
    )
    all_of_them = {locale: "avertir" for locale in every_locale.split()}
    await bot.http.bulk_upsert_global_commands(app_id, [_command(name_localizations=all_of_them)])
    assert emu.registered_commands()[0]["name_localizations"] == all_of_them


def _sized(extra: int) -> Json:
    """A command of exactly 4000 + ``extra`` characters, counted as Discord counts them."""
    options = [_option(f"{i:02d}" + "o" * 30, description="d" * 100) for i in range(25)]  # 25 x 132
    options[0]["choices"] = [
        {"name": "c" * 100, "value": "v" * 100},
        {"name": "c" * 100, "value": "v" * 100},
        {"name": "c" * 84, "value": "v" * (84 + extra)},
    ]  # 568 + extra
    return _command("s" * 32, description="d" * 100, options=options)  # 132 + 3300 + 568


async def test_commands_over_4000_characters_are_refused(emu: Emulator, start_bot: StartBot) -> None:
    bot = await start_bot()
    app_id = emu.application_id
    too_large = _form_error("APPLICATION_COMMAND_TOO_LARGE", "Command exceeds maximum size (4000)")

    await bot.http.bulk_upsert_global_commands(app_id, [_sized(0)])
    answer = await _refused(emu, bot.http.bulk_upsert_global_commands(app_id, [_command("ok"), _sized(1)]))
    assert answer["errors"] == {"1": too_large}
    answer = await _refused(emu, bot.http.upsert_global_command(app_id, _sized(1)))
    assert answer["errors"] == too_large

    # the longest localisation of each field counts: 605 characters by default, 6,580 in French
    choices = [{"name": f"c{i}", "value": f"v{i}", "name_localizations": {"fr": "x" * 30}} for i in range(5)]
    options = [
        _option(
            f"o{i:02d}",
            description="d",
            description_localizations={"fr": "y" * 100, "de": "z" * 50},
            choices=choices,
        )
        for i in range(25)
    ]
    localised = _command("size", description="d", options=options)
    answer = await _refused(emu, bot.http.bulk_upsert_global_commands(app_id, [localised]))
    assert answer["errors"] == {"0": too_large}
    assert [c["name"] for c in emu.registered_commands()] == ["s" * 32]
    for option in options:
        option["description_localizations"] = {"fr": "y"}
        option["choices"] = [{"name": f"c{i}", "value": f"v{i}"} for i in range(5)]
    await bot.http.bulk_upsert_global_commands(app_id, [localised])
    assert [c["name"] for c in emu.registered_commands()] == ["size"]


async def test_context_menu_commands_are_answered_with_an_empty_description(
    emu: Emulator, start_bot: StartBot
) -> None:
    bot = await start_bot()
    menus = [{"name": "Report", "type": 3, "description": "ignored"}, {"name": "History", "type": 2}]
    answered = await bot.http.bulk_upsert_global_commands(emu.application_id, menus)
    listed = await bot.http.get_global_commands(emu.application_id)
    for commands in (answered, listed):
        assert [(c["name"], c["description"]) for c in commands] == [("Report", ""), ("History", "")]
        assert all("options" not in c for c in commands)


# ------------------------------------------------------------------------------------------ threads


async def test_adding_to_a_non_invitable_private_thread_needs_manage_threads(
    emu: Emulator, start_bot: StartBot
) -> None:
    guild = emu.add_guild("Havre test")
    support = guild.add_channel("support")
    alice = guild.add_member("alice")
    bob = guild.add_member("bob")
    carol = guild.add_member("carol")
    await guild.set_role_permissions(guild.bot_role, DEFAULT_BOT_PERMISSIONS & ~Permission.MANAGE_THREADS)
    bot = await start_bot()
    parent = bot.get_channel(support.id)

    closed = await parent.create_thread(
        name="closed", type=discord.ChannelType.private_thread, invitable=False
    )
    answer = await _refused(emu, closed.add_user(discord.Object(alice.id)), 403, 50013)
    assert answer == {"message": "Missing Permissions", "code": 50013}
    assert alice.id not in guild.channel(closed.id).thread_member_ids

    open_ = await parent.create_thread(name="open", type=discord.ChannelType.private_thread, invitable=True)
    await open_.add_user(discord.Object(alice.id))
    assert alice.id in guild.channel(open_.id).thread_member_ids

    # a member in the thread may invite others only where the thread is invitable
    await alice.adds_to_thread(guild.channel(open_.id), bob)
    assert bob.id in guild.channel(open_.id).thread_member_ids
    await guild.set_role_permissions(guild.bot_role, DEFAULT_BOT_PERMISSIONS)
    await closed.add_user(discord.Object(alice.id))
    with pytest.raises(ScenarioError, match="Manage Threads"):
        await alice.adds_to_thread(guild.channel(closed.id), carol)
    assert carol.id not in guild.channel(closed.id).thread_member_ids


# ------------------------------------------------------------------------------------------ channels


async def test_a_new_channel_may_only_allow_or_deny_what_the_bot_holds(
    emu: Emulator, start_bot: StartBot
) -> None:
    guild = emu.add_guild("Havre test")
    await guild.set_role_permissions(guild.bot_role, DEFAULT_BOT_PERMISSIONS & ~Permission.MANAGE_WEBHOOKS)
    bot = await start_bot()
    server = bot.get_guild(guild.id)
    everyone = server.default_role
    refused = discord.PermissionOverwrite(manage_webhooks=False)  # the bot lacks it: it cannot deny it
    answer = await _refused(emu, server.create_text_channel("a", overwrites={everyone: refused}), 403, 50013)
    assert answer["code"] == 50013 and [c for c in guild.state.channels.values() if c.name == "a"] == []
    held = discord.PermissionOverwrite(manage_threads=False, send_messages=False)
    made = await server.create_text_channel("b", overwrites={everyone: held})
    assert guild.channel(made.id).state.overwrites[guild.id].deny & Permission.MANAGE_THREADS
