"""The registry's own sections of the periodic report (orders 10..80).

Each section's figures are tables of plain values; `TableSection` writes any such tables to the
admin page, the DOCX and the XLSX, so a section only says what it counts. "Published" means
live and first published inside the period (local dates); originals are the Vietnamese pages,
translations the pages of the other languages.
"""

import io
import re

from django.db.models import Count, Q, Sum
from django.db.models.functions import ExtractMonth, ExtractYear
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext
from docx.shared import Cm, Pt
from openpyxl.styles import Font
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale

from campaigns.models import Body, CampaignPage, DirectiveSummaryPage, StoryPage, Topic
from registry import chart, coverage

CONTENT_MODELS = [CampaignPage, StoryPage, DirectiveSummaryPage]
TOP_SEARCH_TERMS = 20
MAX_LISTED = 500
TEXT_WIDTH = Cm(16)  # an A4 page within the report's margins
TABLE_FONT = Pt(11)


def published(model, period):
    return model.objects.live().filter(first_published_at__date__range=(period.start, period.end))


def type_name(model):
    return str(model._meta.verbose_name_plural).capitalize()


def day(value):
    return value.strftime("%d/%m/%Y") if value else ""


class TableSection:
    """Writes data = {"note": str, "tables": [{"caption", "columns", "rows"}], "chart": {...}?}."""

    template_name = "registry/report/table_section.html"
    key = ""
    title = ""
    order = 0

    def collect(self, period):
        raise NotImplementedError

    def write_docx(self, document, data, number):
        if data.get("note"):
            document.add_paragraph(data["note"])
        if data.get("chart"):
            document.add_picture(io.BytesIO(chart.png(**data["chart"])), width=TEXT_WIDTH)
        for index, table in enumerate(data["tables"], 1):
            if table.get("caption"):
                document.add_paragraph(f"{number}.{index}. {table['caption']}", style="Heading 2")
            if not table["rows"]:
                document.add_paragraph(_("Nothing in this period."))
                continue
            grid = document.add_table(rows=1, cols=len(table["columns"]))
            grid.style = "Table Grid"
            grid.autofit = False
            for cell, heading in zip(grid.rows[0].cells, table["columns"], strict=True):
                run = cell.paragraphs[0].add_run(str(heading))
                run.bold, run.font.size = True, TABLE_FONT
            for row in table["rows"]:
                for cell, value in zip(grid.add_row().cells, row, strict=True):
                    cell.paragraphs[0].add_run(str(value)).font.size = TABLE_FONT
            for column, width in zip(grid.columns, _column_widths(table), strict=True):
                column.width = width  # the grid LibreOffice reads; Word reads the cells'
                for cell in column.cells:
                    cell.width = width

    def write_xlsx(self, workbook, data):
        sheet = workbook.create_sheet(_sheet_title(workbook, str(self.title)))
        sheet.append([str(self.title)])
        sheet["A1"].font = Font(bold=True, size=13)
        if data.get("note"):
            sheet.append([data["note"]])
        for table in data["tables"]:
            sheet.append([])
            if table.get("caption"):
                sheet.append([table["caption"]])
                sheet.cell(sheet.max_row, 1).font = Font(bold=True)
            sheet.append([str(column) for column in table["columns"]])
            for cell in sheet[sheet.max_row]:
                cell.font = Font(bold=True)
            for row in table["rows"]:
                sheet.append(list(row))
        sheet.column_dimensions["A"].width = 40


def _column_widths(table, total=TEXT_WIDTH):
    """Widths in proportion to each column's longest value (a title wider than a count)."""
    weights = []
    for index, heading in enumerate(table["columns"]):
        longest_word = max((len(word) for word in str(heading).split()), default=1)
        longest_value = max((len(str(row[index])) for row in table["rows"]), default=1)
        weights.append(min(max(longest_word, longest_value) + 2, 30))
    return [int(total * weight / sum(weights)) for weight in weights]


def _sheet_title(workbook, title):
    title = re.sub(r"[\[\]:*?/\\]", " ", title)[:28]
    candidate, number = title, 2
    while candidate in workbook.sheetnames:
        candidate, number = f"{title} {number}", number + 1
    return candidate


def month_counts(pages):
    """{(year, month): count} of the pages by the local month they were first published."""
    months = (
        pages.order_by()
        .annotate(year=ExtractYear("first_published_at"), month=ExtractMonth("first_published_at"))
        .values_list("year", "month")
        .annotate(count=Count("pk"))
    )
    return {(year, month): count for year, month, count in months}


class OutputByTypeSection(TableSection):
    key = "output"
    title = gettext_lazy("Content published, by type and month")
    order = 10
    template_name = "registry/report/output_section.html"

    def collect(self, period):
        default = Locale.get_default()
        by_type, by_month = [], {month: [] for month in period.months()}
        for model in CONTENT_MODELS:
            pages = published(model, period)
            originals = pages.filter(locale=default).count()
            translations = pages.exclude(locale=default).count()
            by_type.append([type_name(model), originals, translations, originals + translations])
            counts = month_counts(pages.filter(locale=default))
            for month, column in by_month.items():
                column.append(counts.get(month, 0))
        totals = [sum(row[column] for row in by_type) for column in (1, 2, 3)]
        labels = [f"{month:02d}/{year}" for year, month in by_month]
        names = [type_name(model) for model in CONTENT_MODELS]
        return {
            "note": _(
                "Originals are the pages written in Vietnamese; translations are their versions in other languages."
            ),
            "tables": [
                {
                    "caption": _("By type"),
                    "columns": [_("Type"), _("Originals"), _("Translations"), _("Total")],
                    "rows": [*by_type, [_("Total"), *totals]],
                },
                {
                    "caption": _("Originals by month"),
                    "columns": [_("Month"), *names, _("Total")],
                    "rows": [
                        [label, *counts, sum(counts)] for label, counts in zip(labels, by_month.values(), strict=True)
                    ],
                },
            ],
            "chart": {
                # Twelve "MM/YYYY" labels overlap: a longer period shows the month alone.
                "months": labels if len(labels) <= 6 else [f"{month:02d}" for _year, month in by_month],
                "series": [[name, [counts[i] for counts in by_month.values()]] for i, name in enumerate(names)],
            },
        }


class TopicSection(TableSection):
    key = "topics"
    title = gettext_lazy("Originals by topic")
    order = 20

    def collect(self, period):
        default = Locale.get_default()
        campaigns = published(CampaignPage, period).filter(locale=default).values("pk")
        stories = published(StoryPage, period).filter(locale=default).values("pk")
        topics = (
            Topic.objects.filter(locale=default)
            .annotate(
                campaign_count=Count("campaigns", filter=Q(campaigns__in=campaigns), distinct=True),
                story_count=Count("stories", filter=Q(stories__in=stories), distinct=True),
            )
            .order_by("name")
        )
        rows = [[t.name, t.campaign_count, t.story_count, t.campaign_count + t.story_count] for t in topics]
        rows.sort(key=lambda row: -row[3])
        return {
            "note": _("A page with several topics counts under each of them."),
            "tables": [{"columns": [_("Topic"), _("Campaigns"), _("Stories"), _("Total")], "rows": rows}],
        }


class DirectiveSection(TableSection):
    key = "directives"
    title = gettext_lazy("Carrying out the directives")
    order = 30

    def collect(self, period):
        rows = []
        for row in coverage.coverage(period.start, period.end, today=period.end):
            last = timezone.localdate(row.last_activity) if row.last_activity else None
            rows.append(
                [
                    row.directive.document_number,
                    row.directive.title,
                    row.campaigns,
                    row.stories,
                    row.translations,
                    day(last),
                    _("Yes") if row.stale else "",
                ]
            )
        return {
            "note": _(
                "Campaigns, stories and translations published in the period that link to the directive or write "
                "its number; a directive with nothing in the %(months)s months before the period's end is flagged."
            )
            % {"months": coverage.STALE_MONTHS},
            "tables": [
                {
                    "columns": [
                        pgettext("report", "Number"),
                        pgettext("report", "Directive"),
                        _("Campaigns"),
                        _("Stories"),
                        _("Translations"),
                        _("Last activity"),
                        _("Nothing lately"),
                    ],
                    "rows": rows,
                }
            ],
        }


class LanguageSection(TableSection):
    key = "languages"
    title = gettext_lazy("Content published, by language")
    order = 40

    def collect(self, period):
        rows = []
        for locale in Locale.objects.order_by("pk"):
            counts = [published(model, period).filter(locale=locale).count() for model in CONTENT_MODELS]
            rows.append([locale.get_display_name(), *counts, sum(counts)])
        return {"tables": [{"columns": [_("Language"), *map(type_name, CONTENT_MODELS), _("Total")], "rows": rows}]}


class BodySection(TableSection):
    key = "bodies"
    title = gettext_lazy("Originals by body")
    order = 50

    def collect(self, period):
        default = Locale.get_default()
        campaigns = dict(
            published(CampaignPage, period)
            .filter(locale=default, lead_body__isnull=False)
            .order_by()
            .values_list("lead_body")
            .annotate(count=Count("pk"))
        )
        directives = dict(
            published(DirectiveSummaryPage, period)
            .filter(locale=default)
            .order_by()
            .values_list("issuer")
            .annotate(count=Count("pk"))
        )
        bodies = Body.objects.filter(pk__in={*campaigns, *directives}).order_by("name")
        rows = [[body.name, campaigns.get(body.pk, 0), directives.get(body.pk, 0)] for body in bodies]
        return {
            "note": _("Campaigns by the body that leads them; directive summaries by the body that issued them."),
            "tables": [
                {
                    "columns": [
                        _("Body"),
                        _("Campaigns led"),
                        _("Directives issued"),
                    ],
                    "rows": rows,
                }
            ],
        }


class CampaignsRunSection(TableSection):
    key = "campaigns"
    title = gettext_lazy("Campaigns run")
    order = 60

    def collect(self, period):
        campaigns = (
            CampaignPage.objects.live()
            .filter(locale=Locale.get_default(), start_date__lte=period.end)
            .filter(Q(end_date__isnull=True) | Q(end_date__gte=period.start))
            .select_related("lead_body")
            .order_by("start_date", "title")
        )
        stories = dict(
            published(StoryPage, period)
            .filter(locale=Locale.get_default(), campaign__isnull=False)
            .order_by()
            .values_list("campaign")
            .annotate(n=Count("pk"))
        )
        rows = [
            [c.title, day(c.start_date), day(c.end_date), c.lead_body.name if c.lead_body else "", stories.get(c.pk, 0)]
            for c in campaigns
        ]
        return {
            "note": _("Campaigns whose period overlaps the report's, with the stories published for them in it."),
            "tables": [{"columns": [_("Campaign"), _("Start"), _("End"), _("Lead body"), _("Stories")], "rows": rows}],
        }


class TranslationsSection(TableSection):
    key = "translations"
    title = gettext_lazy("Translations published")
    order = 70

    def collect(self, period):
        default = Locale.get_default()
        rows = []
        for model in CONTENT_MODELS:
            pages = published(model, period).exclude(locale=default).select_related("locale")
            rows += [
                [page.locale.get_display_name(), type_name(model), page.title, page.first_published_at]
                for page in pages
            ]
        rows.sort(key=lambda row: (row[0], row[3]))
        rows = [[language, kind, title, day(timezone.localdate(when))] for language, kind, title, when in rows]
        return {
            "note": _("%(count)s translations published.") % {"count": len(rows)},
            "tables": [
                {
                    "columns": [_("Language"), _("Type"), _("Title"), pgettext("report", "Published")],
                    "rows": rows[:MAX_LISTED],
                }
            ],
        }


class SearchTermsSection(TableSection):
    key = "search"
    title = gettext_lazy("What visitors searched for")
    order = 80

    def collect(self, period):
        terms = (
            Query.objects.filter(daily_hits__date__range=(period.start, period.end))
            .annotate(searches=Sum("daily_hits__hits"))
            .order_by("-searches", "query_string")[:TOP_SEARCH_TERMS]
        )
        return {
            "note": _("The %(count)s terms searched most on the public site.") % {"count": TOP_SEARCH_TERMS},
            "tables": [
                {"columns": [_("Search term"), _("Searches")], "rows": [[t.query_string, t.searches] for t in terms]}
            ],
        }


# Registered as hooks in registry/wagtail_hooks.py, in this order.
SECTIONS = [
    OutputByTypeSection,
    TopicSection,
    DirectiveSection,
    LanguageSection,
    BodySection,
    CampaignsRunSection,
    TranslationsSection,
    SearchTermsSection,
]
