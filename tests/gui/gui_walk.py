"""A walk through the whole window for the tests that look at all of it (test_fits_screen, test_accessibility):
every page, every tab of it, with a record chosen so the detail panes show, and every dialog the pages open.

Dialogs are caught as they open: QDialog.exec is replaced by a visitor that looks at the dialog and returns
Rejected, so nothing modal blocks the run and the page goes on as if the person had cancelled. Message boxes
and file choosers answer "cancel" at once."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from compactdesk.gui.pages.columns import ColumnShare

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QPlainTextEdit, QTextEdit)
# Parts of a composite control, which the control itself stands for (a combo's line edit, a tab bar's arrows).
COMPOSITE = (QComboBox, QAbstractSpinBox, QTabBar, QScrollBar, QCalendarWidget, QLineEdit)


def is_part(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, COMPOSITE):
            return True
        if isinstance(parent, QAbstractItemView) and parent.viewport() is not widget:
            return True  # an editor or index widget inside a list is the list's
        parent = parent.parentWidget()
    return False


def controls(top: QWidget) -> list[QWidget]:
    """The visible interactive controls of a window or dialog, top to bottom."""
    found = [widget for widget in top.findChildren(QWidget)
             if isinstance(widget, INTERACTIVE) and widget.isVisibleTo(top) and widget.isVisible()
             and not is_part(widget, top) and widget.window() is top.window()]
    return sorted(found, key=lambda widget: (widget.mapTo(top, QPoint(0, 0)).y(), widget.mapTo(top, QPoint(0, 0)).x()))


def unreachable(widget: QWidget, top: QWidget, slack: int = 2) -> str | None:
    """Why the control cannot be reached in `top` (cut off by the window's edge or by a squeezed parent), or None.

    Each parent in turn must hold the control; a scroll area's viewport need not, when the control lies within
    the area's content: the area can scroll to it."""
    rect = QRect(QPoint(0, 0), widget.size())
    subject = widget  # what must lie within the next scroll area out: the control, or the inner area holding it
    child: QWidget = widget
    parent = widget.parentWidget()
    while child is not top and parent is not None:
        rect.translate(child.pos())
        area = parent.parentWidget()
        if isinstance(area, QScrollArea) and parent is area.viewport():
            content = area.widget()
            inner = QRect(subject.mapTo(content, QPoint(0, 0)), subject.size())
            if not content.rect().adjusted(-slack, -slack, slack, slack).contains(inner):
                return f"outside the scrolling content of {area.objectName() or type(area).__name__}"
            # Within the content, the area can scroll to it: from here out, the area stands for the control.
            subject, rect = area, QRect(QPoint(0, 0), area.size())
            child, parent = area, area.parentWidget()
            continue
        if not isinstance(parent, QAbstractScrollArea) or parent.viewport() is not child:
            bounds = QRect(QPoint(0, 0), parent.size()).adjusted(-slack, -slack, slack, slack)
            if not bounds.contains(rect):
                name = parent.objectName() or type(parent).__name__
                return f"at {rect.x()},{rect.y()} {rect.width()}×{rect.height()}, beyond {name} " \
                       f"({parent.width()}×{parent.height()})"
        child, parent = parent, parent.parentWidget()
    return None


def main_column(table: QTableView) -> int | None:
    """The table's main text column: the one its ColumnShare shares the width around, or else the one that
    stretches; None when it has neither."""
    share = table.findChild(ColumnShare)
    if share is not None:
        return share.main
    header = table.horizontalHeader()
    return next((column for column in range(header.count())
                 if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch), None)


def describe(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {text!r}".strip()


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _choose_rows(page: QWidget) -> None:
    """A record chosen in every list in view, so the detail panes show; a meeting with minutes, not an empty one."""
    for table in page.findChildren(QTableView):
        model = table.model()
        if not table.isVisible() or model is None or not model.rowCount() or table.selectionModel().hasSelection():
            continue
        table.selectRow(min(2, model.rowCount() - 1) if table.objectName() == "meetingsTable" else 0)
        settle()


def page_states(window) -> Iterator[tuple[str, QWidget]]:
    """Every page and every tab of it (the meeting's tabs too), with a record chosen: (label, page)."""
    for area in window.area_names():
        page = window.show_area(area)
        settle()
        _choose_rows(page)
        tab_sets = [tabs for tabs in page.findChildren(QTabWidget)]
        yield area, page
        for tabs in tab_sets:
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                settle()
                _choose_rows(page)
                yield f"{area} ▸ {tabs.tabText(index).replace('&', '')}", page
            tabs.setCurrentIndex(0)
            settle()


@contextmanager
def dialogs_caught(monkeypatch, visit: Callable[[QDialog], None]):
    """Every dialog opened while inside is shown to `visit`, then cancelled."""
    seen: set[tuple[str, str]] = set()

    def caught(dialog, *_args, **_kwargs) -> int:
        key = (type(dialog).__name__, dialog.windowTitle())
        if key not in seen:
            seen.add(key)
            dialog.show()
            settle()
            visit(dialog)
            dialog.hide()
        return 0

    cancel = QMessageBox.StandardButton.Cancel
    monkeypatch.setattr(QDialog, "exec", caught)
    monkeypatch.setattr(QMessageBox, "exec", lambda *_: int(cancel))
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *_args, **_kwargs: cancel))
    for name in ("getSaveFileName", "getOpenFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *_args, **_kwargs: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_args, **_kwargs: ""))
    for name in ("getText", "getItem", "getInt", "getMultiLineText"):
        monkeypatch.setattr(QInputDialog, name, staticmethod(lambda *_args, **_kwargs: ("", False)))
    yield seen


def opens_a_dialog(button: QPushButton) -> bool:
    """A button whose words end in "…" opens a form; the rest act at once (delete, move) and are left alone."""
    return button.isVisible() and button.isEnabled() and button.menu() is None \
        and button.text().rstrip().endswith(("…", "..."))


def open_every_dialog(window) -> None:
    """Opens what each page offers: New and Edit on every tab, each "…" button in view, and the window's
    export and backups dialogs. Run inside dialogs_caught."""
    for _label, page in page_states(window):
        page.new_item()
        settle()
        if page.can_edit():
            page.edit_current()
            settle()
        for button in page.findChildren(QPushButton):
            if opens_a_dialog(button):
                button.click()
                settle()
    window.export_current()
    window.safekeeping.choose_backup()
    settle()
    window.connect_server_action.trigger()  # File ▸ Connect to a shared server… (nothing typed: it connects nowhere)
    settle()
    for action in window.mail_menu.actions():  # File ▸ Send by email: the draft window for each kind
        action.trigger()
        settle()
