"""The translation status report: statuses follow the translation's life, the listing costs
the same number of queries for 10 and for 200 pages, and it exports to CSV and XLSX."""

import csv
import io

import openpyxl
import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import GroupApprovalTask, Locale, Page, Workflow, WorkflowState, WorkflowTask
from wagtail_localize.models import TranslationSource

from tests.factories import make_story
from translation.machinery import translate_with_strings
from translation.status import Status, source_pages, target_locales, with_statuses

pytestmark = pytest.mark.django_db

URL = "/admin/reports/translation-status/"


def statuses(page):
    row = with_statuses(source_pages(), target_locales()).get(pk=page.pk)
    return row.status_en, row.status_zh_hans


@pytest.fixture
def english(site):
    locale = Locale.objects.get(language_code="en")
    for key in ("home", "stories"):
        translate_with_strings(site[key], locale, {})
    return locale


def test_a_translation_goes_from_missing_to_up_to_date_to_out_of_date_and_back(site, english):
    story = make_story(site["stories"], "doi-che", title="Đồi chè")
    assert statuses(story) == (Status.MISSING, Status.MISSING)

    translated = translate_with_strings(story, english, {"Đồi chè": "Tea hills"}, publish=False)
    assert statuses(story)[0] == Status.IN_PROGRESS

    translated.get_latest_revision().publish()
    assert statuses(story)[0] == Status.UP_TO_DATE

    story.title = "Đồi chè xanh"
    story.save_revision().publish()
    assert statuses(story)[0] == Status.OUT_OF_DATE

    # "Sync translated pages": the source is extracted again and the translation saved.
    TranslationSource.objects.get_for_instance(story).update_from_db()
    translate_with_strings(story, english, {"Đồi chè xanh": "Green tea hills"})
    assert statuses(story)[0] == Status.UP_TO_DATE


def test_a_translation_in_a_workflow_awaits_review(site, english, admin_user):
    story = make_story(site["stories"], "cho-duyet")
    translated = translate_with_strings(story, english, {})
    workflow = Workflow.objects.create(name="Duyệt thử")
    WorkflowTask.objects.create(workflow=workflow, task=GroupApprovalTask.objects.create(name="Duyệt"), sort_order=0)
    workflow.start(translated, admin_user)
    assert WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page), object_id=str(translated.pk)
    ).exists()
    assert statuses(story)[0] == Status.AWAITING_REVIEW


def count_report_queries(client):
    client.get(URL)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL)
    assert response.status_code == 200
    return len(queries), response


def test_report_queries_do_not_grow_with_pages(admin_client, site, english, settings):
    for n in range(10):
        translate_with_strings(make_story(site["stories"], f"s{n}"), english, {})
    few, response = count_report_queries(admin_client)
    assert response.content.decode().count('data-status="up-to-date"') >= 10
    for n in range(10, 200):
        make_story(site["stories"], f"s{n}")
    many, response = count_report_queries(admin_client)
    print(f"translation status report: {few} queries at 10 pages, {many} at 200")
    assert many == few


def test_report_filters_and_exports(admin_client, site, english):
    translate_with_strings(make_story(site["stories"], "da-dich", title="Đã dịch"), english, {"Đã dịch": "Done"})
    make_story(site["stories"], "chua-dich", title="Chưa dịch")

    missing = admin_client.get(URL, {"locale": "en", "status": "missing"}).content.decode()
    assert "Chưa dịch" in missing and "Đã dịch<" not in missing

    rows = list(csv.reader(io.StringIO(b"".join(admin_client.get(URL, {"export": "csv"}).streaming_content).decode())))
    assert len(rows[0]) == 3 + len(target_locales())
    titles = [row[0] for row in rows[1:]]
    assert "Đã dịch" in titles and "Chưa dịch" in titles

    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(admin_client.get(URL, {"export": "xlsx"}).streaming_content)))
    sheet_titles = [row[0] for row in workbook.active.iter_rows(min_row=2, values_only=True)]
    assert sheet_titles == titles


@pytest.mark.parametrize("params", [{"status": "bogus"}, {"locale": "xx"}, {"section": "zz"}, {"p": "abc"}])
def test_report_survives_bad_filters(admin_client, site, params):
    assert admin_client.get(URL, params).status_code == 200


def test_report_needs_a_page_permission(client, site, django_user_model):
    user = django_user_model.objects.create_user("khach", password="a-long-test-password")
    client.force_login(user)
    assert client.get(URL).status_code in (302, 403)


def test_sync_after_a_source_change_keeps_hand_translations_and_shows_what_changed(site, english):
    story = make_story(site["stories"], "doi-che", title="Đồi chè", lead="Chè xanh trên đồi.")
    translate_with_strings(story, english, {"Đồi chè": "Tea hills", "Chè xanh trên đồi.": "Green tea on the hills."})
    source = TranslationSource.objects.get_for_instance(story)
    translation = source.translations.get(target_locale=english)
    total, done = translation.get_progress()
    assert done == total

    story.lead = "Chè xanh trên những ngọn đồi cao."
    story.save_revision().publish()
    source.update_from_db()

    total, done = translation.get_progress()
    assert done == total - 1  # only the changed lead waits for the translator
    english_story = story.get_translation(english)
    assert english_story.title == "Tea hills"  # nothing published over the translator's work
    assert english_story.specific.lead == "Green tea on the hills."


def test_snippets_show_whether_each_language_has_a_translation(admin_client, site, english):
    from tests.factories import make_topic
    from translation.status import snippets_with_statuses

    translated = make_topic("Du lịch", "du-lich")
    untranslated = make_topic("Văn hóa", "van-hoa")
    translate_with_strings(translated, english, {"Du lịch": "Tourism"})
    rows = {
        topic.slug: (topic.status_en, topic.status_zh_hans)
        for topic in snippets_with_statuses(type(translated), target_locales())
    }
    assert rows == {"du-lich": (Status.UP_TO_DATE, Status.MISSING), "van-hoa": (Status.MISSING, Status.MISSING)}
    html = admin_client.get(URL).content.decode()
    assert untranslated.name in html and translated.name in html


def test_a_snippet_translation_goes_out_of_date_when_its_source_changes_and_back_after_sync(site, english):
    from tests.factories import make_topic
    from translation.status import snippets_with_statuses

    def status(topic):
        return snippets_with_statuses(type(topic), target_locales()).get(pk=topic.pk).status_en

    topic = make_topic("Du lịch", "du-lich")
    translate_with_strings(topic, english, {"Du lịch": "Tourism"})
    assert status(topic) == Status.UP_TO_DATE

    topic.name = "Du lịch cộng đồng"
    topic.save()
    assert status(topic) == Status.OUT_OF_DATE
    # Saving the translation does not hide the change; only a sync does.
    topic.get_translation(english).save()
    assert status(topic) == Status.OUT_OF_DATE

    # "Sync translated snippets": the changed name has no translation yet, so the English topic
    # shows the Vietnamese text until the translator finishes.
    TranslationSource.objects.get_for_instance(topic).update_from_db()
    assert status(topic) == Status.IN_PROGRESS
    translate_with_strings(topic, english, {"Du lịch cộng đồng": "Community tourism"})
    assert status(topic) == Status.UP_TO_DATE
    assert topic.get_translation(english).name == "Community tourism"
