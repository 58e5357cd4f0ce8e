"""Creates the editorial roles, their permissions and the workflow; `migrate` runs the same setup."""

from django.core.management.base import BaseCommand

from editorial import roles


class Command(BaseCommand):
    help = "Create the editorial groups, permissions and approval workflow (safe to run again)."

    def handle(self, *args, **options):
        groups, workflow = roles.setup()
        for role in roles.ROLES:
            self.stdout.write(f"{role.name}: {role.description}")
        self.stdout.write(self.style.SUCCESS(f"{len(groups)} editorial groups and the workflow '{workflow}' ready."))
