"""Round 39 families (issue #11, threat helper 8): threats built by structure. Violence verbs the older
lists lacked (glass, shank, poison, run over, « empoisonner », « cramer ») with a first person and the
reader or what is theirs; "kill yourself" as a game command, as a means set up, as a height or deep water
offered, as the world better without the reader; the reader's private details held with a menacing tail;
the reader's employer "going to love" the screens; an audience of the reader's own; the workplace told a
stigma; benefits cut by the author's doing; the shame-if; the reader's hour known; Réunion Creole; a pile-on
called until the target leaves. Fresh sentences written for these tests, never corpus texts, and the
look-alikes that must stay quiet (game talk, "I'd kill for a pizza", crime novels, self-defence class, news,
history, a member telling of a threat received, self-talk, kind offers).
"""

from __future__ import annotations

import pytest

from bot.classify.judge import Judge
from bot.domain.signals import AbuseKind, SupportLevel

_JUDGE = Judge(recent=False)
_THREATS = {AbuseKind.THREAT, AbuseKind.EXPOSURE}


@pytest.mark.parametrize(
    "text",
    [
        # violence verbs with a first person and the reader or theirs
        "i'll glass you outside the pub on friday",
        "we will shank you if you show up again",
        "say that again and i'll poison that cat of yours",
        "i'm going to poison your dog, watch",
        "i swear i'll torch your car",
        "i'll slash your tyres tonight",
        "gonna kneecap you, mark my words",
        "je vais empoisonner ton chat, tu vas voir",
        "on va cramer ta bagnole cette nuit",
        "je vais te vitrioler la gueule",
        "je te jure je vais crever tes pneus",
        "I will run you over with my car",
        "i'm going to tear your arms off when i find you",
        "next time i see you i'll rip your tongue out",
        # "kill yourself" as a game command or a means set up
        "ctrl alt delete your life",
        "alt+f4 your whole life pls",
        "désinstalle ta vie stp",
        "just stand on a stool with a rope and find out",
        "monte sur une chaise avec une corde et on verra",
        # a height or deep water offered
        "you should go look over the edge of that bridge, lean in",
        "there's a spot for you at the bottom of the canal, go take it",
        "une place pour toi au fond de la seine, vas y",
        # the world better without the reader
        "the planet would be so much better without you",
        "honestly the world would be a nicer place without people like you",
        # the reader's details held, a menacing tail
        "got your home address from the breach. sleep tight",
        "we have your ip and your real name, still wanna talk shit?",
        "j'ai ton adresse maintenant, tu vas le regretter",
        "ton numéro est dans le fichier qui a fuité, je vais m'en servir",
        # the reader's employer or family going to love the screens
        "your boss is going to love the screenshots of what you post here",
        "ta mère va adorer les captures de ce que tu écris ici",
        "your employer will love these logs, i already have his email",
        # an audience of the reader's own
        "everybody at your work gets copies of your dms unless you delete that post",
        "tout le monde à ton taf va recevoir tes messages sinon",
        "going to make sure everyone at your school knows you are on antidepressants",
        # the workplace or school told a stigma
        "i will email the school you teach at that you're mentally ill",
        "je vais dire à l'école où tu bosses que t'es en HP",
        "i'm calling your employer to say you're high at work",
        # benefits, prescriptions, custody
        "je vais te faire couper ton RSA, un coup de fil suffit",
        "i'll get your PIP stopped, one phone call",
        "i will make sure you lose custody of your kids",
        # the shame-if
        "would be a shame if your parents read what you post here",
        "ce serait dommage que ton patron tombe sur tes messages",
        "be a pity if your dog went missing this weekend",
        # the reader's hour known
        "i know exactly what time you leave work",
        "je sais à quelle heure tu sors de ta dialyse",
        # Réunion Creole
        "mi koné ousa ou rest, ou va oir",
        # a pile-on until the target leaves
        "let's all spam her dms until she quits the guild",
        "tout le monde va harceler sa chaîne jusqu'à ce qu'elle supprime",
        "everyone go flood his replies, he'll crack by monday",
        # emoji
        "🔪🔪 see you soon",
        # "end it" with nobody to miss the reader, "kayess" said aloud
        "just end it, nobody here would even miss you",
        "no one would miss you, so go ahead",
        "kayess",
        # a care or a pet hoped safe under a threat
        "you better hope your epipen doesn't go missing at school",
        "you'd better hope your dog comes home tonight",
        # more violence, other images
        "i'll throw acid in your face",
        "i'm going to key your car tonight",
        "without you the planet would be so much better",
        # second pass: the aftermath, the house in flames, outing, private things sent on, everyone will know
        "you'll be picking your teeth up off the pavement",
        "you're gonna be spitting out your teeth",
        "je vais te faire ramasser tes dents",
        "your flat is going up in flames one of these nights",
        "ta baraque va cramer, crois moi",
        "i'm going to out you to your whole family",
        "je vais t'outer devant tout le serveur",
        "i'll forward your therapy notes to your boss",
        "je vais envoyer ton dossier médical à ta mère",
        "i'll show the whole server your hospital letter",
        "everybody is going to find out about your eating disorder",
        "tout le monde va savoir pour ta maladie",
        "je vais t'enterrer dans ton jardin",
        "i'll bury you in your own backyard",
        "la planète serait bien meilleure sans toi",
        "your husband would love to read the screenshots of what you post here",
        "i will get your disability allowance stopped",
        "mi sava ou lé, ou va oir",
    ],
)
def test_round_39_threats_are_threats_and_not_the_authors_crisis(text: str) -> None:
    judged = _JUDGE.judge(text)
    assert {hit.kind for hit in judged.abuse.hits} & _THREATS, text
    assert judged.support.level is not SupportLevel.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        # game talk
        "I'll destroy you in the finals",
        "we'll burn their base before the timer",
        "je vais te rouler dessus ce soir en ranked",
        "i'll run you over in mario kart tonight lol",
        "un de ces jours je te détruis avec mon combo",
        "one of these days i'll crush you with my ult",
        "I'm gonna rip your head off in the finals lol",
        "poison their tank with the dart, then burst",
        "we torched their base in the last round",
        "alt f4 the game if it freezes",
        "uninstall the game and reinstall, it fixed mine",
        # "I'd kill for a pizza", food, kitchens
        "I'd kill for a pizza right now",
        "slash the tomatoes and roast them, easy",
        # crime novels, news, history, self-defence
        "in the novel the butler poisons the dog and runs the gardener over",
        "the news said a man glassed someone outside a pub in Leeds",
        "in 1605 they planned to blow up parliament",
        "in self-defence class we learned how to stop someone who wants to slash you",
        "le roman raconte comment il a empoisonné son chien",
        # kind offers, kind worries
        "i know what time you finish work, want me to pick you up?",
        "je sais à quelle heure tu sors du boulot, on se fait un resto ?",
        "your mum is going to love the photos of the baby",
        "ce serait dommage que tu rates le concert",
        "it would be a shame if the server went down during the raid",
        "would be a shame if you missed the meetup, come!",
        "the world would be a better place without war",
        "the world is a better place with you in it",
        "the world would be worse without you",
        "stand on a chair with a rope to hang the banner",
        "i'll get your prescription renewed tomorrow, don't worry",
        "tout le monde va spammer des coeurs dans son chat ce soir",
        "let's all go to her stream tonight and cheer her on",
        "je vais faire sauter les crêpes",
        "i know which school you mean",
        "je sais de quelle école tu parles",
        "mi koné ousa ou rest, mi pass demain pou le kari",
        "you should go look over the edge of the canyon at sunset, stunning",
        "just do it, nobody will notice if you skip the boss",
        "end it with him, nobody would blame you",
        "you'd better hope the rng gods are kind",
        "everyone at your school gets a link to your art page unless you say no",
        "i'll key you in on the plan tomorrow",
        "throw acid on the rust and scrub",
        "your house will burn if you leave that candle on",
        "careful, your car is going to catch fire if you keep driving like that",
        "i'll send your mum the recipe",
        "i'll show everyone your drawings, they're amazing",
        "i'll send your prescription to the pharmacy",
        "everyone's going to know about your promotion soon",
        "i'll out you as the best player on the server",
        "you'll be picking your teeth after that steak",
        "tu vas cracher tes dents chez le dentiste demain",
        "je vais t'enterrer en ranked",
        "he outed me to my parents and i don't know what to do",
        "le monde serait mieux sans la guerre",
        "i know what time you finish work because you told me, silly",
        "it would be a shame if your parents read your essay, it's so good they'd cry",
        "found your linkedin, nice job!",
        "ta mère va adorer les photos de ce que tu as cuisiné ici",
        "let's all go to her stream until she finishes the marathon!",
        "in the book the stalker knows exactly what time she leaves work",
        "tout le monde serait mieux sans toi au raid, t'es nul",
        "mi sava ou lé le magasin, mi pass demain",
        # a member telling of a threat received
        'he said "i\'ll glass you" and i am scared to go out',
        "someone told me they'd poison my cat, what do i do",
        "il m'a menacé de me faire couper mon AAH, j'ai peur",
        # self-talk and the author's own
        "i'd rather poison myself than go back to that job lol jk",
        "the bridge near my place is high enough, i checked",
    ],
)
def test_round_39_look_alikes_stay_quiet(text: str) -> None:
    judged = _JUDGE.judge(text)
    ruled = [hit for hit in judged.abuse.hits if not hit.learned]
    assert not {hit.kind for hit in ruled} & _THREATS, (text, [hit.cue for hit in ruled])


@pytest.mark.parametrize(
    "text",
    [
        "i want to jump off a bridge near my place tonight",
        "i'm going to jump off the bridge near your place, goodbye",
        "the bridge near my place is high enough, i checked",
        "the world would be better without me",
        "end it. no one would miss me anyway",
        "je vais poster mes photos de scarif, j'ai recommencé",
    ],
)
def test_round_39_the_authors_own_crisis_stays_a_crisis(text: str) -> None:
    assert _JUDGE.judge(text).support.level is SupportLevel.CRISIS, text
