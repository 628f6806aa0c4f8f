"""A row of buttons that wraps onto another line when the window is too narrow for it (Qt's flow layout
example, written for our button rows): at 1024×768, or at 150% scaling, no button falls off the edge."""

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class FlowLayout(QLayout):
    """Lays its items left to right, starting a new line when the next one would not fit.

    `trailing` items (added with add_trailing) go to the right-hand end of the last line, as a button
    pushed right by a stretch would in a QHBoxLayout."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._trailing: set[int] = set()  # ids of the items kept at the right-hand end
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add_trailing(self, widget: QWidget) -> None:
        self.addWidget(widget)
        self._trailing.add(id(self._items[-1]))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self._trailing.discard(id(item))
            return item
        return None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return False  # ButtonRow sets its minimum height instead (see there)

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        # Wide enough for one line, so a roomy window keeps the row on one line.
        visible = self._visible()
        width = sum(item.sizeHint().width() for item in visible) + self._gap() * max(len(visible) - 1, 0)
        height = max((item.sizeHint().height() for item in visible), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _gap(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        return parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, parent)

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Places the items (when `move`) and returns the height they take at this width."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self._gap()
        lines: list[list[QLayoutItem]] = [[]]
        x = 0
        for item in self._visible():
            width = item.sizeHint().width()
            if lines[-1] and x + width > area.width():
                lines.append([])
                x = 0
            lines[-1].append(item)
            x += width + gap
        y = area.y()
        for line in lines:
            height = max((item.sizeHint().height() for item in line), default=0)
            if move:
                self._place(line, area, y, height, gap)
            y += height + gap
        return y - gap - area.y() + margins.top() + margins.bottom() if lines[0] else 0

    def _place(self, line: list[QLayoutItem], area: QRect, y: int, height: int, gap: int) -> None:
        leading = [item for item in line if id(item) not in self._trailing]
        trailing = [item for item in line if id(item) in self._trailing]
        x = area.x()
        for item in leading:
            size = item.sizeHint()
            item.setGeometry(QRect(QPoint(x, y), QSize(size.width(), height)))
            x += size.width() + gap
        x = area.right() + 1
        for item in reversed(trailing):
            size = item.sizeHint()
            x -= size.width()
            item.setGeometry(QRect(QPoint(x, y), QSize(size.width(), height)))
            x -= gap


class ButtonRow(QWidget):
    """A row of buttons that wraps when narrow; `trailing` ones sit at the right-hand end.

    It asks for the height its lines take at its width as a minimum height, not through heightForWidth:
    a scroll area holding a page that says heightForWidth gives every widget of the page its preferred
    height, and a page that fits at 1366×768 at 125% would scroll."""

    def __init__(self, buttons: list[QWidget], trailing: list[QWidget] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.flow = FlowLayout(self)
        for button in buttons:
            self.flow.addWidget(button)
        for button in trailing:
            self.flow.add_trailing(button)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        needed = self.flow.heightForWidth(self.width())
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)


def button_row(buttons: list[QWidget], trailing: list[QWidget] = ()) -> ButtonRow:
    return ButtonRow(buttons, trailing)
