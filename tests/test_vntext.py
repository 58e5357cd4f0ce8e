"""Vietnamese folding, slugs and sort order: the one helper that slugs, search and sorting share."""

import unicodedata

import pytest

import vntext


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Tam Đường", "tam duong"),
        ("Điện Biên", "dien bien"),
        ("Đà Nẵng", "da nang"),
        ("ĐỖ TÔ", "do to"),
        ("2013/QĐ-TTg", "2013 qd ttg"),
        ("  nhiều   khoảng   trắng ", "nhieu khoang trang"),
    ],
)
def test_fold_removes_marks_and_maps_d(text, folded):
    assert vntext.fold(text) == folded


def test_fold_treats_nfc_and_nfd_alike():
    text = "Nẵng Đường Hồ"
    assert vntext.fold(unicodedata.normalize("NFD", text)) == vntext.fold(unicodedata.normalize("NFC", text))


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Câu chuyện Tam Đường", "cau-chuyen-tam-duong"),
        ("Đèo Ô Quy Hồ!", "deo-o-quy-ho"),
        ("Kết luận 57-KL/TW", "ket-luan-57-kl-tw"),
        ("???", ""),
    ],
)
def test_slugify_is_ascii_and_keeps_d(title, slug):
    assert vntext.slugify(title) == slug


def test_slugify_respects_max_length_without_trailing_dash():
    assert vntext.slugify("Đường dài " * 20, max_length=12) == "duong-dai-du"


def test_sort_key_follows_vietnamese_alphabet():
    names = ["Đà Lạt", "Dung", "Ân", "An", "Ăn", "Bình", "Zeta", "Ánh", "Anh", "Ba Vì", "Bac"]
    assert sorted(names, key=vntext.sort_key) == [
        "An",
        "Anh",
        "Ánh",
        "Ăn",
        "Ân",
        "Ba Vì",
        "Bac",
        "Bình",
        "Dung",
        "Đà Lạt",
        "Zeta",
    ]


@pytest.mark.django_db
def test_names_sort_the_vietnamese_way_in_the_database():
    """`ORDER BY name` uses the `vietnamese` collation: ICU on PostgreSQL, ours on SQLite."""
    from wagtail.models import Locale

    from campaigns.models import Body

    names = ["Zeta", "Đảng ủy xã", "Ủy ban Mặt trận", "Dân vận", "Ban Tuyên giáo", "Ấp Bắc", "An Giang"]
    for name in names:
        Body.objects.create(name=name, locale=Locale.get_default())
    assert list(Body.objects.values_list("name", flat=True)) == [
        "An Giang",
        "Ấp Bắc",
        "Ban Tuyên giáo",
        "Dân vận",
        "Đảng ủy xã",
        "Ủy ban Mặt trận",
        "Zeta",
    ]
