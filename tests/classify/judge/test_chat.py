"""The chat-language normaliser: what the detectors see of a message."""

from __future__ import annotations

import pytest

from bot.classify.judge.chat import MENTION, Chat, Token, read


def forms(text: str, **kw: bool) -> str:
    return read(text, **kw).forms


def lemmas(text: str) -> str:
    return read(text).lemmas


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("jveux mourir", "j veux mourir"),
        ("chui fatiguée", "je suis fatiguee"),
        ("jpp de cette vie", "j en peux plus de cette vie"),
        ("g pris mes cachets", "j ai pris mes cachets"),
        ("c tro dur", "c est trop dur"),
        ("j ai plus envie", "j ai plus envie"),
        ("jsp quoi faire tkt", "je sais pas quoi faire t inquiete pas"),
        ("pk tu dis ça", "pourquoi tu dis ca"),
        ("bcp de monde", "beaucoup de monde"),
    ],
)
def test_french_sms_spellings_expand(text: str, expected: str) -> None:
    assert forms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("im gonna kms tn", "i am going to kill myself tonight"),
        ("i wanna unalive myself", "i want to kill myself"),
        ("idk wat to do rn", "i do not know what to do right now"),
        ("I don't want to be here", "i do not want to be here"),
        ("I can't do this", "i can not do this"),
        ("u r so annoying", "you are so annoying"),
        ("ima go 2nite", "i am going to go tonight"),
        ("dont care, gotta go", "do not care got to go"),
    ],
)
def test_english_contractions_and_abbreviations_expand(text: str, expected: str) -> None:
    assert forms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("su1c1de", "suicide"),
        ("k1ll", "kill"),
        ("$uicide", "suicide"),
        ("1d10t", "idiot"),
        ("l0ser", "loser"),
    ],
)
def test_digits_and_symbols_for_letters(text: str, expected: str) -> None:
    assert forms(text) == expected


def test_numbers_and_units_are_left_alone() -> None:
    assert forms("j'ai pris 5mg à 3h, 2024 sur ps5") == "j ai pris 5mg a 3h 2024 sur ps5"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sooooo tired", "so tired"),
        ("killlll meeee", "kill me"),
        ("pleaaaase", "please"),
        ("noooon", "non"),
        ("tellllement nulllle", "tellement nulle"),
        ("cool", "cool"),  # doubled letters are not stretched
    ],
)
def test_stretched_letters_collapse(text: str, expected: str) -> None:
    assert forms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("k i l l m y s e l f", "kill myself"),
        ("j e  v e u x  m o u r i r", "je veux mourir"),
        ("c.o.n.n.a.r.d", "connard"),
        ("s_c_a_m", "scam"),
        ("u r a loser", "you are a loser"),  # short runs that are not a word stay letters
    ],
)
def test_spaced_letters_join(text: str, expected: str) -> None:
    assert forms(text) == expected


def test_lemmas_are_inflection_tolerant_and_accent_free() -> None:
    assert lemmas("pendue") == "pendre"
    assert lemmas("pilules") == "pilule"
    assert lemmas("I bought a rope and saved my pills") == "i buy a rope and save my pill"
    assert lemmas("j'ai acheté") == "je avoir acheter"
    assert lemmas("I have gone") == "i have go"


def test_mentions_become_the_addressee_token_and_markup_is_dropped() -> None:
    chat = read("<@123456789012345678> t'es nul <:pepe:1234567> https://x.example/a <@&42> <#99>")
    assert chat.forms == f"{MENTION} t es nul"
    assert chat.mentions == 1
    assert chat.tokens[0] == Token(MENTION, MENTION)


def test_laughing_emoji_read_as_laughter() -> None:
    assert forms("I'm dead 😂") == "i am dead lol"


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ('someone said "kill yourself" lol', "someone said lol"),
        ("il m'a écrit « va crever »", "il m a ecrit"),
        ("> kys\nsomeone sent me this", "someone sent me"),
        ("he said 'you're dumb' and i want to die", "he said and i want to die"),
        ("“you are worthless” is what I got", "is what i got"),
    ],
)
def test_quoted_spans_are_not_the_authors_words(text: str, own: str) -> None:
    chat = read(text)
    assert chat.own_forms == own
    assert chat.quoted


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("he told me to kys. can a mod look", "he told me to can a mod look"),
        ("il m'a traité de connard", "il m a traite de"),
        ("she keeps sending me kill yourself messages", "she keeps sending me"),
        ("elle me dit que je suis nulle", "elle me dit que"),
        ("they called me a freak and i want to disappear", "they called me and i want to disappear"),
    ],
)
def test_reported_speech_is_marked_quoted(text: str, own: str) -> None:
    assert read(text).own_forms == own


def test_the_authors_own_reported_words_stay_theirs() -> None:
    assert not read("j'ai dit que je voulais mourir").quoted
    assert not read("i said i want to die").quoted


def test_french_elisions_split_with_full_lemmas() -> None:
    chat = read("j'ai mal, t'es là ?")
    assert chat.forms == "j ai mal t es la"
    assert chat.lemmas.split()[:2] == ["je", "avoir"]
    assert chat.lang == "fr"


def test_forms_and_lemmas_stay_aligned() -> None:
    chat = read("chui pas ok jveux juste dormir et plus me réveiller")
    assert len(chat.forms.split()) == len(chat.lemmas.split()) == len(chat.tokens)


def test_reply_flag_kept_and_hand_built_chat_computes_its_strings() -> None:
    assert read("t nul", reply=True).reply
    chat = Chat("x", (Token("a", "a"), Token("b", "b", quoted=True)))
    assert (chat.forms, chat.own_forms, chat.vocab) == ("a b", "a", frozenset({"a", "b"}))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("envie de me s*icider", "envie de me suicider"),
        ("k*ll myself", "kill myself"),
        ("f**k this", "fuck this"),
        ("*bold* text", "bold text"),  # markdown stars hide nothing
    ],
)
def test_masked_letters_resolve_to_the_one_word_they_can_be(text: str, expected: str) -> None:
    assert forms(text) == expected


def test_the_authors_own_mind_telling_them_is_not_reported_speech() -> None:
    assert not read("my brain keeps telling me to jump").quoted
    assert read("my brother keeps telling me to jump").quoted


def test_single_letter_sms_readings_follow_the_language() -> None:
    assert forms("k see u") == "ok see you"
    assert forms("je sais pas k faire") == "je sais pas que faire"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("🪢🪢 got it", "rope got it"),
        ("j'ai tout préparé 🔪💊", "j ai tout prepare couteau cachets"),
        ("⚰️ soon", "coffin soon"),
        ("😞😞 today", "sad today"),
        ("c'est fini pour moi 🌉", "c est fini pour moi pont"),
        ("thanks for everything 👋🏻", "thanks for everything bye"),
        ("👋 hi all", "hi all"),
        ("I'm dead 😂 🎉", "i am dead lol"),
    ],
)
def test_crisis_emoji_read_as_words_in_the_message_language(text: str, expected: str) -> None:
    assert forms(text) == expected


def test_emoji_words_have_lemmas_and_stay_aligned() -> None:
    chat = read("je prends les 💊 ce soir")
    assert chat.forms.split()[3] == "cachets"
    assert chat.lemmas.split()[3] == "cachet"
    assert len(chat.forms.split()) == len(chat.lemmas.split())
