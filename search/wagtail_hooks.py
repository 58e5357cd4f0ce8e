"""The admin says when the search index is behind (Elasticsearch missed updates)."""

from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.ui.components import Component

from search.pending import pending_count


class IndexBehindPanel(Component):
    name = "search_index_behind"
    order = 50

    def __init__(self, count):
        self.count = count

    def render_html(self, parent_context=None):
        message = ngettext(
            "The search index is behind: %(count)s change has not reached the search engine yet.",
            "The search index is behind: %(count)s changes have not reached the search engine yet.",
            self.count,
        ) % {"count": self.count}
        hint = _(
            "Public search answers from the database meanwhile. The changes are sent again automatically "
            "(manage.py replay_search_updates)."
        )
        return format_html(
            '<section class="help-block help-warning" role="status"><p>{}</p><p>{}</p></section>', message, hint
        )


@hooks.register("construct_homepage_panels")
def add_index_behind_panel(request, panels):
    count = pending_count()
    if count:
        panels.insert(0, IndexBehindPanel(count))
