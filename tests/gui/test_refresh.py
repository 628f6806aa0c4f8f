"""After an edit, only the pages that show what it touched reload (issue 15, as Anki's OpChanges).

A service call's recorded change names the tables it wrote (cascades included); each
area names the tables it shows (gui/areas.py). The page in view reloads at once if
it shows one of them, the others when next shown, and the rest are left as they are.
"""

import pytest

from compactdesk.gui.areas import AREAS, EVERYTHING, area_named
from compactdesk.services import feedback, members
from compactdesk.store.models import Base


def _count_refreshes(window, monkeypatch) -> dict[str, int]:
    counts = {}
    for area, page in window.pages.items():
        counts[area] = 0

        def counted(page=page, area=area, refresh=page.refresh):
            counts[area] += 1
            refresh()

        monkeypatch.setattr(page, "refresh", counted)
    return counts


def test_the_areas_cover_every_table_and_name_their_pages():
    assert EVERYTHING == set(Base.metadata.tables)
    for area in AREAS:
        assert area.shows <= EVERYTHING, area.name
        assert area.page_type().area == area.name


@pytest.mark.parametrize("name", ["dashboard", "meetings", "monitoring"])
def test_a_page_reads_nothing_until_refreshed(name, bench, qtbot, monkeypatch):
    read = []
    monkeypatch.setattr(bench, "read", lambda *args, **kwargs: read.append(args))
    qtbot.addWidget(area_named(name).page_type()(bench))
    assert read == []


def test_pages_are_built_when_first_shown(window):
    assert set(window.pages) == {"dashboard"}
    window.show_area("disputes")
    assert set(window.pages) == {"dashboard", "disputes"}
    assert window.current_page() is window.pages["disputes"]


def test_an_answer_reloads_the_pages_showing_feedback_and_leaves_the_rest(window, monkeypatch, today):
    for area in ("people", "disputes", "dashboard", "feedback"):
        window.show_area(area)
    counts = _count_refreshes(window, monkeypatch)
    waiting = next(row for row in window.bench.read(feedback.feedback_rows, today) if row.answered_on is None)
    window.bench.perform("Mark answered", feedback.mark_answered, waiting.feedback_id, today, "in_writing")
    assert counts["feedback"] == 1  # in view: at once
    assert window.pages["dashboard"].stale and counts["dashboard"] == 0  # when next shown
    assert not window.pages["people"].stale and not window.pages["disputes"].stale
    window.bench.undo_stack.undo()
    assert counts["feedback"] == 2 and not window.pages["people"].stale
    window.show_area("people")
    assert counts["people"] == 0  # nothing it shows changed
    window.show_area("dashboard")
    assert counts["dashboard"] == 1


def test_a_persons_new_name_reloads_every_page_that_shows_names(window, monkeypatch):
    for area in ("disputes", "monitoring", "people"):
        window.show_area(area)
    counts = _count_refreshes(window, monkeypatch)
    person = window.bench.read(members.person_rows)[0]
    window.bench.perform("Rename", members.update_person, person.person_id, name="Siân Ŵyn-Łukasz")
    assert counts["people"] == 1
    assert window.pages["disputes"].stale and window.pages["dashboard"].stale
    window.show_area("disputes")
    assert counts["disputes"] == 1


def test_a_change_that_writes_nothing_reloads_nothing(window, monkeypatch):
    window.show_area("people")
    counts = _count_refreshes(window, monkeypatch)
    window.bench.perform("Nothing", lambda session: None)
    assert counts == {area: 0 for area in counts}
    assert not any(page.stale for page in window.pages.values())
