"""What an imported spreadsheet's columns can be, and how its headers are recognised.

Pure: the rows come from services/spreadsheet.py, the reading of values is services/importing.py's.
"""

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from compactdesk.i18n import QT_TRANSLATE_NOOP, translate

# Title rows, notes and blank rows above the header are common; a header further down than this is not looked for,
# so a file with no header is not mistaken for one because a data row happens to say "Name" and "Email".
HEADER_SEARCH_ROWS = 30


class ImportKind(StrEnum):
    PEOPLE = "people"
    ORGANISATIONS = "organisations"
    SEATS = "seats"
    TARGETS = "targets"
    FEEDBACK = "feedback"

    def label(self) -> str:
        return translate("Import", _KIND_LABELS[self.value])


_KIND_LABELS = {
    "people": QT_TRANSLATE_NOOP("Import", "People"),
    "organisations": QT_TRANSLATE_NOOP("Import", "Organisations"),
    "seats": QT_TRANSLATE_NOOP("Import", "Seats and their members"),
    "targets": QT_TRANSLATE_NOOP("Import", "Action-plan targets"),
    "feedback": QT_TRANSLATE_NOOP("Import", "Feedback owed"),
}


@dataclass(frozen=True)
class ImportField:
    key: str
    label: str
    required: bool
    hint: str


@dataclass(frozen=True)
class Matching:
    header_row: int
    columns: tuple[str | None, ...]


_DATE_HINT = QT_TRANSLATE_NOOP("Import", "a date such as 15/01/2027")

# (key, label, required, hint) per kind, in the order the template writes them. Labels and hints are marked here and
# translated when import_fields() is called, so a change of language needs no restart.
_FIELDS: dict[str, tuple[tuple[str, str, bool, str], ...]] = {
    "people": (
        ("name", QT_TRANSLATE_NOOP("Import", "Name"), True,
         QT_TRANSLATE_NOOP("Import", "the person's full name, such as Ann Jones or Jones, Ann")),
        ("first_name", QT_TRANSLATE_NOOP("Import", "First name"), False,
         QT_TRANSLATE_NOOP("Import", "the person's first name, when the surname is in a column of its own; the two "
                                     "are joined (a title such as Mr or Cllr is left out)")),
        ("surname", QT_TRANSLATE_NOOP("Import", "Surname"), False,
         QT_TRANSLATE_NOOP("Import", "the person's surname, when the first name is in a column of its own")),
        ("organisation", QT_TRANSLATE_NOOP("Import", "Organisation"), False,
         QT_TRANSLATE_NOOP("Import", "the organisation they work or volunteer for")),
        ("role", QT_TRANSLATE_NOOP("Import", "Role"), False,
         QT_TRANSLATE_NOOP("Import", "their job title or role, such as Chief Officer")),
        ("department", QT_TRANSLATE_NOOP("Import", "Department"), False,
         QT_TRANSLATE_NOOP("Import", "their department, for people in a public body")),
        ("email", QT_TRANSLATE_NOOP("Import", "Email"), False,
         QT_TRANSLATE_NOOP("Import", "an email address, such as ann@example.org")),
        ("phone", QT_TRANSLATE_NOOP("Import", "Phone"), False, QT_TRANSLATE_NOOP("Import", "a telephone number")),
        ("address", QT_TRANSLATE_NOOP("Import", "Address"), False, QT_TRANSLATE_NOOP("Import", "a postal address")),
        ("champion", QT_TRANSLATE_NOOP("Import", "Compact champion"), False,
         QT_TRANSLATE_NOOP("Import", "yes if they are their department's compact champion; otherwise leave it empty")),
        ("notes", QT_TRANSLATE_NOOP("Import", "Notes"), False, QT_TRANSLATE_NOOP("Import", "anything else to keep")),
    ),
    "organisations": (
        ("name", QT_TRANSLATE_NOOP("Import", "Organisation"), True,
         QT_TRANSLATE_NOOP("Import", "the organisation's name, written as it writes it")),
        ("sector", QT_TRANSLATE_NOOP("Import", "Sector"), False,
         QT_TRANSLATE_NOOP("Import", "Council, Health, Police, Fire, Education, Other public or Voluntary and "
                                     "community; empty means Voluntary and community")),
        ("notes", QT_TRANSLATE_NOOP("Import", "Notes"), False, QT_TRANSLATE_NOOP("Import", "anything else to keep")),
    ),
    "seats": (
        ("seat", QT_TRANSLATE_NOOP("Import", "Seat"), True,
         QT_TRANSLATE_NOOP("Import", "the seat's title, such as Voluntary sector seat 1")),
        ("sector", QT_TRANSLATE_NOOP("Import", "Sector"), False,
         QT_TRANSLATE_NOOP("Import", "the sector the seat is for: Council, Health, Police, Fire, Education, Other "
                                     "public or Voluntary and community; when empty, the seat's title or the "
                                     "member's organisation says it, or else Voluntary and community")),
        ("fill", QT_TRANSLATE_NOOP("Import", "How filled"), False,
         QT_TRANSLATE_NOOP("Import", "Elected, Selected, Reserved or Nominated; empty means Selected, or Reserved "
                                     "when Reserved for is filled")),
        ("reserved_for", QT_TRANSLATE_NOOP("Import", "Reserved for"), False,
         QT_TRANSLATE_NOOP("Import", "who a reserved seat is for, such as BME forum")),
        ("holder", QT_TRANSLATE_NOOP("Import", "Member"), False,
         QT_TRANSLATE_NOOP("Import", "the name of the person who holds the seat; empty for a vacant seat")),
        ("first_name", QT_TRANSLATE_NOOP("Import", "First name"), False,
         QT_TRANSLATE_NOOP("Import", "the member's first name, when the surname is in a column of its own; the two "
                                     "are joined (a title such as Mr or Cllr is left out)")),
        ("surname", QT_TRANSLATE_NOOP("Import", "Surname"), False,
         QT_TRANSLATE_NOOP("Import", "the member's surname, when the first name is in a column of its own")),
        ("organisation", QT_TRANSLATE_NOOP("Import", "Organisation"), False,
         QT_TRANSLATE_NOOP("Import", "the member's organisation")),
        ("email", QT_TRANSLATE_NOOP("Import", "Email"), False,
         QT_TRANSLATE_NOOP("Import", "the member's email address")),
        ("start_on", QT_TRANSLATE_NOOP("Import", "Start date"), False,
         QT_TRANSLATE_NOOP("Import", "when the member's term began: a date such as 15/01/2027")),
        ("end_on", QT_TRANSLATE_NOOP("Import", "End date"), False,
         QT_TRANSLATE_NOOP("Import", "when the term ends or ended: a date such as 14/01/2029; empty if open")),
    ),
    "targets": (
        ("title", QT_TRANSLATE_NOOP("Import", "Target"), True, QT_TRANSLATE_NOOP("Import", "what is to be done")),
        ("measure", QT_TRANSLATE_NOOP("Import", "Measure"), False,
         QT_TRANSLATE_NOOP("Import", "how the group will know it is done")),
        ("lead", QT_TRANSLATE_NOOP("Import", "Lead"), False, QT_TRANSLATE_NOOP("Import", "the person who leads it")),
        ("partner", QT_TRANSLATE_NOOP("Import", "Partner"), False,
         QT_TRANSLATE_NOOP("Import", "the organisation responsible")),
        ("start_on", QT_TRANSLATE_NOOP("Import", "Start date"), False, _DATE_HINT),
        ("deadline", QT_TRANSLATE_NOOP("Import", "Deadline"), False, _DATE_HINT),
        ("progress", QT_TRANSLATE_NOOP("Import", "Progress"), False,
         QT_TRANSLATE_NOOP("Import", "the latest progress, in a sentence or two")),
        ("progress_on", QT_TRANSLATE_NOOP("Import", "Progress date"), False,
         QT_TRANSLATE_NOOP("Import", "the date of that progress: a date such as 15/01/2027")),
        ("completed_on", QT_TRANSLATE_NOOP("Import", "Completed"), False,
         QT_TRANSLATE_NOOP("Import", "the date it was done; empty if it is still open")),
    ),
    "feedback": (
        ("issue", QT_TRANSLATE_NOOP("Import", "Issue"), True,
         QT_TRANSLATE_NOOP("Import", "what the group asked for, in a line")),
        ("officer", QT_TRANSLATE_NOOP("Import", "Officer"), True,
         QT_TRANSLATE_NOOP("Import", "the officer who owes the feedback")),
        ("department", QT_TRANSLATE_NOOP("Import", "Department"), False,
         QT_TRANSLATE_NOOP("Import", "the officer's department")),
        ("raised_on", QT_TRANSLATE_NOOP("Import", "Date raised"), True,
         QT_TRANSLATE_NOOP("Import", "when the group asked: a date such as 15/01/2027")),
        ("due_on", QT_TRANSLATE_NOOP("Import", "Due by"), False,
         QT_TRANSLATE_NOOP("Import", "when the answer is due: a date such as 12/02/2027")),
        ("detail", QT_TRANSLATE_NOOP("Import", "Detail"), False,
         QT_TRANSLATE_NOOP("Import", "more about what was asked")),
        ("answered_on", QT_TRANSLATE_NOOP("Import", "Date answered"), False,
         QT_TRANSLATE_NOOP("Import", "when it was answered; empty if it is still owed")),
        ("answer_summary", QT_TRANSLATE_NOOP("Import", "Answer"), False,
         QT_TRANSLATE_NOOP("Import", "what the answer said, in brief")),
    ),
}


def import_fields(kind: ImportKind) -> tuple[ImportField, ...]:
    return tuple(ImportField(key, translate("Import", label), required, translate("Import", hint))
                 for key, label, required, hint in _FIELDS[ImportKind(kind).value])


# A person's name in two columns, as member lists often keep it: "Ann" and "Jones" are joined as "Ann Jones" into the
# field that holds the whole name. Only for people and seats' members: a target's lead and a feedback officer are
# written whole in the lists that name them, and "Surname" there would be read as nothing else.
FIRST_NAME, SURNAME = "first_name", "surname"
_WHOLE_NAME = {"people": "name", "seats": "holder"}


def whole_name_key(kind: ImportKind) -> str | None:
    """The field a first name and a surname are joined into, for a kind that has them; else None."""
    return _WHOLE_NAME.get(ImportKind(kind).value)


def joined_name(first_name, surname) -> str:
    """"Ann" and "Jones" as "Ann Jones"; either alone as itself; "" when both are empty."""
    return " ".join(part for part in (first_name, surname) if isinstance(part, str) and part.strip())


def template_fields(kind: ImportKind) -> tuple[ImportField, ...]:
    """The columns of a template to fill in: a person's name in one column (a template is typed afresh, and one
    column is the simplest), so without the first-name and surname columns a file may have instead."""
    return tuple(field for field in import_fields(kind) if field.key not in (FIRST_NAME, SURNAME))


# Headers people write, English and Welsh, best first: an earlier word wins a tie, so for organisations the
# "Organisation" column is the name rather than a "Name" column beside it. Written as people write them; compared
# after _normal() (case, accents, punctuation and spacing ignored). The field's own label always counts as well.
_COMMON: dict[str, tuple[str, ...]] = {
    "name": ("name", "full name", "names", "person", "member", "member name", "name of member", "contact",
             "contact name", "first name and surname", "surname first name", "enw", "enw llawn", "aelod", "enw aelod",
             "person cyswllt", "enwau"),
    # Whole headers beat "name" within them: "First name" is a first name, "Last name" a surname.
    "first_name": ("first name", "forename", "forenames", "first names", "firstname", "given name", "given names",
                   "christian name", "member first name", "enw cyntaf", "enwau cyntaf", "enw bedydd"),
    "surname": ("surname", "last name", "family name", "lastname", "second name", "member surname", "cyfenw",
                "enw olaf", "enw teulu"),
    "organisation": ("organisation", "organization", "organisation name", "organization name", "org", "org name",
                     "body", "employer", "agency", "representing", "sefydliad", "mudiad", "corff",
                     "enw'r sefydliad", "enw sefydliad", "cynrychioli"),
    # Not "title": in a member list that is Mr, Mrs or Cllr.
    "role": ("role", "job title", "job", "position", "post", "rôl", "rol", "swydd", "teitl swydd"),
    "department": ("department", "dept", "directorate", "service", "service area", "team", "division", "adran",
                   "gwasanaeth", "cyfarwyddiaeth", "tîm"),
    "email": ("email", "e-mail", "email address", "e-mail address", "mail", "e bost", "e-bost", "ebost",
              "cyfeiriad e-bost", "ebost cyfeiriad"),
    "phone": ("phone", "telephone", "tel", "tel no", "phone number", "telephone number", "mobile", "contact number",
              "ffôn", "ffon", "rhif ffôn", "rhif ffon", "ffôn symudol"),
    "address": ("address", "postal address", "postcode", "cyfeiriad", "cyfeiriad post"),
    "champion": ("compact champion", "champion", "is champion", "hyrwyddwr", "hyrwyddwr y compact", "pencampwr"),
    "notes": ("notes", "note", "comments", "comment", "remarks", "nodiadau", "nodyn", "sylwadau", "sylw"),
    "sector": ("sector", "type", "organisation type", "type of organisation", "sector type", "math",
               "math o sefydliad", "sector y sedd"),
    "seat": ("seat", "seat title", "seat name", "place", "sedd", "teitl y sedd", "enw'r sedd", "lle"),
    "fill": ("how filled", "fill", "filled by", "how appointed", "appointed by", "selection", "method",
             "sut y'i llenwir", "sut llenwir", "dull"),
    "reserved_for": ("reserved for", "reserved", "reserved seat for", "neilltuwyd ar gyfer", "wedi'i neilltuo i",
                     "neilltuwyd i"),
    "holder": ("member", "name", "holder", "seat holder", "member name", "person", "full name", "held by",
               "representative", "aelod", "enw", "deiliad", "deiliad y sedd", "cynrychiolydd", "enw llawn"),
    "start_on": ("start date", "start", "started", "from", "date started", "term start", "term starts",
                 "start of term", "appointed", "date appointed", "appointed on", "joined", "date joined",
                 "dyddiad dechrau", "dechrau", "dechreuodd", "o", "dyddiad penodi", "ymunodd"),
    "end_on": ("end date", "end", "ends", "term end", "term ends", "end of term", "until", "to", "expires",
               "expiry", "date ended", "left", "dyddiad gorffen", "dyddiad diwedd", "diwedd", "gorffen", "tan",
               "hyd at", "yn dod i ben"),
    "title": ("target", "title", "action", "objective", "target title", "action point", "task", "aim",
              "targed", "teitl", "cam gweithredu", "gweithred", "nod", "amcan"),
    "measure": ("measure", "success measure", "measure of success", "indicator", "outcome", "how measured",
                "mesur", "mesur llwyddiant", "dangosydd"),
    "lead": ("lead", "lead officer", "lead person", "led by", "owner", "responsible", "responsible officer",
             "who", "arweinydd", "arweiniol", "swyddog arweiniol", "pwy"),
    "partner": ("partner", "lead partner", "partner organisation", "organisation", "organization", "lead agency",
                "lead organisation", "agency", "partner", "sefydliad", "partner arweiniol", "sefydliad arweiniol"),
    "deadline": ("deadline", "due", "due by", "due date", "by when", "target date", "complete by", "by",
                 "dyddiad cau", "erbyn", "erbyn pryd", "dyddiad targed"),
    "progress": ("progress", "latest progress", "progress update", "update", "progress note", "status update",
                 "cynnydd", "y cynnydd diweddaraf", "diweddariad"),
    "progress_on": ("progress date", "date of progress", "update date", "date updated", "last updated",
                    "updated", "updated on", "dyddiad cynnydd", "dyddiad diweddaru", "diweddarwyd"),
    "completed_on": ("completed", "completed on", "date completed", "done", "done on", "date done", "completion date",
                     "finished", "cwblhawyd", "dyddiad cwblhau", "wedi'i gwblhau"),
    "issue": ("issue", "question", "subject", "item", "matter", "request", "topic", "feedback", "feedback owed",
              "mater", "cwestiwn", "pwnc", "eitem", "adborth"),
    "officer": ("officer", "owed by", "officer name", "responsible officer", "who owes", "from", "council officer",
                "swyddog", "enw'r swyddog", "swyddog cyfrifol"),
    "raised_on": ("date raised", "raised", "raised on", "date asked", "asked", "asked on", "date", "meeting date",
                  "meeting", "requested", "dyddiad codi", "codwyd", "dyddiad", "dyddiad y cyfarfod", "gofynnwyd"),
    "due_on": ("due by", "due", "due date", "deadline", "by when", "reply by", "answer by", "erbyn", "dyddiad cau",
               "dyddiad dyledus", "erbyn pryd"),
    "detail": ("detail", "details", "description", "more detail", "what was asked", "manylion", "disgrifiad"),
    "answered_on": ("date answered", "answered", "answered on", "replied", "date replied", "reply date",
                    "response date", "atebwyd", "dyddiad ateb", "dyddiad ymateb"),
    "answer_summary": ("answer", "answer summary", "response", "reply", "summary of answer", "outcome", "ateb",
                       "ymateb", "crynodeb o'r ateb"),
}

# Where a kind reads a word differently from the rest: for organisations the organisation IS the name.
_BY_KIND: dict[str, dict[str, tuple[str, ...]]] = {
    "organisations": {
        "name": ("organisation", "organisation name", "organization", "organization name", "name", "org",
                 "org name", "body", "name of organisation", "partner", "sefydliad", "enw'r sefydliad",
                 "enw sefydliad", "mudiad", "corff", "enw"),
    },
}

# Short words that say too little inside a longer header ("Name of the organisation to contact" is not an end date);
# they count only as the whole header.
_WHOLE_ONLY_BELOW = 4
# A cell of more words than this is a sentence (a title, a note), not a header.
_LONGEST_HEADER = 8


def _normal(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text).split())


def _words(kind: str, key: str, label: str) -> tuple[str, ...]:
    words = _BY_KIND.get(kind, {}).get(key) or _COMMON.get(key, ())
    return tuple(dict.fromkeys(_normal(w) for w in (*words, label) if _normal(w)))


def _score(header: str, words: tuple[str, ...]) -> int:
    """0: no match; higher is better. A whole-header match beats a header containing the word; an earlier word
    beats a later one; a longer contained word beats a shorter one."""
    if not header:
        return 0
    squeezed = header.replace(" ", "")
    best = 0
    for rank, word in enumerate(words):
        if squeezed == word.replace(" ", ""):
            best = max(best, 10_000 - rank)
        elif len(word.replace(" ", "")) >= _WHOLE_ONLY_BELOW and f" {word} " in f" {header} ":
            best = max(best, 1_000 + 10 * len(word) - rank)
    return best


def _match_row(row, kind: ImportKind) -> tuple[dict[int, str], dict[int, int]]:
    """The columns of one row read as headers: column -> key, and column -> its score."""
    fields = import_fields(kind)
    word_lists = {f.key: _words(kind.value, f.key, f.label) for f in fields}
    headers = [_normal(cell) if isinstance(cell, str) else "" for cell in row]
    # A title merged across the columns comes back in each of them; it is one cell, not several headers.
    seen: set[str] = set()
    for column, header in enumerate(headers):
        if header in seen or len(header.split()) > _LONGEST_HEADER:
            headers[column] = ""
        seen.add(header)
    candidates = []
    for column, header in enumerate(headers):
        for key, words in word_lists.items():
            score = _score(header, words)
            if score:
                candidates.append((score, -column, column, key))
    taken: dict[int, str] = {}
    scores: dict[int, int] = {}
    for score, _, column, key in sorted(candidates, reverse=True):
        if column not in taken and key not in taken.values():
            taken[column] = key
            scores[column] = score
    return taken, scores


def _is_header(taken: dict[int, str], scores: dict[int, int], kind: ImportKind) -> bool:
    if len(taken) >= 2:
        return True
    required = [f.key for f in import_fields(kind) if f.required]
    # A one-column list ("Name" over the names) has a header of one cell; it must say the required field exactly,
    # so a title row merely containing a word is not taken for it.
    return len(required) == 1 and any(key == required[0] and scores[c] >= 10_000 - 100 for c, key in taken.items())


def _width(rows) -> int:
    return max((len(row) for row in rows), default=0)


def guess_matching(rows, kind: ImportKind) -> Matching:
    kind = ImportKind(kind)
    width = _width(rows)
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        taken, scores = _match_row(row, kind)
        if _is_header(taken, scores, kind):
            return Matching(index, tuple(taken.get(column) for column in range(width)))
    return Matching(-1, (None,) * width)


def guess_kind(rows) -> ImportKind | None:
    best: tuple | None = None
    best_kind = None
    for order, kind in enumerate(ImportKind):
        matching = guess_matching(rows, kind)
        if matching.header_row < 0 or missing_required(matching, kind):
            continue
        matched = sum(1 for key in matching.columns if key)
        # More columns recognised wins; then a header found higher up; then the order of ImportKind.
        rank = (matched, -matching.header_row, -order)
        if best is None or rank > best:
            best, best_kind = rank, kind
    return best_kind


def with_column(matching: Matching, column: int, key: str | None) -> Matching:
    if not 0 <= column < len(matching.columns):
        raise IndexError(f"column {column} is outside the sheet's {len(matching.columns)} columns")
    columns = [None if (key is not None and existing == key) else existing for existing in matching.columns]
    columns[column] = key
    return Matching(matching.header_row, tuple(columns))


def missing_required(matching: Matching, kind: ImportKind) -> tuple[ImportField, ...]:
    """The required fields no column is read as; a whole name is there when a first-name column and a surname
    column are."""
    present = set(matching.columns)
    whole = whole_name_key(kind)
    if whole is not None and {FIRST_NAME, SURNAME} <= present:
        present.add(whole)
    return tuple(f for f in import_fields(kind) if f.required and f.key not in present)
