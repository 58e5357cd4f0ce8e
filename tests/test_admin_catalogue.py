"""Our Vietnamese catalogue covers every Wagtail and wagtail-localize admin message, placeholders intact."""

import importlib.util
import shutil
from pathlib import Path

import polib
import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "check_catalogue.py"


@pytest.fixture(scope="module")
def checker():
    spec = importlib.util.spec_from_file_location("check_catalogue", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_package_message_is_translated_with_its_placeholders(checker):
    report = checker.check()
    assert report.untranslated == []
    assert report.mismatches == []
    assert report.msgfmt_errors == []
    assert report.total > 2000
    assert report.translated == report.total
    assert set(report.coverage) >= {
        "wagtail.admin (django)",
        "wagtail.admin (djangojs)",
        "wagtail.contrib.typed_table_block (django)",
        "wagtail_localize (django)",
        "wagtail_localize (djangojs)",
    }


@pytest.fixture
def broken_locale(checker, tmp_path):
    """A copy of locale/ whose Vietnamese admin catalogue lost one message and broke another."""
    locale = tmp_path / "locale"
    shutil.copytree(checker.LOCALE, locale, ignore=shutil.ignore_patterns("*.mo"))
    path = locale / "wagtail" / "vi" / "LC_MESSAGES" / "django.po"
    catalogue = polib.pofile(str(path))
    catalogue.remove(catalogue.find("Save draft"))
    catalogue.find("Resubmit to %(task_name)s").msgstr = "Gửi lại tới %(task)s"
    catalogue.find("Delete").flags.append("fuzzy")
    catalogue.save(str(path))
    return locale


def test_a_missing_fuzzy_or_broken_translation_fails_and_is_named(checker, broken_locale):
    report = checker.check(broken_locale)
    assert not report.ok
    assert ("django", None, "Save draft") in report.untranslated
    assert ("django", None, "Delete") in report.untranslated
    assert report.translated < report.total
    assert [m[1] for m in report.mismatches] == ["Resubmit to %(task_name)s"]
    assert [path.name for path, _ in report.msgfmt_errors] == ["django.po"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('<a href="%(url)s">%(count)s trang</a>', ["%(count)s", "%(url)s", "</a", "<a"]),
        ("{model_name} '{object}' 100%%", ["%%", "{model_name}", "{object}"]),
        ("Có <STRONG>%s</strong>, %d", ["%d", "%s", "</strong", "<strong"]),
    ],
)
def test_placeholders_are_format_markers_and_tag_names(checker, text, expected):
    assert checker.placeholders(text) == expected
