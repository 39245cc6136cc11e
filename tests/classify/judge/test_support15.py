"""support15 (round 68 joined the tune split): crisis told with few obvious words (a carer named for a pet, a
letter "if you ever read this", passwords handed over, a date circled, pills counted), help asked shyly or in
fragments, distress in a few words; and their quiet twins (advance care planning told as common sense, game
logistics, a pet-sit, passwords for a sitter, a birthday circled, chairs counted). Sentences written for these
tests, through ``havre evaluate``'s path (``decide``) and the support rules (``assess``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.domain.moderation.evaluation import Outcome
from bot.domain.signals import SupportLevel
from tests.classify.judge._helpers import assess

OFFERED = (Outcome.HELP, Outcome.CRISIS)
HARMLESS = (Outcome.NONE, Outcome.HELP, Outcome.REVIEW)


@pytest.mark.parametrize(
    "text",
    [
        # a carer named for the one addressed, with a letter "if you ever read this"
        "to Miso, if you ever see this: Dad will take care of you from now on. be a good girl",
        "à Pilou si un jour tu lis ça : mamie va s'occuper de toi maintenant. t'as été le meilleur des chats",
        "Rex si jamais tu lis ça, ta tata prendra soin de toi à ma place",
        "if u ever read this Nala, my sister will look after u now. sorry",
        # passwords handed over, and the one who will know what to do
        "gave my sister the codes to my phone and my bank app. she doesn't know why yet",
        "j'ai filé tous mes mots de passe à mon frère, il saura quoi faire après",
        "sent my brother all my passwords. he'll know what to do afterwards",
        # a date circled
        "i circled the 14th on the calendar. that's the day",
        "j'ai entouré le 3 sur le calendrier. après ça plus besoin de rien",
        # means gathered, self-harm told in the past tense, burden
        "j'ai compté mes cachets, 60 de lexomil, ça devrait suffire",
        "i've been saving my pills for weeks, got a drawer full now",
        "cut again last night, deeper this time. didn't tell anyone",
        "je me suis refait des marques hier soir, plus profond que d'hab",
        "burned myself with the lighter again last week, sleeves on so no one sees",
        "everyone would have an easier time if i wasnt around to deal with",
        # means gathered in several places, a ligature taken somewhere "to see", a dose looked up
        "got 3 boxes of paracetamol from different shops so nobody asks",
        "bought codeine at two different chemists so they don't ask questions",
        "j'ai fait trois pharmacies pour avoir assez de doliprane",
        "took my belt to the garage earlier, just to see",
        "pris une corde au grenier tout à l'heure, juste pour voir",
        "il me reste 28 comprimés de zopiclone, j'ai vérifié ce que ça fait",
    ],
)
def test_crisis_with_few_obvious_words_support15(decide: Callable[[str], Outcome], text: str) -> None:
    assert decide(text) is Outcome.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "<@771209384756120934> t'es là ? j'aurais besoin de toi",
        "hey u there… i kinda need u rn",
        "Léa est co ? faudrait que je lui parle stp",
        "sry to bother, got a sec?",
        "désolé de te déranger, t'aurais un petit moment ?",
        "is any of the listeners around? the purple ones",
        "any of the helpers online? the ones with the green role",
        "where's the vent channel again",
        "c'est où le salon de soutien ? je le trouve plus",
        "will it ever stop being this hard? asking for real",
        "does it ever stop feeling so empty",
        "jpp g peur de tout ces temps ci",
        "fatiguée d'être fatiguée, c'est tout",
        "counted them again. 42. that should be more than enough",
    ],
)
def test_help_and_distress_in_fragments_support15(decide: Callable[[str], Outcome], text: str) -> None:
    assert decide(text) in OFFERED, text


@pytest.mark.parametrize(
    "text",
    [
        # advance care planning told as common sense, care planning
        "perso j'ai fait mon testament et désigné ma personne de confiance à 35 ans, avec une maladie mito"
        " c'est juste du bon sens",
        "wrote my will at 29 with my MS, not morbid, just sensible. everyone should tbh",
        "updated my will and named my healthcare proxy, with lupus it's just common sense",
        "j'ai fait mon testament par précaution avec ma maladie de Crohn, une bonne chose de faite",
        "j'ai rédigé mes directives anticipées et mon testament, avec ma SLA c'est du bon sens, pas morbide",
        # game logistics
        "i'm done with everything for the raid tonight, flasks are in the guild bank",
        "ready for tonight's boss, pots are in the gbank if anyone needs them",
        "tout est prêt pour le tournoi de samedi, les popos sont dans le coffre de guilde",
        "fini avec tout pour le raid de ce soir, la bouffe est dans la banque de guilde",
        "done with everything before the scrim, gear's in the stash for the new guy",
        # pets and belongings for ordinary reasons
        "to Biscuit if you ever read this: you were the best dog anyone could have. we miss you every day",
        "mum will look after you this weekend Biscuit, be good, back on monday",
        "Nala my sister will look after u while im at the hospital, see u thursday",
        "mamie va s'occuper de toi pendant mes vacances mon minou, sois sage",
        "gave my mum the wifi password and the netflix login, she's staying over",
        "j'ai donné mes codes à la voisine pour qu'elle nourrisse le chat pendant les vacances",
        "i circled the 14th on the calendar, it's my daughter's birthday",
        "j'ai entouré le 3 sur le calendrier, c'est le rdv chez le neuro",
        "counted the chairs, 40, should be enough for saturday",
        "j'ai recompté les verres, 24, ça suffira pour la fête",
        "if you ever read this grandad, i passed my exams. miss you",
        "they will know what to do after the scan, my oncologist is great",
        # a shortage, a flu, a swing, an expiry date
        "j'ai fait trois pharmacies pour trouver mon insuline, rupture partout",
        "bought paracetamol from 2 different shops, limit is 2 boxes each and we all have covid",
        "took the rope to the shed to see if it fits the new swing",
        "il me reste 28 comprimés de zopiclone, j'ai vérifié la date de péremption",
        "got 10 tramadol left, checked what it does with alcohol",
        # illness talk with hard words
        "can you overdose on potassium supplements? my GP doubled my dose for my paralysis and I'm paranoid",
    ],
)
def test_quiet_twins_are_not_crisis_support15(decide: Callable[[str], Outcome], text: str) -> None:
    assert decide(text) in HARMLESS, text


@pytest.mark.parametrize(
    "text",
    [
        "j'ai besoin de toi pour le raid ce soir, t'es heal",
        "got a minute to look at my build?",
        "est ce que Karim est co pour le raid ? faut que je lui parle du loot",
        "where is the channel for trading",
        "j'ai peur de tout ce qui rampe mdr",
        "i need you to carry me in ranked lol",
    ],
)
def test_game_errands_are_not_help_support15(decide: Callable[[str], Outcome], text: str) -> None:
    assert decide(text) is Outcome.NONE, text


@pytest.mark.parametrize(
    "text",
    [
        "wrote my will today, just sensible. thank you all for everything, goodbye",
        "j'ai fait mon testament, c'est du bon sens. merci à tous pour tout, adieu",
        "my will is sorted, just common sense. tonight's the night",
        "this is my last raid, flasks are in the guild bank, take care of each other",
    ],
)
def test_a_goodbye_beside_the_papers_stays_a_crisis_support15(text: str) -> None:
    assert assess(text).level is SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        (
            "perso j'ai fait mon testament et désigné ma personne de confiance, c'est juste du bon sens",
            "care_planning",
        ),
        ("i'm done with everything for the raid tonight, flasks are in the guild bank", "game_logistics"),
    ],
)
def test_the_marks_keep_the_learned_cues_off_support15(text: str, mark: str) -> None:
    reading = assess(text)
    assert reading.level is SupportLevel.NONE and mark in reading.lowered_by
