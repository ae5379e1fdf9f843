"""Published content: per page and locale, falling back to English (DESIGN §8)."""

from __future__ import annotations

from dataclasses import dataclass

import nh3
from markdown_it import MarkdownIt
from markupsafe import Markup
from sqlalchemy import ColumnElement, select

from ..config import DEFAULT_LOCALE
from ..extensions import db
from ..models import ContentPage, ContentPublication, ContentRevision
from . import site_cache

# Raw HTML in Markdown is not rendered at all; nh3 then keeps only an allow-list.
_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")
_ALLOWED_TAGS = {
    "a", "blockquote", "br", "code", "em", "h2", "h3", "h4", "hr", "li", "ol", "p", "pre",
    "strong", "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip


def render_markdown(text: str) -> Markup:
    html = _markdown.render(text)
    clean = nh3.clean(
        html,
        tags=_ALLOWED_TAGS,
        attributes={"a": {"href", "title"}},
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="noopener noreferrer",
    )
    return Markup(clean)  # noqa: S704 - sanitised by nh3 just above


@dataclass(frozen=True)
class PageView:
    slug: str
    requested_locale: str
    locale: str  # the locale the text is actually in (English when it fell back)
    title: str
    meta_description: str
    body_html: Markup

    @property
    def is_fallback(self) -> bool:
        return self.locale != self.requested_locale


def published_revisions(condition: ColumnElement[bool], locale: str) -> dict[int, ContentRevision]:
    """Per page matching `condition`: its published revision in `locale`, else in English
    (one query for any number of pages)."""
    chosen: dict[int, ContentRevision] = {}
    for page_id, revision in db.session.execute(
        select(ContentPublication.page_id, ContentRevision)
        .join(ContentRevision, ContentPublication.revision_id == ContentRevision.id)
        .join(ContentPage, ContentPage.id == ContentPublication.page_id)
        .where(condition, ContentPublication.locale.in_({locale, DEFAULT_LOCALE}))
    ):
        if page_id not in chosen or revision.locale == locale:
            chosen[page_id] = revision
    return chosen


def get_page(slug: str, locale: str) -> PageView | None:
    """The published text of `slug` in `locale`, else in English, else None.

    Rendered pages (Markdown → sanitised HTML) are cached per process under the site
    version (`site_cache`), which every publish bumps.
    """
    return site_cache.cached(("page", slug, locale), lambda: _load_page(slug, locale))


def _load_page(slug: str, locale: str) -> PageView | None:
    revision = next(iter(published_revisions(ContentPage.slug == slug, locale).values()), None)
    if revision is None:
        return None
    return PageView(
        slug=slug,
        requested_locale=locale,
        locale=revision.locale,
        title=revision.title,
        meta_description=revision.meta_description,
        body_html=render_markdown(revision.body_markdown),
    )
