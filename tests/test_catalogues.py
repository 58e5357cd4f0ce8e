"""Our own strings are complete in Vietnamese, English and Chinese, placeholders intact."""

import re
from pathlib import Path

import polib
import pytest

from translation.placeholders import placeholders_match

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "locale"
# The project's catalogue, and those of apps that keep their own `<app>/locale/` (makemessages
# puts an app's strings there when the folder exists).
CATALOGUES = [LOCALE, *sorted(ROOT.glob("*/locale"))]


def test_the_project_catalogue_holds_the_shared_strings():
    catalogue = polib.pofile(str(LOCALE / "vi" / "LC_MESSAGES" / "django.po"))
    assert len([entry for entry in catalogue if not entry.obsolete]) > 250


@pytest.mark.parametrize("language", ["vi", "en", "zh_Hans"])
@pytest.mark.parametrize(
    "path",
    [path for locale_dir in CATALOGUES for path in sorted((locale_dir / "vi" / "LC_MESSAGES").glob("*.po"))],
    ids=lambda path: str(path.relative_to(ROOT)),
)
def test_our_catalogue_is_complete(path, language):
    catalogue = polib.pofile(str(path.parent.parent.parent / language / "LC_MESSAGES" / path.name))
    entries = [entry for entry in catalogue if not entry.obsolete]
    assert [e.msgid for e in entries if not e.translated()] == []
    assert [e.msgid for e in entries if "fuzzy" in e.flags] == []
    for entry in entries:
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for translation in translations:
            assert placeholders_match(entry.msgid, translation), entry.msgid


# Words Vietnamese administrative usage borrows as they are.
LOANWORDS = {"website"}


@pytest.mark.parametrize(
    "path",
    [path for locale_dir in CATALOGUES for path in sorted((locale_dir / "vi" / "LC_MESSAGES").glob("*.po"))],
    ids=lambda path: str(path.relative_to(ROOT)),
)
def test_vietnamese_is_not_english(path):
    catalogue = polib.pofile(str(path))
    same = [
        e.msgid
        for e in catalogue
        if e.msgstr == e.msgid and re.search("[a-z]{4}", e.msgid) and e.msgid not in LOANWORDS
    ]
    assert same == []


# Messages our catalogue shares with Wagtail's and words its own way, with the same meaning.
SAME_MEANING = {"Email", "Previous", "Next", "Breadcrumb", "File", "Summary"}


def test_our_catalogue_does_not_change_what_a_wagtail_message_means():
    """Our catalogue comes first, so a shared message id takes our words everywhere in the admin
    too; a word of ours in another sense ("In progress" of a translation, not of a workflow) needs
    a context of its own."""
    ours = {
        (entry.msgctxt, entry.msgid): entry.msgstr
        for entry in polib.pofile(str(LOCALE / "vi" / "LC_MESSAGES" / "django.po"))
        if not entry.obsolete
    }
    wagtail = polib.pofile(str(LOCALE / "wagtail" / "vi" / "LC_MESSAGES" / "django.po"))
    differing = {
        entry.msgid for entry in wagtail if ours.get((entry.msgctxt, entry.msgid), entry.msgstr) != entry.msgstr
    }
    assert differing == SAME_MEANING
