"""Localized content pages with revisions (DESIGN §8).

Every save is a new `ContentRevision`; `ContentPublication` points, per page and locale, at
the revision customers see. A draft is any revision newer than the published one.
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, TimestampMixin, str_enum, utcnow
from .staff import StaffUser


class PageKind(enum.StrEnum):
    PAGE = "page"
    TOUR = "tour"  # title = tour name, meta description = summary, body = description


class ContentPage(TimestampMixin, Base):
    __tablename__ = "content_pages"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[PageKind] = mapped_column(str_enum(PageKind, "page_kind"), default=PageKind.PAGE)

    revisions: Mapped[list[ContentRevision]] = relationship(
        back_populates="page", order_by="ContentRevision.id"
    )
    publications: Mapped[list[ContentPublication]] = relationship(back_populates="page")


class ContentRevision(Base):
    __tablename__ = "content_revisions"
    __table_args__ = (Index("ix_content_revisions_page_id_locale", "page_id", "locale"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    page_id: Mapped[int] = mapped_column(ForeignKey("content_pages.id", ondelete="CASCADE"))
    locale: Mapped[str] = mapped_column(String(5))
    title: Mapped[str] = mapped_column(String(200))
    meta_description: Mapped[str] = mapped_column(String(320), default="")
    body_markdown: Mapped[str] = mapped_column(Text, default="")
    author_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    page: Mapped[ContentPage] = relationship(back_populates="revisions")
    author: Mapped[StaffUser | None] = relationship()


class ContentPublication(Base):
    __tablename__ = "content_publications"

    page_id: Mapped[int] = mapped_column(
        ForeignKey("content_pages.id", ondelete="CASCADE"), primary_key=True
    )
    locale: Mapped[str] = mapped_column(String(5), primary_key=True)
    revision_id: Mapped[int] = mapped_column(ForeignKey("content_revisions.id"))
    published_at: Mapped[datetime] = mapped_column(default=utcnow)
    published_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))

    page: Mapped[ContentPage] = relationship(back_populates="publications")
    revision: Mapped[ContentRevision] = relationship()


class SiteVersion(Base):
    """One row whose number goes up in every transaction that changes what the public pages
    show (catalog, prices, published content): the key of the per-process caches
    (`pes/services/site_cache.py`)."""

    __tablename__ = "site_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(nullable=False, default=0)
