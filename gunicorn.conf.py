"""gunicorn settings for production (docs/DEPLOY.md): `gunicorn -c gunicorn.conf.py wsgi:app`.

Every value can be overridden from the environment, so one file serves every machine.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
# Sync workers: each request holds one database connection for its few milliseconds; row
# locks live in PostgreSQL, so any number of workers and machines stays correct.
# The pages are CPU-bound (templates): about one worker per core is best (docs/BENCHMARKS.md).
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
worker_class = "gthread" if threads > 1 else "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then (a slow leak never becomes an outage).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "20000"))
max_requests_jitter = 2000
# The load balancer terminates TLS; trust its X-Forwarded-* only from these addresses.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# The app writes JSON logs (pes/logs.py); gunicorn's own go to stderr too.
accesslog = os.environ.get("GUNICORN_ACCESSLOG", None)
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOGLEVEL", "info")
# The app is built once in the master (a restarted worker is ready at once). It opens no
# database or Redis connection while being built, so the forked workers share none: each
# creates its own pool on its first request.
preload_app = True
