"""People ▸ Erase this person…: the warning, and every mention of their names for the secretary to confirm.

The dialog only asks. The page runs the erase (services/personal.py erase_person) with the ids of the ticked
mentions; mentions by full name are always replaced, so their boxes are ticked and cannot be unticked.
"""

import html
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from compactdesk.i18n import translate
from compactdesk.services.mentions import Mention, MentionKind

REPLACE, FOUND_AS, WHERE, EXCERPT = range(4)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SPAN_ROLE = Qt.ItemDataRole.UserRole + 2  # (start, end) of the mention in the excerpt


class ExcerptDelegate(QStyledItemDelegate):
    """The words around a mention with the mention in bold, wrapped to the column."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        words = index.data() or ""
        start, end = index.data(SPAN_ROLE) or (0, 0)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(3)
        document.setHtml(html.escape(words[:start]) + "<b>" + html.escape(words[start:end]) + "</b>"
                         + html.escape(words[end:]))
        document.setTextWidth(max(option.rect.width(), 60))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""  # the background and selection as usual; the words drawn below
        style = item.widget.style() if item.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.save()
        painter.translate(option.rect.left(), option.rect.top()
                          + max(0, (option.rect.height() - document.size().height()) / 2))
        painter.setClipRect(0, 0, option.rect.width(), option.rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()))


class MentionTable(QTableWidget):
    """Space ticks or unticks the current row's mention, wherever in the row the cursor is."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        box = self.item(self.currentRow(), REPLACE) if self.currentRow() >= 0 else None
        if event.key() == Qt.Key.Key_Space and box is not None and box.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            box.setCheckState(Qt.CheckState.Unchecked if box.checkState() == Qt.CheckState.Checked
                              else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)


class EraseDialog(QDialog):
    def __init__(self, name: str, mentions: Sequence[Mention], neutral: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("eraseDialog")
        # Those to decide on first; mentions by full name (always replaced) after them; each in the store's order.
        self.name, self.neutral = name, neutral
        self.mentions = sorted(mentions, key=lambda mention: mention.kind is MentionKind.FULL_NAME)
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning, None, self).pixmap(size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.question = QLabel(self)
        font = QFont(self.question.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.question.setFont(font)
        self.question.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.found = QLabel(self)
        self.found.setWordWrap(True)
        self.how = QLabel(self)
        self.how.setWordWrap(True)
        self.table = MentionTable(0, 4, self)
        self.table.setObjectName("mentionsTable")
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(REPLACE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FOUND_AS, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(WHERE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(EXCERPT, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(EXCERPT, ExcerptDelegate(self.table))
        self._rows_later = QTimer(self, singleShot=True, interval=0)  # wrapped words fit again after a resize
        self._rows_later.timeout.connect(self._fit_rows)
        header.sectionResized.connect(lambda *_: self._rows_later.start())
        self.count = QLabel(self)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button: QPushButton = self.buttons.addButton(self.tr("&Erase"),
                                                               QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)  # Enter does not erase
        self.erase_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.addWidget(self.question)
        words.addWidget(self.warning)
        top.addLayout(words, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(6)
        layout.addWidget(self.found)
        layout.addWidget(self.how)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)

        self._fill()
        self.retranslate()
        self.table.itemChanged.connect(lambda *_: self._count())
        self._fit_to_screen()
        self.cancel_button.setFocus()

    # -- what the page asks ---------------------------------------------------------------------------------------

    def chosen_ids(self) -> list[str]:
        """The ids of the mentions ticked to be replaced (those by full name included)."""
        return [item.data(ID_ROLE) for item in self._boxes() if item.checkState() == Qt.CheckState.Checked]

    def set_replaced(self, mention_id: str, replace: bool) -> None:
        for item in self._boxes():
            if item.data(ID_ROLE) == mention_id and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(Qt.CheckState.Checked if replace else Qt.CheckState.Unchecked)

    # -- building -------------------------------------------------------------------------------------------------

    def _boxes(self) -> list[QTableWidgetItem]:
        return [self.table.item(row, REPLACE) for row in range(self.table.rowCount())]

    def _fill(self) -> None:
        self.table.setRowCount(len(self.mentions))
        for row, mention in enumerate(self.mentions):
            box = QTableWidgetItem(" ".join(mention.text.split()))
            box.setData(ID_ROLE, mention.id)
            always = mention.kind is MentionKind.FULL_NAME
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            box.setFlags(flags if always else flags | Qt.ItemFlag.ItemIsUserCheckable)
            box.setCheckState(Qt.CheckState.Checked if always or mention.suggested else Qt.CheckState.Unchecked)
            self.table.setItem(row, REPLACE, box)
            for column, value in ((FOUND_AS, mention.kind.label()), (WHERE, mention.place),
                                  (EXCERPT, mention.excerpt)):
                item = QTableWidgetItem(value)
                item.setFlags(flags)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
            self.table.item(row, EXCERPT).setData(SPAN_ROLE, (mention.excerpt_start, mention.excerpt_end))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Erase a person"))
        self.question.setText(self.tr("Erase {name}?").format(name=self.name))
        self.warning.setText(self.tr(
            "Their name is replaced by “Former member” everywhere, past minutes included, and their role, email, "
            "phone, address and notes are cleared. Their attendance, seats, targets and feedback stay, so the "
            "group's records and figures do not change.\n\nCtrl+Z takes this back until CompactDesk is closed. "
            "Backups made before now still hold their details until the rotation removes them (within a year): "
            "do not restore one of those without erasing them again."))
        self.erase_button.setText(self.tr("&Erase"))
        self.table.setHorizontalHeaderLabels([self.tr("Replace"), self.tr("Found as"), self.tr("Where"),
                                              self.tr("In the text")])
        count = len(self.mentions)
        if count:
            found = translate("EraseDialog", "Their names are written in the records %n time(s):", None, count)
            self.found.setText(found)
            self.how.setText(self.tr("Each ticked mention is replaced with “{neutral}”. Untick any that is about "
                                     "someone else.").format(neutral=self.neutral))
        else:
            self.found.setText(self.tr("Their names are not written anywhere else in the records."))
        for row, mention in enumerate(self.mentions):
            box = self.table.item(row, REPLACE)
            box.setToolTip(self.tr("The full name is always replaced.") if mention.kind is MentionKind.FULL_NAME
                           else self.tr("Ticked: replaced with “{neutral}”. Untick it if this is someone else.")
                           .format(neutral=self.neutral))
            self.table.item(row, FOUND_AS).setText(self.tr("{kind} (always replaced)").format(kind=mention.kind.label())
                                                   if mention.kind is MentionKind.FULL_NAME else mention.kind.label())
        for widget in (self.how, self.table, self.count):
            widget.setVisible(bool(self.mentions))
        self._count()

    def _count(self) -> None:
        chosen = len(self.chosen_ids())
        self.count.setText(self.tr("%n of them will be replaced.", "", chosen))

    def _fit_to_screen(self) -> None:
        """As wide as the words want, within the screen (1024×768, or 1366×768 at 125%)."""
        screen = (self.parentWidget() or self).screen().availableGeometry()
        width = min(820, screen.width() - 40)
        header = self.table.horizontalHeader()
        header.resizeSection(FOUND_AS, max(110, width // 7))
        header.resizeSection(WHERE, max(170, width * 3 // 10))
        self.resize(width, min(640 if self.mentions else self.sizeHint().height(), screen.height() - 50))
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Each row as tall as its wrapped words, with a little room above and below."""
        self.table.resizeRowsToContents()
        for row in range(self.table.rowCount()):
            self.table.setRowHeight(row, self.table.rowHeight(row) + 6)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
