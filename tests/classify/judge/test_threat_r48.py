"""Round 48 families (issue #11, threat helper 10): threats built by structure, not round 48's sentences. The
reader's words collected with a person who has power over the reader reachable ("screens of everything you
typed, your boss is on facebook"), or "pray i never forward it to your employer"; a relative with a routine
and "alone, right?" or the author waiting; a pet that "won't be cute for long" or "will pay"; the reader's car
burning tonight; one call through someone with power and the reader gone; what happens to snitches with "keep
talking to the mods"; a false report (immigration called on the family, "report you as a predator"); intimate
images or the address held as leverage; settling it offline with the distance travelled; a body nobody would
find; "don't go out alone at night anymore" as advice; "lucky i live far away, otherwise…"; flowers for the
reader's grave; "shut it or i'll shut it for you"; coded "kill yourself" aimed at the reader ("ksy", "just
rope", "sewer slide … for you", vanishing for good advised, a favour to the world then a death act). Fresh
sentences written for these tests, never corpus texts, with the look-alikes that must stay quiet: kind talk
about the reader's family and pets, growth, warnings with a reason, game and role-play stories, directions,
the author's own crisis, and members quoting what they received (offered help, never sanctioned).
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
        # the reader's words collected, a person with power over the reader reachable (day 9's red case)
        "got screenshots of everything you posted, and your boss is on linkedin",
        "kept screenshots of everything you wrote here, and your manager is on linkedin",
        "screens of everything you typed, your boss is on facebook btw",
        "j'ai gardé des captures de tout ce que tu écris, et ton patron est sur linkedin",
        "i copied your therapy letter. pray i never forward it to your employer",
        "your manager would love these rants, forwarding them tonight",
        # a relative with a routine, "alone, right?" or the author waiting
        "your little sister gets off the bus alone at 4, right?",
        "ton frère rentre seul du lycée le soir, hein",
        "ta copine finit le taf à 22h, je l'attendrai devant",
        # a pet or a property with a veiled future
        "your dog is adorable in those pics. not for long though",
        "ton chat va payer pour ce que t'as dit",
        "your car is gonna be a lovely bonfire tonight",
        "ta maison va cramer ce soir, crois moi",
        # through someone with power
        "my uncle is in the police, one call and you're behind bars",
        "mon oncle est gendarme, un appel et tu finis en taule",
        "you know what happens to snitches round here? keep talking to the mods",
        # false reports
        "i'm phoning immigration about your parents tomorrow",
        "imma report you as a predator to the police, good luck",
        # leverage
        "je balance ton adresse sur tous les serveurs si tu retires pas ta plainte",
        "unblock me or your pics go on every server i'm in",
        # offline, veiled
        "on règle ça en dehors du serveur quand tu veux, je fais 300 km pour toi",
        "nobody would ever find your body out there",
        "petit conseil : rentre plus jamais seule le soir",
        "lucky for you i live far away, otherwise you'd be in the morgue by now",
        "i'll send flowers to your funeral",
        "i'll tear it off you in the street",
        "ferme ta gueule ou je te la ferme moi-même",
        # coded "kill yourself", aimed at the reader
        "ksy already, loser",
        "just rope already",
        "sewer slide would suit you honestly",
        "tu devrais disparaître pour de bon, tu comprends ce que je veux dire",
        "do everyone a favour and jump off something tall",
        "crève et libère la place",
    ],
)
def test_round_48_threats_are_threats_and_not_the_authors_crisis(text: str) -> None:
    judged = _JUDGE.judge(text)
    ruled = [hit for hit in judged.abuse.hits if not hit.learned]
    assert {hit.kind for hit in ruled} & _THREATS, (text, [hit.cue for hit in judged.abuse.hits])
    assert judged.support.level is not SupportLevel.CRISIS, text
    assert not judged.abuse.reported, text


@pytest.mark.parametrize(
    "text",
    [
        # words kept kindly, someone else's boss, a surprise
        "kept copies of everything you wrote for the zine, your teacher is on discord and will adore it",
        "i saved everything you said in the raid, my manager is on linkedin too",
        "i took screenshots of the patch notes, my boss is on linkedin too",
        "hope i don't send it to your mum by mistake, the group chats look the same",
        "your boss would love these drawings, send them to him!",
        # family and pets, kindly
        "your sister walks home alone? tell her to text me when she's back, it's dark",
        "ta mère sort du boulot à 18h ? je l'attendrai pour qu'on aille au resto",
        "ta grand-mère vit seule ? tu devrais l'appeler plus souvent, c'est important",
        "your grandma lives alone, right? we should visit her with a cake",
        "ta maman sort du travail à 18h ? dis-lui bonjour de ma part",
        "ton chiot est trop mignon, il le restera pas longtemps petit, ça grandit vite",
        "your kitten won't stay that tiny for long, enjoy it",
        "mon chat va payer le vétérinaire avec ses croquettes lol",
        # property, slang and warnings
        "your car is gonna be fire tomorrow after the tune up",
        "your base in rust is gonna be a bonfire tonight lol, we're raiding",
        "ta voiture va flamber demain si tu changes pas les plaquettes",
        # calls that help, histories, game rats
        "one call and you're in, the recruiter loves your cv",
        "un coup de fil et tu disparais de la liste d'attente, c'est simple",
        "tu sais ce qui arrivait aux balances dans la mafia ? on leur coupait la langue, c'est dans le docu",
        "you know what happens to rats in the sewer level? they respawn, keep going left",
        "calling the cops on my neighbour's party tonight, it's 3am",
        "if someone reports you as a predator by mistake, message the mods",
        # photos offered, invoices, meeting up
        "je mets tes photos sur le serveur si tu veux, elles sont magnifiques",
        "je mets tes photos dans l'album si tu me les envoies avant minuit",
        "on peut régler ça en dehors de discord, par mail ?",
        "j'ai fait 800 bornes pour toi, t'as intérêt à venir au concert",
        "je vais te régler ton compte netflix demain, t'inquiète",
        # stories, care, rescues
        "in the book nobody would ever find the body until the flood",
        "petit conseil : ne sors plus seule le soir tant que l'agresseur n'est pas arrêté",
        "fais attention, ne rentre pas seule le soir, il y a eu des agressions dans le quartier",
        "you're lucky i was there to heal you, otherwise you'd be dead lol",
        "t'as de la chance que je sois là, sinon tu serais mort dans ce donjon",
        "i'll bring flowers for your mum's grave on sunday",
        "i'll rip it off you quickly, it's just a plaster",
        "shut the door or i'll shut it for you, it's freezing",
        # coded words that are not
        "ksy c'est le code de quel aéroport ?",
        "just rope up before the climb",
        "we roped the wagons together for the parade",
        "the sewer slide at the water park is gross",
        "tu devrais disparaître de twitter pour de bon, ça te fait du mal",
        "do us a favour and jump on vc tonight",
        "do us a favour and jump back in the queue",
        "fais nous plaisir et saute dans le vocal ce soir",
        # game and role-play violence told as a story
        "en RP hier j'ai pris une balle dans la tête, mort RP, 2h de jeu perdues",
        "last night's session i took a bullet in the head from the sheriff lol",
    ],
)
def test_round_48_look_alikes_stay_quiet(text: str) -> None:
    judged = _JUDGE.judge(text)
    ruled = [hit for hit in judged.abuse.hits if not hit.learned]
    assert not {hit.kind for hit in ruled} & _THREATS, (text, [hit.cue for hit in ruled])


@pytest.mark.parametrize(
    "text",
    [
        "le mieux pour moi ce serait de disparaître définitivement",
        "sewer slide has been on my mind all week",
        "je veux disparaître pour toujours, j'en peux plus",
    ],
)
def test_round_48_the_authors_own_crisis_stays_a_crisis(text: str) -> None:
    assert _JUDGE.judge(text).support.level is SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        'he wrote "your cat will pay" and i have a cat, i\'m scared',
        "someone dm'd me \"calling ICE on your whole family\" and I'm shaking",
        "il m'a écrit « ta voiture va flamber cette nuit », j'ai peur",
        'she told me "one call and you\'re in a cell", what do i do',
    ],
)
def test_round_48_threats_received_are_reported_and_offered_help(text: str) -> None:
    judged = _JUDGE.judge(text)
    assert judged.abuse.reported, text
    ruled = [hit for hit in judged.abuse.hits if not hit.learned]
    assert not {hit.kind for hit in ruled} & _THREATS, (text, [hit.cue for hit in ruled])
    assert judged.support.help_request or judged.support.level is not SupportLevel.NONE, text
