"""The search indexes of a group on a server, as the newest revision left them (0006, and 0007 for the
agenda items' Welsh title): for each of the search's indexes, a GIN index over an expression, the weighted
words of the indexed table's columns, folded by the group's own search_fold function.

PostgreSQL uses an index over an expression only for a query that writes the very same expression, so
the search builds its expression here, from the same columns and weights as the revisions: a revision
that changes an index changes it here too (tests/services/test_search.py asks EXPLAIN that every index
is used).
"""

# The index's name: (the table it indexes, ((a column, the weight of its words), …)), as the revisions made them.
INDEXES = {
    "search_meeting": ("meeting", (("venue", "C"), ("notes", "D"))),
    "search_agenda_item": ("agenda_item", (("title", "A"), ("presenter", "C"), ("description", "B"),
                                           ("minutes", "D"), ("decisions", "C"), ("title_cy", "A"))),
    "search_target": ("target", (("title", "A"), ("measure", "C"), ("drop_reason", "D"))),
    "search_target_progress": ("target_progress", (("note", "D"),)),
    "search_feedback": ("feedback", (("issue", "A"), ("detail", "C"), ("department", "C"), ("answer_summary", "D"))),
    "search_person": ("person", (("name", "A"), ("role", "B"), ("department", "B"), ("email", "C"), ("notes", "D"))),
    "search_organisation": ("organisation", (("name", "A"), ("notes", "D"))),
    "search_code_of_practice": ("code_of_practice", (("name", "A"), ("notes", "D"))),
    "search_code_review": ("code_review", (("note", "D"),)),
    "search_consultation": ("consultation", (("title", "A"), ("short_reason", "C"), ("notes", "D"))),
    "search_dispute": ("dispute", (("title", "A"), ("summary", "C"), ("outcome", "C"))),
    "search_dispute_step": ("dispute_step", (("note", "D"),)),
}

# What each letter weighs in ts_rank, as search.py's weights for bm25 (A 8, B 3, C 2, D 1), scaled to at most 1
# as ts_rank asks; given in its order, D first.
RANK_WEIGHTS = "{0.125,0.25,0.375,1}"


def table(index: str) -> str:
    return INDEXES[index][0]


def columns(index: str) -> tuple[str, ...]:
    return tuple(column for column, _ in INDEXES[index][1])


def words(index: str, alias: str) -> str:
    """The index's expression, its columns read from the table called `alias`."""
    return " || ".join(f"setweight(to_tsvector('simple', search_fold({alias}.\"{column}\")), '{weight}')"
                       for column, weight in INDEXES[index][1])
