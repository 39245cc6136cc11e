"""SignalExtractor runs the judgement detectors in ``local``: readings in the signals, the reply flag passed
through, and the word lists scanning only the author's own words when the abuse reading sets quotes apart."""

from __future__ import annotations

from bot.classify.extract import SignalExtractor
from bot.classify.judge import Judge, Judgement, read
from bot.domain.policy.loader import load_policy
from bot.domain.signals import AbuseHit, AbuseKind, AbuseReading, SupportLevel, SupportReading


class StubJudge(Judge):
    """Stands in for the detectors: says what a test needs and records what it was asked."""

    def __init__(self, abuse: AbuseReading, support: SupportReading = SupportReading()) -> None:
        self.abuse = abuse
        self.support = support
        self.calls: list[tuple[str, bool]] = []

    def judge(self, text: str, *, reply: bool = False) -> Judgement:
        self.calls.append((text, reply))
        return Judgement(read(text, reply=reply), self.support, self.abuse)


def test_readings_reach_the_signals_and_reply_is_passed_through() -> None:
    policy = load_policy("patient")
    judge = StubJudge(
        AbuseReading(hits=(AbuseHit(AbuseKind.INSULT, "cue"),)), SupportReading(SupportLevel.DISTRESS)
    )
    extractor = SignalExtractor.from_policy(policy, None)
    extractor.judge = judge
    signals = extractor.local("whatever", "en", reply=True)
    assert judge.calls == [("whatever", True)]
    assert signals.abuse.hits == (AbuseHit(AbuseKind.INSULT, "cue"),) and signals.distress


def test_word_lists_scan_only_the_authors_own_words() -> None:
    policy = load_policy("patient")
    insult = policy.list_terms("insults_directed", "en")[0]
    text = f'he wrote "{insult}" to me yesterday, can a mod look?'
    plain = SignalExtractor.from_policy(policy, None, detectors=False)
    assert any(h.list_id == "insults_directed" for h in plain.local(text).term_hits)  # the old path
    extractor = SignalExtractor.from_policy(policy, None)
    extractor.judge = StubJudge(
        AbuseReading(reported=True, own_words="he wrote to me yesterday, can a mod look?")
    )
    signals = extractor.local(text)
    assert not signals.term_hits and signals.reported_abuse
    extractor.judge = StubJudge(AbuseReading())  # own_words None: the whole text is the author's
    assert any(h.list_id == "insults_directed" for h in extractor.local(text).term_hits)


def test_the_default_extractor_holds_the_real_judge() -> None:
    extractor = SignalExtractor.from_policy(load_policy("game"), None)
    assert isinstance(extractor.judge, Judge)
    assert SignalExtractor.from_policy(load_policy("game"), None, detectors=False).judge is None
