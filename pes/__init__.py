"""Paris Elite Services — the booking site. `create_app()` is the only way to get an app."""

from __future__ import annotations

import os

from flask import Flask

from .config import Settings, load_settings


def create_app(settings: Settings | None = None) -> Flask:
    """Build the application from `settings` (default: the environment).

    No migration runs here: the database is created or upgraded by `flask pes upgrade-db`.
    """
    settings = settings or load_settings()
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(settings.as_flask_config())
    app.extensions["pes_settings"] = settings
    if "SQLALCHEMY_DATABASE_URI" not in app.config:
        os.makedirs(app.instance_path, exist_ok=True)
        app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///" + os.path.join(
            app.instance_path, "pes.sqlite3"
        )

    from . import cli, errors, forms_html, i18n, logs, security, templating
    from .extensions import babel, csrf, db, init_db, limiter, login_manager, migrate
    from .services import site_cache  # noqa: F401 - its ORM hook bumps the site version

    logs.init_app(app)
    forms_html.install()
    security.init_app(app)
    init_db(app)
    migrate.init_app(
        app,
        db,
        directory=os.path.join(os.path.dirname(os.path.dirname(__file__)), "migrations"),
        render_as_batch=True,
        compare_type=True,
    )
    babel.init_app(app, locale_selector=i18n.select_locale, timezone_selector=i18n.select_timezone)
    app.url_value_preprocessor(i18n.reset_request_state)
    csrf.init_app(app)
    login_manager.init_app(app)
    limiter.init_app(app)
    templating.init_app(app)
    cli.init_app(app)
    errors.init_app(app)

    from .funnel import bp as funnel_bp
    from .health import bp as health_bp
    from .manage import bp as manage_bp
    from .public import bp as public_bp
    from .public import root_bp
    from .simulated import bp as simulated_bp
    from .staff import bp as staff_bp
    from .webhooks import bp as webhooks_bp

    app.register_blueprint(root_bp)
    app.register_blueprint(public_bp)
    app.register_blueprint(funnel_bp)
    app.register_blueprint(manage_bp)
    app.register_blueprint(health_bp)
    app.register_blueprint(webhooks_bp)
    app.register_blueprint(simulated_bp)
    app.register_blueprint(staff_bp)
    return app
