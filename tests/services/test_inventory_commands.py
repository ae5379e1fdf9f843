"""`flask pes release-expired-holds`, `verify-inventory` and `generate-slots`."""

from __future__ import annotations

from datetime import timedelta

from flask.testing import FlaskCliRunner
from sqlalchemy import func, select, update

from pes.extensions import db
from pes.models import Booking, BookingStatus, Slot, utcnow
from tests.factories import create_draft, create_fleet
from tests.services.inventory_helpers import try_hold


def test_verify_inventory_is_clean_then_lists_a_tampered_slot(runner: FlaskCliRunner) -> None:
    fleet = create_fleet(size=2)
    draft = create_draft(fleet, utcnow() + timedelta(days=2))
    db.session.commit()
    assert try_hold(draft.id, now=utcnow()) == "held"
    clean = runner.invoke(args=["pes", "verify-inventory"])
    assert clean.exit_code == 0, clean.output
    assert "inventory consistent" in clean.output
    tampered = db.session.scalars(select(Slot).order_by(Slot.starts_at)).first()
    assert tampered is not None
    db.session.execute(update(Slot).where(Slot.id == tampered.id).values(taken=2))
    db.session.commit()
    result = runner.invoke(args=["pes", "verify-inventory"])
    assert result.exit_code == 1
    assert f"slot {tampered.id} at {tampered.starts_at.isoformat()}" in result.output
    assert "taken=2 but 1 live claim(s)" in result.output


def test_release_expired_holds_command(runner: FlaskCliRunner) -> None:
    fleet = create_fleet(size=1)
    draft = create_draft(fleet, utcnow() + timedelta(days=2))
    fresh = create_draft(fleet, utcnow() + timedelta(days=5))
    db.session.commit()
    assert try_hold(draft.id, now=utcnow() - timedelta(hours=1)) == "held"
    assert try_hold(fresh.id, now=utcnow()) == "held"
    result = runner.invoke(args=["pes", "release-expired-holds"])
    assert result.exit_code == 0, result.output
    assert "released 1 expired hold(s)" in result.output
    db.session.rollback()
    assert db.session.get(Booking, draft.id).status is BookingStatus.CANCELLED  # type: ignore[union-attr]
    assert db.session.get(Booking, fresh.id).status is BookingStatus.PENDING_PAYMENT  # type: ignore[union-attr]
    assert runner.invoke(args=["pes", "verify-inventory"]).exit_code == 0


def test_generate_slots_is_idempotent(runner: FlaskCliRunner) -> None:
    create_fleet(size=3)
    db.session.commit()
    first = runner.invoke(args=["pes", "generate-slots", "--days", "2"])
    assert first.exit_code == 0, first.output
    count = db.session.scalar(select(func.count()).select_from(Slot))
    assert count in (2 * 96, 2 * 96 + 1)
    assert runner.invoke(args=["pes", "generate-slots", "--days", "2"]).exit_code == 0
    db.session.rollback()
    assert db.session.scalar(select(func.count()).select_from(Slot)) >= count
    assert set(db.session.scalars(select(Slot.capacity))) == {3}
