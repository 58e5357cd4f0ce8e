from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "search"
    verbose_name = _("Search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from search import views  # noqa: F401 - connects the signal that forgets cached topics
