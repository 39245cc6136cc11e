"""Load, merge and validate a policy; compute its version. Errors name the file, the key path and the line."""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from bot.domain.policy.limits import PolicyLimitError, check_depth, loads_limited
from bot.domain.policy.merge import (
    MergeError,
    PathPart,
    find_line,
    format_path,
    merge_policy,
    override_path,
    present_in,
)
from bot.domain.policy.models import CRISIS_CATEGORIES, Policy, PolicyFile
from bot.domain.policy.safe_regex import UnsafePattern, compile_safe
from bot.domain.resources import packaged
from bot.domain.signals import AbuseKind

DETECTOR_KINDS = tuple(kind.value for kind in AbuseKind)

POLICIES_DIR = packaged("policies")
PRESETS = ("patient", "game")


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.path}: {self.message}"


class PolicyError(ValueError):
    """An invalid policy. ``str()`` lists every problem as ``file[:line]: key.path: what is wrong``."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("invalid policy:\n" + "\n".join(f"  - {p}" for p in self.problems))


@dataclass(frozen=True, slots=True)
class _Source:
    label: str
    text: str  # "" for overrides given as a dict
    data: dict[str, Any]


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(POLICIES_DIR.parent))
    except ValueError:
        return str(path)


def _read(path: Path) -> _Source:
    label = _display(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PolicyError([Problem(label, "(file)", f"cannot be read: {exc.strerror or exc}")]) from exc
    try:
        data = loads_limited(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        line = int(match.group(1)) if match else None
        raise PolicyError([Problem(label, "(syntax)", f"not valid TOML: {exc}", line)]) from exc
    except PolicyLimitError as exc:
        raise PolicyError([Problem(label, "(file)", str(exc))]) from exc
    return _Source(label, text, data)


def preset_path(preset: str | Path, policies_dir: Path | None = None) -> Path:
    base = policies_dir or POLICIES_DIR
    if isinstance(preset, Path) or preset.endswith(".toml") or "/" in preset:
        return Path(preset)
    path = base / "presets" / f"{preset}.toml"
    if not path.exists():
        known = sorted(p.stem for p in (base / "presets").glob("*.toml")) or list(PRESETS)
        raise PolicyError([Problem(str(preset), "(preset)", f"unknown preset; known: {', '.join(known)}")])
    return path


def canonical_json(data: Any) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def content_version(data: Mapping[str, Any]) -> str:
    """The policy's version: 12 hex digits of sha256 over the canonical merged content."""
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()[:12]


def _clean_loc(loc: Sequence[Any]) -> list[PathPart]:
    # Drop pydantic's internal tags such as "function-before[...]".
    return [p for p in loc if isinstance(p, int) or not any(ch in str(p) for ch in "[(")]


def _message(err: Mapping[str, Any]) -> str:
    kind, msg = err.get("type", ""), str(err.get("msg", ""))
    msg = msg.removeprefix("Value error, ").removeprefix("Assertion failed, ")
    if kind == "extra_forbidden":
        return "unknown key (a typo?)"
    if kind == "missing":
        return "missing (required)"
    if (
        "input" in err
        and kind not in ("value_error", "assertion_error")
        and not isinstance(err["input"], dict)
    ):
        return f"{msg} (got {err['input']!r})"
    return msg


class _Locator:
    """Finds which file a merged-data path came from, and its line there."""

    def __init__(self, preset: _Source, override: _Source | None, rule_ids: Sequence[str]) -> None:
        self.preset, self.override, self.rule_ids = preset, override, rule_ids
        self.preset_rules = {r.get("id") for r in preset.data.get("rules", []) if isinstance(r, Mapping)}

    def problem(self, parts: Sequence[PathPart], message: str) -> Problem:
        path = format_path(parts)
        if (
            len(parts) >= 2
            and parts[0] == "rules"
            and isinstance(parts[1], int)
            and parts[1] < len(self.rule_ids)
        ):
            message = f'{message} (rule "{self.rule_ids[parts[1]]}")'
        source, search = self.preset, list(parts)
        if self.override is not None:
            over = override_path(parts, self.rule_ids)
            new_rule = len(over) >= 2 and over[0] == "rules" and over[1] not in self.preset_rules
            if present_in(self.override.data, over) or new_rule:
                source, search = self.override, over
        line = find_line(source.text, search) if source.text else None
        return Problem(source.label, path, message, line)


def _covers(texts: Mapping[str, str], languages: Sequence[str]) -> list[str]:
    return [lang for lang in languages if not str(texts.get(lang, "")).strip()]


def _cross_checks(policy: PolicyFile) -> list[tuple[list[PathPart], str]]:
    out: list[tuple[list[PathPart], str]] = []
    langs = policy.languages
    if missing := _covers(policy.name, langs):
        out.append((["name"], f"missing text for {', '.join(missing)}"))
    seen: set[str] = set()
    windows: set[int] = set()
    for i, rule in enumerate(policy.rules):
        if rule.id in seen:
            out.append((["rules", i, "id"], f'duplicate rule id "{rule.id}"'))
        seen.add(rule.id)
        for field in ("title", "description", "why"):
            if missing := _covers(getattr(rule, field), langs):
                out.append((["rules", i, field], f"missing text for {', '.join(missing)}"))
        for key, ids in (("lists", rule.signals.lists), ("patterns", rule.signals.patterns)):
            known = policy.lists if key == "lists" else policy.patterns
            for j, ref in enumerate(ids):
                if ref not in known:
                    out.append((["rules", i, "signals", key, j], f'no {key[:-1]} "{ref}" is defined'))
        for j, kind in enumerate(rule.signals.detectors):
            if kind not in DETECTOR_KINDS:
                known_kinds = ", ".join(DETECTOR_KINDS)
                out.append(
                    (["rules", i, "signals", "detectors", j], f'unknown detector "{kind}"; use {known_kinds}')
                )
        if len(set(rule.signals.detectors)) != len(rule.signals.detectors):
            out.append((["rules", i, "signals", "detectors"], "a detector is listed twice"))
        for j, ref in enumerate(rule.requires_terms):
            if ref not in policy.lists:
                out.append((["rules", i, "requires_terms", j], f'no list "{ref}" is defined'))
        for label in rule.signals.model:
            if label not in policy.model.labels:
                out.append(
                    (
                        ["rules", i, "signals", "model", label],
                        f"unknown model label; use one of {', '.join(policy.model.labels)}",
                    )
                )
        if rule.signals.flood and rule.enabled:
            windows.add(rule.signals.flood.seconds)
        for j, step in enumerate(rule.ladder):
            if policy.preset == "patient" and step.action.irreversible:
                kind = step.action.value
                message = f'never automatic for patients: use action = "review", proposed = "{kind}"'
                out.append((["rules", i, "ladder", j, "action"], message))
    if len(windows) > 1:
        out.append((["rules"], f"all flood rules must share one window (seconds); found {sorted(windows)}"))
    if policy.preset == "patient" and not policy.irreversible_requires_human:
        out.append((["irreversible_requires_human"], "must stay true in a patient-community policy"))
    allowed = {lang: {e.casefold() for e in entries} for lang, entries in policy.allow.items()}
    for list_id, per_lang in policy.lists.items():
        for lang, entries in per_lang.items():
            if lang not in langs:
                out.append((["lists", list_id, lang], f"language not in languages {list(langs)}"))
            for j, entry in enumerate(entries):
                if not entry.strip():
                    out.append((["lists", list_id, lang, j], "empty entry"))
                elif entry.casefold() in allowed.get(lang, set()):
                    out.append((["lists", list_id, lang, j], f'"{entry}" is also in the allow-list'))
    for lang in policy.allow:
        if lang not in langs:
            out.append((["allow", lang], f"language not in languages {list(langs)}"))
    for pattern_id, pattern in policy.patterns.items():
        try:
            compile_safe(pattern.regex)
        except UnsafePattern as exc:
            out.append((["patterns", pattern_id, "regex"], str(exc)))
    if "default" not in policy.helplines:
        out.append(
            (["helplines"], 'a "default" list is required (the local emergency number, findahelpline.com)')
        )
    phrase_ids: set[str] = set()
    for i, phrase in enumerate(policy.phrases):
        if phrase.id in phrase_ids:
            out.append((["phrases", i, "id"], f'duplicate phrase id "{phrase.id}"'))
        phrase_ids.add(phrase.id)
        for lang in phrase.text:
            if lang not in langs:
                out.append((["phrases", i, "text", lang], f"language not in languages {list(langs)}"))
    for lang in langs:
        cats = {p.category for p in policy.phrases if p.kind == "crisis" and p.text.get(lang)}
        if missing_cats := [c for c in CRISIS_CATEGORIES if c not in cats]:
            out.append((["phrases"], f"no crisis phrases in {lang} for {', '.join(missing_cats)}"))
    return out


def _override_source(overrides: Path | Mapping[str, Any] | None) -> _Source | None:
    if overrides is None:
        return None
    if isinstance(overrides, Path):
        return _read(overrides)
    try:
        check_depth(overrides)
    except PolicyLimitError as exc:
        raise PolicyError([Problem("<overrides>", "(overrides)", str(exc))]) from exc
    return _Source("<overrides>", "", dict(overrides))


def load_policy(
    preset: str | Path,
    overrides: Path | Mapping[str, Any] | None = None,
    *,
    policies_dir: Path | None = None,
) -> Policy:
    """Load a preset ("patient", "game" or a file path), apply a per-server override, validate.

    Raises ``PolicyError`` naming the file, the key path (``rules[2].ladder[1].duration``), the line when it
    can be found, and what is wrong.
    """
    base = _read(preset_path(preset, policies_dir))
    override = _override_source(overrides)
    for source in (base, override):
        if source and "version" in source.data:
            line = find_line(source.text, ["version"]) if source.text else None
            raise PolicyError(
                [Problem(source.label, "version", "is computed from the content; remove it", line)]
            )
    try:
        merged = merge_policy(base.data, override.data) if override else dict(base.data)
    except MergeError as exc:
        label = override.label if override else base.label
        line = find_line(override.text, list(exc.path)) if override and override.text else None
        raise PolicyError([Problem(label, format_path(exc.path), exc.message, line)]) from exc
    rules = merged.get("rules", [])
    rule_ids = (
        [str(r.get("id", "?")) if isinstance(r, Mapping) else "?" for r in rules]
        if isinstance(rules, list)
        else []
    )
    locator = _Locator(base, override, rule_ids)
    try:
        parsed = PolicyFile.model_validate(merged)
    except ValidationError as exc:
        errors = [(_clean_loc(err["loc"]), _message(err)) for err in exc.errors()]
        # A container's "too short" after a failed item is noise: keep the innermost errors only.
        inner = [
            (loc, msg) for loc, msg in errors if not any(o[: len(loc)] == loc and o != loc for o, _ in errors)
        ]
        problems = [locator.problem(loc, msg) for loc, msg in inner]
        raise PolicyError(problems) from exc
    if issues := _cross_checks(parsed):
        raise PolicyError([locator.problem(parts, message) for parts, message in issues])
    sources = (base.label,) + ((override.label,) if override else ())
    return Policy.model_construct(**dict(parsed), version=content_version(merged), sources=sources)
