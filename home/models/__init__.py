"""The home page, the generic page, the base page and the unit's profile."""

from home.models.base import BasePage, FoldedSlugPageForm, HeroImageMixin, LeadMixin
from home.models.pages import ContentPage, HomePage
from home.models.profile import PortalSettings, SocialLink, UnitProfile

__all__ = [
    "BasePage",
    "ContentPage",
    "FoldedSlugPageForm",
    "HeroImageMixin",
    "HomePage",
    "LeadMixin",
    "PortalSettings",
    "SocialLink",
    "UnitProfile",
]
