"""The renditions of every image the public templates show, in AVIF and WebP.

Each list names the filter specs of one template tag (the comment says which); a template
writes the same sizes as `{% picture image fill-{...} format-{avif,webp} %}`. The listings
prefetch these renditions and pagecache/renditions.py makes them on publish, so a visitor never
waits for one: a spec prefetched but not shown, or shown but not prefetched, makes a rendition
on every request (tests/test_light_pages.py renders each page twice and checks none is made).
"""

# The browser takes the first format it supports; WebP is the <img> fallback.
FORMATS = ("avif", "webp")


def in_every_format(*operations):
    return tuple(f"{operation}|format-{image_format}" for operation in operations for image_format in FORMATS)


# components/hero.html: the head of every page with a hero image.
HERO = in_every_format("fill-480x270", "fill-960x540", "fill-1440x810")
# components/card.html: a page's card in listings and on the home page.
CARD = in_every_format("fill-360x203", "fill-720x405")
# home/home_page.html: the "about" picture.
ABOUT = in_every_format("width-360", "width-720")
# campaigns/story_page.html: the gallery.
GALLERY = in_every_format("fill-360x270", "fill-720x540")
# components/image_block.html: pictures inside a body.
BODY = in_every_format("width-480", "width-800", "width-1200")
