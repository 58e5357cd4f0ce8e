"""The department's list and forms for report requests, and the administrators' reporter links."""

from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from reporting import services
from reporting.forms import ReportRequestForm
from reporting.models import Reporter, ReportRequest


def label(field):
    return capfirst(ReportRequest._meta.get_field(field).verbose_name)


class ReportRequestCreateView(generic.CreateView):
    """A new request is emailed to the reporters of the bodies it addresses as soon as it is saved."""

    def save_instance(self):
        instance = super().save_instance()
        services.notify_reporters(instance)
        return instance


class ReportRequestEditView(generic.EditView):
    """Bodies added to a request by an edit are told, like those addressed at its creation."""

    def save_instance(self):
        before = set(ReportRequest.objects.get(pk=self.object.pk).addressed_bodies().values_list("pk", flat=True))
        instance = super().save_instance()
        services.notify_added_bodies(instance, before)
        return instance


class ReportRequestViewSet(ModelViewSet):
    model = ReportRequest
    icon = "clipboard-list"
    menu_label = _("Report requests")
    add_view_class = ReportRequestCreateView
    edit_view_class = ReportRequestEditView
    edit_handler = ObjectList(ReportRequest.panels, base_form_class=ReportRequestForm)
    copy_view_enabled = False
    list_filter = ["kind", "is_closed"]
    search_fields = ["title", "subject"]
    list_display = [
        TitleColumn("title", label=label("title"), url_name="reporting:chase"),
        Column("kind", label=label("kind"), accessor="get_kind_display"),
        # The deadline as a date: Wagtail's DateColumn would say "2 weeks ago" or "just now".
        Column("deadline", label=label("deadline"), accessor=lambda row: row.deadline.strftime("%d/%m/%Y")),
        BooleanColumn("is_closed", label=label("is_closed")),
        TitleColumn("edit", label=_("Edit"), accessor=lambda row: _("Edit"), url_name="reporting_requests:edit"),
    ]


class ReporterIndexView(generic.IndexView):
    """Each row's user and body come with the listing's one query."""

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("user", "body")


class ReporterViewSet(ModelViewSet):
    model = Reporter
    index_view_class = ReporterIndexView
    icon = "user"
    menu_label = _("Reporters")
    copy_view_enabled = False
    list_display = ["user", "body"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "body__name"]


class ReportingViewSetGroup(ViewSetGroup):
    menu_label = _("Grassroots reports")
    menu_icon = "clipboard-list"
    items = [
        ReportRequestViewSet("reporting_requests"),
        ReporterViewSet("reporting_reporters"),
    ]
