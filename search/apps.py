from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "search"
    verbose_name = _("Search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from search import result_cache, views  # noqa: F401 - views connects the signal that forgets cached topics

        result_cache.connect()
