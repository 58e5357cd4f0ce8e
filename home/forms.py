"""Admin form adjustments."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm


class AdminLoginForm(LoginForm):
    """Wagtail's login form leaves the password field without a label, so it shows the
    untranslatable field name "Password"; give it the translated one."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")
