"""PagedModel (gui/table_model.py): a table over many ids that loads only the rows a view shows."""

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from compactdesk.gui.table_model import KEY_ROLE, Column, PagedModel


@dataclass(frozen=True)
class Row:
    ident: int
    name: str


class Store:
    """Stands in for the store: 20,000 rows, and a record of what was asked."""

    def __init__(self, count: int = 20_000):
        self.rows = {ident: Row(ident, f"Row {ident} Łucja" if ident % 10 == 0 else f"Row {ident}")
                     for ident in range(1, count + 1)}
        self.asked_ids: list = []
        self.asked_rows: list[list[int]] = []
        self.asked_texts = 0

    def ids(self, order):
        self.asked_ids.append(order)
        keys = sorted(self.rows)
        return keys[::-1] if order and order[1] == Qt.SortOrder.DescendingOrder else keys

    def load(self, ids):
        self.asked_rows.append(list(ids))
        return [self.rows[ident] for ident in ids if ident in self.rows]

    def texts(self):
        self.asked_texts += 1
        return {ident: row.name.casefold() for ident, row in self.rows.items()}


@pytest.fixture
def store():
    return Store()


@pytest.fixture
def model(store, qapp):
    made = PagedModel([Column("Name", lambda r: r.name, tone=lambda r: "urgent" if r.ident % 2 else None)],
                      key=lambda r: r.ident, ids=store.ids, rows=store.load, texts=store.texts)
    made.reload()
    return made


def test_rows_load_a_page_at_a_time_as_they_are_shown(model, store):
    assert model.rowCount() == 20_000 and model.loaded == 0
    assert model.index(0, 0).data() == "Row 1"
    assert model.loaded == PagedModel.PAGE and store.asked_rows == [list(range(1, PagedModel.PAGE + 1))]
    assert model.index(5, 0).data() == "Row 6" and len(store.asked_rows) == 1  # the same page: no query
    assert model.index(19_999, 0).data(KEY_ROLE) == 20_000 and model.loaded == PagedModel.PAGE  # ids need no row
    assert model.row_for(20_000) == Row(20_000, "Row 20000 Łucja") and model.loaded == 2 * PagedModel.PAGE


def test_a_view_loads_only_what_is_on_screen(model, qtbot):
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    view.scrollToBottom()
    qtbot.wait(10)
    assert model.loaded <= 2 * PagedModel.PAGE


def test_search_narrows_on_the_casefolded_texts_fetched_once(model, store):
    model.set_search("ŁUCJA")
    assert model.rowCount() == 2_000 and model.filtering
    model.set_search("łucja row")
    assert model.rowCount() == 2_000 and store.asked_texts == 1
    model.set_search("łucja 12345")
    assert model.rowCount() == 0
    model.set_search("")
    assert model.rowCount() == 20_000 and not model.filtering
    model.reload("row 1999")
    assert store.asked_texts == 2  # a reload asks again: the records may have changed
    assert model.ids() == [ident for ident in range(1, 20_001) if "1999" in str(ident)]


def test_keys_indexes_and_sorting(model, store):
    assert model.index_of(42).row() == 41 and model.key_at(model.index(41, 0)) == 42
    assert not model.index_of(99_999).isValid() and model.key_at(QModelIndex()) is None
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert store.asked_ids[-1] == (0, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "Row 20000 Łucja" and model.index_of(20_000).row() == 0
    model.sort(-1)
    assert store.asked_ids[-1] is None and model.order is None
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_a_row_gone_from_the_store_is_blank_and_not_asked_for_again(model, store):
    del store.rows[3]
    assert model.index(2, 0).data() is None and model.row(2) is None
    asked = len(store.asked_rows)
    assert model.index(2, 0).data() is None and len(store.asked_rows) == asked


def test_nothing_is_asked_before_the_first_reload(store, qapp):
    made = PagedModel([Column("Name", lambda r: r.name)], key=lambda r: r.ident, ids=store.ids, rows=store.load,
                      texts=store.texts)
    made.sort(0, Qt.SortOrder.AscendingOrder)
    made.set_search("row")
    assert made.rowCount() == 0 and store.asked_ids == [] and store.asked_texts == 0


def test_the_model_passes_the_model_tester(qtmodeltester, qapp):
    small = Store(150)
    made = PagedModel([Column("Name", lambda r: r.name)], key=lambda r: r.ident, ids=small.ids, rows=small.load,
                      texts=small.texts)
    made.reload()
    qtmodeltester.check(made)


def test_entering_the_search_box_fetches_the_texts_before_the_first_letter(model, store, qtbot):
    from PySide6.QtWidgets import QLineEdit

    from compactdesk.gui.table_model import PrepareOnFocus

    box = QLineEdit()
    qtbot.addWidget(box)
    PrepareOnFocus(box, model)
    box.show()
    qtbot.waitExposed(box)
    box.activateWindow()
    box.setFocus()
    qtbot.waitUntil(lambda: store.asked_texts == 1)
    model.set_search("łucja")
    assert store.asked_texts == 1 and model.rowCount() == 2_000
