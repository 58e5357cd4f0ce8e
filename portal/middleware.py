"""Language from the URL alone.

Django's LocaleMiddleware falls back to the language cookie and the browser's
Accept-Language header. We want the opposite: an unprefixed URL is always Vietnamese (the
admin and its login page included), `/en/…` is English, and nothing depends on what the
browser asks, so the same URL always gives the same page (and caches well).
"""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.translation import get_language_from_path


class PathLanguageMiddleware(LocaleMiddleware):
    def process_request(self, request):
        language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()

    def process_response(self, request, response):
        response.headers.setdefault("Content-Language", translation.get_language())
        return response
