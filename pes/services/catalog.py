"""Read-only views of the catalog for the public pages."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from ..extensions import db
from ..models import ContentPage, Place, Tour, TourPrice, VehicleClass
from . import content


@dataclass(frozen=True)
class TourCard:
    id: int
    slug: str
    name: str
    summary: str
    duration_minutes: int
    from_price_cents: int | None


def list_vehicle_classes() -> list[VehicleClass]:
    return list(
        db.session.scalars(
            select(VehicleClass).where(VehicleClass.active).order_by(VehicleClass.sort_order)
        )
    )


def list_tours(locale: str) -> list[TourCard]:
    """Active tours with their localized name and the lowest price over the classes."""
    rows = db.session.execute(
        select(Tour, func.min(TourPrice.price_cents))
        .outerjoin(TourPrice, TourPrice.tour_id == Tour.id)
        .where(Tour.active)
        .group_by(Tour.id)
        .order_by(Tour.sort_order, Tour.id)
    ).all()
    texts = content.published_revisions(
        ContentPage.id.in_([tour.content_page_id for tour, _ in rows]), locale
    )
    cards = []
    for tour, from_price in rows:
        text = texts.get(tour.content_page_id)
        cards.append(
            TourCard(
                id=tour.id,
                slug=tour.slug,
                name=text.title if text else tour.slug,
                summary=text.meta_description if text else "",
                duration_minutes=tour.duration_minutes,
                from_price_cents=from_price,
            )
        )
    return cards


def list_places() -> list[Place]:
    return list(
        db.session.scalars(select(Place).where(Place.active).order_by(Place.sort_order, Place.code))
    )


def tour_name(tour: Tour, locale: str) -> str:
    """The tour's published title in `locale` (English when missing)."""
    text = content.published_revisions(ContentPage.id == tour.content_page_id, locale)
    revision = text.get(tour.content_page_id)
    return revision.title if revision else tour.slug
