"""The workflow's tasks and the permission that separates source editors from translators."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, TaskState

from editorial.forms import RejectionForm, SensitiveChecklistForm


class EditorialPermission(models.Model):
    """Holds permissions that belong to no table: Wagtail has no per-locale permission."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [("edit_source_locale", _("Can edit content in the source language (Vietnamese)"))]

    def __str__(self):
        return str(self._meta.verbose_name)


def submitted_by(obj):
    state = obj.current_workflow_state
    return state.requested_by_id if state else None


class EditorialApprovalTask(AbstractGroupApprovalTask):
    """A group's approval where asking for changes needs a comment and nobody approves their own submission."""

    class Meta:
        verbose_name = _("editorial approval")
        verbose_name_plural = _("editorial approvals")

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if actions and not user.is_superuser and submitted_by(obj) == user.pk:
            # Four eyes: whoever sent the page for review cannot pass it.
            return [action for action in actions if action[0] != "approve"]
        return actions

    def get_form_for_action(self, action):
        if action == "reject":
            return RejectionForm
        return super().get_form_for_action(action)

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve or, with a comment, ask for changes.")


def is_sensitive(obj):
    """Whether the revision under review carries a topic marked sensitive (in any language)."""
    from campaigns.models import Topic

    revision = obj.get_latest_revision()
    content = revision.as_object() if revision else obj
    topics = getattr(content, "topics", None)
    if topics is None:
        return False
    keys = [topic.translation_key for topic in topics.all()]
    return Topic.objects.filter(translation_key__in=keys, is_sensitive=True).exists()


class SensitiveContentTask(EditorialApprovalTask):
    """Thẩm định nội dung nhạy cảm: only pages with a sensitive topic wait here; the others pass at once."""

    class Meta:
        verbose_name = _("sensitive-content review")
        verbose_name_plural = _("sensitive-content reviews")

    def start(self, workflow_state, user=None):
        obj = workflow_state.content_object
        if is_sensitive(obj.specific if hasattr(obj, "specific") else obj):
            return super().start(workflow_state, user=user)
        # Skipped without telling the group: there is nothing for them to do.
        return TaskState.objects.create(
            workflow_state=workflow_state,
            revision=obj.get_latest_revision(),
            task=self,
            status=TaskState.STATUS_SKIPPED,
            finished_at=timezone.now(),
            comment=str(_("No sensitive topic: passed automatically.")),
        )

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        # Approving always goes through the checklist: the one-click approval is removed.
        return [action for action in actions if action[0] != "approve"] + (
            [("approve", _("Confirm the checklist and approve"), True)]
            if any(action[0] == "approve" for action in actions)
            else []
        )

    def get_form_for_action(self, action):
        if action == "approve":
            return SensitiveChecklistForm
        return super().get_form_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        checks = {name: kwargs.pop(name, False) for name in SensitiveChecklistForm.CHECKS}
        if action_name == "approve":
            confirmed = "\n".join(f"✓ {SensitiveChecklistForm.CHECKS[name]}" for name, done in checks.items() if done)
            kwargs["comment"] = "\n".join(part for part in (confirmed, kwargs.get("comment", "")) if part)
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _(
            "Pages with a sensitive topic wait for the chosen groups to confirm a checklist; other pages pass at once."
        )
