"""The admin's image and document forms, checked harder than Wagtail checks them.

Wagtail already refuses a wrong extension, a format that does not match it (a PSD named .jpg),
too many bytes and too many pixels; but a decompression bomb or a truncated JPEG makes its pixel
check raise Pillow's own error, a 500, so our field turns those into form errors. Documents get
a size limit and must start like the format their extension names, so a renamed executable or
an HTML page saved as .pdf is refused at upload.
"""

import os

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
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


class CheckedImageField(WagtailImageField):
    """Wagtail's pixel check decodes the image through Willow and lets Pillow's errors escape as a 500:
    a decompression bomb's, a truncated file's. Make them form errors."""

    def check_image_pixel_size(self, f):
        try:
            super().check_image_pixel_size(f)
        except Image.DecompressionBombError as exc:
            raise ValidationError(
                _("This image has far too many pixels. The largest image allowed has %(limit)s pixels.")
                % {"limit": self.max_image_pixels},
                code="file_too_many_pixels",
            ) from exc
        except (OSError, ValueError, SyntaxError) as exc:
            raise ValidationError(
                _("This image file is damaged or incomplete and cannot be read. Save it again and upload the copy."),
                code="invalid_image",
            ) from exc


class CheckedImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            field = self.fields["file"]
            self.fields["file"] = CheckedImageField(label=field.label, required=field.required)


class CheckedDocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data:
            check_document(upload)
        return upload
