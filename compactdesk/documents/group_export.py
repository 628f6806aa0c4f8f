"""A group's own export, for a group on a server (`compactdesk backup postgresql://…?group=… --to FOLDER`).

A server's group has no file to copy, so its backup is made of what the program can read back: the
group copied into a new group's file and checked (store/move.py), which is restored by moving it
back (`compactdesk move FILE postgresql://…`), and the handover (documents/handover.py) made from
that same file, so the papers and spreadsheets show exactly the records the file holds. Both go into
a new folder of their own, named after the group and the moment, inside the folder chosen.
"""

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from compactdesk.documents.files import ExportError, safe_name
from compactdesk.documents.handover import HandoverReport, export_everything
from compactdesk.i18n import translate
from compactdesk.store.address import ServerAddress, looks_like_server
from compactdesk.store.move import MoveReport, Progress, move

HANDOVER_FOLDER = "handover"


@dataclass(frozen=True)
class GroupExport:
    folder: Path  # the export's own folder
    file: Path  # the group's file, to restore from
    moved: MoveReport
    handover: HandoverReport


def export_group(source, chosen: Path, today: dt.date, progress: Progress | None = None, *,
                 now: dt.datetime | None = None, password: str | None = None,
                 language: str | None = None) -> GroupExport:
    """Writes the group at `source` (a server's address, a group open in a window, or a group's file) as a
    checked group's file and a handover, in a new folder inside `chosen`."""
    tell = progress or (lambda done, total, words: None)
    chosen = Path(chosen)
    if not chosen.is_dir():
        raise ExportError(translate("GroupExport", "The folder {folder} does not exist. Choose a folder that "
                                                   "does.").format(folder=chosen))
    now = now or dt.datetime.now()
    base = translate("GroupExport", "{group} backup {moment}")
    folder, number = None, 1
    name = _group_name(source)
    while folder is None or folder.exists():
        suffix = f" ({number})" if number > 1 else ""
        folder = chosen / (safe_name(base.format(group=name, moment=now.strftime("%Y-%m-%d %H%M")), 100) + suffix)
        number += 1
    try:
        folder.mkdir()
    except OSError as error:
        raise ExportError(translate("GroupExport", "CompactDesk cannot make a folder in {folder} ({reason}). "
                                                   "Choose another folder.").format(
            folder=chosen, reason=error.strerror or error)) from None
    file = folder / f"{safe_name(name, 80)}.cdstore"

    def copying(done: int, total: int, words: str) -> None:
        tell(done * 500 // max(total, 1), 1000, words)

    moved = move(source, file, copying, password=password)
    from compactdesk.store.open import open_store

    def handing_over(done: int, total: int, words: str) -> None:
        tell(500 + done * 500 // max(total, 1), 1000, words)

    with open_store(file, daily_backup=False) as store:
        handover = export_everything(store, folder / HANDOVER_FOLDER, today, handing_over, language)
    return GroupExport(folder, file, moved, handover)


def _group_name(source) -> str:
    if isinstance(source, str) and looks_like_server(source):
        source = ServerAddress.parse(source)
    named = getattr(source, "schema", None) or getattr(source, "group", None)
    return named or Path(getattr(source, "path", None) or str(source)).stem or "group"
