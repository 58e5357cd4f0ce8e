"""RSS and Atom feeds with Django's syndication framework: the latest content of one language,
of one campaign (its stories) and of one topic (its stories and campaigns). Each feed lives under
its language's URL prefix, so the active language is the feed's language; withdrawn pages leave
feeds as they leave listings."""

from django.contrib.syndication.views import Feed
from django.db.models import Q
from django.http import Http404
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, Site

from campaigns.models import CampaignPage, DirectiveSummaryPage, StoryIndexPage, StoryPage, Topic
from home.models import PortalSettings
from home.models.base import withdrawn_ids
from home.visibility import public

FEED_SIZE = 20
FEED_TYPES = (StoryPage, CampaignPage, DirectiveSummaryPage)


def unit_name(request):
    """The unit's name in the request's language, or the site's name when no profile is chosen."""
    profile = PortalSettings.for_request(request).unit_profile
    return profile.localized.display_name if profile else Site.find_for_request(request).site_name or ""


class LanguageFeed(Feed):
    """What was published last in the active language: stories, campaigns and directives."""

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return Locale.get_active()

    def title(self, locale):
        return _("%(unit)s: latest news") % {"unit": unit_name(self.request)}

    def description(self, locale):
        return _("Stories, campaigns and directives published in %(language)s.") % {
            "language": translation.get_language_info(locale.language_code)["name_local"]
        }

    def link(self, locale):
        home = Site.find_for_request(self.request).root_page.get_translation_or_none(locale)
        return home.get_url(self.request) if home else "/"

    def feed_url(self, obj):
        return self.request.path

    def pages(self, locale):
        return public(Page.objects.live()).filter(locale=locale).type(*FEED_TYPES).exclude(pk__in=withdrawn_ids())

    def items(self, obj):
        return list(self.pages(obj).order_by("-first_published_at", "-pk").specific()[:FEED_SIZE])

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.search_description or getattr(item, "lead", "")

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    item_guid_is_permalink = True

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        topics = getattr(item, "topics", None)
        return [topic.name for topic in topics.all()] if topics is not None else []


class CampaignFeed(LanguageFeed):
    """The stories written for one campaign of the active language."""

    def get_object(self, request, slug):
        self.request = request
        campaign = CampaignPage.listing().filter(locale=Locale.get_active(), slug=slug).first()
        if campaign is None:
            raise Http404
        return campaign

    def title(self, campaign):
        return _("%(unit)s: campaign %(title)s") % {"unit": unit_name(self.request), "title": campaign.title}

    def description(self, campaign):
        return campaign.lead or campaign.title

    def link(self, campaign):
        return campaign.get_url(self.request)

    def items(self, campaign):
        # A translated story may still point at the source campaign: keep the campaign's language.
        stories = campaign.stories().filter(locale=campaign.locale)
        return list(stories.order_by("-first_published_at", "-pk")[:FEED_SIZE])


class TopicFeed(LanguageFeed):
    """Stories and campaigns of one topic in the active language."""

    def get_object(self, request, slug):
        self.request = request
        topic = Topic.objects.filter(locale=Locale.get_active(), slug=slug).first()
        if topic is None:
            raise Http404
        return topic

    def title(self, topic):
        return _("%(unit)s: %(topic)s") % {"unit": unit_name(self.request), "topic": topic.name}

    def description(self, topic):
        return topic.description or topic.name

    def link(self, topic):
        stories = StoryIndexPage.objects.live().filter(locale=topic.locale).first()
        return f"{stories.get_url(self.request)}?topic={topic.slug}" if stories else "/"

    def items(self, topic):
        tagged = Q(pk__in=StoryPage.objects.filter(topics=topic).values("pk")) | Q(
            pk__in=CampaignPage.objects.filter(topics=topic).values("pk")
        )
        pages = public(Page.objects.live()).filter(tagged, locale=topic.locale).exclude(pk__in=withdrawn_ids())
        return list(pages.order_by("-first_published_at", "-pk").specific()[:FEED_SIZE])


def atom(feed_class):
    """The same feed as Atom 1.0."""
    attributes = {"feed_type": Atom1Feed, "subtitle": feed_class.description}
    return type(f"Atom{feed_class.__name__}", (feed_class,), attributes)
