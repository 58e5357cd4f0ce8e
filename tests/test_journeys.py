"""Journeys in Debian's Chromium, with a screenshot of each step under var/test-output/journeys/.

A visitor on a 360-px phone reads the home page, a campaign, a story and a directive, switches
to English and to Chinese, and searches for "tam duong".
"""

import pytest
from django.core.management import call_command
from playwright.sync_api import sync_playwright

from campaigns.models import CampaignPage, DirectiveSummaryPage, StoryPage
from tests.browser import PHONE, launch, shot

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def first_vietnamese(model):
    return model.objects.live().filter(locale__language_code="vi").order_by("path").first()


def test_visitor_on_a_phone(live_server):
    call_command("load_demo_content", verbosity=0)
    campaign, story, directive = (first_vietnamese(m) for m in (CampaignPage, StoryPage, DirectiveSummaryPage))
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page(viewport=PHONE, is_mobile=True, has_touch=True)
        page.goto(live_server.url + "/")
        assert page.locator("html").get_attribute("lang") == "vi"
        shot(page, "journeys", "visitor-01-home")
        for step, target in (("02-campaign", campaign), ("03-story", story), ("04-directive", directive)):
            page.goto(live_server.url + target.url)
            assert page.locator("h1").first.inner_text().strip() == target.title
            shot(page, "journeys", f"visitor-{step}")
        # The page's width fits the phone: nothing to scroll sideways.
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        page.locator(".languages a[hreflang=en]").click()
        page.wait_for_load_state()
        assert page.url.startswith(live_server.url + "/en/")
        assert page.locator("html").get_attribute("lang") == "en"
        shot(page, "journeys", "visitor-05-english")
        page.locator(".languages a[hreflang=zh-hans]").click()
        page.wait_for_load_state()
        assert page.url.startswith(live_server.url + "/zh-hans/")
        shot(page, "journeys", "visitor-06-chinese")
        page.goto(live_server.url + "/")
        page.fill("#site-search-q", "tam duong")
        page.keyboard.press("Enter")
        page.wait_for_url("**/search/?q=tam+duong*")
        results = page.locator("main a[href]").all_inner_texts()
        shot(page, "journeys", "visitor-07-search")
        browser.close()
    assert any("Tam Đường" in text for text in results), results
