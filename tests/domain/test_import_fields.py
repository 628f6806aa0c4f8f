"""Columns are recognised from their headers as people write them, in English or Welsh (issue 18).

The header is found below any title rows; case, spacing, punctuation and accents do not matter; the kind of list is
told from the columns it has; and a sheet with no header is said to have none rather than guessed at.
"""

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from compactdesk.domain.import_fields import (
    ImportField, ImportKind, Matching, guess_kind, guess_matching, import_fields, missing_required, with_column,
)

KEYS = {
    ImportKind.PEOPLE: ("name", "first_name", "surname", "organisation", "role", "department", "email", "phone",
                        "address", "champion", "notes"),
    ImportKind.ORGANISATIONS: ("name", "sector", "notes"),
    ImportKind.SEATS: ("seat", "sector", "fill", "reserved_for", "holder", "first_name", "surname", "organisation",
                       "email", "start_on", "end_on"),
    ImportKind.TARGETS: ("title", "measure", "lead", "partner", "start_on", "deadline", "progress", "progress_on",
                         "completed_on"),
    ImportKind.FEEDBACK: ("issue", "officer", "department", "raised_on", "due_on", "detail", "answered_on",
                          "answer_summary"),
}
REQUIRED = {
    ImportKind.PEOPLE: {"name"}, ImportKind.ORGANISATIONS: {"name"}, ImportKind.SEATS: {"seat"},
    ImportKind.TARGETS: {"title"}, ImportKind.FEEDBACK: {"issue", "officer", "raised_on"},
}


@pytest.mark.parametrize("kind", list(ImportKind))
def test_each_kind_has_the_agreed_fields(kind):
    fields = import_fields(kind)

    assert tuple(f.key for f in fields) == KEYS[kind]
    assert {f.key for f in fields if f.required} == REQUIRED[kind]
    assert len({f.label.casefold() for f in fields}) == len(fields)
    assert all(isinstance(f, ImportField) and f.label and f.hint for f in fields)


def test_kinds_are_labelled():
    assert [kind.label() for kind in ImportKind] == [
        "People", "Organisations", "Seats and their members", "Action-plan targets", "Feedback owed"]


@pytest.mark.parametrize("kind", list(ImportKind))
def test_a_row_of_the_fields_own_labels_matches_every_field_to_its_column(kind):
    labels = [f.label for f in import_fields(kind)]

    assert guess_matching([labels], kind) == Matching(0, KEYS[kind])
    assert guess_kind([labels, ["x"] * len(labels)]) is kind


@pytest.mark.parametrize(("header", "key"), [
    ("E-mail", "email"), ("Email address", "email"), ("e bost", "email"), ("E-bost", "email"), ("EMAIL", "email"),
    ("e-mail address:", "email"), ("Cyfeiriad e-bost", "email"), ("E‑mail", "email"),
    ("Full name", "name"), ("Name ", "name"), ("Enw", "name"), ("NAME*", "name"), ("Surname, first name", "name"),
    ("Sefydliad", "organisation"), ("Organisation name", "organisation"), ("Org", "organisation"),
    ("Organization", "organisation"), ("Mudiad", "organisation"),
    ("Tel.", "phone"), ("Telephone number", "phone"), ("Work téléphone number", "phone"), ("Ffôn", "phone"),
    ("Rhif ffon", "phone"),
    ("Job title", "role"), ("Rôl", "role"), ("Dept", "department"), ("Adran", "department"),
    ("Compact champion?", "champion"), ("Comments", "notes"), ("Nodiadau", "notes"),
])
def test_people_headers_as_people_write_them(header, key):
    assert guess_matching([[header, "Postcode"]], ImportKind.PEOPLE).columns == (key, "address")


@pytest.mark.parametrize(("kind", "header", "key"), [
    (ImportKind.SEATS, "Start date", "start_on"), (ImportKind.SEATS, "Dyddiad dechrau", "start_on"),
    (ImportKind.SEATS, "Term ends", "end_on"), (ImportKind.SEATS, "Dyddiad gorffen", "end_on"),
    (ImportKind.SEATS, "Sedd", "seat"), (ImportKind.SEATS, "Seat title", "seat"),
    (ImportKind.SEATS, "Sédd y cyngor", "seat"),
    (ImportKind.SEATS, "Reserved for", "reserved_for"), (ImportKind.SEATS, "How filled", "fill"),
    (ImportKind.SEATS, "Member", "holder"), (ImportKind.SEATS, "Enw", "holder"),
    (ImportKind.TARGETS, "Deadline", "deadline"), (ImportKind.TARGETS, "Due by", "deadline"),
    (ImportKind.TARGETS, "Dyddiad cau", "deadline"), (ImportKind.TARGETS, "Lead officer", "lead"),
    (ImportKind.TARGETS, "Lead partner", "partner"), (ImportKind.TARGETS, "Targed", "title"),
    (ImportKind.TARGETS, "Action", "title"), (ImportKind.TARGETS, "Cynnydd", "progress"),
    (ImportKind.TARGETS, "Date completed", "completed_on"),
    (ImportKind.FEEDBACK, "Swyddog", "officer"), (ImportKind.FEEDBACK, "Owed by", "officer"),
    (ImportKind.FEEDBACK, "Date raised", "raised_on"), (ImportKind.FEEDBACK, "Due by", "due_on"),
    (ImportKind.FEEDBACK, "Mater", "issue"), (ImportKind.FEEDBACK, "Question", "issue"),
    (ImportKind.FEEDBACK, "Response", "answer_summary"), (ImportKind.FEEDBACK, "Date answered", "answered_on"),
    (ImportKind.ORGANISATIONS, "Organisation", "name"), (ImportKind.ORGANISATIONS, "Sefydliad", "name"),
    (ImportKind.ORGANISATIONS, "Type of organisation", "sector"),
])
def test_headers_of_other_kinds(kind, header, key):
    other = next(f for f in import_fields(kind) if f.key != key)
    matching = guess_matching([[header, other.label]], kind)

    assert matching.columns == (key, other.key)


def test_a_title_column_is_mr_or_mrs_not_a_role():
    rows = [["Title", "Name", "Job title", "Email"], ["Cllr", "Ann Jones", "Leader", "ann@example.org"]]

    assert guess_matching(rows, ImportKind.PEOPLE).columns == (None, "name", "role", "email")


def test_for_organisations_the_organisation_column_is_the_name_beside_a_contact_name():
    rows = [["Name", "Organisation", "Sector"], ["Ann Jones", "Dyfnant CVC", "VCS"]]

    assert guess_matching(rows, ImportKind.ORGANISATIONS).columns == (None, "name", "sector")
    assert guess_kind(rows) is ImportKind.PEOPLE  # a contact list, with its organisations beside


def _disguise(label: str, draw) -> str:
    """The label as someone might type it: any case, words joined by spaces, dashes, dots or underscores, a stray
    space or colon at the end."""
    words = label.split()
    joins = [draw(st.sampled_from([" ", "  ", "-", "_", ". ", " / "])) for _ in words[1:]]
    text = words[0] + "".join(join + word for join, word in zip(joins, words[1:], strict=True))
    text = "".join(ch.upper() if draw(st.booleans()) else ch.lower() for ch in text)
    return draw(st.sampled_from(["", " ", ":", " *", "\u00a0"])) + text + draw(st.sampled_from(["", "  ", ":", "?"]))


@st.composite
def disguised_headers(draw):
    kind = draw(st.sampled_from(list(ImportKind)))
    fields = import_fields(kind)
    order = draw(st.permutations(range(len(fields))))
    chosen = order[: draw(st.integers(2, len(fields)))]
    return kind, [fields[i].key for i in chosen], [_disguise(fields[i].label, draw) for i in chosen]


@given(disguised_headers(), st.integers(0, 4))
def test_any_case_spacing_and_punctuation_of_the_labels_is_recognised(case, titles):
    kind, keys, headers = case
    rows = [["Dyfnant Compact Liaison Group"]] * titles + [[], headers, ["x"] * len(headers)]

    assert guess_matching(rows, kind) == Matching(titles + 1, tuple(keys))


@st.composite
def columns_of_a_kind(draw):
    """Some of a kind's columns, the needed ones always among them, in any order and however typed."""
    kind = draw(st.sampled_from(list(ImportKind)))
    fields = import_fields(kind)
    chosen = [f for f in fields if f.required or draw(st.booleans())]
    chosen = draw(st.permutations(chosen))
    return kind, [_disguise(f.label, draw) for f in chosen]


@given(columns_of_a_kind())
def test_the_kind_is_the_one_whose_columns_they_are(case):
    kind, headers = case

    assert guess_kind([["Our list"], headers, ["x"] * len(headers)]) is kind


@pytest.mark.parametrize("header", ["Sefydliad", "SEFYDLIAD", "sefydliád", "Séfydliad"])
def test_accents_are_ignored(header):
    assert guess_matching([["Enw", header]], ImportKind.PEOPLE).columns == ("name", "organisation")


def test_the_header_is_the_first_row_with_two_recognised_cells():
    rows = [
        ["Dyfnant Compact Liaison Group – members 2027"] * 5,  # a title merged across the columns, filled
        ["Updated by the secretary", "", "", "", ""],
        ["", "", "", "", ""],
        ["Name ", "Organisation", "E-mail", "Seat", "Start date"],
        ["Jones, Ann", "Dyfnant CVC", "ann@example.org", "VCS 1", "15/01/2027"],
    ]

    assert guess_matching(rows, ImportKind.SEATS) == Matching(3, ("holder", "organisation", "email", "seat",
                                                                  "start_on"))
    assert guess_kind(rows) is ImportKind.SEATS
    assert guess_matching(rows, ImportKind.PEOPLE) == Matching(3, ("name", "organisation", "email", None, None))


def test_a_one_column_list_has_a_header_of_its_required_field():
    rows = [["Names of the members we have"], [""], ["Name"], ["Ann Jones"], ["Bob Evans"]]

    assert guess_matching(rows, ImportKind.PEOPLE) == Matching(2, ("name",))
    assert guess_kind(rows) is ImportKind.PEOPLE
    assert guess_matching([["Organisation"], ["Dyfnant CVC"]], ImportKind.ORGANISATIONS) == Matching(0, ("name",))


def test_a_title_merely_containing_a_field_word_is_not_a_header():
    assert guess_matching([["Members' email list"], ["Ann Jones"]], ImportKind.PEOPLE).header_row == -1


def test_a_title_merged_across_the_columns_is_one_cell_not_a_header():
    # Merged cells come back in every cell they cover: five copies of a title naming two fields are not a header.
    rows = [["Seat holders by start date"] * 5, ["Seat", "Member", "Organisation", "Email", "Start date"]]

    assert guess_matching(rows, ImportKind.SEATS).header_row == 1


@pytest.mark.parametrize(("headers", "kind"), [
    (["Name", "Organisation", "E-mail", "Seat", "Start date"], ImportKind.SEATS),
    (["Name", "Organisation", "E-mail", "Start date"], ImportKind.PEOPLE),
    (["Enw", "Sefydliad", "E-bost", "Sedd", "Dyddiad dechrau"], ImportKind.SEATS),
    (["Enw", "Sefydliad", "E-bost", "Rôl"], ImportKind.PEOPLE),
    (["Organisation", "Sector", "Notes"], ImportKind.ORGANISATIONS),
    (["Sefydliad", "Sector"], ImportKind.ORGANISATIONS),
    (["Target", "Lead", "Partner", "Deadline", "Progress"], ImportKind.TARGETS),
    (["Action", "Lead officer", "Due by", "Latest progress", "Done"], ImportKind.TARGETS),
    (["Issue", "Officer", "Department", "Date raised", "Due by"], ImportKind.FEEDBACK),
    (["Mater", "Swyddog", "Adran", "Dyddiad codi", "Erbyn"], ImportKind.FEEDBACK),
    (["Seat", "Member", "Term ends"], ImportKind.SEATS),
])
def test_the_kind_is_told_from_the_columns(headers, kind):
    assert guess_kind([["A list we keep"], headers, ["x"] * len(headers)]) is kind


@pytest.mark.parametrize("rows", [
    [],
    [[]],
    [["Ann Jones", "ann@example.org", "Dyfnant CVC"], ["Bob Evans", "bob@example.org", "Age Cymru"]],
    [["Minutes of the meeting"], ["1. Apologies"]],
    # Feedback needs its issue, officer and date raised: two of them are not enough to call it feedback.
    [["Issue", "Officer"], ["Parking", "Ann Jones"]],
])
def test_no_kind_when_nothing_says_what_the_list_is(rows):
    assert guess_kind(rows) is None


def test_a_sheet_without_a_header_has_every_column_ignored():
    rows = [["Ann Jones", "ann@example.org", "Dyfnant CVC"], ["Bob Evans", "bob@example.org", ""]]

    for kind in ImportKind:
        assert guess_matching(rows, kind) == Matching(-1, (None, None, None))
    assert guess_matching([], ImportKind.PEOPLE) == Matching(-1, ())


def test_cells_that_are_not_text_are_not_headers():
    import datetime as dt

    rows = [[dt.date(2027, 1, 15), 42, True, None], ["Name", "Email", "", ""]]

    assert guess_matching(rows, ImportKind.PEOPLE) == Matching(1, ("name", "email", None, None))


def test_a_header_far_below_the_top_is_not_looked_for():
    rows = [[f"note {n}"] for n in range(40)] + [["Name", "Email"]]

    assert guess_matching(rows, ImportKind.PEOPLE).header_row == -1


def test_with_column_gives_a_key_to_one_column_taking_it_from_another():
    matching = Matching(2, ("name", "organisation", None, "email"))

    assert with_column(matching, 2, "email") == Matching(2, ("name", "organisation", "email", None))
    assert with_column(matching, 0, None) == Matching(2, (None, "organisation", None, "email"))
    assert with_column(matching, 1, "organisation") == matching
    assert matching == Matching(2, ("name", "organisation", None, "email"))  # unchanged: a new one is made
    with pytest.raises(IndexError):
        with_column(matching, 4, "notes")


@given(st.lists(st.sampled_from([None, *KEYS[ImportKind.PEOPLE]]), min_size=1, max_size=9),
       st.data())
def test_with_column_never_leaves_a_key_on_two_columns(columns, data):
    # Start from a matching as guess_matching gives: each key on one column at most.
    seen: set[str] = set()
    columns = [None if key in seen else seen.add(key) or key for key in columns]
    column = data.draw(st.integers(0, len(columns) - 1))
    key = data.draw(st.sampled_from([None, *KEYS[ImportKind.PEOPLE]]))

    changed = with_column(Matching(0, tuple(columns)), column, key).columns
    assert changed[column] == key
    taken = [k for k in changed if k]
    assert len(taken) == len(set(taken))
    assert all(changed[i] in (columns[i], None) for i in range(len(columns)) if i != column)


def test_missing_required_fields_in_the_order_of_the_kind():
    matching = Matching(0, ("department", "issue", None))

    assert [f.key for f in missing_required(matching, ImportKind.FEEDBACK)] == ["officer", "raised_on"]
    assert missing_required(Matching(0, ("issue", "raised_on", "officer")), ImportKind.FEEDBACK) == ()
    assert [f.label for f in missing_required(Matching(-1, (None,)), ImportKind.PEOPLE)] == ["Name"]


def test_labels_are_plain_words_a_template_header_can_be():
    for kind in ImportKind:
        for field in import_fields(kind):
            assert set(field.label) <= set(string.ascii_letters + " -"), field.label


@pytest.mark.parametrize(("headers", "columns"), [
    (("Title", "First name", "Surname", "Organisation", "Email"),
     (None, "first_name", "surname", "organisation", "email")),
    (("Mr/Mrs", "Forename", "Last name", "Org"), (None, "first_name", "surname", "organisation")),
    (("Teitl", "Enw cyntaf", "Cyfenw", "Sefydliad", "E-bost"),
     (None, "first_name", "surname", "organisation", "email")),
    (("First name and surname", "Email"), ("name", "email")),  # one column of whole names, as before
])
def test_first_names_and_surnames_in_columns_of_their_own_are_recognised(headers, columns):
    matching = guess_matching([headers], ImportKind.PEOPLE)
    assert matching.columns == columns
    assert not missing_required(matching, ImportKind.PEOPLE)
    assert guess_kind([headers, ("",) * len(headers)]) is ImportKind.PEOPLE


@given(st.lists(st.sampled_from([None, *KEYS[ImportKind.PEOPLE]]), min_size=1, max_size=9), st.data())
def test_a_name_is_there_in_one_column_or_in_both_of_its_parts(columns, data):
    matching = Matching(0, tuple(columns))
    column = data.draw(st.integers(0, len(columns) - 1))
    key = data.draw(st.sampled_from([None, "name", "first_name", "surname", "email"]))
    for each in (matching, with_column(matching, column, key)):
        present = set(each.columns)
        has_name = "name" in present or {"first_name", "surname"} <= present
        assert ([field.key for field in missing_required(each, ImportKind.PEOPLE)] == []) == has_name


def test_template_fields_keep_one_name_column():
    from compactdesk.domain.import_fields import template_fields

    assert [field.key for field in template_fields(ImportKind.PEOPLE)][:2] == ["name", "organisation"]
    assert "first_name" not in {field.key for field in template_fields(ImportKind.SEATS)}
    assert template_fields(ImportKind.FEEDBACK) == import_fields(ImportKind.FEEDBACK)
