"""The reporting demo (`load_demo_content --with-reporting`): bodies with reporters, one periodic and
one ad hoc request, reports in every state, printed passwords that work, and idempotent."""

import io

import pytest
from django.contrib.auth import authenticate
from django.urls import reverse

from campaigns.management.commands.load_demo_content import Command
from editorial import roles
from reporting import demo
from reporting.models import Mark, Reminder, Reporter, ReportRequest, Submission
from reporting.services import chase
from tests.test_reporting_access import client_for, make_user


@pytest.mark.django_db
def test_demo_reports_are_in_every_state_and_loading_twice_changes_nothing():
    accounts = demo.load()
    assert len(accounts) == 4
    username, _body, password = accounts[0]
    assert authenticate(username=username, password=password) is not None
    counts = [model.objects.count() for model in (Reporter, ReportRequest, Submission, Mark, Reminder)]
    assert demo.load() == []
    assert [model.objects.count() for model in (Reporter, ReportRequest, Submission, Mark, Reminder)] == counts

    assert sorted(ReportRequest.objects.values_list("kind", flat=True)) == ["ad_hoc", "quarter"]
    quarter = ReportRequest.objects.get(kind="quarter")
    rows = chase(quarter)
    states = [(row.submission.status if row.submission else None, row.is_late, row.reminders) for row in rows]
    assert sorted(states, key=str) == sorted(
        [("submitted", False, 0), ("returned", True, 0), ("draft", True, 0), (None, True, 1)], key=str
    )
    assert Mark.objects.get().submission.status == "submitted"
    assert all(user.groups.filter(name=roles.ROLES_BY_KEY[roles.REPORTERS].name).exists() for user in _users())

    # The department's screens render the demo.
    department = client_for(make_user("leader", roles.LEADERS))
    page = department.get(reverse("reporting:chase", args=[quarter.pk])).content.decode()
    assert "Chi bộ bản Nà Ván" in page and "Bổ sung" not in page
    returned = Submission.objects.get(status="returned")
    assert "Bổ sung số liệu" in department.get(reverse("reporting:review", args=[returned.pk])).content.decode()


def _users():
    return [link.user for link in Reporter.objects.select_related("user")]


@pytest.mark.django_db
def test_the_loader_has_the_flag_and_prints_the_new_accounts():
    """The flag's own step (the site's demo itself is tested in test_demo_content, and takes a minute)."""
    command = Command(stdout=io.StringIO())
    options = command.create_parser("manage.py", "load_demo_content").parse_args(["--with-reporting"])
    assert options.with_reporting is True
    command.load_reporting()
    assert ReportRequest.objects.count() == 2
    assert "demo-reporter-navan (Chi bộ bản Nà Ván): " in command.stdout._out.getvalue()
