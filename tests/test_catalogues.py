"""Our own strings are complete in Vietnamese, English and Chinese, placeholders intact."""

import re
from pathlib import Path

import polib
import pytest

from translation.placeholders import placeholders_match

LOCALE = Path(__file__).resolve().parent.parent / "locale"


@pytest.mark.parametrize("language", ["vi", "en", "zh_Hans"])
def test_our_catalogue_is_complete(language):
    catalogue = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    entries = [entry for entry in catalogue if not entry.obsolete]
    assert len(entries) > 250
    assert [e.msgid for e in entries if not e.translated()] == []
    assert [e.msgid for e in entries if "fuzzy" in e.flags] == []
    for entry in entries:
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for translation in translations:
            assert placeholders_match(entry.msgid, translation), entry.msgid


# Words Vietnamese administrative usage borrows as they are.
LOANWORDS = {"website"}


def test_vietnamese_is_not_english():
    catalogue = polib.pofile(str(LOCALE / "vi" / "LC_MESSAGES" / "django.po"))
    same = [
        e.msgid
        for e in catalogue
        if e.msgstr == e.msgid and re.search("[a-z]{4}", e.msgid) and e.msgid not in LOANWORDS
    ]
    assert same == []
