"""The unit of work: one transaction per request, job, command or webhook delivery.

Services only `flush()`; the caller wraps them in `transaction()`, which commits once and
then runs the after-commit callbacks (enqueue a job, call a provider) — never before the
commit, so a worker can never see a row that is not there yet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from flask import has_request_context
from sqlalchemy import event
from sqlalchemy.orm import Session

from ..extensions import db

_AFTER_COMMIT = "pes_after_commit"
_WRITING = "pes_writing"
#: The isolation of every write transaction on PostgreSQL (its default). The app's
#: connections are otherwise in autocommit (`extensions.init_db`).
WRITE_ISOLATION = "READ COMMITTED"


def write_options(dialect_name: str, *, lock_inventory: bool = False) -> dict[str, str]:
    """Execution options that make a connection's next transaction a real one."""
    if dialect_name == "postgresql":
        return {"isolation_level": WRITE_ISOLATION}
    return {"sqlite_begin": "IMMEDIATE"} if lock_inventory else {}


@event.listens_for(Session, "before_flush")
def _refuse_writes_outside_transaction(
    session: Session, flush_context: Any, instances: Any
) -> None:
    """A request's writes belong in `transaction()`: on an autocommit connection a flush
    outside it would commit statement by statement (and before, it was silently rolled
    back). Commands, jobs and test fixtures outside a request are not checked."""
    if has_request_context() and not session.info.get(_WRITING):
        raise RuntimeError("a write outside transaction(): wrap it in uow.transaction()")


def after_commit(callback: Callable[[], None]) -> None:
    """Run `callback` once the current transaction has committed (dropped on rollback)."""
    db.session.info.setdefault(_AFTER_COMMIT, []).append(callback)


@contextmanager
def transaction(*, lock_inventory: bool = False) -> Iterator[Session]:
    """Open a fresh transaction, commit it on success, roll it back on error.

    `lock_inventory=True` is for work that takes inventory locks: on SQLite, which has no
    row locks, the transaction starts with `BEGIN IMMEDIATE` so writers are serialised
    from the first statement (DESIGN §4). A read-only transaction left open by the caller
    (a view that looked something up) is closed first; pending writes are a bug.
    """
    session = db.session()
    if session.in_transaction():
        if session.new or session.dirty or session.deleted:
            raise RuntimeError("unflushed changes outside a transaction() block")
        session.rollback()
    session.info.pop(_AFTER_COMMIT, None)
    # Begin now (not at the first statement), so that the transaction is really open.
    dialect = session.get_bind().dialect.name
    session.connection(execution_options=write_options(dialect, lock_inventory=lock_inventory))
    session.info[_WRITING] = True
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        session.info.pop(_AFTER_COMMIT, None)
        raise
    finally:
        session.info.pop(_WRITING, None)
    for callback in session.info.pop(_AFTER_COMMIT, []):
        callback()
