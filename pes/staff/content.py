"""The editors' screens: pages and tour texts in four languages, with revisions.

Thin views; the rules are in `pes.services.content_editing`. Saving makes a new revision
and publishes nothing; the preview shows a revision with the public pages' Markdown
rendering; publishing points the page's publication in that language at a revision;
the history lists every revision and restores an old one as a new revision.
An unknown page, language or revision (or one of another page or language) is a 404.
"""

from __future__ import annotations

from typing import Any

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from sqlalchemy.exc import IntegrityError
from werkzeug.routing import BuildError
from werkzeug.wrappers import Response
from wtforms import HiddenField, IntegerField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length, Optional
from wtforms.widgets import HiddenInput

from ..config import DEFAULT_LOCALE, LOCALES
from ..extensions import db
from ..models import ContentPage, ContentRevision, PageKind, utcnow
from ..public.pages import page_url
from ..services import content_editing as editing
from ..services.content import render_markdown
from ..services.uow import transaction
from . import bp
from .auth import CONTENT, current_staff, staff_required

#: The field labels: a tour's texts are its name, summary and description.
LABELS = {
    PageKind.PAGE: {
        "title": _l("Title"),
        "meta_description": _l("Meta description"),
        "body_markdown": _l("Text (Markdown)"),
    },
    PageKind.TOUR: {
        "title": _l("Tour name"),
        "meta_description": _l("Summary"),
        "body_markdown": _l("Description (Markdown)"),
    },
}
#: Ids are 32-bit integers: a bigger number names no revision (and is never sent to the database).
MAX_ID = 2**31 - 1
AT_MOST = _l("At most %(max)s characters.")


def _strip(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


class PageTextForm(FlaskForm):  # type: ignore[misc]
    title = StringField(
        _l("Title"),
        filters=[_strip],
        validators=[
            DataRequired(_l("Please enter a title.")),
            Length(max=editing.TITLE_LENGTH, message=AT_MOST),
        ],
    )
    meta_description = TextAreaField(
        _l("Meta description"),
        filters=[_strip],
        validators=[Optional(), Length(max=editing.META_DESCRIPTION_LENGTH, message=AT_MOST)],
        render_kw={"rows": 3},
    )
    body_markdown = TextAreaField(
        _l("Text (Markdown)"),
        validators=[Length(max=editing.BODY_LENGTH, message=AT_MOST)],
        render_kw={"rows": 24},
    )
    #: The revision the editor started from: a newer one at saving time means a colleague
    #: saved in between (both revisions are kept; the editor is told).
    base_revision_id = HiddenField()

    def label_for(self, kind: PageKind) -> PageTextForm:
        for name, label in LABELS[kind].items():
            getattr(self, name).label.text = label
        return self


class RevisionForm(FlaskForm):  # type: ignore[misc]
    """Publish (or restore) one revision; `publish` is restore's second button."""

    revision_id = IntegerField(widget=HiddenInput(), validators=[InputRequired()])
    publish = SubmitField()


# --- helpers -------------------------------------------------------------------------------


def _page_or_404(slug: str, lang: str) -> ContentPage:
    if lang not in LOCALES:
        abort(404)
    page = editing.find_page(db.session(), slug)
    if page is None:
        abort(404)
    return page


def _revision_or_404(page: ContentPage, lang: str, revision_id: int | None) -> ContentRevision:
    if revision_id is None or not 0 < revision_id <= MAX_ID:
        abort(404)
    revision = editing.revision_of(db.session(), page, lang, revision_id)
    if revision is None:
        abort(404)
    return revision


def _staff_id() -> int:
    user = current_staff()
    assert user is not None  # staff_required let the request in
    return user.id


def _public_url(slug: str, locale: str) -> str | None:
    """The public address of the page, while the public routes are still being added."""
    try:
        return page_url(slug, locale)
    except BuildError:
        return None


def _context(page: ContentPage, lang: str) -> dict[str, Any]:
    """What every screen of one page and language shows in its header."""
    return {
        "page": page,
        "lang": lang,
        "is_tour": page.kind is PageKind.TOUR,
        "publication": editing.publication_of(db.session(), page, lang),
        "public_url": _public_url(page.slug, lang),
        "default_locale": DEFAULT_LOCALE,
    }


# --- the list ------------------------------------------------------------------------------


@bp.get("/content")
@staff_required(CONTENT)
def content() -> str:
    """The editors' home: every page and tour, and its state in each language."""
    rows = editing.pages_status(db.session())
    return render_template(
        "staff/content.html",
        pages=[row for row in rows if not row.is_tour],
        tours=[row for row in rows if row.is_tour],
    )


# --- edit ----------------------------------------------------------------------------------


def _render_edit(
    page: ContentPage, lang: str, form: PageTextForm, start: editing.EditStart, status: int = 200
) -> Response:
    html = render_template(
        "staff/content/edit.html",
        form=form.label_for(page.kind),
        start=start,
        latest=editing.latest_revision(db.session(), page, lang),
        **_context(page, lang),
    )
    return Response(html, status=status)


@bp.route("/content/<slug>/<lang>", methods=["GET", "POST"])
@staff_required(CONTENT)
def content_edit(slug: str, lang: str) -> Response:
    page = _page_or_404(slug, lang)
    start = editing.edit_start(db.session(), page, lang)
    if request.method == "GET":
        source = start.revision
        form = PageTextForm(
            data={
                "title": source.title if source else "",
                "meta_description": source.meta_description if source else "",
                "body_markdown": source.body_markdown if source else "",
                "base_revision_id": start.base_revision_id or "",
            }
        )
        return _render_edit(page, lang, form, start)
    form = PageTextForm()
    if not form.validate():
        return _render_edit(page, lang, form, start, status=422)
    staff_id = _staff_id()
    with transaction() as session:
        latest = editing.latest_revision(session, page, lang)
        based_on = form.base_revision_id.data  # None: not sent (then nothing to compare)
        concurrent = latest is not None and based_on is not None and based_on != str(latest.id)
        revision = editing.save_revision(
            session,
            page,
            lang,
            title=form.title.data,
            meta_description=form.meta_description.data or "",
            body_markdown=form.body_markdown.data or "",
            author_id=staff_id,
            now=utcnow(),
        )
        revision_id = revision.id
    if concurrent:
        flash(
            str(
                _l(
                    "Someone else saved this page while you were editing it. Both versions are "
                    "kept: compare them in the history."
                )
            )
        )
    flash(str(_l("Draft saved. Nothing is published yet: check the preview, then publish.")))
    return redirect(
        url_for("staff.content_preview", slug=slug, lang=lang, revision_id=revision_id), code=303
    )


# --- preview and publish -------------------------------------------------------------------


def _render_preview(
    page: ContentPage,
    lang: str,
    revision: ContentRevision,
    problem: Any = None,
    status: int = 200,
) -> Response:
    context = _context(page, lang)
    publication = context["publication"]
    latest = editing.latest_revision(db.session(), page, lang)
    html = render_template(
        "staff/content/preview.html",
        revision=revision,
        body_html=render_markdown(revision.body_markdown),
        is_published=publication is not None and publication.revision_id == revision.id,
        is_latest=latest is not None and latest.id == revision.id,
        publish_form=RevisionForm(formdata=None, revision_id=revision.id),
        problem=problem,
        **context,
    )
    response = Response(html, status=status)
    response.headers["Cache-Control"] = "no-store"  # unpublished text: never kept by a cache
    return response


@bp.get("/content/<slug>/<lang>/preview/<int:revision_id>")
@staff_required(CONTENT)
def content_preview(slug: str, lang: str, revision_id: int) -> Response:
    page = _page_or_404(slug, lang)
    return _render_preview(page, lang, _revision_or_404(page, lang, revision_id))


@bp.post("/content/<slug>/<lang>/publish")
@staff_required(CONTENT)
def content_publish(slug: str, lang: str) -> Response:
    page = _page_or_404(slug, lang)
    form = RevisionForm()
    if not form.validate():
        abort(404)  # no revision named: nothing to publish
    revision_id = _revision_or_404(page, lang, form.revision_id.data).id
    staff_id = _staff_id()
    try:
        with transaction() as session:
            revision = editing.revision_of(session, page, lang, revision_id)
            if revision is None:  # gone since (its page was deleted)
                abort(404)
            changed = editing.publish_revision(session, revision, staff_id, utcnow())
    except IntegrityError:  # a colleague published this language at the same moment
        return _render_preview(
            page,
            lang,
            _revision_or_404(page, lang, revision_id),
            problem=_l("Someone else published this page at the same moment. Please try again."),
            status=409,
        )
    if changed:
        flash(str(_l("Published: customers now see this revision.")))
    else:
        flash(str(_l("This revision is already the published one.")))
    return redirect(url_for("staff.content_history", slug=slug, lang=lang), code=303)


# --- history and restore -------------------------------------------------------------------


@bp.get("/content/<slug>/<lang>/history")
@staff_required(CONTENT)
def content_history(slug: str, lang: str) -> str:
    page = _page_or_404(slug, lang)
    return render_template(
        "staff/content/history.html",
        rows=editing.history(db.session(), page, lang),
        **_context(page, lang),
    )


@bp.post("/content/<slug>/<lang>/restore")
@staff_required(CONTENT)
def content_restore(slug: str, lang: str) -> Response:
    page = _page_or_404(slug, lang)
    form = RevisionForm()
    if not form.validate():
        abort(404)
    old_id = _revision_or_404(page, lang, form.revision_id.data).id
    and_publish = bool(form.publish.data)
    staff_id = _staff_id()
    try:
        with transaction() as session:
            old = editing.revision_of(session, page, lang, old_id)
            if old is None:
                abort(404)
            now = utcnow()
            revision = editing.restore_revision(session, old, staff_id, now)
            new_id = revision.id
            if and_publish:
                editing.publish_revision(session, revision, staff_id, now)
    except IntegrityError:
        flash(str(_l("Someone else published this page at the same moment. Please try again.")))
        return redirect(url_for("staff.content_history", slug=slug, lang=lang), code=303)
    if and_publish:
        flash(str(_l("Revision %(id)s restored and published.", id=old_id)))
        return redirect(url_for("staff.content_history", slug=slug, lang=lang), code=303)
    flash(str(_l("Revision %(id)s restored as a new draft. Check it, then publish it.", id=old_id)))
    return redirect(
        url_for("staff.content_preview", slug=slug, lang=lang, revision_id=new_id), code=303
    )
