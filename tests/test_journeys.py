"""Journeys in Debian's Chromium, with a screenshot of each step under var/test-output/journeys/.

A visitor on a 360-px phone reads the home page, a campaign, a story and a directive, switches
to English and to Chinese, and searches for "tam duong". A story goes from the editor through
the reviewer and the leader to the visitor, then to the translator's editor.
"""

import re

import pytest
from django.core.management import call_command
from playwright.sync_api import sync_playwright
from wagtail.models import Page

from campaigns.models import CampaignPage, DirectiveSummaryPage, StoryPage
from tests.browser import PHONE, launch, log_in, shot

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
            # The page fits the phone: nothing to scroll sideways.
            assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], step
        page.goto(live_server.url + "/")  # the home page has its English and Chinese versions
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


def test_story_from_editor_to_visitor_and_translator(live_server, monkeypatch):
    """An editor writes a story with an image and submits it; a reviewer and a leader approve it;
    the visitor finds it in the listing and in search; a translator opens its English draft in
    the translation editor (submitting the translation is not driven through the browser yet)."""
    # The checks between browser steps read the database while Playwright's event loop runs.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from wagtail.models import Locale
    from wagtail_localize.models import Translation, TranslationSource

    from editorial import roles
    from tests.factories import make_image, make_site
    from tests.test_editorial_roles import PASSWORD, member

    site = make_site()
    make_image("Chợ phiên Tam Đường")
    for page in Page.objects.filter(depth__gt=1).specific():
        page.save_revision().publish()
    users = {key: member(key) for key in (roles.EDITORS, roles.REVIEWERS, roles.LEADERS, roles.TRANSLATORS)}
    title = "Chợ phiên Tam Đường mùa xuân"
    with sync_playwright() as playwright:
        browser = launch(playwright)
        editor = log_in(browser, live_server.url, users[roles.EDITORS].username, PASSWORD)
        editor.goto(live_server.url + f"/admin/pages/add/campaigns/storypage/{site['stories'].pk}/")
        editor.fill("#id_title", title)
        editor.fill("#id_date", "20/05/2025")
        editor.select_option("#id_category", "tourism")
        editor.get_by_role("button", name=re.compile("Chọn ảnh")).first.click()
        editor.locator(".modal-content a[data-chooser-modal-choice]").first.click()
        editor.locator(".modal-content").wait_for(state="detached")
        shot(editor, "journeys", "editor-01-story")
        editor.locator("footer [data-w-dropdown-target=toggle]").first.click()
        editor.locator("button[name=action-submit]").click()
        editor.wait_for_selector(".messages .success")
        shot(editor, "journeys", "editor-02-submitted")
        story = StoryPage.objects.get(title=title)
        assert not story.live and story.current_workflow_task is not None

        for step, key in (("reviewer", roles.REVIEWERS), ("leader", roles.LEADERS)):
            approver = log_in(browser, live_server.url, users[key].username, PASSWORD)
            shot(approver, "journeys", f"{step}-01-dashboard")
            approver.goto(live_server.url + f"/admin/pages/{story.pk}/edit/")
            approver.locator("footer [data-w-dropdown-target=toggle]").first.click()
            approver.locator("button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])").click()
            approver.wait_for_selector(".messages .success")
            shot(approver, "journeys", f"{step}-02-approved")
            approver.context.close()
        story.refresh_from_db()
        assert story.live
        assert story.slug == "cho-phien-tam-duong-mua-xuan"  # typed by the admin's script, folded on save

        visitor = browser.new_page(viewport=PHONE)
        visitor.goto(live_server.url + site["stories"].url)
        assert title in visitor.locator("main").inner_text()
        shot(visitor, "journeys", "visitor-08-new-story-listed")
        visitor.goto(live_server.url + "/search/?q=cho+phien+tam+duong")
        assert title in visitor.locator("main").inner_text()
        shot(visitor, "journeys", "visitor-09-new-story-found")

        english = Locale.objects.get(language_code="en")
        for page in (site["home"], site["stories"], StoryPage.objects.get(pk=story.pk)):
            source, _created = TranslationSource.get_or_create_from_instance(page)
            Translation.objects.create(source=source, target_locale=english).save_target(publish=False)
        target = StoryPage.objects.get(translation_key=story.translation_key, locale=english)
        translator = log_in(browser, live_server.url, users[roles.TRANSLATORS].username, PASSWORD)
        translator.goto(live_server.url + f"/admin/pages/{target.pk}/edit/")
        translator.get_by_role("heading", name="Bản dịch từ Tiếng Việt sang English").first.wait_for()
        shot(translator, "journeys", "translator-01-editor")
        # Every segment: "Dịch" opens it, the English goes in, "Lưu" keeps it.
        english_texts = {title: "Spring fair in Tam Duong"}
        while (translate := translator.get_by_role("button", name="Dịch", exact=True)).count():
            translate.first.click()
            box = translator.locator(".js-translation-editor textarea").first
            source = box.locator("xpath=ancestor::li[1]").inner_text().split("\n")[0]
            box.fill(english_texts.get(source, "English text"))
            translator.get_by_role("button", name="Lưu", exact=True).first.click()
        translator.get_by_text("Đang lưu").wait_for(state="detached")
        shot(translator, "journeys", "translator-02-translated")
        translator.get_by_role("button", name="Gửi duyệt bản dịch").click()
        translator.wait_for_selector(".messages .success")
        shot(translator, "journeys", "translator-03-submitted")
        browser.close()
    target.refresh_from_db()
    # The translation now waits for review like the source did; it is not live.
    assert not target.live and target.current_workflow_task is not None
    assert target.get_latest_revision_as_object().title == "Spring fair in Tam Duong"
