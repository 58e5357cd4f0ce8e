"""Admin registration of topics and bodies, grouped under one menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from campaigns.models import Body, Topic
from home.snippets import PortalSnippetViewSet


class TopicViewSet(PortalSnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


class BodyViewSet(PortalSnippetViewSet):
    model = Body
    icon = "group"
    list_display = ["name", "short_name", "kind", "locale"]
    list_filter = ["kind"]
    search_fields = ["name", "short_name"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    items = (TopicViewSet, BodyViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Topics and bodies")
    menu_name = "taxonomy"


register_snippet(TaxonomyViewSetGroup)
