"""End-to-end fixtures: the app served on loopback, and Debian's Chromium driven by
Playwright (`executable_path`; Playwright's own browser download is not used)."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from werkzeug.serving import make_server

from pes.demo import load_demo
from pes.extensions import db
from tests.support.http import free_port
from tests.support.services import unavailable

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "e2e"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str:
    path = os.environ.get("PES_CHROMIUM") or shutil.which("chromium")
    if not path:
        unavailable("Chromium", "no `chromium` on PATH (apt-get install chromium)")
    return str(path)


@pytest.fixture
def live_server(app: Flask) -> Iterator[str]:
    """The app with the demo catalog, served by a threaded Werkzeug server."""
    load_demo(db.session())
    db.session.commit()
    port = free_port()
    server = make_server("127.0.0.1", port, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.shutdown()
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def playwright() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as instance:
        yield instance


@pytest.fixture(scope="session")
def browser(playwright: Any) -> Iterator[Any]:
    chromium = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
    yield chromium
    chromium.close()


@pytest.fixture(scope="session")
def phone(playwright: Any) -> dict[str, object]:
    device = dict(playwright.devices["Pixel 7"])
    device.pop("default_browser_type", None)
    return device
