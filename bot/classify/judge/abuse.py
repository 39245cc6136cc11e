"""Directed insults, hate, threats and exposure threats; reported speech and self-talk set apart.

How it reads a message (``assess_abuse``):

1. **Gate.** Every form and lemma is looked up in one set of trigger words (insults, slurs, groups,
   violence and exposure verbs, the anchors of the fixed phrases). Ordinary chat meets none and costs a
   few set lookups. Obfuscation the normaliser left (symbols inside words ``s@l0pe``, masked ``f*ck``,
   digits for letters, stretched or spaced letters) is undone here first, only when the text shows it.
2. **Own words and reported words.** Tokens the normaliser marked as quoted, words inside quotation marks,
   and words after a reporting verb ("he called me", « il m'a traité de ») are someone else's words: they
   never count, and abuse vocabulary found there sets ``reported`` (the member reports abuse: a help
   request).
3. **Rules** over the author's own tokens (index windows) and their space-joined forms (regular
   expressions with token gaps): a directed insult needs an addressee (second person, a mention, a reply,
   an imperative) and no nearer first- or third-person subject; weak words ("nul", "trash", "stupid") only
   count in a "you are (a) ..." construction; negation cancels ("you're not stupid"); the same words about
   oneself set ``self_talk``. Hate is a slur or a group with a generalising or dehumanising predicate.
   Threats are first-person intent + violence + a second-person target, unless the game is the context
   (soft verbs like "destroy" never count alone); "kill yourself" in every spelling; exposure threats.

Every hit carries a cue: the rule id and, for lexicon rules, the lexicon entry (never the raw text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bot.classify.judge import _abuse_lexicon as lex
from bot.classify.judge.chat import Chat, read
from bot.domain.signals import AbuseHit, AbuseKind, AbuseReading

__all__ = ["assess_abuse"]

_I, _H, _T, _E = AbuseKind.INSULT, AbuseKind.HATE, AbuseKind.THREAT, AbuseKind.EXPOSURE


def _ws(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --------------------------------------------------------------------------------------------------------
# Person markers and small word classes (forms as the normaliser folds them; "t'es" -> "t es").
# --------------------------------------------------------------------------------------------------------

SECOND = _ws(
    """
    tu t te toi vous vs ti ta ton tes votre vos tes @user you u ya ye yall your ur yours youre yourself
    urself thou toy tay
    """
)
SECOND_SUBJ = _ws("tu t ti vous vs you u ya ye yall ur youre ty")
FIRST_SUBJ = _ws("je j jsuis chui chuis suis sui moi me m i im myself we were nous on ourselves mwa jsui ai")
FIRST_POSS = _ws("my mon ma mes notre nos our mine")
THIRD = _ws(
    """
    il elle ils elles he she it its this that they them him her his those these ce cet cette ces c ca
    cela lui leur leurs eux celui celle ceux celles lag boss game jeu server serveur map patch team
    equipe dude guy mec gars meuf chick everyone tout personne nobody someone quelqu
    """
)
COPULA = _ws(
    """
    es e est etes et etait serais seras sera sois soit are r re is was were be been being am look looks
    lookin looking sound sounds act acting seem seems fais fait reste restes deviens devient become
    """
)
NEGATION = _ws("pas not never no n nt isnt arent aint ain wasnt werent jamais point plus dont don")
RESTRICT = _ws("qu que only but just")
FILLER = _ws(
    """
    vraiment trop tellement tellment tlm tjrs toujours juste franchement grave completement totalement qu
    que un une des le la les l d de du plus si so such a an the fucking fuckin fking fkn freaking frickin
    really rly literally actually just truly totally absolutely complete total absolute utter actual
    real big biggest huge massive little lil tiny most more mega super hyper gros grosse grand grande
    petit petite vieux vieille sale sales pauvre pauvres sombre espece bande ptn putain sacre sacree vrai
    vraie bon bonne gigantesque immense like kinda sorta certified one of ever pire worst dumbest
    stupidest biggest clearly obviously officially definitely seriously srsly serieux deja encore
    honestly tbh ngl genre style bien assez quel quelle quels quelles what as pretty damn damned bloody
    sooo soo tres mega other ptit petits petites p tite full full on complet completement just
    """
)
VOCATIVE = _ws("you u ya ye toi espece bande sale sales pauvre pauvres dirty stupid sombre")
IMPERATIVE = _ws(
    """
    va vas ferme fermes tais taisez tg ftg degage degages casse barre tire stfu shut gtfo go get piss
    listen ecoute ecoutes regarde look bouge stop arrete arretes
    """
)
REAL_WORLD = _ws(
    """
    irl real life vraie vie chez maison house home address adresse family famille sleep sommeil dehors
    outside school ecole work taf boulot parking knife couteau gun flingue arme
    """
)


def _fold_words(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w.replace("-", " ") for w in words)


STRONG = _fold_words(lex.STRONG_INSULT)
WEAK = _fold_words(lex.WEAK_INSULT)
SLURS = _fold_words(lex.SLURS)
GROUPS = lex.GROUPS
SINGLE_STRONG = frozenset(w for w in STRONG if " " not in w)
SINGLE_WEAK = frozenset(w for w in WEAK if " " not in w)
SINGLE_SLURS = frozenset(w for w in SLURS if " " not in w)
SINGLE_GROUPS = frozenset(w for w in GROUPS if " " not in w)
MULTI_INSULTS = sorted((w for w in STRONG | WEAK if " " in w), key=len, reverse=True)
MULTI_SLURS = sorted((w for w in SLURS if " " in w), key=len, reverse=True)

# --------------------------------------------------------------------------------------------------------
# Fixed phrases (regular expressions over the space-joined own forms). ``_G`` is a gap of 0..n tokens.
# --------------------------------------------------------------------------------------------------------


def _gap(n: int) -> str:
    return rf"(?: \S+){{0,{n}}}"


_B = r"(?<![^ ])"  # token start
_E_ = r"(?![^ ])"  # token end
_YOU = r"(?:you|u|ya|yu|yall|ye)"
_YOURE = r"(?:you re|youre|you are|u r|u re|ur|u are|ya re|yall are|you r)"
_YOUR = r"(?:your|ur|yo|yer)"
_YOURSELF = (
    r"(?:yourself|urself|ur self|your self|yoself|yo self|youself|yourselves|yaself|ya self|urselves|uself)"
)
_TU = r"(?:tu|t|ti|vous)"
_TES = r"(?:t es|tes|tu es|t est|vous etes|t e|t etais|tu etais)"
_TOI = r"(?:toi|vous)"
_INTENT_EN = (
    r"(?:i ll|ill|i will|i ma|ima|imma|i m gonna|im gonna|i m going to|im going to|i am going to|"
    r"i am gonna|gonna|i m finna|im finna|finna|i want to|i wanna|i d|i would|i swear i ll|i swear ill|"
    r"we ll|well|we will|we re gonna|were gonna|we re going to|i can|i could|i shall|lemme|let me|"
    r"i m coming to|im coming to|i m about to|im about to|watch me|wait till i|i m gunna|im gunna|gunna)"
)
_INTENT_FR = (
    r"(?:je vais|j vais|jvais|je vai|je v|jv|j v|je veux|jveux|j veux|on va|nous allons|je compte|"
    r"je peux|je pourrais|je vais venir|j vais venir|je viens|je te jure je vais|je|j|on|jte|j te|je te)"
)
_KILL_EN = r"(?:kill|murder|stab|shoot|strangle|choke|slit|rape|burn|beat|punch|hurt|break|smash|kick|behead|lynch|hang|torture|gut|cut|bash|skin|end|find|hunt|fuck)"

_PHRASES: tuple[tuple[AbuseKind, str, str], ...] = (
    # --- "kill yourself" in every spelling -----------------------------------------------------------
    (
        _T,
        "kys",
        rf"{_B}(?:kys|kysa|kys+|k y s|kyslf|kms pls|kill ys|an hero|neck {_YOURSELF}|rope {_YOURSELF}){_E_}",
    ),
    (
        _T,
        "kill_yourself",
        rf"{_B}(?:go |just |pls |please |plz |should |gonna |to |and )?(?:kill|unalive|end|off|hang|shoot|stab|hurt|delete|neck|rope|drown|poison|cut|suicide|off) {_YOURSELF}{_E_}",
    ),
    (
        _T,
        "go_die",
        rf"{_B}(?:go|just|pls|please|plz|should|hope|hope u|hope you|i hope you|i hope u|wish you would|wish u would|can you|why don t you|why dont you|why not) (?:die|unalive|drop dead|croak|perish|rot){_E_}",
    ),
    (
        _T,
        "die_in_a_fire",
        rf"{_B}(?:die in a (?:fire|hole|ditch)|die irl|die already|drop dead|go jump off|jump off a (?:bridge|cliff|building|roof)|drink bleach|drink some bleach|do us a favou?r and (?:die|leave)){_E_}",
    ),
    (
        _T,
        "deserve_to_die",
        rf"{_B}{_YOU}{_gap(2)} (?:deserve to|should|shoulda|ought to|need to|gotta) (?:die|be dead|not exist|stop existing|disappear forever|unalive|kill {_YOURSELF}|get cancer|get raped|rot){_E_}",
    ),
    (
        _T,
        "hope_you_die",
        rf"{_B}(?:hope|wish|pray){_gap(1)} (?:{_YOU}|{_YOUR} \S+) (?:die|dies|get cancer|gets cancer|get hit|get run over|rot|suffer|never wake up|choke|burn|kill {_YOURSELF}|drop dead|end up dead|catch cancer|cancer kills you|illness kills you){_E_}",
    ),
    (
        _T,
        "better_off_dead",
        rf"{_B}(?:world|everyone|everybody|we|server|community) (?:would|d) be better (?:off )?(?:without {_YOU}|if {_YOU} (?:died|were dead|was dead|killed {_YOURSELF})){_E_}",
    ),
    (
        _T,
        "nobody_would_miss",
        rf"{_B}(?:nobody|no one|noone|no1) (?:would|will|is gonna|gonna) (?:miss|care if|cry if|notice if) {_YOU}{_E_}",
    ),
    (
        _T,
        "suicide_toi",
        rf"{_B}(?:suicide|suicides|suicidez|sucide|suicid|tue|tues|tuez|pend|pends|pendez|jette|jettes|defenestre|defenestres|immole|butes|bute|flingue|noie|noies|empoisonne|ouvre|ouvres) (?:toi|vous|ty|twa){_E_}",
    ),
    (
        _T,
        "va_te_pendre",
        rf"{_B}(?:va|vas|allez|aller|tu peux|tu devrais|tu ferais mieux de|vas y|fais nous plaisir|fais nous une faveur) (?:te|t|vous) (?:pendre|tuer|suicider|foutre en l air|jeter|buter|flinguer|defenestrer|noyer|ouvrir les veines|immoler|tirer une balle|finir){_E_}",
    ),
    (
        _T,
        "va_crever",
        rf"{_B}(?:va|vas|allez|tu peux|tu devrais|tu merites de|tu merite de|vous meritez de|tu dois|mieux vaut|faut que tu|j espere que tu vas|j espere que tu|j espere que vous|j espere tu vas|jspr que tu|jespere que tu|j spr que tu|vivement que tu) (?:crever|creve|creves|mourir|meures|meurs|meurt|creviez|creve|mourriez|disparaitre|disparaisses|te suicider|choper un cancer|attraper un cancer|chopes un cancer|finir a l hopital|te faire ecraser){_E_}",
    ),
    (
        _T,
        "creve",
        rf"(?:^|{_B}(?:@user|mais|ok|alors|bah|ben|ouais|oh|eh|allez|stp|svp|sale \S+|toi|connard|connasse|fdp|batard|pute)) (?:creve|crevez|meurs|mourez|creve la){_E_}|^(?:creve|crevez|meurs|mourez)(?: |$)",
    ),
    (
        _T,
        "ton_cancer",
        rf"{_B}(?:j espere que|jespere que|j espere|jspr|vivement que|pourvu que) (?:ton|ta|tes|votre) (?:cancer|maladie|tumeur|lupus|sclerose|crohn) (?:te |vous )?(?:tue|tuer|emporte|achever|acheve|gagne|revienne|empire|finisse){_E_}",
    ),
    (
        _T,
        "monde_sans_toi",
        rf"{_B}(?:le monde|tout le monde|le serveur|on) (?:serait|serais|sera|ira|irait|se porterait) (?:mieux|bien mieux) sans (?:toi|vous){_E_}|{_B}personne (?:ne )?(?:te|vous) regrettera{_E_}",
    ),
    # --- threats ----------------------------------------------------------------------------------
    (
        _T,
        "intent_violence_en",
        rf"{_B}{_INTENT_EN}{_gap(3)} {_KILL_EN}(?: the (?:shit|hell|fuck|crap|life) out of| out)? (?:{_YOU}|{_YOUR}|yo|ur|you guys|y all|yall|@user|him)(?: \S+)?",
    ),
    (
        _T,
        "intent_violence_fr",
        rf"{_B}{_INTENT_FR}{_gap(2)} (?:te|t|vous|v) (?:\S+ ){{0,1}}(?:tuer|tue|tuerai|buter|bute|buterai|egorger|egorge|planter|plante|frapper|frappe|frapperai|cogner|tabasser|tabasse|etrangler|violer|viole|bruler|saigner|flinguer|flingue|trouer|poignarder|crever|creve|fracasser|casser la gueule|peter la gueule|defoncer la gueule|eclater la gueule|niquer ta race|faire la peau|retrouver|choper|attraper|trouver|pendre|noyer|enterrer|faire du mal|faire mal|defigurer|bouffer|descendre|allumer|fumer|massacrer|briser|crever les yeux|arracher|couper){_E_}",
    ),
    (
        _T,
        "intent_family_fr",
        rf"{_B}{_INTENT_FR}{_gap(2)} (?:tuer|buter|violer|egorger|frapper|bruler|retrouver|niquer) (?:ta|ton|tes|votre|vos) (?:mere|pere|famille|soeur|frere|femme|copine|gosses|enfants|daronne|daron|chien|chat){_E_}",
    ),
    (
        _T,
        "youre_dead",
        rf"{_B}(?:{_YOURE}|{_YOU} are|{_YOU} re) (?:so |fucking |already |a )?(?:dead|dead meat|a dead man|a dead woman|next){_E_}|{_B}(?:t es|tes|tu es|vous etes|t est) (?:un homme |une femme )?(?:mort|morte|morts|un homme mort|une femme morte|foutu|foutue){_E_}",
    ),
    (
        _T,
        "youll_pay",
        rf"{_B}(?:{_YOU} ll|{_YOU} will|youll|ull|you re gonna|youre gonna|you are going to|u gonna|ur gonna) (?:pay|regret|be sorry|see what happens|never see it coming|wish you were dead|get what s coming|get whats coming|suffer|bleed|die){_E_}|{_B}(?:watch|mind) {_YOUR} (?:back|step|self){_E_}|{_B}(?:tu vas|tu va|vous allez|tu vas me|tu va me|tu vas le|tu va le|tu me le) (?:payer|le payer|regretter|le regretter|souffrir|crever|mourir|morfler|voir ce qui va t arriver|prendre cher|saigner){_E_}|{_B}(?:fais|fait|faites) gaffe a (?:toi|vous|ta|ton|tes){_E_}|{_B}(?:je te|j te|jte|on te) (?:retrouve|retrouverai|retrouvera|trouverai|choperai|chope|attends|attend|attendrai) (?:a la sortie|dehors|irl|en vrai|devant|chez toi){_E_}",
    ),
    (
        _T,
        "find_you_irl",
        rf"{_B}(?:{_INTENT_EN}|i) (?:find|track|hunt|come for|come after|come to|pay a visit to|visit|see|meet|catch|get) (?:{_YOU}|{_YOUR} (?:house|home|place|family|kids|mom)|you down)(?: down)?(?:{_gap(2)} (?:irl|in real life|outside|after school|at (?:{_YOUR}|your) \S+|in (?:your|ur) sleep|and \S+ {_YOU}))",
    ),
    (
        _T,
        "come_to_your_house",
        rf"{_B}(?:{_INTENT_EN}|i) (?:come|show up|be|drive|go) (?:to|at|by|over to|round) {_YOUR} (?:house|home|place|door|work|job|school|hospital|apartment|flat){_E_}|{_B}{_INTENT_FR} (?:venir|debarquer|passer|aller) (?:chez toi|chez vous|a ton (?:taf|travail|boulot|ecole|lycee|hopital)|devant chez toi|a ton domicile){_E_}",
    ),
    (
        _T,
        "family_en",
        rf"{_B}{_INTENT_EN}{_gap(2)} (?:kill|rape|hurt|find|murder|stab|shoot|burn) {_YOUR} (?:family|mom|mum|mother|dad|father|sister|brother|wife|husband|kids|children|dog|cat|girlfriend|boyfriend){_E_}",
    ),
    # --- exposure threats ------------------------------------------------------------------------
    (
        _E,
        "know_where_you_live",
        rf"{_B}(?:i|we|je|j|on|jsais|je sais|j sais) (?:know|knw|kno|sais|sait|connais|connait|connaissons|have|got|ve got|found|trouve|ai trouve|a trouve|ai|a) (?:where {_YOU} (?:live|work|sleep|go to school|study|are|stay)|ou (?:tu|vous) (?:habites|habite|vis|vit|bosses|bosse|travailles|travaille|dors|es hospitalise|es hospitalisee|crèches|creches|loges|etudies|vas a l ecole)|{_YOUR} (?:address|addy|adress|ip|ip address|real name|workplace|location|phone number|number|house|home address|school|hospital|employer|boss|diagnosis|medical records|meds)|(?:ton|ta|tes|votre) (?:adresse|ip|adresse ip|vrai nom|lieu de travail|taf|travail|numero|ecole|lycee|hopital|diagnostic|dossier medical|employeur|patron|boite|domicile)){_E_}",
    ),
    (
        _E,
        "expose_intent",
        rf"{_B}(?:{_INTENT_EN}|{_INTENT_FR}|gonna|will|va|vais)(?: \S+){{0,3}} (?:leak|post|share|publish|expose|dox|doxx|swat|send|tell|spread|reveal|drop|release|out|email|call|contact|balancer|balance|publier|devoiler|diffuser|exposer|divulguer|envoyer|dire|leaker|poster|afficher|partager|reveler|appeler|contacter|prevenir|informer|mail|mailer)(?: \S+){{0,5}} (?:{_YOUR}|ton|ta|tes|votre|vos|where {_YOU}|ou tu|que tu|that {_YOU}|t as|tu as|you have|u have|you re|t es)(?: \S+){{0,2}} (?:address|addy|adress|ip|workplace|work|job|boss|employer|school|hospital|diagnosis|diagnoses|records|phone|number|nudes|pics|photos|face|real name|name|family|parents|condition|illness|disease|secrets|location|house|home|live|works|adresse|taf|travail|boulot|patron|employeur|ecole|lycee|fac|hopital|diagnostic|dossier|maladie|numero|nudes|vrai nom|nom|famille|parents|medicaments|traitement|secrets|maison|domicile|boite|habites|bosses|travailles|sick|ill|malade|cancer|vih|hiv|sida|aids|depression|bipolaire|bipolar|schizo|psy|psychiatre|fou|folle|therapist){_E_}",
    ),
    (
        _E,
        "dox_swat",
        rf"{_B}(?:dox|doxx|doxxe|doxe|doxer|doxxer|doxxing|doxing|swat|swatter|swatting|swatte|leak) (?:{_YOU}|toi|vous|ta|ton|{_YOUR}|@user){_E_}|{_B}(?:te|t|vous) (?:dox|doxx|doxxer|doxer|swat|swatter|leak|leaker|exposer|balancer|afficher|devoiler){_E_}|{_B}(?:getting|get|gonna get|will get|be|being|gonna be|about to get) (?:doxxed|doxed|swatted|leaked|exposed){_E_}|{_B}(?:{_YOUR}|ton|ta) (?:ip|address|adresse) (?:is|c est|est|=|:)(?: \S+)?",
    ),
    (
        _E,
        "everyone_will_know",
        rf"{_B}(?:everyone|everybody|the whole server|your boss|your family|your employer|tout le monde|tout le serveur|ton patron|ta famille|ton employeur|tes parents|ta boite) (?:will|is gonna|gonna|going to|va|vont|saura|sauront|va savoir|vont savoir|will know|will find out|will see) {_gap(3)}(?:know|find out|see|savoir|saura|sauront|voir|apprendre)?{_gap(3)} (?:{_YOUR}|ton|ta|tes|que tu|that {_YOU}|ce que tu)(?: \S+){{0,3}} (?:diagnosis|illness|disease|condition|sick|ill|meds|nudes|pics|address|secret|secrets|hospital|depression|diagnostic|maladie|malade|traitement|medicaments|adresse|nudes|photos|secret|hopital|cancer|vih|hiv|sida|psy|hp|asile|folle|fou){_E_}",
    ),
    # --- standing directed insults ---------------------------------------------------------------
    (
        _I,
        "ta_gueule",
        rf"{_B}(?:ta gueule|ta gueul|ta geule|ta gle|tg|ftg|ferme ta gueule|ferme la|fermes la|fermez la|fermes ta gueule|ferme ta bouche|ferme ton clapet|ta yeule|tagueule){_E_}",
    ),
    (
        _I,
        "nique_ta_mere",
        rf"{_B}(?:nique|niquer|nik|nique bien|nike) (?:ta|ta grand|ta race|ta mere|tes morts|ta soeur|ta famille|ton pere|ta daronne|vos meres|votre mere|ta tante|toi|ta reum|ta mer){_E_}|{_B}(?:ntm|ntr|niktamer|nqtm|ta mere la (?:pute|chienne|salope|grosse)|ta mere (?:est une|c est une) (?:pute|salope|chienne)|mange tes morts|tes morts|fils de pute|fille de pute|fdp|fils de chien|fils de catin|enfant de salaud|je t emmerde|j t emmerde|jtemmerde|je vous emmerde|va te faire (?:foutre|enculer|mettre|voir|niquer)|vtff|va chier|allez chier|va niquer|va te faire|va bouffer (?:tes morts|ta merde)|suce ma (?:bite|queue)|suce moi){_E_}",
    ),
    (
        _I,
        "fuck_you",
        rf"{_B}(?:fuck|fuk|fck|fk|fuq|f|screw|frick|fork|fock|fuc|phuck|fucc) (?:you|u|ya|yu|youu|off|yourself|urself|your (?:mom|mum|mother|family)|ur (?:mom|mum)){_E_}|{_B}(?:stfu|gtfo|shut the fuck up|shut the f up|shut ur mouth|shut your mouth|shut your fucking mouth|get the fuck out|piss off|eat shit|suck my (?:dick|cock|balls)|kiss my ass|up yours|go fuck yourself|gfy|go to hell|go die in a hole|go cry|go cry to (?:your|ur) (?:mom|mommy|mum)|nobody asked you|no one asked you|get a life|fuck off and die){_E_}",
    ),
    (
        _I,
        "nobody_likes_you",
        rf"{_B}(?:nobody|no one|noone|no1|everyone|everybody) (?:here )?(?:likes|loves|cares about|wants|needs|cares|asked|hates|likes u|despises) (?:you|u|ya|yu){_E_}|{_B}personne (?:ne |n )?(?:t|te|vous) (?:aime|apprecie|supporte|veut|a demande|calcule|ecoute|aimera|croit|a sonne){_E_}|{_B}(?:tout le monde|le serveur entier|tt le monde) (?:te|t) (?:deteste|hait|trouve|deteste ici|supporte pas|ne supporte pas){_E_}",
    ),
    (
        _I,
        "useless_you",
        rf"{_B}(?:{_TU}|t|vous) (?:ne |n )?(?:sers|sert|servez) (?:a|strictement a|vraiment a)? ?rien{_E_}|{_B}(?:t es|tes|tu es) (?:qu |que |juste )?(?:un|une) (?:bon|bonne) a rien{_E_}|{_B}(?:{_YOURE}|{_YOU}) (?:a |such a |so )?(?:waste of (?:space|air|oxygen|skin|time|life)|good for nothing|sad excuse for a \S+){_E_}|{_B}(?:{_YOU}|{_YOUR}) (?:contribute|add|bring)s? nothing{_E_}",
    ),
    (
        _I,
        "faking_en",
        rf"{_B}(?:{_YOURE}|{_YOU}) (?:just |so |totally |clearly |obviously |literally |definitely |100 |all )?(?:faking|fakin|pretending|making it (?:all )?up|making (?:this|that|shit) up|exaggerating|being dramatic|being a drama queen|a faker|a fake|a hypochondriac|attention seeking|attention-seeking|an attention (?:seeker|whore)|milking it|lying about being (?:sick|ill|disabled)){_E_}|{_B}(?:{_YOURE}|{_YOU} (?:aren t|arent|re not|are not)|{_YOU} r not|ur not) (?:even |really |actually |that |so )?(?:sick|ill|disabled|in pain|sick at all|ill at all){_E_}|{_B}(?:it s|its|it is|it s all|its all|that s|thats) (?:all )?in {_YOUR} (?:head|mind){_E_}|{_B}(?:stop|quit) (?:faking|pretending|lying|being dramatic|playing the victim|exaggerating|the act|milking|whining about (?:your|ur) (?:illness|disease|condition)){_E_}|{_B}{_YOU} (?:just )?(?:want|need|crave|love) (?:attention|the attention|sympathy|pity){_E_}|{_B}{_YOU} (?:don t|dont|do not) look (?:sick|ill|disabled){_E_}",
    ),
    (
        _I,
        "faking_fr",
        rf"{_B}(?:{_TU}|t) (?:fais|fait|faites|fai) (?:que |juste |tout |encore )?(?:semblant|ton cinema|ta comedie|la comedie|ton numero|ton cirque|ta victime|ton malade|ta malade|du cinema|ta drama queen){_E_}|{_B}(?:t es|tes|tu es|vous etes|t est) (?:pas|meme pas|absolument pas|jamais) (?:vraiment |si |meme |reellement |tant |autant |plus |du tout )?(?:malade|malades|handicape|handicapee|en douleur|fatigue|fatiguee|depressif|depressive){_E_}|{_B}(?:arrete|arretes|arretez|stop|arrete un peu) (?:ton cinema|ta comedie|de faire semblant|de simuler|ton cirque|ton char|ton numero|de jouer (?:la|a la) victime|de mentir|de te plaindre|de pleurnicher|de chialer|tes conneries de malade){_E_}|{_B}(?:c est|c|tout est|c est tout) (?:juste )?dans (?:ta|votre) tete{_E_}|{_B}(?:{_TU}|t) (?:simules|simule|exageres|exagere|mens|ment|inventes|invente|cherches l attention|cherche l attention|veux de l attention|veux juste de l attention|veux juste qu on te plaigne){_E_}|{_B}(?:malade|malades) imaginaire{_E_}|{_B}(?:{_TU}|t) (?:as|a) (?:l air|pas l air) (?:en pleine forme|malade)? ?pour (?:quelqu un|une) (?:de malade|malade){_E_}",
    ),
    # --- hate phrases (prefix: "death to", "à mort les") ------------------------------------------
    (
        _H,
        "death_to_group",
        rf"{_B}(?:death to|kill all|kill all the|kill the|gas the|gas all|gas all the|hang all|hang the|burn all|burn the|exterminate|exterminate all|deport all|deport the|ban all|i hate all|i hate|i fucking hate|fuck all|fuck all the|fuck the|get rid of all|get rid of the|mort aux|a mort les|a mort|mort a|il faut tuer les|faut tuer les|faut buter les|faut gazer les|faut virer les|faut expulser les|faut deporter les|dehors les|je hais les|je deteste les|j deteste les|jdeteste les|je peux pas blairer les|nique les|niquez les|sale race de|race de|ces sales|ces putains de|these fucking|those fucking|all these|all those|bande de sales) (?:{{GROUPS}}){_E_}",
    ),
    (
        _H,
        "these_people",
        rf"{_B}(?:ces gens la|ces gens|ce genre de personnes|les gens comme (?:vous|toi|eux)|people like (?:you|u|them)|your kind|ton espece|votre espece|ta race|votre race|ces personnes) (?:sont|c est|c|are|should|shouldn t|devraient|doivent|n ont|ont|have no|don t|dont|faut|needs|need)(?: \S+){{0,4}} (?:animaux|animals|parasites|vermin|vermine|cafards|rats|sauvages|savages|exist|exister|place|belong|deport\S*|degage\S*|expuls\S*|renvoy\S*|gaz\S*|gas\S*|extermin\S*|elimin\S*|dehors|chez eux|go back|sent back|banned|interdit\S*|sous hommes|subhuman|inferior|inferieur\S*|malsain\S*|malades|sick|degeneres|degenerate\S*|abominations?){_E_}",
    ),
)

# Groups with their determiners ("les X", "all X", "X people") for the generalising rules.
_GROUP_ALT = "|".join(sorted((re.escape(g) for g in GROUPS), key=len, reverse=True))
_PRED_ALT = "|".join(sorted((re.escape(p) for p in lex.HATE_PRED), key=len, reverse=True))
_COP_H = (
    r"(?:are|r|re|is|were|sont|c est|c|ce sont|etaient|sont toutes|sont tous|c est tous|c est toutes|"
    r"will always be|will never be|ont toujours ete|are all|are just|are literally|are nothing but|are basically|"
    r"be|become|deviennent|sont que|sont juste|ne sont que|n sont que|sont rien que|sont que des|"
    r"sont toutes des|sont tous des|c est que des|cest tous des|c tous des|c que des|tous des|toutes des)"
)
_DEMAND_H = (
    r"(?:should|shouldn t|shouldnt|should not|must|need to|needs to|have to|deserve to|deserve|don t deserve|"
    r"dont deserve|do not deserve|don t belong|dont belong|do not belong|never belong|can t|cant|cannot|"
    r"devraient|doivent|meritent|faudrait|faut|on devrait|il faudrait|ont rien a faire|n ont rien a faire|"
    r"ont pas leur place|n ont pas leur place|ont rien a foutre|n ont rien a foutre|savent pas|ne savent pas|"
    r"peuvent pas|ne peuvent pas|il faut|on doit|go back|goes back|n ont pas le droit|ont pas le droit)"
)
_DEMAND_OBJ = (
    r"(?:be )?(?:deported|deport|deporter|deportes|expulses|expulser|renvoyes|renvoyer|rapatrier|rentrer chez eux|"
    r"retourner|go back|sent back|be sent back|back|killed|kill|gassed|gas|gazer|gazes|exterminated|exterminer|"
    r"extermines|eliminated|eliminer|elimines|sterilized|sterilised|steriliser|euthanized|euthanised|euthanasier|"
    r"euthanasies|put down|locked up|enfermes|enfermer|banned|bannis|bannir|interdits|interdit|allowed|exist|exister|"
    r"vote|voter|breed|reproduce|se reproduire|have rights|avoir des droits|work|travailler|be around kids|"
    r"etre pres des enfants|approcher les enfants|soigner de force|soignes de force|burn|bruler|brules|hang|pendre|"
    r"pendus|shot|abattus|abattre|die|mourir|crever|disparaitre|disappear|belong|leur place|place|rien a faire|"
    r"jouer|play|conduire|drive|vote|think|reflechir|lead|diriger|be trusted|etre pris au serieux|be taken seriously|"
    r"be in|etre en|leave|partir|degager|get out|sortir|be removed|etre vires|virer|vires|be fired|integrate|integrer|"
    r"s integrer|civilised|civilized|civilises|here|ici|en france|in this country|dans ce pays|in our country)"
)
_GROUP_HEAD = rf"(?:all |every |most |tous les |toutes les |les |des |the |those |these |ces |la plupart des |)(?:{_GROUP_ALT})(?: people| folks| guys| persons| gens| personnes| men| individuals| mecs| types| kids)?"

_HATE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "group_predicate",
        re.compile(rf"{_B}{_GROUP_HEAD}(?: \S+){{0,2}} {_COP_H}(?: \S+){{0,3}} (?:{_PRED_ALT}){_E_}"),
    ),
    (
        "group_demand",
        re.compile(rf"{_B}{_GROUP_HEAD}(?: \S+){{0,2}} {_DEMAND_H}(?: \S+){{0,3}} {_DEMAND_OBJ}{_E_}"),
    ),
    (
        "group_they",
        re.compile(
            rf"{_B}(?:they|ils|elles|them|ces gens|eux)(?: \S+){{0,1}} (?:{_COP_H}|{_DEMAND_H})(?: \S+){{0,3}} (?:{_PRED_ALT}|{_DEMAND_OBJ}){_E_}"
        ),
    ),
    (
        "group_ideology",
        re.compile(
            rf"{_B}(?:l homosexualite|homosexuality|being gay|being trans|transgenderism|l islam|islam|le judaisme|judaism|la transidentite|le transgenrisme|being disabled|le handicap|autism|l autisme|depression|la depression|la fibromyalgie|fibromyalgia|chronic fatigue|la fatigue chronique)(?: \S+){{0,2}} (?:is|c est|est|c|=|are)(?: \S+){{0,3}} (?:a |an |une |un )?(?:maladie mentale|mental illness|mental disorder|disease|maladie|sickness|perversion|abomination|cancer|peste|virus|fake|bidon|invention|flemme|laziness|paresse|excuse|mensonge|lie|sin|peche|choice|a choice|degenerate|unnatural|contre nature){_E_}"
        ),
    ),
)

_COMPILED_PHRASES: tuple[tuple[AbuseKind, str, re.Pattern[str]], ...] = tuple(
    (kind, cue, re.compile(pattern.replace("{GROUPS}", _GROUP_ALT))) for kind, cue, pattern in _PHRASES
)

# Anchors for the gate: one rare-ish word of each fixed phrase.
_ANCHORS = _ws(
    """
    kys k kill killing unalive end off hang shoot stab hurt delete neck rope drown poison suicide die dead
    bleach jump croak perish rot deserve exist cancer hope wish better miss suicider suicide tue tues tuez
    pend pends pendre jette defenestre pendez crever creve creves mourir meurs meurt mourez crevez tuer
    buter bute egorger planter frapper cogner tabasser etrangler violer bruler saigner flinguer trouer
    poignarder fracasser gueule peau retrouver choper murder strangle choke slit rape burn beat punch
    break smash kick behead lynch torture bash find hunt pay regret gaffe payer regretter souffrir morfler
    back sortie live habites habite vis bosses travailles address addy adress ip dox doxx doxxe doxxing doxing
    swat swatting swatter leak expose balancer publier devoiler diffuser exposer divulguer know sais
    connais adresse tg ftg ferme nique niquer nik ntm ntr niktamer nqtm mere morts fdp emmerde vtff chier
    foutre fuck fuk fck fk fuq screw stfu gtfo piss shit suck kiss hell nobody noone personne sers rien
    waste faking fakin pretending exaggerating dramatic faker fake hypochondriac attention head tete
    semblant cinema comedie cirque simules simule simuler exageres malade malades sick ill disabled
    handicape imaginaire death mort gas exterminate deport hate hais deteste race sales fucking gens
    people kind espece diagnosis diagnostic maladie everyone everybody whole world monde serveur
    regrettera ouvre noie empoisonne immole finir oxygen space air mouth bouche clapet asked demande
    aime likes cares loves dm worthless useless contribute dead meat mort morte
    """
)

# Everything the gate lets through.
_GATE = (
    SINGLE_STRONG
    | SINGLE_WEAK
    | SINGLE_SLURS
    | SINGLE_GROUPS
    | frozenset(w.split()[0] for w in MULTI_INSULTS + MULTI_SLURS)
    | frozenset(g.split()[0] for g in GROUPS if " " in g)
    | _ANCHORS
    | lex.VIOLENCE_HARD
    | lex.EXPOSE_VERBS
    | _ws("retard homosexualite homosexuality islam transgenderism judaisme judaism autism autisme")
)
# Words whose presence in someone else's words marks reported abuse.
_ABUSE_WORDS = (
    SINGLE_STRONG
    | SINGLE_WEAK
    | SINGLE_SLURS
    | _ws(
        "kys fdp tg ftg ntm stfu gtfo fuck dox doxx swat kill murder rape tuer buter crever creve pendre "
        "suicide suicider unalive die dead simulatrice simulateur semblant faking fake faker retard "
        "gueule emmerde foutre chier nique threatened menace menacee menaces slur slurs insult insulte "
        "insultee insultes"
    )
)
_KNOWN = _GATE | _ABUSE_WORDS | SECOND | FIRST_SUBJ | _ws("you your fuck fucking shit bitch")

# --------------------------------------------------------------------------------------------------------
# Reported speech: a reporting verb with the member as its object, or a third person as its subject.
# Everything after it is someone else's words.
# --------------------------------------------------------------------------------------------------------

_REPORT = re.compile(
    rf"{_B}(?:"
    r"(?:told|tells|telling|tell|called|calls|calling|call|sent|sends|sending|send|keeps sending|kept sending|"
    r"wrote|writes|writing|messaged|messages|messaging|dmd|dm d|dmed|dm ed|dms|dm|texted|texts|texting|"
    r"whispered|whispers|pinged|pings|yelled at|screamed at|shouted at|labeled|labelled|named|accused|"
    r"threatened|threatens|threatening|said to|says to|asked|keeps telling|keep telling|kept telling|"
    r"keeps calling|kept calling|keep calling|spamming|spams|spammed|replied to|replies to|commented on) "
    r"(?:me|us|my|mine|to me)"
    r"|(?:he|she|they|someone|somebody|this guy|this dude|a guy|some guy|a user|a member|people|ppl|"
    r"@user|him|her|them|user|guy|dude|person|player|one|who|mod|admin|troll|he s|she s|they re|hes|shes|"
    r"theyre|he was|she was|they were|who was|who s|that) (?:\S+ )?(?:said|says|saying|wrote|writes|"
    r"writing|posted|posts|posting|replied|replies|commented|comments|typed|types|goes|went|was like|"
    r"is like|were like|just said|literally said|called|calls|calling|told|tells|telling|threatened|"
    r"threatens|threatening|keeps saying|kept saying|keep saying|keeps spamming|spammed|spamming|"
    r"left a comment|sent|sends|sending|dmd|dmed|dm d|messaged|texted|whispered|yelled|screamed|shouted|"
    r"wished|wishes|hoped|hopes|wants)"
    r"|(?:m a|m|me|ma|m ont|m avait|m avaient|nous a|m as|m auraient|m aurait|m ont dit|me l a|me l ont) "
    r"(?:dit|dis|traite|traitee|traites|traitees|traiter|traitait|ecrit|ecrivait|envoye|envoyait|envoie|"
    r"envoient|insulte|insultee|insultes|insultait|insultent|menace|menacee|menaces|menacait|menacent|"
    r"repondu|repond|sorti|sort|balance|balancait|appele|appelee|appelle|appellent|appelait|traitent|"
    r"dit que|dit de|ecrit que|lance|lancait|crie|criait|souhaite|souhaitait|souhaitent|harcele|"
    r"harcelee|harcelent|harcelait|spam|spamme|spamment|mp|mpe|dm|dmd|ping|qualifie|qualifiee|surnomme|"
    r"surnommee|accuse|accusee|accusent)"
    r"|(?:il|elle|ils|elles|on|quelqu un|qqn|qq1|un mec|une meuf|un gars|un type|une personne|un membre|"
    r"un joueur|une joueuse|un mod|un modo|@user|le mec|la meuf|le gars|ce mec|ce gars|cette meuf|ki|qui|"
    r"il a|elle a|ils ont|elles ont|on m a|qui m a|ki m a) (?:\S+ )?(?:a dit|a ecrit|a poste|a repondu|"
    r"a balance|a sorti|a envoye|a lache|dit|ecrit|poste|repond|balance|sort|envoie|lache|disait|ecrivait|"
    r"postait|m a dit|m a ecrit|m a traite|m a traitee|m a envoye|m a insulte|m a insultee|m insulte|"
    r"m insultent|m a menace|m a menacee|me menace|me traite|me dit|m ecrit|m envoie|m appelle|m a appele|"
    r"m a appelee|me harcele|me souhaite|m a souhaite)"
    r"|(?:tells|tell|told|telling|keeps telling|kept telling) (?:me|us) (?:to|that|i|im|i m|i should)"
    r"|(?:i got|i received|i ve been|ive been|i was|i keep getting|i get|i ve gotten|on m a|j ai recu|j ai eu|"
    r"je recois|j recois|jai recu|je me suis fait|je me fais|jme fais|j me fais|je me suis fais|jme suis fait) "
    r"(?:called|told|dmd|dmed|messaged|sent|threatened|spammed|harassed|insulted|traiter|traite|traitee|"
    r"insulter|insultee|insulte|menacer|menacee|menace|harceler|harcelee|harcele|des menaces|des insultes|"
    r"des messages|un message|un mp|des mp|des dm|a dm|a message|messages|dms|threats|death threats|"
    r"menaces de mort)"
    r"|(?:screenshot|screenshots|screen|screens|capture|captures) (?:of|de|des)"
    r"|(?:in|dans|en|par) (?:dm|dms|mp|mps|pm|pms|prive|private)"
    r"|(?:keeps|kept|keep|still|been|has been|have been|is|are|was|were|n arrete pas de|arrete pas de|continue de|continue a) (?:calling|telling|sending|saying|spamming|writing|messaging|dming|pinging|m appeler|me traiter|m envoyer|me dire|m ecrire|m insulter|me menacer)"
    r"){_E_}"
)
_QUOTES = re.compile(r"[\"“”«»„‟]([^\"“”«»„‟]{1,400})[\"“”«»„‟]|(?<![\w])'([^']{2,200})'(?![\w])")
_SYMBOL_IN_WORD = re.compile(r"[a-z0-9][@$€!|*+]+[a-z0-9*]|[@$€][a-z]{2}|\*[a-z]|[a-z]\*")
_MENTION_RAW = re.compile(r"<@[!&]?\d+>")
_MASKED = re.compile(r"[a-z]*\*+[a-z*]*")
_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g", "2": "z"}
)
_LEET_L = str.maketrans(
    {"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g", "2": "z"}
)
_TRIPLE = re.compile(r"(.)\1{2,}")
_DOUBLE_MORE = re.compile(r"(.)\1+")


@lru_cache(maxsize=8192)
def _repair(form: str) -> str:
    """A token with digits for letters or stretched letters -> the known word it spells, if any."""
    candidates: list[str] = []
    if any(c.isdigit() for c in form) and any(c.isalpha() for c in form):
        candidates += [form.translate(_LEET), form.translate(_LEET_L)]
    else:
        candidates.append(form)
    for cand in candidates:
        if cand in _KNOWN:
            return cand
        two = _TRIPLE.sub(r"\1\1", cand)
        if two in _KNOWN:
            return two
        one = _TRIPLE.sub(r"\1", cand)
        if one in _KNOWN:
            return one
        single = _DOUBLE_MORE.sub(r"\1", cand)
        if single in _KNOWN:
            return single
    return form


def _join_spaced(forms: list[str], quoted: list[bool]) -> tuple[list[str], list[bool]]:
    """Runs of 3+ single letters ("c o n n a r d", "k y s") -> the known word they spell."""
    out_f: list[str] = []
    out_q: list[bool] = []
    i, n = 0, len(forms)
    while i < n:
        if len(forms[i]) == 1:
            j = i
            while j < n and len(forms[j]) == 1:
                j += 1
            if j - i >= 3:
                run = "".join(forms[i:j])
                found = None
                for a in range(0, min(3, j - i - 2)):
                    for b in range(len(run), max(a + 2, len(run) - 3), -1):
                        if run[a:b] in _KNOWN and b - a >= 3:
                            found = (a, b)
                            break
                    if found:
                        break
                if found:
                    a, b = found
                    out_f += forms[i : i + a] + [run[a:b]] + forms[i + b : j]
                    out_q += quoted[i : i + a] + [any(quoted[i + a : i + b])] + quoted[i + b : j]
                    i = j
                    continue
            out_f += forms[i:j]
            out_q += quoted[i:j]
            i = j
            continue
        out_f.append(forms[i])
        out_q.append(quoted[i])
        i += 1
    return out_f, out_q


_BY_LENGTH: dict[int, list[str]] = {}
for _w in _KNOWN | _ws("fuck fucking shit bitch cunt"):
    if " " not in _w and _w.isalpha():
        _BY_LENGTH.setdefault(len(_w), []).append(_w)


def _unmask(word: str) -> str:
    pattern = re.compile("".join("[a-z]" if c == "*" else re.escape(c) for c in word))
    for cand in sorted(_BY_LENGTH.get(len(word), ())):
        if pattern.fullmatch(cand):
            return cand
    return word.replace("*", "")


def _desymbol(text: str) -> str:
    """Symbols inside words ("s@l0pe", "f*ck", "sh!t") -> letters, before the normaliser reads it again."""
    low = _MENTION_RAW.sub(lambda m: " " + m.group(0) + " ", text)

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        if "*" in word and word.strip("*"):
            return _unmask(word.lower())
        return word

    low = re.sub(
        r"[^\s<>]*[a-z0-9][@$€!|+][^\s<>]*|[^\s<>]*[@$€][a-z][^\s<>]*",
        lambda m: (
            m.group(0)
            .replace("@", "a")
            .replace("$", "s")
            .replace("€", "e")
            .replace("!", "i")
            .replace("|", "l")
            .replace("+", "t")
            if not m.group(0).startswith("<@")
            else m.group(0)
        ),
        low,
        flags=re.I,
    )
    low = re.sub(r"[a-zA-Z]*\*+[a-zA-Z*]*", fix, low)
    return low


def _own_and_reported(forms: list[str], quoted: list[bool]) -> list[bool]:
    """Marks as reported every token after a reporting verb (someone else's words)."""
    joined = " ".join(forms)
    match = _REPORT.search(joined)
    if match is None:
        return quoted
    start = joined[: match.end()].count(" ") + 1
    return [q or i >= start for i, q in enumerate(quoted)]


def _quote_spans(chat: Chat) -> tuple[list[str], list[bool]] | None:
    """Words inside quotation marks when the normaliser did not mark them: re-read without them."""
    text = chat.text
    if not _QUOTES.search(text):
        return None
    own_text = _QUOTES.sub(" ", text)
    quoted_parts = " ".join(m.group(1) or m.group(2) or "" for m in _QUOTES.finditer(text))
    own = read(own_text, reply=chat.reply)
    inner = read(quoted_parts)
    forms = [t.form for t in own.tokens] + [t.form for t in inner.tokens]
    quoted = [t.quoted for t in own.tokens] + [True] * len(inner.tokens)
    return forms, quoted


# --------------------------------------------------------------------------------------------------------
# Rules over token windows.
# --------------------------------------------------------------------------------------------------------

_WINDOW_BEFORE = 7
_WINDOW_AFTER = 3


def _person_before(forms: Sequence[str], i: int) -> tuple[str, int]:
    """The nearest person marker before token ``i`` in a short window: ("2"|"1"|"1p"|"3"|"", index)."""
    for j in range(i - 1, max(-1, i - 1 - _WINDOW_BEFORE), -1):
        w = forms[j]
        if w in SECOND:
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


def _weak_construction(forms: Sequence[str], i: int) -> int:
    """For a weak insult at ``i``: index of the second-person marker of a "you are (a) ..." or "you ..."
    construction reached through fillers only, or -1."""
    j = i - 1
    steps = 0
    while j >= 0 and steps < 6:
        w = forms[j]
        if w in VOCATIVE and w not in ("stupid", "dirty", "sale", "sales") or w == "@user":
            return j
        if w in ("espece", "bande") and j + 1 < len(forms) and forms[j + 1] in ("de", "d"):
            return j
        if w in COPULA:
            k = j - 1
            while k >= 0 and forms[k] in FILLER | NEGATION and j - k < 3:
                k -= 1
            if k >= 0 and forms[k] in SECOND_SUBJ:
                return k
            return -1
        if w in FILLER or w in NEGATION or w in SINGLE_WEAK or w in SINGLE_STRONG:
            j -= 1
            steps += 1
            continue
        if w in ("ur", "youre", "t", "tes"):
            return j
        return -1
    return -1


def _insults(forms: Sequence[str], chat: Chat, hits: list[AbuseHit]) -> bool:
    """Directed insults by window; returns whether an insult word was about oneself (self-talk)."""
    self_talk = False
    n = len(forms)
    addressed = chat.reply or chat.mentions > 0 or "@user" in forms
    imperative = any(w in IMPERATIVE for w in forms)
    for i, w in enumerate(forms):
        strong = w in SINGLE_STRONG
        weak = not strong and w in SINGLE_WEAK
        if not (strong or weak):
            continue
        if i + 2 < n and forms[i + 1] in ("de", "d", "of") and forms[i + 2] in lex.GAME_CONTEXT | THIRD:
            continue  # "connard de boss", "piece of shit game": about a thing
        person, at = _person_before(forms, i)
        if person == "1":
            if not _negated(forms, at, i):
                self_talk = True
            continue
        if person in ("1p", "3"):
            continue
        if weak:
            k = _weak_construction(forms, i)
            if k >= 0 and not _negated(forms, k, i):
                hits.append(AbuseHit(_I, f"insult_you_are:{w}"))
                return self_talk
            if k < 0 and _person_after(forms, i) == "2" and i <= 2:
                hits.append(AbuseHit(_I, f"insult_vocative:{w}"))
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
        if addressed or imperative or n <= 4:
            hits.append(AbuseHit(_I, f"insult_vocative:{w}"))
            return self_talk
    return self_talk


def _multi_insults(joined: str, forms: Sequence[str], chat: Chat, hits: list[AbuseHit]) -> None:
    for phrase in MULTI_INSULTS:
        if phrase not in joined:
            continue
        m = re.search(rf"{_B}{re.escape(phrase)}{_E_}", joined)
        if m is None:
            continue
        i = joined[: m.start()].count(" ")
        person, at = _person_before(forms, i)
        if person in ("1", "1p", "3") and not (
            forms[i - 1 : i] and forms[i - 1] in ("sale", "espece", "pauvre")
        ):
            continue
        if person == "2" or _person_after(forms, i + phrase.count(" ")) == "2" or chat.reply or chat.mentions:
            hits.append(AbuseHit(_I, f"insult_phrase:{phrase}"))
            return
        if len(forms) <= 6 or any(w in IMPERATIVE for w in forms):
            hits.append(AbuseHit(_I, f"insult_phrase:{phrase}"))
            return


_EN_BEFORE_RETARD = _ws(
    "a an you u ur youre such fucking fuckin total absolute the ya like lil little big massive dumb "
    "stupid mega full complete utter r re are is ur"
)
_GROUP_SINGULAR_SLUR = _ws(
    "arabe noir noire juif juive musulman musulmane gay homo lesbienne trans handicape handicapee autiste "
    "triso trisomique mongol chinois asiatique africain africaine rom gitan gitane migrant immigre "
    "arab jew muslim black gay homo trans mexican paki immigrant migrant"
)


def _hate(joined: str, forms: Sequence[str], hits: list[AbuseHit]) -> None:
    for i, w in enumerate(forms):
        if w in SINGLE_SLURS:
            hits.append(AbuseHit(_H, f"slur:{w}"))
            return
        if w == "retard" and i > 0 and forms[i - 1] in _EN_BEFORE_RETARD:
            hits.append(AbuseHit(_H, "slur:retard"))
            return
        if w in ("sale", "sales", "dirty", "filthy") and i + 1 < len(forms):
            nxt = forms[i + 1]
            if nxt in _GROUP_SINGULAR_SLUR or nxt in SINGLE_GROUPS:
                hits.append(AbuseHit(_H, f"slur:{w}_{nxt}"))
                return
    for phrase in MULTI_SLURS:
        if phrase in joined and re.search(rf"{_B}{re.escape(phrase)}{_E_}", joined):
            hits.append(AbuseHit(_H, f"slur:{phrase}"))
            return
    has_group = any(w in SINGLE_GROUPS for w in forms) or any(g in joined for g in GROUPS if " " in g)
    for cue, pattern in _HATE_RULES:
        if cue == "group_they" and not has_group:
            continue
        if cue != "group_ideology" and cue != "group_they" and not has_group:
            continue
        if pattern.search(joined):
            hits.append(AbuseHit(_H, cue))
            return


def _threat_softened(joined: str, forms: Sequence[str]) -> bool:
    """Game context with no real-world marker: trash talk, not a threat."""
    if any(w in REAL_WORLD for w in forms):
        return False
    return any(w in lex.GAME_CONTEXT for w in forms)


_HARD_ALWAYS = re.compile(
    rf"{_B}(?:rape|raped|violer|viole|egorger|slit|behead|stab|poignarder|in {_YOUR} sleep|irl|in real life|en vrai de vrai|dans la vraie vie|chez toi|your house|your family|ta famille|ta mere|your mom){_E_}"
)


def _phrases(joined: str, forms: Sequence[str], hits: list[AbuseHit]) -> None:
    soft = None
    for kind, cue, pattern in _COMPILED_PHRASES:
        if pattern.search(joined) is None:
            continue
        if cue in ("intent_violence_en", "intent_violence_fr", "youre_dead", "find_you_irl"):
            if soft is None:
                soft = _threat_softened(joined, forms) and _HARD_ALWAYS.search(joined) is None
            if soft:
                continue
        hits.append(AbuseHit(kind, cue))


def _detect(forms: list[str], chat: Chat) -> tuple[list[AbuseHit], bool]:
    hits: list[AbuseHit] = []
    if not forms:
        return hits, False
    joined = " ".join(forms)
    _phrases(joined, forms, hits)
    _hate(joined, forms, hits)
    self_talk = False
    if not any(h.kind is _I for h in hits):
        self_talk = _insults(forms, chat, hits)
        if not any(h.kind is _I for h in hits):
            _multi_insults(joined, forms, chat, hits)
    return hits, self_talk


def _gated(forms: Sequence[str]) -> bool:
    gate = _GATE
    for w in forms:
        if w in gate:
            return True
    return False


_SUSPECT = re.compile(
    r"[a-z][0-9]|[0-9][a-z]|([a-z])\1\1|(?:^|[^a-z])[a-z][^a-z0-9]{1,3}[a-z][^a-z0-9]{1,3}[a-z](?![a-z])",
    re.I,
)


def assess_abuse(chat: Chat) -> AbuseReading:
    tokens = chat.tokens
    forms = [t.form for t in tokens]
    lemmas = [t.lemma for t in tokens]
    quoted = [t.quoted for t in tokens]
    text = chat.text
    rebuilt = False
    if _SYMBOL_IN_WORD.search(text.lower()):
        fixed = _desymbol(text)
        if fixed != text:
            again = read(fixed, reply=chat.reply)
            forms = [t.form for t in again.tokens]
            lemmas = [t.lemma for t in again.tokens]
            quoted = [t.quoted for t in again.tokens]
            rebuilt = True
    if rebuilt or _SUSPECT.search(text):
        forms = [_repair(f) if f not in _KNOWN else f for f in forms]
        forms, quoted = _join_spaced(forms, quoted)
        if len(lemmas) != len(forms):
            lemmas = forms
    if not any(quoted):
        spans = _quote_spans(chat) if ('"' in text or "«" in text or "“" in text or "'" in text) else None
        if spans is not None and any(spans[1]):
            forms, quoted = spans
            forms = [_repair(f) if f not in _KNOWN else f for f in forms]
            lemmas = forms
    any_quoted_before = any(quoted)
    if not (_gated(forms) or _gated(lemmas)):
        own = " ".join(f for f, q in zip(forms, quoted, strict=False) if not q) if any_quoted_before else None
        return AbuseReading(own_words=own)
    quoted = _own_and_reported(forms, quoted)
    own_forms = [f for f, q in zip(forms, quoted, strict=False) if not q]
    reported_forms = [f for f, q in zip(forms, quoted, strict=False) if q]
    # Lemmas stand in for forms the lexicon does not know ("connasses" -> "connasse").
    own_lemma_forms = [
        (lm if f not in _GATE and lm in _GATE else f)
        for f, lm, q in zip(forms, lemmas, quoted, strict=False)
        if not q
    ]
    hits, self_talk = _detect(own_lemma_forms if own_lemma_forms != own_forms else own_forms, chat)
    reported = False
    if reported_forms:
        if any(w in _ABUSE_WORDS for w in reported_forms):
            reported = True
        else:
            inner, _ = _detect(reported_forms, chat)
            reported = bool(inner)
        if not reported and _REPORT.search(" ".join(forms)) is not None:
            reported = any(
                w
                in (
                    "threatened",
                    "threatening",
                    "threatens",
                    "menace",
                    "menacee",
                    "harcele",
                    "harcelee",
                    "insulte",
                    "insultee",
                    "harassed",
                    "insulted",
                    "threats",
                    "menaces",
                    "insultes",
                )
                for w in forms
            )
    own_words = " ".join(own_forms) if any(quoted) else None
    seen: set[tuple[AbuseKind, str]] = set()
    unique = []
    for h in hits:
        if (h.kind, h.cue) not in seen:
            seen.add((h.kind, h.cue))
            unique.append(h)
    return AbuseReading(
        hits=tuple(unique), reported=reported, self_talk=self_talk and not unique, own_words=own_words
    )
