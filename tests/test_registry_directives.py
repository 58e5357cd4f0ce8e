"""The directive registry: numbers recognised in pages' text, linked, listed and reported on."""

import datetime

import pytest
from django.utils import timezone
from wagtail.rich_text import RichText

from registry import coverage
from registry.models import DirectiveMention
from registry.numbers import compact, find_numbers
from tests.factories import make_campaign, make_directive, make_story

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("57-KL/TW", "57KLTW"),
        ("57-kl/tw", "57KLTW"),
        ("57 KL TW", "57KLTW"),
        ("57 - KL/TW", "57KLTW"),
        ("32-CT/TW", "32CTTW"),
        ("34-NQ/TW", "34NQTW"),
        ("2013/QĐ-TTg", "2013QDTTG"),
        ("2013/QD-TTg", "2013QDTTG"),
        ("2013/qđ-ttg", "2013QDTTG"),
        ("47/NQ-CP", "47NQCP"),
        ("2049-CV/TU", "2049CVTU"),
    ],
)
def test_every_spelling_of_a_number_is_recognised(written, key):
    assert find_numbers(f"Thực hiện Kết luận số {written}, ngày 15/6/2023.") == [(written, key)]


def test_ordinary_numbers_and_dates_are_not_directives():
    assert find_numbers("Năm 2025 có 12 người, 3 xã và 15/6/2023; mã 1/2/3.") == []


def test_a_number_written_twice_is_one_mention():
    assert find_numbers("57-KL/TW và 57 kl tw; 32-CT/TW") == [("57-KL/TW", "57KLTW"), ("32-CT/TW", "32CTTW")]


def paragraph(text):
    return [("paragraph", RichText(f"<p>{text}</p>"))]


def test_a_story_mentioning_the_number_lowercase_appears_under_the_directive(site, client):
    directive = make_directive(site["directives"], "57-KL/TW")
    story = make_story(site["stories"], "thong-tin", body=paragraph("Triển khai kết luận 57-kl/tw ở các xã."))

    mention = DirectiveMention.objects.get(page=story)
    assert (mention.written, mention.key, mention.directive_id) == ("57-kl/tw", "57KLTW", directive.pk)
    assert [page.pk for page in coverage.implementing_pages(directive)] == [story.pk]

    directive_html = client.get(directive.url).content.decode()
    assert story.title in directive_html.split("all-implementing-title", 1)[1]
    story_html = client.get(story.url).content.decode()
    assert f'<a class="directive-link" href="{directive.url}"' in story_html
    assert f'href="{directive.url}" title="{directive.title}">57-kl/tw</a>' in story_html


def test_a_number_inside_an_existing_link_is_left_alone(site, client):
    directive = make_directive(site["directives"], "57-KL/TW")
    story = make_story(
        site["stories"], "da-co-lien-ket", body=paragraph('Xem <a href="https://example.com">57-KL/TW</a>.')
    )
    html = client.get(story.url).content.decode()
    assert 'class="directive-link"' not in html
    assert DirectiveMention.objects.get(page=story).directive_id == directive.pk


def test_a_directive_does_not_implement_itself(site):
    directive = make_directive(site["directives"], "57-KL/TW", lead="Kết luận 57-KL/TW của Bộ Chính trị.")
    assert not DirectiveMention.objects.filter(page=directive).exists()


def test_unmatched_numbers_are_listed_until_the_directive_exists(site):
    story = make_story(site["stories"], "chua-co", body=paragraph("Theo Công văn 2049-CV/TU của Tỉnh ủy."))
    assert [(entry["key"], entry["written"], entry["pages"]) for entry in coverage.unmatched_numbers()] == [
        ("2049CVTU", "2049-CV/TU", [story.page_ptr])
    ]
    directive = make_directive(site["directives"], "2049-CV/TU", kind="cong-van")
    assert coverage.unmatched_numbers() == []
    assert DirectiveMention.objects.get(page=story).directive_id == directive.pk


def test_coverage_counts_the_period_and_flags_a_directive_with_nothing(site):
    active = make_directive(site["directives"], "57-KL/TW")
    idle = make_directive(site["directives"], "32-CT/TW", kind="chi-thi")
    make_campaign(site["campaigns"], "chien-dich", directives=[active])
    make_story(site["stories"], "nhac-den", body=paragraph("Thực hiện 57 KL TW."))
    make_story(site["stories"], "lien-ket", directives=[active])
    today = timezone.localdate()

    rows = {row.directive.pk: row for row in coverage.coverage(today - datetime.timedelta(days=30), today)}
    assert (rows[active.pk].campaigns, rows[active.pk].stories, rows[active.pk].translations) == (1, 2, 0)
    assert rows[active.pk].stale is False
    assert (rows[idle.pk].campaigns, rows[idle.pk].stories, rows[idle.pk].last_activity) == (0, 0, None)
    assert rows[idle.pk].stale is True

    last_year = today.replace(year=today.year - 1)
    rows = {row.directive.pk: row for row in coverage.coverage(last_year, last_year)}
    assert (rows[active.pk].campaigns, rows[active.pk].stories) == (0, 0)


def test_compact_keys_ignore_marks_case_and_separators():
    assert compact("2013/QĐ-TTg") == compact("2013 qd ttg") == compact("2013-QD/TTG") == "2013QDTTG"


def test_the_coverage_report_flags_idle_directives_and_lists_unknown_numbers(admin_client, site):
    idle = make_directive(site["directives"], "32-CT/TW", kind="chi-thi", title="Chỉ thị 32")
    make_story(site["stories"], "chua-co-van-ban", body=paragraph("Theo Kế hoạch 12-KH/TU của Tỉnh ủy."))
    html = admin_client.get("/admin/reports/directive-coverage/").content.decode()
    idle_row = html.split('class="registry-stale"', 1)[1].split("</tr>", 1)[0]
    assert idle.title in idle_row
    unmatched = html.split('id="unmatched"', 1)[1]
    assert "12-KH/TU" in unmatched and "Câu chuyện chua-co-van-ban" in unmatched


@pytest.mark.parametrize(
    "query",
    [
        {"start": "abc", "end": "01/01/2026", "stale_months": "3"},
        {"start": "01/02/2026", "end": "01/01/2026", "stale_months": "3"},
        {"start": "01/01/2026", "end": "01/02/2026", "stale_months": "0"},
        {"start": "01/01/2026", "end": "01/02/2026", "stale_months": "99999999999999999999"},
    ],
)
def test_the_coverage_report_explains_bad_input(admin_client, site, query):
    response = admin_client.get("/admin/reports/directive-coverage/", query)
    assert response.status_code == 200
    assert 'class="error-message"' in response.content.decode()


def test_a_number_in_the_lead_is_linked_and_the_lead_stays_escaped(site, client):
    directive = make_directive(site["directives"], "57-KL/TW")
    story = make_story(site["stories"], "loi-dan", lead="<b>Kết luận 57-KL/TW</b> & địa phương")
    html = client.get(story.url).content.decode()
    lead = html.split('<p class="lead">', 1)[1].split("</p>", 1)[0]
    assert lead == (
        f'&lt;b&gt;Kết luận <a class="directive-link" href="{directive.url}" title="{directive.title}">57-KL/TW</a>'
        "&lt;/b&gt; &amp; địa phương"
    )


def test_the_directive_page_lists_implementing_content_in_every_language(site, client):
    from wagtail.models import Locale

    from translation.machinery import translate_with_strings

    directive = make_directive(site["directives"], "57-KL/TW")
    story = make_story(site["stories"], "doi-che", title="Đồi chè", directives=[directive])
    english = Locale.objects.get(language_code="en")
    for key in ("home", "stories"):
        translate_with_strings(site[key], english, {})
    translate_with_strings(story, english, {"Đồi chè": "Tea hills"})

    groups = dict(coverage.by_type_and_language(coverage.implementing_pages(directive)))
    stories = dict(groups["Câu chuyện"])
    assert [page.title for page in stories[english.get_display_name()]] == ["Tea hills"]
    assert [page.title for page in stories[Locale.get_default().get_display_name()]] == ["Đồi chè"]
    html = client.get(directive.url).content.decode().split("all-implementing-title", 1)[1]
    assert 'lang="en">Tea hills</a>' in html and 'lang="vi">Đồi chè</a>' in html
