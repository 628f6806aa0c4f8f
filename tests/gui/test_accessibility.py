"""A screen reader can name every control, and Tab goes through a page in reading order (issue 16).

The name is the one a screen reader gets: QAccessible's Name text, which Qt takes from the accessible name,
a button's words, or the label a line edit or combo box is the buddy of. Every page (each tab, with a record
chosen) and every dialog the pages open is walked."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QDialog, QLineEdit, QTableView, QWidget

from gui_walk import describe, dialogs_caught, is_part, open_every_dialog, page_states


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def focusable(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def tab_stops(top: QWidget) -> list[QWidget]:
    """Every widget Tab can land on: the controls, and any other widget that takes the focus itself (a scroll
    area left focusable is a stop with nothing to say)."""
    return [widget for widget in top.findChildren(QWidget)
            if widget.isVisible() and focusable(widget) and widget.focusProxy() is None
            and widget.window() is top.window() and not is_part(widget, top)]


def unnamed(top: QWidget, label: str) -> list[str]:
    return [f"{label}: {describe(widget)}" for widget in tab_stops(top) if not spoken_name(widget)]


def test_every_control_of_every_page_has_a_name(window):
    window.show()
    window.resize(1024, 768)
    missing = []
    for label, _page in page_states(window):
        missing += unnamed(window, label)  # the page, and the sidebar, toolbar and search box around it
    assert not missing, "\n".join(sorted(set(missing)))


def test_every_control_of_every_dialog_has_a_name(window, monkeypatch):
    window.show()
    window.resize(1024, 768)
    missing = []

    def visit(dialog: QDialog) -> None:
        missing.extend(unnamed(dialog, f"{type(dialog).__name__} “{dialog.windowTitle()}”"))

    with dialogs_caught(monkeypatch, visit):
        open_every_dialog(window)
    assert not missing, "\n".join(missing)


def focus_chain(page: QWidget) -> list[QWidget]:
    """The page's controls in the order Tab visits them, from the first."""
    chain, widget = [], page.nextInFocusChain()
    for _ in range(2000):
        if widget is page:
            break
        if page.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled() and focusable(widget) \
                and widget.focusProxy() is None:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def test_tab_follows_the_reading_order(window):
    """Tab reaches a page's search box before its list, and its list before the buttons of the detail
    pane below it."""
    window.show()
    window.resize(1024, 768)
    wrong = []
    for label, page in page_states(window):
        chain = focus_chain(page)
        searches = [widget for widget in chain if isinstance(widget, QLineEdit) and widget.isClearButtonEnabled()]
        tables = [widget for widget in chain if isinstance(widget, QTableView)]
        if not tables:
            continue
        table = max(tables, key=lambda table: table.width() * table.height())  # the page's main list
        place = chain.index(table)
        top = table.mapTo(page, QPoint(0, 0)).y()
        bottom = top + table.height()
        for search in searches:
            if search.mapTo(page, QPoint(0, 0)).y() < top and chain.index(search) > place:
                wrong.append(f"{label}: the search box {search.objectName()!r} comes after the list")
        for widget in chain[:place]:
            if widget.mapTo(page, QPoint(0, 0)).y() > bottom:
                wrong.append(f"{label}: {describe(widget)}, below the list, comes before it")
    assert not wrong, "\n".join(wrong)
