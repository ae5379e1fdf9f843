"""pes/forms_html.py renders exactly what WTForms renders, for every field of every form."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import wtforms.widgets
import wtforms.widgets.core
from flask import Flask
from flask_babel import lazy_gettext
from flask_wtf import FlaskForm
from markupsafe import Markup
from wtforms import RadioField, SelectField, SelectMultipleField

from pes import forms_html


@contextmanager
def wtforms_own_html_params() -> Iterator[None]:
    """WTForms as shipped, for the duration of the block."""
    places = [
        (wtforms.widgets.core, "html_params", forms_html.ORIGINAL),
        (wtforms.widgets, "html_params", forms_html.ORIGINAL),
        (wtforms.widgets.core.Input, "html_params", staticmethod(forms_html.ORIGINAL)),
        (wtforms.widgets.core.Button, "html_params", staticmethod(forms_html.ORIGINAL)),
    ]
    saved = [(owner, name, owner.__dict__[name]) for owner, name, _ in places]
    for owner, name, value in places:
        setattr(owner, name, value)
    try:
        yield
    finally:
        for owner, name, value in saved:
            setattr(owner, name, value)


def all_form_classes() -> list[type[FlaskForm]]:
    found: list[type[FlaskForm]] = []
    pending = list(FlaskForm.__subclasses__())
    while pending:
        form_class = pending.pop()
        pending.extend(form_class.__subclasses__())
        if form_class.__module__.startswith("pes."):
            found.append(form_class)
    return found


EXTRA_ATTRIBUTES: dict[str, Any] = {
    "aria_describedby": "a-hint a-error",
    "aria-invalid": "true",
    "autofocus": True,
    "readonly": False,
    "data_x_y": 'say "hi" & <bye>',
    "class_": Markup('already "markup"'),
    "min": 0,
}


def renderings(form: FlaskForm) -> list[str]:
    out = []
    for field in form:
        if isinstance(field, SelectField | RadioField | SelectMultipleField) and not field.choices:
            field.choices = [("1", lazy_gettext("Choose…")), ("2", 'A "quoted" <b>name</b> & co')]
        out.append(str(field()))
        out.append(str(field(**EXTRA_ATTRIBUTES)))
        out.append(str(field.label()))
        out.append(str(field.label(class_="x", **{"data-y": "'"})))
        if isinstance(field, RadioField):
            out.extend(str(option(required=True)) for option in field)
    return out


def test_every_field_of_every_form_renders_as_wtforms_renders_it(app: Flask) -> None:
    classes = all_form_classes()
    names = {form_class.__name__ for form_class in classes}
    assert {"RouteForm", "DateForm", "DetailsForm", "PayForm"} <= names  # the funnel's
    assert len(classes) >= 10  # and the staff and manage forms
    compared = 0
    with app.test_request_context("/en/book/route"):
        for form_class in classes:
            fast = renderings(form_class(meta={"csrf": False}))
            with wtforms_own_html_params():
                slow = renderings(form_class(meta={"csrf": False}))
            assert fast == slow, form_class.__name__
            compared += len(fast)
        with_csrf = form_class()
        fast_token = str(with_csrf.csrf_token())
        with wtforms_own_html_params():
            assert str(with_csrf.csrf_token()) == fast_token
    assert compared > 200


@pytest.mark.parametrize(
    "attributes",
    [
        {},
        {"value": None},
        {"value": 0, "checked": True, "disabled": False},
        {"value": '"><script>alert(1)</script>'},
        {"value": Markup('<b title="x">ok</b>')},
        {"for_": "id", "class_": "a b", "data_a_b": "c", "aria_label": "Close & go"},
        {"title": lazy_gettext("Choose…"), "step": 0.5},
    ],
)
def test_same_attributes_as_wtforms(app: Flask, attributes: dict[str, Any]) -> None:
    with app.test_request_context("/en/"):
        assert forms_html.html_params(**attributes) == forms_html.ORIGINAL(**attributes)
        assert isinstance(forms_html.html_params(**attributes), Markup)


def test_installed(app: Flask) -> None:
    assert wtforms.widgets.core.html_params is forms_html.html_params
    assert wtforms.widgets.core.TextInput.html_params is forms_html.html_params
    assert wtforms.widgets.html_params is forms_html.html_params  # what labels use
