"""Round 30 families (support side): fresh variants written for these tests, never corpus texts, and
look-alikes that must stay quiet.
"""

from __future__ import annotations

import pytest

from bot.classify.judge import Judge
from bot.domain.signals import SupportLevel
from tests.classify.judge._helpers import assess, offered_help


@pytest.fixture(scope="module")
def judge() -> Judge:
    return Judge(recent=False)


# --- self-talk: a soft insult noun in an exclamation about oneself ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "what a total plank i am, booked my dialysis slot for the wrong week",
        "such an absolute melon I was this morning, forgot to bolus before breakfast",
        "i'm such a complete donut, left the sharps bin on the bus",
        "what an utter spanner, I left my glucose sensor in my other coat",
        "me being such a proper muppet again, missed the clinic bus",
        "what a complete plank I've been all week, three appointments missed",
    ],
)
def test_soft_noun_said_of_oneself_is_self_talk(judge: Judge, text: str) -> None:
    reading = judge.judge(text)
    assert not reading.abuse.hits, text
    assert not offered_help(reading.support), text


@pytest.mark.parametrize(
    "text",
    [
        "what an absolute plank you are, you pulled the whole room",
        "what a total melon, I told you to wait for the tank",
        "such a complete spanner, stole my loot again",
        "you absolute muppet",
    ],
)
def test_soft_noun_at_the_reader_is_still_an_insult(judge: Judge, text: str) -> None:
    assert judge.judge(text).abuse.hits, text


# --- crisis -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a means obtained on a pretext, the pretext then denied
        "picked up extra tramadol, told the pharmacist I was going abroad. I'm not going abroad",
        "j'ai récupéré des somnifères en plus, j'ai dit au médecin que je partais en voyage. "
        "je pars pas en voyage",
        "bought two boxes of paracetamol, told the cashier they were for my nan. they're for me",
        # the reader will not see the author again, with a time
        "cette nuit c'est fini pour de bon. vous me reverrez plus",
        "after tonight you guys won't see me again",
        "you'll never hear from me again after tonight",
        # SMS and spaced leet
        "jvx pl vivr",
        "j veux pl vivre tbh",
        "i feel s u 1 c 1 d a l again",
        "k 1 l l m y s e l f tonight",
    ],
)
def test_round30_crisis_families(text: str) -> None:
    assert assess(text).level is SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "asked my GP for sleeping tablets, said I was travelling to Lagos, not nervous about flying though",
        "picked up my insulin, told the nurse I was fine. I'm not fine but I'll manage",
        "vous me reverrez pas avant lundi, je pars en vacances en Corse",
        "i'm quitting this game, you won't see me again on this server lol",
        "you won't see me again until the new season starts",
        "on se reverra pas avant la rentrée, bonnes vacances",
        "team a 1 b 3 c wins the bracket",
        "you won't see me again till the raid on friday, night shifts",
        "tu me reverras pas sur le serveur avant la fin des partiels",
        "grabbed paracetamol for my flatmate, told the chemist it was for her. she has the flu",
        "tu me reverras plus jamais en ranked, je reste en normale",
        "vous me reverrez pas de la semaine, stage à Fort-de-France",
        "the PL table is wild this season",
    ],
)
def test_round30_crisis_look_alikes_are_not_crisis(text: str) -> None:
    assert assess(text).level is not SupportLevel.CRISIS, text


# --- distress -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "really don't see the point of trying anymore, every interview ends the same",
        "je vois plus l'intérêt d'essayer, tout finit pareil",
        "sobriety is so draining some weeks. 200 days and still counting",
        "all I want is a night where my head goes quiet. just worn down",
        "je voudrais juste que ma tête se taise une nuit",
    ],
)
def test_round30_distress_families(text: str) -> None:
    assert assess(text).level is not SupportLevel.NONE, text


@pytest.mark.parametrize(
    "text",
    [
        "i don't see the point of this build anymore, the patch killed it",
        "the tank said he was travelling, he's not travelling, he's just afk",
        "the pharmacist said my tablets were fine to take with tea",
        "honestly don't see the point of trying the new build, the old one works",
        "the tyres are worn down, need new ones before the trip",
        "my head goes quiet when I paint, best hobby ever",
        "recovery after the marathon was quick this time",
        "the night my brain finally shut up was the night I slept 10 hours, the new meds work",
    ],
)
def test_round30_distress_look_alikes_stay_quiet(text: str) -> None:
    assert not offered_help(assess(text)), text


# --- help and reported abuse ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # an offer to listen recalled to its maker
        "<@123456789012345678> you told me I could DM you anytime things got bad. you around?",
        "vous m'aviez dit qu'on pouvait vous appeler à n'importe quelle heure, c'est toujours d'accord ?",
        "<@123456789012345678> tu m'as dit que je pouvais t'écrire si ça allait pas, t'es là ?",
        # what someone wrote is the author's own story
        "could we talk? what you posted about your mum is exactly what's happening at home",
        "what u said about ur dad hit home. can i dm you",
        # reported words that stay, spread or go on, or end on an ask
        "ma tante m'a dit que j'avais choisi d'être malade. ça fait encore mal",
        "a nurse told me mums who can't breastfeed are lazy. i still hear it in my head",
        "my cousin told me I'm faking the fatigue. she's telling the whole family",
        "il m'écrit 'sale junkie' tous les soirs, ça fait deux semaines que ça dure",
        "got a dm saying 'everyone at your clinic will know'. what do i do",
        "my ex told me depression is for weak people. i don't have anyone else to talk to",
        "they keep sending me 'relapse is coming' in dms. can i report this here",
        "je reçois des mp « t'es qu'une droguée ». je peux signaler ça ici ?",
        "on est trois du serveur à vouloir parler à quelqu'un de l'équipe",
    ],
)
def test_round30_help_families(text: str) -> None:
    assert offered_help(assess(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "you said i could message you about the trade if i needed the sword, still ok?",
        "tu m'avais dit que je pouvais t'écrire pour le build, t'es là ?",
        "you said we could call the raid at 9, you around?",
        "he said i could talk to the mods if i needed to",
        "how do i report a bug here",
        "comment on signale un bug sur le jeu ?",
        "the boss said 'you shall not pass' lmao, help",
        "the npc said 'bring me 10 wolf pelts' please",
        "my doctor said the new insulin works better, so glad",
        "what he said was 'gg ez' and then he left",
        "on veut parler à quelqu'un pour le tournoi de samedi",
        "mum said dinner's ready, brb",
        "mon coach m'a dit que j'avais progressé, trop content",
        "my physio told me the knee is healing well. anyway back to the raid",
        "what she said about the patch is exactly what I thought lol",
        "il m'a dit 'gg bien joué' en voc, sympa le mec",
    ],
)
def test_round30_help_look_alikes_stay_quiet(text: str) -> None:
    assert not offered_help(assess(text)), text


# --- someone else's warning signs, and the worried author asks what to do ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my cousin keeps saying she wants to die and then laughs. should i take it seriously?",
        "ma soeur m'a écrit qu'elle veut en finir, elle répond plus. je fais quoi ?",
        "my mate posted a goodbye message on insta and isn't answering, anyone have his number?",
        "my nan's been giving her things away since grandad died. i'm worried she's planning something",
    ],
)
def test_someone_elses_signs_with_an_ask_offer_help(text: str) -> None:
    assert offered_help(assess(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "my brother wants to kill the final boss solo, he's so stubborn",
        "la boss dit adieu avant la dernière phase, trop stylé",
        "my sister says she's dying of boredom at the wedding lol",
        "my friend gave me his old headset, it still works great",
    ],
)
def test_someone_elses_look_alikes_stay_quiet(text: str) -> None:
    assert not offered_help(assess(text)), text
