"""A short excerpt of a result with the matched words marked; content is escaped, never trusted."""

import functools
import re
import unicodedata

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

import vntext
from search import text

EXCERPT_CHARS = 220
# Matches further into a long text than this are not looked for.
SCANNED_CHARS = 20_000


@functools.lru_cache(maxsize=8192)
def _fold_char(char):
    folded = vntext.strip_marks(char).lower()
    return folded if len(folded) == 1 else char.lower()


def _folded_chars(source):
    """The text folded one character at a time, so positions in it are positions in the source."""
    return "".join(map(_fold_char, source))


def _spans(source, folded_query):
    folded = _folded_chars(source)
    spans = []
    for term in set(folded_query.split()):
        # Latin words match at a word start (a prefix, as the folded search does); Chinese anywhere.
        pattern = re.escape(term) if not term.isascii() else rf"(?<![^\W_]){re.escape(term)}[^\W_]*"
        spans.extend(match.span() for match in re.finditer(pattern, folded))
    spans.sort()
    merged = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def excerpt(source, query):
    """About EXCERPT_CHARS characters around the first match, matched words in <mark>."""
    source = " ".join(strip_tags(unicodedata.normalize("NFC", (source or "")[:SCANNED_CHARS])).split())
    spans = _spans(source, text.fold(text.query_terms(query))) if query else []
    start = 0
    if spans and spans[0][0] > EXCERPT_CHARS // 3:
        start = source.rfind(" ", 0, spans[0][0] - EXCERPT_CHARS // 4) + 1
    end = start + EXCERPT_CHARS
    if end < len(source):
        end = source.rfind(" ", start, end) if source.rfind(" ", start, end) > start else end
    pieces, cursor = ["…" if start else ""], start
    for span_start, span_end in spans:
        if span_end <= start or span_start >= end:
            continue
        span_start, span_end = max(span_start, start), min(span_end, end)
        pieces += [escape(source[cursor:span_start]), "<mark>", escape(source[span_start:span_end]), "</mark>"]
        cursor = span_end
    pieces += [escape(source[cursor:end]), "…" if end < len(source) else ""]
    return mark_safe("".join(pieces))  # noqa: S308 - every piece of content above is escaped
