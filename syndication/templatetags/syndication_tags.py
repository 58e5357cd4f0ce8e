"""What a page tells feed readers, social networks and search engines in its <head>: feed links,
Open Graph and Twitter card tags, and schema.org JSON-LD."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page

from campaigns.models import CampaignPage, DirectiveSummaryPage, StoryPage
from home.chrome import chrome

register = template.Library()

# The size Facebook, Zalo and X show large; JPEG, which every network reads.
SHARE_RENDITION = "fill-1200x630|format-jpeg|jpegquality-80"
# Like Django's json_script: `</script>`, `<!--` and `&` cannot end or confuse the data block.
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


def _profile(context):
    unit = context.get("unit")
    return unit() if callable(unit) else unit


def share_image(context):
    """The page's main image, else the unit's logo, as an absolute URL with its size and text."""
    page, profile = _page(context), _profile(context)
    image = getattr(page, "hero_image", None) or getattr(profile, "logo", None)
    rendition = rendition_or_none(image, SHARE_RENDITION)
    if rendition is None:
        return None
    return {
        "url": context["request"].build_absolute_uri(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": getattr(page, "hero_caption", "") or image.title,
    }


def rendition_or_none(image, spec):
    """A rendition, or None when there is no image or its file is missing (as Wagtail's own
    image tags do, a lost original must not make the page fail)."""
    if image is None:
        return None
    try:
        return image.get_rendition(spec)
    except SourceImageIOError:
        return None


def description(page):
    return page.search_description or getattr(page, "lead", "") or ""


@register.inclusion_tag("syndication/feed_links.html", takes_context=True)
def feed_links(context):
    """The language's feeds, and the campaign's or the filtered topic's where there is one."""
    feeds = [
        {"type": "application/rss+xml", "title": _("Latest news (RSS)"), "url": reverse("feed_rss")},
        {"type": "application/atom+xml", "title": _("Latest news (Atom)"), "url": reverse("feed_atom")},
    ]
    page = _page(context)
    if isinstance(page, CampaignPage):
        for kind, mime in (("rss", "application/rss+xml"), ("atom", "application/atom+xml")):
            url = reverse(f"campaign_feed_{kind}", args=(page.slug,))
            feeds.append({"type": mime, "title": f"{page.title} ({kind.upper()})", "url": url})
    topic = (context.get("filters") or {}).get("topic")
    if topic is not None:
        for kind, mime in (("rss", "application/rss+xml"), ("atom", "application/atom+xml")):
            url = reverse(f"topic_feed_{kind}", args=(topic.slug,))
            feeds.append({"type": mime, "title": f"{topic.name} ({kind.upper()})", "url": url})
    return {"feeds": feeds}


@register.inclusion_tag("syndication/social_meta.html", takes_context=True)
def social_meta(context):
    """Open Graph and Twitter card tags of a Wagtail page (og:locale comes with the alternates)."""
    page = _page(context)
    if page is None:
        return {}
    profile = _profile(context)
    return {
        "title": page.seo_title or page.title,
        "description": description(page),
        "url": page.get_full_url(context["request"]),
        "type": "article" if isinstance(page, (StoryPage, DirectiveSummaryPage)) else "website",
        "site_name": profile.display_name if profile else "",
        "image": share_image(context),
    }


def organisation(context, home_url):
    profile = _profile(context)
    if profile is None:
        return None
    logo = rendition_or_none(profile.logo, "max-600x600")
    data = {
        "@type": "GovernmentOrganization",
        "@id": f"{home_url}#organization",
        "name": profile.name,
        "url": home_url,
    }
    optional = {
        "alternateName": profile.short_name,
        "email": profile.email,
        "telephone": profile.phone,
        "address": {"@type": "PostalAddress", "streetAddress": profile.address} if profile.address else None,
        "parentOrganization": {"@type": "GovernmentOrganization", "name": profile.superior_body}
        if profile.superior_body
        else None,
        "logo": context["request"].build_absolute_uri(logo.url) if logo else None,
        "sameAs": [link.url for link in profile.social_links.all()],
    }
    data.update({key: value for key, value in optional.items() if value})
    return data


def page_item(context, page, organisation_data):
    """Article for stories and directives, Event for campaigns, None for other pages."""
    url = page.get_full_url(context["request"])
    image = share_image(context)
    common = {"url": url, "inLanguage": page.locale.language_code, "description": description(page)}
    if image:
        common["image"] = image["url"]
    publisher = {"@id": organisation_data["@id"]} if organisation_data else None
    if isinstance(page, (StoryPage, DirectiveSummaryPage)):
        item = {
            "@type": "Article",
            "headline": page.title[:110],
            "mainEntityOfPage": url,
            "datePublished": page.first_published_at,
            "dateModified": page.last_published_at,
            **common,
        }
        author = getattr(page, "author", "")
        if author:
            item["author"] = {"@type": "Person", "name": author}
        elif publisher:
            item["author"] = publisher
        if publisher:
            item["publisher"] = publisher
        return item
    if isinstance(page, CampaignPage):
        item = {"@type": "Event", "name": page.title, "startDate": page.start_date, **common}
        if page.end_date:
            item["endDate"] = page.end_date
        if organisation_data:
            item["organizer"] = publisher
            item["location"] = {
                "@type": "Place",
                "name": organisation_data["name"],
                "address": organisation_data.get("address", {}).get("streetAddress", organisation_data["name"]),
            }
        return item
    return None


def json_ld(data):
    """A <script type="application/ld+json"> data block: never executed, and escaped so that no
    text an editor writes can close it."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')


@register.simple_tag(takes_context=True)
def structured_data(context):
    page = _page(context)
    if page is None:
        return ""
    home_url = chrome(context["request"]).home_full_url or page.get_full_url(context["request"])
    org = organisation(context, home_url)
    graph = [item for item in (org, page_item(context, page, org)) if item]
    if not graph:
        return ""
    return json_ld({"@context": "https://schema.org", "@graph": graph})
