"""Which cached pages a change makes stale, and making them so (here and in the front cache).

A page is shown by: itself and its translations (the language switcher), their ancestors
(listings and the home page list their descendants), pages it links to (a story appears on its
campaign and on the directives it implements) and pages that link to it (a campaign's title on
its stories, the home page's featured campaign, links in rich text). Moving or deleting a page
also changes its whole subtree's URLs. Changes to a home page or a section (a possible menu item,
whether or not it is in the menu now), and to the models in
``PAGE_CACHE_SITEWIDE_MODELS`` (the unit profile, settings, topics and bodies shown in every
listing's filters), touch every page: those renew the site-wide token.

Tokens are renewed at once and again after the transaction commits, so a page rendered from
the old rows in between is never kept.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Page, ReferenceIndex
from wagtail.signals import page_published, page_unpublished, post_page_move

from pagecache.store import renew_tokens

# Children of a locale's home page (depth 2) are the main menu's items.
MENU_DEPTH = 3


def page_links():
    """(model, field name) of every foreign key and many-to-many field from a page type to pages."""
    links = []
    for model in apps.get_models():
        if not issubclass(model, Page):
            continue
        for field in model._meta.get_fields():
            if field.model is not model or field.auto_created or not field.is_relation:
                continue
            if isinstance(field, models.OneToOneField) and field.remote_field.parent_link:
                continue
            if field.concrete or field.many_to_many:
                target = field.related_model
                if isinstance(target, type) and issubclass(target, Page) and not field.one_to_many:
                    links.append((model, field.name))
    return links


def linked_page_ids(page_ids):
    """Pages linking to these pages or linked from them (fields, rich text and StreamField links)."""
    linked = set()
    for model, name in page_links():
        linked.update(model.objects.filter(**{f"{name}__in": page_ids}).values_list("pk", flat=True))
        linked.update(model.objects.filter(pk__in=page_ids).exclude(**{name: None}).values_list(name, flat=True))
    page_type = ContentType.objects.get_for_model(Page)
    references = ReferenceIndex.objects.filter(base_content_type=page_type, to_content_type=page_type)
    linked.update(
        int(pk)
        for pk in references.filter(to_object_id__in=[str(pk) for pk in page_ids]).values_list("object_id", flat=True)
    )
    linked.update(
        int(pk)
        for pk in references.filter(object_id__in=[str(pk) for pk in page_ids]).values_list("to_object_id", flat=True)
    )
    return linked


def ancestor_paths(paths):
    steps = Page.steplen
    return {path[:end] for path in paths for end in range(steps, len(path) + 1, steps)}


def pages_showing(page, subtree=False):
    """Ids of the pages whose cached copy may show this page; None when every page may."""
    translations = list(Page.objects.filter(translation_key=page.translation_key).values_list("pk", "path"))
    if page.pk and (page.pk, page.path) not in translations:
        translations.append((page.pk, page.path))
    own_ids = {pk for pk, _ in translations}
    own_paths = {path for _, path in translations}
    if page.depth <= MENU_DEPTH:
        return None
    ids = set(own_ids) | linked_page_ids(own_ids)
    ids.update(Page.objects.filter(path__in=ancestor_paths(own_paths)).values_list("pk", flat=True))
    if subtree:
        for path in own_paths:
            ids.update(Page.objects.filter(path__startswith=path).values_list("pk", flat=True))
    return ids


def invalidate(page_ids=(), sitewide=False):
    """Renew the tokens now and after commit; purge the front cache after commit."""
    page_ids = set(page_ids or ())
    renew_tokens(page_ids, sitewide)

    def after_commit():
        renew_tokens(page_ids, sitewide)
        purge_front_cache(page_ids, sitewide)

    transaction.on_commit(after_commit)


def purge_front_cache(page_ids, sitewide):
    """Ask the front cache (nginx) to drop these pages, or every live page.

    Debian's purge module drops one URL at a time (no wildcards), so the front cache keeps no
    URL with a query string: the app's own cache has those.
    """
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    pages = Page.objects.live() if sitewide else Page.objects.live().filter(pk__in=page_ids)
    batch = PurgeBatch()
    batch.add_urls(url for url in (page.get_full_url(batch) for page in pages.specific(defer=True)) if url)
    batch.purge()


def page_changed(sender, instance, **kwargs):
    """Published or unpublished: the page and what shows it."""
    ids = pages_showing(instance)
    invalidate(ids or (), sitewide=ids is None)


def page_moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    """Moved: also the old parents' pages and the whole subtree, whose URLs changed."""
    ids = pages_showing(instance, subtree=True)
    before = pages_showing(parent_page_before)
    invalidate((ids or set()) | (before or set()), sitewide=ids is None or before is None)


def page_deleting(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.live:
        ids = pages_showing(instance, subtree=True)
        invalidate(ids or (), sitewide=ids is None)


def page_saved(sender, instance, **kwargs):
    """A save outside publishing (scripts, data loaders) may still change a live page."""
    if isinstance(instance, Page) and instance.pk:
        renew_tokens([instance.pk])


def sitewide_models():
    return tuple(apps.get_model(label) for label in settings.PAGE_CACHE_SITEWIDE_MODELS)


def object_changed(sender, instance, **kwargs):
    """A snippet, setting, image or document: the whole site, or the pages that use it."""
    if isinstance(instance, sitewide_models()):
        invalidate(sitewide=True)
    elif isinstance(instance, (AbstractImage, AbstractDocument)):
        ids = set()
        for source in ReferenceIndex.get_references_to(instance).filter(
            base_content_type=ContentType.objects.get_for_model(Page)
        ):
            page = Page.objects.filter(pk=source.object_id).first()
            if page is not None:
                shown = pages_showing(page)
                if shown is None:
                    invalidate(sitewide=True)
                    return
                ids |= shown
        invalidate(ids)


def connect():
    page_published.connect(page_changed, dispatch_uid="pagecache_published")
    page_unpublished.connect(page_changed, dispatch_uid="pagecache_unpublished")
    post_page_move.connect(page_moved, dispatch_uid="pagecache_moved")
    pre_delete.connect(page_deleting, dispatch_uid="pagecache_page_deleting")
    post_save.connect(page_saved, dispatch_uid="pagecache_page_saved")
    post_save.connect(object_changed, dispatch_uid="pagecache_object_saved")
    post_delete.connect(object_changed, dispatch_uid="pagecache_object_deleted")
