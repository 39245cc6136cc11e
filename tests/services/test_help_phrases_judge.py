"""The help feature's public-message detection takes the moderation decision's path: the judgement
detectors' readings route crisis to the crisis path, and distress, help asked and reported abuse to the
private offer; the answer is in the message's language."""

from __future__ import annotations

import pytest

from bot.classify.extract import SignalExtractor
from bot.domain.policy.loader import load_policy
from bot.domain.policy.models import Policy
from bot.domain.signals import (
    AbuseHit,
    AbuseKind,
    AbuseReading,
    SupportLevel,
    SupportReading,
    WarningCategory,
    WarningSign,
)
from bot.services.help.phrases import PhraseDetector
from tests.classify.test_extract_judge import StubJudge


def _detector(policy: Policy, judge: StubJudge) -> PhraseDetector:
    detector = PhraseDetector()
    extractor = SignalExtractor.from_policy(policy, None)
    extractor.judge = judge
    detector._cache[policy.version] = extractor
    return detector


@pytest.mark.parametrize("preset", ["patient", "game"])
def test_readings_take_the_same_routes_as_the_decision(preset: str) -> None:
    policy = load_policy(preset)
    harm = SupportReading(SupportLevel.CRISIS, (WarningSign(WarningCategory.SELF_HARM, 3, "cut_again"),))
    crisis = _detector(policy, StubJudge(AbuseReading(), harm)).detect(
        policy, "je me suis encore coupée hier soir", "en"
    )
    assert crisis is not None and crisis.is_crisis
    assert (crisis.category, crisis.phrase_id, crisis.language) == ("self_harm", "cut_again", "fr")

    distress = SupportReading(SupportLevel.DISTRESS)
    found = _detector(policy, StubJudge(AbuseReading(), distress)).detect(
        policy, "so tired of all of it", "fr"
    )
    assert found is not None and (found.kind, found.phrase_id, found.language) == ("help", "distress", "en")

    reported = AbuseReading(hits=(AbuseHit(AbuseKind.INSULT, "cue"),), reported=True)
    found = _detector(policy, StubJudge(reported)).detect(policy, "he keeps calling me names in DMs", "fr")
    assert found is not None and (found.kind, found.phrase_id) == ("help", "reported_abuse")

    insult = AbuseReading(hits=(AbuseHit(AbuseKind.INSULT, "cue"),))
    assert (
        _detector(policy, StubJudge(insult)).detect(policy, "whatever you say", "en") is None
    )  # moderation's
    assert _detector(policy, StubJudge(AbuseReading())).detect(policy, "nice weather today", "en") is None


def test_reply_reaches_the_judge() -> None:
    policy = load_policy("patient")
    judge = StubJudge(AbuseReading())
    _detector(policy, judge).detect(policy, "whatever", "en", reply=True)
    assert judge.calls == [("whatever", True)]
