from __future__ import annotations

import pytest

from bot.governance.pseudonym import ActorRole, Pseudonymizer, actor_pseudonym, is_actor, is_pseudonym

SECRET = b"0123456789abcdef0123"


def test_pseudonyms_are_short_stable_and_keyed() -> None:
    p = Pseudonymizer(SECRET)
    first = p.pseudonym(1, 123456789012345678)
    assert first == Pseudonymizer(SECRET).pseudonym(1, 123456789012345678)
    assert is_pseudonym(first) and len(first) == 14 and first.startswith("m_")
    assert "123456789012345678" not in first
    assert p.pseudonym(2, 123456789012345678) != first  # other server, other pseudonym
    assert p.pseudonym(1, 123456789012345679) != first
    assert Pseudonymizer(b"another-secret-of-20").pseudonym(1, 123456789012345678) != first


def test_actor_and_resolution() -> None:
    p = Pseudonymizer(SECRET)
    actor = p.actor(ActorRole.MOD, 1, 42)
    assert is_actor(actor) and actor == "mod:" + p.pseudonym(1, 42)
    assert actor_pseudonym(actor) == p.pseudonym(1, 42) and actor_pseudonym("auto") is None
    assert p.resolve(1, p.pseudonym(1, 42), [7, 42, 9]) == 42
    assert p.resolve(1, p.pseudonym(1, 42), [7, 9]) is None
    assert "0123456789" not in repr(p)


@pytest.mark.parametrize("bad", [b"short", b""])
def test_weak_secrets_are_refused(bad: bytes) -> None:
    with pytest.raises(ValueError):
        Pseudonymizer(bad)


def test_actor_shapes() -> None:
    assert is_actor("auto") and is_actor("system") and is_actor("committee:m_0123456789ab")
    assert not is_actor("mod:123456789012345678") and not is_actor("mod:") and not is_actor("Auto")
