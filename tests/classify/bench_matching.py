"""Throughput of normalisation + word-list matching (a benchmark script, not a test).

Run: .venv/bin/python tests/classify/bench_matching.py
Prints messages/second for: normalisation only, TermMatcher.scan + PhraseMatcher.find on a pre-normalised
key, and the full path (normalise once, then terms + allow + phrases), with a naive baseline (one compiled
regex alternation over the lower-cased text, no evasion handling) side by side.
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable

from bot.classify.extract import SignalExtractor
from bot.classify.normalize import normalize
from bot.classify.terms import PhraseMatcher, PhraseSpec, TermMatcher
from bot.domain.policy.loader import load_policy

_WORDS = str.split(
    "the a to and you i it is that of in for on was this but with have be are not just so like what "
    "le la les de des un une et est je tu il pas que qui pour dans sur avec mais plus tout bien "
    "game play raid boss team lol gg nerf buff stream today tomorrow doctor pain treatment chemo "
    "médecin douleur traitement fatigue rendez-vous hôpital merci bonjour salut coucou ça va"
)
_EXTRA = ["2024", "15h30", "5mg", "J’ai", "d’aide", "😀", "https://example.com/x", "<@123456789012345678>",
          "ѕсаm", "s c a m", "looool", "n1ce", "!!", "...", "Ça"]  # fmt: skip


def _messages(count: int, rng: random.Random) -> list[str]:
    out = []
    for _ in range(count):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(3, 25))]
        if rng.random() < 0.3:
            words.insert(rng.randrange(len(words) + 1), rng.choice(_EXTRA))
        out.append(" ".join(words))
    return out


def _entries(count: int, rng: random.Random) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    out = []
    for i in range(count):
        word = "".join(rng.choice(letters) for _ in range(rng.randint(4, 9)))
        if i % 10 == 0:
            word += " " + "".join(rng.choice(letters) for _ in range(5))
        if i % 15 == 0:
            word += "*"
        out.append(word)
    return [*out, "scam", "idiot*", "free nitro", "connard", "kill yourself"]


def _rate(label: str, fn: Callable[[str], object], messages: list[str]) -> float:
    for text in messages[:500]:
        fn(text)
    start = time.perf_counter()
    for text in messages:
        fn(text)
    rate = len(messages) / (time.perf_counter() - start)
    print(f"{label:<58} {rate:>10,.0f} msg/s")
    return rate


def main() -> None:
    rng = random.Random(7)
    messages = _messages(50_000, rng)
    entries = _entries(400, rng)
    lists = {"list_a": entries[:200], "list_b": entries[200:]}
    allow = ["chemo", "anal fissure", "cancer du sein", "fissure anale", "traitement*"]
    phrases = [
        PhraseSpec("need_help", "help", ("j'ai besoin d'aide", "i need help", "aidez moi", "help me")),
        PhraseSpec("die", "crisis", ("je veux mourir", "i want to die"), "suicidal_ideation"),
    ]
    terms = TermMatcher(lists, allow)
    phrase_matcher = PhraseMatcher(phrases)
    naive = re.compile(r"\b(?:" + "|".join(re.escape(e.rstrip("*")) for e in entries) + r")\b")
    keys = [normalize(text) for text in messages]
    print(f"{len(messages):,} messages, {len(entries)} list entries, {len(allow)} allow entries, "
          f"{sum(len(p.texts) for p in phrases)} phrases; one core")  # fmt: skip
    _rate("baseline: naive regex alternation on text.lower()", lambda t: naive.findall(t.lower()), messages)
    _rate("normalize() only", normalize, messages)
    key_iter = iter(keys * 2)

    def matching_only(_text: str) -> None:
        key = next(key_iter)
        terms.scan(key)
        phrase_matcher.find(key)

    _rate("terms.scan + phrases.find on a ready key", matching_only, messages)

    def full(text: str) -> None:
        key = normalize(text)
        terms.scan(key)
        phrase_matcher.find(key)

    _rate("full: normalize + terms + allow + phrases", full, messages)

    policy = load_policy("patient")
    extractor = SignalExtractor.from_policy(policy, None)
    entries_count = sum(len(e) for per_language in policy.lists.values() for e in per_language.values())
    print(f"patient preset: {entries_count} list entries, {len(policy.patterns)} patterns, "
          f"{sum(len(t) for p in policy.phrases for t in p.text.values())} phrases")  # fmt: skip
    _rate("SignalExtractor.local (lists + allow + patterns + phrases)", extractor.local, messages)


if __name__ == "__main__":
    main()
