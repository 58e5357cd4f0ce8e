"""Bad-input suites: script in every text an editor or a visitor controls comes out inert; redirects
stay on the site; admin POSTs need a CSRF token; GETs change nothing; the Host header is not trusted;
paths cannot climb out of the documents.

An output is inert when, parsed as HTML, it has no event-handler attribute, no javascript: URL and
no executable script carrying the payload (tests/test_headers.py separately proves public pages
have no inline script at all).
"""

import json
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry, Revision

from campaigns.blocks import RICH_TEXT_FEATURES
from campaigns.models import StoryGalleryImage, Topic
from home.models import ContentPage
from tests.factories import make_body, make_campaign, make_directive, make_document, make_image, make_story, publish

XSS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    "</title><script>alert(1)</script>",
    '<a href="javascript:alert(1)">x</a>',
    "<iframe src=javascript:alert(1)></iframe>",
    '" onmouseover="alert(1)" x="',
    "<body onload=alert(1)>",
    "<scr<script>ipt>alert(1)</script>",
    "<object data=javascript:alert(1)>",
]
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "xlink:href", "poster"}


class InertCheck(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.script = False

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            value = (value or "").replace(" ", "").lower()
            if name.startswith("on"):
                self.problems.append((f"<{tag} {name}=…>", self.getpos()[0]))
            if name in URL_ATTRIBUTES and value.startswith("javascript:"):
                self.problems.append((f"<{tag} {name}=javascript:…>", self.getpos()[0]))
        attributes = dict(attrs)
        executable = attributes.get("type", "text/javascript") in {"text/javascript", "module", ""}
        self.script = tag == "script" and executable and not attributes.get("src")

    def handle_data(self, data):
        if self.script and "alert(" in data:
            self.problems.append(("<script>alert…", self.getpos()[0]))

    def handle_endtag(self, tag):
        self.script = False


def assert_inert(response):
    assert response.status_code < 500
    checker = InertCheck()
    html = response.content.decode()
    checker.feed(html)
    lines = html.splitlines()
    assert not checker.problems, [(problem, lines[line - 1].strip()[:200]) for problem, line in checker.problems]


def text_fields(model):
    """The editable text fields an editor fills, beyond the page tree's own bookkeeping."""
    own = {"title", "seo_title", "search_description"}
    for field in model._meta.get_fields():
        kind = field.get_internal_type() if hasattr(field, "get_internal_type") else ""
        rich = isinstance(field, RichTextField)  # enters only through the editor: see the rich text test
        if kind not in {"CharField", "TextField"} or rich or field.choices or not field.editable:
            continue
        if (field.name in own or field.model is not Page) and field.name not in {"slug", "url_path", "draft_title"}:
            yield field


def fill(page, payload):
    for field in text_fields(type(page)):
        if field.name != "document_number":
            setattr(page, field.name, payload[: field.max_length] if field.max_length else payload)
    return page


# ---------------------------------------------------------------------------------------------
# XSS: every text field of every page type, rich text, stream blocks, snippet names, captions.
# ---------------------------------------------------------------------------------------------


def body_stream(payload, image, document):
    return [
        {"type": "heading", "value": payload},
        {"type": "paragraph", "value": from_editor(payload)},
        {"type": "quote", "value": {"text": payload, "attribution": payload}},
        {"type": "image", "value": {"image": image.pk, "caption": payload, "credit": payload}},
        {"type": "document", "value": {"document": document.pk, "title": payload}},
    ]


@pytest.mark.django_db
def test_script_in_every_text_field_snippet_name_and_caption_comes_out_inert(client, admin_client, site):
    """One site, each payload written in turn into every text of every page type, the snippets,
    image and document titles and captions; each public page and admin listing rendered."""
    locale = site["home"].locale
    topic = Topic.objects.create(name="Du lịch", locale=locale)
    body = make_body()
    image = make_image()
    document = make_document()
    campaign = make_campaign(site["campaigns"], "chien-dich-x", topics=[topic], lead_body=body)
    story = make_story(site["stories"], "cau-chuyen-x", topics=[topic], campaign=campaign, hero_image=image)
    gallery = StoryGalleryImage.objects.create(page=story, image=image)
    directive = make_directive(site["directives"], issuer=body)
    content = publish(site["home"], ContentPage(title="Giới thiệu", slug="gioi-thieu"))
    pages = [campaign, story, directive, content, site["home"]]

    for payload in XSS:
        Topic.objects.filter(pk=topic.pk).update(name=payload[:120], description=payload)
        type(body).objects.filter(pk=body.pk).update(name=payload[:200])
        type(image).objects.filter(pk=image.pk).update(title=payload)
        type(document).objects.filter(pk=document.pk).update(title=payload)
        type(gallery).objects.filter(pk=gallery.pk).update(caption=payload, credit=payload)
        for page in pages:
            page = page.specific
            page.refresh_from_db()
            fill(page, payload)
            if hasattr(page, "body"):
                page.body = body_stream(payload, image, document)
            try:
                page.save_revision().publish()
            except ValidationError:
                continue  # refused outright is as good as escaped
            assert_inert(client.get(page.url))
        for index in ("campaigns", "stories", "directives"):
            assert_inert(client.get(site[index].url))
            assert_inert(client.get(site[index].url, {"topic": topic.slug}))
        for admin_url in (
            reverse("wagtailsnippets_campaigns_topic:list"),
            reverse("wagtailsnippets_campaigns_body:list"),
            reverse("wagtailimages:index"),
            reverse("wagtaildocs:index"),
            reverse("wagtailadmin_explore", args=[site["stories"].pk]),
            reverse("wagtailadmin_pages:edit", args=[story.pk]),
        ):
            assert_inert(admin_client.get(admin_url))


def from_editor(text):
    """What the admin's rich text editor sends (contentstate): the text, linked to a javascript: URL,
    through the whitelist Wagtail converts it with on the way into the database."""
    contentstate = {
        "blocks": [
            {"key": "a", "type": "unstyled", "text": text, "depth": 0, "inlineStyleRanges": [],
             "entityRanges": [{"offset": 0, "length": len(text), "key": 0}]},
        ],
        "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": "javascript:alert(1)"}}},
    }  # fmt: skip
    return ContentstateConverter(RICH_TEXT_FEATURES).to_database_format(json.dumps(contentstate))


@pytest.mark.django_db
@pytest.mark.parametrize("payload", XSS)
def test_rich_text_from_the_editor_loses_script_and_javascript_links(client, site, payload):
    html = from_editor(payload)
    assert '<a href="javascript' not in html
    page = make_directive(site["directives"], local_tasks=html)
    page.summary = html
    page.save_revision().publish()
    campaign = make_campaign(site["campaigns"], "chien-dich-x", objectives=html)
    assert_inert(client.get(page.url))
    assert_inert(client.get(campaign.url))


# ---------------------------------------------------------------------------------------------
# Search queries and filter parameters.
# ---------------------------------------------------------------------------------------------

FILTER_PARAMETERS = ["q", "topic", "year", "category", "kind", "status", "page", "sort"]


@pytest.mark.django_db
@pytest.mark.parametrize("payload", XSS)
def test_search_queries_and_filter_parameters_come_out_inert(client, site, payload):
    make_story(site["stories"], "cau-chuyen-1")
    for prefix in ("", "/en", "/zh-hans"):
        assert_inert(client.get(f"{prefix}/search/", {"q": payload}))
        assert_inert(client.get(f"{prefix}/search/", {"q": "du lịch", "topic": payload, "page": payload}))
    response = client.get("/search/autocomplete/", {"q": payload})
    assert response.status_code == 200
    assert "<script" not in response.content.decode()
    for index in ("campaigns", "stories", "directives"):
        assert_inert(client.get(site[index].url, dict.fromkeys(FILTER_PARAMETERS, payload)))
    assert_inert(client.get("/khong-co/" + payload.replace("/", "")))


@pytest.mark.django_db
@pytest.mark.parametrize("payload", XSS)
def test_admin_search_and_filters_come_out_inert(admin_client, site, payload):
    for url in (
        reverse("wagtailadmin_pages:search"),
        reverse("wagtailimages:index"),
        reverse("wagtaildocs:index"),
        reverse("wagtailsnippets_campaigns_topic:list"),
        reverse("wagtailusers_users:index"),
    ):
        assert_inert(admin_client.get(url, {"q": payload, "collection_id": payload, "ordering": payload}))


# ---------------------------------------------------------------------------------------------
# Open redirects on next=.
# ---------------------------------------------------------------------------------------------

OFF_SITE = ["//evil.example", "https:evil.example", "/\\evil.example", "https://evil.example/", "\\\\evil.example"]


def stays_on_site(response):
    """A redirect's target is a path on this site (what it carries in its own query string is its business)."""
    location = response.headers.get("Location", "/")
    parts = urlsplit(location)
    return not parts.scheme and not parts.netloc and location.startswith("/") and location[1:2] not in ("/", "\\")


@pytest.mark.django_db
@pytest.mark.parametrize("target", OFF_SITE)
def test_next_never_leads_off_site(client, django_user_model, target):
    django_user_model.objects.create_superuser("quan-tri", "qt@example.invalid", "một-mật-khẩu-dài-để-thử")
    login = client.post(
        reverse("wagtailadmin_login") + f"?next={target}",
        {"username": "quan-tri", "password": "một-mật-khẩu-dài-để-thử", "next": target},
    )
    assert login.status_code == 302 and stays_on_site(login)
    assert stays_on_site(client.get(reverse("wagtailadmin_login"), {"next": target}))
    logout = client.post(reverse("wagtailadmin_logout"), {"next": target})
    assert logout.status_code == 302 and stays_on_site(logout)
    anonymous = client.get(reverse("wagtailadmin_pages:search"), {"next": target})
    assert stays_on_site(anonymous)


# ---------------------------------------------------------------------------------------------
# CSRF refusal and safe GETs.
# ---------------------------------------------------------------------------------------------


@pytest.fixture
def csrf_client(django_user_model):
    client = Client(enforce_csrf_checks=True)
    client.force_login(django_user_model.objects.create_superuser("qt", "qt@example.invalid", "x-long-password"))
    return client


@pytest.mark.django_db
def test_admin_posts_without_a_csrf_token_are_refused(csrf_client, site):
    story = make_story(site["stories"], "cau-chuyen-1")
    image = make_image()
    document = make_document()
    topic = Topic.objects.create(name="Du lịch", locale=site["home"].locale)
    posts = {
        reverse("wagtailadmin_pages:delete", args=[story.pk]): {},
        reverse("wagtailadmin_pages:unpublish", args=[story.pk]): {},
        reverse("wagtailadmin_pages:edit", args=[story.pk]): {"title": "Đã sửa"},
        reverse("wagtailadmin_pages:add", args=["campaigns", "storypage", site["stories"].pk]): {"title": "Mới"},
        reverse("wagtailimages:delete", args=[image.pk]): {},
        reverse("wagtaildocs:delete", args=[document.pk]): {},
        reverse("wagtailsnippets_campaigns_topic:delete", args=[topic.pk]): {},
        reverse("wagtailsnippets_campaigns_topic:add"): {"name": "Mới"},
        reverse("wagtailusers_users:add"): {"username": "moi"},
        reverse("wagtailadmin_logout"): {},
    }
    before = snapshot()
    for url, data in posts.items():
        assert csrf_client.post(url, data).status_code == 403, url
    assert snapshot() == before


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("pk", "title", "live", "latest_revision_id")),
        "revisions": Revision.objects.count(),
        "log": PageLogEntry.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "topics": sorted(Topic.objects.values_list("pk", "name")),
        "users": get_user_model().objects.count(),
    }


@pytest.mark.django_db
def test_no_get_changes_anything(admin_client, site):
    story = make_story(site["stories"], "cau-chuyen-1")
    image = make_image()
    document = make_document()
    topic = Topic.objects.create(name="Du lịch", locale=site["home"].locale)
    gets = [
        reverse("wagtailadmin_pages:delete", args=[story.pk]),
        reverse("wagtailadmin_pages:unpublish", args=[story.pk]),
        reverse("wagtailadmin_pages:copy", args=[story.pk]),
        reverse("wagtailadmin_pages:move", args=[story.pk]),
        reverse("wagtailadmin_pages:lock", args=[story.pk]),
        reverse("wagtailadmin_pages:unlock", args=[story.pk]),
        reverse("wagtailadmin_pages:revisions_index", args=[story.pk]),
        reverse("wagtailimages:delete", args=[image.pk]),
        reverse("wagtaildocs:delete", args=[document.pk]),
        reverse("wagtailsnippets_campaigns_topic:delete", args=[topic.pk]),
        reverse("wagtailadmin_logout"),
        "/health/",
        story.url,
        "/search/?q=du+lich",
        document.url,
    ]
    before = snapshot()
    for url in gets:
        assert admin_client.get(url).status_code < 500, url
    assert snapshot() == before
    assert not Page.objects.get(pk=story.pk).locked


# ---------------------------------------------------------------------------------------------
# Host header spoofing and path traversal.
# ---------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_password_reset_never_mails_a_link_to_a_spoofed_host(client, django_user_model, settings):
    settings.WAGTAIL_PASSWORD_RESET_ENABLED = True
    django_user_model.objects.create_user("bien-tap", "bt@example.invalid", "một-mật-khẩu-dài-để-thử")
    url = reverse("wagtailadmin_password_reset")
    spoofed = client.post(url, {"email": "bt@example.invalid"}, headers={"host": "evil.example"})
    assert spoofed.status_code == 400
    assert not mail.outbox
    forwarded = client.post(url, {"email": "bt@example.invalid"}, headers={"x-forwarded-host": "evil.example"})
    assert forwarded.status_code == 302
    assert len(mail.outbox) == 1
    assert "evil.example" not in mail.outbox[0].body


TRAVERSALS = [
    "../../../../etc/passwd",
    "..%2F..%2F..%2F..%2Fetc%2Fpasswd",
    "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "..\\..\\..\\etc\\passwd",
    "....//....//etc/passwd",
    "%252e%252e%252fetc%252fpasswd",
]


@pytest.mark.django_db
@pytest.mark.parametrize("trick", TRAVERSALS)
def test_paths_cannot_climb_out_of_documents_and_images(client, site, trick):
    document = make_document()
    image = make_image()
    for path in (
        f"/documents/{document.pk}/{trick}",
        f"/documents/{trick}",
        f"/documents/{document.pk}/../../portal/settings/base.py",
        f"/media/{trick}",
        f"/media/original_images/{image.file.name.rsplit('/', 1)[-1]}",
        f"/media/{document.file.name}",
        f"/static/{trick}",
        f"/{trick}",
    ):
        response = client.get(path)
        assert response.status_code in (301, 302, 400, 404), (path, response.status_code)
        content = b"".join(response.streaming_content) if response.streaming else response.content
        assert b"root:" not in content and b"SECRET_KEY" not in content
