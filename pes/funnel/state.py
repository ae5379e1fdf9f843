"""Which draft is this visitor's: a signed token of its reference in the session cookie.
The draft itself is the `pending` booking row; abandoning it costs nothing."""

from __future__ import annotations

from datetime import date

from flask import current_app, session
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import select
from sqlalchemy.orm.interfaces import ORMOption

from ..extensions import db
from ..models import Booking

_SESSION_KEY = "funnel"
MAX_AGE_SECONDS = 2 * 24 * 3600


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="pes.funnel.draft")


def remember_draft(booking: Booking) -> None:
    session[_SESSION_KEY] = _serializer().dumps(booking.reference)


def forget_draft() -> None:
    session.pop(_SESSION_KEY, None)


def current_draft(*options: ORMOption) -> Booking | None:
    """This visitor's draft, loaded with `options` (the relationships its page shows)."""
    token = session.get(_SESSION_KEY)
    if not token:
        return None
    try:
        reference = _serializer().loads(token, max_age=MAX_AGE_SECONDS)
    except BadSignature:
        return None
    return db.session.scalar(
        select(Booking).options(*options).where(Booking.reference == reference)
    )


_DAY_KEY = "funnel_day"


def remember_wanted_day(raw: str) -> None:
    """The day typed in the home page's compact form, to pre-fill the date step."""
    try:
        session[_DAY_KEY] = date.fromisoformat(raw).isoformat()
    except ValueError:
        session.pop(_DAY_KEY, None)


def wanted_day() -> date | None:
    raw = session.get(_DAY_KEY)
    try:
        return date.fromisoformat(raw) if raw else None
    except ValueError:
        return None
