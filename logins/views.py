"""Two-factor set-up and verification in the admin (django-otp's TOTP devices)."""

from base64 import b32encode

import django_otp
import segno
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django_otp import match_token, user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

from logins.forms import TokenForm


def _next_url(request):
    """Where to go after verification: the `next` asked for if it stays on this site, else the admin home."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    safe = url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure())
    return target if safe and target.startswith("/") else reverse("wagtailadmin_home")


def _done(request, device):
    django_otp.login(request, device)
    return redirect(_next_url(request))


def verify(request):
    if not user_has_device(request.user):
        return redirect("logins_two_factor_setup")
    form = TokenForm(request.POST or None, check=lambda token: match_token(request.user, token))
    if request.method == "POST" and form.is_valid():
        return _done(request, form.device)
    return TemplateResponse(request, "logins/verify.html", {"form": form, "next": _next_url(request)})


def setup(request):
    """Show a new, unconfirmed device's key; it becomes the user's device once a code from it is verified.

    Only for a user without a confirmed device: adding one must not be a way around the one they have.
    """
    if user_has_device(request.user):
        return redirect("logins_two_factor_verify")
    device, _created = TOTPDevice.objects.get_or_create(user=request.user, confirmed=False, defaults={"name": "TOTP"})

    def check(token):
        return device if device.verify_token(token) else None

    form = TokenForm(request.POST or None, check=check)
    if request.method == "POST" and form.is_valid():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        return _done(request, device)
    context = {
        "form": form,
        "next": _next_url(request),
        # segno writes the SVG from the device's own URL: no user input reaches it.
        "qr_svg": mark_safe(segno.make(device.config_url, error="m").svg_inline(scale=5, border=2)),  # noqa: S308
        "secret": _grouped(device.bin_key),
    }
    return TemplateResponse(request, "logins/setup.html", context)


def _grouped(key):
    """The key as an app expects it typed by hand: base32 in groups of four."""
    text = b32encode(key).decode().rstrip("=")
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))
