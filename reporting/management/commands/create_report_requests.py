"""Creates the periodic report requests whose period has ended; `run_scheduler` runs it each round."""

from django.core.management.base import BaseCommand

from reporting.schedule import create_due_requests


class Command(BaseCommand):
    help = "Create the monthly, quarterly, half-yearly and yearly report requests that are due (safe to rerun)."

    def handle(self, *args, **options):
        for report_request in create_due_requests():
            if options["verbosity"] > 0:
                self.stdout.write(f"Created report request: {report_request}")
