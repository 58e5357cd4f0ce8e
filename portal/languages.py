"""Content languages from configuration.

Vietnamese, English and Simplified Chinese are always on. `PORTAL_EXTRA_LANGUAGES` adds
more with no code change: a comma-separated list of language codes, each optionally with
its name in that language after a colon (`km,lo:ພາສາລາວ`). A code Django does not know
(Lao, for one) must come with its name, which is then registered in Django's LANG_INFO.
"""

from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured

BASE_LANGUAGES = [
    ("vi", "Tiếng Việt"),
    ("en", "English"),
    ("zh-hans", "简体中文"),
]


def content_languages(extra: str) -> list[tuple[str, str]]:
    languages = list(BASE_LANGUAGES)
    for item in filter(None, (part.strip() for part in extra.split(","))):
        code, _, name = (piece.strip() for piece in item.partition(":"))
        code = code.lower()
        if code in dict(languages):
            continue
        info = LANG_INFO.get(code)
        if info is None:
            if not name:
                raise ImproperlyConfigured(
                    f"PORTAL_EXTRA_LANGUAGES: Django does not know {code!r}; give its name as {code}:Name"
                )
            LANG_INFO[code] = {"bidi": False, "code": code, "name": name, "name_local": name}
        languages.append((code, name or info["name_local"]))
    return languages
