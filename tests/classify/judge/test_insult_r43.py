"""Round 43 families (issue #11, insult side, helper insult9): insults by construction and disguises by class.
Invented compounds of contempt ("you sympathy vampire", « stratège de comptoir »), the reader's face or voice
likened to a beast or a thing, the reader's mind sold without a brain, the tropes of stupidity aimed at the
reader, a superlative of contempt, the reader's illness called laziness, "so bad that…", a silencing with a
vocative, "a bot with extra steps", sarcastic politeness, a reply that is only a noun phrase of contempt; and
the disguises: any pictograph or black-square letter inside a word, letters masked with digits, "=" for the
verb, any message written backwards, a slur misspelt at its end, Cyrillic look-alikes. Fresh sentences written
for these tests, never corpus texts, and look-alikes that must stay quiet: illness talk, self-talk, banter and
praise, a victim quoting what they were called, game talk, news and kind words.
"""

from __future__ import annotations

import pytest

from bot.domain.signals import AbuseKind
from tests.classify.judge._helpers import judge, kinds


@pytest.mark.parametrize(
    "text",
    [
        # invented compounds of contempt
        "you're nothing but a sympathy vampire, every thread is about you",
        "ur such an excuse merchant lmao, it's always the lag with you",
        "shut up you clout goblin",
        "you are a massive attention hoover and everyone here knows it",
        "listen here you armchair general, nobody asked",
        "t'es qu'un stratège de comptoir, tu sais rien",
        "toi t'es un expert à la noix, arrête de corriger tout le monde",
        "espèce de coach de mes deux",
        "t'es vraiment une mouche du coche",
        # the reader's face, voice or breath likened to a beast or a thing
        "t'as une gueule de morue ce soir",
        "avec ta tronche de crapaud tu oses parler",
        "on entend ta voix de cochon dans tout le vocal",
        "your voice sounds like a car alarm, mute it",
        "you've got a face like a smacked arse",
        # the reader's mind sold without a brain
        "you used your last surviving brain cell on that?",
        "is there one thought inside your skull",
        "your brain must have been sold separately",
        "ton cerveau était vendu séparément ou quoi",
        "tes deux neurones sont fatigués ce soir",
        # tropes of stupidity aimed at the reader
        "you talk like someone who licks windows for fun",
        "do they let you near scissors at your place",
        "every word you write lowers the channel iq",
        "tu te fais éclater par les bots, franchement",
        # a superlative of contempt
        "t'es de loin le plus toxique du discord",
        "toi t'es clairement la plus lourde de la guilde",
        "you are genuinely the most entitled brat on this server",
        # the reader's illness called laziness or a lie
        "ta fibro c'est juste de la paresse",
        "your chronic fatigue is just laziness with a label",
        "you mean chronic netflix, get up",
        # so bad that
        "t'es tellement nul que c'est une blague",
        "you're so trash that even the npcs pity you",
        # a silencing with a vocative
        "pipe down you gobby prat",
        "wind your neck in ya melt",
        # extra steps, sarcastic politeness
        "ur basically a toaster with extra steps",
        "couldn't be you… oh wait, it was",
        "c'est toi le génie du groupe ? ça explique tout",
        "so inspiring to see someone this clueless post with confidence",
        # the reader the problem of the group, two of the reader's things weighed
        "c'est toi le boulet de cette équipe, sérieux",
        "you're literally the weak link of this raid",
        "je sais pas ce qui est le plus lent, ton ping ou ton cerveau",
        "what's sadder, your aim or your personality",
        # the kind of person nobody…, "don't be such a …", singled out, Yoda's order
        "t'es le genre de mec qu'on oublie même quand il est là",
        "you're the kind of guy nobody invites twice",
        "don't be such a pathetic crybaby next time",
        "you, yes you, with your two posts and that attitude, are a complete clown",
        "useless as a chocolate teapot you are",
        # condescension
        "laisse parler les adultes, toi",
        "some people just aren't built for reading",
        "your head isn't the only thing full of hot air here",
        "the patch isn't balanced and neither is your brain",
        "your iq is room temperature at best",
        "ton qi doit être niveau huître",
        "t'es même pas foutu de lire les règles",
        # a strong word called out
        "hey hunchback, sit down",
        "wesh abruti tu fais quoi",
    ],
)
def test_round43_insults(text: str) -> None:
    assert AbuseKind.INSULT in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "schizo freak",
        "dumb lazy cow",
        "naze débile",
    ],
)
def test_a_reply_of_two_insult_words_is_a_vocative(text: str) -> None:
    assert AbuseKind.INSULT in kinds(text, reply=True), text
    assert AbuseKind.INSULT not in kinds(f"i'm such a {text} today lol"), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # any pictograph standing for a letter, any black-square letter added or put for another
        ("you absolute tw🍆t", AbuseKind.INSULT),
        ("sale con🅰️nard", AbuseKind.INSULT),
        ("espèce de sal🅾️pe", AbuseKind.INSULT),
        ("you stupid b🌶️tch", AbuseKind.INSULT),
        # letters masked, digits for the others
        ("t'es qu'un c*nn4rd", AbuseKind.INSULT),
        # "=" for the verb
        ("les gitans = des voleurs", AbuseKind.HATE),
        # written backwards, whatever the words
        ("tcelloc eht rof ecno eid dna ffo gol", AbuseKind.THREAT),
        ("ediuserp ud tse'c", None),
        # a slur misspelt at its end
        ("ur a fkn retardd", AbuseKind.HATE),
        # look-alike letters of other scripts
        ("t'es qu'une ρυτє", AbuseKind.INSULT),
        # the middle finger before the reader, two letters swapped
        ("🖕🏻 u and ur whole clan", AbuseKind.INSULT),
        ("🖕 ta mère", AbuseKind.INSULT),
        ("sael cnonard va", AbuseKind.INSULT),
        # letters spaced one by one into a phrase, letters cut anywhere
        ("u r a s a d w a s t e o f s p a c e", AbuseKind.INSULT),
        ("yo u ar e a pa the tic lo ser", AbuseKind.INSULT),
    ],
)
def test_disguises_are_read_as_classes(text: str, kind: AbuseKind | None) -> None:
    found = kinds(text, reply=True)
    if kind is None:
        assert not found, text
    else:
        assert kind in found, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "love🥰you all so much",
        "the final score was 3=3, what a match",
        "5*3 = 15, easy maths",
        "🅰️ then 🅱️ then start",
        "gg 🔥🔥 nice clutch",
        "🖕 cancer",
        "🖕 monday mornings",
        "ok ok i m on my way to u",
        "is it ok if i do a b c d",
        "de la to my in at on",
    ],
)
def test_symbols_stay_harmless(text: str) -> None:
    assert not kinds(text, reply=True), text


@pytest.mark.parametrize(
    "text",
    [
        # self-talk
        "je suis nulle, la plus lente du groupe, désolée",
        "i'm the most clueless healer alive, sorry team",
        "i swear my last brain cell left the chat",
        "je suis tellement nulle que même les bots me farment",
        "honestly i'm an attention sponge when i'm sick, sorry guys",
        "my face looks like a potato on prednisone",
        # illness talk
        "my chronic fatigue is not laziness, it's a real illness",
        "people say long covid is just laziness, they're wrong",
        "ma fibro c'est pas de la paresse, c'est une maladie",
        "my brain is on strike today, fibro fog again",
        "mon cerveau est en panne depuis la chimio",
        "your brain fog is real, rest up",
        # a victim quoting what they were called
        "he called me a sympathy vampire in dms and i cried",
        "quelqu'un m'a traitée de stratège de comptoir, c'est méchant non ?",
        "someone told me my voice sounds like a car alarm, can a mod look",
        # banter, praise and game talk
        "you're the most patient person i've ever met",
        "t'es le plus fort du serveur, gg",
        "shut up you legend",
        "shut up you guys i'm crying 😭",
        "shut up you're so sweet",
        "t'es tellement fort que même le boss a peur",
        "this game is just chess with extra steps",
        "that raid boss is a drama llama with too many phases",
        "the keyboard warrior class in that game is busted",
        "on a acheté un pharmacien du dimanche en jeu, le pnj est drôle",
        # kindness, news, fiction
        "do the world a favour and recycle your old phone",
        "ton cerveau a besoin de repos, prends soin de toi",
        "the article says many kids eat crayons at that age",
        "it's touching to see someone so brave share their story",
        "mon neveu mange des crayons à la crèche",
        "la baleine échouée sur la plage a été sauvée hier",
        # second pass: the author, kindness, praise, a memory, illness
        "c'est moi le boulet de cette équipe ce soir, désolé",
        "i'm the weak link of this raid tonight, sorry",
        "je sais pas ce qui est le plus beau, ta photo ou ton texte",
        "don't be such a stranger!",
        "don't be so hard on yourself",
        "happy as a clam you are",
        "laisse parler les grands de ce monde, disait ma grand-mère",
        "some people aren't built for marathons and that's fine",
        "the boss isn't real and neither is the lore",
        "my iq dropped with the brain fog lol",
        "je suis même pas foutue de me lever ce matin, fatigue",
        "hey bitches raid at 8",
        "hey guys, sorry for the delay",
        "he called me a cnonard lol",
        "shut up you big softie",
        "tu es un joueur du dimanche toi aussi ? moi je joue juste le week-end",
        "les gens pensent que ta maladie c'est de la flemme",
        "is there a thought in your head about dinner?",
    ],
)
def test_round43_near_misses_stay_quiet(text: str) -> None:
    reading = judge(text)
    assert AbuseKind.INSULT not in {h.kind for h in reading.hits}, (text, [h.cue for h in reading.hits])
    assert AbuseKind.THREAT not in {h.kind for h in reading.hits}, (text, [h.cue for h in reading.hits])
