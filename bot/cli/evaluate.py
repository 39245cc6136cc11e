"""``havre evaluate``: recall and false alarms per category on a labelled corpus, through the replay path.

    havre evaluate                          # the project's corpus, tune split, both presets
    havre evaluate --split all --policy patient
    havre evaluate my_messages.jsonl --policy policies/overrides/123.toml

Each record is decided exactly as ``havre replay`` and the live bot decide a message: the policy's
``SignalExtractor`` (judgement detectors, word lists, phrases; no model) and ``decide`` with an empty
history. Records whose ``preset`` is another policy's are skipped ("both" always runs). The corpus format
and the categories: ``bot/classify/judge/corpus/README.md``; the metrics:
``bot.domain.moderation.evaluation``.
Tune on the tune split only: the held-back split tells the truth.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

import click

from bot.classify.extract import SignalExtractor
from bot.classify.judge.language import detect_language
from bot.classify.replaying import signals_function
from bot.domain.moderation import decide
from bot.domain.moderation.decision import DecisionContext, MemberHistory
from bot.domain.moderation.evaluation import (
    CorpusRecord,
    Evaluation,
    EvaluationError,
    Outcome,
    outcome_of,
    read_corpus,
)
from bot.domain.policy import PolicyError, load_policy
from bot.domain.policy.models import Action, Policy

SPLITS = ("tune", "heldout")
NOW = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
_NO_HISTORY = MemberHistory()


def corpus_files(split: str) -> list[Traversable]:
    """The project's corpus files of one split (``*_{split}.jsonl``), as package data."""
    folder = files("bot.classify.judge").joinpath("corpus")
    if not folder.is_dir():
        return []
    return sorted(
        (entry for entry in folder.iterdir() if entry.name.endswith(f"_{split}.jsonl")), key=lambda e: e.name
    )


def read_records(sources: Iterable[Traversable | Path]) -> list[CorpusRecord]:
    records: list[CorpusRecord] = []
    seen: set[str] = set()
    for source in sources:
        try:
            text = source.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise click.ClickException(f"{source}: cannot be read: {exc}") from exc
        try:
            for record in read_corpus(text.splitlines(), str(source)):
                if record.id in seen:
                    raise EvaluationError(f"{source}: id {record.id!r} is also in another file")
                seen.add(record.id)
                records.append(record)
        except EvaluationError as exc:
            raise click.ClickException(str(exc)) from exc
    return records


def decider(policy: Policy) -> Callable[[CorpusRecord], tuple[Outcome, Action]]:
    """record -> its outcome, decided through the replay path (signals, then decide, empty history)."""
    signals_for = signals_function(SignalExtractor.from_policy(policy, None), None)

    def outcome(record: CorpusRecord) -> tuple[Outcome, Action]:
        signals = signals_for(record.text, policy.default_language, reply=record.reply)
        decision = decide(signals, _NO_HISTORY, policy, DecisionContext(now=NOW))
        return outcome_of(decision.action), decision.action

    return outcome


def text_decider(policy: Policy) -> Callable[[str], Outcome]:
    """text -> its outcome, decided exactly as ``decider`` decides a corpus record (for tests that write
    their own sentences: the record's category and language do not take part in the decision)."""
    outcome = decider(policy)

    def decided(text: str) -> Outcome:
        return outcome(CorpusRecord("sentence", text, "benign", "en"))[0]

    return decided


def evaluate(records: Iterable[CorpusRecord], policy: Policy) -> tuple[Evaluation, int, int]:
    """The evaluation, and how often the language of what is said back was the record's (right, asked)."""
    result = Evaluation()
    outcome = decider(policy)
    right = asked = 0
    for record in records:
        if not record.applies_to(policy.preset):
            continue
        found, action = outcome(record)
        result.add(record, found)
        if action is not Action.NONE:  # as live: the language is detected only when something is said back
            asked += 1
            right += detect_language(record.text, policy.languages, policy.default_language) == record.lang
    return result, right, asked


def _policies(policy: str | None) -> list[Policy]:
    names = [policy] if policy else ["patient", "game"]
    try:
        return [load_policy(name) for name in names]
    except PolicyError as exc:
        raise click.ClickException(str(exc)) from exc


def register(main: click.Group) -> None:
    @main.command(name="evaluate")
    @click.argument(
        "corpus_file", metavar="[FILE]", required=False,
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
    )  # fmt: skip
    @click.option("--policy", default=None, help="patient, game, or a policy file; default: both presets")
    @click.option("--split", type=click.Choice([*SPLITS, "all"]), default=None,
                  help="which split of the project's corpus (default: tune); not with FILE")  # fmt: skip
    @click.option("--misses", is_flag=True, help="also list the records that did not get what they should")
    def evaluate_command(
        corpus_file: Path | None, policy: str | None, split: str | None, misses: bool
    ) -> None:
        """Recall and false alarms per category on a labelled corpus (default: the project's)."""
        if corpus_file is not None and split is not None:
            raise click.UsageError("--split chooses a split of the project's corpus; it cannot go with FILE")
        if corpus_file is not None:
            sets = [(corpus_file.name, read_records([corpus_file]))]
        else:
            chosen = SPLITS if split == "all" else (split or "tune",)
            sets = []
            for name in chosen:
                found = corpus_files(name)
                if not found:
                    raise click.ClickException(f"no corpus file for the {name} split (*_{name}.jsonl)")
                sets.append((name, read_records(found)))
        for policy_obj in _policies(policy):
            for name, records in sets:
                result, right, asked = evaluate(records, policy_obj)
                title = f"{name}: policy {policy_obj.id} ({policy_obj.preset}) version {policy_obj.version}"
                click.echo(f"\n== {title}, {result.total} of {len(records)} record(s) for this preset ==")
                if result.total == 0:
                    click.echo("no record applies to this policy's preset")
                    continue
                click.echo(result.report())
                if asked:
                    click.echo(
                        f"\nlanguage of what is said back: {right}/{asked} right ({right / asked:.1%})"
                    )
                if misses:
                    click.echo("\nmisses (id, category, kind, outcome, text):")
                    for record, outcome in result.misses:
                        click.echo(
                            f"  {record.id}  {record.category}  {record.kind}  {outcome}  {record.text}"
                        )
