"""Public pages under a locale prefix (`/en/`, `/fr/`, `/es/`, `/pt/`) and `/` itself."""

from .blueprint import bp, root_bp

__all__ = ["bp", "root_bp"]
