"""The detectors' one-time build runs on a thread at start-up; the pipeline waits for it off the loop."""

from __future__ import annotations

import pytest

from bot.services.moderation.scoring import Scoring


async def test_start_builds_the_detectors_on_a_thread_and_warmed_waits_for_it() -> None:
    scoring = Scoring(model_enabled=False, model="original", config_dir=None)
    await scoring.warmed()  # never started: returns at once
    scoring.start()
    task = scoring._judge_task
    assert task is not None
    await scoring.warmed()
    assert task.done() and task.exception() is None
    scoring.start()
    assert scoring._judge_task is task  # built once
    await scoring.stop()


async def test_start_up_memory_is_trimmed_once_the_detectors_are_built(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bot import malloc

    calls: list[bool] = []

    def trim() -> bool:
        calls.append(scoring._judge_task is not None and scoring._judge_task.done())
        return True

    monkeypatch.setattr(malloc, "trim", trim)
    scoring = Scoring(model_enabled=False, model="original", config_dir=None)
    scoring.start()
    assert scoring._trim_task is not None
    await scoring._trim_task
    assert calls == [True]  # once, after the detectors' build
    scoring.start()
    await scoring.stop()
    assert calls == [True]
