"""What every listing page shares: safe filter parsing and pagination."""

from django.conf import settings
from django.core.paginator import Paginator


def int_param(request, name):
    """The query parameter as an int, or None when missing or not a number."""
    value = request.GET.get(name, "")
    return int(value) if value.isdigit() and len(value) < 10 else None


def choice_param(request, name, choices):
    """The query parameter when it is one of the choices, else None (unknown values are ignored)."""
    value = request.GET.get(name, "")
    return value if value in dict(choices) else None


def paginate(request, queryset):
    """A page of results; a page number that is not a number or out of range gives a real page."""
    paginator = Paginator(queryset, settings.PORTAL_PAGE_SIZE)
    return paginator.get_page(request.GET.get("page"))


def filter_querystring(request):
    """The current filters without the page number, for pagination links."""
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()
