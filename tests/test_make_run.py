"""`make run` — the README's first command — serves the site with demo data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.support.http import Browser, free_port, running_server


@pytest.mark.slow
def test_make_run_serves_the_site_with_demo_data(tmp_path: Path) -> None:
    port = free_port()
    # A visitor's machine: none of the test suite's or a developer's settings.
    clean_env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PES_", "STRIPE_")) and key not in {"DATABASE_URL", "REDIS_URL"}
    }
    base = f"http://127.0.0.1:{port}"
    with running_server(
        ["make", "--no-print-directory", "run"],
        {"PORT": str(port), "DATABASE_URL": f"sqlite:///{tmp_path / 'run.sqlite3'}"},
        f"{base}/en/",
        tmp_path / "make-run.log",
        base_env=clean_env,
        timeout=180,
    ):
        browser = Browser()
        status, html, _ = browser.request(f"{base}/en/")
        assert status == 200
        assert "Paris Elite Services" in html
        assert "Versailles" in html  # demo tours are loaded
        status, _, headers = Browser().request(  # a new visitor, no language cookie yet
            f"{base}/", headers={"Accept-Language": "fr-FR,fr;q=0.9"}
        )
        assert status == 302
        assert headers["Location"].endswith("/fr/")
        status, body, _ = browser.request(f"{base}/static/vendor/htmx.min.js")
        assert status == 200
        assert "htmx" in body
