"""Two windows on the same group on a server (issue 22): each sees the other's changes within moments, reloading only
the pages that show them; a save that would overwrite someone else's later change is refused with their name and
the time, keeping what was typed; each person's undo takes back only their own steps, and refuses in words one that
another person has since changed."""

import datetime as dt
import tempfile
import threading
import time
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from compactdesk.domain.dates import uk_date
from compactdesk.domain.errors import ValidationError
from compactdesk.gui import live
from compactdesk.gui import settings as keys
from compactdesk.gui.dialogs.people import PersonDialog
from compactdesk.gui.settings import Settings
from compactdesk.services import compact, feedback, members
from compactdesk.store import server_journal
from compactdesk.store.journal import Change
from compactdesk.store.server import open_group
from test_fits_screen import dialog_problems, problems_in

ANN, BRYN = "Ann Hughes", "Bryn Ellis"
NOTE = "Bryn’s note: prefers Welsh 🏴󠁧󠁢󠁷󠁬󠁳󠁿"  # typed: a curly quote and a flag of several code points
LOOK = Path(tempfile.gettempdir())  # screenshots to look at, as a person would


@pytest.fixture
def group(server_address, today):
    """The group on the server, with a compact, an organisation and two people in it."""
    store = open_group(server_address, person="Set-up")
    store.run(compact.set_up_compact, "Aberwen Compact", "Aberwen", today=today)
    council = store.run(lambda session: members.add_organisation(session, "Aberwen Council", sector="council").id)
    store.run(lambda session: members.add_person(session, "Siân Ŵyn", role="Officer", organisation_id=council).id)
    store.run(lambda session: members.add_person(session, "Łukasz Nowak", role="Chair").id)
    store.close()
    return server_address


def person_id(bench, name: str) -> int:
    return next(row.person_id for row in bench.read(members.person_rows) if row.name == name)


@pytest.fixture
def windows(group, today, qtbot, tmp_path):
    """Ann's window and Bryn's, each on its own connection to the group, shown."""
    from compactdesk.gui.main_window import MainWindow

    made = []
    for person in (ANN, BRYN):
        settings = Settings(QSettings(str(tmp_path / f"{person}.ini"), QSettings.Format.IniFormat))
        settings.set(keys.LAST_AREA, "people")  # where the tests look first: the dashboard reads far more
        window = MainWindow(open_group(group, person=person), today=lambda: today, settings=settings)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        made.append(window)
    yield made
    for window in made:
        window.store.close()


def test_the_other_window_sees_a_change_within_two_seconds_and_only_its_pages_reload(windows, qtbot, monkeypatch,
                                                                                       today):
    ann, bryn = windows
    assert ann.bench.listener.listening and bryn.bench.listener.listening
    assert 0 < ann.store.last_change() == ann.store.seen == bryn.store.seen  # what the pages read includes
    for area in ("people", "dashboard", "feedback"):
        bryn.show_area(area)
    reloads = {area: 0 for area in bryn.pages}
    for area, page in bryn.pages.items():
        monkeypatch.setattr(page, "refresh", lambda area=area, refresh=page.refresh: (
            reloads.__setitem__(area, reloads[area] + 1), refresh()))
    assert bryn.pages["feedback"].model.rowCount() == 0
    heard = []
    bryn.bench.changed.connect(heard.append)
    officer = person_id(ann.bench, "Siân Ŵyn")
    before = bryn.store.seen
    ann.bench.perform("Ask for feedback", feedback.request_feedback, "Grants timetable", officer, raised_on=today)
    assert heard == []  # not yet: it is another window's
    qtbot.waitUntil(lambda: reloads["feedback"] == 1, timeout=2000)
    assert heard == [frozenset({"feedback"})]  # exactly the tables Ann's change wrote
    assert bryn.pages["feedback"].model.rowCount() == 1  # Ann's request, on Bryn's screen
    assert bryn.pages["dashboard"].stale and reloads["dashboard"] == 0  # when next shown
    assert not bryn.pages["people"].stale and reloads["people"] == 0  # it shows no feedback
    assert bryn.store.seen == ann.store.last_change() > before
    assert ann.bench.undo_stack.count() == 1 and bryn.bench.undo_stack.count() == 0  # each person's own steps


def test_a_burst_of_changes_is_taken_in_as_one(windows, qtbot):
    ann, bryn = windows
    bryn.show_area("people")
    heard, own = [], []
    bryn.bench.changed.connect(heard.append)
    ann.bench.changed.connect(own.append)
    for number in range(5):
        ann.bench.perform("Add", members.add_person, f"Person {number}")
    council = ann.bench.read(members.organisation_rows)[0].organisation_id
    ann.bench.perform("Rename", members.update_organisation, council, name="Cyngor Aberwen", sector="council")
    qtbot.waitUntil(lambda: bool(heard), timeout=2000)
    qtbot.wait(live.BURST_MS + 100)
    assert heard == [frozenset({"person", "organisation"})]
    assert "Person 4" in [row.name for row in bryn.bench.read(members.person_rows)]
    assert len(own) == 6  # Ann's window reloaded as it made each change, and heard none of them again
    # A notice too long to name its tables (store/server_journal.notify) means anything may have changed.
    with ann.store.engine.begin() as connection:
        server_journal.notify(connection, ann.store.schema, ["x" * 8000], "another window", 10**6)
    qtbot.waitUntil(lambda: len(heard) == 2, timeout=2000)
    assert heard[1] is None and bryn.store.seen == 10**6
    qtbot.waitUntil(lambda: len(own) == 7, timeout=2000)  # not from Ann's window: news to it too
    assert own[6] is None


def open_form(window, record: int) -> PersonDialog:
    dialog = PersonDialog(window.bench, window, person_id=record)
    dialog.open()
    assert QApplication.activeModalWidget() is dialog
    return dialog


def stamped_at(window, table: str, key: int) -> dt.datetime:
    with window.store.engine.connect() as connection:
        return connection.exec_driver_sql(
            f"SELECT at FROM cd_stamp WHERE tbl = '{table}' AND key = '{key}'").scalar()


def test_a_save_over_a_later_change_is_refused_with_who_and_when_and_what_was_typed_stays(windows, qtbot):
    ann, bryn = windows
    chair = person_id(ann.bench, "Łukasz Nowak")
    form = open_form(bryn, chair)
    form.ui.notes.setPlainText(NOTE)
    form.ui.role.setText("Cadeirydd")
    ann.bench.perform("Edit", members.update_person, chair, name="Łukasz Nowak", role="Chair",
                      phone="01234 567890")
    qtbot.waitUntil(lambda: bryn.store.seen == ann.store.last_change(), timeout=2000)
    form.accept()
    assert form.isVisible() and form.result() != QDialog.DialogCode.Accepted
    at = stamped_at(ann, "person", chair).astimezone()
    message = form.error_text
    assert ANN in message and f"{uk_date(at.date())} at {at:%H:%M}" in message, message
    assert "save again" in message
    assert (form.ui.notes.toPlainText(), form.ui.role.text()) == (NOTE, "Cadeirydd")
    assert bryn.bench.read(members.person_detail, chair).phone == "01234 567890"  # Ann's change stands
    assert bryn.bench.undo_stack.count() == 0
    assert dialog_problems(form, "a refused form") == []  # the longer message still leaves every field in reach
    form.grab().save(str(LOOK / "refused_form.png"))
    form.accept()  # knowingly, now: Bryn's version goes in
    assert form.result() == QDialog.DialogCode.Accepted and not form.isVisible()
    detail = ann.bench.read(members.person_detail, chair)
    assert (detail.role, detail.notes, detail.phone) == ("Cadeirydd", NOTE, "")


def test_a_form_opened_after_the_change_saves_and_ones_own_changes_never_refuse_it(windows, qtbot):
    ann, bryn = windows
    chair = person_id(ann.bench, "Łukasz Nowak")
    ann.bench.perform("Edit", members.update_person, chair, name="Łukasz Nowak", role="Chair", phone="1")
    qtbot.waitUntil(lambda: bryn.store.seen == ann.store.last_change(), timeout=2000)
    form = open_form(bryn, chair)  # read after Ann's change: no conflict
    form.ui.role.setText("Vice-chair")
    form.accept()
    assert form.result() == QDialog.DialogCode.Accepted, form.error_text
    assert ann.bench.read(members.person_detail, chair).phone == "1"
    qtbot.waitUntil(lambda: ann.store.seen == bryn.store.last_change(), timeout=2000)
    mine = open_form(ann, chair)
    ann.bench.perform("Edit", members.update_person, chair, name="Łukasz Nowak", role="Chair", phone="2")
    mine.ui.email.setText("chair@example.org")
    mine.accept()  # Ann's own change since her form opened is no one else's
    assert mine.result() == QDialog.DialogCode.Accepted, mine.error_text

    # Without a form, the check counts from what the window's pages have read.
    qtbot.waitUntil(lambda: bryn.store.seen == ann.store.last_change(), timeout=2000)
    seen = bryn.store.seen
    bryn.bench.listener.stop()  # Bryn's window hears nothing more: its pages still show what they read
    ann.bench.perform("Edit", members.update_person, chair, name="Łukasz Nowak", phone="3")
    with pytest.raises(ValidationError) as refused:
        bryn.bench.perform("Edit", members.update_person, chair, name="Łukasz Nowak", phone="4")
    assert ANN in str(refused.value) and bryn.store.seen == seen
    assert bryn.bench.read(members.person_detail, chair).phone == "3"


def refusal_box(window) -> QMessageBox:
    (box,) = [box for box in window.findChildren(QMessageBox) if box.objectName() == "stepRefused" and box.isVisible()]
    return box


def test_undo_takes_back_only_ones_own_step_and_refuses_in_words_one_changed_since(windows, qtbot):
    ann, bryn = windows
    chair = person_id(ann.bench, "Łukasz Nowak")
    ann.bench.perform("Ann's phone", members.update_person, chair, name="Łukasz Nowak", role="Chair", phone="111")
    ann.bench.perform("Ann adds", members.add_person, "Gwen Morgan")
    qtbot.waitUntil(lambda: bryn.store.seen == ann.store.last_change(), timeout=2000)
    bryn.bench.perform("Bryn's phone", members.update_person, chair, name="Łukasz Nowak", role="Chair", phone="222")
    assert bryn.bench.undo_stack.count() == 1 and ann.bench.undo_stack.count() == 2
    ann.bench.undo_stack.undo()  # Ann's newest step, untouched by Bryn: taken back
    assert "Gwen Morgan" not in [row.name for row in ann.bench.read(members.person_rows)]
    assert ann.bench.undo_stack.index() == 1
    ann.bench.undo_stack.undo()  # Bryn changed the same person since: refused, and the history stays put
    assert ann.bench.read(members.person_detail, chair).phone == "222"
    assert ann.bench.undo_stack.index() == 1 and ann.bench.undo_stack.canUndo()
    assert ann.bench.undo_stack.undoText() == "Ann's phone" and ann.bench.undo_stack.redoText() == "Ann adds"
    box = refusal_box(ann)
    assert box.text().startswith("Not undone: ") and BRYN in box.text(), box.text()
    assert box.windowTitle() == "Not taken back" and problems_in(box, "the refusal") == []
    box.grab().save(str(LOOK / "refused_undo.png"))
    box.close()
    bryn.bench.undo_stack.undo()  # Bryn's own step is Bryn's to take back
    assert bryn.bench.read(members.person_detail, chair).phone == "111"
    ann.bench.undo_stack.undo()  # the person is as Ann's step left them again: now it goes
    assert ann.bench.read(members.person_detail, chair).phone == ""
    assert ann.bench.undo_stack.index() == 0
    ann.bench.undo_stack.redo()
    ann.bench.undo_stack.redo()
    assert ann.bench.undo_stack.index() == 2


def test_an_undo_waits_for_a_save_under_way_and_is_refused_not_overwriting_it(windows, qtbot):
    ann, bryn = windows
    chair = person_id(ann.bench, "Łukasz Nowak")
    ann.bench.perform("Ann's phone", members.update_person, chair, name="Łukasz Nowak", phone="111")
    qtbot.waitUntil(lambda: bryn.store.seen == ann.store.last_change(), timeout=2000)
    writing = threading.Event()

    def slow_save(session):  # Bryn's save, its row written and not yet committed while Ann presses Ctrl+Z
        members.update_person(session, chair, name="Łukasz Nowak", phone="222")
        session.flush()
        writing.set()
        time.sleep(0.4)

    saving = threading.Thread(target=bryn.store.run_recorded, args=(slow_save,))
    saving.start()
    assert writing.wait(5)
    ann.bench.undo_stack.undo()
    saving.join()
    assert ann.bench.read(members.person_detail, chair).phone == "222"  # Bryn's save stands
    assert ann.bench.undo_stack.index() == 1 and BRYN in refusal_box(ann).text()


def test_a_refused_redo_stays_to_be_redone(windows, qtbot):
    ann, bryn = windows
    chair = person_id(ann.bench, "Łukasz Nowak")
    ann.bench.perform("Ann's phone", members.update_person, chair, name="Łukasz Nowak", phone="111")
    ann.bench.undo_stack.undo()
    qtbot.waitUntil(lambda: bryn.store.seen == ann.store.last_change(), timeout=2000)
    bryn.bench.perform("Bryn's phone", members.update_person, chair, name="Łukasz Nowak", phone="222")
    ann.bench.undo_stack.redo()
    assert ann.bench.undo_stack.index() == 0 and ann.bench.undo_stack.redoText() == "Ann's phone"
    assert ann.bench.read(members.person_detail, chair).phone == "222"
    assert BRYN in refusal_box(ann).text()


def test_the_listener_connects_again_and_reloads_everything(windows, qtbot, pg_cluster, monkeypatch):
    ann, bryn = windows
    bryn.show_area("people")
    listener = bryn.bench.listener
    listener.retry_ms = 50
    heard = []
    bryn.bench.changed.connect(heard.append)
    with psycopg.connect(pg_cluster.url, autocommit=True) as connection:
        connection.execute("SELECT pg_terminate_backend(%s)", (listener.backend_pid(),))
    qtbot.waitUntil(lambda: not listener.listening, timeout=2000)  # it noticed at once
    ann.bench.perform("Add", members.add_person, "Heard later")  # while Bryn's window was not listening
    qtbot.waitUntil(lambda: listener.listening and bool(heard), timeout=3000)
    assert heard == [None]  # everything, once
    assert bryn.store.seen == ann.store.last_change()
    ann.bench.perform("Add", members.add_person, "Heard at once")
    qtbot.waitUntil(lambda: len(heard) == 2, timeout=2000)
    assert heard[1] == frozenset({"person"})


def test_closing_or_replacing_the_group_stops_listening(group, today, qtbot):
    from compactdesk.gui.workbench import Workbench

    store = open_group(group, person=ANN)
    bench = Workbench(store, lambda: today)
    listener = bench.listener
    assert listener.listening and store.on_close
    other = open_group(group, person=ANN)
    bench.replace_store(other)
    assert listener.stopped and not listener.listening and bench.listener.listening
    store.close()
    other.close()
    assert bench.listener.stopped and not bench.listener.listening


def test_a_file_keeps_no_listener_and_no_check(bench, monkeypatch):
    assert bench.listener is None and not live._FORMS._installed
    called = []
    monkeypatch.setattr(bench.store, "run_recorded", lambda *args, **kwargs: called.append(args) or (None, Change(())))
    bench.perform("Nothing", members.person_rows)
    assert len(called) == 1


def test_a_listener_that_cannot_connect_at_first_counts_from_now_and_tries_again(group, today, qtbot, monkeypatch):
    from compactdesk.gui.workbench import Workbench
    from compactdesk.store.server import ServerStore

    monkeypatch.setattr(live, "RETRY_FIRST_MS", 50)
    connect = ServerStore.listening_connection
    tries = []

    def first_fails(store):
        tries.append(store)
        if len(tries) == 1:
            raise OSError("the network is away")
        return connect(store)

    monkeypatch.setattr(ServerStore, "listening_connection", first_fails)
    store = open_group(group, person=ANN)
    bench = Workbench(store, lambda: today)
    assert not bench.listener.listening and store.seen == store.last_change() > 0
    heard = []
    bench.changed.connect(heard.append)
    qtbot.waitUntil(lambda: bench.listener.listening, timeout=3000)
    qtbot.waitUntil(lambda: heard == [None], timeout=1000)  # once back, everything reloads
    store.close()
