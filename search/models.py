"""Index updates Elasticsearch missed, kept until they are replayed."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class PendingIndexUpdate(models.Model):
    """One object whose latest change has not reached a search backend (the last action wins)."""

    ADD = "add"
    DELETE = "delete"
    ACTIONS = [(ADD, _("Add or update")), (DELETE, _("Delete"))]

    backend = models.CharField(_("search backend"), max_length=50, help_text=_("Name in WAGTAILSEARCH_BACKENDS."))
    content_type = models.ForeignKey(
        ContentType,
        verbose_name=_("content type"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The kind of object to index."),
    )
    object_id = models.CharField(_("object id"), max_length=50, help_text=_("Primary key of the object."))
    action = models.CharField(_("action"), max_length=10, choices=ACTIONS, help_text=_("What is still to be done."))
    error = models.TextField(_("last error"), blank=True, help_text=_("Why the last attempt failed."))
    attempts = models.PositiveIntegerField(_("attempts"), default=0, help_text=_("How many times it failed."))
    failed_at = models.DateTimeField(_("last failure"), auto_now=True, help_text=_("When it last failed."))

    class Meta:
        verbose_name = _("pending search index update")
        verbose_name_plural = _("pending search index updates")
        constraints = [
            models.UniqueConstraint(fields=["backend", "content_type", "object_id"], name="search_pending_unique")
        ]

    def __str__(self):
        return f"{self.backend}: {self.action} {self.content_type_id}/{self.object_id}"
