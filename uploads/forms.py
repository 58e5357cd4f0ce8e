"""The admin's image and document forms, checked harder than Wagtail checks them.

Wagtail already refuses a wrong extension, a format that does not match it (a PSD named .jpg),
too many bytes and too many pixels, from the file's header. It does not decode the whole image,
so a truncated JPEG or a PNG header followed by HTML would be stored and fail later, on every
page that shows it. Documents get a size limit and must start like the format their extension
names, so a renamed executable or an HTML page saved as .pdf is refused at upload.
"""

import os

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

# How each allowed document format begins: PDF, the OLE container of .doc/.xls, the ZIP
# container of Office Open XML and OpenDocument.
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP = b"PK\x03\x04"
DOCUMENT_SIGNATURES = {
    "pdf": b"%PDF-",
    "doc": OLE,
    "xls": OLE,
    "docx": ZIP,
    "xlsx": ZIP,
    "odt": ZIP,
    "ods": ZIP,
}


def decode_image(upload):
    """Decode every pixel of the upload (already bounded in bytes and pixels by Wagtail's field)."""
    upload.seek(0)
    try:
        with Image.open(upload) as image:
            image.load()
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise ValidationError(
            _("This image file is damaged or incomplete and cannot be read. Save it again and upload the copy."),
            code="invalid_image",
        ) from exc
    finally:
        upload.seek(0)


def check_document(upload):
    limit = settings.WAGTAILDOCS_MAX_UPLOAD_SIZE
    if upload.size == 0:
        raise ValidationError(_("The file is empty."), code="empty")
    if upload.size > limit:
        raise ValidationError(
            _("This file is too big (%(size)s). The largest document allowed is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            code="file_too_large",
        )
    extension = os.path.splitext(upload.name)[1].lower().lstrip(".")
    signature = DOCUMENT_SIGNATURES.get(extension)
    upload.seek(0)
    head = upload.read(len(signature or b""))
    upload.seek(0)
    if signature is not None and head != signature:
        raise ValidationError(
            _("The file's content is not a .%(extension)s document. Check that you chose the right file.")
            % {"extension": extension},
            code="content_mismatch",
        )


class CheckedImageForm(BaseImageForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data:
            decode_image(upload)
        return upload


class CheckedDocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data:
            check_document(upload)
        return upload
