"""Personal-data tests: an administrator and their logged-in client, on the demo catalog."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from pes.models import StaffRole, StaffUser
from tests.staff.conftest import log_in, make_staff


@pytest.fixture
def admin(demo: Flask) -> StaffUser:
    return make_staff(StaffRole.ADMIN)


@pytest.fixture
def admin_client(demo: Flask, admin: StaffUser) -> FlaskClient:
    client = demo.test_client()
    assert log_in(client, admin.email) == 303
    return client
