"""Renditions made when a page is published, so its first visitor does not wait for them.

The filter specs are the templates' (home/renditions.py).
"""

from campaigns.blocks import ImageBlock
from home.renditions import ABOUT, BODY, CARD, GALLERY, HERO
from syndication.templatetags.syndication_tags import SHARE_RENDITION


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
