"""Propaganda campaigns (chiến dịch tuyên truyền) and their index."""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from campaigns.blocks import RICH_TEXT_FEATURES, BodyBlock
from campaigns.fields import MultipleChoiceField
from campaigns.models.listing import choice_param, filter_querystring, int_param, paginate
from campaigns.models.story import StoryPage
from campaigns.models.taxonomy import Topic
from home.models.base import BasePage, HeroImageMixin, LeadMixin, page_tabs
from home.visibility import public


class CampaignStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    RUNNING = "running", _("Running")
    ENDED = "ended", _("Ended")


class Audience(models.TextChoices):
    CADRES = "cadres", _("Cadres and Party members")
    PUBLIC = "public", _("The people")
    YOUTH = "youth", _("Young people")
    FOREIGNERS = "foreigners", _("Foreigners")
    OVERSEAS = "overseas", _("Vietnamese living abroad")
    INVESTORS = "investors", _("Investors")
    TOURISTS = "tourists", _("Tourists")


class Channel(models.TextChoices):
    PRESS = "press", _("Press")
    INTERNET = "internet", _("Internet and social networks")
    BROADCAST = "broadcast", _("Radio and television")
    PORTAL = "portal", _("Electronic information portal")
    EXCHANGE = "exchange", _("Cultural, sports and tourism exchanges")
    EVENTS = "events", _("Meetings, conferences and exhibitions")
    PRINT = "print", _("Leaflets, posters and publications")


def status_filter(status, today):
    """The query that selects campaigns in a status on a given day."""
    if status == CampaignStatus.UPCOMING:
        return Q(start_date__gt=today)
    if status == CampaignStatus.ENDED:
        return Q(end_date__lt=today)
    return Q(start_date__lte=today) & (Q(end_date__isnull=True) | Q(end_date__gte=today))


class CampaignIndexPage(LeadMixin, BasePage):
    """Lists the campaigns, filterable by status, topic and year."""

    content_panels = Page.content_panels + LeadMixin.panels
    translatable_fields = BasePage.translatable_fields + LeadMixin.translatable_fields
    search_fields = BasePage.search_fields + [index.SearchField("lead")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["campaigns.CampaignPage"]
    max_count_per_parent = 1

    class Meta(BasePage.Meta):
        verbose_name = _("campaign list")
        verbose_name_plural = _("campaign lists")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        campaigns = CampaignPage.listing().child_of(self)
        status = choice_param(request, "status", CampaignStatus.choices)
        if status:
            campaigns = campaigns.filter(status_filter(status, timezone.localdate()))
        topic = Topic.objects.filter(locale_id=self.locale_id, slug=request.GET.get("topic", "")).first()
        if topic:
            campaigns = campaigns.filter(topics=topic)
        year = int_param(request, "year")
        if year:
            campaigns = campaigns.filter(start_date__year__lte=year).filter(
                Q(end_date__isnull=True) | Q(end_date__year__gte=year)
            )
        context.update(
            items=paginate(request, campaigns),
            filters={"status": status, "topic": topic, "year": year},
            statuses=CampaignStatus.choices,
            topics=Topic.objects.filter(locale_id=self.locale_id),
            querystring=filter_querystring(request),
        )
        return context


class CampaignPage(LeadMixin, HeroImageMixin, BasePage):
    """One campaign: its period, aims, audiences and channels, and what it implements."""

    start_date = models.DateField(_("start date"), help_text=_("The day the campaign begins (dd/mm/yyyy)."))
    end_date = models.DateField(
        _("end date"),
        null=True,
        blank=True,
        help_text=_("The day it ends. Leave empty for a campaign that runs until further notice."),
    )
    objectives = RichTextField(
        _("objectives"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("What the campaign sets out to achieve, as a short list."),
    )
    audiences = MultipleChoiceField(
        _("target audiences"),
        choices=Audience.choices,
        help_text=_("Whom the campaign addresses. Tick all that apply."),
    )
    channels = MultipleChoiceField(
        _("channels"),
        choices=Channel.choices,
        help_text=_("Through which channels it is carried out. Tick all that apply."),
    )
    lead_body = models.ForeignKey(
        "campaigns.Body",
        verbose_name=_("lead body"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The body in charge of the campaign."),
    )
    topics = ParentalManyToManyField(
        "campaigns.Topic",
        verbose_name=_("topics"),
        blank=True,
        related_name="campaigns",
        help_text=_("The content areas the campaign covers."),
    )
    directives = ParentalManyToManyField(
        "campaigns.DirectiveSummaryPage",
        verbose_name=_("directives implemented"),
        blank=True,
        related_name="implemented_by_campaigns",
        help_text=_("The directives this campaign carries out."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True, help_text=_("The campaign's full text."))

    content_panels = (
        Page.content_panels
        + LeadMixin.panels
        + HeroImageMixin.panels
        + [
            FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Period")),
            FieldPanel("objectives"),
            FieldPanel("body"),
        ]
    )
    links_panels = [
        MultiFieldPanel(
            [FieldPanel("audiences"), FieldPanel("channels"), FieldPanel("lead_body")],
            heading=_("Audiences and channels"),
        ),
        FieldPanel("topics"),
        FieldPanel("directives"),
    ]
    edit_handler = page_tabs(content_panels, links_panels)
    translatable_fields = (
        BasePage.translatable_fields
        + LeadMixin.translatable_fields
        + HeroImageMixin.translatable_fields
        + [
            SynchronizedField("start_date"),
            SynchronizedField("end_date"),
            TranslatableField("objectives"),
            SynchronizedField("audiences"),
            SynchronizedField("channels"),
            TranslatableField("lead_body"),
            SynchronizedField("topics"),
            SynchronizedField("directives"),
            TranslatableField("body"),
        ]
    )

    search_fields = BasePage.search_fields + [
        index.SearchField("lead"),
        index.SearchField("objectives"),
        index.SearchField("body"),
    ]

    api_fields = [
        APIField("lead"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("objectives"),
        APIField("audiences"),
        APIField("channels"),
        APIField("body"),
    ]

    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = []

    class Meta(BasePage.Meta):
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    @classmethod
    def listing(cls):
        """Live, public, not withdrawn campaigns with their images, newest first (`{% cards %}` loads the rest)."""
        return (
            public(cls.objects.live())
            .filter(withdrawn_on__isnull=True)
            .select_related("locale", "lead_body", "hero_image")
            .order_by("-start_date", "-pk")
        )

    @property
    def status(self):
        today = timezone.localdate()
        if self.start_date and self.start_date > today:
            return CampaignStatus.UPCOMING
        if self.end_date and self.end_date < today:
            return CampaignStatus.ENDED
        return CampaignStatus.RUNNING

    def get_status_display(self):
        return CampaignStatus(self.status).label

    def get_audiences_display(self):
        return [Audience(value).label for value in self.audiences if value in Audience.values]

    def get_channels_display(self):
        return [Channel(value).label for value in self.channels if value in Channel.values]

    def stories(self):
        return StoryPage.listing().filter(campaign=self)
