"""The unit that runs the site, as data: bodies are merged and renamed, so no name is in code."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class UnitProfile(TranslatableMixin, ClusterableModel):
    """Who publishes the site: shown in the header and in the footer details portals must show."""

    name = models.CharField(
        _("unit name"),
        max_length=255,
        help_text=_("The full name of the unit that runs the site, as it appears on its seal."),
    )
    short_name = models.CharField(
        _("short name"),
        max_length=120,
        blank=True,
        help_text=_("A shorter form for the page header on small screens. Leave empty to use the full name."),
    )
    superior_body = models.CharField(
        _("superior body"),
        max_length=255,
        blank=True,
        help_text=_("The body the unit answers to, shown above its name in the header."),
    )
    managing_body = models.CharField(
        _("body responsible for the site"),
        max_length=255,
        blank=True,
        help_text=_("The body that owns and manages the site (cơ quan chủ quản), shown in the footer."),
    )
    person_in_charge = models.CharField(
        _("person in charge"),
        max_length=255,
        blank=True,
        help_text=_("Name and position of the person responsible for the content, shown in the footer."),
    )
    licence = models.CharField(
        _("licence"),
        max_length=255,
        blank=True,
        help_text=_("The number and date of the licence for the site, if it has one."),
    )
    address = models.CharField(_("address"), max_length=255, blank=True, help_text=_("Postal address of the unit."))
    phone = models.CharField(_("telephone"), max_length=60, blank=True, help_text=_("Telephone number for the public."))
    email = models.EmailField(_("email"), blank=True, help_text=_("Email address for the public and the press."))
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Square emblem shown beside the unit's name in the header."),
    )
    reuse_notice = models.CharField(
        _("reuse notice"),
        max_length=255,
        blank=True,
        help_text=_("What readers must do when they reuse the site's content, e.g. cite the source."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("short_name"), FieldPanel("superior_body"), FieldPanel("logo")],
            heading=_("Unit"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("managing_body"),
                FieldPanel("person_in_charge"),
                FieldPanel("licence"),
                FieldPanel("reuse_notice"),
            ],
            heading=_("Site details"),
        ),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("phone"), FieldPanel("email")],
            heading=_("Contacts"),
        ),
        InlinePanel("social_links", label=_("Social networks"), heading=_("Social networks")),
    ]

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("short_name"),
        TranslatableField("superior_body"),
        TranslatableField("managing_body"),
        TranslatableField("person_in_charge"),
        TranslatableField("licence"),
        TranslatableField("address"),
        TranslatableField("reuse_notice"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        SynchronizedField("logo"),
        SynchronizedField("social_links"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("unit profile")
        verbose_name_plural = _("unit profiles")

    def __str__(self):
        return self.name

    @property
    def display_name(self):
        return self.short_name or self.name


class SocialLink(Orderable):
    """One of the unit's social network accounts."""

    class Network(models.TextChoices):
        FACEBOOK = "facebook", "Facebook"
        YOUTUBE = "youtube", "YouTube"
        ZALO = "zalo", "Zalo"
        TIKTOK = "tiktok", "TikTok"
        OTHER = "other", _("Other")

    profile = ParentalKey(UnitProfile, related_name="social_links", on_delete=models.CASCADE)
    network = models.CharField(
        _("network"),
        max_length=20,
        choices=Network.choices,
        help_text=_("Which social network the account is on."),
    )
    url = models.URLField(_("address"), help_text=_("The full address of the account, starting with https://."))

    panels = [FieldPanel("network"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("social network account")
        verbose_name_plural = _("social network accounts")

    def __str__(self):
        return self.get_network_display()


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting):
    """Site-wide choices. Settings have no language, so the profile is a translatable snippet."""

    unit_profile = models.ForeignKey(
        UnitProfile,
        verbose_name=_("unit profile"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The unit shown in the header and footer. Its translation is used on the English and Chinese sites."
        ),
    )

    panels = [FieldPanel("unit_profile")]

    class Meta:
        verbose_name = _("portal settings")
