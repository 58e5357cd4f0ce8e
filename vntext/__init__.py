"""Vietnamese text helpers shared by slugs, search and sorting.

Kept free of Django and of the project's code so that any layer (models, search backends,
database collations, scripts) can import it. Facts it rests on: `đ`/`Đ` have no Unicode
decomposition, so stripping combining marks keeps them and they must be mapped by hand;
letters with two marks (ẵ, ộ) need NFD before the marks can be dropped.
"""

import re
import unicodedata

_D_MAP = str.maketrans({"đ": "d", "Đ": "D", "Ð": "D", "ð": "d"})
_SEPARATORS = re.compile(r"[/\-]+")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")

# Vietnamese alphabetical order (with the Latin letters Vietnamese lacks in their place).
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
# Tone marks in the order dictionaries use: none, grave, hook, tilde, acute, dot below.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
# Marks that make a distinct letter rather than a tone.
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}


def strip_marks(text: str) -> str:
    """Remove every diacritic and map `đ` to `d`, keeping case and punctuation."""
    decomposed = unicodedata.normalize("NFD", unicodedata.normalize("NFC", text))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_D_MAP)


def fold(text: str) -> str:
    """Fold text for matching: no diacritics, `đ`→`d`, lower case, `/` and `-` as spaces.

    `Tam Đường` and `tam duong` fold to the same string; so do NFC and NFD input.
    """
    return " ".join(_SEPARATORS.sub(" ", strip_marks(text).lower()).split())


def slugify(text: str, max_length: int = 255) -> str:
    """ASCII slug folded the Vietnamese way: `Câu chuyện Tam Đường` → `cau-chuyen-tam-duong`."""
    slug = _NOT_SLUG.sub("-", fold(text)).strip("-")
    return slug[:max_length].rstrip("-")


def sort_key(text: str) -> tuple:
    """Key for Vietnamese alphabetical order: `Đ` after `D`, `Ă` and `Â` after `A`.

    Letters compare first, then tones, as in a Vietnamese dictionary.
    """
    letters, tones = [], []
    for char in unicodedata.normalize("NFC", text or "").lower():
        parts = unicodedata.normalize("NFD", char)
        base, marks = parts[0], parts[1:]
        letter = base + "".join(m for m in marks if m in _LETTER_MARKS)
        letter = unicodedata.normalize("NFC", letter)
        if char == "đ":
            letter = "đ"
        tone = next((_TONES[m] for m in marks if m in _TONES), 0)
        position = _ALPHABET.find(letter)
        # Spaces, digits and punctuation sort before letters, as word breaks do.
        letters.append((0, position) if position >= 0 else (-1, ord(letter[0])))
        tones.append(tone)
    return (letters, tones)
