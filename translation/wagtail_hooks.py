"""Admin URLs: the translation status report, and a PO upload that takes over
wagtail-localize's (ours checks more).

Registered before wagtail-localize's (this app comes first in INSTALLED_APPS), so the same
path resolves here and the translation editor's links need no change.
"""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import page_permission_policy

from translation import listing_buttons, views
from translation.report import TranslationStatusReportView


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            views.upload_pofile,
            name="translation_upload_pofile",
        ),
    ]


@hooks.register("register_admin_urls")
def register_report_urls():
    view = TranslationStatusReportView
    return [
        path("reports/translation-status/", view.as_view(), name="translation_status_report"),
        path(
            "reports/translation-status/results/",
            view.as_view(results_only=True),
            name="translation_status_report_results",
        ),
    ]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return page_permission_policy.user_has_any_permission(request.user, ["add", "change", "publish"])


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"), reverse("translation_status_report"), icon_name="site", order=750
    )


@hooks.register("insert_editor_js")
def translation_editor_labels():
    """Vietnamese for the labels wagtail-localize's editor writes without gettext."""
    return format_html('<script src="{}" defer></script>', static("translation/js/editor-labels.js"))


@hooks.register("construct_explorer_page_queryset")
def annotate_explorer_translation_state(parent_page, pages, request):
    """The explorer's rows carry what the translate and sync buttons need (listing_buttons)."""
    return listing_buttons.annotate_translation_state(pages)


listing_buttons.replace_localize_listing_hooks()
