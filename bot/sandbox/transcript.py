"""A readable transcript of what each person saw in the emulator, in the order it happened."""

from __future__ import annotations

from collections.abc import Iterable

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
        body = text.replace("\n", "\n      ")
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
                                yield entry.id, f"  ~ {target} is timed out until {until}"
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
