"""The command line's moves between a group's file and a shared server: `move SOURCE DESTINATION`, and
`backup` of a group on a server (`backup postgresql://…?group=… --to FOLDER`: its checked file and a handover).

A server's password is never asked here: it is typed into the address, kept in the system's keyring
(File ▸ Connect to a shared server… keeps it there), or found by libpq itself (PGPASSWORD, ~/.pgpass).
"""

import sys
from pathlib import Path

from compactdesk import cli
from compactdesk.i18n import translate
from compactdesk.store.address import ServerAddress, looks_like_server


def group_place(text: str) -> Path | str:
    """A command's GROUP: a server's address kept as it is typed (a path would fold its //), else a path."""
    return text if looks_like_server(text) else Path(text)


def move_parser(commands) -> None:
    move = commands.add_parser(
        "move", help=translate("CLI", "copy a group from its file to a shared server, or back to a file, and check "
                                      "the copy"),
        description=translate("CLI", "Copy every record and attached paper of a group to a new place and check the "
                                     "copy, table by table. SOURCE and DESTINATION are each a group's file or a "
                                     "server's address, postgresql://name@server/database?group=group_name (the "
                                     "group is made; leave out group= to name it after the compact). A file "
                                     "DESTINATION must not exist yet. The password comes from the system's keyring "
                                     "or PostgreSQL's own password file (~/.pgpass, PGPASSWORD). The SOURCE is left "
                                     "as it was."))
    move.add_argument("source", type=group_place, metavar="SOURCE")
    move.add_argument("destination", type=group_place, metavar="DESTINATION")


def _password(place) -> str | None:
    if not isinstance(place, str):
        return None
    from compactdesk.store.credentials import saved_password

    return saved_password(ServerAddress.parse(place))


def _with_own_password(place: Path | str) -> Path | ServerAddress:
    """A server's address carrying its own login's password (typed into it, else the keyring's; none lets libpq
    look in its password file): in a move between two servers each side logs in as itself."""
    if not isinstance(place, str):
        return place
    from dataclasses import replace

    from compactdesk.store.credentials import saved_password

    address = ServerAddress.parse(place)
    return replace(address, password=saved_password(address))


class _Steps:
    """Progress on stderr, every tenth of the way."""

    def __init__(self):
        self.said = -1

    def __call__(self, done: int, total: int, words: str) -> None:
        tenth = done * 10 // total if total else 0
        if tenth != self.said:
            self.said = tenth
            print(f"  {words}", file=sys.stderr, flush=True)


def cmd_move(args) -> int:
    from compactdesk.store.move import move

    report = move(_with_own_password(args.source), _with_own_password(args.destination), _Steps())
    print(report.text())
    print(translate("CLI", "Took {seconds} s.").format(seconds=f"{report.seconds:.1f}"))
    if report.address is not None:
        print(translate("CLI", "Open it with: compactdesk \"{address}\"").format(address=report.address.text()))
    if report.path is not None:
        _warn_if_shared(report.path)
    return 0


def cmd_server_backup(args) -> int:
    """`backup` given a server's address: the group's checked file and its handover, in a new folder."""
    from compactdesk.documents.group_export import export_group

    if args.to is None:
        raise cli.CommandError(translate("CLI", "A group on a server has no folder of its own: say where the backup "
                                                "goes with --to FOLDER."))
    made = export_group(args.store, args.to, cli.read_today(None), _Steps(), password=_password(args.store))
    print(translate("CLI", "Backed up the group {group} into {folder}:").format(
        group=made.moved.source, folder=made.folder))
    print("  " + translate("CLI", "{file}: the group's file, %n record(s), copied and checked", None,
                           made.moved.records).format(file=made.file.name))
    print("  " + translate("CLI", "{folder}: the handover, %n file(s) of papers and spreadsheets", None,
                           len(made.handover.written)).format(folder=made.handover.folder.name))
    for skipped in made.handover.skipped:
        print("  " + translate("CLI", "Not written: {what} ({why})").format(what=skipped.what, why=skipped.reason))
    print(translate("CLI", "To restore it, move the file back to the server as a new group:"))
    print(f'  compactdesk move "{made.file}" "{ServerAddress.parse(args.store).with_group(None).text()}"')
    return 0


def _warn_if_shared(path: Path) -> None:
    from compactdesk.store.network import network_warning

    if warning := network_warning(path):
        print(translate("CLI", "compactdesk: {message}").format(message=warning), file=sys.stderr)
