"""Threat helper 12 (issue #11, round 56): threats read by structure, not by the round's sentences. A first
person, a harm verb and the reader's body part; a weapon or a crew brought to the reader's home; a meeting
promised with a menace tag, or what awaits the reader at a place; a self-harm method told to the reader with a
dismissal, death called the kindest thing the reader could do or what should have happened; the reader's
employer, family or insurer told with a deadline or a condition, a benefits office that "would learn"; the
reader's private things posted on a condition, made known to everyone at the reader's place, held with "be
nice to me now"; the reader's kin placed and greeted "for now" or pictured with "same time tomorrow?"; someone
the author knows at the reader's hospital with a word to the wise; the author outside the reader's home with
the police no use. Fresh sentences written for these tests, never corpus texts, with the look-alikes that must
stay quiet: records and hearts broken, game and sport, laughs, visits with a purpose, medicine advice, the
author's own crisis, kind news passed on, kin greeted kindly, a nurse on records, a member warning another,
threats received and reported, illness talk.
"""

from __future__ import annotations

import pytest

from bot.classify.judge import Judge
from bot.domain.signals import AbuseKind, SupportLevel

_JUDGE = Judge(recent=False)
_THREATS = {AbuseKind.THREAT, AbuseKind.EXPOSURE}


def _cues12(text: str) -> list[str]:
    return [
        hit.cue
        for hit in _JUDGE.judge(text).abuse.hits
        if not hit.learned and hit.kind in _THREATS and hit.cue.endswith("_threat12")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a first person, a harm verb, the reader's body part
        "swear to god i'm gonna break your nose next time",
        "if you touch my car again i will knock out your teeth",
        "je vais te péter la mâchoire si tu recommences",
        "on va te casser les genoux, t'es prévenu",
        # a weapon or a crew brought to the reader's home
        "keep talking and imma bring my knife to your house",
        "we'll roll up with the boys to your work, see how brave you are then",
        "la prochaine fois je ramène mes potes devant chez toi",
        # a meeting promised with a menace tag, what awaits the reader
        "quand on se croisera à lyon, tu vas le regretter",
        "when i run into you at the mall you will regret it",
        "tu vas voir ce qui t'attend à la sortie du lycée",
        # a self-harm method told to the reader, death owed
        "swallow all your pills at once and be done with it",
        "go play on the train tracks, do us a favour",
        "the kindest thing you could do for your family is to die",
        "tu aurais dû crever à l'hôpital, il est encore temps",
        "crève, c'est tout ce que tu mérites",
        # the reader's employer, family, a benefits office told
        "you have 48 hours to apologise, then i contact your employer",
        "sinon ton patron reçoit toutes les captures",
        "ce serait dommage que les impôts apprennent que tu loues au noir",
        "it would be a shame if the dwp found out that you work cash in hand",
        # private things spread on a condition, everyone made to know, held with "be nice to me now"
        "continue et je poste tes nudes sur le serveur",
        "i'll make sure everyone in your office hears about your diagnosis",
        "i still have the screenshots of your therapy notes. be nice to me",
        "so, want the post with your real name to go live tonight or tomorrow?",
        # kin placed and greeted "for now", kin pictured with "same time tomorrow?"
        "your daughter goes to that dance class on tuesdays right? say hi to her from me. for now",
        "cute pic of your kids at the school gate this morning. same time tomorrow?",
        # someone at the reader's hospital, a word to the wise
        "je connais quelqu'un à la clinique où tu fais ta dialyse. réfléchis bien avant de me signaler",
        "a friend of mine works at the hospital with your records. if i were you i would delete that post",
        # outside the reader's home, the police no use
        "I'll be waiting outside your flat tonight, no point calling the police",
    ],
)
def test_threat12_threats_are_threats(text: str) -> None:
    judged = _JUDGE.judge(text)
    assert _cues12(text), (text, [hit.cue for hit in judged.abuse.hits])
    assert not judged.abuse.reported, text


@pytest.mark.parametrize(
    "text",
    [
        "prends toutes tes pilules d'un coup et qu'on en parle plus",
        "go lie down on the motorway, nobody will miss you",
        "crève. crève, c'est tout ce que tu mérites",
        "J'ai gardé tes captures de l'hôpital. Une fois sur twitter avec ton nom ça va faire du bruit.",
    ],
)
def test_threat12_told_to_the_reader_is_no_crisis_nor_help(text: str) -> None:
    judged = _JUDGE.judge(text)
    assert _cues12(text), (text, [hit.cue for hit in judged.abuse.hits])
    assert judged.support.level is SupportLevel.NONE, (text, judged.support)
    assert not judged.support.help_request, text


@pytest.mark.parametrize(
    "text",
    [
        # records, hearts, own injuries, game and sport, laughs
        "i'm going to break your record tonight on stream",
        "i will break your heart with this news, the café closed",
        "i broke my jaw skiing last year",
        "i'll smash your face in the next ranked match lol",
        "je vais te casser les genoux au foot demain mdr",
        # visits with a purpose, meet-ups with friends
        "i'll bring the knife set to your place for the cooking class",
        "je ramène mes cousins chez toi pour la fête samedi",
        "when we meet at the convention prepare yourself for the best hug ever",
        "quand on se croisera à lyon, tu vas voir, on va bien rigoler",
        # medicine advice, the author's own crisis, illness talk
        "don't take all your pills at once, spread them over the day",
        "tu devrais prendre tous tes cachets le matin, ça ira plus vite",
        "the kindest thing you could do for your carers is to thank them",
        "you should have died in that raid lol, the boss was at 1hp",
        "this disease will kill me, it's not too late to say goodbye",
        "i should have died at birth, it's not too late for me",
        "cette maladie va me tuer, je le sens",
        # employers, insurers and families told kindly
        "your boss will see the photos from the party, they're great",
        "if you need the attestation i'll contact your mutuelle tomorrow",
        "keep sharing your art and i'll post the photos on our fan page!",
        "i'll make sure everyone at your school knows how proud we are",
        # a nurse on records, a member hiding their own address, a member warning another
        "as a nurse i have your records here, be nice to the doctor",
        "i blurred my own address in the screenshot before posting, be careful with yours",
        "if i were you i would delete that message, it has your address in it",
        "je connais l'hôpital où tu fais tes dialyses, il suffit d'un mot à l'accueil pour avoir un fauteuil",
        # kin greeted kindly
        "your sister still works at the bakery right? tell her i said hi, i miss her!",
        "lovely photo of your daughter at the park this morning, same time tomorrow? the kids loved playing "
        "together",
        # lifts
        "I'll be outside your house at 8 to pick you up, don't bother calling the taxi",
    ],
)
def test_threat12_quiet_twins(text: str) -> None:
    assert not _cues12(text), text


@pytest.mark.parametrize(
    "text",
    [
        "he said he will break my jaw, what do i do mods?",
        "someone told me \"i'll be outside your house friday, don't bother calling the cops\", i'm scared",
        'he wrote me "keep reporting and i\'ll post your nudes", what should i do?',
        "quelqu'un m'a écrit « tu vas voir ce qui t'attend à la sortie », j'ai peur",
    ],
)
def test_threat12_threats_received_stay_reports(text: str) -> None:
    judged = _JUDGE.judge(text)
    assert (
        judged.abuse.reported or judged.support.help_request or judged.support.level is not SupportLevel.NONE
    ), (text, [hit.cue for hit in judged.abuse.hits])
    assert not _cues12(text), text


@pytest.mark.parametrize(
    "text",
    [
        "i should just end it already, nobody will miss me",
        "i took all my pills at once, i mean it",
        "i want to swallow all my pills at once and be done with it",
    ],
)
def test_threat12_the_authors_own_crisis_stays_a_crisis(text: str) -> None:
    assert _JUDGE.judge(text).support.level is SupportLevel.CRISIS, text
