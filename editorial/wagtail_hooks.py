"""Wires the editorial guards, the translation routing and the dashboard panels into Wagtail's hooks.

The guards are registered with a low order so they run before wagtail-localize's own hooks.
"""

from django.urls import path
from wagtail import hooks

from editorial import guards
from editorial.dashboard import PANELS
from editorial.translation import convert_to_alias, submit_translation_for_review, update_translations


@hooks.register("before_edit_page", order=-100)
def before_edit_page(request, page):
    guards.refuse_direct_publish(request, page)
    return submit_translation_for_review(request, page)


@hooks.register("before_create_page", order=-100)
def before_create_page(request, parent_page, page_class):
    guards.refuse_direct_publish(request, parent_page)


@hooks.register("before_copy_page", order=-100)
def before_copy_page(request, page):
    guards.refuse_publish_copies(request, page)


@hooks.register("before_bulk_action", order=-100)
def before_bulk_action(request, action_type, objects, action_class_instance):
    guards.refuse_bulk_publish(request, action_type, objects)


@hooks.register("before_edit_snippet", order=-100)
def before_edit_snippet(request, instance):
    guards.refuse_source_snippet(request, [instance])


@hooks.register("before_delete_snippet", order=-100)
def before_delete_snippet(request, instances):
    guards.refuse_source_snippet(request, instances)


@hooks.register("before_create_snippet", order=-100)
def before_create_snippet(request, model):
    guards.refuse_source_snippet_creation(request, model)


@hooks.register("construct_homepage_panels")
def add_editorial_panels(request, panels):
    panels.extend(panel(request) for panel in PANELS)


@hooks.register("register_admin_urls", order=-100)
def shadow_localize_publishing_urls():
    # Registered before wagtail-localize's URLs, so these paths resolve here first.
    return [
        path("localize/update/<int:translation_source_id>/", update_translations, name="editorial_update_translations"),
        path("localize/page/<int:page_id>/convert_to_alias/", convert_to_alias, name="editorial_convert_to_alias"),
    ]
