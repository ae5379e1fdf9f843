"""Admin screens: fleet, prices, tours, staff accounts (role `admin`)."""

from __future__ import annotations

from flask import render_template

from ..services import catalog
from . import bp
from .auth import ADMIN, staff_required


@bp.get("/admin/fleet")
@staff_required(ADMIN)
def fleet() -> str:
    return render_template("staff/admin/fleet.html", classes=catalog.list_vehicle_classes())
