"""Driving Debian's Chromium from the tests: how it is launched and how a user signs in.

The login goes through the real form in one place (`log_in`), so when the admin asks some
users for a second factor, only this function changes.
"""

from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
# Without the networking flags Chromium keeps dialling out and the closed network refuses it.
CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Screenshots for people to look at; var/ is ignored by git.
SHOTS = Path(__file__).resolve().parent.parent / "var" / "test-output"
PHONE = {"width": 360, "height": 740}


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)


def log_in(browser, base_url, username, password, locale=None):
    """A new signed-in admin page for this user, through the login form; `locale` is the language
    the browser asks for (the admin answers in Vietnamese whatever it is)."""
    page = browser.new_page(locale=locale, viewport={"width": 1400, "height": 1000})
    page.goto(base_url + "/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(base_url + "/admin/")
    return page


def shot(page, folder, name):
    path = SHOTS / folder
    path.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path / f"{name}.png"), full_page=True)
