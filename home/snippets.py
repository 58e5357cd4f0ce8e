"""Our snippet viewsets: choosers that speak the request's language, listings at constant cost.

Wagtail 7.4 formats a snippet chooser's labels ("Choose %(object)s") once, when the
snippet viewsets are registered, in whatever language is active then; after a restart whose
first request was an English page, every chooser in the admin read English. These labels
are formatted lazily instead, each time they are shown.
"""

from django.utils.functional import cached_property, lazy
from django.utils.translation import gettext
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet
from wagtail.snippets.widgets import AdminSnippetChooser

from translation.listing_buttons import annotate_translation_state


def _format_lazily(message, name):
    return lazy(lambda: gettext(message) % {"object": name}, str)()


class LocalisedSnippetChooser(AdminSnippetChooser):
    def __init__(self, model, **kwargs):
        super().__init__(model, **kwargs)
        name = model._meta.verbose_name
        self.choose_one_text = _format_lazily("Choose %(object)s", name)
        self.choose_another_text = _format_lazily("Choose another %(object)s", name)
        self.link_to_chosen_text = _format_lazily("Edit this %(object)s", name)


class LocalisedSnippetChooserViewSet(SnippetChooserViewSet):
    @cached_property
    def widget_class(self):
        return LocalisedSnippetChooser(model=self.model, icon=self.icon)


class PortalSnippetIndexView(IndexView):
    """Each row's locale and translation buttons come with the listing's one query."""

    def get_base_queryset(self):
        return annotate_translation_state(super().get_base_queryset().select_related("locale"))


class PortalSnippetViewSet(SnippetViewSet):
    """Base for our (translatable) snippet viewsets."""

    chooser_viewset_class = LocalisedSnippetChooserViewSet
    index_view_class = PortalSnippetIndexView
