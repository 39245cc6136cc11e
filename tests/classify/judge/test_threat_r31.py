"""Round 31 families (issue #11, threat helper 6): threats and obfuscated "kill yourself" in fresh words
written for these tests, never corpus texts, and the look-alikes that must stay quiet (the game's own
violence, the kind warning, the author's own plans, the victim quoting what was said to them).
"""

from __future__ import annotations

import pytest

from bot.classify.judge import Judge
from bot.domain.signals import AbuseKind, SupportLevel

_JUDGE = Judge(recent=False)
_THREATS = {AbuseKind.THREAT, AbuseKind.EXPOSURE}


def _threat_kinds(text: str) -> set[AbuseKind]:
    return {hit.kind for hit in _JUDGE.judge(text).abuse.hits} & _THREATS


@pytest.mark.parametrize(
    "text",
    [
        # "kill yourself" as a run, an app, a subscription
        "go speedrun your own death already, world record pace pls",
        "speedrunne ton enterrement, tout le serveur applaudira",
        "speedrun ta vie mec, générique de fin ce soir",
        "ctrl alt delete your entire existence",
        "unsub from breathing, nobody will notice",
        "désabonne-toi de l'oxygène stp",
        "switch yourself off for good, do us that one favour",
        "débranchez-vous pour de bon",
        # a swim with a weight, a one-way ticket
        "go for a swim in the canal with a breeze block tied to your ankles",
        "va faire trempette dans la Garonne avec une enclume au cou",
        "t'as qu'à prendre un billet sans retour pour la falaise, on respirera",
        "book yourself a one way trip to the bridge mate",
        # poison offered
        "bois ta bouteille de javel cul sec",
        "drink your bleach and log off",
        "if you just drank some antifreeze we'd all be fine, give it a try",
        # the reader underground as good news
        "your whole family will throw a party once you're six feet under",
        "tes parents seront enfin fiers le jour où tu seras six pieds sous terre",
        # "keep yourself safe" as its initials
        "keep urself safe ;) iykyk",
        # exposure as the price of a report or a word
        "keep flagging my posts and your boss gets every screenshot",
        "report me one more time and your wife finds out about your dms",
        "encore un signalement et ton patron reçoit tes captures",
        "arrête de me signaler sinon ta mère va tomber sur tes messages",
        "I'll make sure your girlfriend reads your messages from last night",
        "je vais faire en sorte que ton mari sache pour ton traitement",
        # a relative online who would love to know
        "your dad's on insta, he'd love to learn about your meds",
        "ton patron a un compte linkedin, il serait ravi d'apprendre ta bipolarité",
        # accounts wished hacked
        "be a shame if your steam and your mum's facebook got hacked tonight",
        "ce serait dommage que ton compte discord se fasse pirater demain 🙂",
        # in your place, easy prey, we know where you sit
        "if I were you I'd start looking over my shoulder",
        "si j'étais toi je changerais d'adresse, sérieux",
        "with those crutches you won't get far when we come",
        "avec ta canne ça sera facile de te choper dans le parking",
        "you'd better watch your back after the game sunday, we know which stand you're in",
        "t'as intérêt à faire gaffe en rentrant du stade, on sait dans quel virage tu te mets",
        # harm wished on a vehicle, sabotage
        "hope your scooter tips straight into the canal",
        "j'espère que ton fauteuil finit dans les escaliers",
        "cut your brake lines and see how you drive then",
        # presence as a menace, private words collected and promised out, a joke with a weapon
        "on arrive devant chez toi dans dix minutes, cache-toi bien",
        "we'll see if you're still this mouthy once I turn up at your gym",
        "j'ai ton adresse, on va te rendre une petite visite ce week-end",
        "your wife still lives on Mill Road? maybe I'll drop by and tell them about what you post here",
        "ta femme et ton patron vont tout recevoir si tu continues à me report",
        "I've got names, cities and phone numbers for half this guild, gonna post it everywhere",
        "just kidding... or not 🔫",
        "running you over with my van would honestly make my week",
        # disguised spellings: an emoji for the verb, masked letters, leet, weapons read as words
        "just 🔫 urself already",
        "va te f***re en l'air",
        "j'vais t f4ire l4 p3au",
        "<@112233445566778899> 🔪🔪 j'arrive",
        # patois
        "wi a go buss yuh head, yuh cyaan hide",
        "mi done know whey yuh live bwoy",
    ],
)
def test_round_31_threats_are_threats_and_not_the_authors_crisis(text: str) -> None:
    judged = _JUDGE.judge(text)
    assert {hit.kind for hit in judged.abuse.hits} & _THREATS, text
    assert judged.support.level is not SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        # the game's own violence
        "I'll kill you in the duel tonight, bring your best deck",
        "je vais te démonter en 1v1 ce soir, prépare-toi",
        "i speedrun my homework every sunday lol",
        "we speedrun the raid boss tonight, any% glitchless",
        "speedrun ta vie d'adulte, impôts et lessive en 10 minutes",
        "alt f4 the game and come eat",
        "with those crutches you won't get far in the ranked ladder lol",
        "it'll be easy to catch you up on the lore tonight",
        "ça va être facile de te rattraper au classement, t'as que 200 points",
        # kind warnings and advice
        "keep yourself safe tonight, the roads are icy ❤️",
        "if I were you I'd stay home and rest with that flu",
        "à ta place je sortirais pas ce soir, il va pleuvoir des cordes",
        "si j'étais toi je changerais de mot de passe, ton compte a fuité",
        "it'd be a shame if your steam account got hacked, turn on 2fa",
        "ce serait dommage que ton compte se fasse pirater, active la double authentification",
        "your mum would love to hear about your new job, tell her",
        "talk to your mum, she's on facebook, she'd love to hear about your diagnosis so she can help",
        "watch yourself walking home, it's pitch dark after the match",
        "don't drink bleach, call the poison line",
        "hope your car passes its MOT tomorrow",
        "j'espère que ton fauteuil roule bien sur les pavés",
        "j'ai pris un aller simple pour Lyon, nouvelle vie",
        "one way ticket to Paris booked!!",
        "je vais nager avec mes palmes aux pieds demain",
        "my grandad would be proud of me even now he's six feet under",
        "keep reporting the bugs, the devs read every report",
        "say that again louder, the mic cut out",
        "je suis en bas de chez toi, descends on est en retard pour le ciné",
        "on passe te faire une petite visite à l'hôpital demain, on a l'adresse de la clinique",
        "tes parents habitent toujours à Lille ? je passerai leur dire bonjour",
        "I screenshotted your message about your meds and sent it to the mods to check",
        "j'ai les noms et adresses des participants pour l'envoi des colis du secret santa",
        "we'll see how tough you are when the raid boss shows up",
        "jk jk, see you at the meetup tomorrow",
        "<@112233445566778899> 🔪🎂 je passe ce soir pour le gâteau",
        "je lui ai fait la peau au boss final",
        "va te f***** en l'air de la chambre, il fait chaud",
        "faire la peau du poulet bien croustillante",
        # the author's own words (the support side reads them)
        "je vais prendre un aller simple pour le pont ce soir",
        # the victim quoting what was said
        'he told me "keep reporting me and your boss gets the screenshots", what do I do',
        "il m'a écrit « à ta place je sortirais plus de chez moi », j'ai peur",
        'someone dmed me "speedrun your own funeral", should I report it?',
    ],
)
def test_round_31_look_alikes_stay_quiet(text: str) -> None:
    # the rules' own hits: the learned cues' reading of a near miss is the cue model's (relearned from the
    # corpus)
    judged = _JUDGE.judge(text)
    ruled = [hit for hit in judged.abuse.hits if not hit.learned]
    assert not {hit.kind for hit in ruled} & _THREATS, (text, [hit.cue for hit in ruled])


@pytest.mark.parametrize("text", ["bmud os er'uoy", "elibed nu se't", "hsart erup er'uoy"])
def test_round_31_a_message_written_backwards_is_read_backwards(text: str) -> None:
    assert _JUDGE.judge(text).abuse.hits, text


@pytest.mark.parametrize("text", ["era uoy woh", "uoy evol i", "ruoy rof sknaht", "toujours uoy dans le jeu"])
def test_round_31_kind_words_backwards_stay_quiet(text: str) -> None:
    assert not [hit for hit in _JUDGE.judge(text).abuse.hits if not hit.learned], text
