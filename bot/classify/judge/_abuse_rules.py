# ruff: noqa: E501  (regular expressions and word lists read best on one line)
"""Fixed phrases and hate rules of the abuse detector (private to ``bot.classify.judge.abuse``).

Patterns run over the space-joined forms the normaliser produces (contractions expanded: "you're" ->
"you are", "imma" -> "i am going to", "ur" -> "your", "t'es" -> "t es", "jvais" -> "j vais", "kys" ->
"kill yourself"). A pattern is tried only when one of its ``anchors`` (and, if given, one of its
``needs``) is among the message's words, so ordinary chat runs none of them. ``soft`` threats are trash
talk when a game is the context and nothing points at the real world.
"""

from __future__ import annotations

import re

from bot.classify.judge import _abuse_lexicon as lex
from bot.classify.judge._alternation import top_level_alternatives
from bot.classify.judge.lemmas import is_known
from bot.domain.signals import AbuseKind


def ws(text: str) -> frozenset[str]:
    return frozenset(text.split())


_I, _H, _T, _E = AbuseKind.INSULT, AbuseKind.HATE, AbuseKind.THREAT, AbuseKind.EXPOSURE

B = r"(?<![^ ])"  # token start
E = r"(?![^ ])"  # token end


def gap(n: int) -> str:
    return rf"(?: \S+){{0,{n}}}"


def alt(words: str) -> str:
    return (
        "(?:"
        + "|".join(
            sorted((re.escape(w).replace(r"\ ", " ") for w in words.split("|")), key=lambda w: (-len(w), w))
        )
        + ")"
    )


def _fr_verbs(stems: str) -> str:
    """-er verb stems -> infinitive, present and future first/second person, past participle."""
    forms: set[str] = set()
    for stem in stems.split():
        forms |= {
            stem + "er",
            stem + "e",
            stem + "es",
            stem + "erai",
            stem + "era",
            stem + "eras",
            stem + "ez",
        }
    return "|".join(sorted(forms))


YOU = r"(?:you|yall|you guys|you all|ya|il y a|yu|thee)"
YOUR = r"(?:your|yo|yer|ur)"
# a curse followed by the thing it is aimed at: an illness, a treatment, the game ("fuck you lupus")
_NOT_A_THING = (
    r"(?! (?:(?:this|that|my|stupid|fucking|damn|la|le|les|l|ma|mon|mes|cette|ce|putain de|sale) ){0,2}"
    rf"(?:{'|'.join(sorted(lex.CURSED_THINGS, key=lambda w: (-len(w), w)))})(?![^ ]))"
)
YOURSELF = (
    r"(?:yourself|yourselves|your self|yoself|yo self|youself|yaself|ya self|urself|ur self|uself|urselves)"
)
YOU_ARE = r"(?:you are|you re|youre|your|you r|you is|yall are|you were|you|you will be|you gonna be|you going to be)"
INTENT_EN = (
    r"(?:i|we|ill|imma|ima|ima|im)(?: (?:will|would|am|are|shall|swear|really|just|fucking|literally|m|ll|d|can|"
    r"could|might|must|totally|seriously|going to|gonna|gunna|about to|finna|want to|wanna|gotta|have to|"
    r"need to|got to|to|go|come|and|gladly|personally|will personally|am gonna|definitely|actually|"
    r"promise|promise i will|swear i will|swear to god i will|swear i am going to|swear to god|will come|"
    r"am coming to|am going to come|then|make sure to|make sure i|not|ever))*"
)
INTENT_FR = (
    r"(?:je|j|on|nous|jte|jvais|jv|jvai|jvien)(?: (?:vais|va|vas|vai|v|veux|peux|pourrais|compte|viens|vien|jure|"
    r"te jure|t jure|allons|sais|ai envie de|vais venir|vais aller|vais passer|m en vais|vais bien|vais finir par|"
    r"finirai par|promets|promets que je vais|jure que je vais|te promets|vous jure|rigole pas|vais te|vais vous|"
    r"vais aller te|vais venir te|jure je vais|jure j vais|te jure je vais|te jure j vais|je vais|j vais|vais le|"
    r"jure que|viens et|arrive|arrive et|passe|passe et|viendrai|viendrai te|passerai))*"
)
KILL_EN = (
    "kill|murder|stab|shoot|strangle|choke|slit|rape|burn|beat|punch|hurt|break|smash|kick|behead|lynch|hang|"
    "torture|gut|cut|bash|skin|end|find|hunt|fuck up|fuck|slap|hit|knock|bury|drown|run over|snap|break|"
    "cripple|maim|bludgeon|curb stomp|curbstomp|hospitalize|hospitalise|put|send|jump|come for|come after|"
    "track|track down|hunt down|get"
)
KILL_EN_HARD = "kill|murder|stab|shoot|strangle|choke|slit|rape|behead|lynch|hang|torture|gut|skin|bury|drown|bludgeon|curb stomp|curbstomp|hospitalize|hospitalise|maim|cripple"
VIOLENCE_FR = (
    _fr_verbs(
        "tu but egorg plant frapp cogn tabass etrangl viol brul saign flingu trou poignard fracass crev "
        "massacr defigur descend allum enterr noy pend bless cass chop attrap retrouv tap lyncn lynch "
        "butt crev exploss defonc eclat demoli detruis ecras"
    )
    + "|tuer|tue|tues|tuerai|crever|creve|crevera|crevais|casser la gueule|peter la gueule|defoncer la gueule|defonce la gueule|eclater la gueule|eclate la gueule|casse la gueule|pete la gueule|peter les dents|casser les dents|casse les dents|niquer ta race|nique ta race|faire la peau|faire du mal|faire mal|planter un couteau|mettre une balle|mettre une raclee|mettre une droite|en coller une|egorge|egorgerai|bute|buterai|defoncer|defonce|defoncerai|eclater|eclate|eclaterai|exploser|explose|exploserai|detruire|detruis|ecraser|ecrase|demolir|demolis|demonter|demonte|retrouver|retrouve|retrouverai|trouver|trouve|trouverai|choper|chope|choperai|attraper|attrape"
)
SOFT_VERBS = ws(
    "defoncer defonce defoncerai eclater eclate eclaterai exploser explose exploserai detruire detruis ecraser "
    "ecrase demolir demolis demonter demonte destroy wreck crush own demolish stomp smoke obliterate "
    "annihilate rekt dunk end kill murder beat"
)

# --------------------------------------------------------------------------------------------------------
# (kind, cue, anchors, needs, soft, pattern)
# --------------------------------------------------------------------------------------------------------

_PRAISE = alt(
    "chanceux|chanceuse|veinard|veinarde|genie|bg|beau gosse|champion|championne|crack|legende|monstre|machine|"
    "ange|amour|coquin|coquine|canaille|bosseur|bosseuse|malin|maline|star|boss|chou|cheri|cherie|tresor"
)

# « mon tel va mourir », « la batterie va crever »: a thing is the subject, not the reader.
_THING_SUBJECT = "".join(
    f"(?<!{w} )"
    for w in sorted(
        ws(
            "tel telephone portable batterie pc ordi ordinateur phone console manette voiture plante plantes perso"
            " personnage serveur jeu appli app forfait wifi connexion box routeur casque souris clavier ecran"
        )
    )
)

# "yo u r so go od at th is": "good" spaced apart reads "go od"; the word after says which it is
_GOOD_AFTER = (
    "(?:at|job|game|luck|night|morning|one|ones|stuff|vibes|for|to|as|enough|work|play|idea|point|time|day|"
    "news|boy|girl|shit|lord|god|mate|friend|friends|people|person|player|team)"
)
# "I'm the most clueless person on this server": harsh words about oneself, not an insult
_NOT_I_BEFORE = (
    "(?<!i m )(?<!im )(?<!i am )(?<!i m the )(?<!im the )(?<!i am the )(?<!i m literally the )"
    "(?<!im literally the )(?<!i m probably the )(?<!im probably the )(?<!i m honestly the )(?<!im honestly the )"
)
# Day 9: "your name goes on the waiting list", "your name goes on the transplant list next week": a list, a
# rota or a card is no exposure ("goes_public")
_ON_A_LIST_DAY9 = (
    r"(?! (?:the |a |an |my |our |this |that |la |le |les |une |un |ma |notre )?(?:\S+ )?(?:list|lists|rota"
    r"|roster|schedule|team|board|leaderboard|credits|card|cake|trophy|certificate|form|register|wall of fame"
    r"|liste|listes|tableau|planning|carte|gateau|diplome)(?![^ ]))"
)
_RAW: list[tuple[AbuseKind, str, str, str | None, bool, str]] = [
    # --- "kill yourself" in every spelling ---------------------------------------------------------
    (
        _T,
        "kill_yourself",
        "yourself yourselves self yoself youself yaself urself uself urselves kys kysa kyslf",
        None,
        False,
        rf"{B}(?:kys\S*|kill ys|an hero|(?:kill|kil|kiil|kll|unalive|end|off|hang|shoot|stab|hurt|delete|neck|rope|drown|poison|cut|suicide|gas|burn|kms|shot|hung|behead|overdose|od|jump|throw|starve|slit|choke|strangle|wrist|uninstall) {YOURSELF}){E}",
    ),
    (
        _T,
        "go_die",
        "die unalive croak perish rot dead drop",
        "go just please pls plz should hope wish why pray better and",
        False,
        rf"{B}(?:go|just|please|pls|plz|should|hope|wish|pray|why do not|why not|go and|and|could) (?:you )?(?:die(?! (?:your|ur|my|her|his|their|it|the|them|this|that|of|from|laughing|inside))|unalive|drop dead|croak|perish|(?<!here and )(?<!there and )(?<!bed and )(?<!couch and )(?<!sofa and )rot|go die|just die){E}",
    ),
    (
        _T,
        "die_in_a_fire",
        "die fire hole ditch irl already bleach jump drop favor favour",
        None,
        False,
        rf"{B}(?:die in a (?:fire|hole|ditch|car crash|crash)|die irl|die already|drop dead|go jump off|jump off a (?:bridge|cliff|building|roof)|jump in front of a (?:train|bus|car)|(?<!not )(?<!don t )(?<!dont )(?<!do not )(?<!never )drink (?:some )?bleach|do (?:us|everyone|the world) a favou?r and (?:die|leave|disappear|kill {YOURSELF}|unalive))",
    ),
    (
        _T,
        "deserve_to_die",
        "die dead exist existing disappear unalive cancer raped rot suffer born aborted abort",
        "deserve deserves should ought need gotta must shoulda have",
        False,
        rf"{B}(?:{YOU}|{YOUR} (?:kind|family|parents|mom|mum|mother)|people like {YOU}){gap(3)} (?:deserve to|deserve|deserves to|should|ought to|need to|gotta|must|should have|shoulda|should of|should have been|should be) (?:die(?! (?:your|ur|my|her|his|their|it|the|them|this|that|of|from|laughing|inside))|be dead|dead|not exist|stop existing|disappear forever|unalive|kill {YOURSELF}|get cancer|get raped|rot|suffer|never have been born|not be alive|aborted|been aborted|have aborted|swallowed){gap(1)}(?: {YOU})?",
    ),
    (
        _T,
        "hope_you_die",
        "die dies dying cancer hit bus truck train run rot suffer choke burn dead kills kill spreads raped hurt breaks beats stabs shoots",
        "hope hoping wish pray praying",
        False,
        rf"{B}(?:hope|hoping|wish|pray|praying)(?: that)?(?: someone| somebody| a car| a truck)? (?:{YOU}|{YOUR} \S+(?: \S+)?|breaks {YOUR}|hurts {YOU}|kills {YOU}|beats {YOU}|stabs {YOU}|shoots {YOU}|rapes {YOU}) ?(?:die|dies|get|gets|catch|catches|rot|rots|suffer|suffers|never wake up|choke|burn|kill {YOURSELF}|drop dead|end up dead|kills {YOU}|spreads|spread|comes back|gets worse|wins|breaks|hurt|hurts|beats|stabs|shoots|rapes|legs|neck|face)?(?: cancer| hit| run over| raped| worse| back| {YOU})?{E}",
    ),
    (
        _T,
        "better_off_dead",
        "better miss",
        None,
        False,
        rf"{B}(?:world|everyone|everybody|we|server|community|all of us|your family|your parents) (?:would|will) (?:be )?better (?:off )?(?:without {YOU}|if {YOU} (?:died|were dead|was dead|killed {YOURSELF}|were gone|disappeared|did not exist)){E}|{B}(?:nobody|no one|noone) (?:would|will|is going to|going to) (?:miss|care if|cry if|notice if|care when) {YOU}{E}",
    ),
    (
        _T,
        "suicide_toi",
        "suicide suicides suicidez sucide suicid tue tues tuez pend pends pendez jette jettes defenestre defenestres immole butes bute flingue noie noies empoisonne ouvre ouvres",
        "toi vous ty twa",
        False,
        rf"{B}(?<!se )(?<!s )(?<!me )(?<!te )(?:suicide|suicides|suicidez|sucide|suicid|tue|tues|tuez|pend|pends|pendez|jette|jettes|defenestre|defenestres|immole|butes|bute|flingue|noie|noies|empoisonne) (?:toi|vous|ty|twa){E}|{B}(?:ouvre|ouvres) (?:toi|vous) les veines{E}|{B}jette toi (?:d un pont|sous un train|par la fenetre|du haut){E}",
    ),
    (
        _T,
        "va_te_pendre",
        "pendre tuer suicider foutre jeter buter flinguer defenestrer noyer veines immoler balle finir",
        "te t vous",
        False,
        rf"{B}(?<!elle )(?<!il )(?<!ils )(?<!elles )(?<!ca )(?<!cela )(?<!qui )(?<!recette )(?:va|vas|allez|aller|tu peux|tu devrais|tu ferais mieux de|vas y|fais nous plaisir|fais nous une faveur|fais nous un plaisir|fais moi plaisir|ferais mieux de|devrais|faudrait) (?:te|t|vous) (?:pendre|tuer|suicider|foutre en l air|jeter d un pont|jeter sous un train|jeter par la fenetre|buter|flinguer|defenestrer|noyer|ouvrir les veines|immoler|tirer une balle|finir){E}",
    ),
    (
        _T,
        "va_crever",
        "crever creve creves mourir meures meurs meurt creviez mourriez disparaitre disparaisses suicider cancer ecraser",
        "va vas allez peux devrais ferais feriez ferai merites merite meritez dois vaut faut espere jespere jspr spr vivement devrait souhaite",
        False,
        rf"{_THING_SUBJECT}{B}(?:va|vas|allez|tu peux|tu devrais|tu ferais mieux de|vous feriez mieux de|tu ferai mieux de|tu merites de|tu merite de|vous meritez de|tu dois|tu devrait|mieux vaut que tu|faut que tu|j espere que tu vas|j espere que tu|j espere que vous|j espere tu vas|jspr que tu|jespere que tu|j spr que tu|vivement que tu|je te souhaite de|j te souhaite de|jte souhaite de|je souhaite que tu) (?:crever|creve|creves|mourir|meures|meurs|meurt|creviez|mourriez|disparaitre|disparaisses|te suicider|choper un cancer|attraper un cancer|chopes un cancer|finir a l hopital|te faire ecraser|crever seul|mourir seul){E}",
    ),
    (
        _T,
        "creve",
        "creve crevez meurs mourez",
        None,
        False,
        rf"(?:^|{B}(?:@user|mais|ok|alors|bah|ben|ouais|oh|eh|allez|stp|svp|sale \S+|toi|connard|connasse|fdp|batard|pute|salope|enfoire|encule|abruti)) (?:creve|crevez|meurs|mourez|creve la)(?: \S+)?{E}|^(?:creve|crevez|meurs|mourez)(?: |$)",
    ),
    (
        _T,
        "ton_cancer",
        "cancer maladie tumeur lupus sclerose crohn",
        "espere jespere jspr vivement pourvu souhaite",
        False,
        rf"{B}(?:j espere que|jespere que|j espere|jspr|vivement que|pourvu que|je souhaite que) (?:ton|ta|tes|votre) (?:cancer|maladie|tumeur|lupus|sclerose|crohn) (?:te |vous )?(?:tue|tuer|emporte|achever|acheve|gagne|revienne|empire|finisse|bouffe|ronge|termine){E}",
    ),
    (
        _T,
        "monde_sans_toi",
        "regrettera manquera pleurera sans",
        None,
        False,
        rf"{B}(?:le monde|tout le monde|le serveur|on|ta famille|tes parents|la terre) (?:serait|serais|sera|ira|irait|se porterait|vivrait) (?:mieux|bien mieux) sans (?:toi|vous){E}|{B}personne (?:ne )?(?:te|vous) (?:regrettera|manquera|pleurera){E}",
    ),
    # --- violence -----------------------------------------------------------------------------------
    (
        _T,
        "intent_violence_en",
        "end kill murder stab shoot strangle choke slit rape burn beat punch hurt smash kick behead lynch hang torture gut bash slap bury drown maim cripple bludgeon curbstomp curb hospitalize hospitalise fuck legs neck face skull teeth throat jaw hospital grave coma wheelchair morgue ground hunt track find",
        "you your ya yall il yo yer ur thee",
        True,
        rf"{B}{INTENT_EN}(?: \S+)? {alt(KILL_EN)}(?: the (?:shit|hell|fuck|crap|life|living daylights) out of| up| down| out| over)? (?:{YOU}|{YOUR} (?:\S+ )?(?:face|head|legs|leg|arms|arm|neck|throat|skull|teeth|family|mom|mum|kids|dog|ass|house|car|life))(?: (?:up|down|out))?{E}|{B}{INTENT_EN}(?: \S+)? (?:put|send) {YOU} (?:in|to|into) (?:the |a )?(?:hospital|hosp|er|icu|ground|grave|coma|wheelchair|morgue|cemetery|box|body bag){E}",
    ),
    (
        _T,
        "intent_violence_fr",
        " ".join(w for w in VIOLENCE_FR.split("|") if " " not in w)
        + " gueule peau dents balle raclee droite couteau",
        "te t vous v jte",
        True,
        rf"{B}(?:{INTENT_FR} (?:te|t|vous|v)|jte|j te|je te|on te|on va te|je vais te|j vais te|je vais vous|je vais venir te|j vais venir te|je viens te|j viens te|je peux te|je veux te|j veux te|je vais aller te|jv te|je vous)(?: (?!ai |avais |ai deja |a )\S+)? (?:{VIOLENCE_FR}){E}",
    ),
    (
        _T,
        "intent_and_violence_fr",
        " ".join(w for w in VIOLENCE_FR.split("|") if " " not in w) + " gueule",
        "et puis",
        True,
        rf"{B}(?:{INTENT_FR}|je vais|j vais|jvais|on va)(?: \S+){{1,6}} (?:et|puis|et puis) (?:te|t|vous) (?:\S+ )?(?:{VIOLENCE_FR}){E}",
    ),
    (
        _T,
        "intent_family_fr",
        "tuer buter violer egorger frapper bruler retrouver niquer cramer incendier bruler brule crame",
        "ta ton tes votre vos",
        False,
        rf"{B}{INTENT_FR}{gap(2)} (?:tuer|buter|violer|egorger|frapper|bruler|retrouver|niquer|tabasser|cramer|incendier|brule|crame|mettre le feu a) (?:ta|ton|tes|votre|vos) (?:mere|pere|famille|soeur|frere|femme|copine|copain|gosses|enfants|daronne|daron|chien|chat|fille|fils|maison|voiture|appart|baraque|caisse){E}",
    ),
    (
        _T,
        "family_en",
        "kill rape hurt murder stab shoot burn",
        "family mom mum mother dad father sister brother wife husband kids children dog cat girlfriend boyfriend daughter son",
        False,
        rf"{B}{INTENT_EN}(?: \S+)? (?:kill|rape|hurt|find|murder|stab|shoot|burn|visit|go after|come after) {YOUR} (?:family|mom|mum|mother|dad|father|sister|brother|wife|husband|kids|children|dog|cat|girlfriend|boyfriend|daughter|son){E}",
    ),
    (
        _T,
        "youre_dead",
        "dead mort morte morts foutu foutue meat",
        None,
        True,
        rf"{B}{YOU_ARE} (?:so |fucking |already |a |so fucking )?(?:dead|dead meat|a dead man|a dead woman|dead when i \S+ {YOU}|dead if i \S+ {YOU}){E}|{B}(?:t es|tes|tu es|vous etes|t est|t etes|tu est) (?:un homme |une femme |deja )?(?:mort|morte|morts|un homme mort|une femme morte|foutu|foutue){E}",
    ),
    (
        _T,
        "youll_pay",
        "coming watch mind pay regret happens suffer bleed back step payer regretter souffrir morfler arriver saigner gaffe attends attend attendrai sortie dehors",
        None,
        True,
        rf"{B}(?:{YOU} will|you are going to|you are gonna|you gonna|your gonna|you going to) (?:pay(?: for (?:this|that|it|what {YOU} (?:did|said))| dearly)?(?: \S+)?$|pay for (?:this|that|it)|pay dearly|regret (?:this|that|it|being born)|be sorry|see what happens|never see it coming|wish {YOU} were dead|get what is coming|suffer|bleed){E}|{B}(?:watch|mind) {YOUR} (?:back|step){E}|{B}(?:tu vas|tu va|vous allez|tu vas me|tu va me|tu vas le|tu va le|tu me le) (?:payer(?: cher)?$|payer cher|le payer|regretter|le regretter|souffrir|morfler|voir ce qui va t arriver|prendre cher|saigner|voir a la sortie|voir dehors){E}|{B}(?:fais|fait|faites) gaffe a (?:toi|vous|ta peau|tes fesses){E}|{B}(?:je|j|on) (?:te|t|vous) (?:retrouve|retrouverai|retrouvera|trouverai|choperai|chope|attends|attend|attendrai|attendra) (?:a la sortie|irl|en vrai|chez toi){E}|{B}(?:a la sortie|dehors|irl|en bas)(?: \S+){{0,4}} (?:je|j|on) (?:t|te|vous) (?:attends|attend|attendrai|attendra){E}|{B}(?:tu vas voir|tu va voir|vous allez voir) (?:a la sortie|dehors|irl|en vrai|ce qui va (?:t|vous) arriver|ta gueule|ta tronche){E}",
    ),
    (
        _T,
        "find_you_irl",
        "irl real outside school sleep visit visite gign swat cops police flics keufs raid",
        None,
        False,
        rf"{B}{INTENT_EN}(?: \S+)? (?:find|track|hunt|come for|come after|come to|pay a visit to|visit|see|meet|catch|get|pay {YOU} a visit) (?:{YOU}(?: down)?)(?: \S+){{0,3}} (?:irl|in real life|outside|after school|in {YOUR} sleep){E}|{B}(?:might|will|could|may|going to|gonna|about to) (?:come|drop by|stop by|swing by|pop by|pop in) (?:and )?(?:visit|see {YOU}|say hi|pay (?:{YOU} )?a visit|visit {YOU}){E}|{B}(?:pay|paying) {YOU} a (?:little )?visit{E}|{B}(?:envoyer|envoie|envoyer le|t envoyer|te envoyer|vous envoyer|send|sending|call|calling) (?:le |la |les |the |a )?(?:gign|raid|swat|cops|police|flics|keufs|bac|swat team) (?:chez (?:toi|vous)|to {YOUR} (?:house|home|place|address)|on {YOU}|at {YOUR} \S+){E}|{B}(?:je vais|j vais|jvais|on va|je viens|j viens) (?:venir )?(?:te |vous )?(?:rendre (?:une petite )?visite|voir irl|voir en vrai){E}",
    ),
    (
        _T,
        "come_to_your_house",
        "house home door school hospital apartment flat taf boulot ecole lycee hopital domicile workplace porte fac boite",
        "voir potes friends boys gars kill beat hurt fuck bitch die dead regret hide pay tabasser buter defoncer tuer crever gueule fdp connard regretter payer sale knife couteau gun flingue baseball batte wait attends",
        False,
        rf"{B}{INTENT_EN}(?: \S+)? (?:come|show up|be|drive|go|coming|pop up|turn up|be waiting) (?:to|at|by|over to|round|outside) {YOUR} (?:house|home|place|door|work|job|school|hospital|apartment|flat|workplace){E}|{B}(?:{INTENT_FR}|j) (?:venir|debarquer|passer|aller|viens|vien|arrive|debarque|passe) (?:chez toi|chez vous|a ton (?:taf|travail|boulot|ecole|lycee|hopital|domicile)|devant chez toi|a ta (?:porte|fac|boite))(?: \S+){{0,2}}{E}",
    ),
    # --- exposure threats -----------------------------------------------------------------------
    (
        _E,
        "know_where_you_live",
        "gym school clinic office ecole clinique daughter son kids children where live sleep habites habite vis vit bosses bosse travailles travaille dors hospitalise hospitalisee creches loges etudies address addy adress ip workplace employer hospital diagnosis records meds adresse taf travail numero lycee hopital diagnostic dossier employeur patron boite facebook insta instagram linkedin twitter tiktok snap identity identite ward chambre",
        None,
        False,
        rf"{B}(?:i|we|je|j|on|1|jsais|ik|i have|i got|i have got|i found|i just found|i know|je sais|je connais|j ai|j ai trouve|on a trouve|on sait|on connait) (?:\S+ )?(?:know|knw|kno|sais|sait|connais|connait|connaissons|have|got|found|trouve|ai trouve|a trouve|ai|a|already know|already have|deja) (?:exactly )?(?:where {YOU} (?:live|work|sleep|go to school|study|stay|are staying|are hospitali[sz]ed)|where {YOUR} (?:kids|children|family|wife|husband|mom|mum|parents|son|daughter|sister|brother|girlfriend|boyfriend) (?:live|lives|go to school|goes to school|work|works|sleep|sleeps|are|is|study|studies)|ou (?:tes|ta|ton) (?:gosses|enfants|famille|femme|mari|mere|parents|fils|fille|soeur|frere|copine|copain) (?:habite|habitent|vont a l ecole|va a l ecole|travaille|travaillent|dort|dorment|sont|est)|ou (?:tu|vous|t) (?:habites|habite|vis|vit|bosses|bosse|travailles|travaille|dors|es hospitalise|es hospitalisee|creches|loges|etudies|vas a l ecole|es)|(?:which|what) (?:hospital|school|ward|clinic|office|building|street|town|city|gym|pharmacy|hopital|ecole|clinique|rue|ville|quartier|lycee|fac)|{YOUR} (?:(?:daughter|son|kids|children|wife|husband|mom|mum|dad|sister|brother)(?: s)? )?(?:address|addy|adress|ip|ip address|real name|workplace|location|phone number|number|house|home address|school|hospital|employer|boss|diagnosis|medical records|meds|facebook|insta|instagram|linkedin|real account|family|parents|identity)|(?:ton|ta|tes|votre) (?:adresse|ip|adresse ip|vrai nom|lieu de travail|taf|travail|numero|ecole|lycee|hopital|diagnostic|dossier medical|employeur|patron|boite|domicile|facebook|insta|linkedin|identite|famille|chambre)){E}|{B}(?:you are|you re|youre|your|u r|ur) (?:at|in|staying at) (?:\S+ ){{0,3}}(?:ward|room|hospital|clinic|chambre|service|hopital|clinique)(?: \S+)?(?: \S+)? (?:right|non|hein|yes|isn t it|innit|correct){E}",
    ),
    (
        _E,
        "expose_intent",
        "seropo seropos seropositif seropositive vih sida hiv trans gay homo lesbienne bi enceinte pregnant address addy adress ip workplace work job boss employer school hospital diagnosis diagnoses records phone number nudes pics photos face name family parents condition illness disease secrets location house home live works adresse taf travail boulot patron employeur ecole lycee fac hopital diagnostic dossier maladie numero vrai nom famille medicaments traitement maison domicile boite habites bosses travailles sick ill malade cancer vih hiv sida aids depression bipolaire bipolar schizo psy psychiatre therapist infos info perso personal details identite identity donnees posts messages screenshots antipsychotiques antidepresseurs meds pills antidepressants antipsychotics medication medications therapy rehab psych ward",
        "leak post share publish expose dox doxx swat send tell spread reveal drop release out email call contact balancer balance publier devoiler diffuser exposer divulguer envoyer dire leaker poster afficher partager reveler appeler contacter prevenir informer mail mailer previens previens dis dirai envoie enverrai balancerai publierai show montrer montre montrerai forward transferer screenshot screenshots screens captures",
        False,
        rf"{B}(?:{INTENT_EN}|{INTENT_FR})(?: \S+){{0,3}} (?:leak|post|share|publish|expose|dox|doxx|swat|send|tell|spread|reveal|drop|release|out|email|call|contact|show|forward|balancer|balance|balancerai|publier|publierai|devoiler|diffuser|exposer|divulguer|envoyer|envoie|enverrai|dire|dis|dirai|leaker|poster|afficher|partager|reveler|appeler|contacter|prevenir|previens|informer|mail|mailer|montrer|montre|montrerai|transferer)(?: \S+){{0,5}} (?:(?:{YOUR}|ton|ta|tes|votre|vos)(?: (?:private|personal|real|home|medical|intimate|full|whole|perso|privees|intimes|vraies|vrai|medicales|medical|dirty|little))? |(?:where {YOU}|ou tu|que tu|que t|that {YOU}|t as|tu as|{YOU} have|{YOU} are|t es|him|her|them)(?: \S+){{0,3}} )(?:address|addy|adress|ip|workplace|hospital|diagnosis|diagnoses|records|phone|number|nudes|pics|photos|real name|condition|illness|disease|secrets|location|live|works|adresse|hopital|diagnostic|dossier|maladie|numero|vrai nom|medicaments|traitement|domicile|habites|bosses|travailles|sick|ill|malade|cancer|vih|hiv|sida|aids|hp|psychiatrie|asile|seropo|seropos|seropositif|seropositive|trans|gay|homo|lesbienne|enceinte|pregnant|depression|bipolaire|bipolar|schizo|psy|psychiatre|therapist|infos|info|perso|personal|details|identite|identity|donnees|antipsychotiques|antidepresseurs|antidepressants|antipsychotics|medication|medications|therapy|rehab|meds|pills|sous \S+){E}|{B}(?:{INTENT_EN}|{INTENT_FR})(?: \S+){{0,2}} (?:leak|post|share|publish|expose|dox|doxx|balancer|publier|devoiler|diffuser|exposer|divulguer|leaker|poster|afficher) (?:your|ur|tes|ton|ta|vos|votre) (?:\S+ )?(?:infos|info|personal info|details|identite|identity|donnees|nudes|pics|photos|adresse|address|ip|dossier|diagnostic|diagnosis|vrai nom|real name|secrets|dms|mp){E}",
    ),
    (
        _E,
        "expose_tell",
        "tell send show forward call contact email dire envoyer envoie montrer montre prevenir previens appeler contacter informer dis dirai enverrai",
        "boss employer family parents wife husband school patron employeur famille mari femme ecole taf boite hr rh doctor medecin landlord proprio work job travail",
        False,
        rf"(?:{B}(?:{INTENT_EN}|{INTENT_FR}|si tu|if you)|^going to|^will|^about to)(?: \S+){{0,4}} (?:tell|send|show|forward|call|contact|email|dire|dis|dirai|envoyer|envoie|enverrai|montrer|montre|prevenir|previens|appeler|contacter|informer)(?: \S+){{0,4}} (?:{YOUR}|ton|ta|tes|votre|vos) (?:boss|employer|family|parents|wife|husband|school|work|job|hr|doctor|landlord|patron|employeur|famille|parents|mari|femme|ecole|taf|travail|boite|rh|medecin|proprio)(?: \S+){{0,10}} (?:that {YOU}|{YOU} are|{YOU} have|que tu|que t|about {YOUR}|sur ton|sur ta|sur tes|what {YOU}|ce que tu|screenshots|screens|captures|everything|tout|all {YOUR}|{YOUR} posts|tes posts|tes messages|{YOUR} messages)(?: \S+){{0,4}}"
        rf"|{B}(?:{INTENT_EN}|{INTENT_FR})(?: \S+){{0,2}} (?:send|show|forward|envoyer|montrer|transferer|balancer|envoie|montre) (?:{YOUR}|tes|ton|ta|vos|votre) (?:messages|posts|dms|mp|mps|screenshots|screens|captures|photos|pics|conversations|convos|nudes) (?:a|au|aux|to) (?:{YOUR}|ton|ta|tes|votre|vos) (?:boss|employer|family|parents|wife|husband|school|patron|employeur|famille|mari|femme|ecole|boite|rh|hr|mere|pere|mom|dad){E}"
        rf"|{B}(?:{YOUR}|ton|ta|tes) (?:boss|employer|family|parents|wife|husband|patron|employeur|famille|mari|femme|rh|hr)(?: \S+){{0,12}} (?:{INTENT_EN}|{INTENT_FR}|i can|je peux) (?:\S+ )?(?:send|show|forward|envoyer|montrer|transferer|envoie|montre) (?:him|her|them|it|lui|leur|les|la|le)?(?: \S+){{0,2}} (?:screenshots|screens|captures|posts|messages|everything|tout){E}",
    ),
    (
        _E,
        "dox_swat",
        "dox doxx doxxe doxe doxer doxxer doxxing doxing swat swatter swatting swatte leak leaker exposer afficher devoiler doxxed doxed swatted leaked exposed ip address adresse",
        None,
        False,
        rf"{B}(?:dox|doxx|doxxe|doxe|doxer|doxxer|doxxing|doxing|swat|swatter|swatting|swatte) (?:{YOU}|toi|vous|ta|ton|{YOUR}|@user){E}|{B}(?:te|t|vous) (?:dox|doxx|doxxer|doxer|swat|swatter|leak|leaker|exposer|afficher|devoiler|doxxe|swatte){E}|{B}(?:{YOU} are getting|{YOU} will get|{YOU} are going to get|{YOU} will be|{YOU} are about to get|{YOU} gonna get|(?<!did you )(?<!did u )(?<!do you )(?<!do u )(?<!have you )(?<!if you )(?<!if u )get|(?:(?<=^)|(?<=enjoy )|(?<=imagine )|(?<=keep )|(?<=ur )|(?<=you re )|(?<=u re )|(?<=youre ))getting) (?:doxxed|doxed|swatted|leaked|exposed){E}|{B}(?:{YOUR}|ton|ta) (?:ip|address|adresse|adresse ip) (?:is|c est|est|=|:)(?: \S+)?",
    ),
    (
        _E,
        "everyone_will_know",
        "everyone everybody whole boss family employer monde serveur patron famille employeur parents boite",
        "know knows find finds see sees hears savoir saura sauront sache sachent voir apprendre",
        False,
        rf"{B}(?:make sure|making sure|ensure|faire en sorte que|m assurer que) (?:everyone|everybody|the whole server|all of \S+|your boss|your family|your employer|your parents|tout le monde|tout le serveur|ton patron|ta famille|tes parents) (?:knows|finds out|sees|hears|learns|sache|saches|sachent|voie|voient|apprenne|apprennent)(?: about| that| que)? (?:{YOU}|{YOUR}|t|tu|ton|ta|tes)(?: \S+){{0,6}}"
        rf"|{B}(?:everyone|everybody|the whole server|your boss|your family|your employer|your parents|tout le monde|tout le serveur|ton patron|ta famille|ton employeur|tes parents|ta boite) (?:will|is going to|going to|va|vont|saura|sauront|va savoir|vont savoir|will know|will find out|will see)(?: \S+){{0,3}} (?:{YOUR}|ton|ta|tes|que tu|que t|that {YOU}|ce que tu)(?: \S+){{0,3}} (?:diagnosis|illness|disease|condition|sick|ill|meds|nudes|address|secret|secrets|hospital|depression|diagnostic|maladie|malade|traitement|medicaments|adresse|photos|secret|hopital|cancer|vih|hiv|sida|psy|hp|asile|folle|fou|bipolaire|schizo|antidepresseurs|antipsychotiques){E}",
    ),
    # --- standing directed insults --------------------------------------------------------------
    (
        _I,
        "ta_gueule",
        "gueule gueul geule gle tg ftg ferme fermes fermez bouche clapet yeule tagueule",
        None,
        False,
        rf"{B}(?:ta gueule|ta gueul|ta geule|ta gle|tg|ftg|ferme ta gueule|ferme la|fermes la|fermez la|fermes ta gueule|ferme ta bouche|ferme ton clapet|ferme ta grande gueule|ta yeule|tagueule|vos gueules|fermez vos gueules|ferme ta sale gueule){E}",
    ),
    (
        _I,
        "nique_ta_mere",
        "nique niquer nik nike ntm ntr niktamer nqtm mere morts pute fdp chien catin salaud emmerde jtemmerde foutre enculer vtff chier suce",
        None,
        False,
        rf"{B}(?:nique|niquer|nik|nique bien|nike) (?:ta|ta grand mere|ta race|ta mere|tes morts|ta soeur|ta famille|ton pere|ta daronne|vos meres|votre mere|ta tante|toi|ta reum|ta mer){E}|{B}(?:ntm|ntr|niktamer|nqtm|ta mere la (?:pute|chienne|salope|grosse)|ta mere (?:est une|c est une) (?:pute|salope|chienne)|mange tes morts|tes morts|fils de pute|fille de pute|fdp|fils de chien|fils de catin|enfant de salaud|je t emmerde|j t emmerde|jtemmerde|je vous emmerde|va te faire (?:foutre|enculer|mettre|niquer|voir){_NOT_A_THING}|vtff|va chier|allez chier|va niquer ta mere|va bouffer (?:tes morts|ta merde)|suce ma (?:bite|queue)|suce moi){E}",
    ),
    (
        _I,
        "fuck_you",
        "fuck fuk fck fk fuq screw frick fock fuc phuck fucc stfu gtfo shut piss shit suck kiss yours gfy hell cry asked",
        None,
        False,
        rf"{B}(?:fuck|fuk|fck|fk|fuq|screw|frick|fock|fuc|phuck|fucc|fuck off|fuck right off) (?:you|yall|off|yourself|{YOURSELF}|{YOUR} (?:mom|mum|mother|family)|all of you){E}{_NOT_A_THING}|{B}(?:stfu|gtfo|shut the fuck up|shut the f up|shut {YOUR} (?:fucking |stupid |dumb )?(?:mouth|face)|get the fuck out|piss off|eat shit|suck my (?:dick|cock|balls)|kiss my ass|up yours|go fuck {YOURSELF}|gfy|go to hell|go cry to {YOUR} (?:mom|mommy|mum|mama)|nobody asked you|no one asked you|nobody asked|no one asked|fuck off and die){E}",
    ),
    (
        _I,
        "nobody_likes_you",
        "nobody noone no1 everyone everybody personne monde tous",
        "voudrait voudra likes loves cares wants needs asked hates despises miss wanted aime apprecie supporte veut demande calcule ecoute aimera croit sonne deteste hait meprise regrettera",
        False,
        rf"{B}(?:nobody|no one|noone|no1|everyone|everybody)(?: here| on this server| in this server)? (?:likes|loves|cares about|wants|needs|asked|hates|despises|would miss|will miss|wanted|even likes|really likes|fucking likes) {YOU}{E}|{B}personne (?:ne |n )?(?:t|te|vous) (?:aime|apprecie|supporte|veut|a demande|calcule|ecoute|aimera|croit|a sonne|regrettera){E}|{B}personne (?:ne |n )?(?:voudrait|veut|voudra) (?:de toi|de vous){E}|{B}(?:tout le monde|le serveur entier|tt le monde|tous) (?:te|t) (?:deteste|hait|trouve|supporte pas|ne supporte pas|meprise){E}",
    ),
    (
        _I,
        "fake_illness",
        "fake bidon inventee invente imaginaire bullshit bs cinema comedie",
        "illness disease condition pain diagnosis symptoms sickness maladie douleur diagnostic symptomes handicap",
        False,
        rf"{B}(?:{YOUR}|ta|ton|tes|votre) (?:illness|disease|condition|pain|diagnosis|symptoms|sickness|maladie|douleur|douleurs|diagnostic|symptomes|handicap|fibro|lupus|depression)(?: \S+){{0,2}} (?:is|are|c est|est|sont|=)(?: \S+){{0,2}} (?:fake|made up|not real|bullshit|bs|imaginary|all in {YOUR} head|bidon|inventee|invente|inventees|imaginaire|imaginaires|du cinema|de la comedie|dans ta tete|pipeau|du flan){E}",
    ),
    (
        _T,
        "hands_on_you",
        "hands mains chope trouve retrouve croise attrape choper",
        None,
        True,
        rf"{B}(?:get|put|lay|got|have|getting) my hands on {YOU}{E}|{B}(?:wait|just wait|you wait) (?:till|until|til) i (?:get|find|see|catch) {YOU}{E}|{B}(?:attends|attend|attendez) (?:que|qu) (?:je|j|on) (?:te|t|vous) (?:chope|trouve|retrouve|croise|attrape|mette la main dessus){E}|{B}(?:si|quand) (?:je|j|on) (?:te|t|vous) (?:chope|choppe|croise|attrape|retrouve|trouve) (?:irl|dehors|dans la rue|en vrai)?{E}",
    ),
    (
        _I,
        "worthless_life",
        "vaut vaux vie existence life worth rien worthless meaningless sonne demande nothing gives give shit fake fausse imaginaire pseudo",
        None,
        False,
        rf"{B}(?:ta|ton|{YOUR}|votre) (?:vie|existence|life|existence)(?: elle| il)? (?:vaut|vaux|is|est|c est|=|means)(?: \S+)? (?:rien|worthless|meaningless|pointless|nothing|a joke|sans valeur|de la merde|que dalle|shit){E}|{B}(?:tu|t) (?:vaux|vaut|vales) (?:rien|que dalle|pas grand chose|moins que rien){E}|{B}{YOU} (?:are|re) worth (?:nothing|less than nothing){E}|{B}(?:qui|personne) (?:t|te|vous) (?:a|as) (?:sonne|demande|sonnee|sifle|siffle)(?! (?:de|d|si|a|quand|pour|ou|comment|combien|ce|ca|un|une|des|le|la|les)(?: |$)){E}|{B}(?:on|qu on|personne) (?:t|te|vous) (?:a|as) (?:pas|rien|jamais) (?:sonne|demande|sonnee|sifle|siffle){E}|{B}(?:nobody|no one|noone) (?:gives|give) a (?:shit|fuck|damn|single fuck) (?:about|abt) {YOU}{E}|{B}{YOUR} fake (?:illness|disease|condition|pain|diagnosis|disability|sickness){E}|{B}(?:ta|votre) (?:fausse maladie|maladie imaginaire|pseudo maladie){E}",
    ),
    (
        _I,
        "back_to_your_hole",
        "hole cave rock sewer gutter trou egout poubelle crawled crawl",
        None,
        False,
        rf"{B}(?:go back|crawl back|get back|go|retourne|retournez|rentre|va) (?:to |into |under |in |dans |sous )?(?:whatever|the|your|ur|a|ton|ta|la|le|tes|votre)? ?(?:hole|cave|rock|sewer|gutter|trash can|dumpster|trou|egout|poubelle|grotte|caillou) ?(?:{YOU} crawled out of|you came from|d ou tu viens|d ou tu sors)?{E}",
    ),
    (
        _T,
        "shoot_up",
        "shoot shooting shot",
        "up",
        False,
        rf"{B}{INTENT_EN}(?: \S+)? (?:shoot up|shooting up) (?:{YOUR}|the|this|that) ?(?:school|work|office|workplace|job|church|mosque|synagogue|place|house|server meetup|meetup|class|campus)?{E}",
    ),
    (
        _T,
        "harm_outcome",
        "walk talk see breathe wake hell enfer pourrir pourrirai infernale feet morgue bag",
        None,
        False,
        rf"{B}{INTENT_EN}(?: \S+)? make sure {YOU} (?:never|can not|cannot|will not|wont|do not) (?:walk|talk|see|breathe|wake up|play|type|sleep)(?: \S+)?{E}|{B}{INTENT_EN}(?: \S+)? (?:put|send) {YOU} (?:six feet under|in the ground|in a body bag|to the morgue|in the morgue){E}|{B}{INTENT_EN}(?: \S+)? make {YOUR} life (?:a )?(?:living )?hell{E}|{B}(?:{INTENT_FR}|on va|je vais) (?:te|t|vous) (?:pourrir la vie|pourrir l existence|faire vivre un enfer|rendre la vie infernale|faire regretter d etre ne|faire la misere){E}|{B}(?:ta vie|your life) (?:va|will) (?:devenir|etre|be|become) (?:un enfer|a living hell|hell|infernale){E}|{B}(?:{YOU} will|you are going to|you re gonna) end up (?:in a body bag|six feet under|dead|in the morgue){E}",
    ),
    (
        _T,
        "tas_qua_te_tuer",
        "tuer suicider pendre jeter foutre crever mourir",
        "qu qua ka",
        False,
        rf"{B}(?:t as|tu as|vous avez|ta|t a) (?:qu a|qua|ka|qu as) (?:te tuer|te suicider|te pendre|te jeter|te foutre en l air|crever|mourir|vous tuer|vous suicider){E}",
    ),
    (
        _I,
        "low_iq",
        "qi iq",
        None,
        False,
        rf"{B}(?:t as|tu as|vous avez|{YOU} have|{YOU} got|{YOUR}|ton|votre) (?:le |the |an |a )?(?:qi|iq) (?:d un|d une|de|of a|of an|of|d|du|lower than|plus bas qu|inferieur a|below|under|in the single digits|a un chiffre|negatif|negative)(?: \S+)?{E}",
    ),
    (
        _T,
        "sleep_one_eye",
        "eye oeil coming venir couteau knife balle bullet",
        None,
        False,
        rf"{B}(?:sleep with one eye open|dors que d un oeil|dors d un oeil|{YOU} (?:will not|wont) see it coming|tu (?:le )?verras pas venir|tu vas rien voir venir){E}|{B}(?:couteau|lame|knife|blade|balle|bullet) (?:dans|sous|in|into|through) (?:le|la|ta|ton|tes|{YOUR}|the) (?:dos|gorge|ventre|tete|crane|back|throat|neck|head|skull|gut|chest){E}",
    ),
    (
        _E,
        "find_your_address",
        "trouver retrouver find chercher adresse address habites live lives",
        None,
        False,
        rf"{B}(?:{INTENT_EN}|{INTENT_FR})(?: \S+)? (?:trouver|retrouver|chercher|find|find out|look up|track down|dig up|get) (?:ou (?:tu|vous) (?:habites|habite|vis|bosses|travailles|dors)|where {YOU} (?:live|work|sleep|go to school)|(?:ton|ta|votre|{YOUR}) (?:adresse|address|addy|ip|vrai nom|real name|lieu de travail|workplace|school|ecole)){E}",
    ),
    (
        _T,
        "go_overdose",
        "overdose od wrists wrist veins veines throat gorge",
        None,
        False,
        rf"{B}(?:go|just|please|pls|should|can you) (?:overdose|od(?! {_GOOD_AFTER}(?![^ ])))(?: already)?{E}|{B}overdose already{E}|{B}(?:slit|cut|open|ouvre|ouvres|coupe|coupes|tranche|tranches) (?:{YOUR}|tes|tes propres|ta) (?:wrists|wrist|veins|throat|veines|gorge|poignets){E}",
    ),
    (
        _T,
        "make_you_regret",
        "regret regretter payer souffrir pleurer suffer cry bleed pay wish",
        None,
        False,
        rf"{B}{INTENT_EN}(?: \S+)? make {YOU} (?:regret|pay|suffer|cry|bleed|wish)(?: \S+)?{E}|{B}(?:{INTENT_FR}|je vais|j vais|on va) (?:te|t|vous) (?:faire|le faire) (?:regretter|payer|souffrir|pleurer|cracher du sang){E}",
    ),
    (
        _T,
        "would_be_a_shame",
        "shame dommage",
        None,
        False,
        rf"{B}(?:would|it d|it would|d) be a (?:shame|pity) if(?: \S+){{0,8}} (?:(?:something|anything) (?:happened|happens|bad happened) to {YOU}|(?:they|it|those|these|them|that) (?:ended up|end up|got|get|went|were|was) (?:on|online|posted|leaked|public|everywhere|out)|(?:{YOU}|{YOUR} \S+) (?:got|get|were|was|ended up|end up|became|went) (?:hurt|leaked|found|doxxed|doxed|exposed|swatted|visited|posted|hacked|killed|hit|public|online|out|missing)|(?:the )?(?:cops|police|swat|everyone|your boss|your family|your employer|your parents) (?:showed up|show up|found out|learned|saw|came|knew)|(?:your|ur) (?:address|ip|nudes|pics|diagnosis|name|real name|secret|family|kids) (?:got|get|went|was|were|ended up|leaked|posted)){E}|{B}(?:ce serait|ca serait|c serait|serait) (?:dommage|con|bete) (?:qu|que|si)(?: \S+){{0,6}} (?:(?:il|quelque chose|malheur) (?:t|te|vous) (?:arrive|arrivait)|(?:t|te|vous) (?:arrive|arrivait) (?:quelque chose|malheur)|(?:ton|ta|tes) (?:adresse|ip|nudes|photos|diagnostic|famille|patron) \S+|(?:tout le monde|ton patron|ta famille|les flics) (?:apprenne|sache|debarque|debarquent|decouvre))(?: \S+)?",
    ),
    (
        _T,
        "cops_at_your_door",
        "cops police swat flics keufs gign",
        None,
        False,
        rf"{B}(?:t as|tu as|tu auras|you will have|you ll have|you get|you will get) (?:le |la |les |the )?(?:gign|raid|flics|keufs|police|cops|swat|swat team)(?: \S+)? (?:chez toi|at {YOUR} (?:door|house|place))|{B}(?<!if the )(?<!when the )(?<!if )(?<!si les )(?<!si la )(?<!quand les )(?:cops|police|swat|swat team|flics|keufs|gign|raid) (?:\S+ )?(?:show up|showed up|shows up|come|came|comes|turn up|turned up|kick in|kicked in|bust|debarquent|debarque|arrivent|defoncent) (?:at |to |in |chez )?(?:{YOUR}|ta|ton|toi|vous)(?: \S+)?(?!.*{B}(?:hope (?:everyone|you|u|ur|your family|you all|all|everything)(?: s| is| are| re| r)? (?:ok|okay|alright|all right|safe|fine)|j espere que (?:tout le monde|vous|tu|t)(?: \S+)? (?:va bien|vont bien|vas bien|est ok|es ok|allez bien)|are (?:you|u) ok|r u ok|(?:you|u) okay|t es ok)(?![^ ]))",
    ),
    (
        _E,
        "location_visit",
        "hospital ward room school work house address hopital chambre service ecole maison adresse taf creches habites habite vis live works lives bosses travailles rue street",
        "drop visit pop stop swing passe passer venir viens rendre soon bientot coming",
        False,
        rf"^(?!.*(?:flowers|fleurs|gift|gifts|cadeau|cadeaux|chocolat|chocolats|snacks|soup|soupe|casserole|bisous|hugs|hug|calin|courage|get well|retablissement|apporte|apporter|bring|brings|si tu veux|if you want|want me to|tu veux|veux que|magazines|livres|books|coffee|cafe|games|jeux|meds|medocs|help|aider|aide|<3|love|xoxo|tkt))(?=.*(?:^| )(?:right|non|hein|correct|yeah|innit|rue|street|road|avenue|ave|ward|bed|lit|etage|floor|batiment|building)(?: |$))(?:.* )?"
        rf"{B}(?:(?:{YOUR}|ton|ta|tes) (?:hospital|ward|room|school|workplace|office|house|address|hopital|chambre|service|ecole|maison|adresse|taf|boulot|bureau)(?: is| c est| est|,)?|(?:tu|t|you|vous) (?:creches|habites|habite|vis|live|work|bosses|travailles|dors|sleep|stay|are staying|are|es|etes|es hospitalise|es hospitalisee) (?:a|au|at|in|on|rue|near|pres|dans))(?: \S+){{0,10}} (?:i|we|je|j|on|might|maybe|gonna|going to|will)(?: \S+){{0,2}} (?:drop by|come by|pop in|pop by|stop by|swing by|come visit|come and visit|visit|pay {YOU} a visit|passe|passer|venir|viens|rendre visite|see {YOU} soon|coming for {YOU}|coming over)(?: \S+)?{E}",
    ),
    (
        _E,
        "goes_public",
        "goes go gets get posted leaked public online twitter everywhere partout finit sera seront",
        "name address ip nudes pics photos diagnosis records adresse nom diagnostic dossier",
        False,
        rf"{B}(?:{YOUR}|ton|ta|tes) (?:real name|name|address|addy|ip|nudes|pics|photos|diagnosis|medical records|records|adresse|vrai nom|nom|diagnostic|dossier medical|dossier|infos)(?: \S+){{0,3}} (?:goes|go|will go|gets|get|will get|will be|is going|are going|va|vont|finit|finira|sera|seront|va finir|vont finir)(?: \S+)? (?:on|online|public|posted|leaked|everywhere|to|partout|sur|en ligne|publique|publiques|publics){E}{_ON_A_LIST_DAY9}",
    ),
    (
        _E,
        "got_your_ip",
        "ip address addy adresse",
        None,
        False,
        rf"(?:^|{B})(?:got|have|found|grabbed|pulled|j ai|jai|chope|recupere|trouve) {YOUR} (?:ip|ip address|address|addy|real name|home address|adresse|adresse ip|vrai nom){E}|(?:^|{B})(?:got|have|found|grabbed|j ai|jai|chope|recupere|trouve) (?:ton|ta) (?:ip|adresse|adresse ip|vrai nom){E}",
    ),
    (
        _I,
        "espece_de",
        "espece bougre",
        None,
        False,
        rf"(?:^|(?<![^ ])(?!(?:une|un|cette|l|nouvelle|chaque|quelle|d|la|les|des|sorte|genre) )\S+) (?:espece|bougre) (?:de|d) (?!{_PRAISE}(?: |$))\S+{E}|^(?:espece|bougre) (?:de|d) (?!{_PRAISE}(?: |$))\S+",
    ),
    (
        _I,
        "x_de_merde",
        "merde premiere compet fini finie",
        None,
        False,
        rf"{B}(?:t es|tes|tu es|vous etes|t est|toi)(?: \S+){{0,2}} (?:un|une) \S+ (?:fini|finie|de merde|de premiere|de compet|de service){E}",
    ),
    (
        _I,
        "you_are_a_blight",
        "cancer plague disease tumor tumour pustule stain blight cancer plaie tache",
        None,
        False,
        rf"{B}{YOU_ARE}(?: \S+){{0,2}} (?:a|the|un|une|le|la) (?:cancer|plague|disease|tumor|tumour|pustule|stain|blight|plaie|peste) (?:on|of|to|in|de|du|pour|sur)(?: \S+){{0,3}} (?:this|the|ce|cette|le|la) \S+",
    ),
    (
        _T,
        "coming_for_you",
        "coming comin arrive chercher bone bones",
        None,
        False,
        rf"{B}(?:i am|we are|i m|we re|im|they are|my boys are|my friends are) (?:coming|comin) (?:for|after) {YOU}{E}|{B}(?:on va|je vais|j vais|on vient|je viens) (?:venir )?(?:te|vous) chercher(?! (?:a|au|aux|en|vers|pour|apres|demain|ce soir|cet|a \d+h?)(?![^ ]))(?: \S+)?{E}|{B}{INTENT_EN}(?: \S+)? (?:break|snap|crush|shatter) (?:every|all the|each) (?:bone|bones) in {YOUR} body{E}",
    ),
    (
        _T,
        "know_your_family",
        "daronne mere mom mum family famille soeur sister kids gosses femme wife daughter fille son fils enfants children",
        "bonjour hi hello salut regards part said",
        False,
        rf"{B}(?:i know|je connais|j connais|on connait|we know)(?: \S+)? (?:{YOUR}|ta|ton|tes) (?:daronne|mere|mom|mum|mother|family|famille|soeur|sister|kids|gosses|femme|wife|daughter|fille|son|fils|enfants|children)(?: \S+){{0,6}} (?:bonjour|say hi|tell (?:her|him|them) i said hi|dis lui bonjour|passe le bonjour|salut|regards|de ma part|hello)(?: \S+){{0,3}}",
    ),
    (
        _E,
        "employer_gets_mail",
        "email mail message call letter screenshots screens captures appel lettre dm",
        "employer boss family parents wife husband school employeur patron famille parents mari femme ecole boite",
        False,
        rf"{B}(?:{YOUR}|ton|ta|tes) (?:employer|boss|family|parents|wife|husband|school|employeur|patron|famille|mari|femme|ecole|boite|rh|hr) (?:gets|will get|receives|will receive|is getting|recoit|recevra|va recevoir|va avoir|aura)(?: \S+){{0,3}} (?:email|mail|message|call|letter|screenshots|screens|captures|appel|lettre|dm|visite|visit){E}",
    ),
    (
        _I,
        "parents_ashamed",
        "ashamed embarrassed disappointed honteux honte degoutes decus",
        None,
        False,
        rf"{B}(?:{YOUR}|tes|ta|ton) (?:parents|mom|mum|dad|family|mother|father|mere|pere|famille|daronne|daron)(?: \S+){{0,3}} (?:must be|are|should be|is|must feel|doivent etre|doit etre|sont|est|doivent avoir|doit avoir) (?:so |tellement |trop |really |vraiment )?(?:ashamed|embarrassed|disappointed|honteux|honteuse|degoutes|decus|decue|honte)(?: \S+){{0,2}}{E}",
    ),
    (
        _T,
        "end_up_in_hospital",
        "hopital hosto urgences morgue hospital er wheelchair fauteuil feet terre",
        "finir end",
        False,
        r"^(?!.*(?:repose|rest|care|soin|medecin|doctor|docteur|mange|eat|hydrate|dors|sleep|forcer|pushing|overdo|overdoing|fatigue|ralentis|slow down|prends soin|take care|be careful|fais attention a toi))(?:.* )?(?:tu vas|tu va|vous allez|you will|you are gonna|you are going to|you gonna) (?:finir|end up) (?:a l hopital|a l hosto|aux urgences|a la morgue|in (?:the )?hospital|in the er|in a wheelchair|en fauteuil|dans un fauteuil|six feet under|sous terre)(?: \S+)?$",
    ),
    (
        _T,
        "go_rope",
        "rope neck hang drown overdose od pendr trian train jeter",
        None,
        False,
        rf"{B}(?:go|just|pls|please) (?:rope|neck|hang|drown|overdose|od)(?: {YOURSELF})?$|{B}(?:va|vas|allez) (?:te|t|vous) (?:pendr|pend|pendre|jeter sous (?:un|le|une) \S+|jeter d un pont|jeter par la fenetre){E}",
    ),
    (
        _E,
        "have_pics",
        "photos pics screens screenshots captures videos nudes vids",
        "post poste poster publier balancer leak share reddit twitter facebook groupe insta village famille family everyone tout monde online shame dommage",
        False,
        rf"{B}(?:j ai|jai|i have|i have got|i got|got|j ai garde|i kept|i saved) (?:des |some |a few |all |tes |your |ur )?(?:photos|pics|screens|screenshots|captures|videos|nudes|vids)(?: \S+)? (?:de toi|of you|of u|de vous)(?: \S+){{0,12}} (?:post|poste|poster|publier|balancer|leak|share|reddit|twitter|facebook|insta|online|en ligne|groupe|shame|dommage|everyone|tout le monde)",
    ),
    (
        _E,
        "posting_your_dox",
        "dox doxx info infos address adresse ip nudes",
        "posting leaking dropping sharing post leak drop share",
        False,
        rf"{B}(?:posting|leaking|dropping|sharing|post|leak|drop) {YOUR} (?:dox|doxx|info|infos|address|addy|ip|nudes|real name|personal info|details){E}|{B}(?:get|getting|gonna get|going to get) {YOU} (?:swatted|doxxed|doxed){E}|{B}(?:te|vous) faire (?:swatter|swat|doxx|doxxer){E}",
    ),
    (
        _E,
        "i_know_you_work_at",
        "bosses travailles habites vis work live study etudies",
        "sais know knew savais",
        False,
        rf"{B}(?:je sais|j sais|jsais|i know|i knew|on sait|we know) (?:que |that )?(?:tu|t|you|vous) (?:bosses|travailles|habites|vis|es|work|live|study|etudies|go to school) (?:a|au|aux|chez|dans|at|in|on|pour|for)(?: \S+)?",
    ),
    (
        _T,
        "your_last_days",
        "derniers last",
        "jours days moments",
        False,
        rf"{B}(?:profite|profites|profitez|enjoy|savour|savor) (?:bien |well )?(?:de )?(?:tes|your|vos|ur) (?:derniers jours|last days|derniers moments|last moments|last few days|derniers instants){E}",
    ),
    (
        _T,
        "know_your_family_details",
        "sister brother daughter son kids mom mum wife husband soeur frere fille fils gosses mere femme mari",
        "know sais connais",
        False,
        rf"{B}(?:i know|je sais|je connais|j connais|we know|on connait|on sait)(?: \S+)? (?:{YOUR}|ta|ton|tes) (?:sister|brother|daughter|son|kids|mom|mum|wife|husband|soeur|frere|fille|fils|gosses|mere|femme|mari|enfants|children)(?: s)? (?:name|names|school|address|work|car|schedule|nom|ecole|adresse|boulot|voiture|horaires|college|lycee){E}",
    ),
    (
        _I,
        "you_stink",
        "pues puez pue stink stinks smell",
        None,
        False,
        rf"{B}(?:tu|t|vous|{YOU}|{YOUR}|ta|ton) (?:\S+ )?(?:pues|puez|pue|stink|smell|stinks|smells) (?:la merde|le cul|la mort|la pisse|like shit|like ass|like piss|like garbage|like trash|like a dumpster|du cul|de la gueule){E}",
    ),
    (
        _I,
        "useless_you",
        "sers sert servez rien waste nothing excuse",
        None,
        False,
        rf"{B}(?:tu|t|vous|toi) (?:ne |n )?(?:sers|sert|servez) (?:a|strictement a|vraiment a|absolument a)? ?rien{E}|{B}(?:t es|tes|tu es) (?:qu |que |juste |vraiment )?(?:un|une) (?:bon|bonne) a rien{E}|{B}{YOU_ARE} (?:a |such a |so |just a |literally a |nothing but a |an absolute |a complete |a total )?(?:waste of (?:a |an )?(?!talent|potential|skill|genius|brains)\S+(?: being)?|good for nothing|sad excuse for a \S+){E}|{B}{YOU} (?:contribute|add|bring)s? nothing{E}",
    ),
    (
        _I,
        "faking_en",
        "faking fakin pretending exaggerating dramatic drama faker fake hypochondriac attention milking lying sick ill disabled head mind victim sympathy pity",
        "you your yall ya",
        False,
        rf"{B}{YOU_ARE} (?:just |so |totally |clearly |obviously |literally |definitely |100 |all |only )?(?:faking|fakin|pretending|making it (?:all )?up|making (?:this|that|shit) up|exaggerating|being dramatic|being a drama queen|a faker|a fake|a hypochondriac|attention seeking|an attention (?:seeker|whore)|milking it|lying about being (?:sick|ill|disabled)){E}|{B}{YOU} (?:are not|r not|aint|is not|were never|have never been) (?:even |really |actually |that |so |truly |genuinely )?(?:sick|ill|disabled|in pain|sick at all|ill at all){E}|{B}(?:it is|it s|its|that is|that s|thats) (?:all )?in {YOUR} (?:head|mind){E}|{B}(?:stop|quit) (?:faking|pretending|lying|being dramatic|playing the victim|exaggerating|the act|milking|whining about {YOUR} (?:illness|disease|condition)){E}|{B}{YOU} (?:just )?(?:want|need|crave|love) (?:attention|the attention|sympathy|pity){E}|{B}(?:faking|fakin) it{E}",
    ),
    (
        _I,
        "faking_fr",
        "semblant cinema comedie numero cirque victime malade malades handicape handicapee depressif depressive simuler char pleurnicher chialer conneries tete simules simule simulez exageres exagere inventes invente attention plaigne imaginaire interessante interessant",
        "tu t tes vous ta votre arrete arretes arretez stop malade malades imaginaire imaginaires",
        False,
        rf"{B}(?:tu|t|vous) (?:fais|fait|faites|fai|faisais|faisait|faisiez) (?:que |juste |tout |encore |toujours )?(?:semblant|ton cinema|ta comedie|la comedie|ton numero|ton cirque|ta victime|ton malade|ta malade|du cinema|ta drama queen|ton intéressante|ton interessant|ton interessante){E}|{B}(?:t es|tes|tu es|vous etes|t est) (?:pas|meme pas|absolument pas|jamais ete) (?:vraiment |si |meme |reellement |tant |autant |plus |du tout )?(?:malade|malades|handicape|handicapee|en douleur|fatigue|fatiguee|depressif|depressive){E}|{B}(?:arrete|arretes|arretez|stop|arrete un peu) (?:ton cinema|ta comedie|de faire semblant|de simuler|ton cirque|ton char|ton numero|de jouer (?:la|a la) victime|de mentir|de pleurnicher|de chialer|tes conneries de malade){E}|{B}(?:c est|c|tout est|c est tout) (?:juste |que )?dans (?:ta|votre) tete{E}|{B}(?:tu|t|vous) (?:simules|simule|simulez|exageres|exagere|inventes|invente|cherches l attention|cherche l attention|veux de l attention|veux juste de l attention|veux juste qu on te plaigne){E}|{B}malades? imaginaires?{E}",
    ),
    (
        _I,
        "you_deserve_it",
        "stain miscarriage abortion merites merite meritez deserve deserved deserves aborted abort swallowed swallow avorter",
        None,
        False,
        rf"{B}(?:tu|t|vous) (?:l )?(?:merites|merite|meritez|as merite|a merite|avez merite) (?:bien )?(?:ce qui t arrive|ce qui vous arrive|d etre malade|ta maladie|votre maladie|ton cancer|votre cancer|de souffrir|de crever){E}|{B}{YOU} (?:deserve|deserved) (?:{YOUR} (?:illness|cancer|disease|condition|pain|diagnosis)|to be sick|to suffer|to die|what you got|what s coming){E}|{B}{YOUR} (?:mom|mum|mother|parents|dad) (?:should|shoulda|should have|should of) (?:have )?(?:aborted|swallowed|abort|swallow) {YOU}{E}|{B}{YOU} (?:should|shoulda|should have) (?:been )?(?:aborted|swallowed|a stain|a miscarriage|a wet dream){E}|{B}{YOU_ARE} a (?:failed abortion|miscarriage|mistake your parents made){E}|{B}(?:ta mere|ta daronne|tes parents) (?:aurait|auraient) (?:du|mieux fait de) (?:t avorter|avorter){E}",
    ),
    # --- hate phrases ------------------------------------------------------------------------
    (
        _H,
        "go_back_country",
        "back pays retourne rentre rentrez retournez country countries fields jungle desert ching chong",
        None,
        False,
        rf"{B}(?:go back|get back|go home|fuck off back|piss off back|send them back|send em back) (?:to |where )(?:{YOUR}|their|ya|the)? ?(?:country|countries|own country|shithole|rice fields|rice field|jungle|desert|cave|tribe|hut|mud hut|village|where you came from|where they came from|came from){E}|{B}(?:retourne|rentre|rentrez|retournez|retourner|rentrer|renvoyez les|renvoie les|renvoyer) (?:dans|chez|au|en|a) (?:ton|ta|votre|vos|leur|leurs|son) (?:pays|bled|jungle|desert|brousse|village|cases|case|grotte){E}|{B}(?:ching chong|ching chang|bing bong|ching chong chang){E}",
    ),
]


# --- red-team round 4 (issue 11): constructions, not sentences ------------------------------------------
_PRIVATE = (
    "nudes|photos|pics|pictures|videos|vids|diagnosis|diagnostic|records|medical records|dossier|dossier medical|"
    "discharge papers|papers|comptes rendus|compte rendu|ordonnances|prescriptions|scans|resultats|results|status|"
    "hiv status|messages|dms|mps|screens|screenshots|captures|secrets|address|adresse|real name|vrai nom"
)
_AUDIENCE = (
    "family|famille|parents|mom|mum|mother|dad|father|mere|pere|daronne|boss|patron|employer|employeur|company|"
    "boite|work|taf|boulot|school|ecole|fac|uni|lycee|linkedin|slack|facebook|insta|instagram|twitter|tiktok|"
    "group chat|groupe|general|server|serveur|wife|husband|femme|mari|colleagues|collegues|friends|potes|hr|rh"
)
_ROUTINE = (
    "car|voiture|clio|door|porte|school|ecole|lycee|college|fac|gym|salle|psy|therapist|doctor|medecin|horaires|"
    "schedule|shift|work|taf|boulot|bureau|office|dialysis|dialyse|bus|route|street|rue|building|immeuble|appart|apartment|house|"
    "maison|ward|chemo|hopital|hospital|kid s school|kids school|bus stop|arret de bus|arret|kine|physio|dentiste|dentist|cours|class"
)
_TAG = (
    "right|c est ca|c est bien ca|hein|non|just saying|i pay attention|see you soon|a bientot|a tres vite|"
    "n est ce pas|isn t it|don t you|am i right|je me trompe|remember|je sais|i know|profite bien|profitez bien|profites en|enjoy it|think about that|pense y|penses y|reflechis y"
)
_RAW += [
    # Stalking: the reader's place or routine named, with a knowing tag or an "I saw / I know".
    (
        _E,
        "routine_hint",
        "car voiture clio door porte school ecole lycee college gym psy therapist horaires schedule shift taf boulot bureau office ward chemo hopital hospital tienne bus arret stop kine physio dentiste dentist cours class dialysis dialyse",
        "right ca hein non saying attention soon bientot vite remember sais sait know saw vois voit see seen vu connais tienne",
        False,
        rf"{B}(?:{YOUR}|ton|ta|tes|{YOU}|tu|t)(?: \S+){{0,3}} (?:{_ROUTINE})(?: \S+){{0,12}} (?:{_TAG}){E}"
        rf"|{B}(?:i saw|saw|seen|i see|j ai vu|je vois|j vois|je connais|j connais|i know|je sais|i pay attention to) (?:{YOUR}|ton|ta|tes)(?: \S+){{0,2}} (?:car|voiture|door|porte|house|maison|psy|therapist|horaires|schedule|shift|kids|gosses|fille|fils|daughter|son)(?: \S+){{0,6}} (?:every|tous les|chaque|this morning|ce matin|hier|yesterday|le lundi|le mardi|le mercredi|le jeudi|le vendredi|on mondays|on tuesdays|on wednesdays|on thursdays|on fridays|et tes horaires|and your schedule|at|a|devant|outside|in front)(?: \S+)?"
        rf"|{B}(?:i see|i saw|i ve seen|seen|je te vois|j te vois|je t ai vu|je vous vois|on te voit) (?:you |u )?(?:at|in|outside|leaving|near|a|au|devant|a la|dans)(?: \S+){{0,3}} (?:{_ROUTINE})(?: \S+){{0,3}} (?:every|tous les|chaque|on (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)|le (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)){E}"
        rf"|{B}(?:on sait|je sais|we know|i know|jsais|j sais) (?:dans )?(?:quelle|qu elle|quel|which|what) (?:ecole|lycee|college|school|hopital|hospital|service|ward|bureau|office|boite|rue|street|ville|town|quartier)(?: \S+){{0,2}} (?:tu|t|you|vous){E}"
        rf"|{B}(?:c est bien|c est|is that|that is) (?:la tienne|le tien|ta voiture|your car|your door|ta porte|ta maison|your house){E}",
    ),
    # "I'll be waiting outside your school", "when I'm standing at your front door".
    (
        _T,
        "waiting_at_your_door",
        "standing waiting parked sitting attendre attendrai attends",
        None,
        False,
        rf"{B}(?:i am|i will be|ill be|i ll be|im|i be|we will be|we are) (?:standing|waiting|parked|sitting|camping) (?:at|outside|in front of|by|near|behind) {YOUR} (?:front )?(?:door|house|home|place|work|school|office|car|gym|building|flat|apartment){E}"
        rf"|{B}(?:je|j|on) (?:t|te|vous) (?:attendrai|attendra|attends|attend) (?:devant|a la sortie de|a la porte de|en bas de) (?:ton|ta|chez toi|votre)(?: \S+)?",
    ),
    # Exposure: the reader's private material going to an audience.
    (
        _E,
        "private_to_audience",
        "nudes photos pics pictures videos vids diagnosis diagnostic records dossier papers comptes ordonnances scans resultats results status messages dms screens screenshots captures secrets patron boss employer employeur everyone everybody serveur server whole monde adresse address ip numero parents famille family mere pere",
        "going go goes out would ferait feraient serait recevoir receive recoit adorer love lire read voir see decouvrir find savoir know",
        False,
        rf"{B}(?:{YOUR}|tes|ton|ta|vos|votre|the)(?: \S+){{0,3}} (?:{_PRIVATE})(?: \S+){{0,4}} (?:are going|is going|going out|go out|goes out|will go|would look|would be|ferait|feraient|serait|vont partir|va partir|vont finir|va finir|vont atterrir|va atterrir)(?: \S+){{0,4}} (?:{_AUDIENCE}){E}"
        rf"|{B}(?:{YOUR}|ton|ta|tes|votre|vos) (?:\S+ )?(?:{_AUDIENCE})(?: \S+){{0,2}} (?:va|vont|will|is going to|are going to|gonna|going to) (?:\S+ ){{0,2}}(?:recevoir|voir|lire|decouvrir|savoir|apprendre|receive|see|read|find out|learn|get|love|adorer)(?: \S+){{0,3}} (?:tes|ton|ta|vos|votre|{YOUR}|que tu|que t|about {YOUR}|that {YOU})(?: \S+){{0,3}} (?:{_PRIVATE}|\S+){E}"
        rf"|{B}(?:{YOUR}|ton|ta|tes) (?:{_PRIVATE})(?: \S+){{0,3}} (?:on|sur|in|dans) (?:{YOUR}|ton|ta|tes) (?:\S+ )?(?:{_AUDIENCE})(?: \S+){{0,3}} (?:would look|would be|ferait|feraient|serait|rendrait){E}"
        rf"|{B}(?:everyone|everybody|the whole server|tout le serveur|tout le monde|le serveur)(?: here| ici| ici bas)? (?:is going to|will|va|vont|gonna|are going to|is gonna) (?:find out|know|learn|savoir|apprendre|decouvrir|see|voir)(?: about| que| that)? (?:{YOUR}|ton|ta|tes|t es|tu es|t as|tu as|you are|you have)(?: \S+){{0,3}}{E}",
    ),
    # "j'ai tes comptes rendus ... je les poste", "I have your records ... I'll post them".
    (
        _E,
        "have_your_private",
        "nudes photos pics pictures videos diagnosis diagnostic records dossier papers comptes ordonnances scans resultats results status messages dms screens screenshots captures secrets",
        "j jai i je on we",
        False,
        rf"{B}(?:ton|ta|tes|{YOUR}) (?:adresse|address|ip|numero|number|vrai nom|real name|dossier|diagnostic|diagnosis|nudes|photos|pics) (?:je l ai|j l ai|je les ai|i have it|i got it|i have them|i have got it|on l a|we have it){E}|"
        rf"{B}(?:j ai|jai|i have|i have got|i got|i ve got|yes i have) (?:tes|ton|ta|vos|votre|{YOUR}|all {YOUR}|toutes tes|tous tes)(?: \S+){{0,3}} (?:{_PRIVATE})(?: \S+){{0,12}} (?:je|j|i|i will|ill|i am going to|i m going to) (?:\S+ )?(?:les|them|it|le|la)? ?(?:poste|post|publie|publish|balance|leak|envoie|send|share|partage|fais fuiter)",
    ),
    # Publication verbs the first rules lack ("je fais fuiter tes photos", "I'll post your psych ward papers").
    (
        _E,
        "leak_your_private",
        "fuiter leak leaker post poste publish publie balance share partage",
        None,
        False,
        rf"{B}(?:{INTENT_EN}|{INTENT_FR}|je fais|j fais|on fait)(?: \S+){{0,2}} (?:fuiter|leak|leaker|post|poster|poste|publish|publier|publie|balancer|balance|share|partager|partage) (?:{YOUR}|tes|ton|ta|vos|votre)(?: \S+){{0,3}} (?:{_PRIVATE}){E}",
    ),
    (
        _E,
        "dox_incoming",
        "dox doxx incoming otage hostage",
        None,
        False,
        rf"{B}(?:dox|doxx|doxxing|swat|swatting) (?:incoming|coming|soon|tonight|ce soir){E}"
        rf"|{B}(?:appeler|call|calling|appelle|appellerai)(?: \S+){{0,3}} (?:flics|police|cops|keufs|gendarmes|swat)(?: \S+){{0,6}} (?:chez (?:toi|vous)|at {YOUR} (?:house|place|address)|to {YOUR} (?:house|place|address)|on {YOU}){E}"
        rf"|{B}(?:fausse prise d otage|fake hostage|fake bomb threat|fausse alerte a la bombe)(?: \S+){{0,3}} (?:chez (?:toi|vous)|at {YOUR} \S+){E}",
    ),
    # Violence announced through a third party ("someone's gonna put a bullet in you and I'll be clapping").
    (
        _T,
        "someone_will_hurt_you",
        "bullet balle planter tuer buter stab shoot kill flinguer egorger",
        "someone somebody quelqu qqn",
        False,
        rf"{B}(?:someone|somebody|quelqu un|qqn)(?: \S+){{0,2}} (?:is gonna|gonna|is going to|going to|will|va|finira par) (?:te |t |vous )?(?:put a bullet in|stab|shoot|kill|murder|end|planter|tuer|buter|flinguer|egorger|descendre|mettre une balle)(?: {YOU}| (?:dans la|dans ta) \S+)?{E}",
    ),
    # "you're getting your teeth kicked in".
    (
        _T,
        "you_get_beaten",
        "kicked smashed bashed beaten stabbed jumped knocked",
        None,
        True,
        rf"{B}{YOU}(?: are| re| will| ll| gonna| are gonna| are going to)? (?:getting|get|be getting|going to get) (?:{YOUR} (?:\S+ ){{0,2}})?(?:kicked in|smashed in|bashed in|beaten up|stabbed|jumped|knocked out|beat up){E}",
    ),
    (
        _T,
        "watch_your_back_home",
        "back derriere shoulder watch mind",
        "leave tonight soir rentrant sortant home way rentres",
        False,
        rf"{B}(?:watch {YOUR} back|mind {YOUR} back|look over {YOUR} shoulder|(?:regarder|regarde|surveille|surveiller) derriere (?:toi|vous))(?: \S+){{0,3}} (?:when {YOU} (?:leave|go home|get home|walk)|tonight|ce soir|en rentrant|en sortant|quand tu rentres|quand tu sors|on {YOUR} way home){E}",
    ),
    (
        _T,
        "end_up_in_a_bag",
        "sac bag cercueil coffin",
        "finir finiras end",
        False,
        rf"{B}(?:tu vas|tu va|tu finiras|vous allez|you will|you are gonna|you are going to|you gonna|you ll) (?:finir|end up) (?:dans un sac|dans un cercueil|in a (?:body )?bag|in a coffin|in a box){E}",
    ),
    (
        _T,
        "fire_to_your_home",
        "feu fire burn",
        "ta ton your",
        False,
        rf"{B}(?:{INTENT_FR}|{INTENT_EN})(?: \S+)? (?:foutre le feu|mettre le feu|set fire|burn down) (?:a|to) (?:ta|ton|{YOUR}) (?:baraque|maison|appart|voiture|caisse|house|home|car|place){E}",
    ),
    # "Kill yourself" without the word: a bullet, not deserving to live, stop breathing, "end it".
    (
        _T,
        "kys_in_other_words",
        "balle caisson cervelle vivre exister live exist alive breathing respirer honourable honorable less fewer moins",
        None,
        False,
        rf"{B}(?:mets|met|mettez|tire|tires|tirez|fais|fait|faites) (?:toi|vous|te|t) (?:une balle|sauter le caisson|sauter la cervelle|exploser la cervelle|sauter la tete){E}"
        rf"|{B}(?:tu|t|vous) (?:ne )?(?:merites|merite|meritez) (?:pas|meme pas) (?:de vivre|d exister|d etre en vie|de respirer|la vie){E}"
        rf"|{B}{YOU} (?:do not|dont|don t) (?:even )?deserve (?:to live|to exist|to be alive|to breathe|life){E}"
        rf"|{B}{YOU} (?:should not|shouldnt|should never) (?:be alive|exist|breathe){E}"
        rf"|{B}(?:stop breathing|arrete de respirer|arretez de respirer|cesse de respirer){E}"
        rf"|{B}do the (?:honou?rable|right|decent) thing and (?:end it|die|end {YOURSELF}|kill {YOURSELF}|disappear){E}"
        rf"|{B}(?:world|server|monde|planete|planet|earth|society|community|terre|serveur|societe) (?:needs|would need|a besoin de|aurait besoin de) (?:less|fewer|moins de|moins d) (?:people like {YOU}|gens comme (?:toi|vous)|{YOU}){E}",
    ),
    # Condescension and mockery aimed at "you".
    (
        _I,
        "condescension",
        "cute adorable mignon mignonne touchant touchante slowly lentement courtes words mots brain neurone neurones cellule adultes adults grown equivalent equivalente fort strong charisma charisme spine iq qi range personality personnalite",
        None,
        False,
        rf"{B}(?:cute|adorable|mignon|mignonne|touchant|touchante|precious|sweet) (?:how|that|de (?:vous|te|t) voir|quand (?:tu|vous|t))(?: \S+){{0,3}} (?:think|thinks|try|trying|believe|crois|croyez|pensez|penses|essayer|essayez|essaies|avoir un avis|opinion|matters|counts|compte)(?! (?:of|about|at|a|à) (?:me|us|moi|nous)(?: |$)){E}"
        rf"|{B}(?:{YOU}|tu|vous|t)(?: \S+){{0,3}} (?:need|needs|besoin|as besoin|avez besoin)(?: \S+){{0,5}} (?:explained slowly|slowly|lentement|small words|petits mots|un dessin|a drawing|des phrases courtes|short sentences){E}"
        rf"|{B}(?:faire|use|using|utiliser) (?:des )?(?:phrases courtes|small words|petits mots|mots simples){E}"
        rf"|{B}(?:{YOUR}|ton|tes|votre|vos) (?:one|single|last|only|remaining|two|seul|dernier|unique|deux|derniers|seuls) (?:functioning |working |remaining )?(?:brain cells?|neurones?){E}"
        rf"|{B}(?:laisser|laissez|laisse|let) (?:les adultes|les grands|the adults|the grown ups|the grownups) (?:parler|talk|speak){E}"
        rf"|{B}(?:{YOU_ARE}|t es|tu es|vous etes) (?:the|a|le|la|l) (?:human|walking|living|humain|humaine)? ?(?:equivalent|version|embodiment|personification|equivalente) (?:of|d|de|du|humain d|humaine d){E}"
        rf"|{B}(?:lecture|reading|comprehension|comprendre|reflexion|thinking|logique|logic|la lecture|la comprehension|la reflexion) (?:\S+ )?(?:n est|est|is not|isn t|is) (?:pas |clearly not |visiblement pas |definitely not )?(?:votre|ton|{YOUR}) (?:fort|strong suit|strong point|forte){E}"
        rf"|{B}(?:{YOU}|tu|t|vous)(?: \S+){{0,2}} (?:have|ve got|have got|got|as|a|avez) (?:the|le|la|l) (?:charisma|charisme|spine|colonne vertebrale|personality|personnalite|iq|qi|emotional range|intelligence|attention span|social skills) (?:of|d|de) (?:a|an|une|un|the|la|le|wet|damp){E}",
    ),
    (
        _I,
        "you_belong_in_a_cage",
        "zoo cage asylum asile cirque circus institution",
        None,
        False,
        rf"{B}(?:{YOU}|{YOUR} (?:\S+ )?(?:ass|butt)|toi|tu|t|ta place|your place)(?: \S+){{0,2}} (?:belong|belongs|should be|devrais etre|as ta place|a sa place|est|is) (?:in a|in an|in the|au|dans un|dans une|a l|a la) (?:zoo|cage|asylum|asile|hp|institution|circus|cirque){E}",
    ),
    (
        _I,
        "nobody_will_love_you",
        "love want miss aimera aime voudra",
        "nobody no noone personne",
        False,
        rf"{B}(?:nobody|no one|noone) (?:will|would|could|is going to|is ever going to) (?:ever )?(?:love|want|like|date|miss) {YOU}(?! like| as| more)(?: \S+)?$|{B}personne (?:ne )?(?:t|vous) (?:aimera|voudra|regrettera) (?:jamais)?",
    ),
    # Sarcastic measures of the reader: "as useful as a paper umbrella", « d'une bêtise rare », "a walking L".
    (
        _I,
        "measured_down",
        "utile useful smart intelligent sharp malin fute bright helpful pertinent betise connerie stupidite mediocrite nullite laideur condescendance lourdeur mechancete inutilite walking raised eleve mouth bouche kitchen cuisine sandwich grateful lucky chance heureuse reconnaissante",
        None,
        False,
        rf"{B}(?:{YOU_ARE}|t es|tu es|vous etes|t etes) (?:about |just |literally |a peu pres |vraiment |aussi )?(?:as |aussi )(?:utile|useful|smart|intelligent|sharp|malin|maline|fute|futee|bright|helpful|pertinent|pertinente|interessant|interessante) (?:qu|que|as) (?:un|une|a|an)(?: \S+){{0,2}} (?:chocolate|chocolat|paper|papier|cardboard|carton|broken|casse|cassee|wet|mouille|mouillee|screen door|ashtray|cendrier|marshmallow|sponge|eponge|soap|savon|glass|verre|inflatable|gonflable|leaky|troue|trouee|perce|percee|en mousse|foam){E}"
        rf"|{B}(?:t es|tu es|vous etes|t etes|t etais|tu etais) (?:\S+ )?d une (?:betise|connerie|stupidite|mediocrite|nullite|laideur|condescendance|lourdeur|mechancete|inutilite|idiotie|beaufitude|lachete|hypocrisie|bassesse){E}"
        rf"|{B}(?:{YOU_ARE}|t es|tu es) (?:a|an|the|un|une) walking (?:l|disaster|red flag|joke|meme|embarrassment|cringe|dumpster fire|trainwreck|train wreck|loss|l s){E}"
        rf"|{B}every ?time (?:{YOU}) (?:open|opens) {YOUR} mouth(?: \S+){{0,4}} (?:loses|lose|drops|drop|dies|die|gets dumber|iq){E}"
        rf"|{B}(?:a chaque fois que|chaque fois que|quand) (?:tu|t) (?:ouvres|ouvre) (?:la|ta) bouche(?: \S+){{0,4}} (?:perd|perdent|baisse|meurt|qi){E}"
        rf"|{B}(?:who|whoever) raised {YOU}(?: \S+){{0,4}} (?:terrible|bad|awful|shit|shitty|crap|crappy|poor|horrible|lousy) job{E}"
        rf"|{B}(?:qui|ceux qui) (?:t|vous) (?:a|ont) (?:eleve|elevee|eleves|elevees)(?: \S+){{0,4}} (?:rate|mal|foire|loupe){E}",
    ),
    # Misogyny and misgendering aimed at the reader.
    (
        _I,
        "back_to_the_kitchen",
        "cuisine kitchen sandwich grateful lucky chance heureuse reconnaissante perruque wig point period dress robe",
        None,
        False,
        rf"{B}(?:va|vas|allez|retourne|retournes|retournez|go back|get back|go|back) (?:pleurer |cry )?(?:dans ta|dans la|a la|en|to the|to your|in the|in your|into the) (?:cuisine|kitchen){E}"
        rf"|{B}(?:make me a sandwich|fais moi un sandwich|va me faire un sandwich){E}"
        rf"|{B}(?:grateful|lucky|be glad|de la chance|reconnaissante|estime toi heureuse)(?: \S+){{0,4}} (?:we|on|qu on) (?:even )?(?:let|laisse|accepte|tolere) (?:a girl|a woman|une fille|une meuf|une femme|girls|women|les filles|les meufs|you){E}"
        rf"|{B}(?:{YOU_ARE}|t es|tu es|toi t es) (?:still |just |only |toujours |juste |qu |que )?(?:un mec|un homme|un gars|a man|a guy|a dude|a boy|une femme|une meuf|a woman|a girl)(?: \S+){{0,2}} (?:point|period|full stop|ta perruque|your wig|in a dress|en robe|whatever you|no matter|change rien|changes nothing){E}",
    ),
    # Comparisons with a disability ("tu joues comme un manchot aveugle").
    (
        _I,
        "like_a_disabled",
        "aveugle aveugles blind cripple manchot handicape handicapee autiste mongol triso gogol legume paraplegic amputee retard spastic vegetable",
        "comme like",
        False,
        rf"{B}(?:{YOU}|tu|t|vous|{YOUR} \S+|ton \S+|ta \S+)(?: \S+){{0,2}} (?:joues|joue|play|plays|parles|talk|talks|types|ecris|aim|vises|walk|marches|drive|conduis|sounds?|look|looks) (?:like|comme) (?:a|an|un|une|des) (?:\S+ )?(?:blind|cripple|aveugle|aveugles|manchot|handicape|handicapee|autiste|mongol|triso|gogol|legume|paraplegic|amputee|retard|spastic|vegetable)(?: \S+)?{E}",
    ),
    # Mocking the reader's illness or disability.
    (
        _I,
        "mocking_your_illness",
        "meds pills medication medocs cachets pilules medicaments handicap maladie illness condition disability diagnosis pain fatigue fibro depression anxiety sclerose wheelchair fauteuil crying whining pleurer pleurnicher chialer",
        None,
        False,
        rf"{B}(?:go |va |allez )?(?:take|prends|prend|prenez|reprends) (?:{YOUR}|tes|vos) (?:meds|pills|medication|medocs|cachets|pilules|medicaments)(?: \S+){{0,4}} (?:lol|lmao|mdr|ptdr|off them|clearly|obviously|psycho|crazy|fou|folle|cingle|cinglee|weirdo){E}"
        rf"|{B}(?:ton|ta|tes|votre|vos|{YOUR}) (?:petit|petite|petits|petites|little|lil|tiny|precious|so called|pretendue|pretendu|soi disant|fameuse|fameux) (?:handicap|maladie|illness|condition|disability|diagnosis|diagnostic|pain|douleur|douleurs|fatigue|chronic pain|fibro|depression|anxiety|anxiete|sclerose|maladie invisible){E}"
        rf"|{B}(?:keep|stop|quit|continue de|continue a|arrete de|arretes de) (?:crying|whining|complaining|moaning|pleurer|pleurnicher|chialer|te plaindre) (?:about|sur|de) (?:{YOUR}|ton|ta|tes)(?: \S+)? (?:illness|condition|disability|diagnosis|pain|chronic pain|fatigue|fibro|depression|anxiety|maladie|handicap|douleur|douleurs|sclerose|diagnostic){E}"
        rf"|{B}(?:avec|with) (?:ton|ta|tes|votre|vos|{YOUR}) (?:\S+ ){{0,2}}(?:handicap|maladie|sclerose en plaques|sclerose|fauteuil|wheelchair|illness|condition|disability|autisme|autism|depression)(?: \S+){{0,2}} (?:tu devrais|vous devriez|you should)(?: \S+){{0,2}} (?:laisser|te taire|vous taire|fermer|shut|stay quiet|leave|let){E}"
        rf"|{B}the wheelchair (?:did not|didn t|does not|doesn t) (?:slow down|stop) {YOUR} (?:mouth|tongue){E}",
    ),
    # Comparing a conversation with "you" to something absurd ("talking to you is like explaining physics to a hen").
    (
        _I,
        "talking_to_you_is_like",
        "discuter parler debattre talking arguing debating reading lire discussing",
        "comme like",
        False,
        rf"{B}(?:discuter|parler|debattre|talking|arguing|debating|reading|lire|discussing|speaking)(?: (?:avec|to|with))? (?:toi|vous|you|{YOUR} (?:posts|messages|comments|takes)|tes (?:posts|messages|commentaires)|vos (?:posts|messages|commentaires))(?: \S+){{0,2}} (?:c est comme|c est un peu comme|is like|is basically like|feels like) (?:expliquer|parler a|explaining|talking to|watching|arguing with|regarder|debattre avec)",
    ),
    # Hate in coded words: replacement theory, blood purity, number codes, the usual conspiracies.
    (
        _H,
        "dog_whistle",
        "words remplacement replacement remigration papier prenom ficelles strings bloodlines bloodline lignee metissage races race mixing 13 14 joggers jogger banks banques medias media finance",
        None,
        False,
        rf"{B}(?:14 words|fourteen words|13 50|13 sur 50|great replacement|grand remplacement|remigration|francais de papier|francaise de papier|francais de papiers|paper french|devine le prenom|devinez le prenom|guess the (?:first )?name|joggers gonna jog|keep the bloodlines? (?:clean|pure)|lignee propre|garder la lignee|purete de la race|race purity|white genocide|genocide blanc|mixing races|race mixing|le metissage|metissage ca|la france aux francais|france for the french|protect what s ours)"
        rf"|{B}(?:who|qui)(?: \S+){{0,2}} (?:owns|runs|controls|tient|tiennent|controle|controlent|possede|possedent|dirige|dirigent|tire les ficelles|pulls the strings)(?: \S+){{0,2}} (?:the )?(?:banks|media|finance|medias|banques|hollywood|la finance|les medias|les banques|ficelles|strings){E}",
    ),
    # Jokes built on a group ("what do you call a woman with an opinion").
    (
        _H,
        "group_joke",
        "call difference appelle differences",
        None,
        False,
        rf"{B}(?:what do you call|what s the difference between|what is the difference between|difference between|quelle est la difference entre|qu elle est la difference entre|la difference entre|c est quoi la difference entre|comment on appelle|comment appelle t on|how do you call) (?:a|an|une|un|des|les) (?:woman|women|girl|femme|femmes|fille|meuf|blonde|trans|gay|jew|juif|arab|arabe|muslim|musulman|noir|black|mexican|immigre|immigrant|handicape|autiste|autistic|retard|gitan|rom|chinois|asian|asiatique|lesbienne|lesbian){E}",
    ),
    # Sending a group "back" in other words.
    (
        _H,
        "send_them_back",
        "back dehors chez crawled send ship",
        "send ship them renvoyez renvoyer tous toutes reste rentrez retournez whatever wherever",
        False,
        rf"{B}(?:send|ship|put) (?:them|em)(?: all)? back{E}"
        rf"|{B}(?:tous|toutes|le reste|les autres) dehors{E}"
        rf"|{B}(?:rentrez|retournez) chez vous(?: \S+){{0,4}} (?:la france|le pays|notre pays|c est pas un hotel|pas un hotel|ici c est){E}"
        rf"|{B}go back to (?:whatever|wherever|which ever|the) (?:\S+ )?(?:desert|jungle|country|shithole|cave|hole|village|hut|swamp)",
    ),
]

# --- rounds 6-8 (issue 11): families of construction, not sentences ---------------------------------------
_ADDRESSEE = "you u your ur yo ya tu t ton ta tes toi vous votre vos te"
_ILL = (
    "depression|depressed|anxiety|anxiete|fibro|fibromyalgie|fibromyalgia|endometriose|endometriosis|illness|"
    "maladie|condition|disability|handicap|diagnosis|diagnostic|adhd|tdah|autism|autisme|chronic fatigue|"
    "fatigue chronique|pain|douleur|douleurs|migraine|migraines|ptsd|tspt|bipolarite|bipolar|pots|lupus|crohn|"
    "sep|sclerose|cancer|burn out|burnout|trouble|troubles|allergie|allergies|sickness|mental illness|"
    "maladie mentale|chronic pain|douleur chronique|long covid|covid long|me cfs|sfc|tca|anorexie|boulimie"
)
_PRIVATE2 = (
    _PRIVATE
    + "|posts|chat logs|logs|sejour|stay|history|historique|psych ward|psych records|hp|handicap|maladie|"
    "illness|depression|captures|screens|traitement|treatment|meds|medocs|therapie|therapy|internement|hospitalisation"
)
_AUDIENCE2 = (
    _AUDIENCE
    + "|ex|village|discord|drh|entourage|voisins|neighbours|neighbors|everyone|tout le monde|church|"
    "eglise|quartier|internet|reddit|whole server|kids|enfants|gosses|copine|copain|girlfriend|boyfriend|manager|chef"
)
_EXPOSE_VERB = (
    "envoyer|envoie|envoies|envoye|envoyes|balancer|balance|balances|publier|publie|raconter|raconte|racontes|"
    "montrer|montre|poster|poste|forward|forwarding|forwarded|send|sending|sent|sends|leak|leaking|leaked|post|"
    "posting|posted|share|sharing|shared|screenshot|screenshotting|screenshotted|screens|captures|transmettre|"
    "transmets|mail|mailer|email|emailing|show|showing|diffuser|diffuse|faire tourner|fais tourner"
)
_HARM_MED = (
    "seizure|seizures|crise|crises|cancer|tumor|tumour|tumeur|heart|coeur|transplant|graft|greffe|chemo|chimio|"
    "operation|surgery|treatment|traitement|maladie|illness|disease|insulin|insuline|dialysis|dialyse|lungs|"
    "poumons|kidney|rein|reins|stroke|avc|relapse|rechute|pacemaker|pompe|pump|infection|fever|fievre|flare|"
    "poussee|diagnosis|diagnostic"
)
_RAW += [
    # The reader's brain or wits found missing ("a chickpea for a brain", "one brain cell and it's on holiday").
    (
        _I,
        "brain_missing",
        "cerveau brain brains neurone neurones braincell cell cells",
        _ADDRESSEE,
        False,
        rf"{B}(?:petit pois|pois chiche|noix|cacahuete|peanut|pea|walnut|raisin|grape|moineau|petit pois chiche)(?: \S+){{0,1}} (?:a la place du|a la place d un|en guise de|as a|for a|instead of a|where {YOUR}) (?:cerveau|brain){E}"
        rf"|{B}(?:{YOUR}|ton|tes|vos|votre|ta) (?:seul |only |single |one |two |deux |petit |tiny |little )?(?:cerveau|brain|neurone|neurones|brain cell|braincell|brain cells)(?: il| it| elle| they| ils)? (?:est|is|etre|sont|are|s|be) (?:en option|optional|en greve|on strike|en pause|on pause|vide|empty|lisse|smooth|off|en vacances|on vacation|on holiday|missing|absent|en panne|out of order|buffering|loading|en pls|afk){E}"
        rf"|{B}(?:one|single|only|un seul|une seule|1|two|deux|last|dernier|dernieres|derniers) (?:brain cell|braincell|neurone|brain cells|neurones)(?: \S+){{0,4}} (?:and it|and they|et il|et elle|et ils|fighting|qui se battent|se battent|on strike|en greve|on holiday|en vacances|left|is on|are on|a la recherche|looking for){E}"
        rf"|{B}(?:is there|y a t il|il y a|y a) (?:a single|one|un seul|une seule|any) (?:thought|pensee|idee|neurone)(?: \S+){{0,3}} (?:behind|derriere|dans) (?:{YOUR}|tes|ta|ton) (?:eyes|yeux|head|tete|skull|crane){E}",
    ),
    # An illness called fake, lazy or a bid for attention, aimed at the reader ("ta fibro c'est de la flemme").
    (
        _I,
        "illness_denied",
        "flemme fake faux fausse imaginary imaginaire invente inventee cinema comedie laziness lazy excuse pipeau bullshit bs drama attention blague joke head tete personality personnalite pitie pity sympathy",
        _ADDRESSEE,
        False,
        # insult9: not a claim told as someone else's ("people think your fibro is…", « les gens pensent que ta… »)
        r"(?<!pensent que )(?<!disent que )(?<!croient que )(?<!thinks )(?<!says )(?<!people think )(?<!people say )"
        r"(?<!they think )(?<!they say )(?<!m a dit que )(?<!m ont dit que )"
        rf"{B}(?:{YOUR}|ton|ta|tes|votre|vos)(?: \S+){{0,2}} (?:{_ILL})(?: \S+){{0,2}} (?:c est|is|est|are|s|sont|be|etre)(?: juste| just| only| all| que| qu| rien que| nothing but| que de la| literally)? (?:de la |une |an |a |du |de l )?(?:flemme|fake|faux|fausse|in {YOUR} head|dans ta tete|imaginary|imaginaire|made up|invente|inventee|cinema|comedie|laziness|lazy|excuse|pipeau|bullshit|bs|attention seeking|drama|du vent|une blague|a joke|pour attirer l attention|for attention|pour l attention){E}"
        rf"|{B}(?:you are|you re|youre|u r|ur|t es|tu es|vous etes|you|tu)(?: \S+){{0,2}} (?:only |just |juste |que |seulement )?(?:sick|ill|depressed|malade|malades|depressif|depressive|handicape|handicapee|disabled|anxious|anxieux|anxieuse|en fauteuil|in a wheelchair) (?:for|pour) (?:the )?(?:attention|l attention|attirer l attention|la pitie|pity|sympathy|les likes|likes|clout){E}"
        rf"|{B}(?:{YOUR}|ta) (?:whole |entire |only |toute ta |)?(?:personality|personnalite) (?:is|be|s|c est|se resume a)(?: \S+){{0,2}} (?:being|d etre|etre|your|ta|ton|tes|sick|malade|victim|victime|{_ILL}){E}",
    ),
    # Exposure: the reader's private material sent, told or leaked to an audience, in any order.
    (
        _E,
        "expose_to_audience",
        _EXPOSE_VERB.replace("|", " ").replace("faire tourner", "tourner").replace("fais tourner", "tourner")
        + " retrouve retrouvera finit finira atterrit atterrira ends end lands land",
        None,
        False,
        rf"{B}(?:{INTENT_EN}|{INTENT_FR}|i|je|j|on|we|someone|somebody|quelqu un|qqn|i m|im|i am)(?: \S+){{0,3}} (?:{_EXPOSE_VERB})(?: \S+){{0,5}} (?:{YOUR}|tes|ton|ta|vos|votre)(?: \S+){{0,3}} (?:{_PRIVATE2})(?: \S+){{0,10}} (?:to|a|au|aux|sur|on|chez|with|avec) (?:{YOUR}|ta|ton|tes|tout ton|toute ta|tous tes|the whole|tout le|le|la|the|everyone|all {YOUR})(?: \S+){{0,1}} (?:{_AUDIENCE2}){E}(?!.*\b(?:adorer|adore|adorera|love|loves|ravie|ravi|contente|content|happy|proud|fiere|fier|heureuse|heureux)\b)"
        rf"|{B}(?:{YOUR}|ton|ta|tes|votre|vos)(?: \S+){{0,2}} (?:{_PRIVATE2})(?: \S+){{0,4}} (?:je|j|i|on|we|i ll|ill|i will|imma)(?: \S+){{0,3}} (?:{_EXPOSE_VERB})(?: \S+){{0,2}} (?:a|to|au|aux|sur|on|with|avec) (?:tout |toute |the whole |all )?(?:ton|ta|tes|{YOUR}|le|the|tout le)(?: \S+){{0,1}} (?:{_AUDIENCE2}){E}"
        rf"|{B}(?:{YOUR}|ton|ta|tes|votre|vos)(?: \S+){{0,2}} (?:{_PRIVATE2})(?: \S+){{0,2}} (?:se retrouve|se retrouvera|finit|finira|atterrit|atterrira|ends up|end up|will end up|goes up|lands|will land|is going up|va se retrouver|va finir|va atterrir|va circuler|circule) (?:sur|on|chez|dans|in|au|a|with)(?: \S+){{0,2}} (?:{_AUDIENCE2}){E}"
        rf"|{B}(?:mail|email|message|lettre|dm|mp|appel|call|coup de fil|petit mot|word) (?:a|to|au|with) (?:ta|ton|tes|{YOUR}) (?:{_AUDIENCE2})(?: \S+){{0,3}} (?:sur|about|au sujet de|concernant|regarding) (?:ta|ton|tes|{YOUR})(?: \S+){{0,2}} (?:{_PRIVATE2}){E}",
    ),
    # Violence in idioms and props ("te rayer de la carte", "je viens avec une batte", "make sure you end up in the ER").
    (
        _T,
        "violence_idiom",
        "rayer effacer peau fete volee raclee branlee calisser crisser sacrer batte bat knife couteau flingue gun barre crowbar machette machete hache axe sure assurer sorte gaffe",
        None,
        False,
        rf"{B}(?:{INTENT_FR}|je|j|on)(?: \S+){{0,2}} (?:te|t|vous) (?:rayer de la carte|effacer de la carte|faire la peau|faire ta fete|casser en deux|mettre une volee|mettre une raclee|mettre une branlee|calisser une volee|crisser une volee|sacrer une volee|pousser une volee|calisser|crisser){E}"
        rf"|{B}(?:je|j|on|i|we|i m|im|i am|i ll|ill)(?: \S+){{0,3}} (?:viens|venir|passe|passer|debarque|debarquer|come|coming|show up|showing up|pull up|pulling up|rock up)(?: \S+){{0,4}} (?:avec|with) (?:une |un |a |my |mon |ma |the )?(?:batte|bat|baseball bat|batte de baseball|couteau|knife|flingue|gun|barre de fer|crowbar|machette|machete|hache|axe){E}(?!.*\b(?:softball|baseball|practice|entrainement|training|match|cricket|game|partie|cuisine|cooking|camping|bbq|barbecue|airsoft|paintball|chasse|hunting)\b)"
        rf"|{B}(?:make sure|s assurer que|faire en sorte que|m assurer que) (?:you|u|tu|t) (?:end up|wind up|land|finish|finis|finisse|finisses|termines|te retrouves|te retrouve)(?: \S+){{0,2}} (?:in|at|a|au|en|dans|aux) (?:the |l |a |le |la )?(?:hospital|hopital|er|icu|wheelchair|fauteuil|morgue|grave|tombe|ground|reanimation|rea|urgences|coma){E}"
        rf"|{B}(?:fais|fait|faites) (?:gaffe|attention) (?:en rentrant|quand tu rentres|sur le chemin|en sortant)(?: \S+){{0,2}} (?:ce soir|chez toi|chez vous|tout a l heure|cette nuit|du boulot|du taf){E}(?!.*\b(?:neige|verglas|pluie|route|glisse|froid|bisous|gros bisous|bonne soiree|bonne nuit)\b)",
    ),
    # "I'll beat the crap out of you": trash talk in a game unless the real world is named.
    (
        _T,
        "beat_out_of_you",
        "beat kick knock smack slap",
        "out",
        True,
        rf"{B}(?:beat|kick|knock|smack|slap) the (?:\S+ )?(?:shit|crap|hell|life|piss|daylights|snot|stuffing) out of (?:you|u|ya|yall){E}",
    ),
    # Wishing the reader's illness or treatment the worst ("hope your tumour wins", « j'espère que ta greffe va rater »).
    (
        _T,
        "wish_medical_harm",
        "hope hoping wish pray praying espere souhaite plug debranche debrancher debranchent",
        None,
        False,
        rf"{B}(?:hope|hoping|wish|pray|praying|espere|j espere|je souhaite|souhaite)(?: that| que)?(?: \S+){{0,2}} (?:{YOUR}|ton|ta|tes) (?:next |prochaine |prochain |new |nouvelle |nouveau )?(?:{_HARM_MED})(?: \S+){{0,3}} (?:finishes|finish|kills|kill|takes|take|wins|win|gets|get|rate|rater|echoue|echouer|foire|foirer|fails|fail|emporte|emporter|gagne|gagner|acheve|achever|does the job|finishes the job|goes wrong|tourne mal|se passe mal|plante|planter)(?! (?:the|le|la|ce|this|that|it|cancer|tumou?r|infection|virus|well|bien|better|mieux)){E}"
        rf"|{B}(?:pull|pulls|pulled|pulling|debranche|debrancher|debranchent) (?:the plug on |the plug of )?(?:{YOUR}|ton|ta|tes) (?:\S+ )?(?:ventilator|life support|respirateur|machine|machines|oxygene|oxygen){E}",
    ),
    # Suicide baiting in other words ("rope. now.", "everyone's waiting for you to jump", « avale toute ta boîte »).
    (
        _T,
        "kys_other_words",
        "rope noose corde bleach javel waiting wait attend attendent attendons avale avalez gobe gobez bouffe qu",
        None,
        False,
        r"^(?:rope|noose|corde|bleach|javel)(?: rope| now| maintenant| asap| pls| please| stp| time| tonight| now now)*$"
        rf"|{B}(?:waiting for|wait for|attend que|attendent que|attendons que|on attend que|tout le monde attend que) (?:you|u|tu|toi|vous|t) (?:to )?(?:hang|die|jump|kill yourself|rope|te pendre|te jettes|creves|crever|meurs|mourir|disparaisses|sautes|sauter|t en ailles){E}"
        rf"|{B}(?:avale|avalez|gobe|gobez|bouffe|bouffez) (?:toute ta|toutes tes|tous tes|ta|tes|la) (?:boite|plaquette|cachets|medocs|pilules|comprimes)(?: entiere)?(?: \S+){{0,6}} (?:et|and) (?:on en parle plus|bon debarras|crev|creve|adieu|bye|ciao|disparais|degage|dors bien|fais de beaux reves){E}"
        rf"|{B}(?:avale|avalez|gobe|gobez) (?:toute ta boite|toutes tes pilules|tous tes cachets|tous tes medocs|la boite entiere|toute la boite|toute la plaquette|toute ta plaquette){E}"
        rf"|{B}(?:t as qu a|t a qu a|ta qu a|tu as qu a|tu n as qu a|t as plus qu a|tu as plus qu a|vous avez qu a|vous n avez qu a) (?:sauter|te jeter|te pendre|crever|mourir|te tuer|te suicider|disparaitre|t ouvrir les veines|te foutre en l air|avaler){E}",
    ),
]

_RAW += [
    # Illness as a deserved punishment or a cleansing, said of people in general (never of oneself).
    (
        _H,
        "illness_as_punishment",
        "punishment punition chatiment karma meritent merite deserve deserves cleanup nettoyage selection selection sinners pecheurs",
        None,
        False,
        rf"{B}(?:god s|gods|divine|de dieu|divine|divin) (?:punishment|punition|chatiment) (?:for|pour) (?:sinners|the gays|gays|them|those people|les pecheurs|les gays|les homos|eux|ces gens){E}"
        rf"|{B}(?:touche|touchent|frappe|frappent|hits|strikes|gets|only gets) (?:ceux|celles|les gens|people|those|only those) (?:qui le meritent|who deserve it|qui l ont merite|who had it coming){E}"
        rf"|{B}(?:natural|nature s|natures) (?:cleanup|clean up|cleansing|selection)(?: \S+){{0,2}}$"
        rf"|{B}(?:best thing that (?:ever )?happened to the|meilleure chose qui soit arrivee aux) (?:\S+ )?(?:gay|gays|homos|black|noirs|trans|jews|juifs|muslims|musulmans){E}",
    ),
]

_RAW += [
    # Coming to the reader's home, knowing where they live, a weapon "waiting for you".
    (
        _T,
        "coming_to_your_home",
        "venir passer debarquer come show pull chez yours house place door habites habite vis live work attend waiting name nom",
        None,
        False,
        rf"{B}(?:{INTENT_EN}|{INTENT_FR}|on va|we ll|we will|ima|imma)(?: \S+){{0,2}} (?:venir|passer|debarquer|come|come round|come over|come to|show up|pull up|rock up)(?: \S+){{0,2}} (?:chez toi|chez vous|a ta porte|{YOUR} house|{YOUR} place|yours|{YOUR} door|round yours|where {YOU} (?:live|work)|ou tu (?:habites|vis|bosses|travailles)){E}(?!.*\b(?:anniv|anniversaire|birthday|fete|party|soiree|diner|dinner|manger|apero|jouer|play|pizza|film|movie|aider|help|demenag|moving|drinks|boire|cafe|coffee|gaming|lan party|drop|deposer|ramener|bring|return|rendre|pick|chercher|recuperer|fix|reparer|visit|voir|see|check|at \d+|a \d+h?|\d+h|\d+ ?pm|\d+ ?am)\b)"
        rf"|{B}(?:on|nous|je|j|we|i|they|ils|plusieurs|everyone|tout le monde)(?: \S+){{0,3}} (?:sait|savons|savent|savoir|sais|know|knows) (?:ou|where) (?:t habites|tu habites|tu vis|tu bosses|tu travailles|vous habitez|{YOU} live|{YOU} work|{YOU} sleep|tu dors){E}"
        rf"|{B}(?:j ai|i have|i ve got|i got|got) (?:un |une |a |my |mon |ma )?(?:couteau|knife|flingue|gun|batte|bat|balle|bullet|lame|blade)(?: \S+){{0,2}} (?:qui t attend|qui vous attend|waiting for {YOU}|with {YOUR} name on it|a ton nom|avec ton nom(?: dessus)?){E}",
    ),
    # Veiled threats in stock phrases: a shame if something happened, accidents happen, enjoy it while it lasts.
    (
        _T,
        "veiled_stock",
        "shame dommage accidents accident enjoy profite lock ferme jamais never mal badly end recognise recognize reconnaitra reconnaitront pieces morceaux doigts regret regretter",
        None,
        False,
        rf"{B}(?:would be a shame if|it d be a shame if|be a shame if|shame if|ce serait dommage qu|ce serait dommage si|dommage s il|dommage si)(?: \S+){{0,4}} (?:happened|happens|arrivait|arrive|arriverait){E}"
        rf"|{B}(?:accidents happen|accidents do happen|les accidents arrivent|un accident est vite arrive|un accident arrive vite){E}(?!.*\b(?:beat {YOURSELF}|no worries|pas grave|t inquiete|don t worry|do not worry|it s ok|it is ok|no harm|c est rien|oops|oups)\b)"
        rf"|{B}(?:enjoy|profite de|profite bien de) (?:{YOUR}|ta|tes) (?:life|vie|days|jours|family|famille)(?: \S+){{0,2}} (?:while it lasts|tant que ca dure|while {YOU} can|while {YOU} still can|tant que tu peux|tant qu il est encore temps){E}"
        rf"|{B}(?:lock|ferme|fermez) (?:{YOUR}|ta|tes|vos|votre) (?:doors|door|porte|portes)(?: a cle| tonight| ce soir| la nuit| at night)?{E}(?!.*\b(?:burglar|burglars|burglaries|burglary|cambriol\S*|vols|thieves|voleurs|storm|tempete|wind|vent|ouragan|hurricane)\b)"
        rf"|{B}(?:on sait jamais ce qui peut (?:t |vous )?arriver|you never know what (?:could|might|can) happen(?: to {YOU})?){E}"
        rf"|{B}(?:ca va mal finir pour (?:toi|vous)|ca va finir mal pour (?:toi|vous)|this (?:will|is going to|gonna) end badly for {YOU}|(?:won t|will not) end well for {YOU}){E}"
        rf"|{B}(?:won t|will not|wont) (?:even )?(?:recognise|recognize) {YOU}(?: when| after){E}|{B}(?:te reconnaitra|te reconnaitront|vous reconnaitra) plus{E}"
        rf"|{B}(?:find {YOU} in pieces|te retrouver en morceaux|te ramasser a la petite cuillere){E}"
        rf"|{B}(?:tu vas t en mordre les doigts|vous allez vous en mordre les doigts|tu vas le regretter amerement|{YOU} (?:will|are going to|gonna) regret (?:this|it) for the rest of {YOUR} life){E}",
    ),
    # Suicide baiting in advice form ("je te conseille de sauter", "do us all a favour and jump", « fous-toi en l'air »).
    (
        _T,
        "kys_advice",
        "conseille recommande suggere favour favor fous fout foutez medocs meds pills medicaments traitement",
        None,
        False,
        rf"{B}(?:je te|j te|jte|je vous|j vous) (?:conseille|recommande|suggere) (?:de |d )?(?:sauter|te jeter|vous jeter|te pendre|crever|mourir|te tuer|disparaitre|en finir|avaler){E}(?! (?:le|la|les|l|ce|cette|ces|cet|un|une|des|ton|ta|tes|au|ca|cela|directement|cette etape|a pieds joints|dans le bain|sur l occasion|le pas))"
        rf"|{B}do (?:us|everyone|the world|every one) (?:all )?a (?:favour|favor) and (?:jump|die|hang|kill|overdose|od|disappear|off {YOURSELF}|end it|neck|rope){E}"
        rf"|{B}(?:fous toi|fout toi|foutez vous|fou toi) en l ?air{E}"
        rf"|{B}(?:arrete|arretez|stop|quit|stop taking) (?:tes|vos|{YOUR}) (?:medocs|meds|medicaments|pills|traitement|medication)(?: \S+){{0,3}} (?:et|and) (?:creve|crever|meurs|mourir|die|disparais|rot){E}",
    ),
    # Taking over the reader's accounts or machine ("I've got your email and password", « je vais te ddos »).
    (
        _E,
        "account_takeover",
        "password passwords mdp mot identifiants credentials login compte account ddos swatted swat hack pirater booter",
        None,
        False,
        rf"{B}(?:i ve got|i have|i got|j ai|merci pour|thanks for|got) (?:{YOUR}|ton|ta|tes|le|the) (?:email and password|password|passwords|mdp|mot de passe|login|logins|identifiants|credentials){E}"
        rf"|{B}(?:ton|ta|{YOUR}) (?:compte|account)(?: \S+){{0,2}} (?:il )?(?:est a moi|is mine|will be mine|sera a moi){E}"
        rf"|{B}(?:{INTENT_EN}|{INTENT_FR}|ima|imma)(?: \S+){{0,2}} (?:te |vous |{YOU} )?(?:ddos|ddoser|hack|pirater|booter|boot {YOU} offline|swat){E}(?! (?:the boss|le boss|the raid|this game|ce jeu))"
        rf"|{B}(?:get|have|getting) {YOU} swatted{E}",
    ),
    # The reader's diagnosis or number about to reach everyone at their work or online.
    (
        _E,
        "everyone_will_know",
        "know hear find savoir apprendre decouvrir entendre goes finir aller retrouver finira ends",
        None,
        False,
        rf"{B}(?:everyone|everybody|tout le monde|all) (?:at|in|a|au|de|dans) (?:{YOUR}|ton|ta|tes) (?:\S+ )?(?:{_AUDIENCE2}|clinic|clinique|pharmacy|pharmacie|office|bureau|gym|church)(?: \S+){{0,3}} (?:will|is going to|are going to|gonna|va|vont) (?:\S+ )?(?:know|hear|find out|savoir|apprendre|decouvrir|entendre){E}"
        rf"|{B}(?:{YOUR}|ton|ta) (?:phone number|number|numero|numero de tel|numero de telephone|address|adresse|nudes|photos|pics|real name|vrai nom)(?: \S+){{0,2}} (?:goes|go|will go|is going|va finir|va aller|va se retrouver|finira|ends up|will end up) (?:on|sur|partout|everywhere){E}",
    ),
]

# --- rounds 9-10 (issue 11): coded "kill yourself", exposure of private pictures, implied threats, raids ----
_KYS_MEANS = "rope|noose|bleach|antifreeze|corde|javel|noeud coulant|pills|cachets|medocs|tabouret|stool"
_RAW += [
    # "go play in traffic", « va jouer sur l'autoroute », "go touch a train", "test gravity from a tall building"
    (
        _T,
        "kys_euphemism",
        "traffic touch play jouer trains highway motorway autoroute rails tracks gravity gravite building immeuble pont bridge waiting attend attendons antifreeze bleach javel noose rope corde breathing respirer name sauter jump jeter",
        None,
        False,
        rf"{B}(?:go|va|allez|vas) (?:play|jouer|touch|lick|hug|kiss|sleep|dormir|faire un tour|take a nap|nap|have a nap) (?:in|on|sur|dans|with|a|avec)? ?(?:the |l |la |le |les |a |un )?(?:traffic|train|trains|highway|motorway|freeway|autoroute|rails|tracks|voie ferree|voies|circulation|periph|nationale){E}"
        rf"|{B}(?:find|trouve|go find|va trouver|va chercher) (?:a|an|un|une) (?:tall|high|big|haut|grand|gros)? ?(?:building|immeuble|bridge|pont|cliff|falaise|tower|tour|roof|toit){E}(?: \S+){{0,6}}(?: (?:test|tester|try|essaie|jump|saute|sauter|gravity|gravite|for us|pour nous))?"
        rf"|{B}(?:test|tester|teste|testez) (?:la )?(?:gravity|gravite){E}"
        rf"|{B}(?:jump|saute|sautez)(?: \S+){{0,3}} (?:we are all waiting|we re all waiting|we are waiting|everyone is waiting|on attend tous|on t attend|tout le monde attend){E}"
        rf"|{B}(?:{_KYS_MEANS})(?: \S+){{0,2}} (?:is|are|s|ca coute|coute|est|sont)(?: \S+){{0,2}} (?:cheap|on offer|on sale|half price|free|en promo|pas cher|pas chere|gratuit|(?:\d+|deux|trois|quatre|cinq|dix|a few|two|three|five|ten) (?:euros|balles|bucks|quid|dollars|e)){E}"
        rf"|{B}(?:tu devrais|tu ferais mieux de|tu peux|you should|u should|ya should|va|vas|go) (?:sauter|jump off|jump from|jump|te jeter) (?:d un|du|du haut d un|off a|from a|sous un|off the|from the) (?:pont|bridge|train|immeuble|building|falaise|cliff|toit|roof){E}"
        rf"|{B}(?:{_KYS_MEANS}) (?:with|avec|a|qui porte) (?:{YOUR}|ton|ta) (?:name|nom){E}"
        rf"|{B}(?<!not )(?<!don t )(?<!dont )(?<!do not )(?<!never )(?<!pas )(?<!jamais )(?:drink|bois|boire|swallow|avale|chug) (?:some |de la |du |un peu de |a bottle of |une bouteille de )?(?:antifreeze|bleach|javel|poison|acide|acid|lye|soude){E}"
        rf"|{B}(?:nobody|no one|noone|personne) (?:would|will|ne)? ?(?:blame|te reprocherait|t en voudrait|miss|care) (?:{YOU} )?(?:if|si) (?:{YOU}|tu|t) (?:just )?(?:stopped breathing|stop breathing|disappeared|died|arretais de respirer|disparaissais|crevais|mourais){E}"
        rf"|{B}(?:y a|il y a|ya|there s|there is) (?:a|un|une) (?:pont|bridge|voie ferree|train|falaise|cliff|immeuble|building)(?: \S+){{0,2}} (?:pas loin de chez toi|pres de chez toi|near you|near {YOUR} (?:house|place)|close to {YOUR} (?:house|place)){E}",
    ),
    # "do the world a favour and log off permanently", « fais-nous plaisir, disparais pour de bon »
    (
        _T,
        "kys_disappear",
        "permanently forever good bon surface terre toujours",
        None,
        False,
        rf"{B}(?:log off|logout|log out|uninstall|delete {YOURSELF}|disappear|vanish|leave|go away|stop breathing)(?: \S+)? (?:permanently|forever|for good|for ever|from this earth|from the planet){E}(?=.*{B}(?:favour|favor|do us|do the world|do everyone|fais nous|rends nous service)(?![^ ]))"
        rf"|{B}(?:favour|favor|plaisir|service)(?: \S+){{0,3}} (?:log off|logout|log out|uninstall|disappear|vanish|leave|go away|stop breathing|disparais|crève|creve|casse toi)(?: \S+){{0,2}} (?:permanently|forever|for good|for ever|pour de bon|pour toujours|a jamais|definitivement){E}"
        rf"|{B}disparais (?:pour de bon|pour toujours|a jamais|definitivement|de la surface(?: de la terre)?|de ce monde){E}",
    ),
    # Private pictures or videos sent to the reader's family, class or partner: exposure.
    (
        _E,
        "private_pics_sent",
        "videos video vids pics photos nudes nude images screens",
        None,
        False,
        rf"{B}(?:send|sending|sent|post|posting|share|sharing|leak|leaking|envoie|envoyer|envoyer|balance|balancer|publie|publier|poste|poster|montrer|show|showing|diffuser|diffuse) (?:the|those|these|your|tes|les|ces|all the|toutes les|tous les) (?:\S+ )?(?:videos|video|vids|pics|photos|nudes|nude pics|images|screens|screenshots|captures)(?: \S+){{0,4}} (?:to|a|sur|on|in|dans) (?:{YOUR}|ta|ton|tes|le groupe|the group|everyone|tout le monde|his|her|son|sa|ses){E}"
        rf"|{B}(?:tes|your|ces|those) (?:nudes|videos|photos|pics|vids|nude pics)(?: \S+){{0,2}} (?:vont|va|will|are going to|gonna) (?:finir|end up|aller|go|se retrouver|tourner|circuler)(?: \S+){{0,1}} (?:sur|on|dans|in|partout|everywhere){E}"
        rf"|{B}(?:would love to see|aimeraient voir|adoreraient voir|will love|vont adorer)(?: \S+){{0,1}} (?:those|these|the|ces|tes|your) (?:pics|photos|videos|vids|nudes)(?: \S+){{0,4}} (?:you sent|sent me|tu m as envoye|que tu m as)",
    ),
    # Implied threats: "shame if it went up in smoke", "knock knock, look outside", « attends-toi à une visite »
    (
        _T,
        "implied_threat",
        "dommage shame pity outside dehors fenetre window visite visit debarque pogne dropped knife couteau",
        None,
        False,
        rf"{B}(?:ce serait|ca serait|serait|would be a|be a|it would be a|it d be a) (?:dommage|shame|pity|bete)(?: \S+){{0,2}} (?:qu|que|if|si)(?: \S+){{0,5}} (?:fumee|feu|fire|brule|brulait|burn|burned|burnt|arrive quelque chose|happened|arrivait|recevait|received|got hurt|se fasse mal|flammes|flames){E}"
        rf"|{B}(?!.*{B}(?:2fa|a2f|password|passwords|mot de passe|mots de passe|protect|proteger|secure|securise|enable|active|activate|phishing){E})(?:dommage si|shame if|pity if) (?:elle|il|ta|ton|tes|your|she|he|they)(?: \S+){{0,3}} (?:recevait|recevaient|received|got|getting|apprenait|found out){E}"
        rf"|{B}(?:knock knock|toc toc)(?: \S+){{0,2}} (?:look outside|regarde dehors|look out {YOUR} window|regarde par la fenetre|open the door|ouvre){E}"
        rf"|{B}(?:attends toi a|attendez vous a|expect) (?:une|a|un|some) (?:petite |little |small |surprise )?(?:visite|visit|surprise){E}"
        rf"|{B}(?:pleurer|regretter|morfler|cry|regret)(?: \S+){{0,6}} (?:je|j|on) (?:debarque|debarquerai|viens|arrive|passe|passerai) chez (?:toi|vous){E}|{B}(?:je|j|on) (?:debarque|debarquerai|viens|arrive|passe|passerai) chez (?:toi|vous)(?: \S+){{0,6}} (?:pleurer|regretter|morfler|verras|cry|regret){E}"
        rf"|{B}(?:si je te pogne|si j te pogne|quand je te pogne|if i catch you)(?: \S+){{0,4}} (?:m as|je vais|j vais|i will|i ll|im gonna) (?:te|you)? ?(?:casser|peter|fracasser|break|smash|beat){E}"
        rf"|{B}(?:i ve got|i have got|i have|i got|j ai) (?:a|un) (?:knife|gun|bat|machete|couteau|flingue|batte)(?: \S+){{0,6}} (?:keep it up|continue|try me|vas y|keep talking|say that again){E}"
        rf"|{B}if i see {YOU}(?: \S+){{0,7}} (?:you are|you re|youre|you) (?:getting|gonna get|going to get) (?:dropped|jumped|stabbed|hurt|beaten|smacked|knocked out){E}",
    ),
    # A raid called on someone: mass report, spam their messages until they leave, find their address or accounts.
    (
        _E,
        "raid_called",
        "spam spamme spammez report signale signalez address adresse insta instagram facebook compte account",
        "everyone everybody tout monde all let us mass raid",
        False,
        rf"{B}(?:everyone|everybody|tout le monde|all|let s|let us|lets|on)(?: \S+){{0,2}} (?:spam|spamme|spammez|mass report|report|signale|signalez|harcele|harass|flood)(?: \S+){{0,6}} (?:till|until|jusqu a ce qu|jusqu a ce que|and find|et trouve|then we find|puis on trouve){E}"
        rf"|{B}(?:find|trouve|trouvez|trouver|retrouver|retrouve|dig up) (?:the|her|his|their|son|sa|ses|leur) (?:address|adresse|insta|instagram|ig|facebook|fb|real name|vrai nom|numero|number|phone){E}"
        rf"|{B}(?:make|faire) (?:her|him|them|la|le|les) (?:delete|supprimer) (?:everything|her account|his account|their account|son compte|tout){E}"
        rf"|{B}jusqu a ce qu (?:il|elle) (?:supprime|quitte|delete) (?:son compte|le serveur|tout){E}",
    ),
    # Stalking with a routine and a mock farewell ("je sais que tu prends le bus 7... Profite bien.")
    (
        _E,
        "routine_enjoy",
        "profite profitez profites enjoy",
        "sais know saw vu connais",
        False,
        rf"{B}(?:je sais|j sais|jsais|i know|on sait|we know|j ai vu|i saw)(?: que)? (?:tu|t|you|vous)(?: \S+){{0,10}} (?:profite bien|profitez bien|profites en|enjoy it|enjoy it while|enjoy while){E}",
    ),
]
# --- rounds 9-10: hate by generalisation with no slur, "just asking" questions, dog whistles; insults in other words ---
_GROUPS_ALT_EARLY = alt("|".join(lex.GROUPS))
_RAW += [
    (
        _H,
        "group_by_nature",
        "culture culturel nature sang blood genetic genetique racism racisme statistics stats facts faits",
        None,
        False,
        rf"{B}{_GROUPS_ALT_EARLY}{E}(?: \S+){{0,16}} (?:it s the culture|it is the culture|it s their culture|it is their culture|c est culturel|c est leur culture|c est dans leur culture|c est dans leur nature|dans leur nature|in their nature|in their blood|dans leur sang|dans le sang|c est genetique|it s genetic|it is genetic|not racism|pas du racisme|c est pas du racisme|that s statistics|c est des stats|just facts|juste des faits|that s just facts){E}",
    ),
    (
        _H,
        "just_asking_group",
        "asking question noticing patterns bizarre weird funny curieux trolling rien remplacement replacement banquiers bankers banker banquier every tous why pourquoi noms names scammer scammers cheater cheaters",
        None,
        False,
        rf"{B}(?:every|all|tous les|toutes les|chaque|les|the) (?:scammer|scammers|cheater|cheaters|thief|thieves|criminal|criminals|terrorist|terrorists|tricheur|tricheurs|voleur|voleurs|arnaqueur|arnaqueurs|terroriste|terroristes|dealer|dealers|banker|bankers|banquier|banquiers)(?: \S+){{0,6}} (?:is|are|has|have|est|sont|a|ont|aient) (?:an |a |un |une |des |tous |all )?(?:{_GROUPS_ALT_EARLY}|(?:la meme|the same) (?:religion|origine|origin)){E}"
        rf"|{B}(?:why do we let|why do they let|pourquoi on laisse|on devrait pas laisser|why are we letting) (?:the |les )?{_GROUPS_ALT_EARLY} (?:vote|voter|drive|conduire|breed|have kids|avoir des enfants|adopt|adopter|work here|travailler ici|teach|enseigner){E}"
        rf"|{B}(?:toujours les memes noms|always the same names) {_GROUPS_ALT_EARLY}{E}|{B}(?:noms|names) (?:juifs|jewish|arabes|arab|indiens|indian)(?: \S+){{0,2}} (?:dans les medias|in the media|a la tete|in charge){E}"
        rf"|{B}(?:grand remplacement|great replacement){E}|{B}remplacement(?: \S+){{0,10}} (?:banlieue|fantasme|sortie d une ecole){E}",
    ),
    (
        _H,
        "dog_whistle_number",
        "1488 88 heil hitler",
        None,
        False,
        rf"{B}(?:1488|14 88|14 words|sieg heil|heil hitler|hh88|88 heil){E}",
    ),
    (
        _H,
        "should_not_breed",
        "breed reproduce reproduire",
        None,
        False,
        rf"{B}(?:shouldn t|should not|shouldnt|ought not to|must not|ne devraient pas|devraient pas|ne devrait pas|devrait pas|ne devriez pas|devriez pas) (?:be allowed to )?(?:breed|reproduce|se reproduire|vous reproduire){E}",
    ),
    # insults without an insult word: "do you practise being this useless", « tu sers à quoi à part... »
    (
        _I,
        "insult_construction",
        "expres practise practice manage manages reussis sers good quoi cerveau brain equivalent head tete reason raison most plus cares demande wheelchair fauteuil potes amis friends eclate ou cry pleurer mid aussi pues",
        None,
        False,
        rf"{B}(?:t es|tu es|are you|r u|you|vous etes|es tu) (?:autiste|autistic|retarde|retardee|debile|mongol|triso|handicape|handicapee|special|slow|con|conne|bete|aveugle|sourd|blind|deaf|stupid|dumb) (?:ou quoi|or what|or something|ou bien){E}"
        rf"|{B}(?:fais|fait|faites) expres d etre (?:aussi|si|tellement) \S+{E}|{B}(?:practise|practice|practicing|practising|train|training|try|trying) (?:being|to be) (?:this|that|so) (?:useless|stupid|dumb|bad|clueless|annoying|slow|thick|dense){E}"
        rf"|{B}(?:manage|manages|managed|reussis|arrives) (?:to be|a etre) (?:both |a la fois )?(?:ugly|boring|stupid|useless|annoying|moche|chiant|chiante|nul|nulle|con|conne|bete)(?: \S+){{0,2}} (?:and|et) (?:ugly|boring|stupid|useless|annoying|moche|chiant|chiante|nul|nulle|con|conne|bete|lent|slow){E}"
        rf"|{B}(?:tu sers|vous servez|t sers) (?:a quoi|a rien){E}|{B}what (?:are|r|re) (?:you|u) (?:even )?good for{E}"
        rf"|{B}(?:reviens|revenez|come back) (?:quand|when) (?:t auras|tu auras|vous aurez|you ve got|you have|you get|you grow|u have|u get) (?:un cerveau|une cervelle|a brain|some brain cells|a brain cell){E}|{B}cerveau en option{E}|{B}(?:tiny|smooth|one|single) brain(?: cell)?{E}"
        rf"|{B}(?:the )?human equivalent of{E}|{B}(?:l )?equivalent humain (?:d|de|du){E}"
        rf"|{B}(?:dropped|drop) on (?:his|her|your|their|ur|its) head{E}|{B}(?:tombe|tombee) sur la tete (?:etant|quand|a la naissance|bebe){E}"
        rf"|{B}(?:{YOU_ARE}|t es|tu es) the reason (?:this|the|we|everyone|people|nobody)(?: \S+){{0,3}} (?:needs|need|lost|lose|leave|left|hate|quit|can t|cant|has|have){E}"
        rf"|{B}(?:is|are|est|c est) (?:mid|trash|garbage|shit|crap|nul|nulle|naze|pourri|pourrie|eclate) (?:and so are you|and so r u|et toi aussi|comme toi){E}"
        rf"|{B}{_NOT_I_BEFORE}(?:the )?most (?:annoying|grating|insufferable|boring|useless|pathetic|irritating|unbearable|clueless|stupid) (?:person|human|guy|girl|player|man|woman|dude)(?: \S+)? (?:alive|here|on earth|on this server|in this server|i ve ever|ever|in the world){E}"
        rf"|{B}(?:nobody|no one|noone)(?: here)? cares what (?:you|u) (?:think|say|have to say){E}|{B}personne (?:ne )?t a (?:sonne|demande){E}"
        rf"|{B}(?:wheelchair|fauteuil) (?:boy|girl|guy|kid|man|lady){E}|{B}roll (?:yourself|urself) out{E}"
        rf"|{B}(?:t as|tu as|you have|you ve got|u have|u got) (?:pas|no|zero) (?:d autres |d |other )?(?:potes|amis|friends|life|vie)(?: que nous| besides us| but us)?{E}"
        rf"|{B}(?:tu pues|vous puez|t pues) (?:la|le|les) (?:defaite|merde|mort|sueur|loose|lose|rsa|frite|cul|chien|poubelle){E}|{B}(?:t es|tu es|vous etes) (?:completement |totalement )?eclate(?:e)? au sol{E}|{B}(?:go cry|va pleurer|go and cry)(?: \S+){{0,2}} (?:manchild|man child|baby|bebe|little boy|gamin|sweetie){E}",
    ),
]

# --- rounds 12-15 (issue 11): illness used as the weapon, exposure of a ward or a routine, eugenics ----------
_CARE = "dialysis|dialyse|insulin|insuline|meds|medocs|medicaments|chemo|chimio|traitement|treatment|pills|cachets|transplant|greffe"
_RAW += [
    (
        _T,
        "kys_medical",
        "skip saute sauter double triple dialysis dialyse insulin insuline debrancher unplug end release existing hop favour favor better place disparais",
        None,
        False,
        rf"{B}(?:skip|miss|stop taking|saute|sauter|arrete|arreter|oublie) (?:{YOUR}|ta|ton|tes) (?:next )?(?:prochaine |prochain )?(?:{_CARE})(?: \S+){{0,2}}(?: \S+){{0,4}} (?:favour|favor|plaisir|problem solved|for everyone|pour tout le monde|service){E}"
        rf"|{B}(?:double|triple|take all|prends toute|prends tous|avale toute|avale tous) (?:{YOUR}|ta|ton|tes) (?:{_CARE}|dose){E}"
        rf"|{B}(?:tu devrais|tu ferais mieux de|you should|u should|ya should) (?:just |juste )?(?:end it|te debrancher|unplug {YOURSELF}|stop breathing|arreter de respirer){E}"
        rf"|{B}(?:hop|jump) off (?:a|the) (?:bridge|cliff|roof|building)(?: \S+){{0,3}} (?:favour|favor|and|for us){E}"
        rf"|{B}(?:world|server|place|monde|serveur)(?: \S+){{0,3}} (?:better place|meilleur endroit|mieux) (?:without {YOU}|sans toi)(?: in it)?{E}"
        rf"|{B}(?:sweet release|douce delivrance)(?: \S+){{0,2}} (?:of not existing|de ne plus exister|of death|de la mort){E}"
        rf"|{B}(?:fais comme ta mere|fais comme ton pere|do like your (?:mom|mum|dad)) et (?:disparais|creve|meurs){E}",
    ),
    (
        _T,
        "hope_illness_kills",
        "chimio chemo maladie illness disease flare crise cancer tumeur tumor sclerose dialysis",
        "hope espere souhaite wish jespere",
        False,
        rf"{B}(?:hope|espere|j espere|jespere|souhaite|wish)(?: sincerement| really| vraiment| truly)?(?: que| that)?(?: sincerement| really| vraiment)? (?:{YOUR}|ta|ton|tes) (?:next |prochaine |prochain )?(?:\S+ ){{0,2}}(?:chimio|chemo|maladie|illness|disease|flare|crise|cancer|tumeur|tumor|sclerose|ms|dialyse|dialysis)(?: \S+){{0,2}} (?:te |you )?(?:finira|finisse|finish|finishes|kills|kill|puts {YOU} in the ground|put {YOU} in the ground|emporte|emportera|takes {YOU}|take {YOU}|te tue|tuera|finira le travail|finish the job|does the job|fasse le travail){E}",
    ),
    (
        _E,
        "ward_located",
        "ward chambre room bed lit service bay box",
        "noted note pop hi passer visite bonjour coucou noter soon bientot",
        False,
        rf"{B}(?:ward|chambre|room|bed|lit|service|bay|box)(?: \S+){{0,5}} (?:j ai (?:bien )?note|noted|i ve noted|might pop in|pop in|say hi|dire bonjour|passer te voir|passer dire bonjour|je passerai|see you soon|a bientot|a tres vite){E}",
    ),
    (
        _E,
        "tell_on_you",
        "ring call appeler appelle email ecrire screenshot screenshotting screenshots capture captures street view maps poste post publie have everything tout dommage hate shame bete",
        None,
        False,
        rf"{B}(?:ring|call|phone|email|write to|appeler|appelle|ecrire a|contacter) (?:{YOUR}|ton|ta|tes)(?: \S+){{0,3}} (?:coordinator|doctor|boss|employer|medecin|patron|psy|therapist|school|ecole|parents|mum|mom|hr|rh|insurance|assurance|landlord|proprio|nurse|team|equipe){E}(?: \S+){{0,2}} (?:and (?:say|tell)|pour (?:dire|raconter|leur dire)|et (?:dire|leur dire|raconter)){E}(?!(?: \S+){{0,3}} (?:you re|you are|u r|youre|tu vas|t es|tu es|que tu vas|que t es) (?:safe|ok|okay|fine|alright|home|bien|arrive|arrivee|rentre|rentree))"
        rf"|{B}(?:screenshot|screenshotting|screenshots|capture|captures|j ai capture|i ve screenshotted)(?: \S+){{0,10}} (?:send|sending|envoie|envoyer|show|showing|montrer) (?:it|them|ca|les|tout) (?:to|a) (?:{YOUR}|ta|ton|tes|her|his|their|son|sa|ses){E}"
        rf"|{B}(?:j ai tout|i have everything|i ve got everything|got it all|i have it all)(?: \S+){{0,10}} (?:je poste|i post|i ll post|je publie|je balance|i leak|tout le monde saura|everyone will see){E}"
        rf"|{B}(?:street view|google maps|easy to find|facile a trouver|je sais ou tu habites|i know where you live|on sait ou tu habites){E}"
        rf"|{B}(?:i d hate for|ce serait dommage que|ce serait bete que|shame if|would be a shame if) (?:{YOUR}|ton|ta|tes|ta boite|les rh)(?: \S+){{0,4}} (?:to learn|to find out|to see|learned|found out|apprenne|sache|decouvre|tombe sur|voie|circule|circulait){E}"
        rf"|{B}(?:faudrait|je vais|je pourrais|maybe i ll|i might)(?: peut etre)?(?: que je)? (?:passe|passer|drop by|visit) (?:leur|them|chez eux)(?: \S+)? (?:raconter|dire|tell){E}"
        rf"|{B}(?:allez|go|everyone go) (?:tous |all )?(?:faire un tour|voir|spammer|check out) (?:sur )?(?:son|sa|her|his|their) (?:insta|instagram|compte|profil|profile|tiktok|facebook){E}"
        rf"|{B}(?:we should all|let s all|let us all|everyone|everybody|tout le monde|allez tous) (?:report|mass report|signaler|signale|spam|dm|mp)(?: \S+){{0,2}} (?:her|him|them|la|le|les|son|sa|his|their) (?:account|compte|profile|profil|post|posts)?{E}",
    ),
    (
        _T,
        "quiet_menace",
        "porte door dors sleep reves call appel forest foret find trouver retrouver trouverai retrouverai",
        None,
        False,
        rf"{B}(?:ferme|fermer|lock|verrouille) (?:bien )?(?:ta|your|tes|votre) (?:porte|door|doors|portes)(?: a cle)?(?: \S+){{0,3}} (?:ce soir|tonight|on sait jamais|you never know|just saying){E}"
        rf"|{B}(?:chez toi|your house|your place|ta maison|derriere chez toi|near your)(?: \S+){{0,8}} (?:dors bien|sleep well|sleep tight|fais de beaux reves){E}"
        rf"|{B}(?:i will find {YOU}|i ll find {YOU}|je vais te trouver|je te trouverai|on va te trouver|je vais te retrouver|je te retrouverai)(?: \S+){{0,3}} (?:i always do|always do|toujours|ask the last|demande au dernier){E}"
        rf"|{B}(?:i could|je pourrais) (?:make|passer) (?:one|un) (?:call|appel|coup de fil)(?: \S+){{0,4}} (?:life|vie|changes|change|finie|over){E}",
    ),
    (
        _H,
        "eugenics",
        "avortement abortion screened depistes artificially artificiellement nature selection reproduire breed porteurs tares",
        None,
        False,
        rf"{B}(?:avortement|abortion|abortions) (?:systematique|obligatoire|mandatory|automatique|automatic|forced|force){E}|{B}(?:should be|devraient etre|doivent etre) screened out{E}|{B}screened out every time{E}"
        rf"|{B}(?:kept alive|maintenus en vie|gardes en vie) (?:artificially|artificiellement){E}|{B}(?:nature had it right|la nature faisait bien les choses|nature knew best){E}"
        rf"|{B}(?:porteurs de tares|the weak|les faibles|the defective|les defectueux|the disabled|les handicapes)(?: \S+){{0,2}} (?:se reproduire|breed|reproduce|survivre|survive){E}",
    ),
    (
        _H,
        "group_vice",
        "terrorism terrorisme argent money reason raison holocaust holocauste shoah glitch human humain rats lapins",
        None,
        False,
        rf"{B}{_GROUPS_ALT_EARLY}{E} (?:and|et) (?:terrorism|terrorisme|crime|violence|l argent|money|rape|viol|le vol|theft)(?: \S+){{0,8}} (?:can t separate|cannot separate|indissociables|tout le monde pense|everyone knows|tout le monde le sait|just saying|je dis juste|follow the money|it s in the book|c est dans le livre){E}"
        rf"|{B}{_GROUPS_ALT_EARLY}{E} (?:are|sont|is|est) (?:the reason|la raison|responsible for|responsables de|to blame for|behind){E}"
        rf"|{B}(?:holocaust|holocauste|shoah)(?: \S+){{0,3}} (?:too much attention|trop d attention|exaggerated|exagere|overrated|never happened|n a jamais existe|a lie|un mensonge|a hoax|milk it){E}"
        rf"|{B}{_GROUPS_ALT_EARLY}{E}(?: \S+){{0,12}} (?:less than human|not fully human|pas vraiment humains|moins qu humains|sous humains|a glitch|une erreur de la nature|an error of nature){E}"
        rf"|{B}(?:they|ils|elles|these people|ces gens) (?:breed|se reproduisent) (?:like|comme des) (?:rats|rabbits|lapins|cockroaches|cafards|vermin|vermine){E}"
        rf"|{B}(?:fibro|fibromyalgia|fibromyalgie|endometriosis|endometriose|me cfs|cfs|adhd|tdah|depression|autism|autisme|ms) (?:is|c est|est) (?:just |juste |only |seulement )?(?:a diagnosis for|an excuse for|une excuse pour|un diagnostic pour|une invention|made up|an invention|une mode|a trend|a fad|just stress|juste du stress){E}",
    ),
    (
        _I,
        "insult_construction_r14",
        "tronche connerie stupidity betise pochette vie pitie sick degoutes disgust brought cherche plus hard slow",
        None,
        False,
        rf"{B}(?:avec )?(?:ta|ton|your) (?:tronche|gueule|face) de (?:cancereux|cancereuse|malade|mort|morte|cadavre|zombie|mourant|mourante){E}"
        rf"|{B}(?:c est|is|s) (?:ta|your) (?:connerie|betise|stupidity|idiocy){E}|{B}pochette surprise{E}"
        rf"|{B}(?:ta|your) (?:vie de merde|shit life|shitty life|vie de chien|pathetic life){E}|{B}(?:tu me fais pitie|you make me sick|tu me degoutes|you disgust me|vous me degoutez|vous me faites pitie){E}"
        rf"|{B}(?:you brought it on {YOURSELF}|tu l as bien cherche|vous l avez bien cherche){E}"
        rf"|{B}(?:t es|tu es|vous etes) (?:la|le) (?:personne |mec |meuf |membre |joueur |joueuse |gars |fille )?(?:la |le )?plus (?:chiant|chiante|nul|nulle|con|conne|bete|insupportable|pathetique|lourd|lourde|relou|penible|toxique|debile){E}"
        rf"|{B}(?:must be hard|must be tough|must suck|ca doit etre dur|ca doit pas etre facile) (?:\S+ ){{0,2}}(?:being|d etre) (?:this|that|so|aussi|si) (?:slow|stupid|dumb|useless|thick|dense|clueless|lent|lente|con|conne|bete|nul|nulle){E}",
    ),
]

# --- round 19 (issue 11, abuse helper): families of construction seen at first sight -----------------------
# False reports to an authority, presence told as stalking, harm foretold to kin and pets, coded "kill
# yourself", insults by comparison and sarcastic pet names, words reversed. New families only: the rows
# above are unchanged.
_AUTH_YOUR = (
    "boss|manager|employer|employeur|patron|patronne|chef|hr|rh|drh|work|job|workplace|taf|boulot|travail|boite|"
    "school|ecole|headteacher|head teacher|principal|teacher|teachers|uni|university|college|fac|universite|lycee|"
    "prof|profs|cpe|master|proviseur|directeur|directrice|landlord|proprio|bailleur|insurance|assurance|"
    "mutuelle|doctor|medecin|rheumatologist|rhumato|neurologue|psychiatrist|psychiatre|therapist|psy|hospital|"
    "hopital|clinic|clinique|council|mairie|parole officer|coach|club|union|ordre"
)
_AUTH_INST = (
    "social services|services sociaux|cps|child services|child protective services|children s services|"
    "protection de l enfance|ase|aide sociale a l enfance|pmi|dpj|caf|france travail|pole emploi|urssaf|"
    "impots|le fisc|the irs|irs|hmrc|dwp|the police|police|cops|the cops|les flics|flics|gendarmerie|gendarmes|"
    "hr|rh|drh|ordre des medecins|ordre des infirmiers|nursing board|medical board|licensing board|"
    "the council|immigration|ice|la prefecture|prefecture|the school|l ecole|la fac|your school|ton ecole"
)
_REPORT_VERB = (
    "call|calling|ring|ringing|phone|phoning|email|emailing|mail|write to|writing to|tell|telling|report|"
    "reporting|contact|contacting|message|messaging|text|texting|send|sending|go to|going to|snitch to|"
    "appeler|appelle|dire|dis|dirai|ecrire|ecris|ecrirai|signaler|signale|signalerai|envoyer|envoie|enverrai|"
    "balancer|balance|raconter|raconte|prevenir|previens|denoncer|denonce|contacter|contacte|faire|fais|ferai|"
    "aller voir|vais voir|porter plainte"
)
_STALK_PLACE = (
    "pharmacy|pharmacie|hospital|hopital|clinic|clinique|waiting room|salle d attente|box|ward|service|bus stop|"
    "arret de bus|arret|station|gare|parking|car park|gym|salle|school|ecole|work|taf|boulot|supermarket|"
    "supermarche|superette|market|marche|cafe|bar|park|parc|street|rue|door|porte|window|fenetre|garden|jardin|"
    "balcony|balcon|house|maison|appart|flat|building|immeuble|lake|lac|beach|plage"
)
_RAW += [
    # A false (or spiteful) report to the reader's employer, school or an authority, in the first person.
    (
        _T,
        "report_to_authority",
        "boss manager employer employeur patron patronne chef hr rh drh taf boulot travail boite school ecole "
        "headteacher principal teacher uni university college fac universite lycee prof profs cpe master "
        "proviseur directeur directrice landlord proprio bailleur insurance assurance mutuelle doctor medecin "
        "rheumatologist rhumato neurologue psychiatrist psychiatre therapist psy hospital hopital clinic "
        "clinique council mairie coach ordre services social cps pmi dpj caf ase urssaf impots fisc irs hmrc "
        "dwp police cops flics gendarmerie gendarmes immigration prefecture signalement preoccupante work job",
        None,
        False,
        rf"{B}(?:{INTENT_EN}|{INTENT_FR}|j envoie|j appelle|je fais|je dis|j ecris|je previens|je signale)(?: \S+){{0,2}} (?:{_REPORT_VERB})(?: \S+){{0,3}} (?:a |au |aux |a la |a l |to |at |the )?(?:{YOUR}|ton|ta|tes|tout ton|toute ta|tous tes|vos|votre)(?: \S+){{0,1}} (?:{_AUTH_YOUR})(?: \S+){{0,12}} (?:that|que|qu|you|tu|t|te|toi|{YOUR}|ton|ta|tes|leur){E}(?!.*{B}(?:great|proud|congrats|congratulations|bravo|felicit\S*|merci|thanks|thank|how good|genial|geniale|super|bien bosse|good job|well done){E})"
        rf"|{B}(?:{INTENT_EN}|{INTENT_FR}|j envoie|j appelle|je fais|je dis|j ecris|je previens|je signale)(?: \S+){{0,3}} (?:{_REPORT_VERB})(?: \S+){{0,4}} (?:{_AUTH_INST})(?: \S+){{0,10}} (?:{YOUR}|you|ton|ta|tes|tu|t|te|toi|vos|vous){E}"
        rf"|{B}(?:one|un|une|a single|un seul|une seule|just one|juste un|juste une) (?:\S+ )?(?:anonymous |anonyme |little |petit |petite |faux |fausse |false )?(?:call|phone call|email|report|tip|message|appel|coup de fil|signalement|mail|lettre|info preoccupante|denonciation)(?: anonyme| anonymous)? (?:to|a|au|aux|a la|a l)(?: \S+){{0,2}} (?:{_AUTH_INST}|{_AUTH_YOUR})(?: \S+){{0,8}} (?:and|et) (?:you|tu|t|vous|{YOUR}|ton|ta|tes|bye|adieu|hop|ciao){E}"
        rf"|{B}(?:un|une|a) (?:faux |fausse |false |petit |petite )?(?:signalement|info preoccupante|report|appel|call) (?:a|au|aux|a la|a l|to) (?:\S+ ){{0,2}}(?:{_AUTH_INST})(?: \S+){{0,12}} (?:je dis|je dirai|i say|i tell them|j explique|en disant) (?:que |that )?(?:tu|t|you|{YOUR}){E}",
    ),
    # Presence told as a threat: "I was three seats away", « j'étais garé juste derrière », a routine watched.
    (
        _T,
        "stalking_presence",
        "away derriere behind seats rangs rows walk walked drive drove reconnu reconnue reconnus gare garee parked visite visit contacts connections km miles irl reflechis gaffe careful",
        None,
        False,
        rf"{B}(?:i was|i sat|i was sitting|i was standing|i stood|j etais|je suis reste|j etais assis|j etais assise) (?:\S+ ){{0,2}}(?:\w+ )?(?:seats|seat|rows|row|rangs|rang|places|chaises|tables|metres|meters|feet|steps|pas) (?:away|behind|derriere|plus loin|de toi|from you){E}"
        rf"(?!.*{B}(?:concert|show|gig|festival|match|game|movie|film|cinema|cine|theatre|theater|conference|wedding|mariage|spectacle|what a|trop bien|amazing|great|fun|haha|mdr|lol){E})"
        rf"|{B}(?:j etais|j etais juste|i was|i was just) (?:gare|garee|parked|posted|assis|assise|sitting) (?:juste |right |just )?(?:derriere|devant|en face|a cote|behind|outside|across|next to|opposite){E}"
        rf"(?!.*{B}(?:concert|show|gig|festival|match|game|movie|film|cinema|cine|theatre|theater|conference|wedding|mariage|spectacle|what a|trop bien|amazing|great|fun|haha|mdr|lol){E})"
        rf"|{B}(?:i|je) (?:walk|walked|drive|drove|pass|passe|passed|cycle) (?:past|by|devant|a cote de) (?:it|{YOUR} \S+|ta \S+|ton \S+|chez toi|your place|your house) (?:most|every|each|tous les|chaque|toutes les) (?:evenings|evening|nights|night|mornings|morning|days|day|soirs|soir|matins|matin|jours|nuits){E}"
        rf"|^(?=.*{B}(?:{_STALK_PLACE}){E}).*{B}(?:je t ai|j t ai|jt ai|i) (?:bien |totally |definitely |easily )?(?:reconnu|reconnue|recognised you|recognized you|spotted you|clocked you){E}"
        rf"|{B}(?:ils|mes potes|des potes|mes gars|my boys|my friends|some friends|some of my friends|des amis|mes amis|the boys|my mates)(?: \S+){{0,6}} (?:vont|will|are going to|gonna|iront|viendront) (?:te rendre (?:une )?(?:petite )?visite|vous rendre (?:une )?(?:petite )?visite|pay {YOU} a (?:little )?visit|visit {YOU}|come see {YOU}|s occuper de toi|take care of {YOU}){E}"
        rf"|{B}(?:i m|i am|je suis|j suis|chui|i live) (?:only |just |juste |a |seulement )?(?:\d+|ten|five|twenty|fifteen|thirty|a few|dix|vingt|quelques) (?:min|mins|minute|minutes|km|kms|miles|blocks|streets|rues|minutes away) (?:from|de|away from) (?:you|toi|chez toi|{YOUR} place|{YOUR} house){E}(?=.*{B}(?:think about it|reflechis|irl|you and me|toi et moi|watch out|fais gaffe|sleep|dors|careful)(?![^ ]))"
        rf"|{B}(?:j ai|i have|i ve got|i got)(?: \S+)? (?:mes|my|des|some) (?:contacts|connections|sources|people)(?: \S+){{0,4}}(?=.*{B}(?:te trouver|te retrouver|find {YOU}|track {YOU}|where {YOU} live|ou tu habites|ou t habites){E})"
        rf"|{B}(?:te trouver|te retrouver|find {YOU})(?: \S+){{0,3}} (?:j ai|i have|i ve got|i got)(?: \S+)? (?:mes|my|des|some) (?:contacts|connections|sources|people){E}",
    ),
    # A detail of the reader's home or car told with a wink: "nice blue door btw, 14 is a lucky number".
    (
        _T,
        "home_detail",
        "parked gare garee lucky street rue road avenue",
        None,
        False,
        rf"{B}(?:nice|cute|lovely|jolie|joli|belle|beau|sympa|pretty) (?:\S+ ){{0,2}}(?:car|door|garden|house|window|bike|porte|voiture|jardin|maison|fenetre|velo|balcon|balcony|gnome|nain|caisse)(?: \S+){{0,8}} (?:parked|gare|garee|is a lucky number|numero porte bonheur|\S+ street|rue \S+|\S+ road|\S+ avenue){E}",
    ),
    # Harm foretold to kin, pets or animals: « une nuit y en aura plus une seule », "a shame if she fell".
    (
        _T,
        "harm_foretold",
        "triste dommage pity shame tragic awful aura none gone",
        None,
        False,
        rf"{B}(?:ce serait|ca serait|ce serai|ca serai|it d be|it would be|would be|it will be|ce sera) (?:vraiment |so |tellement |really )?(?:triste|dommage|bete|con|sad|a pity|a shame|terrible|awful|tragic|horrible) (?:qu |que |si |if )(?:\S+ ){{0,4}}(?:fasse une mauvaise chute|fasse une chute|tombe|tombait|tombe dans|ait un accident|avait un accident|had an accident|has an accident|fell|falls|fall down|got hurt|gets hurt|se blesse|se blessait|disparait|disparaissait|went missing|goes missing|did not come home|didn t come home|never came home|rentre pas|rentrait pas|ne rentrait pas|ne rentre pas|mange un truc|ate something){E}"
        rf"|^(?=.*{B}(?:tes|ton|ta|vos|votre|{YOUR}){E}).*{B}(?:une nuit|un jour|un matin|un soir|one night|one day|one morning|some night|bientot|soon)(?: \S+){{0,2}} (?:y en aura plus|il y en aura plus|y aura plus|il y aura plus|won t be any|will not be any|there ll be none|there will be none|will be gone|they ll be gone|seront plus la|sera plus la|won t be there|will not be there|will not come home|won t come home|rentrera pas|rentreront pas){E}",
    ),
    # Coded "kill yourself": a train, a rope, a stool or a bridge "waiting" for the reader.
    (
        _T,
        "kys_coded",
        "train trains tracks railway rails truck lorry semi metro rer tgv tram periph autoroute motorway highway bus corde rope noose tabouret stool poutre beam falaise cliff pont bridge rooftop toit roof enough assez hauteur unalive toaster delete commit commettre overdose od bleach jump yurself yurselves yerself yrself yurslf urslf yourslf yoself yaslf yoursel yourseld",
        None,
        False,
        rf"{B}(?:go|va|allez|vas|go and|just go) (?:\S+ )?(?:touch|hug|kiss|lick|greet|high five|say hi to|stand in front of|nap on|sleep on|lie down on|saluer|embrasser|toucher|faire un calin a|faire un bisou a|lecher|dire bonjour a|dormir sur|faire la sieste sur|t allonger sur) (?:a |the |un |une |le |la |les |some |des )?(?:\S+ )?(?:train|trains|tracks|railway|rails|bus|truck|lorry|semi|metro|rer|tgv|tram|voie ferree|voies|highway|motorway|autoroute|periph){E}"
        rf"|{B}(?:la|le|the|a|une|un|ta|ton|{YOUR}) (?:\S+ )?(?:corde|rope|noose|tabouret|stool|chaise|poutre|beam|falaise|cliff|pont|bridge|rooftop|toit|roof|tabouret et la corde) (?:t attend|vous attend|is waiting for {YOU}|are waiting for {YOU}|awaits {YOU}|await {YOU}|waits for {YOU}|t appelle|is calling {YOU}|calls {YOU}|misses {YOU}){E}"
        rf"|{B}(?:la|le|the|a|une|un) (?:\S+ )?(?:train|rer|metro|tgv|tram|bus|truck)(?: [a-z0-9])? (?:t attend|vous attend|is waiting for {YOU}|awaits {YOU}|waits for {YOU}|t appelle|is calling {YOU})(?: \S+){{0,3}} (?:va le saluer|go say hi|go greet it|say hi|dis lui bonjour|saute|jump|de pres|up close|sous|under|embrasse|kiss|hug){E}"
        rf"|{B}(?=bridge|pont|roof|toit|building|immeuble|falaise|cliff|balcon|balcony|tower|tour|parking)(?=.*{B}(?:you|your|tu|t|ton|ta|tes|toi|te|{YOUR}){E})(?:bridge|pont|roof|toit|building|immeuble|falaise|cliff|balcon|balcony|tower|tour|parking)(?: \S+){{0,5}} (?:is|est|are|sont|looks|looked) (?:\S+ )?(?:high enough|tall enough|assez haut|assez haute|assez hauts|the perfect height|a la bonne hauteur)(?!.*{B}(?:truck|trucks|camion|camions|boat|boats|bateau|bateaux|bus|lorry|van|pass|passer|ladder|echelle){E})"
        rf"|{B}(?:fais toi|fait toi|faites vous|go do|do|fais|va faire|go and do) (?:un |une |an |a )?(?:unalive|toaster bath|self delete){E}"
        rf"|{B}(?:go commit|just commit|pls commit|please commit|go and commit|va commettre) (?:a |un )?(?:sudoku|seppuku|suicide|toaster bath|self delete|die){E}(?! (?:prevention|awareness|hotline|squad))"
        rf"|{B}why (?:do not|don t|dont|not) {YOU} (?:just |go |simply )?(?:overdose|od|jump|hang {YOURSELF}|die|kill {YOURSELF}|end it|drink bleach|disappear|off {YOURSELF}|rope|neck {YOURSELF}|unalive){E}"
        rf"|{B}(?:kill|kil|kiil|kll|unalive|neck|hang|off|end|rope) (?:yurself|yurselves|yerself|yrself|yurslf|urslf|yourslf|yoself|yaslf|yoursel|yourseld){E}",
    ),
    # Violence on the way: "catch u outside", "ur getting jumped", "I'm bringing a bat".
    (
        _T,
        "violence_coming",
        "jumped stabbed catch bringing ramene",
        None,
        False,
        rf"{B}(?:{YOU_ARE}|t es|tu es|tu vas|tu va) (?:getting|gonna get|going to get|will get|about to get|se faire|te faire) (?:jumped|stabbed|beaten up|beat up|curb stomped|curbstomped|hospitalised|hospitalized|lynched|planter|tabasser|defoncer|lyncher){E}"
        rf"|{B}catch {YOU} (?:outside|irl|after school|after the|at the|behind|dehors){E}"
        rf"|^(?=.*{B}(?:you|your|tu|t|toi|te|again|encore|meetup|lan|irl){E}).*?{B}(?:i m|i am|i will be|i ll be|ill be|we re|we are|je|on|j) (?:bringing|ramene|ramenerai|ramenons|amene|amenerai) (?:a |my |the |une |un |ma |mon )?(?:bat|baseball bat|knife|gun|crowbar|machete|axe|hammer|batte|couteau|flingue|barre de fer|machette|hache|marteau){E}(?!.*{B}(?:softball|baseball game|practice|entrainement|training|cricket|cuisine|cooking|camping|bbq|barbecue|airsoft|paintball|chasse|hunting|diy|bricolage){E})",
    ),
    # A doxx begun and held over the reader: an IP address and "shall I go on?".
    (
        _E,
        "doxx_continue",
        "excuses excuse apologise apologize xx",
        None,
        False,
        rf"{B}\d{{1,3}} \d{{1,3}} (?:x{{1,3}}|\d{{1,3}}) (?:x{{1,3}}|\d{{1,3}})(?: \S+){{0,8}} (?:je continue|tu veux que je continue|on continue|want me to (?:keep going|continue|go on)|should i (?:keep going|continue|go on)|shall i (?:keep going|continue|go on)){E}"
        rf"|{B}je continue ou (?:tu t excuses|tu t excuse|tu supprimes|tu degages|tu te tais){E}"
        rf"|{B}(?:keep going|continue|go on) or (?:do )?{YOU} (?:apologise|apologize|delete|shut up|back off){E}",
    ),
    # Insults by comparison or sarcasm: "you absolute walnut brain", "every message makes you look dumber",
    # « t'as pas un chromosome en trop », "aww sweetie, did you think…", "a face only a mother could love".
    (
        _I,
        "insult_compared",
        "brain brained cerveau chromosome chromosomes dumber stupider passer ressembler sweetie sweety sweetheart honey hun darling princess cherie cheri tronche gueule patate fouine thumb wig potato goblin troll brain cell braincell neurone neurones",
        _ADDRESSEE + " @user",
        False,
        rf"{B}(?:you|u|ya|t es|tu es|espece de|you re|you are|ur|your)(?: \S+){{0,2}} (?:walnut|pea|peanut|bird|smooth|mush|potato|lizard|rot|rotted|noodle|jelly|sponge|goldfish|pebble|raisin|cacahuete|noix|petit pois|moineau)(?: )?(?:brain|brained|brains|cerveau){E}"
        rf"|{B}(?:makes|make|made|making) (?:you|u|ya) (?:look|sound|seem) (?:even |so |more |much )?(?:dumber|dumb|stupid|stupider|dense|thick|like an idiot|like a moron|like a clown|like a fool|pathetic|worse|like a joke|retarded|braindead){E}"
        rf"|{B}(?:te|vous) (?:fait|font|fais) (?:passer pour|ressembler a) (?:un |une |le |la )?(?:con|conne|idiot|idiote|clown|abruti|abrutie|debile|imbecile|bouffon|guignol|gogol|triso){E}"
        rf"|{B}(?:chromosome en trop|chromosome de trop|chromosome de plus|extra chromosome|chromosome too many|one chromosome too many|un chromosome en trop){E}"
        rf"|{B}(?:aww*|aw|oh|ohh|ah) (?:sweetie|sweety|honey|hun|sweetheart|darling|princess|ma cherie|mon cheri|ma grande|mon grand|ma pauvre|mon pauvre|ma puce|mon petit)(?: \S+){{0,2}} (?:did {YOU} (?:really |actually |seriously )?think|do {YOU} (?:really |actually )?think|tu croyais|tu pensais vraiment|t as cru|tu as cru){E}"
        rf"|{B}(?:nobody|no one|noone) (?:cares|asked|gives a \S+) (?:what|about|for) (?:\S+ ){{0,10}}(?:thinks|think|says|say|wants|opinion)(?: \S+){{0,2}} (?:sweetheart|sweetie|sweety|honey|hun|darling|princess|sweet cheeks|kiddo){E}"
        rf"|{B}(?:t as|tu as|ton \S+ a|ta \S+ a|il a|elle a|@user a) (?:une|la) (?:tete|tronche|gueule) (?:a faire peur|a faire fuir|d une patate|d un pied|de cul|de rat|de fouine|de travers){E}"
        rf"|{B}(?:you|u|ya) (?:look|looks|sound) like (?:a |an )?(?:thumb|toe|foot|potato|melted candle|thumb with a wig|egg with a wig|slapped arse|dropped pie|bag of smashed crabs|rat|goblin|troll){E}(?! (?:pro|boss|legend|champ|hero|king|queen|star|genius|icon))"
        rf"|{B}(?:with|avec) (?:{YOUR}|ton|ta|tes) (?:one|only|single|last|seul|unique|deux|two|dernier|derniers) (?:functioning |working |remaining |living |)?(?:brain cell|braincell|brain cells|neurone|neurones){E}",
    ),
    # An illness called imaginary in the noun phrase itself: « toi et ton lupus imaginaire ».
    (
        _I,
        "illness_imaginary",
        "imaginaire imaginary imaginaires pretend bidon invente inventee fake",
        _ADDRESSEE,
        False,
        rf"{B}(?:{YOUR}|ton|ta|tes|vos|votre|so called|soi disant) (?:\S+ )?(?:{_ILL}) (?:imaginaire|imaginaires|imaginary|pretend|bidon|inventee|invente|inventees|fake|made up){E}",
    ),
]
# Words reversed ("drannoc", "toidi ,resol uoy", « élucne elas »): a strong insult spelt backwards is no word
# of either language, so the reversed form is a word list of its own.
_REVERSED = sorted(
    {w[::-1] for w in lex.STRONG_INSULT if " " not in w and len(w) >= 4 and w.isalpha() and w[::-1] != w}
    - lex.STRONG_INSULT
    - lex.WEAK_INSULT
    - lex.GROUPS
    - lex.SLURS
)
_REVERSED = [w for w in _REVERSED if not is_known(w, "fr") and not is_known(w, "en")]
REVERSED_INSULTS = tuple(_REVERSED)
_RAW += [
    (_I, "reversed_insult", " ".join(_REVERSED), None, False, rf"{B}(?:{'|'.join(_REVERSED)}){E}"),
]

# Words too common to start a check (they may still be required by ``needs``).
_STOP = ws(
    "un une la le les en du de des d l a faire son out better dire work real back mettre finir trouver trouve sans "
    "go get rendre wish passe home train phone messages raid fini finie happens"
)


def _compile_phrase(
    row: tuple[AbuseKind, str, str, str | None, bool, str],
) -> tuple[AbuseKind, str, frozenset[str], frozenset[str] | None, bool, re.Pattern[str]]:
    kind, cue, anchors, needs, soft, pattern = row
    words = ws(anchors) - _STOP
    assert words, cue
    return (kind, cue, words, ws(needs) if needs else None, soft, re.compile(pattern))


PHRASES = tuple(_compile_phrase(row) for row in _RAW)

# Threat markers that keep a threat a threat whatever the game (real world, hard violence).
REAL_WORLD = ws(
    """
    irl real life vraie vie chez maison house home address adresse family famille sleep sommeil dehors
    outside school ecole work taf boulot parking knife couteau gun flingue arme mere mom mum daronne kids lan meetup
    gosses enfants hospital hopital car voiture street rue sortie city ville quartier
    """
)
HARD_ALWAYS = re.compile(
    rf"{B}(?:rape|raped|violer|viole|egorger|egorge|slit|behead|stab|stabbed|poignarder|poignarde|in {YOUR} sleep|"
    rf"irl|in real life|en vrai de vrai|dans la vraie vie|chez toi|{YOUR} house|{YOUR} family|ta famille|ta mere|"
    rf"{YOUR} mom|for real|pas une blague|c est pas une blague|not a joke|not joking|je rigole pas|i am not joking|"
    rf"i am serious|je suis serieux|next time i see {YOU}|when i see {YOU}|when i find {YOU}|quand je te vois|"
    rf"quand je te trouve|la prochaine fois que je te vois|la prochaine fois que je te croise){E}"
)

# --------------------------------------------------------------------------------------------------------
# Hate: a group with a generalising or dehumanising predicate, or a demand against it.
# --------------------------------------------------------------------------------------------------------

_GROUP_ALT = alt("|".join(lex.GROUPS))
_PRED_ALT = alt("|".join(lex.HATE_PRED | lex.STRONG_INSULT | (lex.WEAK_INSULT - ws("sale sales"))))
COP = alt(
    "are|r|re|is|were|sont|c est|ce sont|etaient|sont toutes|sont tous|c est tous|c est toutes|will always be|"
    "will never be|ont toujours ete|are all|are just|are literally|are nothing but|are basically|are only|be|become|"
    "deviennent|sont que|sont juste|ne sont que|n sont que|sont rien que|sont que des|sont toutes des|sont tous des|"
    "c est que des|c tous des|c que des|tous des|toutes des|sont des|c est des|c est du|c est de la|=|aren t|are not|"
    "are no|n est|n sont|ne sont|sont pas|ne sont pas|is not|isn t|is just|est|est une|est un|etait|seront|"
    "will be|would be|are naturally|are genetically|sont naturellement|sont genetiquement|sont moins|sont plus|are less|are more|"
    "all are|are always|sont toujours|make|font|sont vraiment|are really|are such|are so|sont si|sont trop"
)
HARM_MODAL = alt(
    "should|must|need to|needs to|have to|deserve to|devraient|doivent|meritent|faudrait|faut|il faut|on devrait|"
    "il faudrait|ca doit|ca devrait|doit|devrait|should all|should just|devraient tous|faudrait tous|faut tous|"
    "should be|should get|need to be|needs to be|must be|doivent etre|devraient etre|faudrait les|faut les|"
    "il faut les|on devrait les|on doit les|ought to|ought to be|shall be|better be"
)
HARM_OBJ = alt(
    "deported|deport|deporter|deportes|expulses|expulser|renvoyes|renvoyer|rapatrier|rentrer chez eux|"
    "go back|sent back|killed|kill|gassed|gas|gazer|gazes|exterminated|exterminer|extermines|eliminated|eliminer|"
    "elimines|sterilized|sterilised|steriliser|sterilises|euthanized|euthanised|euthanasier|euthanasies|put down|"
    "locked up|locked away|enfermes|enfermer|banned|bannis|bannir|interdits|burn|bruler|brules|hang|hanged|pendre|"
    "pendus|shot|abattus|abattre|die|mourir|crever|disparaitre|disappear|rester a sa place|rester a leur place|"
    "a sa place|a leur place|stay in the kitchen|in the kitchen|a la cuisine|dans la cuisine|virer|vires|degager|"
    "degages|treated like|be treated like|traitees comme|traites comme|ficher|fiches|aborted|avortes|rot|removed|"
    "wiped out|purged|purge|cleansed|segregated|separes|isoles|isoler|soigner de force|soignes de force|"
    "etre soignes de force|castrated|castres|punished|punis|beaten|battus|whipped|fouettes|silenced|"
    "shut up|se taire|fermer leur gueule|property|propriete|slaves|esclaves|lose their benefits|perdre leurs aides|lose the vote|lose their vote|perdre le droit de vote|banned from voting"
)
NEG_CLAIM = alt(
    "ont rien a faire|n ont rien a faire|ont pas leur place|n ont pas leur place|ont rien a foutre|"
    "n ont rien a foutre|do not belong|dont belong|never belong|should not exist|shouldnt exist|should not be allowed|"
    "shouldnt be allowed|should never be allowed|should not have rights|shouldnt have rights|do not deserve|"
    "dont deserve|should not get|shouldnt get|should not be around|shouldnt be around|should not vote|"
    "shouldnt vote|ne devraient pas exister|devraient pas exister|devraient pas avoir|ne devraient pas avoir|"
    "n ont pas le droit|ont pas le droit|ne meritent pas|meritent pas|savent pas jouer|ne savent pas jouer|"
    "savent pas conduire|can not play|cannot play|cant play|can not drive|cant drive|cannot drive|can not think|"
    "cant think|are not human|aren t human|arent human|are not even human|arent even human|are not people|"
    "ne sont pas humains|sont pas humains|sont pas des humains|ne sont pas des humains|ne sont pas des gens normaux|"
    "are not normal|arent normal|sont pas normaux|ne sont pas normaux|sont pas normales|ne sont pas normales|"
    "deserve it|deserved it|l ont bien cherche|l ont cherche|l ont merite|did it to themselves|brought it on themselves|"
    "are behind everything|are behind it all|are behind all of this|behind everything|sont derriere tout|derriere tout ca|"
    "run everything|own everything|run the world|dirigent le monde|controlent le monde|control the world|"
    "sert a rien|servent a rien|ca sert a rien|servent strictement a rien|are useless|are good for nothing|"
    "only good for|juste bonnes a|juste bons a|bonnes qu a|bons qu a|are only good for|belong in the kitchen|"
    "tiennent tout|tiennent les medias|tiennent les banques|possedent tout|font baisser le niveau|baissent le niveau|"
    "bring down the level|bring the level down|lower the standard|gachent tout|gachent|ruin the|cheat|cheat more|"
    "trichent|trichent tous|mentent|lie|are liars|meritent leur diabete|meritent leur maladie|meritent leur cancer|"
    "deserve their diabetes|deserve their illness|deserve their cancer|deserve to be sick|meritent d etre malades|"
    "devraient meme pas|ne devraient meme pas|devraient pas|ne devraient pas|should not even|shouldnt even|"
    "will take over|will have taken over|ll have taken over|have taken over|are all the same|sont tous les memes|"
    "sont toutes les memes|vont nous remplacer|vont prendre le controle|are going to take over|"
    "commit all the crime|commit most of the crime|commit all crime|cause all the crime|commettent tous les crimes|"
    "are not real women|aren t real women|arent real women|are not real men|aren t real men|arent real men|"
    "will never be real women|will never be women|ne sont pas de vraies femmes|sont pas de vraies femmes|"
    "sont pas des vraies femmes|ne sont pas des vrais hommes|sont pas des vrais hommes|deserve every|deserve whatever|"
    "deserve what they get|meritent ce qui leur arrive|meritent tout ce qui leur arrive|qu ils restent chez eux|"
    "qu elles restent chez elles|qu ils degagent|qu ils crevent|qu elles crevent|qu ils disparaissent|"
    "qu ils retournent|et leur argent|and their money|et leur fric|and their banks|et leurs banques|"
    "are basically broken|are broken|sont defectueux|are defective|are damaged|sont anormaux|are abnormal|"
    "run every|run all the|own every|own all the|controlent chaque|dirigent tous|savent que foutre|"
    "savent que voler|savent que casser|savent que tricher|savent que niquer|savent faire que|all look the same|"
    "se ressemblent tous|can t be trusted|cannot be trusted|can not be trusted|are not to be trusted|"
    "sont pas fiables|ne sont pas fiables|l ont bien cherche|"
    "reste un homme|restent des hommes|is still a man|are still men|is a man in a dress|homme deguise|man in a dress|"
    "can t run|cannot run|can not run|savent pas gerer|want to steal|veulent voler|don t want to work|do not want to work|"
    "dont want to work|veulent pas travailler|refuse to work|sont tous pareils|sont toutes pareilles|are all alike|"
    "selection naturelle|natural selection|devrait meme pas|ca devrait meme pas|ca devrait pas|should be registered|"
    "kept away|tenus a l ecart|mis a l ecart|walking biohazards|biohazards|"
    "are asking for it|coutent une fortune|coutent trop|cost us|cost a fortune|nous coutent|nous pourrissent|pourrissent|"
    "controlent tout|control everything|control the|run the media|run the banks|controlent les|ruin everything|"
    "ruin every|ruinent tout|ruinent|detruisent|are ruining|are destroying|destroy|are replacing us|replace us|"
    "remplacent|nous remplacent|envahissent|are invading|invade|infest|infestent|breed like|se reproduisent comme|"
    "are taking over|volent|steal|are a danger|are dangerous|sont dangereux|sont dangereuses|are a threat|"
    "sont une menace|sont un danger|never integrate|s integrent jamais|ne s integrent jamais|will never integrate|"
    "shouldnt get any|should not get any|belong in|have no place|n ont aucune place|ont aucune place|"
    "are a plague|sont une plaie|sont la plaie|sont un fleau|are a burden|sont un fardeau|sont un poids|"
    "are a drain|sont une charge|should have been aborted|should ve been aborted|shoulda been aborted|"
    "should have been|auraient du etre|auraient du crever|sont une erreur|are a mistake|are mistakes|"
    "sont des erreurs|are genetically|sont genetiquement|c est genetique|it is genetic|its genetic|"
    # rounds 6-8: worthless, diseased, criminal by nature, to be kept out, a punishment deserved
    "servent a rien|sert a rien|servent a rien en|are useless|are worthless|are good for nothing|"
    "spread disease|spread diseases|spread aids|spread hiv|propagent des maladies|repandent des maladies|"
    "are all bots|are all cheaters|sont tous des tricheurs|foutent le bordel|foutent la merde|are all drunks|"
    "sont tous des alcoolos|sont faits pour voler|sont pas faits pour|ne sont pas faits pour|are not made for|"
    "aren t made for|are genetically criminal|weak genes|mauvais genes|bad genes|deserve it|le meritent|"
    "l ont merite|had it coming|c est leur faute|it is their fault|its their fault|their own fault|"
    "devraient payer|should pay double|devraient rester chez eux|should stay home|should stay at home|"
    "encombrent|clog up|are a disaster|sont une catastrophe|c est une catastrophe|doivent disparaitre|"
    "should die out|die out|refuses to let die|are a waste of|sont un gaspillage|are vermin|sont de la vermine|"
    "are parasites|sont des parasites|are leeches|sont des sangsues|are subhuman|sont des sous hommes|"
    "are animals|sont des animaux|are not human|ne sont pas humains|sont pas humains|"
    # rounds 9-10: unfit, living off others, by nature, obsessed with money, eating anything
    "unfit to|emotionally unfit|inaptes a|incapables de|incapable of|good for cheap labour|good for cheap labor|"
    "bons que pour|juste bons pour|eat anything|mangent n importe quoi|mangent tout ce qui bouge|eat dogs|"
    "vivent sur le dos|live off|live on the dole|on the dole|commit more crime|commettent plus de crimes|"
    "nicking|always nicking|obsessed with money|obsedes par l argent|ont toujours su se placer|su se placer|"
    "pour attirer les dons|aucune sait jouer|aucune ne sait jouer|aucun sait jouer|none of them can play|"
    "dans les medias|in the media|incompatible avec|incompatible with|ennemis de l interieur|enemies within|"
    "enemy within|should lose the vote|lose the vote|perdre le droit de vote|voting against|une charge pour la societe|a burden on society|a drain on society|un poids pour la societe|are the reason|sont la raison|are to blame|should lose their benefits|lose their benefits|perdre leurs aides"
)
GROUP_HEAD = (
    rf"(?:(?:les |the |all |most )?(?:people|persons|folks|gens|personnes|ceux|those|anyone|quiconque) (?:with|avec|who have|qui ont) (?:des |les |a |an |the )?\S+(?: \S+)?|"
    rf"(?:les |the )?(?:malades|patients|sick people) (?:du|de la|de l|d|des|atteints de|atteintes de|with|of) \S+|"
    rf"(?:anyone|anybody|people|those|everyone|les gens|ceux) (?:on|taking|sous) \S+|"
    rf"(?:all |every single |each and every |every |most |tous les |toutes les |chaque |les |des |the |those |these |ces |la plupart des |une |un |a |"
    rf"people with |gens avec des |gens avec |personnes avec |les gens avec des |les gens avec |les personnes |"
    rf"sales |fucking |)?{_GROUP_ALT}(?: people| folks| guys| persons| gens| personnes| men| individuals| mecs| "
    rf"types| kids| ones| women| men| femmes| hommes| players| joueurs| joueuses| gamers| users| members| membres| who \S+(?: \S+){{0,2}}| qui \S+(?: \S+){{0,2}})?)"
)
# "are treated like ...", « sont vus comme ... »: what others do to the group, not the author's claim.
_SEEN_AS = alt(
    "treated|seen|viewed|called|labeled|labelled|considered|regarded|portrayed|described|told|dismissed|"
    "treated as|thought of|perceived|traites|traitees|vus|vues|consideres|considerees|appeles|appelees|decrits|"
    "decrites|percus|percues|pris|prises|accuses|accusees"
)
_GENDER = ws("femmes filles girls women meufs nanas gonzesses females")
_GROUP_PLURAL_ALT = alt(
    "|".join(g for g in lex.GROUPS if g.endswith(("s", "x")) and " " not in g and g not in _GENDER)
)
# The predicate that ends a ``group_predicate`` match: a negated flaw ("are not lazy", « ne sont pas faibles »)
# defends the group (``abuse._defended``); a predicate that carries its own negation ("are not human") does not.
PRED_TAIL = re.compile(rf"(?:^| )({_PRED_ALT})$")
NEGATORS = frozenset(ws("not pas never jamais aren isn arent isnt nullement aucunement"))
HATE_RULES: tuple[tuple[str, bool, frozenset[str] | None, re.Pattern[str]], ...] = (
    (
        "group_predicate",
        True,
        None,
        re.compile(
            rf"{B}{GROUP_HEAD}(?: \S+){{0,5}} {COP}(?: (?!{_SEEN_AS}(?: |$))\S+){{0,3}} {_PRED_ALT}{E}"
        ),
    ),
    (
        "group_demand",
        True,
        None,
        re.compile(rf"{B}{GROUP_HEAD}(?: \S+){{0,3}} {HARM_MODAL}(?: \S+){{0,3}} {HARM_OBJ}{E}"),
    ),
    ("group_claim", True, None, re.compile(rf"{B}{GROUP_HEAD}(?: \S+){{0,4}} {NEG_CLAIM}{E}")),
    (
        "group_they",
        True,
        ws("they ils elles them eux les leur"),
        re.compile(
            rf"{B}(?:they|ils|elles|them|eux|ces gens|c|ca)(?: \S+){{0,1}} (?:{COP}(?: \S+){{0,3}} {_PRED_ALT}|{HARM_MODAL}(?: \S+){{0,3}} {HARM_OBJ}|{NEG_CLAIM}){E}|{B}(?:faut|faudrait|il faut|il faudrait|on devrait|on doit|should|must|need to) (?:les|them|all of them|tous les) {HARM_OBJ}{E}"
        ),
    ),
    (
        "group_out",
        True,
        None,
        re.compile(
            rf"{B}{GROUP_HEAD} (?:dehors|out|get out|go home|degagez|degage|rentrez chez vous|hors de france|"
            rf"hors d europe|out of (?:my|our|this) country|go back home|au four|au bucher|a la porte)$"
        ),
    ),
    (
        "better_without_group",
        True,
        None,
        re.compile(
            rf"{B}(?:world|country|society|server|internet|planet|monde|pays|societe|serveur|france|europe|terre)(?: \S+){{0,2}} "
            rf"(?:would be|will be|d be|is|serait|sera|irait|se porterait|ira)(?: \S+)? (?:better|mieux|a better place|un meilleur endroit)(?: off)? "
            rf"(?:with fewer|with less|with no|without|sans|avec moins de|avec moins d|sans les|sans aucun|sans aucune|si on virait les|if we got rid of)(?: \S+)? {_GROUP_ALT}"
        ),
    ),
    (
        "group_like_beasts",
        True,
        None,
        re.compile(
            rf"{B}{GROUP_HEAD}(?: \S+){{0,10}} (?:comme des|like|like a bunch of|comme une bande de) (?:animaux|animals|rats|betes|"
            rf"sauvages|savages|chiens|dogs|porcs|pigs|cafards|cockroaches|roaches|singes|monkeys|apes|vermine|vermin|"
            rf"parasites|insectes|insects|barbares|barbarians){E}"
        ),
    ),
    (
        "harm_the_group",
        True,
        None,
        re.compile(
            rf"{B}(?:on devrait|il faut|faut|faudrait|il faudrait|on doit|we should|we need to|we must|let s|lets|"
            rf"should|must|time to|they should|someone should|quelqu un devrait)(?: \S+)? (?:steriliser|sterilize|sterilise|"
            rf"deporter|deport|expulser|enfermer|lock up|gazer|gas|tuer|kill|eliminer|eliminate|interdire|ban|bannir|virer|"
            rf"euthanasier|euthanize|euthanise|exterminer|exterminate|get rid of|se debarrasser des|bruler|burn|pendre|hang|"
            rf"castrer|castrate|isoler|segregate|ficher|rafler|chasser) (?:les |all |the |tous les |toutes les |all the |these |those |ces )?{_GROUP_ALT}{E}"
        ),
    ),
    (
        "group_sick",
        True,
        None,
        re.compile(
            rf"{B}(?:les |the |all |tous les )?(?:homos|gays|gay people|pedes|lesbiennes|trans|trans people|gouines|bisexuels|"
            rf"homosexuels|homosexuals|queers|juifs|jews|musulmans|muslims|arabes|arabs|noirs|blacks|black people|femmes|women|"
            rf"meufs|immigres|immigrants|migrants|etrangers|foreigners|asiatiques|asians|roms|gitans) "
            rf"(?:sont|c est|are|r|is)(?:(?: tous| toutes| all| just| juste| que| des| tous des| toutes des| que des)+ "
            rf"(?:malades|sick|fous|crazy)|(?: tous| toutes| all| just| juste| que| des)* (?:tares|detraques|degeneres|"
            rf"degenerate|pervers|perverts|deviants|sick in the head|malades mentaux|mentally ill|contre nature|unnatural)){E}"
        ),
    ),
    (
        "group_beasts",
        True,
        None,
        re.compile(
            rf"{B}{_GROUP_PLURAL_ALT} (?:=|are|sont|r)? ?(?:animals|animaux|rats|vermin|vermine|parasites|cafards|cockroaches|roaches|"
            rf"singes|monkeys|apes|pigs|porcs|chiens|dogs|savages|sauvages|insects|insectes|sous hommes|subhuman|subhumans){E}"
        ),
    ),
    (
        "death_to_group",
        True,
        None,
        re.compile(
            rf"{B}(?:death to|kill all|kill all the|kill the|gas the|gas all|gas all the|hang all|hang the|burn all|"
            rf"burn the|exterminate|exterminate all|deport all|deport the|ban all|i hate all|i hate|i fucking hate|"
            rf"fuck all|fuck all the|fuck the|get rid of all|get rid of the|mort aux|a mort les|a mort|mort a|"
            rf"il faut tuer les|faut tuer les|faut buter les|faut gazer les|faut virer les|faut expulser les|"
            rf"faut deporter les|dehors les|je hais les|je deteste les|j deteste les|je peux pas blairer les|"
            rf"je supporte pas les|j supporte pas les|je supporte plus les|nique les|niquez les|sale race de|"
            rf"ces sales|ces putains de|these fucking|those fucking|bande de sales|toutes les memes|tous les memes|all the same)(?: all| the| les| tous les| toutes les| those| these)? {_GROUP_ALT}{E}"
            rf"|{B}(?:no more|plus de|stop the|encore un|encore une|encore des|another|yet another|too many|trop de|"
            rf"y a trop de|il y a trop de|ya que des|y a que des|que des|only|full of|plein de|rempli de) {_GROUP_ALT}"
            rf"{gap(4)} (?:{_PRED_ALT}|dehors|out|qui vient pleurer|whining|again|partout|everywhere){E}"
        ),
    ),
    (
        "these_people",
        False,
        ws(
            "gens genre personnes people kind espece race mecs meufs types filles gars nanas guys girls folks freaks like comme"
        ),
        re.compile(
            rf"{B}(?:ces gens la|ces gens|ce genre de personnes|(?:les |des )?(?:gens|mecs|meufs|types|filles|personnes|gars|nanas|femmes|hommes) comme (?:vous|toi|eux|lui|elle|ca)|(?:people|guys|girls|men|women|folks|freaks) like (?:you|them|that)|"
            rf"{YOUR} kind|ton espece|votre espece|ta race|votre race|ces personnes|your people|ton peuple)(?: \S+){{0,2}} "
            rf"(?:{COP}|{HARM_MODAL}|{NEG_CLAIM})(?: \S+){{0,4}} (?:{_PRED_ALT}|{HARM_OBJ}|fardeau|fardeaux|burden|burdens|poids|drain|"
            rf"sangsues|boulets){E}"
        ),
    ),
    (
        "group_ideology",
        False,
        ws(
            "homosexualite homosexuality gay trans transgenderism islam judaisme judaism transidentite transgenrisme "
            "disabled handicap autism autisme fibromyalgie fibromyalgia"
        ),
        re.compile(
            rf"{B}(?:l homosexualite|homosexuality|being gay|being trans|transgenderism|l islam|islam|le judaisme|"
            rf"judaism|la transidentite|le transgenrisme|etre gay|etre trans|etre homo)(?: \S+){{0,2}} "
            rf"(?:is|c est|est|c|=|are)(?: \S+){{0,3}} (?:a |an |une |un )?(?:maladie mentale|mental illness|"
            rf"mental disorder|disease|maladie|sickness|perversion|abomination|cancer|peste|virus|sin|peche|"
            rf"degenerate|degeneree|unnatural|contre nature|deviance|disgusting|degueulasse|a choice|un choix|"
            rf"mode|trend|phase|fake|bidon){E}|{B}(?:la fibromyalgie|fibromyalgia|le lupus|la depression|depression|"
            rf"chronic fatigue|la fatigue chronique|le burn out|burnout|l autisme|autism|le handicap|disability|les maladies "
            rf"invisibles|invisible illness|invisible illnesses|long covid|le covid long)(?: \S+){{0,2}} (?:is|c est|est|c|=|are|n existe|does not exist|doesnt exist)"
            rf"(?: \S+){{0,3}} (?:fake|bidon|invention|invente|inventee|flemme|laziness|paresse|excuse|excuses|"
            rf"mensonge|lie|lies|made up|not real|pas reel|pas reelle|pas une vraie maladie|not a real (?:illness|disease)|"
            rf"pas|not|une arnaque|a scam|scam|arnaque|pour les faibles|for the weak|for attention|pour l attention|"
            rf"dans la tete|in your head|in their head|in their heads){E}"
        ),
    ),
)

# Red-team round 4 (issue 11): generalisations with a universal quantifier, "never built anything",
# distrust of a whole group, denying it rights or children, banning it.
HATE_RULES += (
    (
        "group_every_one",
        True,
        ws("every exception exceptions sans without toutes tous last"),
        re.compile(
            rf"{B}{GROUP_HEAD}(?: \S+){{1,14}} (?:every single one of them|every last one of them|every single one|"
            rf"each and every one of them|toutes sans exception|tous sans exception|sans exception|without exception|"
            rf"no exceptions?)(?: \S+){{0,3}}$"
        ),
    ),
    (
        "people_like_you_claim",
        False,
        ws("comme like"),
        re.compile(
            rf"{B}(?:les |des )?(?:gens|personnes|mecs|meufs|types|filles|people|guys|girls|freaks|folks) "
            rf"(?:comme|like) (?:toi|vous|you|u|eux|them|ca|that)(?: \S+){{0,2}} {NEG_CLAIM}{E}"
        ),
    ),
    (
        "group_blamed",
        True,
        ws("covid corona coronavirus invasion invaders envahisseurs invasions"),
        re.compile(
            rf"{B}{GROUP_HEAD}(?: \S+){{0,14}} (?:(?:covid|corona|coronavirus)(?: \S+){{0,3}} (?:thanks|merci|les gars|guys)|"
            rf"(?:merci|thanks) (?:pour|for) (?:le |the )?(?:covid|corona|coronavirus)|an invasion|une invasion|invaders|"
            rf"envahisseurs|invasion){E}"
        ),
    ),
    (
        "not_racist_but",
        False,
        ws("racist raciste sexist sexiste homophobic homophobe transphobic transphobe"),
        re.compile(
            rf"{B}(?:i m not|i am not|im not|je suis pas|je ne suis pas|j suis pas|chui pas|je suis pas du tout) "
            rf"(?:racist|raciste|sexist|sexiste|homophobic|homophobe|transphobic|transphobe)(?: \S+){{0,40}} (?:but|mais)"
            rf"(?: \S+){{0,30}} (?:those people|these people|ces gens|ces gens la|they|ils|elles|them|eux|{_GROUP_ALT})(?: \S+){{0,3}} "
            rf"(?:just |juste |simply |tout simplement )?(?:do not|don t|dont|n ont pas|ont pas|ne sont pas|sont pas|are not|aren t|can t|can not|cannot|never|jamais|peuvent pas)"
        ),
    ),
    (
        "group_never_built",
        True,
        ws("jamais never"),
        re.compile(
            rf"{B}{GROUP_HEAD}(?: \S+){{0,2}} (?:ont jamais rien|n ont jamais rien|have never|never|have not ever) "
            rf"(?:\S+ )?(?:invente|inventé|construit|cree|built|invented|created|achieved|contributed|produit|apporte)"
        ),
    ),
    (
        "never_trust_group",
        True,
        ws("trust confiance"),
        re.compile(
            rf"{B}(?:never trust|can never trust|can t trust|cannot trust|can not trust|jamais faire confiance a|"
            rf"jamais faire confiance aux|pas faire confiance aux|peut jamais faire confiance a|peut pas faire confiance a) "
            rf"(?:a |an |un |une |the |les |aux |a un |a une )?{_GROUP_ALT}"
        ),
    ),
    (
        "deny_the_group",
        True,
        ws("interdire interdit ban banned forbid empecher maintenir alive vie stop"),
        re.compile(
            rf"{B}(?:faudrait|faut|il faut|il faudrait|on devrait|should|we should|must) (?:leur|them|les) "
            rf"(?:interdire|ban|empecher|forbid|prevent|stop)(?: \S+){{0,3}} (?:d avoir des enfants|having kids|"
            rf"having children|de se reproduire|from breeding|reproducing|breeding|de voter|from voting|voting)"
            rf"|{B}(?:devrait etre interdit|doit etre interdit|should be banned|interdit) (?:aux|pour les|for) {_GROUP_ALT}"
            rf"|{B}(?:arreter de les maintenir en vie|stop keeping them alive|les maintenir en vie a tout prix)"
        ),
    ),
)

# Every word that can start a fixed phrase's check: the gate's share of the rules.
ANCHORS: frozenset[str] = frozenset().union(*(p[2] for p in PHRASES)) | ws(
    "homosexualite homosexuality islam judaisme judaism transgenderism transidentite transgenrisme autism "
    "autisme fibromyalgie fibromyalgia lupus handicap burnout gens genre espece race kind people personnes "
    "ching chong"
)

# --- round 19 (issue 11, abuse helper): hate as a generalising predicate -----------------------------------
# Segregation asked for a group (its own server, home, masks), nature or genes blamed, a capability denied
# "as a known thing", a condition "milked", a dehumanising demand, dog-whistle numbers that have no other
# reading, a trope of money or civilisation.
_GENERALISED = (
    r"(?:too dramatic|too emotional|trop emotives|trop emotifs|trop dramatiques|known thing|it s a known thing|"
    r"it is a known thing|everyone knows|everybody knows|tout le monde le sait|tout le monde sait|c est connu|"
    r"simple as|fact|facts|period|point barre|point final|c est comme ca|that s just how it is|always|toujours|"
    r"never|jamais|all of them|tous|toutes)"
)
HATE_RULES += (
    (
        "group_segregated",
        True,
        None,
        re.compile(
            rf"{B}{GROUP_HEAD}(?: \S+){{0,4}} (?:should|must|need to|ought to|devraient|doivent|faudrait qu ils|faut qu ils) "
            rf"(?:(?:all |just |tous |toutes |juste |only |seulement )?(?:have their own|avoir leur propre|avoir leurs propres|stay home|stay at home|"
            rf"stay inside|stay indoors|stay away|stay in their|rester chez eux|rester chez elles|rester entre eux|rester entre elles|rester a la maison|"
            rf"wear masks|wear a mask|wear bags|porter un masque|porter des masques|se cacher|hide|be hidden|be kept away|be kept out|"
            rf"etre tenus a l ecart|etre cache|etre caches|pas etre filmes|not be filmed|not be seen|not be allowed|pas avoir le droit|"
            rf"pas avoir acces|not have access|stop breeding|arreter de se reproduire|pas faire d enfants|pas avoir d enfants|not have kids|"
            rf"not have children|be kept under lock|etre enfermes|be banned from|etre interdits))"
        ),
    ),
    (
        "group_by_nature",
        True,
        ws(
            "genetic genetique genetically genetiquement blood sang genes culturel cultural culture nature dna adn"
        ),
        re.compile(
            rf"{B}{GROUP_HEAD}(?: \S+){{0,12}} (?:c est genetique|it s genetic|it is genetic|genetically|genetiquement|in their blood|dans le sang|"
            rf"dans leur sang|dans leurs genes|in their genes|in their dna|dans leur adn|c est culturel|it s cultural|it is cultural|"
            rf"c est leur culture|it s their culture|c est leur nature|it s their nature|it is their nature|by nature|par nature|"
            rf"c est dans leur nature|de nature){E}"
        ),
    ),
    (
        "group_cannot",
        True,
        None,
        re.compile(
            rf"{B}{GROUP_HEAD}(?: \S+){{0,2}} (?:can not|cannot|can t|could never|will never|are incapable of|sont incapables de|savent pas|"
            rf"ne savent pas|peuvent pas|ne peuvent pas|ont pas la logique|n ont pas la logique|have no logic)(?: \S+){{0,6}} {_GENERALISED}{E}"
        ),
    ),
    (
        "group_milks_condition",
        True,
        ws(
            "milk milking milks exploit exploiting plaigne plaignent sympathy pity pitie caprice cinema attention"
        ),
        re.compile(
            rf"{B}{GROUP_HEAD}(?: \S+){{0,8}} (?:milk|milking|milks|exploit|exploiting|abuse|abusing) (?:their|leur|leurs) (?:disability|disabilities|illness|illnesses|diagnosis|condition|handicap|maladie|diagnostic|wheelchair|fauteuil)"
            rf"|{B}{GROUP_HEAD}(?: \S+){{0,8}} (?:pour qu on les plaigne|pour qu on les prenne en pitie|for sympathy|for pity|pour la pitie|pour attirer l attention|for attention)(?: \S+){{0,4}} (?:c est du caprice|c est du cinema|c est de la comedie|attention seekers|it s all an act|it s an act){E}"
        ),
    ),
    (
        "dehumanised_out",
        False,
        ws("vegetables veggies legumes cripples gimps spastics spazzes assistes trisos mongols gogols"),
        re.compile(
            rf"{B}(?:get|kick|throw|ban|sortez|virez|degagez) (?:these|those|the|all the|all these|ces|les|tous ces) (?:vegetables|veggies|cripples|gimps|spastics|spazzes|retards|mongols|legumes|assistes|mongoliens|trisos) (?:out|off|away|dehors|de la|hors){E}"
            rf"|{B}(?:les|ces|sales) (?:assistes|legumes|trisos|mongols|gogols|cripples) (?:hors|dehors|out|degagez|degage|get out)"
            rf"|{B}(?:the|these|those) (?:cripples|gimps|spastics|spazzes|vegetables) (?:in here|here|on here|on this server|get|are|ruin|always|should){E}"
        ),
    ),
    (
        "dog_whistle_number",
        False,
        ws("1488 heil sieg wpww racist raciste noticing"),
        re.compile(
            rf"{B}(?:1488|14 88|88 14|sieg heil|heil hitler|white power|wpww){E}"
            rf"|{B}(?:13 50|13 52|13 percent|13 %)(?: \S+){{0,8}} (?:racist to notice|raciste de le remarquer|noticing|do the math|fais le calcul|just facts|just stats|keep telling me){E}"
        ),
    ),
    (
        "trope_money_civilisation",
        False,
        ws(
            "juifs jews feujs civilisation civilization valeur value punition chatiment punishment selection "
            "faibles weaklings cuisine kitchen"
        ),
        re.compile(
            rf"{B}(?:juifs|jews|jewish people|les juifs|the jews|feujs)(?: \S+){{0,5}} (?:partout ou (?:il )?y a de l argent|la ou y a de l argent|control the (?:banks|media|money|world)|controlent (?:les banques|les medias|le monde|l argent|tout)|own the (?:banks|media)|run the (?:banks|media|world)){E}"
            rf"|{B}(?:ils|they|ces gens la|ces gens|those people|these people)(?: \S+){{0,2}} (?:sont|are)(?: \S+)? (?:pas compatibles|incompatibles|not compatible|incompatible) (?:avec|with) (?:la civilisation|civilisation|civilization|nos valeurs|our values|western values|la republique|la france|l europe|europe){E}"
            rf"|{B}(?:ces gens la|ces gens|those people|these people|ils|they)(?: \S+){{0,3}} (?:n ont pas la meme valeur de la vie|ont pas la meme valeur de la vie|do not value human life|don t value human life|dont value human life|do not value life){E}"
            rf"|{B}(?:punition divine|punition de dieu|chatiment divin|divine punishment|god s punishment|gods punishment) (?:pour|for|of|on) {GROUP_HEAD}"
            rf"|{B}(?:selection naturelle|natural selection)(?: \S+){{0,6}} (?:les faibles|the weak|weaklings|weak people)(?: \S+){{0,2}} (?:doivent|should|must|devraient|need to) (?:disparaitre|die|die out|disappear|crever|mourir|etre elimines|be eliminated){E}"
            rf"|{B}(?:retournez|retourne|go back|get back|back) (?:en|a la|a ta|dans la|dans ta|to the|to your|in the|into the) (?:cuisine|kitchen){E}"
        ),
    ),
    (
        "slur_trav",
        False,
        ws("trav travs"),
        re.compile(rf"{B}(?:sale|sales|encore un|encore une|ces|les|un gros|une grosse) travs?{E}"),
    ),
)

# --- round 19, second pass (issue 11, abuse helper) ----------------------------------------------------------
_DULL_THING = (
    "grille pain|toaster|potato|patate|huitre|oyster|moule|poisson rouge|goldfish|brick|brique|rock|caillou|"
    "chaise|chair|plante verte|houseplant|legume|vegetable|wet sock|chaussette mouillee|sock|loaf|pigeon|bulot|"
    "mouche|parpaing|cinder block|door knob|doorknob|poignee de porte|cuillere|spoon|banane|banana"
)
_RAW2: list[tuple[AbuseKind, str, str, str | None, bool, str]] = [
    # The reader "the ugliest/dumbest" of something; « t'as le QI d'un grille-pain »; roast idioms.
    (
        _I,
        "insult_superlative_idiom",
        "ugliest dumbest stupidest laziest fattest moche debile inutile pathetique useless pathetic qi iq "
        "intelligence charisme charisma personality personnalite reflexes shampoo peaked participation marde",
        None,
        False,
        rf"{B}(?:@user|{YOU_ARE}|t es|tu es|toi t es|vous etes)(?: \S+){{0,2}} (?:the|le|la) (?:ugliest|dumbest|stupidest|most useless|most pathetic|laziest|fattest|plus moche|plus debile|plus inutile|plus pathetique){E}"
        rf"|{B}(?:t as|tu as|you have|you ve got|you got|ya got|vous avez|t a) (?:le|la|les|the|l) (?:skill|skills|niveau|qi|iq|intelligence|charisme|charisma|personality|personnalite|reflexes|reflexe|cerveau|brain|memory|memoire|aim|vision|conversation) (?:d un|d une|of a|of an|de) (?:\S+ )?(?:{_DULL_THING}){E}"
        rf"|{B}(?:you re|you are|youre|your|t es|tu es) (?:the reason|la raison pour laquelle|la raison pour que)(?: \S+){{0,3}} (?:shampoo|bottles|labels|flacons|shampoing)(?: \S+){{0,3}} (?:instructions|mode d emploi|notice){E}"
        rf"|{B}(?:{YOU}|t|tu)(?: \S+){{0,2}} (?:peaked|as atteint ton pic|a atteint ton sommet) (?:in|at|en|au) (?:high school|middle school|year \d+|\d+(?:st|nd|rd|th) grade|primary school|sixieme|cinquieme|cm2|college|maternelle){E}"
        rf"|{B}(?:everything about {YOU}|tout chez toi) (?:screams|crie) (?:participation trophy|loser|failure|echec|rate){E}"
        rf"|{B}(?:mange|mangez|manges|va manger|allez manger|go eat) (?:d la |de la |d |de |la |some )?(?:marde|merde|shit|dirt|terre){E}",
    ),
    # The reader's ward or floor asked and answered with a smile; a secret "about to" reach a partner.
    (
        _T,
        "whereabouts_answered",
        "etage floor chambre ward tarder knows",
        None,
        False,
        rf"{B}(?:t es|tu es|you re|you are|vous etes|t etais|you were) (?:a|au|in|on|dans|sur) (?:quel|quelle|qu elle|which|what) (?:etage|floor|room|chambre|ward|service|box|aile|wing|batiment|building)(?: \S+){{0,6}} (?:ah oui|oh yeah|oh right|ah right|c est ca|ah oui c est vrai|right|le \d+\S*|the \d+\S*|\d+\S*){E}"
        rf"|{B}(?:sait|savent|knows|know) (?:pour|about|sur) (?:ta|ton|tes|{YOUR}) (?:{_ILL}|{_PRIVATE2})(?: \S+){{0,6}} (?:ca va pas tarder|ca ne va pas tarder|not for long|won t be long|will not be long|pas pour longtemps|ca va venir|bientot|soon enough|he will soon|she will soon){E}",
    ),
]
PHRASES = PHRASES + tuple(_compile_phrase(row) for row in _RAW2)
ANCHORS = ANCHORS | frozenset().union(*(ws(row[2]) - _STOP for row in _RAW2))

HATE_RULES += (
    (
        "your_kind_blamed",
        False,
        ws("kind espece sorte"),
        re.compile(
            rf"{B}(?:your kind|ton espece|vous autres|les gens de ton espece|les gens de ta sorte|your lot|you people)(?: \S+){{0,2}} (?:is|are|c est|sont|est|s) (?:why|the reason|la raison|ce qui|what)(?: \S+){{0,5}} (?:sick|malade|wrong|dying|rotting|pourrit|va mal|problem|probleme|decline|declin|broken|fucked|foutu|foutue){E}"
        ),
    ),
)

# --- rounds 20-21 (issue 11, abuse helper 3): families of construction in the new authors' words -------------
# Exposure held over the reader as a condition ("delete it or your family gets them"), threats framed as jokes,
# predictions or "accidents", harm on meeting, coded "kill yourself" in new images, sanist and sarcastic
# insults with no insult word. New rows only: the rows above are unchanged.
_HARM_BODY = (
    "fingers|doigts|legs|jambes|arms|bras|knees|kneecaps|genoux|jaw|machoire|nose|nez|face|gueule|tronche|teeth|"
    "dents|neck|cou|ribs|cotes|skull|crane|hands|mains|wrists|poignets|head|tete"
)
_HARM_AFTER = (
    rf"(?:hospital|hopital|crutches|bequilles|fauteuil|wheelchair|coma|ground|grave|tombe|coffre|trunk|ditch|"
    rf"(?:je t|j te|jt|je vous|j vous|je te|i ll|i will|i m|im|gonna|going to)(?: \S+){{0,2}} (?:eclate|eclaterai|demonte|demonterai|defonce|"
    rf"defoncerai|casse|casserai|bute|buterai|tue|tuerai|percute|percuterai|ecrase|ecraserai|fracasse|cogne|frappe|"
    rf"smash|break|breaking|snap|beat|beating|hurt|kill|stab|punch|knock|slap|drop|end)"
    rf"|(?:my|mon) (?:fist|poing|boot|pied|knife|couteau|bat|batte)"
    rf"|(?:break|breaking|smash|smashing|snap|snapping|casser|peter|briser) (?:{YOUR}|tes|ta|ton|les|la|le) (?:{_HARM_BODY})"
    rf"|need (?:those|your|ur|the) (?:crutches|wheelchair|chair)|besoin de (?:ton|ta|tes) (?:fauteuil|bequilles|canne)"
    rf"|(?:ca|ça) va mal se passer|you ll regret|tu vas le regretter|tu vas regretter|pour de vrai|for real|en vrai)"
)
_MEET = (
    r"(?:if i (?:ever )?(?:see|meet|catch|find|run into|spot)|when i (?:see|meet|catch|find)|the day i (?:see|meet|catch)|"
    r"(?:better )?hope (?:we|i) never (?:meet|see each other|cross paths)|"
    r"si (?:un jour )?(?:je te|j te|jte) (?:croise|vois|chope|trouve|retrouve|recroise|capte)|"
    r"le jour ou (?:je te|j te|jte) (?:croise|vois|chope|trouve|recroise)|quand (?:je te|j te|jte) (?:croise|vois|chope|trouve)|"
    r"si (?:un jour )?on se (?:croise|voit|rencontre|capte)|"
    r"(?:say|said|do|try|pull|post|type) (?:that|it|this)(?: \S+){0,2} (?:again|one more time|once more)|one more (?:word|time)|"
    r"(?:dis|redis|repete|refais|tu me refais|tu refais|fais) (?:ca|moi ca|encore ca)|un mot de plus|si tu (?:reviens|recommences|refais))"
)
_RAW3: list[tuple[AbuseKind, str, str, str | None, bool, str]] = [
    # Exposure held over the reader: "delete it or your family gets them", « continue et ton patron le reçoit ».
    (
        _E,
        "exposure_condition",
        "gets receives recoit recoivent recevra recevront recevoir sees verra verront knows saura sauront "
        "know apprendra apprendront adorerait aimerait find hate goes finit finira partent atterrit ends",
        "family famille boss patron patronne employer employeur parents mum mom mother dad father mere pere school "
        "ecole lycee fac uni landlord proprio bailleur wife husband femme mari year classe colleagues collegues hr rh "
        "everyone general serveur server work taf boulot",
        False,
        rf"^(?=.*{B}(?:or|ou|unless|sinon|if|si|keep|continue|continues|one more|un mot|drop|delete|retire|pay|vire|paypal|tu vas voir|la honte|again|encore){E})"
        rf".*{B}(?:(?:or|ou|unless|sinon|and|et|else) (?:\S+ ){{0,3}})?(?:{YOUR}|ton|ta|tes|toute ta|tout ton|tous tes|vos|votre)(?: \S+){{0,2}} (?:{_AUDIENCE2}|year|classe|landlord|proprio)(?: \S+){{0,3}} "
        rf"(?:(?:gets|get|will get|receives|will receive|recoit|recevra|recevront|va recevoir|vont recevoir|sees|will see|verra|verront|va voir) (?:them|it|les|le|everything|tout|the whole|toute la|tout le|all|every|each|the lot|the pics|the screens|the screenshots|the chatlog|la conv|les captures|les photos|les screens)"
        rf"|(?:les recoit|le recoit|les recevra|le recevra|finds out|will find out|saura|sauront|le saura|will know)){E}"
        rf"|{B}(?:does|do|did) {YOUR} (?:\S+ )?(?:{_AUDIENCE2}|landlord|proprio|year)(?: \S+){{0,2}} know (?:about|that)(?: \S+){{1,6}} (?:he|she|they|it) (?:will|ll|is about to|are about to|soon){E}"
        rf"|{B}(?:ton|ta|tes|votre|vos) (?:{_AUDIENCE2}|proprio)(?: \S+){{0,2}} (?:sait|savent|connait|connaissent) (?:pour|que)(?: \S+){{1,6}} (?:il|elle|ils|elles) (?:le |l )?(?:saura|sauront|va savoir|vont savoir|apprendra|apprendront){E}"
        rf"|{B}(?:would hate|i d hate|it would be a shame|would be a shame|ce serait dommage|ca serait dommage|dommage) (?:for|if|que|si|qu)(?: \S+){{0,4}} (?:{YOUR}|ton|ta|tes)(?: \S+){{0,3}} (?:to find out|found out|finds out|to know|knew|to learn|to see|apprenne|apprennent|sache|sachent|voie|voient|decouvre|decouvrent){E}"
        rf"|{B}(?:or|ou|unless|sinon|else) (?:{YOUR}|ton|ta|tes)(?: \S+){{0,3}} (?:goes|go|will go|gets posted|get posted|ends up|end up|finit|finira|part|partent|va partir|vont partir|va finir|atterrit) (?:in|on|up|dans|sur|en|public|publique|partout|everywhere){E}"
        rf"|{B}(?:bet|i bet|je parie que|je parie) {YOUR}(?: \S+)? (?:{_AUDIENCE2}|landlord|proprio) would (?:love|like|be interested|be very interested|enjoy) to (?:know|hear|see|learn|read){E}"
        rf"|{B}(?:ton|ta|tes) (?:{_AUDIENCE2}|proprio|bailleur)(?: \S+){{0,2}} (?:adorerait|aimerait|serait ravi|serait ravie|serait interesse|serait interessee) (?:de |d )?(?:savoir|apprendre|voir|lire|decouvrir){E}",
    ),
    # Posting what the author holds over the reader: "one more word and I post them here", a number handed round.
    (
        _E,
        "exposure_posting",
        "post poste poster publie publier publierai posterai posting leak leaker filer balance balancer "
        "partent nudes photos pics pictures screens captures",
        None,
        False,
        rf"{B}(?:{INTENT_EN}|{INTENT_FR}|i|je|j|and|et|posting|je poste|je publie|je balance)(?: \S+){{0,2}} (?:post|posting|publish|leak|leaking|share|sharing|poste|poster|posterai|publie|publier|publierai|balance|balancer|diffuse|diffuser|filer|file|envoyer) "
        rf"(?:(?:them|it|tout|everything|les|le|ca)(?: all| tout| toutes| tous)? (?:here|ici|sur le serveur|on the server|in general|partout|everywhere|dans le salon)"
        rf"|(?:{YOUR}|tes|ton|ta|vos|votre|le vrai|the real|sa|son|ses|his|her|@user s|@user|de @user)(?: \S+){{0,2}} (?:{_PRIVATE2}|name|nom|number|numero|06|07|phone|workplace|scarif|cuts|selfharm|self harm))(?![^ ])"
        rf"|{B}posting (?:@user s|his|her|their|sa|son|ses|{YOUR}) (?:\S+ ){{0,2}}(?:real name|name|phone|number|address|workplace|adresse|numero|nom){E}"
        rf"|{B}(?:the|les|tes|{YOUR}|ces|those|mes) (?:nudes|pics|photos|pictures|screens|screenshots|captures|videos)(?: de toi| of you)? (?:go up|goes up|will go up|get posted|gets posted|partent|part|vont partir|seront postees|seront publiees|leak|will leak){E}"
        rf"|{B}(?:j ai|i have|i ve got|i got|i still have|j ai encore|j ai toujours)(?: \S+)? (?:ton|ta|tes|{YOUR}) (?:06|07|numero|num|number|phone number|address|adresse|ip|dossier|records|photos|pics|nudes)(?: \S+){{0,6}} (?:je vais|j vais|jvais|i ll|i will|i m going to|going to|gonna) (?:le |la |les |it |them )?(?:filer|donner|envoyer|poster|publier|balancer|give|send|post|share|leak|hand){E}",
    ),
    # "It would be so funny if someone leaked your records", « ce serait dommage que le GIGN débarque ».
    (
        _E,
        "exposure_wished",
        "funny hilarious drole marrant dommage shame pity",
        "leaked leak leaks fuite fuitait fuiterait out posted public swat gign raid police cops flics bac published "
        "publiait publie balancait sent envoyait",
        False,
        rf"{B}(?:it would be|it d be|would be|wouldn t it be|ca serait|ce serait|ca serai|ce serai|serait) (?:so |really |tellement |trop |vraiment |a |such a )?(?:funny|hilarious|drole|marrant|dommage|shame|pity|sad) (?:if|que|si|qu)(?: \S+){{0,4}} "
        rf"(?:(?:{YOUR}|ton|ta|tes)(?: \S+){{0,3}} (?:leaked|leak|leaks|fuite|fuitait|fuiterait|got out|gets out|came out|sortait|sorte|was posted|got posted|went public|devenait public)"
        rf"|(?:leaked|leak|posted|published|publiait|publie|balancait|balance|sent|envoyait)(?: \S+){{0,2}} (?:{YOUR}|ton|ta|tes)"
        rf"|(?:a |an |the |le |la |les |une )?(?:swat|swat team|gign|raid|police|cops|flics|bac)(?: \S+){{0,2}} (?:showed up|shows up|turned up|came|debarque|debarquait|arrive|arrivait|knocked|frappait|sonnait)){E}",
    ),
    # Harm on meeting or on one more word: "if I ever see you at a LAN I'm putting you in the hospital".
    (
        _T,
        "harm_on_meeting",
        "hospital hopital crutches bequilles fauteuil wheelchair coma ground grave tombe coffre trunk ditch eclate "
        "eclaterai demonte demonterai defonce defoncerai casse casserai bute buterai tue tuerai percute percuterai "
        "ecrase ecraserai fracasse cogne frappe smash break breaking snap beat beating hurt kill stab punch knock "
        "slap fist poing boot knife couteau bat batte regret regretter fingers doigts legs jambes teeth dents jaw "
        "machoire kneecaps genoux",
        None,
        False,
        rf"{B}{_MEET}(?: \S+){{0,12}} {_HARM_AFTER}{E}"
        rf"|{B}(?:find|track|hunt|come for) (?:{YOU}|u)(?: \S+){{0,3}} (?:and )?(?:beat|knock|smack|slap|punch|kick) (?:\S+ ){{0,4}}(?:out of|outta) (?:{YOU}|u){E}",
    ),
    # Harm foretold or framed as a joke or an accident: "people who talk like you tend to have accidents".
    (
        _T,
        "harm_predicted",
        "accidents accident glissent glisse tombent finissent tend survive survivre predict predis foresee "
        "lucky chanceux chanceuse accidentally accidently accidentellement snitches balances stitches standing "
        "ground coffre trunk ditch fosse falling stairs escaliers safe securite tranquille pneus tyres tires "
        "vitres windows smash verras happens happen wall mur listes lists intentionne intentionnee malheur attendre "
        "internet online ecran",
        None,
        False,
        rf"{B}(?:people|guys|those|ppl|folk|folks|les gens|ceux|les mecs|les types|les balances|snitches|rats)(?: \S+){{0,4}} (?:tend to|often|usually|always|end up|souvent|finissent|ont tendance a|ont souvent|get|have)(?: \S+){{0,3}} (?:have accidents|accidents|accident|falling|fall|glissent|glisse|tombent|finissent mal|end badly|hurt|disappear|disparaissent|se blessent|se font mal|in hospital|a l hopital|stitches|dans les escaliers|down the stairs){E}"
        rf"|{B}(?:snitches get stitches|les balances finissent mal|balance finit mal){E}"
        rf"|{B}(?:{YOUR}|ur|tes|ton|ta|vos|votre) (?:car|tyres|tires|pneus|windows|vitres|windscreen|pare brise|house|maison|voiture|caisse|bagnole|cat|chat|dog|chien|bike|velo)(?: \S+){{0,2}} (?:won t|will not|wont|vont pas|va pas|ne vont pas|ne va pas|might not|risquent de ne pas|risque de ne pas) (?:survive|last|make it|passer|survivre|tenir){E}"
        rf"|{B}(?:i predict|je predis|je te predis|je vous predis|i foresee|i see) (?:a |une |un )?(?:very |tres |sacre |sacree )?(?:bad|rough|painful|short|sale|mauvaise|mauvais|douloureuse|rude|dure) (?:week|day|night|month|year|semaine|journee|nuit|mois|annee)(?: for {YOU}| pour toi)?{E}"
        rf"|{B}(?:you|u|tu|t) (?:won t|will not|wont|ne vas pas|vas pas|ne vas plus|vas plus) (?:feel safe|be safe|etre en securite|te sentir en securite|sleep well|dormir tranquille|dormir sur tes deux oreilles){E}"
        rf"|{B}(?:one of these (?:days|nights)|un de ces (?:jours|soirs|quatre)|un jour ou l autre|some night soon)(?: \S+){{0,6}} (?:smash|break|hurt|wake up and|find {YOU}|get {YOU}|standing in|te casser|te defoncer|te faire|te retrouver|te trouver|va te|vont te|pay for it|le payer){E}"
        rf"|{B}(?:i ll be|i will be|je serai|i m|i am) (?:standing |waiting |sitting )?(?:in|at|outside|by|dans|devant|a cote de|au pied de) (?:{YOUR}|ur|ta|ton) (?:room|bed|bedroom|window|door|chambre|lit|fenetre|porte){E}"
        rf"|{B}(?:lucky|de la chance|chanceux|chanceuse|heureusement pour toi)(?: \S+){{0,5}} (?:internet|online|en ligne|behind a screen|derriere ton ecran|derriere un ecran|not in front of me|pas en face){E}"
        rf"|{B}(?:accidentally|accidently|par accident|by accident|accidentellement)(?: \S+){{0,3}} (?:hitting|hit|running over|run over|backing over|pushing|push|tripping|knocking){E}(?=.*{B}(?:you|u|toi|te|t)(?![^ ]))"
        rf"|{B}(?:te|t) (?:rouler dessus|ecraser|percuter|renverser|pousser)(?: \S+){{0,5}} (?:par accident|accidentellement){E}"
        rf"|{B}(?:someone|somebody|quelqu un)(?: s| is)? (?:going to|gonna|will|va|vont) (?:smash|break|beat|hurt|stab|kick|punch|cogner|casser|defoncer|frapper|planter|eclater) (?:{YOUR}|ur|ta|ton|tes|te|t|you|u){E}"
        rf"|{B}(?:tu verras|tu vas voir|you ll see|you will see) (?:ce qui va|ce qu il va|what (?:will )?happens?|what s going to happen) (?:\S+ ){{0,3}}(?:ta famille|tes proches|tes enfants|toi|t arriver|{YOUR} family|to you|to {YOUR}){E}"
        rf"|^(?=.*{B}(?:people like you|people like u|les gens comme toi|les gens comme vous|ceux comme toi|your kind|ton espece){E}).*{B}(?:first against the wall|premiers contre le mur|we have lists|we ve got lists|on a des listes|on a la liste|when the time comes|le jour venu|quand le moment viendra|on s en occupera){E}"
        rf"|{B}(?:faudrait pas|faudrait surtout pas|would be a shame if|hope nothing happens to|j espere qu il (?:lui )?arrive rien)(?: \S+){{0,4}} (?:croise|meet|meets|run into|runs into|arrive|happens|rencontre|tombe sur)(?: \S+){{0,3}} (?:mal intentionne|mal intentionnee|wrong person|wrong people|bad people|malheur){E}"
        rf"|{B}(?:m as|m en vas|je vais|j vais|jvais) (?:aller )?(?:t attendre|te voir|te chercher) (?:a|devant|chez|au|sur) (?:ta|ton|tes|{YOUR}) (?:job|travail|taf|boulot|maison|ecole|porte|char|work|house|school|door){E}"
        rf"|{B}(?:put|putting) (?:{YOU}|u) (?:in|into|under|six feet under)(?: the| a)? (?:ground|grave|hospital|box|coma|wheelchair|dirt){E}"
        rf"|{B}(?:tu vas|tu finiras|tu vas finir|you ll end up|you will end up|you re going to end up|you ll be) (?:dans|in) (?:le coffre|the trunk|the boot|a ditch|un fosse|a body bag|un sac|le canal|the canal|the river|la riviere){E}",
    ),
    # An address told back with "see you soon": « 12 rue des Lilas, 3e étage… à bientôt ».
    (
        _T,
        "address_see_you",
        "street road avenue ave crescent lane rue boulevard bd allee impasse chemin",
        "soon bientot vite there arrive coming",
        False,
        rf"{B}\d+ (?:\S+ ){{0,3}}(?:street|st|road|rd|avenue|ave|crescent|lane|close|drive|rue|boulevard|bd|allee|impasse|chemin)(?: \S+){{0,8}} (?:see you soon|see you there|see u soon|a bientot|a tres vite|on arrive|coming for you|j arrive){E}",
    ),
    # Knowing the reader's routine or a child's school, told as a warning.
    (
        _T,
        "routine_known",
        "know sais connais jsais jsai connai",
        "bus train route way school ecole lycee college gym salle club kot appart flat house maison street rue job "
        "taf boulot shift car voiture parking bar pub take takes live lives loges habites restes vis work works park "
        "parks sleep sleeps dors drink drinks bois entraines kid kids child children daughter son fils fille gosse "
        "gosses enfants petit petite mate friend buddy pal bartender neighbour neighbor",
        False,
        rf"{B}(?:i know|i ve seen|je sais|je connais|jsais|j sais|jsai|je connai)(?: exactly| exactement)? (?:which|what|where|quel|quelle|qu elle|quels|quelles|qu elles|dans quel|dans quelle|dans qu elle|ou|ousque|oussque|ou est|ou se trouve|ou se trouvent) (?:\S+ ){{0,2}}"
        rf"(?:(?:bus|train|route|way|school|ecole|lycee|college|gym|salle|club|kot|appart|flat|house|maison|street|rue|job|taf|boulot|shift|car|voiture|parking|bar|pub)(?: \S+){{0,2}} (?:you|u|tu|t|ton|ta|tes|vous|votre|vos)"
        rf"|(?:you|u|tu|t) (?:take|takes|live|lives|loges|habites|restes|vis|work|works|park|parks|sleep|sleeps|dors|drink|drinks|bois|go|vas|train|trains|t entraines)"
        rf"|(?:votre|ton|ta) (?:club|salle|ecole|kot|appart)){E}"
        rf"|{B}(?:i know|je connais|je sais ou est|je sais ou se trouve) (?:{YOUR}|ton|ta|tes|l ecole de ton|l ecole de ta|l ecole de tes) (?:kid|kids|kid s|child|children|daughter|son|fils|fille|gosse|gosses|enfants|petit|petite)(?: s)?(?: school| ecole| bus| route| address)?{E}"
        rf"|{B}(?:{YOUR}|ur) (?:mate|friend|buddy|pal|bartender|neighbour|neighbor)(?: \S+){{0,3}} (?:told|showed|gave) me (?:where|which|what) (?:you|u){E}",
    ),
    # Fight arranged in the real world: « on fera le runback sur le parking », "see u after school".
    (
        _T,
        "fight_arranged",
        "parking runback settle reglera expliquera unless sauf",
        None,
        False,
        rf"{B}(?:on (?:fera|regle|reglera|finira|s explique|s expliquera)|we (?:ll|will|can) (?:settle|finish|sort) (?:this|it)|run it back|runback|on se capte)(?: \S+){{0,4}} (?:sur le parking|au parking|dehors|outside|in the parking lot|in the car park|irl|after school|apres les cours|a la sortie){E}"
        rf"|{B}(?:unless|sauf si|ou pas)(?: \S+){{0,3}} (?:see {YOU}|on se voit|a la sortie|after school|apres les cours|outside|dehors){E}",
    ),
    # Coded "kill yourself" in new images: "log off. permanently.", "alt+f4 your life", « un câlin à un train ».
    (
        _T,
        "kys_new_images",
        "permanently permanent definitivement alt f4 uninstall desinstalle logout logoff calin bisou breathing "
        "respires vivant betise betises connerie conneries javel bleach antifreeze antigel destop bridge pont "
        "present cadeau rope corde noose avel change",
        None,
        False,
        rf"{B}(?:log off|log out|logout|logoff|uninstall|disconnect|deconnecte toi|desinstalle toi|unplug)(?: \S+){{0,2}} (?:permanently|for good|forever|irl|from life|de la vie|pour de bon|definitivement|pour toujours|from real life|in real life)(?: and i don t mean the game| pas dans le jeu)?{E}"
        rf"|{B}(?:permanent|permanently|definitive|definitif) (?:logout|log off|log out|logoff|uninstall|alt f4|deconnexion){E}"
        rf"|{B}(?:alt f4|ctrl alt suppr|ctrl alt delete|uninstall|desinstalle|delete|supprime) (?:{YOUR}|ta|ton) (?:life|vie|existence){E}"
        rf"|{B}(?:i don t mean|i do not mean|not talking about|je parle pas|je ne parle pas) (?:the |in the |du |de )?(?:game|jeu)(?=.*{B}(?:log off|log out|quit|leave|uninstall|end it|finish it|off yourself|disparais|quitte){E})"
        rf"|{B}(?:un |une |a |des |fais un |fais une |faire un |faire une )?(?:calin|bisou|hug|kiss|high five|check) (?:a|au|a un|a une|to a|to the|with a|with the|avec un|avec le) (?:\S+ )?(?:train|tgv|rer|metro|bus|truck|camion|semi|lorry|tram|ter|intercites){E}(?! (?:driver|conducteur|station|gare|set|toy|jouet|lego|model|ride|museum|musee))"
        rf"|{B}why (?:are|r) (?:you|u) (?:still )?(?:breathing|alive|existing|allowed to breathe){E}(?!.* (?:awake|up|at work|here at))"
        rf"|{B}pourquoi (?:tu|t) (?:respires|respire|es (?:encore|toujours) (?:en vie|vivant|vivante)) (?:encore|toujours)?"
        rf"|{B}too many (?:people|ppl|of you|idiots|losers|guys|morons) like (?:you|u)(?: \S+){{0,10}} (?:be the change|do something about it|fix that|you know what to do|do the math|help the world|reduce the number|do us a favour|do us a favor){E}"
        rf"|{B}(?:trop de gens comme toi|trop de mecs comme toi)(?: \S+){{0,10}} (?:tu sais ce qu il te reste a faire|tu sais quoi faire|rends service|fais quelque chose)"
        rf"|{B}(?:j espere que|jspr que|j espere|vivement que|tu devrais|tu ferais bien de|va) (?:tu )?(?:vas |va )?(?:faire|fasses|fais) (?:une|la|des) (?:betise|betises|connerie|conneries)(?: \S+){{0,6}} (?:rendra service|rendrait service|tout le monde|soulagement|bon debarras|ce soir|cette nuit){E}"
        rf"|{B}(?<!not )(?<!never )(?<!don t )(?<!pas )(?:bois|boire|drink|chug|avale|go drink|va boire|bouffe|gobe) (?:de la |d la |some |la |the |un verre de |a glass of |a cup of |a bottle of |une bouteille de )?(?:javel|j avel|eau de javel|eau de j avel|bleach|antigel|antifreeze|destop|white spirit){E}"
        rf"|{B}(?:there s|there is|y a|il y a) (?:a|un|une) (?:bridge|pont|cliff|falaise|train line|voie ferree|rooftop|toit|tall building|immeuble)(?: \S+){{0,5}} (?:{YOUR}|ur|chez toi|de chez toi|ta maison|ton appart|toi)(?: \S+){{0,6}} (?:shame to waste|waste it|gaspiller|use it|profite|profites en|go for it|just saying|je dis ca|high enough|assez haut|you know what to do|tu sais quoi faire){E}"
        rf"|{B}(?:got|bought|have|j ai|je t ai) (?:you|u|te|t)? ?(?:a |un |une )?(?:present|gift|cadeau|rope|corde|noose)(?: \S+){{0,4}} (?:you know what to do|tu sais quoi faire|tu sais ce que t as a faire|use it wisely|sers t en bien){E}",
    ),
    # Sanist or ableist jabs: "are you off your meds again", « t'as oublié tes cachets ? », "go take your meds".
    (
        _I,
        "insult_meds",
        "meds medication pills cachets medocs medicaments traitement lithium",
        None,
        False,
        rf"{B}(?:are|r|were) (?:you|u) off (?:{YOUR}|ur) (?:meds|medication|pills|lithium){E}"
        rf"|^(?=.*{B}(?:chelou|weird|crazy|fou|folle|psycho|nutjob|tare|taree|insane|unhinged|lunatic|who you are|clearly|obviously|evidemment|clairement|grave|bizarre|cringe|malade){E}).*{B}(?:forgot|forget|skipped|missed|oublie|oublies|oubliee|pas pris|zappe|zapper) (?:to take )?(?:{YOUR}|ur|tes|ton|ta|vos) (?:meds|medication|pills|cachets|medocs|medicaments|traitement|lithium){E}"
        rf"|{B}(?:go|va|allez|just|juste) (?:take|prendre|prends|prenez|reprendre|reprends) (?:{YOUR}|ur|tes|ton|vos) (?:meds|medication|pills|cachets|medocs|medicaments|traitement|lithium){E}(?!.* (?:reminder|rappel|time|heure|l heure|bisous|love|xx|take care|prends soin))",
    ),
    # Insults with no insult word: contempt, sarcasm about the reader's parents, "nobody asked", brain cells.
    (
        _I,
        "insult_contempt",
        "proud fiere fier fiers receipt ticket celibataire condom capote avorter respect due intelligent "
        "intelligente neurones neurone braincells tutorial tuto tutos instructions nobody noone fatigues fatiguais "
        "saoules gaves annoy irritate supposed asked sonne houseplants plantes cereal npc pnj quest figurant "
        "figurante sweetie sweetheart honey hun darling cherie pauvre bless worst pire toxic toxique tiresome "
        "annoying chiant chiante insupportable handicap boulet liability couchant slept boyfriend bf imagine "
        "imaginez lent lente slow dense thick dim personality hygiene behaviour behavior arreter either teach "
        "scarecrow epouvantail caddie potato patate pigeon sloth limace snail tortue statue lampadaire waste "
        "ward asylum asile genre cope seethe cute mignon excuse grass shower meuf nana girl woman",
        None,
        False,
        rf"{B}(?:{YOUR}|ton|ta|tes) (?:parents|mum|mom|mother|dad|father|mere|pere|daronne|daron|darons|family|famille|old man|old lady)(?: elle| il| ils)? (?:must be|doit etre|doivent etre) (?:so |tellement |si |very |really )?(?:proud|fiere|fier|fiers)(?: \S+){{0,2}} (?:of {YOUR} (?:sister|brother|dog|cat)|de ta soeur|de ton frere|de ton chien)"
        rf"|^(?=.*{B}(?:bravo|congrats|congratulations|well done|felicitations){E})(?=.*{B}(?:perdre|perdu|lose|lost|losing|rate|failed){E}).*{B}(?:{YOUR}|ton|ta|tes) (?:parents|mum|mom|mother|dad|mere|pere|daronne)(?: elle| il| ils)? (?:must be|doit etre|doivent etre) (?:so |tellement |si |very |really )?(?:proud|fiere|fier|fiers){E}"
        rf"|{B}(?:{YOUR}|ton|ta|tes) (?:parents|mum|mom|mother|dad|father|mere|pere|daronne|daron|darons)(?: elle| il| ils)? (?:should have|should ve|shoulda|aurait du|auraient du|aurait mieux fait de|auraient mieux fait de|aurait mieux fait d|auraient mieux fait d) (?:kept the receipt|garder le ticket|swallowed|pulled out|stopped at|s arreter a|rester celibataire|stayed single|used a condom|mettre une capote|utiliser une capote|avorter|aborted|had a dog instead|prendre un chien|adopter un chien){E}"
        rf"|{B}(?:with all due respect|avec tout le respect|sauf le respect)(?: \S+){{0,4}} (?:very little|not much|none|little due|isn t much|which is none|which is zero|que je ne te dois pas|que je ne vous dois pas|que je te dois pas|que je vous dois pas|que je te dois|que je vous dois){E}"
        rf"|{B}(?:quelqu un|someone|somebody|une personne|un mec|une meuf) (?:d aussi|aussi|so|this|as) (?:peu intelligent|peu intelligente|peu fute|peu futee|bete|stupide|dumb|stupid|clueless|ignorant|ignorante|incompetent|incompetente|limite|dense)(?=.*{B}(?:you|u|tu|t|toi|vous){E})"
        rf"|^(?=.*{B}(?:you|u|tu|t|toi|vous|tes|ton|ta|{YOUR})(?![^ ])).*{B}(?:perdre|perds|perd|lose|losing|lost|kills|killing|tue|tuent) (?:\S+ ){{0,2}}(?:neurones|brain cells|braincells|iq points|points de qi){E}"
        rf"|{B}(?:t as|tu as|you have|you ve got|ur|you got) (?:un|one|a single|qu un|only one|just one|un seul) (?:neurone|brain cell|braincell){E}"
        rf"|{B}(?:you re|you are|youre|your|t es|tu es|t) (?:the reason|la raison pour laquelle|la raison pour que|pourquoi)(?: \S+){{0,4}} (?:tutorial|tutorials|tuto|tutos|instructions|warning labels|warnings|mode d emploi|notice|manuals|manual){E}"
        rf"|{B}(?:nobody|no one|noone)(?: \S+){{0,4}} (?:actually|really|even|genuinely|truly) (?:likes|wants|cares about|needs|tolerates|listens to|reads) (?:you|u|{YOUR}){E}"
        rf"|{B}(?:tu|t) (?:fatigues|fatiguais|saoules|soules|saoulais|gaves|gonfles|soûles|epuises) (?:tout le monde|le monde entier|le serveur|tout le serveur|tout le groupe){E}"
        rf"|{B}(?:you|u) (?:annoy|irritate|exhaust|tire|bore) (?:everyone|everybody|the whole server|all of us){E}"
        rf"|{B}(?:was i supposed to care|am i supposed to care|do i look like i care|did i ask|who asked|personne t a sonne|qui t a demande quoi que ce soit|on t a rien demande){E}"
        rf"|{B}(?:seen|met|known|vu|connu) (?:\S+ ){{0,2}}(?:{_DULL_THING}|houseplants|plants|plantes|rocks|toddlers|bebes|babies) (?:with|avec) (?:better|more|plus de|un meilleur|une meilleure|de meilleurs|de meilleures)(?=.*{B}(?:you|u|tu|t|toi|{YOUR})(?![^ ]))"
        rf"|{B}(?:degree|diploma|diplome|licence|license|certificate) (?:off|from|out of|dans|d un|from a) (?:a |an |une |un )?(?:cereal box|paquet de cereales|pochette surprise|kinder|happy meal){E}"
        rf"|{B}(?:you re|you are|t es|tu es|t|bro is|ur|he s) (?:a |an |un |une |le |la |the |just a |juste un |juste le )?(?:npc|pnj|side quest|side character|background character|figurant|figurante)(?: \S+){{0,2}} (?:at best|with one|avec une|du serveur|of the server|of this server|voice line|meme phrase|same line|dialogue){E}"
        rf"|{B}(?:you re|you are|t es|tu es) (?:not|pas|meme pas|not even) (?:even )?(?:good|bon|bonne|doue|douee) (?:at|a|en) (?:that|ca|this) (?:either|non plus){E}"
        rf"|{B}(?:bless {YOUR} (?:little )?heart|oh la pauvre cherie|oh le pauvre cheri|ma pauvre|mon pauvre)(?=.*{B}(?:you|u|tu|t|toi|tes|{YOUR}){E})(?=.*{B}(?:really|vraiment|adorable|cute|think|thought|crois|croyais|pense|comprendre|compris|explique|dessins|not very|pas tres){E})"
        rf"|{B}(?:sweetie|sweetheart|honey|hun|darling|ma cherie|ma belle|ma grande)(?=.*{B}(?:big boys|grown ups|adults|les grands|not very bright|pas tres fute|pas tres futee|stick to|leave it to|reste a|laisse les)(?![^ ]))"
        rf"|{B}(?:stick to|reste a|retourne a) (?:healing|heal|support|le heal|le soin|la cuisine|the kitchen|cooking)(?: \S+){{0,4}} (?:big boys|grown ups|the men|les grands|les hommes|les gars|the boys|sweetie|cherie){E}"
        rf"|{B}{YOU_ARE} (?:the|le|la) (?:single )?(?:worst|most tiresome|most annoying|most toxic|most useless|pire|plus toxique|plus chiant|plus chiante|plus relou|plus insupportable|plus penible) (?:teammate|mate|player|healer|tank|support|joueur|joueuse|coequipier|coequipiere|person|personne|coach|mod|human|member|membre)"
        rf"|^(?=.*{B}(?:you|u|vous|tu|t|toi|soyez|sois){E}).*{B}(?:la personne|le joueur|la joueuse|the person|the player|the member|le membre) (?:la |le |the )?(?:plus |most )(?:toxique|toxic|chiant|chiante|insupportable|penible|annoying|tiresome|useless|inutile|stupide|bete|con|conne|nul|nulle){E}"
        rf"|{B}(?:t es|tu es|you re|you are|t|vous etes) (?:un |une |a |an |juste un |juste une |just a )?(?:handicap|boulet|poids mort|liability|burden|dead weight|fardeau) (?:pour|for|to|on) (?:l equipe|the team|la team|le groupe|everyone|tout le monde|us|nous|this team|cette equipe){E}"
        rf"|{B}(?:couchant|couche|coucher|slept|sleeping|sleep) (?:avec|with) (?:ton|ta|{YOUR}|the|le|la) (?:duo|coach|boss|prof|manager|teacher|dev|devs|mod|mods|admin|captain|capitaine){E}"
        rf"|{B}(?:did|does|has) (?:{YOUR}) (?:boyfriend|bf|dad|brother|husband|man)(?: \S+){{0,1}} (?:set up|setup|do|play|carry|make|build|pick|choose|write|type){E}"
        rf"|{B}(?:imagine|imaginez) (?:being|etre) (?:this|so|aussi|si) (?:bad|dumb|slow|loud|nul|nulle|bete|con|conne)(?: and (?:this|so) (?:bad|dumb|slow|loud))?{E}"
        rf"|{B}(?:how to be|how you can be|how do you manage to be|how are you|comment on fait pour etre|comment tu fais pour etre|apprends moi a etre) (?:this|that|so|aussi|si) (?:bad|dumb|slow|stupid|useless|nul|nulle|mauvais|mauvaise|con|conne|lent|lente|bete|bad at){E}"
        rf"|{B}(?:you|u) (?:really |actually |truly )?(?:are|re|r) (?:that|this) (?:slow|dense|thick|dim|dumb|clueless|bad)(?: huh| eh| hein| lol| fascinating)?{E}"
        rf"|{B}(?:t es|tu es|t) (?:vraiment |reellement |donc )?(?:lent|lente|bete|con|conne|limite|neuneu|debile|nul|nulle|mauvais|mauvaise)(?: \S+)? a ce point{E}"
        rf"|{B}(?:you|u|tu|t)(?: \S+)? (?:block|blocks|play|plays|aim|aims|run|runs|drive|drives|heal|heals|tank|tanks|move|moves|cours|joues|joue|vises|conduis|soignes|bouges|marches|walk|walks) (?:like|comme) (?:a|an|un|une) (?:\S+ )?(?:scarecrow|epouvantail|caddie|shopping cart|potato|patate|brick|brique|toaster|grille pain|fridge|frigo|statue|plant|plante|cow|vache|sloth|limace|escargot|snail|turtle|tortue|chair|chaise|lamp post|lampadaire|parpaing|pigeon|goldfish|poisson rouge){E}"
        rf"|{B}(?:you have got|you ve got|you got|you have|ya got|t as|tu as|vous avez) (?:the|le|la|les|l) (?:aim|reaction time|reactions|reflexes|brain|awareness|map awareness|game sense|iq|memory|temps de reaction|visee|reflexe|reflexes|instinct|instincts) (?:of|d un|d une|de) (?:a |an )?(?:\S+ )?(?:{_DULL_THING}|potato|pigeon|sloth|snail|goldfish|toddler|grandma|boomer|limace|escargot|tortue|mamie){E}"
        rf"|{B}(?:{YOU_ARE}|@user|ur)(?: a| an)?(?: absolute| total| complete| utter| fucking| fkn)* waste{E}(?! of time)"
        rf"|{B}(?:absolute|total|complete|utter|such a|what a) waste of (?:a |an )?(?:\S+ )?(?:slot|space|oxygen|air|skin|lobby slot|rank|seat|human|human being|sperm|a human){E}"
        rf"|{B}(?:go back to|retourne a|retourne dans|back to|get back to) (?:the|your|ton|ta|l|la) (?:ward|asylum|hp|psych ward|padded cell|asile|loony bin|nuthouse|cage)(?: where (?:you|u) belong| d ou tu viens)?{E}"
        rf"|{B}(?:t es|tu es|you re|you are|vous etes) (?:le genre de|the kind of|the type of|le type de|la genre de) (?:\S+ ){{0,2}}(?:qu on mute|qu on kick|qu on ban|qu on ignore|qu on evite|people mute|everyone mutes|you mute|that gets kicked|that gets muted){E}"
        rf"|{B}(?:touch grass|go outside|take a shower|shower)(?: \S+){{0,4}} (?:talk to a (?:woman|girl)|talking to a (?:woman|girl)|get a (?:job|life|girlfriend)|parler a une fille){E}"
        rf"|{B}(?:chronic couch|fatigue chronique du canape|chronic laziness|chronic lazy){E}"
        rf"|{B}(?:t es|tu es|you re|you are) (?:une|a) (?:meuf|fille|femme|nana|girl|woman)(?: \S+){{0,6}} (?:c est normal|c normal|forcement|evidemment|obviously|of course|that s why|c est pour ca|laisse les gars|leave it to the){E}"
        rf"|{B}(?:pathetic|disgusting|sorry|poor|sad|lame|miserable|pitoyable|triste|pauvre) excuse (?:for|of|de) (?:a|an|un|une) (?:human|human being|person|coach|parent|player|mod|man|woman|father|mother|friend|teammate|dad|mum|mom|joueur|pere|mere|humain){E}"
        rf"|{B}(?:skill issue|t es nul|t es nulle|t es mauvais|t es mauvaise)(?: \S+){{0,4}} (?:et pas que dans le jeu|and not just in game|and not only in game|not only in the game|irl too|in life too|dans la vie aussi|et dans la vie aussi){E}"
        rf"|{B}(?:so cute|trop mignon|trop mignonne|adorable|c est mignon|it s cute) (?:when|quand) (?:you|u|tu|t) (?:pretend|try|think|fais semblant|essaies|crois|act){E}"
        rf"|{B}(?:personality|hygiene|brain|attitude|iq) issue{E}(?=.*{B}(?:skill issue|you|u|ur|vc){E})"
        rf"|{B}(?:absolute |fully |total |complete |full )?(?:psycho|restarted|unhinged|deranged|loser|weirdo|creep|clown) (?:behaviour|behavior){E}(?=.*{B}(?:you|u|ur|your|reporting|get help){E})(?!.*{B}(?:from me|de ma part){E})",
    ),
]
PHRASES = PHRASES + tuple(_compile_phrase(row) for row in _RAW3)
ANCHORS = ANCHORS | frozenset().union(*(ws(row[2]) - _STOP for row in _RAW3))

# --- round 24 (issue 11, threat helper 4): veiled, conditional and presence threats, exposure in new images --
# Conditional threats ("keep talking and see what happens", « continue et tu vas voir », "say that about my
# sister again and I'll see ya at the rink"), stock images of harm to come (an accident waiting, sleeping with
# one eye open, getting what is coming, six feet under), presence or knowledge used as a threat and dressed as
# a joke ("jk... I'm parked outside tho", « c'est une blague mais je suis à 10 min de chez toi »), calling the
# family, a name or an address offered to the channel, "kill yourself" in new images (emoji read as words by
# ``abuse``: rope and chair, weapons). New rows only: the rows above are unchanged.
_Y4 = r"(?:you|u|ya|yuh|ye|yu|thee)"
_YR4 = r"(?:your|ur|yo|yer|yuh|ye)"
_I4 = r"(?:i|mi|ah|me|we|i will|i ll|ill|i am|im|i m|imma)"
_PROVOKE = (
    r"(?:keep|keeps|continue|continues|continuez|carry on|go on)(?: \S+)? (?:talking|talkin|chatting|chat|mouthing|mouthin|"
    r"running|posting|messing|messin|pushing|testing|provoking|comme ca|a parler|de parler|parler|a me chercher|de me chercher|"
    r"ton cirque|tes conneries|a faire le malin|it up|like this|like that)"
    r"|(?:say|said|do|try|post|type|call me|write) (?:that|it|this)(?: \S+){0,3} (?:again|one more time|once more)"
    r"|one more word|un mot de plus|encore un mot|tu me cherches|(?:messin|messing|mess) with my"
    r"|si tu (?:\S+ )?(?:parles|redis|dis encore|continues|recommences|refais|reparles|la ramenes|ouvres|touches|insultes|mentionnes|approches)"
    r"|(?:if|if ever) (?:you|u|ya|yuh) (?:\S+ )?(?:talk|say|touch|mention|insult|come near|keep|call|mess|post|open)"
    r"|(?:arrete|arretes|stop|quit)(?: \S+){0,4} (?:ou|or|sinon|or else)"
)
_CONSEQ = (
    r"(?:see what happens|watch what happens|find out what happens|you will find out|you ll find out|you will regret|tu vas le regretter|tu vas regretter"
    r"|(?:tu vas voir|tu verras|te vas vir|vas vir|you will see|you ll see)(?= *$| (?:m|mi|je|j|i|ce qui|what|tu sais pas|toi|ma|mon))"
    rf"|see if (?:mi|i|me) (?:nuh |dont |don t |do not )?come"
    rf"|{_I4}(?: \S+){{0,2}} (?:come for|come fi|come after|be roon|be round|come round|see {_Y4} at|find {_Y4}|hunt {_Y4}|pay {_Y4} a visit)"
    r"|(?:je|j|jvais|jviens)(?: \S+){0,5} (?:te|t) (?:trouver|trouve|retrouve|retrouver|querre|chercher|choper|chope|attraper|regler ton compte)"
    r"|(?:somebody|someone|quelqu un) (?:is|s)? ?(?:getting|gettin|going to get|gonna get) (?:a visit|visited|hurt)"
    rf"|{_Y4} (?:will not|won t|wont|are not going to|nah go) (?:skate|walk|play|type|talk|be able|like it)"
    r"|(?:il|ca) va (?:mal finir|chauffer|barder|saigner|mal se passer))"
)
_JOKE = (
    r"(?:its a joke|it s a joke|it is a joke|just a joke|only a joke|just joking|only joking|jk|just kidding|c est une blague|"
    r"c une blague|je rigole|jrigole|totally a joke|just imagining|hypothetically|hypothetiquement|just saying|je dis ca je dis rien)"
)
_NEAR_YOU = (
    rf"(?:parked outside|sitting outside|waiting outside|outside {_YR4}|de chez toi|devant chez toi|sous ta fenetre|where {_Y4} (?:live|park|work|sleep)|"
    rf"ou tu (?:habites|gares|bosses|travailles|dors|vis)|{_YR4} (?:home )?address|ton adresse|{_YR4} house|ta maison|{_YR4} kids|tes enfants|{_YR4} car|ta voiture)"
)
_KIN = (
    "mum|mom|mother|dad|father|parents|family|wife|husband|gf|girlfriend|bf|boyfriend|boss|employer|manager|kids|daughter|son|"
    "sister|brother|mere|pere|daronne|daron|famille|femme|mari|copine|copain|patron|patronne|employeur|chef|soeur|frere|fille|fils|manman"
)
_HELD = "address|adresse|home address|ip|real name|vrai nom|vrai blaze|blaze|full name|irl name|number|numero|phone|dox|infos|details|workplace|school|ecole"
# A contest or a laugh: trash talk ("keep talking and see what happens in ranked lol")
_CONTEST = (
    r"(?:lol|lmao|mdr|ptdr|haha|hahaha|xd|jk|gg|ranked|ranked|1v1|match|round|lobby|queue|partie|game|scrim|duel|arena|"
    r"next round|prochaine partie|prochain match|in game|en jeu|ingame)"
)
_RAW4: list[tuple[AbuseKind, str, str, str | None, bool, str]] = [
    # "keep talking and see what happens", « si tu parles encore de ma sœur je te retrouve », « arrête ou j'viens te chercher »
    (
        _T,
        "threat_conditional",
        "happens regret regretter voir verras vir see come coming fi roon round find hunt visit trouver trouve retrouve "
        "retrouver querre chercher choper chope attraper regler getting gettin skate like finir chauffer barder saigner "
        "again once word mot talking talkin mouthing mouthin messing messin keep continue continues cherches arrete "
        "say time parles redis recommences refais reparles ramenes touches insultes mentionnes approches talk touch mention insult mess quit",
        "keep keeps continue continues continuez carry go again once time word mot cherches messin messing mess si if arrete arretes stop quit",
        False,
        rf"^(?!.*{B}{_CONTEST}{E}).*{B}(?:{_PROVOKE}){E}(?: \S+){{0,12}} {_CONSEQ}{E}",
    ),
    # Stock images of harm to come: an accident waiting, one eye open, what is coming, six feet under, the wrong person
    (
        _T,
        "threat_veiled_image",
        "accident accidents oeil eye coming deserve merites bringing disappear disparaitre vanish wrong tomber ground feet "
        "pieds box coffin cercueil boite arrieres shoulder six bone bones os doigts doigt fingers finger rib ribs tooth teeth dent dents cote cotes",
        None,
        False,
        rf"{B}(?:an |un |a )?accidents? (?:qui t attend|qui vous attend|waiting for {_Y4}|waiting to happen to {_Y4}|va t arriver|could happen to {_Y4}|might happen to {_Y4}|qui pourrait t arriver){E}"
        rf"|{B}(?:dors|dormez|sleep|sleeping)(?: \S+){{0,2}} (?:avec un oeil ouvert|with one eye open|que d un oeil|d un oeil|les yeux ouverts){E}"
        rf"|{B}(?:surveille|surveilles|watch|mind) (?:tes arrieres|{_YR4} six){E}|{B}(?:keep )?(?:looking|look) over {_YR4} shoulder{E}"
        rf"|{B}(?:{_Y4}|{_YR4}|you are|you re)(?: \S+){{0,2}} (?:going to|gonna|will) get (?:what is coming|what s coming|yours|what {_Y4} deserve){E}"
        rf"|{B}(?:tu vas|t vas|tu va) (?:avoir|recevoir|prendre) (?:ce que tu merites|ce qui t attend){E}"
        rf"|{B}(?:i am|i m|im|je suis) (?:the one|celui|celle)(?: \S+){{0,2}} (?:bringing it|bring it|qui te l apporte|qui va te le donner){E}"
        rf"|{B}(?:make|making|made) {_Y4} (?:disappear|vanish|go missing){E}|{B}(?:te|vous) (?:faire|ferais|fera|ferai) disparaitre{E}"
        rf"|{B}(?:say|said|saying|talk|talking|mess|messing|try|pick|run {_YR4} mouth)(?: \S+){{0,4}} (?:to|with) the wrong (?:person|guy|people|one|man){E}"
        rf"|{B}(?:tomber|tombes|tomberas|tombe) sur (?:quelqu un|la mauvaise personne|le mauvais|des gens|la mauvaise)(?: \S+){{0,2}} qui (?:va|vont) (?:pas |plus )?(?:rigoler|apprecier|laisser passer|te louper|te rater){E}"
        rf"|{B}(?:{_Y4}|tu|t)(?: \S+){{0,3}} (?:be|end up|finir|seras|finiras|vas finir|vas etre) (?:in the ground|six feet under|in a box|in a body bag|in a coffin|six pieds sous terre|sous terre|dans un cercueil|dans une boite|dans un sac){E}"
        rf"|{B}(?:{INTENT_EN}|{INTENT_FR}|going to|gonna)(?: \S+){{0,2}} (?:break|snap|smash|crush|casser|peter|briser|broyer) (?:every|each|all|all the|chaque|tous les|tous tes|toutes les|toutes tes) (?:bone|bones|os|finger|fingers|doigt|doigts|rib|ribs|cote|cotes|tooth|teeth|dent|dents){E}",
    ),
    # "you'll end up in hospital if you don't shut up", « tu vas finir à l'hosto si tu la fermes pas »
    (
        _T,
        "threat_hospital_if",
        "hosto hopital hospital urgences wheelchair fauteuil coma rea icu morgue",
        None,
        False,
        rf"{B}(?:tu vas finir|tu finiras|tu vas te retrouver|tu vas te reveiller|you will end up|you are going to end up|you gonna end up|you will wake up|{_YR4} going to end up)(?: \S+){{0,2}} "
        rf"(?:a l hosto|a l hopital|l hosto|hosto|hopital|hospital|in hospital|in the hospital|aux urgences|urgences|in a wheelchair|en fauteuil|dans le coma|in a coma|en rea|in icu|a la morgue|in the morgue){E}"
        rf"(?=.*{B}(?:si tu (?:la fermes pas|te tais pas|fermes pas ta|continues a parler|la ramenes)|if {_Y4} (?:don t|do not|dont) (?:shut|stop talking)|keep talking|keep running|ferme la|ta gueule|shut up){E})",
    ),
    # Presence or knowledge told as a joke: "its a joke (i'm parked outside tho)", "imagine if someone found out where you park"
    (
        _T,
        "threat_joke_presence",
        "outside chez fenetre live park work sleep habites gares bosses travailles dors vis address adresse house maison kids enfants car voiture",
        "joke jk kidding blague rigole jrigole imagining hypothetically hypothetiquement saying",
        False,
        rf"^(?=.*{B}{_JOKE}{E}).*{B}{_NEAR_YOU}{E}",
    ),
    # Knowing where someone lives in other Englishes, turning up at their place with a threat, "that's your truck ... see ya soon"
    (
        _T,
        "threat_presence",
        "weh wea whit ken kno where which nah turn show pull rock waiting truck van motor bike car voiture camion maison appart velo scooter "
        "tyres tires windows windscreen windshield paintwork pneus vitres carrosserie brakes freins kneecaps genoux gens potes mecs types "
        "people guys friends mates amis monde",
        "you u ya yuh ye yu your ur yo yer ta ton tes te t toi tu tyres tires windows windscreen windshield paintwork pneus vitres "
        "carrosserie brakes freins kneecaps genoux",
        False,
        rf"{B}(?:mi|ah|i|me|a) (?:know|knows|ken|kno)(?: fine| well| exactly| full well)? (?:weh|wea|where|which (?:close|street|house|flat|building|road|estate)|whit close)(?: \S+){{0,2}} (?:{_Y4}|ye) (?:live|lives|stay|stays|sleep|park|work|bide){E}"
        rf"|^(?=.*{B}(?:{_Y4}|ye|tu)(?: \S+){{0,1}} (?:nah go|not going to|are not going to|will not|won t|wont|is not going to|aint going to|aint gonna|not gonna|vas pas) (?:like it|like this|aimer ca|kiffer){E})(?=.*{B}(?:when|wen|once|the day|quand|le jour ou)(?: \S+)? (?:i|mi|ah|we|je|j) (?:reach|come|get there|arrive|find|show up|turn up|pull up|catch|see|arrive|debarque|viens|passe){E})"
        rf"|{B}{_I4}(?: \S+){{0,2}} (?:turn up|show up|pull up|rock up|come round|be outside|be waiting outside|be waiting at) (?:at |to |outside |by )?(?:{_YR4}|ye) (?:work|job|school|house|place|yard|door|gaff|flat|home|office|shop|street|close|workplace){E}(?=.*{B}(?:know|ken|gallus|won t|will not|not like|nah go|regret|keep|mouth|mouthin|say that|see if|watch){E})"
        rf"|{B}(?:that s|that is|is that|c est|thats) (?:your|ur|ta|ton) (?:car|truck|van|bike|motor|house|place|flat|kid|kids|daughter|son|dog|voiture|camion|maison|appart|fille|fils|chien|velo|scooter){E}(?=.*{B}(?:see you soon|see ya soon|see u soon|a bientot|a tres vite|see you around|see you tonight){E})"
        rf"|{B}(?:shame|pity|dommage|would be a shame|ce serait dommage) (?:about|for|pour|if|si|qu|que)(?: \S+){{0,3}} (?:the |your |ur |tes |ta |ton |les |la |le )?(?:tyres|tires|windows|windscreen|windshield|paintwork|pneus|vitres|carrosserie|brakes|freins|kneecaps|genoux){E}"
        rf"|{B}(?:je connais|j connais|i know|i ve got|i have got|j ai) (?:des gens|des potes|des mecs|des types|people|some people|some guys|guys|friends|mates|des amis|du monde)(?: \S+){{0,14}} (?:ils vont|they will|they ll|they are going to|qui vont|qui peuvent|who will|who would|who can|who could|who d|who ll) "
        rf"(?:venir te voir|venir te chercher|te rendre (?:une )?visite|te trouver|te retrouver|pay {_Y4} a visit|visit {_Y4}|find {_Y4}|sort {_Y4} out|deal with {_Y4}|come for {_Y4}|come see {_Y4}|have a word with {_Y4}){E}",
    ),
    # "say it to my face", « viens me dire ça en face »
    (
        _T,
        "threat_to_my_face",
        "face",
        None,
        False,
        rf"{B}(?:viens|venez|vient|come|say it|say that|dis le|dis moi ca|redis le|repete le)(?: \S+){{0,3}} (?:en face|to my face|irl to my face){E}(?!.*{B}(?:lol|mdr|ptdr|haha|xd|jk){E})",
    ),
    # Calling the family to tell on someone: "gonna ring your dad and tell him what his son does online", « j'ai le numéro de ta mère, je vais l'appeler »
    (
        _E,
        "exposure_family_call",
        "call ring phone text email message contact tell appeler appelle telephoner ecrire contacter prevenir dire raconter numero number num",
        " ".join(_KIN.split("|")),
        False,
        rf"{B}(?:{INTENT_EN}|{INTENT_FR}|going to|gonna|je vais|j vais|jvais)(?: \S+){{0,2}} (?:call|ring|phone|text|email|message|dm|contact|tell|appeler|telephoner a|ecrire a|contacter|prevenir|dire a|raconter a)(?: \S+)? (?:your|ur|yer|ta|ton|tes|vos|votre) (?:{_KIN}){E}"
        rf"(?=.*{B}(?:what {_Y4}|what his|what her|ce que tu|everything|tout|exactly|all about|sur toi|about {_Y4}|the truth|la verite|{_YR4} secret|ton secret|does online|fais en ligne|number|numero){E})"
        rf"|^(?=.*{B}(?:j ai|i have|i ve|i have got|i got|i ve got|got)(?: \S+)? (?:le numero|le num|le tel|le 06|le 07|the number|number|numero|his number|her number|their number|(?:{_YR4}|ta|ton|tes) (?:{_KIN}) s number)(?: de| of)?(?: (?:ta|ton|tes|{_YR4}) (?:{_KIN}))?{E})"
        rf"(?=.*{B}(?:ta|ton|tes|{_YR4}) (?:{_KIN}){E})(?=.*{B}(?:l appeler|appeler|lui dire|lui raconter|tout lui|call|ring|phone|text|tell)(?: \S+){{0,2}} (?:et tout|tout|everything|exactly|what|sur toi|about {_Y4}|him|her|them|lui){E})",
    ),
    # A name or an address offered to the channel: "who wants his address? drop a 1", « tu veux que je donne ton vrai blaze ? »
    (
        _E,
        "exposure_offered",
        "wants want veut veux veulent voulez drop mettez mets tapez spam envoyez should shall devrais",
        " ".join(_HELD.split("|"))
        + " address adresse ip name nom blaze number numero diagnostic diagnosis dossier records nudes secret secrets",
        False,
        rf"^(?=.*{B}(?:drop|mettez|mets|tapez|spam|envoyez|1|leaked|leak|clip|clipped|stream|live|dox|doxx|montree|montre){E}).*{B}(?:who wants|anyone want|anybody want|who want|qui veut|qui veulent|vous voulez|y a qui qui veut|quelqu un veut)(?: \S+)? (?:his|her|their|son|sa|ses|leur|{_YR4}|ton|ta|@user s) (?:{_HELD}){E}"
        rf"|{B}(?:drop|put|type|spam|mettez|mets|tapez|envoyez)(?: \S+)? (?:a |un )?(?:1|f|like|pouce)(?: \S+){{0,4}} (?:for|pour)(?: \S+)? (?:his|her|their|son|sa|ses|@user s|{_YR4}|ton) (?:{_HELD}){E}"
        rf"|{B}(?:tu veux que|vous voulez que|want me to|do you want me to|should i|shall i|je devrais|tu veux qu on)(?: \S+)? (?:je |j |i |on )?(?:donne|donner|balance|balancer|poste|poster|publie|publier|leak|post|share|give out|drop|reveal|revele|affiche|lache) "
        rf"(?:\S+ )?(?:ton|ta|tes|{_YR4}|vos|votre) (?:vrai nom|vrai blaze|blaze|real name|full name|irl name|address|adresse|ip|numero|number|diagnostic|diagnosis|dossier|records|nudes|secret|secrets|workplace){E}",
    ),
    # A hypothetical leak: "if your address ended up on the forum tonight, who'd be surprised", "imagine if someone found out where you park"
    (
        _E,
        "exposure_hypothetical",
        "if si imagine what",
        "ended ends end posted appeared showed leaked public finissait atterrissait retrouvait fuitait apparaissait publie publiee "
        "found finds knew discovered learned trouvait savait decouvrait apprenait connaissait",
        False,
        rf"{B}(?:if|si|imagine if|what if|et si|imagine si)(?: \S+){{0,2}} (?:{_YR4}|ton|ta|tes|his|her|son|sa|ses) (?:{_HELD}|diagnosis|diagnostic|records|dossier|nudes|photos|pics) (?:ended up|ends up|end up|got posted|gets posted|was posted|appeared|showed up|leaked|got leaked|went public|finissait|atterrissait|se retrouvait|fuitait|apparaissait|etait publie|etait publiee){E}"
        rf"|{B}(?:imagine|what if|et si|imagine si)(?: if)? (?:someone|somebody|quelqu un|qqn|people|i|je|j|we|on)(?: \S+)? (?:found out|finds out|knew|discovered|learned|trouvait|savait|decouvrait|apprenait|connaissait) (?:where|ou) (?:{_Y4}|tu) (?:live|park|work|sleep|habites|vis|gares|bosses|travailles|dors){E}",
    ),
    # "kill yourself" in new images: "should unalive themselves, start with you", « t'attends quoi pour te foutre en l'air », "go jump"
    (
        _T,
        "kys_new_images",
        "start starting begin beginning commencant commencer commence commencez waiting attends attend jump sauter",
        None,
        False,
        rf"^(?=.*{B}(?:die|kill|unalive|dead|disappear|vanish|crever|mourir|suicider|disparaitre|gas|hang|neck|end it){E}).*{B}(?:start with|starting with|begin with|beginning with|en commencant par|a commencer par|commence par|commencez par) (?:{_Y4}|yourself|toi|vous|@user){E}"
        rf"|{B}(?:t attends quoi|tu attends quoi|qu est ce que tu attends|qu attends tu|what are {_Y4} waiting for|what r {_Y4} waiting for|whatcha waiting for|what {_Y4} waiting for)(?: \S+)? (?:pour |to )?(?:te foutre en l air|te tuer|te suicider|te pendre|crever|mourir|sauter|te jeter|disparaitre|kill yourself|die|jump|end it|hang yourself|off yourself|unalive yourself|disappear|te flinguer|en finir){E}"
        rf"|^(?:just |now |so )?(?:go|va|vas|allez) (?:jump|sauter|te jeter)(?: (?:off|already|then|now|deja|lol|mate|bro|pls|please|stp))?$",
    ),
    # Harm wished on what someone loves: "would be a shame if it didn't come home one night", « faudrait pas qu'il lui arrive un truc »
    (
        _T,
        "threat_harm_wished",
        "shame dommage triste bete faudrait sad terrible",
        "home rentre rentrait disparaissait chute arrive arrivait missing hurt accident fell tombe tombait blesse",
        False,
        rf"{B}(?:would be a shame|be a shame|shame if|would be sad|would be terrible|ce serait (?:dommage|triste|bete)|ca serait (?:dommage|triste|bete)|faudrait pas|faudrait surtout pas) (?:if|qu|que|si)(?: \S+){{0,3}} "
        rf"(?:didn t come home|did not come home|never came home|doesn t come home|went missing|got hurt|had an accident|fell|rentre pas|rentrait pas|disparaissait|fasse une (?:mauvaise )?chute|fasse un accident|lui arrive (?:un truc|quelque chose|un malheur|un accident)|arrive (?:un truc|quelque chose|un malheur|un accident)|se blesse|tombe){E}",
    ),
    # "the world would be better without you, think about it tonight", « le monde irait mieux sans toi, tu sais ce qu'il te reste à faire »
    (
        _T,
        "kys_better_without",
        "better mieux",
        None,
        False,
        rf"{B}(?:the world|le monde|the server|le serveur|everyone|everybody|tout le monde|this place|la planete|the planet)(?: \S+){{0,3}} (?:would|will|irait|serait|s en porterait)(?: \S+){{0,3}} (?:better|mieux)(?: \S+){{0,3}} (?:without {_Y4}|sans toi|sans vous|if {_Y4} (?:went|were gone|died|were dead|weren t here|disappeared|had)){E}"
        rf"(?=.*{B}(?:think about (?:that|it)|tonight|ce soir|tu sais ce qu il te reste a faire|you know what to do|tu sais quoi faire|do it|fais le|tracks|rails|bridge|pont|nap|sleep){E})",
    ),
    # Harm told as its aftermath or as a lesson: "you'll leave in an ambulance", "I'll teach you respect IRL",
    # "I'd stomp your head in", "your tyres won't survive the night", « quand je serai devant ton immeuble »
    (
        _T,
        "threat_aftermath",
        "ambulance brancard stretcher respect lesson lecon manieres manners stomp cave kick head tete survive "
        "survivront passer tenir devant outside immeuble building",
        None,
        False,
        rf"{B}(?:tu |you |u )?(?:repartiras|repartir|partiras|rentreras|leave|go home|leaving|going home|finir|finiras) (?:en|in an|in a|on a|sur un|dans une) (?:ambulance|brancard|stretcher|body bag|housse){E}"
        rf"|{B}(?:{INTENT_EN}|{INTENT_FR}|going to|gonna)(?: \S+){{0,1}} (?:t apprendre|te apprendre|vous apprendre|teach {_Y4}) (?:le respect|les bonnes manieres|la politesse|some respect|respect|manners|some manners|a lesson|une lecon)(?=.*{B}(?:irl|en vrai|pour de vrai|for real|in person|en face|dehors|outside|tu vas voir|you will see|ce que ca fait|what it feels like){E})"
        rf"|{B}(?:{INTENT_EN}|going to|gonna)(?: \S+){{0,1}} (?:stomp|kick|smash|cave|bash|beat|knock) (?:{_YR4}|yer|his|her) (?:head|face|skull|teeth) in{E}"
        rf"|{B}(?:{_YR4}|ta|ton|tes)(?: \S+){{0,2}} (?:tyres|tires|windows|windscreen|car|pneus|vitres|voiture|house|maison|cat|dog|chat|chien) (?:won t|will not|wont|are not going to|is not going to|ne vont pas|vont pas|va pas|ne va pas) (?:survive|last|make it|passer|tenir|survivre)(?: the night| la nuit| the week| la semaine)?{E}"
        rf"|{B}(?:quand je serai|quand j serai|when i m|when i am|once i m|once i am) (?:devant|en bas de|outside|at|in front of|sous) (?:ton|ta|tes|chez toi|{_YR4}) ?(?:immeuble|maison|porte|fenetre|taf|boulot|ecole|house|door|place|flat|work|school|building)?{E}",
    ),
    # Exposure under way or by phone: "we're posting your address in chat", "I'm calling in a bomb threat to your address"
    (
        _E,
        "exposure_under_way",
        "posting leaking sharing dropping publishing putting bomb swat swatting hostage gign raid flics keufs police",
        None,
        False,
        rf"{B}(?:we|i|on|je|j|they|ils)(?: are| am| re| m| vont| va| allons)? (?:posting|leaking|sharing|dropping|publishing|putting up|en train de poster|en train de publier) (?:{_YR4}|his|her|their|ton|ta|tes|son|sa|ses) (?:address|adresse|home address|ip|number|numero|phone number|real name|vrai nom|face|workplace|school){E}"
        rf"|{B}(?:call|calling|phone|phoning|ring|ringing|phone in|call in) in (?:a )?(?:bomb threat|bomb scare|swat|swatting|fake (?:call|report|hostage call)|hostage situation)(?: \S+){{0,3}}(?: (?:to|on|at) (?:{_YR4}|his|her) (?:address|house|place|home))?{E}"
        rf"|{B}(?:{INTENT_FR}|je vais|j vais|jvais)(?: \S+){{0,1}} (?:envoyer|appeler|faire venir|ramener) (?:le gign|le raid|les flics|les keufs|la police|les condes|les schmitts)(?: \S+){{0,1}} (?:chez toi|devant chez toi|a ton adresse|chez tes parents){E}",
    ),
    # A raid called on someone: "everyone DM her every hour until she deletes", « tout le monde en mp jusqu'à ce qu'elle parte »
    (
        _T,
        "raid_called",
        "everyone everybody tout monde tous all premier raid",
        "spam spamme spammer spamming spams dm dms mp mps message harcele harceler harass flood go report reports chat",
        False,
        rf"^(?!.*{B}(?:me|mes|moi|nous|us)(?![^ ]))(?=.*{B}(?:everyone|everybody|all of you|y all|let s all|lets all|let us all|we should all|we all|tout le monde|on va tous|allez tous|allez tout le monde|le premier qui|vous tous|tous en){E})"
        rf"(?=.*{B}(?:spam|spamme|spammer|spamming|spammez|dm|dms|mp|mps|message|harcele|harceler|harasse|harass|flood|floodez|go to her|go to his|report|signalez)(?![^ ]))"
        rf".*{B}(?:until (?:she|he|they|it) (?:\S+ )?(?:deletes|leaves|quits|stops|is gone|logs off|cries|breaks)|jusqu a ce qu (?:il|elle|ils|elles) (?:\S+ )?(?:supprime|parte|partent|degage|quitte|pleure|craque|ferme)|every hour|toutes les heures|never (?:streams|posts|plays|comes back|shows up) again|plus jamais|make sure (?:she|he|they) never|leaves for good|faut qu (?:elle|il) degage|qu (?:elle|il) degage du serveur){E}"
        rf"|^(?!.*{B}(?:me|my|mes|moi|mon|ma|nous|us|je|j|i)(?![^ ])).*{B}(?:everyone|everybody|tout le monde|vous tous)(?: \S+)? (?:spam|spamme|spammez|dm|mp|message|harcelez|harass|flood|floodez)(?: \S+)? (?:@user|her|him|elle|lui|la|le|ses mp|her dms|his dms){E}"
        rf"|^(?:allez|go|let s go|come on|aller)(?: \S+)? (?:tout le monde|everyone|vous tous|everybody) (?:en mp|in dms|in her dms|in his dms|dans ses mp|dans son chat|in her chat|in his chat){E}",
    ),
    # More images of "kill yourself": "buy a rope and a chair, problem solved", « saute du 10e », "a long walk off a short pier",
    # "unsubscribe from life"
    (
        _T,
        "kys_more_images",
        "rope noose corde saute sautez jump pier walk unsubscribe uninstall desabonne desinstalle rape drown hang shoot stab gas choke strangle",
        None,
        False,
        rf"(?:^(?:@user )?(?:just |so |go |now |allez )?(?:buy|get|grab|go buy|achete|achetes|va acheter|prends)|{B}(?:jte paie|je te paie|j te paie|je t offre|j t offre|jt offre|je te l offre|i ll buy {_Y4}|i will buy {_Y4}|i will get {_Y4}|i ll pay for {_YR4}))(?: \S+){{0,2}} (?:rope|noose|corde)(?: \S+){{0,3}}(?=.*{B}(?:problem solved|for all of us|pour nous|for us|t en servir|use it|si tu promets|promise|tonight|ce soir|chair|chaise|tabouret|stool){E})"
        rf"|^(?:@user )?(?:just |now |so |allez |va |go )?(?:(?:saute|sautez) (?:du|de|d un|par la)|jump (?:off|from|out of))(?: the| la| le| a| an| ta| your| ur)? (?:\d+e|\d+eme|\d+th|dixieme|toit|balcon|pont|roof|balcony|bridge|window|fenetre|tall building|building|cliff|falaise){E}"
        rf"|{B}(?:long walk off a short (?:pier|bridge|cliff|plank|dock)){E}"
        rf"|{B}(?:go|va|just) (?:rape|drown|hang|shoot|stab|gas|choke|strangle) (?:yourself|urself|yourselves){E}"
        rf"|^(?!.*{B}(?:i|je|j|me|moi|my|mon|ma|mes|myself|m)(?![^ ])).*{B}(?:unsubscribe|log off|logout|log out|uninstall|delete yourself|desabonne toi|desinstalle toi|deconnecte toi)(?: \S+)? (?:from |of |de )?(?:life|la vie|existence|real life|reality|la realite){E}",
    ),
    # Emoji read as words (``abuse``): "🪢🪑 u know what to do", "🪢 here's your starter kit", "🔫😵 toi bientôt"
    (
        _T,
        "kys_means_emoji",
        "rope noose corde gun knife blood",
        None,
        False,
        rf"^(?!.*{B}{_CONTEST}{E})(?!.*{B}(?:i|je|j|me|m|my|mon|ma|mes|moi|myself){E})(?=.*{B}(?:rope|noose|corde){E})(?=.*{B}(?:chair|chaise|tabouret|stool|starter kit|kit|homework|devoirs|cadeau|gift|present|know what to do|sais quoi faire|sais ce qu il te reste a faire|best thing {_Y4} could do|tonight|ce soir|use it|mets le|enjoy){E})(?=.*{B}(?:{_Y4}|{_YR4}|toi|ton|ta|tes|te|t|@user){E})"
        # weapons aimed at the reader, never at oneself (« 🔪 ce soir » may be self-harm told: the support side's)
        rf"|^(?!.*{B}{_CONTEST}{E})(?!.*{B}(?:i|je|j|me|moi|my|mon|ma|mes|myself|m)(?![^ ]))(?=.*{B}(?:toi|te|t|{_Y4}|{_YR4}|@user){E})(?:@user )?(?:gun|knife|blood)(?: (?:gun|knife|blood|house))*(?: \S+){{0,3}} (?:toi|{_Y4}|@user|bientot|a bientot|soon|ce soir|tonight|see {_Y4}|t attend|waiting){E}",
    ),
]
PHRASES = PHRASES + tuple(_compile_phrase(row) for row in _RAW4)
ANCHORS = ANCHORS | frozenset().union(*(ws(row[2]) - _STOP for row in _RAW4))
# "not in the game", « pas dans le jeu »: a threat said to leave the game keeps its weight in a game channel
HARD_ALWAYS = re.compile(
    rf"(?:{HARD_ALWAYS.pattern})|{B}(?:pas dans le jeu|pas en jeu|not in the game|not in game|not ingame|outside the game|hors du jeu|en dehors du jeu){E}"
)
REAL_WORLD = REAL_WORLD | ws("visit visite yard rink hosto hopital parked")

# Hate as a generalisation about a group with no slur (rounds 20-21): a group "always" the worst, "all" of a
# kind, none of them able; an illness called an excuse or laziness; care or presence denied to a group; race
# science, replacement and control tropes.
_NOT_CLAIMED = (
    rf"(?!.*{B}(?:people think|they think|told me|m a dit|on me dit|on dit que|they say|ils disent|les gens pensent|"
    rf"people say|treated|seen as|vus comme|stereotype|cliche|myth|mythe|stigma|stigmate|not true|pas vrai|faux de dire)(?![^ ]))"
)
HATE_RULES += (
    (
        "group_all_of_a_kind",
        True,
        ws("all tous toutes aucune aucun none always toujours scammers alcoholics voleurs"),
        re.compile(
            rf"^{_NOT_CLAIMED}.*{B}{GROUP_HEAD}(?: \S+){{0,6}} (?:(?:are|sont|c est|ce sont|they re|they are|ils sont|elles sont) (?:all|tous|toutes|toutes des|tous des|que des|just|juste) (?:des )?(?!heroes|legends|welcome|amazing|beautiful|invited|friends|different|humans|people|unique|valid|warriors|survivors|fighters|champions|great|lovely|nice|kind|gentils|gentilles|adorables|super|geniaux|bienvenus|bienvenues|humains)(?!(?:des )?(?:passionnes|passionnees|fans|fan|amateurs|amoureux|amoureuses|fous de|folles de|dingues de|supporters|lovers|into|mad about|crazy about|obsessed with|gourmands|gourmandes|fiers|fieres|proud|chaleureux|chaleureuses|accueillants|accueillantes|welcoming|friendly|sympas|droles|funny|hilarious|talented|doues|bons cuisiniers|good cooks|great cooks)(?![^ ]))[a-z]+(?:s|x)"
            rf"|(?:font|make|turn|have|ont) (?:toujours|always|tjrs) (?:tout un cinema|tout un drame|tout un plat|everything about|the guild into|to make everything)"
            rf"|(?:always|toujours|tjrs) (?:the |les |le |la )?(?:loudest|worst|pires|plus bruyants|have to make|make everything|turn the|font tout un|font toujours|font perdre|ruin|ruine|ruinent|gachent|pourrissent|complain|whine|chialent|se plaignent|drama|cinema)"
            rf"|(?:only there|there|la que|juste la|c est juste|c est que) (?:for|to|pour) (?:the |les |get |attirer |se faire )?(?:simps|dons|donations|attention|carried|carry|porter|mecs|guys|boys|puceaux|views|vues))(?![^ ])"
        ),
    ),
    (
        "group_none_able",
        False,
        ws("aucune aucun none one single"),
        re.compile(
            rf"^(?=.*{B}(?:girls|filles|meufs|women|femmes|female|females|gameuses|joueuses|nanas|streameuses|handicapes|autistes|noirs|blacks|arabes|asians|asiatiques|gays|homos|trans){E})"
            rf".*{B}(?:aucune|aucun|not one of them|not one|none of them|not a single one|pas une|pas un|name one|name one who|cite m en une|cite moi une)(?: \S+){{0,2}} (?:sait|savent|can|could|a le|ont le|has|have|earned|merite|know|knows|is good|est bonne|joue|plays)(?![^ ])"
        ),
    ),
    (
        "diversity_hire",
        False,
        ws("diversity hire quota quotas"),
        re.compile(
            rf"^(?=.*{B}(?:girls|filles|meufs|women|femmes|female|noirs|blacks|black|gays|trans|handicapes|disabled){E}).*{B}(?:diversity hire|diversity hires|diversity thing|quota|quotas|embauche diversite){E}"
        ),
    ),
    (
        "illness_dismissed",
        False,
        ws(
            "excuse lazy weak munchausen flemme faking simulent genes paresse prescription bored bosser whine "
            "invisible wanting envie materner"
        ),
        re.compile(
            rf"^(?!.*{B}(?:my|mon|ma|mes|i have|i ve got|i ve|j ai|je suis|i m|i am)(?: \S+){{0,2}} (?:{_ILL}|eds|endo|adhd|tdah|fibro|depressed|depressive|depressif|me cfs)(?![^ ])){_NOT_CLAIMED}.*"
            rf"{B}(?:(?:l |la |le |les )?(?:{_ILL}|eds|me cfs|cfs|endo|adhd|tdah|depression|invisible illnesses|invisible illness|maladies invisibles|gens en depression|depressed people|people with \S+)(?: \S+){{0,4}} "
            rf"(?:is just|c est juste|is what|c est ce que|is the new excuse|la nouvelle excuse|an excuse|une excuse|are just|sont juste|ils ont juste|ont juste|is basically|c est basically|are undisciplined)"
            rf"(?: \S+){{0,10}} (?:weak|faibles|lazy|paresseux|paresseuses|pas envie|flemme|not wanting to work|pour pas bosser|pour pas aller bosser|pour pas travailler|to not work|to skip work|attention|bored|whine|whining|munchausen|kids with a prescription|nothing there|rien du tout|weak genes|mauvais genes|excuse|made up|invente|inventee)"
            rf"|(?:eds|fibro|endo|me cfs|adhd|tdah|depression|anxiety|autism|autisme) (?:is|c est) (?:the|le|la) (?:munchausen|new excuse|nouvelle excuse|excuse)"
            rf"|(?:invisible|invisibles) because (?:there s|there is) nothing there"
            rf"|(?:faking|fake|simulent|simule) (?:their |leur |leurs )?(?:chronic illness|illness|maladie|maladies|handicap|disability|depression)(?: \S+){{0,3}} (?:for attention|pour l attention|pour attirer l attention)){E}"
        ),
    ),
    (
        "care_denied",
        False,
        ws(
            "soigner treatment treating money interpreters burden fardeau ralentit ralentissent naitre depister "
            "institutionalised institutionalized internes perdre slow ruin"
        ),
        re.compile(
            rf"^{_NOT_CLAIMED}.*{B}(?:(?:les |the )?(?:vieux|old people|elderly|personnes agees|vieux malades|seniors|handicapes|disabled|deaf people|sourds|les gens en fauteuil|personnes en fauteuil|people in wheelchairs|trisomiques|autistes|autistic people|malades|sick people)(?: \S+){{0,4}} "
            rf"(?:faudrait arreter de les soigner|should stop getting treatment|should stop being treated|should not be treated|shouldn t be treated|should stop demanding|devraient arreter de demander|devraient pas venir|should not come|shouldn t come|ralentit tout le monde|ralentissent tout le monde|slow everyone down|font perdre tout le monde|ruin it for everyone|are a burden|sont un fardeau|c est un fardeau|should be institutionalised|should be institutionalized|devraient etre internes|devraient etre enfermes)"
            rf"|on devrait (?:tous )?les (?:depister|empecher de naitre|eliminer|avorter|enfermer|interner)"
            rf"|(?:they re|they are|ils sont|elles sont) (?:a |un |une )?(?:burden|fardeau|poids) (?:on|for|pour) (?:everyone|society|la societe|tout le monde|us|nous|everyone around them)"
            rf"|waste of money that could go to|ils ont fait leur temps){E}"
            rf"|^(?!.*{B}(?:my|mon|ma|mes)(?![^ ]))(?=.*{B}(?:{_ILL}|autism|autisme|autistic|autistes|kids|enfants|disabled|handicapes|trisomiques){E}).*{B}(?:should|must|need to|devraient|doivent|faudrait les) (?:be |etre )?(?:institutionalised|institutionalized|locked up|put away|sterilised|sterilized|internes|enfermes|steriliser|interner|enfermer){E}"
        ),
    ),
    (
        "race_science",
        False,
        ws(
            "iq qi brain skull crane races race genetiquement genetically scientifique scientific data statistics statistiques statistic"
        ),
        re.compile(
            rf"{B}(?:(?:iq|qi|brain mass|brain size|cerveau|skull|crane)(?: \S+){{0,6}} (?:lower|inferieur|inferieure|inferior|smaller|plus petit|plus petite|less|moins|prove|prouvent|prouve)"
            rf"|(?:certaines|certain|some) (?:races|groups|groupes|ethnies) (?:\S+ ){{0,3}}(?:sont|are|have|ont) (?:plus|more|lower|less|moins|naturally)"
            rf"|(?:not an insult|pas une insulte|not my opinion|pas mon avis)(?: \S+){{0,3}} (?:it s a statistic|it s the data|c est une statistique|c est scientifique|it s science|c est la science|c est les chiffres)"
            rf"|(?:c est prouve|it s proven|it is proven|scientifically proven) (?:genetiquement|genetically|scientifiquement)){E}"
        ),
    ),
    (
        "replacement_control",
        False,
        ws(
            "replace replacing remplacer remplacent remplacement control controlent tiennent dirigent possedent invented invente merchants merchant integrate integrer assimilate assimiler diseases weapon"
        ),
        re.compile(
            rf"{B}(?:(?:replace|replacing|replaced|remplacer|remplacent|remplace|remplacement de) (?:us|notre peuple|our people|the natives|les natifs|nous|white people|les blancs|the whites|les francais|europeans|les europeens)"
            rf"|(?:jews|juifs|jewish|feujs|the globalists|globalists|les globalistes|les mondialistes)(?: \S+){{0,2}} (?:control|controlent|tiennent|own|run|dirigent|possedent|invented|ont invente|are behind|sont derriere)"
            rf"|happy merchant|happy merchants"
            rf"|(?:can t|cannot|can not|won t|will not|will never|never|peuvent pas|savent pas|veulent pas|arrivent pas a|ne peuvent pas) (?:integrate|s integrer|assimilate|s assimiler)"
            rf"|(?:carry|bring|spread|apportent|ramenent|transmettent|propagent) (?:diseases|disease|maladies|des maladies)(?=.*{B}(?:migrants|immigrants|refugees|refugies|immigres|those people|ces gens){E})"
            rf"|(?:biological weapon|arme biologique)){E}"
        ),
    ),
)

# the gate lets a message through when a word of these hate rules is in it (their anchors)
ANCHORS = ANCHORS | frozenset().union(*(row[2] for row in HATE_RULES[-7:] if row[2] is not None))

# --- round 24 (issue 11, insult helper 4): contempt with no insult word, insult nouns that are also ordinary
# words, idioms of stupidity, hate as a generalisation with no slur, dog whistles ----------------------------
# Every row is a construction (who is said to be what, in which frame), written in both languages. The rows
# that read contempt with no insult word are teasing when affection is said beside them (``_FOND_VOIDS``).
_SECOND = r"(?:you|u|ur|your|yer|ya|ye|yu|tu|t|toi|te|ton|ta|tes|vous|votre|vos|@user|partner)"
_SECOND_ANYWHERE = rf"(?=.*{B}{_SECOND}{E})"
# Anyone but the reader; "(?>.*{B}{_THIRD_R24}{E})?" at the start skips to the last of them in one pass (a search
# that tried every position with "(?!.*third)" rescanned the message from each one)
_THIRD_R24 = r"(?:he|she|they|him|her|il|elle|ils|elles|lui|mon chef|my boss|the government|le gouvernement)"
_SOFT_NOUN_FR = (
    "cloche|cloches|tarte|tartes|nouille|nouilles|buse|buses|truffe|truffes|courge|courges|bulot|bulots|tanche|"
    "tanches|cruche|cruches|quiche|quiches|patate|patates|moule|moules|huitre|huitres|andouille|andouilles|"
    "carotte|carottes|touriste|touristes|"
    "pintade|pintades|dinde|dindes|saucisse|saucisses|nouille|buses|bille|billes|brele|breles|tache|taches"
)
# "you absolute walnut/weapon" is as often fond (UK banter) as not: those two count only in "walnut behaviour"
# and "weapon of a healer" (``_SOFT_NOUN_EN_ONLY``).
_SOFT_NOUN_EN_ONLY = "walnut|weapon|melt"
_SOFT_NOUN_EN = (
    "plank|planks|spanner|spanners|melon|melons|donut|donuts|doughnut|doughnuts|"
    "dropkick|dropkicks|dipstick|dipsticks|tool|tools|dill|knob|knobs|cabbage|turnip|potato|sausage|wet wipe|"
    "lemon|muppet|muppets|goblin|gremlin|bot|noob|melt|nonce|walloper|roaster|fud|galah|clown|wet blanket"
)
# the author speaking of themselves ("absolute clown behaviour from me", « quelle cruche je fais »)
_NOT_ME = rf"(?!.*{B}(?:je suis|je fais|j ai|je me|me suis|j me|from me|de ma part|on my part|i am|i m|i was|i just|my bad|i did|i have|i ve|me too|moi)(?![^ ]))"
# "i'm such a plank", "me being such a melon": the author before an exclamation; "what a muppet i am", "what a
# plank, I left...": the author right after it ("what a melon I told you" stays at the reader).
_NOT_ME_BEFORE = (
    r"(?<!i am )(?<!i m )(?<!im )(?<!i was )(?<!being )(?<!i feel like )(?<!i have been )(?<! me )"
)
_NOT_ME_AFTER = r"(?! (?:i|me|myself|moi)(?![^ ])(?! (?:told|tell|said|say|asked|warned|think|thought|swear|bet|reckon|guess|mean|hope)(?![^ ])))"
# Day 9: « la plus grosse quiche du serveur c'est moi »: the author names themself right after the noun
_NOT_ME_AFTER_FR = r"(?!(?: \S+){0,6} c (?:est|etait) (?:moi|nous)(?![^ ]))"
_INTENSE_EN = r"(?:absolute|total|utter|complete|proper|right|massive|fucking|bloody|actual|big|wee|daft|fkn|such|colossal)"
_STUPID_FR = (
    r"(?:debile|stupide|con|conne|idiot|idiote|bete|nul|nulle|neuneu|limite|cretin|cretine|abruti|abrutie)"
)
_STUPID_EN = r"(?:dumb|stupid|idiotic|moronic|brainless|clueless|thick|dense|dim|slow|useless|bad|trash)"
_MIND = r"(?:head|brain|brains|skull|noggin|mind|cerveau|tete|crane|cervelle|caboche|citrouille|ciboulot)"
_RAW4_INSULT: list[tuple[AbuseKind, str, str, str | None, bool, str]] = [
    # Insult nouns that are also food, tools or birds, in the frames that make them insults: « t'es une
    # cloche », « espèce de nouille », « quelle buse », "you absolute walnut", "what a plank", "walnut behaviour".
    (
        _I,
        "insult_soft_noun",
        _SOFT_NOUN_FR.replace("|", " ")
        + " "
        + _SOFT_NOUN_EN.replace("|", " ").replace("wet ", "")
        + " walnut weapon melt",
        None,
        False,
        rf"{B}(?:t es|tu es|t etais|tu etais|vous etes|espece de|espece d|pauvre|pauv|bande de|sacree|sacre|grosse|gros|vieille|vieux) (?:(?:un|une|vraie|vrai|sacree|sacre|grosse|gros|pauvre|pauv|belle|beau|sombre|de|d|vieille|vieux|petite|petit|ptite|ptit|grande|grand) ){{0,2}}(?:{_SOFT_NOUN_FR}){E}{_NOT_ME_AFTER_FR}"
        rf"|^{_NOT_ME}.*{B}(?:quel|quelle|qu elle|quels|quelles) (?:(?:grosse|gros|belle|beau|sacree|sacre|vraie|vrai|pauvre) )?(?:cloche|cloches|buse|buses|courge|courges|bulot|bulots|tanche|tanches|cruche|cruches|nouille|nouilles|andouille|andouilles|truffe|bille|brele|pintade|dinde){E}(?! (?:au|aux|a la|de|du|des|farcie|farcies|rotie|roti|aux champignons)(?![^ ]))"
        rf"|{B}(?:you|ya|ye|yer|you re|you are|youre|ur|ye are|you is|il y a) (?:a |an )?{_INTENSE_EN}(?: {_INTENSE_EN})?(?: \S+)? (?:{_SOFT_NOUN_EN}){E}"
        # round 30: "what an absolute muppet I am", "i'm such a total plank", "what a melon, I left my pen at
        # home": the exclamation said of oneself (the author before it, or right after it) is self-talk
        rf"|{_NOT_ME_BEFORE}{B}(?:what a|what an|such a|such an) {_INTENSE_EN}(?: {_INTENSE_EN})?(?: \S+)? (?:{_SOFT_NOUN_EN}){E}{_NOT_ME_AFTER}"
        rf"|^{_NOT_ME}.*{B}(?:absolute|total|utter|complete|actual|proper) (?:{_SOFT_NOUN_EN}|{_SOFT_NOUN_EN_ONLY}) (?:behaviour|behavior|energy|moment|move|of a (?:human|person|man|woman|player|healer|tank|support|dps|teammate|mod|member|gamer|parent|friend|lad|boy|girl)){E}",
    ),
    # Contempt with no insult word: "no one in this group likes you", « personne t'apprécie », "we just put up
    # with you", "nobody asked", "nobody takes you seriously", « on te supporte par pitié ».
    (
        _I,
        "insult_contempt_r24",
        "nobody noone one personne put supporte supportons tolere tolerate tolerates humour humor humouring "
        "seriously serieux pitie pity asked sonne calcule",
        None,
        False,
        rf"{B}(?:nobody|no one|noone|none of us|not one person|literally nobody|no one here|nobody here)(?: \S+){{0,5}} (?:likes|like|wants|cares about|respects|rates|reads|misses|needs|takes) (?:you|u|ya|ur posts|your posts|your messages|you seriously){E}"
        rf"|{B}personne(?: \S+){{0,3}} (?:t aime|t apprecie|t apprecies|te supporte|te calcule|te respecte|te prend au serieux|veut de toi|t ecoute|te lit|t a sonne|t a demande ton avis|t a demande quoi que ce soit|te regrettera|va te regretter){E}"
        rf"|{B}(?:we|they|everyone|everybody) (?:just |only |all |merely |barely )*(?:put up with|tolerate|humour|humor|pity|feel sorry for) (?:you|u|ya){E}"
        rf"|{B}(?:on|ils|tout le monde|le serveur) (?:ne )?(?:fait que |fait juste |)?(?:te supporte|te tolere|t endure|a pitie de toi) (?:par pitie|a peine|par politesse|parce qu on a pitie|parce qu on est polis|c est tout)?{E}(?=.*{B}(?:personne|pitie|politesse|peine|juste|que)(?![^ ]))"
        rf"|{B}(?:nobody|no one|noone|literally nobody) (?:even )?asked(?: (?:you|u|for your \S+|for ur \S+|lol|lmao|tho|though|bro|mate|pal|buddy|sweetie|mdr))?$"
        rf"|^(?:nobody|no one|noone) (?:even )?asked{E}",
    ),
    # Dehumanising and humiliating comparisons: "more going on in a potato than in your head", « y'a plus de
    # vie dans une moule que dans ton cerveau », "evolution skipped this one", "you're the reason there are
    # warning labels", "you're a walking disaster", « t'es un malaise ambulant », « quel spécimen pathétique ».
    (
        _I,
        "insult_contempt_r24",
        "more plus evolution evolutionary darwin selection gene pool genetique reason raison walking living "
        "ambulant ambulante pattes specimen specimens",
        None,
        False,
        rf"{B}more (?:\S+ ){{0,2}}(?:life|going on|brain activity|brains|brain cells|braincells|intelligence|personality|charisma|conversation|skill|talent|game sense|depth|humour|humor|sense|thought|thoughts|awareness|iq) (?:\S+ ){{0,2}}(?:in|inside|going on in) (?:a|an|my|the) (?:\S+ ){{0,3}}(?:than|then) (?:in |inside |on )?(?:your|ur|you|yours|ya){E}"
        rf"|{B}plus (?:de |d )(?:vie|neurones|neurone|intelligence|cervelle|charisme|personnalite|conversation|talent|skill|cerveau|jugeote|humour|esprit|reflexion|activite|qi|reflexes) (?:\S+ ){{0,2}}(?:dans|chez) (?:un|une|mon|ma|le|la|l) (?:\S+ ){{0,3}}(?:que|qu) (?:dans |chez |entre )?(?:ton|ta|tes|toi|vous|votre|tes deux){E}"
        rf"|{B}(?:evolution|l evolution|darwin|natural selection|la selection naturelle|mother nature|mere nature|dame nature) (?:\S+ ){{0,2}}(?:skipped|forgot|missed|gave up on|took a day off|gave up|a saute|a oublie|a rate|a abandonne|s est arretee|a lache|a zappe|a pris un jour de conge|passed over|went backwards|a recule|recule)(?=.*{B}(?:you|u|this one|that one|him|her|celui la|celle la|celui ci|celle ci|toi|ce mec|ce type|cette meuf|ton cas|your case|avec toi|with you){E})"
        rf"|^{_SECOND_ANYWHERE}.*{B}(?:out of|from|remove (?:you|u|yourself) from|shallow end of|le fond de|retire toi du) (?:the |le )?(?:gene pool|patrimoine genetique|pool genetique){E}"
        rf"|{B}(?:t es|tu es|you re|you are|youre|ur|vous etes|t) (?:the|la|le) (?:reason|raison)(?: \S+){{0,8}} (?:notices|notice|labels|label|warning|warnings|instructions|mode d emploi|tutorials|tutos|tuto|shampoo|shampoing|bouteilles|bottles|gene pool|contraception|condoms|condom|capotes|capote|birth control|people leave|people stopped|people stop|les gens partent|tout le monde part|on perd|we lose|we lost|on a perdu|we can t have nice things|on peut pas avoir de belles choses|aliens won t talk to us){E}"
        rf"|{B}(?:t es|tu es|you re|you are|youre|ur|vous etes) (?:un |une |a |an )?(?:vrai |vraie |veritable |total |totale |\S+ )?(?:malaise|catastrophe|cliche|erreur|accident|blague|gachis|honte|echec|desastre|pub|publicite|cringe) (?:ambulant|ambulante|ambulants|sur pattes|sur deux pattes|vivant|vivante){E}"
        rf"|{B}(?:you re|you are|youre|ur|u r) (?:a |an |the )(?:walking|living|human|breathing) (?:disaster|cringe|embarrassment|l|joke|cautionary tale|mistake|red flag|advertisement for|argument for|participation trophy|skill issue|facepalm|dumpster fire|trainwreck|train wreck|l take){E}"
        rf"|{B}(?:what a|such a|quite the|quel|quelle|un beau|un sacre|sacre|un vrai) (?:(?:sad|sorry|tragic|pathetic|pitiful|miserable|wretched|little|lil|pitiable|beau|sacre|vrai|drole|drole de|triste|pauvre) ){{1,3}}(?:specimen|specimens|excuse of a human){E}"
        rf"|{B}(?:quel|quelle|un|what a|such a) (?:\S+ )?specimen(?: \S+)? (?:pathetique|pitoyable|lamentable|minable|ridicule|pathetic|sad|tragic|sorry|de merde|de foire){E}",
    ),
    # Humiliating sarcasm and stupidity idioms: "imagine paying for the game just to be this bad", "sorry, I don't
    # speak clown", "the dumbest thing I've read this week, and I read your posts", « t'es tombé sur la tête
    # petit », "all hat no cattle", « t'as pas inventé l'eau chaude », « débile, mais courageux ».
    (
        _I,
        "insult_contempt_r24",
        "imagine imaginez speak parle parles comprends dumbest stupidest worst pire lu read tombe tombee fell "
        "drop dropped hat sharpest short dumber thick lights invente case manque balai valise pieds courageux "
        "courageuse brave congrats bravo congratulations felicitations reussi managed finally envoyer send "
        "touched touche grass herbe lumiere daylight sunlight soleil soap savon douche shower niveau level degre",
        None,
        False,
        rf"{B}(?:imagine|imaginez|imaginer)(?: \S+){{0,8}} (?:to be|being|be|d etre|etre|pour etre) (?:this|that|so|aussi|si|autant|as) (?:bad|dumb|slow|stupid|useless|trash|ass|nul|nulle|mauvais|mauvaise|con|conne|bete|lent|lente|eclate|eclatee|garbage|pathetic|pathetique|clueless|dense|thick){E}"
        rf"|{B}(?:i|je|j|we|on)(?: \S+){{0,2}} (?:speak|parle|parlons|comprends|understand|read) (?:pas |not )?(?:le |la |l |fluent )?(?:clown|clownese|idiot|moron|stupid|dumbass|guignol|debile|con|imbecile|neanderthal|caveman|crayon|baby|bebe|singe|monkey|abruti|cretin|neuneu|toddler|npc|boomer|bot){E}"
        rf"|{B}(?:dumbest|stupidest|worst|most stupid|most idiotic|pire|plus con|plus conne|plus debile|plus bete|plus nul|plus stupide)(?: \S+){{0,10}} (?:and|et|but|mais) (?:pourtant |yet |still |then again |i |j |je |moi )*(?:i |j |je )?(?:have |ai |had |ve |ve already |ai deja |deja )?(?:read|lu|seen|vu|heard|entendu) (?:\S+ )?(?:your|ur|tes|ton|ta|vos|tous tes|all your|toutes tes){E}"
        rf"|{B}(?:t es|tu es|t|t etais|you|u|did you|were you|tu t es|t as ete) (?:tombe|tombee|tombes|fell|dropped|been dropped) (?:sur la tete|on (?:your|ur|ya|yer|ye|the) head|on (?:your|ur) head as a (?:baby|kid|child))(?: \S+){{0,5}} (?:petit|petite|bebe|baby|enfant|kid|child|naturel|natural|born|ne comme ca|ne comme ca|de naissance){E}"
        rf"|{B}(?:did|do|has|have) (?:your|ur|yer) (?:parents|mum|mom|mother|dad|mama|mommy|daddy|folks)(?: \S+){{0,2}} (?:drop|dropped) (?:you|u|ya){E}"
        rf"|{B}(?:ta mere|ta daronne|tes parents|ton pere|ton daron) (?:\S+ ){{0,2}}(?:t a|t ont|t avait|t avaient) (?:fait tomber|laisse tomber|echappe) (?:sur la tete|quand t etais (?:petit|petite|bebe)|bebe){E}"
        rf"|{B}(?:all hat (?:and )?no cattle|big hat no cattle|all mouth and no trousers|all fur coat and no knickers){E}"
        rf"|^(?>.*{B}{_THIRD_R24}{E})?(?!.*{B}{_THIRD_R24}{E}){_SECOND_ANYWHERE}.*{B}(?:(?:not|pas) (?:the|le|la) (?:sharpest|brightest|most sharp) (?:tool|knife|crayon|pencil|bulb|spoon|cookie)|(?:a )?(?:few|couple|one|some) (?:\S+ ){{0,1}}short of a (?:picnic|full deck|happy meal|six pack|load|full load)|dumber than (?:a |a box of |a bag of |a sack of |a pile of |a bucket of )?(?:rocks|hair|bricks|brick|rock|dirt|a post|toast)|thick as (?:two short planks|a brick|mince|pig shit|a plank)|lights are on but (?:nobody|no one) s home|pas la lumiere a tous les etages|manque (?:une case|des cases|une frite dans le paquet|un boulon)|pas (?:le|la) (?:couteau|lame|crayon|ampoule|bougie|outil) (?:le |la )?plus (?:aiguise|aiguisee|brillant|brillante|fute|futee|affute|affutee)|pas invente (?:l eau chaude|la poudre|le fil a couper le beurre|l eau tiede|la roue)|(?:con|conne|bete) comme (?:un balai|une valise|ses pieds|tes pieds|une huitre|une moule|un manche|une bite|un poteau|une planche|un pied de chaise|une brique)){E}"
        rf"|{B}{_STUPID_FR} (?:mais|but) (?:courageux|courageuse|brave|determine|determinee|motive|motivee|confiant|confiante)|(?:courageux|courageuse|brave|bold|confident) (?:mais|but) {_STUPID_FR}{E}"
        rf"|{B}(?:{_STUPID_EN}|dumb as hell) (?:but|yet) (?:brave|bold|confident|determined|committed)|(?:brave|bold|confident|determined) (?:but|yet) {_STUPID_EN}{E}"
        rf"|{B}(?:t as|tu as|vous avez|you|u|you really|t as vraiment|tu as vraiment|you actually|you seriously) (?:\S+ )?(?:ecrit|tape|redige|wrote|typed|write|type) (?:\S+ )?(?:tout ca|ca|all (?:of )?(?:that|this)|that|this)(?: out)? (?:et|and) (?:\S+ )?(?:appuye sur envoyer|clique sur envoyer|hit send|pressed send|clicked send|hit enter|pressed enter|thought it was (?:smart|clever|a good idea)|t as cru que c etait (?:intelligent|malin)|thought that was (?:smart|clever)){E}"
        rf"|{B}(?:bravo|congrats|congratulations|well done|felicitations|good job|gg|wow|impressive|impressionnant)(?: \S+){{0,4}} (?:t as reussi a|tu as reussi a|tu as enfin reussi a|t as enfin reussi a|you managed to|you finally|you actually managed to|t as enfin|tu as enfin)(?: \S+){{0,2}} (?:ecrire|write|spell|form|type|lire|read|put|string|faire|aligner) (?:\S+ ){{0,2}}(?:une phrase|a sentence|a full sentence|un mot|a word|une ligne|two words|deux mots|a coherent|un truc coherent|without a typo|sans faute|sans fautes|together)"
        rf"|{B}(?:congrats|congratulations|well done|bravo|felicitations) (?:on|pour) (?:being|etre|avoir ete) (?:wrong|dumb|the worst|useless|stupid|an idiot|that bad|so bad|this bad|nul|nulle|con|conne|inutile|le pire|la pire|aussi nul|aussi nulle|a clown|un clown){E}"
        rf"|{B}(?:you|u|you ve|you have|t as|tu as|tu n as|t a|qui a|qui n a|who has|who s|who ve|who have|guy who|mec qui|gars qui|type qui|typique du mec qui|le genre a|genre a)(?: \S+){{0,2}} (?:never|jamais|not once) (?:touched|touche|seen|vu|felt|senti|been near|approche|ete pres de) (?:grass|l herbe|de l herbe|daylight|sunlight|the sun|la lumiere du jour|le soleil|a woman|une femme|une fille|soap|savon|du savon|une douche|a shower|a girl|a bar of soap){E}"
        rf"|^(?!.*{B}(?:my|mon|ma|mes|medecin|medecins|doctor|doctors|doc|hopital|hospital|gouvernement|government|secu|nhs|ministre|minister|admin|administration|prefecture|caf|banque|bank|service client|customer service)(?![^ ])).*{B}(?:niveau|degre|level|amount) (?:de|d|of) (?:nullite|betise|connerie|stupidite|debilite|incompetence|stupidity|dumbness|idiocy|cringe|ignorance)(?: \S+){{0,5}} (?:impressionnant|impressive|un talent|a talent|un art|an art|fascinant|fascinating|olympique|olympic|record|remarquable|remarkable|inedit|unreal|legendaire|legendary|historique|historic){E}",
    ),
    # Blame and send-offs with no insult word: "no wonder your whole guild left", « pas étonnant que toute ta
    # guilde se soit barrée », « t'es le pire support que j'ai jamais eu, désinstalle », "my baby sister builds
    # better", "go back to your cage", « retourne dans ta porcherie », « retourne jouer aux billes ».
    (
        _I,
        "insult_contempt_r24",
        "wonder etonnant why pourquoi like comme pire worst sister brother sis bro nan gran grandma granny soeur frere mamie "
        "chien chat dog cat niece nephew neveu cousin cousine papy grandad cage kennel sty pigsty barn stable cave "
        "swamp zoo porcherie niche etable grotte caverne enclos ecurie egout sewer marecage terrier bocal litiere "
        "billes poupee poupees legos lego barbie barbies playmobil dinette crayons dolls toys sandbox sheep "
        "sheeple moutons lemmings uninstall desinstalle desinstalles desinstallez",
        None,
        False,
        rf"{B}(?:no wonder|pas etonnant que|pas etonnant qu|c est pas etonnant que|pas etonnant si|now i see why|i can see why|je comprends pourquoi|je vois pourquoi|that s why|that explains why|c est pour ca que|ca explique pourquoi)(?: \S+){{0,3}} (?:your|ur|ta|ton|tes|toute ta|tout ton|tous tes|toutes tes) (?:\S+ )?(?:guild|guilde|team|equipe|friends|amis|amies|potes|copine|copain|girlfriend|boyfriend|gf|bf|wife|husband|femme|mari|ex|family|famille|parents|clan|squad|duo|mates|teammates|coequipiers|partner|partenaire|kids|enfants|gosses)(?: \S+){{0,3}} (?:left|leave|quit|dumped|ghosted|ran|hate|hates|avoid|avoids|blocked|kicked|se soit barree|se soit barre|se sont barres|soient partis|soit partie|soit parti|s est barre|s est barree|t a quitte|t ait quitte|t ont quitte|t aient quitte|t a largue|t ait largue|t ont lache|t aient lache|t a lache|est partie|est parti|sont partis|te fuit|te fuient|te deteste|te detestent|t evite|t evitent|se soit cassee|se soit tiree|s est tiree|se sont tires|ont fui|a fui|t a bloque|t ont bloque|t ont kick|t ont vire|t a vire|t ait vire|t aient vire){E}"
        rf"|{B}(?:with a|with an|avec une|avec un|avec des|with) (?:mother|mum|mom|father|dad|parent|parents|mere|pere|daronne|daron|maman|papa) (?:like you|comme toi|like u|comme vous)(?: \S+){{0,3}} (?:no wonder|pas etonnant|normal que|c est normal que|that s why|c est pour ca|of course|forcement|obviously|evidemment){E}"
        rf"|{B}(?:no wonder|pas etonnant que|pas etonnant qu|c est pas etonnant que|that s why|c est pour ca que) (?:your|ur|ton|ta|tes) (?:kid|kids|son|daughter|child|children|gosse|gosses|fils|fille|enfant|enfants|gamin|gamine|gamins|bebe|baby) (?:\S+ ){{0,2}}(?:is|are|soit|soient|est|sont|turned out|has|have|a|ait|aient|got) (?:\S+ )?(?:diabetic|diabetique|diabetiques|sick|malade|malades|autistic|autiste|autistes|fat|gros|grosse|obese|obeses|disabled|handicape|handicapee|like that|comme ca|so messed up|mal eleve|mal elevee|mal eleves|messed up|a mess|diabetes|du diabete|le diabete|asthma|de l asthme|adhd|le tdah){E}"
        rf"|{B}(?:no wonder|pas etonnant que|pas etonnant qu|that s why|c est pour ca que) (?:you|u|tu|t) (?:have |ve got |got |as |aies |aie |n as |n aies |n a |don t have |do not have |have got )?(?:no|pas d|pas de|aucun|aucune|zero|0) (?:friends|amis|amies|potes|gf|girlfriend|copine|mates|life|vie|one|date|dates){E}"
        rf"|{B}(?:t es|tu es|you re|you are|youre|ur)(?: (?!not|pas|never|jamais|n|ne|no)\S+){{0,5}} (?:le|la|the) (?:pire|worst|plus nul|plus nulle) (?:\S+ ){{0,2}}(?:que j ai jamais|que j aie jamais|que j ai vu|que j ai eu|que ce serveur|i ve ever|i have ever|ive ever|i ve had|i ve seen|ever|de l histoire|in history|du serveur|on this server|de la terre|on earth|du jeu|in the game){E}"
        rf"|^(?=.*{B}(?:t es|tu es|you re|you are|youre|ur|your|yer|you|u|t as|tu as|@user)(?![^ ]))(?!.*{B}(?:reinstall|reinstaller|reinstalle|reinstalles|driver|drivers|update|mise a jour|maj|launcher|cache|fixed|fix|regle|bug|crash|crashes|mod|mods|addon|addons)(?![^ ])).*{B}(?:uninstall|desinstalle|desinstalles|desinstallez|desintalle|uninstall the game|delete the game|supprime le jeu)(?:(?: (?:le jeu|the game|now|maintenant|stp|please|pls|frero|bro|mate|direct|asap))?$| (?:delete|supprime|throw|jette|sell|vends))"
        rf"|{B}(?:go back to|get back in|get back to|get back into|back in|back to|return to|retourne|retournez|rentre|rentrez|va|vas|allez|crawl back (?:to|into|in)|go back in|go back into) (?:a |au |aux |dans |en |to |in |into )?(?:your|ur|yer|ta|ton|tes|the|la|le|l|votre) (?:cage|kennel|pen|sty|pigsty|barn|stable|cave|swamp|zoo|hole|trou|porcherie|niche|etable|grotte|caverne|enclos|ecurie|poubelle|bin|dumpster|egout|sewer|marecage|terrier|jungle|bocal|litiere|gutter|caniveau|bridge|pont|pond|mare){E}"
        rf"|{B}(?:retourne|retournez|va|vas|allez|rentre) (?:jouer|t amuser) (?:aux|a la|aux|au|a|avec tes|avec ta|avec ton|dans ton|dans le) (?:billes|poupee|poupees|legos|lego|barbie|barbies|playmobil|playmobils|dinette|bac a sable|pate a modeler|petites voitures|hochet|doudou){E}"
        rf"|{B}(?:go|go back to|run along and|go and) (?:play|playing) (?:with )?(?:your |ur |the )?(?:legos|lego|dolls|crayons|barbies|barbie|toys|sandbox|rattle|blocks|play doh|playdough)(?: kid| kiddo| child| sweetie| little one| boy| girl)?{E}"
        rf"|{B}(?:you|u|vous|you people|you lot|vous autres|y all|yall)(?: \S+){{0,14}} (?:are|r|re|etes|et) (?:just |all |tous |toutes |que |juste |nothing but |rien que |such )?(?:des |a bunch of |a flock of |un troupeau de )?(?:sheep|sheeple|moutons|lemmings){E}",
    ),
    # "my baby sister builds better", « même mon ketje joue mieux que toi »: teasing when laughed (``_LAUGH_VOIDS``).
    (
        _I,
        "insult_even_my_kin",
        "sister brother sis bro nan gran grandma granny soeur frere mamie chien chat dog cat niece nephew neveu "
        "cousin cousine papy grandad grandpa goldfish hamster ketje fils fille gosse",
        None,
        False,
        rf"^{_SECOND_ANYWHERE}(?!.*{B}(?:than you think|than you d think|que tu crois|que tu penses|than me|que moi){E}).*{B}(?:my|ma|mon) (?:little |baby |petite |petit |\d+ year old |old |grand |lil |kid |blind |)?(?:sister|brother|ketje|fils|fille|gosse|sis|bro|nan|gran|grandma|granny|grandmother|grandad|grandpa|mum|mom|dog|cat|soeur|frere|grand mere|mamie|chien|chat|niece|nephew|neveu|cousin|cousine|petite soeur|petit frere|grand pere|papy|goldfish|hamster)(?: \S+){{0,5}} (?:builds|plays|aims|heals|tanks|writes|drives|types|spells|reads|joue|construit|vise|ecrit|soigne|conduit|ferait|would do|does|could do|fait|does it|can do|could)(?: it| ca| that| this)? (?:\S+ ){{0,2}}(?:better|mieux){E}",
    ),
    # The ball-and-appliance comparison said of the reader's play: "you play Ken like a microwave plays chess",
    # « ta Chun-Li elle joue comme un grille-pain », "the most useless sack of bones".
    (
        _I,
        "insult_contempt_r24",
        "play plays playing joue joues jouer heal heals aim aims vise sack sac bag pile lump",
        None,
        False,
        rf"{B}(?:you|u|tu|t|ur|your|ta|ton|tes)(?: \S+){{0,3}} (?:play|plays|joues|joue|heal|heals|aim|aims|vises|vise|drive|drives|tank|tanks) (?:\S+ ){{0,2}}(?:like|comme) (?:a|an|un|une|my|ma|mon) (?:\S+ ){{0,2}}(?:plays|joue|jouerait|would play|playing|heals|aims|drives) (?:\S+ ){{0,1}}(?:chess|echecs|football|foot|tennis|the piano|piano|poker|golf|basketball|cards|les cartes|darts|halo|league|lol){E}"
        rf"|{B}(?:ton|ta|tes|your|ur|yer) \S+(?: \S+)?(?: elle| il)? (?:joue|jouent|plays|play|heals|aims|vise|moves|bouge) (?:comme|like) (?:un|une|a|an) (?:\S+ ){{0,2}}(?:{_DULL_THING}|microwave|micro onde|micro ondes|four|frigo|fridge|grille pain|toaster|pigeon|chevre|goat|blind|aveugle|machine a laver|washing machine|lave vaisselle|dishwasher|calculator|calculatrice|radiateur|radiator|bot|cardboard box|carton|pillow|oreiller|vegetable|legume|coma patient)(?: en fin de vie| cassee| casse| broken| on fire| en feu)?(?=.*{B}(?:et toi|and you|toi aussi|you too|just like you|comme toi|t es pareil|t es pareille|like you){E})"
        rf"|{B}(?:most |plus )?(?:useless|worthless|pathetic|lazy|inutile|pathetique) (?:sack|bag|pile|lump|heap|tas|sac) (?:of|de|d) (?:bones|meat|flesh|potatoes|lard|crap|pixels|os|viande|chair|patates|lard){E}",
    ),
]
PHRASES = PHRASES + tuple(_compile_phrase(row) for row in _RAW4_INSULT)
ANCHORS = ANCHORS | frozenset().union(*(ws(row[2]) - _STOP for row in _RAW4_INSULT))

# Hate as a generalisation with no slur (round 24): an origin blamed for every bad player ("check the flag",
# « c'est statistique »), a group told to get out ("NO FOREIGNERS IN THIS GUILD", « les étrangers dehors »), a
# sexuality or a gender declared a phase, a confusion or unfit by nature ("it's biology", "too emotional to
# lead"), an illness called a disease of idle women or shirkers, a group called a cost, and the dog whistles
# of the replacement and fourteen-words tropes. What others claim (``_NOT_CLAIMED``) is not the author's.
_NOT_CLAIMED4 = (
    rf"(?!.*{B}(?:people think|they think|told me|m a dit|on me dit|on dit que|they say|ils disent|les gens pensent|"
    rf"people say|treated|seen as|vus comme|stereotype|cliche|myth|mythe|stigma|stigmate|not true|pas vrai|faux de dire|"
    rf"thinks|think that|pense que|pensent que|croit que|croient que|believes|keeps saying|kept saying|m a sorti|"
    rf"isn t a phase|is not a phase|not a phase|pas une phase|n est pas une phase|c est pas une phase|i m|i am|je suis|j suis|chui|as a|"
    rf"on entend|we hear|on nous dit|they tell us|politicians|politiques|les medias|the media|le gouvernement|the government|journalists|journalistes)(?![^ ]))"
)
_GROUP_PLURAL4 = alt(
    "|".join(
        g
        for g in lex.GROUPS
        if g.endswith(("s", "x")) and " " not in g and g not in ("francais", "anglais", "english", "french")
    )
)
_GENDER4 = r"(?:girls|women|woman|females|female players|filles|femmes|meufs|nanas|gonzesses|gameuses|joueuses|les meufs|les filles|les femmes)"
_SEXUALITY4 = r"(?:lesbians|lesbiennes|lesbos|gays|gay men|bi|bis|bisexuels|bisexuelles|bisexuals|bi people|pansexuels|pansexuals|asexuels|asexuals|ace people|trans|trans people|non binaires|nonbinary people|enbies|queers)"
_ILL4 = r"(?:le covid long|covid long|long covid|la fibro|fibro|fibromyalgia|la fibromyalgie|fibromyalgie|me cfs|le sfc|chronic fatigue|la fatigue chronique|fatigue chronique|l endometriose|endometriose|endo|la depression|depression|depression|le burn out|burnout|burn out|l anxiete|anxiety|adhd|le tdah|tdah|eds|le sed|sed|lupus|le lupus|pots|migraine|les migraines|migraines|sclerose en plaques|ms)"
HATE_RULES += (
    (
        "origin_blamed",
        False,
        ws(
            "flag drapeau drapeaux statistique statistiquement statistics statistically statistic countries pays "
            "origines origine community communaute nationalities nationalites demographics"
        ),
        re.compile(
            rf"^{_NOT_CLAIMED4}.*{B}(?:(?:check|look at|regarde|regardez|see) (?:the|le|leur|their|his|son) (?:flag|flags|drapeau|drapeaux|nationality|nationalite|origins|origines|name|nom)"
            rf"|(?:always|toujours|tjrs) (?:the same|les memes) (?:countries|country|pays|origines|origins|nationalities|nationalites|communities|communautes|community|communaute|people from|gens de)"
            rf"|(?:which|what|quelle|laquelle de ces) (?:community|communaute|communities|origin|origine)(?: \S+){{0,6}} (?:it is|it s|c est|ils sont)?(?: \S+){{0,3}} (?:demographics|statistiques|stats|lol|mdr|obviously|evidemment|forcement|comme par hasard)"
            rf"|(?:c est|ce sont|c|it s|it is|they re|they are) (?:un |une |des |an |a |always a |always an |toujours un |toujours une |toujours des )?(?:{_GROUP_PLURAL4}|arabe|noir|noire|black|rebeu|renoi|muslim|musulman|africain|african|asian|asiatique|chinois|indien|indian|russe|russian|turc|brazilian|bresilien|polonais|roumain|gitan|mexican)(?: \S+)? (?:c est|it s|that s) (?:statistique|statistiquement prouve|statistics|just statistics|les stats|the stats|science|la science|biology|biologique|genetique|genetics|un fait|a fact|the data|les chiffres)"
            rf"|(?:every time|each time|chaque fois|a chaque fois|des que|quand|whenever)(?: \S+){{1,10}} (?:c est|c|it s|it is|its) (?:toujours |always |forcement |encore )?(?:un |une |des |an |a )?(?:{_GROUP_PLURAL4}|arabe|noir|noire|black|rebeu|renoi|muslim|musulman|africain|african|asian|asiatique|indien|indian|russe|russian|turc|brazilian|bresilien|polonais|roumain|gitan|mexican|migrant|immigre|etranger|foreigner)(?: \S+){{0,3}} (?:c est|it s|that s) (?:statistique|statistics|les stats|the stats|un fait|a fact|the data|les chiffres|science|la science|pas du racisme|not racism)){E}"
        ),
    ),
    (
        "group_sent_out",
        True,
        None,
        re.compile(
            rf"^{_NOT_CLAIMED4}.*(?:{B}(?:les |the |all |tous les |toutes les )?{_GROUP_PLURAL4} (?:dehors|out|go home|rentrez chez vous|rentrez chez eux|hors de|hors du|off|get out|gtfo|degagez|degage|a la porte|au bled|back home|back to where they came from){E}"
            rf"|{B}(?:dehors les|a la porte les|no|pas de|plus de|zero|aucun|aucune|ban all|bannissez les|ban the|virez les|kick all|kick the|kick les) {_GROUP_PLURAL4}(?: (?:allowed|in here|here|ici|on this|in this|on the|sur ce|sur le|dans ce|dans cette|dans la|dans le|sur la|please|stp|svp|bienvenus|welcome))?(?: \S+){{0,3}} (?:c est chez nous|it s our|our house|our server|our guild|they bring nothing|ils apportent rien|ils ramenent rien|ils n apportent rien|ruin|ruine|ruinent|gachent|pourrissent|nothing but|que des problemes|only trouble|go home|rentrez|dehors)"
            rf"|{B}(?:c est chez nous|this is our (?:server|guild|country|home|land)|we were here first|on etait la avant|la france aux francais|france for the french|england for the english)(?=.*{B}(?:{_GROUP_PLURAL4}|dehors|out|go home|rentrez|degagez|chez eux|back home){E}))"
        ),
    ),
    (
        "sexuality_denied",
        False,
        ws(
            "lesbians lesbiennes lesbos gays bi bis bisexuels bisexuelles bisexuals pansexuels pansexuals asexuels "
            "asexuals ace trans non nonbinary enbies queers"
        ),
        re.compile(
            rf"^{_NOT_CLAIMED4}.*{B}(?:les |the |all |most |tous les |toutes les )?{_SEXUALITY4}(?: \S+){{0,3}} (?:(?:are|sont|c est|ce sont|is|c est juste|c est que|are just|sont juste|are only|are all|sont tous|sont toutes|c est tous|c est toutes|just|juste)(?: \S+){{0,6}} (?:confused|confuses|confus|perdus|perdues|indecis|indecises|greedy|attention seekers|en manque d attention|une phase|a phase|going through a phase|une mode|a trend|a fad|a choice|un choix|a sin|un peche|malades|sick|broken|degeneres|degenerates|pervers|perverts|a mental illness|une maladie mentale|greedy|cowards|laches)"
            rf"|(?:\S+ ){{0,6}}(?:right guy|right man|right woman|right girl|bon mec|bonne personne|bonne meuf|bon gars|vrai mec|real man|real dick|une vraie bite|good dick|good man|a real man|pas trouve le bon|haven t found the right|never met the right|need to meet the right|need a real|ont besoin d un vrai|ont besoin d un bon)"
            rf"|(?:\S+ ){{0,4}}(?:propagent|spread|repandent|transmettent|carry|ramenent) (?:des |the |les )?(?:maladies|diseases|disease|aids|sida|le sida|hiv|vih|mst|ist|stds|stis)){E}"
        ),
    ),
    (
        "gender_unfit",
        False,
        ws(
            "girls women woman females female filles femmes meufs nanas gonzesses gameuses joueuses mums moms "
            "mothers meres mamans"
        ),
        re.compile(
            rf"^{_NOT_CLAIMED4}(?=.*{B}(?:biology|biologie|biologique|c est la nature|it s nature|nature|naturally|naturellement|genetic|genetique|always|toujours|lol|mdr|everyone knows|tout le monde le sait|when we wipe|quand on wipe|devraient se contenter|should stick to|stop putting them|arretez de les mettre|asking|asking questions|🤔|maybe|peut etre|evidemment|obviously|that s why|c est pour ca|they|elles){E}).*{B}(?:{_GENDER4}(?: \S+){{0,8}} (?:can not handle|can t handle|cannot handle|cant handle|can not read|can t read|cannot read|can not aim|can t aim|cannot aim|can not think|can t think|ont pas la logique|n ont pas la logique|savent pas lire|savent pas viser|can not take|can t take|arrivent pas a gerer|savent pas gerer|supportent pas|gerent pas|too emotional|trop emotives|trop emotionnelles|trop sensibles|get too emotional|get emotional|are too emotional|hormonal|hormones|leurs hormones|their hormones|not built for|pas faites pour|not made for|pas taillees pour|naturally worse|naturellement moins|naturellement nulles)(?: \S+){{0,8}}"
            rf"|{_GENDER4} (?:should not|shouldn t|shouldnt|ne devraient pas|devraient pas|must not|can t|can not|cannot|ne peuvent pas|peuvent pas) (?:be|etre|ever be|jamais etre|lead|diriger|commander|shotcall|call) (?:\S+ ){{0,2}}(?:leaders|leader|raid leaders|raid leader|chefs|chef|cheffes|in charge|captains|captain|capitaines|capitaine|mods|modos|admins|shotcallers|igl|igls|officers|officiers|lead|the raid|le raid)"
            rf"|(?:the problem is|le probleme c est|le souci c est|le probleme ce sont|the issue is|maybe the problem is|peut etre que le probleme c est) (?:the |les |des )?(?:mums|moms|mothers|meres|mamans|women|femmes|girls|filles|single mums|single mothers|meres celibataires)){E}"
        ),
    ),
    (
        "illness_belittled",
        False,
        ws(
            "covid fibro fibromyalgia fibromyalgie cfs sfc fatigue endometriose endo depression burn burnout anxiete "
            "anxiety adhd tdah eds sed lupus pots migraine migraines sclerose"
        ),
        re.compile(
            rf"^(?!.*{B}(?:my|mon|ma|mes|i have|i ve got|j ai|je suis|i m|i am|j suis|chui)(?![^ ])){_NOT_CLAIMED4}.*{B}{_ILL4} (?:c est|c|is|=|est|c est juste|is just|is only|c est que) (?:(?:une|a|un) (?:maladie|disease|illness|truc|thing|excuse|condition) (?:de|d|pour|for|of) (?:bonnes femmes|bonne femme|menageres|femmes qui s ennuient|meufs qui s ennuient|bored housewives|bored women|lazy people|feignants|feignasses|faineants|flemmards|hysteriques|hypocondriaques|hypochondriacs|riches|rich people|millennials|snowflakes|attention seekers|drama queens|faibles|weak people|assistes|chomeurs|tire au flanc|fainéants)"
            rf"|(?:just |juste |only |que |basically )?(?:a|an|un|une) (?:diagnosis|diagnostic|label|etiquette|cope|excuse|scam|arnaque|maladie|disease) (?:for|pour|de) (?:\S+ ){{0,2}}(?:hysterical women|femmes hysteriques|hysteriques|lazy people|lazy|feignants|feignasses|women who want attention|attention seekers|attention|people who don t want to work|ceux qui veulent pas bosser|gens qui veulent pas bosser|bored housewives|weak people|faibles|whiners|drama queens|flemmards|snowflakes)"
            rf"|(?:des |de |que des |juste des |all |just |a bunch of |un ramassis de )(?:tire au flanc|feignants|feignasses|faineants|flemmards|hysteriques|hypocondriaques|hypochondriacs|lazy people|lazy|fakers|simulateurs|simulatrices|attention seekers|drama queens|assistes|profiteurs|parasites|chomeurs|shirkers|malingerers|skivers|whiners|pleurnichards|pleurnicheuses|chouineuses|chouineurs)){E}"
        ),
    ),
    (
        "group_costs",
        True,
        None,
        re.compile(
            rf"^{_NOT_CLAIMED4}.*{B}{GROUP_HEAD}(?: \S+){{0,4}} (?:c est|c|sont|are|is|ca fait|represent|representent|make up) (?:un |une |a |an |the |le |la )?(?:(?:vrai|veritable|enorme|huge|massive|real|total|gros) )?(?:gouffre|money pit|drain|burden|fardeau|poids|cout|charge|trou|black hole|trou noir|ruine|waste of money|gaspillage|perte d argent)(?: (?:pour|for|on|sur) (?:la secu|la securite sociale|la societe|society|the nhs|nhs|the state|l etat|taxpayers|les contribuables|nous|us|tout le monde|everyone|le systeme|the system))?{E}"
        ),
    ),
    (
        "dog_whistle",
        False,
        ws(
            "remplacement replacement remplacer replace mondialistes globalistes globalists maternites maternity "
            "prenoms names existence fourteen iykyk qui who secure soros rothschild goyim noticing remigration"
        ),
        re.compile(
            rf"^{_NOT_CLAIMED4}.*{B}(?:(?:le )?grand remplacement|great replacement|remplacement en cours|replacement is happening|replacement in progress|replacement is real|le remplacement est reel"
            rf"|(?:pour |to |veulent |want to |qui veulent |who want to )?(?:nous|us) (?:remplacer|replace)|(?:remplacer|replace) (?:nous|us|nos enfants|our children|our kids|nos gosses)"
            rf"|(?:les prenoms|the names|prenoms) (?:\S+ ){{0,3}}(?:maternites|maternite|maternity wards|maternity ward|ecoles|schools|classes|cours de recre|creches)"
            rf"|(?:les mondialistes|les globalistes|the globalists|globalists|mondialistes|globalistes|soros|rothschild|rothschilds)(?: \S+){{0,3}} (?:vous savez qui|you know who|si vous voyez|if you know|veulent|want|controlent|control|financent|fund|funding|are behind|sont derriere|behind)"
            rf"|secure the existence of our (?:\S+ )?(?:people|race|clan|folk|kind|children|nation|tribe)"
            rf"|(?:a future for|un avenir pour) (?:our|nos) (?:white |blanc |blancs )?(?:children|enfants|kids|gosses)(?=.*{B}(?:existence|secure|iykyk|14|fourteen|clan|race|folk|😉){E})"
            rf"|the goyim know|shut it down goyim|remigration now|remigration maintenant|(?:just|i m just|je fais que) noticing (?:patterns|things)){E}"
        ),
    ),
    (
        "group_unfit",
        True,
        None,
        re.compile(
            rf"^{_NOT_CLAIMED4}.*{B}{GROUP_HEAD}(?: \S+){{0,3}} (?:are|sont|is|c est|ce sont) (?:just |juste |simply |naturally |naturellement |genetically |genetiquement )?(?:not|pas|never|jamais) (?:built|made|wired|cut out|faits|faites|taillees|tailles|programmes|programmees|concus|concues) (?:for|pour){E}"
            rf"|^{_NOT_CLAIMED4}.*{B}{GROUP_HEAD}(?: \S+){{0,3}} (?:ils |elles |they )?(?:savent|know|knows) (?:que |only |juste |faire que |how to )?(?:faire des gosses|faire des enfants|breed|make babies|have kids|pondre|demander de l aide|demander des aides|ask for handouts|beg|mendier|taking handouts|voler|steal|tricher|cheat)(?: \S+){{0,6}}{E}"
        ),
    ),
)
ANCHORS = ANCHORS | frozenset().union(*(row[2] for row in HATE_RULES[-8:] if row[2] is not None))

# Round 24, second pass: asides between "you are" and the insult ("you are, and I say this with my whole chest,
# a snake"), Québec swearing before a noun (« mon osti de niaiseux »), "nothing in your skull", the reader's
# skill or charisma set against an object, a face or a condition made the reason to hide or keep quiet,
# "cope harder", the typing of a toddler; and in hate: "go back where you came from", a disease blamed on a
# group, a sexuality said not to exist, women's worth and logic, a group said to ruin things for everyone.
_INSULT_ALT4 = alt("|".join(w for w in (lex.STRONG_INSULT | lex.WEAK_INSULT) if w not in ("sale", "sales")))
_RAW5: list[tuple[AbuseKind, str, str, str | None, bool, str]] = [
    (
        _I,
        "insult_aside",
        "say mean dis offense offence offenser vexer respect honestly franchement sincerely sincerement "
        "objectively objectivement genuinely hein swear jure literally scientifically clinically vraiment",
        None,
        False,
        rf"{B}(?:you are|you re|youre|u r|t es|tu es|vous etes|you were|t etais)(?: (?!not|pas|never|jamais|n|ne|no|isn|aren)\S+){{0,3}} (?:and i say this|and i mean this|and i mean it|i say this|i mean this|et je le dis|je le dis|et je te le dis|je te le dis|no offense|no offence|sans vouloir t offenser|sans vouloir te vexer|with all due respect|with respect|avec tout le respect|honestly|franchement|sincerely|sincerement|objectively|objectivement|genuinely|mais vraiment|mais alors vraiment|hein|i swear|je te jure|je jure|literally|scientifically|clinically)(?: (?!not|pas|never|jamais|n|ne|no)\S+){{0,9}} (?:a|an|un|une|the|le|la|such a|juste un|juste une|just a|qu un|qu une)(?: \S+){{0,3}} {_INSULT_ALT4}{E}",
    ),
    (
        _I,
        "insult_contempt_r24",
        "osti ostie esti estie criss crisse calice caliss tabarnak tabarnac tabarnaque sacrament maudit maudite "
        "sti stie rien nothing crane skull tete head cerveau brain ears oreilles cope seethe mald skill charisme "
        "charisma niveau qi iq intelligence personnalite personality conversation face tronche tete gueule "
        "visage type types tapes ecris",
        None,
        False,
        rf"{B}(?:mon|ma|mes|ton|ta|tes|mon gros|ma grosse|mon petit|ma petite|toi|espece d|espece de|gros|grosse) (?:osti|ostie|esti|estie|criss|crisse|calice|caliss|calisse|tabarnak|tabarnac|tabarnaque|sacrament|maudit|maudite|maudits|sti|stie) (?:de |d )(?:\S+ )?{_INSULT_ALT4}{E}"
        rf"|{B}(?:t as|tu as|tu n as|t a|you have|you ve got|you got|ya got|there s|there is|y a|il y a) (?:rien|nothing|que dalle|zero|pas grand chose|absolutely nothing|rien du tout) (?:dans|in|between|entre|going on in|inside) (?:le|la|ton|ta|your|ur|tes|the|les|those) (?:crane|tete|cerveau|cervelle|ciboulot|caboche|citrouille|head|skull|brain|ears|oreilles|noggin){E}"
        rf"|{B}(?:cope|seethe|mald|rage|malde|pleure|chiale|cry) (?:harder|louder|more|more kid|plus fort|encore){E}(?=.*{B}(?:seethe|mald|goblin|loser|clown|bronze|iron|hardstuck|trash|noob|bozo|dogwater|boosted){E})"
        rf"|{B}(?:t as|tu as|you have|you ve got|you got|t a|ya got|vous avez|with|avec) (?:le|la|les|l|the|autant de|as much|about as much|the same|la meme|le meme|a|an|un|une) (?:\S+ ){{0,2}}(?:skill|skills|niveau|qi|iq|intelligence|charisme|charisma|personality|personnalite|reflexes|reflexe|cerveau|brain|memory|memoire|aim|vision|conversation|game sense|humour|humor|energy|energie|talent|presence|utility|utilite|emotional range) (?:d un|d une|qu un|qu une|of a|of an|as a|as an|que un|que une|de) (?:\S+ ){{0,2}}(?:{_DULL_THING}|parpaing|brick|wet sock|mop|serpilliere|balai|broom|lamp|lampe|radiator|radiateur|toaster|grille pain|microwave|micro onde|fridge|frigo|plank|planche|carrot|carotte|tree|arbre|table|cardboard|carton|bot){E}"
        rf"|{B}(?:with a face like (?:yours|that|ur|your)|avec (?:une tete|une tronche|une gueule|un visage) comme (?:la tienne|ca|ça)|avec (?:ta|cette) (?:tronche|tete|gueule)(?: de \S+)?|with that face|with (?:your|ur) face)(?: \S+){{0,8}} (?:stay off|stay away|off camera|hide|cache|cacher|pas mettre|devrais pas|devrais meme pas|should not|shouldn t|should never|wouldn t|would not|camera|cam|photo|photos|selfie|selfies|mask|masque|paper bag|sac en papier|pfp){E}"
        rf"|{B}(?:you|u|tu|t) (?:type|types|typing|write|writes|tapes|ecris|spell|spells|text|texts) (?:like|comme) (?:a |an |un |une |someone who|somebody who|quelqu un qui|you ve|you have|you got|you re|t as)(?:\S+ ){{0,4}}(?:raccoon|racoon|raton laveur|toddler|monkey|singe|drunk|stroke|avc|helmet|casque|crayons|cat|dog|chat|chien|goat|chevre|caveman|boomer|potato|patate|bebe|baby|lobotomy|lobotomie|concussion|commotion|keyboard smash){E}"
        rf"|{B}(?:you|u|tu|t) (?:play|plays|joues|joue|aim|aims|vises|drive|drives|conduis|heal|heals|soignes|move|moves|bouges) (?:like|comme) (?:my|ma|mon) (?:\S+ ){{0,1}}(?:nan|gran|grandma|granny|grand mere|mamie|grandpa|grandad|papy|little sister|petite soeur|little brother|petit frere|dog|chien|cat|chat|goldfish|poisson rouge|hamster){E}",
    ),
    (
        _I,
        "insult_weaponised_condition",
        "avec even",
        None,
        False,
        rf"{B}avec (?:ton|ta|tes) (?:\S+ ){{0,2}}(?:tu|t) (?:devrais meme pas|devrais pas|ne devrais pas|as pas le droit|n as pas le droit|as meme pas le droit|as rien a faire|peux pas|ne peux pas) (?:de |d )?(?:\S+ ){{0,1}}(?:donner ton avis|faire de vocal|faire du vocal|parler en vocal|venir en vocal|ouvrir ta bouche|ouvrir ta gueule|l ouvrir|nous dire|nous parler|nous donner des conseils|etre ici|etre la|exister|te montrer|mettre de photo|mettre une photo|jouer avec nous|postuler|parler|t exprimer|la ramener){E}(?!.*{B}(?:prends soin|take care|repose toi|courage|bisous|force a toi|❤️|<3){E})"
        rf"|{B}(?:can t|cannot|can not|cant) even (?:walk|stand|see|hear|talk|speak|read|breathe|get out of bed|leave the house|work)(?: \S+){{0,3}} (?:and|yet|but) (?:you|u) (?:think|want|expect|try|wanna|still think|reckon)(?: \S+){{0,6}} (?:tell|teach|lecture|advise|lead|give|explain|boss|order|judge){E}",
    ),
]
PHRASES = PHRASES + tuple(_compile_phrase(row) for row in _RAW5)
ANCHORS = ANCHORS | frozenset().union(*(ws(row[2]) - _STOP for row in _RAW5))
HATE_RULES += (
    (
        "origin_sent_back",
        False,
        ws("came viens kind espece pays country bled sorte"),
        re.compile(
            rf"{B}(?:go back (?:to )?where (?:you|u|ya|they) (?:came|come) from|go back to (?:your|ur|their) (?:own )?(?:country|countries|land|jungle|desert|village)|retourne (?:d ou tu viens|dans ton pays|au bled|dans ton bled|chez toi au bled|dans ta jungle|dans ton desert)|rentre (?:dans ton pays|au bled|chez toi au bled)|rentrez (?:dans votre pays|au bled|chez vous au bled)"
            rf"|(?:nobody|no one|personne) (?:\S+ ){{0,2}}(?:wants|veut de|veut) (?:your kind|ton espece|ta race|tes semblables|your lot|ta sorte|les gens comme toi|people like you)(?: here| ici)?){E}"
        ),
    ),
    (
        "group_blamed_disease",
        True,
        None,
        re.compile(
            rf"^{_NOT_CLAIMED4}.*{B}(?:(?:c est|ce sont|it s|it was|it is|c etait) (?:les |the )?{_GROUP_PLURAL4} (?:qui|who|that) (?:ont |have |)(?:ramene|apporte|amene|cree|fabrique|invente|repandu|brought|spread|created|made|started|released|engineered|invented)"
            rf"|(?:les |the )?{_GROUP_PLURAL4} (?:ont |have |)(?:fabrique|cree|invente|repandu|lache|created|made|engineered|released|invented|spread|started) (?:le |la |les |the |this |ce |cette )?(?:virus|covid|sida|aids|hiv|vih|maladie|maladies|disease|diseases|pandemie|pandemic|epidemie|epidemic|plague|peste)){E}"
        ),
    ),
    (
        "group_rest_blamed",
        True,
        None,
        re.compile(
            rf"^{_NOT_CLAIMED4}.*{B}{GROUP_HEAD}(?: \S+){{0,4}} (?:are|is|sont|c est) (?:why|the reason|la raison pour laquelle|pourquoi) (?:\S+ ){{0,4}}(?:can t have nice things|cannot have nice things|can not have nice things|peut pas avoir de belles choses|peut rien avoir de bien|everything is ruined|tout est gache|this server is dying|le serveur meurt|the game is dead|le jeu est mort|the game died|everything sucks|tout est pourri){E}"
            rf"|^{_NOT_CLAIMED4}.*{B}{GROUP_HEAD}(?: \S+){{0,8}} (?:qu ils restent|qu elles restent|they should stay|should stay|should keep to|devraient rester) (?:entre eux|entre elles|dans leur coin|among themselves|in their corner|with their own kind|with their own|chez eux|at home){E}"
            rf"|^{_NOT_CLAIMED4}.*{B}{GROUP_HEAD}(?: \S+){{0,6}} (?:se sont rendus malades|se sont rendues malades|l ont cherche|did this to themselves|made themselves sick|pourquoi on paie pour eux|pourquoi on paierait pour eux|pourquoi on paye pour eux|why should we pay for them|why do we pay for them|why do i pay for them|coutent une blinde|coutent un bras|coutent des milliards|cost billions|cost the nhs|arreter de les rembourser|stop paying for them|stop funding them|une race de|a race of){E}"
        ),
    ),
    (
        "women_worth",
        False,
        ws("women woman femmes femme filles girls nanas nana meufs meuf"),
        re.compile(
            rf"^{_NOT_CLAIMED4}(?!.*{B}(?:my|mon|ma|mes)(?![^ ])).*{B}(?:(?:every woman|toutes les femmes|les femmes|women|girls|les filles|les nanas|les meufs|une femme|a woman|une nana|une meuf)(?: \S+){{0,8}} (?:richer guy|mec riche|mec le plus riche|plus riche|rich guy|richest guy|compte en banque|bank account|hypergamy|hypergamie|gold diggers|gold digger|a wallet|un portefeuille)"
            rf"|(?:past|after|passe|apres|over) \d+(?: ans| years| yo| y o)?(?: \S+){{0,3}} (?:une nana|une femme|une meuf|a woman|women|les femmes|girls|les nanas|a girl|une fille)(?: \S+){{0,3}} (?:a plus rien|n a plus rien|has nothing|have nothing|is expired|are expired|expired|perimee|perimees|worthless|hit the wall|plus rien a offrir|nothing left to offer)"
            rf"|(?:a woman s|a womans|women s|womens|l avis d une femme|l opinion d une femme|une femme) (?:opinion|avis|vote|word|parole)(?: \S+){{0,6}} (?:worth|vaut|vaut autant|as much as) (?:\S+ ){{0,3}}(?:a dog s|a dogs|d un chien|nothing|rien|zero)"
            rf"|(?:les femmes|les filles|women|girls|les meufs|les nanas)(?: \S+){{0,3}} (?:ont pas la logique|n ont pas la logique|have no logic|lack the logic|can t read a minimap|cannot read a minimap|can not read a minimap|savent pas lire une minimap|literally cannot|literally can t|literally can not)){E}"
        ),
    ),
    (
        "dog_whistle_2",
        False,
        ws("13 welfare exist existent queens"),
        re.compile(
            rf"^{_NOT_CLAIMED4}.*{B}(?:13 50|13 52|13 percent|despite being 13|malgre leurs 13|welfare queens|welfare queen"
            rf"|(?:bi men|bi women|bisexuals|bisexuels|bisexuelles|les bi|bi people|nonbinary people|non binaires|les non binaires|asexuals|asexuels|les asexuels|trans men|trans women|les trans|les mecs trans|les femmes trans) (?:don t exist|do not exist|dont exist|n existent pas|existent pas|aren t real|are not real|arent real|ne sont pas reels|sont pas reels|sont pas reelles)){E}"
        ),
    ),
)
ANCHORS = ANCHORS | frozenset().union(*(row[2] for row in HATE_RULES[-5:] if row[2] is not None))

# --- round 29 (issue 11, abuse helper 5): contempt with no insult word, threats told as a condition, a meeting
# or a counterfactual, exposure held as a partial datum, "kill yourself" as relief promised, and hate as a
# generalisation about any people, an illness called a choice, an identity called unreal ---------------------
# Each row is a construction, written in both languages and for the words nobody has used yet: a demonstrative
# instead of "you" ("who let this clown in"), the reader's standing denied ("who are you to…", « on t'a pas
# sonné »), the reader's thing compared with their own failing organ, kindness given "out of pity"; threats as
# a meeting foretold, a wait at a place, a counterfactual presence, police sent to a door, a datum half-told
# ("your IP starts with… want me to go on?"). Rows that read contempt are teasing when affection is said beside
# them (``_FOND_VOIDS``), and the softest when laughed (``_LAUGH_VOIDS``).
_Y29 = r"(?:you|u|ya|ye|yu|tu|t|toi|te|vous)"
_YR29 = r"(?:your|ur|yer|yo|ton|ta|tes|votre|vos)"
_CARE29 = (
    r"(?!.*(?<![^ ])(?:don t worry|dont worry|do not worry|dw|no worries|t inquiete|t inquiete pas|ne t inquiete pas|"
    r"pas de souci|pas de soucis|relax|it s fine|its fine|c est pas grave|just have fun|on s en fout du rang|"
    r"prends soin|take care|courage|je m inquiete|i m worried|worried about you|hugs|bisous|<3|❤️|stp)(?![^ ]))"
)
_ORGAN29 = (
    r"(?:pancreas|immune system|systeme immunitaire|kidneys|kidney|reins|rein|liver|foie|brain|cerveau|heart|coeur|"
    r"lungs|poumons|legs|jambes|thyroid|thyroide|insulin|insuline|gut|guts|intestins|bowels|joints|articulations|"
    r"eyes|yeux|ears|oreilles|stoma|colon|body|corps|genes|dna|adn|meds|medocs|chromosomes|neurons|neurones|"
    r"beta cells|cellules|blood sugar|glycemie|spine|colonne|hormones|nerves|nerfs|mental health|sante mentale)"
)
_BAD29 = (
    r"(?:useless|weak|broken|empty|dead|worthless|fake|pointless|bad|trash|slow|dull|flat|fragile|dysfunctional|"
    r"defective|sad|pathetic|lazy|unstable|inutile|inutiles|nul|nulle|nuls|faible|faibles|vide|vides|mort|morte|creux|"
    r"creuse|pourri|pourrie|bidon|lent|lente|plat|defectueux|defectueuse|fragile|instable|paresseux|paresseuse|foireux|foireuse)"
)
_MEET29 = (
    r"(?:on finira (?:bien )?par se (?:croiser|voir|recroiser|retrouver)|on va (?:bien )?finir par se (?:croiser|voir|recroiser)|"
    r"on se (?:croisera|recroisera|reverra|retrouvera)|je (?:te )?(?:croiserai|recroiserai|trouverai|retrouverai)|"
    r"le jour ou (?:je te|on se) (?:croise|vois|trouve|retrouve)|quand (?:je te|on se) (?:croiserai|croisera|verrai|verra|"
    r"trouverai|retrouvera|croise|vois)|we ll (?:cross paths|run into each other|meet|see each other)|we will (?:cross paths|meet|"
    r"run into each other)|when (?:i|we) (?:see|meet|find|catch) (?:you|u|ya)|the day (?:i|we) (?:see|meet|find|catch) (?:you|u|ya)|"
    r"small world|c est petit|le monde est petit|it s a small (?:town|city|world))"
)
_LESS_BRAVE29 = (
    r"(?:tu (?:rigoleras|riras|feras|vas faire|la rameneras|parleras) moins(?: le malin| la maligne| le fier| la fiere| fort)?|"
    r"tu vas (?:moins rire|moins rigoler|comprendre|regretter|sentir ta douleur|pleurer)|"
    r"(?:you|u) (?:won t|will not|wont) be (?:laughing|smiling|so brave|so tough|so loud|so mouthy|talking)|"
    r"(?:you|u) (?:won t|will not|wont) (?:laugh|smile|talk) (?:so much|like that|then|anymore)|"
    r"(?:you|u) (?:ll|will) (?:stop laughing|stop smiling|understand|learn|regret it|regret this|regret|pay for it|pay)|(?:you|u) (?:ll|will) see$|"
    r"on verra si tu (?:rigoles|fais le malin|la ramenes)|we ll see (?:how brave|if you re still laughing))"
)
_RAW6: list[tuple[AbuseKind, str, str, str | None, bool, str]] = [
    # A demonstrative instead of "you": "who let this clown in", "get a load of this muppet", « qui a laissé
    # entrer ce guignol », the resident / designated / de service X.
    (
        _I,
        "insult_contempt_r29",
        "let letting invited invite load laisse entrer ramene resident designated service attitre attitree "
        "officiel officielle",
        None,
        False,
        rf"{B}(?:who let|who invited|who keeps letting|who allowed|get a load of|qui a laisse entrer|qui a laisse|"
        rf"qui a invite|qui a ramene|qui a accepte) (?:this|that|these|those|ce|cet|cette|ces|le|la|les|l)(?: \S+){{0,2}} {_INSULT_ALT4}{E}"
        rf"|{B}(?:the|our|this server s|the server s|le|la|notre|du serveur) (?:resident|designated|local|official|"
        rf"house)(?: \S+)? {_INSULT_ALT4}{E}"
        rf"|{B}(?:le|la|l) {_INSULT_ALT4} (?:de service|attitre|attitree|officiel|officielle|du serveur|du groupe|de la guilde){E}",
    ),
    # The reader's standing denied: "who are you to lecture me", « t'es qui toi pour me parler comme ça », « pour
    # qui tu te prends », « on t'a pas sonné », « qui t'a sonné », "who asked you", "did anyone ask you".
    (
        _I,
        "insult_standing_r29",
        "who qui sonne sonnee prends asked ask demande",
        None,
        False,
        rf"^{_CARE29}.*(?:{B}(?:who (?:are|r) (?:you|u|ya) to|who the (?:hell|fuck) (?:are|r) (?:you|u) to|t es qui(?: toi)? pour|"
        rf"tu es qui(?: toi)? pour|t es qui(?: toi)? a|vous etes qui pour|c est qui (?:toi|lui) pour)(?! (?:judge yourself|te juger|"
        rf"be so hard on yourself|t en vouloir|blame yourself|te blamer|doubt yourself|douter))(?: \S+){{0,2}} (?:tell|talk|judge|lecture|"
        rf"give|say|speak|boss|order|correct|teach|school|police|decide|me|nous|parler|dire|juger|donner|faire|critiquer|corriger|"
        rf"expliquer|apprendre|commander|la ramener|l ouvrir){E}"
        rf"|{B}(?:pour qui tu te prends|pour qui (?:vous|tu) vous prenez|tu te prends pour qui|tu te crois ou|who do (?:you|u) think "
        rf"(?:you are|u are|you re|ur|your)(?: talking to)?){E}"
        rf"|{B}(?:on|personne|qui|qu on) (?:ne )?t a (?:pas |jamais |meme pas )?(?:sonne|sonnee|siffle|sifflee){E}"
        rf"|{B}(?:on|personne) (?:ne )?t a (?:rien|pas|jamais) demande(?: ton avis| quoi que ce soit| de parler)?(?: toi)?(?= *$| (?:toi|hein|la|mec|frero|gros|va|alors|donc|ok|et)(?![^ ])){E}"
        rf"|{B}(?:qui|on) t a demande (?:ton avis|quelque chose|quoi que ce soit)(?: toi)?{E}"
        rf"|{B}(?:who asked (?:you|u|ya|for your opinion|for ur opinion|for your input)|did (?:anyone|anybody|someone|i) ask (?:you|u|ya|for your|for ur)){E})",
    ),
    # "nobody cares about your little rant", "nobody needs your two-cent advice", « personne a besoin de tes
    # conseils à deux balles », « tout le monde s'en fout de ton avis », "your anxiety isn't our problem".
    (
        _I,
        "insult_dismissed_r29",
        "nobody noone personne cares care needs besoin fout fiche fous balles problem probleme",
        None,
        False,
        rf"^{_CARE29}.*(?:{B}(?:nobody|no one|noone|literally nobody|not one person|personne)(?: here| ici| on this server| sur ce serveur| in this group| dans ce groupe)? (?:n )?"
        rf"(?:cares about|care about|cares what|care what|needs|wants|is interested in|gives a (?:shit|fuck|damn|toss|rats ass) about|a besoin de|veut de|"
        rf"s interesse a|en a quelque chose a faire de|en a rien a faire de) {_YR29}{E}"
        rf"|{B}(?:tout le monde|on|everyone|everybody)(?: ici| here)? (?:s en fout|s en fiche|s en tape|s en bat les couilles|s en branle|doesn t care about|does not care about|could not care less about|couldn t care less about) (?:de |about )?(?:{_YR29}|ce que tu){E}"
        rf"|{B}{_YR29} (?:\S+ ){{0,3}}(?:a deux balles|a deux sous|a deux francs|a trois sous|a la con|a la mords moi le noeud){E}"
        rf"|{B}{_YR29} (?:\S+ ){{0,2}}(?:is not|isn t|isnt|ain t|are not|aren t|c est pas|n est pas|est pas|sont pas|ne sont pas) (?:our|my|anyone s|anybodys|anybody s|everyone s|notre|mon|le) (?:problem|problems|probleme|problemes|job|concern|souci){E})",
    ),
    # The reader's thing measured against their own failing organ: "your opinion is as useless as your
    # pancreas", « ton avis est aussi vide que ton cerveau »; other comparisons are teasing when laughed.
    (
        _I,
        "insult_organ_r29",
        "as aussi autant",
        None,
        False,
        rf"{B}{_YR29} (?:\S+ ){{0,2}}(?:is|are|s|re|est|sont|c est|were|etait) (?:about |just |literally |juste )?(?:as|aussi|autant) {_BAD29} (?:as|que|qu) (?:{_YR29}|a|an|un|une|le|la) (?:\S+ )?{_ORGAN29}{E}",
    ),
    (
        _I,
        "insult_compared_r29",
        "as aussi",
        None,
        False,
        rf"^{_CARE29}.*{B}{_YR29} (?:\S+ ){{0,2}}(?:is|are|s|re|est|sont|c est) (?:about |just |literally |juste )?(?:as|aussi) {_BAD29} (?:as|que|qu) (?:{_YR29}|you|toi) (?:\S+ ){{0,2}}\S+{E}",
    ),
    # Kindness said to be pity: "we only picked you out of pity", « on t'a mis capitaine par pitié », « on te
    # garde par charité »; and idioms of incompetence said to the reader: « t'es complètement à la ramasse »,
    # « t'as les doigts en mousse », "you've got butter fingers and a potato for a brain".
    (
        _I,
        "insult_pity_r29",
        "pitie pity charite charity sorry",
        None,
        False,
        rf"{B}(?:on|we|they|ils|elles|everyone|tout le monde|the team|l equipe)(?: \S+){{0,2}} (?:t a|t ont|t avait|t|te|you|u|ya|only|just|que) (?:\S+ ){{0,2}}"
        rf"(?:mis|mise|pris|prise|garde|gardee|accepte|acceptee|invite|invitee|choisi|choisie|nomme|nommee|recrute|recrutee|ajoute|ajoutee|laisse|"
        rf"picked|invited|kept|accepted|let|made|chose|added|recruited|tolerate|include|included|supporte|tolere)(?: \S+){{0,4}} "
        rf"(?:par pitie|out of pity|by pity|out of charity|par charite|because we felt sorry|because they felt sorry|cause we felt sorry|"
        rf"parce qu on avait pitie|parce qu on a pitie|because we pity (?:you|u)){E}",
    ),
    (
        _I,
        "insult_inept_r29",
        "ramasse ouest plaque doigts mains fingers hands consulter soigner help shrink therapist checked",
        None,
        False,
        rf"{B}(?:t es|tu es|t etais|vous etes|t) (?:completement|totalement|grave|tellement|vraiment|trop|carrement|serieusement|archi|full) (?:a la ramasse|a l ouest|a cote de la plaque|a cote de tes pompes|largue|largue|a la masse){E}"
        rf"|{B}(?:t as|tu as|avec tes|you have|you have got|you ve got|you got|u got|ya got|vous avez) (?:les |des |some |)?(?:doigts|mains|pieds|fingers|hands) (?:en|de|made of|of) (?:mousse|beurre|guimauve|carton|compote|coton|butter|jelly|spaghetti|noodles|playdough|pate a modeler|wet noodle|wet noodles){E}"
        rf"|^{_CARE29}.*{B}(?:t es|tu es|you re|you are|ur|u r|your)(?: \S+){{0,3}} (?:grave|malade|tare|taree|fou|folle|derange|derangee|tordu|tordue|atteint|atteinte|fele|felee|timbre|timbree|en pls|pas net|pas nette|sick|twisted|deranged|unhinged|nuts|crazy|psycho|not right)(?: \S+){{0,2}} (?:dans ta tete|dans la tete|du cerveau|in the head|in your head|in ur head)(?: \S+){{0,4}} (?:va consulter|va te faire soigner|fais toi soigner|va voir un psy|get help|get some help|see a shrink|see a therapist|get (?:your|ur) head checked|seek help){E}",
    ),
    # Sent back to where a child or a beginner belongs: "ok boomer, go back to facebook", "go back to tutorial
    # island", « retourne sur Roblox », "go back to bronze where you belong".
    (
        _I,
        "insult_sent_back_r29",
        "retourne retournez facebook fb tiktok roblox fortnite minecraft tutorial kindergarten maternelle primaire "
        "cave grotte bronze iron fer poubelle bin penguin crossing webkinz kart billes legos crayons",
        None,
        False,
        rf"{B}(?:go back to|get back to|crawl back to|retourne (?:sur|a|au|en|dans|jouer a|jouer sur|jouer au)|retournez (?:sur|a|au|en|dans)) "
        rf"(?:the |la |le |l |your |ur |ton |ta |tes )?(?:facebook|fb|tiktok|roblox|fortnite|minecraft|candy crush|tutorial island|"
        rf"kindergarten|la maternelle|maternelle|primary school|l ecole primaire|primaire|cave|grotte|bronze|iron|fer|poubelle|bin|"
        rf"pokemon rouge|club penguin|animal crossing|webkinz|mario kart|les billes|tes billes|tes legos|your legos|your crayons|tes crayons)"
        rf"(?! (?:and|et|to check|pour|for|later|tonight|ce soir|after|apres|when|quand)(?![^ ])){E}",
    ),
    # "you sad little man", « pauvre petit bonhomme », "get a life" with the reader named
    (
        _I,
        "insult_little_r29",
        "little petit petite ptit ptite",
        None,
        False,
        rf"{B}(?:you|u|ya|what a|such a|you re a|you are a|ur a) (?:sad|pathetic|miserable|pitiful|bitter|lonely|tiny|sorry|sad sad|angry|insecure|fragile|jealous|bitter old) little (?:man|boy|girl|woman|person|creature|troll|gremlin|worm|keyboard warrior|mod|child|kid|loser|guy|dude|thing|lad|fella){E}"
        rf"|{B}(?:t es|tu es|espece de|toi|va|pauvre|t es qu un|t es qu une|quel|quelle) (?:(?:pauvre|triste|minable|pathetique|petit|petite|ptit|ptite) )+(?:bonhomme|homme|mec|type|gars|etre|chose|troll|rigolo|rigolote|bouffonne|merdeux|merdeuse|frustre|frustree|aigri|aigrie|jaloux|jalouse){E}(?!.*{B}(?:je t aime|mon coeur|ma puce|cheri|cherie|bisous|❤️|<3){E})",
    ),
    # Condescension: "it's cute that you think you understood", « c'est mignon de croire que t'as compris »
    (
        _I,
        "insult_cute_r29",
        "mignon mignonne touchant touchante adorable cute sweet precious",
        None,
        False,
        rf"^(?!.*{B}(?:je t aime|love you|luv u|ily|bisous|hugs|mon coeur|ma puce|❤️|<3|🥰|💕)(?![^ ])).*{B}(?:c est|c|it s|its|it is|how|so|trop|tellement|c est trop|c est tellement) (?:\S+ )?(?:mignon|touchant|adorable|cute|sweet|precious|choupi) "
        rf"(?:de (?:croire|penser|te voir essayer|voir que tu crois)|que tu (?:crois|croies|penses|essaies|essayes|pretendes|pretends) (?!a |a moi|a nous|de moi)|"
        rf"(?:that|when|how) (?:you|u) (?:think|believe|pretend|try|actually think|still think)(?! (?:of|about) (?:me|us|him|her))|watching (?:you|u) try){E}",
    ),
    # Gen-Z: "ur so mid it hurts", "mid player, mid human"
    (
        _I,
        "insult_mid_r29",
        "mid",
        None,
        False,
        rf"{B}(?:you|u|you re|you are|youre|u r|ya|your|ur) (?:(?:so|such|really|literally|lowkey|highkey|mad|hella|actually|straight|just|genuinely|aggressively|painfully) )+(?:a )?mid(?: player| human| person| af| it hurts)?{E}"
        rf"|{B}mid (?:player|human|person|teammate|mod|streamer)(?: \S+){{0,3}} (?:mid|with a mid|and a mid) (?:attitude|take|takes|personality|human|person|brain){E}",
    ),
    # Québec and Marseille insults with « ou quoi »: « t'es un bot ou quoi », « t'es fada ou quoi »
    (
        _I,
        "insult_or_what_r29",
        "bot robot pnj npc fada debile teube",
        None,
        False,
        rf"{B}(?:t es|tu es|ti es|vous etes) (?:un |une )?(?:\S+ )?(?:bot|robot|pnj|npc|fada|debile|teube|golmon|neuneu) (?:toi )?ou quoi{E}",
    ),
    # Threat: the police or a SWAT team sent to the reader's door ("the swat team's gonna love your front door",
    # "shame if the cops got a call about a hostage at your place"), « les flics vont adorer ta porte ».
    (
        _T,
        "swatting_r29",
        "swat swatting swatted swatte gign cops police flics keufs feds hostage otage bomb bombe",
        None,
        False,
        rf"{B}(?:swat|swat team|swatting|swat teams|gign|le raid|swatte)(?: \S+){{0,8}} (?:{_YR29}|chez toi|at your|a ta|devant ta|devant chez toi)(?: \S+)? (?:door|front door|place|house|home|address|porte|maison|adresse|appart|flat|apartment|domicile|crib|yard){E}"
        rf"|{B}(?:cops|police|flics|keufs|feds|les flics|the police|the cops)(?: \S+){{0,4}} (?:a call about|get a call|got a call|gets a call|un appel pour|un appel sur|un coup de fil pour|un signalement pour) (?:a |an |un |une )?(?:hostage|hostages|bomb|shooting|gun|murder|body|otage|otages|bombe|fusillade|meurtre|cadavre|prise d otage){E}"
        rf"|{B}(?:cops|police|flics|keufs|feds|swat)(?: \S+){{0,3}} (?:gonna love|going to love|will love|vont adorer|vont kiffer|kick in|kick down|defoncer|enfoncer|defoncent|enfoncent) (?:{_YR29}|chez toi){E}",
    ),
    # Exposure: a datum half-told with an offer to go on ("your IP starts with 92.184, want me to continue?"),
    # « ton adresse commence par… tu veux que je continue ? ».
    (
        _E,
        "exposure_partial_r29",
        "continue continuer continues keep finish finisse termine reste rest",
        "ip adresse address rue street postcode zip nom name surname school ecole numero number phone",
        False,
        rf"{B}(?:{_YR29}|his|her|son|sa) (?:\S+ ){{0,2}}(?:ip|adresse|address|rue|street|postcode|post code|zip|code postal|nom de famille|surname|last name|real name|vrai nom|school|ecole|numero|number|phone)(?: \S+){{0,6}} "
        rf"(?:tu veux que je (?:continue|finisse|termine|dise la suite|donne la suite|poste le reste)|want me to (?:continue|keep going|go on|finish|post the rest|say the rest)|"
        rf"shall i (?:continue|go on|keep going)|should i (?:continue|keep going|go on)|je continue|on continue|dois je continuer|je donne la suite|je poste le reste){E}",
    ),
    # Exposure: the reader's home recognised in a picture ("nice pfp, looks a lot like the house on Elm Rd where
    # you live"), « ta photo de profil, on dirait la maison rue des Lilas où tu habites ».
    (
        _E,
        "exposure_recognised_r29",
        "live lives habites habite vis stay",
        "house home flat place building maison immeuble appart residence rue road rd street st avenue lane close drive pfp photo pic picture selfie story fenetre window",
        False,
        rf"{B}(?:house|home|flat|place|building|maison|immeuble|appart|appartement|residence|pavillon) (?:on|in|at|sur|dans|de la|du|rue|avenue|au) (?:\S+ ){{0,3}}(?:where (?:you|u|ya) (?:live|stay|sleep|lives)|ou (?:tu|t) (?:habites|vis|dors|crèches|creches)|ou t habites){E}"
        rf"|{B}(?:pfp|photo|pic|picture|selfie|story|background|fond|avatar|photo de profil)(?: \S+){{0,6}} (?:looks like|look like|ressemble a|ressemble|on dirait|reminds me of)(?: \S+){{0,6}} (?:where (?:you|u|ya) (?:live|stay|sleep)|ou (?:tu|t) (?:habites|vis|dors)|{_YR29} (?:house|street|building|school|maison|rue|immeuble)){E}",
    ),
    # Threat: harm to the reader held over their dependant as a tag question or a shame ("your kid wouldn't do
    # well if something happened to you, would he"), « ce serait dommage qu'il t'arrive quelque chose, hein ».
    (
        _T,
        "veiled_dependant_r29",
        "happened happen happens arrivait arrive arriverait",
        "something anything quelque qqch truc malheur",
        False,
        rf"^(?=.*{B}(?:would (?:he|she|they|it)|wouldn t (?:he|she|they|it)|would not (?:he|she|they)|shame|dommage|pity|hein|n est ce pas|pas vrai|eh)(?:$| (?:\S+)$|(?= ))).*"
        rf"{B}(?:if|s il|si|should|in case|que|qu il) (?:something|anything|qqch|quelque chose|un truc|un malheur) (?:bad |de mal |grave |de grave )?(?:were to |was to |ever )?"
        rf"(?:happen|happened|happens|arrivait|arrive|arriverait) (?:to|a|t) ?(?:you|u|toi|{_YR29} \S+|te){E}"
        rf"|^(?=.*{B}(?:would (?:he|she|they)|wouldn t (?:he|she|they)|would not (?:he|she|they)|hein|n est ce pas|pas vrai)(?: |$)).*{B}(?:qu il|qu elle|if|s il) (?:t|te|you|u) (?:arrive|arrivait|happened|happen) (?:\S+ )?(?:quelque chose|un truc|something|anything|un malheur){E}",
    ),
    # Threat: a warning that people from the reader's area are here ("watch yourself, there's people from your
    # ends on this server", « fais gaffe à toi, y'a des gens de ta cité ici »).
    (
        _T,
        "veiled_people_near_r29",
        "gaffe attention watch careful mind",
        "cite quartier ville hood area ends endz school ecole bled town street rue estate bloc block tess connaissent know",
        False,
        rf"^(?!.*{B}(?:partage|share|sharing|privacy|vie privee|infos perso|personal info|stay safe|protege|protect|doxx|dox|scam|arnaque)(?![^ ])).*"
        rf"{B}(?:fais gaffe|fais attention|faites gaffe|faites attention|gaffe|watch (?:yourself|urself|your back|ur back|it)|careful|be careful|mind yourself|mind how you go)(?: a toi| a vous)?(?: \S+){{0,8}} "
        rf"(?:des gens|people|gars|mecs|potes|guys|lads|mandem|man dem|my boys|mes gars|des keums|des reufs|some man|man)(?: \S+){{0,2}} (?:de ta|de ton|from your|from ur|in your|in ur|qui te connaissent|who know (?:you|u|where)|qui savent ou)(?: (?:cite|quartier|ville|hood|area|ends|endz|school|ecole|bled|town|street|rue|estate|bloc|block|tess|lycee|college))?{E}",
    ),
    # Exposure: a sanction answered with a leak ("one more ban and I'm doxxing every mod", « encore un mute et je
    # balance vos vrais noms »), and names or addresses said to be held for it.
    (
        _E,
        "exposure_if_sanctioned_r29",
        "more encore un une",
        "ban banned warn warning mute kick strike report signalement avertissement sanction bannissement ban",
        False,
        rf"{B}(?:one more|another|encore un|encore une|un autre|une autre|un seul|une seule) (?:ban|warn|warning|mute|kick|strike|report|signalement|avertissement|sanction|bannissement)(?: \S+){{0,2}} "
        rf"(?:and|et) (?:i m|i am|im|i|i ll|i will|ill|imma|je|j|jvais|je vais|on|we|we re|we ll) (?:\S+ ){{0,2}}(?:dox|doxx|doxxing|doxing|leak|leaking|post|posting|expose|exposing|publish|publishing|balance|balancer|publie|publier|poste|poster|leake|leaker|sort|sortir|diffuse|diffuser){E}",
    ),
    # "kill yourself" as relief promised to the reader: "your parents would be relieved if you just ended it",
    # "the world would be better if you stopped existing", « ta famille serait soulagée si tu disparaissais ».
    (
        _T,
        "kys_relief_r29",
        "relieved happier glad lighter soulages soulagee soulage soulagees heureux heureuse contents ravis existing "
        "exister existais stopped ended gone disappeared died disparaissais crevais mourais unalived",
        "if si once quand",
        False,
        rf"{B}(?:would|d|will|serait|seraient|serais|irait|iraient)(?: \S+){{0,3}} (?:be )?(?:relieved|happier|better off|better|lighter|glad|soulages|soulagee|soulage|soulagees|mieux|plus heureux|plus heureuse|contents|ravis|en paix)(?: \S+){{0,3}} "
        rf"(?:if|si|once|quand) (?:you|u|ya|tu|t) (?:\S+ ){{0,2}}(?:ended it|end it|ended things|ended it all|stopped existing|stop existing|were gone|was gone|weren t around|disappeared|died|weren t here|wasn t here|didn t exist|left for good|offed yourself|killed yourself|finished it|unalived|en finissais|disparaissais|crevais|mourais|existais plus|etais plus la|partais pour de bon|te foutais en l air|te tuais){E}",
    ),
    # "go rope", "you should rope (yourself)", never with a first person or the ordinary ropes of climbing
    (
        _T,
        "kys_rope_verb_r29",
        "rope",
        None,
        False,
        rf"(?:^|{B}(?:you|u|ya|yall|you all|just|pls|please|lol|lmao)(?: \S+)? )(?:should |shud |shld |need to |gotta |oughta |could )?(?:just |really |honestly |go |pls |please )*go rope(?: (?:yourself|urself|yourselves))?{E}(?! (?:up|in|off|access|bridge|swing|ladder|course|climbing|work|tow|the)(?![^ ]))"
        rf"|{B}(?:you|u|ya|yall) (?:should|shud|shld|need to|gotta|oughta) (?:just |really |honestly |go )*rope(?: (?:yourself|urself|yourselves))?{E}(?! (?:up|in|off|access|bridge|swing|ladder|course|climbing|work|tow|the)(?![^ ]))",
    ),
    # "touch grass? nah, touch a live wire", « mets tes doigts dans la prise », "take a bath with a toaster"
    (
        _T,
        "kys_electric_r29",
        "wire fence socket outlet pylon rail prise toaster grille bain bath",
        None,
        False,
        rf"(?<!never )(?<!don t )(?<!do not )(?<!dont )(?<!pas )(?<!jamais )(?<!ne )(?<!not )(?<!careful )(?<!avoid )"
        rf"{B}(?:touch|lick|grab|hug|bite|piss on|pee on) (?:a |an |the |that )?(?:live wire|electric fence|power line|pylon|plug socket|socket|power outlet|outlet|third rail|live rail){E}"
        rf"|{B}(?:take|have|go take|prends|va prendre|fais) (?:a |un )?(?:bath|bain|shower|douche) (?:with|avec) (?:a |un |une |ton |your )?(?:toaster|grille pain|seche cheveux|hairdryer|hair dryer){E}"
        rf"|{B}(?:mets|met|va mettre|fous|fourre) (?:tes|ta|ton) (?:doigts|doigt|langue|fourchette) (?:dans|sur) (?:la|une) prise{E}",
    ),
    # Physical threats in regional and street words: "i'll pull up on you", "I'll batter you", "I'll deck
    # you", « je te fais goûter mon poing », "taste my fist"; "come to Peckham and say that".
    (
        _T,
        "violence_street_r29",
        "pull slide batter deck lamp chin shank merk leather sparko gouter manger bouffer taste",
        None,
        True,
        rf"{B}{INTENT_EN} (?:\S+ ){{0,2}}(?:pull up|slide|roll up|run up) on (?:you|u|ya|yall|your (?:ass|mans|block)){E}"
        rf"|{B}{INTENT_EN} (?:\S+ ){{0,2}}(?:batter|deck|lamp|chin|shank|merk|leather|spark|sparko|bang|mollywhop|bat|rush|jump|smack|slap|sort) (?:you|u|ya|ye|yer|yous|youse)(?: out| up| proper| good| so hard)?{E}"
        rf"|{B}(?:come|pull up|roll up|viens|venez|passe) (?:to|down to|round|a|au|en|dans) (?:\S+ ){{0,2}}(?:and|et) (?:say|said|repeat|dis|redis|repete) (?:that|it|ca|le|this)(?: again| to my face| en face)?{E}",
    ),
    # a fist to taste: « je te fais goûter mon poing », "taste my fist" (a body, never a game move)
    (
        _T,
        "violence_fist_r29",
        "gouter manger bouffer sentir tater avaler taste eat kiss",
        "poing poings phalanges main pied batte semelle genou coude beignes baffes droite bottes fist fists knuckles boot boots bat hook elbow",
        False,
        rf"{B}(?:je|j|jvais|on|je vais|j vais) (?:\S+ ){{0,2}}(?:te|t|vous) (?:fais|ferai|ferais|vais faire|fait|fera|faire) (?:gouter|manger|bouffer|sentir|tater|avaler) (?:mon|ma|mes|le|la) (?:poing|poings|phalanges|main|pied|batte|semelle|genou|coude|beignes|baffes|droite|gauche|bottes|chaussure){E}"
        rf"|{B}(?:taste|eat|kiss) my (?:fist|fists|knuckles|boot|boots|bat|right hook|left hook|elbow){E}",
    ),
    (
        _T,
        "violence_counterfactual_r29",
        "etais were saw voyais croisais met devant front",
        None,
        False,
        rf"{B}(?:si t etais|si tu etais|si vous etiez|if you were|if u were|if ya were|if you was|if i saw you|if i seen you|si je te voyais|si je te croisais|si je te tenais|if i met you|if we met|if i had you) "
        rf"(?:\S+ ){{0,3}}(?:devant moi|in front of me|here|ici|irl|en vrai|in person|face a moi|next to me|a cote de moi|en face de moi|dans la rue|in the street|in real life)(?: \S+){{0,4}} "
        rf"(?:t aurais|tu aurais|you d|you would|u d|u would|t serais|tu serais|tu finirais|t finirais|you would be|you d be|je te|je t|i d|i would|ca ferait|it d be|t aurais deja|tu aurais deja|you d already|you d end up|you would end up) "
        rf"(?:\S+ ){{0,4}}(?:plus de dents|no teeth|sans dents|a l hopital|a l hosto|in hospital|in the hospital|on the floor|par terre|au sol|dead|mort|morte|six feet|knocked out|ko|en sang|bleeding|en morceaux|in pieces|through a straw|"
        rf"casse|cassee|defonce|defoncee|tue|kill|killed|smack|slap|baffe|gifle|claque|mandale|hit|punch|punched|frappe|eclate|eclatee|demonte|demontee|decoupe|enterre|buried|knock|knocked|sorted|deck|decked|batter|battered){E}",
    ),
    # Threat: waiting for the reader at a place, on a condition ("if you show up thursday I'll be waiting in
    # the car park", « si tu remets les pieds au club je t'attends sur le parking »).
    (
        _T,
        "waiting_for_you_r29",
        "attends attendrai attendra attend waiting wait",
        None,
        False,
        rf"{B}(?:si tu (?:\S+ )?(?:remets les pieds|reviens|oses|te pointes|montres|ramenes|te montres|viens)|if (?:you|u|ya) (?:\S+ )?(?:show up|come back|dare|show your face|turn up|come|step)|(?:next time|la prochaine fois|the next time))"
        rf"(?: \S+){{0,8}} (?:je|j|on|i ll|i will|ill|we ll|we will|i m|im|we re|imma|i|we|mes gars|my boys) (?:\S+ ){{0,2}}(?:t attends|t attendrai|t attendra|t attend|vous attends|be waiting|waiting|wait|ll wait|will wait) "
        rf"(?:for (?:you|u|ya) )?(?:\S+ ){{0,2}}(?:sur le parking|au parking|sur le parking|dehors|a la sortie|en bas|outside|in the car park|in the parking lot|at the car park|by your car|pres de ta voiture|a cote de ta voiture|after school|apres les cours|a la fin du match|after the match|after the game|at the gate|au portail|devant chez toi|devant l ecole|derriere|behind)"
        rf"|{B}(?:t es prevenu|t es prevenue|tu es prevenu|you ve been warned|you have been warned|consider yourself warned){E}(?=.*{B}(?:t attends|t attendrai|waiting|je te|j te|i ll|i will|on va te|we ll){E})",
    ),
    # Threat: a meeting foretold and a consequence ("small town, we'll cross paths and you won't be laughing
    # then", « Genève c'est petit, on finira par se croiser, et là tu rigoleras moins »); coming with one's
    # people ("je viens avec mes gars et tu vas comprendre", "I'm coming with the mandem, you'll see").
    (
        _T,
        "meeting_foretold_r29",
        "croiser recroiser croisera recroisera croiserai recroiserai croise reverra retrouvera retrouverai trouverai "
        "paths meet small petit find catch gars potes freres reufs boys mandem guys lads crew gang bande cousins",
        None,
        True,
        rf"{B}{_MEET29}(?: \S+){{0,10}} {_LESS_BRAVE29}{E}"
        rf"|{B}(?:je|j|jvais|on|i m|i am|im|imma|i ll|i will|we|we re|we ll|je vais|j vais|on va) (?:\S+ ){{0,2}}(?:viens|vient|arrive|debarque|passe|passerai|viendrai|come|coming|pull up|roll up|show up|turn up|link)(?: \S+){{0,4}} "
        rf"(?:avec|with) (?:mes|my|the|la|les|ma|all my) (?:gars|potes|freres|reufs|boys|mandem|man dem|guys|lads|crew|gang|bande|team|cousins|soldats|hommes|mecs|squad|people|niggas|bros|bredrins)(?: \S+){{0,6}} {_LESS_BRAVE29}",
    ),
]
_RAW6 += [
    # "you'll never be a real woman", « tu seras jamais un vrai mec »: a gender denied to the reader
    (
        _H,
        "gender_denied_r29",
        "never jamais vraie vrai true actual veritable proper",
        "woman man girl boy femme homme fille mec meuf gars women",
        False,
        rf"^(?!.*{B}(?:i|je|j|me|moi|myself|i m|i am|je suis|j suis|chui)(?![^ ])).*{B}(?:you|u|ya|tu|t)(?: ll| will| are| re| is| e| es| seras| serais)? (?:never|not|jamais|pas|ne seras jamais|seras jamais|n es pas|es pas|aren t|will never be|ll never be|re not|are not|are never)(?: be| going to be| gonna be| etre)? "
        rf"(?:a |an |une |un )?(?:real|true|actual|vraie|vrai|veritable|proper) (?:woman|man|girl|boy|femme|homme|fille|mec|meuf|gars|lady|dude){E}",
    ),
    # "imagine being this confidently wrong", « imagine être aussi sûr de toi et aussi nul »: an adverb between the
    # degree and the failing (the round-24 row holds the bare degree)
    (
        _I,
        "insult_imagine_r29",
        "imagine imaginez imaginer",
        None,
        False,
        rf"^(?!.*{B}(?:i|je|j|me|moi|myself|my|mon|ma|mes)(?![^ ])).*{B}(?:imagine|imaginez|imaginer)(?: \S+){{0,6}} (?:being|to be|getting|etre|d etre) (?:\S+ ){{0,2}}(?:this|that|so|aussi|si|autant) "
        rf"(?:confidently|proudly|loudly|consistently|publicly|fierement|publiquement|confiant et|sur de toi et|sure de toi et|\S+ly) (?:wrong|bad|dumb|mid|delusional|washed|trash|slow|clueless|stupid|nul|nulle|mauvais|mauvaise|faux|con|conne|a cote){E}",
    ),
    # « n'hésite pas à te pendre », "feel free to hang yourself": suicide invited, with a verb the other rows do
    # not hold in this frame
    (
        _T,
        "kys_invited_r29",
        "hesite pendre suicider defenestrer flinguer free",
        None,
        False,
        rf"{B}(?:n hesite pas a|hesite pas a|ne te gene pas pour|te gene pas pour|feel free to|don t hesitate to|go ahead and|vas y|fais nous plaisir et|fais nous une faveur et|do us a favour and|do us a favor and) "
        rf"(?:te |vous )?(?:pendre|pends toi|suicider|suicide toi|tuer|foutre en l air|defenestrer|flinguer|ouvrir les veines|jeter sous un train|jeter d un pont|jeter par la fenetre|hang yourself|kill yourself|off yourself|end it|end yourself|jump off)(?! a la tache){E}",
    ),
]
PHRASES = PHRASES + tuple(_compile_phrase(row) for row in _RAW6)
ANCHORS = ANCHORS | frozenset().union(*(ws(row[2]) - _STOP for row in _RAW6))
REAL_WORLD = REAL_WORLD | ws("peckham parking hood ends endz cite quartier estate")

# --- round 31 (issue 11, threat helper 6): "kill yourself" in new images, exposure held over a report or a
# word, veiled presence and harm to a body or a chair, patois ---------------------------------------------------
# Coded "kill yourself" as a game or an app ("speedrun your funeral", "alt f4 your whole life", "unsubscribe
# from oxygen"), a swim with a weight, a one-way ticket to a height, a wish the reader were underground; exposure
# promised to a relative or a school if the reader keeps reporting or talking, a relative "who would love to hear
# about your diagnosis", accounts "getting hacked"; "if I were you I wouldn't go out", "easy to catch you in your
# chair", "we know which end you sit in", a chair wished into traffic, brake lines, Jamaican patois. The game's
# own words (a run, a duel, « te démonter en 1v1 ») are not these: every row names the reader's life, a body, a
# relative or a private datum. New rows only: the rows above are unchanged.
_Y31 = r"(?:you|u|ya|yuh|yu|ye|tu|t|toi|te|vous)"
_YR31 = r"(?:your|ur|yer|yo|yuh|ton|ta|tes|votre|vos)"
_ME31 = r"(?!.*(?<![^ ])(?:i|je|j|me|moi|my|mon|ma|mes|myself|m|jsuis|chui)(?![^ ]))"
_KIN31 = (
    r"(?:mum|mom|mums|moms|mother|mama|mam|ma|dad|father|parents|family|wife|husband|gf|girlfriend|bf|boyfriend|partner|ex|"
    r"boss|employer|manager|colleagues|coworkers|kids|kid|daughter|son|sons|sister|brother|school|teacher|work|job|church|"
    r"mere|pere|daronne|daron|parents|famille|femme|mari|copine|copain|ex|patron|patronne|employeur|chef|collegues|soeur|frere|"
    r"fille|fils|enfants|gosses|ecole|prof|taf|boulot|travail|entourage|manman)"
)
_PRIVATE31 = (
    r"(?:dms|dm|mp|mps|messages|msgs|pics|photos|nudes|screenshots|screens|captures|logs|posts|history|historique|diagnosis|"
    r"diagnostic|meds|medocs|traitement|therapy|therapie|status|statut|sero|serostatut|bipolar|bipolarite|hiv|vih|depression|"
    r"tca|eating disorder|self harm|scarifs|scarif|addiction|past|passe|secrets|secret)"
)
_PROVOKE31 = (
    r"(?:keep|keeps|continue|continues|carry on|go on)(?: \S+)? (?:reporting|report|flagging|talking|posting|mouthing|going|"
    r"replying|pushing|testing me|commenting|a me signaler|de me signaler|a me report|de me report|a parler|a poster|comme ca)"
    r"|(?:report|flag|mute|ban|block) me (?:again|one more time|once more)|(?:say|post|type|do) (?:that|it|this) (?:again|one more time|once more)"
    r"|(?:arrete|arretes|arretez|stop|quit)(?: \S+){0,4} (?:ou|or|sinon|or else)|(?:encore un|one more) (?:report|signalement|word|mot)"
    r"|(?:si|if) (?:tu|t|you|u) (?:\S+ )?(?:me signales|me report|report me|reports me|continues|keep|parles encore|redis|say that)"
)
_EXPOSED31 = (
    r"(?:gets|get|will get|ll get|receive|receives|will receive|go|goes|will go|end up|ends up|see|sees|will see|hear|hears|"
    r"will hear|find out|finds out|learn|learns|read|reads|recoit|recoivent|recevra|recevront|voit|voie|voient|verra|verront|"
    r"va voir|vont voir|sait|sache|sachent|saura|sauront|apprend|apprenne|apprendra|apprendront|lit|lise|lisent|lira|liront|"
    r"tombe|tombent|finit|finissent|part|partent|vont recevoir|va recevoir|va tomber|vont tomber|go public|in general|"
    r"recevoir|savoir|lire|apprendre|decouvrir|tomber dessus)"
)
_RAW31: list[tuple[AbuseKind, str, str, str | None, bool, str]] = [
    # "kill yourself" as a game or an app: "speedrun your own funeral", « fais un speedrun de ta vie, générique de
    # fin ce soir », "alt f4 your whole life", "unsubscribe from oxygen", « désabonne-toi de l'oxygène », « débranche-
    # toi, définitivement »; never the author's own run ("I speedrun my homework") nor a run of a game.
    (
        _T,
        "kys_app_r31",
        "speedrun speedrunne speedrunner alt f4 uninstall delete supprime unsubscribe unsub desabonne desabonnez cancel resilie debranche "
        "debranchez eteins eteignez unplug switch shut turn",
        None,
        False,
        rf"{B}(?:speedrun|speedrunne|speedrunner|go speedrun|va speedrunner)(?: de)? (?:{_YR31}|your own|ta propre|ton propre)(?: own)? "
        rf"(?:funeral|funerals|death|grave|burial|obituary|wake|enterrement|obseques|mort|tombe|suicide|fin de vie|own death){E}"
        rf"|{B}(?:speedrun|speedrunne|speedrunner)(?: de)? (?:{_YR31}) (?:life|vie|existence)(?: \S+){{0,6}} (?:credits|end credits|generique|generique de fin|game over|the end|tonight|ce soir|for good|pour de bon|definitivement|no respawn|sans respawn){E}"
        rf"|{B}(?:alt f4|ctrl alt suppr|ctrl alt delete|uninstall|desinstalle|delete|supprime) (?:{_YR31}) (?:whole|entire|pathetic|sad|miserable|little|own|fucking|putain de|petite|triste|entiere) (?:life|vie|existence){E}"
        rf"|{B}(?:unsubscribe|unsub|cancel {_YR31} subscription|cancel|desabonne toi|desabonnez vous|resilie {_YR31} abonnement|resilie) (?:from |to |de l |de |a l )?(?:oxygen|oxygene|air|breathing|respirer|la respiration|existence|existing|exister){E}"
        rf"|{B}(?:debranche toi|debranchez vous|eteins toi|eteignez vous|unplug yourself|unplug urself|switch yourself off|switch urself off|shut yourself down|shut urself down|turn yourself off|turn urself off)(?: \S+){{0,2}} (?:definitivement|pour de bon|pour toujours|a jamais|permanently|for good|forever){E}",
    ),
    # Drowning or a height offered: « va nager dans le vieux port avec un parpaing aux pieds », "go for a swim with a
    # cinder block tied to your feet", "concrete shoes", "take a one-way trip to the bridge", « prends un aller simple
    # pour le pont »; the second person only (the author's own such words are the support side's).
    (
        _T,
        "kys_drown_height_r31",
        "nager swim swimming baignade baigner plonger dive diving parpaing enclume cinder concrete beton brick anvil aller "
        "one way ticket billet sans",
        None,
        False,
        rf"^{_ME31}(?=.*{B}(?:{_Y31}|{_YR31}|go|va|allez|vas y){E}).*{B}(?:nager|swim|swimming|a swim|baignade|te baigner|plonger|a dip|dive|faire trempette)(?: \S+){{0,6}} "
        rf"(?:avec|with) (?:un|une|a|an|des|some|two|deux)? ?(?:parpaing|parpaings|enclume|pierre|pierres|cinder block|cinderblock|breeze block|concrete block|bloc de beton|brick|bricks|anvil|anchor|ancre|boulet|weights|poids)(?: \S+){{0,3}} "
        rf"(?:aux pieds|au pied|aux chevilles|au cou|autour du cou|attache|attaches|attachee|tied|chained|strapped|to {_YR31} (?:feet|ankles|legs|neck)|round {_YR31} neck|around {_YR31} neck|on {_YR31} feet|a tes pieds){E}"
        rf"|^{_ME31}.*{B}(?:concrete shoes|concrete boots|cement shoes|bottes en beton|chaussures en beton|semelles en beton){E}"
        rf"|^{_ME31}(?=.*{B}(?:{_Y31}|{_YR31}|go|va|prends|take|book|grab){E}).*{B}(?:aller simple|one way ticket|one way trip|billet sans retour|ticket sans retour|voyage sans retour|trip with no return) "
        rf"(?:pour|to|vers|jusqu au|jusqu a|au|a) (?:le |la |the |l |un |une |a )?(?:pont|bridge|falaise|cliff|viaduc|viaduct|roof|toit|rails|voie ferree|tracks|dignitas|suisse|switzerland|au dela|afterlife|other side|autre cote|cimetiere|cemetery|morgue)(?! (?:de|d|du|to see|for the|pour voir)){E}",
    ),
    # Poison offered to drink: « bois ton javel et on en parle plus », "drink your bleach", "nobody would notice if you
    # drank a bottle of bleach, give it a go"; never the warning not to.
    (
        _T,
        "kys_poison_r31",
        "bois boire drink chug avale gobe sip siffle drank buvais avalais chugged swallowed",
        "javel avel bleach antigel antifreeze destop spirit poison rats",
        False,
        rf"{B}(?<!not )(?<!never )(?<!don t )(?<!dont )(?<!do not )(?<!pas )(?<!jamais )(?:bois|boire|drink|chug|avale|go drink|va boire|gobe|sip|siffle) (?:ton|ta|tes|your|ur|yer|toute ta|toute la|all the|all your|the whole|la bouteille de|the bottle of|ta bouteille de|your bottle of|a bottle of|une bouteille de|un verre de|a glass of|a cup of) ?(?:\S+ )?(?:javel|j avel|eau de javel|eau de j avel|bleach|antigel|antifreeze|destop|white spirit|poison|mort aux rats|rat poison){E}"
        rf"|{B}(?:if|si) (?:you|u|tu|t) (?:just |simply )?(?:drank|drink|buvais|avalais|chugged|swallowed) (?:a bottle of |une bouteille de |some |de la |du |the |la |a glass of |un verre de )?(?:bleach|javel|j avel|eau de javel|antifreeze|antigel|destop|rat poison|mort aux rats)(?: \S+){{0,6}} (?:give it a go|give it a try|try it|go on|go ahead|vas y|essaie|essaye|teste|tente le coup|just saying){E}",
    ),
    # The reader underground as the good news: "your parents will finally be proud when ur 6ft under", « ta mère
    # sera enfin fière le jour où tu seras six pieds sous terre »; a wish or a joy, never a grief.
    (
        _T,
        "kys_underground_r31",
        "under sous terre grave tombe ground box coffin cercueil",
        "proud happy glad relieved celebrate party fiers fiere fier heureux heureuse contents soulages soulagee soulage fete party finally enfin",
        False,
        rf"^(?!.*{B}(?:miss|manque|rip|repose en paix|rest in peace|condolences|condoleances|grief|deuil|passed away|decede|decedee){E}).*"
        rf"{B}(?:proud|happy|glad|relieved|celebrate|throw a party|party|fiers|fiere|fier|heureux|heureuse|contents|contente|soulages|soulagee|soulage|faire la fete|feront la fete|sabrer le champagne|champagne)(?: \S+){{0,4}} "
        rf"(?:when|once|the day|quand|le jour ou|une fois que) (?:{_Y31}|your|ur|you are|you re|tu seras|t seras|tu es|t es) (?:\S+ )?(?:6ft under|6 ft under|six feet under|6 feet under|6feet under|in the ground|in a box|in a coffin|in {_YR31} grave|underground|dead|gone for good|six pieds sous terre|sous terre|dans ta tombe|dans un cercueil|mort|morte|creve|crevee){E}",
    ),
    # "keep yourself safe" said as its initials: "keep yourself safe 😊 (you know what I mean)", "K.Y.S. = keep
    # yourself safe, wink"; the kind wish alone is never read.
    (
        _T,
        "kys_initials_r31",
        "safe",
        "know wink hint initials acronym letters kys iykyk mean",
        False,
        rf"{B}keep (?:yourself|urself|ur self|your self|yoself) safe(?: \S+){{0,6}} (?:(?:you|u) know (?:exactly |very well )?what i (?:mean|meant)|if (?:you|u) know (?:you|u) know|iykyk|wink wink|wink|hint hint|read the initials|the initials|first letters|acronym|kill yourself|kys){E}",
    ),
    # Exposure as the price of a report or a word: "keep reporting me and your son's school gets an email",
    # « t'arrêtes de me report ou je m'arrange pour que ta femme voie tes mp », "say that again and your pics go in
    # general", « encore un signalement et ton patron reçoit tes captures ».
    (
        _E,
        "exposure_price_r31",
        "keep keeps continue continues carry report flag mute ban block say post type arrete arretes arretez stop quit encore one si if",
        "reporting report flagging talking posting mouthing going replying pushing testing commenting signaler signalement again more ou or sinon else word mot signales continues keep parles redis",
        False,
        rf"{B}(?:{_PROVOKE31})(?: \S+){{0,6}} (?:(?:and|et|or|ou|sinon|then|alors) )?(?:(?:i|je|j)(?: \S+){{0,3}} (?:make sure|m arrange pour que|fais en sorte que|ferai en sorte que|vais faire en sorte que) )?"
        rf"(?:{_YR31}|his|her|son|sa|ses) (?:\S+ ){{0,2}}(?:{_KIN31}|{_PRIVATE31})(?: s)?(?: \S+){{0,3}} {_EXPOSED31}{E}",
    ),
    # "I'll make sure your wife sees your DMs", « je m'arrange pour que ta mère lise tes messages »: a private datum
    # promised to a relative or a workplace.
    (
        _E,
        "exposure_to_kin_r31",
        "make sure arrange sorte see",
        None,
        False,
        rf"{B}(?:i ll make sure|i will make sure|imma make sure|i m going to make sure|i ll see to it that|i will see to it that|je m arrange pour que|je vais m arranger pour que|je fais en sorte que|je ferai en sorte que|je vais faire en sorte que|j vais faire en sorte que) "
        rf"(?:{_YR31}) (?:\S+ )?{_KIN31} (?:\S+ )?(?:sees|see|knows|know|reads|read|gets|get|hears|hear|finds out about|find out about|learns about|voie|voient|sache|sachent|lise|lisent|recoive|recoivent|apprenne|apprennent|tombe sur|tombent sur|decouvre|decouvrent)(?: \S+){{0,2}} "
        rf"(?:{_YR31}|what {_Y31}|ce que tu|the|les|la|le) (?:\S+ ){{0,2}}{_PRIVATE31}{E}",
    ),
    # A relative online who "would love to hear about your diagnosis", « ta mère a un compte facebook, elle serait
    # ravie d'apprendre ton diagnostic »: the account named beside a sarcastic delight.
    (
        _E,
        "exposure_kin_online_r31",
        "love ravie ravi adorerait adorer thrilled delighted enchantee enchante",
        "facebook fb insta instagram twitter tiktok snap snapchat linkedin compte account email mail numero number phone whatsapp messenger",
        False,
        rf"^(?!.*{B}(?:tell her|tell him|talk to|parle lui|parle a|parle en|dis lui|dis le|you should|tu devrais|maybe|peut etre|help|aider|soutenir|support|proud of you|fier de toi|fiere de toi){E})"
        rf"(?=.*{B}(?:{_YR31}) (?:\S+ )?{_KIN31}{E}).*{B}(?:would love to|d love to|would just love to|would be thrilled to|would be delighted to|serait ravie d|serait ravi d|serait ravie de|serait ravi de|serait enchantee d|serait enchante d|adorerait|va adorer) "
        rf"(?:hear|know|learn|read|see|find out|apprendre|savoir|lire|voir|entendre parler|decouvrir)(?: about| de| d| des| du)? (?:{_YR31}|what {_Y31}|ce que tu) (?:\S+ ){{0,2}}{_PRIVATE31}{E}",
    ),
    # Accounts wished hacked: "wouldn't it be funny if your roblox and your mum's email got hacked the same day",
    # « ce serait dommage que ton compte et celui de ta mère se fassent pirater »; never the advice to secure them.
    (
        _E,
        "exposure_hacked_r31",
        "hacked hacke hackes pirate piratee pirates pirater hacker leaked doxxed",
        "funny shame sad imagine if si drole marrant dommage bete con",
        False,
        rf"^(?!.*{B}(?:2fa|a2f|password|passwords|mot de passe|mots de passe|protect|proteger|protege|secure|securise|enable|active|activate|phishing|scam|arnaque|careful|attention|fais gaffe|watch out|report it|signale){E})"
        rf"(?=.*{B}(?:{_YR31}){E}).*{B}(?:would be funny|would not it be funny|wouldn t it be funny|wouldnt it be funny|would be a shame|be a shame|be sad|imagine if|what if|ce serait drole|ce serait marrant|ce serait dommage|ce serait con|ce serait bete|imagine si|et si)(?: \S+){{0,10}} "
        rf"(?:got|get|gets|were|was|se faisait|se faisaient|se fassent|se fasse|etait|etaient) (?:hacked|hacke|hackes|pirate|piratee|pirates|pirater|hacker|leaked|doxxed){E}",
    ),
    # "if I were you I wouldn't go out anymore", « à ta place je sortirais plus trop de chez moi, vraiment », "I'd start
    # looking over my shoulder if I were you"; never the weather, an illness or a night's advice.
    (
        _T,
        "veiled_in_your_place_r31",
        "place were was shoes etais",
        None,
        False,
        rf"^(?!.*{B}(?:pluie|pleut|pleuvoir|neige|froid|chaud|canicule|orage|tempete|verglas|rain|raining|snow|storm|ice|icy|heat|heatwave|cold|flu|grippe|covid|fievre|fever|malade|sick|contagious|contagieux|virus|gastro|repose|rest|fatigue|tired|glycemie|sugar|pollen|greve|strike|bouchons|traffic|manif|sante|health|immune|immunitaire|chimio|chemo|pollution|smog){E})"
        rf".*{B}(?:a ta place|a votre place|moi a ta place|si j etais toi|si j etais vous|if i were you|if i was you|if i were u|in your shoes|if i were in your shoes)(?: \S+){{0,3}} "
        rf"(?:je |j |i d |i would |i d be |id )?(?:ne )?(?:sortirais plus|sortirais pas trop|rentrerais plus seul|rentrerais plus seule|dormirais plus tranquille|dormirais d un oeil|demenagerais|changerais d adresse|fermerais a double tour|surveillerais mes arrieres|regarderais derriere moi|"
        rf"not go out anymore|wouldn t go out anymore|would not go out anymore|stop going out|stay inside from now on|not leave the house|wouldn t leave the house|would not leave the house|start looking over my shoulder|look over my shoulder|watch my back|sleep with one eye open|lock my doors|move house|move out|change my address|not walk home alone|wouldn t walk home alone){E}",
    ),
    # A body made easy prey: « t'es en fauteuil, ça va être facile de te rattraper », "with those crutches you won't
    # get far", "easy to catch you in that chair"; a race, a ranking or a lesson to catch up is not this.
    (
        _T,
        "veiled_easy_prey_r31",
        "facile fastoche easy easier simple loin far",
        "fauteuil wheelchair chair bequilles crutches canne cane walker deambulateur boite boites limp limping jambe jambes legs leg run courir cours seul seule alone nuit night noir dark",
        False,
        rf"^(?!.*{B}(?:classement|ranking|ranked|leaderboard|lore|cours|lesson|lessons|notes|score|points|elo|rank|ladder|course|race|marathon|match|game|partie|niveau|level|xp|lol|mdr|quest|quete|boss|map|carte){E})(?:"
        rf"(?=.*{B}(?:fauteuil|wheelchair|chair|bequilles|crutches|canne|cane|walker|deambulateur|boites|boite|limp|limping|jambe|jambes|legs|leg|courir|run|seul|seule|alone|la nuit|at night|dans le noir|in the dark){E})"
        rf".*{B}(?:ca va etre|ca sera|ce sera|ca va pas etre dur|it ll be|it will be|it s gonna be|gonna be|going to be|will be|be)(?: \S+){{0,2}} (?:facile|fastoche|easy|simple|a piece of cake) (?:de |d |to )(?:te|t|vous|you|u|ya) ?(?:rattraper|attraper|choper|trouver|suivre|coincer|catch|chase|find|follow|corner|run down|catch up with|track down|get)(?: you| u| ya)?{E}"
        rf"|{B}(?:with|avec) (?:{_YR31}|those|these|that|ces|ce|cette) (?:fauteuil|wheelchair|chair|bequilles|crutches|canne|cane|walker|deambulateur|jambes|legs)(?: \S+){{0,2}} (?:you|u|ya|tu|t) (?:won t|wont|will not|can t|cant|iras pas|ira pas|pourras pas|peux pas) (?:get far|run|go far|escape|aller loin|courir|t enfuir|fuir|m echapper|get away){E})",
    ),
    # "you better watch yourself walking home from the match saturday, we know what end you sit in", « t'as intérêt
    # à faire gaffe en rentrant du stade, on sait dans quel virage tu te mets »: a menace and the reader's place
    # known; the kind "watch yourself, it's icy" is no menace.
    (
        _T,
        "veiled_we_know_r31",
        "watch gaffe attention surveille arrieres back",
        "know knows sait savons savent connais connait connaissons connaissent walking home rentrant retour stade ground match",
        False,
        rf"^{_CARE29}.*{B}(?:(?:you|u|ya|yuh) (?:had )?(?:better|best|d better|should) watch (?:yourself|urself|your back|ur back|it|out)|watch (?:your back|ur back|yourself|urself)|t as interet a (?:faire gaffe|faire attention|surveiller tes arrieres)|tu ferais mieux de (?:faire gaffe|surveiller tes arrieres)|fais gaffe a toi|surveille tes arrieres)"
        rf"(?: \S+){{0,10}} (?:we|i|they|my boys|the lads|the boys|the firm|on|je|j|ils|mes gars|les gars) (?:\S+ )?(?:know|knows|sait|savons|savent|connais|connait|connaissons|connaissent) (?:where|what|which|when|ou|quelle|quel|dans quel|dans quelle|quand|a quelle heure|ton|ta|tes|your|ur){E}"
        rf"|{B}(?:(?:you|u|ya) (?:had )?(?:better|best|d better) watch (?:yourself|urself|your back|ur back|it|out)|t as interet a (?:faire gaffe|faire attention|surveiller tes arrieres)|tu ferais mieux de (?:faire gaffe|surveiller tes arrieres))"
        rf"(?: \S+){{0,3}} (?:walking home|on the way home|on {_YR31} way home|going home|leaving the ground|outside the ground|after the match|after the game|after school|at the station|en rentrant|sur le chemin du retour|a la sortie du stade|a la sortie|apres le match|apres les cours|a la gare|en sortant){E}",
    ),
    # Harm wished on a chair, a car, a bike: "hope your chair rolls straight into the traffic", « j'espère que ton
    # fauteuil finit dans les escaliers », "crash me again and see how your real car handles with no brake lines".
    (
        _T,
        "harm_vehicle_r31",
        "hope espere jspr vivement pray wish brake brakes freins lines durites",
        None,
        False,
        rf"{B}(?:hope|i hope|j espere que|j espere qu|jspr que|jespere que|vivement que|pray|wish) (?:{_YR31}) (?:\S+ ){{0,2}}(?:chair|wheelchair|fauteuil|car|voiture|bus|train|plane|avion|scooter|mobility scooter|bike|velo|moto|caisse|bagnole|brakes|freins) "
        rf"(?:\S+ ){{0,3}}(?:into|in|off|down|dans|sous|du haut|under|over|through|contre|against|finit dans|finisse dans|termine dans|atterrisse dans|rolls into|crashes into) (?:the |a |an |la |le |les |un |une |l )?(?:traffic|oncoming traffic|road|stairs|staircase|river|canal|ditch|lake|sea|cliff|wall|tree|bus|lorry|truck|train|circulation|route|escaliers|riviere|canal|fosse|ravin|lac|mer|falaise|mur|arbre|camion|rails|tracks|voie){E}"
        rf"|{B}(?:{_YR31}) (?:\S+ ){{0,2}}(?:chair|wheelchair|fauteuil|car|voiture|bike|velo|moto|caisse|bagnole)(?: \S+){{0,4}} (?:with no|without|sans|minus) (?:\S+ )?(?:brake lines|brakes|brake|freins|durites|durite de frein|wheel nuts|ecrous){E}"
        rf"|{B}(?:cut|snip|cutting|couper|coupe|couperai|sectionner) (?:{_YR31}) (?:\S+ )?(?:brake lines|brakes|brake cables|freins|durites|cables de frein){E}",
    ),
    # Presence as a menace: « je suis en bas de chez toi dans 20 minutes, tu vas voir ce que ça fait », "we'll see
    # how tough you are when I show up where you work", « on va te faire une petite visite, on a l'adresse », « faudrait
    # que je passe raconter ça à tes parents »; never a friend arriving or a visit in hospital.
    (
        _T,
        "presence_menace_r31",
        "bas devant fenetre outside door porte tough brave hard mouthy loud big visite visit raconter tell show dire montrer",
        None,
        False,
        rf"^(?!.*{B}(?:descends|come down|on va etre en retard|we re late|hopital|hosto|hospital|clinique|clinic|anniversaire|birthday|cadeau|gift|fleurs|flowers|bonjour|hello|coucou|merci|thanks|thank you|happy|joyeux|bisous|hugs|<3|❤️){E})(?:"
        rf"(?=.*{B}(?:tu vas voir ce que ca fait|tu vas comprendre|tu vas regretter|tu vas morfler|tu vas pleurer|tu vas prendre cher|you ll regret|you will regret|you re gonna regret|you ll see|you will see|cache toi|hide|run|cours|prepare toi|get ready){E})"
        rf".*{B}(?:je suis|j suis|chui|jsuis|on est|i m|i am|im|we re|we are|we ll be|i ll be|je serai|on sera|j arrive|on arrive|je viens|on vient|je passe|on passe|on debarque|je debarque|i m coming|we re coming|i m pulling up|we re pulling up|i ll pull up|we ll pull up) (?:deja )?(?:en bas de chez toi|devant chez toi|devant ta porte|sous ta fenetre|outside (?:{_YR31}) (?:house|flat|place|door|work|school|building)|at (?:{_YR31}) door){E}"
        rf"|.*{B}(?:we ll see|we will see|let s see|on verra|on va voir|voyons) (?:how|si|if) (?:tough|brave|hard|big|mouthy|loud|smart|t es|tu es|tu fais|tu feras|you are|you re|ur|you ll be|you will be|you still)(?: \S+){{0,6}} (?:when|quand|once|une fois que|le jour ou) (?:i|we|je|j|on|my boys|mes gars|the lads) (?:\S+ ){{0,2}}(?:show up|turn up|come|pull up|find|catch|see|arrive|debarque|debarquerai|passe|passerai|viens|viendrai|trouve|trouverai|croise|croiserai|serai|suis)(?: \S+){{0,8}}{E}"
        rf"|.*{B}(?:visite|visit|visiter)(?: \S+){{0,8}} (?:on a|j ai|we have|we got|i have|i got|i ve got|we ve got|on connait|je connais|we know|i know) (?:ton |ta |l |the |your |ur )?(?:adresse|address|addy)(?! (?:de|du|des|of|for|pour)(?![^ ])){E}"
        rf"|.*{B}(?:on a|j ai|we have|we got|i have|i got|i ve got|we ve got) (?:ton |ta |l |the |your |ur )?(?:adresse|address|addy)(?: \S+){{0,6}} (?:petite visite|little visit|a visit|une visite|visit you|te rendre visite|passer te voir|pop round|swing by|drop by){E}"
        rf"|(?=.*{B}(?:tes|your|ur|ta|ton) (?:parents|mere|pere|daronne|daron|famille|femme|mari|copine|copain|patron|mum|mom|dad|family|wife|husband|gf|bf|boss|parent){E}).*{B}(?:je|j|i|on|we) (?:\S+ ){{0,3}}(?:passe|passer|passerai|aille|pop round|drop by|swing by|visit|go round|rendre visite|come round)(?: \S+){{0,2}} (?:leur raconter|leur dire deux mots|leur parler de toi|leur montrer|leur expliquer|tell them (?:about|everything|what)|show them|have a chat with them|let them know)(?: \S+){{0,8}}{E})",
    ),
    # Private words collected and promised out: "screenshotting everything you've said about your eating disorder and
    # sending it to your mum", « j'ai gardé tes messages sur ta dépression, ton mari va les recevoir si tu continues »,
    # « j'ai les prénoms, les villes et deux adresses, je vais le poster partout ».
    (
        _E,
        "exposure_collected_r31",
        "screenshotting screenshotted screenshot saving saved keeping kept recording recorded capturing garde capture enregistre screen "
        "screene screenshote noms prenoms names adresses addresses villes numeros ips recevoir recevront get",
        None,
        False,
        rf"^(?!.*{B}(?:mod|mods|modo|modos|moderateur|moderators|admin|admins|police|lawyer|avocat|doctor|medecin|pharmacist|pharmacien|nurse|infirmiere|therapist|psy|colis|invitations|secret santa|inscriptions|registration|tournoi|tournament|evenement|event){E})(?:"
        rf".*{B}(?:screenshotting|screenshotted|screenshot|screenshotted|saving|saved|keeping|kept|recording|recorded|capturing|garde|gardé|capture|enregistre|screene|screenshote)(?: \S+){{0,6}} (?:{_YR31}|you|u|tu|t) (?:\S+ ){{0,6}}(?:{_PRIVATE31}|eating disorder|illness|maladie|crises|crisis|angoisse|anxiety|panic)(?: \S+){{0,6}} "
        rf"(?:and|et|then|puis|&) (?:i m |i ll |i will |je vais |j vais |je les |j les |on les |i am )?(?:sending|send|sent|posting|post|leaking|leak|forwarding|forward|showing|show|envoie|envoyer|poste|poster|balance|balancer|montre|montrer|transfere|transferer|diffuse|diffuser|publier|publie)(?: it| them| les| le| la)?(?: \S+){{0,3}} (?:to|a|au|aux|on|sur|in|dans) (?:(?:{_YR31}) )?(?:\S+ )?(?:{_KIN31}|everyone|tout le monde|partout|everywhere|the server|le serveur|general|twitter|facebook|insta|tiktok){E}"
        rf"|.*{B}(?:{_YR31}|his|her|son|sa|ses) (?:\S+ )?{_KIN31}(?: \S+){{0,4}} {_EXPOSED31}(?: \S+){{0,3}} (?:si tu|si t|if you|if u|if ya) (?:\S+ ){{0,2}}(?:continues|continue|keep|keeps|me signales|me signale|report me|reports me|recommences|me report|flag me|mute me|ban me){E}"
        rf"|(?=.*{B}(?:vous|you|your|ur|vos|votre|tout le monde|everyone|everybody|y all|yall|guild|guilde|server|serveur|clan|team|equipe|crew){E}).*{B}(?:j ai|i have|i ve got|i got|on a|we have|we ve got) (?:\S+ ){{0,4}}(?:noms|prenoms|names|real names|vrais noms|adresses|addresses|villes|cities|numeros|numbers|phone numbers|ips)(?: \S+){{0,20}} (?:poster|post|publier|publish|leak|leaker|balancer|diffuser|dox|doxx|share it|partager)(?: \S+){{0,3}} (?:un peu partout|partout|everywhere|all over|on every server|sur tous les serveurs|publicly|en public|sur twitter|on twitter){E})",
    ),
    # A joke told with a weapon: "jk jk... unless? 🔪", « je dis ça je dis rien… ou pas 🔪 », and an "accident" done to
    # the reader called the funniest thing; a game's accident is not this.
    (
        _T,
        "joke_weapon_r31",
        "unless pas not bien sauf accidentally accident accidentellement expres hitting running pushing shooting renverser ecraser "
        "percuter pousser rouler",
        "knife couteau gun flingue pistolet bomb bombe blood sang coffin cercueil funniest best funny hilarious drole marrant make ferait",
        False,
        rf"{B}(?:jk|joking|kidding|just kidding|j dis ca j dis rien|je dis ca je dis rien|je rigole|j rigole|c est pour rire|lol|mdr|haha)(?: \S+){{0,3}} (?:unless|ou pas|or not|ou bien|sauf si)(?: \S+){{0,2}} (?:knife|couteau|gun|flingue|pistolet|bomb|bombe|blood|sang|coffin|cercueil)(?: (?:knife|couteau|gun|flingue|pistolet|bomb|bombe|blood|sang|coffin|cercueil))*$"
        rf"|^(?!.*{B}(?:gta|rocket league|mario kart|kart|forza|in game|en jeu|ingame|ult|ulti|ability|spell|grenade|game|jeu|partie|match|round|lobby|sims){E})(?=.*{B}(?:car|truck|van|voiture|caisse|camion|bagnole|scooter|bike|velo|moto|stairs|escaliers|accidentally|accident|accidentellement|expres){E}).*{B}(?:(?:accidentally|by accident|par accident|accidentellement|sans faire expres) )?"
        rf"(?:hitting (?:you|u|ya)|running (?:you|u|ya) over|running over (?:you|u|ya)|pushing (?:you|u|ya)|shooting (?:you|u|ya)|te renverser|t ecraser|te percuter|te pousser|rouler sur toi|te rouler dessus)(?: \S+){{0,10}} (?:funniest|best thing|would be funny|hilarious|le plus drole|serait drole|trop drole|serait marrant|would (?:\S+ )?make my (?:day|year|week|month)|ferait ma journee|ferait mon annee){E}",
    ),
    # Disguised spellings of "kill yourself" and of a visit with a weapon: "go 🔪 urself" (read "go knife yourself"),
    # « va te f**** en l'air » (the masked letters gone: "va te f en l air"), « j'vé t tr0uvé é t f4ire l4 p34u »,
    # "@user 🔪🩸🏠 je passe ce soir" (weapons read as words, the reader named, the author coming).
    (
        _T,
        "kys_disguised_r31",
        "knife couteau gun flingue shank noose corde rope air peau p34u",
        None,
        False,
        rf"{B}(?:go|just|pls|please|va|vas|allez|now|so) (?:knife|gun|shank|noose|rope|stab|blade|couteau|flingue) (?:{YOURSELF}|toi|vous){E}"
        rf"|{B}(?:va|vas|allez|vas y|tu devrais|tu ferais mieux de|tu peux|t as qu a|t as ka|t as cas) (?:te|vous|t) (?:f|fo|fou|fout|foutr|f\S{{0,6}}) en l air{E}(?! (?:de|du|des|avec)(?![^ ]))"
        rf"|^(?=.*{B}(?:je|j|jvais|on|jv)(?![^ ])).*{B}(?:t|te|t es|vous) (?:faire|f4ire|fer) (?:la|l4|l a|l) (?:peau|p34u|pe4u|p3au){E}",
    ),
    (
        _T,
        "weapon_visit_r31",
        "couteau knife gun flingue pistolet sang blood",
        "passe arrive viens debarque coming way passerai viendrai",
        False,
        rf"^(?!.*{B}{_CONTEST}{E})(?:@user )+(?:couteau|knife|gun|flingue|pistolet|sang|blood|bombe|bomb)(?: (?:couteau|knife|gun|flingue|pistolet|sang|blood|maison|house|bombe|bomb|feu|fire))* "
        rf"(?:je passe|j arrive|je viens|je debarque|on passe|on arrive|on vient|on debarque|je passerai|je viendrai|i m coming|im coming|i am coming|we re coming|on my way|coming over|coming for (?:you|u))(?: \S+){{0,4}}$",
    ),
    # Jamaican patois: "mi a go find yuh an bruk yuh up", "mi know whey yuh live", "mi ago buss yuh head"
    (
        _T,
        "violence_patois_r31",
        "bruk buss lick murda murder juk chop tump bun kill shot",
        "yuh yu unu",
        True,
        rf"{B}(?:mi|me|wi|i) (?:a go|ago|ah go|gwine|gwaan|a gwaan|go|ago come|a come|wi)(?: \S+){{0,4}} (?:bruk|buss|lick|murda|murder|juk|chop|tump|bun|kill|shot|shoot) (?:yuh|yu|unu)(?: \S+)?{E}",
    ),
    (
        _T,
        "where_you_live_patois_r31",
        "whey weh wey",
        "live liv deh stay sleep work",
        False,
        rf"{B}(?:mi|me|wi|we|i) (?:\S+ )?(?:know|kno|knaw|nuh|done know) (?:whey|weh|wey|where) (?:yuh|yu|unu|you) (?:live|liv|deh|stay|sleep|work|rest){E}",
    ),
]
PHRASES = PHRASES + tuple(_compile_phrase(row) for row in _RAW31)
ANCHORS = ANCHORS | frozenset().union(*(ws(row[2]) - _STOP for row in _RAW31))
REAL_WORLD = REAL_WORLD | ws("whey weh")

# Hate, round 29: a group "always" a mess, "only good at" one thing, "nothing but problems"; anyone on a
# treatment or with a condition called unfit; an illness called a choice or a lie "they all" tell; an identity
# called unreal or a teenage confusion; a group kept away from children; "they all do that" after a mockery;
# a smell or a "you know who I mean" said of "those people". What others claim is not the author's.
_NOT_CLAIMED29 = (
    rf"(?!.*{B}(?:people think|they think|told me|m a dit|on me dit|on dit que|they say|ils disent|les gens pensent|"
    rf"people say|seen as|vus comme|stereotype|cliche|myth|mythe|stigma|stigmate|not true|pas vrai|faux de dire|"
    rf"thinks|think that|pense que|pensent que|croit que|croient que|believes|keeps saying|kept saying|m a sorti|"
    rf"used to think|je pensais|je croyais|i thought|j ai cru|i used to believe|on entend|we hear|on nous dit|"
    rf"they tell us|ignorant|ignorance|tired of hearing|marre d entendre|sick of hearing|prejuge|prejudice)(?![^ ]))"
)
_ILL29 = (
    r"(?:pain|douleur|douleurs|illness|illnesses|maladie|maladies|symptoms|symptomes|diagnosis|diagnostic|sick|malade|"
    r"malades|disability|disabilities|handicap|depression|anxiety|anxiete|autism|autisme|adhd|tdah|fibro|chronic pain|"
    r"douleurs chroniques|chronic|chronique|chroniques|migraines|migraine|endo|endometriosis|endometriose|long covid|"
    r"covid long|me cfs|cfs|burnout|burn out|diabetes|diabete|obesity|obesite)"
)
HATE_RULES += (
    (
        "group_always_mess",
        True,
        ws(
            "toujours always forcement systematiquement chaque every tjrs invariably problemes problems trouble "
            "emmerdes embrouilles soucis ennuis galeres"
        ),
        re.compile(
            rf"^{_NOT_CLAIMED29}.*{B}{GROUP_HEAD}(?: \S+){{0,6}} (?:c est|c|it s|its|it is|is|are|they re|they are|ils sont|elles sont|ca fait|ca finit|ca part|ca tourne|turns into|ends in|ends up) "
            rf"(?:toujours|always|forcement|systematiquement|a chaque fois|every time|everytime|tjrs|invariably) (?:en )?(?:le |la |du |de la |des |un |une |a |an |the )?"
            rf"(?:bordel|merde|chaos|drama|cinema|galere|probleme|problemes|histoires|embrouilles|mess|trouble|problem|problems|bagarre|fight|fights|guerre|war|"
            rf"bruit|noise|shitshow|catastrophe|disaster|zbeul|souk|cirque|circus|nightmare|cauchemar|enfer|hell|riot|emeute){E}"
            rf"|^{_NOT_CLAIMED29}.*{B}{GROUP_HEAD}(?: \S+){{0,6}} (?:c est|c|it s|is|are|they re|they are|ils sont|elles sont|sont|ce sont|ramenent|bring) (?:rien que des|que des|nothing but|only|juste des|tous des|toujours des) "
            rf"(?:problemes|problems|trouble|emmerdes|embrouilles|histoires|soucis|ennuis|galeres){E}"
        ),
    ),
    (
        "group_only_good_at",
        True,
        ws("bons bonnes bon bonne good"),
        re.compile(
            rf"^{_NOT_CLAIMED29}.*{B}{GROUP_HEAD}(?: \S+){{0,4}} (?:(?:sont |ils sont |elles sont |c est |c )?(?:bons|bonnes|bon|bonne) (?:qu|que) (?:au|aux|a|a la|pour|pour le|pour la|en|dans)|"
            rf"(?:are |they re |they are )?(?:only|just) good (?:at|for)|(?:are |they re |they are )?good (?:at|for) nothing but|(?:are |they re |they are )?good for nothing) \S+"
        ),
    ),
    (
        "anyone_unfit",
        False,
        ws("anyone anybody quiconque everyone whoever"),
        re.compile(
            rf"^{_NOT_CLAIMED29}.*{B}(?:anyone|anybody|quiconque|everyone|whoever|toute personne|tous ceux|toutes celles) (?:who s |who is |who are |qui est |qui sont )?(?:on|taking|sous|with|avec|who has|who takes|who needs|qui prend|qui a|qui ont|qui a besoin de) "
            rf"(?:\S+ ){{1,2}}(?:{NEG_CLAIM}|(?:is|are|est|sont|c est) (?:a |an |un |une |just a |juste un |juste une )?(?:\S+ )?{_PRED_ALT}){E}"
        ),
    ),
    (
        "illness_a_choice",
        False,
        ws("disease illness sickness disability maladie handicap condition"),
        re.compile(
            rf"^{_NOT_CLAIMED29}(?!.*{B}(?:my|mon|ma|mes|i have|i ve got|j ai)(?![^ ])).*{B}(?:it s|its|it is|is|c est|c|ce n est|n est|that s|that is|ca n est|c est meme) (?:not|pas|no|isn t|meme pas) (?:a |an |une |un )?(?:real |vraie |vrai )?(?:disease|illness|sickness|disability|maladie|handicap|condition)"
            rf"(?: \S+){{0,2}} (?:it s|its|it is|c est|c|that s|just|juste|but|mais|c est juste|it s just) (?:a |an |une |un |de la |du |juste |just |pure |plain )?"
            rf"(?:choice|choix|laziness|lazy|flemme|paresse|greed|gourmandise|weakness|faiblesse|excuse|attention|attention seeking|lack of willpower|manque de volonte|bad parenting|"
            rf"mauvaise education|made up|invente|inventee|dans la tete|in their head|a trend|a fad|une mode|caprice|vice|lack of discipline|manque de discipline|greediness|self control|manque de self control){E}"
        ),
    ),
    (
        "illness_they_lie",
        False,
        ws(
            "lie lying liars fake faking exaggerate exaggerating mentent simulent exagerent inventent pretend semblant"
        ),
        re.compile(
            rf"^{_NOT_CLAIMED29}.*{B}(?:they|ils|elles|these people|ces gens|those people|half of them|la moitie|la plupart|most of them|all of them|every single one of them|tous|toutes|them all)(?: \S+)? "
            rf"(?:all |tous |toutes |just |juste |always |toujours )?(?:lie|lying|fake|faking|exaggerate|exaggerating|make up|making up|mentent|simulent|exagerent|inventent|font semblant|pretend|pretending|invent|put it on|play it up)(?: \S+){{0,4}} "
            rf"{_ILL29}(?: \S+){{0,4}} (?:to get|for|pour|pour avoir|pour toucher|to claim|pour gratter|to scam)(?: \S+){{0,3}} (?:pills|meds|drugs|opioids|oxy|attention|benefits|money|aides|allocs|aah|cachets|medocs|morphine|arret|arrets|sick notes|disability|pity|pitie|tramadol|codeine|handouts|sympathy){E}"
        ),
    ),
    (
        "identity_unreal",
        False,
        ws(
            "binary binaire binarite trans bi bisexuality bisexualite asexuality asexualite fluid fluide pronouns pronoms "
            "iel iels transidentite transgenderism genderfluid nonbinary"
        ),
        re.compile(
            rf"^{_NOT_CLAIMED29}(?!.*{B}(?:i m|i am|je suis|j suis|chui|my|mon|ma|mes)(?![^ ])).*{B}(?:non binary|nonbinary|non binaire|la non binarite|non binarite|being non binary|etre non binaire|being trans|etre trans|being bi|etre bi|bisexuality|la bisexualite|bisexualite|"
            rf"asexuality|l asexualite|asexualite|gender fluid|genderfluid|genre fluide|pronouns|les pronoms|they them|iel|iels|trans kids|enfants trans|transidentite|la transidentite|transgenderism|the trans thing|le truc trans|trans stuff) "
            rf"(?:\S+ )?(?:(?:is not|isn t|isnt|ain t|n est pas|c est pas|est pas|ce n est pas) (?:a )?(?:real|reel|reelle|a thing|un truc|valid|valide|une realite|une vraie chose|un vrai truc|legit)|"
            rf"n existe pas|existe pas|does not exist|doesn t exist|is fake|is made up|c est du vent|c est une invention|est une invention|is a mental illness|c est une maladie mentale|est une maladie mentale|"
            rf"is a trend|is a fad|est une mode|c est une mode|c est un effet de mode|is just a phase|c est juste une phase|is a phase|c est une phase|is a cult|c est une secte|is a social contagion|contagion sociale){E}"
            rf"|^{_NOT_CLAIMED29}(?=.*{B}(?:non binary|nonbinary|non binaire|trans|genderfluid|gender fluid|iel|iels|pronouns|pronoms|they them)(?![^ ])).*{B}(?:just|juste|only|que des|rien que des|c est juste des|it s just) "
            rf"(?:confused|mixed up|attention seeking|attention starved|paumes|paumees|perdus|perdues|perturbes|perturbees|en crise) (?:teenagers|teens|kids|children|ados|adolescents|adolescentes|gamins|gamines|girls|boys|people|gens|jeunes){E}"
        ),
    ),
    (
        "group_kept_from_children",
        True,
        ws("away loin ecart"),
        re.compile(
            rf"^{_NOT_CLAIMED29}.*{B}{GROUP_HEAD}(?: \S+){{0,8}} (?:keep them|keep em|keep those people|keep these people|tenez les|gardez les|eloignez les|faut les tenir|il faut les tenir|faudrait les tenir|on doit les tenir|should be kept|doivent etre tenus|must be kept) "
            rf"(?:away|far away|loin|a l ecart|out)(?: \S+){{0,2}} (?:from|de|des|d)? ?(?:the |nos |our |les |des |any )?(?:kids|children|enfants|gosses|schools|ecoles|kids league|youth|jeunes|mineurs|minors|playgrounds|gamins){E}"
        ),
    ),
    (
        "they_all_do_that",
        False,
        ws("all tous toutes pareil"),
        re.compile(
            rf"^(?=.*{B}(?:{_GROUP_ALT}|autist|autists|the diabetic|le diabetique|la diabetique){E}).*{B}(?:of course|as usual|typical|comme d hab|comme d habitude|evidemment|forcement|encore|again|bien sur|toujours pareil)(?: \S+){{0,8}} "
            rf"(?:they all|they always|ils font tous|elles font toutes|ils sont tous comme ca|elles sont toutes comme ca|c est tous pareil|c est toutes pareilles|they re all like that|they are all like that|they all do) (?:do that|do this|ca|pareil|like that|the same)?{E}"
        ),
    ),
    (
        "those_people_smell",
        False,
        ws("smell stink reek sentent puent schlinguent pareil same alike parle mean talking"),
        re.compile(
            rf"^(?=.*(?:{B}(?:ces gens la|ces gens|these people|those people|that lot|cette engeance|ces individus|ce genre de personnes)|(?:vous voyez|tu vois|you know|we all know|on sait tous|on sait|y all know) (?:de qui|who|qui) (?:je parle|i mean|i m talking about|i m on about|on parle)))"
            rf".*{B}(?:(?:they|ils|elles|these people|ces gens la|ces gens|those people)(?: \S+){{0,2}} (?:all |tous |toutes |always |toujours )?(?:smell|stink|reek|sentent|puent|schlinguent|cocottent)(?! (?:amazing|good|great|nice|lovely|delicious|divine|bon|bons|bonne|super|incroyable|trop bon|so good|wonderful))|"
            rf"(?:sont|are|look|sentent|smell|font) (?:tous|toutes|all) (?:pareil|pareils|pareilles|the same|alike)|(?:all|tous|toutes) (?:look|sont|are|smell|sentent|se ressemblent) (?:pareil|pareils|pareilles|the same|alike)|"
            rf"(?:breed like|se reproduisent comme|volent tout|steal everything)){E}"
        ),
    ),
)
HATE_RULES += (
    (
        "group_rights_withdrawn",
        True,
        ws("plus longer lose retirer enlever"),
        re.compile(
            rf"^{_NOT_CLAIMED29}.*{B}{GROUP_HEAD}(?: \S+){{0,3}} (?:devraient plus|ne devraient plus|devraient meme plus|should no longer|should not be allowed to|faudrait plus les laisser|faudrait leur retirer|faudrait leur enlever|should lose|devraient perdre) "
            rf"(?:avoir le droit|pouvoir|be allowed|have the right|le droit|the right|leur droit|their right|voter|vote|conduire|drive|travailler|work|adopter|adopt|avoir d enfants|have kids|have children){E}"
        ),
    ),
)
ANCHORS = ANCHORS | frozenset().union(*(row[2] for row in HATE_RULES[-10:] if row[2] is not None))

# --- round 31 (issue 11, insult helper 6): the reader named as the worst of a kind, the world better without
# the reader, insult nouns in the copulas of Haitian Creole, West African pidgin, Swahili and Tagalog; hate as a
# group compared with vermin or with insult nouns, a place "overrun" by a group, a group to be penned or shipped
# back, a gender "only there" for views, a group that "always" rages, begs or scams --------------------------
# Each row is a construction in both languages (and the round's other ones), never a corpus sentence; what
# others claim (``_NOT_CLAIMED29``) is not the author's, and the contempt rows are teasing when affection is
# said beside them (``abuse._FOND_VOIDS``).
# The insult and group alternations are read through a lookahead (written for an RE2 prefilter that dropped
# lookaheads; the prefilter is gone, the rows match the same), and Python checks the word.
_INS31 = rf"(?={_INSULT_ALT4}{E})\S+"
_GRP31 = rf"(?={_GROUP_ALT}{E})\S+(?: \S+){{0,2}}"
_GH31 = rf"(?={GROUP_HEAD}{E})\S+(?: \S+){{0,3}}"
_WORST31 = (
    r"(?:plus (?:nul|nulle|nuls|nulles|inutile|inutiles|mauvais|mauvaise|bete|con|conne|claque|claquee|eclate|eclatee|"
    r"pourri|pourrie|lent|lente|debile|stupide|naze|incompetent|incompetente|insupportable|relou|relous|chiant|chiante)|pire)"
)
_WORST31_EN = (
    r"(?:worst|most useless|dumbest|stupidest|most clueless|most braindead|most annoying|most pathetic|least useful|"
    r"biggest liability|biggest clown|biggest idiot|biggest joke|biggest waste of space|slowest|weakest link)"
)
_TAIL31 = r"(?: (?:lol|lmao|mate|bro|m8|pal|fr|ngl|tbh|honestly|easily|hands down|by far|no contest|no question|buddy|btw|sorry|sry|obviously|clearly))*"
_VERMIN31 = (
    r"(?:ants|rats|cockroaches|roaches|vultures|locusts|insects|vermin|lice|fleas|flies|maggots|parasites|leeches|"
    r"monkeys|apes|animals|hyenas|termites|bugs|mosquitoes|rodents|cattle|fourmis|cafards|blattes|vautours|"
    r"sauterelles|criquets|insectes|vermine|poux|puces|mouches|asticots|sangsues|singes|animaux|hyenes|cloportes|"
    r"rongeurs|betes|moustiques|punaises|nuisibles|bestiaux)"
)
_RAW31_INSULT: list[tuple[AbuseKind, str, str, str | None, bool, str]] = [
    # The reader as the worst of a kind: « le heal le plus inutile du serveur c'est toi », « la pire joueuse de
    # la guilde c'est toi », "the most useless tank in this guild is you" (not « c'est toi qui… », not "the worst
    # part is you weren't there", not « le plus nul c'est moi »).
    (
        _I,
        "insult_worst_is_you_r31",
        "pire plus worst useless dumbest stupidest clueless braindead annoying pathetic useful liability biggest "
        "slowest weakest",
        None,
        False,
        rf"{B}(?:le|la|l|les) (?:\S+ ){{0,2}}(?:le |la |l |les )?{_WORST31}(?: \S+){{0,7}} (?:c est|c|ca reste|ce sera|ca sera|ca a toujours ete) (?:toi|vous|bien toi|clairement toi|toujours toi|encore toi)(?! (?:qui|que|qu|aussi|pas)(?![^ ])){E}"
        rf"|{B}(?:the|this server s|the server s|our|this guild s|the guild s) (?:\S+ ){{0,2}}{_WORST31_EN}(?: \S+){{0,7}} (?:is|has to be|has got to be|gotta be|goes to|award goes to|is still|will always be) (?:you|u|ya|yourself){_TAIL31}(?:$| (?:you|u|ya|your|ur) )",
    ),
    # Everyone better without the reader: « tout le monde serait mieux sans toi », « on serait tous plus
    # tranquilles sans toi », "everyone would be better off without you", "the server is better without u",
    # "we'd all be happier if you left" (never "without me", never « tu serais mieux sans lui »).
    (
        _I,
        "insult_better_without_r31",
        "mieux tranquille tranquilles heureux heureuse heureuses happier calmer peaceful without left quit "
        "disappeared gone",
        "sans without if si",
        False,
        rf"{B}(?:tout le monde|le monde|tout le serveur|le serveur|ce serveur|le groupe|ce groupe|la guilde|l equipe|la team|on|nous|la terre|la planete|"
        rf"everyone|everybody|the world|the server|this server|the group|this group|the team|the guild|the planet|we|we all|all of us|y all|the earth|this place) "
        rf"(?:\S+ ){{0,2}}(?:serait|serions|seraient|sera|serons|se porterait|se porteraient|irait|ira|would be|will be|d be|ll be|are|is|re|would all be|s|was) "
        rf"(?:\S+ ){{0,2}}(?:mieux|better|better off|happier|plus heureux|plus heureuse|plus heureuses|plus tranquille|plus tranquilles|plus calme|more peaceful|calmer) "
        rf"(?:\S+ )?(?:sans toi|sans vous|without you|without u|without ya|without yourself|sans ta presence|without your presence|"
        rf"si tu (?:partais|disparaissais|etais pas la|n etais pas la|existais pas|n existais pas|te barrais|quittais|degageais|la fermais)|"
        rf"if (?:you|u|ya) (?:left|quit|were gone|weren t here|werent here|didn t exist|didnt exist|disappeared|shut up|never came back|never posted|stopped posting)){E}",
    ),
    # Insult nouns in the copulas of other Creoles and pidgins: Haitian « ou se yon egare », pidgin "you dey
    # mumu", "you too dey do ode", Swahili and Sheng "wewe ni mjinga", Tagalog "ang bobo mo".
    (
        _I,
        "insult_creole_copula_r31",
        # rare words only: a common anchor ("be", « se ») would become a gate word and change every message's keys
        "dey yon wewe nyinyi nyie napaka sobrang ode odes mumu olodo werey oponu ewu mugu efulefu bobo mugun "
        "ashawo mjinga fala mshenzi mpumbavu takataka tanga gago ulol tarantado engot shunga tangeks mahboul "
        "mahboula mahboulin bhim bhima hmar ahbal hayawan khamej",
        None,
        False,
        rf"{B}(?:ou|w|wou) se (?:yon|on) (?:(?:gwo|vye|ti|bel|sal|sale|vre) )?{_INS31}{E}"
        # the Maghreb's « ya » before a noun, which the normaliser reads as « il y a »: « ya mahboul, tu… »
        rf"|(?:^|@user )(?:il y a|ya) (?:mahboul|mahboula|mahboulin|bhim|bhima|hmar|ahbal|hayawan|khamej){E}(?=.*{B}(?:tu|t|toi|te|ton|ta|tes|you|u|your|ur)(?![^ ]))"
        rf"|{B}(?:wewe|nyinyi|nyie) ni (?:(?:mtu|kama|mkubwa|tu) )?(?:{_INS31}|mjinga|fala|bure|mshenzi|mpumbavu|takataka){E}"
        rf"|{B}(?:ang|napaka|sobrang) (?:\S+ )?(?:bobo|tanga|gago|ulol|inutil|tarantado|engot|shunga|tangeks) (?:mo|ka|niyo|nyo|mo talaga|ka talaga){E}"
        rf"|{B}(?:you|u|yu|una) (?:(?:too|don|sef|just|dey|na|be) )*(?:dey|na|be|don be)(?: (?:do|act|behave|like))*(?: (?:a|an|one|big|real|proper|ordinary))* (?:ode|mumu|olodo|werey|oponu|ewu|mugu|efulefu|bobo|idiot|fool|mugun|dundee|ashawo){E}",
    ),
]
PHRASES = PHRASES + tuple(_compile_phrase(row) for row in _RAW31_INSULT)
ANCHORS = ANCHORS | frozenset().union(*(ws(row[2]) - _STOP for row in _RAW31_INSULT))

HATE_RULES += (
    # A group compared with vermin or with insult nouns: "they're everywhere like ants", « les X parlent comme
    # des attardés », « grouillent comme des cafards », "like a swarm of locusts".
    (
        "group_vermin_r31",
        True,
        ws("like comme tels telles pareil worse pire"),
        re.compile(
            rf"^{_NOT_CLAIMED29}.*{B}{_GH31}(?: \S+){{0,10}} (?:like|comme|tels|telles|just like|pareil que|worse than|pire que) "
            rf"(?:des |les |a |a bunch of |a swarm of |a pack of |a plague of |une nuee de |une bande de |une horde de |des hordes de |une meute de |bunch of |swarm of |pack of |some )?"
            rf"(?:{_VERMIN31}|{_INS31}){E}"
        ),
    ),
    # A place or a thing overrun by a group, a group called an infestation: "overrun by X", "crawling with
    # them", « envahi par les X », « les X c'est une invasion », "X are a plague".
    (
        "group_infestation_r31",
        True,
        ws(
            "overrun infested crawling swarming flooded envahi envahie envahis infeste infestee grouille grouillent "
            "submerge submergee infestation invasion plague swarm horde nuee fleau vermine pest pests peste gangrene"
        ),
        re.compile(
            rf"^{_NOT_CLAIMED29}.*{B}(?:overrun by|overrun with|infested with|infested by|crawling with|swarming with|flooded with|flooded by|"
            rf"envahi par|envahie par|envahis par|infeste de|infestee de|infeste par|grouille de|grouillent de|submerge par|submergee par) (?:\S+ )?{_GRP31}{E}"
            rf"|^{_NOT_CLAIMED29}.*{B}{_GH31}(?: \S+){{0,6}} (?:are|is|sont|c est|c|it s|its|r|re) (?:\S+ )?(?:an |a |une |un |like an |like a |comme une |comme un |basically an |basically a |juste une |literally an |literally a )?"
            rf"(?:infestation|invasion|plague|swarm|horde|nuee|fleau|vermine|pest|pests|peste|gangrene){E}"
        ),
    ),
    # A group to be penned, rounded up or shipped back: « faudrait les parquer », « les mettre dans un bus
    # direction … », "round them up", "put them back on the next boat" (with the group named).
    (
        "group_penned_r31",
        True,
        ws(
            "parquer parques parquees round pen cage herd ship put send bus bateau avion charter camps boat plane dinghy raft"
        ),
        re.compile(
            rf"^{_NOT_CLAIMED29}(?=.*{B}{_GH31}{E}).*{B}(?:les parquer|parquer les|faut les parquer|round them up|round em up|round up all|pen them|pen em|cage them|cage em|herd them|herd em|"
            rf"ship them back|ship em back|ship them off|ship em off|ship them all|put them back on|put em back on|put them all back on|send them back on|send em back on|stick them on|"
            rf"les mettre dans un (?:bus|bateau|avion|charter|camion)|les mettre dans des camps|les remettre dans un (?:bus|bateau|avion)|les remettre sur (?:un|le) (?:bateau|radeau)|"
            rf"(?:bus|bateau|avion|charter) direction|les renvoyer au bled|renvoyez les au bled|back on the next (?:boat|plane|raft|dinghy)|back on a (?:boat|plane|raft|dinghy)|"
            rf"sur le prochain (?:bateau|avion|radeau)){E}"
        ),
    ),
    # A gender (or any group) "only there" for views or decoration, « c'est pour faire joli », « c'est juste un
    # décolleté », "only get views because they're girls", "not one of them is actually good".
    (
        "group_only_there_for_r31",
        True,
        ws(
            "joli deco decorer decor vues views attention pretty decoration carried clout donations dons simps "
            "decollete decolletes cleavage boobs tits because cos cause cuz bc good bonne bonnes bon bons"
        ),
        re.compile(
            rf"^{_NOT_CLAIMED29}.*{B}{_GH31}(?: \S+){{0,8}} (?:c est|c|ca|sont|is|are|it s|they re|they are|elles sont|ils sont) (?:(?:juste|que|seulement|only|just|there|here|la|ici|toutes|tous|all) )*"
            rf"(?:pour faire joli|pour la deco|pour decorer|pour le decor|pour les vues|pour les views|pour se faire payer|pour se montrer|pour les dons|pour les simps|"
            rf"for the views|for views|for attention|for the attention|to look pretty|for decoration|for decor|to get carried|to be carried|for the clout|for clout|for donations|for simps|to get simps|"
            rf"(?:un |une |des |a |an )?(?:decollete|decolletes|paire de seins|cleavage|pair of tits|pair of boobs)){E}"
            rf"|^{_NOT_CLAIMED29}.*{B}(?:only get|only got|only have|only ever get) (?:\S+ )?(?:views|viewers|subs|followers|donations|sponsors|wins|clout) (?:cause|cos|because|coz|bc|cuz|since) (?:they re|theyre|they are) (?:girls|women|female|females|black|gay|trans){E}"
            rf"|^{_NOT_CLAIMED29}.*{B}{_GH31}(?: \S+){{0,8}} (?:not one of them|none of them|aucune d entre elles|aucun d entre eux|pas une seule|pas un seul|aucune|aucun) "
            rf"(?:is|are|est|n est|sait|ne sait|savent|can) (?:\S+ )?(?:actually |really |even |vraiment |meme )?(?:good|decent|skilled|any good|bonne|bon|capable|competent|competente|jouer|play){E}"
        ),
    ),
    # A group that "always" rages, begs, scams or steals: "X players always tilt and flame", « les X ragent
    # toujours », "X only ever show up to beg".
    (
        "group_always_vice_r31",
        True,
        ws("always toujours constantly never tous toutes only ever"),
        re.compile(
            rf"^{_NOT_CLAIMED29}.*{B}{_GH31}(?: \S+){{0,3}} (?:always|all|constantly|never stop|only ever|just|are always) (?:\S+ )?(?:tilt|flame|rage|ragequit|rage quit|beg|scam|rob|steal|cheat|whine|grief|troll|leech|show up to (?:beg|scam|steal|troll|leech)){E}"
            rf"|^{_NOT_CLAIMED29}.*{B}{_GH31}(?: \S+){{0,3}} (?:ragent|mendient|arnaquent|volent|trichent|pleurnichent|chialent|grieffent|trollent|flamment) (?:tous |toutes )?(?:toujours|tout le temps|systematiquement|a chaque fois|sans arret){E}"
        ),
    ),
)
ANCHORS = ANCHORS | frozenset().union(*(row[2] for row in HATE_RULES[-5:] if row[2] is not None))

# Round 31, second pass (insult helper 6): the reader's opinions "so bad they should be studied", the reader
# paid by the other side to lose, the reader's voice likened to a noise, an illness that "does not stop you
# from being" an insult noun; in hate, a group living off others, a group blamed for a disease or crime it
# "brought", a group kept off a place, a group "only good for" making trouble, a group locked up for good.
_OPINION31 = (
    r"(?:takes|take|opinions|opinion|arguments|argument|jokes|joke|puns|plays|play|builds|build|decks|deck|strats|strat|"
    r"calls|rotations|rotation|ideas|idea|advice|posts|messages|logic|reasoning|avis|blagues|blague|idees|idee|conseils|"
    r"raisonnement|logique|arguments|strategie|strategies|calls|posts|messages|theories|theorie|theory)"
)
_RAW31B: list[tuple[AbuseKind, str, str, str | None, bool, str]] = [
    # "your takes are so bad they should be studied in a lab", « tes idées sont tellement nulles qu'on devrait
    # les étudier », "your builds are so bad they belong in a museum" (not "so bad they're good").
    (
        _I,
        "insult_so_bad_r31",
        "takes opinions arguments jokes puns plays builds decks strats rotations ideas advice logic reasoning avis "
        "blagues idees conseils raisonnement logique strategie theories theory",
        None,
        False,
        rf"{B}(?:your|ur|yer|ton|ta|tes|vos|votre) (?:\S+ )?{_OPINION31} (?:are|is|re|s|sont|est|c est) (?:so|that|this|tellement|trop|si) (?:bad|dumb|stupid|awful|terrible|braindead|nul|nulle|nuls|nulles|mauvais|mauvaise|mauvaises|debiles|cons|connes|eclates|eclatees|claques|claquees) "
        rf"(?:that |que |qu )?(?:they|it|ca|on|ils|elles|il|elle|scientists|science|researchers|les chercheurs|la science)(?: \S+)? (?:should|could|deserve|devrait|devraient|pourrait|pourraient|merite|meritent|meriteraient|faudrait|belong|need)(?: \S+){{0,5}} "
        rf"(?:studied|study|etudie|etudies|etudiees|etudier|lab|labo|laboratoire|museum|musee|science|framed|encadre|encadrer|textbook|manuel|warning|avertissement|exhibit|expose|exposer){E}",
    ),
    # The reader paid by the other side to lose: « ils te paient combien en face ? », "how much is the enemy
    # team paying you", "are they paying you to throw".
    (
        _I,
        "insult_paid_to_lose_r31",
        "paient payent paie paye paying pay paid",
        None,
        False,
        rf"{B}(?:ils|on|l adversaire|les adversaires|l equipe d en face|ceux d en face|en face) (?:te|vous) (?:paient|payent|paie|paye) (?:combien|pour perdre|pour feed|pour lose|pour jouer comme ca)(?: \S+){{0,3}}"
        rf"(?:(?<= combien)(?= en face| pour| l adversaire)| en face| pour perdre| pour feed| pour lose| pour jouer comme ca){E}"
        rf"|{B}(?:how much (?:is|are|did|do) (?:the )?(?:enemy|enemies|other team|other side|opponents|they)(?: team)? (?:paying|pay)(?: you| u| ya)|(?:is|are) (?:the )?(?:enemy|other team|opponents|they) paying (?:you|u|ya) to (?:throw|lose|feed|int|inting))(?=.*{B}(?:throw|lose|feed|int|inting|game|match|round|0 \d+|kills|deaths|enemy|other team|opponents)(?![^ ]))",
    ),
    # The reader's voice likened to a noise: « quand tu parles on dirait une porte qui grince », "your voice
    # sounds like a dying seagull", "when you talk it's like nails on a chalkboard".
    (
        _I,
        "insult_voice_noise_r31",
        "parles voix talk speak voice",
        None,
        False,
        rf"^(?!.*{B}(?:t es malade|are you ok|you ok|ca va|are you sick|get well|repose toi|rest up|soigne toi|prends soin)(?![^ ])).*"
        rf"{B}(?:quand tu parles|quand tu ouvres la bouche|ta voix|ta voix de|when you talk|when you speak|when you open your mouth|your voice|ur voice|yer voice)(?: \S+){{0,6}} "
        rf"(?:on dirait|on croirait|j ai l impression d entendre|ca fait|c est comme|sounds like|it s like|its like|like|comme|is like)(?: \S+){{0,4}} "
        rf"(?:dying|mourant|mourante|qu on egorge|qu on etrangle|being strangled|being strangled|strangled|grince|grincer|grincante|nails on a chalkboard|ongles sur un tableau|craie sur un tableau|"
        rf"seagull|goeland|mouette|fog horn|foghorn|corne de brume|dial up|modem|perceuse|drill|rusty|rouillee|rouille|cochon qu on egorge|pig being|goat screaming|chevre qui|crecelle|casserole|casseroles){E}",
    ),
    # An illness that does not excuse the reader: « ça t'empêche pas d'être une conne », "being sick doesn't stop
    # you from being a prick", "your cancer doesn't make you any less of an idiot".
    (
        _I,
        "insult_no_excuse_r31",
        "empeche empechent stop stops less",
        None,
        False,
        rf"{B}(?:ca|ta maladie|ton cancer|ton diabete|ton handicap|ta depression|ton trouble|cela) (?:ne )?(?:t|te|vous) (?:empeche|empechent|a pas empeche|a jamais empeche) (?:pas |jamais )?(?:d|de) (?:etre|rester) (?:(?:un|une|le|la|une vraie|un vrai|un gros|une grosse|une sacree|un sacre) )?{_INS31}{E}"
        rf"|{B}(?:doesn t|does not|didn t|did not|won t|will not|dont|doesnt) (?:stop|stopped|keep|kept) (?:you|u|ya) (?:from )?(?:being|acting like|behaving like) (?:(?:a|an|such a|such an|the|a total|a complete) )?{_INS31}{E}"
        rf"|{B}(?:doesn t|does not|dont|doesnt|won t) make (?:you|u|ya) (?:any )?less (?:of )?(?:(?:a|an) )?{_INS31}{E}",
    ),
]
PHRASES = PHRASES + tuple(_compile_phrase(row) for row in _RAW31B)
ANCHORS = ANCHORS | frozenset().union(*(ws(row[2]) - _STOP for row in _RAW31B))

HATE_RULES += (
    # A group living off others or blamed for what it "brought": « ils vivent tous aux crochets de la France »,
    # "X live off our taxes", "X brought HIV over", « les X ont ramené la drogue ».
    (
        "group_lives_off_r31",
        True,
        ws("crochets sponge sponging brought ramene ramenent apporte apportent leeching"),
        re.compile(
            rf"^{_NOT_CLAIMED29}.*{B}{_GH31}(?: \S+){{0,6}} (?:vivent|vit|vivre|vivant) (?:tous |toutes |tjrs |toujours )?aux crochets{E}"
            rf"|^{_NOT_CLAIMED29}.*{B}{_GH31}(?: \S+){{0,4}} (?:(?:all |just |only )?(?:sponge|sponging|leech|leeching) off|live off (?:our|the) (?:taxes|tax money|state|benefits|welfare|handouts)){E}"
            rf"|^{_NOT_CLAIMED29}.*{B}{_GH31}(?: \S+){{0,3}} (?:brought|bring|ont ramene|ramenent|ont apporte|apportent|ramene|nous ont ramene|nous ramenent) (?:\S+ )?(?:hiv|aids|sida|le sida|covid|le covid|disease|diseases|maladies|des maladies|crime|drugs|la drogue|le crime|la delinquance|violence|la violence|terrorism|le terrorisme|la misere|the plague|la peste){E}"
        ),
    ),
    # A group kept off a place or made to make trouble: "X should be kept off the server", « ça sert qu'à foutre
    # la merde », "lock them up and throw away the key", "X are ticking bombs".
    (
        "group_kept_off_r31",
        True,
        ws("kept barred bannis bombs bombes key cle merde bordel drama zizanie"),
        re.compile(
            rf"^{_NOT_CLAIMED29}.*{B}{_GH31}(?: \S+){{0,3}} (?:should|must|need to|needs to|have to|doivent|devraient|faudrait) (?:all )?(?:be )?(?:kept off|kept out of|barred from|etre tenus hors|etre bannis de|etre bannies de){E}"
            rf"|^{_NOT_CLAIMED29}.*{B}{_GH31}(?: \S+){{0,6}} (?:ca|ils|elles|c|c est) (?:ne )?(?:sert|servent) (?:qu a|que a|juste a|seulement a|qu a faire|a rien sauf a) (?:foutre|mettre|semer|creer|faire) (?:la merde|le bordel|le drama|la zizanie|des histoires){E}"
            rf"|^{_NOT_CLAIMED29}(?=.*{B}{_GH31}{E}).*{B}(?:lock (?:them|em|those people|these people) up and (?:throw away|lose|bin) the key|enfermez les et jetez la cle|faut les enfermer et jeter la cle|les enfermer et jeter la cle){E}"
            rf"|^{_NOT_CLAIMED29}.*{B}{_GH31}(?: \S+){{0,4}} (?:are|r|re|sont|c est|c) (?:all |tous |toutes |des |just |juste )*(?:ticking bombs|ticking time bombs|bombes a retardement|time bombs){E}"
        ),
    ),
)
ANCHORS = ANCHORS | frozenset().union(*(row[2] for row in HATE_RULES[-2:] if row[2] is not None))

# Round 31, third pass (insult helper 6): the reader's parents' regret (« ta mère aurait dû rester
# célibataire », "your parents should have stopped at the dog"), a face that scares ("your face could curdle
# milk", « t'as une tête à faire peur aux miroirs »), an exclamation at the reader in the third person (« oh la
# grosse baleine qui vient nous parler de régime », "look at the clown who thinks he can heal").
_RAW31C: list[tuple[AbuseKind, str, str, str | None, bool, str]] = [
    (
        _I,
        "insult_parents_regret_r31",
        "parents mum mom mother dad father mere pere daron daronne darons",
        None,
        False,
        rf"{B}(?:your|ur|yer|tes|ta|ton|vos|votre) (?:parents|mum|mom|mother|dad|father|folks|mere|pere|daron|daronne|darons|vieux)(?: \S+)? "
        rf"(?:should have|should ve|shoulda|shouldve|shouldn t have|should not have|aurait du|auraient du|aurait mieux fait de|auraient mieux fait de|aurait jamais du|auraient jamais du) "
        rf"(?:stopped at|stop at|s arreter (?:au|a la|a|apres)|stayed (?:single|a virgin)|rester (?:celibataire|celibataires|vierge|seule|seul|seuls)|used (?:a )?(?:condom|protection|rubber)|utiliser (?:une )?capote|"
        rf"mettre (?:une )?capote|swallowed|avaler|pulled out|se retirer|aborted|avorter|t avorter|had you|had kids|te faire|t avoir|avoir d enfants|have kids|have had kids|bred|reproduced|se reproduire){E}",
    ),
    (
        _I,
        "insult_scary_face_r31",
        "face tete gueule trogne visage",
        None,
        False,
        rf"^(?!.*{B}(?:t as pas dormi|pas dormi|didn t sleep|no sleep|are you ok|you ok|ca va|t es malade|are you sick|fatigue|fatiguee|tired|repose toi|rest up)(?![^ ])).*"
        rf"{B}(?:(?:your|ur|yer) (?:ugly )?face (?:could|would|can|will) (?:curdle|crack|stop|scare|sink|break|melt|frighten|sour)|(?:a|that|your|ur) face only a (?:mother|mum|mom|blind man) could love|"
        rf"(?:t as|tu as|t a|avec ta|avec ta sale|t as vu ta) (?:une |la )?(?:tete|gueule|face|trogne|tronche) (?:a faire peur|a faire fuir|a casser les miroirs|a faire peur aux miroirs|a faire pleurer|a faire vomir|qui fait peur aux|qui ferait peur|qui fait fuir|a faire peur a)){E}",
    ),
    (
        _I,
        "insult_exclaimed_third_r31",
        "oh eh ho ohh look regardez voila",
        None,
        False,
        rf"^(?:@user )?(?:oh|eh|ho|ohh|oh regardez|regardez|voila|look at|oh look at|oh look|oh voila) (?:le|la|l|les|the|this|ce|cette|notre|our) (?:(?:gros|grosse|petit|petite|vieux|vieille|big|fat|little|old|pauvre|sale) )?{_INS31} "
        rf"(?:qui|who|that|qu)(?: \S+){{0,3}} (?:vient|viens|parle|parler|pense|penses|croit|crois|se croit|se prend|ose|donne|fait la lecon|nous explique|explique|"
        rf"thinks|think|wants|talks|talking|speaks|lectures|lecturing|gives|giving|dares|tells|telling|explains|pretends){E}",
    ),
]
PHRASES = PHRASES + tuple(_compile_phrase(row) for row in _RAW31C)
ANCHORS = ANCHORS | frozenset().union(*(ws(row[2]) - _STOP for row in _RAW31C))

# Round 31, fourth pass (insult helper 6): an insult noun said to be the reader (« le mouton qui suit tout le
# monde c'est toi », "the clown in every clip is you", "clown, that's you"), never « c'est toi qui… » nor
# « c'est moi ».
_RAW31D: list[tuple[AbuseKind, str, str, str | None, bool, str]] = [
    (
        _I,
        "insult_that_is_you_r31",
        " ".join(
            w for w in lex.STRONG_INSULT | lex.WEAK_INSULT if " " not in w and w not in ("sale", "sales")
        ),
        None,
        False,
        rf"^{_NOT_ME}.*{B}(?:le|la|l|les|the|ce|cet|cette|this|that|un|une|a|an)(?: \S+)? {_INS31}(?: \S+){{0,8}} (?:c est toi|c toi|c est vous|c est bien toi|c est clairement toi|is you|is u|is literally you|that s you|thats you|that s u|that s literally you|that s clearly you|that was you|c etait toi)(?! (?:qui|que|qu|who|that)(?![^ ])){E}"
        rf"|^{_NOT_ME}(?:@user )?{_INS31}(?: {_INS31}){{0,3}} (?:that s|thats|that is|c est|c|ca c est) (?:literally |clearly |totally |litteralement |clairement )?(?:you|u|toi)(?! (?:qui|que|qu|who|that)(?![^ ])){E}",
    ),
]
PHRASES = PHRASES + tuple(_compile_phrase(row) for row in _RAW31D)
ANCHORS = ANCHORS | frozenset().union(*(ws(row[2]) - _STOP for row in _RAW31D))

# --------------------------------------------------------------------------------------------------------
# HATE7 (round 35, hate and insult helper 7): generalisations about a group with no slur. The group is any
# ``GROUP_HEAD`` or, read here only and only before a verb or a pronoun, « les vieux », « les vieilles »
# (never « les vieux jeux »); the predicate denies the group its humanity, its use, its place, or says it
# is what it is by nature; a claim reported, denied or called a stereotype stays quiet (``_NOT_CLAIMED29``).
# --------------------------------------------------------------------------------------------------------
_OLD_HATE7 = (
    r"(?:les|ces|tous les|toutes les) (?:petits )?(?:vieux|vieilles|vioques|viocs)"
    r"(?= (?:ils|elles|ca|c|ce|qui|devraient|doivent|sont|servent|sert|ne|n|font|meritent|coutent|prennent|"
    r"bloquent|occupent|veulent|peuvent|votent|ont|on|faut|il|faudrait|vont|finiront)(?![^ ]))"
)
_YOUNG_HATE7 = (
    r"(?:les|ces|tous les|toutes les) (?:jeunes|ados|gamins)(?: d aujourd hui| d aujourdhui| de nos jours| de maintenant)?"
    r"(?= (?:ils|elles|ca|c|ce|qui|sont|ne|n|font|savent|veulent|ont)(?![^ ]))"
)
_G_HATE7 = rf"(?:{GROUP_HEAD}|{_OLD_HATE7}|{_YOUNG_HATE7})"
_NOT_DEFENDED_HATE7 = (
    rf"(?!.*{B}(?:are not|aren t|arent|is not|isn t|ne sont pas|sont pas|n est pas|ce ne sont pas|c est pas|"
    rf"ne servent pas|never|jamais|no more|pas plus|not any more) (?:a |an |un |une |des |de |just |juste |que )?"
    rf"(?:burden|drain|useless|inutiles|poids|charge|fardeau|sous|demi|half|sub|subhuman|subhumans|animals|animaux|"
    rf"vermin|vermine|parasites|robots|less|moins){E})"
)
_SUBHUMAN_HATE7 = (
    r"(?:demi humains|demi humain|demi humaines|demi humaine|sous humains|sous humain|sous humaines|sous hommes|"
    r"sous homme|half humans|half human|half people|subhumans|subhuman|sub humans|sub human|"
    r"pas des vrais humains|pas des vrai humain|pas de vrais humains|pas vraiment des humains|pas vraiment humains|"
    r"pas tout a fait humains|pas totalement humains|pas des etres humains|pas des gens normaux|not real humans|"
    r"not really human|not fully human|not even human|not real people|not even people|not proper people|"
    r"barely human|a peine humains|moins qu humains|less than human|robots sans ame|soulless robots|"
    r"des betes sauvages|wild animals|des cafards|cockroaches|de la vermine|vermine|vermin|des nuisibles|pests|"
    r"une maladie|a disease|un cancer|a cancer|un virus|a virus|une infection|an infection|an infestation|"
    r"une invasion|an invasion|la peste|a plague|une epidemie|an epidemic|des larves|larves|larvae|des limaces)"
)
_USELESS_HATE7 = (
    r"(?:(?:ne )?(?:servent|sert) (?:plus|pas|jamais|strictement|absolument) (?:a rien|a grand chose)|"
    r"(?:ne )?(?:servent|sert) a rien|"
    r"(?:are|r|re|is) (?:just |all |only |basically |nothing but |simply |such )?(?:a |an )?(?:drain|burden|waste of space|"
    r"waste of oxygen|waste of money|waste of resources|dead weight|drain on (?:society|the nhs|us|everyone|the system))|"
    r"(?:are|r|re) (?:just |all |basically |totally |completely )?(?:useless|worthless|pointless)|"
    r"(?:sont|c est|c|ce sont) (?:juste |que |qu |rien que |tous |toutes )?(?:des poids morts|un poids mort|un poids|une charge|"
    r"un fardeau|du gaspillage|un gaspillage|des bouches inutiles|inutiles|des inutiles|bons a rien|bonnes a rien)|"
    r"(?:should|devraient|doivent|faut qu ils|faudrait qu ils|need to|must)(?: \S+){0,2} (?:stop taking|stop hogging|stop blocking|"
    r"stop wasting|hurry up and die|hurry up and stop|hurry up|laisser leur place|laisser la place|laisser leurs places|"
    r"ceder leur place|liberer les lits|liberer la place|make room|get out of the way|step aside)|"
    r"(?:prennent|bloquent|occupent|squattent|monopolisent|gaspillent|volent) (?:toutes |tous )?(?:les |nos |des )?"
    r"(?:places|lits|lits d hopital|ressources|places a l hopital)|"
    r"(?:take|hog|block|waste|steal) (?:up )?(?:all )?(?:the |our )?(?:hospital )?(?:beds|resources|spaces))"
)
_NATURE_HATE7 = (
    r"(?:finiront tous|finiront toutes|vont tous finir|vont toutes finir|finissent tous|finissent toutes|finissent toujours|"
    r"will all end up|ll all end up|all end up|always end up|will always end up|are all going to end up) "
    r"(?:par |a |by |as |in |en )?(?:\S+ )?(?:poser des bombes|poser une bombe|des bombes|bombes|bombs|bombing|terroristes|"
    r"terrorists|terrorisme|voler|volent|stealing|thieves|voleurs|dealers|dealing|en prison|in prison|in jail|en taule|"
    r"criminals|criminels|delinquants|violer|raping|rapists|tuer|killing|killers|egorger|se faire sauter|blow themselves up|"
    r"blowing themselves up|radicalises|radicalized|radicalised|jihadistes|jihadists)"
)
_MONEY_HATE7 = (
    r"(?:(?:only|just) care (?:about|for) (?:money|cash|gold|profit)|(?:ne )?pensent (?:qu a|qu au|que a) "
    r"(?:l argent|le fric|leur fric|leur argent|l oseille|le pognon|leur pognon)|(?:n )?aiment (?:que|qu) (?:l argent|le fric|le pognon)|"
    r"are (?:all )?(?:greedy|money grubbing|money grabbing)|(?:sont|are) (?:tous |toutes |all |everywhere |partout )*"
    r"(?:partout|everywhere)(?: \S+){0,5} (?:pouvoir|power|medias|media|banques|banks|gouvernement|government|hollywood|"
    r"finance|politique|politics|postes cles|key positions|top jobs|charge|control))"
)
_RUINED_HATE7 = (
    r"(?:turned|turn|turning|have turned|ve turned|made|make|making|ont transforme|ont fait|transforment|font|ont change) "
    r"(?:it|ca|(?:this|the|our|that|ce|cette|la|le|notre|nos|leur) (?:place|country|city|town|area|neighbourhood|neighborhood|"
    r"street|estate|pays|ville|quartier|cite|rue|region|france|belgique|village|banlieue)) "
    r"(?:into|en|in) (?:a |an |un |une |le |la )?(?:dump|shithole|shit hole|slum|slums|hellhole|hell hole|third world|"
    r"third world country|tiers monde|pays du tiers monde|poubelle|depotoir|bled|ghetto|taudis|favela|zoo|jungle|"
    r"cesspit|cesspool|war zone|zone de guerre|coupe gorge|no go zone|zone de non droit)"
)
_THIEVES_HATE7 = (
    r"(?:tous|toutes|tout|tout bann|bann|all|all of them|every one of them|que|c est que|c est tous|just|nothing but|rien que) "
    r"(?:des |de |d )?(?:voleurs|voleuses|thieves|criminels|criminals|dealers|violeurs|rapists|terroristes|terrorists|"
    r"menteurs|menteuses|liars|profiteurs|profiteuses|scroungers|fraudeurs|fraudeuses|delinquants|delinquantes|parasites|"
    r"assistes|assistees|pickpockets|voyous|gangsters|crooks|benefit cheats|benefit scroungers)"
)
_PROFIT_HATE7 = (
    r"(?:vien|viens|vient|viennent|venir|sont venus|sont venues|arrivent|debarquent|come|came|coming|comes) "
    r"(?:ici |here |en france |chez nous |over here |to our country |to this country |in )?(?:que |juste |just |only )?"
    r"(?:pour )?(?:profiter(?: des aides| du systeme| de nous| de la france| des allocs| de la secu| de la caf| du rsa| de l etat)?"
    r"(?= (?:tout|tous|toutes|et|ils|elles|c|ca|bann|les|they|and|all)(?![^ ])|$)|toucher les aides|toucher les allocs|pour les allocs|"
    r"pour les aides|to scrounge|scrounging|for the benefits|for benefits|for free stuff|for handouts|to leech|to milk the system|"
    r"to take our jobs|to steal our jobs|voler nos emplois|voler notre travail|voler notre boulot)"
)
_FORMER_HATE7 = (
    rf"{B}(?:used to be|was|were) (?:so |really |actually |quite |a )?(?:nice|great|safe|good|lovely|decent|clean|"
    rf"beautiful|peaceful|quiet|nice place|great place|safe place) (?:before|until) (?:all |the |these |those |they |them |of )*{_G_HATE7}"
    rf"|{B}(?:c etait|c etait tellement|c etait vraiment|etait) (?:bien|mieux|tranquille|propre|sur|sympa|calme|beau|agreable) "
    rf"(?:avant|jusqu a ce) (?:l arrivee (?:des|de ces)|que|qu on laisse entrer|d accueillir|qu on accueille)? ?(?:tous |toutes )?(?:les |ces |des )?{_G_HATE7}"
)
HATE_RULES += (
    (
        "group_subhuman_hate7",
        False,
        ws(
            "humains humain human humans homme hommes sous demi half subhuman subhumans sub robots betes animals "
            "cafards cockroaches vermine vermin nuisibles pests maladie disease cancer virus infection infestation "
            "invasion peste plague epidemie epidemic people gens normaux larves larvae limaces"
        ),
        re.compile(
            rf"^{_NOT_CLAIMED29}{_NOT_DEFENDED_HATE7}.*{B}{_G_HATE7}(?: \S+){{0,8}} "
            rf"(?:are|r|re|is|sont|c est|c|ce sont|s|=|they re|theyre|they are|ils sont|elles sont|c est juste|c est que|"
            rf"are just|are basically|are like|sont comme|act like|behave like|se comportent comme|are literally) "
            rf"(?:des |de |d |just |juste |only |que des |rien que des |all |tous |toutes |basically |nothing but |like |"
            rf"comme |literally |litteralement |genre )*{_SUBHUMAN_HATE7}{E}"
        ),
    ),
    (
        "group_useless_hate7",
        False,
        ws(
            "servent sert drain burden waste weight useless worthless pointless poids charge fardeau gaspillage "
            "bouches inutiles rien stop hurry laisser ceder liberer room way aside prennent bloquent occupent "
            "squattent monopolisent gaspillent volent take hog block steal"
        ),
        re.compile(
            rf"^{_NOT_CLAIMED29}{_NOT_DEFENDED_HATE7}.*{B}{_G_HATE7}(?: \S+){{0,6}} {_USELESS_HATE7}{E}"
        ),
    ),
    (
        "group_by_nature_hate7",
        True,
        ws(
            "finiront finissent finir end care pensent aiment greedy grubbing grabbing partout everywhere "
            "turned turn turning made make making transforme transforment font fait change tous toutes tout bann "
            "all every que just nothing rien vien viens vient viennent venir venus venues arrivent debarquent "
            "come came coming comes"
        ),
        re.compile(
            rf"^{_NOT_CLAIMED29}.*{B}{_G_HATE7}(?: \S+){{0,8}} {_NATURE_HATE7}{E}"
            rf"|^{_NOT_CLAIMED29}.*{B}{_G_HATE7}(?: \S+){{0,3}} {_MONEY_HATE7}{E}"
            rf"|^{_NOT_CLAIMED29}.*{B}{_G_HATE7}(?: \S+){{0,4}} {_RUINED_HATE7}{E}"
            rf"|^{_NOT_CLAIMED29}.*{B}{_G_HATE7}(?: \S+){{0,6}} {_THIEVES_HATE7}{E}"
            rf"|^{_NOT_CLAIMED29}.*{B}{_G_HATE7}(?: \S+){{0,3}} {_PROFIT_HATE7}"
        ),
    ),
    (
        "group_ruined_place_hate7",
        True,
        ws("before until avant jusqu"),
        re.compile(rf"^{_NOT_CLAIMED29}.*{_FORMER_HATE7}{E}"),
    ),
)
ANCHORS = ANCHORS | frozenset().union(*(row[2] for row in HATE_RULES[-4:] if row[2] is not None))

# HATE7 insults (round 35): the reader likened to a beast in what they do (« tu bouffes comme un porc », "if you
# stopped eating like a pig"), someone "as stupid as you" (« une mère aussi conne que toi »), and the gamer's
# "you're ass at this game" (« u so ass at aim »); never the author of themself (« je mange comme un cochon »,
# "I'm as dumb as you at maths").
_NOT_SELF_HATE7 = (
    r"(?!(?:i|je|j|me|my|we|on|nous|he|she|il|elle|they|ils|elles|mon|ma|mes|moi|myself)(?![^ ]))\S+"
)
_RAW_HATE7: list[tuple[AbuseKind, str, str, str | None, bool, str]] = [
    (
        _I,
        "insult_like_beast_hate7",
        "pig pigs hog swine cow heifer whale hippo walrus porc porcs cochon cochons goret truie vache baleine "
        "hippopotame morse",
        None,
        False,
        rf"{B}(?:you|u|ya|tu|t|vous)(?: {_NOT_SELF_HATE7}){{0,3}} (?:eat|eating|eats|ate|stuff|stuffing|scoff|scoffing|"
        rf"gobble|gobbling|pig out|manges|mange|bouffes|bouffe|bouffez|mangez|bouffer|manger|smell|sens|puez|pues|"
        rf"grunt|snort|sweat|sweating|transpires|vis|live|living|chew|chewing|maches|slurp|slurping)(?: \S+){{0,2}} "
        rf"(?:like a|like an|like some|like the|comme un|comme une|comme des|comme le|comme la|comme une grosse|comme un gros) "
        rf"(?:fat |gros |grosse |big |sale |greedy |dirty )?(?:pig|pigs|hog|swine|cow|heifer|whale|hippo|walrus|porc|porcs|"
        rf"cochon|cochons|goret|truie|vache|baleine|hippopotame|morse){E}",
    ),
    (
        _I,
        "insult_as_bad_as_you_hate7",
        "aussi autant as so tellement",
        None,
        False,
        rf"^(?!.*{B}(?:je suis|j suis|chui|jsuis|suis|i m|im|i am|i was|j etais|je serais|i d be|we re|we are|on est|"
        rf"nous sommes|me|moi) (?:\S+ ){{0,2}}(?:aussi|autant|as|so|tellement){E}).*"
        rf"{B}(?:aussi|autant|as) {_INS31} (?:que|qu|as) (?:toi|vous|you|u|ya|ta mere|your mum|your mom|ton pere|your dad){E}",
    ),
    (
        _I,
        "insult_ass_at_hate7",
        "ass",
        None,
        False,
        rf"{B}(?:you|u|ya|ur|you re|youre)(?: (?:are|r|re|is|so|just|literally|straight|hella|mad|fucking|fkn|actually|"
        rf"lowkey|highkey|pure|complete|total|genuinely|really|truly|such)){{0,3}} ass (?:at|in|on)(?: \S+){{0,2}}"
        rf"(?: (?:game|games|this|ranked|comp|aim|aiming|valo|valorant|cs|cs2|league|lol|ow|fortnite|apex|it|everything|life|"
        rf"support|jungle|mid|top|adc|entry|clutch|spraying|utility|util))?{E}",
    ),
]
PHRASES = PHRASES + tuple(_compile_phrase(row) for row in _RAW_HATE7)
ANCHORS = ANCHORS | frozenset().union(*(ws(row[2]) - _STOP for row in _RAW_HATE7))

# HATE7, second pass: a group marked out (« ces gens-là devraient porter un signe », "X should be tattooed so
# we know"), kept out ("no X allowed in this guild", « pas de X dans la team », "if you're X don't bother
# applying"), never to be trusted ("never trust a X"), swarming like vermin ("everywhere like ants", « ils se
# reproduisent comme des lapins »), brainless (« ils ont rien dans le crâne »), « les jeunes » and « les ados »
# before a verb; an illness called an excuse for lazy people or women (« le X c'est une excuse de
# feignasses », "X isn't real, it's weak people wanting a day off").
_SINGULAR_HATE7 = alt(
    "|".join(
        sorted(
            {
                g[:-1]
                for g in lex.GROUPS
                if g.endswith("s") and " " not in g and len(g) > 5 and not g.endswith("ss")
            }
            - {g for g in lex.GROUPS}
        )
    )
)
_G2_HATE7 = (
    rf"(?:{_G_HATE7}|{_SINGULAR_HATE7} (?:people|nurses|doctors|players|guys|men|women|kids|folks|workers|immigrants|families|"
    rf"gens|joueurs|joueuses|mecs|femmes|familles|infirmieres|infirmiers|medecins))"
)
_THOSE_HATE7 = r"(?:ces gens la|ces gens|those people|these people|people like that|people like them|les gens comme ca|les gens comme eux)"
_ILLNESS_HATE7 = (
    r"(?:sopk|pcos|fibro|fibromyalgie|fibromyalgia|depression|la depression|cfs|me cfs|chronic fatigue|fatigue chronique|"
    r"endo|endometriose|endometriosis|adhd|tdah|anxiety|anxiete|burn out|burnout|long covid|covid long|pots|eds|"
    r"ehlers danlos|sii|ibs|migraine|migraines|mental illness|maladie mentale)"
)
HATE_RULES += (
    (
        "group_marked_out_hate7",
        False,
        ws(
            "tattooed tatoues tattoo tatouer marquer marked marques branded tagged signe sign brassard badge etoile star armband "
            "allowed bienvenus bienvenues welcome interdits interdites bother apply applying trust confiance hire "
            "embaucher louer rent postuler peine"
        ),
        re.compile(
            rf"^{_NOT_CLAIMED29}.*{B}(?:{_G2_HATE7}|{_THOSE_HATE7})(?: \S+){{0,3}} (?:should|must|need to|have to|devraient|doivent|"
            rf"faudrait|faut|il faut|on devrait)(?: \S+){{0,2}} (?:be tattooed|be marked|be branded|be tagged|wear a (?:sign|badge|star|armband|mark)|"
            rf"porter un (?:signe|brassard|badge|panneau|symbole)|porter une (?:etoile|marque|etiquette)|etre tatoues|etre marques|"
            rf"les tatouer|les marquer|etre reconnaissables|be easy to spot){E}"
            rf"|^{_NOT_CLAIMED29}.*{B}(?:if|si) (?:you re|ur|your|you are|u r|t es|tu es|vous etes) (?:a |an |un |une )?(?:{_G2_HATE7}|{_SINGULAR_HATE7}) "
            rf"(?:don t|dont|do not|pas la peine de|inutile de|ne|no need to) (?:even )?(?:bother|apply|applying|postuler|venir|try|essayer)(?![^ ])"
            rf"|^{_NOT_CLAIMED29}.*{B}(?:never trust|don t trust|dont trust|do not trust|can t trust|cant trust|cannot trust|never hire|"
            rf"never rent to|jamais faire confiance a|faut jamais faire confiance a|fais jamais confiance a|ne fais jamais confiance a|"
            rf"faites jamais confiance a|ne faites jamais confiance a|jamais confiance a) (?:a |an |un |une |les |des |any |aux |the )?"
            rf"(?:{_G2_HATE7}|{_SINGULAR_HATE7}){E}"
        ),
    ),
    (
        "group_swarm_hate7",
        False,
        ws(
            "like comme crawling infested infeste infestee grouille grouillent pullulent crane tete cerveau "
            "cervelle brains brain heads nothing rien"
        ),
        re.compile(
            rf"^{_NOT_CLAIMED29}.*{B}{_G2_HATE7}(?: \S+){{0,5}} (?:everywhere|partout|breed|breeding|se reproduisent|reproduce|multiply|"
            rf"se multiplient|spread|swarm|swarming|pullulent|grouillent|envahissent|invade|invading|flood|flooding|flood in)"
            rf"(?: \S+){{0,2}} (?:like|comme|comme des|comme les) (?:des |les |a |some )?(?:ants|rats|cockroaches|roaches|flies|lice|"
            rf"locusts|rabbits|fourmis|cafards|mouches|poux|sauterelles|lapins|termites|vermin|vermine|insects|insectes|"
            rf"maggots|asticots){E}"
            rf"|^{_NOT_CLAIMED29}.*{B}(?:crawling with|infested with|infeste de|infestee de|grouille de|envahi par|envahie par|overrun with|"
            rf"overrun by) (?:them|eux|those|these|ces|les)?(?: \S+)?{_G2_HATE7}?{E}(?=.*{B}{_G2_HATE7}{E})"
            rf"|^{_NOT_CLAIMED29}.*{B}{_G2_HATE7}(?: \S+){{0,2}} (?:(?:n )?ont (?:rien dans le crane|rien dans la tete|rien dans le cerveau|"
            rf"pas de cerveau|pas de cervelle|rien dans le ciboulot|un pois chiche dans la tete)|(?:have|got|ve got) (?:no brains|no brain|"
            rf"nothing in their heads|nothing between their ears|no brain cells|nothing upstairs)){E}"
        ),
    ),
    (
        "illness_excuse_hate7",
        False,
        ws("excuse excuses pretexte real existe fake made reel"),
        re.compile(
            rf"^{_NOT_CLAIMED29}.*{B}{_ILLNESS_HATE7} (?:is|c est|est|c|isn t real it s|is not real it s|is fake it s|n existe pas c est|"
            rf"existe pas c est|c est pas reel c est|is not real it is|is fake it is|is not a real illness it is|is made up it is|c est pas une vraie maladie c est)(?: just| juste| que| only| rien que| surtout)? "
            rf"(?:une |an |a |des |les |de |d )?(?:(?:excuse|excuses|pretexte|pretextes) (?:de|pour|for|des|pour les|for the|d) )?(?:les |des |the |d )?"
            rf"(?:\S+ )?(?:feignasses|feignants|feignantes|faineants|faineantes|lazy|paresseux|paresseuses|flemmards|flemmardes|weak|"
            rf"faibles|attention seekers|attention seeking|chochottes|drama queens|hypocondriaques|hypochondriacs|whiners|"
            rf"pleurnicheuses|pleurnicheurs|fragiles|snowflakes|assistees|assistes|tire au flanc|malingerers|skivers|scroungers)"
            rf"(?: (?:women|femmes|people|gens|bonnes femmes|girls|filles|men|mecs))?(?: (?:wanting|who want|qui veulent|pour|to|for))?{E}"
        ),
    ),
)
HATE_RULES += (
    (
        "group_kept_out_hate7",
        True,
        None,
        re.compile(
            rf"^{_NOT_CLAIMED29}.*{B}(?:no|pas de|aucun|aucune|zero) {_G_HATE7} (?:allowed|welcome|wanted|please|pls|ici|here|dans|in|on|sur|chez)(?![^ ])"
            rf"|^{_NOT_CLAIMED29}.*{B}{_G_HATE7} (?:not allowed|not welcome|pas bienvenus|pas bienvenues|need not apply|interdits|interdites|"
            rf"sont pas les bienvenus|ne sont pas les bienvenus|are not welcome|aren t welcome|are not allowed|aren t allowed){E}"
        ),
    ),
)
ANCHORS = ANCHORS | frozenset().union(*(row[2] for row in HATE_RULES[-4:] if row[2] is not None))

# --- round 35 (issue 11, threat helper 7, THREAT7): swatting and raids promised, intimate photos held over the
# reader, "careful walking home, just saying", "you won't hear me coming", people sent or waiting in the reader's
# city after a provocation, the reader's school, branch or workplace named with a visit, a dox file announced,
# the reader seen at their street or gym at their usual hour. Each row needs the reader (second person) and a
# real-world anchor (a home, a school, a street, photos, the police); the game's own moves are not these.
_Y7 = r"(?:you|u|ya|yu|tu|t|toi|te|vous)"
_YR7 = r"(?:your|ur|yer|yo|ton|ta|tes|votre|vos)"
_PROVOKE7 = (
    r"(?:keep|keeps|continue|continues|continuez|carry on|go on|keep on)(?: \S+){0,4}"
    r"|(?:one more|encore un|encore une) (?:word|mot|report|signalement|comment|commentaire|message|time|fois)"
    r"|(?:try me|test me|testing me|push me|pushing me|cherche moi|me cherche|continue comme ca)"
)
_CREW7 = (
    r"(?:boys|guys|lads|mates|people|peeps|homies|cousins|crew|gang|friends|brothers|goons|shooters|"
    r"gars|potes|reufs|freres|cousins|gens|equipe|bande|collegues)"
)
_PLACE7 = (
    r"(?:house|home|place|flat|apartment|door|doorstep|street|road|city|town|area|hood|ends|endz|neighbourhood|neighborhood|"
    r"school|college|uni|work|job|office|branch|store|shop|gym|clinic|surgery|hospital|ward|church|mosque|"
    r"maison|appart|appartement|porte|rue|ville|quartier|cite|ecole|college|lycee|cegep|fac|taf|boulot|travail|bureau|"
    r"magasin|salle|clinique|cabinet|hopital|immeuble|residence|bled)"
)
_RAW_THREAT7: list[tuple[AbuseKind, str, str, str | None, bool, str]] = [
    # Swatting or the police sent to the reader: "one call and you get swatted", "keep it up and you'll have
    # armed police at your door", « continue et t'auras le GIGN chez toi ce soir »; never a question about it.
    (
        _E,
        "swat_promised_threat7",
        "swatted swatte swattee swatter swat gign raid bac flics keufs cops police feds",
        None,
        False,
        rf"(?<!did )(?<!have )(?<!has )(?<!when )(?<!if )(?<!were )(?<!got )(?<!si ){B}(?:you|u|tu|t) (?:get|gets|will get|are going to get|re going to get|going to get|gonna get|are getting|vas te faire|va te faire|vas etre|va etre) (?:swatted|swatte|swattee|swat|swatter){E}"
        rf"|{B}(?:you|u|tu|t) (?:will have|ll have|get|are going to have|vas avoir|va avoir|auras|aura|vas te taper|vas recevoir) (?:the |le |la |les |des |a |an |some |armed )?(?:gign|raid|bac|flics|keufs|cops|police|swat|swat team|feds|armed police|stups|condes)(?: \S+)? (?:chez toi|chez vous|a ta porte|devant chez toi|at {_YR7} (?:door|house|place|home)|on {_YR7} doorstep|knocking|round {_YR7}|outside {_YR7}){E}",
    ),
    # Intimate photos held over the reader: "I still have your nudes, be nice to me", « j'ai gardé tes photos,
    # sois gentille », "those pics you sent me go to your whole friends list"; a kept trip photo is not this.
    (
        _E,
        "intimate_leverage_threat7",
        "nudes nude pics photos videos vids snaps photo video captures screens",
        None,
        False,
        rf"{B}(?:i|j|je|we|on)(?: \S+)? (?:still have|have|got|kept|saved|keep|still got|ai garde|ai encore|ai toujours|ai sauvegarde|garde|a garde|a encore|have still) (?:all )?(?:{_YR7}|those|these|ces|les) (?:nudes|nude|nude pics|pics|photos|photos intimes|videos|vids|snaps|intimate photos|private pics|private photos|photos privees|nudes de toi)"
        rf"(?: \S+){{0,6}} (?:be nice|sois gentil|sois gentille|soyez gentil|soyez gentille|behave|do what i say|fais ce que je dis|or else|sinon|unless|a moins que|remember that|n oublie pas|don t forget|do not forget|you better|t as interet|tu as interet|careful|fais gaffe|watch it){E}"
        rf"|{B}(?:nudes|nude pics|pics|photos|videos|vids|snaps)(?: \S+)? (?:you sent me|u sent me|you sent|que tu m as envoye|que tu m as envoyees|que tu m as envoyee|tu m as envoye)(?: \S+){{0,2}} (?:go|goes|will go|get sent|gets sent|are going|partent|vont|iront|finissent|vont partir|go out) (?:to|a|chez|sur|straight to|direct a|direct chez) (?:{_YR7}|all|tous|toute|the|le|la|les){E}"
        rf"|{B}(?:send me|give me|pay me|envoie moi|envoies moi|donne moi|file moi|paie moi)(?: \S+){{0,4}} (?:or|ou|sinon|or else) (?:those|these|your|ur|ces|tes|all) (?:nudes|nude pics|pics|photos|videos|vids|snaps){E}"
        rf"|{B}(?:{_YR7}) (?:nudes|nude pics|pics|photos intimes|private pics|nudes de toi)(?: \S+)? (?:go|goes|will go|are going|get sent|will be sent|partent|vont partir|vont aller|iront|vont tourner|tournent) (?:to|a|chez|sur|straight to|direct a|direct chez|everywhere|partout) ?(?:{_YR7}|everyone|tout le monde|le serveur|the server|all|tous|toute)?{E}",
    ),
    # "Be careful walking home, just saying", « fais attention en rentrant ce soir, je dis ça je dis rien »:
    # a warning sealed with a wink-tag; the kind warning has no tag.
    (
        _T,
        "careful_just_saying_threat7",
        "careful attention gaffe back dos",
        "saying sayin dis rien never sait knows happen happens arrive",
        False,
        rf"{B}(?:{_Y7} (?:should|better|had better|d better|would better|might want to|wanna|want to|devrais|ferais bien de|as interet a)(?: \S+)? |)(?:be careful|watch out|watch {_YR7} back|watch yourself|faire attention|fais attention|faire gaffe|fais gaffe|surveiller tes arrieres|surveille tes arrieres)"
        rf"(?: \S+){{0,8}} (?:just saying|just sayin|i am just saying|i m just saying|that is all i am saying|je dis ca je dis rien|je dis ca comme ca|je dis ca|you never know|on sait jamais|on ne sait jamais|who knows|accidents happen|accidents arrive|les accidents arrivent|un accident est vite arrive|things happen|stuff happens){E}",
    ),
    # "You won't even hear me coming", « tu me verras pas venir »: the author arriving unseen at the reader.
    (
        _T,
        "unseen_coming_threat7",
        "hear see verras entendras",
        "coming venir",
        True,
        rf"{B}(?:you|u) (?:will not|won t|will never|ll never|are not going to|re not going to|never) (?:even )?(?:hear|see) (?:me|us) (?:coming|come)(?: \S+){{0,4}} (?:behind you|up behind you|from behind|at night|in the dark|to {_YR7} (?:house|door|place|home|flat)|at {_YR7} (?:house|door|place|home|flat)|irl){E}"
        rf"|{B}(?:tu|t) (?:ne )?(?:me|nous) (?:verras|entendras|verra|entendra|vois|entends) (?:meme )?(?:pas|jamais|meme pas) (?:venir|arriver)(?: \S+){{0,4}} (?:dans ton dos|derriere toi|chez toi|devant chez toi|dans le noir|la nuit|en vrai|irl|a ta porte){E}",
    ),
    # People sent or waiting in the reader's place after a provocation: "carry on and I'll send my boys to your
    # house", "keep playing with me, I got people in your city", "keep pushing and someone's going to come for
    # you", « continue et j'envoie mes gars chez toi ».
    (
        _T,
        "crew_sent_threat7",
        "send sending envoie envoyer envoyer envoies people boys guys lads mates cousins gars potes reufs gens "
        "come come for venir after",
        "keep continue carry continuez go one encore try test push cherche",
        False,
        rf"{B}(?:{_PROVOKE7})(?:(?: \S+){{0,8}} (?:and|et|or|ou|sinon|then|puis))?(?: \S+){{0,3}} "
        rf"(?:(?:i|we|j|je|on)(?: \S+){{0,3}} (?:send|envoie|envoyer|envoyons|envoies) (?:my|mes|the|les|some|des) {_CREW7} (?:to|round|at|chez|a|devant|dans)(?: \S+){{0,2}} (?:{_YR7}|toi|you)"
        rf"|(?:i|we|j|je|on)(?: \S+){{0,2}} (?:got|have|know|ai|a|connais|connait) (?:\S+ )?{_CREW7} (?:in|around|near|at|dans|a|pres de|vers) (?:{_YR7}) {_PLACE7}"
        rf"|(?:someone|somebody|people|they|some people|quelqu un|des gens|ils|on) (?:is |are |will |s |re |va |vont )?(?:going to |gonna |goin to )?(?:come for|come after|come find|pay you a visit|visit|venir te chercher|te trouver|te rendre visite|debarquer chez) (?:you|u|toi|chez toi)?){E}",
    ),
    # The reader's school or workplace named, then a visit or "I know which one": "je sais c'est où ton cégep",
    # "imagine your manager at tesco seeing these messages, i know which branch", « t'es caissière au Leclerc de
    # Vénissieux, je passe demain ».
    (
        _E,
        "place_known_threat7",
        "sais know cegep lycee ecole college fac taf boulot branch school office store gym demain bientot tomorrow "
        "tonight soon coming arrive vient there imagine",
        None,
        False,
        rf"{B}(?:je sais|j sais|i know|we know|on sait|je connais|i know exactly|je sais exactement) (?:c est |exactly )?(?:ou|where|which|quel|quelle|dans quel|dans quelle|a quel|a quelle)(?: est| se trouve| c est)? (?:{_YR7} )?(?:cegep|lycee|ecole|college|fac|universite|taf|boulot|travail|bureau|magasin|agence|branch|school|office|store|shop|gym|floor|class|classe|salle|etage|uni|college|campus|site|depot|entrepot|warehouse)(?: (?:tu|t|you|u) (?:es|vas|bosses|travailles|work|go|study|are|train))?(?: at| in| a| is| est| se trouve)?$"
        rf"|{B}(?:tu es|t es|you are|you re|u are|you work|u work|tu bosses|tu travailles|t bosses) (?:\S+ ){{0,2}}(?:au|a la|a l|chez|at|in|a) (?:\S+ ){{1,4}}(?:(?:je passe|j passe|on passe|je viens|on vient|i will drop by|i will pop in|i will come by|i will come|we will come) (?:demain|ce soir|bientot|tomorrow|tonight|soon|later|lundi|mardi|mercredi|jeudi|vendredi|samedi|monday|tuesday|wednesday|thursday|friday|saturday)|j arrive|on arrive|i am coming|we are coming|see you there|see you soon)$"
        rf"|{B}imagine (?:if )?(?:{_YR7}) (?:manager|boss|employer|colleagues|coworkers|headteacher|teacher|principal|mum|mom|dad|parents|wife|husband|patron|patronne|chef|prof|collegues|mere|pere|femme|mari)(?: \S+){{0,3}} (?:seeing|reading|getting|finding|saw|read|got|found|voyait|lisait|recevait|tombait sur|voit|lit) (?:these|this|those|your|ur|all|ces|tes|tous|ca|ce)(?: \S+){{0,2}} (?:messages|msgs|dms|posts|pics|photos|screenshots|screens|chats|logs|captures|comments|commentaires)"
        rf"(?=.*{B}(?:i know which|i know where|i know exactly|je sais ou|je sais quel|je sais quelle|je sais dans quel|i have (?:his|her|their) (?:number|email|contact)|j ai (?:son|sa|leur) (?:numero|mail|contact)|one click|un clic|would be a shame|ce serait dommage){E})",
    ),
    # A dox file on the reader announced: « doc complet sur toi qui sort vendredi: nom, lycée, adresse », "full
    # dox on you drops tonight".
    (
        _E,
        "dox_file_threat7",
        "doc docs dossier fichier file dox doxx infodump",
        None,
        False,
        rf"{B}(?:doc|docs|dossier|fichier|file|dox|doxx|full dox|infodump|info dump)(?: complet| complete| full| entier| entire)? (?:sur toi|sur vous|on you|on u|about you)(?: \S+){{0,6}} "
        rf"(?:nom|adresse|lycee|numero|name|address|school|number|phone|ecole|college|ip|parents|sort|sortira|drops|dropping|goes live|going live|tombe|tombera|publie|posted|comes out|coming out|goes up){E}",
    ),
    # The reader seen at their street or their usual hour: « je t'ai vu hier au carrefour de ta rue », "I saw you
    # outside your building this morning", "you were at the gym at 7 again today, creature of habit".
    (
        _T,
        "seen_at_yours_threat7",
        "vu vue saw seen spotted watching habit croise croisee apercu apercue again",
        None,
        False,
        rf"(?:{B}(?:je t ai|j t ai|je vous ai|i|we|on t a|i have|i ve) |^)(?:vu|vue|saw|seen|spotted|croise|croisee|apercu|apercue|watched)(?: (?:you|u))?(?: \S+){{0,3}} (?:au|a la|a l|devant|dans|pres de|outside|near|by|at|on|in|from|au coin de|au carrefour de|at the corner of) (?:\S+ ){{0,3}}(?:de ta|de ton|ta|ton|{_YR7}) (?:rue|street|road|immeuble|building|maison|house|porte|door|ecole|school|lycee|college|taf|boulot|work|travail|residence|appart|flat|balcon|balcony|fenetre|window|bus stop|arret){E}"
        rf"|{B}(?:you|u) (?:were|was) at (?:the|your|ur) \S+(?: \S+)? (?:at|around) \d+(?: \S+){{0,4}} (?:again|every day|every morning|every night|as usual|like always){E}"
        rf"|{B}(?:creature of habit|such a creature of habit) (?:are not|aren t|arent) (?:you|u){E}"
        rf"|{B}(?:you are|you re|u are|ur) (?:such )?a (?:real )?creature of habit(?: \S+){{0,3}} (?:at|every|same|again|always){E}",
    ),
    # Québec and SMS first person: « m'as te retrouver », « tu vas manger une volée », « m'as te péter la gueule ».
    (
        _T,
        "quebec_intent_threat7",
        "retrouver pogner trouver planter casser peter tuer volee raclee claque",
        "m mas",
        True,
        rf"{B}(?:m as|mas) te (?:planter|casser|peter|tuer|crisser une volee|sacrer une volee|defoncer|fendre|arranger le portrait|fracasser){E}"
        rf"|{B}(?:m as|mas) te (?:retrouver|pogner|trouver|ramasser)(?: \S+){{0,6}} (?:tu vas manger|tu vas en manger|t vas manger|tu vas y gouter|tu vas le regretter) ?(?:une|un|des)? ?(?:volee|raclee|claque|baffe|mornifle|taloche|maudite volee)?{E}",
    ),
    # "Kill yourself" in SMS French and as a test of the means: « fais-toi un unalive », « t'as cas prendre toute
    # ta boîte de cachets », « va voir si la corde du grenier est solide », "go check if the rope holds".
    (
        _T,
        "kys_sms_means_threat7",
        "fais cas ka qua kas voir verifier tester check see",
        None,
        False,
        rf"{B}fais toi (?:un|une) (?:kill|suicide|kys){E}"
        rf"|{B}(?:t (?:as|a)|ta) (?:cas|ka|qua|kas) (?:prendre|avaler|gober|boire) (?:toute |tous |toutes )?(?:ta|tes|ton|la|les) (?:boite|boites|cachets|medocs|pilules|javel|flacon|plaquette|plaquettes|comprimes)(?: \S+){{0,3}}{E}"
        rf"|{B}(?:t (?:as|a)|ta) (?:cas|ka|qua|kas) (?:sauter|te pendre|te jeter|crever|te tirer une balle){E}"
        rf"|{B}(?:va|allez|go|you should go|tu devrais aller) (?:voir|verifier|tester|check|see) (?:si|if|whether) (?:la|ta|the|your|ur|ce|cette) (?:corde|poutre|rope|beam|noose)(?: \S+){{0,3}} (?:est solide|tient|holds|is strong|is sturdy|will hold|est assez solide|tiendra){E}",
    ),
]
# Round 35, second pass (THREAT7): the reader's words collected, then a relative "on facebook" or the words sent on:
# "I've got screenshots of your dms and your wife is on insta", « j'ai des captures de tout ce que tu as dit, et
# ta mère est sur facebook », "screenshotting everything you said about your meds and sending it to your boss".
_RAW_THREAT7.append(
    (
        _E,
        "collected_then_relative_threat7",
        "screenshots screenshot screenshotted screenshotting screens captures capture logs saving saved collecting "
        "garde gardes archived",
        "facebook insta instagram twitter linkedin tiktok snap whatsapp sending forwarding showing envoie envoyer "
        "montre montrer transfere sent forward",
        False,
        rf"{B}(?:screenshots|screenshot|screenshotted|screenshotting|screens|captures|capture|logs|saving|saved|collecting|garde|archived) (?:of |de |from |des |du )?(?:all |tous |toutes |tout )?(?:everything you|what you|{_YR7}|ce que tu|tout ce que tu|ce que t|tout ce que t)(?: \S+){{0,10}} "
        rf"(?:and|et|,)? ?(?:{_YR7}) (?:mum|mom|mother|dad|father|parents|wife|husband|gf|girlfriend|bf|boyfriend|boss|manager|sister|brother|kids|mere|pere|daronne|daron|femme|mari|copine|copain|patron|patronne|chef|soeur|frere) "
        rf"(?:is|s|are|est|sont|a|has) (?:on|sur|got|un compte) ?(?:facebook|insta|instagram|twitter|linkedin|tiktok|snap|snapchat|whatsapp|discord|fb|x){E}"
        rf"|{B}(?:screenshotting|screenshotted|saving|saved|collecting|archiving|recording|je garde|j ai garde|je sauvegarde) (?:all |tous |toutes |tout )?(?:everything you|what you|ce que tu|tout ce que tu|ce que t|tout ce que t)(?: \S+){{0,12}} (?:and |et )?(?:sending|forwarding|showing|posting|i will send|i ll send|je l envoie|je les envoie|je vais l envoyer|je vais les envoyer|je transfere|je montre) "
        rf"(?:it |them |this |all of it |everything |tout |tout ca )?(?:to|a) (?:{_YR7}) (?:mum|mom|mother|dad|father|parents|wife|husband|gf|girlfriend|bf|boyfriend|boss|manager|employer|school|teacher|mere|pere|daronne|femme|mari|copine|copain|patron|patronne|chef|employeur|prof|ecole){E}",
    )
)
PHRASES = PHRASES + tuple(_compile_phrase(row) for row in _RAW_THREAT7)
ANCHORS = ANCHORS | frozenset().union(*(ws(row[2]) - _STOP for row in _RAW_THREAT7))

# --------------------------------------------------------------------------------------------------------
# threat8 (round 39, threat helper 8): threats built by structure. Violence verbs the older lists lack
# ("glass", "shank", "poison", "run over", « empoisonner », « cramer ») with a first person and the reader or
# what is theirs ("that rabbit of yours"); "kill yourself" as a game command ("alt+f4 your existence"), as a
# means set up ("stand on a chair with a belt"), as a height near the reader ("the bridge near your place is
# high enough"), as the world better without the reader; exposure as the reader's private things held with a
# menacing tail (« on a tes coordonnées… ça va être ta fête »), the reader's employer "going to love the
# screens", an audience of the reader's own ("everyone at your uni gets a link… unless"), the workplace told
# a stigma, a false report or benefits cut (« je vais faire sauter ton AAH »); the reader's hour known; the
# shame-if ("be a shame if the whole server saw your hospital letter"); Réunion Creole « mi koné ousa ou
# rest »; a pile-on called until the target leaves. Quiet: game moves, kind offers, reports, the author's own.
# --------------------------------------------------------------------------------------------------------
_Y8 = r"(?:you|u|ya|yu|ye|thee)"
_YR8 = r"(?:your|ur|yer|yo|ton|ta|tes|votre|vos)"
_I8 = (
    r"(?:i|we|ill|imma|ima|im|i m|i ll|i will|i am|je|j|on|nous)(?: (?:will|would|shall|am|are|m|ll|d|going to|gonna|"
    r"about to|finna|want to|wanna|gotta|swear|promise|just|really|literally|personally|vais|va|veux|peux|jure|te jure|"
    r"vais aller|vais venir|finirai par|vais finir par|compte|allons|avons))*"
)
_MINE8 = (
    r"(?:dog|cat|rabbit|bunny|hamster|parrot|bird|pet|pets|horse|kids|kid|son|daughter|mum|mom|mother|dad|father|"
    r"family|wife|husband|girlfriend|boyfriend|house|home|flat|place|car|bike|tyres|tires|windows|door|face|"
    r"legs|knees|kneecaps|hands|fingers|head|neck|throat)"
)
_HARD_EN8 = (
    r"(?:glass|glassing|bottle|shank|shiv|chib|poison|acid|kneecap|torch|firebomb|petrol bomb|stab up|cut up|"
    r"slash|slit|run over|run down|mow down)"
)
_HARD_FR8 = (
    r"(?:empoisonner|empoisonne|empoisonnerai|vitrioler|vitriole|balafrer|balafre|balafrerai|cramer|crame|"
    r"cramerai|incendier|incendie|incendierai|saigner|saigne|saignerai|planter|plante|"
    r"planterai|crever|creve|creverai|shlasser|schlasser|shlasse|ecraser en voiture|crever les pneus|"
    r"creve les pneus|rayer|raye|rayerai|bruler|brule|brulerai)"
)
_MINE_FR8 = (
    r"(?:chien|chat|chatte|lapin|perroquet|oiseau|hamster|cheval|gosses|enfants|fils|fille|mere|pere|daronne|"
    r"daron|famille|femme|mari|copine|copain|maison|baraque|appart|voiture|caisse|bagnole|scooter|velo|pneus|"
    r"vitres|porte|gueule|visage|tronche|jambes|genoux|mains|doigts)"
)
_STIGMA8 = (
    r"(?:psych patient|psych case|mental patient|mental case|mentally ill|mental|crazy|insane|nuts|schizo|"
    r"schizophrenic|bipolar|psychotic|suicidal|sectioned|on meds|on antidepressants|on antipsychotics|on drugs|"
    r"an addict|a junkie|an alcoholic|a drunk|in rehab|hiv positive|hiv|poz|a danger|dangerous|unfit|unsafe|"
    r"a risk|a sex offender|on the sex offender list|on the register|a nonce|a pedo|a paedo|a predator|an abuser|"
    r"a fraud|faking|stealing|selling (?:your|ur|their) (?:meds|pills|scripts)|high at work|drunk at work|"
    r"en hp|en psychiatrie|en psy|fou|folle|malade mental|malade mentale|schizo|schizophrene|bipolaire|"
    r"depressif|depressive|suicidaire|sous antidepresseurs|sous traitement|seropo|seropositif|seropositive|"
    r"alcoolique|toxico|drogue|droguee|dangereux|dangereuse|instable|inapte|pedophile|pedo|violeur|"
    r"revends tes|voles|planes|fraudeur|fraudeuse)"
)
_RAW_THREAT8: list[tuple[AbuseKind, str, str, str | None, bool, str]] = [
    # Violence verbs the older lists lack, with a first person (or a provocation) and the reader or theirs:
    # "i'll glass you", "keep talking and I'll poison that rabbit of yours", "i'll run you over", "gonna slash
    # your tyres", « je vais empoisonner ton chien », « je vais cramer ta baraque », « je vais te vitrioler ».
    (
        _T,
        "violence_verbs_threat8",
        "glass glassing bottle shank shiv chib poison acid kneecap torch firebomb petrol stab cut slash slit run "
        "mow throw chuck splash pour key",
        None,
        False,
        rf"(?:{B}{_I8}|^going to|^gonna)(?: \S+)? {_HARD_EN8} "
        rf"(?:{_Y8}|(?:{_YR8}|that|those|the) (?:\S+ ){{0,2}}{_MINE8}(?: of (?:yours|urs))?)(?: (?:up|down|over|out|off))?{E}"
        rf"|{B}{_I8}(?: \S+)? (?:throw|chuck|splash|pour) (?:acid|bleach|petrol|gasoline) (?:in|on|at|over) (?:{_Y8}|{_YR8}){E}"
        rf"|{B}{_I8}(?: \S+)? key (?:{_YR8}) (?:\S+ )?(?:car|motor|ride|whip|van|truck){E}",
    ),
    # "i'll run you over": soft, a racing game says it too.
    (
        _T,
        "run_over_threat8",
        "run mow",
        "over down",
        True,
        rf"{B}{_I8}(?: \S+)? (?:run|mow) (?:{_Y8}|{_YR8} (?:\S+ )?{_MINE8}) (?:over|down){E}",
    ),
    (
        _T,
        "violence_verbs_fr_threat8",
        "empoisonner empoisonne empoisonnerai vitrioler vitriole balafrer balafre balafrerai cramer crame "
        "cramerai incendier incendie incendierai saigner saigne saignerai planter plante "
        "planterai shlasser schlasser shlasse ecraser crever creve rayer raye rayerai bruler brule "
        "brulerai",
        "je j jvais jv on te t ton ta tes",
        True,
        rf"{B}(?:je|j|jvais|jv|on|nous)(?: (?:vais|va|v|veux|peux|jure|te jure|vais aller|vais venir|vais finir par|compte|allons))+ "
        rf"(?:(?:te|t) {_HARD_FR8}|{_HARD_FR8} (?:ton|ta|tes) (?:\S+ )?{_MINE_FR8}){E}",
    ),
    # Tearing the reader apart, told with a when: "I'm gonna rip your head off when I see you", "i'll tear your
    # arms off next time". Soft: in a game with nothing real around it, it is trash talk.
    (
        _T,
        "rip_off_threat8",
        "rip tear pull",
        "off out",
        True,
        rf"{B}{_I8}(?: \S+)? (?:rip|tear|pull) (?:{_YR8}) (?:fucking |damn |stupid )?(?:head|arms|arm|legs|leg|face|throat|spine|heart|tongue|teeth|eyes|balls|nuts) (?:off|out){E}",
    ),
    # "Kill yourself" as a game command or a means set up: "alt+f4 your existence", "ctrl alt delete your life",
    # « alt f4 ta vie », "go stand on a chair with a belt and see what happens".
    (
        _T,
        "kys_command_threat8",
        "alt alttfa alttf4 altf4 ctrl uninstall delete desinstalle supprime chair stool tabouret chaise",
        None,
        False,
        rf"{B}(?:alt f4|alttfa|alttf4|altf4|alt f 4|ctrl alt del|ctrl alt delete|control alt delete|uninstall|delete|desinstalle|supprime) (?:{_YR8}) (?:existence|life|whole life|vie|existance|self){E}"
        rf"|{B}(?:alt f4|alttfa|alttf4|altf4|alt f 4) (?:irl|in real life|for real|en vrai|la vraie vie|real life){E}"
        rf"|^(?:@user )?(?:go |just |now |pls |please |va |allez |vas y )*(?:stand|get up|climb|step|monte|grimpe) (?:on|onto|up on|sur) (?:a|the|your|ur|un|une|ta|ton) (?:chair|stool|tabouret|chaise)(?: \S+)? (?:with|avec) (?:a|the|your|ur|une|un|ta|ton) (?:belt|rope|cord|cable|noose|ceinture|corde|cable)(?! (?:to|pour) (?:hang|fix|put|tie|accrocher|fixer|suspendre|attacher)(?![^ ])){E}",
    ),
    # A height or deep water offered to the reader: "you should go have a look over the edge", "a spare seat for
    # you at the bottom of a river, go claim it", « une place pour toi au fond de la Seine, vas-y ».
    (
        _T,
        "kys_height_threat8",
        "edge bottom fond",
        None,
        False,
        rf"{B}(?:{_Y8}|tu) (?:should|could|need to|devrais|pourrais) (?:go |aller )?(?:have a look|look|check|peek|jeter un oeil|regarder) (?:over the edge|par dessus le bord|du haut)(?: \S+){{0,3}} (?:and |et )?(?:lean|jump|step off|fall|penche toi|saute|tombe){E}"
        rf"|{B}(?:seat|place|spot|bed|room|plot)(?: reserved| reservee| reservee)? (?:for {_Y8}|pour toi) (?:at|au|a) (?:the )?(?:bottom|fond) (?:of|de|du) (?:a |the |la |le |l )?(?:river|lake|canal|sea|ocean|riviere|seine|lac|mer|loire|rhone|thames|tamise|fleuve|quarry|carriere)"
        rf"(?: \S+){{0,3}} (?:go claim it|go get it|go take it|claim it|va la prendre|vas y|va y|t attend|it s waiting|waiting for {_Y8}){E}",
    ),
    # "End it" with nobody to miss the reader: "end it. no one in this server would miss you", « finis-en,
    # personne te regretterait »; "kayess" said aloud. "No one would miss me" is the author's own (support).
    (
        _T,
        "end_it_unmissed_threat8",
        "miss mourn regretterait regrettera remarquerait manquerait pleurerait kayess",
        None,
        False,
        rf"^(?:@user )?(?:just |pls |please |go |now |alors |vas y )*(?:end it|end it all|do it|finish it|get it over with|finis en|fais le|fais le deja|mets y fin)(?: \S+){{0,3}} "
        rf"(?:no one|nobody|noone|not a single person|not one person|not a soul|personne)(?: (?:in|on|here|at|ici|sur|dans)(?: \S+){{0,3}})? (?:would|will|is going to|gonna|d|ne|n)?(?: even| meme)? ?"
        rf"(?:miss (?:{_Y8})|mourn (?:{_Y8})|te regretterait|te regrettera|te pleurerait|remarquerait que (?:tu|t) (?:es|est) plus la|te manquerait){E}"
        rf"|{B}(?:no one|nobody|noone|not a single person|not a soul|personne)(?: \S+){{0,4}} (?:would|will|d|ne|n)?(?: even| meme)? ?(?:miss (?:{_Y8})|mourn (?:{_Y8})|te regretterait|te regrettera|te pleurerait)"
        rf"(?: \S+){{0,3}} (?:so |alors |donc |just |juste )*(?:end it|do it|finish it|get it over with|finis en|fais le|vas y|go ahead){E}"
        rf"|^(?:@user )?kayess$",
    ),
    # A care or what the reader loves, hoped safe under a threat: "your diabetic ass better hope your insulin
    # doesn't go missing one day", « t'as intérêt à prier pour que ton insuline disparaisse pas ».
    (
        _T,
        "better_hope_threat8",
        "hope pray esperer prier",
        "better interet mieux",
        False,
        rf"{B}(?:better|d better|had better) (?:hope|pray) (?:that )?(?:{_YR8}) (?:\S+ ){{0,2}}(?:insulin|meds|medication|pills|inhaler|epipen|oxygen|wheelchair|cane|chair|dog|cat|kids|kid|car|tyres|tires|brakes|house|pump|insulin pump|feeding tube) "
        rf"(?:\S+ ){{0,3}}(?:go missing|goes missing|disappear|disappears|vanish|vanishes|get lost|gets lost|get swapped|gets swapped|get switched|gets switched|get tampered|gets tampered|comes home|come home|catch fire|catches fire|stay where|stays where){E}"
        rf"|{B}(?:t as interet a|tu as interet a|tu ferais mieux de|vaudrait mieux) (?:esperer|prier) (?:que|pour que|qu) (?:ton|ta|tes) (?:\S+ ){{0,2}}(?:insuline|medocs|medicaments|pilules|cachets|fauteuil|pompe|chien|chat|voiture|freins|pneus|maison|gosses) "
        rf"(?:\S+ ){{0,3}}(?:disparaisse|disparaissent|se perde|se perdent|rentre|rentrent|brule|prenne feu|reste ou|restent ou){E}",
    ),
    # The world better without the reader: "the world would genuinely be a better place without you in it".
    (
        _T,
        "world_without_you_threat8",
        "without monde planete terre humanite",
        "world planet earth humanity gene monde planete terre humanite",
        False,
        rf"{B}(?:the )?(?:world|planet|earth|humanity|gene pool)(?: s| is| would| will| d)?(?: \S+){{0,3}} (?:be |is |got )?(?:a |so |much |way |a lot |genuinely |honestly |actually |really |truly )*(?:better|nicer|happier|safer|cleaner)(?: place| off)? without (?:{_Y8}|people like {_Y8})(?! (?:guys|all)(?![^ ])){E}"
        rf"|{B}(?<!tout )(?:le monde|la planete|la terre|l humanite)(?: \S+){{0,2}} (?:serait|se porterait|irait|tournerait|sera) (?:\S+ )?(?:mieux|meilleur|meilleure) sans (?:toi|vous|les gens comme toi|des gens comme toi){E}"
        rf"|{B}without (?:{_Y8}|people like {_Y8}) (?:in it |around |alive )?(?:the )?(?:world|planet|earth|humanity)(?: s| is| would| will| d)?(?: \S+){{0,2}} (?:be |is )?(?:a |so |much |way |a lot |genuinely |honestly |actually |really |truly )*(?:better|nicer|happier|safer|cleaner){E}",
    ),
    # The reader's private details held, then a menacing tail: « on a tes coordonnées grâce au leak… ça va être
    # ta fête », "found your linkedin, found your boss… still wanna trash talk?", « ton adresse… je vais m'en
    # servir ». A held address with a kind tail ("see you soon for the party") is no threat.
    (
        _E,
        "details_held_tail_threat8",
        "coordonnees adresse address addy numero number ip linkedin boss patron employeur employer hometown town "
        "ville school ecole lycee workplace",
        "fete regretter regret morfler payer servir use still toujours watch surveille sleep dors knock toc "
        "continue keep",
        False,
        rf"{B}(?:{_YR8}) (?:coordonnees|adresse|address|addy|numero|number|phone number|ip|ip address|linkedin|boss|patron|employeur|employer|home town|hometown|town|ville|school|ecole|lycee|workplace|lieu de travail|real name|vrai nom)(?: \S+){{0,20}} "
        rf"(?:ca va etre ta fete|c est ta fete|tu vas le regretter|tu vas regretter|tu vas morfler|tu vas payer|je vais m en servir|on va s en servir|je vais en faire bon usage|(?:i|we) (?:will|ll|am going to|m going to|are going to|re going to|am gonna|gonna) (?:use|make use of) (?:it|them)|"
        rf"still (?:want to|wanna|going to|gonna) (?:talk|trash talk|run {_YR8} mouth|act tough|talk shit|chat shit|mouth off|talk big|talk trash)|tu veux toujours (?:faire le malin|parler|jouer)|toujours envie de (?:parler|faire le malin)|"
        rf"watch {_YR8} back|surveille tes arrieres|sleep tight|dors bien|knock knock|toc toc|keep talking|continue de parler|continue a parler){E}",
    ),
    # The reader's employer or family "going to love" the screens of what the reader says, or a contact held:
    # « ton employeur va adorer les screens de ce que tu dis ici, j'ai déjà son mail ». The photos of a baby a
    # mum will love are not this: the screens must be of the reader's words, or the contact held.
    (
        _E,
        "audience_will_love_threat8",
        "adorer adore kiffer love enjoy apprecier interested interesse ravi thrilled",
        "screens screenshots captures logs receipts messages posts dms mps",
        False,
        rf"{B}(?:{_YR8}) (?:boss|employer|manager|mum|mom|mother|dad|father|parents|wife|husband|ex|school|teacher|colleagues|coworkers|hr|patron|patronne|employeur|chef|mere|pere|daronne|daron|femme|mari|copine|copain|prof|collegues|rh) "
        rf"(?:will|is going to|s going to|gonna|would|va|vont|aurait|aura) (?:really |vraiment |trop |tellement )?(?:love|adore|enjoy|be interested in|be thrilled with|adorer|kiffer|apprecier|etre ravi de voir|etre interesse par)(?: to see| to read| seeing| reading| voir| lire)? "
        rf"(?:these|those|the|all|les|ces|tous|toutes|tes|{_YR8}) (?:\S+ )?(?:screens|screenshots|captures|logs|receipts|messages|posts|dms|mps)"
        rf"(?: \S+){{0,3}} (?:of what {_Y8}|of everything {_Y8}|from here|from this server|de ce que (?:tu|t)|de tout ce que (?:tu|t)|d ici|du serveur|(?:i|j ai|j|we) (?:have|ve got|got|ai|deja|already)(?: \S+)? (?:his|her|their|son|sa|leur|leurs) (?:email|mail|number|numero|contact|adresse|address|linkedin)){E}",
    ),
    # An audience of the reader's own gets their private things unless they obey: "everyone at your uni gets a
    # link to your posts about your scars unless you apologise", "gonna make sure everybody at ur uni knows ur
    # on the sex offender list".
    (
        _E,
        "own_audience_threat8",
        "everyone everybody tout tous",
        "uni school work office job class fac lycee college taf boulot boite bureau church team family famille",
        False,
        rf"{B}(?:everyone|everybody|all|tout le monde|tous|toute) (?:at|in|from|a|au|de|dans|of) (?:{_YR8}) (?:uni|school|work|office|job|class|fac|lycee|college|taf|boulot|boite|bureau|church|team|family|famille|workplace|company|entreprise|ecole)"
        rf"(?: (?:gets|will get|is getting|receives|will receive|will see|sees|is going to see|recoit|recevra|va recevoir|verra|va voir) (?:a link to |the link to |un lien vers |le lien vers |copies of |des copies de )?(?:{_YR8}|ce que (?:tu|t)|what {_Y8}|everything {_Y8})(?: \S+){{0,8}} (?:unless {_Y8} (?:\S+ )?(?:apologise|apologize|say sorry|delete|take|pay|leave|quit|stop|do what|send|unblock|retract|remove)|sinon|a moins que (?:tu|t) (?:ne )?(?:t excuses|supprimes|retires|paies|arretes|partes|quittes|fasses ce que)|if {_Y8} (?:don t|do not|dont|won t) (?:\S+ )?(?:apologise|apologize|say sorry|delete|take|pay|leave|quit|stop|send|unblock|retract|remove)|si (?:tu|t) (?:ne |n )?(?:t excuses|supprimes|retires|paies|arretes|enleves)(?: \S+)? pas|by tonight|avant ce soir)"
        rf"| (?:knows|know|finds out|find out|learns|hears|sache|saches|apprenne|sait|saura) (?:that )?(?:{_Y8} (?:are|re|r|were)|ur|your|que (?:tu|t) (?:es|etais)|about {_YR8}) (?:\S+ )?{_STIGMA8}){E}",
    ),
    # The reader's workplace or school told a stigma: "i'm going to tell the hospital you nurse at that you're a
    # psych patient", « je vais dire à l'hôpital où tu bosses que t'es en HP ».
    (
        _E,
        "tell_workplace_stigma_threat8",
        "tell inform email call ring contact dire prevenir appeler ecrire informer",
        None,
        False,
        rf"{B}{_I8}(?: \S+)? (?:tell|inform|email|call|ring|contact|write to|let|dire a|dire au|prevenir|appeler|ecrire a|ecrire au|informer) "
        rf"(?:(?:the|l|le|la) (?:hospital|school|company|clinic|office|ward|practice|firm|agency|shop|store|nursery|care home|place|uni|hopital|ecole|entreprise|clinique|ehpad|creche|boite|lycee|fac|magasin|cabinet|service) (?:{_Y8}|where {_Y8}|ou (?:tu|t)) (?:\S+ ){{0,2}}"
        rf"|(?:{_YR8}) (?:boss|employer|manager|work|job|hr|school|uni|regulator|landlord|church|patron|employeur|chef|taf|boulot|ecole|lycee|fac|rh|proprio|ordre)(?: \S+)? )"
        rf"(?:know )?(?:that )?(?:{_Y8} (?:are|re|r|were|have been)|ur|que (?:tu|t) (?:es|etais|as ete)|qu (?:tu|t) (?:es|etais)) (?:\S+ )?{_STIGMA8}{E}",
    ),
    # Benefits, prescriptions or custody taken by the author's doing: « je vais faire sauter ton AAH », "i'll
    # get your PIP stopped", "i'll make sure you lose custody".
    (
        _T,
        "benefits_cut_threat8",
        "aah rsa allocs alloc apl pension invalidite pip esa benefits disability dla ssi ssdi chomage bourse "
        "ordonnance ordonnances prescription prescriptions custody garde",
        None,
        False,
        rf"{B}(?:je|j|jvais|on)(?: (?:vais|va|v|veux|peux|jure|te jure|compte))+ (?:te )?(?:faire sauter|faire couper|faire supprimer|faire retirer|faire suspendre|faire perdre|couper|retirer|supprimer|sucrer) "
        rf"(?:ton|ta|tes) (?:aah|rsa|allocs|alloc|apl|pension|pension d invalidite|invalidite|chomage|bourse|ordonnance|ordonnances|garde|droits|aides){E}"
        rf"|{B}{_I8}(?: \S+)? (?:get|have) (?:{_YR8}) (?:\S+ )?(?:pip|esa|benefits|disability|dla|ssi|ssdi|universal credit|uc|pension|prescription|prescriptions|meds|custody|allowance) (?:cut|stopped|cancelled|canceled|taken away|revoked|suspended|pulled){E}"
        rf"|{B}{_I8}(?: \S+)? make sure (?:{_Y8}) (?:lose|loses|never get|don t get) (?:{_YR8}) (?:pip|esa|benefits|disability|dla|ssi|ssdi|pension|prescription|meds|custody|kids|children|license|licence){E}",
    ),
    # The shame-if: "be a shame if the whole server saw your actual hospital letter", « ce serait dommage que
    # ton patron tombe sur tes messages », "would be a shame if your dog went missing".
    (
        _T,
        "shame_if_threat8",
        "shame pity dommage triste tragic sad",
        None,
        False,
        rf"{B}(?:be|would be|d be|ll be|serait|ce serait|ca serait|c serait|ce serait vraiment) (?:a |such a |really a |vraiment |trop |tellement )?(?:shame|pity|dommage|triste|tragic|sad) (?:if|que|qu|si) "
        rf"(?:(?:the whole server|the server|everyone|everybody|the whole|all|{_YR8} (?:\S+ )?(?:boss|employer|parents|mum|mom|family|wife|husband|school|colleagues|friends|followers)|tout le serveur|le serveur|tout le monde|(?:ton|ta|tes) (?:patron|employeur|parents|mere|famille|femme|mari|collegues|potes|abonnes))(?: \S+){{0,2}} "
        rf"(?:saw|see|sees|found out|find out|read|reads|learned|got hold of|knew|voyait|voit|voie|sache|savait|apprenne|apprenait|lise|lisait|tombe sur|tombait sur) (?:about )?"
        rf"(?:what {_Y8} (?:post|posted|write|wrote|say|said|do|did|search|searched|send|sent|type|typed)|ce que (?:tu|t) (?:postes|ecris|dis|fais|as|envoies|racontes)|"
        rf"(?:{_YR8}) (?:\S+ )?(?:diagnosis|diagnostic|medical records|records|meds|therapy|rehab|secret|secrets|nudes|scars|self harm|maladie|traitement|cicatrices|scarif|messages|posts|dms|mps|texts|screenshots|screens|captures|pics|photos|letter|hospital letter|history|search history|browser history|file|dossier|ordonnances|prescriptions))"
        rf"|(?:{_YR8}) (?:\S+ )?{_MINE8}(?: \S+)? (?:went missing|goes missing|disappeared|disappears|got hurt|gets hurt|had an accident|has an accident|caught fire|catches fire|burned down|burnt down|got run over|did not come home|didn t come home|never came home)"
        rf"|(?:ton|ta|tes) (?:\S+ )?{_MINE_FR8}(?: \S+)? (?:disparaisse|disparaissait|rentre pas|rentrait pas|ne rentre pas|ne rentrait pas|se blesse|se blessait|ait un accident|avait un accident|prenne feu|prenait feu|brule|brulait|crame|se fasse ecraser|se faisait ecraser)){E}",
    ),
    # The reader's hour known: « je sais à quelle heure tu sors du boulot », "I know what time you leave work".
    # An offer (pick you up, a coffee, a surprise) in the message keeps it quiet.
    (
        _T,
        "hour_known_threat8",
        "time heure quand when",
        "know sais jsais",
        False,
        rf"^(?!.*{B}(?:pick you up|pick u up|te prendre|te chercher|te recuperer|on se|we can|on peut|want to|wanna|tu veux|ride|lift|covoit|cafe|coffee|lunch|dinner|diner|manger|boire|verre|drink|surprise|anniversaire|birthday|cadeau|gift|bisous|love you|je t aime|told me|said|dit|lol|mdr|haha|xd|silly|because|parce que|pcq)(?![^ ])).*"
        rf"{B}(?:i know|we know|je sais|j sais|jsais|on sait) (?:exactly |exactement )?(?:what time|when|at what time|a quelle heure|a qu elle heure|l heure a laquelle|quand) (?:{_Y8}|tu|t) "
        rf"(?:leave|finish|get off|get out of|get home|come home|go home|walk home|lock up|close|sors|finis|rentres|pars|quittes|termines|fermes) (?:\S+ )?(?:work|school|the gym|gym|{_YR8} shift|shift|the office|office|class|home|dialysis|therapy|the hospital|taf|du taf|boulot|du boulot|le boulot|l ecole|de l ecole|le lycee|du lycee|les cours|cours|le bureau|du bureau|la maison|chez toi|dialyse|ta dialyse|l hopital|de l hopital|la salle|de la salle|ton service|du travail|le travail){E}",
    ),
    # Réunion Creole: « mi koné ousa ou rest », « mi connais out kaz » with « ou va oir » or « mi arriv ».
    (
        _T,
        "creole_known_threat8",
        "kone konet konn konnen connais conne konnais sava sav save",
        "mi mwin mwen moin",
        False,
        rf"^(?=.*{B}(?:(?:ou|to|zot) (?:va|sa|i sa|i va) (?:oir|wer|voir|war|trouv|trouve)|mi (?:arriv|ariv|arive|arrive|vien|vyin|sa vien))(?![^ ])).*"
        rf"{B}(?:mi|mwin|mwen|moin) (?:kone|konet|konn|konnen|connais|conne|konnais|sa|sava|sav|save) (?:ousa|ousak|kot|kote|out|la ou|ou) (?:ou |to |zot )?(?:rest|reste|res|habite|abit|kaz|case|lakaz|travay|travail|bosse|le|lo|ye){E}",
    ),
    # A pile-on called on someone until they leave: "let's all go to her twitch chat and make sure she never
    # streams again", "we're all gonna flood her replies, she'll crack in a week", « tout le monde va spammer ses
    # mp, elle a qu'à pas ouvrir sa gueule ». A pile of hearts on a friend's stream has no such end.
    (
        _T,
        "pile_on_threat8",
        "until jusqu never crack craquer qu lui teach",
        "all everyone everybody tous toutes monde",
        False,
        rf"{B}(?:let us all|lets all|let s all|we should all|we re all|we are all|we will all|we all|everyone|everybody|all of us|tout le monde|on va tous|on va toutes|allez tous|tous ensemble|on y va tous)(?: \S+){{0,4}} "
        rf"(?:go to|spam|spammer|flood|inonder|mass report|report|drop our reports|signaler|dm|mp|harass|harceler|raid|brigade|pile on|bombarder|go after)(?: \S+){{0,8}} "
        rf"(?:until (?:she|he|they) (?:leaves|leave|quits|quit|deletes|delete|cracks|crack|breaks|cries|stops|logs off|goes)|jusqu a ce qu (?:elle|il|ils) (?:parte|partent|quitte|quittent|supprime|craque|arrete|degage)|"
        rf"make sure (?:she|he|they) never|(?:she|he|they) (?:will|ll|is going to) (?:crack|break|quit|leave)|(?:elle|il) (?:va|finira par) (?:craquer|partir|quitter|supprimer)|"
        rf"(?:elle|il) (?:a|avait) qu a (?:pas|fermer|se taire)|ca lui apprendra|that ll teach (?:her|him)|that will teach (?:her|him)){E}",
    ),
    # Weapons and blood as emoji, then "see you soon": "🔪🩸 à bientôt"; a noose handed over: "🪢 here's your new…".
    (
        _T,
        "emoji_weapon_threat8",
        "knife dagger gun pistol axe bomb coffin rope",
        None,
        False,
        rf"^(?:@user )?(?:knife|dagger|gun|pistol|axe|bomb|coffin)(?: (?:knife|dagger|gun|pistol|axe|bomb|coffin|blood|drop of blood|skull|skull and crossbones|fire|collision))+ (?:a bientot|a tres vite|see you soon|see u soon|j arrive|coming for (?:you|u)|on my way to (?:you|u|yours|your place)|en route vers toi|on arrive){E}"
        rf"|^(?:@user )?rope(?: rope)* (?:here is|heres|here s|voici|voila|this is|c est) (?:{_YR8}|for you|pour toi){E}",
    ),
]
PHRASES = PHRASES + tuple(_compile_phrase(row) for row in _RAW_THREAT8)
ANCHORS = ANCHORS | frozenset().union(*(ws(row[2]) - _STOP for row in _RAW_THREAT8))

# threat8, second pass: the aftermath told to the reader ("you'll be picking your teeth up off the floor", « je
# vais te faire bouffer tes dents »), the reader's house foretold in flames, outing ("i'll out you to your
# parents"), the reader's private things sent on or shown to an audience ("gonna send your therapy notes to
# your dad", "i'll show everyone at your school your self harm pics"), an audience promised to know the
# reader's private things ("everyone's going to know about your diagnosis by monday"). A burial "in the
# garden" or "in the trunk" is real-world ground, never a game's.
_PRIVATE8 = (
    r"(?:therapy notes|therapist notes|session notes|diary|journal intime|medical file|medical records|"
    r"health records|test results|blood results|scans|hospital letter|discharge letter|discharge papers|"
    r"meds list|diagnosis|diagnostic|dossier medical|comptes rendus|compte rendu|nudes|nude pics|private pics|"
    r"photos intimes|self harm pics|sh pics|scar pics|cut pics|photos de scarif|chat logs|dms|mps|texts|"
    r"messages prives|hiv status|statut serologique|deadname|old name|ancien prenom)"
)
_SECRET8 = (
    r"(?:diagnosis|diagnostic|condition|illness|meds|medication|medications|hiv|hiv status|medical records|"
    r"therapy|rehab|secret|secrets|nudes|scars|self harm|cuts|eating disorder|psych ward|hospital stay|"
    r"sectioning|hospitalisation|hospitalization|dossier medical|maladie|traitement|cicatrices|scarif|"
    r"sexualite|sexuality|transition|deadname|old name|ancien prenom|real name|vrai nom|address|adresse|"
    r"internement|sejour en hp|sejour en psy)"
)
_AUD8 = (
    r"(?:mum|mom|mother|dad|father|parents|family|boss|employer|manager|wife|husband|ex|kids|school|teacher|"
    r"mere|pere|daronne|daron|famille|patron|employeur|femme|mari|copine|copain|prof|ecole)"
)
_RAW_THREAT8B: list[tuple[AbuseKind, str, str, str | None, bool, str]] = [
    (
        _T,
        "aftermath_teeth_threat8",
        "teeth dents chicots ratiches",
        None,
        False,
        rf"{B}(?:{_Y8}|you will|you ll|you re going to|you are going to|you re gonna|you are gonna|you will be|you ll be) (?:\S+ )?(?:be )?(?:picking up|pick up|spitting out|spitting|spit out|spit|swallowing|swallow|collecting|sweeping up|looking for) (?:{_YR8}) (?:own |fucking |bloody )?teeth(?! (?:after|from|with|at the dentist)(?![^ ])){E}"
        rf"|{B}(?:{_Y8}|you will|you ll|you re going to|you are going to|you re gonna|you will be|you ll be) (?:\S+ )?(?:be )?(?:picking|pick) (?:{_YR8}) (?:own |fucking |bloody )?teeth (?:up|off)(?: \S+){{0,2}} (?:floor|ground|pavement|street|concrete){E}"
        rf"|{B}(?:tu vas|t vas|tu va|je vais te faire|j vais te faire|jvais te faire|on va te faire|je te fais|j te fais) (?:\S+ )?(?:ramasser|bouffer|manger|cracher|avaler) (?:tes|tes propres) (?:dents|chicots|ratiches)(?!(?: \S+){{0,3}} (?:dentiste|dentist|orthodontiste)(?![^ ])){E}",
    ),
    (
        _T,
        "house_in_flames_threat8",
        "flames fire burn burning feu bruler cramer fumee torched",
        "your ur ta ton tes",
        False,
        rf"{B}(?:{_YR8}) (?:\S+ )?(?:house|car|flat|place|home|shop|garage|maison|voiture|appart|baraque|caisse|bagnole|boutique) (?:is going to|s going to|will|is gonna|s gonna|va|risque de|finira par) "
        rf"(?:go up in flames|go up in smoke|burn|burn down|catch fire|get torched|get burned|bruler|cramer|partir en fumee|prendre feu|finir en cendres)(?! (?:if|si|unless|when|quand)(?![^ ])){E}"
        rf"|{B}(?:{_YR8}) (?:\S+ )?(?:house|car|flat|place|home|shop|garage) (?:is going up|s going up|goes up|is burning down|s burning down) in (?:flames|smoke)(?: tonight| soon| one of these nights| one day)?{E}",
    ),
    (
        _E,
        "outing_threat8",
        "parents mum mom dad family school work boss everyone everybody server church famille ecole taf patron "
        "serveur outer",
        "out outer",
        False,
        rf"{B}{_I8}(?: \S+)? out (?:{_Y8}) (?:to|in front of|at) (?:{_YR8}|everyone|everybody|the whole|the server|the church)"
        rf"|{B}(?:je|j|on)(?: (?:vais|va|v|veux|peux))+ (?:t|te) outer(?: (?:aupres de|devant|a|chez) (?:tes|ton|ta|tout|le))?{E}",
    ),
    (
        _E,
        "private_sent_on_threat8",
        "send show forward post leak give hand mail email envoyer montrer balancer filer donner transferer poster",
        None,
        False,
        rf"(?:{B}{_I8}|^going to|^gonna)(?: \S+)? (?:send|show|forward|post|leak|give|hand|mail|email|envoyer|montrer|balancer|filer|donner|transferer|poster) "
        rf"(?:(?:everyone|everybody|the whole server|the server|tout le monde|tout le serveur)(?: (?:at|in|from|a|de|dans) (?:{_YR8}) \S+)?|(?:{_YR8}) (?:\S+ )?{_AUD8}) "
        rf"(?:{_YR8}) (?:\S+ )?{_PRIVATE8}{E}"
        rf"|(?:{B}{_I8}|^going to|^gonna)(?: \S+)? (?:send|show|forward|post|leak|give|hand|mail|email|envoyer|montrer|balancer|filer|donner|transferer|poster) "
        rf"(?:{_YR8}) (?:\S+ )?{_PRIVATE8} (?:to|a|au|aux|chez|on|in|sur|dans) (?:{_YR8} (?:\S+ )?{_AUD8}|everyone|everybody|the whole server|the server|tout le monde|tout le serveur|le serveur|general){E}",
    ),
    (
        _E,
        "everyone_will_know_threat8",
        "know find learn hear see savoir voir apprendre decouvrir sauront verront",
        "everyone everybody server monde serveur",
        False,
        rf"{B}(?:everyone|everybody|the whole server|the server|all of discord|tout le monde|tout le serveur|le serveur entier)(?: s| is| will| are)? (?:going to|gonna|va|vont|will|is about to|sera au courant de|finira par) "
        rf"(?:know|find out|see|learn|hear|savoir|voir|apprendre|decouvrir|connaitre) (?:about |all about |pour |tout de |tout sur )?(?:{_YR8}) (?:\S+ )?{_SECRET8}{E}",
    ),
]
PHRASES = PHRASES + tuple(_compile_phrase(row) for row in _RAW_THREAT8B)
ANCHORS = ANCHORS | frozenset().union(*(ws(row[2]) - _STOP for row in _RAW_THREAT8B))
REAL_WORLD = REAL_WORLD | ws("jardin garden backyard coffre trunk basement")

# --- insult8 (round 39, insult helper 8): insults by construction in the round's voices ---------------------
# Each row is a construction (an addressee, a frame, a vocabulary as wide as the language), never a corpus
# sentence: the reader's mind or skill likened to a dull thing ("you've got the depth of a puddle", « t'as la
# vivacité d'une huître »), invented compounds ("you lag-brained goblin", "you damp sock of a human", « espèce
# d'endive sur roues », "you discount-bin human", « la version low cost de… »), condescension ("did someone
# have to read it to you", « je vais t'expliquer lentement, mon pauvre chou », « visiblement c'est au-dessus de
# tes capacités »), an illness made the reason for an insult ("your adhd isn't an excuse for being this
# useless"), a jab at a member's aids or kin ("go cry to your wheelchair", « va pleurer chez ta mère »), a trans
# member told she is a man in a wig, "are you actually slow", the Réunion Creole copula (« ou lé in bourik »),
# Québec « t'es colon », "you professional victim". Never the author of themself, never a praise word ("you
# absolute legend of a human", « une encyclopédie sur pattes »), never a supportive "let me explain slowly";
# the softest rows are teasing when laughed or loved (``abuse._FOND_VOIDS``, ``abuse._LAUGH_VOIDS``).
_Y8 = r"(?:you|u|ya|ye|yu|tu|t|toi|te|vous|@user)"
_YR8 = r"(?:your|ur|yer|yo|ton|ta|tes|votre|vos)"
_NOT_ME8 = r"(?:(?!(?:i|je|j|me|my|mon|ma|mes|moi|myself|m)(?![^ ]))\S+ )"
_ATTR8 = (
    r"(?:depth|strategic depth|tactical depth|emotional depth|awareness|tactical awareness|map awareness|spatial awareness|"
    r"situational awareness|self awareness|game sense|processing power|brain power|brainpower|computing power|iq|qi|"
    r"intelligence|intellect|attention span|memory|memoire|reflexes|reflexe|reaction time|reaction times|temps de reaction|"
    r"charisma|charisme|personality|personnalite|emotional range|wit|common sense|bon sens|jugeote|vivacite|"
    r"vivacite d esprit|survival instinct|instinct de survie|coordination|sens du jeu|lucidite|logique|logic|"
    r"decision making|prise de decision|culture generale|eloquence|sense of humour|sense of humor|humour|humor|rizz|"
    r"aura|brain|brains|cerveau|cervelle|mental|mentalite|mechanics|skill|skills|aim|visee|conversation|repartie|"
    r"finesse|subtilite|subtlety|tact|grace|elegance|energie|energy|strategie|strategy|tactique|tactics|vision|"
    r"vision du jeu|comprehension|understanding|reading comprehension|comprehension ecrite|drive|motivation|"
    r"sex appeal|talent|potentiel|potential|swag|style|hygiene|smell|odeur|odor|odour)"
)
_THING8 = (
    rf"(?:{_DULL_THING}|puddle|flaque|flaque d eau|shopping trolley|shopping cart|trolley|caddie|caddy|brick wall|wall|mur|"
    r"microwave|micro ondes|fridge|frigo|calculator|calculatrice|lamp|lampe|lampshade|lamppost|lamp post|lampadaire|"
    r"paperclip|trombone|stapler|agrafeuse|teaspoon|petite cuillere|fork|fourchette|ironing board|planche a repasser|"
    r"roomba|dishwasher|lave vaisselle|washing machine|machine a laver|traffic cone|cone|plot|bollard|mop|serpillere|"
    r"sponge|eponge|doormat|paillasson|cushion|coussin|carrot|carotte|turnip|navet|cabbage|chou|cucumber|concombre|"
    r"courgette|zucchini|lettuce|laitue|endive|radish|radis|onion|oignon|walnut|noix|peanut|cacahuete|pea|petit pois|"
    r"coconut|noix de coco|melon|pumpkin|citrouille|lemon|citron|bread|pain|baguette|crouton|cracker|jellyfish|meduse|"
    r"amoeba|amibe|bacteria|bacterie|plankton|plancton|sea cucumber|concombre de mer|slug|limace|snail|escargot|"
    r"sloth|clam|palourde|mussel|starfish|etoile de mer|earthworm|ver de terre|lemming|dodo|moth|mosquito|moustique|"
    r"pebble|gravier|gravel|stone|pierre|cardboard box|carton|boite de conserve|tin can|can of beans|tuna can|"
    r"boite de thon|stool|tabouret|plank|planche|log|buche|stick|baton|doorstop|cale porte|parking cone|bin|poubelle|"
    r"dustbin|bin bag|sac poubelle|teabag|tea bag|sachet de the|paper bag|sac en papier|plastic bag|sac plastique|"
    r"napkin|tissue|mouchoir|wet wipe|lingette|wet blanket|screensaver|economiseur d ecran|loading screen|"
    r"ecran de chargement|dial up modem|minitel|fax machine|fax|printer|imprimante|training dummy|crash test dummy|"
    r"mannequin|scarecrow|epouvantail|garden gnome|nain de jardin|statue|cactus|fern|fougere|ficus|tree stump|souche|"
    r"fence post|poteau|rubber duck|canard en plastique|canard en caoutchouc|yoghurt|yaourt|yogurt|pudding|flan|"
    r"jelly|gelee|soggy biscuit|biscuit mou|boiled potato|patate bouillie|pomme de terre|frite|chip|crisp|bulot|"
    r"moule|huitre|poule|dinde|pigeon|poisson rouge|goldfish|hamster|tamagotchi|nokia|windows vista|windows xp)"
)
_PRAISE8 = (
    r"(?:legend|legends|legende|angel|ange|gem|treasure|tresor|ray|rayon|sweetheart|star|unit|beast|beauty|delight|joy|"
    r"saint|hero|heros|king|queen|roi|reine|icon|icone|champ|champion|championne|machine|genius|genie|godsend|blessing|"
    r"cinnamon|bean|darling|dream|marvel|peach|goddess|god|wizard|monster|pillar|diamond|jewel|sunshine|soleil|"
    r"encyclopedie|encyclopedia|dictionnaire|dictionary|calculatrice|bolide|fusee|rocket|speedster|boss|crack|"
    r"chef|fighter|warrior|guerrier|guerriere|survivor|survivante|survivant|inspiration|miracle|superhero)"
)
_NEG_NOUN8 = (
    r"(?:sock|chaussette|sponge|mop|rag|dishcloth|torchon|serpillere|disgrace|waste|disappointment|deception|embarrassment|"
    r"letdown|tragedy|disaster|catastrophe|mistake|failure|joke|blague|clown|cabbage|turnip|potato|patate|carrot|"
    r"cucumber|lettuce|walnut|puddle|plank|melon|muppet|spanner|goblin|gremlin|troll|rat|weasel|slug|worm|maggot|"
    r"cockroach|leech|parasite|toad|crapaud|bag|sack|heap|pile|lump|blob|mess|wreck|excuse|embarrassment|dumpster fire|"
    r"trainwreck|train wreck|car crash|landfill|bin fire|skid mark|stain|tache|shambles|cretin|idiot|moron|fool|"
    rf"nitwit|halfwit|dimwit|{_THING8})"
)
_BAD_ADJ8 = (
    r"(?:damp|wet|soggy|moldy|mouldy|rotten|rotting|stale|limp|broken|failed|sentient|expired|used|soiled|crusty|musty|"
    r"sad|pathetic|sorry|poor|lukewarm|half eaten|half baked|deflated|burst|dented|rusty|leaky|smelly|stinky|greasy|"
    r"useless|worthless|defective|mouille|mouillee|moisi|moisie|pourri|pourrie|perime|perimee|rance|flasque|mou|molle|"
    r"triste|pathetique|minable|gluant|gluante|rassis|rassie|boiled|bouilli|bouillie|overcooked|undercooked|"
    r"discount|budget|knockoff|bootleg|off brand|bargain bin|discount bin|walking|talking|human|humaine?)"
)
_CHEAP8 = (
    r"(?:discount|discount bin|bargain bin|bargain|clearance|clearance aisle|clearance rack|off brand|knock off|knockoff|"
    r"budget|low budget|lowbudget|low cost|dollar store|dollar tree|poundland|pound shop|wish|wish com|wish dot com|"
    r"temu|aliexpress|alibaba|bootleg|factory reject|rejected|store brand|generic brand|premier prix|au rabais|"
    r"contrefacon|contrefait|contrefaite|bas de gamme|bon marche|a deux balles|a 2 balles|a deux euros|a 2 euros|"
    r"de supermarche|lidl|action|shein|gifi|mini|travel size)"
)
_WEAK_ADJ8 = (
    r"(?:useless|dumb|stupid|lazy|bad|trash|toxic|annoying|pathetic|clueless|incompetent|slow|braindead|brain dead|"
    r"worthless|insufferable|unbearable|rude|obnoxious|petty|whiny|entitled|inutile|nul|nulle|con|conne|bete|stupide|"
    r"toxique|chiant|chiante|relou|feignant|feignante|faineant|faineante|insupportable|incompetent|incompetente|lent|lente|"
    r"debile|idiot|idiote|mauvais|mauvaise|penible|odieux|odieuse|mechant|mechante|naze|claque|claquee|pourri|pourrie)"
)
_SUPPORT8 = (
    r"(?:wheelchair|wheel chair|chair|fauteuil|fauteuil roulant|cane|canne|crutches|bequilles|walker|deambulateur|"
    r"rollator|meds|medocs|medicaments|pills|cachets|inhaler|ventoline|oxygen tank|oxygen|oxygene|bouteille d oxygene|"
    r"mommy|mummy|mom|mum|mama|maman|mere|daronne|mother|teddy|teddy bear|doudou|nounours|blankie|safe space|"
    r"diagnosis|diagnostic|hearing aid|appareil auditif|feeding tube|sonde|stoma bag|poche|colostomy bag|insulin pump|"
    r"pompe a insuline|service dog|chien d assistance|carer|aide soignante)"
)
_RAW_INSULT8: list[tuple[AbuseKind, str, str, str | None, bool, str]] = [
    # The reader's mind, skill or charm likened to a dull thing: "you've got the strategic depth of a puddle",
    # "your brain has the processing power of a toaster", « t'as la vivacité d'une huître », « ton cerveau a la
    # mémoire d'un poisson rouge »; never the author's own ("I have the memory of a goldfish"), never a praise
    # animal ("the reflexes of a cat", "the memory of an elephant": not in the list of things).
    (
        _I,
        "insult_dull_attribute_insult8",
        "depth awareness sense power brainpower iq qi intelligence intellect span memory memoire reflexes reflexe "
        "reaction charisma charisme personality personnalite range wit jugeote vivacite instinct coordination "
        "lucidite logique logic comprehension eloquence humour humor rizz aura brain brains cerveau cervelle "
        "mentalite mechanics skill skills aim visee repartie finesse subtilite subtlety tact grace elegance "
        "energie energy strategie strategy tactique tactics vision understanding drive motivation talent "
        "potentiel potential swag style hygiene smell odeur odor odour conversation",
        "of d de du",
        False,
        rf"{B}(?:{_Y8}|{_YR8}) {_NOT_ME8}{{0,5}}(?:all |the |le |la |l |les |toute |tout |only |just |juste |meme |same )*(?:\S+ )?{_ATTR8} (?:of|d|de|du) (?:a |an |un |une |some |la |le |the |one |old |vieux |vieille |vieil |wet |damp |soggy |broken |dead |used |mouille |mouillee |pourri |pourrie |cassee? |morte? |rouille |rouillee )*(?:\S+ )?{_THING8}{E}",
    ),
    # Invented compounds: "you lag-brained goblin", "ur so smooth brained", "you peanut brain", never "big brained",
    # "galaxy brained" praise; « t'as un cerveau de moineau », « cervelle de poule ».
    (
        _I,
        "insult_brained_insult8",
        "brained brain cerveau cervelle",
        None,
        False,
        rf"{B}(?:you|u|ya|ye|ur|your|you re|you are|t es|tu es|espece de|@user) (?:(?:such a|so|a|an|absolute|total|utter|complete|proper|fucking|fkn|little|lil|stupid|dumb) )*(?!(?:big|galaxy|huge|massive|giant|large|smart|quick|sharp|genius|mega|clever|brilliant|200|300) )\S+ brained{E}"
        rf"|{B}(?:t as|tu as|t a|vous avez|you have|you ve got|you got|ya got|ton|ta|your|ur|espece de|avec ton|avec ta|with your|with ur) (?:un |une |le |la |the |a |an |that |ce |cette )?(?:petit |petite |tout petit |little |tiny |wee )?(?:cerveau|cervelle|brain) (?:de|d|of a|of an) (?:\S+ )?(?:moineau|poule|pigeon|mouche|moule|huitre|limace|poisson rouge|bulot|oiseau|moucheron|fourmi|goldfish|sparrow|chicken|pigeon|fly|gnat|snail|slug|ant|peanut|pea|walnut|{_THING8}){E}",
    ),
    # "you damp sock of a human", "you absolute disgrace of a person", « espèce d'endive sur roues », "you rock
    # with wifi", "you sorry excuse for a healer"; never a praise word ("you absolute legend of a human", « t'es
    # une encyclopédie sur pattes », "you rocket on wheels").
    (
        _I,
        "insult_thing_of_a_human_insult8",
        "human humain humaine being person personne man woman player gamer healer tank teammate mod admin "
        "individual adult son daughter member coach streamer support "
        "excuse roues pattes wheels wifi keyboard clavier headset casque disgrace waste "
        "disappointment embarrassment sock chaussette sponge mop rag dishcloth torchon serpillere letdown tragedy "
        "disaster catastrophe trainwreck wreck dumpster landfill shambles",
        None,
        False,
        rf"{B}(?:you|u|ya|ye|espece de|espece d|you re|you are|t es|tu es|t es qu|@user) (?:a |an |un |une |qu un |qu une |absolute |total |utter |complete |right |proper |walking |fucking |fkn |little |lil |big |giant |great |sorry |pathetic |)*(?:(?!{_PRAISE8}(?![^ ])){_BAD_ADJ8} )?{_NEG_NOUN8} (?:of|for) (?:a|an) (?:human|human being|person|man|woman|player|gamer|healer|tank|support|teammate|mod|admin|moderator|individual|adult|son|daughter|member|guild master|coach|streamer){E}"
        rf"|{B}(?:espece de|espece d|t es|tu es|t es qu|you|u|ya|you re|you are|@user) (?:un |une |a |an |qu un |qu une |juste |just |absolute |total |utter |walking |vraie |vrai |grosse |gros |petite |petit |sale )*(?!{_PRAISE8}(?![^ ]))(?:{_NEG_NOUN8}|{_BAD_ADJ8} \S+) (?:sur roues|sur pattes|on wheels|on legs|with legs|with wifi|with a keyboard|with a headset|with a mic|with internet access|avec un clavier|avec un casque|avec le wifi|avec une connexion|avec un micro){E}"
        rf"|{B}(?:you|u|ya|you re|you are|t es|tu es|@user) (?:a |an |the |such a |absolute |total |utter |complete |walking |living |)*(?:sorry|poor|pathetic|sad|lame|weak|miserable|pitiful) excuse (?:for|of) (?:a|an) \S+{E}",
    ),
    # The reader a cheap copy: "you discount-bin human", "ur the temu version of a player", « t'es la version low
    # cost de Faker », « un humain au rabais »; never the reader's thing ("your budget version of the game").
    (
        _I,
        "insult_cheap_copy_insult8",
        "discount bargain clearance brand knock knockoff budget lowbudget cost dollar poundland pound wish temu "
        "aliexpress alibaba bootleg reject rejected rabais contrefacon contrefait contrefaite gamme marche balles "
        "supermarche lidl shein gifi",
        None,
        False,
        rf"{B}(?:you|u|ya|you re|you are|youre|t es|tu es|t etais|vous etes|espece de|espece d|@user|your (?:a|an|the|such a)) (?:a |an |the |such a |un |une |la |le |absolute |total |walking |juste |just |qu un |qu une )*{_CHEAP8} (?:\S+ )?(?:human|humain|humaine|person|personne|version|edition|copy|copie|player|joueur|joueuse|being|etre humain|human being|npc|pnj|bot|clone|knockoff|knock off|imitation|replica|replique){E}"
        rf"|{B}(?:you|u|ya|you re|you are|youre|t es|tu es|vous etes|@user|your (?:a|an|the)) (?:the |la |le |a |an |une |un |just |juste )*(?:version|edition|copie|copy|imitation) (?:{_CHEAP8}|chinoise|de chez wish|de chez temu|from wish|from temu|from aliexpress|off brand) (?:of|de|d){E}"
        rf"|{B}(?:un|une|an|a) (?:humain|humaine|etre humain|human|human being|person|personne) (?:{_CHEAP8}|from wish|from temu|de chez wish|de chez temu|en solde|on clearance){E}(?=.*{B}(?:you|u|ya|tu|t|toi|te|vous|@user){E})",
    ),
    # Condescension: "did someone have to read it to you", « ta mère a dû te le lire », "let me use small words",
    # « je vais te faire un dessin, mon pauvre chou », « je vais t'expliquer lentement parce que visiblement… »,
    # "apparently reading is beyond your capacities"; never a helper's "let me explain it slowly, step by step".
    (
        _I,
        "insult_condescension_insult8",
        "read lire lu explain expliquer reexpliquer spell dessin dessins crayons crayon capacites capacities "
        "abilities beyond dessus level niveau pay",
        None,
        False,
        rf"{B}(?:or did|did|or had|had|or does|or do) (?:someone|somebody|your mom|your mum|your mommy|your mummy|mommy|mummy|an adult|a grown up|a grownup|your carer|your nanny|your teacher|your parents|your dad|your mother|your brother|your sister|a friend) (?:have to |had to |need to |got to |gotta )?(?:read|explain|spell) (?:it|this|that|the \S+|those|these|them)(?: \S+)? (?:to|for|out to|aloud to|out loud to) (?:you|u|ya){E}"
        rf"|{B}(?:quelqu un|ta mere|ta maman|ta daronne|un adulte|ton pere|ton daron|ta prof|ton prof|ta nounou|tes parents) (?:a du|a|ont du|a fallu|t a|va devoir|doit) (?:te |t )?(?:le |la |l |les )?(?:lire|expliquer|epeler|lu|explique){E}"
        rf"|{B}(?:je vais|j vais|jvais|je te|je vous|laisse moi|laissez moi|let me|lemme|i ll|ill|i will|i m going to|i am going to|imma|gonna|i can) (?:te |t |vous |you |u )?(?:le |la |l |it |this |that |les |them )?(?:faire un dessin|faire des dessins|expliquer avec des dessins|expliquer avec des petits mots|expliquer avec des mots simples|use small words|use smaller words|use little words|use short words|draw you a picture|draw it|draw you a diagram|draw a picture|explain (?:it |this |that )?(?:with|in|using) (?:small|little|short|smaller|simple) words|explain (?:it |this |that )?(?:in|with) crayons?|explain (?:it |this |that )?like (?:you re|you are|u r|ur) (?:five|5|a child|a toddler|a baby|a kid|4|four)|expliquer comme a un (?:enfant|gamin|bebe|gosse)(?: de \S+ ans)?|expliquer comme si t avais \S+ ans|expliquer avec des crayons){E}"
        rf"|^(?=.*{B}(?:visiblement|apparemment|apparently|clearly|obviously|evidemment|manifestement|vu que t|vu que tu|puisque t|puisque tu|since you|because you|parce que t|parce que tu|pour que tu comprennes|so you understand|so you get it|ton petit cerveau|ta petite tete|your little brain|your tiny brain|ur tiny brain|ur little brain|maybe this time|peut etre que cette fois|for the (?:third|fourth|fifth|tenth|\d+th) time|pour la (?:troisieme|quatrieme|cinquieme|dixieme|\d+e|\d+eme) fois)(?![^ ])).*{B}(?:je vais|j vais|jvais|laisse moi|let me|lemme|i ll|ill|i will|i m going to|i am going to|imma) (?:te |t |vous |you |u )?(?:le |la |l |it |this |that |les |them )?(?:expliquer|reexpliquer|re expliquer|explain|re explain|spell it out|spell this out|spell that out|break it down|repeat|repeter|redire|dire) (?:\S+ ){{0,3}}(?:lentement|tres lentement|doucement|tres doucement|slowly|very slowly|real slow|really slowly|reaaal slow|s l o w l y|one more time slowly|encore une fois lentement){E}"
        rf"|{B}(?:visiblement|apparemment|apparently|clearly|obviously|evidemment|manifestement)(?: \S+){{0,8}} (?:c est |est |is |are |was |s |ca reste |reste )?(?:au dessus de (?:tes capacites|tes moyens|tes competences|ton niveau|ton cerveau|ta comprehension)|hors de (?:ta portee|tes capacites)|(?:trop|bien trop) (?:dur|complique|difficile|dure|compliquee) pour (?:toi|ton cerveau|ta petite tete|tes deux neurones|ton neurone)|(?:too hard|too difficult|too complicated|too complex|way too hard|way beyond|beyond|above) (?:for )?(?:you|u|your (?:brain|capacities|capacity|abilities|ability|pay grade|paygrade|skill level|level|intelligence|iq|two brain cells|brain cell|braincell|comprehension))){E}",
    ),
    # An illness or a body made the reason for an insult: "your adhd isn't an excuse for being this useless",
    # « ta fibro est pas une excuse pour être aussi feignante »; never about the author, never "is not an excuse"
    # with no insult ("your pain isn't an excuse to skip physio").
    (
        _I,
        "insult_excuse_for_being_insult8",
        "excuse excuses reason pretexte justification",
        None,
        False,
        rf"{B}{_YR8} (?:\S+ ){{1,2}}(?:is not|isn t|isnt|is no|ain t|aint|n est pas|est pas|c est pas|n est plus|ce n est pas|c est|is|was|is just|is only|est juste|est qu) (?:an |a |une |un |ton |ta |your |ur |no |never an |never a |jamais une |pas une |qu une |just an |juste une |only an |your whole |the )?(?:excuse|excuses|reason|pretexte|justification) (?:for|to be|pour|d|de|for you being|for u being|pour que tu sois) (?:being |be |etre )?(?:so |this |that |such a |such an |aussi |si |autant |a |an |un |une |total |complete |fucking |fkn |un gros |une grosse |une telle |un tel )*(?:{_WEAK_ADJ8}|{_INS31}){E}",
    ),
    # A jab at the reader's aids, treatment or kin: "go cry to your wheelchair", "run along and whine to your
    # meds", « va pleurer chez ta mère », « va chialer dans ton fauteuil »; never the author's own ("I cry into my
    # pillow"), never a supportive place (a therapist, a pillow, a diary are not in the list).
    (
        _I,
        "insult_go_cry_insult8",
        "cry crying whine whinge sob weep moan complain pleurer chialer chouiner pleurnicher geindre plaindre",
        "your ur yer ton ta tes votre vos",
        False,
        rf"{B}(?:go|go and|go ahead and|run along and|run and|off you go and|now go|va|vas y|allez|retourne|cours) (?:cry|whine|whinge|sob|weep|moan|complain|cry about it|pleurer|chialer|chouiner|pleurnicher|geindre|te plaindre|vous plaindre) (?:to|in|on|into|in front of|at|dans|a|au|aux|aupres de|sur|chez|contre) (?:your|ur|yer|ton|ta|tes|votre|vos) (?:little |lil |precious |petit |petite |petits |petites |stupid |fucking |damn |bloody )?{_SUPPORT8}{E}",
    ),
    # A trans member told she is a man in a wig, or will never be a real woman: "you look like your dad in a
    # wig", « tu resteras un mec en perruque », "you'll never be a real woman"; never a costume told of someone
    # else ("my dad in a wig at halloween").
    (
        _I,
        "insult_man_in_a_wig_insult8",
        "perruque wig robe dress jupe skirt frock talons heels lipstick levres maquillage makeup vraie vrai woman man "
        "girl boy lady femme homme fille mec meuf",
        "perruque wig robe dress jupe skirt frock talons heels lipstick levres maquillage makeup never jamais",
        False,
        rf"{B}(?:t es|tu es|tu resteras|tu seras|t seras|tu restes|t restes|tu ressembles a|t as l air d|on dirait|you re|you are|ur|your|you ll always be|you will always be|you ll still be|you will still be|you look like|u look like|you ll never be more than|you re just|you are just|still) (?:juste |just |only |toujours |always |still |forever |qu |que |nothing but |rien d autre qu )*(?:un mec|un homme|un gars|un type|un bonhomme|ton pere|ton daron|a man|a guy|a dude|a bloke|your dad|your father|ur dad|une femme|a woman|a girl|ta mere|your mom|your mum|une meuf) (?:en|in a|in|avec une|avec un|with a|wearing a|dans une) (?:perruque|wig|robe|dress|jupe|skirt|talons|heels|lipstick|rouge a levres|maquillage|makeup|frock){E}"
        rf"|{B}(?:you ll|you will|u ll|u will|you re|you are|you|tu|t) (?:never|jamais|ne seras jamais|seras jamais|will never|ll never) (?:ever )?(?:be |etre |seras |be a |be an )?(?:a real woman|a real man|a real girl|a real boy|a real lady|une vraie femme|un vrai homme|une vraie fille|un vrai mec|une vraie meuf){E}",
    ),
    # "are you actually slow", "r u stupid or what", "are you actually autistic or just this annoying for free";
    # never a plain question of health ("are you slow today? me too, fibro fog": no "actually" before "slow").
    (
        _I,
        "insult_are_you_slow_insult8",
        "slow thick dense dim stupid dumb braindead brain retarded regarded illiterate idiot moron autistic "
        "retard",
        "are r regarded",
        False,
        rf"{B}(?:are|r) (?:you|u|ya) (?:actually|really|genuinely|legit|literally|seriously|fr|just|for real|like|being) (?:slow|thick|dense|dim|stupid|dumb|braindead|brain dead|retarded|regarded|illiterate|an idiot|a moron|a retard|an imbecile|simple|special){E}"
        rf"|{B}(?:are|r) (?:you|u|ya) (?:stupid|dumb|braindead|brain dead|retarded|regarded|illiterate|an idiot|a moron|a retard|an imbecile)(?: (?:or what|or something|or smth|or just|or are you|or r u|or do you|lol|lmao|bro|mate|fr|seriously|or sumn|or nah|or))?$"
        rf"|{B}(?:are|r) (?:you|u|ya) (?:actually |really |genuinely |legit |literally |just )?(?:autistic|retarded|slow|special|mental|simple|stupid|dumb|deaf|blind) or (?:just|simply|are you just|r u just|do you just) (?:this|that|so|naturally|born) \S+{E}"
        # "ur actually regarded", "you're so regarded": the slur's euphemism, never "regarded as", "highly regarded"
        rf"|{B}(?:you re|you are|youre|your|u r|you so|u so|t es) (?:actually |so |literally |fr |fucking |fkn |such a |genuinely |lowkey |highkey |mad |hella |kinda |fully |clinically |severely |deeply )*regarded(?! (?:as|by|highly|well|among|in|for|with|to|it(?: as| to| highly| well| was| is)|this|that|the|him|her|them|me|us)(?![^ ])){E}",
    ),
    # Réunion Creole « ou lé in bourik », « ou lé vréman in kouyon » (``ou lé`` is "you are"); Québec « t'es
    # colon », « t'es un beau colon » (never « t'es colon de vacances », never a colon of the body: "my colon").
    (
        _I,
        "insult_regional_copula_insult8",
        "vreman vraiman vremen vraimen colon colons bourik bouriks kouyon couyon kanay kanaille makro fonnker tebe",
        "ou wou t tu vous colon colons",
        False,
        rf"{B}(?:ou|wou) (?:le|la|te) (?:(?:vreman|vraiman|vremen|vraimen) (?:(?:in|un|en) )?|in |un |en )(?:(?:gro|ti|sal|vye) )?(?:{_INS31}|bourik|kouyon|couyon|bet|tebe|kanay|kanaille|makro|fonnker|sot|sotte){E}"
        rf"|{B}(?:t es|tu es|t etais|vous etes|t es donc|t es ben|que t es|ce que t es|comment t es|criss que t es|ostie que t es) (?:donc |ben |tellement |vraiment |assez |trop |juste |qu |un |une |beau |belle |gros |grosse |maudit |maudite |ostie de |esti de |criss de |sacre |sacrement |crisse de |estie de )*(?:colon|colons)(?! (?:de vacances|cet ete|en colo|a la colo|au camp|irritable|spastique|fonctionnel|inflammatoire|sigmoide|transverse))(?![^ ])",
    ),
    # The reader a professional of self-pity: "you professional victim", « espèce de victime professionnelle »,
    # "ur a full-time whiner"; never the author of themself ("I'm a professional overthinker lol").
    (
        _I,
        "insult_professional_victim_insult8",
        "professional professionnel professionnelle professionnelles professionals pro career certified",
        None,
        False,
        rf"{B}(?:you|u|ya|espece de|espece d|t es|tu es|you re|you are|your|ur|vous etes|bande de|@user) (?:a |an |un |une |la |le |such a |total |absolute |complete |grande |gros |grosse )*(?:professional|pro|full time|career|certified|professionnel|professionnelle|professionnels|professionnelles) (?:victim|victims|victime|victimes|whiner|whiners|complainer|complainers|pleureuse|pleureuses|pleureur|chouineur|chouineuse|crybaby|crybabies|attention seeker|attention seekers|drama queen|malade imaginaire|hypochondriac|hypocondriaque|moaner|moaners|rageux|rageuse|pleurnicheur|pleurnicheuse|sad case|martyr|martyre|troll|trolls|pleurnichard|pleurnicharde|victim player|pity seeker){E}"
        rf"|{B}(?:you|u|ya|espece de|t es|tu es|vous etes|@user) (?:une |des |la |les )?(?:victime|victimes|pleureuse|pleureuses|chouineuse|chouineur|martyr|martyre) (?:professionnelle|professionnel|professionnelles|professionnels|de metier|a plein temps|certifiee|certifie){E}",
    ),
]
PHRASES = PHRASES + tuple(_compile_phrase(row) for row in _RAW_INSULT8)
ANCHORS = ANCHORS | frozenset().union(*(ws(row[2]) - _STOP for row in _RAW_INSULT8))

# insult8, second pass: an insult noun then "that's what you are" (« … voilà ce que t'es »); "how are you this
# bad", "teach me how to be this bad", « comment t'arrives à être aussi nul »; "I've met rocks with more game
# sense than you", « j'ai vu des plantes vertes avec plus de réflexes que toi » (plural things, toddlers, NPCs);
# never the author ("that's what I am"), never praise ("how are you this good").
_BAD8 = (  # not "bad", « nul », « mauvais »: friends say "how are you this bad at a game you've played for years"
    r"(?:dumb|stupid|useless|clueless|braindead|brain dead|incompetent|con|conne|bete|debile|stupide|inutile|"
    r"incompetente|idiot|idiote|thick|dense|moronic|idiotic)"
)
_RAW_INSULT8B: list[tuple[AbuseKind, str, str, str | None, bool, str]] = [
    (
        _I,
        "insult_that_is_what_you_are_insult8",
        "what voila",
        None,
        False,
        rf"{B}{_INS31} (?:that s|that is|thats|this is|c est|voila|voila ce que|that s exactly|that s literally|c est exactement|c est tout) (?:what|ce que|ce qu) (?:you are|you re|u are|u r|you|t es|tu es|vous etes|t as toujours ete|you ve always been|you always were){E}"
        rf"|{B}{_INS31} (?:voila ce que|voila ce qu|c est ce que|c est ce qu) (?:t es|tu es|vous etes){E}",
    ),
    (
        _I,
        "insult_how_this_bad_insult8",
        "dumb stupid useless clueless braindead brain incompetent con conne bete debile stupide inutile "
        "incompetente idiot idiote thick dense moronic idiotic",
        None,
        False,
        rf"{B}(?:how (?:are|r|can|could|do|does) (?:you|u|ya) (?:be |even be |possibly be |manage to be |always be |still be |get )?|how (?:is|s) it possible to be |teach me how to be |tell me how to be |show me how to be |how do you get |how did you get |comment (?:t es|tu es|t arrives a etre|tu arrives a etre|tu fais pour etre|t fais pour etre|vous etes|vous faites pour etre) |apprends moi a etre )(?:this|so|that|aussi|si|autant|tellement|consistently|genuinely|actually) (?:fucking |fkn |damn |bloody |putain de )?{_BAD8}{E}",
    ),
    (
        _I,
        "insult_things_better_than_you_insult8",
        "met seen known vu connu croise rencontre played",
        "than que qu",
        False,
        rf"{B}(?:met|seen|known|played with|played against|vu|connu|croise|croisee|rencontre|rencontree|joue avec|joue contre) (?:\S+ ){{0,2}}(?:(?:{_THING8})s?|toddlers|kids|children|babies|npcs|bots|goldfish|hamsters|chimps|monkeys|gosses|gamins|enfants|bebes|pnj|singes|chiens|dogs|cats|chats|plantes|plantes vertes|houseplants|rocks|cailloux|pierres|poissons rouges|afk players|afk people) (?:with|avec|who have|qui ont) (?:more|better|a better|plus de|un meilleur|une meilleure|de meilleurs|de meilleures|meilleur|meilleure|meilleurs) (?:\S+ ){{0,3}}(?:than|que|qu) (?:you|u|ya|toi|vous|your|ur|ton|ta|tes|this guy|ce mec|lui){E}",
    ),
]
PHRASES = PHRASES + tuple(_compile_phrase(row) for row in _RAW_INSULT8B)
ANCHORS = ANCHORS | frozenset().union(*(ws(row[2]) - _STOP for row in _RAW_INSULT8B))

# hate8 (round 39, hate helper 8): hate against a group with no slur, built as GROUP slot x PREDICATE family.
# The group slot (``_G8``, ``_G8_ONE``) is every ``GROUP_HEAD`` plus people named by a condition or a
# treatment (« ceux qui prennent des antidépresseurs », « les gens atteints du sida », "people on
# antidepressants"), one member standing for all ("a woman on comms", « une femme officier »), and slang names
# the lexicon lacks ("poz", "third worlders", streamers and gamer girls, travellers, aboriginals). The
# predicates: a joke whose butt is the group, a fate deserved or "chosen", an illness called a lie or the
# disease of the lazy, the group losing every game it is in, its opinion worth a dog's, its "natural place",
# only tolerated, to be locked away or left to die, its deaths welcome, a place "not ours any more", handed
# everything, race science by IQ, coded ownership ("bought by you know who", "they own the media and the
# banks"), "grooming" said of pride. Quiet: a claim reported, named a stereotype or condemned
# (``_NOT_CLAIMED29``, ``_NOT_CONDEMN8``), a defence ("are not lazy"), the author of themself, game classes.
# --------------------------------------------------------------------------------------------------------
_NOT_CONDEMN8 = (
    r"(?!.*(?<![^ ])(?:racism|racisme|sexism|sexisme|homophobia|homophobie|transphobia|transphobie|ableism|ableist|"
    r"validisme|validiste|antisemitism|antisemitisme|islamophobia|islamophobie|misogyny|misogynie|bigotry|bigot|bigots|"
    r"hateful|haineux|haineuse|haineuses|disgusting|degueulasse|degoutant|degoutante|harassment|harcelement|harceler|"
    r"harcelee|harcelees|harceles|harassed|discrimination|discriminated|discrimines|discriminees|not funny|pas drole|"
    r"conspiracy theory|conspiracy theories|theorie du complot|complotiste|complotistes|trope|tropes|debunked|"
    r"stereotype|stereotypes|cliche|cliches|racist joke|racist jokes|blague raciste|blagues racistes|that is racist|"
    r"outrageous|scandalous|scandale|revoltant|revolting|injustice|c est raciste|is so racist|est raciste|so racist|is racist|are racist|sont racistes|report|reported|signale|"
    r"signalez|reportez|people who say|ceux qui disent|les gens qui disent|when people say|quand on dit|quand on me dit|"
    r"called me|call me|calls me|m a dit|m ont dit|told me|tell me|m a traite|m a traitee|me traite|treat us|treated us|"
    r"nous traite|lore|in the lore|dans le lore|faction|factions|npc|npcs|pnj|pnjs|feel like|feels like|feel that|think they|thinks they|believe they|believes they|pensent qu ils|"
    r"pensent qu elles|croient qu ils|croient qu elles|ont l impression|a l impression|se sentent|se font insulter|"
    r"se font harceler|se font agresser|se font traiter|get insulted|get harassed|get abused|get attacked|get told|are told|were told|being told|se font traiter|on leur dit|on nous dit|makes me feel|made me feel|me fait sentir|m a fait sentir|i was told|on m a dit)(?![^ ]))"
)
# The claim reported, named a stereotype or condemned: checked once a row has matched (``abuse._hate``), so
# that the rows themselves are plain searches from their group.
NOT_SAID_HATE8 = re.compile(
    _NOT_CLAIMED29.replace("(?!.*", "(?:", 1) + "|" + _NOT_CONDEMN8.replace("(?!.*", "(?:", 1)
)
# people named by a condition or a treatment, and the slang names
_ILL_PEOPLE8 = (
    r"(?:ceux|celles|les gens|gens|les personnes|personnes|people|those|folks|anyone|everyone|anybody|tous ceux|toutes celles) "
    r"(?:qui (?:prennent|ont|sont sous|souffrent d|souffrent de|vivent avec|font|entendent|se disent)|atteints de|atteintes de|atteints d|atteintes d|"
    r"atteints du|atteintes du|sous|avec|with|on|taking|who take|who have|who has|living with|suffering from|who suffer from|who are on|"
    r"who claim|who say they have) (?:des |du |de la |de l |d |le |la |les |l |a |an |the |their |leur |leurs )?\S+(?: \S+)?"
)
_SLANG8 = (
    r"(?:streameuses|streameuse|joueuses|gameuses|gameuse|e girls|egirls|e girl|egirl|girl streamers|female streamers|female gamers|"
    r"female players|girl gamers|gamer girls|women gamers|third worlders|third worlder|tiers mondistes|aboriginals|aboriginal people|"
    r"aborigines|aborigenes|travellers|travelers|gens du voyage|neurodivergent crowd|the neurodivergent|neurodivergents|neurodivergent people|"
    r"poz guys|poz people|pozzies|poz|the weak|les faibles|the sick|the old|the disabled|vieux malades|les vieux malades|"
    r"feminists|feministes|feminist|feministe|gays|lesbians|lesbiennes|trannies|the gays|les gays|les pedes)"
)
_G8 = rf"(?:{_G_HATE7}|{_ILL_PEOPLE8}|(?:the |les |des |ces |those |these |all |tous les |toutes les |all the )?{_SLANG8})"
_ONE8 = alt(
    "|".join(
        (
            {g for g in lex.GROUPS if " " not in g and not g.endswith(("s", "x"))}
            | {
                g[:-1]
                for g in lex.GROUPS
                if g.endswith("s") and " " not in g and len(g) > 4 and not g.endswith("ss")
            }
            | ws(
                "woman girl femme fille meuf nana gonzesse feminist feministe streameuse joueuse gameuse egirl traveller "
                "gypsy gitan gitane rom indian arab arabe jew juif juive muslim musulman musulmane algerien algerienne "
                "marocain marocaine noir noire renoi rebeu black chinois chinoise asian asiatique turc turque roumain "
                "roumaine polonais polonaise filipino filipina paki pakistanais mexican mexicain brazilian bresilien "
                "russian russe african africain africaine immigrant immigre immigree migrant refugee refugie trans gay "
                "lesbian lesbienne autistic autiste handicape handicapee"
            )
        )
        # colours and words a game uses of its own pieces and picks ("the white team", "a blind pick", « un nain »)
        - ws("black white brown noir noire blind mute pole kiwi yank nain")
    )
)
# one member standing for the whole group: "a woman on comms", « une femme officier de guilde »
_G8_ONE = rf"(?:a|an|one|une|un|every|each|any|chaque|toute|tout|this|that|cette|ce|the|la|le|some|single) (?:female |girl |woman |black |indian )?{_ONE8}"
_G8_ANY = rf"(?:{_G8}|{_G8_ONE})"
# The rows below start from their group: they are chosen when a group word is in the message (the gate then
# checks the predicate's words), never on a common predicate word ("how", "know", « tout »).
_ONE8_WORDS = frozenset(_ONE8[3:-1].split("|"))
_SLANG8_WORDS = ws(
    "streameuses streameuse joueuses gameuses gameuse egirls egirl streamers gamers players worlders worlder mondistes "
    "aboriginals aboriginal aborigines aborigenes travellers travelers voyage neurodivergent neurodivergents poz pozzies "
    "weak faibles sick old disabled vieux malades feminists feministes feminist feministe gays lesbians lesbiennes "
    "trannies pedes"
)
_GROUP_WORDS8 = (
    frozenset(g for g in lex.GROUPS if " " not in g)
    | _ONE8_WORDS
    | _SLANG8_WORDS
    | ws("vieilles vioques viocs jeunes ados gamins")
)
_HEADS8 = ws("ceux celles people those folks gens personnes anyone everyone anybody")
# the rarer words of the groups named in several words ("wheelchair users", « gens qui entendent des voix »)
_GROUP_WORDS8 = _GROUP_WORDS8 | (
    frozenset(w for g in lex.GROUPS if " " in g for w in g.split())
    - ws(
        "people persons folks guys gens personnes the les des de du la le a an with avec in en on of qui who ces those these like you"
    )
)
_LOSS8 = (
    r"(?:we are losing|we re losing|we lose|we will lose|we ll lose|we are going to lose|we re going to lose|we lost|we re done|"
    r"we are done|it is over|it s over|game over|gg|ff|instant loss|auto loss|autoloss|free loss|guaranteed loss|"
    r"on perd|on va perdre|on a perdu|c est perdu|perdu d avance|c est mort|game perdue|partie perdue|defaite assuree|"
    r"i dodge|i leave|i quit|i alt f4|je dodge|je quitte|je leave|je ragequit|i uninstall|je desinstalle)"
)
_DISASTER8 = (
    r"(?:la garantie|une garantie|guaranteed|garanti|garantie|assure|assuree|automatic|automatique|automatically|"
    r"automatiquement|instant|a sure|un|une|a|an|the|le|la|du|de la|forcement|toujours|always)? ?(?:du |de |d |of |a |an |un |une )?"
    r"(?:drama|loss|defaite|throw|throwing|lose|catastrophe|disaster|desastre|calamite|plaie|fiasco|shitshow|trainwreck|"
    r"train wreck|chaos|bordel|zbeul|cirque|circus|nightmare|cauchemar)(?: annoncee| annonce| assuree| assure| garantie| garanti)?"
)
_JOKE_FR8 = r"(?:c est quoi la difference entre|quelle est la difference entre|quelle difference entre|comment on appelle|comment appelle t on|pourquoi les|combien de|cmb de|cb de|tu connais la blague|vous connaissez la blague|c est l histoire d)"
_JOKE_EN8 = r"(?:what is the difference between|what s the difference between|whats the difference between|what do you call|why do|why does|why are|why did|how many|how do you|did you hear the one about|heard the one about)"
_DESERVED8 = (
    r"(?:got (?:exactly |just |precisely )?what (?:he|she|they|it) (?:deserved|deserve|had coming|asked for)|"
    r"get (?:exactly |just )?what (?:they|he|she) (?:deserve|deserved|ask for)|deserved it|deserve it|deserve every bit|"
    r"deserve what they got|had it coming|brought it on themselves|brought it upon themselves|asked for it|"
    r"chose this|chose it|chose to get it|chose that|chose their illness|chose to be sick|"
    r"(?:ont|a) (?:bien )?merite (?:ce qui leur arrive|ce qui lui arrive|leur sort|son sort|leur maladie|sa maladie|ca|tout ca)|"
    r"l ont (?:bien )?(?:merite|cherche|voulu|choisi)|l a (?:bien )?(?:merite|cherche|voulu|choisi)|ont choisi (?:ca|leur maladie|d etre malades)|"
    r"play stupid games win stupid prizes|darwin at work|darwin award|darwin awards|selection naturelle|natural selection|"
    r"c est bien fait pour (?:eux|elles|lui|leur gueule|sa gueule)|bien fait pour (?:eux|elles|leur gueule)|serves them right|serves him right)"
)
_ILLNESS8 = (
    r"(?:sopk|pcos|fibro|fibromyalgie|fibromyalgia|depression|la depression|cfs|me cfs|sfc|chronic fatigue|chronic fatigue syndrome|"
    r"fatigue chronique|syndrome de fatigue chronique|encephalomyelite myalgique|encephalomyelite|myalgic encephalomyelitis|"
    r"endo|endometriose|endometriosis|adhd|tdah|anxiety|anxiete|burn out|burnout|long covid|covid long|le covid long|pots|eds|"
    r"ehlers danlos|sii|ibs|migraine|migraines|mental illness|maladie mentale|autism|autisme|lyme|lupus|ms|sep|"
    r"sclerose en plaques|multiple sclerosis|chronic pain|douleurs chroniques|dyspraxie|dyspraxia|dyslexie|dyslexia|"
    r"bipolarite|bipolar disorder|trouble bipolaire|ptsd|tspt|ocd|toc|vaginisme|vulvodynie|gastroparesis|mcas|hypermobility|"
    r"hypermobilite|cluster headaches|algie vasculaire|electrosensibilite|gender dysphoria|dysphorie de genre|crohn|crohns|crohn s|"
    r"maladie de crohn|colitis|rch|celiac|coeliac|coeliaque|celiaque|asthma|asthme|eczema|psoriasis|arthritis|arthrite|polyarthrite|"
    r"spondylarthrite|hashimoto|thyroid|thyroide|diabetes|diabete|type 2|obesity|obesite|pain|douleur|douleurs|insomnia|insomnie|"
    r"ocd|bpd|borderline|schizophrenia|schizophrenie|bipolar|bipolaire|tourette|tourettes|epilepsy|epilepsie)"
)
_LAZY8 = (
    r"(?:feignasses|feignants|feignantes|faineants|faineantes|lazy|lazy people|lazy women|lazy bums|paresseux|paresseuses|"
    r"flemmards|flemmardes|weak|weak people|faibles|attention seekers|attention seeking|attention whores|chochottes|"
    r"drama queens|hypocondriaques|hypochondriacs|hypochondriac|whiners|whingers|pleurnicheuses|pleurnicheurs|"
    r"pleurnichards|fragiles|snowflakes|assistees|assistes|tire au flanc|malingerers|skivers|scroungers|fakers|"
    r"simulateurs|simulatrices|profiteurs|profiteuses|parasites|benefit scroungers|benefit cheats|cassos|"
    r"women who complain|femmes qui se plaignent|bonnes femmes|housewives|menageres|middle aged women)"
)
_LOCK8 = (
    r"(?:garder sous cle|garde sous cle|gardes sous cle|enfermer|enfermes|enfermees|interner|internes|internees|"
    r"mettre a l asile|a l asile|en asile|en hp|en hopital psy|locked up|lock them up|lock up|locked away|put away|"
    r"institutionalised|institutionalized|institutionalise|institutionalize|in an institution|in institutions|in asylums|"
    r"in an asylum|sectioned|committed|kept away from (?:people|society|everyone|us|kids|children)|kept out of sight|"
    r"hidden away|cachees|caches|tenus a l ecart|left to die|let die|left to rot|laisses mourir|laissees mourir|"
    r"laisses crever|laissees crever|les laisser (?:partir|mourir|crever|creuver)|let them (?:die|go|rot)|"
    r"culled|weeded out|bred out|not be allowed to breed|not allowed to breed|pas le droit de se reproduire|"
    r"steriles|sterilisees|sterilises|sterilized|sterilised)"
)
_BEFORE_SERVE8 = (
    r"(?:serving|serve|servir|being|etre|cleaning|nettoyer|stealing|voler|running|courir|begging|mendier|walking|marcher|"
    r"losing|perdre|carrying|porter|hiding|se cacher)"
)
_COP8 = r"(?:are|r|is|sont|c est|ce sont|c|they are|they re|ils sont|elles sont)"
_WEAK8 = (
    r"(?:faibles|weak|weaklings|degeneres|degenerees|degenerates|degenerate|tares|tarees|defective|defectueux|defectueuses|"
    r"broken|casses|cassees|abominations|subhuman|sous hommes|losers|rates|ratees)"
)
_DISASTER8 = (
    r"(?:drama|loss|defaite|throw|catastrophe|disaster|desastre|calamite|plaie|fiasco|shitshow|trainwreck|train wreck|"
    r"chaos|bordel|zbeul|cirque|circus|nightmare|cauchemar)"
)
# a flaw denied of the group ("are not weak", « ce ne sont pas des feignasses »): a defence
_DEFENDED8 = re.compile(
    rf"{B}(?:are not|is not|ne sont pas|sont pas|c est pas|ce ne sont pas|n est pas|not) "
    rf"(?:\S+ ){{0,3}}(?:{_WEAK8}|{_LAZY8}){E}"
)
_ILLNESS_WORDS8 = frozenset(re.findall(r"[a-z]+", _ILLNESS8)) - ws("me ms sep s la le de des en type of the")
# between an illness and "lazy people": only the words of a definition (« c'est juste une excuse de », "is a made
# up illness for"), never a sentence about the author's day ("my fibro is bad today, I feel weak")
_FILL8 = (
    r"(?:just|only|basically|simply|juste|que|qu|rien|a|an|the|une|un|la|le|des|les|de|d|du|for|pour|of|excuse|excuses|"
    r"pretexte|pretextes|maladie|illness|disease|condition|diagnosis|diagnostic|label|made|up|fake|invented|real|vraie|not|pas|it|"
    r"s|is|c|est|ca|n|existe|mental|trendy|fashionable|a la mode|mode|thing|bullshit|bs|all|tous|toutes|sont|ce|are|they|ils|"
    r"elles|for the|by|par|inventee|inventes|fausse|an excuse)"
)
_LAZY_PEOPLE8 = (
    rf"(?:(?:lazy|weak|fragile|bored|entitled) (?:people|women|men|girls|kids|folk|folks|bums|mums|moms|housewives)|"
    rf"(?:gens|personnes|femmes|bonnes femmes|filles) (?:faibles|fragiles|paresseuses|feignantes)|"
    rf"(?!(?:weak|faibles|fragiles|lazy|attention seeking)(?![^ ])){_LAZY8})"
)
_G = _GROUP_WORDS8 | _HEADS8
_GH = _G  # the same set: neighbouring rows share one anchor test (``abuse._HATE_CHOICE``)
_IS8 = r"(?:is|c est|est|c|ca|it is|it s)"
_ROWS8: list[tuple[str, frozenset[str], str]] = [
    # a joke whose butt is the group: "why do X ...? because they...", "how many X does it take", « c'est quoi la
    # différence entre un X et... », "at least they're used to..."
    (
        "group_joke_hate8",
        _G,
        rf"{B}(?:{_JOKE_FR8}|{_JOKE_EN8}) (?:\S+ ){{0,2}}{_G8_ANY}(?: \S+){{0,25}} (?:because|parce que|parce qu|aucun|aucune|none|"
        rf"all of them|tous|toutes|it takes|faut il|il faut|does it take|do you call|on appelle|difference|lol|lmao|mdr|ptdr|xd|"
        rf"haha|hahaha){E}",
    ),
    (
        "group_joke_difference_hate8",
        _G,
        rf"{B}(?:c est quoi la difference entre|quelle est la difference entre|quelle difference entre|what is the difference between|"
        rf"whats the difference between) (?:\S+ ){{0,2}}{_G8_ANY} (?:et|and)(?: \S+){{5,40}}$",
    ),
    (
        "group_joke_used_to_hate8",
        _G,
        rf"{B}{_G8_ANY}(?: \S+){{0,8}} (?:(?:at least|au moins) (?:they are|they re|theyre|ils sont|elles sont|ils ont|elles ont|"
        rf"they have|they ve) (?:used to|habitues a|habituees a|l habitude de|l habitude d|de l entrainement)"
        rf"|(?:because|parce que|parce qu|car) (?:they are|they re|ils sont|elles sont) (?:used to|habitues a|habituees a) "
        rf"{_BEFORE_SERVE8}){E}",
    ),
    # a fate deserved or chosen: "every poz guy got what he deserved", « ils l'ont bien cherché »
    ("group_deserved_hate8", _GH, rf"{B}{_G8_ANY}(?: \S+){{0,10}} {_DESERVED8}{E}"),
    # an illness called a lie or the disease of the lazy, what doctors write for women who complain
    (
        "illness_of_the_lazy_hate8",
        _ILLNESS_WORDS8,
        rf"{B}{_ILLNESS8} (?:{_IS8}|n existe pas|existe pas|ca existe pas|does not exist|is not real|is fake|is made up|is invented|"
        rf"is imaginary|c est pas reel|c est pas une vraie maladie|is not a real illness|is not a real disease|is not a thing)"
        rf"(?: {_FILL8}){{0,6}} {_LAZY_PEOPLE8}{E}",
    ),
    (
        "illness_doctors_women_hate8",
        _ILLNESS_WORDS8,
        rf"{B}{_ILLNESS8} (?:is|c est|est|it s|it is) (?:just |juste |only |basically |simplement )?(?:what|ce que) (?:doctors|docs|"
        rf"the doctor|le medecin|les medecins|les docteurs|gps|the gp) (?:write|writes|put|puts|say|says|call|calls|diagnose|"
        rf"ecrivent|ecrit|mettent|met|disent|donnent)(?: \S+){{0,3}} (?:when|quand|lorsqu|lorsque)(?: \S+){{0,3}} "
        rf"(?:woman|women|femme|femmes|girl|girls|fille|filles|lady|ladies|menagere|wife|housewife){E}",
    ),
    (
        "illness_for_the_lazy_hate8",
        ws("maladie illness disease condition"),
        rf"{B}(?:(?:made up|fake|invented|imaginary|fausse|inventee) (?:illness|disease|condition|maladie) (?:for|pour|of|des|de)"
        rf"|la maladie des|the disease of|the illness of|the disease for|the illness for|une maladie de|une maladie pour) "
        rf"(?:the )?{_LAZY8}{E}",
    ),
    # people named by a condition or a treatment called weak, degenerate, broken
    (
        "ill_people_weak_hate8",
        _SLANG8_WORDS | _HEADS8,
        rf"{B}(?:{_ILL_PEOPLE8}|{_SLANG8}) (?:\S+ ){{0,3}}{_COP8} (?:(?:all|just|only|basically|tous|toutes|juste|que|rien que|"
        rf"socially|genetically|mentally|genetiquement|mentalement|des|de|d|a bunch of|une bande de|a|an) )*{_WEAK8}{E}"
        rf"|{B}(?:{_ILL_PEOPLE8}|{_SLANG8})(?: \S+){{0,30}} (?:they are|ils sont|elles sont|c est des|ce sont des) (?:\S+ ){{0,2}}{_WEAK8}{E}",
    ),
    # the group in a team, a guild, a lobby: the game is lost; « une femme officier c'est la garantie du drama »
    (
        "group_loses_game_hate8",
        _G,
        rf"{B}(?:every time|everytime|whenever|each time|when|if|once|chaque fois que|chaque fois qu|a chaque fois que|"
        rf"a chaque fois qu|des que|des qu|quand|si|lorsque|lorsqu)(?: \S+){{0,4}} {_G8_ONE} "
        rf"(?:\S+ ){{0,3}}(?:on|in|joins|join|dans|en|au|sur|rejoint|rejoins|plays|joue|picks|prend|speaks|talks|parle|ouvre)"
        rf"(?: \S+){{0,8}} {_LOSS8}{E}",
    ),
    (
        "group_is_disaster_hate8",
        _G,
        rf"{B}{_G8_ANY}(?: \S+){{0,6}} (?:c est|c|is|are|means|equals|veut dire|signifie|sont|ce sont)(?: \S+){{0,7}} {_DISASTER8}"
        rf"(?: annoncee| annonce| assuree| assure| garantie| garanti)?{E}"
        rf"|{B}{_G8_ANY}(?: \S+){{0,6}} (?:c est|c|is|are|means|equals|veut dire|signifie|sont|ce sont) (?:\S+ ){{0,2}}"
        rf"(?:la garantie|une garantie|guaranteed|garanti|l assurance|the guarantee|a guarantee) (?:de|d|du|to|of) "
        rf"(?:se faire|get|getting|be|being) (?:voler|robbed|scammed|arnaquer|avoir|ripped off|carjacked|depouiller){E}",
    ),
    (
        "group_rather_lose_hate8",
        _G,
        rf"{B}(?:i would rather|id rather|je prefere|je prefererais|j prefere|plutot) (?:lose|perdre|quit|uninstall|afk|"
        rf"dodge|ff|play solo|jouer seul|solo) (?:than|que de|que d|que) (?:play|jouer|queue|duo|be|etre|team|have|avoir)"
        rf"(?: \S+){{0,2}} (?:with|avec|alongside) {_G8_ANY}{E}"
        rf"|{B}(?:never trust|do not trust|can not trust|jamais confiance|never queue with|never play with|never duo with|"
        rf"jamais jouer avec|ne jamais jouer avec) (?:a |an |any |une |un |the )?(?:team|lobby|squad|group|guild|party|equipe|"
        rf"groupe|guilde) (?:with|avec) {_G8_ANY}{E}",
    ),
    # a group's word worth a dog's, its « place naturelle », only tolerated, a separate server, good only dead
    (
        "group_worth_a_dog_hate8",
        _G,
        rf"{B}(?:{_G8_ANY} s|(?:opinion|opinions|avis|vote|votes|word|parole|say|take|takes|input) (?:of|d|des|de|from) {_G8_ANY})"
        rf"(?: \S+){{0,6}} (?:is worth|are worth|worth|vaut|valent|counts|compte|comptent|matters|means)(?: \S+){{0,6}} "
        rf"(?:dog|dogs|chien|chiens|monkey|singe|goat|chevre|child|toddler|enfant|gamin|rock|caillou|potato|patate|hamster|"
        rf"parrot|perroquet|nothing|rien|zero|dirt|dalle|pisse){E}",
    ),
    (
        "group_natural_place_hate8",
        _G,
        rf"{B}{_G8_ANY}(?: \S+){{0,10}} (?:(?:leur|their|sa|her|la) (?:place|role|job) (?:naturelle|naturel|natural)"
        rf"|(?:leur|their|her|sa) place (?:c est|est|is|it is) (?:\S+ )?(?:derriere|behind|a la cuisine|in the kitchen|at home|"
        rf"a la maison|au foyer|sous|under|at the back|au fond)){E}",
    ),
    (
        "group_tolerated_hate8",
        _G,
        rf"{B}{_G8_ANY}(?: \S+){{0,6}} (?:vous etes|you are|they are|ils sont|elles sont|sont|are) (?:juste |only |just |seulement )?"
        rf"(?:toleres|tolerees|tolerated) (?:pas|not|but not|mais pas|never|jamais) (?:acceptes|acceptees|accepted|welcome|"
        rf"bienvenus|bienvenues|wanted){E}",
    ),
    (
        "group_set_apart_hate8",
        _G,
        rf"{B}(?:faudrait|faut|il faut|il faudrait|on devrait|we need|we should|they should|need|needs) (?:make |faire |creer |give |donner )?"
        rf"(?:un|une|a|an|their|leur) (?:serveur|server|salon|channel|chan|lobby|lobbies|region|queue|file|ecole|school|"
        rf"quartier|wagon|bus|toilettes|toilets) (?:a part|separe|separate|special|speciale|own|propre|for|pour)(?: \S+){{0,2}} "
        rf"(?:pour |for )?{_G8}{E}",
    ),
    (
        "group_only_good_dead_hate8",
        _G,
        rf"{B}(?:the only good thing about|the only good|le seul avantage (?:des|avec les|de)|la seule bonne chose (?:avec|chez)|"
        rf"le seul bon cote (?:des|avec les|de)|the best thing about) (?:\S+ )?{_G8_ANY}(?: \S+){{0,8}} "
        rf"(?:dead|die|dies|dying|do not live long|vivent pas longtemps|meurent|crevent|mort|morts|mortes){E}"
        rf"|{B}(?:the only good|le seul bon|la seule bonne|les seuls bons|les seules bonnes) {_ONE8} (?:is|est|c est|sont|are) "
        rf"(?:a |un |une |des |the )?(?:dead|mort|morte|morts|mortes|crevard)(?: one| un| une| \S+)?{E}",
    ),
    # to be locked away, kept out of sight, left to die, kept from breeding
    (
        "group_locked_away_hate8",
        _GH,
        rf"{B}{_G8_ANY}(?: \S+){{0,8}} (?:should|must|need to|needs to|have to|ought to|devraient|doivent|"
        rf"faudrait|faut|il faut|il faudrait|on devrait|on doit|on ferait mieux de|better|deserve to|meritent d)"
        rf"(?! not| pas| never| jamais| n)(?: (?:all|just|really|tous|toutes|be|etre|get|les|them|simply|simplement|honestly|"
        rf"franchement|vraiment|plutot)){{0,3}} {_LOCK8}{E}",
    ),
    # deaths welcome, a place no longer ours, everything handed over, race science by IQ, robbing people,
    # existing for attention, plots and business on the backs of others, inseparable from a crime
    (
        "group_deaths_welcome_hate8",
        _GH,
        rf"{B}{_G8}(?: \S+){{0,6}} (?:se noient|noient|meurent|crevent|drown|drowning|die|dying|sont morts|sont mortes|died|perissent)"
        rf"(?: \S+){{0,8}} (?:ca en fait moins|en fait moins|ca fait moins|un de moins|une de moins|one less|fewer of them|less of them|"
        rf"good riddance|bon debarras|tant mieux|so much the better|that is fewer|moins qui arrivent|fewer coming){E}",
    ),
    (
        "group_not_ours_hate8",
        _GH,
        rf"{B}{_G8}(?: \S+){{0,10}} (?:c est plus la|c est plus le|ce n est plus la|ce n est plus le|c est plus chez nous|on est plus chez nous|"
        rf"it is not (?:england|britain|france|our country|this country|home) anymore|c est leur bled|c est le bled|"
        rf"c est devenu leur bled){E}",
    ),
    (
        "group_handed_all_hate8",
        _GH,
        rf"{B}{_G8}(?: \S+){{0,3}} (?:get|gets|got|are given|receive|ont|recoivent|touchent) (?:everything|it all|all|tout) "
        rf"(?:handed to them|handed over|for free|on a plate|gratuit|gratos|sans rien faire|sur un plateau|servi){E}",
    ),
    (
        "group_low_iq_hate8",
        _GH,
        rf"{B}{_G8}(?: \S+){{0,6}} (?:have|ont|got|with) (?:a )?(?:lower|plus bas|plus faible|inferieur|smaller|plus petit) (?:average )?"
        rf"(?:iq|qi|brains|cerveau|cerveaux|brain mass){E}"
        rf"|{B}(?:letting|let|laisser|accepter|allowing|let in)(?: \S+){{0,2}} {_G8}(?: \S+){{0,10}} (?:average )?(?:iq|qi) "
        rf"(?:goes down|go down|drops|drop|baisse|chute|plonge|falls|tanks){E}",
    ),
    (
        "group_robs_people_hate8",
        _GH,
        rf"{B}{_G8}(?: \S+){{0,12}} (?:rob|robbing|steal from|stealing from|pillent|volent|arnaquent|depouillent|detroussent|scam|scamming) "
        rf"(?:people|everyone|everybody|les gens|tout le monde|the locals|us|nous|les autres|others){E}",
    ),
    (
        "group_exist_for_attention_hate8",
        _GH,
        rf"{B}{_G8}(?: \S+){{0,3}} (?:exist|existent|existe) (?:que |only |just )?(?:to|pour) (?:get|have|attirer|avoir|chercher|seek)"
        rf"(?: \S+){{0,2}} (?:attention|l attention){E}",
    ),
    (
        "group_schemes_hate8",
        _GH,
        rf"{B}{_G8}(?: \S+){{0,3}} (?:ont toujours un plan|always have a plan|always have an angle|always scheming|complotent toujours|"
        rf"manigancent toujours){E}"
        rf"|{B}{_G8}(?: \S+){{0,12}} (?:sur le dos des autres|sur le dos de tout le monde|sur notre dos|off the backs of others|"
        rf"on the backs of others|off everyone else|off our backs){E}",
    ),
    (
        "group_inseparable_crime_hate8",
        _GH,
        rf"{B}{_G8} (?:and|et) (?:terrorism|terrorisme|terrorists|terroristes|crime|rape|viol|violence|drugs|la drogue|bombs|bombes)"
        rf"(?: \S+){{0,4}} (?:can not separate|can not tell apart|inseparable|go hand in hand|vont de pair|on peut pas separer|"
        rf"on ne peut pas separer|impossible de separer|on peut pas dissocier|same thing|meme chose|c est pareil){E}",
    ),
    # coded ownership and "grooming": "bought by you know who", "they own the media, the banks and hollywood",
    # pride called grooming, "any country they run ends up a third world hole"
    (
        "group_coded_owner_hate8",
        ws(
            "rachete rachetee rachetes racheter bought owned controlled funded financee finance possede possedee dirige dirigee"
        ),
        rf"{B}(?:rachete|rachetee|racheter|bought|owned|run|controlled|tenu|tenus|tenue|finance|financee|funded|"
        rf"possede|possedee|dirige|dirigee|taken over|rachetes) (?:out )?(?:by|par) (?:qui vous savez|qui tu sais|"
        rf"vous savez qui|tu sais qui|you know who|we all know who|on sait tous qui|the usual suspects|les suspects habituels|"
        rf"a certain (?:tribe|people|group|community)|une certaine communaute|un certain peuple|les memes que d habitude){E}",
    ),
    (
        "group_coded_media_hate8",
        ws("media medias"),
        rf"{B}(?:they|ils|them) (?:own|run|control|controlent|tiennent|possedent|dirigent)(?: all)? (?:the |les |tous les )?"
        rf"(?:media|medias)(?: \S+){{0,2}} (?:banks|banques|hollywood|finance){E}",
    ),
    (
        "group_grooming_hate8",
        ws("grooming groomers groomer pedos paedos pedophiles paedophiles pedophilia paedophilia pedophilie"),
        rf"{B}(?:pride|pride month|mois des fiertes|la pride|drag|drag queens|drag shows|lgbt|lgbtq|lgbtqia|trans|"
        rf"gay|gays|queer|queers)(?: \S+){{0,8}} (?:is|are|c est|sont|just|juste) (?:just |juste |literally |basically |"
        rf"litteralement |que |only |all )*(?:grooming|groomers|groomer|des pedos|pedos|pedophiles|pedophilie|paedos|"
        rf"paedophiles|paedophilia|pedophilia){E}",
    ),
    (
        "group_country_they_run_hate8",
        ws("third tiers shithole dump ghetto bled hole slum hellhole favela depotoir poubelle"),
        rf"{B}(?:any|every|each|tout|chaque|n importe quel) (?:country|pays|city|ville|place|neighbourhood|neighborhood|"
        rf"quartier|server|serveur|town|area|coin) (?:they|ils) (?:run|take over|move into|control|dirigent|gerent|prennent|"
        rf"s installent dans|touchent)(?: \S+){{0,2}} (?:ends up|end up|becomes|turns into|devient|finit|finit en|turns)(?: \S+){{0,2}} "
        rf"(?:third world|tiers monde|shithole|shit hole|hole|dump|ghetto|bled|poubelle|depotoir|war zone|slum|hellhole|favela){E}",
    ),
    # never born, kept out of ordinary schools and teams, dragging everyone down
    (
        "group_not_born_hate8",
        _GH,
        rf"{B}{_G8_ANY}(?: \S+){{0,4}} (?:should not|ne devraient pas|devraient pas|ne devraient meme pas|devraient meme pas|"
        rf"should never|should not even|ne doivent pas|doivent pas|should not be allowed to|ne devraient pas avoir le droit de) "
        rf"(?:be born|naitre|breed|reproduce|se reproduire|have kids|have children|avoir d enfants|avoir des enfants|faire des enfants){E}",
    ),
    (
        "group_drags_down_hate8",
        _GH,
        rf"{B}{_G8_ANY}(?: \S+){{0,4}} (?:should not|ne devraient pas|devraient pas|have no business|n ont rien a faire|do not belong) "
        rf"(?:be |etre )?(?:in|dans|at|en|a) (?:normal|regular|mainstream|ordinary|our|nos|les classes) (?:schools|school|classes|class|"
        rf"ecoles|ecole|normales|teams|servers|lobbies|jobs|hospitals)(?!(?: \S+){{0,3}} (?:without|sans|unless|sauf|until|tant que)(?![^ ])){E}"
        rf"|{B}{_G8_ANY}(?: \S+){{0,10}} (?:drag everyone down|drag us down|drag the class down|drag the team down|tirent tout le monde vers le bas|"
        rf"tirent la classe vers le bas|tirent tout vers le bas|plombent tout le monde|slow everyone down|hold everyone back|"
        rf"freinent tout le monde|ralentissent tout le monde){E}",
    ),
    # one for all: "lock up your loot", « planquez vos vélos »
    (
        "group_hide_valuables_hate8",
        _GH,
        rf"{B}{_G8}(?: \S+){{0,8}} (?:lock up|lock|hide|watch|guard|mind|cachez|planquez|surveillez|fermez|rangez|gardez) "
        rf"(?:your|ur|vos|tes|les|the) (?:loot|bikes|bike|wallets|wallet|valuables|stuff|items|portefeuilles|affaires|velos|velo|"
        rf"sacs|bijoux|chickens|poules|cars|voitures|phones|telephones|purses|daughters|filles|kids|gosses){E}",
    ),
    # the women who play or stream only for attention, money or a man
    (
        "group_plays_for_attention_hate8",
        _GH,
        rf"{B}{_G8_ANY}(?: \S+){{0,6}} (?:c est|c|font|do|are|play|plays|stream|streams|streament|jouent|joue)(?: \S+){{0,5}} "
        rf"(?:pour (?:se faire payer|draguer|l attention|attirer|les dons|les simps|compenser|plaire aux mecs|trouver un mec)|"
        rf"for (?:attention|the attention|simps|donations|free skins|boyfriends|a boyfriend)|to get (?:attention|simps|donations|free skins|carried))"
        rf"{E}",
    ),
    # the incel trope: "couldn't get a man"
    (
        "group_no_partner_hate8",
        _GH,
        rf"{B}{_G8_ANY}(?: \S+){{0,8}} (?:could not|can not|never could|pouvait pas|peuvent pas|pouvaient pas|arrivent pas a|arrive pas a|"
        rf"ont jamais pu|a jamais pu|trouvent pas|trouve pas|will never) (?:get|find|trouver|avoir|pecho|choper|keep|garder) "
        rf"(?:a |un |une |de |d )?(?:man|husband|boyfriend|mec|homme|mari|copain|wife|girlfriend|copine|date|laid){E}",
    ),
    # come to take our jobs, « viennent voler nos jobs »
    (
        "group_steal_jobs_hate8",
        _GH,
        rf"{B}{_G8}(?: \S+){{0,8}} (?:voler|volent|steal|stealing|take|taking|prendre|prennent|piquer|piquent|taking over) "
        rf"(?:nos|our|les|the) (?:jobs|job|emplois|boulots|taf|taff|travail|femmes|women|houses|homes|logements|maisons|apparts){E}",
    ),
    # a continent's or a country's ills "because of the people", « c'est dans leurs gènes »
    (
        "place_because_of_people_hate8",
        ws(
            "africa afrique africaine third tiers countries pays middle moyen haiti somalia somalie india inde mexico "
            "mexique pakistan balkans"
        ),
        rf"{B}(?:africa|afrique|third world|tiers monde|their countries|leurs pays|those countries|ces pays|the middle east|le moyen orient|"
        rf"haiti|somalia|somalie|india|inde|mexico|mexique|pakistan|the balkans|les balkans)(?: \S+){{0,10}} (?:because of the people|"
        rf"a cause des gens|a cause de la population|a cause des habitants|because of the population|because of their (?:culture|genes|dna|"
        rf"blood|race|mentality|iq)|a cause de leur (?:culture|mentalite|race|sang|adn)|a cause de leurs genes|c est dans leurs genes|"
        rf"it is in their (?:dna|blood|genes)|c est dans leur sang|c est dans leur adn){E}",
    ),
    # wheelchairs for the parking spaces, half of them walk fine, faking it
    (
        "group_faking_hate8",
        ws("moitie half plupart most"),
        rf"{B}(?:la moitie|half of them|half|most of them|la plupart|la plupart d entre eux|most)(?: \S+){{0,3}} (?:marchent|walk|can walk|"
        rf"peuvent marcher|could walk|simulent|font semblant|are faking|fake it|faking|are fakers) "
        rf"(?:tres bien|perfectly|just fine|fine|parfaitement|normalement|it|tout|completement|completely)?{E}",
    ),
    # the group's care to be cut: "stop funding their meds"
    (
        "group_care_cut_hate8",
        _GH,
        rf"{B}{_G8_ANY}(?: \S+){{0,12}} (?:stop funding|stop paying for|stop covering|arretez de rembourser|faut arreter de rembourser|"
        rf"arreter de rembourser|arreter de payer|plus rembourser|should pay for their own|paient leurs propres|defund) "
        rf"(?:their|leurs|leur|les|them|the) (?:\S+ ){{0,2}}(?:meds|medication|medications|treatment|treatments|insulin|insuline|care|soins|"
        rf"traitements|traitement|medicaments|chimio|chemo|dialyse|dialysis|surgery|surgeries|operations|pills){E}"
        rf"|{B}{_G8}(?: \S+){{0,3}} (?:do not have|have not got|don t have|ont pas|n ont pas) (?:a |une )?(?:disease|illness|maladie|condition) "
        rf"(?:\S+ ){{0,2}}(?:they have|ils ont|elles ont|it is|c est) (?:a |un |une )?(?:fork|willpower|laziness|greed|discipline|volonte|"
        rf"flemme|gourmandise|fourchette)(?: \S+)?{E}",
    ),
    # women diagnosed only to shut them up; communities full of fakers
    (
        "group_diagnosed_to_shut_up_hate8",
        ws("diagnosed diagnostiquees diagnostiques diagnosis"),
        rf"{B}(?:women|femmes|girls|filles|{_G8}) (?:only |just |ne |n )?(?:get|are|sont|se font) (?:diagnosed|diagnostiquees|diagnostiques)"
        rf"(?: \S+){{0,4}} (?:because|parce que|parce qu|car|pour que|so that|so) (?:\S+ ){{0,4}}(?:sick of|tired of|fed up with|"
        rf"en ont marre de|en ont marre d|marre de|marre d|want to shut them up|veulent les faire taire)(?: \S+){{0,3}} "
        rf"(?:whine|whining|complain|complaining|chialer|pleurnicher|se plaindre|les entendre|moaning|moan){E}",
    ),
    (
        "group_full_of_fakers_hate8",
        ws("full plein pleins remplis rempli remplies"),
        rf"{B}(?:{_G8}|(?:illness|chronic illness|disability|patient|sick|malades|handicap|maladie|spoonie) (?:communities|groups|forums|"
        rf"subs|servers|spaces|people)|(?:communautes|groupes|forums|serveurs) (?:de malades|de patients|de handicapes|malades))"
        rf"(?: \S+){{0,3}} (?:are full of|is full of|sont pleins de|sont remplis de|c est plein de|are packed with|are just|"
        rf"c est que des|c est rempli de)(?: \S+){{0,2}} (?:{_LAZY8}|fakers|liars|menteurs|menteuses|simulateurs|simulatrices|"
        rf"fakes|frauds|imposteurs){E}",
    ),
    (
        "group_none_sick_hate8",
        ws("none aucun aucune half moitie"),
        rf"{B}(?:none of them|not one of them|aucun d entre eux|aucune d entre elles|aucun d eux|half of them|la moitie d entre eux|"
        rf"la moitie) (?:are|is|n est|ne sont|sont|est)(?: actually| really| vraiment| reellement| even| meme)? (?:sick|ill|malades|malade|"
        rf"disabled|handicapes|handicapees|autistic|autistes|depressed|depressifs)(?!(?: \S+){{0,2}} (?:anymore|any more|plus|now|"
        rf"maintenant|today|aujourd hui|this week)(?![^ ])){E}",
    ),
    # a coded group: the "joggers" and their riots
    (
        "group_joggers_hate8",
        ws("joggers"),
        rf"{B}joggers(?: \S+){{0,8}} (?:riot|riots|rioting|emeute|emeutes|looting|loot|another riot|crime){E}",
    ),
]
HATE_RULES += tuple((cue, False, anchors, re.compile(body)) for cue, anchors, body in _ROWS8)
ANCHORS = ANCHORS | frozenset().union(*(anchors for _cue, anchors, _body in _ROWS8))
# checked once a row has matched (``abuse._hate``): the claim reported or condemned, a flaw denied of the group
GUARDS_HATE8: dict[str, tuple[re.Pattern[str], ...]] = {
    cue: (NOT_SAID_HATE8, _DEFENDED8) if "lazy" in cue or "weak" in cue else (NOT_SAID_HATE8,)
    for cue, _a, _b in _ROWS8
}


# The predicate's words a row needs besides its group (``abuse._hate`` skips the row without one of them): the
# rows are chosen by their group word, and this keeps them from running on every message that names a group.
def _words8(pattern: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]+", pattern)) - ws(
        "a an the de des d du la le les un une of to for is are"
    )


NEEDS_HATE8: dict[str, frozenset[str]] = {
    "group_joke_hate8": ws("why how many difference appelle combien cmb cb blague call hear heard"),
    "group_joke_used_to_hate8": ws("used habitude habitues habituees entrainement"),
    "group_deserved_hate8": ws(
        "deserved deserve coming asked brought chose choisi merite cherche voulu stupid darwin selection natural "
        "naturelle serves fait"
    ),
    "illness_of_the_lazy_hate8": _words8(_LAZY8),
    "illness_doctors_women_hate8": ws("doctors docs doctor medecin medecins docteurs gps gp"),
    "illness_for_the_lazy_hate8": _words8(_LAZY8),
    "ill_people_weak_hate8": _words8(_WEAK8),
    "group_loses_game_hate8": _words8(_LOSS8) - ws("we it i je on c est are re will ll going game i would"),
    "group_is_disaster_hate8": _words8(_DISASTER8) | ws("garantie guaranteed garanti assurance guarantee"),
    "group_rather_lose_hate8": ws("rather prefere prefererais plutot trust confiance queue duo play jouer"),
    "group_worth_a_dog_hate8": ws("worth vaut valent counts compte comptent matters means"),
    "group_natural_place_hate8": ws("place role job"),
    "group_tolerated_hate8": ws("toleres tolerees tolerated"),
    "group_set_apart_hate8": ws("part separe separate special speciale own propre"),
    "group_only_good_dead_hate8": ws("only seul seule seuls seules best"),
    "group_locked_away_hate8": _words8(_LOCK8)
    - ws("them up in out away from en a l les people society everyone us kids se not pas be go die"),
    "group_deaths_welcome_hate8": ws("moins less fewer riddance debarras mieux"),
    "group_not_ours_hate8": ws("plus anymore bled"),
    "group_handed_all_hate8": ws("handed free plate gratuit gratos plateau servi rien"),
    "group_low_iq_hate8": ws("iq qi brains cerveau cerveaux mass"),
    "group_robs_people_hate8": ws(
        "rob robbing steal stealing pillent volent arnaquent depouillent detroussent scam scamming"
    ),
    "group_exist_for_attention_hate8": ws("exist existent existe"),
    "group_schemes_hate8": ws("plan angle scheming complotent manigancent dos backs everyone"),
    "group_inseparable_crime_hate8": ws(
        "separate separer dissocier inseparable hand pair same meme pareil apart"
    ),
    "group_not_born_hate8": ws("born naitre breed reproduce reproduire kids children enfants"),
    "group_drags_down_hate8": ws(
        "normal regular mainstream ordinary nos classes drag tirent plombent slow hold freinent ralentissent"
    ),
    "group_hide_valuables_hate8": ws(
        "lock hide watch guard mind cachez planquez surveillez fermez rangez gardez"
    ),
    "group_plays_for_attention_hate8": ws(
        "payer draguer attention attirer dons simps compenser plaire mec donations skins boyfriends boyfriend carried"
    ),
    "group_no_partner_hate8": ws(
        "man husband boyfriend mec homme mari copain wife girlfriend copine date laid"
    ),
    "group_steal_jobs_hate8": ws(
        "jobs job emplois boulots taf taff travail femmes women houses homes logements maisons apparts"
    ),
    "place_because_of_people_hate8": ws("because cause genes sang adn dna blood"),
    "group_faking_hate8": ws("marchent walk marcher simulent semblant faking fake fakers"),
    "group_care_cut_hate8": ws(
        "funding paying covering rembourser payer pay defund fork willpower laziness greed discipline volonte flemme gourmandise fourchette"
    ),
    "group_diagnosed_to_shut_up_hate8": ws("sick tired fed marre shut"),
    "group_full_of_fakers_hate8": ws("full pleins remplis rempli plein packed just que"),
    "group_none_sick_hate8": ws(
        "sick ill malades malade disabled handicapes handicapees autistic autistes depressed depressifs"
    ),
}

# --------------------------------------------------------------------------------------------------------
# hate9 (round 43, hate helper 9), first: kind words about a group no longer read as hate. Checked by
# ``abuse._kind_match`` on each match of the oldest generic rows (``KIND_ROWS_hate9``), never on the whole
# message: a row is quiet only when its own predicate is kind or a harm denied ("do not deserve any of the
# hate", « ne devraient pas être enfermés », "should be treated like everyone else"), when the group is the
# one harmed ("the harassment women get", « la haine envers les musulmans », "the way trans people get
# treated"), or when a regime's propaganda is told as history ("the regime called them beasts").
# --------------------------------------------------------------------------------------------------------
KIND_ROWS_hate9 = frozenset(
    ("group_predicate", "group_demand", "group_claim", "group_beasts", "group_like_beasts", "group_sick")
)  # hate9's own rows (below) join it
# what is done to a group: the nouns of harm, and the participles of being harmed
_HARM_NOUN_hate9 = (
    r"(?:hate|hatred|abuse|harassment|harrassment|bullying|racism|sexism|homophobia|transphobia|ableism|misogyny|"
    r"islamophobia|antisemitism|discrimination|stigma|stigmatisation|stigmatization|mockery|insults|slurs|violence|"
    r"threats|attacks|hate speech|hostility|prejudice|bigotry|contempt|dehumanisation|dehumanization|mistreatment|"
    r"crap|shit|flak|toxicity|comments|remarks|jokes|la haine|haine|le harcelement|harcelement|le racisme|racisme|"
    r"le sexisme|sexisme|l homophobie|homophobie|la transphobie|transphobie|le validisme|validisme|la misogynie|"
    r"misogynie|l islamophobie|islamophobie|l antisemitisme|antisemitisme|la discrimination|discrimination|"
    r"les discriminations|discriminations|la stigmatisation|stigmatisation|les insultes|insultes|les moqueries|"
    r"moqueries|la violence|les violences|violences|les menaces|menaces|le mepris|mepris|les agressions|agressions|"
    r"les remarques|remarques|les commentaires|commentaires|les blagues|blagues|"
    r"la maltraitance|maltraitance|les propos|propos)"
)
_HARMED_hate9 = (
    r"(?:bullied|harassed|harrassed|mocked|insulted|attacked|hurt|beaten|beaten up|killed|murdered|locked up|locked away|"
    r"excluded|rejected|shamed|abused|discriminated against|discriminated|judged|hated|feared|deported|blamed|punished|"
    r"ignored|laughed at|spat on|kicked out|thrown out|left out|left behind|shunned|treated like (?:this|that|dirt|trash|"
    r"garbage|animals|criminals|second class citizens|shit|crap)|treated this way|treated that way|dehumanised|"
    r"dehumanized|stigmatised|stigmatized|humiliated|silenced|erased|sterilised|sterilized|institutionalised|"
    r"institutionalized|sectioned|targeted|threatened|insultes|insultees|harceles|harcelees|moques|moquees|rejetes|"
    r"rejetees|exclus|exclues|enfermes|enfermees|internes|internees|traites comme (?:ca|des chiens|des animaux|des "
    r"criminels|de la merde|des moins que rien)|traitees comme (?:ca|des chiens|des animaux|des criminelles|de la merde|"
    r"des moins que rien)|juges|jugees|frappes|frappees|tues|tuees|agresses|agressees|stigmatises|stigmatisees|"
    r"discrimines|discriminees|humilies|humiliees|maltraites|maltraitees|punis|punies|expulses|expulsees|vires|virees|"
    r"chasses|chassees|ignores|ignorees|abandonnes|abandonnees|meprises|meprisees|montres du doigt|montrees du doigt|"
    r"pointes du doigt|pointees du doigt|haïs|hais|menaces|menacees|steriles|sterilises|sterilisees|"
    r"mis a l ecart|mises a l ecart|caches|cachees)"
)
# a negated claim followed by the harm it denies: "do not deserve [any of] the hate", « ne méritent pas d'être
# rejetés », "should not have to hide", « ne devraient pas être enfermés »
HARM_DENIED_hate9 = re.compile(
    rf"^(?: (?:any of|all of|none of|all|any|the|this|that|such|so much|all this|all that|ce|cette|cet|ces|la|le|les|l|"
    rf"de la|du|des|de|d|tout|toute|toutes|tous|a|an|to|be|get|being|even|ever|jamais|meme|etre|to be|d etre|de se|"
    rf"faire|se faire|got|getting|to get|receive|to receive|recevoir|subir|vivre)){{0,5}}"
    rf" (?:{_HARM_NOUN_hate9}|{_HARMED_hate9}|die|to die|suffer|to suffer|mourir|de mourir|souffrir|de souffrir|"
    rf"live in fear|to live in fear|vivre dans la peur|de vivre dans la peur|be afraid|avoir peur|"
    rf"(?:have to|need to|avoir a|devoir) (?:\S+ )?(?:hide|justify|explain|beg|fight|fear|apologise|apologize|prove|"
    rf"pay|wait|suffer|se cacher|se justifier|s expliquer|mendier|supplier|se battre|avoir peur|s excuser|prouver|"
    rf"attendre|payer|souffrir|subir)|(?:a|to|de|d) (?:hide|justify themselves|explain themselves|beg|apologise|apologize|"
    rf"prove themselves|se cacher|se justifier|s expliquer|mendier|supplier|s excuser|se battre pour))(?![^ ])"
)
# "but" and a harm after the denial: "should not be deported but shot" stays hate
HARM_AFTER_BUT_hate9 = re.compile(
    rf"^(?: \S+){{0,6}} (?:but|mais|rather|plutot|instead|au lieu)(?: \S+){{0,4}} {HARM_OBJ}(?![^ ])"
)
# a demand whose harm is negated inside the row's own match (the words between the modal and the harm)
DEMAND_NEGATED_hate9 = re.compile(
    rf"(?<![^ ])(?:not|pas|never|jamais|no longer|plus|nt)(?! (?:only|just|seulement|juste|que|qu|simplement)(?![^ ]))"
    rf"(?: \S+){{0,3}} {HARM_OBJ}$"
)
# what follows "treated like": everyone else, not animals
TREATED_LIKE_ANYONE_hate9 = re.compile(
    r"^ (?:everyone|everybody|anyone|anybody|equals|human beings|humans|people|adults|any other|the rest of us|us|"
    r"normal people|tout le monde|les autres|des humains|des etres humains|des adultes|n importe qui|nous|des egaux|"
    r"des personnes|des gens normaux|n importe quel)(?![^ ])"
)
# the predicate said of the harm, not of the group: "deserved", "funny", « bien fait » keep it hate
HARM_PRAISED_hate9 = re.compile(
    r"(?<![^ ])(?:deserve|deserved|deserves|earned|justified|justifie|justifiee|funny|hilarious|drole|droles|marrant|"
    r"bien fait|rightly|rightfully|merite|meritee|merites|meritees|normal|normale|not enough|pas assez|too soft|"
    r"trop gentil|fair|well)(?![^ ])"
)
# the group as the one harmed: a harm noun and a link before it ("the hate against", « le harcèlement que
# subissent », "the abuse"), or "the way" / « la façon dont on traite » before it
VICTIM_BEFORE_hate9 = re.compile(
    rf"(?<![^ ]){_HARM_NOUN_hate9}(?: (?P<link>aimed at|directed at|against|towards|toward|at|faced by|suffered by|endured by|"
    rf"received by|experienced by|of|that|which|qui|que|qu|dont|do not|envers|contre|vers|visant|subi par|subie par|subis par|"
    rf"subies par|a l encontre des|a l encontre de|a l egard des|a l egard de|sur|on|que subissent|que vivent|"
    rf"que recoivent|que se prennent|qu endurent|que doivent subir|que doivent supporter))?(?: (?:the|les|des|l|la|le|"
    rf"de|d|du|all|tous les|toutes les|our|nos))?$"
    rf"|(?<![^ ])(?:the way|how|the way people treat|how people treat|how we treat|how they treat|the way we treat|"
    rf"the way they treat|la facon dont|la maniere dont|la facon do not|la maniere do not|comment)(?: (?:on|we|they|people|les gens|certains|some|this "
    rf"server|ce serveur|society|la societe)(?: \S+){{0,2}}?)?(?: (?:traite|traitent|parle a|parlent a|regarde|"
    rf"regardent|treat|treats|talk to|talks to|speak to|speaks to|look at|looks at)(?P<treat>))?(?: (?:the|les|des|l|la|le))?$"
)
# a verb of being harmed right after the group: "women get in ranked", « les femmes subissent »
VICTIM_VERB_hate9 = re.compile(
    r"^(?:\S+ ){0,4}(?:get|gets|got|getting|face|faces|receive|receives|received|go through|goes through|endure|endures|"
    r"suffer|suffers|deal with|put up with|experience|have to deal with|have to put up with|subissent|subit|recoivent|"
    r"recoit|vivent|endurent|se prennent|se mangent|ont subi|ont recu|doivent subir|doivent supporter|supportent|"
    r"are treated|get treated|got treated|were treated|are spoken to|get spoken to|are talked to|get talked to|"
    rf"sont traites|sont traitees|se font traiter|se font insulter|se font harceler|{_HARMED_hate9})(?![^ ])"
)
# a regime's propaganda told as history: a third-person verb of naming before the group, and history in the message
HISTORY_BEFORE_hate9 = re.compile(
    r"(?<![^ ])(?:called|calling|labelled|labeled|labelling|labeling|depicted|depicting|portrayed|portraying|described|"
    r"describing|painted|branded|dubbed|named|referred to|presented|showed|shown|said|claimed|taught|wrote|preached|"
    r"appelait|appelaient|a appele|ont appele|appelle|appellent|traitait|traitaient|a traite|ont traite|qualifiait|"
    r"qualifiaient|a qualifie|ont qualifie|presentait|presentaient|decrivait|decrivaient|depeignait|depeignaient|"
    r"surnommait|surnommaient|designait|designaient|nommait|nommaient|disait|disaient|pretendait|pretendaient|"
    r"affirmait|affirmaient|enseignait|enseignaient|ecrivait|ecrivaient|montrait|montraient)(?: (?:that|que|qu|"
    r"them|les))?(?: (?:the|les|des|l|la|le|all|tous les|toutes les))?$"
)
HISTORY_FIRST_PERSON_hate9 = re.compile(
    r"(?<![^ ])(?:i|we|je|j|nous|i ve|we ve|i d|we d|i would|we would|i will|we will|i ll|we ll|i always|we always|"
    r"je les|j les|nous les)(?: \S+)? \S+(?: (?:that|que|qu|them|les))?(?: (?:the|les|des|l|la|le|all|tous les|"
    r"toutes les))?$"
)
HISTORY_FRAME_hate9 = re.compile(
    r"(?<![^ ])(?:propaganda|propagande|regime|regimes|nazi|nazis|nazie|nazies|genocide|genocides|holocaust|shoah|"
    r"history|histoire|historical|historique|historian|historien|historienne|colonial|coloniale|coloniaux|colonists|"
    r"colons|colonisation|colonization|apartheid|ww2|wwii|ww1|fascist|fascists|fasciste|fascistes|fascism|fascisme|"
    r"dehumanisation|dehumanization|deshumanisation|dehumanise|dehumanize|dehumanised|dehumanized|deshumaniser|"
    r"massacre|massacres|slavery|esclavage|segregation|jim crow|posters|affiches|textbooks|manuels|century|siecle|"
    r"kkk|rwanda|khmer|soviet|sovietique|stalin|staline|hitler|goebbels|reich|dictatorship|dictature|junta|junte|"
    r"empire|war|guerre|1930s|1940s|annees 30|annees 40|mille collines|pogrom|pogroms|concentration camps|camps)(?![^ ])"
)
# The same kind words read on the whole message for the learned review (``_cues.learned_abuse``), which the
# rules' quiet leaves to speak: a harm denied of people, the group the one harmed, "treated like everyone else".
KIND_GROUP_hate9 = re.compile(
    rf"(?<![^ ])(?:do not deserve|does not deserve|did not deserve|never deserve|never deserved|ne meritent pas|"
    rf"meritent pas|ne merite pas|ne meritaient pas|meritaient pas|should not|should never|ne devraient pas|"
    rf"devraient pas|ne devraient jamais|ne doivent pas|doivent pas|ne devrait pas|ne doit pas)"
    rf"{HARM_DENIED_hate9.pattern[1:]}"
    rf"|(?<![^ ])(?:should be|deserve to be|doivent etre|devraient etre|meritent d etre) (?:treated|traites|traitees) "
    rf"(?:like|as|comme)(?: \S+)?{TREATED_LIKE_ANYONE_hate9.pattern[1:]}"
)

# --------------------------------------------------------------------------------------------------------
# hate9 (round 43, hate helper 9): hate against a group with no slur, GROUP slot x PREDICATE family, read in
# the round's voices. The group slot (``_G9``) is hate8's (``_G8_ANY``) and the people it lacked: the homeless
# (« les SDF », « les clochards »), families or people named by an origin ("immigrant families", « les
# familles immigrées », "people from eastern europe"), Roma and Travellers. The predicates: vermin and other
# dehumanising nouns (« c'est de la vermine », "a ticking time bomb", "a lawless lot"); breeding and living
# off others (« ça se reproduit comme des lapins », "breed faster than we can ban them", « vit des allocs »);
# the group to be cleared out, hidden or left to pay (« qu'on les dégage », "clear them out", « qu'ils restent
# discrets », "let them pay for it themselves"); a place turned into a slum or a nursery since they came
# (« ont transformé le quartier en bidonville », "the vc became a daycare"); things going missing and "just
# what they do"; a brain denied (« elles ont pas le cerveau pour »); "just asking" questions ("why are X
# always the most toxic? asking for a friend"). Quiet: the claim reported, condemned or denied
# (``NOT_SAID_HATE8``), a kind word about the group, the author of themself.
# --------------------------------------------------------------------------------------------------------
_PLACES9 = (
    r"(?:eastern europe|l est|l europe de l est|africa|afrique|the middle east|le moyen orient|romania|roumanie|"
    r"the balkans|les balkans|albania|albanie|the third world|le tiers monde|india|inde|pakistan|le maghreb|maghreb|"
    r"bulgaria|bulgarie|somalia|somalie|the east)"
)
_ORIGIN9 = (
    r"(?:immigrant|immigrants|migrant|migrants|refugee|refugees|roma|gypsy|gipsy|traveller|traveler|muslim|foreign|"
    r"african|arab|asian|romanian|polish|somali|pakistani|albanian|black|mexican|chinese|indian)"
)
_G9 = (
    rf"(?:{_G8_ANY}|(?:the |les |des |ces |those |these |all |tous les |all the )?(?:sdf|homeless|homeless people|"
    rf"clochards|clodos|sans abris|sans abri|sans domicile|tramps|vagrants|beggars|mendiants|roms|irish travellers|"
    rf"pikeys|manouches|romanos)|(?:les |des |ces |the |those |these |every |each |any |a |une |chaque |toute )?"
    rf"(?:familles|famille) (?:immigrees|immigree|immigrantes|etrangeres|etrangere|roms|rom|musulmanes|africaines|"
    rf"arabes|maghrebines|gitanes|de migrants|d immigres|d etrangers|de roms)|(?:the |those |these |every |each |any |a |"
    rf"an |all )?{_ORIGIN9} (?:families|family|kids|lads|guys|men|blokes|households|household)|(?:the |les |des |ces )?"
    rf"(?:people|gens|personnes|folks|lot) (?:from|de|d|du|des|venus de|venues de|coming from) {_PLACES9}|"
    rf"(?:the |those |these |all |les |ces )?(?:type 1|type 2|t1d|t1|diabetic|epileptic|autistic|adhd|asthmatic|disabled|"
    rf"deaf|blind|sen|special needs) (?:kids|children|pupils|students|ones)|(?:certain|some|certains|certaines) "
    rf"(?:groups|races|ethnicities|ethnic groups|groupes|ethnies|populations|peoples|peuples))"
)
_VERMIN9 = (
    r"(?:vermin|vermine|de la vermine|pests|nuisibles|des nuisibles|parasites|des parasites|cockroaches|cafards|"
    r"des cafards|rats|des rats|lice|poux|des poux|scum|racaille|racailles|des racailles|filth|ordures|des ordures|"
    r"dechets|des dechets|de la merde|a plague|une plaie|la plaie|a cancer|un cancer|a ticking time bomb|ticking time bomb|"
    r"ticking time bombs|time bomb|time bombs|une bombe a retardement|bombe a retardement|des bombes a retardement|"
    r"a lawless lot|lawless lot|lawless|sans foi ni loi|an infestation|une infestation|une invasion|an invasion|"
    r"des sauvages|savages|animals|des animaux|des betes|beasts|feral|parasitic|a disease|une maladie|a virus|un virus|"
    r"leeches|sangsues|des sangsues|cancer on society|un cancer pour la societe)"
)
_OUT9 = (
    r"(?:qu on les degage|faut les degager|on les degage|il faut les degager|faudrait les degager|degagez les|"
    r"qu ils degagent|qu elles degagent|virez les|faut les virer|qu on les vire|qu on les chasse|faut les chasser|"
    r"clear them out|clear them off|kick them out|kick them all out|get them out|throw them out|drive them out|"
    r"chase them out|run them out|move them on|sweep them out|clean them out|round them up|qu ils restent discrets|"
    r"qu elles restent discretes|qu ils restent caches|qu ils se cachent|qu elles se cachent|qu ils restent chez eux|"
    r"qu ils retournent chez eux|should stay hidden|stay in the closet|keep it behind closed doors|keep it to themselves|"
    r"stop feeding them|arretez de les nourrir|arreter de les nourrir|let them pay for it|let them pay|make them pay for it|"
    r"qu ils paient|qu ils payent|qu ils se debrouillent|let them rot|let them starve|laissez les crever|"
    r"qu ils crevent dehors|ate themselves into it|ate themselves into|drank themselves into|smoked themselves into|"
    r"se sont mis dedans tout seuls|l ont cherche)"
)
_RUIN_PLACE9 = (
    r"(?:tip|dump|slum|slums|bidonville|bidonvilles|ghetto|ghettos|poubelle|depotoir|shithole|garderie|creche|"
    r"daycare|day care|nursery|kindergarten|zoo|cirque|circus|jungle|favela|war zone|third world|tiers monde|"
    r"porcherie|pigsty|dechetterie|souk|bled|asile|madhouse|mental ward)"
)
_TAG9 = (
    r"(?:asking for a friend|just asking|just asking questions|serious question|genuine question|honest question|"
    r"real question|just curious|question serieuse|vraie question|je demande juste|je pose juste la question|"
    r"je pose la question|c est une vraie question|pour un ami|je demande pour un ami|no offense|no offence|sans "
    r"vouloir etre mechant|sans etre raciste|not being racist|not to be racist|don t @ me|do not @ me|fight me|"
    r"change my mind|prove me wrong|prouvez moi le contraire|dites moi que j ai tort)"
)
# what a "just asking" question asks of the group: a flaw, not lag or a fast
_BAD9 = (
    r"(?:loud|bruyants|bruyantes|toxic|toxiques|lazy|dirty|smelly|sales|voleurs|voleuses|thieves|criminals|criminels|"
    r"aggressive|agressifs|agressives|violent|violents|violentes|rude|stupid|dumb|cons|connes|smell|stink|puent|rage|"
    r"raging|ragent|cheat|cheating|trichent|tricheurs|steal|stealing|volent|bad|nuls|nulles|mauvais|mauvaises|useless|"
    r"annoying|chiants|chiantes|relous|drunk|bourres|late|en retard|whiny|whining|chialent|pleurent|cry|crying|"
    r"emotional|hysterical|hysteriques|incompetent|incompetents|ugly|moches|arrogant|arrogants|greedy|radins|"
    r"cheap|fraudsters|scammers|arnaqueurs|liars|menteurs|the worst|les pires|the most toxic|les plus toxiques)"
)
_ROWS9: list[tuple[str, frozenset[str] | None, str]] = [
    # vermin, a ticking time bomb, a lawless lot, savages: « les SDF c'est de la vermine »
    (
        "group_vermin_hate9",
        ws(
            "vermin vermine pests nuisibles parasites cockroaches cafards rats lice poux scum racaille racailles filth "
            "ordures dechets plague plaie cancer bomb bombe bombs bombes lawless loi infestation invasion sauvages "
            "savages animals animaux betes beasts feral parasitic disease maladie virus leeches sangsues merde"
        ),
        rf"{B}{_G9}(?: \S+){{0,4}} (?:are|is|r|re|were|sont|c est|ce sont|c|=|etaient|c etait|remain|restent|are all|"
        rf"sont tous|sont toutes|c est tous|c est toujours|c est que|ce sont que)(?: (?!(?:not|pas|never|jamais|no|nullement|"
        rf"aucunement|plus)(?: |$))\S+){{0,2}} {_VERMIN9}{E}",
    ),
    # breeding and living off others: « ça se reproduit comme des lapins », « ça vit des allocs »
    (
        "group_breeds_hate9",
        ws(
            "reproduisent breed breeds breeding multiply multiplient pondent lapins rabbits allocs allocations aides "
            "benefits handouts welfare impots taxes caf"
        ),
        rf"{B}{_G9}(?: \S+){{0,40}} (?:(?:se reproduit|se reproduisent|breed|breeds|breeding|multiply|multiplient|"
        rf"pondent|font des gosses|font des enfants)(?: \S+){{0,2}} (?:comme des lapins|like rabbits|like rats|"
        rf"like cockroaches|like flies|comme des rats|comme des mouches|faster than|plus vite que|a la chaine)|"
        rf"(?:(?:live|lives|living|leech|leeching) off|(?:ca vit|ca vivent|ne vivent que|vivent que|vivent juste|"
        rf"vivent uniquement|se gavent|profitent|survivent que) (?:des|de|sur|grace aux)) (?:the |nos |les |our |la )?"
        rf"(?:allocs|allocations|aides|aides sociales|benefits|handouts|dole|welfare|impots|taxes|caf|rsa|state|etat|"
        rf"system|systeme|taxpayer|contribuable))(?![^ ])",
    ),
    # cleared out, hidden, left to pay: « qu'on les dégage des gares », "clear them out", « qu'ils restent discrets »
    (
        "group_cleared_out_hate9",
        ws(
            "degage degager degagez degagent virez vire chasser kick throw drive sweep discrets discretes caches cachent restent "
            "hidden closet themselves feeding paient payent debrouillent rot drank smoked dedans cherche"
        ),
        rf"{B}{_G9}(?: \S+){{0,12}} {_OUT9}(?![^ ])",
    ),
    # a place turned into a slum since they came: « ils ont transformé le quartier en bidonville »
    (
        "group_ruins_place_hate9",
        ws(
            "dump slum slums bidonville bidonvilles ghetto ghettos poubelle depotoir shithole garderie creche daycare "
            "nursery kindergarten zoo cirque circus jungle favela third tiers porcherie pigsty dechetterie "
            "souk bled asile madhouse ward"
        ),
        rf"{B}{_G9}(?: \S+){{0,14}} (?:turns|turn|turned|turning|transforme|transformes|transforment|ont transforme|"
        rf"a transforme|have turned|has turned|make|makes|made|rendent|ont rendu|become|becomes|became|devient|"
        rf"deviennent|est devenu|est devenue|sont devenus|is now|c est devenu|end up|ends up|finit|finissent)"
        rf"(?: \S+){{0,5}} (?:into |en |in |a |an |un |une |like |comme )?(?:a |an |un |une )?{_RUIN_PLACE9}{E}",
    ),
    # things go missing where they go, "it's just what they do"
    (
        "group_what_they_do_hate9",
        ws("disparaissent vanish stolen voles volees nature velos wallets phones tools purses portefeuilles"),
        rf"{B}{_G9}(?: \S+){{0,12}} (?:go missing|going missing|goes missing|went missing|start disappearing|"
        rf"starts disappearing|disappear|vanish|get stolen|gets stolen|se font voler|disparaissent|disparait|"
        rf"commencent a disparaitre)(?![^ ])"
        rf"|{B}{_G9}(?: \S+){{0,14}} (?:c est leur nature|it is in their nature|that is their nature)(?![^ ])",
    ),
    # chosen by a group word, then by the clause gates (its words are common: "what", "do")
    (
        "group_just_what_they_do_hate9",
        None,
        rf"{B}{_G9}(?: \S+){{0,14}} (?:it is just what they do|that is just what they do|it is what they do|"
        rf"that is what they do|c est ce qu ils font|c est ce qu elles font|they all do it|ils font tous ca|"
        rf"c est toujours les memes)(?![^ ])",
    ),
    # a brain denied: « elles ont pas le cerveau pour calculer », "they don't have the brains for"
    (
        "group_no_brain_hate9",
        ws("cerveau cerveaux brain brains neurones tete head skulls craniums cranes cerebrale"),
        rf"{B}{_G9}(?: \S+){{0,6}} (?:ont pas le cerveau|n ont pas le cerveau|ont pas les neurones|n ont pas les "
        rf"neurones|ont pas la tete|n ont pas la tete|do not have the brain|do not have the brains|have not got the brains|"
        rf"have not got the brain|lack the brain|lack the brains|are not wired|sont pas faites|sont pas faits|"
        rf"brains are not built|brains can not|brain can not|cerveau est pas fait|cerveau n est pas fait)"
        rf"(?: \S+){{0,2}} (?:pour|for|to|a)(?![^ ])"
        rf"|{B}{_G9}(?: \S+){{0,4}} (?:have|has|got|ont|possedent)(?: \S+){{0,2}} (?:smaller|lower|tinier|lighter|"
        rf"plus petits|plus petit|moins gros|moins lourds|inferior|inferieurs) (?:average )?(?:brains|brain|brain mass|"
        rf"brain size|brain sizes|cerveaux|cerveau|skulls|craniums|cranes|masse cerebrale|neurones)(?![^ ])",
    ),
    # "just asking": "why are X always the most toxic? asking for a friend", « pourquoi les X sont toujours aussi … ?
    # question sérieuse »
    (
        "group_just_asking_hate9",
        None,
        rf"{B}(?:why|pourquoi|how come|comment ca se fait que|comment se fait il que)(?: \S+){{0,2}} {_G9}(?: \S+){{0,3}} "
        rf"(?:always|toujours|all|tous|toutes|every time|systematiquement|so|si|aussi|constantly|never|jamais)"
        rf"(?: \S+){{0,6}} (?:{_PRED_ALT}|{_BAD9})(?: \S+){{0,8}} {_TAG9}(?![^ ])",
    ),
]
HATE_RULES += tuple((cue, anchors is None, anchors, re.compile(body)) for cue, anchors, body in _ROWS9)
ANCHORS = ANCHORS | frozenset().union(*(anchors for _cue, anchors, _body in _ROWS9 if anchors is not None))
GUARDS_HATE8.update({cue: (NOT_SAID_HATE8, KIND_GROUP_hate9) for cue, _a, _b in _ROWS9})
KIND_ROWS_hate9 = KIND_ROWS_hate9 | frozenset(cue for cue, _a, _b in _ROWS9)
# a dehumanising noun denied of the group ("the homeless are not vermin"): kind words for the learned review too
KIND_GROUP_hate9 = re.compile(
    rf"{KIND_GROUP_hate9.pattern}|(?<![^ ])(?:are not|is not|ne sont pas|sont pas|c est pas|ce n est pas|ce ne sont pas|"
    rf"were never|n ont jamais ete)(?: (?:\S+)){{0,2}} {_VERMIN9}(?![^ ])"
)
# the group as the one harmed by a verb in the row's own match ("women get harassed in ranked, it's a disaster",
# « les migrants qui se noient en mer, c'est une honte »), when the predicate is a word of outrage at the harm
HARMED_VERB_hate9 = re.compile(
    rf"^(?:\S+ ){{0,5}}(?:get|gets|got|are|were|is|keep getting|se font|se sont fait|sont|ont ete|etaient|se faire)? ?"
    rf"(?:{_HARMED_hate9}|insulter|harceler|agresser|traiter|tabasser|frapper|virer|jeter|insult|harass|attack|"
    rf"se noient|se noyer|noyes|drown|drowning|drowned|meurent|mourir|die|dying|died|crevent dans la rue|"
    rf"dorment dehors|sleep rough|sleep outside|freeze|meurent de froid|freeze to death)(?![^ ])"
)
HARMED_ANYWHERE_hate9 = re.compile(HARMED_VERB_hate9.pattern.replace("^(?:\\S+ ){0,5}", "(?<![^ ])", 1))
OUTRAGE_END_hate9 = re.compile(
    r"(?<![^ ])(?:catastrophe|disaster|desastre|honte|disgrace|shame|scandale|scandal|nightmare|cauchemar|"
    r"tragedy|tragedie|drame|horreur|horror|outrage|travesty)(?: absolue| totale| complete| absolute| total| complete)?$"
)
# the author's care asked for the group: "should not pay for their insulin", « ne devraient pas payer leurs soins »
CARE_COST_hate9 = re.compile(
    r"^ (?:have to |avoir a |need to )?(?:pay|pay for|payer)(?: \S+)? (?:their|leur|leurs|for their|pour leur|pour leurs)(?![^ ])"
)
# the learned review hears the same: care costs and harm denied of the group ("should not pay for their insulin",
# "should get better care, not be locked up")
KIND_GROUP_hate9 = re.compile(
    rf"{KIND_GROUP_hate9.pattern}|(?<![^ ])(?:should not|ne devraient pas|devraient pas){CARE_COST_hate9.pattern[1:]}"
    rf"|(?<![^ ])(?:not|pas|never|jamais) (?:be |etre )?(?:{_HARMED_hate9})(?![^ ])"
)
KIND_ROWS_hate9 = KIND_ROWS_hate9 | {"group_they"}
_ROWS9B = [
    # a burden or a drain on a place or on others: "type 1 kids are a burden on schools"
    (
        "group_burden_hate9",
        ws("burden burdens drain fardeau fardeaux boulet boulets"),
        rf"{B}{_G9}(?: \S+){{0,4}} (?:are|is|r|re|sont|c est|ce sont|will always be|remain|restent)(?: (?:just|only|such|"
        rf"nothing but|a|an|the|un|une|des|juste|que|vraiment|really|huge|massive|total|basically))* (?:burden|burdens|"
        rf"drain|fardeau|fardeaux|boulet|boulets)(?: (?:on|to|for|pour|sur|a|de)(?![^ ])|$)",
    ),
]
HATE_RULES += tuple((cue, False, anchors, re.compile(body)) for cue, anchors, body in _ROWS9B)
ANCHORS = ANCHORS | frozenset().union(*(anchors for _cue, anchors, _body in _ROWS9B))
GUARDS_HATE8.update({cue: (NOT_SAID_HATE8, KIND_GROUP_hate9) for cue, _a, _b in _ROWS9B})
KIND_ROWS_hate9 = KIND_ROWS_hate9 | frozenset(cue for cue, _a, _b in _ROWS9B)
# hate9's rows: the claim reported or condemned as hate8's, but "before you call me racist" is the author's own
# disclaimer, not words received
_NOT_ME_RACIST9 = r"(?! (?:a )?(?:racist|raciste|homophobe|homophobic|sexist|sexiste|bigot)(?![^ ]))"
NOT_SAID_hate9 = re.compile(
    NOT_SAID_HATE8.pattern.replace(
        "called me|call me|calls me|",
        f"called me{_NOT_ME_RACIST9}|call me{_NOT_ME_RACIST9}|calls me{_NOT_ME_RACIST9}|",
        1,
    )
)
assert NOT_SAID_hate9.pattern != NOT_SAID_HATE8.pattern
GUARDS_HATE8.update({cue: (NOT_SAID_hate9, KIND_GROUP_hate9) for cue, _a, _b in (*_ROWS9, *_ROWS9B)})
# threat9 (round 43, threat helper 9): false alarms made quiet. A kind purpose said with the words of an
# exposure or a report ("i will email the school you teach at to thank them", "tell your boss you're amazing",
# « j'ai ton adresse, je t'envoie ton cadeau demain », "would be a shame if you didn't come to the party")
# voids the exposure rows (``abuse._KIND_VOIDS_threat9``) unless a menace is said too; a sarcastic "little
# present" (« je vais te faire un petit cadeau ») has no sending verb and stays a threat. "I hope you don't die
# of a hypo": a hope negated or a recovery hoped is care, not a death wished (``abuse._HOPE_CARE_threat9``).
# --------------------------------------------------------------------------------------------------------
_PRAISE_threat9 = (
    r"(?:amazing|great|brilliant|wonderful|awesome|fantastic|the best|a star|a legend|a gem|a hero|a treasure|"
    r"incredible|so kind|lovely|talented|a great \S+|an amazing \S+|the best \S+|genial|geniale|geniaux|"
    r"incroyable|au top|formidable|adorable|une perle|une star|un amour|le meilleur|la meilleure|"
    r"extraordinaire|merveilleux|merveilleuse|top|super|un crack|une crack|trop fort|trop forte)"
)
KIND_THREAT9 = re.compile(
    rf"{B}(?:"
    r"(?:to|pour|and|et|so i can|afin de) (?:thank|praise|congratulate|recommend|compliment|say thanks|"
    r"say thank you|say how|sing your praises|remercier|feliciter|recommander|complimenter|dire merci|"
    r"dire du bien|dire a quel point|dire combien)"
    rf"|(?:that )?(?:you|u|ur|tu|t|they|ils|elles)(?: are| re| r| were| es| etais| est| sont)? (?:so |really |truly |absolutely |such |vraiment |trop |tellement |genre |literally )?{_PRAISE_threat9}"
    r"|comme tu (?:m |me )?(?:l )?(?:as|avais) demande|comme demande|comme convenu|as you asked|like you asked|"
    r"as requested|as agreed|like we agreed|so she knows|so he knows|so they know|pour qu (?:elle|il|ils) sache|"
    r"so (?:cute|sweet|lovely|adorable|funny|proud)|trop (?:mignon|mignonne|mignons|chou|choupi|beau|belle)"
    r"|how (?:well|beautifully|nicely|brilliantly) (?:you|u) (?:sing|cook|draw|dance|write|play|paint|speak|knit|bake)"
    r"|how (?:great|good|amazing|kind|brilliant|talented|proud|wonderful|hard working|hardworking|lucky) "
    r"(?:you|u|your|they|we)"
    r"|(?:a quel point|combien) (?:tu|t|on|ils|elles|je|j)(?: \S+)? (?:es|est|sont|suis|as|a) (?:\S+ )?"
    r"(?:genial|geniale|super|fier|fiers|fiere|fieres|incroyable|bien|doue|douee|talentueux|talentueuse)"
    r"|(?:envoie|envoyer|enverrai|envoyerai|envoies|send|sending|sends|post|posting|mail|mailing|ship|"
    r"shipping|expedie|expedier|deliver|delivering|drop off|dropping off|depose|deposer|apporte|apporter|"
    r"bring|bringing)(?: \S+){0,2} "
    r"(?:(?:ton|ta|tes|your|ur|the|le|la|les|some|des) (?:\S+ )?|(?:a|an|un|une) (?!(?:petit|petite|little|"
    r"lil|small|tiny|special|special)(?![^ ]))(?:\S+ )?)"
    r"(?:cadeau|cadeaux|colis|carte|cartes|gift|gifts|present|presents|card|cards|parcel|package|invitation|"
    r"invite|faire part|fleurs|flowers|commande|order|bouquet|cake|gateau|chocolats|chocolates|"
    r"recommendation|reference)"
    r"|(?:did not|didn t|didnt|do not|don t|dont|could not|couldn t|can t|cannot|won t|wouldn t) "
    r"(?:come|make it|join|show up|turn up|attend|be there|stop by|drop by)"
    r"|(?:missed|miss|misses|rates|ratais|manques|manquais|loupes|loupais) (?:the|this|our|le|la|ce|cette|"
    r"notre|les|l) (?:party|meetup|meet up|raid|event|concert|show|stream|soiree|fete|apero|rencontre|tournoi|"
    r"tournament|game night|bbq|barbecue|dinner|diner|picnic|pique nique)"
    r"|(?:ne )?(?:viens|venais|vienne|viennes|venait) pas"
    r"|(?:sing|sings|cook|cooks|draw|draws|dance|dances|chantes|cuisines|dessines|danses) (?:so |si |trop |"
    r"tellement |aussi |really |too )?(?:well|bien|good|great|beautifully|nicely)"
    r"|(?:your|ur|ta|ton|tes) (?:\S+ )?(?:cooking|singing|drawing|drawings|art|voice|talent|talents|cuisine|"
    r"voix|dessins) (?:is|are|est|sont) (?:so |si |trop |tellement |really |vraiment )?(?:good|great|amazing|"
    r"beautiful|bonne|belle|incroyable|geniale|magnifique|top)"
    rf"){E}"
)
# a menace in the same message keeps the exposure a threat, kind words or not
MENACE_THREAT9 = re.compile(
    rf"{B}(?:regret|regrets|regretter|regretteras|pay for|payer|paieras|watch your back|watch ur back|"
    r"sleep tight|dors bien|careful|fais gaffe|attention a toi|tu vas voir|you ll see|you will see|sinon|"
    r"or else|unless|a moins que|ca va etre ta fete|toc toc|knock knock|scared|peur|petit cadeau|"
    r"little present|little gift|little surprise|petite surprise|petite visite|little visit|"
    r"smiling face with horns|diable|devil|knife|couteau|gun|visitors|visite|visit|kill|tuer|die|crever|"
    rf"hurt|hospital|hopital|cops|police|flics|swat|dox|doxx|leak|leaker|balancer|expose|exposer){E}"
)
# "i hope you don't die of a hypo", "hope your mum gets better, cancer is hard": a hope negated, or a
# recovery or a treatment's success hoped, with no harm word in the words the rule matched
HOPE_NEGATED_THREAT9 = re.compile(
    r" (?:do not|don t|dont|won t|wont|will not|didn t|did not|doesn t|does not|aren t|are not|can t|"
    r"cannot|never have to|never need to)(?![^ ])"
)
HOPE_CARE_THREAT9 = re.compile(
    rf"{B}(?:better|well|recover|recovers|recovery|heal|heals|healing|safe|sorted|soon|feel|feels|okay|ok|"
    r"fine|pull through|pulls through|beat it|beats it|beat this|beats this|kills the|kill the|kills it|"
    r"works|goes well|go well|get well|treatment|chemo|surgery|operation|op|transplant|insulin|meds|"
    rf"medication|inhaler|epipen|hypo|hypos|trip|flight|holiday|vacances){E}"
)
HOPE_HARM_THREAT9 = ws(
    "die dies dying dead rot rots suffer suffers choke burn cancer hit run raped kill kills spreads spread "
    "worse hurt hurts beats stabs shoots rapes wins breaks legs neck face"
)

# threat9, rows: threats by construction, broad slots rather than round 43's sentences.
# * violence: a first person with a future or a conditional, a harm verb of a wide family and the reader or
#   theirs ("i'll put you through a window", "i'll break your jaw", "i'll have you beaten", « je vous ferai
#   rosser par mes gens »); a target named by a condition ("the next one who reports me, i'll slash their
#   tyres", « le prochain qui me signale je lui crève les pneus »); the reader foretold in hospital "and not for
#   your illness this time";
# * exposure: the reader's private things held, then a consequence (« j'ai tes comptes-rendus… une capture et
#   c'est partout », "i have your records, one click and it's public"); the private things named first, then
#   spread (« tes photos… je vais les balancer partout »); an ultimatum whose price is "everything i know about
#   you" (« sinon je publie tout ce que je sais sur toi »); every DM the reader sent, leaked; pictures of the
#   reader's door about to be posted; visitors promised to a reader whose town is known;
# * "kill yourself" coded: a height or a bridge pointed to with a dismissal ("the bridge is that way, off you
#   pop"), the whole bottle of the reader's pills with relief for the rest of us, the advice to "do it
#   yourself" beside a death word, « ouvre la fenêtre et saute », "log off permanently, and not the game".
# Quiet: directions, DIY advice, a doctor's warning, game moves, care, a member telling what was said to them.
# --------------------------------------------------------------------------------------------------------
_I9 = (
    r"(?:i|we|ill|imma|ima|im|i m|i ll|i will|i am|i d|i would|mi)(?: (?:will|would|shall|am|are|m|ll|d|going to|"
    r"gonna|about to|finna|want to|wanna|gotta|swear|promise|just|really|literally|personally|will personally|"
    r"could|might|then|gladly|happily|a go|ago|gwine|go))*"
)
_Y9 = r"(?:you|u|ya|yu|yuh|ye|thee|yall|you all)"
_YR9 = r"(?:your|ur|yer|yo|yuh|ya)"
_BODY9 = (
    r"(?:head|face|jaw|nose|skull|neck|throat|legs|leg|arms|arm|hands|fingers|knees|kneecaps|ribs|teeth|spine|"
    r"back|eyes|eye|mouth|lips|ribs|bones|body|ass|dome|noggin|melon|chest|balls|nuts)"
)
_HARM_EN9 = (
    r"(?:break|brake|bruk|crack|cave in|cave|smash|snap|shatter|fracture|split|curb stomp|curbstomp|choke|"
    r"strangle|throttle|stab|shank|shoot|murder|murda|kill|drown|bury|hang|burn|torch|gut|skin|cut|slice|"
    r"carve|maim|cripple|blind|disfigure|chop|juk|slit|glass|bottle|acid|scald|pour acid on|slash|key|egg|"
    r"firebomb|torch)"
)
# the softer verbs: trash talk in a game, real with a real-world word (``soft`` rows)
_HARM_SOFT_EN9 = (
    r"(?:bust|buss|knock out|knock in|rearrange|stomp|punch|kick|slap|bash|batter|beat|pummel|pound|ruin|wreck|"
    r"end|waste|smoke|merk|merc|lick|dash|whoop|whup|tap|box|thump|deck|clock|bang|mash|mash up|boot)"
)
_PLACE_THROUGH9 = (
    r"(?:window|windows|wall|walls|table|floor|windscreen|windshield|door|fence|glass|ceiling|pavement|"
    r"ground|bin|wardrobe|car window)"
)
_HARM_FR9 = (
    r"(?:creve|crever|creverai|casse|casser|casserai|defonce|defoncer|defoncerai|brule|bruler|brulerai|raye|"
    r"rayer|rayerai|pete|peter|peterai|explose|exploser|exploserai|tue|tuer|tuerai|bute|buter|buterai|plante|"
    r"planter|planterai|egorge|egorger|tabasse|tabasser|tabasserai|eclate|eclater|eclaterai|saigne|saigner|"
    r"crame|cramer|cramerai|fracasse|fracasser|demonte|demonter|nique|niquer|allume|allumer|cogne|cogner|"
    r"frappe|frapper|frapperai|etrangle|etrangler|noie|noyer|enterre|enterrer|massacre|massacrer|"
    r"fume|fumer|fumerai|shlasse|schlasse|shlasser|schlasser|poignarde|poignarder|refait|refaire)"
)
_CAUSE_FR9 = (
    r"(?:rosser|bastonner|batonner|tabasser|battre|fouetter|pendre|tuer|buter|egorger|defoncer|casser la gueule|"
    r"peter la gueule|refaire le portrait|saigner|planter|lyncher|massacrer|cogner|frapper|bruler|cramer|"
    r"enlever|suivre|retrouver|attendre a la sortie|casser les jambes|briser les jambes|crever les pneus|"
    r"interner|enfermer|arreter|expulser|virer)"
)
_CAUSE_EN9 = (
    r"(?:beaten up|killed|stabbed|shot|jumped|dealt with|done in|taken out|hurt|hospitali[sz]ed|"
    r"kneecapped|glassed|battered|roughed up|smacked up|disappeared|followed|arrested|"
    r"sectioned|committed|evicted|deported|fired(?! up)|sacked)"
)
_HOSP9 = (
    r"(?:a l hopital|a l hosto|aux urgences|en rea|en reanimation|a la morgue|au cimetiere|en fauteuil|dans un fauteuil|"
    r"en chaise roulante|six pieds sous terre|sous terre|en morceaux|in (?:the )?hospital|in hospital|in the er|"
    r"in a&e|in the icu|in icu|in intensive care|in a wheelchair|in a coffin|in a body bag|in the morgue|"
    r"six feet under|in pieces|in traction)"
)
_PRIV9 = (
    r"(?:comptes rendus|compte rendu|comptes rendus medicaux|compte rendu medical|dossier|dossier medical|"
    r"dossiers|ordonnances|ordonnance|analyses|resultats|radios|irm|scanner|diagnostic|photos|pics|pictures|"
    r"nudes|videos|vids|captures|screens|screenshots|messages|mps|dms|texts|conversations|convos|logs|"
    r"records|medical records|health records|therapy notes|notes|files|file|letters|letter|results|"
    r"test results|scans|diagnosis|prescriptions|search history|history|infos|info|details|donnees|data|"
    r"adresse|address|ip|numero|number|real name|vrai nom|secrets|secret|journal|diary)"
)
_SPREAD9 = (
    r"(?:balancer|balance|balancerai|publier|publie|publierai|poster|poste|posterai|diffuser|diffuse|"
    r"diffuserai|afficher|affiche|afficherai|envoyer|envoie|enverrai|montrer|montre|montrerai|partager|"
    r"partage|partagerai|leaker|leak|leake|faire tourner|mettre en ligne|mettre partout|post|share|send|"
    r"show|spread|publish|release|drop|dump|upload|forward|circulate|pass around|put out|put up|airdrop)"
)
_EVERYWHERE9 = (
    r"(?:partout|everywhere|online|en ligne|on the internet|sur internet|sur le serveur|on the server|"
    r"on twitter|on x|on reddit|on tiktok|on insta|on instagram|on facebook|sur twitter|sur x|sur tiktok|"
    r"sur insta|sur facebook|to everyone|a tout le monde|to all|in general|dans general|dans le general|"
    r"sur tous les serveurs|on every server|to your \S+|a ton \S+|a ta \S+|a tes \S+)"
)
_DISMISS9 = (
    r"(?:off you pop|off you go|off ya go|off u go|go on then|go on|go ahead|hop to it|chop chop|bye|bye bye|"
    r"byebye|cya|see ya|enjoy the fall|bon voyage|vas y|va y|"
    r"allez hop|hop|bon vent|ciao|salut|adieu|bonne chute|bon saut|dont let us keep you|don t let us keep you|"
    r"don t keep it waiting|it s waiting|t attend|waving hand)"
)
_HEIGHT9 = (
    r"(?:bridge|roof|rooftop|cliff|ledge|edge|tracks|train tracks|railway|river|canal|lake|sea|balcony|"
    r"tower|motorway|highway|pont|toit|falaise|rebord|bord|rails|voie ferree|riviere|seine|canal|lac|mer|"
    r"balcon|tour|autoroute|viaduc|viaduct|noose|rope|corde|poutre|beam)"
)
_PILLS9 = (
    r"(?:meds|pills|tablets|medication|medications|painkillers|sleeping pills|insulin|tramadol|paracetamol|"
    r"tylenol|xanax|lithium|oxy|oxys|opioids|antidepressants|medocs|cachets|comprimes|pilules|somniferes|"
    r"antidepresseurs|doliprane|insuline)"
)
_RELIEF9 = (
    r"(?:spare us|save us|do us all a favou?r|do us a favou?r|do everyone a favou?r|do the world a favou?r|"
    r"give us (?:all )?a break|give us some peace|good riddance|we d all be happier|we ll all be happier|"
    r"everyone will be happier|nobody will miss you|no one will miss you|nobody would miss you|"
    r"never wake up|don t wake up|dont wake up|sleep forever|go to sleep forever|ca nous fera des vacances|"
    r"ca fera des vacances|ca nous fera du bien|ca nous soulagera|ca soulagera tout le monde|bon debarras|"
    r"fais nous (?:des vacances|plaisir|une faveur)|rends nous service|rends service a tout le monde|"
    r"personne ne te regrettera|personne te regrettera|personne ne remarquera|personne remarquera|"
    r"on sera tranquilles|on sera enfin tranquilles|ne te reveille pas|te reveille pas|dors pour toujours)"
)
_DIY9 = (
    r"(?:je te|j te|jte|i|i d|i would|my advice|mon conseil|je vous|j vous)(?: (?:would|d|just|only|strongly|"
    r"fortement|vivement|juste))? (?:conseille|suggest|advise|recommend|recommande|suggere|is to|est de|c est de) "
    r"(?:de |d |to |you |u )?(?:le faire|la faire|l faire|do it|doing it|finish it|finishing it|en finir|"
    r"t en charger|handle it|take care of it) (?:toi meme|toi|yourself|urself|ur self|your self|vous meme|"
    r"par toi meme|by yourself|on your own|tout seul|toute seule)"
)
_RAW_THREAT9: list[tuple[AbuseKind, str, str, str | None, bool, str]] = [
    # A first person, a harm verb of a wide family, the reader's body or the reader through something: "i'll
    # put you through a window", "i'll break your jaw", "we'll cave your skull in", "mi a go buss yuh head".
    (
        _T,
        "harm_body_threat9",
        "head face jaw nose skull neck throat legs leg arms arm hands fingers knees kneecaps ribs teeth spine "
        "back eyes eye mouth lips bones body ass dome noggin melon chest balls nuts window windows wall walls "
        "table floor windscreen windshield door fence glass ceiling pavement ground bin wardrobe",
        None,
        True,
        rf"(?:{B}{_I9}|^gonna|^going to)(?: \S+)? {_HARM_EN9}(?: in| up| open| off| out)? (?:{_YR9}) (?:fucking |stupid |ugly |little |whole |damn |bloody |fat )?{_BODY9}(?: (?:in|open|off|out|up))?(?! (?:in|on|at|during) (?:the )?(?:game|match|round|ranked|lobby|finals?|fortnite|cod|valorant|league|smash|chess|mario kart)(?![^ ])){E}"
        rf"|{B}{_I9}(?:(?: \S+){{1,5}} (?:and|then|et))?(?: \S+)? (?:put|throw|chuck|toss|slam|smash|send|kick|shove|push) (?:{_Y9}) (?:through|thru|into|against|out of|off) (?:a |the |your |ur |my )?{_PLACE_THROUGH9}{E}",
    ),
    # The softer verbs on the reader's body ("i'll bust your head open", "mi a go buss yuh head"): soft, trash talk
    # in a game unless a real-world word is said.
    (
        _T,
        "harm_body_soft_threat9",
        "head face jaw nose skull neck throat legs leg arms arm hands fingers knees kneecaps ribs teeth spine "
        "eyes eye mouth lips bones dome noggin melon chest",
        "bust buss knock rearrange stomp punch kick slap bash batter beat pummel pound ruin wreck end waste smoke "
        "merk merc lick dash whoop whup tap box thump deck clock bang mash boot",
        True,
        rf"{B}{_I9}(?: \S+)? {_HARM_SOFT_EN9}(?: in| up| open| off| out)? (?:{_YR9}) (?:fucking |stupid |ugly |little |whole |damn |bloody |fat )?(?:head|face|jaw|nose|skull|neck|throat|legs|leg|arms|arm|hands|fingers|knees|kneecaps|ribs|teeth|spine|eyes|eye|mouth|lips|bones|dome|noggin|melon|chest)(?: (?:in|open|off|out|up))?{E}",
    ),
    # Harm brought about through others: "i'll have you beaten", "i'll get my boys to jump you", « je vous
    # ferai rosser par mes gens », « je vais te faire tabasser ».
    (
        _T,
        "harm_caused_threat9",
        "have get rosser bastonner batonner tabasser battre fouetter pendre tuer buter egorger defoncer casser "
        "peter refaire saigner planter lyncher massacrer cogner frapper bruler cramer enlever suivre retrouver "
        "attendre briser crever interner enfermer arreter expulser virer jump batter beat stab stabbed killed "
        "hurt hospitalised hospitalized kneecapped glassed battered jumped followed arrested sectioned evicted "
        "deported fired sacked boys mates lads cousins brothers crew gang mandem",
        None,
        False,
        rf"{B}(?:je|j|on|nous|jvais|jv)(?: (?:vais|va|v|allons|veux|peux|jure|te jure|vous jure))* (?:te|t|vous) (?:ferai|ferais|fera|ferons|feraient|vais faire|va faire|allons faire|fais|fait) {_CAUSE_FR9}{E}"
        rf"|{B}{_I9}(?: \S+)? (?:have|get) (?:{_Y9}) {_CAUSE_EN9}{E}"
        rf"|{B}{_I9}(?: \S+)? (?:get|send|have) (?:my|some|a few|me|the) (?:\S+ )?(?:boys|mates|lads|guys|friends|people|cousins|brothers|bros|crew|gang|mans|mandem|friend|mate|cousin|brother) (?:to |round to |over to |on )?(?:beat|jump|hurt|kill|stab|shoot|visit|pay|deal with|sort|sort out|rough up|smack|batter|find|follow|wait for|pick) (?:{_Y9}|{_YR9} \S+)(?: up| out)?{E}",
    ),
    # A target named by a condition: "the next one who reports me, i'll slash their tyres", "whoever touches my
    # base i'll find them", « le prochain qui me signale je lui crève les pneus », « celui qui … je le défonce ».
    (
        _T,
        "conditional_target_threat9",
        "next prochain prochaine premier premiere whoever anyone anybody celui celle ceux quiconque",
        None,
        False,
        rf"{B}(?:the next (?:one|person|guy|girl|idiot|clown|muppet|user|member)|next (?:one|person|guy)|whoever|anyone|anybody|any of (?:you|u)|le prochain|la prochaine|le premier|la premiere|celui|celle|ceux|celles|quiconque|le 1er|la 1ere)(?: (?:who|that|qui|de vous qui|d entre vous qui))?(?: \S+){{1,8}} "
        rf"(?:(?:i|we|i ll|i will|i m gonna|i am gonna|i am going to|imma|ima|we ll|we will)(?: (?:will|ll|am going to|m going to|gonna|swear|personally|just))* (?:{_HARM_EN9}|find|hunt|hunt down|track down|visit|dox|doxx|swat|end|hurt)(?: up| down| out| in)? (?:them|him|her|their|his|hers|em)"
        rf"|(?:je|j|on)(?: (?:vais|va|v|jure|te jure))* (?:lui|leur|le|la|les|l) {_HARM_FR9}){E}",
    ),
    # The reader foretold in hospital, "and not for your illness this time": « tu vas finir à l'hôpital, et pas
    # pour ta maladie cette fois », "keep it up and you'll end up in a wheelchair". A doctor's warning (rest,
    # eat, take care) names no "not for" and no provocation.
    (
        _T,
        "hospital_not_illness_threat9",
        "hopital hosto urgences rea reanimation morgue cimetiere fauteuil chaise terre morceaux hospital er icu "
        "wheelchair coffin bag morgue feet pieces traction",
        "finir finiras terminer terminera end wind",
        False,
        rf"{B}(?:tu vas|tu va|t vas|tu vas vite|vous allez|tu finiras|tu termineras|you will|you ll|you re gonna|you are gonna|you re going to|you are going to|you gonna|u gonna|u will|u ll)(?: \S+)? (?:finir|terminer|end up|wind up|be|finiras|termineras) {_HOSP9}"
        rf"(?: \S+){{0,2}} (?:et |and |but |mais )?(?:pas pour|pas a cause de|pas a cause d|et pas pour|not for|not because of|not from|and not for|and not because of|not due to) (?:ta|ton|tes|your|ur|la|le|les|the|a|une|un)(?: \S+){{0,3}}{E}",
    ),
    # The reader's private things held, then a consequence: « j'ai tes comptes-rendus… une capture et c'est
    # partout », "i've got your records. one click and they're public", "your nudes, one message and it's done".
    (
        _E,
        "held_then_spread_threat9",
        "capture screenshot screen clic click message mot word tweet post appel call dm mp",
        "partout everywhere public online ligne out internet done fini finie viral over",
        False,
        rf"{B}(?:{_YR9}|tes|ton|ta|vos|votre) (?:\S+ )?{_PRIV9}(?: \S+){{0,6}} (?:une|un|one|a single|1|juste une|juste un|just one|just a) (?:seule |seul |single |little |petite |petit )?(?:capture|screenshot|screen|clic|click|message|mot|word|tweet|post|appel|call|dm|mp) "
        rf"(?:et|and|pis|puis|then)(?: hop)? (?:c est|c|ca sera|ca part|ca finit|it s|its|it is|it goes|they re|they are|they go|theyre|everything s|everything is|tout est|tout part|tu es|t es|you re|you are|your life is|ta vie est) "
        rf"(?:partout|everywhere|public|online|en ligne|out|on the internet|sur internet|done|fini|finie|over|viral){E}",
    ),
    # The private things named first, then spread by the author: « tes photos de cicatrice, je vais les
    # balancer partout », "your therapy notes? i'm posting them everywhere".
    (
        _E,
        "named_then_spread_threat9",
        "balancer balance balancerai publier publie publierai poster poste posterai diffuser diffuse diffuserai "
        "afficher affiche afficherai envoyer envoie enverrai montrer montre montrerai partager partage "
        "partagerai leaker leak leake tourner mettre post posting share sharing send sending show showing "
        "spread spreading publish publishing release releasing drop dropping dump dumping upload uploading "
        "forward forwarding circulate airdrop",
        "tes ton ta vos votre your ur yer",
        False,
        rf"{B}(?:{_YR9}|tes|ton|ta|vos|votre) (?:\S+ )?{_PRIV9}(?: \S+){{0,8}} "
        rf"(?:(?:je|j|on|jvais|jv)(?: (?:vais|va|v|peux|veux|compte))* (?:les|la|le|l|te les) {_SPREAD9}"
        rf"|{_I9}(?: \S+)? (?:post|posting|share|sharing|send|sending|show|showing|spread|spreading|publish|publishing|release|releasing|drop|dropping|dump|dumping|upload|uploading|forward|forwarding|leak|leaking|airdrop|airdropping|put|putting) (?:them|it|those|these|em)(?: up| out)?)"
        rf"(?: \S+)? {_EVERYWHERE9}{E}",
    ),
    # An ultimatum whose price is everything the author knows about the reader: « t'as 24h… sinon je publie tout
    # ce que je sais sur toi », "delete it or i post everything i know about you", "i'll leak all i have on u".
    (
        _E,
        "everything_known_threat9",
        "sais know have ai got found trouve dug",
        "tout everything all toi you u",
        False,
        rf"{B}(?:{_I9}|(?:je|j|on|jvais|jv)(?: (?:vais|va|v|peux|veux|compte))*)(?: \S+)? (?:{_SPREAD9}|leaking|posting|sharing|publishing|releasing|dropping|dumping|reveal|revealing|reveler|devoiler|expose|exposing|dire|dis|tell|telling) "
        rf"(?:tout ce que|tout ce qu|everything|all|all that|what|whatever|every single thing|all the shit|all the dirt|la totale de ce que) (?:je|j|on|i|we) (?:sais|sait|ai|a|know|have|ve got|got|found|trouve|ai trouve) (?:sur|de|about|on) (?:toi|vous|you|u|ya){E}",
    ),
    # Every DM the reader sent, leaked by the author: "we're leaking every dm you've ever sent", "i'm posting
    # all the messages you sent her".
    (
        _E,
        "every_dm_leaked_threat9",
        "leak leaking post posting share sharing publish publishing release releasing dump dumping drop dropping "
        "screenshot screenshotting forward forwarding",
        "every all each",
        False,
        rf"{B}{_I9}(?: \S+){{0,6}} (?:leak|leaking|post|posting|share|sharing|publish|publishing|release|releasing|dump|dumping|drop|dropping|screenshot|screenshotting|forward|forwarding) "
        rf"(?:every|all|each|all of|all the|every single|each and every) (?:single )?(?:dm|dms|message|messages|text|texts|pm|pms|email|emails|voice note|voice notes)(?: \S+)? (?:{_Y9}|ur|your) (?:have |ve |has |d |had )?(?:ever |evr )?(?:sent|written|wrote|posted|typed|said|sent us|sent me|sent him|sent her){E}",
    ),
    # Pictures of the reader's door, house or street, about to be posted: "hope you enjoy the pics of your front
    # door i'm about to post", « les photos de ta maison que je vais poster ».
    (
        _E,
        "place_pictured_threat9",
        "pics pictures photos photo pic picture video vids vid snaps",
        "door house home street car building flat window windows school kids porte maison rue voiture immeuble "
        "appart fenetre fenetres ecole gosses balcony balcon garden jardin",
        False,
        rf"{B}(?:pics|pictures|photos|photo|pic|picture|video|videos|vid|vids|snaps) (?:of|de|d) (?:{_YR9}|ta|ton|tes) (?:front |back |new |little |petite |petit |nouvelle |nouveau )?(?:door|house|home|street|car|building|flat|window|windows|school|kids|balcony|garden|porte|porte d entree|maison|rue|voiture|immeuble|appart|fenetre|fenetres|ecole|gosses|balcon|jardin)"
        rf"(?: \S+){{0,2}} (?:(?:i|we|i m|i am|im|we re|we are)(?: (?:m|am|are|re|will|ll|just|about to|going to|gonna|finna))* (?:post|posting|upload|uploading|share|sharing|leak|leaking|drop|dropping|took|snapped|shot|got|have)|(?:je|j|on)(?: (?:vais|va|v))* (?:poster|publier|balancer|partager|ai prises|ai prise|ai pris|a prises|prends)|que (?:je|j|on) (?:vais|va) (?:poster|publier|balancer|partager)){E}",
    ),
    # Visitors promised to a reader whose town, address or gamertag is known: "your gamertag plus your town is
    # enough for me. enjoy your visitors tonight", « je connais ta ville, attends-toi à de la visite ce soir ».
    (
        _T,
        "visitors_promised_threat9",
        "visitors visitor visit company guests visite visiteurs",
        "town address addy ip gamertag city street location adresse ville rue quartier village postcode zip",
        False,
        rf"{B}(?:enjoy|expect|get ready for|prepare for|look forward to|say hi to|attends toi a|attendez vous a|prepare toi a|prepare toi pour|profite de|profite bien de) (?:your |ur |some |a |de la |une |des |tes |ta |la |little |petite )?(?:visitors|visitor|visit|company|guests|visite|visiteurs|surprise visit|petite visite)"
        rf"(?: (?:tonight|ce soir|cette nuit|soon|bientot|tomorrow|demain|this weekend|ce week end|very soon|real soon|tres bientot))?(?: (?:lol|x|xx|mate|bro|hun|smiling face|winking face|slightly smiling face))*$",
    ),
    # A bridge or a height pointed to, with a dismissal: "the bridge is that way, off you pop", « le pont c'est par
    # là, bon vent », "the roof's over there, go on then". Directions with no dismissal stay directions.
    (
        _T,
        "height_pointed_threat9",
        "way there ici la par",
        "bridge roof rooftop cliff ledge edge tracks railway river canal lake sea balcony tower motorway highway "
        "pont toit falaise rebord bord rails voie riviere seine lac mer balcon tour autoroute viaduc viaduct "
        "noose rope corde poutre beam",
        False,
        rf"{B}(?:the|le|la|les|l|your|ur|ton|ta|nearest|closest|a|un|une) (?:nearest |closest |plus proche )?{_HEIGHT9}(?: s| is| are| c est| est|s)? (?:that way|this way|over there|right there|just there|out there|down there|up there|par la|par ici|la bas|juste la|juste a cote|right behind you|behind you)"
        rf"(?: \S+){{0,3}} {_DISMISS9}(?: (?:lol|lmao|mate|m8|bro|sweetie|hun|x|xx|then|now|alors|hein|stp|pls))*$",
    ),
    # The whole of the reader's pills, with relief for the rest of us: "take the whole bottle of your meds and
    # spare us your posts", « avale toute ta boîte de cachets, ça nous fera des vacances ».
    (
        _T,
        "pills_relief_threat9",
        "bottle box pack packet strip lot boite boites plaquette plaquettes tube all toute toutes tous whole",
        "spare save favour favor break peace riddance happier miss wake sleep vacances bien soulagera "
        "soulagera debarras plaisir faveur service regrettera remarquera tranquilles reveille toujours forever",
        False,
        rf"(?:^|{B}(?:just|go|now|pls|please|then|so|maintenant|allez|vas y|va|alors|juste|et) )(?:take|swallow|down|neck|eat|chug|pop|prends|avale|gobe|bouffe|prend|avales|prenez|avalez) "
        rf"(?:(?:the|your|ur|all|all of|all your|all ur|the whole|a whole|every one of|every last one of|ta|tes|toute ta|toutes tes|tous tes|tout ton|toute la|la|les|une) )+(?:\S+ )?(?:(?:bottle|box|pack|packet|strip|lot|jar|tub|boite|plaquette|plaquettes|tube|flacon|boites) (?:of|de|d) (?:(?:your|ur|the|tes|ta|ton|those|ces) )?(?:\S+ )?)?{_PILLS9}"
        rf"(?: \S+){{0,4}} (?:and|et|then|puis|so|pour|to|comme ca|that way)? ?{_RELIEF9}{E}",
    ),
    # "Do it yourself" beside a death word: « jte souhaite pas de mourir hein, jte conseille de le faire
    # toi-même », "not saying die, just saying do it yourself"; a floor advised: « jte conseille le 5e étage ».
    (
        _T,
        "do_it_yourself_threat9",
        "toi yourself urself etage floor storey",
        "conseille suggest advise recommend recommande advice conseil suggere",
        False,
        rf"{B}(?:mourir|meurs|meure|crever|creve|die|dying|dead|death|suicide|suicider|unalive|te tuer|kill yourself|kill urself|mort|morte)(?: \S+){{0,12}} {_DIY9}{E}"
        rf"|{B}{_DIY9}(?: \S+){{0,6}} (?:mourir|crever|die|dying|dead|death|suicide|unalive|kill yourself|mort|morte|end it|en finir){E}"
        rf"|{B}(?:je te|j te|jte|je vous|i|i d|i would)(?: (?:would|d|just|strongly|fortement|vivement))? (?:conseille|suggest|recommend|recommande|advise) (?:you |u )?(?:le|la|the|un|une|a) (?:\d+(?:e|eme|th|rd|nd|st)?|cinquieme|sixieme|dixieme|dernier|top|highest|fifth|sixth|tenth|last) (?:etage|floor|storey|story)(?: \S+){{0,6}} (?:suffire|suffira|suffit|enough|do the job|do the trick|faire l affaire|pour toi|for you){E}",
    ),
    # « ouvre la fenêtre et saute », "open the window and jump", "log off. permanently. not the game".
    (
        _T,
        "window_jump_threat9",
        "fenetre window velux saute jump lean penche permanently forever definitivement",
        None,
        False,
        rf"{B}(?:ouvre|ouvrez|open|go open) (?:la|ta|the|your|ur|a) (?:fenetre|window|velux) (?:et|and|then|puis) (?:saute|sautez|jump|lean out|penche toi|jette toi|throw yourself|step out|go){E}"
        rf"|^(?:@user )?(?:just |now |pls |go |then )*(?:log off|log out|logout|logoff|disconnect|unplug|quit|deconnecte toi|deco toi|alt f4) (?:permanently|forever|for good|for real|definitivement|pour de bon|pour toujours)(?: \S+){{0,2}} (?:and i (?:do not|don t|dont) mean the game|not the game|i don t mean the game|i do not mean the game|irl|in real life|from life|de la vie|en vrai|pas le jeu|je parle pas du jeu|la vraie vie|real life){E}",
    ),
]
_RAW_THREAT9 += [
    # The big leap "for us" where a height is named: « y a une falaise à Étretat… tu fais le grand saut pour
    # nous »; a proposal (« fais le grand saut, demande-la en mariage ») names no height.
    (
        _T,
        "big_leap_for_us_threat9",
        "saut leap jump dive",
        "falaise pont toit fenetre etage vide viaduc cliff bridge roof rooftop window ledge edge balcony balcon",
        False,
        rf"{B}(?:fais|fait|faites|take|make|do|tu fais|you take|you do) (?:le grand saut|the big leap|the leap|the big jump|a big leap|le saut de l ange|un saut de l ange|a swan dive|le saut) (?:pour nous|for us|for everyone|pour tout le monde|for all of us|for the server|pour le serveur|pour nous tous){E}",
    ),
]
_AUD9 = (
    r"(?:mum|mom|mother|mam|mammy|dad|father|parents|family|boss|employer|manager|wife|husband|ex|kids|school|"
    r"teacher|gf|bf|girlfriend|boyfriend|partner|therapist|doctor|church|colleagues|coworkers|friends|"
    r"mere|pere|daronne|daron|parents|famille|patron|employeur|femme|mari|copine|copain|prof|ecole|collegues|"
    r"psy|medecin|potes)"
)
_RAW_THREAT9 += [
    # What the reader said, saved and sent to their own people: "screenshotting everything you've said about
    # your eating disorder and sending it to your mum", « je capture tout ce que tu dis et je l'envoie à ta mère ».
    (
        _E,
        "saved_and_sent_threat9",
        "screenshot screenshotting screenshotted screenshots screen screens saving saved capture captures "
        "capturer recorded recording enregistre enregistrer archive archiving",
        "sending send forwarding forward showing show mailing emailing posting envoyer envoie montrer transferer "
        "balancer",
        False,
        rf"{B}(?:screenshot|screenshotting|screenshotted|screenshots|screen|screens|saving|saved|save|capture|captures|capturer|recorded|recording|record|enregistre|enregistrer|archive|archiving)(?: \S+){{0,2}} (?:everything|all|every word|every single word|whatever|what|tout ce que|tout ce qu|ce que|ce qu|chaque mot|chaque message|every message|all the messages|all your messages|tous tes messages)(?: \S+){{0,10}} "
        rf"(?:and |et |then |puis )?(?:i m |i am |i ll |i will |je vais |j vais |je |j )?(?:sending|send|forwarding|forward|showing|show|mailing|emailing|posting|envoyer|envoie|montrer|montre|transferer|transfere|balancer|balance)"
        rf"(?: (?:it|them|all|all of it|everything|that|those|these|this|em|the lot|le|la|les|l|tout))* (?:all )?(?:to|a|au|aux) (?:{_YR9}|ton|ta|tes) (?:\S+ )?{_AUD9}{E}",
    ),
    # Data held, then "one more report and it goes public": "real name, address, mum's facebook, all in a doc.
    # one more report on me and it goes public", « encore un signalement et tout part en ligne ».
    (
        _E,
        "one_more_and_public_threat9",
        "public online everywhere out partout ligne viral",
        "name address addy ip facebook insta doc number phone nom adresse numero dossier linkedin town ville "
        "school ecole workplace",
        False,
        rf"{B}(?:one more|another|a single|just one|encore un|encore une|un seul|une seule|un autre|une autre|un de plus|une de plus) (?:report|word|message|post|comment|ban|mute|warning|strike|signalement|mot|commentaire|avertissement)(?: (?:on me|about me|against me|contre moi|sur moi|de plus|from you|de ta part))? "
        rf"(?:and|et|pis|puis) (?:it|they|this|the doc|everything|all of it|all of this|tout|ca|c|le doc|le dossier|your \S+|ton \S+|ta \S+|tes \S+) (?:goes|go|gets|get|is|are|will go|will be|part|partent|sera|seront|est|sont|finit|finissent) (?:public|online|out|everywhere|partout|en ligne|viral|sur internet|on the internet){E}",
    ),
    # A pet and a recipe: « ton perroquet qui crie en fond de stream, je connais une recette », "that cat of
    # yours, i know a good recipe".
    (
        _T,
        "pet_recipe_threat9",
        "recette recipe recipes recettes",
        "chien chat chatte lapin perroquet oiseau hamster cheval dog cat rabbit bunny hamster parrot bird pet "
        "pets horse puppy kitten chiot chaton cochon d inde guinea",
        False,
        rf"{B}(?:ton|ta|tes|your|ur|that|those|le|la) (?:\S+ )?(?:chien|chat|chatte|lapin|perroquet|oiseau|hamster|cheval|dog|cat|rabbit|bunny|parrot|bird|pet|pets|horse|puppy|kitten|chiot|chaton|cochon d inde|guinea pig)(?: \S+){{0,8}} "
        rf"(?:je connais|j connais|jconnais|i know|i ve got|i have|i got|j ai|on a|we have) (?:une|un|a|the|la|some|de) (?:\S+ )?(?:recette|recipe|recettes|recipes)"
        rf"(?: (?:pour|for) (?:\S+ )?(?:cuire|cuisiner|cook|cooking|roast|roasting|grill|grilling|bbq|manger|eating|eat|stew|ragout|civet|pate|pie))?(?: (?:lol|mdr|xd|hehe|face savoring food|smiling face|winking face|slightly smiling face|smiling face with horns))*$",
    ),
    # The shame-if on the reader's door or window: « ce serait dommage que ta porte soit ouverte », "be a shame if
    # your back door was unlocked tonight".
    (
        _T,
        "shame_if_door_threat9",
        "porte door fenetre window windows fenetres voiture car garage portail gate lock serrure",
        "nuit night tonight soir dormir dors dort sleep sleeping asleep dodo nights nuits",
        False,
        rf"{B}(?:be|would be|d be|ll be|serait|ce serait|ca serait|c serait|ce serait vraiment) (?:a |such a |really a |vraiment |trop |tellement )?(?:shame|pity|dommage|triste) (?:if|que|qu|si) "
        rf"(?:{_YR9}|ta|ton|tes) (?:front |back |little |petite |petit )?(?:porte|porte d entree|door|front door|back door|fenetre|fenetres|window|windows|voiture|car|garage|portail|gate|serrure|lock)(?: \S+)? "
        rf"(?:soit|reste|etait|restait|was|is|were|got|gets|stayed|stays|ended up|se retrouve|se retrouvait)(?: \S+)? (?:ouverte|ouvertes|ouvert|unlocked|open|left open|forcee|forcees|broken|broken into|smashed|cassee|cassees|fracturee|fracturees){E}",
    ),
]
PHRASES = PHRASES + tuple(_compile_phrase(row) for row in _RAW_THREAT9)
ANCHORS = ANCHORS | frozenset().union(*(ws(row[2]) - _STOP for row in _RAW_THREAT9))
REAL_WORLD = REAL_WORLD | ws("ketch")

# --- insult9 (round 43, insult helper 9): insults by construction -----------------------------------------
# Each row is a construction with broad slots, never a corpus sentence: the reader's face, voice or breath
# likened to a beast or a thing (« t'as une tête de baleine échouée », « ta respiration de phoque », "your face
# looks like a slapped arse"); the reader's mind sold without a brain ("your one functioning brain cell", "was
# your brain on backorder", « ton neurone est en option »); the tropes of stupidity aimed at the reader ("eats
# crayons", "claps when the plane lands", "do they let you use scissors", « battu par le tuto »); a superlative
# of contempt (« t'es la plus naïve du serveur », "you're the most insufferable … I've ever seen"); the reader's
# illness called laziness or a lie (« ton covid long c'est surtout une flemme », "your fibro is just an excuse",
# "chronic couch"); so bad that… (« t'es tellement mauvais que même les bots te farm »); a silencing with a
# vocative ("shut it you jumped-up …", "cop on ya dose"); "a bot with extra steps"; sarcastic politeness ("couldn't
# be you… oh wait it is", « c'est toi le cerveau de la bande ? ça explique tout », « émouvant de voir quelqu'un
# d'aussi peu intelligent »). Never the author of themself (the rows start from the reader), never a praise
# word; the softest rows are teasing when laughed or loved (``abuse._LAUGH_VOIDS``).
_Y9 = r"(?:you|u|ya|ye|yu|tu|t|toi|te|vous|@user)"
_YR9 = r"(?:your|ur|yer|yo|ton|ta|tes|votre|vos)"
_BEAST9 = (
    r"(?:baleine echouee|baleine|phoque|morse|otarie|porc|cochon|goret|truie|veau|vache|thon|morue|cheval|chevre|"
    r"mule|rat|fouine|belette|hyene|singe|gorille|chimpanze|babouin|crapaud|merou|poulpe|limace|dinde|poule|"
    r"chameau|dromadaire|hippopotame|hippo|boeuf|bouledogue|carpe|poisson mort|poisson pane|cafard|cloporte|"
    r"lama|mouton|ane|bourrique|blaireau|sanglier|mammouth|bulot|huitre|moule|endive|patate|pomme de terre|"
    r"navet|cul|fesse|fesses|pizza|serpillere|serpilliere|steak hache|flan|aspirateur|tracteur|camion poubelle|"
    r"whale|beached whale|seal|walrus|pig|hog|sow|cow|horse|donkey|mule|rat|weasel|hyena|monkey|baboon|gorilla|"
    r"chimp|toad|frog|slug|turkey|camel|hippo|bulldog|pug|goblin|gremlin|potato|thumb|foot|arse|ass|bum|"
    r"smacked arse|slapped arse|bag of spanners|melted candle|dropped pie|dial up modem|leaf blower|hoover|"
    r"vacuum cleaner|foghorn|fog horn|tractor|bin lorry|garbage truck|car alarm|kettle|smoke alarm)"
)
_FEATURE9 = (
    r"(?:tete|gueule|tronche|face|bouille|degaine|voix|respiration|haleine|demarche|dentition|regard|sourire|"
    r"rire|physique|odeur|face|head|mug|voice|breath|breathing|laugh|walk|smile|teeth|looks|snoring|ronflement)"
)
_ADJ9 = r"(?:petite |petit |grosse |gros |sale |vieille |vieux |big |fat |ugly |stupid |little |lil |whole |entire |dumb |busted )*"
_SUPERL_FR9 = (
    r"(?:naive|naif|bete|con|conne|nul|nulle|lourd|lourde|chiant|chiante|toxique|insupportable|stupide|debile|"
    r"inutile|mauvais|mauvaise|lent|lente|pathetique|minable|ridicule|relou|claque|claquee|idiot|idiote|"
    r"incompetent|incompetente|agacant|agacante|penible|egoiste|hypocrite|arrogant|arrogante|pretentieux|"
    r"pretentieuse|genant|genante|cringe|teube|abruti|abrutie|ignorant|ignorante|rageux|rageuse|aigri|aigrie)"
)
_SUPERL_EN9 = (
    r"(?:insufferable|annoying|useless|stupid|dumb|clueless|pathetic|entitled|obnoxious|arrogant|toxic|irritating|"
    r"unbearable|incompetent|self important|selfish|whiny|boring|delusional|braindead|brain dead|ignorant|"
    r"unpleasant|miserable|tedious|exhausting|cringe|cringey|cringy|dense|gullible|naive|brainless|spineless|"
    r"smug|petty|clueless|moronic|idiotic|unfunny|insecure|fragile|thick)"
)
# a claim told as someone else's ("people think your…", « les gens pensent que ta… »): reported, not made
_SAID_BY_OTHERS9 = (
    "(?<!pensent que )(?<!disent que )(?<!croient que )(?<!trouvent que )(?<!thinks )(?<!says )(?<!people think )"
    "(?<!people say )(?<!they think )(?<!they say )(?<!told me )(?<!tell me )(?<!think that )(?<!say that )"
    "(?<!m a dit que )(?<!m ont dit que )(?<!on m a dit que )(?<!on me dit que )"
)
_RAW_INSULT9: list[tuple[AbuseKind, str, str, str | None, bool, str]] = [
    # The reader's face, voice or breath likened to a beast or a thing: « t'as une tête de baleine échouée »,
    # « coupe ton micro, on entend ta respiration de phoque », "your voice sounds like a leaf blower", "you've
    # got a face like a slapped arse"; never the author's own ("my face looks like a potato on prednisone"),
    # never a noble animal (« une tête de lion », "a laugh like a kookaburra" are not in the list).
    (
        _I,
        "insult_face_of_beast_insult9",
        "tete gueule tronche face bouille degaine voix respiration haleine demarche dentition regard sourire rire "
        "physique odeur head mug voice breath breathing laugh walk smile teeth looks snoring ronflement",
        "t tu ta ton votre toi avec espece your ur yer you ya",
        False,
        rf"{B}(?:t as|tu as|t a|t avais|vous avez|avec ta|avec ton|avec ce|avec cette|toi et ta|toi et ton|ta|ton|votre|espece de) (?:toujours |encore |vraiment |juste |carrement |grave |une |un |la |le |cette |ce )*{_ADJ9}{_FEATURE9} (?:de|d|du) (?:{_ADJ9})?{_BEAST9}{E}"
        rf"|{B}(?:your|ur|yer|you have|you have got|you ve got|you got|ya got|you ve a|with your|with ur) (?:a |an |the |that |this )?{_ADJ9}{_FEATURE9} (?:looks like|look like|sounds like|sound like|smells like|smell like|is like|like|of) (?:a |an |some |the |one |)(?:{_ADJ9})?{_BEAST9}{E}",
    ),
    # The reader's mind sold without a brain: "with ur one functioning brain cell", "is there a single thought
    # behind your eyes", "was your brain on backorder", « ton neurone est vendu séparément », « tes deux
    # neurones »; never brain fog told (« mon cerveau est en panne », "your brain fog is real, rest"), never the
    # author ("my last brain cell").
    (
        _I,
        "insult_brain_sold_separately_insult9",
        "cell cells braincell braincells neuron neurons neurone neurones thought thoughts brain cerveau cervelle",
        None,
        False,
        rf"{B}{_YR9} (?:one|only|single|last|two|2|three|3|lone|lonely|remaining|seul|unique|dernier|deux|trois) (?:functioning |working |remaining |surviving |active |good |lonely |last |fonctionnel |qui marche |restant )?(?:brain cell|brain cells|braincell|braincells|neuron|neurons|neurone|neurones){E}"
        rf"|{B}(?:is there|are there|y a t il|y a) (?:a |even )?(?:one|single|even one|un seul|une seule|seule|seul|any) (?:single )?(?:thought|thoughts|brain cell|braincell|neuron|neurone|pensee|idee) (?:behind|in|inside|between|going on behind|derriere|dans|entre) (?:your|ur|those|tes|ton|ta|ces) (?:eyes|head|skull|ears|yeux|tete|crane|oreilles){E}"
        rf"|{B}(?:was|is|s|were|are) {_YR9} (?:brain|brains|braincell|brain cell|brain cells) (?:on backorder|on back order|out of stock|sold separately|not included|an optional extra|optional|a dlc|a paid dlc|dlc|discontinued|recalled|a free trial|on a free trial){E}"
        rf"|{B}{_YR9} (?:brain|brains|braincell|brain cell) (?:was |is |s |came |come |must have been |must be )?(?:on backorder|on back order|out of stock|sold separately|not included|an optional extra|a dlc|a paid dlc|discontinued|recalled|on a free trial){E}"
        rf"|{B}(?:ton|ta|tes|votre|vos) (?:seul |unique |dernier |petit |pauvre )?(?:cerveau|cervelle|neurone|neurones) (?:est |etait |a ete |sont |etaient )?(?:vendu separement|vendue separement|vendus separement|en option|en rupture de stock|en rupture|pas inclus|pas incluse|non fourni|non fournie|en dlc|livre sans|en precommande|en promo){E}",
    ),
    # The tropes of stupidity aimed at the reader: "you type like someone who eats crayons", "you sound like someone
    # who claps when the plane lands", "do they let you use scissors", "you type like you've got a helmet on",
    # "every message you post lowers the server IQ", « t'es le genre de mec qui se fait battre par le tuto »,
    # « tu lèches les vitres »; never told of the author ("I clap when the plane lands, sue me") nor of a child
    # with no reader ("my nephew eats crayons").
    (
        _I,
        "insult_stupid_trope_insult9",
        "crayons crayon glue paste windows window plane scissors helmet iq qi tuto tutorial vitres colle bots pnj flap",
        None,
        False,
        rf"{B}{_Y9} (?!(?:i|je|j|me|my|moi)(?![^ ]))(?:\S+ ){{0,8}}(?:eats crayons|eat crayons|eating crayons|ate crayons|eats glue|eat glue|ate glue|eats paste|eat paste|licks windows|lick windows|licked windows|licking windows|claps when the plane lands|clap when the plane lands|clapped when the plane landed|claps when planes land|(?:a |the )?helmet on|a helmet (?:to|for) (?:type|play|walk|read|think|log in|eat)|(?:cane|wheelchair|crutches|walker) and a helmet|let (?:you|u) (?:use|have|hold|touch|near|play with|handle) (?:scissors|sharp objects|the scissors|cutlery|a fork|knives)|allowed (?:to use |near )?(?:scissors|sharp objects)|lowers? (?:the )?(?:server|chat|group|guild|room|team|channel|collective|average|lobby|discord) (?:iq|brain power)|flap (?:your|ur|yer|tes|ta) (?:hands|arms|little hands|mains|bras)|mange(?:s|nt)? (?:des |ses |tes |les )?(?:crayons|crottes de nez|la colle|de la colle)|leche(?:s|nt)? les (?:vitres|fenetres|carreaux)|(?:se fait|se fais|te fais|te fait|t es fait|s est fait|t es fais|tu te fais) (?:battre|defoncer|eclater|rouler dessus|marcher dessus) par (?:le|un|les|des) (?:tuto|tutoriel|tutorial|bots|bot|pnj)|(?:beaten|killed|carried|outplayed) by the (?:tutorial|tuto)|baisse(?:s|nt)? le (?:qi|niveau) (?:du serveur|du chat|du groupe|de la guilde|du salon|moyen)){E}"
        rf"|{B}(?:let|lets|allow|allows) (?:you|u) (?:use|have|hold|touch|near|play with|handle) (?:scissors|sharp objects|the scissors|cutlery|a fork|knives){E}",
    ),
    # A superlative of contempt at the reader: « t'es vraiment la plus naïve du serveur », « toi t'es la pire de
    # toutes », "you are hands down the most insufferable, self-important little know-nothing I've ever seen";
    # never the author ("I'm the most useless person on this server lol"), never praise ("the most patient").
    (
        _I,
        "insult_superlative_insult9",
        "plus pire most worst",
        "es etes toi etais ete you u ur youre re are were been",
        False,
        rf"{B}(?:t es|tu es|vous etes|c est toi|c est vous|toi t es|t etais|tu etais|t as toujours ete) (?:vraiment |juste |clairement |de loin |officiellement |franchement |carrement |surement |sans doute |probablement |grave |bien |toujours )*(?:le|la|les|l) (?:plus |pire )(?:{_SUPERL_FR9}|joueur|joueuse|membre|mec|meuf|personne|tank|heal|healer|support|coach|modo|streamer|gm)(?: \S+)? (?:du serveur|du discord|de la team|de l equipe|du groupe|de la guilde|du chat|du jeu|de la terre|de la planete|du monde|de l univers|de tous|de toutes|d entre (?:vous|nous|eux|elles)|que j ai jamais (?:vu|vue|croise|croisee|rencontre|rencontree|lu|lue)|que j aie jamais (?:vu|vue|croise|croisee))"
        rf"|{B}(?:you re|you are|youre|ur|u r|you ve been|you have been|you were|you|u) (?:hands down |easily |by far |officially |genuinely |literally |truly |honestly |without doubt |without a doubt |probably |just |quite |actually |definitely |undoubtedly |possibly |clearly )*(?:the )?(?:single )?most {_SUPERL_EN9}(?: (?!(?:brother|sister|bro|sis|friend|bestie|wife|husband|son|daughter|kid|child|mum|mom|dad|cat|dog|boyfriend|girlfriend|partner)(?![^ ]))\S+){{0,4}} (?:i ve|i have|i ve ever|ever|alive|in this server|on this server|in this guild|in this group|in this chat|on the server|in the server|on this planet|on the planet|on earth|in the world|in history|of all time){E}",
    ),
    # The reader's illness called laziness or a lie: « ton covid long c'est surtout une flemme longue », « ta
    # fibro c'est dans ta tête », "your chronic fatigue is just laziness", "'chronic fatigue' lol you mean chronic
    # couch", "chronic fatigue AND chronic stupidity"; never a denial told or refused ("people say my fibro is
    # laziness, it isn't"), never the author's own (« ma flemme chronique »).
    (
        _I,
        "insult_illness_is_lazy_insult9",
        "flemme paresse faineantise feignantise cinema comedie excuse laziness lazy head tete couch stupidity "
        "idiocy whining moaning chronic",
        None,
        False,
        rf"{B}{_SAID_BY_OTHERS9}(?:ton|ta|tes|votre|vos|your|ur) (?:\S+ ){{1,3}}(?:c est|c etait|ce sont|is|s|was|are|=) (?:surtout |juste |plutot |just |mostly |really |only |clearly |basically |definitely |obviously |more like |totalement |clairement |simplement |que |qu |seulement |franchement |honestly |literally )*(?:une |de la |du |d |a |an |pure |plain |un |la |l )?(?:flemme|flemme longue|flemme chronique|grosse flemme|paresse|faineantise|feignantise|cinema|comedie|du flan|laziness|lazyness|chronic laziness|an excuse to be lazy|excuse to be lazy|excuse pour pas bosser|excuse pour ne pas bosser|excuse pour pas travailler|excuse pour rien foutre){E}"
        rf"|{B}(?:you|u|ya) (?:mean|have|got|ve got|suffer from|just have|really have|actually have) (?:a |an |some |the )?(?:case of )?chronic (?:couch|couching|laziness|lazyness|lazy|stupidity|idiocy|whining|moaning|netflix|napping|attention seeking|bullshit|bs|excuses|lying){E}"
        rf"|{B}(?:having|with|and|et|avec) chronic (?:\S+ )?and chronic (?:stupidity|idiocy|laziness|lazyness|whining|moaning|attention seeking|bullshit|lying){E}",
    ),
    # So bad that…: « t'es tellement mauvais que même les bots te farm », « MAIS T'ES TELLEMENT MAUVAIS C'EST PAS
    # POSSIBLE », "ur so trash even the bots feel sorry for you"; never praise (« tellement fort que »), never the
    # author (« je suis tellement nulle que… »).
    (
        _I,
        "insult_so_bad_that_insult9",
        "mauvais mauvaise nul nulle claque claquee eclate eclatee naze bete con conne lent lente debile teube "
        "guez chiant chiante lourd lourde bad trash useless dumb stupid slow braindead garbage",
        "tellement trop si tlm tellment tellemen so sooo soo this that",
        False,
        rf"{B}(?:t es|tu es|vous etes|t etais|tu etais|te|t) (?:tellement|trop|si|tlm|tellment|tellemen|vraiment tellement|juste tellement) (?:mauvais|mauvaise|nul|nulle|claque|claquee|eclate|eclatee|naze|bete|con|conne|lent|lente|debile|teube|guez|chiant|chiante|lourd|lourde) (?:que|qu|c est pas possible|c est pas permis|c est une blague|c est abuse|c est grave|ca devrait etre interdit|ca fait peur|ca fait mal|a ce point|c est fou|c est incroyable|c est dingue){E}"
        rf"|{B}(?:you re|you are|youre|ur|u r|your) (?:so|sooo|soo|this|that|such) (?:bad|trash|useless|dumb|stupid|slow|braindead|brain dead|garbage) (?:that )?(?:even (?:the |a |my )?(?:bots?|npcs?|ai|tutorial|toddler|toddlers|grandma|gran|nan|dog|cat)|it s (?:embarrassing|painful|criminal|illegal|a crime|tragic|sad)|it hurts)",
    ),
    # A silencing with a vocative: "shut it you jumped-up little …", "pipe down you muppet", "would ya ever cop on, ya
    # dose", « ferme-la toi l'espèce de … »; never "shut up you're so sweet", "shut up you guys", a praise word.
    (
        _I,
        "insult_silenced_vocative_insult9",
        "shut stfu pipe jog wind cop wise",
        None,
        False,
        rf"{B}(?:shut it|shut up|stfu|pipe down|jog on|do one|wind your neck in|wind ur neck in|cop on|wise up|catch yourself on|button it) (?:you|ya|u|ye) (?!(?:{_PRAISE8}|re|are|r|were|was|know|did|do|have|ve|ll|d|can|could|should|would|will|just|too|both|all|lot|guys|two|people|lads|girls|gals|folks|lovely|cutie|cutie pie|sweetie|angel|dork|nerd|goof|goofball|silly|absolute legend|mean|made|make|said|say|got|get|go|win|won|lose|lost|and|me|i|there|here|first|again)(?![^ ]))(?:jumped up |little |lil |stuck up |self important |sad |pathetic |absolute |total |utter |big |fat |daft |thick |dozy |useless |stupid |dumb |bloody |fucking |fkn |massive |great |miserable |sorry |gobby |mouthy |snivelling |whiny |whingy |dopey |dense |smug |)(?!(?:{_PRAISE8}|softie|softy|sap|cutie|babe|baby|love|hun|doll|bestie|sweetie|angel|dork|nerd|goof|goofball|silly|muffin|bean|egg)(?![^ ]))(?:\S+)(?: warrior| merchant| goblin| gremlin| muppet| clown| prat| idiot)?{E}(?! (?:{_PRAISE8}|softie|softy|sap|cutie|babe|baby|love|hun|doll|bestie|sweetie|angel|dork|nerd|goof|goofball|silly|muffin|bean|egg)(?![^ ]))(?!(?: \S+){{0,1}} (?:lol|lmao|haha|xd|mdr)(?![^ ]))",
    ),
    # "you're literally a bot with extra steps", « t'es un bot avec des étapes en plus »; never of a game ("this game
    # is chess with extra steps").
    (
        _I,
        "insult_extra_steps_insult9",
        "steps etapes",
        None,
        False,
        rf"{B}(?:you re|you are|youre|your|ur|u r|t es|tu es|vous etes) (?:literally |just |basically |only |really |juste |litteralement |genre )*(?:a|an|un|une) (?:\S+ ){{1,2}}(?:with extra steps|with more steps|avec des etapes en plus|avec plus d etapes){E}",
    ),
    # Sarcastic politeness: "couldn't be you… oh wait it is", « c'est toi le cerveau de la bande ? ça explique
    # tout », « c'est toujours émouvant de voir quelqu'un d'aussi peu intelligent s'exprimer », "it's so inspiring
    # to see someone this clueless talk"; never sincere praise (no contempt word in the slot).
    (
        _I,
        "insult_sarcastic_politeness_insult9",
        "wait explique explains emouvant touchant beau fascinant impressionnant rafraichissant adorable touching "
        "moving beautiful fascinating impressive refreshing inspiring heartwarming cute",
        None,
        False,
        rf"{B}(?:couldn t|could not|can t|cannot|couldnt|cant) be (?:you|u)(?: \S+){{0,2}} (?:oh wait|wait|oh) (?:it is|it s|its|it was|you just did|you did|it s you|that s you|you are|you re)(?![^ ])"
        rf"|{B}(?:c est toi|c etait toi|c est vous|so you re|oh you re|so you are|you re|you are|t es|tu es) (?:le|la|l|the) (?:cerveau|genie|brain|brains|genius|mastermind|stratege|strategist|intello|einstein|lumiere|tete pensante) (?:\S+ ){{0,4}}(?:ca explique tout|ca explique beaucoup|ca explique bien des choses|ca explique pas mal de choses|tout s explique|that explains a lot|that explains everything|that explains so much|explains a lot|explains everything|makes sense now|now it makes sense){E}"
        rf"|{B}(?:emouvant|touchant|beau|fascinant|impressionnant|rafraichissant|adorable|touching|moving|beautiful|fascinating|impressive|refreshing|inspiring|heartwarming|cute|adorable) (?:\S+ ){{0,3}}(?:de voir|de lire|d entendre|to see|to watch|to read|to hear|seeing|watching|reading|hearing) (?:quelqu un|qqn|someone|somebody|une personne|a person|un mec|a guy) (?:d aussi|de si|de tellement|d autant|so|this|that) (?:peu intelligent|peu intelligente|peu malin|peu maline|bete|con|conne|stupide|debile|idiot|idiote|nul|nulle|incompetent|incompetente|ignorant|ignorante|stupid|dumb|clueless|brainless|dense|thick|unintelligent|uninformed|dim|slow|incompetent|ignorant){E}",
    ),
]
_RAW_INSULT9.append(
    # The order turned round (read backwards too): "die and do the world a favour", « crève et rends service au
    # monde »; never "do the world a favour and recycle".
    (
        _T,
        "kys_favour_after_insult9",
        "favour favor service faveur",
        None,
        False,
        rf"{B}(?:die|just die|go die|kys|kill yourself|kill urself|neck yourself|rope|hang yourself|unalive yourself|creve|va crever|meurs|pends toi|tue toi|disparais) (?:and|et|pour) (?:do|make|rends|rendre|fais|faire) (?:the world|us all|us|everyone|everybody|society|the server|le monde|au monde|a tout le monde|nous tous|a la societe|au serveur|la societe) (?:a|un|une) (?:favour|favor|service|faveur){E}",
    )
)
PHRASES = PHRASES + tuple(_compile_phrase(row) for row in _RAW_INSULT9)
ANCHORS = ANCHORS | frozenset().union(*(ws(row[2]) - _STOP for row in _RAW_INSULT9))

# insult9, second pass: the reader named the problem of the group (« c'est toi le boulet de cette équipe », "you're
# the weak link of this raid"); the reader's two things weighed in contempt (« je sais pas ce qui est le plus
# triste, ta connexion ou ta vie », "what's slower, your ping or your brain"); the kind of person nobody remembers;
# "don't be such a …" with an insult word; the reader singled out ("you specifically, with that rank …, are a total
# joke"); Yoda's order ("soft as butter you are"); "let the grown-ups talk"; "some people aren't built for reading";
# "your … isn't the only thing full of crap"; "… and neither is your personality"; "your iq is room temperature";
# « t'es même pas foutu de … ». Never the author ("I'm the weak link today"), never praise, never laughed at.
_THINGS_OF_YOU9 = (
    r"(?:vie|life|face|gueule|tete|tronche|existence|personnalite|personality|cerveau|brain|aim|visee|jeu|gameplay|"
    r"skills|skill|iq|qi|niveau|level|rank|elo|connexion|connection|ping|wifi|internet|pc|setup|mental|humour|humor|"
    r"jokes|blagues|takes|opinions|avis|voix|voice|mic|micro|build|stuff|equipement|gear|team|equipe)"
)
_RAW_INSULT9B: list[tuple[AbuseKind, str, str, str | None, bool, str]] = [
    (
        _I,
        "insult_problem_of_group_insult9",
        "probleme problem boulet cancer poison plaie link maillon weight poids reason raison",
        "es etes toi you ur youre re are r s",
        False,
        rf"{B}(?:c est toi|c est vous|t es|tu es|vous etes|toi t es|you re|you are|youre|ur|u r|it s you|its you) (?:clairement |vraiment |juste |clearly |really |just |literally |honestly )*(?:le|la|the|l) (?:probleme|problem|boulet|cancer|poison|plaie|weak link|maillon faible|dead weight|poids mort|reason|raison) (?:de|d|of|in|du|dans|on|why|pour laquelle|pour lequel) (?:cette |ce |this |the |that |l |la |le |notre |our |everyone |people |tout le monde |les gens |personne |nobody |we )?(?:equipe|team|groupe|group|guild|guilde|serveur|server|raid|squad|escouade|clan|channel|chat|discord|lobby|run|game|partie|leave|leaves|left|quit|quits|stop|stopped|part|partent|quitte|quittent|lose|lost|perd|perdons|wipe|wiped){E}",
    ),
    (
        _I,
        "insult_which_is_worse_insult9",
        "triste pathetique lent lente lamentable sad pathetic tragic embarrassing slow laggy broken naze claque pire "
        "worse nul nulle bad sadder slower laggier cringier deader",
        "ou or",
        False,
        rf"{B}(?:le plus|la plus|the more|the most|what s more|whats more|what is more|what s|whats|what is|which is|lequel est|laquelle est|ce qui est|worse|pire|plus) (?:le plus |la plus |more |most )?(?:triste|nul|nulle|pathetique|lent|lente|lamentable|sad|pathetic|tragic|embarrassing|slow|slower|laggy|laggier|broken|naze|claque|claquee|pire|worse|sadder|bad|cringe|cringier|empty|vide|mort|dead|deader)(?: \S+)? (?:ta|ton|tes|your|ur) (?:\S+ )?{_THINGS_OF_YOU9} (?:ou|or) (?:ta|ton|tes|your|ur) (?:\S+ )?{_THINGS_OF_YOU9}{E}",
    ),
    (
        _I,
        "insult_kind_nobody_insult9",
        "genre kind type sort",
        "es etes you ur youre re are r",
        False,
        rf"{B}(?:t es|tu es|vous etes|you re|you are|youre|ur|u r) (?:juste |just |totally |clearly |vraiment |carrement |exactly |exactement )*(?:le|the|ce|that) (?:genre|kind|type|sort) (?:de|d|of) (?:personne|personnes|mec|meuf|gars|type|fille|person|people|guy|girl|dude|player|joueur|joueuse|human|humain)s? (?:qu on oublie|que personne|dont personne|qu on evite|qui fait fuir|que tout le monde evite|qu on supporte pas|who nobody|who no one|that nobody|that no one|nobody|no one|everyone avoids|people avoid|everybody avoids|who gets (?:beaten|carried|forgotten)|qui se fait (?:battre|porter|oublier)){E}",
    ),
    (
        _I,
        "insult_dont_be_such_insult9",
        "such",
        "don dont stop do",
        False,
        rf"{B}(?:don t|dont|do not|stop|quit) (?:be|being) (?:such|so) (?:a |an )?(?:\S+ ){{0,2}}{_INS31}",
    ),
    (
        _I,
        "insult_you_singled_out_insult9",
        "specifically particular yeah yes oui specifiquement",
        None,
        False,
        rf"{B}(?:yeah you|yes you|you specifically|u specifically|you in particular|oui toi|toi oui|toi specifiquement|toi en particulier|toi precisement)(?: \S+){{0,25}} (?:are|r|re|es|etes) (?:a |an |une |un |such a |the |la |le |juste |just |literally |so |tellement |vraiment )*(?:\S+ ){{0,3}}{_INS31}",
    ),
    (
        _I,
        "insult_yoda_order_insult9",
        "soft thick dumb stupid useless pathetic clueless dense daft dim trash annoying lazy ugly salty toxic entitled",
        "as",
        False,
        rf"{B}(?:soft|thick|dumb|stupid|useless|pathetic|clueless|dense|daft|dim|trash|annoying|lazy|ugly|salty|toxic|entitled) as (?:a |an |the |)(?:\S+ ){{0,3}}(?:you are|you re|u are|u r|ya are|you be|you is)$",
    ),
    (
        _I,
        "insult_grown_ups_talk_insult9",
        "grands adultes adults grown grownups talk talking parler parlent",
        None,
        False,
        rf"{B}(?:laisse|laissez|laisses) (?:parler|discuter|jouer) les (?:grands|adultes|grandes personnes){E}(?! (?:de|du|d|des)(?![^ ]))"
        rf"|{B}(?:let|leave it to) the (?:adults|grown ups|grownups|big boys|big kids|big girls) (?:talk|speak|handle it|handle this|play){E}"
        rf"|{B}(?:the adults are talking|les grands parlent|les adultes parlent|les grandes personnes parlent){E}",
    ),
    (
        _I,
        "insult_not_built_for_insult9",
        "built made wired cut",
        "people personnes certains gens",
        False,
        rf"{B}(?:some people|certain people|certaines personnes|certains|certaines|y a des gens|il y a des gens) (?:just |simply |clearly |obviously |really |vraiment |juste |clairement |simplement )*(?:aren t|are not|weren t|were not|ne sont pas|sont pas|n ont pas ete|ont pas ete) (?:just |simply |juste )?(?:built|made|wired|cut out|faits|faites|concus|concues|programmes|programmees) (?:for|pour) (?:reading|thinking|logic|comprehension|understanding|basic reading|basic maths|basic math|the internet|this game|this server|la lecture|lire|reflechir|la reflexion|la logique|comprendre|internet|ce jeu|ce serveur){E}",
    ),
    (
        _I,
        "insult_only_thing_full_of_insult9",
        "only seul seule",
        "your ur ton ta tes",
        False,
        rf"{B}(?:your|ur|ton|ta|tes) (?:\S+ ){{1,2}}(?:isn t|is not|aint|wasn t|n est pas|est pas|c est pas) (?:the only|le seul|la seule) (?:thing|one|truc|chose) (?:(?:that s |that is |here |round here |around here |qui est |ici )?(?:full of (?:crap|shit|hot air|it|air|bs|bullshit)|plein de (?:merde|vent|air)|pleine de (?:merde|vent|air)|that stinks|that smells|qui pue|qui sent|that s empty|qui est vide|that s broken|qui est casse|that s useless|qui sert a rien|that leaks|qui fuit|that s a joke)){E}",
    ),
    (
        _I,
        "insult_neither_is_yours_insult9",
        "neither nor non plus",
        None,
        False,
        rf"{B}(?:and|&|et) (?:neither|nor) (?:is|are|does|do|was|were) (?:your|ur) (?:\S+ )?(?:personality|brain|brains|talent|intelligence|iq|skill|skills|aim|job|girlfriend|gf|bf|boyfriend|friends|life|charm|rizz|humour|humor|sense of humour|sense of humor|common sense|point|argument|arguments|opinion|opinions|intellect|game sense|relevance|contribution|existence|rank){E}"
        rf"|{B}(?:et|ni) (?:ta|ton|tes) (?:personnalite|cerveau|talent|intelligence|qi|niveau|copine|copain|vie|humour|charme|argument|arguments|avis|existence|utilite) (?:non plus|d ailleurs){E}",
    ),
    (
        _I,
        "insult_iq_level_insult9",
        "iq qi level niveau temperature digit digits",
        None,
        False,
        rf"{B}(?:your|ur|ton|ta|tes|votre) (?:\S+ )?(?:iq|qi|brain|cerveau|intelligence|intellect) (?:is|s|must be|=|est|c est|doit etre) (?:at |au |a )?(?:room temperature|single digit|single digits|in single digits|negative|a single digit|two digits|lower than (?:my|a|the) \S+|(?:retardation|retard|retarded|potato|toddler|monkey|goldfish|huitre|moule|bulot|poisson rouge|patate) level|niveau (?:huitre|moule|bulot|poisson rouge|patate|bebe|maternelle)|temperature ambiante|a un chiffre|negatif){E}",
    ),
    (
        _I,
        "insult_not_even_able_insult9",
        "foutu foutue foutus fichu fichue",
        None,
        False,
        rf"{B}(?:t es|tu es|vous etes|t etais|tu etais|t as jamais ete|t es jamais) (?:meme |vraiment |juste |toujours |jamais )*(?:pas |jamais )?(?:meme )?(?:foutu|foutue|foutus|fichu|fichue|fichus) (?:de|d){E}",
    ),
]
PHRASES = PHRASES + tuple(_compile_phrase(row) for row in _RAW_INSULT9B)
ANCHORS = ANCHORS | frozenset().union(*(ws(row[2]) - _STOP for row in _RAW_INSULT9B))


# Day 8 (lead): two false alarms the helpers named. "people with a cold should stay home" is advice about a
# passing illness, no group (``group_claim`` read it as exclusion: ``abuse._hate`` no longer counts it a
# group, nor the learned review hate); "everyone at your school will love your
# costume" is praise (``private_to_audience`` read an exposure): a thing one is proud of, loved by an
# audience, joins threat9's kind purposes, and a menace word still wins (``abuse._kind_not_menace_threat9``).
PASSING_ILLNESS_DAY8 = re.compile(
    r"(?<![^ ])(?:with|avec|who have|who has|qui ont|qui a) (?:a |an |the |un |une |la |le |de la |du )?"
    r"(?:cold|colds|flu|fever|cough|sore throat|stomach bug|tummy bug|rhume|grippe|fievre|toux|gastro|"
    r"angine|mal de gorge|covid symptoms|symptoms|symptomes|symptomes du covid)(?![^ ])"
)
KIND_THREAT9 = re.compile(
    rf"{KIND_THREAT9.pattern}|(?<![^ ])(?:will|gonna|going to|are going to|vont|va|vont tellement) "
    r"(?:love|adore|enjoy|adorer|kiffer|aimer) (?:your|ur|ton|ta|tes|vos|votre) (?:\S+ )?"
    r"(?:costume|costumes|outfit|outfits|dress|cake|cakes|robe|tenue|tenues|cosplay|drawing|drawings|dessin|"
    r"dessins|art|song|songs|chanson|chansons|speech|discours|performance|spectacle|show|haircut|coiffure|"
    r"project|projet|poem|poeme|gift|cadeau|present|card|carte|idea|idee|cookies|biscuits|gateau|photos of "
    r"the trip)(?![^ ])"
)

# --------------------------------------------------------------------------------------------------------
# fa9 (round 43, false-alarm helper 9): the group as the one harmed, or the sayers of a hateful claim
# condemned, no longer read as hate by any row. Checked by ``abuse._quiet_row`` on each row's own match.
# A harm noun whose victim is the group ("hate against roma is a disaster", "the abuse disabled people get
# online is a plague", « le harcèlement que subissent les femmes, c'est une honte ») is a noun phrase headed by
# the harm: the group is masked out of it and the row is searched again; a row that still matches (another
# clause, "hate against roma is normal, they are vermin") or a harm praised ("is deserved") stays hate.
# --------------------------------------------------------------------------------------------------------
_VICTIM_LINK_fa9 = (
    r"(?:aimed at|directed at|aim at|direct at|against|towards|toward|faced by|suffered by|endured by|received by|"
    r"experienced by|face by|suffer by|endure by|receive by|experience by|target|"
    r"targeting|envers|contre|visant|subi par|subie par|subis par|subies par|a l encontre des|a l encontre de|"
    r"a l encontre du|a l egard des|a l egard de|a l egard du|of|on|sur|des|du|de|d|qui vise|qui visent|qui touche|"
    r"qui touchent|qui viser|qui toucher)"
)
_VICTIM_GET_fa9 = (
    r"(?:get|gets|got|getting|face|faces|faced|receive|receives|received|endure|endures|endured|suffer|suffers|"
    r"suffered|experience|experiences|experienced|deal with|deals with|put up with|puts up with|take|takes|cop|"
    r"subissent|subit|ont subi|recoivent|recoit|ont recu|vivent|vit|endurent|se prennent|se prend|se mangent|"
    r"se mange|doivent subir|doivent supporter|supportent|subir|recevoir|vivre|endurer|se prendre|se manger|"
    r"devoir subir|devoir supporter|supporter)"
)
_VICTIM_DET_fa9 = (
    r"(?: (?:the|les|des|l|la|le|de|d|du|all|our|nos|ces|these|those|tous les|toutes les|many|so many))?"
)
VICTIM_NP_fa9 = re.compile(
    rf"(?<![^ ])(?P<harm>{_HARM_NOUN_hate9})(?:"
    rf" {_VICTIM_LINK_fa9}{_VICTIM_DET_fa9}(?: \S+){{1,4}}?(?: {_VICTIM_GET_fa9})?"
    rf"|(?: (?:that|which|que|qu|dont))?{_VICTIM_DET_fa9}(?: \S+){{1,4}}? {_VICTIM_GET_fa9}"
    rf"|(?: que| qu) {_VICTIM_GET_fa9}{_VICTIM_DET_fa9}(?: \S+){{1,4}}?)"
    r"(?: (?:online|here|daily|every day|everyday|en ligne|ici|tous les jours|au quotidien|in game|ingame|irl|"
    r"on here|on twitter|sur twitter|on this server|sur ce serveur|on discord|sur discord|at school|a l ecole|"
    r"at work|au travail|au boulot|(?:in|on|at|en|sur|dans|au) \S+))?(?: c| ca)?"
    r"(?= (?:is|are|was|were|be|c est|c etait|c|est|sont|etait|sera|it is|its|must|has|have|needs|need|makes|make|doit|"
    r"doivent|faut|remains|reste|should|devrait|has to|have to|will|va|is just|is literally|is honestly))"
)
# the sayers of a claim, just before the row's match: "people who say", « les gens qui disent que », "anyone who
# calls", "stop saying", « arrêtez de dire que »
SAYERS_BEFORE_fa9 = re.compile(
    r"(?<![^ ])(?:(?:people|those|the ones|anyone|anybody|everyone|whoever|guys|men|women|folks|ceux|celles|les gens|"
    r"gens|quiconque|tous ceux|toutes celles|les mecs|les types|les personnes|personnes|ppl|mecs)(?: \S+)? (?:who|that|qui|ki)"
    r"(?: \S+)? (?:say|says|said|think|thinks|claim|claims|post|posts|write|writes|tweet|tweets|call|calls|believe|"
    r"believes|keep saying|still say|disent|dise|pensent|ecrivent|postent|racontent|croient|sortent|"
    r"affirment|pretendent|traitent|appellent|balancent|osent dire|continuent de dire|repetent|dire|penser|ecrire|"
    r"poster|raconter|croire|sortir|affirmer|pretendre|traiter|appeler|balancer|oser dire|repeter)"
    r"|(?:when i hear|when i see|when i read|when people say|when people post|when someone says|whenever someone says|"
    r"every time someone says|quand j entends|quand j entendre|quand je lis|quand je vois|quand les gens disent|quand on dit|"
    r"quand quelqu un dit|a chaque fois qu on dit|chaque fois que j entends)"
    # day 9: "how dare you call refugees vermin", "do not call …", « comment tu oses traiter … »
    r"|(?P<stop>stop|quit|arrete|arretez|arreter|arretons|cessez|stoppez|how dare (?:you|u|ya|they|he|she)|do not"
    r"|never|comment (?:tu oses|vous osez|oses tu|osez vous|ils osent|il ose|elle ose)) (?:de |d )?"
    r"(?:saying|calling|telling people|say|call|tell people|dire|traiter|appeler|raconter|ecrire))"
    r"(?: (?:that|que|qu))?(?![^ ])"
)
# the author's verdict on the sayers, after the claim: "disgust me", « me dégoûtent », "are the real problem"
SAYERS_CONDEMNED_AFTER_fa9 = re.compile(
    r"(?<![^ ])(?:me degoutent|me degoute|me debectent|me font vomir|me font gerber|me rendent malade|"
    r"me sortent par les yeux|disgust me|disgusts me|make me sick|makes me sick|make me want to puke|are disgusting|"
    r"is disgusting|are the problem|is the problem|is the real problem|is a bigot|is racist|is an idiot|is trash|"
    r"is vile|is pathetic|est le probleme|est le vrai probleme|est raciste|est un con|est une ordure|est degueulasse|"
    r"me degoute|are the real problem|are the real vermin|are the real scum|are vile|are gross|"
    r"sont le probleme|sont le vrai probleme|sont la vraie vermine|sont degueulasses|sont degoutants|sont ignobles|"
    r"sont des ordures|sont des cons|sont des connards|sont des raclures|sont abjects|sont racistes|are idiots|are morons|"
    r"are bigots|are racist|are racists|are trash|are scum|are pathetic|should be ashamed|devraient avoir honte|"
    r"get banned|will get banned|will be banned|are getting banned|seront bannis|seront ban|je les bloque|je les ban|"
    r"je les signale|i block them|i report them|get blocked|ont tort|are wrong|are so wrong|can go to hell|"
    r"can fuck off|peuvent aller se faire|peuvent degager|n ont rien a faire ici|have no place here|"
    r"need to be banned|doivent etre bannis|have no heart|n ont pas de coeur|are heartless|sans coeur)(?![^ ])"
)
# or before the sayers: "i can't stand people who say", « j'en peux plus des gens qui disent », "shame on anyone
# who"
SAYERS_CONDEMNED_BEFORE_fa9 = re.compile(
    r"(?<![^ ])(?:i hate|i cant stand|i can not stand|can not stand|cant stand|i despise|i am tired of|i am sick of|"
    r"i am so tired of|i am so sick of|tired of|sick of|fed up with|so done with|shame on|block|ban|report|fuck|"
    r"je deteste|je hais|je supporte pas|je ne supporte pas|supporte plus|j en peux plus des|j en peux plus de|"
    r"marre des|marre de|ras le bol des|honte a|je bloque|je ban|je signale|bloquez|signalez|degoutee? par|"
    r"disgusted by|disgusted with)(?: \S+){0,3}$"
)
# the sayers approved: "are right", « ont raison », "have a point" keep the claim the author's
SAYERS_APPROVED_fa9 = re.compile(
    r"(?<![^ ])(?:are right|are correct|have a point|got a point|speak the truth|tell the truth|are not wrong|"
    r"ont raison|ont pas tort|n ont pas tort|disent vrai|disent la verite|i agree|je suis d accord|based|facts|true|vrai)(?![^ ])"
)
# a group's hardship, not a claim: "people with chronic illness can't live off a single salary", « ne peuvent pas
# vivre sur le dos de », "have to live off benefits"
HARDSHIP_BEFORE_fa9 = re.compile(
    r"(?<![^ ])(?:can not|cannot|can t|cant|could not|couldnt|can no longer|unable to|not able to|struggle to|struggling to|"
    r"are forced to|forced to|have to|having to|had to|must|barely|hardly|do not|dont|did not|never|try to|trying to|"
    r"no one can|nobody can|impossible to|hard to|ne peuvent pas|peuvent pas|ne pourront pas|doivent|sont obliges de|"
    r"ne vivent pas|vivent pas)(?: \S+)?$"
)
# fa9, the harm done to the group as a verb: the people who do it ("people who attack roma are vermin",
# « ceux qui harcèlent les femmes sont des ordures »), the doing ("harassing gay people is disgusting",
# "roma being attacked is a plague"), the way they are treated (« la façon dont on traite les roms »), the
# violence done to them (« les violences faites aux femmes »). Masked like ``VICTIM_NP_fa9``: the group goes,
# the harm stays, and the row is searched again.
_HARM_VERB_fa9 = (
    r"(?:attack|attacks|attacked|attacking|harass|harasses|harassed|harassing|abuse|abuses|abused|abusing|bully|"
    r"bullies|bullied|bullying|beat up|beats up|beat|beats|beating|beating up|hurt|hurts|hurting|insult|insults|"
    r"insulted|insulting|mock|mocks|mocked|mocking|discriminate against|discriminates against|discriminated against|"
    r"discriminating against|target|targets|targeted|targeting|threaten|threatens|threatened|threatening|spit on|"
    r"spits on|spat on|spitting on|assault|assaults|assaulted|assaulting|dehumanise|dehumanize|dehumanising|"
    r"dehumanizing|tabassent|tabasser|tabasse|harcelent|harceler|harcele|agressent|agresser|agresse|frappent|frapper|"
    r"frappe|insultent|insulter|insulte|maltraitent|maltraiter|maltraite|discriminent|discriminer|discrimine|menacent|"
    r"menacer|menace|crachent sur|cracher sur|crache sur|s en prennent a|s en prendre a|s en prend a|s en prennent aux|"
    r"s en prendre aux|s en prend aux|attaquent|attaquer|attaque|humilient|humilier|humilie|stigmatisent|stigmatiser)"
)
# the doing at the head of a clause: a gerund or a French infinitive, never a finite verb ("they harass women")
_HARM_DOING_fa9 = (
    r"(?:harassing|attacking|abusing|bullying|insulting|mocking|discriminating against|targeting|threatening|"
    r"beating up|assaulting|dehumanising|dehumanizing|spitting on|hurting|harceler|agresser|frapper|insulter|"
    r"maltraiter|discriminer|tabasser|s en prendre a|s en prendre aux|menacer|humilier|stigmatiser|attaquer|"
    r"cracher sur)"
)
# "how they treat X", never a bare "how" ("how come black players are always the ones who rage" is hate)
_TREAT_fa9 = "(?:treat|treats|traite|traitent|traiter|talk to|parle a|parle aux|parlent aux|parler a)"
VICTIM_DONE_fa9 = re.compile(
    rf"(?<![^ ])(?P<harm>(?:(?:people|those|the ones|anyone|anybody|whoever|guys|men|folks|ppl|ceux|celles|les gens|"
    rf"gens|quiconque|tous ceux|les mecs|les types|mecs)(?: \S+)? (?:who|that|qui|ki)(?: \S+)? {_HARM_VERB_fa9}"
    rf"|{_HARM_DOING_fa9}|(?:the way|la facon dont|la maniere dont|la facon do not|la maniere do not)"
    rf"(?: (?:on|we|they|people|les gens|society|la societe))?(?: {_TREAT_fa9})?"
    rf"|(?:how|comment)(?: (?:on|we|they|people|les gens|society|la societe))? {_TREAT_fa9}"
    rf"|{_HARM_NOUN_hate9} (?:faites aux|faites a|fait aux|faire aux|faire a|commises contre|commis contre|"
    rf"commettre contre|infligees aux|infliger a|infliger aux|done to|inflicted on|inflict on|do to|committed against|"
    rf"commit against)))"
    rf"{_VICTIM_DET_fa9}(?: \S+){{1,4}}?"
    rf"(?: (?:get|gets|are|were|being|getting|get treated|are treated|gets treated|got treated|sont traites|sont "
    rf"traitees|se font traiter|sont traiter|se faire traiter))?"
    rf"(?: (?:online|here|daily|en ligne|ici|irl|(?:in|on|at|en|sur|dans|au) (?:the )?\S+))?(?: c| ca)?"
    rf"(?= (?:is|are|was|were|be|c est|c etait|c|est|sont|etait|sera|it is|its|must|should|will|va|doit|doivent))"
    rf"|(?<![^ ])\S+(?: \S+){{0,2}} (?P<being>(?:being|getting|se faire|se faisant|qui se font) "
    rf"(?:{_HARMED_hate9}|{_HARM_VERB_fa9}))"
    rf"(?: (?:online|here|daily|en ligne|ici|irl|(?:in|on|at|en|sur|dans|au) (?:the |la |le |les )?\S+))?"
    rf"(?= (?:is|are|was|c est|c|est|it is|its|must|should|will|va|doit))"
)
# fa9: the harm the subject of « c'est »: « les femmes n'ont pas à subir le harcèlement, c'est une catastrophe »
HARM_IS_fa9 = re.compile(
    rf"(?<![^ ])(?P<harm>{_HARM_NOUN_hate9})(?: (?:online|en ligne|ici|here|au quotidien|tous les jours))? (?:c|ca)"
    rf"(?= (?:est|etait|sera))"
)
# fa9: "don't deserve to be treated as a burden", « ne méritent pas d'être traités comme … »: a harm denied
DESERVE_TREATED_fa9 = re.compile(
    r"^(?: to| d| de)?(?: be| etre| being)? (?:treated|seen|called|labelled|labeled|viewed|regarded|spoken to|talked "
    r"to|spoken about|talked about|traites|traitees|vus|vues|consideres|considerees|appeles|appelees|traiter|voir|"
    r"appeler|considerer)(?: as| like| comme| de| d)?(?![^ ])"
    r"(?!(?: as| like| comme| de| d)? (?:a |an |des |de |d |the |les |real |normal |full |vrais |vraies )?(?:human|humans|human beings|people|person|"
    r"persons|equals|equal|adults|adult|normal|everyone|anyone|everybody|anybody|humains|humain|etres humains|"
    r"personnes|egaux|egales|adultes|gens|tout le monde|citizens|citoyens|citoyennes|members|membres|well|bien|"
    r"respect|respectes|with respect|avec respect|fairly|equally)(?![^ ]))"
)
# the same for the learned review, on the whole message
DESERVE_TREATED_ANY_fa9 = re.compile(
    r"(?<![^ ])(?:do not deserve|does not deserve|did not deserve|never deserve|never deserved|ne meritent pas|"
    r"meritent pas|ne merite pas|ne meritaient pas)" + DESERVE_TREATED_fa9.pattern[1:]
)

# --------------------------------------------------------------------------------------------------------
# threat10 (round 48, threat helper 10): threats by structure, with broad slots. Each row names what it reads:
# * the reader's words collected, and a person with power over the reader reachable ("got screenshots of
#   everything you posted, and your boss is on linkedin"), or asked to pray it is not sent to them;
# * a relative, a pet or a property of the reader named with a routine, a veiled future or a time: the
#   relative's way home with "alone, doesn't she" or the author waiting; a pet that "won't stay cute for
#   long" or "will pay"; a car or a house that will burn tonight;
# * a conditional through an authority ("one word from me and you're in a cell"), the fate of snitches
#   recalled with "keep talking to the mods", a false report (ICE called on the family, "report you as a
#   terrorist"), intimate images or the address held as leverage ("… if you don't give my account back");
# * meeting offline to fight, and veiled menace: a body nobody would find, "don't go out alone at night
#   anymore" given as advice, "you're lucky i'm far away, otherwise you'd be in hospital", flowers for the
#   reader's grave, "shut it or i'll shut it for you";
# * coded "kill yourself" aimed at the reader: "ksy", "just rope", "sewer slide … for you", « disparaître.
#   Définitivement. » advised, a favour to the world followed by a death act, "die and free the bed".
# Quiet: kind talk about the reader's family and pets, growth ("won't stay small for long"), warnings with a
# reason, game and RP stories, the author's own crisis, a member quoting what they received.
# --------------------------------------------------------------------------------------------------------
_YR_threat10 = r"(?:your|ur|yer|yo|ton|ta|tes|votre|vos)"
_AUD_threat10 = (
    r"(?:boss|employer|manager|supervisor|hr|landlord|mum|mom|mother|dad|father|parents|family|wife|husband|"
    r"gf|bf|girlfriend|boyfriend|partner|kids|school|teacher|principal|uni|college|church|colleagues|coworkers|"
    r"doctor|therapist|patron|patronne|employeur|chef|rh|drh|proprio|bailleur|mere|pere|daronne|daron|famille|"
    r"femme|mari|copine|copain|prof|ecole|fac|collegues|medecin|psy)"
)
_REACHABLE_threat10 = (
    r"(?:(?:is|s|are|re|est|sont)(?: (?:also|still|aussi|encore|literally|right))? (?:on|sur) "
    r"(?:linkedin|facebook|fb|insta|instagram|twitter|x|tiktok|snap|snapchat|whatsapp|discord|here|ici|the server|"
    r"le serveur|reddit|messenger)"
    r"|(?:i|j|je|we|on) (?:have|ai|got|a|know|connais|sais|found|trouve|ve got) (?:his|her|their|son|sa|ses|leur|the|le|la) "
    r"(?:number|email|mail|numero|adresse|address|insta|linkedin|facebook|work email|mail pro|contact)"
    r"|(?:i|je|j|we|on) (?:know|sais|connais) (?:where|ou|ou est ce que) (?:he|she|they|il|elle|ils) "
    r"(?:works|work|lives|live|bosse|travaille|habite|vit))"
)
_KIN_threat10 = (
    r"(?:mum|mom|mother|mama|mam|dad|father|sister|sis|brother|grandma|granny|grandmother|nan|nana|nanna|grandpa|"
    r"grandad|granddad|wife|husband|girlfriend|gf|boyfriend|bf|daughter|son|kids|kid|children|little sister|"
    r"little brother|baby sister|baby brother|family|mere|pere|daronne|daron|soeur|frere|grand mere|grand pere|"
    r"mamie|mamy|papi|papy|femme|mari|copine|copain|fille|fils|enfants|gosses|petite soeur|petit frere|famille|"
    r"gamin|gamine|meuf|tata|tante|oncle|aunt|auntie|uncle|cousin|cousine)"
)
_PET_threat10 = (
    r"(?:dog|doggo|cat|kitty|kitten|puppy|pup|rabbit|bunny|hamster|parrot|bird|horse|pony|pet|pets|guinea pig|"
    r"tortoise|turtle|chien|chienne|chat|chaton|chiot|lapin|hamster|perroquet|oiseau|cheval|poney|tortue|"
    r"cochon d inde|toutou|minou)"
)
_PROP_threat10 = (
    r"(?:car|truck|van|motorbike|bike|scooter|house|home|flat|apartment|shop|store|garage|caravan|boat|"
    r"voiture|bagnole|caisse|camion|camionnette|moto|velo|maison|appart|appartement|boutique|magasin|caravane|"
    r"bateau|baraque|piaule)"
)
# a harmful move taken back by a kind purpose: a lift, care, a reason given ("because there were attacks")
_KIND_AFTER_threat10 = (
    r"(?!.*(?<![^ ])(?:lift|ride|drive her|drive him|pick her up|pick him up|raccompagner|raccompagne|"
    r"accompagner|accompagne|be careful|careful|prudente|prudent|safe|en securite|walk her|walk him|"
    r"walk with her|tell her|tell him|dis lui|grow|grows|growing|grandit|grandir|petit|petite|small|tiny|"
    r"bebe|baby|jeune|young|because|parce que|car il|car elle|car y|vu que|since there|il y a eu|"
    r"there have been|there has been|there s been|police said|la police a dit|agresseur|attacker|"
    r"si tu veux|if you want|if you like|si ca te va|pour qu on|so we can|for dinner|pour diner|love|adore|"
    r"proud|fier|fiere|congrats|felicitations|bravo|adorer|visit her|visit him|rendre visite|cake|gateau|call her|"
    r"call him|appelle la|appelle le|l appeler|we should|on devrait|tu devrais|you should)(?![^ ]))"
)
_RAW_THREAT10: list[tuple[AbuseKind, str, str, str | None, bool, str]] = [
    # The reader's words collected, and someone with power over the reader reachable: "got screenshots of
    # everything you posted, and your boss is on linkedin", « j'ai des screens de tout ce que tu racontes et ta
    # daronne est sur insta », "saved all your messages. i have your manager's email".
    (
        _E,
        "words_kept_power_reachable_threat10",
        "screenshots screenshot screens screen captures capture receipts logs recordings archives copies copie "
        "saved kept garde enregistre archived",
        "boss employer manager supervisor hr landlord mum mom mother dad father parents family wife husband gf bf "
        "girlfriend boyfriend partner kids school teacher principal uni college church colleagues coworkers "
        "doctor therapist patron patronne employeur chef rh drh proprio bailleur mere pere daronne daron "
        "famille femme mari copine copain prof ecole fac collegues medecin psy",
        False,
        rf"{B}(?:screenshots|screenshot|screens|screen|captures|capture|receipts|logs|recordings|archives|copies|"
        rf"copie|saved|kept|garde|enregistre|archived)(?: (?:of|de|d))? (?:everything|all|every|each|tout|toutes|"
        rf"tous|chaque)(?: \S+){{0,3}} (?:you|u|tu|t) (?:\S+ )?(?:posted|said|wrote|typed|sent|post|say|write|"
        rf"dis|ecris|racontes|postes|envoies|dit|ecrit|poste|envoye|raconte)"
        rf"(?: \S+){{0,8}} (?:and |et |plus |also |aussi )?{_YR_threat10} (?:\S+ )?{_AUD_threat10}(?: s)? "
        rf"{_REACHABLE_threat10}{E}{_KIND_AFTER_threat10}",
    ),
    # The reader's private thing held, and "pray i don't send it to your landlord": « prie pour que je
    # l'envoie pas à ton patron ».
    (
        _E,
        "pray_not_sent_threat10",
        "pray priez prie",
        "boss employer manager hr landlord mum mom mother dad father parents family wife husband gf bf girlfriend "
        "boyfriend partner school teacher patron patronne employeur chef rh proprio bailleur mere pere daronne "
        "daron famille femme mari copine copain prof ecole",
        False,
        rf"{B}(?:better pray|you better pray|you d better pray|pray|prie|priez|t as interet a prier)(?: (?:that|pour que|que))? "
        rf"(?:i|je|j)(?: (?:do not|don t|dont|never|won t|will not|ne|n|don t ever))+(?: \S+)? (?:send|show|forward|post|"
        rf"mail|email|envoie|montre|balance|transfere|poste)(?: (?:it|them|this|that|these|le|la|les|l|ca))*(?: \S+)? "
        rf"(?:to|a|au|aux) {_YR_threat10} (?:\S+ )?{_AUD_threat10}{E}",
    ),
    # The reader's messages announced to their employer: "bet your employer would love these messages,
    # emailing hr tomorrow", « ton patron va adorer tes messages, je lui envoie demain ».
    (
        _E,
        "power_will_love_messages_threat10",
        "love enjoy adorer kiffer appreciate apprecier",
        "boss employer manager hr landlord patron patronne employeur chef rh drh proprio bailleur",
        False,
        rf"{B}{_YR_threat10} (?:\S+ )?(?:boss|employer|manager|hr|landlord|patron|patronne|employeur|chef|rh|drh|"
        rf"proprio|bailleur)(?: (?:would|will|is gonna|is going to|gonna|va|vont|aurait|would really|will really))? "
        rf"(?:love|enjoy|adorer|adore|kiffer|appreciate|apprecier) (?:these|those|your|all these|all your|ces|tes|"
        rf"tous ces|tous tes) (?:\S+ )?(?:messages|posts|dms|texts|screenshots|screens|comments|rants|mps|"
        rf"commentaires|captures|tweets)(?: \S+){{0,3}} (?:emailing|mailing|sending|forwarding|calling|writing to|"
        rf"i m sending|i am sending|i ll send|i will send|j envoie|je lui envoie|je leur envoie|j ecris)(?: \S+){{0,4}}{E}",
    ),
    # A relative of the reader with a routine, then "alone, doesn't she?" or the author waiting: « ta mère sort
    # du boulot à 18h, c'est ça ? je l'attendrai », "your sister walks home alone doesn't she".
    (
        _T,
        "kin_routine_watched_threat10",
        "alone seule seul herself himself own attendrai attendre attends waiting wait",
        "mum mom mother mama dad father sister sis brother grandma granny grandmother nan nana grandpa wife "
        "husband girlfriend gf boyfriend daughter son kids kid children family mere pere daronne daron soeur "
        "frere grand mamie papi femme mari copine copain fille fils enfants gosses famille tante oncle aunt "
        "uncle cousin cousine",
        False,
        rf"{B}{_YR_threat10} (?:\S+ )?{_KIN_threat10}(?: \S+){{0,2}} (?:walks|walk|goes|leaves|gets off|finishes|"
        rf"comes|takes|lives|stays|sleeps|gets home|sort|sortent|rentre|rentrent|finit|quitte|prend|vit|habite|"
        rf"marche|reste|dort|is|est)(?: \S+){{0,10}}? "
        rf"(?:(?:alone|by herself|by himself|on her own|on his own|seule|seul|toute seule|tout seul)(?: \S+){{0,4}}? "
        rf"(?:does not she|does not he|doesn t she|doesn t he|doesnt she|right|is not she|isn t she|innit|non|hein|"
        rf"c est ca|c est bien ca|pas vrai|nan|no)"
        rf"|(?:je l attendrai|je vais l attendre|je l attends|j l attendrai|je l attendrais|i ll be waiting|"
        rf"i will be waiting|i ll wait for (?:her|him|them)|i will wait for (?:her|him|them)|on l attendra|"
        rf"on va l attendre|we ll be waiting|we will be waiting))"
        rf"(?! (?:pour|to|with|avec|for|and give|et lui))(?![^ ]){_KIND_AFTER_threat10}",
    ),
    # A pet (or a property) of the reader with a veiled future: « ton lapin est trop mignon, il le restera pas
    # longtemps », "your cat will pay", "enjoy your dog while it lasts". Growth ("won't stay small") is quiet.
    (
        _T,
        "pet_veiled_future_threat10",
        "restera longtemps long lasts payer pay paiera morfler suffer",
        "dog doggo cat kitty kitten puppy pup rabbit bunny hamster parrot bird horse pony pet pets guinea "
        "tortoise turtle chien chienne chat chaton chiot lapin perroquet oiseau cheval poney tortue cochon "
        "toutou minou car truck van house voiture bagnole maison",
        False,
        rf"{B}{_YR_threat10} (?:\S+ )?(?:{_PET_threat10}|car|truck|van|house|voiture|bagnole|maison)(?: \S+){{0,10}}? "
        rf"(?:(?:il|elle|it|he|she) (?:ne |n )?(?:le |la )?restera (?:pas|plus) (?:longtemps|bien longtemps)"
        rf"|(?:not for long|won t be for long|will not be for long|won t stay that way for long|will not stay that way for long|"
        rf"won t stay (?:that way|cute|alive)(?: for long)?|will not stay (?:that way|cute|alive)(?: for long)?|"
        rf"enjoy it while it lasts|enjoy (?:him|her|it) while (?:it|he|she|you) (?:lasts|can)|profites en tant que|"
        rf"profite en tant que|pas pour longtemps|plus pour longtemps)"
        rf"|(?:va|vont|will|is going to|is gonna|gonna|are going to) (?:payer|pay|le payer|la payer|morfler|suffer|"
        rf"pay for (?:it|this|that|you))){E}{_KIND_AFTER_threat10}",
    ),
    # The reader's car or house set on fire at a time: « ta bagnole elle va flamber cette nuit », "your truck's
    # gonna be a pretty bonfire tonight". Soft: a game's base or car burning in a match is not this.
    (
        _T,
        "property_burns_threat10",
        "bonfire fire ablaze flames ashes flamber bruler cramer feu flammes cendres fumee",
        "car truck van motorbike bike scooter house home flat apartment shop store garage caravan boat voiture "
        "bagnole caisse camion camionnette moto velo maison appart appartement boutique magasin caravane bateau "
        "baraque piaule",
        True,
        rf"{B}{_YR_threat10} (?:\S+ ){{0,2}}?{_PROP_threat10}(?: s| is| elle| il)?(?: \S+){{0,2}}? (?:going to be|gonna be|"
        rf"will be|ll be|is going to|gonna|will|va|vont|va etre|risque de|is about to) (?:a |an |un |une |en )?"
        rf"(?:(?:real|very|nice|pretty|really|lovely|petit|petite|beau|belle|joli|jolie|gros|grosse|big) )*"
        rf"(?:bonfire|on fire|ablaze|in flames|ashes|burnt|burned|torched|flamber|bruler|cramer|partir en fumee|feu|"
        rf"flammes|cendres|feu de joie|brasier)"
        rf"(?: \S+){{0,2}} (?:tonight|ce soir|cette nuit|tomorrow|demain|this weekend|ce week end|soon|bientot|"
        rf"t inquiete pas|t inquiete|don t worry|do not worry|trust me|crois moi|mark my words|watch|tu verras|"
        rf"you ll see|you will see)(?! (?:if|si|when|quand))(?![^ ])",
    ),
    # One call or one word through someone with power, and the reader gone: "my brother's a cop, one word from
    # me and you're in a cell tonight", « mon cousin est dans la police, un coup de fil et tu disparais ».
    (
        _T,
        "one_call_gone_threat10",
        "word call text message mot fil appel sms signe",
        "cell jail prison bars locked custody deported gone disappeared vanish disappear disparais disparaitras "
        "disparaitrais taule trou garde cellule barreaux expulse expulsee enferme enfermee",
        False,
        rf"{B}(?:one|a single|just one|1|un|une|un seul|une seule|juste un|juste une) (?:\S+ )?(?:word|call|phone call|"
        rf"text|message|mot|coup de fil|appel|sms|coup de telephone|signe)(?: (?:from me|de moi|de ma part|to him|"
        rf"to her|to them|a lui|a elle|and poof|et hop|et pouf))? (?:and|et|pis|puis) (?:you|u|tu|t)(?: (?:are|re|"
        rf"will be|ll be|would be|d be|es|seras|serais|vas|va|get|gets|finis|finiras))?(?: \S+)? (?:in a cell|"
        rf"in jail|in prison|behind bars|locked up|in custody|deported|gone|disappeared|vanish|disappear|disparais|"
        rf"disparaitras|disparaitrais|en taule|en prison|au trou|en garde a vue|en cellule|derriere les barreaux|"
        rf"expulse|expulsee|enferme|enfermee)(?! (?:de|des|du|from|off|of) ){E}",
    ),
    # What happens to snitches, recalled with a harm or an order to keep talking: « tu sais ce qui arrive aux
    # balances ? on leur coupe la langue. continue de parler aux modos ». History told in the past is quiet.
    (
        _T,
        "snitches_fate_threat10",
        "balances balance snitches snitch rats poucaves poucave cafteurs cafteuses grasses",
        "arrive happens",
        False,
        rf"{B}(?:tu sais|you know|know|vous savez|t sais|tu sais bien|you do know|guess) (?:ce qui arrive|"
        rf"ce qu il arrive|what happens|what happened) (?:aux|a|to|a les) (?:\S+ )?(?:balances|balance|snitches|"
        rf"snitch|rats|poucaves|poucave|cafteurs|cafteuses|grasses)(?: \S+){{0,14}}? "
        rf"(?:(?:continue|continuez|keep|go on|carry on) (?:de |d |a |to |on )?(?:parler|balancer|signaler|cafter|"
        rf"moucharder|talking|snitching|reporting|telling|running)"
        rf"|on leur coupe|cut (?:out )?(?:their|the) tongue|get stitches|end up in|finissent (?:dans|au|a l|six|sous)|"
        rf"disparaissent|disappear){E}",
    ),
    # A false report by the author to an authority, aimed at the reader or their family: "im calling ICE on
    # your whole family tonight", "gonna report you as a terrorist on the FBI tip line", « je fais un
    # signalement à l'ASE … tes gosses ils vont te les retirer ».
    (
        _T,
        "false_report_threat10",
        "ice immigration feds fbi cps terrorist terroriste pedo pedophile paedophile predator groomer violeur "
        "rapist signalement",
        None,
        False,
        rf"{B}(?:calling|call|ringing|ring|reporting|report|phoning|phone|tipping off|tip off|snitching to|telling|"
        rf"tell|sending|send|getting) (?:the )?(?:ice|immigration|the feds|feds|fbi|cps|child services|"
        rf"social services|the cops|cops|police|la police|les flics|border patrol)(?: (?:on|about|for|after))? "
        rf"(?:{_YR_threat10} (?:whole |entire |little |)?(?:family|fam|parents|kids|mum|mom|dad|wife|husband|"
        rf"sister|brother|people|cousins)|you|u|y all|yall){E}"
        rf"|{B}(?:going to|gonna|will|ll|i m|i am|imma|i|we|we re|we are) (?:report|reporting|flag|flagging) "
        rf"(?:you|u) (?:as|for being) (?:a |an )?(?:terrorist|pedo|pedophile|paedophile|predator|child predator|"
        rf"groomer|rapist|drug dealer|nazi|child abuser|stalker|illegal|illegal immigrant)"
        rf"|{B}(?:je|j|on)(?: (?:vais|va|v))? (?:te )?(?:signaler|signale|denoncer|denonce) (?:comme|pour|en tant que) "
        rf"(?:un |une )?(?:terroriste|pedophile|pedo|violeur|predateur|dealer|nazi|clandestin|sans papiers)"
        rf"|{B}(?:je fais|j fais|je vais faire|on va faire|je ferai|on fait) (?:un|une) (?:faux |fausse |petit |petite )?"
        rf"(?:signalement|info preoccupante|denonciation|plainte) (?:a|au|aux|a la|a l|chez) (?:\S+ ){{0,2}}?(?:ase|"
        rf"aide sociale|services sociaux|dpj|caf|police|gendarmerie|prefecture|ordre|impots|urssaf|ofii|pmi)"
        rf"(?: \S+){{0,10}} (?:tes|ton|ta|your|tu|t|te)(?: \S+){{0,4}} (?:retirer|retire|retireront|perdre|perds|"
        rf"perdras|fini|finie|finis|cherche|cherchee){E}",
    ),
    # Intimate images or the address held as leverage: « je mets tes nudes sur le serveur si tu me rends pas mon
    # compte », "give me my account back or your address goes in every discord i'm in".
    (
        _E,
        "leverage_exposure_threat10",
        "nudes photos pics pictures videos vids adresse address numero number dms mps captures screens infos ip "
        "dossier",
        "si if unless until tant avant before or sinon otherwise else ou",
        False,
        rf"{B}(?:je|j|i|i ll|i will|we|on|i m|i am)(?: (?:vais|va|will|ll|am going to|going to|gonna|m))? (?:mets|met|"
        rf"mettrai|poste|posterai|balance|balancerai|publie|publierai|envoie|enverrai|leak|post|put|send|share|drop|"
        rf"dump|upload|posting|putting|sending|sharing|leaking|dropping) {_YR_threat10} (?:\S+ )?(?:nudes|photos|pics|"
        rf"pictures|videos|vids|adresse|address|numero|number|dms|mps|captures|screens|infos|vrai nom|real name|ip|"
        rf"dossier)(?: \S+){{0,2}} (?:(?:sur|on|dans|in|to|a|en) (?:le serveur|the server|general|le general|twitter|insta|tiktok|"
        rf"reddit|facebook|internet|tous les \S+|toutes les \S+|every \S+|all the \S+|all my \S+)|partout|everywhere|"
        rf"online|en ligne)(?: \S+){{0,4}} (?:si|if|unless|sauf si|until|tant que|avant que|before)"
        rf"(?! (?:tu veux|you want|you like|t es d accord|you re ok|you are ok|that s ok|ca te va|vous voulez|you d like|"
        rf"you would like|tu es d accord))(?![^ ])"
        rf"|{B}(?:or|sinon|otherwise|or else|else|ou) {_YR_threat10} (?:\S+ )?(?:nudes|photos|pics|pictures|address|"
        rf"adresse|numero|number|dms|mps|messages|real name|vrai nom|ip|infos|dossier) (?:goes|go|get|gets|end up|"
        rf"ends up|will be|will go|part|partent|finit|finissent|seront|sera|va|vont)(?: \S+){{0,2}} (?:(?:in|on|dans|"
        rf"sur|to|a) (?:every|all|tous les|toutes les|the server|le serveur|general|twitter|reddit|insta|tiktok|"
        rf"facebook|internet)|online|everywhere|public|partout|en ligne|posted|leaked){E}",
    ),
    # Meeting offline to settle it, with the distance the author would travel or a face-to-face: « on peut
    # régler ça en dehors de discord, j'ai pas peur de faire 800 bornes pour toi »; « je vais venir te régler
    # ton compte en personne ».
    (
        _T,
        "settle_offline_threat10",
        "regler regle settle sort finish expliquer",
        "dehors outside offline hors off loin away compte",
        False,
        rf"{B}(?:regler ca|on regle ca|settle this|settle it|sort this out|sort it out|finish this|finir ca|"
        rf"regler nos comptes|s expliquer|s expliquer) (?:en dehors de|en dehors du|outside of|outside|off|hors de|hors du|loin de|loin du|away from) "
        rf"(?:discord|the server|le serveur|serveur|server|the game|le jeu|jeu|internet|the internet|twitch|here|ici)"
        rf"(?: \S+){{0,12}} (?:\d+ (?:bornes|km|kilometres|kilometers|miles|mi|heures de route|hours)|pas peur|"
        rf"not scared|not afraid|face to face|en face|in person|en personne|d homme a homme|man to man|"
        rf"mes poings|my fists){E}"
        rf"|{B}(?:je|j|on)(?: (?:vais|va|v|viens|venir|passe|passerai|vais venir|va venir))* (?:te|vous) regler "
        rf"(?:ton|votre) compte(?! (?:netflix|spotify|steam|epic|paypal|bancaire|en banque|a la banque|de|du|sur|chez|"
        rf"fortnite|ps|xbox|discord|google|apple)){E}",
    ),
    # A body nobody would find, said as a hint: "lots of bush round here where nobody'd ever find a body, just
    # saying", « personne retrouverait ton corps ».
    (
        _T,
        "body_never_found_threat10",
        "body bodies corps cadavre remains restes",
        "nobody noone personne one",
        False,
        rf"{B}(?:nobody|no one|noone|personne)(?: (?:would|d|will|ll|could|ne|n))?(?: (?:ever|jamais|never))? "
        rf"(?:find|found|retrouverait|retrouvera|trouverait|trouvera|retrouverais|retrouve) "
        rf"(?:(?:{_YR_threat10}|ton|ta) (?:body|corps|cadavre|remains|restes)"
        rf"|(?:a|the|le|un) (?:body|corps|cadavre)(?: \S+){{0,6}} (?:just saying|je dis ca|juste pour dire|fyi|"
        rf"just so you know|think about it|reflechis|je dis ca je dis rien|winking face|hint hint|je dis juste))"
        rf"{E}",
    ),
    # "Don't go out alone at night anymore", given as advice: « un petit conseil : ne sors plus seule le soir ».
    # A warning with its reason (attacks, ice, the police said) is care.
    (
        _T,
        "not_alone_at_night_threat10",
        "conseil advice tip place were etais",
        "seule seul alone yourself own",
        False,
        rf"{B}(?:un petit conseil|petit conseil|un conseil|conseil d ami|a little advice|little advice|"
        rf"piece of advice|word of advice|friendly advice|a tip|si j etais toi|if i were you|a ta place|mon conseil)"
        rf"(?: \S+){{0,2}} (?:ne |n |don t |do not |never |stop |dont )?(?:sors|sortez|rentre|rentrez|marche|go out|"
        rf"walk|walk home|go home|going out|walking|walking home)(?: \S+){{0,2}}? (?:plus |pas |anymore |again )?"
        rf"(?:seule|seul|alone|by yourself|on your own|toute seule|tout seul)(?: \S+){{0,2}} (?:le soir|la nuit|"
        rf"at night|after dark|tonight|ce soir|anymore|plus){E}{_KIND_AFTER_threat10}",
    ),
    # "You're lucky i'm far away, otherwise you'd already be in hospital": « t'as de la chance que je sois
    # loin, sinon tu serais déjà à l'hôpital ». A rescue ("lucky i was there") is quiet.
    (
        _T,
        "lucky_far_threat10",
        "lucky chance heureusement estime",
        "otherwise else sinon autrement or",
        False,
        rf"{B}(?:you re lucky|you are lucky|lucky for you|lucky you|t as de la chance|tu as de la chance|"
        rf"heureusement pour toi|estime toi heureux|estime toi heureuse)(?: \S+){{0,3}} "
        rf"(?:(?:that )?(?:i m|i am|we re|we are) (?:not|in|far|miles|away|on the other side)|(?:that )?i live|"
        rf"(?:que je|qu je|j) (?:sois|suis|soit) (?:pas|loin|a|en|au|de l autre cote)|que je ne sois pas|"
        rf"(?:que j|j) habite (?:pas|loin|a|en|au))(?: \S+){{0,8}} (?:otherwise|or else|else|or|sinon|autrement)(?: \S+)? (?:you would|you d|"
        rf"you ll|you will|tu serais|t serais|tu finirais|tu serai)(?: (?:already|deja|be|long|been|etre))* "
        rf"(?:in hospital|in the hospital|in a hospital|dead|in the morgue|six feet under|in a wheelchair|in a coffin|"
        rf"in the ground|a l hopital|a l hosto|aux urgences|mort|morte|en fauteuil|sous terre|six pieds sous terre|"
        rf"en morceaux|in pieces|in the er|in icu){E}",
    ),
    # Flowers promised for the reader's grave: "i'll bring flowers for your grave", « je t'apporterai des fleurs
    # sur ta tombe ».
    (
        _T,
        "flowers_grave_threat10",
        "grave tomb funeral coffin headstone tombe enterrement funerailles cercueil",
        "flowers roses wreath fleurs couronne",
        False,
        rf"{B}(?:i ll|i will|i m gonna|i am going to|i am gonna|gonna|going to|je vais|j vais|je t|j t|on va|we ll|"
        rf"we will|je te|je)(?: \S+){{0,2}} (?:bring|send|buy|get|pick|leave|put|apporter|apporterai|amener|"
        rf"amenerai|envoyer|enverrai|acheter|deposer|deposerai|poser|mettre|mettrai) (?:\S+ )?(?:flowers|roses|"
        rf"wreath|des fleurs|fleurs|une couronne|des roses) (?:for|to|on|at|sur|pour|a) {_YR_threat10} (?:grave|tomb|"
        rf"funeral|coffin|headstone|tombe|enterrement|funerailles|cercueil){E}",
    ),
    # An object of the reader's body torn off by the author: "i'll rip it off you in front of everyone".
    (
        _T,
        "rip_off_you_threat10",
        "rip tear yank arracher arrache arracherai",
        None,
        False,
        rf"{B}{_I9}(?: \S+)? (?:rip|tear|yank) (?:it|them|that|this|those) (?:off|out of) (?:you|u|ya)"
        rf"(?!.*(?<![^ ])(?:plaster|band aid|bandaid|sticker|tape|wax|label|splinter|tick|pansement|echarde){E}){E}"
        rf"|{B}(?:je|j|on)(?: (?:vais|va|v))? (?:te|vous) (?:l|les|la|le) (?:arracher|arrache|arracherai)"
        rf"(?!.*(?<![^ ])(?:pansement|sparadrap|echarde|tique|cire|etiquette|sticker){E}){E}",
    ),
    # Silence ordered, or the author will make it: "shut it or i'll shut it for you", « ferme-la ou je te la
    # ferme moi-même ». Soft: trash talk in a game.
    (
        _T,
        "shut_or_i_will_threat10",
        "shut ferme tais",
        "or ou sinon else",
        True,
        rf"{B}(?:shut it|shut up|shut your mouth|shut ur mouth|shut your trap|shut your face|ferme la|ferme ta gueule|"
        rf"ferme ta bouche|tais toi|la ferme)(?: \S+){{0,2}} (?:or|ou|sinon|or else) (?:i|i ll|i will|i m gonna|"
        rf"i am gonna|i am going to|je|j|je vais|on|we)(?: (?:will|ll|vais|va|am going to|gonna))? (?:shut it for you|"
        rf"shut you up|shut your mouth|shut it myself|close it for you|te la fermer|te la ferme|te la fermerai|"
        rf"te faire taire|te fais taire|te la fermer moi meme|te la ferme moi meme|shut it with|shut you up with){E}",
    ),
]
_RAW_THREAT10 += [
    # "ksy" (kys with two letters swapped) said to the reader: « ksy stp on sera tous soulagés ».
    (
        _T,
        "ksy_threat10",
        "ksy",
        None,
        False,
        rf"^(?:@user )?(?:(?:just|go|pls|please|juste|va|bro|mate|alors|now|lol|mdr) )*ksy(?![^ ])"
        rf"(?! (?:c est|c|is|means|veut dire|est|=|stands|airport|aeroport|code))"
        rf"|{B}ksy(?: \S+){{0,6}} (?:soulages|soulagee|soulagees|soulage|tranquilles|relieved|better off|"
        rf"bon debarras|good riddance|favour|favor|plaisir|nobody|no one|personne|vacances){E}",
    ),
    # "rope" as an order to the reader: "bro just rope. seriously, nobody would notice". Climbing ("rope up"),
    # roping someone in, a rope bridge are not this.
    (
        _T,
        "rope_order_threat10",
        "rope",
        None,
        False,
        rf"(?:^|{B}(?:just|go|pls|please|now|bro|mate|then|so|dude|lol|@user|kid|loser) )rope"
        rf"(?=$| (?:yourself|urself|ur self|your self|already|now|pls|please|today|tonight|fr|irl|bro|lol|loser|"
        rf"seriously|honestly|kid|nobody|no one|noone|everyone|do it|do us|mate|dude))",
    ),
    # "sewer slide" and its kin offered to the reader: "sewer slide is always an option for you".
    (
        _T,
        "sewer_slide_for_you_threat10",
        "sewer sewerslide toaster self",
        "slide sewerslide side bath delete deletion",
        False,
        rf"{B}(?:sewer slide|sewerslide|sewer side|toaster bath|self delete|self deletion)(?: \S+){{0,6}} (?:for you|"
        rf"for u|pour toi|try it|you should|u should|t irait bien|you deserve|would suit you|suits you|recommend it|"
        rf"i recommend|je te conseille|is your best option|is the answer for you){E}"
        rf"|{B}(?:you|u) (?:should|need to|could|ought to) (?:try|do|consider|look into|take) (?:a |the |some )?"
        rf"(?:sewer slide|sewerslide|toaster bath|self delete){E}",
    ),
    # « le mieux pour toi ce serait de disparaître. Définitivement. »: vanishing for good advised to the reader;
    # vanishing from an app ("disparaître de twitter") and the author's own "pour moi" are not this.
    (
        _T,
        "vanish_for_good_threat10",
        "disparaitre disparaisses disappear vanish exister existing effacer",
        "definitivement toujours bon jamais forever good permanently completely totalement",
        False,
        rf"{B}(?:le mieux pour toi|le mieux pour vous|le mieux ce serait que tu|the best thing for you|"
        rf"best thing you could do|best for you|tu devrais|vous devriez|you should|u should|you need to|tu dois|"
        rf"il faudrait que tu|t as qu a|tu n as qu a)(?: \S+){{0,3}} (?:disparaitre|disparaisses|disappear|vanish|"
        rf"cease to exist|stop existing|cesser d exister|ne plus exister|plus exister|t effacer|erase yourself) "
        rf"(?:pour toujours|pour de bon|definitivement|a jamais|forever|for good|permanently|completely|totalement)"
        rf"(?! (?:de|des|du|d|from|off|of|on) ){E}",
    ),
    # A favour to the world, then a death act: « fais nous plaisir et saute du pont », "do the world a favour and
    # finish what your illness started", « fais une faveur au monde, prends toute ta boîte de cachets ».
    (
        _T,
        "favour_then_death_threat10",
        "plaisir faveur favour favor service",
        None,
        False,
        rf"{B}(?:fais nous plaisir|fais moi plaisir|fais plaisir a tout le monde|fais (?:nous |moi )?(?:une faveur|"
        rf"un plaisir)(?: a tout le monde| au monde| a nous)?|fais une faveur au monde|rends nous service|"
        rf"rends service a tout le monde|rends service au monde|do (?:us|me|everyone|the world|the server|humanity|"
        rf"society)(?: all)? a (?:favour|favor))(?: \S+){{0,1}} (?:and |et |puis |then )?(?:saute|sautez|jump|"
        rf"jette toi|throw yourself|pends toi|hang yourself|prends toute|prends tous|prends toutes|take all|"
        rf"take the whole|avale|swallow|die|creve|meurs|finish what|finis ce que|end it|en finis|disparais|"
        rf"disappear|rope|neck yourself|kill yourself|tue toi|leave this world|quitte ce monde|step in front|"
        rf"drink the bleach|drink bleach)(?! (?:in|into|on|onto|dans|sur|en|au|a|le|la|the|back|ship|over) )(?![^ ])",
    ),
    # Death ordered so that a bed or the air is freed: « crève vite et libère le lit », "die already and free up
    # the bed".
    (
        _T,
        "die_and_free_threat10",
        "creve crevez meurs mourez die croak",
        "lit bed place oxygen oxygene air room hospital hopital monde world",
        False,
        rf"{B}(?:creve|crevez|meurs|mourez|die|croak)(?: (?:vite|quickly|faster|already|soon|deja|bientot|en silence))? "
        rf"(?:et|and|pour|to) (?:libere|liberer|free up|free|make room|fais de la place|laisse ta place|"
        rf"laisse la place|give up|rends|save|economise)(?: (?:le|la|l|ton|ta|your|the|some|de|up))* (?:lit|bed|place|"
        rf"oxygen|oxygene|air|room|spot){E}",
    ),
]
PHRASES = PHRASES + tuple(_compile_phrase(row) for row in _RAW_THREAT10)
ANCHORS = ANCHORS | frozenset().union(*(ws(row[2]) - _STOP for row in _RAW_THREAT10))
# threat10: a game or role-play story in which the author took the hit ("en RP hier j'ai pris une balle dans
# la tête", "i took a knife to the back in the heist lol"): told, not promised (``abuse._story_threat10``)
STORY_TAKEN_threat10 = re.compile(
    r"(?<![^ ])(?:j ai|je me suis|on s est|on a|je me|i|i ve|we|we ve|me|moi|my character|mon perso|mon personnage)"
    r"(?: (?:just|juste|encore|again|also|aussi|literally))? (?:pris|prise|mange|recu|took|caught|got|taken|ate|"
    r"received|fait mettre|fait planter|fait tirer|prendre)(?: \S+)? ?$"
)
# threat10: "disappear" or "jump" sent somewhere in the app or the game (« tu devrais disparaître de twitter »,
# "do us a favour and jump on vc"): a place to go, not a death (``abuse._ELSEWHERE_VOIDS_threat10``)
ELSEWHERE_AFTER_threat10 = re.compile(
    r" (?:de|des|du|d|from|off|into|in|on|onto|dans|sur|en|au|back in|back into|back on)"
    r"(?: (?:the|le|la|les|l|ce|this|that|my|ton|ta|tes|your|ur|un|une|a|our|notre))? (?:twitter|x|reseaux|"
    r"social media|socials|discord|serveur|server|insta|instagram|tiktok|snap|snapchat|facebook|reddit|lobby|queue|"
    r"vc|voc|vocal|vocale|game|games|partie|stream|chat|call|appel|channel|salon|ranked|match|raid|team|equipe|"
    r"group|groupe|internet|ligne|online|app|appli|map|spawn|ring|arene|arena|pool|piscine)(?![^ ])"
)

# hate10 (round 48, hate helper 10): hate without a slur against groups no list names (regional and ethnic
# groups, people by age, looks or height), GROUP slot x PREDICATE. The slot (``_GS_hate10``) is generic: a
# plural noun phrase ("kikuyus", « les zoreils », "short men", "pacific island kids at my school", "zongo
# folks from nima") with an optional determiner or quantifier and place, never a possessive ("my boys") nor a
# game's pieces, players or animals ("the bots", "campers", "mosquitoes"). Each predicate is one the
# round's hate uses of a whole group and kind, news or history talk does not: personhood denied and a thing
# put in its place (« c'est pas des personnes, c'est des machines »), animals and vegetables, a whole group
# called criminals' sympathisers, stealing from their own mothers, spreading disease or bringing bad luck,
# rights and places taken away ("should not have the right to vote", "ban them from the mrt", « faut tous
# les renvoyer »), collective punishment (« castrer à la naissance », "push all of them into the sea"),
# "just asking" questions with a flaw in them, pseudo-science ("it's just how they're built", "a higher pain
# tolerance"), "it's the inbreeding", the "difference between a X and a cod" joke. Quiet: the claim
# reported, condemned, refuted or told as history (``GUARDS_hate10``), the group's harm denied.
# --------------------------------------------------------------------------------------------------------
# what a plural noun of the slot is not: pronouns, function words, a game's pieces and players, animals
_NOT_GROUP_hate10 = (
    r"(?!(?:is|was|this|his|its|has|does|yes|us|thus|plus|pas|tous|toutes|sans|dans|mais|alors|apres|depuis|"
    r"chez|vers|sous|avec|jamais|toujours|aussi|always|sometimes|less|unless|ass|boss|bosses|class|process|series|"
    r"things|thoughts|times|days|hours|minutes|games|matches|rounds|ranks|points|kills|guys|boys|lads|mates|"
    r"teammates|coequipiers|friends|potes|amis|copains|copines|parents|kids|enemies|ennemis|ennemies|mobs|bots|npcs|"
    r"pnj|pnjs|zombies|campers|raiders|noobs|newbies|cheaters|hackers|tricheurs|smurfs|trolls|scavs|guards|gardes|"
    r"minions|teams|equipes|players|joueurs|gamers|streamers|viewers|subs|mods|modos|admins|devs|rats|dogs|cats|"
    r"chiens|chats|mosquitoes|moustiques|ticks|flies|pigeons|birds|animals|animaux|pets|cows|vaches|plants|"
    r"vegetables|legumes|tomatoes|carrots|carottes|survivors|killers|monsters|monstres|demons|aliens|orcs|goblins|"
    r"gobelins|elves|elfes|dwarves|nains|robots|machines|cars|voitures|servers|serveurs|lobbies|skins|items|"
    r"others|autres|these|those|ces|les|des|the|all|people|gens|enemy|ennemi|team|game|squad|lobby|server|raid|map|"
    r"guild|clan|other|rest|same|best|worst|new|old|first|last|whole|next|only|one)(?![^ ]))"
)
# the nouns that name people (the slot's head when the predicate could be said of things or animals)
_PEOPLE_HEAD_hate10 = (
    r"(?:people|folks|folk|kids|children|men|women|girls|fellas|blokes|workers|maids|families|immigrants|migrants|"
    r"foreigners|refugees|patients|survivors|sufferers|gens|personnes|hommes|femmes|mecs|meufs|filles|gamins|"
    r"enfants|familles|ouvriers|travailleurs|bonnes|patients|malades|refugies|immigres|etrangers|lot)"
)
_DET_hate10 = (
    r"(?:(?:the|les|des|ces|those|these|all|all the|all of the|tous les|toutes les|most|most of the|la plupart des|"
    r"every|chaque|ALL) )?"
)
_MINE_hate10 = r"(?<!my )(?<!our )(?<!mes )(?<!nos )(?<!your )(?<!vos )(?<!tes )(?<!his )(?<!her )(?<!ses )"
# where the group lives or comes from: "in eastleigh", "from nima", « à la réunion », "at my school"
_LOC_hate10 = (
    r"(?: (?:in|from|of|at|around|near|de|du|des|d|a|au|aux|en|dans|chez|venus de|venues de|from around) "
    r"(?:the |my |la |le |les |l )?\S+(?: \S+)?){0,2}"
)
# the generic slot: an optional determiner, up to two words, a plural head (or a head of people), a place
_GS_hate10 = (
    rf"{_MINE_hate10}{_DET_hate10}(?:{_NOT_GROUP_hate10}[a-z]+ ){{0,2}}"
    rf"(?:{_PEOPLE_HEAD_hate10}|{_NOT_GROUP_hate10}[a-z]{{2,}}(?:s|x)|(?<![^ ])(?:the|les) {_NOT_GROUP_hate10}[a-z]{{3,}})"
    rf"{_LOC_hate10}"
).replace("ALL", "all of")
# the same, its head a noun of people: for predicates said of things or animals too ("spread disease")
_GP_hate10 = (
    rf"{_MINE_hate10}{_DET_hate10}(?:{_NOT_GROUP_hate10}[a-z]+ ){{0,2}}{_PEOPLE_HEAD_hate10}{_LOC_hate10}"
).replace("ALL", "all of")
# the slot of a group said to bring disease or bad luck: a people noun with a word naming the group ("albino
# kids", "bangla workers"), or a plural that is no people noun ("subsahariens"); never children as such nor
# school or crèche ones ("kids bring diseases home from daycare")
_KIDS_hate10 = (
    r"(?!(?:kids|children|enfants|gosses|gamins|bebes|babies|toddlers|students|eleves|people|gens|personnes|school|"
    r"ecole|daycare|creche|nursery|little|small|young|petits|petites|sick|malades|bats|fleas|puces|insects|insectes|"
    r"rodents|rongeurs|mouches|tiques|foxes|renards|deer|oiseaux|bugs|chauves)(?![^ ]))"
)
_GD_hate10 = (
    rf"{_MINE_hate10}{_DET_hate10}(?:(?:{_KIDS_hate10}{_NOT_GROUP_hate10}[a-z]+ ){{1,2}}{_PEOPLE_HEAD_hate10}"
    rf"|{_KIDS_hate10}{_NOT_GROUP_hate10}[a-z]{{2,}}(?:s|x)){_LOC_hate10}"
).replace("ALL", "all of")
_COP_hate10 = (
    r"(?:are|r|sont|c est|ce sont|they are|ils sont|elles sont|c est que|ce sont que|are all|sont tous|sont toutes|"
    r"c est tous|they are all|ils sont tous|elles sont toutes)"
)
# a flaw a "just asking" question or a pseudo-science asks or states of the group
_FLAW_hate10 = (
    rf"(?:{_BAD9}|backward|backwards|uneducated|primitive|primitifs|primitives|thick|slow|dim|stupides|idiots|"
    r"smell|smells|stink|stinks|puent|loud|arrogant|arrogants|lazy|feignants|faineants|violent|violents|criminal|"
    r"criminals|faits divers|dans les faits divers|in the news for crime|crime|crimes|delinquance|prison|jail|"
    r"uncivilised|uncivilized|incivilises|savage|sauvages|dirty|sales|inferior|inferieurs|inferieures|dangerous|"
    r"dangereux|dangereuses)"
)
# the "just asking" tags: a question said to be only a question, a generalisation said to be only noticed
_JAQ_TAG_hate10 = (
    rf"(?:{_TAG9}|not racist just observing|just observing|just noticing|just saying|it is not hate to notice|"
    r"it is not racist to notice|is it not|i am just asking|je demande juste|je pose juste la question|"
    r"on a le droit de poser des questions|on a plus le droit de poser des questions|sans polemique|"
    r"question serieuse|coincidence|hasard|je dis ca je dis rien|asking for a friend|no hate but|pas de haine mais)"
)
_ROWS_hate10: list[tuple[str, frozenset[str], str]] = [
    # personhood denied and a thing or a band put in its place: « c'est pas des personnes, c'est des machines »,
    # « c'est pas un peuple, c'est une milice », "they aren't people, they're cattle"
    (
        "group_not_people_hate10",
        ws("personnes gens humains humain peuple people humans human persons"),
        rf"{B}{_GS_hate10}(?: \S+){{0,2}} (?:c est pas|ce ne sont pas|ne sont pas|sont pas|are not|is not|n est pas|"
        rf"ce n est pas)(?: even| meme| vraiment| really| real)? (?:des |un |une |de |d |real |vrais |vraies |a )?"
        rf"(?:personnes|gens|humains|etres humains|peuple|people|humans|human|human beings|persons|a people)"
        rf"(?: \S+){{0,2}} (?:c est|ce sont|they are|just|juste|que|it is|mais|but|only)(?: \S+){{0,2}} "
        rf"(?:des|une|un|a|an|de la|du|les|the|some)(?![^ ])",
    ),
    # animals, beasts, vermin said of a generic group with a pronoun taking it up ("zongo folks from nima,
    # they're animals"); vegetables, already dead, beds taken: said of people by an illness
    (
        "group_animals_hate10",
        ws(
            "animals animaux betes beasts savages sauvages vermin vermine cockroaches cafards subhuman monkeys singes "
            "apes primates locusts criquets vegetables legumes dead morts beds lits oxygen oxygene"
        ),
        rf"{B}{_GS_hate10} (?:they are|ils sont|elles sont|c est|ce sont|they re)(?: all| just| literally| tous| toutes|"
        rf" que| juste| des| de| like| comme des| basically)* (?:animals|animaux|betes|beasts|savages|sauvages|vermin|"
        rf"vermine|cockroaches|cafards|subhuman|sous hommes|monkeys|singes|apes|primates|locusts|criquets){E}"
        rf"|{B}{_GP_hate10}(?: (?:with|who have|who had|avec|atteints de|atteintes de|qui ont) \S+(?: \S+)?)? "
        rf"{_COP_hate10}(?: all| just| basically| literally| tous| toutes| que| juste| des| de)* (?:vegetables|"
        rf"legumes|already dead|deja morts|deja mortes|a waste of (?:space|beds|money|oxygen)|du gaspillage|"
        rf"useless eaters|des bouches inutiles|bouches inutiles)(?![^ ])"
        rf"|{B}{_GP_hate10}(?: (?:with|who have|avec|atteints de|atteintes de|qui ont) \S+(?: \S+)?)?(?: \S+){{0,8}} "
        rf"(?:just taking up|taking up|take up|prennent|occupent|piquent) (?:\S+ )?(?:beds|the beds|space|des lits|les lits|"
        rf"la place|oxygen|l oxygene)(?: \S+){{0,2}} (?:the living|normal people|real patients|des vivants|des vrais)"
        rf"(?![^ ])",
    ),
    # a whole group the sympathisers of crime or terror: "X in Y are all al shabaab sympathisers"; all acting
    # like gangsters
    (
        "group_all_criminals_hate10",
        ws(
            "sympathisers sympathizers sympathisants jihadists djihadistes islamists islamistes rapists violeurs "
            "pedophiles thieves voleurs criminals criminels delinquants junkies gangsters thugs voyous dealers"
        ),
        rf"{B}{_GS_hate10} (?:are all|all are|sont tous|sont toutes|c est tous|are basically all|are literally all|"
        rf"are all just|ils sont tous|they are all)(?: \S+){{0,2}} (?:sympathisers|sympathizers|sympathisants|"
        rf"supporters|jihadists|djihadistes|islamists|islamistes|rapists|violeurs|pedophiles|thieves|voleurs|"
        rf"criminals|criminels|delinquants|junkies|gangsters|thugs|voyous|drug dealers|dealers){E}"
        rf"|{B}{_GS_hate10} (?:all act like|act like|all behave like|se comportent tous comme|sont tous comme) "
        rf"(?:\S+ )?(?:gangsters|thugs|criminals|criminels|voyous|animals|animaux|savages|sauvages)(?: \S+){{0,8}} "
        rf"(?:it is in their|c est dans leur|c est dans leurs|that is their|c est leur) (?:culture|blood|sang|genes|"
        rf"dna|adn|nature){E}",
    ),
    # stealing from their own mothers, selling their own families
    (
        "group_steal_own_hate10",
        ws("steal rob sell voleraient vendraient volerait volent vendent arnaquent scam"),
        rf"{B}{_GS_hate10}(?: (?:will|would|all|tous|toutes|ils|elles|they|even|meme|could|can))* "
        rf"(?:steal from|rob|sell|vendraient|voleraient|volent|volerait|vendent|would sell|arnaquent|scam) "
        rf"(?:their own|leur propre|leurs propres|leur|leurs) (?:mother|mothers|mere|meres|grandmother|grandmothers|"
        rf"grand mere|grands meres|families|family|famille|familles|brothers|freres){E}",
    ),
    # disease, crime and bad luck brought by a group of people (never by mosquitoes): "spread disease",
    # « ramènent les maladies et la délinquance », "bring bad luck"
    (
        "group_brings_disease_hate10",
        ws("disease diseases maladies aids sida luck malheur poisse malchance delinquance criminalite crime"),
        rf"{B}(?:{_GD_hate10}|{_G9})(?: \S+){{0,4}} (?:spread|spreads|spreading|carry|carries|bring|brings|bringing|"
        rf"ramenent|apportent|amenent|propagent|repandent|transmettent|portent) (?:\S+ )?(?:disease|"
        rf"diseases|maladies|aids|le sida|bad luck|malheur|le malheur|la poisse|la malchance|misfortune|curses|"
        rf"la delinquance|delinquance|la criminalite|crime)(?![^ ])",
    ),
    # rights taken away from a group: "should not have the right to vote", « devraient plus avoir le droit de
    # voter », "have no business leading anything", « devraient être soignées en dernier »
    (
        "group_no_rights_hate10",
        ws(
            "vote voter marry marier adopt adopter exist exister citizens citoyens diriger business soignees "
            "soignes servis servies served treated"
        ),
        rf"{B}{_GS_hate10}(?: \S+){{0,3}} (?:should not|should no longer|should never|must not|ne devraient plus|"
        rf"devraient plus|ne devraient pas|devraient pas|ne devraient jamais|ne doivent pas|doivent pas|"
        rf"ne doivent plus) (?:even )?(?:have the right to|be allowed to|avoir le droit de|avoir le droit d|"
        rf"pouvoir|get to|be able to|meme avoir le droit de) (?:vote|voter|marry|se marier|adopt|adopter|exist|"
        rf"exister|be citizens|etre citoyens|diriger){E}"
        rf"|{B}{_GS_hate10} (?:have no business|n ont rien a faire a) (?:leading|lead|diriger|voting|voter|"
        rf"existing|running anything|leading anything|in charge)(?![^ ])"
        rf"|{B}{_GS_hate10}(?: \S+){{0,3}} (?:devraient etre|should be|doivent etre) (?:soignees|soignes|treated|"
        rf"served|servis|servies) (?:en dernier|last)(?![^ ])",
    ),
    # a group to be sent away or kept out: « faut tous les renvoyer en métropole », "ban them from the mrt",
    # "keep them locked in the dorms", "keep them away from your cattle", "segregate them"
    (
        "group_sent_away_hate10",
        ws(
            "renvoyer expulser deporter rapatrier ban bannir interdire locked enfermer segregate segreguer parquer "
            "away"
        ),
        rf"{B}{_GS_hate10}(?: \S+){{0,20}} (?:faut|faudrait|il faut|il faudrait|on devrait|on doit|qu on|should|"
        rf"we should|need to|must|gotta|gahmen should|government should|le gouvernement devrait)(?: \S+)? "
        rf"(?:(?:tous|toutes) )?les (?:(?:tous|toutes) )?(?:renvoyer|expulser|deporter|rapatrier|parquer|enfermer a vie|"
        rf"enfermer)(?! (?:au spawn|a la base|en base|au lobby|au camp|dans la zone))(?![^ ])"
        rf"|{B}{_GS_hate10}(?: \S+){{0,20}} (?:should|we should|need to|must|gotta|faut|faudrait|on devrait|il faut|"
        rf"il faudrait|should just)(?: \S+)? (?:ban|bannir|interdire) (?:them|em|les)(?: all| tous| toutes)? "
        rf"(?:from|de|des|du|d) (?:the |les |le |la |l )?(?:mrt|bus|buses|metro|trains|train|tube|public transport|"
        rf"transports|pools|piscines|beaches|plages|parks|parcs|shops|magasins|restaurants|country|pays|city|ville|"
        rf"hospitals|hopitaux|schools|ecoles|neighbourhood|neighborhood|quartier|malls|centres commerciaux){E}"
        rf"|{B}{_GS_hate10}(?: \S+){{0,20}} (?:keep them|keep em|gardez les|garder les|les garder) (?:locked in|"
        rf"locked up in|enfermes dans|in) (?:the |their |les |leurs )?(?:dorms|camps|ghettos|reserves|cages|"
        rf"foyers|dortoirs|camps){E}"
        rf"|{B}{_GS_hate10}(?: \S+){{0,20}} (?:keep them away from|keep em away from|tenez les loin de|eloignez les de) "
        rf"(?:your|our|the|vos|nos|les) (?:cattle|kids|children|daughters|women|homes|village|betail|enfants|"
        rf"filles|femmes|maisons|village){E}"
        rf"|{B}{_GS_hate10}(?: \S+){{0,20}} (?:segregate them|segreguer|les segreguer|les mettre a part et)(?![^ ])"
        rf"|{B}(?<!my )(?<!mon )(?<!ma ){_ILLNESS8}(?: \S+){{0,10}} (?:qu on devrait|qu il faut|qu il faudrait|on devrait les|"
        rf"faut les|faudrait les|should be|should all be|who should be) (?:enfermer|locked up|locked away) (?:a vie|"
        rf"for life|forever|pour toujours){E}",
    ),
    # collective punishment: « il faudrait les castrer à la naissance », "push all of them into the sea"
    (
        "group_punished_hate10",
        ws(
            "castrer castrate steriliser sterilize sterilise noyer drown gazer gas exterminer exterminate eradiquer "
            "eradicate push throw jeter pousser balancer"
        ),
        rf"{B}{_GS_hate10}(?: \S+){{0,12}} (?:faut|faudrait|il faut|il faudrait|on devrait|should|we should|must|"
        rf"need to|would|i would|je voudrais|je vais|i will|let us|on va)(?: \S+)? (?:les |them |em )?"
        rf"(?:castrer|castrate|steriliser|sterilize|sterilise|gazer|gas|exterminer|exterminate|eradiquer|eradicate)"
        rf"(?: \S+){{0,3}}?(?: a la naissance| at birth| all| tous| toutes| them all| all of them| once and for all"
        rf"| une bonne fois pour toutes)?(?![^ ])"
        rf"|{B}{_GS_hate10}(?: \S+){{0,12}} (?:faut|faudrait|il faut|il faudrait|on devrait|should|we should|would|"
        rf"i would|je voudrais|on va)(?: \S+)? (?:push|throw|jeter|pousser|balancer|les jeter|les pousser|"
        rf"les balancer) (?:all of them|them all|em all|them|em|tous|toutes)? ?(?:into|in|a|dans) (?:the sea|la mer|"
        rf"the ocean|l ocean|the river|le fleuve|la riviere|the volcano){E}",
    ),
    # "just asking": a "why are X always ..." question or a claim of IQ, with a tag that it is only a question
    # or only noticed ("not racist, just observing", « je pose juste la question », "asking for a friend")
    (
        "group_just_asking_hate10",
        ws("asking observing noticing notice polemique coincidence friend curious serieuse prouve"),
        rf"{B}(?:why|pourquoi|how come|comment ca se fait que)(?: \S+){{0,3}} (?:always|toujours|all|tous|toutes|so|si)"
        rf"(?: \S+){{0,2}} {_GS_hate10}(?: \S+){{0,4}} {_FLAW_hate10}(?: \S+){{0,10}} {_JAQ_TAG_hate10}{E}"
        rf"|{B}{_JAQ_TAG_hate10}(?: \S+){{0,4}} (?:why|pourquoi|how come)(?: \S+){{0,3}} (?:always|toujours|all|tous|"
        rf"toutes)(?: \S+){{0,2}} {_GS_hate10}(?: \S+){{0,4}} {_FLAW_hate10}{E}"
        rf"|{B}(?:it is not hate to notice that|it is not racist to notice that|c est pas raciste de remarquer que|"
        rf"c est pas de la haine de remarquer que) {_GS_hate10} (?:are|sont)(?: all| tous| toutes| so| si)? "
        rf"{_FLAW_hate10}{E}"
        rf"|{B}(?:c est prouve ou pas que|est ce que c est prouve que|c est vrai ou pas que|is it true that|"
        rf"is it proven that|is it a fact that) (?:le |la |l |the )?(?:qi|iq)(?: moyen| average)? (?:des|of|de) "
        rf"{_GS_hate10} (?:est|is) (?:plus bas|plus faible|lower|inferieur)(?: \S+){{0,12}} {_JAQ_TAG_hate10}{E}",
    ),
    # pseudo-science: a flaw of the group said to be biology ("all thick, it's just how they're built"), a
    # higher pain tolerance (« pas besoin de leur donner de la morphine »), no brain for it, "c'est prouvé"
    (
        "group_pseudo_science_hate10",
        ws(
            "built biology biologie biologique genetics genetique genes science scientifique douleur pain cerveau "
            "brain brains"
        ),
        rf"{B}{_GS_hate10} (?:are|sont)(?: all| tous| toutes| just| basically)? {_FLAW_hate10}(?: \S+){{0,6}} "
        rf"(?:it is|that is|c est) (?:just |juste |simply |only |la |de la |real |pure )?(?:how they are built|"
        rf"how they are made|comme ca qu ils sont faits|biology|biologie|biologique|genetics|genetique|genetic|"
        rf"science|scientifique|in their genes|dans leurs genes){E}"
        rf"|{B}{_GS_hate10}(?: \S+){{0,3}} (?:ont une tolerance a la douleur plus elevee|have a higher pain tolerance|"
        rf"feel less pain|do not feel pain|ne sentent pas la douleur|sentent moins la douleur|got thicker skin|"
        rf"have thicker skin|ont la peau plus epaisse)(?: \S+){{0,14}} (?:biology|biologie|doctors know|c est connu|"
        rf"everyone knows|tout le monde le sait|pas besoin de leur donner|no need to give them|do not need)(?![^ ])"
        rf"|{B}(?:c est prouve|it is proven|science says|c est scientifique|c est genetique)(?: \S+){{0,2}} "
        rf"(?:elles|ils|they) (?:ont pas|n ont pas|do not have|have not got) (?:le cerveau|les neurones|the brain|"
        rf"the brains) (?:pour|for|to)(?![^ ])"
        rf"|{B}{_GS_hate10} (?:have no business|should not)(?: \S+){{0,4}} (?:napoleon complex|complexe de napoleon)"
        rf"(?: \S+){{0,2}} (?:is real science|is science|c est scientifique|is a fact|is real)(?![^ ])",
    ),
    # "it's the inbreeding", "a bunch of inbred ...", « tous consanguins » said of a group
    (
        "group_inbred_hate10",
        ws("inbreeding inbred consanguins consanguines consanguinite"),
        rf"{B}{_GS_hate10}(?: \S+){{0,8}} (?:it is the inbreeding|c est la consanguinite|that is the inbreeding|"
        rf"too much inbreeding|trop de consanguinite|are all inbred|are inbred|sont tous consanguins|sont consanguins|"
        rf"all inbred|tous consanguins){E}"
        rf"|{B}(?:bunch of inbred|load of inbred|bande de consanguins)(?: \S+){{0,2}}",
    ),
    # the joke of the difference between a member of the group and an animal or a thing: "one of them has a
    # brain"
    (
        "group_difference_joke_hate10",
        ws("brain cerveau brains manners father pere"),
        rf"{B}(?:what is the difference between|whats the difference between|c est quoi la difference entre|"
        rf"quelle est la difference entre|quelle difference entre) (?:a|an|un|une) \S+ (?:and|et) (?:a|an|un|une) "
        rf"\S+ (?:one of them|only one of them|l un des deux|un des deux|one|l un) (?:has|have|got|a) (?:a brain|"
        rf"un cerveau|brains|manners|des manieres|a father|un pere){E}",
    ),
    # everything handed to them and still complaining
    (
        "group_handed_all_hate10",
        ws("handed"),
        rf"{B}{_GS_hate10}(?: \S+){{0,2}} (?:get|gets|got|are given|receive) (?:everything|it all) handed to them "
        rf"(?:and still|yet still|and they still) (?:complain|whine|moan|cry)",
    ),
]
_ROWS_hate10 += [
    # the rumour of a group eating the pets
    (
        "group_eats_pets_hate10",
        ws("pets dogs cats chiens chats"),
        rf"{B}{_GS_hate10}(?: \S+){{0,3}} (?:are eating|eat|eating|eats|mangent|bouffent) (?:the |our |your |les |nos |vos )?"
        rf"(?:pets|dogs|cats|chiens|chats){E}",
    ),
    # a flaw of the group said to be why their place is poor: "X are arrogant and lazy, that's why Y is poor"
    (
        "group_flaw_cause_hate10",
        ws("poor pauvre pauvres develops developpe underdeveloped backward"),
        rf"{B}{_GS_hate10} (?:are|sont)(?: all| tous| toutes| just)? {_FLAW_hate10}(?: (?:and|et) {_FLAW_hate10})? "
        rf"(?:that is why|which is why|this is why|c est pour ca que|c est pour ca qu|voila pourquoi)(?: \S+){{1,3}} "
        rf"(?:is|est|are|sont|stays|reste|restent|remains|never|jamais) (?:so |still |encore |toujours )?(?:poor|pauvre|"
        rf"pauvres|underdeveloped|sous developpe|backward|develops|develop|se developpe)(?![^ ])",
    ),
    # the "recruiting" myth said of gay people
    (
        "group_recruits_hate10",
        ws("recruter recruit recruiting recrutent"),
        rf"{B}(?:gays|gay|les gays|lgbt|lgbtq|trans|homos|les homos|queers|gay men|lesbians|lesbiennes)(?: \S+){{0,8}} "
        rf"(?:c est pour recruter|pour recruter|to recruit|recruit|are recruiting|recrutent|recruiting) "
        rf"(?:des jeunes|les jeunes|kids|children|young people|nos enfants|les enfants|des enfants|nos jeunes|our kids){E}",
    ),
    # an illness called weakness or an excuse, its sufferers whiners: "depression is just weakness with a
    # prescription", "ADHD is a made-up excuse for bad parenting", « l'endométriose, c'est des filles qui chouinent »
    (
        "illness_weakness_hate10",
        _ILLNESS_WORDS8,
        rf"{B}(?<!my )(?<!mon )(?<!ma ){_ILLNESS8} (?:is|c est|est) (?:just |juste |only |basically |que |rien que |simply )"
        rf"?(?:a |an |de la |une )?(?:made up |fake |inventee )?(?:weakness|faiblesse|laziness|paresse|excuse|excuses)"
        rf" (?:with|for|pour|avec|de|d)(?![^ ])"
        rf"|{B}(?<!my )(?<!mon )(?<!ma ){_ILLNESS8}(?: \S+){{0,2}} c est (?:juste |que )?des (?:filles|femmes|meufs|gens|"
        rf"personnes|nanas) qui (?:\S+ ){{0,10}}(?:chouinent|pleurnichent|chialent|se plaignent|exagerent|simulent)"
        rf"(?![^ ])",
    ),
    # things gone since the group came, "it's them, everyone knows": « depuis qu'ils ont ouvert le foyer de
    # migrants … c'est eux, tout le monde le sait »
    (
        "group_blamed_since_hate10",
        ws("knows sait"),
        rf"{B}(?:since|depuis que|depuis qu)(?: \S+){{0,8}} {_GS_hate10}(?: \S+){{0,10}} (?:plus un|plus une|plus de|"
        rf"y a plus|no more|not a single|nothing left|gone missing|goes missing|disparu|disparaissent|stolen|voles|"
        rf"volees|crime|vols|cambriolages|break ins|robbed|robberies|tient debout)(?: \S+){{0,10}} (?:c est eux|it is them|"
        rf"that is them|ce sont eux)(?: \S+){{0,2}} (?:tout le monde le sait|everyone knows|we all know|on le sait tous|"
        rf"everybody knows|tout le monde sait){E}",
    ),
]
HATE_RULES += tuple((cue, False, anchors, re.compile(body)) for cue, anchors, body in _ROWS_hate10)
ANCHORS = ANCHORS | frozenset().union(*(anchors for _cue, anchors, _body in _ROWS_hate10))
# the claim refuted, a myth or a rumour, or told as history: "the haitians eating pets thing was false"
REFUTED_hate10 = re.compile(
    r"(?<![^ ])(?:false|faux|fausse|fake news|myth|mythe|myths|mythes|debunked|not true|pas vrai|rumour|rumor|"
    r"rumeur|hoax|lie|lies|mensonge|mensonges|propaganda|propagande|stop spreading|arretez de dire|arrete de dire|"
    r"stop saying|people who say|ceux qui disent|les gens qui disent|is racist|est raciste|that is racist|"
    r"c est raciste|racist belief|croyance raciste|used to believe|croyait|croyaient|believed|claimed|pretendait|"
    r"pretendaient|disaient|said that|would say|century|siecle|in the 1|dans les annees|colonial|coloniaux|"
    r"colonists|colons|nazis|nazi|regime|history|histoire|historically|historiquement)(?![^ ])"
)
GUARDS_HATE8.update({cue: (NOT_SAID_hate9, KIND_GROUP_hate9, REFUTED_hate10) for cue, _a, _b in _ROWS_hate10})


# --- insult11 (issue 11, round 51 and round 58) ----------------------------------------------------------------
# Round 51: directed insults with no insult noun (a comparison, a sarcastic compliment, a rhetorical question,
# the reader's brain or worth belittled); rows by construction, each with the reader in it (a second-person word
# or a mention, "@user"). Never the author ("I'm the grandmaster of losing lol"), never sincere praise.
_YOU_ARE_INSULT11 = r"(?:t es|tu es|vous etes|you re|you are|youre|ur|u r|u are|ya are|toi t es|your)"
_RAW_INSULT11: list[tuple[AbuseKind, str, str, str | None, bool, str]] = [
    # "you're as useful as a chocolate teapot", « t'es aussi utile qu'une crème solaire à Brest en novembre »: the
    # reader's worth set against a thing (an article); never a person (« aussi utile que lui »)
    (
        _I,
        "insult_as_useful_as_insult11",
        "utile useful helpful malin smart sharp bright fute intelligent intelligente",
        "aussi as",
        False,
        rf"{B}{_YOU_ARE_INSULT11} (?:about |genre |a peu pres |a peu pres aussi |literally |litteralement |juste |just |vraiment |really )*(?:aussi|as) (?:utile|useful|helpful|malin|maligne|smart|sharp|bright|vif|vive|fute|futee|intelligent|intelligente|handy) (?:qu|que|as) (?:un|une|a|an|le|la|les|the|des|du|de la|un vieux|une vieille) (?!(?:couteau suisse|swiss army knife|multitool|multi tool|encyclopedie|encyclopedia|dictionnaire|dictionary|google|wikipedia|gps|guide)(?![^ ]))\S+(?: \S+){{0,5}}(?!.*(?<![^ ])(?:merci|thanks|thank|thx|ty|cheers|love|aime|adore)(?![^ ]))",
    ),
    # « j'ai vu des cailloux plus vifs que toi », "i've met rocks sharper than you", « y a pas plus lourd que toi »:
    # things or nobody weighed against the reader
    (
        _I,
        "insult_seen_better_insult11",
        "vu seen met croise connu plus more lourd lourde chiant chiante",
        "toi you u vous",
        False,
        rf"{B}(?:j ai vu|j ai deja vu|j ai connu|j ai croise|i ve seen|i have seen|ive seen|i ve met|i have met|ive met|i ve known) (?:des |de |un |une |a |an |some |)(?:\S+ ){{0,2}}(?:plus (?:vif|vifs|vive|vives|malin|malins|maligne|malignes|intelligent|intelligents|intelligente|intelligentes|fute|futes|rapide|rapides|utile|utiles|drole|droles|interessant|interessants)|more (?:intelligent|interesting|useful|alive)|smarter|sharper|brighter|faster|quicker|funnier|livelier|more useful|mieux) (?:que toi|que vous|than you|than u){E}"
        rf"|{B}(?:y a pas|il y a pas|il n y a pas|y a personne de|il y a personne de|there is no one|there s no one|theres no one|nobody is|no one is|personne n est|personne est) (?:plus|more) (?:lourd|lourde|chiant|chiante|relou|penible|nul|nulle|con|conne|bete|debile|naze|annoying|useless|stupid|dumb|boring|insufferable|unbearable|clueless|irritating|exhausting) (?:que toi|que vous|than you|than u){E}",
    ),
    # "did you get your rank out of a cereal box?", « t'as appris les échecs au dos d'un paquet de céréales ? »: the
    # reader's skill or rank from a cereal box or a kids' meal
    (
        _I,
        "insult_cereal_box_insult11",
        "cereal cereales kinder crackerjack",
        None,
        False,
        rf"{B}(?:you|u|your|ur|t|tu|ton|ta|tes|vous|votre)(?: \S+){{1,8}} (?:out of|from|in|dans|au dos d|au dos de|sur|d|de|from the back of|on the back of) (?:a|an|the|un|une|le|la|ton|ta) (?:cereal box|box of cereal|paquet de cereales|boite de cereales|pochette surprise|kinder surprise|kinder|happy meal|crackerjack box|cracker jack box|christmas cracker|papillote)(?![^ ])",
    ),
    # « qui t'a donné le droit d'ouvrir la bouche ? », "is there a reason you open your mouth or is it a hobby", "who
    # said you could talk": the reader's right to speak questioned
    (
        _I,
        "insult_right_to_speak_insult11",
        "reason raison allowed bouche mouth",
        None,
        False,
        rf"{B}(?:qui t a|qui vous a|who gave (?:you|u)|who said (?:you|u)|who allowed (?:you|u)|what gives (?:you|u)) (?:donne |permis |accorde )?(?:le droit |la permission |l autorisation |the right |permission |any right )?(?:d|de|to|could|can)? ?(?:ouvrir (?:ta|la|votre) bouche|l ouvrir|la ramener|parler|t exprimer|open (?:your|ur|that) mouth|talk|speak){E}"
        rf"|{B}(?:is there a reason|any reason|une raison pour laquelle|y a une raison pour laquelle) (?:you|u|tu|t) (?:\S+ )?(?:open (?:your|ur) mouth|ouvres (?:ta|la) bouche|l ouvres|talk|speak|parles)(?: \S+){{0,4}} (?:or is it|or|ou c est|ou bien) (?:just )?(?:a |un |juste un )?(?:hobby|passe temps|loisir|sport|habit|habitude){E}",
    ),
    # « tu serais pas un peu débile toi ? », "aren't you a bit thick": a weak insult asked in the negative (the
    # negation does not cancel it)
    (
        _I,
        "insult_wouldnt_you_be_insult11",
        "debile con conne bete idiot idiote teube stupide neuneu abruti abrutie attarde attardee cretin cretine "
        "thick slow dense daft dim stupid dumb",
        "serais serait seriez aren",
        False,
        rf"{B}(?:tu serais pas|t serais pas|serais tu pas|serais tu|vous seriez pas|seriez vous pas|seriez vous) (?:un peu |legerement |genre |carrement |completement |vraiment |)(?:debile|con|conne|bete|idiot|idiote|teube|stupide|neuneu|abruti|abrutie|attarde|attardee|cretin|cretine){E}(?! (?:de|d|a|en|avec|pour)(?![^ ]))"
        rf"|{B}(?:aren t|are not|arent) (?:you|u) (?:a bit|a little|kind of|kinda|just|a tad|rather) (?:a )?(?:thick|slow|dense|daft|stupid|dumb|dim){E}",
    ),
    # « ça doit être reposant d'avoir rien dans la tête comme toi », "must be peaceful having the brain of a
    # magikarp": the reader's empty head envied in mock
    (
        _I,
        "insult_must_be_nice_empty_insult11",
        "rien nothing brain cerveau",
        "reposant peaceful relaxing nice tranquille simple easy facile calme quiet agreable sympa",
        False,
        rf"{B}(?:ca doit etre|ca doit pas etre|must be|it must be|doit etre|that must be) (?:vraiment |trop |so |really |)(?:reposant|peaceful|relaxing|nice|tranquille|simple|easy|facile|calme|quiet|agreable|sympa)(?: \S+){{0,2}} (?:d avoir|de n avoir|de pas avoir|having|to have) (?:(?:rien|nothing|no thoughts|zero thoughts|aucune pensee|aucune idee|aucun neurone|pas de cerveau|no brain)(?: \S+){{0,3}} (?:dans la tete|dans le crane|in (?:your|ur|the|that) (?:head|skull))|(?:the|a|le|un) (?:brain|cerveau|memory|memoire) (?:of|d|de) (?:a|an|un|une) \S+){E}",
    ),
    # « c'est fou comme t'arrives à être nul dans tout », "you somehow manage to be bad at everything"
    (
        _I,
        "insult_manage_to_be_bad_insult11",
        "nul nulle mauvais mauvaise bad trash useless worse pire",
        "arrives reussis manage manages managed",
        False,
        rf"{B}(?:t arrives|tu arrives|tu reussis|t reussis|vous arrivez|you manage|u manage|you somehow manage|you always manage|you managed|you re managing) (?:meme |toujours |encore |quand meme |a chaque fois |somehow |always |still |even )?(?:a etre|to be) (?:aussi |si |encore |even )?(?:nul|nulle|mauvais|mauvaise|bad|trash|useless|worse|pire|naze|eclate|eclatee)(?: \S+)? (?:dans|a|en|at|in) (?:absolument |literally |)(?:tout|tous|toutes|everything|anything|all|chaque|every|each){E}",
    ),
    # "you talk a lot for someone whose build does zero damage", « tu parles beaucoup pour quelqu'un qui … »: the
    # reader's talk set against their failing
    (
        _I,
        "insult_talk_for_someone_insult11",
        "talk talking parles ramenes mouth words",
        "someone somebody quelqu qqn mec meuf",
        False,
        rf"{B}(?:you|u|tu|t|vous) (?:talk|talking|parles|parlez|la ramenes|l ouvres|run (?:your|ur) mouth|got a big mouth|have a big mouth|as une grande gueule)(?: \S+){{0,3}} (?:for someone|for somebody|for a guy|for a girl|for a player|pour quelqu un|pour qqn|pour un mec|pour une meuf|pour un joueur|pour une joueuse) (?:who|whose|with|that|qui|dont|avec|hardstuck|stuck){E}"
        rf"|{B}(?:big words|big talk|grands mots|beaucoup de blabla) (?:for someone|for somebody|pour quelqu un|pour qqn) (?:who|whose|with|that|qui|dont|avec)(?: \S+){{0,8}} (?:silver|bronze|iron|argent|fer|zero|0|never|jamais|lost|perdu|feed|feeding|dead|mort|died){E}",
    ),
    # "ur the reason every healer left this FC", "you're the reason your family drinks": the reader blamed for people
    # leaving, quitting or drinking
    (
        _I,
        "insult_reason_people_leave_insult11",
        "reason raison cause",
        "left leave leaves quit quits stopped drinks drink cries uninstalled part partent partis quitte quittent "
        "boit boivent pleure",
        False,
        rf"{B}(?:{_YOU_ARE_INSULT11}|c est toi|c est vous|it s you|its you|it is you) (?:literally |honestly |clearly |just |probably |definitely |la |the |vraiment |clairement |surement )*(?:the |la )?(?:reason|raison|cause) (?:why |pour laquelle |que |qu )?(?:every|all|each|half|all the|everyone|everybody|people|the whole|nobody|your|ur|tous les|toutes les|tout le monde|la moitie|les gens|ta|ton|tes|personne)(?: \S+){{0,3}} (?:left|leave|leaves|quit|quits|stopped|drinks|drink|cries|cry|uninstalled|muted|part|partent|sont partis|est parti|est partie|a quitte|ont quitte|quittent|boit|boivent|pleure|pleurent|s en va|s en vont){E}",
    ),
    # "ur nothing but a leech", « t'es rien d'autre qu'un parasite »: the reader reduced to one thing; never warmth
    # ("you've been nothing but kind", "nothing but a joy to have around")
    (
        _I,
        "insult_nothing_but_insult11",
        "nothing rien",
        None,
        False,
        rf"{B}(?:{_YOU_ARE_INSULT11}|you ve been|you have been|tu as ete|t as ete|t as jamais ete) (?:nothing but|nothin but|rien d autre qu|rien d autre que|rien de plus qu|rien de plus que|rien qu) (?:a|an|un|une) (?!(?:hero|heroine|legend|angel|joy|delight|blessing|gem|treasure|star|sweetheart|sweetie|darling|friend|help|inspiration|rock|sunshine|pleasure|support|champion|genius|hero|heros|ange|amour|tresor|perle|amie|ami|soutien|bonheur|plaisir|rayon|bijou|legende|crème|creme|chou|cœur|coeur|kid|child|enfant|gamin|baby|bebe|beginner|debutant|debutante|newbie|noob)(?![^ ]))\S+{E}",
    ),
    # "did your cat make that move for you or are you just like this", « … ou t'es juste comme ça ? »
    (
        _I,
        "insult_or_just_like_this_insult11",
        "like comme born",
        "or ou",
        False,
        rf"{B}(?:or are you|or r u|or you re|or ur|ou t es|ou tu es|ou bien t es|ou bien tu es|ou vous etes) (?:just |juste |simplement |naturellement |vraiment |really |naturally |genuinely |)(?:like this|like that|like that naturally|born like this|born this way|comme ca|comme ca naturellement|ne comme ca|nee comme ca|ne come ca|this bad|this dumb|this slow|aussi nul|aussi nulle|aussi con|aussi conne|aussi bete)$",
    ),
    # "if brains were dynamite you couldn't blow your nose", « si la connerie était … tu serais … »
    (
        _I,
        "insult_if_brains_were_insult11",
        "brains brain connerie betise stupidity idiocy cerveau",
        "if si",
        False,
        rf"{B}(?:if brains were|if brain cells were|if your brain was|if your brain were|if stupidity was|if stupidity were|if being dumb was|if being stupid was|si la connerie etait|si la betise etait|si la connerie faisait|si la betise faisait|si ton cerveau etait|si les cerveaux etaient|si la connerie se|si la betise se)(?: \S+){{1,6}} (?:you d|you would|you wouldn t|you couldn t|you could not|you would not|you wouldnt|you couldnt|u d|u would|u couldn t|tu serais|t serais|tu pourrais pas|tu ferais|t aurais|tu aurais|vous seriez){E}",
    ),
    # « 🐍 @user tout le monde sait ce que t'es », "we all know what you are": the reader named by a silence
    (
        _I,
        "insult_everyone_knows_what_you_are_insult11",
        "sait know knows",
        None,
        False,
        rf"{B}(?:tout le monde sait|on sait tous|on sait toutes|on sait|nous savons tous|everyone knows|everybody knows|we all know|we know) (?:tres bien |bien |exactement |exactly |full well |)(?:ce que t es|ce que tu es|ce que vous etes|ce que t etais|what you are|what u are|what you really are|what you re|what ur)$",
    ),
    # "grandmaster of losing", « champion du monde de la défaite », "world champion at feeding", said to the reader
    # (a mention, a second-person word before); never the author ("I'm the grandmaster of losing lol")
    (
        _I,
        "insult_champion_of_losing_insult11",
        "grandmaster master champion expert",
        "losing failing feeding throwing dying inting defaite loose echec feed perdre mourir throw int lose",
        False,
        rf"{B}(?:@user|you|u|toi|t es|tu es|you re|you are|ur|vous|voici|here s|here is|meet|voila|behold) (?:\S+ ){{0,3}}(?:the |le |la |our |notre |notre grand |our very own |)(?:grandmaster|grand master|master|champion|world champion|champ|king|queen|expert|god|pro|roi|reine|maitre|maitresse|champion du monde|championne|championne du monde|experte) (?:of|at|in|du|de la|de l|des|en|de) (?:losing|failing|feeding|throwing|dying|inting|la defaite|la loose|l echec|feed|perdre|mourir|throw|int|losses|defaites|la lose|la perte){E}",
    ),
    # « tu devrais passer pro… en feed », "you should go pro… at losing": the praise turned at the end
    (
        _I,
        "insult_go_pro_at_losing_insult11",
        "pro",
        "feed feeding losing perdre defaite dying mourir throwing throw inting int failing",
        False,
        rf"{B}(?:tu devrais|t devrais|you should|u should|vous devriez) (?:passer|go|turn|devenir|become) pro(?: \S+){{0,2}} (?:en feed|en feeding|du feed|at feeding|at losing|at dying|at throwing|at inting|at failing|en defaite|de la defaite|en mort|en throw|en int|in feeding|in losing){E}",
    ),
    # "congrats on being the most forgettable person in this server", « bravo pour être le plus … »: a mock
    # congratulation for a flaw
    (
        _I,
        "insult_congrats_on_flaw_insult11",
        "congrats congratulations bravo felicitations",
        "most least plus moins first premier premiere",
        False,
        rf"{B}(?:congrats|congratulations|bravo|felicitations|gg|well done|kudos) (?:on|pour|for) (?:being|etre|avoir ete|having been|becoming|devenir) (?:the|le|la|l) (?:single |)(?:most (?:forgettable|useless|annoying|boring|pathetic|irrelevant|clueless|insufferable|embarrassing|disappointing)|least (?:useful|helpful|liked|relevant|interesting|competent)|plus (?:oubliable|inutile|nul|nulle|chiant|chiante|pathetique|penible|lourd|lourde|insignifiant|insignifiante|decevant|decevante)|moins (?:utile|interessant|interessante|competent|competente|apprecie|appreciee)|first (?:person|one|player|guy|human) (?:ever )?to (?:lose|fail|die|miss|throw|feed)|premier a (?:perdre|rater|mourir)|premiere a (?:perdre|rater|mourir)){E}",
    ),
]
_RAW_INSULT11 += [
    # "my nan plays with oven gloves on and still rotates better than you", « mes pieds visent mieux que toi »: the
    # author's kin, pet or feet doing the reader's job better; teasing when laughed (``abuse._LAUGH_VOIDS``)
    (
        _I,
        "insult_kin_does_better_insult11",
        "nan nana gran granny grandma grandad grandpa mamie papy dog cat chien chat hamster goldfish feet pieds "
        "neveu niece nephew toaster brother sister frere soeur grand",
        "better mieux",
        False,
        rf"{B}(?:my|mon|ma|mes) (?:little |baby |petite |petit |\d+ year old |old |vieille |vieux |blind |aveugle |lil |)(?:nan|nana|gran|granny|grandma|grandmother|grandad|grandpa|nanny|mamie|mami|papy|papi|grand mere|grand pere|arriere grand mere|dog|cat|chien|chat|hamster|goldfish|poisson rouge|feet|foot|toes|pieds|pied|orteils|coude|elbow|little brother|little sister|petit frere|petite soeur|toddler|baby|bebe|neveu|niece|nephew|fridge|frigo|toaster|grille pain|microwave|micro onde)(?: \S+){{0,14}} (?:better|mieux) (?:than (?:you|u|ya)|que (?:toi|vous))(?! (?:think|thought|expect|expected|d think|crois|croyais|penses|pensais|imagines)(?![^ ])){E}",
    ),
    # « tu te rends compte que t'es le seul à rien comprendre ici », "you're the only one who doesn't get it"
    (
        _I,
        "insult_only_one_not_getting_insult11",
        "seul seule only",
        "comprendre comprend capter capte piger pige get understand understands gets",
        False,
        rf"{B}{_YOU_ARE_INSULT11} (?:vraiment |clairement |genre |literally |clearly |really |)(?:le seul|la seule|the only one|the only person|the only guy|the only player) (?:a (?:ne )?(?:rien|pas) (?:comprendre|capter|piger)|qui (?:ne )?(?:comprend|capte|pige) (?:pas|rien)|qui a (?:pas|rien) (?:compris|capte|pige)|who (?:doesn t|does not|can t|cannot|didn t) (?:get|understand)|that (?:doesn t|does not|can t|didn t) (?:get|understand)|to not (?:get|understand)){E}",
    ),
    # « t'es pénible avec tes posts larmoyants », "you're so annoying with your daily sob stories": the reader a
    # burden for their posts; teasing when laughed or loved
    (
        _I,
        "insult_tiresome_with_your_insult11",
        "penible chiant chiante lourd lourde relou insupportable annoying insufferable unbearable",
        "avec with",
        False,
        rf"{B}{_YOU_ARE_INSULT11} (?:vraiment |trop |tellement |grave |so |really |such a |un |une |)(?:penible|chiant|chiante|lourd|lourde|relou|saoulant|saoulante|soulant|soulante|insupportable|annoying|exhausting|tiring|insufferable|unbearable|pain) (?:avec (?:tes|ton|ta|vos|votre)|with (?:your|ur|all your|all ur|those|these|the)) (?:\S+ ){{0,3}}(?:posts|post|messages|message|paves|jeremiades|plaintes|histoires|stories|story|sob|whining|complaints|complaining|moaning|rants|rant|drama|larmes|tears|pleurnicheries|blabla|questions|selfies|updates|rants){E}",
    ),
    # « bravo le génie pour ce throw », "nice one genius, that wipe was all you": mock praise for a failure
    (
        _I,
        "insult_mock_genius_insult11",
        "genie genius einstein cerveau stratege mastermind",
        "throw feed int fail echec gaffe bourde misplay wipe erreur mistake blunder bide loupe rate",
        False,
        rf"{B}(?:bravo|merci|gg|well done|nice one|nice|great job|good job|bien joue|joli|beau travail|thanks|cheers) (?:le|la|the|mr|monsieur|madame|notre|our|)(?: )?(?:genie|genius|einstein|cerveau|stratege|strategist|mastermind|prodige|tacticien|big brain)(?: \S+){{0,3}} (?:ce|cette|that|this|le|la|ton|ta|your|ur|pour ce|pour cette|for that|for this|on that|on this) (?:\S+ )?(?:throw|feed|int|fail|echec|gaffe|bourde|misplay|wipe|erreur|mistake|blunder|bide|loupe|rate){E}",
    ),
]
PHRASES = PHRASES + tuple(_compile_phrase(row) for row in _RAW_INSULT11)
ANCHORS = ANCHORS | frozenset().union(*(ws(row[2]) - _STOP for row in _RAW_INSULT11))

# Round 58: friendly messages read by the insult rows, and self-talk in the second person
# (``abuse._insults``, ``abuse._detect``).
# « lâche rien », « lâche pas », « lâche jamais »: the verb (don't give up), never « t'es un lâche »
LACHE_VERB_INSULT11 = ws("rien pas jamais rienn ryen r1 surtout")
# an insult noun said with a domain is praise: « t'es une bête en jdr », « un psychopathe de la précision », « une
# tarée de la déco », "a freak at aim"; the noun with an article before it (« t'es bête en vrai » stays)
PRAISE_NOUNS_INSULT11 = ws(
    "bete betes psychopathe psychopathes psycho psychos tare taree tares tarees barjo barjot barjos barjots "
    "freak freaks monstre monstres malade malades dingue dingues cingle cinglee fou folle ouf"
)
# what never makes the domain: the whole person (« un malade de la tête », « un déchet de la société »), a
# degree (« de première », « de la pire espèce »), a show (« une bête de foire »), a place of the group (« le taré
# du village »), a filler (« en vrai », « en fait »)
NOT_A_DOMAIN_INSULT11 = ws(
    "tete societe vie nature humanite pire premiere espece race famille merde cerveau foire cirque somme zoo "
    "village quartier serveur server groupe classe equipe team mental asile hp rue egout poubelle base nulle "
    "vrai fait plus general tout toute tous meme gros grosse bas bout cas lot coup sa son ses ta ton tes ma mon mes "
    "genre life nature society worst first all fact real the you ur your"
)
# "your dog in that pic", "ur cat is so fluffy": the reader's pet, told by a picture, a place, or a pronoun for it
PETS_INSULT11 = ws(
    "dog dogs doggo doggy pup puppy cat cats kitty kitten pig pigs cow cows rat rats snake snakes horse horses "
    "hamster bunny rabbit goat goats chien chiens chat chats chienne cochon rat chevre vache"
)
PET_TOLD_INSULT11 = ws(
    "pic pics photo photos picture pictures pfp video vid vids clip story selfie he she him her his hers "
    "cute adorable perfect sweet precious fluffy floof gorgeous handsome pretty beautiful baby boy girl "
    "mignon mignonne chou beau belle trognon il elle lui"
)
# the reader scolded for apologising or feeling bad, with care: « t'es bête ou quoi, pourquoi tu t'excuses, t'as le
# droit d'aller mal », "are you daft, stop apologising, you're allowed to have a bad day"
REASSURED_INSULT11 = re.compile(
    r"(?<![^ ])(?:pourquoi tu t excuses?|pourquoi tu t excusais|pourquoi vous vous excusez|t excuse pas|ne t excuse pas|"
    r"excuse toi pas|arrete de t excuser|arrete de t en vouloir|pas besoin de t excuser|t as le droit d (?:aller mal|"
    r"etre triste|etre fatigue|etre fatiguee|etre epuise|etre epuisee|avoir mal|craquer|pleurer|souffler|avoir besoin)|"
    r"tu as le droit d (?:aller mal|etre triste|craquer|pleurer|souffler)|why are you apologi[sz]ing|"
    r"why (?:are you|r u|you) (?:saying )?sorry|stop apologi[sz]ing|don t apologi[sz]e|dont apologi[sz]e|"
    r"no need to apologi[sz]e|never apologi[sz]e for|you re allowed to (?:feel|be|have|cry|struggle)|"
    r"you are allowed to (?:feel|be|have|cry|struggle))(?![^ ])"
)
# « bien sûr que t'es nul, c'est pour ça que t'as fini 1er »: an insult refuted by the reader's own success
IRONY_REFUTED_INSULT11 = re.compile(
    r"(?<![^ ])(?:bien sur que|bien sur|of course|yeah right|ouais c est ca|oui c est ca|sure|ah oui) "
    r"(?:t es|tu es|you re|you are|ur|u r|t etais|you were) (?:\S+ ){0,3}\S+ (?:c est pour ca que|c est pour ca qu|"
    r"c est sans doute pour ca que|that s why|that is why|which is why|thats why|explains why) (?:t as|tu as|tu es|"
    r"t es|you|u|t)(?: \S+){0,3} (?:fini|finis|finie|gagne|gagnes|won|win|top|topped|premier|premiere|1er|1ere|"
    r"first|1st|mvp|carry|carried|best|meilleur|meilleure|record|champion|champ|aced|ace|passed|reussi)(?![^ ])"
)
# the reader is the author: « (je parle de moi) », "me I mean", « par toi je veux dire moi », "talking to myself
# here", "ok past me, you're an idiot", "you absolute clown, self", « chui une quiche. t'es une quiche »
TO_SELF_INSULT11 = re.compile(
    r"(?<![^ ])(?:je parle de moi|je parlais de moi|je parle a moi|je parle pour moi|je me parle|je me parlais|"
    r"c est a moi que je parle|je m adresse a moi|par toi je veux dire moi|par toi j entends moi|toi c est moi|"
    r"c est moi quoi|moi meme hein|"
    r"me i mean|i mean me|i mean myself|myself i mean|by you i mean me|me that is|me to me|me to myself|"
    r"talking to myself|talking about myself|i am talking to myself|to myself|at myself|"
    r"me i am the|me i did that|me i did|past me|future me|dear self|note to me)(?![^ ])"
    r"|(?:^|, )self$|^(?:you|u) (?:absolute |total |utter |complete |big )?\S+ self(?![^ ])"
)
TO_SELF_PARENS_INSULT11 = re.compile(
    r"\(\s*(?:me|moi|myself|moi[- ]m[êe]me)\s*(?:[,)]|lol|haha|mdr)", re.IGNORECASE
)
# the same insult said of "I" then of "you": « chui une quiche. t'es une quiche, Léa. »
SAME_WORD_SELF_INSULT11 = re.compile(
    r"(?<![^ ])(?:je suis|chui|jsuis|i am|im) (?:un |une |a |an |so |trop |vraiment |such a |such an |tellement |"
    r"grave )?(\S+)(?: \S+){0,6} (?:t es|tu es|you are|you re|ur) (?:un |une |a |an |so |trop |vraiment |such a |"
    r"such an |tellement |grave )?\1(?![^ ])"
)
# the illness that is hard: « l'autisme c'est pas simple », "autism is not easy" (``group_ideology`` reads "is
# not" as a denial of the illness)
HARD_NOT_DENIED_INSULT11 = re.compile(
    r"(?<![^ ])(?:c est|est|c|is|are|it s) (?:pas|not|never|jamais) (?:toujours |tous les jours |always |)"
    r"(?:simple|facile|evident|evidente|easy|simple|fun|drole|rigolo|marrant|une partie de plaisir|de tout repos|"
    r"a walk in the park|a joke for|une mince affaire|la fin du monde|the end of the world|ta faute|your fault|"
    r"sa faute|leur faute|their fault)(?![^ ])"
)
GUARDS_HATE8["group_ideology"] = (*GUARDS_HATE8.get("group_ideology", ()), HARD_NOT_DENIED_INSULT11)
# --------------------------------------------------------------------------------------------------------
# hate11 (rounds 48, 51 and 52, hate helper 11): hate against groups without a slur, GROUP slot x PREDICATE.
# The slot ``_GK_hate11`` is a named group (hate9's ``_G9``), a people noun of hate10's generic slot, or a
# group by a condition, an age or a body (``_KIND_hate11``: "people who stutter", "anyone over 40",
# « les bègues », "gen z"); never a group by behaviour ("people with bad ping", "afk people": the guard
# ``_BEHAVE_hate11``). The predicates: a whole group called vermin-like names or worthless ("useless
# parasites", "locusts", "inbred islanders", "a drain", « tous au chômage »), a group to be kept out of a
# place or marked ("should stay muted", "wear a tag", « un signe sur leur profil », « les interdire de
# vocal », "ban them from ranked", "pay extra"), a cost "for nothing" (« coûtent une blinde à la sécu pour
# rien »), an illness said to be played for gain ("play the fatigue card", « jouent la comédie pour avoir de
# la morphine »), a condition denied and its people told off ("a lack of confidence, they need to man up",
# "a fashion not an illness"), a generalisation with a disclaimer ("not racist just observing", "it's not
# racism it's a pattern", « c'est pas moi qui le dis c'est l'histoire »), a place for its natives only
# (« la France aux Français »), and "your people have always been a bunch of thieves".
# Quiet: the claim reported, condemned or denied (hate9's guards), quoted to refute it (``REFUTE_hate11``).
# --------------------------------------------------------------------------------------------------------
_KIND_hate11 = (
    r"(?:(?:the |les |all |all the |des |ces |those |these |tous les |toutes les )?"
    r"(?:(?:stutterers|stammerers|begues|stuttering|stammering|deaf|sourds|sourdes|blind|aveugles|fat|obese|gros|"
    r"grosses|obeses|old|elderly|vieux|vieilles|ugly|moches|disabled|handicapes|handicapees|transplant|greffes|"
    r"greffees|sickle cell|drepanocytaires|myasthenia|myastheniques|hiv|hiv positive|seropos|seropositifs|"
    r"diabetics|diabetiques|epileptics|epileptiques|schizophrenes|bipolaires|autistes|autistic|dyslexics|"
    r"dyslexiques|amputees|amputes|wheelchair|gingers|redheads|roux|rousses|trans|gay|gays|lesbians|muslim|"
    r"muslims|jewish|black|white|asian|arab|female|women|girl|dialyses|dialysis|"
    r"(?!(?:veterinarian|librarian|guardian|magician|technician|musician|civilian|median|comedian|vegetarian|"
    r"historian|custodian|politician|barbarian|mathematician|physician|electrician|pedestrian)(?![^ ]))[a-z]{2,}ian|"
    r"(?!(?:toucan|pelican|pecan)(?![^ ]))[a-z]{2,}can|(?!cheese(?![^ ]))[a-z]{3,}ese|korean|german|cuban|british|"
    r"irish|polish|spanish|danish|swedish|finnish|turkish|english|scottish|welsh|dutch|french|greek|thai|iraqi|"
    r"pakistani|somali|israeli|saudi|kurdish)"
    r"(?: (?:people|ppl|folks|patients|sufferers|users|kids|players|gamers|joueurs|joueuses|guys|gens|"
    r"personnes|teammates))?)"
    r"|(?:people|ppl|anyone|everyone|those|folks|ceux|les gens|les personnes|tous ceux) (?:who|qui) "
    r"(?:stutter|stammer|begaient|sign|limp|boitent|pray|prient|wear (?:a |the )?(?:hijab|headscarf|turban|"
    r"kippah|veil|niqab)|portent (?:le |un )?(?:voile|hijab|kippa|turban)|are (?:deaf|blind|fat|old|disabled|gay|"
    r"trans|autistic|black|muslim|jewish)|sont (?:sourds|aveugles|gros|vieux|handicapes|gays|trans|autistes|"
    r"noirs|musulmans|juifs))"
    r"|(?:anyone|people|ppl|everyone|those|ceux|les gens|tout le monde) (?:over|above|de plus de|au dessus de) "
    r"[0-9]{2}(?: ans)?"
    r"|(?:gen z|gen x|gen y|gen alpha|gen zers|zoomers|boomers|millennials|les boomers|the boomers|les jeunes de maintenant|"
    r"(?:[a-z]+ )?(?:islanders|mainlanders|highlanders|northerners|southerners|westerners|easterners)|"
    r"(?:the |les )?(?:maltese|japanese|chinese|vietnamese|portuguese|congolese|senegalese|lebanese|"
    r"sudanese|nepalese|taiwanese|burmese|sri lankans)))"
)
# every single one of a group met: "every single jamaican i've queued with", « chaque algérien que j'ai croisé »
_EVERY_ONE_hate11 = (
    r"(?:every single|each and every|every last|chaque|tous les|every) (?:[a-z]+(?:an|ian|ese|ish|ais|ois|ien|"
    r"ain|i)|black|muslim|jew|arab|gay|trans|deaf|woman|girl|femme|meuf)(?: (?:player|guy|person|dude|joueur|"
    r"mec|gars|personne|kid))?"
)
_GK_hate11 = rf"(?:{_G9}|{_GP_hate10}|{_KIND_hate11})"
# a group by what its members do, not what they are: "people with bad ping", "afk people", "toxic players"
_BEHAVE_hate11 = re.compile(
    r"(?<![^ ])(?:(?:people|ppl|anyone|those|ceux|les gens|players|joueurs|guys|mecs) (?:with|who|qui|avec|on)"
    r"(?: \S+){0,2} (?:ping|lag|wifi|internet|connection|connexion|mic|micro|mics|echo|afk|cheat|cheats|hack|"
    r"hacks|spam|spams|troll|trolls|grief|griefs|leave|leaves|quit|quits|rage|rages|camp|camps|smurf|smurfs|"
    r"toxic|toxiques|kd|elo|mmr|rank|scripts|macros|bots|insultent|trichent|spamment|ragequit|ragequittent)"
    r"|(?:toxic|rude|afk|racist|racists|racistes|homophobic|homophobes|sexist|sexistes|abusive|bigoted|bigots|"
    r"cheating|spamming|trolling|griefing|leavers|quitters|afkers|spammers|cheaters|trolls|griefers|smurfs|"
    r"scammers|nazis|pedos|pedophiles|predators|harassers|bullies|tricheurs|harceleurs) (?:people|ppl|players|"
    r"joueurs|gens|guys|folks|users|accounts|comptes)|[a-z]+ (?:mains|one tricks|otps|onetricks))(?![^ ])"
)
_VILE_hate11 = (
    r"(?:toxic trash|trash|garbage|rubbish|parasites|useless parasites|leeches|sangsues|locusts|criquets|"
    r"inbred(?: [a-z]+)?|consanguins(?: [a-z]+)?|subhuman|worthless|defective|"
    r"defectueux|broken|casses|des tares|tares|une plaie|a drain|des boulets|"
    r"boulets|free kills|a handicap|des assistes|assistes|au chomage|brouteurs|des brouteurs|fraudeurs|"
    r"des fraudeurs|engine users|cheats|frauds|thieves|des voleurs|voleurs|menteurs|des menteurs|liars|"
    r"(?:basically |just |big |like )(?:children|babies))"
)
_ALL_hate11 = (
    r"(?:all|tous|toutes|just|basically|literally|nothing but|que|juste|des|de|useless|complete|total|such|"
    r"a bunch of|une bande de|bande de|only|simply|vraiment|really|fucking|putain de|tous autant qu ils sont)"
)
_COP_hate11 = (
    r"(?:are|r|sont|c est|ce sont|were|etaient|they are|ils sont|elles sont|have been|ont toujours ete)"
)
_ROWS_hate11: list[tuple[str, frozenset[str], str]] = [
    # a whole group called vermin-like names or worthless: "gen z are useless parasites", "maltese are just
    # inbred islanders", « les guadeloupéens sont tous au chômage », "jamaican players are all toxic trash"
    (
        "group_vile_hate11",
        ws(
            "trash garbage rubbish parasites leeches sangsues locusts criquets inbred consanguins subhuman "
            "worthless defective defectueux broken casses tares plaie drain boulets kills handicap "
            "assistes chomage brouteurs fraudeurs engine cheats frauds thieves voleurs menteurs liars children "
            "babies culture culturel sang blood backwards backward primitive primitifs arrieres troisieme"
        ),
        rf"{B}{_GK_hate11}(?: (?:in|on|at|from|de|du|des|sur|en|dans) (?:the |les |le |la )?\S+(?: \S+)?)? "
        rf"{_COP_hate11}(?: {_ALL_hate11})* {_VILE_hate11}(?![^ ])"
        rf"|{B}{_GS_hate10} {_COP_hate11}(?: {_ALL_hate11})* (?:parasites|useless parasites|leeches|sangsues|"
        rf"locusts|criquets|inbred [a-z]+|consanguins|subhuman|des tares)(?![^ ])"
        rf"|{B}{_EVERY_ONE_hate11}(?: \S+){{0,8}} (?:has been|was|is|a ete|etait|est) (?:a |an |un |une )?"
        rf"(?:thief|cheat|cheater|scammer|liar|criminal|voleur|tricheur|arnaqueur|menteur|criminel)(?: \S+){{0,8}} "
        rf"(?:it is the culture|it is their culture|c est culturel|c est leur culture|c est dans leur culture|"
        rf"it is in their blood|c est dans leur sang|national sport|sport national)(?![^ ])"
        rf"|{B}{_GK_hate11}(?: (?:in|on|at|from|de|du|des|sur|en|dans) (?:the |les |le |la )?\S+(?: \S+)?)? "
        rf"{_COP_hate11}(?: {_ALL_hate11})* (?:cheaters|cheats|thieves|voleurs|tricheurs|engine users|scammers)"
        rf"(?: \S+){{0,4}} (?:cheating|stealing|le vol|la triche|scamming|l arnaque) (?:is|est) (?:a |un )?"
        rf"(?:national sport|sport national)(?![^ ])"
        rf"|{B}{_GK_hate11}(?: \S+){{0,16}} (?:backwards|backward|primitive|primitives|primitifs|arrieres|"
        rf"uncivilised|uncivilized|incivilises) (?:people|peuple|peuples|gens|lot|bunch|savages)(?![^ ])"
        rf"|{B}(?:{_GK_hate11}|{_GS_hate10}) {_COP_hate11} (?:soit|either) \S+ (?:soit|or) \S+(?: \S+){{0,4}} (?:pas de troisieme "
        rf"option|no third option|no other option|pas d autre option|y a pas d autre choix|there is no third)(?![^ ])",
    ),
    # a group to be kept out of a place, muted or marked: "stutterers should just stay muted", "people with
    # hiv should be on a register and wear a tag", « les bègues on devrait les interdire de vocal », « les
    # séropos devraient avoir un signe sur leur profil », "ban them from ranked", "should pay extra"
    (
        "group_kept_out_hate11",
        ws(
            "muted mute kicked banned ban register registered tag tagged badge marked signe sourdine interdire "
            "bannir muter kicker part extra double supplement brassard fiches"
        ),
        rf"{B}{_GK_hate11}(?: \S+){{0,8}} (?:should|should all|should just|should be made to|"
        rf"need to|must|gotta|devraient|doivent|faudrait les|faut les|il faut les|il faudrait les|on devrait les|"
        rf"on doit les|qu on les|faudrait qu ils|faudrait qu elles)(?: just| all| tous| toutes| juste| d office)? "
        rf"(?:stay muted|be muted|be auto muted|be auto kicked|be kicked|get kicked|get auto kicked|be banned|"
        rf"get banned|be auto banned|be on a register|be registered|be tagged|be marked|wear a (?:tag|badge|mark|"
        rf"label|sign|star|armband)|have a (?:tag|sign|mark|label|badge|symbol) on|avoir un (?:signe|badge|tag|"
        rf"marqueur|label|symbole|brassard) sur|porter un (?:signe|badge|brassard|marqueur|symbole)|etre fiches|"
        rf"etre fichees|etre enregistres|mettre en sourdine|muter|interdire de|interdire du|interdire des|"
        rf"interdire l acces|bannir de|bannir du|bannir des|avoir un serveur a part|avoir leur propre serveur|"
        rf"avoir un salon a part|have their own server|get their own server|pay extra|pay double|pay more|"
        rf"payer plus|payer double|payer le double|payer un supplement|payer en plus)(?![^ ])"
        rf"|{B}{_GS_hate10}(?: \S+){{0,8}} (?:should|should all|should just|should be made to|need to|must|"
        rf"devraient|doivent)(?: just| all| tous| toutes| juste| d office)? (?:be on a register|be registered|"
        rf"be tagged|wear a (?:tag|badge|mark|label|sign|star|armband)|have a (?:tag|sign|mark|label|badge|symbol) "
        rf"on|avoir un (?:signe|badge|tag|marqueur|label|symbole|brassard) sur|porter un (?:signe|badge|brassard|"
        rf"marqueur|symbole)|etre fiches|etre fichees|etre enregistres|avoir un serveur a part|avoir un salon a "
        rf"part)(?![^ ])"
        rf"|{B}{_GK_hate11}(?: \S+){{0,10}} (?:ban them|ban em|kick them|kick em|bannissez les|virez les|"
        rf"bannir ces|kickez les) (?:from|out of|de|du|des) (?:the |les |le |la |l )?(?:ranked|vc|voice|"
        rf"voice chat|lobbies|lobby|server|servers|serveur|vocal|ranked|game|games|partie|parties|comp|"
        rf"competitive|raid|raids|dungeon|dungeons|guild|guilde|team|squad|party|clan|donjon)(?![^ ])",
    ),
    # a cost to all "for nothing": « les handicapés coûtent un pognon de dingue à la sécu pour rien »,
    # « c'est nous qui payons », "they contribute nothing"
    (
        "group_costs_hate11",
        ws("coutent coute cost costs payons rapportent contribute"),
        rf"{B}{_GK_hate11}(?: (?:ils|elles|they))?(?: \S+){{0,2}} (?:coutent|coute|cost|costs)(?: \S+){{0,8}} "
        rf"(?:pour rien|for nothing|for no reason|c est nous qui payons|and we pay|we pay for it|ils rapportent rien|"
        rf"ils rapportent rien a personne|rapportent rien|contribute nothing|give nothing back)(?![^ ])",
    ),
    # an illness said to be played for gain: "myasthenia people always play the fatigue card to get out of
    # anything", « les drépanocytaires jouent tous la comédie pour avoir de la morphine », "they know exactly
    # which words to say to get the morphine"
    (
        "group_plays_ill_hate11",
        ws("card comedie cinema semblant words mots"),
        rf"{B}(?:{_GK_hate11}|{_GS_hate10})(?: (?:ils|elles|they))?(?: \S+){{0,2}} (?:always |all |tous |toutes |"
        rf"toujours )?(?:play|plays|playing|jouent|joue)(?: all| tous| toutes| toujours| always)? (?:the \S+ card|"
        rf"la comedie|le cinema|la carte (?:de la |du |de l )?\S+)(?: \S+){{0,2}} (?:to get|to get out of|pour "
        rf"avoir|pour obtenir|pour toucher|pour eviter|pour echapper|to avoid|for)(?![^ ])"
        rf"|{B}(?:{_GK_hate11}|{_GS_hate10})(?: \S+){{0,10}} (?:they know|ils savent|elles savent) exactly "
        rf"(?:which|what) words to say to get(?![^ ])"
        rf"|{B}(?:{_GK_hate11}|{_GS_hate10})(?: \S+){{0,10}} (?:they know|ils savent|elles savent) (?:exactly |"
        rf"exactement |tres bien )?(?:which words|what to say|quoi dire|quels mots dire|quels mots) (?:to get|"
        rf"pour avoir|pour obtenir)(?![^ ])",
    ),
    # a condition denied and its people told off: "stuttering is just a lack of confidence, those people need
    # to man up", "its a fashion not an illness", « c'est une maladie de petites bourgeoises qui veulent de
    # l'attention », "it's a disability, not a culture, stop pretending they are normal"
    (
        "condition_denied_hate11",
        ws(
            "confidence willpower confiance volonte fashion mode trend culture bourgeoises attention discipline langue"
        ),
        rf"{B}(?<!my )(?<!mon )(?<!ma )(?:{_ILLNESS8}|{_KIND_hate11}|stuttering|stammering|le begaiement|"
        rf"deaf culture|la culture sourde|these trendy labels|ces labels|all these labels)(?: \S+){{0,6}} "
        rf"(?:is|c est|est|it is|its|are|sont|is just|c est juste|c est que)(?: just| juste| only| que| basically"
        rf"| not| pas)* (?:a |an |un |une )?(?:lack of (?:confidence|willpower|discipline|effort)|manque de "
        rf"(?:confiance|volonte|discipline)|fashion|mode|trend|tendance|disability not a culture|handicap pas une "
        rf"culture|maladie de (?:petites |petits |)?(?:bourgeoises|bourgeois|riches|feignants|feignasses) qui "
        rf"veulent)(?: \S+){{0,14}} (?:need to man up|man up|stop pretending|arretez de faire semblant|get "
        rf"sympathy|so you get sympathy|pour la sympathie|de l attention|attention|not an illness|pas une maladie|"
        rf"stop making us|mettez un implant|get an implant|kicked off disability|zero malade)(?![^ ])"
        rf"|{B}{_GK_hate11}(?: \S+){{0,2}} (?:have no|has no|lack|ont aucune|n ont aucune|ont pas de|n ont pas de|"
        rf"manquent de) (?:willpower|discipline|self control|volonte|self discipline)(?: \S+){{0,14}} (?:disease|"
        rf"maladie|diagnosis|diagnostic|sympathy|excuse|la sympathie)(?![^ ])"
        rf"|{B}{_GK_hate11}(?: \S+){{0,2}} (?:have no|has no|ont pas de|n ont pas de|ont aucune|n ont aucune) "
        rf"(?:culture|langue|real language|vraie langue)(?: \S+){{0,4}} (?:c est un handicap|it is a disability|"
        rf"a disability|un handicap)(?![^ ])",
    ),
    # a generalisation with its disclaimer: "why are X always so loud? not racist, just observing", "it's not
    # racism it's a pattern", "science, not sexism", « c'est pas moi qui le dis c'est l'histoire »
    (
        "group_disclaimed_hate11",
        ws(
            "racist racism raciste racisme sexism sexisme observing noticing pattern histoire wrong tort science stats "
            "funny possede owns homophobe homophobic transphobe studies etudes iq brains"
        ),
        rf"{B}(?:why|pourquoi|how come|comment ca se fait que)(?: (?:are|is|do|does|sont|est ce que))? "
        rf"{_GK_hate11} (?:always|toujours|so|si|all|tous|toutes)(?: \S+){{0,3}} {_FLAW_hate10}(?: \S+){{0,8}} "
        rf"{_JAQ_TAG_hate10}(?![^ ])"
        rf"|{B}(?:{_GK_hate11}|{_GS_hate10})(?: \S+){{0,3}} (?:always|toujours|ont toujours|have always|all|tous)"
        rf"(?: \S+){{0,16}} (?:it is not racism it is a pattern|not racism just a pattern|c est pas du racisme c est|"
        rf"c est pas moi qui le dis c est l histoire|it is history not racism|science not sexism|science not racism|"
        rf"facts not racism|not racist just facts|cherchez qui possede|look who owns|funny how that works always)"
        rf"(?![^ ])"
        rf"|{B}(?:{_GK_hate11}|{_GS_hate10}|{_GD_hate10})(?: \S+){{0,8}} (?:{_FLAW_hate10}|maladies|diseases|disease)"
        rf"(?: \S+){{0,8}} (?:c est pas du racisme c est|it is not racism it is|not racism just|science not sexism|"
        rf"science not racism|pas du racisme juste|c est pas raciste c est)(?![^ ])"
        rf"|{B}(?:je suis pas|je ne suis pas|i am not|not being|not to be|sans etre) (?:homophobe|homophobic|racist|"
        rf"raciste|transphobe|transphobic|sexist|sexiste)(?: \S+){{0,2}} (?:mais|but)(?: \S+){{1,16}} "
        rf"(?:devrait etre interdit|devraient etre interdits|should be banned|should be illegal|devrait etre illegal|"
        rf"should not be allowed|devrait pas etre autorise|devraient pas avoir le droit|should not have the right)"
        rf"(?![^ ])"
        rf"|{B}(?:every time|chaque fois|everytime|partout ou) (?:they|ils|elles) (?:get to |arrivent a )?"
        rf"(?:run|rule|diriger|gouverner|gerer)(?: \S+){{0,14}} (?:it is not racism it is a pattern|c est pas du "
        rf"racisme c est un constat|not racism just a pattern|it is a pattern not racism)(?![^ ])"
        rf"|{B}(?:iq studies|studies|science|la science|les etudes)(?: \S+){{0,3}} (?:are clear|is clear|sont "
        rf"claires|est claire|show|prove|montrent|prouvent)(?: that| que)? (?:some races|certain races|certaines "
        rf"races|some ethnicities|women|girls|les femmes|les noirs|blacks)(?: \S+){{0,2}} (?:are not wired|just are "
        rf"not wired|are not built|ne sont pas faites|ne sont pas faits|sont pas faites|sont pas faits)(?![^ ])"
        rf"|{B}(?:women s|womens|female|les femmes ont des|girls) brains (?:are|sont)(?: literally| just)? "
        rf"(?:smaller|lighter|plus petits)(?: \S+){{0,14}} (?:science not sexism|c est la science|it is science|"
        rf"just science|biology|biologie)(?![^ ])",
    ),
    # a place for its own people only: « la France aux Français », "europe for europeans", "X for Xers only"
    (
        "place_for_natives_hate11",
        ws("aux for only"),
        r"(?<![^ ])(?:la |le |l )?(?P<p1>[a-z]{3})[a-z]* aux (?P=p1)[a-z]*(?:ais|ois|ens|ains|ans|ois)(?![^ ])"
        r"|(?<![^ ])(?P<p2>[a-z]{3})[a-z]* for (?:the )?(?P=p2)[a-z]*(?:ans|ese|ers|ish|ians|is) only(?![^ ])"
        r"|(?<![^ ])(?P<p3>[a-z])(?P<p4>[a-z]) for (?P=p3)[a-z]*(?P=p4)[a-z]*ers only(?![^ ])",
    ),
    # "your people have always been a bunch of thieves", « ton peuple a toujours été une bande de voleurs »
    (
        "your_people_hate11",
        ws(
            "voleurs menteurs parasites criminels sauvages thieves liars criminals savages rats traitres traitors "
            "barbares barbarians animals animaux vermin vermine lazy feignants fraudeurs scammers arnaqueurs"
        ),
        rf"{B}(?:ton peuple|votre peuple|ta race|ta communaute|tes semblables|vous autres|your people|you people|"
        rf"your kind|your lot|your race|your lot|ur people|ur kind)(?: \S+){{0,2}} (?:a toujours ete|ont toujours ete|"
        rf"avez toujours ete|sont toujours|etaient toujours|seront toujours|sera toujours|est toujours|"
        rf"have always been|has always been|were always|are always|will always be|always were|are all|sont tous|"
        rf"c est que|ce sont que|are nothing but|n est qu|n etes que|ne sont que)(?: \S+){{0,2}} (?:une bande de |"
        rf"a bunch of |a pack of |a gang of |des |de |que des |just |nothing but |of )?(?:voleurs|menteurs|"
        rf"parasites|criminels|sauvages|thieves|liars|criminals|savages|rats|traitres|traitors|barbares|barbarians|"
        rf"animals|animaux|vermin|vermine|lazy|feignants|fraudeurs|scammers|arnaqueurs|leeches|sangsues)(?![^ ])",
    ),
]
# hate9's named groups (``_G9``) are the costly part of the slot: a row is compiled twice, its slot a group by
# kind or a people noun (run whenever the predicate's words are there) and, apart, a named group (run only
# when the message names a group, ``abuse._names_group``: the row's need_group flag)
_GK_CHEAP_hate11 = f"(?:{_GP_hate10}|{_KIND_hate11})"


def _split_hate11(
    rows: list[tuple[str, frozenset[str], str]],
) -> tuple[tuple[str, bool, frozenset[str] | None, re.Pattern[str]], ...]:
    out: list[tuple[str, bool, frozenset[str] | None, re.Pattern[str]]] = []
    for cue, anchors, body in rows:
        out.append((cue, False, anchors, re.compile(body.replace(_GK_hate11, _GK_CHEAP_hate11))))
        if _GK_hate11 in body:
            named = "|".join(a for a in top_level_alternatives(body) if _GK_hate11 in a)
            out.append((cue, True, anchors, re.compile(named.replace(_GK_hate11, f"(?:{_G9})"))))
    return tuple(out)


HATE_RULES += _split_hate11(_ROWS_hate11)
ANCHORS = ANCHORS | frozenset().union(*(anchors for _cue, anchors, _body in _ROWS_hate11))
_ROWS_hate11 += [
    # care or organs taken from the deserving: "transplant patients get organs they didn't earn", « ils ont pris
    # un organe à quelqu'un qui le méritait plus qu'eux », "organs should go to our own people first, not
    # immigrants"
    (
        "group_undeserving_hate11",
        ws("earn earned deserve deserved meritait meritent merite first abord premier"),
        rf"{B}{_GK_hate11}(?: (?:ils|elles|they))?(?: \S+){{0,3}} (?:get|got|take|took|ont pris|prennent|recoivent|"
        rf"obtiennent|piquent|volent)(?: \S+){{0,3}} (?:organs|organ|organes|organe|care|soins|beds|lits|treatment|"
        rf"traitements|morphine|housing|logements|places)(?: \S+){{0,6}} (?:they did not earn|they do not deserve|"
        rf"they did not deserve|they never earned|qu ils meritent pas|qu ils ne meritent pas|qui le meritait plus|"
        rf"qui les meritaient plus|who deserved it more|who deserve it more|qu ils ont pas merite|"
        rf"qu ils n ont pas merite)(?![^ ])"
        rf"|{B}(?:organs|organes|les organes|care|soins|les soins|beds|les lits|housing|les logements|treatment) "
        rf"(?:should go to|devraient aller a|devraient aller aux|doivent aller a|doivent aller aux|devraient revenir a) "
        rf"(?:our own|our own people|our people|nos|les notres|les francais|the british|natives|the natives|"
        rf"nos compatriotes)(?: \S+){{0,2}} (?:first|d abord|en premier|en priorite)(?: \S+){{0,2}} (?:not|pas|"
        rf"before|avant) (?:the |les |des |aux |to )?{_GK_hate11}(?![^ ])",
    ),
    # a group sent back for its care or blamed for where viruses come from: "sickle cell is a black disease,
    # let their own countries sort it", « tous les virus viennent de chez eux »
    (
        "group_own_country_hate11",
        ws("countries country countr pays virus viruses"),
        rf"{B}(?:{_GK_hate11}|black|noire|noirs|african|africaine|foreign|etrangers)(?: \S+){{0,20}} "
        rf"(?:let their own (?:countries|country) (?:sort|pay|deal|handle|fix)|qu ils se fassent soigner (?:chez eux|"
        rf"dans leur pays|au bled)|qu ils aillent se faire soigner (?:chez eux|dans leur pays|au bled)|"
        rf"let them go back to their own (?:countries|country) for|their own countries can pay)(?![^ ])"
        rf"|{B}{_GK_hate11}(?: \S+){{0,12}} (?:tous les virus|all the viruses|every virus|all viruses|les virus|"
        rf"toutes les maladies|every disease|all the diseases) (?:viennent|come|comes) (?:de chez eux|from them|"
        rf"from there|de la bas|from their country|de leur pays)(?![^ ])",
    ),
    # a group said to know nothing but a vice: « les algériens savent que frauder les allocs », "X only know how
    # to steal"
    (
        "group_only_knows_hate11",
        ws("savent know ne"),
        rf"{B}{_GK_hate11}(?: (?:ils|elles|they))? (?:ne savent que|savent que|savent faire que|ne savent faire que|"
        rf"only know how to|know only how to|can only|know nothing but|ne font que|font que) (?:frauder|voler|"
        rf"mentir|tricher|profiter|steal|cheat|lie|scam|rob|beg|mendier|pleurer|se plaindre|complain|cry|whine|"
        rf"arnaquer|dealer|deal drugs|breed|se reproduire|faire des gosses)(?![^ ])",
    ),
]
HATE_RULES += _split_hate11(_ROWS_hate11[-3:])
ANCHORS = ANCHORS | frozenset().union(*(anchors for _cue, anchors, _body in _ROWS_hate11[-3:]))
# a claim quoted to refute it, explained, or told as a hearsay then denied: "the 'welsh are inbred' joke
# was never funny", « on entend souvent que les X sont tous des Y … arrêtons avec ça », "is a racist dog
# whistle … so mods know what to look for", "far more often victims than perpetrators"
REFUTE_hate11 = re.compile(
    r"(?<![^ ])(?:"
    r"(?:joke|jokes|stereotype|stereotypes|cliche|cliches|myth|trope|tropes|blague|blagues|prejuge|prejuges|"
    r"idee recue|mythe|rumeur|rumour|rumor)(?: \S+){0,12} (?:never funny|not funny|was never funny|is not funny|"
    r"is false|is wrong|is racist|was racist|pas drole|jamais drole|est faux|est fausse|est raciste|c est faux|"
    r"not true|pas vrai|is lazy|is tired|is old|is older than|bullshit|debunked)"
    r"|(?:on entend souvent|on entend dire|on entend que|on dit souvent|j entends souvent|you often hear|people often "
    r"say|you hear a lot|i keep hearing|people keep saying|on lit souvent|on lit partout)(?: \S+){0,30} "
    r"(?:arretons|arretez|stop|enough|faux|false|not true|pas vrai|n importe quoi|bullshit|existent partout|"
    r"exist everywhere|everywhere|partout|myth|mythe)"
    r"|(?:arretons|arretez|stop|enough with|assez avec) (?:le coup des|le coup du|avec le coup des|the whole|"
    r"calling them|de les traiter de|de les appeler|with the)"
    r"|(?:is|est|c est|are|sont) (?:a |an |un |une )?(?:racist |raciste |antisemitic |antisemite |nazi |neo nazi "
    r"|neonazi |white supremacist |known )?(?:dog whistle|dog whistles|dogwhistle|code raciste|code neonazi|"
    r"symbole neonazi|hate symbol|symbole de haine)"
    r"|so mods know what to look for|pour que les modos sachent|for the mods to watch"
    r"|(?:plus souvent|more often|more likely to be|far more likely to be|beaucoup plus souvent) "
    r"(?:victimes|victims)"
    r")(?![^ ])"
)
GUARDS_HATE8.update(
    {cue: (NOT_SAID_hate9, KIND_GROUP_hate9, REFUTE_hate11, _BEHAVE_hate11) for cue, _a, _b in _ROWS_hate11}
)
# a disclaimer names the hate it denies ("it's not racism, it's a pattern"): the row is not quiet for that word
# of condemnation, only for a refutation, kind words or a group by behaviour
GUARDS_HATE8.update(
    {cue: (*GUARDS_HATE8[cue], REFUTED_hate10) for cue, _a, _b in _ROWS_hate11}
)  # history and rumours too (hate10's refutations)
GUARDS_HATE8["group_disclaimed_hate11"] = (KIND_GROUP_hate9, REFUTE_hate11, _BEHAVE_hate11)
# the older rows the refutations above were read by (round 52's benign: a stereotype quoted to refute it, a
# dog whistle explained, statistics)
for _cue_hate11 in (
    "group_predicate",
    "group_all_of_a_kind",
    "dog_whistle",
    "dog_whistle_2",
    *(c for c, _a, _b in _ROWS_hate10),
):
    GUARDS_HATE8[_cue_hate11] = (*GUARDS_HATE8.get(_cue_hate11, ()), REFUTE_hate11)
# a generalisation refused in the whole message, with no "but" taking it back ("pas tous les migrants sont des
# voleurs, faut arrêter"), read by ``abuse._not_all`` for group_predicate and by the learned reading (day 9);
# quiet for every hate11 row
NOT_ALL_OF_THEM = re.compile(
    r"(?<![^ ])(?:not|pas|non) (?:all|every|each|tous|toutes|tout|chaque)(?![^ ])"
    r"(?!.*(?<![^ ])(?:but|mais|though|tho|quand meme)(?![^ ]))"
)
for _cue_hate11 in [row[0] for row in HATE_RULES if row[0].endswith("_hate11")]:
    GUARDS_HATE8[_cue_hate11] = (*GUARDS_HATE8.get(_cue_hate11, ()), NOT_ALL_OF_THEM)
# --------------------------------------------------------------------------------------------------------
# threat11 (rounds 14-51, threat helper 11): threats built by structure, not by the rounds' sentences.
# * the author at the reader's door, with a menace around it ("last warning … i'll be at your door",
#   « la prochaine fois je débarque chez toi »), never a lift, a visit with a purpose or a party;
# * the author knows where the reader is at a routine time, then a meeting promised or a beating ("i know
#   where you drink every friday, see you there"), and the reader's routine found "handy to know where you
#   are" or "a lovely place to wait at 7:40 every morning";
# * the reader's private things held (photos, screenshots, diagnosis, address) with a condition or a price
#   and their publication ("500 bucks or they go on twitter", « un mot de plus et elles sont sur un forum »),
#   or their publication imagined with a menace tag ("imagine if someone posted your diagnosis… wouldn't want
#   that would you");
# * violence with the subject left out ("gonna break your knees"), the reader thrown through a window or a
#   wall, swatting, a death wished then taken on (« et si dieu le fait pas je m'en charge »), "it's a small
#   place, i'll find you", "would be awful if something happened to you", a child's school named with
#   "say hi from me", the reader's face posted all over the neighbourhood with a label;
# * death told to the reader as their best option ("suicide is your best option").
# Quiet: lifts, visits, plans with a purpose, kind concern, refusals and negations, reports of what someone
# else did, game violence in a match.
# --------------------------------------------------------------------------------------------------------
_Y_threat11 = r"(?:you|u|ya|yuh|yu|ye|tu|t|toi|te|vous)"
_YR_threat11 = r"(?:your|ur|yer|yo|yuh|ton|ta|tes|votre|vos)"
_PRIVATE_threat11 = (
    r"(?:screenshots|screenshot|screens|captures|photos|photo|pics|pictures|picture|selfies|nudes|nude|videos|"
    r"video|messages|dms|dm|mps|texts|convos|conversations|diagnosis|diagnostic|diagnosis letter|medical records|"
    r"records|dossier medical|dossier|meds|medocs|traitement|prescriptions|ordonnances|therapy notes|address|"
    r"adresse|ip|real name|vrai nom|full name|nom complet|workplace|boulot|employer|employeur|face|visage|"
    r"tronche|history|historique|posts|support group messages)"
)
_MENACE_threat11 = (
    r"(?:last warning|final warning|dernier avertissement|next time|la prochaine fois|prochaine fois|one more|"
    r"un mot de plus|encore un mot|keep it up|keep talking|continue comme ca|you will see|you ll see|tu vas voir|"
    r"t vas voir|or else|sinon|will not be asking|won t be asking|not asking|i know where|je sais ou|je sais que t|"
    r"no more warnings|plus d avertissement|wait for me|attends moi|prepare toi|be ready|sleep well|dors bien|"
    r"watch your back|surveille tes arrieres|fais gaffe|watch out|you have been warned|t es prevenu|t es prevenue|"
    r"we will see who is laughing|on verra qui rigole|count your days|compte tes jours)"
)
_KIND_threat11 = (
    r"(?!.*(?<![^ ])(?:pick you up|te chercher|te prendre|te recuperer|lift|ride|pizza|dinner|diner|resto|"
    r"party|fete|soiree|birthday|anniv|anniversaire|cake|gateau|gift|cadeau|present|movie|film|quiz|pint|"
    r"beer|biere|coffee|cafe|drinks|apero|hug|calin|surprise|love|adore|help you|t aider|move|demenagement|"
    r"charger|chargeur|give you back|te rendre|return your|rendre ton|rendre ta|can i come|je peux venir|join|"
    r"together|ensemble|so we can|pour qu on|wedding|mariage|album|magnifiques|beautiful|gorgeous|jolies|belles|"
    r"game night|game|ranked|match|round|raid)(?![^ ]))"
)
_RAW_THREAT11: list[tuple[AbuseKind, str, str, str | None, bool, str]] = [
    # The author at the reader's door with a menace around it: "last warning. next time i'll be at your door",
    # « dernier avertissement, la prochaine fois je débarque chez toi ».
    (
        _T,
        "at_your_door_threat11",
        "door doorstep porte house place home flat maison chez domicile appart fenetre window",
        None,
        False,
        rf"^(?=.*{B}{_MENACE_threat11}{E}){_KIND_threat11}(?:.* )?"
        rf"(?:(?:i|we) (?:will|am going to|am gonna|am coming to|shall|are going to|am)"
        rf"(?: (?:be|show up|turn up|come|pop up|appear|knock|be knocking|be waiting|come round|come over|right|"
        rf"standing|waiting))+ (?:at|on|to|outside|in front of|by|round|around|knocking on|under) "
        rf"{_YR_threat11} (?:front )?(?:door|doorstep|house|place|home|flat|window|gate){E}"
        rf"|(?:je|j|on)(?: (?:vais|va))? (?:serai|sera|viendrai|viendra|passerai|passera|debarquerai|debarque|"
        rf"debarquera|sonnerai|frapperai|sonner|frapper|debarquer|venir|passer|attendrai) (?:a |devant |chez |sous )?"
        rf"(?:chez toi|ta porte|devant ta porte|ta maison|ton appart|ton domicile|ta fenetre|devant chez toi){E})",
    ),
    # The author knows where the reader is at a routine time, then a meeting or a beating: "your mate told me
    # where you drink on fridays, see you there", "i know where yuh liming every friday, yuh go get some lash".
    (
        _T,
        "know_where_routine_threat11",
        "where sais",
        "every each tous toutes chaque fridays friday mondays saturdays sundays weekends nights mornings soirs "
        "matins vendredi samedi dimanche vendredis samedis soir matin",
        False,
        rf"^{_KIND_threat11}(?:.* )?(?:i know|i found out|we know|told me|found out|je sais|on sait|on m a dit|j ai su|m a dit|"
        rf"i have found out|i know exactly|je sais exactement) (?:where|ou|ou est ce que) {_Y_threat11}(?: \S+){{1,4}} "
        rf"(?:(?:every|each|on|tous les|toutes les|le|chaque) )?(?:day|morning|night|evening|week|weekend|weekends|"
        rf"friday|fridays|saturday|saturdays|sunday|sundays|monday|mondays|thursday|thursdays|nights|mornings|"
        rf"soirs|soir|matins|matin|jours|vendredi|vendredis|samedi|samedis|dimanche|dimanches|weekends|lundi|"
        rf"jeudi)(?: \S+){{0,8}} (?:see you there|see ya there|on se voit la bas|on se voit la|i will be there|"
        rf"we will be there|je serai la|on sera la|go get|gonna get|going to get|will get|you will see|"
        rf"tu vas voir|watch your back|watch out|fais gaffe|careful|wait for you|t attendre|t attendrai|"
        rf"t attends|come say hi|i will be waiting|get some lash|get licks|get a beating|prendre une raclee|"
        rf"te choper|catch you|find you){E}",
    ),
    # The reader's routine watched and found handy: "ton vélo est attaché devant la supérette tous les matins,
    # super pratique pour savoir où t'es", "the bus stop … is a lovely place to wait at 7:40 every morning".
    (
        _T,
        "routine_watched_threat11",
        "pratique handy convenient useful facile utile easy lovely nice perfect great parfait joli bel",
        "savoir know knowing find trouver track wait attendre watch observer",
        False,
        rf"^(?=.*{B}{_YR_threat11}{E}){_KIND_threat11}(?:.* )?"
        rf"(?:(?:every|each|tous les|toutes les|chaque) (?:morning|mornings|night|nights|day|days|evening|"
        rf"evenings|matins|matin|soirs|soir|jours|jour)(?: \S+){{0,6}} (?:super |very |really |so |tres |vraiment |"
        rf"trop )?(?:pratique|handy|convenient|useful|easy|facile|utile) (?:pour|to|de) (?:savoir|know|knowing|"
        rf"find|finding|trouver|te trouver|track|keep track of)(?: \S+){{0,2}} (?:ou|where) (?:you are|you re|u are|"
        rf"t es|tu es|tu te trouves|tu seras|you will be|t seras){E}"
        rf"|(?:lovely|nice|perfect|great|good|beau|bel|joli|parfait|bon) (?:place|spot|endroit|coin) "
        rf"(?:to|pour) (?:wait|attendre|watch|observer)(?: \S+){{0,4}} (?:at \d+ \d+|a \d+h|a \d+ \d+|"
        rf"(?:every|each|tous les|chaque) (?:morning|night|day|evening|matins|soirs|jours|matin|soir)){E})",
    ),
    # The reader's private things held, with a price or a condition and their publication: "500 bucks or they
    # go on twitter with your name", « tes photos je les ai toutes, un mot de plus et elles sont sur un forum ».
    (
        _E,
        "leverage_published_threat11",
        "screenshots screenshot screens captures photos photo pics pictures selfies nudes nude videos video "
        "messages dms dm mps texts convos conversations diagnosis diagnostic records dossier meds medocs "
        "traitement address adresse ip",
        "or ou sinon otherwise unless moins mot word talking more",
        False,
        rf"^(?=.*{B}(?:i|je|j|we|on)(?: (?:still|also|aussi|encore))? (?:have|got|ai|les ai|l ai|a|kept|saved|"
        rf"garde|have got|own|possede)(?![^ ])){_KIND_threat11}(?:.* )?"
        rf"{_YR_threat11} (?:\S+ ){{0,3}}{_PRIVATE_threat11}(?: \S+){{0,12}} (?:or|ou|sinon|otherwise|unless|"
        rf"a moins que|un mot de plus et|one more word and|keep talking and|encore un mot et|one more and)"
        rf"(?: \S+){{0,4}} (?:they|it|elles|ils|ca|tout|everything|les|la|le|i|je|j|we|on)(?: \S+){{0,2}} "
        rf"(?:go|goes|going|end up|ends up|will be|will go|are|sont|seront|finissent|finiront|partent|vont|va|"
        rf"post|posts|poste|balance|publie|leak|leaks|send|envoie|atterrissent|get posted|get leaked)"
        rf"(?: \S+){{0,3}} (?:online|en ligne|public|partout|everywhere|twitter|x|reddit|forum|internet|general|"
        rf"insta|instagram|tiktok|facebook|fb|4chan|onlyfans|every server|tous les serveurs|the server|le serveur|"
        rf"un site|a site|porn sites|sites porno|the whole server|tout le serveur){E}",
    ),
    # The reader's private things posted, imagined aloud with a menace tag: "imagine if someone posted your
    # diagnosis in general… wouldn't want that would you", « ce serait dommage si quelqu'un balançait ton
    # adresse ».
    (
        _E,
        "imagine_posted_threat11",
        "imagine shame dommage",
        "posted leaked shared sent published showed forwarded postait balancait publiait partageait envoyait "
        "montrait post share leak",
        False,
        rf"{B}(?:imagine|imagine if|imagine si|what if|et si)(?: \S+){{0,1}} (?:someone|somebody|anyone|quelqu un|"
        rf"qqn|people|i|je|j|on|everyone|tout le monde) (?:\S+ ){{0,2}}(?:posted|leaked|shared|sent|published|"
        rf"showed|forwarded|postait|balancait|publiait|partageait|envoyait|montrait) {_YR_threat11} "
        rf"(?:\S+ ){{0,2}}{_PRIVATE_threat11}(?: \S+){{0,8}} (?:would you|hein|right|huh|would not want that|"
        rf"be a shame|ce serait dommage|dommage|watch it|fais gaffe|tu voudrais pas|t aimerais pas|"
        rf"you would not like|you would not like that|would not it|non){E}"
        rf"|{B}(?:would be a shame if|it would be a shame if|be a shame if|ce serait dommage si|ce serait dommage que|"
        rf"ca serait dommage si|dommage si) (?:someone|somebody|anyone|quelqu un|qqn|people|i|je|j|on|everyone|"
        rf"tout le monde) (?:\S+ ){{0,2}}(?:posted|leaked|shared|sent|published|showed|forwarded|postait|"
        rf"balancait|publiait|partageait|envoyait|montrait|poste|balance|publie|partage|envoie) {_YR_threat11} "
        rf"(?:\S+ ){{0,2}}{_PRIVATE_threat11}{E}",
    ),
    # Violence with the subject left out: "gonna break your knees with a hockey stick", « vais te casser les
    # genoux ».
    (
        _T,
        "subjectless_violence_threat11",
        "break snap smash bust crack shatter rip kneecap",
        "knees kneecaps legs arms neck jaw face nose teeth skull head fingers hands ribs spine back",
        False,
        rf"(?:^|{B}(?:then|and|so|or|bro|mate|@user) )(?:going to|gonna|about to|finna|bout to|will) (?:break|snap|"
        rf"smash|bust|crack|shatter|rip off|kneecap) {_YR_threat11} (?:\S+ )?(?:knees|kneecaps|legs|arms|neck|"
        rf"jaw|face|nose|teeth|skull|head|fingers|hands|ribs|spine|back){E}",
    ),
    # The reader thrown through a window or a wall: "if i see you … i'm putting you through the window",
    # « je te fais passer par la fenêtre ».
    (
        _T,
        "through_window_threat11",
        "window wall table windscreen windshield fenetre vitre mur baie",
        None,
        False,
        rf"{B}(?:i|we|i am|we are|i will|we will|je|j|on)(?: \S+){{0,3}} (?:putting|put|throw|throwing|chuck|"
        rf"chucking|toss|tossing|send|sending|launch|launching|lob) (?:you|u|ya|yuh) (?:through|thru|out of|"
        rf"out|into) (?:the |a |that |your |ur )?(?:window|wall|table|windscreen|windshield|front window)"
        rf"(?!(?: \S+){{0,3}} (?:game|match|round|lobby|map|ring|arena|raid|level|donjon|jeu|partie|server))(?![^ ])"
        rf"|{B}(?:je|j|on)(?: \S+){{0,3}} (?:te|t) (?:jette|jeter|jetterai|balance|balancer|balancerai|fais passer|"
        rf"faire passer|ferai passer|envoie|envoyer|enverrai|passe) (?:par|a travers|dans|contre) (?:la |le |une |un |ta )?"
        rf"(?:fenetre|vitre|mur|baie vitree)(?!(?: \S+){{0,3}} (?:game|match|round|lobby|map|raid|donjon|jeu|partie))"
        rf"(?![^ ])",
    ),
    # Swatting promised: « je vais te faire swatter », "got the wrong ip, i have the right one … on the way".
    (
        _T,
        "swat_threat11",
        "swat swatter swatted swatting ip",
        None,
        False,
        rf"{B}(?:te faire swatter|vous faire swatter|faire swatter ta|get you swatted|have you swatted|"
        rf"getting you swatted|swat you|swatting you|te swatter|te swat|swat your house|swat ur house|"
        rf"send (?:a |the )?swat(?: team)? (?:to|at) (?:your|ur)|envoyer le swat chez toi){E}"
        rf"|{B}(?:wrong|mauvaise|mauvais) (?:ip|address|adresse|house|maison)(?: \S+){{0,8}} (?:i have|i got|i have got|j ai|we have|we got|on a) (?:the right one|your ip|ur ip|ton ip|"
        rf"your real ip|ta vraie ip|the real one|la bonne)(?: \S+){{0,6}} (?:on the way|on their way|coming|"
        rf"en route|arrivent|arrive|soon|bientot|tonight|ce soir){E}",
    ),
    # A death wished on the reader, then taken on: « nchallah tu crèves, et si dieu le fait pas je m'en
    # charge », "hope you die, and if cancer doesn't do it i will".
    (
        _T,
        "wish_then_take_on_threat11",
        "charge occupe ferai handle care myself finish",
        "creves creve meurs meures crever die croak dies cancer mourir",
        False,
        rf"{B}(?:hope|i hope|j espere que|j espere|inchallah|nchallah|inshallah|insha allah|i wish|je souhaite que|may|"
        rf"puisses tu|qu)(?: \S+){{0,2}} (?:tu creves|tu meurs|tu meures|t creves|tu crever|tu vas crever|you die|you drop dead|you croak|"
        rf"you get cancer|u die|you dying|crever|die)(?: \S+){{0,10}} (?:sinon|if not|otherwise|and if|et si|if|"
        rf"si)(?: \S+){{0,6}} (?:je m en charge|je m en occupe|je le ferai|j le ferai|je le ferai moi meme|"
        rf"je m occuperai|i will do it|i will do it myself|i will handle it|i will take care of it|i will make sure|"
        rf"i will finish the job|i will finish it|je finirai le travail|moi je le ferai|je m occupe du reste|i will)"
        rf"(?: \S+){{0,2}}$",
    ),
    # A small place, and the author will find the reader: « la Guadeloupe c'est petit, man ké trouvé'w »,
    # "it's a small town mate, i'll find you".
    (
        _T,
        "small_place_find_threat11",
        "petit petite small tiny connait knows",
        "trouver trouve trouverai retrouver retrouverai find catch",
        False,
        rf"{B}(?:c est petit|est petit|est petite|is small|is tiny|small island|small town|small world|petit pays|"
        rf"petite ville|petite ile|c est tout petit|tout le monde se connait|everyone knows everyone|"
        rf"is a small place|small place)(?: \S+){{0,6}} (?:je vais te trouver|j vais te trouver|je te trouverai|"
        rf"on va te trouver|on te trouvera|je vais te retrouver|on va te retrouver|je te retrouverai|"
        rf"i will find you|i am going to find you|we will find you|i will catch you|going to find you|"
        rf"(?:man|mwen|an|mi) (?:que|ke|ka|kay|ki) trouve w|i will track you down)"
        rf"(?! (?:une|un|a|des|du|some|quelque|someone|quelqu|at the|a la|au|on the|sur|in the|dans))(?![^ ])",
    ),
    # Something bad happening to the reader, said as a pity: "would be awful if something happened to you one
    # night", « ce serait dommage qu'il t'arrive quelque chose ». Concern ("please be careful", "text me when
    # you're home") is not this.
    (
        _T,
        "pity_if_happened_threat11",
        "awful shame pity terrible dommage triste bete",
        "happened happen happens arrivait arrive arrivera",
        False,
        rf"(?:{B}(?:would be|it would be|be a|be|ce serait|ca serait|c serait|ce serait vraiment|would be really) "
        rf"(?:a |an |really |so |vraiment |trop )?(?:awful|shame|pity|terrible|dommage|triste|bete|sad) "
        rf"(?:if|si|que|qu)(?: \S+){{0,1}} (?:something|anything|qqch|quelque chose|un truc|an accident|un accident) "
        rf"(?:happened|happens|were to happen|arrivait|arrive|arrivera) (?:to|a) (?:you|u|ya|toi|ton|ta|tes|your|ur){E}"
        rf"(?! (?:streak|save|file|files|account|build|base|team|rank|score|data|progress|compte|sauvegarde|partie|"
        rf"plant|plante|phone|tel|pc|laptop|ordi)(?![^ ]))"
        rf"|{B}(?:ce serait|ca serait|c serait|would be|it would be) (?:vraiment |trop )?(?:dommage|triste|bete|"
        rf"terrible) (?:qu il|qu y|que) (?:t|te|vous) (?:arrive|arrivait|arrivera) (?:quelque chose|qqch|un truc|"
        rf"un accident|malheur){E})"
        rf"(?!.*(?<![^ ])(?:take care|stay safe|be careful|be safe|please|worried|inquiet|inquiete|prends soin|"
        rf"text me|call me|appelle moi|ecris moi|love you|je t aime|miss you|hug|helmet|casque|seatbelt|ceinture|"
        rf"insurance|assurance|will|testament|doctor|medecin|check up|bilan)(?![^ ]))",
    ),
    # A child's school named, confirmed, and "say hi from me": « ton petit frère il va à l'école de la Joliette
    # hein ? dis-lui bonjour de ma part ».
    (
        _T,
        "kin_school_greeting_threat11",
        "ecole school college lycee creche primaire maternelle",
        "bonjour coucou salut hi hello",
        False,
        rf"{B}{_YR_threat11} (?:\S+ )?(?:petit frere|petite soeur|frere|soeur|fils|fille|gosse|gosses|enfants|"
        rf"gamin|gamine|little brother|little sister|brother|sister|son|daughter|kid|kids|children)"
        rf"(?: \S+){{0,3}} (?:va a|goes to|is at|est a|sont a|vont a|attends|is in) (?:\S+ ){{0,3}}"
        rf"(?:ecole|school|college|lycee|creche|primaire|maternelle)(?: \S+){{0,4}} (?:hein|right|innit|non|"
        rf"c est ca|yeah|is not it|pas vrai)(?: \S+){{0,2}} (?:(?:dis lui|tell (?:him|her|them)|dis leur|say) "
        rf"(?:bonjour|coucou|salut|hi|hello)(?: \S+){{0,2}} (?:de ma part|from me)|tell (?:him|her|them) i said "
        rf"(?:hi|hello)){E}(?!.*(?<![^ ])(?:lovely|sweet|adorable|mignon|mignonne|gentil|gentille|great kid|"
        rf"classmate|camarade|ma classe|my class|teacher|prof|maitresse|instit)(?![^ ]))",
    ),
    # The reader's face or name posted all over a place with a label: « je colle ta tête sur tous les murs
    # de Fives avec "violeur" écrit en dessous », "i'll plaster your face all over town with 'nonce' under it".
    (
        _E,
        "face_posted_labelled_threat11",
        "colle coller affiche afficher placarde placarder plaster stick post put posting putting tague",
        "murs mur walls wall poteaux town ville quartier lampposts lamp everywhere partout",
        False,
        rf"{B}(?:je|j|i|we|on|i will|we will|i am going to|going to)(?: (?:vais|va|will|am going to|gonna))? "
        rf"(?:colle|coller|collerai|affiche|afficher|afficherai|placarde|placarder|placarderai|plaster|stick|post|"
        rf"put|posting|putting|tague|taguer) {_YR_threat11} (?:tete|face|photo|gueule|tronche|picture|pic|mug|"
        rf"nom|name|adresse|address|portrait)(?: \S+){{0,3}} (?:sur|on|all over|partout|everywhere|across)"
        rf"(?: \S+){{0,6}} (?:avec|with|and|et)(?: \S+){{0,3}} (?:violeur|rapist|nonce|pedo|pedophile|paedo|"
        rf"paedophile|predator|predateur|voleur|thief|balance|snitch|pute|whore|salope|slut|junkie|toxico|fraud|"
        rf"arnaqueur|scammer|groomer|mytho|liar|menteur|menteuse|cheater|tricheur|racist|raciste|nazi|"
        rf"wanted|recherche|danger|dangereux|creep|pervert|pervers|beggar)(?: \S+){{0,2}} (?:ecrit|written|under|"
        rf"underneath|en dessous|dessous|below|saying|marque|on it|dessus)",
    ),
    # Death told to the reader as their best option: "s-u-i-c-i-d-e is your best option", « la corde c'est ta
    # meilleure option ». Negated ("is never your best option") is not this.
    (
        _T,
        "death_best_option_threat11",
        "suicide rope corde death mort dying mourir crever noose",
        "best only meilleure seule last derniere",
        False,
        rf"{B}(?:suicide|le suicide|killing yourself|kill yourself|dying|death|la mort|rope|the rope|a rope|"
        rf"la corde|une corde|noose|mourir|crever|te suicider|te tuer|sewer slide)(?: c)? (?:is|est|would be|"
        rf"serait|c est|=)(?: (?:honestly|really|vraiment|clearly|clairement|literally|franchement))? "
        rf"(?:your|ta|ton) (?:best|only|meilleure|seule|last|derniere|best and only) (?:option|choice|"
        rf"solution|bet|chance|move|issue|way out|sortie|choix|porte de sortie)(?! (?:in|for) (?:the )?(?:game|"
        rf"match|map|round|raid|boss|level))(?![^ ])",
    ),
]
PHRASES = PHRASES + tuple(_compile_phrase(row) for row in _RAW_THREAT11)
ANCHORS = ANCHORS | frozenset().union(*(ws(row[2]) - _STOP for row in _RAW_THREAT11))

# --- insult12 (issue 11, round 56): directed insults with no insult noun, read by structure ----------------------
# Each row holds the reader (a second-person word, a mention, a vocative) and a contempt predicate: the reader's
# feelings sent away ("go cry about it", « va chialer »), their pain called an act (« arrête de faire ta victime »,
# "your flare ups always happen when"), their condition or aid mocked ("ok mr glass bones", "go flap ur hands
# somewhere else", "ur aim is a disability of its own"), a patronising vocative over their ignorance ("sweetie, if
# you understood"), the reader the cause of the group's ruin, « t'es qu'un ... » with any noun but a consoling one.
# Never the author ("I'm gonna go cry about it"), never care ("it's not all in your head, your pain is real").
_NOT_SUBJECT_INSULT12 = (
    "(?<!i )(?<!we )(?<!they )(?<!he )(?<!she )(?<!to )(?<!can )(?<!could )(?<!would )(?<!might )(?<!will )"
    "(?<!ll )(?<!not )(?<!t )(?<!gonna )(?<!me )(?<!you )(?<!u )(?<!and )(?<!or )(?<!may )(?<!should )"
    "(?<!wanna )(?<!did )(?<!never )(?<!m )(?<!d )(?<!us )(?<!go )(?<!just )(?<!then )(?<!now )(?<!so )"
)
_FR_NOT_SUBJECT_INSULT12 = (
    "(?<!je )(?<!j )(?<!il )(?<!elle )(?<!on )(?<!ca )(?<!qui )(?<!ne )(?<!n )(?<!ils )(?<!elles )(?<!pas )"
    "(?<!me )(?<!m )(?<!s )(?<!se )(?<!nous )(?<!y )(?<!tu )(?<!t )(?<!vous )(?<!te )"
)
_CONDITION_INSULT12 = (
    "glass bones|brittle bones|wheelchair|wheels|crutches|cane|stutter|stammer|stutterer|diabetic|diabetique|"
    "bipolar|bipolaire|autistic|autiste|depressed|depressif|depressive|anxious|anxieux|anxieuse|fibro|"
    "handicape|handicapee|epileptic|epileptique|schizo|asthmatic|asthmatique|deaf|sourd|sourde|aveugle|blind|"
    "one brain cell|hypochondriac|hypocondriaque|chronic pain|spoons|sick note|sicknote|migraine|allergies|"
    "tremblote|boiteux|boiteuse|begue|fauteuil|bequilles|oxygen tank|feeding tube|hearing aid|colostomy bag|"
    "flare up|flare ups|trisomique|mongolien"
)
# the insult lexicon's own words: « t'es qu'un connard » stays the lexicon's hit (its cue names the entry)
_LEXICON_NOUNS_INSULT12 = "|".join(
    sorted(
        (re.escape(w) for w in lex.STRONG_INSULT | lex.WEAK_INSULT if " " not in w),
        key=lambda w: (-len(w), w),
    )
)
_RAW_INSULT12: list[tuple[AbuseKind, str, str, str | None, bool, str]] = [
    # "go cry about it", "cope harder", "cope and seethe", « va chialer ailleurs », « ouin ouin »: the reader's
    # feelings sent away; never the author ("i could cry about it", « je vais pleurer »)
    (
        _I,
        "insult_cry_about_it_insult12",
        "cry cope seethe mald malding pleurer chialer pleurnicher chouiner ouin",
        None,
        False,
        rf"{B}{_NOT_SUBJECT_INSULT12}(?:go |just |now go |then go |so go )?cry (?:about it|harder|more|me a river|some more)(?! (?:with|together|if|when|too|sometimes|alone|every|at night|tonight))(?![^ ])"
        rf"|{B}(?:cope|seethe|mald) (?:and seethe|seethe|and mald|and cry)(?![^ ])"
        # "cope harder" alone is trash talk between players; with the reader's tears or a "grow up" it is contempt
        rf"|{B}(?:cope|seethe|mald) (?:harder|more)(?![^ ])(?=.*{B}(?:crying|cried|cry|whining|whine|whinging|tears|grow up|baby|nobody cares|no one cares|seethe|malding|mald|loser|pathetic)(?![^ ]))"
        rf"|{B}(?:stay|keep) (?:malding|seething|coping)(?![^ ])"
        rf"|{B}{_FR_NOT_SUBJECT_INSULT12}(?:va|vas|allez|retourne|retournez) (?:pleurer|chialer|pleurnicher|chouiner)(?: (?:ailleurs|dans ton coin|dans un coin|chez ta mere|chez ta maman|a ta mere|a ta maman|plus loin|sur \S+|ouin ouin|lol|mdr|ptdr|bebe|le bebe|bouffon|gamin|gamine|ma grande|mon grand))?(?![^ ])(?! (?:avec|pour|parce|quand|si|a cause|au|devant))"
        rf"|{B}ouin ouin(?![^ ])",
    ),
    # « arrête de faire ta victime », "stop playing the victim", "playing the sick card again", "your 'flare ups'
    # always happen when there's work", "convenient illness you got there", « ta douleur c'est du cinéma »: the
    # reader's pain called an act
    (
        _I,
        "insult_pain_an_act_insult12",
        "victim victime victimes martyr martyre card carte convenient pratique flare flares migraines symptoms "
        "douleur maladie fatigue crises excuse cinema comedie mourante",
        None,
        False,
        rf"{B}(?:stop|quit|enough of|enough with|give it a rest with|cut out) (?:playing|acting|being) (?:the )?(?:victim|martyr|poor me|sick card|pity card|illness card|disability card|damsel)(?![^ ])"
        rf"|{B}(?:you|u|ya|you re|you are|ur|always|again|still) (?:always |again |still |just |forever |constantly )?(?:playing|pulling|using) (?:the )?(?:victim|sick|illness|disability|pity|spoon|chronic illness|mental health|anxiety|depression|autism|adhd) card(?![^ ])"
        rf"|{B}(?:arrete|arretes|arretez|arrete un peu|stop|faut arreter) (?:de faire (?:ta|ton|la|le|votre|ta petite|ton petit) (?:victime|martyr|martyre|malade|mourante|mourant|petite nature|princesse|fragile|drama queen|chochotte)|de jouer (?:les|la|a la|aux|au|le) (?:victime|victimes|martyr|martyre|martyrs|malade|malades|mourant|mourante)|de te victimiser|de vous victimiser|de te faire passer pour (?:la|une|un) (?:victime|malade|martyr|martyre))(?![^ ])"
        rf"|{B}(?:tu|t|vous) (?:fais|joues|joue|faites|jouez) (?:encore |toujours |juste |que |trop )*(?:ta|ton|la|le|votre) (?:victime|martyr|martyre|mourante|mourant)(?![^ ])"
        rf"|{B}(?:ta|ton|tes|votre|vos) (?:soi disant |pretendue |pretendu |fameuse |fameux )?(?:douleur|douleurs|maladie|fatigue|depression|anxiete|handicap|crises|migraines|symptomes|diagnostic) (?:c est|est|sont|ce sont) (?:que |juste |surtout |clairement |)(?:dans ta tete|du cinema|de la comedie|du flan|une excuse|des excuses|imaginaire|imaginaires|bidon|pour l attention|pour attirer l attention|du pipeau|bien pratique|bien pratiques|tres pratique)(?![^ ])"
        rf"|{B}(?:your|ur) (?:so called |alleged |little |convenient |)(?:pain|illness|condition|depression|anxiety|fatigue|flare up|flare ups|flares|migraine|migraines|symptoms|disability|diagnosis|chronic pain|crisis|episodes) (?:is|are) (?:just |only |all |literally |clearly |obviously |)(?:an excuse|excuses|in your head|fake|made up|for attention|a joke|so convenient|convenient|very convenient|imaginary|an act|a performance)(?![^ ])"
        rf"|{B}(?:your|ur) (?:so called |little |)(?:pain|illness|condition|depression|anxiety|fatigue|flare up|flare ups|flares|migraine|migraines|symptoms|episodes|crises|spoons) (?:always|conveniently|only ever|magically|somehow always|only|seem to|seems to) (?:\S+ )?(?:happen|happens|show up|shows up|appear|appears|kick in|kicks in|start|starts|come|comes|hit|hits|flare|flares) (?:\S+ ){{0,3}}(?:when|whenever|right when|just when|as soon as)(?![^ ])"
        rf"|{B}(?:convenient|such a convenient|very convenient|how convenient) (?:a |an |another |the |that |)(?:illness|flare|flare up|flare ups|migraine|symptoms|disability|diagnosis|condition|pain|timing for your \S+)(?: (?:you got|you ve got|you have|u got|there|again|lol|eh))+(?![^ ])"
        rf"|{B}(?:ta|ton|tes) (?:maladie|douleur|crise|crises|migraine|migraines|handicap|fatigue) (?:bien |tres |trop )?pratique(?:s)?(?![^ ])",
    ),
    # "ok mr glass bones", « Madame la diabétique qui donne des conseils »: the reader named by their condition
    (
        _I,
        "insult_named_by_condition_insult12",
        "mr mrs miss ms monsieur madame mademoiselle mme sir lady",
        None,
        False,
        rf"{B}(?:ok |okay |oui |ouais |bah |lol |mdr |hey |yo |eh )?(?:mr|mrs|miss|ms|monsieur|madame|mademoiselle|mme|sir|lady|little miss|little mr) (?:la |le |l |the )?(?:{_CONDITION_INSULT12})(?![^ ])(?! (?:is|est|was|etait|shop|store|magasin|repair|repairs|association|clinic|clinique|centre|center|awareness|foundation|fondation|walk|run|support group|ward|service|pageant|contest))(?=.*{B}(?:you|u|your|ur|yourself|tu|t|toi|ton|ta|tes|go|va|sit|assis|assieds|commence|qui|who|thinks|here|ici|lol|mdr|ptdr|again|encore)(?![^ ]))",
    ),
    # "go flap ur hands somewhere else", « va boiter ailleurs », "roll away in your little wheelchair", « retourne
    # dans ton fauteuil »: the reader's body or aid sent away
    (
        _I,
        "insult_condition_sent_away_insult12",
        "flap stim twitch limp wobble drool stutter stammer wheeze boiter baver begayer trembler stimmer roll rouler "
        "wheelchair fauteuil crutches bequilles tank walker cane canne deambulateur",
        None,
        False,
        rf"{B}(?:go|va|vas|allez|just|now) (?:flap|stim|twitch|limp|wobble|drool|stutter|stammer|wheeze|shake|boiter|baver|begayer|trembler|trembloter|stimmer|rouler|roll|wheel)(?: (?:your|ur|tes|ta|ton|those|these) (?:\S+ )?\S+)? (?:somewhere else|elsewhere|ailleurs|plus loin|out of here|away|dans ton coin|in a corner|in your corner|back home|chez toi)(?![^ ])"
        rf"|{B}(?:roll|wheel|limp|go back|get back|retourne|retournez) (?:away |off |back |along |)(?:in|on|to|into|dans|sur|a|sous) (?:your|ur|ton|ta|tes) (?:little |lil |stupid |petit |petite |precious |)(?:wheelchair|chair|crutches|walker|cane|oxygen tank|hospital bed|fauteuil|bequilles|deambulateur|canne|lit d hopital)(?![^ ])",
    ),
    # "bro ur aim is a disability of its own", « ton niveau c'est un handicap à lui seul »: the reader's trait called an
    # illness
    (
        _I,
        "insult_trait_is_illness_insult12",
        "disability handicap illness maladie disease cancer tumor tumour",
        "own itself seul seule entiere soi",
        False,
        rf"{B}(?:your|ur|yo|ton|ta|tes|votre|vos) (?:\S+ ){{1,2}}(?:is|are|est|c est|sont|ce sont) (?:literally |actually |genuinely |clearly |vraiment |carrement |juste |)(?:a |an |un |une )?(?:disability|handicap|illness|maladie|disease|cancer|tumor|tumour|mental illness|condition|learning disability) (?:of its own|of their own|in itself|in and of itself|on its own|a part entiere|en soi|a lui seul|a elle seule|a lui tout seul|a elle toute seule|a eux seuls|a elles seules)(?![^ ])",
    ),
    # "sweetie, if you understood how type 1 works", « ma pauvre, t'as rien compris », "bless your heart, you
    # really did think", "that's adorable, you think you understand": a patronising vocative over the reader's
    # ignorance
    (
        _I,
        "insult_patronising_vocative_insult12",
        "sweetie sweety honey hun hon sweetheart darling pauvre grande cocotte cherie coco heart adorable cute "
        "mignon mignonne",
        "if you understood understand understands know knew knows think thought believe read comprends compris "
        "sais penses crois cru works toi idea clue",
        False,
        rf"{B}(?:oh |aww |awww |aw |ok |okay |listen |look |ecoute |oh la |bah |ben |)(?:sweetie|sweety|honey|hun|hon|sweetheart|darling|ma pauvre|mon pauvre|ma grande|ma cocotte|ma cherie|mon coco|ma pauvre cherie|mon pauvre ami)(?: \S+){{0,3}} (?:if (?:you|u) (?:actually |really |even |)(?:understood|knew|had read|read|could read|had any idea|had a clue|knew anything)|that s not how (?:any of )?(?:this|it|that) works|that is not how (?:any of )?(?:this|it|that) works|(?:you|u) (?:clearly |really |obviously |)(?:don t|do not|dont) (?:understand|get it|know what|have a clue|have any idea)|(?:you|u) have no (?:idea|clue)|tu (?:comprends|piges|captes) rien|t as rien (?:compris|capte|pige)|tu sais (?:meme )?pas de quoi tu parles|tu sais rien|commence par toi meme|renseigne toi)(?![^ ])"
        rf"|{B}(?:bless your heart|bless ur heart|how adorable|that s adorable|that is adorable|thats adorable|so cute|how cute|that s cute|c est mignon|c est trop mignon|trop mignon|comme c est mignon|c est chou)(?: \S+){{0,2}} (?:(?:you|u) (?:really |actually |genuinely |honestly |)(?:think|thought|believe|believed|did think)(?: that)? (?:you|u|that|this|it|your|ur|they)(?! (?:of me|about me))|que (?:tu|t) (?:penses|crois|croies|penses pouvoir) (?:comprendre|savoir|avoir raison|etre|que|qu)|(?:tu|t) (?:crois|penses|as cru|as pense) (?:que|qu|vraiment|avoir|etre|comprendre|savoir))",
    ),
    # "you're the reason this server is dead", « c'est à cause de toi que personne ne poste plus », « t'es la raison
    # pour laquelle la guilde est morte »: the reader the cause of the group's ruin
    (
        _I,
        "insult_cause_of_ruin_insult12",
        "reason raison cause",
        "dead dying toxic trash died mort morte meurt toxique anymore plus empty vide quitte quittent part partent "
        "barre barrent",
        False,
        rf"{B}(?:you re|you are|youre|ur|u r|t es|tu es|vous etes|c est toi|c est vous|it s you|its you|it is you) (?:literally |honestly |clearly |just |probably |definitely |vraiment |clairement |surement )*(?:the |la )?(?:reason|raison|cause) (?:why |pour laquelle |que |qu |this |)(?:this |the |our |ce |le |la |notre |cette |)?(?:server|guild|team|chat|group|channel|discord|raid|clan|community|serveur|guilde|equipe|groupe|salon|communaute|commu) (?:is|s|went|est|devient|a l air|died|est devenu|est devenue|meurt|died) (?:so |si |)(?:dead|dying|toxic|trash|empty|quiet|mort|morte|toxique|vide|nul|nulle|died)(?![^ ])"
        rf"|{B}(?:you re|you are|youre|ur|u r|t es|tu es|vous etes|c est toi|c est vous) (?:literally |honestly |clearly |just |vraiment |clairement )*(?:the |la )?(?:reason|raison|cause) (?:why |pour laquelle |que |qu )?(?:nobody|no one|noone|personne) (?:ne |n )?(?:\S+ ){{0,2}}(?:posts|post|talks|talk|comes|come|plays|play|stays|poste|parle|vient|joue|reste|ecrit) (?:\S+ )?(?:anymore|here anymore|plus|ici)(?![^ ])"
        rf"|{B}(?:c est|c) a cause de (?:toi|vous) (?:que|qu) (?:le serveur|la guilde|l equipe|le groupe|le salon|la commu|le discord|personne|tout le monde|les gens) (?:\S+ ){{0,2}}(?:est mort|est morte|meurt|part|partent|se barre|se barrent|quitte|quittent|poste plus|parle plus|vient plus|joue plus|est toxique)(?![^ ])",
    ),
    # « t'es qu'un raté », « tu n'es qu'une pleurnicheuse », « vous n'êtes qu'une bande de … »: the reader reduced
    # to one thing; never a consolation (« t'es qu'un humain », « tu n'es qu'un débutant, c'est normal »)
    (
        _I,
        "insult_only_a_insult12",
        "qu",
        "t tu vous es etes",
        False,
        rf"{B}(?:t es|tu es|tu n es|t n es|vous etes|vous n etes|t etais|tu n etais|tu seras|tu resteras|tu ne seras|tu ne resteras) (?:juste |vraiment |rien |jamais rien |jamais |definitivement |toujours |franchement )?qu (?:un|une|des) (?:pauvre |sale |gros |grosse |petit |petite |vieux |vieille |sombre |espece de |bande de |minable |)(?!(?:{_LEXICON_NOUNS_INSULT12}|pauvre|sale|gros|grosse|petit|petite|vieux|vieille|sombre|espece|bande|minable|boule|amour|ange|coeur|creme|perle|bisounours|rayon|tresor|chou|nounours|doudou|crack|genie|champion|championne|legende|star|chaton|bonbon|soleil|cadeau|bijou|merveille|humain|humaine|humains|etre|etres|homme|femme|enfant|enfants|gamin|gamine|bebe|debutant|debutante|debutants|novice|joueur|joueuse|joueurs|patient|patiente|personne|mec|fille|garcon|ado|adolescent|adolescente|etudiant|etudiante|stagiaire|ami|amie|membre|level|niveau|lvl|nombre|numero|pion|passage|homme comme|moment|an|mois|jour|jours|peu|tout petit|petit peu|instant|etape|humain comme)(?![^ ]))[a-z]\S+(?! (?:c est normal|c est pas grave|ca arrive|t as le droit|comme nous|comme tout le monde|comme les autres|apres tout|au final|on l est tous|courage))(?: \S+)?(?![^ ])",
    ),
    # "you must be exhausting to live with", « tu dois être invivable au quotidien »: the reader a burden to those
    # around them
    (
        _I,
        "insult_burden_to_live_with_insult12",
        "exhausting nightmare hell insufferable unbearable burden invivable insupportable epuisant epuisante enfer "
        "fardeau",
        "live with around quotidien vivre entourage proches",
        False,
        rf"{B}(?:you must be|u must be|you re|you are|ur|tu dois etre|t dois etre|vous devez etre|t es|tu es) (?:so |such |a |an |un |une |vraiment |tellement |)(?:exhausting|a nightmare|hell|insufferable|unbearable|a burden|a pain|invivable|insupportable|epuisant|epuisante|un enfer|un fardeau|un boulet) (?:to live with|to be around|to care for|to date|to be married to|a vivre|au quotidien|pour ton entourage|pour tes proches|pour ta famille|pour ton mari|pour ta femme|a supporter)(?![^ ])",
    ),
    # "your opinion is worth less than the dirt under", « ton avis vaut moins qu'un ... », "t'as zéro valeur": the
    # reader's word or worth weighed at nothing
    (
        _I,
        "insult_worth_nothing_insult12",
        "worth vaut valeur value",
        "less moins zero 0 aucune no rien",
        False,
        rf"{B}(?:your|ur|ton|ta|tes|votre|vos) (?:opinion|opinions|take|takes|word|words|avis|parole|existence|input|advice|conseils|conseil|vote|point of view|pov) (?:is|are|vaut|valent) (?:worth )?(?:less|moins) (?:than|que|qu)(?![^ ])"
        rf"|{B}(?:t as|tu as|tu vaux|t vaux|you have|you got|u have|u got|you re worth|you are worth|ur worth) (?:zero|0|aucune|no|rien|nada) (?:valeur|value|worth)?(?:,| )?(?:en jeu comme ailleurs|as a person|en tant que personne|comme etre humain|as a human|in life|dans la vie|ici comme ailleurs|nulle part)(?![^ ])",
    ),
    # "the problem isn't your illness, it's you", « c'est pas ta maladie le problème c'est toi »
    (
        _I,
        "insult_problem_is_you_insult12",
        "probleme problem maladie illness diagnosis diagnostic handicap condition disability depression anxiete "
        "anxiety autisme autism trouble",
        "toi you",
        False,
        rf"{B}(?:c est pas|ce n est pas|c pas|it s not|it is not|its not|the problem isn t|the problem is not|le probleme c est pas|le probleme n est pas) (?:ta|ton|tes|your|ur) (?:\S+ ){{0,2}}(?:le probleme |the problem |qui pose probleme )?(?:c est|c|it s|its|it is|the problem is|le probleme c est) (?:toi|you)(?: le probleme| the problem)?$",
    ),
    # "bless your heart, you tried", « le mec boite et il veut nous faire la morale »: a condition set against the
    # reader's wish to lead or teach
    (
        _I,
        "insult_condition_lecturing_insult12",
        "boite tremble begaie roule morale lecture",
        "morale lecture tell teach dire apprendre",
        False,
        rf"{B}(?:il|elle|tu|t|toi|le mec|la meuf|he|she|you|u) (?:\S+ ){{0,2}}(?:boite|boites|tremble|trembles|begaie|begaies|roules|roule|limps|limp|shakes|stutters|stammers|rolls|can t walk|marches pas|marche pas) (?:\S+ ){{0,3}}(?:veut|veux|vient|viens|wants to|want to|thinks|think|comes to|come to) (?:nous |me |us |)(?:faire la morale|faire la lecon|donner des lecons|dire comment|expliquer comment|lecture|teach|tell us how|tell me how|give us lessons)(?![^ ])",
    ),
]
_RAW_INSULT12 += [
    # "who cares what u think", « personne en a rien à faire de ce que tu penses », "nobody cares what a 5/10 thinks,
    # sweetheart": the reader's thoughts dismissed; never others' ("who cares what they think, you do you")
    (
        _I,
        "insult_who_cares_what_you_think_insult12",
        "cares care asked penses dis racontes crois thinks think",
        "who nobody no noone personne on qui",
        False,
        rf"{B}(?:who|nobody|no one|noone|literally nobody|not a single person|not one person) (?:even |really |actually |honestly |here |)(?:cares|care|asked|gives a (?:shit|fuck|damn|toss|crap)) (?:about )?(?:what|how) (?:you|u|ya) (?:think|say|feel|reckon|believe|want|have to say)(?![^ ])"
        rf"|{B}(?:who|nobody|no one|noone) (?:even |really |)cares (?:what|how) (?:a|an|some) (?:\S+ ){{0,5}}(?:thinks|says|feels|reckons)(?![^ ])(?=.*{B}(?:sweetheart|sweetie|honey|hun|darling|mate|bro|buddy|pal|@user|you|u|ur|your)(?![^ ]))"
        rf"|{B}(?:personne|qui) (?:n )?en a (?:rien|quelque chose|qqch) a (?:faire|foutre|cirer|battre|secouer) (?:de ce que|de c que|de ce qu) (?:tu|t|vous) (?:penses|pense|dis|racontes|veux|crois|ressens|pensez|dites|racontez)(?![^ ])"
        rf"|{B}(?:on|tout le monde|nous) s en (?:fout|fiche|bat les couilles|tape|branle|balance) (?:royalement |completement |grave |)de ce que (?:tu|t|vous) (?:penses|dis|racontes|crois|ressens|pensez|dites|racontez)(?![^ ])",
    ),
    # "you play hunt like a toddler", « il joue r6 comme ma grand-mère conduit », « tu joues comme un pied »: the
    # reader's play set against a child, an elder or a limb; teasing when laughed or loved
    (
        _I,
        "insult_plays_like_a_insult12",
        "play plays aim aims drive drives joue joues vise vises conduis",
        "like comme",
        False,
        rf"{B}(?:you|u|ya|tu|t|vous) (?:\S+ )?(?:play|plays|aim|aims|drive|drives|joue|joues|jouez|vise|vises|visez|conduis|conduit) (?:\S+ ){{0,2}}(?:like|comme) (?:a|an|un|une|ma|my|mon|des|some) (?:\S+ )?(?:toddler|baby|grandma|granny|nan|nana|grandpa|blind|bebe|grand mere|grand pere|mamie|papy|aveugle|pied|pieds|manche|manchot|potato|patate|5 year old|five year old|child|kid|enfant|gamin|gamine|chimp|monkey|singe|huitre|moule|lemming)(?![^ ])(?! (?:again|encore|de nouveau|now|maintenant))",
    ),
]
_RAW_INSULT12 += [
    # "please teach me how to be this bad", « apprends-moi à être aussi nul »: the reader's failing asked for as a
    # lesson in mock wonder (insult8's row reads the stronger words; "how are you this bad" is said between friends)
    (
        _I,
        "insult_teach_me_this_bad_insult12",
        "bad trash worse terrible awful nul nulle mauvais mauvaise",
        "teach show tell apprends",
        False,
        rf"{B}(?:teach me how to be|show me how to be|tell me how to be|apprends moi a etre) (?:this|that|so|aussi|si|autant) (?:bad|trash|terrible|awful|nul|nulle|mauvais|mauvaise)(?![^ ])",
    ),
    # "t'as été élevé par des loups ou quoi", "were you raised by wolves": the reader's manners set among animals
    (
        _I,
        "insult_raised_by_animals_insult12",
        "eleve elevee eleves elevees raised brought",
        "loups wolves singes apes monkeys animaux animals porcs pigs hyenes hyenas chacals sauvages barn",
        False,
        rf"{B}(?:t as ete|tu as ete|t a ete|vous avez ete|t es|tu es|were (?:you|u)|you were|u were|was (?:you|u)|ya were) (?:\S+ )?(?:eleve|elevee|eleves|elevees|raised|brought up) (?:par|by|in|dans) (?:des |a |une |un |the |les |a pack of |une meute de |une bande de |)(?:loups|wolves|singes|apes|monkeys|animaux|animals|porcs|pigs|hyenes|hyenas|chacals|sauvages|barn|grange|etable|zoo)(?![^ ])",
    ),
    # "you're proof that evolution can go backwards", « t'es la preuve vivante que la sélection naturelle a raté »
    (
        _I,
        "insult_proof_evolution_insult12",
        "evolution selection darwin",
        "proof preuve",
        False,
        rf"{B}(?:you re|you are|youre|ur|u r|t es|tu es|vous etes|toi t es) (?:\S+ )?(?:proof|living proof|walking proof|the proof|la preuve|la preuve vivante|une preuve) (?:that|que|qu) (?:\S+ ){{0,2}}(?:evolution|natural selection|l evolution|la selection naturelle|selection naturelle|darwin)(?![^ ])",
    ),
    # "you should be ashamed, taking up space in a support group for REAL sick people": the reader's illness
    # denied by sending them out of the group
    (
        _I,
        "insult_not_really_sick_insult12",
        "space place spot spots resources",
        "real really actually vrais vraies vraiment",
        False,
        rf"{B}(?:you|u|ya|tu|t|vous)(?: \S+){{0,5}} (?:taking up|take up|stealing|steal|wasting|waste|prends|prenez|piques|voles) (?:a |de la |la |une |)(?:space|place|spot|spots|resources|ressources|places)(?: \S+){{0,6}} (?:for|from|pour|aux|des|a des|of) (?:real|really|actually|the real|les vrais|les vraies|vrais|vraies|de vrais|de vraies) (?:sick|ill|disabled|chronically ill|malades|handicapes|patients|patientes|people who)(?![^ ])",
    ),
    # "you're as fun as a blood test", « t'es aussi drôle qu'une prise de sang »: the reader's charm set against a
    # thing (insult11's row reads usefulness and wit); never a show or a comedian
    (
        _I,
        "insult_as_fun_as_insult12",
        "drole fun funny interessant interessante interesting agreable pleasant charismatique charming exciting "
        "passionnant passionnante entertaining sympa",
        "aussi as",
        False,
        rf"{B}(?:t es|tu es|vous etes|you re|you are|youre|ur|u r|toi t es) (?:about |genre |a peu pres |literally |juste |just |vraiment |really )*(?:aussi|as) (?:drole|fun|funny|interessant|interessante|interesting|agreable|pleasant|charismatique|charismatic|charming|exciting|passionnant|passionnante|entertaining|sympa|marrant|marrante) (?:qu|que|as) (?:un|une|a|an|le|la|the|des|du) (?!(?:comedian|humoriste|comique|clown|sitcom|show|film|movie|spectacle|fete|party|concert|vacances|holiday|weekend|day off|stand up|one man show|pote|ami|amie|friend|soiree|jour|day)(?![^ ]))\S+",
    ),
    # "aww is the little manic boy having another episode", "are we having another meltdown, sweetie": the reader's
    # condition mocked as a child's tantrum
    (
        _I,
        "insult_another_episode_insult12",
        "episode meltdown tantrum crise caprice fit",
        "another again encore autre little lil baby widdle we petit petite bebe",
        False,
        rf"{B}(?:is|are|r) (?:the|our|da|this|my) (?:little|lil|poor|widdle|wittle|itty bitty|baby|sad) (?:\S+ )?(?:boy|girl|kid|baby|man|princess|snowflake|one|guy|bro) having (?:another|a little|his|her|their|one of (?:his|her|their)) (?:\S+ )?(?:episode|episodes|meltdown|meltdowns|tantrum|tantrums|fit|fits|crisis|moment)(?![^ ])"
        rf"|{B}(?:are|r) we having (?:another|a little|an|one of our) (?:\S+ )?(?:episode|meltdown|tantrum|fit|moment)(?![^ ])(?=.*{B}(?:sweetie|sweetheart|honey|hun|darling|aww|awww|pills|meds|lol|lmao|baby|again)(?![^ ]))"
        rf"|{B}(?:le|la) (?:petit|petite|pauvre|bebe) (?:\S+ )?(?:fait|fais|nous fait|nous refait|refait) (?:encore )?(?:une|sa|son) (?:\S+ )?(?:crise|caprice|episode)(?![^ ])",
    ),
]
PHRASES = PHRASES + tuple(_compile_phrase(row) for row in _RAW_INSULT12)
ANCHORS = ANCHORS | frozenset().union(*(ws(row[2]) - _STOP for row in _RAW_INSULT12))
# the rows friends also say, laughing or loving ("cope harder lol ❤️", "sweetie you don't get it 😂")
TEASED_INSULT12 = frozenset(
    (
        "insult_cry_about_it_insult12", "insult_only_a_insult12", "insult_worth_nothing_insult12",
        "insult_plays_like_a_insult12", "insult_teach_me_this_bad_insult12", "insult_as_fun_as_insult12",
    )
)  # fmt: skip
# --------------------------------------------------------------------------------------------------------
# hate12 (hate helper 12): hate against a group as fresh authors write it, GROUP slot x PREDICATE, read by
# structure rather than by the tune split's sentences. The slot is hate11's (``_GK_hate11``: a named group, a
# people noun, a group by a condition, an age or a body). The shapes:
# * a loaded question: "why do X always …", "how come every X is so …", « c'est normal que les X … ? »,
#   « pourquoi les X … toujours … », "is it just me or are X …", with a flaw or a vice asked of the group;
# * collective blame: "it's always the X who …", "it's the X's fault", « c'est à cause des X que … », "X ruined
#   this town";
# * a disclaimer then the claim: "no offence but", "i'm not racist but", "nothing against X but they …",
#   « j'ai rien contre les X mais … », « sans vouloir vexer … »;
# * exclusion: "X have no business being …", "X should not be let in", « interdire l'entrée aux X », "ban X
#   from entering", and "send them back" (« renvoyez-les chez eux », "should all be deported", "X out");
# * an illness or a disability called fake, laziness or an excuse, its people fakers or told to "just" get
#   over it (« les malades de X sont des simulateurs », "adhd is just bad parenting", « la dépression c'est
#   pas une vraie maladie, c'est des excuses », « les gros n'ont qu'à arrêter de bouffer »), or better off dead;
# * a joke about a group ("what do you call a X …", « c'est l'histoire d'un X qui vole … », « comment on
#   reconnaît un X ») with a vice in its punchline, and "jokes about X are the best";
# * a vice said of all of a group: "X all support terrorism", « les X vivent tous des aides ».
# Quiet: the claim reported, condemned, refuted or denied (hate9's and hate11's guards, ``REBUT_hate12``), the
# group the one harmed (``VICTIM_hate12``: "why are X always targeted", « toujours pointés du doigt »), kind
# words, a generalisation refused ("not all"), the author among the group ("people like me").
# --------------------------------------------------------------------------------------------------------
# a vice or a flaw asked or said of a group (hate9's and hate10's flaws and the fresh authors' words)
_VICE_hate12 = (
    rf"(?:{_FLAW_hate10}|drink|drinks|drinking|alcoholics|alcooliques|trouble|troublemakers|causing trouble|cause trouble|"
    r"steal|steals|stealing|volent|vole|voler|squattent|squat|scam|scams|arnaquent|complain|"
    r"complaining|whine|se plaignent|pleurnichent|gueuler|gueulent|crier|crient|dramatic|promiscuous|rude|aggressive|"
    r"agressifs|agressives|passe droits|des passe droits|plus d aides|les aides|des aides|allocs|benefits|handouts|"
    r"play the victim|playing the victim|victimisent|font les victimes|ruin|ruins|ruined|ruinent|gachent|"
    r"se battent|hysteriques|hysterical|emotional|cheat|cheats|trichent|lie|lies|lying|mentent|terror|terrorists|"
    r"terroristes|terrorism|terrorisme|bombs|grooming|groomers|rape|rapists|violeurs|kill|crime|criminals|prison|"
    r"smell|stink|puent|stupid|dumb|cons|betes|weird|creepy|fake|faking|lazy|feignants|faineants|"
    r"contribute nothing|contribuent rien|useless|inutiles|sert a rien|servent a rien|dans les faits divers|"
    r"foutent la merde|foutent le bordel|break everything|cassent tout|ratting|griefing|feeding|"
    r"throwing|trolling|screaming|hurlent|make everything about|everything about|breed|pondent|bad at|nuls en|"
    r"worse at|pires en|can not drive|savent pas conduire|ne savent pas conduire|so loud|si bruyants)"
)
# the group the one harmed or shown so, not the author's claim: "why are X always targeted", « stigmatisés »
VICTIM_hate12 = re.compile(
    r"(?<![^ ])(?:targeted|blamed|accused|harassed|attacked|stopped|searched|arrested|treated|seen as|called|"
    r"portrayed|depicted|stereotyped|shown|painted|framed|bullied|mocked|insulted|ignored|forgotten|excluded|"
    r"left out|underpaid|paid less|underrepresented|discriminated|misdiagnosed|dismissed|killed|murdered|assaulted|"
    r"victims|victimes|scapegoated|scapegoats|boucs emissaires|vises|visees|accuses|accusees|montres du doigt|"
    r"pointes du doigt|presentes|presentees|traites|traitees|stigmatises|stigmatisees|controles|controlees|percus|"
    r"percues|vus comme|vues comme|assimiles|harceles|harcelees|insultes|insultees|agresses|agressees|moins payees|"
    r"moins payes|oublies|oubliees|exclus|exclues|discrimines|discriminees|get blamed|get harassed|get stopped|"
    r"se font|se faire|on leur|blame them|blame the|blaming|les accuser|accuse them|du mal|de mal|struggle|"
    r"struggling|have to wait|doivent attendre|cut|cuts|coupees|coupes|lose|losing|perdent|refused|refusees|refuses|"
    r"denied|turned down|deprived|prives|privees)(?![^ ])"
)
# the claim rebutted in the same message: "… ? false, most of them work", « … ? faux »
REBUT_hate12 = re.compile(
    r"(?<![^ ])(?:faux|false|not true|pas vrai|untrue|a myth|un mythe|myth|mythe|debunked|fake news|nonsense|"
    r"n importe quoi|what a stupid|quelle connerie|stop saying|arrete de dire|arretez de dire|is a lie|est un mensonge|"
    r"c est un mensonge|obviously not|bien sur que non|of course not|hell no|no they do not|no they are not|non ils|"
    r"non elles|ask them|demande leur)(?![^ ])"
    rf"|(?<![^ ])(?:as an?|en tant que|moi meme|i am an?|je suis une?|being an?|im an?)(?: \S+)? {_ONE8}(?![^ ])"
)
_ASK_hate12 = (
    r"(?:why|y|how come|pourquoi|pk|pq|c est normal que|c est normal qu|est ce normal que|est ce normal qu|"
    r"est ce que c est normal que|is it normal that|is it just me or|c est moi ou|is it me or|am i the only one who "
    r"thinks|suis je le seul a penser que|ya que moi qui trouve que|y a que moi qui trouve que)"
)
_ALWAYS_hate12 = (
    r"(?:always|all|every single time|every time|constantly|toujours|tous|toutes|tout le temps|systematiquement|"
    r"chaque fois|a chaque fois|so|si|aussi|tellement|even|meme|never|jamais)"
)
_DISCLAIM_hate12 = (
    r"(?:no offence|no offense|no offence to|no offense to|not to be racist|not being racist|not being funny|"
    r"not to sound racist|not trying to be racist|i am not racist|i am not being racist|i am not homophobic|"
    r"i am not sexist|i am not transphobic|i am not a racist|i have nothing against|nothing against|"
    r"with all due respect|all due respect|j ai rien contre|j ai rien contre les|je n ai rien contre|"
    r"sans vouloir vexer|sans vouloir offenser|sans vouloir etre mechant|sans offense|sans etre raciste|"
    r"je dis pas ca pour etre raciste|je ne dis pas ca pour etre raciste|je suis pas raciste|je ne suis pas raciste|"
    r"je suis pas homophobe|je ne suis pas homophobe|je suis pas sexiste|je suis pas transphobe|"
    r"i have (?:black|gay|muslim|jewish|asian|trans|arab) friends|j ai des (?:amis|potes) (?:noirs|arabes|gays|"
    r"homos|juifs|musulmans|trans))"
)
# what a disclaimer is the preface to: a restriction or a generalisation
_AFTER_DISCLAIM_hate12 = (
    rf"(?:{_VICE_hate12}|should not|should never|should stay|should go|should be|can not be trusted|are not to be "
    r"trusted|do not belong|have no place|faut pas qu|faudrait pas qu|devraient pas|ne devraient pas|devraient rester|"
    r"doivent rester|n ont rien a faire|ont rien a faire|n ont pas leur place|ont pas leur place|qu ils restent|"
    r"qu elles restent|go back|rentrent chez eux|rentrer chez eux|are all|are just|are so|are too|are not|sont tous|"
    r"sont toutes|sont trop|sont que|sont pas|c est tous|c est que des|ce sont des|sont des|are the|are a|"
    r"approchent|near kids|near children|pres des enfants|adopt|adopter|breed|se reproduire|take over|envahissent|"
    r"invade|stay in their|restent chez eux|need to go|must go|doivent partir|dehors)"
)
_BACK_hate12 = (
    r"(?:send them (?:all )?back|send em back|send them home|send them all home|ship them (?:all )?back|ship em back|"
    r"deport them|deport them all|deport every last one|deport every one|deport all of them|deport the lot|"
    r"kick them (?:all )?out of the country|renvoyez les|renvoyer les|renvoie les|renvoyons les|faut les renvoyer|"
    r"il faut les renvoyer|faut tous les renvoyer|faut les expulser|il faut les expulser|faut tous les expulser|"
    r"il faut tous les expulser|expulsez les|expulsons les|on devrait les expulser|on devrait tous les expulser|"
    r"qu ils rentrent chez eux|qu elles rentrent chez elles|qu ils retournent chez eux|qu ils retournent dans leur pays|"
    r"qu ils rentrent dans leur pays|qu ils repartent chez eux|qu ils degagent|should all be deported|should be deported|"
    r"need to be deported|must be deported|should all be sent back|should be sent back|need to be sent back|"
    r"must be sent back|should go back to where they came from|go back where they came from|go back to where they came from|"
    r"go back to their (?:own )?country|go back to their (?:own )?countries|doivent rentrer chez eux|devraient rentrer chez eux|"
    r"doivent retourner chez eux|devraient retourner chez eux|devraient tous etre expulses|doivent etre expulses|"
    r"devraient etre expulses|a expulser|get out of our country|hors de france|hors de chez nous)"
)
_ILL_hate12 = (
    rf"(?:{_ILLNESS8}|adhd|le tdah|tdah|depression|la depression|anxiety|l anxiete|autism|l autisme|fibro|"
    r"la fibro|fibromyalgia|la fibromyalgie|long covid|le covid long|covid long|chronic fatigue|me cfs|"
    r"la fatigue chronique|burnout|burn out|le burn out|mental illness|les maladies mentales|ptsd|le tspt|ocd|"
    r"le toc|bipolar|bipolarite|dyslexia|la dyslexie|chronic pain|la douleur chronique|gender dysphoria|"
    r"la dysphorie|invisible illness|les maladies invisibles|disability|le handicap)"
)
_IS_NOT_REAL_hate12 = (
    r"(?:is not real|is not a real (?:illness|disease|condition|thing|disability)|is fake|is made up|does not exist|"
    r"is all in (?:their|your|the) (?:head|heads|mind)|is an invention|is a hoax|is a scam|is a myth|"
    r"c est pas une vraie maladie|ce n est pas une vraie maladie|n est pas une vraie maladie|est pas une vraie maladie|"
    r"c est pas un vrai handicap|n existe pas|existe pas|c est dans (?:la|leur|ta) tete|est dans (?:la|leur) tete|"
    r"est une invention|c est une invention|c est du vent|c est bidon|est bidon|c est du flan|c est du pipeau)"
)
_EXCUSE_hate12 = (
    r"(?:attention|pity|sympathy|an excuse|excuses|excuse|lazy|laziness|lazy people|want to work|do not want to work|"
    r"get out of work|benefits|sick notes|sick note|la flemme|flemme|flemmards|feignants|faineants|feignasses|"
    r"veulent pas bosser|veulent pas travailler|bosser|travailler|des excuses|une excuse|arret maladie|arrets maladie|"
    r"les allocs|des allocs|l attention|la pitie|se faire plaindre|se plaindre|pleurnicher|malades imaginaires|"
    r"simulateurs|simulatrices|fakers|faking|fake it|faking it)"
)
_JUST_IS_hate12 = (
    r"(?:laziness|lazy people|an excuse|an excuse for|a fad|a trend|bad parenting|weakness|weak people|attention seeking|"
    r"for attention|people being lazy|kids being lazy|spoilt kids|spoiled kids|a made up|de la flemme|de la paresse|"
    r"de la faiblesse|des excuses|une excuse|une mode|un caprice|des caprices|pour l attention|des enfants mal eleves|"
    r"des gosses mal eleves|des gamins mal eleves|des feignants|des faineants|un truc de feignants|un truc de faibles|"
    r"a lack of discipline|un manque d education|de la mauvaise education|bad upbringing|poor parenting)"
)
_FAKERS_hate12 = (
    r"(?:fakers|fakes|frauds|malingerers|scroungers|skivers|shirkers|attention seekers|attention whores|drama queens|"
    r"hypochondriacs|hypocondriaques|malades imaginaires|simulateurs|simulatrices|profiteurs|profiteuses|"
    r"tire au flanc|des comediens|comediens|comediennes|des comediennes|assistes|des assistes|flemmards|"
    r"des flemmards|feignasses|des feignasses|just faking|faking it|all faking|tous des simulateurs)"
)
_GETOVER_hate12 = (
    r"(?:stop eating|eat less|go on a diet|arreter de bouffer|arreter de manger|moins bouffer|moins manger|"
    r"faire un regime|get a job|get a real job|trouver un boulot|trouver un travail|aller bosser|bosser|man up|"
    r"toughen up|get over it|snap out of it|stop whining|stop complaining|stop being lazy|stop faking|"
    r"arreter de se plaindre|arreter de pleurnicher|arreter de chialer|se bouger|se bouger le cul|se secouer|"
    r"se sortir les doigts|arreter de faire semblant|die|just die|die already|disappear|disparaitre|crever|mourir|"
    r"kill themselves|se suicider|shut up|se taire|fermer leur gueule|stay home|stay indoors|rester chez eux|"
    r"rester cloitres|stay out of sight|se cacher)"
)
_PLACE_hate12 = (
    r"(?:this|our|my|the|le|la|l|notre|nos|ce|cette|mon|ma|tout le|toute la) (?:country|neighbourhood|neighborhood|"
    r"town|city|area|street|estate|school|server|game|community|nation|pays|quartier|ville|cite|rue|ecole|serveur|"
    r"jeu|communaute|nation|france|uk|europe|england|britain|country s|lobby|lobbies|guild|guilde)"
)
_ROWS_hate12: list[tuple[str, frozenset[str], str]] = [
    # a loaded question: "why do polish people always drink so much", « c'est normal que les roms squattent
    # partout ? », "is it just me or are women worse at strategy", "why is it always the muslims"
    (
        "group_asked_hate12",
        ws("why come pourquoi pk pq normal just seul only contribute shower bathe"),
        rf"{B}{_ASK_hate12}(?: (?:do|does|are|is|did|were|sont|est ce que|est ce qu|y a|il y a|ya|is it|c est|"
        rf"it is|are all|are there|so many))?(?: (?:always|toujours|tjrs|only|que))? {_GK_hate11}(?: \S+){{0,3}} "
        rf"{_ALWAYS_hate12}(?: \S+){{0,4}} {_VICE_hate12}(?![^ ])"
        rf"|{B}(?:why|how come|pourquoi|pk|pq)(?: is| est| c est| y a| il y a| ya)? (?:it )?(?:always|toujours|tjrs) "
        rf"(?:des |les |the )?{_GK_hate11}(?: (?:tho|though|again|encore|lol|mdr|every time|"
        rf"chaque fois|qui|who|dans les faits divers|in the news|in the grooming news|in the crime news|"
        rf"behind|derriere))?(?![^ ])"
        rf"|{B}(?:do|does|did) {_GK_hate11} (?:even|ever|actually) (?:contribute|work|pay tax|pay taxes|pay anything|"
        rf"do anything|wash|shower|bathe|try|think|matter)(?![^ ])",
    ),
    # collective blame: "it's always the X who cause trouble", « c'est toujours les X qui foutent la merde »,
    # "it's the X's fault", « c'est à cause des X que la France coule », "the X ruined this neighbourhood"
    (
        "group_blamed_hate12",
        ws(
            "always toujours tjrs fault faute cause because ruin destroyed destroying wreck ruinent ruine detruit "
            "detruisent pourri pourrir behind derriere"
        ),
        rf"{B}(?:it is|its|it was|c est|c etait|ce sont|always|toujours|tjrs)(?: always| toujours| tjrs)? "
        rf"(?:the |les |des |a |an |un |une )?{_GK_hate11}(?: (?:who|that|qui|again|encore))?(?: \S+){{0,4}} "
        rf"(?:{_VICE_hate12}|behind it|behind this|behind everything|derriere tout ca|derriere tout|derriere ca|"
        rf"the problem|le probleme|le souci|fault|la faute)(?![^ ])"
        rf"|{B}(?<!not )(?<!pas )(?:it is|its|it was|c est|c etait|all|tout ca|tout est)? ?(?:because of|a cause de|a cause des|"
        rf"the fault of|la faute (?:des|aux|a|de)|thanks to|grace aux) (?:the |les |all the |tous les )?{_GK_hate11}"
        rf"(?: (?:that|if|que|qu|si|we|our|nos|notre|la|le|les|this|the))(?![^ ])"
        rf"|{B}(?:the |les |all the |tous les )?{_GK_hate11} s? (?:fault|faute)(?![^ ])"
        rf"|{B}(?:the |les |tous les )?{_GK_hate11}(?: (?:have|ont|are|sont|already|deja|literally|totally|completely))? "
        rf"(?:ruined|ruin|ruining|destroyed|destroying|wrecked|wrecking|killed|are killing|ruine|detruit|pourri|ruinent|"
        rf"detruisent|pourrissent|font couler|ont fait couler|gachent|ont gache) {_PLACE_hate12}(?![^ ])",
    ),
    # a disclaimer then the claim: "no offence but indians smell", "i have nothing against gays but they
    # shouldn't adopt", « j'ai rien contre les homos mais faut pas qu'ils approchent mes enfants »
    (
        "group_disclaimer_hate12",
        ws(
            "offence offense racist racism raciste homophobe homophobic sexist sexiste transphobic transphobe "
            "nothing rien respect vexer offenser mechant funny friends amis potes"
        ),
        rf"{B}{_DISCLAIM_hate12}(?: \S+){{0,4}} (?:but|mais|tho|though|however|cependant)(?: \S+){{0,10}} "
        rf"(?:{_GK_hate11}|they|them|those people|these people|ils|elles|ces gens|ces gens la|ceux la|those|these)"
        rf"(?: \S+){{0,6}} {_AFTER_DISCLAIM_hate12}(?![^ ])"
        rf"|{B}{_DISCLAIM_hate12}(?: \S+){{0,4}} (?:but|mais) (?:\S+ ){{0,3}}{_GK_hate11}(?: \S+){{0,3}} "
        rf"(?:{_VICE_hate12})(?![^ ])",
    ),
    # exclusion: "X have no business being in ranked", "refugees should not be let in", « on devrait interdire
    # l'entrée aux X », "ban X from entering the country", "keep X out of our schools"
    (
        "group_excluded_hate12",
        ws("business let allowed entree entrer acces interdire ban banned entering coming keep out belong"),
        rf"{B}{_GK_hate11}(?: \S+){{0,3}} (?:have no business|has no business|have no right to be|got no business|"
        rf"should not be let in|should not be let into|should never be let in|should not be allowed in|should not be allowed into|"
        rf"should not be allowed to come|should not be allowed to enter|should not be allowed to live|"
        rf"should not be allowed near|should not be allowed around|should be kept out|must be kept out|"
        rf"ne devraient pas avoir le droit d entrer|devraient pas avoir le droit d entrer|"
        rf"ne devraient pas avoir le droit de vivre|devraient pas avoir le droit de vivre|"
        rf"devraient pas pouvoir entrer|ne devraient pas pouvoir entrer|ne devraient pas etre admis|devraient pas etre admis|"
        rf"ne devraient pas etre acceptes|devraient pas etre acceptes|do not belong|does not belong|will never belong|"
        rf"n ont rien a faire|ont rien a faire|n ont rien a foutre|ont rien a foutre)(?![^ ])"
        rf"|{B}(?<!wanted to )(?<!wants to )(?<!tried to )(?<!trying to )(?<!plans to )(?<!plan to )(?<!want to )(?<!try to )"
        rf"(?<!voulait )(?<!veut )(?<!vouloir )(?:ban|banning|interdire|interdisez|interdisons|bannir|keep|kick|virer|virez)"
        rf"(?: (?:all|tous|toutes|every|les|the|des))? {_GK_hate11} (?:from entering|from coming|from coming in|"
        rf"from our country|from this country|from the country|from europe|from our schools|from our streets|out of our|"
        rf"out of this country|out of the country|out of europe|out of our schools|out of our neighbourhood|de france|"
        rf"du pays|d entrer|de venir|d europe|de nos ecoles|de nos rues|de notre pays|du territoire)(?![^ ])"
        rf"|{B}(?<!wanted to )(?<!wants to )(?<!want to )(?<!voulait )(?<!veut )(?<!vouloir )(?:interdire|interdisez|fermer|fermez|refuser|refusez) "
        rf"(?:l entree|l acces|les frontieres|nos frontieres|le territoire)(?: du pays| de la france| de l europe)? "
        rf"(?:aux|a tous les|a toutes les|a|des) {_GK_hate11}(?![^ ])",
    ),
    # "send them back": « renvoyez-les tous chez eux ces migrants », "they should all be deported", "X out"
    (
        "group_sent_back_hate12",
        ws(
            "send ship deport deported renvoyer expulser rentrent retournent repartent degagent rentrer retourner "
            "sent dehors out chez"
        ),
        rf"^(?!.*(?<![^ ])(?:i|me|my|myself|je|j|m|moi|mon|ma|mes)(?![^ ])).*(?<![^ ])"
        rf"(?:{_GK_hate11}(?: \S+){{0,10}} (?<!not )(?<!never )(?<!pas )(?<!wants to )(?<!want to )(?<!veulent )"
        rf"{_BACK_hate12}"
        rf"|(?<!wants to )(?<!want to )(?<!veulent )(?<!veut )(?<!wanted to )(?<!voulait ){_BACK_hate12}"
        rf"(?: \S+){{0,8}} (?:ces |those |these |the |les |all the |tous les |all )?{_GK_hate11}"
        rf"|(?:send|ship|deport|renvoyez|renvoyer|expulsez|expulser) (?:all |tous |every |les |the |all the |tous les )?"
        rf"{_GK_hate11} (?:back|home|chez eux|dans leur pays|au bled)"
        rf"|{_GK_hate11} (?:out|dehors)(?: (?:out|dehors|now|maintenant|of here|d ici))*$)(?![^ ])",
    ),
    # an illness called fake or laziness, its people fakers or told to get over it: « les malades de la fibro
    # sont des simulateurs », "adhd is just bad parenting", "depression isn't real, people just want attention",
    # « les gros n'ont qu'à arrêter de bouffer », « les autistes seraient mieux morts »
    (
        "illness_fake_hate12",
        ws(
            "fakers frauds malingerers scroungers skivers shirkers seekers whores queens hypochondriacs "
            "hypocondriaques imaginaires simulateurs simulatrices profiteurs profiteuses flanc comediens comediennes "
            "assistes flemmards feignasses faking real fake made exist existe hoax scam myth vraie vrai "
            "tete bidon pipeau laziness excuse fad trend parenting weakness attention flemme paresse "
            "faiblesse excuses mode caprice caprices eleves feignants faineants discipline upbringing "
            "qu just should morts mort dead"
        ),
        rf"{B}(?<!my )(?<!mon )(?<!ma )(?<!mes )(?<!our )(?<!nos )(?<!his )(?<!her )(?<!son )(?<!sa )"
        rf"{_GK_hate11}(?: \S+){{0,3}} (?:are|r|sont|c est|ce sont|they are|ils sont|elles sont|is|est)"
        rf"(?: (?:all|tous|toutes|just|juste|basically|only|que|des|de|mostly|majoritairement|la plupart|"
        rf"nothing but|a bunch of|une bande de|bande de))* {_FAKERS_hate12}(?![^ ])"
        rf"|{B}(?<!my )(?<!mon )(?<!ma )(?<!our )(?<!his )(?<!her )(?<!son )(?<!sa )(?<!ta )(?<!your )"
        rf"{_ILL_hate12} {_IS_NOT_REAL_hate12}(?: \S+){{0,10}} {_EXCUSE_hate12}(?![^ ])"
        rf"|{B}(?<!my )(?<!mon )(?<!ma )(?<!our )(?<!his )(?<!her )(?<!son )(?<!sa )(?<!ta )(?<!your )"
        rf"{_ILL_hate12} (?:is|c est|est|it is|are|sont)(?: (?:just|juste|only|que|basically|literally|"
        rf"simply|simplement|all|tout|mostly))+ {_JUST_IS_hate12}(?![^ ])"
        rf"|{B}{_GK_hate11}(?: (?:ils|elles|they))? (?:n ont qu a|ont qu a|should just|need to just|just need to|"
        rf"should all just|faut qu ils|faudrait qu ils|devraient juste|doivent juste|n avaient qu a|avaient qu a)"
        rf"(?: just| juste| all| tous| toutes)? {_GETOVER_hate12}(?![^ ])"
        rf"|^(?!.*(?<![^ ])(?:me|moi|myself|i|je|j|we|nous|us|on)(?![^ ])).*(?<![^ ]){_GK_hate11}(?: \S+){{0,3}} "
        rf"(?:seraient mieux morts|seraient mieux mortes|seraient mieux sous terre|would be better off dead|"
        rf"are better off dead|sont mieux morts|would be better dead|should be put down|should be put to sleep|"
        rf"devraient etre euthanasies|faudrait les euthanasier|faut les euthanasier|should be euthanised|"
        rf"should be euthanized)(?![^ ])",
    ),
    # a joke about a group with a vice in the punchline: "what do you call a X …", « c'est l'histoire d'un X
    # qui vole un vélo », « comment on reconnaît un sourd … ? c'est celui qui sert à rien »; "jokes about X are
    # the best"
    (
        "group_joke_hate12",
        ws(
            "call difference recognise recognize tell histoire blague blagues reconnait reconnaitre jokes joke"
        ),
        rf"{B}(?:what do you call|what do u call|how do you (?:recognise|recognize|know|spot|tell)|how can you tell|"
        rf"how many|what is the difference between|whats the difference between|why did the|comment (?:on )?"
        rf"(?:reconnait|reconnaitre|tu reconnais|vous reconnaissez|savoir)|comment reconnaitre|quelle est la difference "
        rf"entre|quelle difference entre|c est l histoire d|c est l histoire de|tu connais la blague (?:du|de la|"
        rf"de l|des|sur les)|blague|joke)(?: \S+){{0,3}} {_GK_hate11}(?: \S+){{0,14}} (?:{_VICE_hate12}|pleonasme|"
        rf"comme dans la vraie vie|like in real life|just like irl|ils ont l habitude|they are used to it|count the money|"
        rf"compter l argent|compte l argent|your stuff is gone|your bike is gone|your wallet is gone|your wallet|ton velo|ton portefeuille|tes affaires|"
        rf"a suspect|un suspect|none they|aucun ils)(?![^ ])",
    ),
    # the same joke of one member standing for the group ("how do you know an immigrant has been in your
    # house", « comment on reconnaît un roumain … »), read whether or not a plural group is named
    (
        "group_joke_one_hate12",
        ws(
            "call difference recognise recognize tell histoire blague blagues reconnait reconnaitre jokes joke"
        ),
        rf"{B}(?:what do you call|what do u call|how do you (?:recognise|recognize|know|spot|tell)|how can you tell|"
        rf"what is the difference between|whats the difference between|comment (?:on )?(?:reconnait|reconnaitre|"
        rf"tu reconnais|vous reconnaissez|savoir)|comment reconnaitre|quelle est la difference entre|c est l histoire d|"
        rf"tu connais la blague (?:du|de la|de l))(?: \S+){{0,3}} (?:a|an|un|une|one) {_ONE8}(?: \S+){{0,14}} "
        rf"(?:{_VICE_hate12}|pleonasme|comme dans la vraie vie|like in real life|ils ont l habitude|count the money|"
        rf"compter l argent|your stuff is gone|your bike is gone|your wallet is gone|your wallet|ton velo|"
        rf"ton portefeuille|tes affaires|a suspect|un suspect)(?![^ ])",
    ),
    # a vice said of all of a group: "muslims all support terrorism", « les immigrés vivent tous des aides »
    (
        "group_all_vice_hate12",
        ws("all tous toutes"),
        rf"{B}{_GK_hate11}(?: (?:ils|elles|they))? (?:all|tous|toutes|every one of them|each of them) "
        rf"(?:support terror|support terrorism|support terrorists|are terrorists|steal|lie|cheat|scam|rape|live off|"
        rf"live on benefits|sponge|abuse the system|hate us|hate this country|want to replace us|sell drugs|"
        rf"beat their wives|breed like|volent|mentent|trichent|arnaquent|violent|vivent des aides|vivent des allocs|"
        rf"vivent aux crochets|profitent|nous detestent|nous haissent|veulent nous remplacer|dealent|battent leurs femmes|"
        rf"soutiennent le terrorisme|sont terroristes|se reproduisent comme)(?![^ ])"
        rf"|{B}{_GK_hate11} (?:support terrorism|steal|lie|cheat|scam|live off benefits|live on benefits|abuse the system|"
        rf"hate us|volent|mentent|trichent|arnaquent|vivent des aides|vivent des allocs|profitent des aides|"
        rf"profitent du systeme|nous detestent|dealent) (?:all|tous|toutes|all of them|tous autant qu ils sont)(?![^ ])"
        rf"|{B}{_GK_hate11}(?: (?:ils|elles|they))? (?:vivent|vivre|live|profitent|profiter|sponge|leech)(?: all| tous| toutes)? "
        rf"(?:des aides|des allocs|du rsa|aux crochets|de nos impots|du systeme|off benefits|on benefits|off the state|"
        rf"off us|off our taxes|on handouts|off the taxpayer)(?: \S+)? (?:all|tous|toutes|all of them)(?![^ ])"
        rf"|{B}{_GK_hate11}(?: (?:ils|elles|they))? (?:vivent|vivre|live|profitent|profiter|sponge|leech) (?:all|tous|toutes) "
        rf"(?:des aides|des allocs|du rsa|aux crochets|de nos impots|du systeme|off benefits|on benefits|off the state|"
        rf"off us|off our taxes|on handouts|off the taxpayer)(?![^ ])",
    ),
]
# hate12's guards, read for every row registered with ``_register_hate_rows``: said by others, a kind group,
# refuted, a behaviour, "not all of them", rebutted in the same message
_GUARDS_hate12: tuple[re.Pattern[str], ...] = (
    NOT_SAID_hate9,
    KIND_GROUP_hate9,
    REFUTE_hate11,
    _BEHAVE_hate11,
    REFUTED_hate10,
    NOT_ALL_OF_THEM,
    REBUT_hate12,
)


def _register_hate_rows(
    rows: list[tuple[str, frozenset[str], str]],
    extra_guards: dict[str, tuple[re.Pattern[str], ...]],
) -> None:
    """Turn hate rows (cue, anchors, body) into rules: ``HATE_RULES`` gets each row compiled by
    ``_split_hate11`` (cheap slot, then the named-group slot), ``ANCHORS`` gets the rows' anchors, and each cue
    is read with hate12's guards (``_GUARDS_hate12``), followed by ``extra_guards[cue]`` when the row needs
    more. A row's guards can still be set apart afterwards (``GUARDS_HATE8[cue] = ...``)."""
    global HATE_RULES, ANCHORS
    HATE_RULES += _split_hate11(rows)
    ANCHORS = ANCHORS | frozenset().union(*(anchors for _cue, anchors, _body in rows))
    GUARDS_HATE8.update({cue: (*_GUARDS_hate12, *extra_guards.get(cue, ())) for cue, _a, _b in rows})


# a question about a group or a group blamed can show the group harmed ("why are X always targeted"): quiet
_register_hate_rows(
    _ROWS_hate12,
    {"group_asked_hate12": (VICTIM_hate12,), "group_blamed_hate12": (VICTIM_hate12,)},
)
# a disclaimer names the hate it denies ("i'm not racist but"): not quiet for that word, as hate11's
GUARDS_HATE8["group_disclaimer_hate12"] = (KIND_GROUP_hate9, REFUTE_hate11, _BEHAVE_hate11, NOT_ALL_OF_THEM)
# a joke is told as a story (« c'est l'histoire d'un … »): hate10's history guard is not a history lesson here
# and « faire un régime » is a diet, not a regime told as history
for _cue_hate12 in ("group_joke_hate12", "group_joke_one_hate12", "illness_fake_hate12"):
    GUARDS_HATE8[_cue_hate12] = tuple(g for g in GUARDS_HATE8[_cue_hate12] if g is not REFUTED_hate10)
# --------------------------------------------------------------------------------------------------------
# threat12 (round 56, threat helper 12): threats read by structure.
# * a first person, a harm verb and the reader's body part ("i will break your jaw", « je vais te péter la
#   mâchoire »), or a weapon or a crew brought to the reader's home ("i'ma bring my shotgun to your trailer");
# * a meeting promised with a menace tag (« on va se croiser bientôt, prépare-toi », "see you at the meetup
#   … you'll regret it"), what awaits the reader at a place (« ce qui t'attend à la sortie »);
# * a self-harm method told to the reader with a dismissal ("take all your pills and be done with it", « jte
#   conseille de te tirer une balle »), the "kindest thing you could do" being to die, "you should have died …
#   it's not too late";
# * the reader's employer, insurer, family or benefits office told, with a deadline or a condition ("you have
#   three days … then i contact your employer", « sinon ta daronne reçoit les captures »), a benefits office
#   that "would learn" the reader's secret;
# * the reader's private things posted on a condition ("keep reporting and i'll post the nudes"), everyone at
#   the reader's place made to know, the post with the address "going up today or tomorrow", private things
#   held with "be nice to me";
# * the reader's kin placed at work or school, greeted "for now"; the reader's kin pictured somewhere with
#   "same time tomorrow?"; "i know someone at the hospital where you …" with a word to the wise.
# Quiet: records broken, hearts broken, game moves, lifts and visits, meet-ups with a game, medicine advice,
# the author's own crisis, kind news passed on, kin greeted kindly, threats received and reported.
# --------------------------------------------------------------------------------------------------------
_I_WILL_threat12 = (
    r"(?:i ma|ima|imma|(?:i|we)(?: (?:will|would|am|are|shall|swear|really|just|literally|seriously|personally|"
    r"m|ll|going to|gonna|about to|finna|bout to|am going to|will personally|promise|swear to god))+)"
)
_JE_VAIS_threat12 = r"(?:je|j|on|jvais|jv)(?: (?:vais|va|te jure|jure|vous jure|promets))*"
_BODY_threat12 = (
    r"(?:jaw|jaws|teeth|tooth|nose|ribs|knees|kneecaps|kneecap|skull|legs|leg|arms|arm|fingers|hands|spine|"
    r"neck|face|head|wrists|ankles|collarbone|eye socket|eyes)"
)
_CORPS_threat12 = (
    r"(?:machoire|dents|nez|cotes|genoux|rotules|crane|jambes|jambe|bras|doigts|mains|colonne|nuque|cou|"
    r"gueule|tete|poignets|chevilles|yeux|arcade)"
)
_HOME_threat12 = (
    r"(?:house|home|place|door|doorstep|trailer|flat|apartment|work|job|office|school|car|porch|yard|driveway|"
    r"street|window)"
)
_CHEZ_threat12 = (
    r"(?:porte|maison|appart|appartement|taf|boulot|travail|ecole|bagnole|voiture|rue|fenetre|immeuble)"
)
_GAMEPLACE_threat12 = (
    r"(?!.*(?<![^ ])(?:game|match|ranked|round|raid|arena|lobby|map|ult|combo|boss|partie|donjon|manche|pvp|"
    r"duel|tournament|tournoi|scrim|fortnite|league|valorant|smash|tekken|mario ?kart|chess|echecs|uno|record|"
    r"heart|coeur|streak|spell|build|deck|foot|football|soccer|futsal|basket|rugby|training|entrainement|lol|lmao|"
    r"mdr|ptdr|jk|haha|xd|jpp)(?![^ ]))"
)
_OUT_threat12 = (
    r"(?:already|deja|and be done with it|and spare us|et on en parle plus|et qu on en parle plus|on en parle plus|"
    r"nobody will miss you|no one will miss you|"
    r"personne te regrettera|personne ne te regrettera|personne va te regretter|do us a favour|do us a favor|"
    r"do everyone a favour|do everyone a favor|rends nous service|rends service a tout le monde|the world has enough|"
    r"le monde a assez|what everyone thinks|ce que tout le monde pense|c est tout ce que tu merites|it s all you deserve|"
    r"it is all you deserve|you deserve it|tu le merites|i mean it|je suis serieux|je suis serieuse|for real|"
    r"not joking|je rigole pas|sans rire|seriously|serieux|please|stp|svp|s il te plait|s il vous plait|ca ira plus vite que ta maladie|plus vite que ta maladie|"
    r"faster than your illness|faster than your disease|nobody cares|tout le monde s en fout)"
)
_LEVER_threat12 = (
    r"(?:sinon|or else|otherwise|unless|a moins que|if you|si tu|si vous|if u|keep|continue|continuez|encore une fois|"
    r"one more|un mot de plus|you have \S+ (?:hours|days|minutes|hrs|h|jours|heures)|t as \S+ (?:h|heures|jours)|"
    r"vous avez \S+ (?:heures|jours|h)|tu as \S+ (?:heures|jours|h)|apres ca|apres|after that|then|be nice|"
    r"sois gentil|sois gentille|soyez gentil|behave|tiens toi tranquille|quitte|quitter|leave the server|"
    r"delete|supprime|supprimer|last chance|derniere chance|j ai tout note|i wrote it all down|i ve noted|"
    r"i have noted everything|i have it all|j ai tout|your choice|ton choix|a toi de voir|up to you)"
)
_TOLD_threat12 = (
    r"(?:employer|employeur|boss|patron|patronne|manager|hr|rh|work|job|taf|boulot|mutuelle|insurer|insurance|"
    r"assurance|ex|ex husband|ex wife|ex mari|ex femme|wife|husband|femme|mari|mother|mom|mum|mere|daronne|"
    r"father|dad|pere|daron|parents|family|famille|church|eglise|mosque|mosquee|school|ecole|fac|uni|landlord|"
    r"proprio|bailleur|caf|pole emploi|france travail|dwp|jobcentre|benefits|social services|services sociaux|"
    r"colleagues|collegues|kids|enfants|sister|brother|soeur|frere|pastor|pasteur|imam|doctor|medecin|"
    r"neighbours|neighbors|voisins)"
)
_INTIMATE_threat12 = (
    r"(?:nudes|nude|nude pics|nude photos|nudes you sent|nudes u sent|pics you sent|pics u sent|photos you sent|"
    r"address|adresse|diagnosis|diagnostic|medical records|dossiers medicaux|dossier medical|records|hiv status|"
    r"statut|real name|vrai nom|full name|nom complet|nhs number|numero de secu|captures|screenshots|screens|dms|"
    r"mps|messages prives|private messages|therapy notes|hospital letter|lettre de l hopital|photos|photo|pics|"
    r"videos|video|sextape|sex tape)"
)
_KIN_threat12 = (
    r"(?:daughter|son|kid|kids|children|child|sister|brother|little sister|little brother|mum|mom|mother|dad|"
    r"father|wife|husband|girlfriend|boyfriend|gf|bf|fille|fils|gosse|gosses|enfants|petit frere|petite soeur|"
    r"soeur|frere|mere|pere|daronne|daron|copine|copain|meuf|femme|mari|grand mere|grandma|nan|nana|gran)"
)
# a kind purpose for telling someone's employer or family: thanks, a certificate, a lift, a present
_KIND_threat9_threat12 = (
    r"(?!.*(?<![^ ])(?:thank|thanks|merci|remercier|feliciter|congratulate|congrats|attestation|certificate|"
    r"reference|references|sick note|arret de travail|appointment|rdv|rendez vous|pick you up|te chercher|"
    r"surprise|birthday|anniversaire|cadeau|gift|flowers|fleurs|proud|fier|fiere|worried about you|"
    r"inquiet pour toi|inquiete pour toi)(?![^ ]))"
)
# kind purposes beside threat11's: a class, a meal, a fan page, pride
_KIND_threat12 = (
    r"(?!.*(?<![^ ])(?:cooking|cuisine|class|cours|recipe|recette|bbq|barbecue|camping|fishing|peche|repair|fix|"
    r"reparer|fan|fans|art|fanart|proud|fier|fiere|compliment|compliments|congrats|bravo)(?![^ ]))"
)
_RAW_THREAT12: list[tuple[AbuseKind, str, str, str | None, bool, str]] = [
    # A first person, a harm verb and the reader's body part: "respectfully, i will break your jaw", « je vais
    # te péter la mâchoire ». Records, hearts, streaks and game moves are not bodies.
    (
        _T,
        "break_your_body_threat12",
        "jaw jaws teeth tooth nose ribs knees kneecaps kneecap skull legs leg arms arm fingers hands spine neck "
        "face head wrists ankles collarbone eyes machoire dents cotes genoux rotules crane jambes jambe "
        "doigts mains nuque gueule tete poignets chevilles arcade",
        "break snap smash bust crack shatter rearrange fracture knock cave kick punch stomp rip bash split "
        "peter pete casser casse briser brise exploser explose defoncer defonce eclater eclate fracasser "
        "fracasse arracher arrache peterai casserai briserai exploserai defoncerai eclaterai",
        False,
        rf"^{_GAMEPLACE_threat12}(?:.* )?(?:{_I_WILL_threat12} (?:\S+ )?(?:break|snap|smash|bust|crack|shatter|"
        rf"rearrange|fracture|knock out|cave in|kick in|punch in|stomp on|rip off|bash in|split|knock) "
        rf"(?:your|ur|yer|yo) (?:\S+ )?{_BODY_threat12}"
        rf"|{_JE_VAIS_threat12} (?:te|t|vous) (?:peter|pete|casser|casse|briser|brise|exploser|explose|defoncer|"
        rf"defonce|eclater|eclate|fracasser|fracasse|arracher|arrache|peterai|casserai|briserai|exploserai|"
        rf"defoncerai|eclaterai) (?:la|le|les|l) {_CORPS_threat12}){E}",
    ),
    # A weapon or a crew brought to the reader's home: "y'all keep running your mouth and i'ma bring daddy's
    # shotgun to your trailer", « la prochaine jte ramène mes cousins à ta porte ».
    (
        _T,
        "brought_to_your_home_threat12",
        "shotgun gun guns rifle pistol glock knife machete bat crowbar cousins boys crew gang mates lads potes "
        "freres gars reufs flingue couteau batte machette fusil kalash",
        "house home place door doorstep trailer flat apartment work job office school car porch yard driveway "
        "street window porte maison appart appartement taf boulot travail ecole bagnole voiture rue fenetre "
        "immeuble chez",
        False,
        rf"^{_KIND_threat11}{_KIND_threat12}(?:.* )?(?:(?:{_I_WILL_threat12}|i|we) (?:bring|bringing|take|taking|send|sending|"
        rf"show up with|come with|come round with|pull up with|roll up with) (?:\S+ ){{0,2}}(?:shotgun|gun|guns|"
        rf"rifle|pistol|glock|knife|machete|bat|crowbar|cousins|boys|crew|gang|mates|lads|brothers)"
        rf"(?: \S+){{0,2}} (?:to|at|round|over to|outside) (?:your|ur|yer|yo) (?:\S+ )?{_HOME_threat12}"
        rf"|{_JE_VAIS_threat12}(?: te| t)? (?:ramene|ramener|ramenerai|amene|amener|amenerai|emmene|emmener|"
        rf"envoie|envoyer|enverrai|debarque|debarquer|debarquerai|viens|venir|viendrai|passe|passer|passerai)"
        rf" (?:\S+ ){{0,2}}(?:avec )?(?:mes |les |des |un |une |le |la |mon |ma )?(?:cousins|potes|freres|gars|"
        rf"reufs|flingue|couteau|batte|machette|fusil|kalash|gang|equipe)(?: \S+){{0,2}} (?:a|devant|chez|sous)"
        rf" (?:ta|ton|tes|toi|votre|vous)(?: {_CHEZ_threat12})?){E}",
    ),
    # A meeting promised with a menace tag: « on va se croiser bientôt, prépare-toi », « attends qu'on se
    # croise à port-au-prince, tu vas comprendre ta douleur », "when i run into you, you'll regret it"; what
    # awaits the reader at a place (« tu verras bien ce qui t'attend à la sortie du centre jeudi »).
    (
        _T,
        "meeting_menace_threat12",
        "croiser croise croisera croiserons regret regretter regretteras comprendras attend awaits douleur "
        "brace",
        "prepare pret prete comprendre comprendras regretter regretteras regret souffrir morfler prendre sentir "
        "brace yourself understand learn feel sortie outside exit parking sortant leave after apres devant",
        False,
        rf"^{_KIND_threat11}(?:.* )?(?:(?:on va se croiser|on se croisera|qu on se croise|quand on se croisera|"
        rf"quand on se croise|on va se voir|on se verra|quand je te croise|quand je te croiserai|si je te croise|"
        rf"when we meet|when we run into each other|when i run into you|when i bump into you|next time we meet|"
        rf"when i see you|next time i see you|we will meet|we are going to meet|we will run into each other)"
        rf"(?: \S+){{0,6}} (?:prepare toi|prepare toi bien|tiens toi pret|tiens toi prete|tu vas comprendre|"
        rf"tu comprendras|tu vas le regretter|tu le regretteras|tu vas souffrir|you will regret it|you will regret|"
        rf"you are going to regret|brace yourself|prepare yourself|you will understand|you will learn|"
        rf"you will feel it|tu vas sentir|tu vas morfler|tu vas prendre)(?! (?:a|to|for|pour|de|the|la|le|les|"
        rf"une|un|a|an|mon|my|ma|our|notre|ton|your|un cafe|a coffee|the match|la partie|the game)(?![^ ]))"
        rf"|(?:tu verras|tu vas voir|you will see|you ll see)(?: bien)? (?:ce qui t attend|ce qui vous attend|"
        rf"what is waiting for you|what awaits you|what is coming for you)(?: \S+){{0,3}} (?:a la sortie|"
        rf"devant|outside|at the exit|after|apres|en sortant|when you leave|when you come out|au parking|"
        rf"in the parking|in the car park)"
        rf"|(?:attends|attendez|wait) (?:qu on se croise|que je te croise|till i see you|until i see you|"
        rf"till we meet|until we meet|que je te chope|till i catch you|until i catch you)(?: \S+){{0,6}} "
        rf"(?:tu vas|you will|you are going to|you re gonna|tu vas voir|you will see|tu vas comprendre)){E}",
    ),
    # A self-harm method told to the reader, with a dismissal: "take all your pills at once and be done with
    # it", « jte conseille de te tirer une balle, ça ira plus vite que ta maladie », "go play on the tracks, do us
    # a favour", "just end it already, the world has enough whiners". Advice with no dismissal is not this.
    (
        _T,
        "method_told_threat12",
        "pills pilules cachets medocs overdose od balle bridge pont rails tracks train roof toit end finir motorway "
        "highway freeway "
        "rope corde pendre hang noyer drown jump saute sauter",
        "already deja done spare parle miss regrettera favour favor service enough assez thinks pense merites "
        "deserve mean serieux serieuse real joking rigole rire seriously please plait maladie cares fout stp svp",
        False,
        rf"^(?!.*(?<![^ ])(?:i|me|my|myself|je|j|moi|mon|ma|mes|m)(?![^ ])(?! (?:te conseille|vous conseille|"
        rf"mean it|am serious|am not joking|suis serieux|suis serieuse|rigole pas)(?![^ ])))"
        rf"(?=.*{B}{_OUT_threat12}{E})(?:.* )?(?:(?:take|swallow|down|neck) (?:all|every one of) "
        rf"(?:your|ur|yer|the|them|those) (?:\S+ )?(?:pills|meds|tablets)(?: at once| in one go| in one)?"
        rf"|(?:prends|avale|avales|gobe|bouffe) (?:toutes|tous) (?:tes|les|vos|ces) (?:\S+ )?(?:pilules|cachets|"
        rf"medocs|medicaments|comprimes)(?: d un coup| en une fois| d un seul coup)?"
        rf"|(?:just |go |you should |u should |you could |the best thing you could do is |do us a favour and |"
        rf"do us a favor and )?(?:overdose|od|o d) (?:already|now|tonight|and|on your)"
        rf"|(?:je te conseille|j te conseille|jte conseille|tu devrais|tu ferais mieux|vous devriez|va|vas y) "
        rf"(?:de |d )?(?:te tirer une balle|te pendre|te jeter (?:d un pont|du toit|sous un train|sous le train)|"
        rf"sauter (?:d un pont|du toit|sous un train)|faire un tour sur les rails|t allonger sur les rails|"
        rf"te noyer)"
        rf"|(?:fais|va faire|allez faire) un (?:tour|petit tour) sur les (?:rails|voies)"
        rf"|(?:go play|go for a walk|go take a walk|go lie down|go nap) on the (?:tracks|train tracks|railway|"
        rf"motorway|highway|freeway)"
        rf"|(?:take|go take|go for) a long walk off a short (?:bridge|pier|cliff|roof)"
        rf"|(?:just|go|pls|please|plz) end it(?: all)?(?: already| now| tonight)?"
        rf"|(?:go|just) (?:hang|drown|shoot) yourself)(?![^ ])",
    ),
    # Death told to the reader as the kindest thing they could do, or as what should have happened: "the
    # kindest thing you could do for your carers is to overdose", « t'aurais dû mourir à la naissance, c'est
    # pas trop tard », "you should have died on that machine, next session maybe someone unplugs it".
    (
        _T,
        "death_owed_threat12",
        "kindest nicest died die overdose mourir crever creve",
        "overdose od die mourir crever disparaitre kill tuer suicider late tard session naissance birth "
        "unplugs unplug debranche debrancher next prochaine merites meritez deserve",
        False,
        rf"{B}(?:(?:the )?(?:kindest|best|nicest|most useful|only decent|most generous) thing (?:you|u) "
        rf"(?:could|can|would|should) (?:ever )?do(?: \S+){{0,4}} (?:is|would be) (?:to )?(?:overdose|od|die|"
        rf"kill yourself|end it|end your life|disappear for good|not wake up)"
        rf"|la (?:meilleure|plus gentille|seule) chose (?:que|qu) (?:tu|vous) (?:puisses|pourrais|puissiez|"
        rf"pourriez) faire(?: \S+){{0,4}} (?:c est|ce serait|serait) (?:de |d )?(?:crever|mourir|te suicider|"
        rf"disparaitre|te tuer|faire une overdose)"
        rf"|(?:you|u) (?:should|shoulda|should of|ought to) (?:have |of )?died(?: \S+){{0,8}} (?:next session|"
        rf"next time|not too late|still time|maybe someone|someone (?:should|could|might)|unplugs|unplug|"
        rf"finish the job|it is not too late|there is still time)"
        rf"|(?:t aurais|tu aurais|vous auriez) (?:du|pu) (?:mourir|crever|y rester|creve)(?: \S+){{0,8}} "
        rf"(?:c est pas trop tard|c est jamais trop tard|il est pas trop tard|il n est pas trop tard|"
        rf"il est encore temps|y a encore le temps|la prochaine fois|la prochaine seance|quelqu un debranche|"
        rf"on debranche)"
        rf"|(?:creve|crever|die|meurs|drop dead)(?: \S+){{0,4}} (?:c est tout ce que tu merites|c est tout ce que "
        rf"vous meritez|it is all you deserve|that is all you deserve|you deserve it|tu le merites))(?![^ ])",
    ),
    # The reader's employer, insurer, family or a benefits office told, with a deadline or a condition: "you
    # have three days to leave. then i contact your employer and your ex", « t'as 24h pour rendre le skin sinon
    # ta daronne reçoit les captures », « ça serait dommage que la CAF apprenne que tu bosses au black ».
    (
        _E,
        "told_on_lever_threat12",
        "contact contacte contacterai contacter call appelle appellerai email mail ecris tell inform "
        "previens previendrai signale signalerai recoit recevra gets receives apprenne apprendrait learn "
        "learns find",
        "employer employeur boss patron patronne manager hr rh work job taf boulot mutuelle insurer insurance "
        "assurance ex wife husband femme mari mother mom mum mere daronne father dad pere daron parents family "
        "famille church eglise mosque mosquee school ecole fac uni landlord proprio bailleur caf emploi travail "
        "dwp jobcentre benefits social sociaux colleagues collegues kids enfants sister brother soeur frere "
        "pastor pasteur imam doctor medecin neighbours neighbors voisins",
        False,
        rf"^(?=.*{B}{_LEVER_threat12}{E}){_KIND_threat9_threat12}(?:.* )?(?:"
        rf"(?:{_I_WILL_threat12}|i|we) (?:contact|call|email|mail|write to|tell|inform|message|ring|phone)"
        rf" (?:your|ur|yer) (?:\S+ )?{_TOLD_threat12}"
        rf"|{_JE_VAIS_threat12}(?: (?:vais|va))? (?:contacte|contacterai|contacter|appelle|appellerai|appeler|"
        rf"ecris a|ecrirai a|ecrire a|previens|previendrai|prevenir|signale a|signalerai a|balance a|balancerai a)"
        rf" (?:ton|ta|tes|votre|vos|la|le|l) (?:\S+ )?{_TOLD_threat12}"
        rf"|(?:ton|ta|tes|votre|vos|your|ur) (?:\S+ )?{_TOLD_threat12} (?:recoit|recevra|recoivent|recevront|"
        rf"gets|get|will get|receives|will receive|sees|will see|verra|verront|apprend|apprendra) (?:les|tes|vos|"
        rf"the|your|ur|all|tout|toutes|tous|everything)(?: \S+)? (?:captures|screens|screenshots|photos|pics|dms|"
        rf"mps|messages|videos|nudes|everything|tout|details|preuves|proof)){E}",
    ),
    # The author outside the reader's home, and the police no use: "i'll be outside your house friday night.
    # don't bother calling the cops", « je serai devant chez toi ce soir, appelle pas les flics ».
    (
        _T,
        "police_no_use_threat12",
        "cops police flics keufs 911 999 feds",
        None,
        False,
        rf"{B}(?:{_I_WILL_threat12}|i|we) (?:be|wait|waiting|come|show up|turn up|pull up)(?: \S+){{0,2}} "
        rf"(?:outside|at|near|round|in front of|by|to) (?:your|ur|yer) (?:\S+ )?{_HOME_threat12}(?: \S+){{0,10}} "
        rf"(?:do not|dont|no point|no use|pointless|there is no point|not worth)(?: \S+)? (?:calling|call|ringing|"
        rf"phoning) (?:the )?(?:cops|police|911|999|feds){E}"
        rf"|{B}(?:je|j|on)(?: (?:vais|va))? (?:serai|sera|serons|passerai|viendrai|attendrai|attendrons|etre|"
        rf"passer|venir|t attendre|t attendrai) (?:devant chez toi|chez toi|devant ta porte|a ta porte|sous ta "
        rf"fenetre|en bas de chez toi|devant ton taf)(?: \S+){{0,10}} (?:appelle pas|n appelle pas|pas la peine "
        rf"d appeler|ca sert a rien d appeler|inutile d appeler) (?:les flics|la police|les keufs|le 17){E}",
    ),
    # A benefits office, the tax office or the reader's employer that "would learn" the reader's secret, said as a
    # pity: « ça serait dommage que la CAF apprenne que tu bosses au black », "shame if the dwp found out
    # about your cash jobs".
    (
        _E,
        "authority_learns_threat12",
        "apprenne apprennent apprenait apprendrait learns learned decouvre decouvrent decouvrait found finds",
        "caf emploi travail impots urssaf secu dwp jobcentre benefits council irs prefecture employeur employer "
        "boss patron",
        False,
        rf"{B}(?:dommage|shame|pity) (?:que|qu|if|si) (?:la |le |l |les |your |ton |ta |the )?(?:caf|pole emploi|"
        rf"france travail|impots|urssaf|secu|dwp|jobcentre|benefits office|council|irs|prefecture|employeur|"
        rf"employer|boss|patron) (?:apprenne|apprennent|apprend|apprenait|learns|learned|found out|finds out|"
        rf"knew|savait|sache|decouvre|decouvrent|decouvrait) (?:que|qu|that|about){E}",
    ),
    # The reader's private things posted on a condition, made known to everyone at the reader's place, the
    # post with the address "going up today or tomorrow", private things held with "be nice to me": "keep
    # reporting my clips and i'll post the nudes u sent me", "i'll make sure everyone at your church knows
    # about the surgery", « une fois sur twitter avec ton nom ça va faire du bruit ».
    (
        _E,
        "private_spread_threat12",
        "post poste posterai publie publierai leak balance balancerai share partage send envoie knows "
        "saura sait sauront sache sachent apprendra nudes nude screenshots captures dms mps address adresse "
        "diagnosis diagnostic records letter lettre",
        "nudes nude pics photos photo captures screenshots screens dms mps address adresse diagnosis "
        "diagnostic records dossier surgery operation chirurgie letter lettre name nom number numero videos "
        "video knows know saura sait sauront apprendra bruit",
        False,
        rf"^{_KIND_threat11}{_KIND_threat12}(?:.* )?(?:"
        rf"(?:keep|continue|one more|report me|if you report|if u report|encore un|si tu me|si tu continues)"
        rf"(?: \S+){{0,6}} (?:and|et|then|alors)(?: (?:i|je|j))? (?:will |ll |vais |am going to |gonna )?"
        rf"(?:post|leak|share|send|publish|dump|poste|posterai|publie|publierai|balance|balancerai|partage|"
        rf"partagerai|envoie|enverrai)(?: \S+){{0,2}} (?:the |your |ur |tes |les |ta |ton )?(?:\S+ )?"
        rf"{_INTIMATE_threat12}"
        rf"|(?:{_I_WILL_threat12}|i) (?:make sure|see to it|ensure)(?: that)? (?:everyone|everybody|all|the whole)"
        rf"(?: \S+){{0,3}} (?:at|in|from|of) (?:your|ur) (?:\S+ ){{0,2}}(?:knows|hears|learns|finds out|sees) "
        rf"(?:about|what you|that you|your|ur)"
        rf"|(?:je|j) (?:vais |veillerai a ce que |ferai en sorte que )?(?:m assurer que |faire en sorte que )?"
        rf"(?:tout le monde|tous|toute la|tout le) (?:\S+ ){{0,3}}(?:a|de|dans) (?:ton|ta|tes|votre) (?:\S+ )?"
        rf"(?:sache|saura|sachent|apprenne|apprendra)"
        rf"|(?:post|thread|video|message|tweet|doc) (?:with|about) (?:your|ur) (?:\S+ )?(?:address|adresse|"
        rf"real name|diagnosis|nudes|photos|face|workplace|records)(?: \S+){{0,3}} (?:to )?(?:go up|go live|"
        rf"go out|drop|come out|be posted)(?: \S+){{0,2}} (?:today|tomorrow|tonight|now|later|this week)"
        rf"|(?:une fois|once (?:it s|it is|they are|theyre)?) (?:sur|on) (?:twitter|x|insta|instagram|"
        rf"facebook|fb|tiktok|reddit|le serveur|the server|general|internet) (?:avec|with) (?:ton|ta|your|ur) "
        rf"(?:nom|name|adresse|address|tronche|face|photo)(?: \S+){{0,4}} (?:ca va faire du bruit|ca va faire "
        rf"parler|that will make noise|that will get attention|everyone will see|tout le monde verra)"
        rf"|(?:i|je|j|we) (?:have|got|still have|kept|saved|ai|ai garde|ai recupere|ai toujours)(?: \S+){{0,3}} "
        rf"(?:{_INTIMATE_threat12}|letter|lettre)(?: \S+){{0,24}} (?:be nice to me|sois gentil avec moi|"
        rf"sois gentille avec moi|soyez gentil avec moi|be nice now|tiens toi tranquille|"
        rf"careful what you say|fais gaffe a ce que tu dis|watch what you say|you know what to do|tu sais ce que "
        rf"tu as a faire|play nice)){E}",
    ),
    # The reader's kin placed at work or at school and greeted "for now", or pictured somewhere this morning
    # with "same time tomorrow?": "your sister still works at the jollibee right? tell her i said hi. for now".
    (
        _T,
        "kin_watched_threat12",
        "daughter son kids children child sister brother mum mom mother dad father wife husband "
        "fille fils gosse gosses enfants soeur frere mere pere daronne daron femme mari "
        "grandma",
        "now instant moment tomorrow demain",
        False,
        rf"^{_KIND_threat11}(?:.* )?(?:{B}(?:your|ur|ta|ton|tes|votre) (?:\S+ )?{_KIN_threat12}"
        rf"(?: \S+){{0,10}} (?:tell (?:her|him|them) i said (?:hi|hello)|say hi (?:to (?:her|him|them) )?"
        rf"from me|dis lui (?:bonjour|coucou|salut)(?: de ma part)?|dis leur (?:bonjour|coucou|salut)"
        rf"(?: de ma part)?) (?:for now|pour l instant|pour le moment|while you can|tant que tu peux|"
        rf"while she can|while he can)"
        rf"|(?:photo|pic|picture|saw|seen|vu|spotted|croise)(?: \S+){{0,2}} (?:of )?(?:your|ur|ta|ton|tes|"
        rf"votre) (?:\S+ )?{_KIN_threat12}(?: \S+){{0,8}} (?:this morning|yesterday|today|tonight|last night|"
        rf"ce matin|hier|aujourd hui|ce soir)(?: \S+){{0,3}} (?:same time tomorrow|same place tomorrow|"
        rf"meme heure demain|demain meme heure|meme endroit demain|see you tomorrow then|a demain alors)){E}",
    ),
    # Someone the author knows at the reader's hospital or records, with a word to the wise: « je connais
    # l'hôpital où vous faites vos dialyses. il suffit d'un mot à la bonne personne », « vos dossiers médicaux
    # sont consultables par quelqu'un que je connais … je serais vous, je supprimerais ce message ».
    (
        _E,
        "word_to_the_wise_threat12",
        "hopital hospital dossiers dossier records clinique clinic dialyse dialyses dialysis mutuelle",
        "suffit takes serais were place reflechissez reflechis think",
        False,
        rf"^(?=.*{B}(?:je connais|j connais|i know|quelqu un que je connais|someone i know|a friend of mine|"
        rf"un ami a moi|une amie a moi)(?![^ ]))(?=.*{B}(?:hopital|hospital|dossiers|dossier|records|clinique|"
        rf"clinic|dialyse|dialyses|dialysis|pharmacie|pharmacy|mutuelle)(?![^ ]))(?:.* )?"
        rf"(?:(?:il suffit d un (?:mot|coup de fil|appel|mail)|it only takes one (?:word|call|email)|all it takes is "
        rf"one (?:word|call|email)|one (?:word|call)) (?:a|au|to) (?:la bonne personne|qui de droit|the right "
        rf"(?:person|people|ear)|la bonne oreille)"
        rf"|(?:je serais vous|si j etais vous|si j etais toi|a votre place|a ta place|if i were you|if i was you)"
        rf" (?:je|j|i|i would|i d)? ?(?:supprimerais|effacerais|retirerais|arreterais|ferais attention|delete|"
        rf"would delete|take|would take|would stop|stop|be careful|would be careful|watch)"
        rf"|(?:reflechissez|reflechis|think) (?:bien|carefully|twice|hard) (?:avant de|before)"
        rf"(?: \S+){{0,2}} (?:me signaler|signaler|me reporter|reporting me|report me|you report))(?![^ ])",
    ),
]
PHRASES = PHRASES + tuple(_compile_phrase(row) for row in _RAW_THREAT12)
ANCHORS = ANCHORS | frozenset().union(*(ws(row[2]) - _STOP for row in _RAW_THREAT12))
# --- insult13 (issue 11, rounds 4-60 tune misses): directed contempt with no insult noun, read by structure --------
# Each row holds the reader (a second-person word, a mention, "nice wheels" said to them) and a contempt
# predicate: the reader made "the human version of" a nuisance or "not a rival, a speed bump"; fresh regional
# nouns after "you're a" ("tosspot", "dropkick", "div", "patzer"); mock praise with its deflation ("congrats on
# being hardstuck", "brave choice … with that aim", « débile mais courageux », « on s'en fout mais merci »);
# the reader's words sent away ("did anyone ask", "tell it to someone who cares", "no one cares how many …");
# the reader's illness or aid mocked (an aid faster than the brain, seizures that "fried" the neurons, a stammer
# in voice, "imagine needing a wheelchair and still …", "funny how the MS only kicks in when …", « ça excuse
# tout », "does the wittle epileptic need …"); the game's flaw carried into life (« et pas que dans le jeu »,
# "🗑️ tier player, 🗑️ tier human", "the only thing tanking is your iq", "checkers is more your speed"); an idiom
# of dimness (« pas la lumière la plus brillante du sapin »), shame of existing, « t'es la pire de toutes »; and
# an insult noun left at the end of a second-person sentence as a vocative (« tu nous fais perdre 10 min,
# boulet »). Never the author about themself, never care ("sorry your mum never hugged you, that must hurt").
_AID_insult13 = (
    r"(?:wheelchair|wheels|chair|fauteuil|crutches|crutch|bequilles|cane|canne|walker|deambulateur|"
    r"hearing aid|appareil|oxygen tank|scooter|stick|rollator)"
)
_ILL_insult13 = (
    rf"(?:{_CONDITION_INSULT12}|epilepsie|epilepsy|ms|sep|maladie|illness|condition|depression|tdah|adhd|"
    r"autisme|autism|anxiete|anxiety|diabete|diabetes|migraines|fatigue|douleur|douleurs|pain|crises|seizures|"
    r"fits|tremor|tremors|tics|tourette)"
)
_BRAIN_insult13 = (
    r"(?:brain|brains|cerveau|neurone|neurones|iq|qi|brain cells|brain cell|braincell|braincells)"
)
_NICE_THING_insult13 = (
    "golden retriever|hug|hugs|sunshine|sunbeam|ray of sunshine|cinnamon roll|puppy|kitten|teddy bear|angel|"
    "blanket|warm blanket|cup of tea|cuppa|pillow|rainbow|calin|rayon de soleil|doudou|chaton|chiot|ange|"
    "legend|hero|heros|heroine|gem|treasure|blessing|star|boss|god|dieu|champ|champion|pro|beast|monster|machine"
)
# the vocative at the end: the lexicon's strong words and the weak ones that are only ever said to a person
_TAIL_insult13 = "|".join(
    sorted(
        (
            re.escape(w)
            for w in lex.STRONG_INSULT
            | ws(
                "boulet boulets minable minables bouffon bouffonne clown clowns tocard tocarde naze nazes loser "
                "losers noob noobs bozo dork dorks larbin larbins ingrat ingrate nul nulle incapable incapables "
                "melt numpty plonker wazzock drongo galah knobhead tosspot dropkick div patzer muppet pillock"
            )
            if " " not in w
        ),
        key=lambda w: (-len(w), w),
    )
)
# what keeps a final insult noun from being a vocative: a determiner, a copula, a degree, a negation
_NOT_BEFORE_TAIL_insult13 = (
    "le la les l un une des de du d a an the this that ce cet cette ces quel quelle quels quelles what such so si "
    "trop tres vraiment really very pretty is are was were est sont etait c es suis am be been being comme like "
    "as que qu than plus more most moins less my mon ma mes his her their son sa ses leur our notre nos your ton "
    "ta tes its s pas not no jamais never rien nothing of en sale sales gros grosse petit petite big little me "
    "trouver trouve trouvait traiter traite traitait appeler appelle called call calls"
)
_YOU_ARE_insult13 = r"(?:you are|you re|youre|your|you r|ur|t es|tu es|toi t es|t etais|tu etais|vous etes)"
_RAW_INSULT13: list[tuple[AbuseKind, str, str, str | None, bool, str]] = [
    # "you're the human version of a lag spike", « t'es la version humaine d'un bouchon »: the reader made a
    # nuisance; never the kind things people are called that way ("the human version of a hug")
    (
        _I,
        "insult_human_version_of_insult13",
        "human humaine humain",
        "version equivalent",
        False,
        rf"{B}{_YOU_ARE_insult13} (?:literally |basically |genuinely |honestly |juste |vraiment )?(?:the|a|la|l) "
        rf"(?:human (?:version|equivalent)|version humaine|equivalent humain) (?:of|d|de) (?:a |an |un |une |the |le |la )?"
        rf"(?!(?:a|an|un|une|the|le|la)(?![^ ]))(?!(?:\S+ )?(?:{_NICE_THING_insult13})(?![^ ]))\S+",
    ),
    # "you're not a rival, you're a speed bump", « t'es pas un adversaire, t'es un plot »: the reader denied a
    # contest and made an obstacle or a free win; never "you're not a burden, you're a friend"
    (
        _I,
        "insult_not_a_rival_insult13",
        "rival rivals opponent adversaire concurrent concurrente menace",
        None,
        False,
        rf"{B}{_YOU_ARE_insult13} (?:not|pas|not even|meme pas) (?:a |an |un |une |my |mon |ma )?(?:rival|rivals|"
        r"opponent|adversaire|concurrent|concurrente|menace)(?: \S+){0,2} "
        rf"{_YOU_ARE_insult13} (?:a |an |un |une |just a |juste un |juste une |my |mon |ma )?"
        r"(?:speed bump|speedbump|free win|warm up|warmup|training dummy|punching bag|tutorial|bot|npc|pnj|"
        r"plot|cone|obstacle|ralentisseur|victoire gratuite|sac de frappe|free elo|free lp|joke|blague|"
        r"practice|stepping stone|minor inconvenience|inconvenience|loading screen)(?![^ ])",
    ),
    # "mate you're a tosspot", "yeah nah you're a dropkick", "you're a proper div", "a snivelling 600 rated
    # patzer", "a walking bronze border", "an absolute weapon … not in a good way", "a power tripping dork":
    # regional and game nouns, and the lexicon's nouns behind two or three words
    (
        _I,
        "insult_fresh_noun_insult13",
        "tosspot dropkick div patzer bronze iron hardstuck weapon dork dorks "
        + " ".join(w for w in _TAIL_insult13.split("|") if w.isalpha()),
        None,
        False,
        rf"{B}{_YOU_ARE_insult13} (?:a|an|such a|such an|un|une|one) (?:\S+ ){{0,3}}?"
        r"(?:tosspot|tosspots|dropkick|dropkicks|div|divs|patzer|patzers)(?![^ ])"
        rf"|{B}{_YOU_ARE_insult13} (?:a|an) walking (?:bronze|iron|hardstuck)(?: \S+)? "
        r"(?:border|badge|rank|player|main)(?![^ ])"
        rf"|{B}{_YOU_ARE_insult13} (?:a|an) (?:absolute|total|proper|complete|utter) weapon (?:\S+ ){{0,2}}"
        r"(?:and )?not in a good way(?![^ ])"
        rf"|{B}{_YOU_ARE_insult13} (?:a|an|un|une) (?!(?:big|lovable|loveable|cute|adorable|sweet|little|lil|"
        r"gros|grosse|petit|petite|mignon|mignonne|adorable)(?![^ ]))\S+ (?!(?:big|lovable|cute|adorable|sweet|"
        rf"little|lil|mignon|mignonne)(?![^ ]))\S+ (?:{_TAIL_insult13})(?![^ ])",
    ),
    # mock praise with its deflation: "congrats on being hardstuck gold", "such a brave choice to queue ranked
    # with that aim", "you actually touched the ball that time, so proud", « débile mais courageux », « on s'en
    # fout complètement mais merci », « encore une idée de merde de ta part », « un génie incompris vraiment »
    (
        _I,
        "insult_mock_praise_insult13",
        "congrats congratulations bravo brave bold proud courageux courageuse fout tape cares merde incompris "
        "incomprise",
        None,
        False,
        rf"{B}(?:congrats|congratulations|bravo) on (?:being|staying|getting|reaching|becoming) "
        r"(?:hardstuck|stuck|the worst|last|demoted|bottom|relegated|boosted|carried)(?![^ ])"
        rf"|{B}(?:brave|bold|inspiring|interesting) (?:choice|move|decision|call) to (?:\S+ ){{1,6}}?with "
        r"(?:that|this|your|such) (?:aim|skill|skills|rank|build|gameplay|brain|iq|game sense|mechanics|kd)(?![^ ])"
        rf"|{B}you (?:actually|finally) (?:\S+ ){{1,5}}?(?:that time|for once)(?: \S+){{0,2}} (?:so proud|proud of you|"
        r"big day|inspiring|congrats|well done|good job)(?![^ ])"
        rf"|{B}(?:debile|debiles|con|conne|stupide|idiot|idiote|nul|nulle|dumb|stupid) (?:mais|but) "
        r"(?:courageux|courageuse|brave|motive|motivee|determined)(?![^ ])"
        rf"|{B}(?:on s en fout|on s en tape|on s en bat les couilles|tout le monde s en fout|personne s en fout|"
        r"nobody cares|no one cares)(?: completement| royalement| grave| totalement| tbh)? (?:mais|but) "
        r"(?:merci|thanks|thank you|ty)(?![^ ])"
        rf"|{B}(?:encore )?une idee de merde (?:de ta part|de toi|de votre part)(?![^ ])"
        rf"|{B}(?:un|une|le|la) genie incompris(?:e)? (?:vraiment|hein|bien sur|evidemment)(?![^ ])",
    ),
    # the reader's words sent away: "did anyone ask? … why are you still typing", "tell it to someone who
    # cares", « va raconter ça à quelqu'un que ça intéresse », "no one cares how many seizures you had"
    (
        _I,
        "insult_nobody_asked_insult13",
        "ask cares interesse soucie",
        None,
        False,
        rf"{B}did (?:anyone|anybody|any one|someone|somebody) ask(?![^ ])(?=.*{B}(?:no|nope|you|your|typing|"
        r"talking|still)(?![^ ]))"
        rf"|{B}(?:tell|say|explain) (?:it|that|this) to (?:someone|somebody|anyone) who (?:cares|gives a)(?![^ ])"
        rf"|{B}(?:go )?(?:tell|complain to) (?:someone|somebody) who cares(?![^ ])"
        rf"|{B}(?:va |allez )?(?:raconter|raconte|racontez) (?:ca|ta vie|tes histoires|ta life) a (?:quelqu un|qqn) "
        r"(?:que ca interesse|qui s en soucie|qui s y interesse)(?![^ ])"
        rf"|{B}(?:no one|nobody|noone|no body) (?:here )?cares how (?:many|much|long|often|bad) "
        rf"(?:\S+ ){{0,4}}?(?:you|your)(?![^ ])",
    ),
    # "sorry your mum didn't hug you enough but that's not our problem": the reader's upbringing blamed, with a
    # dismissal; never sympathy ("sorry your mum never hugged you, that must have hurt")
    (
        _I,
        "insult_not_hugged_insult13",
        "hug hugged",
        "mom mum mother dad father parents mommy mummy daddy",
        False,
        rf"{B}your (?:mom|mum|mother|dad|father|parents|mommy|mummy|daddy|mama) (?:did not|never|didnt) "
        r"(?:hug|hugged) you (?:enough|as a kid|as a child)(?![^ ])"
        rf"(?=.*{B}(?:not our|not my|not anyone s|our problem|my problem|explains|obviously|clearly|lol)(?![^ ]))",
    ),
    # the reader's aid or illness mocked: « ton fauteuil il va plus vite que ton cerveau », "nice wheels, do they
    # come with a brain upgrade", « tes crises t'ont grillé les derniers neurones », "imagine needing a
    # wheelchair and still being last", "who let the kid with the tremor play sniper", "you limp round the
    # dungeon the same way you limp round real life", "you shake more than my washing machine"
    (
        _I,
        "insult_aid_and_brain_insult13",
        "brain brains cerveau neurone neurones iq qi braincell braincells needing tremor tremors shakes shake "
        "limp lisp stutter stammer twitch wobble drool wheelchair cane crutches",
        None,
        False,
        rf"{B}(?:ton|ta|tes|your|nice|cool|sweet|joli|jolie|beau|belle) {_AID_insult13} (?:\S+ ){{0,6}}?"
        rf"(?:ton|ta|your|a|un|une|le|la|de) (?:\S+ )?{_BRAIN_insult13}(?![^ ])"
        rf"|{B}(?:tes|ta|ton|your) (?:crises|seizures|fits|meds|medocs|pills|maladie|illness|epilepsie|epilepsy|"
        r"traitement|cachets) (?:\S+ ){0,3}?(?:grille|grilles|fried|fry|cooked|bouffe|mange|ate|eaten|killed|tue|"
        rf"detruit|destroyed|crame|cramé) (?:\S+ ){{0,3}}?{_BRAIN_insult13}(?![^ ])"
        rf"|{B}imagine (?:needing|having|using|being in|being on) (?:a |an |the )?(?:\S+ )?"
        rf"(?:{_AID_insult13}|{_CONDITION_INSULT12}) and (?:still )?(?:being|losing|getting|dying|going|ending)(?![^ ])"
        rf"|{B}who let (?:the|this|that) (?:\S+ )?(?:kid|guy|girl|dude|one|man|boy|lady|boomer) with (?:the|a) "
        r"(?:tremor|tremors|shakes|limp|lisp|stutter|stammer|wheelchair|cane|crutches) (?:play|on|in|join|pick|near|touch)(?![^ ])"
        rf"|{B}you (?:shake|limp|stutter|stammer|twitch|wobble|drool) (?:\S+ ){{0,4}}?(?:more than my|the same way "
        r"you (?:shake|limp|stutter|stammer|twitch|wobble|drool))(?![^ ])",
    ),
    # a stammer mocked: « tu bégaies même à l'écrit ou quoi », « toi tu bégayes en vocal et tu veux faire le
    # shotcall », "look at you trying to explain strats with that stutter", "by the time you finish a sentence
    # in comms the round is over"; never the author's own stammer ("i stutter in voice, sorry")
    (
        _I,
        "insult_stammer_mocked_insult13",
        "begaies begayes begaie begaye begayer bredouilles stutter stammer sentence",
        None,
        False,
        rf"{B}(?:tu|toi tu|t) (?:begaies|begayes|begaie|begaye|bredouilles) (?:\S+ ){{0,4}}?(?:ou quoi|et tu veux|et "
        r"tu crois|et tu pretends|et tu penses|et en plus)(?![^ ])"
        rf"|{B}(?:trying|try|tries|tried) to (?:\S+ ){{1,4}}?with (?:that|this|your|ur) (?:stutter|stammer|lisp|"
        r"tremor|speech impediment)(?![^ ])"
        rf"|{B}by the time you (?:finish|get through|get out) (?:a|one|your) (?:sentence|word)(?![^ ])",
    ),
    # the illness called convenient: "funny how the MS only kicks in when there's work to do", « c'est pratique
    # l'épilepsie hein, ça excuse tout », "does the wittle epileptic need a break", "typical whiny bipolar"
    (
        _I,
        "insult_convenient_illness_insult13",
        "funny convenient excuse",
        None,
        False,
        rf"{B}(?:funny|convenient) how (?:the|your|ur|ton|ta) (?:\S+ )?{_ILL_insult13} only "
        r"(?:kicks in|shows up|appears|starts|comes|hits|happens|flares|flares up) when(?![^ ])"
        rf"|{B}(?:pratique|bien pratique) (?:l|la|le|ta|ton|tes) (?:\S+ )?{_ILL_insult13} (?:hein |quand meme |"
        r"franchement )?(?:ca|ça) (?:t )?excuse tout(?![^ ])",
    ),
    # "does the wittle epileptic need a break", "typical whiny bipolar": the reader's condition made a baby's or a
    # vice's; the condition words are the anchors (baby talk alone is a parent's, "typical" alone is chat)
    (
        _I,
        "insult_wittle_condition_insult13",
        " ".join(w for w in _CONDITION_INSULT12.split("|") if " " not in w),
        "wittle widdle little lil itty poor baby smol typical",
        False,
        rf"{B}(?:does|do|is|did) (?:the|our|da|this) (?:wittle|widdle|little|lil|itty bitty|poor|baby|smol) "
        rf"(?:\S+ )?(?:{_CONDITION_INSULT12}|snowflake|baby|princess) (?:need|needs|want|wants|have|has) "
        r"(?:a|his|her|their|another|some)(?![^ ])"
        rf"|{B}typical (?:whiny|whinging|lazy|dramatic|crazy|moody|attention seeking|entitled|useless) "
        rf"(?:{_CONDITION_INSULT12})(?![^ ])",
    ),
    # the game's flaw carried into life and the reader's mind: « skill issue … et pas que dans le jeu », "🗑️ tier
    # player, 🗑️ tier human", "the only thing tanking on your team is your iq", "maybe checkers is more your
    # speed", "you're genuinely the reason they put a rank requirement on comp", « le cerveau lent », "400 hours
    # and you still fly like a krab"
    (
        _I,
        "insult_flaw_beyond_game_insult13",
        "nul nulle mauvais mauvaise trash claque eclate garbage dumb con bete skill tier iq qi brain brains "
        "intelligence speed requirement requirements warning warnings label labels instructions cerveau "
        "neurone neurones braincell braincells hours attempts tries",
        None,
        False,
        rf"{B}(?:skill issue|nul|nulle|mauvais|mauvaise|bad|trash|claque|eclate|garbage|dumb|con|bete|mid) "
        r"(?:\S+ ){0,6}?(?:et pas que|et pas seulement|and not just|and not only|pas seulement) (?:dans le jeu|"
        r"in game|in the game|en jeu|ingame|in games|irl|en game)(?![^ ])"
        rf"|{B}tier (?:player|gamer|teammate|support|joueur) (?:\S+ )?tier (?:human|person|personne|humain|"
        r"human being|being)(?![^ ])"
        rf"|{B}the only thing (?:\S+ ){{1,5}}?is (?:your|ur) (?:iq|brain|intelligence|brain cells)(?![^ ])"
        rf"|{B}(?:maybe|perhaps|probably) (?:\S+ ){{1,3}}?(?:is|are) (?:more )?(?:your|ur) speed(?![^ ])"
        rf"|{B}{_YOU_ARE_insult13} (?:genuinely |literally |honestly |actually )?the reason (?:they|we|there is|"
        r"there are|devs|the devs) (?:\S+ ){0,2}?(?:requirement|requirements|warning|warnings|label|labels|filter|"
        r"minimum|instructions|mute button|report button|block button)(?![^ ])"
        rf"|{B}(?:le|toi le|espece de|wesh le|ton|your|ur) {_BRAIN_insult13} (?:est |is |so )?(?:lent|vide|mou|"
        r"slow|empty|smooth|eteint|en pause|lisse)(?![^ ])"
        rf"|{B}(?:hours|attempts|tries) (?:\S+ ){{0,3}}?and you "
        r"still (?:play|fly|drive|aim|shoot|move|build|fight|talk|rotate) like (?:a|an|my) "
        r"(?!(?:pro|boss|champ|god|legend|beast|machine)(?![^ ]))\S+",
    ),
    # an idiom of dimness said to the reader, shame of existing, the worst of all: « toi t'es pas la lumière la
    # plus brillante du sapin », « tu devrais avoir honte d'exister », « et toi t'es la pire de toutes »; never
    # the author ("j'ai honte d'exister parfois" is self-talk, left to the support side)
    (
        _I,
        "insult_dim_and_shame_insult13",
        "lumiere ampoule couteau outil crayon bulb tool knife guirlande honte ashamed pire",
        None,
        False,
        rf"{B}(?:t es|tu es|toi t es|t etais|vous etes|you are|you re|your) (?:pas|not|vraiment pas|clearly not) "
        r"(?:la|le|l|the) (?:lumiere|ampoule|couteau|outil|crayon|bulb|tool|knife|guirlande) "
        r"(?:la |le |the )?(?:plus |most )?(?:brillante|brillant|aiguise|affute|lumineuse|brightest|sharpest|"
        r"brilliant)(?![^ ])"
        rf"|{B}(?:you are|you re|your) (?:not|clearly not|definitely not) the (?:brightest|sharpest) (?:bulb|tool|knife|"
        r"crayon)(?![^ ])"
        rf"|{B}(?:tu devrais|tu dois|t as pas|tu as pas|t as meme pas|vous devriez|you should|you ought to) "
        r"(?:avoir honte|be ashamed|feel ashamed) (?:d exister|de vivre|d etre ne|d etre nee|of existing|to exist|"
        r"to be alive|of being alive|of being born)(?![^ ])"
        rf"|{B}(?:et toi|toi) (?:t es|tu es) (?:le|la) pire de (?:toutes|tous|la bande|tout le serveur)(?![^ ])",
    ),
    # « sérieux sors du groupe, à chaque pull tu nous fais perdre 10 min, boulet »: an insult noun left at the
    # end of a sentence said to the reader, as a vocative; never after a determiner, a copula or a negation
    # ("t'as vu le boss ? quel boulet", "the other team was trash", « t'es pas nul »)
    (
        _I,
        "insult_vocative_tail_insult13",
        " ".join(w for w in _TAIL_insult13.split("|") if w.isalpha()),
        "tu t you toi te vous @user",
        False,
        rf"^(?=.*{B}(?<!rendez )(?:tu|t|you|toi|te|vous|@user)(?![^ ])).*{B}"
        + "".join(f"(?<! {w} )" for w in _NOT_BEFORE_TAIL_insult13.split())
        + rf"(?:{_TAIL_insult13})$",
    ),
    # « ou sé on kouyon » (Guadeloupe creole "you are a …"): the creole copula before a lexicon noun
    (
        _I,
        "insult_creole_copula_insult13",
        " ".join(w for w in _TAIL_insult13.split("|") if w.isalpha()),
        "ou w",
        False,
        rf"{B}(?:ou|w) (?:se|ye|e) (?:on|an|yon) (?:vye |gwo |ti )?(?:{_TAIL_insult13})(?![^ ])",
    ),
]
PHRASES = PHRASES + tuple(_compile_phrase(row) for row in _RAW_INSULT13)
ANCHORS = ANCHORS | frozenset().union(*(ws(row[2]) - _STOP for row in _RAW_INSULT13))
# the rows friends also say, laughing or loving ("you're the worst of all lol ❤️", "checkers is more your
# speed mdr")
TEASED_INSULT13 = frozenset(
    (
        "insult_human_version_of_insult13", "insult_not_a_rival_insult13", "insult_fresh_noun_insult13",
        "insult_mock_praise_insult13", "insult_flaw_beyond_game_insult13", "insult_dim_and_shame_insult13",
        "insult_vocative_tail_insult13",
        "insult_creole_copula_insult13",
    )
)  # fmt: skip
# --------------------------------------------------------------------------------------------------------
# threat13 (threat helper 13, tune misses of rounds 3-60): threats and hate read by structure.
# * a pity about what people "would find out" of the reader (which hospital, where they live), or what
#   "someone" might do to the reader's things (« dommage si quelqu'un échangeait tes cachets »);
# * a warning to be careful leaving a place, with the place made dark and empty ("the car park is badly lit");
# * "i mean you no harm, but your car, your kids … are another story";
# * "people like you deserve a bullet"; a death hoped with the author's help offered ("i might help");
# * the author travelling to the reader's town with a menace tag (« tu vas comprendre ta douleur »);
# * the reader's body "better with fewer teeth"; « t'as toujours pas sauté d'un pont ? dommage »; "go to
#   sleep and don't wake up, the world would be better for it";
# * the reader's hospital known with a visit promised; the reader's kin's school asked then "never mind, i
#   know"; "i'll find you … i know where you hang out"; the reader's street visited ("i've been there. nice
#   hedge"); the reader's pet seen on stream and asked whether it goes out at night;
# * a listing of the reader's name, town and age, or real name with home and work, with "rings a bell?",
#   "want me to keep going?", "everyone say hi to …".
# Hate: a group "all have the same face", "know nothing but shouting", "are only there to be carried"; "it's
# not racism, it's stats"; an illness that "is not an illness, they're dangerous people to lock up"; the
# "fourteen words" dog whistle.
# Quiet: game talk ("i'll find you on the map"), lifts and meet-ups, kind visits, kind advice to take care at
# night, compliments, pets introduced, a member's own crisis, threats received and reported, news about
# groups and people speaking of their own group.
# --------------------------------------------------------------------------------------------------------
# praise and care that make a pity, a visit or a warning kind
_KIND_threat13 = (
    r"(?!.*(?<![^ ])(?:great|amazing|genial|geniale|super|incroyable|talent|talented|fleurs|flowers|grapes|"
    r"raisin|chocolat|chocolats|chocolates|book|livre|magazines|get well|retablissement|courage|tiens bon|hug|"
    r"calin|bisous|miss you|tu me manques|love|lampe|torch|flashlight|appelle moi|call me|text me|"
    r"je t accompagne|walk you|accompagner|prends soin|take care|mignon|mignonne|cute|adorable|cutie|"
    # praise: « dommage que tout le monde apprenne pas que tu dessines si bien » (a talent to be known)
    r"si bien|so well|tellement bien|trop bien|beautiful|beautifully|magnifique|magnifiques|doue|douee|gifted|"
    r"brilliant|wonderful|proud|fier|fiere)(?![^ ]))"
)
# meeting words that make "i'll find you" a meet-up
_MEETUP_threat13 = (
    r"(?!.*(?<![^ ])(?:rdv|rendez vous|cafe|coffee|gare|station|pick you up|ensemble|together|lunch|dejeuner|"
    r"diner|dinner|biere|beer|verre|drink|drinks|tout a l heure|ce midi|heure|heures|o clock|pm|am)(?![^ ]))"
)
# a game's map, base or lobby: "i'll find you on the map, i know where you camp" (a ranked match that angers
# the author does not make a town a map)
_MAP_threat13 = (
    r"(?!.*(?<![^ ])(?:map|maps|base|spawn|lobby|carte|in game|en jeu|ingame|minecraft|fortnite|rust|ark|"
    r"dayz|warzone|pubg|apex|lol|mdr|ptdr|haha|jk)(?![^ ]))"
)
_YOURS_threat13 = r"(?:your|ur|yer|ton|ta|tes|votre|vos)"
_RAW_THREAT13: list[tuple[AbuseKind, str, str, str | None, bool, str]] = [
    # A pity about what people "would find out" about the reader: "it'd be a real shame if people found
    # out which hospital you're in", « dommage si tout le monde apprenait où tu habites ».
    (
        _E,
        "shame_if_known_threat13",
        "shame pity dommage bete",
        "found find finds learned learnt knew learns apprenait apprenaient apprenne apprennent savait "
        "savaient sache sachent decouvrait decouvraient decouvre decouvrent",
        False,
        rf"^{_KIND_threat13}(?:.* )?(?:shame|pity|dommage|bete) (?:if|si|que|qu) (?:people|everyone|everybody|"
        rf"someone|somebody|the whole server|tout le monde|les gens|quelqu un|le serveur|the server|"
        rf"{_YOURS_threat13} \S+)(?: \S+){{0,2}} (?:found out|find out|finds out|were to find out|learned|"
        rf"learnt|knew|learns|apprenait|apprenaient|apprenne|apprennent|savait|savaient|sache|sachent|"
        rf"decouvrait|decouvraient|decouvre|decouvrent) (?:(?:which|what|where|ou|quel|quelle|quels|quelles|"
        rf"dans quel|dans quelle)(?: \S+){{0,2}} (?:you|u|tu|t|vous)|(?:about )?{_YOURS_threat13}|(?:that|que|"
        rf"qu) (?:you|u|tu|t|vous)){E}",
    ),
    # What "someone" might do to the reader's things, said as a pity: "would be a shame if someone swapped
    # out those seizure meds of yours", « dommage si quelqu'un trafiquait tes freins ».
    (
        _T,
        "shame_if_someone_threat13",
        "shame pity dommage bete awful terrible",
        "swapped swap switched replaced tampered cut emptied poisoned remplacait echangeait trafiquait "
        "coupait vidait empoisonnait crevait",
        False,
        rf"{B}(?:shame|pity|dommage|bete|awful|terrible) (?:if|si|que|qu) (?:someone|somebody|anyone|"
        rf"quelqu un|qqn)(?: \S+){{0,2}} (?:swapped|swap|switched|replaced|tampered with|cut|emptied|poisoned|"
        rf"remplacait|echangeait|trafiquait|coupait|vidait|empoisonnait|crevait)(?: \S+){{0,4}} "
        rf"(?:of yours|{_YOURS_threat13}|a toi){E}",
    ),
    # A warning to be careful leaving a place, the place made dark and empty: « tu devrais faire attention
    # quand tu sors du boulot, la ruelle est mal éclairée ». Care ("call me", "take a torch") is kind.
    (
        _T,
        "careful_leaving_threat13",
        "attention careful gaffe",
        "eclaire eclaires eclairee eclairees sombre sombres dark lit unlit nobody personne cameras camera "
        "accidents isole isoles deserted desert",
        False,
        rf"^{_KIND_threat13}(?:.* )?(?:tu devrais|vous devriez|you should|you had better|you d better|better|"
        rf"je ferais|i would) (?:faire attention|be careful|watch yourself|watch your back|faire gaffe) "
        rf"(?:quand|when|en sortant|leaving|on your way)(?: \S+){{0,14}} (?:mal eclaire|mal eclaires|"
        rf"mal eclairee|mal eclairees|sombre|sombres|dark|poorly lit|badly lit|unlit|personne autour|"
        rf"nobody around|no one around|no cameras|pas de camera|pas de cameras|accidents happen|les accidents "
        rf"arrivent|isole|isoles|deserted|desert){E}",
    ),
    # "I mean you no harm, but your car, your kids … are another story": « je ne vous veux aucun mal. mais
    # votre voiture, vos enfants et votre maison, c'est une autre histoire ».
    (
        _T,
        "no_harm_but_threat13",
        "mal harm personal personnel hurt",
        "histoire story matter game garantis promise promises garantie",
        False,
        rf"{B}(?:je (?:ne )?(?:te|vous) veux (?:aucun mal|pas de mal|rien de mal)|i mean you no harm|"
        rf"i wish you no harm|i do not want to hurt you|nothing personal|rien de personnel)(?: \S+){{0,3}} "
        rf"(?:mais|but)(?: \S+){{0,3}} {_YOURS_threat13} (?:\S+ )?(?:voiture|car|enfants|kids|children|gosses|"
        rf"maison|house|home|famille|family|femme|wife|mari|husband|fille|daughter|fils|son|chien|dog|chat|cat|"
        rf"mere|mother|mom|mum)(?: \S+){{0,10}} (?:c est une autre histoire|une autre histoire|another story|"
        rf"a different story|a different matter|une autre affaire|are fair game|is fair game|je garantis rien|"
        rf"i can not promise|no promises|aucune garantie){E}",
    ),
    # Death deserved by "people like you": "people like you deserve a bullet", « les gens comme toi méritent
    # une balle ».
    (
        _T,
        "like_you_deserve_threat13",
        "like comme kind espece",
        "bullet bullets balle shot killed hanged die mort crever mourir abattus pendus rope corde beating "
        "raclee beaten",
        False,
        rf"^{_GAMEPLACE_threat12}(?:.* )?(?:people like (?:you|u)|ppl like (?:you|u)|your kind|les gens comme "
        rf"(?:toi|vous)|des gens comme (?:toi|vous)|des mecs comme toi|les mecs comme toi|ton espece|"
        rf"les types comme toi)(?: \S+){{0,2}} (?:deserve|deserves|meritent|merite|should get|should be|"
        rf"devraient)(?: \S+)? (?:a bullet|bullets|une balle|to be shot|to die|to be killed|to hang|"
        rf"to be hanged|shot|killed|hanged|la mort|de crever|de mourir|d etre abattus|d etre pendus|"
        rf"etre abattus|etre pendus|the rope|la corde|a beating|une raclee|to be beaten|to get shot){E}",
    ),
    # A death hoped, with the author's help offered, or bleeding out wished: "hope you bleed out next time
    # you fall. actually i might help with that", « j'espère que tu te vides de ton sang ».
    (
        _T,
        "hoped_death_help_threat13",
        "hope hoping espere",
        "bleed choke drown die rot run saignes vides etouffes noies crever creves meurs ecraser",
        False,
        rf"^{_GAMEPLACE_threat12}(?:.* )?(?:hope|hoping|j espere que|j espere qu)(?: \S+)? (?:you|u|tu|t) "
        rf"(?:(?:bleed out|bleed to death|saignes a mort|te vides de ton sang)"
        rf"|(?:choke|drown|die|rot|get run over|get hit by|t etouffes|te noies|crever|creves|meurs|"
        rf"te fasses ecraser)(?: \S+){{0,12}} (?:i might help|i could help|i will help|i can help|"
        rf"happy to help|i would help|je pourrais aider|je peux aider|je vais aider|je t aiderai|je vais t aider|"
        rf"je pourrais t aider|je peux t aider|je t aide)){E}",
    ),
    # The author travelling to the reader's town with a menace tag: « je vais monter à ajaccio et tu vas
    # comprendre ta douleur », "i'm driving down to leeds and you will regret it".
    (
        _T,
        "journey_menace_threat13",
        "monter descendre venir debarquer passer monte descends debarque arrive viens coming come drive "
        "driving flying fly show showing turn",
        "douleur malheur souffrir morfler regretter pleurer cher regret pay suffer lesson pain feel sorry payer",
        False,
        rf"^{_GAMEPLACE_threat12}(?:.* )?(?:je vais (?:monter|descendre|venir|debarquer|passer)|je monte|"
        rf"je descends|je debarque|j arrive|je viens|i am coming|i will come|i will drive|i am driving|"
        rf"i am flying|i will fly|i will show up|i am showing up|i will turn up)(?: \S+){{0,6}} "
        rf"(?:et |and |then |puis |alors )?(?:tu vas comprendre ta douleur|tu vas comprendre ton malheur|"
        rf"tu vas souffrir|tu vas morfler|tu vas le regretter|tu vas regretter|tu vas pleurer|tu vas prendre cher|"
        rf"tu vas payer|you will regret it|you will regret this|you will pay|you will suffer|"
        rf"you will learn your lesson|you will understand your pain|you will feel it|you will be sorry){E}",
    ),
    # The reader's body "better" with fewer teeth: "you'd look good with a few less teeth", « t'aurais une
    # meilleure tête avec quelques dents en moins ».
    (
        _T,
        "fewer_teeth_threat13",
        "teeth dents fingers doigts",
        None,
        False,
        rf"{B}(?:you would|you will|u would|tu serais|t serais|tu aurais|t aurais|vous seriez|vous auriez)"
        rf"(?: \S+){{0,4}} (?:with|avec|sans)(?: \S+){{0,2}} (?:less|fewer|moins de|without|no) "
        rf"(?:teeth|dents|fingers|doigts){E}"
        rf"|{B}(?:you would|u would|tu serais|t serais|tu aurais|t aurais|vous seriez|vous auriez)(?: \S+){{0,4}} "
        rf"avec (?:quelques|deux|trois|des) (?:dents|doigts) en moins{E}",
    ),
    # Death told as overdue: « t'as toujours pas sauté d'un pont ? dommage », "still haven't hanged
    # yourself? shame". « sauter le pas » is a decision, no bridge.
    (
        _T,
        "not_dead_yet_threat13",
        "toujours encore still yet",
        "dommage shame pity bad sad bummer attends waiting tic tick",
        False,
        rf"{B}(?:(?:t as|tu as|tu t es|t es|vous avez|have you|you have|you|u) )?(?:toujours pas|pas encore|"
        rf"still not|still have not|not yet|still did not|still) (?:(?:saute|jumped) (?:d un|du|de la|par la|"
        rf"sous|off|from|in front of|devant)|pendu|pendue|hanged yourself|hung yourself|creve|crevee|died|"
        rf"killed yourself|suicide|suicidee|offed yourself|roped)(?: \S+){{0,4}} (?:dommage|shame|pity|"
        rf"too bad|sad|what a shame|quel dommage|bummer|j attends|i am waiting|tic tac|tick tock){E}",
    ),
    # Sleep without waking told to the reader with a dismissal: "you should just go to sleep and not wake
    # up, world would be better for it", « tu devrais t'endormir et ne jamais te réveiller, rends-nous service ».
    (
        _T,
        "sleep_told_threat13",
        "wake reveiller",
        "world monde better mieux miss regretterait favour favor service happier content",
        False,
        rf"{B}(?:you should|u should|you could|you need to|tu devrais|vous devriez|tu ferais mieux de|go|va)"
        rf"(?: just| juste| simply)? (?:go to sleep and |fall asleep and |sleep and |t endormir et |dormir et )?"
        rf"(?:not wake up|never wake up|ne jamais te reveiller|ne pas te reveiller|ne plus te reveiller|"
        rf"jamais te reveiller|pas te reveiller)(?: \S+){{0,6}} (?:world would be better|the world would be "
        rf"better|better for it|better off|le monde serait mieux|le monde s en porterait mieux|nobody would miss "
        rf"you|no one would miss you|personne te regretterait|do us a favour|do us a favor|rends nous service|"
        rf"tout le monde serait content|everyone would be happier){E}",
    ),
    # The reader's hospital known, a visit promised: « je connais l'hôpital où tu te fais soigner, je peux
    # passer te faire un petit coucou », "i know which ward you're on, might pay you a visit". Flowers and get
    # well wishes are kind.
    (
        _E,
        "hospital_visit_threat13",
        "connais sais know found",
        "hopital clinique hospital clinic ward chambre room",
        False,
        rf"^{_KIND_threat13}{_KIND_threat9_threat12}(?:.* )?(?:je connais|je sais|j sais|i know|i found)"
        rf"(?: \S+)? (?:l hopital|la clinique|which hospital|the hospital|what hospital|which clinic|the clinic|"
        rf"what ward|which ward|{_YOURS_threat13} ward|ta chambre|your room|quel hopital|quelle clinique|"
        rf"ton hopital|your hospital|dans quel hopital|dans quelle clinique)(?: \S+){{0,9}} (?:passer te faire|"
        rf"te rendre (?:une )?visite|te faire un (?:petit )?coucou|drop by|pop in|pay you a visit|swing by|"
        rf"come say hi|stop by|visit you|pay a visit){E}",
    ),
    # The reader's kin's school asked, then "never mind, i know": « ta fille est dans quelle école déjà ?
    # ah non c'est bon je sais ».
    (
        _T,
        "kin_school_known_threat13",
        "ecole school college lycee creche class classe daycare nursery",
        "sais know",
        False,
        rf"{B}{_YOURS_threat13} (?:\S+ )?{_KIN_threat12} (?:est|va|vont|sont|goes|go|is|are)(?: \S+){{0,2}} "
        rf"(?:quelle|qu elle|which|what) (?:ecole|school|college|lycee|creche|class|classe|daycare|nursery)"
        rf"(?: \S+){{0,6}} (?:c est bon je sais|je sais|j sais|laisse tomber je sais|never mind i know|"
        rf"nvm i know|i already know|i know|je sais deja|no need i know)"
        rf"(?![^ ])(?! (?:que|qu|pas|plus|that|what|how|if|ce|it|the|la|le|les|where|ou)(?![^ ]))",
    ),
    # "i'll find you … i know where you hang out": « jte retrouve à vaulx tkt, jsais où tu traînes ». Maps,
    # bases and meet-ups (a time, a café, a station) are quiet.
    (
        _T,
        "find_you_known_threat13",
        "retrouve retrouver retrouverai trouverai find track hunt",
        "sais know",
        False,
        rf"^{_MAP_threat13}{_MEETUP_threat13}(?:.* )?(?:je te retrouve|j te retrouve|je vais te retrouver|"
        rf"j vais te retrouver|je te retrouverai|je te trouverai|on te retrouve|on va te retrouver|"
        rf"i will find you|i am going to find you|i will track you down|i will hunt you down|we will find you)"
        rf"(?: \S+){{0,6}} (?:je sais|j sais|on sait|i know|we know) (?:ou|where) (?:tu|you|u) (?:traines|traine|"
        rf"habites|vis|dors|bosses|travailles|sors|hang|hang out|live|sleep|work|chill){E}",
    ),
    # The reader's street visited, their home praised: "remember when you posted your street? i've been
    # there. nice hedge".
    (
        _T,
        "been_there_threat13",
        "been went drove walked passe alle etais",
        "hedge door porte fence garden jardin haie window windows fenetre fenetres curtains rideaux mailbox "
        "portail gate driveway allee balcony balcon doormat paillasson",
        False,
        rf"^(?=.*{B}(?:{_YOURS_threat13} (?:street|address|house|home|place|road|rue|adresse|maison|quartier|"
        rf"neighbourhood|neighborhood|building|immeuble)|you posted|t as poste|tu as poste){E})(?:.* )?(?:i have been there|i went there|"
        rf"i was there|i drove past|i walked past|i drove by|i walked by|j y suis alle|j y suis passe|"
        rf"je suis passe devant|je suis passee devant|j y etais)(?: \S+){{0,4}} (?:nice|cute|lovely|pretty|"
        rf"jolie|joli|belle|beau|sympa) (?:hedge|door|porte|fence|garden|jardin|haie|window|windows|fenetre|"
        rf"fenetres|curtains|rideaux|mailbox|portail|gate|driveway|allee|balcony|balcon|doormat|paillasson){E}",
    ),
    # The reader's pet seen on stream and asked whether it goes out at night: « t'as un chat roux hein, je
    # l'ai vu en stream. il sort la nuit ? ». A pet admired ("trop mignon") is kind.
    (
        _T,
        "pet_at_night_threat13",
        "chat chatte chien chienne cat dog kitty chaton puppy chiot",
        "nuit night",
        False,
        rf"^{_KIND_threat13}(?=.*{B}(?:je l ai vu|j ai vu|i saw|i have seen|vu en stream|on stream|"
        rf"on your stream){E})(?:.* )?(?:{_YOURS_threat13}|t as un|t as une|you have a|you got a) (?:\S+ ){{0,2}}"
        rf"(?:chat|chatte|chien|chienne|cat|dog|kitty|chaton|puppy|chiot)(?: \S+){{0,10}} (?:il sort|elle sort|"
        rf"does it go|does he go|does she go|it goes|he goes|she goes)(?: out| outside| dehors)? (?:la nuit|"
        rf"le soir|at night){E}",
    ),
    # A listing of the reader's name with home and work, or name, town and age, with a tag: "real name
    # joshua, lives in christchurch, works at the hardware store. want me to keep going?", « kevin durand, 17
    # ans, saint-étienne. ça te dit quelque chose ? ». A pet or a newcomer introduced is not this.
    (
        _E,
        "doxx_listing_threat13",
        "real vrai full complet irl bell familiar keep going continue say dites dit rappelle",
        None,
        False,
        rf"^(?!.*(?<![^ ])(?:my|mon|ma|mes|our|notre|nos|meet|voici|welcome|bienvenue|cat|dog|chat|chien|puppy|"
        rf"chiot|kitten|chaton|baby|bebe)(?![^ ]))(?:.* )?(?:(?:real name|vrai nom|full name|nom complet|"
        rf"irl name)(?: \S+){{1,3}} (?:lives in|lives on|lives at|lives near|habite a|habite au|habite en|"
        rf"habite rue|vit a|works at|bosse a|bosse chez|travaille a|travaille chez)"
        rf"|[0-9]+(?: \S+){{0,4}} (?:ca te dit (?:quelque|que lque) chose|ca te rappelle (?:quelque|que lque) chose|rings a bell|"
        rf"ring a bell|sound familiar|sounds familiar|everyone say hi to|say hi to|dites bonjour a|dites coucou a|"
        rf"want me to keep going|shall i continue|should i continue|tu veux que je continue)){E}",
    ),
]
PHRASES = PHRASES + tuple(_compile_phrase(row) for row in _RAW_THREAT13)
ANCHORS = ANCHORS | frozenset().union(*(ws(row[2]) - _STOP for row in _RAW_THREAT13))
# threat13's hate rows: a group's members said to look alike, to know nothing but a vice, to be somewhere only
# to be carried; "it's not racism, it's stats"; an illness said to be dangerous people to lock up; the
# "fourteen words" dog whistle. Read with hate12's guards (said by others, kind, refuted, behaviour, "not
# all").
_ROWS_hate_threat13: list[tuple[str, frozenset[str], str]] = [
    # « les asiatiques ils ont tous la même tête », "those people all look the same"
    (
        "group_look_alike_threat13",
        ws("tete gueule face same ressemblent"),
        rf"{B}{_GK_hate11}(?: (?:ils|elles|they))? (?:ont (?:tous|toutes) la meme (?:tete|gueule)|"
        rf"(?:tous|toutes) la meme (?:tete|gueule)|se ressemblent (?:tous|toutes)|all look the same|"
        rf"all have the same face|look all the same){E}",
    ),
    # « les congolais savent rien faire à part gueuler », "women are good for nothing but complaining"
    (
        "group_good_for_nothing_threat13",
        ws("rien nothing part sauf except"),
        rf"{B}{_GK_hate11}(?: (?:ils|elles|they))? (?:savent|sait|know how to|are good for|are good at|"
        rf"sont bons a|sont bonnes a|servent a|serve)(?: \S+)? (?:rien|nothing)(?: faire| do)? (?:a part|sauf|"
        rf"except|but|apart from|other than) (?:\S+ )?(?:{_VICE_hate12}|gueuler|se plaindre|faire des gosses|"
        rf"se reproduire|breed|breeding)(?![^ ])",
    ),
    # « les meufs sur cs sont là juste pour se faire porter », "girls in ranked are only there to get carried"
    (
        "group_only_there_threat13",
        ws("porter carry carried attention"),
        rf"{B}{_GK_hate11}(?: \S+){{0,3}} (?:sont la|sont ici|are there|are here|only play|play only|jouent)"
        rf"(?: \S+)? (?:juste |que |only |just )?(?:pour|to|for) (?:se faire porter|se faire carry|"
        rf"l attention|attirer l attention|get carried|be carried|get attention|the attention){E}",
    ),
    # « c'est pas du racisme c'est des stats », "not a stereotype when it's true 90% of the time"
    (
        "not_racism_stats_threat13",
        ws("stereotype stereotypes cliche cliches racism racisme racist raciste prejuge generalisation"),
        rf"{B}(?:not|pas) (?:a |un |une |du |de la )?(?:stereotype|stereotypes|cliche|cliches|racism|racisme|"
        rf"racist|raciste|prejudice|prejuge|generalisation|generalization|amalgame) (?:when|if|quand|si|c est|"
        rf"it is|its|just|juste|ce sont)(?: \S+){{0,3}} (?:true|vrai|la realite|reality|la verite|the truth|"
        rf"facts|des faits|les faits|stats|des stats|statistics|statistiques|les chiffres|numbers|the numbers|"
        rf"science|la science|biology|biologie|data){E}",
    ),
    # an illness that "is not an illness, they're dangerous people to lock up"
    (
        "illness_dangerous_threat13",
        ws("dangereux dangereuses dangerous enfermer enfermes interner internes locked lock"),
        rf"{B}{_ILL_hate12} (?:c est|is|est|n est) (?:pas|not) (?:une maladie|an illness|a disease|a condition)"
        rf"(?: \S+){{0,3}} (?:c est|it is|they are|ce sont|just) (?:des gens|des malades|des fous|people|"
        rf"nutters|psychos)(?: \S+){{0,6}} (?:enfermer|enfermes|interner|internes|locked up|lock up|dangereux|"
        rf"dangereuses|dangerous){E}",
    ),
    # the "fourteen words" dog whistle, whatever the community it is bent to
    (
        "fourteen_words_threat13",
        ws("existence"),
        rf"{B}secure the existence of (?:our|\S+)(?: \S+){{0,3}} (?:and )?a future for white{E}",
    ),
]
_register_hate_rows(_ROWS_hate_threat13, {})
# the disclaimer names the stereotype it denies, and the illness row denies an illness: hate9's "people think
# it's a stereotype" and kind-group guards read those very words, so these two rows go without them
GUARDS_HATE8["not_racism_stats_threat13"] = (REFUTE_hate11, _BEHAVE_hate11, NOT_ALL_OF_THEM, REBUT_hate12)
GUARDS_HATE8["illness_dangerous_threat13"] = (NOT_SAID_hate9, REFUTE_hate11, REFUTED_hate10, NOT_ALL_OF_THEM)
# --------------------------------------------------------------------------------------------------------
# fa13 (false alarms found by the lead, day 12): a group defended and a game's lobby read as hate.
#
# * ``group_ideology`` read any "is not" after an illness or an identity as a denial ("people with
#   fibromyalgia are not fakers", "fibromyalgia is not fake", "being gay is not a choice", « l'homosexualité
#   n'est pas une maladie »): a negation between the verb and the predicate denies the predicate, a defence of
#   the group, never hate. The gap after the verb no longer crosses a negation, and the bare "not" / « pas »
#   predicate now has to deny that the illness is one ("is not an illness", « c'est pas une maladie », « n'existe
#   pas »); the predicates that carry their own negation ("not real", « pas une vraie maladie ») stay.
_NEG_fa13 = (
    r"(?:not|pas|never|jamais|n|ne|isn|aren|nothing|rien|no|non|plus|nullement|absolutely not)(?![^ ])"
)
_GAP_OLD_fa13 = r" (?:is|c est|est|c|=|are)(?: \S+){0,3} "
_GAP_ILL_OLD_fa13 = r" (?:is|c est|est|c|=|are|n existe|does not exist|doesnt exist)(?: \S+){0,3} "
_BARE_NOT_OLD_fa13 = r"|pas|not|"
_BARE_NOT_NEW_fa13 = (
    r"|(?<=n existe )pas|pas une maladie|pas une vraie|not an illness|not a disease|not a thing|pas un truc"
    r"|not a real thing|"
)


def _group_ideology_fa13(pattern: re.Pattern[str]) -> re.Pattern[str]:
    text = pattern.pattern
    assert text.count(_GAP_OLD_fa13) == 1 and text.count(_GAP_ILL_OLD_fa13) == 1
    assert text.count(_BARE_NOT_OLD_fa13) == 1
    text = text.replace(_GAP_OLD_fa13, _GAP_OLD_fa13.replace(r"(?: \S+)", rf"(?: (?!{_NEG_fa13})\S+)"))
    text = text.replace(
        _GAP_ILL_OLD_fa13, _GAP_ILL_OLD_fa13.replace(r"(?: \S+)", rf"(?: (?!{_NEG_fa13})\S+)")
    )
    return re.compile(text.replace(_BARE_NOT_OLD_fa13, _BARE_NOT_NEW_fa13))


# ``sexuality_denied`` likewise: "being trans is not a mental illness", « les personnes trans ne sont pas
# malades » deny the predicate (the gap after the verb no longer crosses a negation).
_SEX_GAP_OLD_fa13 = r"(?: \S+){0,6} (?:confused|"


def _sexuality_denied_fa13(pattern: re.Pattern[str]) -> re.Pattern[str]:
    assert pattern.pattern.count(_SEX_GAP_OLD_fa13) == 1
    new = _SEX_GAP_OLD_fa13.replace(r"(?: \S+)", rf"(?: (?!{_NEG_fa13})\S+)")
    return re.compile(pattern.pattern.replace(_SEX_GAP_OLD_fa13, new))


_DEFENCE_fa13 = {"group_ideology": _group_ideology_fa13, "sexuality_denied": _sexuality_denied_fa13}
HATE_RULES = tuple(
    (cue, need_group, anchors, _DEFENCE_fa13[cue](pattern) if cue in _DEFENCE_fa13 else pattern)
    for cue, need_group, anchors, pattern in HATE_RULES
)
# * "send them back" to a game's place ("send them back to the lobby", "ship em back to spawn", "send them all
#   back to the respawn screen", "back to bronze"): the other team sent back where a game restarts, not a
#   people sent out of a country. The same words to where they came from, home, a country stay hate.
_GAME_PLACE_fa13 = (
    r"lobby|lobbies|spawn|respawn|respawn screen|spawn point|base|their base|queue|bronze|silver|iron|wood|"
    r"main menu|menu|title screen|loading screen|start|start line|starting line|drawing board|bench|shadow realm|"
    r"half|own half|side|tower|towers|hub|beginning|square one|checkpoint|fountain|lane|lanes|the pits|pit|"
    r"level one|level 1|tutorial|training grounds|practice mode|minor league|minors|reserves|waiting room"
)
_SENT_BACK_OLD_fa13 = r"(?:send|ship|put) (?:them|em)(?: all)? back(?![^ ])"
_SENT_BACK_NEW_fa13 = (
    r"(?:send|ship|put) (?:them|em)(?: all)? back(?![^ ])(?! (?:to|in|into|on|at|a|au) (?:the |their |da |"
    rf"teh |its |his |her |your |ur |our |own |le |la |les |leur |leurs )*(?:{_GAME_PLACE_fa13})(?![^ ]))"
)


def _sent_back_fa13(
    row: tuple[AbuseKind, str, frozenset[str], frozenset[str] | None, bool, re.Pattern[str]],
) -> tuple[AbuseKind, str, frozenset[str], frozenset[str] | None, bool, re.Pattern[str]]:
    kind, cue, anchors, needs, soft, pattern = row
    if cue != "send_them_back":
        return row
    assert pattern.pattern.count(_SENT_BACK_OLD_fa13) == 1
    return (
        kind,
        cue,
        anchors,
        needs,
        soft,
        re.compile(pattern.pattern.replace(_SENT_BACK_OLD_fa13, _SENT_BACK_NEW_fa13)),
    )


PHRASES = tuple(_sent_back_fa13(row) for row in PHRASES)


# --------------------------------------------------------------------------------------------------------
# never13 (round 67): the categories a member must never be punished for.
#
# Self-address after a mistake. A member scolds themself in the second person ("ugh you idiot you knew
# you'd crash after the concert", « t'es con ou quoi, t'as oublié ton insuline »): the reader of the insult
# is the author. The words alone are those of an insult at another member, so the context must say it is
# self-address (``abuse._self_address_never13``): neither a reply nor a mention, every hit an insult, and
# either the mistake narrated in the second person about the author's own body, care or treatment (forgot
# the insulin, ate that, drank the coffee, will crash, now shaking), or the same failure told in the first
# person in the message (« encore une fois je rate le virage, t'es nul »). "you idiot, why did you pull"
# (a game move, no body) and any reply or mention stay insults; blame ("because you", « à cause de toi »)
# keeps the insult.
SELF_MISTAKE_YOU_never13 = re.compile(
    r"(?<![^ ])(?:you|u|tu|t) (?:\S+ ){0,2}(?:left|forgot|forget|knew|ate|eat|drank|drink|skipped|missed|"
    r"did|went|pushed|overdid|oublie|oubliee|oublier|savais|savait|as bu|as mange|as fait|avais|as laisse|"
    r"as saute|as rate|as pousse|vas payer|allais)(?![^ ])"
)
OWN_CARE_never13 = re.compile(
    r"(?<![^ ])(?:insulin|insuline|cgm|libre|pump|pompe|meds|medication|pills|pilules|cachets|medocs|"
    r"medicaments|traitement|inhaler|inhalateur|epipen|dose|injection|glycemie|sugar|hypo|eat|ate|eating|"
    r"manger|mange|food|repas|lunch|breakfast|dinner|dejeuner|petit dej|cafe|coffee|alcool|alcohol|drink|drank|"
    r"boire|bu|crash|crashed|crashing|crasher|flare|dizzy|tablets|tablet|comprimes|"
    r"poussee|shaking|tremble|trembles|pacing|spoons|payer|pay|sleep|dormir|sieste|rest|repos|menage)"
    r"(?![^ ])"
)
SELF_FAIL_I_never13 = re.compile(
    r"(?<![^ ])(?:je|j|i|im) (?:\S+ ){0,2}(?:rate|rater|loupe|foire|miss|missed|fail|failed|messed|screwed|"
    r"choked|died|crashed|forgot|oublie|tombe|fell|throw|threw|int|inted)(?![^ ])"
)
BLAME_never13 = re.compile(
    r"(?<![^ ])(?:because (?:of )?(?:you|u|ur)|cause (?:of )?(?:you|u)|thanks to you|a cause de (?:toi|vous)|"
    r"grace a (?:toi|vous)|parce que (?:t|tu)|parce qu (?:t|tu)|ta faute|your fault|ur fault|you made me|"
    r"tu m as)(?![^ ])"
)
# A feeling a situation gives, with the generic "you": "nothing like a seizure at the bus stop to make you feel
# like a freak", « ça te fait sentir comme une merde »: what the author felt, no one called anything.
FEEL_LIKE_never13 = re.compile(
    r"(?<![^ ])(?:makes?|made|making) (?:you|u) feel (?:like )?(?:a |an |such a |so |the )?(?:\S+ )?\S+"
    r"(?![^ ])"
)
# A self-deprecating preface to one's own post: "nobody asked but here's my build anyway", « personne a
# demandé mais voilà mon deck »: the author is the one nobody asked. "nobody asked you" stays contempt.
NOBODY_ASKED_SELF_never13 = re.compile(
    r"(?<![^ ])(?:nobody|no one|noone|personne) (?:asked|asks|a demande|n a demande|demande)(?: but| mais)"
    r"(?: \S+)? (?:here s|heres|here is|here are|here goes|i ll|im gonna|i m gonna|i am gonna|i will|voila|"
    r"voici|je|j)(?![^ ])"
)
# Knowing the reader's address because they are neighbours: "I know where you live now haha, we're
# neighbours!", « je sais où t'habites, on est voisins ». A menace word (``MENACE_THREAT9``) still wins.
NEIGHBOURS_never13 = re.compile(
    r"(?<![^ ])(?:we re|we are|were|on est|nous sommes|we live) (?:\S+ )?(?:neighbours|neighbors|neighbour|"
    r"neighbor|voisins|voisines|on the same street|in the same street|in the same building|dans la meme rue|"
    r"dans le meme immeuble)(?![^ ])"
)


# --- insult14 (round 64 and earlier tune misses): directed contempt with no insult noun, read by structure ------
# Each row holds the reader (a second-person word, a mention, "the lad who …") and a contempt predicate:
# * the reader compared to a worthless thing: an attribute "of a" worthless thing (« t'as la personnalité d'un
#   tupperware vide », "the reaction time of a corpse"), the reader's brain "running on" something obsolete,
#   talking to the reader "like talking to" a thing, "dumber than", "even a bot plays better", "i've met rocks
#   with more sense than you", "you'd lose to a wooden door", "you play like my grandma";
# * rhetorical questions: "how are you this bad at …", « c'est pas possible d'être aussi con », "who raised
#   you? wolves …", "is it the dialysis that makes you this dumb", « t'as des tics même quand t'écris ou quoi »,
#   « … ou t'as juste appris à respirer », « on t'a déjà dit que t'étais chiant », "teach me how to be this bad";
# * contempt predicates without a noun: "you are exhausting", « t'es une plaie », "a massive drain on everyone",
#   "you're slow every day", "the absolute state of you", « quel gâchis d'oxygène », « tu fais pitié », « c'est
#   toi le problème », "the kind of person people invite out of pity", "what a joke you are", "your one
#   functioning brain cell", "imagine being this bad";
# * dismissals: "go back to eating your crayons", « va te coucher c'est l'heure des bébés », "go cry to the mods",
#   « dégage de la team », "let the real players talk", "nobody wants you here", "no wonder nobody visits you";
# * the reader's illness turned against them: "you deserve every bit of that flare", "we get it, you're sick,
#   doesn't give you the right …", "not your brain, so what's your excuse", "convenient how that only happens
#   when ur losing", « tu roules, alors viens pas nous dire comment marcher », "you had surgery and you're still
#   a pig".
# Never the author about themself (``abuse._self_described_insult14``), never care or praise in the same shape
# ("you have the heart of a lion", "you're not a burden", "no one cares more than me").
_WORTHLESS_insult14 = (
    r"(?:potato|potatoes|patate|rock|rocks|caillou|cailloux|brick|bricks|brique|brick wall|door|wooden door|"
    r"porte|wall|mur|chair|chaise|toaster|grille pain|calculator|calculatrice|goldfish|poisson rouge|huitre|"
    r"oyster|plank|planche|bot|bots|npc|npcs|pnj|training dummy|dummy|mannequin|houseplant|plante verte|cactus|"
    r"yaourt|yoghurt|yogurt|tupperware|cardboard box|carton|paper bag|sac en papier|sloth|paresseux|snail|"
    r"escargot|corpse|cadavre|zombie|sock|chaussette|bean|haricot|loaf|pebble|galet|stone|lamp|lampadaire|"
    r"microwave|micro onde|fridge|frigo|doorknob|poignee|banana|banane|crayon|crayons|rubber duck|donkey|ane|"
    r"moule|mussel|lettuce|endive|courgette|navet|turnip|log|buche|poteau|lamppost|bollard|plot|traffic cone|"
    r"cone|cintre|mop|serpillere|tree stump|souche|worm|ver de terre|amoeba|amibe|jellyfish|meduse|hamster|"
    r"toddler|bambin|bebe|baby|gamin|gosse|grandma|grand mere|mamie|grandpa|papy|grand pere|dial up|dialup|"
    r"modem|minitel|windows 95|windows 98|windows xp|vista|internet explorer|nokia|tamagotchi|fax|screensaver|"
    r"loading screen|roomba|stop sign|speed bump|ralentisseur|wet sock|wet towel|brain dead|(?:\d+|five|six|"
    r"seven|eight|cinq|six|sept|huit) (?:year old|yo|ans))"
)
_BADADJ_insult14 = (
    r"(?:empty|vide|expired|perime|perimee|dead|mort|morte|wet|mouille|mouillee|broken|soggy|stale|rassis|rassie|"
    r"rotten|pourri|pourrie|moldy|mouldy|moisi|moisie|unplugged|debranche|debranchee|deflated|degonfle|degonflee|"
    r"burnt|crame|cramee|flat|used|usage)"
)
_ATTR_insult14 = (
    r"(?:personality|personnalite|charisma|charisme|iq|qi|brain|cerveau|reaction time|reaction speed|reflexes|"
    r"temps de reaction|attention span|memory|memoire|social skills|sense of humour|sense of humor|humour|humor|"
    r"game sense|aim|visee|conversation|intelligence|jugeote|vocabulary|vocabulaire|emotional range|wit|esprit|"
    r"mind|neurones|braincells|brain cells|logique|logic|common sense|bon sens|coordination|awareness|"
    r"map awareness|game knowledge|skill|skills|talent|sens du jeu|conversation skills|vision)"
)
_YOU_ARE_insult14 = r"(?:you are|you re|youre|you r|your|ur|t es|tu es|toi t es|toi tu es|t etais|tu etais|vous etes|you were)"
_DEG_insult14 = (
    r"(?:(?:so|such|really|genuinely|honestly|literally|truly|just|actually|seriously|vraiment|tellement|trop|grave|"
    r"juste|franchement|serieux|sincerement|carrement|completely|totally|absolutely|fucking|always|toujours|"
    r"a|an|un|une|massive|total|absolute|proper|complete|vraie|vrai|sacree|sacre|huge|enorme|big) )*"
)
_SECOND_insult14 = (
    r"(?:you|u|ya|your|ur|yours|yourself|tu|toi|te|ton|ta|tes|vous|votre|vos|t (?:es|as|etais|avais|vas|fais|"
    r"ecris|joues|parles|arrives|sais))"
)
_DIM_insult14 = (
    r"(?:bad|dumb|stupid|useless|terrible|awful|clueless|thick|dense|brain dead|braindead|trash|garbage|dim|"
    r"con|conne|bete|nul|nulle|debile|mauvais|mauvaise|stupide|teube|claque|claquee|eclate|eclatee|inutile|"
    r"naze|idiot|idiote|ignorant|ignorante|incompetent|incompetente|pathetic|pathetique|cringe|gênant|genant)"
)
_CONTEMPT_ADJ_insult14 = (
    r"(?:exhausting|insufferable|unbearable|une plaie|saoulant|saoulante|soulant|soulante|insupportable|"
    r"insuportable|penible|relou|a liability|a drain|drain|liability|dead weight|a dead weight|un poids mort|"
    r"poids mort|a waste of space|a leech|une sangsue|a disgrace|une honte|an embarrassment|un fleau|a joke|"
    r"une blague|une farce|la honte)"
)
_ILL_insult14 = (
    rf"(?:{_ILL_insult13}|flare|flares|poussee|poussees|pain|douleur|douleurs|cancer|illness|sickness|maladie|"
    r"relapse|rechute|migraine|migraines|suffering|souffrance|seizure|seizures|attack|attacks|crise|crises|"
    r"sick|ill|malade|disabled|handicap|chronically ill|in pain|tired|fatigue|fatiguee|endometriose|"
    r"endometriosis|dialysis|dialyse|chemo|chimio|lupus|crohn|diabetic|diabetique|cfs|me|pots|eds|fibromyalgia|"
    r"fibromyalgie|narcolepsy|narcolepsie|regles|period|periods)"
)
_BRAIN14 = rf"(?:{_BRAIN_insult13}|mind|head|tete|esprit)"
_NOT_KIND_AFTER_insult14 = (
    r"(?! (?:free|relief|break|meds|medication|management|clinic|specialist|care|team|nurse|doctor|to end|"
    r"to stop|to go|gone|treated|taken seriously|to be|to heal|to ease|to get better)(?![^ ]))"
)
_RAW_INSULT14: list[tuple[AbuseKind, str, str, str | None, bool, str]] = [
    # « t'as la personnalité d'un tupperware vide », "you have the reaction time of a corpse", "your brain runs on
    # a 2005 dial up connection", « ton cerveau tourne sous windows 95 »: an attribute of the reader given to a
    # worthless thing; never "you have the heart of a lion", "the patience of a saint"
    (
        _I,
        "insult_attribute_of_thing_insult14",
        "personality personnalite charisma charisme iq qi brain cerveau reaction reflexes attention memory "
        "memoire skills humour humor sense aim visee conversation intelligence jugeote vocabulary vocabulaire "
        "range wit esprit mind neurones braincells cells logique logic coordination awareness knowledge skill "
        "talent vision temps",
        "you your ur t tu ton ta tes vous votre toi",
        False,
        rf"{B}(?:you have|you ve got|you got|you have got|you ve|t as|tu as|toi t as|vous avez|with|avec) "
        rf"(?:\S+ )?(?:the |la |le |l |les |a |an )?(?:\S+ )?{_ATTR_insult14} (?:of|d|de|du) "
        r"(?:a |an |un |une |the |le |la |my |ma |mon |some |des )?(?:\S+ ){0,2}?"
        rf"(?:{_WORTHLESS_insult14}|{_BADADJ_insult14})(?![^ ])"
        rf"|{B}(?:your|ur|ton|ta|tes|votre) {_ATTR_insult14} (?:\S+ )?(?:has|have|is|runs|run|works|got|a|est|"
        r"tourne|fonctionne|marche|is running|is still running|tourne encore|fonctionne encore) (?:\S+ ){0,2}?"
        r"(?:of|on|like|d|de|sur|sous|comme|a|au) (?:a |an |un |une |the |le |la )?(?:\S+ ){0,2}?"
        rf"(?:{_WORTHLESS_insult14}|{_BADADJ_insult14})(?![^ ])"
        rf"|{B}(?:and|et) (?:\S+ ){{0,2}}?(?:so does|so is|same for|same with|pareil pour|idem pour|tout comme) "
        r"(?:your|ur|ta|ton|tes) (?:personality|personnalite|brain|cerveau|face|tete|gueule|iq|qi|gameplay|"
        r"conversation)(?![^ ])"
        rf"|{B}(?:and|et) (?:the|la|le) (?:personality|personnalite|brain|cerveau|iq|qi|charisma|charisme) "
        r"(?:to match|qui va avec|assorti|assortie)(?![^ ])",
    ),
    # "talking to you is like talking to a brick wall", « parler avec toi c'est comme discuter avec un pot de
    # yaourt périmé »: talking with the reader made talking to a thing
    (
        _I,
        "insult_talking_to_thing_insult14",
        "talking speaking arguing debating chatting playing parler discuter jouer debattre argumenter",
        "like comme",
        False,
        r"(?<![^ ])(?:talking|speaking|arguing|debating|chatting|playing|parler|discuter|jouer|debattre|argumenter) "
        r"(?:to|with|avec|a) (?:you|u|toi|vous) (?:is|c est|est|feels) (?:\S+ )?(?:like|comme) (?:\S+ ){0,5}?"
        rf"(?:{_WORTHLESS_insult14}|{_BADADJ_insult14}|wall|mur|brick)(?![^ ])",
    ),
    # "you're dumber than a defence objective", « t'es plus con qu'une huître », "even a bot plays better than
    # you", « même mon chat jouerait mieux » (said to someone), "i've met ironmen with more common sense than you",
    # « même tes tics ont plus de coordination que toi »; never "than me", "than you think", "even a pro"
    (
        _I,
        "insult_worse_than_thing_insult14",
        "dumber stupider thicker dimmer useless annoying brainless useful con conne bete debile inutile nul nulle "
        "lent lente chiant chiante utile intelligent intelligente smart mieux more plus even meme",
        None,
        False,
        rf"{B}{_YOU_ARE_insult14} (?:(?!not|pas|never|jamais|no)\S+ )?(?:dumber|stupider|thicker|dimmer|"
        r"more useless|more annoying|more brainless|less useful|less intelligent|less smart|plus con|plus conne|"
        r"plus bete|plus debile|plus inutile|plus nul|plus nulle|plus chiant|plus chiante|moins utile|moins malin|"
        r"moins maligne|moins intelligent|moins intelligente) (?:than|que|qu)(?! (?:me|moi|i|i am|je|him|her|lui|"
        r"elle)(?![^ ]))"
        rf"|^(?=.*{B}{_SECOND_insult14}(?![^ ])).*{B}(?:even|meme) (?:a|an|un|une|my|mon|ma|the|le|la|les|ton|ta|"
        r"your|ur|des) (?!(?:pro|pros|god|champion|champ|legend|legende|dieu|expert|coach|streamer|smurf)(?![^ ]))"
        r"(?:\S+ ){0,3}?(?:plays|play|jouerait|joue|jouent|jouerai|aims|aim|vise|drives|drive|conduit|"
        r"would play|would do|would aim|would drive|would have done|could play|could do|could aim|ferait|fait|"
        r"does|did|can do|can play|builds|build|farm|farms|farment) (?:\S+ ){0,3}?(?:better|mieux)(?! (?:than|que|"
        r"qu) (?:me|moi|i|him|her|lui|elle|us|nous)(?![^ ]))(?![^ ])"
        r"|(?<![^ ])(?:i ve|i have|ive|j ai|j en ai) (?:\S+ )?(?:met|seen|known|played with|vu|connu|croise|"
        r"rencontre) (?:\S+ ){1,4}?(?:with|avec|who have|who had|qui ont|qui avaient) (?:more|plus de|plus d) "
        rf"{_ATTR_insult14} (?:than|que|qu) (?:you|u|toi|vous)(?![^ ])"
        r"|(?<![^ ])(?:\S+ ){1,3}(?:has|have|had|a|ont|avait|avaient) (?:more|plus de|plus d) "
        rf"{_ATTR_insult14} (?:than|que|qu) (?:you|u|toi|vous)(?! think| know| realise| realize| crois| penses)"
        r"(?![^ ])",
    ),
    # "you'd lose a 1v1 to a wooden door", "u got outplayed by a bean", « même les bots te farm »: the reader
    # beaten by a worthless thing
    (
        _I,
        "insult_beaten_by_thing_insult14",
        "lose lost losing perdre perdrais perds outplayed outqualified outscored outaimed outsmarted beaten battu "
        "battre rekt destroyed clapped farm farment farmed demonte eclate",
        None,
        False,
        r"(?<![^ ])(?:you|u|tu|t|toi tu|ya) (?:\S+ ){0,2}?(?:lose|lost|losing|perdre|perdrais|perdrait|perds|"
        r"outplayed|outqualified|outscored|outaimed|outsmarted|outdone|beaten|beat|battu|battue|rekt|destroyed|"
        r"clapped|farmed|demonte|demontee|eclate|eclatee) (?:\S+ ){0,4}?(?:to|by|against|contre|par) "
        r"(?:a|an|un|une|the|le|la|my|mon|ma|some) (?:\S+ ){0,3}?"
        rf"(?:{_WORTHLESS_insult14})(?![^ ])"
        r"|(?<![^ ])(?:even|meme) (?:the |les |des )?(?:bots|npcs|pnj|mobs|minions|sbires|ai|ia) (?:\S+ )?"
        r"(?:te|you|u|t) (?:farm|farment|farms|kill|tuent|outplay|beat|battent|eclatent|defoncent|destroy|clap)"
        r"(?![^ ])",
    ),
    # "you play like my grandma", « tu parles comme un gamin de 8 ans », « on dirait ma grand-mère quand tu joues »,
    # « il joue r6 comme ma grand-mère conduit »: the reader's play or talk made a child's or an old person's
    (
        _I,
        "insult_plays_like_insult14",
        "like comme dirait",
        None,
        False,
        r"(?<![^ ])(?:you|u|tu|t|il|elle|he|she) (?:play|plays|joues|joue|drive|drives|conduis|conduit|aim|aims|"
        r"vises|vise|talk|talks|parles|parle|write|writes|ecris|ecrit|type|types|tapes|move|moves|bouges|think|"
        r"thinks|penses|argue|argues|debats|raisonnes|reasons) (?:\S+ ){0,3}?(?:like|comme) (?:a|an|un|une|my|ma|"
        rf"mon|the|le|la|some) (?:\S+ ){{0,2}}?{_WORTHLESS_insult14}(?![^ ])"
        r"|(?<![^ ])(?:on dirait|looks like|feels like|it s like watching|c est comme regarder) (?:ma|my|mon|un|une|"
        rf"a|an) (?:\S+ ){{0,2}}?{_WORTHLESS_insult14} (?:\S+ ){{0,2}}?(?:quand|when|whenever|while) "
        r"(?:tu|you|t|u) (?:joues|play|plays|parles|talk|conduis|drive|vises|aim|ecris|type)(?![^ ])",
    ),
    # rhetorical questions: "how are you this bad at a game made for kids", « c'est pas possible d'être aussi
    # con », "teach me how to be this bad", « apprends-moi à être aussi nul »; never "how are you so good"
    (
        _I,
        "insult_how_this_bad_insult14",
        "how comment possible impossible teach show apprends montre dingue",
        None,
        False,
        r"(?<![^ ])how (?:are you|r you|are u|can you be|can anyone be|is anyone|can someone be|do you manage to be|"
        r"did you get|is it possible to be|are you still) (?:this|so|that) "
        rf"{_DIM_insult14}(?= (?:at|in|with|on|for|a|au|en|dans|sur|pour)(?![^ ]))"
        r"|(?<![^ ])(?:comment (?:tu peux|t arrives a|on peut|tu fais pour|tu arrives a|c est possible d|peut on|"
        r"fais tu pour)|c est pas possible d|pas possible d|c est impossible d|c est dingue d|how is it possible to) "
        rf"(?:etre|be) (?:aussi|si|autant|this|so|a ce point) {_DIM_insult14}(?![^ ])"
        r"|(?<![^ ])(?:please )?(?:teach|show|tell) me how (?:to be|you got|you manage to be|to get|you are) "
        rf"(?:this|so|that) {_DIM_insult14}(?![^ ])"
        r"|(?<![^ ])(?:apprends moi|montre moi|explique moi) (?:comment|a) (?:etre|jouer|devenir) (?:aussi|si) "
        rf"(?:{_DIM_insult14}|mal)(?![^ ])",
    ),
    # "seriously who raised you? wolves would've done better", "were you raised in a barn", « t'as été élevé par
    # des loups »: the reader's upbringing made an animal's
    (
        _I,
        "insult_who_raised_you_insult14",
        "raised eleve elevee brought",
        None,
        False,
        r"(?<![^ ])(?:who|qui) (?:raised|brought up|a eleve|t a eleve|t as eleve|vous a eleve|t a elevee)"
        r"(?: you| u| toi)?(?![^ ]).*(?<![^ ])(?:wolves|wolf|barn|zoo|animals|apes|loups|singes|grange|"
        r"better job|done better|mieux fait|meilleur boulot)(?![^ ])"
        r"|(?<![^ ])(?:were you|was you|you were|t as ete|tu as ete|t es|tu es|vous avez ete) (?:\S+ )?"
        r"(?:raised|brought up|eleve|elevee|grandi|grandie) (?:by|in|par|dans|avec) (?:the |a |des |une |un |les )?"
        r"(?:wolves|barn|zoo|apes|loups|grange|singes|animaux|animals)(?![^ ])",
    ),
    # "is it the dialysis that makes you this dumb", « c'est la dialyse qui te rend aussi lent ou t'étais déjà
    # comme ça »: an illness or a treatment blamed for the reader's dimness; "slow" only with "or were you always
    # like this"; never "is it the meds that make me so slow"
    (
        _I,
        "insult_what_makes_you_dim_insult14",
        "makes make made rend rends rendu rendent",
        None,
        False,
        r"(?<![^ ])(?:is it|was it|c est|est ce|is that|are the|is the) (?:the |your |ur |la |le |ta |ton |tes |"
        r"l |les )?(?:\S+ ){0,2}?(?:that|which|qui) (?:te |t )?(?:makes|made|make|rend|rends|rendent|a rendu) "
        r"(?:you |u )?(?:this|so|that|aussi|si|autant) (?:dumb|stupid|annoying|useless|thick|dense|con|"
        r"conne|bete|debile|chiant|chiante|inutile|insupportable|idiot|idiote|clueless|braindead|brain dead)"
        r"(?![^ ])"
        r"|(?<![^ ])(?:is it|was it|c est|est ce) (?:the |your |ur |la |le |ta |ton |tes |l |les )?(?:\S+ ){0,2}?"
        r"(?:that|which|qui) (?:te |t )?(?:makes|made|make|rend|rends|a rendu) (?:you |u )?(?:this|so|"
        r"that|aussi|si|autant) (?:slow|lent|lente|\S+) (?:\S+ ){0,2}?(?:or|ou) (?:were you|was you|you were|"
        r"t etais|tu etais|t es|tu es|you ve been|you have been|have you) (?:always|deja|toujours|born|ne|nee)"
        r"(?![^ ])",
    ),
    # « t'as des tics même quand t'écris ou quoi », "is the twitching in your brain too or just your shoulders",
    # « tu trembles même au clavier ou quoi »: a symptom carried into the reader's writing or mind, mocked
    (
        _I,
        "insult_symptom_in_brain_insult14",
        "tics tic spasmes tremblements convulsions twitching twitch tremor tremors shaking stutter stammer spasms "
        "trembles begaies begayes bugges",
        None,
        False,
        r"(?<![^ ])(?:t as|tu as|tu fais|t fais|toi t as|tu) (?:des |tes )?(?:tics|spasmes|tremblements|"
        r"convulsions|trembles|begaies|begayes|bugges) (?:\S+ )?(?:meme|aussi|encore) (?:\S+ ){0,4}?"
        r"(?:ou quoi|ou bien|ou comment)(?![^ ])"
        r"|(?<![^ ])(?:is|are|does|do) (?:the|your|ur) (?:\S+ )?(?:twitching|twitch|tics|tic|tremor|tremors|"
        r"shaking|stutter|stammer|spasms) (?:\S+ ){0,3}?(?:in|reach|reaches|affect|affects|spread to|get to|"
        r"gets to) (?:your|ur) (?:brain|head|typing|keyboard|thoughts|messages|mind) (?:too|as well|also)(?![^ ])",
    ),
    # « t'as fait des études ou t'as juste appris à respirer », "did you go to school or just learn to breathe"
    (
        _I,
        "insult_just_learned_to_breathe_insult14",
        "appris learn learned learnt learning",
        "or ou",
        False,
        r"(?<![^ ])(?:or|ou) (?:did you |t as |tu as |have you |you |u )?(?:just|juste|only|seulement) "
        r"(?:learn|learned|learnt|appris|learning) (?:to|a|how to) (?:breathe|read|walk|respirer|lire|marcher|"
        r"tie your shoes|count|compter|blink|cligner)(?![^ ])",
    ),
    # « on t'a déjà dit que t'étais chiant ? bah je te le dis », "has anyone ever told you you're exhausting":
    # a contempt adjective given as news; never "has anyone told you you're amazing"
    (
        _I,
        "insult_been_told_insult14",
        "dit told tell",
        None,
        False,
        r"(?<![^ ])(?:on t a|quelqu un t a|personne t a|has anyone|has anybody|did anyone|did anybody|has no one|"
        r"nobody ever|has nobody|no one ever|has someone|did someone) (?:\S+ )?(?:deja |ever |jamais |already )?"
        r"(?:dit|told you|tell you) (?:que |qu |that )?(?:t etais|tu etais|t es|tu es|you re|you are|your|ur|"
        r"you were) (?:\S+ )?(?:chiant|chiante|con|conne|nul|nulle|bete|lourd|lourde|relou|boring|annoying|dumb|"
        r"stupid|useless|insufferable|unbearable|a pain|a joke|an idiot|une plaie|insupportable|penible|"
        r"exhausting|saoulant|saoulante|soulant|soulante|cringe|genant|gênant|pathetic|pathetique|debile)(?![^ ])",
    ),
    # "you are exhausting, love", « t'es une plaie sérieux », "a massive drain on everyone", « t'es saoulante »,
    # "you're slow every day", "you're not a bit slow today, you're slow every day": a contempt predicate with no
    # insult noun; never a negation ("you're not a burden"), never "you're exhausting yourself"
    (
        _I,
        "insult_contempt_predicate_insult14",
        "exhausting insufferable unbearable pain plaie saoulant saoulante soulant soulante insupportable "
        "insuportable penible relou liability drain weight poids waste leech sangsue disaster catastrophe disgrace "
        "honte embarrassment menace fleau joke blague farce day days time temps jours always",
        None,
        False,
        rf"{B}(?<!vous etes ){_YOU_ARE_insult14}(?<!vous etes) {_DEG_insult14}{_CONTEMPT_ADJ_insult14}(?! (?:yourself|urself|yourselves|"
        r"the|all|every|my|me|it|them|him|her|to no one|to nobody|pour personne|if|when|si|quand|at|a|de|d|"
        r"with|avec|for|pour)(?![^ ]))(?![^ ])"
        rf"|{B}{_YOU_ARE_insult14} (?:(?:just|simply|juste|so|si|vraiment) )?(?:slow|lent|lente|dumb|stupid|"
        r"useless|thick|con|conne|bete|nul|nulle|inutile|chiant|chiante|annoying|boring|debile|insupportable|"
        r"exhausting) (?:\S+ )?(?:every day|every single day|all the time|tout le temps|tous les jours|h24|"
        r"24 7|constantly|non stop)(?![^ ])",
    ),
    # "the absolute state of you", « quel gâchis d'oxygène toi », « tu fais pitié frère », « tu me fais honte »,
    # « c'est toi le problème, c'est toujours toi », "what a joke you are", "quelle tristesse ta vie pour passer
    # tes nuits à troller": the reader as a whole found contemptible
    (
        _I,
        "insult_reader_contemptible_insult14",
        "state gachis gaspillage waste pitie honte probleme problem souci joke blague farce disgrace "
        "embarrassment tristesse misere sad pathetic empty miserable lonely pathetique disappointment "
        "deception soucis pb",
        None,
        False,
        r"(?<![^ ])(?:the )?(?:absolute |actual |sheer |utter |fucking )?state of (?:you|u|ya)(?![^ ])"
        r"|(?<![^ ])(?:quel|quelle|what a|such a|absolute|t es un|t es une|you re a|you are a|tu es un|tu es une) "
        r"(?:\S+ )?(?:gachis|gaspillage|waste) (?:d|de|of) (?:oxygene|oxygen|air|space|place|skin|peau|carbon|"
        r"carbone|atomes|atoms|matiere|a life|une vie|pixels|organs|organes)(?![^ ])"
        r"|(?<![^ ])(?:tu|toi tu|t|toi t) (?:me |nous )?(?:fais|fait) (?:vraiment |trop |grave |"
        r"tellement |franchement )?(?:pitie|honte)(?! (?:a|de|pour) (?:toi|vous)(?![^ ]))(?![^ ])"
        r"|(?<![^ ])(?:c est|c etait) (?:toi|vous) le (?:probleme|souci|soucis|pb)(?![^ ])"
        r"|(?<![^ ])(?:you are|you re|youre|ur|t es|tu es) (?:always |toujours |literally |litteralement |"
        r"clearly |clairement |juste |just )?(?:the|le|la) (?:problem|probleme|issue|souci)(?! (?:with|solver|"
        r"avec|solving)(?![^ ]))(?![^ ])"
        r"|(?<![^ ])(?:what a|such a|quelle|quel) (?:\S+ )?(?:joke|blague|farce|disgrace|embarrassment|honte|"
        r"disappointment|deception) (?:you are|you re|ur|t es|tu es|tu fais|you have become|t es devenu|"
        r"t es devenue)(?![^ ])"
        r"|(?<![^ ])(?:how|so|what a|quelle|quel) (?:sad|pathetic|empty|miserable|lonely|tristesse|misere|vide|"
        r"pathetique) (?:\S+ ){0,3}?(?:your|ur|ta|ton|votre) (?:life|vie|existence) (?:\S+ ){0,3}?(?:to|if|for|"
        r"pour|si|de|that|when|quand) (?:\S+ ){0,4}?(?:troll|trolling|troller|trolle|spend|spending|passer|"
        r"passes|argue|arguing|post|posting|harass|harceler|insult|insulting|insulter|hate|hating|bully|bullying|"
        r"nuits|nights)(?![^ ])",
    ),
    # "you're the kind of person people invite out of pity", « toi t'es le genre de mec qui chiale en vocal »,
    # "you sound like a guy who's never survived a raid and blames desync": the reader made a contemptible type;
    # never "the kind of person who makes everyone welcome"
    (
        _I,
        "insult_kind_of_person_insult14",
        "kind type sort genre style guy mec gars person personne teammate",
        None,
        False,
        r"(?<![^ ])(?:you are|you re|youre|ur|your|t es|tu es|toi t es|you sound|u sound|you seem|on dirait|"
        r"tu ressembles a|t as l air d etre|t as la tete) (?:exactly |just |totally |literally |so |vraiment |"
        r"juste |clairement |clearly )?(?:like )?(?:the|a|an|le|la|un|une) (?:kind|type|sort|genre|style|guy|"
        r"girl|kid|person|dude|mec|gars|meuf|personne|teammate|player|joueur) (?:of |de |d )?(?:\S+ ){0,2}?"
        r"(?:who|that|qui|qu|que|nobody|no one|personne) (?:\S+ ){0,10}?(?:par pitie|out of pity|from pity|"
        r"chiale|chialer|chouine|pleurniche|whines|whine|whinges|blames|blame|complains about everything|"
        r"ragequits|rage quits|too slow|trop lent|trop lente|never survived|never won|se fait carry|gets carried|"
        r"ruins|gache tout|ruine tout|screams|hurle|invites|invite|supporte|can stand|wants around|"
        r"se plaint de tout|cries about|feeds|int s)(?![^ ])",
    ),
    # "thanks for demonstrating exactly why your last clan kicked you", « merci de nous montrer pourquoi
    # personne te supporte »
    (
        _I,
        "insult_thanks_for_showing_why_insult14",
        "demonstrating showing proving reminding illustrating montrer prouver demontrer illustrer rappeler",
        "why pourquoi",
        False,
        r"(?<![^ ])(?:thanks|thank you|thx|ty|merci) (?:\S+ )?(?:for|de|d) (?:demonstrating|showing|proving|"
        r"reminding|illustrating|montrer|prouver|demontrer|illustrer|nous montrer|nous rappeler|rappeler|"
        r"nous prouver) (?:\S+ ){0,2}?(?:why|pourquoi) (?:\S+ ){0,5}?(?:kicked|banned|dumped|left|quit|hates|"
        r"hate|nobody|no one|blocked|muted|vire|virer|ban|banni|quitte|larguee|largue|deteste|personne|bloque|"
        r"mute|ghosted|ignores)(?![^ ])",
    ),
    # "no wonder nobody visits you", "i'm not shocked nobody talks to you", « pas étonnant que personne te
    # parle »; never "no wonder everyone loves you"
    (
        _I,
        "insult_no_wonder_nobody_insult14",
        "wonder surprised shocked unsurprising etonnant surprenant etonne etonnee normal comprends explique",
        None,
        False,
        r"(?<![^ ])(?:no wonder|not surprised|not shocked|unsurprising|i get why|i see why|i can see why|"
        r"explains why|pas etonnant|pas surprenant|pas etonnee|pas etonne|normal que|je comprends pourquoi|"
        r"on comprend pourquoi|ca explique pourquoi|c est pour ca que) (?:that |que |qu )?(?:\S+ ){0,3}?"
        r"(?:nobody|no one|noone|personne|your (?:ex|wife|husband|gf|bf|girlfriend|boyfriend|clan|team|friends|"
        r"family|kids|parents)|ton ex|ta femme|ton mari|ta meuf|ton mec|ton clan|ta team|tes potes|ta famille|"
        r"tes parents|tes gosses) (?:\S+ ){0,2}?(?:visits you|likes you|talks to you|wants you|invites you|"
        r"calls you|left you|dumped you|kicked you|hates you|avoids you|blocked you|ghosted you|te parle|"
        r"t aime|t invite|te rend visite|veut de toi|t appelle|t a quitte|t a largue|t a vire|te deteste|t evite|"
        r"t a bloque|te supporte|t a ghost|t ait quitte|t ait largue|t ait vire|te parle plus|t invite plus|"
        r"te parlent|t invitent|te supportent|can stand you|puts up with you)(?![^ ])",
    ),
    # dismissals: "cool story, now go back to eating your crayons", « retourne à l'école », « va te coucher c'est
    # l'heure des bébés », "go cry to the mods again", « va pleurer ailleurs », « dégage de la team », "let the real
    # players talk", "nobody wants you here"; never "i go back to school monday", « va te coucher, il est tard »
    (
        _I,
        "insult_sent_off_insult14",
        "retourne crayons crayon coucher dormir cry pleurer chialer pleurnicher plaindre chouiner whine degage "
        "degagez barre tire gtfo fous let laisse nobody personne kindergarten school preschool nursery tutorial "
        "maternelle ecole tuto legos lego crush roblox sable sandbox creche coloring colouring coloriage "
        "playground recre sieste crib corner casse cassez snitch balancer",
        None,
        False,
        r"(?:^|(?<![^ ])(?:mdr\S*|lol|ptdr|lmao|toi|allez|bon|et|non|stp|frere|bro|mec|wesh|now|so|just|then|"
        r"alors|donc|intelligent|malin|maligne|story|bye|ok|okay|please|pls|sweetie|darling|hun|kid|gamin) )"
        r"(?:go back to|get back to|retourne a|retourne au|retourne en|retourne jouer a|retourne jouer au|"
        r"retourne jouer aux|retourne sur|back to) (?:\S+ ){0,2}?(?:eating (?:your |ur )?crayons|crayons|"
        r"kindergarten|school|preschool|nursery|maternelle|l ecole|ecole|legos|lego|"
        r"candy crush|roblox|bac a sable|sandbox|creche|mobile games|coloring|colouring|coloriage|playground|"
        r"cour de recre|la sieste|your crib)(?![^ ])"
        r"|(?<![^ ])(?:va|allez|go|vas) (?:te coucher|dormir|au lit|to bed|to sleep)(?: \S+){0,3} "
        r"(?:c est l heure des|it s past your|past your|l heure des) (?:bebes|enfants|gamins|gosses|bedtime|"
        r"bed time|petits)(?![^ ])"
        r"|(?<![^ ])(?:go|run|va|allez|vas y|run along and) (?:cry|crying|whine|complain|pleurer|chialer|"
        r"pleurnicher|te plaindre|chouiner|cry about it|snitch|balancer)(?: again| encore)?(?: about it)? "
        r"(?:(?:to|a|aux|chez) (?:the |your |ur |ta |tes |les |ton )?(?:mods|modos|mod|admins|admin|mommy|"
        r"mummy|mum|mom|mere|maman|daddy|papa|prof|teacher)|ailleurs|elsewhere|somewhere else|in a corner|"
        r"dans un coin|in the corner|dans ton coin)(?![^ ])"
        r"|(?<![^ ])(?:degage|degagez|casse toi|cassez vous|barre toi|tire toi|fous le camp|foutez le camp|gtfo|"
        r"get the fuck out) (?:de |d |du |des |of |from )?(?:la |l |my |our |the |notre |ma |mon |this |ce |cette |nos )?"
        r"(?:team|equipe|squad|escouade|clan|guilde|guild|serveur|server|groupe|group|lobby|raid|party|"
        r"partie|game|vocal|voc|discord)(?![^ ])"
        r"|(?<![^ ])(?:go )?(?:sit|stand) (?:\S+ )?(?:in the corner|in a corner)(?![^ ])"
        r"|(?<![^ ])let the (?:real|big|grown|adult|actual|good) (?:players |people |ones |kids |boys |gamers |"
        r"ups )?(?:talk|speak|play|handle it|cook)(?![^ ])"
        r"|(?<![^ ])laisse (?:parler|jouer|faire) les (?:grands|adultes|vrais)(?![^ ])"
        r"|(?<![^ ])(?:nobody|no one|noone|personne) (?:here |in here |ici )?(?:wants|want|ne veut|veut) "
        r"(?:you|u) (?:here|in|on|around|back)(?![^ ])"
        r"|(?<![^ ])(?:personne|plus personne) (?:ne )?(?:veut|voulait) (?:de toi|jouer avec toi|de vous)(?![^ ])"
        r"|(?<![^ ])(?:nobody|no one|noone|personne) (?:here |in here |ici )?(?:can stand|likes|ne peut te|"
        r"peut te|peut pas te|n arrive a te) ?(?:you|u|blairer|supporter|sentir|encadrer)(?! (?:more|better|as|"
        r"plus|autant)(?![^ ]))(?![^ ])",
    ),
    # "go cry to the mods again, it's the only thing you're good at"; never "the only thing i'm good at"
    (
        _I,
        "insult_only_thing_good_at_insult14",
        "only seule seul",
        "good bon bonne doue douee",
        False,
        r"(?<![^ ])(?:it s|that s|its|thats|it is|that is|c est|c etait|the|ca c est) (?:the |la |le )?"
        r"(?:only|seule|seul) (?:thing|chose|truc|skill|talent) (?:you re|you are|your|you ve ever been|ur|t es|"
        r"tu es|ou t es|ou tu es|pour laquelle t es|pour lequel t es) ?(?:good at|good for|bon a|bonne a|doue|"
        r"douee|bon|bonne)(?! (?:is|c est) (?:making|being|cheering|helping|de me faire|me faire)(?![^ ]))"
        r"(?![^ ])",
    ),
    # the reader's illness turned on them: "you deserve every bit of that flare", "maybe it'll shut you up",
    # « c'est bon on a compris que t'as de l'endométriose, pas besoin d'en faire un roman », "we get it, you're
    # sick, doesn't give you the right to …", "not your brain, so what's your excuse", "convenient how that only
    # happens when ur losing"; never "you deserve relief from that pain", "we get it, you're sick, rest ❤️"
    (
        _I,
        "insult_illness_turned_on_reader_insult14",
        "deserve deserved deserves merites meritais merite shut taire get compris sait capte pige excuse quiet "
        "convenient pratique funny marrant bizarre hasard know sick malade malades ill lupus endometriose "
        "endometriosis fibro migraine migraines pain douleur douleurs flare brain cerveau mind tete",
        None,
        False,
        r"(?<![^ ])(?:you|u|tu|t) (?:deserve|deserved|deserves|merites|meritais|as merite|merite) "
        r"(?:every (?:bit|second|minute|ounce|drop|day|moment) of |all of |bien |totalement |entirely |fully |"
        r"completely |amplement )?(?:that|this|your|"
        rf"ur|ta|ton|tes|cette|ce|the|la|le|each|every) (?:\S+ )?{_ILL_insult14}(?![^ ]){_NOT_KIND_AFTER_insult14}"
        r"|(?<![^ ])(?:maybe|hopefully|with any luck|peut etre|j espere|esperons|avec un peu de chance) "
        r"(?:that |que |qu )?(?:\S+ ){1,3}?(?:will |ll |va |te )?(?:shut you up|keep you quiet|"
        r"shut your mouth|te faire taire|te la fermer|fermer ta gueule|te calmer|calm you down)(?![^ ])"
        r"|(?<![^ ])(?:we get it|we know|ok we get it|yes we know|yeah we know|on a compris|c est bon on sait|"
        r"on sait|on le sait|on a capte|on a pige) (?:\S+ ){0,2}?(?:you re|you are|you have|you ve got|ur|t as|"
        r"tu as|t es|tu es|que t as|que tu as|que t es|que tu es|qu t as|u r|u have) (?:\S+ ){0,4}?"
        rf"{_ILL_insult14}(?![^ ])(?=.*(?<![^ ])(?:doesn t give you|does not give you|does n t give you|doesnt give you|give you the right|doesn t make you special|"
        r"doesn t mean you|no need to|pas besoin d|nobody cares|personne s en fout|on s en fout|shut up|"
        r"tais toi|ferme la|enough already|ca suffit|give it a rest|saoul|saoulant|saoulante|soulant|soulante|"
        r"drain|roman|chiant|chiante|relou|lourd|lourde|every message|every post|every single|chaque message|"
        r"a chaque|tous les jours|stop talking|stop posting|stop whining|stop moaning|stop going on|"
        r"arrete de te plaindre|arrete d en parler|arrete de chouiner|get over it|move on|not special)(?![^ ]))"
        rf"|(?<![^ ])(?:not|pas) (?:your|ur|ton|ta) {_BRAIN14} (?:\S+ ){{0,4}}?(?:what s|whats|what is|c est quoi) "
        r"(?:your|ur|ton|ta) (?:excuse|reason|raison)(?![^ ])"
        r"|(?<![^ ])(?:funny|convenient|pratique|marrant|bizarre|comme par hasard) (?:how|que|comme|qu)? ?"
        r"(?:that|it|this|ca|cela|ton|ta|your|ur|tes) (?:\S+ ){0,2}?(?:only|always|seulement|toujours|que) "
        r"(?:\S+ ){0,2}?(?:when|quand|lorsque) (?:you re|you are|ur|u r|you|tu|t) (?:\S+ )?(?:losing|lose|"
        r"wrong|called out|caught|asked|perds|as tort|perdre|it suits you|ca t arrange|busted|cornered|"
        r"losing an argument|winning)(?![^ ])",
    ),
    # « toi tu roules, tu marches pas, alors viens pas nous dire comment marcher », "you can't even walk so don't
    # tell us how to run": the reader's disability made a disqualification; "you had surgery and you're still a
    # pig": a treatment made the measure of a failing
    (
        _I,
        "insult_disability_disqualifies_insult14",
        "roules marches walk roll wheel vois entends see hear surgery operation stapled bypass chemo chimio "
        "transplant greffe operee opere rehab",
        None,
        False,
        r"(?<![^ ])(?:tu|toi tu|you|u) (?:roules|marches pas|ne marches pas|vois pas|entends pas|can t walk|can not walk|"
        r"can not even walk|can not see|can not hear|do not walk|"
        r"cannot walk|can t even walk|can t see|can t hear|don t walk|roll|wheel around) (?:\S+ ){0,6}?"
        r"(?:alors|donc|so) (?:viens pas|ne viens pas|venez pas|don t|do not|stop|arrete de|evite de) "
        r"(?:\S+ ){0,3}?(?:dire|expliquer|apprendre|tell|teach|lecture|explain|give advice|donner des lecons|"
        r"faire la lecon) (?:\S+ ){0,3}?(?:comment|how)(?![^ ])"
        r"|(?<![^ ])(?:you had|you got|you ve had|t as eu|tu as eu|t as fait|tu as fait|t t es fait|t es fait) "
        r"(?:(?:your|ur|ta|ton|une|un|a|an|the|la|le) )?(?:\S+ ){0,3}?(?:surgery|operation|stapled|bypass|chemo|"
        r"chimio|transplant|greffe|rehab|therapy|therapie|sleeve|anneau|gastric) (?:\S+ ){0,3}?(?:and|et) "
        r"(?:you re|you are|ur|t es|tu es) (?:still|toujours|encore) (?:a |an |un |une )?(?:\S+ )?(?:pig|cochon|"
        r"porc|greedy|fat|gros|grosse|lazy|feignasse|feignant|drama|whiny|joke|loser|failure|idiot|con|conne|"
        r"moron|useless|inutile|nul|nulle|mess|disgrace|cow|vache|glutton|goinfre|morfale)(?![^ ])",
    ),
    # "your one functioning brain cell", « avec ton dernier neurone », "you have not a single brain cell": the
    # reader's brain counted; never "my one brain cell"
    (
        _I,
        "insult_brain_cell_counted_insult14",
        "cell cells braincell braincells neurone neurones",
        None,
        False,
        r"(?<![^ ])(?:your|ur|ton|ta|tes|with your|with ur|avec ton|avec ta|avec tes|you have|you ve got|"
        r"you got|you only have|t as|tu as|t as que|tu as que|t as qu|tu n as que|you have only|t a) "
        r"(?:only |last |seul |dernier |derniere |unique |single |remaining |sole |lonely )?(?:one|1|two|2|deux|"
        r"trois|3|un|une|seul|single|last|dernier|derniere|only|unique|lonely) (?:functioning |working |"
        r"remaining |lonely |surviving |active |functional |restant |restants |qui marche |qui fonctionne |"
        r"brain )?(?:brain cell|braincell|brain cells|braincells|neurone|neurones)(?![^ ])"
        r"|(?<![^ ])(?:you have|you ve got|you got|t as|tu as|tu n as|t a|you re|you are) (?:not a single|"
        r"not one|zero|0|pas un seul|pas un|aucun|plus aucun|plus un seul) (?:functioning |working )?"
        r"(?:brain cell|braincell|neurone)(?![^ ])",
    ),
    # "imagine being this bad", « imagine être aussi nul », "imagine losing to a pad player while sitting in a 3k
    # rig": the reader's failing held up for show
    (
        _I,
        "insult_imagine_being_insult14",
        "imagine imaginez",
        None,
        False,
        r"(?<![^ ])(?:imagine|imaginez|imagine toi|imagine you re) (?:being|to be|etre|d etre|avoir|having) "
        rf"(?:this|so|that|aussi|si|autant|tellement) (?:{_DIM_insult14}|washed|mid|slow|lent|lente|boring|ugly|"
        r"moche)(?![^ ])"
        r"|(?<![^ ])(?:imagine|imaginez) (?:losing|perdre|getting beaten|getting outplayed|getting clapped|"
        r"te faire battre|te faire eclater|se faire battre|se faire eclater) (?:\S+ ){0,3}?(?:to|against|contre|"
        r"par|by) (?:\S+ ){0,4}?(?:while|with|avec|en ayant|after|apres|when|alors que)(?![^ ])",
    ),
    # « tu craches sur tout le monde mais t'as même pas fini le tuto », "and ur here giving advice", "40 attempts
    # and you still can't beat him, what a joke", « depuis 2 ans et t'es encore rang C, abandonne »: the reader's
    # standing measured against their talk
    (
        _I,
        "insult_talk_beyond_standing_insult14",
        "tuto tutorial tutoriel advice conseils lecons abandonne abandonnes give uninstall desinstalle quit "
        "joke blague honte embarrassing pathetic pathetique",
        None,
        False,
        r"(?<![^ ])(?:craches|crache|flame|flames|flaming|trash talk|trash talking|critiques|donnes des conseils|"
        r"donnes des lecons|fais le malin|la ramenes|la ramene|giving advice|give advice|lecture|lecturing|"
        r"act like|acting like|talk big|talking big|shotcall|shotcalling|juges|judge) (?:\S+ ){0,6}?"
        r"(?:mais|but|and|et|alors que|when|while) (?:t as|tu as|you|u|you ve|you have|t es|tu es|ur|you re|"
        r"you are) (?:\S+ ){0,2}?(?:meme pas|not even|never|jamais|still|encore|toujours|only|haven t even) "
        r"(?:\S+ ){0,4}?(?:tuto|tutorial|tutoriel|bronze|iron|fer|first level|premier niveau|level 1|niveau 1|"
        r"intro|hardstuck|tutorial island)(?![^ ])"
        r"|(?<![^ ])(?:and|et) (?:you re|ur|t es|tu es|you are) (?:still )?(?:here|ici|la) (?:giving|donner|donnes|"
        r"talking|parler|parles|lecturing|telling|faire la morale|fais la morale|shotcalling|giving advice|"
        r"flaming|flame|judging|juger|juges)(?![^ ])"
        r"|(?<![^ ])(?:depuis|for|after|attempts|tries|essais|hours|heures|games|parties|matches|years|ans|"
        r"months|mois) (?:\S+ ){0,4}?(?:et|and) (?:t es|tu es|you re|you are|ur|you|tu|t|u) (?:\S+ ){0,2}?"
        r"(?:encore|still|toujours) (?:\S+ ){0,5}?(?<!didn t )(?<!did not )(?<!never )(?<!pas )(?<!not )"
        r"(?<!won t )(?<!don t )(?:abandonne|abandonnes|give up|uninstall|desinstalle|quit|what a joke|"
        r"quelle blague|la honte|embarrassing|pathetic|pathetique)(?![^ ])",
    ),
    # « le mec il se croit intelligent, retourne à l'école », « le bordelais qui se croit malin parce qu'il a lu
    # une page », « ça va les chevilles ? », "you think you're so smart, sit down": the reader's self-regard
    # mocked; never « je me crois malin » (the author)
    (
        _I,
        "insult_thinks_himself_clever_insult14",
        "croit crois prend prends pense penses chevilles think thinks",
        None,
        False,
        r"(?<![^ ])(?:le mec|ce mec|le gars|ce gars|le type|ce type|toi|tu|t|lui|il|elle|qui) (?:il |elle )?"
        r"(?:se croit|te crois|se prend pour|te prends pour|se pense|te penses|te la petes|se la pete) (?:\S+ )?"
        r"(?:intelligent|intelligente|malin|maligne|drole|superieur|superieure|un genie|einstein|expert|experte|"
        r"le boss|plus malin|plus intelligent|quelqu un)(?![^ ])(?=.*(?<![^ ])(?:parce qu|parce que|calme toi|"
        r"redescends|retourne|mdr\S*|lol|ptdr|alors que|pour un|avec ton|avec son|avec tes|avec ses|quand|"
        r"lmao)(?![^ ]))"
        r"|(?<![^ ])(?:ca va|comment vont) (?:les|tes) chevilles(?![^ ])"
        r"|(?<![^ ])(?:you|u) (?:really )?(?:think|thought) (?:you re|ur|you are|u r) (?:so )?(?:smart|clever|"
        r"funny|special|all that|hot shit|a genius|the main character|einstein)(?![^ ])(?=.*(?<![^ ])(?:but|lol|"
        r"lmao|newsflash|sit down|calm down|yikes|cute|adorable|sweetie|hun)(?![^ ]))",
    ),
    # sarcasm through a mocked authority: "sure, because the lad who can't spell 'definitely' obviously knows
    # best", « bien sûr, parce que le mec qui sait pas écrire a forcément raison »; "tell me you failed biology
    # without telling me"; « on vous expliquera avec des dessins », "do you need me to draw you a picture"
    (
        _I,
        "insult_mocked_authority_insult14",
        "because parce knows best raison telling dire dessins dessin picture crayons crayon",
        None,
        False,
        r"(?<![^ ])(?:sure|yeah|oh yes|oh yeah|of course|right|ah oui|bien sur|evidemment|oui oui) (?:\S+ )?"
        r"(?:because|cause|coz|cos|parce que|parce qu|vu que) (?:\S+ ){1,10}?(?:who|qui|that|qu) (?:can t|can not|cannot|"
        r"couldn t|can barely|failed|never|doesn t|sait pas|sait meme pas|arrive pas|peut pas|a rate|a jamais) "
        r"(?:\S+ ){1,8}?(?:obviously|clearly|definitely|surely|totally|of course|forcement|evidemment|bien sur) "
        r"(?:knows best|knows better|is right|has the answer|gets it|sait mieux|a raison|sait tout)(?![^ ])"
        r"|(?<![^ ])tell me (?:you|u) (?:failed|flunked|never passed|never read|never went|never learned|"
        r"never studied|can t read|can t spell|can t count|know nothing|have no clue|have no brain|dropped out|"
        r"skipped) (?:\S+ ){0,5}?without telling me(?![^ ])"
        r"|(?<![^ ])dis moi que (?:t as|tu as) (?:rate|foire|jamais|pas) (?:\S+ ){0,5}?sans me (?:le )?dire"
        r"(?![^ ])"
        r"|(?<![^ ])(?:on|je) (?:te|vous) (?:l |le |la )?(?:expliquera|expliquerai|explique|fera|ferai|dessine|"
        r"dessinerai|dessinera|refera|referai) (?:\S+ )?(?:avec des dessins|un dessin|en dessin|avec des images|"
        r"avec des marionnettes|avec des petits mots|lentement)(?![^ ])"
        r"|(?<![^ ])(?:do you need me to|need me to|should i|do i have to|must i|want me to|tu veux que je|"
        r"faut il que je|faut que je) (?:draw|explain|dessine|dessiner|explique|expliquer) (?:\S+ ){0,2}?"
        r"(?:a picture|with crayons|in crayon|avec des dessins|un dessin|in small words|slowly|lentement|"
        r"en petits mots|with puppets)(?![^ ])"
        r"|(?<![^ ])(?:tu n as|t as|tu as|vous n avez|vous avez) rien compris (?:ma|mon) pauvre(?![^ ])",
    ),
    # "look at this attention seeker", "the resident drama llama", "you're such a drama queen": nouns of a
    # performed illness said of the reader; never "you're not an attention seeker for asking for help"
    (
        _I,
        "insult_performer_noun_insult14",
        "seeker seeking queen llama crybaby snowflake faker simulateur simulatrice mytho mythomane pleurnicheuse "
        "pleurnicheur chouineuse chouineur",
        None,
        False,
        rf"{B}{_YOU_ARE_insult14} {_DEG_insult14}(?:an )?(?:attention seeker|attention whore|drama queen|"
        r"drama llama|crybaby|cry baby|snowflake|faker|simulateur|simulatrice|mytho|mythomane|pleurnicheuse|"
        r"pleurnicheur|chouineuse|chouineur)(?![^ ])"
        r"|(?<![^ ])(?:look at|regardez|check out|voila|here comes|here s) (?:this|that|the|cette|ce|le|la|notre|"
        r"our|la grande|the resident|our resident) (?:\S+ ){0,2}?(?:attention seeker|attention whore|drama queen|"
        r"drama llama|crybaby|cry baby|faker|simulateur|simulatrice|mytho|mythomane|pleurnicheuse|chouineuse)"
        r"(?![^ ])"
        r"|(?<![^ ])(?:the|our|notre) resident (?:\S+ )?(?:attention seeker|drama queen|drama llama|crybaby|"
        r"faker|snowflake|victim|victime)(?![^ ])",
    ),
    # "clown behaviour", « comportement de clown », "🤡🤡 that's you", "[gif of a dumpster on fire] your pugs",
    # « *gif d'un âne qui tourne en rond* toi en ranked »: the reader shown as a fool's picture
    (
        _I,
        "insult_shown_as_fool_insult14",
        "clown clowns behavior behaviour comportement energy gif dumpster",
        None,
        False,
        rf"^(?=.*{B}{_SECOND_insult14}(?![^ ])).*{B}(?:clown|bozo|npc|loser|clueless|braindead|brain dead|"
        r"smooth brain|monkey brain|room temp iq) (?:behavior|behaviour|energy|moment|move|mentality|antics)"
        r"(?![^ ])"
        r"|(?<![^ ])(?:comportement|attitude|mentalite|reflexion) de (?:clown|bouffon|gogol|noob)(?![^ ])"
        r"|(?<![^ ])(?:clown|clowns|trash|garbage|dumpster fire|donkey|ane|bouffon) (?:\S+ ){0,3}?"
        r"(?:that s you|that is you|thats you|c est toi|c est vous|ca c est toi|this is you|that was you)"
        r"(?![^ ])"
        r"|(?<![^ ])gif (?:\S+ ){0,10}?(?:dumpster|trash|clown|ane|donkey|poubelle|garbage|tire|fire|feu|"
        r"tourne en rond|running in circles|walking into a wall|into a wall|dans un mur) (?:\S+ ){0,8}?"
        r"(?:toi|you|your|ur|ta|ton|tes|that s you|c est toi)(?![^ ])",
    ),
    # "whoever taught you to play support should be in jail", « celui qui t'a appris à jouer mérite la prison »;
    # never "whoever taught you to bake deserves a medal"
    (
        _I,
        "insult_whoever_taught_you_insult14",
        "taught coached trained appris forme montre",
        None,
        False,
        r"(?<![^ ])(?:whoever|who ever|the person who|the guy who|celui qui|celle qui|la personne qui|le mec qui) "
        r"(?:\S+ )?(?:taught|coached|trained|showed|t a appris|t a montre|t a forme|t as appris) (?:you |u )?"
        r"(?:\S+ ){0,5}?(?:should be|deserves|needs to be|must be|devrait etre|merite|doit etre|doit|devrait) "
        r"(?:\S+ )?(?:in jail|jailed|arrested|fired|ashamed|sued|banned|en prison|la prison|vire|virer|virée|"
        r"arrete|poursuivi|avoir honte|shot|fusille)(?![^ ])",
    ),
    # "you couldn't find the ship with a map and a guide dog", "couldn't aim your way out of a paper bag"
    (
        _I,
        "insult_could_not_even_with_insult14",
        "map gps guide aimbot wallhack paper bag carte sac chien",
        None,
        False,
        r"(?<![^ ])(?:you|u|tu|t) (?:couldn t|could not|can t|cannot|wouldn t|would not|pourrais pas|"
        r"pourrais meme pas|trouverais pas|saurais pas|arriverais pas a) (?:\S+ ){1,8}?(?:with a map and|"
        r"even with a map|with a gps and|with a guide dog|with an aimbot|with a wallhack|with both hands and|"
        r"out of a paper bag|out of a wet paper bag|avec une carte et|meme avec une carte|meme avec un gps|"
        r"avec un chien guide|d un sac en papier|avec les deux mains et|meme avec un aimbot|even with an aimbot)"
        r"(?![^ ])",
    ),
]
# "this is the dumbest thing anyone has ever posted in here and you should feel bad", « c'est le truc le plus
# débile que t'aies jamais écrit »: the reader's post made the worst ever; the reader must be in it (never "the
# dumbest thing i ever did")
_RAW_INSULT14.append(
    (
        _I,
        "insult_dumbest_ever_insult14",
        "dumbest stupidest idiotic worst braindead con conne debile stupide bete pire",
        None,
        False,
        r"(?<![^ ])(?:dumbest|stupidest|most idiotic|most stupid|worst|most braindead|plus con|plus conne|"
        r"plus debile|plus stupide|plus bete|pire) (?:thing|take|post|message|comment|idea|opinion|question|truc|"
        r"chose|idee|avis|commentaire|connerie) (?:\S+ ){0,6}?(?:posted|said|written|typed|wrote|poste|postee|"
        r"dit|ecrit|ecrite|sorti|sortie)(?![^ ])(?=.*(?<![^ ])(?:you should (?:feel bad|be ashamed|feel ashamed|"
        r"delete|log off|uninstall)|t devrais avoir honte|tu devrais avoir honte|from you|de ta part|de toi|"
        r"you ve ever|you have ever|you ever|t aies jamais|tu aies jamais|t as jamais|tu as jamais|t as|tu as|"
        r"you just)(?![^ ]))",
    )
)
PHRASES = PHRASES + tuple(_compile_phrase(row) for row in _RAW_INSULT14)
ANCHORS = ANCHORS | frozenset().union(*(ws(row[2]) - _STOP for row in _RAW_INSULT14))
# the rows friends also say, loving ("you have the memory of a goldfish ❤️", "who raised you lol"): laughing
# alone does not void them (round 64 mocks with "lol" and "mdr"), a fond word does
FOND_INSULT14 = frozenset(row[1] for row in _RAW_INSULT14)
LAUGH_INSULT14 = frozenset(
    (
        "insult_attribute_of_thing_insult14", "insult_who_raised_you_insult14",
        "insult_just_learned_to_breathe_insult14", "insult_contempt_predicate_insult14",
        "insult_how_this_bad_insult14",
    )
)  # fmt: skip
# --------------------------------------------------------------------------------------------------------
# fa14 (false alarms that punish the wrong people, day 13).
#
# ``group_ideology``'s second clause (an illness or a condition denied) still read "autism is not a disease",
# « l'autisme n'est pas une maladie » as a denial: fa13's bare "not a disease" predicate. The clause is
# rewritten with two subject slots and two kinds of predicate:
# * a denial of genuineness (fake, made up, not real, "not a real disease", « pas une vraie maladie »,
#   "doesn't exist", "all in your head", for attention, an excuse, a scam): hate whatever the subject;
# * "not a disease" / « pas une maladie » with nothing more: a denial only of an illness (fibromyalgia, lupus,
#   long covid, depression, ME/CFS...), never of a condition people live as a way of being (autism, ADHD,
#   disability, « le handicap », dyslexia), and never when a correction follows ("…, it's a difference",
#   « …, c'est une autre façon de penser », "but a syndrome") unless the correction is itself a denial
#   ("it's laziness").
# "depression" alone is no anchor of the row: hate12's illness rows read it (``illness_fake_hate12``).
# The subject said of oneself ("my depression is all in my head", « ma fibro c'est de la flemme ») is self-doubt,
# not hate; of the reader ("your fibro is fake") it is an insult, read by the insult rows. The gap after the
# verb never crosses a negation (fa13), so "depression is not a weakness",
# "disability is not a dirty word", « le handicap n'est pas une fatalité » deny the predicate: a defence.
_ILL_SUBJ_fa14 = (
    r"la fibromyalgie|fibromyalgia|la fibro|fibro|le lupus|lupus|la depression|depression|chronic fatigue|"
    r"chronic fatigue syndrome|la fatigue chronique|me cfs|cfs|le burn out|burn out|burnout|le burnout|"
    r"les maladies invisibles|invisible illness|invisible illnesses|long covid|le covid long|covid long|"
    r"l endometriose|endometriosis|l endo|les maladies chroniques|chronic illness|chronic illnesses"
)
_COND_SUBJ_fa14 = (
    r"l autisme|autism|le handicap|disability|disabilities|le tdah|tdah|adhd|la dyslexie|dyslexia|"
    r"la neurodivergence|neurodivergence|being autistic|etre autiste"
)
_ANCHORS_ILL_fa14 = ws(
    "fibromyalgie fibromyalgia fibro lupus fatigue cfs burn burnout invisibles invisible illness "
    "illnesses covid endometriose endometriosis endo chroniques chronic autisme autism handicap disability "
    "disabilities tdah adhd dyslexie dyslexia neurodivergence autistic autiste"
)
_DENIAL_fa14 = (
    r"fake|bidon|une invention|an invention|invention|invente|inventee|de la flemme|flemme|laziness|paresse|"
    r"de la paresse|an excuse|une excuse|excuse|excuses|des excuses|un mensonge|mensonge|a lie|lie|lies|"
    r"made up|not real|pas reel|pas reelle|pas une vraie maladie|pas un vrai handicap|pas une vraie (?:pathologie|"
    r"chose|condition)|not a real (?:illness|disease|thing|condition|disability|sickness)|not a thing|"
    r"not even a thing|pas un truc|pas un vrai truc|une arnaque|a scam|scam|arnaque|a hoax|hoax|a myth|un mythe|"
    r"du vent|du pipeau|du flan|du cinema|pour les faibles|for the weak|for weak people|for attention|"
    r"pour l attention|pour se faire plaindre|dans la tete|dans ta tete|dans leur tete|in your head|in their head|"
    r"in their heads|in the head|in ur head"
)
_BARE_ILL_fa14 = r"pas une maladie|pas vraiment une maladie|not an illness|not a disease|not a sickness|not really a disease"
# a correction after the bare "not a disease": "…, it's a difference", « …, c'est un syndrome »; a correction
# that denies ("it's laziness", « c'est de la flemme ») is no defence
_CORRECTED_fa14 = (
    r"(?:(?: \S+){0,2} (?:it s|its|it is|c est|c|but|mais|rather|plutot|ce sont|they are|it s more|"
    r"more like|plus)(?![^ ])(?!(?: \S+){0,4} (?:" + _DENIAL_fa14 + r"|laziness|lazy|weakness|faiblesse|"
    r"choice|choix|a choice|un choix|greed|caprice|bad parenting|mauvaise education)(?![^ ])))"
)
# the subject is the author's own (self-doubt) or the reader's ("ta fibro c'est dans ta tête": an insult, read
# by the insult rows)
_NOT_MINE_fa14 = (
    r"(?<!my )(?<!mon )(?<!ma )(?<!mes )(?<!our )(?<!notre )(?<!nos )(?<!m )(?<!mine )(?<!your )(?<!ur )"
    r"(?<!ton )(?<!ta )(?<!tes )(?<!votre )(?<!vos )(?<!yo )"
)
_GAP_fa14 = r"(?: (?!" + _NEG_fa13 + r")\S+){0,3}"
_VERB_fa14 = r"(?:is|c est|est|c|=|are|it s|its|it is)"
_ILL_CLAUSE_fa14 = (
    rf"|{B}{_NOT_MINE_fa14}(?:{_ILL_SUBJ_fa14}|{_COND_SUBJ_fa14})(?: \S+){{0,2}} "
    rf"(?:{_VERB_fa14}{_GAP_fa14} (?:{_DENIAL_fa14})|n existe pas|existe pas|does not exist|doesnt exist|"
    rf"do not exist|dont exist|n existent pas|existent pas|isn t real|ain t real|aint real){E}"
    rf"|{B}{_NOT_MINE_fa14}(?:{_ILL_SUBJ_fa14})(?: \S+){{0,2}} {_VERB_fa14}{_GAP_fa14} (?:{_BARE_ILL_fa14}){E}"
    rf"(?!{_CORRECTED_fa14})"
)
_ILL_START_fa14 = rf"|{B}(?:la fibromyalgie|fibromyalgia|le lupus|"


def _group_ideology_fa14(
    row: tuple[str, bool, frozenset[str] | None, re.Pattern[str]],
) -> tuple[str, bool, frozenset[str] | None, re.Pattern[str]]:
    cue, need_group, anchors, pattern = row
    if cue != "group_ideology":
        return row
    text = pattern.pattern
    assert text.count(_ILL_START_fa14) == 1
    identity = text[: text.index(_ILL_START_fa14)]
    return (
        cue,
        need_group,
        (anchors or frozenset()) | _ANCHORS_ILL_fa14,
        re.compile(identity + _ILL_CLAUSE_fa14),
    )


HATE_RULES = tuple(_group_ideology_fa14(row) for row in HATE_RULES)
# The sayers of a denial condemned for ignorance: "people who say fibromyalgia is fake are ignorant", « ceux qui
# disent que le covid long c'est dans la tête n'y connaissent rien »: the claim is the one condemned.
SAYERS_CONDEMNED_AFTER_fa9 = re.compile(
    rf"(?:{SAYERS_CONDEMNED_AFTER_fa9.pattern})|(?<![^ ])(?:are ignorant|are so ignorant|are uneducated|"
    r"are clueless|have no idea|have never had it|know nothing|don t know what they re talking about|"
    r"do not know what they are talking about|sont ignorants|sont ignorantes|sont des ignorants|n y connaissent rien|"
    r"y connaissent rien|savent pas de quoi ils parlent|ne savent pas de quoi ils parlent|l ont jamais eu|"
    r"ne l ont jamais vecu|l ont jamais vecu)(?![^ ])"
)
# ``group_blamed`` read "refugees are not invaders", « les réfugiés ne sont pas des envahisseurs »: the gap
# before the predicate crossed the negation. The invasion denied right before it is a defence.
_INVASION_DENIED_fa14 = re.compile(
    r"(?<![^ ])(?:not|pas|never|jamais|no)(?: (?:really|vraiment|du tout|at all|des|d|de|une|un|an|a|the|les))* "
    r"(?:invaders|envahisseurs|invasion|an invasion|une invasion)(?![^ ])"
)
GUARDS_HATE8["group_blamed"] = (*GUARDS_HATE8.get("group_blamed", ()), _INVASION_DENIED_fa14)
# Reports of abuse received that the reporting constructions missed (fa14): the words after these are someone
# else's, aimed at the author.
# * told in the passive, to or that: "imagine being told to kys", "was told i'm a freak and should die";
# * a message received, named by where it came: "from my inbox this morning: …", "in my notifications: …",
#   « dans ma boîte ce matin : … » ("in my dms" alone is not: "come say that in my dms" is the author's);
# * someone's message aimed at the author, named: "his reply to my post: kys", "her comment under my art",
#   "the dm said …", « sa réponse à mon message : … », « son mp disait … »;
# * a verb of saying loud or low aimed at the author: « il m'a crié "sale handicapée" », "he hissed at me …".
REPORT_fa14 = re.compile(
    r"(?<![^ ])(?:"
    r"(?<!you )(?<!u )(?<!ya )(?:was|were|got|been|being|get|getting|am|m|keep getting|kept getting) told "
    r"(?:to|that|i|i m|im|i am|my|me|i should|i d|i would|i will|i ll|you re|you are|youre|ur|you should)"
    r"|(?:from|in|into) (?:my|our) (?:inbox|notifications|notifs|mentions|comments|replies|voicemail|"
    r"messages|requests|message requests)"
    r"|from (?:my|our) (?:dms|dm|pms|pm|mail|email|emails|texts)"
    r"|(?:dans|de) (?:ma boite|mes notifs|mes notifications|mes mentions|mes commentaires|ma messagerie|"
    r"mes messages|mes demandes|mes mp|mes dm)"
    r"|(?:his|her|their|the|this|that|a|another|one) (?:reply|replies|response|answer|message|messages|dm|"
    r"dms|comment|comments|text|texts|msg|pm|voicemail|email|mail|whisper) (?:to|on|under|about|in|from) "
    r"(?:me|my|mine)"
    r"|(?:the|his|her|their|this|that|a) (?:reply|response|answer|message|dm|comment|text|msg|pm|voicemail|"
    r"email|mail|whisper) (?:said|says|read|reads|went|was)"
    r"|(?:sa|son|leur|leurs|ses|le|la|un|une) (?:reponse|reponses|message|messages|mp|commentaire|commentaires|"
    r"texto|sms|mail|vocal) (?:a|sous|sur|dans) (?:moi|mon|ma|mes)"
    r"|(?:sa|son|leur|le|la|ce|cette) (?:reponse|message|mp|commentaire|texto|sms|mail|vocal) "
    r"(?:disait|dit|dis|etait)"
    r"|(?:m|me|nous) (?:a|ont) (?:crie|criee|hurle|hurlee|gueule|gueulee|lance|lancee|envoye|envoyee|souffle|"
    r"murmure|chuchote|repete|repond|crache)"
    r"|(?:hissed|growled|snapped|barked|spat|muttered|spit|grumbled|whispered|sneered|laughed) at (?:me|us)"
    r")(?![^ ])"
)
REPORT_ANCHORS_fa14 = ws(
    "told inbox notifications notifs mentions comments replies voicemail messages requests dms dm pms pm mail "
    "email emails texts boite commentaires messagerie demandes mp reply response answer message comment text "
    "msg whisper reponse reponses commentaire texto sms vocal crie criee hurle hurlee gueule gueulee lance "
    "lancee envoye envoyee souffle murmure chuchote repete repond crache hissed growled snapped barked spat "
    "muttered spit grumbled whispered sneered laughed"
)
# Self-talk in the second person (fa14): the author scolds themself ("congrats me, you idiot, you stayed up till 3",
# « t'es vraiment une quiche, t'as zappé tes cachets, bravo moi »). never13 and insult11 read the mistake and the
# asides; these widen their slots:
# * the aside: mock praise of oneself ("well done me", "great job me", « bravo moi », « bien joué moi »), a
#   vocative "self" opening the message ("self, you are a muppet");
# * the mistake: more verbs of a slip, in the bare French participle after « t'as encore » (« t'as encore
#   sauté le repas ») and "should have" / « fallait » / « t'aurais dû »;
# * what it was about: the body and its care (knees, the infusion, the appointment, gluten, the gym);
# * the first person judging itself ("i hate myself", « je m'en veux », "why do i do this", "classic me"), in
#   place of the failure told in the first person; "i hate myself for trusting you" still blames the reader.
TO_SELF_INSULT11 = re.compile(
    rf"(?:{TO_SELF_INSULT11.pattern})|(?<![^ ])(?:bravo|well done|good job|great job|nice one|nice going|nice job|"
    r"way to go|congrats|congratulations|felicitations|bien joue|bien jouer|chapeau|good one|smooth move|"
    r"great work|nice work|bravo a|merci|thanks|thank you) (?:me|moi|myself|moi meme|self)(?![^ ])"
    r"|^(?:self|dear me|oh self|hey self)(?![^ ])"
)
SELF_MISTAKE_YOU_never13 = re.compile(
    rf"(?:{SELF_MISTAKE_YOU_never13.pattern})"
    r"|(?<![^ ])(?:you|u) (?:\S+ ){0,2}(?:stayed|slept|overslept|skipped|overdid|zapped|knew|forgot|"
    r"didn t|did not|didnt|left)(?![^ ])"
    r"|(?<![^ ])(?:t|tu) (?:as|avais|a) (?:\S+ ){0,2}(?:zappe|zapper|saute|mange|bouffe|bu|pris|laisse|rate|"
    r"veille|force|abuse|fume|dormi|couche|sorti|oublie|oubliee|oublies)(?![^ ])"
    r"|(?<![^ ])(?:fallait|il fallait|t aurais du|tu aurais du|t aurais pu|you should have|you should ve|"
    r"you shoulda|u should have|u shoulda|should have known)(?![^ ])"
)
OWN_CARE_never13 = re.compile(
    rf"(?:{OWN_CARE_never13.pattern})|(?<![^ ])(?:knee|knees|joints|hips|genou|genoux|"
    r"articulations|hanches|corps|douleur|douleurs|migraine|appointment|appt|rdv|rendez vous|infusion|perfusion|"
    r"alarm|water|eau|gluten|lactose|stairs|escaliers|escalier|sport|gym|workout|neuro|neurologue|doctor|"
    r"medecin|kine|physio|pill|pills|pilulier|insulin pen|tabs|nap|bedtime|4h|3h|2h|cachet|medoc|"
    r"pilule|dose|doses|prise de sang|bloods|blood test|physio|therapy|therapie|psy|meal|repas|midi|water|"
    r"hydrate|spoon|cuillere|cuilleres)(?![^ ])"
)
SELF_FAIL_I_never13 = re.compile(
    rf"(?:{SELF_FAIL_I_never13.pattern})|(?<![^ ])(?:i hate myself|i m so mad at myself|im so mad at myself|"
    r"i m mad at myself|mad at myself|angry at myself|angry with myself|disappointed in myself|"
    r"je m en veux|je me deteste|je me hais|je me fais honte|je me saoule|je m enerve|"
    r"why do i do this|why do i always do this|why am i like this|pourquoi je fais ca|pourquoi je suis comme ca|"
    r"classic me|typical me|ugh me|so me|trop moi|c est bien moi|me as usual|moi comme d hab)"
    r"(?!(?: \S+){0,5} (?:you|u|toi|te|vous)(?![^ ]))(?![^ ])"
)
# --------------------------------------------------------------------------------------------------------
# threat14 (threat helper 14, tune misses of rounds 3-64): threats read by structure, with their slots.
# * death wished on the reader as "better off dead" said to them ("you'd be better off dead", « franchement
#   toi tu serais mieux mort »): the reader is the subject, not the author (« je serais mieux mort » stays
#   the author's crisis, support rules); "do you ever feel you'd be better off dead?" (a cognition verb) and
#   a denial ("you are not better off dead") are care;
# * exposure: a first-person intent (or a leading "screenshotted", "posting … unless") + an exposure verb +
#   the reader's private thing (diagnosis, surgery, address, face) + an audience (boss, linkedin, everyone,
#   every wall) or a lever ("unless you delete that", "see who hires you then"); the reader's workplace
#   called to "tell everyone what you post"; consent and kind purposes are quiet;
# * a fake report so the police raid the reader's home (swatting), or "i'll swat you";
# * the reader's care place known ("i know which dialysis unit you go to") with a menace tag;
# * "we're coming to see you" with a menace tag (« on va venir te voir, tu vas comprendre ta douleur »);
# * death told: "hope you swallow your whole pill bottle", "jump off something tall", « pourquoi tu te
#   suicides pas », "someone should finish what your kidneys started", "hope your next dialysis is your last,
#   and i'll make sure of it", "how peaceful it would be if you didn't wake up tomorrow, make it happen",
#   "do it. nobody's stopping you" said alone.
# Quiet: game talk ("i'm coming for you in ranked"), kind visits, meet-ups and addresses for them, consent
# ("if you want"), the author's own crisis, threats received and reported, care and advice.
# --------------------------------------------------------------------------------------------------------
_THINK_threat14 = (
    r"(?!.*(?<![^ ])(?:feel|feels|felt|feeling|think|thinks|thought|thinking|believe|believed|convinced|"
    r"tell yourself|telling yourself|told yourself|pense|penses|pensais|pensait|crois|croyais|croire|"
    r"impression|sens|sentais|te dis|te disais|respawn|spawn|respawns)(?![^ ]))"
)
_NOT_threat14 = r"(?!(?:not|never|no|pas|jamais|nullement|plus)(?![^ ]))"
_CONSENT_threat14 = (
    r"(?!.*(?<![^ ])(?:if you want|if you like|if you are ok|if that is ok|with your permission|permission|"
    r"like you asked|as you asked|you asked me|si tu veux|si tu es d accord|avec ton accord|avec ta permission|"
    r"comme tu m as demande|comme tu l as demande|anonymously|anonymement|anonyme|never|jamais|card|cards|"
    r"carte|cartes|support group|groupe de soutien|fundraiser|cagnotte|prayers|prieres|pick you up|"
    r"te chercher|surprise|birthday|anniversaire|cadeau|gift|flowers|fleurs)(?![^ ]))"
)
_FIRST_INTENT_threat14 = (
    r"(?:i will|i am going to|i am gonna|i am about to|i am|i|we will|we are going to|i could|i might|i can|"
    r"je vais|j vais|je|j|on va|nous allons|je peux|je pourrais|je m en vais|jvais)"
)
_EXPOSE_VERB_threat14 = (
    r"(?:post|posting|put|putting|share|sharing|send|sending|leak|leaking|show|showing|forward|forwarding|"
    r"publish|publishing|screenshot|plaster|spread|spreading|poster|poste|postes|publier|publie|balancer|"
    r"balance|envoyer|envoie|montrer|montre|partager|partage|afficher|affiche|coller|colle|diffuser|diffuse|"
    r"leaker|leak|faire tourner|fais tourner)"
)
_PRIVATE_threat14 = (
    r"(?:diagnosis|diagnoses|diagnostic|diagnostics|medical records|medical history|dossier medical|"
    r"dossiers medicaux|surgery|surgery pics|surgery photos|operation|op|scars|cicatrices|hospital records|"
    r"address|adresse|real name|vrai nom|hiv status|statut|therapy notes|psych records|meds|medication|"
    r"medications|traitement|medocs|nudes|face|tete|gueule|post about|posts about|messages about)"
)
_AUDIENCE_threat14 = (
    r"(?:boss|employer|employeur|patron|patronne|manager|linkedin|coworkers|colleagues|collegues|"
    r"your work|your job|ton taf|ton boulot|ton travail|ton service|family|famille|parents|in public|en public|"
    r"public|in general|everyone|everybody|tout le monde|the whole server|tout le serveur|twitter|facebook|"
    r"insta|instagram|tiktok|reddit|tous les murs|every wall|all the walls|tout le quartier|the whole "
    r"neighbourhood|the whole neighborhood|the whole town|toute la ville|see who hires you|who will hire you|"
    r"qui va t embaucher|qui t embauchera|is going to love it|will love it|va adorer|vont adorer|va kiffer|"
    r"unless|a moins que|sinon|or else)"
)
_RAW_threat14: list[tuple[AbuseKind, str, str, str | None, bool, str]] = [
    # Death wished on the reader as "better off dead": "you'd be better off dead", "ur better off six feet
    # under", « tu serais mieux mort », « vous seriez bien mieux sous terre ». Cognition ("do you ever feel
    # you'd be better off dead?") and denial ("you are not better off dead") are care.
    (
        _T,
        "better_dead_told_threat14",
        "dead ground grave coffin under mort morte morts mortes terre cimetiere creve crevee",
        "better mieux",
        False,
        rf"^{_THINK_threat14}(?:.* )?(?:(?:you would|you will|you are|you re|you|your|u would|u are|u|ur|"
        rf"yall would|yall are|you all would)(?: {_NOT_threat14}\S+){{0,2}} better (?:off )?(?:dead|in the "
        rf"ground|six feet under|in a grave|in a coffin|in the grave)(?! (?:tired|lifting|lift|lifts|last|set|"
        rf"zone|centre|center|end|weight|weights)(?![^ ]))"
        rf"|(?:tu serais|t serais|tu seras|t seras|vous seriez|vous serez|t es|tu es|vous etes)(?: "
        rf"(?:bien|tellement|vraiment|franchement|clairement|carrement|sans doute|surement|meme))? mieux "
        rf"(?:mort|morte|morts|mortes|sous terre|six pieds sous terre|au cimetiere|creve|crevee)"
        rf"(?! (?:de rire|de fatigue|de honte)(?![^ ]))){E}",
    ),
    # The reader's private thing exposed to an audience, said as the author's intent or with a lever:
    # "i'll put your diagnosis in the comments on your linkedin", « je vais poster les photos de ton
    # opération en public », "screenshotted your post about your diagnosis, your boss is gonna love it".
    (
        _E,
        "expose_private_threat14",
        "post posting put putting share sharing send sending leak leaking show showing forward forwarding "
        "publish publishing screenshot screenshotted plaster spread spreading poster poste publier "
        "publie balancer balance envoyer envoie montrer montre partager partage afficher affiche coller "
        "colle diffuser diffuse leaker tourner",
        "diagnosis diagnoses diagnostic diagnostics medical dossier dossiers surgery operation op scars "
        "cicatrices hospital address adresse name nom hiv statut therapy psych meds medication medications "
        "traitement medocs nudes face tete gueule",
        False,
        rf"^{_KIND_threat9_threat12}{_CONSENT_threat14}(?:.* )?(?:(?<![^ ]){_FIRST_INTENT_threat14}(?: {_NOT_threat14}\S+)? "
        rf"{_EXPOSE_VERB_threat14}|^(?:screenshotted|screenshot|posting|sharing|leaking|sending|forwarding|"
        rf"balancer|poster|publier))(?: \S+){{0,3}} {_YOURS_threat13}(?: \S+){{0,4}} {_PRIVATE_threat14}"
        rf"(?: \S+){{0,10}} {_AUDIENCE_threat14}{E}",
    ),
    # The reader's workplace or care place called to tell everyone what they post: « je vais appeler ton
    # service à l'hôpital et raconter à tout le monde ce que tu postes ici », "i'll email your boss and show
    # everyone what you write here".
    (
        _E,
        "call_work_tell_threat14",
        "appeler appelle contacter contacte ecrire call ring email mail contact phone message",
        "raconter dire montrer tell show forward balancer envoyer",
        False,
        rf"^{_KIND_threat13}{_KIND_threat9_threat12}{_CONSENT_threat14}(?:.* )?(?<![^ ]){_FIRST_INTENT_threat14} "
        rf"(?:appeler|appelle|contacter|contacte|ecrire a|call|ring|email|mail|contact|phone|message) "
        rf"{_YOURS_threat13}(?: \S+){{0,5}} (?:et|and) (?:raconter|dire|montrer|balancer|envoyer|tell|show|"
        rf"forward|send)(?: \S+){{0,3}} (?:tout le monde|everyone|everybody|all of them|tous) (?:\S+ ){{0,2}}"
        rf"(?:ce que (?:tu|t)|what (?:you|u)|tes posts|your posts|tes messages|your messages|"
        rf"ce que tu (?:postes|ecris|dis|racontes))",
    ),
    # A fake report so the police raid the reader's home, or "i'll swat you": « je vais faire un signalement
    # bidon pour que la police débarque chez toi à 6h », "i'll call in a fake report on your address".
    (
        _T,
        "swatting_threat14",
        "bidon faux fausse fake report swat swatted swatter",
        None,
        False,
        rf"^(?!.*(?<![^ ])(?:fly|flies|mouche|mouches|mosquito|moustique|wasp|guepe)(?![^ ]))(?:.* )?(?:"
        rf"(?<![^ ]){_FIRST_INTENT_threat14}(?: \S+){{0,4}} (?:(?:signalement|appel|plainte|report|call|tip|"
        rf"911 call|17) (?:bidon|faux|fake|false|prank)|(?:faux|fausse|fake|false|prank) (?:signalement|appel|"
        rf"plainte|report|call|tip|911 call|alerte|alert))(?: \S+){{0,8}} (?:police|cops|swat|flics|keufs|"
        rf"gendarmes|gendarmerie|raid|bac|pompiers|feds)(?: \S+){{0,4}} (?:chez toi|chez vous|your house|"
        rf"your place|your door|your home|your address|ta porte|ton domicile|ton adresse|ta maison|at you|te)"
        rf"{E}"
        rf"|(?<![^ ])(?:i will|i am going to|i am gonna|we will|we are going to|je vais|on va) (?:get (?:you|u) "
        rf"swatted|swat (?:you|u|your house|your place)|te faire swatter|te swat|te swatter)){E}",
    ),
    # The reader's care place known, with a menace tag: "i know which dialysis unit you go to on tuesdays.
    # keep running your mouth", « je sais dans quel centre tu fais ta chimio, continue de parler ».
    (
        _T,
        "care_place_known_threat14",
        "know sais connais",
        "mouth talking posting careful watch twice word gaffe attention parler poster reflechis mot tais "
        "ferme",
        False,
        rf"^{_KIND_threat13}{_MEETUP_threat13}{_MAP_threat13}(?!.*(?<![^ ])(?:ice|verglas|roadworks|travaux|"
        rf"traffic|bouchons|weather|meteo|rain|pluie|snow|neige|too|aussi|same|meme)(?![^ ]))(?:.* )?"
        rf"(?:i know|i found out|we know|je sais|je connais|j sais|on sait) (?:which|what|where|quel|quelle|ou|"
        rf"dans quel|dans quelle|a quel|a quelle)(?: \S+){{0,3}} (?:you|u|tu|t|vous) (?:\S+ ){{0,8}}"
        rf"(?:keep running your mouth|keep talking|keep posting|keep mouthing off|keep acting up|watch yourself|"
        rf"watch your back|be careful|careful|think twice|one more word|fais gaffe|fais attention a toi|"
        rf"reflechis bien|un mot de plus|tais toi|ferme la|continue de parler|continue a parler|"
        rf"continue de poster|continue a poster|continue comme ca){E}",
    ),
    # "We're coming to see you" with a menace tag: « à liège on va venir te voir, tu vas comprendre ta
    # douleur », "we're coming for you, you'll regret it". Game talk ("in ranked") is quiet.
    (
        _T,
        "coming_menace_threat14",
        "venir vient viens coming come visit",
        "douleur malheur souffrir morfler regretter pleurer cher regret pay suffer lesson sorry payer",
        False,
        rf"^{_GAMEPLACE_threat12}{_KIND_threat13}(?:.* )?(?:on va venir te (?:voir|chercher|trouver|rendre "
        rf"visite)|on vient te (?:voir|chercher)|je vais venir te (?:voir|chercher|trouver)|je viens te "
        rf"(?:voir|chercher)|on va te rendre visite|je vais te rendre visite|we are coming for (?:you|u)|"
        rf"we will come for (?:you|u)|i am coming for (?:you|u)|i will come for (?:you|u)|we will come see you|"
        rf"we are coming to see you|we will pay (?:you|u) a visit|i will pay (?:you|u) a visit)(?: \S+){{0,6}} "
        rf"(?:et |and |then |puis |alors )?(?:tu vas comprendre ta douleur|tu vas comprendre ton malheur|"
        rf"tu vas souffrir|tu vas morfler|tu vas le regretter|tu vas regretter|tu vas pleurer|"
        rf"tu vas prendre cher|tu vas payer|you will regret it|you will regret this|you will pay|you will suffer|"
        rf"you will learn your lesson|you will be sorry){E}",
    ),
    # A whole bottle of pills hoped swallowed: "hope you swallow your whole pill bottle tonight", « j'espère
    # que tu avales toute ta boîte de cachets ». "hope you take your pills" is care.
    (
        _T,
        "hope_swallow_all_threat14",
        "hope hoping espere",
        "swallow down chug neck avales gobes bouffes overdose",
        False,
        rf"{B}(?:hope|hoping|j espere que|j espere qu|espere que)(?: \S+)? (?:you|u|tu|t) (?:swallow|down|chug|"
        rf"neck|overdose on|avales|gobes|bouffes)(?: \S+){{0,2}} (?:whole|entire|all|all of|tout|toute|toutes|"
        rf"tous)(?: \S+){{0,3}} (?:pill|pills|bottle|pill bottle|meds|tablets|medocs|cachets|boite|flacon|"
        rf"plaquette|plaquettes|insulin|insuline|pilules){E}",
    ),
    # Jumping told: "jump off something tall pls", « saute d'un truc bien haut ». "i want to jump off
    # something" is the author's crisis (the imperative starts the message).
    (
        _T,
        "jump_off_told_threat14",
        "jump leap saute",
        "tall high bridge cliff roof building haut pont falaise toit immeuble",
        False,
        rf"^{_GAMEPLACE_threat12}(?:(?:just|go|pls|please|stp|va|vas y|allez) )?(?:jump|leap|saute|sautez) "
        rf"(?:off|from|d|de|du) (?:something|anything|a|the|un|une|le|la|ton|your)(?: \S+){{0,2}} (?:tall|high|"
        rf"bridge|cliff|roof|building|haut|pont|falaise|toit|immeuble|tall building|high building)"
        rf"(?: (?:please|pls|plz|stp|svp|s il te plait|s il vous plait|already|deja|thanks|merci|k|ok))*{E}$",
    ),
    # "Why don't you kill yourself" said to the reader: « pourquoi tu te suicides pas, ça rendrait service »,
    # "why don't you just kill yourself". "what keeps you from …" (a supporter's question) is not this.
    (
        _T,
        "why_not_suicide_threat14",
        "pourquoi why",
        "suicides tues creves suicide kill die",
        False,
        rf"^(?!.*(?<![^ ])(?:qu est ce qui|what keeps|what stops|what stopped)(?![^ ]))(?:.* )?(?:pourquoi "
        rf"(?:tu|t) (?:te suicides|te tues|creves|te pends) pas|why (?:do not|don t|dont) (?:you|u) "
        rf"(?:just )?(?:kill (?:yourself|urself)|die|hang yourself|off yourself)){E}",
    ),
    # An illness's work wished finished: "someone should finish what your kidneys started", « quelqu'un
    # devrait finir ce que ton cancer a commencé ».
    (
        _T,
        "finish_illness_threat14",
        "finish commence",
        "started commence began entame finir finish terminer achever",
        False,
        rf"{B}(?:someone|somebody|anyone|i|we|quelqu un|qqn|je|on) (?:should|needs to|need to|ought to|could|"
        rf"will|devrait|devrais|faudrait|va|vais|pourrait|pourrais) (?:just )?(?:finish|finir|terminer|achever) "
        rf"(?:what|ce que|ce qu) {_YOURS_threat13} (?:\S+ )?(?:kidneys|kidney|liver|heart|lungs|lung|cancer|"
        rf"illness|disease|body|tumour|tumor|diabetes|reins|rein|foie|coeur|poumons|maladie|corps|tumeur|"
        rf"diabete|leukemia|leucemie|crohn|lupus|sclerose|ms|stroke|avc) (?:started|began|a commence|ont "
        rf"commence|a entame){E}",
    ),
    # A treatment hoped to be the last, with the author's help: « j'espère que ta prochaine séance de dialyse
    # sera ta dernière, et je vais m'en assurer ». "hope your next chemo is your last one!" (recovery) is kind.
    (
        _T,
        "last_session_help_threat14",
        "hope hoping espere",
        "last derniere dernier",
        False,
        rf"{B}(?:hope|hoping|j espere que|j espere qu|espere que)(?: \S+)? {_YOURS_threat13} (?:next|prochaine|"
        rf"prochain)(?: \S+){{0,4}} (?:is|will be|sera|soit|est) {_YOURS_threat13} (?:last|derniere|dernier)"
        rf"(?: \S+){{0,3}} (?:i will make sure|i will make sure of it|i ll make sure|i will see to it|i will help|"
        rf"je vais m en assurer|je m en assure|je m en assurerai|j y veillerai|je vais y veiller|je vais aider|"
        rf"je vais t aider|i can help|i might help){E}",
    ),
    # The reader's death told as a peace to make happen: "imagine how peaceful the server would be if you
    # just didn't wake up tomorrow. make it happen", « si tu te réveillais pas demain ce serait calme, fais-le ».
    (
        _T,
        "gone_make_it_happen_threat14",
        "wake dead died gone happen favour favor service",
        "wake woke died dead gone reveillais crevais mourais disparaissais",
        False,
        rf"{B}(?:if|si) (?:you|u|tu|t) (?:just |simply |juste )?(?:did not wake up|never woke up|died|were dead|"
        rf"were gone for good|dropped dead|te reveillais pas|te reveillais plus|crevais|mourais|"
        rf"disparaissais pour de bon)(?: tomorrow| demain| ever again| one day)?"
        rf"(?: (?!(?:at|so|early|until|till|before|for|avant|tot|jusqu|vers|pour)(?![^ ]))\S+){{0,4}} "
        rf"(?:make it happen|do it|do us a favour|do us a favor|do everyone a favour|do everyone a favor|"
        rf"fais le|fais le donc|vas y|rends nous service|rends service a tout le monde|go on|please do){E}",
    ),
    # "Do it. nobody's stopping you" said alone, death told: « fais-le, personne va t'en empêcher ». With a
    # goal ("dye your hair? do it") or anything after, encouragement.
    (
        _T,
        "do_it_nobody_stops_threat14",
        "nobody noone personne",
        "stopping stop stoppera empecher empechera empeche",
        False,
        r"^(?:just |then |alors |bah |ben |go on |vas y )?(?:do it|fais le|fait le|fais la) (?:nobody|no one|"
        r"noone|personne)(?: is| s| will| ne| va| te| t en| ne va| va te| va t en| ne te| ne t en)* "
        r"(?:stopping (?:you|u)|stop (?:you|u)|empecher|empeche|retenir|retient)$",
    ),
]
PHRASES = PHRASES + tuple(_compile_phrase(row) for row in _RAW_threat14)
ANCHORS = ANCHORS | frozenset().union(*(ws(row[2]) - _STOP for row in _RAW_threat14))
