"""Configuration, read only from the environment (DESIGN §9).

Every setting has a safe embedded default so that `make run` works on a fresh machine:
SQLite under the instance folder, jobs in-process, simulated payments, console email.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

LOCALES: tuple[str, ...] = ("en", "fr", "es", "pt")
DEFAULT_LOCALE = "en"
DISPLAY_TIMEZONE = "Europe/Paris"


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ValueError(f"{name} must be an integer, got {raw!r}") from exc


def _bool(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def _choice(env: Mapping[str, str], name: str, choices: tuple[str, ...]) -> str:
    raw = (env.get(name) or choices[0]).strip().lower()
    if raw not in choices:
        raise ValueError(f"{name} must be one of {choices}, got {raw!r}")
    return raw


@dataclass(frozen=True)
class EmailSettings:
    """How email leaves (DESIGN §7). Secrets come from the environment only."""

    file_dir: str | None = None  # `file` backend: where .eml files go (default instance/emails)
    smtp_host: str = "localhost"
    smtp_port: int = 587
    smtp_username: str | None = None
    smtp_password: str | None = None
    smtp_security: str = "starttls"  # starttls | ssl | none
    smtp_timeout_seconds: int = 30
    resend_api_key: str | None = None
    resend_api_base: str = "https://api.resend.com"
    max_attempts: int = 6
    retry_seconds: int = 60  # first retry; doubles each time (60 s, 2, 4, 8, 16 min)
    lease_seconds: int = 300  # a claimed row is left alone this long (the send in flight)
    reminder_hours: int = 24


EMAIL_BACKENDS = ("console", "file", "smtp", "resend")
SMTP_SECURITY = ("starttls", "ssl", "none")


def _email_settings(env: Mapping[str, str]) -> EmailSettings:
    security = _choice(env, "PES_SMTP_SECURITY", SMTP_SECURITY)
    return EmailSettings(
        file_dir=env.get("PES_EMAIL_DIR") or None,
        smtp_host=env.get("PES_SMTP_HOST") or "localhost",
        smtp_port=_int(env, "PES_SMTP_PORT", 465 if security == "ssl" else 587),
        smtp_username=env.get("PES_SMTP_USERNAME") or None,
        smtp_password=env.get("PES_SMTP_PASSWORD") or None,
        smtp_security=security,
        smtp_timeout_seconds=_int(env, "PES_SMTP_TIMEOUT_SECONDS", 30),
        resend_api_key=env.get("RESEND_API_KEY") or None,
        resend_api_base=env.get("PES_RESEND_API_BASE") or "https://api.resend.com",
        max_attempts=_int(env, "PES_EMAIL_MAX_ATTEMPTS", 6),
        retry_seconds=_int(env, "PES_EMAIL_RETRY_SECONDS", 60),
        lease_seconds=_int(env, "PES_EMAIL_LEASE_SECONDS", 300),
        reminder_hours=_int(env, "PES_REMINDER_HOURS", 24),
    )


@dataclass(frozen=True)
class Settings:
    """Typed view of the configuration; `as_flask_config()` feeds `app.config`."""

    secret_key: str
    database_url: str | None
    redis_url: str | None
    stripe_secret_key: str | None
    stripe_webhook_secret: str | None
    stripe_api_base: str | None
    base_url: str | None
    email_backend: str
    email_from: str
    email: EmailSettings
    slot_minutes: int
    buffer_before_minutes: int
    buffer_after_minutes: int
    hold_minutes: int
    lead_time_minutes: int
    horizon_days: int
    free_cancellation_hours: int
    dispatch_email: str | None = None
    rate_limits: bool = True
    #: GDPR retention: bookings are anonymised this long after pick-up; unpaid drafts and
    #: lapsed holds after `abandoned_retention_days`; sent emails' payloads after
    #: `outbox_retention_days`.
    retention_months: int = 36
    abandoned_retention_days: int = 30
    outbox_retention_days: int = 90
    log_format: str = "json"
    #: Production behind TLS: Secure `__Host-` cookies, HSTS, http → https.
    https: bool = False
    #: How many proxies (load balancers) set X-Forwarded-*; 0 = trust none.
    proxies: int = 0
    trusted_hosts: tuple[str, ...] = ()
    #: How often (seconds) a process re-reads the site version that keys its caches of the
    #: catalog and published content; 0 = at every lookup.
    site_cache_seconds: int = 1
    testing: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def payment_provider(self) -> str:
        """`stripe` when a secret key is configured, otherwise the simulated provider."""
        return "stripe" if self.stripe_secret_key else "simulated"

    def as_flask_config(self) -> dict[str, Any]:
        config: dict[str, Any] = {
            "SECRET_KEY": self.secret_key,
            "TESTING": self.testing,
            "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
            "SQLALCHEMY_RECORD_QUERIES": False,
            "BABEL_DEFAULT_LOCALE": DEFAULT_LOCALE,
            "BABEL_DEFAULT_TIMEZONE": DISPLAY_TIMEZONE,
            "BABEL_TRANSLATION_DIRECTORIES": os.path.join(
                os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "translations"
            ),
            "PES_LOCALES": LOCALES,
            "PES_REDIS_URL": self.redis_url,
            "PES_PAYMENT_PROVIDER": self.payment_provider,
            "STRIPE_SECRET_KEY": self.stripe_secret_key,
            "STRIPE_WEBHOOK_SECRET": self.stripe_webhook_secret,
            "STRIPE_API_BASE": self.stripe_api_base,
            "PES_BASE_URL": self.base_url,
            "PES_EMAIL_BACKEND": self.email_backend,
            "PES_EMAIL_FROM": self.email_from,
            "PES_EMAIL": self.email,
            "PES_SLOT_MINUTES": self.slot_minutes,
            "PES_BUFFER_BEFORE_MINUTES": self.buffer_before_minutes,
            "PES_BUFFER_AFTER_MINUTES": self.buffer_after_minutes,
            "PES_HOLD_MINUTES": self.hold_minutes,
            "PES_LEAD_TIME_MINUTES": self.lead_time_minutes,
            "PES_HORIZON_DAYS": self.horizon_days,
            "PES_FREE_CANCELLATION_HOURS": self.free_cancellation_hours,
            "WTF_CSRF_TIME_LIMIT": None,
            "RATELIMIT_STORAGE_URI": self.redis_url or "memory://",
            # Redis down: count in memory meanwhile rather than fail the request.
            "RATELIMIT_IN_MEMORY_FALLBACK_ENABLED": True,
            "RATELIMIT_SWALLOW_ERRORS": True,
            "RATELIMIT_ENABLED": self.rate_limits,
            "PES_DISPATCH_EMAIL": self.dispatch_email,
            "PES_RETENTION_MONTHS": self.retention_months,
            "PES_ABANDONED_RETENTION_DAYS": self.abandoned_retention_days,
            "PES_OUTBOX_RETENTION_DAYS": self.outbox_retention_days,
            "PES_LOG_FORMAT": self.log_format,
            "PES_HTTPS": self.https,
            "PES_PROXIES": self.proxies,
            "PES_SITE_CACHE_SECONDS": self.site_cache_seconds,
            "TRUSTED_HOSTS": list(self.trusted_hosts) or None,
            "SESSION_COOKIE_HTTPONLY": True,
            "SESSION_COOKIE_SAMESITE": "Lax",
        }
        if self.database_url:
            config["SQLALCHEMY_DATABASE_URI"] = normalise_database_url(self.database_url)
        config.update(self.extra)
        return config


def normalise_database_url(url: str) -> str:
    """Use psycopg 3 for PostgreSQL whatever scheme the operator wrote."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def load_settings(env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
    """Build settings from `env` (default: `os.environ`); keyword overrides win (tests)."""
    env = os.environ if env is None else env
    values: dict[str, Any] = {
        # No secret in the repository: without PES_SECRET_KEY a random one is made per
        # process, which is fine for the demo but logs everyone out at each restart.
        "secret_key": env.get("PES_SECRET_KEY") or secrets.token_urlsafe(32),
        "database_url": env.get("DATABASE_URL") or None,
        "redis_url": env.get("REDIS_URL") or None,
        "stripe_secret_key": env.get("STRIPE_SECRET_KEY") or None,
        "stripe_webhook_secret": env.get("STRIPE_WEBHOOK_SECRET") or None,
        "stripe_api_base": env.get("STRIPE_API_BASE") or None,
        "base_url": env.get("PES_BASE_URL") or None,
        "email_backend": _choice(env, "PES_EMAIL_BACKEND", EMAIL_BACKENDS),
        "email_from": env.get(
            "PES_EMAIL_FROM", "Paris Elite Services <bookings@pariselite.example>"
        ),
        "email": _email_settings(env),
        "slot_minutes": _int(env, "PES_SLOT_MINUTES", 15),
        "buffer_before_minutes": _int(env, "PES_BUFFER_BEFORE_MINUTES", 15),
        "buffer_after_minutes": _int(env, "PES_BUFFER_AFTER_MINUTES", 30),
        "hold_minutes": _int(env, "PES_HOLD_MINUTES", 30),
        "lead_time_minutes": _int(env, "PES_LEAD_TIME_MINUTES", 180),
        "horizon_days": _int(env, "PES_HORIZON_DAYS", 365),
        "free_cancellation_hours": _int(env, "PES_FREE_CANCELLATION_HOURS", 24),
        "dispatch_email": env.get("PES_DISPATCH_EMAIL") or None,
        "rate_limits": _bool(env, "PES_RATE_LIMITS", True),
        "retention_months": _int(env, "PES_RETENTION_MONTHS", 36),
        "abandoned_retention_days": _int(env, "PES_ABANDONED_RETENTION_DAYS", 30),
        "outbox_retention_days": _int(env, "PES_OUTBOX_RETENTION_DAYS", 90),
        "log_format": _choice(env, "PES_LOG_FORMAT", ("json", "text")),
        "https": _bool(env, "PES_HTTPS", False),
        "proxies": _int(env, "PES_PROXIES", 0),
        "trusted_hosts": tuple(
            host.strip() for host in env.get("PES_TRUSTED_HOSTS", "").split(",") if host.strip()
        ),
        "site_cache_seconds": _int(env, "PES_SITE_CACHE_SECONDS", 1),
        "testing": _bool(env, "PES_TESTING", False),
    }
    extra = overrides.pop("extra", {})
    values.update(overrides)
    values["extra"] = dict(extra)
    return Settings(**values)
