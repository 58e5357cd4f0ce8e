"""The abstract page every page type builds on, and the small field mixins it is made of."""

from django import forms
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

import vntext


class FoldedSlugPageForm(WagtailAdminPageForm):
    """Folds whatever slug an editor types to ASCII the Vietnamese way (`đ` → `d`)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            # Accept `câu-chuyện` and fold it below, instead of refusing it; an empty
            # slug is made from the title (the admin's script does the same as one types).
            self.fields["slug"].validators = []
            self.fields["slug"].required = False

    def clean_slug(self):
        typed = self.cleaned_data.get("slug") or self.cleaned_data.get("title") or ""
        slug = vntext.slugify(typed)
        if not slug:
            raise forms.ValidationError(_("The address must contain at least one letter or digit."))
        return slug


class LeadMixin(models.Model):
    """A short introduction shown under the title and in listings."""

    lead = models.TextField(
        _("lead"),
        blank=True,
        max_length=600,
        help_text=_("Two or three sentences that sum up the page; shown under the title and in lists."),
    )

    panels = [FieldPanel("lead")]
    translatable_fields = [TranslatableField("lead")]

    class Meta:
        abstract = True


class HeroImageMixin(models.Model):
    """The large image at the top of a page and its thumbnail in listings."""

    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown at the top of the page and as its picture in lists. Landscape, at least 1200 px wide."),
    )
    hero_caption = models.CharField(
        _("image caption"),
        max_length=255,
        blank=True,
        help_text=_("What the main image shows, and who took it."),
    )

    panels = [FieldPanel("hero_image"), FieldPanel("hero_caption")]
    translatable_fields = [SynchronizedField("hero_image"), TranslatableField("hero_caption")]

    # The renditions a listing card shows; templates/components/card.html uses the same.
    CARD_RENDITIONS = ("fill-360x203|format-webp", "fill-720x405|format-webp")

    class Meta:
        abstract = True

    @classmethod
    def hero_image_prefetch(cls):
        """Loads every card's image and renditions in two queries, however many cards."""
        return Prefetch("hero_image", queryset=get_image_model().objects.prefetch_renditions(*cls.CARD_RENDITIONS))


class BasePage(Page):
    """Common behaviour: Vietnamese-folded ASCII slugs and declared translatable fields."""

    base_form_class = FoldedSlugPageForm
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
    ]

    class Meta:
        abstract = True

    def full_clean(self, *args, **kwargs):
        # Wagtail makes a missing slug with Django's slugify, which drops `đ`.
        if not self.slug and self.title:
            self.slug = vntext.slugify(self.title) or "trang"
        super().full_clean(*args, **kwargs)


def page_tabs(content_panels, links_panels):
    """The editor's tabs: content, links to topics and directives, then Wagtail's own two."""
    return TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(links_panels, heading=_("Links")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
