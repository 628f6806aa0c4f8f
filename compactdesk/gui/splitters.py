"""A page's splitters keep the sizes the person dragged them to, from one run of the program to the next.

The window hands each page it builds to `remember_all`; a page only has to give its splitter a stable
objectName (the settings key is made from it). Only a drag is saved (`splitterMoved`), never the sizes a
resize of the window or a change of text size gives, so a small screen does not overwrite the person's choice.
"""

from PySide6.QtWidgets import QSplitter, QWidget

from compactdesk.gui.settings import Settings, splitter_key


def remember(splitter: QSplitter, settings: Settings) -> None:
    """Restores the splitter's saved state now, and saves it each time the person moves it."""
    key = splitter_key(splitter.objectName())
    saved = settings.get(key)
    if not saved.isEmpty():
        # False (ignored) for a state from a layout with other panes: the page's own sizes stand.
        splitter.restoreState(saved)
    # QSettings keeps the value in memory and writes it out later, so saving at every step of a drag is cheap.
    splitter.splitterMoved.connect(lambda _pos, _index: settings.set(key, splitter.saveState()))


def remember_all(widget: QWidget, settings: Settings) -> None:
    """`remember` for every named splitter in the widget (a page, with its tabs and parts)."""
    for splitter in widget.findChildren(QSplitter):
        if splitter.objectName():
            remember(splitter, settings)
