"""Report requests: the department's form (ad hoc, to chosen bodies, emailed once), the scheduler's
periodic requests (each kind once per period), the draft that saves on every change, and the
dashboard panels of reporters and the department.
"""

import datetime
import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from editorial import roles
from reporting import periods
from reporting.models import ReportRequest, Submission
from reporting.schedule import create_due_requests
from tests.test_reporting_access import answers, client_for, make_body, make_reporter, make_request, make_user


@pytest.fixture(autouse=True)
def private_root(settings, tmp_path):
    settings.REPORTING_PRIVATE_ROOT = tmp_path / "private"


@pytest.mark.parametrize(
    ("kind", "day", "expected", "label"),
    [
        (
            "month",
            datetime.date(2026, 3, 1),
            (datetime.date(2026, 2, 1), datetime.date(2026, 2, 28)),
            "Tháng 2 năm 2026",
        ),
        (
            "quarter",
            datetime.date(2027, 1, 1),
            (datetime.date(2026, 10, 1), datetime.date(2026, 12, 31)),
            "Quý IV năm 2026",
        ),
        (
            "half",
            datetime.date(2026, 7, 15),
            (datetime.date(2026, 1, 1), datetime.date(2026, 6, 30)),
            "6 tháng I năm 2026",
        ),
        ("year", datetime.date(2026, 5, 5), (datetime.date(2025, 1, 1), datetime.date(2025, 12, 31)), "Năm 2025"),
    ],
)
def test_previous_period_and_its_label(kind, day, expected, label):
    assert periods.previous(kind, day) == expected
    assert periods.label(kind, expected[0]) == label


@pytest.mark.django_db
def test_scheduler_creates_each_periodic_request_once_and_tells_reporters_once():
    body = make_body("Chi bộ bản Lao Chải")
    make_reporter("reporter", body)
    created = create_due_requests(datetime.date(2027, 1, 1))
    assert sorted(r.kind for r in created) == ["half", "month", "quarter", "year"]
    assert len(mail.outbox) == 4
    assert create_due_requests(datetime.date(2027, 1, 1)) == []
    assert create_due_requests(datetime.date(2027, 1, 9)) == []
    assert ReportRequest.objects.count() == 4 and len(mail.outbox) == 4
    ReportRequest.objects.filter(kind="month").update(questions="Hoạt động nổi bật?\nKhó khăn?")
    (february,) = create_due_requests(datetime.date(2027, 2, 1))
    assert (february.title, february.question_list()) == ("Tháng 1 năm 2027", ["Hoạt động nổi bật?", "Khó khăn?"])
    assert february.deadline == datetime.date(2027, 2, 10)


@pytest.mark.django_db
def test_scheduler_never_opens_a_request_already_past_its_deadline():
    """A fresh install in mid-July: June's, the second quarter's and the first half's requests, not 2026's year."""
    created = create_due_requests(datetime.date(2026, 7, 10))
    assert sorted(r.title for r in created) == ["6 tháng I năm 2026", "Quý II năm 2026", "Tháng 6 năm 2026"]
    assert create_due_requests(datetime.date(2026, 7, 11)) == []
    assert ReportRequest.objects.count() == 3


@pytest.mark.django_db
def test_department_creates_an_ad_hoc_request_for_chosen_bodies():
    chosen, other = make_body("Chi bộ bản Lao Chải"), make_body("Chi bộ bản Nà Ván")
    make_reporter("chosen", chosen)
    make_reporter("other", other)
    department = client_for(make_user("department", roles.EDITORS))
    add = reverse("reporting_requests:add")
    form = {
        "title": "Đoàn khách Lào thăm huyện",
        "subject": "Báo cáo công tác đón tiếp đoàn",
        "period_start": "01/11/2026",
        "period_end": "20/11/2026",
        "deadline": "25/11/2026",
        "questions": "Số người tham gia?",
        "bodies": [chosen.pk],
    }
    # Addressed to nobody, or with dates out of order: refused with a message, nothing created.
    response = department.post(add, {**form, "bodies": []})
    assert response.status_code == 200 and not ReportRequest.objects.exists()
    response = department.post(add, {**form, "period_end": "01/10/2026"})
    assert response.status_code == 200 and "trước ngày bắt đầu" in response.content.decode()
    assert not ReportRequest.objects.exists() and mail.outbox == []
    assert department.post(add, form).status_code == 302
    report_request = ReportRequest.objects.get()
    assert report_request.kind == "ad_hoc" and list(report_request.addressed_bodies()) == [chosen]
    assert [message.to for message in mail.outbox] == [["chosen@example.com"]]
    assert "Đoàn khách Lào" in mail.outbox[0].subject and "Số người tham gia?" in mail.outbox[0].body
    # An edit that adds a body tells only that body; one that changes nothing else tells nobody.
    mail.outbox.clear()
    edit = reverse("reporting_requests:edit", args=[report_request.pk])
    assert department.post(edit, {**form, "bodies": [chosen.pk, other.pk]}).status_code == 302
    assert [message.to for message in mail.outbox] == [["other@example.com"]]
    department.post(edit, {**form, "bodies": [chosen.pk, other.pk], "deadline": "26/11/2026"})
    assert len(mail.outbox) == 1 and ReportRequest.objects.get().deadline == datetime.date(2026, 11, 26)
    listing = department.get(reverse("reporting_requests:index")).content.decode()
    assert reverse("reporting:chase", args=[report_request.pk]) in listing


@pytest.mark.django_db
def test_reporter_and_contributor_cannot_create_requests():
    for user in (make_reporter("reporter", make_body("Chi bộ")), make_user("contributor", roles.CONTRIBUTORS)):
        response = client_for(user).post(reverse("reporting_requests:add"), {"title": "x"})
        assert response.status_code in (302, 403) and not ReportRequest.objects.exists()


@pytest.mark.django_db
def test_autosave_keeps_every_valid_field_and_reports_the_rest():
    body = make_body("Chi bộ bản Lao Chải")
    reporter = client_for(make_reporter("reporter", body))
    report_request = make_request()
    autosave = reverse("reporting:autosave", args=[report_request.pk, body.pk])
    response = reporter.post(autosave, {"activities": "Hội nghị", "press": "4"})
    assert response.status_code == 200 and response.json()["saved"] is True
    submission = Submission.objects.get()
    assert (submission.status, submission.activities, submission.press) == ("draft", "Hội nghị", 4)
    response = reporter.post(autosave, answers(activities="Hội nghị và giao lưu", radio_tv="hai", social="-3"))
    assert set(response.json()["errors"]) == {"radio_tv", "social"}
    submission.refresh_from_db()
    assert submission.activities == "Hội nghị và giao lưu"
    assert (submission.press, submission.radio_tv, submission.social) == (2, 0, 0)
    assert Submission.objects.count() == 1


@pytest.mark.django_db
def test_the_form_loads_its_autosave_script_from_a_static_file():
    body = make_body("Chi bộ bản Lao Chải")
    report_request = make_request()
    page = client_for(make_reporter("reporter", body)).get(
        reverse("reporting:submission", args=[report_request.pk, body.pk])
    )
    html = page.content.decode()
    assert 'src="/static/reporting/js/autosave.js"' in html
    assert f'data-autosave-url="{reverse("reporting:autosave", args=[report_request.pk, body.pk])}"' in html
    form = html[html.index('<form method="post" action="/admin/reporting/') :]
    assert not re.search(r"<script(?![^>]*\bsrc=)", form.split("</form>")[0])
    assert not re.search(r"\son(input|change|click|submit)=", html[html.index("data-autosave-url") :])


@pytest.mark.django_db
def test_dashboards_show_open_requests_and_deadlines():
    body = make_body("Chi bộ bản Lao Chải")
    reporter = client_for(make_reporter("reporter", body))
    department = client_for(make_user("leader", roles.LEADERS))
    today = timezone.localdate()
    late = make_request("Báo cáo tháng trước", deadline=today - datetime.timedelta(days=4))
    make_request("Báo cáo đã đóng", is_closed=True)
    make_request("Báo cáo năm sau", deadline=today + datetime.timedelta(days=300))
    mine = reporter.get(reverse("wagtailadmin_home")).content.decode()
    assert "Báo cáo tháng trước" in mine and "chậm 4 ngày" in mine
    assert "Báo cáo đã đóng" not in mine
    Submission.objects.create(request=late, body=body, status="submitted", submitted_at=timezone.now())
    assert "Báo cáo tháng trước" not in reporter.get(reverse("wagtailadmin_home")).content.decode()
    deadlines = department.get(reverse("wagtailadmin_home")).content.decode()
    assert "Hạn nộp báo cáo" in deadlines and "Báo cáo tháng trước" in deadlines
    assert "Báo cáo năm sau" not in deadlines
