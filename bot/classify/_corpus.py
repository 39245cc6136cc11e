"""A few hundred built-in French and English chat sentences to train a test tokenizer on.

Only used by ``bot.classify.checkpoint`` to build small random models; the content carries no meaning
for scoring (the weights are random).
"""

from __future__ import annotations

from itertools import product

_EN = (
    "hello everyone, how are you today?",
    "thanks for the help yesterday, it really meant a lot",
    "my doctor changed my treatment again",
    "does anyone know a good way to sleep better?",
    "the raid starts at nine tonight, bring potions",
    "gg well played, that boss was hard",
    "you are an idiot and everybody knows it",
    "stop spamming the channel please",
    "i feel tired and i do not know who to talk to",
    "free nitro here, click the link now",
    "can a moderator look at this message?",
    "i need help, i am not doing well",
    "this game is so much fun with friends",
    "please be kind to each other in this server",
    "what time is the stream tomorrow?",
    "my appointment at the hospital went fine",
    "shut up, nobody asked you",
    "welcome to the server, read the rules first",
    "i lost again, this is frustrating",
    "the new patch nerfed my favourite character",
)
_FR = (
    "bonjour à tous, comment allez-vous aujourd'hui ?",
    "merci pour ton aide hier, ça m'a vraiment touché",
    "mon médecin a encore changé mon traitement",
    "quelqu'un connaît une astuce pour mieux dormir ?",
    "le raid commence à vingt et une heures, prenez des potions",
    "bien joué, ce boss était difficile",
    "tu es un idiot et tout le monde le sait",
    "arrête de spammer le salon s'il te plaît",
    "je suis fatigué et je ne sais pas à qui parler",
    "nitro gratuit ici, clique sur le lien",
    "un modérateur peut regarder ce message ?",
    "j'ai besoin d'aide, je ne vais pas bien",
    "ce jeu est trop bien entre amis",
    "soyez gentils les uns avec les autres",
    "à quelle heure est le live demain ?",
    "mon rendez-vous à l'hôpital s'est bien passé",
    "tais-toi, personne ne t'a rien demandé",
    "bienvenue sur le serveur, lisez les règles",
    "j'ai encore perdu, c'est frustrant",
    "la nouvelle mise à jour a affaibli mon personnage préféré",
)
_EN_SUBJECTS = ("i", "you", "my friend", "the team", "everyone", "my sister", "the moderator")
_EN_VERBS = ("really like", "do not understand", "am waiting for", "talked about", "forgot")
_EN_OBJECTS = ("the new update", "this server", "the medicine", "the weekend", "our match", "the rules")
_FR_SUBJECTS = ("je", "tu", "mon ami", "l'équipe", "tout le monde", "ma sœur", "le modérateur")
_FR_VERBS = ("aime beaucoup", "ne comprend pas", "attend", "a parlé de", "a oublié")
_FR_OBJECTS = ("la mise à jour", "ce serveur", "le médicament", "le week-end", "notre match", "les règles")


def corpus() -> list[str]:
    """About 400 sentences, in a fixed order (tokenizer training is deterministic for a given input)."""
    sentences = [*_EN, *_FR]
    sentences += [f"{s} {v} {o}" for s, v, o in product(_EN_SUBJECTS, _EN_VERBS, _EN_OBJECTS)][::2]
    sentences += [f"{s} {v} {o}" for s, v, o in product(_FR_SUBJECTS, _FR_VERBS, _FR_OBJECTS)][::2]
    return sentences
