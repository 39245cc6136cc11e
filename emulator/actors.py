"""Members as test actors: they talk, edit, run commands, click, pick, fill in forms and DM the bot.

Each action checks what Discord's client would check first (a member cannot post where they may not
send, a timed-out member cannot talk, a hidden command cannot be run) and raises ``ScenarioError``
when the test asks for the impossible. Then it changes the state and dispatches the gateway event.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .commands import canonical
from .components import ModalFiller, check_select_values, find_button, find_select, walk
from .errors import ScenarioError
from .flags import CommandType, ComponentType, InteractionType, Permission
from .interaction_view import Interaction
from .interactions import InteractionRecord
from .messaging import UploadedFile, create_message, edit_message
from .models import ChannelState, MemberState, MessageState, UserState
from .options import OptionBuilder, chat_input_options, unwrap
from .payloads.interactions import interaction_payload
from .payloads.messages import message_payload
from .permissions import can_send, can_view, channel_permissions

if TYPE_CHECKING:
    from .harness import Emulator
    from .scene import Channel, Guild


class Member:
    def __init__(self, state: MemberState, guild: Guild, emu: Emulator) -> None:
        self.state = state
        self.guild = guild
        self._emu = emu
        self._last_channel: ChannelState | None = None

    def __repr__(self) -> str:
        return f"<Member {self.name} id={self.id}>"

    @property
    def id(self) -> int:
        return self.state.user.id

    @property
    def user(self) -> UserState:
        return self.state.user

    @property
    def name(self) -> str:
        return self.state.user.username

    @property
    def mention(self) -> str:
        return f"<@{self.id}>"

    @property
    def timed_out_until(self) -> Any:
        return self.guild.member(self).communication_disabled_until

    @property
    def roles(self) -> list[int]:
        return list(self.guild.member(self).roles)

    # helpers -----------------------------------------------------------------------------------

    def _current(self) -> MemberState:
        try:
            self.state = self.guild.member(self.id)
        except KeyError:
            raise ScenarioError(f"{self.name} is not in {self.guild.name} any more") from None
        return self.state

    def _channel(self, channel: Channel | ChannelState | None) -> ChannelState:
        if channel is not None:
            return unwrap(channel)
        if self._last_channel is not None:
            return self._last_channel
        return self.guild.default_channel_for(self._current()).state

    def _check_sees(self, channel: ChannelState) -> None:
        if channel.is_dm:
            return
        if not can_view(self.guild.state, self._current(), channel, self._emu.world.now()):
            raise ScenarioError(f"{self.name} cannot see #{channel.name}")

    def _check_slowmode(self, channel: ChannelState, member: MemberState) -> None:
        """Slowmode (``rate_limit_per_user``): one message per interval, unless the member may manage
        messages or the channel (as on Discord)."""
        world = self._emu.world
        now = world.now()
        granted = channel_permissions(self.guild.state, member, channel, now)
        if granted & (Permission.MANAGE_MESSAGES | Permission.MANAGE_CHANNELS):
            return
        last = max(
            (
                m.created_at
                for m in world.messages.values()
                if m.channel_id == channel.id and m.author_id == self.id
            ),
            default=None,
        )
        if last is not None and (now - last).total_seconds() < channel.rate_limit_per_user:
            raise ScenarioError(f"{self.name} is in slowmode in #{channel.name}")

    # messages ----------------------------------------------------------------------------------

    async def says(
        self,
        channel: Channel | ChannelState,
        content: str,
        *,
        reply_to: MessageState | None = None,
        files: Sequence[tuple[str, bytes]] = (),
        embeds: list[dict[str, Any]] | None = None,
    ) -> MessageState:
        """Post a message (MESSAGE_CREATE); refuses where the member may not send, e.g. while timed out."""
        world = self._emu.world
        target = unwrap(channel)
        member = self._current()
        if not target.is_dm and not can_send(self.guild.state, member, target, world.now()):
            raise ScenarioError(f"{self.name} cannot send messages in #{target.name}")
        if not target.is_dm and target.rate_limit_per_user:
            self._check_slowmode(target, member)
        body: dict[str, Any] = {"content": content, "embeds": embeds or []}
        if reply_to is not None:
            body["message_reference"] = {"message_id": str(reply_to.id)}
        uploads = [UploadedFile(f"files[{i}]", name, None, data) for i, (name, data) in enumerate(files)]
        if target.is_thread and target.archived:
            target.archived = False
            await self._emu.events.thread_update(target)
        message = create_message(world, target, self.id, body, uploads)
        self._last_channel = target
        await self._emu.events.message_create(message)
        return message

    async def edits(self, message: MessageState, content: str) -> MessageState:
        if message.author_id != self.id:
            raise ScenarioError(f"{self.name} can only edit their own messages")
        edit_message(self._emu.world, message, {"content": content})
        await self._emu.events.message_update(message)
        return message

    async def deletes(self, message: MessageState) -> None:
        channel = self._emu.world.channel(message.channel_id)
        if message.author_id != self.id:
            granted = channel_permissions(self.guild.state, self._current(), channel, self._emu.world.now())
            if not granted & Permission.MANAGE_MESSAGES:
                raise ScenarioError(f"{self.name} cannot delete others' messages")
        message.deleted = True
        await self._emu.events.message_delete(message)

    async def dm_bot(self, content: str) -> MessageState:
        """Write to the bot in DMs (MESSAGE_CREATE without guild_id)."""
        world = self._emu.world
        channel = world.dm_channel(self.id)
        message = create_message(world, channel, self.id, {"content": content})
        await self._emu.events.message_create(message)
        return message

    def dms(self) -> list[MessageState]:
        """Messages the bot sent this member by DM, oldest first."""
        channel = self._emu.world.existing_dm_channel(self.id)
        if channel is None:
            return []
        bot_id = self._emu.bot_user_id
        return [m for m in self._emu.world.channel_messages(channel.id) if m.author_id == bot_id]

    async def next_dm(self, timeout: float = 5.0) -> MessageState:
        """Wait for a new DM from the bot."""
        seen = len(self.dms())
        return await self._emu.wait_for(
            lambda: self.dms()[seen] if len(self.dms()) > seen else None, timeout, f"a DM to {self.name}"
        )

    # membership and threads ---------------------------------------------------------------------

    async def leaves(self) -> None:
        state = self._current()
        del self.guild.state.members[state.id]
        await self._emu.events.member_remove(self.guild.state, state.user)

    async def starts_thread(
        self, channel: Channel | ChannelState, name: str, *, private: bool = False
    ) -> Channel:
        world = self._emu.world
        parent = unwrap(channel)
        needed = Permission.CREATE_PRIVATE_THREADS if private else Permission.CREATE_PUBLIC_THREADS
        if not channel_permissions(self.guild.state, self._current(), parent, world.now()) & needed:
            raise ScenarioError(f"{self.name} cannot create threads in #{parent.name}")
        thread = world.add_thread(self.guild.state, parent, name, owner_id=self.id, private=private)
        await self._emu.events.thread_create(thread)
        return self.guild.channel(thread.id)

    async def adds_to_thread(self, thread: Channel | ChannelState, other: Any) -> None:
        state = unwrap(thread)
        self._check_sees(state)
        target = self.guild.member(other)
        if state.is_private_thread and target.id != self.id:
            granted = channel_permissions(self.guild.state, self._current(), state, self._emu.world.now())
            if not granted & Permission.MANAGE_THREADS and (
                not state.invitable or self.id not in state.thread_members
            ):
                raise ScenarioError(
                    f"{self.name} cannot add members to private thread #{state.name}: "
                    "it is not invitable by them and they lack Manage Threads"
                )
        state.thread_members[target.id] = self._emu.world.now()
        await self._emu.events.thread_members_update(state, added=[target.id])

    # interactions ------------------------------------------------------------------------------

    async def _interact(
        self,
        kind: InteractionType,
        data: dict[str, Any],
        channel: ChannelState,
        *,
        name: str,
        message: MessageState | None = None,
    ) -> Interaction:
        emu = self._emu
        if not emu.hub.has_live_session():
            raise ScenarioError("no bot is connected to the gateway to receive this interaction")
        world = emu.world
        interaction_id = world.new_id()
        token = emu.interactions.new_token()
        payload = interaction_payload(
            world,
            emu.app,
            interaction_id=interaction_id,
            token=token,
            interaction_type=kind,
            data=data,
            user=self.user,
            channel=channel,
            message=message,
        )
        record = InteractionRecord(
            id=interaction_id,
            token=token,
            type=kind,
            user_id=self.id,
            guild_id=channel.guild_id,
            channel_id=channel.id,
            payload=payload,
            name=name,
            source_message_id=None if message is None else message.id,
            source_revision=0 if message is None else message.revision,
        )
        emu.interactions.add(record)
        await emu.events.interaction_create(payload, channel.guild_id)
        return Interaction(record, world, emu.wait_for)

    def _command(self, name: str, command_type: CommandType, channel: ChannelState) -> Any:
        emu = self._emu
        guild_id = channel.guild_id
        command = emu.commands.find_localised(name, command_type, guild_id, self.user.locale)
        if command is None:
            known = emu.commands.names(guild_id)
            raise ScenarioError(f"the bot registered no {command_type.name} command {name!r}; it has {known}")
        data = command.data
        if channel.is_dm:
            contexts = data.get("contexts")
            allowed = 1 in contexts if contexts is not None else data.get("dm_permission", True) is not False
            if not allowed:
                raise ScenarioError(f"{name!r} cannot be used in DMs")
            return command
        contexts = data.get("contexts")
        if contexts is not None and 0 not in contexts:
            raise ScenarioError(f"{name!r} cannot be used in a server")
        granted = channel_permissions(self.guild.state, self._current(), channel, emu.world.now())
        if not granted & Permission.USE_APPLICATION_COMMANDS:
            raise ScenarioError(f"{self.name} may not use application commands in #{channel.name}")
        required = data.get("default_member_permissions")
        hidden = required is not None and (int(required) & ~int(granted) or int(required) == 0)
        if hidden and name in self.guild.command_overrides:
            hidden = False  # an admin opened the command to everyone (guild.override_command_permissions)
        if hidden and not granted & Permission.ADMINISTRATOR:
            raise ScenarioError(f"{self.name} lacks the permissions {name!r} asks for, so Discord hides it")
        return command

    def _canonical_words(
        self, data: Any, path: list[str], options: dict[str, Any]
    ) -> tuple[list[str], dict[str, Any]]:
        """A French client shows (and sends back) the command's English names: map what was typed."""
        locale = self.user.locale
        level: list[Any] = data.get("options") or []
        canonical_path = [str(data["name"])]
        for word in path[1:]:
            found = canonical(level, word, locale)
            canonical_path.append(str(found["name"]) if found else word)
            level = (found or {}).get("options") or []
        named: dict[str, Any] = {}
        for key, value in options.items():
            found = canonical(level, key, locale) or canonical(level, key.replace("_", "-"), locale)
            named[str(found["name"]) if found else key] = value
        return canonical_path, named

    async def slash(
        self,
        command: str,
        /,
        *,
        in_channel: Channel | ChannelState | None = None,
        in_dm: bool = False,
        **options: Any,
    ) -> Interaction:
        """Run ``/command`` (``"ticket claim"`` for a subcommand), options named as the bot declared them."""
        world = self._emu.world
        channel = world.dm_channel(self.id) if in_dm else self._channel(in_channel)
        self._check_sees(channel)
        path = command.split()
        stored = self._command(path[0], CommandType.CHAT_INPUT, channel)
        path, options = self._canonical_words(stored.data, path, options)
        builder = OptionBuilder(world, self.guild.state if not channel.is_dm else None, channel)
        invoker = None if channel.is_dm else self._current()
        built = chat_input_options(builder, stored.data, path[1:], options, invoker)
        data: dict[str, Any] = {"id": str(stored.id), "name": stored.name, "type": 1, "options": built}
        if builder.resolved:
            data["resolved"] = builder.resolved
        if stored.guild_id is not None:
            data["guild_id"] = str(stored.guild_id)
        return await self._interact(InteractionType.APPLICATION_COMMAND, data, channel, name=f"/{command}")

    async def context_menu(
        self, command: str, target: Any, *, in_channel: Channel | ChannelState | None = None
    ) -> Interaction:
        """Run a user command (target: a member) or a message command (target: a message)."""
        world = self._emu.world
        target = unwrap(target)
        is_message = isinstance(target, MessageState)
        channel = world.channel(target.channel_id) if is_message else self._channel(in_channel)
        self._check_sees(channel)
        kind = CommandType.MESSAGE if is_message else CommandType.USER
        stored = self._command(command, kind, channel)
        builder = OptionBuilder(world, None if channel.is_dm else self.guild.state, channel)
        if is_message:
            builder.add_message(message_payload(world, target), target.id)
            target_id = target.id
        else:
            target_id = builder.add_user(target)
        data: dict[str, Any] = {
            "id": str(stored.id),
            "name": stored.name,
            "type": int(kind),
            "target_id": str(target_id),
            "resolved": builder.resolved,
        }
        if stored.guild_id is not None:
            data["guild_id"] = str(stored.guild_id)
        return await self._interact(InteractionType.APPLICATION_COMMAND, data, channel, name=command)

    def _check_not_timed_out(self, channel: ChannelState, what: str) -> None:
        """A timed-out member keeps only View Channel and Read Message History in the server: Discord
        refuses their button presses, select picks and form submits there (and, through the stripped
        Use Application Commands, their commands). In a DM with the bot the timeout does not apply.
        The owner and administrators are never timed out."""
        if channel.is_dm:
            return
        guild, member = self.guild.state, self._current()
        now = self._emu.world.now()
        if member.is_timed_out(now) and not channel_permissions(guild, member, channel, now) & (
            Permission.ADMINISTRATOR
        ):
            raise ScenarioError(f"{self.name} is timed out: Discord refuses their {what} in the server")

    def link(self, message: MessageState, button: str) -> str:
        """Press a link button: the client opens its URL, with no interaction (allowed even while timed
        out). Returns the URL."""
        world = self._emu.world
        current = world.messages.get(message.id)
        if current is None or current.deleted:
            raise ScenarioError("that message is gone")
        self._check_sees(world.channel(current.channel_id))
        links = [
            c for c in walk(current.components) if c.get("type") == ComponentType.BUTTON and c.get("url")
        ]
        for found in links:
            if button in (found.get("label"), found.get("url")):
                return str(found["url"])
        raise ScenarioError(f"no link button {button!r}; there are {[c.get('label') for c in links]}")

    def _message_for_component(self, message: MessageState) -> tuple[MessageState, ChannelState]:
        world = self._emu.world
        current = world.messages.get(message.id)
        if current is None or current.deleted:
            raise ScenarioError("that message is gone")
        if current.visible_to is not None and current.visible_to != self.id:
            raise ScenarioError(f"{self.name} cannot see that ephemeral message")
        channel = world.channel(current.channel_id)
        self._check_sees(channel)
        self._check_not_timed_out(channel, "button presses and select menus")
        return current, channel

    async def click(self, message: MessageState, button: str) -> Interaction:
        """Press a button, found by custom_id (or its prefix) or by label."""
        current, channel = self._message_for_component(message)
        found = find_button(current.components, button)
        data: dict[str, Any] = {"custom_id": found["custom_id"], "component_type": int(ComponentType.BUTTON)}
        if "id" in found:
            data["id"] = found["id"]
        return await self._interact(
            InteractionType.MESSAGE_COMPONENT,
            data,
            channel,
            name=f"click {found['custom_id']}",
            message=current,
        )

    async def select(self, message: MessageState, select: str, values: Sequence[Any]) -> Interaction:
        """Pick values in a select menu (strings for string selects; members, roles, channels otherwise)."""
        current, channel = self._message_for_component(message)
        found = find_select(current.components, select)
        kind = int(found["type"])
        builder = OptionBuilder(self._emu.world, None if channel.is_dm else self.guild.state, channel)
        if kind == ComponentType.STRING_SELECT:
            chosen = [str(v) for v in values]
        elif kind == ComponentType.USER_SELECT:
            chosen = [str(builder.add_user(v)) for v in values]
        elif kind == ComponentType.ROLE_SELECT:
            chosen = [str(builder.add_role(v)) for v in values]
        elif kind == ComponentType.CHANNEL_SELECT:
            chosen = [
                str(builder.add_channel(v, self._current(), found.get("channel_types"))) for v in values
            ]
        else:
            chosen = [
                str(builder.add_role(v) if hasattr(unwrap(v), "permissions") else builder.add_user(v))
                for v in values
            ]
        check_select_values(found, chosen)
        data: dict[str, Any] = {"custom_id": found["custom_id"], "component_type": kind, "values": chosen}
        if builder.resolved:
            data["resolved"] = builder.resolved
        return await self._interact(
            InteractionType.MESSAGE_COMPONENT,
            data,
            channel,
            name=f"select {found['custom_id']}",
            message=current,
        )

    async def submit(self, interaction: Interaction | None = None, /, **fields: Any) -> Interaction:
        """Fill in and send the modal the bot showed this member (the latest one unless given)."""
        registry = self._emu.interactions
        record = interaction.record if interaction is not None else registry.open_modal(self.id)
        if record is None or record.modal is None:
            raise ScenarioError(f"the bot has shown {self.name} no modal")
        if record.user_id != self.id:
            raise ScenarioError(f"that modal was shown to someone else, not {self.name}")
        filler = ModalFiller(fields)
        components = filler.answer(record.modal.get("components") or [])
        if filler.unused():
            raise ScenarioError(f"the modal has no field(s) {filler.unused()}")
        world = self._emu.world
        channel = world.channel(record.channel_id)
        self._check_not_timed_out(channel, "form submits")
        registry.close_modal(self.id)
        source = world.messages.get(record.source_message_id or 0)
        data = {"custom_id": record.modal["custom_id"], "components": components}
        return await self._interact(
            InteractionType.MODAL_SUBMIT,
            data,
            channel,
            name=f"modal {record.modal['custom_id']}",
            message=source,
        )
