"""Syndication, on PostgreSQL: RSS and Atom feeds per language, per campaign and per topic are
well-formed XML holding the right items of their language (withdrawn pages left out); pages
link to their feeds and carry Open Graph and Twitter card tags with a rendition of their image,
and schema.org JSON-LD (GovernmentOrganization, Article, Event) escaped so that no editor's text
can close the data block."""

import datetime
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from wagtail.models import Locale

from home.models import PortalSettings, UnitProfile
from tests.factories import make_campaign, make_image, make_story, make_topic
from translation.machinery import translate_with_strings

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def content(site):
    topic = make_topic("Du lịch", slug="du-lich")
    campaign = make_campaign(
        site["campaigns"],
        "quang-ba-du-lich",
        title="Quảng bá du lịch",
        end=datetime.date(2025, 12, 31),
        lead="Đưa du khách đến Tam Đường.",
        hero_image=make_image("Ruộng bậc thang"),
    )
    pages = {
        "site": site,
        "topic": topic,
        "campaign": campaign,
        "tea": make_story(site["stories"], "doi-che", title="Đồi chè", campaign=campaign, topics=[topic]),
        "market": make_story(site["stories"], "cho-phien", title="Chợ phiên", author="Lò Văn Minh"),
    }
    english = Locale.objects.get(language_code="en")
    translate_with_strings(site["stories"], english, {"Câu chuyện": "Stories"})
    pages["tea_en"] = translate_with_strings(pages["tea"], english, {"Đồi chè": "Tea hills"})
    profile = UnitProfile.objects.create(
        name="Ban Tuyên giáo Huyện ủy",
        superior_body="Huyện ủy",
        email="tuyengiao@example.org",
        address="Thị trấn Tam Đường",
        locale=site["home"].locale,
    )
    portal = PortalSettings.for_site(site["home"].get_site())
    portal.unit_profile = profile
    portal.save()
    return pages


def rss_titles(response):
    assert response.status_code == 200 and response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)
    assert root.tag == "rss"
    return [item.findtext("title") for item in root.iter("item")]


def atom_titles(response):
    assert response.status_code == 200 and response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    return [entry.findtext(f"{ATOM}title") for entry in root.iter(f"{ATOM}entry")]


def test_language_feeds_hold_that_languages_items(client, content):
    vietnamese = rss_titles(client.get("/feeds/rss.xml"))
    assert set(vietnamese) == {"Quảng bá du lịch", "Đồi chè", "Chợ phiên"}
    assert set(atom_titles(client.get("/feeds/atom.xml"))) == set(vietnamese)
    assert rss_titles(client.get("/en/feeds/rss.xml")) == ["Tea hills"]
    assert atom_titles(client.get("/en/feeds/atom.xml")) == ["Tea hills"]
    assert rss_titles(client.get("/zh-hans/feeds/rss.xml")) == []
    root = ET.fromstring(client.get("/feeds/rss.xml").content)
    links = [item.findtext("link") for item in root.iter("item")]
    assert content["tea"].full_url in links


def test_campaign_and_topic_feeds(client, content):
    assert rss_titles(client.get("/feeds/campaigns/quang-ba-du-lich/rss.xml")) == ["Đồi chè"]
    assert atom_titles(client.get("/feeds/campaigns/quang-ba-du-lich/atom.xml")) == ["Đồi chè"]
    assert rss_titles(client.get("/feeds/topics/du-lich/rss.xml")) == ["Đồi chè"]
    assert client.get("/feeds/campaigns/khong-co/rss.xml").status_code == 404
    assert client.get("/feeds/topics/khong-co/atom.xml").status_code == 404
    # The campaign's feed exists only in the campaign's language.
    assert client.get("/en/feeds/campaigns/quang-ba-du-lich/rss.xml").status_code == 404


def test_withdrawn_pages_leave_the_feeds(client, content):
    market = content["market"]
    market.withdrawn_on = datetime.date(2025, 6, 1)
    market.withdrawal_notice = "Đã gỡ."
    market.save_revision().publish()
    assert "Chợ phiên" not in rss_titles(client.get("/feeds/rss.xml"))


def test_pages_link_to_their_feeds_and_share_well(client, content):
    html = client.get(content["campaign"].url).content.decode()
    assert '<link rel="alternate" type="application/rss+xml" title="' in html
    assert 'href="/feeds/rss.xml"' in html and 'href="/feeds/campaigns/quang-ba-du-lich/atom.xml"' in html
    assert '<meta property="og:title" content="Quảng bá du lịch">' in html
    assert f'<meta property="og:url" content="{content["campaign"].full_url}">' in html
    image = re.search(r'<meta property="og:image" content="([^"]+)">', html).group(1)
    assert image.startswith("http://") and ".fill-1200x630" in image
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    english = client.get(content["tea_en"].url).content.decode()
    assert 'href="/en/feeds/rss.xml"' in english
    assert '<meta name="twitter:card" content="summary">' in english


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    return {item["@type"]: item for item in json.loads(blocks[0])["@graph"]}


def test_json_ld_describes_the_unit_stories_and_campaigns(client, content):
    campaign = json_ld(client.get(content["campaign"].url).content.decode())
    unit = campaign["GovernmentOrganization"]
    assert unit["name"] == "Ban Tuyên giáo Huyện ủy" and unit["parentOrganization"]["name"] == "Huyện ủy"
    event = campaign["Event"]
    assert (event["name"], event["startDate"], event["endDate"]) == ("Quảng bá du lịch", "2025-01-01", "2025-12-31")
    assert event["organizer"] == {"@id": unit["@id"]} and event["image"].startswith("http://")
    story = json_ld(client.get(content["market"].url).content.decode())["Article"]
    assert story["headline"] == "Chợ phiên" and story["inLanguage"] == "vi"
    assert story["author"] == {"@type": "Person", "name": "Lò Văn Minh"}
    assert story["datePublished"].startswith(str(content["market"].first_published_at.date()))


def test_json_ld_cannot_be_closed_by_an_editors_text(client, content):
    story = content["market"]
    story.title = "</script><script>alert(1)</script> & <!--"
    story.save_revision().publish()
    html = client.get(story.url).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "<" not in block and ">" not in block and "&" not in block
    assert json.loads(block)["@graph"][1]["headline"] == story.title


def test_the_readme_api_examples_answer(client, content):
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    examples = re.findall(r"^curl '(/api/v2/[^']+)'$", readme, re.M)
    assert len(examples) >= 6
    story = content["tea"]
    for example in examples:
        response = client.get(example.replace("42", str(story.pk)))
        assert response.status_code == 200, example
    english = client.get("/api/v2/pages/?type=campaigns.StoryPage&locale=en&fields=lead,date,category&order=-date")
    assert [item["title"] for item in english.json()["items"]] == ["Tea hills"]


def test_a_lost_image_file_does_not_break_the_page(client, content):
    campaign = content["campaign"]
    image = campaign.hero_image
    image.renditions.all().delete()
    image.file.storage.delete(image.file.name)
    response = client.get(campaign.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'property="og:image"' not in html and '<meta name="twitter:card" content="summary">' in html
