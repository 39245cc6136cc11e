"""Helper insult14 (round 64 tune misses): directed contempt with no insult noun, read by structure.

Each row holds the reader and a contempt predicate: the reader's attribute given to a worthless thing,
the reader beaten by or compared to a thing, rhetorical questions ("how are you this bad", « c'est pas
possible d'être aussi … »), contempt adjectives without a noun ("you are exhausting", « t'es une plaie »),
the reader as a whole contemptible ("the state of you", « quel gâchis d'oxygène »), dismissals ("go back to
eating crayons", « va pleurer ailleurs »), the reader's illness turned on them ("you deserve that flare").
Quiet twins: praise in
the same shapes, the author about themself, illness talk, care, a member reporting what was said to them. The
sentences are written for these tests (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from bot.classify.judge.abuse import assess_abuse
from bot.classify.judge.chat import read
from bot.domain.signals import AbuseKind, AbuseReading


def judge(text: str, *, reply: bool = False) -> AbuseReading:
    return assess_abuse(read(text, reply=reply))


def insulted(text: str) -> bool:
    return AbuseKind.INSULT in {h.kind for h in judge(text).hits}


@pytest.mark.parametrize(
    "text",
    [
        # an attribute of the reader given to a worthless thing
        "you've got the charisma of a wet sock",
        "t'as le charisme d'une huître périmée",
        "you have the attention span of a goldfish and the manners to match",
        "ton cerveau tourne encore sous windows 95",
        "your brain is still running on a nokia battery",
        "your singing sounds like a fax machine and so does your personality",
        # talking to the reader
        "arguing with you is like arguing with a toaster",
        "discuter avec toi c'est comme parler à un poteau",
        # worse than, beaten by a thing
        "you're stupider than a traffic cone",
        "t'es plus bête qu'une moule",
        "even a training dummy would aim better than you",
        "même une patate jouerait mieux que toi",
        "i've played with houseplants that had more game sense than you",
        "my fridge has more personality than you",
        "you'd get outplayed by a roomba",
        "tu perdrais contre un poteau en 1v1",
        "même les bots te farment, sérieux",
        # plays like a child
        "you argue like a toddler who lost his crayons",
        "tu vises comme un gamin de six ans",
        "on dirait un bébé quand tu conduis",
        # rhetorical questions
        "how are you this useless at a tutorial level",
        "comment tu peux être aussi nul sur une map aussi simple",
        "c'est dingue d'être aussi débile",
        "show me how to be this clueless, i need it for a costume",
        "who raised you, a pack of wolves? because they did a better job on their own pups",
        "t'as été élevé par des loups ou quoi",
        "is it the chemo that makes you so annoying or is that natural",
        "c'est tes cachets qui te rendent aussi con ?",
        "is it the meds that make you this slow or were you always like this",
        "t'as des spasmes même quand tu tapes ou quoi",
        "does the twitching reach your brain as well",
        "tu as fait une école ou t'as juste appris à lire",
        "has anyone told you you're unbearable? well now someone has",
        "quelqu'un t'a déjà dit que t'étais relou ?",
        # contempt predicates without a noun
        "honestly you are insufferable",
        "t'es vraiment pénible toi",
        "you're a total liability in every raid",
        "t'es un poids mort pour l'équipe",
        "you're dumb every single day",
        "the utter state of you",
        "quel gaspillage d'oxygène",
        "tu me fais pitié",
        "c'est toi le souci, comme d'hab",
        "what a disappointment you are",
        "how pathetic your life must be to spend it trolling sick people",
        "you're the type of player who blames lag for everything",
        "t'es le genre de mec que personne invite",
        "thanks for proving exactly why everyone muted you",
        "no wonder your friends blocked you",
        "pas étonnant que personne te parle",
        "your two remaining braincells must be tired",
        "avec ton dernier neurone tu pouvais pas faire mieux",
        "imagine being this washed",
        "imagine être aussi lent",
        "imagine getting clapped by a level 3 with a full kit",
        # dismissals
        "ok now go back to your colouring book and your legos",
        "mdr retourne à la maternelle",
        "allez va dormir, c'est l'heure des petits",
        "run along and cry to your mommy",
        "va chialer chez ta maman",
        "casse-toi du serveur",
        "nobody wants you in this guild",
        "personne veut de toi",
        "so typing is the only thing you're good at",
        # the reader's illness turned on them
        "you deserve every second of that pain",
        "tu mérites ta douleur",
        "hopefully the migraine will shut you up",
        "yes we know you have lupus, stop posting about it every single day",
        "on sait que t'es malade, arrête de te plaindre",
        "the arthritis got your knees, not your mind, so what's your excuse",
        "convenient how your pain always shows up when you're asked to help",
        "comme par hasard ta fatigue arrive toujours quand tu perds",
        "you can't even walk so don't lecture us about how to run a raid",
        "you had gastric bypass and you're still a glutton",
        # mocked authority, performed illness, a fool's picture
        "oh sure, because the guy who can't read a map clearly knows best",
        "tell me you never passed maths without telling me",
        "tu veux que je te fasse un dessin ? je te l'expliquerai avec des dessins",
        "you're such a drama queen",
        "look at this attention seeker again",
        "clown energy from you as always",
        "whoever coached you should be fired",
        "you couldn't hit a barn even with an aimbot",
        "what a joke you are, 60 attempts and you still can't clear it, uninstall",
    ],
)
def test_directed_contempt_hits(text: str) -> None:
    assert insulted(text), text


@pytest.mark.parametrize(
    "text",
    [
        # praise in the same shapes
        "you have the heart of a lion",
        "t'as la patience d'une sainte",
        "you've got the reflexes of a cat, insane clip",
        "even a pro couldn't play better than you did tonight",
        "you play like a pro",
        "tu joues comme un dieu",
        "how are you this good at everything",
        "c'est pas possible d'être aussi gentille",
        "teach me how to be this calm",
        "has anyone told you you're amazing?",
        "you're not a burden, you're family",
        "you're the kind of person who makes everyone feel welcome",
        "thanks for showing why this community is great",
        "whoever taught you to bake deserves a medal",
        "you deserve relief from that pain",
        "you don't deserve this pain",
        "tu mérites pas cette douleur",
        "we get it, you're sick, rest as long as you need",
        "the only thing i'm good at is sleeping",
        "you're not the problem",
        "what a legend you are",
        # ordinary chat
        "i go back to school on monday",
        "va te coucher, il est tard",
        "go cry if you need to, it helps",
        "is it the meds that make you so tired? mine do that",
        "imagine being this happy on a monday",
        "the state of your room is fine",
        "i lost to a bot and i'm still laughing",
        "did you study or just learn on the job?",
        "my brain runs on coffee",
    ],
)
def test_twins_stay_quiet(text: str) -> None:
    assert not insulted(text), text


@pytest.mark.parametrize(
    "text",
    [
        # the author about themself
        "i'm so useless, even my cat plays better than me",
        "c'est pas possible d'être aussi con, j'ai encore oublié mes clés",
        "imagine being this tired at 9am, that's me",
        "j'ai la mémoire d'un poisson rouge",
        "is it the dialysis that makes me this slow or was i always like this lol",
        "je me crois malin mais non",
        # illness talk
        "the fatigue makes me so slow in the mornings",
        "my tics get worse when i type",
        "i deserve a break from this pain",
        # reported abuse
        "he told me nobody wants me here",
        "she said i'm exhausting and it hurt",
        "il m'a dit que je lui faisais pitié",
        "someone wrote that i have the personality of an empty tupperware",
    ],
)
def test_self_illness_and_reports_stay_quiet(text: str) -> None:
    assert not insulted(text), text


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("you have the memory of a goldfish", True),
        ("<@123> go back to eating crayons", False),
        ("t'es une plaie", True),
    ],
)
def test_aimed_at_a_member(text: str, reply: bool) -> None:
    assert AbuseKind.INSULT in {h.kind for h in judge(text, reply=reply).hits}, text
