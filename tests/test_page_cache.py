"""The anonymous page cache serves stored pages and never a stale one: every change that shows
on a page makes its stored copy stale, in every language, and nothing else."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import PortalSettings, UnitProfile
from tests.factories import make_campaign, make_directive, make_image, make_story, make_topic
from translation.machinery import translate_with_strings

pytestmark = pytest.mark.django_db


def get(client, url, **headers):
    response = client.get(url, headers=headers)
    assert response.status_code in (200, 304), (url, response.status_code)
    return response


def cached(client, url):
    """True when the page came from the cache (it is fetched once first to store it)."""
    return get(client, url).get("X-Page-Cache") == "hit"


def translate(instance, code, strings):
    from wagtail.models import Locale

    return translate_with_strings(instance, Locale.objects.get(language_code=code), strings)


def test_second_visit_is_served_from_the_cache_without_queries(client, site):
    make_story(site["stories"], "che", title="Đồi chè")
    get(client, "/")  # the first request of all creates the site's settings, a site-wide change
    first = get(client, site["stories"].url)
    assert first["X-Page-Cache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        second = get(client, site["stories"].url)
    assert second["X-Page-Cache"] == "hit"
    assert len(queries) == 0
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert second["Content-Language"] == "vi"


def test_query_strings_are_kept_apart(client, site):
    make_story(site["stories"], "che", category="culture")
    get(client, site["stories"].url)
    other = get(client, site["stories"].url + "?category=products")
    assert other["X-Page-Cache"] == "miss"
    assert "/cau-chuyen/che/" not in other.content.decode()


def test_signed_in_editors_never_get_or_fill_the_cache(client, admin_client, site):
    get(client, "/")
    response = get(admin_client, "/")
    assert "X-Page-Cache" not in response
    admin_client.logout()


def test_etag_answers_304(client, site):
    first = get(client, "/")
    etag = first["ETag"]
    assert set(first["Cache-Control"].split(", ")) == {"public", "max-age=0", "must-revalidate"}
    again = client.get("/", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""


def test_publishing_a_story_refreshes_its_page_listings_and_home_but_not_unrelated_pages(client, site):
    directive = make_directive(site["directives"], "57-KL/TW")
    campaign = make_campaign(site["campaigns"], "du-lich", directives=[directive])
    other = make_campaign(site["campaigns"], "khac")
    story = make_story(site["stories"], "che", title="Đồi chè", campaign=campaign, directives=[directive])
    urls = [story.url, site["stories"].url, "/", campaign.url, directive.url]
    for url in [*urls, other.url]:
        get(client, url)
    story.title = "Đồi chè xanh"
    story.save_revision().publish()
    for url in urls:
        response = get(client, url)
        assert response["X-Page-Cache"] == "miss", url
        assert "Đồi chè xanh" in response.content.decode(), url
    assert cached(client, other.url)


def test_a_new_translation_shows_in_its_language_and_in_the_source_switcher(client, site):
    for key, title in (("home", "Home"), ("stories", "Stories")):
        translate(site[key], "en", {site[key].title: title})
    story = make_story(site["stories"], "che", title="Đồi chè")
    get(client, "/en/")
    get(client, "/en/stories/")
    get(client, story.url)
    english = translate(story, "en", {"Đồi chè": "Tea hills"})
    assert "Tea hills" in get(client, "/en/stories/").content.decode()
    assert "Tea hills" in get(client, "/en/").content.decode()
    assert f'href="{english.url}"' in get(client, story.url).content.decode()


def test_unpublishing_removes_the_page_from_listings(client, site):
    story = make_story(site["stories"], "che", title="Đồi chè")
    get(client, site["stories"].url)
    get(client, story.url)
    story.unpublish()
    assert "Đồi chè" not in get(client, site["stories"].url).content.decode()
    assert client.get(story.url).status_code == 404


def test_moving_a_page_refreshes_old_and_new_places(client, site):
    story = make_story(site["stories"], "che", title="Đồi chè")
    old_url = story.url
    get(client, old_url)
    get(client, site["stories"].url)
    get(client, site["campaigns"].url)
    story.move(site["home"], pos="last-child")
    story.refresh_from_db()
    assert client.get(old_url).status_code in (301, 404)  # Wagtail may leave a redirect behind
    assert "Đồi chè" not in get(client, site["stories"].url).content.decode()
    assert get(client, story.url).status_code == 200


def test_deleting_a_page_refreshes_its_listings(client, site):
    story = make_story(site["stories"], "che", title="Đồi chè")
    url = story.url
    get(client, url)
    get(client, site["stories"].url)
    get(client, "/")
    story.delete()
    assert client.get(url).status_code == 404
    assert "Đồi chè" not in get(client, site["stories"].url).content.decode()
    assert "Đồi chè" not in get(client, "/").content.decode()


def test_changing_the_unit_profile_refreshes_every_page(client, site):
    profile = UnitProfile.objects.create(name="Ban Tuyên giáo", locale=site["home"].locale)
    settings = PortalSettings.for_site(site["home"].get_site())
    settings.unit_profile = profile
    settings.save()
    urls = ["/", site["stories"].url, site["directives"].url]
    for url in urls:
        assert "Ban Tuyên giáo" in get(client, url).content.decode()
    profile.name = "Ban Tuyên giáo và Dân vận"
    profile.save()
    for url in urls:
        assert "Ban Tuyên giáo và Dân vận" in get(client, url).content.decode(), url


def test_a_new_topic_reaches_the_listing_filters(client, site):
    get(client, site["stories"].url)
    make_topic("Văn hóa", "van-hoa")
    assert "Văn hóa" in get(client, site["stories"].url).content.decode()


def test_changing_an_image_refreshes_the_pages_that_show_it(client, site):
    image = make_image("Ảnh đồi chè")
    story = make_story(site["stories"], "che", hero_image=image)
    other = make_story(site["stories"], "khac")
    get(client, story.url)
    get(client, other.url)
    image.focal_point_x, image.focal_point_y, image.focal_point_width, image.focal_point_height = 10, 10, 5, 5
    image.save()
    assert get(client, story.url)["X-Page-Cache"] == "miss"
    assert cached(client, other.url)


def test_a_page_that_mentions_a_directive_refreshes_the_directive_s_pages(client, site):
    """A directive's page lists the pages whose text writes its number, in every language."""
    directive = make_directive(site["directives"], "57-KL/TW")
    get(client, directive.url)  # the first request also creates the site's settings row
    get(client, directive.url)
    assert cached(client, directive.url)
    story = make_story(site["stories"], "che", title="Đồi chè", lead="Thực hiện Kết luận 57-KL/TW của Bộ Chính trị.")
    assert "Đồi chè" in get(client, directive.url).content.decode()
    assert cached(client, directive.url)
    story.unpublish()
    assert "Đồi chè" not in get(client, directive.url).content.decode()
