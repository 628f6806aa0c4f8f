"""Minutes: what was said and decided under each item, and what it raised.

Typed text is never lost: it is saved with "Save minutes", and also whenever the
secretary leaves the item (another item, another meeting, another tab or area,
closing the window). A refresh while text is unsaved leaves the text alone; on a server,
the save is then checked against what the text was read from (a TextMark), so another
person's minutes that came in under the typing are not overwritten unseen, and the page
says they came.
"""

import logging
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from compactdesk.domain.errors import ValidationError
from compactdesk.gui import colours
from compactdesk.gui.live import TextMark, refused_words
from compactdesk.gui.pages.meeting_parts import MeetingTab, RecordList, fit_columns, make_table
from compactdesk.gui.table_model import Column, RowFilter, RowModel
from compactdesk.gui.tables import select_key, selected_key
from compactdesk.gui.widgets import EmptyState
from compactdesk.gui.workbench import Workbench
from compactdesk.services import meeting_records, meetings
from compactdesk.services.meetings import AgendaRow


class MinutesTab(MeetingTab):
    open_record = Signal(str, int)

    def __init__(self, bench: Workbench, parent: QWidget | None = None):
        super().__init__(bench, parent)
        self.item_id: int | None = None  # the item the editors hold
        self._raised_for: int | None = None  # the item whose actions and feedback are listed
        self._loaded = ("", "")  # the editors' text as last loaded or saved: unsaved when they differ
        self._loading = False
        self._mark = TextMark()  # what the editors' text was read after (a group on a server)
        self._rows_read = TextMark()  # what the items' rows were last read after: the text comes from them
        # The page puts off its refresh while this is entered (see commit); on its own, nothing to put off.
        self.hold_refresh: Callable[[], AbstractContextManager] = nullcontext
        self._text_store = bench.store  # the store the shown text belongs to
        bench.store_replaced.connect(self._store_replaced)

        self.model = RowModel(self._columns(), key=lambda row: row.item_id, parent=self)
        self.proxy = RowFilter(self.model, self)
        self.table, _ = make_table(self.model, self, "minutesItems", self.proxy,
                                   accessible_name=self.tr("Agenda items to minute"))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        fit_columns(self.table, 1)
        self.empty = EmptyState(self.table)

        self.heading = QLabel()
        self.heading.setObjectName("minutesHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.minutes = QPlainTextEdit()
        self.minutes.setObjectName("minutesText")
        self.minutes.setTabChangesFocus(True)
        self.minutes.setPlaceholderText(self.tr("What was reported and discussed under this item"))
        self.decisions = QPlainTextEdit()
        self.decisions.setObjectName("decisionsText")
        self.decisions.setTabChangesFocus(True)
        self.decisions.setPlaceholderText(self.tr("What the group agreed or decided, if anything"))
        minutes_label = QLabel(self.tr("Minute&s:"))
        minutes_label.setBuddy(self.minutes)
        decisions_label = QLabel(self.tr("Decisio&ns:"))
        decisions_label.setBuddy(self.decisions)
        self.minutes.textChanged.connect(self._text_changed)
        self.decisions.textChanged.connect(self._text_changed)

        self.save_button = QPushButton(self.tr("Save minutes"))
        self.save_button.setToolTip(self.tr("Save this item's minutes (Ctrl+S); they are also saved when you "
                                            "move to another item"))
        self.save_button.clicked.connect(self.save)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("minutesSaved")
        self.changed_label = QLabel(self.tr("Someone else has changed this item's minutes while you were typing. "
                                            "Saving tells you who, and saving again puts yours in their place."))
        self.changed_label.setObjectName("minutesChangedMeanwhile")
        self.changed_label.setWordWrap(True)
        colours.tint(self.changed_label, colours.URGENT)
        self.changed_label.hide()
        self.action_button = QPushButton(self.tr("Record an a&ction…"))
        self.action_button.setToolTip(self.tr("Add a target to the action plan, raised under this item"))
        self.action_button.clicked.connect(self.record_action)
        self.feedback_button = QPushButton(self.tr("Record feedback &owed…"))
        self.feedback_button.setToolTip(self.tr("Note an answer an officer owes the group, raised under this item"))
        self.feedback_button.clicked.connect(self.record_feedback)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.action_button)
        buttons.addWidget(self.feedback_button)

        self.raised = RecordList("raisedFromItem", show_raised=False,
                                 accessible_name=self.tr("Recorded from this item"))
        self.raised.open_record.connect(self.open_record)
        # Room for a couple of rows at the least, so the secretary sees what was just recorded; no more as a
        # minimum, or the meeting's tabs would crowd out the meetings list at 1366×768 at 125%.
        self.raised.setMinimumHeight(self.raised.table.verticalHeader().defaultSectionSize() * 2
                                     + self.raised.table.horizontalHeader().sizeHint().height())
        lines = self.fontMetrics().lineSpacing()
        self.minutes.setMinimumHeight(2 * lines + 8)  # a minimum only: it takes three quarters of any room over
        self.decisions.setMinimumHeight(2 * lines + 8)
        raised_label = QLabel(self.tr("Recorded from this item:"))

        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.heading)
        # Labels beside the boxes, not above them: two lines of height for the meetings list at 125%.
        texts = QGridLayout()
        texts.setContentsMargins(0, 0, 0, 0)
        top = Qt.AlignmentFlag.AlignTop
        texts.addWidget(minutes_label, 0, 0, top)
        texts.addWidget(self.minutes, 0, 1)
        texts.addWidget(decisions_label, 1, 0, top)
        texts.addWidget(self.decisions, 1, 1)
        texts.setRowStretch(0, 3)
        texts.setRowStretch(1, 1)
        editor_layout.addLayout(texts, 4)
        editor_layout.addWidget(self.changed_label)
        editor_layout.addLayout(buttons)
        editor_layout.addWidget(raised_label)
        editor_layout.addWidget(self.raised, 2)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("minutesSplitter")  # the key its dragged sizes are kept under (gui/splitters.py)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.empty)
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([320, 580])  # room for the items' titles as well as the editor
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._show_item(None)

    def _columns(self) -> list[Column[AgendaRow]]:
        return [
            Column(self.tr("No."), lambda r: str(r.number), sort=lambda r: r.position, right=True,
                   value=lambda r: r.number),
            Column(self.tr("Item"), lambda r: r.title, tooltip=lambda r: r.title),
            Column(self.tr("Minuted"), lambda r: self.tr("Yes") if r.minutes or r.decisions else self.tr("Not yet"),
                   tone=lambda r: None if r.minutes or r.decisions else "quiet"),
        ]

    # -- loading -----------------------------------------------------------------

    def set_meeting(self, meeting: meetings.MeetingRow | None, load: bool = True) -> None:
        """Shows `meeting`; read from the store now, or (load=False) when next refreshed.
        Words typed for another meeting are saved first."""
        changed = meeting is None or self.meeting is None or meeting.meeting_id != self.meeting.meeting_id
        if changed:
            self.commit()
        super().set_meeting(meeting, load)

    def refresh(self, keep: bool | None = None) -> None:
        """Reads the meeting's items; the item chosen stays chosen while it is the same meeting."""
        keep = self._begin_reading(keep)
        selected = (self.current_id() or self.item_id) if keep else None
        self._rows_read.note(self.bench.store)
        rows = self.bench.read(meetings.agenda_rows, self.meeting.meeting_id) if self.meeting else []
        self._loading = True
        try:
            self.model.set_rows(rows)
            if not select_key(self.table, selected) and rows:
                select_key(self.table, rows[0].item_id)
        finally:
            self._loading = False
        self.empty.show_state(has_rows=bool(rows), visible_rows=len(rows), empty_text=self.tr(
            "<h3>Nothing to minute yet</h3><p>Minutes are written item by item: add the items on the Agenda tab "
            "first.</p>"))
        self._show_item(self.current_id())

    def current_id(self) -> int | None:
        return selected_key(self.table)

    def _row(self, item_id: int | None) -> AgendaRow | None:
        return self.model.row_for(item_id)

    def _show_item(self, item_id: int | None) -> None:
        row = self._row(item_id)
        if row is None or item_id != self.item_id or not self.unsaved():
            # Unsaved words for the same item stay as typed; anything else shows the store's text.
            self.item_id = row.item_id if row else None
            self._set_text(self.minutes, row.minutes if row else "")
            self._set_text(self.decisions, row.decisions if row else "")
            self._loaded = (self.minutes.toPlainText(), self.decisions.toPlainText())
            self._text_store = self.bench.store
            self._mark.number = self._rows_read.number
            self.changed_label.hide()
        elif (row.minutes, row.decisions) == self._loaded:
            # Someone changed only the item's other columns (its presenter, its place on the agenda): the typing
            # still began from what is stored, so the save is checked from this read on.
            self._mark.number = self._rows_read.number
        elif self._mark.passed_by(self._rows_read.number):
            # Kept as typed, but the stored text is no longer what the typing began from: someone else's.
            self.changed_label.show()
        self.heading.setText(self.tr("Item {number}: {title}").format(number=row.number, title=row.title)
                             if row else self.tr("No item chosen"))
        for widget in (self.minutes, self.decisions, self.action_button, self.feedback_button):
            widget.setEnabled(row is not None)
        if row is None:
            self.raised.set_rows([], self.tr("Choose an item."))
        else:
            raised = self.bench.read(meeting_records.raised_from_item, row.item_id, self.bench.today())
            self.raised.set_rows(raised, self.tr(
                "Nothing recorded from this item yet. Use “Record an action…” or “Record feedback owed…”."),
                keep=row.item_id == self._raised_for)
        self._raised_for = row.item_id if row else None
        self._text_changed()

    @staticmethod
    def _set_text(editor: QPlainTextEdit, text: str) -> None:
        if editor.toPlainText() != text:  # setting the same text would move the cursor to the start
            editor.setPlainText(text)

    def _selection_changed(self, *_) -> None:
        if self._loading:
            return
        new = self.current_id()
        if new != self.item_id and not self.commit():
            # The store refused the text (too long): back to that item, with the words as typed. Later, not
            # here: changing the selection from inside its own change signal is asking for trouble.
            keep = self.item_id
            QTimer.singleShot(0, self, lambda: self._return_to(keep))
            return
        self._show_item(new)

    def _return_to(self, item_id: int | None) -> None:
        self._loading = True
        select_key(self.table, item_id)
        self._loading = False
        self._show_item(item_id)

    def _text_changed(self) -> None:
        unsaved = self.unsaved()
        self.save_button.setEnabled(unsaved)
        self.saved_label.setText(self.tr("Not saved yet") if unsaved else "")

    # -- saving ------------------------------------------------------------------

    def unsaved(self) -> bool:
        return self.item_id is not None and (self.minutes.toPlainText(), self.decisions.toPlainText()) != self._loaded

    def commit(self) -> bool:
        """Saves the shown item's text if it changed; False (with a message) when the store refuses it."""
        if not self.unsaved():
            return True
        item_id, row = self.item_id, self._row(self.item_id)
        minutes, decisions = self.minutes.toPlainText(), self.decisions.toPlainText()
        # Marked saved before the call: the refresh it sets off must not mistake the text for unsaved.
        before, self._loaded = self._loaded, (minutes, decisions)
        title = row.title if row else ""
        try:
            # Often called while a table is changing its selection: the refresh the write sets off waits
            # until that is over, so no table is rebuilt under its own feet.
            with self.hold_refresh():
                self.bench.perform(self.tr("Write the minutes of “{title}”").format(title=title),
                                   meetings.write_minutes, item_id, minutes, decisions, _since=self._mark)
        except ValidationError as error:
            self._loaded = before
            self._text_changed()
            QMessageBox.warning(self, self.tr("The minutes were not saved"), refused_words(error))
            return False
        self.changed_label.hide()
        self._text_changed()
        return True

    def _store_replaced(self) -> None:
        """Another store was opened: unsaved words go to the store they were typed for (still open
        while this runs), never into a record of the new one that happens to have the same number."""
        old, item_id = self._text_store, self.item_id
        texts = (self.minutes.toPlainText(), self.decisions.toPlainText())
        if self.unsaved() and old is not self.bench.store:
            try:  # the window asked the pages first (settle_pages); this is the last line against a silent overwrite
                if getattr(old, "is_server", False) and self._mark.number is not None:
                    old.run_since(self._mark.number, meetings.write_minutes, item_id, *texts)
                else:
                    old.run(meetings.write_minutes, item_id, *texts)
            except Exception:  # the old store may be unreadable by now; the new one must not suffer for it
                logging.getLogger(__name__).exception("minutes typed before another store was opened were lost")
        self.item_id, self.meeting = None, None
        self._loaded = ("", "")
        self._text_store = self.bench.store
        self._mark, self._rows_read = TextMark(), TextMark()
        self.changed_label.hide()

    def save(self) -> None:
        if self.commit():
            self.refresh()

    def hideEvent(self, event) -> None:
        # Another tab or area: what was typed is kept (a closing window asked first: MainWindow.settle_pages).
        self.commit()
        super().hideEvent(event)

    # -- what an item raises -----------------------------------------------------

    def _target_dialog(self, meeting_id: int, item_id: int):
        from compactdesk.gui.dialogs.target import TargetDialog

        return TargetDialog(self.bench, self, meeting_id=meeting_id, item_id=item_id)

    def _feedback_dialog(self, meeting_id: int, item_id: int):
        from compactdesk.gui.dialogs.feedback import FeedbackDialog

        return FeedbackDialog(self.bench, self, meeting_id=meeting_id, item_id=item_id)

    def record_action(self) -> None:
        self._record(self._target_dialog)

    def record_feedback(self) -> None:
        self._record(self._feedback_dialog)

    def _record(self, make_dialog) -> None:
        if self.meeting is None or self.item_id is None or not self.commit():
            return
        if make_dialog(self.meeting.meeting_id, self.item_id).exec():
            self.refresh()
