"""Verifying a server's governance log as stored: the chain, the signed checkpoints and the head.

The entries are streamed in ``seq`` order (constant memory) into :func:`bot.governance.chain.verify_chain`
with the server's checkpoints and the signing public key(s). A snapshot taken first (head row, highest
seq, checkpoints) bounds the walk, so entries appended meanwhile never cause a false alarm. On top of
the chain walk, the head row written at append time is compared with the last entry: it catches entries
removed from the end, or the tail rewritten, even before the next checkpoint (the head is not signed, so
this is a cheap extra tripwire, not a proof).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import func, select

from bot.db.engine import Database
from bot.db.models import GovernanceCheckpoint, GovernanceEntry, GovernanceHead
from bot.domain.clock import ensure_utc
from bot.governance.chain import VerifyProblem, VerifyResult, verify_chain
from bot.governance.signing import Checkpoint, SigningKeyError, load_public_key
from bot.services.governance.stream import EntryFilter, consume_in_thread, counted, iter_entry_batches

VERIFY_BATCH = 1000
PROGRESS_EVERY = 1000


@dataclass(frozen=True)
class GuildVerification:
    guild_id: int
    result: VerifyResult


def load_retired_public_keys(folder: Path) -> list[Ed25519PublicKey]:
    """Public keys (PEM) of earlier signing keys, kept in ``<keys>/retired/*.pem`` after a rotation."""
    keys: list[Ed25519PublicKey] = []
    if not folder.is_dir():
        return keys
    for path in sorted(folder.glob("*.pem")):
        try:
            keys.append(load_public_key(path.read_bytes()))
        except (SigningKeyError, ValueError):
            continue
    return keys


class GovernanceVerifier:
    def __init__(self, db: Database, public_keys: Sequence[Ed25519PublicKey], *, batch: int = VERIFY_BATCH):
        self.db = db
        self.public_keys = list(public_keys)
        self.batch = batch

    async def guilds(self) -> list[int]:
        """Every server that has a log."""
        async with self.db.unit_of_work() as session:
            heads = (await session.execute(select(GovernanceHead.guild_id))).scalars().all()
            logged = (await session.execute(select(GovernanceEntry.guild_id).distinct())).scalars().all()
        return sorted(set(heads) | set(logged))

    async def entry_count(self, guild_id: int) -> int:
        """How many entries a verification of ``guild_id`` will read (for a progress bar)."""
        async with self.db.unit_of_work() as session:
            query = (
                select(func.count()).select_from(GovernanceEntry).where(GovernanceEntry.guild_id == guild_id)
            )
            return int((await session.execute(query)).scalar_one())

    async def verify(self, guild_id: int, *, progress: Callable[[int], None] | None = None) -> VerifyResult:
        """``progress(entries checked so far)`` is called every thousand entries, from a worker thread."""
        async with self.db.unit_of_work() as session:
            head = await session.get(GovernanceHead, guild_id)
            max_seq = (
                await session.execute(
                    select(func.max(GovernanceEntry.seq)).where(GovernanceEntry.guild_id == guild_id)
                )
            ).scalar_one_or_none()
            rows = (
                (
                    await session.execute(
                        select(GovernanceCheckpoint)
                        .where(GovernanceCheckpoint.guild_id == guild_id)
                        .order_by(GovernanceCheckpoint.seq)
                    )
                )
                .scalars()
                .all()
            )
            head_seq, head_hash = (head.seq, head.hash) if head is not None else (0, None)
        checkpoints = [
            Checkpoint(r.guild_id, r.seq, r.head_hash, r.entry_count, ensure_utc(r.at), r.signature, r.key_id)
            for r in rows
        ]
        bound = max(head_seq, max_seq or 0)
        batches = iter_entry_batches(self.db, EntryFilter(guild_id, max_seq=bound), batch=self.batch)
        result = await consume_in_thread(
            batches,
            lambda entries: verify_chain(
                counted(entries, progress, every=PROGRESS_EVERY), checkpoints, self.public_keys
            ),
        )
        if not result.ok:
            return result
        return self._check_head(result, head_seq, head_hash)

    @staticmethod
    def _check_head(result: VerifyResult, head_seq: int, head_hash: str | None) -> VerifyResult:
        last = result.head_seq or 0
        if head_seq > last:
            return replace(
                result,
                ok=False,
                first_bad_seq=last + 1,
                expected_seq=last + 1,
                problem=VerifyProblem.MISSING_ENTRY,
                reason=f"missing entry: the log ends at seq {last} but its head records seq {head_seq}",
            )
        if head_seq and head_seq == last and head_hash != result.head_hash:
            return replace(
                result,
                ok=False,
                first_bad_seq=last,
                problem=VerifyProblem.HASH_MISMATCH,
                reason=f"hash mismatch at seq {last}: the last entry differs from the recorded head",
            )
        return result

    async def verify_all(self) -> list[GuildVerification]:
        return [GuildVerification(guild, await self.verify(guild)) for guild in await self.guilds()]
