"""The text a page is searched by, raw for excerpts and folded for diacritic-free matching.

The database backends cannot fold Vietnamese (SQLite keeps `đ` and letters with two marks,
PostgreSQL's `simple` config keeps everything), so pages index their searched text once more,
folded, as an AutocompleteField on `folded_search_text`; queries are folded the same way.
"""

from django.utils.encoding import force_str

from search import text

FOLDED_FIELD = "folded_search_text"


def _plain(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return " ".join(_plain(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_plain(item) for item in value.values())
    return force_str(value)


def searched_text(page, include_title=True):
    """Every SearchField's value of the page, as plain text, in declaration order."""
    parts = []
    for field in type(page).get_searchable_search_fields():
        if field.field_name == "title" and not include_title:
            continue
        parts.append(_plain(field.get_value(page)))
    return " ".join(part for part in parts if part)


def folded_text(page):
    return text.fold(searched_text(page))
