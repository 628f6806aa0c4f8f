"""The papers attached to one agenda item: attach a file, save one back out, remove one.

The bytes live in the store itself, so a copied store file carries its papers with it.
"""

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from compactdesk.domain.dates import uk_date
from compactdesk.domain.errors import ValidationError
from compactdesk.gui.pages.meeting_parts import fit_columns, make_table, size_text
from compactdesk.gui.table_model import Column, RowFilter, RowModel
from compactdesk.gui.tables import select_key, selected_key
from compactdesk.gui.widgets import EmptyState
from compactdesk.gui.workbench import Workbench
from compactdesk.services import meetings
from compactdesk.services.meetings import AgendaRow, PaperRow


def write_atomically(target: Path, content: bytes) -> None:
    """Written beside the target and then renamed, so a failure never leaves half a file."""
    handle, temporary = tempfile.mkstemp(prefix=".compactdesk-", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class PapersPanel(QWidget):
    """Shows the papers of every item on the agenda, filtered to the chosen item."""

    def __init__(self, bench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.bench = bench
        self.item: AgendaRow | None = None
        self.changed: Callable[[], None] = lambda: None  # the agenda reloads (its paper counts) after a change

        self.model = RowModel(self._columns(), key=lambda row: row.paper_id, parent=self)
        self.proxy = RowFilter(self.model, self)
        self.proxy.set_predicate(lambda row: False)
        self.table, _ = make_table(self.model, self, "paperTable", self.proxy, opens=self.save_paper,
                                   accessible_name=self.tr("Papers for the selected item"))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        fit_columns(self.table, 0)
        self.empty = EmptyState(self.table)
        self.label = QLabel()
        self.label.setObjectName("agendaItemDetail")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.attach_button = QPushButton(self.tr("Atta&ch paper…"))
        self.attach_button.setToolTip(self.tr("Attach a file to the selected item; it is kept inside the group's file"))
        self.attach_button.clicked.connect(self.attach_paper)
        self.save_button = QPushButton(self.tr("&Save paper as…"))
        self.save_button.setToolTip(self.tr("Write the selected paper to a file (Enter or double-click)"))
        self.save_button.clicked.connect(self.save_paper)
        self.remove_button = QPushButton(self.tr("Rem&ove paper"))
        self.remove_button.setToolTip(self.tr("Remove the selected paper (Delete); Ctrl+Z takes it back"))
        self.remove_button.clicked.connect(self.remove_paper)
        buttons = QVBoxLayout()
        for button in (self.attach_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.empty, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row, 1)
        self.set_item(None)

    def _columns(self) -> list[Column[PaperRow]]:
        return [
            Column(self.tr("Paper"), lambda r: r.filename),
            Column(self.tr("Size"), lambda r: size_text(r.size), sort=lambda r: r.size, right=True),
            Column(self.tr("Added"), lambda r: uk_date(r.added_on), sort=lambda r: r.added_on.toordinal(),
                   value=lambda r: r.added_on),
        ]

    def set_rows(self, rows: list[PaperRow]) -> None:
        """Every paper of the meeting (one query); the chosen item's are shown."""
        selected = selected_key(self.table)
        self.model.set_rows(rows)
        select_key(self.table, selected)
        self.set_item(self.item)

    def set_item(self, item: AgendaRow | None) -> None:
        self.item = item
        item_id = item.item_id if item else None
        self.proxy.set_predicate(lambda paper: paper.item_id == item_id)
        if item is None:
            self.label.setText(self.tr("Choose an item to see its description and papers."))
            self.label.setToolTip("")
        else:
            description = " ".join(item.description.split())
            self.label.setText(self.tr("Papers for item {number}: {title}").format(
                number=item.number, title=item.title) + (f"\n{description[:300]}" if description else ""))
            self.label.setToolTip(item.description)
        self.empty.show_state(
            has_rows=False, visible_rows=self.proxy.rowCount(),
            empty_text=self.tr("No papers for this item. Attach one with “Attach paper…” (Alt+C).") if item
            else self.tr("No item chosen."))
        self._update_buttons()

    def _update_buttons(self, *_) -> None:
        self.attach_button.setEnabled(self.item is not None)
        has_paper = self.current_paper() is not None
        self.save_button.setEnabled(has_paper)
        self.remove_button.setEnabled(has_paper)

    def current_paper(self) -> PaperRow | None:
        return self.model.row_for(selected_key(self.table)) if self.item is not None else None

    # -- files ---------------------------------------------------------------------

    def choose_paper_file(self) -> str:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a paper"), str(Path.home()),
                                              self.tr("Papers (*.pdf *.docx *.doc *.odt *.rtf *.txt *.xlsx *.pptx);;"
                                                      "All files (*)"))
        return name

    def choose_save_path(self, filename: str) -> str:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save paper as"), str(Path.home() / filename))
        return name

    def attach_paper(self) -> None:
        item = self.item
        if item is None:
            return
        name = self.choose_paper_file()
        if not name:
            return
        path = Path(name)
        title = self.tr("Attach “{file}” to “{title}”").format(file=path.name, title=item.title)
        try:
            # The size first: a 2 GB video is refused before it is read into memory.
            meetings.check_paper_size(path.name, path.stat().st_size)
            content = path.read_bytes()
            paper = self.bench.perform(title, meetings.attach_paper, item.item_id, path.name, content,
                                       added_on=self.bench.today())
        except ValidationError as error:
            QMessageBox.warning(self, title, str(error))
            return
        except OSError as error:
            QMessageBox.warning(self, title, self.tr("CompactDesk could not read {file}: {reason}. Check that the "
                                                     "file is still there and you can open it.").format(
                file=path, reason=error.strerror or error))
            return
        self.changed()
        select_key(self.table, paper.id)

    def save_paper(self) -> None:
        paper = self.current_paper()
        if paper is None:
            return
        name = self.choose_save_path(paper.filename)
        if not name:
            return
        target = Path(name)
        try:
            write_atomically(target, self.bench.read(meetings.paper_content, paper.paper_id))
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Save paper as"), str(error))
            return
        except OSError as error:
            QMessageBox.warning(self, self.tr("Save paper as"), self.tr(
                "CompactDesk could not write {file}: {reason}. Choose another folder or name.").format(
                file=target, reason=error.strerror or error))
            return
        self.bench.message.emit(self.tr("Saved “{file}” to {path}.").format(file=paper.filename, path=target))

    def remove_paper(self) -> None:
        paper = self.current_paper()
        if paper is None:
            return
        text = self.tr("Remove paper “{file}”").format(file=paper.filename)
        try:
            self.bench.perform(text, meetings.remove_paper, paper.paper_id)
        except ValidationError as error:
            QMessageBox.warning(self, text, str(error))
            return
        self.changed()
