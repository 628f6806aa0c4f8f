"""Making any text safe to print: what a person typed may hold anything. The cleaning is domain/text.py's, the one
cleaner the records and the papers share; this adds the papers' paragraphs."""

import re

from compactdesk.domain.text import printable

__all__ = ["paragraphs", "printable"]


def paragraphs(text: str) -> list[str]:
    """A long text as its paragraphs (split at blank lines), each kept with its line breaks."""
    parts = re.split(r"\n[ \t]*\n+", printable(text).strip("\n"))
    return [part.strip("\n") for part in parts if part.strip()]
