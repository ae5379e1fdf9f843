"""Domain errors: what a service refuses, in words a view can show (messages are lazy
gettext strings so they are translated where they are displayed)."""

from __future__ import annotations


class DomainError(Exception):
    """Base of every refusal of the rules (never a 500)."""


class Unavailable(DomainError):
    """No vehicle of the class is free for the whole window."""


class InventoryBusy(DomainError):
    """The inventory rows stayed locked longer than the lock timeout: try again."""


class IllegalTransition(DomainError):
    """A booking status change that the lifecycle does not allow."""


class FleetError(DomainError):
    """A fleet change would leave fewer vehicles than are booked."""


class VehicleBusy(DomainError):
    """The chosen vehicle already has a job at that time."""
