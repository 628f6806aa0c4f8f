"""One search across everything (issue 16): a box in the main toolbar, Ctrl+K from anywhere in the
window, and the results below it as you type, grouped by kind, the matched words in bold.

The results are a panel inside the window, not a popup window: a popup would take the keyboard
from the box while the person is still typing. Down moves from the box into the results (so a
screen reader follows), Up from the first result back; Enter opens the record where its page
shows it, Esc closes. The search itself is services/search.py, read through the workbench.
"""

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QAbstractTextDocumentLayout, QAction, QKeySequence, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from compactdesk.store.errors import StoreError

if TYPE_CHECKING:
    from compactdesk.gui.main_window import MainWindow
    from compactdesk.services.search import Group, Hit

HIT = Qt.ItemDataRole.UserRole  # a result row's Hit; headings and "more" lines hold none
DEBOUNCE_MS = 150  # typing faster than this searches once, when the person pauses
PER_KIND = 5
_PAD = 6


class _ResultDelegate(QStyledItemDelegate):
    """A result as its title over the words around the match, the match in bold, wrapped to the panel's width."""

    def __init__(self, view: QListWidget):
        super().__init__(view)
        self._view = view
        self._heights: dict[tuple[int, int], int] = {}  # (row, width): the view asks a hundred times a search

    def forget(self) -> None:
        """New results: the heights worked out for the old ones no longer hold."""
        self._heights.clear()

    def _document(self, index, width: int, colour) -> QTextDocument:
        hit: Hit = index.data(HIT)
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(self._view.font())
        document.setTextWidth(max(40, width))
        # Everything stored is escaped (hit.snippet_html escapes too): a title is never read as markup.
        words = hit.snippet_html() if hit.repeats_title() else f"{html.escape(hit.title)}<br>{hit.snippet_html()}"
        document.setHtml(f'<div style="color:{colour.name()}">{words}</div>')
        return document

    def _width(self) -> int:
        return self._view.viewport().width() - 2 * _PAD

    def sizeHint(self, option, index) -> QSize:
        if index.data(HIT) is None:
            hint = super().sizeHint(option, index)
            return QSize(hint.width(), hint.height() + _PAD)
        width = self._width()
        height = self._heights.get((index.row(), width))
        if height is None:
            document = self._document(index, width, option.palette.color(QPalette.ColorRole.Text))
            height = self._heights[index.row(), width] = int(document.size().height()) + 2 * _PAD
        return QSize(width, height)

    def paint(self, painter, option, index) -> None:
        if index.data(HIT) is None:
            super().paint(painter, option, index)
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = option.palette.color(role)
        rect: QRect = option.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        document = self._document(index, rect.width(), colour)
        painter.save()
        painter.translate(rect.topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, colour)
        document.documentLayout().draw(painter, context)
        painter.restore()


class ResultsPanel(QFrame):
    """The results, under the search box, inside the window."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.list = QListWidget()
        self.list.setObjectName("searchResultsList")
        self.list.setAccessibleName(self.tr("Search results"))
        self.delegate = _ResultDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.empty = QLabel()
        self.empty.setObjectName("searchNothingFound")
        self.empty.setWordWrap(True)
        self.empty.setMargin(8)
        self.hint = QLabel(self.tr("↓ ↑ move through the results · Enter opens · Esc closes"))
        self.hint.setObjectName("searchHint")
        self.hint.setWordWrap(True)
        self.hint.setMargin(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self.hide()

    def show_groups(self, groups: "list[Group]", typed: str) -> None:
        self.list.clear()
        self.list.setCurrentRow(-1)  # Enter opens the first of these results, not a row chosen among old ones
        self.delegate.forget()
        self.empty.setVisible(not groups)
        self.list.setVisible(bool(groups))
        self.hint.setVisible(bool(groups))  # nothing to move through
        self.empty.setText(self.tr("Nothing found for “{text}”. Try fewer words, or the start of a word.").format(
            text=typed.strip()))
        count = sum(len(group.hits) for group in groups)
        self.list.setAccessibleDescription(self.tr("Results: {count}, grouped by kind").format(count=count))
        for group in groups:
            heading = QListWidgetItem(group.label(), self.list)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # read out, never chosen
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            for hit in group.hits:
                words = hit.title if hit.repeats_title() else f"{hit.title} — {hit.snippet_text()}"
                item = QListWidgetItem(words, self.list)  # what a screen reader reads
                item.setData(HIT, hit)
                item.setToolTip(hit.snippet_text())
            if group.more:
                more = QListWidgetItem(self.tr("More in {kind}: type another word to narrow the search").format(
                    kind=group.label()), self.list)
                more.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = more.font()
                font.setItalic(True)
                more.setFont(font)

    def hit_rows(self) -> list[int]:
        return [row for row in range(self.list.count()) if self.list.item(row).data(HIT) is not None]

    def current_hit(self) -> "Hit | None":
        item = self.list.currentItem()
        return item.data(HIT) if item is not None else None

    def step(self, by: int) -> bool:
        """Moves to the next (by=1) or previous (-1) result, past headings; False at either end."""
        rows = self.hit_rows()
        current = self.list.currentRow()
        later = [row for row in rows if (row > current if by > 0 else row < current)]
        if not later or (current < 0 and by < 0):
            return False
        row = later[0] if by > 0 else later[-1]
        self.list.setCurrentRow(row)
        self.list.scrollToItem(self.list.item(row))
        if row == rows[0]:
            self.list.scrollToTop()  # the first group's heading too
        return True

    def wanted_height(self) -> int:
        if not self.list.count():
            return self.empty.heightForWidth(self.width() - 2) + 4
        hint = self.hint.heightForWidth(self.width() - 2) if self.width() > 2 else self.hint.sizeHint().height()
        rows = sum(self.list.sizeHintForRow(row) for row in range(self.list.count()))
        return rows + 2 * self.list.frameWidth() + hint + 4


class SearchEverything(QObject):
    """The box, its Ctrl+K action (`action`, for the Edit menu) and the results panel, for one window."""

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.box = QLineEdit()
        self.box.setObjectName("searchEverything")
        self.box.setPlaceholderText(self.tr("Search everything (Ctrl+K)"))
        self.box.setAccessibleName(self.tr("Search everything"))
        self.box.setAccessibleDescription(self.tr(
            "Finds meetings, targets, feedback, people, organisations, codes, consultations and disputes by their "
            "words. Results appear below as you type: Down moves to them, Enter opens one, Esc closes."))
        self.box.setClearButtonEnabled(True)
        self._fit_box()
        self.box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        icon_action = QAction(self.box)
        self.box.addAction(icon_action, QLineEdit.ActionPosition.LeadingPosition)
        window.icons.want(icon_action.setIcon, "mdi6.magnify")
        self.action = QAction(self.tr("Search e&verything…"), window)
        self.action.setShortcut(QKeySequence("Ctrl+K"))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setToolTip(self.tr("Search every meeting, target, feedback item, person and more (Ctrl+K)"))
        self.action.triggered.connect(self.start)
        self.panel = ResultsPanel(window)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run)
        self.box.textChanged.connect(lambda _: self.timer.start())
        self.box.returnPressed.connect(self.open_current)
        self.box.installEventFilter(self)
        self.panel.list.installEventFilter(self)
        self.panel.list.itemClicked.connect(lambda item: self.open_hit(item.data(HIT)))
        window.installEventFilter(self)
        # A bound method, not a lambda: disconnected when the menus are built again in another language.
        window.bench.changed.connect(self._store_changed)
        QApplication.instance().focusChanged.connect(self._focus_moved)
        self._typed = ""

    def _store_changed(self, _tables) -> None:
        if self.panel.isVisible():
            self.timer.start()

    def _fit_box(self) -> None:
        """Room for the words it shows when empty, at the text size in force (View ▸ Text size); where the
        toolbar is short of room, for "Search everything" at least, rather than going into its » menu."""
        metrics = self.box.fontMetrics()
        self.box.setMinimumWidth(metrics.horizontalAdvance(self.box.accessibleName()) + 3 * metrics.height())
        self.box.setMaximumWidth(max(metrics.horizontalAdvance(self.box.placeholderText()) + 3 * metrics.height(),
                                     metrics.averageCharWidth() * 40))

    def add_to(self, toolbar: QToolBar) -> None:
        """Puts the box at the toolbar's right-hand end."""
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.box)

    # -- searching ---------------------------------------------------------------------------------

    def start(self) -> None:
        """Ctrl+K: the cursor in the box, what it holds selected to type over, its results shown again."""
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()
        if self.box.text().strip():
            self.run()

    def run(self) -> None:
        from compactdesk.services.search import match_query, search

        self.timer.stop()
        typed = self.box.text()
        if match_query(typed) is None or self.window.bench.store is None:
            self.close()
            return
        try:
            groups = self.window.bench.read(search, typed, limit_per_kind=PER_KIND)
        except StoreError:  # the workbench has put it in the banner
            self.close()
            return
        self._typed = typed
        self.panel.show_groups(groups, typed)
        self.panel.show()  # first: a hidden list does not lay its rows out at the width they will have
        self.panel.raise_()
        self._place()

    def close(self) -> None:
        self.timer.stop()
        self.panel.hide()
        # The hidden list keeps its rows: a result chosen before must not be what a later Enter opens.
        self.panel.list.setCurrentRow(-1)

    def _place(self) -> None:
        window = self.window
        margin = 8
        top_left = self.box.mapTo(window, self.box.rect().bottomLeft())
        right = self.box.mapTo(window, self.box.rect().bottomRight()).x()
        width = min(max(self.box.width(), 560), window.width() - 2 * margin)
        left = max(margin, min(right - width, window.width() - margin - width))
        top = top_left.y() + 2
        bottom = window.height() - margin - (window.statusBar().height() if window.statusBar().isVisible() else 0)
        # Laid out at the most room first: how tall each result is depends on the width it wraps to.
        self.panel.setGeometry(left, top, width, bottom - top)
        self.panel.layout().activate()
        height = min(self.panel.wanted_height(), bottom - top)
        self.panel.setGeometry(left, top, width, height)

    # -- opening ----------------------------------------------------------------------------------

    def open_current(self) -> None:
        """Enter: the result chosen, or the first one when none is; nothing while no results are shown
        (an emptied box, or after Esc: the hidden list still holds the last search's rows)."""
        if not self.panel.isVisible():
            return
        hit = self.panel.current_hit()
        if hit is None:
            rows = self.panel.hit_rows()
            hit = self.panel.list.item(rows[0]).data(HIT) if rows else None
        if hit is not None:
            self.open_hit(hit)

    def open_hit(self, hit: "Hit | None") -> None:
        if hit is None:
            return
        self.close()
        self.window.show_record(hit.area, hit.record_id)  # "people/organisations": the page turns to its tab

    # -- the keyboard and the focus ----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.window:
            if self.panel.isVisible():
                self._place()
            return False
        if event.type() == QEvent.Type.FontChange and watched is self.box:
            self._fit_box()
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if watched is self.box:
            if key == Qt.Key.Key_Escape and self.panel.isVisible():
                self.close()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.panel.isVisible() and self.panel.hit_rows():
                self.panel.list.setCurrentRow(-1)
                self.panel.step(1)
                self.panel.list.setFocus(Qt.FocusReason.TabFocusReason)
                return True
            return False
        if watched is self.panel.list:
            return self._list_key(event)
        return False

    def _list_key(self, event) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            if not self.panel.step(1 if key == Qt.Key.Key_Down else -1) and key == Qt.Key.Key_Up:
                self.panel.list.setCurrentRow(-1)
                self.box.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_current()
            return True
        if key == Qt.Key.Key_Escape:
            self.close()
            self.box.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if event.text() and event.text().isprintable() or key == Qt.Key.Key_Backspace:
            # Typing on: the words go into the box, as if the cursor had never left it.
            self.box.setFocus(Qt.FocusReason.OtherFocusReason)
            self.box.deselect()
            QApplication.sendEvent(self.box, event.clone())
            return True
        return False

    def _focus_moved(self, _old: QWidget | None, now: QWidget | None) -> None:
        if not self.panel.isVisible() or now is None:
            return
        if now is self.box or now is self.panel or self.panel.isAncestorOf(now):
            return
        self.close()  # elsewhere in the window, or a dialog over it: the results would only be in the way
