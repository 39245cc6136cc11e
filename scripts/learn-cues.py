#!/usr/bin/env python3
"""Regenerate bot/classify/judge/cue_weights.json from the corpus's tune split (never the held-back one).

    .venv/bin/python scripts/learn-cues.py          # write the weights file
    .venv/bin/python scripts/learn-cues.py --cv     # also print the leave-one-author-round-out grid
    .venv/bin/python scripts/learn-cues.py --cv --folds 5   # the same grid, author rounds in five folds

Run it after changing the tune split or the chat normaliser (a test fails until you do). The thresholds in
bot/classify/judge/_cues.py are the lowest at which the grid shows no false crisis on illness talk, benign
chat, self-talk or banter, and no false abuse review beyond 3 % of banter.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.classify.judge import _cues as cues  # noqa: E402
from bot.classify.judge.abuse import aimed, assess_abuse  # noqa: E402
from bot.classify.judge.chat import read  # noqa: E402
from bot.classify.judge.support import assess_support  # noqa: E402

QUIET = ("illness", "benign", "self_talk", "banter")


def write() -> Path:
    target = ROOT / "bot" / "classify" / "judge" / cues.WEIGHTS_FILE
    data = cues.weights_data(cues.learn_from_corpus())
    target.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    return target


def _author(record_id: str) -> str:
    """The round a tune message came from ("sup-t-r3-0042" -> "sup-r3"; corpus A and B -> "sup-r0")."""
    parts = record_id.split("-")
    return f"{parts[0]}-{parts[2] if parts[2].startswith('r') else 'r0'}"


def _tune_records() -> list[tuple[str, str, str, str]]:
    """(text, category, kind, author round) of the tune split."""
    out: list[tuple[str, str, str, str]] = []
    for path in sorted((ROOT / "bot" / "classify" / "judge" / "corpus").glob("*_tune.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                out.append((r["text"], r["category"], r.get("kind", ""), _author(r["id"])))
    return out


def cross_validate(folds: int = 0) -> None:
    """Leave one author round out: learn on the other rounds, read the round left out. A round's phrasings
    are its own, so this says what the learned readings do with words they were not taught."""
    records = _tune_records()
    chats = [(read(text), category, kind) for text, category, kind, _ in records]
    rules = [(assess_support(chat), assess_abuse(chat)) for chat, _, _ in chats]
    support_grid = [
        (a, b) for a in (0.0, 0.5, 1.0, 2.0) for b in (0.5, 0.625, 0.75, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0)
    ]
    distress_grid = (1.0, 1.125, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0, 5.0)
    abuse_grid = (1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 4.5, 5.0, 6.0, 8.0)
    crisis: dict[tuple[float, float], dict[str, list[int]]] = {
        g: defaultdict(lambda: [0, 0]) for g in support_grid
    }
    distress: dict[float, dict[str, list[int]]] = {g: defaultdict(lambda: [0, 0]) for g in distress_grid}
    abuse: dict[float, dict[str, list[int]]] = {g: defaultdict(lambda: [0, 0]) for g in abuse_grid}
    # the review's lower margins where the message aims where its kind aims (``_cues``: hate naming a group,
    # a threat or an insult addressed to the reader): per aim and threshold, new reviews per category
    aimed_grid = (2.0, 3.0, 3.5, 4.0, 4.5, 5.0)
    aims = {aim: {g: defaultdict(lambda: [0, 0]) for g in aimed_grid} for aim in ("hate", "threat", "insult")}
    aimed_at = [aimed(chat) for chat, _, _ in chats]
    # the whole review as the bot reads it (``_cues.learned_abuse`` after ``_cues.lift``: its vetoes, the
    # shipped margins for a threat or an insult at the reader) at each margin for hate naming a group:
    # new reviews per category, everything counted together
    hate_grid = (2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0)
    combined: dict[float, dict[str, list[int]]] = {g: defaultdict(lambda: [0, 0]) for g in hate_grid}
    shipped_hate = cues.HATE_AT_A_GROUP
    # the learned report (``_cues.learned_report``): where the whole review at the shipped margins leaves a
    # message with reported words unread, the margin of its quoted words; per threshold, reports per category
    quoted_grid = (1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0)
    quoted: dict[float, dict[str, list[int]]] = {g: defaultdict(lambda: [0, 0]) for g in quoted_grid}
    quoted_n = 0
    # the whole review with the three aimed margins chosen together: (threat, insult, hate) -> new reviews
    joint_grid = [
        (t, i, h)
        for t in (3.5, 4.0, 4.5)
        for i in (3.5, 4.0, 4.5, 5.0)
        for h in (2.5, 3.0, 3.5, 4.0, 4.5, 5.0)
    ]
    joint: dict[tuple[float, float, float], dict[str, int]] = {g: defaultdict(int) for g in joint_grid}
    shipped_aims = (cues.THREAT_AT_THE_READER, cues.INSULT_AT_THE_READER)
    authors = sorted({record[3] for record in records})
    # one author round left out at a time, or (``folds``) the rounds dealt into that many groups
    fold_of = {author: (index % folds if folds else index) for index, author in enumerate(authors)}
    for fold in sorted(set(fold_of.values())):
        train = [item for item, record in zip(chats, records, strict=True) if fold_of[record[3]] != fold]
        support_model = cues.CueModel((chat, cues.label(category)) for chat, category, _ in train)
        abuse_model = cues.AbuseCues((chat, cues.abuse_label(c, k)) for chat, c, k in train)
        for i, (chat, category, _) in enumerate(chats):
            if fold_of[records[i][3]] != fold:
                continue
            support, found = rules[i]
            crisis_margin, help_margin = cues.margins(support_model, chat)
            abuse_kind, abuse_margin = abuse_model.best(chat)
            for from_distress, from_none in support_grid:
                level = support.level.value
                if (not found.hits and level == "distress" and crisis_margin >= from_distress) or (
                    not found.hits and level == "none" and crisis_margin >= from_none
                ):
                    level = "crisis"
                cell = crisis[(from_distress, from_none)][category]
                cell[0] += level == "crisis"
                cell[1] += 1
            for threshold in distress_grid:
                cell = distress[threshold][category]
                quiet_rules = not found.hits and support.level.value == "none" and not support.help_request
                cell[0] += (
                    support.level.value != "none"
                    or support.help_request
                    or (quiet_rules and help_margin >= threshold)
                )
                cell[1] += 1
            quiet = not found.hits and not found.reported and not found.self_talk
            for threshold in abuse_grid:
                cell = abuse[threshold][category]
                cell[0] += quiet and support.level.value != "crisis" and abuse_margin >= threshold
                cell[1] += 1
            at_group, at_reader = aimed_at[i]
            kind = abuse_kind.value
            if kind in aims and (at_group if kind == "hate" else at_reader):
                for threshold in aimed_grid:
                    cell = aims[kind][threshold][category]
                    cell[0] += quiet and support.level.value != "crisis" and abuse_margin >= threshold
                    cell[1] += 1
            lifted = cues.lift(chat, support, abusive=bool(found.hits), model=support_model)
            abuse_scores = abuse_model.scores(chat)
            for threshold in hate_grid:
                cues.HATE_AT_A_GROUP = threshold
                reviewed = cues.learned_abuse(chat, found, lifted, abuse_model, scores=abuse_scores)
                cell = combined[threshold][category]
                cell[0] += reviewed is not found
                cell[1] += 1
            for grid_point in joint_grid:
                cues.THREAT_AT_THE_READER, cues.INSULT_AT_THE_READER, cues.HATE_AT_A_GROUP = grid_point
                reviewed = cues.learned_abuse(chat, found, lifted, abuse_model, scores=abuse_scores)
                joint[grid_point][category] += reviewed is not found
            cues.THREAT_AT_THE_READER, cues.INSULT_AT_THE_READER = shipped_aims
            cues.HATE_AT_A_GROUP = shipped_hate
            reviewed = cues.learned_abuse(chat, found, lifted, abuse_model, scores=abuse_scores)
            if chat.quoted and not reviewed.hits and not reviewed.reported and lifted.level.value != "crisis":
                quoted_n += 1
                said = " ".join(token.form for token in chat.tokens if token.quoted)
                _kind, said_margin = abuse_model.best(read(said))
                for threshold in quoted_grid:
                    quoted[threshold][category][0] += said_margin >= threshold
    base_false = sum(
        1
        for (s, a), (_, c, _) in zip(rules, chats, strict=True)
        if c in QUIET and not a.hits and s.level.value == "crisis"
    )
    base_offers = {
        c: sum(
            1
            for (s, a), (_, cat, _) in zip(rules, chats, strict=True)
            if cat == c and not a.hits and (s.level.value != "none" or s.help_request)
        )
        for c in QUIET
    }
    print(f"rules alone: false crisis on quiet messages {base_false}; offers", base_offers)
    print("crisis lift (from distress, from none): crisis recall | false crisis on", ", ".join(QUIET))
    for grid_point, cells in crisis.items():
        false = sum(cells[c][0] for c in QUIET)
        quiet_n = sum(cells[c][1] for c in QUIET)
        print(f"  {grid_point}: {cells['crisis'][0]}/{cells['crisis'][1]} | {false}/{quiet_n}")
    print("distress from none: offered help (rules or lift) for distress, help | offers on", ", ".join(QUIET))
    for threshold, cells in distress.items():
        print(
            f"  {threshold}: distress {cells['distress'][0]}/{cells['distress'][1]}"
            f" help {cells['help'][0]}/{cells['help'][1]} | "
            + " ".join(f"{c}={cells[c][0]}/{cells[c][1]}" for c in QUIET)
        )
    print("abuse review threshold: new reviews per category")
    for threshold, cells in abuse.items():
        print(f"  {threshold}: " + " ".join(f"{c}={v[0]}/{v[1]}" for c, v in sorted(cells.items())))
    for aim, grid in aims.items():
        print(f"abuse review, {aim} aimed (a group named / the reader addressed): new reviews per category")
        for threshold, cells in grid.items():
            print(f"  {threshold}: " + " ".join(f"{c}={v[0]}" for c, v in sorted(cells.items()) if v[0]))
    print(
        "the whole review (vetoes included; a threat at the reader from"
        f" {cues.THREAT_AT_THE_READER}, an insult from {cues.INSULT_AT_THE_READER}, anything else from"
        f" {cues.ABUSE_REVIEW}), by the margin for hate naming a group: new reviews per category"
    )
    for threshold, cells in combined.items():
        print(f"  {threshold}: " + " ".join(f"{c}={v[0]}/{v[1]}" for c, v in sorted(cells.items()) if v[0]))
    print(
        "the whole review by (threat at the reader, insult at the reader, hate at a group): abuse found |"
        " benign, banter sent to a person"
    )
    for grid_point, counts in joint.items():
        found_n = sum(counts[c] for c in ("insult", "hate", "threat", "obfuscated"))
        print(f"  {grid_point}: {found_n} (hate {counts['hate']}) | {counts['benign']} {counts['banter']}")
    print(
        f"the learned report ({quoted_n} messages with reported words left unread): new reports per category"
    )
    for threshold, cells in quoted.items():
        print(f"  {threshold}: " + " ".join(f"{c}={v[0]}" for c, v in sorted(cells.items()) if v[0]))


if __name__ == "__main__":
    print(f"wrote {write()}")
    if "--cv" in sys.argv[1:]:
        arguments = sys.argv[1:]
        cross_validate(int(arguments[arguments.index("--folds") + 1]) if "--folds" in arguments else 0)
