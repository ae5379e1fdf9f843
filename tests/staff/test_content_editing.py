"""The editors' screens (DESIGN §8): every save is a new revision, customers see only what
is published, the history restores old texts, a missing translation falls back to English
for customers and is marked for editors, Markdown is sanitised, and only editors (and
admins) get in. Unknown pages, languages and revisions are 404s, never 500s."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select
from werkzeug.test import TestResponse

from pes.demo import load_demo
from pes.extensions import db
from pes.models import (
    AuditEntry,
    ContentPage,
    ContentPublication,
    ContentRevision,
    StaffRole,
    StaffUser,
    Tour,
)
from pes.services.catalog import tour_name
from pes.services.content import get_page
from tests.staff.conftest import LoggedIn, csrf_token

SLUG = "about"
EDIT = f"/staff/content/{SLUG}/en"
PREVIEW = re.compile(r"/staff/content/about/en/preview/(\d+)$")


@pytest.fixture
def demo(app: Flask) -> None:
    load_demo(db.session())
    db.session.commit()


@pytest.fixture
def editor(demo: None, logged_in: LoggedIn) -> FlaskClient:
    return logged_in(StaffRole.EDITOR)


# --- helpers -------------------------------------------------------------------------------


def _page(slug: str = SLUG) -> ContentPage:
    db.session.rollback()
    return db.session.scalars(select(ContentPage).where(ContentPage.slug == slug)).one()


def _revision_count(slug: str = SLUG, locale: str = "en") -> int:
    page = _page(slug)
    return db.session.scalar(
        select(func.count())
        .select_from(ContentRevision)
        .where(ContentRevision.page_id == page.id, ContentRevision.locale == locale)
    )


def _published_id(slug: str = SLUG, locale: str = "en") -> int:
    publication = db.session.get(ContentPublication, (_page(slug).id, locale))
    assert publication is not None
    return publication.revision_id


def _text(response: TestResponse) -> str:
    return response.get_data(as_text=True)


def _save(
    client: FlaskClient,
    title: str,
    body: str = "",
    *,
    slug: str = SLUG,
    locale: str = "en",
    meta: str = "",
) -> TestResponse:
    path = f"/staff/content/{slug}/{locale}"
    token = csrf_token(client, path)
    return client.post(
        path,
        data={
            "csrf_token": token,
            "title": title,
            "meta_description": meta,
            "body_markdown": body,
        },
    )


def _saved_revision_id(response: TestResponse, slug: str = SLUG, locale: str = "en") -> int:
    assert response.status_code == 303, _text(response)
    match = re.search(rf"/staff/content/{slug}/{locale}/preview/(\d+)$", response.location)
    assert match, response.location
    return int(match.group(1))


def _post_revision(
    client: FlaskClient,
    action: str,
    revision_id: int | str,
    *,
    slug: str = SLUG,
    locale: str = "en",
    **extra: str,
) -> TestResponse:
    token = csrf_token(client, "/staff/content")
    return client.post(
        f"/staff/content/{slug}/{locale}/{action}",
        data={"csrf_token": token, "revision_id": str(revision_id), **extra},
    )


# --- the workflow --------------------------------------------------------------------------


def test_a_saved_draft_is_previewed_then_published(editor: FlaskClient) -> None:
    old = get_page(SLUG, "en")
    assert old is not None
    form = editor.get(EDIT)
    assert form.status_code == 200
    assert old.title in _text(form)
    before = _revision_count()
    published_before = _published_id()

    response = _save(editor, "About us, renewed", "We drive **you** since 2009.", meta="New")
    new_id = _saved_revision_id(response)
    assert _revision_count() == before + 1
    revision = db.session.get(ContentRevision, new_id)
    assert revision is not None
    assert revision.author is not None
    assert revision.author.email == "editor@pariselite.example"
    assert revision.title == "About us, renewed"

    preview = editor.get(response.location)
    assert preview.status_code == 200
    html = _text(preview)
    assert "Preview — not published" in html
    assert "About us, renewed" in html
    assert "<strong>you</strong>" in html
    assert preview.headers["Cache-Control"] == "no-store"

    # Customers still see the published text.
    still = get_page(SLUG, "en")
    assert still is not None
    assert still.title == old.title
    assert _published_id() == published_before

    published = _post_revision(editor, "publish", new_id)
    assert published.status_code == 303
    assert published.location.endswith(f"/staff/content/{SLUG}/en/history")
    page = get_page(SLUG, "en")
    assert page is not None
    assert page.title == "About us, renewed"
    assert "<strong>you</strong>" in page.body_html
    # The other languages are untouched.
    french = get_page(SLUG, "fr")
    assert french is not None
    assert french.title != "About us, renewed"

    audit = db.session.scalars(
        select(AuditEntry).where(AuditEntry.action == "publish-content")
    ).one()
    editor_id = db.session.scalars(
        select(StaffUser.id).where(StaffUser.email == "editor@pariselite.example")
    ).one()
    assert audit.booking_id is None
    assert audit.actor == "staff"
    assert audit.staff_user_id == editor_id
    assert audit.details == {
        "slug": SLUG,
        "locale": "en",
        "revision_id": new_id,
        "previous_revision_id": published_before,
    }
    publication = db.session.get(ContentPublication, (_page().id, "en"))
    assert publication is not None
    assert publication.published_by_id == editor_id

    # Publishing it again changes nothing and writes no second audit row.
    again = _post_revision(editor, "publish", new_id)
    assert again.status_code == 303
    assert (
        db.session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.action == "publish-content")
        )
        == 1
    )


def test_the_list_marks_a_draft_newer_than_the_published_text(editor: FlaskClient) -> None:
    html = _text(editor.get("/staff/content"))
    assert "Draft newer than published" not in html
    _saved_revision_id(_save(editor, "About us, draft"))
    html = _text(editor.get("/staff/content"))
    row = html.split("<td>about ", 1)[1].split("</tr>", 1)[0]
    assert row.count("Draft newer than published") == 1
    assert html.count("Draft newer than published") == 1
    assert 'href="/staff/content/about/pt"' in row


def test_the_list_shows_tours_as_tours(editor: FlaskClient) -> None:
    html = _text(editor.get("/staff/content"))
    tours = html.split("<h2>Tours</h2>", 1)[1]
    pages = html.split("<h2>Tours</h2>", 1)[0]
    tour_slugs = db.session.scalars(select(Tour.slug)).all()
    assert len(tour_slugs) == 9
    for slug in tour_slugs:
        assert f"<td>tour-{slug} " in tours
        assert f"<td>tour-{slug} " not in pages
    assert "<td>about " in pages


def test_history_lists_every_revision_and_restores_an_old_one(editor: FlaskClient) -> None:
    original = get_page(SLUG, "en")
    assert original is not None
    original_id = _published_id()
    new_id = _saved_revision_id(_save(editor, "About us, second version", "Second body."))
    assert _post_revision(editor, "publish", new_id).status_code == 303

    history = editor.get(f"/staff/content/{SLUG}/en/history")
    assert history.status_code == 200
    html = _text(history)
    assert html.index(f'id="revision-{new_id}"') < html.index(f'id="revision-{original_id}"')
    assert "editor@pariselite.example" in html  # the new revision's author
    assert "unknown (imported)" in html  # the demo revision has none
    assert f"/staff/content/{SLUG}/en/preview/{original_id}" in html
    assert f"/staff/content/{SLUG}/en/preview/{new_id}" in html

    before = _revision_count()
    restored = _post_revision(editor, "restore", original_id)
    restored_id = _saved_revision_id(restored)
    assert restored_id not in (original_id, new_id)
    assert _revision_count() == before + 1
    copy = db.session.get(ContentRevision, restored_id)
    old = db.session.get(ContentRevision, original_id)
    assert copy is not None
    assert old is not None
    assert (copy.title, copy.meta_description, copy.body_markdown) == (
        old.title,
        old.meta_description,
        old.body_markdown,
    )
    assert copy.author is not None
    assert copy.author.email == "editor@pariselite.example"
    assert old.author_id is None  # the old revision is left as it was
    # Restoring publishes nothing.
    current = get_page(SLUG, "en")
    assert current is not None
    assert current.title == "About us, second version"

    assert _post_revision(editor, "publish", restored_id).status_code == 303
    back = get_page(SLUG, "en")
    assert back is not None
    assert back.title == original.title
    assert back.body_html == original.body_html


def test_restore_and_publish_in_one_step(editor: FlaskClient) -> None:
    original = get_page(SLUG, "en")
    assert original is not None
    original_id = _published_id()
    new_id = _saved_revision_id(_save(editor, "Short-lived title"))
    assert _post_revision(editor, "publish", new_id).status_code == 303

    response = _post_revision(editor, "restore", original_id, publish="y")
    assert response.status_code == 303
    page = get_page(SLUG, "en")
    assert page is not None
    assert page.title == original.title
    assert _published_id() not in (original_id, new_id)  # a new revision is published


def test_a_missing_translation_falls_back_to_english_and_is_marked(editor: FlaskClient) -> None:
    page = _page()
    db.session.query(ContentPublication).filter_by(page_id=page.id, locale="pt").delete()
    db.session.commit()

    customer_view = get_page(SLUG, "pt")
    english = get_page(SLUG, "en")
    assert customer_view is not None
    assert english is not None
    assert customer_view.is_fallback
    assert customer_view.locale == "en"
    assert customer_view.title == english.title
    french = get_page(SLUG, "fr")
    assert french is not None
    assert not french.is_fallback

    html = _text(editor.get("/staff/content"))
    row = html.split("<td>about ", 1)[1].split("</tr>", 1)[0]
    cells = row.split("<td>")[1:]  # after the page's own cell: en, fr, es, pt
    assert len(cells) == 4
    assert ["Translation missing" in cell for cell in cells] == [False, False, False, True]
    assert html.count("Translation missing") == 1

    edit = _text(editor.get(f"/staff/content/{SLUG}/pt"))
    assert "Translation missing" in edit
    assert "starting from the English text" not in edit  # the old Portuguese text is there


def test_a_locale_without_any_revision_starts_from_the_english_text(editor: FlaskClient) -> None:
    page = _page()
    db.session.query(ContentPublication).filter_by(page_id=page.id, locale="es").delete()
    db.session.query(ContentRevision).filter_by(page_id=page.id, locale="es").delete()
    db.session.commit()
    english = get_page(SLUG, "en")
    assert english is not None

    form = editor.get(f"/staff/content/{SLUG}/es")
    assert form.status_code == 200
    html = _text(form)
    assert "Translation missing — starting from the English text." in html
    assert f'value="{english.title}"' in html

    new_id = _saved_revision_id(_save(editor, "Quiénes somos", "Texto.", locale="es"), locale="es")
    saved = get_page(SLUG, "es")
    assert saved is not None
    assert saved.is_fallback
    listing = _text(editor.get("/staff/content"))
    assert "Draft saved, not published" in listing

    assert _post_revision(editor, "publish", new_id, locale="es").status_code == 303
    published = get_page(SLUG, "es")
    assert published is not None
    assert not published.is_fallback
    assert published.title == "Quiénes somos"
    audit = db.session.scalars(
        select(AuditEntry).where(AuditEntry.action == "publish-content")
    ).one()
    assert audit.details["previous_revision_id"] is None


def test_tour_texts_are_edited_the_same_way(editor: FlaskClient) -> None:
    tour = db.session.scalars(select(Tour).order_by(Tour.sort_order)).first()
    assert tour is not None
    slug = f"tour-{tour.slug}"
    form = _text(editor.get(f"/staff/content/{slug}/fr"))
    assert "Tour name" in form
    assert "Summary" in form
    new_id = _saved_revision_id(
        _save(editor, "Paris by night, new", "Desc.", slug=slug, locale="fr", meta="Short"),
        slug=slug,
        locale="fr",
    )
    assert tour_name(tour.id, "fr") != "Paris by night, new"
    assert _post_revision(editor, "publish", new_id, slug=slug, locale="fr").status_code == 303
    db.session.rollback()
    assert tour_name(tour.id, "fr") == "Paris by night, new"


# --- sanitising ----------------------------------------------------------------------------

HOSTILE = (
    "Hello <script>alert(1)</script>\n\n"
    "<img src=x onerror=alert(1)>\n\n"
    "[x](javascript:alert(1))\n\n"
    '<iframe src="https://evil.example/"></iframe>\n\n'
    "<script>\nalert(2)\n</script>\n\n"
    '<a href="javascript:alert(3)" onclick="alert(4)">y</a>\n\n'
    "[ok](https://example.com/)\n"
)


class _Markup(HTMLParser):
    """The elements and attributes of a document (text, escaped or not, is ignored)."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes.extend((name, value or "") for name, value in attrs)


def _assert_inert(html: str) -> None:
    for dangerous in ("<script", "<iframe", "<img"):
        assert dangerous not in html.lower()
    parser = _Markup()
    parser.feed(html)
    assert not {"script", "iframe", "img", "object", "embed"} & set(parser.tags)
    for name, value in parser.attributes:
        assert not name.lower().startswith("on"), (name, value)
        assert "javascript:" not in value.lower(), (name, value)
    # What is left of the attack is escaped text ("&lt;img … onerror=…&gt;"), never markup.
    assert not re.search(r"<[^>]*\bonerror\s*=", html, re.IGNORECASE)
    assert not re.search(r"<[^>]*javascript:", html, re.IGNORECASE)


def test_hostile_markdown_is_sanitised_in_the_preview_and_the_public_text(
    editor: FlaskClient,
) -> None:
    new_id = _saved_revision_id(_save(editor, "<script>alert('title')</script>", HOSTILE))
    preview = _text(editor.get(f"/staff/content/{SLUG}/en/preview/{new_id}"))
    _assert_inert(preview)
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in preview
    assert '<a href="https://example.com/" rel="noopener noreferrer">ok</a>' in preview

    assert _post_revision(editor, "publish", new_id).status_code == 303
    page = get_page(SLUG, "en")
    assert page is not None
    _assert_inert(str(page.body_html))
    assert "<a" in page.body_html
    assert 'href="https://example.com/"' in page.body_html
    # The history and the edit form show the title and the source as text too.
    _assert_inert(_text(editor.get(f"/staff/content/{SLUG}/en/history")))
    _assert_inert(_text(editor.get(EDIT)))


# --- validation ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"title": "   "}, "title", "Please enter a title."),
        ({"title": "x" * 201}, "title", "At most 200 characters."),
        ({"title": "Fine", "meta_description": "m" * 321}, "meta_description", "At most 320"),
    ],
)
def test_invalid_input_is_shown_on_its_field_and_saves_nothing(
    editor: FlaskClient, data: dict[str, str], field: str, message: str
) -> None:
    before = _revision_count()
    token = csrf_token(editor, EDIT)
    response = editor.post(EDIT, data={"csrf_token": token, "body_markdown": "Kept", **data})
    assert response.status_code == 422
    html = _text(response)
    error = re.search(rf'<p class="field-error" id="{field}-error">([^<]*)</p>', html)
    assert error, html
    assert message in error.group(1)
    assert f'aria-describedby="{field}-error"' in html or f"{field}-error" in html
    assert re.search(r">\s*Kept</textarea>", html)  # what was typed is kept
    assert _revision_count() == before


def test_the_form_follows_the_staff_language(demo: None, logged_in: LoggedIn) -> None:
    """Labels and messages are lazy strings, translated when the form is shown (a message
    not in the catalogs yet falls back to English)."""
    client = logged_in(StaffRole.EDITOR, locale="fr")
    slug = f"tour-{db.session.scalars(select(Tour.slug)).first()}"
    path = f"/staff/content/{slug}/pt"
    token = csrf_token(client, path)
    response = client.post(path, data={"csrf_token": token, "title": ""})
    assert response.status_code == 422
    html = _text(response)
    assert '<html lang="fr">' in html
    assert '<label for="meta_description">Récapitulatif</label>' in html  # the tour's summary
    assert 'id="title-error"' in html


# --- not found -----------------------------------------------------------------------------


def test_unknown_pages_languages_and_revisions_are_404(editor: FlaskClient) -> None:
    other_page = _published_id("faq", "en")
    other_locale = _published_id(SLUG, "fr")
    for path in (
        "/staff/content/no-such-page/en",
        "/staff/content/about/de",
        "/staff/content/about/EN",
        "/staff/content/no-such-page/en/history",
        "/staff/content/about/xx/history",
        "/staff/content/about/en/preview/999999",
        "/staff/content/about/en/preview/0",
        f"/staff/content/about/en/preview/{10**30}",
        f"/staff/content/about/en/preview/{other_page}",
        f"/staff/content/about/en/preview/{other_locale}",
    ):
        assert editor.get(path).status_code == 404, path

    before = db.session.scalar(select(func.count()).select_from(ContentRevision))
    for action in ("publish", "restore"):
        for revision_id in (999999, 10**30, -1, other_page, other_locale, "abc", ""):
            response = _post_revision(editor, action, revision_id)
            assert response.status_code == 404, (action, revision_id)
        assert _post_revision(editor, action, other_page, slug="nope").status_code == 404
        assert _post_revision(editor, action, other_locale, locale="de").status_code == 404
    token = csrf_token(editor, "/staff/content")
    missing = editor.post("/staff/content/nope/en", data={"csrf_token": token, "title": "T"})
    assert missing.status_code == 404
    assert db.session.scalar(select(func.count()).select_from(ContentRevision)) == before
    assert db.session.scalar(select(func.count()).select_from(AuditEntry)) == 0


# --- who may ------------------------------------------------------------------------------


def _content_routes(editor_page: int) -> list[tuple[str, str, dict[str, Any]]]:
    base = f"/staff/content/{SLUG}/en"
    return [
        ("get", "/staff/content", {}),
        ("get", base, {}),
        ("post", base, {"title": "Hacked", "body_markdown": "x"}),
        ("get", f"{base}/preview/{editor_page}", {}),
        ("post", f"{base}/publish", {"revision_id": str(editor_page)}),
        ("get", f"{base}/history", {}),
        ("post", f"{base}/restore", {"revision_id": str(editor_page)}),
    ]


def test_dispatchers_are_refused_every_content_route(demo: None, logged_in: LoggedIn) -> None:
    published = _published_id()
    before = db.session.scalar(select(func.count()).select_from(ContentRevision))
    client = logged_in(StaffRole.DISPATCHER)
    token = csrf_token(client, "/staff/bookings")
    for method, path, data in _content_routes(published):
        kwargs = {"data": {"csrf_token": token, **data}} if method == "post" else {}
        response = getattr(client, method)(path, **kwargs)
        assert response.status_code == 403, (method, path, response.status_code)
    assert db.session.scalar(select(func.count()).select_from(ContentRevision)) == before


def test_anonymous_users_are_sent_to_the_login_page(demo: None, client: FlaskClient) -> None:
    published = _published_id()
    token = csrf_token(client, "/staff/login")
    for method, path, data in _content_routes(published):
        kwargs = {"data": {"csrf_token": token, **data}} if method == "post" else {}
        response = getattr(client, method)(path, **kwargs)
        assert response.status_code == 302, (method, path)
        assert response.location.split("?")[0].endswith("/staff/login"), response.location
    page = get_page(SLUG, "en")
    assert page is not None
    assert page.title != "Hacked"


def test_admins_may_edit_content(demo: None, logged_in: LoggedIn) -> None:
    client = logged_in(StaffRole.ADMIN)
    assert client.get(EDIT).status_code == 200
    assert client.get("/staff/content").status_code == 200


def test_posts_without_a_csrf_token_are_refused(editor: FlaskClient) -> None:
    published = _published_id()
    before = _revision_count()
    for method, path, data in _content_routes(published):
        if method == "post":
            assert editor.post(path, data=data).status_code == 400, path
    assert _revision_count() == before
    assert _published_id() == published
