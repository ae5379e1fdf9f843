"""The unit of work: one transaction per request, job, command or webhook delivery.

Services only `flush()`; the caller wraps them in `transaction()`, which commits once and
then runs the after-commit callbacks (enqueue a job, call a provider) — never before the
commit, so a worker can never see a row that is not there yet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from ..extensions import db, mark_writing, write_options

_AFTER_COMMIT = "pes_after_commit"


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
    mark_writing(session, True)
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        session.info.pop(_AFTER_COMMIT, None)
        raise
    finally:
        mark_writing(session, False)
    for callback in session.info.pop(_AFTER_COMMIT, []):
        callback()
