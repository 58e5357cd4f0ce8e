"""wagtail-localize dates each translated segment ("Translated manually on 29 November 2026")
with `strftime`, so the month is English whatever the admin's language. This gives the same
comments with the date in the active language's format (Vietnamese "29 tháng 11, 2026")."""

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from wagtail_localize.models import StringTranslation


def segment_comment(translation):
    date = formats.date_format(timezone.localtime(translation.updated_at), "DATE_FORMAT")
    if translation.tool_name:
        return _("Translated with {tool_name} on {date}").format(tool_name=translation.tool_name, date=date)
    if translation.translation_type == StringTranslation.TRANSLATION_TYPE_MANUAL:
        return _("Translated manually on {date}").format(date=date)
    if translation.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE:
        return _("Machine translated on {date}").format(date=date)
    return ""


def install():
    StringTranslation.get_comment = segment_comment
