"""The judgement detectors: crisis, distress, help requests and abuse, in the words people really write.

Public face of the package (everything else in it is private):

* ``read(text, *, reply=False) -> Chat`` (``chat``): the chat-language normaliser every detector reads
  through (Discord markup, contractions and SMS spellings, digits and symbols for letters, stretched and
  spaced letters, lemmas, quoted and reported spans);
* ``assess_support(chat) -> SupportReading`` (``support``): warning signs by category, context that lowers
  the level, and the outcome: crisis, distress or none, plus whether help is asked for;
* ``assess_abuse(chat) -> AbuseReading`` (``abuse``): directed insults, hate, threats and exposure threats,
  with reported speech and self-talk set apart;
* ``Judge`` (below): both in one call, the object ``SignalExtractor`` holds; the support reading is then
  raised, never lowered, where cue weights learned from the corpus's tune split point to crisis or distress
  (``_cues``: veiled language the rules do not name);
* ``detect_language`` (``language``): the message's language among the server's languages.

The readings are domain records (``bot.domain.signals``): ``decide`` consumes them, nothing
there knows how they were computed. No model is involved: this is what every deployment runs, with or
without Detoxify.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.classify.judge._cues import JointCues, abuse_cues, cue_model, features, learned_abuse, lift
from bot.classify.judge.abuse import assess_abuse
from bot.classify.judge.chat import Chat, read
from bot.classify.judge.support import assess_support
from bot.domain.signals import AbuseReading, SupportLevel, SupportReading

__all__ = ["Chat", "Judge", "Judgement", "assess_abuse", "assess_support", "read"]


@dataclass(frozen=True, slots=True)
class Judgement:
    chat: Chat
    support: SupportReading
    abuse: AbuseReading


class Judge:
    """Holds the learned cue weights (read once per process from ``cue_weights.json`` when the first judge
    is made, at start-up rather than on the first message); an object so that a policy can tune it later."""

    def __init__(self) -> None:
        self._cues = cue_model()
        self._abuse_cues = abuse_cues()
        self._joint = JointCues(self._cues, self._abuse_cues)

    def judge(self, text: str, *, reply: bool = False) -> Judgement:
        chat = read(text, reply=reply)
        abuse = assess_abuse(chat)
        rules = assess_support(chat)
        if abuse.hits or rules.level is SupportLevel.CRISIS:  # neither learned reading applies
            support = lift(chat, rules, abusive=bool(abuse.hits), model=self._cues)
            return Judgement(chat, support, learned_abuse(chat, abuse, support, self._abuse_cues))
        # both learned readings' scores in one pass over the features, computed once for both
        support_scores, abuse_scores = self._joint.scores(chat, features(chat))
        support = lift(chat, rules, abusive=False, model=self._cues, scores=support_scores)
        abuse = learned_abuse(chat, abuse, support, self._abuse_cues, scores=abuse_scores)
        return Judgement(chat, support, abuse)
