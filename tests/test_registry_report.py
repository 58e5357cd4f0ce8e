"""The periodic report: its periods, its sections through the hook, and the DOCX and XLSX files,
whose every figure is checked against the database."""

import datetime
import io

import docx
import openpyxl
import pytest
from django.core.management import call_command
from django.utils import timezone, translation
from wagtail import hooks
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale
from wagtail.rich_text import RichText

from campaigns.models import CampaignPage, DirectiveSummaryPage, StoryPage
from registry import periodic
from registry.models import DirectiveMention
from tests.factories import make_body, make_campaign, make_directive, make_story, make_topic
from translation.machinery import translate_with_strings

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def vietnamese():
    with translation.override("vi"):
        yield


def test_periods_cover_their_months_and_are_labelled_in_vietnamese():
    quarter = periodic.Period.of("quarter", 2026, 4)
    assert (quarter.start, quarter.end, quarter.label) == (
        datetime.date(2026, 10, 1),
        datetime.date(2026, 12, 31),
        "Quý IV năm 2026",
    )
    assert quarter.months() == [(2026, 10), (2026, 11), (2026, 12)]
    assert periodic.Period.of("month", 2028, 2).end == datetime.date(2028, 2, 29)
    assert periodic.Period.of("half", 2026, 2).start == datetime.date(2026, 7, 1)
    assert periodic.Period.of("year", 2026).label == "Năm 2026"
    assert periodic.Period.previous("quarter", datetime.date(2027, 1, 5)) == quarter
    assert periodic.Period.previous("month", datetime.date(2027, 1, 5)).start == datetime.date(2026, 12, 1)
    with pytest.raises(ValueError):
        periodic.Period.of("quarter", 2026, 5)


def test_sections_come_from_the_hook_in_order():
    class Extra:
        key, title, order = "extra", "Thêm", 100

    with hooks.register_temporarily(periodic.HOOK, Extra):
        sections = periodic.sections()
    assert [section.order for section in sections] == sorted(section.order for section in sections)
    assert sections[-1].key == "extra"
    assert [section.key for section in sections[:8]] == [
        "output",
        "topics",
        "directives",
        "languages",
        "bodies",
        "campaigns",
        "translations",
        "search",
    ]


@pytest.fixture
def content(site):
    """A campaign, three stories (one writing a directive's number), an English translation, searches."""
    body = make_body("Ban Tuyên giáo Tỉnh ủy")
    border, tourism = make_topic("Biên giới", "bien-gioi"), make_topic("Du lịch", "du-lich")
    directive = make_directive(site["directives"], "57-KL/TW", issuer=body)
    today = timezone.localdate()
    campaign = make_campaign(
        site["campaigns"],
        "mua-xuan",
        start=today - datetime.timedelta(days=10),
        topics=[border],
        lead_body=body,
        directives=[directive],
    )
    linked = make_story(site["stories"], "che", topics=[border], campaign=campaign, title="Đồi chè")
    mentioning = make_story(
        site["stories"], "ban", topics=[tourism], body=[("paragraph", RichText("<p>Thực hiện 57 kl tw.</p>"))]
    )
    make_story(site["stories"], "cho")
    english = Locale.objects.get(language_code="en")
    for key in ("home", "stories"):
        translate_with_strings(site[key], english, {})
    translated = translate_with_strings(linked, english, {"Đồi chè": "Tea hills"})
    for term, hits in (("du lịch", 3), ("57 kl tw", 1)):
        query = Query.get(term)
        for _hit in range(hits):
            query.add_hit(today)
    Query.get("cũ").add_hit(today - datetime.timedelta(days=800))
    return {
        "body": body,
        "border": border,
        "tourism": tourism,
        "directive": directive,
        "campaign": campaign,
        "linked": linked,
        "mentioning": mentioning,
        "translated": translated,
        "english": english,
    }


def published(model, period, **filters):
    return model.objects.live().filter(first_published_at__date__range=(period.start, period.end), **filters).count()


def docx_tables(data):
    document = docx.Document(io.BytesIO(data))
    return document, [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables[1:]]


def xlsx_rows(data):
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    return workbook, {sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)] for sheet in workbook}


def expected_tables(report):
    """Every non-empty table of the registry's table sections, heading row first, as the files must
    hold it (the grassroots section, registered by reporting/ after them, has tests of its own)."""
    return [
        [table["columns"], *table["rows"]]
        for part in report.parts
        for table in part.data.get("tables", [])
        if table["rows"]
    ]


def test_the_files_hold_every_figure_of_the_database(content):
    today = timezone.localdate()
    period = periodic.Period.of("month", today.year, today.month)
    report = periodic.build(period, "Ban Tuyên giáo Huyện ủy Tam Đường")
    data = {part.section.key: part.data for part in report.parts}
    vi, en = Locale.objects.get(language_code="vi"), content["english"]

    # 1. By type: originals and translations straight from the database, and what we made.
    models = [CampaignPage, StoryPage, DirectiveSummaryPage]
    by_type = data["output"]["tables"][0]["rows"]
    for row, model in zip(by_type, models, strict=False):
        originals, translations = published(model, period, locale=vi), published(model, period, locale=en)
        assert row[1:] == [originals, translations, originals + translations]
    assert [row[1:] for row in by_type] == [[1, 0, 1], [3, 1, 4], [1, 0, 1], [5, 1, 6]]
    month_row = data["output"]["tables"][1]["rows"][0]
    assert month_row == [f"{today.month:02d}/{today.year}", 1, 3, 1, 5]
    assert data["output"]["chart"]["series"][1][1] == [3]

    # 2. Topics, 3. the directive (campaign, linked story and the story writing its number).
    topics = {row[0]: row[1:] for row in data["topics"]["tables"][0]["rows"]}
    assert topics == {"Biên giới": [1, 1, 2], "Du lịch": [0, 1, 1]}
    assert DirectiveMention.objects.get(page=content["mentioning"]).directive_id == content["directive"].pk
    [directive_row] = data["directives"]["tables"][0]["rows"]
    assert directive_row[:5] == ["57-KL/TW", content["directive"].title, 1, 2, 1]
    assert directive_row[5] == today.strftime("%d/%m/%Y") and directive_row[6] == ""

    # 4. Languages, 5. bodies, 6. campaigns run, 7. translations, 8. search terms.
    languages = {row[0]: row[1:] for row in data["languages"]["tables"][0]["rows"]}
    assert languages[vi.get_display_name()] == [1, 3, 1, 5]
    assert languages[en.get_display_name()] == [0, published(StoryPage, period, locale=en), 0, 1]
    assert data["bodies"]["tables"][0]["rows"] == [["Ban Tuyên giáo Tỉnh ủy", 1, 1]]
    campaign = content["campaign"]
    assert data["campaigns"]["tables"][0]["rows"] == [
        [campaign.title, campaign.start_date.strftime("%d/%m/%Y"), "", "Ban Tuyên giáo Tỉnh ủy", 1]
    ]
    assert data["translations"]["tables"][0]["rows"] == [
        [en.get_display_name(), "Câu chuyện", "Tea hills", today.strftime("%d/%m/%Y")]
    ]
    assert data["search"]["tables"][0]["rows"] == [["du lịch", 3], ["57 kl tw", 1]]

    # The DOCX: title, period, numbered headings, the chart and every table as collected.
    document, tables = docx_tables(periodic.to_docx(report))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert "BÁO CÁO KẾT QUẢ CÔNG TÁC THÔNG TIN ĐỐI NGOẠI" in text
    assert period.label in text
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"][0].startswith("1. ")
    assert len(document.inline_shapes) == 1
    expected = [[[str(value) for value in row] for row in table] for table in expected_tables(report)]
    assert tables[: len(expected)] == expected

    # The XLSX: one sheet per section after the cover, each holding its tables' rows.
    workbook, sheets = xlsx_rows(periodic.to_xlsx(report))
    assert len(workbook.sheetnames) == 1 + len(report.parts)
    written = [row for title in workbook.sheetnames[1:] for row in sheets[title]]
    for table in expected_tables(report):
        for row in table:
            assert [str(value) for value in row] in [
                ["" if v is None else str(v) for v in line[: len(row)]] for line in written
            ]
    output_sheet = sheets[workbook.sheetnames[1]]
    assert ["Câu chuyện", 3, 1, 4] in [line[:4] for line in output_sheet]


def test_the_admin_page_shows_the_chart_and_downloads_both_files(admin_client, content):
    today = timezone.localdate()
    query = {"kind": "month", "year": today.year, "number": today.month}
    html = admin_client.get("/admin/reports/periodic/", query).content.decode()
    assert "<svg" in html and "Tea hills" in html and "du lịch" in html
    for extension in ("docx", "xlsx"):
        response = admin_client.get("/admin/reports/periodic/", {**query, "format": extension})
        assert response.status_code == 200
        assert response["Content-Disposition"].endswith(f'.{extension}"')
    _document, tables = docx_tables(
        response_content := admin_client.get("/admin/reports/periodic/", {**query, "format": "docx"}).content
    )
    assert ["du lịch", "3"] in [row for table in tables for row in table]
    assert response_content


@pytest.mark.parametrize(
    "query",
    [{"kind": "quarter", "year": "2026", "number": "9"}, {"kind": "week", "year": "x"}, {"year": "99999999999"}],
)
def test_bad_choices_are_explained(admin_client, site, query):
    response = admin_client.get("/admin/reports/periodic/", {**query, "format": "docx"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert 'class="error-message"' in response.content.decode()


def test_the_report_is_refused_without_the_permission(client, site, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("khach", password="a-long-test-password")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get("/admin/reports/periodic/").status_code == 302
    assert client.get("/admin/reports/directive-coverage/").status_code == 302


def test_the_command_writes_both_files(content, tmp_path):
    today = timezone.localdate()
    call_command(
        "periodic_report", kind="month", year=today.year, number=today.month, output=str(tmp_path), stdout=io.StringIO()
    )
    files = sorted(path.suffix for path in tmp_path.iterdir())
    assert files == [".docx", ".xlsx"]
    [document] = tmp_path.glob("*.docx")
    _document, tables = docx_tables(document.read_bytes())
    assert ["Câu chuyện", "3", "1", "4"] in tables[0]
