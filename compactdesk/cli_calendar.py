"""The command line's calendar: `calendar GROUP_FILE --out FILE.ics [--lang en|cy|both]` writes the group's
meetings and open deadlines as an iCalendar file (services/calendar.py)."""

from pathlib import Path

from compactdesk import cli
from compactdesk.catalogues import system_language
from compactdesk.i18n import translate


def calendar_parser(commands) -> None:
    calendar = commands.add_parser(
        "calendar", help=translate("CLI", "write the meetings and deadlines as a calendar file (.ics)"),
        description=translate("CLI", "Write the group's meetings and its open deadlines (feedback due, action plan "
                                     "targets, consultations closing, code reviews, funding notices) as an "
                                     "iCalendar file for Outlook, Google, Apple or Thunderbird. Importing a newer "
                                     "file updates the events already imported instead of adding them twice."))
    calendar.add_argument("store", type=cli.group_file, metavar="GROUP_FILE")
    calendar.add_argument("--out", type=Path, required=True, help=translate("CLI", "the file to write"))
    calendar.add_argument("--meeting", type=int, help=translate("CLI", "only this meeting, by its number"))
    calendar.add_argument("--lang", choices=("en", "cy", "both"), default=system_language(), help=translate(
        "CLI", "the calendar's language: en (English), cy (Cymraeg) or both (Welsh first) (default: cy when the "
               "system's language is Welsh, else en)"))
    calendar.add_argument("--today", help=translate("CLI", "the day to look from, a date such as 15/01/2027"))


def cmd_calendar(args) -> int:
    from compactdesk.documents.files import write_atomic
    from compactdesk.services.calendar import calendar_file

    today = cli.read_today(args.today)
    with cli.open_store(args.store) as store:
        made = store.run(lambda session: calendar_file(session, today, language=args.lang, meeting_id=args.meeting))
    write_atomic(args.out, made.data)
    print(translate("CLI", "Wrote %n event(s) to {path}", None, made.events).format(path=args.out))
    return 0
