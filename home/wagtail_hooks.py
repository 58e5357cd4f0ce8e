"""Admin registration of the unit profile snippet."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet

from home.models import UnitProfile
from home.snippets import PortalSnippetViewSet


class UnitProfileViewSet(PortalSnippetViewSet):
    model = UnitProfile
    icon = "group"
    menu_label = _("Unit profile")
    list_display = ["name", "superior_body", "locale"]


register_snippet(UnitProfileViewSet)
