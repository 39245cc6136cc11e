"""Helper insult12 (issue #11): round 56's directed insults with no insult noun, read by structure.

Each row holds the reader and a contempt predicate: the reader's feelings sent away ("go cry about it",
« va chialer ailleurs »), their pain called an act (« arrête de faire ta victime », "your flare ups always
happen when …"), their condition or aid named or sent away ("ok mr glass bones", « va boiter ailleurs »), a
trait called an illness ("ur aim is a disability of its own"), a patronising vocative over their ignorance
("sweetie, if you understood …"), the reader the cause of the group's ruin, « t'es qu'un … », the reader a
burden to live with, their opinion worth less than dirt, "it's not your illness, it's you", "who cares what
u think", "you play like a toddler", "were you raised by wolves", "you're proof evolution can go
backwards", "taking up space meant for real sick people", "as fun as a blood test", "is the little boy having
another episode". Quiet twins: the author about themself, care and praise, a member
reporting what was said to them, illness talk, banter. The sentences are written for these tests (none is
copied from the corpus).
"""

from __future__ import annotations

import pytest

from bot.domain.signals import AbuseKind
from tests.classify.judge._helpers import judge


@pytest.mark.parametrize(
    "text",
    [
        # feelings sent away
        "go cry about it",
        "just cry more, nobody cares",
        "stay mad, cope and seethe",
        "cope harder, you've been whining all week",
        "va chialer ailleurs",
        "<@123> va pleurer dans ton coin",
        "ouin ouin le bébé a perdu sa partie",
        # pain called an act
        "stop playing the victim",
        "quit playing the sick card every time someone disagrees",
        "arrête de faire ta victime",
        "arrête de jouer les victimes, on te croit plus",
        "ta fatigue c'est bien pratique",
        "your migraines always show up right when it's your turn to host",
        "how convenient, a flare up again lol",
        "your anxiety is just an excuse",
        # condition or aid named or sent away
        "ok miss wheelchair, go sit in the corner",
        "Monsieur le dépressif qui nous explique la vie",
        "go stim somewhere else",
        "va boiter plus loin",
        "go back to your oxygen tank",
        "retourne dans ton fauteuil",
        # a trait called an illness
        "your teamwork is a disability of its own",
        "ton aim c'est un handicap à lui tout seul",
        # a patronising vocative over ignorance
        "sweetie, if you knew anything about insulin you'd stay quiet",
        "oh honey, that's not how any of this works",
        "ma pauvre, tu comprends rien",
        "that's adorable, you think you understand lupus",
        "c'est trop mignon que tu penses avoir raison",
        # the cause of the group's ruin
        "you're the reason this guild is dead",
        "t'es la raison pour laquelle personne ne parle plus ici",
        "c'est à cause de toi que tout le monde quitte le serveur",
        # « t'es qu'un … »
        "t'es qu'un raté",
        "tu n'es qu'une menteuse",
        "vous n'êtes qu'une bande de clowns",
        # a burden to live with, worth nothing, the problem is you
        "you must be a nightmare to live with",
        "tu dois être invivable au quotidien",
        "your advice is worth less than a broken controller",
        "t'as zéro valeur en tant que personne",
        "c'est pas ton handicap le problème c'est toi",
        "it's not your diagnosis, it's you",
        # the reader's thoughts dismissed, the reader's play set against a child
        "who even cares what you think",
        "personne n'en a rien à foutre de ce que tu racontes",
        "you aim like a blind grandma",
        "tu vises comme une huître",
        # mock wonder, manners among animals, evolution, the illness denied, charm against a thing, a tantrum
        "show me how to be that bad, i need it for a prank",
        "apprends-moi à être aussi nul",
        "were you brought up in a barn",
        "vous avez été élevés par des singes ou quoi",
        "you're living proof that natural selection takes days off",
        "t'es la preuve que l'évolution peut reculer",
        "you're stealing a spot from the real sick people in this group",
        "you're about as fun as a dentist appointment",
        "t'es aussi passionnant qu'un annuaire",
        "is the poor little girl having another tantrum?",
        "are we having another meltdown, sweetie?",
    ],
)
def test_directed_insult_hits(text: str) -> None:
    assert AbuseKind.INSULT in {h.kind for h in judge(text).hits}


@pytest.mark.parametrize(
    "text",
    [
        # the author about themself
        "i could cry about it honestly, my flare is so bad",
        "I'm gonna go cry about it in the shower",
        "je vais pleurer, cette fin de série est trop triste",
        "je ne suis qu'un raté parfois, je sais",
        "my flares always happen when the weather changes",
        "my fatigue is a disability of its own kind, honestly",
        # care, praise, friendly talk
        "it's ok to cry about it, we're here",
        "elle va pleurer quand elle verra le cadeau",
        "revanche demain, tu vas pleurer",
        "how do you cope with the pain at night?",
        "it's not all in your head, your pain is real",
        "your flare ups always happen in winter, right? mine too",
        "nice wheelchair! what model is it?",
        "sweetie, you don't have to apologise",
        "oh honey, you did amazing, thank you",
        "that's adorable, you thought of me!",
        "c'est mignon que tu penses à moi",
        "you're the reason i'm still here, thank you",
        "you're the reason this server is so welcoming",
        "t'es la raison pour laquelle je reste ici",
        "t'es qu'un humain, c'est normal de craquer",
        "tu n'es qu'un débutant, c'est normal",
        "t'es qu'une boule d'amour en fait",
        "you must be exhausted, living with that pain",
        "ton avis compte beaucoup",
        "this sword has zero value, sell it",
        "ce n'est pas toi le problème, c'est ta maladie",
        "who cares what they think, you do you",
        "i care what you think",
        "he plays like a kid again since the new meds, so happy",
        "my son plays like a pro now",
        "how can you be so bad at chess and still love it, teach me your ways",
        "how are you? this bad weather is killing my joints",
        "my grandma was raised by nuns",
        "raised by wolves is a great show",
        "you're proof that kindness still exists",
        "thanks for taking up space here, you belong with the real sick people too",
        "t'es aussi drôle que mon frère",
        "you're as funny as a stand up comedian",
        "my little boy is having another meltdown, any tips?",
        "is the little one having a tantrum again? hang in there mama",
        "are we having another meeting tomorrow?",
        # banter
        "how are you this bad at a game you've played for years lol",
        "cope harder, your support main is showing",
        "tu joues comme un pied mdr",
        # names that are no address
        "Mr Wheelchair is the repair shop I use",
        "Madame la diabétologue m'a dit de baisser l'insuline",
        "go roll the dice somewhere else, this channel is for art",
        "le mec du boss boite et il veut tout casser",
    ],
)
def test_twins_stay_quiet(text: str) -> None:
    assert not any(h.kind is AbuseKind.INSULT for h in judge(text).hits)


@pytest.mark.parametrize(
    "text",
    [
        "he told me to stop playing the victim",
        "il m'a dit d'arrêter de faire ma victime",
        "mon médecin dit que ma douleur c'est dans ma tête, je suis dégoûtée",
    ],
)
def test_reported_words_are_not_the_authors(text: str) -> None:
    assert not any(h.kind is AbuseKind.INSULT for h in judge(text).hits)
