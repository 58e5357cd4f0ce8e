"""wagtail-localize's editor publishes a translation when its user can publish; here the button sends
the translation into the workflow instead, so translations are reviewed like everything else."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.models import WorkflowState
from wagtail_localize.models import Translation

from editorial.guards import may_publish_directly


def submit_translation_for_review(request, page):
    if request.method != "POST" or request.POST.get("action") != "publish" or may_publish_directly(request.user):
        return None
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    if translation is None or not page.has_workflow:
        return None
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    translation.save_target(user=request.user, publish=False)
    page = page.specific_class.objects.get(pk=page.pk)
    state = page.current_workflow_state
    if state is None:
        page.get_workflow().start(page, request.user)
    elif state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(request.user)
    messages.success(
        request, _("The translation is saved and sent for review. It goes live when the leader approves it.")
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


def update_translations(request, translation_source_id):
    """wagtail-localize's "update translations" can publish every translation at once, for anyone who may
    submit translations: that option is refused here; the updates are reviewed like the rest."""
    from wagtail_localize.views.update_translations import UpdateTranslationsView

    if request.method == "POST" and request.POST.get("publish_translations") and not may_publish_directly(request.user):
        raise PermissionDenied
    return UpdateTranslationsView.as_view()(request, translation_source_id=translation_source_id)


def convert_to_alias(request, page_id):
    """Turning a translation back into an alias copies the source's latest revision, draft or not, onto a
    page that may be live: it would publish unreviewed text, so only a superuser may do it."""
    from wagtail_localize.views.convert import convert_to_alias as localize_convert_to_alias

    if request.method == "POST" and not may_publish_directly(request.user):
        raise PermissionDenied
    return localize_convert_to_alias(request, page_id)
