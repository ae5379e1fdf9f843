"""Europe/Paris wall-clock times entered by customers → UTC instants (DESIGN §4–§5).

On the spring change (last Sunday of March) 02:00–02:59 does not exist; on the autumn
change (last Sunday of October) 02:00–02:59 happens twice. The first is refused, the second
must be disambiguated by the customer.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from ..i18n import PARIS


class NonexistentTime(ValueError):
    """The clocks jump over this time in Paris."""


class AmbiguousTime(ValueError):
    """This time happens twice in Paris; `fold` 0 is the first (summer time), 1 the second."""

    def __init__(self, first: datetime, second: datetime) -> None:
        super().__init__("ambiguous local time")
        self.first = first
        self.second = second


def utc_to_paris_fields(instant: datetime) -> tuple[date, time]:
    """The Paris date and minute-precision wall-clock time of a UTC instant (form values)."""
    local = instant.astimezone(PARIS)
    return local.date(), local.time().replace(second=0, microsecond=0, tzinfo=None)


def paris_to_utc(day: date, clock: time, fold: int | None = None) -> datetime:
    naive = datetime.combine(day, clock.replace(tzinfo=None, fold=0))
    first = naive.replace(tzinfo=PARIS, fold=0)
    second = naive.replace(tzinfo=PARIS, fold=1)
    if first.astimezone(UTC).astimezone(PARIS).replace(tzinfo=None) != naive:
        raise NonexistentTime(naive.isoformat())
    if first.utcoffset() != second.utcoffset():
        if fold is None:
            raise AmbiguousTime(first.astimezone(UTC), second.astimezone(UTC))
        return (second if fold else first).astimezone(UTC)
    return first.astimezone(UTC)
