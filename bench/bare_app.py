"""The real app plus one bare route, for `bench/throughput.py` only.

    gunicorn -c gunicorn.conf.py bench.bare_app:app

`/_bench/ok` answers "ok" without a template or a query, but through the same app (its
request hooks, session, logging, compression), the same gunicorn and the same settings as
the real pages, so "page req/s ÷ bare req/s" is what the page itself costs. The route exists
only in this module, never in the site.
"""

from __future__ import annotations

from pes import create_app

app = create_app()


@app.get("/_bench/ok")
def bench_ok() -> str:
    return "ok"
