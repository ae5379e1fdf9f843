"""Read-only views of the catalog for the public pages.

What every visitor sees (places, tours, fares, rates, classes) is read once per process and
site version (`site_cache`) as plain values — not ORM objects, which belong to one session.
Prices charged are never read from here: the funnel's services read them in the transaction.
"""

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
from . import content, drafts, site_cache


@dataclass(frozen=True)
class TourCard:
    id: int
    slug: str
    name: str
    summary: str
    duration_minutes: int
    from_price_cents: int | None


@dataclass(frozen=True)
class PlaceOption:
    id: int
    code: str
    kind: PlaceKind
    name: str


@dataclass(frozen=True)
class ClassCard:
    """An active vehicle class as the public pages show it."""

    id: int
    code: str
    name: str
    model_examples: str
    description: str
    max_passengers: int
    max_luggage: int


def list_vehicle_classes(locale: str) -> tuple[ClassCard, ...]:
    return site_cache.cached(("classes", locale), lambda: _load_vehicle_classes(locale))


def _load_vehicle_classes(locale: str) -> tuple[ClassCard, ...]:
    classes = db.session.scalars(
        select(VehicleClass).where(VehicleClass.active).order_by(VehicleClass.sort_order)
    )
    return tuple(
        ClassCard(
            id=vehicle_class.id,
            code=vehicle_class.code,
            name=vehicle_class.name,
            model_examples=vehicle_class.model_examples,
            description=vehicle_class.description(locale),
            max_passengers=vehicle_class.max_passengers,
            max_luggage=vehicle_class.max_luggage,
        )
        for vehicle_class in classes
    )


def list_tours(locale: str) -> tuple[TourCard, ...]:
    """Active tours with their localized name and the lowest price over the classes."""
    return site_cache.cached(("tours", locale), lambda: _load_tours(locale))


def _load_tours(locale: str) -> tuple[TourCard, ...]:
    rows = db.session.execute(
        select(Tour, func.min(TourPrice.price_cents))
        .outerjoin(TourPrice, TourPrice.tour_id == Tour.id)
        .where(Tour.active)
        .group_by(Tour.id)
        .order_by(Tour.sort_order, Tour.id)
    ).all()
    texts = _tour_texts(locale)  # may predate a tour added in the last second elsewhere
    cards = []
    for tour, from_price in rows:
        text = texts.get(tour.id, TourText(tour.slug, ""))
        cards.append(
            TourCard(
                id=tour.id,
                slug=tour.slug,
                name=text.title,
                summary=text.summary,
                duration_minutes=tour.duration_minutes,
                from_price_cents=from_price,
            )
        )
    return tuple(cards)


def list_places(locale: str) -> tuple[PlaceOption, ...]:
    """Active places in their order, named in `locale`."""
    return site_cache.cached(("places", locale), lambda: _load_places(locale))


def _load_places(locale: str) -> tuple[PlaceOption, ...]:
    places = db.session.scalars(
        select(Place).where(Place.active).order_by(Place.sort_order, Place.code)
    )
    return tuple(
        PlaceOption(id=place.id, code=place.code, kind=place.kind, name=place.name(locale))
        for place in places
    )


def place_name(place_id: int, locale: str) -> str:
    """Any place's name in `locale` — inactive ones too: a booking keeps its places."""
    names = site_cache.cached(("place_names", locale), lambda: _load_place_names(locale))
    return names.get(place_id, "")


def _load_place_names(locale: str) -> dict[int, str]:
    return {place.id: place.name(locale) for place in db.session.scalars(select(Place))}


def class_name(vehicle_class_id: int) -> str:
    """Any vehicle class's name — inactive ones too."""
    names = site_cache.cached(("class_names",), _load_class_names)
    return names.get(vehicle_class_id, "")


def _load_class_names() -> dict[int, str]:
    rows = db.session.execute(select(VehicleClass.id, VehicleClass.name)).tuples()
    return dict(rows.all())


@dataclass(frozen=True)
class TourText:
    title: str
    summary: str


def tour_name(tour_id: int, locale: str) -> str:
    """Any tour's published title in `locale` (English when missing, else its slug)."""
    text = _tour_texts(locale).get(tour_id)
    return text.title if text else ""


def _tour_texts(locale: str) -> dict[int, TourText]:
    """Every tour's published title and summary in `locale` (English when missing)."""
    return site_cache.cached(("tour_texts", locale), lambda: _load_tour_texts(locale))


def _load_tour_texts(locale: str) -> dict[int, TourText]:
    tours = db.session.execute(select(Tour.id, Tour.slug, Tour.content_page_id)).all()
    revisions = content.published_revisions(
        ContentPage.id.in_([tour.content_page_id for tour in tours]), locale
    )
    texts = {}
    for tour in tours:
        revision = revisions.get(tour.content_page_id)
        texts[tour.id] = (
            TourText(revision.title, revision.meta_description)
            if revision
            else TourText(tour.slug, "")
        )
    return texts


@dataclass(frozen=True)
class FareRow:
    """Fixed prices of one route, per vehicle class id, and its drive time."""

    origin: str
    destination: str
    drive_minutes: int
    prices: dict[int, int]


def fares_from(place_codes: Sequence[str], locale: str) -> tuple[FareRow, ...]:
    """The fixed fares from these places to every destination (for the service pages)."""
    codes = tuple(place_codes)
    return site_cache.cached(("fares", codes, locale), lambda: _load_fares(codes, locale))


def _load_fares(place_codes: Sequence[str], locale: str) -> tuple[FareRow, ...]:
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
    return tuple(
        FareRow(
            origin=route.origin.name(locale),
            destination=route.destination.name(locale),
            drive_minutes=route.drive_minutes,
            prices={fare.vehicle_class_id: fare.price_cents for fare in route.fares},
        )
        for route in routes
        if route.destination.active and route.fares
    )


def place_codes(kind: PlaceKind) -> tuple[str, ...]:
    return tuple(place.code for place in list_places("en") if place.kind is kind)


def hours_bounds() -> tuple[int, int]:
    """The fewest and most hours of hourly hire, for the route step's hint and limits (the
    rule itself is `drafts.hours_range`, read live when the draft is saved)."""
    return site_cache.cached(("hours_range",), lambda: drafts.hours_range(db.session()))


@dataclass(frozen=True)
class HourlyRow:
    class_name: str
    price_per_hour_cents: int
    min_hours: int
    max_hours: int


def hourly_rates() -> tuple[HourlyRow, ...]:
    return site_cache.cached(("hourly_rates",), _load_hourly_rates)


def _load_hourly_rates() -> tuple[HourlyRow, ...]:
    rates = db.session.scalars(
        select(HourlyRate)
        .join(VehicleClass)
        .options(selectinload(HourlyRate.vehicle_class))
        .where(VehicleClass.active)
        .order_by(VehicleClass.sort_order)
    )
    return tuple(
        HourlyRow(
            class_name=rate.vehicle_class.name,
            price_per_hour_cents=rate.price_per_hour_cents,
            min_hours=rate.min_hours,
            max_hours=rate.max_hours,
        )
        for rate in rates
    )


@dataclass(frozen=True)
class TourDetail:
    id: int
    slug: str
    duration_minutes: int
    max_passengers: int
    prices: dict[int, int]  # vehicle class id → cents


def tour_by_slug(slug: str) -> TourDetail | None:
    return site_cache.cached(("tour", slug), lambda: _load_tour(slug))


def _load_tour(slug: str) -> TourDetail | None:
    tour = db.session.scalar(
        select(Tour).options(selectinload(Tour.prices)).where(Tour.slug == slug, Tour.active)
    )
    if tour is None:
        return None
    return TourDetail(
        id=tour.id,
        slug=tour.slug,
        duration_minutes=tour.duration_minutes,
        max_passengers=tour.max_passengers,
        prices={price.vehicle_class_id: price.price_cents for price in tour.prices},
    )
