"""What every query goes through before a backend sees it, and the folding of the database side.

Stock Wagtail answers 500 to a lone space or quote, to NUL and to a very long query, so the
query is cleaned here once, for every backend: NFC, no control or zero-width characters, no
quotes or query syntax, at most a few words. The folded form (vntext.fold, Chinese split into
single characters as Elasticsearch's standard tokenizer does) serves the database backends,
which cannot fold Vietnamese themselves.
"""

import re
import unicodedata

import vntext

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12

# U+00D0/U+00F0 (Icelandic eth) look like the Vietnamese Đ/đ and are typed for them.
_LOOKALIKES = str.maketrans({"Ð": "Đ", "ð": "đ"})
_WORDS = re.compile(r"[^\W_]+")
_HAN = re.compile(r"([\u3040-\u309f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])")


def _printable(char):
    # Cc control, Cf format (zero-width space, joiners, BOM, bidi marks), Cs/Co/Cn unusable.
    return unicodedata.category(char)[0] != "C" or char in "\t\n"


def clean_query(raw):
    """The query as shown back to the visitor: NFC, printable, quote-free, one line, capped."""
    text = unicodedata.normalize("NFC", str(raw or "")[: MAX_QUERY_LENGTH * 4]).translate(_LOOKALIKES)
    text = "".join(char if _printable(char) else " " for char in text)
    text = re.sub(r"[\"“”„‟«»`´]", " ", text)
    text = " ".join(text.split())
    if len(text) > MAX_QUERY_LENGTH:
        text = text[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0] or text[:MAX_QUERY_LENGTH]
    return text


def query_terms(cleaned):
    """The words a backend is given: letters and digits only, so no query syntax gets through.

    `/` and `-` separate words (`57-KL/TW` → `57 KL TW`), as on the indexed side.
    """
    return " ".join(_WORDS.findall(cleaned)[:MAX_TERMS])


def fold(text):
    """vntext.fold, with Chinese and Japanese characters spaced apart to be words of their own."""
    return " ".join(_HAN.sub(r" \1 ", vntext.fold(text)).split())
