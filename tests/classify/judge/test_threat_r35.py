"""Round 35 families (issue #11, threat helper 7): swatting and the police promised, intimate photos held
over the reader, veiled "careful walking home, just saying", people sent after a provocation, the reader's
school or workplace named with a visit, a dox file announced, the reader seen at their street or usual hour,
"kill yourself" in SMS French and as a test of the means, and death wishes aimed at the reader that are not
the author's crisis. Fresh sentences written for these tests, never corpus texts, and the look-alikes that
must stay quiet (game moves, kind warnings, friendly visits, the victim quoting, the author's own crisis).
"""

from __future__ import annotations

import pytest

from bot.classify.judge import Judge
from bot.domain.signals import AbuseKind, SupportLevel

_JUDGE = Judge(recent=False)
_THREATS = {AbuseKind.THREAT, AbuseKind.EXPOSURE}


@pytest.mark.parametrize(
    "text",
    [
        # swatting, the police sent to the reader's door
        "keep it up and you get swatted tonight",
        "one more report and u get swatted, try me",
        "you're gonna get swatted, enjoy the SWAT team lol",
        "continue comme ça et tu vas avoir les flics chez toi demain matin",
        "encore un mot et t'auras le raid devant chez toi",
        "keep talking and you'll have armed police at your door by midnight",
        "tu vas te faire swatter, tu l'auras cherché",
        # intimate photos held over the reader
        "i've still got your pics from last summer, so be nice",
        "I kept all your nudes, remember that before you block me",
        "j'ai encore tes photos intimes, sois gentille sinon",
        "on a gardé tes nudes, t'as intérêt à répondre",
        "your nudes are going to your mum if you ignore me",
        "les photos que tu m'as envoyées vont partir chez ton copain",
        "pay me 50 quid or your nudes go everywhere",
        "envoie moi 100 balles ou tes photos tournent sur le serveur",
        # veiled warning with a wink-tag
        "watch your back on the way home, just saying",
        "u better be careful leaving work tonight. accidents happen",
        "fais attention en rentrant ce soir, on sait jamais",
        "t'as intérêt à faire gaffe dans ton escalier, je dis ça je dis rien",
        "you might want to be careful at the bus stop, who knows",
        # the author arriving unseen
        "you'll never see me coming, not at your door, not anywhere",
        "u won't hear us coming when we get to your house",
        "tu me verras pas venir dans ton dos, crois moi",
        # people sent after a provocation
        "keep mouthing off and i'll send my lads round to your flat",
        "carry on like this and we send the boys to your house",
        "continue et j'envoie mes gars chez toi",
        "keep testing me and someone is going to come for you",
        "one more word and somebody will come after you",
        "continue de parler et des gens vont venir te chercher",
        "keep it up, I know people in your town",
        "keep pushing me and i got cousins in your area",
        # the school or workplace named, a visit promised
        "je sais c'est où ton lycée",
        "i know which school",
        "I know exactly where your office is",
        "je sais dans quel magasin tu bosses",
        "tu travailles au carrefour de la gare, je passe demain",
        "you work at the boots on high street, i will drop by tomorrow",
        "imagine your boss reading all these messages, i have his number",
        "imagine ton patron qui lit tes messages, je sais où il bosse",
        # a dox file announced
        "dox on you drops tonight: name, address, school",
        "dossier complet sur toi qui tombe lundi",
        "full dox about you going live at 8, with your parents",
        # seen at the reader's street or their usual hour
        "je t'ai vu ce matin devant ta porte",
        "i saw you yesterday outside your building",
        "spotted you last night at the corner of your street",
        "on t'a croisé devant ton école mardi",
        "you were at the pool at 6 again this morning",
        "creature of habit, aren't you",
        # Québec first person
        "m'as te pogner à la sortie pis tu vas manger une volée",
        "m'as te casser la yeule mon tabarnak",
        # "kill yourself" in SMS French and as a test of the means
        "fais toi un suicide stp",
        "t'as cas avaler tes cachets d'un coup",
        "ta ka sauter du pont",
        "go check if your rope holds tonight",
        "va voir si ta poutre tient",
        # the reader's words collected, a relative online or the words sent on
        "j'ai des screens de tout ce que tu racontes et ta daronne est sur insta",
        "got screenshots of everything you posted, and your boss is on linkedin",
        "je garde tout ce que tu écris sur ton traitement et je l'envoie à ton patron",
        # "yourself" with two letters swapped
        "kill yourslef already",
        "go kill urslf",
        # death wishes aimed at the reader, not the author's crisis
        "people like you should not exist, starting with you",
        "why are u still breathing",
        "je vais te retrouver et tu te réveilleras plus",
        "i'll hunt you down and you will never wake up",
    ],
)
def test_round_35_threats_are_threats_and_not_the_authors_crisis(text: str) -> None:
    judged = _JUDGE.judge(text)
    assert {hit.kind for hit in judged.abuse.hits} & _THREATS, text
    assert judged.support.level is not SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        # game moves
        "one of these days i'll smash you with my ult",
        "hitting you with my ult, you won't feel safe in lane lol",
        "you won't even see me coming, I'm on the invisible build",
        "tu me verras pas venir, je joue assassin ce soir",
        "keep feeding and we lose, simple as",
        "keep pushing mid and I'll send my jungler top",
        "continue comme ça et on gagne la game",
        # kind warnings, no tag
        "be careful walking home, the pavement is icy",
        "fais attention en rentrant, il y a du verglas",
        "watch your back in the last circle, they camp there",
        "you should be careful with that new med, it makes you dizzy",
        # friendly visits and talk of a workplace
        "tu bosses au carrefour de la gare ? je passe demain faire mes courses",
        "imagine your boss reading your essay, he'd be proud",
        "imagine your mum seeing these messages lol, she'd laugh",
        "I know where your office party is, see you there!",
        # photos kept kindly
        "I still have your photos from the wedding, want me to send them?",
        "j'ai gardé tes photos du voyage, elles sont trop belles",
        "the photos you sent me are gorgeous, frame them",
        "send me the recipe or the photos of the cake!",
        # the police and swatting talked about
        "les flics sont venus chez toi ? pour le cambriolage ?",
        # seeing someone, kindly
        "i saw you yesterday at the con, great cosplay!",
        "je t'ai vu hier au concert, t'étais trop bien",
        "we saw you on the stream last night, gg",
        "je t'ai vu hier soir en vocal, ça allait ?",
        "I'm a creature of habit, same coffee every morning",
        # crews and cities, friendly
        "I have friends in your city, we should all meet up",
        "j'ai des potes dans ta ville, on se fait une bouffe ?",
        "keep it up and you'll make diamond this season",
        "keep going and you'll get the achievement",
        "carry on and you'll finish the raid before midnight",
        # dox talked about
        "got doxxed last year, a doc about me with my address went round",
        "a doc on you would be a great idea for the wiki, your build guide is good",
        # the means talked about, not offered
        "check if the rope holds before you climb, safety first",
        "on a vérifié si la corde d'escalade tient, tout est ok",
        "t'as cas prendre un doliprane et dormir",
        "fais toi un café, ça ira mieux",
        # québec, kind
        "m'as te texter ce soir pour le souper",
        "m'as te retrouver au dépanneur à 5h",
        # reported, the victim quoting
        'he wrote "I still have your nudes, be nice" and I am scared',
        'someone told me "keep talking and you get swatted", what do I do?',
        "il m'a dit « je sais c'est où ton lycée », j'ai peur, je fais quoi",
        'she said "i saw you outside your building" and now I cannot sleep',
        # the deep game talk with harm words
        "we'll come for you in the final round, gl",
        "I'll find you on the map and you'll never respawn",
        "quand je te croise en ranked t'es mort mdr",
        "people like you should play support more often, you're good at it",
        "why are you still online? go to bed it's 3am",
        "start with you, who's on the first shift tomorrow?",
        "you won't wake up in time for the raid if you stay up",
        "imagine your boss giving you friday off, dream on",
        "people like you should run for mayor honestly",
        "t'es caissière au leclerc ? ma soeur aussi !",
        "you work at tesco? same, which branch?",
        "watch out for the boss's second phase, you never know when he spawns adds",
        "you'll never see me coming in that bush, I'm playing stealth",
        "u won't hear us coming, we have the silencer attachment",
        "tu me verras pas venir, je suis en ghost",
        "je t'ai vu hier en ranked, t'as bien joué",
        "i saw you at the meetup, you were great",
        "you were at the top of the leaderboard at 9 again, well done",
        "send me the link or the pics of the build",
        "your nudes comment was so off, delete it",
        "tes photos de vacances sont partout sur insta, trop belles",
        "j'ai gardé tes photos de classe, elles sont drôles",
        "careful on the stairs, just saying, they're slippery",
        "keep it up, you're doing amazing",
        "continue comme ça, t'es au top",
        "I know people in your town who'd love your art",
        "fais toi un thé et repose toi",
        "t'as cas prendre le bus, c'est plus simple",
        "go check if the rope bridge in the map holds your weight lol",
        "m'as te dire un secret demain",
        "dox the boss? no, we just need a doc on the boss mechanics",
        "i took screenshots of the patch notes, your mum is on facebook too right?",
        "j'ai gardé tes dessins et je les envoie à ta mère pour son anniversaire",
        "saving the recipe and sending it to your mum like she asked",
        "les flics ont fait une descente dans la série hier, trop bien le final",
    ],
)
def test_round_35_look_alikes_stay_quiet(text: str) -> None:
    judged = _JUDGE.judge(text)
    ruled = [hit for hit in judged.abuse.hits if not hit.learned]
    assert not {hit.kind for hit in ruled} & _THREATS, (text, [hit.cue for hit in ruled])


@pytest.mark.parametrize(
    "text",
    [
        "you'd all be better off without me",
        "i want to die",
        "je vais me tuer ce soir",
        "i'll kill myself and you too",
        "you won't have to deal with me much longer, I've got the pills ready",
        "people like me should just stop existing",
        "why am I still breathing",
        "I hope I don't wake up tomorrow",
    ],
)
def test_round_35_the_authors_own_crisis_stays_a_crisis(text: str) -> None:
    assert _JUDGE.judge(text).support.level is SupportLevel.CRISIS, text
