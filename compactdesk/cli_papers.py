"""The command line's papers: `export PAPER GROUP_FILE --out FILE` and `export-all GROUP_FILE FOLDER`, in
English, Welsh or both (--lang en|cy|both; Welsh by default where the system speaks Welsh)."""

import argparse
import datetime as dt
from pathlib import Path

from compactdesk import catalogues, cli, i18n
from compactdesk.catalogues import system_language
from compactdesk.domain.errors import ValidationError
from compactdesk.i18n import translate


def export_parsers(commands) -> None:
    """`export` and `export-all`, each with --lang."""
    from compactdesk.documents.export import Paper

    export = commands.add_parser(
        "export", help=translate("CLI", "write a paper as Word (.docx) or PDF (.pdf)"),
        description=translate("CLI", "Write a paper. The file name's ending (.pdf or .docx) says which format; "
                                     "an existing file is only replaced once the new one is complete."))
    export.add_argument("paper", choices=[paper.value for paper in Paper])
    export.add_argument("store", type=cli.group_file, metavar="GROUP_FILE")
    export.add_argument("--out", type=Path, required=True, help=translate("CLI", "the file to write"))
    export.add_argument("--meeting", help=translate("CLI", "agenda, pack and minutes: the meeting's number, or next "
                                                           "or last (default: next for agendas, last for minutes)"))
    export.add_argument("--officer", help=translate("CLI", "feedback log and chase letters: only this officer"))
    export.add_argument("--each", action="store_true",
                        help=translate("CLI", "chase letters: one file per officer, named after --out"))
    export.add_argument("--by-partner", action="store_true",
                        help=translate("CLI", "action plan: group targets by partner instead of code area"))
    export.add_argument("--year", type=_year, help=translate(
        "CLI", "annual review: the year it covers, e.g. 2026 (default: this year from October, else last year)"))
    export.add_argument("--since", help=translate(
        "CLI", "feedback log and action plan: besides everything still open, what was answered, done or dropped "
               "since this day (such as 15/01/2027), or 'all' for everything (default: since the last formal "
               "meeting, or the last 3 months when there is none)"))
    export.add_argument("--large-print", action="store_true", help=translate("CLI", "16 pt type instead of 12 pt"))
    export.add_argument("--mark-issued", action="store_true", help=translate(
        "CLI", "agenda and pack: once the file is written, mark the meeting's agenda as issued"))
    export.add_argument("--today", help=translate("CLI", "the day the paper is dated, a date such as 15/01/2027"))
    _language_argument(export)
    everything = commands.add_parser(
        "export-all", help=translate("CLI", "write every paper of every year and a CSV of every kind of record"),
        description=translate("CLI", "Write a handover: every paper of every year, a CSV of every kind of record and "
                                     "the attached papers, into a new or empty folder (or one that holds an earlier "
                                     "handover, which is brought up to date)."))
    everything.add_argument("store", type=cli.group_file, metavar="GROUP_FILE")
    everything.add_argument("folder", type=Path)
    everything.add_argument("--today", help=translate("CLI", "the day the papers are dated, a date such as 15/01/2027"))
    _language_argument(everything)


def _language_argument(parser) -> None:
    from compactdesk.documents.export import LANGUAGES

    parser.add_argument("--lang", choices=LANGUAGES, default=system_language(), help=translate(
        "CLI", "the papers' language: en (English), cy (Cymraeg) or both (Welsh first) (default: cy when the "
               "system's language is Welsh, else en)"))


def speak_system_language() -> None:
    """Gives the command line its words: every language's catalogue, and Welsh when the system speaks it."""
    catalogues.load_all()
    if system_language() == i18n.WELSH:
        i18n.set_interface(i18n.WELSH)


def _since(text: str | None) -> dt.date | str | None:
    """--since as ExportRequest takes it: None, "all", or the day (checked before the store is opened)."""
    from compactdesk.domain.scope import EVERYTHING_WORD
    from compactdesk.services.common import as_date

    if text is None:
        return None  # what a meeting needs
    if text.strip().casefold() in (EVERYTHING_WORD, translate("CLI", "all")):
        return EVERYTHING_WORD
    try:
        return as_date(text, translate("CLI", "--since"), "since")
    except ValidationError as error:
        raise cli.CommandError(error.message) from None


def _year(text: str) -> int:
    try:
        year = int(text)
    except ValueError:
        year = 0
    if not 1900 <= year <= 2200:
        raise argparse.ArgumentTypeError(translate("CLI", "give the year as four digits, e.g. 2026"))
    return year


def cmd_export(args) -> int:
    from compactdesk.documents.export import ExportRequest, Paper, export
    from compactdesk.documents.papers.action_plan import GroupBy

    request = ExportRequest(Paper(args.paper), args.out, cli.read_today(args.today), meeting=args.meeting,
                            officer=args.officer, large_print=args.large_print, each_officer=args.each,
                            group_by=GroupBy.PARTNER if args.by_partner else GroupBy.CODE, year=args.year,
                            since=_since(args.since), language=args.lang)
    if args.mark_issued and request.paper not in (Paper.AGENDA, Paper.PACK):
        raise cli.CommandError(translate("CLI", "--mark-issued goes with the agenda or the agenda pack: it marks the "
                                                "agenda that has gone to the members."))
    with cli.open_store(args.store) as store:
        written = export(store, request)
        for path in written:
            print(translate("CLI", "Wrote {path}").format(path=path))
        if args.mark_issued:
            _mark_issued(store, request)
    return 0


def _mark_issued(store, request) -> None:
    from compactdesk.domain.dates import uk_long_date
    from compactdesk.services.issuing import issue_agenda
    from compactdesk.services.papers import choose_meeting

    def mark(session):
        return issue_agenda(session, choose_meeting(session, request.meeting, request.today, "next")).starts_at

    starts_at = store.run(mark)
    print(translate("CLI", "Marked the agenda for {day} as issued").format(day=uk_long_date(starts_at.date())))


def cmd_export_all(args) -> int:
    from compactdesk.documents.handover import export_everything

    with cli.open_store(args.store) as store:
        report = export_everything(store, args.folder, cli.read_today(args.today), language=args.lang)
    count = len(report.written)
    print(translate("CLI", "Wrote %n file(s) into {folder}", None, count).format(folder=report.folder))
    for skipped in report.skipped:
        print("  " + translate("CLI", "Not written: {what} ({why})").format(what=skipped.what, why=skipped.reason))
    return 0
