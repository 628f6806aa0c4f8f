"""Why a store could not be opened, in words a secretary can act on."""

from pathlib import Path

from compactdesk.i18n import translate


class StoreError(Exception):
    def __init__(self, path: Path, message: str):
        super().__init__(message)
        self.path = path
        self.message = message

    def __str__(self) -> str:
        return self.message


class StoreMissingError(StoreError):
    pass


class NotAStoreError(StoreError):
    pass


class NewerStoreError(StoreError):
    pass


class StoreInUseError(StoreError):
    pass


class DamagedStoreError(StoreError):
    """SQLite's own check of the store found problems; `problems` lists them as SQLite put them."""

    def __init__(self, path: Path, message: str, problems: list[str]):
        super().__init__(path, message)
        self.problems = problems


def damaged(path: Path, problems: list[str]) -> DamagedStoreError:
    # SQLite reports page by page; a person needs the first line and how many more there are.
    first = problems[0].splitlines()[-1].rstrip(".") if problems else ""
    count = len(problems)
    return DamagedStoreError(path, translate(
        "Store",
        "{name} is damaged: a check of the file found %n problem(s), the first being “{first}”. "
        "CompactDesk has not changed it. Restore its newest good backup, or open it as it is to read what can "
        "still be read.", None, count,
    ).format(name=path.name, first=first[:160]), problems)


def not_a_store(path: Path, reason: str) -> NotAStoreError:
    return NotAStoreError(path, translate(
        "Store",
        "{name} is not a CompactDesk group file: {reason} CompactDesk has not changed it. "
        "Choose the .cdstore file that holds your group's records, or start a new group (File ▸ New group…).",
    ).format(name=path.name, reason=reason))


class StoreUnavailableError(StoreError):
    """The store file cannot be written (or reached) right now; what was saved before is safe.

    `kind` says why, for the GUI to pick its banner: "read-only", "full", "gone" or "io".
    """

    KINDS = ("read-only", "full", "gone", "io")

    def __init__(self, path: Path, kind: str, message: str):
        if kind not in self.KINDS:
            raise ValueError(f"unknown kind {kind!r}")
        super().__init__(path, message)
        self.kind = kind


def unavailable(path: Path, kind: str, *, on_open: bool = False) -> StoreUnavailableError:
    """The error for a store that cannot be written: what happened and what to do, naming the file."""
    lost = (translate("Store", "Nothing was changed.") if on_open
            else translate("Store", "Your last change was not saved."))
    if kind == "full" and on_open:
        text = translate(
            "Store",
            "The disk that holds {name} is full, so CompactDesk cannot open it safely. Nothing was changed. "
            "Free some space (empty the recycle bin, delete large files), then open it again.")
    elif kind == "full":
        text = translate(
            "Store",
            "The disk that holds {name} is full, so your last change was not saved. Free some space (empty the "
            "recycle bin, delete large files), then try again; everything saved before is safe.")
    elif kind == "read-only":
        text = translate(
            "Store",
            "{name} cannot be written to: the file or its folder is read-only (or the USB stick is locked). "
            "{lost} Make it writable (unlock the stick, or change the folder's permissions) and try again, or "
            "copy the file to your computer and open it from there (File ▸ Open a group…); everything saved "
            "before is safe.")
    elif kind == "gone":
        text = translate(
            "Store",
            "{name} can no longer be found at {path} — was the USB stick or network drive disconnected? "
            "Put it back; CompactDesk will carry on where you left off. {lost}")
    else:
        text = translate(
            "Store",
            "The disk that holds {name} reported an error while reading or writing it. {lost} Check that the "
            "USB stick or network drive is still connected, then try again; if it keeps happening, copy the "
            "file to your computer, open it from there (File ▸ Open a group…) and check it.")
    return StoreUnavailableError(path, kind, text.format(name=path.name, path=path, lost=lost))


def stranger(path: Path) -> StoreUnavailableError:
    """A different store now sits where ours was: never write into it."""
    return StoreUnavailableError(path, "gone", translate(
        "Store",
        "The file now at {path} is not the group's file CompactDesk had open (it may be another copy, or "
        "another group's file), so CompactDesk will not write to it. Your last change was not saved. Put the "
        "original file back, or open the file that is there now (File ▸ Open a group…).",
    ).format(path=path))
