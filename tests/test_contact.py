"""The contact form, on PostgreSQL: a visitor's message is stored and mailed to the department;
stored even when the mail server fails; a bot that fills the honeypot gets a thank-you and
nothing is kept; an address that sends too much is held off (the address behind the proxy, not
one the client forges), keeping the message in the form; each language has its own form whose
answers line up with the source's; only the department's roles read the submissions."""

import smtplib

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.mail.backends.base import BaseEmailBackend
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Locale

from contact.models import MESSAGE_MAX_LENGTH, ContactFormField, ContactPage
from editorial import roles
from tests.factories import publish
from tests.test_editorial_roles import client_for, member, refused
from translation.machinery import translate_with_strings

DEPARTMENT = "tuyengiao@example.com"


class FailingEmailBackend(BaseEmailBackend):
    """A mail server that is down."""

    def send_messages(self, email_messages):
        raise smtplib.SMTPConnectError(421, "Service not available")


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def contact(site):
    page = ContactPage(
        title="Liên hệ",
        slug="lien-he",
        intro="<p>Gửi câu hỏi cho Ban Tuyên giáo.</p>",
        thank_you_text="<p>Cảm ơn bạn đã liên hệ.</p>",
        to_address=DEPARTMENT,
        subject="Thư liên hệ",
    )
    page.form_fields = [
        ContactFormField(label="Họ và tên", field_type="singleline", required=True),
        ContactFormField(label="Thư điện tử", field_type="email", required=True),
        ContactFormField(label="Nội dung", field_type="multiline", required=True),
    ]
    return publish(site["home"], page)


def message(**extra):
    return {"ho_va_ten": "Nguyễn Văn An", "thu_dien_tu": "an@example.com", "noi_dung": "Xin lịch lễ hội.", **extra}


def test_a_message_is_stored_and_reaches_the_department(client, contact):
    form = client.get(contact.url)
    assert form.status_code == 200 and 'name="noi_dung"' in form.content.decode()
    assert "no-store" in form["Cache-Control"]
    response = client.post(contact.url, message())
    assert response.status_code == 200, response.context["form"].errors
    assert "Cảm ơn bạn đã liên hệ." in response.content.decode()
    submission = FormSubmission.objects.get(page=contact)
    assert submission.get_data()["noi_dung"] == "Xin lịch lễ hội."
    assert "website" not in submission.form_data
    assert [m.to for m in mail.outbox] == [[DEPARTMENT]]
    assert mail.outbox[0].subject == "Thư liên hệ"
    assert "Nội dung: Xin lịch lễ hội." in mail.outbox[0].body


def test_nothing_is_lost_when_mail_fails(client, contact, settings, caplog):
    settings.EMAIL_BACKEND = "tests.test_contact.FailingEmailBackend"
    response = client.post(contact.url, message(noi_dung="Thư khi máy chủ thư hỏng."))
    assert response.status_code == 200
    assert "Cảm ơn bạn đã liên hệ." in response.content.decode()
    assert FormSubmission.objects.get(page=contact).get_data()["noi_dung"] == "Thư khi máy chủ thư hỏng."
    assert "could not be mailed" in caplog.text  # the failure is logged for the administrators


def test_a_bot_filling_the_honeypot_is_thanked_and_forgotten(client, contact):
    response = client.post(contact.url, message(website="http://spam.example"))
    assert response.status_code == 200
    assert "Cảm ơn bạn đã liên hệ." in response.content.decode()
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


def test_bad_input_is_explained_and_nothing_is_stored(client, contact):
    response = client.post(contact.url, message(thu_dien_tu="khong-phai-email", noi_dung=""))
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"thu_dien_tu", "noi_dung"}
    too_long = client.post(contact.url, message(noi_dung="x" * (MESSAGE_MAX_LENGTH + 1)))
    assert "noi_dung" in too_long.context["form"].errors
    assert not FormSubmission.objects.exists()


def test_too_many_messages_from_one_address_behind_the_proxy(client, contact, settings):
    settings.PORTAL_PROXY_COUNT = 1
    settings.CONTACT_RATE_LIMIT = 2
    for forged in ("1.1.1.1", "2.2.2.2"):
        sent = client.post(contact.url, message(), HTTP_X_FORWARDED_FOR=f"{forged}, 203.0.113.5")
        assert sent.status_code == 200 and "Cảm ơn" in sent.content.decode()
    held = client.post(contact.url, message(noi_dung="Thư thứ ba."), HTTP_X_FORWARDED_FOR="3.3.3.3, 203.0.113.5")
    assert held.status_code == 429
    html = held.content.decode()
    assert "Thư thứ ba." in html  # kept in the form
    assert held.context["form"].non_field_errors()
    assert FormSubmission.objects.count() == 2
    other = client.post(contact.url, message(), HTTP_X_FORWARDED_FOR="203.0.113.6")
    assert other.status_code == 200 and FormSubmission.objects.count() == 3


def test_each_language_has_its_form_and_answers_line_up(client, contact):
    english = translate_with_strings(
        contact,
        Locale.objects.get(language_code="en"),
        {"Liên hệ": "Contact", "Họ và tên": "Full name", "Thư điện tử": "Email", "Nội dung": "Message"},
    )
    assert english.url.startswith("/en/")
    form = client.get(english.url).content.decode()
    assert "Full name" in form and "Họ và tên" not in form
    client.post(english.url, message(noi_dung="Request for a press visit."))
    submission = FormSubmission.objects.get(page=english)
    assert submission.get_data()["noi_dung"] == "Request for a press visit."
    assert [f.clean_name for f in english.form_fields.all()] == [f.clean_name for f in contact.form_fields.all()]
    # Translators may edit the English page, but its messages are not theirs to read.
    translator = client_for(member(roles.TRANSLATORS))
    assert refused(translator.get(reverse("wagtailforms:list_submissions", args=(english.pk,))))


@pytest.mark.parametrize(
    "key, allowed",
    [
        (roles.EDITORS, True),
        (roles.REVIEWERS, True),
        (roles.LEADERS, True),
        (roles.ADMINISTRATORS, True),
        (roles.CONTRIBUTORS, False),
        (roles.TRANSLATORS, False),
        (roles.SENSITIVE_REVIEWERS, False),
    ],
)
def test_the_departments_roles_read_submissions(client, contact, key, allowed):
    client.post(contact.url, message())
    user_client = client_for(member(key))
    listing = user_client.get(reverse("wagtailforms:list_submissions", args=(contact.pk,)))
    index = user_client.get(reverse("wagtailforms:index"))
    if allowed:
        assert listing.status_code == 200 and "Nguyễn Văn An" in listing.content.decode()
        assert "Liên hệ" in index.content.decode()
    else:
        assert refused(listing)
        assert index.status_code in (200, 302, 403) and "lien-he" not in index.content.decode()
