"""Registers the reporting views, menus, dashboard panels and the periodic report's section."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from reporting import access, urls
from reporting.dashboard import panels_for
from reporting.periodic import GrassrootsSection
from reporting.viewsets import ReportingViewSetGroup


@hooks.register("register_admin_urls")
def register_reporting_urls():
    return [path("reporting/", include(urls, namespace="reporting"))]


@hooks.register("register_admin_viewset")
def register_reporting_viewsets():
    return ReportingViewSetGroup()


class ReporterMenuItem(MenuItem):
    def is_shown(self, request):
        return access.is_reporter(request.user)


@hooks.register("register_admin_menu_item")
def register_my_reports_menu_item():
    return ReporterMenuItem(_("My reports"), reverse("reporting:my_reports"), icon_name="clipboard-list", order=250)


@hooks.register("construct_homepage_panels")
def add_reporting_panels(request, panels):
    panels.extend(panels_for(request))


@hooks.register("register_periodic_report_section")
def grassroots_section():
    return GrassrootsSection()
