"""Making any text safe to print: what a person typed may hold anything."""

import re

# XML 1.0 (inside every .docx) forbids C0 controls other than tab and newline,
# lone surrogates and U+FFFE/U+FFFF; PDFs cannot show them either.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def printable(text: str) -> str:
    """The text with every character no paper can hold removed; line ends made "\\n"."""
    text = str(text).replace("\r\n", "\n").replace("\r", "\n").replace("\x85", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    return _UNPRINTABLE.sub("", _SURROGATE.sub("\ufffd", text))


def paragraphs(text: str) -> list[str]:
    """A long text as its paragraphs (split at blank lines), each kept with its line breaks."""
    parts = re.split(r"\n[ \t]*\n+", printable(text).strip("\n"))
    return [part.strip("\n") for part in parts if part.strip()]
