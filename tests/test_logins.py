"""Logins: lockout after repeated failures, TOTP for leaders and administrators, no known passwords."""

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from editorial.demo_users import create_demo_users
from editorial.roles import ADMINISTRATORS, EDITORS, LEADERS, group

PASSWORD = "một-mật-khẩu-dài-để-thử"
ADMIN_HOME = "/admin/"
PAGES = "/admin/documents/"


@pytest.fixture
def enforced(settings):
    settings.LOGINS_TWO_FACTOR_ENFORCED = True


def make_user(django_user_model, username, role=None, **extra):
    user = django_user_model.objects.create_user(username, f"{username}@example.invalid", PASSWORD, **extra)
    if role:
        user.groups.add(group(role))
    return user


def sign_in(client, username, password=PASSWORD, **headers):
    return client.post(reverse("wagtailadmin_login"), {"username": username, "password": password}, headers=headers)


def code_for(device, offset=0):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=offset):06d}"


@pytest.mark.django_db
def test_leader_without_device_is_sent_to_set_up_and_cannot_reach_the_admin_until_verified(
    client, django_user_model, enforced
):
    make_user(django_user_model, "lanh-dao", LEADERS)
    assert sign_in(client, "lanh-dao").status_code == 302

    for path in (ADMIN_HOME, PAGES, "/admin/pages/", "/admin/users/"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith(reverse("logins_two_factor_setup")), path

    setup = client.get(reverse("logins_two_factor_setup"), {"next": PAGES})
    assert setup.status_code == 200
    assert b"<svg" in setup.content
    device = TOTPDevice.objects.get(user__username="lanh-dao", confirmed=False)

    wrong = client.post(reverse("logins_two_factor_setup"), {"token": "000000", "next": PAGES})
    assert wrong.status_code == 200 and wrong.context["form"].errors
    assert client.get(PAGES).status_code == 302

    device.refresh_from_db()
    device.throttle_reset()  # a failure throttles the device for a second; no need to wait it out
    done = client.post(reverse("logins_two_factor_setup"), {"token": code_for(device), "next": PAGES})
    assert done.status_code == 302 and done["Location"] == PAGES
    device.refresh_from_db()
    assert device.confirmed
    assert client.get(PAGES).status_code == 200


@pytest.mark.django_db
def test_leader_with_a_device_must_enter_a_code_at_each_sign_in(client, django_user_model, enforced):
    leader = make_user(django_user_model, "lanh-dao", LEADERS)
    device = TOTPDevice.objects.create(user=leader, name="TOTP", confirmed=True)
    sign_in(client, "lanh-dao")

    response = client.get(PAGES)
    assert response["Location"].startswith(reverse("logins_two_factor_verify"))
    # Setting up a second device is no way around the first.
    assert client.get(reverse("logins_two_factor_setup"))["Location"] == reverse("logins_two_factor_verify")

    refused = client.post(reverse("logins_two_factor_verify"), {"token": "123456"})
    assert refused.status_code == 200 and refused.context["form"].errors
    assert client.get(ADMIN_HOME).status_code == 302

    device.refresh_from_db()
    device.throttle_reset()
    accepted = client.post(reverse("logins_two_factor_verify"), {"token": code_for(device), "next": PAGES})
    assert accepted["Location"] == PAGES
    assert client.get(ADMIN_HOME).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("role,superuser", [(ADMINISTRATORS, False), (None, True)])
def test_site_administrators_and_superusers_need_a_code_too(client, django_user_model, enforced, role, superuser):
    make_user(django_user_model, "quan-tri", role, is_superuser=superuser, is_staff=superuser)
    sign_in(client, "quan-tri")
    assert client.get(ADMIN_HOME)["Location"].startswith(reverse("logins_two_factor_setup"))


@pytest.mark.django_db
def test_an_editor_signs_in_with_a_password_alone(client, django_user_model, enforced):
    make_user(django_user_model, "bien-tap", EDITORS)
    sign_in(client, "bien-tap")
    assert client.get(ADMIN_HOME).status_code == 200


@pytest.mark.django_db
def test_public_site_is_not_behind_two_factor(client, django_user_model, site, enforced):
    make_user(django_user_model, "lanh-dao", LEADERS)
    sign_in(client, "lanh-dao")
    assert client.get("/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("target", ["//evil.example", "https:evil.example", "/\\evil.example", "https://evil.example/"])
def test_verification_never_sends_the_user_off_site(client, django_user_model, enforced, target):
    leader = make_user(django_user_model, "lanh-dao", LEADERS)
    device = TOTPDevice.objects.create(user=leader, name="TOTP", confirmed=True)
    sign_in(client, "lanh-dao")
    response = client.post(reverse("logins_two_factor_verify"), {"token": code_for(device), "next": target})
    assert response.status_code == 302
    assert response["Location"] == ADMIN_HOME


@pytest.mark.django_db
def test_repeated_failures_lock_the_account_out_even_with_the_right_password(client, django_user_model, settings):
    make_user(django_user_model, "bien-tap", EDITORS)
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        response = sign_in(client, "bien-tap", "sai-mat-khau")
        assert response.status_code in (200, 429)
    locked = sign_in(client, "bien-tap")
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session
    assert client.get(ADMIN_HOME).status_code == 302


@pytest.mark.django_db
def test_behind_the_proxy_the_address_the_proxy_saw_is_counted_not_a_forged_one(client, django_user_model, settings):
    settings.AXES_IPWARE_PROXY_COUNT = 1
    settings.AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR",)
    make_user(django_user_model, "bien-tap", EDITORS)
    # The client forges an address; the proxy appends the one it saw.
    sign_in(client, "bien-tap", "sai-mat-khau", x_forwarded_for="1.2.3.4, 203.0.113.7")
    assert AccessAttempt.objects.get().ip_address == "203.0.113.7"
    # Forging a new address on every try does not escape the lockout.
    for forged in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "bien-tap", "sai-mat-khau", x_forwarded_for=f"10.0.0.{forged}, 203.0.113.7")
    assert sign_in(client, "bien-tap", x_forwarded_for="10.9.9.9, 203.0.113.7").status_code == 429


@pytest.mark.django_db
def test_demo_users_get_fresh_strong_passwords():
    """`load_demo_content --with-users` makes accounts whose passwords nobody could know in advance."""
    first = {username: password for username, _role, password in create_demo_users()}
    assert first
    User = get_user_model()
    User.objects.filter(username__in=first).delete()
    second = {username: password for username, _role, password in create_demo_users()}
    for username, password in first.items():
        assert second[username] != password
        validate_password(password, User.objects.get(username=username))


@pytest.mark.django_db
@pytest.mark.parametrize("weak", ["12345678901234", "password", "quan-tri", "ngắn"])
def test_weak_passwords_are_refused(weak):
    with pytest.raises(ValidationError):
        validate_password(weak, get_user_model()(username="quan-tri"))


@pytest.mark.django_db
def test_ensure_admin_refuses_a_weak_password_from_the_environment(monkeypatch):
    monkeypatch.setenv("DJANGO_ADMIN_PASSWORD", "admin123")
    with pytest.raises(CommandError, match="DJANGO_ADMIN_PASSWORD"):
        call_command("ensure_admin")


@pytest.mark.django_db
def test_sign_in_without_a_request_still_works_and_is_not_counted(django_user_model):
    """A shell or script authenticates without a request: no address to lock out, the password still checked."""
    user = make_user(django_user_model, "bien-tap", EDITORS)
    assert authenticate(username="bien-tap", password=PASSWORD) == user
    assert authenticate(username="bien-tap", password="sai-mat-khau") is None
    assert not AccessAttempt.objects.exists()
