"""Topics and bodies: translatable snippets, ordered the Vietnamese way.

Their names use the `vietnamese` collation: ICU's `vi` on PostgreSQL, and one registered on every
SQLite connection (home.setup), so `ORDER BY name` puts `Đ` after `D` on both.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

import vntext
from home.setup import VIETNAMESE_COLLATION


class Topic(TranslatableMixin, models.Model):
    """A content area of external-information work (the guidance's "lĩnh vực")."""

    name = models.CharField(_("name"), max_length=120, help_text=_("The topic as readers see it, e.g. Tourism."))
    slug = models.SlugField(
        _("address"),
        max_length=120,
        blank=True,
        help_text=_("Used in filter links. Leave empty to make it from the name."),
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("One or two sentences on what the topic covers.")
    )
    is_sensitive = models.BooleanField(
        _("sensitive"),
        default=False,
        help_text=_(
            "Pages with a sensitive topic (borders, defence, religion, human rights, foreign relations) "
            "also need the sensitive-content review before the leader's approval."
        ),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("is_sensitive")]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        TranslatableField("description"),
        SynchronizedField("is_sensitive"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = vntext.slugify(self.name, max_length=120)
        super().save(*args, **kwargs)


class Body(TranslatableMixin, models.Model):
    """A body (cơ quan, đơn vị): one that issues directives or one that carries out the work."""

    class Kind(models.TextChoices):
        PARTY = "party", _("Party body")
        STATE = "state", _("State body")
        FRONT = "front", _("Fatherland Front or mass organisation")
        GRASSROOTS = "grassroots", _("Grassroots Party cell or committee")
        CENTRE = "centre", _("Public service unit")
        OTHER = "other", _("Other")

    name = models.CharField(
        _("name"),
        max_length=255,
        db_collation=VIETNAMESE_COLLATION,
        help_text=_("The body's current full name. When it is merged or renamed, change it here."),
    )
    short_name = models.CharField(
        _("short name"), max_length=80, blank=True, help_text=_("A common abbreviation, e.g. UBMTTQ.")
    )
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=Kind.choices,
        default=Kind.PARTY,
        help_text=_("What sort of body it is; used to group bodies in lists and reports."),
    )
    description = models.TextField(
        _("role"), blank=True, help_text=_("Its part in external-information work, in a sentence or two.")
    )
    website = models.URLField(_("website"), blank=True, help_text=_("The body's own website, if it has one."))

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("kind"),
        FieldPanel("description"),
        FieldPanel("website"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("short_name"),
        SynchronizedField("kind"),
        TranslatableField("description"),
        SynchronizedField("website"),
    ]

    class Meta(TranslatableMixin.Meta):
        # "body" alone is also a page's main text; the context keeps the two apart.
        verbose_name = pgettext_lazy("organisation", "body")
        verbose_name_plural = pgettext_lazy("organisation", "bodies")
        ordering = ["name"]

    def __str__(self):
        return self.name
