"""django-axes' lockout check, for sign-ins that come with a request.

`AxesStandaloneBackend` refuses `authenticate()` without a request (a shell, a script, a test).
Such a call has no client address to lock out, so it is passed on to Django's backend unchecked.
"""

from axes.backends import AxesStandaloneBackend


class LockoutBackend(AxesStandaloneBackend):
    def authenticate(self, request=None, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
