"""Admin-typed patterns cannot stall the bot (issue #15, point 3): RE2 compilation, a per-message time
budget, and the worst case of catastrophic backtracking sent through the local path."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from bot.classify.extract import SignalExtractor
from bot.classify.patterns import PatternError, PatternMatcher
from bot.domain.clock import SystemClock
from bot.domain.policy import PolicyError
from bot.domain.signals import TermHit
from bot.services.policies import PolicyRegistry

ROOT = Path(__file__).resolve().parents[2]
EVIL_OVERRIDE = "[patterns.invite]\nregex = '(a+)+$'\n"  # what an admin can type in /setup overrides


def test_the_worst_case_pattern_from_an_override_answers_quickly_on_the_local_path() -> None:
    # In a child process: with Python's re this never returns (31 characters took over 60 s), and a
    # regex engine stuck in C cannot be interrupted from inside the test process.
    script = textwrap.dedent(
        f"""
        import time
        from pathlib import Path
        from bot.classify.extract import SignalExtractor
        from bot.domain.clock import SystemClock
        from bot.services.policies import PolicyRegistry
        policy = PolicyRegistry(Path({str(ROOT / "bot" / "policies")!r}), SystemClock()).validate_overrides(
            "patient", {EVIL_OVERRIDE!r}
        )
        extractor = SignalExtractor.from_policy(policy, None)
        started = time.perf_counter()
        miss = extractor.local("a" * 30 + "!")
        hit = extractor.local("a" * 31)
        print(round(time.perf_counter() - started, 3), len(miss.pattern_hits), len(hit.pattern_hits))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    elapsed, misses, hits = done.stdout.split()
    assert float(elapsed) < 0.5
    assert (int(misses), int(hits)) == (0, 1)  # same meaning as before: only a run of a's to the end


def test_the_worst_case_in_process_is_linear() -> None:
    matcher = PatternMatcher({"evil": r"(a+)+$", "nested": r"(x*)*y", "alt": r"(a|aa)+$"})
    started = time.perf_counter()
    for _ in range(20):
        assert matcher.find("a" * 4000 + "!" + "x" * 4000) == ()
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize(
    ("regex", "why"),
    [(r"(?<=a)b", "lookarounds"), (r"(a)\1", "backreferences"), (r"a{1001}", "repetitions over 1000")],
)
def test_patterns_re2_cannot_run_are_a_policy_error_from_setup(regex: str, why: str) -> None:
    registry = PolicyRegistry(ROOT / "bot" / "policies", SystemClock())
    with pytest.raises(PolicyError) as caught:
        registry.validate_overrides("patient", f"[patterns.invite]\nregex = '{regex}'\n")
    text = str(caught.value)
    assert "patterns.invite.regex" in text
    assert "is not a regular expression Havre can run" in text and why in text
    with pytest.raises(PatternError, match="'invite'"):
        PatternMatcher({"invite": regex})


def test_the_per_message_budget_skips_the_patterns_left_and_says_so(caplog: pytest.LogCaptureFixture) -> None:
    matcher = PatternMatcher({"first": "a", "second": "b", "third": "c"}, budget_seconds=0.0)
    assert matcher.find("a b c secret-words") == (TermHit("first", "first"),)
    assert matcher.over_budget == 1
    warning = " ".join(r.getMessage() for r in caplog.records)
    assert "skipped 2 pattern(s) from 'second'" in warning
    assert "secret-words" not in warning
    roomy = PatternMatcher({"first": "a", "second": "b", "third": "c"})
    assert len(roomy.find("a b c")) == 3 and roomy.over_budget == 0


def test_preset_patterns_still_match_in_every_script() -> None:
    registry = PolicyRegistry(ROOT / "bot" / "policies", SystemClock())
    extractor = SignalExtractor.from_policy(registry.presets["game"], None)
    assert {h.list_id for h in extractor.local("rejoins discord.gg/abc-12").pattern_hits} == {"invite"}
    assert {h.list_id for h in extractor.local("free nitro at DISCORD-NITRO.com").pattern_hits} == {
        "scam_link"
    }
    # A Cyrillic look-alike letter is caught through the folded text.
    assert {h.list_id for h in extractor.local("dіscord.gg/abc").pattern_hits} == {"invite"}
