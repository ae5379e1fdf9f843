"""What can be sold: vehicle classes and their fleet, places, the price matrix, hourly
rates, surcharges and tours (DESIGN §3). Prices are integer cents (EUR)."""

from __future__ import annotations

import enum
from datetime import time
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, TimestampMixin, str_enum
from .types import JSONType


def localized(texts: dict[str, str] | None, locale: str, default: str = "") -> str:
    """Pick `locale` from a {locale: text} mapping, falling back to English."""
    if not texts:
        return default
    return texts.get(locale) or texts.get("en") or default


class VehicleClass(TimestampMixin, Base):
    __tablename__ = "vehicle_classes"
    __table_args__ = (
        CheckConstraint("max_passengers >= 1", name="max_passengers_positive"),
        CheckConstraint("max_luggage >= 0", name="max_luggage_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    model_examples: Mapped[str] = mapped_column(String(120), default="")
    descriptions: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    max_passengers: Mapped[int] = mapped_column(Integer)
    max_luggage: Mapped[int] = mapped_column(Integer)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(default=True)

    vehicles: Mapped[list[Vehicle]] = relationship(back_populates="vehicle_class")

    def description(self, locale: str) -> str:
        return localized(self.descriptions, locale)

    def fits(self, passengers: int, luggage: int) -> bool:
        return passengers <= self.max_passengers and luggage <= self.max_luggage


class Vehicle(TimestampMixin, Base):
    __tablename__ = "vehicles"

    id: Mapped[int] = mapped_column(primary_key=True)
    vehicle_class_id: Mapped[int] = mapped_column(ForeignKey("vehicle_classes.id"), index=True)
    plate: Mapped[str] = mapped_column(String(16), unique=True)
    model_name: Mapped[str] = mapped_column(String(80), default="")
    active: Mapped[bool] = mapped_column(default=True)

    vehicle_class: Mapped[VehicleClass] = relationship(back_populates="vehicles")


class PlaceKind(enum.StrEnum):
    AIRPORT = "airport"
    STATION = "station"
    CITY = "city"
    ATTRACTION = "attraction"


class Place(TimestampMixin, Base):
    __tablename__ = "places"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    kind: Mapped[PlaceKind] = mapped_column(str_enum(PlaceKind, "place_kind"))
    names: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(default=True)

    def name(self, locale: str) -> str:
        return localized(self.names, locale, self.code)

    @property
    def needs_travel_number(self) -> bool:
        """Airports and stations ask for a flight or train number (to follow delays)."""
        return self.kind in (PlaceKind.AIRPORT, PlaceKind.STATION)


class TransferRoute(TimestampMixin, Base):
    """One direction of the price matrix, with its estimated drive time."""

    __tablename__ = "transfer_routes"
    __table_args__ = (
        UniqueConstraint("origin_id", "destination_id"),
        CheckConstraint("origin_id <> destination_id", name="distinct_ends"),
        CheckConstraint("drive_minutes > 0", name="drive_minutes_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    origin_id: Mapped[int] = mapped_column(ForeignKey("places.id"))
    destination_id: Mapped[int] = mapped_column(ForeignKey("places.id"), index=True)
    drive_minutes: Mapped[int] = mapped_column(Integer)

    origin: Mapped[Place] = relationship(foreign_keys=[origin_id])
    destination: Mapped[Place] = relationship(foreign_keys=[destination_id])
    fares: Mapped[list[TransferFare]] = relationship(
        back_populates="route", cascade="all, delete-orphan"
    )


class TransferFare(Base):
    __tablename__ = "transfer_fares"
    __table_args__ = (CheckConstraint("price_cents >= 0", name="price_not_negative"),)

    route_id: Mapped[int] = mapped_column(
        ForeignKey("transfer_routes.id", ondelete="CASCADE"), primary_key=True
    )
    vehicle_class_id: Mapped[int] = mapped_column(
        ForeignKey("vehicle_classes.id"), primary_key=True
    )
    price_cents: Mapped[int] = mapped_column(Integer)

    route: Mapped[TransferRoute] = relationship(back_populates="fares")
    vehicle_class: Mapped[VehicleClass] = relationship()


class HourlyRate(TimestampMixin, Base):
    __tablename__ = "hourly_rates"
    __table_args__ = (
        CheckConstraint("price_per_hour_cents >= 0", name="price_not_negative"),
        CheckConstraint("min_hours >= 1 AND min_hours <= max_hours", name="hours_range"),
    )

    vehicle_class_id: Mapped[int] = mapped_column(
        ForeignKey("vehicle_classes.id"), primary_key=True
    )
    price_per_hour_cents: Mapped[int] = mapped_column(Integer)
    min_hours: Mapped[int] = mapped_column(Integer)
    max_hours: Mapped[int] = mapped_column(Integer)

    vehicle_class: Mapped[VehicleClass] = relationship()


class SurchargePricing(enum.StrEnum):
    FIXED = "fixed"  # amount in cents, once per booking
    PER_UNIT = "per_unit"  # amount in cents, times a quantity (child seats, extra stops)
    PERCENT = "percent"  # amount in basis points of the base fare (night)


class Surcharge(TimestampMixin, Base):
    """A price rule kept as data: night, extra stop, child seat, meet & greet."""

    __tablename__ = "surcharges"
    __table_args__ = (CheckConstraint("amount >= 0", name="amount_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    pricing: Mapped[SurchargePricing] = mapped_column(
        str_enum(SurchargePricing, "surcharge_pricing")
    )
    amount: Mapped[int] = mapped_column(Integer)
    #: Local (Europe/Paris) wall-clock window, for time-based surcharges; may wrap midnight.
    window_start: Mapped[time | None] = mapped_column(Time)
    window_end: Mapped[time | None] = mapped_column(Time)
    active: Mapped[bool] = mapped_column(default=True)


class Tour(TimestampMixin, Base):
    """A private tour of the catalog; its localized name, summary and description are the
    content page it points to, so editors change them like any other page."""

    __tablename__ = "tours"
    __table_args__ = (
        CheckConstraint("duration_minutes > 0", name="duration_positive"),
        CheckConstraint("max_passengers >= 1", name="max_passengers_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    max_passengers: Mapped[int] = mapped_column(Integer)
    start_place_id: Mapped[int | None] = mapped_column(ForeignKey("places.id"))
    content_page_id: Mapped[int] = mapped_column(ForeignKey("content_pages.id"), unique=True)
    image: Mapped[str] = mapped_column(String(120), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(default=True, index=True)

    start_place: Mapped[Place | None] = relationship()
    prices: Mapped[list[TourPrice]] = relationship(
        back_populates="tour", cascade="all, delete-orphan"
    )


class TourPrice(Base):
    __tablename__ = "tour_prices"
    __table_args__ = (CheckConstraint("price_cents >= 0", name="price_not_negative"),)

    tour_id: Mapped[int] = mapped_column(
        ForeignKey("tours.id", ondelete="CASCADE"), primary_key=True
    )
    vehicle_class_id: Mapped[int] = mapped_column(
        ForeignKey("vehicle_classes.id"), primary_key=True
    )
    price_cents: Mapped[int] = mapped_column(Integer)

    tour: Mapped[Tour] = relationship(back_populates="prices")
    vehicle_class: Mapped[VehicleClass] = relationship()
