"""Recognising directive numbers in free text (`57-KL/TW`, `57 kl tw`, `2013/QĐ-TTg`, `47/NQ-CP`).

One recogniser for the registry (numbers written in a page's text) and for search (a number typed
as a query). A number is compared through its compact key: folded, letters and digits only, upper
case, so `2013/QĐ-TTg`, `2013/QD-TTg` and `2013 qd ttg` are one number. Only the document kinds
Vietnamese administration abbreviates are recognised, so ordinary "12 người" never matches.
"""

import re
import unicodedata

import vntext

# Document kinds as abbreviated in a number: kết luận, chỉ thị, nghị quyết, quyết định, công văn,
# hướng dẫn, kế hoạch, thông báo, quy định, nghị định, thông tư, báo cáo, chương trình, tờ trình.
KINDS = ("KL", "CT", "NQ", "QD", "CV", "HD", "KH", "TB", "QDI", "ND", "TT", "BC", "CTR", "TTR")
_NUMBER = re.compile(
    r"(?<![\w/.-])(\d{1,5})\s*[-/\s]\s*(" + "|".join(sorted(KINDS, key=len, reverse=True)) + r")"
    r"\s*[-/\s]\s*([A-Z]{1,10})(?![\w])",
    re.IGNORECASE,
)


def compact(text):
    """Letters and digits only, folded and upper case: `2013/QĐ-TTg` and `2013 qd ttg` agree."""
    return re.sub(r"[^A-Z0-9]", "", vntext.strip_marks(text or "").upper())


def spans(text):
    """Each directive number in the text as (start, end, compact key), over the NFC text."""
    original = unicodedata.normalize("NFC", text or "")
    stripped = vntext.strip_marks(original)
    if len(stripped) != len(original):  # e.g. Hangul decomposes into several letters: map one by one
        stripped = "".join((vntext.strip_marks(char) or " ")[0] for char in original)
    for match in _NUMBER.finditer(stripped):
        yield match.start(), match.end(), compact(match.group(0))


def find_numbers(text):
    """The directive numbers written in the text, as (as written, compact key), in order, once each.

    Matching runs on the text with its marks stripped (the same length in NFC), so `QĐ`
    matches as `QD` and the span still points at what the author wrote.
    """
    original = unicodedata.normalize("NFC", text or "")
    found, seen = [], set()
    for start, end, key in spans(original):
        if key not in seen:
            seen.add(key)
            found.append((original[start:end], key))
    return found
