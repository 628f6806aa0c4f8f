"""Email drafts (issue 20): who the papers go to, the .eml written, read back with a second parser (the `email`
package's BytesParser with the default policy): recipients, the unsent flag, the attachment's bytes, the group's
own words in Welsh, and a message that stays valid whatever was typed into names, addresses or the text."""

import datetime as dt
import re
from contextlib import contextmanager
from email import message_from_bytes, policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from compactdesk import i18n
from compactdesk.documents.export import ExportRequest, Paper, export
from compactdesk.documents.plain import chase_letter_texts
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.text import clean
from compactdesk.domain.enums import MeetingKind, MeetingStatus
from compactdesk.services import compact, drafts, feedback, meetings, members, seats
from compactdesk.services.drafts import DraftWords, Recipient, agenda_words, draft_to, members_to_send
from compactdesk.services.mail_files import Addressee, check_address, draft, draft_name, write_draft

TODAY = dt.date(2026, 11, 24)
MEETING_DAY = dt.datetime(2026, 12, 15, 10, 0)


def read(path: Path):
    with open(path, "rb") as stream:
        return BytesParser(policy=policy.default).parse(stream)


def body(message) -> str:
    """The text as a reader has it, line ends made "\\n" (the file has CRLF, as RFC 5322 wants)."""
    return message.get_body(("plain",)).get_content().replace("\r\n", "\n")


def addresses(message, header: str) -> list[str]:
    value = message[header]
    return [] if value is None else [address.addr_spec for address in value.addresses]


@pytest.fixture
def group(store):
    """A small group: seats held now, one ended before the meeting, a voluntary sector seat, a member whose
    address has a typo and one with only a postal address; a presenter and a substitute from outside the seats."""
    def build(session):
        compact.set_up_compact(session, "Dyfnant Compact", today=TODAY, name_cy="Compact Dyfnant")
        compact.update_compact(session, name="Dyfnant Compact", name_cy="Compact Dyfnant",
                               group_label="liaison group", group_label_cy="grŵp cyswllt")
        council = members.add_organisation(session, "Dyfnant County Council", "council")
        people = {key: members.add_person(session, name, email=email, address=address, organisation_id=council.id,
                                          role=role).id
                  for key, name, email, address, role in [
                      ("gwen", "Cllr Gwenllïan Parry", "gwen@dyfnant.gov.wales", "", ""),
                      ("llyr", "Llŷr Evans", "llyr@example,org", "1 Stryd Fawr\nAberwen", ""),
                      ("sian", "Siân Pritchard", "", "Tŷ Gwyn\nLlanfor", ""),
                      ("old", "Owain Price", "owain@dyfnant.gov.wales", "", ""),
                      ("lucja", "Łucja Kowalczyk", "Łucja <lucja@example.org.uk>", "", ""),
                      ("elin", "Elin Griffiths", "elin.griffiths@example.org.uk", "",
                       "Compact development officer (secretary to the group)"),
                      ("rhys", "PCSO Rhys Bowen", "rhys@example.org.uk", "", ""),
                  ]}
        for title, sector, key, start, end in [
            ("Cabinet member", "council", "gwen", "2025-01-01", None),
            ("Highways", "council", "llyr", "2025-01-01", None),
            ("Voluntary sector (1)", "vcs", "sian", "2025-01-01", None),
            ("Finance", "council", "old", "2024-01-01", "2026-12-01"),
            ("Voluntary sector (2)", "vcs", "lucja", "2025-01-01", "2027-06-30"),
        ]:
            seat = seats.add_seat(session, title, sector, "nominated")
            seats.appoint(session, seat.id, people[key], start, end)
        meeting = meetings.create_meeting(session, MeetingKind.LIAISON, MEETING_DAY, venue="Neuadd y Sir, Llanfair",
                                          apologies_to="Elin Griffiths, 01999 702329")
        meetings.add_item(session, meeting.id, "Annual review: draft report", presenter_id=people["elin"])
        meetings.record_attendance(session, meeting.id, people["rhys"], "substitute",
                                   substitute_for_id=people["gwen"])
        pre = meetings.create_meeting(session, MeetingKind.PRE_MEETING, MEETING_DAY - dt.timedelta(days=7))
        return {"meeting": meeting.id, "pre": pre.id, **people}

    return store.run_recorded(build)[0]


def test_the_members_are_the_seats_held_on_the_day_and_those_the_meeting_involves(store, group):
    found = store.run(members_to_send, TODAY, group["meeting"])
    assert [p.name for p in found.with_address] == ["Cllr Gwenllïan Parry", "Łucja Kowalczyk", "Elin Griffiths",
                                                    "PCSO Rhys Bowen"]
    assert "Owain Price" not in [p.name for p in found.everyone]  # his term ends before the meeting
    assert found.with_address[1].mail.addresses == ("lucja@example.org.uk",)
    assert found.with_address[2].why == "Presenting an item"
    assert found.with_address[3].why == "Substitute"
    # The typo'd address is listed with what is wrong, not dropped; the one with none comes with her postal address.
    without = {p.name: p for p in found.without}
    assert set(without) == {"Llŷr Evans", "Siân Pritchard"}
    assert "@" in without["Llŷr Evans"].mail.problem and "llyr@example,org" in without["Llŷr Evans"].mail.problem
    assert without["Llŷr Evans"].postal == "1 Stryd Fawr\nAberwen"
    assert without["Siân Pritchard"].postal == "Tŷ Gwyn\nLlanfor" and without["Siân Pritchard"].mail.problem == ""


def test_minutes_sent_later_go_to_whoever_holds_a_seat_by_then_and_a_pre_meeting_to_the_voluntary_sector(store,
                                                                                                        group):
    later = store.run(members_to_send, dt.date(2026, 12, 20), group["meeting"])
    assert "Owain Price" not in [p.name for p in later.everyone]
    pre = store.run(members_to_send, TODAY, group["pre"])
    assert [p.name for p in pre.with_address] == ["Łucja Kowalczyk"]
    assert [p.name for p in pre.without] == ["Siân Pritchard"]


def test_the_secretary_is_who_takes_apologies_or_whose_role_says_so(store, group):
    assert store.run(lambda s: drafts.secretary(s, group["meeting"]).name) == "Elin Griffiths"
    assert store.run(lambda s: drafts.secretary(s).name) == "Elin Griffiths"
    assert store.run(drafts.secretary_addressee, group["meeting"]) == Addressee("Elin Griffiths",
                                                                                "elin.griffiths@example.org.uk")


@pytest.mark.parametrize("held, usable", [
    ("ann@example.org", ("ann@example.org",)),
    ("  Ann.Jones@Example.ORG ", ("Ann.Jones@example.org",)),
    ("Ann Jones <ann@example.org>", ("ann@example.org",)),
    ("ann@example.org; ann.jones@work.example.org", ("ann@example.org", "ann.jones@work.example.org")),
    ("siân@llŷn.cymru", ()),
    ("ann@llŷn.cymru", ("ann@xn--lln-k2a.cymru",)),  # the ASCII form a mail program sends to
    ("ann@example", ()), ("ann@@example.org", ()), ("ann example.org", ()), ("ann@exa mple.org", ()),
    ("ann@example,org", ()), ("@example.org", ()), ("ann@-example.org", ()), ("ann@10.0.0.1", ()),
    ("", ()),
])
def test_addresses_are_checked_and_a_typo_is_said(held, usable):
    mail = check_address(held)
    assert mail.addresses == usable
    assert mail.usable == bool(usable)
    assert bool(mail.problem) == (bool(held) and not usable)


def agenda_paper(store, tmp_path, language="en") -> Path:
    out = tmp_path / "papers" / "Agenda 2026-12-15.pdf"
    out.parent.mkdir(exist_ok=True)
    written = export(store, ExportRequest(Paper.AGENDA, out, TODAY, meeting="next", language=language))
    return written[0]


def test_the_agenda_draft_is_unsent_in_bcc_with_the_paper_exactly(store, group, tmp_path):
    paper = agenda_paper(store, tmp_path)
    people = store.run(members_to_send, TODAY, group["meeting"])
    words = store.run(agenda_words, group["meeting"], "en")
    secretary = store.run(drafts.secretary_addressee, group["meeting"])
    path = write_draft(draft_to(people.with_address, words, [paper], to=[secretary]), tmp_path / "drafts",
                       words.subject)
    assert path.suffix == ".eml" and path.parent == tmp_path / "drafts"
    raw = path.read_bytes()
    assert b"\r\n" in raw and not re.search(rb"(?<!\r)\n|\r(?!\n)", raw)  # CRLF line ends, as RFC 5322 has them
    message = read(path)
    assert message["X-Unsent"] == "1"
    assert message["From"] is None  # the mail program puts in the account it sends from
    assert message["Subject"] == "Agenda: Dyfnant Compact Liaison Group, Tuesday 15 December 2026"
    assert addresses(message, "To") == ["elin.griffiths@example.org.uk"]
    # The secretary is in To already, so not in Bcc too.
    assert addresses(message, "Bcc") == ["gwen@dyfnant.gov.wales", "lucja@example.org.uk", "rhys@example.org.uk"]
    text = body(message)
    assert "Date: Tuesday 15 December 2026" in text and "Time: 10:00 am" in text
    assert "Venue: Neuadd y Sir, Llanfair" in text
    assert "send your apologies to Elin Griffiths, 01999 702329" in text
    assert text.rstrip().endswith("Elin Griffiths\nSecretary, Dyfnant Compact Liaison Group")
    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == ["Agenda 2026-12-15.pdf"]
    assert attachments[0].get_content_type() == "application/pdf"
    assert attachments[0].get_content() == paper.read_bytes()


def test_all_in_to_when_chosen(store, group, tmp_path):
    people = store.run(members_to_send, TODAY, group["meeting"])
    message = message_from_bytes(draft_to(people.with_address, DraftWords("Papurau", "Testun"), [],
                                          bcc=False).as_bytes(), policy=policy.default)
    assert len(addresses(message, "To")) == 4 and message["Bcc"] is None


@contextmanager
def marked_welsh():
    """A Welsh catalogue that marks every string it is asked for: what the message took from the catalogue shows."""
    held = i18n._catalogues.get(i18n.WELSH), i18n._comparisons.get(i18n.WELSH)
    i18n.install_catalogue(i18n.WELSH, lambda context, text, disambiguation, n: "«" + text + "»")
    try:
        yield
    finally:
        i18n.install_catalogue(i18n.WELSH, *held)


def test_the_words_are_the_groups_own_in_welsh_and_both_has_the_welsh_first(store, group):
    with marked_welsh():
        welsh = store.run(agenda_words, group["meeting"], "cy")
        both = store.run(agenda_words, group["meeting"], "both")
    # Welsh: the group's Welsh name and word, the date in Welsh, every sentence from the Welsh catalogue.
    # (This catalogue does not know "grŵp cyswllt" as the program's word, so it is the group's own, as typed.)
    assert "Compact Dyfnant grŵp cyswllt" in welsh.subject
    assert "Dydd Mawrth 15 Rhagfyr 2026" in welsh.subject
    assert welsh.subject.startswith("«{paper}: {group}, {day}»".split("{")[0])
    assert "«Dear members,»" in welsh.text and "«Date»: Dydd Mawrth 15 Rhagfyr 2026" in welsh.text
    assert "Tuesday" not in welsh.subject + welsh.text
    # Both: the Welsh, then the English.
    first, _, second = both.subject.partition(" / ")
    assert "Rhagfyr" in first and second == "Agenda: Dyfnant Compact Liaison Group, Tuesday 15 December 2026"
    assert both.text.index("«Dear members,»") < both.text.index("Dear members,\n")


def test_a_welsh_subject_and_file_name_survive_the_round_trip(store, group, tmp_path):
    paper = tmp_path / "Cofnodion – Minutes 2026-12-08.pdf"
    paper.write_bytes(b"%PDF-1.4 cofnodion\x00\xff")
    words = DraftWords("Cofnodion: Grŵp Cyswllt Compact Dyfnant, Dydd Mawrth 8 Rhagfyr 2026 🎉",
                       "Annwyl aelodau,\n\nMae'r cofnodion ynghlwm. Ŵ ŷ â.")
    people = [Recipient(1, "Gwenllïan “Gwen” Parry, Cllr", "", check_address("gwen@dyfnant.gov.wales"))]
    path = write_draft(draft_to(people, words, [paper]), tmp_path, words.subject)
    assert path.name == "Cofnodion Grŵp Cyswllt Compact Dyfnant, Dydd Mawrth 8 Rhagfyr 2026 🎉.eml"
    raw = path.read_bytes()
    assert raw.isascii()  # every header and part encoded for any mail program
    assert b"filename*=utf-8''Cofnodion%20%E2%80%93%20Minutes" in raw  # RFC 2231
    message = read(path)
    assert message["Subject"] == words.subject
    assert message["Bcc"].addresses[0].display_name == "Gwenllïan “Gwen” Parry, Cllr"
    assert body(message) == words.text + "\n"
    attachment = next(message.iter_attachments())
    assert attachment.get_filename() == "Cofnodion – Minutes 2026-12-08.pdf"
    assert attachment.get_content() == paper.read_bytes()


def test_a_draft_never_replaces_another(tmp_path):
    message = draft("Agenda: a/b\\c: d?", "Text")
    first = write_draft(message, tmp_path, "Agenda: a/b\\c: d?")
    second = write_draft(message, tmp_path, "Agenda: a/b\\c: d?")
    assert first.name == "Agenda a b c d.eml" and second.name == "Agenda a b c d (2).eml"
    assert first.read_bytes() == second.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([first.name, second.name])  # no temporary file left
    assert draft_name("\n\t ..") == "Draft"
    long = "Agenda pack: Compact Sir Ddyfnant Grŵp Cyswllt, Dydd Mawrth 15 Rhagfyr 2026 / Agenda pack: Dyfnant"
    assert draft_name(long) == "Agenda pack Compact Sir Ddyfnant Grŵp Cyswllt, Dydd Mawrth 15 Rhagfyr 2026"


def overdue_officers(store):
    def build(session):
        compact.set_up_compact(session, "Dyfnant Compact", today=TODAY)
        people = [members.add_person(session, name, email=email, address=address).id for name, email, address in [
            ("Rhodri Owen", "rhodri@dyfnant.gov.wales", ""), ("Eleri Jones", "", "Swyddfa'r Sir\nLlanfair")]]
        for person in people:
            feedback.request_feedback(session, "Grants to small groups", person, raised_on="2026-09-01",
                                      due_on="2026-10-01")
        return people
    return store.run_recorded(build)[0]


def test_each_officer_gets_their_own_letter_attached_or_in_the_text(store, tmp_path):
    rhodri, eleri = overdue_officers(store)
    officers = store.run(drafts.officers_to_chase, TODAY)
    assert [p.person_id for p in officers.with_address] == [rhodri]
    assert [(p.person_id, p.postal) for p in officers.without] == [(eleri, "Swyddfa'r Sir\nLlanfair")]
    # Attached: the letters made one per officer, in the officers' order.
    out = tmp_path / "Chase letters 2026-11-24.pdf"
    letters = export(store, ExportRequest(Paper.CHASE_LETTERS, out, TODAY, each_officer=True))
    assert len(letters) == len(officers.everyone)
    letter = dict(zip([p.person_id for p in officers.everyone], letters))[rhodri]
    words = store.run(drafts.chase_words, "en")
    message = message_from_bytes(draft_to(officers.with_address, words, [letter], bcc=False,
                                          name="Rhodri Owen").as_bytes(), policy=policy.default)
    assert addresses(message, "To") == ["rhodri@dyfnant.gov.wales"] and message["Bcc"] is None
    assert body(message).startswith("Dear Rhodri Owen,\n")
    assert next(message.iter_attachments()).get_content() == letter.read_bytes()
    # In the text: the letter itself, its table as lines.
    texts = store.run(chase_letter_texts, TODAY, "en")
    assert set(texts) == {rhodri, eleri}
    assert "Dear Rhodri Owen," in texts[rhodri] and "• Grants to small groups (" in texts[rhodri]
    both = store.run(chase_letter_texts, TODAY, "both")
    assert both[rhodri].endswith(texts[rhodri]) and drafts.DIVIDER in both[rhodri]


def test_the_minutes_say_draft_until_approved(store, group):
    words = store.run(drafts.minutes_words, group["meeting"], "en")
    assert words.subject.startswith("Draft minutes: ") and "not yet approved" in words.text
    for step in (MeetingStatus.AGENDA_ISSUED, MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFTED,
                 MeetingStatus.MINUTES_APPROVED):
        store.run_recorded(meetings.set_status, group["meeting"], step)
    words = store.run(drafts.minutes_words, group["meeting"], "en")
    assert words.subject == "Minutes: Dyfnant Compact Liaison Group, Tuesday 15 December 2026"
    assert "as the group approved them" in words.text


# Anything a person can type or paste: Welsh, Polish, emoji, controls, line breaks of every kind, very long lines.
TYPED = st.lists(st.characters(codec="utf-8", exclude_categories=("Cs",)) | st.sampled_from(
    list("ŵŷâŴŶłśż🎉\r\n\x00\x0b\x1b\x85\u2028\u2029\t<>\",;:@=?") + ["\r\n", "=?utf-8?q?x?=", "\r\nBcc: x@evil.example",
                                                                  "ann@example.org", "\nX-Unsent: 0\n"]),
    max_size=120).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(TYPED, min_size=1, max_size=40), address=TYPED, subject=TYPED,
       text=TYPED | st.text(min_size=1000, max_size=3000), filename=TYPED)
def test_any_text_makes_a_valid_message_with_nothing_injected(tmp_path, names, address, subject, text, filename):
    mail = check_address(address)
    # Many members, with any names: a long Bcc is folded over many lines and every name and address comes back.
    people = [Recipient(0, names[0], "", mail)] + [
        Recipient(number, name, "", check_address(f"member{number}@example.org"))
        for number, name in enumerate(names, start=1)]
    stem = draft_name(filename)
    paper = tmp_path / f"{stem}.pdf"
    paper.write_bytes(b"%PDF" + text.encode("utf-8", "replace")[:50])
    message = draft_to(people, DraftWords(subject, text), [paper])
    raw = message.as_bytes()
    assert raw.isascii()
    assert not re.search(rb"(?<!\r)\n|\r(?!\n)", raw)  # no bare CR or LF anywhere
    assert max(len(line) for line in raw.split(b"\r\n")) <= 998  # RFC 5322's limit on a line
    back = message_from_bytes(raw, policy=policy.default)
    # Exactly the headers written: nothing typed started a header of its own.
    assert [key for key in back.keys()] == ["Subject", "Bcc", "Date", "X-Unsent", "MIME-Version", "Content-Type"]
    assert "\n" not in back["Subject"] and "\r" not in back["Subject"]
    assert back["Subject"] == " ".join(back["Subject"].split())
    wanted = [(person.name, a) for person in people for a in person.mail.addresses]
    got = [(a.display_name, a.addr_spec) for a in back["Bcc"].addresses]
    assert [a for _, a in got] == [a for _, a in wanted]
    assert [n for n, _ in got] == [" ".join(clean(n).split())[:200] for n, _ in wanted]
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", body(back))
    attachment = next(back.iter_attachments())
    assert attachment.get_content() == paper.read_bytes()
    assert attachment.get_filename() == paper.name
    written = write_draft(message, tmp_path / "drafts", subject)
    assert written.read_bytes() == raw and written.suffix == ".eml"


@settings(max_examples=300, deadline=None)
@given(held=TYPED | st.emails().map(str) | st.lists(st.emails(), max_size=3).map("; ".join))
def test_any_email_field_is_read_without_error_and_what_is_used_is_a_real_address(held):
    from email.headerregistry import Address

    mail = check_address(held)
    assert mail.usable == bool(mail.addresses) and (mail.usable or not clean(held) or mail.problem)
    for address in mail.addresses:
        assert address.isascii() and Address(addr_spec=address).addr_spec == address


def test_the_name_mark_is_in_each_language_and_becomes_the_officers_name(store, group):
    """A Welsh secretary edits "Annwyl «[name]»," (in the real catalogue "[enw]"): the mark of either language,
    wherever it was moved to, becomes the officer's name; a "{name}" typed by hand is left as typed."""
    with marked_welsh():
        words = store.run(drafts.chase_words, "both")
        assert words.text.startswith("«Dear {name},»".replace("{name}", "«[name]»"))
        person = Recipient(1, "Rhodri Owen", "Officer", check_address("rhodri@dyfnant.gov.wales"))
        edited = DraftWords(words.subject, "{name}: " + words.text)
        text = body(message_from_bytes(draft_to([person], edited, [], name="Rhodri Owen").as_bytes(),
                                       policy=policy.default))
    assert "[name]" not in text and text.count("Rhodri Owen") == 2
    assert text.startswith("{name}: «Dear Rhodri Owen,»") and "\nDear Rhodri Owen,\n" in text


def test_the_letters_pair_with_their_own_officers_and_a_change_meanwhile_is_refused(store, tmp_path):
    rhodri, eleri = overdue_officers(store)  # Eleri, first by name, has no address: the window lists her last
    letters = export(store, ExportRequest(Paper.CHASE_LETTERS, tmp_path / "Chase letters.pdf", TODAY,
                                          each_officer=True))
    paired = store.run(drafts.letters_by_officer, TODAY, letters)
    assert paired[eleri].name.endswith("– Eleri Jones.pdf") and paired[rhodri].name.endswith("– Rhodri Owen.pdf")
    for changed in (list(reversed(letters)), letters[:1], letters + letters[:1]):
        with pytest.raises(ValidationError, match="changed while the letters were made"):
            store.run(drafts.letters_by_officer, TODAY, changed)


def test_long_welsh_file_names_stay_within_rfc_2047_and_outlook_sees_the_file_name(tmp_path):
    paper = tmp_path / "Cofnodion – Minutes 2026-12-08 Gwenllïan Ŵyn-Môn Llŷr Siân ap Dafydd.pdf"
    paper.write_bytes(b"%PDF-1.4 minutes")
    long_name = "Siân Llŷr Gwenllïan Ŵyn-Môn ap Dafydd ab Ieuan Ŷr Hên Ffŵl Ëglwys Ïal Ŵŷâêîôû"
    message = draft("Cofnodion – Minutes", "Annwyl aelodau,", to=[Addressee(long_name, "sian@example.org.uk")],
                    bcc=[Addressee("Ann Jones", "ann@example.org.uk")], attachments=[paper])
    raw = message.as_bytes()
    content_type = raw[raw.index(b"Content-Type: application/pdf"):].split(b"\r\n\r\n")[0]
    encoded = re.findall(rb"=\?[^?]+\?[bBqQ]\?[^?]*\?=", content_type)
    assert len(encoded) > 1 and max(len(word) for word in encoded) <= 75
    assert max(len(line) for line in raw.split(b"\r\n")) <= 998
    back = BytesParser(policy=policy.default).parsebytes(raw)
    assert [(a.display_name, a.addr_spec) for a in back["To"].addresses] == [(long_name, "sian@example.org.uk")]
    attachment = next(back.iter_attachments())
    assert attachment.get_param("name") == attachment.get_filename() == paper.name
    assert attachment.get_content() == paper.read_bytes()
    english = tmp_path / "Agenda 2026-12-15.pdf"
    english.write_bytes(b"%PDF-1.4 agenda")
    plain = draft("Agenda", "x", to=[Addressee("Ann", "ann@example.org.uk")], attachments=[english])
    assert b'name="Agenda 2026-12-15.pdf"' in plain.as_bytes()
