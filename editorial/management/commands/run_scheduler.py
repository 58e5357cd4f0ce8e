"""Publishes and expires scheduled pages, replays search index updates that failed while
Elasticsearch was down and creates the periodic report requests that are due, every few seconds:
`make run` starts it beside runserver, production runs it as a service. Wagtail's
`publish_scheduled`, our `replay_search_updates` and `create_report_requests` (reporting/) do the
work; this only repeats them."""

import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections


class Command(BaseCommand):
    help = (
        "Run publish_scheduled, replay_search_updates and create_report_requests periodically "
        "until stopped (Ctrl+C or SIGTERM)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval", type=int, default=settings.EDITORIAL_SCHEDULER_INTERVAL, help="Seconds between runs."
        )
        parser.add_argument("--once", action="store_true", help="Run once and exit.")

    def handle(self, *args, interval, once, **options):
        while True:
            call_command("publish_scheduled", verbosity=options["verbosity"])
            call_command("replay_search_updates", verbosity=options["verbosity"])
            call_command("create_report_requests", verbosity=options["verbosity"])
            if once:
                return
            try:
                time.sleep(max(1, interval))
            except KeyboardInterrupt:
                return
            # A long-lived process: drop connections the database may have closed meanwhile.
            close_old_connections()
