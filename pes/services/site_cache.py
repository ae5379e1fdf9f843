"""Per-process cache of what the public pages show and rarely changes: places, tours and
their published names, prices, published content.

Every entry is kept under the *site version*, one integer row (`site_version`) that goes up
in the same transaction as any change to those tables: `_bump_version` is an ORM
`before_flush` hook, and the ORM is the only way the app writes them. A process re-reads
the version at most every `PES_SITE_CACHE_SECONDS` (default 1 s), so a change made on any
instance shows on every instance within that delay; the process that committed it re-reads
at once. With 0 the version is read at every lookup (never stale; one small query).

Entries are plain values (tuples, frozen dataclasses, Markup), never ORM objects, which
belong to one session. Threads may load the same entry twice; they never see a half-built one.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from itertools import chain
from typing import Any, TypeVar, cast

from flask import current_app, has_app_context
from sqlalchemy import event, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, UOWTransaction

from .. import models
from ..extensions import db
from ..models import SiteVersion

T = TypeVar("T")

#: Changing a row of these changes what some public page shows.
WATCHED = (
    models.ContentPage,
    models.ContentPublication,
    models.ContentRevision,
    models.HourlyRate,
    models.Place,
    models.Surcharge,
    models.Tour,
    models.TourPrice,
    models.TransferFare,
    models.TransferRoute,
    models.Vehicle,
    models.VehicleClass,
)
_BUMPED = "pes_site_version_bumped"
_EXTENSION = "pes_site_cache"


@dataclass
class _State:
    version: int | None = None
    checked_at: float = float("-inf")
    entries: dict[Hashable, Any] = field(default_factory=dict)


def _state() -> _State:
    return cast(_State, current_app.extensions.setdefault(_EXTENSION, _State()))


def _version(state: _State) -> int:
    now = time.monotonic()
    if state.version is None or now - state.checked_at >= current_app.config.get(
        "PES_SITE_CACHE_SECONDS", 1
    ):
        version = db.session.scalar(select(SiteVersion.version).where(SiteVersion.id == 1))
        state.checked_at = now
        if version != state.version:
            state.entries = {}  # a thread still filling the old dict fills it in vain
            state.version = version
    return state.version or 0


def cached(key: Hashable, load: Callable[[], T]) -> T:
    """The value stored under `key` for the current site version, loading it if needed."""
    state = _state()
    _version(state)
    entries = state.entries
    try:
        return cast(T, entries[key])
    except KeyError:
        value = entries[key] = load()
        return value


def clear() -> None:
    """Forget every entry and re-read the version at the next lookup (this app)."""
    current_app.extensions[_EXTENSION] = _State()


@event.listens_for(Session, "before_flush")
def _bump_version(session: Session, flush_context: UOWTransaction, instances: object) -> None:
    if session.info.get(_BUMPED):
        return
    changed = chain(session.new, session.dirty, session.deleted)
    if not any(isinstance(instance, WATCHED) for instance in changed):
        return
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    statement = insert(SiteVersion).values(id=1, version=1)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=[SiteVersion.id], set_={"version": SiteVersion.version + 1}
        )
    )
    session.info[_BUMPED] = True


@event.listens_for(Session, "after_commit")
def _reread_after_commit(session: Session) -> None:
    if session.info.pop(_BUMPED, False) and has_app_context():
        _state().checked_at = float("-inf")


@event.listens_for(Session, "after_rollback")
def _forget_rolled_back_bump(session: Session) -> None:
    session.info.pop(_BUMPED, None)
