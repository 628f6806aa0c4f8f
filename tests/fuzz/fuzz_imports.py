"""What the import and the set-up assistant are given, for the fuzz tests: file names (kept inside a folder of the
run's own, so a fuzz run never writes anywhere else), spreadsheets already read, and the column matching and answers
the import window builds from them.

A Matching or the answers cannot be drawn on their own: they belong to the sheet drawn with them. So they are drawn
as recipes, and tied() turns each into the real thing once the whole call's arguments are drawn."""

import atexit
import errno
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from fuzz_inputs import BIG_TEXT, DAYS, KEPT_DAYS, SHORT_TEXT, TEXT
from hypothesis import strategies as st

from compactdesk.domain.import_fields import ImportKind, Matching, guess_matching, import_fields, with_column
from compactdesk.services.spreadsheet import Sheet

# -- file names --------------------------------------------------------------------------------------------------

FUZZ_FOLDER = Path(tempfile.mkdtemp(prefix="compactdesk-fuzz-"))
atexit.register(shutil.rmtree, FUZZ_FOLDER, True)
(FUZZ_FOLDER / "a file.txt").write_text("name\nAnn Jones\n", encoding="utf-8")
(FUZZ_FOLDER / "a folder").mkdir()
_made = [0]


def _inside(name: str) -> Path:
    """A name as typed, as a file in the fuzz folder: a separator typed cannot climb out of it."""
    name = name.replace("/", "\u2215").replace("\\", "\u2216")
    return FUZZ_FOLDER / ("_.." if name == ".." else name)


def _written(pair: tuple[str, bytes]) -> Path:
    """A file of its own with `content`, for reading: a new name each time, so a template saved over one in an
    earlier example is not what a later one reads."""
    name, content = pair
    _made[0] += 1
    path = FUZZ_FOLDER / f"made {_made[0]}{name}"
    path.write_bytes(content)
    return path


_CSV = st.lists(st.lists(SHORT_TEXT, max_size=5), max_size=6).map(
    lambda rows: "\n".join(",".join(cell.replace("\n", " ") for cell in row) for row in rows))
_CONTENT = st.one_of(st.binary(max_size=600), _CSV.map(lambda text: text.encode("utf-8", "surrogatepass")),
                     _CSV.map(lambda text: text.encode("cp1252", "replace")),
                     st.sampled_from([b"", b"   \n", b"PK\x03\x04 not a zip", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
                                      "Enw,E-bost\nAnn Jones,ann@example.org\n".encode()]))
_SUFFIXES = st.sampled_from(["", ".xlsx", ".csv", ".ods", ".xls", ".XLSX", ".txt"])
# Places that cannot be read or written whoever runs the test (root included), and names no disk takes.
_ODD = [FUZZ_FOLDER / "a file.txt" / "x.xlsx", FUZZ_FOLDER / "a folder", FUZZ_FOLDER / ("x" * 300 + ".xlsx"),
        FUZZ_FOLDER / ("abcdefgh/" * 600 + "x.csv"), FUZZ_FOLDER / "nul\x00byte.xlsx",
        FUZZ_FOLDER / "lone\ud800surrogate.csv", FUZZ_FOLDER / "no such folder" / "x.xlsx", FUZZ_FOLDER / "..",
        FUZZ_FOLDER / ".", Path("/proc/compactdesk-fuzz/x.xlsx"), Path("/proc/version"),
        Path("/no-such-folder-compactdesk/x.csv")]
PATHS = st.one_of(
    st.tuples(SHORT_TEXT, _SUFFIXES).map(lambda pair: _inside(pair[0] + pair[1])),
    TEXT.map(_inside),
    st.sampled_from(_ODD),
    st.tuples(_SUFFIXES, _CONTENT).map(_written),
).flatmap(lambda path: st.sampled_from([path, str(path)]))

# What a disk can answer: every error number, and the ValueErrors a name gives before it reaches the disk.
OS_ERRORS = st.one_of(
    st.builds(lambda code, name: OSError(code, os.strerror(code), name),
              st.sampled_from(sorted(errno.errorcode)), SHORT_TEXT),
    st.builds(OSError, SHORT_TEXT), st.just(PermissionError(errno.EACCES, "Permission denied")),
    st.sampled_from([ValueError("embedded null byte"), UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates")]))

# -- sheets --------------------------------------------------------------------------------------------------------


def _cells(tame: bool):
    if tame:
        return st.one_of(SHORT_TEXT, KEPT_DAYS, st.integers(0, 40), st.booleans(), st.sampled_from(
            ["Ann Jones", "Jones, Ann", "Dyfnant CVC", "15/01/2027", "15 Jan 2027", "yes", "Cyngor", "VCS", ""]))
    # What read_sheet gives, but with the text as typed: it is the import's own cleaning that is fuzzed.
    return st.one_of(st.integers(0, 24).flatmap(lambda k: BIG_TEXT if k == 0 else SHORT_TEXT), DAYS,
                     st.datetimes(), st.integers(), st.floats(allow_nan=False, allow_infinity=False), st.booleans())


@st.composite
def _sheet(draw, tame: bool) -> Sheet:
    """Title rows, then a header of a kind's real labels (some left out, in any order, now and then one of another
    kind's), then rows under it: so the rows are read, and the cells are anything at all."""
    kind = draw(st.sampled_from(list(ImportKind)))
    labels = [field.label for field in import_fields(kind)]
    header = draw(st.lists(st.sampled_from(labels), unique=True, min_size=1, max_size=len(labels)))
    header += draw(st.lists(SHORT_TEXT, max_size=1 if tame else 2))
    width = len(header)
    cells = _cells(tame)
    titles = draw(st.lists(st.lists(cells, min_size=width, max_size=width), max_size=2))
    body = draw(st.lists(st.lists(cells, min_size=width, max_size=width), max_size=6))
    rows = tuple(tuple(row) for row in [*titles, header, *body])
    text = SHORT_TEXT if tame else TEXT
    return Sheet(draw(text), draw(text), tuple(draw(st.lists(text, max_size=3))), rows)


def sheets(tame: bool):
    return _sheet(tame)


@dataclass(frozen=True)
class MatchingRecipe:
    """guess_matching of the call's sheet (or of rows of its own, for a call with none), then the person's changes
    in the import window: (column, field key) each, a column beyond the sheet's taken round its width."""
    rows: tuple
    changes: tuple[tuple[int, str | None], ...]
    no_header: bool


def matchings(tame: bool):
    keys = sorted({field.key for kind in ImportKind for field in import_fields(kind)})
    return st.builds(MatchingRecipe, sheets(tame).map(lambda sheet: sheet.rows),
                     st.lists(st.tuples(st.integers(0, 40), st.one_of(st.none(), st.sampled_from(keys))),
                              max_size=3).map(tuple), st.booleans() if not tame else st.just(False))


@dataclass(frozen=True)
class AnswersRecipe:
    """The answers to the import's questions: each text in the sheet meaning an organisation held (an id, now and
    then one not held) or a new one (None), and typed names no question asked."""
    ids: tuple[int | None, ...]
    others: dict


def answers(ids):
    return st.builds(AnswersRecipe, st.lists(st.one_of(st.none(), ids), min_size=1, max_size=4).map(tuple),
                     st.dictionaries(SHORT_TEXT, st.one_of(st.none(), ids), max_size=3))


def _matching(recipe: MatchingRecipe, arguments: dict) -> Matching:
    sheet = arguments.get("sheet")
    rows = sheet.rows if isinstance(sheet, Sheet) else recipe.rows
    matching = guess_matching(rows, arguments.get("kind") or ImportKind.PEOPLE)
    if recipe.no_header:
        matching = Matching(-1, matching.columns)
    for column, key in recipe.changes:
        if matching.columns:
            matching = with_column(matching, column % len(matching.columns), key)
    return matching


def _answers(recipe: AnswersRecipe, arguments: dict) -> dict:
    sheet = arguments.get("sheet")
    texts = [cell for row in (sheet.rows if isinstance(sheet, Sheet) else ()) for cell in row if isinstance(cell, str)]
    found = {text: recipe.ids[index % len(recipe.ids)] for index, text in enumerate(texts)}
    return {**recipe.others, **found}


def tied(arguments: dict) -> dict:
    """The call's arguments with each recipe made from the sheet drawn with it."""
    return {name: (_matching(value, arguments) if isinstance(value, MatchingRecipe) else
                   _answers(value, arguments) if isinstance(value, AnswersRecipe) else value)
            for name, value in arguments.items()}

