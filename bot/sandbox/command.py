"""``havre sandbox``: see the bot work without a Discord token.

Starts the emulator with a seeded community and the real bot, plays a short scripted scenario and prints
what each person saw; ``--interactive`` then lets the person at the terminal act as a member.
"""

from __future__ import annotations

import asyncio
import logging
import shlex
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from bot.sandbox.prompt import describe_form, typed_options
from bot.sandbox.session import Sandbox
from emulator import Channel, Member, ScenarioError


@dataclass(frozen=True)
class Step:
    caption: str
    act: Callable[[Sandbox], Awaitable[object]]


def _ticket_thread(sandbox: Sandbox) -> Channel:
    threads = sandbox.scene.guild.threads()
    if not threads:
        raise ScenarioError("no help ticket was opened")
    return threads[-1]


async def _claim(sandbox: Sandbox) -> None:
    pia = sandbox.scene.members["pia"]
    await pia.slash("shift start")
    thread = _ticket_thread(sandbox)
    # going on duty adds her to the waiting requests' threads: wait for it rather than for a fixed time
    # (a busy machine made 0.3 s too short)
    await sandbox.emu.wait_for(
        lambda: sandbox.scene.guild.can_view(pia, thread), 10, "pia added to the waiting request"
    )
    await pia.slash("ticket claim", in_channel=thread)
    await asyncio.sleep(0.3)
    await pia.says(thread, "Hi bob, I'm Pia, a peer moderator. I'm here with you. What's going on?")


def _newest_in(sandbox: Sandbox, channel_id: int, button_prefix: str) -> object:
    for message in sorted(sandbox.emu.world.messages.values(), key=lambda m: m.id, reverse=True):
        if message.channel_id != channel_id or message.deleted:
            continue
        ids = [str(c.get("custom_id", "")) for row in message.components for c in row.get("components", [])]
        if any(i.startswith(button_prefix) for i in ids):
            return message
    raise ScenarioError(f"no message with a {button_prefix!r} button")


async def _appeal(sandbox: Sandbox) -> None:
    alice = sandbox.scene.members["alice"]
    notice = _newest_in(sandbox, sandbox.emu.world.dm_channel(alice.id).id, "mod:appeal:")
    await alice.click(notice, "Contester")  # type: ignore[arg-type]
    await asyncio.sleep(0.3)
    await alice.submit(reason="Bob se moquait de ma maladie depuis une heure, je me suis emportée.")


async def _decide_appeal(sandbox: Sandbox) -> None:
    max_ = sandbox.scene.members["max"]
    card = _newest_in(sandbox, sandbox.scene.channels["mod-queue"].id, "mod:appeal-decide:")
    ids = [str(c["custom_id"]) for row in card.components for c in row["components"]]  # type: ignore[attr-defined]
    await max_.click(card, next(i for i in ids if i.endswith(":grant")))  # type: ignore[arg-type]
    await asyncio.sleep(0.3)
    await max_.submit(reply="Thank you for explaining. We have looked at what bob wrote too.")


async def _resolve_crisis(sandbox: Sandbox) -> None:
    """A crisis request ends with a note and a confirmation: pia writes the note, then confirms."""
    pia = sandbox.scene.members["pia"]
    thread = _ticket_thread(sandbox)
    note = "Bob is safe at home with his sister tonight; we agreed he writes again tomorrow."
    asked = await (await pia.slash("ticket resolve", in_channel=thread, recap=note)).reply()
    await asyncio.sleep(0.3)
    await pia.click(asked, "help:resolve:")


SCENARIO: tuple[Step, ...] = (
    Step(
        "alice, upset, insults another member in #general",
        lambda s: s.scene.members["alice"].says(s.scene.channels["general"], "bob t'es vraiment un connard"),
    ),
    Step(
        "alice does it again: the next step of the ladder",
        lambda s: s.scene.members["alice"].says(
            s.scene.channels["general"], "franchement bob t'es un abruti"
        ),
    ),
    Step(
        "bob asks for help with /help",
        lambda s: s.scene.members["bob"].slash("help", topic="I had a really bad day"),
    ),
    Step("pia, a trained peer moderator, goes on duty, claims bob's ticket and answers", _claim),
    Step(
        "bob writes crisis words in his space: the request becomes urgent, the team is alerted",
        lambda s: s.scene.members["bob"].says(_ticket_thread(s), "honestly I want to end it all"),
    ),
    Step(
        "pia tries to mark it resolved in one go: a crisis request needs a note first",
        lambda s: s.scene.members["pia"].slash("ticket resolve", in_channel=_ticket_thread(s)),
    ),
    Step(
        "pia adds a short note and confirms: bob gets the recap; the survey waits for the later check-in",
        _resolve_crisis,
    ),
    Step("alice contests the warning: she fills in the form from her DM", _appeal),
    Step("max, a moderator, reads the appeal in the private queue and accepts it", _decide_appeal),
    Step(
        "bob loses his temper at alice; max pauses him for an hour under the respect rule",
        lambda s: s.scene.members["max"].slash(
            "timeout",
            member=s.scene.members["bob"],
            duration="1h",
            rule="respect",
            note="insults in #general",
        ),
    ),
    Step(
        "they talk it over; max ends the pause early: bob is welcomed back",
        lambda s: s.scene.members["max"].slash(
            "untimeout", member=s.scene.members["bob"], note="talked it over"
        ),
    ),
    Step(
        "carol (her DMs are closed) writes crisis words in #general: nothing of it is shown in public",
        lambda s: s.scene.members["carol"].says(
            s.scene.channels["general"],
            "i've sorted everything out, the pills are ready for tonight. sorry everyone",
        ),
    ),
)


def banner(sandbox: Sandbox) -> list[str]:
    """Where the person at the terminal is: the server (and its id, for ``report --guild``), who is in
    it, and how the bot judges messages (word lists and rules, or a model)."""
    scene = sandbox.scene
    staff = "pia (peer moderator), max (moderator), sam (specialist), ada (admin)"
    if sandbox.settings.model_enabled:
        model = "Messages are judged by the rules and word lists, with the configured Detoxify model."
    else:
        model = (
            "Messages are judged by the rules and word lists only (no model: `havre model prepare` "
            "adds one for a real server)."
        )
    return [
        "Havre sandbox: an emulated Discord server with the real bot connected.",
        f"Server «{scene.guild.name}» (id {scene.guild.id}); members: {', '.join(scene.members)}.",
        f"Staff: {staff}. Channels: {', '.join('#' + name for name in scene.channels)}.",
        model,
    ]


def open_forms(sandbox: Sandbox, seen: set[int]) -> list[str]:
    """The forms the bot has just shown (not already in ``seen``), one block per member."""
    members = sandbox.scene.members.items()
    shown = (describe_form(sandbox.emu, who, member.id, seen) for who, member in members)
    return [block for block in shown if block]


async def play(sandbox: Sandbox, out: Callable[[str], None]) -> None:
    for line in banner(sandbox):
        out(line)
    sandbox.transcript.mark_all_seen()
    for number, step in enumerate(SCENARIO, 1):
        out("")
        out(f"── {number}. {step.caption}")
        try:
            await step.act(sandbox)
        except (ScenarioError, TimeoutError) as exc:
            out(f"  (this step could not run: {exc})")
        for line in await sandbox.settle(0.8, wait_for_reaction=10):
            out(line)


RESERVED_OPTIONS = frozenset({"in_channel", "in_dm"})  # keywords of the emulator's ``Member.slash``

HELP = """Type as a member:
  alice: some text            alice writes in the current channel
  alice dm: some text         alice writes to the bot by DM
  alice /help topic="..."     alice runs a slash command (subcommands: /ticket claim)
  max /warn member=alice reason="..."   members by name, numbers as digits, channels as #name
  alice click Appeal          alice clicks a button on the newest message she can see with that label
  alice choose Canada         alice picks an option in the newest menu she can see offering it
  alice fill Reason="..."     alice fills in and sends the form the bot showed her (field by its label)
  in help | in general        switch the current channel (or a thread name)
  who | help | quit"""


def _find_channel(sandbox: Sandbox, name: str) -> Channel:
    for channel in [*sandbox.scene.channels.values(), *sandbox.scene.guild.threads()]:
        if channel.name == name or (channel.name or "").startswith(name):
            return channel
    raise ScenarioError(f"no channel or thread named {name!r}")


def _newest_with_option(sandbox: Sandbox, member: Member, label: str) -> tuple[object, str, str]:
    """The newest message this member sees with a menu offering ``label``: (message, menu, value)."""
    world = sandbox.emu.world
    wanted = label.casefold()
    for message in sorted(world.messages.values(), key=lambda m: m.id, reverse=True):
        if message.deleted or message.visible_to not in (None, member.id):
            continue
        for row in message.components:
            for item in row.get("components", []):
                for option in item.get("options") or []:
                    if wanted in (
                        str(option.get("label", "")).casefold(),
                        str(option.get("value", "")).casefold(),
                    ):
                        return message, str(item["custom_id"]), str(option["value"])
    raise ScenarioError(f"no menu offering {label!r}")


def _newest_with_button(sandbox: Sandbox, member: Member, label: str) -> object:
    world = sandbox.emu.world
    for message in sorted(world.messages.values(), key=lambda m: m.id, reverse=True):
        labels = [c.get("label") for row in message.components for c in row.get("components", [])]
        if label in labels and (message.visible_to in (None, member.id)):
            return message
    raise ScenarioError(f"no message with a button {label!r}")


async def interact(
    sandbox: Sandbox, read: Callable[[], Awaitable[str | None]], out: Callable[[str], None]
) -> None:
    """Read lines until ``quit`` (or end of input) and act them out as members."""
    current = sandbox.scene.channels["general"]
    forms_seen: set[int] = set()
    out(HELP)
    while (line := await read()) is not None:
        line = line.strip()
        if line in {"quit", "exit"}:
            return
        if not line:
            continue
        try:
            if line == "help":
                out(HELP)
                continue
            if line == "who":
                out(", ".join(sandbox.scene.members))
                continue
            if line.startswith("in "):
                current = _find_channel(sandbox, line[3:].strip().lstrip("#"))
                out(f"(now in {current.name})")
                continue
            who, _, rest = line.partition(" ")
            who = who.rstrip(":")
            member = sandbox.scene.members.get(who)
            if member is None:
                out(f"(unknown member {who!r}; try: who)")
                continue
            rest = rest.strip()
            if rest.startswith("dm:"):
                await member.dm_bot(rest[3:].strip())
            elif rest.startswith("/"):
                words = shlex.split(rest[1:])
                names = [w for w in words if "=" not in w]
                typed: dict[str, str] = {}
                for key, value in (w.split("=", 1) for w in words if "=" in w):
                    if key in RESERVED_OPTIONS:  # the emulator's own keywords, never command options
                        out(f"({key} is not an option of the command; ignored)")
                        continue
                    typed[key] = value
                guild_id = getattr(current, "guild_id", None) or sandbox.scene.guild.id
                options: dict[str, Any] = typed_options(sandbox.emu, sandbox.scene, guild_id, names, typed)
                await member.slash(" ".join(names), in_channel=current, **options)
            elif rest.startswith("click "):
                label = rest[6:].strip()
                await member.click(_newest_with_button(sandbox, member, label), label)  # type: ignore[arg-type]
            elif rest.startswith("choose "):
                message, menu, value = _newest_with_option(sandbox, member, rest[7:].strip())
                await member.select(message, menu, [value])  # type: ignore[arg-type]
            elif rest.startswith("fill"):
                fields = dict(w.split("=", 1) for w in shlex.split(rest[4:]) if "=" in w)
                await member.submit(**fields)
            else:
                await member.says(current, rest.lstrip(":").strip())
        except (ScenarioError, TimeoutError, ValueError) as exc:
            out(f"(could not do that: {exc})")
        for shown in await sandbox.settle(0.8, wait_for_reaction=2):
            out(shown)
        for form in open_forms(sandbox, forms_seen):
            out(form)


async def run_sandbox(interactive: bool, data_dir: Path | None, out: Callable[[str], None]) -> None:
    sandbox = await Sandbox.start(data_dir=data_dir, dashboard=interactive)
    try:
        await play(sandbox, out)
        if interactive:
            out("")
            if sandbox.dashboard_url:
                out(
                    f"Dashboard: {sandbox.dashboard_url} (log in as anyone: ada is an admin, "
                    "max a moderator, alice a member)"
                )
            loop = asyncio.get_running_loop()

            def read_line() -> str | None:
                try:
                    return input("> ")
                except EOFError:
                    return None

            async def read() -> str | None:
                return await loop.run_in_executor(None, read_line)

            await interact(sandbox, read, out)
    finally:
        await sandbox.stop()


def register(main: click.Group) -> None:
    @main.command()
    @click.option("--interactive", "-i", is_flag=True, help="after the scenario, type as a member")
    @click.option("--data-dir", type=click.Path(path_type=Path), help="keep the sandbox database here")
    def sandbox(interactive: bool, data_dir: Path | None) -> None:
        """Run the bot against a local Discord emulator: no token needed."""
        logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
        logging.getLogger("discord.client").setLevel(logging.ERROR)  # voice support is not used
        asyncio.run(run_sandbox(interactive, data_dir, click.echo))
