"""The window fits an old laptop's screen (issue 16): every page, every tab, with a record chosen, and every
dialog the pages open, at 1024×768 at 100% and at 1366×768 at 125% and at 150% scaling.

QT_SCALE_FACTOR cannot change inside one process, so the scaled screens are tested by their size in
device-independent pixels: 1366×768 at 125% is 1093×614 and at 150% is 910×512. The window is tested at what
it really has of each screen: about 70 pixels less high, for its title bar and the taskbar (Windows), so
1024×698, 1093×544 and 910×442 (each also bounds the dialogs). No visible control (button, line edit, combo,
table, check box, tool button…) may lie outside the window or its dialog, nor be cut off by a squeezed parent;
a control inside a scroll area counts when it lies within the area's content, since the area can scroll to it.
No dialog may be larger than the screen. At 1024×768 and 1366×768 at 125% no page needs to scroll (but for the
one of SCROLLS_FOR_NOW); at 150% a page may scroll, and the window still fits. Every table's main text column
(the issue, the title, the seat) keeps at least 150 pixels, or 30% of a table narrower than 500."""

from PySide6.QtWidgets import QDialog, QScrollArea, QTableView

from gui_walk import (
    controls,
    describe,
    dialogs_caught,
    main_column,
    open_every_dialog,
    page_states,
    settle,
    unreachable,
)

# (width, height, a page may scroll): the window's inner size on each screen, a title bar and taskbar less
SCREENS = {"1024×768": (1024, 698, False), "1366×768 at 125%": (1093, 544, False),
           "1366×768 at 150%": (910, 442, True)}
# Pages allowed to scroll where the others may not (none now: the meetings page, 22 pixels too tall at 125%,
# was brought within it). A page listed here that no longer scrolls fails the test, so the list stays true.
SCROLLS_FOR_NOW: set[tuple[str, str]] = set()


def problems_in(top, label: str) -> list[str]:
    return [f"{label}: {describe(widget)} {why}" for widget in controls(top)
            if (why := unreachable(widget, top)) is not None]


def narrow_main_columns(page, label: str) -> tuple[list[str], int]:
    """The visible tables whose main text column has less than its share (issue 16: "Cabinet mem…"), and how
    many tables were looked at."""
    problems, looked = [], 0
    for table in page.findChildren(QTableView):
        main = main_column(table)
        if main is None or not table.isVisible():
            continue
        looked += 1
        room = table.viewport().width()
        if table.columnWidth(main) < min(150, 0.3 * room) - 1:
            problems.append(f"{label}: {table.objectName() or type(table).__name__}'s main column is "
                            f"{table.columnWidth(main)} of {room} pixels")
    return problems, looked


def test_the_window_can_be_made_small(window):
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert minimum.width() <= 1000 and minimum.height() <= 680, minimum


def test_every_page_and_tab_fits_each_screen(window):
    window.show()
    problems = []
    scrolled = set()
    tables = 0
    for label, page in page_states(window):
        for screen, (width, height, may_scroll) in SCREENS.items():
            window.resize(width, height)
            settle()
            if window.width() > width or window.height() > height:
                problems.append(f"{label} at {screen}: the window is {window.width()}×{window.height()}")
                continue
            problems += problems_in(window, f"{label} at {screen}")
            narrow, looked = narrow_main_columns(page, f"{label} at {screen}")
            problems += narrow
            tables += looked
            scroll = page.findChild(QScrollArea, "pageScroll")
            if not may_scroll and scroll is not None and (scroll.verticalScrollBar().maximum() > 0
                                                          or scroll.horizontalScrollBar().maximum() > 0):
                area = label.split(" ▸ ")[0]
                scrolled.add((area, screen))
                if (area, screen) not in SCROLLS_FOR_NOW:
                    problems.append(f"{label} at {screen}: the page scrolls")
    if SCROLLS_FOR_NOW - scrolled:
        problems.append(f"no longer scrolls, strike it out of SCROLLS_FOR_NOW: {SCROLLS_FOR_NOW - scrolled}")
    # The walk looks at the tables of every page and tab (29 of them), at each size.
    assert tables >= 25 * len(SCREENS), tables
    assert not problems, "\n".join(problems)


def dialog_problems(dialog: QDialog, label: str) -> list[str]:
    """A dialog at each screen: as large as the screen allows, and as Qt first shows a window (no more than 2/3
    of the screen each way, but never under its minimum)."""
    problems = []
    hint = dialog.sizeHint()
    for screen, (width, height, _) in SCREENS.items():
        for bound_width, bound_height in ((width, height), (width * 2 // 3, height * 2 // 3)):
            dialog.resize(min(hint.width(), bound_width), min(hint.height(), bound_height))
            settle()
            if dialog.width() > width or dialog.height() > height:
                problems.append(f"{label} at {screen}: {dialog.width()}×{dialog.height()}, larger than the screen")
                break
            problems.extend(problems_in(dialog, f"{label} at {screen}, {dialog.width()}×{dialog.height()}"))
    return problems


def test_every_dialog_fits_each_screen(window, monkeypatch):
    window.show()
    problems = []
    names = []

    def visit(dialog: QDialog) -> None:
        label = f"{type(dialog).__name__} “{dialog.windowTitle()}”"
        names.append(label)
        problems.extend(dialog_problems(dialog, label))

    window.resize(1024, 768)
    with dialogs_caught(monkeypatch, visit):
        open_every_dialog(window)
    # The walk reaches the forms of every kind of record, not just a few.
    assert len(names) >= 30, names
    assert not problems, "\n".join(problems)



def test_a_button_row_wraps_when_narrow_and_keeps_every_button(qtbot):
    from PySide6.QtWidgets import QPushButton

    from compactdesk.gui.pages.flow import ButtonRow

    buttons = [QPushButton(f"Button number {number}…") for number in range(5)]
    last = QPushButton("At the end")
    row = ButtonRow(buttons, trailing=[last])
    qtbot.addWidget(row)
    row.resize(2000, 40)
    row.show()
    settle()
    assert len({button.y() for button in [*buttons, last]}) == 1  # one line when there is room
    assert last.geometry().right() >= row.width() - 2  # pushed to the right-hand end
    row.resize(300, row.height())
    settle()
    assert len({button.y() for button in buttons}) > 1  # wrapped
    assert row.minimumHeight() > buttons[0].height() * 2
    row.resize(300, row.minimumHeight())
    settle()
    for button in [*buttons, last]:
        assert row.rect().contains(button.geometry()), button.text()


def test_the_main_column_keeps_its_share_of_a_narrow_table(qtbot, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from compactdesk.gui.pages.columns import MAIN_SHARE, share_columns

    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(QStandardItemModel(3, 5))
    share = share_columns(table, 0, {1: 200, 2: 200, 3: 150, 4: 150}, keep={4})
    table.resize(1400, 300)
    table.show()
    settle()
    assert [table.columnWidth(column) for column in (1, 2, 3, 4)] == [200, 200, 150, 150]  # room: as asked
    table.resize(700, 300)
    settle()
    assert table.columnWidth(0) >= MAIN_SHARE * table.viewport().width() - 1
    assert table.columnWidth(4) == 150  # kept whole
    assert table.columnWidth(1) < 200
    # The mouse state is Qt's, which an earlier test's click may have left pressed: each case says its own.
    monkeypatch.setattr(QGuiApplication, "mouseButtons", staticmethod(lambda: Qt.MouseButton.NoButton))
    table.horizontalHeader().resizeSection(4, 170)  # resized by the program (a larger text): still shared,
    assert not share.dragged
    table.resize(690, 300)
    settle()
    assert table.columnWidth(4) == 170  # at its new width
    # The person drags a column (the mouse button is down): the widths are theirs now.
    monkeypatch.setattr(QGuiApplication, "mouseButtons", staticmethod(lambda: Qt.MouseButton.LeftButton))
    table.horizontalHeader().resizeSection(1, 190)
    assert share.dragged
    table.resize(650, 300)
    settle()
    assert table.columnWidth(1) == 190


def test_a_table_too_narrow_narrows_the_kept_columns_and_at_last_scrolls(qtbot):
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QHeaderView

    from compactdesk.gui.pages.columns import NARROWEST, share_columns

    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(QStandardItemModel(3, 4))
    share_columns(table, 0, {1: 150, 2: 150, 3: 150}, keep={2, 3})
    table.resize(400, 300)
    table.show()
    settle()
    room = table.viewport().width()
    # The flexible column is at its least, the main one at its floor: the kept ones give way, no sideways scroll.
    assert table.columnWidth(1) == NARROWEST
    assert 0.3 * room - 1 <= table.columnWidth(0) < 150
    assert table.columnWidth(2) < 150 and table.columnWidth(3) < 150
    assert table.horizontalScrollBar().maximum() == 0
    # Too narrow even for every column's least: the main column keeps its floor, and the table scrolls.
    table.resize(200, 300)
    settle()
    assert table.columnWidth(0) >= 0.3 * table.viewport().width() - 1
    assert table.horizontalScrollBar().maximum() > 0
    # Wide again: the main column stretches, the others as asked.
    table.resize(1000, 300)
    settle()
    assert [table.columnWidth(column) for column in (1, 2, 3)] == [150, 150, 150]
    assert table.horizontalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch
    assert table.columnWidth(0) == table.viewport().width() - 450
