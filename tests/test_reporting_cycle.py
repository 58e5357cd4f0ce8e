"""The whole reporting cycle through the admin: the scheduler asks for the quarter's reports, two
of three bodies submit (one after a send-back), the third is reminded and late, the department
marks them, and the grassroots section of the periodic report shows the totals and the missing body.
"""

import datetime
import io
import json

import docx
import openpyxl
import pytest
from django.core import mail
from django.core.management import call_command
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from editorial import roles
from registry import periodic
from registry.periodic import Period
from reporting.models import Mark, Reminder, ReportRequest, Submission
from reporting.periodic import GrassrootsSection
from tests.test_reporting_access import answers, client_for, make_body, make_reporter, make_user


@pytest.fixture(autouse=True)
def private_root(settings, tmp_path):
    settings.REPORTING_PRIVATE_ROOT = tmp_path / "private"


@pytest.fixture
def clock(monkeypatch):
    """Sets Django's clock to a chosen local day at 09:00, so deadlines pass without waiting."""
    real_now = timezone.now

    def set_day(day):
        target = timezone.make_aware(datetime.datetime.combine(day, datetime.time(9)))
        offset = target - real_now()
        monkeypatch.setattr(timezone, "now", lambda: real_now() + offset)

    return set_day


def docx_text(document):
    buffer = io.BytesIO()
    document.save(buffer)
    reopened = docx.Document(io.BytesIO(buffer.getvalue()))
    lines = [paragraph.text for paragraph in reopened.paragraphs]
    for table in reopened.tables:
        lines += [" | ".join(cell.text for cell in row.cells) for row in table.rows]
    return "\n".join(lines)


@pytest.mark.django_db
def test_whole_cycle(clock, settings):
    settings.REPORTING_PERIODIC_KINDS = ["quarter"]
    bodies = [make_body(name) for name in ("Chi bộ bản Lao Chải", "Chi bộ bản Nà Ván", "Chi bộ bản Sin Suối Hồ")]
    reporters = [make_reporter(f"reporter-{index}", body) for index, body in enumerate(bodies)]

    # 1. The quarter ends; the scheduler asks every body with a reporter, each by email, once.
    clock(datetime.date(2027, 1, 1))
    department = client_for(make_user("department", roles.LEADERS))
    call_command("run_scheduler", "--once", verbosity=0)
    call_command("run_scheduler", "--once", verbosity=0)
    report_request = ReportRequest.objects.get()
    assert (report_request.kind, report_request.title) == ("quarter", "Quý IV năm 2026")
    assert (report_request.period_start, report_request.period_end) == (
        datetime.date(2026, 10, 1),
        datetime.date(2026, 12, 31),
    )
    assert report_request.deadline == datetime.date(2027, 1, 10)
    assert sorted(message.to[0] for message in mail.outbox) == [f"reporter-{i}@example.com" for i in range(3)]
    assert "Quý IV năm 2026" in mail.outbox[0].subject

    # 2. The first two bodies submit on time; the first is sent back, corrects and submits again.
    clock(datetime.date(2027, 1, 5))
    forms = [reverse("reporting:submission", args=[report_request.pk, body.pk]) for body in bodies]
    first, second = client_for(reporters[0]), client_for(reporters[1])
    first.post(forms[0], answers(action="submit", press="2", proposals="Cần thêm tờ rơi song ngữ"))
    second.post(forms[1], answers(action="submit", press="5", social="10", proposals="Tập huấn mạng xã hội"))
    submission = Submission.objects.get(body=bodies[0])
    review = reverse("reporting:review", args=[submission.pk])
    assert department.post(review, {"action": "send_back", "comment": ""}).status_code == 200  # a comment is needed
    assert Submission.objects.get(pk=submission.pk).status == Submission.Status.SUBMITTED
    mail.outbox.clear()
    department.post(review, {"action": "send_back", "comment": "Bổ sung số liệu báo chí"})
    submission.refresh_from_db()
    assert submission.status == Submission.Status.RETURNED
    assert mail.outbox[0].to == ["reporter-0@example.com"] and "Bổ sung số liệu" in mail.outbox[0].body
    page = first.get(forms[0]).content.decode()
    assert "Bổ sung số liệu báo chí" in page
    first.post(forms[0], answers(action="submit", press="3", proposals="Cần thêm tờ rơi song ngữ"))
    assert Submission.objects.get(pk=submission.pk).status == Submission.Status.SUBMITTED

    # 3. After the deadline the third body is late; one action reminds it, and only it.
    clock(datetime.date(2027, 1, 13))
    chase = reverse("reporting:chase", args=[report_request.pk])
    page = department.get(chase)
    rows = {row.body.name: row for row in page.context["rows"]}
    assert [rows[body.name].is_late for body in bodies] == [False, False, True]
    assert rows["Chi bộ bản Sin Suối Hồ"].days_late == 3
    mail.outbox.clear()
    department.post(chase)
    department.post(chase)  # the same day again: nobody is reminded twice
    assert [message.to for message in mail.outbox] == [["reporter-2@example.com"]]
    assert "3" in mail.outbox[0].body
    reminder = Reminder.objects.get()
    assert (reminder.body, reminder.days_late, reminder.recipients) == (bodies[2], 3, "reporter-2@example.com")
    home = department.get(reverse("wagtailadmin_home")).content.decode()
    assert "Quý IV năm 2026" in home

    # 4. The department marks both reports; the body's history shows the mark.
    department.post(review, {"action": "mark", "grade": "good", "comment": "Đầy đủ"})
    other = Submission.objects.get(body=bodies[1])
    department.post(reverse("reporting:review", args=[other.pk]), {"action": "mark", "grade": "needs_work"})
    assert dict(Mark.objects.values_list("submission__body__name", "grade")) == {
        "Chi bộ bản Lao Chải": "good",
        "Chi bộ bản Nà Ván": "needs_work",
    }
    history = department.get(reverse("reporting:body_history", args=[bodies[0].pk]) + "?year=2027")
    assert [(row["request"], row["submission"].mark.grade) for row in history.context["rows"]] == [
        (report_request, "good")
    ]

    # 5. The department's periodic report for the quarter (the registry's, with every section) takes
    # in the two submitted reports, names the missing body and quotes the proposals.
    period = Period.of("quarter", 2026, 4)
    section = next(section for section in periodic.sections() if section.key == "grassroots")
    data = section.collect(period)
    assert {channel["key"]: channel["count"] for channel in data["channels"]} == {
        "press": 8,
        "radio_tv": 2,
        "portal": 6,
        "social": 14,
        "exchanges": 2,
    }
    assert data["audiences"] == 500
    assert json.loads(json.dumps(data)) == data  # plain values only, as the section contract asks
    assert data["reported"] == ["Chi bộ bản Lao Chải", "Chi bộ bản Nà Ván"]
    assert data["missing"] == ["Chi bộ bản Sin Suối Hồ"]
    assert [proposal["text"] for proposal in data["proposals"]] == ["Cần thêm tờ rơi song ngữ", "Tập huấn mạng xã hội"]

    report = periodic.build(period, unit="Ban Tuyên giáo Tỉnh ủy")
    number = next(part.number for part in report.parts if part.section.key == "grassroots")
    text = docx_text(docx.Document(io.BytesIO(periodic.to_docx(report))))
    lines = text.splitlines()
    assert lines.count(f"{number}. Báo cáo của cơ sở") == 1
    assert "Báo chí | 8" in text and "Mạng xã hội | 14" in text
    reported = lines.index(f"{number}.1. Các cơ quan, đơn vị đã báo cáo")
    missing = lines.index(f"{number}.2. Các cơ quan, đơn vị chưa báo cáo")
    assert lines[reported + 1 : missing] == ["Chi bộ bản Lao Chải", "Chi bộ bản Nà Ván"]
    assert lines[missing + 1] == "Chi bộ bản Sin Suối Hồ"
    assert "Tập huấn mạng xã hội" in text

    html = render_to_string(section.template_name, {"data": data, "number": number})
    assert "Chi bộ bản Sin Suối Hồ" in html and "<td>14</td>" in html

    workbook = openpyxl.load_workbook(io.BytesIO(periodic.to_xlsx(report)))
    rows = [list(row) for row in workbook[workbook.sheetnames[-1]].iter_rows(values_only=True)]
    assert ["Báo chí", 8] in [row[:2] for row in rows]
    assert ["Chi bộ bản Sin Suối Hồ", 1, 0, 3, "Không"] in [row[:5] for row in rows]


def _written_docx(section, data):
    document = docx.Document()
    section.write_docx(document, data, "5")
    return document


@pytest.mark.django_db
def test_section_ignores_drafts_and_sent_back_reports_and_keeps_sensitive_text_out(clock):
    clock(datetime.date(2026, 7, 20))
    body = make_body("Chi bộ bản Lao Chải")
    make_reporter("reporter", body)
    report_request = ReportRequest.objects.create(
        kind="quarter",
        title="Quý II năm 2026",
        period_start=datetime.date(2026, 4, 1),
        period_end=datetime.date(2026, 6, 30),
        deadline=datetime.date(2026, 7, 10),
    )
    Submission.objects.create(request=report_request, body=body, press=4, sensitive_matters="Tin đồn ở biên giới")
    section = GrassrootsSection()
    period = Period.of("half", 2026, 1)
    data = section.collect(period)
    assert data["total"] == 0 and data["missing"] == ["Chi bộ bản Lao Chải"] and data["sensitive_count"] == 0
    Submission.objects.filter(body=body).update(status="submitted", submitted_at=timezone.now())
    data = section.collect(period)
    assert data["total"] == 4 and data["sensitive_count"] == 1 and data["bodies"][0]["days_late"] == 10
    assert "Tin đồn" not in repr(data)
    assert "Tin đồn" not in docx_text(_written_docx(section, data))
