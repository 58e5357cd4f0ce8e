"""Keep a leader, a site administrator or a superuser out of the admin until a one-time password is verified.

django-otp's OTPMiddleware (before this one) tells whether this session verified a device. Until
it has, every admin URL but signing in and out and the two pages here redirects to them: set-up
for someone without a device yet, verification otherwise. The public site is not affected.
"""

from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.deprecation import MiddlewareMixin
from django_otp import user_has_device

from logins.policy import requires_two_factor

OPEN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "logins_two_factor_setup",
    "logins_two_factor_verify",
}


class RequireTwoFactorMiddleware(MiddlewareMixin):
    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if not request.path_info.startswith(reverse("wagtailadmin_home")) or match.url_name in OPEN_URL_NAMES:
            return None
        user = request.user
        if user.is_verified() or not requires_two_factor(user):
            return None
        step = "logins_two_factor_verify" if user_has_device(user) else "logins_two_factor_setup"
        return redirect(f"{reverse(step)}?{urlencode({'next': request.get_full_path()})}")
