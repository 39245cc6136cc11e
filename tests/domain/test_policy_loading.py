"""Policy files: validation errors that name file, key and line; override merging; the content version."""

from __future__ import annotations

import re
import tomllib
from datetime import timedelta
from pathlib import Path

import pytest

from bot.domain.policy import POLICIES_DIR, Action, PolicyError, load_policy, merge_policy
from bot.domain.policy.merge import find_line

PATIENT = POLICIES_DIR / "presets" / "patient.toml"


def _copy_preset(tmp_path: Path, edit: tuple[str, str] | None = None, name: str = "mine.toml") -> Path:
    text = PATIENT.read_text(encoding="utf-8")
    if edit:
        old, new = edit
        assert old in text, f"test setup: {old!r} not in the preset"
        text = text.replace(old, new, 1)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(needle)


def test_both_presets_load_with_distinct_versions() -> None:
    patient, game = load_policy("patient"), load_policy("game")
    assert re.fullmatch(r"[0-9a-f]{12}", patient.version)
    assert patient.version != game.version
    assert patient.preset == "patient" and game.preset == "game"
    assert patient.message_content_intent_required and game.message_content_intent_required
    assert patient.rule_link("respect") == f"{patient.published_url}#respect"


def test_bad_duration_names_file_key_path_and_line(tmp_path: Path) -> None:
    path = _copy_preset(tmp_path, ('duration = "10m"', 'duration = "10x"'))
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    (problem,) = info.value.problems
    assert problem.file.endswith("mine.toml")
    assert problem.path == "rules[0].ladder[2].duration"
    assert "'10x' is not a duration" in problem.message and '"respect"' in problem.message
    assert problem.line == _line_of(path, 'duration = "10x"')
    assert f"mine.toml:{problem.line}: rules[0].ladder[2].duration" in str(info.value)


def test_unknown_key_and_bad_enum_are_both_reported(tmp_path: Path) -> None:
    path = _copy_preset(tmp_path, ('severity = "severe"', 'severity = "extreme"\nsevirity = "high"'))
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    by_path = {p.path: p for p in info.value.problems}
    assert "rules[1].severity" in by_path and "'extreme'" in by_path["rules[1].severity"].message
    assert by_path["rules[1].sevirity"].message.startswith("unknown key")
    assert by_path["rules[1].severity"].line == _line_of(path, 'severity = "extreme"')


def test_cross_reference_errors_name_the_key(tmp_path: Path) -> None:
    path = _copy_preset(tmp_path, ('lists = ["insults_directed"]', 'lists = ["insults_direct"]'))
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    (problem,) = info.value.problems
    assert problem.path == "rules[0].signals.lists[0]"
    assert 'no list "insults_direct" is defined' in problem.message


def test_missing_translation_is_an_error(tmp_path: Path) -> None:
    path = _copy_preset(tmp_path, ('title.en = "Respect between members"\n', ""))
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    assert any(p.path == "rules[0].title" and "en" in p.message for p in info.value.problems)


def test_patient_preset_refuses_automatic_ban(tmp_path: Path) -> None:
    path = _copy_preset(tmp_path, ('action = "review"\nproposed = "ban"', 'action = "ban"'))
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    assert "never automatic for patients" in str(info.value)


def test_toml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    path = _copy_preset(tmp_path, ('decay = "30d"', 'decay = "30d'))
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    (problem,) = info.value.problems
    assert problem.file.endswith("mine.toml") and problem.line == _line_of(path, 'decay = "30d')


def test_version_cannot_be_written_by_hand(tmp_path: Path) -> None:
    path = _copy_preset(tmp_path, ('id = "patient"', 'id = "patient"\nversion = "abc"'))
    with pytest.raises(PolicyError, match="computed"):
        load_policy(path)


def test_override_merges_deeply(tmp_path: Path) -> None:
    override = tmp_path / "server.toml"
    override.write_text(
        """
published_url = "https://example.net/charter/"
[model]
review_threshold = 0.75
[rules.respect.signals.model]
insult = 0.95
[rules.advertising]
enabled = false
[lists.insults_directed]
"fr+" = ["tête de nœud"]
"en-" = ["asshole"]
[helplines]
"FR-" = ["SOS Amitié"]
[[helplines.LU]]
name = "SOS Détresse"
number = "45 45 45"
""",
        encoding="utf-8",
    )
    base, merged = load_policy("patient"), load_policy("patient", override)
    assert merged.published_url == "https://example.net/charter"
    assert merged.model.review_threshold == 0.75 and merged.model.auto_threshold == base.model.auto_threshold
    assert merged.rule("respect").signals.model == {"insult": 0.95, "toxicity": 0.85}
    assert merged.rule("respect").ladder == base.rule("respect").ladder
    assert not merged.rule("advertising").enabled and "advertising" not in {
        r.id for r in merged.enabled_rules
    }
    assert merged.list_terms("insults_directed", "fr")[-1] == "tête de nœud"
    assert "asshole" not in merged.list_terms("insults_directed", "en")
    assert "asshole" in base.list_terms("insults_directed", "en")
    assert [h.name for h in merged.helplines["FR"]] == [
        h.name for h in base.helplines["FR"] if h.name != "SOS Amitié"
    ]
    assert merged.helplines_for("LU")[0].number == "45 45 45"
    assert merged.sources[-1].endswith("server.toml")


def test_override_ladder_replaces_and_errors_point_at_the_override(tmp_path: Path) -> None:
    override = tmp_path / "server.toml"
    override.write_text(
        '[[rules.flood.ladder]]\naction = "hide"\n'
        '[[rules.flood.ladder]]\naction = "timeout"\nduration = "99d"\n',
        encoding="utf-8",
    )
    with pytest.raises(PolicyError) as info:
        load_policy("patient", override)
    (problem,) = info.value.problems
    assert problem.file.endswith("server.toml")
    assert problem.path.endswith(".ladder[1]") and "28 days" in problem.message
    assert problem.line == 3  # the second [[rules.flood.ladder]] header


def test_override_can_add_a_rule_and_a_dict_override_works() -> None:
    policy = load_policy(
        "game",
        {
            "rules": {
                "spoilers": {
                    "severity": "low",
                    "title": {"fr": "Pas de spoilers", "en": "No spoilers"},
                    "description": {"fr": "Utilisez les balises.", "en": "Use spoiler tags."},
                    "why": {
                        "fr": "votre message dévoilait l'intrigue",
                        "en": "your message gave the story away",
                    },
                    "signals": {"lists": ["spoilers"]},
                    "ladder": [{"action": "hide"}],
                }
            },
            "lists": {"spoilers": {"en": ["the ending is"], "fr": ["la fin c'est"]}},
        },
    )
    assert policy.rules[-1].id == "spoilers" and policy.rules[-1].ladder[0].action is Action.HIDE
    assert policy.sources[-1] == "<overrides>"


def test_override_rules_must_be_keyed_by_id() -> None:
    with pytest.raises(PolicyError, match="keyed by rule id"):
        load_policy("patient", {"rules": [{"id": "x"}]})


def test_version_changes_with_content_only(tmp_path: Path) -> None:
    same = _copy_preset(
        tmp_path, ("# Havre policy preset", "# A reworded comment\n# Havre policy preset"), "a.toml"
    )
    reordered = _copy_preset(
        tmp_path,
        (
            'irreversible_requires_human = true\nladder_scope = "rule"',
            'ladder_scope = "rule"\nirreversible_requires_human = true',
        ),
        "b.toml",
    )
    changed = _copy_preset(tmp_path, ("review_threshold = 0.7", "review_threshold = 0.72"), "c.toml")
    base = load_policy("patient").version
    assert load_policy(same).version == base
    assert load_policy(reordered).version == base
    assert load_policy(changed).version != base
    assert load_policy("patient", {"model": {"review_threshold": 0.7}}).version == base
    assert load_policy("patient", {"model": {"review_threshold": 0.71}}).version != base


def test_merge_policy_plus_minus_semantics() -> None:
    base = {"a": {"x": [1, 2], "y": 1}, "rules": [{"id": "r", "k": 1}]}
    merged = merge_policy(base, {"a": {"x+": [2, 3], "y": 5}, "rules": {"r": {"k": 2}}})
    assert merged == {"a": {"x": [1, 2, 3], "y": 5}, "rules": [{"id": "r", "k": 2}]}
    assert merge_policy(base, {"a": {"x-": [1]}})["a"]["x"] == [2]
    assert base["a"]["x"] == [1, 2]  # the preset data is not mutated


def test_find_line_handles_headers_and_dotted_keys() -> None:
    text = PATIENT.read_text(encoding="utf-8")
    lines = text.splitlines()
    line = find_line(text, ["rules", 1, "title", "en"])
    assert line is not None and lines[line - 1].startswith("title.en = ") and "threats" in lines[line - 1]
    data = tomllib.loads(text)
    assert data["rules"][1]["id"] == "threats"


def test_durations_and_helplines_are_typed() -> None:
    policy = load_policy("patient")
    respect = policy.rule("respect")
    assert respect.decay == timedelta(days=30)
    assert respect.ladder[2].duration == timedelta(minutes=10)
    assert respect.way_back.acknowledge_lifts_timeout_up_to == timedelta(hours=1)
    assert {h.number for h in policy.helplines_for(locale="fr")} >= {"3114", "15", "112"}
    assert {h.number for h in policy.helplines_for(locale="en-US")} >= {"988", "911"}
    assert any(h.number == "116 123" for h in policy.helplines_for(locale="en-GB"))
    assert any(h.number == "116 123" for h in policy.helplines_for("IE"))
    default = policy.helplines_for(locale="en")
    assert any("findahelpline.com" in h.url for h in default) and any(h.emergency for h in default)
    assert policy.help.tier(0) == "peer" and policy.help.tier(7) == "admin"
    assert policy.help.plain()["slo_minutes"] == {"crisis": 5, "high": 10, "normal": 15}
