from django.core.management.base import BaseCommand, CommandError

from ops.backup import BACKUP_DIR, BackupError, backup


class Command(BaseCommand):
    help = "Write the database and the media originals to one dated archive (var/backups/ by default)."

    def add_arguments(self, parser):
        parser.add_argument("--directory", default=str(BACKUP_DIR))

    def handle(self, *args, directory, **options):
        try:
            path = backup(directory)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(path))
