"""The judgement detectors: crisis, distress, help requests and abuse, in the words people really write.

Public face of the package (everything else in it is private):

* ``read(text, *, reply=False) -> Chat`` (``chat``): the chat-language normaliser every detector reads
  through (Discord markup, contractions and SMS spellings, digits and symbols for letters, stretched and
  spaced letters, lemmas, quoted and reported spans);
* ``assess_support(chat) -> SupportReading`` (``support``): warning signs by category, context that lowers
  the level, and the outcome: crisis, distress or none, plus whether help is asked for;
* ``assess_abuse(chat) -> AbuseReading`` (``abuse``): directed insults, hate, threats and exposure threats,
  with reported speech and self-talk set apart (a curse aimed at an illness, "lupus you absolute bastard",
  ``abuse.curses_illness``, is self-talk);
* ``Judge`` (below): both in one call, the object ``SignalExtractor`` holds; the support reading is then
  raised, never lowered, where cue weights learned from the corpus's tune split point to crisis or distress
  (``_cues``: veiled language the rules do not name);
* ``detect_language`` (``language``): the message's language among the server's languages.

The readings are domain records (``bot.domain.signals``): ``decide`` consumes them, nothing
there knows how they were computed. No model is involved: this is what every deployment runs, with or
without Detoxify.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

from bot.classify.judge._cues import (
    CRISIS_FROM_DISTRESS,
    CRISIS_FROM_NONE,
    DISTRESS_FROM_NONE,
    REVIEW_FLOOR,
    JointCues,
    abuse_cues,
    cue_model,
    features,
    learned_abuse,
    learned_report,
    lift,
)
from bot.classify.judge._requires import Gate
from bot.classify.judge.abuse import IF_YOU_AGAIN_threat15, assess_abuse
from bot.classify.judge.chat import Chat, read
from bot.classify.judge.support import assess_support
from bot.domain.signals import AbuseKind, AbuseReading, SupportLevel, SupportReading, WarningCategory

__all__ = ["Chat", "Judge", "Judgement", "assess_abuse", "assess_support", "read"]


@dataclass(frozen=True, slots=True)
class Judgement:
    chat: Chat
    support: SupportReading
    abuse: AbuseReading


_LOWEST_CRISIS_LIFT = min(CRISIS_FROM_DISTRESS, CRISIS_FROM_NONE)
RECENT = 256  # judgements kept (per process) for a second reader of the same message
_recent: dict[tuple[str, bool], tuple[object, Judgement]] = {}
_recent_lock = threading.Lock()


def _hate_over_distress(support: SupportReading, abuse: AbuseReading) -> SupportReading:
    """Hate the rules found outweighs distress read in the same words: "those kids are just broken and should
    be institutionalised", « c'est une invasion de criquets, faut fermer le port »: the low mood the support
    rules hear ("broken", "tired of", "nothing works") is the hateful claim's own vocabulary, and a member who
    writes hate about a group is not offered help for it. Crisis, a help request and reported abuse still win
    (day 9)."""
    if support.level is not SupportLevel.DISTRESS or support.help_request or abuse.reported:
        return support
    if not any(hit.kind is AbuseKind.HATE and not hit.learned for hit in abuse.hits):
        return support
    return SupportReading(signs=support.signs, lowered_by=(*support.lowered_by, "hate"))


# threat11: death told to the reader ("kys", "suicide is your best option", "pls uninstall life.exe")
_TOLD_TO_DIE_threat11 = frozenset(
    """
    kill_yourself better_off_dead go_die go_rope die_in_a_fire deserve_to_die suicide_toi rope
    rope_order_threat10 ksy_threat10 sewer_slide_for_you_threat10 vanish_for_good_threat10
    favour_then_death_threat10 die_and_free_threat10 window_jump_threat9 death_best_option_threat11
    """.split()  # noqa: SIM905
)
_REFUSED_threat11 = re.compile(r"(?<![^ ])kill myself(?: \S+)?(?: (?:no|nah|non|nope|not))+(?![^ ])")
_FALSE_REPORT_threat11 = frozenset(("report_to_authority", "false_report_threat10"))
_VICTIM_threat11 = frozenset("me my mine myself moi mon ma mes m us our nous notre nos".split())  # noqa: SIM905
_READER_threat11 = frozenset("you u ya your ur yo tu t toi te ton ta tes vous votre vos".split())  # noqa: SIM905
_FIRST_threat11 = frozenset(
    "i me my mine myself im i m je j moi mon ma mes m jsuis chui nous we us our notre nos".split()  # noqa: SIM905
)


def _told_to_die_or_threatened_threat11(
    support: SupportReading, abuse: AbuseReading, chat: Chat
) -> SupportReading:
    """A threat the rules found, aimed at the reader and in the author's own words, outweighs what the
    support rules hear in the same words (threat11):

    * crisis heard in death told to the reader ("k.m.s? no. k.y.s. you", "s-u-i-c-i-d-e is your best option",
      "nobody would miss you if you unalived"): lowered when no first person is left in the message once a
      refused "kill myself" is set aside and the reader is named (the author's own crisis beside it, or a
      "kys" the author's brain keeps saying, stays a crisis);
    * distress or a help request heard in a threat ("would be awful if something happened to you one night",
      « je fais un signalement demain, tes gosses ils vont te les retirer »): the threat's own words, not a
      member asking for help. Reported abuse and the detector's "immediate" danger are never lowered."""
    if abuse.reported or support.immediate or not abuse.hits:
        return support
    ruled = [
        hit for hit in abuse.hits if not hit.learned and hit.kind in (AbuseKind.THREAT, AbuseKind.EXPOSURE)
    ]
    if not ruled:
        return support
    if support.level is SupportLevel.CRISIS:
        if not any(hit.cue.startswith("kys_") or hit.cue in _TOLD_TO_DIE_threat11 for hit in ruled):
            return support
        own = _REFUSED_threat11.sub(" ", abuse.own_words if abuse.own_words is not None else chat.forms)
        words = own.split()
        if not _FIRST_threat11.isdisjoint(words) or (
            _READER_threat11.isdisjoint(words) and not chat.mentions
        ):
            return support  # the author's own crisis beside it, or no reader ("time to uninstall life.exe")
        return SupportReading(signs=support.signs, lowered_by=(*support.lowered_by, "told_to_die"))
    if support.level is SupportLevel.DISTRESS or support.help_request:
        words = (abuse.own_words if abuse.own_words is not None else chat.forms).split()
        if not any(hit.cue.endswith("_threat11") or hit.cue in _FALSE_REPORT_threat11 for hit in ruled):
            return support  # an older row's threat beside a help request: the request stands
        if not _VICTIM_threat11.isdisjoint(words) or _READER_threat11.isdisjoint(words):
            return support  # "he said he'd find me, help": the author is the one threatened
        return SupportReading(signs=support.signs, lowered_by=(*support.lowered_by, "threat"))
    return support


# threat12: the rows that tell the reader to die, and the framing the author adds that is no crisis of theirs
_TOLD_TO_DIE_threat12 = frozenset(("method_told_threat12", "death_owed_threat12", "kys_more_images"))
_FRAMING_threat12 = re.compile(
    r"(?<![^ ])(?:i mean it(?: literally)?|i am serious|i am not joking|"
    r"just saying(?: what everyone thinks)?|j te conseille|je te conseille|je suis serieux|je suis serieuse|"
    r"je rigole pas)(?![^ ])"
)
# the signs a menace's own words raise ("i'll be outside your house friday night"): intent, means, time,
# place
_MENACE_SIGNS_threat12 = frozenset(
    (WarningCategory.INTENT, WarningCategory.PLAN_MEANS, WarningCategory.TIME_PLACE, WarningCategory.DISTRESS)
)


def _method_or_menace_told_threat12(
    support: SupportReading, abuse: AbuseReading, chat: Chat
) -> SupportReading:
    """A threat12 row aimed at the reader outweighs what the support rules hear in the same words (threat12):

    * crisis heard in death told to the reader ("take all your pills and be done with it", "take a long walk
      off a short bridge. i mean it"): lowered when, the author's framing ("i mean it", « je te conseille »)
      set aside, no first person is left and the reader is named;
    * crisis heard in a menace's own words (intent, time, place: "i'll be outside your house friday night,
      don't bother calling the cops"): lowered when those are the only signs (no ideation, no self-harm, no
      goodbye);
    * distress or a help request heard in a threat12 row ("crève, c'est tout ce que tu mérites", « une fois
      sur twitter avec ton nom ça va faire du bruit »): lowered when the reader is named and the author is
      not the one threatened. Reported abuse and "immediate" danger are never lowered."""
    if (
        abuse.reported
        or support.immediate
        or (support.level is SupportLevel.NONE and not support.help_request)
    ):
        return support
    ruled = [
        hit.cue
        for hit in abuse.hits
        if not hit.learned
        and hit.kind in (AbuseKind.THREAT, AbuseKind.EXPOSURE)
        and (hit.cue.endswith("_threat12") or hit.cue in _TOLD_TO_DIE_threat12 or hit.cue == "creve")
    ]
    if not ruled or not any(cue.endswith("_threat12") for cue in ruled):
        return support
    own = abuse.own_words if abuse.own_words is not None else chat.forms
    words = own.split()
    named = not _READER_threat11.isdisjoint(words) or bool(chat.mentions)
    if not named:
        return support
    if support.level is SupportLevel.CRISIS:
        if any(cue in _TOLD_TO_DIE_threat12 for cue in ruled):
            if _FIRST_threat11.isdisjoint(_FRAMING_threat12.sub(" ", own).split()):
                return SupportReading(signs=support.signs, lowered_by=(*support.lowered_by, "told_to_die"))
            return support
        if all(sign.category in _MENACE_SIGNS_threat12 for sign in support.signs):
            return SupportReading(signs=support.signs, lowered_by=(*support.lowered_by, "threat"))
        return support
    if not _VICTIM_threat11.isdisjoint(words):
        return support  # "he said he'd post my address, help": the author is the one threatened
    return SupportReading(signs=support.signs, lowered_by=(*support.lowered_by, "threat"))


# threat13: rows that tell the reader to die or menace the reader, whose words the support rules also hear as
# the author's own crisis; menaces where the author's "i" is the one who comes, not the one in danger
_TOLD_threat13 = frozenset(
    """
    sleep_told_threat13 not_dead_yet_threat13 hoped_death_help_threat13 like_you_deserve_threat13
    kill_yourself kys_new_images someone_will_hurt_you method_told_threat12 kys_more_images
    """.split()  # noqa: SIM905
)
_MENACE_threat13 = frozenset(
    "at_your_door_threat11 police_no_use_threat12 stalking_presence".split()  # noqa: SIM905
)
_GROUP_PILE_threat13 = frozenset("raid_called pile_on_threat8".split())  # noqa: SIM905
# threat14: rows that tell the reader to die, read like threat13's (crisis heard in them lowered when the
# reader is named and no first person singular is left), and threat14's rows whose menace or exposure
# outweighs a help request heard in the same words (« je vais faire un signalement bidon pour que la police
# débarque chez toi »), read like threat11's (the reader named, the author not the one threatened)
_TOLD_threat14 = frozenset(
    """
    better_dead_told_threat14 hope_swallow_all_threat14 why_not_suicide_threat14 jump_off_told_threat14
    finish_illness_threat14 last_session_help_threat14 gone_make_it_happen_threat14
    do_it_nobody_stops_threat14
    """.split()  # noqa: SIM905
)
_OVER_HELP_threat14 = _TOLD_threat14 | frozenset(
    """
    expose_private_threat14 call_work_tell_threat14 swatting_threat14 care_place_known_threat14
    coming_menace_threat14
    """.split()  # noqa: SIM905
)
_TOLD_threat13 = _TOLD_threat13 | _TOLD_threat14
_FALSE_REPORT_threat11 = _FALSE_REPORT_threat11 | _OVER_HELP_threat14
_MENACE_CATEGORIES_threat13 = frozenset(
    (WarningCategory.INTENT, WarningCategory.TIME_PLACE, WarningCategory.PLAN_MEANS, WarningCategory.DISTRESS)
)
_FRAMING_threat13 = re.compile(
    r"(?<![^ ])(?:(?:and )?by \S+(?: \S+)? i mean|i mean it(?: literally)?|i am serious|i am not joking|"
    r"je suis serieux|je suis serieuse|je rigole pas|j te conseille|je te conseille)(?![^ ])"
)
_SINGULAR_threat13 = frozenset("i me my mine myself im je j moi mon ma mes m jsuis chui".split())  # noqa: SIM905
# the author's own mind saying it ("brain keeps going unalive urself"): the author's crisis, not a reader told
_INNER_threat13 = re.compile(
    r"(?<![^ ])(?:brain|head|mind|voice|voices|thoughts|intrusive|cerveau|tete|voix|pensees|on repeat|"
    r"en boucle)(?![^ ])"
)
_READER_threat13 = _READER_threat11 | frozenset(("yourself", "yourselves"))
_OWN_HARM_threat13 = re.compile(
    r"(?<![^ ])(?:myself|moi meme|me tuer|me suicider|kill me|end my|my life|ma vie|suicide|pills|cachets|"
    r"overdose|me pendre|me jeter|jump|sauter)(?![^ ])"
)


def _crisis_in_threat_or_hate_threat13(
    support: SupportReading, abuse: AbuseReading, chat: Chat
) -> SupportReading:
    """A threat or hate the rules found outweighs a crisis the support rules hear in the same words
    (threat13):

    * death told to the reader ("you should just go to sleep and not wake up, world would be better for it",
      « un jour quelqu'un va te planter et personne pleurera », "kms? no. kys"): lowered when the reader is
      named and, the author's framing ("and by log off i mean", "i mean it") and a refused "kill myself" set
      aside, no first person singular is left;
    * a menace where the author is the one who comes ("i'll be at your door", "i'll be outside your house,
      don't bother calling the cops", « j'étais garé juste derrière »): lowered when every sign is intent,
      time, place or means, the reader is named and no harm to the author is named ("myself", pills);
    * a pile-on called against a third person ("dm her until she leaves for good") or hate about a group
      ("anyone with down syndrome shouldn't be born"): lowered when no first person singular is in the
      message.
    Reported abuse is never lowered, nor a member who speaks of themselves, nor a "kys" the author's own
    brain keeps saying; a help request always stands (« les modos, un gars traite tout le monde de … »)."""
    if abuse.reported or not abuse.hits:
        return support
    if support.level is not SupportLevel.CRISIS:
        return support
    ruled = [hit for hit in abuse.hits if not hit.learned]
    if not ruled:
        return support
    own = abuse.own_words if abuse.own_words is not None else chat.forms
    own = _FRAMING_threat13.sub(" ", _REFUSED_threat11.sub(" ", own))
    words = own.split()
    singular = not _SINGULAR_threat13.isdisjoint(words)
    named = not _READER_threat13.isdisjoint(words) or bool(chat.mentions)
    cues = {hit.cue for hit in ruled}
    hate = any(hit.kind is AbuseKind.HATE for hit in ruled)
    menace_only = all(sign.category in _MENACE_CATEGORIES_threat13 for sign in support.signs)
    if support.immediate and not menace_only:
        return support
    inner = _INNER_threat13.search(own) is not None
    if named and not singular and not inner and not cues.isdisjoint(_TOLD_threat13):
        return SupportReading(signs=support.signs, lowered_by=(*support.lowered_by, "told_to_die"))
    if named and menace_only and not cues.isdisjoint(_MENACE_threat13) and not _OWN_HARM_threat13.search(own):
        return SupportReading(signs=support.signs, lowered_by=(*support.lowered_by, "threat"))
    if not singular and not support.immediate and (hate or not cues.isdisjoint(_GROUP_PILE_threat13)):
        return SupportReading(signs=support.signs, lowered_by=(*support.lowered_by, "threat"))
    return support


# threat15: rows that tell the reader to die; the menace and exposure rows whose words raise a help request
_TOLD_threat15 = frozenset(
    """
    not_existing_told_threat15 nearest_height_threat15 not_wake_nice_threat15 wont_make_it_threat15
    hope_do_it_this_time_threat15 illness_push_death_threat15
    """.split()  # noqa: SIM905
)
_OVER_HELP_threat15 = _TOLD_threat15 | frozenset(
    """
    home_known_tag_threat15 face_known_threat15 injury_idiom_threat15 harm_for_less_threat15
    settle_score_threat15 hope_never_meet_threat15 on_my_list_threat15 stop_going_alone_threat15
    come_alone_threat15 find_home_visit_threat15
    """.split()  # noqa: SIM905
)
_TOLD_threat13 = _TOLD_threat13 | _TOLD_threat15
_FALSE_REPORT_threat11 = _FALSE_REPORT_threat11 | _OVER_HELP_threat15
# the author's framing around death told ("i hope you actually do it", "trust me", « j'espère que ta crise te
# fera sauter »), and the imperative that names the reader with no pronoun (« va sauter d'un pont »)
_FRAMING_threat15 = re.compile(
    r"(?<![^ ])(?:i really hope|i hope|j espere que|j espere qu|trust me|crois moi|believe me|i promise|"
    r"je te le promets)(?![^ ])"
)
_IMPERATIVE_threat15 = re.compile(r"^(?:@user )?(?:va|vas|allez|go|just go|pls go|please go|vas y)(?![^ ])")


def _told_framed_threat15(support: SupportReading, abuse: AbuseReading, chat: Chat) -> SupportReading:
    """Death told to the reader outweighs the crisis the support rules hear in it (threat15) when, the
    author's framing set aside ("i hope", "trust me", « j'espère que »), no first person singular is left and
    the reader is named, or sent off by an imperative (« va sauter d'un pont et fais pas de bruit »); and a
    help request heard in the condition of a threat15 menace (« si tu m'insultes encore … »). Reported abuse,
    the detector's "immediate" danger (unless every sign is a menace's own: intent, time, place, means) and
    the author's own mind saying it are never lowered."""
    if abuse.reported:
        return support
    cues = {hit.cue for hit in abuse.hits if not hit.learned and hit.kind is AbuseKind.THREAT}
    if support.level is not SupportLevel.CRISIS:
        # « si tu m'insultes encore je te refais la mâchoire »: the condition of a threat15 menace, not help
        if (
            support.help_request
            and any(cue.endswith("_threat15") for cue in cues)
            and IF_YOU_AGAIN_threat15.search(chat.forms) is not None
        ):
            return SupportReading(signs=support.signs, lowered_by=(*support.lowered_by, "threat"))
        return support
    menace_only = all(sign.category in _MENACE_CATEGORIES_threat13 for sign in support.signs)
    if support.immediate and not menace_only:
        return support
    if not any(cue in _TOLD_threat15 or cue.startswith("kys_") for cue in cues):
        return support
    own = abuse.own_words if abuse.own_words is not None else chat.forms
    own = _FRAMING_threat15.sub(" ", _REFUSED_threat11.sub(" ", own)).strip()
    words = own.split()
    if not _SINGULAR_threat13.isdisjoint(words) or _INNER_threat13.search(own) is not None:
        return support
    named = not _READER_threat13.isdisjoint(words) or bool(chat.mentions)
    if not named and _IMPERATIVE_threat15.search(own) is None:
        return support
    return SupportReading(signs=support.signs, lowered_by=(*support.lowered_by, "told_to_die"))


def _threat_over_support(support: SupportReading, abuse: AbuseReading, chat: Chat) -> SupportReading:
    """A threat (or hate) the rules found, in the author's own words, outweighs what the support rules hear in
    those same words: a member told to die, menaced or piled on is not the author's crisis, and a threat is
    not a member asking for help. Three readings, in this order, each on the reading the one before left:

    * ``_told_to_die_or_threatened_threat11``: crisis heard in death told to the reader ("kys", "suicide is
      your best option") with the reader named and no first person left; distress or a help request heard in
      a threat11 row aimed at the reader, the author not the one threatened;
    * ``_method_or_menace_told_threat12``: a threat12 row with the reader named: a method or a death told
      ("take all your pills and be done with it", the author's "i mean it" set aside), a menace whose only
      signs are intent, time, place or means, or the distress or help request its words raise;
    * ``_crisis_in_threat_or_hate_threat13``: crisis only: death told to the reader (a wider set of rows, the
      author's framing and a refused "kill myself" set aside, no first person singular left, not the author's
      own mind saying it), a menace where the author is the one who comes, a pile-on called against a third
      person or hate about a group.

    A lowered reading keeps its signs, adds "told_to_die" or "threat" to ``lowered_by`` and is at level none
    (no help request, no immediate danger), which the readings after it leave as it is. Reported abuse is
    never lowered, nor the detector's "immediate" danger (the third reading excepted, when every sign is a
    menace's own), nor a member who speaks of themselves."""
    support = _told_to_die_or_threatened_threat11(support, abuse, chat)
    support = _method_or_menace_told_threat12(support, abuse, chat)
    support = _crisis_in_threat_or_hate_threat13(support, abuse, chat)
    return _told_framed_threat15(support, abuse, chat)


class Judge:
    """Holds the learned cue weights (read once per process from ``cue_weights.json`` when the first judge
    is made, at start-up rather than on the first message); an object so that a policy can tune it later.

    The live bot reads a public message twice, in the moderation pipeline and in the help listener (two
    extractors that the import contracts keep apart): the last ``RECENT`` judgements are kept per process,
    keyed by the text, the reply flag and the weights (a pure function of those), so the second reader gets
    the first one's. ``recent=False``: always compute (the benchmark's cold figures)."""

    def __init__(self, *, recent: bool = True) -> None:
        self._cues = cue_model()
        self._abuse_cues = abuse_cues()
        self._joint = JointCues(self._cues, self._abuse_cues)
        self._weights = (self._cues, self._abuse_cues)
        self._recent = recent

    def judge(self, text: str, *, reply: bool = False) -> Judgement:
        if not self._recent:
            return self._judge(text, reply)
        key = (text, reply)
        found = _recent.get(key)
        if found is not None and found[0] == self._weights:
            return found[1]
        judgement = self._judge(text, reply)
        with _recent_lock:
            _recent[key] = (self._weights, judgement)
            if len(_recent) > RECENT:
                del _recent[next(iter(_recent))]  # the oldest (dicts keep insertion order)
        return judgement

    def _judge(self, text: str, reply: bool) -> Judgement:
        chat = read(text, reply=reply)
        abuse = assess_abuse(chat)
        rules = assess_support(chat)
        if abuse.hits or rules.level is SupportLevel.CRISIS:  # neither learned reading applies
            support = lift(
                chat,
                _threat_over_support(_hate_over_distress(rules, abuse), abuse, chat),
                abusive=bool(abuse.hits),
                model=self._cues,
            )
            return self._with_report(chat, support, learned_abuse(chat, abuse, support, self._abuse_cues))
        # both learned readings' scores in one pass over the features, computed once for both
        support_scores, abuse_scores = self._joint.scores(chat, features(chat))
        crisis, help_, other = support_scores
        *kinds, not_abuse = abuse_scores
        top = max(range(len(kinds)), key=kinds.__getitem__)  # the kind ``learned_abuse`` would read
        if (
            Gate.enabled  # off (``_requires.ungated``): the reference path, always through both readers
            and crisis - max(help_, other) < _LOWEST_CRISIS_LIFT
            and help_ - max(crisis, other) < DISTRESS_FROM_NONE
            and kinds[top] - not_abuse < REVIEW_FLOOR[top]
        ):
            # the margins ``lift`` and ``learned_abuse`` compute, from the same scores, are all below
            # their thresholds: both would return their reading unchanged
            return self._with_report(chat, rules, abuse)
        support = lift(chat, rules, abusive=False, model=self._cues, scores=support_scores)
        abuse = learned_abuse(chat, abuse, support, self._abuse_cues, scores=abuse_scores)
        return self._with_report(chat, support, abuse)

    def _with_report(self, chat: Chat, support: SupportReading, abuse: AbuseReading) -> Judgement:
        """The judgement, with words someone else said read for abuse when nothing else was found
        (``_cues.learned_report``, whose own guards make only messages with reported words pay for it)."""
        return Judgement(chat, support, learned_report(chat, abuse, support, self._abuse_cues))
