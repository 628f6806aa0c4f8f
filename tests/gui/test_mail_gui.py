"""File ▸ Send by email (issue 20), driven through the real window: the menu item, the draft window filled in as a
person would, the paper made, the .eml written and "opened" (QDesktopServices.openUrl replaced by a recorder), and
the file read back with the `email` package."""

from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox

from compactdesk import i18n
from compactdesk.gui import mail_menu
from compactdesk.gui.dialogs.mail import BCC, TO, MailDialog
from compactdesk.gui.ops import RunNow
from compactdesk.services import drafts, meetings, members
from compactdesk.services.papers import owed_by_officer
from test_compact_page import type_into
from test_fits_screen import dialog_problems


def read(path: Path):
    with open(path, "rb") as stream:
        return BytesParser(policy=policy.default).parse(stream)


def addresses(message, header: str) -> list[str]:
    value = message[header]
    return [] if value is None else [address.addr_spec for address in value.addresses]


def text_of(message) -> str:
    return message.get_body(("plain",)).get_content().replace("\r\n", "\n")


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    out = tmp_path / "Email drafts"
    monkeypatch.setattr(mail_menu, "drafts_folder", lambda: out)
    return out


class Opener(list):
    """Stands in for QDesktopServices.openUrl: records each file asked for; `works` says whether a mail program
    took it."""

    works = True

    def __call__(self, url):
        self.append(Path(url.toLocalFile()))
        return self.works


@pytest.fixture
def opener(monkeypatch) -> Opener:
    record = Opener()
    monkeypatch.setattr(QDesktopServices, "openUrl", record)
    return record


@pytest.fixture
def dialogs(monkeypatch):
    """Each draft window opened: its exec runs `dialogs.fill(dialog)` (by default nothing), then presses Open."""
    class Opened(list):
        @staticmethod
        def fill(dialog):
            pass

    record = Opened()

    def run(dialog):
        record.append(dialog)
        record.fill(dialog)
        dialog.open_button.click()
        return dialog.result()

    monkeypatch.setattr(MailDialog, "exec", run)
    return record


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes answered at once, their words kept."""
    seen = []

    def answer(box):
        seen.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return seen


@pytest.fixture
def mailing(window):
    window.export_pool = RunNow()
    return window


def trigger(window, words: str) -> None:
    action = next(a for a in window.mail_menu.actions() if a.text().replace("&", "") == words)
    action.trigger()


def test_the_agenda_from_the_menu_makes_the_pack_and_opens_a_draft_to_every_member(mailing, folder, opener, dialogs,
                                                                                   boxes, today):
    window = mailing
    assert window.mail_menu.title() == "&Send by email"
    trigger(window, "The agenda to the members…")
    dialog = dialogs[-1]
    upcoming = window.bench.read(meetings.next_meeting, today)
    assert dialog.meeting_id() == upcoming.id and dialog.pack  # its items have papers: the pack goes
    assert not dialog.format.isEnabled() and dialog.format.currentData() == ".pdf"
    members_with = window.bench.read(drafts.members_to_send, today, upcoming.id).with_address
    assert dialog.people.count() == len(members_with) >= 10
    assert dialog.count_label.text() == f"{len(members_with)} members will get it."
    # The paper was made into the drafts folder, then the draft written beside it and opened.
    assert len(opener) == 1 and opener[0].suffix == ".eml" and opener[0].parent == folder
    pack = next(folder.glob("Agenda pack *.pdf"))
    message = read(opener[0])
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == "Agenda pack: Dyfnant Compact Liaison Group, Tuesday 15 December 2026"
    assert addresses(message, "To") == ["griffiths@example.org.uk"]  # Elin Griffiths takes the apologies
    assert sorted(addresses(message, "Bcc")) == sorted(
        a for p in members_with for a in p.mail.addresses if a != "griffiths@example.org.uk")
    attachment = next(message.iter_attachments())
    assert attachment.get_filename() == pack.name and attachment.get_content() == pack.read_bytes()
    assert "send your apologies to Elin Griffiths" in text_of(message)
    assert "opened in your mail program" in window.statusBar().currentMessage()


def test_the_minutes_made_already_go_in_to_with_the_words_edited_and_unticked_members_left_out(
        mailing, folder, opener, dialogs, boxes, today, tmp_path, qtbot):
    window = mailing
    last = window.bench.read(meetings.last_meeting, today)
    paper = tmp_path / "Cofnodion – Minutes 2026-09-15.pdf"
    paper.write_bytes(b"%PDF-1.7 cofnodion \xff\x00")

    def fill(dialog):
        assert not dialog.meeting.isEnabled() and dialog.findChild(type(dialog.count_label), "mailAttached").text() \
            == paper.name
        assert "Dydd Mawrth 15 Medi 2026" in dialog.subject.text()  # the paper's language: both, Welsh first
        dialog.addressing.setCurrentIndex(dialog.addressing.findData(TO))
        dialog.people.item(0).setCheckState(Qt.CheckState.Unchecked)
        type_into(qtbot, dialog.subject, "Cofnodion – Minutes ŵ 🎉")
        type_into(qtbot, dialog.text, "Annwyl bawb, Llŷr.")
        dialog.language.setCurrentIndex(dialog.language.findData("en"))  # the words edited stay as typed
        assert dialog.subject.text() == "Cofnodion – Minutes ŵ 🎉"

    dialogs.fill = fill
    opener.works = False  # no mail program: the window says where the file is
    window.mail.draft_minutes(last.id, [paper], "both")
    dialog = dialogs[-1]
    first = dialog.recipients.with_address[0]
    message = read(opener[0])
    assert message["Subject"] == "Cofnodion – Minutes ŵ 🎉" and text_of(message) == "Annwyl bawb, Llŷr.\n"
    assert message["Bcc"] is None and first.mail.addresses[0] not in addresses(message, "To")
    assert len(addresses(message, "To")) == len(dialog.recipients.with_address) - 1
    attachment = next(message.iter_attachments())
    assert attachment.get_filename() == paper.name and attachment.get_content() == paper.read_bytes()
    box = boxes[-1]
    assert box.objectName() == "mailNotOpened" and str(opener[0]) in box.text()
    assert not list(folder.glob("*.pdf"))  # nothing made again


def test_the_chase_letters_each_go_to_their_officer_attached_or_in_the_text(mailing, folder, opener, dialogs, boxes,
                                                                           today):
    window = mailing
    owing = window.bench.read(owed_by_officer, today, overdue_only=True)
    chosen = owing[:2]

    def fill(dialog):
        assert dialog.people.count() == len(owing)
        for row in range(dialog.people.count()):
            item = dialog.people.item(row)
            if item.data(Qt.ItemDataRole.UserRole) not in {o.person_id for o in chosen}:
                item.setCheckState(Qt.CheckState.Unchecked)

    dialogs.fill = fill
    trigger(window, "Chase letters to the officers…")
    assert len(opener) == 2
    for officer, path in zip(chosen, opener):
        message = read(path)
        assert addresses(message, "To") == [officer.email] and message["Bcc"] is None
        assert text_of(message).startswith(f"Dear {officer.name},\n")
        attachment = next(message.iter_attachments())
        letter = folder / attachment.get_filename()
        assert officer.name in letter.name and attachment.get_content() == letter.read_bytes()
    # In the text: no file made, the letter is the message.
    opener.clear()
    before = set(folder.iterdir())

    def in_text(dialog):
        fill(dialog)
        dialog.letter.setCurrentIndex(dialog.letter.findData(True))
        assert not dialog.text.isEnabled()

    dialogs.fill = in_text
    trigger(window, "Chase letters to the officers…")
    assert len(opener) == 2 and {p.suffix for p in set(folder.iterdir()) - before} == {".eml"}
    message = read(opener[0])
    assert not list(message.iter_attachments())
    assert f"Dear {chosen[0].name}," in text_of(message) and "Yours sincerely," in text_of(message)


def test_members_without_a_usable_address_are_listed_to_post_to(mailing, folder, opener, dialogs, boxes, today,
                                                                qtbot):
    window = mailing
    upcoming = window.bench.read(meetings.next_meeting, today)
    people = window.bench.read(drafts.members_to_send, today, upcoming.id).with_address
    typo, postal = people[0], people[1]
    for person, email, address in ((typo, "parry@dyfnant,gov.wales", ""), (postal, "", "Tŷ Gwyn\nLlanfor")):
        detail = window.bench.read(members.person_detail, person.person_id)
        window.bench.perform("Change", members.update_person, person.person_id, name=detail.name, role=detail.role,
                             organisation_id=detail.organisation_id, department=detail.department, email=email,
                             address=address)

    def fill(dialog):
        listed = dialog.without.toPlainText()
        assert typo.name in listed and "parry@dyfnant,gov.wales" in listed and "People page" in listed
        assert postal.name in listed and "Tŷ Gwyn, Llanfor" in listed
        assert dialog.without_label.text() == "No usable email address (2): post or hand them the papers."
        dialog.copy_button.click()
        assert QGuiApplication.clipboard().text() == listed
        dialog.addressing.setCurrentIndex(dialog.addressing.findData(BCC))

    dialogs.fill = fill
    trigger(window, "The agenda to the members…")
    message = read(opener[0])
    assert message["To"] is None
    assert len(addresses(message, "Bcc")) == len(people) - 2


def test_nothing_is_written_without_anyone_ticked_or_a_subject(mailing, folder, opener, dialogs, boxes):
    def fill(dialog):
        for row in range(dialog.people.count()):
            dialog.people.item(row).setCheckState(Qt.CheckState.Unchecked)
        dialog.open_button.click()
        assert dialog.error_label.isVisibleTo(dialog) and "Tick at least one" in dialog.error_label.text()
        dialog.people.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.subject.clear()
        dialog.open_button.click()
        assert dialog.error_label.text() == "Give the email a subject."
        dialog.reject()

    dialogs.fill = fill
    trigger(mailing, "The minutes to the members…")
    assert opener == [] and not folder.exists()


@pytest.mark.parametrize("language", [i18n.ENGLISH, i18n.WELSH])
@pytest.mark.parametrize("kind", ["agenda", "chase"])
def test_the_draft_window_fits_each_screen(window, settings, qtbot, language, kind):
    from compactdesk.gui.language import choose

    if language == i18n.WELSH:
        choose(settings, language)
        window.settle_language()
    dialog = MailDialog(window.bench, window.settings, kind, None, None, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    if language == i18n.WELSH:
        assert "Rhagfyr" in dialog.meeting.currentText() or kind == "chase"
    assert dialog_problems(dialog, f"MailDialog {kind} in {language}") == []


def test_the_menu_is_built_again_in_welsh(window, settings):
    from compactdesk.gui.language import choose

    choose(settings, i18n.WELSH)
    window.settle_language()
    assert window.mail_menu in window.menuBar().findChildren(type(window.mail_menu))
    assert len(window.mail_menu.actions()) == 3
    choose(settings, i18n.ENGLISH)
    window.settle_language()
    assert window.mail_menu.title() == "&Send by email"


def test_an_agenda_made_already_is_named_as_what_was_made(window, qtbot, tmp_path, today):
    """"Issue the agenda" may make the agenda alone though the items have papers: the email says what is attached."""
    from compactdesk.services.issuing import agenda_issue
    from compactdesk.services.meetings import next_meeting

    meeting_id = window.bench.read(next_meeting, today).id
    assert window.bench.read(agenda_issue, meeting_id).pack
    paper = tmp_path / "Agenda 2026-12-15.pdf"
    paper.write_bytes(b"%PDF-1.4 stand-in")
    subjects = {}
    for pack in (False, True):
        dialog = MailDialog(window.bench, window.settings, "agenda", meeting_id, "en", [paper], window, pack)
        qtbot.addWidget(dialog)
        subjects[pack] = dialog.subject.text()
    assert subjects[False].startswith("Agenda:") and subjects[True].startswith("Agenda pack:")


def test_each_officer_gets_their_own_letter_when_one_before_them_has_no_address(mailing, folder, opener, dialogs,
                                                                                 boxes, today):
    """The letters are made in the officers' order by name; the window lists those with an address first. An
    officer early in the alphabet with no address must not shift everyone else's letter onto the next officer."""
    window = mailing
    owing = window.bench.read(owed_by_officer, today, overdue_only=True)
    first = owing[0]
    window.bench.perform("No address", lambda session: setattr(session.get(members.Person, first.person_id),
                                                                  "email", ""))
    trigger(window, "Chase letters to the officers…")
    assert len(opener) == len(owing) - 1 > 1
    for path in opener:
        message = read(path)
        officer = next(o for o in owing if [o.email] == addresses(message, "To"))
        assert officer.person_id != first.person_id
        assert next(message.iter_attachments()).get_filename().endswith(f"– {officer.name}.pdf")


def test_many_drafts_are_left_in_their_folder_to_open_one_by_one(mailing, folder, opener, dialogs, boxes,
                                                                 monkeypatch):
    monkeypatch.setattr(mail_menu, "OPEN_AT_MOST", 1)
    trigger(mailing, "Chase letters to the officers…")
    assert opener == [folder]  # the folder, not a compose window for each
    assert "too many to open at once" in boxes[-1].text()
    assert len(list(folder.glob("*.eml"))) > 1


def test_sending_the_agenda_from_the_menu_marks_it_issued(mailing, folder, opener, dialogs, boxes, today):
    window = mailing
    upcoming = window.bench.read(meetings.next_meeting, today)
    assert upcoming.status.value == "planned"

    def leave(dialog):
        assert dialog.mark.isVisibleTo(dialog) and dialog.mark.isChecked()
        dialog.mark.setChecked(False)

    dialogs.fill = leave
    trigger(window, "The agenda to the members…")
    assert window.bench.read(meetings.meeting_row, upcoming.id, today).status.value == "planned"
    dialogs.fill = lambda dialog: None
    trigger(window, "The agenda to the members…")
    assert window.bench.read(meetings.meeting_row, upcoming.id, today).status.value == "agenda_issued"
    dialogs.fill = lambda dialog: None if not dialog.mark.isVisibleTo(dialog) else pytest.fail("issued already")
    trigger(window, "The agenda to the members…")
