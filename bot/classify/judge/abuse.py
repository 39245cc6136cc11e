"""Directed insults, hate, threats and exposure threats; reported speech and self-talk set apart.

How a message is read (``assess_abuse``):

1. **Gate.** Every token's form and lemma is looked up in one set of trigger words (insults, slurs,
   groups, violence and exposure verbs, the anchors of the fixed phrases). Ordinary chat meets none and
   costs a few set lookups. Obfuscation the normaliser left behind (letters spaced out across words,
   masked ``f*ck``, enclosed letters) is undone first, only when the raw text shows it.
2. **Own words and reported words.** Tokens the normaliser marked as quoted or reported, plus the rest of
   the message after a reporting construction it does not know ("has been calling me", « s'est fait
   traiter de »), are someone else's words: they never count. Abuse found there — vocabulary, or the
   detectors run on the span with its first person turned into the second ("told me to kill myself" ->
   "kill yourself") — sets ``reported``: the member is reporting abuse, a help request. Naming abuse
   ("slurs", "death threats", « des menaces ») sets it too.
3. **Rules** over the author's own tokens (index windows) and their space-joined forms (regular
   expressions with token gaps, each tried only when one of its anchor words is present):

   * directed insult: an insult word with an addressee (second person, a mention, a reply, an imperative)
     and no nearer first- or third-person subject; weak words ("nul", "trash", "stupid") only count in a
     "you are (a) ..." construction; negation cancels ("you're not stupid", but « tu n'es qu'un con »
     stays); the same words about oneself set ``self_talk`` and never hit;
   * hate: a slur, or a group (origin, religion, gender, sexuality, disability, illness) with a
     generalising or dehumanising predicate or demand;
   * threat: first-person intent + violence + a second-person target, unless a game is the context and
     nothing points at the real world; "kill yourself" in every spelling; exposure threats (address,
     workplace, hospital, diagnosis, IP, doxxing, swatting).

Every hit carries a cue: the rule id and, for lexicon rules, the lexicon entry (never the raw text).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Literal

from bot.classify.judge import _abuse_lexicon as lex
from bot.classify.judge import _abuse_rules as rules
from bot.classify.judge._derived import requirement, starts
from bot.classify.judge._requires import Gate
from bot.classify.judge._support_rules import (
    CURSED_ILLNESS,
    ILLNESS_NOUN,
    CURSED_ILLNESS_support12,
    ILLNESS_SUFFIXES_support12,
)
from bot.classify.judge.chat import (
    ECHO,
    EMOJI_WORDS,
    LOOKALIKE,
    LOOKALIKES,
    Chat,
    Token,
    emoji_as_words,
    read,
)
from bot.classify.judge.lemmas import is_known
from bot.classify.normalize import fold
from bot.domain.signals import AbuseHit, AbuseKind, AbuseReading

__all__ = ["assess_abuse"]

_I, _H = AbuseKind.INSULT, AbuseKind.HATE
_EMPTY = AbuseReading()
_ws = rules.ws

# --------------------------------------------------------------------------------------------------------
# Person markers and small word classes (forms as the normaliser writes them: "t'es" -> "t es",
# "you're" -> "you are", "ur" -> "your", "chui" -> "je suis").
# --------------------------------------------------------------------------------------------------------

SECOND = _ws(
    "tu t te toi vous vs ti ta ton tes votre vos you u ya ye yall your ur yours youre yourself urself "
    "thou imagine"
)
SECOND_SUBJ = _ws("tu t ti vous vs you u ya ye yall ur youre your tes imagine")
FIRST_SUBJ = _ws("je j jsuis chui chuis suis moi me m i im myself we nous on ourselves am")
FIRST_POSS = _ws("my mon ma mes notre nos our mine")
THIRD = _ws(
    """
    il elle ils elles he she it its this that they them him her his those these ce cet cette ces c ca
    cela lui leur leurs eux lag boss game jeu server serveur map patch dude guy mec gars meuf chick
    everyone personne nobody someone quelqu bot bots
    """
)
COPULA = _ws(
    """
    es e est etes et etais etait serais seras sera sois soit are r re is was were be been being am look looks
    lookin looking sound sounds act acting seem seems fais fait reste restes deviens devient become
    """
)
NEGATION = _ws("pas not never no n nt isnt arent aint ain wasnt werent jamais point don")
RESTRICT = _ws("qu que only but")
FILLER = _ws(
    """
    vraiment trop tellement tellment tlm tjrs toujours juste franchement grave completement totalement qu
    que un une des le la les l d de du plus si so such a an the fucking fuckin fking fkn freaking frickin
    really rly literally actually just truly totally absolutely complete total absolute utter actual
    real big biggest huge massive little lil tiny most more mega super hyper gros grosse grand grande
    petit petite vieux vieille sale sales pauvre pauvres sombre espece bande ptn putain sacre sacree vrai
    vraie bon bonne gigantesque immense like kinda sorta certified one of ever pire worst dumbest
    bunch lot pile tas or ou
    stupidest clearly obviously officially definitely seriously srsly serieux deja encore honestly tbh
    ngl genre style bien assez quel quelle quels quelles what as pretty damn damned bloody tres ptit that
    petits petites full on complet mais alors nothing but 1 this much being etre walking literal
    absolue absolu total totale fini finie certifie vieil gros grosses
    """
)
# Round 31 (insult helper 6): Québec « t'es donc ben épais », Belgian « t'es une fameuse babelutte », pidgin
# "you dey mumu" (the copula of West African pidgin).
FILLER = FILLER | _ws("donc ben fameux fameuse sacrement genuinely")
COPULA = COPULA | _ws("dey ete devenu devenue devenus devenues")
VOCATIVE = _ws("you u ya ye toi espece bougre bande pauvre pauvres sombre imagine sale sales")
VOCATIVE = VOCATIVE | _ws("ostie osti hostie estie esti")  # round 31: Québec « ostie de cave »
VOCATIVE = VOCATIVE | _ws("sal")  # insult8: « sal autiste de merde », « sal con » (« sale » in SMS)
IMPERATIVE = _ws(
    "va vas ferme fermes tais taisez tg ftg degage degages casse barre tire stfu shut gtfo piss listen "
    "ecoute ecoutes bouge leave quit arrete arretes stop"
)

STRONG = lex.STRONG_INSULT
WEAK = lex.WEAK_INSULT
INSULT_WORDS = STRONG | WEAK
SLURS = lex.SLURS
GROUPS = lex.GROUPS
SINGLE = frozenset(w for w in STRONG | WEAK | SLURS | GROUPS if " " not in w)
MULTI_INSULTS = tuple(sorted((w for w in INSULT_WORDS if " " in w), key=lambda w: (-len(w), w)))
MULTI_SLURS = tuple(sorted((w for w in SLURS if " " in w), key=lambda w: (-len(w), w)))
MULTI_GROUPS = tuple(sorted((w for w in GROUPS if " " in w), key=lambda w: (-len(w), w)))


_COMMON_IN_PHRASES = _ws(
    """
    bonne bon petite petit gros grosse vieux vieille pauvre sale tete face fils fille piece waste good nothing
    little sombre espece attention pain mal trou sac nul chier enfant type mec like the for a an of in de d l
    un une des du la le les et to my your ton ta rien shit
    """
)


def _key_word(phrase: str) -> str:
    """The word a multi-word entry is looked up by: its longest uncommon word."""
    words = phrase.split()
    rare = [w for w in words if w not in _COMMON_IN_PHRASES]
    return max(rare or words, key=len)


_MULTI_INDEX: dict[str, tuple[str, ...]] = {}
for _phrase in MULTI_INSULTS:
    _MULTI_INDEX[_key_word(_phrase)] = (*_MULTI_INDEX.get(_key_word(_phrase), ()), _phrase)
_MULTI_HEADS = frozenset(_key_word(w) for w in MULTI_INSULTS + MULTI_SLURS + MULTI_GROUPS)
_SLUR_KEYS = frozenset(_key_word(w) for w in MULTI_SLURS)
_GROUP_KEYS = frozenset(_key_word(w) for w in MULTI_GROUPS)
_PHRASE_INDEX: dict[str, tuple[int, ...]] = {}
for _n, _row in enumerate(rules.PHRASES):
    for _w in _row[2]:
        _PHRASE_INDEX[_w] = (*_PHRASE_INDEX.get(_w, ()), _n)
_HATE_TRIGGERS = (
    frozenset(w for w in SLURS if " " not in w)
    | frozenset(w for w in GROUPS if " " not in w)
    | _SLUR_KEYS
    | _GROUP_KEYS
    | _ws("retard retards sale sales dirty filthy bande people persons folks gens personnes ceux")
    | frozenset().union(*(r[2] for r in rules.HATE_RULES if r[2] is not None))
    | {ECHO}
)

# Everything the gate lets through.
_GATE = (
    SINGLE
    | _MULTI_HEADS
    | rules.ANCHORS
    | _ws(
        "retard retards slur slurs word habitais habite harcelement harassment told called traiter insulter"
    )
)

# Words that mark abuse in someone else's words (broader than what we act on: a report needs no care).
# Unambiguous abuse vocabulary: found in someone else's words, it is abuse reported. Weak words and violence
# count through the detectors run on the span turned to the second person, or after a naming verb.
_REPORTED_WORDS = frozenset(w for w in STRONG | SLURS if " " not in w) | _ws(
    """
        kys unalive fdp tg ftg ntm stfu gtfo dox doxx doxxed swat swatted leak leaked mongol mongols retard
        retards pute salope simulatrice simulateur faker slut whore aborted avorte crevasses
        """
)
_NAMED_WORDS = INSULT_WORDS | _ws(
    "folle fou hysterique grosse gros fat crazy psycho mental nutjob mongol boiteuse boiteux infirme "
    "infirmes "
    "estropie estropiee cripple crip gimp legume sourdingue handicapee handicape "
    # round 24: animal names thrown at a person, « mère indigne »
    "monkey monkeys singe singes ape apes gorilla gorille gorilles indigne indignes unfit"
)
_NAMING = _ws(
    """
    called calls calling callin call named labeled labelled traite traitee traites traiter traitait traitent
    appelle appellent appele appelee appeler surnomme surnommee qualifie qualifiee insulte insultee insulter
    """
)
# A third person's violence against the author, told by the author.
_TOLD_TO_DIE = re.compile(
    r"(?<![^ ])(?:told me to|tells me to|telling me to|told me i should|said i should|says i should|"
    r"m a dit de|m a dit d|me dit de|me disent de|m ont dit de|m a conseille de|m a demande de|"
    r"m a dit que je devrais|m a dit d aller|dit d aller|told me to go) "
    r"(?:go |just |aller |va )?(?:me |m |myself )?(?:kill myself|die|hang myself|end it|end myself|unalive|"
    r"neck myself|off myself|suicider|tuer|pendre|mourir|crever|disparaitre|jeter d un pont|"
    r"foutre en l air)(?![^ ])"
)
_THEIR_THREAT = re.compile(
    r"(?<![^ ])(?:he|she|they|someone|somebody|il|elle|ils|elles|on|quelqu un|qqn|@user)(?: \S+){0,3} "
    r"(?:would|will|d|is going to|was going to|were going to|gonna|allait|allaient|va|vont|voulait|veut|"
    r"voulaient|"
    r"threatened to|threatens to|menace de|a menace de|m a menace de) (?:come and |venir )?"
    r"(?:(?:kill|hurt|beat|find|rape|stab|shoot|visit|dox|swat|leak|expose)(?: me| my)"
    r"|(?:\S+ ){0,5}(?:me|m) (?:tuer|buter|frapper|retrouver|violer|defoncer|casser|trouver|taper|egorger|"
    r"planter|doxx|exposer|peter|eclater|bruler|poignarder)"
    r"|(?:trouver|retrouver|chercher|choper|balancer|publier|leaker|poster) (?:mon|ma|mes) "
    r"(?:adresse|ip|nom|vrai nom|photos|nudes|infos|diagnostic|dossier)"
    r"|(?:balancer|publier|exposer|leaker) (?:mon|ma|mes)"
    r"|(?:envoyer|montrer|balancer|publier|poster|diffuser|donner|send|show|post|leak|share|publish|"
    r"give out) (?:mes|my) (?:photos|nudes|pics|videos|messages|dossier|diagnostic|diagnosis|records|adresse|"
    r"address|real name|name|town|city|school|workplace|phone number|number|face|vrai nom|nom|ville|"
    r"numero|ecole)"
    r"|(?:m|me) (?:attendrait|attendra|attend|attendait) (?:a la sortie|devant|dehors|chez moi))(?![^ ])"
)
# Naming abuse is reporting it.
_REPORT_NOUNS = _ws(
    """
    slur slurs insults insulting insulted harassment harassing harassed harasses bully bullied bullying
    threats threatened threatening threatens doxxed doxed swatted racist racism homophobic transphobic
    sexist ableist misogynist menace menacee menaces menacent menacer menacant harcele harcelee
    harcelement harcelent harceler insulte insultee insultes insultent insulter intimidation intimide
    intimidee racisme raciste homophobe transphobe sexiste validiste reportable signalable
    """
)
_GATE = _GATE | _REPORT_NOUNS | _ws("myself deteste hais degoute") | {ECHO}
_REPORT_PHRASES = re.compile(
    r"(?<![^ ])(?:n word|the n|the and word|an and word|mot en n|le n word|r word|f word|f slur|hard r|"
    r"death threat|death threats|"
    r"menaces de mort|menace de mort|got told|get told|getting told|been told|got called|get called|"
    r"getting called|been called|being called|was called|se fait traiter|s est fait traiter|se font traiter|"
    r"me fais traiter|me suis fait traiter|fait traiter|fait insulter|fait menacer|fait harceler|"
    r"posted my|leaked my|shared my|published my|balance mon|balance ma|balance mes|publie mon|publie ma|"
    r"a poste mon|a poste ma|a partage mon|a leak mon|a leak ma|trouve mon adresse|found my address|"
    r"knows where i live|sait ou j habite|savait ou j habitais|sait ou j habitais|told everyone about my|"
    r"told everyone my|a dit a tout le monde que je|a dit a tout le monde que j|shared my diagnosis|"
    r"posted my diagnosis|"
    r"outed me|m a outee|m a oute|sent me my own|sent me my address|m a envoye mon adresse|knows my address|"
    r"connait mon adresse|has my address|a mon adresse|"
    r"(?:sait|savait|knows|knew|connait|connaissait) (?:ou|where) (?:je|j|i) (?:\S+)|"
    r"(?:sait|savait|knows|knew|connait|connaissait) (?:mon|ma|mes|my) "
    r"(?:lycee|ecole|school|college|fac|taf|travail|"
    r"boulot|work|adresse|address|hopital|hospital|psy|therapist|horaires|schedule)|"
    r"(?:calling|called|calls|call) me it|"
    r"(?:propose|proposed|suggested|offered|a propose|a suggere|talked about|talking about) (?:de |to )?"
    r"(?:donner|balancer|publier|poster|leaker|give out|post|leak|share|find|trouver) (?:mon|ma|mes|my) "
    r"(?:adresse|address|nom|vrai nom|real name|numero|number|photos|ville|town)|"
    r"(?:m appelle|m appellent|m a appele|m a appelee|m appeler) ca)(?![^ ])"
)

# Reporting told after the words received ("kys is what everyone at school says to me", "... that's what I
# got after the match", « ... c'est ce qu'il m'a écrit »): what comes before is reported.
_REPORT_BEFORE = re.compile(
    r"(?<![^ ])(?:"
    r"(?:that s|thats|this is|which is) what (?:i got (?:after|from|in|on|yesterday|today|last)|i was told|"
    r"i received|they said|he said|she said|they sent me|he sent me|she sent me)"
    r"|c (?:est )+ce (?:qu on m a|qu il m a|qu elle m a|qu ils m ont) (?:dit|ecrit|envoye)"
    r"|(?:is|s|was) what (?:everyone|everybody|they|people|ppl|kids|he|she|someone|the others|guys) "
    r"(?:\S+ ){0,3}(?:says|said|say|tells|told|tell|keep saying|keeps saying|call|calls|called|write|writes) "
    r"(?:to )?me"
    r")(?![^ ])"
)

# The reporting constructions the normaliser does not mark; the rest of the message is reported.
_REPORT = re.compile(
    r"(?<![^ ])(?:"
    # "we are posting your address", "I was messaging everyone": the author's own doing, not a report
    r"(?<!we )(?<!i )"
    # threat9: the reader's own doing ("you keep posting", "u are commenting") is no report: with "you" as
    # the subject only a verb aimed at the author reports (the branch after this one)
    r"(?<!you )(?<!u )(?<!ya )"
    r"(?:has|have|had|is|are|was|were|been|keeps|kept|still|n arrete pas de|arrete pas de|continue de|"
    # "keep" with its subject only: a bare "keep posting and I'll..." is an imperative, not a report
    r"(?:(?<=they )|(?<=people )|(?<=ppl )|(?<=users )|(?<=guys )|(?<=he )|(?<=she )|(?<=them ))keep|"
    r"continue a|continuent de|n arretent pas de|arretent pas de) (?:been )?(?:calling|callin|telling|tellin|"
    r"sending|sendin|saying|sayin|spamming|writing|messaging|dming|pinging|yelling|screaming|shouting|"
    r"whispering|typing|replying|replyin|posting|commenting|m appeler|me traiter|m envoyer|me dire|m ecrire|"
    r"m insulter|me menacer|me harceler)"
    r"|(?:(?<=you )|(?<=u )|(?<=ya ))(?:keep|kept|keeps|are|were|have been|has been|been|still)(?: been)? "
    r"(?:calling|callin|telling|tellin|sending|sendin|saying|sayin|spamming|writing|messaging|dming|pinging|"
    r"yelling|screaming|shouting|whispering|replying) (?:me|us|to me)"
    r"|(?:someone|somebody|a user|a player|people|some guy) (?:tells|told|says|said|writes|wrote|sends|sent|"
    r"dms|messages) (?:you|u|me)"
    r"|(?:a user|someone|somebody|this user|the user|a member|some guy|un membre|quelqu un|un mec) "
    r"(?:said|says|wrote|posted) (?:that )?(?:my|i|i m|i am|mon|ma|mes)"
    r"|(?:was|were|got|been|get|getting|i was|i got) told to|on m a dit de|"
    r"|(?:dey|de|don dey|dey keep|keep|kept|go) (?:call|calling|yab|curse|abuse|insult) (?:me|us)"
    r"|(?:calling|callin|called|calls|told|tellin|telling|sent|sending|messaged|dmed|dm d|texted|yelled at|"
    r"screamed at|threatened|labeled|labelled|named) (?:me|us)"
    r"|(?:ki|qui|il|elle|ils|elles|on|qqn|quelqu un|mec|gars|type|meuf|personne|membre|joueur) "
    r"(?:m|me|nous) (?:insulte|insultent|traite|traitent|appelle|appellent|menace|menacent|harcele|harcelent|"
    r"ecrit|ecrivent|envoie|envoient|dit|disent|balance|balancent|sort|sortent|souhaite|souhaitent|spam|"
    r"spamme|spamment)"
    r"|m a (?:insulte|insultee|menace|menacee|harcele|harcelee|souhaite|appele|appelee|balance|sorti|lache)"
    r"|(?:ma|m a) (?:traiter|traite|traitee|insulter|insulte|dit|ecrit|appele|appeler)"
    r"|(?:someone|somebody|he|she|they|this guy|a guy|people|@user) "
    r"(?:tell|tells|tellin|telling|say|says) (?:me|to me)"
    # threat9: "in dms" reports only what came to the author (« il m'écrit … en mp »), never « tout le
    # monde en mp » nor « je te réponds en mp »
    r"|(?:me|m|moi|nous|us|my|mes|mon|ma)(?: \S+){0,6} (?:in|dans|en|par) "
    r"(?:dm|dms|mp|mps|pm|pms|prive|private)"
    r"|(?:on m a envoye|on m envoie)"
    # threat10: "everything you posted", « tout ce que tu as écrit »: the reader's words named as a whole
    # (kept, collected), not a quotation introduced
    r"|(?<!everything you )(?<!everything u )(?<!all you )(?<!all u )(?<!whatever you )(?<!que tu as )"
    r"(?<!que t as )"
    r"(?:wrote|writes|typed|posted|commented|a ecrit|ecrit|a poste|a commente|m a repondu|on m a repondu|"
    r"a recu|"
    r"ai recu|received|got messages|getting messages|get messages|got a message|got dms|getting dms)"
    r"(?: (?:saying|telling me|qui disent|disant|like|that|que))?"
    r"|replied(?: \S+){0,6} with"
    r"|(?:raconte|racontent|dit|disent|tells|told|telling|says|said) "
    r"(?:a tout le monde|everyone|partout|people) (?:que|that)"
    # hate11: what someone "just" said or wrote (« il vient de me dire de … », « il vient d'écrire que … »)
    # and mockery of the author's own accent or looks (« ils se moquent de mon accent … »): reported
    r"|(?:vient|viennent|venait|venaient) (?:de|d) (?:me |m |nous )?(?:dire|ecrire|traiter|insulter|envoyer|"
    r"balancer|sortir|poster|repondre|lacher)(?: que| qu)?"
    r"|(?:se moquent|se moque|se moquaient|se moquait|se foutent|se fout|se foutaient|se foutait) "
    r"(?:de|d) (?:mon|ma|mes|moi|nous|notre|nos)"
    r"|(?:make|makes|making|made|makin) fun of (?:my|me|us|our)"
    r"|(?:mock|mocks|mocking|mocked|laugh at|laughs at|laughing at|laughed at) (?:my|our)"
    r")(?![^ ])"
)

# Words received as a kind of message ("getting kys spam in DMs", "i keep getting 'die' comments"): the words
# between the receiving verb and the message noun are someone else's.
_RECEIVED = re.compile(
    r"(?<![^ ])(?:getting|get|got|receiving|receive|received|recois|recoit|recu|recus|ai recu|prends|prend) "
    r"((?:\S+ ){0,3}?\S+) (?:spam|spams|spammed|messages|message|msgs|msg|dms|dm|mps|mp|comments|comment|"
    r"commentaires|replies|texts|pings|whispers)(?![^ ])"
)

_REPORT_ANCHORS = _ws(
    """
    replying replyin posting commenting said says call
    calling callin telling tellin sending sendin saying sayin spamming writing messaging dming pinging yelling
    screaming shouting whispering typing appeler traiter envoyer ecrire insulter menacer harceler called calls
    told sent messaged dmed dm texted yelled screamed threatened labeled labelled named insulte insultent
    traite
    traitent appelle appellent menace menacent harcele harcelent ecrit ecrivent envoie envoient dit disent
    balance balancent sort sortent souhaite souhaitent spam spamme spamment insultee menacee harcelee appele
    appelee sorti lache dms mp mps pm pms prive private dire wrote writes typed posted commented ecrit poste
    vient viennent venait venaient moquent moque moquaient moquait foutent fout foutaient foutait fun mock
    mocks mocking mocked laugh laughs laughing laughed
    commente repondu recu received got getting get raconte racontent replied tells says said receiving
    receive recois recoit recus prends prend
    """
)
# fa14: the reporting constructions the rows above missed (``rules.REPORT_fa14``: told in the passive, a
# message named by where it came or whose it is, a verb of saying loud or low aimed at the author)
# (searched apart, and only where the old ones find nothing: the big pattern is not made bigger)
_REPORT_fa14 = rules.REPORT_fa14
_REPORT_ANCHORS_fa14 = rules.REPORT_ANCHORS_fa14

# --------------------------------------------------------------------------------------------------------
# Obfuscation the normaliser left: spaced letters across word boundaries, masks, enclosed letters.
# --------------------------------------------------------------------------------------------------------

_SPACED = re.compile(r"(?<![a-zA-Z0-9])[a-zA-Z0-9][ .\-_*,/|]{1,3}[a-zA-Z](?![a-zA-Z0-9])")
_DIGIT = re.compile(r"[0-9]")
_ENCLOSED_RE = re.compile("[\U0001f150-\U0001f189\U0001f1e6-\U0001f1ff]")
_SYMBOLS = re.compile(r"[^\W_][|@$€!*©+†¥]+[^\W_]|[^\W_]\*|\*[^\W_]")
_CAPITAL_I_AS_L = re.compile(
    r"(?<=[a-z])I{2,}|(?<=[a-z]{2})I(?![A-Za-z])"
)  # "kiII", "fooI": I for l (not "LinkedIn")


def _suspect(text: str, tokens: Sequence[Token]) -> bool:
    """Cheap signs of obfuscation the normaliser may have left."""
    if _SPACED.search(text) is not None:
        return True
    if _DIGIT.search(text) is not None:
        for t in tokens:
            form = t.form
            if not form.isalpha() and not form.isdigit() and form.translate(_LEET_I) in _LEET_VOCAB:
                return True
        # short ones the normaliser reads as words ("0ut", "th3") still show that the message is in leet
        for word in _SHORT_MIXED.findall(text.lower()):
            if word.translate(_LEET_I) in _LEET_VOCAB:
                return True
    if not text.isascii() and _ENCLOSED_RE.search(text) is not None:
        return True
    if "I" in text and _CAPITAL_I_AS_L.search(text) is not None:
        return True
    if not text.isascii() and _LOOKALIKE_RE.search(text) is not None:
        return True
    forms = frozenset(t.form for t in tokens)
    if not _REVERSED_GATE.isdisjoint(forms) or not _MISSPELT_KEYS_INSULT9.isdisjoint(forms):
        return True
    if len(tokens) <= 14 and not _REVERSED_SMALL_INSULT9.isdisjoint(forms) and _reversed_words(tokens):
        return True
    if "\U0001f595" in text and _FINGER_INSULT9.search(text) is not None:
        return True
    if not text.isascii() and _PICTO_IN_WORD_INSULT9.search(text) is not None:
        return True
    if "=" in text and _EQUALS_INSULT9.search(text) is not None:
        return True
    if _cut_anywhere_insult9([t.form for t in tokens]):
        return True
    if ("." in text or "-" in text) and any(
        _joined_word(m) != m.group(0) for m in _JOINED_PARTS.finditer(text.lower())
    ):
        return True
    if (
        "|" in text
        or "@" in text
        or "$" in text
        or "€" in text
        or "!" in text
        or "*" in text
        or "©" in text
        or "+" in text
        or "†" in text  # insult8: a dagger for a t (« autis†e »), a yen sign for a y ("k¥s")
        or "¥" in text
    ):
        return _SYMBOLS.search(_MENTION_OUT.sub(" ", text)) is not None
    return False


_MENTION_OUT = re.compile(r"<@[!&]?\d+>")
_SHORT_MIXED = re.compile(r"(?<![a-z0-9])(?:[0-9]+[a-z]{1,4}|[a-z]{1,4}[0-9]+)(?![a-z0-9])")
# Round 24 (issue 11): letters of other scripts that look Latin (« t'ℯs ᥙᥒ ᥴ᥆ᥒᥒᥲrd », "ΚΥЅ ΝΟW") and emoji
# written in place of a word ("🔪🩸 à bientôt", "🪢🪑 u know what to do", "toi = 🐷💩"): the normaliser's
# tables (``chat.LOOKALIKES``, ``chat.EMOJI_WORDS``), read in every message. A message showing a look-alike,
# or an emoji whose English word the gate knows, is read again with the emoji in English (the rules' emoji
# words); an emoji between letters ("c💀nt") is a masked letter.
_EMOJI_SUSPECT = "".join(emoji for emoji, (english, _french) in EMOJI_WORDS.items() if english in _GATE)
_LOOKALIKE_RE = re.compile(f"{LOOKALIKE.pattern}|[{_EMOJI_SUSPECT}]")
_EMOJI_IN_WORD = re.compile("(?<=[^\\W\\d_])[" + "".join(EMOJI_WORDS) + "\U0001f480](?=[^\\W\\d_])")
# Letters in black squares and circles (🅰..🆉, 🅐..🅩) are read by ``fold`` (``normalize._NEGATIVE_LETTERS``).
_ENCLOSED = {0xFE0F: None, **LOOKALIKES}
_RUN = re.compile(r"(?<![a-z0-9])[a-z0-9](?:[ .\-_*,/|]{1,3}[a-z0-9]){1,}(?![a-z0-9])")
_MIXED_ANY = re.compile(r"\b(?=[a-z0-9]*[a-z])(?=[a-z0-9]*[0-9])[a-z0-9]{2,}\b")
_MIXED = re.compile(r"\b(?=[a-z0-9]*[a-z])(?=[a-z0-9]*[0-9])[a-z0-9]{3,}\b")
_SEGMENT_WORDS = frozenset(
    {"you", "u", "ur", "are", "a", "an", "r", "re", "t", "es", "te", "ta", "to", "go", "i", "m", "is", "so"}
)


def _segment(run: str, vocab: frozenset[str]) -> list[str] | None:
    """Split a run of letters into known words (longest first), or None."""
    best: list[list[str] | None] = [None] * (len(run) + 1)
    best[0] = []
    for end in range(1, len(run) + 1):
        for start in range(max(0, end - 14), end):
            prev = best[start]
            if prev is None:
                continue
            word = run[start:end]
            if word in vocab or word in _SEGMENT_WORDS:
                cand = [*prev, word]
                cur = best[end]
                if cur is None or len(cand) < len(cur):
                    best[end] = cand
    return best[len(run)]


def _unmask(word: str) -> str:
    pattern = re.compile("".join("[a-z]" if c == "*" else re.escape(c) for c in word))
    for cand in _BY_LENGTH.get(len(word), ()):
        if pattern.fullmatch(cand):
            return cand
    return word.replace("*", "")


def _masked_insult9(match: re.Match[str]) -> str:
    """A word with letters masked ("c*nt"), leet digits read too (insult9: "p*d3", "m*sl1ms")."""
    word = match.group(0)
    if not word.strip("*"):
        return " "
    if not any(c.isalpha() for c in word):
        return word  # "5*3": arithmetic
    return _unmask(word.translate(_LEET_I) if any(c.isdigit() for c in word) else word)


_IN_WORD_SYMBOL = re.compile(r"(?<=[a-z0-9])[|@$€!©+†¥]+(?=[a-z0-9])")
_SYMBOL_LETTER = {"|": "l", "@": "a", "$": "s", "€": "e", "!": "i", "©": "c", "+": "t", "†": "t", "¥": "y"}
# insult8: a euro sign ending a word spelt with symbols (« m€rd€ », « d€g@g€ »): the word's last e
_FINAL_EURO_INSULT8 = re.compile(r"(?<=[a-z])€(?![a-z0-9])")


_LEET_I = str.maketrans("0134579@$", "oieastgas")
_LEET_L = str.maketrans("0134579@$", "oleastgas")


# Round 24 (issue 11): a message written backwards ("flesruoy llik og", « erdnep et av »): words that are
# no word forwards and a trigger word backwards. The whole message is read backwards.
_REVERSED_GATE = frozenset(
    w[::-1]
    for w in _ws("yourself urself kill kys pendre crever tuer idiot connard salope retarded stupid loser")
) | frozenset(rules.REVERSED_INSULTS)
# Round 31: the reader and the commonest insult words spelt backwards ("toidi na er'uoy", « telpmoc ezan sorg
# nu se't »): "uoy" and "ruoy" are no word of either language, nor are these.
_REVERSED_GATE = _REVERSED_GATE | frozenset(
    w[::-1] for w in _ws("you your naze complet debile abruti moron dumb ugly trash bitch whore pute idiote")
)


# insult9: any message written backwards, whatever its insult: two small words of either language that no
# language writes forwards ("eht", "dna", "uoy", « tse », « ud ») show it ("ruovaf a dlrow eht od dna eid").
_REVERSED_SMALL_INSULT9 = frozenset(
    w[::-1]
    for w in _ws(
        "the and you your that with this what when they about like just only never dont yourself "
        "est du les vous pour sont fait suis tes toi moi"
    )
) - _ws("ud sel")


# insult9: letters cut anywhere, not one by one ("yo u ar e tr as h go un inst all li fe"): most pieces are
# short and no word; the message's letters are joined and cut into the words the lists know, when that works
# whole.
_PIECES_INSULT9 = re.compile(r"[a-z]+")


_SHORT_WORDS_INSULT9 = _ws(
    "a i u y t m j l d s n c qu de le la les un en et ou ca se ce je tu il on ne me te ma ta sa au du des "
    "une of to in on at is it be we he me my no so do go an as or if up us ok oh the and you are for not "
    "but can was his her she him its our out all any who why how now yes lol mdr ptdr bon ben pas est sur "
    "par pour qui que moi toi lui nous vous mes tes ses son ton mon eux ils ont fait ya yo gg wp ez np ty "
    "pls plz"
)


def _cut_anywhere_insult9(forms: Sequence[str]) -> bool:
    if not 5 <= len(forms) <= 20:
        return False
    odd = sum(1 for f in forms if len(f) <= 3 and f not in _SHORT_WORDS_INSULT9 and f not in _GATE)
    return odd >= 3 and odd * 10 >= len(forms) * 3


def _resplit_insult9(text: str) -> str:
    pieces = _PIECES_INSULT9.findall(text)
    if not _cut_anywhere_insult9(pieces) or sum(len(p) for p in pieces) > 60:
        return text
    words = _segment("".join(pieces), _SEGMENT_VOCAB)
    if words is None or _GATE.isdisjoint(words):
        return text
    return " ".join(words)


# insult9: a slur or a strong insult misspelt at its end, by sound or a slip: the last letter doubled
# ("mongg"), a final e dropped (« negr »), a final d sounded t ("retart"), two letters swapped in a long word
# (« cnonard »). Only spellings no language writes.
_SLUR_STEMS_INSULT9 = _ws("retard retarded spastic mongol mongolien triso gogol")


def _misspelt_insult9() -> dict[str, str]:
    out: dict[str, str] = {}
    stems = lex.SLURS | STRONG | _SLUR_STEMS_INSULT9
    for word in sorted(w for w in stems if " " not in w and w.isalpha() and len(w) >= 4):
        spellings = [word + word[-1]]
        if word.endswith("e") and len(word) >= 5:
            spellings.append(word[:-1])
        if word.endswith("d"):
            spellings.append(word[:-1] + "t")
        if len(word) >= 6:  # two letters swapped (« cnonard »)
            spellings.extend(
                word[:k] + word[k + 1] + word[k] + word[k + 2 :]
                for k in range(len(word) - 1)
                if word[k] != word[k + 1]
            )
        for spelt in spellings:
            if spelt not in _GATE and not is_known(spelt, "fr") and not is_known(spelt, "en"):
                out.setdefault(spelt, word)
    return out


_MISSPELT_INSULT9 = _misspelt_insult9()
_MISSPELT_KEYS_INSULT9 = frozenset(_MISSPELT_INSULT9)


def _reversed_words(tokens: Sequence[Token]) -> bool:
    if any(t.form in _REVERSED_GATE for t in tokens):
        return True
    return len(tokens) <= 14 and sum(t.form in _REVERSED_SMALL_INSULT9 for t in tokens) >= 2


# insult9: a letter hidden by any pictograph between letters ("c🌵nt", "b🍑tch"), and a black-square letter
# added or put in place of another inside a word (« ba🅱️tard », « b🅱️ougnoules », "c🅾️nt"): the word is read
# as written, without the added letter, or with the hidden letter guessed, whichever the lists know.
_PICTO_CLASS_INSULT9 = "\u2600-\u27bf\U0001f300-\U0001faff"
_PICTO_IN_WORD_INSULT9 = re.compile(f"(?<=[^\\W\\d_])[{_PICTO_CLASS_INSULT9}]\ufe0f?(?=[^\\W\\d_])")
_PICTO_WORD_INSULT9 = re.compile(f"[^\\W\\d_]+(?:[{_PICTO_CLASS_INSULT9}]\ufe0f?[^\\W\\d_]+)+")


def _picto_word_insult9(match: re.Match[str]) -> str:
    """A pictograph between letters: a hidden letter when the lists know the word so read, else a space."""
    masked = _PICTO_IN_WORD_INSULT9.sub("*", match.group(0))
    found = _unmask(fold(masked))
    return found if found in _GATE else _PICTO_IN_WORD_INSULT9.sub(" ", match.group(0))


_ENCLOSED_WORD_INSULT9 = re.compile(
    "[^\\W\\d_]*(?:[\U0001f150-\U0001f169\U0001f170-\U0001f189]\ufe0f?[^\\W\\d_]*)+"
)
_ENCLOSED_ONE_INSULT9 = re.compile("[\U0001f150-\U0001f169\U0001f170-\U0001f189]\ufe0f?")
# insult9: "=" between words read as the verb it stands for (« les r0ms = d3s v0l3urs », "x = lazy b@st@rds")
_EQUALS_INSULT9 = re.compile(r"(?<=[^\W\d_])\s*=\s*(?=[^\W\d_<])")
# insult9: the middle finger written before the reader ("🖕 u & ur m0m", « 🖕 toi ») is the word it stands for
_FINGER_INSULT9 = re.compile(
    "\U0001f595[\U0001f3fb-\U0001f3ff\ufe0f]*\\s*(?=(?:u|you|ya|ur|your|toi|ta|ton|tes|vous|<@)(?![a-z]))",
    re.IGNORECASE,
)
_FRENCH_SIGNS_INSULT9 = _ws("les des le la sont est tous toutes ces ta ton tes toi t es une un du de et")


def _enclosed_word_insult9(match: re.Match[str]) -> str:
    word = match.group(0)
    letters = fold(word)
    if len(letters) == len(_ENCLOSED_ONE_INSULT9.sub("", word)) or letters in _GATE:
        return word  # a letter alone (« k 🅰️ y ») or a word the lists know as written
    dropped = fold(_ENCLOSED_ONE_INSULT9.sub("", word))
    if len(dropped) >= 3 and dropped in _GATE:
        return dropped
    masked = _unmask(fold(_ENCLOSED_ONE_INSULT9.sub("*", word)))
    return masked if masked in _GATE else word


def _deobfuscate(text: str) -> str:
    words = re.findall(r"[a-z]+", text.lower())
    if (len(words) <= 8 and any(w in _REVERSED_GATE for w in words)) or (
        len(words) <= 14 and sum(w in _REVERSED_SMALL_INSULT9 for w in words) >= 2
    ):
        text = text[::-1]  # a short message written backwards (a long one is not reread whole)
    if not text.isascii():
        text = _ENCLOSED_WORD_INSULT9.sub(_enclosed_word_insult9, text)
        text = _PICTO_WORD_INSULT9.sub(_picto_word_insult9, text)
    if "\U0001f595" in text:
        text = _FINGER_INSULT9.sub(
            lambda m: " nique " if text[m.end() : m.end() + 1].lower() == "t" else " fuck ", text
        )
    if "=" in text:
        french = not _FRENCH_SIGNS_INSULT9.isdisjoint(re.findall(r"[a-z]+", text.lower()))
        text = _EQUALS_INSULT9.sub(" sont " if french else " are ", text)
    text = _EMOJI_IN_WORD.sub("*", text) if not text.isascii() else text
    text = _CAPITAL_I_AS_L.sub(lambda m: "l" * len(m.group(0)), text)
    text = fold(emoji_as_words(text).translate(_ENCLOSED))
    text = _MENTION_OUT.sub(" <@0> ", text)
    text = _IN_WORD_SYMBOL.sub(lambda m: "".join(_SYMBOL_LETTER.get(c, c) for c in m.group(0)), text)
    text = _FINAL_EURO_INSULT8.sub("e", text) if "€" in text else text
    text = re.sub(r"[a-z0-9]*\*+[a-z0-9*]*", _masked_insult9, text)

    def unleet(match: re.Match[str]) -> str:
        word = match.group(0)
        for table in (_LEET_I, _LEET_L):
            plain = word.translate(table)
            if plain in _LEET_VOCAB:
                return plain
        return word

    text = _LEET_I_PRONOUN.sub("i", text)
    text = _JOINED_PARTS.sub(_joined_word, text)
    before = text
    text = _MIXED.sub(unleet, text)
    if text != before:  # one word spelt in digits: read the others ("j3 v41s t3 tu3r") the same way
        text = _MIXED_ANY.sub(lambda m: m.group(0).translate(_LEET_I), text)

    def despace(match: re.Match[str]) -> str:
        raw = re.sub(r"[^a-z0-9]", "", match.group(0))
        if sum(c.isalpha() for c in raw) < 2:
            return match.group(0)
        letters = raw.translate(_LEET_I)
        if len(letters) == 2:
            return letters if letters in SINGLE else match.group(0)
        words = _segment(letters, _SEGMENT_VOCAB)
        if words is None or not any(w in _GATE for w in words):
            return match.group(0)
        return " ".join(words)

    text = _RUN.sub(despace, text)
    text = _resplit_insult9(text)
    return re.sub(r"[a-z]{4,}", lambda m: _MISSPELT_INSULT9.get(m.group(0), m.group(0)), text)


# --------------------------------------------------------------------------------------------------------
# Rules over token windows.
# --------------------------------------------------------------------------------------------------------

_WINDOW_BEFORE = 7
_WINDOW_AFTER = 3


_ON_PARTICLE_INSULT8 = _ws("go come carry hold get move keep hang log going comes goes came went right")


def _person_before(forms: Sequence[str], i: int) -> tuple[str, int]:
    """The nearest person marker before token ``i`` in a short window: ("2"|"1"|"1p"|"3"|"", index)."""
    for j in range(i - 1, max(-1, i - 1 - _WINDOW_BEFORE), -1):
        w = forms[j]
        if w == "elle" and j and forms[j - 1] == "qu":
            continue  # "quelle" read as "qu'elle"
        if w == "on" and j and forms[j - 1] in _ON_PARTICLE_INSULT8:
            continue  # insult8: "go on then numpty", "come on you muppet": the English particle, not « on »
        if w in SECOND or w == "@user":
            return "2", j
        if w in FIRST_SUBJ:
            return "1", j
        if w in FIRST_POSS:
            return "1p", j
        if w in THIRD:
            return "3", j
    return "", -1


def _person_after(forms: Sequence[str], i: int) -> str:
    for j in range(i + 1, min(len(forms), i + 1 + _WINDOW_AFTER)):
        w = forms[j]
        if w == "elle" and forms[j - 1] == "qu":
            continue
        if w in SECOND_SUBJ or w == "@user" or w in ("toi", "vous"):
            return "2"
        if w in FIRST_SUBJ:
            return "1"
        if w in THIRD:
            return "3"
    return ""


def _negated(forms: Sequence[str], start: int, end: int) -> bool:
    """A negation between the marker and the word, not undone by "que" ("tu n'es qu'un ...")."""
    between = forms[start + 1 : end]
    if not any(w in NEGATION for w in between):
        return False
    return not any(w in RESTRICT for w in between)


_YOUR_AS_YOURE = _ws("such so a an really literally just actually fucking the truly totally une un")
# "tes chiens sont mignons", "your pigs are so cute": the word after the noun is its verb, so « tes » and
# "your" are the possessive, not "t'es" / "you're" misspelt
_NOUN_VERB = _ws("sont ont vont font etaient avaient seront is are was were has have look looks")


# Round 31: the perfect of the copula ("you have become", « t'as été », « tu es devenu »), and the nouns for a
# person that may stand between the copula and a weak insult (« une personne toxique »).
_AUXILIARY = _ws("have ve has had as a avez aviez avais")
_PERFECT = _ws("become been ete devenu devenue devenus devenues")
_PERSON_NOUNS = _ws("personne person human individu etre gars mec meuf type femme homme")


# insult8: « te » right before a weak insult is « t'es » misspelt unless a subject stands before it
# (« je te trouve nul », « il te croit con »).
_TE_OBJECT_INSULT8 = FIRST_SUBJ | THIRD | SECOND_SUBJ | _ws("qui que qu ca ils elles on ne n")


def _weak_construction(forms: Sequence[str], i: int) -> int:
    """For a weak insult at ``i``: the index of the second-person marker of a "you are (a) ..." or
    "you ..." construction reached through fillers (and at most one other word), or -1."""
    j = i - 1
    unknown = 0
    while j >= 0 and i - j <= 8:
        w = forms[j]
        if w in VOCATIVE or w == "@user":
            return j
        if (
            w in ("your", "ur", "youre", "tes", "yer")
            and unknown == 0
            and (i - j <= 3 or forms[j + 1] in _YOUR_AS_YOURE)
            and not (i + 1 < len(forms) and forms[i + 1] in _NOUN_VERB)
        ):
            return j  # "your stupid", "ur such a clown": "you're" misspelt (no noun in between)
        if (
            w == "te"
            and i - j == 1
            and (j == 0 or forms[j - 1] not in _TE_OBJECT_INSULT8)
            and not (i + 1 < len(forms) and forms[i + 1] in _NOUN_VERB)
        ):
            return j  # insult8: « te bete ou quoi », « te nul »: « t'es » misspelt, not the object pronoun
        if w in COPULA:
            k = j - 1
            while k >= 0 and (forms[k] in FILLER or forms[k] in NEGATION or forms[k] in COPULA) and j - k < 4:
                k -= 1
            if k >= 1 and forms[k] in _AUXILIARY and w in _PERFECT:
                k -= 1  # round 31: "you have become a …", « t'as toujours été une … »
                while k >= 0 and (forms[k] in FILLER or forms[k] in NEGATION) and j - k < 5:
                    k -= 1
            if k >= 0 and forms[k] in SECOND_SUBJ:
                return k
            return -1
        if w in FILLER or w in NEGATION or w in INSULT_WORDS:
            j -= 1
            continue
        if unknown == 0 and w in _PERSON_NOUNS and j and forms[j - 1] in _ARTICLES:
            unknown += 1  # round 31: « vous êtes une personne toxique », "you're a person so petty"
            j -= 1
            continue
        if unknown == 0 and w not in SECOND and w not in FIRST_SUBJ and w not in THIRD:
            unknown += 1
            j -= 1
            continue
        return -1
    return -1


_SELF_HATE_WORDS = _ws("myself deteste hais degoute ashamed disgusted")
_SELF_HATE = re.compile(
    r"(?<![^ ])(?:i (?:really |fucking |just |so )?(?:hate|despise|loathe|can not stand) myself|"
    r"i am (?:so )?(?:disgusted|ashamed) (?:with|of) myself|je me (?:deteste|hais|degoute|fais honte)|"
    r"j me (?:deteste|hais|degoute))(?![^ ])"
)
_THINGS = lex.GAME_CONTEXT | _ws("lag jeu game map patch serveur server bug appli app pc ordi tel phone")
_SEND_OFF = _ws("retourne retournez rentre go get shut stfu gtfo degage degagez casse barre dehors")
# Nouns that insult only with an article: « t'es victime de ... », "your joke had me dying", "your mistake"
_ARTICLE_ONLY = _ws("victime victimes joke jokes mistake mistakes failure failures")
_ARTICLES = _ws("une un qu a an such grosse gros vraie vrai pauvre petite petit")
# Round 31: weak nouns that are also things of the reader's ("your bobo", "your plastic bag", "your ode"):
# never an insult right after a possessive; "sit down, fraud" sends the reader off.
_NOT_AFTER_YOUR = _ws(
    "bobo bobos plastic plastics ode odes tanga fala diddy jobby chevre chevres savate savates enclume "
    "enclumes culchie culchies bottler bottlers"
)
_YOUR_POSS = _ws("your ur yer tes ton ta")
_SEND_OFF = _SEND_OFF | _ws("sit siddown")
_EXCLAIM = _ws("quel quelle quels quelles what such")
# insult8: a send-off right before a weak noun that ends the message ("you got 14th… sit down fraud", "log off
# loser", « ferme-la boulet »)
_SEND_OFF_PAIRS_INSULT8 = frozenset(
    (
        ("sit", "down"), ("log", "off"), ("shut", "up"), ("go", "away"), ("get", "out"), ("get", "lost"),
        ("tais", "toi"), ("ferme", "la"), ("casse", "toi"), ("barre", "toi"), ("taisez", "vous"),
        ("sors", "toi"),
        ("piss", "off"), ("back", "off"), ("bugger", "off"), ("sod", "off"),
    )
)  # fmt: skip


# Day 9: the author rebukes name-calling: "quit calling travellers vermin", « arrête de traiter les roms de
# vermine », "how dare you call refugees vermin". The insult word is what others say, not the author's words
# to the reader; a second-person word between the naming and the insult keeps the insult ("stop calling me
# names you idiot").
_CALLING = _ws("call calling called name naming label labelling labeling traiter traites traitez")
_CALLING |= _ws("appeler appelle appelles appelez qualifier")
_REBUKE_CALLING = _ws("stop quit not never dare arrete arretez cesse cessez cesser arreter plus jamais")
_YOU_BEFORE_INSULT = _ws("you u ya ur toi tu t vous")


def _rebuked_naming(forms: Sequence[str], i: int) -> bool:
    """The insult at ``i`` is the word of a name-calling the author rebukes (within five words after the
    naming verb, the rebuke within three words before it)."""
    for v in range(i - 1, max(-1, i - 6), -1):
        if forms[v] in _YOU_BEFORE_INSULT:
            return False
        if forms[v] in _CALLING:
            return any(w in _REBUKE_CALLING for w in forms[max(0, v - 3) : v])
    return False


def _intensified(forms: Sequence[str], i: int) -> bool:
    """A weak word made an insult by its intensifier ("ugly af", « moche de ouf »)."""
    nxt = forms[i + 1 : i + 3]
    return bool(nxt) and (
        nxt[0] in ("af", "asf", "af", "afff") or nxt in (["as", "fuck"], ["as", "hell"], ["de", "ouf"])
    )


# support15: a superlative of praise right before the word ("the best dog", "the goodest boy", « la meilleure
# des chiennes »): said to a pet or of one, praise; "worst dog", "dumbest dog" are not praise.
_PRAISE_support15 = frozenset(
    {"best", "goodest", "sweetest", "bravest", "loveliest", "kindest", "bestest", "meilleur", "meilleure"}
    | {"meilleurs", "meilleures"}
)


def _praised_support15(forms: Sequence[str], i: int) -> bool:
    """The word follows a superlative of praise, with « des » between in French."""
    if i >= 1 and forms[i - 1] in _PRAISE_support15:
        return True
    return i >= 2 and forms[i - 1] == "des" and forms[i - 2] in _PRAISE_support15


def _looked_at(forms: Sequence[str], i: int) -> bool:
    """ "look at this halfwit", « regardez-moi ce guignol »: pointing the channel at someone."""
    for j in range(i - 1, max(-1, i - 5), -1):
        w = forms[j]
        if w in ("this", "that", "ce", "cet", "cette", "ces", "these", "those"):
            before = forms[max(0, j - 2) : j]
            return bool(before) and (before[-1] in ("at", "regarde", "regardez", "moi") or "look" in before)
        if w in (
            "le",
            "la",
            "the",
        ):  # round 24: « le chat, regardez le guignol qui revient », "look at the clown"
            before = forms[max(0, j - 2) : j]
            return before[-1:] == ["regardez"] or before == ["look", "at"]
        if w not in FILLER and w not in INSULT_WORDS:
            return False
    return False


def _exclaimed(forms: Sequence[str], i: int) -> bool:
    """« quel abruti », "what an idiot": an exclamation at someone (no first or third person before)."""
    for j in range(i - 1, max(-1, i - 4), -1):
        w = forms[j]
        if w in _EXCLAIM or (w == "elle" and j and forms[j - 1] == "qu"):
            return True
        if w not in FILLER:
            return False
    return False


_AFFECTION = _ws(
    "aime adore jtm ily love bisous luv prefere preferee preferes preferees favourite favorite fav"
    " meilleur meilleure bff frerot frero buddy adorable mignon mignonne cute birthday anniversaire"
)


# Round 31: « ton meilleur défenseur », "your best mate": the reader's best player or thing is no affection.
_BEST = _ws("meilleur meilleure meilleurs meilleures")
_READER_POSS = _ws("ton ta tes votre vos your ur")


def _not_fond(words: Sequence[str]) -> frozenset[str]:
    """The affection words that only qualify something of the reader's (« t'as vendu ton meilleur
    défenseur »): every « meilleur » of the message after « ton », « ta », « votre »."""
    best = [i for i, w in enumerate(words) if w in _BEST]
    if best and all(i and words[i - 1] in _READER_POSS for i in best):
        return frozenset(words[i] for i in best)
    return frozenset()


# insult8: the vocative "ya" ("sit down ya mook", "behave ya divvy"), which the normaliser reads as
# « il y a »: « il y a » straight before a bare insult noun (no article) is no French; « qu'il y a »,
# « s'il y a » are.
_YA_NOT_VOCATIVE_INSULT8 = _ws("qu que qui s si quand car parce tant dans sur au aux en de d")


_HEY_INSULT9 = _ws("hey hei oi oy oye ohe wesh listen ecoute")
_HEY_FRIENDLY_INSULT9 = _ws("bitch bitches hoe hoes")  # "hey bitches, raid at 8": a greeting among friends


# insult11: « petite conne va », « pauvre con va »: an adjective, a weak noun and the closing « va »
_VA_ADJ_INSULT11 = _ws(
    "petit petite petits petites pauvre pauvres sale sales gros grosse vieux vieille espece"
)


def _no_insult_insult11(w: str, forms: Sequence[str], i: int) -> bool:
    """insult11 (round 58): the insult word is not one here. « lâche rien », « lâche pas »: the verb
    (don't give up); « t'es une bête en jdr », « un psychopathe de la précision », "a freak at
    aim": a noun with an article and a domain after it, praise (« une bête de foire », « une tarée de la
    tête », « bête en vrai » stay); "ur dog in that pic … he's perfect": the reader's pet, told by a
    picture, a pronoun or a fond word."""
    n = len(forms)
    nxt = forms[i + 1] if i + 1 < n else ""
    if w == "lache":
        return nxt in rules.LACHE_VERB_INSULT11 and (i == 0 or forms[i - 1] not in _ARTICLES)
    if w in rules.PRAISE_NOUNS_INSULT11 and i and forms[i - 1] in ("un", "une", "a", "an", "vrai", "vraie"):
        k = i + 1
        if nxt in ("de", "du", "d", "des", "en", "au", "aux", "at"):
            k += 1
            if k < n and forms[k] in ("la", "l", "le", "les") and nxt in ("de", "d"):
                k += 1
            return k < n and forms[k] not in rules.NOT_A_DOMAIN_INSULT11 and forms[k] not in INSULT_WORDS
        return False
    if w in rules.PETS_INSULT11 and i and forms[i - 1] in _YOUR_POSS:
        return not rules.PET_TOLD_INSULT11.isdisjoint(forms[i + 1 :])
    return False


def _insults(keys: Sequence[str], forms: Sequence[str], chat: Chat, hits: list[AbuseHit]) -> bool:
    """Directed insults by window; returns whether an insult word was about oneself (self-talk)."""
    self_talk = False
    n = len(forms)
    addressed = chat.reply or chat.mentions > 0
    imperative = any(w in IMPERATIVE for w in forms)
    # Teasing: weak words with affection, or with laughter about a game ("t'es nul à ce jeu mdr").
    loved = _AFFECTION - _not_fond(forms)
    affection = not loved.isdisjoint(forms) or (
        not _LAUGH.isdisjoint(forms) and not lex.GAME_CONTEXT.isdisjoint(forms)
    )
    # A strong word with both affection and laughter ("mdrr t'es un clown, j'adore"): teasing too.
    fond = not loved.isdisjoint(forms) and not _LAUGH.isdisjoint(forms)
    for i, w in enumerate(keys):
        strong = w in STRONG
        if not strong and w not in WEAK:
            continue
        if affection and (not strong or fond):
            if _person_before(forms, i)[0] == "1":
                self_talk = True
            continue
        if i + 2 < n and forms[i + 1] in ("de", "d", "of") and forms[i + 2] in _THINGS:
            continue  # "connard de boss", "piece of shit game": about a thing
        if w in ("putain", "putains") and i + 1 < n and forms[i + 1] in ("de", "d"):
            continue  # « t'es une putain de légende »: an intensifier
        if _rebuked_naming(forms, i):
            continue  # "quit calling travellers vermin": the author rebukes the name-calling
        if _no_insult_insult11(w, forms, i):
            continue  # insult11: « lâche rien », « t'es une bête en jdr », "ur dog in that pic"
        if _praised_support15(forms, i):
            continue  # support15: "you were the best dog anyone could have", « le meilleur des chiens »
        if _looked_at(forms, i):
            hits.append(AbuseHit(_I, f"insult_look_at:{w}"))
            return self_talk
        if w in _NOT_AFTER_YOUR and i and forms[i - 1] in _YOUR_POSS:
            continue  # "does your bobo still hurt", "your plastic bag": the reader's thing
        if w in _ARTICLE_ONLY and (i == 0 or forms[i - 1] not in _ARTICLES):
            continue  # « t'es victime de ... » is not « t'es une victime »
        if (
            i >= 3
            and forms[i - 3 : i] == ["il", "y", "a"]
            and (strong or i == n - 1)
            and (i == 3 or forms[i - 4] not in _YA_NOT_VOCATIVE_INSULT8)
            and (i + 1 == n or forms[i + 1] not in _YA_NOT_VOCATIVE_INSULT8)
        ):
            # insult8: "sit down ya mook" ("ya" read « il y a »)
            hits.append(AbuseHit(_I, f"insult_ya_insult8:{w}"))
            return self_talk
        if (
            strong
            and 1 <= i <= 2
            and forms[i - 1] in _HEY_INSULT9
            and (i == 1 or forms[0] in _HEY_INSULT9)
            and w not in _HEY_FRIENDLY_INSULT9
        ):
            hits.append(AbuseHit(_I, f"insult_hey_insult9:{w}"))  # insult9: "hey hunchback, …", « oh abruti »
            return self_talk
        k = _weak_construction(forms, i)
        if k >= 0 and not _negated(forms, k, i):
            hits.append(AbuseHit(_I, f"insult_you_are:{w}"))
            return self_talk
        person, at = _person_before(forms, i)
        if person == "1":
            if not _negated(forms, at, i):
                self_talk = True
            continue
        if (
            person == "3"
            and strong
            and imperative
            and i == n - 1
            and i > at + 1
            and forms[i - 1] not in THIRD | _ARTICLES | _EXCLAIM
        ):
            hits.append(AbuseHit(_I, f"insult_vocative:{w}"))  # round 24: "leave this group, olodo"
            return self_talk
        if person in ("1p", "3"):
            continue
        if not strong:
            if k < 0 and i == n - 1 and forms[0] in IMPERATIVE | _SEND_OFF:
                hits.append(AbuseHit(_I, f"insult_vocative:{w}"))  # "retourne jouer à la poupée gamine"
                return self_talk
            if k < 0 and i == n - 1 and i >= 2 and (forms[i - 2], forms[i - 1]) in _SEND_OFF_PAIRS_INSULT8:
                hits.append(AbuseHit(_I, f"insult_sent_off_insult8:{w}"))  # insult8: "… sit down fraud"
                return self_talk
            if k < 0 and i == n - 2 and forms[-1] == "va" and i and forms[i - 1] in _VA_ADJ_INSULT11:
                hits.append(AbuseHit(_I, f"insult_vocative_va_insult11:{w}"))  # insult11: « petite conne va »
                return self_talk
            if k < 0 and i <= 3 and _person_after(forms, i) == "2":
                hits.append(AbuseHit(_I, f"insult_vocative:{w}"))
                return self_talk
            if person == "2" and _intensified(forms, i) and not _negated(forms, at, i):
                hits.append(AbuseHit(_I, f"insult_addressed:{w}"))
                return self_talk
            continue
        if person == "2":
            if _negated(forms, at, i):
                continue
            hits.append(AbuseHit(_I, f"insult_addressed:{w}"))
            return self_talk
        after = _person_after(forms, i)
        if after == "2":
            hits.append(AbuseHit(_I, f"insult_addressed:{w}"))
            return self_talk
        if after == "1":
            self_talk = True
            continue
        if after == "3":
            continue
        bare = not any(f in COPULA or f == "s" for f in forms[:i])  # a vocative, not "life is a bitch"
        if addressed or imperative or (n <= 4 and bare) or (n <= 6 and _exclaimed(forms, i)):
            hits.append(AbuseHit(_I, f"insult_vocative:{w}"))
            return self_talk
    if (
        addressed
        and n <= 4
        and not affection
        and not self_talk
        and sum(k in INSULT_WORDS for k in keys) >= 2
        and FIRST_SUBJ.isdisjoint(forms)
        and THIRD.isdisjoint(forms)
        and _THINGS.isdisjoint(forms)
    ):
        # insult9: a reply that is only a noun phrase of contempt, two insult words together ("schizo freak",
        # "dumb fat pcos cow", « gros naze »): a vocative, as a single strong word is
        hits.append(AbuseHit(_I, "insult_noun_phrase_insult9"))
    return self_talk


def _bounded(phrase: str, joined: str) -> int:
    """Token index of ``phrase`` as whole tokens in ``joined``, or -1."""
    start = 0
    while True:
        at = joined.find(phrase, start)
        if at < 0:
            return -1
        end = at + len(phrase)
        if (at == 0 or joined[at - 1] == " ") and (end == len(joined) or joined[end] == " "):
            return joined.count(" ", 0, at)
        start = at + 1


def _multi_insults(
    joined: str, forms: Sequence[str], present: frozenset[str], chat: Chat, hits: list[AbuseHit]
) -> None:
    # longest first, then by text: ``present`` is a set, and the phrase named in the hit (what a moderator
    # and the governance log read) must not depend on the process's hash seed ("nasty piece of work", not
    # sometimes "piece of work"); whether a hit is found does not depend on the order
    candidates = sorted({p for w in present for p in _MULTI_INDEX.get(w, ())}, key=lambda p: (-len(p), p))
    surface = " ".join(forms)
    for phrase in candidates:
        # insult8: the phrase as written too (« grosse merde », whose « grosse » the keys hold as « gros »)
        i = _bounded(phrase, joined) if phrase in joined else -1
        if i < 0 and surface != joined and phrase in surface:
            i = _bounded(phrase, surface)
        if i < 0:
            continue
        after = i + phrase.count(" ") + 1
        # insult8: « ta grosse merde de voiture », "your piece of shit of a car": the reader's thing
        if i and forms[i - 1] in _READER_POSS and after < len(forms) and forms[after] in ("de", "d", "of"):
            continue
        person, _ = _person_before(forms, i)
        if person in ("1", "1p", "3"):
            continue
        end = i + phrase.count(" ")
        if person == "2" or _person_after(forms, end) == "2" or chat.reply or chat.mentions:
            hits.append(AbuseHit(_I, f"insult_phrase:{phrase}"))
            return
        if len(forms) <= 6 or any(w in IMPERATIVE for w in forms):
            hits.append(AbuseHit(_I, f"insult_phrase:{phrase}"))
            return


_FR_NEAR_RETARD = _ws(
    "le la les pour par mes tes ses nos vos leurs en de du un mon ton son notre votre leur avec sans "
    "d plus ai as avons avez ont pris prendre gros "
    "petit leger beaucoup peu sacre quel ce cet sur dans au aux trop combien rattraper rattrape grand "
    "moindre aucun prend prends"
)
_AFTER_RETARD_DELAY = _ws("de d sur dans a au pris scolaire")
_EN_BEFORE_RETARD = _ws("a you ur such fucking fuckin total absolute ya stfu dumb stupid utter massive fkn")
_GROUP_SINGULAR = _ws(
    """
    arabe noir noire juif juive musulman musulmane gay homo lesbienne trans handicape handicapee autiste
    triso trisomique mongol chinois chinoise asiatique africain africaine rom gitan gitane migrant immigre
    immigree negre bougnoule feuj renoi rebeu etranger etrangere arab jew muslim black mexican immigrant
    """
)


_SELF_SLURS = _ws("retarded retard spastic spaz mong mongol mongolien triso gogol autiste")
_PEOPLE = _ws("people persons folks gens personnes ceux those anyone quiconque malades patients")
_WITH = _ws("with avec have ont du de des atteints atteintes of on sous taking")


def aimed(chat: Chat) -> tuple[bool, bool]:
    """(a group is named, the reader is addressed) in the author's own words: the aims the learned abuse
    reading asks for before it reads a message at a lower margin (``_cues.learned_abuse``). A group is what
    ``_hate`` looks for before its group rows (``_names_group``); the reader, a second-person word or a
    mention."""
    return names_a_group(chat), addresses_reader(chat)


def names_a_group(chat: Chat) -> bool:
    """A group is named in the author's own words (``aimed``'s first half)."""
    return _names_group(frozenset(chat.own_forms.split()), chat.own_forms)


def addresses_reader(chat: Chat) -> bool:
    """A second-person word in the author's own words, or a mention."""
    return chat.mentions > 0 or not SECOND.isdisjoint(chat.own_forms.split())


def _names_group(present: frozenset[str], joined: str) -> bool:
    """A group word, a group of several words, or people "with" / "on" something ("people with HIV"), but
    not a passing illness ("people with a cold")."""
    return (
        not GROUPS.isdisjoint(present)
        or any(g in joined for g in MULTI_GROUPS)
        or (
            not _PEOPLE.isdisjoint(present)
            and not _WITH.isdisjoint(present)
            and rules.PASSING_ILLNESS_DAY8.search(joined) is None  # "people with a cold": no group
        )
    )


def _hate(
    joined: str,
    keys: Sequence[str],
    present: frozenset[str],
    hits: list[AbuseHit],
    lang: str = "",
    surface: str | None = None,
) -> None:
    if ECHO in present:  # the antisemitic echo, "(((they)))" (``chat``): a slur in punctuation
        hits.append(AbuseHit(_H, "slur:echo"))
        return
    n = len(keys)
    for i, w in enumerate(keys):
        if w in SLURS:
            if w in _SELF_SLURS and _person_before(keys, i)[0] == "1":
                continue  # "I'm so retarded today": harsh self-talk, not hate
            hits.append(AbuseHit(_H, f"slur:{w}"))
            return
        if w in ("retard", "retards"):
            before = keys[i - 1] if i else ""
            after = keys[i + 1] if i + 1 < n else ""
            english = before in _EN_BEFORE_RETARD
            if english or (
                (lang != "fr" and before not in _FR_NEAR_RETARD)
                and after
                not in (
                    "de",
                    "d",
                    "sur",
                    "dans",
                    "a",
                    "au",
                    "pris",
                    "scolaire",
                )
            ):
                hits.append(AbuseHit(_H, "slur:retard"))
                return
        if w in ("sale", "sales", "dirty", "filthy", "bande") and i + 1 < n:
            nxt = keys[i + 1] if keys[i + 1] not in ("de", "d") or i + 2 >= n else keys[i + 2]
            if nxt in _GROUP_SINGULAR or nxt in GROUPS:
                hits.append(AbuseHit(_H, f"slur:{w}_{nxt}"))
                return
    for phrase in MULTI_SLURS:
        if phrase in joined and _bounded(phrase, joined) >= 0:
            hits.append(AbuseHit(_H, f"slur:{phrase}"))
            return
    has_group = _names_group(present, joined)
    chosen = [
        number
        for anchors, need_group, members in _HATE_CHOICE
        if (has_group or not need_group) and (anchors is None or not anchors.isdisjoint(present))
        for number, needs in members
        if needs is None or not needs.isdisjoint(present)
    ]
    if not chosen:
        return
    # for more than two rules, the clause gates (``_requires``: a rule whose clauses the words do not meet
    # cannot match, and is not run); one or two are searched directly
    met = _HATE_GATE.met(present) if len(chosen) > _DIRECT else -1
    for number in chosen:
        cue, _need_group, _anchors, pattern = rules.HATE_RULES[number]
        if met != -1 and not _HATE_GATE.open(number, met):
            continue  # a clause of the pattern is not met: it cannot match
        if not _HATE_STARTS[number].may(joined) and (
            surface is None or not _HATE_STARTS[number].may(surface)
        ):
            continue  # no token of the text can begin a match (``_starts``)
        if cue in rules.KIND_ROWS_hate9:
            # read match by match: the row is found only where one of its matches is hate
            found = [*pattern.finditer(joined), *(pattern.finditer(surface) if surface is not None else ())]
            if not found or all(
                (cue == "group_predicate" and (_defended(m.group(0)) or _not_all(m))) or _kind_match(cue, m)
                for m in found
            ):
                continue
            found_in: Iterable[str] = {m.string for m in found}  # the texts it matched
        elif pattern.search(joined) or (surface is not None and pattern.search(surface)):
            found_in = (joined,) if surface is None else (joined, surface)  # both texts, whichever matched
        else:
            continue
        if _row_stands(cue, pattern, found_in, joined, surface):
            hits.append(AbuseHit(_H, cue))
            return


def _row_stands(
    cue: str, pattern: re.Pattern[str], found_in: Iterable[str], joined: str, surface: str | None
) -> bool:
    """The tail every hate row shares once it is found: the claim reported, condemned or denied of the
    group (the row's guards, ``rules.GUARDS_HATE8``, searched in ``found_in``), or the group the one harmed,
    the sayers condemned, a hardship (``_quiet_row``), and the row is no hit."""
    guards = rules.GUARDS_HATE8.get(cue)
    if guards is not None and any(g.search(text) for text in found_in for g in guards):
        return False
    return not _quiet_row(cue, pattern, joined, surface)


def _hate_choice() -> tuple[
    tuple[frozenset[str] | None, bool, tuple[tuple[int, frozenset[str] | None], ...]], ...
]:
    """``HATE_RULES`` in order, neighbours that share their anchors (hate8's rows, chosen by a group word) in
    one entry, each row with the predicate's words it needs besides (``rules.NEEDS_HATE8``): one anchor test
    for the group, and a row without a word of its predicate is never chosen."""
    out: list[tuple[frozenset[str] | None, bool, list[tuple[int, frozenset[str] | None]]]] = []
    for number, (cue, need_group, anchors, _pattern) in enumerate(rules.HATE_RULES):
        member = (number, rules.NEEDS_HATE8.get(cue))
        if out and anchors is not None and out[-1][0] is anchors and out[-1][1] == need_group:
            out[-1][2].append(member)
        else:
            out.append((anchors, need_group, [member]))
    return tuple((anchors, need_group, tuple(members)) for anchors, need_group, members in out)


_HATE_CHOICE = _hate_choice()


def _defended(matched: str) -> bool:
    """A flaw denied of a group ("autistic people are not broken", « les malades chroniques ne sont pas des
    fainéants »): a defence, not hate. A predicate that carries its own negation ("are not human") is not
    one."""
    tail = rules.PRED_TAIL.search(matched)
    if tail is None:
        return False
    before = matched[: tail.start(1)].split()[-6:]
    return not rules.NEGATORS.isdisjoint(before) and rules.NEGATORS.isdisjoint(tail.group(1).split())


# Day 9: "not all Somalis are terrorists", « pas tous les migrants sont des voleurs »: the generalisation
# refused, not made, in the whole message, with no "but" taking it back ("… but most are"). The rules table
# holds the pattern, since hate11's rows are guarded by the same refusal.
_NOT_ALL_OF_THEM = rules.NOT_ALL_OF_THEM


def _not_all(match: re.Match[str]) -> bool:
    """The group's generalisation is refused where it begins ("not all …", « pas tous les … »)."""
    start = max(0, match.start() - 12)
    found = _NOT_ALL_OF_THEM.search(match.string, start)
    return found is not None and found.start() <= match.start() + 10


def _kind_match(cue: str, match: re.Match[str]) -> bool:
    """hate9: one match of an old generic row that is no hate (``rules.KIND_ROWS_hate9``): the harm denied
    ("do not deserve any of the hate they get", « ne devraient pas être enfermés »), "treated like everyone
    else", the group the one harmed ("the harassment women get in ranked is a disaster"), or a regime's
    propaganda told as history. Read around the match only, never on the whole message."""
    text = match.string
    said = match.group(0)
    after = text[match.end() : match.end() + 120]
    if cue == "group_claim":
        if rules.HARM_DENIED_hate9.search(after) is not None:
            return rules.HARM_AFTER_BUT_hate9.search(after) is None
        denied = said.endswith(("should not", "ne devraient pas", "devraient pas"))
        if denied and rules.CARE_COST_hate9.search(after) is not None:
            return True
    if cue in ("group_predicate", "group_they") and rules.OUTRAGE_END_hate9.search(said) is not None:
        # the outrage is at a harm told in the match or just before it ("les femmes se font insulter, c'est
        # une catastrophe")
        told = text[max(0, match.start() - 60) : match.start() + len(said)]
        if rules.HARMED_VERB_hate9.search(said) is not None or rules.HARMED_ANYWHERE_hate9.search(told):
            return True
    if cue == "group_demand":
        if said.endswith((" treated like", " traites comme", " traitees comme")):
            if rules.TREATED_LIKE_ANYONE_hate9.search(after) is not None:
                return True
        elif rules.DEMAND_NEGATED_hate9.search(said) is not None:
            return rules.HARM_AFTER_BUT_hate9.search(after) is None
    before = text[max(0, match.start() - 80) : match.start()].rstrip()
    if not before:
        return False
    victim = rules.VICTIM_BEFORE_hate9.search(before)
    if victim is not None and rules.HARM_PRAISED_hate9.search(said) is None:
        linked = (
            victim.group("link") is not None
            or victim.group("treat") is not None
            or said.startswith(("des ", "de ", "d ", "du ", "of "))
        )
        if linked or rules.VICTIM_VERB_hate9.search(said) is not None:
            return True
    return (
        rules.HISTORY_BEFORE_hate9.search(before) is not None
        and rules.HISTORY_FIRST_PERSON_hate9.search(before) is None
        and rules.HISTORY_FRAME_hate9.search(text) is not None
    )


def _quiet_row(cue: str, pattern: re.Pattern[str], joined: str, surface: str | None) -> bool:
    """A row's match that is no hate (fa9). The group is masked out of a harm's noun phrase ("hate against
    roma", "the abuse disabled people get online") or out of a condemned saying ("people who say X are vermin
    disgust me", « arrêtez de dire que … »), and the row searched again: quiet only when it no longer matches
    (another clause of hate keeps it). "People with X can't live off one salary": a hardship, not a claim."""
    texts = (joined,) if surface is None else (joined, surface)
    if cue == "group_claim" and all(_deserving_denied(pattern, t) for t in texts):
        return True
    if all(_hardship(pattern, t) for t in texts):
        return True
    return all(_gone_when_masked(pattern, t) for t in texts)


def _deserving_denied(pattern: re.Pattern[str], text: str) -> bool:
    """Every match ends in "deserve" / « ne méritent pas » and goes on "to be treated as …": a harm denied."""
    for m in pattern.finditer(text):
        denied = m.group(0).endswith(("deserve", "meritent pas", "merite pas", "ne meritent pas"))
        if not denied or rules.DESERVE_TREATED_fa9.search(text[m.end() : m.end() + 40]) is None:
            return False
    return True


def _hardship(pattern: re.Pattern[str], text: str) -> bool:
    """Every match tells a hardship: "can't live off", "have to live on the dole"."""
    for m in pattern.finditer(text):
        said = m.group(0)
        end = max(said.rfind(" live off"), said.rfind(" live on the dole"), said.rfind(" on the dole"))
        if end < 0 or rules.HARDSHIP_BEFORE_fa9.search(said[:end]) is None:
            return False
    return True


def _gone_when_masked(pattern: re.Pattern[str], text: str) -> bool:
    """True when the row does not match ``text`` once its victim phrases and condemned sayings are masked."""
    if pattern.search(text) is None:
        return True
    masked = text
    victim = rules.VICTIM_NP_fa9.search(masked)
    if victim is not None:
        told = masked[victim.end() : victim.end() + 60]
        if rules.HARM_PRAISED_hate9.search(told) is None:
            masked = rules.VICTIM_NP_fa9.sub(lambda v: v.group("harm"), masked)
    masked = rules.HARM_IS_fa9.sub(lambda v: v.group("harm"), masked)
    done = rules.VICTIM_DONE_fa9.search(masked)
    if done is not None and rules.HARM_PRAISED_hate9.search(masked, done.end(), done.end() + 60) is None:
        masked = rules.VICTIM_DONE_fa9.sub(lambda v: v.group("harm") or v.group("being"), masked)
    condemned = _condemned_sayers(masked, stop_anywhere=True)
    if condemned is not None:
        sayers, verdict = condemned
        if verdict is not None:  # the sayers and their claim go, the verdict stays
            masked = masked[: sayers.start()] + masked[verdict.start() :]
        else:  # the sayers and the six words after them go
            rest = masked[sayers.end() :].split(" ")
            masked = masked[: sayers.start()] + " ".join(rest[7:])
    return masked != text and pattern.search(masked) is None


def _condemned_sayers(text: str, *, stop_anywhere: bool) -> tuple[re.Match[str], re.Match[str] | None] | None:
    """The sayers of a claim (``rules.SAYERS_BEFORE_fa9``) condemned by the author and never approved
    ("are right"): the sayers and the verdict after them ("people who say X are vermin disgust me"), or the
    sayers and None when the verdict stands before them ("i can't stand people who say …") or they are told
    to stop (« arrêtez de dire que … »). A "stop saying" counts anywhere with ``stop_anywhere`` (a row's own
    match, searched again once the sayers are masked: ``_gone_when_masked``), only opening the message
    without it (the whole message, with no match to search again: ``spoken_well_of_a_group``). None: no
    sayers condemned."""
    sayers = rules.SAYERS_BEFORE_fa9.search(text)
    if sayers is None or rules.SAYERS_APPROVED_fa9.search(text, sayers.end()) is not None:
        return None
    verdict = rules.SAYERS_CONDEMNED_AFTER_fa9.search(text, sayers.end(), sayers.end() + 120)
    if verdict is not None:
        return sayers, verdict
    stopped = sayers.group("stop") is not None and (stop_anywhere or sayers.start() == 0)
    if stopped or rules.SAYERS_CONDEMNED_BEFORE_fa9.search(text[: sayers.start()].rstrip()) is not None:
        return sayers, None
    return None


# A group praised, or hate told as history ("chronic illness communities are full of kind people", « les
# aidants méritent le respect », "in 1930s propaganda, disabled people were described as a burden"): the
# learned reading never sends such a message to a person as hate (``spoken_well_of_a_group``). Its weights
# learned group names and the images hate uses, not who says them or how; the rules read the words themselves
# (a slur in a history lesson is still theirs to weigh). Vetoes no learned catch of the tune split
# (2026-12-07).
_PRAISE = (
    "kind|kindest|lovely|amazing|wonderful|caring|brave|resilient|valid|gentle|generous|welcoming|supportive|"
    "gentils|gentilles|adorables|geniaux|formidables|courageux|courageuses|bienveillants|bienveillantes|"
    "accueillants|accueillantes|solidaires"
)
_DUE = "respect|love|support|kindness|le respect|du respect|le soutien|de l amour"
_TOLD_AS = "described|depicted|portrayed|called|labelled|labeled|branded"
_GROUP_PRAISED_OR_HISTORY = re.compile(
    rf"\b(?:full of|are|r|sont|is|est) (?:\S+ )?(?:{_PRAISE})\b"
    rf"|\b(?:deserve|deserves|merite|meritent) (?:\S+ )?(?:{_DUE})\b"
    r"|\bpropaganda\b|\bpropagande\b|\b(?:in|during) the (?:1[89]\d0s|\d0s|war|holocaust)\b"
    r"|\bdans les annees\b"
    rf"|\bsous (?:les nazis|vichy|le regime)\b|\b(?:were|was) (?:{_TOLD_AS}) as\b"
    r"|\b(?:etaient|ete) (?:decrits|decrites|presentes|presentees|traites|traitees) (?:comme|de)\b"
)


def _group_harmed(text: str) -> bool:
    """fa9: the group the one harmed, the harm the subject ("the abuse X get online is a plague", "people who
    attack X are vermin"), and no harm praised anywhere ("is deserved", « bien fait »)."""
    if rules.DESERVE_TREATED_ANY_fa9.search(text) is not None:
        return True  # "don't deserve to be treated as a burden": a harm denied
    found = rules.VICTIM_NP_fa9.search(text) or rules.VICTIM_DONE_fa9.search(text)
    return found is not None and rules.HARM_PRAISED_hate9.search(text) is None


def spoken_well_of_a_group(chat: Chat) -> bool:
    """The author's own words speak well of a group, or of what is done to it: praised or told as history
    (``_GROUP_PRAISED_OR_HISTORY``), a harm denied or the group treated like anyone (hate9), the sayers of a
    claim condemned or the group the one harmed (fa9), a passing illness named rather than a group (day 8), a
    generalisation refused ("not all …", day 9), the group's humanity affirmed or its hardship blamed on a
    rule that keeps it from working (hate15).
    The rows above read these around their own match; the learned reading, which has no match, asks this of
    the whole message before it reads it as hate (``_cues.learned_abuse``)."""
    text = chat.own_forms
    return (
        _GROUP_PRAISED_OR_HISTORY.search(text) is not None
        or rules.KIND_GROUP_hate9.search(text) is not None
        or _condemned_sayers(text, stop_anywhere=False) is not None
        or _group_harmed(text)
        or rules.PASSING_ILLNESS_DAY8.search(text) is not None
        or _NOT_ALL_OF_THEM.search(text) is not None
        or rules.HUMANITY_hate15.search(text) is not None
        or rules.SYSTEM_BLAMED_hate15.search(text) is not None
    )


def _needs_met(needs: frozenset[str] | None, present: frozenset[str]) -> bool:
    return needs is None or not needs.isdisjoint(present)


def _phrases(joined: str, present: frozenset[str], hits: list[AbuseHit]) -> None:
    softened: bool | None = None
    index = _PHRASE_INDEX
    chosen: set[int] = set()
    for w in present:
        found = index.get(w)
        if found is not None:
            chosen.update(found)
    phrases = rules.PHRASES
    ordered = [n for n in sorted(chosen) if _needs_met(phrases[n][3], present)]
    if not ordered:
        return
    # For more than two phrases, the clause gates; one or two are searched directly (a gate only skips what
    # cannot match, so searching without one finds the same).
    met = _PHRASE_GATE.met(present) if len(ordered) > _DIRECT else -1
    for n in ordered:
        kind, cue, _anchors, _needs, soft, pattern = phrases[n]
        if met != -1 and not _PHRASE_GATE.open(n, met):
            continue  # a clause of the pattern is not met: it cannot match
        if not _PHRASE_STARTS[n].may(joined):
            continue  # no token of the text can begin a match (``_starts``)
        match = pattern.search(joined)
        if match is None:
            continue
        voiders = _VOIDERS.get(cue)
        if voiders is not None and any(void(joined, match, present, pattern, cue) for void in voiders):
            continue  # teasing, a game move, a story, care, a meeting…: the match is not abuse (``_VOIDERS``)
        if soft:
            hard = (
                rules.REAL_WORLD.isdisjoint(present) is False or rules.HARD_ALWAYS.search(joined) is not None
            )
            if softened is None:
                softened = not lex.GAME_CONTEXT.isdisjoint(present) and not hard
            if softened or (not hard and _playful(joined, match)):
                continue
        hits.append(AbuseHit(kind, cue))


# --------------------------------------------------------------------------------------------------------
# Voiders: what makes a phrase row's match not abuse (teasing, a game move, a story, care, a meeting …).
# A family is a cue set (the rows it reads) with its predicate beside it, a ``_Voider``:
#     predicate(joined, match, present, pattern, cue) -> bool
# ``joined`` the text the row searched, ``match`` the row's match in it, ``present`` the message's words,
# ``pattern`` the row's pattern (to read every match), ``cue`` the row's cue; True voids the match.
# ``_VOID_FAMILIES`` (after the last family) pairs each cue set with its predicate, and ``_VOIDERS``, built
# from it once at import, gives ``_phrases`` each cue's predicates in that order: a match is dropped when any
# of them holds. A new family defines its cue set and predicate together and appends one
# ``(cue_set, predicate)`` entry at the end of ``_VOID_FAMILIES``.
# --------------------------------------------------------------------------------------------------------
_Voider = Callable[[str, re.Match[str], frozenset[str], re.Pattern[str], str], bool]


# day 13: « je te retrouve » is also how a meeting is set. The present tense ending the match and a clock time
# after it (« à 14h », "8h30", « midi »), with no menace word in the message (``rules.REAL_WORLD``'s places of
# harm are not checked: a hospital entrance is where patients meet), read a meeting; « je vais te retrouver »,
# « je te retrouverai » and a meeting with a menace beside it stay threats.
_MEETUP_VOIDS_day13 = frozenset(("intent_violence_fr",))
_MEETUP_TIME_day13 = re.compile(
    r"(?: \S+){0,8} (?:a |vers |pour )?(?:\d{1,2} ?h(?:\d{2})?|\d{1,2} \d{2}|midi)(?![^ ])"
)
_MENACE_day13 = _ws(
    "tu vas voir gaffe attention regretter regretteras seul seule personne fini finie crever mort"
)


def _meetup_day13(
    joined: str, match: re.Match[str], present: frozenset[str], pattern: re.Pattern[str], cue: str
) -> bool:
    words = match.group(0).split()  # the row's match: an intent and a violence word, never empty
    return (
        words[-1] == "retrouve"
        and words[:-1] in (["je", "te"], ["j", "te"], ["jte"], ["je", "vous"])
        and _MEETUP_TIME_day13.match(joined, match.end()) is not None
        and _MENACE_day13.isdisjoint(joined.split())
    )


# hate11: the coded words named to explain or refute them ("is a racist dog whistle", "the myth that …")
_REFUTE_VOIDS_hate11 = frozenset(("dog_whistle",))


def _refuted_hate11(
    joined: str, match: re.Match[str], present: frozenset[str], pattern: re.Pattern[str], cue: str
) -> bool:
    # "the '13/50' thing is a racist dog whistle": explained or refuted anywhere in the message, not used
    return rules.REFUTE_hate11.search(joined) is not None


# support13: two idioms the threat and contempt rows read as harm. "you're dead to me" (« t'es mort pour
# moi ») ends a friendship, it foretells no death; "nobody asked but here's my build" is the author's own
# modesty about what they post next, not the reader told to be quiet. Read just after the row's match.
_OWN_IDIOM_VOIDS_support13 = frozenset(("youre_dead", "fuck_you", "insult_contempt_r24"))
_OWN_IDIOM_support13 = re.compile(
    r" (?:to me|pour moi|a mes yeux)(?![^ ])(?! (?:and|now|soon|for real|et bientot|pour de vrai)(?![^ ]))"
    r"| but (?:here is|here s|heres|here are|i am|i m|i|my|mine|this is|ici|voici|voila)(?![^ ])"
)


def _own_idiom_after_support13(
    joined: str, match: re.Match[str], present: frozenset[str], pattern: re.Pattern[str], cue: str
) -> bool:
    # "you're dead to me", "nobody asked but here's my build": idioms, no harm
    return _OWN_IDIOM_support13.match(joined, match.end()) is not None


# fa15: three old insult rows whose frames also carry praise or self-talk (``_abuse_rules`` fa15 block):
# "talking to you is like talking to my best friend", "no wonder everyone loves you", "nobody wants you to
# leave", "i feel like a total waste of space". Every match of the row must be quiet for the row to be.
_VOIDS_fa15 = frozenset(
    ("talking_to_you_is_like", "nobody_likes_you", "insult_contempt", "insult_contempt_r24")
)


def _all_quiet_fa15(
    joined: str, match: re.Match[str], present: frozenset[str], pattern: re.Pattern[str], cue: str
) -> bool:
    # praise in an insult's frame, or the author about themself with no reader, at every match of the row
    return all(_quiet_match_fa15(cue, joined, m) for m in pattern.finditer(joined))


def _quiet_match_fa15(cue: str, joined: str, match: re.Match[str]) -> bool:
    if cue == "talking_to_you_is_like":
        return rules.KIND_AFTER_fa15.match(joined, match.end()) is not None
    if rules.SPARED_AFTER_fa15.match(joined, match.end()) is not None:
        return True  # the reader kept from a harm: "nobody wants you to leave"
    if cue == "nobody_likes_you":
        return rules.FOND_EVERYONE_fa15.match(match.group(0)) is not None
    return (
        rules.SELF_BEFORE_fa15.search(joined, max(0, match.start() - 40), match.start()) is not None
        and rules.READER_fa15.search(joined) is None
    )


def reader_spared(chat: Chat) -> bool:
    """fa15: the reader kept from a harm ("nobody wants you to leave / to feel alone") or likened to someone
    close ("talking to you is like talking to my brother"): care, no insult (the learned reading does not read
    such a message as one either, ``_cues.learned_abuse``)."""
    said = chat.own_forms
    return (
        rules.SPARED_READER_fa15.search(said) is not None
        or rules.KIND_COMPARISON_fa15.search(said) is not None
    )


# THREAT7 (round 35): harm foretold "with my ult", « avec mon combo »: the game's own moves.
_MOVE_VOIDS_THREAT7 = frozenset(("harm_predicted",))
_GAME_MOVE_THREAT7 = re.compile(
    r"(?<![^ ])(?:with|avec|by|par|from|de) (?:my|mon|ma|mes|the|le|la|an|a|un|une|this|ce|cette) (?:\S+ )?"
    r"(?:ult|ulti|ultimate|ulto|combo|combos|spell|spells|sort|sorts|ability|abilities|skill|skillshot|hook|"
    r"flash|super|special|finisher|grenade|nade|nades|molly|flashbang|awp|deagle|sniper|shotgun|rocket|"
    r"headshot|abilites|kit|smite|stun|gank|engage|r|q)(?![^ ])"
)


def _with_game_move_threat7(
    joined: str, match: re.Match[str], present: frozenset[str], pattern: re.Pattern[str], cue: str
) -> bool:
    # "one of these days I'll smash you with my ult": a game move, not harm foretold
    return _GAME_MOVE_THREAT7.search(joined) is not None


# threat8: the soft verbs of the violence rows with a game move (« je te détruis avec mon combo »), and the
# place known that is only the one being talked about ("i know which school you mean", « je sais de quelle
# école tu parles »).
_MOVE_VOIDS_THREAT8 = frozenset(("intent_violence_fr", "intent_violence_en"))


def _soft_with_game_move_threat8(
    joined: str, match: re.Match[str], present: frozenset[str], pattern: re.Pattern[str], cue: str
) -> bool:
    # « un de ces jours je te détruis avec mon combo »: a soft verb with a game move
    if _GAME_MOVE_THREAT7.search(joined) is None:
        return False
    return not rules.SOFT_VERBS.isdisjoint(match.group(0).split())


_MEANT_VOIDS_THREAT8 = frozenset(("know_where_you_live", "routine_hint", "routine_known"))
_MEANT_AFTER_THREAT8 = re.compile(
    r" (?:(?:you|u|tu|t|he|she|they|il|elle|on|we|vous|nous|i|je|j)(?: \S+)? )?"
    r"(?:mean|meant|means|are talking about|re talking about|were talking about|talking about|talk about|"
    r"talked about|mentioned|mention|mentions|said|veux dire|voulais dire|veut dire|voulait dire|parles|"
    r"parlais|parle|parlait|parlez|evoques|evoquais|dis|disais)(?![^ ])"
)


def _place_only_meant_threat8(
    joined: str, match: re.Match[str], present: frozenset[str], pattern: re.Pattern[str], cue: str
) -> bool:
    # "i know which school you mean": the place is the topic of the talk, not the reader's
    return _MEANT_AFTER_THREAT8.match(joined, match.end()) is not None


# threat9: exposure and report rows said with a kind purpose and no menace ("tell your boss you're amazing",
# « j'ai ton adresse, je t'envoie ton cadeau demain »); a hope negated or a recovery hoped ("i hope you don't
# die of a hypo", "hope your mum gets better, cancer is hard"). Patterns in ``_abuse_rules`` (threat9 block).
_KIND_VOIDS_threat9 = frozenset(
    (
        "know_where_you_live", "got_your_ip", "details_held_tail_threat8", "report_to_authority",
        "expose_tell", "private_to_audience", "dox_swat", "would_be_a_shame", "shame_if_threat8",
        "everyone_will_know", "everyone_will_know_threat8", "expose_intent", "have_your_private",
        "audience_will_love_threat8", "held_then_spread_threat9", "named_then_spread_threat9",
        "every_dm_leaked_threat9", "place_pictured_threat9", "saved_and_sent_threat9", "exposure_posting",
        "tell_on_you", "exposure_collected_r31",
    )
)  # fmt: skip


def _kind_purpose_threat9(
    joined: str, match: re.Match[str], present: frozenset[str], pattern: re.Pattern[str], cue: str
) -> bool:
    # "i will email the school you teach at to thank them": a kind purpose, no menace
    return _kind_not_menace_threat9(joined)


# threat9: a death hoped, quiet when the hope is negated or a recovery is hoped (``_hoped_care_threat9``)
_HOPE_VOIDS_threat9 = frozenset(("hope_you_die",))
_HOPE_FAILS_threat9 = _ws(
    "die dies dying dead rot rots suffer suffers choke chokes burn burns fail fails failed stop stops "
    "stopped out worse spreads spread back"
)


# threat10: the rows whose match names no reader ("a bullet in the head", "a knife in the back"): when the
# words just before it make the author the one who took it (``_abuse_rules.STORY_TAKEN_threat10``), a story
_STORY_VOIDS_threat10 = frozenset(("sleep_one_eye",))


def _told_as_story_threat10(
    joined: str, match: re.Match[str], present: frozenset[str], pattern: re.Pattern[str], cue: str
) -> bool:
    # « en RP j'ai pris une balle dans la tête »: the author took it, a story
    return rules.STORY_TAKEN_threat10.search(joined, 0, match.start()) is not None


# threat10: the death-order rows whose verb also sends one somewhere ("disappear", "jump"), quiet when the
# place that follows is in the app or the game (``_abuse_rules.ELSEWHERE_AFTER_threat10``)
_ELSEWHERE_VOIDS_threat10 = frozenset(("va_crever", "kys_advice", "favour_then_death_threat10"))


# threat15: the reader's place known through a friendly visit or an errand explained, with no menace in the
# message (``_abuse_rules.KIND_VISIT_threat15``): "i know where you live lol i was at your housewarming, i'll
# bring the board games saturday". "i know where you live lol, see you soon" and a visit with the boys stay.
_VISIT_VOIDS_threat15 = frozenset(
    (
        "know_where_you_live", "coming_to_your_home", "routine_known", "routine_hint", "threat_presence",
        "expose_intent", "posting_your_dox", "leak_your_private", "exposure_posting",
        "home_known_tag_threat15", "exposure_under_way",
    )
)  # fmt: skip


def _friendly_visit_threat15(joined: str) -> bool:
    return (
        rules.KIND_VISIT_threat15.search(joined) is not None
        and rules.MENACE_THREAT9.search(joined) is None
        and rules.MENACE_threat15.search(joined) is None
    )


def _visited_as_friend_threat15(
    joined: str, match: re.Match[str], present: frozenset[str], pattern: re.Pattern[str], cue: str
) -> bool:
    # "i was at your housewarming, i'll bring the board games": a friend's errand, no menace
    return _friendly_visit_threat15(joined)


def _sent_elsewhere_threat10(
    joined: str, match: re.Match[str], present: frozenset[str], pattern: re.Pattern[str], cue: str
) -> bool:
    # « tu devrais disparaître de twitter », "jump on vc": a place, no death
    return rules.ELSEWHERE_AFTER_threat10.match(joined, match.end()) is not None


def _kind_not_menace_threat9(joined: str) -> bool:
    return rules.KIND_THREAT9.search(joined) is not None and rules.MENACE_THREAT9.search(joined) is None


def kind_purpose(chat: Chat) -> bool:
    """A kind purpose and no menace in the author's own words (threat9's test for the exposure rows), or a
    friendly visit or errand explained (threat15's): the learned reading does not read such a message as a
    threat either (``_cues.learned_abuse``)."""
    return _kind_not_menace_threat9(chat.own_forms) or _friendly_visit_threat15(chat.own_forms)


def _hoped_care_threat9(
    joined: str, match: re.Match[str], present: frozenset[str], pattern: re.Pattern[str], cue: str
) -> bool:
    # "i hope you don't die of a hypo on the trip": care, not a death wished
    if not rules.HOPE_HARM_THREAT9.isdisjoint(match.group(0).split()):
        return False
    if rules.HOPE_NEGATED_THREAT9.match(joined, match.end()) is not None:
        return True
    after = joined[match.end() : match.end() + 40].split()[:3]
    if not _HOPE_FAILS_threat9.isdisjoint(after):
        return False
    return rules.HOPE_CARE_THREAT9.search(joined) is not None


_LAUGH = _ws("lol lmao lmfao rofl mdr ptdr jpp jk haha hahaha hahahaha xd kidding blague jrigole rigole")
_CONTEST_AFTER = _ws(
    "in at on au aux a en dans next tonight tomorrow later ce demain this sur pendant during today when "
    "prochain prochaine tout"
)


# Contempt with no insult word (rounds 20-21) is teasing when affection is said in the same message.
_FOND_VOIDS = frozenset(
    (
        "insult_contempt", "insult_meds", "insult_contempt_r24", "insult_contempt_r29", "insult_standing_r29",
        "insult_dismissed_r29", "insult_compared_r29", "insult_pity_r29", "insult_inept_r29",
        "insult_sent_back_r29", "insult_little_r29", "insult_mid_r29", "insult_or_what_r29",
        "insult_imagine_r29",
    )
)  # fmt: skip
# Round 31: the reader named the worst of a kind, everyone better without the reader.
_FOND_VOIDS = _FOND_VOIDS | frozenset(("insult_worst_is_you_r31", "insult_better_without_r31"))
_FOND = _AFFECTION | _ws("attachant attachante gg bullet notre gagne won")


def _fond_said(
    joined: str, match: re.Match[str], present: frozenset[str], pattern: re.Pattern[str], cue: str
) -> bool:
    # "you're the worst support ever and my favourite person": teasing, not contempt (the rounds below add
    # their rows to ``_FOND_VOIDS``)
    return not (_FOND - _not_fond(joined.split())).isdisjoint(present)


# Soft insult nouns and "even my grandma plays better" are teasing when laughed or loved (round 24).
# Round 29: the reader's standing denied, dismissed, compared, sent back or called inept, when laughed.
_LAUGH_VOIDS = frozenset(
    (
        "insult_soft_noun", "insult_even_my_kin", "insult_standing_r29", "insult_dismissed_r29",
        "insult_compared_r29", "insult_inept_r29", "insult_sent_back_r29", "insult_mid_r29",
        "insult_or_what_r29",
    )
)  # fmt: skip


def _laughed(
    joined: str, match: re.Match[str], present: frozenset[str], pattern: re.Pattern[str], cue: str
) -> bool:
    # "my grandma aims better 😂", "you absolute plank lol": teasing, a laugh or a fond word said (round 24;
    # the rounds below add their rows to ``_LAUGH_VOIDS``)
    return not ((_LAUGH | _FOND) - _not_fond(joined.split())).isdisjoint(present)


# insult8: "how are you this dumb", "I've met rocks with more game sense than you": teasing when laughed or
# loved (the laugh test holds the fond words too).
_LAUGH_VOIDS = _LAUGH_VOIDS | frozenset(
    ("insult_how_this_bad_insult8", "insult_things_better_than_you_insult8")
)
# insult9: "t'es tellement nul que c'est pas possible mdr", "you're the most annoying person on this
# server ❤️": teasing when laughed or loved.
_LAUGH_VOIDS = _LAUGH_VOIDS | frozenset(
    (
        "insult_so_bad_that_insult9", "insult_superlative_insult9", "insult_dont_be_such_insult9",
        "insult_problem_of_group_insult9", "insult_which_is_worse_insult9", "insult_yoda_order_insult9",
        "insult_kind_nobody_insult9",
    )
)  # fmt: skip
_FOND_VOIDS = _FOND_VOIDS | frozenset(("insult_superlative_insult9", "insult_so_bad_that_insult9"))
# insult11: the round 51 rows that friends say too, laughing or loving ("my nan aims better than you lol ❤️")
_INSULT11_TEASED = frozenset(
    (
        "insult_kin_does_better_insult11", "insult_tiresome_with_your_insult11",
        "insult_seen_better_insult11",
        "insult_as_useful_as_insult11", "insult_mock_genius_insult11", "insult_or_just_like_this_insult11",
        "insult_wouldnt_you_be_insult11", "insult_manage_to_be_bad_insult11", "insult_cereal_box_insult11",
        "insult_only_one_not_getting_insult11", "insult_champion_of_losing_insult11",
        "insult_go_pro_at_losing_insult11", "insult_congrats_on_flaw_insult11",
    )
)  # fmt: skip
_LAUGH_VOIDS = _LAUGH_VOIDS | _INSULT11_TEASED
_FOND_VOIDS = _FOND_VOIDS | _INSULT11_TEASED
# insult12: the round 56 rows friends say too, laughing or loving (``_abuse_rules.TEASED_INSULT12``)
_LAUGH_VOIDS = _LAUGH_VOIDS | rules.TEASED_INSULT12
_FOND_VOIDS = _FOND_VOIDS | rules.TEASED_INSULT12
# insult13: the rows friends say too, laughing or loving (``_abuse_rules.TEASED_INSULT13``)
_LAUGH_VOIDS = _LAUGH_VOIDS | rules.TEASED_INSULT13
_FOND_VOIDS = _FOND_VOIDS | rules.TEASED_INSULT13
# insult14: every row is voided by a fond word, a few by a laugh too (``_abuse_rules.FOND_INSULT14``)
_LAUGH_VOIDS = _LAUGH_VOIDS | rules.LAUGH_INSULT14
_FOND_VOIDS = _FOND_VOIDS | rules.FOND_INSULT14
# insult15: every row is voided by a fond word, the teasing ones by a laugh too
# (``_abuse_rules.LAUGH_INSULT15``)
_LAUGH_VOIDS = _LAUGH_VOIDS | rules.LAUGH_INSULT15
_FOND_VOIDS = _FOND_VOIDS | rules.FOND_INSULT15


# Every voider family (cue set, predicate), in the order ``_phrases`` asks them; a new family appends its
# entry at the end (see "Voiders" above ``_MEETUP_VOIDS_day13``).
_VOID_FAMILIES: tuple[tuple[frozenset[str], _Voider], ...] = (
    (_FOND_VOIDS, _fond_said),
    (_LAUGH_VOIDS, _laughed),
    (_MOVE_VOIDS_THREAT7, _with_game_move_threat7),
    (_MOVE_VOIDS_THREAT8, _soft_with_game_move_threat8),
    (_MEANT_VOIDS_THREAT8, _place_only_meant_threat8),
    (_KIND_VOIDS_threat9, _kind_purpose_threat9),
    (_HOPE_VOIDS_threat9, _hoped_care_threat9),
    (_STORY_VOIDS_threat10, _told_as_story_threat10),
    (_ELSEWHERE_VOIDS_threat10, _sent_elsewhere_threat10),
    (_REFUTE_VOIDS_hate11, _refuted_hate11),
    (_OWN_IDIOM_VOIDS_support13, _own_idiom_after_support13),
    (_MEETUP_VOIDS_day13, _meetup_day13),
    (_VOIDS_fa15, _all_quiet_fa15),
    (_VISIT_VOIDS_threat15, _visited_as_friend_threat15),
)


def _voiders_by_cue(families: Iterable[tuple[frozenset[str], _Voider]]) -> dict[str, tuple[_Voider, ...]]:
    table: dict[str, tuple[_Voider, ...]] = {}
    for cues, void in families:
        for cue in cues:
            table[cue] = (*table.get(cue, ()), void)
    return table


# cue -> the predicates that void its match, in ``_VOID_FAMILIES`` order (read by ``_phrases``)
_VOIDERS = _voiders_by_cue(_VOID_FAMILIES)


# Day 7 (lead): a crowd called to someone's messages with kind words is a kindness, not a raid ("everyone
# dm her happy birthday!", « allez tout le monde en mp, elle a besoin de soutien »). Read on the whole
# message: the reported-speech marking may set the kind words apart from the call.
_KIND_CROWD = re.compile(
    r"(?<![^ ])(?:happy birthday|bon anniversaire|joyeux anniversaire|birthday|anniv|congrats|"
    r"congratulations|felicitations|felicite|bravo|love|amour|get well|bon retablissement|"
    r"prompt retablissement|welcome|"
    r"bienvenue|thank|thanks|merci|support|soutien|courage|hugs|calins|bisous|smile|smiles|sourire|"
    r"kind words|mots doux|encouragement|encouragements|cheer (?:her|him|them) up|remonter le moral)(?![^ ])"
)


def _playful(joined: str, match: re.Match[str]) -> bool:
    """A soft threat framed as a contest ("I'll end you in smash tonight") or a conditional exaggeration
    ("I could kill you for that spoiler")."""
    said = match.group(0).split()
    if "could" in said or "pourrais" in said or not _LAUGH.isdisjoint(joined.split()):
        return True
    rest = joined[match.end() :].split(None, 3)[:3]
    return any(w in _CONTEST_AFTER for w in rest)


def _detect(keys: list[str], forms: list[str], chat: Chat) -> tuple[list[AbuseHit], bool]:
    hits: list[AbuseHit] = []
    if not forms:
        return hits, False
    present = frozenset(keys) | frozenset(forms)
    joined = " ".join(keys)
    surface = " ".join(forms)
    _phrases(surface, present, hits)  # the phrases spell their inflections out: surface forms suffice
    if not _HATE_TRIGGERS.isdisjoint(present):
        surface = " ".join(forms)
        _hate(joined, keys, present, hits, chat.lang, surface if surface != joined else None)
    self_talk = not _SELF_HATE_WORDS.isdisjoint(present) and _SELF_HATE.search(joined) is not None
    if not any(h.kind is _I for h in hits):
        if not INSULT_WORDS.isdisjoint(present):
            self_talk = _insults(keys, forms, chat, hits) or self_talk
        if not any(h.kind is _I for h in hits) and not _MULTI_INDEX.keys().isdisjoint(present):
            _multi_insults(joined, forms, present, chat, hits)
    if hits and _TO_SELF.search(surface) is not None and not chat.reply and not chat.mentions:
        # "note to self: you are an idiot", « note pour moi-même : t'es nulle »: "you" is the author
        if any(h.kind is _I for h in hits):
            self_talk = True
        hits = [h for h in hits if h.kind is not _I]
    if (
        hits
        and not chat.mentions
        and any(h.kind is _I for h in hits)
        and _to_self_insult11(surface, chat.text)
    ):
        # insult11: « t'es conne ma pauvre fille (je parle de moi) », "you idiot, me I mean": the reader
        # is the author
        self_talk = True
        hits = [h for h in hits if h.kind is not _I]
    if hits:
        # who the hits are about is read on the hits as found, before never13's preface and neighbours
        # disarm some of them
        self_address = _self_address(surface, chat, hits)
        if self_address == "scolds":
            hits, self_talk = [], True  # the author scolds themself: self-talk, never an insult
        else:
            hits = _disarmed_phrases_never13(surface, present, hits)
            if self_address == "describes":
                kept = [h for h in hits if not h.cue.endswith(_DESCRIBED_ROWS)]
                hits, self_talk = kept, self_talk or len(kept) < len(hits)
    if hits and _cursed_game_thing_insult15(chat, hits):
        hits = []  # insult15: "the final boss can go to hell", « ce fdp de boss »: venting at the game
    if hits and (
        rules.REASSURED_INSULT11.search(surface) is not None
        or rules.IRONY_REFUTED_INSULT11.search(surface) is not None
    ):
        # insult11: « t'es bête ou quoi, pourquoi tu t'excuses », « bien sûr que t'es nul, c'est pour
        # ça que t'as fini 1er »: a weak word of care or irony, not contempt
        hits = [h for h in hits if not _weak_scolding_insult11(h)]
    return hits, self_talk


_SCOLDING_CUES_INSULT11 = frozenset(("insult_construction", "insult_or_what_r29"))


# insult15: the curses a player says of the game itself (``_abuse_rules.GAME_CURSED_insult15``)
_CURSE_CUES_insult15 = frozenset(("fuck_you", "nique_ta_mere", "va_crever", "creve"))


def _cursed_game_thing_insult15(chat: Chat, hits: list[AbuseHit]) -> bool:
    """insult15: every hit a curse, its target a game thing (a boss, the servers, the lag) and no member
    addressed (no reply, no mention, no second person in the author's own words): venting at the game."""
    if chat.reply or chat.mentions or not all(h.cue in _CURSE_CUES_insult15 for h in hits):
        return False
    words = chat.own_forms.split()
    if not _READER_insult13.isdisjoint(words):
        return False
    return rules.GAME_CURSED_insult15.search(chat.own_forms) is not None


# never13 (round 67): the insults whose reader is the author, and two phrases whose context disarms them
# (patterns and the reasons in ``_abuse_rules``, never13 block). The generic insult cues only: a row that
# names the reader's illness or treatment ("forgot your meds, psycho") is never read as self-address, nor
# are the words that mock an illness.
_SELF_CUES_never13 = frozenset(
    ("insult_you_are", "insult_addressed", "insult_vocative", "insult_construction", "insult_soft_noun",
     "espece_de", "insult_or_what_r29")
)  # fmt: skip
_NOT_SELF_WORDS_never13 = _ws(
    "psycho psychos schizo schizos retard retarded retards mongol mongole tare taree autiste autist spastic "
    "spaz cripple crippled gogol debile mental malade fou folle crazy insane nutjob junkie toxico druggie"
)


def _self_cue_never13(hit: AbuseHit) -> bool:
    rule, _, word = hit.cue.partition(":")
    return hit.kind is _I and rule in _SELF_CUES_never13 and word not in _NOT_SELF_WORDS_never13


def _self_address(surface: str, chat: Chat, hits: list[AbuseHit]) -> Literal["scolds", "describes"] | None:
    """The author addressing or describing themself: the hits are about the author, self-talk, never an
    insult. Only with no member addressed (no reply, no mention); two shapes:

    * ``"scolds"`` (never13): every hit is a generic insult cue (``_self_cue_never13``), no reader is blamed
      (``BLAME_never13``) and the "you" is the author: a feeling a situation gives ("it makes you feel like a
      freak", the hits' words in it), self-address after a mistake with the author's own care ("you forgot
      your meds"), or a first-person failure (« j'ai encore raté »). Every hit goes.
    * ``"describes"`` (insult13, insult14, insult15): their rows read contempt with no insult noun ("imagine
      needing a wheelchair and still …", "does the wittle epileptic need a nap?", « débile mais courageux »).
      Patients say the same of themselves, as dark humour ("… that's me", "yes i do", "typical whiny bipolar
      me"): with no second person in the author's own words and the author in them (I, me, my, moi), the one
      described is the author. Those rows' hits go.

    ``None``: someone else is addressed, or the author is not in the words."""
    if chat.reply or chat.mentions:
        return None
    if all(_self_cue_never13(h) for h in hits) and rules.BLAME_never13.search(surface) is None:
        feel = rules.FEEL_LIKE_never13.search(surface)
        if (
            (feel is not None and all(h.cue.partition(":")[2] in feel.group(0).split() for h in hits))
            or (
                rules.SELF_MISTAKE_YOU_never13.search(surface) is not None
                and rules.OWN_CARE_never13.search(surface) is not None
            )
            or rules.SELF_FAIL_I_never13.search(surface) is not None
        ):
            return "scolds"
    if _self_scolds_never15(surface, chat, hits):
        return "scolds"
    if any(h.cue.endswith(_DESCRIBED_ROWS) for h in hits):
        words = frozenset(chat.own_forms.split())
        if _READER_insult13.isdisjoint(words) and not _SELF_insult13.isdisjoint(words):
            return "describes"
    return None


def _self_scolds_never15(surface: str, chat: Chat, hits: list[AbuseHit]) -> bool:
    """never15: the author's own label before the "you", a first-person copula whose complement is the
    insult, self-coaching beside the author's own situation, or a counterfactual about the author's care
    with a self-vocative (patterns and reasons in ``_abuse_rules``, never15 block). Insults only."""
    if any(h.kind is not _I for h in hits) or rules.BLAME_never13.search(surface) is not None:
        return False
    # the words judged, not the message: reported words turned to "you" (``_reported_abuse``) hold no "me"
    words = frozenset(surface.split())
    plain = all(h.cue.partition(":")[2] not in _NOT_SELF_WORDS_never13 for h in hits)
    if plain and ":" in chat.text and not _SELF_insult13.isdisjoint(words):
        text = chat.text.lower()
        if rules.SELF_LABEL_never15.search(text) and rules.OTHER_LABEL_never15.search(text) is None:
            return True
    if plain and not _SELF_insult13.isdisjoint(words):
        own = rules.FILLER_YOU_never15.sub(" ", f" {surface} ")
        if _READER_insult13.isdisjoint(own.split()) and _described_never15(chat.text, hits):
            return True
    team = rules.TEAM_never15.search(surface) is not None
    generic = all(_self_cue_never13(h) for h in hits)  # "you idiot", "t'es nulle": no row of its own
    if (
        generic
        and not team
        and rules.SELF_COACH_never15.search(surface) is not None
        and (not _SELF_insult13.isdisjoint(words) or rules.SELF_ONLY_COACH_never15.search(surface))
    ):
        return True  # "my back is killing me, stop whining you're pathetic", "come on you idiot, focus"
    if (
        generic
        and not team
        and _SELF_insult13.isdisjoint(words)
        and rules.EXASPERATED_never15.search(surface) is not None
        and rules.WASTED_CHANCE_never15.search(surface) is not None
    ):
        return True  # « qu'est-ce que t'as foutu ducon, t'avais l'ult et t'as flash dans le mur »
    return (
        not team
        and rules.SELF_VOCATIVE_never15.search(surface) is not None
        and rules.SELF_MISTAKE_YOU_never13.search(surface) is not None
        and rules.OWN_CARE_never13.search(surface) is not None
    )


def _described_never15(text: str, hits: list[AbuseHit]) -> bool:
    """Every insult word stands in a clause after a first-person copula (a word-less cue: any such clause)."""
    folded = _fold_never15(text)
    rests = [m.group("rest") for m in rules.SELF_COPULA_never15.finditer(folded)]
    if not rests:
        return False
    for hit in hits:
        word = hit.cue.partition(":")[2]
        if word and not any(word in rest.split() for rest in rests):
            return False
    # the complement said to a reader is itself an insult ("the official dead weight of the team"): the
    # copula's clause holds the insult, not a word beside it ("i'm the tank, idiot")
    for rest in rests:
        said = ["you", "are", *rest.split()]
        found, _ = _detect(said, said, _NO_READER_never15)
        if any(h.kind is _I for h in found):
            return True
    return False


_NO_READER_never15 = Chat("", (), False, 0)


def _fold_never15(text: str) -> str:
    """Lower case, accents and apostrophes out, clause marks kept (the copula's clause is read on it)."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"['’`]", " ", plain)


# the reader named ("imagine …" is the rows' own frame, not a reader), and the author in the singular (not
# « on » nor "we": the English preposition "on" is one of FIRST_SUBJ's words)
_READER_insult13 = SECOND - {"imagine"}
# the rows whose contempt the author may say of themself (insult13, insult14 and insult15)
_DESCRIBED_ROWS = ("_insult13", "_insult14", "_insult15")
_SELF_insult13 = _ws("i im me myself my mine je j jsuis chui chuis moi mon ma mes")


def _disarmed_phrases_never13(surface: str, present: frozenset[str], hits: list[AbuseHit]) -> list[AbuseHit]:
    """never13: the phrases a self-deprecating preface or neighbours disarm."""
    if "asked" in present or "demande" in present:
        asked = rules.NOBODY_ASKED_SELF_never13.search(surface)
        if asked is not None:
            # "nobody asked but here's my build": the phrase read again without the preface
            rest: list[AbuseHit] = []
            _phrases(surface[: asked.start()] + surface[asked.end() :], present, rest)
            hits = [h for h in hits if h.kind is not _I or h in rest]
    if (
        not _NEIGHBOURS_never13.isdisjoint(present)
        and rules.NEIGHBOURS_never13.search(surface) is not None
        and rules.MENACE_THREAT9.search(surface) is None
        and all(h.kind is not _I and h.kind is not _H for h in hits)
    ):
        hits = []  # "I know where you live now haha, we're neighbours!": a shared street, no menace
    return hits


_NEIGHBOURS_never13 = _ws("neighbours neighbors neighbour neighbor voisins voisines same meme")


def _weak_scolding_insult11(hit: AbuseHit) -> bool:
    if hit.kind is not _I:
        return False
    if hit.cue in _SCOLDING_CUES_INSULT11:
        return True
    rule, _, word = hit.cue.partition(":")
    return rule in ("insult_you_are", "insult_addressed", "insult_vocative") and word in WEAK


def _to_self_insult11(surface: str, text: str) -> bool:
    """The author says the "you" is themself (``rules.TO_SELF_INSULT11``, a "(me)" aside, or the same
    insult word said first of "I")."""
    if rules.TO_SELF_INSULT11.search(surface) is not None or rules.TO_SELF_PARENS_INSULT11.search(text):
        return True
    same = rules.SAME_WORD_SELF_INSULT11.search(surface)
    return same is not None and same.group(1) in INSULT_WORDS


_TO_SELF = re.compile(
    r"(?<![^ ])(?:note to self|reminder to self|note to myself|memo to self|note pour moi meme|"
    r"note a moi meme|note pour moi|rappel a moi meme|moi a moi)(?![^ ])"
)


_AS_SAID: dict[str, str] = {}  # direct speech quoted as it was said to the author
_TRANSPOSE_FR = {
    "je": "tu", "j": "t", "moi": "toi", "mon": "ton", "ma": "ta", "mes": "tes", "m": "t", "me": "te",
    "suis": "es", "nous": "vous", "myself": "yourself",
}  # fmt: skip
_TRANSPOSE_EN = {
    "i": "you", "me": "you", "myself": "yourself", "my": "your", "mine": "yours", "am": "are", "we": "you",
    "us": "you", "ourselves": "yourselves", "je": "tu", "j": "t", "moi": "toi", "mon": "ton", "ma": "ta",
    "mes": "tes", "suis": "es",
}  # fmt: skip


def _reported_abuse(
    keys: list[str], forms: list[str], chat: Chat, named_by: frozenset[str] = frozenset()
) -> bool:
    """Abuse in someone else's words: vocabulary, or the detectors on the span turned to "you"."""
    if any(k in _REPORTED_WORDS or f in _REPORTED_WORDS for k, f in zip(keys, forms, strict=True)):
        return True
    if not _NAMING.isdisjoint(named_by) and (
        any(k in _NAMED_WORDS for k in keys) or any(_bounded(p, " ".join(keys)) >= 0 for p in MULTI_INSULTS)
    ):
        return True
    for table in (_AS_SAID, _TRANSPOSE_FR, _TRANSPOSE_EN):
        turned = [table.get(f, f) for f in forms]
        turned_keys = [table.get(k, k) for k in keys]
        found, _ = _detect(turned_keys, turned, chat)
        if found:
            return True
    return False


# Round 19 (issue 11): a third person's threat, report or watching aimed at the author, told by the author
# ("a user keeps saying they'll report me to social services", « quelqu'un veut dire à mon travail que… »,
# "someone wrote that they saw me at the pharmacy"), and names kept being called.
_THEIR_MOVE = re.compile(
    r"(?<![^ ])(?:he|she|they|someone|somebody|a user|a member|a player|a guy|this guy|this one guy|people|"
    r"il|elle|ils|elles|quelqu un|qqn|un membre|un joueur|une joueuse|une personne|un mec|un type|un gars|"
    r"une meuf|on)(?: \S+){0,5} (?:says|said|keeps saying|kept saying|is threatening to|threatened to|"
    r"threatens to|"
    r"wants to (?:tell|send|email|call|report|post|leak|ring)|wrote that|wrote|dit qu|dit que|a dit qu|"
    r"(?:veut|voulait) (?:dire|envoyer|ecrire|balancer|publier|poster|signaler|appeler)|menace de|"
    r"a menace de|m a menace de|"
    r"m a ecrit que|m a ecrit|m a dit que|m a envoye|keeps sending me|kept sending me|keeps calling me|"
    r"kept calling me|m appelait|m appelle|m appellent|nous appelle|nous appellent|keeps calling the|"
    r"keeps replying|repond sous chacun de mes|replies)(?: \S+){0,8} (?:me|my|mon|ma|mes|moi|us|our|nous|"
    r"je|j|i)(?![^ ])"
)
# Names kept being called, messages kept coming, and the mods asked or the hurt told: a report whatever the
# words received ("our officer keeps calling the women roasties, can we talk to someone").
_KEPT_AT_ME = re.compile(
    r"(?<![^ ])(?:he|she|they|someone|somebody|il|elle|ils|elles|qqn|quelqu un)(?: \S+){0,3} "
    r"(?:keeps calling me|kept calling me|keep calling me|m appelait|m appelle|m appellent|"
    r"m appelaient)(?![^ ])"
    r"|^(?=.*(?<![^ ])(?:mod|mods|modo|modos|moderator|moderators|moderateur|moderateurs|admin|admins|mode|"
    r"report|reported|signaler|signale|help|aide|aidez|scared|peur|hurts|exhausting|fatiguee|fatigue|"
    r"intervenir|do something|faire quelque chose|talk to someone|parler a quelqu un|is that ok|c est ok|"
    r"allowed|sanctionnable|against the rules|bannable)(?![^ ]))"
    r".*(?<![^ ])(?:keeps|kept|keep|n arrete pas de|arrete pas de|continue de|continue a|continuent de) "
    r"(?:calling|sending|messaging|dming|replying|posting|m appeler|nous appeler|m envoyer|me traiter|"
    r"m ecrire|nous traiter)(?: \S+){0,6} (?:me|us|the women|the girls|les filles|les femmes|nous|"
    r"moi)(?![^ ])"
)
_TELLS_OF_ABUSE = re.compile(
    "|".join(
        f"(?:{p.pattern})" for p in (_REPORT_PHRASES, _THEIR_THREAT, _TOLD_TO_DIE, _THEIR_MOVE, _KEPT_AT_ME)
    )
)


# Clauses of the patterns (``_requires``, derived from the patterns themselves): a pattern whose clauses the
# message's words do not all meet cannot match, and is not run.
_PHRASE_GATE = Gate(requirement(row[5]) for row in rules.PHRASES)
_HATE_GATE = Gate(requirement(row[3]) for row in rules.HATE_RULES)
_TELLS_GATE = Gate([requirement(_TELLS_OF_ABUSE)])
# Where each pattern can start (``_starts``): a row none of whose starting tokens is in the text is not run.
_HATE_STARTS = tuple(starts(row[3]) for row in rules.HATE_RULES)
_PHRASE_STARTS = tuple(starts(row[5]) for row in rules.PHRASES)
_DIRECT = 2  # up to this many candidate patterns are searched directly, without the gates


# Round 19 (issue 11): naming abuse while committing it is no report. With abuse of the author's own, a
# report noun ("racist", « insultes », "swatted") tells of abuse received only when the author is in the
# message (me, my, we...) and does not deny it of themselves (« je suis pas raciste mais... », "not racism").
_VICTIM = FIRST_SUBJ | FIRST_POSS | _ws("us our notre nos we")
_DISCLAIMED = re.compile(
    r"(?<![^ ])(?:pas|not|isn t|c est pas|ce n est pas|n est pas)(?: \S+){0,2} (?:racist|racism|raciste|"
    r"racisme|sexist|sexiste|homophobic|homophobe)(?![^ ])|(?<![^ ])racist to notice(?![^ ])"
    # hate12: « je dis pas ça pour être raciste mais », "not trying to sound racist but"
    r"|(?<![^ ])(?:pour etre|pour paraitre|to be|to sound|to seem) (?:racist|raciste|sexist|sexiste|"
    r"homophobe|homophobic|transphobe|transphobic)(?: \S+)? (?:but|mais)(?![^ ])"
    # hate9: "I'm not saying I'm racist but", « je dis pas que je suis homophobe mais »
    r"|(?<![^ ])(?:je dis pas que|je ne dis pas que|j dis pas que|jdis pas que|i am not saying|not saying)"
    r"(?: \S+){0,3} (?:racist|raciste|homophobe|homophobic|sexist|sexiste|transphobe|transphobic)(?![^ ])"
    r"|(?<![^ ])(?:before you call me|before you lot call me|don t call me|do not call me|"
    r"avant de me traiter de|me traitez pas de|traitez moi de) (?:a )?"
    r"(?:racist|raciste|homophobe|sexist|sexiste)(?![^ ])"
)


# threat9: the abuse named befalls the reader ("one call and you get swatted, keep testing me", « tu vas te
# faire doxxer »): the author's own threat, whatever "me" is said beside it
_READER_NAMED_threat9 = re.compile(
    r"(?<![^ ])(?:you|u|ya|tu|t|te|vous)(?: (?:will|ll|are|re|r|gonna|going to|get|gets|getting|be|being|vas|"
    r"va|allez|te|vous|faire|fais|se))* (?:get |be |gonna be |going to be |faire )?(?:doxxed|doxed|swatted|"
    r"harassed|threatened|harceler|harcele|harcelee|doxxer|swatter|menacer)(?![^ ])"
)


# threat15: the abuse named is the condition of the author's own threat ("if you insult me again", « si tu
# me traites encore »), not abuse received
IF_YOU_AGAIN_threat15 = re.compile(
    r"(?<![^ ])(?:si|if|la prochaine fois que|next time|one more time) (?:tu|t|you|u)(?: \S+){0,2}"
    r" (?:insultes|insulte|insult|insults|traites|traite|call me|harceles|harass|threaten|menaces)(?![^ ])"
)


def _naming_own_abuse(forms: list[str], hits: list[AbuseHit]) -> bool:
    if not hits or _TELLS_OF_ABUSE.search(" ".join(forms)) is not None:
        return False  # "got called a ...", "he said he would find me": a report in so many words
    if any(h.kind in (AbuseKind.THREAT, AbuseKind.EXPOSURE) for h in hits) and _READER_NAMED_threat9.search(
        " ".join(forms)
    ):
        return True
    if any(h.kind is AbuseKind.THREAT for h in hits) and IF_YOU_AGAIN_threat15.search(" ".join(forms)):
        return True  # threat15: « si tu m'insultes encore je te refais la mâchoire »: a condition, no report
    return _VICTIM.isdisjoint(forms) or _DISCLAIMED.search(" ".join(forms)) is not None


def _names_abuse(forms: list[str]) -> bool:
    """The message tells of abuse received: "slurs", « des menaces », "he said he would find me"."""
    if not _REPORT_NOUNS.isdisjoint(forms):
        return True
    joined = " ".join(forms)
    if not _TELLS_GATE.open(0, _TELLS_GATE.met(forms)):
        return False  # a clause of the pattern is not met: it cannot match
    return _TELLS_OF_ABUSE.search(joined) is not None


def _key(form: str, lemma: str) -> str:
    """The lexicon's word for a token: its form, or its lemma when only the lemma is known."""
    if form in _GATE or lemma not in _GATE:
        return form
    return lemma


_BY_LENGTH: dict[int, list[str]] = {}
for _w in sorted(_GATE | _REPORTED_WORDS | _ws("fuck fucking shit bitch cunt you rape")):
    if _w.isalpha():
        _BY_LENGTH.setdefault(len(_w), []).append(_w)


_SEGMENT_VOCAB = _GATE | SECOND | FIRST_SUBJ | _ws("kill go die end neck fuck off you are is a an the un une")
# insult9: the small words of the phrases ("waste of space", « fils de … »), so that letters spaced one by one
# are cut back into them
_SEGMENT_VOCAB = _SEGMENT_VOCAB | _ws("of de du la le les to for in at on my your ur ta ton tes")


# Round 24: a word cut by dots or hyphens ("pu.te", "id-i-ot"): joined when the whole is a word of the lists.
_JOINED_PARTS = re.compile(r"(?<![a-z0-9])[a-z]+(?:[.\-][a-z]+)+(?![a-z0-9])")


def _joined_word(match: re.Match[str]) -> str:
    parts = re.split(r"[.\-]", match.group(0))
    if all(len(p) == 1 for p in parts):
        return match.group(0)  # letters one by one ("f.i.n.d y.o.u"): the spaced-run reading's
    whole = "".join(parts)
    return whole if whole in _GATE else match.group(0)


# Round 24: small words spelt in digits that the normaliser leaves ("4nd", "th3", "d3"): one of them shows
# that the message is written in leet, and the other words are read the same way ("1'll f1nd y0u 4nd
# k1ll y0u").
_LEET_VOCAB = _SEGMENT_VOCAB | _ws("and the de des du le la les out no not now to te")
_LEET_I_PRONOUN = re.compile(r"(?<![a-z0-9])1(?=['’](?:ll|m|d|ve)(?![a-z]))")


@lru_cache(maxsize=4096)
def _reread(text: str, reply: bool) -> Chat | None:
    fixed = _deobfuscate(text)
    if fixed == fold(_MENTION_OUT.sub(" <@0> ", text)):
        return None
    return read(fixed, reply=reply)


_QUOTE_LEAD = (
    _NAMING
    | _REPORT_ANCHORS
    | _ws(
        "me m word words mot mots like comme with avec said says say wrote write writes saying disant of de "
        "d as en que qu that this ce typed type types envoye envoyee recu received got sent posted replied "
        "repondu "
        "commented commente wrote ecrit dm dmed texted messaged tweeted"
    )
)
_QUOTE_KEEP = INSULT_WORDS | _REPORTED_WORDS | SECOND | FIRST_SUBJ


def _scare_quotes_out(forms: Sequence[str], quoted: list[bool]) -> list[bool]:
    """Scare quotes ("all these 'non-binary' freaks", « ses 'douleurs' ») are the author's own words: a quoted
    run of at most three words inside a sentence, not introduced by a naming or reporting word."""
    if not any(quoted):
        return quoted
    out = list(quoted)
    n = len(forms)
    i = 0
    while i < n:
        if not quoted[i]:
            i += 1
            continue
        j = i
        while j < n and quoted[j]:
            j += 1
        if j - i <= 3 and i > 0 and forms[i - 1] not in _QUOTE_LEAD and _QUOTE_KEEP.isdisjoint(forms[i:j]):
            for k in range(i, j):
                out[k] = False
        i = j
    return out


# Harmless homonyms (issue #11, round 20): words of the lists and lexicons that name something else in this
# message: "retard" a delay (« désolée du retard »), « bâtard » a loaf or a mongrel, « tapette » a mousetrap,
# « chatte » a she-cat, "bitch" a female dog, "faggots" a Northern dish, "PD" peritoneal dialysis or
# Parkinson's, "fag" a cigarette, "spastic" a kind of cerebral palsy. Such a token is no word of the author's
# for any detector nor for the policy's word lists (``own_words``); it stays a word when it is aimed at
# someone ("you bitch", « sale bâtard », « espèce de ... »), so a homonym never hides an insult.
_HOMONYM_CONTEXT: dict[str, frozenset[str]] = {
    "tapette": _ws(
        "souris souri rat rats mouche mouches piege pieges grenier cave mulot mulots rongeur rongeurs"
    ),
    "batard": _ws(
        "pain pains baguette baguettes boulangerie boulanger boulangere croissant croissants farine levain "
        "four miche tradi tradition chien chiens chiot chiots croise croisee race refuge toutou"
    ),
    "chatte": _ws(
        "chaton chatons chat chats petits portee minou veto veterinaire sterilise sterilisee steriliser "
        "croquettes litiere miaule ronronne gestante pleine vaccine vaccines vaccinee adopter adoption "
        "voisine matou"
    ),
    "bitch": _ws(
        "puppies puppy pups pup litter whelp whelped whelping breeder breeders breeding kennel kennels dam "
        "sire "
        "stud spayed spay heat vet labrador lab retriever spaniel collie greyhound terrier pedigree"
    ),
    "faggot": _ws(
        "peas pea gravy tea dinner mash onion onions butcher recipe nan gran oven pork brown sauce chips"
    ),
    "pd": _ws(
        "dialysis dialyse catheter peritoneal peritoneale cycler exchanges exchange bags kidney kidneys "
        "renal "
        "nephrologist nephro egfr parkinson parkinsons levodopa tremor hemo hd transplant"
    ),
    "fag": _ws(
        "smoke smoking cigarette cigarettes lighter ash ashtray rollie rollies quit packet pack baccy"
    ),
    "spastic": _ws(
        "cerebral palsy cp diplegia quadriplegia hemiplegia paraplegia spasticity botox physio muscles "
        "muscle "
        "tone"
    ),
}
_HOMONYM_ALIASES = {
    "tapettes": "tapette", "batards": "batard", "chattes": "chatte", "bitches": "bitch", "faggots": "faggot",
    "fags": "fag",
}  # fmt: skip
_HOMONYM_GATE = frozenset(_HOMONYM_CONTEXT) | frozenset(_HOMONYM_ALIASES) | _ws("retard retards")
_AIMED_BEFORE = _ws(
    "you u ya ur your yo sale sales espece de d ta ton petite petit stupid dumb fucking little"
)


def _harmless_homonyms(forms: Sequence[str], lang: str) -> set[int]:
    """Indices of tokens that are a harmless homonym in this message (see ``_HOMONYM_CONTEXT``)."""
    found: set[int] = set()
    present: frozenset[str] | None = None
    n = len(forms)
    for i, w in enumerate(forms):
        if w in ("retard", "retards"):
            before = forms[i - 1] if i else ""
            after = forms[i + 1] if i + 1 < n else ""
            if (
                before in _FR_NEAR_RETARD
                or after in _AFTER_RETARD_DELAY
                or (lang == "fr" and before not in _EN_BEFORE_RETARD and before not in _AIMED_BEFORE)
            ):
                found.add(i)
            continue
        word = _HOMONYM_ALIASES.get(w, w)
        context = _HOMONYM_CONTEXT.get(word)
        if context is None:
            continue
        if i and forms[i - 1] in _AIMED_BEFORE and word not in ("pd", "spastic"):
            continue
        if present is None:
            present = frozenset(forms)
        if not context.isdisjoint(present):
            found.add(i)
    return found


_CURSED_ILLNESS = re.compile(CURSED_ILLNESS)
_CURSED_ILLNESS_support12 = re.compile(CURSED_ILLNESS_support12)
# the pattern's own clauses (``_requires``): a message without the words one of its shapes needs cannot match
# it (a cheap gate, derived so that it cannot fall out of step with the pattern)
_CURSED_GATE_support12 = Gate([requirement(_CURSED_ILLNESS_support12)])
_NAMED_ILLNESS_support12 = frozenset(
    [
        "scleroderma",
        "sclerodermie",
        "lupus",
        "huntington",
        "huntingtons",
        "als",
        "sla",
        "mnd",
        "pcos",
        "sopk",
        "eds",
        "narcolepsie",
        "cataplexy",
        "cataplexie",
    ]
)
# Every word of the illness vocabulary: a message holding none of them curses no illness (a cheap gate).
_ILLNESS_WORDS = frozenset(re.findall(r"[a-z0-9]+", ILLNESS_NOUN))


def curses_illness(chat: Chat) -> bool:
    """The author curses an illness, a treatment or their own body ("lupus you absolute bastard", "fibro can
    go to hell", « va te faire foutre la maladie »), in their own words, with no member addressed (no mention,
    not a reply): illness talk, whose harsh words are not aimed at anyone."""
    if chat.mentions or chat.reply:
        return False
    own = f" {chat.own_forms} "
    if not chat.vocab.isdisjoint(_ILLNESS_WORDS) and _CURSED_ILLNESS.search(own) is not None:
        return True
    # support12: an illness the list does not name, known by its medical suffix (« ma sclérodermie est une
    # vraie salope »), or by a few names that carry none
    return (
        _CURSED_GATE_support12.open(0, _CURSED_GATE_support12.met(chat.vocab))
        and (
            not chat.vocab.isdisjoint(_NAMED_ILLNESS_support12)
            or any(word.endswith(ILLNESS_SUFFIXES_support12) for word in chat.vocab)
        )
        and _CURSED_ILLNESS_support12.search(own) is not None
    )


# threat11: words the reading sets apart as someone else's that are the author's own threat to the reader:
# what a third person "told me" about the reader ("your mate told me where you drink on fridays, see you
# there"), the reader's things "posted" (« imagine if someone posted your diagnosis… »), a label in quotes the
# author will write under the reader's face. Read on the whole message by the threat11 rows only, and only
# when the words set apart speak of no first person (a member quoting "i'll find you" stays a report) and,
# beyond a short label, name the reader, are not quoted in so many words, and come with no mods asked nor
# help wanted (« someone dmed me "i know where you drink…", should i tell the mods? » stays a report).
_FIRST_threat11 = _ws("i me my mine myself im we us our ours je j moi mon ma mes m nous notre nos")


_VICTIM_threat11 = _ws("me my mine myself moi mon ma mes us our nous notre nos")
_QUOTE_MARKS_threat11 = re.compile(r"[\"“”«»„‹›]|(?m:^>)")
_ASKS_threat11 = _ws(
    "mod mods modo modos moderator moderators moderateur moderateurs admin admins report reported signaler "
    "signale help aide aidez scared peur should dois devrais what quoi received recu recue got dmed dm mp"
)


def _readers_threat_threat11(forms: list[str], rep_idx: list[int], text: str) -> list[AbuseHit]:
    rep = [forms[i] for i in rep_idx]
    if not _FIRST_threat11.isdisjoint(rep) or (len(rep) > 3 and SECOND.isdisjoint(rep)):
        return []
    if len(rep) > 3 and _QUOTE_MARKS_threat11.search(text) is not None:
        return []  # a message quoted in so many words: what a member received
    rep_set = set(rep_idx)
    own = [
        f
        for i, f in enumerate(forms)
        if i not in rep_set and not (f == "me" and i and forms[i - 1] == "told")
    ]
    if not _ASKS_threat11.isdisjoint(own) or not _VICTIM_threat11.isdisjoint(own):
        return []  # the mods asked, help wanted, words received, the author threatened: a report
    joined = " ".join(forms)
    present = frozenset(forms)
    return [
        AbuseHit(kind, cue)
        for kind, cue, anchors, needs, _soft, pattern in _ROWS_threat11
        if not anchors.isdisjoint(present)
        and _needs_met(needs, present)
        and pattern.search(joined) is not None
    ]


_ROWS_threat11 = tuple(row for row in rules.PHRASES if row[1].endswith("_threat11"))


def assess_abuse(chat: Chat) -> AbuseReading:
    """Directed insults, hate, threats and exposure in the author's own words; reported abuse and self-talk
    set apart (see the module docstring). Ordinary chat returns the empty reading after the gate."""
    reading = _assess(chat)
    if not reading.reported and all(h.kind is _I for h in reading.hits) and curses_illness(chat):
        # a curse aimed at the illness ("lupus you absolute bastard"): illness talk, set apart like
        # self-talk, so neither the insult detector nor the word lists act on it
        return replace(reading, hits=(), self_talk=True)
    return reading


def _assess(chat: Chat) -> AbuseReading:
    tokens = chat.tokens
    text = chat.text
    if _suspect(text, tokens):
        again = _reread(text, chat.reply)
        if again is not None:
            chat = Chat(text, again.tokens, chat.reply, chat.mentions, lang=again.lang)
            tokens = again.tokens
    gate = _GATE
    # ``vocab`` holds every token's form and lemma: one set test instead of two lookups per token
    if gate.isdisjoint(chat.vocab):
        if not chat.quoted:
            return _EMPTY
        rep = [t for t in tokens if t.quoted]
        reported = _reported_abuse(
            [_key(t.form, t.lemma) for t in rep],
            [t.form for t in rep],
            chat,
            frozenset(t.form for t in tokens if not t.quoted),
        ) or _names_abuse([t.form for t in tokens])
        return AbuseReading(reported=reported, own_words=" ".join(t.form for t in tokens if not t.quoted))
    forms = [t.form for t in tokens]
    keys = [t.form if t.form in gate or t.lemma not in gate else t.lemma for t in tokens]  # ``_key``
    quoted = _scare_quotes_out(forms, [t.quoted for t in tokens])
    anchored = not _REPORT_ANCHORS.isdisjoint(forms)  # both reporting constructions need one of these words
    if anchored or not _REPORT_ANCHORS_fa14.isdisjoint(forms):
        joined = " ".join(forms)
        match = _REPORT.search(joined) if anchored else None
        if match is None and not _REPORT_ANCHORS_fa14.isdisjoint(forms):
            match = _REPORT_fa14.search(joined)  # fa14: told in the passive, a message named, a shout
        if match is not None:
            start = joined[: match.end()].count(" ") + 1
            if (
                start >= len(quoted) or not quoted[start]
            ):  # "he wrote 'kys' under my post": the quote is the report
                quoted = [q or i >= start for i, q in enumerate(quoted)]
        received = _RECEIVED.search(joined) if anchored else None
        if received is not None:  # "getting kys spam in DMs", « je reçois des 'crève' en mp »: received words
            first = joined[: received.start(1)].count(" ")
            last = first + received.group(1).count(" ")
            quoted = [q or first <= i <= last for i, q in enumerate(quoted)]
        before = _REPORT_BEFORE.search(joined) if anchored else None
        if before is not None:  # "kys is what they say to me": the words before it are the report
            end = joined[: before.start()].count(" ")
            quoted = [q or i < end for i, q in enumerate(quoted)]
    harmless = _harmless_homonyms(forms, chat.lang) if not _HOMONYM_GATE.isdisjoint(chat.vocab) else ()
    own_idx = [i for i, q in enumerate(quoted) if not q and i not in harmless]
    rep_idx = [i for i, q in enumerate(quoted) if q]
    own_forms = [forms[i] for i in own_idx]
    hits, self_talk = _detect([keys[i] for i in own_idx], own_forms, chat)
    if hits and any(hit.cue == "raid_called" for hit in hits) and _KIND_CROWD.search(" ".join(forms)):
        hits = [hit for hit in hits if hit.cue != "raid_called"]  # a crowd called to be kind (day 7)
    reported = False
    whole = (
        _readers_threat_threat11(forms, rep_idx, text)
        if rep_idx and all(h.cue.endswith("_threat11") for h in hits)
        else []
    )
    if whole:
        hits = [*hits, *whole]  # threat11: the "reported" words are the author's threat to the reader
    elif rep_idx:
        reported = _reported_abuse(
            [keys[i] for i in rep_idx], [forms[i] for i in rep_idx], chat, frozenset(own_forms)
        )
    if not reported and not whole and _names_abuse(forms) and not _naming_own_abuse(forms, hits):
        reported = True
    if reported and hits:
        # A member reporting abuse names the slur they received ("he keeps saying f*ggot in vc"): a slur
        # in a report is mentioned, not used. Insults, threats and hate claims of their own still count.
        hits = [h for h in hits if h.kind is not _H or not h.cue.startswith("slur:")]
    own_words = " ".join(own_forms) if rep_idx or harmless else None
    unique: list[AbuseHit] = []
    for h in hits:
        if h not in unique:
            unique.append(h)
    return AbuseReading(
        hits=tuple(unique), reported=reported, self_talk=self_talk and not unique, own_words=own_words
    )
