"""The admin home's panel of commemorations due to be prepared, and of campaigns about to start."""

import datetime

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Locale

from registry import calendar

CAMPAIGN_DAYS = 30


class DuePanel(Component):
    name = "registry_due"
    order = 95
    template_name = "registry/due_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        today = timezone.localdate()
        locale = Locale.get_default()
        soon = today + datetime.timedelta(days=CAMPAIGN_DAYS)
        return {
            "title": _("To prepare: commemorations and campaigns"),
            "occurrences": [
                {"item": item, "days": (item.date - today).days, "url": _edit_url(item.commemoration)}
                for item in calendar.due(today, locale)
            ],
            "campaigns": [
                {"page": page, "days": (page.start_date - today).days}
                for page in calendar.campaigns_between(today, soon, locale).filter(start_date__gte=today)
            ],
        }


def _edit_url(commemoration):
    return reverse("wagtailsnippets_registry_commemoration:edit", args=[commemoration.pk])
