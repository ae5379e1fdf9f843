"""Occupied windows and the slots they cover, in UTC, across DST and midnight."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from pes.services.windows import Window, occupied_window, service_end, slot_starts
from tests.services.inventory_helpers import RULES

PARIS = ZoneInfo("Europe/Paris")


def test_window_adds_buffers_around_the_service() -> None:
    pickup = datetime(2027, 6, 1, 10, 0, tzinfo=PARIS)
    window = occupied_window(pickup, service_end(pickup, timedelta(minutes=50)), RULES)
    assert window.start == datetime(2027, 6, 1, 7, 45, tzinfo=UTC)
    assert window.end == datetime(2027, 6, 1, 9, 20, tzinfo=UTC)


def test_slots_cover_the_window_on_quarter_hours() -> None:
    window = Window(
        datetime(2027, 6, 1, 7, 50, tzinfo=UTC), datetime(2027, 6, 1, 8, 31, tzinfo=UTC)
    )
    assert [start.strftime("%H:%M") for start in slot_starts(window, 15)] == [
        "07:45",
        "08:00",
        "08:15",
        "08:30",
    ]


def test_window_ending_on_a_boundary_does_not_take_the_next_slot() -> None:
    window = Window(datetime(2027, 6, 1, 8, 0, tzinfo=UTC), datetime(2027, 6, 1, 9, 0, tzinfo=UTC))
    assert len(slot_starts(window, 15)) == 4


def test_hourly_hire_across_the_autumn_dst_change_lasts_real_hours() -> None:
    # 31 Oct 2027, 03:00 CEST → 02:00 CET: the wall clock gains an hour.
    pickup = datetime(2027, 10, 30, 22, 0, tzinfo=PARIS)
    end = service_end(pickup, timedelta(hours=10))
    assert end - pickup.astimezone(UTC) == timedelta(hours=10)
    assert end.astimezone(PARIS).hour == 7  # 22:00 + 10 h of real time, one hour "repeated"
    window = occupied_window(pickup, end, RULES)
    assert len(slot_starts(window, 15)) == (10 * 60 + 15 + 30) // 15


def test_spring_dst_change_and_midnight() -> None:
    # 28 Mar 2027, 02:00 CET → 03:00 CEST: 23:30 + 4 h ends at 04:30 wall clock.
    pickup = datetime(2027, 3, 27, 23, 30, tzinfo=PARIS)
    end = service_end(pickup, timedelta(hours=4))
    assert end.astimezone(PARIS) == datetime(2027, 3, 28, 4, 30, tzinfo=PARIS)
    starts = slot_starts(occupied_window(pickup, end, RULES), 15)
    assert starts[0] < datetime(2027, 3, 28, tzinfo=PARIS) < starts[-1]
    assert len(starts) == (4 * 60 + 45) // 15


@pytest.mark.parametrize("bad", [timedelta(0), timedelta(minutes=-5)])
def test_empty_or_negative_windows_are_refused(bad: timedelta) -> None:
    start = datetime(2027, 6, 1, 8, 0, tzinfo=UTC)
    with pytest.raises(ValueError, match="ends after"):
        Window(start, start + bad)


def test_naive_instants_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        Window(datetime(2027, 6, 1, 8, 0), datetime(2027, 6, 1, 9, 0))  # noqa: DTZ001
