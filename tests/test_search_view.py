"""The public search page and the autocomplete endpoint: one path for every backend, per
language, filterable, paginated, with escaped excerpts, promotions through translations, and a
normal page for any query (stock Wagtail answers 500 to some of them)."""

import datetime
import re

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from campaigns.models import Topic
from tests.factories import make_campaign, make_story
from tests.test_search_support import build_site, refresh, translate

BAD_QUERIES = [
    "",
    " ",
    '"',
    "'",
    "\x00",
    "a\x00b",
    "x" * 10_000,
    "tam " * 2_500,
    "!!!???...",
    '"tam duong',
    "tam OR duong",
    "OR",
    "AND NOT",
    "title:x",
    "*",
    "~",
    "\\",
    "tam*",
    "\u200b\u200c\u200d\ufeff",
    "\x07\x1b[31m",
    "Tam Đường 旅游 Лай Чау ไทย",
    "(((",
    "-",
    "57-",
    "%",
    "'; DROP TABLE wagtailcore_page; --",
    "<script>alert(1)</script>",
]


def result_titles(response):
    return re.findall(r'class="search-result__title"><a href="[^"]*">([^<]*)</a>', response.content.decode())


@pytest.fixture
def content(search_backend):
    pages = build_site()
    english = translate(pages["tam_duong"], "en")
    english.title = "Rice harvest in Tam Duong"
    english.save_revision().publish()
    pages["english"] = english
    refresh()
    return pages


def test_search_lists_pages_of_the_current_language_only(client, content):
    vietnamese = client.get("/search/", {"q": "tam duong"})
    english = client.get("/en/search/", {"q": "tam duong"})
    assert vietnamese.status_code == english.status_code == 200
    assert result_titles(vietnamese) == ["Mùa lúa chín ở Tam Đường"]
    assert result_titles(english) == ["Rice harvest in Tam Duong"]


def test_results_show_type_date_and_an_escaped_excerpt_with_marks(client, search_backend):
    pages = build_site()
    make_story(
        pages["site"]["stories"],
        "escaped",
        title="Chợ phiên Tam Đường",
        lead="Chợ <b>phiên</b> họp mỗi sáng Chủ nhật ở Tam Đường & các xã <3",
        date=datetime.date(2024, 3, 10),
    )
    refresh()
    html = client.get("/search/", {"q": "cho phien"}).content.decode()
    excerpt = html.split('class="search-result__excerpt">')[1].split("</p>")[0]
    assert excerpt.startswith("<mark>Chợ</mark> <mark>phiên</mark> họp")
    assert excerpt.endswith("&amp; các xã &lt;3")
    assert "<b>" not in excerpt
    assert '<time datetime="2024-03-10">10/03/2024</time>' in html
    assert "Câu chuyện ·" in html


def test_filters_by_type_topic_and_year_and_paginates(client, settings, search_backend):
    settings.PORTAL_PAGE_SIZE = 2
    pages = build_site()
    other = Topic.objects.create(name="Biên giới", slug="bien-gioi", locale=pages["topic"].locale)
    for n in range(3):
        make_story(
            pages["site"]["stories"],
            f"ban-{n}",
            title=f"Bản làng Sìn Hồ {n}",
            topics=[pages["topic"]],
            date=datetime.date(2020 + n, 1, 1),
        )
    make_campaign(
        pages["site"]["campaigns"],
        "sin-ho",
        title="Chiến dịch Sìn Hồ",
        topics=[other],
        start=datetime.date(2019, 1, 1),
        end=datetime.date(2019, 12, 31),
    )
    refresh()
    everything = client.get("/search/", {"q": "sin ho"})
    assert len(result_titles(everything)) == 2
    assert "4 results" in everything.content.decode() or "4 kết quả" in everything.content.decode()
    second = client.get("/search/", {"q": "sin ho", "page": "2"})
    assert len(result_titles(second)) == 2
    assert set(result_titles(everything)) | set(result_titles(second)) == {
        "Bản làng Sìn Hồ 0",
        "Bản làng Sìn Hồ 1",
        "Bản làng Sìn Hồ 2",
        "Chiến dịch Sìn Hồ",
    }
    assert result_titles(client.get("/search/", {"q": "sin ho", "type": "campaign"})) == ["Chiến dịch Sìn Hồ"]
    assert result_titles(client.get("/search/", {"q": "sin ho", "topic": "bien-gioi"})) == ["Chiến dịch Sìn Hồ"]
    assert result_titles(client.get("/search/", {"q": "sin ho", "year": "2021"})) == ["Bản làng Sìn Hồ 1"]
    assert result_titles(client.get("/search/", {"q": "sin ho", "year": "2019"})) == ["Chiến dịch Sìn Hồ"]
    odd = client.get("/search/", {"q": "sin ho", "type": "nope", "topic": "x" * 500, "year": "abc", "page": "-1"})
    assert odd.status_code == 200


def test_promotions_show_through_the_translation_of_the_promoted_page(client, content):
    query = Query.get("ruộng bậc thang")
    SearchPromotion.objects.create(query=query, page=content["tam_duong"], description="Mùa vàng", sort_order=0)
    vietnamese = client.get("/search/", {"q": "Ruộng bậc thang"}).content.decode()
    assert 'class="search-promotions"' in vietnamese and "Mùa vàng" in vietnamese
    english_query = Query.get("rice")
    SearchPromotion.objects.create(query=english_query, page=content["tam_duong"], sort_order=0)
    english = client.get("/en/search/", {"q": "rice"}).content.decode()
    assert "Rice harvest in Tam Duong" in english.split('class="search-promotions"')[1].split("</section>")[0]
    chinese = client.get("/zh-hans/search/", {"q": "rice"}).content.decode()
    assert 'class="search-promotions"' not in chinese  # no Chinese translation of the promoted page
    assert query.hits >= 1  # the search-terms report keeps counting


def test_autocomplete_returns_titles_in_the_current_language(client, content):
    vietnamese = client.get("/search/autocomplete/", {"q": "tam du"}).json()
    english = client.get("/en/search/autocomplete/", {"q": "tam du"}).json()
    assert [item["title"] for item in vietnamese["results"]] == ["Mùa lúa chín ở Tam Đường"]
    assert [item["title"] for item in english["results"]] == ["Rice harvest in Tam Duong"]
    assert english["results"][0]["url"].startswith("/en/")
    assert client.get("/search/autocomplete/", {"q": ""}).json()["results"] == []


def test_the_header_has_a_search_box_and_the_script_is_ours(client, content):
    html = client.get("/").content.decode()
    assert 'action="/search/"' in html and 'data-autocomplete-url="/search/autocomplete/"' in html
    assert re.search(r'<script src="/static/js/search\.js" defer></script>', html)
    assert "<script>" not in html


def test_any_query_gets_a_normal_page(client, content):
    answers = {}
    for query in BAD_QUERIES:
        for url in ("/search/", "/en/search/", "/search/autocomplete/", "/zh-hans/search/autocomplete/"):
            response = client.get(url, {"q": query, "page": "2"})
            answers[(url, query[:30])] = response.status_code
            assert "<script>alert" not in response.content.decode()
    assert set(answers.values()) == {200}, [key for key, code in answers.items() if code != 200]
