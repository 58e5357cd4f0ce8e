"""Sends the index updates a search backend missed again (run by the scheduler, or by hand)."""

from django.core.management.base import BaseCommand

from search.pending import replay


class Command(BaseCommand):
    help = "Replay the search index updates that failed while a search backend was unreachable."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=None, help="Replay at most this many updates.")

    def handle(self, *args, limit=None, **options):
        replayed, left = replay(limit)
        self.stdout.write(f"Replayed {replayed} search index update(s); {left} left.")
        if left and not replayed:
            self.stderr.write("The search backend is still unreachable.")
