"""Threat helper 11 (issue #11, rounds 14-51): threats built by structure, not the rounds' sentences. The
author at the reader's door with a menace around it; the reader's whereabouts known at a routine time with a
meeting or a beating promised, or the reader's routine found "handy to know where you are"; the reader's
private things held with a price or a condition and a public place ("… or they go on twitter"), or their
publication imagined with a menace tag; violence with the subject left out ("gonna break your knees"); the
reader thrown through a window; swatting; a death wished then taken on; "it's a small town, i'll find you";
"would be a shame if something happened to you"; a child's school named with "say hi from me"; the reader's
face posted all over a place with an accusation under it; death told to the reader as their best option, and
the crisis the support rules hear in it lowered when the reader is named and the author is nowhere in the
message. Fresh sentences written for these tests, never corpus texts, with the look-alikes that must stay
quiet: visits with a purpose, plans, kind concern, game violence, friends, a nurse on records, a threat
received and reported, illness talk ("this disease will kill me"), refusals and negations.
"""

from __future__ import annotations

import pytest

from bot.classify.judge import Judge
from bot.domain.signals import AbuseKind, SupportLevel

_JUDGE = Judge(recent=False)
_THREATS = {AbuseKind.THREAT, AbuseKind.EXPOSURE}


def _ruled(text: str) -> set[AbuseKind]:
    return {hit.kind for hit in _JUDGE.judge(text).abuse.hits if not hit.learned}


@pytest.mark.parametrize(
    "text",
    [
        # at the reader's door, a menace around it
        "final warning. next time i'll be at your front door",
        "dernier avertissement, la prochaine fois je débarque chez toi",
        "keep it up and i'll show up at your house, you've been warned",
        # whereabouts known at a routine time, then a meeting or a beating
        "i know where you eat every sunday, see you there 😉",
        "je sais où tu bois tous les vendredis, tu vas voir",
        "a guy told me where you train every morning. i'll be waiting",
        # a routine watched and found handy
        "your car is parked outside the gym every evening, really handy to know where you are",
        "ta voiture est garée devant la fac tous les soirs, très pratique pour savoir où tu es",
        "new glasses? they suit you. the corner by your office is a nice spot to wait at 6 every evening",
        # private things held, a price or a condition, a public place
        "i've got your medical records. 200 quid or they end up on reddit",
        "j'ai tes nudes, encore un mot et elles sont sur twitter",
        "we have your dms saved, unblock me or they go public",
        # publication imagined with a menace tag
        "imagine if someone leaked your address on the server... you wouldn't like that, would you",
        "ce serait dommage si quelqu'un balançait ton diagnostic dans le salon général",
        # violence, the subject left out; through a window; swatting
        "gonna snap your fingers one by one, see how you type then",
        "about to break your jaw when i see you",
        "next time i see you i'm throwing you through a window",
        "je te jette par la fenêtre si tu reviens ici",
        "keep talking and i'll get you swatted",
        "on va te faire swatter ce soir",
        # a death wished, then taken on
        "hope you die, and if cancer doesn't do it i will",
        "j'espère que tu crèves, sinon je m'en occupe moi-même",
        # a small place, the author will find the reader
        "it's a small town mate, i'll find you",
        "Marseille c'est petit, je vais te retrouver",
        # a pity if something happened
        "it'd be a shame if something happened to you on your way home",
        "ce serait dommage qu'il t'arrive quelque chose en sortant du taf",
        # a child's school named, "say hi from me"
        "your little sister goes to st mary's school, right? tell her i said hi",
        "ta fille est à l'école Jules Ferry, c'est ça ? dis-lui coucou de ma part",
        # the reader's face posted with an accusation under it
        "i'll plaster your face on every lamppost in town with 'nonce' written under it",
        "je vais afficher ta photo partout dans le quartier avec « pédo » marqué dessous",
        # death as the reader's best option
        "honestly the rope is your best option at this point",
        "le suicide c'est ta seule option, sérieux",
    ],
)
def test_threat11_threats_are_threats_and_not_help(text: str) -> None:
    judged = _JUDGE.judge(text)
    ruled = {hit.kind for hit in judged.abuse.hits if not hit.learned}
    assert ruled & _THREATS, (text, [hit.cue for hit in judged.abuse.hits])
    assert judged.support.level is SupportLevel.NONE, (text, judged.support)
    assert not judged.support.help_request, text
    assert not judged.abuse.reported, text


@pytest.mark.parametrize(
    "text",
    [
        # death told to the reader: the crisis heard in it is lowered when the reader is named
        "kms? nah. kys, you specifically",
        "s.u.i.c.i.d.e is your best option tbh",
        "nobody would miss you if you were gone, do it already",
    ],
)
def test_threat11_death_told_to_the_reader_is_no_crisis(text: str) -> None:
    judged = _JUDGE.judge(text)
    assert _ruled(text) & _THREATS, (text, [hit.cue for hit in judged.abuse.hits])
    assert judged.support.level is not SupportLevel.CRISIS, (text, judged.support)


@pytest.mark.parametrize(
    "text",
    [
        # visits with a purpose, plans, friends
        "i know the pub quiz you go to every friday, can i come along?",
        "i'll be at your door at 8 to pick you up, next time we take my car",
        "la prochaine fois je passerai chez toi pour te rendre ton chargeur",
        "i'll be at your place tonight for the game, you'll see, it'll be fun",
        pytest.param(
            "i know where you go every friday, the pub quiz! can i join?",
            marks=pytest.mark.xfail(strict=True, reason="routine_known, an older row, not threat11's"),
        ),
        "je sais où tu vas tous les samedis, au marché, on se voit là-bas pour le café ?",
        "the bus stop on king street is a nice place to wait at 7 40 every morning, it has a roof",
        "your bike shop is open every morning, super handy to know where you can fix a flat",
        "ton club s'entraîne tous les soirs, très pratique pour savoir où tu peux jouer",
        # photos, records, addresses without leverage
        "i have your photos from the wedding, one more edit and they go on the album",
        "j'ai tes photos du concert, sinon elles vont sur le drive du groupe",
        "as a nurse i have your records here, the doctor will call you or send them to your gp",
        "imagine if someone posted your baby photos in general, so cute!",
        pytest.param(
            "imagine si quelqu'un publiait ton adresse, c'est pour ça que j'utilise un vpn",
            marks=pytest.mark.xfail(strict=True, reason="dox_swat, an older row, not threat11's"),
        ),
        # game violence, records and hearts broken
        "gonna break your record tonight, watch the stream",
        "going to break your heart with this news, the café closed",
        "if i see you at the con i'm putting you in my vlog",
        "in the raid i threw you through the window lol",
        "i'm throwing you through the window in the next match, get ready",
        # swatting talked about
        "swatting is a crime, people have died from it",
        "il s'est fait swatter en plein live, c'est horrible",
        "the right IP is on the way, the admin is fixing the server",
        # deaths in games, healing hoped
        "if you die in the raid and if nobody revives you, i will",
        "j'espère que tu guéris vite, sinon je m'occuperai de tes chats",
        # small worlds, kind concern
        "small world! i'll find you at the convention",
        "la ville est petite, on va te trouver un appart",
        "it would be awful if something happened to you, please take care on the roads",
        pytest.param(
            "ce serait dommage qu'il t'arrive quelque chose, mets ton casque",
            marks=pytest.mark.xfail(strict=True, reason="would_be_a_shame, an older row, not threat11's"),
        ),
        pytest.param(
            "would be a shame if something happened to your streak lol",
            marks=pytest.mark.xfail(strict=True, reason="veiled_stock, an older row, not threat11's"),
        ),
        # schools and faces, kindly
        "ta sœur va à l'école de musique ? dis-lui bonjour de ma part !",
        "your son goes to my school, right? tell him i said hi, he's lovely",
        "j'ai vu ta photo sur tous les murs du festival avec 'artiste de l'année' écrit dessous, bravo !",
        "i'll post your face on the wall of fame with 'MVP' written under it",
        # death refused, illness talk, negation
        "suicide is never your best option, please call 988",
        "dying is not your only option, you can get help",
        "death is the only option in this boss fight lol",
        "this disease will kill me one day, i know it",
        "cette maladie va me tuer, je le sens",
    ],
)
def test_threat11_quiet_twins(text: str) -> None:
    judged = _JUDGE.judge(text)
    ruled = [hit.cue for hit in judged.abuse.hits if not hit.learned and hit.kind in _THREATS]
    assert not ruled, (text, ruled)


@pytest.mark.parametrize(
    "text",
    [
        # a threat received and reported: help, never a sanction
        'someone dmed me "i know where you drink every friday, see you there", should i tell the mods?',
        "he told me he knows where i drink every friday and said see you there, i'm scared",
        "quelqu'un m'a écrit « je vais te faire swatter », je fais quoi ?",
        'a guy said "imagine if someone posted your diagnosis, wouldn\'t want that would you" to me',
    ],
)
def test_threat11_threats_received_stay_reports(text: str) -> None:
    judged = _JUDGE.judge(text)
    assert (
        judged.abuse.reported or judged.support.help_request or judged.support.level is not SupportLevel.NONE
    ), (
        text,
        [hit.cue for hit in judged.abuse.hits],
    )


@pytest.mark.parametrize(
    "text",
    [
        "my brain keeps saying kys to me on repeat",
        "time to uninstall life.exe fr, not a meme today",
        "i want to kill myself, and you would be better off without me",
    ],
)
def test_threat11_the_authors_own_crisis_stays_a_crisis(text: str) -> None:
    assert _JUDGE.judge(text).support.level is SupportLevel.CRISIS, text
