"""Writes the periodic report as DOCX and XLSX, for a scheduled run (cron, a systemd timer).

Without a period it reports on the last complete one of the kind given, so a job running on the
first day of each quarter with `--kind quarter` reports on the quarter just ended.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from registry import periodic


class Command(BaseCommand):
    help = "Write the periodic report (DOCX and XLSX) for a month, quarter, half-year or year."

    def add_arguments(self, parser):
        parser.add_argument("--kind", choices=list(periodic.KINDS), default="quarter")
        parser.add_argument("--year", type=int, help="Defaults to the last complete period's year.")
        parser.add_argument("--number", type=int, default=1, help="Month 1-12, quarter 1-4 or half 1-2.")
        parser.add_argument("--output", default=".", help="Folder to write the files into.")
        parser.add_argument("--language", default="vi", help="Language of the report's headings.")

    def handle(self, *args, **options):
        folder = Path(options["output"])
        folder.mkdir(parents=True, exist_ok=True)
        with translation.override(options["language"]):
            try:
                if options["year"]:
                    period = periodic.Period.of(options["kind"], options["year"], options["number"])
                else:
                    period = periodic.Period.previous(options["kind"])
            except ValueError as error:
                raise CommandError(str(error)) from error
            report = periodic.build(period, periodic.unit_name())
            stem = f"bao-cao-{period.kind}-{period.start.isoformat()}"
            for extension, write in (("docx", periodic.to_docx), ("xlsx", periodic.to_xlsx)):
                target = folder / f"{stem}.{extension}"
                target.write_bytes(write(report))
                self.stdout.write(str(target))
