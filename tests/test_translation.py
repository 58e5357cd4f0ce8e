"""Translation: pages made through wagtail-localize, their slugs and links per language, the
language switcher, hreflang and the sitemap's alternates, PO files, machine translation."""

import html
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home.models import ContentPage
from tests.factories import make_body, make_campaign, make_directive, make_story, make_topic, publish
from translation.machinery import translate_with_strings

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def translate():
    def run(instance, code, strings=None):
        return translate_with_strings(instance, Locale.objects.get(language_code=code), strings or {})

    return run


@pytest.fixture
def translated_site(site, translate):
    """The sections of the test site in English and Chinese."""
    titles = {
        "en": {"Trang chủ": "Home", "Chiến dịch": "Campaigns", "Câu chuyện": "Stories", "Văn bản": "Documents"},
        "zh-hans": {"Trang chủ": "首页", "Chiến dịch": "宣传活动", "Câu chuyện": "地方故事", "Văn bản": "指导文件"},
    }
    for code, strings in titles.items():
        for key in ("home", "campaigns", "stories", "directives"):
            translate(site[key], code, strings)
    return site


def test_english_slug_comes_from_the_english_title_and_chinese_keeps_the_source_slug(translated_site, translate):
    story = make_story(translated_site["stories"], "doi-che-xanh", title="Đồi chè xanh")
    english = translate(story, "en", {"Đồi chè xanh": "Green tea hills"})
    chinese = translate(story, "zh-hans", {"Đồi chè xanh": "绿色茶山"})
    english.refresh_from_db()
    chinese.refresh_from_db()
    assert english.slug == "green-tea-hills"
    assert english.url == "/en/stories/green-tea-hills/"
    assert chinese.slug == "doi-che-xanh"
    assert chinese.url == "/zh-hans/cau-chuyen/doi-che-xanh/"


def test_switcher_links_only_published_translations(client, translated_site, translate):
    story = make_story(translated_site["stories"], "chi-tieng-anh", title="Chỉ có tiếng Anh")
    english = translate(story, "en", {"Chỉ có tiếng Anh": "English only"})
    html = client.get(story.url).content.decode()
    switcher = html.split('class="languages"', 1)[1].split("</nav>", 1)[0]
    assert f'href="{english.url}"' in switcher
    assert "zh-hans/" not in switcher
    assert "简体中文" in switcher and "Chưa có bản dịch" in switcher
    english.unpublish()
    switcher = client.get(story.url).content.decode().split('class="languages"', 1)[1].split("</nav>", 1)[0]
    assert "/en/" not in switcher


def page_of_every_type(site):
    issuer = make_body()
    directive = make_directive(site["directives"], "57-KL/TW", issuer=issuer)
    campaign = make_campaign(site["campaigns"], "chien-dich-mau", directives=[directive])
    story = make_story(site["stories"], "cau-chuyen-mau", campaign=campaign)
    content = publish(site["home"], ContentPage(title="Giới thiệu", slug="gioi-thieu"))
    return [site["home"], site["campaigns"], campaign, site["stories"], story, site["directives"], directive, content]


def test_every_page_type_has_alternates_in_all_three_languages(client, translated_site, translate):
    pages = page_of_every_type(translated_site)
    for page in pages[1:]:
        if not page.has_translation(Locale.objects.get(language_code="en")):
            translate(page, "en")
            translate(page, "zh-hans")
    for page in pages:
        versions = {
            code: page.get_translation(Locale.objects.get(language_code=code)) for code in ("vi", "en", "zh-hans")
        }
        for code, version in versions.items():
            response = client.get(version.url)
            assert response.status_code == 200, version.url
            html = response.content.decode()
            assert f'<html lang="{code}">' in html
            links = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))
            assert set(links) == {"vi", "en", "zh-hans", "x-default"}, version.url
            assert links["x-default"] == links["vi"] == versions["vi"].full_url
            assert links["en"] == versions["en"].full_url
            og = {"vi": "vi_VN", "en": "en_US", "zh-hans": "zh_CN"}[code]
            assert f'<meta property="og:locale" content="{og}">' in html


def test_translations_link_to_translated_topics_bodies_and_pages(translated_site, translate):
    topic = make_topic("Du lịch", "du-lich")
    body = make_body("Trung tâm Văn hóa")
    directive = make_directive(translated_site["directives"], "57-KL/TW", issuer=body)
    campaign = make_campaign(translated_site["campaigns"], "quang-ba", topics=[topic], directives=[directive])
    campaign.lead_body = body
    campaign.save_revision().publish()
    story = make_story(translated_site["stories"], "doi-che", topics=[topic], campaign=campaign)
    for instance in (topic, body, directive, campaign, story):
        translate(instance, "en", {"Du lịch": "Tourism", "Trung tâm Văn hóa": "Culture Centre"})
    english = Locale.objects.get(language_code="en")
    story_en = story.get_translation(english).specific
    campaign_en = campaign.get_translation(english).specific
    assert [t.name for t in story_en.topics.all()] == ["Tourism"]
    assert story_en.campaign == campaign_en
    assert campaign_en.lead_body.name == "Culture Centre"
    assert [d.locale for d in campaign_en.directives.all()] == [english]
    assert campaign_en.directives.get().issuer.name == "Culture Centre"


def test_sitemap_lists_every_language_with_alternates(client, translated_site):
    response = client.get("/sitemap.xml")
    xml = response.content.decode()
    assert 'xmlns:xhtml="http://www.w3.org/1999/xhtml"' in xml
    home = translated_site["home"]
    for code in ("vi", "en", "zh-hans"):
        url = home.get_translation(Locale.objects.get(language_code=code)).full_url
        assert f"<loc>{url}</loc>" in xml
        assert f'hreflang="{code}" href="{url}"' in xml
    assert "Sitemap: http://testserver/sitemap.xml" in client.get("/robots.txt").content.decode()


def test_fourth_language_by_environment_only(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}}
    env.update(
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
        DJANGO_SECRET_KEY="test-only",
        PORTAL_EXTRA_LANGUAGES="lo:ພາສາລາວ",
    )
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    script = (
        "import django, json; django.setup(); from django.conf import settings; "
        "from wagtail.models import Locale; "
        "print(json.dumps([dict(settings.WAGTAIL_CONTENT_LANGUAGES).get('lo'), "
        "Locale.objects.filter(language_code='lo').exists()]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    assert json.loads(result.stdout.strip().splitlines()[-1]) == ["ພາສາລາວ", True]


def test_unknown_extra_language_without_a_name_is_refused():
    from django.core.exceptions import ImproperlyConfigured

    from portal.languages import content_languages

    with pytest.raises(ImproperlyConfigured):
        content_languages("xx")
    assert ("km", "Khmer") in content_languages("km")


@pytest.fixture
def english_translation(translated_site, translate):
    story = make_story(translated_site["stories"], "po-mau", title="Câu chuyện mẫu", lead="Một đoạn tóm tắt.")
    translate(story, "en", {"Câu chuyện mẫu": "Sample story"})
    source = TranslationSource.objects.get_for_instance(story)
    return story, Translation.objects.get(source=source, target_locale__language_code="en")


def test_po_round_trip(admin_client, english_translation, translate):
    story, translation = english_translation
    response = admin_client.get(reverse("wagtail_localize:download_pofile", args=[translation.id]))
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    for entry in po:
        if entry.msgid == "Một đoạn tóm tắt.":
            entry.msgstr = "A short summary."
    file = io.BytesIO(str(po).encode())
    file.name = "story.po"
    response = admin_client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.id]), {"file": file, "next": "/admin/"}, follow=True
    )
    assert response.status_code == 200
    assert StringTranslation.objects.filter(locale__language_code="en", data="A short summary.").exists()
    english = translate(story, "en")
    assert "A short summary." in admin_client.get(english.url).content.decode()


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\x01 not a po file \xff",
        b"this is plain text, not gettext",
        b'msgid "x"\nmsgstr "y"\n',
    ],
)
def test_a_file_that_is_not_our_po_changes_nothing(admin_client, english_translation, content):
    _story, translation = english_translation
    before = StringTranslation.objects.count()
    file = io.BytesIO(content)
    file.name = "bad.po"
    response = admin_client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.id]), {"file": file, "next": "/admin/"}, follow=True
    )
    assert response.status_code == 200
    assert StringTranslation.objects.count() == before
    assert [m.level_tag for m in response.context["messages"]] == ["error"]


def test_po_for_another_translation_or_with_broken_placeholders_changes_nothing(admin_client, english_translation):
    story, translation = english_translation
    other = Translation.objects.get(source=translation.source, target_locale__language_code="en")
    po = polib.pofile(admin_client.get(reverse("wagtail_localize:download_pofile", args=[other.id])).content.decode())
    po.metadata["X-WagtailLocalize-TranslationID"] = "00000000-0000-0000-0000-000000000000"
    before = StringTranslation.objects.count()
    for content in (str(po), str(po).replace("00000000-0000-0000-0000-000000000000", str(translation.uuid))):
        broken = polib.pofile(content)
        for entry in broken:
            entry.msgstr = entry.msgid + " %(oops)s"
        file = io.BytesIO(str(broken).encode())
        file.name = "x.po"
        response = admin_client.post(
            reverse("wagtail_localize:upload_pofile", args=[translation.id]),
            {"file": file, "next": "/admin/"},
            follow=True,
        )
        assert [m.level_tag for m in response.context["messages"]] == ["error"]
    assert StringTranslation.objects.count() == before
    response = admin_client.post(reverse("wagtail_localize:upload_pofile", args=[translation.id]), {"next": "/admin/"})
    assert response.status_code == 302


def machine_translator_of_editor(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.id]))
    props = re.search(r'data-props="([^"]+)"', response.content.decode())
    return json.loads(html.unescape(props.group(1)))["machineTranslator"]


def test_machine_translation_is_offered_only_when_configured(admin_client, english_translation):
    story, translation = english_translation
    english = story.get_translation(Locale.objects.get(language_code="en"))
    assert machine_translator_of_editor(admin_client, english)["name"]
    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=None):
        assert machine_translator_of_editor(admin_client, english) is None
        url = reverse("wagtail_localize:machine_translate", args=[translation.id])
        assert admin_client.post(url).status_code == 404


def test_streamfield_text_is_translated_and_files_and_images_follow_the_source(translated_site, translate):
    from wagtail_localize.models import StringSegment

    from tests.factories import make_document, make_image

    image, document = make_image("Ảnh"), make_document("Tệp")
    body = [
        ("heading", "Lịch sử"),
        ("paragraph", "<p>Đoạn văn.</p>"),
        ("image", {"image": image, "caption": "Chú thích", "credit": "Tác giả ảnh"}),
        ("quote", {"text": "Lời trích", "attribution": "Người nói"}),
        ("key_points", ["Điểm một", "Điểm hai"]),
        ("facts", [{"value": "12.000 ha", "label": "đồi chè"}]),
        ("document", {"document": document, "title": "Tải văn bản"}),
    ]
    story = make_story(translated_site["stories"], "khoi-noi-dung", body=body)
    source, _created = TranslationSource.get_or_create_from_instance(story)
    texts = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))
    expected = {"Lịch sử", "Đoạn văn.", "Chú thích", "Tác giả ảnh", "Lời trích", "Người nói", "Điểm một", "Điểm hai"}
    assert expected | {"12.000 ha", "đồi chè", "Tải văn bản"} <= texts
    assert not any(str(image.pk) == text or str(document.pk) == text for text in texts)

    english = translate(story, "en", {"Lịch sử": "History", "Chú thích": "Caption", "Điểm một": "Point one"})
    blocks = {block.block_type: block.value for block in english.body}
    assert blocks["heading"] == "History"
    assert blocks["image"]["caption"] == "Caption" and blocks["image"]["image"] == image
    assert blocks["document"]["document"] == document
    assert list(blocks["key_points"])[0] == "Point one"
