"""A line across the top of the window for a problem that lasts until it is put right.

KeePassXC shows save errors this way rather than in a storm of message boxes: the
work area stays usable, the words stay in view, and one button does the likely fix.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from compactdesk.gui import colours


class Banner(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("problemBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Its colours (colours.BANNER, amber, light or dark as the palette is) and its icon are set when it is
        # first shown: the window's start need not wait for them.
        self.icon = QLabel(self)
        self.text = QLabel(self)
        self.text.setObjectName("bannerText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action = QPushButton(self)
        self.action.setObjectName("bannerAction")
        self.close_button = QToolButton(self)
        self.close_button.setAutoRaise(True)
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Hide this message"))
        self.close_button.setAccessibleName(self.tr("Hide this message"))
        self.close_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 6, 6)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.action, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._slot: Callable[[], None] | None = None
        self.action.clicked.connect(self._act)
        self.hide()

    def show_problem(self, text: str, action_text: str | None = None,
                     action: Callable[[], None] | None = None) -> None:
        self.text.setText(text)
        self._slot = action
        self.action.setVisible(bool(action_text and action))
        if action_text:
            self.action.setText(action_text)
        self._colour()
        self.show()

    def _colour(self) -> None:
        from compactdesk.gui.icons import icon  # not at the start: the banner shows after it, if at all

        style = colours.banner_style()
        if style != self.styleSheet():  # a style sheet set changes the palette: only when it differs
            self.setStyleSheet(style)
            size = self.text.fontMetrics().height() + 6
            self.icon.setPixmap(icon("mdi6.alert-outline").pixmap(size, size))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.FontChange) and self.styleSheet():
            self.setStyleSheet("")  # made again for the new palette or text size
            self._colour()

    def clear(self) -> None:
        self._slot = None
        self.text.clear()
        self.hide()

    def _act(self) -> None:
        if self._slot is not None:
            self._slot()
