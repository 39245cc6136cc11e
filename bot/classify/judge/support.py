"""Crisis, distress and help requests: warning signs by category, combinations, and context that lowers.

``assess_support(chat)`` reads a ``Chat`` (``chat.read``) and returns a ``SupportReading``:

* **signs** — each rule of ``_support_rules`` that fires is a ``WarningSign(category, severity, cue)``:
  passive and active ideation, intent, plan or means, goodbye and final arrangements, burden,
  hopelessness, self-harm, past attempt (the C-SSRS / IS PATH WARM / NIMH categories of JUDGEMENT.md),
  and plain distress (low mood, exhaustion, loneliness, panic);
* **level** — *crisis* when a sign of severity 3 fires, or two weaker signs of different kinds combine
  (hopelessness + burden, intent + goodbye, a weak sign + a time, a place or "not the game, me"), or a past
  attempt comes with the thoughts returning; *distress* for any other sign (hopelessness alone, low mood);
  *none* otherwise;
* **immediate** — a combination that means danger now: a plan or means with ideation, intent, a goodbye,
  a time or a place; intent or a goodbye with a time or a place. Lowering never applies to it;
* **lowered_by** — context that brings a crisis down to distress, never to silence: clearly past and
  recovered ("past"), an awareness or prevention message ("awareness"), a question about a medicine's side
  effect ("medical"), someone else's situation ("other_person"), negation ("negation"). A plan, a
  decision or a goodbye in the message keeps the crisis;
* **help_request** — the author asks for someone, in any words ("is anyone around", « un modo peut me mp »);
  practical requests ("can someone help me with this boss") are not.

The author's own words are read (``Chat.own_*``): reported speech and quotes are someone else's, except
for the "someone else's situation" context, which reads the whole message. Each group of rules is
compiled into one regular expression and runs only when the message shares a word with the group's
vocabulary (one set-disjointness test), so ordinary chat costs almost nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.classify.judge._alternation import top_level_alternatives
from bot.classify.judge._derived import anchors as derived_anchors
from bot.classify.judge._derived import requirement as derived_requirement
from bot.classify.judge._requires import Gate, Requirement
from bot.classify.judge._support_rules import (
    AIMED_AWAY_SUPPORT7,
    AIMED_THREAT10,
    ASK_ABOUT_THEM,
    ASK_AFTER_WORDS,
    GROUP_UNBORN_SUPPORT8,
    HELP_RULES,
    HURT_KEPT_R30,
    HURT_TOLD_SUPPORT7,
    OFFER_RECALLED,
    OTHER_AT_RISK,
    RECEIVED_TOLD_SUPPORT8,
    RULES,
    ATTRIBUTED_QUOTE_never15,
    CARE_PLANNING_support15,
    COMFORT_support9,
    ERRAND_AFTER_fa13,
    ERRAND_WORDS_fa13,
    GAME_LOGISTICS_support15,
    GAME_PREP_CUES_support15,
    GROUP_BURDEN_hate9,
    GROUP_BURDEN_SELF_hate9,
    GROUP_BURDEN_support9,
    HELP_RULES_support9,
    OFFER_TAKEN_support12,
    PAPERS_CUES_support15,
    PAPERS_MASKED_CUES_support15,
    PAPERS_WORDS_support15,
    QUOTE_CLAIMED_support9,
    READER_TAIL_support9,
    RECEIVED_DISMISSED_report14,
    RECEIVED_DISMISSED_WORDS_report14,
    REPORT_FRAME_never15,
    REPORT_RECEIVED_never15,
    Rule,
    RULES_support9,
    SELF_BURDEN_support9,
    SELF_TIMED_support15,
    WILL_PHRASE_support15,
)
from bot.classify.judge.chat import Chat
from bot.domain.signals import SupportLevel, SupportReading, WarningCategory, WarningSign

__all__ = ["assess_support"]


def _words(text: str) -> list[str]:
    return text.split()


# "unalive" with no one else as its object is about oneself ("i wanna unalive", "unaliving rn").
_UNALIVE = re.compile(
    r"(?i)\bun-?alive?(?:ing|d)?\b(?!\s+(?:you|u|ur|yourself|urself|him|her|them|everyone|ppl|people))"
)
_INCITEMENTS = (
    r"\b(?:kill|unalive|off|hang|shoot) (?:yourself|urself|your self|youself)\b"
    r"|\b(?:suicide|tue|pends|creve) toi\b"
    r"|\bva (?:crever|mourir|te pendre|te tuer|te suicider)\b|\bgo (?:die|jump|overdose|od|hang|drown)\b"
    r"|\b(?:do (?:us|everyone|the world) (?:all )?a favou?r and|you should|u should|just)"
    r" (?:jump|die|end it|overdose|od|kill|hang|disappear)\b"
    r"|\b(?:j|je) (?:te|t) (?:conseille|souhaite|ordonne) (?:de |d )?"
    r"(?:sauter|crever|mourir|te|t|disparaitre|en finir)\b"
    r"|\b(?:tu devrais|tu ferais mieux de|you should|u should) (?:sauter|jump|te jeter)\b"
    r"|\btu vas (?:pleurer|regretter|morfler)\b"
    r"|\b(?:fais nous plaisir|do (?:us|everyone|the world) (?:all )?a favou?r)\b"
    r"|\b(?:nobody|no one) (?:wants|likes|needs) (?:you|u)\b|\bpersonne (?:ne )?(?:veut|t aime|te veut|t)\b"
    r"|\b(?:your|ur|on your|tes|ton) (?:meds|pills|medocs|cachets)\b"
    r"|\b(?:avale|avaler|gobe|gober) (?:toute ta|toutes tes|tous tes|ta boite|tes cachets|la boite)\b"
    r"|\b(?:waiting|wait) for (?:you|u) to (?:hang|die|jump)\b"
    r"|\bt (?:as|avoir) (?:qu|que) a (?:sauter|te jeter|te pendre|crever|mourir)\b"
    r"|\bwhy (?:don t|dont|do not) (?:you|u) (?:just )?(?:overdose|od|jump|hang)\b"
    r"|\b(?:fous toi|fout toi|foutez vous) en l ?air\b"
    r"|\b(?:arrete|stop) (?:tes|your|ur) (?:medocs|meds|pills)\b"
)
# THREAT7 (round 35): a death wish or a harm promised aimed at the reader, read like the incitements above:
# "people like u should stop existing", "why are you still breathing", "u won't wake up", "start with u",
# « jvais te défoncer », « le jour où je te croise ». The author's own words ("you'd all be better off without
# me", "I want to die") keep their first-person signs, which the check below never drops.
_AIMED_THREAT7 = (
    r"\b(?:people|ppl|folks|those|gens|personnes|mecs) (?:like|comme) (?:you|u|toi|vous) "
    r"(?:should|need to|must|deserve|devraient|doivent|meritent)\b"
    r"|\b(?:why|how) (?:are|r|is) (?:you|u) still (?:alive|breathing|here|around|existing)\b"
    r"|\bpourquoi (?:tu es|t es|tu|t) (?:encore|toujours) (?:en vie|vivant|vivante|la|ici|respire|respires)\b"
    r"|\b(?:you|u) (?:will not|won t|will never|ll never|are not going to) (?:ever )?wake up\b"
    r"|\b(?:tu|t) (?:ne )?te reveilleras (?:pas|plus|jamais)\b"
    r"|\b(?:start|starting|commence|commencez|commencer) (?:with|par) (?:you|u|toi|vous)\b"
    r"|\b(?:j|je) (?:vais|vas|v) (?:te|t) "
    r"(?:defoncer|demonter|tuer|buter|casser|peter|fracasser|retrouver|choper|niquer|eclater|detruire|egorger|planter|saigner)\b"
    r"|\b(?:le jour ou|quand|the day|when|next time) (?:je|j|i) (?:te|t|you|u) "
    r"(?:croise|trouve|vois|chope|find|see|catch|meet)\b"
    r"|\bi (?:will|am going to|am gonna) (?:find|hunt) (?:you|u|where (?:you|u))\b"
    r"|\bfais toi (?:un|une) (?:kill|suicide)\b"
    r"|\b(?:t as|t a|ta) (?:cas|ka|qua|kas) (?:prendre|avaler|gober|boire|sauter|te pendre|te jeter|crever)\b"
    r"|\b(?:va|allez|go) (?:voir|verifier|tester|check|see) (?:si|if|whether) (?:la|ta|the|your|ur) "
    r"(?:corde|poutre|rope|beam|noose)\b"
    r"|\bimagine (?:if )?(?:your|ur|ton|ta) (?:manager|boss|employer|patron|patronne|chef)\b"
)
# threat8 (round 39): more threats aimed at the reader whose words set off the reader's crisis or distress
# signs: "neck yourself", the height near the reader's place with "go check it out", the reader's photos or
# screens sent on (« je vais poster tes photos de scarif sur le serveur »), « ce serait triste qu'elle fasse
# une mauvaise chute », « jte swat ». The author's own first-person signs still keep the crisis.
_AIMED_THREAT8 = (
    r"\b(?:neck|rope|drown|gas|end|delete|stab|poison|uninstall) (?:yourself|urself|your self|youself)\b"
    r"|\b(?:is|s) (?:high|tall|deep) enough (?:for (?:you|u) )?(?:go|you should go|u should go) "
    r"(?:check|have a look|look|try)\b"
    r"|\b(?:you|u) should go (?:have a look|look|check) over the edge\b"
    r"|\b(?:(?<=\| )|(?<=\| just )|(?<=\| go )|(?<=\| pls )|(?<=\| please ))jump off (?:a|the) "
    r"(?:bridge|roof|cliff|building)(?: \S+){0,10} "
    r"(?:from|near|by) (?:your|ur) (?:place|house|flat|home)\b"
    r"|\b(?:je|j|i|we|on) (?:vais |will |ll |am going to |m going to |gonna |going to )?"
    r"(?:poster|post|envoyer|send|balancer|leak|publier|montrer|show) (?:tes|ton|ta|your|ur) (?:\S+ )?"
    r"(?:photos|pics|captures|screens|screenshots|messages|nudes|videos|dossier|diagnostic|diagnosis|records)\b"
    r"|\b(?:je|j) (?:les|la|le|l) (?:envoie|balance|poste|publie|montre|transfere) (?:a|sur|chez) "
    r"(?:ton|ta|tes)\b"
    r"|\b(?:ce serait|ca serait|would be|be) (?:triste|dommage|a shame|a pity) (?:qu|que|if) "
    r"(?:elle|il|she|he|it|ton|ta|your|ur)(?: \S+){0,3} (?:fasse une (?:mauvaise )?chute|ait un accident|"
    r"disparaisse|went missing|had an accident|didn t come home|did not come home)\b"
    r"|\b(?:j te|je te|jte|je vais te|j vais te|i will|i ll|imma|i am going to|i am gonna) "
    r"(?:swat|swatter|swatte)\b"
)
# threat9 (round 43): a relief promised to the rest of us (« va sauter d'un pont, ça nous fera des vacances »,
# "spare us"), "do it yourself" advised, "log off permanently, not the game", the reader put through a
# window: aimed at the reader, never the author's own crisis (their first-person signs still count).
_AIMED_THREAT9 = (
    r"(?:\b(?:va|vas y|allez|go|go and|just) |^ |\| )"
    r"(?:sauter|te jeter|jump|te pendre|hang yourself|take|prends|avale|swallow|gobe)\b"
    r"(?: \w+){0,8} (?:ca nous fera des vacances|ca fera des vacances|bon debarras|good riddance|spare us|"
    r"do us all a favou?r|ca soulagera tout le monde|on sera (?:enfin )?tranquilles)\b"
    r"|\b(?:je te|j te|jte|i|i d) (?:conseille|suggest|advise|recommend|recommande) (?:de |d |to |you )?"
    r"(?:le faire|do it|doing it) (?:toi meme|toi|yourself|urself)\b"
    r"|\b(?:jte|je te|j te) conseille (?:le|la) \w+ etage\b"
    r"|(?:^ |\| )(?:just |now |go |pls )?(?:log off|log out|logout|logoff|uninstall|alt f4) "
    r"(?:permanently|forever|for good|for real|life)\b"
    r"(?: \w+){0,6} (?:not the game|mean the game|irl|in real life|pas le jeu)\b"
    r"|(?:^ |\| )(?:uninstall|delete|alt f4) (?:life|existence)\b"
    r"|\b(?:put|throw|chuck|toss|slam|shove|push) (?:you|u|ya) (?:through|thru|out of|out) (?:a|the|your|ur) "
    r"(?:window|windows|wall|table)\b"
    r"|(?:^ |\| |\btu |\bt )(?:fais|fait) le grand saut pour (?:nous|tout le monde)\b"
)
_INCITEMENT = re.compile(
    _INCITEMENTS + "|" + _AIMED_THREAT7 + "|" + _AIMED_THREAT8 + "|" + _AIMED_THREAT9 + "|" + AIMED_THREAT10
)
# How words received hurt ("it shook me", « ça me ronge »): with reported speech, the author asks for help.
_HURT_BY_WORDS = re.compile(
    r"\b(?:shook me|shaken|so hurt|really hurt|hurt me|hurts|scared|afraid|upset|hurtful|not ok|peur"
    r"|me ronge|ronger|choque|choquee|blesse|blessee|me fait (?:tellement |trop |vraiment |tres )?mal"
    r"|faire (?:tellement |trop |vraiment |tres )?mal|bouleverse|bouleversee|pas normal|ca va pas)\b"
    + HURT_KEPT_R30
    + HURT_TOLD_SUPPORT7
)
# support8: reported words with an ask, the evidence or how they landed
# (``_support_rules.RECEIVED_TOLD_SUPPORT8``), run only when the message holds one of its words
_RECEIVED_TOLD = re.compile(RECEIVED_TOLD_SUPPORT8)
_RECEIVED_TOLD_WORDS = derived_anchors(RECEIVED_TOLD_SUPPORT8)
# report14: hurtful words about the author's illness retold from a named speaker, no abuse word in them
# (``_support_rules.RECEIVED_DISMISSED_report14``: "my mum said i'm making it up for attention"), whole
# message
_RECEIVED_DISMISSED_report14 = re.compile(RECEIVED_DISMISSED_report14)
_RECEIVED_DISMISSED_WORDS_report14 = frozenset(RECEIVED_DISMISSED_WORDS_report14.split())
# Reported words then an ask as the last word (``_support_rules.ASK_AFTER_WORDS``), unless laughed off ("the
# boss said 'you shall not pass' lmao, help").
_ASK_AFTER_WORDS = re.compile(ASK_AFTER_WORDS)
_LAUGHED = frozenset(_words("lol lmao lmfao mdr ptdr haha hahaha xd jk jpp rofl"))
# never15: words received, told with a third party's frame and how they landed (``_support_rules``)
_REPORT_FRAME_never15 = re.compile(REPORT_FRAME_never15)
_REPORT_RECEIVED_never15 = re.compile(REPORT_RECEIVED_never15)
_REPORT_FRAME_WORDS_never15 = derived_anchors(REPORT_FRAME_never15)
_ATTRIBUTED_QUOTE_never15 = re.compile(ATTRIBUTED_QUOTE_never15)
# An offer to listen recalled to the one who made it, and taken up (``_support_rules.OFFER_RECALLED``): the
# offer is reported speech, taking it up is the author's ask. Read on the whole message.
_OFFER_RECALLED = re.compile(OFFER_RECALLED)
_OFFER_VERBS = frozenset(("said", "told", "dit"))
# support12: the offer recalled and taken up in so many words ("you said i could reach out. i'm reaching out")
_OFFER_TAKEN_support12 = re.compile(OFFER_TAKEN_support12)
# Someone else's warning signs and the worried author's ask about them (``_support_rules``), whole message.
_OTHER_AT_RISK = re.compile(OTHER_AT_RISK)
_ASK_ABOUT_THEM = re.compile(ASK_ABOUT_THEM)
# Worth words aimed at someone else (``_support_rules.AIMED_AWAY_SUPPORT7``: "les X ça sert à rien", "nobody
# cares what you think", « t'es nul à chier »): the weak cues they set off are the insult's, not the author's
# hopelessness, unless the author says it of themselves too ("je sers à rien", "i'm useless").
_AIMED_AWAY = re.compile(AIMED_AWAY_SUPPORT7)
_AIMED_AWAY_CUES = frozenset(
    {"what_point", "not_ok_en", "no_way_out", "feel_bad_fr", "not_ok_fr", "never_better", "ruin_lives"}
)
# support8: a group's birth or existence denied (``_support_rules.GROUP_UNBORN_SUPPORT8``: "people with down
# syndrome shouldn't be born", « les trisomiques devraient pas naître »): these cues are then the hate's, not
# the author's wish; "i shouldn't have been born" and "people like me shouldn't exist" keep theirs.
_GROUP_UNBORN = re.compile(GROUP_UNBORN_SUPPORT8)
_GROUP_UNBORN_CUES = frozenset(
    {"never_born_en", "never_born_fr", "stop_existing_en", "rather_dead_en", "they_would_be_relieved"}
)
_GROUP_UNBORN_WORDS = frozenset(
    _words("born exist existing dead die naitre nes nees exister vivre mourir crever")
)
# A group's burden said of a group, not the author's own crisis (``_without_group_burden``), said two ways.
# The author calls a group a burden or a drain, or says it deserves death (hate9, ``GROUP_BURDEN_hate9``:
# "deaf people are a burden on everyone", "cancer patients ... deserve to die"): hate, the abuse side's,
# unless the author speaks of themselves anywhere ("i am", « je suis »: ``GROUP_BURDEN_SELF_hate9``).
_GROUP_CALLED_BURDEN = re.compile(GROUP_BURDEN_hate9)
_AUTHOR_SPEAKS_OF_SELF = re.compile(GROUP_BURDEN_SELF_hate9)
# hate12: the French burden cue too (« les vieux sont un poids pour la société »)
_GROUP_CALLED_CUES = frozenset({"burden_en", "want_die_en", "weigh_on_everyone", "burden_fr"})
_GROUP_CALLED_WORDS = frozenset(
    _words("burden burdens drain drains weight fardeau fardeaux boulet boulets charge poids")
    + _words("die mourir crever rot death mort")
)
# Or a group's stigma reported (support9, ``GROUP_BURDEN_support9``: "society acts like disabled people are a
# burden", "they say the world would be better off without people like them"), unless the author says the
# burden is theirs ("i feel like a burden", "without me": ``SELF_BURDEN_support9``).
_STIGMA_REPORTED = re.compile(GROUP_BURDEN_support9)
_SELF_BURDEN = re.compile(SELF_BURDEN_support9)
_SELF_WORTH = re.compile(
    r"\b(?:je|j|moi je) (?:ne |n )?(?:sers|servais|servirai) (?:vraiment |strictement |juste )?a rien\b"
    r"|\b(?:i m|im|i am|i be|i feel|i feel so|i feel like) (?:so |just |completely |totally |such )?"
    r"(?:useless|worthless|a waste of space|hopeless)\b"
)


# support9: a sign said of the reader ("if you want to die on that hill", « t'as envie de disparaître ? »):
# every match opens right after the reader as subject (``_support_rules.READER_TAIL_support9``, last tokens).
_READER_TAIL = re.compile(READER_TAIL_support9)
# support9: comfort given to the reader ("it's not your fault he left"), not a goodbye's "not your fault".
_COMFORT = re.compile(COMFORT_support9)
_FAULT = frozenset(("fault", "faute"))
# support9: a quote the author takes as their own ("'so tired' that's me"): its words count as theirs.
_QUOTE_CLAIMED = re.compile(QUOTE_CLAIMED_support9)


def _without_group_burden(
    hits: list[tuple[str, str, int]], own: str, vocab: frozenset[str]
) -> list[tuple[str, str, int]]:
    """``hits`` without the signs a group's burden raised: said of a group, a burden is not the author's
    own crisis. The author calling a group a burden, or saying it deserves death, is hate (the abuse side
    reads it): when every cue is a burden or death cue (``_GROUP_CALLED_CUES``), none stays. A group's
    stigma reported: the burden signs go, any other stays. Neither when the author says it of themselves."""
    if (
        all(cue in _GROUP_CALLED_CUES for _, cue, _ in hits)
        and not vocab.isdisjoint(_GROUP_CALLED_WORDS)
        and _GROUP_CALLED_BURDEN.search(own)
        and not _AUTHOR_SPEAKS_OF_SELF.search(own)
    ):
        return []  # "deaf people are a burden on everyone": said by the author of a group (hate)
    if (
        any(kind == "burden" for kind, _, _ in hits)
        and _STIGMA_REPORTED.search(own)
        and not _SELF_BURDEN.search(own)
    ):
        # "society acts like disabled people are a burden": a stigma told, the other signs stay
        return [hit for hit in hits if hit[0] != "burden"]
    return hits


def _after_reader(hay: str, start: int) -> bool:
    """The words before ``start`` end with the reader as a clause's subject ("if you", « t'as »)."""
    low = max(0, start - 80)
    tokens = hay[low:start].split()[1 if low else 0 :][-7:]
    return _READER_TAIL.search(" ".join(tokens) + " ") is not None


def _of_reader(regex: re.Pattern[str], hay: str) -> bool:
    """Every match of ``regex`` in ``hay`` opens right after the reader as subject ("you really want...")."""
    return all(_after_reader(hay, match.start()) for match in regex.finditer(hay))


def _fast(pattern: str) -> str:
    """A leading ``\\b`` as a literal space (the haystack is space-padded): a literal first character
    lets the regex engine skip ahead, about three times faster."""
    return " " + pattern[2:] if pattern.startswith("\\b") else pattern


@dataclass(frozen=True, slots=True)
class _Rule:
    cue: str
    kind: str
    severity: int
    regex: re.Pattern[str]
    required: Requirement  # ``_requires.requirement(regex)``: it runs only where ``meets`` says it may match


def _compile(rules: Iterable[Rule]) -> tuple[tuple[_Rule, ...], dict[str, tuple[int, ...]], tuple[int, ...]]:
    """Each top-level alternative of each rule compiled on its own, the index word -> alternatives that
    need it, and the alternatives that always run (no anchor word can be promised)."""
    compiled: list[_Rule] = []
    index: dict[str, list[int]] = {}
    always: list[int] = []
    for rule in rules:
        for alternative in top_level_alternatives(rule.pattern):
            number = len(compiled)
            regex = re.compile(_fast(alternative))
            compiled.append(_Rule(rule.cue, rule.kind, rule.severity, regex, derived_requirement(regex)))
            anchors = derived_anchors(alternative)
            if not anchors:
                always.append(number)
            for word in anchors:
                index.setdefault(word, []).append(number)
    return tuple(compiled), {word: tuple(numbers) for word, numbers in index.items()}, tuple(always)


_SIGN_KINDS = frozenset(category.value for category in WarningCategory)
_GATED_KINDS = _SIGN_KINDS | {"help", "other_person"}
_CONTEXT_KINDS = (
    "time", "place", "returning", "past", "recovered", "awareness", "medical", "negation", "real_life",
    "leaving", "means", "plan", "illness", "illness_hyperbole", "loss", "game_plan_fa13",
    "game_last_fa13", "will_to_live_support14", "decision_ordinary_support14", "dose_care_support14",
    "involuntary_support14",
)  # fmt: skip
_RULES, _INDEX, _ALWAYS = _compile(
    rule for rule in (*RULES, *RULES_support9, *HELP_RULES, *HELP_RULES_support9) if rule.kind in _GATED_KINDS
)
_CONTEXT = {  # run only when a sign fired: no gate
    kind: re.compile(
        "|".join(
            f"(?:{_fast(alternative)})"
            for rule in (*RULES, *RULES_support9)
            if rule.kind == kind
            for alternative in top_level_alternatives(rule.pattern)
        )
    )
    for kind in _CONTEXT_KINDS
}
_GATE = frozenset(_INDEX)
_CLAUSES = Gate(rule.required for rule in _RULES)

_NONE = SupportReading()
_IDEATION = (WarningCategory.PASSIVE_IDEATION, WarningCategory.ACTIVE_IDEATION)
# Weak signs that make a crisis with a time, a place or "not the game, me".
_RAISABLE = frozenset(
    {
        WarningCategory.INTENT,
        WarningCategory.GOODBYE,
        WarningCategory.PLAN_MEANS,
        WarningCategory.BURDEN,
        WarningCategory.SELF_HARM,
        WarningCategory.PAST_ATTEMPT,
        WarningCategory.TIME_PLACE,
    }
)
# Signs named as a topic (a leaflet, a prevention day): the only ones awareness and medical context lower.
_TOPICAL = frozenset(
    {
        "suicide_en",
        "suicide_fr",
        "dark_thoughts_fr",
        "hurt_myself",
        "scarification",
        "tried_en",
        "tried_fr",
        "dark_thoughts_se_support9",
    }
)
# Cues that name the author themselves (myself, my life, je/me/moi...): someone else's situation told in
# the same message does not lower them.
_FIRST_PERSON = frozenset(
    {"kill_myself", "end_my_life", "kill_myself_fr", "reflexive_fr", "cut_myself", "hurt_myself",
     "burn_body", "self_harm_fr", "urge_cut", "cut_again", "started_again", "better_without_me",
     "without_one_like_me", "told_by_mind_r9", "self_harm_r9", "burden_r9",
     "burden_en", "burden_fr", "nobody_miss_en", "nobody_miss_fr", "relief_if_gone_fr",
     "relief_if_gone_fr_rev", "if_gone_benefit_en", "benefit_if_gone_en", "wish_dead_en",
     "future_absence",
     "not_live_fr", "no_more_live_fr", "think_of_dying_fr", "imagine_death_en", "stockpile_en",
     "stockpile_fr",
     "last_message", "farewell_note", "give_away", "not_be_around_en", "not_be_around_fr", "letter_ready",
     "gone_tomorrow_fr", "cut_again_bare", "stopped_wanting",
     "past_attempt_back_r21", "self_kys_r21", "self_harm_r21", "active_r21", "taken_in_sleep_r21",
     "join_the_dead_r21", "not_wake_r21", "burden_r21", "self_as_other_r21",
     "burden_cost_r25", "stop_being_r25", "not_sure_alive_r25", "go_in_sleep_r25", "only_option_r25",
     "stop_treatment_r25", "self_harm_r25", "only_way_gone_r25",
     "accident_relief_r25", "burden_gone_r25", "self_harm_tool_r25", "grave_soon_r25",
     "decided_going_r28", "follow_the_dying_r28", "only_way_is_death_r28", "why_stay_alive_r28",
     "never_born_fr_r28", "favour_by_going_r28", "cut_short_r28", "lights_out_r28", "wouldnt_mind_r28",
     "all_means_gathered_r28", "ligature_tested_r28", "place_scouted_r28", "lethal_dose_r28",
     "cover_story_r28", "head_bang_r28", "last_chapter_r28", "instead_of_them_r28", "pretext_denied_r30",
     "not_meant_exist_support8", "tempted_support8"}
)  # fmt: skip
# Cues that only count beside another sign: alone they are ordinary chat.
_MODIFIERS = frozenset(
    {"goodbye_weak", "decided_weak_en", "decided_weak_fr", "without_me_weak", "not_go_down", "means_laid_out",
     "have_means_ready", "gone_for_good", "the_night", "time_to_go", "they_would_be_relieved",
     "no_talking_out", "all_ready", "tell_them_loved", "choose_day", "if_no_wake", "for_good",
     "wrote_note", "want_to_go_fr", "have_the_means", "intent_weak_more", "farewell_more", "stop_bothering",
     "final_weak", "intent_more2", "die_from_question", "the_moment", "thanks_past_bond",
     "thanks_then_sorry", "say_before", "do_it_bare", "picked_day", "choice_made", "sorry_what_comes",
     "no_turning_back", "all_planned",
     "its_over_fr", "letters_written", "tying_up", "saying_goodbye",
     "accounts_deleted", "goodbye_for_real", "not_for_attention", "do_it_finally", "goodbye_to_all_fr",
     "not_their_fault", "at_height", "dose_needed", "leave_in_peace", "last_night_fr",
     "sleeves_summer", "handing_on_r21", "working_up_r21",
     "last_words_r21", "papers_r21", "care_each_other_r21", "letters_to_r21", "thanks_all_r21", "sorry_r21",
     "simpler_for_all_r25", "resolve_r25", "secret_timing_r25", "do_it_when_r25", "goodbye_thanks_r25",
     "goodbye_plain_r25", "given_away_r25", "intent_resolve_r25", "goodbye_r25", "give_own_r25",
     "no_need_r25", "last_season_r28", "unstoppable_r28", "join_them_r28", "nobody_around_r28",
     "letters_r28", "over_for_me_r28", "die_from_if_support8",
     "handed_on_support9", "pet_handed_support9", "leaving_in_peace_support9", "letter_opened_support9"}
    | set(SELF_TIMED_support15)
)  # fmt: skip
# Weak cues that hold their own time ("tonight's the night"): a time does not raise them.
_SELF_TIMED = frozenset(
    {"the_night", "gone_for_good", "time_to_go", "goodbye_weak", "they_would_be_relieved", "choose_day",
     "if_no_wake", "the_moment", "final_weak", "picked_day", "handing_on_r21", "last_words_r21", "papers_r21",
     "care_each_other_r21", "letters_to_r21", "thanks_all_r21", "sorry_r21", "simpler_for_all_r25",
     "resolve_r25", "secret_timing_r25", "do_it_when_r25", "goodbye_thanks_r25", "goodbye_plain_r25",
     "given_away_r25", "intent_resolve_r25", "goodbye_r25", "give_own_r25", "no_need_r25",
     "unstoppable_r28", "nobody_around_r28", "letters_r28", "over_for_me_r28",
     "handed_on_support9", "pet_handed_support9", "leaving_in_peace_support9", "letter_opened_support9"}
    | set(SELF_TIMED_support15)
)  # fmt: skip
# Farewells that an ordinary leaving ("see you monday", "off on holiday") cancels, like ``goodbye_weak``.
_CANCELLED_BY_LEAVING = frozenset(
    {
        "goodbye_plain_r25",
        "goodbye_thanks_r25",
        "goodbye_r25",
        "see_me_never_r30",
        "handed_on_support9",
        "pet_handed_support9",
        "leaving_in_peace_support9",
        "letter_opened_support9",
        *SELF_TIMED_support15,
    }
)
# Laughter and game words: a light distress word beside them is a figure of speech ("ce lag jpp", "i'm
# done lol"); warning signs are never dismissed this way.
_LIGHT = frozenset(_words("lol mdr haha xd lmao ptdr lag boss raid noob gg"))
# support8: the laugh taken back or the irony named ("chui à bout mdr (pas mdr)", "cried 4 times, new personal
# best"): the light word no longer dismisses.
_LIGHT_DENIED = re.compile(
    r"\b(?:pas mdr|pas lol|not lol|not funny|not joking|pas drole|(?:new )?personal best|achievement unlocked"
    r"|record battu|nouveau record|but not really|mais pas vraiment|jk not jk|not jk|lol no|lol not)\b"
)
# support14: the decision cues, dropped when the decision's content is a game's or an outing's ("i've made
# my decision, tonight i go full dps"); the lethality questions a question about one's own dose lowers; the
# cues of harm an involuntary movement (a tic, a seizure) lowers; the marker the learned cues may not raise.
_DECISION_CUES_support14 = frozenset(
    {"decided_en", "decided_fr", "decided_weak_en", "decided_weak_fr", "intent_more2", "resolve_r25"}
)
_DECISION_WORDS_support14 = frozenset(
    ["decision", "decisions", "choice", "decided", "decide", "decidee", "decider", "choisi", "mind"]
)
_DOSE_CUES_support14 = frozenset({"lethality_plan", "lethal_question", "how_many_means", "means_at_hand"})
_INVOLUNTARY_CUES_support14 = frozenset({"hurt_myself"})
WILL_TO_LIVE_support14 = "will_to_live"
ORDINARY_DECISION_support14 = "ordinary_decision"
# support15: a will or a trusted person named as common sense or care planning (``CARE_PLANNING_support15``)
# when the papers' cues are every sign: illness talk (the learned cues may not raise it); game logistics
# (``GAME_LOGISTICS_support15``, "flasks are in the guild bank") with no sign: the learned cues may not
# raise it.
CARE_PLANNING_MARK_support15 = "care_planning"
GAME_LOGISTICS_MARK_support15 = "game_logistics"
_PAPERS_CUES_support15 = frozenset(PAPERS_CUES_support15)
_PAPERS_WORDS_support15 = frozenset(PAPERS_WORDS_support15.split())
_CARE_PLANNING_support15 = re.compile(CARE_PLANNING_support15)
_WILL_PHRASE_support15 = re.compile(WILL_PHRASE_support15)
_GAME_LOGISTICS_support15 = re.compile(GAME_LOGISTICS_support15)
_PAPERS_MASKED_support15 = frozenset(PAPERS_MASKED_CUES_support15)
_GAME_PREP_CUES_support15 = frozenset(GAME_PREP_CUES_support15)
_FINAL_MORE_support15 = re.compile(
    "|".join(
        f"(?:{_fast(alternative)})"
        for rule in RULES
        if rule.cue in _PAPERS_MASKED_support15
        for alternative in top_level_alternatives(rule.pattern)
    )
)
_GAME_WORDS_support15 = frozenset(
    _words(
        "raid raids boss donjon dungeon tournament tournoi match scrim scrims lan run patch reset quest quete"
    )
    + _words(
        "event prog progress flask flasks potion potions popo popos consumables consommables gear loot mats"
    )
)


def _care_planning_support15(hits: list[tuple[str, str, int]], own: str, vocab: frozenset[str]) -> bool:
    """Every sign a paper's (a will, a power of attorney), the message names care planning or what makes it
    ordinary, and ``final_more`` or ``affairs_in_order`` (if one fired) fired on the will alone."""
    return (
        bool(hits)
        and not vocab.isdisjoint(_PAPERS_WORDS_support15)
        and all(cue in _PAPERS_CUES_support15 for _, cue, _ in hits)
        and _CARE_PLANNING_support15.search(own) is not None
        and not (
            any(cue in _PAPERS_MASKED_support15 for _, cue, _ in hits)
            and _FINAL_MORE_support15.search(_WILL_PHRASE_support15.sub(" x x ", own))
        )
    )


# Signs of a present plan: a crisis that holds one is never lowered.
_PRESENT = frozenset({WarningCategory.PLAN_MEANS, WarningCategory.INTENT, WarningCategory.GOODBYE})


# fa13: weak signs of resolve or a plan that a time alone would raise, in a message naming the
# game's business (``_support_rules``, ``game_plan_fa13``): the time is the game's schedule, not the act's.
GAME_SCHEDULE_fa13 = "game_schedule"
HELP_DESK_fa13 = "help_desk"
# fa13: an ask for a person followed by an errand ("who do I talk to about a refund"): a help desk's question
_ERRAND_WORDS_fa13 = frozenset(ERRAND_WORDS_fa13.split())
_ERRAND_AFTER_fa13 = re.compile(ERRAND_AFTER_fa13)
_SCHEDULED_KINDS_fa13 = frozenset(
    {WarningCategory.INTENT, WarningCategory.PLAN_MEANS, WarningCategory.TIME_PLACE}
)


def _scheduled_fa13(signs: Iterable[WarningSign], context: set[str]) -> bool:
    """Every sign weak and of resolve or plan, a game named, not as the last thing before ("my last raid",
    "after the raid"), and not "not the game, me". A farewell is never a game's schedule."""
    return (
        "game_plan_fa13" in context
        and "game_last_fa13" not in context
        and "real_life" not in context
        and all(s.severity <= 2 and s.category in _SCHEDULED_KINDS_fa13 for s in signs)
    )


def _candidates(vocab: frozenset[str]) -> set[int]:
    """The alternatives that may match: one of their anchor words is present, and the clauses of their
    pattern are met (``_requires``: derived from the pattern, so a skipped alternative could not match)."""
    found: set[int] = set(_ALWAYS)
    for word in vocab & _GATE:
        found.update(_INDEX[word])
    if not found:
        return found
    return _CLAUSES.select(found, _CLAUSES.met(vocab))


def _scan(hay: str, forms: str, candidates: set[int]) -> list[tuple[str, str, int]]:
    hits: list[tuple[str, str, int]] = []
    for number in candidates:
        rule = _RULES[number]
        if rule.kind in ("help", "other_person"):
            continue
        if rule.cue == "goodbye_weak":  # counted: two farewells make a goodbye message
            hits.extend((rule.kind, rule.cue, rule.severity) for _ in rule.regex.finditer(forms))
        elif rule.regex.search(hay):
            hits.append((rule.kind, rule.cue, rule.severity))
    return hits


def _received_never15(chat: Chat, quoted: bool) -> bool:
    """never15: words received from a third party, retold with how they landed (``_support_rules``,
    never15 block); the frame alone may retell them ("selon lui je suis …"). Laughed off: banter."""
    # read on the whole message: the reading of reported spans may take the frame's own tail ("said that
    # about my illness", « pour me dire pire »)
    if quoted and _ATTRIBUTED_QUOTE_never15.search(chat.text) is not None:
        framed = True
    elif chat.vocab.isdisjoint(_REPORT_FRAME_WORDS_never15):
        return False  # no word the frame needs: it cannot match
    else:
        framed = False
    full = f" {chat.lemmas} | {chat.forms} "
    if not framed and _REPORT_FRAME_never15.search(full) is None:
        return False
    return _REPORT_RECEIVED_never15.search(full) is not None and not _laughed_never15(chat)


def _laughed_never15(chat: Chat) -> bool:
    """A laugh in the author's own words (a laugh inside the quote is the abuser's)."""
    return not _LAUGHED.isdisjoint(chat.own_forms.split())


def assess_support(chat: Chat) -> SupportReading:
    vocab = chat.vocab
    if vocab.isdisjoint(_GATE) and not _ALWAYS:
        return _NONE
    own = f" {chat.own_lemmas} | {chat.own_forms} "
    quoted = chat.own_lemmas != chat.lemmas
    full = f" {chat.lemmas} | {chat.forms} " if quoted else own
    if quoted and _QUOTE_CLAIMED.search(own):
        own, quoted = full, False  # "'i'm tired, boss.' that's me": the quote is the author's own
    candidates = _candidates(vocab)
    errand = None if vocab.isdisjoint(_ERRAND_WORDS_fa13) else _ERRAND_AFTER_fa13  # fa13: a help desk's
    help_request = desk = ordinary_decision = False
    other = False
    hits: list[tuple[str, str, int]] = []
    for number in candidates:
        rule = _RULES[number]
        kind = rule.kind
        if kind == "help":
            if help_request:
                continue
            if errand is None:
                help_request = rule.regex.search(own) is not None
                continue
            for m in rule.regex.finditer(own):
                if errand.match(own, m.end() - m.group(0).endswith(" ")) is None:
                    help_request = True
                    break
                desk = True  # "who do I talk to about a refund": asked for an errand (fa13)
        elif kind == "other_person":
            other = other or rule.regex.search(full) is not None
        elif rule.cue == "goodbye_weak":  # counted: two farewells make a goodbye message
            farewells = {match.group(0) for match in rule.regex.finditer(f" {chat.own_forms} ")}
            hits.extend((kind, rule.cue, rule.severity) for _ in farewells)
        elif (found := rule.regex.search(own)) is not None:
            if _after_reader(own, found.start()) and _of_reader(rule.regex, own):
                continue  # said of the reader: "if you want to die on that hill", « t'as envie de partir ? »
            if (
                rule.cue == "final_more"
                and not vocab.isdisjoint(_FAULT)
                and _COMFORT.search(own)
                and all(not _FAULT.isdisjoint(m.group(0).split()) for m in rule.regex.finditer(own))
            ):
                continue  # comfort for the reader: "it's not your fault he left"
            hits.append((kind, rule.cue, rule.severity))
    if (
        quoted
        and not help_request
        and (
            _HURT_BY_WORDS.search(own)
            or (_ASK_AFTER_WORDS.search(own) and vocab.isdisjoint(_LAUGHED))
            or (not vocab.isdisjoint(_RECEIVED_TOLD_WORDS) and _RECEIVED_TOLD.search(own))
        )
    ):
        help_request = True  # abuse received and told with how it hurts or an ask: a help request, privately
    if (
        not help_request
        and not vocab.isdisjoint(_RECEIVED_DISMISSED_WORDS_report14)
        and vocab.isdisjoint(_LAUGHED)
        and _RECEIVED_DISMISSED_report14.search(full)
    ):
        help_request = True  # report14: hurtful words about the illness retold (a bare "used to say" too)
    if not help_request and _received_never15(chat, quoted):
        help_request = True  # never15: words received, the frame and how they landed
    if (
        not help_request
        and not vocab.isdisjoint(_OFFER_VERBS)
        and (_OFFER_RECALLED.search(full) or _OFFER_TAKEN_support12.search(full))
    ):
        help_request = True  # an offer to listen taken up
    if (
        not help_request
        and vocab.isdisjoint(_LAUGHED)
        and _ASK_ABOUT_THEM.search(full)
        and _OTHER_AT_RISK.search(full)
    ):
        help_request = True  # someone else's warning signs, and the author asks what to do
    if "kill" in vocab and _UNALIVE.search(chat.text):
        hits.append(("active_ideation", "unalive", 3))
    if not hits and quoted and any(hit[2] >= 3 for hit in _scan(full, f" {chat.forms} ", candidates)):
        # Warning signs only in quotes or reported speech: someone else's words, still worth an offer.
        why = "other_person" if other else "quoted"
        return SupportReading(
            SupportLevel.DISTRESS, (WarningSign(WarningCategory.DISTRESS, 1, why),), help_request, (why,)
        )
    if (
        hits
        and _INCITEMENT.search(own)
        and not any(cue in _FIRST_PERSON and sev >= 3 for _, cue, sev in hits)
    ):
        hits = []  # "go kill urself, nobody would care": words aimed at someone else (the abuse side's)
    if (
        hits
        and all(cue in _GROUP_UNBORN_CUES for _, cue, _ in hits)
        and not vocab.isdisjoint(_GROUP_UNBORN_WORDS)
        and _GROUP_UNBORN.search(own)
    ):
        hits = []  # "people with down syndrome shouldn't be born": a group's existence denied (hate)
    if hits:
        hits = _without_group_burden(hits, own, vocab)  # "deaf people are a burden": not the author's
    if (
        not vocab.isdisjoint(_DECISION_WORDS_support14)
        and all(cue in _DECISION_CUES_support14 for _, cue, _ in hits)
        and _CONTEXT["decision_ordinary_support14"].search(own)
        and not _CONTEXT["game_last_fa13"].search(own)
    ):
        hits = []  # "i've made my decision, tonight i go full dps": a game's or an outing's (support14)
        ordinary_decision = True
    if (
        hits
        and all(cue in _AIMED_AWAY_CUES and severity <= 2 for _, cue, severity in hits)
        and _AIMED_AWAY.search(own)
        and not _SELF_WORTH.search(own)
    ):
        hits = []  # "les X ça sert à rien", "nobody cares what you think": aimed at someone else
    care_planning = _care_planning_support15(hits, own, vocab)
    if care_planning:
        hits = []  # « mon testament, ma personne de confiance, c'est du bon sens »: illness talk (support15)
    game_logistics = (
        not vocab.isdisjoint(_GAME_WORDS_support15)
        and all(cue in _GAME_PREP_CUES_support15 for _, cue, _ in hits)
        and _GAME_LOGISTICS_support15.search(own) is not None
        and not _CONTEXT["game_last_fa13"].search(own)
        and not _CONTEXT["real_life"].search(own)
    )
    if game_logistics:
        hits = []  # « tout est prêt pour le tournoi, les popos sont au coffre »: the game's (support15)
    if not hits and not other:
        if care_planning:  # the learned cues may not raise it (``_cues.lift``)
            return SupportReading(help_request=help_request, lowered_by=(CARE_PLANNING_MARK_support15,))
        if game_logistics and not help_request:
            # "done with everything for the raid, flasks are in the guild bank" (support15)
            return SupportReading(lowered_by=(GAME_LOGISTICS_MARK_support15,))
        if ordinary_decision:  # the learned cues may not raise it (``_cues.lift``)
            return SupportReading(help_request=help_request, lowered_by=(ORDINARY_DECISION_support14,))
        if desk and not help_request:  # the learned cues may not hear a request in it (``_cues.lift``)
            return SupportReading(lowered_by=(HELP_DESK_fa13,))
        return SupportReading(help_request=True) if help_request else _NONE

    context = {kind for kind, regex in _CONTEXT.items() if regex.search(own)}
    signs: dict[str, WarningSign] = {}
    weak_goodbyes = 0
    for kind, cue, severity in hits:
        category = WarningCategory(kind)
        if cue == "goodbye_weak" or cue in _CANCELLED_BY_LEAVING:
            if "leaving" in context:
                continue
            weak_goodbyes += cue == "goodbye_weak"
        signs.setdefault(cue, WarningSign(category, severity, cue))
    if "returning" in context and any(s.category is WarningCategory.PAST_ATTEMPT for s in signs.values()):
        signs["past_attempt_returning"] = WarningSign(
            WarningCategory.PAST_ATTEMPT, 3, "past_attempt_returning"
        )
    if context & {"means", "plan"} and any(s.severity >= 2 for s in signs.values()):
        # A rope bought, a blade at hand, "planned": only beside another sign.
        signs["means_at_hand"] = WarningSign(WarningCategory.PLAN_MEANS, 2, "means_at_hand")

    def has(category: WarningCategory, severity: int = 2) -> bool:
        return any(s.category is category and s.severity >= severity for s in signs.values())

    strong = any(s.severity >= 3 for s in signs.values())
    weak_kinds = {s.category for s in signs.values() if s.severity == 2}
    weak_goodbyes += sum(
        s.category is WarningCategory.GOODBYE and s.severity == 2 and s.cue != "goodbye_weak"
        for s in signs.values()
    )
    timed = {s.category for s in signs.values() if s.severity == 2 and s.cue not in _SELF_TIMED}
    when_where = bool(context & {"time", "place"})
    raised = (
        len(weak_kinds) >= 2
        or weak_goodbyes >= 2
        or (bool(timed & _RAISABLE) and (when_where or "real_life" in context))
        or (WarningCategory.HOPELESSNESS in weak_kinds and "place" in context)
        or sum(s.category is WarningCategory.INTENT for s in signs.values()) >= 2
    )
    scheduled = raised and not strong and _scheduled_fa13(signs.values(), context)
    if scheduled:
        raised = False  # "c'est décidé, ce soir on tente le boss": the game's schedule (fa13)
    crisis = strong or raised
    ideation = any(has(category, 3) for category in _IDEATION)
    means = has(WarningCategory.PLAN_MEANS)
    intent = has(WarningCategory.INTENT)
    goodbye = has(WarningCategory.GOODBYE) and (has(WarningCategory.GOODBYE, 3) or weak_goodbyes >= 2)
    immediate = crisis and (
        (means and (ideation or intent or goodbye or when_where or has(WarningCategory.SELF_HARM, 3)))
        or ((intent or goodbye) and when_where)
        or (ideation and "time" in context and (intent or goodbye))
    )
    if immediate:
        signs["immediate"] = WarningSign(
            WarningCategory.PLAN_MEANS if means else WarningCategory.INTENT, 4, "immediate"
        )

    lowered: list[str] = []
    risky = crisis or any(
        s.category is not WarningCategory.DISTRESS and s.severity >= 2 for s in signs.values()
    )
    if risky and not immediate:
        # "don't tell me to call a hotline" names a hotline to refuse it: not an awareness leaflet
        # a goodbye told twice over, or two signs of intent, is a plan too ("gave my books away… thanks all")
        present = (
            "refuse_call" in signs
            or any(s.category in _PRESENT and s.severity >= 3 for s in signs.values())
            or weak_goodbyes >= 2
            or sum(s.category is WarningCategory.INTENT for s in signs.values()) >= 2
        )
        topical = all(s.cue in _TOPICAL for s in signs.values() if s.severity >= 3)
        if "past" in context and "recovered" in context and "returning" not in context:
            lowered.append("past")
        if not present:
            if "awareness" in context and topical:
                lowered.append("awareness")
            if "medical" in context and topical:
                lowered.append("medical")
            # a person named because they died ("since my daughter's death the thought of ending it…"):
            # the thoughts are the author's own, not someone else's situation
            if other and "loss" not in context and not any(s.cue in _FIRST_PERSON for s in signs.values()):
                lowered.append("other_person")
            wish = any(
                s.category is WarningCategory.PASSIVE_IDEATION and s.severity >= 3 for s in signs.values()
            )
            if "negation" in context and not wish:  # "i won't do anything" does not undo "i want to be dead"
                lowered.append("negated")
            if (
                "involuntary_support14" in context
                and {s.cue for s in signs.values() if s.severity >= 3} <= _INVOLUNTARY_CUES_support14
                and "medical" not in lowered
            ):
                lowered.append("medical")  # "punched myself in the face during a tic attack" (support14)
        if (
            "dose_care_support14" in context
            and "medical" not in lowered
            and all(
                s.cue in _DOSE_CUES_support14 or s.category is WarningCategory.DISTRESS
                for s in signs.values()
            )
        ):
            lowered.append("medical")  # "how many mg is too much? pain clinic upped me…" (support14)
        strong_cues = {s.cue for s in signs.values() if s.severity >= 3}
        if "illness_hyperbole" in context and strong_cues <= {"want_die_en", "wish_absent_fr"}:
            lowered.append(
                "illness"
            )  # "these meds make me want to die": a side effect's weight, still an offer
        if lowered:
            crisis = False
    elif other and not crisis:
        lowered.append("other_person")
    if other and not signs:
        signs["other_person"] = WarningSign(WarningCategory.DISTRESS, 1, "other_person")

    if not crisis and "will_to_live_support14" in context:
        lowered.append(WILL_TO_LIVE_support14)  # « je serais pas mieux mort, je veux vivre » (support14)
    if crisis:
        level = SupportLevel.CRISIS
    elif any(cue not in _MODIFIERS for cue in signs) and not (
        all(s.severity <= 1 for s in signs.values())
        and ((not vocab.isdisjoint(_LIGHT) and not _LIGHT_DENIED.search(own)) or "illness" in context)
        and not lowered
    ):
        level = SupportLevel.DISTRESS
    elif scheduled:  # kept in the notes, and the learned cues may not raise it (``_cues.lift``)
        ordered = tuple(sorted(signs.values(), key=lambda s: (-s.severity, s.cue)))
        return SupportReading(signs=ordered, help_request=help_request, lowered_by=(GAME_SCHEDULE_fa13,))
    else:  # weak cues alone ("thanks for everything", "i'm done"), or a light word said laughing
        return SupportReading(help_request=help_request)
    ordered = tuple(sorted(signs.values(), key=lambda s: (-s.severity, s.cue)))
    return SupportReading(level, ordered, help_request, tuple(lowered), immediate)
