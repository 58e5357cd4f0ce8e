"""Every bad file an editor (or an attacker with an editor's password) might upload gets a form error.

The files are made here, in memory: Pillow for real images, bytes for the forged ones. Each is
posted to the admin's own add views, single and multiple upload, and must leave nothing stored.
"""

import io
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model


def png(width, height, mode="RGB"):
    buffer = io.BytesIO()
    Image.new(mode, (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


def jpeg(width=400, height=300):
    buffer = io.BytesIO()
    Image.effect_noise((width, height), 64).convert("RGB").save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb():
    """A 65,535 × 65,535 black PNG in a few kilobytes: 4.3 billion pixels once decoded."""
    side = 65535
    row = b"\x00" + b"\x00" * ((side + 7) // 8)
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(row) for _ in range(64)) + compressor.flush()
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


def psd(width=64, height=64):
    """A real (raw, 3-channel) Photoshop file."""
    header = b"8BPS" + struct.pack(">H6xHIIHH", 1, 3, height, width, 8, 3)
    return header + struct.pack(">III", 0, 0, 0) + struct.pack(">H", 0) + b"\x80" * (3 * width * height)


SVG_WITH_SCRIPT = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'

BAD_IMAGES = {
    "oversize": ("big.jpg", lambda: jpeg() + b"\x00" * (10 * 1024 * 1024 + 1)),
    "over the pixel limit": ("wide.png", lambda: png(8000, 7000, "1")),
    "decompression bomb": ("bomb.png", png_bomb),
    "truncated JPEG": ("cut.jpg", lambda: jpeg()[: len(jpeg()) // 2]),
    "PSD renamed .jpg": ("photo.jpg", psd),
    "PNG header then HTML": ("page.png", lambda: b"\x89PNG\r\n\x1a\n<html><script>alert(1)</script></html>"),
    "SVG with a script": ("logo.svg", lambda: SVG_WITH_SCRIPT),
    "zero bytes": ("empty.jpg", lambda: b""),
}

BAD_DOCUMENTS = {
    "PDF renamed .exe": ("setup.exe", lambda: b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n%%EOF"),
    "HTML renamed .pdf": ("report.pdf", lambda: b"<html><script>alert(1)</script></html>"),
    "executable renamed .docx": ("letter.docx", lambda: b"MZ\x90\x00" + b"\x00" * 60),
    "SVG with a script": ("logo.svg", lambda: SVG_WITH_SCRIPT),
    "zero bytes": ("empty.pdf", lambda: b""),
    "oversize": ("huge.pdf", lambda: b"%PDF-1.4\n" + b"0" * (20 * 1024 * 1024 + 1)),
}


def upload(name, content):
    return SimpleUploadedFile(name, content)


@pytest.fixture
def editor_client(admin_client):
    return admin_client


@pytest.mark.django_db
@pytest.mark.parametrize("case", BAD_IMAGES, ids=list(BAD_IMAGES))
def test_bad_image_gets_a_form_error_and_nothing_is_stored(editor_client, case):
    name, make = BAD_IMAGES[case]
    content = make()
    response = editor_client.post(reverse("wagtailimages:add"), {"title": case, "file": upload(name, content)})
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "file" in errors, errors
    assert not get_image_model().objects.exists()

    multiple = editor_client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": upload(name, content)},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert multiple.status_code == 200
    assert multiple.json()["success"] is False
    assert multiple.json()["error_message"]
    assert not get_image_model().objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("case", BAD_DOCUMENTS, ids=list(BAD_DOCUMENTS))
def test_bad_document_gets_a_form_error_and_nothing_is_stored(editor_client, case):
    name, make = BAD_DOCUMENTS[case]
    response = editor_client.post(reverse("wagtaildocs:add"), {"title": case, "file": upload(name, make())})
    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    assert not get_document_model().objects.exists()


@pytest.mark.django_db
def test_good_files_are_accepted(editor_client):
    """The checks refuse the bad files, not every file: a real JPEG and a real PDF go through."""
    response = editor_client.post(reverse("wagtailimages:add"), {"title": "Ảnh", "file": upload("anh.jpg", jpeg())})
    assert response.status_code == 302
    assert get_image_model().objects.get().title == "Ảnh"
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    response = editor_client.post(reverse("wagtaildocs:add"), {"title": "Văn bản", "file": upload("vb.pdf", pdf)})
    assert response.status_code == 302
    assert get_document_model().objects.get().title == "Văn bản"


@pytest.mark.django_db
def test_documents_are_served_by_wagtails_view_not_from_media(editor_client, client, settings):
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    editor_client.post(reverse("wagtaildocs:add"), {"title": "Văn bản", "file": upload("vb.pdf", pdf)})
    document = get_document_model().objects.get()
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    assert document.url.startswith("/documents/")
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == pdf
    # Nothing in the URL space serves media: no route for /media/ outside DEBUG.
    assert client.get("/media/" + document.file.name).status_code == 404
