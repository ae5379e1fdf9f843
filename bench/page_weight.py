"""Page weight of each funnel step: first load (HTML + CSS + htmx, gzip-compressed as the
production server sends them) and each htmx partial swap.

    .venv/bin/python -m bench.page_weight

Goals (issue 4): first load ≤ 40 KB compressed, partial swap ≤ 8 KB.
Runs on a throw-away SQLite database with the demo data.
"""

from __future__ import annotations

import gzip
import re
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from flask.testing import FlaskClient
from sqlalchemy import select

from pes import create_app
from pes.config import load_settings
from pes.demo import load_demo
from pes.extensions import db
from pes.i18n import PARIS
from pes.models import Place, VehicleClass

CSRF = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')
ASSETS = re.compile(r'(?:href|src)="(/(?:static|assets)/[^"]+)"')


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6))


def first_load(client: FlaskClient, url: str) -> tuple[int, int]:
    html = client.get(url).data
    total_raw, total_gz = len(html), gz(html)
    for asset in ASSETS.findall(html.decode()):
        body = client.get(asset).data
        total_raw += len(body)
        total_gz += gz(body)
    return total_raw, total_gz


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        settings = load_settings(
            env={}, database_url=f"sqlite:///{Path(folder) / 'weight.sqlite3'}", secret_key="x"
        )
        app = create_app(settings)
        with app.app_context():
            db.create_all()
            load_demo(db.session())
            db.session.commit()
            places = {p.code: p.id for p in db.session.scalars(select(Place))}
            business = db.session.scalars(
                select(VehicleClass.id).where(VehicleClass.code == "business")
            ).one()
        client = app.test_client()
        day = (datetime.now(PARIS).date() + timedelta(days=30)).isoformat()
        answers = {
            "route": {
                "kind": "transfer",
                "pickup_place_id": places["CDG"],
                "dropoff_place_id": places["PAR"],
                "passengers": 2,
                "luggage": 2,
            },
            "date": {"pickup_date": day, "pickup_time": "10:30"},
            "vehicle": {"vehicle_class_id": business},
            "details": {
                "customer_name": "Ana Souza",
                "customer_email": "ana@example.com",
                "customer_phone": "+351912345678",
            },
        }
        rows = []
        home_raw, home_gz = first_load(client, "/en/")
        rows.append(("home (hero form)", home_raw, home_gz, None))
        for step in ("route", "date", "vehicle", "details", "pay"):
            url = f"/en/book/{step}"
            raw, compressed = first_load(client, url)
            partial = client.get(url, headers={"HX-Request": "true"}).data
            rows.append((step, raw, compressed, gz(partial)))
            if step in answers:
                token = CSRF.search(client.get(url).get_data(as_text=True))
                assert token
                response = client.post(url, data={**answers[step], "csrf_token": token.group(1)})
                assert response.status_code == 303, (step, response.status_code)
        print("| page | first load raw | first load gzip | htmx partial gzip |")
        print("| --- | ---: | ---: | ---: |")
        for name, raw, compressed, partial_gz in rows:
            partial_text = f"{partial_gz / 1024:.1f} KB" if partial_gz is not None else "—"
            print(f"| {name} | {raw / 1024:.1f} KB | {compressed / 1024:.1f} KB | {partial_text} |")


if __name__ == "__main__":
    main()
