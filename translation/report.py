"""The translation status report: every source page against every target language.

wagtail-localize-dashboard (0.5) was tried first: it caches a percentage translated per
page and knows nothing of review, out-of-date sources or exports, so this report computes
the statuses in the database instead (translation/status.py).
"""

import django_filters
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page
from wagtail.permissions import page_permission_policy

from translation.status import (
    SECTION_PATH_LENGTH,
    Status,
    snippet_models,
    snippets_with_statuses,
    source_pages,
    status_field,
    target_locales,
    with_statuses,
)


def section_choices():
    sections = Page.objects.filter(locale=Locale.get_default(), depth=SECTION_PATH_LENGTH // Page.steplen)
    return [(section.path, section.title) for section in sections.order_by("path")]


class TranslationStatusFilterSet(WagtailFilterSet):
    # Named "locale" so Wagtail adds no filter of its own on the source page's locale.
    locale = django_filters.ChoiceFilter(label=_("Language"), method="filter_language", empty_label=_("All"))
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Status.choices, method="filter_status", empty_label=_("All")
    )
    section = django_filters.ChoiceFilter(
        label=pgettext_lazy("site section", "Section"), method="filter_section", empty_label=_("All")
    )

    class Meta:
        model = Page
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["locale"].extra["choices"] = [
            (loc.language_code, loc.get_display_name()) for loc in target_locales()
        ]
        self.filters["section"].extra["choices"] = section_choices()

    def filter_language(self, queryset, name, value):
        return queryset  # chooses the columns the status filter reads; see filter_status

    def filter_status(self, queryset, name, value):
        codes = [self.form.cleaned_data.get("locale")] if self.form.cleaned_data.get("locale") else None
        codes = codes or [locale.language_code for locale in target_locales()]
        match = Q()
        for code in codes:
            match |= Q(**{status_field(code): value})
        return queryset.filter(match)

    def filter_section(self, queryset, name, value):
        return queryset.filter(path__startswith=value)


class TranslationStatusReportView(ReportView):
    page_title = _("Translation status")
    header_icon = "site"
    results_template_name = "translation/status_report_results.html"
    index_url_name = "translation_status_report"
    index_results_url_name = "translation_status_report_results"
    filterset_class = TranslationStatusFilterSet
    permission_policy = page_permission_policy
    any_permission_required = ["add", "change", "publish"]
    paginate_by = 50

    @cached_property
    def locales(self):
        return target_locales()

    @cached_property
    def sections(self):
        return dict(section_choices())

    @property
    def list_export(self):
        return [
            "title",
            "content_type.name",
            "section_title",
            *[status_field(loc.language_code) for loc in self.locales],
        ]

    @property
    def export_headings(self):
        headings = {
            "title": _("Title"),
            "content_type.name": _("Type"),
            "section_title": pgettext_lazy("site section", "Section"),
        }
        return headings | {status_field(loc.language_code): loc.get_display_name() for loc in self.locales}

    def get_queryset(self):
        return with_statuses(source_pages(), self.locales)

    def decorate_paginated_queryset(self, object_list):
        labels = dict(Status.choices)
        for page in object_list:
            page.section_title = self.sections.get(page.section_path, "")
            page.statuses = []
            for locale in self.locales:
                key = locale.language_code.replace("-", "_")
                status = getattr(page, status_field(locale.language_code))
                target_id = getattr(page, f"target_{key}_id")
                page.statuses.append(
                    {
                        "status": status,
                        "label": labels[status],
                        "url": reverse("wagtailadmin_pages:edit", args=[target_id]) if target_id else None,
                    }
                )
            if self.is_export:
                for locale in self.locales:
                    field = status_field(locale.language_code)
                    setattr(page, field, labels[getattr(page, field)])
        return object_list

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["locales"] = self.locales
        context["summary"] = self.summary()
        context["snippet_tables"] = self.snippet_tables()
        return context

    def snippet_tables(self):
        """One table, and one query, per translatable snippet model."""
        labels = dict(Status.choices)
        tables = []
        for model in snippet_models():
            rows = [
                {
                    "item": item,
                    "statuses": [labels[getattr(item, status_field(loc.language_code))] for loc in self.locales],
                }
                for item in snippets_with_statuses(model, self.locales)
            ]
            tables.append({"title": model._meta.verbose_name_plural, "rows": rows})
        return tables

    def summary(self):
        """Counts of each status per language and section, in one query."""
        counts = {
            f"{loc.language_code}|{status}": Count("pk", filter=Q(**{status_field(loc.language_code): status}))
            for loc in self.locales
            for status in Status.values
        }
        rows = self.get_filtered_queryset().order_by().values("section_path").annotate(**counts)
        table = []
        for row in rows:
            cells = [[row[f"{loc.language_code}|{status}"] for status in Status.values] for loc in self.locales]
            table.append({"section": self.sections.get(row["section_path"], _("Home")), "cells": cells})
        return {"statuses": Status.choices, "rows": table}
