"""With the page cache off, every request renders, but the site chrome (home link, menu, unit
profile), the cards of listings (home/chrome.py, portal_tags.cards) and a page's head, language
switcher and pictures (pagecache_tags.pagefragment) are kept: each change a visitor could see in
them reaches the next render, in every language, and a preview never shows a kept part."""

import datetime

import pytest
from django.utils import timezone, translation
from wagtail.models import Locale, PageViewRestriction

from campaigns.models import CampaignPage, StoryGalleryImage, Topic
from campaigns.models.campaign import CampaignStatus
from home.models import PortalSettings, UnitProfile
from tests.factories import make_campaign, make_image, make_story, make_topic
from translation.machinery import translate_with_strings

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_off(settings):
    settings.PAGE_CACHE_ENABLED = False


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    assert "X-Page-Cache" not in response
    return response.content.decode()


def test_a_card_follows_its_page_s_new_title_and_place(client, site):
    story = make_story(site["stories"], "che", title="Đồi chè")
    assert "Đồi chè" in html(client, "/") and "Đồi chè" in html(client, site["stories"].url)
    story.title = "Đồi chè Tân Uyên"
    story.save_revision().publish()
    assert "Đồi chè Tân Uyên" in html(client, "/")
    assert "Đồi chè Tân Uyên" in html(client, site["stories"].url)
    story.move(site["home"], pos="last-child")
    story.refresh_from_db()
    assert f'href="{story.url}"' in html(client, "/")
    assert "Đồi chè" not in html(client, site["stories"].url)


def test_a_card_follows_a_renamed_topic(client, site):
    topic = make_topic("Du lịch", "du-lich")
    make_story(site["stories"], "che", topics=[topic])
    assert "<li>Du lịch</li>" in html(client, "/")
    Topic.objects.filter(pk=topic.pk).update(name="Du lịch cộng đồng")
    topic.refresh_from_db()
    topic.save()  # as the admin saves it (the update above only changes the row)
    assert "<li>Du lịch cộng đồng</li>" in html(client, "/")


def test_a_card_follows_its_image(client, site):
    image = make_image("Ảnh đồi chè")
    make_story(site["stories"], "che", hero_image=image)
    before = html(client, "/")
    image.focal_point_x, image.focal_point_y, image.focal_point_width, image.focal_point_height = 10, 10, 5, 5
    image.save()
    after = html(client, "/")
    rendition = image.get_rendition("fill-360x203|format-webp")
    assert rendition.url in after and rendition.url not in before


def test_a_campaign_card_follows_its_status_by_date(client, site):
    """A campaign's status comes from its dates and today's date, not from a publish."""
    today = timezone.localdate()
    campaign = make_campaign(site["campaigns"], "sap-toi", start=today + datetime.timedelta(days=3))
    with translation.override("vi"):
        upcoming, running = str(CampaignStatus.UPCOMING.label), str(CampaignStatus.RUNNING.label)
    card = f'<p class="card__meta">{upcoming}</p>'
    assert card in html(client, site["campaigns"].url)
    CampaignPage.objects.filter(pk=campaign.pk).update(start_date=today - datetime.timedelta(days=1))
    page = html(client, site["campaigns"].url)
    assert f'<p class="card__meta">{running}</p>' in page and card not in page


def test_the_chrome_follows_the_unit_profile_and_the_menu(client, site):
    profile = UnitProfile.objects.create(name="Ban Tuyên giáo", locale=site["home"].locale)
    settings = PortalSettings.for_site(site["home"].get_site())
    settings.unit_profile = profile
    settings.save()
    assert "Ban Tuyên giáo" in html(client, site["stories"].url)
    profile.name = "Ban Tuyên giáo và Dân vận"
    profile.save()
    assert "Ban Tuyên giáo và Dân vận" in html(client, site["stories"].url)
    assert ">Câu chuyện</a>" in html(client, "/")
    section = site["stories"]
    section.show_in_menus = False
    section.save_revision().publish()
    assert ">Câu chuyện</a>" not in html(client, "/")


def test_a_section_made_private_leaves_listings_and_asks_for_a_login(client, site):
    story = make_story(site["stories"], "noi-bo", title="Tin nội bộ")
    assert "Tin nội bộ" in html(client, "/")
    restriction = PageViewRestriction.objects.create(page=story, restriction_type=PageViewRestriction.LOGIN)
    assert "Tin nội bộ" not in html(client, "/")
    assert client.get(story.url).status_code == 302
    restriction.delete()
    assert "Tin nội bộ" in html(client, "/")
    assert client.get(story.url).status_code == 200


def test_the_head_and_the_switcher_follow_a_new_translation(client, site):
    story = make_story(site["stories"], "che", title="Đồi chè")
    page = html(client, story.url)
    assert 'hreflang="en"' not in page
    translate_with_strings(site["stories"], Locale.objects.get(language_code="en"), {"Câu chuyện": "Stories"})
    english = translate_with_strings(story, Locale.objects.get(language_code="en"), {"Đồi chè": "Tea hills"})
    page = html(client, story.url)
    assert f'hreflang="en" href="http://localhost{english.url}"' in page
    assert f'href="{english.url}"' in page.split('class="site-header"')[1]  # the switcher


def test_the_hero_and_the_gallery_follow_their_images(client, site):
    story = make_story(site["stories"], "che", hero_image=make_image("Cũ"))
    StoryGalleryImage(page=story, image=make_image("Bộ ảnh"), caption="Bản Giang").save()
    story.save_revision().publish()
    before = html(client, story.url)
    assert "Bản Giang" in before
    new_image = make_image("Mới")
    story.hero_image = new_image
    story.gallery_images.all().delete()
    story.save_revision().publish()
    after = html(client, story.url)
    assert new_image.get_rendition("fill-480x270|format-webp").url in after
    assert "Bản Giang" not in after


def test_a_preview_is_never_served_kept_parts(client, site):
    story = make_story(site["stories"], "che", hero_image=make_image("Cũ"))
    html(client, story.url)  # the published hero is kept
    draft = story.get_latest_revision_as_object()
    new_image = make_image("Bản nháp")
    draft.hero_image = new_image
    preview = draft.make_preview_request().content.decode()
    assert new_image.get_rendition("fill-480x270|format-webp").url in preview
