"""The chat-language normaliser: what the detectors see of a message."""

from __future__ import annotations

import pytest

from bot.classify.judge.chat import ECHO, EMOJI_WORDS, MENTION, Chat, Token, emoji_as_words, read


def _words(text: str) -> list[str]:
    return text.split()


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


# --- one table of look-alike letters and one of emoji words, read in every message (the abuse re-read of
# disguised text uses the same tables) ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ΚΥЅ ΝΟW", "kill yourself now"),  # Greek capitals and a Cyrillic s
        ("t'ℯs ᥙᥒ ᥴ᥆ᥒᥒᥲrd", "t es un connard"),  # Tai Le and a script e
        ("ᎪᏴᏚ ᎥᏚ ᏟᎬᏞᎥᏴᎬ", "abs is celibe"),  # Cherokee capitals
        ("ƅon courage", "bon courage"),
        ("Νο ΗΟΡΕ", "no hope"),
    ],
)
def test_lookalike_letters_are_read_as_latin_in_every_message(text: str, expected: str) -> None:
    assert forms(text) == expected


def test_greek_and_accented_text_keeps_its_reading() -> None:
    assert forms("café à Athènes, σοφία") == "cafe a athenes σoφia"  # only the look-alikes are mapped
    assert forms("j'ai été très fatiguée") == "j ai ete tres fatiguee"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("toi = 🐷💩", "toi porc merde"),
        ("you are a 🐖", "you are a pig"),
        ("see you at your 🏡 tonight", "see you at your house tonight"),
        ("🗡️ soon", "knife soon"),
    ],
)
def test_insult_and_threat_emoji_are_words_in_the_message_language(text: str, expected: str) -> None:
    assert forms(text) == expected


def test_emoji_as_words_reads_the_same_table_in_one_language() -> None:
    assert emoji_as_words("🪢🪢🪑 ce soir").split() == ["rope", "chair", "ce", "soir"]
    assert emoji_as_words("🪢🪑 ce soir", "fr").split() == ["corde", "chaise", "ce", "soir"]
    waved = emoji_as_words("👋 salut tout le monde 👋").split()
    assert waved == ["👋", "salut", "tout", "le", "monde", "bye"]  # the waving hand at the end only
    assert set(EMOJI_WORDS) >= {"\U0001f437", "\U0001f4a9", "\U0001f3e0", "\U0001f5e1"}


# --- the antisemitic echo: a word in triple parentheses --------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(((they))) run every newsroom", f"{ECHO} they run every newsroom"),
        ("always the same (((bankers))) lol", f"always the same {ECHO} bankers lol"),
        ("encore les (((mêmes))) derrière tout ça", f"encore les {ECHO} memes derriere tout ca"),
        ("(((Soros))) paie les manifs", f"{ECHO} soros paie les manifs"),
    ],
)
def test_the_echo_survives_as_a_token_before_its_word(text: str, expected: str) -> None:
    assert forms(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "sending (((hugs))) your way",
        "((( hugs ))) it gets better",
        "gros (((câlins))) à toi",
        "(((you))) we are here",
        "((lol)) no",
        "(((((x)))))",
        "(+ 1 (* 2 3)))",
    ],
)
def test_hugs_and_brackets_are_not_the_echo(text: str) -> None:
    assert ECHO not in read(text).forms


# --- a reporting verb whose subject is the author: the author's own words --------------------------------
@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("i already said you're a clown", "i already said you are a clown"),
        ("im literally saying you're useless", "i am literally saying you are useless"),
        ("je t'ai dit que t'es un boulet", "je t ai dit que t es un boulet"),
        ("j'lui ai déjà écrit que c'était nul", "j lui ai deja ecrit que c etait nul"),
        ("we already wrote that it's over", "we already wrote that it is over"),
    ],
)
def test_the_authors_own_speech_is_not_reported(text: str, own: str) -> None:
    assert read(text).own_forms == own


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("my cousin said i'm a waste of air", "my cousin said"),
        ("il m'a écrit que j'étais une erreur", "il m a ecrit que"),
        ("i never said you were dumb", "i never said"),
        ("you said i was pathetic", "you said"),
        ("on a dit que j'étais un fardeau", "on a dit que"),
        ("elle a écrit que je devrais crever", "elle a ecrit que"),
        ("he just said i should disappear", "he just said"),
    ],
)
def test_someone_elses_speech_stays_reported(text: str, own: str) -> None:
    assert read(text).own_forms == own


# --- Québec « don » (donc) is not the English negation ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("viens don", "viens donc"),
        ("ben voyons don", "ben voyons donc"),
        ("t'es don ben lent", "t es donc ben lent"),
        ("arrête don de chialer", "arrete donc de chialer"),
        ("pourquoi tu fais ça don", "pourquoi tu fais ca donc"),
    ],
)
def test_quebec_don_reads_donc(text: str, expected: str) -> None:
    assert forms(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "i don care anymore",
        "don worry about it",
        "don give up",
        "je vais faire un don de sang",
        "elle a un don pour le dessin",
        "fais don de tes organes",
        "don trust him",
    ],
)
def test_english_don_and_the_french_noun_stay(text: str) -> None:
    assert "don" in forms(text).split()


# --- short leet words ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ur a 4ss", "your a ass"),
        ("a55", "ass"),
        ("go d13", "go die"),
        ("5hit game", "shit game"),
        ("1diot", "idiot"),
        ("cya m8", "see you mate"),
        ("st8 trash", "straight trash"),
        ("sk8 later", "skate later"),
    ],
)
def test_short_leet_words_are_decoded(text: str, expected: str) -> None:
    assert forms(text) == expected


@pytest.mark.parametrize(
    "text",
    _words("5mg 3h ps5 mp3 7am 5in 1er 3rd b12 10km a4 4k 1080p 2024 gta5"),
)
def test_quantities_and_names_stay_as_written(text: str) -> None:
    assert forms(text) == text


@pytest.mark.parametrize("emoji", sorted(EMOJI_WORDS))
def test_every_emoji_of_the_table_reads_as_its_word(emoji: str) -> None:
    english, french = EMOJI_WORDS[emoji]
    assert read(f"that is all {emoji}").forms.split()[-1] == english  # at the end (the waving hand's place)
    assert read(f"je vois tout {emoji}").forms.split()[-1] == french


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("c est fini", "c est fini"),
        ("t es nul", "t es nul"),
        ("c nul", "c est nul"),
        ("t ou", "t es ou"),
    ],
)
def test_a_verb_typed_after_a_bare_c_or_t_is_read_once(text: str, expected: str) -> None:
    assert read(text).own_forms == expected
