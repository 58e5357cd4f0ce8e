"""A walk through the admin in Debian's Chromium: every screen reads Vietnamese, dates are dd/mm/yyyy.

The screens: the dashboard, the page explorer, a campaign's editor, the image chooser, snippets,
settings, the reports, the workflow's menu and dialogs and its history, wagtail-localize's
"translate this page" form and translation editor, and our translation status report.

Screenshots go to var/walkthrough/ (ignored by git) so a person can look at them. A screen fails
when one of its visible text nodes is exactly an English message that our catalogues translate.
"""

import datetime
import re
from pathlib import Path

import polib
import pytest
from playwright.sync_api import sync_playwright
from wagtail.models import Locale, Page

from campaigns.models import CampaignPage
from editorial import roles
from home.models import PortalSettings
from tests.browser import launch
from tests.browser import log_in as browser_log_in
from tests.factories import make_body, make_campaign, make_image, make_site, make_topic
from translation.machinery import translate_with_strings

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "var" / "walkthrough"
PASSWORD = "a-long-walkthrough-password"

# Every visible text node of the page, whitespace collapsed; hidden elements and scripts left out.
VISIBLE_TEXT = """() => {
  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const text = walker.currentNode.textContent.replace(/\\s+/g, " ").trim();
    const element = walker.currentNode.parentElement;
    if (!text || !element || element.closest("script, style, template, noscript")) continue;
    if (!element.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})) continue;
    texts.push(text);
  }
  return texts;
}"""


def english_messages():
    """English msgids that a catalogue of ours translates into something else, without placeholders."""
    paths = [
        *(ROOT / "locale" / "wagtail" / "vi" / "LC_MESSAGES").glob("*.po"),
        ROOT / "locale/vi/LC_MESSAGES/django.po",
    ]
    messages = set()
    for path in paths:
        for entry in polib.pofile(str(path)):
            text = " ".join(entry.msgid.split())
            if entry.msgid_plural or re.search(r"[%{<]", text) or not re.search("[A-Za-z]{2}", text):
                continue
            if entry.msgstr and " ".join(entry.msgstr.split()) != text:
                messages.add(text)
    return messages


def log_in(playwright, live_server):
    """A Chromium page signed in to the admin; the browser asks for English, the admin stays Vietnamese."""
    return browser_log_in(launch(playwright), live_server.url, "bientap", PASSWORD, locale="en-US")


def still_english(page, english):
    """The visible texts of the page that are English messages our catalogues translate."""
    return sorted({text for text in page.evaluate(VISIBLE_TEXT) if text in english})


@pytest.fixture
def content(transactional_db, django_user_model):
    """A site with a campaign (and what it links to), the settings row and a superuser."""
    site = make_site()
    make_image("Biển đảo quê hương")
    campaign = make_campaign(
        site["campaigns"],
        "bien-dao",
        start=datetime.date(2025, 3, 4),
        topics=[make_topic("Biển đảo")],
        lead_body=make_body(),
    )
    PortalSettings.objects.get_or_create(site=site["home"].get_site())
    editor = django_user_model.objects.create_superuser("bientap", "bientap@example.com", PASSWORD)
    # Editors publish as themselves; a page published by no one shows "None" in the aging pages report.
    for page in Page.objects.filter(depth__gt=1).specific():
        page.save_revision(user=editor).publish(user=editor)
    return {"site": site, "campaign": campaign}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_admin_screens_read_vietnamese(live_server, content):
    english = english_messages()
    campaign, home = content["campaign"], content["site"]["home"]
    SHOTS.mkdir(parents=True, exist_ok=True)
    screens = {
        "dashboard": "/admin/",
        "explorer": f"/admin/pages/{home.pk}/",
        "editor": f"/admin/pages/{campaign.pk}/edit/",
        "image-chooser": None,
        "snippets": "/admin/snippets/",
        "settings": "/admin/settings/home/portalsettings/",
        "reports-site-history": "/admin/reports/site-history/",
        "reports-aging-pages": "/admin/reports/aging-pages/",
        "reports-locked-pages": "/admin/reports/locked/",
        "reports-workflows": "/admin/reports/workflow/",
    }
    untranslated = {}
    with sync_playwright() as playwright:
        page = log_in(playwright, live_server)
        for name, path in screens.items():
            if path is None:  # the image chooser opens from the editor's main image field
                page.goto(live_server.url + screens["editor"])
                page.get_by_role("button", name=re.compile("Chọn ảnh|Choose an image")).first.click()
                page.wait_for_selector(".modal-content .listing, .modal-content [data-chooser-modal-choice]")
            else:
                response = page.goto(live_server.url + path)
                assert response.status == 200, path
            page.wait_for_load_state("load")
            page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
            if found := still_english(page, english):
                untranslated[name] = found
        page.context.browser.close()
    assert untranslated == {}


def open_action_menu(page):
    page.get_by_role("button", name="Thao tác khác").click()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_workflow_and_translation_screens_read_vietnamese(live_server, content):
    """Submitting to the workflow, the task dialogs, the history, and translating a page."""
    english = english_messages()
    site, campaign = content["site"], content["campaign"]
    locale = Locale.objects.get(language_code="en")
    for key in ("home", "campaigns"):
        translate_with_strings(site[key], locale, {})
    translated = translate_with_strings(campaign, locale, {campaign.title: "Sea and islands"}, publish=False)
    SHOTS.mkdir(parents=True, exist_ok=True)
    untranslated = {}

    def look(name, full_page=True):
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)
        if found := still_english(page, english):
            untranslated[name] = found

    editor = f"{live_server.url}/admin/pages/{campaign.pk}/edit/"
    with sync_playwright() as playwright:
        page = log_in(playwright, live_server)
        page.goto(editor)
        open_action_menu(page)
        look("workflow-submit-menu", full_page=False)
        page.get_by_role("button", name=f"Gửi tới {roles.WORKFLOW}").click()
        page.wait_for_selector(".messages .success")
        look("workflow-submitted")

        for action in ("Phê duyệt kèm góp ý", "Yêu cầu chỉnh sửa"):
            page.goto(editor)
            open_action_menu(page)
            page.get_by_role("button", name=action).click()
            page.wait_for_selector(".modal-content form")
            look("workflow-dialog-" + ("approve" if action.startswith("Phê") else "request-changes"), full_page=False)
        page.goto(editor)
        open_action_menu(page)
        page.get_by_role("button", name="Phê duyệt kèm góp ý").click()
        page.fill(".modal-content textarea", "Nội dung đã rõ ràng.")
        page.locator(".modal-content [type=submit]").click()
        page.wait_for_selector(".messages .success")
        look("workflow-approved")

        for name, path in {
            "workflow-history": f"/admin/pages/{campaign.pk}/workflow_history/",
            "reports-workflow-tasks": "/admin/reports/workflow_tasks/",
            "translate-page-form": f"/admin/localize/submit/page/{campaign.pk}/",
            "reports-translation-status": "/admin/reports/translation-status/",
        }.items():
            assert page.goto(live_server.url + path).status == 200, path
            page.wait_for_load_state("load")
            look(name)

        page.goto(f"{live_server.url}/admin/pages/{translated.pk}/edit/")
        page.wait_for_selector("text=Sea and islands")
        look("translation-editor")
        segment_note = page.get_by_text(re.compile(r"^Đã dịch thủ công vào ngày \d+ tháng \d+, \d{4}$"))
        heading = page.get_by_role("heading", name="Bản dịch từ Tiếng Việt sang English")
        notes, headings = segment_note.count(), heading.count()
        page.context.browser.close()
    assert untranslated == {}
    assert (notes, headings) == (1, 1)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_date_picker_starts_on_monday_and_dates_read_back_day_first(live_server, content):
    campaign = content["campaign"]
    with sync_playwright() as playwright:
        page = log_in(playwright, live_server)
        page.goto(live_server.url + f"/admin/pages/{campaign.pk}/edit/")
        start, end = page.locator("#id_start_date"), page.locator("#id_end_date")
        assert start.input_value() == "04/03/2025"
        start.click()
        picker = page.locator(".xdsoft_datetimepicker:visible")
        picker.wait_for()
        page.screenshot(path=str(SHOTS / "date-picker.png"))
        weekdays = picker.locator(".xdsoft_calendar thead th").all_inner_texts()
        month = " ".join(picker.locator(".xdsoft_label > span").all_inner_texts())
        picker.locator("td[data-date='17'][data-month='2']").click()  # 17 March: months count from 0
        assert start.input_value() == "17/03/2025"
        end.fill("05/06/2025")
        page.keyboard.press("Tab")
        page.get_by_role("button", name="Lưu bản nháp").click()
        page.wait_for_selector(".messages .success")
        values = start.input_value(), end.input_value()
        page.context.browser.close()
    assert weekdays == ["Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "Chủ nhật"]
    assert month == "Tháng 3 2025"
    assert values == ("17/03/2025", "05/06/2025")
    draft = CampaignPage.objects.get(pk=campaign.pk).get_latest_revision_as_object()
    assert (draft.start_date, draft.end_date) == (datetime.date(2025, 3, 17), datetime.date(2025, 6, 5))
