"""Small builders for test content: a site with its sections, and pages published in it."""

import datetime

from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, CollectionViewRestriction, Locale, Page, Site

from campaigns.models import (
    Body,
    CampaignIndexPage,
    CampaignPage,
    DirectiveIndexPage,
    DirectiveSummaryPage,
    StoryIndexPage,
    StoryPage,
    Topic,
)
from home.models import HomePage


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def make_site():
    """A Vietnamese home page as the default site's root, with the three sections."""
    locale = Locale.objects.get(language_code="vi")
    root = Page.get_first_root_node()
    home = publish(root, HomePage(title="Trang chủ", slug="trang-chu", locale=locale))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    return {
        "home": home,
        "campaigns": publish(home, CampaignIndexPage(title="Chiến dịch", slug="chien-dich", show_in_menus=True)),
        "stories": publish(home, StoryIndexPage(title="Câu chuyện", slug="cau-chuyen", show_in_menus=True)),
        "directives": publish(home, DirectiveIndexPage(title="Văn bản", slug="van-ban", show_in_menus=True)),
    }


def make_image(title="Ảnh"):
    image = get_image_model()(title=title, file=get_test_image_file())
    image.save()
    return image


def make_body(name="Bộ Chính trị"):
    return Body.objects.create(name=name, locale=Locale.get_default())


def make_topic(name="Du lịch", slug=None):
    return Topic.objects.create(name=name, slug=slug or "", locale=Locale.get_default())


def make_directive(index, number="57-KL/TW", date=datetime.date(2023, 6, 15), issuer=None, **fields):
    fields.setdefault("title", f"Kết luận số {number}")
    fields.setdefault("slug", number.lower().replace("/", "-"))
    page = DirectiveSummaryPage(
        document_number=number,
        kind=fields.pop("kind", "ket-luan"),
        issuer=issuer or make_body(),
        date_issued=date,
        subject="Về công tác thông tin đối ngoại",
        summary="<p>Tóm tắt.</p>",
        **fields,
    )
    return publish(index, page)


def make_campaign(index, slug, start=datetime.date(2025, 1, 1), end=None, **fields):
    fields.setdefault("title", f"Chiến dịch {slug}")
    topics = fields.pop("topics", [])
    directives = fields.pop("directives", [])
    page = CampaignPage(slug=slug, start_date=start, end_date=end, **fields)
    page.topics = topics
    page.directives = directives
    return publish(index, page)


def make_story(index, slug, date=datetime.date(2025, 5, 1), category="tourism", **fields):
    fields.setdefault("title", f"Câu chuyện {slug}")
    topics = fields.pop("topics", [])
    directives = fields.pop("directives", [])
    page = StoryPage(slug=slug, date=date, category=category, **fields)
    page.topics = topics
    page.directives = directives
    return publish(index, page)


def make_document(title="Văn bản gốc", restricted=False):
    """A document; `restricted` puts it in a collection only signed-in users may see."""
    collection = Collection.get_first_root_node()
    if restricted:
        collection = collection.add_child(name=f"Nội bộ {title}")
        CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")
    document = get_document_model()(title=title, collection=collection)
    document.file.save("van-ban.pdf", SimpleUploadedFile("van-ban.pdf", b"%PDF-1.4 test"), save=False)
    document.save()
    return document
