"""The dashboard's attention list: a model over the lines (no item per cell), which keeps
the line chosen and the place scrolled to when it reloads after an edit."""

import pytest
from PySide6.QtCore import Qt

from compactdesk.domain.enums import AnswerHow
from compactdesk.gui import colours
from compactdesk.gui.pages.dashboard import REF_ROLE, DashboardPage
from compactdesk.services import attention, feedback


@pytest.fixture
def page(bench, qtbot):
    shown = DashboardPage(bench)
    qtbot.addWidget(shown)
    bench.changed.connect(shown.refresh)  # what the main window does after every change
    shown.resize(1366, 768)
    shown.refresh()
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_the_model_passes_the_model_tester(page, qtmodeltester):
    qtmodeltester.check(page.model)


def test_each_line_shows_its_item(page, bench, today):
    model = page.model
    items = bench.read(attention.attention, today).section(attention.Area.FEEDBACK)
    section = model.index(0, 0)
    assert model.rowCount(section) == len(items)
    first = model.index(0, 0, section)
    assert [model.index(0, column, section).data() for column in range(3)] == \
        [items[0].title, "14 January 2025", items[0].how_long]
    assert first.data(REF_ROLE) == ("feedback", items[0].ref_id)
    assert first.data(Qt.ItemDataRole.ToolTipRole) == f"{items[0].title}\n{items[0].detail}"
    assert first.data(Qt.ItemDataRole.ForegroundRole) == colours.text(colours.URGENT)
    assert section.data(Qt.ItemDataRole.FontRole).bold() and section.data(REF_ROLE) == "feedback"
    assert page.tree.isExpanded(section)


def test_an_empty_section_says_so(page, bench, today):
    # Every overdue item answered: the section has one line saying there is none.
    for row in bench.read(feedback.feedback_rows, today):
        if row.state.value == "overdue":
            bench.perform("Answer", feedback.mark_answered, row.feedback_id, today, AnswerHow.IN_WRITING)
    section = page.model.index(0, 0)
    assert section.data() == "Feedback overdue, oldest first (0)"
    assert page.model.rowCount(section) == 1
    assert page.model.index(0, 0, section).data() == "No feedback is overdue."
    assert page.model.index(0, 0, section).data(REF_ROLE) is None


def test_a_refresh_keeps_the_line_chosen_and_the_place(page, bench, today):
    page.resize(1366, 300)  # short, so the list scrolls
    targets = page.model.index(1, 0)
    chosen = page.model.index(page.model.rowCount(targets) - 1, 0, targets)
    page.tree.setCurrentIndex(chosen)
    page.tree.scrollTo(chosen)
    scrolled = page.tree.verticalScrollBar().value()
    assert scrolled > 0
    reference = chosen.data(REF_ROLE)
    # An edit elsewhere (an overdue item answered) reloads the list: one feedback line fewer above.
    overdue = next(row for row in bench.read(feedback.feedback_rows, today) if row.state.value == "overdue")
    bench.perform("Answer", feedback.mark_answered, overdue.feedback_id, today, AnswerHow.IN_WRITING)
    assert page.tree.currentIndex().data(REF_ROLE) == reference
    assert page.tree.verticalScrollBar().value() == scrolled


def test_a_line_opens_its_record(page, bench, today):
    opened = []
    page.open_record.connect(lambda area, record_id: opened.append((area, record_id)))
    section = page.model.index(1, 0)
    page.tree.activated.emit(page.model.index(0, 0, section))
    page.tree.activated.emit(section)  # a section's heading opens nothing
    first = bench.read(attention.attention, today).section(attention.Area.TARGETS)[0]
    assert opened == [("actions", first.ref_id)]


def test_the_page_at_1366_by_768(page, tmp_path):
    shot = tmp_path / "dashboard.png"
    assert page.grab().save(str(shot))
    assert page.tree.header().sectionSize(1) < page.tree.header().sectionSize(0)


def test_a_named_group_with_no_seats_is_told_to_add_them_not_that_every_seat_is_filled(tmp_path, qtbot, today):
    """Issue 18: once the compact was named, the dashboard said "Every seat is filled" of no seats at all."""
    from compactdesk.gui.workbench import Workbench
    from compactdesk.services import compact, seats
    from compactdesk.store import create_store

    store = create_store(tmp_path / "new.cdstore")
    bench = Workbench(store, lambda: today)
    bench.perform("Name", compact.set_up_compact, "Dyfnant Compact", "Dyfnant", today=today)
    shown = DashboardPage(bench)
    qtbot.addWidget(shown)
    shown.refresh()

    def seats_line() -> str:
        section = next(shown.model.index(row, 0) for row in range(shown.model.rowCount())
                       if shown.model.index(row, 0).data(REF_ROLE) == "seats")
        return shown.model.index(0, 0, section).data()

    assert seats_line().startswith("No seats yet: add the group's seats")
    bench.perform("Seat", seats.add_seat, "Health board", "health", "nominated")
    shown.refresh()
    assert "vacant" in seats_line()  # a seat with no one in it is one to fill, not "no seats yet"
    store.close()
