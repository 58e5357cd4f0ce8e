"""The grassroots section of the department's periodic report (registry/periodic.py's section contract).

`collect` takes the submissions of the period's periodic requests: the coarsest kind asked within
the period (a yearly report uses the yearly request, or else the half-years, quarters or months),
so no body's figures are counted twice. Only submitted reports count; the sensitive matters stay
out of the report, which circulates beyond the department (only their number is given).
"""

from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from reporting import periods
from reporting.models import ReportRequest, Submission

COARSE_TO_FINE = [periods.YEAR, periods.HALF, periods.QUARTER, periods.MONTH]


def channel_labels():
    return {name: str(capfirst(Submission._meta.get_field(name).verbose_name)) for name in Submission.CHANNELS}


class GrassrootsSection:
    key = "grassroots"
    title = gettext_lazy("Reports from the grassroots")
    order = 100
    template_name = "reporting/periodic_section.html"

    def basis(self, period):
        """The periodic requests whose figures make the period's totals."""
        inside = ReportRequest.objects.exclude(kind=ReportRequest.Kind.AD_HOC).filter(
            period_start__gte=period.start, period_end__lte=period.end
        )
        for kind in COARSE_TO_FINE:
            requests = list(inside.filter(kind=kind).order_by("period_start"))
            if requests:
                return requests
        return []

    def collect(self, period):
        requests = self.basis(period)
        labels = channel_labels()
        totals = dict.fromkeys(Submission.CHANNELS, 0)
        audiences = 0
        sensitive = 0
        bodies = {}
        proposals = []
        for report_request in requests:
            submissions = {
                submission.body_id: submission
                for submission in report_request.submissions.filter(status=Submission.Status.SUBMITTED).select_related(
                    "mark"
                )
            }
            for body in report_request.addressed_bodies():
                row = bodies.setdefault(body.pk, {"name": body.name, "asked": 0, "submitted": 0, "days_late": 0})
                row["asked"] += 1
                submission = submissions.get(body.pk)
                if submission is None:
                    row["days_late"] += report_request.days_late()
                    continue
                row["submitted"] += 1
                row["days_late"] += submission.days_late()
                for channel in Submission.CHANNELS:
                    totals[channel] += getattr(submission, channel)
                audiences += submission.audiences
                sensitive += bool(submission.sensitive_matters.strip())
                if submission.proposals.strip():
                    proposals.append(
                        {"body": body.name, "request": report_request.title, "text": submission.proposals.strip()}
                    )
        rows = sorted(bodies.values(), key=lambda row: row["name"])
        return {
            "period": period.label,
            "requests": [report_request.title for report_request in requests],
            "channels": [{"key": key, "label": labels[key], "count": totals[key]} for key in Submission.CHANNELS],
            "total": sum(totals.values()),
            "audiences": audiences,
            "bodies": rows,
            "reported": [row["name"] for row in rows if row["submitted"] == row["asked"]],
            "missing": [row["name"] for row in rows if row["submitted"] < row["asked"]],
            "proposals": proposals,
            "sensitive_count": sensitive,
            "ad_hoc": self.ad_hoc(period),
        }

    def ad_hoc(self, period):
        requests = ReportRequest.objects.filter(
            kind=ReportRequest.Kind.AD_HOC, deadline__range=(period.start, period.end)
        ).order_by("deadline")
        return [
            {
                "title": report_request.title,
                "deadline": report_request.deadline.strftime("%d/%m/%Y"),
                "asked": report_request.addressed_bodies().count(),
                "submitted": report_request.submissions.filter(status=Submission.Status.SUBMITTED).count(),
            }
            for report_request in requests
        ]

    def summary(self, data):
        return _(
            "%(reported)s of %(asked)s bodies reported in full: %(total)s items across the channels, "
            "reaching about %(audiences)s people."
        ) % {
            "reported": len(data["reported"]),
            "asked": len(data["bodies"]),
            "total": data["total"],
            "audiences": data["audiences"],
        }

    def write_docx(self, document, data, number):
        # The report writes the numbered heading; the section writes what follows it.
        document.add_paragraph(self.summary(data))
        table = document.add_table(rows=1, cols=2)
        table.style = "Table Grid"
        table.rows[0].cells[0].text = _("Channel")
        table.rows[0].cells[1].text = _("Items")
        for channel in data["channels"]:
            cells = table.add_row().cells
            cells[0].text = channel["label"]
            cells[1].text = str(channel["count"])
        cells = table.add_row().cells
        cells[0].text = _("People reached")
        cells[1].text = str(data["audiences"])
        headings = [
            _("Bodies that reported"),
            _("Bodies that did not report"),
            _("Proposals from the grassroots"),
            _("Ad hoc requests"),
        ]
        document.add_heading(f"{number}.1. {headings[0]}", level=2)
        for name in data["reported"] or [_("None.")]:
            document.add_paragraph(name, style="List Bullet")
        document.add_heading(f"{number}.2. {headings[1]}", level=2)
        for name in data["missing"] or [_("None.")]:
            document.add_paragraph(name, style="List Bullet")
        document.add_heading(f"{number}.3. {headings[2]}", level=2)
        if not data["proposals"]:
            document.add_paragraph(_("None."))
        for proposal in data["proposals"]:
            document.add_paragraph(f"{proposal['body']}: ", style="List Bullet").add_run(proposal["text"]).italic = True
        if data["ad_hoc"]:
            document.add_heading(f"{number}.4. {headings[3]}", level=2)
            for item in data["ad_hoc"]:
                document.add_paragraph(
                    _("%(title)s (deadline %(deadline)s): %(submitted)s of %(asked)s bodies reported.") % item,
                    style="List Bullet",
                )

    def write_xlsx(self, workbook, data):
        sheet = workbook.create_sheet(_("Grassroots")[:31])
        sheet.append([str(self.title), data["period"]])
        sheet.append([])
        sheet.append([_("Channel"), _("Items")])
        for channel in data["channels"]:
            sheet.append([channel["label"], channel["count"]])
        sheet.append([_("People reached"), data["audiences"]])
        sheet.append([])
        sheet.append([_("Body"), _("Reports asked"), _("Reports submitted"), _("Days late"), _("Reported")])
        for row in data["bodies"]:
            done = row["submitted"] == row["asked"]
            sheet.append([row["name"], row["asked"], row["submitted"], row["days_late"], _("Yes") if done else _("No")])
        sheet.append([])
        sheet.append([_("Body"), _("Proposal")])
        for proposal in data["proposals"]:
            sheet.append([proposal["body"], proposal["text"]])
        sheet.column_dimensions["A"].width = 48
        sheet.column_dimensions["B"].width = 60
        return sheet
