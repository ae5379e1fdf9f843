"""Staff sessions (Flask-Login) and the one guard that expresses the roles.

A session names the account *and* its `session_version`: logging out (or deactivating the
account) bumps the version, so a copy of the old cookie is refused from then on. Logging in
clears whatever the session held before (no fixation) and gives it a new random id.
"""

from __future__ import annotations

import functools
import secrets
from collections.abc import Callable
from typing import ParamSpec, TypeVar, cast

from flask import abort, redirect, request, session, url_for
from flask_login import UserMixin, current_user, login_user, logout_user
from werkzeug.wrappers import Response

from ..extensions import db, login_manager
from ..models import StaffRole, StaffUser

P = ParamSpec("P")
R = TypeVar("R")


class StaffPrincipal(UserMixin):  # type: ignore[misc]
    """What Flask-Login keeps for a logged-in staff member."""

    def __init__(self, user: StaffUser) -> None:
        self.user = user

    def get_id(self) -> str:
        return f"{self.user.id}:{self.user.session_version}"

    @property
    def role(self) -> StaffRole:
        return self.user.role


@login_manager.user_loader  # type: ignore[untyped-decorator]
def _load(session_id: str) -> StaffPrincipal | None:
    user_id, _, version = session_id.partition(":")
    if not user_id.isdigit() or not version.isdigit():
        return None
    user = db.session.get(StaffUser, int(user_id))
    if user is None or not user.active or user.session_version != int(version):
        return None
    return StaffPrincipal(user)


def current_staff() -> StaffUser | None:
    if current_user.is_authenticated:
        return cast(StaffPrincipal, current_user).user
    return None


def start_session(user: StaffUser) -> None:
    session.clear()
    session["sid"] = secrets.token_urlsafe(16)
    login_user(StaffPrincipal(user))


def end_session() -> None:
    logout_user()
    session.clear()


#: Who may use what (DESIGN §8); admins may use every staff screen.
DISPATCH = (StaffRole.DISPATCHER, StaffRole.ADMIN)
CONTENT = (StaffRole.EDITOR, StaffRole.ADMIN)
ADMIN = (StaffRole.ADMIN,)


def staff_required(roles: tuple[StaffRole, ...]) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Anonymous → the login page (then back); a logged-in member without the role → 403."""

    def decorator(view: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(view)
        def guarded(*args: P.args, **kwargs: P.kwargs) -> R:
            user = current_staff()
            if user is None:
                target = request.full_path if request.method == "GET" else None
                response = redirect(url_for("staff.login", next=target))
                return cast(R, response)
            if user.role not in roles:
                abort(403)
            return view(*args, **kwargs)

        setattr(guarded, "staff_roles", roles)  # noqa: B010  (read by the tests' route matrix)
        return guarded

    return decorator


def safe_next(target: str | None) -> str:
    """Only a path inside the staff area: never an open redirect."""
    if target and target.startswith("/staff/") and not target.startswith("//"):
        return target
    return url_for("staff.home")


def redirect_to(target: str | None) -> Response:
    return redirect(safe_next(target), code=303)
