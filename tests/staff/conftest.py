"""Staff area tests: accounts of each role and logged-in clients."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskClient

from pes.extensions import db
from pes.models import StaffRole, StaffUser
from pes.services.staff import create_staff
from tests.support.http import CSRF

PASSWORD = "correct horse battery staple"

LoggedIn = Callable[..., FlaskClient]


def make_staff(role: StaffRole, email: str | None = None, **values: object) -> StaffUser:
    user = create_staff(
        email=email or f"{role.value}@pariselite.example", role=role, password=PASSWORD
    )
    for name, value in values.items():
        setattr(user, name, value)
    db.session.commit()
    return user


def csrf_token(client: FlaskClient, path: str) -> str:
    page = client.get(path)
    match = CSRF.search(page.get_data(as_text=True))
    assert match, f"no CSRF token on {path} ({page.status_code})"
    return match.group(1)


def log_in(client: FlaskClient, email: str, password: str = PASSWORD) -> int:
    token = csrf_token(client, "/staff/login")
    response = client.post(
        "/staff/login", data={"csrf_token": token, "email": email, "password": password}
    )
    return response.status_code


@pytest.fixture
def logged_in(app: Flask) -> LoggedIn:
    """A new client logged in as a new account of `role`."""

    def factory(role: StaffRole, **values: object) -> FlaskClient:
        user = make_staff(role, **values)
        client = app.test_client()
        assert log_in(client, user.email) == 303
        return client

    return factory
