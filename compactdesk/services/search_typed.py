"""What a person typed into the search, as the words both engines look for (services/search_sqlite.py on a
file, services/search_server.py on a server), and the marks the engines put around each matched word."""

# Control characters, which no stored text holds (domain/text.py refuses them), so a match is told from the
# text without parsing markup.
START, END = "\x02", "\x03"
SNIPPET_WORDS = 12
_MOST_WORDS = 16  # more typed words than this only slow the search down


def typed_words(typed: str) -> tuple[list[str], bool]:
    """(the words typed, whether the last is still being typed: no space follows it).

    A word with no letter or digit (a lone dash, an emoji) is left out rather than matching nothing."""
    # Control characters, lone surrogates and odd spaces part words: SQLite ends a query at a NUL.
    typed = "".join(letter if letter.isprintable() else " " for letter in typed)
    words = [word for word in typed.split() if any(letter.isalnum() for letter in word)][:_MOST_WORDS]
    return words, not typed[-1:].isspace()
