"""Light pages for slow phones: a small first visit, no blocking script, no inline script or
style, images in AVIF and WebP with srcset, sizes, width and height, lazy below the fold, and
renditions made on publish rather than on the first visitor's request (nor on any later one)."""

import re
from html.parser import HTMLParser

import pytest
from django.contrib.staticfiles import finders
from wagtail.images import get_image_model

from campaigns.models import StoryGalleryImage
from tests.factories import make_campaign, make_image, make_story

pytestmark = pytest.mark.django_db
FIRST_VISIT_LIMIT = 100 * 1024


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags(html, name):
    parser = Tags()
    parser.feed(html)
    return [attrs for tag, attrs in parser.tags if tag == name]


@pytest.fixture
def full_site(site):
    campaign = make_campaign(site["campaigns"], "du-lich", hero_image=make_image("Ruộng bậc thang"))
    for n in range(8):
        story = make_story(site["stories"], f"s{n}", hero_image=make_image(f"Ảnh {n}"), campaign=campaign)
    story.body = [("image", {"image": make_image("Trong bài"), "caption": "Chợ phiên", "credit": ""})]
    StoryGalleryImage(page=story, image=make_image("Bộ ảnh"), caption="Bản Giang").save()
    story.save_revision().publish()
    site["story"] = story
    site["campaign"] = campaign
    return site


def test_first_visit_to_home_is_under_100_kb_without_images(client, full_site):
    html = client.get("/").content.decode()
    total = len(html.encode())
    assets = [link["href"] for link in tags(html, "link") if link.get("rel") == "stylesheet"]
    assets += [script["src"] for script in tags(html, "script") if script.get("src")]
    for url in assets:
        path = finders.find(url.removeprefix("/static/"))
        assert path, url
        with open(path, "rb") as asset:
            total += len(asset.read())
    assert total < FIRST_VISIT_LIMIT, f"{total} bytes uncompressed"


@pytest.mark.parametrize("key", ["home", "stories", "campaign", "story"])
def test_no_blocking_script_and_no_inline_script_or_style(client, full_site, key):
    html = client.get(full_site[key].url).content.decode()
    for script in tags(html, "script"):
        if script.get("type") == "application/ld+json":
            continue  # a data block (JSON-LD) is never run: it neither blocks nor falls under the CSP
        assert script.get("src"), "inline script"
        assert "defer" in script or "async" in script or script.get("type") == "module", script
    assert "<style" not in html
    assert not re.search(r"\sstyle=", html)


@pytest.mark.parametrize("key", ["home", "stories", "campaign", "story"])
def test_images_are_avif_or_webp_with_srcset_sizes_and_dimensions(client, full_site, key):
    html = client.get(full_site[key].url).content.decode()
    images = tags(html, "img")
    assert images
    sources = tags(html, "source")
    assert len(sources) == html.count("<picture>") == len(images)
    for source in sources:
        assert source["type"] == "image/avif", source
        assert all(candidate.split()[0].endswith(".avif") for candidate in source["srcset"].split(",")), source
        assert source.get("sizes"), source
    for image in images:
        assert image["src"].endswith(".webp"), image
        assert image.get("width") and image.get("height"), image
        if "hero__image" not in image.get("class", "") and "brand__logo" not in image.get("class", ""):
            assert image.get("srcset") and image.get("sizes"), image
            assert image.get("loading") == "lazy", image


def test_renditions_are_made_on_publish_not_on_a_visit(client, full_site, monkeypatch):
    """Neither the first visitor nor any later one waits for an image to be resized: a rendition
    the template shows but the page's query did not prefetch would be made again on every visit."""
    renditions = get_image_model().get_rendition_model().objects
    assert renditions.filter(filter_spec__endswith="format-avif").exists()
    made = []
    generate = get_image_model().generate_rendition_file
    monkeypatch.setattr(
        get_image_model(),
        "generate_rendition_file",
        lambda image, spec, **kw: made.append(spec) or generate(image, spec, **kw),
    )
    for _visit in range(2):
        for key in ("home", "stories", "campaigns", "campaign", "story"):
            assert client.get(full_site[key].url).status_code == 200
    assert made == []
