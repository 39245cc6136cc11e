"""The abuse detector: directed insults, hate, threats and exposure, in French and English, with reported
speech, self-talk, banter and illness talk set apart. Messages here are written for the tests (not taken
from the corpus)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.classify.judge.abuse import assess_abuse
from bot.classify.judge.chat import read
from bot.domain.signals import AbuseKind, AbuseReading
from tests.classify.judge._helpers import judge, kinds

# --- directed insults -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "t'es vraiment le dernier des abrutis",
        "toi t'es franchement qu'une petite connasse sans cervelle",
        "t'es trop moche et trop conne",
        "espèce de sale rat",
        "quelle conne tu fais",
        "ferme ta gueule sale batard",
        "tu sers à rien, dégage du serveur",
        "t'es pas malade t'es juste une feignasse",
        "you're such a pathetic attention whore",
        "u really are nothing but a useless little worm",
        "your a fucking moron",
        "you absolute waste of oxygen",
        "nobody here likes you, just leave",
        "stop faking your illness for attention",
        "shut up you worthless piece of garbage",
    ],
)
def test_directed_insults_fr_en(text: str) -> None:
    assert AbuseKind.INSULT in kinds(text)


def test_words_in_between_still_reach_the_addressee() -> None:
    assert kinds("t'es vraiment, mais alors VRAIMENT, une grosse conne") == {AbuseKind.INSULT}
    assert kinds("you are honestly one of the most pathetic losers here") == {AbuseKind.INSULT}


def test_a_mention_or_a_reply_is_an_addressee() -> None:
    assert kinds("<@123456789012345678> quel guignol") == {AbuseKind.INSULT}
    assert kinds("quel guignol celui-là", reply=True) == {AbuseKind.INSULT}
    assert kinds("mon voisin est un vrai guignol, il s'est encore garé devant chez moi") == set()


def test_negation_is_support_not_insult() -> None:
    assert kinds("you're not stupid for asking, everyone struggles with this") == set()
    assert kinds("tu n'es pas nulle, tu fais de ton mieux") == set()
    # ... but « tu n'es qu'un ... » is not a negation
    assert kinds("tu n'es qu'un sale con") == {AbuseKind.INSULT}


def test_insult_cue_names_the_rule_and_lexicon_entry() -> None:
    hit = judge("t'es qu'un connard").hits[0]
    assert hit.kind is AbuseKind.INSULT
    assert hit.cue.startswith("insult_") and hit.cue.endswith("connard")


# --- hate -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "sale pd",
        "kill yourself faggot",
        "les juifs c'est des parasites",
        "les arabes c'est tous des rats",
        "les handicapés devraient pas exister",
        "les gens avec la fibro sont des flemmards",
        "les pédés devraient être brûlés",
        "mort aux arabes",
        "all muslims are terrorists",
        "black people are animals",
        "women belong in the kitchen",
        "disabled people shouldn't be allowed to breed",
        "people with depression are just lazy",
        "immigrants are invading our country",
        "death to all muslims",
    ],
)
def test_hate_slurs_and_generalisations(text: str) -> None:
    assert AbuseKind.HATE in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "les femmes sont plus souvent touchées par la fibromyalgie",
        "women are underdiagnosed with heart disease",
        "gay people are awesome",
        "les handicapés ont droit à l'AAH",
        "Muslims fast during Ramadan, so be kind in the voice chat",
        "les migrants qui arrivent à l'hôpital doivent être soignés",
        "il y a trop de femmes qui souffrent en silence",
        "I'm a trans woman with POTS",
    ],
)
def test_groups_without_a_hateful_predicate_are_not_hate(text: str) -> None:
    assert kinds(text) == set()


def test_retard_is_a_delay_in_french() -> None:
    assert kinds("désolée pour le retard, le train était en retard") == set()
    assert kinds("j'ai pris du retard dans mes papiers, retard de 3 semaines") == set()
    assert AbuseKind.HATE in kinds("stfu retard")


# --- threats and exposure -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "kys",
        "k y s",
        "k.y.s",
        "kill urself",
        "go unalive yourself",
        "neck yourself",
        "do everyone a favor and die",
        "why don't you just die",
        "va te pendre connard",
        "suicide-toi",
        "crève",
        "tu mérites de crever",
        "personne te regrettera",
        "j'espère que ton cancer te bouffe",
    ],
)
def test_every_spelling_of_kill_yourself(text: str) -> None:
    assert AbuseKind.THREAT in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm going to kill you",
        "i swear i'm gonna break your face",
        "next time I see you I'll break your legs",
        "je vais te buter sale fils de pute",
        "jte jure jviens chez toi et jte casse les dents",
        "je vais te défoncer irl quand je te trouve",
        "you're gonna regret this, watch your back",
    ],
)
def test_violent_intent_against_the_reader(text: str) -> None:
    assert AbuseKind.THREAT in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "i know where you live",
        "je sais où tu habites",
        "I know which hospital you're at",
        "I'll post your diagnosis in general chat",
        "je vais balancer ton adresse sur le serveur",
        "je vais dire à tout le monde que t'as le VIH",
        "i'll tell your boss you're on antidepressants",
        "I'm going to dox you",
        "ur IP is 192.168.1.1 btw",
    ],
)
def test_exposure_threats(text: str) -> None:
    assert AbuseKind.EXPOSURE in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "can you share your address for the card? dm me",
        "I'll tell your parents about the party, they'll love it",
        "send me your address and I'll mail the care package",
        "I'll come to your house at 5 to drop the casserole",
        "je t'attends devant l'hôpital à 14h pour la consult",
        "you'll pay 5 euros for the entry, ok?",
        "t'habites où ? moi à Lyon",
    ],
)
def test_ordinary_logistics_are_not_threats(text: str) -> None:
    assert kinds(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "your room is 204 right? I'll drop by with flowers",
        "I'll visit you at the hospital on sunday",
        "if the cops show up at your door for the noise, just apologise lol",
        "it would be a shame if you missed the meetup!",
        "espèce de chanceux va, t'as eu le loot légendaire",
        "t'es une putain de légende",
    ],
)
def test_kindness_that_looks_like_a_threat(text: str) -> None:
    assert kinds(text) == set()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("you're in room 12 at the clinic, right? might swing by tonight", AbuseKind.EXPOSURE),
        ("would be a shame if your address ended up online", AbuseKind.THREAT),
        ("one more word and your nudes go on twitter", AbuseKind.EXPOSURE),
        ("je vais t'attendre devant le lycée et te casser la gueule", AbuseKind.THREAT),
        ("say that again and i'll make you regret it", AbuseKind.THREAT),
        ("espèce de vieux croûton moisi", AbuseKind.INSULT),
        ("look at this clown trying to give advice", AbuseKind.INSULT),
    ],
)
def test_veiled_threats_and_unlisted_insults(text: str, kind: AbuseKind) -> None:
    assert kind in kinds(text)


# --- game banter ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "gg ez",
        "I'll destroy you next round",
        "je vais te défoncer au prochain match",
        "lmaooo i'm gonna murder you in the next 1v1",
        "bro i'll end you in smash bros tonight",
        "t'es mort au prochain round",
        "that boss is such a bitch",
        "putain j'ai encore perdu contre ce boss de merde",
        "this fucking lag is killing me",
        "get wrecked noob gg",
        "omg i could kill you for that spoiler lol",
        "la dernière fois je t'ai éclaté 3-0, tu t'en souviens ?",
    ],
)
def test_game_banter_and_swearing_are_free(text: str) -> None:
    assert kinds(text) == set()


def test_the_game_does_not_excuse_a_real_world_threat() -> None:
    assert AbuseKind.THREAT in kinds("after the match i'll find you irl and stab you")


# --- illness talk and self-talk -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "this chemo is killing me",
        "putain de maladie, j'en peux plus",
        "my lupus is being a bitch this week",
        "t'es malade depuis combien de temps ?",
        "are you disabled too? I'm in a wheelchair since 2019",
        "your pain is valid",
        "ta maladie c'est quoi exactement ?",
        "j'espère que ton cancer ne revienne pas",
        "you should die your hair pink lol",
        "he killed himself last year, it still hurts",
    ],
)
def test_illness_talk_is_never_abuse(text: str) -> None:
    assert kinds(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "I'm so stupid, I forgot my pills again",
        "je suis vraiment trop conne parfois",
        "chui nul à ce jeu mdr",
        "what an idiot i am",
        "i hate myself so much",
        "I'm so retarded today lol sorry",
    ],
)
def test_self_talk_is_flagged_never_hit(text: str) -> None:
    reading = judge(text)
    assert reading.hits == ()
    assert reading.self_talk


# --- reported speech ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'he DMed me "you should just kill yourself" and I don\'t know what to do',
        "someone in general called me a stupid cripple, can a mod help",
        "il m'a traitée de sale pute devant tout le monde",
        "une fille m'a dit « va crever » en mp, je fais quoi ?",
        "this guy keeps telling me to kys in voice",
        "they keep calling me a retard in the team chat",
        "un mec m'insulte de connasse depuis ce matin",
        "someone threatened to leak my diagnosis to my employer",
        "mods, this person told me to go hang myself",
        "j'ai reçu des insultes racistes en vocal",
    ],
)
def test_reported_abuse_is_a_help_request_not_a_hit(text: str) -> None:
    reading = judge(text)
    assert reading.reported
    assert reading.hits == ()


@pytest.mark.parametrize(
    "text",
    [
        "he said he'd kill me",
        "il a dit qu'il allait me retrouver",
        "il m'a envoyé « je connais ton hôpital, je vais venir te voir »",
        "she called me an attention seeker for posting about my flare",
        "il arrête pas de m'appeler « la folle »",
    ],
)
def test_threats_and_names_received_are_reported(text: str) -> None:
    reading = judge(text)
    assert reading.reported and reading.hits == ()


@pytest.mark.parametrize(
    "text",
    [
        "my mom told me to kill the spider",
        "she said the chemo would kill the cancer cells",
        "the nurse said it's normal to feel dead tired",
        "il m'a dit que c'était nul comme film",
    ],
)
def test_ordinary_reported_speech_is_not_a_report(text: str) -> None:
    assert judge(text) == AbuseReading(own_words=judge(text).own_words)


def test_own_words_leave_the_quoted_span_out() -> None:
    reading = judge('he wrote "kys loser" under my post, can a mod remove it')
    assert reading.reported and reading.hits == ()
    assert reading.own_words is not None
    assert "kys" not in reading.own_words.split() and "loser" not in reading.own_words.split()
    assert "mod" in reading.own_words.split()
    assert judge("hello everyone, how are you today?").own_words is None


def test_quoting_does_not_hide_the_authors_own_abuse() -> None:
    reading = judge('he said "good luck" and you\'re still a fucking moron')
    assert AbuseKind.INSULT in {h.kind for h in reading.hits}


def test_ordinary_chat_reads_empty() -> None:
    for text in (
        "anyone up for a couple of rounds tonight?",
        "merci à tous pour hier 🙏",
        "my scan is on friday",
    ):
        assert judge(text) == AbuseReading()


# --- the tuned corpus split (a floor: an edit to a list must not silently lower it) ----------------------

_CORPUS = Path(__file__).resolve().parents[3] / "bot" / "classify" / "judge" / "corpus" / "abuse_tune.jsonl"
_ACTED = ("insult", "hate", "threat", "obfuscated")


def _share(rows: list[dict[str, object]], ok: object) -> float:
    return sum(1 for r in rows if ok(r)) / max(1, len(rows))  # type: ignore[operator]


def _hit(r: dict[str, object]) -> bool:
    return bool(judge(str(r["text"]), reply=bool(r.get("reply"))).hits)


def _reported(r: dict[str, object]) -> bool:
    reading = judge(str(r["text"]), reply=bool(r.get("reply")))
    return reading.reported and not reading.hits


@pytest.mark.skipif(not _CORPUS.exists(), reason="corpus not present")
def test_tune_split_floors() -> None:
    rows = [json.loads(line) for line in _CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    first = [r for r in rows if "-r" not in r["id"]]  # the first author's messages, tuned to the targets
    red = [r for r in rows if "-r" in r["id"]]  # red-team rounds by authors who never saw the code: a floor

    def of(chosen: list[dict[str, object]], *cats: str) -> list[dict[str, object]]:
        return [r for r in chosen if r["category"] in cats]

    assert _share(of(first, *_ACTED), _hit) >= 0.95
    assert _share(of(first, "reported_abuse"), _reported) >= 0.95
    # measured with rounds 4 and 8 merged (rules only): 80.6 % acted on, 94.0 % reported; floors 2 points
    # below. Round 8 (a new author's words, merged at first sight) brought the red-team share down from
    # 85.8 %: the learned cues, not these rules, carry most of its new phrasings (test_floors.py). Its
    # affectionate insults ("you magnificent bastard, you remembered my birthday") hit the rules: in the
    # game preset they are nudges, not sanctions (banter sanctioned stays under 3 % in test_floors.py).
    # Lowered when rounds 10, 14 and 15 (1,068 abuse-side messages by new authors, measured at first sight)
    # joined: rules only, 77.8 % acted on over all red-team rounds (84.1 % on the rounds merged before, up
    # from 80.6 %; about 65 % on the three new ones), 85.1 % reported (the new rounds' reports mostly reach
    # an offer of help through the support side's help requests, not the abuse side's reported flag).
    # Raised when rounds 16-21 joined and rules were written by family for their misses (branch abuse3): rules
    # only, 80.3 % acted on over all red-team rounds.
    # Round 24 joined the tune split (main at 6ade7f9): rules only, 76.7 % acted on and 82.1 % reported, under
    # these floors before any rule; its threat and obfuscation rows (branch threat4) bring acted on to 79.5 %
    # and reported to 82.4 % (round 24's reports mostly reach help through the support side, as above).
    # Rounds 50-52 joined (day 10, main at eea94a2 before any rule): rules only, reported 80.5 %: rounds 51
    # and 52 tell of abuse received in words the reported-speech rows do not read (the learned report and the
    # support side's help requests carry most of them: test_floors.py).
    # Round 67 (joined on the twelfth day: 101 reports of abuse received, most of them hurtful remarks
    # about an illness retold with no abuse word in them, from a doctor, family or an ex): rules only,
    # reported 79.5 % (the support side's help requests and the learned report carry them: test_floors.py,
    # 97.8 / 100 %).
    assert _share(of(red, *_ACTED), _hit) >= 0.78
    assert _share(of(red, "reported_abuse"), _reported) >= 0.78
    # round 11 (friendly, addressed chat, joined the tune split at 05:30) brought 60 teasing lines between
    # friends ("t'es nul mais je t'aime"); the rules read a few as insults, nudged, never sanctioned: 6.3 %.
    # Round 43 (joined on 2026-12-07's eighth day) brought more jabs between friends ("tu as joué comme un
    # mbout aujourd'hui 😂", "ah ya big eejit ya stole me kill again"): 69 of 982, 7.0 %; banter sanctioned
    # stays at 0.3 % of the tune split (game preset, test_floors.py).
    # Round 58 (joined on the tenth day: friendly messages addressed to someone, 110 of them teasing with
    # rough words, « gros fdp … gg », "oi dickhead you nicked my kill 😂"): 127 of 1,161, 10.9 %; banter
    # sanctioned stays under 0.5 % of the tune split (test_floors.py).
    # Rounds 69 and 70 (joined on the fourteenth day, 2026-12-08) brought 61 banter lines; the rules hit a
    # few: 11.56 %. insult15 reads a curse at a game thing with nobody addressed ("the final boss can go to
    # hell", « ce fdp de boss ») as venting: 155 of 1,410, 10.99 %; the ceiling is back at 0.115.
    assert _share(of(rows, "banter"), _hit) <= 0.115
    assert not any(map(_hit, of(rows, "benign")))


# --- red-team round 4 constructions (issue 11): written fresh for the tests, one per construction ---------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the reader's place or routine, with a knowing tag
        ("your bus stop is the one by the bakery, right?", AbuseKind.EXPOSURE),
        ("ton kiné c'est le jeudi à 18h, c'est ça ?", AbuseKind.EXPOSURE),
        ("I saw your car outside the pharmacy yesterday", AbuseKind.EXPOSURE),
        ("on sait dans quel lycée tu vas", AbuseKind.EXPOSURE),
        ("I'll be waiting outside your office on friday", AbuseKind.THREAT),
        # the reader's private material going to an audience
        ("your scans are going straight to your family group chat", AbuseKind.EXPOSURE),
        ("tes parents vont adorer découvrir tes messages", AbuseKind.EXPOSURE),
        ("ton dossier sur ta page facebook ça ferait classe", AbuseKind.EXPOSURE),
        ("the whole server is going to find out you're on lithium", AbuseKind.EXPOSURE),
        ("j'ai toutes tes ordonnances, un mot de plus et je les publie", AbuseKind.EXPOSURE),
        ("keep it up and I'll leak your therapy notes", AbuseKind.EXPOSURE),
        # violence in other words
        ("somebody is going to stab you one day and I'll laugh", AbuseKind.THREAT),
        ("tu vas finir dans un cercueil", AbuseKind.THREAT),
        ("je vais mettre le feu à ta caisse", AbuseKind.THREAT),
        ("regarde derrière toi en sortant ce soir", AbuseKind.THREAT),
        # "kill yourself" without the words
        ("you don't deserve to be alive", AbuseKind.THREAT),
        ("tire-toi une balle", AbuseKind.THREAT),
        ("this planet needs fewer people like you", AbuseKind.THREAT),
        # condescension and mockery of the reader's illness
        ("it's adorable that you think your opinion counts", AbuseKind.INSULT),
        ("t'as besoin qu'on te fasse un dessin ou des petits mots ?", AbuseKind.INSULT),
        ("the reading clearly isn't your strong suit", AbuseKind.INSULT),
        ("you've got the personality of a damp sponge", AbuseKind.INSULT),
        ("avec ta petite maladie invisible tu devrais te taire", AbuseKind.INSULT),
        ("stop whining about your so called fatigue", AbuseKind.INSULT),
        ("go take your pills lol you're clearly off them", AbuseKind.INSULT),
        ("parler avec toi c'est comme parler à un mur", AbuseKind.INSULT),
        ("you belong in a cage", AbuseKind.INSULT),
        ("you're about as useful as a cardboard raincoat", AbuseKind.INSULT),
        ("vous êtes d'une lourdeur incroyable", AbuseKind.INSULT),
        ("ur a walking disaster", AbuseKind.INSULT),
        ("whoever raised you did a lousy job", AbuseKind.INSULT),
        ("go back to the kitchen and let the boys play", AbuseKind.INSULT),
        ("t'es qu'un homme en robe, point", AbuseKind.INSULT),
        ("tu vises comme un aveugle", AbuseKind.INSULT),
        ("are you blind or just stupid", AbuseKind.INSULT),
        # hate without a slur
        ("trans people are just confused, every single one of them", AbuseKind.HATE),
        ("les roms ont jamais rien construit", AbuseKind.HATE),
        ("never trust a jew with money", AbuseKind.HATE),
        ("on devrait leur interdire d'avoir des enfants, les autistes", AbuseKind.HATE),
        ("the great replacement is happening in every town", AbuseKind.HATE),
        ("qui contrôle les banques ? toujours les mêmes", AbuseKind.HATE),
        ("c'est quoi la différence entre une femme et un frigo", AbuseKind.HATE),
        ("send them back, all of them", AbuseKind.HATE),
        ("autistic people are basically furniture", AbuseKind.HATE),
        ("all these 'disabled' gamers are attention whores", AbuseKind.HATE),
        ("les migrants partout dans ma ville, c'est une invasion", AbuseKind.HATE),
        ("asians and their weird food, covid thanks to them, cheers guys", AbuseKind.HATE),
        ("I'm not sexist but women just can't aim, facts", AbuseKind.HATE),
        ("les musulmans mangent comme des porcs", AbuseKind.HATE),
        ("go kiII urself", AbuseKind.THREAT),
        ("you are a bi+ch", AbuseKind.INSULT),
    ],
)
def test_round_four_constructions(text: str, kind: AbuseKind) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "did you see your therapist on tuesday? hope it went ok",
        "nice, your car is back from the garage",
        "you can share your diagnosis with your family when you feel ready",
        "talking to you is like therapy honestly, thank you",
        "it's so cute how you drew your cat",
        "take your meds on time and rest",
        "someone is going to love you so much one day",
        "rentrez bien chez vous les amis",
        "watch your back, sniper on the roof",
        "the disabled players were treated like furniture by the devs",
        "my depression is not a choice",
        "t'es aussi utile qu'un couteau suisse, merci !",
        "my kid plays like a blind man when he's tired haha",
        "i'm in the kitchen making dinner",
        "chinese researchers shared the covid data early",
        "the zombie invasion event starts tonight",
        "I'm not racist, I just asked where the restaurant is",
        "2+2 is 4, and my McIntosh apple is great",
        "I posted my CV on LinkedIn and YouTube",
    ],
)
def test_round_four_lookalikes_stay_free(text: str) -> None:
    assert judge(text).hits == ()


@pytest.mark.parametrize(
    "text",
    [
        "someone wrote 'I know which gym you go to' under my selfie, I'm scared",
        "j'ai reçu des messages disant que je simule ma fibro, ça me fait mal",
        "a guy tells everyone that I'm faking my MS, can a mod help",
        "il m'a dit qu'il allait montrer mes photos à mon copain",
        "they keep calling me 'it' in voice chat",
        "on m'a traitée de 'boiteuse' toute la soirée",
    ],
)
def test_round_four_reports_are_reports(text: str) -> None:
    reading = judge(text)
    assert reading.reported and reading.hits == ()


def test_a_note_to_self_is_self_talk() -> None:
    reading = judge("note à moi-même : t'es vraiment qu'une idiote, relis la notice")
    assert reading.hits == () and reading.self_talk
    assert AbuseKind.INSULT in kinds("you are an idiot, read the notice")


def test_a_curse_at_an_illness_or_a_thing_is_not_an_insult() -> None:
    for text in (
        "fuck you endometriosis",
        "fuck you cancer, you took my dad",
        "va te faire foutre la maladie de crohn",
        "fuck you lag",
    ):
        assert not judge(text).hits, text
    for text in ("fuck you", "<@123456789012345678> fuck you", "va te faire foutre"):
        assert AbuseKind.INSULT in {h.kind for h in judge(text).hits}, text


# --- round 19 families (issue 11): written fresh for the tests, one or two per construction -------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a false report to the reader's employer, school or an authority
        ("keep posting and I'll write to your employer that you steal from the till", AbuseKind.THREAT),
        ("je vais appeler ta patronne pour lui dire que tu voles dans la caisse", AbuseKind.THREAT),
        ("one quick call to child services and you can say goodbye to your son", AbuseKind.THREAT),
        ("j'envoie un signalement à la CAF, tu vas voir tes aides sauter", AbuseKind.THREAT),
        # presence told as a threat, a detail of the home
        ("you sat in the dentist's waiting room on Monday, I was two seats away", AbuseKind.THREAT),
        ("j'étais garée juste derrière chez toi hier soir, jolie lumière", AbuseKind.THREAT),
        ("cute little balcony, third floor on Rose street right?", AbuseKind.THREAT),
        ("mes potes vont te rendre une petite visite, ils savent où tu traînes", AbuseKind.THREAT),
        # harm foretold to kin and pets
        ("your goats in that field, one night there'll be none left", AbuseKind.THREAT),
        ("ça serait triste que ta grand-mère tombe dans l'escalier", AbuseKind.THREAT),
        # coded "kill yourself"
        ("go hug a truck on the motorway mate", AbuseKind.THREAT),
        ("la poutre t'attend, le tabouret aussi", AbuseKind.THREAT),
        ("the roof of your building is high enough, have a look", AbuseKind.THREAT),
        ("why don't you just jump, nobody would mind", AbuseKind.THREAT),
        ("kill yurself already", AbuseKind.THREAT),
        # violence on its way, a doxx held over the reader
        ("you're getting jumped after the tournament", AbuseKind.THREAT),
        ("10 42 xx xx, Lyon, Orange. tu veux que je continue ?", AbuseKind.EXPOSURE),
        # insults by comparison, sarcasm, the reader's illness called imaginary, words reversed
        ("sit down, you absolute pea brain", AbuseKind.INSULT),
        ("each new post makes you look dumber, honestly", AbuseKind.INSULT),
        ("aww sweetie, did you really think anyone agreed?", AbuseKind.INSULT),
        ("toi et ta fibro imaginaire, dégagez", AbuseKind.INSULT),
        ("toidi nu se ut", AbuseKind.INSULT),
        # hate as a generalising predicate
        ("people in wheelchairs should stay home during events, they slow us all down", AbuseKind.HATE),
        ("les gens en fauteuil devraient rester entre eux", AbuseKind.HATE),
        ("gay men can't lead a raid, too emotional", AbuseKind.HATE),
        ("anorexics are like that by nature, it's in their blood", AbuseKind.HATE),
        ("get these cripples out of ranked", AbuseKind.HATE),
        ("1488 brothers", AbuseKind.HATE),
    ],
)
def test_round_19_families(text: str, kind: AbuseKind) -> None:
    assert kind in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "I'll write to your school about the bake sale, they asked for volunteers",
        "I'll tell your boss you did a great job on the launch",
        "I was two rows behind you at the concert, what a show!!",
        "the train is waiting for you at platform 4, hurry",
        "the bridge over the river is high enough for the barges",
        "I'm bringing a bat to softball practice tomorrow",
        "go do a sudoku puzzle, it calms me down too",
        "nice car! is it electric?",
        "someone keeps sending me cat videos and honestly I love it",
        "je suis pas raciste comme mot-clé, c'est le titre du documentaire d'hier",
        "he said he would send me the screenshots of the raid, thanks to him",
    ],
)
def test_round_19_lookalikes_are_not_abuse(text: str) -> None:
    assert not judge(text).hits, text


def test_abuse_while_naming_it_is_not_a_report() -> None:
    # naming racism while committing it is no report; a report with the author in it still is
    own = judge("les Roms c'est génétique, c'est pas du racisme c'est de l'observation")
    assert not own.reported
    received = judge("someone called me a racist slur in voice, can a mod look?")
    assert received.reported and not received.hits


def test_their_threat_to_the_author_is_a_report() -> None:
    reading = judge("a member keeps saying they'll report me to my landlord, I'm scared")
    assert reading.reported and not reading.hits


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("<@123456789012345678> is the dumbest officer this guild ever had", AbuseKind.INSULT),
        ("t'as le QI d'une huître, sérieux", AbuseKind.INSULT),
        ("you peaked in middle school and it shows", AbuseKind.INSULT),
        ("t'es dans quelle chambre déjà ? ah oui, la 12 au fond du couloir 🙂", AbuseKind.THREAT),
        ("ta copine sait pour ton diagnostic ? ça va pas tarder", AbuseKind.THREAT),
        ("your kind is the reason this country is broken", AbuseKind.HATE),
        ("le cancer c'est la punition divine pour les homos", AbuseKind.HATE),
        ("why are you here, I'm bringing a crowbar next time you show up", AbuseKind.THREAT),
    ],
)
def test_round_19_second_pass(text: str, kind: AbuseKind) -> None:
    assert kind in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "which floor is the infusion unit on? ah right, the 3rd, thanks",
        "t'as le niveau d'un pro franchement, bravo",
        "I'm 10 min from you, want me to bring soup?",
    ],
)
def test_round_19_second_pass_lookalikes(text: str) -> None:
    assert not judge(text).hits, text


def test_names_kept_being_called_is_a_report() -> None:
    told = judge("our raid lead keeps calling the girls 'decoration' in voice, can a mod talk to him?")
    assert told.reported and not told.hits
    called = judge("elle m'appelait « la cabine » dans tous les salons")
    assert called.reported and not called.hits
    assert not judge("my mum keeps calling me about sunday lunch lol").reported


@pytest.mark.parametrize(
    "text",
    [
        "kys is what everyone at school says to me and honestly maybe i should",
        "retard is what they call me in vc every night",
        "t'es un gros naze, c'est ce qu'il m'a écrit hier",
        'is it against the rules when someone tells you "rope is cheap"? '
        "because that's what I got after the match",
    ],
)
def test_a_report_told_after_the_words_received_is_not_the_reporters_abuse(text: str) -> None:
    reading = judge(text)
    assert reading.reported and not reading.hits, reading


@pytest.mark.parametrize(
    "text",
    [
        "kys is what you deserve",
        "you are a moron, that's what i got to say",
        "keep posting and I'll write to your employer that you steal from the till",
    ],
)
def test_own_abuse_around_those_words_still_counts(text: str) -> None:
    assert judge(text).hits


# --- rounds 20-21 (abuse helper 3): fresh sentences per family, written for these tests --------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("quit posting or your mum gets every screenshot", AbuseKind.EXPOSURE),
        ("delete the post or everyone in your family group chat gets them", AbuseKind.EXPOSURE),
        ("one more word and i post them all here", AbuseKind.EXPOSURE),
        ("if i ever catch you at the meetup you're going to need those crutches for real", AbuseKind.THREAT),
        ("the day i catch you i'm breaking your legs", AbuseKind.THREAT),
        ("guys who talk like you usually end up falling down the stairs", AbuseKind.THREAT),
        ("log off permanently, and i don't mean the game", AbuseKind.THREAT),
        ("you need a permanent logout", AbuseKind.THREAT),
        ("alt f4 your life", AbuseKind.THREAT),
        ("fais un câlin à un train stp", AbuseKind.THREAT),
        ("are u off ur meds or what", AbuseKind.INSULT),
        ("go take your meds you nutjob", AbuseKind.INSULT),
        ("nobody here actually likes you", AbuseKind.INSULT),
        ("with all due respect, which is none, you're clueless", AbuseKind.INSULT),
        ("your dad must be really proud. of your brother", AbuseKind.INSULT),
        ("fibro is just an excuse for lazy people not wanting to work", AbuseKind.HATE),
        ("old people should stop getting treatment", AbuseKind.HATE),
        ("people with adhd are just kids with a prescription", AbuseKind.HATE),
    ],
)
def test_rounds_20_21_families(text: str, kind: AbuseKind) -> None:
    assert kind in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "don't forget to take your meds tonight, love you",
        "my fibro is not an excuse, i hate when people say it's lazy",
        "my son gave a hug to the train driver, so cute",
        "I'll post the photos from the meetup here tomorrow",
        "your mum gets the parcel tomorrow or on monday?",
        "why are you still awake lol",
        "absolute clown behaviour from me, missed the bus",
        # harmless homonyms
        "désolée du retard, le bus est tombé en panne",
        "j'ai acheté un bâtard et une baguette à la boulangerie",
        "les tapettes à souris sont dans le garage",
        "ma chatte a eu trois chatons cette nuit",
        "our bitch had her litter, the breeder is thrilled with the pups",
        "faggots, mash and peas for dinner tonight",
        "starting PD dialysis next week, nervous about the catheter",
    ],
)
def test_rounds_20_21_lookalikes_are_not_abuse(text: str) -> None:
    assert not judge(text).hits, text


# --- round 24 (insult helper 4): families, in variants written for the tests ------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "reply"),
    [
        # insult nouns that are also ordinary words, in the frames that make them insults; regional nouns
        ("t'es vraiment une grosse nouille", AbuseKind.INSULT, False),
        ("espèce de vieille courge", AbuseKind.INSULT, False),
        ("quelle buse celui-là", AbuseKind.INSULT, True),
        ("you utter spanner", AbuseKind.INSULT, False),
        ("total walnut behaviour from you again", AbuseKind.INSULT, True),
        ("sit down, you wee bampot", AbuseKind.INSULT, False),
        ("arrête de parler, espèce de branquignol", AbuseKind.INSULT, False),
        ("t'es qu'un gnochon", AbuseKind.INSULT, False),
        ("get out of the lobby, mugu", AbuseKind.INSULT, True),
        # contempt with no insult word
        ("not one person on this server likes you", AbuseKind.INSULT, False),
        ("personne ici te respecte, on te tolère", AbuseKind.INSULT, False),
        ("honestly we only tolerate you", AbuseKind.INSULT, False),
        ("more brain activity in a houseplant than in your skull", AbuseKind.INSULT, False),
        ("y'a plus de neurones dans une huître que dans ta tête", AbuseKind.INSULT, False),
        ("natural selection forgot about you", AbuseKind.INSULT, False),
        ("you're a walking cautionary tale", AbuseKind.INSULT, False),
        ("t'es une catastrophe ambulante", AbuseKind.INSULT, False),
        ("i don't speak moron, try again", AbuseKind.INSULT, False),
        ("stupidest take of the month, and I've read all your posts", AbuseKind.INSULT, False),
        ("no wonder your whole squad quit on you", AbuseKind.INSULT, False),
        ("pas étonnant que ta copine t'ait largué", AbuseKind.INSULT, False),
        ("no wonder your kid is sick with a mum like you", AbuseKind.INSULT, False),
        ("crawl back into your hole", AbuseKind.INSULT, False),
        ("retourne jouer à la dinette", AbuseKind.INSULT, False),
        ("t'as rien dans la caboche", AbuseKind.INSULT, False),
        ("you've got the charisma of a wet mop", AbuseKind.INSULT, False),
        ("you are, no offence, the biggest idiot in this guild", AbuseKind.INSULT, False),
        ("mon tabarnak de cave, arrête", AbuseKind.INSULT, False),
        ("avec ton fauteuil t'as pas le droit de nous donner des conseils", AbuseKind.INSULT, False),
        # hate as a generalisation with no slur
        ("mormons are all inbred hicks", AbuseKind.HATE, False),
        ("les Corses c'est tous des alcoolos", AbuseKind.HATE, False),
        ("every time someone ragequits, check the flag. always the same countries", AbuseKind.HATE, False),
        ("no migrants on this server, they ruin everything", AbuseKind.HATE, False),
        ("bisexuals are just greedy and confused", AbuseKind.HATE, False),
        ("les lesbiennes elles ont juste besoin d'un vrai mec", AbuseKind.HATE, False),
        ("women can't handle shotcalling, it's biology", AbuseKind.HATE, False),
        ("l'endométriose c'est une maladie de femmes hystériques", AbuseKind.HATE, False),
        ("les gens en fauteuil c'est un gouffre pour la sécu", AbuseKind.HATE, False),
        ("the great replacement is happening, look at the names in the schools", AbuseKind.HATE, False),
        ("c'est les migrants qui ont ramené la maladie", AbuseKind.HATE, False),
        ("go back to your own country", AbuseKind.HATE, False),
        ("trans men don't exist", AbuseKind.HATE, False),
    ],
)
def test_round_24_families(text: str, kind: AbuseKind, reply: bool) -> None:
    assert kind in kinds(text, reply=reply), text


@pytest.mark.parametrize(
    "text",
    [
        # the author about themselves, fond teasing, ordinary senses of the soft nouns
        "quelle cruche je fais, j'ai oublié mes clés",
        "absolute plank behaviour from me today",
        "you absolute walnut, you stole my kill again lol",
        "my little brother plays better than me, he's 9",
        "la cloche de l'école a sonné",
        "j'ai fait une tarte aux pommes et des nouilles sautées",
        "can you pass me the spanner",
        "i've got nothing in my head today, brain fog is awful",
        "j'ai rien dans la tête aujourd'hui, la fatigue",
        "my doctor said people with fibro aren't lazy",
        "people think lesbians just haven't met the right guy and it's exhausting",
        "uninstall the launcher and reinstall it, that fixed it for me",
        "no wonder your cat loves you, you're so sweet to her",
        "people say girls can't handle dps, it's biology apparently. so tired of it",
    ],
)
def test_round_24_lookalikes_are_not_abuse(text: str) -> None:
    assert not judge(text).hits, text


@pytest.mark.parametrize(
    "text",
    [
        "mods, this guy dey call me 'ape' in general since morning",
        "someone in the stream chat proposed to give out my address, please help",
        "un membre m'a traitée de « mère indigne » devant tout le groupe",
    ],
)
def test_round_24_received_abuse_is_reported(text: str) -> None:
    reading = judge(text)
    assert reading.reported and not reading.hits, text


def test_received_spam_is_reported() -> None:
    reading = judge("mod? getting kys spam in my DMs again")
    assert reading.reported and not reading.hits


# --- round 24 (threat helper 4): veiled, conditional and presence threats, exposure, kys images, obfuscation
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # conditional threats
        ("keep running your mouth and you'll find out", AbuseKind.THREAT),
        ("say it one more time and watch what happens", AbuseKind.THREAT),
        ("si tu recommences à parler de ma mère je viens te chercher", AbuseKind.THREAT),
        ("arrête tes conneries ou j'vais te trouver, tu vas voir", AbuseKind.THREAT),
        # stock images of harm to come
        ("un accident est vite arrivé, y en a un qui t'attend", AbuseKind.THREAT),
        ("better sleep with one eye open tonight", AbuseKind.THREAT),
        ("you're gonna get what you deserve soon enough", AbuseKind.THREAT),
        ("it'd be really easy to make you vanish", AbuseKind.THREAT),
        ("tu vas finir six pieds sous terre", AbuseKind.THREAT),
        ("tu vas te retrouver aux urgences si tu te tais pas", AbuseKind.THREAT),
        ("i'll snap every finger you type with", AbuseKind.THREAT),
        # presence and knowledge
        ("jk jk, but i know where you park", AbuseKind.THREAT),
        ("je rigole hein... je suis devant chez toi", AbuseKind.THREAT),
        ("ah know which street ye stay on", AbuseKind.THREAT),
        ("that's your van outside the gym isn't it? see you soon", AbuseKind.THREAT),
        ("j'ai des potes dans ta ville qui vont te rendre visite", AbuseKind.THREAT),
        ("ce serait bête qu'il arrive un truc à ton chien", AbuseKind.THREAT),
        # exposure
        ("i'm going to email your boss and tell him everything you post here", AbuseKind.EXPOSURE),
        ("j'ai le numéro de ton père, je vais l'appeler et tout lui dire", AbuseKind.EXPOSURE),
        ("anyone want her home address? drop a 1", AbuseKind.EXPOSURE),
        ("tu veux que je balance ton vrai nom ici ?", AbuseKind.EXPOSURE),
        ("what if your diagnosis got posted in general, funny right", AbuseKind.EXPOSURE),
        # kill yourself in new images
        ("everyone like you should die, starting with you", AbuseKind.THREAT),
        ("what are you waiting for to end it", AbuseKind.THREAT),
        ("qu'est-ce que tu attends pour te pendre", AbuseKind.THREAT),
        ("le serveur irait tellement mieux sans toi, tu sais quoi faire", AbuseKind.THREAT),
        # aftermath, lessons, exposure under way, raids, more kill-yourself images
        ("you'll go home on a stretcher", AbuseKind.THREAT),
        ("i'm gonna teach you some manners irl", AbuseKind.THREAT),
        ("je t'attends, quand je serai devant ta porte on rigolera moins", AbuseKind.THREAT),
        ("ta voiture va pas passer la nuit", AbuseKind.THREAT),
        ("we're leaking her real name tonight", AbuseKind.EXPOSURE),
        ("i'll call in a swat on his house", AbuseKind.EXPOSURE),
        ("everyone spam her until she quits the server", AbuseKind.THREAT),
        ("tout le monde harcèle @elle jusqu'à ce qu'elle quitte", AbuseKind.THREAT),
        ("get yourself a rope, problem solved", AbuseKind.THREAT),
        ("just jump off the roof", AbuseKind.THREAT),
        ("uninstall life pls", AbuseKind.THREAT),
        ("1'm g0nna k1ll y0u 4nd y0ur fr13nds", AbuseKind.THREAT),
        # emoji, lookalikes, reversed text
        ("🪢🪑 ton devoir pour ce soir", AbuseKind.THREAT),
        ("<@123456789012345678> 🔪 see you soon", AbuseKind.THREAT),
        ("flesruoy llik", AbuseKind.THREAT),
        ("ΚΥS", AbuseKind.THREAT),
        ("t'es un ᥴ᥆ᥒ", AbuseKind.INSULT),
    ],
)
def test_round_24_threat_families(text: str, kind: AbuseKind) -> None:
    assert kind in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "keep talking and see what happens in ranked lol",
        "try restarting it and see what happens",
        "continue comme ça, tu vas voir, ça va payer",
        "je passe te voir demain à la gare",
        "si tu viens à Lyon je te retrouve au tournoi",
        "I'll see you at work on monday",
        "knife-only round next game, loser buys pizza",
        "🔪🔪 knife round next",
        "I bought rope and a chair for the garden tonight",
        "💀💀💀 im dead lol",
        "🪦🪦 me soon fr 🪦",
        "🔪🩸 ce soir je le fais",
        "🪢 got it today, it's in the closet",
        "🪢🪑",
        "i should just buy a rope, problem solved for everyone",
        "honestly i want to uninstall life",
        "je vais te défoncer au prochain match mdr",
        "I'll destroy you in ranked tonight",
        "tu vas finir à l'hôpital si tu continues à pas manger, prends soin de toi",
        "i'll call your mum to pick you up after the match",
        "shame about the weather, the picnic is off",
        "who wants the address of the venue?",
        "le monde irait mieux sans moi ce soir",
        "everyone keeps dming me every hour until i leave, mods help",
        "i need a rope for the tent tonight",
        "rdv à 14h30 et 16h, 2 places le 3e",
        "tu repartiras avec un cadeau",
        "teach you some manners in chess tonight lol",
        "dors bien, à demain",
        "lol",
    ],
)
def test_round_24_friendly_and_quiet_are_not_threats(text: str) -> None:
    assert not {AbuseKind.THREAT, AbuseKind.EXPOSURE} & kinds(text), text


# --- false alarms found by the day-3 helpers in their own quiet variants: the possessive « tes » / "your"
# before a noun and its verb, a lift offered, a family told the member is safe --------------------------
@pytest.mark.parametrize(
    "text",
    [
        "tes chiens sont mignons",
        "your pigs are so cute omg",
        "tes chats ont l'air trop contents",
        "je vais venir te chercher à la gare",
        "on vient te chercher demain matin, prends ton manteau",
        "je passe te chercher vers 18h",
        "would you like me to call your mum and tell her you're safe?",
        "je peux appeler ta mère pour lui dire que tu vas bien",
    ],
)
def test_a_possessive_a_lift_or_a_reassuring_call_is_not_abuse(text: str) -> None:
    assert kinds(text) == set()


@pytest.mark.parametrize(
    "text",
    ["tes con", "your such a clown", "je vais venir te chercher", "on va venir te chercher tu vas voir"],
)
def test_the_same_constructions_still_read_as_abuse(text: str) -> None:
    assert kinds(text)


# --- round 29 (abuse helper 5): families of construction, in sentences written for the tests -------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a demonstrative instead of "you"; the reader's standing denied; dismissed; compared; pitied
        ("who invited that clown to the raid", AbuseKind.INSULT),
        ("qui a laissé entrer ce bouffon dans le vocal", AbuseKind.INSULT),
        ("the server's resident crybaby is at it again", AbuseKind.INSULT),
        ("who are you to lecture anyone about nutrition", AbuseKind.INSULT),
        ("t'es qui pour nous donner des leçons", AbuseKind.INSULT),
        ("pour qui tu te prends sérieux", AbuseKind.INSULT),
        ("did anyone ask you though", AbuseKind.INSULT),
        ("nobody here gives a damn about your streak", AbuseKind.INSULT),
        ("tout le monde s'en fout de ton avis", AbuseKind.INSULT),
        ("ton avis est aussi vide que ton cerveau", AbuseKind.INSULT),
        ("your theorycraft is as empty as your skull", AbuseKind.INSULT),
        ("your advice is as broken as your kidneys lmao", AbuseKind.INSULT),
        ("they only kept you in the guild out of pity", AbuseKind.INSULT),
        ("on te garde dans l'équipe par charité", AbuseKind.INSULT),
        ("t'es totalement à l'ouest, rends la manette", AbuseKind.INSULT),
        ("you've got hands made of butter", AbuseKind.INSULT),
        ("retourne sur Roblox gamin", AbuseKind.INSULT),
        ("go back to kindergarten", AbuseKind.INSULT),
        ("what a sad little troll you are", AbuseKind.INSULT),
        ("pauvre petit bonhomme frustré", AbuseKind.INSULT),
        ("it's adorable how you think that was a good trade", AbuseKind.INSULT),
        ("ur lowkey so mid bro", AbuseKind.INSULT),
        ("t'es fada ou quoi", AbuseKind.INSULT),
        ("you absolute wasteman", AbuseKind.INSULT),
        # threats: police at the door, a datum half-told, a home recognised, a dependant, a sanction answered
        ("the cops are gonna kick in your door at 3am, wait for it", AbuseKind.THREAT),
        ("le GIGN va adorer ta porte d'entrée", AbuseKind.THREAT),
        ("your street name begins with an M, should I keep going?", AbuseKind.EXPOSURE),
        ("that selfie, looks like the building on Rue Gambetta where you live", AbuseKind.EXPOSURE),
        ("shame if something happened to you, your little girl needs you, doesn't she", AbuseKind.THREAT),
        ("careful, my boys from your area are on this server too", AbuseKind.THREAT),
        ("encore un mute et je balance vos vrais noms", AbuseKind.EXPOSURE),
        # "kill yourself" as relief, as a verb, as electricity
        ("everyone here would be happier if you just disappeared", AbuseKind.THREAT),
        ("ta famille serait soulagée si tu disparaissais", AbuseKind.THREAT),
        ("u should go rope fr", AbuseKind.THREAT),
        ("go lick a power outlet", AbuseKind.THREAT),
        ("prends un bain avec ton sèche-cheveux", AbuseKind.THREAT),
        # physical: street verbs, a fist to taste, a counterfactual, a wait, a meeting foretold
        ("i'll deck you if you say that again", AbuseKind.THREAT),
        ("je vais te faire bouffer mes phalanges", AbuseKind.THREAT),
        ("if I saw you in person you'd be on the floor", AbuseKind.THREAT),
        ("si je te croisais dans la rue tu finirais à l'hosto", AbuseKind.THREAT),
        ("next time you show your face I'll be waiting outside", AbuseKind.THREAT),
        ("small town mate, we'll run into each other and you won't be laughing then", AbuseKind.THREAT),
        ("i'm coming with the mandem, you'll learn", AbuseKind.THREAT),
        # hate: any people generalised, an illness called a choice or a lie, an identity called unreal
        ("les Guinéens c'est que des problèmes", AbuseKind.HATE),
        ("the Dutch are always a nightmare in lobbies", AbuseKind.HATE),
        ("les Kosovars dans un lobby c'est toujours la guerre", AbuseKind.HATE),
        ("Filipinos are only good at karaoke", AbuseKind.HATE),
        ("fibro isn't a real illness, it's just laziness", AbuseKind.HATE),
        ("ADHD is not a disease, it's bad parenting", AbuseKind.HATE),
        ("they all fake depression to get benefits, every one of them", AbuseKind.HATE),
        ("being bi is not a real thing, it's attention seeking", AbuseKind.HATE),
        ("les pronoms c'est une mode, c'est juste des ados paumés", AbuseKind.HATE),
        ("as usual the diabetic is complaining again, they all do that", AbuseKind.HATE),
        ("you know who I mean, they all look the same", AbuseKind.HATE),
        ("anybody on methadone is a junkie and a waste of space", AbuseKind.HATE),
        ("tu seras jamais une vraie femme", AbuseKind.HATE),
        ("you're not a real man and you never will be", AbuseKind.HATE),
        ("feel free to hang yourself", AbuseKind.THREAT),
        ("ne te gêne pas pour te défenestrer", AbuseKind.THREAT),
        ("imagine being so consistently bad at every role", AbuseKind.INSULT),
    ],
)
def test_round_29_families(text: str, kind: AbuseKind) -> None:
    assert kind in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        # the same words in care, self-talk, banter, reports and ordinary chat
        "who let the dogs out lol",
        "the resident doctor told me to rest",
        "who are you to judge yourself so harshly? you did your best",
        "t'es qui toi pour te juger comme ça, t'as fait de ton mieux",
        "don't worry, nobody cares about your rank, we're here to have fun",
        "nobody cares about my posts anyway",
        "personne a besoin de mes conseils je sais",
        "tes conseils à deux balles m'ont sauvé la vie mdr merci",
        "your opinion is as valid as anyone's",
        "my pancreas is as useless as my brain today lol",
        "ils m'ont pris dans l'équipe par pitié je pense",
        "t'as les doigts en mousse aujourd'hui mdr",
        "t'es pas bien dans ta tête en ce moment, va consulter stp, je m'inquiète",
        "go back to the tutorial and check the controls",
        "I'll go back to fortnite after dinner",
        "c'est mignon que tu penses à moi",
        "the movie was mid honestly",
        "t'es un bot ou un humain ?",
        "the police came to my house after the break-in",
        "call the police, they can come to your place and take a statement",
        "your IP starts with 192.168, that's your local network",
        "what's the weather like where you live?",
        "make a care plan, your son wouldn't cope if something happened to you suddenly",
        "be careful, there are people from your school on this server, don't share personal info",
        "one more ban and I'm quitting this server",
        "my family would be relieved if I ended it",
        "I should go rope up for the climb tomorrow",
        "never touch a live wire, even with gloves",
        "I'll pull up to your place at 8 for the party",
        "if I saw you irl I'd give you a big hug",
        "je t'attends devant le cinéma à 20h",
        "on finira bien par se croiser à la convention, tu verras mon cosplay",
        "je viens avec mes potes ce soir, tu vas voir c'est trop bien",
        "les bretons c'est tous des passionnés de crêpes",
        "les Marseillais sont toujours de bonne humeur",
        "depression is not a choice, it's an illness",
        "people say it's not a disease, it's a choice, and it's so hurtful",
        "I used to think it's not a real disease, it's just laziness, until I got sick",
        "i'm non binary and some days it doesn't feel real",
        "being non-binary is not a phase",
        "autistic kids often line up toys, they all do that sometimes",
        "these people smell amazing, the bakery is open",
        "anyone with diabetes should check their feet every day",
        "keep the kids away from the pool",
        "lgbt people are welcome here",
        "I'll never be a real man in my dad's eyes",
        "you are a real man for helping her",
        "tu es une vraie femme forte",
        "n'hésite pas à te jeter à l'eau pour le concours",
        "imagine me being this confidently wrong lol",
        "imagine being this happy on a monday",
    ],
)
def test_round_29_lookalikes_are_not_abuse(text: str) -> None:
    assert not judge(text).hits, text


def test_round_29_a_report_of_relief_wished_is_not_the_reporters_threat() -> None:
    reading = judge("he told me my parents would be relieved if I ended it")
    assert not reading.hits


def test_round_29_a_gender_denied_in_quoted_words_is_reported() -> None:
    reading = judge("someone wrote 'you will never be a real woman' under my selfie, it hurt")
    assert reading.reported and not reading.hits


# A group defended is not a group attacked: a flaw denied of a group ("are not broken", « ne sont pas des
# fainéants ») is what patients say for each other; a humanity denied ("are not human") stays hate.
@pytest.mark.parametrize(
    "text",
    [
        "les gens sous antidépresseurs ne sont pas faibles",
        "les malades chroniques ne sont pas des fainéants, on est épuisés",
        "autistic people are not broken",
        "disabled people are not lazy, they're sick and tired",
        "on t'a demandé de venir à 8h pour la prise de sang",
        "qui t'a demandé de passer à la pharmacie ?",
        "it's cute that you think of me on my surgery day",
        "(((hugs))) everyone, rough week",
        "sending (((you))) all my love",
    ],
)
def test_defences_lifts_hugs_and_kind_thoughts_stay_quiet(text: str) -> None:
    assert not assess_abuse(read(text)).hits, text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("les malades chroniques sont des fainéants", AbuseKind.HATE),
        ("autistic people are broken, simple as", AbuseKind.HATE),
        ("les migrants ne sont pas des humains", AbuseKind.HATE),
        ("(((they))) control the banks, wake up", AbuseKind.HATE),
        ("encore les (((médias))) qui mentent", AbuseKind.HATE),
        ("qui t'a demandé ?", AbuseKind.INSULT),
        ("on t'a pas sonné toi", AbuseKind.INSULT),
        ("cute how you think you can heal", AbuseKind.INSULT),
    ],
)
def test_the_same_frames_used_against_someone_still_count(text: str, kind: AbuseKind) -> None:
    assert kind in {hit.kind for hit in assess_abuse(read(text)).hits}, text


def test_the_insult_phrase_named_does_not_depend_on_the_hash_seed() -> None:
    """The phrase a hit names is what a moderator and the governance log read: with two phrases in one
    message ("piece of work" inside "nasty piece of work"), the longest is named, in every process."""
    code = (
        "from bot.classify.judge.abuse import assess_abuse\n"
        "from bot.classify.judge.chat import read\n"
        "for t in ('you nasty piece of work', 'sit down you washed up bench warmer'):\n"
        "    print(assess_abuse(read(t)).hits[0].cue)\n"
    )
    root = Path(__file__).resolve().parents[3]
    seen = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(root)}
        command = [sys.executable, "-c", code]
        run = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
        seen.add(run.stdout)
    assert seen == {"insult_phrase:nasty piece of work\ninsult_phrase:washed up bench warmer\n"}
