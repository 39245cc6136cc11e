"""A deterministic flood of chat messages, in French and English, for the benchmarks.

Shape (per 100 messages, on average): 86 ordinary chat messages (one to three short sentences, some with
a mention or an emoji; 1 in 20 a long paragraph, 1 in 100 a pasted wall of text), 4 with medical
vocabulary that the allow-list knows ("ma chimio me tue"), 7 that the patient preset's word lists or
patterns decide (insults, scam, threats, invites), 2 help requests and 1 crisis message. Most
messages are well under 30 tokens, with a long tail. The same seed always gives the same messages.

``vocabulary()`` lists every sentence used, so a benchmark tokenizer can be trained on it (words a real
tokenizer knows are single tokens there too, and token counts stay realistic).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

__all__ = ["FloodMessage", "decided_messages", "flood", "vocabulary"]

_EN = (
    "hello everyone", "how are you all doing today?", "thanks for the help yesterday, it really meant a lot",
    "my doctor changed my treatment again", "does anyone know a good way to sleep better?",
    "the raid starts at nine tonight, bring potions", "gg well played", "that boss was really hard",
    "what time is the stream tomorrow?", "my appointment went fine", "welcome to the server!",
    "i lost again lol", "the new patch nerfed my favourite character", "anyone up for a match?",
    "i'm so tired today", "good morning", "good night everyone", "has anyone tried the new update?",
    "we should play together this weekend", "my sister is coming to visit", "lol same",
    "that's a great idea", "i agree with you", "can someone explain the rules of this mode?",
    "i finally got the rare skin", "the queue times are terrible right now", "nice one",
    "how long did your recovery take?", "i have a check-up next week", "feeling a bit better today",
    "thank you all for being so kind", "does this medicine make anyone else dizzy?", "see you later",
    "the weather is awful here", "i'm making pasta tonight", "who wants to join the voice channel?",
    "my team keeps losing", "that was close", "honestly the music in this game is amazing",
    "i'm waiting for the results", "don't forget to drink water", "i read the article you shared",
    "any tips for the last level?", "can we talk about the event on saturday?", "happy birthday!",
)  # fmt: skip
_FR = (
    "bonjour à tous", "comment allez-vous aujourd'hui ?", "merci pour ton aide hier, ça m'a vraiment touché",
    "mon médecin a encore changé mon traitement", "quelqu'un connaît une astuce pour mieux dormir ?",
    "le raid commence à vingt et une heures", "bien joué", "ce boss était vraiment difficile",
    "à quelle heure est le live demain ?", "mon rendez-vous s'est bien passé", "bienvenue sur le serveur !",
    "j'ai encore perdu mdr", "la nouvelle mise à jour a affaibli mon personnage préféré",
    "quelqu'un pour une partie ?", "je suis tellement fatigué aujourd'hui", "bonne nuit tout le monde",
    "quelqu'un a testé la mise à jour ?", "on devrait jouer ensemble ce week-end", "ma sœur vient me voir",
    "pareil", "c'est une super idée", "je suis d'accord avec toi", "vous avez vu le dernier épisode ?",
    "j'ai enfin eu le skin rare", "les files d'attente sont horribles en ce moment", "bien vu",
    "combien de temps a duré ta convalescence ?", "j'ai un contrôle la semaine prochaine",
    "je me sens un peu mieux aujourd'hui", "merci à tous pour votre gentillesse", "à plus tard",
    "ce médicament donne des vertiges à quelqu'un d'autre ?", "il fait un temps horrible ici",
    "je fais des pâtes ce soir", "qui vient dans le salon vocal ?", "mon équipe n'arrête pas de perdre",
    "c'était serré", "franchement la musique de ce jeu est magnifique", "j'attends les résultats",
    "pensez à boire de l'eau", "j'ai lu l'article que tu as partagé", "des conseils pour le dernier niveau ?",
    "on peut parler de l'événement de samedi ?", "joyeux anniversaire !",
)  # fmt: skip
_MEDICAL = (
    "my chemo is killing me this week", "the pain is killing me today", "back at the hospital for a scan",
    "ma chimio me tue cette semaine", "j'ai mal partout depuis l'opération", "encore une biopsie lundi",
    "the side effects of the new treatment are rough", "les effets secondaires sont durs en ce moment",
)  # fmt: skip
_DECIDED = (
    "ferme ta gueule", "t'es qu'une merde", "you idiot, nobody asked", "shut the fuck up",
    "free nitro here, claim your prize", "nitro gratuit ici, clique vite", "join us discord.gg/abcdef",
    "kill yourself", "je vais te retrouver", "you're faking it, attention seeker",
    "check this out dlscord.gift/xyz", "nobody likes you",
)  # fmt: skip
_HELP = (
    "i need help, i'm not doing well",
    "j'ai besoin d'aide, je ne vais pas bien",
    "can someone help me please",
)
_CRISIS = ("i want to die", "je veux en finir", "i don't want to live anymore")
_EMOJI = ("😀", "😂", "❤️", "👍", "🎉", "😢", "🙏", "🔥")


@dataclass(frozen=True, slots=True)
class FloodMessage:
    author_id: int
    content: str
    language: str  # "fr" or "en"
    kind: str  # chat | long | wall | medical | decided | help | crisis
    mention_count: int = 0


def vocabulary() -> list[str]:
    """Every sentence the generator uses (for training a benchmark tokenizer)."""
    return [*_EN, *_FR, *_MEDICAL, *_DECIDED, *_HELP, *_CRISIS, " ".join(_EMOJI)]


def decided_messages() -> tuple[str, ...]:
    """The messages the patient preset's lists or patterns decide (insults, scam, threats, invites)."""
    return _DECIDED


def flood(count: int, seed: int = 7, authors: int | None = None) -> list[FloodMessage]:
    """``count`` messages from ``authors`` members (default ``max(50, count // 2)``), deterministic."""
    rng = random.Random(seed)
    members = authors or max(50, count // 2)
    out: list[FloodMessage] = []
    for _ in range(count):
        language = rng.choice(("fr", "en"))
        pool = _FR if language == "fr" else _EN
        roll = rng.random()
        mentions = 0
        if roll < 0.01:
            kind, text = "crisis", rng.choice(_CRISIS)
        elif roll < 0.03:
            kind, text = "help", rng.choice(_HELP)
        elif roll < 0.10:
            kind, text = "decided", rng.choice(_DECIDED)
        elif roll < 0.14:
            kind, text = "medical", rng.choice(_MEDICAL)
        elif roll < 0.15:
            kind, text = "wall", _join(rng, pool, rng.randint(25, 45))
        elif roll < 0.20:
            kind, text = "long", _join(rng, pool, rng.randint(5, 10))
        else:
            kind, text = "chat", _join(rng, pool, rng.choice((1, 1, 1, 2, 2, 3)))
        if kind in ("chat", "long") and rng.random() < 0.15:
            text = f"{text} {rng.choice(_EMOJI)}"
        if kind == "chat" and rng.random() < 0.1:
            text = f"<@{rng.randint(10**17, 10**18)}> {text}"
            mentions = 1
        out.append(FloodMessage(rng.randrange(members), text, language, kind, mentions))
    return out


def _join(rng: random.Random, pool: tuple[str, ...], sentences: int) -> str:
    return " ".join(rng.choice(pool) for _ in range(sentences))
