"""Configuration comes only from the environment."""

from __future__ import annotations

import pytest

from pes.config import load_settings, normalise_database_url


def test_embedded_defaults() -> None:
    settings = load_settings(env={})
    assert settings.database_url is None
    assert settings.redis_url is None
    assert settings.payment_provider == "simulated"
    assert settings.email_backend == "console"
    assert settings.slot_minutes == 15
    assert settings.hold_minutes == 30
    assert len(settings.secret_key) >= 32
    assert load_settings(env={}).secret_key != settings.secret_key


def test_stripe_key_selects_stripe() -> None:
    env = {"STRIPE_SECRET_KEY": "sk_test_123", "STRIPE_WEBHOOK_SECRET": "whsec_abc"}
    settings = load_settings(env=env)
    assert settings.payment_provider == "stripe"
    assert settings.stripe_webhook_secret == "whsec_abc"


def test_database_url_uses_psycopg3() -> None:
    assert normalise_database_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_database_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_database_url("sqlite:///x") == "sqlite:///x"
    settings = load_settings(env={"DATABASE_URL": "postgresql://u@h/db"})
    assert settings.as_flask_config()["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://u@h/db"


def test_bad_integer_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="PES_SLOT_MINUTES must be an integer"):
        load_settings(env={"PES_SLOT_MINUTES": "fifteen"})
