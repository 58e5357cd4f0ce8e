"""Keeping spam off the contact form without any outside service: a honeypot field that people
never see, and a limit on submissions per client address kept in Django's cache."""

import hashlib

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

HONEYPOT = "website"


def with_honeypot(form_class):
    """The form builder's form with a trap field: a bot that fills it is noticed in `is_bot`
    and the field never reaches the stored data or the email."""

    class HoneypotForm(form_class):
        is_bot = False

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.fields[HONEYPOT] = forms.CharField(
                label=_("Leave this field empty"),
                help_text=_("A trap for automated spam; people do not see it."),
                required=False,
                max_length=200,
                widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
            )

        def clean(self):
            cleaned = super().clean()
            self.is_bot = bool(cleaned.pop(HONEYPOT, ""))
            return cleaned

    return HoneypotForm


def client_address(request):
    """The visitor's address. Behind PORTAL_PROXY_COUNT proxies it is the entry of
    X-Forwarded-For the nearest trusted proxy added: entries further left are whatever the
    client sent, so trusting them would let anyone escape the limit."""
    proxies = settings.PORTAL_PROXY_COUNT
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def allow_submission(request):
    """Counts a submission from the request's address; False once the address has sent
    CONTACT_RATE_LIMIT of them within CONTACT_RATE_WINDOW seconds."""
    digest = hashlib.sha256(client_address(request).encode()).hexdigest()[:32]
    key = f"contact-rate:{digest}"
    cache.add(key, 0, settings.CONTACT_RATE_WINDOW)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, settings.CONTACT_RATE_WINDOW)
        count = 1
    return count <= settings.CONTACT_RATE_LIMIT
