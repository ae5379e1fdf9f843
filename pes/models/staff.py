"""Staff accounts and the audit log."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, TimestampMixin, str_enum, utcnow
from .types import JSONType


class StaffRole(enum.StrEnum):
    ADMIN = "admin"  # vehicles, fleet sizes, prices, tours, staff
    DISPATCHER = "dispatcher"  # bookings
    EDITOR = "editor"  # content


class StaffUser(TimestampMixin, Base):
    __tablename__ = "staff_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[StaffRole] = mapped_column(str_enum(StaffRole, "staff_role"))
    active: Mapped[bool] = mapped_column(default=True)
    locale: Mapped[str] = mapped_column(String(5), default="en")
    #: Bumped at logout and password change; sessions carrying an older value are rejected.
    session_version: Mapped[int] = mapped_column(Integer, default=1)
    last_login_at: Mapped[datetime | None] = mapped_column()
    #: Consecutive failed logins; at the limit the account is locked until `locked_until`.
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column()


class AuditEntry(Base):
    """Who did what to which booking (or other object), from which state to which."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    booking_id: Mapped[int | None] = mapped_column(ForeignKey("bookings.id"), index=True)
    staff_user_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"), index=True)
    actor: Mapped[str] = mapped_column(String(64))  # "customer", "system", "stripe", "staff"
    action: Mapped[str] = mapped_column(String(64))
    from_status: Mapped[str | None] = mapped_column(String(32))
    to_status: Mapped[str | None] = mapped_column(String(32))
    details: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)

    staff_user: Mapped[StaffUser | None] = relationship()
