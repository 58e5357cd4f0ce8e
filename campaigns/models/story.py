"""Local promotion stories (land, people, history, culture, tourism, products, investment)."""

from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from campaigns.blocks import BodyBlock
from campaigns.models.listing import choice_param, filter_querystring, int_param, paginate
from campaigns.models.taxonomy import Topic
from home import renditions
from home.models.base import BasePage, HeroImageMixin, LeadMixin, page_tabs
from home.visibility import public


class StoryCategory(models.TextChoices):
    LAND_PEOPLE = "land-people", _("Land and people")
    HISTORY = "history", _("History")
    CULTURE = "culture", _("Culture")
    TOURISM = "tourism", _("Tourism")
    PRODUCTS = "products", _("Specialty products")
    INVESTMENT = "investment", _("Investment potential")
    BORDER = "border", _("Border and foreign relations")


class StoryIndexPage(LeadMixin, BasePage):
    """Lists the stories, filterable by category, topic and year."""

    content_panels = Page.content_panels + LeadMixin.panels
    translatable_fields = BasePage.translatable_fields + LeadMixin.translatable_fields
    search_fields = BasePage.search_fields + [index.SearchField("lead")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["campaigns.StoryPage"]
    max_count_per_parent = 1

    class Meta(BasePage.Meta):
        verbose_name = _("story list")
        verbose_name_plural = _("story lists")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        stories = StoryPage.listing().child_of(self)
        category = choice_param(request, "category", StoryCategory.choices)
        if category:
            stories = stories.filter(category=category)
        topic = Topic.objects.filter(locale_id=self.locale_id, slug=request.GET.get("topic", "")).first()
        if topic:
            stories = stories.filter(topics=topic)
        year = int_param(request, "year")
        if year:
            stories = stories.filter(date__year=year)
        context.update(
            items=paginate(request, stories),
            filters={"category": category, "topic": topic, "year": year},
            categories=StoryCategory.choices,
            topics=Topic.objects.filter(locale_id=self.locale_id),
            years=StoryPage.objects.child_of(self).live().dates("date", "year", order="DESC"),
            querystring=filter_querystring(request),
        )
        return context


class StoryPage(LeadMixin, HeroImageMixin, BasePage):
    """One story about the locality, with its place, photos and credits."""

    category = models.CharField(
        _("category"),
        max_length=20,
        choices=StoryCategory.choices,
        help_text=_("What the story is mainly about."),
    )
    date = models.DateField(_("date"), help_text=_("The date of the story or of the event it tells (dd/mm/yyyy)."))
    place = models.CharField(
        _("place"), max_length=255, blank=True, help_text=_("Where it happens, e.g. a commune or a landmark.")
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=_("For a map: the place's latitude in decimal degrees, e.g. 22.3456."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=_("For a map: the place's longitude in decimal degrees, e.g. 103.4567."),
    )
    author = models.CharField(_("author"), max_length=255, blank=True, help_text=_("Who wrote the story."))
    source = models.CharField(
        _("source"),
        max_length=255,
        blank=True,
        help_text=_("Where it was first published, if elsewhere, e.g. a newspaper and its date."),
    )
    photo_credits = models.CharField(
        _("photo credits"), max_length=255, blank=True, help_text=_("Who took the photos, if not the author.")
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True, help_text=_("The full story."))
    topics = ParentalManyToManyField(
        "campaigns.Topic",
        verbose_name=_("topics"),
        blank=True,
        related_name="stories",
        help_text=_("The content areas the story belongs to."),
    )
    campaign = models.ForeignKey(
        "campaigns.CampaignPage",
        verbose_name=_("campaign"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The campaign the story was written for, if any."),
    )
    directives = ParentalManyToManyField(
        "campaigns.DirectiveSummaryPage",
        verbose_name=_("directives implemented"),
        blank=True,
        related_name="implemented_by_stories",
        help_text=_("Directives the story helps carry out, beyond those of its campaign."),
    )

    content_panels = (
        Page.content_panels
        + LeadMixin.panels
        + HeroImageMixin.panels
        + [
            FieldRowPanel([FieldPanel("category"), FieldPanel("date")]),
            FieldPanel("body"),
            InlinePanel("gallery_images", label=_("Photo gallery"), heading=_("Photo gallery")),
            MultiFieldPanel(
                [FieldPanel("author"), FieldPanel("source"), FieldPanel("photo_credits")],
                heading=_("Credits"),
            ),
        ]
    )
    links_panels = [
        MultiFieldPanel(
            [FieldPanel("place"), FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])],
            heading=_("Place"),
        ),
        FieldPanel("topics"),
        FieldPanel("campaign"),
        FieldPanel("directives"),
    ]
    edit_handler = page_tabs(content_panels, links_panels)
    translatable_fields = (
        BasePage.translatable_fields
        + LeadMixin.translatable_fields
        + HeroImageMixin.translatable_fields
        + [
            SynchronizedField("category"),
            SynchronizedField("date"),
            TranslatableField("place"),
            SynchronizedField("latitude"),
            SynchronizedField("longitude"),
            TranslatableField("author"),
            TranslatableField("source"),
            TranslatableField("photo_credits"),
            TranslatableField("body"),
            TranslatableField("gallery_images"),
            SynchronizedField("topics"),
            SynchronizedField("campaign"),
            SynchronizedField("directives"),
        ]
    )

    search_fields = BasePage.search_fields + [
        index.SearchField("lead"),
        index.SearchField("place"),
        index.SearchField("body"),
    ]

    api_fields = [
        APIField("lead"),
        APIField("category"),
        APIField("date"),
        APIField("place"),
        APIField("latitude"),
        APIField("longitude"),
        APIField("author"),
        APIField("source"),
        APIField("photo_credits"),
        APIField("body"),
    ]

    parent_page_types = ["campaigns.StoryIndexPage"]
    subpage_types = []

    class Meta(BasePage.Meta):
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    @classmethod
    def listing(cls):
        """Live, public, not withdrawn stories with their images, newest first (`{% cards %}` loads the rest)."""
        return (
            public(cls.objects.live())
            .filter(withdrawn_on__isnull=True)
            .select_related("locale", "hero_image")
            .order_by("-date", "-pk")
        )

    def gallery(self):
        images = get_image_model().objects.prefetch_renditions(*renditions.GALLERY)
        return self.gallery_images.prefetch_related(Prefetch("image", queryset=images))


class StoryGalleryImage(Orderable):
    """A photo of a story's gallery, with its caption and credit."""

    page = ParentalKey(StoryPage, related_name="gallery_images", on_delete=models.CASCADE)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A photo for the gallery."),
    )
    caption = models.CharField(
        _("caption"),
        max_length=255,
        blank=True,
        help_text=_("What the photo shows; read aloud to blind readers too."),
    )
    credit = models.CharField(_("photo credit"), max_length=255, blank=True, help_text=_("Who took the photo."))

    panels = [FieldPanel("image"), FieldPanel("caption"), FieldPanel("credit")]
    translatable_fields = [
        SynchronizedField("image"),
        TranslatableField("caption"),
        TranslatableField("credit"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("gallery photo")
        verbose_name_plural = _("gallery photos")
