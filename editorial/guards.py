"""Refusals Wagtail's permission model cannot express: publishing outside the workflow, and
translators touching the Vietnamese source.

Each guard runs before the view does anything, so a refused request leaves the database as it was.
Only superusers publish directly; everybody else publishes by the leader's approval.
"""

from django.core.exceptions import PermissionDenied
from wagtail.models import Locale, Page, TranslatableMixin

from editorial.roles import EDIT_SOURCE


def may_publish_directly(user):
    return user.is_superuser


def refuse_direct_publish(request, page):
    """A publish button pressed on a page under the workflow, by anyone but a superuser."""
    posted = request.method == "POST" and "action-publish" in request.POST
    if posted and not may_publish_directly(request.user) and page.has_workflow:
        raise PermissionDenied


def refuse_publish_copies(request, page):
    if request.method == "POST" and request.POST.get("publish_copies") and not may_publish_directly(request.user):
        raise PermissionDenied


def refuse_bulk_publish(request, action_type, objects):
    pages = [obj for obj in objects if isinstance(obj, Page) and obj.has_workflow]
    if action_type == "publish" and pages and not may_publish_directly(request.user):
        raise PermissionDenied


def is_source(obj):
    return isinstance(obj, TranslatableMixin) and obj.locale_id == Locale.get_default().pk


def refuse_source_snippet(request, instances):
    """Wagtail's snippet permissions are per model, not per locale: translators edit only translations."""
    if request.user.is_superuser or request.user.has_perm(EDIT_SOURCE):
        return
    if any(is_source(instance) for instance in instances):
        raise PermissionDenied


def refuse_source_snippet_creation(request, model):
    if request.user.is_superuser or request.user.has_perm(EDIT_SOURCE) or not issubclass(model, TranslatableMixin):
        return
    code = request.GET.get("locale") or Locale.get_default().language_code
    if code == Locale.get_default().language_code:
        raise PermissionDenied
