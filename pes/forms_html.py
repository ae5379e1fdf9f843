"""WTForms' `html_params` without `Markup.format`: the same HTML, a fifth of the CPU.

WTForms writes every attribute of every field with `Markup('{k}="{v}"').format(...)`, which
runs Python's `string.Formatter` (≈8 µs an attribute). A booking step renders about a hundred
attributes, so this alone was a quarter of the route step's CPU (docs/BENCHMARKS.md). This
version builds the same bytes with plain f-strings. `install()` puts it where WTForms looks
it up — the module function (labels, selects, text areas, lists) and the `html_params`
attribute of `Input` and `Button` — once, when the app is created.
`tests/test_forms_html.py` renders every field of every form of the app with both versions
and requires identical output.
"""

from __future__ import annotations

from typing import Any

import wtforms.widgets
import wtforms.widgets.core
from markupsafe import Markup, escape


def html_params(**kwargs: Any) -> Markup:
    """Attributes sorted by name; `True` → bare attribute, `False` → omitted; `class_`,
    `data_x_y` → `data-x-y`, `aria_…` as WTForms does (`clean_key`)."""
    params = []
    for key, value in sorted(kwargs.items()):
        name = escape(wtforms.widgets.core.clean_key(key))
        if value is True:
            params.append(str(name))
        elif value is not False:
            # `escape` leaves a Markup value as it is: its quotes still need escaping.
            params.append(f'{name}="{str(escape(value)).replace(chr(34), "&quot;")}"')
    return Markup(" ".join(params))  # noqa: S704 - every part escaped just above


ORIGINAL = wtforms.widgets.core.html_params


def install() -> None:
    wtforms.widgets.core.html_params = html_params
    wtforms.widgets.html_params = html_params
    for widget in (wtforms.widgets.core.Input, wtforms.widgets.core.Button):
        widget.html_params = staticmethod(html_params)
