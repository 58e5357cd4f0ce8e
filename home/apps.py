from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and site")

    def ready(self):
        from django.db.backends.signals import connection_created
        from django.db.models.signals import post_migrate

        from home.setup import create_content_locales, register_sqlite_collation

        connection_created.connect(register_sqlite_collation)
        post_migrate.connect(create_content_locales, sender=self)
