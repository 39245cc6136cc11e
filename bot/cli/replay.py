"""``havre replay``: run the whole decision pipeline over a file of messages, without Discord or a database.

Admins try a policy before deploying it::

    havre replay bot/policies/samples/replay_fr.jsonl --policy patient --language fr --out decisions.jsonl

Input: JSON Lines, one message per line, with ``id``, ``author_id``, ``channel_id``, ``content``,
``timestamp`` (ISO 8601 with a time zone) and optionally ``author_roles``, ``locale`` and ``reply`` (true
for a Discord reply to another member's message: an addressee); in time order.
Output: one JSON line per message with ``id``, ``action`` (none, nudge, hide, warn, timeout, kick, ban,
review, help, crisis), ``rule``, ``duration_seconds``, ``explanation`` (the exact text the member would
receive, in the message's language), ``language``, ``signals`` (what fired, with scores) and more; then
a summary on stderr. Signals come from the bot's own ``SignalExtractor`` (judgement detectors, word
lists, patterns, phrases, mention counts); the toxicity model is used only when ``--model`` is given.
History applies: an author's repeated breaches climb the ladder.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

import click

from bot.classify.extract import SignalExtractor, model_text
from bot.classify.replaying import Scores, language_function, signals_function
from bot.domain.i18n import SUPPORTED, language_of
from bot.domain.moderation.decision import ReasonCode
from bot.domain.moderation.member_notices import clarity_prompt
from bot.domain.moderation.replay import MessageRecord, ReplayError, ReplayResult, read_jsonl, replay
from bot.domain.policy import PolicyError, load_policy
from bot.domain.policy.models import Action, Policy

PROGRESS_FROM = 200  # records; smaller files need no progress bar
BATCH = 32


def score_all(records: list[MessageRecord], model: str, config_dir: Path | None) -> Scores:
    from bot.classify.scorer import load_scorer

    loaded = load_scorer(model, config_dir, allow_download=True)
    if loaded.scorer is None:
        raise click.ClickException(f"the toxicity model could not be loaded: {loaded.reason}")
    texts = list(dict.fromkeys(r.content for r in records if r.content.strip()))
    scores: Scores = {}
    for start in range(0, len(texts), BATCH):
        chunk = texts[start : start + BATCH]
        for text, result in zip(
            chunk, loaded.scorer.score_batch([model_text(t) for t in chunk]), strict=True
        ):
            scores[text] = result
    return scores


def load(policy: str, override: Path | None, language: str) -> Policy:
    try:
        loaded = load_policy(policy, override)
    except PolicyError as exc:
        raise click.ClickException(str(exc)) from exc
    # Records without a locale are written to in the server's language.
    return loaded.model_copy(update={"default_language": language})


def member_text(result: ReplayResult, record: MessageRecord, policy: Policy) -> str:
    """The text the member would receive live, exactly: the explanation and the "Was this clear?"
    line; nothing for a review the member is not told about (their message was not removed)."""
    if not result.explanation:
        return ""
    if result.action is Action.REVIEW and not _review_hides(result, policy):
        return ""
    lang = result.language or language_of(record.locale, policy.default_language)
    return f"{result.explanation}\n\n*{clarity_prompt(lang).question}*"


def _review_hides(result: ReplayResult, policy: Policy) -> bool:
    if result.reason_code == ReasonCode.HUMAN_REQUIRED.value:
        return True
    if result.reason_code == ReasonCode.LADDER_REVIEW.value and result.rule_id and result.ladder_step:
        return policy.rule(result.rule_id).ladder[result.ladder_step - 1].hides_message
    return False


def summary(results: list[ReplayResult], policy: Policy, model: str) -> str:
    actions = Counter(r.action.value for r in results)
    rules = Counter(r.rule_id for r in results if r.rule_id)
    lines = [
        f"replayed {len(results)} message(s) with policy {policy.id} version {policy.version} ({model})",
        "actions: " + (", ".join(f"{a}={n}" for a, n in sorted(actions.items())) or "none"),
        "rules: " + (", ".join(f"{r}={n}" for r, n in sorted(rules.items())) or "none"),
    ]
    return "\n".join(lines)


def _with_progress(results: Iterator[ReplayResult], total: int) -> Iterable[ReplayResult]:
    if total < PROGRESS_FROM:
        yield from results
        return
    with click.progressbar(results, length=total, label="replaying", file=sys.stderr) as bar:
        yield from bar


def register(main: click.Group) -> None:
    @main.command(name="replay")
    @click.argument(
        "input_file", metavar="INPUT.jsonl", type=click.Path(exists=True, dir_okay=False, path_type=Path)
    )
    @click.option("--policy", default="patient", show_default=True, help="patient, game, or a policy file")
    @click.option(
        "--override", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="a server override"
    )
    @click.option("--language", type=click.Choice(SUPPORTED), default="fr", show_default=True,
                  help="the server's language (for messages without a locale)")  # fmt: skip
    @click.option("--out", "out_file", type=click.File("w", encoding="utf-8"), default="-", show_default=True,
                  help="where to write the decisions (JSON Lines)")  # fmt: skip
    @click.option("--moderator-role", "moderator_roles", type=int, multiple=True,
                  help="a role id whose members are moderators (repeatable)")  # fmt: skip
    @click.option("--model", default=None, help="a Detoxify model or checkpoint; default: no model")
    @click.option("--model-config", type=click.Path(file_okay=False, path_type=Path), default=None,
                  help="the Hugging Face config folder of an offline checkpoint")  # fmt: skip
    def replay_command(
        input_file: Path,
        policy: str,
        override: Path | None,
        language: str,
        out_file: IO[str],
        moderator_roles: tuple[int, ...],
        model: str | None,
        model_config: Path | None,
    ) -> None:
        """Backtest a policy: decide every message of INPUT.jsonl as the bot would have, live."""
        loaded = load(policy, override, language)
        try:
            with input_file.open(encoding="utf-8") as fh:
                records = list(read_jsonl(fh, str(input_file)))
        except ReplayError as exc:
            raise click.ClickException(str(exc)) from exc
        scores = score_all(records, model, model_config) if model else None
        extractor = SignalExtractor.from_policy(loaded, None)
        results: list[ReplayResult] = []
        try:
            decided = replay(
                records,
                signals_function(extractor, scores),
                loaded,
                moderator_roles=frozenset(moderator_roles),
                language_for=language_function(loaded),
            )
            for record, result in zip(records, _with_progress(decided, len(records)), strict=True):
                line = result.to_json() | {"explanation": member_text(result, record, loaded)}
                out_file.write(json.dumps(line, ensure_ascii=False) + "\n")
                results.append(result)
        except ReplayError as exc:
            raise click.ClickException(str(exc)) from exc
        out_file.flush()
        click.echo(summary(results, loaded, f"model {model}" if model else "no model"), err=True)
