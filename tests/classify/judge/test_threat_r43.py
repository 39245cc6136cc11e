"""Round 43 families (issue #11, threat helper 9): threats built by construction with broad slots, not round
43's sentences. Violence: a first person, a harm verb of a wide family and the reader's body or the reader
put through something; harm brought about through others ("i'll have you stabbed", « je vous ferai
bastonner »); a target named by a condition ("the next one who reports me"); the reader foretold in hospital
"and not for your illness". Exposure: the reader's private things held, then a consequence ("one click and
it's online"); named, then spread; "everything i know about you" as an ultimatum's price; every DM leaked;
the reader's door pictured; visitors promised; the reader's words saved and sent to their own people; "one
more report and it goes public". Coded "kill yourself": a bridge pointed to with a dismissal, the whole box
of pills with relief for the rest of us, "do it yourself" beside a death word, the window, the big leap
"for us". Fresh sentences written for these tests, never corpus texts, with the look-alikes that must stay
quiet, the false alarms named by earlier helpers (kind exposures, care about insulin, reported-speech markers
that are not reports) and what must stay caught.
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
        "i'll put you through the wall if you say that again",
        "we're gonna throw you through a window, mark my words",
        "i'll drive to your town and put you through a table",
        "i'm going to break your nose when i see you",
        "i swear i'll cave your skull in",
        "i will snap your neck",
        "gonna crack your ribs one by one",
        "i'll bust your head open next time i see you outside",
        "mi ago bruk yuh face when mi ketch yuh",
        "i'll have you stabbed",
        "i'll get my cousins to jump you after school",
        "i'm gonna get some mates round to batter you",
        "je te ferai tabasser par mes potes",
        "on va te faire casser les jambes",
        "je vous ferai bastonner, vous verrez",
        "the next one who reports me, i'll slash their tyres",
        "whoever reported me, i will find them",
        "anyone who touches my stuff i'm gonna stab them",
        "la prochaine qui me bloque je lui casse la gueule",
        "celui qui m'a signalé je le défonce",
        "le premier qui parle je lui pète les dents",
        "tu vas finir aux urgences, et pas à cause de ton diabète",
        "you'll end up in a wheelchair and not because of your ms",
        "you're going to end up in the icu, not for your asthma this time",
        "j'ai ton dossier médical. un clic et c'est en ligne",
        "i've got your therapy notes. one screenshot and it's everywhere",
        "your nudes are on my phone, one message and it's out",
        "tes captures je vais les poster partout",
        "your diagnosis letter? i'm going to post it everywhere",
        "tes mps je vais les balancer sur le serveur",
        "delete that post or i'll leak everything i know about you",
        "sinon je balance tout ce que je sais sur toi",
        "i'll publish everything i found on you",
        "i'm posting every message you ever sent him",
        "we'll leak all the dms you've sent",
        "enjoy the photos of your house i'm about to post",
        "les photos de ta maison que je vais poster ce soir",
        "i have your address and your ip. expect visitors tonight",
        "je connais ta ville et ton adresse, attends toi à de la visite ce soir",
        "the roof is that way, off you go",
        "le pont c'est par là, bon vent",
        "the cliff is over there, bye",
        "take all your pills and do us all a favour",
        "swallow the whole box of your tramadol and spare us",
        "avale toute ta boîte de cachets, bon débarras",
        "tu veux mourir ? je te conseille de le faire toi même",
        "jte conseille le 10e étage, ça suffira pour toi",
        "open the window and jump",
        "ouvre ta fenêtre et jette toi",
        "log off permanently and i don't mean the game",
        "il y a un pont près de chez toi, fais le grand saut pour nous",
        "screenshotting everything you post about your meds and sending it to your boss",
        "j'enregistre tout ce que tu dis et je l'envoie à ta mère",
        "all your info in one doc. one more report and it goes public",
        "your name and address are saved. one more comment and it goes online",
        "ton chien qui aboie tout le temps, je connais une recette",
        "your cat? i know a good recipe",
        "ce serait dommage que ta porte reste ouverte cette nuit",
        "would be a shame if your back door was unlocked tonight while you sleep",
        "one call and you get swatted, don't test me",
        "something tells me your windows won't survive the weekend",
        "that dog you keep posting? would be a shame if it went missing",
        "va crever, personne ne remarquerait que t'es partie",
        "i don't wish you to die, i'd suggest doing it yourself",
    ],
)
def test_round_43_threats_are_threats_and_not_the_authors_crisis(text: str) -> None:
    judged = _JUDGE.judge(text)
    assert {hit.kind for hit in judged.abuse.hits} & _THREATS, text
    assert judged.support.level is not SupportLevel.CRISIS, text
    assert not judged.abuse.reported, text


@pytest.mark.parametrize(
    "text",
    [
        "i'll break your jaw in the finals lol",
        "the physio said he'd break your ankles if you skipped the stretches, joking obviously",
        "i broke my jaw skiing last year",
        "he said he'd put me through a window, what do i do",
        "the stuntman was put through a window in the film",
        "i'll put you through to the manager",
        "i'll put you through a tough workout tomorrow",
        "i'll have you beaten by friday in the league table",
        "i'll get my boys to help you move on saturday",
        "je te ferai visiter la ville demain",
        "je vous ferai parvenir le dossier demain",
        "the next one who finishes the raid gets a prize, i'll send them a sticker",
        "whoever wins, i'll buy them a coffee",
        "le prochain qui me fait rire je lui paie un verre",
        "celui qui gagne je lui offre une pizza",
        "tu vas finir à l'hôpital si tu te reposes pas, prends soin de toi",
        "tu vas finir à l'hôpital pour ta greffe, courage",
        "j'ai tes résultats d'analyses, une capture et je les envoie à ton médecin comme tu m'as demandé",
        "one screenshot and it's everywhere, that's why i never post my address",
        "tes photos du voyage je vais les mettre partout sur le frigo",
        "your drawings? i'm posting them everywhere, they're amazing",
        "i'm going to tell everyone everything i know about the new patch",
        "je vais publier tout ce que je sais sur le nouveau traitement",
        "i'm posting all the pics you sent of the puppy, so cute",
        "love the pics of your front door you posted, such a nice colour",
        "je vais poster les photos de ta maison ? non, c'est toi qui décides",
        "enjoy your visitors tonight, say hi to your mum from me",
        "expect visitors this weekend, we're coming to your town for the fair!",
        "the bridge is that way, then turn left for the car park",
        "the bridge is over there, off you go, the bus stop is just after it",
        "the river is that way, have fun kayaking!",
        "take the whole bottle of your meds with you on the trip",
        "don't take the whole bottle of your meds, spare us the drama at the er lol",
        "i suggest doing it yourself, the plumber charges a fortune",
        "je te conseille de le faire toi même, c'est moins cher",
        "i'd advise you to do it yourself, my uncle died of a heart attack waiting for the builder",
        "jte conseille le 5e étage, la vue est meilleure",
        "open the window and let some air in",
        "ouvre la fenêtre et aère un peu",
        "log off for good? nah i'm back tomorrow",
        "fais le grand saut pour nous, demande la en mariage !",
        "screenshot your meds schedule and send it to your mum so she knows",
        "save that recipe and send it to your mum",
        "one more report and the server goes public, the mods said",
        "ton chat est trop mignon, je connais une recette de friandises pour lui",
        "ce serait dommage que ta porte reste ouverte avec le chauffage allumé",
        "would be a shame if your door was unlocked, lock it before you leave!",
    ],
)
def test_round_43_look_alikes_stay_quiet(text: str) -> None:
    judged = _JUDGE.judge(text)
    ruled = [hit for hit in judged.abuse.hits if not hit.learned]
    assert not {hit.kind for hit in ruled} & _THREATS, (text, [hit.cue for hit in ruled])


@pytest.mark.parametrize(
    "text",
    [
        # kind uses of the exposure and report rows
        "j'ai ton adresse, je t'envoie ton cadeau demain",
        "i have your address now, sending your birthday card tomorrow",
        "i will email the school you teach at to thank them",
        "i'm going to call your manager to praise you, you saved my day",
        "i'll tell your boss you're amazing",
        "je vais dire à ton patron que t'es géniale",
        "i will write to your school to say you are the best student they ever had",
        "it would be a shame if everyone found out how well you sing",
        "ce serait dommage que tout le monde apprenne que tu dessines si bien",
        "would be a shame if you didn't come to the party",
        "i'm going to email your employer to recommend you for the promotion",
        # a hope negated, a recovery hoped: care
        "pack extra insulin, i hope you don't die of a hypo on the trip",
        "hope you don't die of boredom at the conference lol",
        "hope your mum gets better soon, cancer is so hard",
        "i hope you get your meds sorted, dying of pain is no way to live",
        "hope your surgery goes well, i know you were scared to die",
    ],
)
def test_kind_exposures_and_care_stay_quiet(text: str) -> None:
    judged = _JUDGE.judge(text)
    ruled = [hit for hit in judged.abuse.hits if not hit.learned]
    assert not {hit.kind for hit in ruled} & _THREATS, (text, [hit.cue for hit in ruled])


@pytest.mark.parametrize(
    "text",
    [
        "j'ai ton IP, je vais te faire un petit cadeau",
        "j'ai ton adresse, je t'envoie un petit cadeau",
        "i have your address, i'll send you a gift you won't forget, watch your back",
        "i'll tell your boss you're a junkie",
        "i'll email your school that you're on antipsychotics",
        "i hope you die",
        "hope you get cancer",
        "hope you slowly die on your trip",
        "hope you choke on your meds",
        "i hope your insulin runs out and you die",
    ],
)
def test_sarcastic_and_real_menace_still_caught(text: str) -> None:
    judged = _JUDGE.judge(text)
    assert {hit.kind for hit in judged.abuse.hits} & _THREATS, text


@pytest.mark.parametrize(
    "text",
    [
        # the reader's doing, a hunch, a crowd called to DMs: no report, the threat after them is the author's
        "you keep posting about your recovery, would be a shame if your boss saw those posts",
        "u keep commenting on my builds, i'll break your jaw",
        "something tells me your tyres won't last the night",
        "my gut tells me your tyres won't survive the weekend",
        "allez tout le monde en mp, spammez la jusqu'à ce qu'elle supprime son compte",
        "one call and you get swatted, stop testing me",
        "screenshotting everything you've written about your rehab and sending it to your dad",
    ],
)
def test_markers_that_are_no_report_leave_the_threat_the_authors(text: str) -> None:
    judged = _JUDGE.judge(text)
    assert not judged.abuse.reported, text
    assert {hit.kind for hit in judged.abuse.hits} & _THREATS, text


@pytest.mark.parametrize(
    "text",
    [
        "he keeps sending me kys in dms, what do i do",
        "you keep calling me a retard and it hurts",
        "il m'écrit des menaces en mp depuis hier",
        "someone told me they'd break my jaw, i'm scared",
    ],
)
def test_reports_are_still_reports(text: str) -> None:
    judged = _JUDGE.judge(text)
    ruled = [hit for hit in judged.abuse.hits if not hit.learned]
    assert judged.abuse.reported or not {hit.kind for hit in ruled} & _THREATS, text


@pytest.mark.parametrize(
    "text",
    [
        "je vais sauter d'un pont ce soir, bon débarras pour tout le monde",
        "i'm going to take all my pills tonight and spare everyone",
        "i'm going to log off permanently tonight and i don't mean the game",
        "je vais faire le grand saut du pont ce soir, pour de vrai",
        "personne ne remarquerait si je disparaissais ce soir",
    ],
)
def test_the_authors_own_crisis_stays_a_crisis(text: str) -> None:
    assert _JUDGE.judge(text).support.level is SupportLevel.CRISIS, text
