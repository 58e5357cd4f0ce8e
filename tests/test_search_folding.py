"""Vietnamese matching is the same on every backend: one table of queries, each run on the
database backend and on a real Elasticsearch node, through the same search path as the view.

A query without diacritics finds text with them, NFD equals NFC, case and the look-alike Ð
are folded, a query typed with diacritics ranks exactly those letters first, and a document
number as typed finds its directive first.
"""

import datetime
import unicodedata

import pytest
from wagtail.models import Locale, Page

from registry import numbers
from search import service, text
from tests.factories import make_site, make_story
from tests.test_search_support import build_site, refresh

STORIES = {
    "danang": ("Du lịch Đà Nẵng mùa hè", "Biển Đà Nẵng đón khách quốc tế."),
    "dienbien": ("Chiến thắng Điện Biên Phủ", "Bảy mươi năm chiến thắng lừng lẫy năm châu."),
    "biengioi": ("Bảo vệ chủ quyền biên giới quốc gia", "Đồn biên phòng cùng nhân dân giữ mốc."),
    "duong": ("Gia đình ông Dương ở bản Giang", "Ông Dương trồng chè trên đồi."),
    "duong2": ("Con đường mới về bản Giang", "Đường bê tông nối bản với xã."),
    "doquyen": ("Đỗ quyên nở trên đỉnh Pu Ta Leng", "Sắc hoa đỏ rực núi rừng."),
    "tohieu": ("Đền thờ Tô Hiệu", "Di tích lịch sử cách mạng."),
    "thocam": ("Nghề dệt thổ cẩm của người Lự", "Hoa văn truyền thống của đồng bào."),
    "che": ("Chè Shan tuyết San Thàng", "Cây chè cổ thụ trên núi cao."),
    "hcm": ("Học tập tư tưởng Hồ Chí Minh về đối ngoại", "Ngoại giao nhân dân."),
    "ungdung": ("Ứng dụng công nghệ số trong quảng bá hình ảnh", "Trang tin điện tử và mạng xã hội."),
    "kieubao": ("Người Việt Nam ở nước ngoài hướng về quê hương", "Kiều bào về thăm quê."),
    "hoinghi": ("Hội nghị xúc tiến đầu tư Lai Châu", "Nhà đầu tư khảo sát khu công nghiệp."),
}

NFD = "NFD"
# (query, page that must be found, must it be first?, pages that must not be found)
CASES = [
    ("tam duong", "tam_duong", True, ["danang"]),
    ("Tam Đường", "tam_duong", True, []),
    ("TAM ĐƯỜNG", "tam_duong", True, []),
    ((NFD, "Tam Đường"), "tam_duong", True, []),
    ("tam duo", "tam_duong", True, []),
    ("da nang", "danang", True, ["tam_duong"]),
    ("Đà Nẵng", "danang", True, []),
    ("đà nẵng", "danang", True, []),
    ("Ðà Nẵng", "danang", True, []),  # U+00D0, the Icelandic eth
    ((NFD, "Đà Nẵng"), "danang", True, []),
    ("nang", "danang", True, []),
    ("dien bien phu", "dienbien", True, []),
    ("Điện Biên Phủ", "dienbien", True, []),
    ("dien bien", "dienbien", True, []),
    ("bien gioi", "biengioi", True, []),
    ("biên giới", "biengioi", True, []),
    ("BIEN GIOI", "biengioi", True, []),
    ("Dương", "duong", True, []),
    ("Dương", "duong2", False, []),
    ("duong ban giang", "duong2", False, []),
    ("đường", "duong2", False, []),
    ("do quyen", "doquyen", True, []),
    ("Đỗ quyên", "doquyen", True, []),
    ("Đỗ", "doquyen", True, []),
    ("to hieu", "tohieu", True, []),
    ("Tô Hiệu", "tohieu", True, []),
    ("tho cam", "thocam", True, []),
    ("thổ cẩm", "thocam", True, []),
    ("che shan tuyet", "che", True, []),
    ("ho chi minh", "hcm", True, []),
    ("Hồ Chí Minh", "hcm", True, []),
    ("tư tưởng", "hcm", True, []),
    ("ung dung cong nghe", "ungdung", True, []),
    ("ứng dụng", "ungdung", True, []),
    ("quang ba hinh anh", "ungdung", True, []),
    ("nguoi viet nam o nuoc ngoai", "kieubao", True, []),
    ("người Việt Nam ở nước ngoài", "kieubao", True, []),
    ("hoi nghi", "hoinghi", True, []),
    ("hội nghị", "hoinghi", True, []),
    ("lai chau", "hoinghi", True, []),
    ("57-KL/TW", "kl57", True, []),
    ("57-kl/tw", "kl57", True, []),
    ("57 KL TW", "kl57", True, []),
    ("kết luận 57", "kl57", True, []),
    ("ket luan so 57", "kl57", True, []),
    ("2013/QĐ-TTg", "qd2013", True, []),
    ("2013/QD-TTg", "qd2013", True, []),
    ("quyết định 2013", "qd2013", True, []),
    ("tam nang", None, False, ["tam_duong", "danang"]),  # AND: both words, not either
    ("xyzzy", None, False, ["tam_duong"]),
]


def search_keys(query, pages):
    """The keys of the pages found for the query, in order, through the view's own path."""
    by_pk = {page.pk: key for key, page in pages.items() if hasattr(page, "pk")}
    queryset = Page.objects.live().public().filter(locale=Locale.get_default())
    found = service.search_page(text.clean_query(query), queryset, per_page=50)
    return [by_pk.get(page.pk, page.title) for page in found.object_list] if found else []


@pytest.fixture
def corpus(search_backend):
    pages = build_site()
    for key, (title, lead) in STORIES.items():
        pages[key] = make_story(pages["site"]["stories"], key, title=title, lead=lead, date=datetime.date(2024, 1, 1))
    refresh()
    return pages


def test_the_folding_table_agrees_on_every_backend(corpus):
    assert len(CASES) >= 40
    failures = []
    for query, expected, first, absent in CASES:
        if isinstance(query, tuple):
            query = unicodedata.normalize(*query)
        keys = search_keys(query, corpus)
        if expected and expected not in keys:
            failures.append(f"{query!r}: {expected} not found in {keys}")
        elif expected and first and keys[0] != expected:
            failures.append(f"{query!r}: {expected} not first in {keys}")
        failures.extend(f"{query!r}: {key} found" for key in absent if key in keys)
    assert failures == []


def test_exact_diacritics_rank_first(corpus):
    keys = search_keys("Dương", corpus)
    assert keys.index("duong") < keys.index("duong2")
    keys = search_keys("đường", corpus)
    assert keys.index("duong2") < keys.index("duong")


def test_a_document_number_pins_its_directive_above_pages_that_cite_it(search_backend):
    pages = build_site()
    for slug in ("a", "b", "c"):
        make_story(pages["site"]["stories"], f"cite-{slug}", title=f"Thực hiện Kết luận 57-KL/TW {slug}")
    refresh()
    for query in ("57-KL/TW", "57 kl tw", "kết luận 57"):
        assert search_keys(query, pages)[0] == "kl57", query


def test_clean_query_strips_what_backends_choke_on():
    assert text.clean_query("  tam\x00 \u200bduong\u200d ") == "tam duong"
    assert text.clean_query('"') == ""
    assert text.clean_query("Ðà") == "Đà"
    assert text.clean_query(unicodedata.normalize("NFD", "Đường")) == "Đường"
    assert len(text.clean_query("a " * 10_000)) <= text.MAX_QUERY_LENGTH
    assert text.query_terms("title:x OR *~\\") == "title x OR"
    assert text.query_terms("57-KL/TW") == "57 KL TW"
    assert text.fold("旅游 Đà") == "旅 游 da"
    assert numbers.compact("2013/QĐ-TTg") == numbers.compact("2013 qd ttg") == "2013QDTTG"


def test_site_factory_is_searchable_without_content(search_backend):
    make_site()
    refresh()
    assert search_keys("tam duong", {}) == []
