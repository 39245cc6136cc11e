"""The knowledge base: loading, validation errors, and search in French and English."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from bot.domain.help.kb import Article, KbError, KnowledgeBase
from bot.domain.help.kb_search import fold, terms, words

KB_DIR = Path(__file__).resolve().parents[2] / "bot" / "policies" / "kb"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load(KB_DIR)


def ids(articles: list[Article]) -> list[str]:
    return [a.id for a in articles]


# --- the shipped articles --------------------------------------------------------------------------


def test_shipped_articles_load_in_both_languages(kb: KnowledgeBase) -> None:
    assert kb.languages == ("en", "fr")
    assert len(kb.in_language("en")) >= 6
    assert len(kb.in_language("fr")) >= 6
    assert kb.missing_translations() == {}
    for article in kb.articles:
        assert article.title and article.summary and article.body
        assert article.updated is not None or article.version is not None
        assert re.fullmatch(r"[0-9a-f]{64}", article.content_hash)
        assert article.path == f"{article.lang}/{Path(article.path).name}"
    assert any(a.featured for a in kb.in_language("fr"))


def test_shipped_articles_send_people_to_real_help_not_medical_advice(kb: KnowledgeBase) -> None:
    crisis = {lang: kb.get("talking-now", lang) for lang in ("en", "fr")}
    assert crisis["en"] is not None and "988" in crisis["en"].body and "116 123" in crisis["en"].body
    assert crisis["fr"] is not None and "3114" in crisis["fr"].body
    pain = {lang: kb.get("bad-pain-day", lang) for lang in ("en", "fr")}
    assert pain["en"] is not None and "care team" in pain["en"].body
    assert pain["fr"] is not None and "équipe soignante" in pain["fr"].body


def test_version_is_a_hash_of_the_content(kb: KnowledgeBase, tmp_path: Path) -> None:
    assert re.fullmatch(r"[0-9a-f]{64}", kb.version)
    assert KnowledgeBase.load(KB_DIR).version == kb.version
    copy = tmp_path / "kb"
    shutil.copytree(KB_DIR, copy)
    assert KnowledgeBase.load(copy).version == kb.version
    article = copy / "fr" / "privacy.md"
    article.write_text(article.read_text(encoding="utf-8") + "\nUne phrase de plus.\n", encoding="utf-8")
    changed = KnowledgeBase.load(copy)
    assert changed.version != kb.version
    assert changed.get("privacy", "fr") != kb.get("privacy", "fr")
    assert changed.get("privacy", "en") == kb.get("privacy", "en")


# --- search ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "lang", "expected_first"),
    [
        ("I need someone to talk to", "en", "talking-now"),
        ("pain flare", "en", "bad-pain-day"),
        ("how do I prepare my doctor appointment", "en", "care-team"),
        ("someone in the game chat is toxic", "en", "heated-game-chat"),
        ("who can see my data", "en", "privacy"),
        ("how does a ticket work", "en", "help-tickets"),
        ("j'ai besoin de parler à quelqu'un", "fr", "talking-now"),
        ("douleurs", "fr", "bad-pain-day"),
        ("DOULEUR", "fr", "bad-pain-day"),
        ("rendez-vous médecin", "fr", "care-team"),
        ("rendez vous medecin", "fr", "care-team"),
        ("énervé dans les jeux", "fr", "heated-game-chat"),
        ("enerve jeu", "fr", "heated-game-chat"),
        ("confidentialité", "fr", "privacy"),
        ("CONFIDENTIALITE", "fr", "privacy"),
    ],
)
def test_search_finds_the_right_article(
    kb: KnowledgeBase, query: str, lang: str, expected_first: str
) -> None:
    found = kb.search(query, lang)
    assert found, f"nothing found for {query!r}"
    assert found[0].id == expected_first
    assert all(a.lang == lang for a in found)


def test_accents_and_case_do_not_change_results(kb: KnowledgeBase) -> None:
    assert ids(kb.search("Énervé, données", "fr")) == ids(kb.search("enerve donnees", "fr"))
    assert ids(kb.search("PAIN", "en")) == ids(kb.search("pain", "en"))


def test_search_limit_and_no_results(kb: KnowledgeBase) -> None:
    assert len(kb.search("help talk someone private moderator pain game", "en", limit=2)) == 2
    assert len(kb.search("help talk someone private moderator pain game", "en")) == 3
    assert kb.search("xylophone zebra", "en") == []
    assert kb.search("the and of", "en") == []  # only small words
    assert kb.search("pain", "en", limit=0) == []


def test_unknown_language_falls_back_to_english(kb: KnowledgeBase) -> None:
    found = kb.search("pain", "de")
    assert found and found[0].lang == "en"
    assert kb.get("privacy", "de") == kb.get("privacy", "en")
    assert kb.get("no-such-article", "fr") is None


def test_suggest_for_falls_back_to_featured_articles(kb: KnowledgeBase) -> None:
    assert kb.suggest_for("douleur", "fr")[0].id == "bad-pain-day"
    fallback = kb.suggest_for("xyzzy", "fr")
    assert fallback and all(a.featured and a.lang == "fr" for a in fallback)
    assert "talking-now" in ids(fallback)


def test_word_folding() -> None:
    assert fold("Écoute, ŒUVRE") == "ecoute, oeuvre"
    assert words("Les douleurs") == words("douleur")
    assert words("talking") == words("talk")
    assert words("jeux") == words("jeu")
    assert terms("pain pain PAIN") == ("pain",)


# --- validation ------------------------------------------------------------------------------------

GOOD = """+++
id = "sample"
title = "A sample"
tags = ["sample"]
updated = 2026-01-01
+++

Some text.
"""


def write(root: Path, name: str, text: str, lang: str = "en") -> Path:
    folder = root / lang
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Just text, no front matter.\n", "front matter"),
        ('+++\nid = "x"\ntitle = "X"\n', "front matter"),
        ('+++\nid = "x\ntitle = "X"\n+++\nbody\n', "front matter"),
        (GOOD.replace('title = "A sample"\n', ""), "title"),
        (GOOD.replace('title = "A sample"', 'title = ""'), "title"),
        (GOOD.replace('id = "sample"\n', ""), "id"),
        (GOOD.replace('id = "sample"', 'id = "Not A Slug"'), "id"),
        (GOOD.replace('tags = ["sample"]', 'tags = "sample"'), "tags"),
        (GOOD.replace('tags = ["sample"]', "tags = [1, 2]"), "tags"),
        (GOOD.replace("updated = 2026-01-01", 'updated = "yesterday"'), "updated"),
        (GOOD.replace("updated = 2026-01-01\n", ""), "updated"),
        (GOOD.replace("updated = 2026-01-01", 'updated = 2026-01-01\nfeatured = "yes"'), "featured"),
        (GOOD.replace("updated = 2026-01-01", 'updated = 2026-01-01\nauthor = "me"'), "author"),
        (GOOD.replace("Some text.\n", ""), "body"),
        ("---\nid: sample\ntitle A sample\n---\nbody\n", "front matter"),
        ("---\nid: sample\nid: again\ntitle: T\nupdated: 2026-01-01\n---\nbody\n", "id"),
    ],
)
def test_validation_errors_name_the_file_and_the_field(tmp_path: Path, text: str, field: str) -> None:
    path = write(tmp_path, "broken.md", text)
    with pytest.raises(KbError) as caught:
        KnowledgeBase.load(tmp_path)
    assert caught.value.field == field
    assert caught.value.path == str(path)
    assert str(caught.value).startswith(f"{path}: field '{field}': ")


def test_duplicate_ids_in_one_language_are_refused(tmp_path: Path) -> None:
    write(tmp_path, "a.md", GOOD)
    write(tmp_path, "b.md", GOOD)
    write(tmp_path, "a.md", GOOD, lang="fr")  # the same id in another language is a translation
    with pytest.raises(KbError) as caught:
        KnowledgeBase.load(tmp_path)
    assert caught.value.field == "id" and "a.md" in caught.value.problem


def test_missing_folder_and_bad_encoding(tmp_path: Path) -> None:
    with pytest.raises(KbError):
        KnowledgeBase.load(tmp_path / "nowhere")
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "latin1.md").write_bytes('+++\ntitle = "Café"\n+++\n'.encode("latin-1"))
    with pytest.raises(KbError) as caught:
        KnowledgeBase.load(tmp_path)
    assert caught.value.field == "file"


def test_yaml_like_front_matter(tmp_path: Path) -> None:
    write(
        tmp_path,
        "yaml.md",
        """---
id: yaml-article
title: "Prendre soin de soi"
tags:
  - repos
  - "soin de soi"
updated: 2026-02-03
version: 4
featured: true
---

# Prendre soin de soi

Un premier paragraphe qui sert de résumé.

Un second paragraphe.
""",
        lang="fr",
    )
    write(
        tmp_path, "inline.md", "---\nid: inline\ntitle: Inline\ntags: [a b, 'c']\nversion: v2\n---\nText.\n"
    )
    kb = KnowledgeBase.load(tmp_path)
    article = kb.get("yaml-article", "fr")
    assert article is not None
    assert article.tags == ("repos", "soin de soi")
    assert article.updated == date(2026, 2, 3)
    assert article.version == "4"
    assert article.featured
    assert article.summary == "Un premier paragraphe qui sert de résumé."
    inline = kb.get("inline", "en")
    assert inline is not None and inline.tags == ("a b", "c") and inline.updated is None
    assert kb.missing_translations() == {"en": {"yaml-article"}, "fr": {"inline"}}
    assert kb.search("soin", "fr")[0].id == "yaml-article"


def test_excerpt_is_shortened() -> None:
    article = Article(
        id="x",
        lang="en",
        title="X",
        tags=(),
        summary="word " * 100,
        body="b",
        path="en/x.md",
        content_hash="0",
    )
    excerpt = article.excerpt(40)
    assert len(excerpt) <= 40 and excerpt.endswith("…")
