"""Cleaning what a person typed or pasted, before it is stored, and before it is printed: the one cleaner both use
(documents/text.py prints with `printable`)."""

import re
import unicodedata

from compactdesk.domain.errors import ValidationError
from compactdesk.i18n import translate

SHORT = 300  # names, titles, venues
LONG = 200_000  # minutes, notes: a long paper pasted in whole still fits

# C0 and C1 control characters other than tab and newline; Word, PDFs and the
# terminal all choke on them, and nobody means to type them.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Line breaks by other names, made "\n" before the controls go (issue 21): Word's Shift+Enter pastes as a vertical tab,
# a page break as a form feed; NEL, and Unicode's line and paragraph separators, come from web pages and PDFs. Deleted
# as controls they ran the words together ("Llŷr" + "Apologies" became "LlŷrApologies").
_LINE_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n\n"})


def printable(value: str | None) -> str:
    """The text with its line ends made "\\n" (whatever made them) and every character no record or paper can hold
    gone: controls other than tab and newline, lone surrogates (each a replacement character), U+FFFE and U+FFFF."""
    if value is None:
        return ""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").translate(_LINE_BREAKS)
    return _CONTROL.sub("", _SURROGATE.sub("\ufffd", text))


def clean(value: str | None, *, multiline: bool = False) -> str:
    """What a person typed, as it is kept: printable, composed (NFC), trimmed; on one line unless `multiline`."""
    # Controls go before composing, so a stray one between a letter and its
    # accent cannot keep "w" + "̂" from becoming "ŵ".
    text = unicodedata.normalize("NFC", printable(value))
    if not multiline:
        text = " ".join(text.split())
    return text.strip()


def one_line(text: str) -> str:
    """A note as a table cell or a paper's line shows it: its lines and spaces run together into one line."""
    return " ".join(text.split())


def shown(value, limit: int = 40) -> str:
    """What a person gave, as an error message may quote it: cleaned (a dialog cannot show a lone surrogate or a
    control character) and cut short."""
    return clean(str(value))[:limit]


def required(value: str | None, what: str, field: str, *, multiline: bool = False, limit: int | None = None) -> str:
    text = clean(value, multiline=multiline)
    if not text:
        raise ValidationError(
            translate("Validation", "Please give {what}; it cannot be left empty.").format(what=what),
            field,
        )
    return _within(text, what, field, limit or (LONG if multiline else SHORT))


def optional(value: str | None, what: str, field: str, *, multiline: bool = False, limit: int | None = None) -> str:
    text = clean(value, multiline=multiline)
    return _within(text, what, field, limit or (LONG if multiline else SHORT))


def _within(text: str, what: str, field: str, limit: int) -> str:
    if len(text) > limit:
        raise ValidationError(
            translate(
                "Validation",
                # No verb to agree with {what}: "the minutes" and "the venue" both read right (issue 21).
                "{what}: {length:,} characters, but there is room for {limit:,} at most. "
                "Shorten it, or attach the full text as a paper.",
            ).format(what=what[:1].upper() + what[1:], length=len(text), limit=limit),
            field,
        )
    return text


# The characters Windows refuses in a file's name, as spaces.
NOT_IN_FILE_NAMES = str.maketrans({char: " " for char in '<>:"/\\|?*'})


def safe_name(text: str, limit: int = 80) -> str:
    """A person's name (or a title) made fit for a file name on Windows, macOS and Linux."""
    cleaned = "".join(char for char in text.translate(NOT_IN_FILE_NAMES) if char.isprintable())
    return " ".join(cleaned.split())[:limit].strip(" .") or "unnamed"
