"""axe-core (through axe-playwright-python) on every public page type in every language, in
Debian's Chromium: no serious or critical violation. Moderate ones are listed in the output.
The keyboard reaches the language switcher, the search box and the menu, with visible focus."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command
from playwright.sync_api import sync_playwright

from tests.browser import PHONE, launch, shot

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
BLOCKING = {"serious", "critical"}


@pytest.fixture
def demo():
    """The demo content: every page type, in Vietnamese, English and Chinese."""
    call_command("load_demo_content", verbosity=0)


def public_paths():
    from wagtail.models import Locale

    from campaigns.models import (
        CampaignIndexPage,
        CampaignPage,
        DirectiveIndexPage,
        DirectiveSummaryPage,
        StoryIndexPage,
        StoryPage,
    )
    from home.models import ContentPage, HomePage

    paths = []
    for code, prefix in (("vi", ""), ("en", "/en"), ("zh-hans", "/zh-hans")):
        locale = Locale.objects.get(language_code=code)
        for model in (
            HomePage,
            CampaignIndexPage,
            CampaignPage,
            StoryIndexPage,
            StoryPage,
            DirectiveIndexPage,
            DirectiveSummaryPage,
            ContentPage,
        ):
            page = model.objects.live().filter(locale=locale).first()
            if page is not None:
                paths.append((f"{code}-{model.__name__}", page.url))
        paths.append((f"{code}-search", f"{prefix}/search/?q=tam+duong"))
        paths.append((f"{code}-404", f"{prefix}/khong-co-trang-nay/"))
    return paths


def test_no_serious_or_critical_violation_on_any_public_page(live_server, demo):
    axe = Axe()
    blocking, moderate = {}, {}
    paths = public_paths()
    assert len(paths) >= 27
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page(viewport=PHONE, bypass_csp=True)
        for name, path in paths:
            page.goto(live_server.url + path)
            shot(page, "axe", name)
            for violation in axe.run(page).response["violations"]:
                found = blocking if violation["impact"] in BLOCKING else moderate
                found.setdefault(violation["id"], []).append(name)
        browser.close()
    print("moderate or minor axe findings:", moderate or "none")
    assert blocking == {}


def test_keyboard_reaches_switcher_search_and_menu_with_visible_focus(live_server, demo):
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(live_server.url + "/")
        reached = set()
        for _ in range(40):
            page.keyboard.press("Tab")
            focused = page.evaluate(
                """() => {
                  const el = document.activeElement;
                  const style = getComputedStyle(el);
                  const visible = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0)
                    || style.boxShadow !== "none";
                  const where = el.closest(".languages") ? "languages"
                    : el.closest("form[role=search]") ? "search"
                    : el.closest(".main-nav") ? "menu" : "other";
                  return {where, visible, tag: el.tagName};
                }"""
            )
            if focused["where"] != "other":
                assert focused["visible"], focused
                reached.add(focused["where"])
            if reached == {"languages", "search", "menu"}:
                break
        shot(page, "keyboard", "focus")
        browser.close()
    assert reached == {"languages", "search", "menu"}
