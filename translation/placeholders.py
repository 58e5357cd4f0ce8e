"""What a translation must carry over from its source: format placeholders and HTML tags.

Shared by the PO upload check, the catalogue check (scripts/check_catalogue.py) and the tests.
"""

import re

# python-format (%(name)s, %s, %d, %%), brace format ({name}, {0}, {}) and HTML tags (by name).
_PLACEHOLDER = re.compile(r"%\([^)]+\)[sdifr]|%[sdifr%]|\{[A-Za-z0-9_]*\}|<(/?[A-Za-z][A-Za-z0-9-]*)")


def placeholders(text: str) -> list[str]:
    """The sorted placeholders of a message: `%(name)s`, `%s`, `{count}`, `<a`, `</a`."""
    return sorted(
        "<" + match.group(1).lower() if match.group(1) else match.group(0)
        for match in _PLACEHOLDER.finditer(text or "")
    )


def placeholders_match(source: str, translation: str) -> bool:
    return placeholders(source) == placeholders(translation)
