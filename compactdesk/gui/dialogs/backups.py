"""File ▸ Restore from backup: the store's backups with their dates, sizes and counts; one is chosen.

The dialog only chooses. The window closes the store, restores (store/backup.py, which backs
the store up first) and opens it again.
"""

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QPushButton, QWidget

from compactdesk.domain.dates import uk_date
from compactdesk.gui.forms.ui_restore_dialog import Ui_RestoreDialog
from compactdesk.gui.table_model import Column, RowFilter, RowModel
from compactdesk.gui.tables import EnterOpens, select_key, selected_key
from compactdesk.i18n import QT_TRANSLATE_NOOP
from compactdesk.store import migrate
from compactdesk.store.backup import (
    BEFORE_RESTORE,
    BEFORE_UPGRADE,
    DAILY,
    ON_DEMAND,
    BackupInfo,
    backup_folder,
    list_backups,
)

BACKUP_FILTER = QT_TRANSLATE_NOOP("RestoreDialog", "CompactDesk group files and backups (*.cdstore);;All files (*)")


def restorable(info: BackupInfo) -> bool:
    return info.sound and info.schema is not None and info.schema <= migrate.schema_number(migrate.head_revision())


class RestoreDialog(QDialog):
    def __init__(self, store_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        self.store_path = store_path
        self.chosen: Path | None = None
        self.ui.intro.setText(self.tr(
            "Choose the backup to bring back. Everything typed since it was made is replaced, but not lost: "
            "this group's file as it is now is backed up first, so you can come back to it the same way."))
        folder = backup_folder(store_path)
        self.ui.folder.setText(self.tr("Backups are kept in {folder}").format(folder=folder))
        self.model = RowModel(self._columns(), key=lambda info: str(info.path), parent=self)
        self.proxy = RowFilter(self.model, self)
        table = self.ui.backups
        table.setModel(self.proxy)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        for column, width in enumerate((210, 150, 80, 80, 80, 80, 120)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.restore_button: QPushButton = self.ui.buttons.addButton(self.tr("&Restore this backup"),
                                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.chooseFile.clicked.connect(self._choose_file)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        EnterOpens(table, self.accept)
        self.backups = list_backups(store_path)
        self.model.set_rows(self.backups)
        first = next((info for info in self.backups if restorable(info)), None)
        if first is not None:
            select_key(table, str(first.path))
        if not self.backups:
            self.ui.intro.setText(self.tr(
                "There are no backups of {name} in its backup folder yet. CompactDesk makes one the first time the "
                "file is opened each day, and File ▸ Back up now makes one at once. A backup kept elsewhere can be "
                "chosen with “Choose a backup file…”.").format(name=store_path.name))
        self._update()

    def _columns(self) -> list[Column[BackupInfo]]:
        locale = QLocale()

        def count(value: int | None) -> str:
            return "" if value is None else locale.toString(value)

        return [
            Column(self.tr("Made"), lambda i: f"{uk_date(i.made_at.date())}, {i.made_at:%H:%M}",
                   sort=lambda i: i.made_at),
            Column(self.tr("Why"), lambda i: self.reason_text(i.reason), tooltip=lambda i: i.path.name),
            Column(self.tr("Size"), lambda i: locale.formattedDataSize(i.size), sort=lambda i: i.size, right=True),
            Column(self.tr("Meetings"), lambda i: count(i.meetings), sort=lambda i: i.meetings or 0, right=True),
            Column(self.tr("Targets"), lambda i: count(i.targets), sort=lambda i: i.targets or 0, right=True),
            Column(self.tr("Feedback"), lambda i: count(i.feedback), sort=lambda i: i.feedback or 0, right=True),
            Column(self.tr("State"), self.state_text, tone=lambda i: None if restorable(i) else "urgent"),
        ]

    def reason_text(self, reason: str) -> str:
        if reason.startswith(BEFORE_UPGRADE):
            return self.tr("Before an upgrade")
        return {DAILY: self.tr("Daily"), ON_DEMAND: self.tr("Made by hand"),
                BEFORE_RESTORE: self.tr("Before a restore")}.get(reason, reason)

    def state_text(self, info: BackupInfo) -> str:
        if not info.sound:
            return self.tr("Damaged: cannot be used")
        if not restorable(info):
            return self.tr("From a newer CompactDesk")
        return self.tr("Good")

    def current(self) -> BackupInfo | None:
        key = selected_key(self.ui.backups)
        return next((info for info in self.backups if str(info.path) == key), None)

    def _update(self) -> None:
        info = self.current()
        self.restore_button.setEnabled(info is not None and restorable(info))

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup"), str(backup_folder(self.store_path)),
                                              self.tr(BACKUP_FILTER))
        if name:
            self.chosen = Path(name)
            super().accept()  # the restore itself checks the file and says why if it will not do

    def accept(self) -> None:
        info = self.current()
        if info is None or not restorable(info):
            return
        self.chosen = info.path
        super().accept()

    def sizeHint(self):
        hint = super().sizeHint()
        hint.setWidth(max(hint.width(), 860))
        return hint
