"""Round 39 families (issue #11, insult side, helper insult8): fresh variants written for these tests, never
corpus texts, and look-alikes that must stay quiet (self-talk, banter, praise, a helper's kindness, illness
words, the reader's own things, reported speech).
"""

from __future__ import annotations

import pytest

from bot.domain.signals import AbuseKind
from tests.classify.judge._helpers import kinds


@pytest.mark.parametrize(
    "text",
    [
        # regional and slang insult nouns
        "honestly you're a total jabroni, nobody asked for that rotation",
        "quit it ya mook, you pulled the whole room",
        "you're such a hoser, you left the gate open again",
        "bro you are a proper meff, selling the rare mount for gold",
        "stop stealing farm, you absolute bewakoof",
        "you are the biggest gadha in this guild sir",
        "vous êtes une bande de décérébrées, lisez les règles",
        "t'es qu'un zeveraar, arrête tes histoires",
        "t'es vraiment colon, tu lis jamais le chat",
        "ou lé vréman in kouyon, ou la perd tout",
        # the reader's mind likened to a dull thing
        "you have the situational awareness of a traffic cone",
        "ta stratégie a la profondeur d'une flaque d'eau, et t'as la vivacité d'un navet",
        "<@123456789012345678> your brain has the computing power of a calculator from the 90s",
        # invented compounds
        "sit down you crayon-brained gremlin",
        "you absolute soggy crouton of a player",
        "espèce de courgette sur pattes, t'as encore raté le boss",
        "you're the temu version of a support main",
        "t'es une contrefaçon de joueur, version low cost de ton frère",
        # condescension
        "did your mom have to read the patch notes to you?",
        "je vais te faire un dessin vu que tu piges rien",
        "since you clearly can't follow, let me explain it again very slowly",
        "visiblement, lire trois lignes c'est au-dessus de tes capacités",
        # an illness made the reason for an insult, a jab at aids or kin
        "your migraine isn't an excuse for being so lazy in every raid",
        "ton dos c'est pas une excuse pour être aussi inutile",
        "go whine to your inhaler",
        "va chialer dans ton fauteuil",
        # directed transphobic jab, "are you actually slow", professional victim
        "tu seras toujours qu'un homme en robe",
        "you will never be a real woman, stop posting here",
        "are you genuinely stupid or what",
        "r u actually thick",
        "you're fully regarded mate",
        "you professional complainer, every thread is about you",
        # obfuscation and spellings
        "sal con va",
        "te nul ou quoi",
        "enkulé de ta race",
        "ur a fuk wit",
        "go on then numpty, explain your build",
        # second pass: "X, that's what you are", "how are you this dumb", things better than the reader, an
        # adjective and a beast, a multi-word insult as written, a send-off before a weak noun
        "c.l.o.w.n. that's what you are",
        "abruti, voilà ce que t'es",
        "how are you this clueless after three years",
        "comment tu fais pour être aussi débile",
        "I've played with bots with more map awareness than you",
        "j'ai vu des plantes vertes avec plus de réflexes que toi",
        "d u m b   c o w",
        "stupid pig, get off the mic",
        "v i e i l l e   c o n n e",
        "you went 0 and 12 again, log off fraud",
        "tais-toi boulet",
        # third pass: the regional vocabulary at large
        "t'es rien qu'un codinde, lâche la manette",
        "you're such a dingbat, the boss was right there",
        "you sold the team out again, you schmuck",
        "t'es qu'une greluche qui sait pas viser",
        "you useless fellow, why you did not heal",
        "hey hunchback, nobody wants your opinion",
        "t'es radine, tu partages jamais le loot",
    ],
)
def test_round39_insults(text: str) -> None:
    assert AbuseKind.INSULT in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "m3rd€ j'ai oublié mes clés",
    ],
)
def test_symbols_are_read_without_inventing_abuse(text: str) -> None:
    assert kinds(text) == set(), text


@pytest.mark.parametrize(
    "text",
    [
        # self-talk and the author's own body
        "I have the memory of a goldfish since the chemo",
        "you know I have the attention span of a goldfish lol",
        "my adhd isn't an excuse for being this useless, I know",
        "I'm such a professional overthinker lol",
        "I cry into my pillow most nights",
        "my colon and I are not friends today",
        "t'as le colon irritable toi aussi ?",
        # praise and banter
        "you have the reflexes of a cat, nice dodge",
        "you've got the patience of a saint, thank you",
        "you big brained genius, that worked",
        "you absolute legend of a human",
        "you absolute angel of a person",
        "t'es une encyclopédie sur pattes, merci",
        # a helper's kindness
        "let me explain it slowly, step by step, no rush",
        "je vais t'expliquer doucement, pas de panique",
        "sweetie, let me explain it slowly, the form is confusing",
        "I can read it to you if your eyes are bad today",
        "do you need someone to read it to you? I can ask the nurse",
        "your pain isn't an excuse to skip physio, but rest is fine too",
        "go cry to your therapist if you need to, it helps",
        "are you slow today? me too, fibro fog",
        "are you actually blind? asking for the accessibility channel",
        # the reader's things, ordinary words
        "your budget version of the game runs fine on my laptop",
        "I bought the discount version of the headset",
        "you're regarded as the best healer here",
        "your work is highly regarded",
        "we need to divvy up the loot",
        "ya know what, you're right",
        "tu pars en colon de vacances cet été ?",
        "you should have seen my dad in a wig at halloween",
        "t'as la mémoire d'un éléphant toi",
        "je te trouve nulle part ce matin",
        "la sal de bain est libre",
        "how are you this good at everything",
        "how are you this bad at a game you've played for 600 hours lol",
        "comment t'arrives à être aussi nul à ce jeu mdr",
        "I've seen kids with more patience than me",
        "I've met doctors with more empathy than you, honestly, they were great",
        "idiot, that's what I am",
        "I feel like a fat cow today",
        "my cat is a fat pig lol",
        "ta grosse merde de voiture a encore calé",
        "ok everyone sit down, dinner",
        "I need to log off, such a failure today",
        "<@123456789012345678> has been messaging me all night, can a mod check",
        "berk t'as vu la map, elle est horrible",
        "tes nouilles sont prêtes",
        # reported speech
        "he told me I'm a man in a wig, can a mod look at this?",
    ],
)
def test_round39_near_misses_stay_quiet(text: str) -> None:
    assert AbuseKind.INSULT not in kinds(text), text
