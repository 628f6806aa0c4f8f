"""Sign-up & champions, driven as the secretary meets it, on the demo store with a register added."""

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from compactdesk.gui.dialogs.choices import select_data
from compactdesk.gui.dialogs.signup import AGAIN, NEW, DepartmentDialog, SignUpDialog, with_mnemonic
from compactdesk.gui.colours import invalid_style
from compactdesk.gui.pages.signup import CHAMPIONS, REGISTER, SignUpPage
from compactdesk.gui.pages.signup_register import ALL_SIGNATURES, NOT_SIGNED, SIGNED_NOW
from compactdesk.gui.workbench import Workbench
from compactdesk.services import champions, compact, members, signup
from compactdesk.store import create_store
from compactdesk.store.models import Person

# The demo group (compactdesk/demo_compact.py): signatories lapsed at the council's reorganisation a year ago, most
# signed again since, four signed for the first time; thirteen departments of five public bodies, four of them gaps.
LAPSED = "Dyfnant Public Services Board"


@pytest.fixture
def page(bench, qtbot):
    widget = SignUpPage(bench)
    qtbot.addWidget(widget)
    bench.changed.connect(widget.refresh)  # as the main window does after every write, undo and redo
    widget.resize(1100, 700)
    widget.refresh()
    return widget


def fill_and_accept(page, monkeypatch, fill) -> list[QDialog]:
    """Replaces the page's dialog runner: fills each form as a person would, then presses Save."""
    opened = []

    def run(dialog):
        opened.append(dialog)
        fill(dialog)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(page, "run_dialog", run)
    return opened


def plain(html: str) -> str:
    return re.sub("<[^>]+>", "", html).replace("&amp;", "&")


def shown(tab, column: int = 0) -> list[str]:
    return [tab.proxy.index(row, column).data() for row in range(tab.proxy.rowCount())]


def cell(tab, key: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return tab.proxy.index(tab.proxy.index_of(key).row(), column).data(role)


def org_id(bench, name: str) -> int:
    return next(row.organisation_id for row in bench.read(members.organisation_rows) if row.name == name)


def person_id(bench, name: str) -> int:
    return next(row.person_id for row in bench.read(members.person_rows) if row.name == name)


def signatures(bench, today, name: str) -> list[signup.SignUpRow]:
    return [row for row in bench.read(signup.signup_rows, today) if row.organisation == name]


def department(bench, name: str) -> champions.DepartmentRow:
    return next(row for row in bench.read(champions.department_rows) if row.name == name)


def is_champion(bench, name: str) -> bool:
    return bench.read(lambda s: s.get(Person, person_id(bench, name)).is_champion)


# -- the page as it opens --------------------------------------------------------------------


def test_the_page_has_two_tabs_whose_letters_clash_with_nothing(page):
    assert (page.area, page.title()) == ("signup", "Sign-up & champions")
    assert [page.tabs.tabText(i) for i in range(2)] == ["Sign-&up register", "&Champions"]
    register, champ = page.register_tab, page.champions_tab
    letters = [text.split("&")[1][0].lower() for text in (
        page.tabs.tabText(0), page.tabs.tabText(1), register.sign_up_button.text(), register.again_button.text(),
        register.lapse_button.text(), champ.new_button.text(), champ.set_button.text(), champ.clear_button.text(),
        champ.gaps_only.text(), "&File", "&Edit", "&View", "&Help", "Sho&wing")]
    assert len(letters) == len(set(letters)), letters
    assert not register.empty.showing_empty and not champ.empty.showing_empty


def test_the_register_counts_by_sector_and_tag_in_plain_words(page, bench, today):
    counts = bench.read(signup.signup_counts, today)
    assert (counts.total, counts.vcs, counts.public, counts.new_in_year) == (22, 17, 5, 4)
    lines = plain(page.register_tab.summary.text().replace("<br>", "\n")).split("\n")
    assert lines == [
        ("22 organisations signed up: 17 voluntary and community, 5 public. "
         "Small 7 · BME 3 · Rural 7 · Volunteer-only 6 · Unfunded 2"),
        ("4 signed up for the first time in 2026. 18 not signed up yet (Small 10 · BME 1 · Volunteer-only 5 · "
         "Unfunded 3).")]
    tooltip = page.register_tab.summary.toolTip()
    assert "Council: 1" in tooltip
    assert "BME: Dyfnant Gypsy and Traveller Support" in tooltip  # who to invite, by tag


def test_signed_now_all_signatures_and_who_to_invite(page, bench, today):
    tab = page.register_tab
    assert tab.mode() == SIGNED_NOW
    assert tab.proxy.rowCount() == 22
    assert tab.count.text() == "Showing 22 of 22 signed up now"
    assert LAPSED not in shown(tab)
    tab.set_mode(ALL_SIGNATURES)
    assert tab.proxy.rowCount() == 45  # the signatures that lapsed at the reorganisation too
    (lapsed,) = signatures(bench, today, LAPSED)
    assert cell(tab, lapsed.signup_id, 5) == "Lapsed"
    assert cell(tab, lapsed.signup_id, 4) == "24 November 2025"
    assert cell(tab, lapsed.signup_id, 5, Qt.ItemDataRole.ToolTipRole) == ("This signature lapsed on 24 November "
                                                                           "2025; it no longer counts.")
    assert cell(tab, lapsed.signup_id, 0, Qt.ItemDataRole.ForegroundRole).red() == 100  # grey: history
    first, again = signatures(bench, today, "Dyfnant County Council")
    assert cell(tab, first.signup_id, 0, Qt.ItemDataRole.ForegroundRole).red() == 100
    assert (cell(tab, again.signup_id, 5), cell(tab, again.signup_id, 6)) == ("Signed up", "1")
    assert cell(tab, again.signup_id, 0, Qt.ItemDataRole.ForegroundRole) is None
    assert cell(tab, again.signup_id, 6, Qt.ItemDataRole.ToolTipRole) == "1 earlier signature by this organisation"
    assert cell(tab, again.signup_id, 7) == "Signed again after the council reorganisation."
    tab.set_mode(NOT_SIGNED)
    invite = shown(tab)
    assert len(invite) == len(bench.read(signup.signup_counts, today).not_signed) == 40 - 22
    assert LAPSED in invite and "Dyfnant County Council" not in invite
    assert tab.count.text() == f"Showing {len(invite)} of {len(invite)} not signed"
    key = -org_id(bench, LAPSED)
    assert cell(tab, key, 5) == "Not signed"
    assert cell(tab, key, 6, Qt.ItemDataRole.ToolTipRole) == "Signed 1 time before"


def test_search_narrows_and_says_how_to_clear_it(page, qtbot):
    tab = page.register_tab
    qtbot.keyClicks(tab.search, "rural")
    assert tab.proxy.rowCount() == 7
    assert all("Rural" in text for text in shown(tab, 2))
    tab.search.setText("dim byd o’r fath")
    assert tab.empty.showing_empty
    assert "Nothing matches “dim byd o’r fath”" in tab.empty.label.text()


def test_models_pass_the_model_tester(page, qtmodeltester):
    for tab in page.all_tabs():
        qtmodeltester.check(tab.model)
        qtmodeltester.check(tab.proxy)
    page.register_tab.set_mode(ALL_SIGNATURES)
    page.champions_tab.gaps_only.setChecked(True)
    for tab in page.all_tabs():
        qtmodeltester.check(tab.proxy)


# -- signing up, again, a lapse, a delete ----------------------------------------------------


def test_sign_up_with_welsh_polish_and_emoji_text_then_undo_and_redo(page, bench, today, monkeypatch, qtbot):
    name = "Dyfnant Arts Collective"
    note = "Signed at the Eisteddfod by Gwenllïan, Llŷr and Łucja — ŵ ŷ 🎨"

    def fill(dialog: SignUpDialog):
        assert dialog.windowTitle() == "Sign up an organisation"
        assert dialog.ui.lapsedOn.isHidden()
        select_data(dialog.ui.organisation, org_id(bench, name))
        dialog.ui.signedOn.set_value(dt.date(2026, 11, 20))
        qtbot.keyClicks(dialog.ui.note, "Signed at the Eisteddfod by ")
        dialog.ui.note.insertPlainText("Gwenllïan, Llŷr and Łucja — ŵ ŷ 🎨")

    opened = fill_and_accept(page, monkeypatch, fill)
    page.new_item()  # Ctrl+N on the register
    assert len(opened) == 1
    (made,) = signatures(bench, today, name)
    assert (made.signed_on, made.signed_now, made.note) == (dt.date(2026, 11, 20), True, note)
    assert bench.undo_stack.undoText() == f"Sign up “{name}”"
    assert page.register_tab.current_id() == made.signup_id  # the new signature is chosen
    assert page.register_tab.proxy.rowCount() == 23
    assert plain(page.register_tab.summary.text()).startswith("23 organisations signed up")

    bench.undo_stack.undo()
    assert signatures(bench, today, name) == []
    assert page.register_tab.proxy.rowCount() == 22
    bench.undo_stack.redo()
    assert signatures(bench, today, name)[0].note == note


def test_signing_up_twice_is_refused_at_the_organisation(bench, today, qtbot, page):
    dialog = SignUpDialog(bench, mode=NEW)
    qtbot.addWidget(dialog)
    select_data(dialog.ui.organisation, org_id(bench, "Dyfnant BME Forum"))
    dialog.ui.note.setPlainText("Ail-arwyddo 🙂")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Dyfnant BME Forum has been signed up since" in dialog.error_text
    assert "choose “Sign again”" in dialog.error_text
    assert dialog.ui.organisation.styleSheet() == invalid_style()
    assert dialog.ui.note.toPlainText() == "Ail-arwyddo 🙂"  # nothing typed is lost
    assert bench.undo_stack.count() == 0


def test_choosing_nobody_is_refused_at_the_organisation(bench, qtbot):
    dialog = SignUpDialog(bench, mode=NEW)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.error_text == "Choose the organisation that signed up."
    assert dialog.ui.organisation.styleSheet() == invalid_style()


def test_sign_again_is_one_step_and_undoes_as_one(page, bench, today, monkeypatch):
    name = "Hywel Môn University Health Board"
    before = signatures(bench, today, name)
    current = before[-1]
    tab = page.register_tab
    tab.select(current.signup_id)
    assert tab.again_button.isEnabled() and tab.lapse_button.isEnabled()

    def fill(dialog: SignUpDialog):
        assert dialog.windowTitle() == "Sign again"
        assert not dialog.ui.organisation.isEnabled()
        assert name in dialog.ui.intro.text()
        assert dialog.ui.note.toPlainText() == "Signed again after reorganisation"
        dialog.ui.signedOn.set_value(today)

    fill_and_accept(page, monkeypatch, fill)
    tab.again_button.click()
    *_, old, new = signatures(bench, today, name)
    assert old.signup_id == current.signup_id
    assert (old.lapsed_on, new.signed_on, new.lapsed_on, new.previous, new.note) == (
        today, today, None, 2, "Signed again after reorganisation")
    assert bench.undo_stack.undoText() == f"Sign “{name}” again"
    assert tab.current_id() == new.signup_id
    bench.undo_stack.undo()
    assert signatures(bench, today, name) == before
    bench.undo_stack.redo()
    assert len(signatures(bench, today, name)) == 3


def test_signing_again_too_early_is_refused_at_the_date(page, bench, today, qtbot):
    current = signatures(bench, today, "Coleg Dyfnant")[-1]
    dialog = SignUpDialog(bench, mode=AGAIN, signup_id=current.signup_id)
    qtbot.addWidget(dialog)
    dialog.ui.signedOn.set_value(current.signed_on)
    dialog.accept()
    assert "signing again must come after that day" in dialog.error_text
    assert dialog.ui.signedOn.styleSheet() == invalid_style()


def test_record_a_lapse_refused_before_the_signature_then_recorded(page, bench, today, monkeypatch):
    name = "Mind Dyfnant"
    before = signatures(bench, today, name)
    current = before[-1]
    tab = page.register_tab
    tab.select(current.signup_id)
    errors = []

    def fill(dialog: SignUpDialog):
        assert dialog.windowTitle() == "Record a lapse"
        dialog.ui.lapsedOn.set_value(current.signed_on - dt.timedelta(days=1))
        dialog.accept()
        errors.append(dialog.error_text)
        assert dialog.ui.lapsedOn.styleSheet() == invalid_style()
        dialog.ui.lapsedOn.set_value(dt.date(2026, 10, 31))
        dialog.ui.note.setPlainText("Merged with Carers Dyfnant")

    fill_and_accept(page, monkeypatch, fill)
    tab.lapse_button.click()
    assert "cannot be before the day it signed up" in errors[0]
    after = signatures(bench, today, name)[-1]
    assert (after.lapsed_on, after.signed_now, after.note) == (dt.date(2026, 10, 31), False, "Merged with Carers Dyfnant")
    assert bench.undo_stack.undoText() == f"Record that the signature of “{name}” lapsed"
    # A lapsed signature is no longer "signed up now": the list widens to keep it in view, chosen. It can be
    # neither renewed nor lapsed again.
    assert tab.mode() == ALL_SIGNATURES and tab.current_id() == after.signup_id
    assert not tab.again_button.isEnabled() and not tab.lapse_button.isEnabled()
    tab.set_mode(SIGNED_NOW)
    assert name not in shown(tab)
    bench.undo_stack.undo()
    assert signatures(bench, today, name) == before


def test_enter_edits_a_signature_and_delete_removes_it(page, bench, today, monkeypatch, qtbot):
    name = "Carers Dyfnant"
    earlier, current = signatures(bench, today, name)
    tab = page.register_tab
    tab.select(current.signup_id)
    assert page.can_edit() and page.can_delete()

    def fill(dialog: SignUpDialog):
        assert dialog.windowTitle() == "Edit a signature"
        dialog.ui.signedOn.set_value(dt.date(2026, 1, 9))
        dialog.ui.note.setPlainText("Gofalwyr Dyfnant — signed by Łucja 🎉")

    fill_and_accept(page, monkeypatch, fill)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    edited = signatures(bench, today, name)[-1]
    assert (edited.signed_on, edited.note) == (dt.date(2026, 1, 9), "Gofalwyr Dyfnant — signed by Łucja 🎉")
    assert bench.undo_stack.undoText() == f"Edit the signature of “{name}”"

    page.delete_current()
    assert signatures(bench, today, name) == [earlier]
    assert bench.undo_stack.undoText() == f"Delete the signature of “{name}” of 9 January 2026"
    bench.undo_stack.undo()
    assert signatures(bench, today, name) == [earlier, edited]
    bench.undo_stack.redo()
    assert signatures(bench, today, name) == [earlier]


def test_enter_on_an_organisation_not_signed_signs_it_up(page, bench, today, monkeypatch, qtbot):
    tab = page.register_tab
    tab.set_mode(NOT_SIGNED)
    key = -org_id(bench, "Dyfnant Sight Support")
    assert cell(tab, key, 5) == "Not signed" and cell(tab, key, 6, Qt.ItemDataRole.ToolTipRole) == "Never signed up"
    assert tab.select(key)
    assert page.can_edit() and not page.can_delete()  # nothing to delete: it has no signature
    chosen = []
    fill_and_accept(page, monkeypatch, lambda dialog: chosen.append(dialog.ui.organisation.currentText()))
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert chosen == ["Dyfnant Sight Support"]
    assert signatures(bench, today, "Dyfnant Sight Support")[0].signed_on == today
    assert tab.mode() == NOT_SIGNED  # still the list of who to invite, without them
    assert "Dyfnant Sight Support" not in shown(tab)


def test_show_record_finds_a_lapsed_signature(page, bench, today):
    (lapsed,) = signatures(bench, today, LAPSED)
    page.tabs.setCurrentIndex(CHAMPIONS)
    page.show_record(lapsed.signup_id)
    assert page.tabs.currentIndex() == REGISTER
    assert page.register_tab.mode() == ALL_SIGNATURES
    assert page.register_tab.current_id() == lapsed.signup_id


def test_an_empty_store_says_what_each_tab_is_for(tmp_path, qtbot, today):
    store = create_store(tmp_path / "new group.cdstore")
    council = store.run(members.add_organisation, "Cyngor Sir Ynys Môn", "council").id
    for name in ("Siân Hughes", "Llŷr Jones", "Łucja Nowak", "Gwenllïan Roberts", "Dafydd Ellis", "Aled Wyn",
                 "Nia Parry"):
        store.run(members.add_person, name, organisation_id=council, is_champion=True)
    bench = Workbench(store, lambda: today)
    try:
        widget = SignUpPage(bench)
        qtbot.addWidget(widget)
        widget.refresh()
        register, champ = widget.register_tab, widget.champions_tab
        assert register.empty.showing_empty and "No sign-ups yet" in register.empty.label.text()
        assert not register.empty.button.isHidden()
        assert plain(register.summary.text()).startswith("0 organisations signed up: 0 voluntary and community, "
                                                         "0 public.")
        register.set_mode(NOT_SIGNED)
        assert shown(register) == ["Cyngor Sir Ynys Môn"]
        assert champ.empty.showing_empty and "No departments yet" in champ.empty.label.text()
        assert plain(champ.coverage.text()) == "No departments recorded yet for Cyngor Sir Ynys Môn."
        # People marked champions but named for no department: a hint, five names and "and 2 more".
        assert not champ.hint.isHidden()
        assert "Aled Wyn (Cyngor Sir Ynys Môn), Dafydd Ellis (Cyngor Sir Ynys Môn)" in champ.hint.text()
        assert "and 2 more" in champ.hint.text()
        assert "Siân Hughes" in champ.hint.toolTip() and "Łucja Nowak" in champ.hint.toolTip()
    finally:
        store.close()


# -- champions ------------------------------------------------------------------------------


def test_coverage_per_body_and_gaps_stand_out(page, bench):
    tab = page.champions_tab
    page.tabs.setCurrentIndex(CHAMPIONS)
    lines = plain(tab.coverage.text().replace("<br>", "\n")).split("\n")
    assert lines == ["Coleg Dyfnant: 0 of 1 department has a champion — 1 gap",
                     "Dyfnant and Ynys Môn Police: 1 of 1 department has a champion",
                     "Dyfnant County Council: 6 of 8 departments have a champion — 2 gaps",
                     "Hywel Môn University Health Board: 1 of 2 departments have a champion — 1 gap",
                     "Mid Dyfnant Fire and Rescue Service: 1 of 1 department has a champion",
                     "Overall: 9 of 13 departments (69%)",
                     "No departments recorded yet for Dyfnant Public Services Board, Dyfnant Sports Council."]
    assert shown(tab)[:3] == ["Coleg Dyfnant", "Dyfnant and Ynys Môn Police", "Dyfnant County Council"]
    gap = department(bench, "Planning")
    assert cell(tab, gap.department_id, 4) == "No champion — a gap"
    assert cell(tab, gap.department_id, 1, Qt.ItemDataRole.ForegroundRole).red() == 160
    assert cell(tab, gap.department_id, 1, Qt.ItemDataRole.ToolTipRole).startswith(
        "Nobody is named as the champion of Planning (Dyfnant County Council).")
    filled = department(bench, "Highways")
    assert (cell(tab, filled.department_id, 2), cell(tab, filled.department_id, 4)) == ("Llŷr Evans",
                                                                                         "Has a champion")
    assert cell(tab, filled.department_id, 0, Qt.ItemDataRole.ForegroundRole) is None
    assert tab.count.text() == "Showing 13 of 13 · 4 gaps"
    tab.gaps_only.setChecked(True)
    assert sorted(shown(tab, 1)) == ["Community Learning", "Housing", "Planning", "Public Health"]
    tab.search.setText("Highways")
    assert "Nothing matches “Highways”" in tab.empty.label.text()
    tab.search.clear()
    # Everyone marked a champion champions a department: no hint, until someone is marked and not named.
    assert tab.hint.isHidden()
    carys = person_id(bench, "Carys Howells")
    bench.perform("Mark Carys", lambda session: setattr(session.get(Person, carys), "is_champion", True))
    assert not tab.hint.isHidden()
    assert "Carys Howells (Hywel Môn University Health Board)" in tab.hint.text()


def test_add_a_department_with_welsh_and_emoji_then_undo_and_redo(page, bench, monkeypatch, qtbot):
    page.tabs.setCurrentIndex(CHAMPIONS)
    assert page.new_text() == "New department…"
    name = "Gwasanaethau Plant — Łódź twinning 🚸"

    def fill(dialog: DepartmentDialog):
        assert dialog.windowTitle() == "New department"
        assert dialog.ui.championLabel.text() == "&Champion:"
        select_data(dialog.ui.body, org_id(bench, "Dyfnant County Council"))
        qtbot.keyClicks(dialog.ui.name, "Gwasanaethau Plant ")
        dialog.ui.name.insert("— Łódź twinning 🚸")
        choices = [dialog.ui.champion.itemText(i) for i in range(dialog.ui.champion.count())]
        assert choices[0] == "Nobody yet — a gap"
        assert "Sioned Edwards — Planning policy officer" in choices
        assert not any("Ffion" in text for text in choices)  # the health board's people are not offered
        select_data(dialog.ui.champion, person_id(bench, "Sioned Edwards"))

    fill_and_accept(page, monkeypatch, fill)
    page.new_item()
    made = department(bench, name)
    assert (made.body, made.champion) == ("Dyfnant County Council", "Sioned Edwards")
    assert is_champion(bench, "Sioned Edwards")
    assert bench.undo_stack.undoText() == f"Add department “{name}”"
    assert page.champions_tab.current_id() == made.department_id
    assert "7 of 9 departments" in page.champions_tab.coverage.text()
    bench.undo_stack.undo()
    assert all(row.name != name for row in bench.read(champions.department_rows))
    assert not is_champion(bench, "Sioned Edwards")
    bench.undo_stack.redo()
    assert department(bench, name).champion == "Sioned Edwards"


def test_name_and_clear_a_champion_then_undo_and_redo(page, bench, monkeypatch):
    page.tabs.setCurrentIndex(CHAMPIONS)
    tab = page.champions_tab
    gap = department(bench, "Housing")
    tab.select(gap.department_id)
    assert tab.set_button.isEnabled() and not tab.clear_button.isEnabled()
    assert not is_champion(bench, "Alun Vaughan")

    def fill(dialog: DepartmentDialog):
        assert dialog.ui.name.text() == "Housing"
        assert dialog.ui.champion.currentText() == "Nobody yet — a gap"
        select_data(dialog.ui.champion, person_id(bench, "Alun Vaughan"))

    fill_and_accept(page, monkeypatch, fill)
    tab.set_button.click()
    assert department(bench, "Housing").champion == "Alun Vaughan"
    assert is_champion(bench, "Alun Vaughan")
    assert bench.undo_stack.undoText() == "Name Alun Vaughan champion of “Housing”"
    assert tab.current_id() == gap.department_id and tab.clear_button.isEnabled()
    assert cell(tab, gap.department_id, 4) == "Has a champion"

    tab.clear_button.click()
    assert department(bench, "Housing").gap
    assert not is_champion(bench, "Alun Vaughan")
    assert bench.undo_stack.undoText() == "Clear the champion of “Housing”"
    bench.undo_stack.undo()
    assert department(bench, "Housing").champion == "Alun Vaughan" and is_champion(bench, "Alun Vaughan")
    bench.undo_stack.undo()
    assert department(bench, "Housing").gap and not is_champion(bench, "Alun Vaughan")  # as it was
    bench.undo_stack.redo()
    assert department(bench, "Housing").champion == "Alun Vaughan"


def test_a_champion_from_another_body_is_refused_at_the_field(page, bench, qtbot):
    gap = department(bench, "Public Health")
    dialog = DepartmentDialog(bench, department_id=gap.department_id)
    qtbot.addWidget(dialog)
    # Someone can only be offered from the body itself; pick the council's Rhodri by moving the body and back.
    select_data(dialog.ui.body, org_id(bench, "Dyfnant County Council"))
    select_data(dialog.ui.champion, person_id(bench, "Rhodri Owen"))
    dialog.ui.body.blockSignals(True)
    select_data(dialog.ui.body, org_id(bench, "Hywel Môn University Health Board"))
    dialog.ui.body.blockSignals(False)
    dialog.accept()
    assert dialog.error_text.startswith("Rhodri Owen works for Dyfnant County Council, not Hywel Môn")
    assert dialog.ui.champion.styleSheet() == invalid_style()
    assert department(bench, "Public Health").gap


def test_a_department_name_already_used_is_refused_at_the_name(page, bench, qtbot):
    dialog = DepartmentDialog(bench, organisation_id=org_id(bench, "Dyfnant County Council"))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.name, "HIGHWAYS")
    dialog.accept()
    assert "Dyfnant County Council already has a department called Highways" in dialog.error_text
    assert dialog.ui.name.styleSheet() == invalid_style()
    assert dialog.ui.name.text() == "HIGHWAYS"


def test_rename_and_delete_a_department(page, bench, monkeypatch, qtbot):
    page.tabs.setCurrentIndex(CHAMPIONS)
    tab = page.champions_tab
    highways = department(bench, "Highways")
    tab.select(highways.department_id)

    def fill(dialog: DepartmentDialog):
        dialog.ui.name.setText("Priffyrdd a Thrafnidiaeth — Highways ŵ")

    fill_and_accept(page, monkeypatch, fill)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    renamed = department(bench, "Priffyrdd a Thrafnidiaeth — Highways ŵ")
    assert renamed.champion == "Llŷr Evans"
    assert bench.undo_stack.undoText() == "Edit department “Priffyrdd a Thrafnidiaeth — Highways ŵ”"
    page.delete_current()
    assert all(row.department_id != renamed.department_id for row in bench.read(champions.department_rows))
    assert bench.undo_stack.undoText() == ("Delete department “Priffyrdd a Thrafnidiaeth — Highways ŵ” of "
                                           "Dyfnant County Council")
    assert not is_champion(bench, "Llŷr Evans")
    bench.undo_stack.undo()
    assert department(bench, "Priffyrdd a Thrafnidiaeth — Highways ŵ").champion == "Llŷr Evans"
    assert is_champion(bench, "Llŷr Evans")


def test_show_department_clears_the_gaps_filter(page, bench):
    page.champions_tab.gaps_only.setChecked(True)
    highways = department(bench, "Highways")
    page.show_department(highways.department_id)
    assert page.tabs.currentIndex() == CHAMPIONS
    assert page.champions_tab.current_id() == highways.department_id


def test_the_compacts_own_word_is_used_everywhere(page, bench):
    bench.perform("Word", lambda s: compact.update_compact(s, name=compact.get_compact(s).name,
                                                          champion_label="representative"))
    tab = page.champions_tab
    assert page.tabs.tabText(CHAMPIONS) == "&Representatives"
    assert tab.model.headerData(2, Qt.Orientation.Horizontal) == "Representative"
    assert tab.set_button.text() == "&Name the representative…"
    assert tab.clear_button.text() == "Clear &the representative"
    gap = department(bench, "Planning")
    assert cell(tab, gap.department_id, 4) == "No representative — a gap"
    assert "6 of 8 departments have a representative" in tab.coverage.text()
    carys = person_id(bench, "Carys Howells")
    bench.perform("Mark Carys", lambda session: setattr(session.get(Person, carys), "is_champion", True))
    assert "Marked as representatives" in tab.hint.text()
    dialog = DepartmentDialog(bench, department_id=gap.department_id)
    assert dialog.ui.championLabel.text() == "&Representative:"
    dialog.deleteLater()


def test_a_word_whose_letters_are_all_taken_gets_no_mnemonic():
    assert with_mnemonic("Leads", "fevhusalwdntg") == "Leads"
    assert with_mnemonic("Dolen", "bd") == "D&olen"
