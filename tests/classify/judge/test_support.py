"""Crisis, distress and help requests: signs by category, combinations, lowering context, FR and EN.

The messages here are written for these tests (not taken from the evaluation corpus).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.classify.judge.chat import read
from bot.classify.judge.support import _RULES, _candidates, assess_support
from bot.domain.signals import SupportLevel, SupportReading, WarningCategory
from tests.classify.judge._helpers import assess

C = WarningCategory


def categories(reading: SupportReading) -> set[WarningCategory]:
    return {sign.category for sign in reading.signs}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # passive ideation
        ("i wish i could just fall asleep and never wake up again", C.PASSIVE_IDEATION),
        ("I don't want to be alive anymore", C.PASSIVE_IDEATION),
        ("honestly i dont see myself being alive by christmas", C.PASSIVE_IDEATION),
        ("je veux plus me réveiller le matin", C.PASSIVE_IDEATION),
        ("jveu pu vivr serieu", C.PASSIVE_IDEATION),
        ("j'aurais préféré ne jamais naître", C.PASSIVE_IDEATION),
        ("la vie vaut pas la peine d'être vécue", C.PASSIVE_IDEATION),
        # active ideation
        ("i keep thinking about killing myself", C.ACTIVE_IDEATION),
        ("im gonna kms", C.ACTIVE_IDEATION),
        ("thinking about unaliving myself ngl", C.ACTIVE_IDEATION),
        ("feeling su1c1d4l again", C.ACTIVE_IDEATION),
        ("k i l l m y s e l f", C.ACTIVE_IDEATION),
        ("j'ai envie de mettre fin à mes jours", C.ACTIVE_IDEATION),
        ("jpense a en finir", C.ACTIVE_IDEATION),
        ("envie de me s*icider", C.ACTIVE_IDEATION),
        # intent
        ("i've made my peace with it, no one try to stop me", C.INTENT),
        ("cette fois c'est pour de vrai, personne pourra m'arrêter", C.INTENT),
        # plan / means
        ("been saving up my sleeping pills for weeks", C.PLAN_MEANS),
        ("how many of my pills would it take", C.PLAN_MEANS),
        ("j'ai mis de côté tous mes cachets", C.PLAN_MEANS),
        ("combien de comprimés il faudrait pour ne plus se réveiller", C.PLAN_MEANS),
        # goodbye / final arrangements
        ("I wrote a letter to my parents so they understand after", C.GOODBYE),
        ("who wants my account? i won't need it anymore after tonight", C.GOODBYE),
        ("qqun peut garder mon chat ? je pourrai plus m'en occuper", C.GOODBYE),
        # burden
        ("everyone would be better off without me", C.BURDEN),
        ("my kids would be better off without a sick mom like me", C.BURDEN),
        ("je suis un poids pour ma famille", C.BURDEN),
        ("personne me regretterait", C.BURDEN),
        # self-harm
        ("i cut again last night", C.SELF_HARM),
        ("started cutting again after two years", C.SELF_HARM),
        ("je me suis scarifiée hier soir", C.SELF_HARM),
        ("jme suis brûlé avec une cigarette", C.SELF_HARM),
        # past attempt with the thoughts returning
        ("i tried to kill myself in 2019 and the thoughts are back", C.PAST_ATTEMPT),
        ("j'ai déjà fait une TS et ça recommence dans ma tête", C.PAST_ATTEMPT),
        ("I keep imagining my own funeral", C.ACTIVE_IDEATION),
        ("i've been researching ways to die all night", C.PLAN_MEANS),
        ("bought a new razor, not for shaving", C.PLAN_MEANS),
        ("i'm not scared of dying anymore, i'm scared of waking up", C.PASSIVE_IDEATION),
        ("chui plus là demain. dsl", C.GOODBYE),
        ("je suis un poids pour ma famille, sans moi ils seraient heureux", C.BURDEN),
        ("tried 2 yrs ago with my insulin. the thoughts are back", C.PAST_ATTEMPT),
        ("i wanna unalive. like for real this time", C.ACTIVE_IDEATION),
        # hopelessness with risk
        ("the only way out i can see is death", C.HOPELESSNESS),
        ("y a plus d'issue, la seule qui reste j'y pense sérieusement", C.HOPELESSNESS),
    ],
)
def test_warning_signs_are_crisis_by_category(text: str, category: WarningCategory) -> None:
    reading = assess(text)
    assert reading.level is SupportLevel.CRISIS
    assert category in categories(reading)
    assert reading.lowered_by == ()


@pytest.mark.parametrize(
    "text",
    [
        "i bought a rope and tonight's the night",  # means + time
        "the pills are on my desk and i'm going to take them all tonight",
        "merci pour tout, adieu. ce soir je prends toute la boîte",  # goodbye + means + time
        "je suis sur le toit de l'immeuble, j'ai pas envie de redescendre",  # place + goodbye
    ],
)
def test_combinations_mean_immediate_danger(text: str) -> None:
    reading = assess(text)
    assert reading.level is SupportLevel.CRISIS
    assert reading.immediate
    assert reading.category == "immediate_danger"


def test_weak_signs_combine_into_a_crisis() -> None:
    assert assess("I have everything ready. I just need to choose the day.").level is SupportLevel.CRISIS
    assert assess("les idées noires reviennent et cette fois j'ai un plan").level is SupportLevel.CRISIS
    assert assess("no way out. im done. that's when, saturday").level is SupportLevel.CRISIS
    assert assess("i think it's time for me to go. for good.").level is SupportLevel.CRISIS
    # each alone is not
    assert assess("i think it's time for me to go").level is SupportLevel.NONE
    assert assess("there's no way out of this dungeon").level is not SupportLevel.CRISIS


def test_self_harm_is_named_for_the_help_feature() -> None:
    assert assess("i relapsed and cut myself last night").category == "self_harm"


@pytest.mark.parametrize(
    ("text", "lowered"),
    [
        ("2 years clean from self harm today, it does get better", "past"),
        ("il y a 5 ans j'ai fait une tentative, aujourd'hui je vais bien", "past"),
        ("sept 10 is world suicide prevention day, 988 is open 24/7", "awareness"),
        ("le 3114 c'est le numéro national de prévention du suicide", "awareness"),
        ("my new med lists suicidal thoughts as a side effect, anyone had that?", "medical"),
        ("la notice parle d'idées suicidaires en effet secondaire, c'est fréquent ?", "medical"),
        ("my cousin told me he wants to kill himself, what should i do", "other_person"),
        ("ma petite sœur m'a dit qu'elle voulait mourir", "other_person"),
        ("I'd never kill myself but I'm so tired of everything", "negated"),
        ("je vais pas me suicider hein, je suis juste à bout", "negated"),
    ],
)
def test_context_lowers_a_crisis_to_distress_never_to_silence(text: str, lowered: str) -> None:
    reading = assess(text)
    assert reading.level is SupportLevel.DISTRESS
    assert lowered in reading.lowered_by


def test_a_plan_in_the_message_keeps_the_crisis_despite_context() -> None:
    reading = assess("I used to self harm years ago but now I've been saving my pills and I'm ready")
    assert reading.level is SupportLevel.CRISIS
    assert "past" not in reading.lowered_by


def test_a_past_attempt_with_the_thoughts_returning_is_not_lowered() -> None:
    reading = assess("5 years ago i tried to end my life, i was doing better but the thoughts are back")
    assert reading.level is SupportLevel.CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "i feel so empty lately, nothing makes me happy",
        "having a panic attack rn",
        "I'm not okay, haven't been for a while",
        "everything feels pointless lately",  # hopelessness alone
        "je me sens tellement seule",
        "crise d'angoisse au boulot, j'arrive pas à me calmer",
        "j'suis à bout, vraiment",
        "je pleure tous les soirs en ce moment",
    ],
)
def test_distress_gets_a_gentle_offer(text: str) -> None:
    reading = assess(text)
    assert reading.level is SupportLevel.DISTRESS
    assert not reading.immediate


@pytest.mark.parametrize(
    "text",
    [
        "could someone from the team DM me please",
        "is anyone around?",
        "i need someone to talk to",
        "can i talk to a mod in private?",
        "aidez moi svp",
        "un modo peut me mp ?",
        "qqn peut m'écrire en privé ?",
        "j'ai besoin de parler à quelqu'un",
        "<@123456789012345678> tu peux m'envoyer un message ? j'ai besoin de parler",
    ],
)
def test_help_asked_in_other_words(text: str) -> None:
    assert assess(text).help_request


@pytest.mark.parametrize(
    "text",
    [
        "can someone help me with this quest",
        "qqn peut m'aider pour mon build ?",
        "anyone up for a raid tonight?",
        "can someone dm me the event link",
        "I need someone for the raid tonight",
    ],
)
def test_practical_requests_are_not_help_requests(text: str) -> None:
    reading = assess(text)
    assert not reading.help_request
    assert reading.level is SupportLevel.NONE


@pytest.mark.parametrize(
    "text",
    [
        # illness talk with hard words
        "this chemo is killing me, 3rd round",
        "cette maladie me tue",
        "putain de maladie",
        "my friend from the support group died last week, RIP",
        "I'm dying of this disease and I'm at peace with the care plan",
        "j'en peux plus de cette douleur, 3 nuits sans dormir",
        "je suis épuisée par la chimio mais ça va",
        # jokes and game talk
        "I'm dead 😂",
        "mort de rire",
        "jveux mourir de rire avec ce meme",
        "you killed it bro",
        "ma mère va me tuer si je rentre tard",
        "tonight's the night! concert time",
        "je vais le faire ce gâteau demain",
        "anyone want to go climbing saturday? i have an extra rope",
        "my pills are on the table, remind me to take them",
        "ce lag de merde jpp",
        # self-talk
        "i'm so stupid lol",
        "je suis trop nulle",
        "my handwriting is so ugly, i'm hopeless at this",
        # ordinary goodbyes
        "bye everyone, see you tomorrow!",
        "thanks for everything today, great session",
        "leaving the server for a while, exams. bye everyone!",
    ],
)
def test_illness_jokes_self_talk_and_ordinary_chat_stay_none(text: str) -> None:
    reading = assess(text)
    assert reading.level is SupportLevel.NONE
    assert not reading.help_request


def test_illness_talk_is_never_a_crisis() -> None:
    for text in (
        "the chemo is killing me and the pain is unbearable",
        "on m'a dit que je risquais de mourir",
    ):
        assert assess(text).level is not SupportLevel.CRISIS


def test_reported_incitement_is_not_the_authors_ideation() -> None:
    assert assess("he told me to kill myself, can a mod look?").level is not SupportLevel.CRISIS
    assert assess("someone told me to kys").level is SupportLevel.NONE


def test_words_only_in_quotes_are_someone_elses_but_still_get_an_offer() -> None:
    reading = assess('my friend texted me "i want to die" and now she won\'t answer')
    assert reading.level is SupportLevel.DISTRESS


def test_ordinary_chat_has_no_signs() -> None:
    assert assess("what time is the raid tonight?") == SupportReading()
    assert assess("merci à tous pour vos messages ❤️") == SupportReading()


def _gated_and_ungated(text: str) -> tuple[set[int], set[int]]:
    chat = read(text)
    hay = f" {chat.own_lemmas} | {chat.own_forms} "
    everything = {number for number, rule in enumerate(_RULES) if rule.regex.search(hay)}
    gated = {number for number in _candidates(chat.vocab) if _RULES[number].regex.search(hay)}
    return gated, everything


def test_the_vocabulary_gate_never_hides_a_match() -> None:
    # Every rule alternative runs only when one of its anchor words is in the message; the anchors come
    # from the regex parse tree. Whatever an alternative matches, the gate must have let it run.
    corpus = Path(__file__).resolve().parents[3] / "bot/classify/judge/corpus/support_tune.jsonl"
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines() if line]
    texts += [
        "HELP",
        "is anyone around?",
        "i want 2 die",
        "jveu pu vivr serieu",
        "ça va pas du tout",
        "je suis pas bien",
        "it's over, i'm done",
        "this is my goodbye. i love you all",
    ]
    for text in texts:
        gated, everything = _gated_and_ungated(text)
        assert gated == everything, text


# --- round 5 voices: the same categories in other constructions (sentences written for these tests) ---


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a vague past attempt with the thoughts coming back
        ("i tried back in college and now those thoughts are coming back", C.PAST_ATTEMPT),
        ("j'ai tenté y'a deux ans et les idées reviennent ces temps-ci", C.PAST_ATTEMPT),
        # self-harm on one's own body until blood or pain
        ("je me griffe les bras jusqu'au sang quand je panique", C.SELF_HARM),
        ("i bang my head on the wall until it hurts, it's the only thing that works", C.SELF_HARM),
        # plan or means: a rope tested, means got in secret, knowing where they are
        ("the rope in the shed is sturdy enough, i checked", C.PLAN_MEANS),
        ("ordered some pills online. dont ask", C.PLAN_MEANS),
        ("i know where dad keeps his gun and i think about it a lot", C.PLAN_MEANS),
        # burden in the conditional, French
        ("ma famille serait plus heureuse si j'étais pas là", C.BURDEN),
        # a prayer for the last night
        ("j'espère chaque soir que ce soit ma dernière nuit", C.PASSIVE_IDEATION),
        # intrusive thoughts voiced by "my head"
        ("my head keeps telling me to jump and it's getting louder", C.ACTIVE_IDEATION),
        ("the s3wer sl1de idea won't leave me alone", C.ACTIVE_IDEATION),
    ],
)
def test_round5_categories_are_crisis(text: str, category: WarningCategory) -> None:
    reading = assess(text)
    assert reading.level is SupportLevel.CRISIS, text
    assert category in categories(reading), text


@pytest.mark.parametrize(
    "text",
    [
        # veiled goodbyes: thanks for a bond in the past tense + an apology, a will + adieu
        ("<@123456789012345678> thanks for being my friend. thank you. im sorry"),
        ("merci d'avoir été là pour moi. désolée pour ce qui va suivre"),
        ("My will is signed, my dogs will go to my sister. Farewell everyone."),
        # a decision with no object, twice
        ("my mind is made up. no turning back"),
        ("c'est décidé, je reviendrai pas en arrière"),
        ("i'm gonna do it. don't tell me to call a hotline"),
        # a weak sign with a time or a place
        ("i've picked saturday. no going back"),
        ("tonight. then it's over"),
        ("on the roof. just wanted to tell someone before"),
        ("quelqu'un peut garder mon chien ? faut que ce soit fait avant demain"),
        ("je suis allée voir la hauteur du pont hier soir"),
    ],
)
def test_round5_veiled_goodbyes_decisions_and_times_are_crisis(text: str) -> None:
    assert assess(text).level is SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "thanks for being my friend all these years, happy birthday!",
        "thank you for the help with the forms",
        "i bought a rope for the climbing gym, finally",
        "it's decided, we're doing the dungeon first",
        "i've picked friday for the raid",
        "my will is with the notary, the lawyer said it's all in order",
        "ma famille serait plus heureuse si j'étais plus souvent là le dimanche",
        "i tried the new meds last year and the side effects are back",
        "je me gratte jusqu'au sang à cause de l'eczéma",
        "we went to check the height of the new climbing wall",
    ],
)
def test_round5_near_misses_are_not_a_crisis(text: str) -> None:
    assert assess(text).level is not SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "i think i'm about to crack, work and home at once",
        "chui découragé, rien avance",
        "my chest is tight and something terrible is going to happen, i know it",
        "trop de bruit dans ma tête, j'arrive plus à fonctionner",
        "can't see the point of anything this week",
    ],
)
def test_round5_distress_gets_a_gentle_offer(text: str) -> None:
    assert assess(text).level is SupportLevel.DISTRESS, text


@pytest.mark.parametrize(
    "text",
    [
        "who's on call this evening? could use a word",
        "mods? are there any around?",
        "would anybody mind if i vent in your dms for a bit",
        "anybody up for a voice call, rough night",
        "is there a kind soul who could help me fill in the disability form?",
        "une bénévole est en ligne ? je préfère pas en parler en public",
        "ça serait bien que quelqu'un prenne de mes nouvelles parfois",
        "un coup de main pour écrire à la mutuelle ?",
    ],
)
def test_round5_help_asked_in_other_words(text: str) -> None:
    assert assess(text).help_request, text


def test_round5_game_help_is_still_practical() -> None:
    assert not assess("un coup de main pour le boss ?").help_request


@pytest.mark.parametrize(
    "text",
    [
        # the one exit left
        "no future here, and lately i keep thinking about the only way out that's left",
        "plus aucune issue, à part une, et elle me tente",
        # means kept, counted, or looked up
        "i've been counting the tablets in the bathroom cabinet every night",
        "j'ai gardé toutes mes plaquettes de cachets, je sais combien il en faut",
        "j'ai préparé ce qu'il faut pour le faire. personne ne sait",
        # a past attempt in other words, coming back
        "jl'ai déjà tenté au lycée, et ça recommence",
        # final arrangements: letters + affairs in order
        "wrote letters to my kids, put my affairs in order. it's fine now",
        # a wish to be taken, a way out of the picture
        "every night i pray god would take me",
        "been thinking of taking myself out of the picture",
        "j'ai plus envie de lutter, ni d'être encore là",
        # burden by comparison
        "my son would be better off with a dad who isn't a wreck",
        # a veiled accident wish in a long everyday message
        "harvest is in, prices are awful. on the way home i thought it'd be simpler"
        " if a truck just took the decision for me",
        # hurting oneself on a wall
        "punched the door until my knuckles bled, felt good honestly",
    ],
)
def test_round5_second_pass_categories_are_crisis(text: str) -> None:
    assert assess(text).level is SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "thinking of cutting my hair for the summer, thoughts?",
        "we drove to the cliffs for a picnic yesterday, gorgeous",
        "death sounds tempting lol this boss is unfair",
        "je suis un boulet pour mon équipe ce soir, pardon",
        "c'est fini pour aujourd'hui, merci à tous",
        "i've planned everything for the party on saturday",
        "i wrote a note to my kids' teacher about the absence",
        "the only way out of this dungeon is the left door",
    ],
)
def test_round5_second_pass_near_misses_are_not_a_crisis(text: str) -> None:
    assert assess(text).level is not SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "is there someone i could dm privately about some stuff",
        "would you mind if i message someone from the team?",
        "j'aurais besoin d'aide pour un truc à la maison",
        "je peux vous envoyer un mp ?",
        "is there a buddy system? someone to check on me now and then",
        "tu es dispo pour parler ce soir ?",
        "quelqu'un pourrait me conseiller pour le dossier MDPH ?",
    ],
)
def test_round5_second_pass_help_asked(text: str) -> None:
    assert assess(text).help_request, text


def test_round5_two_quiet_farewells_make_a_crisis_one_does_not() -> None:
    assert assess("this is goodbye. thanks for everything, really").level is SupportLevel.CRISIS
    leaving = "this is goodbye for now, leaving the server for the holidays, thanks for everything"
    assert assess(leaving).level is not SupportLevel.CRISIS
    assert assess("sorted the power of attorney, the dog's going to my sister").level is SupportLevel.CRISIS
    assert assess("finally sorted the power of attorney for mum's care").level is SupportLevel.NONE


@pytest.mark.parametrize(
    "text",
    [
        "c'est décidé, on part en Bretagne",
        "je vais le faire",
        "i've picked friday",
        "then it's over, exams finished!",
        "can someone take my cat this weekend, has to be done before friday, i'm at the hospital",
        "bought a rope for the hammock, don't ask why it took so long",
        "i know where the meds are kept, i'll think about it",
        "the rope is strong enough for the swing",
        "wrote a letter to each of my kids for their birthdays",
        "je me mords la lèvre jusqu'au sang quand je stresse",
        "no turning back now, preorder is paid",
        "sorry for what comes next, spoilers ahead",
    ],
)
def test_round5_ordinary_uses_of_the_new_cues_stay_quiet(text: str) -> None:
    assert assess(text).level is not SupportLevel.CRISIS, text


def test_a_phrasal_verb_split_by_its_means_is_a_plan_only_beside_another_sign() -> None:
    """ "putting pills aside": the object between the verb and its particle; alone it is a gentle offer,
    with a time and a goodbye it is danger now, and putting medicine away is nothing."""
    alone = assess("been putting pills aside for weeks now")
    assert alone.level is SupportLevel.DISTRESS and WarningCategory.PLAN_MEANS in categories(alone)
    both = assess(
        "been putting pills aside for weeks. tonight im taking every one, said goodbye to my sister"
    )
    assert both.level is SupportLevel.CRISIS and both.immediate
    assert assess("i put my meds away in the cabinet").level is SupportLevel.NONE


@pytest.mark.parametrize("text", ["hello", "allo", "Hello!", "hello everyone", "allo ?"])
def test_a_greeting_alone_is_not_a_help_request(text: str) -> None:
    """A lone "anyone?" at night can be a call for someone; a lone "hello" is a greeting (every server
    gets hundreds): no private offer of help for it."""
    reading = assess_support(read(text))
    assert not reading.help_request and reading.level is SupportLevel.NONE


# --- rounds 16-21 (issue #11, third support pass): families, in words other than the corpus's -----------


@pytest.mark.parametrize(
    "text",
    [
        "picked up a bag of charcoal and some tape at the garage. not for a barbecue",
        "j'ai acheté du charbon ce midi, c'est pas pour un barbecue",
        "my granddad's rifle is out of the cabinet and on the table. been there all afternoon",
        "le fusil de mon père est chargé, dans ma chambre maintenant",
        "some nights I think about eating my gun",
        "every night I ask the good Lord to take me in my sleep",
        "je prie le bon Dieu tous les soirs de me reprendre",
        "I wish the cancer had taken me the first time round",
        "I'd like to go to sleep and join him, that's all",
        "honestly a bit disappointed I woke up again this morning",
        "si je pouvais fermer les yeux et plus jamais les rouvrir",
        "I'd be ok never waking up, truthfully",
        "wish i could alt f4 my life",
        "been wondering how to switch myself off for good",
        "j'aimerais me débrancher pour de bon",
        "time to uninstall life, no joke",
        "j'aimerais m'effacer, juste disparaître sans bruit",
        "the life insurance would clear the mortgage if I was gone. I've worked it out",
        "if I was out of the picture the kids would get the payout",
        "they'd all be relieved if I went, honestly",
        "tried once at 19, and the urge is back every night now",
        "je pense à en finir avec la vie depuis des semaines",
        "lying awake figuring out how I'd do it",
        "c'est ma dernière partie, après je passe à l'acte",
        "made my mind up. this is my last post",
        "I know what dose would stop the heart, I have enough",
        "googled what those pills do in big doses",
        "m'suis encore ouvert le bras cette nuit",
        "carved a word into my thigh last night",
        "the blade is the only thing that helps when it gets loud",
        "thinkin aboot endin it, cannae stop",
        "kys is what they all tell me, and maybe i should",
        "I know which beam in the shed now",
        "roof of the car park tonight at 2am",
        "haven't decided if I'm walking back down from the cliffs",
    ],
)
def test_round21_families_are_crisis(text: str) -> None:
    assert assess(text).level is SupportLevel.CRISIS, text


def test_round21_gifts_and_last_words_combine_into_a_crisis_one_alone_does_not() -> None:
    assert assess("giving my account to jess, she wanted the gear. it was fun while it lasted").level is (
        SupportLevel.CRISIS
    )
    assert assess("written letters to my kids. sorted the passwords for the bank too").level is (
        SupportLevel.CRISIS
    )
    assert assess("take care of each other. I won't be logging back in").level is SupportLevel.CRISIS
    assert assess("giving my old console to my nephew for his birthday").level is SupportLevel.NONE
    assert assess("take care of each other, see you next week").level is SupportLevel.NONE


@pytest.mark.parametrize(
    "text",
    [
        "the rope's for the move on saturday, not for anything else",
        "bought charcoal for the barbecue tonight",
        "cleaned the rifle for hunting season, out on the table to dry",
        "the new shotgun skin is loaded with effects lol",
        "I pray to God every night for my mum's health",
        "joining her guild tonight, finally",
        "the kids woke me up at 6, I was so annoyed",
        "uninstall life is strange, the ending ruined it",
        "delete myself from the group chat pls, I left the team",
        "I'd be relieved if I went to the dentist and it didn't hurt",
        "what dose of ibuprofen actually works for period cramps?",
        "scratching my arms raw, this eczema is unbearable",
        "on a traversé le pont de Normandie à vélo dimanche",
        "tonight we meet at the bridge over the canal for the fireworks",
        "this chemo is killing me, I'm wiped out",
        "j'ai demandé au médecin de me laisser partir à la maison plus tôt",
    ],
)
def test_round21_look_alikes_are_not_a_crisis(text: str) -> None:
    assert assess(text).level is not SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "chu tanné ben raide, ça file pas depuis un bout",
        "mi lé découragé, mi sent tout seul",
        "proper scunnered wi everything the now",
        "so sian, cannot already",
        "eish, nothing's lekker anymore",
        "feeling really flat lately, dunno why",
        "not great tbh. she left in may and I barely sleep",
        "I haven't spoken to a soul since Sunday. the days are very long",
        "personne n'est venu depuis deux semaines, je parle à la radio",
        "moi ça va bof, le moral est pas là",
    ],
)
def test_round21_regional_and_understated_distress_gets_an_offer(text: str) -> None:
    assert assess(text).level is not SupportLevel.NONE, text


@pytest.mark.parametrize(
    "text",
    [
        "chu brûlé de ma journée, on se voit au 5 à 7",
        "my tyre's flat again, great start to the day",
        "je suis un zombie ce matin mdr, trop de café",
        "je me gratte jusqu'au sang avec ces piqûres de moustique",
    ],
)
def test_round21_ordinary_tiredness_stays_quiet(text: str) -> None:
    assert assess(text).level is SupportLevel.NONE, text


@pytest.mark.parametrize(
    "text",
    [
        "could someone vc with me for a bit",
        "an officer free to jump in voice? not about the raid",
        "svp quelqu'un",
        "BESOIN DAIDE SVP",
        "qlq1 dispo pour causer un peu ?",
        "anyone about for a wee chat tonight",
        "is it ok if I dm one of the mods about something",
        "is there a peer supporter here?",
        "y'all got somebody on here a fella could talk to?",
        "à qui je peux m'adresser pour parler à quelqu'un ?",
        "I'd rather talk about it privately if that's ok",
        "vous voulez bien me parler un peu ?",
        "is anyone going to do something about him",
        "vous pouvez le bannir ? ça fait trois jours",
        "screenshot attached, he did it again",
        "je voulais que l'équipe le sache, c'est tout",
    ],
)
def test_round21_help_asked_indirectly(text: str) -> None:
    assert assess(text).help_request, text


@pytest.mark.parametrize(
    "text",
    [
        "anyone up for a quick chat about the patch notes?",
        "is there a channel where I can talk about anime?",
        "à qui je peux m'adresser pour le remboursement ?",
        "je vais signaler ton compte, t'es un tricheur",
    ],
)
def test_round21_practical_asks_are_not_help_requests(text: str) -> None:
    assert not assess(text).help_request, text


@pytest.mark.parametrize(
    "text",
    [
        "i'd rather die than sit through another colonoscopy prep",
        "my neurologist calls them suicide headaches, anyone else get them?",
        "they're cutting my dose of prednisone next week",
        "cette migraine, c'est à se taper la tête contre les murs",
    ],
)
def test_illness_idioms_are_not_a_crisis(text: str) -> None:
    assert assess(text).level is not SupportLevel.CRISIS, text


def test_rather_dead_than_living_like_this_is_still_a_crisis() -> None:
    assert assess("honestly i'd rather die than live like this").level is SupportLevel.CRISIS


# --- round 25 families (variants written for these tests) ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # burden told as a fact: insurance, cost, worth
        "my kids would be better off with the insurance payout than with me, I checked the policy",
        "honestly they'd be better off if I stopped costing them money every month",
        "je vaux plus morte que vivante pour ma famille",
        "l'assurance décès leur rapporterait bien plus que moi",
        # hopelessness with a way out named
        "je vois qu'une seule issue et c'est pas la chimio",
        "the only way out of this is if I'm gone",
        "à quoi bon continuer à respirer franchement",
        "whats the point of sticking around for the worst part",
        "the last resort is the one I keep thinking about",
        # passive wishes in other words
        "wish I could just stop being a person for a while. or for good",
        "not sure I want to be alive right now tbh",
        "part of me hopes I just slip away peacefully in my sleep",
        "si je m'endormais et que je me réveillais pas ce serait pas plus mal",
        "if a bus hit me tomorrow I honestly wouldn't even be upset",
        # stopped treatment as a method
        "thinking of stopping my dialysis and just letting it happen",
        "je vais arrêter mon insuline pour que tout s'arrête",
        # self-harm and past attempt
        "did it again last night, the cutting. sorry",
        "je me suis refait des marques hier soir",
        "survived my first attempt at 19. it's back now",
        "ma première TS c'était il y a 4 ans. ça recommence",
        # goodbyes dressed as thanks, things given away
        "gave my violin to my niece and my clothes to the charity shop. thanks all for putting up with me",
        "this is goodbye. don't be sad ok",
        "if I never log in again, it wasn't anyone here. you kept me going longer than I thought",
        # timing chosen for when nobody is there, resolve
        "after the kids are asleep. I wrote it down so I don't back out",
        "je le fais ce soir, ne me demandez pas quoi",
        "nouvelle année sans moi, le 1er janvier c'est bien",
        # means and places
        "picked up a rope at the hardware store. didn't even feel anything. that's all",
        "found the perfect bridge near work, high enough",
        "charcoal and a closed bathroom, I've thought it through",
    ],
)
def test_round25_families_are_crisis(text: str) -> None:
    assert assess(text).level is SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "I'll be better off with a new keyboard than with this one",
        "la seule solution c'est que je sois plus là le mardi, on change de créneau",
        "avant que je ne sois plus là, je veux voir ma fille se marier",
        "my neighbour stopped her meds and let it happen naturally, the doctor agreed",
        "bought a rope for climbing today, didn't even cost much",
        "found the perfect bridge for the photo shoot, the light was great",
        "ce sera plus simple pour tout le monde samedi, on fait la réunion à 10h",
        "I'll game after the kids are asleep tonight",
        "je le fais ce soir, le devoir de maths",
        "gave my old guitar to my nephew today, he loved it",
        "don't be sad, we'll win the next one",
        "love you guys, see you at the meetup",
        "my grandad passed peacefully this morning, he had a good long life",
        "my dad died of a heart attack three years ago today",
        "not sure I want to live in London after all",
        "i'm going to do it! signed up for the marathon",
        "most reliable way to farm gold in this patch?",
    ],
)
def test_round25_look_alikes_are_not_a_crisis(text: str) -> None:
    assert assess(text).level is not SupportLevel.CRISIS, text


def test_round25_a_weak_sign_alone_stays_quiet() -> None:
    assert assess("I'll game after the kids are asleep tonight").level is SupportLevel.NONE
    assert assess("je le fais ce soir, le devoir de maths").level is SupportLevel.NONE
    assert assess("gave my old guitar to my nephew today, he loved it").level is SupportLevel.NONE
    assert (
        assess("on fait la réunion samedi, ce sera plus simple pour tout le monde").level is SupportLevel.NONE
    )


@pytest.mark.parametrize(
    "text",
    [
        "I'm not coping with any of this",
        "tired of hoping every time they try a new drug",
        "je survis, c'est tout",
        "lost my brother to cancer three weeks ago and nobody mentions him",
        "mon mari est décédé il y a deux mois, la maison est vide",
        "I'm 15 and I look after my mum, nobody asks how I'm doing",
        "my friends stopped texting me since the diagnosis",
        "honestly you lot are my only friends at this point",
        "haven't slept more than two hours in a row since june",
        "woke up at 4 with my heart pounding again",
        "je suis tellement stressée que j'en dors plus",
        "this week was so awful",
        "feeling proper low today",
        "quatre nuits sans dormir avec les crises du petit",
        "worst month of my life honestly",
        "mes parents me parlent plus depuis que je suis sortie",
    ],
)
def test_round25_plain_distress_gets_an_offer_never_a_crisis(text: str) -> None:
    reading = assess(text)
    assert reading.level is SupportLevel.DISTRESS, (text, reading)


@pytest.mark.parametrize(
    "text",
    [
        "hello?? anybody",
        "coucou, y a quelqu'un ?",
        "anyone awake? can't sleep",
        "someone please talk to me",
        "could do with a chat if anybody's around",
        "can a volunteer get in touch with me",
        "need to talk to someone, can we dm",
        "quelqu'un pourrait rester avec moi en mp un moment ?",
        "kelkun ki pe me parler svp",
        "j'aurais besoin de conseils et surtout de parler à quelqu'un",
        "any volunteers online tonight?",
        "qqn peut me tenir compagnie ?",
        "pas envie de rester seule ce soir",
        "ping me if a mod comes on",
    ],
)
def test_round25_indirect_help_asks(text: str) -> None:
    assert assess(text).help_request, text


@pytest.mark.parametrize(
    "text",
    [
        "anyone up for a raid tonight?",
        "quelqu'un dispo pour une partie ?",
        "can we dm about the trade?",
        "need to talk about the raid comp before tonight",
        "someone talk to me about the patch notes",
    ],
)
def test_round25_practical_asks_are_not_help_requests(text: str) -> None:
    assert not assess(text).help_request, text


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("🪢 bought today. didn't even feel weird. that's all", SupportLevel.CRISIS),
        ("⚰️ moi bientôt", SupportLevel.CRISIS),
        ("me next 🪦🪦", SupportLevel.CRISIS),
        ("the grave robber quest took me ages 🪦 lol", SupportLevel.NONE),
        ("someone talk to me 😢", SupportLevel.NONE),  # a help request (checked below), no warning sign
        ("reminder to take your evening pills everyone 💊", SupportLevel.NONE),
        ("rest easy Marie 🕊️ ALS took her too soon", SupportLevel.NONE),
        ("that boss fight 🔪🩸 was brutal lol", SupportLevel.NONE),
        ("hi everyone 👋 new here", SupportLevel.NONE),
    ],
)
def test_round25_emoji_words_raise_nothing_alone(text: str, level: SupportLevel) -> None:
    assert assess(text).level is level, text


def test_round25_emoji_help_ask_is_a_help_request() -> None:
    assert assess("someone talk to me 😢").help_request
    assert assess("😔 anyone").help_request
