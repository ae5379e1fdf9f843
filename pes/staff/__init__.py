"""The staff area `/staff/` (DESIGN §8), outside the locale prefix; its screens follow the
staff member's own language."""

from flask import Blueprint

bp = Blueprint("staff", __name__, url_prefix="/staff")


@bp.context_processor
def _staff_context() -> dict[str, object]:
    from .auth import current_staff

    return {"current_staff": current_staff}


from . import admin as admin  # noqa: E402
from . import content as content  # noqa: E402
from . import dispatch as dispatch  # noqa: E402  (routes register on `bp`)
from . import privacy as privacy  # noqa: E402
from . import views as views  # noqa: E402

__all__ = ["bp"]
