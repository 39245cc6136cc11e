"""Round 42 families and false alarms (support side, helper support9): fresh sentences written for these
tests, never corpus texts, and look-alikes that must stay quiet.

* a group's stigma reported ("society acts like disabled people are a burden") is not the author's burden;
  "everyone would be better off without me" stays a crisis;
* a sign said of the reader ("if you want to die on that hill", « t'as envie de disparaître de twitter ? ») or
  comfort given to the reader ("it's not your fault he left") is not the author's crisis;
* abuse received told with an ask in other words and spellings ("call mi ... mods check it pls", « vous pouvez
  m'aider ? », "i'd like him banned", "this is not ok", "one of them is on this server too"): a help request;
* someone to talk to asked as an invitation ("anyone fancy a dm chat?");
* things given away then a farewell to all ("mi gi mi bredda mi ps5... unu tek care, mi gone");
* a time without self-harm counted and a crisis line shared are an offer (distress), never a crisis;
* a quote the author takes as their own ("... that's me rn").
"""

from __future__ import annotations

import pytest

from bot.domain.signals import SupportLevel
from tests.classify.judge._helpers import assess, offered_help

# --- a group's stigma reported is not the author's burden --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my family acts like disabled people are a burden on everyone",
        "people say we're a burden on the nhs and everyone would be better off without us",
        "the government talks like sick people are a drain and the country would be better off without us",
        "my aunt acts like autistic kids are a burden on their parents",
        "people always assume disabled folks are just a burden",
        "the headlines make it sound like claimants are a drain on everyone",
        "some doctors see us as a burden on the system",
        "they keep saying pensioners are a burden and society would be richer without them",
        "people say the world would be better off without people like us",
        "they say the world would be better off without people like them",
        "on nous fait sentir qu'on est un fardeau pour la société",
        "ils disent que les handicapés sont un fardeau pour la société",
        "les médias font croire que les malades sont une charge pour tout le monde",
    ],
)
def test_a_groups_stigma_reported_is_not_the_authors_crisis(text: str) -> None:
    assert assess(text).level is not SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "everyone would be better off without me",
        "i'm a burden to my wife",
        "my kids would honestly be happier without me",
        "people say i'm a drain and honestly they're right, everyone would be better off without me",
        "society makes me feel like a burden",
        "the world would be better off without people like me",
        "je suis un fardeau pour ma famille",
        "tout le monde serait mieux sans moi",
    ],
)
def test_the_authors_own_burden_stays_a_crisis(text: str) -> None:
    assert assess(text).level is SupportLevel.CRISIS, text


# --- whose words: the reader as the subject, comfort for the reader -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "if you want to die on that hill, fine",
        "if u wanna die on that hill go ahead, the patch is still bad",
        "you really wanna die on this hill? it's a cosmetic skin",
        "ok but are you thinking of ending it with him? he sounds awful",
        "you're gonna die laughing at this clip",
        "honestly you're just a burden on the squad when you tilt",
        "you're a burden on the team when you afk",
        "do you want to die? because standing in the fire is how you die",
        "tu veux vraiment mourir sur cette colline ? c'est qu'un skin",
        "si t'as envie de disparaître de twitter je te comprends",
        "t'as envie de disparaître de ce serveur, je comprends",
        "you should just end it with him, he's toxic",
        "you need to stop hurting yourself over that game lol",
    ],
)
def test_a_sign_said_of_the_reader_is_not_the_authors_crisis(text: str) -> None:
    assert assess(text).level is not SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "i want to die",
        "i really wanna die tonight",
        "you know what, i want to die",
        "i'm telling you, i'm going to kill myself",
        "u ever just want to disappear forever? is that just me",
        "when you want to die but the raid starts in 5",
        "je veux mourir",
        "j'ai envie de disparaître pour de bon",
    ],
)
def test_the_authors_own_words_stay_a_crisis(text: str) -> None:
    assert assess(text).level is SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "it's not your fault she cheated, don't blame yourself",
        "this isn't your fault, your lungs just need time",
        "not your fault you caught it, covid is everywhere",
        "it's not your fault you got sick",
        "c'est pas ta faute si t'as rechuté, t'y es pour rien",
        "ce n'est pas de ta faute s'ils sont partis",
    ],
)
def test_comfort_for_the_reader_is_no_goodbye(text: str) -> None:
    assert assess(text).level is not SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "it's not your fault. i love you all. goodbye",
        "this isn't your fault mom. i'm sorry",
        "c'est la faute de personne. adieu",
    ],
)
def test_a_goodbyes_not_your_fault_stays_a_crisis(text: str) -> None:
    assert assess(text).level is SupportLevel.CRISIS, text


# --- abuse received told with an ask, in other words and spellings ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "dis man call mi a dutty cripple inna di lobby, mods check it pls",
        "a guy in vc called me a slur, i'd like him banned",
        "someone keeps posting my old photos, one of them is on this server too",
        "this player has been dming me threats every night, this is not ok",
        "un mec me traite de gros porc depuis hier, vous pouvez m'aider svp",
        "ils se moquent de mon fauteuil dans le salon vocal, un modo peut regarder ?",
        "some guy told me i'm a fake patient, please check it",
    ],
)
def test_abuse_received_with_an_ask_is_a_help_request(text: str) -> None:
    assert assess(text).help_request, text


@pytest.mark.parametrize(
    "text",
    [
        "call me later, i'll check it out",
        "he called me earlier about the raid, mods check the patch notes lol",
        "my mum texted me the recipe, check it out",
        "someone said i should check it out, it's a great game",
        "the nurse called me back about my bloods, she'll check it tomorrow",
        "my sister texted me, she is here too",
        "i posted my results from the scan, this is dangerous territory for my kidneys",
        "i told my boss i'm sick and this is not ok with him",
        "anyone up for a duo? need to rank up",
        "would anyone be down for a chat about the new raid build",
    ],
)
def test_errands_and_game_invitations_are_no_help_request(text: str) -> None:
    assert not assess(text).help_request, text


@pytest.mark.parametrize(
    "text",
    [
        "would anyone be up for a quiet chat tonight? bit lonely",
        "anyone fancy a dm chat? rough day",
        "quelqu'un serait partant pour discuter en mp ? ça va pas trop",
    ],
)
def test_someone_to_talk_to_asked_as_an_invitation(text: str) -> None:
    assert offered_help(assess(text)), text


# --- things given away, then a farewell to all ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "mi gi mi bredda mi ps5 and all mi tings. unu tek care, mi gone",
        "gave my cousin my watch and my bike. take care everyone, i'm done",
        "j'ai donné ma montre et mon vélo à mon frère. prenez soin de vous",
    ],
)
def test_things_given_away_then_a_farewell_is_a_crisis(text: str) -> None:
    assert assess(text).level is SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "gave my little sister my old phone, she was so happy",
        "mi gi mi likkle sister mi old phone fi her birthday",
        "take care everyone, see you next week! gave my brother my switch for the trip",
    ],
)
def test_a_gift_is_no_goodbye(text: str) -> None:
    assert assess(text).level is not SupportLevel.CRISIS, text


# --- a time without self-harm counted, a crisis line shared: an offer, not a crisis -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "one year without cutting today!!",
        "100 days since i last cut",
        "6 months sh free",
        "6 mois sans me scarifier 💪",
        "3 ans sans me faire de mal aujourd'hui",
        "ça fait un an que je me suis plus scarifiée",
    ],
)
def test_a_time_without_self_harm_is_distress(text: str) -> None:
    assert assess(text).level is SupportLevel.DISTRESS, text


@pytest.mark.parametrize(
    "text",
    [
        "if anyone's struggling tonight, samaritans are on 116 123, free and 24/7",
        "psa: the crisis text line is 741741, save it somewhere",
        "you can text 988 any time if things get heavy",
        "le 3114 répond jour et nuit, gardez-le quelque part",
    ],
)
def test_a_crisis_line_shared_is_an_offer(text: str) -> None:
    reading = assess(text)
    assert reading.level is SupportLevel.DISTRESS, text


@pytest.mark.parametrize(
    "text",
    [
        "i scored 988 points in the raid lol",
        "room 3114, second floor",
        "thanks to the good samaritans who found my dog",
        "i cut my hair 2 days ago",
        "3 days without coffee and i'm dying lol",
        "two weeks without sugar, feeling great",
    ],
)
def test_numbers_and_counts_are_quiet(text: str) -> None:
    assert assess(text).level is SupportLevel.NONE, text


# --- a quote taken as the author's own -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "\"i'm so tired of everything\" - that's me rn",
        "'je veux juste dormir et pas me réveiller' c'est moi en ce moment",
    ],
)
def test_a_quote_claimed_is_the_authors(text: str) -> None:
    assert assess(text).level is not SupportLevel.NONE, text


@pytest.mark.parametrize(
    "text",
    [
        "he said \"you're useless\" and that's me being too sensitive i guess",
        "my brother always says 'i want to die' when he loses at chess",
    ],
)
def test_someone_elses_quote_is_not_the_authors_crisis(text: str) -> None:
    assert assess(text).level is not SupportLevel.CRISIS, text


# --- second pass: a letter read after, farewells two at a time, hoping an illness ends it, bullied ---------


@pytest.mark.parametrize(
    "text",
    [
        "by the time you read this i'll be gone",
        "when my family finds this note i will be at peace",
        "quand tu liras ce message je serai déjà partie",
        "the house is yours, take care of the dog for me. thank you all for these years, i'm leaving quietly",
        "mon appart est à toi, occupe-toi de mon chat. je pars en paix",
        "praying the tumour is the bad kind so i don't have to keep fighting",
        "secretly hoping the anaesthetic goes wrong so i don't have to wake up",
        "j'espère que les résultats sont mauvais comme ça j'ai plus à continuer",
    ],
)
def test_a_letter_read_after_and_farewells_two_at_a_time_are_a_crisis(text: str) -> None:
    assert assess(text).level is SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "the house is yours this weekend, we're at my mum's",
        "the house is yours tomorrow night, pizza's in the freezer",
        "off to spain for two weeks! the house is yours, take care of the dog",
        "la maison est à toi ce week-end, prends soin du chat",
        "prends soin de la chienne pendant mes vacances stp",
        "can you take care of my dog while i'm at the hospital?",
        "i'm leaving quietly, the party is too loud",
        "when you read this thread you'll see i was right",
        "if you read this you're a legend",
        "hoping the physio works so i don't have to keep doing these exercises every morning",
        "i hope the new job means i don't have to keep going to that awful office",
        "hoping the new inhaler works so i don't have to keep using the old one",
        "i hope i don't have to keep doing this boss fight lol",
    ],
)
def test_a_house_sit_a_trip_and_ordinary_hopes_are_quiet(text: str) -> None:
    assert assess(text).level is not SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "everyone in my class keeps laughing at me, i can't face school tomorrow",
        "ils ont fait un groupe sur moi, tout le monde se moque de moi, je veux plus y retourner",
    ],
)
def test_bullied_and_the_place_avoided_is_distress(text: str) -> None:
    assert assess(text).level is SupportLevel.DISTRESS, text


@pytest.mark.parametrize(
    "text",
    [
        "they laughed at my joke, i want to go back to that server",
        "he was laughing at me for dying to the boss, can't go back in there lol",
    ],
)
def test_laughter_at_a_joke_or_a_game_is_quiet(text: str) -> None:
    assert assess(text).level is SupportLevel.NONE, text
