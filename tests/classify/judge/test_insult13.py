"""Helper insult13 (issue #11): directed contempt with no insult noun, read by structure.

Each row holds the reader and a contempt predicate: the reader made "the human version of" a nuisance or
"not a rival but a speed bump"; fresh regional nouns after "you're a"; mock praise with its deflation; the
reader's words sent away ("did anyone ask", "tell it to someone who cares"); the reader's aid, illness or
stammer mocked; the game's flaw carried into life; an idiom of dimness, shame of existing; an insult noun left
at the end of a sentence to the reader as a vocative. Quiet twins: friendly addressed chat, praise, teasing
between friends, banter in games, the author about themself, care, a member reporting what was said. The
sentences are written for these tests (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from bot.domain.signals import AbuseKind
from tests.classify.judge._helpers import judge


def insulted(text: str) -> bool:
    return AbuseKind.INSULT in {h.kind for h in judge(text).hits}


@pytest.mark.parametrize(
    "text",
    [
        # a nuisance, an obstacle
        "honestly you're the human version of a dropped call",
        "t'es la version humaine d'un embouteillage",
        "you're not an opponent, you're a free win",
        "t'es pas un adversaire, t'es un plot",
        # fresh nouns
        "you're a right tosspot, mate",
        "oi you're a total dropkick",
        "you are a hopeless 400 rated patzer",
        "you're a walking iron badge, stop shotcalling",
        "you're an absolute weapon and not in a good way",
        "you are a power hungry dork",
        # mock praise
        "congrats on staying hardstuck all season",
        "bold choice to play jungle with that game sense",
        "you actually landed a skillshot for once, so proud of you",
        "c'est con mais courageux",
        "on s'en fout royalement mais merci",
        "encore une idée de merde de ta part",
        # sent away
        "did anybody ask? no. so stop talking",
        "go tell someone who cares",
        "va raconter ta vie à quelqu'un que ça intéresse",
        "nobody here cares how long you were in hospital",
        "sorry your dad never hugged you as a kid but that's not my problem",
        # aid, illness, stammer
        "your crutches move faster than your brain",
        "ta canne elle a plus de neurones que toi, ton cerveau est à la ramasse",
        "your meds fried whatever brain cells you had left",
        "imagine needing a cane and still losing every duel",
        "who let the guy with the stutter on comms",
        "you twitch more than my cat at the vet",
        "toi tu bégaies et tu veux faire le caller ?",
        "trying to give callouts with that stammer, good luck",
        "funny how your fatigue only kicks in when it's your turn to cook",
        "bien pratique ta fibro hein, ça t'excuse tout",
        "does the little diabetic need a snack break",
        "typical lazy depressive",
        # the game's flaw beyond the game
        "t'es nul et pas seulement en jeu",
        "the only thing lower than your rank is your iq",
        "maybe tic tac toe is more your speed",
        "you're literally the reason they added a warning label",
        "ton cerveau est en pause ou quoi",
        "300 hours and you still drive like a shopping trolley",
        # dimness, shame, the worst
        "t'es pas le couteau le plus aiguisé du tiroir",
        "you're not the brightest bulb, are you",
        "tu devrais avoir honte de vivre",
        "et toi t'es le pire de tous",
        # vocative at the end
        "t'as encore raté le rez, bouffon",
        "tu nous as fait perdre la partie boulet",
        "<@123> you threw the whole match loser",
    ],
)
def test_directed_insult_hits(text: str) -> None:
    assert insulted(text)


@pytest.mark.parametrize(
    "text",
    [
        # friendly addressed chat and praise
        "how was your day?",
        "t'as vu ton rdv ? ça s'est bien passé ?",
        "you're the human version of a warm hug",
        "t'es la version humaine d'un rayon de soleil",
        "you're not a burden, you're a friend",
        "congrats on getting the job!",
        "congrats on being promoted, so proud",
        "such a brave choice to move abroad, good luck",
        "you actually did it! so proud of you",
        "merci pour ton message, ça me touche",
        "thanks for sharing, this is really helpful",
        "c'est une super idée de ta part",
        "did anyone ask the mods about the event?",
        "tell me how your appointment went",
        "i'm sorry your mom never hugged you, that must have hurt",
        "your wheelchair looks so comfy, is it new?",
        "nice wheels! do they fold for the car?",
        "imagine having a wheelchair that climbs stairs, that would be amazing",
        "who let the dog in? so cute",
        "funny how the weather changes so fast",
        "is the little one having a good day?",
        "typical monday lol",
        "maybe next week is better for you?",
        "you're the reason i joined this server",
        "ton cerveau a besoin de repos, prends soin de toi",
        "t'es le meilleur de tous",
        "you should be proud of yourself",
        "tu as rendez vous avec le docteur demain, pense à ta carte",
        # the author about themself, illness talk
        "i'm not the sharpest tool in the shed but i try",
        "j'ai honte d'exister parfois",
        "my meds fried my brain today, sorry for typos",
        "i stutter a lot in voice, sorry if i'm slow",
        "je bégaie en vocal, désolé d'avance",
        "my fatigue only kicks in after lunch",
        "je suis trop bête, mon conseiller a dû me trouver nul",
        "i'm so useless today, my brain is slow",
        # banter in games
        "gg, you carried us",
        "bien joué, t'es un monstre",
        "t'es nul mdr, revanche ?",
        "maybe checkers is more your speed lol ❤️",
        "the other team was trash honestly",
        "quel boulet ce boss",
        "t'as vu le boss ? quel boulet",
    ],
)
def test_twins_stay_quiet(text: str) -> None:
    assert not insulted(text)


@pytest.mark.parametrize(
    "text",
    [
        "he told me i'm the human version of a lag spike",
        "il m'a dit que je devrais avoir honte d'exister",
        "someone wrote 'did anyone ask' under my post and it hurt",
    ],
)
def test_reported_words_are_not_the_authors(text: str) -> None:
    assert not insulted(text)


# Written by the lead after the merge: patients mock their own illness or aid in the same shapes, as dark
# humour. With the author in the message and no member addressed, the row's target is the author.
@pytest.mark.parametrize(
    "text",
    [
        "imagine needing a wheelchair and still being late to everything, that's me",
        "does the wittle epileptic need a nap? yes. yes i do",
        "typical whiny bipolar me, crying over a cereal ad",
        "moi, pas la lumière la plus brillante du sapin, j'ai encore oublié mes cachets",
    ],
)
def test_the_author_mocking_their_own_illness_is_self_talk(text: str) -> None:
    assert not insulted(text), text


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("imagine needing a wheelchair and still being this slow", False),
        ("does the wittle epileptic need a nap? lmao my grandma plays better", True),
        ("<@123> does the wittle epileptic need a nap?", False),
        ("typical whiny bipolar, you cry over everything", False),
    ],
)
def test_the_same_rows_aimed_at_a_member_still_hit(text: str, reply: bool) -> None:
    assert AbuseKind.INSULT in {h.kind for h in judge(text, reply=reply).hits}, text
