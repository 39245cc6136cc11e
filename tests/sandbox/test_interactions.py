"""Members using the bot's commands, buttons, selects and forms, with discord.py answering for real."""

from __future__ import annotations

import asyncio

import discord
import pytest
from discord import app_commands, ui

from emulator import CallbackType, Emulator, ScenarioError, pointed_at
from emulator.runner import running

from .conftest import StartBot, make_bot


def moderation_bot() -> discord.ext.commands.Bot:
    bot = make_bot()

    @bot.tree.command(name="warn", description="Warn a member")
    async def warn(
        interaction: discord.Interaction, user: discord.Member, rule: str, strikes: int = 1
    ) -> None:
        perms = interaction.permissions.manage_messages
        await interaction.response.send_message(
            f"{user.display_name} warned for {rule} ({strikes}) by {interaction.user.name}; "
            f"locale={interaction.locale.value}; guild={interaction.guild_locale}; mod={perms}",
            ephemeral=True,
        )

    ticket = app_commands.Group(name="ticket", description="Tickets")
    admin = app_commands.Group(name="admin", description="Ticket admin", parent=ticket)

    @ticket.command(name="claim", description="Claim a ticket")
    async def claim(interaction: discord.Interaction, number: int, note: str | None = None) -> None:
        await interaction.response.defer(thinking=True)
        await asyncio.sleep(0.01)
        await interaction.followup.send(f"ticket {number} claimed ({note})")

    @admin.command(name="move", description="Move a ticket")
    async def move(interaction: discord.Interaction, where: discord.TextChannel, role: discord.Role) -> None:
        await interaction.response.send_message(f"moved to {where.name} for {role.name}")

    bot.tree.add_command(ticket)

    @bot.tree.context_menu(name="Moderate this message")
    async def moderate(interaction: discord.Interaction, message: discord.Message) -> None:
        await interaction.response.send_message(f"reviewing: {message.content}", ephemeral=True)

    @bot.tree.context_menu(name="Member history")
    async def history(interaction: discord.Interaction, member: discord.Member) -> None:
        await interaction.response.send_message(f"history of {member.name}", ephemeral=True)

    return bot


async def _ready(emu: Emulator, start_bot: StartBot, bot: discord.ext.commands.Bot | None = None) -> tuple:
    guild = emu.add_guild("Havre test", locale="fr")
    general = guild.add_channel("general")
    alice = guild.add_member("alice", locale="fr")
    bob = guild.add_member("bob", locale="en")
    running = await start_bot(bot or moderation_bot())
    await running.tree.sync()
    return guild, general, alice, bob


async def test_slash_command_with_user_string_and_integer_options_round_trips(
    emu: Emulator, start_bot: StartBot
) -> None:
    _, general, alice, bob = await _ready(emu, start_bot)

    interaction = await alice.slash("warn", user=bob, rule="respect", strikes=2)
    reply = await interaction.reply()

    assert reply.content == "bob warned for respect (2) by alice; locale=fr; guild=fr; mod=False"
    assert interaction.ephemeral
    assert interaction.response_type == CallbackType.CHANNEL_MESSAGE_WITH_SOURCE
    assert reply.visible_to == alice.id
    assert general.messages() == []  # ephemeral replies are not channel messages
    sent = interaction.payload
    assert sent["member"]["user"]["id"] == str(alice.id)
    assert sent["data"]["resolved"]["members"][str(bob.id)]["permissions"]
    assert [o["type"] for o in sent["data"]["options"]] == [6, 3, 4]


async def test_subcommands_groups_deferral_and_followups(emu: Emulator, start_bot: StartBot) -> None:
    guild, general, alice, _ = await _ready(emu, start_bot)
    helpers = guild.add_role("helpers")

    claimed = await alice.slash("ticket claim", number=7, in_channel=general)
    first = await claimed.response()
    reply = await claimed.reply()
    moved = await alice.slash("ticket admin move", where=general, role=helpers)
    moved_reply = await moved.reply()

    assert first.type == CallbackType.DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
    assert reply.content == "ticket 7 claimed (None)"  # the first followup fills the "thinking" message
    assert not reply.loading and reply.id == claimed.message.id
    assert moved_reply.content == "moved to general for helpers"
    assert [m.content for m in general.messages()] == [
        "ticket 7 claimed (None)",
        "moved to general for helpers",
    ]
    with pytest.raises(ScenarioError, match="needs a subcommand"):
        await alice.slash("ticket")
    with pytest.raises(ScenarioError, match="required"):
        await alice.slash("ticket claim")
    with pytest.raises(ScenarioError, match="no CHAT_INPUT command"):
        await alice.slash("unknown")


async def test_message_and_user_context_menus(emu: Emulator, start_bot: StartBot) -> None:
    _, general, alice, bob = await _ready(emu, start_bot)
    rude = await bob.says(general, "something rude")

    on_message = await alice.context_menu("Moderate this message", rude)
    on_member = await alice.context_menu("Member history", bob)

    assert (await on_message.reply()).content == "reviewing: something rude"
    assert (await on_member.reply()).content == "history of bob"
    assert on_message.payload["data"]["target_id"] == str(rude.id)


class AppealView(ui.View):
    def __init__(self) -> None:
        super().__init__(timeout=None)

    @ui.button(label="Appeal", custom_id="appeal:open:42", style=discord.ButtonStyle.primary)
    async def appeal(self, interaction: discord.Interaction, button: ui.Button) -> None:
        await interaction.response.send_modal(AppealForm())

    @ui.select(
        custom_id="appeal:topic",
        options=[
            discord.SelectOption(label="Spam", value="spam"),
            discord.SelectOption(label="Insult", value="insult"),
        ],
    )
    async def topic(self, interaction: discord.Interaction, select: ui.Select) -> None:
        await interaction.response.edit_message(content=f"topic: {select.values[0]}")


class AppealForm(ui.Modal, title="Appeal"):
    reason = ui.TextInput(label="Your reason", min_length=5)
    contact = ui.TextInput(label="Contact", required=False)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(
            f"appeal received: {self.reason.value} / {self.contact.value or '-'}", ephemeral=True
        )


async def test_button_click_opens_a_modal_and_the_submission_round_trips(
    emu: Emulator, start_bot: StartBot
) -> None:
    bot = make_bot()
    guild = emu.add_guild("Havre test")
    general = guild.add_channel("general")
    alice = guild.add_member("alice")
    await start_bot(bot)
    bot.add_view(AppealView())
    channel = bot.get_channel(general.id)
    await channel.send("You were warned.", view=AppealView())
    notice = general.last_message
    assert notice is not None and notice.components

    clicked = await alice.click(notice, "Appeal")
    modal = await clicked.modal_shown()
    with pytest.raises(ScenarioError, match="at least 5"):
        await alice.submit(your_reason="no")
    submitted = await alice.submit(your_reason="It was a joke between friends")
    reply = await submitted.reply()

    assert modal["title"] == "Appeal"
    assert reply.content == "appeal received: It was a joke between friends / -"
    assert reply.ephemeral
    with pytest.raises(ScenarioError, match="no modal"):
        await alice.submit(your_reason="again please")


async def test_select_menu_updates_the_message(emu: Emulator, start_bot: StartBot) -> None:
    bot = make_bot()
    guild = emu.add_guild("Havre test")
    general = guild.add_channel("general")
    alice = guild.add_member("alice")
    await start_bot(bot)
    await bot.get_channel(general.id).send("Pick a topic", view=AppealView())
    prompt = general.last_message

    picked = await alice.select(prompt, "appeal:topic", ["insult"])
    updated = await picked.reply()

    assert picked.response_type == CallbackType.UPDATE_MESSAGE
    assert updated.id == prompt.id and updated.content == "topic: insult"
    with pytest.raises(ScenarioError, match="does not offer"):
        await alice.select(prompt, "appeal:topic", ["nonsense"])


async def test_a_second_callback_is_refused_with_40060(emu: Emulator, start_bot: StartBot) -> None:
    bot = make_bot()
    outcomes: list[str] = []

    @bot.tree.command(name="twice", description="Answers twice")
    async def twice(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("first")
        try:
            await interaction.followup.send("second")
            await interaction.client.http.request(
                discord.http.Route(
                    "POST", "/interactions/{i}/{t}/callback", i=interaction.id, t=interaction.token
                ),
                json={"type": 4, "data": {"content": "third"}},
            )
        except discord.HTTPException as exc:
            outcomes.append(f"{exc.status}:{exc.code}")

    guild = emu.add_guild("Havre test")
    guild.add_channel("general")
    alice = guild.add_member("alice")
    await start_bot(bot)
    await bot.tree.sync()

    interaction = await alice.slash("twice")
    await emu.wait_for(lambda: outcomes, 3, "the refused second callback")

    assert outcomes == ["400:40060"]
    assert [m.content for m in [interaction.message, *interaction.followups]] == ["first", "second"]


async def test_an_answer_after_the_deadline_gets_unknown_interaction() -> None:
    emu = Emulator(interaction_deadline=0.2)
    await emu.start()
    outcomes: list[str] = []
    bot = make_bot()

    @bot.tree.command(name="slow", description="Thinks too long before answering")
    async def slow(interaction: discord.Interaction) -> None:
        await asyncio.sleep(0.3)
        try:
            await interaction.response.send_message("too late")
        except discord.NotFound as exc:
            outcomes.append(f"{exc.status}:{exc.code}")

    try:
        guild = emu.add_guild("Havre test")
        guild.add_channel("general")
        alice = guild.add_member("alice")
        with pointed_at(emu.api_base, emu.gateway_url):
            async with running(bot, emu):
                await bot.tree.sync()
                interaction = await alice.slash("slow")
                await emu.wait_for(lambda: outcomes, 3, "the late answer")
        assert outcomes == ["404:10062"]
        assert interaction.response_type is None
    finally:
        await emu.stop()


async def test_original_response_can_be_read_edited_and_deleted_and_dms_work(
    emu: Emulator, start_bot: StartBot
) -> None:
    bot = make_bot()
    seen: list[str] = []

    @bot.tree.command(name="status", description="Shows a status, then refines it")
    async def status(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("checking...")
        original = await interaction.original_response()
        seen.append(original.content)
        await interaction.edit_original_response(content="all good")
        extra = await interaction.followup.send("details", ephemeral=True, wait=True)
        await extra.edit(content="more details")
        await interaction.followup.send("temporary", wait=True)

    @bot.tree.command(name="help", description="Help, anywhere")
    @app_commands.allowed_contexts(guilds=True, dms=True)
    async def help_command(interaction: discord.Interaction) -> None:
        where = "dm" if interaction.guild is None else "guild"
        await interaction.response.send_message(f"help in {where} for {interaction.user.name}")

    guild = emu.add_guild("Havre test")
    general = guild.add_channel("general")
    alice = guild.add_member("alice")
    await start_bot(bot)
    await bot.tree.sync()

    interaction = await alice.slash("status")
    temporary = await interaction.followup(2)
    in_dm = await alice.slash("help", in_dm=True)

    assert seen == ["checking..."]
    assert interaction.message.content == "all good" and interaction.message.edited_at is not None
    details, _ = interaction.followups
    assert details.content == "more details" and details.ephemeral
    assert temporary.content == "temporary"
    assert [m.content for m in general.messages()] == ["all good", "temporary"]
    assert (await in_dm.reply()).content == "help in dm for alice"
    assert in_dm.payload["context"] == 1 and "user" in in_dm.payload and "member" not in in_dm.payload
