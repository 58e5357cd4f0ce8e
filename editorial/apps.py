from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Editorial workflow")

    def ready(self):
        from django.db.models.signals import post_migrate, post_save

        from editorial import roles

        # Roles and the workflow exist after every migrate, so a fresh install has them.
        post_migrate.connect(roles.setup_after_migrate, sender=self)
        # Trees created later (a new language's home page, a new story list) get their grants.
        post_save.connect(roles.grant_on_new_page, dispatch_uid="editorial_grant_on_new_page")
