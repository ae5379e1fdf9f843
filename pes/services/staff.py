"""Staff accounts. Passwords are hashed with Werkzeug's scrypt."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from ..extensions import db
from ..models import AuditEntry, Booking, StaffRole, StaffUser

MIN_PASSWORD_LENGTH = 12


class StaffError(Exception):
    """A staff account could not be created or changed; the message says why."""


def normalise_email(email: str) -> str:
    try:
        return validate_email(email.strip(), check_deliverability=False).normalized.lower()
    except EmailNotValidError as exc:
        raise StaffError(f"invalid email: {exc}") from exc


def create_staff(*, email: str, role: StaffRole, password: str) -> StaffUser:
    address = normalise_email(email)
    if len(password) < MIN_PASSWORD_LENGTH:
        raise StaffError(f"the password needs at least {MIN_PASSWORD_LENGTH} characters")
    exists = db.session.scalar(
        select(func.count()).select_from(StaffUser).where(StaffUser.email == address)
    )
    if exists:
        raise StaffError(f"{address} already has an account")
    user = StaffUser(
        email=address, role=role, password_hash=generate_password_hash(password, "scrypt")
    )
    db.session.add(user)
    db.session.flush()
    return user


#: Consecutive failures before an account is locked, and for how long.
MAX_FAILED_LOGINS = 10
LOCKOUT = timedelta(minutes=15)
# Checked when the email is unknown, so that "no such user" takes as long as a wrong password.
_DUMMY_HASH = generate_password_hash("not-a-real-password", "scrypt")


def authenticate(email: str, password: str, now: datetime) -> StaffUser | None:
    """The active, unlocked staff member with this email and password, or None — the
    caller cannot tell an unknown user from a wrong password or a locked account.
    Counts failures and locks the account after `MAX_FAILED_LOGINS` (caller commits)."""
    try:
        address = normalise_email(email)
    except StaffError:
        address = ""
    user = db.session.scalar(select(StaffUser).where(StaffUser.email == address))
    if user is None:
        check_password_hash(_DUMMY_HASH, password)
        return None
    good = check_password_hash(user.password_hash, password)
    if not user.active or (user.locked_until is not None and user.locked_until > now):
        return None
    if not good:
        user.failed_logins += 1
        if user.failed_logins >= MAX_FAILED_LOGINS:
            user.locked_until = now + LOCKOUT
            user.failed_logins = 0
        return None
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = now
    return user


def end_sessions(user: StaffUser) -> None:
    """Invalidate every session of `user` (logout, password change, deactivation)."""
    user.session_version += 1


def audit_staff_action(
    session: Session,
    staff_id: int,
    action: str,
    /,
    *,
    booking: Booking | None = None,
    **details: Any,
) -> AuditEntry:
    """The audit row of something a staff member did — to a booking (its status noted) or
    elsewhere (fleet, prices, content, personal data). Never put an email in `details`."""
    status = booking.status.value if booking is not None else None
    entry = AuditEntry(
        booking_id=booking.id if booking is not None else None,
        staff_user_id=staff_id,
        actor="staff",
        action=action,
        from_status=status,
        to_status=status,
        details=dict(details),
    )
    session.add(entry)
    session.flush()
    return entry
