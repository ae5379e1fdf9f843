"""Read-only views of the catalog for the public pages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from ..extensions import db
from ..models import (
    ContentPage,
    HourlyRate,
    Place,
    PlaceKind,
    Tour,
    TourPrice,
    TransferRoute,
    VehicleClass,
)
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


@dataclass(frozen=True)
class FareRow:
    """Fixed prices of one route, per vehicle class id, and its drive time."""

    origin: str
    destination: str
    drive_minutes: int
    prices: dict[int, int]


def fares_from(place_codes: Sequence[str], locale: str) -> list[FareRow]:
    """The fixed fares from these places to every destination (for the service pages)."""
    routes = db.session.scalars(
        select(TransferRoute)
        .join(Place, Place.id == TransferRoute.origin_id)
        .options(
            selectinload(TransferRoute.fares),
            selectinload(TransferRoute.origin),
            selectinload(TransferRoute.destination),
        )
        .where(Place.code.in_(place_codes), Place.active)
        .order_by(Place.sort_order, TransferRoute.id)
    )
    rows = []
    for route in routes:
        if not route.destination.active or not route.fares:
            continue
        rows.append(
            FareRow(
                origin=route.origin.name(locale),
                destination=route.destination.name(locale),
                drive_minutes=route.drive_minutes,
                prices={fare.vehicle_class_id: fare.price_cents for fare in route.fares},
            )
        )
    return rows


def place_codes(kind: PlaceKind) -> list[str]:
    return list(
        db.session.scalars(
            select(Place.code).where(Place.kind == kind, Place.active).order_by(Place.sort_order)
        )
    )


def hourly_rates() -> list[HourlyRate]:
    return list(
        db.session.scalars(
            select(HourlyRate)
            .join(VehicleClass)
            .options(selectinload(HourlyRate.vehicle_class))
            .where(VehicleClass.active)
            .order_by(VehicleClass.sort_order)
        )
    )


@dataclass(frozen=True)
class TourDetail:
    tour: Tour
    prices: dict[int, int]  # vehicle class id → cents


def tour_by_slug(slug: str) -> TourDetail | None:
    tour = db.session.scalar(
        select(Tour).options(selectinload(Tour.prices)).where(Tour.slug == slug, Tour.active)
    )
    if tour is None:
        return None
    return TourDetail(tour=tour, prices={p.vehicle_class_id: p.price_cents for p in tour.prices})
