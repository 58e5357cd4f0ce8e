"""Creates the first administrator, never with a fixed password.

The password comes from DJANGO_ADMIN_PASSWORD, or is generated and printed once, when the
account is created. An existing account is left alone, so running it again prints nothing.
"""

import os
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Create the admin account if missing (password from DJANGO_ADMIN_PASSWORD or generated)."

    def add_arguments(self, parser):
        parser.add_argument("--username", default=os.environ.get("DJANGO_ADMIN_USERNAME", "admin"))
        parser.add_argument("--email", default=os.environ.get("DJANGO_ADMIN_EMAIL", "admin@localhost"))

    def handle(self, *args, username, email, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(f"Admin account “{username}” already exists; its password is unchanged.")
            return
        password = os.environ.get("DJANGO_ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        try:
            validate_password(password, User(username=username, email=email))
        except ValidationError as error:
            raise CommandError("DJANGO_ADMIN_PASSWORD is too weak: " + " ".join(error.messages)) from error
        User.objects.create_superuser(username=username, email=email, password=password)
        if os.environ.get("DJANGO_ADMIN_PASSWORD"):
            self.stdout.write(self.style.SUCCESS(f"Admin account “{username}” created with DJANGO_ADMIN_PASSWORD."))
        else:
            self.stdout.write(
                self.style.WARNING(
                    f"Admin account “{username}” created. Its password, shown only this once: {password}"
                )
            )
