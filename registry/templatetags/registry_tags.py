"""Directive numbers in a page's text become links to the directive's summary in the same language."""

import re
import unicodedata

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from wagtail.models import Locale

from campaigns.models import DirectiveSummaryPage
from home.visibility import public
from registry import chart, coverage
from registry.numbers import compact, spans

register = template.Library()
_TAG = re.compile(r"(<[^>]*>)")


@register.filter
def link_directives(html):
    """Wraps each recognised number (outside existing links) in a link to its live summary."""
    html = unicodedata.normalize("NFC", str(html))
    parts = _TAG.split(html)
    keys = {key for part in parts[::2] for _start, _end, key in spans(part)}
    if not keys:
        return mark_safe(html)  # noqa: S308 - the input is the page's own rendered HTML
    urls = _urls(keys)
    out, in_link = [], 0
    for index, part in enumerate(parts):
        if index % 2:
            if re.match(r"<a[\s>]", part, re.IGNORECASE):
                in_link += 1
            elif re.match(r"</a\s*>", part, re.IGNORECASE):
                in_link = max(in_link - 1, 0)
            out.append(part)
        else:
            out.append(part if in_link else _link_text(part, urls))
    return mark_safe("".join(out))  # noqa: S308 - only our escaped URLs are added


def _urls(keys):
    directives = public(DirectiveSummaryPage.objects.live()).filter(locale=Locale.get_active())
    found = {}
    for directive in directives:
        key = compact(directive.number_key)
        if key in keys:
            found[key] = (directive.get_url(), directive.title)
    return found


def _link_text(text, urls):
    pieces, position = [], 0
    for start, end, key in spans(text):
        if key not in urls:
            continue
        url, title = urls[key]
        pieces += [text[position:start], f'<a class="directive-link" href="{escape(url)}" title="{escape(title)}">']
        pieces += [text[start:end], "</a>"]
        position = end
    return "".join(pieces) + text[position:]


@register.simple_tag
def implementing_content(directive):
    """The live content carrying out the directive, grouped by type then language."""
    return coverage.by_type_and_language(coverage.implementing_pages(directive))


@register.simple_tag
def report_chart(data):
    """The periodic report's chart of originals per month by type, as inline SVG."""
    return mark_safe(chart.svg(data["months"], data["series"], _("Originals published per month, by type")))  # noqa: S308
