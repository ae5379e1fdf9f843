"""The booking funnel: route → date → vehicle → details → pay, as htmx partials."""

from .blueprint import bp

__all__ = ["bp"]
