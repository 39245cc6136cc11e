from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.classify.batching import ScoringWorker
from bot.classify.extract import SignalExtractor, model_text
from bot.classify.patterns import DISCORD_INVITE
from bot.classify.scorer import ToxicityScorer, load_scorer
from bot.classify.terms import PhraseSpec
from bot.domain.policy.loader import load_policy
from bot.domain.signals import MessageSignals, ModelStatus, PhraseHit, TermHit
from tests.classify.fakes import FakeScorer

LISTS = {"insults": ["idiot*"], "scam": ["free nitro"]}
ALLOW = ["chimio", "ça me tue"]
PHRASES = [PhraseSpec("ideation", "crisis", ("j'ai envie de mourir",), "suicidal_ideation")]
PATTERNS = {"invite": DISCORD_INVITE}


@pytest.fixture
async def fake() -> AsyncIterator[tuple[FakeScorer, ScoringWorker]]:
    scorer = FakeScorer()
    worker = ScoringWorker(scorer, max_wait_ms=1)
    worker.start()
    yield scorer, worker
    await worker.stop()


def _extractor(worker: ScoringWorker | None) -> SignalExtractor:
    return SignalExtractor(LISTS, ALLOW, PHRASES, PATTERNS, worker)


async def test_all_signals_together(fake: tuple[FakeScorer, ScoringWorker]) -> None:
    scorer, worker = fake
    text = "<@123> idiots, free n1tro on discord.gg/abc <:pepe:456>"
    signals = await _extractor(worker).extract(text, "en", 1, False, 3)
    assert signals.term_hits == (TermHit("insults", "idiot*"), TermHit("scam", "free nitro"))
    assert signals.pattern_hits == (TermHit("invite", "invite"),)
    assert signals.model_status is ModelStatus.SCORED
    assert signals.model_scores["toxicity"] == pytest.approx(len(model_text(text)) / 1000)
    assert scorer.texts == ["@user idiots, free n1tro on discord.gg/abc :pepe:"]
    assert (signals.language, signals.mention_count, signals.messages_in_window) == ("en", 1, 3)


async def test_the_policy_callback_can_skip_the_model(fake: tuple[FakeScorer, ScoringWorker]) -> None:
    scorer, worker = fake
    seen: list[MessageSignals] = []

    def lists_decide(signals: MessageSignals) -> bool:
        seen.append(signals)
        return not signals.term_hits

    extractor = _extractor(worker)
    skipped = await extractor.extract("you idiot", need_model=lists_decide)
    assert skipped.model_status is ModelStatus.SKIPPED and not skipped.model_scores
    assert seen[0].term_hits == (TermHit("insults", "idiot*"),)
    scored = await extractor.extract("you fool", need_model=lists_decide)
    assert scored.model_status is ModelStatus.SCORED
    assert (await extractor.extract("you fool", need_model=False)).model_status is ModelStatus.SKIPPED
    assert (await extractor.extract("   ")).model_status is ModelStatus.SKIPPED
    assert scorer.texts == ["you fool"]


async def test_without_a_model_the_word_lists_still_work() -> None:
    disabled = await _extractor(None).extract("idiot")
    assert disabled.model_status is ModelStatus.DISABLED
    assert disabled.term_hits == (TermHit("insults", "idiot*"),)
    unavailable = await _extractor(ScoringWorker(None)).extract(
        "J’ai envie de mourir, cette chimio ça me tue"
    )
    assert unavailable.model_status is ModelStatus.UNAVAILABLE
    assert unavailable.crisis and unavailable.phrases == (
        PhraseHit("crisis", "ideation", "suicidal_ideation"),
    )
    assert unavailable.allowed_terms == ("chimio", "ça me tue") and unavailable.term_hits == ()


async def test_a_model_that_fails_to_load_degrades_to_word_lists(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ckpt"
    broken.write_bytes(b"\x00" * 64)
    loaded = load_scorer(str(broken), allow_download=False)
    worker = ScoringWorker(loaded.scorer, unavailable_reason=loaded.reason)
    worker.start()
    signals = await _extractor(worker).extract("free nitro, idiot")
    await worker.stop()
    assert worker.reason.startswith("could not load Detoxify model")
    assert signals.model_status is ModelStatus.UNAVAILABLE and not signals.model_scores
    assert signals.lists_hit() == {"insults", "scam"}


async def test_with_the_tiny_real_model(tiny_scorer: ToxicityScorer) -> None:
    worker = ScoringWorker(tiny_scorer, max_wait_ms=1)
    worker.start()
    try:
        signals = await _extractor(worker).extract("you are an idiot")
    finally:
        await worker.stop()
    assert signals.model_status is ModelStatus.SCORED
    assert tuple(signals.model_scores) == tiny_scorer.labels
    assert all(0.0 <= v <= 1.0 for v in signals.model_scores.values())


@pytest.mark.parametrize("preset", ["patient", "game"])
def test_from_a_real_policy(preset: str) -> None:
    policy = load_policy(preset)
    extractor = SignalExtractor.from_policy(policy, None)
    assert extractor.rejected == ()
    for list_id, per_language in policy.lists.items():
        for entries in per_language.values():
            entry = entries[0]
            hits = extractor.local(f"… {entry.upper()} !", "fr").term_hits
            assert any(h.list_id == list_id for h in hits), (list_id, entry)
    for phrase in policy.phrases:
        for texts in phrase.text.values():
            curly = texts[0].replace("'", "\u2019").capitalize()
            found = extractor.local(curly).phrases
            assert PhraseHit(phrase.kind, phrase.id, phrase.category) in found, curly
    if "invite" in policy.patterns:
        assert extractor.local("discord.gg/abc").pattern_hits == (TermHit("invite", "invite"),)


def test_lists_can_be_scoped_to_the_message_language() -> None:
    extractor = SignalExtractor(
        {"everywhere": ["idiot"]}, term_lists_by_language={"fr": {"vulgar": ["bite"]}}
    )
    assert extractor.local("ça bite", "fr").term_hits == (TermHit("vulgar", "bite"),)
    assert extractor.local("don't bite", "en").term_hits == ()
    assert extractor.local("idiot", "en").term_hits == (TermHit("everywhere", "idiot"),)
