from django import forms
from django.utils.translation import gettext_lazy as _


class TokenForm(forms.Form):
    token = forms.CharField(
        label=_("Code from your authenticator app"),
        help_text=_("The six digits your authenticator app shows now."),
        min_length=6,
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def __init__(self, *args, check=None, **kwargs):
        """`check(token)` returns the verified device or None."""
        super().__init__(*args, **kwargs)
        self.check = check
        self.device = None

    def clean_token(self):
        token = self.cleaned_data["token"].strip().replace(" ", "")
        self.device = self.check(token)
        if self.device is None:
            raise forms.ValidationError(_("This code is not valid. Wait for the next code and try again."))
        return token
