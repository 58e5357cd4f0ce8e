"""The registry's admin reports: directive coverage, and the periodic report with its downloads."""

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.http import urlencode
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Site

from registry import coverage, periodic
from registry.forms import CoverageForm, PeriodForm

PERMISSION = "registry.view_reports"
DOWNLOADS = {
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", periodic.to_docx),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", periodic.to_xlsx),
}


class ReportPermissionMixin:
    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)


def bound_form(form_class, request):
    """The form bound to the query string, or to its initial values when nothing was chosen yet."""
    data = request.GET if any(name in request.GET for name in form_class.base_fields) else form_class.initial_for()
    return form_class(data)


class DirectiveCoverageView(ReportPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "registry/coverage.html"
    page_title = _("Directive coverage")
    header_icon = "doc-full"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = bound_form(CoverageForm, self.request)
        context["form"] = form
        if form.is_valid():
            data = form.cleaned_data
            context["rows"] = coverage.coverage(data["start"], data["end"], data["stale_months"])
        context["unmatched"] = coverage.unmatched_numbers()
        return context


class PeriodicReportView(ReportPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "registry/periodic.html"
    page_title = _("Periodic report")
    header_icon = "list-ul"

    def get(self, request, *args, **kwargs):
        form = bound_form(PeriodForm, request)
        download = request.GET.get("format")
        if form.is_valid() and download in DOWNLOADS:
            report = periodic.build(form.period(), unit_name(request))
            content_type, write = DOWNLOADS[download]
            response = HttpResponse(write(report), content_type=content_type)
            name = f"bao-cao-{slugify(report.period.label) or report.period.start.isoformat()}.{download}"
            response["Content-Disposition"] = f'attachment; filename="{name}"'
            return response
        return self.render_to_response(self.get_context_data(form=form))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = context["form"]
        if form.is_valid():
            report = periodic.build(form.period(), unit_name(self.request))
            context["report"] = report
            context["sections"] = [
                {
                    "number": part.number,
                    "title": part.section.title,
                    "html": render_to_string(
                        part.section.template_name, {"data": part.data, "number": part.number}, self.request
                    ),
                }
                for part in report.parts
            ]
            context["querystring"] = urlencode({name: form.cleaned_data[name] for name in PeriodForm.base_fields})
        return context


def unit_name(request):
    return periodic.unit_name(Site.find_for_request(request))
