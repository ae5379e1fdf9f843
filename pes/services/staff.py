"""Staff accounts. Passwords are hashed with Werkzeug's scrypt."""

from __future__ import annotations

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import func, select
from werkzeug.security import generate_password_hash

from ..extensions import db
from ..models import StaffRole, StaffUser

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
