"""The registry's share of the permission matrix: who sees the reports and who keeps the calendar."""

import datetime

import pytest
from django.urls import reverse

from editorial import roles
from registry.models import Commemoration
from tests.test_editorial_roles import client_for, member, refused

pytestmark = pytest.mark.django_db

REPORT_READERS = {roles.EDITORS, roles.REVIEWERS, roles.LEADERS, roles.ADMINISTRATORS}
CALENDAR_KEEPERS = {roles.EDITORS, roles.LEADERS, roles.ADMINISTRATORS}
REPORTS = ["/admin/reports/periodic/", "/admin/reports/directive-coverage/"]


@pytest.mark.parametrize("role", [role.key for role in roles.ROLES])
def test_reports_and_commemorations_follow_the_roles(role, site):
    client = client_for(member(role))
    for url in REPORTS:
        response = client.get(url)
        if role in REPORT_READERS:
            assert response.status_code == 200, url
        else:
            assert refused(response), url
    menu = client.get("/admin/").content.decode()
    assert ("/admin/reports/periodic/" in menu) == (role in REPORT_READERS)

    add_url = reverse("wagtailsnippets_registry_commemoration:add")
    data = {"name": "Ngày thử", "description": "", "date": "01/01/2000", "recurrence": "yearly", "lead_days": "10"}
    response = client.post(add_url, {**data, "count_anniversaries": "on", "locale": "vi"})
    created = Commemoration.objects.filter(name="Ngày thử").exists()
    assert created == (role in CALENDAR_KEEPERS), response.status_code
    if created:
        assert Commemoration.objects.get(name="Ngày thử").date == datetime.date(2000, 1, 1)


def test_anonymous_visitors_are_sent_to_the_login(client, site):
    for url in REPORTS:
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response.url


def test_translators_translate_commemorations_but_never_change_the_vietnamese(site):
    from wagtail.models import Locale

    source = Commemoration.objects.create(
        name="Quốc khánh", date=datetime.date(1945, 9, 2), locale=Locale.get_default()
    )
    translated = source.copy_for_translation(Locale.objects.get(language_code="en"))
    translated.save()
    client = client_for(member(roles.TRANSLATORS))
    data = {"date": "02/09/1945", "recurrence": "yearly", "lead_days": "30", "count_anniversaries": "on"}
    for commemoration, name in ((source, "Đã sửa"), (translated, "National Day")):
        url = reverse("wagtailsnippets_registry_commemoration:edit", args=[commemoration.pk])
        response = client.post(url, {**data, "name": name, "description": ""})
        commemoration.refresh_from_db()
        if commemoration.pk == source.pk:
            assert refused(response) and commemoration.name == "Quốc khánh"
        else:
            assert commemoration.name == "National Day"
