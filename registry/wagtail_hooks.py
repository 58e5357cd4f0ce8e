"""The registry in the admin: the Reports menu items and URLs, the commemorations snippet, the
admin home's panel and the periodic report's own sections."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from home.snippets import PortalSnippetViewSet
from registry import periodic, views
from registry.dashboard import DuePanel
from registry.models import Commemoration
from registry.sections import SECTIONS


class CommemorationViewSet(PortalSnippetViewSet):
    model = Commemoration
    icon = "date"
    menu_label = _("Commemorations")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "date", "recurrence", "lead_days", "locale"]
    list_filter = ["recurrence"]
    search_fields = ["name"]


register_snippet(CommemorationViewSet)


for section in SECTIONS:
    hooks.register(periodic.HOOK, section)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("reports/directive-coverage/", views.DirectiveCoverageView.as_view(), name="registry_coverage"),
        path("reports/periodic/", views.PeriodicReportView.as_view(), name="registry_periodic_report"),
    ]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(views.PERMISSION)


@hooks.register("register_reports_menu_item")
def register_coverage_menu_item():
    return ReportMenuItem(_("Directive coverage"), reverse("registry_coverage"), icon_name="doc-full", order=760)


@hooks.register("register_reports_menu_item")
def register_periodic_menu_item():
    return ReportMenuItem(_("Periodic report"), reverse("registry_periodic_report"), icon_name="list-ul", order=770)


@hooks.register("construct_homepage_panels")
def add_due_panel(request, panels):
    panels.append(DuePanel(request))
