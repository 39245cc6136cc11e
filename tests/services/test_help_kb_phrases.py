"""The knowledge base (search, counted opens) and help/crisis phrase detection with helplines."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.db.engine import Database
from bot.db.models import KbOpen
from bot.services.errors import NotFound
from bot.services.help.phrases import country_for, helplines_text
from tests.services.help_support import GUILD, HelpEnv, data_of, make_help_env


@pytest.fixture
async def env(db: Database, tmp_path: Path) -> HelpEnv:
    return await make_help_env(db, tmp_path)


async def test_kb_search_in_the_member_language(env: HelpEnv) -> None:
    found = await env.help.kb.search(GUILD, "douleur", "fr")
    assert found and found[0].id == "bad-pain-day" and found[0].lang == "fr"
    english = await env.help.kb.search(GUILD, "pain flare", "en")
    assert english and english[0].id == "bad-pain-day" and english[0].lang == "en"
    assert await env.help.kb.search(GUILD, "zzzz qqqq", "en") == []


async def test_opening_an_article_is_counted_without_a_member_id(env: HelpEnv) -> None:
    article = await env.help.kb.open(GUILD, "bad-pain-day", "fr")
    await env.help.kb.open(GUILD, "bad-pain-day", "en")
    assert article.title and article.lang == "fr"
    opens = await env.rows(KbOpen)
    assert [(o.article_id, o.language, o.guild_id) for o in opens] == [
        ("bad-pain-day", "fr", GUILD),
        ("bad-pain-day", "en", GUILD),
    ]
    entries = await env.log("kb_open")
    assert len(entries) == 2 and entries[0].subject is None and entries[0].actor == "auto"
    assert data_of(entries[0])["article"] == "bad-pain-day"
    with pytest.raises(NotFound):
        await env.help.kb.open(GUILD, "no-such-article", "fr")


async def test_phrases_crisis_first_and_in_the_language_written(env: HelpEnv) -> None:
    policy = env.help.core.policies.default
    detect = env.help.phrases.detect
    crisis = detect(policy, "je sais pas... je veux en finir", "fr")
    assert crisis is not None and crisis.is_crisis and crisis.language == "fr"
    assert crisis.category == "suicidal_ideation"
    both = detect(policy, "I need help, I want to end it all", "fr")
    assert both is not None and both.is_crisis and both.language == "en"
    helping = detect(policy, "J'AI BESOIN D'AIDE", "fr")
    assert helping is not None and helping.kind == "help"
    assert detect(policy, "ma chimio me tue en ce moment", "fr") is None  # illness talk is not a crisis
    assert detect(policy, "my cancer is back", "en") is None


def test_helplines_follow_the_member_country() -> None:
    assert country_for("en-GB", "en", "fr") == "GB"  # the member's own locale wins
    assert country_for(None, "fr", "fr") == "FR"
    assert country_for(None, "en", "en-US") == "US"
    assert country_for(None, "en", "fr") is None  # English in a French server: the default lines
    assert country_for(None, "fr", "en-US") == "FR"


async def test_helpline_texts_by_country(env: HelpEnv) -> None:
    policy = env.help.core.policies.default
    france = helplines_text(policy, "FR", "fr")
    assert "3114" in france and "15" in france and "112" in france
    assert "988" in helplines_text(policy, "US", "en")
    assert "116 123" in helplines_text(policy, "GB", "en") and "116 123" in helplines_text(policy, "IE", "en")
    assert "findahelpline" in helplines_text(policy, None, "en")  # a clear default
