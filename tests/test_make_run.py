"""`make run` — the README's first command — serves the site with demo data."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str, headers: dict[str, str] | None = None) -> tuple[int, str, dict[str, str]]:
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: object, **kwargs: object) -> None:
            return None

    opener = urllib.request.build_opener(NoRedirect)
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with opener.open(request, timeout=5) as response:
            return response.status, response.read().decode(), dict(response.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode(), dict(exc.headers)


@pytest.mark.slow
def test_make_run_serves_the_site_with_demo_data(tmp_path: Path) -> None:
    port = _free_port()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PES_", "STRIPE_")) and key not in {"DATABASE_URL", "REDIS_URL"}
    }
    env.update(PORT=str(port), DATABASE_URL=f"sqlite:///{tmp_path / 'run.sqlite3'}")
    log = (tmp_path / "make-run.log").open("w")
    process = subprocess.Popen(
        ["make", "--no-print-directory", "run"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        status = 0
        while time.monotonic() < deadline and process.poll() is None:
            try:
                status, html, _ = _get(f"{base}/en/")
                break
            except OSError:
                time.sleep(0.5)
        assert status == 200, (tmp_path / "make-run.log").read_text()
        assert "Paris Elite Services" in html
        assert "Versailles" in html  # demo tours are loaded
        status, _, headers = _get(f"{base}/", {"Accept-Language": "fr-FR,fr;q=0.9"})
        assert status == 302
        assert headers["Location"].endswith("/fr/")
        status, body, _ = _get(f"{base}/static/vendor/htmx.min.js")
        assert status == 200
        assert "htmx" in body
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
        log.close()
