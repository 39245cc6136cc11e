"""Discord's permission algorithm and snowflakes, on the emulator's state alone (no sockets)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.domain.clock import MovableClock
from emulator.flags import ALL_PERMISSIONS, DEFAULT_EVERYONE_PERMISSIONS, ChannelType, Permission
from emulator.models import Overwrite
from emulator.permissions import can_view, channel_permissions, guild_permissions, outranks
from emulator.snowflake import DISCORD_EPOCH_MS, SnowflakeGenerator, snowflake_time
from emulator.world import World

P = Permission


def _world() -> tuple[World, MovableClock]:
    clock = MovableClock(datetime(2026, 1, 5, 9, 0, tzinfo=UTC))
    return World(clock), clock


def test_base_permissions_come_from_everyone_and_roles_and_admin_grants_all() -> None:
    world, clock = _world()
    owner = world.create_user("owner")
    guild = world.create_guild("g", owner, locale="fr")
    mods = world.add_role(guild, "mods", P.KICK_MEMBERS)
    admins = world.add_role(guild, "admins", P.ADMINISTRATOR)
    plain = world.add_member(guild, world.create_user("plain"))
    mod = world.add_member(guild, world.create_user("mod"), roles=[mods.id])
    admin = world.add_member(guild, world.create_user("admin"), roles=[admins.id])

    assert guild_permissions(guild, plain, clock.now()) == DEFAULT_EVERYONE_PERMISSIONS
    assert guild_permissions(guild, mod, clock.now()) == DEFAULT_EVERYONE_PERMISSIONS | P.KICK_MEMBERS
    assert guild_permissions(guild, admin, clock.now()) == ALL_PERMISSIONS
    assert guild_permissions(guild, guild.members[owner.id], clock.now()) == ALL_PERMISSIONS


def test_overwrites_apply_everyone_then_roles_then_member() -> None:
    world, clock = _world()
    guild = world.create_guild("g", world.create_user("owner"), locale="en-US")
    helpers = world.add_role(guild, "helpers")
    helper = world.add_member(guild, world.create_user("helper"), roles=[helpers.id])
    banned = world.add_member(guild, world.create_user("banned"), roles=[helpers.id])
    staff = world.add_channel(
        guild,
        "staff",
        overwrites=[
            Overwrite(guild.id, 0, deny=P.VIEW_CHANNEL | P.SEND_MESSAGES),
            Overwrite(helpers.id, 0, allow=P.VIEW_CHANNEL | P.SEND_MESSAGES),
            Overwrite(banned.id, 1, deny=P.SEND_MESSAGES),
        ],
    )
    outsider = world.add_member(guild, world.create_user("outsider"))
    now = clock.now()

    assert channel_permissions(guild, outsider, staff, now) == P(0)  # no VIEW_CHANNEL: nothing at all
    assert channel_permissions(guild, helper, staff, now) & P.SEND_MESSAGES
    banned_perms = channel_permissions(guild, banned, staff, now)
    assert banned_perms & P.VIEW_CHANNEL and not banned_perms & P.SEND_MESSAGES
    assert not banned_perms & (P.ATTACH_FILES | P.EMBED_LINKS)  # implicitly lost with SEND_MESSAGES


def test_a_timeout_keeps_only_reading_until_it_ends() -> None:
    world, clock = _world()
    guild = world.create_guild("g", world.create_user("owner"), locale="en-US")
    general = world.add_channel(guild, "general")
    member = world.add_member(guild, world.create_user("m"))
    member.communication_disabled_until = clock.now() + timedelta(minutes=5)

    muted = channel_permissions(guild, member, general, clock.now())
    clock.advance(timedelta(minutes=6))
    after = channel_permissions(guild, member, general, clock.now())

    assert muted == P.VIEW_CHANNEL | P.READ_MESSAGE_HISTORY
    assert after & P.SEND_MESSAGES


def test_private_threads_are_seen_by_thread_members_and_thread_managers() -> None:
    world, clock = _world()
    guild = world.create_guild("g", world.create_user("owner"), locale="en-US")
    parent = world.add_channel(guild, "support")
    managers = world.add_role(guild, "managers", P.MANAGE_THREADS)
    alice = world.add_member(guild, world.create_user("alice"))
    bob = world.add_member(guild, world.create_user("bob"))
    manager = world.add_member(guild, world.create_user("manager"), roles=[managers.id])
    thread = world.add_thread(guild, parent, "ticket", owner_id=alice.id, private=True)
    public = world.add_thread(guild, parent, "chat", owner_id=alice.id, private=False)
    now = clock.now()

    assert thread.type == ChannelType.PRIVATE_THREAD
    assert can_view(guild, alice, thread, now)
    assert not can_view(guild, bob, thread, now)
    assert can_view(guild, manager, thread, now)
    assert can_view(guild, bob, public, now)


def test_hierarchy_needs_a_strictly_higher_top_role_and_spares_the_owner() -> None:
    world, _ = _world()
    owner = world.create_user("owner")
    guild = world.create_guild("g", owner, locale="en-US")
    low = world.add_role(guild, "low")
    high = world.add_role(guild, "high", position=low.position + 1)
    a = world.add_member(guild, world.create_user("a"), roles=[high.id])
    b = world.add_member(guild, world.create_user("b"), roles=[low.id])
    c = world.add_member(guild, world.create_user("c"), roles=[low.id])

    assert high.position > low.position
    assert outranks(guild, a, b)
    assert not outranks(guild, b, a)
    assert not outranks(guild, b, c)  # equal top roles
    assert not outranks(guild, a, guild.members[owner.id])
    assert outranks(guild, guild.members[owner.id], a)


def test_snowflakes_carry_their_time_and_always_increase() -> None:
    clock = MovableClock(datetime(2026, 1, 5, 9, 0, tzinfo=UTC))
    generator = SnowflakeGenerator(clock)

    first = generator.next()
    second = generator.next()
    clock.advance(timedelta(seconds=-30))  # a clock moving back never reuses or lowers ids
    third = generator.next()

    assert snowflake_time(first) == clock.now() + timedelta(seconds=30)
    assert (first >> 22) + DISCORD_EPOCH_MS == int(datetime(2026, 1, 5, 9, 0, tzinfo=UTC).timestamp() * 1000)
    assert first < second < third
