"""The unit of work on PostgreSQL: reads in autocommit, writes in one real transaction.

A request that only reads sends no BEGIN/ROLLBACK (pes/extensions.py `init_db`); every
write goes through `uow.transaction()`, and a flush outside it during a request is refused.
"""

from __future__ import annotations

import pytest
from flask import Flask
from psycopg.pq import TransactionStatus
from sqlalchemy import func, select, text

from pes.extensions import db
from pes.models import StaffRole, StaffUser
from pes.services.uow import transaction


def _status() -> TransactionStatus:
    """The server-side transaction state of the session's current connection."""
    dbapi = db.session.connection().connection.dbapi_connection
    assert dbapi is not None
    return TransactionStatus(dbapi.info.transaction_status)


def _staff(email: str) -> StaffUser:
    return StaffUser(email=email, role=StaffRole.DISPATCHER, password_hash="x")


def _staff_count() -> int:
    return db.session.scalar(select(func.count()).select_from(StaffUser)) or 0


@pytest.mark.postgres
def test_a_read_opens_no_transaction_and_a_write_runs_in_one(pg_app: Flask) -> None:
    with pg_app.test_request_context():
        db.session.scalar(text("SELECT 1"))
        assert _status() is TransactionStatus.IDLE  # autocommit: no BEGIN was sent

        with transaction() as session:
            session.add(_staff("a@example.com"))
            session.flush()
            assert _status() is TransactionStatus.INTRANS
            isolation = session.scalar(text("SHOW transaction_isolation"))
            assert isolation == "read committed"

        # The connection went back to the pool in autocommit again.
        db.session.scalar(text("SELECT 1"))
        assert _status() is TransactionStatus.IDLE
    db.session.remove()
    assert _staff_count() == 1


@pytest.mark.postgres
def test_a_failed_transaction_leaves_nothing_behind(pg_app: Flask) -> None:
    def two_writes_then_fail() -> None:
        with transaction() as session:
            session.add(_staff("a@example.com"))
            session.flush()
            session.add(_staff("b@example.com"))
            session.flush()
            raise LookupError

    with pg_app.test_request_context(), pytest.raises(LookupError):
        two_writes_then_fail()
    db.session.remove()
    assert _staff_count() == 0


@pytest.mark.postgres
def test_a_write_outside_transaction_during_a_request_is_refused(pg_app: Flask) -> None:
    with pg_app.test_request_context():
        db.session.add(_staff("a@example.com"))
        with pytest.raises(RuntimeError, match="outside transaction"):
            db.session.flush()
        db.session.rollback()
    db.session.remove()
    assert _staff_count() == 0
