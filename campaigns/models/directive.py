"""Summaries of the directives the work carries out (tóm tắt văn bản chỉ đạo)."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import CollectionViewRestriction, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

import vntext
from campaigns.blocks import RICH_TEXT_FEATURES, KeyPointsBlock
from campaigns.models.campaign import CampaignPage
from campaigns.models.listing import choice_param, filter_querystring, int_param, paginate
from campaigns.models.story import StoryPage
from campaigns.models.taxonomy import Body
from home.models.base import BasePage, LeadMixin, page_tabs
from home.visibility import public


class DirectiveKind(models.TextChoices):
    CONCLUSION = "ket-luan", _("Conclusion")
    DIRECTIVE = "chi-thi", _("Directive")
    RESOLUTION = "nghi-quyet", _("Resolution")
    DECISION = "quyet-dinh", _("Decision")
    OFFICIAL_LETTER = "cong-van", _("Official letter")
    GUIDANCE = "huong-dan", _("Guidance")
    PLAN = "ke-hoach", _("Plan")


class DirectiveStatus(models.TextChoices):
    IN_FORCE = "in-force", _("In force")
    EXPIRED = "expired", _("Expired")
    REPLACED = "replaced", _("Replaced")


class Circulation(models.TextChoices):
    PUBLIC = "public", _("Public")
    INTERNAL = "internal", _("Internal circulation")


def number_key(number):
    """The number as compared for uniqueness: `57- KL/TW`, `57-kl/tw` and `57-KL/TW` are one."""
    return re.sub(r"\s+", "", vntext.strip_marks(number)).upper()


class DirectiveIndexPage(LeadMixin, BasePage):
    """The register of directives as Vietnamese portals show it: a table, newest first."""

    content_panels = Page.content_panels + LeadMixin.panels
    translatable_fields = BasePage.translatable_fields + LeadMixin.translatable_fields
    search_fields = BasePage.search_fields + [index.SearchField("lead")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["campaigns.DirectiveSummaryPage"]
    max_count_per_parent = 1

    class Meta(BasePage.Meta):
        verbose_name = _("directive list")
        verbose_name_plural = _("directive lists")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        directives = DirectiveSummaryPage.listing().child_of(self)
        kind = choice_param(request, "kind", DirectiveKind.choices)
        if kind:
            directives = directives.filter(kind=kind)
        issuer = int_param(request, "issuer")
        if issuer:
            directives = directives.filter(issuer_id=issuer)
        year = int_param(request, "year")
        if year:
            directives = directives.filter(year_issued=year)
        children = DirectiveSummaryPage.objects.child_of(self).live()
        context.update(
            items=paginate(request, directives),
            filters={"kind": kind, "issuer": issuer, "year": year},
            kinds=DirectiveKind.choices,
            issuers=Body.objects.filter(pk__in=children.values("issuer_id")),
            years=children.order_by("-year_issued").values_list("year_issued", flat=True).distinct(),
            querystring=filter_querystring(request),
        )
        return context


class DirectiveSummaryPage(LeadMixin, BasePage):
    """A directive's facts, a summary in plain words, and the local tasks it sets."""

    document_number = models.CharField(
        _("number and symbol"),
        max_length=60,
        help_text=_("As printed on the document, e.g. 57-KL/TW or 2013/QĐ-TTg."),
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=DirectiveKind.choices, help_text=_("The kind of document.")
    )
    issuer = models.ForeignKey(
        "campaigns.Body",
        verbose_name=_("issuing body"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The body that issued it, e.g. the Politburo."),
    )
    date_issued = models.DateField(_("date issued"), help_text=_("The date on the document (dd/mm/yyyy)."))
    subject = models.TextField(
        pgettext_lazy("directive", "subject"),
        max_length=500,
        help_text=_("The document's subject line (trích yếu), as printed."),
    )
    summary = RichTextField(
        _("summary"),
        features=RICH_TEXT_FEATURES,
        help_text=_("What the document says, in plain words, in a few paragraphs."),
    )
    key_points = StreamField(
        KeyPointsBlock(),
        verbose_name=_("key points"),
        blank=True,
        help_text=_("The main points, one block each."),
    )
    local_tasks = RichTextField(
        _("tasks for the locality"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("What the local bodies must do to carry it out."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=DirectiveStatus.choices,
        default=DirectiveStatus.IN_FORCE,
        help_text=_("Whether the document is still in force."),
    )
    replaced_by = models.ForeignKey(
        "campaigns.DirectiveSummaryPage",
        verbose_name=_("replaced by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The directive that replaced it, when its status is Replaced."),
    )
    original_file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("original file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The scanned or digital original. May be left out."),
    )
    circulation = models.CharField(
        _("circulation"),
        max_length=20,
        choices=Circulation.choices,
        default=Circulation.PUBLIC,
        help_text=_(
            "Internal circulation: the file is never linked on the public site and must sit "
            "in a collection whose viewing is restricted."
        ),
    )
    # Derived on save. The locale lives on Page's table, so a unique index over
    # (locale, kind, number, year) needs them folded into one local column.
    number_key = models.CharField(max_length=60, editable=False, db_index=True)
    year_issued = models.PositiveSmallIntegerField(editable=False, db_index=True)
    registry_key = models.CharField(
        max_length=120,
        editable=False,
        unique=True,
        error_messages={"unique": _("A directive of this kind, number and year already exists in this language.")},
    )

    content_panels = (
        Page.content_panels
        + [
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("document_number"), FieldPanel("kind")]),
                    FieldRowPanel([FieldPanel("issuer"), FieldPanel("date_issued")]),
                    FieldPanel("subject"),
                ],
                heading=_("Document details"),
            ),
        ]
        + LeadMixin.panels
        + [FieldPanel("summary"), FieldPanel("key_points"), FieldPanel("local_tasks")]
    )
    links_panels = [
        FieldRowPanel([FieldPanel("status"), FieldPanel("replaced_by")]),
        FieldRowPanel([FieldPanel("original_file"), FieldPanel("circulation")]),
    ]
    edit_handler = page_tabs(content_panels, links_panels)
    translatable_fields = (
        BasePage.translatable_fields
        + LeadMixin.translatable_fields
        + [
            SynchronizedField("document_number"),
            SynchronizedField("kind"),
            TranslatableField("issuer"),
            SynchronizedField("date_issued"),
            TranslatableField("subject"),
            TranslatableField("summary"),
            TranslatableField("key_points"),
            TranslatableField("local_tasks"),
            SynchronizedField("status"),
            SynchronizedField("replaced_by"),
            SynchronizedField("original_file"),
            SynchronizedField("circulation"),
        ]
    )

    search_fields = BasePage.search_fields + [
        index.SearchField("document_number"),
        index.SearchField("subject"),
        index.SearchField("lead"),
        index.SearchField("summary"),
        index.SearchField("key_points"),
        index.SearchField("local_tasks"),
    ]

    api_fields = [
        APIField("document_number"),
        APIField("kind"),
        APIField("date_issued"),
        APIField("subject"),
        APIField("lead"),
        APIField("summary"),
        APIField("key_points"),
        APIField("local_tasks"),
        APIField("status"),
    ]

    parent_page_types = ["campaigns.DirectiveIndexPage"]
    subpage_types = []

    class Meta(BasePage.Meta):
        verbose_name = _("directive summary")
        verbose_name_plural = _("directive summaries")

    @classmethod
    def listing(cls):
        return (
            public(cls.objects.live())
            .filter(withdrawn_on__isnull=True)
            .select_related("locale", "issuer", "original_file")
            .order_by("-date_issued", "-pk")
        )

    def derive_keys(self):
        self.number_key = number_key(self.document_number or "")
        if self.date_issued:
            self.year_issued = self.date_issued.year
        self.registry_key = f"{self.locale_id}|{self.kind}|{self.number_key}|{self.year_issued}"

    def clean(self):
        super().clean()
        self.derive_keys()
        errors = {}
        duplicate = DirectiveSummaryPage.objects.filter(registry_key=self.registry_key).exclude(pk=self.pk).first()
        if self.date_issued and duplicate:
            errors["document_number"] = _("A %(kind)s numbered %(number)s of %(year)s already exists: “%(title)s”.") % {
                "kind": self.get_kind_display().lower(),
                "number": self.document_number,
                "year": self.year_issued,
                "title": duplicate.title,
            }
        if self.status == DirectiveStatus.REPLACED and not self.replaced_by_id:
            errors["replaced_by"] = _("Choose the directive that replaced this one.")
        if self.replaced_by_id and self.replaced_by_id == self.pk:
            errors["replaced_by"] = _("A directive cannot replace itself.")
        if self.circulation == Circulation.INTERNAL and self.original_file and not self.file_is_restricted():
            errors["original_file"] = _(
                "This file is for internal circulation: move it into a collection whose viewing is "
                "restricted before attaching it."
            )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.derive_keys()
        super().save(*args, **kwargs)

    def file_is_restricted(self):
        collections = self.original_file.collection.get_ancestors(inclusive=True)
        return CollectionViewRestriction.objects.filter(collection__in=collections).exists()

    @property
    def public_file(self):
        """The original file when the public may download it, else None."""
        if self.circulation == Circulation.PUBLIC:
            return self.original_file
        return None

    def implementing_campaigns(self):
        """Live campaigns that name this directive."""
        return CampaignPage.listing().filter(directives=self)

    def implementing_stories(self):
        """Live stories that name this directive, directly or through their campaign."""
        return StoryPage.listing().filter(Q(directives=self) | Q(campaign__directives=self)).distinct()
