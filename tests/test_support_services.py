"""In CI a missing PostgreSQL or Redis fails the tests that need it instead of skipping."""

from __future__ import annotations

import pytest

from tests.support.services import unavailable


def test_missing_service_fails_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="in CI this is a failure"):
        unavailable("PostgreSQL", "connection refused")


def test_missing_service_skips_locally(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception):
        unavailable("Redis", "connection refused")
