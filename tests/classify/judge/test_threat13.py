"""Threat helper 13 (issue #11, tune misses of rounds 3-60): threats and hate read by structure, not by the
rounds' sentences. A pity about what people "would find out" of the reader or what "someone" might do to the
reader's things; a warning to be careful leaving a dark place; "i mean you no harm, but your kids …";
"people like you deserve a bullet"; a death hoped with the author's help offered; the author travelling to
the reader's town with a menace tag; the reader "better with fewer teeth"; death told as overdue or as a
sleep with no waking; the reader's hospital known with a visit promised, the kin's school "never mind, i
know", "i'll find you … i know where you hang out", the reader's street visited, the reader's pet asked
about at night; a listing of the reader's name, home and work. Hate: a group that "all look the same",
"knows nothing but …", "is only there to be carried"; "it's not racism, it's stats"; an illness called
dangerous people to lock up; the fourteen words. Death told to the reader, a menace, a pile-on or hate is no
crisis of the author's. Fresh sentences written for these tests, never corpus texts, with the look-alikes
that must stay quiet: game talk, lifts and meet-ups, kind visits and advice, compliments, pets introduced,
news and advocacy about groups, people of a group speaking about themselves, the author's own crisis,
threats received and reported.
"""

from __future__ import annotations

import pytest

from bot.classify.judge import Judge
from bot.domain.signals import AbuseKind, SupportLevel
from tests.classify.judge._helpers import family_cues

_JUDGE = Judge(recent=False)


def _cues13(text: str) -> list[str]:
    return family_cues(text, "threat13")


@pytest.mark.parametrize(
    "text",
    [
        # a pity about what people would find out, what someone might do to the reader's things
        "would be such a pity if everyone found out where you live",
        "ce serait dommage que tes collègues apprennent dans quel hôpital tu es suivi",
        "shame if somebody tampered with those insulin pens of yours",
        "dommage si quelqu'un trafiquait tes freins un de ces jours",
        # careful when leaving a dark, empty place
        "you should be careful when you leave the gym, that alley has no cameras",
        "tu devrais faire gaffe quand tu sors du taf, la ruelle est sombre",
        # no harm meant, but the reader's kin and things
        "i mean you no harm. but your dog and your car are a different story",
        "rien de personnel, mais ta femme et ta maison, je garantis rien",
        # deserved death, a death hoped with help offered
        "people like u should get shot honestly",
        "les mecs comme toi méritent une balle",
        "hope you choke on your dinner tonight, happy to help",
        # the author coming to the reader's town with a menace tag
        "je descends à Marseille ce week-end et tu vas morfler",
        "i'm driving up to Glasgow and you will regret it",
        # the reader's body better with fewer teeth
        "tu serais plus belle avec deux dents en moins",
        # death as overdue, sleep with no waking
        "still haven't hanged yourself? what a shame",
        "tu devrais t'endormir et ne jamais te réveiller, rends-nous service",
        # the hospital known with a visit, the kin's school, found where you hang out, street visited, pet
        "i know which ward you're on, might pay you a visit",
        "your son goes to which school again? nvm i know",
        "je vais te retrouver tkt, je sais où tu traînes le soir",
        "you posted your address last year. i drove past. nice fence",
        "you got a black cat right, i saw it on stream. does it go out at night?",
        # a listing of the reader's name, home and work
        "full name Mark Evans, lives in Cardiff, works at the garage on Cowbridge Road",
        "Lucie Martin, 34, Rennes. rings a bell?",
    ],
)
def test_threat13_threats_are_threats(text: str) -> None:
    judged = _JUDGE.judge(text)
    assert _cues13(text), (text, [hit.cue for hit in judged.abuse.hits])
    assert not judged.abuse.reported, text


@pytest.mark.parametrize(
    "text",
    [
        "les turcs ils ont tous la même gueule",
        "les algériens savent rien faire à part voler",
        "les filles en ranked sont là que pour se faire porter",
        "it's not racism when it's just facts, look at the numbers",
        "l'autisme c'est pas une maladie, c'est des gens dangereux à enfermer",
        "we must secure the existence of our servers and a future for white players",
    ],
)
def test_threat13_hate_is_hate(text: str) -> None:
    judged = _JUDGE.judge(text)
    assert any(hit.kind is AbuseKind.HATE for hit in judged.abuse.hits if not hit.learned), (
        text,
        [hit.cue for hit in judged.abuse.hits],
    )


@pytest.mark.parametrize(
    "text",
    [
        "you should go to sleep and never wake up, the world would be better off",
        "one day someone will stab you and nobody will cry",
        "kms? nah. kys",
        "final warning. next time i won't ask, i will be at your door",
        "people with autism shouldn't be born, it's cruel to them and expensive for us",
    ],
)
def test_threat13_told_to_the_reader_is_no_crisis(text: str) -> None:
    judged = _JUDGE.judge(text)
    assert judged.support.level is not SupportLevel.CRISIS, (text, judged.support)
    assert judged.abuse.hits, text


@pytest.mark.parametrize(
    "text",
    [
        # game talk
        "i'll find you on the map, i know where you camp lol",
        "coming for your base tonight, get your defenses ready",
        "je te retrouve en lobby, je sais où tu spawn",
        # lifts and meet-ups
        "I'll come pick you up at the station at 6",
        "je te retrouve au café à 18h, je sais où tu bosses",
        "je viens à Lyon samedi et tu vas comprendre pourquoi j'adore cette ville",
        # kind pity, kind advice, kind visits, compliments
        "it'd be a shame if people found out about your bakery so late, it's amazing",
        "tu devrais faire attention quand tu sors le soir, la rue est mal éclairée, appelle-moi",
        "be careful when you leave the clinic at night, the car park is badly lit, take a torch",
        "je sais dans quel hôpital tu es, je passe te voir avec des fleurs",
        "people like you deserve a medal",
        "you'd look good with less makeup honestly",
        "t'as toujours pas sauté le pas ? dommage, c'est génial",
        # the kin's school asked, a museum garden, a pet admired or introduced
        "ta fille est dans quelle école ? je sais que la mienne adore Jaurès",
        "I've been there, nice garden at the museum",
        "j'ai vu ton chat en stream, trop mignon ! il sort la nuit ?",
        "Meet Luna, 3 years old, everyone say hi to Luna!",
        # care about bleeding, game deaths
        "i hope you don't bleed out after the surgery, call the nurse",
        # news, advocacy, people of a group speaking of themselves
        "les asiatiques sont souvent victimes du cliché « ils ont tous la même tête », c'est raciste",
        "les femmes sur CS sont là pour jouer, comme tout le monde",
        "la schizophrénie c'est une maladie, pas des gens dangereux qu'on devrait enfermer",
    ],
)
def test_threat13_quiet_twins(text: str) -> None:
    assert not _cues13(text), text


@pytest.mark.parametrize(
    "text",
    [
        'someone told me "you should just go to sleep and not wake up, world would be better for it", '
        "i'm shaking",
        'he wrote "people like you deserve a bullet" under my post, what do i do',
        "quelqu'un m'a dit « je vais monter à Lyon et tu vas comprendre ta douleur », j'ai peur",
        "he said he'll be at my door next time, I'm scared",
    ],
)
def test_threat13_threats_received_stay_reports(text: str) -> None:
    judged = _JUDGE.judge(text)
    assert judged.abuse.reported or judged.support.help_request, (
        text,
        [hit.cue for hit in judged.abuse.hits],
    )
    assert not _cues13(text), text


@pytest.mark.parametrize(
    "text",
    [
        "I should just go to sleep and not wake up, nobody would miss me",
        "i will kill myself tonight, don't bother calling the cops",
        "I have down syndrome and sometimes i think people like me shouldn't be born",
    ],
)
def test_threat13_the_authors_own_crisis_stays_a_crisis(text: str) -> None:
    assert _JUDGE.judge(text).support.level is SupportLevel.CRISIS, text
