"""Persistent button ids: ``mod:<action>:<id>[:<choice>]``, parsed back by the cogs' dynamic items."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class ButtonAction(StrEnum):
    ACK = "ack"  # "I understand" (case id)
    APPEAL = "appeal"  # "Appeal" (case id)
    CLEAR = "clear"  # "Was this clear?" (case id, yes|no)
    REVIEW = "review"  # a review card (case id, apply|dismiss)
    APPEAL_DECIDE = "appeal-decide"  # an appeal card (appeal id, grant|deny)
    DETAILS = "why"  # "Details": the rule in full, why, how appeals work, privately (case id)


PATTERN = (
    r"mod:(?P<action>ack|appeal|clear|review|appeal-decide|why)"
    r":(?P<id>[0-9]{1,19})(?::(?P<choice>[a-z]{1,10}))?"
)
_COMPILED = re.compile(PATTERN)


@dataclass(frozen=True, slots=True)
class ParsedId:
    action: ButtonAction
    id: int
    choice: str = ""


def make(action: ButtonAction, ident: int, choice: str = "") -> str:
    return f"mod:{action.value}:{int(ident)}" + (f":{choice}" if choice else "")


def parse(custom_id: str) -> ParsedId | None:
    match = _COMPILED.fullmatch(custom_id)
    if match is None:
        return None
    return ParsedId(ButtonAction(match["action"]), int(match["id"]), match["choice"] or "")
