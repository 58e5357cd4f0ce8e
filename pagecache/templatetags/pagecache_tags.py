"""`{% pagefragment "name" %}…{% endpagefragment %}`: part of a page kept under the page's tokens.

The tokens the page cache reads before a page is rendered (`request.page_cache_tokens`) change
whenever anything the page shows changes. A part of a page that depends only on what the page
shows (its head's metadata, its language switcher) can therefore be kept under them, and be
reused by every render of that page until a change renews them: when the page cache is off, for
signed-in readers, and for each query string of a listing. Where no tokens were read (previews,
views that are not Wagtail pages) the part is rendered every time.
"""

import hashlib

from django import template
from django.core.cache import cache
from django.utils import translation
from django.utils.safestring import mark_safe

from pagecache.store import entry_timeout

register = template.Library()


class PageFragmentNode(template.Node):
    def __init__(self, name, nodelist):
        self.name = name
        self.nodelist = nodelist

    def render(self, context):
        request = context.get("request")
        tokens = getattr(request, "page_cache_tokens", None)
        if tokens is None:
            return self.nodelist.render(context)
        page_id, (site_token, page_token) = tokens
        parts = [self.name, request.get_host(), request.get_full_path(), translation.get_language()]
        parts += [page_id, site_token, page_token]
        key = "pagecache:fragment:" + hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()
        html = cache.get(key)
        if html is None:
            html = self.nodelist.render(context)
            cache.set(key, html, entry_timeout())
        return mark_safe(html)


@register.tag
def pagefragment(parser, token):
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError(f'{bits[0]} takes one name: {{% {bits[0]} "head" %}}')
    nodelist = parser.parse(("endpagefragment",))
    parser.delete_first_token()
    return PageFragmentNode(bits[1].strip("\"'"), nodelist)
