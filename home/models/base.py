"""The abstract page every page type builds on, and the small field mixins it is made of."""

import functools
import re

from django import forms
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import connection, models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.coreutils import find_available_slug
from wagtail.models import Locale, Page, PagePermissionTester, PageViewRestriction, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

import vntext
from home.visibility import restricted_paths
from search.index import FOLDED_FIELD, folded_text


def title_slug(title, max_length=80):
    """An ASCII slug from a title written in a Latin script, or "" for one that is not
    (a Chinese title with a Vietnamese place name in it must not become `o-quy-ho`)."""
    letters = [c for c in title if not c.isspace()]
    latin = [c for c in vntext.strip_marks(title) if c.isascii() and c.isalnum()]
    if not letters or len(latin) < 0.6 * len(letters):
        return ""
    return vntext.slugify(title, max_length=max_length)


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

    class Meta:
        abstract = True


class AccountabilityMixin(models.Model):
    """Public accountability of changes: a withdrawal notice instead of a vanished page, and a
    dated change note for a major update. Both are page content, so they are saved in a revision
    and go live only through the workflow (the leader's approval)."""

    withdrawn_on = models.DateField(
        _("withdrawn on"),
        null=True,
        blank=True,
        help_text=_(
            "Set to withdraw the page: it stays readable at its address with the notice and this date, "
            "but leaves lists, the home page, search and the sitemap."
        ),
    )
    withdrawal_notice = models.TextField(
        _("withdrawal notice"),
        blank=True,
        max_length=1000,
        help_text=_("Why the page was withdrawn, shown above its text. Required with a withdrawal date."),
    )
    change_note = models.TextField(
        _("change note"),
        blank=True,
        max_length=1000,
        help_text=_("For a major update only: what changed, shown on the page with the date below."),
    )
    changed_on = models.DateField(
        _("change date"),
        null=True,
        blank=True,
        help_text=_("The date of the major update the change note describes. Required with a change note."),
    )

    accountability_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("withdrawn_on"), FieldPanel("withdrawal_notice")]),
                FieldRowPanel([FieldPanel("changed_on"), FieldPanel("change_note")]),
            ],
            heading=_("Public notices of withdrawal and change"),
        )
    ]
    translatable_fields = [
        SynchronizedField("withdrawn_on"),
        TranslatableField("withdrawal_notice"),
        TranslatableField("change_note"),
        SynchronizedField("changed_on"),
    ]

    class Meta:
        abstract = True

    @property
    def is_withdrawn(self):
        return self.withdrawn_on is not None

    def clean(self):
        super().clean()
        errors = {}
        if self.withdrawn_on and not self.withdrawal_notice.strip():
            errors["withdrawal_notice"] = _("A withdrawn page must say why: write the notice.")
        if self.withdrawal_notice.strip() and not self.withdrawn_on:
            errors["withdrawn_on"] = _("Give the date of the withdrawal, or clear the notice.")
        if self.change_note.strip() and not self.changed_on:
            errors["changed_on"] = _("Give the date of the update the note describes.")
        if self.changed_on and not self.change_note.strip():
            errors["change_note"] = _("Write what changed, or clear the date.")
        if errors:
            raise ValidationError(errors)


@functools.cache
def withdrawn_ids_sql():
    """The UNION over every page type's table, written once: the ORM took longer to compile it
    (one queryset per page type) than the database takes to run it."""
    quote = connection.ops.quote_name
    return " UNION ".join(
        f"SELECT {quote(model._meta.pk.column)} FROM {quote(model._meta.db_table)} "
        f"WHERE {quote(model._meta.get_field('withdrawn_on').column)} IS NOT NULL"
        for model in apps.get_models()
        if issubclass(model, AccountabilityMixin) and not model._meta.abstract
    )


def withdrawn_ids():
    """The ids of every withdrawn page, in one query, to exclude them from queries on the generic
    Page (menu, search, sitemap, feeds): the field lives in each type's own table, and withdrawn
    pages are few."""
    sql = withdrawn_ids_sql()
    if not sql:
        return []
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return [row[0] for row in cursor.fetchall()]


class LeafAwarePermissionTester(PagePermissionTester):
    """Wagtail's tester, minus a query a row in the page explorer.

    For a user who may change but not publish, Wagtail asks the database whether anything at
    or below the page is live before offering "delete"; for a page without children the page
    itself answers, and the explorer's rows are mostly such pages.
    """

    def can_delete(self, ignore_bulk=False):
        if (
            self.page.is_leaf()
            and self.user.is_active
            and not self.user.is_superuser
            and not self.page_is_root
            and "change" in self.permissions
            and "publish" not in self.permissions
        ):
            return not self.page.live
        return super().can_delete(ignore_bulk=ignore_bulk)


class BasePage(AccountabilityMixin, Page):
    """Common behaviour: Vietnamese-folded ASCII slugs and declared translatable fields.

    In `translatable_fields`, a link to a translatable snippet (a body) is a TranslatableField:
    wagtail-localize then points the translation at the snippet's own translation. Links to
    pages and many-to-many links are synchronised and re-pointed by `localise_relations`.
    Facts (dates, numbers, images, files) are SynchronizedFields.
    """

    base_form_class = FoldedSlugPageForm
    # The slug follows the source and is then remade from the translated title (see full_clean).
    translatable_fields = [
        TranslatableField("title"),
        SynchronizedField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        *AccountabilityMixin.translatable_fields,
    ]
    # Withdrawal and change notes sit in the Settings tab, beside scheduling and privacy.
    settings_panels = Page.settings_panels + AccountabilityMixin.accountability_panels
    # Each page type adds its own SearchFields; the folded copy serves diacritic-free search.
    search_fields = Page.search_fields + [
        index.SearchField("search_description"),
        index.AutocompleteField(FOLDED_FIELD),
    ]

    class Meta:
        abstract = True
        # withdrawn_ids() reads every type's withdrawn pages on each search and listing: a
        # partial index holds only those few rows, so each table answers without a scan.
        indexes = [
            models.Index(
                fields=["withdrawn_on"], name="%(class)s_withdrawn", condition=models.Q(withdrawn_on__isnull=False)
            )
        ]

    def permissions_for_user(self, user):
        return LeafAwarePermissionTester(user, self)

    def get_view_restrictions(self):
        """None without a query while no section of any site is restricted (the usual case here);
        otherwise Wagtail's lookup, which follows aliases to their sources."""
        if not restricted_paths():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def folded_search_text(self):
        """Everything the page is searched by, folded (`Tam Đường` → `tam duong`); see search/."""
        return folded_text(self)

    def full_clean(self, *args, **kwargs):
        # Wagtail makes a missing slug with Django's slugify, which drops `đ`.
        if not self.slug and self.title:
            self.slug = vntext.slugify(self.title) or "trang"
        if self.locale_id and self.locale_id != Locale.get_default().pk:
            self.slug = self.translated_slug()
            self.localise_relations()
        super().full_clean(*args, **kwargs)

    def translated_slug(self):
        """A translation's slug: ASCII from its own title (English), or, when the title folds
        to nothing (Chinese), the source page's slug. A slug an editor chose is kept."""
        source = self.get_translations().filter(locale=Locale.get_default()).only("slug").first()
        if source is None or not re.fullmatch(rf"{re.escape(source.slug)}(-\d+)?", self.slug):
            return self.slug
        slug = title_slug(self.title)
        if not slug:
            return self.slug
        parent = self.get_parent() if self.path else None
        return find_available_slug(parent, slug, ignore_page_id=self.pk) if parent else slug

    def localise_relations(self):
        """Point links to other pages and many-to-many links (topics, directives) at their
        translations in this page's language where they exist. wagtail-localize copies these
        as they are in the source (its mapping of a TranslatableField link to a page returns
        a plain Page, which a link to a page type refuses)."""
        for field in self._meta.get_fields():
            related = getattr(field, "related_model", None)
            # Wagtail's own links (alias_of, ...) stay as they are.
            if field.model is Page or not (related and issubclass(related, TranslatableMixin)):
                continue
            if isinstance(field, ParentalManyToManyField):
                linked = list(getattr(self, field.name).all())
                if any(item.locale_id != self.locale_id for item in linked):
                    setattr(self, field.name, [item.get_translation_or_none(self.locale) or item for item in linked])
            elif (
                isinstance(field, models.ForeignKey)
                and issubclass(related, Page)
                and not field.remote_field.parent_link
            ):
                linked = getattr(self, field.name)
                if linked is not None and linked.locale_id != self.locale_id:
                    translated = linked.get_translation_or_none(self.locale)
                    setattr(self, field.name, translated.specific if translated else linked)


def page_tabs(content_panels, links_panels):
    """The editor's tabs: content, links to topics and directives, then Wagtail's own two."""
    return TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(links_panels, heading=_("Links")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )
