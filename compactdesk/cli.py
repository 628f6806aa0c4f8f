"""The command line: a thin face over the services.

A mistake is a message on stderr and a non-zero exit, never a traceback; a damaged
store, however it shows itself, is said to be damaged and its newest good backup named;
an unexpected failure writes its traceback to the log file and says where.
"""

import argparse
import datetime as dt
import errno
import sys
from pathlib import Path

from compactdesk import __version__, logs
from compactdesk.documents.files import ExportError
from compactdesk.domain.dates import uk_long_date
from compactdesk.domain.errors import ValidationError
from compactdesk.i18n import translate
from compactdesk.store.errors import DamagedStoreError, StoreError, damaged

EXIT_PROBLEM = 1  # the command ran and found something wrong (check)
EXIT_USAGE = 2  # the command could not do what was asked

COMMANDS = ("demo", "check", "attention", "search", "export", "export-all", "backup", "restore", "import", "calendar",
            "move")


class CommandError(Exception):
    pass


def group_file(text: str) -> Path | str:
    """A GROUP_FILE argument: a .cdstore file's path, or a shared server's address (postgresql://…) as typed."""
    from compactdesk.store.address import looks_like_server

    return text if looks_like_server(text) else Path(text)


def group_label(store: Path | str) -> str:
    """How a GROUP_FILE argument is named in what the command prints: a file's name, a server's group."""
    if isinstance(store, Path):
        return store.name
    from compactdesk.store.address import ServerAddress

    address = ServerAddress.parse(store)
    return f"{address.group or ''} — {address.display()}".strip(" —")


# The store's machinery (SQLAlchemy) loads when a command needs it: the window's start paints first.
def open_store(path: Path | str, **options):
    if isinstance(path, str):  # a group on a shared server: its password as store/credentials.py finds it
        from compactdesk.store import server
        from compactdesk.store.address import ServerAddress
        from compactdesk.store.credentials import saved_password

        address = ServerAddress.parse(path)
        return server.open_group(address, password=saved_password(address))
    from compactdesk.store.network import network_warning
    from compactdesk.store.open import open_store as opened

    store = opened(path, **options)
    if warning := network_warning(path):  # said once it has opened: a file that is not there needs no warning
        print(translate("CLI", "compactdesk: {message}").format(message=warning), file=sys.stderr)
    return store


def check_store(path: Path):
    from compactdesk.store.check import check_store as checked

    return checked(path)


def read_today(text: str | None) -> dt.date:
    from compactdesk.services.common import as_date

    if text is None:
        return dt.date.today()
    try:
        return as_date(text, translate("CLI", "--today"), "today")  # read as a date, then kept within the years
    except ValidationError as error:
        raise CommandError(error.message) from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="compactdesk",
        description=translate("CLI", "Run a local compact liaison group: members and seats, meetings, "
                                     "the action plan and the feedback officers owe."),
        epilog=translate("CLI", "Commands: demo PATH, check GROUP_FILE, attention GROUP_FILE, search GROUP_FILE "
                                "WORD…, export PAPER GROUP_FILE --out FILE, export-all GROUP_FILE FOLDER, "
                                "backup GROUP_FILE [--to DIR], restore GROUP_FILE BACKUP, import KIND FILE GROUP_FILE, "
                                "calendar GROUP_FILE --out FILE.ics. "
                                "A GROUP_FILE is the "
                                ".cdstore file that holds one group's records. "
                                "'compactdesk COMMAND --help' tells more."))
    parser.add_argument("--version", action="version", version=f"CompactDesk {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help=translate("CLI", "open the window on a fresh demo group (your own group's file is "
                                              "not touched)"))
    parser.add_argument("store", nargs="?", type=group_file, metavar="GROUP_FILE",
                        help=translate("CLI", "the group's file to open (default: your own, made on first run), or "
                                              "a group on a shared server: postgresql://name@server/database"
                                              "?group=…"))
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="compactdesk")
    commands = parser.add_subparsers(dest="command", required=True)
    demo = commands.add_parser("demo", help=translate("CLI", "write the demo group's file"))
    demo.add_argument("path", type=Path)
    demo.add_argument("--today", help=translate("CLI", "the day the demo is built around, a date such as 15/01/2027"))
    check = commands.add_parser("check", help=translate("CLI", "check that a group's file is sound, and its version"))
    check.add_argument("store", type=Path, metavar="GROUP_FILE")
    attention = commands.add_parser("attention", help=translate("CLI", "what needs the secretary's attention"))
    attention.add_argument("store", type=group_file, metavar="GROUP_FILE")
    attention.add_argument("--today", help=translate("CLI", "the day to look from, a date such as 15/01/2027"))
    search = commands.add_parser("search", help=translate("CLI", "find records by their words, in every kind "
                                                               "of record: meetings, minutes, targets, feedback…"))
    search.add_argument("store", type=group_file, metavar="GROUP_FILE")
    search.add_argument("words", nargs="+", metavar="WORD")
    search.add_argument("--limit", type=int, default=10, help=translate("CLI", "at most this many of each kind "
                                                                               "(default: 10)"))
    from compactdesk.cli_papers import export_parsers

    export_parsers(commands)
    backup = commands.add_parser(
        "backup", help=translate("CLI", "make a checked backup copy now (safe while the group's file is open)"))
    from compactdesk.cli_move import group_place, move_parser

    backup.add_argument("store", type=group_place, metavar="GROUP_FILE")  # or a server's group (cli_move)
    backup.add_argument("--to", type=Path, help=translate("CLI", "the folder for the copy (default: the group "
                                                                 "file's backups folder, kept in rotation)"))
    restore = commands.add_parser(
        "restore", help=translate("CLI", "put a backup in place of the group's file, after backing up the file "
                                         "as it is"))
    restore.add_argument("store", type=Path, metavar="GROUP_FILE")
    restore.add_argument("backup", type=Path)
    restore.add_argument("--other-group", action="store_true", help=translate(
        "CLI", "restore it even though the backup is of another group's file"))
    from compactdesk.cli_import import import_parser

    import_parser(commands)
    from compactdesk.cli_calendar import calendar_parser

    calendar_parser(commands)
    move_parser(commands)
    return parser


def cmd_demo(args) -> int:
    from compactdesk.demo import write_demo

    today = read_today(args.today)
    if args.path.exists():
        raise CommandError(translate("CLI", "{path} already exists; the demo will not overwrite it. "
                                            "Give a new file name.").format(path=args.path))
    write_demo(args.path, today)
    print(translate("CLI", "Wrote the demo group to {path}, as it stands on {day}.").format(
        path=args.path, day=uk_long_date(today)))
    return 0


def cmd_check(args) -> int:
    report = check_store(args.store)
    print(translate("CLI", "Group's file: {path}").format(path=report.path))
    print(translate("CLI", "Schema: {revision} (this version of CompactDesk writes {head})").format(
        revision=report.revision or "?", head=report.head))
    if report.needs_upgrade and report.revision:
        print(translate("CLI", "It will be upgraded, after a backup copy, the next time it is opened."))
    if report.sound:
        print(translate("CLI", "Integrity: sound."))
        if report.stale_indexes:  # derived from the records, so rebuilt rather than called damage
            print(translate("CLI", "The search index is out of step with the records; it is rebuilt the next "
                                   "time the file is opened."))
        return 0
    print(translate("CLI", "Integrity: PROBLEMS FOUND"))
    for problem in report.problems:
        print(f"  - {problem}")
    print(translate("CLI", "Do not make changes in this group's file; restore it from a backup copy."))
    print(translate("CLI", "compactdesk: {message}").format(message=damaged(report.path, report.problems)),
          file=sys.stderr)
    _offer_backup(report.path)
    return EXIT_PROBLEM


def cmd_attention(args) -> int:
    from compactdesk.services.attention import Area, attention

    today = read_today(args.today)
    with open_store(args.store) as store:
        result = store.run(attention, today)
    print(translate("CLI", "{group}: what needs attention on {day}").format(
        group=result.group_name or group_label(args.store), day=uk_long_date(today)))
    if result.store_is_empty:
        print(translate("CLI", "This group's file is empty. Open it in CompactDesk and start with the "
                               "compact's name, then the members and the next meeting."))
        return 0
    headings = {
        Area.FEEDBACK: translate("CLI", "Feedback overdue, oldest first"),
        Area.TARGETS: translate("CLI", "Action plan targets overdue or due soon"),
        Area.SEATS: translate("CLI", "Seats vacant or ending soon"),
        Area.MEETING: translate("CLI", "Next meeting"),
    }
    headings[None] = translate("CLI", "The compact's standards: reviews, consultations, funding notices, disputes")
    for area, heading in headings.items():
        items = result.section(area) if area is not None else result.standards_section()
        print()
        print(f"{heading} ({len(items)})" if area is not Area.MEETING else heading)
        if not items:
            print("  " + translate("CLI", "Nothing."))
        for item in items:
            print(f"  - {item.title}")
            print("    " + "; ".join(part for part in (item.how_long, item.detail) if part))
    return 0


def cmd_search(args) -> int:
    from compactdesk.services.search import search

    typed = " ".join(args.words) + " "  # typed whole: the last word is not a prefix still being typed
    with open_store(args.store) as store:
        groups = store.run(search, typed, limit_per_kind=max(1, args.limit))
    if not groups:
        print(translate("CLI", "Nothing found for “{text}”.").format(text=typed.strip()))
        return 0
    for group in groups:
        print(f"{group.label()} ({len(group.hits)}{'+' if group.more else ''})")
        for hit in group.hits:
            print(f"  - {hit.title}")
            if not hit.repeats_title():
                print(f"    {hit.snippet_text('*', '*')}")
        if group.more:
            print("  " + translate("CLI", "… and more: add a word, or give --limit"))
        print()
    return 0


def cmd_backup(args) -> int:
    from compactdesk.store.backup import ON_DEMAND, make_backup
    from compactdesk.store.header import check_header

    if not isinstance(args.store, Path):  # a group on a server: its own export (cli_move)
        from compactdesk.cli_move import cmd_server_backup

        return cmd_server_backup(args)

    check_header(args.store)  # a file that is not a store, or one of a newer version, is refused in words
    if args.to is not None and not args.to.exists():
        raise CommandError(translate("CLI", "The folder {folder} does not exist. Choose a folder that does.")
                           .format(folder=args.to))
    # No lock: the copy is made with SQLite's backup API, consistent while the window has the store
    # open; it is checked thoroughly, and a damaged store is said to be damaged (with its newest good backup).
    made = make_backup(args.store, ON_DEMAND, to=args.to)
    print(translate("CLI", "Backed up to {path} (checked: sound).").format(path=made))
    return 0


def cmd_restore(args) -> int:
    from compactdesk.store.backup import check_restorable, restore
    from compactdesk.store.identity import another_group

    check_restorable(args.store, args.backup)
    if not args.other_group and (reason := another_group(args.store, args.backup)):
        if not _confirm(translate("CLI", "{reason} Restore it all the same?").format(reason=reason)):
            raise CommandError(translate("CLI", "Not restored: {reason} If that is what you want, add --other-group.")
                               .format(reason=reason))
    safety = restore(args.store, args.backup)
    print(translate("CLI", "Restored {store} from {backup}.").format(store=args.store, backup=args.backup))
    if safety is not None:
        print(translate("CLI", "The group's file as it was is kept in {path}.").format(path=safety))
    return 0


def _cmd_import(args) -> int:
    from compactdesk.cli_import import cmd_import

    return cmd_import(args)


def _offer_backup(store: Path) -> None:
    from compactdesk.store.backup import newest_sound_backup

    newest = newest_sound_backup(store)
    if newest is None:
        print(translate("CLI", "There is no good backup of it beside it. Restore one kept elsewhere with: "
                               "compactdesk restore GROUP_FILE BACKUP"), file=sys.stderr)
        return
    print(translate("CLI", "Its newest good backup was made {when}. To bring it back (the damaged file is copied "
                           "beside its backups first):").format(when=f"{newest.made_at:%Y-%m-%d %H:%M}"),
          file=sys.stderr)
    print(f'  compactdesk restore "{store}" "{newest.path}"', file=sys.stderr)


def _confirm(question: str) -> bool:
    """Asks at a terminal; without one (a script, a scheduled task) the answer is no."""
    if not sys.stdin or not sys.stdin.isatty():
        return False
    answer = input(f"{question} [y/N] ")
    return answer.strip().lower() in (translate("CLI", "y"), translate("CLI", "yes"), "y", "yes")


def _run_gui(args) -> int:
    from compactdesk.gui.app import run

    return run(args.store, demo=args.demo)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    _utf8_output()
    logs.set_up()
    try:
        from compactdesk import cli_calendar, cli_move, cli_papers

        cli_papers.speak_system_language()  # before any word is translated, the parsers' help included
        if argv and argv[0] in COMMANDS:
            args = _command_parser().parse_args(argv)
            return {"demo": cmd_demo, "check": cmd_check, "attention": cmd_attention, "search": cmd_search,
                    "export": cli_papers.cmd_export, "export-all": cli_papers.cmd_export_all, "backup": cmd_backup,
                    "restore": cmd_restore, "import": _cmd_import,
                    "calendar": cli_calendar.cmd_calendar, "move": cli_move.cmd_move}[args.command](args)
        args = _parser().parse_args(argv)
        if args.demo and args.store:
            raise CommandError(translate("CLI", "Give either --demo or a group's file, not both."))
        return _run_gui(args)
    except DamagedStoreError as error:
        print(translate("CLI", "compactdesk: {message}").format(message=error), file=sys.stderr)
        _offer_backup(error.path)
        return EXIT_PROBLEM
    except (StoreError, ValidationError, CommandError, ExportError) as error:
        print(translate("CLI", "compactdesk: {message}").format(message=error), file=sys.stderr)
        return EXIT_USAGE
    except OSError as error:
        # A disk that cannot be written (read-only media, a full disk) or a file that is not there.
        print(translate("CLI", "compactdesk: {message}").format(message=_disk_words(error)), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Output piped into `head` or a closed pager: nothing is wrong.
        sys.stderr.close()
        return 0
    except Exception as error:
        where = logs.log_error("Unexpected error", error)
        print(translate("CLI", "compactdesk: something went wrong that CompactDesk did not expect. "
                               "Your group's file has not been changed by the failed step. Details are in {log}; "
                               "please send that file with a note of what you were doing.").format(log=where),
              file=sys.stderr)
        return 70


def _utf8_output() -> None:
    # Welsh and Polish letters must print even where the console defaults to ASCII.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="replace")
        except (AttributeError, ValueError):
            pass


def _disk_words(error: OSError) -> str:
    where = error.filename or ""
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return translate("CLI", "{where} cannot be written to: the disk, the folder or the file is read-only. "
                                "Choose a folder you can write to, or make it writable.").format(where=where)
    if error.errno == errno.ENOSPC:
        return translate("CLI", "The disk is full ({where}). Free some space, then try again.").format(where=where)
    return translate("CLI", "{where}: {reason}. Check the path, then try again.").format(
        where=where, reason=error.strerror or error)
