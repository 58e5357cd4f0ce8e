"""When each translatable snippet's source last changed.

Pages carry `last_published_at`; snippets carry no time of change, so a changed source snippet
could not be told from a synced one. A row per source snippet, touched on every save, gives
the status report its "out of date" for snippets too, in the same single query.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SnippetSourceChange(models.Model):
    content_type = models.ForeignKey(
        ContentType,
        on_delete=models.CASCADE,
        verbose_name=_("content type"),
        help_text=_("The kind of snippet that changed."),
    )
    translation_key = models.UUIDField(
        verbose_name=_("translation key"),
        help_text=_("Shared by a source snippet and all its translations."),
    )
    changed_at = models.DateTimeField(
        verbose_name=_("changed at"),
        help_text=_("When the source-language snippet was last saved."),
    )

    class Meta:
        verbose_name = _("snippet source change")
        verbose_name_plural = _("snippet source changes")
        constraints = [
            models.UniqueConstraint(fields=["content_type", "translation_key"], name="unique_snippet_source_change")
        ]

    def __str__(self):
        return f"{self.content_type} {self.translation_key} {self.changed_at:%Y-%m-%d %H:%M}"

    @classmethod
    def record(cls, instance):
        """Note that the source snippet `instance` has just changed."""
        cls.objects.update_or_create(
            content_type=ContentType.objects.get_for_model(type(instance)),
            translation_key=instance.translation_key,
            defaults={"changed_at": timezone.now()},
        )
