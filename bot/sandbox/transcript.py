"""A readable transcript of what each person saw in the emulator, in the order it happened."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime

from babel.dates import format_datetime, format_timedelta

from emulator import Emulator
from emulator.flags import ChannelType
from emulator.models import MessageState

_TIMEOUT_AUDIT = 24  # MEMBER_UPDATE
_KICK, _BAN = 20, 22


def _buttons(message: MessageState) -> str:
    labels: list[str] = []
    for row in message.components:
        for item in row.get("components", []):
            label = item.get("label") or item.get("placeholder") or item.get("custom_id")
            if label:
                labels.append(f"[{label}]")
    return " ".join(labels)


_MENTION = re.compile(r"<(@!?|@&|#)(\d{15,21})>")
_TIMESTAMP = re.compile(r"<t:(-?\d{1,13})(?::([tTdDfFR]))?>")
_CUSTOM_EMOJI = re.compile(r"<a?:(\w{2,32}):\d{15,21}>")


class Transcript:
    def __init__(self, emu: Emulator) -> None:
        self.emu = emu
        self._seen_messages: set[int] = set()
        self._seen_audit: set[int] = set()

    def name(self, user_id: int | None) -> str:
        if user_id is None:
            return "?"
        user = self.emu.world.users.get(user_id)
        return user.display_name if user else str(user_id)

    def reader_locale(self, message: MessageState) -> str:
        """The locale the reader's Discord client shows this message in (its viewer's, else the server's)."""
        world = self.emu.world
        channel = world.channel(message.channel_id)
        reader = message.visible_to
        if reader is None and channel.type == ChannelType.DM:
            reader = next((uid for uid in channel.recipient_ids if uid != self.emu.bot_user_id), None)
        user = world.users.get(reader) if reader is not None else None
        locale = getattr(user, "locale", None)
        if not locale and channel.guild_id is not None and channel.guild_id in world.guilds:
            locale = getattr(world.guilds[channel.guild_id], "preferred_locale", None)
        return str(locale or "en-US").replace("-", "_")

    def readable(self, text: str, locale: str = "en_US") -> str:
        """Mentions, timestamps and custom emoji as the reader's Discord client shows them, not raw markup."""

        def mention(match: re.Match[str]) -> str:
            kind, ident = match.group(1), int(match.group(2))
            world = self.emu.world
            if kind == "#":
                channel = world.channels.get(ident)
                return f"#{channel.name}" if channel is not None and channel.name else "#unknown-channel"
            if kind == "@&":
                for guild in world.guilds.values():
                    if ident in guild.roles:
                        return f"@{guild.roles[ident].name}"
                return "@unknown-role"
            return f"@{self.name(ident)}"

        def timestamp(match: re.Match[str]) -> str:
            moment = datetime.fromtimestamp(int(match.group(1)), UTC)
            style = match.group(2) or "f"
            if style == "R":
                delta = moment - self.emu.world.now()
                return format_timedelta(delta, add_direction=True, locale=locale)
            pattern = {"t": "HH:mm", "T": "HH:mm:ss", "d": "d MMM y", "D": "d MMMM y"}.get(
                style, "EEEE d MMMM y, HH:mm"
            )
            return format_datetime(moment, pattern, tzinfo=UTC, locale=locale) + (
                " UTC" if style in "tTfF" else ""
            )

        text = _MENTION.sub(mention, text)
        text = _TIMESTAMP.sub(timestamp, text)
        return _CUSTOM_EMOJI.sub(r":\1:", text)

    def where(self, message: MessageState) -> str:
        channel = self.emu.world.channel(message.channel_id)
        if channel.type == ChannelType.DM:
            other = next((uid for uid in channel.recipient_ids if uid != self.emu.bot_user_id), None)
            return f"DM with {self.name(other)}" if other else "DM"
        if channel.type == ChannelType.PRIVATE_THREAD:
            return f"private thread «{channel.name}»"
        if channel.type in (ChannelType.PUBLIC_THREAD, ChannelType.ANNOUNCEMENT_THREAD):
            return f"thread «{channel.name}»"
        return f"#{channel.name}"

    def _message_line(self, message: MessageState) -> str:
        author = self.name(message.author_id)
        audience = f" (only {self.name(message.visible_to)} sees this)" if message.visible_to else ""
        text = message.content.strip()
        for embed in message.embeds:
            parts = [embed.get("title"), embed.get("description")]
            text += "\n" + "\n".join(str(p) for p in parts if p)
        buttons = _buttons(message)
        files = ", ".join(a.filename for a in message.attachments)
        body = self.readable(text, self.reader_locale(message)).replace("\n", "\n      ")
        line = f"[{self.where(message)}] {author}{audience}: {body}"
        if files:
            line += f"\n      (attached: {files})"
        if buttons:
            line += f"\n      {buttons}"
        if message.deleted:
            line += "\n      (this message was removed)"
        return line

    def _audit_lines(self) -> Iterable[tuple[int, str]]:
        for guild in self.emu.guilds:
            for entry in guild.audit_log:
                if entry.id in self._seen_audit:
                    continue
                self._seen_audit.add(entry.id)
                target = self.name(entry.target_id)
                if entry.action_type == _TIMEOUT_AUDIT:
                    for change in entry.changes:
                        if change.get("key") == "communication_disabled_until":
                            until = change.get("new_value")
                            if until:
                                moment = datetime.fromisoformat(str(until))
                                shown = moment.astimezone(UTC).strftime("%a %d %b %Y, %H:%M UTC")
                                yield entry.id, f"  ~ {target} is timed out until {shown}"
                            else:
                                yield entry.id, f"  ~ {target}'s timeout is lifted"
                elif entry.action_type == _KICK:
                    yield entry.id, f"  ~ {target} was removed from the server"
                elif entry.action_type == _BAN:
                    yield entry.id, f"  ~ {target} was banned"

    def new_lines(self) -> list[str]:
        items: list[tuple[int, str]] = []
        for message in sorted(self.emu.world.messages.values(), key=lambda m: m.id):
            if message.id in self._seen_messages:
                continue
            self._seen_messages.add(message.id)
            items.append((message.id, self._message_line(message)))
        items.extend(self._audit_lines())
        return [line for _, line in sorted(items, key=lambda item: item[0])]

    def mark_all_seen(self) -> None:
        self.new_lines()
