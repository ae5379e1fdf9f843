"""The editors' rules for content pages and tour texts (DESIGN §8).

Every save is a new `ContentRevision` — a revision is never changed afterwards — and saving
publishes nothing: customers keep seeing the revision that the page's `ContentPublication`
in their locale points at (`pes.services.content` reads only publications). Publishing
points the publication at a revision of the same page and locale and writes an
`AuditEntry`; restoring copies an old revision's texts into a new revision.

Revisions are ordered by id (ids only grow; several demo revisions share one timestamp).
Nothing here commits: the caller wraps the changes in `transaction()`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..config import DEFAULT_LOCALE, LOCALES
from ..models import (
    ContentPage,
    ContentPublication,
    ContentRevision,
    PageKind,
)
from .staff import audit_staff_action

#: The lengths of the columns (the forms check them before the database does).
TITLE_LENGTH = 200
META_DESCRIPTION_LENGTH = 320
#: A generous bound on a page's Markdown, so that one request cannot store megabytes.
BODY_LENGTH = 100_000


# --- reading -------------------------------------------------------------------------------


@dataclass(frozen=True)
class LocaleState:
    """One page in one locale, as the editors' list shows it."""

    locale: str
    published_at: datetime | None  # None: no publication in this locale
    published_revision_id: int | None
    latest_revision_id: int | None

    @property
    def missing(self) -> bool:
        """No publication in this locale: customers see the English text."""
        return self.published_revision_id is None

    @property
    def has_newer_draft(self) -> bool:
        """A revision newer than the published one (or any revision when unpublished)."""
        if self.latest_revision_id is None:
            return False
        if self.published_revision_id is None:
            return True
        return self.latest_revision_id > self.published_revision_id


@dataclass(frozen=True)
class PageRow:
    slug: str
    kind: PageKind
    name: str  # the English published title (a tour's name), else the slug
    locales: dict[str, LocaleState]

    @property
    def is_tour(self) -> bool:
        return self.kind is PageKind.TOUR


def pages_status(session: Session) -> list[PageRow]:
    """Every page (tours included), with its state in each locale (four queries in all)."""
    pages = list(session.scalars(select(ContentPage).order_by(ContentPage.kind, ContentPage.slug)))
    latest: dict[tuple[int, str], int] = {
        (page_id, locale): revision_id
        for page_id, locale, revision_id in session.execute(
            select(
                ContentRevision.page_id, ContentRevision.locale, func.max(ContentRevision.id)
            ).group_by(ContentRevision.page_id, ContentRevision.locale)
        )
    }
    published: dict[tuple[int, str], tuple[int, datetime]] = {
        (page_id, locale): (revision_id, published_at)
        for page_id, locale, revision_id, published_at in session.execute(
            select(
                ContentPublication.page_id,
                ContentPublication.locale,
                ContentPublication.revision_id,
                ContentPublication.published_at,
            )
        )
    }
    english_titles: dict[int, str] = {
        page_id: title
        for page_id, title in session.execute(
            select(ContentPublication.page_id, ContentRevision.title)
            .join(ContentRevision, ContentRevision.id == ContentPublication.revision_id)
            .where(ContentPublication.locale == DEFAULT_LOCALE)
        )
    }
    rows = []
    for page in pages:
        states = {}
        for locale in LOCALES:
            publication = published.get((page.id, locale))
            states[locale] = LocaleState(
                locale=locale,
                published_at=publication[1] if publication else None,
                published_revision_id=publication[0] if publication else None,
                latest_revision_id=latest.get((page.id, locale)),
            )
        rows.append(
            PageRow(
                slug=page.slug,
                kind=page.kind,
                name=english_titles.get(page.id, page.slug),
                locales=states,
            )
        )
    return rows


def find_page(session: Session, slug: str) -> ContentPage | None:
    return session.scalar(select(ContentPage).where(ContentPage.slug == slug))


def publication_of(session: Session, page: ContentPage, locale: str) -> ContentPublication | None:
    return session.get(ContentPublication, (page.id, locale))


def latest_revision(session: Session, page: ContentPage, locale: str) -> ContentRevision | None:
    return session.scalar(
        select(ContentRevision)
        .where(ContentRevision.page_id == page.id, ContentRevision.locale == locale)
        .order_by(ContentRevision.id.desc())
        .limit(1)
    )


def revision_of(
    session: Session, page: ContentPage, locale: str, revision_id: int
) -> ContentRevision | None:
    """Revision `revision_id` only if it belongs to this page and locale."""
    revision = session.get(ContentRevision, revision_id)
    if revision is None or revision.page_id != page.id or revision.locale != locale:
        return None
    return revision


@dataclass(frozen=True)
class EditStart:
    """What the edit form starts from."""

    revision: ContentRevision | None  # None: an empty form
    from_english: bool  # the locale has no revision yet: the English text is a starting point

    @property
    def base_revision_id(self) -> int | None:
        """The revision of this locale the editor is changing (to notice a concurrent save)."""
        if self.revision is None or self.from_english:
            return None
        return self.revision.id


def edit_start(session: Session, page: ContentPage, locale: str) -> EditStart:
    """The latest revision in `locale`; when there is none, the published English text
    (else the latest English revision) to translate from."""
    own = latest_revision(session, page, locale)
    if own is not None or locale == DEFAULT_LOCALE:
        return EditStart(revision=own, from_english=False)
    english = publication_of(session, page, DEFAULT_LOCALE)
    source = english.revision if english is not None else None
    if source is None:
        source = latest_revision(session, page, DEFAULT_LOCALE)
    return EditStart(revision=source, from_english=source is not None)


@dataclass(frozen=True)
class HistoryRow:
    revision: ContentRevision
    author_email: str | None
    is_published: bool
    is_latest: bool


def history(session: Session, page: ContentPage, locale: str) -> list[HistoryRow]:
    """Every revision of the page in `locale`, newest first."""
    publication = publication_of(session, page, locale)
    published_id = publication.revision_id if publication else None
    revisions = list(
        session.scalars(
            select(ContentRevision)
            .options(selectinload(ContentRevision.author))
            .where(ContentRevision.page_id == page.id, ContentRevision.locale == locale)
            .order_by(ContentRevision.id.desc())
        )
    )
    return [
        HistoryRow(
            revision=revision,
            author_email=revision.author.email if revision.author else None,
            is_published=revision.id == published_id,
            is_latest=index == 0,
        )
        for index, revision in enumerate(revisions)
    ]


# --- changing ------------------------------------------------------------------------------


def normalise_text(text: str) -> str:
    """Browsers send CRLF line ends; revisions keep LF and no trailing blanks."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def save_revision(
    session: Session,
    page: ContentPage,
    locale: str,
    *,
    title: str,
    meta_description: str,
    body_markdown: str,
    author_id: int | None,
    now: datetime,
) -> ContentRevision:
    """A new revision (never a change to an old one); publishes nothing."""
    if locale not in LOCALES:
        raise ValueError(f"unknown locale {locale!r}")
    title = " ".join(title.split())
    if not title:
        raise ValueError("a revision needs a title")
    revision = ContentRevision(
        page_id=page.id,
        locale=locale,
        title=title[:TITLE_LENGTH],
        meta_description=" ".join(meta_description.split())[:META_DESCRIPTION_LENGTH],
        body_markdown=normalise_text(body_markdown),
        author_id=author_id,
        created_at=now,
    )
    session.add(revision)
    session.flush()
    return revision


def restore_revision(
    session: Session, old: ContentRevision, author_id: int, now: datetime
) -> ContentRevision:
    """A new revision with `old`'s texts, by `author_id` (an old revision stays as it was)."""
    revision = ContentRevision(
        page_id=old.page_id,
        locale=old.locale,
        title=old.title,
        meta_description=old.meta_description,
        body_markdown=old.body_markdown,
        author_id=author_id,
        created_at=now,
    )
    session.add(revision)
    session.flush()
    audit_staff_action(
        session,
        author_id,
        "restore-content",
        slug=old.page.slug,
        locale=old.locale,
        revision_id=revision.id,
        restored_revision_id=old.id,
    )
    return revision


def publish_revision(
    session: Session, revision: ContentRevision, staff_id: int, now: datetime
) -> bool:
    """Customers see `revision` in its locale from now on. False (nothing written) when it
    already is the published one."""
    publication = session.get(ContentPublication, (revision.page_id, revision.locale))
    previous = publication.revision_id if publication is not None else None
    if previous == revision.id:
        return False
    if publication is None:
        # Two first publications at the same moment: the second flush raises IntegrityError.
        publication = ContentPublication(page_id=revision.page_id, locale=revision.locale)
        session.add(publication)
    publication.revision_id = revision.id
    publication.published_at = now
    publication.published_by_id = staff_id
    session.flush()
    audit_staff_action(
        session,
        staff_id,
        "publish-content",
        slug=revision.page.slug,
        locale=revision.locale,
        revision_id=revision.id,
        previous_revision_id=previous,
    )
    return True
