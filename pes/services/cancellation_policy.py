"""The customers' cancellation policy, kept as data (`cancellation_tiers`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import CancellationTier


@dataclass(frozen=True)
class Policy:
    """(min_hours_before, refund_percent) tiers, the largest threshold first."""

    tiers: tuple[tuple[int, int], ...]

    def refund_percent(self, pickup_at: datetime, now: datetime) -> int:
        notice = pickup_at - now
        for min_hours, percent in self.tiers:
            if notice >= timedelta(hours=min_hours):
                return percent
        return 0

    @property
    def free_until_hours(self) -> int | None:
        """Until how many hours before pick-up a cancellation is fully refunded."""
        full = [hours for hours, percent in self.tiers if percent == 100]
        return min(full) if full else None


def current_policy(session: Session) -> Policy:
    rows = session.execute(
        select(CancellationTier.min_hours_before, CancellationTier.refund_percent).order_by(
            CancellationTier.min_hours_before.desc()
        )
    ).all()
    if rows:
        return Policy(tuple((hours, percent) for hours, percent in rows))
    # No tiers in the database: free until PES_FREE_CANCELLATION_HOURS, then nothing.
    return Policy(((int(current_app.config["PES_FREE_CANCELLATION_HOURS"]), 100),))
