"""The home page of each language and the generic content page."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from campaigns.blocks import RICH_TEXT_FEATURES, BodyBlock
from campaigns.models import CampaignPage, CampaignStatus, DirectiveSummaryPage, StoryPage
from campaigns.models.campaign import status_filter
from home.models.base import BasePage, HeroImageMixin, LeadMixin

HOME_LATEST_COUNT = 6


class HomePage(LeadMixin, HeroImageMixin, BasePage):
    """One per language: a hero, the featured campaign, the latest stories and directives."""

    featured_campaign = models.ForeignKey(
        "campaigns.CampaignPage",
        verbose_name=_("featured campaign"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The campaign shown large under the hero. Leave empty to show the latest running one."),
    )
    about_title = models.CharField(
        _("about heading"),
        max_length=255,
        blank=True,
        help_text=_("Heading of the section about the locality, e.g. About Tam Đường."),
    )
    about = RichTextField(
        _("about the locality"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("A few paragraphs on the land, people and strengths of the locality."),
    )
    about_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("about image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A picture beside the section about the locality."),
    )

    content_panels = (
        Page.content_panels
        + LeadMixin.panels
        + HeroImageMixin.panels
        + [
            FieldPanel("featured_campaign"),
            MultiFieldPanel(
                [FieldPanel("about_title"), FieldPanel("about"), FieldPanel("about_image")],
                heading=_("About the locality"),
            ),
        ]
    )
    translatable_fields = (
        BasePage.translatable_fields
        + LeadMixin.translatable_fields
        + HeroImageMixin.translatable_fields
        + [
            SynchronizedField("featured_campaign"),
            TranslatableField("about_title"),
            TranslatableField("about"),
            SynchronizedField("about_image"),
        ]
    )

    search_fields = BasePage.search_fields + [
        index.SearchField("lead"),
        index.SearchField("about_title"),
        index.SearchField("about"),
    ]

    api_fields = [APIField("lead"), APIField("about_title"), APIField("about")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "campaigns.CampaignIndexPage",
        "campaigns.StoryIndexPage",
        "campaigns.DirectiveIndexPage",
        "home.ContentPage",
        "registry.CalendarPage",
        "contact.ContactPage",
    ]

    class Meta(BasePage.Meta):
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        featured = self.featured_campaign
        if featured is None or not featured.live or featured.is_withdrawn:
            running = status_filter(CampaignStatus.RUNNING, timezone.localdate())
            featured = CampaignPage.listing().descendant_of(self).filter(running).order_by("-start_date").first()
        context.update(
            featured_campaign=featured,
            latest_stories=StoryPage.listing().descendant_of(self)[:HOME_LATEST_COUNT],
            latest_directives=DirectiveSummaryPage.listing().descendant_of(self)[:4],
        )
        return context


class ContentPage(LeadMixin, HeroImageMixin, BasePage):
    """A plain page of text: about the site, contacts, a policy."""

    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True, help_text=_("The page's text."))

    content_panels = Page.content_panels + LeadMixin.panels + HeroImageMixin.panels + [FieldPanel("body")]
    translatable_fields = (
        BasePage.translatable_fields
        + LeadMixin.translatable_fields
        + HeroImageMixin.translatable_fields
        + [TranslatableField("body")]
    )

    search_fields = BasePage.search_fields + [index.SearchField("lead"), index.SearchField("body")]

    api_fields = [APIField("lead"), APIField("body")]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    class Meta(BasePage.Meta):
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")
