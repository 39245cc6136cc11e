"""The keys that open the data: a start-up check and the master key rotation.

**Start-up check** (``check_keys``, run by ``havre run`` and ``havre keys check``): before the bot
connects, it proves that ``HAVRE_MASTER_KEY`` opens the member keys already stored, and that
``HAVRE_PSEUDONYM_SECRET`` is the one the governance log was written with. Otherwise it refuses to start
with a message naming the setting, instead of silently dropping a member's next breach or failing a
``/privacy export`` later.

- Every member key names the master key that wrapped it (format 2, ``crypto.wrap_member_key``): one
  name other than the configured key's id is enough to refuse (a wrong key, or a rotation that stopped
  half-way). One key per master key id is actually opened, and one format-1 key (older rows, whose
  wrapping also depends on the pseudonym secret) when there are any.
- A *key check* row lives in ``member_keys`` under the reserved ids (guild 0, user 0), which no Discord
  server or member has: it holds ``HMAC(pseudonym secret, "havre-key-check-v1")`` wrapped under the
  master key. Opening it proves the master key; comparing it proves the pseudonym secret. It is written
  on the first start that passes the check.

**Rotation** (``rotate_master_key``, ``havre keys rotate``): every member key is unwrapped with the old
master key and wrapped (format 2) under the new one, in batches of one transaction each; rows already
under the new key are skipped, so an interrupted rotation is finished by running it again (until then the
start-up check refuses, naming both key ids). One ``key_rotation`` entry per server records the count
and both key ids (ids only, never a key).
"""

from __future__ import annotations

import hashlib
import hmac
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import select, update

from bot.db.engine import Database
from bot.db.models import MemberKey
from bot.domain.clock import Clock
from bot.governance import crypto
from bot.governance.chain import EntryKind
from bot.governance.pseudonym import Pseudonymizer
from bot.services.recorder import GovernanceRecorder, GovEvent

CHECK_GUILD_ID = 0  # no Discord server or member has id 0
CHECK_USER_ID = 0
_CHECK_TAG = b"havre-key-check-v1"

FIX_MASTER = (
    "Set HAVRE_MASTER_KEY to the key this database was written with (from your secrets backup). "
    "If you were rotating keys, finish with `havre keys rotate` (old key in HAVRE_MASTER_KEY, new key in "
    "HAVRE_NEW_MASTER_KEY). See docs/SECURITY.md, 'Rotating keys'."
)
FIX_PSEUDONYM = (
    "Set HAVRE_PSEUDONYM_SECRET back to the secret this database was written with (from your secrets "
    "backup): with another one, members get new pseudonyms and the governance log no longer follows them. "
    "See docs/SECURITY.md, 'Secrets'."
)


class KeyCheckError(Exception):
    """The configured keys do not open the existing data; the message says which and what to do."""


@dataclass
class KeyReport:
    master_key_id: str
    member_keys: int = 0  # real members' keys (the check row not counted)
    by_key_id: Counter[str] = field(default_factory=Counter)  # "v1" for format-1 rows
    check_row_written: bool = False


def _fingerprint(pseudonyms: Pseudonymizer) -> bytes:
    # A keyed digest of a constant: it tells whether the secret changed and reveals nothing about it.
    return hmac.new(pseudonyms._secret, _CHECK_TAG, hashlib.sha256).digest()


def _is_check_row(guild_id: int, user_id: int) -> bool:
    return guild_id == CHECK_GUILD_ID and user_id == CHECK_USER_ID


async def check_keys(
    db: Database, master_key: bytes, pseudonyms: Pseudonymizer, clock: Clock, *, write: bool = True
) -> KeyReport:
    """Prove the configured keys open the stored data; raise ``KeyCheckError`` if not."""
    report = KeyReport(crypto.master_key_id(master_key))
    samples: dict[str, tuple[int, int, bytes]] = {}
    check_row: bytes | None = None
    async with db.unit_of_work() as session:
        rows = await session.stream(select(MemberKey.guild_id, MemberKey.user_id, MemberKey.wrapped_key))
        async for guild_id, user_id, wrapped in rows:
            if _is_check_row(guild_id, user_id):
                check_row = wrapped
                continue
            name = crypto.wrapped_key_id(wrapped) or "v1"
            report.member_keys += 1
            report.by_key_id[name] += 1
            samples.setdefault(name, (guild_id, user_id, wrapped))
    others = sorted(k for k in report.by_key_id if k not in ("v1", report.master_key_id))
    if others:
        counts = ", ".join(f"{report.by_key_id[k]} under key {k}" for k in others)
        raise KeyCheckError(
            f"Havre cannot start: HAVRE_MASTER_KEY (key id {report.master_key_id}) does not open the "
            f"member keys stored in the database ({counts}). {FIX_MASTER}"
        )
    for name, (guild_id, user_id, wrapped) in samples.items():
        legacy = pseudonyms.pseudonym(guild_id, user_id).encode()
        try:
            crypto.unwrap_member_key(master_key, wrapped, guild_id, user_id, legacy)
        except crypto.DecryptionError as exc:
            if name == "v1":
                raise KeyCheckError(
                    "Havre cannot start: HAVRE_MASTER_KEY or HAVRE_PSEUDONYM_SECRET is not the one the "
                    f"stored member keys were written with ({report.by_key_id['v1']} keys in the older "
                    f"format, which needs both). {FIX_MASTER} {FIX_PSEUDONYM}"
                ) from exc
            raise KeyCheckError(
                f"Havre cannot start: a member key under key id {name} does not open with HAVRE_MASTER_KEY: "
                f"the database was altered, or its rows were copied from another deployment. {FIX_MASTER}"
            ) from exc
    fingerprint = _fingerprint(pseudonyms)
    if check_row is not None:
        try:
            stored = crypto.unwrap_member_key(master_key, check_row, CHECK_GUILD_ID, CHECK_USER_ID)
        except crypto.DecryptionError as exc:
            raise KeyCheckError(
                f"Havre cannot start: HAVRE_MASTER_KEY (key id {report.master_key_id}) is not the key this "
                f"database was written with. {FIX_MASTER}"
            ) from exc
        if not hmac.compare_digest(stored, fingerprint):
            raise KeyCheckError(
                "Havre cannot start: HAVRE_PSEUDONYM_SECRET is not the secret this database was written "
                f"with. {FIX_PSEUDONYM}"
            )
    elif write:
        sealed = crypto.wrap_member_key(master_key, fingerprint, CHECK_GUILD_ID, CHECK_USER_ID)
        async with db.unit_of_work() as session:
            session.add(
                MemberKey(
                    guild_id=CHECK_GUILD_ID,
                    user_id=CHECK_USER_ID,
                    wrapped_key=sealed,
                    created_at=clock.now(),
                )
            )
        report.check_row_written = True
    return report


@dataclass
class RotationReport:
    old_key_id: str
    new_key_id: str
    rewrapped: int = 0
    already_new: int = 0
    by_guild: Counter[int] = field(default_factory=Counter)


async def rotate_master_key(
    db: Database,
    old_master: bytes,
    new_master: bytes,
    pseudonyms: Pseudonymizer,
    *,
    batch_size: int = 500,
    recorder: GovernanceRecorder | None = None,
) -> RotationReport:
    """Rewrap every member key (and the key check row) from ``old_master`` to ``new_master``.

    Resumable: rows already under the new key are skipped. Raises ``KeyCheckError`` (nothing of the
    current batch written) when a row opens with neither key."""
    if crypto.master_key_id(old_master) == crypto.master_key_id(new_master):
        raise KeyCheckError("the new master key is the same as the current one; nothing to rotate")
    return await _rewrap(db, old_master, new_master, pseudonyms, batch_size, recorder)


async def upgrade_legacy_keys(
    db: Database, master_key: bytes, pseudonyms: Pseudonymizer, *, batch_size: int = 500
) -> int:
    """Rewrap format-1 member keys (whose wrapping depends on the pseudonym secret) in format 2 under
    the same master key; ``havre run`` does it after a successful key check. Returns how many."""
    report = await _rewrap(db, master_key, master_key, pseudonyms, batch_size, None)
    return report.rewrapped


async def _rewrap(
    db: Database,
    old_master: bytes,
    new_master: bytes,
    pseudonyms: Pseudonymizer,
    batch_size: int,
    recorder: GovernanceRecorder | None,
) -> RotationReport:
    report = RotationReport(crypto.master_key_id(old_master), crypto.master_key_id(new_master))
    after: tuple[int, int] = (-1, -1)
    while True:
        async with db.unit_of_work() as session:
            query = (
                select(MemberKey.guild_id, MemberKey.user_id, MemberKey.wrapped_key)
                .where(
                    (MemberKey.guild_id > after[0])
                    | ((MemberKey.guild_id == after[0]) & (MemberKey.user_id > after[1]))
                )
                .order_by(MemberKey.guild_id, MemberKey.user_id)
                .limit(batch_size)
            )
            rows = (await session.execute(query)).all()
            if not rows:
                break
            for guild_id, user_id, wrapped in rows:
                after = (guild_id, user_id)
                if crypto.wrapped_key_id(wrapped) == report.new_key_id:
                    report.already_new += 1
                    continue
                check = _is_check_row(guild_id, user_id)
                legacy = b"" if check else pseudonyms.pseudonym(guild_id, user_id).encode()
                try:
                    member_key = crypto.unwrap_member_key(old_master, wrapped, guild_id, user_id, legacy)
                except crypto.DecryptionError as exc:
                    raise KeyCheckError(
                        f"the member key of one member of server {guild_id} opens with neither the current "
                        f"HAVRE_MASTER_KEY (key id {report.old_key_id}) nor the new key: nothing in this "
                        "batch was changed. Check HAVRE_MASTER_KEY and HAVRE_PSEUDONYM_SECRET."
                    ) from exc
                await session.execute(
                    update(MemberKey)
                    .where(MemberKey.guild_id == guild_id, MemberKey.user_id == user_id)
                    .values(wrapped_key=crypto.wrap_member_key(new_master, member_key, guild_id, user_id))
                )
                if not check:
                    report.rewrapped += 1
                    report.by_guild[guild_id] += 1
    if recorder is not None and report.by_guild:
        async with db.unit_of_work() as session:
            await recorder.record_many(
                session,
                [
                    GovEvent(
                        guild_id,
                        EntryKind.KEY_ROTATION,
                        data={
                            "member_keys": count,
                            "from_key_id": report.old_key_id,
                            "to_key_id": report.new_key_id,
                        },
                    )
                    for guild_id, count in sorted(report.by_guild.items())
                ],
            )
    return report
