"""WSGI entry point: `gunicorn wsgi:app`, `flask --app wsgi …`."""

from pes import create_app

app = create_app()
