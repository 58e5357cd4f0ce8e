"""A safer PO upload for wagtail-localize's translation editor.

wagtail-localize's own view answers 500 to a file with no translation id header or to a
request with no file, and imports translations whose placeholders are broken. This one
checks the file first and, when anything is wrong, says what and changes nothing.
"""

import os
import tempfile

import polib
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail_localize.models import Translation
from wagtail_localize.views.edit_translation import user_can_edit_instance

from translation.placeholders import placeholders_match

MAX_PO_BYTES = 2 * 1024 * 1024


def read_po(data: bytes):
    """The parsed PO file, or None when the bytes are not one."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    # polib takes a path or contents; writing to a file stops contents being read as a path.
    with tempfile.NamedTemporaryFile(suffix=".po", delete=False) as handle:
        handle.write(data)
    try:
        return polib.pofile(handle.name)
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    finally:
        os.unlink(handle.name)


def check_po(po, translation):
    """The reason this PO file cannot be imported into `translation`, or None."""
    if po is None or not po.metadata:
        return _("This is not a PO file. Download the PO file of this translation, fill it in and upload it again.")
    if po.metadata.get("X-WagtailLocalize-TranslationID") != str(translation.uuid):
        return _("This PO file was made for another translation. Download the one for this page and language.")
    broken = [entry.msgid for entry in po if entry.msgstr and not placeholders_match(entry.msgid, entry.msgstr)]
    if broken:
        return ngettext(
            "%(count)d translation changes the placeholders or tags of its source (%(first)s). Nothing was imported.",
            "%(count)d translations change the placeholders or tags of their source (first: %(first)s). "
            "Nothing was imported.",
            len(broken),
        ) % {"count": len(broken), "first": broken[0][:80]}
    return None


@require_POST
def upload_pofile(request, translation_id):
    translation = get_object_or_404(Translation, id=translation_id)
    if not user_can_edit_instance(request.user, translation.get_target_instance()):
        raise PermissionDenied
    next_url = get_valid_next_url_from_request(request) or reverse("wagtailadmin_home")

    upload = request.FILES.get("file")
    if upload is None:
        problem = _("Choose a PO file to upload.")
    elif upload.size > MAX_PO_BYTES:
        problem = _("This file is too large to be a PO file of one page.")
    else:
        problem = check_po(po := read_po(upload.read()), translation)
    if problem:
        messages.error(request, problem)
        return redirect(next_url)

    translation.import_po(po, user=request.user, tool_name="PO File")
    messages.success(request, _("The translations in the PO file were imported."))
    return redirect(next_url)
