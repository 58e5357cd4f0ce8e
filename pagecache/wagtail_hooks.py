"""Mark a request as serving a Wagtail page, with the tokens read before it is rendered."""

from wagtail import hooks

from pagecache.store import current_tokens


# After Wagtail's own check, so a page behind a password or login is never marked.
@hooks.register("before_serve_page", order=100)
def note_page_tokens(page, request, serve_args, serve_kwargs):
    request.page_cache_tokens = (page.pk, current_tokens(page.pk))
