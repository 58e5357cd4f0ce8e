"""The sitemap: live pages of every language, each with its translations as hreflang
alternates. Wagtail's own lists only the site's root tree (one language) and no alternates.
Withdrawn pages stay readable but are left out."""

from collections import defaultdict

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from home.models.base import withdrawn_ids
from home.visibility import public


class MultilingualSitemap(Sitemap):
    def items(self):
        homes = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_home_tree = Q()
        for home in homes:
            in_a_home_tree |= Q(path__startswith=home.path)
        return (
            public(Page.objects.live())
            .filter(in_a_home_tree)
            .exclude(pk__in=withdrawn_ids())
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        by_key = defaultdict(list)
        for item in self.items().filter(translation_key__in={p.translation_key for p in pages}):
            by_key[item.translation_key].append(item)
        urls = []
        for item in pages:
            translations = by_key[item.translation_key]
            urls.append(
                {
                    "item": item,
                    "location": item.get_full_url(self.request),
                    "lastmod": self.lastmod(item),
                    "alternates": [
                        {"lang_code": other.locale.language_code, "location": other.get_full_url(self.request)}
                        for other in translations
                    ]
                    if len(translations) > 1
                    else [],
                }
            )
        self.latest_lastmod = max((url["lastmod"] for url in urls if url["lastmod"]), default=None)
        return urls
