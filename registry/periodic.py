"""The periodic report ("Báo cáo kết quả công tác thông tin đối ngoại") and its section contract.

A section is any object with `key`, `title`, `order`, `collect(period) -> dict` (plain values),
`write_docx(document, data, number)`, `write_xlsx(workbook, data)` and `template_name` (an admin
fragment rendered with {"data": data, "number": number}). Sections come from the
`register_periodic_report_section` hook, Wagtail's way of letting apps add to a feature; the
registry's own sections (registry/sections.py) are registered the same way, with orders 10..90.
The report writes each section's numbered heading ("5. Title") in the DOCX and the admin page
itself; a section writes what follows it, and adds its own sheet to the workbook.
"""

import datetime
import io
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from wagtail import hooks

HOOK = "register_periodic_report_section"
KINDS = {"month": 12, "quarter": 4, "half": 2, "year": 1}
ROMAN = ["I", "II", "III", "IV"]


@dataclass(frozen=True)
class Period:
    """Inclusive dates of a month, quarter, half-year or year, and its label in the active language."""

    kind: str
    start: datetime.date
    end: datetime.date
    label: str

    @classmethod
    def of(cls, kind, year, number=1):
        """Period.of("quarter", 2026, 4) is October to December 2026; ValueError when out of range."""
        if kind not in KINDS or not 1 <= number <= KINDS[kind] or not 1900 <= year <= 9999:
            raise ValueError(f"no {kind} number {number} in {year}")
        months = 12 // KINDS[kind]
        first = (number - 1) * months + 1
        start = datetime.date(year, first, 1)
        end = _month_end(year, first + months - 1)
        labels = {
            "month": lambda: _("Month %(number)s, %(year)s") % {"number": number, "year": year},
            "quarter": lambda: _("Quarter %(roman)s, %(year)s") % {"roman": ROMAN[number - 1], "year": year},
            "half": lambda: (
                (_("First half of %(year)s") if number == 1 else _("Second half of %(year)s")) % {"year": year}
            ),
            "year": lambda: _("Year %(year)s") % {"year": year},
        }
        return cls(kind, start, end, labels[kind]())

    @classmethod
    def previous(cls, kind, today=None):
        """The last complete period of that kind before today (what a scheduled run reports on)."""
        today = today or timezone.localdate()
        months = 12 // KINDS[kind]
        index = (today.year * 12 + today.month - 1) // months - 1
        year, number = divmod(index, KINDS[kind])
        return cls.of(kind, year, number + 1)

    def months(self):
        """(year, month) of every month in the period, in order."""
        first = self.start.year * 12 + self.start.month - 1
        last = self.end.year * 12 + self.end.month - 1
        return [(index // 12, index % 12 + 1) for index in range(first, last + 1)]


def _month_end(year, month):
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    return following - datetime.timedelta(days=1)


def sections():
    """Every registered section, in order."""
    return sorted((make() for make in hooks.get_hooks(HOOK)), key=lambda section: section.order)


@dataclass
class Part:
    section: object
    data: dict
    number: str


@dataclass
class Report:
    period: Period
    unit: str
    created: datetime.datetime
    parts: list

    @property
    def title(self):
        return _("Report on the results of external information work")


def unit_name(site=None):
    """The unit's name, from the site's settings (the default site's when none), for the heading."""
    from wagtail.models import Site

    from home.models import PortalSettings

    site = site or Site.objects.filter(is_default_site=True).first()
    profile = PortalSettings.for_site(site).unit_profile if site else None
    return profile.name if profile else ""


def build(period, unit=""):
    """Collects every section's figures for the period."""
    parts = [Part(section, section.collect(period), str(index)) for index, section in enumerate(sections(), 1)]
    return Report(period, unit, timezone.localtime(), parts)


def to_docx(report):
    """The report as a Word document, laid out as such reports are written: the unit and date on
    top, a centred title, numbered sections, each with its tables."""
    document = Document()
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    # Chinese titles (translations) need an East Asian font, which Word takes from this attribute.
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "SimSun")
    for section in document.sections:
        section.left_margin, section.right_margin = Cm(3), Cm(2)
        section.top_margin = section.bottom_margin = Cm(2)
    header = document.add_table(rows=1, cols=2)
    header.cell(0, 0).text = report.unit.upper()
    header.cell(0, 1).text = _("Made on %(date)s") % {"date": report.created.strftime("%d/%m/%Y")}
    header.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(report.title.upper())
    run.bold = True
    run.font.size = Pt(14)
    subtitle = document.add_paragraph(report.period.label)
    subtitle.alignment = WD_ALIGN_PARAGRAPH.CENTER
    subtitle.runs[0].italic = True
    span = document.add_paragraph(
        _("From %(start)s to %(end)s")
        % {"start": report.period.start.strftime("%d/%m/%Y"), "end": report.period.end.strftime("%d/%m/%Y")}
    )
    span.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for part in report.parts:
        document.add_heading(f"{part.number}. {part.section.title}", level=1)
        part.section.write_docx(document, part.data, part.number)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def to_xlsx(report):
    """The report as a workbook: a cover sheet, then one sheet per section."""
    workbook = Workbook()
    cover = workbook.active
    cover.title = _("Report")[:31]
    cover.append([report.title])
    cover["A1"].font = Font(bold=True, size=14)
    cover.append([report.unit])
    cover.append([report.period.label])
    cover.append([report.period.start, report.period.end])
    for cell in cover[4]:
        cell.number_format = "DD/MM/YYYY"
    cover.column_dimensions["A"].width = 60
    for part in report.parts:
        part.section.write_xlsx(workbook, part.data)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
