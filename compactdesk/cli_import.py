"""`compactdesk import KIND FILE GROUP_FILE`: a spreadsheet's rows brought in without questions, and said row by row
(the window's File ▸ Import asks them instead; both go through services/importing.py)."""

from pathlib import Path

from compactdesk import cli
from compactdesk.domain.errors import ValidationError
from compactdesk.i18n import translate


def import_parser(commands) -> None:
    from compactdesk.domain.import_fields import ImportKind

    kinds = ", ".join(f"{kind.value} ({kind.label()})" for kind in ImportKind)
    bring = commands.add_parser(
        "import", help=translate("CLI", "bring people, organisations, seats, targets or feedback in from a "
                                        "spreadsheet (.xlsx, .xls, .ods or .csv)"),
        description=translate("CLI", "Import the rows of a spreadsheet into a group's file, without questions: "
                                     "columns are read by their headers (English or Welsh); people, organisations "
                                     "and the rest already held are matched, not added again; an organisation "
                                     "named slightly differently from one held is refused, to be chosen in the "
                                     "import window or written as held. Prints what was imported, what was "
                                     "matched and what was refused, with row numbers; exits with 1 when it "
                                     "refused anything. KIND is one of: {kinds}.").format(kinds=kinds))
    bring.add_argument("kind", choices=[kind.value for kind in ImportKind], metavar="KIND",
                       help=translate("CLI", "what the rows are: people, organisations, seats, targets or feedback"))
    bring.add_argument("file", type=Path, metavar="FILE",
                       help=translate("CLI", "the spreadsheet: .xlsx, .xls, .ods or .csv"))
    bring.add_argument("store", type=Path, metavar="GROUP_FILE",
                       help=translate("CLI", "the group's file to import into; it must exist already"))
    bring.add_argument("--sheet", metavar="NAME", help=translate(
        "CLI", "the sheet of the workbook to read (default: the first with anything in it)"))
    bring.add_argument("--today", help=translate(
        "CLI", "the day of the import (progress without a date is dated this day), a date such as 15/01/2027"))


def cmd_import(args) -> int:
    from compactdesk.domain.import_fields import ImportKind, guess_matching
    from compactdesk.services.importing import plan_import, run_import
    from compactdesk.services.spreadsheet import read_sheet

    today = cli.read_today(args.today)
    if not args.store.exists():  # an import never makes a group's file: a mistyped path would start an empty one
        raise cli.CommandError(translate("CLI", "{path} does not exist. Give the group's file to import into; "
                                            "make a new group in the window first.").format(path=args.store))
    kind = ImportKind(args.kind)
    sheet = read_sheet(args.file, args.sheet)
    matching = guess_matching(sheet.rows, kind)
    with cli.open_store(args.store) as store:
        try:
            result = store.run(run_import, sheet, kind, matching, today=today)
        except ValidationError:  # nothing could be imported: nothing was written; say why, row by row
            plan = store.run(plan_import, sheet, kind, matching, today=today)
            _print_refusals(sheet, kind, matching, plan.problems, plan.refused)
            return cli.EXIT_PROBLEM
    where = f"{sheet.file_name} ({sheet.name})" if sheet.name else sheet.file_name
    print(translate("CLI", "{file}, read as {kind}, header in row {row}.").format(
        file=where, kind=kind.label(), row=matching.header_row + 1))
    print(translate("CLI", "Imported %n row(s)", None, len(result.imported)) + (":" if result.imported else "."))
    for row, what in result.imported:
        print("  " + translate("CLI", "row {row}: {what}").format(row=row, what=what))
    print(translate("CLI", "Matched %n row(s) to records already held", None, len(result.matched))
          + (":" if result.matched else "."))
    for row, what in result.matched:
        print("  " + translate("CLI", "row {row}: {what}").format(row=row, what=what))
    refused = len({problem.row for problem in result.refused})
    print(translate("CLI", "Refused %n row(s)", None, refused) + (":" if refused else "."))
    for problem in result.refused:
        print("  " + problem.message)
    return cli.EXIT_PROBLEM if refused else 0


def _print_refusals(sheet, kind, matching, problems, rows: int) -> None:
    whole = [problem for problem in problems if problem.row is None]
    if whole:
        from compactdesk.domain.import_fields import import_fields, missing_required

        print(translate("CLI", "Nothing was imported from {file}:").format(file=sheet.file_name))
        for problem in whole:
            print("  " + problem.message)
        if missing_required(matching, kind):
            labels = ", ".join(field.label for field in import_fields(kind) if field.required)
            print(translate("CLI", "On the command line the columns are read by their headers: give the column the "
                                   "header shown ({labels}), or import the file in the window, where each column's "
                                   "meaning can be chosen.").format(labels=labels))
        return
    print(translate("CLI", "Refused %n row(s)", None, rows) + (":" if rows else "."))
    for problem in problems:
        print("  " + problem.message)
