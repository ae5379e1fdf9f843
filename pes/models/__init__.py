"""All tables of the domain (DESIGN §3–§8). Import models from here."""

from .base import Base, TimestampMixin, UTCDateTime, utcnow
from .bookings import Booking, BookingKind, BookingStatus, CancellationTier, CancelReason
from .catalog import (
    HourlyRate,
    Place,
    PlaceKind,
    Surcharge,
    SurchargePricing,
    Tour,
    TourPrice,
    TransferFare,
    TransferRoute,
    Vehicle,
    VehicleClass,
    localized,
)
from .content import ContentPage, ContentPublication, ContentRevision, PageKind, SiteVersion
from .inventory import BookingSlot, Slot, VehicleAssignment
from .outbox import OutboxEmail, OutboxStatus
from .payments import (
    AttemptStatus,
    PaymentAttempt,
    ProcessedStripeEvent,
    Refund,
    RefundStatus,
    SimulatedCheckoutSession,
)
from .staff import AuditEntry, StaffRole, StaffUser

__all__ = [
    "AttemptStatus",
    "AuditEntry",
    "Base",
    "Booking",
    "BookingKind",
    "BookingSlot",
    "BookingStatus",
    "CancelReason",
    "CancellationTier",
    "ContentPage",
    "ContentPublication",
    "ContentRevision",
    "HourlyRate",
    "OutboxEmail",
    "OutboxStatus",
    "PageKind",
    "PaymentAttempt",
    "Place",
    "PlaceKind",
    "ProcessedStripeEvent",
    "Refund",
    "RefundStatus",
    "SimulatedCheckoutSession",
    "SiteVersion",
    "Slot",
    "StaffRole",
    "StaffUser",
    "Surcharge",
    "SurchargePricing",
    "TimestampMixin",
    "Tour",
    "TourPrice",
    "TransferFare",
    "TransferRoute",
    "UTCDateTime",
    "Vehicle",
    "VehicleAssignment",
    "VehicleClass",
    "localized",
    "utcnow",
]
