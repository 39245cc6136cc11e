"""The self-help knowledge base: short Markdown articles, per language, searched by plain words.

Articles live in ``policies/kb/<lang>/<slug>.md`` and start with front matter, either TOML between
``+++`` lines or a small YAML subset between ``---`` lines::

    +++
    id = "bad-pain-day"              # the same id in every language links translations
    title = "Managing a bad pain day"
    tags = ["pain", "flare", "rest"]
    summary = "Small things that can help on a hard day."   # optional; else the first paragraph
    updated = 2026-01-10             # a date, and/or a version = "3"
    featured = true                  # optional: offered when nothing else matches
    +++

The knowledge base's version is a hash of every article's content.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bot.domain.help.kb_front_matter import KbError, split_front_matter
from bot.domain.help.kb_search import score, terms

DEFAULT_LANGUAGE = "en"
_ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_FIELDS = {"id", "title", "tags", "summary", "updated", "version", "featured"}

__all__ = ["Article", "KbError", "KnowledgeBase"]


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    lang: str
    title: str
    tags: tuple[str, ...]
    summary: str
    body: str
    path: str
    content_hash: str  # sha256 of the file's bytes
    updated: date | None = None
    version: str | None = None
    featured: bool = False

    def excerpt(self, max_chars: int = 200) -> str:
        text = " ".join(self.summary.split())
        return text if len(text) <= max_chars else text[: max_chars - 1].rstrip() + "…"


def _first_paragraph(body: str) -> str:
    for block in re.split(r"\n\s*\n", body.strip()):
        lines = [ln.strip().lstrip("#>*- ").strip() for ln in block.splitlines()]
        text = " ".join(ln for ln in lines if ln)
        if text and not block.lstrip().startswith("#"):
            return text
    return ""


def _parse_article(path: Path, lang: str, root: Path) -> Article:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise KbError(path, "file", "not valid UTF-8 text") from None
    meta, body = split_front_matter(text, path)
    for key in meta:
        if key not in _FIELDS:
            raise KbError(path, key, f"unknown field (allowed: {', '.join(sorted(_FIELDS))})")

    def text_field(name: str, required: bool) -> str:
        value = meta.get(name)
        if value is None:
            if required:
                raise KbError(path, name, "missing")
            return ""
        if not isinstance(value, str) or not value.strip():
            raise KbError(path, name, f"expected non-empty text, got {value!r}")
        return value.strip()

    article_id = text_field("id", required=True)
    if not _ID_PATTERN.match(article_id):
        raise KbError(path, "id", f"{article_id!r} must be lowercase letters, digits and hyphens")
    title = text_field("title", required=True)
    tags_value = meta.get("tags", [])
    if not isinstance(tags_value, list) or not all(isinstance(t, str) and t.strip() for t in tags_value):
        raise KbError(path, "tags", f"expected a list of words, got {tags_value!r}")
    updated = meta.get("updated")
    if isinstance(updated, str):
        try:
            updated = date.fromisoformat(updated.strip())
        except ValueError:
            raise KbError(path, "updated", f"{updated!r} is not a date like 2026-01-31") from None
    if updated is not None and not isinstance(updated, date):
        raise KbError(path, "updated", f"expected a date like 2026-01-31, got {updated!r}")
    version = meta.get("version")
    if version is not None and (isinstance(version, bool) or not isinstance(version, str | int)):
        raise KbError(path, "version", f"expected text or a number, got {version!r}")
    if updated is None and version is None:
        raise KbError(path, "updated", "missing (give updated = 2026-01-31 or a version)")
    featured = meta.get("featured", False)
    if not isinstance(featured, bool):
        raise KbError(path, "featured", f"expected true or false, got {featured!r}")
    body = body.strip()
    if not body:
        raise KbError(path, "body", "the article has no text after the front matter")
    summary = text_field("summary", required=False) or _first_paragraph(body)
    return Article(
        id=article_id,
        lang=lang,
        title=title,
        tags=tuple(t.strip() for t in tags_value),
        summary=summary,
        body=body,
        path=path.relative_to(root).as_posix(),
        content_hash=hashlib.sha256(raw).hexdigest(),
        updated=updated,
        version=None if version is None else str(version),
        featured=featured,
    )


class KnowledgeBase:
    def __init__(self, articles: tuple[Article, ...]) -> None:
        self.articles = articles
        self._by_lang: dict[str, list[Article]] = {}
        for article in articles:
            self._by_lang.setdefault(article.lang, []).append(article)
        digest = hashlib.sha256()
        for article in sorted(articles, key=lambda a: (a.lang, a.id)):
            digest.update(f"{article.lang}/{article.id}:{article.content_hash}\n".encode())
        self.version = digest.hexdigest()

    @classmethod
    def load(cls, directory: Path | str) -> KnowledgeBase:
        """Load ``<directory>/<lang>/*.md``; raise ``KbError`` naming the file and field at fault."""
        root = Path(directory)
        if not root.is_dir():
            raise KbError(root, "directory", "the knowledge base folder does not exist")
        articles: list[Article] = []
        seen: dict[tuple[str, str], Path] = {}
        for lang_dir in sorted(p for p in root.iterdir() if p.is_dir()):
            lang = lang_dir.name
            for path in sorted(lang_dir.glob("*.md")):
                article = _parse_article(path, lang, root)
                other = seen.get((lang, article.id))
                if other is not None:
                    raise KbError(path, "id", f"{article.id!r} is already used by {other.name}")
                seen[(lang, article.id)] = path
                articles.append(article)
        return cls(tuple(articles))

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(sorted(self._by_lang))

    def in_language(self, lang: str) -> list[Article]:
        return list(self._by_lang.get(lang) or self._by_lang.get(DEFAULT_LANGUAGE, []))

    def get(self, article_id: str, lang: str) -> Article | None:
        """The article in ``lang``, else in the default language."""
        for candidate in (lang, DEFAULT_LANGUAGE):
            for article in self._by_lang.get(candidate, []):
                if article.id == article_id:
                    return article
        return None

    def missing_translations(self) -> dict[str, set[str]]:
        """For each language, the article ids other languages have and it lacks."""
        all_ids = {a.id for a in self.articles}
        return {
            lang: missing
            for lang, items in self._by_lang.items()
            if (missing := all_ids - {a.id for a in items})
        }

    def search(self, query: str, lang: str, limit: int = 3) -> list[Article]:
        """The best matches for ``query`` (accent- and case-insensitive), best first; [] when none match."""
        wanted = terms(query)
        if not wanted or limit <= 0:
            return []
        scored = [(score(wanted, a.title, a.tags, a.body), a) for a in self.in_language(lang)]
        ranked = sorted((pair for pair in scored if pair[0] > 0), key=lambda p: (-p[0], p[1].title))
        return [article for _, article in ranked[:limit]]

    def suggest_for(self, request_text: str, lang: str, limit: int = 3) -> list[Article]:
        """Articles to offer with a help request: the best matches, else the featured articles."""
        found = self.search(request_text, lang, limit)
        if found:
            return found
        return [a for a in self.in_language(lang) if a.featured][:limit]
