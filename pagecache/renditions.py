"""Renditions made when a page is published, so its first visitor does not wait for them.

The filter specs are those of the templates (a test renders each page after publishing and
checks that no rendition is left to make): keep both in step.
"""

from campaigns.blocks import ImageBlock
from syndication.templatetags.syndication_tags import SHARE_RENDITION

# templates/components/hero.html, and card.html where the page is listed.
HERO = ["fill-480x270|format-webp", "fill-960x540|format-webp", "fill-1440x810|format-webp"]
CARD = ["fill-360x203|format-webp", "fill-720x405|format-webp"]
# templates/home/home_page.html (about_image), campaigns/story_page.html (gallery),
# components/image_block.html (images inside the body).
ABOUT = ["width-360|format-webp", "width-720|format-webp"]
GALLERY = ["fill-360x270|format-webp", "fill-720x540|format-webp"]
BODY = ["width-480|format-webp", "width-800|format-webp", "width-1200|format-webp"]


def images_shown(page):
    """(image, filter specs) for every image the page's template shows."""
    if getattr(page, "hero_image", None):
        # ...and the picture shown when the page is shared (templates/base.html, Open Graph).
        yield page.hero_image, [*HERO, *CARD, SHARE_RENDITION]
    if getattr(page, "about_image", None):
        yield page.about_image, ABOUT
    if hasattr(page, "gallery_images"):
        for photo in page.gallery_images.select_related("image"):
            if photo.image:
                yield photo.image, GALLERY
    body = getattr(page, "body", None) or []
    for block in body:
        if isinstance(block.block, ImageBlock) and block.value.get("image"):
            yield block.value["image"], BODY


def make_renditions(sender, instance, **kwargs):
    for image, specs in images_shown(instance.specific):
        image.get_renditions(*specs)
