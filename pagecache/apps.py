from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PageCacheConfig(AppConfig):
    name = "pagecache"
    verbose_name = _("Page cache")

    def ready(self):
        from wagtail.signals import page_published

        from pagecache import invalidation, renditions

        invalidation.connect()
        page_published.connect(renditions.make_renditions, dispatch_uid="pagecache_renditions")
