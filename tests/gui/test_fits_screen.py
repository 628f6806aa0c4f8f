"""The window fits an old laptop's screen (issue 16): every page, every tab, with a record chosen, and every
dialog the pages open, at 1024×768 at 100% and at 1366×768 at 125% and at 150% scaling.

QT_SCALE_FACTOR cannot change inside one process, so the scaled screens are tested by their size in
device-independent pixels: 1366×768 at 125% is 1093×614 and at 150% is 910×512. No visible control (button,
line edit, combo, table, check box, tool button…) may lie outside the window or its dialog, nor be cut off by
a squeezed parent; a control inside a scroll area counts when it lies within the area's content, since the
area can scroll to it. No dialog may be larger than the screen. At 1024×768 and 1366×768 at 125% no page
needs to scroll at all; at 150% a page may scroll, and the window still fits."""

from PySide6.QtWidgets import QDialog, QScrollArea

from gui_walk import controls, describe, dialogs_caught, open_every_dialog, page_states, settle, unreachable

# (width, height, a page may scroll)
SCREENS = {"1024×768": (1024, 768, False), "1366×768 at 125%": (1093, 614, False),
           "1366×768 at 150%": (910, 512, True)}


def problems_in(top, label: str) -> list[str]:
    return [f"{label}: {describe(widget)} {why}" for widget in controls(top)
            if (why := unreachable(widget, top)) is not None]


def test_the_window_can_be_made_small(window):
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert minimum.width() <= 1000 and minimum.height() <= 680, minimum


def test_every_page_and_tab_fits_each_screen(window):
    window.show()
    problems = []
    for label, page in page_states(window):
        for screen, (width, height, may_scroll) in SCREENS.items():
            window.resize(width, height)
            settle()
            if window.width() > width or window.height() > height:
                problems.append(f"{label} at {screen}: the window is {window.width()}×{window.height()}")
                continue
            problems += problems_in(window, f"{label} at {screen}")
            scroll = page.findChild(QScrollArea, "pageScroll")
            if not may_scroll and scroll is not None and (scroll.verticalScrollBar().maximum() > 0
                                                          or scroll.horizontalScrollBar().maximum() > 0):
                problems.append(f"{label} at {screen}: the page scrolls")
    assert not problems, "\n".join(problems)


def test_every_dialog_fits_each_screen(window, monkeypatch):
    window.show()
    problems = []
    names = []

    def visit(dialog: QDialog) -> None:
        label = f"{type(dialog).__name__} “{dialog.windowTitle()}”"
        names.append(label)
        hint = dialog.sizeHint()
        for screen, (width, height, _) in SCREENS.items():
            # As large as the screen allows, and as Qt first shows a window: no more than 2/3 of the screen
            # each way, but never under its minimum.
            for bound_width, bound_height in ((width, height), (width * 2 // 3, height * 2 // 3)):
                dialog.resize(min(hint.width(), bound_width), min(hint.height(), bound_height))
                settle()
                if dialog.width() > width or dialog.height() > height:
                    problems.append(f"{label} at {screen}: {dialog.width()}×{dialog.height()}, larger than the "
                                    f"screen")
                    break
                problems.extend(problems_in(dialog, f"{label} at {screen}, {dialog.width()}×{dialog.height()}"))

    window.resize(1024, 768)
    with dialogs_caught(monkeypatch, visit):
        open_every_dialog(window)
    # The walk reaches the forms of every kind of record, not just a few.
    assert len(names) >= 30, names
    assert not problems, "\n".join(problems)

