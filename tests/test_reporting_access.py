"""Reporting access: a reporter of one body never reads, lists, changes or guesses another body's
submissions, files or the department's marks; closed requests, locked submissions and counts hold.

Every refused attempt is followed by a check that the reporting tables are exactly as before.
`ACCESS_CASES` lists the attempts; the parametrised tests run each one.
"""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale

from campaigns.models import Body
from editorial import roles
from reporting.models import Attachment, Mark, Reminder, Reporter, ReportRequest, Submission

PASSWORD = "a-long-test-password"


@pytest.fixture(autouse=True)
def private_root(settings, tmp_path):
    settings.REPORTING_PRIVATE_ROOT = tmp_path / "private"
    return settings.REPORTING_PRIVATE_ROOT


def make_user(username, role=None):
    user = get_user_model().objects.create_user(username, f"{username}@example.com", PASSWORD)
    if role:
        user.groups.add(roles.group(role))
    return user


def make_reporter(username, *bodies):
    user = make_user(username, roles.REPORTERS)
    for body in bodies:
        Reporter.objects.create(user=user, body=body)
    return user


def make_body(name):
    return Body.objects.create(name=name, kind=Body.Kind.GRASSROOTS, locale=Locale.get_default())


def make_request(title="Báo cáo đột xuất", deadline=None, bodies=None, **fields):
    today = timezone.localdate()
    report_request = ReportRequest.objects.create(
        title=title,
        period_start=fields.pop("period_start", today - datetime.timedelta(days=30)),
        period_end=fields.pop("period_end", today),
        deadline=deadline or today + datetime.timedelta(days=5),
        all_bodies=bodies is None,
        **fields,
    )
    if bodies:
        report_request.bodies.set(bodies)
    return report_request


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def answers(**values):
    data = {
        "activities": "Tổ chức hội nghị tuyên truyền biên giới",
        "press": "2",
        "radio_tv": "1",
        "portal": "3",
        "social": "4",
        "exchanges": "1",
        "audiences": "250",
        "audiences_note": "Nhân dân các bản biên giới",
        "answers": "",
        "sensitive_matters": "",
        "proposals": "",
    }
    data.update(values)
    return data


def snapshot():
    """Every reporting row, as values: compared before and after each refused attempt."""
    return (
        list(Submission.objects.order_by("pk").values()),
        list(Mark.objects.order_by("pk").values()),
        list(Reminder.objects.order_by("pk").values()),
        list(Attachment.objects.order_by("pk").values()),
        list(ReportRequest.objects.order_by("pk").values()),
    )


@pytest.fixture
def world(db):
    """Two bodies with a reporter each, the department, one request to all, B's report submitted and marked."""
    body_a, body_b = make_body("Chi bộ bản Nà Ván"), make_body("Chi bộ bản Sà Dề Phìn")
    reporter_a, reporter_b = make_reporter("reporter-a", body_a), make_reporter("reporter-b", body_b)
    department = make_user("department", roles.EDITORS)
    report_request = make_request()
    only_b = make_request("Chỉ hỏi bản Sà Dề Phìn", bodies=[body_b])
    submission_b = Submission.objects.create(
        request=report_request,
        body=body_b,
        status=Submission.Status.SUBMITTED,
        submitted_at=timezone.now(),
        activities="Bí mật của bản B",
        sensitive_matters="Chuyện nhạy cảm của B",
        press=7,
    )
    Mark.objects.create(
        submission=submission_b, grade=Mark.Grade.NEEDS_WORK, comment="Nhận xét của Ban", marked_by=department
    )
    attachment_b = Attachment.objects.create(
        submission=submission_b, file=SimpleUploadedFile("b.pdf", b"%PDF-1.4 B"), name="b.pdf", size=10
    )
    return {
        "a": body_a,
        "b": body_b,
        "reporter_a": reporter_a,
        "reporter_b": reporter_b,
        "department": department,
        "request": report_request,
        "only_b": only_b,
        "submission_b": submission_b,
        "attachment_b": attachment_b,
    }


def url(world, name):
    r, a, b, s = world["request"], world["a"], world["b"], world["submission_b"]
    return {
        "b_form": reverse("reporting:submission", args=[r.pk, b.pk]),
        "b_autosave": reverse("reporting:autosave", args=[r.pk, b.pk]),
        "b_files": reverse("reporting:attachment_add", args=[r.pk, b.pk]),
        "b_file": reverse("reporting:attachment", args=[world["attachment_b"].pk]),
        "b_file_delete": reverse("reporting:attachment_delete", args=[world["attachment_b"].pk]),
        "b_review": reverse("reporting:review", args=[s.pk]),
        "chase": reverse("reporting:chase", args=[r.pk]),
        "b_history": reverse("reporting:body_history", args=[b.pk]),
        "a_for_only_b": reverse("reporting:submission", args=[world["only_b"].pk, a.pk]),
        "a_autosave_only_b": reverse("reporting:autosave", args=[world["only_b"].pk, a.pk]),
        "missing_request": reverse("reporting:submission", args=[999999, a.pk]),
        "missing_body": reverse("reporting:submission", args=[r.pk, 999999]),
        "missing_file": reverse("reporting:attachment", args=[999999]),
        "missing_review": reverse("reporting:review", args=[999999]),
        "requests_index": reverse("reporting_requests:index"),
        "requests_add": reverse("reporting_requests:add"),
        "requests_edit": reverse("reporting_requests:edit", args=[r.pk]),
        "reporters_index": reverse("reporting_reporters:index"),
    }[name]


# (name, method, url key, POST data, expected status codes)
ACCESS_CASES = [
    ("read B's form", "get", "b_form", None, {404}),
    ("save B's draft", "post", "b_form", answers(action="save"), {404}),
    ("submit B's report", "post", "b_form", answers(action="submit"), {404}),
    ("autosave into B's report", "post", "b_autosave", answers(), {404}),
    ("attach a file to B's report", "post", "b_files", "file", {404}),
    ("download B's file", "get", "b_file", None, {404}),
    ("delete B's file", "post", "b_file_delete", {}, {404}),
    ("read B's report as the department does", "get", "b_review", None, {302, 403}),
    ("mark B's report", "post", "b_review", {"action": "mark", "grade": "good", "comment": "x"}, {302, 403}),
    ("send B's report back", "post", "b_review", {"action": "send_back", "comment": "x"}, {302, 403}),
    ("see who has reported", "get", "chase", None, {302, 403}),
    ("remind the late bodies", "post", "chase", {}, {302, 403}),
    ("read B's history and marks", "get", "b_history", None, {302, 403}),
    ("open a request not addressed to A", "get", "a_for_only_b", None, {404}),
    ("save into a request not addressed to A", "post", "a_for_only_b", answers(action="submit"), {404}),
    ("autosave into a request not addressed to A", "post", "a_autosave_only_b", answers(), {404}),
    ("guess a request id", "post", "missing_request", answers(action="save"), {404}),
    ("guess a body id", "post", "missing_body", answers(action="save"), {404}),
    ("guess a file id", "get", "missing_file", None, {404}),
    ("guess a submission id", "get", "missing_review", None, {302, 403}),
    ("list the requests", "get", "requests_index", None, {302, 403}),
    ("create a request", "post", "requests_add", {"title": "x", "period_start": "01/01/2026"}, {302, 403}),
    ("edit a request", "post", "requests_edit", {"title": "x", "is_closed": "on"}, {302, 403}),
    ("list the reporters", "get", "reporters_index", None, {302, 403}),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "method", "key", "data", "statuses"), ACCESS_CASES, ids=[c[0] for c in ACCESS_CASES])
def test_reporter_of_a_cannot_reach_b(world, name, method, key, data, statuses):
    client = client_for(world["reporter_a"])
    before = snapshot()
    if data == "file":
        data = {"file": SimpleUploadedFile("a.pdf", b"%PDF-1.4 A")}
    response = getattr(client, method)(url(world, key), data) if method == "post" else client.get(url(world, key))
    assert response.status_code in statuses, name
    if response.status_code == 302:
        assert response.url == reverse("wagtailadmin_home")
    assert snapshot() == before
    assert b"B\xc3\xad m\xe1\xba\xadt" not in response.content  # "Bí mật" of body B never shows


@pytest.mark.django_db
@pytest.mark.parametrize("key", ["b_form", "b_review", "chase", "b_file", "b_history"])
def test_anonymous_is_sent_to_login(world, key):
    before = snapshot()
    response = Client().get(url(world, key))
    assert response.status_code == 302 and reverse("wagtailadmin_login") in response.url
    assert snapshot() == before


@pytest.mark.django_db
def test_lists_and_dashboard_show_only_own_bodies(world):
    client = client_for(world["reporter_a"])
    listing = client.get(reverse("reporting:my_reports")).content.decode()
    assert "Chi bộ bản Nà Ván" in listing and "Sà Dề Phìn" not in listing
    assert "Chỉ hỏi bản Sà Dề Phìn" not in listing
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert world["request"].title in home and "Sà Dề Phìn" not in home


@pytest.mark.django_db
def test_a_reporter_never_sees_the_mark_on_their_own_report(world):
    client = client_for(world["reporter_b"])
    page = client.get(url(world, "b_form")).content.decode()
    assert "Bí mật của bản B" in page
    assert "Nhận xét của Ban" not in page and "Cần cải thiện" not in page


@pytest.mark.django_db
def test_crafted_fields_cannot_move_a_report_or_skip_the_steps(world):
    client = client_for(world["reporter_a"])
    form = reverse("reporting:submission", args=[world["request"].pk, world["a"].pk])
    crafted = answers(action="save", body=world["b"].pk, request=world["only_b"].pk, status="submitted")
    crafted.update(return_comment="forged", submitted_at="01/01/2020 00:00")
    assert client.post(form, crafted).status_code == 302
    submission = Submission.objects.get(request=world["request"], body=world["a"])
    assert submission.status == Submission.Status.DRAFT
    assert submission.return_comment == "" and submission.submitted_at is None
    assert Submission.objects.filter(body=world["a"]).count() == 1
    assert not Mark.objects.filter(submission=submission).exists()


@pytest.mark.django_db
def test_closed_request_takes_nothing_until_reopened(world):
    client = client_for(world["reporter_a"])
    report_request = world["request"]
    form = reverse("reporting:submission", args=[report_request.pk, world["a"].pk])
    client.post(form, answers(action="save"))
    ReportRequest.objects.filter(pk=report_request.pk).update(is_closed=True)
    before = snapshot()
    response = client.post(form, answers(action="submit", activities="changed"))
    assert response.status_code == 302
    assert snapshot() == before
    autosave = client.post(reverse("reporting:autosave", args=[report_request.pk, world["a"].pk]), answers())
    assert autosave.status_code == 409 and autosave.json()["saved"] is False
    files = client.post(
        reverse("reporting:attachment_add", args=[report_request.pk, world["a"].pk]),
        {"file": SimpleUploadedFile("a.pdf", b"%PDF")},
    )
    assert files.status_code == 302
    assert snapshot() == before
    ReportRequest.objects.filter(pk=report_request.pk).update(is_closed=False)
    client.post(form, answers(action="submit"))
    assert Submission.objects.get(request=report_request, body=world["a"]).status == Submission.Status.SUBMITTED


@pytest.mark.django_db
def test_submitting_locks_and_a_double_submit_changes_nothing(world):
    client = client_for(world["reporter_a"])
    form = reverse("reporting:submission", args=[world["request"].pk, world["a"].pk])
    client.post(form, answers(action="submit"))
    first = Submission.objects.get(request=world["request"], body=world["a"])
    assert first.status == Submission.Status.SUBMITTED
    before = snapshot()
    for data in [answers(action="submit"), answers(action="save", press="99")]:
        assert client.post(form, data).status_code == 302
        assert snapshot() == before
    autosave = client.post(reverse("reporting:autosave", args=[world["request"].pk, world["a"].pk]), answers(press="5"))
    assert autosave.status_code == 409
    assert snapshot() == before


@pytest.mark.django_db
@pytest.mark.parametrize("bad", ["-1", "1.5", "abc", "1e3", "1000001", "99999999999999999999"])
def test_counts_are_whole_numbers_within_bounds(world, bad):
    client = client_for(world["reporter_a"])
    form = reverse("reporting:submission", args=[world["request"].pk, world["a"].pk])
    client.post(form, answers(action="save", press="3"))
    response = client.post(form, answers(action="submit", press=bad, portal="8"))
    assert response.status_code == 200
    assert "press" in response.context["form"].errors
    submission = Submission.objects.get(request=world["request"], body=world["a"])
    # The valid fields are kept; the bad count neither saved nor submitted.
    assert submission.press == 3 and submission.portal == 8
    assert submission.status == Submission.Status.DRAFT


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content"),
    [("report.exe", b"MZ"), ("page.html", b"<script>"), ("report.svg", b"<svg/>"), ("noextension", b"x")],
)
def test_attachment_types_outside_the_allow_list_are_refused(world, private_root, name, content):
    client = client_for(world["reporter_a"])
    add = reverse("reporting:attachment_add", args=[world["request"].pk, world["a"].pk])
    client.post(add, {"file": SimpleUploadedFile(name, content)})
    assert not Attachment.objects.filter(submission__body=world["a"]).exists()
    assert not any(path.name == name for path in private_root.rglob("*"))


@pytest.mark.django_db
def test_attachments_are_bounded_in_size_and_number_and_never_public(world, settings, private_root):
    settings.REPORTING_ATTACHMENT_MAX_SIZE = 1000
    settings.REPORTING_MAX_ATTACHMENTS = 2
    client = client_for(world["reporter_a"])
    add = reverse("reporting:attachment_add", args=[world["request"].pk, world["a"].pk])
    client.post(add, {"file": SimpleUploadedFile("big.pdf", b"x" * 1001)})
    assert not Attachment.objects.filter(submission__body=world["a"]).exists()
    for index in range(3):
        client.post(add, {"file": SimpleUploadedFile(f"f{index}.pdf", b"%PDF small")})
    files = Attachment.objects.filter(submission__body=world["a"])
    assert [attachment.name for attachment in files] == ["f0.pdf", "f1.pdf"]
    stored = files[0].file.path
    assert stored.startswith(str(private_root)) and not stored.startswith(str(settings.MEDIA_ROOT))
    with pytest.raises(ValueError):
        files[0].file.url  # noqa: B018 - no public URL exists
    download = client.get(reverse("reporting:attachment", args=[files[0].pk]))
    assert download.status_code == 200 and b"".join(download.streaming_content) == b"%PDF small"
    department = client_for(world["department"])
    assert department.get(reverse("reporting:attachment", args=[files[0].pk])).status_code == 200


DEPARTMENT = {roles.EDITORS, roles.LEADERS}
REPORTING_MATRIX = [
    # (action, url key, who may, by role key)
    ("see who has reported", "chase", DEPARTMENT),
    ("read any body's report", "b_review", DEPARTMENT),
    ("read a body's history", "b_history", DEPARTMENT),
    ("create a request", "requests_add", DEPARTMENT),
    ("link reporters to bodies", "reporters_index", {roles.ADMINISTRATORS}),
]


@pytest.mark.django_db
@pytest.mark.parametrize("role", [role.key for role in roles.ROLES])
def test_reporting_matrix(world, role):
    """Each role (without a reporter link) against the department's and administrators' screens."""
    client = client_for(make_user(f"member-{role}", role))
    for action, key, allowed in REPORTING_MATRIX:
        before = snapshot()
        response = client.get(url(world, key))
        if role in allowed:
            assert response.status_code == 200, (role, action)
        else:
            assert response.status_code in (302, 403), (role, action)
            assert response.status_code == 403 or reverse("wagtailadmin_home") == response.url
        assert snapshot() == before


@pytest.mark.django_db
def test_odd_requests_get_a_page_not_an_error(world):
    """A closed request never started, a missing file on disk, odd years: answers, never a 500."""
    reporter, department = client_for(world["reporter_a"]), client_for(world["department"])
    closed = make_request("Đã đóng", is_closed=True)
    page = reporter.get(reverse("reporting:submission", args=[closed.pk, world["a"].pk]))
    assert page.status_code == 200 and "đã đóng" in page.content.decode()
    assert not Submission.objects.filter(request=closed).exists()
    history = reverse("reporting:body_history", args=[world["b"].pk])
    for year in ["abc", "1e5", "-1", "99999999999999999999", ""]:
        assert department.get(history, {"year": year}).status_code == 200
    world["attachment_b"].file.delete(save=False)
    assert department.get(url(world, "b_file")).status_code == 404
    assert reporter.get(reverse("reporting:autosave", args=[world["request"].pk, world["a"].pk])).status_code == 405
